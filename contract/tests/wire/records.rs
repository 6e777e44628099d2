//! Wire tests of the records layer: upload_data, get_data_cursor, download_data.

use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use futures::{StreamExt, TryStreamExt};
use httpmock::prelude::*;
use otc_dis::{CursorPosition, Delivery, Error, FailedRecord, RecordToPut, types};
use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;
use otc_dis_contract::testing::{
    FailingCall, assert_failing_calls, cursor, number, record, records_page, rejected_entry, text,
    written, written_entry,
};
use serde_json::{Value, json};

const MIB: usize = 1024 * 1024;

fn b64(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

/// The put_records body for `records` sent without routing fields.
fn plain_body(stream: &str, records: &[Vec<u8>]) -> Value {
    let entries: Vec<Value> = records.iter().map(|r| json!({"data": b64(r)})).collect();
    json!({"stream_name": stream, "records": entries})
}

// ------------------------------------------------------------------ upload_data

#[tokio::test]
async fn upload_sends_base64_of_the_exact_bytes_and_decodes_results_in_order() {
    let server = MockServer::start_async().await;
    let binary: Vec<u8> = vec![0x00, 0xff, 0xfe, 0x80, b'"', b',', b'\n'];
    let mock = server.put_records(|when, then| {
        when.into_inner()
            .path(testing::path("/records"))
            .query_param_count(".*", ".*", 0)
            .json_body(json!({
                "stream_name": "orders",
                "records": [
                    {"data": b64(&binary), "partition_id": "shardId-0000000001"},
                    {"data": b64("text ü".as_bytes()), "partition_key": "user-1", "timestamp": 1_700_000_000_000i64},
                    {"data": b64(b"test"), "explicit_hash_key": "9223372036854775807"},
                ]
            }));
        then.ok(&types::PutRecordsResponse {
            failed_record_count: Some(0),
            records: vec![
                written_entry("shardId-0000000001", text("10")),
                // A JSON number, which DIS sends too.
                written_entry("shardId-0000000000", number(11)),
                written_entry("shardId-0000000002", text("12")),
            ],
        });
    });
    let outcome = testing::client(&server)
        .await
        .upload_data("orders")
        .record(RecordToPut::for_partition(
            "shardId-0000000001",
            binary.clone(),
        ))
        .record(RecordToPut::keyed("user-1", "text ü").with_timestamp(1_700_000_000_000))
        // "test" is valid base64: it must still be encoded, never sent as-is.
        .record(RecordToPut::new(b"test".as_slice()).with_explicit_hash_key(i64::MAX as u64))
        .send()
        .await
        .unwrap();
    mock.assert();
    assert_eq!(outcome.failed_record_count, 0);
    assert!(outcome.is_complete() && outcome.interrupted.is_none());
    let positions: Vec<(String, String)> = outcome
        .records
        .into_iter()
        .map(|r| {
            let w = r.unwrap();
            (w.partition_id, w.sequence_number)
        })
        .collect();
    assert_eq!(
        positions,
        vec![
            ("shardId-0000000001".into(), "10".into()),
            ("shardId-0000000000".into(), "11".into()),
            ("shardId-0000000002".into(), "12".into()),
        ]
    );
}

#[tokio::test]
async fn upload_reports_a_partial_failure_per_record() {
    let server = MockServer::start_async().await;
    let data = [b"a".to_vec(), b"b".to_vec(), b"c".to_vec()];
    let mock = server.put_records(|when, then| {
        when.into_inner()
            .path(testing::path("/records"))
            .json_body(plain_body("orders", &data));
        then.ok(&types::PutRecordsResponse {
            failed_record_count: Some(1),
            records: vec![
                written_entry("shardId-0000000000", text("1")),
                rejected_entry("DIS.4303", "Exceeded traffic control limit"),
                written_entry("shardId-0000000000", text("2")),
            ],
        });
    });
    let outcome = testing::client(&server)
        .await
        .upload_data("orders")
        .records(data.clone())
        .send()
        .await
        .unwrap();
    mock.assert();
    assert_eq!(outcome.failed_record_count, 1);
    assert_eq!(outcome.records.len(), 3);
    assert_eq!(outcome.records[0].as_ref().unwrap().sequence_number, "1");
    assert_eq!(outcome.records[2].as_ref().unwrap().sequence_number, "2");
    let failures: Vec<_> = outcome.failures().collect();
    assert_eq!(
        failures,
        vec![(
            1,
            &FailedRecord::rejected("DIS.4303", "Exceeded traffic control limit")
        )]
    );
    assert!(failures[0].1.is_retryable());
}

#[tokio::test]
async fn upload_with_stream_id_sends_it_and_allows_an_empty_name() {
    let server = MockServer::start_async().await;
    let mock = server.put_records(|when, then| {
        when.into_inner()
            .path(testing::path("/records"))
            .json_body(json!({
                "stream_name": "",
                "stream_id": "6fQdh8f5vNKAzsPt7ED",
                "records": [{"data": b64(b"x")}]
            }));
        then.ok(&written(5, 1));
    });
    let outcome = testing::client(&server)
        .await
        .upload_data("")
        .stream_id("6fQdh8f5vNKAzsPt7ED")
        .record(b"x")
        .send()
        .await
        .unwrap();
    mock.assert();
    assert_eq!(outcome.records[0].as_ref().unwrap().sequence_number, "5");
}

#[tokio::test]
async fn upload_over_5_mib_is_split_into_requests_in_order() {
    let server = MockServer::start_async().await;
    // Six records of exactly 1 MiB: five fill the first request (5 MiB), one goes in a second.
    let data: Vec<Vec<u8>> = (0..6u8).map(|i| vec![i; MIB]).collect();
    let first = server.put_records(|when, then| {
        when.into_inner()
            .path(testing::path("/records"))
            .json_body(plain_body("big", &data[..5]));
        then.ok(&written(100, 5));
    });
    let second = server.put_records(|when, then| {
        when.into_inner()
            .path(testing::path("/records"))
            .json_body(plain_body("big", &data[5..]));
        then.ok(&written(200, 1));
    });
    let outcome = testing::client(&server)
        .await
        .upload_data("big")
        .records(data)
        .send()
        .await
        .unwrap();
    first.assert();
    second.assert();
    let sequence: Vec<String> = outcome
        .records
        .into_iter()
        .map(|r| r.unwrap().sequence_number)
        .collect();
    assert_eq!(sequence, ["100", "101", "102", "103", "104", "200"]);
}

#[tokio::test]
async fn upload_is_split_by_record_count_over_three_requests_in_order() {
    let server = MockServer::start_async().await;
    let data: Vec<Vec<u8>> = (0..5u8).map(|i| vec![b'a' + i]).collect();
    let mocks: Vec<_> = [(0..2, 10), (2..4, 20), (4..5, 30)]
        .into_iter()
        .map(|(range, seq)| {
            let count = range.len();
            let body = plain_body("orders", &data[range]);
            server.put_records(move |when, then| {
                when.into_inner()
                    .path(testing::path("/records"))
                    .json_body(body);
                then.ok(&written(seq, count));
            })
        })
        .collect();
    let outcome = testing::client(&server)
        .await
        .upload_data("orders")
        .max_records_per_request(2)
        .records(data)
        .send()
        .await
        .unwrap();
    for mock in &mocks {
        mock.assert();
    }
    let sequence: Vec<String> = outcome
        .records
        .into_iter()
        .map(|r| r.unwrap().sequence_number)
        .collect();
    assert_eq!(sequence, ["10", "11", "20", "21", "30"]);
}

#[tokio::test]
async fn upload_stopped_by_a_later_request_keeps_what_was_written() {
    let server = MockServer::start_async().await;
    let data: Vec<Vec<u8>> = (0..5u8).map(|i| vec![i]).collect();
    let first = server.put_records(|when, then| {
        when.into_inner()
            .path(testing::path("/records"))
            .json_body(plain_body("orders", &data[0..2]));
        then.ok(&written(1, 2));
    });
    let second = server.mock(|when, then| {
        when.method(POST)
            .path(testing::path("/records"))
            .json_body(plain_body("orders", &data[2..4]));
        testing::dis_error(then, 500, "DIS.5000");
    });
    let third = server.put_records(|when, then| {
        when.into_inner()
            .path(testing::path("/records"))
            .json_body(plain_body("orders", &data[4..5]));
        then.ok(&written(9, 1));
    });
    let outcome = testing::client(&server)
        .await
        .upload_data("orders")
        .max_records_per_request(2)
        .records(data)
        .send()
        .await
        .unwrap();
    first.assert();
    second.assert();
    third.assert_calls(0);
    assert!(matches!(outcome.interrupted, Some(Error::Server(_))));
    assert_eq!(outcome.failed_record_count, 3);
    assert_eq!(outcome.records.len(), 5);
    assert_eq!(outcome.records[1].as_ref().unwrap().sequence_number, "2");
    let failed: Vec<usize> = outcome.failures().map(|(i, _)| i).collect();
    assert_eq!(failed, [2, 3, 4]);
    let deliveries: Vec<Delivery> = outcome.failures().map(|(_, f)| f.delivery()).collect();
    assert_eq!(
        deliveries,
        [Delivery::Unknown, Delivery::Unknown, Delivery::NotSent],
        "a 500 may have been applied; the last request was never sent"
    );
    let unknown = outcome.records[2].as_ref().unwrap_err();
    assert_eq!(unknown.error_code.as_deref(), Some("DIS.5000"));
    let not_sent = outcome.records[4].as_ref().unwrap_err();
    assert_eq!(not_sent.error_code, None);
    assert!(unknown.is_retryable() && not_sent.is_retryable());
}

#[tokio::test]
async fn records_of_a_request_the_gateway_throttled_are_not_written_and_retryable() {
    let server = MockServer::start_async().await;
    let data: Vec<Vec<u8>> = (0..3u8).map(|i| vec![i]).collect();
    let first = server.put_records(|when, then| {
        when.into_inner()
            .path(testing::path("/records"))
            .json_body(plain_body("orders", &data[0..2]));
        then.ok(&written(1, 2));
    });
    let throttled = server.mock(|when, then| {
        when.method(POST)
            .path(testing::path("/records"))
            .json_body(plain_body("orders", &data[2..3]));
        then.status(429).json_body(
            json!({"error_code": "APIGW.0308", "error_msg": "The request is throttled"}),
        );
    });
    let outcome = testing::client(&server)
        .await
        .upload_data("orders")
        .max_records_per_request(2)
        .records(data)
        .send()
        .await
        .unwrap();
    first.assert();
    // Throttling is retried by the pipeline for every operation, to the policy's limit.
    assert_eq!(throttled.calls(), testing::ATTEMPTS);
    assert!(matches!(&outcome.interrupted, Some(e) if e.is_retryable() && !e.maybe_applied()));
    let failure = outcome.records[2].as_ref().unwrap_err();
    assert_eq!(failure.delivery(), Delivery::NotWritten);
    assert_eq!(failure.error_code.as_deref(), Some("APIGW.0308"));
    assert!(failure.is_retryable());
}

#[tokio::test]
async fn a_first_request_that_may_have_been_applied_is_an_outcome_not_an_error() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(POST).path(testing::path("/records"));
        then.status(503).body("upstream unavailable");
    });
    let outcome = testing::client(&server)
        .await
        .upload_data("orders")
        .records(["a", "b"])
        .send()
        .await
        .unwrap();
    // put_records is not repeated after an answer that may have been applied.
    mock.assert_calls(1);
    assert!(matches!(&outcome.interrupted, Some(Error::Server(a)) if a.status == 503));
    for result in &outcome.records {
        assert_eq!(result.as_ref().unwrap_err().delivery(), Delivery::Unknown);
    }
}

