//! Password login against an httpmock IAM: token issue, project and endpoint from the
//! catalog, caching, refresh before expiry, one renewal after a 401, refusals surfacing
//! as `Error::Auth`, and fixed tokens.

use std::time::Duration;

use httpmock::MockServer;
use otc_dis::RetryPolicy;
use otc_dis::config::Config;
use otc_dis::raw::ClientInfo;
use otc_dis::{Client, Error};
use otc_dis_contract::testing;
const DOMAIN: &str = "OTC00000000001000000001";
const PROJECT_ID: &str = "0123456789abcdef0123456789abcdef";

fn token_body(expires_in: chrono::Duration, catalog: serde_json::Value) -> serde_json::Value {
    let expires_at =
        (chrono::Utc::now() + expires_in).to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    serde_json::json!({
        "token": {
            "expires_at": expires_at,
            "issued_at": chrono::Utc::now().to_rfc3339(),
            "methods": ["password"],
            "project": {"id": PROJECT_ID, "name": "eu-de", "domain": {"name": DOMAIN}},
            "user": {"name": "alice", "domain": {"name": DOMAIN}},
            "catalog": catalog,
        }
    })
}

fn catalog(entries: &[(&str, &str)]) -> serde_json::Value {
    let endpoints: Vec<_> = entries
        .iter()
        .map(|(region, url)| serde_json::json!({"interface": "public", "region": region, "region_id": region, "url": url}))
        .collect();
    serde_json::json!([
        {"type": "identity", "name": "iam", "endpoints": [{"interface": "public", "region": "*", "url": "https://iam"}]},
        {"type": "disv2", "name": "dis", "endpoints": endpoints},
    ])
}

fn dis_catalog(dis: &MockServer) -> serde_json::Value {
    catalog(&[("eu-de", &dis.url(format!("/v2/{PROJECT_ID}")))])
}

fn config(iam: &MockServer) -> otc_dis::config::ConfigBuilder {
    Config::builder()
        .ignore_environment()
        .ignore_files()
        .auth_url(iam.url("/v3"))
        .username("alice")
        .user_domain_name(DOMAIN)
        .password("correct horse")
        .project_name("eu-de")
        .region("eu-de")
        .retry(
            RetryPolicy::default()
                .with_initial_delay(Duration::from_millis(1))
                .with_jitter(false),
        )
}

async fn list(client: &Client) -> Result<(), otc_dis::raw::Error<otc_dis::ErrorBody>> {
    client
        .raw()
        .list_streams()
        .project_id(client.project_id())
        .send()
        .await
        .map(|_| ())
}

#[tokio::test]
async fn password_login_gives_project_endpoint_and_a_cached_token() {
    let iam = MockServer::start_async().await;
    let dis = MockServer::start_async().await;
    let issue = iam
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v3/auth/tokens")
                .header("content-type", "application/json")
                .json_body_includes(
                    serde_json::json!({"auth": {
                        "identity": {"methods": ["password"], "password": {"user": {
                            "name": "alice", "password": "correct horse", "domain": {"name": DOMAIN}}}},
                        "scope": {"project": {"name": "eu-de", "domain": {"name": DOMAIN}}}
                    }})
                    .to_string(),
                );
            then.status(201)
                .header("X-Subject-Token", "token-1")
                .json_body(token_body(chrono::Duration::hours(24), dis_catalog(&dis)));
        })
        .await;
    let streams = dis
        .mock_async(|when, then| {
            when.method("GET")
                .path(format!("/v2/{PROJECT_ID}/streams"))
                .header("x-auth-token", "token-1")
                .header_missing("authorization");
            then.status(200).json_body_obj(&testing::no_streams());
        })
        .await;

    let client = Client::connect(config(&iam).build().unwrap())
        .await
        .unwrap();
    assert_eq!(client.project_id(), PROJECT_ID);
    assert_eq!(client.raw().baseurl(), &dis.base_url());
    list(&client).await.unwrap();
    list(&client).await.unwrap();
    list(&client.clone()).await.unwrap();

    issue.assert_calls_async(1).await;
    streams.assert_calls_async(3).await;
}

