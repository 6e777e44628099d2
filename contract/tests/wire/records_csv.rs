//! Wire tests of the CSV side of the records layer: upload_csv, upload_csv_file, download_csv.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use httpmock::prelude::*;
use otc_dis::{CsvData, Error, FailedRecord, types};
use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;
use otc_dis_contract::testing::{
    record, records_page, rejected_entry, text, written, written_entry,
};
use serde_json::{Value, json};

fn b64(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

/// Awkward payloads: CSV metacharacters, a multi-line value, non-UTF-8 bytes, empty data.
fn tricky() -> Vec<Vec<u8>> {
    vec![
        b"plain".to_vec(),
        b"comma, \"quoted\" and\nnew line\r\nCRLF".to_vec(),
        vec![0x00, 0xff, 0xfe, b',', b'"', 0x80, b'\n', 0x01],
        "ünïcode, ok".as_bytes().to_vec(),
        Vec::new(),
    ]
}

/// A CSV document with the given header and rows, written by the csv crate.
fn csv_doc(header: &[&str], rows: &[Vec<Vec<u8>>]) -> Vec<u8> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(header).unwrap();
    for row in rows {
        out.write_record(row).unwrap();
    }
    out.into_inner().unwrap()
}

fn put_mock<'a>(
    server: &'a MockServer,
    body: Value,
    answer: types::PutRecordsResponse,
) -> httpmock::Mock<'a> {
    server.put_records(|when, then| {
        when.into_inner()
            .path(testing::path("/records"))
            .query_param_count(".*", ".*", 0)
            .json_body(body);
        then.ok(&answer);
    })
}

fn any_mock(server: &MockServer) -> httpmock::Mock<'_> {
    server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body_obj(&written(0, 1));
    })
}

fn validation_problem(err: &Error) -> String {
    match err {
        Error::Validation(v) if v.field() == "csv" => v.problem().to_owned(),
        other => panic!("expected a csv validation error, got {other:?}"),
    }
}

// ------------------------------------------------------------------ upload

#[tokio::test]
async fn upload_csv_sends_the_exact_bytes_of_each_row_with_routing_columns() {
    let server = MockServer::start_async().await;
    let data = tricky();
    let rows: Vec<Vec<Vec<u8>>> = data
        .iter()
        .enumerate()
        .map(|(i, d)| {
            vec![
                format!("key-{i}").into_bytes(),
                d.clone(),
                if i == 1 { b"3".to_vec() } else { Vec::new() },
                if i == 2 { b"42".to_vec() } else { Vec::new() },
                b"ignored".to_vec(),
            ]
        })
        .collect();
    let doc = csv_doc(
        &[
            "Partition_Key",
            "data",
            "partition_id",
            " explicit_hash_key ",
            "other",
        ],
        &rows,
    );
    let mut expected = Vec::new();
    for (i, d) in data.iter().enumerate() {
        let mut entry = json!({"data": b64(d), "partition_key": format!("key-{i}")});
        if i == 1 {
            entry["partition_id"] = json!("3");
        }
        if i == 2 {
            entry["explicit_hash_key"] = json!("42");
        }
        expected.push(entry);
    }
    let mock = put_mock(
        &server,
        json!({"stream_name": "orders", "records": expected}),
        written(1, data.len()),
    );
    let outcome = testing::client(&server)
        .await
        .upload_csv("orders", doc.as_slice())
        .send()
        .await
        .unwrap();
    mock.assert();
    assert_eq!(outcome.records_written, 5);
    assert_eq!(outcome.requests, 1);
    assert!(outcome.is_complete());
}

#[tokio::test]
async fn upload_csv_decodes_base64_cells_when_asked() {
    let server = MockServer::start_async().await;
    let data = tricky();
    let rows: Vec<Vec<Vec<u8>>> = data.iter().map(|d| vec![b64(d).into_bytes()]).collect();
    let doc = csv_doc(&["data"], &rows);
    let entries: Vec<Value> = data.iter().map(|d| json!({"data": b64(d)})).collect();
    let mock = put_mock(
        &server,
        json!({"stream_name": "orders", "records": entries}),
        written(1, data.len()),
    );
    let outcome = testing::client(&server)
        .await
        .upload_csv("orders", doc.as_slice())
        .data_encoding(CsvData::Base64)
        .send()
        .await
        .unwrap();
    mock.assert();
    assert_eq!(outcome.records_written, 5);
}

