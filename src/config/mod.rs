//! Where the client finds its endpoint, project and credentials.
//!
//! Every setting is taken from the first of these that has it:
//!
//! 1. explicit settings on a [`ConfigBuilder`];
//! 2. environment variables (`OS_*` as the OpenStack tools read them, plus `DIS_ENDPOINT`
//!    and `DIS_SIGNATURE_FORM`);
//! 3. the selected cloud of `clouds.yaml`, with `secure.yaml` merged over it, found the way
//!    openstacksdk finds them: `OS_CLIENT_CONFIG_FILE` (`OS_CLIENT_SECURE_FILE`), else the
//!    first of `./`, `$XDG_CONFIG_HOME/openstack/`, `~/.config/openstack/`, `/etc/openstack/`
//!    holding `clouds.yaml` (`.yml`, `.json`). The cloud is the one named by
//!    [`ConfigBuilder::cloud`] / [`Config::from_cloud`], else by `OS_CLOUD`; without a name
//!    no cloud is read.
//!
//! Unlike openstacksdk, which ignores `OS_*` variables once a cloud is named, single
//! variables here override single keys of the cloud.
//!
//! | setting | builder | environment | clouds.yaml (in the cloud) |
//! |---|---|---|---|
//! | IAM URL | `auth_url` | `OS_AUTH_URL` | `auth.auth_url` (or `profile: otc`) |
//! | user | `username`, `user_id` | `OS_USERNAME`, `OS_USER_ID` | `auth.username`, `auth.user_id` |
//! | password | `password` | `OS_PASSWORD` | `auth.password` |
//! | user domain | `user_domain_name`, `user_domain_id` | `OS_USER_DOMAIN_NAME`, `OS_USER_DOMAIN_ID`, `OS_DOMAIN_NAME`, `OS_DOMAIN_ID` | `auth.user_domain_name`, `auth.user_domain_id`, `auth.domain_name`, `auth.domain_id` |
//! | project | `project_id`, `project_name` | `OS_PROJECT_ID`, `OS_PROJECT_NAME` (`OS_TENANT_*`) | `auth.project_id`, `auth.project_name` |
//! | project domain | `project_domain_name`, `project_domain_id` | `OS_PROJECT_DOMAIN_NAME`, `OS_PROJECT_DOMAIN_ID` | `auth.project_domain_name`, `auth.project_domain_id`; default: the user domain |
//! | token | `token` | `OS_AUTH_TOKEN`, `OS_TOKEN` | `auth.token` |
//! | region | `region` | `OS_REGION_NAME` | `region_name`, first of `regions` |
//! | access key | `access_key` | `OS_ACCESS_KEY`, `OS_AK` | `ak`, `access_key` (also under `auth`) |
//! | secret key | `secret_key` | `OS_SECRET_KEY`, `OS_SK` | `sk`, `secret_key` (also under `auth`) |
//! | security token | `security_token` | `OS_SECURITY_TOKEN` | `security_token` (also under `auth`) |
//! | DIS endpoint | `endpoint` | `DIS_ENDPOINT`, `OS_DISV2_ENDPOINT_OVERRIDE` | `disv2_endpoint_override` |
//! | signature form | `signature_form` | `DIS_SIGNATURE_FORM` | `dis_signature_form` |
//! | credential kind | `credentials` | `OS_AUTH_TYPE` | `auth_type` |
//!
//! The kind of credentials is `auth_type` when given (`password`, `token`, `aksk`, `none`),
//! else: a token if there is one, else a password login if a user or password is set, else
//! AK/SK if a key is set, else none if an endpoint is set (the local emulator).
//!
//! ```no_run
//! # async fn run() -> otc_dis::Result<()> {
//! let config = otc_dis::config::Config::from_cloud("otc")?;
//! let client = otc_dis::Client::connect(config).await?;
//! # Ok(()) }
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};

use crate::auth::{
    AkSk, Credentials, DomainRef, PasswordAuth, ProjectScope, SignatureForm, TokenAuth, UserRef,
};
use crate::error::ConfigError;
use crate::http::{RetryPolicy, Timeouts};

/// The settings a client is built from.
///
/// `Debug` shows no secret.
///
/// ```
/// use otc_dis::config::Config;
/// let config = Config::builder()
///     .ignore_environment()
///     .ignore_files()
///     .endpoint("http://127.0.0.1:8080/v2/p1")
///     .build()
///     .unwrap();
/// assert_eq!(config.project_id(), Some("p1"));
/// assert_eq!(config.credentials().kind(), "none");
/// ```
#[derive(Debug, Clone)]
pub struct Config {
    credentials: Credentials,
    region: Option<String>,
    project_id: Option<String>,
    endpoint: Option<String>,
    retry: RetryPolicy,
    timeouts: Timeouts,
    cloud: Option<String>,
    looked_in: Vec<String>,
}

