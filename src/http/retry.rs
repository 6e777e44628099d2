//! The one place that decides what is retried.
//!
//! A failure is classified once ([`Class`]): whether the service may have applied the
//! request, and whether it is transient. Whether an attempt is repeated then depends only
//! on that class and on whether the operation may be repeated (`x-dis-idempotency` in the
//! spec, generated into [`OPERATIONS`], `generated/operations.rs`). The DIS pipeline, IAM requests,
//! [`Error::is_retryable`], [`Error::maybe_applied`] and the per-record results of an
//! upload all ask this module, so they cannot disagree.

use std::future::Future;
use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;

use super::Settings;
use crate::error::{Error, TransportPhase};

/// Whether an operation may be sent again when the service may already have applied it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Idempotency {
    /// Changes nothing on the service.
    ReadOnly,
    /// Repeating leaves the same state (a repeated delete may answer "not found").
    Idempotent,
    /// Repeating can change the outcome: records stored twice, or "already exists" hiding
    /// that the first attempt succeeded.
    NotIdempotent,
}

include!("../../generated/operations.rs");

/// Whether `operation_id` may be repeated after a failure that may have been applied.
/// Every operation of the spec is in [`OPERATIONS`] (the build fails otherwise); anything
/// else counts as not repeatable.
pub(crate) fn repeatable(operation_id: &str) -> bool {
    OPERATIONS
        .iter()
        .find(|(id, _)| *id == operation_id)
        .is_some_and(|(_, i)| *i != Idempotency::NotIdempotent)
}

/// Whether the service may have applied a request that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Applied {
    /// Certainly not: refused before it was processed, or never sent.
    No,
    /// Perhaps: no answer, a cut-off answer, or a server error.
    Maybe,
}

/// What a failure says about retrying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Class {
    pub(crate) applied: Applied,
    /// Sending the same request again later may succeed.
    pub(crate) transient: bool,
}

impl Class {
    const REFUSED_FOR_NOW: Self = Self {
        applied: Applied::No,
        transient: true,
    };
    const FINAL: Self = Self {
        applied: Applied::No,
        transient: false,
    };
    const UNKNOWN: Self = Self {
        applied: Applied::Maybe,
        transient: true,
    };

    /// Whether to send the request again: only transient failures, and only when the
    /// service cannot have applied it or the operation may be repeated.
    pub(crate) fn retry(self, repeatable: bool) -> bool {
        self.transient && (self.applied == Applied::No || repeatable)
    }
}

/// Throttling codes: the request was refused before it was processed. DIS.4309 (the
/// caller's IP blacklisted after repeated failures) is not among them: more requests would
/// only prolong it.
const THROTTLE_CODES: &[&str] = &["DIS.4303", "DIS.4305", "APIGW.0308"];

/// Classifies an error answer by HTTP status and error code (DIS or gateway).
///
/// | answer | applied | transient |
/// |---|---|---|
/// | DIS.4309 (IP blacklisted) | no | no |
/// | 429, DIS.4303, DIS.4305, APIGW.0308 (throttled) | no | yes |
/// | 501, 505 | no | no |
/// | other 5xx, or a `DIS.5xxx` code | maybe | yes |
/// | any other 4xx | no | no |
pub(crate) fn classify_answer(status: u16, code: Option<&str>) -> Class {
    let code = code.unwrap_or_default();
    if code == "DIS.4309" {
        Class::FINAL
    } else if is_throttling(status, Some(code)) {
        Class::REFUSED_FOR_NOW
    } else if matches!(status, 501 | 505) {
        Class::FINAL
    } else if status >= 500 || code.starts_with("DIS.5") {
        Class::UNKNOWN
    } else {
        Class::FINAL
    }
}

/// Whether an answer is throttling: not applied, try again more slowly.
pub(crate) fn is_throttling(status: u16, code: Option<&str>) -> bool {
    let code = code.unwrap_or_default();
    code != "DIS.4309" && (status == 429 || THROTTLE_CODES.contains(&code))
}

/// Classifies a connection failure by how far the request got.
///
/// | failure | applied | transient |
/// |---|---|---|
/// | connecting (refused, DNS, TLS, connect timeout) | no | yes |
/// | awaiting the answer (reset, timeout after sending) | maybe | yes |
/// | reading the answer's body (cut off, stalled) | maybe | yes |
pub(crate) fn classify_transport(phase: TransportPhase) -> Class {
    match phase {
        TransportPhase::Connecting => Class::REFUSED_FOR_NOW,
        TransportPhase::AwaitingAnswer | TransportPhase::ReadingAnswer => Class::UNKNOWN,
    }
}