#[tokio::test]
async fn the_catalog_endpoint_of_the_configured_region_is_used() {
    let iam = MockServer::start_async().await;
    let nl = MockServer::start_async().await;
    let de = MockServer::start_async().await;
    let nl_url = nl.url(format!("/v2/{PROJECT_ID}"));
    let de_url = de.url(format!("/v2/{PROJECT_ID}"));
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(201)
            .header("X-Subject-Token", "t")
            .json_body(token_body(
                chrono::Duration::hours(24),
                catalog(&[("eu-nl", &nl_url), ("eu-de", &de_url)]),
            ));
    })
    .await;
    let on_de = de
        .mock_async(|when, then| {
            when.path(format!("/v2/{PROJECT_ID}/streams"));
            then.status(200).json_body_obj(&testing::no_streams());
        })
        .await;
    let client = Client::connect(config(&iam).build().unwrap())
        .await
        .unwrap();
    list(&client).await.unwrap();
    on_de.assert_calls_async(1).await;

    // Without a region, the first public endpoint is taken, and the region is learnt from it.
    let client = Client::connect(
        Config::builder()
            .ignore_environment()
            .ignore_files()
            .auth_url(iam.url("/v3"))
            .user_id("u-1")
            .password("pw")
            .project_id(PROJECT_ID)
            .build()
            .unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(client.raw().baseurl(), &nl.base_url());
}

#[tokio::test]
async fn without_a_catalog_entry_the_default_endpoint_is_used_and_an_override_wins() {
    let iam = MockServer::start_async().await;
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(201)
            .header("X-Subject-Token", "t")
            .json_body(token_body(
                chrono::Duration::hours(24),
                serde_json::json!([]),
            ));
    })
    .await;
    let client = Client::connect(config(&iam).build().unwrap())
        .await
        .unwrap();
    assert_eq!(
        client.raw().baseurl(),
        "https://dis.eu-de.otc.t-systems.com"
    );
    assert_eq!(client.project_id(), PROJECT_ID);

    let client = Client::connect(
        config(&iam)
            .endpoint("http://127.0.0.1:9/")
            .build()
            .unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(client.raw().baseurl(), "http://127.0.0.1:9");
}

#[tokio::test]
async fn a_token_close_to_expiry_is_refreshed_before_use() {
    let iam = MockServer::start_async().await;
    let dis = MockServer::start_async().await;
    // Five minutes left: inside the refresh margin, so every use asks for a new token.
    let issue = iam
        .mock_async(|when, then| {
            when.method("POST").path("/v3/auth/tokens");
            then.status(201)
                .header("X-Subject-Token", "short-lived")
                .json_body(token_body(chrono::Duration::minutes(5), dis_catalog(&dis)));
        })
        .await;
    let streams = dis
        .mock_async(|when, then| {
            when.path(format!("/v2/{PROJECT_ID}/streams"))
                .header("x-auth-token", "short-lived");
            then.status(200).json_body_obj(&testing::no_streams());
        })
        .await;
    let client = Client::connect(config(&iam).build().unwrap())
        .await
        .unwrap();
    list(&client).await.unwrap();
    list(&client).await.unwrap();
    issue.assert_calls_async(3).await;
    streams.assert_calls_async(2).await;
}

