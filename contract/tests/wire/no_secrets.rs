//! No secret (password, secret key, token, security token) shows in the tracing output of
//! real calls, nor in `Debug` or `Display` of configurations, clients and errors.
//!
//! Every secret of this test contains the marker `SECRET`; the test fails if the marker
//! appears anywhere it captured.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use httpmock::MockServer;
use otc_dis::RetryPolicy;
use otc_dis::auth::{AkSk, Credentials};
use otc_dis::config::Config;
use otc_dis::{Client, Error};
use otc_dis_contract::testing;
const MARKER: &str = "SECRET";
const PASSWORD: &str = "pw-SECRET-password";
const SECRET_KEY: &str = "sk-SECRET-key";
const SECURITY_TOKEN: &str = "sectok-SECRET";

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn token_body(dis: &MockServer) -> serde_json::Value {
    serde_json::json!({"token": {
        "expires_at": (chrono::Utc::now() + chrono::Duration::hours(24)).to_rfc3339(),
        "project": {"id": "pid"},
        "catalog": [{"type": "disv2", "endpoints": [
            {"interface": "public", "region": "eu-de", "url": dis.url("/v2/pid")}]}]
    }})
}

fn password_config(iam: &MockServer) -> Config {
    Config::builder()
        .ignore_environment()
        .ignore_files()
        .auth_url(iam.url("/v3"))
        .username("alice")
        .user_domain_name("OTC0001")
        .password(PASSWORD)
        .project_name("eu-de")
        .region("eu-de")
        .retry(RetryPolicy::default().with_initial_delay(Duration::from_millis(1)))
        .build()
        .unwrap()
}

#[tokio::test]
async fn tracing_output_and_debug_output_hold_no_secret() {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let mut shown: Vec<String> = Vec::new();

    // A password login, a refused token, a renewal, a retry.
    let iam = MockServer::start_async().await;
    let dis = MockServer::start_async().await;
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(201)
            .header("X-Subject-Token", "tok-SECRET-1")
            .json_body(token_body(&dis))
            .up_to_n_times(1);
    })
    .await;
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(201)
            .header("X-Subject-Token", "tok-SECRET-2")
            .json_body(token_body(&dis));
    })
    .await;
    dis.mock_async(|when, then| {
        when.header("x-auth-token", "tok-SECRET-1");
        then.status(401).body("token revoked");
    })
    .await;
    dis.mock_async(|when, then| {
        when.header("x-auth-token", "tok-SECRET-2");
        then.status(503).body("busy").up_to_n_times(1);
    })
    .await;
    dis.mock_async(|when, then| {
        when.header("x-auth-token", "tok-SECRET-2");
        then.status(200)
            .header("X-Request-Id", "req-0042")
            .json_body_obj(&testing::no_streams());
    })
    .await;
    let config = password_config(&iam);
    shown.push(format!("{config:?}"));
    shown.push(format!("{:?}", config.credentials()));
    let client = Client::connect(config).await.unwrap();
    client
        .raw()
        .list_streams()
        .project_id(client.project_id())
        .send()
        .await
        .unwrap();
    shown.push(format!("{client:?}"));

    // AK/SK with a security token, and a refused answer.
    let signed = MockServer::start_async().await;
    signed
        .mock_async(|_, then| {
            then.status(403)
                .json_body(serde_json::json!({"error_code": "APIGW.0101", "error_msg": "denied"}));
        })
        .await;
    let builder = Config::builder()
        .ignore_environment()
        .ignore_files()
        .credentials(Credentials::AkSk(
            AkSk::new("AKPUBLIC", SECRET_KEY).with_security_token(SECURITY_TOKEN),
        ))
        .endpoint(signed.url("/v2/pid"))
        .region("eu-de")
        .token("tok-SECRET-unused")
        .secret_key("sk-SECRET-unused");
    shown.push(format!("{builder:?}"));
    let config = builder.build().unwrap();
    shown.push(format!("{config:?}"));
    let client = Client::connect(config).await.unwrap();
    let err = client
        .raw()
        .list_streams()
        .project_id("pid")
        .send()
        .await
        .unwrap_err();
    shown.push(format!("{err:?}"));
    shown.push(err.to_string());
    shown.push(format!("{client:?}"));

    // IAM refusing the password.
    let refusing = MockServer::start_async().await;
    refusing
        .mock_async(|_, then| {
            then.status(401).json_body(
                serde_json::json!({"error": {"code": 401, "message": "The password is wrong."}}),
            );
        })
        .await;
    let err = Client::connect(password_config(&refusing))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Auth(_)));
    shown.push(format!("{err:?}"));
    shown.push(err.to_string());

    drop(_guard);
    let logs = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    if std::env::var_os("SHOW_TRACING").is_some() {
        println!("{logs}");
    }
    // The capture works and has what the span promises.
    for expected in [
        "dis.request",
        "operation=\"list_streams\"",
        "status=200",
        "request_id=\"req-0042\"",
        "attempts=3",
        "retrying",
        "logging in to IAM again",
    ] {
        assert!(
            logs.contains(expected),
            "{expected:?} is not in the tracing output:\n{logs}"
        );
    }
    assert!(
        !logs.contains(MARKER),
        "a secret is in the tracing output:\n{logs}"
    );
    for text in &shown {
        assert!(!text.contains(MARKER), "a secret is in:\n{text}");
    }
}

