//! PutRecords and GetRecords in DIS's protobuf form (`Content-Type: application/x-protobuf`,
//! field numbers of the Huawei SDKs' `message.proto`, see the notes §5.3): requests are
//! encoded by hand here, field by field, so that the emulator is checked against the
//! layout and not against the definitions it shares with the client.

use crate::common;

use futures::TryStreamExt;
use otc_dis::{CursorPosition, Delivery, RecordEncoding, RecordToPut, protobuf};
use prost::Message;
use reqwest::StatusCode;
use serde_json::Value;

const PROTOBUF: &str = "application/x-protobuf; charset=utf-8";
/// What huaweicloud-sdk-python-dis sends.
const PROTOBUF_PYTHON: &str = "application/x-protobuf;charset=utf-8";

/// Hand-written protobuf: a key, then a varint or a length-delimited value.
fn varint(mut value: u64, out: &mut Vec<u8>) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn bytes_field(field: u64, value: &[u8], out: &mut Vec<u8>) {
    varint(field << 3 | 2, out);
    varint(value.len() as u64, out);
    out.extend_from_slice(value);
}

fn int_field(field: u64, value: u64, out: &mut Vec<u8>) {
    varint(field << 3, out);
    varint(value, out);
}

/// `PutRecordsRequest{streamName = 1, records = 2 [entries]}`.
fn put_request(stream: &str, entries: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    bytes_field(1, stream.as_bytes(), &mut out);
    for entry in entries {
        bytes_field(2, entry, &mut out);
    }
    out
}

async fn post(
    dis: &dis_local::Handle,
    content_type: &str,
    body: Vec<u8>,
) -> (StatusCode, String, Vec<u8>) {
    let response = common::http()
        .post(format!("{}/records", dis.endpoint()))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .expect("answered");
    let status = response.status();
    let media = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, media, response.bytes().await.unwrap().to_vec())
}