#[tokio::test]
async fn upload_refuses_bad_input_and_sends_nothing() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body_obj(&written(0, 1));
    });
    let client = testing::client(&server).await;
    let cases: Vec<(&str, otc_dis::UploadData)> = vec![
        ("records", client.upload_data("orders")),
        (
            "records",
            client
                .upload_data("orders")
                .record("ok")
                .record(vec![0u8; MIB + 1]),
        ),
        (
            "records",
            client
                .upload_data("orders")
                .record(RecordToPut::for_partition("shard-1", "x")),
        ),
        (
            "records",
            client
                .upload_data("orders")
                .record(RecordToPut::new("x").with_explicit_hash_key(i64::MAX as u64 + 1)),
        ),
        ("stream_name", client.upload_data("bad name").record("x")),
        ("stream_name", client.upload_data("").record("x")),
        (
            "stream_id",
            client.upload_data("orders").stream_id("").record("x"),
        ),
        (
            "max_records_per_request",
            client
                .upload_data("orders")
                .max_records_per_request(0)
                .record("x"),
        ),
    ];
    for (field, upload) in cases {
        match upload.send().await {
            Err(Error::Validation(v)) => assert_eq!(v.field(), field, "{v}"),
            other => panic!("expected a validation error for {field}, got {other:?}"),
        }
    }
    let err = client
        .upload_data("orders")
        .record("ok")
        .record(vec![0u8; MIB + 1])
        .send()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("record 1"), "{err}");
    mock.assert_calls(0);
}

