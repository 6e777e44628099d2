//! The one request pipeline every generated operation goes through:
//! authenticate or sign, send, classify, retry.
//!
//! The generated `raw::Client` holds a [`Pipeline`] and calls it through progenitor's
//! `ClientHooks`: `pre` tidies the headers, `exec` runs the attempts. Each attempt is a
//! fresh copy of the request, authenticated afresh (a new X-Sdk-Date and signature, or the
//! current token), sent with the per-attempt timeout, and classified:
//!
//! | answer | retried? |
//! |---|---|
//! | 2xx, 3xx | no: returned |
//! | 429, or 400 with `DIS.4303` / `DIS.4305` (throttled: not applied) | yes, every operation |
//! | connection not established (refused, DNS, connect timeout) | yes, every operation |
//! | 5xx (but 501, 505), timeout after sending, connection lost | only when the operation is safe to repeat ([`idempotency`]) |
//! | 401 with password credentials | once, right away, after logging in again |
//! | any other 4xx | no |
//!
//! Delays grow exponentially with jitter ([`RetryPolicy`]); a `Retry-After` header asks for
//! at least that long. No retry starts when it could not finish within the total timeout.
//!
//! Before the first attempt (`pre`), the generated `api-version` header is removed (DIS does
//! not define it; it would only be sent, and with AK/SK possibly signed, for nothing) and
//! `Content-Type: application/json` is added where missing (the DIS reference asks for it
//! on every request and every SDK sends it). `X-Auth-Token` is never part of the spec: the
//! pipeline adds it.
//!
//! Every call runs in a `tracing` span `dis.request` with the fields `operation`, `method`,
//! `path`, `attempts` (requests sent, a renewal after 401 included), `status`, `duration_ms`
//! and `request_id`; retries are `info` events, each answer a `debug` event. No header
//! value, body or query is recorded.
//!
//! ```
//! use std::time::Duration;
//! use otc_dis::transport::{RetryPolicy, Timeouts};
//! let retry = RetryPolicy::default().with_max_attempts(3).with_initial_delay(Duration::from_millis(100));
//! let timeouts = Timeouts::default().with_total(Duration::from_secs(30));
//! assert_eq!(retry.max_attempts(), 3);
//! assert_eq!(timeouts.total(), Duration::from_secs(30));
//! ```

use std::sync::Arc;
use std::time::{Duration, Instant};

use backon::BackoffBuilder;
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{HeaderMap, HeaderValue};
use tracing::Instrument;

use crate::auth::{AuthFailure, Authenticator, iam};
use crate::error::{ApiError, ErrorBody, THROTTLED_CODES, request_id};
use crate::raw;

