//! Credentials, and how each request is authenticated with them.
//!
//! * [`Credentials::Password`]: a Keystone password login at IAM gives a token that is
//!   cached, replaced when less than 10 minutes of its 24 hours are left, and renewed once
//!   when DIS answers 401.
//! * [`Credentials::Token`]: a token obtained elsewhere, sent as it is.
//! * [`Credentials::AkSk`]: every attempt is signed afresh with the API gateway's AK/SK signature.
//! * [`Credentials::Anonymous`]: nothing is added, for the local emulator.
//!
//! Every secret is a [`SecretString`]: `Debug` prints `[REDACTED]` and there is no `Display`.
//!
//! ```
//! use otc_dis::auth::{Credentials, DomainRef, PasswordAuth, ProjectScope, UserRef};
//! let creds = Credentials::Password(PasswordAuth::new(
//!     "https://iam.eu-de.otc.t-systems.com/v3",
//!     UserRef::name("alice", DomainRef::name("OTC00000000001000000001")),
//!     "s3cret",
//!     ProjectScope::name("eu-de", DomainRef::name("OTC00000000001000000001")),
//! ));
//! assert!(!format!("{creds:?}").contains("s3cret"));
//! ```

pub(crate) mod iam;
#[cfg(feature = "signing")]
pub mod signing;
#[cfg(not(feature = "signing"))]
#[allow(dead_code, unreachable_pub)]
pub(crate) mod signing;

use std::sync::Arc;

use reqwest::header::{HeaderName, HeaderValue};
use secrecy::{ExposeSecret, SecretString};

pub use signing::SignatureForm;

/// How requests are authenticated.
///
/// ```
/// use otc_dis::auth::Credentials;
/// assert_eq!(Credentials::token("gAAAA").kind(), "token");
/// assert_eq!(Credentials::Anonymous.kind(), "none");
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub enum Credentials {
    /// No credentials: requests go out unauthenticated (the local emulator accepts that).
    #[default]
    Anonymous,
    /// A fixed IAM token, sent as `X-Auth-Token`.
    Token(TokenAuth),
    /// A user's password, exchanged at IAM for a project-scoped token.
    Password(PasswordAuth),
    /// An access key pair that signs every request.
    AkSk(AkSk),
}

impl Credentials {
    /// A fixed token.
    pub fn token(token: impl Into<String>) -> Self {
        Self::Token(TokenAuth::new(token))
    }

    /// An access key pair signing in the default (DIS SDK, `Credential=`) form.
    pub fn aksk(access_key: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Self::AkSk(AkSk::new(access_key, secret_key))
    }

    /// A short name of the variant: `none`, `token`, `password` or `aksk`.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Anonymous => "none",
            Self::Token(_) => "token",
            Self::Password(_) => "password",
            Self::AkSk(_) => "aksk",
        }
    }
}

/// A fixed token, and optionally the IAM URL to look up its project and catalog.
///
/// ```
/// let t = otc_dis::auth::TokenAuth::new("gAAAA").with_auth_url("https://iam.eu-de.otc.t-systems.com/v3");
/// assert_eq!(t.auth_url(), Some("https://iam.eu-de.otc.t-systems.com/v3"));
/// ```
#[derive(Debug, Clone)]
pub struct TokenAuth {
    token: SecretString,
    auth_url: Option<String>,
}

impl TokenAuth {
    /// A token without an IAM URL.
    pub fn new(token: impl Into<String>) -> Self {
        Self {
            token: SecretString::from(token.into()),
            auth_url: None,
        }
    }

    /// The same token with the IAM URL (`https://iam.{region}.otc.t-systems.com/v3`), used to
    /// find the project and the DIS endpoint when they are not configured.
    pub fn with_auth_url(mut self, auth_url: impl Into<String>) -> Self {
        self.auth_url = Some(auth_url.into());
        self
    }

    /// The token.
    pub fn token(&self) -> &SecretString {
        &self.token
    }

