//! The one error type of the emulator: an HTTP status, a DIS error code and a message.
//!
//! Codes and their HTTP statuses follow the DIS reference's error-code appendix
//! (every `DIS.4xxx` there is answered with HTTP 400, `DIS.4116` with 403, `DIS.5000`
//! with 500). The messages start with the reference's message text and add a detail.
//!
//! ```
//! let e = dis_local::engine::DisError::app_not_found("reader");
//! assert_eq!(e.to_string(), "DIS.4332 (400): app not found. app=reader");
//! ```

use std::fmt;

/// An error answered by the emulator, serialised on the wire as
/// `{"errorCode": code, "message": message}` with HTTP status `status`.
///
/// ```
/// use dis_local::engine::DisError;
/// let e = DisError::stream_not_found("orders");
/// assert_eq!((e.status, e.code), (400, "DIS.4301"));
/// assert!(e.message.contains("orders"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisError {
    /// HTTP status code of the response.
    pub status: u16,
    /// DIS error code such as `DIS.4301`.
    pub code: &'static str,
    /// Human-readable message.
    pub message: String,
}

impl fmt::Display for DisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}): {}", self.code, self.status, self.message)
    }
}

impl std::error::Error for DisError {}

/// Result alias used throughout the engine.
///
/// ```
/// use dis_local::engine::{DisError, DisResult};
/// let r: DisResult<()> = Err(DisError::invalid_request("nope"));
/// assert!(r.is_err());
/// ```
pub type DisResult<T> = Result<T, DisError>;

fn with_detail(base: &str, detail: &str) -> String {
    if detail.is_empty() {
        base.to_owned()
    } else {
        format!("{base} {detail}")
    }
}

impl DisError {
    /// Builds an error from its parts.
    ///
    /// ```
    /// use dis_local::engine::DisError;
    /// let e = DisError::new(429, "DIS.4303", "Exceeded traffic control limit.");
    /// assert_eq!(e.status, 429);
    /// ```
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    fn bad(code: &'static str, message: String) -> Self {
        Self::new(400, code, message)
    }

    /// `DIS.4117` Invalid project ID (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::invalid_project_id("x").code, "DIS.4117");
    /// ```
    pub fn invalid_project_id(project_id: &str) -> Self {
        Self::bad(
            "DIS.4117",
            with_detail("Invalid Project Id.", &format!("project_id={project_id}")),
        )
    }

    /// `DIS.4200` Invalid request (400): a parameter is missing or out of range.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::invalid_request("limit").code, "DIS.4200");
    /// ```
    pub fn invalid_request(detail: impl AsRef<str>) -> Self {
        Self::bad("DIS.4200", with_detail("Invalid request.", detail.as_ref()))
    }

    /// `DIS.4201` Invalid partition_id (400): the id is neither `N` nor `shardId-NNNNNNNNNN`.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::invalid_partition_id("x").code, "DIS.4201");
    /// ```
    pub fn invalid_partition_id(partition_id: &str) -> Self {
        Self::bad(
            "DIS.4201",
            with_detail(
                "Invalid partition_id.",
                &format!("partition_id={partition_id}"),
            ),
        )
    }

    /// `DIS.4202` Empty request (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::empty_request().code, "DIS.4202");
    /// ```
    pub fn empty_request() -> Self {
        Self::bad("DIS.4202", "Empty request.".to_owned())
    }

    /// `DIS.4203` Invalid monitoring period (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::invalid_period("end before start").code, "DIS.4203");
    /// ```
    pub fn invalid_period(detail: impl AsRef<str>) -> Self {
        Self::bad(
            "DIS.4203",
            with_detail("Invalid monitoring period.", detail.as_ref()),
        )
    }

    /// `DIS.4204` The monitoring period is longer than 7 days (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::period_too_long().code, "DIS.4204");
    /// ```
    pub fn period_too_long() -> Self {
        Self::bad(
            "DIS.4204",
            "The monitoring period cannot be longer than 7 days.".to_owned(),
        )
    }

    /// `DIS.4209` Invalid metrics label (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::invalid_label("x").code, "DIS.4209");
    /// ```
    pub fn invalid_label(label: &str) -> Self {
        Self::bad(
            "DIS.4209",
            with_detail("Invalid metrics label.", &format!("label={label}")),
        )
    }