impl Config {
    /// A builder that reads the environment and clouds.yaml unless told not to.
    ///
    /// ```
    /// let builder = otc_dis::config::Config::builder().region("eu-de");
    /// # let _ = builder;
    /// ```
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// The configuration from the environment and, when `OS_CLOUD` names a cloud, from
    /// clouds.yaml / secure.yaml.
    ///
    /// ```no_run
    /// let config = otc_dis::config::Config::from_env()?;
    /// # Ok::<(), otc_dis::ConfigError>(())
    /// ```
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::builder().build()
    }

    /// The configuration of cloud `name` of clouds.yaml / secure.yaml (environment
    /// variables still override single settings).
    ///
    /// ```no_run
    /// let config = otc_dis::config::Config::from_cloud("otc")?;
    /// # Ok::<(), otc_dis::ConfigError>(())
    /// ```
    pub fn from_cloud(name: &str) -> Result<Self, ConfigError> {
        Self::builder().cloud(name).build()
    }

    /// The credentials.
    ///
    /// ```
    /// let c = otc_dis::config::Config::builder().ignore_environment().ignore_files()
    ///     .token("t").project_id("p").region("eu-de").build().unwrap();
    /// assert_eq!(c.credentials().kind(), "token");
    /// ```
    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }

    /// The region (`eu-de`, `eu-nl`, ...).
    ///
    /// ```
    /// let c = otc_dis::config::Config::builder().ignore_environment().ignore_files()
    ///     .endpoint("http://127.0.0.1:1/v2/p").region("eu-nl").build().unwrap();
    /// assert_eq!(c.region(), Some("eu-nl"));
    /// ```
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The project id, when configured or part of the endpoint (a password login learns it
    /// from the token at connect time).
    ///
    /// ```
    /// let c = otc_dis::config::Config::builder().ignore_environment().ignore_files()
    ///     .endpoint("http://127.0.0.1:1").project_id("p9").build().unwrap();
    /// assert_eq!(c.project_id(), Some("p9"));
    /// ```
    pub fn project_id(&self) -> Option<&str> {
        self.project_id.as_deref()
    }

    /// The DIS endpoint override, when set.
    ///
    /// ```
    /// let c = otc_dis::config::Config::builder().ignore_environment().ignore_files()
    ///     .endpoint("http://127.0.0.1:1/v2/p").build().unwrap();
    /// assert_eq!(c.endpoint(), Some("http://127.0.0.1:1/v2/p"));
    /// ```
    pub fn endpoint(&self) -> Option<&str> {
        self.endpoint.as_deref()
    }

    /// The retry policy.
    ///
    /// ```
    /// # let c = otc_dis::config::Config::builder().ignore_environment().ignore_files().endpoint("http://h/v2/p").build().unwrap();
    /// assert_eq!(c.retry().max_attempts(), 5);
    /// ```
    pub fn retry(&self) -> &RetryPolicy {
        &self.retry
    }

    /// The timeouts.
    ///
    /// ```
    /// # let c = otc_dis::config::Config::builder().ignore_environment().ignore_files().endpoint("http://h/v2/p").build().unwrap();
    /// assert_eq!(c.timeouts().total().as_secs(), 120);
    /// ```
    pub fn timeouts(&self) -> &Timeouts {
        &self.timeouts
    }

    /// The cloud of clouds.yaml that was read, if any.
    ///
    /// ```
    /// # let c = otc_dis::config::Config::builder().ignore_environment().ignore_files().endpoint("http://h/v2/p").build().unwrap();
    /// assert_eq!(c.cloud(), None);
    /// ```
    pub fn cloud(&self) -> Option<&str> {
        self.cloud.as_deref()
    }

    /// Where the settings were searched, for messages.
    ///
    /// ```
    /// # let c = otc_dis::config::Config::builder().ignore_environment().ignore_files().endpoint("http://h/v2/p").build().unwrap();
    /// assert!(c.looked_in()[0].contains("ConfigBuilder"));
    /// ```
    pub fn looked_in(&self) -> &[String] {
        &self.looked_in
    }
}

/// The settings that can come from the three sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Setting {
    AuthType,
    Profile,
    AuthUrl,
    Username,
    UserId,
    Password,
    UserDomainName,
    UserDomainId,
    DomainName,
    DomainId,
    ProjectName,
    ProjectId,
    ProjectDomainName,
    ProjectDomainId,
    Token,
    Region,
    AccessKey,
    SecretKey,
    SecurityToken,
    Endpoint,
    SignatureForm,
}

/// Where a setting can be given.
struct Spec {
    key: Setting,
    builder: &'static str,
    env: &'static [&'static str],
    yaml: &'static [&'static str],
    secret: bool,
}

