//! The retry pipeline against httpmock: what is retried, how often, how long it waits,
//! and what the generated code gets back.

use std::time::{Duration, Instant};

use httpmock::MockServer;
use otc_dis::config::Config;
use otc_dis::{Client, types};
use otc_dis::{RetryPolicy, Timeouts};
use otc_dis_contract::testing;
const PROJECT: &str = testing::PROJECT;

fn fast() -> RetryPolicy {
    RetryPolicy::default()
        .with_initial_delay(Duration::from_millis(1))
        .with_max_delay(Duration::from_millis(5))
        .with_jitter(false)
}

async fn client(server: &MockServer, retry: RetryPolicy, timeouts: Timeouts) -> Client {
    testing::client_with(server, retry, timeouts).await
}

fn streams_ok() -> types::ListStreamsResponse {
    types::ListStreamsResponse {
        total_number: Some(1),
        stream_names: vec!["s1".into()],
        has_more_streams: false,
        stream_info_list: Vec::new(),
    }
}

fn nothing_written() -> types::PutRecordsResponse {
    types::PutRecordsResponse {
        failed_record_count: Some(0),
        records: Vec::new(),
    }
}

type RawResult<T> = Result<T, otc_dis::raw::Error<otc_dis::ErrorBody>>;

async fn list(client: &Client) -> RawResult<types::ListStreamsResponse> {
    client
        .raw()
        .list_streams()
        .project_id(PROJECT)
        .send()
        .await
        .map(|r| r.into_inner())
}

async fn put(client: &Client) -> RawResult<()> {
    let body = types::PutRecordsRequest::builder()
        .stream_name("s1")
        .records(vec![
            types::PutRecordsRequestEntry::builder()
                .data("aGVsbG8=")
                .try_into()
                .unwrap(),
        ]);
    client
        .raw()
        .put_records()
        .project_id(PROJECT)
        .body(body)
        .send()
        .await
        .map(|_| ())
}

fn status<T: std::fmt::Debug>(result: &RawResult<T>) -> Option<u16> {
    result
        .as_ref()
        .err()
        .and_then(|e| e.status())
        .map(|s| s.as_u16())
}

#[tokio::test]
async fn two_503_then_success_takes_three_requests_and_succeeds() {
    let server = MockServer::start_async().await;
    let busy = server
        .mock_async(|when, then| {
            when.method("GET").path("/v2/p1/streams");
            then.status(503)
                .body("Service Unavailable")
                .up_to_n_times(2);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            when.method("GET").path("/v2/p1/streams");
            then.status(200).json_body_obj(&streams_ok());
        })
        .await;
    let client = client(&server, fast(), Timeouts::default()).await;
    let answer = list(&client).await.unwrap();
    assert_eq!(answer.stream_names, ["s1"]);
    busy.assert_calls_async(2).await;
    ok.assert_calls_async(1).await;
}