#[tokio::test]
async fn upload_csv_streams_in_batches_and_reports_failures_by_line() {
    let server = MockServer::start_async().await;
    // Line numbers: header 1, "a" 2, "b\nb" 3-4, "c" 5, "d" 6, "e" 7.
    let doc = b"data\na\n\"b\nb\"\nc\nd\ne\n".to_vec();
    let body = |items: &[&[u8]]| {
        let entries: Vec<Value> = items.iter().map(|d| json!({"data": b64(d)})).collect();
        json!({"stream_name": "orders", "records": entries})
    };
    let first = put_mock(&server, body(&[b"a", b"b\nb"]), written(1, 2));
    let second = put_mock(
        &server,
        body(&[b"c", b"d"]),
        types::PutRecordsResponse {
            failed_record_count: Some(1),
            records: vec![
                written_entry("shardId-0000000000", text("3")),
                rejected_entry("DIS.4303", "Exceeded traffic control limit"),
            ],
        },
    );
    let third = put_mock(&server, body(&[b"e"]), written(5, 1));
    let outcome = testing::client(&server)
        .await
        .upload_csv("orders", doc.as_slice())
        .max_records_per_request(2)
        .send()
        .await
        .unwrap();
    first.assert();
    second.assert();
    third.assert();
    assert_eq!(outcome.requests, 3);
    assert_eq!(outcome.records_written, 4);
    assert_eq!(outcome.failures.len(), 1);
    assert_eq!(outcome.failures[0].line, 6);
    assert_eq!(
        outcome.failures[0].failure,
        FailedRecord::rejected("DIS.4303", "Exceeded traffic control limit")
    );
    assert!(!outcome.is_complete());
}

#[tokio::test]
async fn upload_csv_respects_the_5_mib_request_limit() {
    let server = MockServer::start_async().await;
    // Six rows of 1 MiB: five fill the first request (5 MiB), the sixth needs a second.
    let data: Vec<Vec<u8>> = (0..6u8).map(|i| vec![b'a' + i; 1024 * 1024]).collect();
    let rows: Vec<Vec<Vec<u8>>> = data.iter().map(|d| vec![d.clone()]).collect();
    let doc = csv_doc(&["data"], &rows);
    let body = |items: &[Vec<u8>]| {
        let entries: Vec<Value> = items.iter().map(|d| json!({"data": b64(d)})).collect();
        json!({"stream_name": "big", "records": entries})
    };
    let first = put_mock(&server, body(&data[..5]), written(1, 5));
    let second = put_mock(&server, body(&data[5..]), written(6, 1));
    let outcome = testing::client(&server)
        .await
        .upload_csv("big", doc.as_slice())
        .send()
        .await
        .unwrap();
    first.assert();
    second.assert();
    assert_eq!((outcome.requests, outcome.records_written), (2, 6));
}

#[tokio::test]
async fn a_bad_row_in_a_later_batch_stops_before_that_batch_and_names_its_line() {
    let server = MockServer::start_async().await;
    let doc = b"data,partition_id\na,0\nb,1\nc,2\nd,shard-9\n".to_vec();
    let first = put_mock(
        &server,
        json!({"stream_name": "orders", "records": [
            {"data": b64(b"a"), "partition_id": "0"},
            {"data": b64(b"b"), "partition_id": "1"},
        ]}),
        written(1, 2),
    );
    // Any later request lacks record "a" (base64 "YQ=="): the batch with the bad row.
    let later = server.put_records(|when, then| {
        when.into_inner()
            .path(testing::path("/records"))
            .body_excludes(b64(b"a"));
        then.ok(&written(3, 2));
    });
    let outcome = testing::client(&server)
        .await
        .upload_csv("orders", doc.as_slice())
        .max_records_per_request(2)
        .send()
        .await
        .unwrap();
    first.assert();
    later.assert_calls(0);
    assert_eq!(outcome.records_written, 2);
    let stop = outcome.interrupted.expect("interrupted");
    assert_eq!(stop.line, 4, "rows from line 4 (c) on were not written");
    let problem = validation_problem(&stop.error);
    assert!(problem.starts_with("line 5: "), "{problem}");
    assert!(problem.contains("shard-9"), "{problem}");
}

#[tokio::test]
async fn a_bad_row_in_the_first_batch_is_an_error_and_nothing_is_sent() {
    let server = MockServer::start_async().await;
    let mock = any_mock(&server);
    let cases: [(&[u8], &str); 5] = [
        (
            b"data,explicit_hash_key\nok,1\nx,9223372036854775808\n",
            "line 3: ",
        ),
        (b"data,partition_id\nok,0\n\"multi\nline\",x\n", "line 3: "),
        (b"data,partition_key\nok\n", "line 2: "),
        (b"partition_key\nk\n", "line 1: "),
        (b"", "line 1: "),
    ];
    for (doc, line) in cases {
        let err = testing::client(&server)
            .await
            .upload_csv("orders", doc)
            .send()
            .await
            .unwrap_err();
        let problem = validation_problem(&err);
        assert!(
            problem.starts_with(line),
            "{problem:?} should start with {line:?}"
        );
    }
    let err = testing::client(&server)
        .await
        .upload_csv("orders", b"data\n!!!\n".as_slice())
        .data_encoding(CsvData::Base64)
        .send()
        .await
        .unwrap_err();
    assert!(validation_problem(&err).starts_with("line 2: data is not base64"));
    mock.assert_calls(0);
}

