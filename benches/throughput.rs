//! Throughput and memory of the client against the in-process emulator.
//!
//! ```text
//! cargo bench --bench throughput            # defaults: 50 000 records of 1 KiB
//! BENCH_RECORDS=200000 cargo bench --bench throughput
//! ```
//!
//! Prints records/s for uploading (the emulator's ingest rate through the client) and for
//! downloading, and the peak of live heap memory while downloading, which stays flat
//! however many records flow through the stream.

use std::sync::atomic::Ordering;
use std::time::Instant;

use futures::TryStreamExt;
use otc_dis::{Client, CursorPosition, RecordToPut};

mod support;

use support::{Counting, LIVE, PEAK};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const BATCH: usize = 500;
const RECORD_BYTES: usize = 1024;

fn records_wanted() -> usize {
    std::env::var("BENCH_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50_000)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total = records_wanted();
    let dis = dis_local::Server::builder()
        .project_id("bench")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;
    client.create_stream("bench", 1).send().await?;

    let payload = vec![b'x'; RECORD_BYTES];
    let started = Instant::now();
    let mut sent = 0;
    while sent < total {
        let n = BATCH.min(total - sent);
        let outcome = client
            .upload_data("bench")
            .records((0..n).map(|_| RecordToPut::new(payload.clone())))
            .send()
            .await?;
        assert_eq!(outcome.failed_record_count, 0);
        sent += n;
    }
    let upload = started.elapsed();

    let baseline = LIVE.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    let started = Instant::now();
    let mut records = client
        .download_data_from("bench", "0", CursorPosition::TrimHorizon)
        .max_fetch_bytes(1 << 20);
    let mut read = 0usize;
    let mut bytes = 0usize;
    while let Some(record) = records.try_next().await? {
        read += 1;
        bytes += record.data.len();
    }
    let download = started.elapsed();
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(baseline);
    assert_eq!(read, total);

    let mib = |b: usize| b as f64 / (1024.0 * 1024.0);
    println!("records: {total} x {RECORD_BYTES} B, upload batches of {BATCH}, one partition");
    println!(
        "upload:   {:>9.0} records/s  ({:.1} MiB/s, {:.2} s)",
        total as f64 / upload.as_secs_f64(),
        mib(total * RECORD_BYTES) / upload.as_secs_f64(),
        upload.as_secs_f64()
    );
    println!(
        "download: {:>9.0} records/s  ({:.1} MiB/s, {:.2} s)",
        read as f64 / download.as_secs_f64(),
        mib(bytes) / download.as_secs_f64(),
        download.as_secs_f64()
    );
    println!(
        "download peak live heap above baseline: {:.1} MiB for {:.1} MiB streamed (client and emulator together)",
        mib(peak),
        mib(bytes)
    );
    dis.shutdown().await;
    Ok(())
}
