//! The setup every wire test shares: a client pointed at an httpmock server, matchers for
//! exact requests, and answers as DIS gives them. Typed answers come from
//! [`crate::mock`] (one helper per operation of the spec).

use futures::future::BoxFuture;

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

/// The body DIS sends with a failed call: `{"errorCode": code, "message": ..}`.
pub fn error_body(code: &str) -> otc_dis::ErrorBody {
    otc_dis::ErrorBody::dis(code, format!("{code} from the mock"))
}

/// Answers as DIS does for a failed call: `status` with [`error_body`]`(code)`.
pub fn dis_error(then: httpmock::Then, status: u16, code: &str) -> httpmock::Then {
    then.status(status)
        .header("content-type", "application/json")
        .json_body_obj(&error_body(code))
}

/// A call of one table row, given the client (a non-capturing closure that boxes its future).
pub type Call = for<'c> fn(&'c otc_dis::Client) -> BoxFuture<'c, otc_dis::Result<()>>;

/// One row of a table of failing calls: the request the call must send, the DIS error it
/// gets, and the kind of [`otc_dis::Error`] the client must return for it.
pub struct FailingCall {
    /// Names the row in a failure message.
    pub case: &'static str,
    /// The method of the request.
    pub method: httpmock::Method,
    /// The path under `/v2/{project}`, as for [`path`].
    pub path: &'static str,
    /// The HTTP status DIS answers with.
    pub status: u16,
    /// The DIS error code it answers with.
    pub code: &'static str,
    /// The call under test.
    pub call: Call,
    /// Whether the error is of the expected kind.
    pub kind: fn(&otc_dis::Error) -> bool,
    /// How many requests the call sends in all (more than one when it retries).
    pub requests: usize,
}

/// Runs each row against its own mock server: the call must send its request as often as
/// the row says and fail with the row's kind of error carrying the row's code. A failing
/// row names itself.
pub async fn assert_failing_calls(rows: impl IntoIterator<Item = FailingCall>) {
    for row in rows {
        let FailingCall {
            case,
            method,
            path: rest,
            status,
            code,
            call,
            kind,
            requests,
        } = row;
        let server = httpmock::MockServer::start_async().await;
        let answer = server.mock(|when, then| {
            when.method(method).path(path(rest));
            dis_error(then, status, code);
        });
        match call(&client(&server).await).await {
            Ok(()) => panic!("{case}: succeeded on {status} {code}"),
            Err(err) => {
                assert!(kind(&err), "{case}: wrong kind of error: {err:?}");
                assert_eq!(err.code(), Some(code), "{case}: {err:?}");
            }
        }
        assert_eq!(answer.calls(), requests, "{case}: requests to {rest}");
    }
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

/// A tag as DIS lists it; `None` for a tag without a value.
pub fn tag(key: &str, value: Option<&str>) -> otc_dis::types::Tag {
    otc_dis::types::Tag {
        key: key.parse().expect("a valid tag key"),
        value: value.map(|v| v.parse().expect("a valid tag value")),
    }
}
