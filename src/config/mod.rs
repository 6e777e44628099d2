//! Where the client finds its endpoint, project and credentials.
//!
//! Every setting is taken from the first of these that has it:
//!
//! 1. explicit settings on a [`ConfigBuilder`];
//! 2. environment variables (`OS_*` as the OpenStack tools read them, plus `DIS_ENDPOINT`,
//!    `DIS_SIGNATURE_FORM` and `DIS_RECORD_ENCODING`);
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
//! | record encoding | `record_encoding` | `DIS_RECORD_ENCODING` (`json`, `protobuf`) | `dis_record_encoding` |
//! | credential kind | `credentials` | `OS_AUTH_TYPE` | `auth_type` |
//!
//! The kind of credentials is `auth_type` when given (`password`, `token`, `aksk`, `none`),
//! else: a token if there is one, else a password login if a user or password is set, else
//! AK/SK if a key is set, else none if an endpoint is set (the local emulator).
//!
//! [`ConfigBuilder::build`] refuses, naming the setting and where it was given:
//!
//! * a DIS endpoint that is not an `http` or `https` URL with a host, as the service root
//!   (`http://127.0.0.1:8080`, optionally with a path prefix) or ending in
//!   `/v2/{project_id}`; that project must be the configured project id, if one is set;
//! * an IAM URL that is not an `http` or `https` URL with a host;
//! * in clouds.yaml / secure.yaml, a selected cloud or its `auth` that is not a map, a
//!   `regions` that is not a list of names, or another key of the table that is a list or
//!   a map (the message names the file, the cloud and the key, never the value).
//!
//! `Debug` of [`Config`] and [`ConfigBuilder`] shows no secret, and no value of the
//! environment given to [`ConfigBuilder::environment`].
//!
//! ```no_run
//! # async fn run() -> otc_dis::Result<()> {
//! let config = otc_dis::config::Config::from_cloud("otc")?;
//! let client = otc_dis::Client::connect(config).await?;
//! # Ok(()) }
//! ```

mod encoding;
mod endpoint;
mod files;
mod resolve;
mod settings;

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

use crate::auth::{Credentials, SignatureForm};
use crate::error::ConfigError;
use crate::http::{RetryPolicy, Timeouts};

pub use encoding::RecordEncoding;
pub(crate) use endpoint::{check_endpoint, check_endpoint_project, project_from_endpoint};
use files::CloudChoice;
use settings::{Layer, Merged, Setting};

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
    record_encoding: RecordEncoding,
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

    /// How records travel (default [`RecordEncoding::Json`]).
    ///
    /// ```
    /// # let c = otc_dis::config::Config::builder().ignore_environment().ignore_files().endpoint("http://h/v2/p").build().unwrap();
    /// assert_eq!(c.record_encoding(), otc_dis::RecordEncoding::Json);
    /// ```
    pub fn record_encoding(&self) -> RecordEncoding {
        self.record_encoding
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
#[derive(Clone)]
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
            self.explicit.set_explicit($key, value);
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
        /// [`build`](ConfigBuilder::build) refuses anything but an `http` or `https` URL with a
        /// host, as the service root or ending in `/v2/{project_id}`.
        ///
        /// ```
        /// use otc_dis::config::Config;
        /// let config = Config::builder().ignore_environment().ignore_files()
        ///     .endpoint("http://127.0.0.1:8080/v2/p1").build().unwrap();
        /// assert_eq!(config.project_id(), Some("p1"));
        ///
        /// let err = Config::builder().ignore_environment().ignore_files()
        ///     .endpoint("ftp://127.0.0.1/v2/p1").build().unwrap_err();
        /// assert!(err.message().starts_with(r#"ConfigBuilder::endpoint: "ftp://127.0.0.1/v2/p1" is not a DIS endpoint"#));
        /// ```
        endpoint, Setting::Endpoint);

    /// The AK/SK signature form (default [`SignatureForm::Sdk`]).
    ///
    /// ```
    /// let b = otc_dis::config::Config::builder().signature_form(otc_dis::auth::SignatureForm::Gateway);
    /// # let _ = b;
    /// ```
    pub fn signature_form(mut self, form: SignatureForm) -> Self {
        self.explicit
            .set_explicit(Setting::SignatureForm, form.name());
        self
    }

    /// How records are sent and received (default [`RecordEncoding::Json`]; see there).
    ///
    /// ```
    /// let config = otc_dis::config::Config::builder()
    ///     .ignore_environment()
    ///     .ignore_files()
    ///     .endpoint("http://127.0.0.1:8080/v2/p1")
    ///     .record_encoding(otc_dis::RecordEncoding::Protobuf)
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(config.record_encoding(), otc_dis::RecordEncoding::Protobuf);
    /// ```
    pub fn record_encoding(mut self, encoding: RecordEncoding) -> Self {
        self.explicit
            .set_explicit(Setting::RecordEncoding, encoding.name());
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
        let env = self.environment_variables();
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
        let file_layer = self.file_layer(&env, cloud_name.as_deref(), &mut looked_in)?;
        let merged = Merged {
            layers: [&self.explicit, &env_layer, &file_layer],
        };
        let given = resolve::Given {
            credentials: self.credentials,
            retry: self.retry,
            timeouts: self.timeouts,
            cloud: cloud_name.filter(|_| self.use_files),
        };
        resolve::resolve(&merged, given, looked_in)
    }

    /// The variables to read: those given, the process environment, or none.
    fn environment_variables(&self) -> HashMap<String, String> {
        match (&self.environment, self.use_environment) {
            (_, false) => HashMap::new(),
            (Some(vars), true) => vars.clone(),
            (None, true) => std::env::vars().collect(),
        }
    }

    /// The settings of the chosen cloud of clouds.yaml / secure.yaml, unless files are
    /// ignored.
    fn file_layer(
        &self,
        env: &HashMap<String, String>,
        cloud_name: Option<&str>,
        looked_in: &mut Vec<String>,
    ) -> Result<Layer, ConfigError> {
        if !self.use_files {
            looked_in.push("clouds.yaml / secure.yaml: not read (ignore_files)".to_owned());
            return Ok(Layer::default());
        }
        let dirs = self
            .config_dirs
            .clone()
            .unwrap_or_else(|| files::default_dirs(env, self.current_dir.as_deref()));
        let choice = CloudChoice {
            name: cloud_name,
            explicit: self.cloud.is_some(),
        };
        files::load_cloud(env, &dirs, &choice, looked_in)
    }
}

/// Shows the settings with secrets redacted, and of the environment given with
/// [`ConfigBuilder::environment`] only the names: any variable may hold a secret.
impl fmt::Debug for ConfigBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let variable_names = self.environment.as_ref().map(|vars| {
            let mut names: Vec<&str> = vars.keys().map(String::as_str).collect();
            names.sort_unstable();
            names
        });
        f.debug_struct("ConfigBuilder")
            .field("explicit", &self.explicit)
            .field("credentials", &self.credentials)
            .field("cloud", &self.cloud)
            .field("environment_variable_names", &variable_names)
            .field("use_environment", &self.use_environment)
            .field("use_files", &self.use_files)
            .field("config_dirs", &self.config_dirs)
            .field("current_dir", &self.current_dir)
            .field("retry", &self.retry)
            .field("timeouts", &self.timeouts)
            .finish()
    }
}
