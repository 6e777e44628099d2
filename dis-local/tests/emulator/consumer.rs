//! The checkpointing consumer against dis-local: every stored record delivered once per
//! partition in order under read and commit faults, restarts re-deliver only what came after the last
//! commit, overlapping members cover everything, new partitions are read, and records lost
//! to retention are reported with their exact range, and a partition DIS calls gone
//! (DIS.4302) is listed again and read on.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Duration;

use dis_local::engine::ManualClock;
use dis_local::faults::{Fault, FaultPlan};
use futures::StreamExt;
use otc_dis::{Assignment, Consumer, ConsumerBuilder, ConsumerEvent, RecordToPut};

const APP: &str = "app";

/// Each test's budget; a consumer that stops delivering fails it instead of hanging.
const BUDGET: Duration = Duration::from_secs(120);

async fn emulator(
    plan: Option<FaultPlan>,
    partitions: u32,
) -> (dis_local::Handle, otc_dis::Client) {
    let mut builder = dis_local::Server::builder().project_id("proj");
    if let Some(plan) = plan {
        builder = builder.faults(plan);
    }
    let dis = builder.start().await.unwrap();
    let client = common::impatient_client(&dis.endpoint(), Duration::from_millis(300)).await;
    dis.set_faults_active(false);
    client.create_stream("s", partitions).send().await.unwrap();
    client.create_app(APP).await.unwrap();
    (dis, client)
}

/// Writes `count` records round-robin over `partitions` partitions (starting at
/// `first_partition`); returns the payloads per partition id, in stored order.
async fn write(
    client: &otc_dis::Client,
    count: usize,
    partitions: std::ops::Range<u32>,
    tag: &str,
) -> BTreeMap<String, Vec<String>> {
    let mut expected: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let width = partitions.len();
    let records: Vec<(u32, String)> = (0..count)
        .map(|i| {
            let partition = partitions.start + (i % width) as u32;
            (partition, format!("{tag} p{partition} r{i:06}"))
        })
        .collect();
    for chunk in records.chunks(500) {
        let outcome = client
            .upload_data("s")
            .records(
                chunk
                    .iter()
                    .map(|(p, data)| RecordToPut::for_partition(p.to_string(), data.clone())),
            )
            .send()
            .await
            .unwrap();
        assert!(outcome.is_complete(), "{outcome:?}");
    }
    for (partition, data) in records {
        expected
            .entry(format!("shardId-{partition:010}"))
            .or_default()
            .push(data);
    }
    expected
}

fn fast(client: &otc_dis::Client) -> ConsumerBuilder {
    Consumer::builder(client.clone(), "s", APP)
        .commit_interval(Duration::from_millis(20))
        .idle_poll(Duration::from_millis(10))
        .discovery_interval(Duration::from_millis(100))
        .max_batch_records(100)
}

/// What a consumer delivered: per partition, (sequence number, data) in delivery order.
type Delivered = BTreeMap<String, Vec<(u64, String)>>;

fn total(delivered: &Delivered) -> usize {
    delivered.values().map(Vec::len).sum()
}

/// Takes batches until `done` says enough; acknowledges each one when `ack` says so.
async fn consume(
    consumer: &mut Consumer,
    delivered: &mut Delivered,
    mut ack: impl FnMut(&otc_dis::Batch) -> bool,
    done: impl Fn(&Delivered) -> bool,
) {
    while !done(delivered) {
        let batch = tokio::time::timeout(BUDGET, consumer.next())
            .await
            .unwrap_or_else(|_| {
                panic!("no batch within {BUDGET:?}; delivered {}", total(delivered))
            })
            .expect("the consumer ended");
        let records = delivered.entry(batch.partition_id.clone()).or_default();
        for record in &batch.records {
            records.push((
                record.sequence_number.parse().unwrap(),
                String::from_utf8(record.data.to_vec()).unwrap(),
            ));
        }
        if ack(&batch) {
            batch.ack();
        }
    }
}

fn data_only(delivered: &Delivered) -> BTreeMap<String, Vec<String>> {
    delivered
        .iter()
        .map(|(p, records)| (p.clone(), records.iter().map(|(_, d)| d.clone()).collect()))
        .collect()
}

