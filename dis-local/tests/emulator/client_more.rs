//! More of the project's own client (`otc_dis::Client`) against the emulator: listing every
//! app over several pages, CSV upload and download (writer and file), downloading from a
//! cursor position, partition metrics and batch tag actions, end to end.

use crate::common;

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use common::start;
use futures::TryStreamExt;
use otc_dis::{
    CursorPosition, Record, RecordToPut, Records,
    types::{PartitionMetricLabel, StreamMetricLabel},
};

#[tokio::test]
async fn apps_lists_every_app_over_several_pages() {
    let (_dis, client) = start().await;
    for name in ["echo", "alpha", "delta", "bravo", "charlie"] {
        client.create_app(name).await.unwrap();
    }
    // A page of 2 does hold only 2 of the 5 apps, so the full list below needs 3 pages.
    let first_page = client
        .raw()
        .list_apps()
        .project_id("proj")
        .limit(2)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!((first_page.apps.len(), first_page.has_more_app), (2, true));

    let apps: Vec<_> = client.apps().page_size(2).try_collect().await.unwrap();
    let names: Vec<_> = apps.iter().map(|a| a.app_name.as_str()).collect();
    assert_eq!(names, ["alpha", "bravo", "charlie", "delta", "echo"]);
    let mut ids: Vec<_> = apps.iter().map(|a| a.app_id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 5, "every app has its own id");

    let rest: Vec<_> = client
        .apps()
        .page_size(2)
        .start_after("bravo")
        .map_ok(|a| a.app_name)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(rest, ["charlie", "delta", "echo"]);
}

/// A CSV to upload: `data` cells with a comma, quotes, line breaks (one `\r\n`) and bytes
/// that are not UTF-8, an empty `partition_key` (not set), and on line 7 a row for a
/// partition the one-partition stream does not have. The third row spans lines 4 to 6.
const UPLOAD_CSV: &[u8] = b"partition_key,data,partition_id\n\
k1,\"a,b\",\n\
,\"say \"\"hi\"\"\",\n\
k3,\"line1\nline2\r\nline3\",\n\
k4,lost,9\n\
k5,\"\xff\xfe\x00 not utf-8\",\r\n\
,plain,\n";

/// Line of `UPLOAD_CSV` whose record DIS refuses.
const REFUSED_LINE: u64 = 7;

/// The records `UPLOAD_CSV` writes, as `(sequence_number, data, partition_key)` rows of a
/// downloaded CSV (an absent key is an empty cell).
fn expected_rows() -> Vec<(String, Vec<u8>, String)> {
    [
        (&b"a,b"[..], "k1"),
        (b"say \"hi\"", ""),
        (b"line1\nline2\r\nline3", "k3"),
        (b"\xff\xfe\x00 not utf-8", "k5"),
        (b"plain", ""),
    ]
    .into_iter()
    .enumerate()
    .map(|(seq, (data, key))| (seq.to_string(), data.to_vec(), key.to_owned()))
    .collect()
}

/// A downloaded CSV parsed: checks the header and that every row's `timestamp` lies in
/// `written` (epoch ms) with type `CreateTime`, and returns `(sequence_number, data,
/// partition_key)` per row.
fn parse_download(csv: &[u8], written: (i64, i64)) -> Vec<(String, Vec<u8>, String)> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(csv);
    assert_eq!(
        reader.byte_headers().unwrap(),
        &csv::ByteRecord::from(vec![
            "sequence_number",
            "data",
            "timestamp",
            "timestamp_type",
            "partition_key"
        ])
    );
    reader
        .byte_records()
        .map(|row| {
            let row = row.unwrap();
            assert_eq!(row.len(), 5, "{row:?}");
            let text = |i: usize| String::from_utf8(row[i].to_vec()).unwrap();
            let timestamp: i64 = text(2).parse().unwrap();
            assert!(
                (written.0..=written.1).contains(&timestamp),
                "timestamp {timestamp} outside {written:?}"
            );
            assert_eq!(text(3), "CreateTime");
            (text(0), row[1].to_vec(), text(4))
        })
        .collect()
}

fn epoch_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

async fn trim_horizon(client: &otc_dis::Client, stream: &str) -> otc_dis::Cursor {
    client
        .get_data_cursor(stream, "0", CursorPosition::TrimHorizon)
        .await
        .unwrap()
}

