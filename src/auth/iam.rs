//! IAM (Keystone v3) tokens: issue with a password, read the project and the DIS endpoint
//! from the token body, cache, refresh before expiry, renew after a 401.

use std::time::{Duration, SystemTime};

use reqwest::header::HeaderMap;
use secrecy::{ExposeSecret, SecretString};

use super::{AuthFailure, PasswordAuth};
use crate::error::ApiError;
use crate::http::Settings;

/// A token is replaced when it has less than this left (tokens live 24 hours).
pub(crate) const REFRESH_MARGIN: Duration = Duration::from_secs(10 * 60);

/// How long a token is assumed to live when IAM does not say.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

/// The catalog service type of DIS v2.
pub(crate) const DIS_SERVICE_TYPE: &str = "disv2";

/// A token and what its body says about the project and the DIS endpoint.
#[derive(Debug, Clone)]
pub(crate) struct IssuedToken {
    pub(crate) token: SecretString,
    pub(crate) expires_at: SystemTime,
    pub(crate) project_id: Option<String>,
    /// The public `disv2` endpoint of the catalog (ends in `/v2/{project_id}`).
    pub(crate) endpoint: Option<String>,
    /// The region of that endpoint.
    pub(crate) endpoint_region: Option<String>,
}

/// Why IAM gave no token.
#[derive(Debug)]
pub(crate) enum IamError {
    /// IAM answered with an error status.
    Refused(ApiError),
    /// IAM could not be reached.
    Transport { url: String, source: reqwest::Error },
    /// IAM answered 2xx but not with a usable token.
    Invalid { status: u16, message: String },
    /// The request could not be made: the message says why.
    Local(String),
}

impl From<IamError> for crate::Error {
    fn from(err: IamError) -> Self {
        match err {
            IamError::Refused(api) if api.status < 500 => crate::Error::Auth(api),
            IamError::Refused(api) => crate::Error::from_api(api),
            IamError::Transport { url, source } => crate::Error::Transport {
                service: crate::error::Service::Iam,
                phase: crate::error::TransportPhase::of(&source),
                message: format!("{url}: {}", crate::error::with_causes(&source)),
                source: Some(source),
            },
            IamError::Invalid { status, message } => {
                crate::Error::decode_from(crate::error::Service::Iam, Some(status), message)
            }
            IamError::Local(message) => crate::error::ConfigError::new(message).into(),
        }
    }
}

impl From<IamError> for AuthFailure {
    fn from(err: IamError) -> Self {
        match err {
            IamError::Refused(api) => AuthFailure::Refused(api),
            IamError::Transport { url, source } => {
                AuthFailure::Unreachable(format!("{url}: {}", crate::error::with_causes(&source)))
            }
            IamError::Invalid { message, .. } => AuthFailure::Unreadable(message),
            IamError::Local(message) => AuthFailure::Local(message),
        }
    }
}

/// Issues a project-scoped token with a password.
pub(crate) async fn issue(
    http: &reqwest::Client,
    auth: &PasswordAuth,
    region: Option<&str>,
    settings: &Settings,
) -> Result<IssuedToken, IamError> {
    let url = auth.tokens_url();
    let body = auth.request_body().to_string();
    let response = crate::http::retry::send_with_retry(
        || {
            http.post(&url)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .header(reqwest::header::ACCEPT, "application/json")
                .body(body.clone())
        },
        settings,
        "iam_issue_token",
    )
    .await
    .map_err(|source| IamError::Transport {
        url: url.clone(),
        source,
    })?;
    read_token(response, &url, None, region).await
}

/// Looks up a fixed token's project and catalog (`GET /v3/auth/tokens`).
pub(crate) async fn inspect(
    http: &reqwest::Client,
    auth_url: &str,
    token: &SecretString,
    region: Option<&str>,
    settings: &Settings,
) -> Result<IssuedToken, IamError> {
    let url = super::tokens_url(auth_url);
    let value = super::sensitive(token.expose_secret()).map_err(|problem| {
        IamError::Local(format!(
            "cannot look up the token at IAM ({url}): {problem}"
        ))
    })?;
    let response = crate::http::retry::send_with_retry(
        || {
            http.get(&url)
                .header(reqwest::header::ACCEPT, "application/json")
                .header("x-auth-token", value.clone())
                .header("x-subject-token", value.clone())
        },
        settings,
        "iam_inspect_token",
    )
    .await
    .map_err(|source| IamError::Transport {
        url: url.clone(),
        source,
    })?;
    read_token(response, &url, Some(token.clone()), region).await
}

async fn read_token(
    response: reqwest::Response,
    url: &str,
    known: Option<SecretString>,
    region: Option<&str>,
) -> Result<IssuedToken, IamError> {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response
        .bytes()
        .await
        .map_err(|source| IamError::Transport {
            url: url.to_owned(),
            source,
        })?;
    if status >= 400 {
        return Err(IamError::Refused(refusal(status, &headers, &body, url)));
    }
    let token = match known {
        Some(token) => token,
        None => headers
            .get("x-subject-token")
            .and_then(|v| v.to_str().ok())
            .map(|t| SecretString::from(t.to_owned()))
            .ok_or_else(|| IamError::Invalid {
                status,
                message: format!(
                    "IAM at {url} answered HTTP {status} without an X-Subject-Token header"
                ),
            })?,
    };
    parse_token_body(token, &body, region).map_err(|message| IamError::Invalid {
        status,
        message: format!(
            "IAM at {url} answered with a token body that could not be read: {message}"
        ),
    })
}