async fn checkpoint(client: &otc_dis::Client, partition: &str) -> String {
    client
        .get_checkpoint("s", APP, partition)
        .await
        .unwrap()
        .sequence_number
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_record_once_per_partition_in_order_under_read_faults() {
    for seed in [7, 8] {
        tokio::time::timeout(2 * BUDGET, read_under_faults(seed))
            .await
            .unwrap_or_else(|_| panic!("seed {seed}: over {:?}", 2 * BUDGET));
    }
}

async fn read_under_faults(seed: u64) {
    {
        let plan = FaultPlan::new(seed)
            .rate_on("get_records", 0.05)
            .rate_on("get_cursor", 0.05)
            .rate_on("commit_checkpoint", 0.2)
            .delay(Duration::from_secs(1));
        let (dis, client) = emulator(Some(plan), 8).await;
        let expected = write(&client, 24_000, 0..8, "f").await;
        dis.set_faults_active(true);

        let mut consumer = fast(&client).build().unwrap();
        let mut delivered = Delivered::new();
        consume(
            &mut consumer,
            &mut delivered,
            |_| true,
            |d| total(d) >= 24_000,
        )
        .await;

        assert_eq!(data_only(&delivered), expected, "seed {seed}");
        for (partition, records) in &delivered {
            assert!(
                records.windows(2).all(|w| w[0].0 < w[1].0),
                "seed {seed}: {partition} out of order"
            );
        }
        let faulted = dis
            .fault_log()
            .entries
            .iter()
            .filter(|entry| entry.fault.is_some())
            .count();
        assert!(faulted > 0, "seed {seed}: no fault was injected");
        dis.set_faults_active(false);
        consumer.shutdown().await.unwrap();
        for (partition, records) in &delivered {
            let last = records.last().unwrap().0;
            assert_eq!(checkpoint(&client, partition).await, (last + 1).to_string());
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_redelivers_only_what_came_after_the_last_commit() {
    tokio::time::timeout(BUDGET, async {
        let (_dis, client) = emulator(None, 1).await;
        let expected = write(&client, 1000, 0..1, "r").await;
        let partition = "shardId-0000000000";

        // Acknowledge the first 400 records only, wait for their commit, then crash.
        let mut first = fast(&client).build().unwrap();
        let mut delivered = Delivered::new();
        let mut acked = 0;
        consume(
            &mut first,
            &mut delivered,
            |batch| {
                let ack = acked < 400;
                if ack {
                    acked += batch.records.len();
                }
                ack
            },
            |d| total(d) >= 500,
        )
        .await;
        let last_acked = delivered[partition][acked - 1].0;
        while checkpoint(&client, partition).await != (last_acked + 1).to_string() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        drop(first);

        let mut second = fast(&client).build().unwrap();
        let mut again = Delivered::new();
        consume(
            &mut second,
            &mut again,
            |_| true,
            |d| total(d) >= 1000 - acked,
        )
        .await;
        assert_eq!(again[partition][0].0, last_acked + 1);
        assert_eq!(
            data_only(&again)[partition],
            expected[partition][acked..].to_vec()
        );
        let metrics = second.metrics();
        assert_eq!(metrics.records_delivered, (1000 - acked) as u64);
        assert!(
            metrics.discoveries >= 1 && metrics.read_errors == 0,
            "{metrics:?}"
        );
        second.shutdown().await.unwrap();
        let last = again[partition].last().unwrap().0;
        assert_eq!(checkpoint(&client, partition).await, (last + 1).to_string());
    })
    .await
    .expect("within the budget");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn overlapping_members_together_deliver_everything() {
    tokio::time::timeout(BUDGET, async {
        let (_dis, client) = emulator(None, 4).await;
        let expected = write(&client, 4000, 0..4, "o").await;
        let owned = |ids: &[u32]| Assignment::Partitions(ids.iter().map(u32::to_string).collect());
        let mut a = fast(&client).assignment(owned(&[0, 1, 2])).build().unwrap();
        let mut b = fast(&client).assignment(owned(&[2, 3])).build().unwrap();
        let (mut got_a, mut got_b) = (Delivered::new(), Delivered::new());
        tokio::join!(
            consume(&mut a, &mut got_a, |_| true, |d| total(d) >= 3000),
            consume(&mut b, &mut got_b, |_| true, |d| total(d) >= 2000),
        );
        let union: BTreeSet<(String, String)> = [&got_a, &got_b]
            .into_iter()
            .flat_map(data_only)
            .flat_map(|(p, data)| data.into_iter().map(move |d| (p.clone(), d)))
            .collect();
        let all: BTreeSet<(String, String)> = expected
            .iter()
            .flat_map(|(p, data)| data.iter().map(move |d| (p.clone(), d.clone())))
            .collect();
        assert_eq!(union, all);
        assert!(!got_a.contains_key("shardId-0000000003"));
        assert!(!got_b.contains_key("shardId-0000000000"));
        a.shutdown().await.unwrap();
        b.shutdown().await.unwrap();
    })
    .await
    .expect("within the budget");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn partitions_added_by_scaling_up_are_read_and_deleted_ones_drained() {
    tokio::time::timeout(BUDGET, async {
        let (_dis, client) = emulator(None, 2).await;
        let mut expected = write(&client, 200, 0..2, "before").await;
        let mut consumer = fast(&client).build().unwrap();
        let mut delivered = Delivered::new();
        consume(&mut consumer, &mut delivered, |_| true, |d| total(d) >= 200).await;

        client.update_stream_partition("s", 3).await.unwrap();
        expected.extend(write(&client, 50, 2..3, "after").await);
        consume(&mut consumer, &mut delivered, |_| true, |d| total(d) >= 250).await;
        assert_eq!(data_only(&delivered), expected);
        let events = consumer.take_events();
        assert!(
            events.contains(&ConsumerEvent::PartitionAdded {
                partition_id: "shardId-0000000002".into()
            }),
            "{events:?}"
        );

        // Scaling down again: partition 2 is DELETED, read to its end and released.
        expected.get_mut("shardId-0000000002").unwrap().extend(
            write(&client, 20, 2..3, "last")
                .await
                .into_values()
                .flatten(),
        );
        client.update_stream_partition("s", 2).await.unwrap();
        consume(&mut consumer, &mut delivered, |_| true, |d| total(d) >= 270).await;
        assert_eq!(data_only(&delivered), expected);
        let drained = ConsumerEvent::PartitionDrained {
            partition_id: "shardId-0000000002".into(),
        };
        while !consumer.take_events().contains(&drained) {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        consumer.shutdown().await.unwrap();
        let last = delivered["shardId-0000000002"].last().unwrap().0;
        assert_eq!(
            checkpoint(&client, "shardId-0000000002").await,
            (last + 1).to_string()
        );
    })
    .await
    .expect("within the budget");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_checkpoint_older_than_retention_reports_the_lost_range_then_reads_on() {
    tokio::time::timeout(BUDGET, async {
        let clock = Arc::new(ManualClock::new(1_700_000_000_000));
        let dis = dis_local::Server::builder()
            .project_id("proj")
            .clock(clock.clone())
            .start()
            .await
            .unwrap();
        let client = otc_dis::Client::with_endpoint(&dis.endpoint(), "proj").unwrap();
        client
            .create_stream("s", 1)
            .data_duration(24)
            .send()
            .await
            .unwrap();
        client.create_app(APP).await.unwrap();
        let old = write(&client, 10, 0..1, "old").await;
        let partition = "shardId-0000000000";
        let stream = client.get_stream("s").await.unwrap();
        let first = stream.partitions[0].earliest_sequence_number;
        // The app had read three records when it stopped.
        client
            .create_checkpoint("s", APP, partition, (first + 3).to_string())
            .send()
            .await
            .unwrap();
        clock.advance(Duration::from_secs(23 * 3600));
        let new = write(&client, 5, 0..1, "new").await;
        clock.advance(Duration::from_secs(2 * 3600));
        let earliest = client.get_stream("s").await.unwrap().partitions[0].earliest_sequence_number;
        assert_eq!(earliest, first + old[partition].len() as u64);

        let mut consumer = fast(&client).build().unwrap();
        let mut delivered = Delivered::new();
        consume(&mut consumer, &mut delivered, |_| true, |d| total(d) >= 5).await;
        assert_eq!(data_only(&delivered), new);
        assert_eq!(delivered[partition][0].0, earliest);
        let expired: Vec<_> = consumer
            .take_events()
            .into_iter()
            .filter(|e| matches!(e, ConsumerEvent::DataExpired { .. }))
            .collect();
        assert_eq!(
            expired,
            [ConsumerEvent::DataExpired {
                partition_id: partition.into(),
                from: first + 3,
                to: earliest,
            }]
        );
        assert_eq!(consumer.metrics().data_expired, 1);
        consumer.shutdown().await.unwrap();
    })
    .await
    .expect("within the budget");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cursors_that_expire_while_the_application_works_are_renewed_without_loss_or_repeat() {
    tokio::time::timeout(BUDGET, async {
        // The emulator's clock is the test's: it jumps past the cursor lifetime after every
        // batch, as if the application took minutes per batch.
        const TTL: Duration = Duration::from_secs(60);
        let clock = Arc::new(ManualClock::new(1_700_000_000_000));
        let dis = dis_local::Server::builder()
            .project_id("proj")
            .cursor_ttl(TTL)
            .clock(clock.clone())
            .start()
            .await
            .unwrap();
        let client = otc_dis::Client::with_endpoint(&dis.endpoint(), "proj").unwrap();
        client.create_stream("s", 2).send().await.unwrap();
        client.create_app(APP).await.unwrap();
        let expected = write(&client, 400, 0..2, "slow").await;

        let mut consumer = fast(&client)
            .max_batch_records(25)
            .buffered_batches_per_partition(1)
            .build()
            .unwrap();
        let mut delivered = Delivered::new();
        let mut batches = 0;
        consume(
            &mut consumer,
            &mut delivered,
            |_| {
                batches += 1;
                clock.advance(TTL + Duration::from_secs(1));
                true
            },
            |d| total(d) >= 400,
        )
        .await;
        assert!(
            batches >= 16,
            "{batches} batches: the clock moved too seldom"
        );
        assert_eq!(data_only(&delivered), expected);
        for (partition, records) in &delivered {
            assert!(
                records.windows(2).all(|w| w[0].0 < w[1].0),
                "{partition}: a record repeated or out of order"
            );
        }
        assert_eq!(consumer.metrics().read_errors, 0, "renewal is not an error");
        consumer.shutdown().await.unwrap();
        for (partition, records) in &delivered {
            let last = records.last().unwrap().0;
            assert_eq!(checkpoint(&client, partition).await, (last + 1).to_string());
        }
    })
    .await
    .expect("within the budget");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_partition_dis_calls_gone_is_listed_again_and_read_on_without_loss() {
    tokio::time::timeout(BUDGET, async {
        // One GetRecords in five answers DIS.4302 although the partition is still listed.
        let plan = FaultPlan::new(11).probability_on("get_records", Fault::PartitionGone, 0.2);
        let (dis, client) = emulator(Some(plan), 8).await;
        let expected = write(&client, 8000, 0..8, "g").await;
        dis.set_faults_active(true);

        let mut consumer = fast(&client).build().unwrap();
        let mut delivered = Delivered::new();
        let distinct = |d: &Delivered| {
            d.values()
                .map(|records| {
                    records
                        .iter()
                        .map(|(n, _)| n)
                        .collect::<BTreeSet<_>>()
                        .len()
                })
                .sum::<usize>()
        };
        consume(
            &mut consumer,
            &mut delivered,
            |_| true,
            |d| distinct(d) >= 8000,
        )
        .await;
        dis.set_faults_active(false);

        let gone = dis
            .fault_log()
            .entries
            .iter()
            .filter(|entry| entry.fault == Some(Fault::PartitionGone))
            .count();
        assert!(gone > 0, "no DIS.4302 was injected");
        // Every stored record came, in order within each reader's run; what came twice was
        // read again from the last commit after a DIS.4302.
        for (partition, records) in &delivered {
            let unique: BTreeMap<u64, &String> = records.iter().map(|(n, d)| (*n, d)).collect();
            let data: Vec<String> = unique.values().map(|d| d.to_string()).collect();
            assert_eq!(&data, &expected[partition], "{partition}");
        }
        let metrics = consumer.metrics();
        // The first listing, then one more for each DIS.4302 (and the periodic ones).
        assert!(
            metrics.discoveries as usize > gone,
            "each DIS.4302 lists the partitions again: {metrics:?}, {gone} injected"
        );
        consumer.shutdown().await.unwrap();
        for (partition, records) in &delivered {
            let last = records.iter().map(|(n, _)| *n).max().unwrap();
            assert_eq!(checkpoint(&client, partition).await, (last + 1).to_string());
        }
    })
    .await
    .expect("within the budget");
}
