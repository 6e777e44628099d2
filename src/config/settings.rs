//! The table of settings: for each, its builder setter, its environment variables and its
//! clouds.yaml keys, whether it is secret; and the layers of values read from the sources.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// The settings that can come from the three sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Setting {
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
    RecordEncoding,
}

/// Where a setting can be given.
pub(super) struct Spec {
    pub(super) key: Setting,
    /// The `ConfigBuilder` method, or `-` when there is none.
    pub(super) builder: &'static str,
    /// Environment variables, the first set one wins.
    pub(super) env: &'static [&'static str],
    /// Dotted keys in a cloud of clouds.yaml, the first set one wins.
    pub(super) yaml: &'static [&'static str],
    pub(super) secret: bool,
}

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

/// Every setting, in the order of the table in the module documentation.
#[rustfmt::skip]
pub(super) static SPECS: &[Spec] = &[
    spec(Setting::AuthType, "credentials", &["OS_AUTH_TYPE"], &["auth_type"], false),
    spec(Setting::Profile, "-", &["OS_PROFILE"], &["profile"], false),
    spec(Setting::AuthUrl, "auth_url", &["OS_AUTH_URL"], &["auth.auth_url"], false),
    spec(Setting::Username, "username", &["OS_USERNAME", "OS_USER_NAME"], &["auth.username", "auth.user_name"], false),
    spec(Setting::UserId, "user_id", &["OS_USER_ID"], &["auth.user_id"], false),
    spec(Setting::Password, "password", &["OS_PASSWORD"], &["auth.password"], true),
    spec(Setting::UserDomainName, "user_domain_name", &["OS_USER_DOMAIN_NAME"], &["auth.user_domain_name"], false),
    spec(Setting::UserDomainId, "user_domain_id", &["OS_USER_DOMAIN_ID"], &["auth.user_domain_id"], false),
    spec(Setting::DomainName, "-", &["OS_DOMAIN_NAME"], &["auth.domain_name"], false),
    spec(Setting::DomainId, "-", &["OS_DOMAIN_ID"], &["auth.domain_id"], false),
    spec(Setting::ProjectName, "project_name", &["OS_PROJECT_NAME", "OS_TENANT_NAME"], &["auth.project_name", "auth.tenant_name"], false),
    spec(Setting::ProjectId, "project_id", &["OS_PROJECT_ID", "OS_TENANT_ID"], &["auth.project_id", "auth.tenant_id"], false),
    spec(Setting::ProjectDomainName, "project_domain_name", &["OS_PROJECT_DOMAIN_NAME"], &["auth.project_domain_name"], false),
    spec(Setting::ProjectDomainId, "project_domain_id", &["OS_PROJECT_DOMAIN_ID"], &["auth.project_domain_id"], false),
    spec(Setting::Token, "token", &["OS_AUTH_TOKEN", "OS_TOKEN"], &["auth.token"], true),
    spec(Setting::Region, "region", &["OS_REGION_NAME"], &["region_name", "regions"], false),
    spec(Setting::AccessKey, "access_key", &["OS_ACCESS_KEY", "OS_AK"], &["ak", "access_key", "auth.ak", "auth.access_key"], false),
    spec(Setting::SecretKey, "secret_key", &["OS_SECRET_KEY", "OS_SK"], &["sk", "secret_key", "auth.sk", "auth.secret_key"], true),
    spec(Setting::SecurityToken, "security_token", &["OS_SECURITY_TOKEN"], &["security_token", "auth.security_token"], true),
    spec(Setting::Endpoint, "endpoint", &["DIS_ENDPOINT", "OS_DISV2_ENDPOINT_OVERRIDE"], &["disv2_endpoint_override"], false),
    spec(Setting::SignatureForm, "signature_form", &["DIS_SIGNATURE_FORM"], &["dis_signature_form"], false),
    spec(Setting::RecordEncoding, "record_encoding", &["DIS_RECORD_ENCODING"], &["dis_record_encoding"], false),
];

pub(super) fn spec_of(key: Setting) -> &'static Spec {
    SPECS
        .iter()
        .find(|s| s.key == key)
        .expect("every setting has a spec")
}

