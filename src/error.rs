//! The one error type of the crate, and how DIS answers are sorted into it.
//!
//! DIS reports most failures as HTTP 400 with a `DIS.xxxx` code in the body, including
//! "not found" and "already exists", so the class of an error is decided by its code
//! first and by its HTTP status second.

use std::fmt;

pub use otc_dis_raw::ErrorBody;

/// A specialised `Result` whose error is [`Error`].
///
/// ```
/// fn check(count: u32) -> otc_dis::Result<()> {
///     if count == 0 {
///         return Err(otc_dis::ValidationError::new("partition_count", "must be at least 1").into());
///     }
///     Ok(())
/// }
/// assert!(matches!(check(0), Err(otc_dis::Error::Validation(_))));
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong when talking to DIS.
///
/// Service answers carry an [`ApiError`] with the HTTP status, the DIS error code and
/// message, and the request id. Match on the variant to decide what to do:
///
/// ```
/// use otc_dis::{ApiError, Error};
///
/// fn describe(err: &Error) -> &'static str {
///     match err {
///         Error::NotFound(_) => "create it first",
///         Error::Throttled(_) => "slow down and retry",
///         Error::Validation(_) => "fix the input; nothing was sent",
///         _ => "see the message",
///     }
/// }
/// let err = Error::from_api(ApiError::new(400, Some("DIS.4301"), "The stream does not exist"));
/// assert_eq!(describe(&err), "create it first");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The stream, app, partition, dump task, resource or tag does not exist
    /// (DIS.4301, DIS.4302, DIS.4332, DIS.4354, DIS.4603, DIS.4604, or HTTP 404/410).
    #[error("{0}")]
    NotFound(ApiError),
    /// A stream, app or dump task of that name already exists (DIS.4307, DIS.4330, DIS.4355).
    #[error("{0}")]
    AlreadyExists(ApiError),
    /// DIS throttled the request (HTTP 429, DIS.4303, DIS.4305, DIS.4309); retry later.
    #[error("{0}")]
    Throttled(ApiError),
    /// The credentials were refused (HTTP 401, 403, 441, DIS.4116), or IAM refused to issue
    /// a token (then with IAM's status and message, whatever the 4xx status).
    #[error("{0}")]
    Auth(ApiError),
    /// DIS rejected the request (any other 4xx); the code says why.
    #[error("{0}")]
    InvalidRequest(ApiError),
    /// DIS failed to handle the request (5xx).
    #[error("{0}")]
    Server(ApiError),
    /// No usable answer arrived: the connection failed, timed out or was cut off. `phase`
    /// tells whether the service may have applied the request; `message` includes every
    /// underlying cause.
    #[error("{}", transport_text(*service, *phase, message))]
    Transport {
        /// The service that was called.
        service: Service,
        /// How far the request got.
        phase: TransportPhase,
        /// What failed, with its causes, in words.
        message: String,
        /// The underlying HTTP client error, when there is one.
        #[source]
        source: Option<reqwest::Error>,
    },
    /// The service answered, but the answer did not have the documented shape.
    #[error("could not decode the answer of {service}{}: {message}", status_suffix(*.status))]
    Decode {
        /// The service that answered.
        service: Service,
        /// The HTTP status of the answer, when known.
        status: Option<u16>,
        /// What did not match.
        message: String,
    },
    /// DIS kept answering without getting anywhere, and the client stopped asking: a
    /// download whose pages stopped advancing (see [`Records`](crate::Records)), or a
    /// listing that repeated a page marker or passed its page cap (see
    /// [`Paginator`](crate::Paginator)). Nothing was lost: what was yielded before is
    /// complete, and a download's `resume_position` says where to go on.
    #[error("DIS made no progress: {message}")]
    NoProgress {
        /// What repeated or stood still, and what to do.
        message: String,
    },
    /// The input was refused before anything was sent.
    #[error("invalid input, nothing was sent: {0}")]
    Validation(#[from] ValidationError),
    /// The client could not be configured or authenticated locally.
    #[error("{0}")]
    Config(#[from] ConfigError),
    /// A local file, reader or writer failed, e.g. while reading or writing CSV.
    #[error("{context}: {source}")]
    Io {
        /// What was being read or written.
        context: String,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
}

fn status_suffix(status: Option<u16>) -> String {
    status.map(|s| format!(" (HTTP {s})")).unwrap_or_default()
}

fn transport_text(service: Service, phase: TransportPhase, message: &str) -> String {
    match phase {
        TransportPhase::Connecting => format!("could not reach {service}: {message}"),
        TransportPhase::AwaitingAnswer => {
            format!("no answer from {service}; the request may have been applied: {message}")
        }
        TransportPhase::ReadingAnswer => format!(
            "the answer of {service} was cut off; the request may have been applied: {message}"
        ),
    }
}

/// The service a request went to.
///
/// ```
/// assert_eq!(otc_dis::Service::Iam.to_string(), "IAM");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Service {
    /// The Data Ingestion Service.
    Dis,
    /// The identity service that issues tokens.
    Iam,
}

impl fmt::Display for Service {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Dis => "DIS",
            Self::Iam => "IAM",
        })
    }
}

