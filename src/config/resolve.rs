//! From the merged settings (explicit > environment > files) to a [`Config`]: where DIS
//! is (region, endpoint, project, IAM URL), which credentials, and whether they are
//! complete for addressing DIS.

use super::endpoint::{check_auth_url, check_endpoint, check_endpoint_project};
use super::settings::{Merged, Setting, where_to_set};
use super::{Config, RecordEncoding};
use crate::auth::{
    AkSk, Credentials, DomainRef, PasswordAuth, ProjectScope, SignatureForm, TokenAuth, UserRef,
};
use crate::error::ConfigError;
use crate::http::{RetryPolicy, Timeouts};

/// What the builder holds besides the layers of settings.
pub(super) struct Given {
    pub(super) credentials: Option<Credentials>,
    pub(super) retry: RetryPolicy,
    pub(super) timeouts: Timeouts,
    pub(super) cloud: Option<String>,
}

/// The configuration of the merged settings, or what is wrong or missing, with every
/// place searched.
pub(super) fn resolve(
    m: &Merged<'_>,
    given: Given,
    looked_in: Vec<String>,
) -> Result<Config, ConfigError> {
    let resolved = Addressing::of(m).and_then(|addressing| {
        let credentials = match given.credentials {
            Some(credentials) => check_given(credentials)?,
            None => credentials_of(m, &addressing)?,
        };
        check_complete(&credentials, &addressing)?;
        Ok((addressing, credentials))
    });
    let (addressing, credentials) = resolved.map_err(|e| e.with_looked_in(looked_in.clone()))?;
    let record_encoding = record_encoding(m).map_err(|e| e.with_looked_in(looked_in.clone()))?;
    Ok(Config {
        record_encoding,
        credentials,
        region: addressing.region,
        project_id: addressing.project_id,
        endpoint: addressing.endpoint,
        retry: given.retry,
        timeouts: given.timeouts,
        cloud: given.cloud,
        looked_in,
    })
}

fn record_encoding(m: &Merged<'_>) -> Result<RecordEncoding, ConfigError> {
    match m.value(Setting::RecordEncoding) {
        Some(text) => text
            .text()
            .parse()
            .map_err(|e| ConfigError::new(format!("{}: {e}", text.origin()))),
        None => Ok(RecordEncoding::default()),
    }
}

/// Where DIS and IAM are, as far as the settings say.
struct Addressing {
    region: Option<String>,
    endpoint: Option<String>,
    project_id: Option<String>,
    auth_url: Option<String>,
    form: SignatureForm,
}

impl Addressing {
    fn of(m: &Merged<'_>) -> Result<Self, ConfigError> {
        let otc_profile = m
            .get(Setting::Profile)
            .is_some_and(|p| p.eq_ignore_ascii_case("otc"));
        let region = m
            .owned(Setting::Region)
            .or_else(|| otc_profile.then(|| "eu-de".to_owned()));
        let (endpoint, project_id) = endpoint_and_project(m)?;
        let auth_url = match m.value(Setting::AuthUrl) {
            Some(url) => {
                check_auth_url(url.origin(), url.text()).map_err(ConfigError::new)?;
                Some(url.text().to_owned())
            }
            None => otc_profile.then(|| {
                format!(
                    "https://iam.{}.otc.t-systems.com/v3",
                    region.as_deref().unwrap_or("eu-de")
                )
            }),
        };
        let form = match m.value(Setting::SignatureForm) {
            Some(text) => text
                .text()
                .parse::<SignatureForm>()
                .map_err(|e| ConfigError::new(format!("{}: {e}", text.origin())))?,
            None => SignatureForm::default(),
        };
        Ok(Self {
            region,
            endpoint,
            project_id,
            auth_url,
            form,
        })
    }
}

/// The checked endpoint, and the project: configured, else the endpoint's. Both must agree.
fn endpoint_and_project(m: &Merged<'_>) -> Result<(Option<String>, Option<String>), ConfigError> {
    let Some(endpoint) = m.value(Setting::Endpoint) else {
        return Ok((None, m.owned(Setting::ProjectId)));
    };
    let (origin, text) = (endpoint.origin(), endpoint.text());
    let in_endpoint = check_endpoint(origin, text)
        .map_err(ConfigError::new)?
        .project_id;
    let project_id = match m.value(Setting::ProjectId) {
        Some(project) => {
            check_endpoint_project(origin, text, project.text(), project.origin())
                .map_err(ConfigError::new)?;
            Some(project.text().to_owned())
        }
        None => in_endpoint,
    };
    Ok((Some(text.to_owned()), project_id))
}

/// Credentials given whole to the builder: their IAM URL is checked like a setting.
fn check_given(credentials: Credentials) -> Result<Credentials, ConfigError> {
    let auth_url = match &credentials {
        Credentials::Token(token) => token.auth_url(),
        Credentials::Password(password) => Some(password.auth_url()),
        _ => None,
    };
    if let Some(url) = auth_url {
        check_auth_url("the IAM URL of ConfigBuilder::credentials", url)
            .map_err(ConfigError::new)?;
    }
    Ok(credentials)
}