#[tokio::test]
async fn upload_csv_file_checks_the_whole_file_before_sending() {
    let server = MockServer::start_async().await;
    let mock = any_mock(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.csv");
    let mut doc = b"data\n".to_vec();
    for i in 0..10 {
        doc.extend_from_slice(format!("row {i}\n").as_bytes());
    }
    doc.extend_from_slice(b"too,many\nlast\n");
    std::fs::write(&path, &doc).unwrap();
    let err = testing::client(&server)
        .await
        .upload_csv_file("orders", &path)
        .max_records_per_request(2)
        .send()
        .await
        .unwrap_err();
    mock.assert_calls(0);
    let problem = validation_problem(&err);
    assert!(problem.starts_with("line 12: "), "{problem}");

    let missing = testing::client(&server)
        .await
        .upload_csv_file("orders", dir.path().join("missing.csv"))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(missing, Error::Io { .. }), "{missing:?}");
    mock.assert_calls(0);
}

#[tokio::test]
async fn upload_csv_first_request_failure_is_an_error() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(POST).path(testing::path("/records"));
        testing::dis_error(then, 400, "DIS.4301");
    });
    let err = testing::client(&server)
        .await
        .upload_csv("nope", b"data\nx\n".as_slice())
        .send()
        .await
        .unwrap_err();
    mock.assert();
    assert!(matches!(err, Error::NotFound(_)));
}

#[tokio::test]
async fn upload_csv_refuses_bad_settings_and_sends_nothing() {
    let server = MockServer::start_async().await;
    let mock = any_mock(&server);
    let client = testing::client(&server).await;
    let bad_name = client
        .upload_csv("bad name", b"data\nx\n".as_slice())
        .send()
        .await;
    assert!(matches!(bad_name, Err(Error::Validation(_))));
    let zero = client
        .upload_csv("orders", b"data\nx\n".as_slice())
        .max_records_per_request(0)
        .send()
        .await;
    assert!(matches!(zero, Err(Error::Validation(_))));
    mock.assert_calls(0);
}

// ------------------------------------------------------------------ download

fn page(records: &[(&str, &[u8], Option<&str>)], next: &str) -> types::GetRecordsResponse {
    let records = records
        .iter()
        .map(|(seq, data, key)| types::Record {
            timestamp: Some(1_700_000_000_000),
            timestamp_type: Some("CreateTime".into()),
            partition_key: key.map(Into::into),
            ..record(seq, data)
        })
        .collect();
    records_page(records, next, Some(0))
}

fn page_mock<'a>(
    server: &'a MockServer,
    cursor: &str,
    body: types::GetRecordsResponse,
) -> httpmock::Mock<'a> {
    server.get_records(|when, then| {
        when.into_inner()
            .path(testing::path("/records"))
            .query_param("partition-cursor", cursor)
            .query_param("max_fetch_bytes", "65536")
            .query_param_count(".*", ".*", 2);
        then.ok(&body);
    })
}

/// Serves the tricky payloads over three pages and an empty last page.
fn serve_tricky(server: &MockServer) -> Vec<httpmock::Mock<'_>> {
    let data = tricky();
    vec![
        page_mock(
            server,
            "c0",
            page(&[("1", &data[0], Some("k,1")), ("2", &data[1], None)], "c1"),
        ),
        page_mock(server, "c1", page(&[("3", &data[2], Some("k\"2"))], "c2")),
        page_mock(
            server,
            "c2",
            page(&[("4", &data[3], None), ("5", &data[4], None)], "c3"),
        ),
        page_mock(server, "c3", page(&[], "c4")),
    ]
}

/// Parses a downloaded CSV document into rows of cells.
fn parse(doc: &[u8]) -> (Vec<String>, Vec<Vec<Vec<u8>>>) {
    let mut reader = csv::Reader::from_reader(doc);
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .byte_records()
        .map(|r| r.unwrap().iter().map(<[u8]>::to_vec).collect())
        .collect();
    (header, rows)
}