/// How often and how patiently a request is retried.
///
/// Defaults: 5 attempts in all, first delay 250 ms, factor 2, delays capped at 10 s, jitter
/// on (each delay is stretched by a random 0–100 %), operations that are not safe to repeat
/// are retried only when the server cannot have applied them.
///
/// ```
/// use std::time::Duration;
/// let p = otc_dis::transport::RetryPolicy::default();
/// assert_eq!((p.max_attempts(), p.initial_delay(), p.max_delay()), (5, Duration::from_millis(250), Duration::from_secs(10)));
/// assert_eq!(otc_dis::transport::RetryPolicy::none().max_attempts(), 1);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_delay: Duration,
    max_delay: Duration,
    factor: f32,
    jitter: bool,
    retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 5,
            initial_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(10),
            factor: 2.0,
            jitter: true,
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// One attempt, no retries.
    ///
    /// ```
    /// assert_eq!(otc_dis::transport::RetryPolicy::none().max_attempts(), 1);
    /// ```
    pub fn none() -> Self {
        Self::default().with_max_attempts(1)
    }

    /// At most `attempts` attempts in all (at least 1).
    ///
    /// ```
    /// assert_eq!(otc_dis::transport::RetryPolicy::default().with_max_attempts(0).max_attempts(), 1);
    /// ```
    pub fn with_max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The delay before the first retry.
    ///
    /// ```
    /// use std::time::Duration;
    /// let p = otc_dis::transport::RetryPolicy::default().with_initial_delay(Duration::from_millis(5));
    /// assert_eq!(p.initial_delay(), Duration::from_millis(5));
    /// ```
    pub fn with_initial_delay(mut self, delay: Duration) -> Self {
        self.initial_delay = delay;
        self
    }

    /// The longest delay between two attempts (before jitter).
    ///
    /// ```
    /// use std::time::Duration;
    /// let p = otc_dis::transport::RetryPolicy::default().with_max_delay(Duration::from_secs(1));
    /// assert_eq!(p.max_delay(), Duration::from_secs(1));
    /// ```
    pub fn with_max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The factor each delay grows by (at least 1).
    ///
    /// ```
    /// assert_eq!(otc_dis::transport::RetryPolicy::default().with_factor(3.0).factor(), 3.0);
    /// ```
    pub fn with_factor(mut self, factor: f32) -> Self {
        self.factor = factor.max(1.0);
        self
    }

    /// Whether delays get random jitter (on by default; turn off for reproducible tests).
    ///
    /// ```
    /// assert!(!otc_dis::transport::RetryPolicy::default().with_jitter(false).jitter());
    /// ```
    pub fn with_jitter(mut self, jitter: bool) -> Self {
        self.jitter = jitter;
        self
    }

    /// Also retry operations that are not safe to repeat (PutRecords, the creates) after
    /// answers where the server may have applied them (5xx, timeouts). Off by default:
    /// a repeated PutRecords can store records twice.
    ///
    /// ```
    /// assert!(otc_dis::transport::RetryPolicy::default().with_retry_non_idempotent(true).retry_non_idempotent());
    /// ```
    pub fn with_retry_non_idempotent(mut self, retry: bool) -> Self {
        self.retry_non_idempotent = retry;
        self
    }

    /// The most attempts in all.
    ///
    /// ```
    /// assert_eq!(otc_dis::transport::RetryPolicy::default().max_attempts(), 5);
    /// ```
    pub fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The first delay.
    ///
    /// ```
    /// assert!(otc_dis::transport::RetryPolicy::default().initial_delay().as_millis() > 0);
    /// ```
    pub fn initial_delay(&self) -> Duration {
        self.initial_delay
    }

    /// The delay cap.
    ///
    /// ```
    /// assert!(otc_dis::transport::RetryPolicy::default().max_delay().as_secs() >= 1);
    /// ```
    pub fn max_delay(&self) -> Duration {
        self.max_delay
    }

    /// The growth factor.
    ///
    /// ```
    /// assert_eq!(otc_dis::transport::RetryPolicy::default().factor(), 2.0);
    /// ```
    pub fn factor(&self) -> f32 {
        self.factor
    }

    /// Whether jitter is on.
    ///
    /// ```
    /// assert!(otc_dis::transport::RetryPolicy::default().jitter());
    /// ```
    pub fn jitter(&self) -> bool {
        self.jitter
    }

    /// Whether operations that are not safe to repeat are retried after ambiguous failures.
    ///
    /// ```
    /// assert!(!otc_dis::transport::RetryPolicy::default().retry_non_idempotent());
    /// ```
    pub fn retry_non_idempotent(&self) -> bool {
        self.retry_non_idempotent
    }

    /// The delays before each retry (`max_attempts - 1` of them).
    fn schedule(&self) -> backon::ExponentialBackoff {
        let builder = backon::ExponentialBuilder::new()
            .with_min_delay(self.initial_delay)
            .with_max_delay(self.max_delay)
            .with_factor(self.factor)
            .with_max_times(self.max_attempts.saturating_sub(1) as usize);
        if self.jitter {
            builder.with_jitter().build()
        } else {
            builder.build()
        }
    }
}

/// Timeouts of the HTTP client.
///
/// Defaults: connect 10 s; per attempt 30 s (connecting, sending and reading the whole
/// answer); total 120 s for a call with all its retries and delays.
///
/// ```
/// use std::time::Duration;
/// let t = otc_dis::transport::Timeouts::default();
/// assert_eq!((t.connect(), t.attempt(), t.total()), (Duration::from_secs(10), Duration::from_secs(30), Duration::from_secs(120)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeouts {
    connect: Duration,
    attempt: Duration,
    total: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            attempt: Duration::from_secs(30),
            total: Duration::from_secs(120),
        }
    }
}

impl Timeouts {
    /// The time to establish a connection (TCP and TLS).
    ///
    /// ```
    /// use std::time::Duration;
    /// assert_eq!(otc_dis::transport::Timeouts::default().with_connect(Duration::from_secs(2)).connect(), Duration::from_secs(2));
    /// ```
    pub fn with_connect(mut self, timeout: Duration) -> Self {
        self.connect = timeout;
        self
    }