    /// The IAM URL, if any.
    pub fn auth_url(&self) -> Option<&str> {
        self.auth_url.as_deref()
    }
}

/// A domain (the OTC account) by id or name.
///
/// ```
/// use otc_dis::auth::DomainRef;
/// assert_eq!(DomainRef::name("OTC0001").to_string(), "name OTC0001");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DomainRef {
    /// The domain id.
    Id(String),
    /// The domain name, e.g. `OTC00000000001000000001`.
    Name(String),
}

impl DomainRef {
    /// A domain by id.
    pub fn id(id: impl Into<String>) -> Self {
        Self::Id(id.into())
    }

    /// A domain by name.
    pub fn name(name: impl Into<String>) -> Self {
        Self::Name(name.into())
    }

    fn to_json(&self) -> serde_json::Value {
        match self {
            Self::Id(id) => serde_json::json!({ "id": id }),
            Self::Name(name) => serde_json::json!({ "name": name }),
        }
    }
}

impl std::fmt::Display for DomainRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Id(id) => write!(f, "id {id}"),
            Self::Name(name) => write!(f, "name {name}"),
        }
    }
}

/// The user who logs in: by id, or by name within a domain.
///
/// ```
/// use otc_dis::auth::{DomainRef, UserRef};
/// let u = UserRef::name("alice", DomainRef::name("OTC0001"));
/// assert_eq!(u.to_string(), "alice (domain name OTC0001)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum UserRef {
    /// The user id (no domain needed).
    Id(String),
    /// The user name and its domain.
    Name {
        /// The user name.
        name: String,
        /// The user's domain.
        domain: DomainRef,
    },
}

impl UserRef {
    /// A user by id.
    pub fn id(id: impl Into<String>) -> Self {
        Self::Id(id.into())
    }

    /// A user by name in `domain`.
    pub fn name(name: impl Into<String>, domain: DomainRef) -> Self {
        Self::Name {
            name: name.into(),
            domain,
        }
    }
}

impl std::fmt::Display for UserRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Id(id) => write!(f, "id {id}"),
            Self::Name { name, domain } => write!(f, "{name} (domain {domain})"),
        }
    }
}

/// The project a token is scoped to (required by IAM for DIS).
///
/// ```
/// use otc_dis::auth::{DomainRef, ProjectScope};
/// assert_eq!(ProjectScope::id("0123abcd").to_string(), "id 0123abcd");
/// assert_eq!(ProjectScope::name("eu-de", DomainRef::name("OTC0001")).to_string(), "eu-de (domain name OTC0001)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProjectScope {
    /// The project id.
    Id(String),
    /// The project name (e.g. `eu-de` or `eu-de_myproject`) and its domain.
    Name {
        /// The project name.
        name: String,
        /// The project's domain (on OTC, the user's domain).
        domain: DomainRef,
    },
}

impl ProjectScope {
    /// A project by id.
    pub fn id(id: impl Into<String>) -> Self {
        Self::Id(id.into())
    }

    /// A project by name in `domain`.
    pub fn name(name: impl Into<String>, domain: DomainRef) -> Self {
        Self::Name {
            name: name.into(),
            domain,
        }
    }
}

impl std::fmt::Display for ProjectScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Id(id) => write!(f, "id {id}"),
            Self::Name { name, domain } => write!(f, "{name} (domain {domain})"),
        }
    }
}

/// A password login at IAM (`{auth_url}/v3/auth/tokens`).
///
/// ```
/// use otc_dis::auth::{PasswordAuth, ProjectScope, UserRef};
/// let p = PasswordAuth::new("https://iam.eu-de.otc.t-systems.com/v3", UserRef::id("u1"), "pw", ProjectScope::id("p1"));
/// assert_eq!(p.tokens_url(), "https://iam.eu-de.otc.t-systems.com/v3/auth/tokens");
/// assert!(!format!("{p:?}").contains("\"pw\""));
/// ```
#[derive(Debug, Clone)]
pub struct PasswordAuth {
    auth_url: String,
    user: UserRef,
    password: SecretString,
    project: ProjectScope,
}

