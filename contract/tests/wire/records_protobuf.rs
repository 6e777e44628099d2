//! The client's protobuf record plane on the wire (`RecordEncoding::Protobuf`): the exact
//! requests (method, path, query, `Content-Type` and `Accept`, the body byte for byte in
//! the layout of the notes §5.3, encoded by hand here) and the decoding of hand-encoded
//! answers, including per-record failures and error answers, which stay JSON.

use futures::TryStreamExt;
use httpmock::Method::{GET, POST};
use httpmock::MockServer;
use otc_dis::{Client, Cursor, Delivery, Error, RecordEncoding, RecordToPut, WrittenRecord};
use serde_json::json;

const PROTOBUF: &str = "application/x-protobuf; charset=utf-8";

fn varint(mut value: u64, out: &mut Vec<u8>) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// A length-delimited field: key `field << 3 | 2`, length, bytes.
fn bytes_field(field: u64, value: &[u8], out: &mut Vec<u8>) {
    varint(field << 3 | 2, out);
    varint(value.len() as u64, out);
    out.extend_from_slice(value);
}

/// A varint field: key `field << 3`, value.
fn int_field(field: u64, value: u64, out: &mut Vec<u8>) {
    varint(field << 3, out);
    varint(value, out);
}

fn message(fields: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut out = Vec::new();
    fields(&mut out);
    out
}

fn client(server: &MockServer) -> Client {
    Client::with_endpoint(&server.base_url(), "p1")
        .unwrap()
        .with_record_encoding(RecordEncoding::Protobuf)
}

#[tokio::test]
async fn upload_sends_the_put_records_message_and_decodes_per_record_results() {
    let server = MockServer::start_async().await;
    // PutRecordsRequest{streamName = 1, records = 2: PutRecordsRequestEntry{data = 3,
    // explicitHashKey = 4, partitionKey = 5, partitionId = 6, timestamp = 29}}.
    let body = message(|m| {
        bytes_field(1, b"orders", m);
        bytes_field(
            2,
            &message(|e| {
                bytes_field(3, b"\x00\x01\xfe\xff", e);
                bytes_field(5, b"customer-7", e);
            }),
            m,
        );
        bytes_field(
            2,
            &message(|e| {
                bytes_field(3, b"second", e);
                bytes_field(4, b"9223372036854775807", e);
                bytes_field(6, b"shardId-0000000001", e);
                int_field(29, 1_700_000_000_000, e);
            }),
            m,
        );
        bytes_field(2, &message(|e| bytes_field(3, b"", e)), m);
    });
    // PutRecordsResult{failedRecordCount = 21, records = 22: PutRecordsResultEntry{shardId
    // = 23, sequenceNumber = 24, errorCode = 25, errorMessage = 26}}.
    let answer = message(|m| {
        int_field(21, 1, m);
        bytes_field(
            22,
            &message(|e| {
                bytes_field(23, b"shardId-0000000000", e);
                bytes_field(24, b"41", e);
            }),
            m,
        );
        bytes_field(
            22,
            &message(|e| {
                bytes_field(25, b"DIS.4303", e);
                bytes_field(26, b"Exceeded traffic control limit", e);
            }),
            m,
        );
        bytes_field(
            22,
            &message(|e| {
                bytes_field(23, b"shardId-0000000001", e);
                bytes_field(24, b"7", e);
            }),
            m,
        );
    });
    let expected = body.clone();
    let put = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/p1/records")
                .query_param_count(".*", ".*", 0)
                .header("content-type", PROTOBUF)
                .header("accept", PROTOBUF)
                .is_true(move |request| request.body_ref() == expected.as_slice());
            then.status(200)
                .header("content-type", "application/x-protobuf")
                .body(answer);
        })
        .await;

    let outcome = client(&server)
        .upload_data("orders")
        .record(RecordToPut::keyed(
            "customer-7",
            b"\x00\x01\xfe\xff".to_vec(),
        ))
        .record(
            RecordToPut::for_partition("shardId-0000000001", "second")
                .with_explicit_hash_key(i64::MAX as u64)
                .with_timestamp(1_700_000_000_000),
        )
        .record(Vec::new())
        .send()
        .await
        .unwrap();
    put.assert_calls_async(1).await;
    assert_eq!(outcome.failed_record_count, 1);
    assert_eq!(
        outcome.records[0].as_ref().unwrap(),
        &WrittenRecord {
            partition_id: "shardId-0000000000".into(),
            sequence_number: "41".into()
        }
    );
    let throttled = outcome.records[1].as_ref().unwrap_err();
    assert_eq!(throttled.error_code.as_deref(), Some("DIS.4303"));
    assert_eq!(throttled.error_message, "Exceeded traffic control limit");
    assert_eq!(throttled.delivery(), Delivery::NotWritten);
    assert!(throttled.is_retryable());
    assert_eq!(outcome.records[2].as_ref().unwrap().sequence_number, "7");
}