    /// The time for one attempt, from connecting to the end of the answer's body.
    ///
    /// ```
    /// use std::time::Duration;
    /// assert_eq!(otc_dis::transport::Timeouts::default().with_attempt(Duration::from_secs(5)).attempt(), Duration::from_secs(5));
    /// ```
    pub fn with_attempt(mut self, timeout: Duration) -> Self {
        self.attempt = timeout;
        self
    }

    /// The time for a whole call, retries and delays included.
    ///
    /// ```
    /// use std::time::Duration;
    /// assert_eq!(otc_dis::transport::Timeouts::default().with_total(Duration::from_secs(9)).total(), Duration::from_secs(9));
    /// ```
    pub fn with_total(mut self, timeout: Duration) -> Self {
        self.total = timeout;
        self
    }

    /// The connect timeout.
    ///
    /// ```
    /// assert_eq!(otc_dis::transport::Timeouts::default().connect().as_secs(), 10);
    /// ```
    pub fn connect(&self) -> Duration {
        self.connect
    }

    /// The per-attempt timeout.
    ///
    /// ```
    /// assert_eq!(otc_dis::transport::Timeouts::default().attempt().as_secs(), 30);
    /// ```
    pub fn attempt(&self) -> Duration {
        self.attempt
    }

    /// The total timeout.
    ///
    /// ```
    /// assert_eq!(otc_dis::transport::Timeouts::default().total().as_secs(), 120);
    /// ```
    pub fn total(&self) -> Duration {
        self.total
    }
}

/// Whether an operation may be sent again when the server may already have applied it.
///
/// ```
/// use otc_dis::transport::{idempotency, Idempotency};
/// assert_eq!(idempotency("put_records"), Idempotency::NotIdempotent);
/// assert!(idempotency("delete_stream").safe_to_repeat());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Idempotency {
    /// Changes nothing on the server.
    ReadOnly,
    /// Repeating leaves the same state (a repeated delete may answer "not found").
    Idempotent,
    /// Repeating can change the outcome: records stored twice, or "already exists" hiding
    /// that the first attempt succeeded.
    NotIdempotent,
}

impl Idempotency {
    /// True for [`Idempotency::ReadOnly`] and [`Idempotency::Idempotent`].
    ///
    /// ```
    /// assert!(!otc_dis::transport::Idempotency::NotIdempotent.safe_to_repeat());
    /// ```
    pub fn safe_to_repeat(self) -> bool {
        !matches!(self, Self::NotIdempotent)
    }
}

/// Every operation id of the spec and whether it is safe to repeat.
///
/// ```
/// let ops = otc_dis::transport::OPERATIONS;
/// assert!(ops.iter().any(|(id, _)| *id == "get_records"));
/// ```
pub const OPERATIONS: &[(&str, Idempotency)] = &[
    // streams
    ("list_streams", Idempotency::ReadOnly),
    ("create_stream", Idempotency::NotIdempotent),
    ("show_stream", Idempotency::ReadOnly),
    ("delete_stream", Idempotency::Idempotent),
    ("update_partition_count", Idempotency::Idempotent),
    // apps
    ("create_app", Idempotency::NotIdempotent),
    ("list_apps", Idempotency::ReadOnly),
    ("show_app", Idempotency::ReadOnly),
    ("delete_app", Idempotency::Idempotent),
    ("show_consumer_state", Idempotency::ReadOnly),
    // checkpoints: committing the same sequence number again leaves the same checkpoint
    ("commit_checkpoint", Idempotency::Idempotent),
    ("show_checkpoint", Idempotency::ReadOnly),
    ("delete_checkpoint", Idempotency::Idempotent),
    // records: a repeated PutRecords stores the records twice
    ("put_records", Idempotency::NotIdempotent),
    ("get_records", Idempotency::ReadOnly),
    ("get_cursor", Idempotency::ReadOnly),
    // dump tasks
    ("create_transfer_task", Idempotency::NotIdempotent),
    ("list_transfer_tasks", Idempotency::ReadOnly),
    ("show_transfer_task", Idempotency::ReadOnly),
    ("delete_transfer_task", Idempotency::Idempotent),
    ("batch_transfer_task_action", Idempotency::Idempotent),
    // monitoring
    ("show_stream_metrics", Idempotency::ReadOnly),
    ("show_partition_metrics", Idempotency::ReadOnly),
    // tags: create overwrites, delete ignores missing tags (documented as idempotent)
    ("batch_tag_action", Idempotency::Idempotent),
    ("create_tag", Idempotency::Idempotent),
    ("delete_tag", Idempotency::Idempotent),
    ("list_tags", Idempotency::ReadOnly),
    ("show_stream_tags", Idempotency::ReadOnly),
    // a POST, but only a query
    ("list_resources_by_tags", Idempotency::ReadOnly),
];