/// The kinds of credentials the settings can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Password,
    Token,
    AkSk,
    None,
}

/// What kind of credentials the settings ask for: `auth_type` when given, else what is
/// set (a token, a user or password, a key, an endpoint alone), in that order.
fn credential_kind(m: &Merged<'_>) -> Result<Option<Kind>, ConfigError> {
    if let Some(auth_type) = m.value(Setting::AuthType) {
        return match auth_type.text().to_ascii_lowercase().as_str() {
            "password" | "v3password" => Ok(Some(Kind::Password)),
            "token" | "v3token" | "admin_token" => Ok(Some(Kind::Token)),
            "aksk" | "ak/sk" | "ak-sk" | "ak" => Ok(Some(Kind::AkSk)),
            "none" | "noauth" => Ok(Some(Kind::None)),
            other => Err(ConfigError::new(format!(
                "{}: auth_type {other:?} is not supported; use password, token, aksk or none",
                auth_type.origin()
            ))),
        };
    }
    Ok(if m.has(Setting::Token) {
        Some(Kind::Token)
    } else if m.has(Setting::Password) || m.has(Setting::Username) || m.has(Setting::UserId) {
        Some(Kind::Password)
    } else if m.has(Setting::AccessKey) || m.has(Setting::SecretKey) {
        Some(Kind::AkSk)
    } else if m.has(Setting::Endpoint) {
        Some(Kind::None)
    } else {
        None
    })
}

fn credentials_of(m: &Merged<'_>, a: &Addressing) -> Result<Credentials, ConfigError> {
    match credential_kind(m)? {
        None => Err(nothing_configured()),
        Some(Kind::Password) => password_credentials(m, a),
        Some(Kind::Token) => token_credentials(m, a),
        Some(Kind::AkSk) => aksk_credentials(m, a),
        Some(Kind::None) => Ok(Credentials::Anonymous),
    }
}

fn nothing_configured() -> ConfigError {
    ConfigError::new("no credentials and no endpoint are configured").with_missing(vec![
        where_to_set("a password login", &[Setting::Username, Setting::Password]),
        where_to_set("a token", &[Setting::Token]),
        where_to_set(
            "an access key pair",
            &[Setting::AccessKey, Setting::SecretKey],
        ),
        where_to_set(
            "or, for the local emulator, only an endpoint",
            &[Setting::Endpoint],
        ),
    ])
}

fn token_credentials(m: &Merged<'_>, a: &Addressing) -> Result<Credentials, ConfigError> {
    let token = m.owned(Setting::Token).ok_or_else(|| {
        ConfigError::new("auth_type is token, but there is no token")
            .with_missing(vec![where_to_set("token", &[Setting::Token])])
    })?;
    let mut auth = TokenAuth::new(token);
    if let Some(url) = &a.auth_url {
        auth = auth.with_auth_url(url.clone());
    }
    Ok(Credentials::Token(auth))
}

fn aksk_credentials(m: &Merged<'_>, a: &Addressing) -> Result<Credentials, ConfigError> {
    let (Some(access_key), Some(secret_key)) =
        (m.get(Setting::AccessKey), m.get(Setting::SecretKey))
    else {
        let mut missing = Vec::new();
        if !m.has(Setting::AccessKey) {
            missing.push(where_to_set("access key", &[Setting::AccessKey]));
        }
        if !m.has(Setting::SecretKey) {
            missing.push(where_to_set("secret key", &[Setting::SecretKey]));
        }
        return Err(
            ConfigError::new("cannot sign requests: the access key pair is incomplete")
                .with_missing(missing),
        );
    };
    let mut key = AkSk::new(access_key, secret_key).with_form(a.form);
    if let Some(token) = m.get(Setting::SecurityToken) {
        key = key.with_security_token(token);
    }
    Ok(Credentials::AkSk(key))
}

/// The domains a password login may name: the user's, the project's, and the shared
/// `domain_name` / `domain_id` that stands in for either.
struct Domains {
    user: Option<DomainRef>,
    project: Option<DomainRef>,
}

impl Domains {
    fn of(m: &Merged<'_>) -> Self {
        let domain = |name: Setting, id: Setting| {
            m.owned(name)
                .map(DomainRef::Name)
                .or_else(|| m.owned(id).map(DomainRef::Id))
        };
        let shared = domain(Setting::DomainName, Setting::DomainId);
        let user =
            domain(Setting::UserDomainName, Setting::UserDomainId).or_else(|| shared.clone());
        let project = domain(Setting::ProjectDomainName, Setting::ProjectDomainId)
            .or(shared)
            .or_else(|| user.clone());
        Self { user, project }
    }
}

