//! Shared test helpers: a client pointed at an httpmock server, and matchers and answers
//! as DIS gives them. The contract tests (`contract/tests/`) use this file too; the typed
//! mocks generated from the spec are `otc_dis_contract::mock`.
#![allow(dead_code)]

/// Project id used by every mock test.
pub const PROJECT: &str = "p1";

/// A client without credentials, pointed at `server`, that retries as by default but
/// with millisecond backoff so that tests of failing answers stay fast.
pub async fn client(server: &httpmock::MockServer) -> otc_dis::Client {
    let fast = otc_dis::RetryPolicy::default()
        .with_initial_delay(std::time::Duration::from_millis(1))
        .with_max_delay(std::time::Duration::from_millis(4));
    let config = otc_dis::config::Config::builder()
        .ignore_environment()
        .ignore_files()
        .endpoint(server.base_url())
        .project_id(PROJECT)
        .retry(fast)
        .build()
        .expect("test configuration");
    otc_dis::Client::connect(config).await.expect("client")
}

/// The path of an operation under `/v2/{project}`.
pub fn path(rest: &str) -> String {
    format!("/v2/{PROJECT}{rest}")
}

/// A matcher for a request whose query holds exactly `expected` (names and decoded values,
/// any order) and nothing else; `&[]` matches a request without a query.
pub fn query_is(
    expected: &[(&str, &str)],
) -> impl Fn(&httpmock::HttpMockRequest) -> bool + Send + Sync + 'static {
    let mut want: Vec<(String, String)> = expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    want.sort();
    move |req| {
        let mut got = req.query_params();
        got.sort();
        got == want
    }
}

/// Requires exactly these query parameters: each name with its value, and no others.
pub fn exact_query(when: httpmock::When, expected: &[(&str, &str)]) -> httpmock::When {
    when.is_true(query_is(expected))
}

/// Answers as DIS does for a failed call: `status` with `{"errorCode", "message"}`.
pub fn dis_error(then: httpmock::Then, status: u16, code: &str) -> httpmock::Then {
    then.status(status)
        .header("content-type", "application/json")
        .json_body(
            serde_json::json!({ "errorCode": code, "message": format!("{code} from the mock") }),
        )
}

/// A mock that matches every request, for checking that refused input sends nothing.
pub fn any_request(server: &httpmock::MockServer) -> httpmock::Mock<'_> {
    server.mock(|_, then| {
        then.status(500);
    })
}