/// How far a request got before its connection failed, which says whether the service
/// may have applied it.
///
/// ```
/// use otc_dis::{Error, TransportPhase};
/// fn may_have_stored_records(err: &Error) -> bool {
///     matches!(err, Error::Transport { phase, .. } if *phase != TransportPhase::Connecting)
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportPhase {
    /// No connection was made: the service never saw the request.
    Connecting,
    /// The request was sent, at least in part, and no answer came: it may have been applied.
    AwaitingAnswer,
    /// The service answered, but the body was cut off or stalled: it may have been applied.
    ReadingAnswer,
}

impl TransportPhase {
    /// The phase a failure of the HTTP client happened in.
    pub(crate) fn of(error: &reqwest::Error) -> Self {
        if error.is_connect() {
            Self::Connecting
        } else if error.is_body() || error.is_decode() {
            Self::ReadingAnswer
        } else {
            Self::AwaitingAnswer
        }
    }
}

/// An error's message followed by the messages of all its causes, so that a `Display`
/// alone says what happened ("error sending request: connection refused").
pub(crate) fn with_causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

impl Error {
    /// Sorts a service answer into its variant by DIS code, then by HTTP status.
    ///
    /// ```
    /// use otc_dis::{ApiError, Error};
    /// let err = Error::from_api(ApiError::new(400, Some("DIS.4307"), "The stream already exists"));
    /// assert!(matches!(err, Error::AlreadyExists(_)));
    /// ```
    pub fn from_api(api: ApiError) -> Self {
        match ErrorClass::of(api.status, api.code.as_deref()) {
            ErrorClass::NotFound => Self::NotFound(api),
            ErrorClass::AlreadyExists => Self::AlreadyExists(api),
            ErrorClass::Throttled => Self::Throttled(api),
            ErrorClass::Auth => Self::Auth(api),
            ErrorClass::Server => Self::Server(api),
            ErrorClass::InvalidRequest => Self::InvalidRequest(api),
        }
    }