#[tokio::test]
async fn a_401_leads_to_exactly_one_new_login() {
    let iam = MockServer::start_async().await;
    let dis = MockServer::start_async().await;
    let first = iam
        .mock_async(|when, then| {
            when.method("POST").path("/v3/auth/tokens");
            then.status(201)
                .header("X-Subject-Token", "revoked")
                .json_body(token_body(chrono::Duration::hours(24), dis_catalog(&dis)))
                .up_to_n_times(1);
        })
        .await;
    let second = iam
        .mock_async(|when, then| {
            when.method("POST").path("/v3/auth/tokens");
            then.status(201)
                .header("X-Subject-Token", "fresh")
                .json_body(token_body(chrono::Duration::hours(24), dis_catalog(&dis)));
        })
        .await;
    let refused = dis
        .mock_async(|when, then| {
            when.header("x-auth-token", "revoked");
            then.status(401)
                .json_body(serde_json::json!({"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information"}));
        })
        .await;
    let accepted = dis
        .mock_async(|when, then| {
            when.header("x-auth-token", "fresh");
            then.status(200).json_body_obj(&testing::no_streams());
        })
        .await;
    let client = Client::connect(config(&iam).build().unwrap())
        .await
        .unwrap();
    list(&client).await.unwrap();
    list(&client).await.unwrap();
    first.assert_calls_async(1).await;
    second.assert_calls_async(1).await;
    refused.assert_calls_async(1).await;
    accepted.assert_calls_async(2).await;
}

#[tokio::test]
async fn a_token_refused_again_after_renewal_is_not_renewed_twice() {
    let iam = MockServer::start_async().await;
    let dis = MockServer::start_async().await;
    let issue = iam
        .mock_async(|when, then| {
            when.method("POST").path("/v3/auth/tokens");
            then.status(201)
                .header("X-Subject-Token", "never-good")
                .json_body(token_body(chrono::Duration::hours(24), dis_catalog(&dis)));
        })
        .await;
    let refused = dis
        .mock_async(|_, then| {
            then.status(401).body("Unauthorized");
        })
        .await;
    let client = Client::connect(config(&iam).build().unwrap())
        .await
        .unwrap();
    let err = list(&client).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    // One login at connect, one renewal: no loop.
    issue.assert_calls_async(2).await;
    refused.assert_calls_async(2).await;
    // The non-JSON body stays readable with its status.
    match err {
        otc_dis::raw::Error::ErrorResponse(answer) => {
            assert_eq!(answer.into_inner().message.as_deref(), Some("Unauthorized"));
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

#[tokio::test]
async fn a_refused_password_is_an_auth_error_with_iams_status_and_message() {
    let iam = MockServer::start_async().await;
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(401).json_body(serde_json::json!({
            "error": {"code": 401, "message": "The username or password is wrong.", "title": "Unauthorized"}
        }));
    })
    .await;
    let err = Client::connect(config(&iam).build().unwrap())
        .await
        .unwrap_err();
    let Error::Auth(api) = &err else {
        panic!("expected Error::Auth, got {err:?}");
    };
    assert_eq!(api.status, 401);
    assert!(
        api.message.contains("The username or password is wrong."),
        "{api}"
    );
    assert!(api.message.contains("/v3/auth/tokens"), "{api}");
    assert!(
        api.message
            .contains("check the user name, password and user domain"),
        "{api}"
    );
    assert!(!err.to_string().contains("correct horse"));
}

#[tokio::test]
async fn an_iam_refusal_during_refresh_comes_back_as_iams_answer() {
    let iam = MockServer::start_async().await;
    let dis = MockServer::start_async().await;
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(201)
            .header("X-Subject-Token", "short")
            .json_body(token_body(chrono::Duration::minutes(1), dis_catalog(&dis)))
            .up_to_n_times(1);
    })
    .await;
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(403).json_body(
            serde_json::json!({"error_code": "IAM.0002", "error_msg": "The account is locked."}),
        );
    })
    .await;
    let untouched = dis
        .mock_async(|_, then| {
            then.status(200).json_body_obj(&testing::no_streams());
        })
        .await;
    let client = Client::connect(config(&iam).build().unwrap())
        .await
        .unwrap();
    let err = list(&client).await.unwrap_err();
    untouched.assert_calls_async(0).await;
    match err {
        otc_dis::raw::Error::ErrorResponse(answer) => {
            assert_eq!(answer.status().as_u16(), 403);
            assert_eq!(answer.headers()["x-otc-dis-local-failure"], "iam");
            let body = answer.into_inner();
            assert_eq!(body.gateway_code.as_deref(), Some("IAM.0002"));
            assert!(
                body.gateway_message
                    .unwrap()
                    .contains("The account is locked.")
            );
        }
        other => panic!("expected an error response, got {other:?}"),
    }
}

