//! The one request pipeline every generated operation goes through (progenitor's
//! `ClientHooks`): authenticate or sign, send, read, classify, retry. What is retried is
//! decided in `http::retry`; the table is in the documentation of `otc_dis::http`.
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

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Instant;

use reqwest::header::HeaderValue;
use tracing::Instrument;

use crate::auth::{AuthFailure, Authenticator};
use crate::error::{ApiError, Origin, TransportPhase, request_id};
use crate::http::response::{buffered, made_up_response, readable_error, scrub};
use crate::http::retry::{self, Attempt, classify_answer, classify_transport};
use crate::http::{RetryPolicy, Settings, Timeouts};
use crate::raw;

/// State shared by every request of a client: credentials, retry policy, timeouts.
///
/// Cheap to clone. `Debug` shows no secret.
///
/// ```
/// let pipeline = otc_dis::Pipeline::default();
/// assert!(format!("{pipeline:?}").contains("Anonymous"));
/// assert_eq!(pipeline.retry().max_attempts(), 5);
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
    pub fn retry(&self) -> &RetryPolicy {
        &self.shared.settings.retry
    }

    /// The timeouts of this client.
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
    fn check(&self, request: &mut reqwest::Request) -> Result<(), String> {
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
    async fn send(
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
            let sent = AtomicU32::new(0);
            let result = self.attempts(http, request, operation, &sent).await;
            let span = tracing::Span::current();
            span.record("attempts", sent.load(Ordering::Relaxed));
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
        sent: &AtomicU32,
    ) -> reqwest::Result<reqwest::Response> {
        let settings = &self.shared.settings;
        let template = std::sync::Mutex::new(Some(request));
        let (result, _) = retry::run(
            settings,
            retry::repeatable(operation),
            operation,
            |deadline| {
                let mut slot = template.lock().unwrap_or_else(|p| p.into_inner());
                let original = slot.take().expect("no attempt after a single-use request");
                // A streamed body can be sent once only: then this is the last attempt.
                let request = match original.try_clone() {
                    Some(copy) => {
                        *slot = Some(original);
                        copy
                    }
                    None => original,
                };
                let last = slot.is_none();
                drop(slot);
                async move {
                    let outcome = self.attempt(http, request, deadline, sent).await;
                    match outcome {
                        Attempt::Failed { result, .. } if last => Attempt::Done(result),
                        other => other,
                    }
                }
            },
        )
        .await;
        result
    }

    /// One attempt: authenticate, send, read, classify. A 401 with renewable credentials
    /// is answered once by logging in again and sending at once, within the same attempt.
    async fn attempt(
        &self,
        http: &reqwest::Client,
        request: reqwest::Request,
        deadline: Instant,
        sent: &AtomicU32,
    ) -> Attempt<reqwest::Result<reqwest::Response>> {
        let renewal_copy = if self.shared.auth.can_renew() {
            request.try_clone()
        } else {
            None
        };
        let first = self.send_once(http, request, deadline, sent).await;
        match (first, renewal_copy) {
            (Sent::Unauthorized { applied, .. }, Some(copy)) => {
                tracing::info!("DIS answered 401; logging in to IAM again");
                self.shared.auth.invalidate(applied).await;
                match self.send_once(http, copy, deadline, sent).await {
                    Sent::Unauthorized { response, .. } => Attempt::Done(Ok(response)),
                    Sent::Judged(attempt) => attempt,
                }
            }
            (Sent::Unauthorized { response, .. }, None) => Attempt::Done(Ok(response)),
            (Sent::Judged(attempt), _) => attempt,
        }
    }

    async fn send_once(
        &self,
        http: &reqwest::Client,
        mut request: reqwest::Request,
        deadline: Instant,
        sent: &AtomicU32,
    ) -> Sent {
        let settings = &self.shared.settings;
        let applied = match self.shared.auth.apply(http, &mut request, settings).await {
            Ok(applied) => applied,
            Err(failure) => return Sent::Judged(Attempt::Done(Ok(local_failure(failure)))),
        };
        sent.fetch_add(1, Ordering::Relaxed);
        *request.timeout_mut() = Some(retry::attempt_timeout(settings, deadline));
        let mut response = match http.execute(request).await {
            Ok(response) => response,
            Err(error) => {
                let class = classify_transport(TransportPhase::of(&error));
                return Sent::Judged(Attempt::Failed {
                    result: Err(error),
                    class,
                    retry_after: None,
                });
            }
        };
        scrub(&mut response);
        let status = response.status().as_u16();
        if status < 400 {
            return Sent::Judged(match buffered(response).await {
                Ok(response) => Attempt::Done(Ok(response)),
                Err(error) => Attempt::Failed {
                    result: Err(error),
                    class: classify_transport(TransportPhase::ReadingAnswer),
                    retry_after: None,
                },
            });
        }
        let retry_after = retry::retry_after(response.headers());
        let (response, code) = match readable_error(response).await {
            Ok(pair) => pair,
            Err(error) => {
                return Sent::Judged(Attempt::Failed {
                    result: Err(error),
                    class: classify_transport(TransportPhase::ReadingAnswer),
                    retry_after,
                });
            }
        };
        if status == 401 && self.shared.auth.can_renew() {
            return Sent::Unauthorized { applied, response };
        }
        Sent::Judged(Attempt::Failed {
            result: Ok(response),
            class: classify_answer(status, code.as_deref()),
            retry_after,
        })
    }
}

/// What one request of an attempt came to.
enum Sent {
    Judged(Attempt<reqwest::Result<reqwest::Response>>),
    /// DIS refused the token: log in again and repeat at once.
    Unauthorized {
        applied: crate::auth::Applied,
        response: reqwest::Response,
    },
}

/// The answer standing for a failure before DIS was called.
fn local_failure(failure: AuthFailure) -> reqwest::Response {
    match failure {
        AuthFailure::Refused(api) => {
            let status = if api.status >= 400 { api.status } else { 502 };
            made_up_response(status, Origin::Iam, &api)
        }
        AuthFailure::Unreachable(message) => made_up_response(
            503,
            Origin::IamUnreachable,
            &ApiError::new(503, None, message),
        ),
        AuthFailure::Unreadable(message) => made_up_response(
            502,
            Origin::IamUnreadable,
            &ApiError::new(502, None, message),
        ),
        AuthFailure::Local(message) => {
            made_up_response(400, Origin::Client, &ApiError::new(400, None, message))
        }
    }
}

impl raw::Transport for Pipeline {
    fn prepare(&self, request: &mut reqwest::Request) -> Result<(), String> {
        self.check(request)
    }

    fn execute<'a>(
        &'a self,
        http: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'static str,
    ) -> raw::SendFuture<'a> {
        Box::pin(self.send(http, request, operation))
    }
}

/// Every operation of a `raw::Client` built with these hooks goes through the pipeline.
///
/// ```
/// // `raw::Client::new` builds reqwest's default client, which needs a crypto provider.
/// let _ = rustls::crypto::ring::default_provider().install_default();
/// let raw = otc_dis::raw::Client::new("http://127.0.0.1:9", otc_dis::Pipeline::default().into());
/// # let _ = raw;
/// ```
impl From<Pipeline> for raw::Hooks {
    fn from(pipeline: Pipeline) -> Self {
        raw::Hooks::new(pipeline)
    }
}