#[tokio::test]
async fn upload_by_stream_id_sends_field_30() {
    let server = MockServer::start_async().await;
    let expected = message(|m| {
        bytes_field(1, b"", m);
        bytes_field(2, &message(|e| bytes_field(3, b"x", e)), m);
        bytes_field(30, b"sid-42", m);
    });
    let answer = message(|m| {
        int_field(21, 0, m);
        bytes_field(
            22,
            &message(|e| {
                bytes_field(23, b"shardId-0000000000", e);
                bytes_field(24, b"0", e);
            }),
            m,
        );
    });
    let put = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/p1/records")
                .is_true(move |request| request.body_ref() == expected.as_slice());
            then.status(200).body(answer);
        })
        .await;
    let outcome = client(&server)
        .upload_data("")
        .stream_id("sid-42")
        .record("x")
        .send()
        .await
        .unwrap();
    put.assert_calls_async(1).await;
    assert!(outcome.is_complete());
}

#[tokio::test]
async fn error_answers_to_protobuf_requests_are_read_as_dis_json_errors() {
    let server = MockServer::start_async().await;
    let put = server
        .mock_async(|when, then| {
            when.method(POST)
                .path("/v2/p1/records")
                .header("content-type", PROTOBUF);
            then.status(400).json_body(
                json!({"errorCode": "DIS.4301", "message": "The stream does not exist"}),
            );
        })
        .await;
    let err = client(&server)
        .upload_data("orders")
        .record("x")
        .send()
        .await
        .unwrap_err();
    put.assert_calls_async(1).await;
    assert_eq!(err.code(), Some("DIS.4301"), "{err:?}");
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
}

/// GetRecordsResult{nextShardIterator = 14, millisBehindLatest = 15, records = 16:
/// Record{partitionKey = 17, sequenceNumber = 18, data = 19, timestamp = 27,
/// timestampType = 28}}.
fn page(next: &str, behind: u64, records: &[(&str, &[u8], Option<&str>)]) -> Vec<u8> {
    message(|m| {
        bytes_field(14, next.as_bytes(), m);
        int_field(15, behind, m);
        for (sequence, data, key) in records {
            let record = message(|r| {
                if let Some(key) = key {
                    bytes_field(17, key.as_bytes(), r);
                }
                bytes_field(18, sequence.as_bytes(), r);
                bytes_field(19, data, r);
                int_field(27, 1_700_000_000_123, r);
                bytes_field(28, b"CreateTime", r);
            });
            bytes_field(16, &record, m);
        }
    })
}

async fn page_mock<'a>(server: &'a MockServer, cursor: &str, body: Vec<u8>) -> httpmock::Mock<'a> {
    server
        .mock_async(|when, then| {
            when.method(GET)
                .path("/v2/p1/records")
                .query_param("partition-cursor", cursor)
                .query_param_count(".*", ".*", 1)
                .header("content-type", PROTOBUF)
                .header("accept", PROTOBUF);
            then.status(200)
                .header("content-type", "application/x-protobuf")
                .body(body);
        })
        .await
}

#[tokio::test]
async fn download_asks_for_protobuf_pages_and_decodes_raw_bytes_until_caught_up() {
    let server = MockServer::start_async().await;
    let first = page_mock(
        &server,
        "c0",
        page(
            "c1",
            12,
            &[("5", b"\x00\xff raw", Some("k")), ("6", b"", None)],
        ),
    )
    .await;
    let last = page_mock(&server, "c1", page("c2", 0, &[])).await;
    let mut records = client(&server).download_data(Cursor::from("c0"));
    let mut seen = Vec::new();
    while let Some(record) = records.try_next().await.unwrap() {
        seen.push(record);
    }
    first.assert_calls_async(1).await;
    last.assert_calls_async(1).await;
    assert_eq!(seen.len(), 2);
    assert_eq!(&seen[0].data[..], b"\x00\xff raw");
    assert_eq!(seen[0].sequence_number, "5");
    assert_eq!(seen[0].partition_key.as_deref(), Some("k"));
    assert_eq!(seen[0].timestamp, Some(1_700_000_000_123));
    assert_eq!(seen[0].timestamp_type.as_deref(), Some("CreateTime"));
    assert_eq!(&seen[1].data[..], b"");
    assert_eq!(seen[1].partition_key, None);
    assert_eq!(records.next_cursor().map(Cursor::as_str), Some("c2"));
}

#[tokio::test]
async fn a_bad_sequence_number_in_a_protobuf_page_is_refused_after_the_records_before_it() {
    let server = MockServer::start_async().await;
    page_mock(
        &server,
        "c0",
        page(
            "c1",
            0,
            &[
                ("4", b"ok", None),
                ("-1", b"bad", None),
                ("6", b"after", None),
            ],
        ),
    )
    .await;
    let mut records = client(&server).download_data(Cursor::from("c0"));
    let first = records.try_next().await.unwrap().unwrap();
    assert_eq!(first.sequence_number, "4");
    let err = records.try_next().await.unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert!(
        err.to_string().contains("records[1].sequence_number"),
        "{err}"
    );
    assert!(records.try_next().await.unwrap().is_none());
}

#[tokio::test]
async fn a_protobuf_page_that_is_not_a_get_records_result_is_a_decode_error() {
    let server = MockServer::start_async().await;
    // No nextShardIterator, and then bytes that end inside a field.
    for body in [page("", 0, &[]).split_off(2), vec![0x72, 0x05, b'c']] {
        let mock = page_mock(&server, "c0", body).await;
        let err = client(&server)
            .download_data(Cursor::from("c0"))
            .try_next()
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Decode { .. }), "{err:?}");
        mock.assert_calls_async(1).await;
        mock.delete_async().await;
    }
}
