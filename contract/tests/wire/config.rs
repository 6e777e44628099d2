//! Configuration precedence (explicit > environment > clouds.yaml with secure.yaml merged
//! over it) as data-file cases under `tests/fixtures/config/<case>/`:
//!
//! * `env`: `NAME=value` lines, the environment of the case (`{case}` is the case
//!   directory). `HOME` defaults to `{case}/home`, so the real home is never read.
//! * `explicit`: `setting=value` lines for `ConfigBuilder` setters (and `cloud`).
//! * `cwd/`: the current directory of the search; `home/`, `xdg/`, ... as the case needs.
//! * `expected.json`: the resolved settings (secrets included, so that the right value is
//!   seen to win), or `{"error": [substrings of the message]}`, optionally with
//!   `"absent": [...]`, texts that neither `Display` nor `Debug` of the error may hold.
//!
//! The process environment is read by one test only, in a child process of its own.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use otc_dis::auth::Credentials;
use otc_dis::config::{Config, ConfigBuilder};
use secrecy::ExposeSecret;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/config")
}

fn lines(dir: &Path, name: &str, case: &str) -> Vec<(String, String)> {
    let Ok(text) = std::fs::read_to_string(dir.join(name)) else {
        return Vec::new();
    };
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (k, v) = l
                .split_once('=')
                .unwrap_or_else(|| panic!("{name}: `{l}` is not NAME=value"));
            (k.trim().to_owned(), v.trim().replace("{case}", case))
        })
        .collect()
}

fn builder_for(dir: &Path) -> ConfigBuilder {
    let case = dir.display().to_string();
    let mut env: BTreeMap<String, String> = lines(dir, "env", &case).into_iter().collect();
    env.entry("HOME".into())
        .or_insert_with(|| format!("{case}/home"));
    let mut builder = Config::builder()
        .environment(env)
        .current_dir(dir.join("cwd"));
    for (key, value) in lines(dir, "explicit", &case) {
        builder = match key.as_str() {
            "cloud" => builder.cloud(value),
            "auth_url" => builder.auth_url(value),
            "username" => builder.username(value),
            "user_id" => builder.user_id(value),
            "password" => builder.password(value),
            "user_domain_name" => builder.user_domain_name(value),
            "project_name" => builder.project_name(value),
            "project_id" => builder.project_id(value),
            "token" => builder.token(value),
            "region" => builder.region(value),
            "access_key" => builder.access_key(value),
            "secret_key" => builder.secret_key(value),
            "endpoint" => builder.endpoint(value),
            "signature_form" => builder.signature_form(value.parse().unwrap()),
            "record_encoding" => builder.record_encoding(value.parse().unwrap()),
            other => panic!("explicit: unknown setting {other}"),
        };
    }
    builder
}

/// The resolved settings as a flat JSON object of the values that are set.
fn summary(config: &Config) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    let mut put = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            map.insert(k.to_owned(), v.into());
        }
    };
    put("credentials", Some(config.credentials().kind().to_owned()));
    match config.credentials() {
        Credentials::Password(p) => {
            put("auth_url", Some(p.auth_url().to_owned()));
            put("user", Some(p.user().to_string()));
            put("password", Some(p.password().expose_secret().to_owned()));
            put("project", Some(p.project().to_string()));
        }
        Credentials::Token(t) => {
            put("token", Some(t.token().expose_secret().to_owned()));
            put("auth_url", t.auth_url().map(str::to_owned));
        }
        Credentials::AkSk(k) => {
            put("access_key", Some(k.access_key().to_owned()));
            put(
                "secret_key",
                Some(k.secret_key().expose_secret().to_owned()),
            );
            put(
                "security_token",
                k.security_token().map(|t| t.expose_secret().to_owned()),
            );
            put("signature_form", Some(k.form().name().to_owned()));
        }
        _ => {}
    }
    put("region", config.region().map(str::to_owned));
    put("project_id", config.project_id().map(str::to_owned));
    put("endpoint", config.endpoint().map(str::to_owned));
    put("cloud", config.cloud().map(str::to_owned));
    // Only when not the default, so that the other cases need not name it.
    put(
        "record_encoding",
        (config.record_encoding() != otc_dis::RecordEncoding::Json)
            .then(|| config.record_encoding().to_string()),
    );
    serde_json::Value::Object(map)
}