// ------------------------------------------------------------------ get_data_cursor

async fn cursor_query(position: CursorPosition, extra: &[(&str, &str)], cursor_type: &str) {
    let server = MockServer::start_async().await;
    let mock = server.get_cursor(|when, then| {
        let mut when = when
            .into_inner()
            .path(testing::path("/cursors"))
            .query_param("stream-name", "orders")
            .query_param("partition-id", "shardId-0000000002")
            .query_param("cursor-type", cursor_type)
            .query_param_count(".*", ".*", 3 + extra.len());
        for (name, value) in extra {
            when = when.query_param(*name, *value);
        }
        then.ok(&cursor(&format!("cursor-{cursor_type}")));
    });
    let cursor = testing::client(&server)
        .await
        .get_data_cursor("orders", "shardId-0000000002", position)
        .await
        .unwrap();
    mock.assert();
    assert_eq!(cursor.as_str(), format!("cursor-{cursor_type}"));
}

#[tokio::test]
async fn cursor_at_sequence_number() {
    cursor_query(
        CursorPosition::at_sequence_number(9_223_372_036_854_775_807u64),
        &[("starting-sequence-number", "9223372036854775807")],
        "AT_SEQUENCE_NUMBER",
    )
    .await;
}

#[tokio::test]
async fn cursor_after_sequence_number() {
    cursor_query(
        CursorPosition::AfterSequenceNumber("41".into()),
        &[("starting-sequence-number", "41")],
        "AFTER_SEQUENCE_NUMBER",
    )
    .await;
}

