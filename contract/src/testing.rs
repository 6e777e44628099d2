//! The setup every wire test shares: a client pointed at an httpmock server, matchers for
//! exact requests, and answers as DIS gives them. Typed answers come from
//! [`crate::mock`] (one helper per operation of the spec).

use base64::Engine as _;
use futures::future::BoxFuture;
use otc_dis::types::{self, LenientString};

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
    client_with(server, fast, otc_dis::Timeouts::default()).await
}

/// A client without credentials, pointed at `server`, with this retry policy and these
/// timeouts.
pub async fn client_with(
    server: &httpmock::MockServer,
    retry: otc_dis::RetryPolicy,
    timeouts: otc_dis::Timeouts,
) -> otc_dis::Client {
    let config = otc_dis::config::Config::builder()
        .ignore_environment()
        .ignore_files()
        .endpoint(server.base_url())
        .project_id(PROJECT)
        .retry(retry)
        .timeouts(timeouts)
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
pub fn tag(key: &str, value: Option<&str>) -> types::Tag {
    types::Tag {
        key: key.parse().expect("a valid tag key"),
        value: value.map(|v| v.parse().expect("a valid tag value")),
    }
}

/// A put_records answer where every record was written: `count` records of partition
/// `shardId-0000000000` with sequence numbers from `first_sequence` on.
pub fn written(first_sequence: u64, count: usize) -> types::PutRecordsResponse {
    types::PutRecordsResponse {
        failed_record_count: Some(0),
        records: (first_sequence..)
            .take(count)
            .map(|n| written_entry("shardId-0000000000", text(&n.to_string())))
            .collect(),
    }
}

/// The result entry of a written record.
pub fn written_entry(
    partition_id: &str,
    sequence_number: LenientString,
) -> types::PutRecordsResultEntry {
    types::PutRecordsResultEntry {
        partition_id: Some(partition_id.into()),
        sequence_number: Some(sequence_number),
        error_code: None,
        error_message: None,
    }
}

/// The result entry of a record DIS refused.
pub fn rejected_entry(code: &str, message: &str) -> types::PutRecordsResultEntry {
    types::PutRecordsResultEntry {
        error_code: Some(code.into()),
        error_message: Some(message.into()),
        partition_id: None,
        sequence_number: None,
    }
}

/// A value DIS sends as a JSON string.
pub fn text(value: &str) -> LenientString {
    LenientString::String(value.into())
}

/// A value DIS sends as a JSON number (some ids and sequence numbers).
pub fn number(value: i64) -> LenientString {
    LenientString::Int64(value)
}

/// A downloaded record: its sequence number and its data (sent base64-encoded), nothing
/// else.
pub fn record(sequence_number: &str, data: &[u8]) -> types::Record {
    types::Record {
        sequence_number: Some(text(sequence_number)),
        data: Some(base64::engine::general_purpose::STANDARD.encode(data)),
        partition_key: None,
        timestamp: None,
        timestamp_type: None,
    }
}

/// A get_records answer; `millis_behind_latest` is left out when `None`.
pub fn records_page(
    records: Vec<types::Record>,
    next_partition_cursor: &str,
    millis_behind_latest: Option<i64>,
) -> types::GetRecordsResponse {
    types::GetRecordsResponse {
        records,
        next_partition_cursor: next_partition_cursor.into(),
        millis_behind_latest,
    }
}

/// A get_cursor answer.
pub fn cursor(partition_cursor: &str) -> types::GetCursorResponse {
    types::GetCursorResponse {
        partition_cursor: partition_cursor.into(),
    }
}

/// A list_streams answer without streams, for tests about what comes before the answer.
pub fn no_streams() -> types::ListStreamsResponse {
    types::ListStreamsResponse {
        total_number: Some(0),
        stream_names: Vec::new(),
        has_more_streams: false,
        stream_info_list: Vec::new(),
    }
}