#[tokio::test]
async fn csv_round_trip_through_a_reader_and_a_writer() {
    let (_dis, client) = start().await;
    client.create_stream("s", 1).send().await.unwrap();

    let before = epoch_ms();
    let outcome = client
        .upload_csv("s", UPLOAD_CSV)
        .max_records_per_request(2)
        .send()
        .await
        .unwrap();
    let after = epoch_ms();
    assert_eq!(
        (outcome.records_written, outcome.requests),
        (5, 3),
        "{outcome:?}"
    );
    assert!(outcome.interrupted.is_none(), "{outcome:?}");
    let refused: Vec<_> = outcome
        .failures
        .iter()
        .map(|f| (f.line, f.failure.error_code.as_deref().unwrap_or_default()))
        .collect();
    assert_eq!(refused, [(REFUSED_LINE, "DIS.4302")]);
    assert!(!outcome.is_complete());

    let mut csv = Vec::new();
    let summary = client
        .download_csv(trim_horizon(&client, "s").await, &mut csv)
        .send()
        .await
        .unwrap();
    assert_eq!(summary.records_written, 5);
    assert_eq!(summary.last_sequence_number.as_deref(), Some("4"));
    assert!(summary.next_cursor.is_some());
    assert_eq!(parse_download(&csv, (before, after)), expected_rows());

    // The cursor the summary hands back continues after the last record.
    client
        .upload_data("s")
        .record(RecordToPut::new("later"))
        .send()
        .await
        .unwrap();
    let mut more = Vec::new();
    let summary = client
        .download_csv(summary.next_cursor.unwrap(), &mut more)
        .send()
        .await
        .unwrap();
    assert_eq!(summary.records_written, 1);
    assert_eq!(summary.last_sequence_number.as_deref(), Some("5"));
    let rows = parse_download(&more, (before, epoch_ms()));
    assert_eq!(rows, [("5".to_owned(), b"later".to_vec(), String::new())]);
}

/// A file under the temp directory with a name no other test (or run) uses, removed on drop.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str) -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        Self(std::env::temp_dir().join(format!(
            "dis-local-client-more-{}-{nanos}-{name}",
            std::process::id()
        )))
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[tokio::test]
async fn csv_round_trip_through_files() {
    let (_dis, client) = start().await;
    client.create_stream("f", 1).send().await.unwrap();
    client.create_stream("g", 1).send().await.unwrap();
    let upload = TempFile::new("upload.csv");
    let download = TempFile::new("download.csv");
    std::fs::write(upload.path(), UPLOAD_CSV).unwrap();

    let before = epoch_ms();
    let outcome = client
        .upload_csv_file("f", upload.path())
        .send()
        .await
        .unwrap();
    let after = epoch_ms();
    assert_eq!(
        (outcome.records_written, outcome.requests),
        (5, 1),
        "{outcome:?}"
    );
    assert!(outcome.interrupted.is_none(), "{outcome:?}");
    let refused: Vec<_> = outcome
        .failures
        .iter()
        .map(|f| (f.line, f.failure.error_code.as_deref().unwrap_or_default()))
        .collect();
    assert_eq!(refused, [(REFUSED_LINE, "DIS.4302")]);

    let summary = client
        .download_csv_file(trim_horizon(&client, "f").await, download.path())
        .send()
        .await
        .unwrap();
    assert_eq!(summary.records_written, 5);
    assert_eq!(summary.last_sequence_number.as_deref(), Some("4"));
    let file = std::fs::read(download.path()).unwrap();
    assert_eq!(parse_download(&file, (before, after)), expected_rows());

    // The file holds exactly what a download to a writer gives.
    let mut in_memory = Vec::new();
    client
        .download_csv(trim_horizon(&client, "f").await, &mut in_memory)
        .send()
        .await
        .unwrap();
    assert_eq!(in_memory, file);

    // A downloaded file uploads again as it is (sequence number and timestamp columns are
    // ignored, partition keys kept), and downloads to the same records.
    let before = epoch_ms();
    let outcome = client
        .upload_csv_file("g", download.path())
        .send()
        .await
        .unwrap();
    let after = epoch_ms();
    assert!(outcome.is_complete(), "{outcome:?}");
    assert_eq!((outcome.records_written, outcome.requests), (5, 1));
    let mut again = Vec::new();
    client
        .download_csv(trim_horizon(&client, "g").await, &mut again)
        .send()
        .await
        .unwrap();
    assert_eq!(parse_download(&again, (before, after)), expected_rows());

    let paths = [upload.path().to_owned(), download.path().to_owned()];
    drop((upload, download));
    assert!(paths.iter().all(|p| !p.exists()));
}