async fn get(
    dis: &dis_local::Handle,
    content_type: &str,
    cursor: &str,
) -> (StatusCode, String, Vec<u8>) {
    let response = common::http()
        .get(format!("{}/records", dis.endpoint()))
        .query(&[("partition-cursor", cursor)])
        .header("content-type", content_type)
        .send()
        .await
        .expect("answered");
    let status = response.status();
    let media = response
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, media, response.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn a_protobuf_put_is_stored_and_answered_in_protobuf_byte_for_byte() {
    let (dis, client) = common::start().await;
    client.create_stream("pb", 1).send().await.unwrap();
    let mut first = Vec::new();
    bytes_field(3, b"\x00\xffraw", &mut first);
    bytes_field(6, b"0", &mut first);
    let mut second = Vec::new();
    bytes_field(3, b"second", &mut second);
    bytes_field(5, b"key-1", &mut second);
    int_field(29, 1_700_000_000_000, &mut second);
    let (status, media, body) = post(&dis, PROTOBUF, put_request("pb", &[first, second])).await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
    assert_eq!(media, "application/x-protobuf");

    // PutRecordsResult{failedRecordCount = 21: 0, records = 22: [{shardId = 23, sequenceNumber = 24}]}.
    let mut expected = Vec::new();
    int_field(21, 0, &mut expected);
    for sequence in ["0", "1"] {
        let mut entry = Vec::new();
        bytes_field(23, b"shardId-0000000000", &mut entry);
        bytes_field(24, sequence.as_bytes(), &mut entry);
        bytes_field(22, &entry, &mut expected);
    }
    assert_eq!(body, expected);

    // What was stored reads back alike in JSON.
    let records: Vec<_> = client
        .download_data_from("pb", "0", CursorPosition::TrimHorizon)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(records.len(), 2);
    assert_eq!(&records[0].data[..], b"\x00\xffraw");
    assert_eq!(&records[1].data[..], b"second");
    assert_eq!(records[1].partition_key.as_deref(), Some("key-1"));
}

#[tokio::test]
async fn a_protobuf_get_answers_a_get_records_result_with_the_sdk_field_numbers() {
    let (dis, client) = common::start().await;
    client.create_stream("pb", 1).send().await.unwrap();
    client
        .upload_data("pb")
        .record(RecordToPut::keyed("k", b"\x01\x02payload".to_vec()))
        .send()
        .await
        .unwrap();
    let cursor = client
        .get_data_cursor("pb", "0", CursorPosition::TrimHorizon)
        .await
        .unwrap();
    let (status, media, body) = get(&dis, PROTOBUF_PYTHON, cursor.as_str()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(media, "application/x-protobuf");
    let page = protobuf::GetRecordsResult::decode(&body[..]).unwrap();
    let next = page.next_shard_iterator.clone().expect("nextShardIterator");
    assert!(!next.is_empty());
    assert_eq!(page.millis_behind_latest, Some(0));
    assert_eq!(page.records.len(), 1);
    let record = &page.records[0];
    assert_eq!(record.data.as_deref(), Some(&b"\x01\x02payload"[..]));
    assert_eq!(record.sequence_number.as_deref(), Some("0"));
    assert_eq!(record.partition_key.as_deref(), Some("k"));
    assert_eq!(record.timestamp_type.as_deref(), Some("CreateTime"));
    // The page starts with field 14 (nextShardIterator), length-delimited: key 0x72.
    let mut start = Vec::new();
    bytes_field(14, next.as_bytes(), &mut start);
    assert!(body.starts_with(&start));
    // The record (field 16) holds partitionKey 17, sequenceNumber 18, data 19 in this order.
    let mut record_start = Vec::new();
    bytes_field(17, b"k", &mut record_start);
    bytes_field(18, b"0", &mut record_start);
    bytes_field(19, b"\x01\x02payload", &mut record_start);
    assert!(
        body.windows(record_start.len()).any(|w| w == record_start),
        "{body:?}"
    );
}

#[tokio::test]
async fn protobuf_requests_get_dis_json_error_bodies() {
    let (dis, client) = common::start().await;
    client.create_stream("pb", 1).send().await.unwrap();
    let mut entry = Vec::new();
    bytes_field(3, b"x", &mut entry);
    let cases: [(Vec<u8>, u16, &str); 4] = [
        (
            put_request("missing", std::slice::from_ref(&entry)),
            400,
            "DIS.4301",
        ),
        (vec![0x0a, 0xff, 0xff], 400, "DIS.4300"),
        (Vec::new(), 400, "DIS.4202"),
        (put_request("pb", &[]), 400, "DIS.4202"),
    ];
    for (body, status, code) in cases {
        let (got, media, answer) = post(&dis, PROTOBUF, body).await;
        assert_eq!(got.as_u16(), status, "{}", String::from_utf8_lossy(&answer));
        assert!(media.starts_with("application/json"), "{media}");
        let error: Value = serde_json::from_slice(&answer).unwrap();
        assert_eq!(error["errorCode"], code, "{error}");
    }
    let (status, media, answer) = get(&dis, PROTOBUF, "not-a-cursor").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(media.starts_with("application/json"), "{media}");
    let error: Value = serde_json::from_slice(&answer).unwrap();
    assert_eq!(error["errorCode"], "DIS.4217", "{error}");
}

#[tokio::test]
async fn per_record_failures_come_in_the_protobuf_result() {
    let (dis, client) = common::start().await;
    client.create_stream("pb", 1).send().await.unwrap();
    let mut good = Vec::new();
    bytes_field(3, b"ok", &mut good);
    let mut bad = Vec::new();
    bytes_field(3, b"lost", &mut bad);
    bytes_field(6, b"shardId-0000000009", &mut bad);
    let (status, _, body) = post(&dis, PROTOBUF, put_request("pb", &[good, bad])).await;
    assert_eq!(status, StatusCode::OK);
    let result = protobuf::PutRecordsResult::decode(&body[..]).unwrap();
    assert_eq!(result.failed_record_count, Some(1));
    assert_eq!(
        result.records[0].shard_id.as_deref(),
        Some("shardId-0000000000")
    );
    assert_eq!(result.records[1].shard_id, None);
    assert_eq!(result.records[1].error_code.as_deref(), Some("DIS.4302"));
    assert!(result.records[1].error_message.is_some());
}

#[tokio::test]
async fn the_client_in_protobuf_mode_round_trips_with_the_same_outcomes_as_json() {
    let (_dis, json) = common::start().await;
    let proto = json.clone().with_record_encoding(RecordEncoding::Protobuf);
    json.create_stream("pb", 2).send().await.unwrap();
    let records = vec![
        RecordToPut::for_partition("0", b"\x00\x01\xfe\xff".to_vec()),
        RecordToPut::keyed("customer-7", "keyed").with_timestamp(1_700_000_000_000),
        RecordToPut::for_partition("9", "to a partition that does not exist"),
        RecordToPut::new(Vec::new()).with_partition_id("1"),
    ];
    let outcome = proto
        .upload_data("pb")
        .records(records.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(outcome.failed_record_count, 1);
    let failed = outcome.records[2].as_ref().unwrap_err();
    assert_eq!(failed.error_code.as_deref(), Some("DIS.4302"));
    assert_eq!(failed.delivery(), Delivery::NotWritten);
    assert!(!failed.is_retryable());
    let written = outcome.records[0].as_ref().unwrap();
    assert_eq!(written.partition_id, "shardId-0000000000");

    // The same records through JSON give the same kind of outcome.
    let again = json
        .upload_data("pb")
        .records(records)
        .send()
        .await
        .unwrap();
    assert_eq!(again.failed_record_count, 1);
    assert_eq!(
        again.records[2].as_ref().unwrap_err().error_code.as_deref(),
        Some("DIS.4302")
    );

    // Both encodings read the same records, and a protobuf download ends when caught up.
    for partition in ["0", "1"] {
        let by_json: Vec<_> = json
            .download_data_from("pb", partition, CursorPosition::TrimHorizon)
            .try_collect()
            .await
            .unwrap();
        let by_protobuf: Vec<_> = proto
            .download_data_from("pb", partition, CursorPosition::TrimHorizon)
            .try_collect()
            .await
            .unwrap();
        assert!(!by_json.is_empty());
        assert_eq!(by_protobuf, by_json, "partition {partition}");
    }
}

#[tokio::test]
async fn protobuf_records_signed_with_ak_sk_are_verified_over_their_raw_bytes() {
    const AK: &str = "PBAK0123456789ABCDEF";
    const SK: &str = "pbSecretKey0123456789abcdefghijklmnopqrs";
    let dis = dis_local::Server::builder()
        .project_id("proj")
        .credentials(AK, SK)
        .start()
        .await
        .unwrap();
    let connect = |secret: &str| {
        let config = otc_dis::Config::builder()
            .ignore_environment()
            .ignore_files()
            .endpoint(dis.endpoint())
            .project_id("proj")
            .region("eu-de")
            .access_key(AK)
            .secret_key(secret)
            .record_encoding(RecordEncoding::Protobuf)
            .build()
            .unwrap();
        otc_dis::Client::connect(config)
    };
    let client = connect(SK).await.unwrap();
    assert_eq!(client.record_encoding(), RecordEncoding::Protobuf);
    client.create_stream("signed", 1).send().await.unwrap();
    let outcome = client
        .upload_data("signed")
        .record(b"\x00\xffsigned".to_vec())
        .send()
        .await
        .unwrap();
    assert!(outcome.is_complete());
    let records: Vec<_> = client
        .download_data_from("signed", "0", CursorPosition::TrimHorizon)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(records.len(), 1);
    assert_eq!(&records[0].data[..], b"\x00\xffsigned");

    // A wrong secret key: the signature over the protobuf body does not verify.
    let wrong = connect("not-the-secret-key-0123456789abcdefghijk")
        .await
        .unwrap();
    let err = wrong
        .upload_data("signed")
        .record("x")
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err.status(), Some(401 | 403)), "{err:?}");
}