#[tokio::test]
async fn iam_5xx_is_retried() {
    let iam = MockServer::start_async().await;
    let busy = iam
        .mock_async(|when, then| {
            when.method("POST").path("/v3/auth/tokens");
            then.status(503).body("try later").up_to_n_times(2);
        })
        .await;
    let ok = iam
        .mock_async(|when, then| {
            when.method("POST").path("/v3/auth/tokens");
            then.status(201)
                .header("X-Subject-Token", "t")
                .json_body(token_body(
                    chrono::Duration::hours(24),
                    serde_json::json!([]),
                ));
        })
        .await;
    Client::connect(config(&iam).build().unwrap())
        .await
        .unwrap();
    busy.assert_calls_async(2).await;
    ok.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_fixed_token_is_sent_as_is_and_never_renewed() {
    let dis = MockServer::start_async().await;
    let refused = dis
        .mock_async(|when, then| {
            when.header("x-auth-token", "fixed-token");
            then.status(401).body("expired");
        })
        .await;
    let config = Config::builder()
        .ignore_environment()
        .ignore_files()
        .token("fixed-token")
        .project_id("p1")
        .endpoint(dis.base_url())
        .build()
        .unwrap();
    let client = Client::connect(config).await.unwrap();
    let err = list(&client).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    refused.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_fixed_token_without_project_is_looked_up_at_iam() {
    let iam = MockServer::start_async().await;
    let dis = MockServer::start_async().await;
    let inspect = iam
        .mock_async(|when, then| {
            when.method("GET")
                .path("/v3/auth/tokens")
                .header("x-auth-token", "fixed-token")
                .header("x-subject-token", "fixed-token");
            then.status(200)
                .json_body(token_body(chrono::Duration::hours(2), dis_catalog(&dis)));
        })
        .await;
    let streams = dis
        .mock_async(|when, then| {
            when.path(format!("/v2/{PROJECT_ID}/streams"))
                .header("x-auth-token", "fixed-token");
            then.status(200).json_body_obj(&testing::no_streams());
        })
        .await;
    let config = Config::builder()
        .ignore_environment()
        .ignore_files()
        .token("fixed-token")
        .auth_url(iam.url("/v3/"))
        .build()
        .unwrap();
    let client = Client::connect(config).await.unwrap();
    assert_eq!(client.project_id(), PROJECT_ID);
    list(&client).await.unwrap();
    inspect.assert_calls_async(1).await;
    streams.assert_calls_async(1).await;
}

/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[tokio::test]
async fn failures_at_iam_name_iam_and_their_causes() {
    // Nothing listens: a transport error of IAM, with the URL and the cause.
    let url = format!("http://127.0.0.1:{}/v3", closed_port());
    let config = Config::builder()
        .ignore_environment()
        .ignore_files()
        .auth_url(&url)
        .user_id("u1")
        .password("correct horse")
        .project_id(PROJECT_ID)
        .region("eu-de")
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let err = Client::connect(config).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Transport {
                service: otc_dis::Service::Iam,
                phase: otc_dis::TransportPhase::Connecting,
                ..
            }
        ),
        "{err:?}"
    );
    let text = err.to_string();
    let prefix = format!("could not reach IAM: {url}/auth/tokens: error sending request");
    assert!(text.starts_with(&prefix), "{text}");
    assert!(text.to_lowercase().contains("connect"), "{text}");

    // IAM answers 201 without a token: IAM's answer could not be read, not DIS's.
    let iam = MockServer::start_async().await;
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(201).json_body(token_body(
            chrono::Duration::hours(24),
            serde_json::json!([]),
        ));
    })
    .await;
    let err = Client::connect(config_of(&iam)).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Decode {
                service: otc_dis::Service::Iam,
                status: Some(201),
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        format!(
            "could not decode the answer of IAM (HTTP 201): IAM at {} answered HTTP 201 without an X-Subject-Token header",
            iam.url("/v3/auth/tokens")
        )
    );
}