impl PasswordAuth {
    /// A login of `user` with `password`, scoped to `project`, at `auth_url` (with or
    /// without the trailing `/v3`).
    pub fn new(
        auth_url: impl Into<String>,
        user: UserRef,
        password: impl Into<String>,
        project: ProjectScope,
    ) -> Self {
        Self {
            auth_url: auth_url.into(),
            user,
            password: SecretString::from(password.into()),
            project,
        }
    }

    /// The IAM URL as configured.
    pub fn auth_url(&self) -> &str {
        &self.auth_url
    }

    /// Where tokens are requested: `{auth_url}/v3/auth/tokens` (no doubled `/v3`).
    pub fn tokens_url(&self) -> String {
        tokens_url(&self.auth_url)
    }

    /// The user.
    pub fn user(&self) -> &UserRef {
        &self.user
    }

    /// The password.
    pub fn password(&self) -> &SecretString {
        &self.password
    }

    /// The project scope.
    pub fn project(&self) -> &ProjectScope {
        &self.project
    }

    /// The JSON body of the token request. It holds the password: never log it.
    pub(crate) fn request_body(&self) -> serde_json::Value {
        let user = match &self.user {
            UserRef::Id(id) => {
                serde_json::json!({ "id": id, "password": self.password.expose_secret() })
            }
            UserRef::Name { name, domain } => serde_json::json!({
                "name": name,
                "password": self.password.expose_secret(),
                "domain": domain.to_json(),
            }),
        };
        let project = match &self.project {
            ProjectScope::Id(id) => serde_json::json!({ "id": id }),
            ProjectScope::Name { name, domain } => {
                serde_json::json!({ "name": name, "domain": domain.to_json() })
            }
        };
        serde_json::json!({
            "auth": {
                "identity": { "methods": ["password"], "password": { "user": user } },
                "scope": { "project": project },
            }
        })
    }
}

/// `{auth_url}/v3/auth/tokens`, whether or not `auth_url` already ends in `/v3`.
pub(crate) fn tokens_url(auth_url: &str) -> String {
    let base = auth_url.trim().trim_end_matches('/');
    if base.ends_with("/v3") {
        format!("{base}/auth/tokens")
    } else {
        format!("{base}/v3/auth/tokens")
    }
}

/// An access key pair (permanent, or temporary with a security token) and the
/// signature form to use.
///
/// ```
/// use otc_dis::auth::{AkSk, SignatureForm};
/// let k = AkSk::new("AK", "secret-key-123").with_security_token("sec-token-456").with_form(SignatureForm::Gateway);
/// assert_eq!((k.access_key(), k.form()), ("AK", SignatureForm::Gateway));
/// let debug = format!("{k:?}");
/// assert!(!debug.contains("secret-key-123") && !debug.contains("sec-token-456"));
/// ```
#[derive(Debug, Clone)]
pub struct AkSk {
    access_key: String,
    secret_key: SecretString,
    security_token: Option<SecretString>,
    form: SignatureForm,
}

impl AkSk {
    /// A permanent key pair, signing in [`SignatureForm::Sdk`].
    pub fn new(access_key: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Self {
            access_key: access_key.into().trim().to_owned(),
            secret_key: SecretString::from(secret_key.into().trim().to_owned()),
            security_token: None,
            form: SignatureForm::Sdk,
        }
    }

    /// The same pair as a temporary key with its security token (sent as `X-Security-Token`).
    pub fn with_security_token(mut self, token: impl Into<String>) -> Self {
        self.security_token = Some(SecretString::from(token.into()));
        self
    }

    /// The same pair signing in `form`.
    pub fn with_form(mut self, form: SignatureForm) -> Self {
        self.form = form;
        self
    }

    /// The access key id.
    pub fn access_key(&self) -> &str {
        &self.access_key
    }