#[tokio::test]
async fn cursor_trim_horizon() {
    cursor_query(CursorPosition::TrimHorizon, &[], "TRIM_HORIZON").await;
}

#[tokio::test]
async fn cursor_latest() {
    cursor_query(CursorPosition::Latest, &[], "LATEST").await;
}

#[tokio::test]
async fn cursor_at_timestamp() {
    cursor_query(
        CursorPosition::AtTimestamp(1_700_000_000_123),
        &[("timestamp", "1700000000123")],
        "AT_TIMESTAMP",
    )
    .await;
}

#[tokio::test]
async fn cursor_refuses_bad_input_and_sends_nothing() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body_obj(&cursor("c"));
    });
    let client = testing::client(&server).await;
    let cases = [
        ("orders", "0", CursorPosition::at_sequence_number("12a")),
        (
            "orders",
            "0",
            CursorPosition::after_sequence_number(i64::MAX as u64 + 1),
        ),
        ("orders", "0", CursorPosition::AtTimestamp(-1)),
        ("orders", "shard-0", CursorPosition::Latest),
        ("", "0", CursorPosition::Latest),
    ];
    for (stream, partition, position) in cases {
        let err = client
            .get_data_cursor(stream, partition, position.clone())
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Validation(_)), "{position:?}: {err:?}");
    }
    mock.assert_calls(0);
}

#[tokio::test]
async fn failed_record_calls_return_the_kind_of_their_dis_error() {
    assert_failing_calls([
        FailingCall {
            case: "an upload failing as a whole",
            method: POST,
            path: "/records",
            status: 400,
            code: "DIS.4301",
            call: |c| {
                Box::pin(async move { c.upload_data("missing").record("x").send().await.map(drop) })
            },
            kind: |e| matches!(e, Error::NotFound(_)),
            requests: 1,
        },
        FailingCall {
            case: "a cursor of a missing partition",
            method: GET,
            path: "/cursors",
            status: 400,
            code: "DIS.4302",
            call: |c| {
                Box::pin(async move {
                    c.get_data_cursor("orders", "9", CursorPosition::Latest)
                        .await
                        .map(drop)
                })
            },
            kind: |e| matches!(e, Error::NotFound(_)),
            requests: 1,
        },
    ])
    .await;
}

// ------------------------------------------------------------------ download_data

/// A get_records answer with `(sequence_number, data)` records.
fn page(
    records: &[(&str, &[u8])],
    next: &str,
    millis_behind_latest: i64,
) -> types::GetRecordsResponse {
    let records = records
        .iter()
        .map(|(seq, data)| types::Record {
            timestamp: Some(1_527_577_402_541),
            timestamp_type: Some("CreateTime".into()),
            ..record(seq, data)
        })
        .collect();
    records_page(records, next, Some(millis_behind_latest))
}