fn password_credentials(m: &Merged<'_>, a: &Addressing) -> Result<Credentials, ConfigError> {
    let mut missing = Vec::new();
    if a.auth_url.is_none() {
        missing.push(where_to_set("IAM URL", &[Setting::AuthUrl]));
    }
    if !m.has(Setting::Password) {
        missing.push(where_to_set("password", &[Setting::Password]));
    }
    let domains = Domains::of(m);
    let user = user_ref(m, &domains, &mut missing);
    let project = project_scope(m, a, &domains, &mut missing);
    match (&a.auth_url, m.get(Setting::Password), user, project) {
        (Some(url), Some(password), Some(user), Some(project)) if missing.is_empty() => Ok(
            Credentials::Password(PasswordAuth::new(url.clone(), user, password, project)),
        ),
        _ => Err(
            ConfigError::new("cannot log in with a password: settings are missing")
                .with_missing(missing),
        ),
    }
}

/// The user: by id, else by name in its domain.
fn user_ref(m: &Merged<'_>, domains: &Domains, missing: &mut Vec<String>) -> Option<UserRef> {
    match (m.owned(Setting::UserId), m.owned(Setting::Username)) {
        (Some(id), _) => Some(UserRef::Id(id)),
        (None, Some(name)) => match &domains.user {
            Some(domain) => Some(UserRef::name(name, domain.clone())),
            None => {
                missing.push(where_to_set(
                    "user domain (a user name is only unique within its domain)",
                    &[
                        Setting::UserDomainName,
                        Setting::UserDomainId,
                        Setting::DomainName,
                        Setting::DomainId,
                    ],
                ));
                None
            }
        },
        (None, None) => {
            missing.push(where_to_set(
                "user (name or id)",
                &[Setting::Username, Setting::UserId],
            ));
            None
        }
    }
}

/// The project the token is scoped to: by id, else by name in its domain.
fn project_scope(
    m: &Merged<'_>,
    a: &Addressing,
    domains: &Domains,
    missing: &mut Vec<String>,
) -> Option<ProjectScope> {
    match (&a.project_id, m.owned(Setting::ProjectName)) {
        (Some(id), _) => Some(ProjectScope::Id(id.clone())),
        (None, Some(name)) => match &domains.project {
            Some(domain) => Some(ProjectScope::name(name, domain.clone())),
            None => {
                missing.push(where_to_set(
                    "project domain",
                    &[
                        Setting::ProjectDomainName,
                        Setting::ProjectDomainId,
                        Setting::UserDomainName,
                        Setting::DomainName,
                    ],
                ));
                None
            }
        },
        (None, None) => {
            missing.push(where_to_set(
                "project (IAM tokens for DIS must be scoped to a project)",
                &[Setting::ProjectId, Setting::ProjectName],
            ));
            None
        }
    }
}

/// Fails when the credentials cannot address DIS with the other settings.
fn check_complete(credentials: &Credentials, a: &Addressing) -> Result<(), ConfigError> {
    let missing = missing_to_address_dis(credentials, a);
    if missing.is_empty() {
        return Ok(());
    }
    let what = match credentials {
        Credentials::Token(_) => "a fixed token",
        Credentials::AkSk(_) => "AK/SK signing",
        Credentials::Password(_) => "a password login",
        _ => "a client without credentials",
    };
    Err(ConfigError::new(format!("{what} needs more settings")).with_missing(missing))
}

/// What each kind needs beyond its credentials to address DIS. A password login needs
/// nothing more: the token gives the project and usually the endpoint.
fn missing_to_address_dis(credentials: &Credentials, a: &Addressing) -> Vec<String> {
    let mut missing = Vec::new();
    match credentials {
        Credentials::Token(auth) => {
            if a.project_id.is_none() && auth.auth_url().is_none() {
                missing.push(where_to_set(
                    "project id (or auth_url, to look it up with the token)",
                    &[Setting::ProjectId, Setting::AuthUrl],
                ));
            }
            if a.endpoint.is_none() && a.region.is_none() && auth.auth_url().is_none() {
                missing.push(where_to_set(
                    "region (or the DIS endpoint)",
                    &[Setting::Region, Setting::Endpoint],
                ));
            }
        }
        Credentials::AkSk(key) => {
            if a.project_id.is_none() {
                missing.push(where_to_set(
                    "project id (AK/SK requests carry it in the path)",
                    &[Setting::ProjectId, Setting::Endpoint],
                ));
            }
            if a.region.is_none() && (a.endpoint.is_none() || key.form() != SignatureForm::Gateway)
            {
                missing.push(where_to_set(
                    &format!(
                        "region (the {} signature form signs it, and the default endpoint names it)",
                        key.form()
                    ),
                    &[Setting::Region],
                ));
            }
        }
        Credentials::Anonymous => {
            if a.endpoint.is_none() {
                missing.push(where_to_set(
                    "DIS endpoint (without credentials, only an explicit endpoint is used)",
                    &[Setting::Endpoint],
                ));
            } else if a.project_id.is_none() {
                missing.push(where_to_set(
                    "project id (or an endpoint ending in /v2/{project_id})",
                    &[Setting::ProjectId, Setting::Endpoint],
                ));
            }
        }
        _ => {}
    }
    missing
}