    /// The service's answer, for the variants that have one.
    ///
    /// ```
    /// use otc_dis::{ApiError, Error};
    /// let err = Error::from_api(ApiError::new(500, Some("DIS.5000"), "System error"));
    /// assert_eq!(err.api().unwrap().status, 500);
    /// ```
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Self::NotFound(a)
            | Self::AlreadyExists(a)
            | Self::Throttled(a)
            | Self::Auth(a)
            | Self::InvalidRequest(a)
            | Self::Server(a) => Some(a),
            _ => None,
        }
    }

    /// The DIS error code (`DIS.4301`, ...), when DIS sent one.
    ///
    /// ```
    /// use otc_dis::{ApiError, Error};
    /// let err = Error::from_api(ApiError::new(400, Some("DIS.4332"), "App not found"));
    /// assert_eq!(err.code(), Some("DIS.4332"));
    /// ```
    pub fn code(&self) -> Option<&str> {
        self.api().and_then(|a| a.code.as_deref())
    }

    /// The HTTP status of the answer, when there was one.
    ///
    /// ```
    /// use otc_dis::{ApiError, Error};
    /// assert_eq!(Error::from_api(ApiError::new(429, None, "slow down")).status(), Some(429));
    /// ```
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Decode { status, .. } => *status,
            other => other.api().map(|a| a.status),
        }
    }

    pub(crate) fn transport(service: Service, source: reqwest::Error) -> Self {
        Self::Transport {
            service,
            phase: TransportPhase::of(&source),
            message: with_causes(&source),
            source: Some(source),
        }
    }

    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Self::Io {
            context: context.into(),
            source,
        }
    }

    /// DIS answered with something that could not be read.
    pub(crate) fn decode(status: Option<u16>, message: impl Into<String>) -> Self {
        Self::decode_from(Service::Dis, status, message)
    }

    /// `service` answered with something that could not be read.
    pub(crate) fn decode_from(
        service: Service,
        status: Option<u16>,
        message: impl Into<String>,
    ) -> Self {
        Self::Decode {
            service,
            status,
            message: message.into(),
        }
    }

    pub(crate) fn no_progress(message: impl Into<String>) -> Self {
        Self::NoProgress {
            message: message.into(),
        }
    }
}

/// The class of a DIS answer, decided from its DIS code and HTTP status.
///
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub(crate) enum ErrorClass {
    /// See [`Error::NotFound`].
    NotFound,
    /// See [`Error::AlreadyExists`].
    AlreadyExists,
    /// See [`Error::Throttled`].
    Throttled,
    /// See [`Error::Auth`].
    Auth,
    /// See [`Error::InvalidRequest`].
    InvalidRequest,
    /// See [`Error::Server`].
    Server,
}

/// DIS codes meaning that the addressed resource does not exist.
pub(crate) const NOT_FOUND_CODES: &[&str] = &[
    "DIS.4301", "DIS.4302", "DIS.4332", "DIS.4354", "DIS.4603", "DIS.4604",
];
/// DIS codes meaning that a resource of that name already exists.
pub(crate) const ALREADY_EXISTS_CODES: &[&str] = &["DIS.4307", "DIS.4330", "DIS.4355"];
/// DIS codes meaning that the request was throttled.
pub(crate) const THROTTLED_CODES: &[&str] = &["DIS.4303", "DIS.4305", "DIS.4309"];

impl ErrorClass {
    /// Classifies an answer: the DIS code wins over the HTTP status.
    pub(crate) fn of(status: u16, code: Option<&str>) -> Self {
        let code = code.unwrap_or_default();
        if NOT_FOUND_CODES.contains(&code) {
            Self::NotFound
        } else if ALREADY_EXISTS_CODES.contains(&code) {
            Self::AlreadyExists
        } else if THROTTLED_CODES.contains(&code) || status == 429 {
            Self::Throttled
        } else if code == "DIS.4116" || matches!(status, 401 | 403 | 441) {
            Self::Auth
        } else if matches!(status, 404 | 410) {
            Self::NotFound
        } else if status >= 500 || code.starts_with("DIS.5") {
            Self::Server
        } else {
            Self::InvalidRequest
        }
    }
}

/// An error answer of DIS (or of the API gateway in front of it).
///
/// ```
/// use otc_dis::ApiError;
/// let e = ApiError::new(400, Some("DIS.4301"), "The stream does not exist").with_request_id("r-1");
/// assert_eq!(e.to_string(), "DIS.4301 The stream does not exist (HTTP 400, request r-1)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ApiError {
    /// HTTP status code.
    pub status: u16,
    /// DIS error code such as `DIS.4301`, or a gateway code such as `APIGW.0301`.
    pub code: Option<String>,
    /// The message DIS gave, or the raw body when it was not JSON.
    pub message: String,
    /// The request id the gateway assigned, for support tickets.
    pub request_id: Option<String>,
}

