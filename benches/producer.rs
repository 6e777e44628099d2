//! The batching `Producer` against the best hand-written loop of concurrent `upload_data`
//! calls, on the same in-process emulator, into 1, 4 and 8 partitions.
//!
//! ```text
//! cargo bench --bench producer                  # 100 000 records of 1 KiB per run
//! BENCH_RECORDS=300000 cargo bench --bench producer
//! ```
//!
//! Prints records/s for each, and the producer's peak heap: the peak of live heap while it
//! runs, less what the emulator (same process) holds for the records stored, measured per
//! record on the hand-written run just before. Its buffer setting bounds it.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use futures::{StreamExt, TryStreamExt};
use otc_dis::{Client, Producer, RecordToPut};

mod support;

use support::{Counting, LIVE, PEAK};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const RECORD_BYTES: usize = 1024;
/// Requests in flight, for the producer and the hand-written loop alike.
const IN_FLIGHT: usize = 4;
/// Records per request, for both.
const BATCH: usize = 500;
/// The producer's buffer.
const BUFFER_BYTES: usize = 8 * 1024 * 1024;

fn records_wanted() -> usize {
    std::env::var("BENCH_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

fn record(i: usize, payload: &bytes::Bytes) -> RecordToPut {
    RecordToPut::keyed(format!("k{}", i % 1024), payload.clone())
}

/// The best loop a user would write: batches of 500, four requests at a time. Returns
/// records/s and the heap the emulator keeps per stored record.
async fn hand_written(
    client: &Client,
    stream: &str,
    total: usize,
    payload: &bytes::Bytes,
) -> (f64, usize) {
    let before = LIVE.load(Ordering::Relaxed);
    let started = Instant::now();
    futures::stream::iter((0..total).step_by(BATCH))
        .map(|start| {
            let upload = client
                .upload_data(stream)
                .records((start..(start + BATCH).min(total)).map(|i| record(i, payload)));
            async move {
                let outcome = upload.send().await?;
                assert!(outcome.is_complete());
                Ok::<(), otc_dis::Error>(())
            }
        })
        .buffer_unordered(IN_FLIGHT)
        .try_collect::<Vec<()>>()
        .await
        .expect("the hand-written loop uploads everything");
    let rate = total as f64 / started.elapsed().as_secs_f64();
    let stored_per_record = LIVE.load(Ordering::Relaxed).saturating_sub(before) / total;
    (rate, stored_per_record)
}

/// The producer, with the same batch size and requests in flight; returns records/s and
/// the peak heap above the baseline while it ran.
async fn producer(
    client: &Client,
    stream: &str,
    total: usize,
    payload: &bytes::Bytes,
) -> (f64, usize) {
    let baseline = LIVE.load(Ordering::Relaxed);
    PEAK.store(baseline, Ordering::Relaxed);
    let started = Instant::now();
    let producer = Producer::builder(client.clone(), stream)
        .batch_max_records(BATCH)
        .max_in_flight(IN_FLIGHT)
        .buffer_max_bytes(BUFFER_BYTES)
        .linger(Duration::from_millis(5))
        .build();
    let waiter = {
        let (deliveries, mut pending) = tokio::sync::mpsc::channel(100_000);
        let waiter = tokio::spawn(async move {
            while let Some(delivery) = pending.recv().await {
                let delivery: otc_dis::DeliveryFuture = delivery;
                delivery.await.expect("delivered");
            }
        });
        for i in 0..total {
            let delivery = producer.send(record(i, payload)).await.expect("queued");
            deliveries.send(delivery).await.expect("waiter alive");
        }
        drop(deliveries);
        waiter
    };
    producer.flush().await;
    waiter.await.expect("waiter");
    let rate = total as f64 / started.elapsed().as_secs_f64();
    let report = producer.close(Duration::from_secs(10)).await;
    assert!(report.failed.is_empty());
    (rate, PEAK.load(Ordering::Relaxed).saturating_sub(baseline))
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total = records_wanted();
    let dis = dis_local::Server::builder()
        .project_id("bench")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;
    let payload = bytes::Bytes::from(vec![b'x'; RECORD_BYTES]);
    println!(
        "records: {total} x {RECORD_BYTES} B per run, {BATCH} per request, {IN_FLIGHT} requests in flight, producer buffer {} MiB",
        BUFFER_BYTES >> 20
    );
    for partitions in [1u32, 4, 8] {
        let loop_stream = format!("loop{partitions}");
        let producer_stream = format!("producer{partitions}");
        client
            .create_stream(&loop_stream, partitions)
            .send()
            .await?;
        client
            .create_stream(&producer_stream, partitions)
            .send()
            .await?;
        let (by_hand, stored_per_record) =
            hand_written(&client, &loop_stream, total, &payload).await;
        let (produced, peak) = producer(&client, &producer_stream, total, &payload).await;
        let peak = peak.saturating_sub(stored_per_record * total);
        println!(
            "{partitions} partition(s): hand-written loop {by_hand:>9.0} records/s, producer {produced:>9.0} records/s ({:.2}x), producer peak heap {:.1} MiB",
            produced / by_hand,
            peak as f64 / (1024.0 * 1024.0)
        );
    }
    dis.shutdown().await;
    Ok(())
}