#[tokio::test]
async fn download_csv_writes_every_page_and_parses_back_to_the_same_bytes() {
    let server = MockServer::start_async().await;
    let mocks = serve_tricky(&server);
    let mut doc = Vec::new();
    let summary = testing::client(&server)
        .await
        .download_csv("c0", &mut doc)
        .max_fetch_bytes(65536)
        .send()
        .await
        .unwrap();
    for mock in &mocks {
        mock.assert();
    }
    assert_eq!(summary.records_written, 5);
    assert_eq!(summary.next_cursor.as_ref().map(|c| c.as_str()), Some("c4"));
    assert_eq!(summary.last_sequence_number.as_deref(), Some("5"));
    let (header, rows) = parse(&doc);
    assert_eq!(
        header,
        [
            "sequence_number",
            "data",
            "timestamp",
            "timestamp_type",
            "partition_key"
        ]
    );
    let data: Vec<Vec<u8>> = rows.iter().map(|r| r[1].clone()).collect();
    assert_eq!(data, tricky());
    assert_eq!(rows[0][0], b"1");
    assert_eq!(rows[0][2], b"1700000000000");
    assert_eq!(rows[0][3], b"CreateTime");
    assert_eq!(rows[0][4], b"k,1");
    assert_eq!(rows[1][4], b"");
    assert_eq!(rows[2][4], b"k\"2");
}

#[tokio::test]
async fn download_csv_base64_keeps_the_file_ascii() {
    let server = MockServer::start_async().await;
    let mocks = serve_tricky(&server);
    let mut doc = Vec::new();
    testing::client(&server)
        .await
        .download_csv("c0", &mut doc)
        .max_fetch_bytes(65536)
        .data_encoding(CsvData::Base64)
        .send()
        .await
        .unwrap();
    for mock in &mocks {
        mock.assert();
    }
    assert!(doc.is_ascii());
    let (_, rows) = parse(&doc);
    let data: Vec<Vec<u8>> = rows.iter().map(|r| B64.decode(&r[1]).unwrap()).collect();
    assert_eq!(data, tricky());
}

async fn round_trip(encoding: CsvData) {
    let server = MockServer::start_async().await;
    let downloads = serve_tricky(&server);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("export.csv");
    let client = testing::client(&server).await;
    let summary = client
        .download_csv_file("c0", &path)
        .max_fetch_bytes(65536)
        .data_encoding(encoding)
        .send()
        .await
        .unwrap();
    assert_eq!(summary.records_written, 5);
    for mock in &downloads {
        mock.assert();
    }

    let data = tricky();
    let keys = [Some("k,1"), None, Some("k\"2"), None, None];
    let entries: Vec<Value> = data
        .iter()
        .zip(keys)
        .map(|(d, key)| match key {
            Some(key) => json!({"data": b64(d), "partition_key": key}),
            None => json!({"data": b64(d)}),
        })
        .collect();
    let upload = put_mock(
        &server,
        json!({"stream_name": "copy", "records": entries}),
        written(1, 5),
    );
    let outcome = client
        .upload_csv_file("copy", &path)
        .data_encoding(encoding)
        .send()
        .await
        .unwrap();
    upload.assert();
    assert_eq!(outcome.records_written, 5);
    assert!(outcome.is_complete());
}

#[tokio::test]
async fn csv_round_trip_preserves_binary_data_raw() {
    round_trip(CsvData::Raw).await;
}

#[tokio::test]
async fn csv_round_trip_preserves_binary_data_base64() {
    round_trip(CsvData::Base64).await;
}

#[tokio::test]
async fn download_csv_flushes_rows_before_an_error() {
    let server = MockServer::start_async().await;
    page_mock(&server, "c0", page(&[("1", b"first", None)], "c1"));
    server.mock(|when, then| {
        when.method(GET)
            .path(testing::path("/records"))
            .query_param("partition-cursor", "c1");
        testing::dis_error(then, 400, "DIS.4225");
    });
    let mut doc = Vec::new();
    let summary = testing::client(&server)
        .await
        .download_csv("c0", &mut doc)
        .max_fetch_bytes(65536)
        .send()
        .await
        .unwrap();
    // The rows written so far are kept, with where to resume and why it stopped.
    let err = summary.interrupted.expect("interrupted");
    assert!(otc_dis::needs_new_cursor(&err));
    assert_eq!(summary.records_written, 1);
    assert_eq!(summary.last_sequence_number.as_deref(), Some("1"));
    let (_, rows) = parse(&doc);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][1], b"first");
}

#[tokio::test]
async fn download_csv_returns_the_error_when_nothing_was_written() {
    let server = MockServer::start_async().await;
    server.mock(|when, then| {
        when.method(GET)
            .path(testing::path("/records"))
            .query_param("partition-cursor", "c0");
        testing::dis_error(then, 400, "DIS.4217");
    });
    let mut doc = Vec::new();
    let err = testing::client(&server)
        .await
        .download_csv("c0", &mut doc)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("DIS.4217"));
}
