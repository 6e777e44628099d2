//! The batching `Producer` against the best hand-written loop of concurrent `upload_data`
//! calls, on the same in-process emulator, into 1, 4 and 8 partitions.
//!
//! ```text
//! cargo bench --bench producer                  # 100 000 records of 1 KiB per run
//! BENCH_RECORDS=300000 cargo bench --bench producer
//! ```
//!
//! Prints the median records/s of interleaved rounds (`BENCH_ROUNDS`, default 3) for each,
//! and the peak heap of each run above what the emulator (same process) keeps for the
//! records stored: for the loop that is its requests in flight and the emulator's work on
//! them; the producer adds its buffer, which bounds the difference.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use futures::{StreamExt, TryStreamExt};
use otc_dis::{Client, Producer, RecordToPut};

mod support;

use support::{ALLOCATIONS, Counting, LIVE, PEAK, env_or};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const RECORD_BYTES: usize = 1024;
/// Requests in flight, for the producer and the hand-written loop alike.
const IN_FLIGHT: usize = 4;
/// Records per request, for both.
const BATCH: usize = 500;
/// The producer's buffer.
const BUFFER_BYTES: usize = 8 * 1024 * 1024;

fn record(i: usize, payload: &bytes::Bytes) -> RecordToPut {
    RecordToPut::keyed(format!("k{}", i % 1024), payload.clone())
}

/// The best loop a user would write: batches of 500, four requests at a time.
async fn hand_written(client: &Client, stream: &str, total: usize, payload: &bytes::Bytes) {
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
}

/// Delivery results the sending loop keeps pending before it awaits the oldest.
const PENDING_RESULTS: usize = 16_384;

/// The producer, with the same batch size and requests in flight; the sending loop checks
/// every delivery result, oldest first, keeping a window of them pending.
async fn producer(client: &Client, stream: &str, total: usize, payload: &bytes::Bytes) {
    let producer = Producer::builder(client.clone(), stream)
        .batch_max_records(BATCH)
        .max_in_flight(IN_FLIGHT)
        .buffer_max_bytes(BUFFER_BYTES)
        .linger(Duration::from_millis(5))
        .build();
    let mut pending = std::collections::VecDeque::with_capacity(PENDING_RESULTS);
    for i in 0..total {
        if pending.len() == PENDING_RESULTS {
            let oldest: otc_dis::DeliveryFuture = pending.pop_front().expect("a full window");
            oldest.await.expect("delivered");
        }
        pending.push_back(producer.send(record(i, payload)).await.expect("queued"));
    }
    for delivery in pending {
        delivery.await.expect("delivered");
    }
    let report = producer.close(Duration::from_secs(10)).await;
    assert!(report.failed.is_empty());
}

/// What one run measured.
struct Run {
    records_per_sec: f64,
    /// Peak heap above what the emulator keeps for the records stored (their growth over
    /// the run is taken off the peak).
    peak: usize,
    /// Heap allocations per record, by the client, the emulator and the runtime together.
    allocations: f64,
}

async fn measure(run: impl std::future::Future<Output = ()>, total: usize) -> Run {
    let before = LIVE.load(Ordering::Relaxed);
    let allocations = ALLOCATIONS.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let started = Instant::now();
    run.await;
    let records_per_sec = total as f64 / started.elapsed().as_secs_f64();
    let stored = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    Run {
        records_per_sec,
        peak: PEAK.load(Ordering::Relaxed).saturating_sub(before + stored),
        allocations: (ALLOCATIONS.load(Ordering::Relaxed) - allocations) as f64 / total as f64,
    }
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total = env_or("BENCH_RECORDS", 100_000);
    let rounds = env_or("BENCH_ROUNDS", 3);
    // `BENCH_ONLY=loop|producer` runs one side alone (to profile it).
    let only = std::env::var("BENCH_ONLY").ok();
    let only = only.as_deref();
    let dis = dis_local::Server::builder()
        .project_id("bench")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;
    let payload = bytes::Bytes::from(vec![b'x'; RECORD_BYTES]);
    println!(
        "records: {total} x {RECORD_BYTES} B per run, {BATCH} per request, {IN_FLIGHT} requests in flight, producer buffer {} MiB; medians of {rounds} interleaved rounds",
        BUFFER_BYTES >> 20
    );
    for partitions in [1u32, 4, 8] {
        let (mut by_hand, mut produced) = (Vec::new(), Vec::new());
        let (mut hand_peak, mut producer_peak) = (0, 0);
        let (mut hand_allocations, mut producer_allocations) = (0.0, 0.0);
        for round in 0..rounds {
            let (loop_stream, producer_stream) = (
                format!("loop{partitions}-{round}"),
                format!("producer{partitions}-{round}"),
            );
            for name in [&loop_stream, &producer_stream] {
                client.create_stream(name, partitions).send().await?;
            }
            if only != Some("producer") {
                let run =
                    measure(hand_written(&client, &loop_stream, total, &payload), total).await;
                by_hand.push(run.records_per_sec);
                hand_peak = hand_peak.max(run.peak);
                hand_allocations = run.allocations;
            }
            if only != Some("loop") {
                let run =
                    measure(producer(&client, &producer_stream, total, &payload), total).await;
                produced.push(run.records_per_sec);
                producer_peak = producer_peak.max(run.peak);
                producer_allocations = run.allocations;
            }
            for name in [&loop_stream, &producer_stream] {
                client.delete_stream(name, false).await?;
            }
        }
        let (by_hand, produced) = (median(by_hand), median(produced));
        println!(
            "{partitions} partition(s): hand-written loop {by_hand:>9.0} records/s, producer {produced:>9.0} records/s ({:.2}x); peak heap: loop {:.1} MiB, producer {:.1} MiB; allocations per record: loop {hand_allocations:.1}, producer {producer_allocations:.1}",
            produced / by_hand,
            mib(hand_peak),
            mib(producer_peak),
        );
    }
    dis.shutdown().await;
    Ok(())
}