/// Whether the operation `operation_id` is safe to repeat; unknown ids count as
/// [`Idempotency::NotIdempotent`].
///
/// ```
/// use otc_dis::transport::{idempotency, Idempotency};
/// assert_eq!(idempotency("list_streams"), Idempotency::ReadOnly);
/// assert_eq!(idempotency("no_such_operation"), Idempotency::NotIdempotent);
/// ```
pub fn idempotency(operation_id: &str) -> Idempotency {
    OPERATIONS
        .iter()
        .find(|(id, _)| *id == operation_id)
        .map_or(Idempotency::NotIdempotent, |(_, i)| *i)
}

/// Retry policy and timeouts, shared by DIS and IAM requests.
#[derive(Debug, Clone, Default)]
pub(crate) struct Settings {
    pub(crate) retry: RetryPolicy,
    pub(crate) timeouts: Timeouts,
}

/// State shared by every request of a client: credentials, retry policy, timeouts.
///
/// Cheap to clone. `Debug` shows no secret.
///
/// ```
/// let pipeline = otc_dis::Pipeline::default();
/// assert!(format!("{pipeline:?}").contains("Anonymous"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct Pipeline {
    shared: Arc<Shared>,
}

#[derive(Debug, Default)]
struct Shared {
    auth: Authenticator,
    settings: Settings,
}

impl Pipeline {
    pub(crate) fn new(auth: Authenticator, settings: Settings) -> Self {
        Self {
            shared: Arc::new(Shared { auth, settings }),
        }
    }

    /// The retry policy of this client.
    ///
    /// ```
    /// assert_eq!(otc_dis::Pipeline::default().retry().max_attempts(), 5);
    /// ```
    pub fn retry(&self) -> &RetryPolicy {
        &self.shared.settings.retry
    }

    /// The timeouts of this client.
    ///
    /// ```
    /// assert_eq!(otc_dis::Pipeline::default().timeouts().connect().as_secs(), 10);
    /// ```
    pub fn timeouts(&self) -> &Timeouts {
        &self.shared.settings.timeouts
    }