    /// The secret key.
    pub fn secret_key(&self) -> &SecretString {
        &self.secret_key
    }

    /// The security token of a temporary key.
    pub fn security_token(&self) -> Option<&SecretString> {
        self.security_token.as_ref()
    }

    /// The signature form.
    pub fn form(&self) -> SignatureForm {
        self.form
    }
}

/// The X-Auth-Token header.
const X_AUTH_TOKEN: HeaderName = HeaderName::from_static("x-auth-token");

/// A header value that `Debug` of the request will not show.
pub(crate) fn sensitive(value: &str) -> Result<HeaderValue, String> {
    let mut value = HeaderValue::from_str(value).map_err(|_| {
        "a credential contains characters that cannot go into an HTTP header".to_owned()
    })?;
    value.set_sensitive(true);
    Ok(value)
}

/// Authenticates requests of one client (the runtime form of [`Credentials`]).
#[derive(Debug, Clone, Default)]
pub(crate) enum Authenticator {
    #[default]
    Anonymous,
    Token(SecretString),
    Iam(Arc<iam::TokenSource>),
    AkSk {
        key: AkSk,
        region: String,
    },
}

/// Why a request could not be authenticated.
pub(crate) enum AuthFailure {
    /// IAM answered with an error, or with no usable token.
    Refused(crate::error::ApiError),
    /// IAM could not be reached; the message names it and every cause.
    Unreachable(String),
    /// IAM answered, but not with a usable token; the message says how.
    Unreadable(String),
    /// The request could not be signed; the message says why.
    Local(String),
}

/// What was used to authenticate one attempt, to invalidate exactly that token on a 401.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Applied {
    pub(crate) generation: Option<u64>,
}

impl Authenticator {
    /// True when a 401 can be answered by logging in again.
    pub(crate) fn can_renew(&self) -> bool {
        matches!(self, Self::Iam(_))
    }

    /// Forgets the token of `applied`, so the next attempt logs in again.
    pub(crate) async fn invalidate(&self, applied: Applied) {
        if let (Self::Iam(source), Some(generation)) = (self, applied.generation) {
            source.invalidate(generation).await;
        }
    }

    /// Adds the credentials to one attempt: a token header, or a fresh signature.
    pub(crate) async fn apply(
        &self,
        http: &reqwest::Client,
        request: &mut reqwest::Request,
        settings: &crate::http::Settings,
    ) -> Result<Applied, AuthFailure> {
        match self {
            Self::Anonymous => Ok(Applied::default()),
            Self::Token(token) => {
                let value = sensitive(token.expose_secret()).map_err(AuthFailure::Local)?;
                request.headers_mut().insert(X_AUTH_TOKEN, value);
                Ok(Applied::default())
            }
            Self::Iam(source) => {
                let (token, generation) = source.current(http, settings).await?;
                let value = sensitive(token.expose_secret()).map_err(AuthFailure::Local)?;
                request.headers_mut().insert(X_AUTH_TOKEN, value);
                Ok(Applied {
                    generation: Some(generation),
                })
            }
            Self::AkSk { key, region } => {
                sign_request(request, key, region, std::time::SystemTime::now())
                    .map_err(AuthFailure::Local)?;
                Ok(Applied::default())
            }
        }
    }
}