/// The error IAM gave, in words that say what to check.
fn refusal(status: u16, headers: &HeaderMap, body: &[u8], url: &str) -> ApiError {
    let (code, message) = iam_error_text(body);
    let advice = match status {
        401 => "; check the user name, password and user domain",
        403 => "; check that the user may use the project",
        404 => "; check auth_url and the project name or id",
        _ => "",
    };
    let mut api = ApiError::new(
        status,
        code.as_deref(),
        format!("IAM at {url} refused the request: {message}{advice}"),
    );
    if let Some(id) = crate::error::request_id(headers) {
        api = api.with_request_id(id);
    }
    api
}

/// Code and message of an IAM error body: Keystone's `{"error": {"code", "message", "title"}}`,
/// OTC's `{"error_code", "error_msg"}`, or plain text.
fn iam_error_text(body: &[u8]) -> (Option<String>, String) {
    let text = String::from_utf8_lossy(body).trim().to_owned();
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(body) else {
        return (
            None,
            if text.is_empty() {
                "(no message)".into()
            } else {
                text
            },
        );
    };
    let string = |v: &serde_json::Value| v.as_str().map(str::to_owned);
    if let Some(error) = value.get("error") {
        let code = error.get("code").and_then(string);
        let message = error
            .get("message")
            .and_then(string)
            .or_else(|| error.get("title").and_then(string))
            .unwrap_or(text);
        return (code, message);
    }
    let code = value.get("error_code").and_then(string);
    let message = value.get("error_msg").and_then(string).unwrap_or(text);
    (code, message)
}

/// Reads expiry, project and DIS endpoint from a token body.
pub(crate) fn parse_token_body(
    token: SecretString,
    body: &[u8],
    region: Option<&str>,
) -> Result<IssuedToken, String> {
    let value: serde_json::Value =
        serde_json::from_slice(body).map_err(|e| format!("not JSON: {e}"))?;
    let body = value.get("token").ok_or("no `token` object")?;
    let expires_at = body
        .get("expires_at")
        .and_then(|v| v.as_str())
        .and_then(|s| humantime::parse_rfc3339(s).ok())
        .unwrap_or_else(|| SystemTime::now() + DEFAULT_LIFETIME);
    let project_id = body
        .pointer("/project/id")
        .and_then(|v| v.as_str())
        .map(str::to_owned);
    let (endpoint, endpoint_region) = match body.get("catalog") {
        Some(catalog) => disv2_endpoint(catalog, region, project_id.as_deref()).unzip(),
        None => (None, None),
    };
    Ok(IssuedToken {
        token,
        expires_at,
        project_id,
        endpoint,
        endpoint_region: endpoint_region.flatten(),
    })
}

/// The public `disv2` endpoint of `catalog` in `region` (any region when `None`), with
/// project placeholders filled in, and the endpoint's region.
pub(crate) fn disv2_endpoint(
    catalog: &serde_json::Value,
    region: Option<&str>,
    project_id: Option<&str>,
) -> Option<(String, Option<String>)> {
    let services = catalog.as_array()?;
    let endpoints = services
        .iter()
        .filter(|s| s.get("type").and_then(|t| t.as_str()) == Some(DIS_SERVICE_TYPE))
        .filter_map(|s| s.get("endpoints").and_then(|e| e.as_array()))
        .flatten();
    let region_of = |e: &serde_json::Value| {
        e.get("region_id")
            .or_else(|| e.get("region"))
            .and_then(|r| r.as_str())
            .map(str::to_owned)
    };
    let chosen = endpoints
        .filter(|e| {
            e.get("interface")
                .and_then(|i| i.as_str())
                .is_none_or(|i| i == "public")
        })
        .find(|e| match region {
            None => true,
            Some(wanted) => {
                region_of(e).as_deref() == Some(wanted)
                    || e.get("region").and_then(|r| r.as_str()) == Some(wanted)
            }
        })?;
    let mut url = chosen.get("url")?.as_str()?.to_owned();
    if let Some(pid) = project_id {
        for placeholder in [
            "$(project_id)s",
            "%(project_id)s",
            "$(tenant_id)s",
            "%(tenant_id)s",
        ] {
            url = url.replace(placeholder, pid);
        }
    }
    Some((url, region_of(chosen)))
}

/// A cached token with the generation that identifies it.
#[derive(Debug)]
struct Cached {
    token: SecretString,
    expires_at: SystemTime,
    generation: u64,
}

#[derive(Debug, Default)]
struct State {
    cached: Option<Cached>,
    generation: u64,
}

/// Issues tokens with a password and keeps the current one.
#[derive(Debug)]
pub(crate) struct TokenSource {
    auth: PasswordAuth,
    region: Option<String>,
    state: tokio::sync::Mutex<State>,
}