/// Mocks one page read with `cursor` (and `max_fetch_bytes` when given).
fn page_mock<'a>(
    server: &'a MockServer,
    cursor: &str,
    max_fetch_bytes: Option<&str>,
    body: types::GetRecordsResponse,
) -> httpmock::Mock<'a> {
    server.get_records(|when, then| {
        let when = when
            .into_inner()
            .path(testing::path("/records"))
            .query_param("partition-cursor", cursor);
        match max_fetch_bytes {
            Some(max) => when
                .query_param("max_fetch_bytes", max)
                .query_param_count(".*", ".*", 2),
            None => when.query_param_count(".*", ".*", 1),
        };
        then.ok(&body);
    })
}

#[tokio::test]
async fn download_follows_next_cursor_over_pages_and_stops_when_caught_up() {
    let server = MockServer::start_async().await;
    let max = Some("4096");
    let pages = [
        page_mock(
            &server,
            "c0",
            max,
            page(&[("1", b"\x00\xff"), ("2", b"two")], "c1", 5000),
        ),
        page_mock(&server, "c1", max, page(&[("3", b"three")], "c2", 10)),
        page_mock(&server, "c2", max, page(&[("4", b"a,\"b\"\n")], "c3", 0)),
        page_mock(&server, "c3", max, page(&[], "c4", 0)),
    ];
    let after = page_mock(&server, "c4", max, page(&[("5", b"late")], "c5", 0));
    let mut records = testing::client(&server)
        .await
        .download_data("c0")
        .max_fetch_bytes(4096);
    let mut seen = Vec::new();
    while let Some(record) = records.try_next().await.unwrap() {
        seen.push((record.sequence_number.clone(), record.data.to_vec()));
        assert_eq!(record.timestamp, Some(1_527_577_402_541));
        assert_eq!(record.timestamp_type.as_deref(), Some("CreateTime"));
        assert_eq!(record.partition_key, None);
    }
    for mock in &pages {
        mock.assert();
    }
    after.assert_calls(0);
    assert_eq!(
        seen,
        vec![
            ("1".to_string(), b"\x00\xff".to_vec()),
            ("2".to_string(), b"two".to_vec()),
            ("3".to_string(), b"three".to_vec()),
            ("4".to_string(), b"a,\"b\"\n".to_vec()),
        ]
    );
    assert_eq!(records.next_cursor().map(|c| c.as_str()), Some("c4"));
    assert_eq!(records.last_sequence_number(), Some("4"));
    assert_eq!(
        records.resume_position(),
        Some(CursorPosition::AfterSequenceNumber("4".into()))
    );
    assert!(records.next().await.is_none());
}

#[tokio::test]
async fn download_is_lazy_and_reads_one_page_at_a_time() {
    let server = MockServer::start_async().await;
    let first = page_mock(
        &server,
        "c0",
        None,
        page(&[("1", b"a"), ("2", b"b")], "c1", 9),
    );
    let second = page_mock(&server, "c1", None, page(&[], "c2", 0));
    let mut records = testing::client(&server).await.download_data("c0");
    first.assert_calls(0);
    assert_eq!(
        records.try_next().await.unwrap().unwrap().sequence_number,
        "1"
    );
    first.assert();
    second.assert_calls(0);
    assert_eq!(records.buffered_len(), 1);
    assert_eq!(
        records.try_next().await.unwrap().unwrap().sequence_number,
        "2"
    );
    second.assert_calls(0);
    assert!(records.try_next().await.unwrap().is_none());
    second.assert();
}

#[tokio::test]
async fn download_reads_on_past_an_empty_page_that_is_behind_latest() {
    let server = MockServer::start_async().await;
    let empty = page_mock(&server, "c0", None, page(&[], "c1", 3000));
    let full = page_mock(&server, "c1", None, page(&[("7", b"x")], "c2", 0));
    let end = page_mock(&server, "c2", None, page(&[], "c3", 0));
    let records: Vec<_> = testing::client(&server)
        .await
        .download_data("c0")
        .try_collect()
        .await
        .unwrap();
    empty.assert();
    full.assert();
    end.assert();
    assert_eq!(records.len(), 1);
}

#[tokio::test]
async fn download_follow_mode_keeps_polling_after_catching_up() {
    let server = MockServer::start_async().await;
    let caught_up = page_mock(&server, "c0", None, page(&[], "c1", 0));
    let again = page_mock(&server, "c1", None, page(&[], "c2", 0));
    let new = page_mock(&server, "c2", None, page(&[("8", b"new")], "c3", 0));
    let mut records = testing::client(&server)
        .await
        .download_data("c0")
        .follow(Duration::from_millis(10));
    let record = records.try_next().await.unwrap().unwrap();
    assert_eq!(record.data.as_ref(), b"new");
    caught_up.assert();
    again.assert();
    new.assert();
}

