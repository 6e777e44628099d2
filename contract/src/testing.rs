//! The setup every wire test shares: a client pointed at an httpmock server, matchers for
//! exact requests, and answers as DIS gives them. Typed answers come from
//! [`crate::mock`] (one helper per operation of the spec).

/// Project id used by every mock test.
pub const PROJECT: &str = "p1";

/// Attempts the default retry policy makes in all.
pub const ATTEMPTS: usize = 5;

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

/// The items a stream yields before it ends, and the error it ends with, if any; checks
/// that nothing follows an error. A stream that takes more than a minute for an item, or
/// yields more than 1000, fails the test instead of hanging it.
pub async fn items_and_end<T>(
    mut stream: impl futures::Stream<Item = otc_dis::Result<T>> + Unpin,
) -> (Vec<T>, Option<otc_dis::Error>) {
    use futures::StreamExt;
    let limit = std::time::Duration::from_secs(60);
    let mut items = Vec::new();
    loop {
        let item = tokio::time::timeout(limit, stream.next())
            .await
            .expect("the stream neither moved on nor ended");
        match item {
            Some(Ok(item)) => {
                assert!(items.len() < 1000, "the stream yields without end");
                items.push(item);
            }
            Some(Err(err)) => {
                let after = tokio::time::timeout(limit, stream.next()).await;
                assert!(matches!(after, Ok(None)), "nothing after an error");
                return (items, Some(err));
            }
            None => return (items, None),
        }
    }
}