/// Where a secret can be given: a builder setter, an environment variable, or a key of the
/// cloud in clouds.yaml or secure.yaml.
#[derive(Debug, Clone, Copy)]
enum Path {
    Setter(&'static str),
    Env(&'static str),
    Clouds(&'static str),
    Secure(&'static str),
}

/// The kind of credentials a secret belongs to.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Password,
    Token,
    SecretKey,
    SecurityToken,
}

/// Every path of every secret setting, each with its own secret.
const PLANTED: &[(Path, Kind, &str)] = &[
    (
        Path::Setter("password"),
        Kind::Password,
        "setter-password-SECRET-1",
    ),
    (Path::Setter("token"), Kind::Token, "setter-token-SECRET-2"),
    (
        Path::Setter("secret_key"),
        Kind::SecretKey,
        "setter-sk-SECRET-3",
    ),
    (
        Path::Setter("security_token"),
        Kind::SecurityToken,
        "setter-sectok-SECRET-4",
    ),
    (
        Path::Env("OS_PASSWORD"),
        Kind::Password,
        "env-password-SECRET-5",
    ),
    (
        Path::Env("OS_SECRET_KEY"),
        Kind::SecretKey,
        "env-sk-long-SECRET-6",
    ),
    (Path::Env("OS_SK"), Kind::SecretKey, "env-sk-short-SECRET-7"),
    (
        Path::Env("OS_SECURITY_TOKEN"),
        Kind::SecurityToken,
        "env-sectok-SECRET-8",
    ),
    (
        Path::Env("OS_AUTH_TOKEN"),
        Kind::Token,
        "env-auth-token-SECRET-9",
    ),
    (Path::Env("OS_TOKEN"), Kind::Token, "env-token-SECRET-10"),
    (
        Path::Clouds("auth.password"),
        Kind::Password,
        "clouds-password-SECRET-11",
    ),
    (
        Path::Clouds("auth.token"),
        Kind::Token,
        "clouds-token-SECRET-12",
    ),
    (Path::Clouds("sk"), Kind::SecretKey, "clouds-sk-SECRET-13"),
    (
        Path::Clouds("secret_key"),
        Kind::SecretKey,
        "clouds-secret-key-SECRET-14",
    ),
    (
        Path::Clouds("auth.sk"),
        Kind::SecretKey,
        "clouds-auth-sk-SECRET-15",
    ),
    (
        Path::Clouds("auth.secret_key"),
        Kind::SecretKey,
        "clouds-auth-secret-key-SECRET-16",
    ),
    (
        Path::Clouds("security_token"),
        Kind::SecurityToken,
        "clouds-sectok-SECRET-17",
    ),
    (
        Path::Clouds("auth.security_token"),
        Kind::SecurityToken,
        "clouds-auth-sectok-SECRET-18",
    ),
    (
        Path::Secure("auth.password"),
        Kind::Password,
        "secure-password-SECRET-19",
    ),
    (
        Path::Secure("auth.token"),
        Kind::Token,
        "secure-token-SECRET-20",
    ),
    (Path::Secure("sk"), Kind::SecretKey, "secure-sk-SECRET-21"),
    (
        Path::Secure("secret_key"),
        Kind::SecretKey,
        "secure-secret-key-SECRET-22",
    ),
    (
        Path::Secure("auth.sk"),
        Kind::SecretKey,
        "secure-auth-sk-SECRET-23",
    ),
    (
        Path::Secure("auth.secret_key"),
        Kind::SecretKey,
        "secure-auth-secret-key-SECRET-24",
    ),
    (
        Path::Secure("security_token"),
        Kind::SecurityToken,
        "secure-sectok-SECRET-25",
    ),
    (
        Path::Secure("auth.security_token"),
        Kind::SecurityToken,
        "secure-auth-sectok-SECRET-26",
    ),
];

/// The secret key given with a planted security token.
const PAIRED_SECRET_KEY: &str = "paired-sk-SECRET-27";

/// `{"a": {"b": value}}` for the dotted path `a.b`.
fn nested(path: &str, value: serde_json::Value) -> serde_json::Value {
    path.rsplit('.')
        .fold(value, |inner, key| serde_json::json!({ key: inner }))
}

/// A builder with `secret` at `path` and, when `complete`, the other settings its kind
/// needs, reading no process environment and only the files of `dir`.
fn planted(
    dir: &std::path::Path,
    path: Path,
    kind: Kind,
    secret: &str,
    complete: Option<(&MockServer, &MockServer)>,
) -> otc_dis::config::ConfigBuilder {
    let home = dir.join("home");
    let mut env = vec![("HOME".to_owned(), home.display().to_string())];
    let cloud = |file: &str| {
        let text = serde_json::json!({"clouds": {"otc": nested(
            match path { Path::Clouds(key) | Path::Secure(key) => key, _ => unreachable!() },
            secret.into(),
        )}});
        std::fs::write(dir.join(file), text.to_string()).unwrap();
    };
    let mut builder = Config::builder().config_dirs([dir]).cloud("otc");
    std::fs::write(dir.join("clouds.yaml"), "clouds:\n  otc: {}\n").unwrap();
    let _ = std::fs::remove_file(dir.join("secure.yaml"));
    match path {
        Path::Setter("password") => builder = builder.password(secret),
        Path::Setter("token") => builder = builder.token(secret),
        Path::Setter("secret_key") => builder = builder.secret_key(secret),
        Path::Setter("security_token") => builder = builder.security_token(secret),
        Path::Setter(other) => panic!("no setter {other}"),
        Path::Env(name) => env.push((name.to_owned(), secret.to_owned())),
        Path::Clouds(_) => cloud("clouds.yaml"),
        Path::Secure(_) => cloud("secure.yaml"),
    }
    builder = builder.environment(env);
    let Some((iam, dis)) = complete else {
        return builder;
    };
    let builder = builder.retry(RetryPolicy::none());
    match kind {
        Kind::Password => builder
            .auth_url(iam.url("/v3"))
            .username("alice")
            .user_domain_name("OTC0001")
            .project_name("eu-de")
            .region("eu-de"),
        Kind::Token => builder.project_id("pid").endpoint(dis.url("/v2/pid")),
        Kind::SecretKey => builder
            .access_key("AKPUBLIC")
            .project_id("pid")
            .region("eu-de")
            .endpoint(dis.url("/v2/pid")),
        Kind::SecurityToken => builder
            .access_key("AKPUBLIC")
            .secret_key(PAIRED_SECRET_KEY)
            .project_id("pid")
            .region("eu-de")
            .endpoint(dis.url("/v2/pid")),
    }
}

/// `{:?}` and `{:#?}` of `value`.
fn debug_of(value: &dyn std::fmt::Debug) -> [String; 2] {
    [format!("{value:?}"), format!("{value:#?}")]
}

/// `{:?}`, `{:#?}` and `{}` of `value`.
fn all_of<T: std::fmt::Debug + std::fmt::Display>(value: &T) -> [String; 3] {
    [
        format!("{value:?}"),
        format!("{value:#?}"),
        format!("{value}"),
    ]
}

/// The secret a configuration's credentials hold for `kind`, to prove it got there.
fn held_secret(credentials: &Credentials, kind: Kind) -> Option<String> {
    use secrecy::ExposeSecret;
    match (credentials, kind) {
        (Credentials::Password(p), Kind::Password) => Some(p.password().expose_secret().into()),
        (Credentials::Token(t), Kind::Token) => Some(t.token().expose_secret().into()),
        (Credentials::AkSk(k), Kind::SecretKey) => Some(k.secret_key().expose_secret().into()),
        (Credentials::AkSk(k), Kind::SecurityToken) => {
            k.security_token().map(|t| t.expose_secret().into())
        }
        _ => None,
    }
}

/// Everything the configuration and its credentials show.
fn shown_by_config(config: &Config) -> Vec<String> {
    let credentials = config.credentials();
    let mut shown: Vec<String> = debug_of(config).into();
    shown.extend(debug_of(credentials));
    match credentials {
        Credentials::Password(p) => {
            shown.extend(debug_of(p));
            shown.extend(all_of(p.user()));
            shown.extend(all_of(p.project()));
        }
        Credentials::Token(t) => shown.extend(debug_of(t)),
        Credentials::AkSk(k) => {
            shown.extend(debug_of(k));
            shown.extend(all_of(&k.form()));
        }
        _ => {}
    }
    shown
}

/// Every secret, from every configuration path, stays out of `Debug` and `Display` of the
/// builder, the configuration, the credentials and their parts, the client and its
/// pipeline, and of the errors of failing resolutions and connections.
#[tokio::test]
async fn no_configuration_path_shows_a_secret() {
    use otc_dis::raw::ClientInfo;

    let iam = MockServer::start_async().await;
    let dis = MockServer::start_async().await;
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(201)
            .header("X-Subject-Token", "issued-token-SECRET-28")
            .json_body(token_body(&dis));
    })
    .await;
    let refusing_iam = MockServer::start_async().await;
    refusing_iam
        .mock_async(|_, then| {
            then.status(401)
                .json_body(serde_json::json!({"error": {"code": 401, "message": "no"}}));
        })
        .await;
    let dir = tempfile::tempdir().unwrap();
    let mut shown: Vec<String> = Vec::new();

    for &(path, kind, secret) in PLANTED {
        let case = format!("{path:?}");
        // Complete: the secret reaches the credentials, and the client is made.
        let builder = planted(dir.path(), path, kind, secret, Some((&iam, &dis)));
        shown.extend(debug_of(&builder));
        let config = builder
            .clone()
            .build()
            .unwrap_or_else(|e| panic!("{case}: {e}"));
        assert_eq!(
            held_secret(config.credentials(), kind).as_deref(),
            Some(secret),
            "{case}: the planted secret does not reach the credentials"
        );
        shown.extend(shown_by_config(&config));
        let client = Client::connect(config.clone())
            .await
            .unwrap_or_else(|e| panic!("{case}: {e}"));
        shown.extend(debug_of(&client));
        shown.extend(debug_of(client.raw().inner()));

        // Failing: IAM refusing the password, a bad endpoint, settings missing.
        if kind == Kind::Password {
            let refused = planted(dir.path(), path, kind, secret, Some((&refusing_iam, &dis)));
            let err = Client::connect(refused.build().unwrap()).await.unwrap_err();
            shown.extend(all_of(&err));
        }
        let bad_endpoint = builder
            .endpoint("ftp://127.0.0.1/v2/pid")
            .build()
            .unwrap_err();
        shown.extend(all_of(&bad_endpoint));
        shown.extend(all_of(&Error::from(bad_endpoint)));
        let incomplete = planted(dir.path(), path, kind, secret, None);
        shown.extend(debug_of(&incomplete));
        let err = incomplete.build().unwrap_err();
        shown.extend(all_of(&err));
        shown.extend(all_of(&Error::from(err)));
    }

    // Everything at once, and whole credentials given to the builder.
    let mut everything = Config::builder()
        .config_dirs([dir.path()])
        .cloud("otc")
        .credentials(Credentials::AkSk(
            AkSk::new("AKPUBLIC", "given-sk-SECRET-29")
                .with_security_token("given-sectok-SECRET-30"),
        ));
    let mut env = vec![("HOME".to_owned(), "/nonexistent".to_owned())];
    let mut clouds = serde_json::json!({});
    let mut secure = serde_json::json!({});
    for &(path, _, secret) in PLANTED {
        match path {
            Path::Setter("password") => everything = everything.password(secret),
            Path::Setter("token") => everything = everything.token(secret),
            Path::Setter("secret_key") => everything = everything.secret_key(secret),
            Path::Setter(_) => everything = everything.security_token(secret),
            Path::Env(name) => env.push((name.to_owned(), secret.to_owned())),
            Path::Clouds(key) => merge(&mut clouds, nested(key, secret.into())),
            Path::Secure(key) => merge(&mut secure, nested(key, secret.into())),
        }
    }
    for (file, cloud) in [("clouds.yaml", clouds), ("secure.yaml", secure)] {
        let text = serde_json::json!({"clouds": {"otc": cloud}});
        std::fs::write(dir.path().join(file), text.to_string()).unwrap();
    }
    let everything = everything
        .environment(env)
        .project_id("pid")
        .region("eu-de")
        .endpoint(dis.url("/v2/pid"));
    shown.extend(debug_of(&everything));
    let config = everything.clone().build().unwrap();
    shown.extend(shown_by_config(&config));
    let client = Client::connect(config).await.unwrap();
    shown.extend(debug_of(&client));
    shown.extend(debug_of(client.raw().inner()));
    for given in [
        Credentials::token("given-token-SECRET-31"),
        Credentials::Password(otc_dis::auth::PasswordAuth::new(
            iam.url("/v3"),
            otc_dis::auth::UserRef::id("u1"),
            "given-password-SECRET-32",
            otc_dis::auth::ProjectScope::id("pid"),
        )),
    ] {
        let config = everything.clone().credentials(given).build().unwrap();
        shown.extend(shown_by_config(&config));
        let client = Client::connect(config).await.unwrap();
        shown.extend(debug_of(&client));
    }

    // Misshaped files and URLs holding secrets: the errors name them without quoting.
    let misshaped = [
        (
            "clouds.yaml",
            "clouds:\n  otc:\n    auth: misshaped-SECRET-33\n",
        ),
        (
            "clouds.yaml",
            "clouds:\n  otc:\n    auth:\n      password: [misshaped-SECRET-34]\n",
        ),
        (
            "clouds.yaml",
            "clouds:\n  otc:\n    sk: {value: misshaped-SECRET-35}\n",
        ),
        (
            "clouds.yaml",
            "clouds:\n  otc:\n    regions: misshaped-SECRET-36\n",
        ),
        ("clouds.yaml", "clouds:\n  otc: misshaped-SECRET-37\n"),
        ("clouds.yaml", "clouds: [misshaped-SECRET-38]\n"),
        (
            "clouds.yaml",
            "clouds:\n  otc:\n    auth: {password: 'unclosed-SECRET-39\n",
        ),
    ];
    for (file, text) in misshaped {
        let _ = std::fs::remove_file(dir.path().join("secure.yaml"));
        std::fs::write(dir.path().join(file), text).unwrap();
        let err = Config::builder()
            .ignore_environment()
            .config_dirs([dir.path()])
            .cloud("otc")
            .build()
            .unwrap_err();
        shown.extend(all_of(&err));
    }
    for endpoint in [
        "https://user:url-password-SECRET-40@dis.example.test/v2/pid",
        "https://user-SECRET-41@dis.example.test/v2/pid",
    ] {
        let err = Config::builder()
            .ignore_environment()
            .ignore_files()
            .environment([("DIS_ENDPOINT", endpoint)])
            .build()
            .unwrap_err();
        shown.extend(all_of(&err));
        let err = Client::with_endpoint(endpoint, "pid").unwrap_err();
        shown.extend(all_of(&err));
    }

    assert!(shown.len() > 300, "only {} texts were checked", shown.len());
    // Every secret of this test holds `-SECRET-`; names such as OS_SECRET_KEY do not.
    for text in &shown {
        assert!(!text.contains("-SECRET-"), "a secret is in:\n{text}");
    }
}

/// `overlay` merged into `base`, maps key by key.
fn merge(base: &mut serde_json::Value, overlay: serde_json::Value) {
    match (base, overlay) {
        (serde_json::Value::Object(base), serde_json::Value::Object(overlay)) => {
            for (key, value) in overlay {
                merge(base.entry(key).or_insert(serde_json::Value::Null), value);
            }
        }
        (base, overlay) => *base = overlay,
    }
}