    /// `DIS.4215` Invalid cursor type (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::invalid_cursor_type("x").code, "DIS.4215");
    /// ```
    pub fn invalid_cursor_type(cursor_type: &str) -> Self {
        Self::bad(
            "DIS.4215",
            with_detail(
                "Invalid cursor type.",
                &format!("cursor-type={cursor_type}"),
            ),
        )
    }

    /// `DIS.4216` Invalid sequence_number (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::invalid_sequence_number("x").code, "DIS.4216");
    /// ```
    pub fn invalid_sequence_number(detail: impl AsRef<str>) -> Self {
        Self::bad(
            "DIS.4216",
            with_detail("Invalid sequence_number.", detail.as_ref()),
        )
    }

    /// `DIS.4217` Invalid partition cursor (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::invalid_cursor("garbage").code, "DIS.4217");
    /// ```
    pub fn invalid_cursor(detail: impl AsRef<str>) -> Self {
        Self::bad(
            "DIS.4217",
            with_detail("Invalid partition cursor.", detail.as_ref()),
        )
    }

    /// `DIS.4224` Sequence_number out of range (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::sequence_out_of_range("x").code, "DIS.4224");
    /// ```
    pub fn sequence_out_of_range(detail: impl AsRef<str>) -> Self {
        Self::bad(
            "DIS.4224",
            with_detail("Sequence_number out of range.", detail.as_ref()),
        )
    }

    /// `DIS.4225` Expired partition cursor (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::expired_cursor().code, "DIS.4225");
    /// ```
    pub fn expired_cursor() -> Self {
        Self::bad(
            "DIS.4225",
            "Expired partition cursor. Obtain a new cursor with GetCursor.".to_owned(),
        )
    }

    /// `DIS.4226` The record a cursor points at has expired (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::cursor_position_expired().code, "DIS.4226");
    /// ```
    pub fn cursor_position_expired() -> Self {
        Self::bad(
            "DIS.4226",
            "A partition iterator error occurred or a record to which the SN corresponds has expired. \
             Try to obtain the partition iterator again."
                .to_owned(),
        )
    }

    /// `DIS.4300` Request error (400): the body cannot be parsed.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::request_error("bad JSON").code, "DIS.4300");
    /// ```
    pub fn request_error(detail: impl AsRef<str>) -> Self {
        Self::bad("DIS.4300", with_detail("Request error.", detail.as_ref()))
    }

    /// `DIS.4301` The stream does not exist (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::stream_not_found("s").code, "DIS.4301");
    /// ```
    pub fn stream_not_found(stream: &str) -> Self {
        Self::bad(
            "DIS.4301",
            with_detail("The stream does not exist.", &format!("stream={stream}")),
        )
    }

    /// `DIS.4302` Partition does not exist (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::partition_not_found("shardId-0000000009").code, "DIS.4302");
    /// ```
    pub fn partition_not_found(detail: impl AsRef<str>) -> Self {
        Self::bad(
            "DIS.4302",
            with_detail("Partition does not exist.", detail.as_ref()),
        )
    }

    /// `DIS.4307` The stream already exists (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::stream_exists().code, "DIS.4307");
    /// ```
    pub fn stream_exists() -> Self {
        Self::bad("DIS.4307", "The stream already exists.".to_owned())
    }

    /// `DIS.4308` Insufficient quota (400): stream or partition quota exceeded.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::insufficient_quota("x").code, "DIS.4308");
    /// ```
    pub fn insufficient_quota(detail: impl AsRef<str>) -> Self {
        Self::bad(
            "DIS.4308",
            with_detail("Insufficient quota.", detail.as_ref()),
        )
    }

    /// `DIS.4303` Exceeded traffic control limit (400): a partition's write or read rate
    /// is used up (only with throughput limits enforced).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::traffic_control("x").code, "DIS.4303");
    /// ```
    pub fn traffic_control(detail: impl AsRef<str>) -> Self {
        Self::bad(
            "DIS.4303",
            with_detail("Exceeded traffic control limit.", detail.as_ref()),
        )
    }

    /// `DIS.4305` Too many stream requests (400): the request rate of a stream or
    /// partition is used up (only with throughput limits enforced).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::too_many_requests("x").code, "DIS.4305");
    /// ```
    pub fn too_many_requests(detail: impl AsRef<str>) -> Self {
        Self::bad(
            "DIS.4305",
            with_detail("Too many stream requests.", detail.as_ref()),
        )
    }