/// Every record `records` yields, then the stream itself (for its resume position).
async fn drain(mut records: Records) -> (Vec<Record>, Records) {
    let mut all = Vec::new();
    while let Some(record) = records.try_next().await.unwrap() {
        all.push(record);
    }
    (all, records)
}

fn data_and_sequence(records: &[Record]) -> Vec<(&[u8], &str)> {
    records
        .iter()
        .map(|r| (&r.data[..], r.sequence_number.as_str()))
        .collect()
}

#[tokio::test]
async fn download_data_from_each_position() {
    let (_dis, client) = start().await;
    client.create_stream("s", 2).send().await.unwrap();
    let outcome = client
        .upload_data("s")
        .records([
            RecordToPut::for_partition("0", "zero-a"),
            RecordToPut::for_partition("1", "one-a"),
            RecordToPut::keyed("key", "one-b").with_partition_id("1"),
            RecordToPut::for_partition("0", "zero-b"),
            RecordToPut::for_partition("1", "one-c"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(outcome.failed_record_count, 0);

    let records = client.download_data_from("s", "1", CursorPosition::TrimHorizon);
    assert_eq!(records.next_cursor(), None, "nothing is sent before a poll");
    let (all, records) = drain(records).await;
    assert_eq!(
        data_and_sequence(&all),
        [(&b"one-a"[..], "0"), (b"one-b", "1"), (b"one-c", "2")]
    );
    assert_eq!(all[1].partition_key.as_deref(), Some("key"));
    assert_eq!(all[0].partition_key, None);
    assert_eq!(all[0].timestamp_type.as_deref(), Some("CreateTime"));
    assert_eq!(records.last_sequence_number(), Some("2"));
    assert_eq!(
        records.resume_position(),
        Some(CursorPosition::AfterSequenceNumber("2".into()))
    );

    let (after, _) = drain(client.download_data_from(
        "s",
        "shardId-0000000001",
        CursorPosition::after_sequence_number(0u64),
    ))
    .await;
    assert_eq!(
        data_and_sequence(&after),
        [(&b"one-b"[..], "1"), (b"one-c", "2")]
    );

    let (at, _) =
        drain(client.download_data_from("s", "0", CursorPosition::at_sequence_number("1"))).await;
    assert_eq!(data_and_sequence(&at), [(&b"zero-b"[..], "1")]);

    let start_ms = all[0].timestamp.unwrap();
    let (since, _) =
        drain(client.download_data_from("s", "0", CursorPosition::AtTimestamp(start_ms - 1000)))
            .await;
    assert_eq!(
        data_and_sequence(&since),
        [(&b"zero-a"[..], "0"), (b"zero-b", "1")]
    );

    // LATEST yields nothing now, and its cursor then reads what is written afterwards.
    let (latest, records) =
        drain(client.download_data_from("s", "0", CursorPosition::Latest)).await;
    assert!(latest.is_empty());
    let cursor = records.next_cursor().unwrap().clone();
    client
        .upload_data("s")
        .record(RecordToPut::for_partition("0", "zero-c"))
        .send()
        .await
        .unwrap();
    let (newer, _) = drain(client.download_data(cursor)).await;
    assert_eq!(data_and_sequence(&newer), [(&b"zero-c"[..], "2")]);

    let err = client
        .download_data_from("s", "2", CursorPosition::TrimHorizon)
        .try_next()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("DIS.4302"));
}

#[tokio::test]
async fn partition_metrics_count_what_was_put_and_got() {
    use PartitionMetricLabel::*;

    let (_dis, client) = start().await;
    client.create_stream("m", 3).send().await.unwrap();
    // 3 records (6 bytes) into partition 0, 2 (9 bytes) into partition 1, none into 2.
    let outcome = client
        .upload_data("m")
        .records([
            RecordToPut::for_partition("0", "a"),
            RecordToPut::for_partition("1", "dddd"),
            RecordToPut::for_partition("0", "bb"),
            RecordToPut::for_partition("0", "ccc"),
            RecordToPut::for_partition("1", "eeeee"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(outcome.failed_record_count, 0);
    // Read all of partition 0, only the last record of partition 1, nothing of 2.
    let read: Vec<_> = client
        .download_data_from("m", "0", CursorPosition::TrimHorizon)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(read.len(), 3);
    let read: Vec<_> = client
        .download_data_from("m", "1", CursorPosition::after_sequence_number(0u64))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(data_and_sequence(&read), [(&b"eeeee"[..], "1")]);

    let now = SystemTime::now();
    let (start, end) = (
        now - Duration::from_secs(600),
        now + Duration::from_secs(60),
    );
    let labels = [
        TotalPutRecordsPerPartition,
        TotalGetRecordsPerPartition,
        TotalPutBytesPerPartition,
        TotalGetBytesPerPartition,
    ];
    let mut totals = [0; 4];
    for (partition, expected) in [
        ("0", [3, 3, 6, 6]),
        ("shardId-0000000001", [2, 1, 9, 5]),
        ("2", [0, 0, 0, 0]),
    ] {
        let series = client
            .partition_metrics("m", partition, labels, start, end)
            .await
            .unwrap();
        let names: Vec<_> = series.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(
            names,
            [
                "total_put_records_per_partition",
                "total_get_records_per_partition",
                "total_put_bytes_per_partition",
                "total_get_bytes_per_partition"
            ]
        );
        assert!(series.iter().zip(labels).all(|(s, l)| s.is(l)));
        let sums: Vec<i64> = series
            .iter()
            .map(|s| s.points.iter().map(|p| p.value).sum())
            .collect();
        assert_eq!(sums, expected, "partition {partition}");
        for (total, sum) in totals.iter_mut().zip(&sums) {
            *total += sum;
        }
    }
    // Across partitions: the 5 records (15 bytes) sent, the 4 (11 bytes) read.
    assert_eq!(totals, [5, 4, 15, 11]);

    // One label is answered with one series, named after it.
    let single = client
        .partition_metrics("m", "0", TotalGetRecordsPerPartition, start, end)
        .await
        .unwrap();
    assert_eq!(single.len(), 1);
    assert_eq!(single[0].label, "total_get_records_per_partition");
    assert_eq!(single[0].points.iter().map(|p| p.value).sum::<i64>(), 3);

    // The stream's counts are the partitions' sums.
    let stream = client
        .stream_metrics(
            "m",
            [
                StreamMetricLabel::TotalPutRecordsPerStream,
                StreamMetricLabel::TotalGetRecordsPerStream,
            ],
            start,
            end,
        )
        .await
        .unwrap();
    let sums: Vec<i64> = stream
        .iter()
        .map(|s| s.points.iter().map(|p| p.value).sum())
        .collect();
    assert_eq!(sums, [5, 4]);

    let err = client
        .partition_metrics("m", "3", TotalPutRecordsPerPartition, start, end)
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("DIS.4302"));
}

#[tokio::test]
async fn batch_tag_actions_add_three_and_delete_two() {
    let (_dis, client) = start().await;
    client.create_stream("t", 1).send().await.unwrap();
    client.create_stream("other", 1).send().await.unwrap();
    let id = client.get_stream("t").await.unwrap().stream_id;
    let other = client.get_stream("other").await.unwrap().stream_id;

    client
        .add_stream_tags(
            &id,
            [("env", "prod"), ("team", "payments"), ("cost-center", "42")],
        )
        .await
        .unwrap();
    let pairs = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    };
    assert_eq!(
        client.stream_tags(&id).await.unwrap(),
        pairs(&[("cost-center", "42"), ("env", "prod"), ("team", "payments")])
    );
    assert!(client.stream_tags(&other).await.unwrap().is_empty());

    client
        .delete_stream_tags(&id, ["env", "team"])
        .await
        .unwrap();
    assert_eq!(
        client.stream_tags(&id).await.unwrap(),
        pairs(&[("cost-center", "42")])
    );
    assert_eq!(
        client.tags().await.unwrap(),
        BTreeMap::from([("cost-center".to_owned(), vec!["42".to_owned()])])
    );
}
