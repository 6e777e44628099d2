//! Authentication of incoming requests.
//!
//! Without token and keys every request is accepted. With a token, `X-Auth-Token` must
//! equal it. With an access key / secret key, a request carrying an `Authorization`
//! header must be signed with them (see [`verify_signature`]).

use axum::http::request::Parts;

use crate::engine::DisError;

/// The credentials the emulator accepts; [`Auth::default`] accepts everything.
/// `Debug` shows the access key but not the token or the secret key.
///
/// ```
/// let auth = dis_local::Auth { token: Some("t0k3n".into()), ..Default::default() };
/// assert!(auth.is_enabled());
/// assert!(!dis_local::Auth::default().is_enabled());
/// assert!(!format!("{auth:?}").contains("t0k3n"));
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Auth {
    /// Accepted `X-Auth-Token`.
    pub token: Option<String>,
    /// Access key of the accepted AK/SK pair.
    pub access_key: Option<String>,
    /// Secret key of the accepted AK/SK pair.
    pub secret_key: Option<String>,
}

impl std::fmt::Debug for Auth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hidden = |secret: &Option<String>| secret.as_ref().map(|_| "[REDACTED]");
        f.debug_struct("Auth")
            .field("token", &hidden(&self.token))
            .field("access_key", &self.access_key)
            .field("secret_key", &hidden(&self.secret_key))
            .finish()
    }
}

impl Auth {
    /// Whether requests must authenticate at all.
    ///
    /// ```
    /// let auth = dis_local::Auth { access_key: Some("ak".into()), secret_key: Some("sk".into()), ..Default::default() };
    /// assert!(auth.is_enabled());
    /// ```
    pub fn is_enabled(&self) -> bool {
        self.token.is_some() || self.access_key.is_some()
    }

    /// Checks one request (its head and exact body bytes); `Err` is a 401.
    pub(crate) fn verify(&self, parts: &Parts, body: &[u8]) -> Result<(), DisError> {
        if !self.is_enabled() {
            return Ok(());
        }
        if let Some(sent) = parts.headers.get("x-auth-token") {
            return match &self.token {
                Some(token) if sent.as_bytes() == token.as_bytes() => Ok(()),
                Some(_) => Err(DisError::unauthorized("The X-Auth-Token is not valid.")),
                None => Err(DisError::unauthorized(
                    "Token authentication is not enabled.",
                )),
            };
        }
        if parts.headers.contains_key("authorization") {
            let (Some(ak), Some(sk)) = (&self.access_key, &self.secret_key) else {
                return Err(DisError::unauthorized(
                    "AK/SK authentication is not enabled.",
                ));
            };
            return verify_signature(ak, sk, parts, body);
        }
        Err(DisError::unauthorized(
            "Send X-Auth-Token or a signed Authorization header.",
        ))
    }
}

/// Verifies an `Authorization` header with [`otc_dis::signing::verify`]: the DIS SDKs'
/// `SDK-HMAC-SHA256 Credential=…` form, its `V11-HMAC-SHA256` (derived key) variant and
/// the API gateway's `SDK-HMAC-SHA256 Access=…` form. `host` and `x-sdk-date` must be
/// signed. `X-Sdk-Date` is not compared with the clock (the real gateway refuses stale
/// dates), so recorded requests and fixed test vectors verify.
///
/// huaweicloud-sdk-python-dis signs `host` without the port while sending it with the
/// port, so a signature that fails with the `Host` as received is tried once more with
/// the port removed.
fn verify_signature(ak: &str, sk: &str, parts: &Parts, body: &[u8]) -> Result<(), DisError> {
    let check = |headers: &axum::http::HeaderMap| {
        let request = otc_dis::signing::SignedRequest::new(
            parts.method.as_str(),
            parts.uri.path(),
            parts.uri.query(),
            headers,
            body,
        );
        otc_dis::signing::verify(&request, |key| (key == ak).then(|| sk.to_owned()))
    };
    check(&parts.headers).or_else(|refused| {
        match host_without_port(&parts.headers) {
            Some(headers) => check(&headers).map_err(|_| refused),
            None => Err(refused),
        }
        .map_err(|e| DisError::unauthorized(e.to_string()))
    })
}

/// The headers with `Host` stripped of its port, when it has one.
fn host_without_port(headers: &axum::http::HeaderMap) -> Option<axum::http::HeaderMap> {
    let host = headers.get(axum::http::header::HOST)?.to_str().ok()?;
    let (name, port) = host.rsplit_once(':')?;
    if name.ends_with(']') || !port.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut stripped = headers.clone();
    stripped.insert(axum::http::header::HOST, name.parse().ok()?);
    Some(stripped)
}
