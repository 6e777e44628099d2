//! Records: upload with per-record results and a partial failure, download a partition
//! page by page following the cursors DIS hands back, resume after the last record read,
//! recognise an invalid cursor, and export a partition to a CSV file and import it into
//! another stream. Runs against the in-process emulator; no cloud account needed.
//!
//! ```text
//! cargo run --example records
//! ```

use futures::TryStreamExt;
use otc_dis::{Client, CursorPosition, Error, RecordToPut};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dis = dis_local::Server::builder()
        .project_id("demo-project")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;
    client.create_stream("sensor-readings", 2).send().await?;

    // Each record says how it is placed; the last names a partition the stream lacks.
    let outcome = client
        .upload_data("sensor-readings")
        .records([
            RecordToPut::keyed("sensor-a", r#"{"sensor":"a","celsius":21.5}"#),
            RecordToPut::keyed("sensor-b", r#"{"sensor":"b","celsius":19.0}"#),
            RecordToPut::keyed("sensor-a", r#"{"sensor":"a","celsius":21.7}"#),
            RecordToPut::for_partition("1", r#"{"sensor":"c","celsius":-3.2}"#)
                .with_timestamp(1_700_000_000_000),
            RecordToPut::new(r#"{"sensor":"d","celsius":30.1}"#).with_explicit_hash_key(0),
            RecordToPut::for_partition("7", r#"{"sensor":"x","celsius":0.0}"#),
        ])
        .send()
        .await?;
    // DIS answers a partial failure with HTTP 200: check every record, not just the request.
    println!(
        "uploaded {} records, {} failed:",
        outcome.records.len(),
        outcome.failed_record_count
    );
    for (i, result) in outcome.records.iter().enumerate() {
        match result {
            Ok(written) => println!(
                "  record {i} -> {} #{}",
                written.partition_id, written.sequence_number
            ),
            Err(failed) => println!("  record {i} failed: {failed}"),
        }
    }
    if !outcome.is_complete() {
        for (i, failure) in outcome.failures() {
            let advice = if failure.is_retryable() {
                "send it again later"
            } else {
                "fix the record"
            };
            println!("  record {i}: {advice} ({failure})");
        }
    }

    // Small pages (max_fetch_bytes) make the download follow several cursors.
    let cursor = client
        .get_data_cursor("sensor-readings", "0", CursorPosition::TrimHorizon)
        .await?;
    let mut records = client.download_data(cursor).max_fetch_bytes(64);
    let mut pages = 0;
    let mut last_cursor = None;
    println!("partition 0, at most 64 bytes per page:");
    while let Some(record) = records.try_next().await? {
        if records.next_cursor() != last_cursor.as_ref() {
            last_cursor = records.next_cursor().cloned();
            pages += 1;
        }
        println!(
            "  page {pages}: #{} key {:?} {}",
            record.sequence_number,
            record.partition_key.unwrap_or_default(),
            String::from_utf8_lossy(&record.data)
        );
    }

    // A consumer that stopped can go on after the last record it saw.
    let last = records
        .last_sequence_number()
        .unwrap_or_default()
        .to_owned();
    let resume = records.resume_position().ok_or("nothing was read")?;
    client
        .upload_data("sensor-readings")
        .record(RecordToPut::keyed(
            "sensor-a",
            r#"{"sensor":"a","celsius":22.0}"#,
        ))
        .send()
        .await?;
    let new: Vec<_> = client
        .download_data_from("sensor-readings", "0", resume)
        .try_collect()
        .await?;
    println!("{} new record(s) after #{last}", new.len());

    // A cursor DIS did not issue (or one older than 5 minutes) must be obtained again.
    match client.download_data("not-a-cursor").try_next().await {
        Err(err @ Error::InvalidRequest(_)) if otc_dis::needs_new_cursor(&err) => {
            println!("reading with a bad cursor: {err}");
        }
        other => return Err(format!("expected an invalid cursor error, got {other:?}").into()),
    }

    // CSV: export partition 0 to a file, then import the file into another stream.
    let path = std::env::temp_dir().join(format!("otc-dis-records-{}.csv", std::process::id()));
    let cursor = client
        .get_data_cursor("sensor-readings", "0", CursorPosition::TrimHorizon)
        .await?;
    let exported = client.download_csv_file(cursor, &path).send().await?;
    println!(
        "\nexported {} records to {} (last #{}):",
        exported.records_written,
        path.display(),
        exported.last_sequence_number.unwrap_or_default()
    );
    for line in std::fs::read_to_string(&path)?.lines() {
        println!("  {line}");
    }
    client
        .create_stream("sensor-readings-copy", 1)
        .send()
        .await?;
    let imported = client
        .upload_csv_file("sensor-readings-copy", &path)
        .send()
        .await?;
    println!(
        "imported {} records in {} request(s), {} failed",
        imported.records_written,
        imported.requests,
        imported.failures.len()
    );
    std::fs::remove_file(&path)?;

    client.delete_stream("sensor-readings-copy", false).await?;
    client.delete_stream("sensor-readings", false).await?;
    println!("cleaned up");
    dis.shutdown().await;
    Ok(())
}