const SPECS: &[Spec] = &[
    spec(
        Setting::AuthType,
        "credentials",
        &["OS_AUTH_TYPE"],
        &["auth_type"],
        false,
    ),
    spec(Setting::Profile, "-", &["OS_PROFILE"], &["profile"], false),
    spec(
        Setting::AuthUrl,
        "auth_url",
        &["OS_AUTH_URL"],
        &["auth.auth_url"],
        false,
    ),
    spec(
        Setting::Username,
        "username",
        &["OS_USERNAME", "OS_USER_NAME"],
        &["auth.username", "auth.user_name"],
        false,
    ),
    spec(
        Setting::UserId,
        "user_id",
        &["OS_USER_ID"],
        &["auth.user_id"],
        false,
    ),
    spec(
        Setting::Password,
        "password",
        &["OS_PASSWORD"],
        &["auth.password"],
        true,
    ),
    spec(
        Setting::UserDomainName,
        "user_domain_name",
        &["OS_USER_DOMAIN_NAME"],
        &["auth.user_domain_name"],
        false,
    ),
    spec(
        Setting::UserDomainId,
        "user_domain_id",
        &["OS_USER_DOMAIN_ID"],
        &["auth.user_domain_id"],
        false,
    ),
    spec(
        Setting::DomainName,
        "-",
        &["OS_DOMAIN_NAME"],
        &["auth.domain_name"],
        false,
    ),
    spec(
        Setting::DomainId,
        "-",
        &["OS_DOMAIN_ID"],
        &["auth.domain_id"],
        false,
    ),
    spec(
        Setting::ProjectName,
        "project_name",
        &["OS_PROJECT_NAME", "OS_TENANT_NAME"],
        &["auth.project_name", "auth.tenant_name"],
        false,
    ),
    spec(
        Setting::ProjectId,
        "project_id",
        &["OS_PROJECT_ID", "OS_TENANT_ID"],
        &["auth.project_id", "auth.tenant_id"],
        false,
    ),
    spec(
        Setting::ProjectDomainName,
        "project_domain_name",
        &["OS_PROJECT_DOMAIN_NAME"],
        &["auth.project_domain_name"],
        false,
    ),
    spec(
        Setting::ProjectDomainId,
        "project_domain_id",
        &["OS_PROJECT_DOMAIN_ID"],
        &["auth.project_domain_id"],
        false,
    ),
    spec(
        Setting::Token,
        "token",
        &["OS_AUTH_TOKEN", "OS_TOKEN"],
        &["auth.token"],
        true,
    ),
    spec(
        Setting::Region,
        "region",
        &["OS_REGION_NAME"],
        &["region_name", "regions"],
        false,
    ),
    spec(
        Setting::AccessKey,
        "access_key",
        &["OS_ACCESS_KEY", "OS_AK"],
        &["ak", "access_key", "auth.ak", "auth.access_key"],
        false,
    ),
    spec(
        Setting::SecretKey,
        "secret_key",
        &["OS_SECRET_KEY", "OS_SK"],
        &["sk", "secret_key", "auth.sk", "auth.secret_key"],
        true,
    ),
    spec(
        Setting::SecurityToken,
        "security_token",
        &["OS_SECURITY_TOKEN"],
        &["security_token", "auth.security_token"],
        true,
    ),
    spec(
        Setting::Endpoint,
        "endpoint",
        &["DIS_ENDPOINT", "OS_DISV2_ENDPOINT_OVERRIDE"],
        &["disv2_endpoint_override"],
        false,
    ),
    spec(
        Setting::SignatureForm,
        "signature_form",
        &["DIS_SIGNATURE_FORM"],
        &["dis_signature_form"],
        false,
    ),
];

const fn spec(
    key: Setting,
    builder: &'static str,
    env: &'static [&'static str],
    yaml: &'static [&'static str],
    secret: bool,
) -> Spec {
    Spec {
        key,
        builder,
        env,
        yaml,
        secret,
    }
}

fn spec_of(key: Setting) -> &'static Spec {
    SPECS
        .iter()
        .find(|s| s.key == key)
        .expect("every key has a spec")
}

/// "what: ConfigBuilder::a / b, environment A / B, clouds.yaml a / b" for a group of keys.
fn where_to_set(what: &str, keys: &[Setting]) -> String {
    let specs: Vec<&Spec> = keys.iter().map(|k| spec_of(*k)).collect();
    let builder: Vec<String> = specs
        .iter()
        .filter(|s| s.builder != "-")
        .map(|s| format!("ConfigBuilder::{}", s.builder))
        .collect();
    let env: Vec<&str> = specs.iter().flat_map(|s| s.env.iter().copied()).collect();
    let yaml: Vec<&str> = specs.iter().flat_map(|s| s.yaml.iter().copied()).collect();
    let mut parts = Vec::new();
    if !builder.is_empty() {
        parts.push(builder.join(" / "));
    }
    parts.push(format!("environment {}", env.join(" / ")));
    parts.push(format!("clouds.yaml or secure.yaml {}", yaml.join(" / ")));
    format!("{what}: set {}", parts.join(", or "))
}

/// A value and whether it is secret.
#[derive(Clone)]
enum Value {
    Plain(String),
    Secret(SecretString),
}

impl Value {
    fn new(key: Setting, text: String) -> Self {
        if spec_of(key).secret {
            Self::Secret(SecretString::from(text))
        } else {
            Self::Plain(text)
        }
    }

    fn text(&self) -> &str {
        match self {
            Self::Plain(s) => s,
            Self::Secret(s) => s.expose_secret(),
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Plain(s) => fmt::Debug::fmt(s, f),
            Self::Secret(_) => f.write_str("[REDACTED]"),
        }
    }
}

/// Settings of one source.
#[derive(Debug, Clone, Default)]
struct Layer {
    values: BTreeMap<Setting, Value>,
}

impl Layer {
    fn set(&mut self, key: Setting, text: impl Into<String>) {
        let text = text.into().trim().to_owned();
        if !text.is_empty() {
            self.values.insert(key, Value::new(key, text));
        }
    }

    fn from_env(env: &HashMap<String, String>) -> Self {
        let mut layer = Self::default();
        for spec in SPECS {
            if let Some(value) = spec
                .env
                .iter()
                .find_map(|name| env.get(*name).filter(|v| !v.trim().is_empty()))
            {
                layer.set(spec.key, value.clone());
            }
        }
        layer
    }

    fn from_cloud(cloud: &serde_json::Value) -> Self {
        let mut layer = Self::default();
        for spec in SPECS {
            if let Some(value) = spec.yaml.iter().find_map(|path| yaml_text(cloud, path)) {
                layer.set(spec.key, value);
            }
        }
        layer
    }
}