#[tokio::test]
async fn dis_throttling_codes_are_retried() {
    for code in ["DIS.4303", "DIS.4305"] {
        let server = MockServer::start_async().await;
        let throttled = server
            .mock_async(|when, then| {
                when.path("/v2/p1/streams");
                testing::dis_error(then, 400, code).up_to_n_times(1);
            })
            .await;
        let ok = server
            .mock_async(|when, then| {
                when.path("/v2/p1/streams");
                then.status(200).json_body_obj(&streams_ok());
            })
            .await;
        let client = client(&server, fast(), Timeouts::default()).await;
        list(&client).await.unwrap();
        throttled.assert_calls_async(1).await;
        ok.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn a_plain_400_is_not_retried() {
    let server = MockServer::start_async().await;
    let bad = server
        .mock_async(|when, then| {
            when.path("/v2/p1/streams");
            testing::dis_error(then, 400, "DIS.4200");
        })
        .await;
    let client = client(&server, fast(), Timeouts::default()).await;
    let result = list(&client).await;
    assert_eq!(status(&result), Some(400));
    match result.unwrap_err() {
        otc_dis::raw::Error::ErrorResponse(answer) => {
            assert_eq!(answer.into_inner().error_code.as_deref(), Some("DIS.4200"));
        }
        other => panic!("{other:?}"),
    }
    bad.assert_calls_async(1).await;
}

#[tokio::test]
async fn the_ip_blacklist_code_is_not_retried() {
    let server = MockServer::start_async().await;
    let blocked = server
        .mock_async(|when, then| {
            when.path("/v2/p1/streams");
            testing::dis_error(then, 400, "DIS.4309");
        })
        .await;
    let client = client(&server, fast(), Timeouts::default()).await;
    assert_eq!(status(&list(&client).await), Some(400));
    blocked.assert_calls_async(1).await;
}

#[tokio::test]
async fn attempts_stop_at_the_maximum() {
    let server = MockServer::start_async().await;
    let busy = server
        .mock_async(|when, then| {
            when.path("/v2/p1/streams");
            then.status(502).body("<html>Bad Gateway</html>");
        })
        .await;
    let client = client(&server, fast().with_max_attempts(4), Timeouts::default()).await;
    let result = list(&client).await;
    assert_eq!(status(&result), Some(502));
    busy.assert_calls_async(4).await;
    // The HTML body is kept readable, with its status.
    match result.unwrap_err() {
        otc_dis::raw::Error::ErrorResponse(answer) => {
            assert_eq!(answer.status().as_u16(), 502);
            assert_eq!(
                answer.into_inner().message.as_deref(),
                Some("<html>Bad Gateway</html>")
            );
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn retry_none_sends_once() {
    let server = MockServer::start_async().await;
    let busy = server
        .mock_async(|_, then| {
            then.status(503);
        })
        .await;
    let client = client(&server, RetryPolicy::none(), Timeouts::default()).await;
    assert_eq!(status(&list(&client).await), Some(503));
    busy.assert_calls_async(1).await;
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let server = MockServer::start_async().await;
    let slow_down = server
        .mock_async(|when, then| {
            when.path("/v2/p1/streams");
            then.status(429)
                .header("Retry-After", "1")
                .body("")
                .up_to_n_times(1);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            when.path("/v2/p1/streams");
            then.status(200).json_body_obj(&streams_ok());
        })
        .await;
    let client = client(&server, fast(), Timeouts::default()).await;
    let start = Instant::now();
    list(&client).await.unwrap();
    assert!(
        start.elapsed() >= Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
    slow_down.assert_calls_async(1).await;
    ok.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_retry_after_beyond_the_total_timeout_ends_the_call() {
    let server = MockServer::start_async().await;
    let slow_down = server
        .mock_async(|_, then| {
            then.status(429).header("Retry-After", "3600").body("later");
        })
        .await;
    let client = client(
        &server,
        fast(),
        Timeouts::default().with_total(Duration::from_secs(5)),
    )
    .await;
    let start = Instant::now();
    assert_eq!(status(&list(&client).await), Some(429));
    assert!(start.elapsed() < Duration::from_secs(2));
    slow_down.assert_calls_async(1).await;
}

#[tokio::test]
async fn put_records_is_not_repeated_after_a_5xx() {
    let server = MockServer::start_async().await;
    let failed = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/p1/records");
            testing::dis_error(then, 500, "DIS.5000");
        })
        .await;
    let client = client(&server, fast(), Timeouts::default()).await;
    assert_eq!(status(&put(&client).await), Some(500));
    failed.assert_calls_async(1).await;
}

#[tokio::test]
async fn put_records_is_repeated_when_throttled() {
    let server = MockServer::start_async().await;
    let throttled = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/p1/records");
            then.status(429).body("").up_to_n_times(1);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/p1/records");
            then.status(200).json_body_obj(&testing::written(1, 1));
        })
        .await;
    let client = client(&server, fast(), Timeouts::default()).await;
    put(&client).await.unwrap();
    throttled.assert_calls_async(1).await;
    ok.assert_calls_async(1).await;
}

#[tokio::test]
async fn put_records_is_repeated_after_a_5xx_when_allowed() {
    let server = MockServer::start_async().await;
    let failed = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/p1/records");
            then.status(503).body("").up_to_n_times(1);
        })
        .await;
    let ok = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/p1/records");
            then.status(200).json_body_obj(&nothing_written());
        })
        .await;
    let client = client(
        &server,
        fast().with_retry_non_idempotent(true),
        Timeouts::default(),
    )
    .await;
    put(&client).await.unwrap();
    failed.assert_calls_async(1).await;
    ok.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_slow_answer_times_out_per_attempt_and_a_read_is_retried() {
    let server = MockServer::start_async().await;
    let slow = server
        .mock_async(|when, then| {
            when.path("/v2/p1/streams");
            then.status(200)
                .json_body_obj(&streams_ok())
                .delay(Duration::from_secs(3))
                .up_to_n_times(1);
        })
        .await;
    let fast_answer = server
        .mock_async(|when, then| {
            when.path("/v2/p1/streams");
            then.status(200).json_body_obj(&streams_ok());
        })
        .await;
    let client = client(
        &server,
        fast(),
        Timeouts::default().with_attempt(Duration::from_millis(300)),
    )
    .await;
    let start = Instant::now();
    list(&client).await.unwrap();
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    slow.assert_calls_async(1).await;
    fast_answer.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_timed_out_put_records_is_not_repeated() {
    let server = MockServer::start_async().await;
    let slow = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/p1/records");
            then.status(200)
                .json_body_obj(&nothing_written())
                .delay(Duration::from_secs(2));
        })
        .await;
    let client = client(
        &server,
        fast(),
        Timeouts::default().with_attempt(Duration::from_millis(200)),
    )
    .await;
    let err = put(&client).await.unwrap_err();
    match err {
        otc_dis::raw::Error::CommunicationError(e) => assert!(e.is_timeout(), "{e}"),
        other => panic!("{other:?}"),
    }
    slow.assert_calls_async(1).await;
}