impl ApiError {
    /// An answer with a status, an optional code and a message.
    ///
    /// ```
    /// let e = otc_dis::ApiError::new(500, None, "boom");
    /// assert_eq!(e.code, None);
    /// ```
    pub fn new(status: u16, code: Option<&str>, message: impl Into<String>) -> Self {
        Self {
            status,
            code: code.map(str::to_owned),
            message: message.into(),
            request_id: None,
        }
    }

    /// The same answer with a request id.
    ///
    /// ```
    /// let e = otc_dis::ApiError::new(500, None, "boom").with_request_id("abc");
    /// assert_eq!(e.request_id.as_deref(), Some("abc"));
    /// ```
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into());
        self
    }

    /// Builds the answer from a decoded error body of either shape.
    ///
    /// ```
    /// let body: otc_dis::ErrorBody =
    ///     serde_json::from_str(r#"{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication"}"#).unwrap();
    /// let e = otc_dis::ApiError::from_body(401, &body);
    /// assert_eq!(e.code.as_deref(), Some("APIGW.0301"));
    /// ```
    pub fn from_body(status: u16, body: &ErrorBody) -> Self {
        let code = body.code().map(str::to_owned);
        let message = body
            .message
            .clone()
            .or_else(|| body.gateway_message.clone())
            .unwrap_or_default();
        Self {
            status,
            code,
            message,
            request_id: None,
        }
    }

    /// Builds the answer from a raw body: JSON of either shape, or any other text.
    ///
    /// ```
    /// let e = otc_dis::ApiError::from_bytes(403, b"<html>Forbidden</html>");
    /// assert_eq!((e.status, e.code.as_deref(), e.message.as_str()), (403, None, "<html>Forbidden</html>"));
    /// ```
    pub fn from_bytes(status: u16, body: &[u8]) -> Self {
        match serde_json::from_slice::<ErrorBody>(body) {
            Ok(parsed) if has_content(&parsed) => Self::from_body(status, &parsed),
            _ => Self::new(
                status,
                None,
                String::from_utf8_lossy(body).trim().to_owned(),
            ),
        }
    }
}

/// True when an error body has a code or a message of either shape.
pub(crate) fn has_content(body: &ErrorBody) -> bool {
    body.error_code.is_some()
        || body.gateway_code.is_some()
        || body.message.is_some()
        || body.gateway_message.is_some()
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(code) = &self.code {
            write!(f, "{code} ")?;
        }
        if self.message.is_empty() {
            f.write_str("(no message)")?;
        } else {
            f.write_str(&self.message)?;
        }
        write!(f, " (HTTP {}", self.status)?;
        if let Some(id) = &self.request_id {
            write!(f, ", request {id}")?;
        }
        f.write_str(")")
    }
}

/// The client could not be configured: what is missing or malformed, and every place
/// that was searched.
///
/// ```
/// let err = otc_dis::ConfigError::new("no project id");
/// assert_eq!(err.to_string(), "configuration error: no project id");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    message: String,
    missing: Vec<String>,
    looked_in: Vec<String>,
}

impl ConfigError {
    /// An error with the given explanation.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            missing: Vec::new(),
            looked_in: Vec::new(),
        }
    }

    /// The same error listing missing settings, each with the names it can be given by.
    pub fn with_missing(mut self, missing: Vec<String>) -> Self {
        self.missing = missing;
        self
    }

    /// The same error listing the places that were searched.
    pub fn with_looked_in(mut self, looked_in: Vec<String>) -> Self {
        self.looked_in = looked_in;
        self
    }

    /// What went wrong, in one sentence.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The missing settings.
    pub fn missing(&self) -> &[String] {
        &self.missing
    }

    /// The places that were searched.
    pub fn looked_in(&self) -> &[String] {
        &self.looked_in
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "configuration error: {}", self.message)?;
        if !self.missing.is_empty() {
            f.write_str("\nmissing:")?;
            for m in &self.missing {
                write!(f, "\n  - {m}")?;
            }
        }
        if !self.looked_in.is_empty() {
            f.write_str("\nlooked in:")?;
            for l in &self.looked_in {
                write!(f, "\n  - {l}")?;
            }
        }
        Ok(())
    }
}