/// The text at a dotted path of a cloud: strings, numbers and booleans; for `regions`, the
/// first entry (a name or `{name: ...}`).
fn yaml_text(cloud: &serde_json::Value, path: &str) -> Option<String> {
    let mut node = cloud;
    for part in path.split('.') {
        node = node.get(part)?;
    }
    if path == "regions" {
        node = node.as_array()?.first()?;
        if let Some(name) = node.get("name") {
            node = name;
        }
    }
    match node {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Builds a [`Config`] from explicit settings, the environment and clouds.yaml.
///
/// By default the process environment and the standard clouds.yaml locations are read;
/// [`ConfigBuilder::environment`], [`ConfigBuilder::ignore_environment`],
/// [`ConfigBuilder::config_dirs`] and [`ConfigBuilder::ignore_files`] change that.
/// `Debug` shows no secret.
///
/// ```
/// use otc_dis::config::Config;
/// let config = Config::builder()
///     .ignore_environment()
///     .ignore_files()
///     .auth_url("https://iam.eu-de.otc.t-systems.com/v3")
///     .username("alice")
///     .user_domain_name("OTC00000000001000000001")
///     .password("s3cret")
///     .project_name("eu-de")
///     .region("eu-de")
///     .build()
///     .unwrap();
/// assert_eq!(config.credentials().kind(), "password");
/// assert!(!format!("{config:?}").contains("s3cret"));
/// ```
#[derive(Debug, Clone)]
pub struct ConfigBuilder {
    explicit: Layer,
    credentials: Option<Credentials>,
    cloud: Option<String>,
    environment: Option<HashMap<String, String>>,
    use_environment: bool,
    use_files: bool,
    config_dirs: Option<Vec<PathBuf>>,
    current_dir: Option<PathBuf>,
    retry: RetryPolicy,
    timeouts: Timeouts,
}

impl Default for ConfigBuilder {
    fn default() -> Self {
        Self {
            explicit: Layer::default(),
            credentials: None,
            cloud: None,
            environment: None,
            use_environment: true,
            use_files: true,
            config_dirs: None,
            current_dir: None,
            retry: RetryPolicy::default(),
            timeouts: Timeouts::default(),
        }
    }
}

macro_rules! setter {
    ($(#[$doc:meta])* $name:ident, $key:expr) => {
        $(#[$doc])*
        pub fn $name(mut self, value: impl Into<String>) -> Self {
            self.explicit.set($key, value);
            self
        }
    };
}

impl ConfigBuilder {
    setter!(
        /// The IAM URL (`https://iam.eu-de.otc.t-systems.com/v3`).
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().auth_url("https://iam.eu-de.otc.t-systems.com/v3");
        /// # let _ = b;
        /// ```
        auth_url, Setting::AuthUrl);
    setter!(
        /// The user name (needs a user domain).
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().username("alice");
        /// # let _ = b;
        /// ```
        username, Setting::Username);
    setter!(
        /// The user id.
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().user_id("0123");
        /// # let _ = b;
        /// ```
        user_id, Setting::UserId);
    setter!(
        /// The password.
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().password("s3cret");
        /// assert!(!format!("{b:?}").contains("s3cret"));
        /// ```
        password, Setting::Password);
    setter!(
        /// The user's domain by name (`OTC00000000001000000001`).
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().user_domain_name("OTC00000000001000000001");
        /// # let _ = b;
        /// ```
        user_domain_name, Setting::UserDomainName);
    setter!(
        /// The user's domain by id.
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().user_domain_id("d-1");
        /// # let _ = b;
        /// ```
        user_domain_id, Setting::UserDomainId);
    setter!(
        /// The project by name (`eu-de`, `eu-de_myproject`).
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().project_name("eu-de");
        /// # let _ = b;
        /// ```
        project_name, Setting::ProjectName);
    setter!(
        /// The project by id.
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().project_id("0123456789abcdef");
        /// # let _ = b;
        /// ```
        project_id, Setting::ProjectId);
    setter!(
        /// The project's domain by name (default: the user's domain).
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().project_domain_name("OTC00000000001000000001");
        /// # let _ = b;
        /// ```
        project_domain_name, Setting::ProjectDomainName);
    setter!(
        /// The project's domain by id.
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().project_domain_id("d-1");
        /// # let _ = b;
        /// ```
        project_domain_id, Setting::ProjectDomainId);
    setter!(
        /// A fixed IAM token.
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().token("gAAAA");
        /// assert!(!format!("{b:?}").contains("gAAAA"));
        /// ```
        token, Setting::Token);
    setter!(
        /// The region (`eu-de`).
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().region("eu-de");
        /// # let _ = b;
        /// ```
        region, Setting::Region);
    setter!(
        /// The access key id.
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().access_key("AK");
        /// # let _ = b;
        /// ```
        access_key, Setting::AccessKey);
    setter!(
        /// The secret key.
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().secret_key("SK-secret");
        /// assert!(!format!("{b:?}").contains("SK-secret"));
        /// ```
        secret_key, Setting::SecretKey);
    setter!(
        /// The security token of a temporary access key.
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().security_token("sec-tok");
        /// assert!(!format!("{b:?}").contains("sec-tok"));
        /// ```
        security_token, Setting::SecurityToken);
    setter!(
        /// The DIS endpoint, overriding the catalog and the default
        /// (`https://dis.{region}.otc.t-systems.com/v2/{project_id}`); with a path ending in
        /// `/v2/{project_id}` it also gives the project. Points the client at the emulator.
        ///
        /// ```
        /// let b = otc_dis::config::Config::builder().endpoint("http://127.0.0.1:8080/v2/p1");
        /// # let _ = b;
        /// ```
        endpoint, Setting::Endpoint);

    /// The AK/SK signature form (default [`SignatureForm::Sdk`]).
    ///
    /// ```
    /// let b = otc_dis::config::Config::builder().signature_form(otc_dis::auth::SignatureForm::Gateway);
    /// # let _ = b;
    /// ```
    pub fn signature_form(mut self, form: SignatureForm) -> Self {
        self.explicit.set(Setting::SignatureForm, form.name());
        self
    }

    /// Complete credentials; they win over every credential setting of any source.
    ///
    /// ```
    /// let b = otc_dis::config::Config::builder().credentials(otc_dis::auth::Credentials::aksk("AK", "SK"));
    /// # let _ = b;
    /// ```
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// Reads cloud `name` of clouds.yaml (instead of the one `OS_CLOUD` names).
    ///
    /// ```
    /// let b = otc_dis::config::Config::builder().cloud("otc");
    /// # let _ = b;
    /// ```
    pub fn cloud(mut self, name: impl Into<String>) -> Self {
        self.cloud = Some(name.into());
        self
    }

    /// Uses `vars` instead of the process environment (for `OS_*`, `DIS_*`, `HOME`,
    /// `XDG_CONFIG_HOME`, `OS_CLOUD`, `OS_CLIENT_CONFIG_FILE`, `OS_CLIENT_SECURE_FILE`).
    ///
    /// ```
    /// let b = otc_dis::config::Config::builder().environment([("OS_REGION_NAME", "eu-nl")]);
    /// # let _ = b;
    /// ```
    pub fn environment<K: Into<String>, V: Into<String>>(
        mut self,
        vars: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.environment = Some(
            vars.into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        );
        self.use_environment = true;
        self
    }

    /// Reads no environment variable.
    ///
    /// ```
    /// let b = otc_dis::config::Config::builder().ignore_environment();
    /// # let _ = b;
    /// ```
    pub fn ignore_environment(mut self) -> Self {
        self.use_environment = false;
        self
    }

    /// Reads no clouds.yaml / secure.yaml.
    ///
    /// ```
    /// let b = otc_dis::config::Config::builder().ignore_files();
    /// # let _ = b;
    /// ```
    pub fn ignore_files(mut self) -> Self {
        self.use_files = false;
        self
    }

    /// Searches clouds.yaml and secure.yaml in `dirs` (in order) instead of the standard
    /// locations. `OS_CLIENT_CONFIG_FILE` / `OS_CLIENT_SECURE_FILE` still come first.
    ///
    /// ```
    /// let b = otc_dis::config::Config::builder().config_dirs(["/srv/app/openstack"]);
    /// # let _ = b;
    /// ```
    pub fn config_dirs<P: Into<PathBuf>>(mut self, dirs: impl IntoIterator<Item = P>) -> Self {
        self.config_dirs = Some(dirs.into_iter().map(Into::into).collect());
        self
    }

    /// Uses `dir` as the current directory of the standard search (first place searched).
    ///
    /// ```
    /// let b = otc_dis::config::Config::builder().current_dir("/srv/app");
    /// # let _ = b;
    /// ```
    pub fn current_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.current_dir = Some(dir.into());
        self
    }

    /// The retry policy (default [`RetryPolicy::default`]).
    ///
    /// ```
    /// let b = otc_dis::config::Config::builder().retry(otc_dis::RetryPolicy::none());
    /// # let _ = b;
    /// ```
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The timeouts (default [`Timeouts::default`]).
    ///
    /// ```
    /// use std::time::Duration;
    /// let b = otc_dis::config::Config::builder().timeouts(otc_dis::Timeouts::default().with_total(Duration::from_secs(20)));
    /// # let _ = b;
    /// ```
    pub fn timeouts(mut self, timeouts: Timeouts) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// Merges the sources and checks that the chosen credentials are complete.
    ///
    /// ```
    /// let err = otc_dis::config::Config::builder().ignore_environment().ignore_files()
    ///     .username("alice").build().unwrap_err();
    /// assert!(err.to_string().contains("OS_PASSWORD"));
    /// assert!(err.missing().iter().any(|m| m.starts_with("password")));
    /// ```
    pub fn build(self) -> Result<Config, ConfigError> {
        let env = if self.use_environment {
            self.environment
                .clone()
                .unwrap_or_else(|| std::env::vars().collect())
        } else {
            HashMap::new()
        };
        let mut looked_in = vec!["ConfigBuilder (explicit settings)".to_owned()];
        looked_in.push(if self.use_environment {
            "environment variables (OS_*, DIS_ENDPOINT, DIS_SIGNATURE_FORM)".to_owned()
        } else {
            "environment variables: not read (ignore_environment)".to_owned()
        });
        let env_layer = Layer::from_env(&env);
        let cloud_name = self
            .cloud
            .clone()
            .or_else(|| env.get("OS_CLOUD").filter(|c| !c.is_empty()).cloned());
        let file_layer = if self.use_files {
            let dirs = self
                .config_dirs
                .clone()
                .unwrap_or_else(|| default_dirs(&env, self.current_dir.as_deref()));
            load_cloud(
                &env,
                &dirs,
                cloud_name.as_deref(),
                self.cloud.is_some(),
                &mut looked_in,
            )?
        } else {
            looked_in.push("clouds.yaml / secure.yaml: not read (ignore_files)".to_owned());
            Layer::default()
        };
        let merged = Merged {
            layers: [&self.explicit, &env_layer, &file_layer],
        };
        resolve(
            &merged,
            self.credentials,
            self.retry,
            self.timeouts,
            cloud_name.filter(|_| self.use_files),
            looked_in,
        )
    }
}

/// The three layers, first wins.
struct Merged<'a> {
    layers: [&'a Layer; 3],
}

impl Merged<'_> {
    fn get(&self, key: Setting) -> Option<&str> {
        self.layers
            .iter()
            .find_map(|l| l.values.get(&key))
            .map(Value::text)
    }

    fn has(&self, key: Setting) -> bool {
        self.get(key).is_some()
    }

    fn owned(&self, key: Setting) -> Option<String> {
        self.get(key).map(str::to_owned)
    }
}

/// The standard search: current directory, `$XDG_CONFIG_HOME/openstack`,
/// `~/.config/openstack`, `/etc/openstack`.
fn default_dirs(env: &HashMap<String, String>, current_dir: Option<&Path>) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(cwd) = current_dir
        .map(Path::to_path_buf)
        .or_else(|| std::env::current_dir().ok())
    {
        dirs.push(cwd);
    }
    if let Some(xdg) = env.get("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        dirs.push(PathBuf::from(xdg).join("openstack"));
    }
    if let Some(home) = env.get("HOME").filter(|v| !v.is_empty()) {
        dirs.push(PathBuf::from(home).join(".config").join("openstack"));
    }
    dirs.push(PathBuf::from("/etc/openstack"));
    dirs.dedup();
    dirs
}

/// The first existing file: the override variable's, then `stem.{yaml,yml,json}` in `dirs`;
/// and the places searched, for messages.
fn find_file(
    env: &HashMap<String, String>,
    var: &str,
    stem: &str,
    dirs: &[PathBuf],
) -> (Option<PathBuf>, Vec<String>) {
    let mut candidates = Vec::new();
    let mut searched = Vec::new();
    if let Some(path) = env.get(var).filter(|v| !v.is_empty()) {
        candidates.push(PathBuf::from(path));
        searched.push(format!("{path} ({var})"));
    }
    for dir in dirs {
        for ext in ["yaml", "yml", "json"] {
            candidates.push(dir.join(format!("{stem}.{ext}")));
        }
        searched.push(format!("{}/{stem}.{{yaml,yml,json}}", dir.display()));
    }
    let found = candidates.iter().find(|p| p.is_file()).cloned();
    (found, searched)
}

fn read_yaml(path: &Path) -> Result<serde_json::Value, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConfigError::new(format!("cannot read {}: {e}", path.display())))?;
    if text.trim().is_empty() {
        return Ok(serde_json::Value::Null);
    }
    serde_saphyr::from_str::<serde_json::Value>(&text).map_err(|e| {
        // Only the first line: the parser's later lines quote the file, which may hold secrets.
        let text = e.to_string();
        let first = text
            .lines()
            .next()
            .unwrap_or_default()
            .trim_start_matches("error: ");
        ConfigError::new(format!("{} is not valid YAML: {first}", path.display()))
    })
}