#[tokio::test]
async fn the_total_timeout_bounds_all_attempts() {
    let server = MockServer::start_async().await;
    let slow = server
        .mock_async(|_, then| {
            then.status(200)
                .json_body_obj(&streams_ok())
                .delay(Duration::from_secs(3));
        })
        .await;
    let timeouts = Timeouts::default()
        .with_attempt(Duration::from_millis(400))
        .with_total(Duration::from_millis(900));
    let client = client(&server, fast().with_max_attempts(10), timeouts).await;
    let start = Instant::now();
    assert!(list(&client).await.is_err());
    assert!(
        start.elapsed() < Duration::from_millis(1500),
        "{:?}",
        start.elapsed()
    );
    let calls = slow.calls_async().await;
    assert!((2..=3).contains(&calls), "{calls} attempts");
}

#[tokio::test]
async fn connection_refused_is_retried_for_every_operation() {
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let config = Config::builder()
        .ignore_environment()
        .ignore_files()
        .endpoint(format!("http://127.0.0.1:{port}/v2/{PROJECT}"))
        .retry(
            RetryPolicy::default()
                .with_max_attempts(3)
                .with_initial_delay(Duration::from_millis(100))
                .with_jitter(false),
        )
        .build()
        .unwrap();
    let client = Client::connect(config).await.unwrap();
    let start = Instant::now();
    match put(&client).await.unwrap_err() {
        otc_dis::raw::Error::CommunicationError(e) => assert!(e.is_connect(), "{e}"),
        other => panic!("{other:?}"),
    }
    // A refused connection fails at once: the time is the two delays (100 ms, 200 ms).
    assert!(
        start.elapsed() >= Duration::from_millis(300),
        "{:?}",
        start.elapsed()
    );
}

#[tokio::test]
async fn api_version_is_stripped_and_content_type_added() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("GET")
                .path("/v2/p1/streams")
                .header_missing("api-version")
                .header("content-type", "application/json")
                .header("accept", "application/json");
            then.status(200).json_body_obj(&streams_ok());
        })
        .await;
    let client = client(&server, fast(), Timeouts::default()).await;
    list(&client).await.unwrap();
    mock.assert_calls_async(1).await;
}