#[tokio::test]
async fn download_from_a_position_gets_a_cursor_first() {
    let server = MockServer::start_async().await;
    let cursor = server.get_cursor(|when, then| {
        when.into_inner()
            .path(testing::path("/cursors"))
            .query_param("stream-name", "orders")
            .query_param("partition-id", "1")
            .query_param("cursor-type", "AFTER_SEQUENCE_NUMBER")
            .query_param("starting-sequence-number", "41")
            .query_param_count(".*", ".*", 4);
        then.ok(&cursor("c0"));
    });
    let first = page_mock(&server, "c0", None, page(&[("42", b"x")], "c1", 0));
    let end = page_mock(&server, "c1", None, page(&[], "c2", 0));
    let records = testing::client(&server).await.download_data_from(
        "orders",
        "1",
        CursorPosition::after_sequence_number(41u64),
    );
    cursor.assert_calls(0);
    assert_eq!(records.next_cursor(), None);
    let records: Vec<_> = records.try_collect().await.unwrap();
    cursor.assert();
    first.assert();
    end.assert();
    assert_eq!(records[0].sequence_number, "42");
}

#[tokio::test]
async fn download_with_an_expired_or_invalid_cursor_ends_with_a_typed_error() {
    // Expired, and invalid.
    for code in ["DIS.4225", "DIS.4217"] {
        let server = MockServer::start_async().await;
        let mock = server.mock(|when, then| {
            when.method(GET)
                .path(testing::path("/records"))
                .query_param("partition-cursor", "old");
            testing::dis_error(then, 400, code);
        });
        let mut records = testing::client(&server).await.download_data("old");
        let err = records.next().await.unwrap().unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
        assert_eq!(err.code(), Some(code));
        assert!(otc_dis::needs_new_cursor(&err));
        assert!(
            records.next().await.is_none(),
            "the stream ends after the error"
        );
        mock.assert_calls(1);
    }
}

#[tokio::test]
async fn download_reports_data_that_is_not_base64() {
    let server = MockServer::start_async().await;
    server.get_records(|when, then| {
        when.into_inner().path(testing::path("/records"));
        let bad = types::Record {
            sequence_number: Some(number(3)),
            data: Some("not base64!".into()),
            partition_key: None,
            timestamp: None,
            timestamp_type: None,
        };
        then.ok(&records_page(vec![bad], "c1", None));
    });
    let err = testing::client(&server)
        .await
        .download_data("c0")
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert!(err.to_string().contains("record 3"), "{err}");
}

#[tokio::test]
async fn download_refuses_bad_options_and_sends_nothing() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body_obj(&page(&[], "c1", 0));
    });
    let client = testing::client(&server).await;
    let cases = [
        ("partition-cursor", client.download_data("")),
        ("partition-cursor", client.download_data("x".repeat(513))),
        (
            "max_fetch_bytes",
            client.download_data("c0").max_fetch_bytes(0),
        ),
        (
            "max_fetch_bytes",
            client
                .download_data("c0")
                .max_fetch_bytes(i32::MAX as u32 + 1),
        ),
        (
            "poll_interval",
            client.download_data("c0").follow(Duration::from_secs(300)),
        ),
    ];
    for (field, mut records) in cases {
        match records.next().await {
            Some(Err(Error::Validation(v))) => assert_eq!(v.field(), field),
            other => panic!("expected a validation error for {field}, got {other:?}"),
        }
        assert!(records.next().await.is_none());
    }
    mock.assert_calls(0);
}

fn assert_send<T: Send>(_: &T) {}

#[test]
fn handles_and_futures_can_move_to_other_tasks() {
    let client = otc_dis::Client::with_endpoint("http://127.0.0.1:9", testing::PROJECT).unwrap();
    assert_send(&client.upload_data("s").record("x").send());
    assert_send(&client.get_data_cursor("s", "0", CursorPosition::Latest));
    let records = client.download_data("c");
    assert_send(&records);
    let _: &dyn Unpin = &records;
    assert_send(&client.upload_csv("s", b"data\nx\n".as_slice()).send());
    assert_send(&client.download_csv("c", Vec::new()).send());
}