/// `overlay` merged into `base`: maps key by key, anything else replaced.
fn deep_merge(base: &mut serde_json::Value, overlay: serde_json::Value) {
    match (base, overlay) {
        (serde_json::Value::Object(base), serde_json::Value::Object(overlay)) => {
            for (key, value) in overlay {
                deep_merge(base.entry(key).or_insert(serde_json::Value::Null), value);
            }
        }
        (base, overlay) if !overlay.is_null() => *base = overlay,
        _ => {}
    }
}

fn searched(places: &[String]) -> String {
    places.join(", ")
}

/// Reads the selected cloud of clouds.yaml with secure.yaml merged over it.
fn load_cloud(
    env: &HashMap<String, String>,
    dirs: &[PathBuf],
    cloud: Option<&str>,
    explicit_cloud: bool,
    looked_in: &mut Vec<String>,
) -> Result<Layer, ConfigError> {
    let (clouds_path, clouds_searched) = find_file(env, "OS_CLIENT_CONFIG_FILE", "clouds", dirs);
    let (secure_path, secure_searched) = find_file(env, "OS_CLIENT_SECURE_FILE", "secure", dirs);
    let mut document = match &clouds_path {
        Some(path) => read_yaml(path)?,
        None => serde_json::Value::Null,
    };
    if let Some(path) = &secure_path {
        deep_merge(&mut document, read_yaml(path)?);
    }
    let mut available: Vec<String> = document
        .get("clouds")
        .and_then(|c| c.as_object())
        .map(|c| c.keys().cloned().collect())
        .unwrap_or_default();
    available.sort();
    let clouds_text = match &clouds_path {
        Some(path) => format!("clouds.yaml: {}", path.display()),
        None => format!(
            "clouds.yaml: none found (searched {})",
            searched(&clouds_searched)
        ),
    };
    let secure_text = match &secure_path {
        Some(path) => format!("secure.yaml: {}", path.display()),
        None => format!(
            "secure.yaml: none found (searched {})",
            searched(&secure_searched)
        ),
    };
    let Some(name) = cloud else {
        let hint = if available.is_empty() {
            String::new()
        } else {
            format!("; it has: {}", available.join(", "))
        };
        looked_in.push(format!("{clouds_text} (not read: no cloud selected; set OS_CLOUD or use Config::from_cloud{hint})"));
        looked_in.push(secure_text);
        return Ok(Layer::default());
    };
    looked_in.push(format!("{clouds_text} (cloud {name:?})"));
    looked_in.push(secure_text);
    let by = if explicit_cloud {
        "Config::from_cloud / ConfigBuilder::cloud"
    } else {
        "OS_CLOUD"
    };
    match document.get("clouds").and_then(|c| c.get(name)) {
        Some(entry) => Ok(Layer::from_cloud(entry)),
        None if clouds_path.is_none() && secure_path.is_none() => Err(ConfigError::new(format!(
            "cloud {name:?} was requested by {by}, but no clouds.yaml or secure.yaml was found"
        ))
        .with_looked_in(looked_in.clone())),
        None => Err(ConfigError::new(format!(
            "cloud {name:?} was requested by {by}, but the files define {}",
            if available.is_empty() {
                "no clouds".to_owned()
            } else {
                format!("only: {}", available.join(", "))
            }
        ))
        .with_looked_in(looked_in.clone())),
    }
}