/// Input refused before any request was sent.
///
/// ```
/// let err = otc_dis::ValidationError::new("stream_name", "at most 64 characters");
/// assert_eq!((err.field(), err.to_string().as_str()), ("stream_name", "stream_name: at most 64 characters"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct ValidationError {
    field: &'static str,
    problem: String,
}

impl ValidationError {
    /// A refusal of `field` for the reason `problem`.
    ///
    /// ```
    /// let e = otc_dis::ValidationError::new("records", "at least one record is needed");
    /// assert_eq!(e.to_string(), "records: at least one record is needed");
    /// ```
    pub fn new(field: &'static str, problem: impl Into<String>) -> Self {
        Self {
            field,
            problem: problem.into(),
        }
    }

    /// The name of the refused field, as the API spells it.
    ///
    /// ```
    /// assert_eq!(otc_dis::ValidationError::new("limit", "too big").field(), "limit");
    /// ```
    pub fn field(&self) -> &'static str {
        self.field
    }

    /// Why it was refused.
    ///
    /// ```
    /// assert_eq!(otc_dis::ValidationError::new("limit", "too big").problem(), "too big");
    /// ```
    pub fn problem(&self) -> &str {
        &self.problem
    }
}

/// The error type of the generated bindings.
pub(crate) type RawError = progenitor_client::Error<ErrorBody>;

/// Headers the gateway uses for the id of a request.
const REQUEST_ID_HEADERS: [&str; 3] =
    ["x-request-id", "x-openstack-request-id", "x-dis-request-id"];

/// The request id the gateway gave an answer.
pub(crate) fn request_id(headers: &reqwest::header::HeaderMap) -> Option<&str> {
    REQUEST_ID_HEADERS
        .iter()
        .find_map(|name| headers.get(*name))
        .and_then(|v| v.to_str().ok())
}

impl ApiError {
    fn with_optional_request_id(mut self, request_id: Option<String>) -> Self {
        self.request_id = request_id;
        self
    }
}

impl Error {
    /// Converts an error of the generated bindings, reading the body of answers the
    /// spec does not describe so that their status and text are kept.
    pub(crate) async fn from_raw(err: RawError) -> Self {
        use progenitor_client::Error as E;
        match err {
            E::ErrorResponse(answer) => {
                let status = answer.status().as_u16();
                let id = request_id(answer.headers()).map(str::to_owned);
                let origin = Origin::of(answer.headers());
                let api =
                    ApiError::from_body(status, &answer.into_inner()).with_optional_request_id(id);
                Self::from_origin(api, origin)
            }
            E::UnexpectedResponse(response) => Self::from_unexpected(response).await,
            E::CommunicationError(source) => Self::transport(Service::Dis, source),
            E::ResponseBodyError(source) => Self::transport(Service::Dis, source),
            E::InvalidUpgrade(source) => Self::transport(Service::Dis, source),
            E::InvalidResponsePayload(body, source) => Self::decode(
                None,
                format!("{source}; body: {}", String::from_utf8_lossy(&body)),
            ),
            E::InvalidRequest(message) => {
                Self::Validation(ValidationError::new("request", message))
            }
            E::Custom(message) => Self::Config(ConfigError::new(message)),
        }
    }