    /// `DIS.4330` app already exist (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::app_exists().code, "DIS.4330");
    /// ```
    pub fn app_exists() -> Self {
        Self::bad("DIS.4330", "app already exist.".to_owned())
    }

    /// `DIS.4332` app not found (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::app_not_found("a").code, "DIS.4332");
    /// ```
    pub fn app_not_found(app: &str) -> Self {
        Self::bad(
            "DIS.4332",
            with_detail("app not found.", &format!("app={app}")),
        )
    }

    /// `DIS.4354` The transfer task does not exist (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::task_not_found("t").code, "DIS.4354");
    /// ```
    pub fn task_not_found(task: &str) -> Self {
        Self::bad(
            "DIS.4354",
            with_detail("The transfer task does not exist.", &format!("task={task}")),
        )
    }

    /// `DIS.4355` The transfer task already exists (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::task_exists().code, "DIS.4355");
    /// ```
    pub fn task_exists() -> Self {
        Self::bad("DIS.4355", "The transfer task already exists.".to_owned())
    }

    /// `DIS.4357` Exceeded transfer task quota (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::task_quota_exceeded().code, "DIS.4357");
    /// ```
    pub fn task_quota_exceeded() -> Self {
        Self::bad("DIS.4357", "Exceeded transfer task quota.".to_owned())
    }

    /// `DIS.4360` Invalid data schema (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::invalid_data_schema("x").code, "DIS.4360");
    /// ```
    pub fn invalid_data_schema(detail: impl AsRef<str>) -> Self {
        Self::bad(
            "DIS.4360",
            with_detail("Invalid data schema.", detail.as_ref()),
        )
    }

    /// `DIS.4375` The app has not committed a checkpoint on the stream (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::no_checkpoint().code, "DIS.4375");
    /// ```
    pub fn no_checkpoint() -> Self {
        Self::bad("DIS.4375", "The app does not commit checkpoint".to_owned())
    }

    /// `DIS.4601` The number of resource tags has reached the maximum (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::too_many_tags().code, "DIS.4601");
    /// ```
    pub fn too_many_tags() -> Self {
        Self::bad(
            "DIS.4601",
            "The number of resource tags has reached the maximum.".to_owned(),
        )
    }

    /// `DIS.4603` The resource does not exist (400): unknown stream id in the tag API.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::resource_not_found("id").code, "DIS.4603");
    /// ```
    pub fn resource_not_found(resource_id: &str) -> Self {
        Self::bad(
            "DIS.4603",
            with_detail(
                "The resource does not exist.",
                &format!("resource_id={resource_id}"),
            ),
        )
    }

    /// `DIS.4604` The key does not exist (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::tag_key_not_found("k").code, "DIS.4604");
    /// ```
    pub fn tag_key_not_found(key: &str) -> Self {
        Self::bad(
            "DIS.4604",
            with_detail("The key does not exist.", &format!("key={key}")),
        )
    }

    /// `DIS.4605` The action is not supported (400).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::action_not_supported("x").code, "DIS.4605");
    /// ```
    pub fn action_not_supported(action: &str) -> Self {
        Self::bad(
            "DIS.4605",
            with_detail("The action is not supported.", &format!("action={action}")),
        )
    }

    /// 401 for a missing or wrong token / signature, code `APIGW.0301`. The real API gateway
    /// answers these in its own `{"error_code","error_msg"}` shape; the emulator keeps the DIS
    /// shape for every error.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::unauthorized("no token").status, 401);
    /// ```
    pub fn unauthorized(detail: impl AsRef<str>) -> Self {
        Self::new(
            401,
            "APIGW.0301",
            with_detail("Incorrect IAM authentication information.", detail.as_ref()),
        )
    }

    /// 404 for a path that names no operation, code `APIGW.0101` (the API gateway's code).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::no_such_path("GET /x").status, 404);
    /// ```
    pub fn no_such_path(detail: impl AsRef<str>) -> Self {
        Self::new(
            404,
            "APIGW.0101",
            with_detail(
                "The API does not exist or has not been published.",
                detail.as_ref(),
            ),
        )
    }

    /// `DIS.5000` System error (500).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::DisError::system_error("x").status, 500);
    /// ```
    pub fn system_error(detail: impl AsRef<str>) -> Self {
        Self::new(
            500,
            "DIS.5000",
            with_detail("System error.", detail.as_ref()),
        )
    }
}