/// The project id in an endpoint ending in `/v2/{project_id}`.
pub(crate) fn project_from_endpoint(endpoint: &str) -> Option<String> {
    let trimmed = endpoint.trim().trim_end_matches('/');
    let (head, pid) = trimmed.rsplit_once('/')?;
    (head.ends_with("/v2") && !pid.is_empty()).then(|| pid.to_owned())
}

/// What kind of credentials the settings ask for.
fn credential_kind(m: &Merged<'_>) -> Result<Option<&'static str>, ConfigError> {
    if let Some(auth_type) = m.get(Setting::AuthType) {
        return match auth_type.to_ascii_lowercase().as_str() {
            "password" | "v3password" => Ok(Some("password")),
            "token" | "v3token" | "admin_token" => Ok(Some("token")),
            "aksk" | "ak/sk" | "ak-sk" | "ak" => Ok(Some("aksk")),
            "none" | "noauth" => Ok(Some("none")),
            other => Err(ConfigError::new(format!(
                "auth_type {other:?} is not supported; use password, token, aksk or none"
            ))),
        };
    }
    Ok(if m.has(Setting::Token) {
        Some("token")
    } else if m.has(Setting::Password) || m.has(Setting::Username) || m.has(Setting::UserId) {
        Some("password")
    } else if m.has(Setting::AccessKey) || m.has(Setting::SecretKey) {
        Some("aksk")
    } else if m.has(Setting::Endpoint) {
        Some("none")
    } else {
        None
    })
}

fn resolve(
    m: &Merged<'_>,
    explicit_credentials: Option<Credentials>,
    retry: RetryPolicy,
    timeouts: Timeouts,
    cloud: Option<String>,
    looked_in: Vec<String>,
) -> Result<Config, ConfigError> {
    let fail = |message: String, missing: Vec<String>| {
        ConfigError::new(message)
            .with_missing(missing)
            .with_looked_in(looked_in.clone())
    };
    let otc_profile = m
        .get(Setting::Profile)
        .is_some_and(|p| p.eq_ignore_ascii_case("otc"));
    let region = m
        .owned(Setting::Region)
        .or_else(|| otc_profile.then(|| "eu-de".to_owned()));
    let endpoint = m.owned(Setting::Endpoint);
    let project_id = m
        .owned(Setting::ProjectId)
        .or_else(|| endpoint.as_deref().and_then(project_from_endpoint));
    let form = match m.get(Setting::SignatureForm) {
        Some(text) => text
            .parse::<SignatureForm>()
            .map_err(|e| fail(e.to_string(), Vec::new()))?,
        None => SignatureForm::default(),
    };
    let auth_url = m.owned(Setting::AuthUrl).or_else(|| {
        otc_profile.then(|| {
            format!(
                "https://iam.{}.otc.t-systems.com/v3",
                region.as_deref().unwrap_or("eu-de")
            )
        })
    });

    let credentials = match explicit_credentials {
        Some(credentials) => credentials,
        None => {
            let kind = credential_kind(m).map_err(|e| e.with_looked_in(looked_in.clone()))?;
            match kind {
                None => {
                    return Err(fail(
                        "no credentials and no endpoint are configured".to_owned(),
                        vec![
                            where_to_set(
                                "a password login",
                                &[Setting::Username, Setting::Password],
                            ),
                            where_to_set("a token", &[Setting::Token]),
                            where_to_set(
                                "an access key pair",
                                &[Setting::AccessKey, Setting::SecretKey],
                            ),
                            where_to_set(
                                "or, for the local emulator, only an endpoint",
                                &[Setting::Endpoint],
                            ),
                        ],
                    ));
                }
                Some("password") => password_credentials(m, auth_url.clone(), project_id.clone())
                    .map_err(|missing| {
                    fail(
                        "cannot log in with a password: settings are missing".to_owned(),
                        missing,
                    )
                })?,
                Some("token") => {
                    let token = m.owned(Setting::Token).ok_or_else(|| {
                        fail(
                            "auth_type is token, but there is no token".to_owned(),
                            vec![where_to_set("token", &[Setting::Token])],
                        )
                    })?;
                    let mut auth = TokenAuth::new(token);
                    if let Some(url) = &auth_url {
                        auth = auth.with_auth_url(url.clone());
                    }
                    Credentials::Token(auth)
                }
                Some("aksk") => {
                    let mut missing = Vec::new();
                    if !m.has(Setting::AccessKey) {
                        missing.push(where_to_set("access key", &[Setting::AccessKey]));
                    }
                    if !m.has(Setting::SecretKey) {
                        missing.push(where_to_set("secret key", &[Setting::SecretKey]));
                    }
                    if !missing.is_empty() {
                        return Err(fail(
                            "cannot sign requests: the access key pair is incomplete".to_owned(),
                            missing,
                        ));
                    }
                    let mut key = AkSk::new(
                        m.get(Setting::AccessKey).unwrap_or_default(),
                        m.get(Setting::SecretKey).unwrap_or_default(),
                    )
                    .with_form(form);
                    if let Some(token) = m.get(Setting::SecurityToken) {
                        key = key.with_security_token(token);
                    }
                    Credentials::AkSk(key)
                }
                Some(_) => Credentials::Anonymous,
            }
        }
    };

    // What each kind needs beyond its credentials to address DIS.
    let mut missing = Vec::new();
    match &credentials {
        Credentials::Password(_) => {
            // The token gives the project and usually the endpoint.
        }
        Credentials::Token(auth) => {
            if project_id.is_none() && auth.auth_url().is_none() {
                missing.push(where_to_set(
                    "project id (or auth_url, to look it up with the token)",
                    &[Setting::ProjectId, Setting::AuthUrl],
                ));
            }
            if endpoint.is_none() && region.is_none() && auth.auth_url().is_none() {
                missing.push(where_to_set(
                    "region (or the DIS endpoint)",
                    &[Setting::Region, Setting::Endpoint],
                ));
            }
        }
        Credentials::AkSk(key) => {
            if project_id.is_none() {
                missing.push(where_to_set(
                    "project id (AK/SK requests carry it in the path)",
                    &[Setting::ProjectId, Setting::Endpoint],
                ));
            }
            if region.is_none() && (endpoint.is_none() || key.form() != SignatureForm::Gateway) {
                missing.push(where_to_set(
                    &format!("region (the {} signature form signs it, and the default endpoint names it)", key.form()),
                    &[Setting::Region],
                ));
            }
        }
        Credentials::Anonymous => {
            if endpoint.is_none() {
                missing.push(where_to_set(
                    "DIS endpoint (without credentials, only an explicit endpoint is used)",
                    &[Setting::Endpoint],
                ));
            } else if project_id.is_none() {
                missing.push(where_to_set(
                    "project id (or an endpoint ending in /v2/{project_id})",
                    &[Setting::ProjectId, Setting::Endpoint],
                ));
            }
        }
    }
    if !missing.is_empty() {
        let what = match &credentials {
            Credentials::Token(_) => "a fixed token",
            Credentials::AkSk(_) => "AK/SK signing",
            Credentials::Password(_) => "a password login",
            _ => "a client without credentials",
        };
        return Err(fail(format!("{what} needs more settings"), missing));
    }

    Ok(Config {
        credentials,
        region,
        project_id,
        endpoint,
        retry,
        timeouts,
        cloud,
        looked_in,
    })
}

fn password_credentials(
    m: &Merged<'_>,
    auth_url: Option<String>,
    project_id: Option<String>,
) -> Result<Credentials, Vec<String>> {
    let mut missing = Vec::new();
    if auth_url.is_none() {
        missing.push(where_to_set("IAM URL", &[Setting::AuthUrl]));
    }
    if !m.has(Setting::Password) {
        missing.push(where_to_set("password", &[Setting::Password]));
    }
    let domain = |name: Setting, id: Setting| {
        m.owned(name)
            .map(DomainRef::Name)
            .or_else(|| m.owned(id).map(DomainRef::Id))
    };
    let shared_domain = domain(Setting::DomainName, Setting::DomainId);
    let user_domain =
        domain(Setting::UserDomainName, Setting::UserDomainId).or_else(|| shared_domain.clone());
    let user = match (m.owned(Setting::UserId), m.owned(Setting::Username)) {
        (Some(id), _) => Some(UserRef::Id(id)),
        (None, Some(name)) => match &user_domain {
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
    };
    let project = match (project_id, m.owned(Setting::ProjectName)) {
        (Some(id), _) => Some(ProjectScope::Id(id)),
        (None, Some(name)) => match domain(Setting::ProjectDomainName, Setting::ProjectDomainId)
            .or_else(|| shared_domain.clone())
            .or_else(|| user_domain.clone())
        {
            Some(domain) => Some(ProjectScope::name(name, domain)),
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
    };
    match (auth_url, m.get(Setting::Password), user, project) {
        (Some(url), Some(password), Some(user), Some(project)) if missing.is_empty() => Ok(
            Credentials::Password(PasswordAuth::new(url, user, password, project)),
        ),
        _ => Err(missing),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_project_suffix() {
        assert_eq!(
            project_from_endpoint("https://dis.eu-de.otc.t-systems.com/v2/abc/").as_deref(),
            Some("abc")
        );
        assert_eq!(project_from_endpoint("http://127.0.0.1:8080"), None);
        assert_eq!(project_from_endpoint("http://h/v2/"), None);
    }

    #[test]
    fn secure_yaml_merges_key_by_key() {
        let mut base = serde_json::json!({"clouds": {"otc": {"auth": {"username": "u", "password": "old"}, "region_name": "eu-de"}}});
        deep_merge(
            &mut base,
            serde_json::json!({"clouds": {"otc": {"auth": {"password": "new"}}}}),
        );
        assert_eq!(base["clouds"]["otc"]["auth"]["username"], "u");
        assert_eq!(base["clouds"]["otc"]["auth"]["password"], "new");
        assert_eq!(base["clouds"]["otc"]["region_name"], "eu-de");
    }

    #[test]
    fn yaml_numbers_and_region_lists_become_text() {
        let cloud = serde_json::json!({"auth": {"project_id": 1234}, "regions": [{"name": "eu-nl"}, "eu-de"]});
        assert_eq!(
            yaml_text(&cloud, "auth.project_id").as_deref(),
            Some("1234")
        );
        assert_eq!(yaml_text(&cloud, "regions").as_deref(), Some("eu-nl"));
    }

    #[test]
    fn every_key_has_a_spec() {
        for key in [
            Setting::AuthType,
            Setting::Endpoint,
            Setting::SignatureForm,
            Setting::SecurityToken,
        ] {
            let _ = spec_of(key);
        }
        assert_eq!(SPECS.len(), 21);
    }

    #[test]
    fn value_debug_hides_secrets() {
        let mut layer = Layer::default();
        layer.set(Setting::Password, "pw-123");
        layer.set(Setting::Username, "alice");
        let debug = format!("{layer:?}");
        assert!(debug.contains("alice") && !debug.contains("pw-123"));
    }
}