#[test]
fn calls_can_be_spawned() {
    fn assert_send<T: Send + 'static>(_: &T) {}
    let client = Client::with_endpoint("http://127.0.0.1:9", PROJECT).unwrap();
    let owned = client.clone();
    let call = async move {
        owned
            .raw()
            .list_streams()
            .project_id(PROJECT)
            .send()
            .await
            .map(|_| ())
    };
    assert_send(&call);
    assert_send(&client);
}

/// One table for the retry decision: how many requests an answer costs a read-only
/// operation and PutRecords (not safe to repeat), with the default 5 attempts.
#[tokio::test]
async fn every_answer_class_costs_the_documented_number_of_requests() {
    let cases: &[(u16, serde_json::Value, usize, usize)] = &[
        // throttled: not applied, retried for every operation
        (
            429,
            serde_json::json!({"error_code": "APIGW.0308", "error_msg": "throttled"}),
            5,
            5,
        ),
        (
            400,
            serde_json::json!({"errorCode": "DIS.4303", "message": "traffic control"}),
            5,
            5,
        ),
        (
            400,
            serde_json::json!({"errorCode": "DIS.4305", "message": "rate limited"}),
            5,
            5,
        ),
        // blacklisted: never retried, whatever the status
        (
            400,
            serde_json::json!({"errorCode": "DIS.4309", "message": "blacklisted"}),
            1,
            1,
        ),
        (
            429,
            serde_json::json!({"errorCode": "DIS.4309", "message": "blacklisted"}),
            1,
            1,
        ),
        // may have been applied: retried only when the operation may be repeated
        (
            500,
            serde_json::json!({"errorCode": "DIS.5000", "message": "system error"}),
            5,
            1,
        ),
        (502, serde_json::json!({"message": "bad gateway"}), 5, 1),
        // not implemented, HTTP version: final
        (501, serde_json::json!({"message": "not implemented"}), 1, 1),
        (505, serde_json::json!({"message": "version"}), 1, 1),
        // plain refusals: final
        (
            400,
            serde_json::json!({"errorCode": "DIS.4200", "message": "invalid"}),
            1,
            1,
        ),
        (
            403,
            serde_json::json!({"error_code": "APIGW.0302", "error_msg": "forbidden"}),
            1,
            1,
        ),
    ];
    for (status, body, reads, puts) in cases {
        let server = MockServer::start_async().await;
        let answer = server
            .mock_async(|_, then| {
                then.status(*status).json_body(body.clone());
            })
            .await;
        let client = client(&server, fast(), Timeouts::default()).await;
        let _ = list(&client).await;
        assert_eq!(
            answer.calls_async().await,
            *reads,
            "list_streams: {status} {body}"
        );
        answer.delete_async().await;
        let answer = server
            .mock_async(|_, then| {
                then.status(*status).json_body(body.clone());
            })
            .await;
        let _ = put(&client).await;
        assert_eq!(
            answer.calls_async().await,
            *puts,
            "put_records: {status} {body}"
        );
    }
}

#[tokio::test]
async fn a_server_cannot_pass_its_answer_off_as_a_local_failure() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|_, then| {
            testing::dis_error(then, 400, "DIS.4200").header("x-otc-dis-local-failure", "client");
        })
        .await;
    let client = client(&server, fast(), Timeouts::default()).await;
    let err = client.delete_app("a1", false).await.unwrap_err();
    assert!(
        matches!(&err, otc_dis::Error::InvalidRequest(a) if a.code.as_deref() == Some("DIS.4200")),
        "{err:?}"
    );
}

#[tokio::test]
async fn a_refused_connection_says_why_in_its_message() {
    // Bind and drop a listener to get a port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let client =
        Client::with_endpoint(&format!("http://127.0.0.1:{port}/v2/{PROJECT}"), PROJECT).unwrap();
    let err = client.delete_app("a1", false).await.unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("could not reach DIS: "), "{text}");
    assert!(text.to_lowercase().contains("refused"), "{text}");
    assert!(matches!(
        err,
        otc_dis::Error::Transport {
            service: otc_dis::Service::Dis,
            phase: otc_dis::TransportPhase::Connecting,
            ..
        }
    ));
    assert!(err.is_retryable() && !err.maybe_applied());
}