    /// Header hygiene before the first attempt.
    ///
    /// * `api-version` is removed: progenitor adds it from the spec's `info.version`, DIS
    ///   does not define it, and a gateway that signs every header would have to see it too.
    /// * `Content-Type: application/json` is added when absent: the DIS reference requires
    ///   it on every request and every SDK sends it, GET and DELETE included.
    /// * AK/SK cannot sign a streamed body; that is refused here, before anything is sent.
    fn prepare(&self, request: &mut reqwest::Request) -> Result<(), String> {
        let headers = request.headers_mut();
        headers.remove("api-version");
        if !headers.contains_key(reqwest::header::CONTENT_TYPE) {
            headers.insert(
                reqwest::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
        }
        if matches!(self.shared.auth, Authenticator::AkSk { .. })
            && request.body().is_some_and(|b| b.as_bytes().is_none())
        {
            return Err(
                "AK/SK signing needs the whole request body; a streamed body cannot be signed"
                    .into(),
            );
        }
        Ok(())
    }

    /// Runs all attempts of one call.
    async fn execute(
        &self,
        http: &reqwest::Client,
        request: reqwest::Request,
        operation: &'static str,
    ) -> reqwest::Result<reqwest::Response> {
        let span = tracing::info_span!(
            "dis.request",
            operation,
            method = %request.method(),
            path = %request.url().path(),
            attempts = tracing::field::Empty,
            status = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
            request_id = tracing::field::Empty,
        );
        async move {
            let start = Instant::now();
            let (result, sent) = self.attempts(http, request, operation, start).await;
            let span = tracing::Span::current();
            span.record("attempts", sent);
            span.record("duration_ms", start.elapsed().as_millis() as u64);
            match &result {
                Ok(response) => {
                    span.record("status", response.status().as_u16());
                    if let Some(id) = request_id(response.headers()) {
                        span.record("request_id", id);
                    }
                    tracing::debug!(status = response.status().as_u16(), "DIS answered");
                }
                Err(error) => tracing::debug!(error = %error, "DIS request failed"),
            }
            result
        }
        .instrument(span)
        .await
    }

    async fn attempts(
        &self,
        http: &reqwest::Client,
        request: reqwest::Request,
        operation: &'static str,
        start: Instant,
    ) -> (reqwest::Result<reqwest::Response>, u32) {
        let settings = &self.shared.settings;
        let deadline = start + settings.timeouts.total;
        let repeatable =
            idempotency(operation).safe_to_repeat() || settings.retry.retry_non_idempotent;
        let mut schedule = settings.retry.schedule();
        let mut template = Some(request);
        let mut renewed = false;
        let mut attempt: u32 = 0;
        let mut sent: u32 = 0;
        loop {
            attempt += 1;
            sent += 1;
            let Some(original) = template.take() else {
                unreachable!("the loop ends when the request cannot be copied");
            };
            let request = match original.try_clone() {
                Some(copy) => {
                    template = Some(original);
                    copy
                }
                // A streamed body can be sent once only.
                None => original,
            };
            let outcome = self.attempt(http, request, deadline, repeatable).await;
            let (result, retry_after) = match outcome {
                Outcome::Done(result) => return (result, sent),
                Outcome::Renew { response, applied } => {
                    if renewed || template.is_none() || Instant::now() >= deadline {
                        return (Ok(response), sent);
                    }
                    renewed = true;
                    tracing::info!(attempt, "DIS answered 401; logging in to IAM again");
                    self.shared.auth.invalidate(applied).await;
                    // The renewal does not use up an attempt.
                    attempt -= 1;
                    continue;
                }
                Outcome::Retry {
                    result,
                    retry_after,
                } => (result, retry_after),
            };
            if template.is_none() {
                return (result, sent);
            }
            let Some(backoff) = schedule.next() else {
                return (result, sent);
            };
            let delay = retry_after.map_or(backoff, |asked| asked.max(backoff));
            if Instant::now() + delay >= deadline {
                tracing::info!(
                    attempt,
                    delay_ms = delay.as_millis() as u64,
                    "not retrying: the total timeout would pass"
                );
                return (result, sent);
            }
            match &result {
                Ok(response) => tracing::info!(
                    attempt,
                    status = response.status().as_u16(),
                    delay_ms = delay.as_millis() as u64,
                    "retrying"
                ),
                Err(error) => {
                    tracing::info!(attempt, error = %error, delay_ms = delay.as_millis() as u64, "retrying")
                }
            }
            tokio::time::sleep(delay).await;
        }
    }

    /// One attempt: authenticate, send, classify.
    async fn attempt(
        &self,
        http: &reqwest::Client,
        mut request: reqwest::Request,
        deadline: Instant,
        repeatable: bool,
    ) -> Outcome {
        let settings = &self.shared.settings;
        let applied = match self.shared.auth.apply(http, &mut request, settings).await {
            Ok(applied) => applied,
            Err(AuthFailure::Refused(response)) => return Outcome::Done(Ok(response)),
            Err(AuthFailure::Transport(error)) => return Outcome::Done(Err(error)),
            Err(AuthFailure::Local(message)) => {
                let api = ApiError::new(400, None, message);
                return Outcome::Done(Ok(iam::made_up_response(400, "client", &api)));
            }
        };
        let remaining = deadline.saturating_duration_since(Instant::now());
        *request.timeout_mut() = Some(
            settings
                .timeouts
                .attempt
                .min(remaining)
                .max(Duration::from_millis(1)),
        );
        let response = match http.execute(request).await {
            Ok(response) => response,
            Err(error) => {
                // Not connected: the server never saw the request.
                let retry = error.is_connect()
                    || (repeatable && (error.is_timeout() || error.is_request()));
                return if retry {
                    Outcome::Retry {
                        result: Err(error),
                        retry_after: None,
                    }
                } else {
                    Outcome::Done(Err(error))
                };
            }
        };
        let status = response.status();
        if status.as_u16() < 400 {
            return Outcome::Done(Ok(response));
        }
        let retry_after = retry_after(response.headers());
        let (response, code) = match readable_error(response).await {
            Ok(pair) => pair,
            Err(error) => {
                return if repeatable {
                    Outcome::Retry {
                        result: Err(error),
                        retry_after,
                    }
                } else {
                    Outcome::Done(Err(error))
                };
            }
        };
        let throttled =
            status.as_u16() == 429 || code.as_deref().is_some_and(is_retried_throttle_code);
        let server = status.is_server_error() && !matches!(status.as_u16(), 501 | 505);
        if status.as_u16() == 401 && self.shared.auth.can_renew() {
            Outcome::Renew { response, applied }
        } else if throttled || (server && repeatable) {
            Outcome::Retry {
                result: Ok(response),
                retry_after,
            }
        } else {
            Outcome::Done(Ok(response))
        }
    }
}

/// The throttling codes that mean "rejected, try again later". DIS.4309 (IP blacklisted
/// after too many failures) is left out: more requests would make it worse.
fn is_retried_throttle_code(code: &str) -> bool {
    THROTTLED_CODES.contains(&code) && code != "DIS.4309"
}

enum Outcome {
    /// The answer to give to the generated code.
    Done(reqwest::Result<reqwest::Response>),
    /// Worth another attempt after a delay.
    Retry {
        result: reqwest::Result<reqwest::Response>,
        retry_after: Option<Duration>,
    },
    /// DIS refused the token: log in again and repeat at once.
    Renew {
        response: reqwest::Response,
        applied: crate::auth::Applied,
    },
}

/// Reads an error answer's body and rebuilds the response so the generated code can
/// still read it. A body the generated code could not decode (not a JSON object: HTML,
/// text, empty, Keystone's `{"error": {...}}`) is rewritten to `{"message": "<text>"}`
/// with the same status, so the status and the text survive. Also returns the DIS code.
async fn readable_error(
    response: reqwest::Response,
) -> reqwest::Result<(reqwest::Response, Option<String>)> {
    let status = response.status();
    let version = response.version();
    let url = response.url().clone();
    let mut headers = response.headers().clone();
    let body = response.bytes().await?;
    let parsed = serde_json::from_slice::<ErrorBody>(&body).ok();
    let code = parsed.as_ref().and_then(ErrorBody::code).map(str::to_owned);
    let has_content = parsed.as_ref().is_some_and(ErrorBody::has_content);
    let body = if has_content {
        body
    } else {
        let text = String::from_utf8_lossy(&body).trim().to_owned();
        let text = if text.is_empty() {
            status.canonical_reason().unwrap_or("no message").to_owned()
        } else {
            text
        };
        headers.remove(reqwest::header::CONTENT_LENGTH);
        headers.insert(
            reqwest::header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        bytes::Bytes::from(serde_json::json!({ "message": text }).to_string())
    };
    let mut builder = http::Response::builder().status(status).version(version);
    if let Some(h) = builder.headers_mut() {
        *h = headers;
    }
    let rebuilt = reqwest::ResponseBuilderExt::url(builder, url)
        .body(body)
        .expect("parts of a valid response");
    Ok((reqwest::Response::from(rebuilt), code))
}

/// `Retry-After` as seconds or an HTTP date.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    (when.with_timezone(&chrono::Utc) - chrono::Utc::now())
        .to_std()
        .ok()
}

/// Sends a request that is safe to repeat (IAM calls) with the retry policy: retried on
/// connect errors, timeouts, 429 and 5xx.
pub(crate) async fn send_with_retry(
    build: impl Fn() -> reqwest::RequestBuilder,
    settings: &Settings,
    what: &'static str,
) -> reqwest::Result<reqwest::Response> {
    let start = Instant::now();
    let deadline = start + settings.timeouts.total;
    let mut schedule = settings.retry.schedule();
    let mut attempt = 0u32;
    loop {
        attempt += 1;
        let remaining = deadline.saturating_duration_since(Instant::now());
        let result = build()
            .timeout(
                settings
                    .timeouts
                    .attempt
                    .min(remaining)
                    .max(Duration::from_millis(1)),
            )
            .send()
            .await;
        let (retry, after) = match &result {
            Err(e) => (e.is_connect() || e.is_timeout() || e.is_request(), None),
            Ok(r) => (
                r.status().as_u16() == 429
                    || (r.status().is_server_error() && r.status().as_u16() != 501),
                retry_after(r.headers()),
            ),
        };
        if !retry {
            return result;
        }
        let Some(backoff) = schedule.next() else {
            return result;
        };
        let delay = after.map_or(backoff, |a| a.max(backoff));
        if Instant::now() + delay >= deadline {
            return result;
        }
        tracing::info!(
            call = what,
            attempt,
            delay_ms = delay.as_millis() as u64,
            "retrying"
        );
        tokio::time::sleep(delay).await;
    }
}

/// The reqwest client of the crate: rustls, the connect timeout, no global timeout (the
/// pipeline sets one per attempt).
pub(crate) fn http_client(timeouts: &Timeouts) -> Result<reqwest::Client, crate::Error> {
    reqwest::Client::builder()
        .connect_timeout(timeouts.connect)
        .user_agent(concat!("otc-dis/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| {
            crate::config::ConfigError::new(format!("cannot build the HTTP client: {e}")).into()
        })
}

impl ClientHooks<Pipeline> for raw::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        self.inner()
            .prepare(request)
            .map_err(progenitor_client::Error::Custom)
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        self.inner()
            .execute(self.client(), request, info.operation_id)
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spec_operation_is_classified_once() {
        let mut ids: Vec<_> = OPERATIONS.iter().map(|(id, _)| *id).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n);
        assert_eq!(n, 29);
    }

    #[test]
    fn writes_that_duplicate_are_not_safe() {
        for op in [
            "put_records",
            "create_stream",
            "create_app",
            "create_transfer_task",
        ] {
            assert!(!idempotency(op).safe_to_repeat(), "{op}");
        }
        for op in [
            "get_records",
            "delete_stream",
            "commit_checkpoint",
            "list_resources_by_tags",
        ] {
            assert!(idempotency(op).safe_to_repeat(), "{op}");
        }
    }

    #[test]
    fn schedule_has_one_delay_per_retry() {
        let p = RetryPolicy::default()
            .with_max_attempts(3)
            .with_jitter(false);
        let delays: Vec<_> = p.schedule().collect();
        assert_eq!(
            delays,
            [Duration::from_millis(250), Duration::from_millis(500)]
        );
        assert_eq!(RetryPolicy::none().schedule().count(), 0);
    }

    #[test]
    fn jitter_stays_within_double() {
        let p = RetryPolicy::default().with_max_attempts(10);
        for (i, d) in p.schedule().enumerate() {
            let base = Duration::from_millis(250)
                .mul_f32(2f32.powi(i as i32))
                .min(Duration::from_secs(10));
            assert!(d >= base && d <= base * 2, "{i}: {d:?}");
        }
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("7"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(7)));
        let later = chrono::Utc::now() + chrono::Duration::seconds(30);
        h.insert(
            "retry-after",
            HeaderValue::from_str(&later.to_rfc2822()).unwrap(),
        );
        let d = retry_after(&h).unwrap();
        assert!(
            d > Duration::from_secs(25) && d <= Duration::from_secs(30),
            "{d:?}"
        );
        h.insert("retry-after", HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&h), None);
    }

    #[test]
    fn only_rejecting_throttle_codes_are_retried() {
        assert!(is_retried_throttle_code("DIS.4303"));
        assert!(is_retried_throttle_code("DIS.4305"));
        assert!(!is_retried_throttle_code("DIS.4309"));
        assert!(!is_retried_throttle_code("DIS.4200"));
    }

    #[tokio::test]
    async fn non_json_error_bodies_become_messages() {
        let response = reqwest::Response::from(
            http::Response::builder()
                .status(403)
                .header("content-length", "20")
                .body("<html>Forbidden</html>")
                .unwrap(),
        );
        let (rebuilt, code) = readable_error(response).await.unwrap();
        assert_eq!(code, None);
        assert_eq!(rebuilt.status(), 403);
        let body: serde_json::Value = rebuilt.json().await.unwrap();
        assert_eq!(
            body,
            serde_json::json!({"message": "<html>Forbidden</html>"})
        );
    }

    #[tokio::test]
    async fn json_error_bodies_are_kept_and_their_code_read() {
        let text = r#"{"errorCode":"DIS.4303","message":"Exceeded traffic control limit"}"#;
        let response =
            reqwest::Response::from(http::Response::builder().status(400).body(text).unwrap());
        let (rebuilt, code) = readable_error(response).await.unwrap();
        assert_eq!(code.as_deref(), Some("DIS.4303"));
        assert_eq!(rebuilt.text().await.unwrap(), text);
    }
}