fn run_case(dir: &Path) -> Result<(), String> {
    let case = dir.display().to_string();
    let expected_text = std::fs::read_to_string(dir.join("expected.json"))
        .map_err(|e| format!("expected.json: {e}"))?;
    let expected: serde_json::Value =
        serde_json::from_str(&expected_text).map_err(|e| e.to_string())?;
    let result = builder_for(dir).build();
    match (expected.get("error"), result) {
        (Some(wanted), Err(err)) => {
            let text = err.to_string();
            if !text.starts_with("configuration error: ") {
                return Err(format!("the message lacks its prefix:\n{text}"));
            }
            for part in wanted.as_array().expect("error is a list") {
                let part = part.as_str().unwrap().replace("{case}", &case);
                if !text.contains(&part) {
                    return Err(format!("the message lacks {part:?}:\n{text}"));
                }
            }
            let debug = format!("{err:?}");
            let absent = expected.get("absent").and_then(|a| a.as_array());
            for part in absent.into_iter().flatten() {
                let part = part.as_str().expect("absent holds strings");
                if text.contains(part) || debug.contains(part) {
                    return Err(format!("the error shows {part:?}:\n{text}\n{debug}"));
                }
            }
            Ok(())
        }
        (Some(_), Ok(config)) => Err(format!("expected an error, got {}", summary(&config))),
        (None, Err(err)) => Err(format!("unexpected error: {err}")),
        (None, Ok(config)) => {
            let got = summary(&config);
            if got == expected {
                Ok(())
            } else {
                Err(format!("expected {expected:#}\ngot {got:#}"))
            }
        }
    }
}

#[test]
fn data_file_cases() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("tests/fixtures/config")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 20, "only {} cases found", dirs.len());
    let failures: Vec<String> = dirs
        .iter()
        .filter_map(|dir| {
            run_case(dir)
                .err()
                .map(|e| format!("{}: {e}", dir.file_name().unwrap().to_string_lossy()))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n\n")
    );
}

#[test]
fn debug_of_every_configuration_type_hides_secrets() {
    let dir = fixtures().join("secure_yaml_merged_over_clouds_yaml");
    let builder = builder_for(&dir)
        .token("builder-token")
        .secret_key("builder-sk");
    let config = builder_for(&dir).build().unwrap();
    for text in [
        format!("{builder:?}"),
        format!("{config:?}"),
        format!("{:?}", config.credentials()),
    ] {
        for secret in [
            "secure-password",
            "builder-token",
            "builder-sk",
            "secure-sk",
        ] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
    }
}

/// Set in the child process that [`from_env_and_from_cloud_read_the_process_environment`]
/// starts.
const CHILD: &str = "OTC_DIS_TEST_ENVIRONMENT_CHILD";

/// `Client::from_env` and `Config::from_cloud` read the process environment. The other
/// tests of this binary run on threads of the same process, so the environment is not
/// changed here: the test runs itself again in a child process that is given its own
/// environment, and the child connects to this process's mock.
#[tokio::test]
async fn from_env_and_from_cloud_read_the_process_environment() {
    if std::env::var_os(CHILD).is_some() {
        return connect_from_the_environment().await;
    }
    let dis = httpmock::MockServer::start_async().await;
    let streams = dis
        .mock_async(|when, then| {
            when.path("/v2/p-local/streams");
            then.status(200)
                .json_body_obj(&otc_dis_contract::testing::no_streams());
        })
        .await;
    let dir = tempfile::tempdir().unwrap();
    let clouds = dir.path().join("clouds.yaml");
    std::fs::write(
        &clouds,
        format!(
            "clouds:\n  local:\n    disv2_endpoint_override: {}\n",
            dis.url("/v2/p-local")
        ),
    )
    .unwrap();
    let mut command = std::process::Command::new(std::env::current_exe().unwrap());
    for (name, _) in std::env::vars() {
        if name.starts_with("OS_") || name.starts_with("DIS_") {
            command.env_remove(name);
        }
    }
    let this_test = "config::from_env_and_from_cloud_read_the_process_environment";
    let child = command
        .args(["--exact", this_test, "--test-threads", "1", "--nocapture"])
        .env("OS_CLIENT_CONFIG_FILE", &clouds)
        .env("OS_CLOUD", "local")
        .env("HOME", dir.path())
        .env(CHILD, "1")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let out = finished_within(child, std::time::Duration::from_secs(60)).await;
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "child failed: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("1 passed"),
        "the child ran no test: {stdout}"
    );
    streams.assert_calls_async(2).await;
}