fn config_of(iam: &MockServer) -> Config {
    config(iam).build().unwrap()
}

#[tokio::test]
async fn a_token_that_cannot_be_a_header_is_a_configuration_error_before_any_call() {
    let iam = MockServer::start_async().await;
    let anything = iam
        .mock_async(|_, then| {
            then.status(500);
        })
        .await;
    let config = Config::builder()
        .ignore_environment()
        .ignore_files()
        .token("tok\u{1}en")
        .auth_url(iam.url("/v3"))
        .build()
        .unwrap();
    let err = Client::connect(config).await.unwrap_err();
    let Error::Config(config_error) = &err else {
        panic!("expected a configuration error, got {err:?}");
    };
    assert_eq!(
        config_error.message(),
        format!(
            "cannot look up the token at IAM ({}): a credential contains characters that cannot go into an HTTP header",
            iam.url("/v3/auth/tokens")
        )
    );
    anything.assert_calls_async(0).await;
}

#[tokio::test]
async fn an_endpoint_override_naming_another_project_than_the_token_is_refused() {
    let iam = MockServer::start_async().await;
    let dis = MockServer::start_async().await;
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(201)
            .header("X-Subject-Token", "t")
            .json_body(token_body(chrono::Duration::hours(24), dis_catalog(&dis)));
    })
    .await;
    let endpoint = dis.url("/v2/another-project");
    let config = config(&iam).endpoint(&endpoint).build().unwrap();
    let err = Client::connect(config).await.unwrap_err();
    let Error::Config(config_error) = &err else {
        panic!("expected a configuration error, got {err:?}");
    };
    assert_eq!(
        config_error.message(),
        format!(
            "the DIS endpoint: {endpoint:?} names project \"another-project\", but the project is \"{PROJECT_ID}\" \
             (the project of the IAM token or the configuration); give the endpoint without /v2/{{project_id}} or with the same project"
        )
    );
}

#[tokio::test]
async fn a_token_iam_cannot_give_on_refresh_is_iams_unreadable_answer() {
    let iam = MockServer::start_async().await;
    let dis = MockServer::start_async().await;
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(201)
            .header("X-Subject-Token", "short")
            .json_body(token_body(chrono::Duration::minutes(1), dis_catalog(&dis)))
            .up_to_n_times(1);
    })
    .await;
    iam.mock_async(|when, then| {
        when.method("POST").path("/v3/auth/tokens");
        then.status(201)
            .json_body(token_body(chrono::Duration::hours(24), dis_catalog(&dis)));
    })
    .await;
    let untouched = dis
        .mock_async(|_, then| {
            then.status(200).json_body_obj(&testing::no_streams());
        })
        .await;
    let client = Client::connect(config(&iam).build().unwrap())
        .await
        .unwrap();
    let err = client.get_stream("orders").await.unwrap_err();
    untouched.assert_calls_async(0).await;
    assert!(
        matches!(
            err,
            Error::Decode {
                service: otc_dis::Service::Iam,
                status: None,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(
        err.to_string(),
        format!(
            "could not decode the answer of IAM: IAM at {} answered HTTP 201 without an X-Subject-Token header",
            iam.url("/v3/auth/tokens")
        )
    );
}

#[tokio::test]
async fn iam_answers_are_retried_by_the_same_rule_as_dis_answers() {
    // (status, requests the login costs with the default 5 attempts)
    for (status, requests) in [(429, 5), (500, 5), (501, 1), (505, 1), (400, 1)] {
        let iam = MockServer::start_async().await;
        let answer = iam
            .mock_async(|when, then| {
                when.method("POST").path("/v3/auth/tokens");
                then.status(status).body("no");
            })
            .await;
        let err = Client::connect(config(&iam).build().unwrap())
            .await
            .unwrap_err();
        assert_eq!(answer.calls_async().await, requests, "IAM {status}");
        assert_eq!(err.status(), Some(status), "{err}");
    }
}