/// "what: set ConfigBuilder::a / b, or environment A / B, or clouds.yaml ... a / b" for a
/// group of settings.
pub(super) fn where_to_set(what: &str, keys: &[Setting]) -> String {
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

/// A value, hidden from `Debug` when secret, and where it was given.
#[derive(Clone)]
pub(super) struct Value {
    text: Text,
    /// `ConfigBuilder::endpoint`, `environment variable DIS_ENDPOINT`, `disv2_endpoint_override
    /// of cloud "otc" in /home/u/.config/openstack/clouds.yaml`, for messages.
    origin: String,
}

#[derive(Clone)]
enum Text {
    Plain(String),
    Secret(SecretString),
}

impl Value {
    fn new(key: Setting, text: String, origin: String) -> Self {
        let text = if spec_of(key).secret {
            Text::Secret(SecretString::from(text))
        } else {
            Text::Plain(text)
        };
        Self { text, origin }
    }

    pub(super) fn text(&self) -> &str {
        match &self.text {
            Text::Plain(s) => s,
            Text::Secret(s) => s.expose_secret(),
        }
    }

    pub(super) fn origin(&self) -> &str {
        &self.origin
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.text {
            Text::Plain(s) => fmt::Debug::fmt(s, f),
            Text::Secret(_) => f.write_str("[REDACTED]"),
        }
    }
}

/// The settings of one source.
#[derive(Debug, Clone, Default)]
pub(super) struct Layer {
    values: BTreeMap<Setting, Value>,
}

impl Layer {
    /// Sets `key` unless `text` is blank; `origin` says where it was given.
    pub(super) fn set(&mut self, key: Setting, text: impl Into<String>, origin: String) {
        let text = text.into().trim().to_owned();
        if !text.is_empty() {
            self.values.insert(key, Value::new(key, text, origin));
        }
    }

    /// Sets `key` as given to its `ConfigBuilder` method.
    pub(super) fn set_explicit(&mut self, key: Setting, text: impl Into<String>) {
        self.set(
            key,
            text,
            format!("ConfigBuilder::{}", spec_of(key).builder),
        );
    }

    /// The settings of the environment variables of the table.
    pub(super) fn from_env(env: &HashMap<String, String>) -> Self {
        let mut layer = Self::default();
        for spec in SPECS {
            let first_set = spec.env.iter().find_map(|name| {
                env.get(*name)
                    .filter(|v| !v.trim().is_empty())
                    .map(|v| (*name, v))
            });
            if let Some((name, value)) = first_set {
                layer.set(
                    spec.key,
                    value.clone(),
                    format!("environment variable {name}"),
                );
            }
        }
        layer
    }
}

/// The three layers, first wins.
pub(super) struct Merged<'a> {
    pub(super) layers: [&'a Layer; 3],
}

impl Merged<'_> {
    pub(super) fn value(&self, key: Setting) -> Option<&Value> {
        self.layers.iter().find_map(|l| l.values.get(&key))
    }

    pub(super) fn get(&self, key: Setting) -> Option<&str> {
        self.value(key).map(Value::text)
    }

    pub(super) fn has(&self, key: Setting) -> bool {
        self.value(key).is_some()
    }

    pub(super) fn owned(&self, key: Setting) -> Option<String> {
        self.get(key).map(str::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_has_one_spec() {
        for spec in SPECS {
            assert!(std::ptr::eq(spec_of(spec.key), spec));
        }
        assert_eq!(SPECS.len(), 22);
    }

    #[test]
    fn layer_debug_hides_secrets_and_values_know_their_origin() {
        let mut layer = Layer::default();
        layer.set_explicit(Setting::Password, "pw-123");
        let env = HashMap::from([
            ("OS_USERNAME".to_owned(), "  ".to_owned()),
            ("OS_USER_NAME".to_owned(), "alice".to_owned()),
        ]);
        let from_env = Layer::from_env(&env);
        let debug = format!("{layer:?} {from_env:?}");
        assert!(
            debug.contains("alice") && !debug.contains("pw-123"),
            "{debug}"
        );
        let merged = Merged {
            layers: [&layer, &from_env, &Layer::default()],
        };
        assert_eq!(
            merged.value(Setting::Username).unwrap().origin(),
            "environment variable OS_USER_NAME"
        );
        assert_eq!(
            merged.value(Setting::Password).unwrap().origin(),
            "ConfigBuilder::password"
        );
    }
}
