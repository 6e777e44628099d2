//! HTTP policy: retry policy and timeouts, the one retry decision, and how answers are
//! read. Below authentication (IAM requests use it too) and above the error types.
//!
//! Every request of the client goes through one pipeline (progenitor's `ClientHooks`,
//! in `client::pipeline`): authenticate or sign, send, read the whole answer, classify,
//! retry. Each attempt is a fresh copy of the request, authenticated afresh (a new
//! X-Sdk-Date and signature, or the current token), sent with the per-attempt timeout,
//! read to its end within that timeout, and classified by [`retry`]:
//!
//! | answer | retried? |
//! |---|---|
//! | 2xx, 3xx with its whole body | no: returned |
//! | 429, or `DIS.4303` / `DIS.4305` / `APIGW.0308` (throttled: not applied) | yes, every operation |
//! | connection not established (refused, DNS, TLS, connect timeout) | yes, every operation |
//! | 5xx (but 501, 505), timeout after sending, connection lost, a body cut off or stalled | only when the operation may be repeated (`x-dis-idempotency` in the spec) |
//! | 401 with password credentials | once, right away, after logging in again |
//! | `DIS.4309` (caller blacklisted), any other 4xx | no |
//!
//! Delays grow exponentially with jitter ([`RetryPolicy`]); a `Retry-After` header asks for
//! at least that long. No retry starts when it could not finish within the total timeout
//! ([`Timeouts`]).
//!
//! ```
//! use std::time::Duration;
//! use otc_dis::{RetryPolicy, Timeouts};
//! let retry = RetryPolicy::default().with_max_attempts(3).with_initial_delay(Duration::from_millis(100));
//! let timeouts = Timeouts::default().with_total(Duration::from_secs(30));
//! assert_eq!(retry.max_attempts(), 3);
//! assert_eq!(timeouts.total(), Duration::from_secs(30));
//! ```

mod policy;
pub(crate) mod response;
pub(crate) mod retry;

pub use policy::{RetryPolicy, Timeouts};

use crate::error::{ConfigError, Error};

/// Retry policy and timeouts, shared by DIS and IAM requests.
#[derive(Debug, Clone, Default)]
pub(crate) struct Settings {
    pub(crate) retry: RetryPolicy,
    pub(crate) timeouts: Timeouts,
}

/// The reqwest client of the crate: rustls, the connect timeout, no global timeout (the
/// pipeline sets one per attempt).
pub(crate) fn http_client(timeouts: &Timeouts) -> Result<reqwest::Client, Error> {
    let cannot = |e: &dyn std::error::Error| -> Error {
        ConfigError::new(format!(
            "cannot build the HTTP client: {}",
            crate::error::with_causes(e)
        ))
        .into()
    };
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls_config().map_err(|e| cannot(&e))?)
        .connect_timeout(timeouts.connect())
        .user_agent(concat!("otc-dis/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| cannot(&e))
}

/// TLS as reqwest sets it up by default (the system's trusted certificates, TLS 1.2 and
/// 1.3, HTTP/1.1), with the crypto provider the application installed for rustls, else
/// `ring`. reqwest's own default is `aws-lc-rs`, whose C build was the longest step of
/// compiling this crate; installing a process-wide default is left to the application.
fn tls_config() -> Result<rustls::ClientConfig, rustls::Error> {
    use rustls_platform_verifier::BuilderVerifierExt;
    let provider = rustls::crypto::CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| std::sync::Arc::new(rustls::crypto::ring::default_provider()));
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_platform_verifier()?
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}