impl Error {
    /// How this error is classified for retrying, when it is a failure of the service or
    /// of the connection; local errors (validation, configuration, I/O, decoding) are final.
    fn class(&self) -> Class {
        match self {
            Self::Transport { phase, .. } => classify_transport(*phase),
            other => other.api().map_or(Class::FINAL, |api| {
                classify_answer(api.status, api.code.as_deref())
            }),
        }
    }

    /// True when the same request may succeed if sent again later: throttling, server
    /// errors, lost connections. Check [`Error::maybe_applied`] before repeating a request
    /// that is not safe to repeat (an upload): it may already have taken effect.
    ///
    /// The client has already retried as far as its [`RetryPolicy`](crate::RetryPolicy)
    /// allows; this tells whether trying again later makes sense.
    ///
    /// ```
    /// use otc_dis::{ApiError, Error};
    /// let throttled = Error::from_api(ApiError::new(400, Some("DIS.4303"), "traffic control"));
    /// assert!(throttled.is_retryable() && !throttled.maybe_applied());
    /// let blacklisted = Error::from_api(ApiError::new(400, Some("DIS.4309"), "blacklisted"));
    /// assert!(!blacklisted.is_retryable());
    /// let server = Error::from_api(ApiError::new(500, Some("DIS.5000"), "system error"));
    /// assert!(server.is_retryable() && server.maybe_applied());
    /// ```
    pub fn is_retryable(&self) -> bool {
        self.class().transient
    }

    /// True when the service may have applied the request although it failed: no answer,
    /// an answer cut off, or a server error. Repeating an upload after such a failure can
    /// store its records twice.
    pub fn maybe_applied(&self) -> bool {
        self.class().applied == Applied::Maybe
    }
}

/// What one attempt came to, for [`run`].
pub(crate) enum Attempt<T> {
    /// A result to hand back as it is: success, or a failure not worth another attempt.
    Done(T),
    /// A failure, its class, and how long the service asked to wait (`Retry-After`).
    Failed {
        result: T,
        class: Class,
        retry_after: Option<Duration>,
    },
}

/// Runs attempts until one is done, the failure is not to be retried, the policy's
/// attempts are used up, or the next delay would pass the total timeout. `attempt` gets
/// the deadline of the whole call. Returns the last result and the number of attempts.
pub(crate) async fn run<T, F, Fut>(
    settings: &Settings,
    repeatable: bool,
    what: &str,
    mut attempt: F,
) -> (T, u32)
where
    F: FnMut(Instant) -> Fut,
    Fut: Future<Output = Attempt<T>>,
{
    let deadline = Instant::now() + settings.timeouts.total();
    let mut schedule = settings.retry.schedule();
    let mut attempts = 0u32;
    loop {
        attempts += 1;
        let (result, class, retry_after) = match attempt(deadline).await {
            Attempt::Done(result) => return (result, attempts),
            Attempt::Failed {
                result,
                class,
                retry_after,
            } => (result, class, retry_after),
        };
        let repeat = repeatable || settings.retry.retry_non_idempotent();
        if !class.retry(repeat) {
            return (result, attempts);
        }
        let Some(backoff) = schedule.next() else {
            return (result, attempts);
        };
        let delay = retry_after.map_or(backoff, |asked| asked.max(backoff));
        if Instant::now() + delay >= deadline {
            tracing::info!(
                call = what,
                attempt = attempts,
                delay_ms = delay.as_millis() as u64,
                "not retrying: the total timeout would pass"
            );
            return (result, attempts);
        }
        tracing::info!(
            call = what,
            attempt = attempts,
            delay_ms = delay.as_millis() as u64,
            "retrying"
        );
        tokio::time::sleep(delay).await;
    }
}

/// The time left for one attempt: the per-attempt timeout, cut to the call's deadline.
pub(crate) fn attempt_timeout(settings: &Settings, deadline: Instant) -> Duration {
    let remaining = deadline.saturating_duration_since(Instant::now());
    settings
        .timeouts
        .attempt()
        .min(remaining)
        .max(Duration::from_millis(1))
}

