//! The checkpointing `Consumer` reading 8 partitions, 1 GiB in all, from the in-process
//! emulator: records/s and the consumer's peak heap.
//!
//! ```text
//! cargo bench --bench consumer                       # 1 GiB of 1 KiB records
//! BENCH_CONSUMER_MIB=256 cargo bench --bench consumer
//! ```
//!
//! The emulator runs in the same process and keeps every record in memory, so the heap it
//! holds once the stream is written is the baseline; the consumer's peak is the high-water
//! mark above it while every record is read and acknowledged (it includes the emulator's
//! answer buffers, so it overstates the consumer a little).

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use futures::{StreamExt, TryStreamExt};
use otc_dis::{Client, Consumer, RecordToPut};

mod support;

use support::{Counting, LIVE, PEAK, env_or};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const PARTITIONS: u32 = 8;
const RECORD_BYTES: usize = 1024;
const BATCH: usize = 500;

/// Writes `total` records round-robin over the partitions, four requests at a time.
async fn write(client: &Client, stream: &str, total: usize) -> Result<(), otc_dis::Error> {
    let payload = bytes::Bytes::from(vec![b'c'; RECORD_BYTES]);
    futures::stream::iter((0..total).step_by(BATCH))
        .map(|start| {
            let records = (start..(start + BATCH).min(total)).map(|i| {
                RecordToPut::for_partition((i as u32 % PARTITIONS).to_string(), payload.clone())
            });
            let upload = client.upload_data(stream).records(records);
            async move {
                let outcome = upload.send().await?;
                assert!(outcome.is_complete(), "every record written");
                Ok(())
            }
        })
        .buffer_unordered(4)
        .try_collect()
        .await
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total = env_or("BENCH_CONSUMER_MIB", 1024) * 1024 * 1024 / RECORD_BYTES;
    let dis = dis_local::Server::builder()
        .project_id("bench")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;
    client.create_stream("read", PARTITIONS).send().await?;
    client.create_app("bench").await?;
    write(&client, "read", total).await?;

    let baseline = LIVE.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    let started = Instant::now();
    let mut consumer = Consumer::builder(client.clone(), "read", "bench")
        .idle_poll(Duration::from_millis(20))
        .commit_interval(Duration::from_secs(1))
        .build()?;
    let mut read = 0;
    while read < total {
        let batch = consumer
            .next()
            .await
            .expect("the consumer runs until shut down");
        read += batch.records.len();
        batch.ack();
    }
    let rate = read as f64 / started.elapsed().as_secs_f64();
    consumer.shutdown().await?;
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(baseline);
    println!(
        "consumer: {PARTITIONS} partitions, {read} records of {RECORD_BYTES} B ({} MiB): {rate:.0} records/s, peak heap above the stored data {:.1} MiB",
        (read * RECORD_BYTES) >> 20,
        peak as f64 / (1024.0 * 1024.0)
    );
    dis.shutdown().await;
    Ok(())
}