/// Signs `request` in place at `now`: sets Host, X-Sdk-Date, X-Security-Token and
/// Authorization. Signs `content-type` when present, `host`, `x-sdk-date` and
/// `x-security-token` when present.
pub(crate) fn sign_request(
    request: &mut reqwest::Request,
    key: &AkSk,
    region: &str,
    now: std::time::SystemTime,
) -> Result<(), String> {
    let url = request.url().clone();
    let host = match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_owned(),
        (None, _) => {
            return Err(format!(
                "cannot sign a request to {url}: the URL has no host"
            ));
        }
    };
    let headers = request.headers_mut();
    headers.insert(
        reqwest::header::HOST,
        HeaderValue::from_str(&host).map_err(|_| format!("cannot sign: invalid host {host:?}"))?,
    );
    headers.insert(
        HeaderName::from_static(signing::X_SDK_DATE),
        HeaderValue::from_str(&signing::format_sdk_date(now)).expect("the date is ASCII"),
    );
    if let Some(token) = &key.security_token {
        headers.insert(
            HeaderName::from_static(signing::X_SECURITY_TOKEN),
            sensitive(token.expose_secret())?,
        );
    }
    let mut names = vec!["host", signing::X_SDK_DATE];
    if request
        .headers()
        .contains_key(reqwest::header::CONTENT_TYPE)
    {
        names.push("content-type");
    }
    if key.security_token.is_some() {
        names.push(signing::X_SECURITY_TOKEN);
    }
    let body = match request.body() {
        None => &[][..],
        Some(body) => body
            .as_bytes()
            .ok_or("cannot sign a streamed request body; send the body as bytes")?,
    };
    let signed = signing::Signer::new(
        key.form,
        &key.access_key,
        key.secret_key.expose_secret(),
        region,
    )
    .sign(
        &signing::SignedRequest::new(
            request.method().as_str(),
            url.path(),
            url.query(),
            request.headers(),
            body,
        ),
        &names,
    )
    .map_err(|e| format!("cannot sign the request: {e}"))?;
    let authorization = sensitive(&signed.authorization)?;
    request
        .headers_mut()
        .insert(reqwest::header::AUTHORIZATION, authorization);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_url_handles_v3_and_slashes() {
        assert_eq!(
            tokens_url("https://iam.eu-de.otc.t-systems.com:443/v3"),
            "https://iam.eu-de.otc.t-systems.com:443/v3/auth/tokens"
        );
        assert_eq!(
            tokens_url("http://127.0.0.1:1/v3/"),
            "http://127.0.0.1:1/v3/auth/tokens"
        );
        assert_eq!(
            tokens_url("http://127.0.0.1:1"),
            "http://127.0.0.1:1/v3/auth/tokens"
        );
    }

    #[test]
    fn password_body_has_scope_and_domain() {
        let p = PasswordAuth::new(
            "http://x",
            UserRef::name("u", DomainRef::name("d")),
            "pw",
            ProjectScope::name("eu-de", DomainRef::name("d")),
        );
        let body = p.request_body();
        assert_eq!(
            body["auth"]["identity"]["password"]["user"]["domain"]["name"],
            "d"
        );
        assert_eq!(body["auth"]["scope"]["project"]["name"], "eu-de");
        assert_eq!(body["auth"]["identity"]["methods"][0], "password");
    }

    #[test]
    fn signing_a_reqwest_request_sets_all_headers() {
        let client = crate::http::http_client(&crate::http::Timeouts::default()).unwrap();
        let mut request = client
            .post("http://127.0.0.1:8080/v2/p/records?b=1&a=2")
            .header("content-type", "application/json")
            .body("{}")
            .build()
            .unwrap();
        let key = AkSk::new("AK", "SK").with_security_token("tok");
        let now = signing::parse_sdk_date("20240102T030405Z").unwrap();
        sign_request(&mut request, &key, "eu-de", now).unwrap();
        let h = request.headers();
        assert_eq!(h["host"], "127.0.0.1:8080");
        assert_eq!(h["x-sdk-date"], "20240102T030405Z");
        assert!(h["authorization"].is_sensitive() && h["x-security-token"].is_sensitive());
        let auth = h["authorization"].to_str().unwrap();
        assert!(
            auth.contains("SignedHeaders=content-type;host;x-sdk-date;x-security-token"),
            "{auth}"
        );
        let received =
            signing::SignedRequest::new("POST", "/v2/p/records", Some("b=1&a=2"), h, b"{}");
        assert_eq!(signing::verify(&received, |_| Some("SK".into())), Ok(()));
    }
}