/// `Retry-After` as seconds or an HTTP date.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    // A date already past gives no hint; the backoff applies.
    when.duration_since(std::time::SystemTime::now()).ok()
}

/// Sends a request that is safe to repeat (IAM calls), retried as [`run`] decides.
pub(crate) async fn send_with_retry(
    build: impl Fn() -> reqwest::RequestBuilder,
    settings: &Settings,
    what: &'static str,
) -> reqwest::Result<reqwest::Response> {
    let (result, _) = run(settings, true, what, |deadline| {
        let request = build().timeout(attempt_timeout(settings, deadline));
        async move {
            match request.send().await {
                Err(error) => {
                    let class = classify_transport(TransportPhase::of(&error));
                    Attempt::Failed {
                        result: Err(error),
                        class,
                        retry_after: None,
                    }
                }
                Ok(response) if response.status().as_u16() >= 400 => {
                    let retry_after = retry_after(response.headers());
                    // IAM's error codes mean nothing here: the status decides.
                    let class = classify_answer(response.status().as_u16(), None);
                    Attempt::Failed {
                        result: Ok(response),
                        class,
                        retry_after,
                    }
                }
                Ok(response) => match super::response::buffered(response).await {
                    Ok(response) => Attempt::Done(Ok(response)),
                    Err(error) => Attempt::Failed {
                        result: Err(error),
                        class: classify_transport(TransportPhase::ReadingAnswer),
                        retry_after: None,
                    },
                },
            }
        }
    })
    .await;
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn every_spec_operation_is_classified_once() {
        let mut ids: Vec<_> = OPERATIONS.iter().map(|(id, _)| *id).collect();
        ids.dedup();
        assert_eq!(ids.len(), 29);
    }

    #[test]
    fn writes_that_duplicate_are_not_repeatable() {
        for op in [
            "put_records",
            "create_stream",
            "create_app",
            "create_transfer_task",
            "no_such_operation",
        ] {
            assert!(!repeatable(op), "{op}");
        }
        for op in [
            "get_records",
            "delete_stream",
            "commit_checkpoint",
            "list_resources_by_tags",
        ] {
            assert!(repeatable(op), "{op}");
        }
    }

    #[test]
    fn answers_are_classified_by_code_before_status() {
        let cases: &[(u16, Option<&str>, Applied, bool)] = &[
            (400, Some("DIS.4303"), Applied::No, true),
            (400, Some("DIS.4305"), Applied::No, true),
            (429, Some("APIGW.0308"), Applied::No, true),
            (429, None, Applied::No, true),
            (400, Some("DIS.4309"), Applied::No, false),
            (429, Some("DIS.4309"), Applied::No, false),
            (500, Some("DIS.5000"), Applied::Maybe, true),
            (400, Some("DIS.5000"), Applied::Maybe, true),
            (502, None, Applied::Maybe, true),
            (503, None, Applied::Maybe, true),
            (501, None, Applied::No, false),
            (505, None, Applied::No, false),
            (400, Some("DIS.4200"), Applied::No, false),
            (401, None, Applied::No, false),
            (404, None, Applied::No, false),
        ];
        for &(status, code, applied, transient) in cases {
            assert_eq!(
                classify_answer(status, code),
                Class { applied, transient },
                "{status} {code:?}"
            );
        }
    }

    #[test]
    fn only_failures_before_sending_are_retried_for_writes() {
        assert!(classify_transport(TransportPhase::Connecting).retry(false));
        assert!(!classify_transport(TransportPhase::AwaitingAnswer).retry(false));
        assert!(!classify_transport(TransportPhase::ReadingAnswer).retry(false));
        assert!(classify_transport(TransportPhase::ReadingAnswer).retry(true));
        assert!(!classify_answer(500, None).retry(false));
        assert!(classify_answer(500, None).retry(true));
        assert!(classify_answer(429, None).retry(false));
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("7"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(7)));
        let later = std::time::SystemTime::now() + Duration::from_secs(30);
        h.insert(
            "retry-after",
            HeaderValue::from_str(&httpdate::fmt_http_date(later)).unwrap(),
        );
        let d = retry_after(&h).unwrap();
        assert!(
            d > Duration::from_secs(25) && d <= Duration::from_secs(30),
            "{d:?}"
        );
        h.insert("retry-after", HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&h), None);
    }
}