    /// The error for an answer other than the operation's success status.
    pub(crate) async fn from_unexpected(response: reqwest::Response) -> Self {
        let status = response.status().as_u16();
        let id = request_id(response.headers()).map(str::to_owned);
        let origin = Origin::of(response.headers());
        match response.bytes().await {
            Ok(body) if status >= 400 => Self::from_origin(
                ApiError::from_bytes(status, &body).with_optional_request_id(id),
                origin,
            ),
            Ok(body) => Self::decode(
                Some(status),
                format!(
                    "unexpected status; body: {}",
                    String::from_utf8_lossy(&body)
                ),
            ),
            Err(source) => Self::transport(Service::Dis, source),
        }
    }
}

/// The header that marks an answer the client made up itself, because
/// `ClientHooks::exec` can only return a response or a `reqwest::Error`. The pipeline
/// removes it from every real answer, so no server or proxy can forge it.
pub(crate) const LOCAL_FAILURE_HEADER: &str = "x-otc-dis-local-failure";

/// Who produced an error answer (the value of [`LOCAL_FAILURE_HEADER`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    /// A real answer of DIS or its gateway.
    Dis,
    /// IAM refused to issue a token.
    Iam,
    /// IAM could not be reached; DIS was not called.
    IamUnreachable,
    /// IAM answered without a usable token; DIS was not called.
    IamUnreadable,
    /// The request could not be prepared or authenticated locally.
    Client,
}

impl Origin {
    /// The header value of a made-up answer.
    pub(crate) fn header_value(self) -> &'static str {
        match self {
            Self::Dis => "dis",
            Self::Iam => "iam",
            Self::IamUnreachable => "iam-unreachable",
            Self::IamUnreadable => "iam-unreadable",
            Self::Client => "client",
        }
    }

    fn of(headers: &reqwest::header::HeaderMap) -> Self {
        match headers
            .get(LOCAL_FAILURE_HEADER)
            .and_then(|v| v.to_str().ok())
        {
            Some("iam") => Self::Iam,
            Some("iam-unreachable") => Self::IamUnreachable,
            Some("iam-unreadable") => Self::IamUnreadable,
            Some("client") => Self::Client,
            _ => Self::Dis,
        }
    }
}

impl Error {
    /// IAM refusing (4xx) is an authentication failure whatever its status; a local
    /// failure to authenticate is a configuration problem.
    fn from_origin(api: ApiError, origin: Origin) -> Self {
        match origin {
            Origin::Iam if api.status < 500 => Self::Auth(api),
            Origin::IamUnreachable => Self::Transport {
                service: Service::Iam,
                phase: TransportPhase::Connecting,
                message: api.message,
                source: None,
            },
            // The message says what IAM answered, its status included.
            Origin::IamUnreadable => Self::decode_from(Service::Iam, None, api.message),
            Origin::Client => Self::Config(ConfigError::new(api.message)),
            _ => Self::from_api(api),
        }
    }
}

/// Completes a call of the bindings that returns a body.
pub(crate) async fn body<T>(
    result: Result<progenitor_client::ResponseValue<T>, RawError>,
) -> Result<T> {
    match result {
        Ok(value) => Ok(value.into_inner()),
        Err(err) => Err(Error::from_raw(err).await),
    }
}

/// Completes a call of the bindings that returns no body. DIS is not consistent about
/// 200, 201 and 204 for such answers, so any 2xx status counts as success.
pub(crate) async fn no_body(
    result: Result<progenitor_client::ResponseValue<()>, RawError>,
) -> Result<()> {
    match result {
        Ok(_) => Ok(()),
        Err(progenitor_client::Error::UnexpectedResponse(response))
            if response.status().is_success() =>
        {
            Ok(())
        }
        Err(err) => Err(Error::from_raw(err).await),
    }
}

/// Turns "not found" into `Ok(())` when the caller asked to ignore a missing resource.
pub(crate) fn ignore_missing(result: Result<()>, ignore: bool) -> Result<()> {
    match result {
        Err(Error::NotFound(_)) if ignore => Ok(()),
        other => other,
    }
}