/// The output of `child`, which is killed and the test failed if it runs longer than
/// `limit`. Waits without blocking the runtime, which serves the mock the child calls.
async fn finished_within(
    mut child: std::process::Child,
    limit: std::time::Duration,
) -> std::process::Output {
    let deadline = tokio::time::Instant::now() + limit;
    while child.try_wait().unwrap().is_none() {
        if tokio::time::Instant::now() > deadline {
            child.kill().unwrap();
            panic!("the child test ran longer than {limit:?}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    child.wait_with_output().unwrap()
}

/// The child's part: both entry points, configured from the environment alone, reach the
/// parent's mock (named by the clouds.yaml that `OS_CLIENT_CONFIG_FILE` points to).
async fn connect_from_the_environment() {
    assert_eq!(std::env::var("OS_CLOUD").as_deref(), Ok("local"));
    let from_env = otc_dis::Client::from_env().await;
    let from_cloud = match Config::from_cloud("local") {
        Ok(config) => otc_dis::Client::connect(config).await,
        Err(e) => Err(e.into()),
    };
    for client in [from_env.unwrap(), from_cloud.unwrap()] {
        assert_eq!(client.project_id(), "p-local");
        client
            .raw()
            .list_streams()
            .project_id(client.project_id())
            .send()
            .await
            .unwrap();
    }
}

#[test]
#[ignore = "prints the messages of the error cases for reading"]
fn print_error_messages() {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    for dir in dirs.iter().filter(|d| {
        d.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("error_")
    }) {
        if let Err(e) = builder_for(dir).build() {
            println!("--- {}\n{e}\n", dir.file_name().unwrap().to_string_lossy());
        }
    }
}

#[test]
fn a_yaml_error_does_not_quote_the_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("clouds.yaml"),
        "clouds:\n  otc:\n    auth:\n      password: [very-secret-password\n",
    )
    .unwrap();
    let err = Config::builder()
        .environment([("OS_CLOUD", "otc")])
        .config_dirs([dir.path()])
        .build()
        .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("is not valid YAML"), "{text}");
    assert!(!text.contains("very-secret-password"), "{text}");
}

#[test]
fn client_with_endpoint_refuses_what_the_configuration_refuses() {
    let refused = [
        (
            "not a url/v2/p1",
            "is not a DIS endpoint: it is not a URL (relative URL without a base); expected http(s)://",
        ),
        ("ftp://127.0.0.1/v2/p1", "its scheme is \"ftp\""),
        (
            "127.0.0.1:8080",
            "it is not a URL (relative URL without a base)",
        ),
        ("localhost:8080", "its scheme is \"localhost\""),
        (
            "http://127.0.0.1:8080/v2/p1/streams",
            "goes on after /v2/{project_id}",
        ),
        (
            "http://127.0.0.1:8080/v2/other",
            "names project \"other\", but the project is \"p1\" (the project_id of Client::with_endpoint)",
        ),
    ];
    for (endpoint, problem) in refused {
        match otc_dis::Client::with_endpoint(endpoint, "p1") {
            Err(otc_dis::Error::Config(e)) => {
                let prefix = format!("the endpoint of Client::with_endpoint: {endpoint:?} ");
                assert!(e.message().starts_with(&prefix), "{e}");
                assert!(e.message().contains(problem), "{endpoint}: {e}");
            }
            other => panic!("{endpoint}: expected a configuration error, got {other:?}"),
        }
    }
    for endpoint in [
        "http://127.0.0.1:8080",
        "http://127.0.0.1:8080/v2/p1/",
        "https://dis.example.test/prefix/v2/p1",
    ] {
        let client = otc_dis::Client::with_endpoint(endpoint, "p1").unwrap();
        assert_eq!(client.project_id(), "p1");
    }
}