impl TokenSource {
    pub(crate) fn new(auth: PasswordAuth, region: Option<String>) -> Self {
        Self {
            auth,
            region,
            state: tokio::sync::Mutex::new(State::default()),
        }
    }

    /// Logs in now and keeps the token; used by `Client::connect` to fail early and to
    /// learn the project and the endpoint.
    pub(crate) async fn prime(
        &self,
        http: &reqwest::Client,
        settings: &Settings,
    ) -> Result<IssuedToken, IamError> {
        let issued = issue(http, &self.auth, self.region.as_deref(), settings).await?;
        let mut state = self.state.lock().await;
        state.generation += 1;
        state.cached = Some(Cached {
            token: issued.token.clone(),
            expires_at: issued.expires_at,
            generation: state.generation,
        });
        Ok(issued)
    }

    /// The current token, issuing a new one when there is none or it expires within
    /// [`REFRESH_MARGIN`]. Concurrent callers wait for one login.
    pub(crate) async fn current(
        &self,
        http: &reqwest::Client,
        settings: &Settings,
    ) -> Result<(SecretString, u64), AuthFailure> {
        let mut state = self.state.lock().await;
        if let Some(cached) = &state.cached {
            let left = cached.expires_at.duration_since(SystemTime::now());
            if left.is_ok_and(|left| left > REFRESH_MARGIN) {
                return Ok((cached.token.clone(), cached.generation));
            }
            tracing::debug!(expires_at = %humantime::format_rfc3339_seconds(cached.expires_at), "IAM token expires soon; requesting a new one");
        }
        let issued = issue(http, &self.auth, self.region.as_deref(), settings).await?;
        state.generation += 1;
        let generation = state.generation;
        state.cached = Some(Cached {
            token: issued.token.clone(),
            expires_at: issued.expires_at,
            generation,
        });
        Ok((issued.token, generation))
    }

    /// Drops the token of `generation` (a newer one, fetched meanwhile, is kept).
    pub(crate) async fn invalidate(&self, generation: u64) {
        let mut state = self.state.lock().await;
        if state
            .cached
            .as_ref()
            .is_some_and(|c| c.generation == generation)
        {
            tracing::debug!("DIS refused the IAM token; it will be renewed");
            state.cached = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = r#"{"token": {
        "expires_at": "2030-01-02T03:04:05.123000Z",
        "project": {"id": "pid123", "name": "eu-de"},
        "catalog": [
            {"type": "compute", "endpoints": [{"interface": "public", "region": "eu-de", "url": "https://ecs"}]},
            {"type": "disv2", "name": "dis", "endpoints": [
                {"interface": "internal", "region": "eu-de", "url": "https://internal/v2/pid123"},
                {"interface": "public", "region": "eu-nl", "region_id": "eu-nl", "url": "https://dis.eu-nl.otc.t-systems.com/v2/pid123"},
                {"interface": "public", "region": "eu-de", "region_id": "eu-de", "url": "https://dis.eu-de.otc.t-systems.com/v2/$(tenant_id)s"}
            ]}
        ]}}"#;

    #[test]
    fn token_body_gives_project_expiry_and_regional_endpoint() {
        let t = parse_token_body(SecretString::from("t"), BODY.as_bytes(), Some("eu-de")).unwrap();
        assert_eq!(t.project_id.as_deref(), Some("pid123"));
        assert_eq!(
            t.endpoint.as_deref(),
            Some("https://dis.eu-de.otc.t-systems.com/v2/pid123")
        );
        assert_eq!(t.endpoint_region.as_deref(), Some("eu-de"));
        assert_eq!(
            humantime::format_rfc3339_millis(t.expires_at).to_string(),
            "2030-01-02T03:04:05.123Z"
        );
    }

    #[test]
    fn without_region_the_first_public_endpoint_is_taken() {
        let t = parse_token_body(SecretString::from("t"), BODY.as_bytes(), None).unwrap();
        assert_eq!(
            t.endpoint.as_deref(),
            Some("https://dis.eu-nl.otc.t-systems.com/v2/pid123")
        );
    }

    #[test]
    fn missing_catalog_entry_gives_no_endpoint() {
        let t = parse_token_body(
            SecretString::from("t"),
            br#"{"token": {"catalog": []}}"#,
            Some("eu-de"),
        )
        .unwrap();
        assert!(t.endpoint.is_none() && t.project_id.is_none());
        assert!(t.expires_at > SystemTime::now());
    }

    #[test]
    fn iam_error_shapes_are_read() {
        let (code, msg) = iam_error_text(br#"{"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}"#);
        assert_eq!(
            (code, msg.as_str()),
            (None, "The request you have made requires authentication.")
        );
        let (code, msg) =
            iam_error_text(br#"{"error_code": "IAM.0006", "error_msg": "bad password"}"#);
        assert_eq!(
            (code.as_deref(), msg.as_str()),
            (Some("IAM.0006"), "bad password")
        );
        let (_, msg) = iam_error_text(b"<html>502</html>");
        assert_eq!(msg, "<html>502</html>");
    }
}
