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
            .json_body(serde_json::json!({"total_number": 0, "has_more_streams": false, "stream_info_list": []}));
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
