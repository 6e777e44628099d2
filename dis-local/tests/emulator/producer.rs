//! The batching producer against dis-local, with and without injected faults: every
//! delivery result arrives, acknowledged records are stored with exactly their bytes,
//! duplicates only where flagged, per-key order, back-pressure, expiry and close.

use crate::common;

use std::collections::HashMap;
use std::time::Duration;

use bytes::Bytes;
use dis_local::faults::{Fault, FaultPlan};
use futures::{FutureExt, TryStreamExt};
use otc_dis::{CursorPosition, Delivered, Ordering, Producer, RecordToPut, SendErrorKind};

async fn emulator(
    plan: Option<FaultPlan>,
    partitions: u32,
) -> (dis_local::Handle, otc_dis::Client) {
    let mut builder = dis_local::Server::builder().project_id("proj");
    if let Some(plan) = plan {
        builder = builder.faults(plan);
    }
    let dis = builder.start().await.unwrap();
    let client = common::impatient_client(&dis.endpoint(), Duration::from_millis(500)).await;
    dis.set_faults_active(false);
    client.create_stream("s", partitions).send().await.unwrap();
    dis.set_faults_active(true);
    (dis, client)
}

fn fast_producer(client: &otc_dis::Client) -> otc_dis::ProducerBuilder {
    Producer::builder(client.clone(), "s")
        .linger(Duration::from_millis(5))
        .backoff(Duration::from_millis(2), Duration::from_millis(50))
}

/// Every stored record: payload -> (partition, sequence number) of each copy, per partition
/// in stored order.
async fn stored(
    client: &otc_dis::Client,
    partitions: u32,
) -> (HashMap<Bytes, Vec<(String, String)>>, Vec<Vec<Bytes>>) {
    let mut copies: HashMap<Bytes, Vec<(String, String)>> = HashMap::new();
    let mut in_order = Vec::new();
    for partition in 0..partitions {
        let records: Vec<_> = client
            .download_data_from("s", &partition.to_string(), CursorPosition::TrimHorizon)
            .try_collect()
            .await
            .unwrap();
        let mut order = Vec::new();
        for record in records {
            copies
                .entry(record.data.clone())
                .or_default()
                .push((format!("shardId-{partition:010}"), record.sequence_number));
            order.push(record.data);
        }
        in_order.push(order);
    }
    (copies, in_order)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_thousand_records_through_faults_are_all_delivered_exactly_as_sent() {
    const RECORDS: usize = 100_000;
    const PARTITIONS: u32 = 8;
    let plan = FaultPlan::new(11)
        .rate_on("put_records", 0.05)
        .delay(Duration::from_secs(1));
    let (dis, client) = emulator(Some(plan), PARTITIONS).await;
    let producer = fast_producer(&client)
        .delivery_timeout(None)
        .max_in_flight(4)
        .build();
    let run = async {
        let mut deliveries = Vec::with_capacity(RECORDS);
        for i in 0..RECORDS {
            let record = RecordToPut::keyed(format!("k{}", i % 97), format!("record {i:06}"));
            deliveries.push(producer.send(record).await.unwrap());
        }
        let mut results = Vec::with_capacity(RECORDS);
        for delivery in deliveries {
            results.push(delivery.await);
        }
        results
    };
    let results = tokio::time::timeout(Duration::from_secs(300), run)
        .await
        .expect("every delivery result arrives within 300 s");
    dis.set_faults_active(false);
    let (copies, _) = stored(&client, PARTITIONS).await;
    let mut duplicates = 0;
    let mut flagged = 0;
    for (i, result) in results.into_iter().enumerate() {
        let Delivered {
            partition_id,
            sequence_number,
            maybe_duplicate,
            ..
        } = result.unwrap_or_else(|e| panic!("record {i}: {e} (no delivery timeout was set)"));
        let payload = Bytes::from(format!("record {i:06}"));
        let at = copies.get(&payload).map_or(&[][..], Vec::as_slice);
        assert!(
            at.contains(&(partition_id.to_string(), sequence_number.to_string())),
            "record {i} acknowledged at {partition_id}/{sequence_number}, stored at {at:?}"
        );
        if at.len() > 1 {
            assert!(
                maybe_duplicate,
                "record {i} stored {} times but not flagged",
                at.len()
            );
            duplicates += at.len() - 1;
        }
        flagged += usize::from(maybe_duplicate);
    }
    let faults = dis
        .fault_log()
        .entries
        .iter()
        .filter(|e| e.fault.is_some())
        .count();
    let metrics = producer.metrics();
    println!(
        "{RECORDS} records: {} requests, {faults} faulted, {duplicates} duplicates, {flagged} flagged, retries {:?}",
        metrics.requests, metrics.retries_by_code
    );
    assert!(faults > 0, "the plan injected no fault");
    assert_eq!(metrics.delivered, RECORDS as u64);
    assert_eq!(metrics.buffered_records, 0);
    let report = producer.close(Duration::from_secs(1)).await;
    assert!(report.failed.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn per_key_order_survives_faults() {
    const KEYS: usize = 12;
    const PER_KEY: usize = 300;
    let plan = FaultPlan::new(5)
        .rate_on("put_records", 0.15)
        .delay(Duration::from_secs(1));
    let (dis, client) = emulator(Some(plan), 3).await;
    let producer = fast_producer(&client)
        .ordering(Ordering::PerKey)
        .delivery_timeout(None)
        .build();
    let mut deliveries = Vec::new();
    for n in 0..PER_KEY {
        for key in 0..KEYS {
            let record = RecordToPut::keyed(format!("key{key}"), format!("key{key} {n:04}"));
            deliveries.push(producer.send(record).await.unwrap());
        }
    }
    for delivery in deliveries {
        tokio::time::timeout(Duration::from_secs(120), delivery)
            .await
            .expect("delivered in time")
            .unwrap();
    }
    dis.set_faults_active(false);
    let (_, partitions) = stored(&client, 3).await;
    for key in 0..KEYS {
        let prefix = format!("key{key} ");
        let mut first_seen = Vec::new();
        for partition in &partitions {
            for data in partition {
                let text = std::str::from_utf8(data).unwrap();
                if let Some(n) = text.strip_prefix(&prefix) {
                    let n: usize = n.parse().unwrap();
                    if !first_seen.contains(&n) {
                        first_seen.push(n);
                    }
                }
            }
        }
        let sorted: Vec<usize> = (0..PER_KEY).collect();
        assert_eq!(
            first_seen, sorted,
            "key{key}: first occurrences out of order"
        );
    }
}

#[tokio::test]
async fn a_record_refused_for_good_fails_at_once_and_comes_back() {
    let (_dis, client) = emulator(None, 1).await;
    let producer = fast_producer(&client).build();
    let refused = producer
        .send(RecordToPut::for_partition("7", "nowhere"))
        .await
        .unwrap();
    let fine = producer.send(RecordToPut::new("somewhere")).await.unwrap();
    let err = refused.await.unwrap_err();
    assert!(
        matches!(&err.kind, SendErrorKind::Rejected(f) if !f.is_retryable()),
        "{err}"
    );
    assert_eq!((err.attempts, &err.record.data[..]), (1, &b"nowhere"[..]));
    assert_eq!(fine.await.unwrap().attempts, 1);
    let too_big = RecordToPut::new(vec![0u8; otc_dis::limits::RECORD_MAX_BYTES + 1]);
    let err = producer.send(too_big).await.unwrap_err();
    assert!(matches!(err.kind, SendErrorKind::Invalid(_)), "{err}");
    assert_eq!(err.attempts, 0);
}

#[tokio::test]
async fn a_record_not_delivered_in_time_expires_with_the_last_failure() {
    let plan = FaultPlan::new(1).probability_on("put_records", Fault::Throttle429, 1.0);
    let (_dis, client) = emulator(Some(plan), 1).await;
    let producer = fast_producer(&client)
        .delivery_timeout(Some(Duration::from_millis(300)))
        .build();
    let delivery = producer.send(RecordToPut::new("late")).await.unwrap();
    let err = tokio::time::timeout(Duration::from_secs(20), delivery)
        .await
        .expect("the delivery timeout ends it")
        .unwrap_err();
    match &err.kind {
        SendErrorKind::Expired(Some(last)) => assert!(last.contains("APIGW.0308"), "{last}"),
        other => panic!("expected expiry, got {other:?}"),
    }
    assert!(err.attempts >= 1 && !err.maybe_written);
    assert!(producer.metrics().throttled >= 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kept_delivery_resolves_once_when_others_are_dropped_and_so_is_the_producer() {
    const RECORDS: usize = 1000;
    let (_dis, client) = emulator(None, 3).await;
    let producer = fast_producer(&client).build();
    let mut kept = Vec::new();
    for i in 0..RECORDS {
        let delivery = producer
            .send(RecordToPut::new(format!("r{i:04}")))
            .await
            .unwrap();
        // Every third result is not wanted: its record is delivered all the same.
        if i % 3 != 0 {
            kept.push((i, delivery));
        }
    }
    // The last handle goes: the producer delivers what it holds, then stops.
    drop(producer);
    let results = tokio::time::timeout(
        Duration::from_secs(60),
        futures::future::join_all(kept.into_iter().map(|(i, d)| d.map(move |r| (i, r)))),
    )
    .await
    .expect("every kept delivery resolves");
    let (copies, _) = stored(&client, 3).await;
    assert_eq!(
        copies.len(),
        RECORDS,
        "the records of dropped futures are stored too"
    );
    for (i, result) in results {
        let done = result.unwrap_or_else(|e| panic!("record {i}: {e}"));
        let at = &copies[&Bytes::from(format!("r{i:04}"))];
        assert_eq!(
            at,
            &[(
                done.partition_id.to_string(),
                done.sequence_number.to_string()
            )],
            "record {i}"
        );
    }
}

#[tokio::test]
async fn close_hands_back_every_record_it_could_not_deliver() {
    let plan = FaultPlan::new(1).probability_on("put_records", Fault::Throttle429, 1.0);
    let (_dis, client) = emulator(Some(plan), 1).await;
    let producer = fast_producer(&client).delivery_timeout(None).build();
    let mut deliveries = Vec::new();
    for i in 0..10 {
        deliveries.push(
            producer
                .send(RecordToPut::new(format!("r{i}")))
                .await
                .unwrap(),
        );
    }
    let report = tokio::time::timeout(
        Duration::from_secs(30),
        producer.close(Duration::from_millis(200)),
    )
    .await
    .expect("close ends after its grace and the requests in flight");
    let mut returned: Vec<_> = report
        .failed
        .iter()
        .map(|e| String::from_utf8(e.record.data.to_vec()).unwrap())
        .collect();
    returned.sort();
    let mut expected: Vec<_> = (0..10).map(|i| format!("r{i}")).collect();
    expected.sort();
    assert_eq!(returned, expected);
    assert_eq!(report.delivered, 0);
    for delivery in deliveries {
        assert!(matches!(
            delivery.await.unwrap_err().kind,
            SendErrorKind::Closed
        ));
    }
    let err = producer.send(RecordToPut::new("after")).await.unwrap_err();
    assert!(matches!(err.kind, SendErrorKind::Closed));
    assert_eq!(&err.record.data[..], b"after");
}

#[tokio::test]
async fn send_waits_for_room_and_flush_waits_for_every_earlier_record() {
    let (_dis, client) = emulator(None, 2).await;
    let producer = fast_producer(&client)
        .buffer_max_records(8)
        .linger(Duration::from_millis(20))
        .build();
    let mut deliveries = Vec::new();
    for i in 0..200 {
        deliveries.push(
            producer
                .send(RecordToPut::new(format!("r{i}")))
                .await
                .unwrap(),
        );
        assert!(
            producer.metrics().buffered_records <= 8,
            "the buffer grew past its bound"
        );
    }
    producer.flush().await;
    assert_eq!(producer.metrics().buffered_records, 0);
    for delivery in deliveries {
        // Unconstrained: tokio's cooperative budget would make a ready future look pending.
        let done = tokio::task::unconstrained(delivery)
            .now_or_never()
            .expect("flush returned before a record sent before it was final");
        done.unwrap();
    }
    assert_eq!(producer.metrics().delivered, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn under_real_limits_the_producer_slows_to_the_partition_rates_without_an_error_storm() {
    // DIS's COMMON limits: 1,000 records/s per partition, so 2,000/s here; the producer
    // offers 6,000 records at once and must wait for the partitions, not hammer them.
    const RECORDS: usize = 6_000;
    let dis = dis_local::Server::builder()
        .project_id("proj")
        .enforce_limits(true)
        .start()
        .await
        .unwrap();
    let client = otc_dis::Client::with_endpoint(&dis.endpoint(), "proj").unwrap();
    client.create_stream("s", 2).send().await.unwrap();
    let producer = Producer::builder(client.clone(), "s")
        .linger(Duration::from_millis(5))
        .delivery_timeout(None)
        .build();
    let mut deliveries = Vec::with_capacity(RECORDS);
    for i in 0..RECORDS {
        let record = RecordToPut::keyed(format!("k{i}"), format!("limited {i:05}"));
        deliveries.push(producer.send(record).await.unwrap());
    }
    let delivered = tokio::time::timeout(
        Duration::from_secs(120),
        futures::future::try_join_all(deliveries),
    )
    .await
    .expect("delivered within the budget")
    .expect("without a delivery timeout nothing fails");
    assert!(delivered.iter().all(|d| !d.maybe_duplicate));

    let metrics = producer.metrics();
    let retried: u64 = metrics.retries_by_code.values().sum();
    assert!(
        metrics.throttled > 0,
        "the limits were never hit: {metrics:?}"
    );
    assert_eq!(
        metrics.retries_by_code.keys().collect::<Vec<_>>(),
        ["DIS.4303"],
        "only throttling: {metrics:?}"
    );
    // A storm resends each record many times; pausing on throttling keeps the waste to a
    // small multiple of the records.
    assert!(
        retried < 3 * RECORDS as u64,
        "{retried} resends for {RECORDS} records: {metrics:?}"
    );
    let (copies, _) = stored(&client, 2).await;
    assert_eq!(copies.len(), RECORDS);
    assert!(
        copies.values().all(|c| c.len() == 1),
        "a record stored twice"
    );
    println!(
        "{RECORDS} records: {} requests, {retried} resends, {} throttled",
        metrics.requests, metrics.throttled
    );
    producer.close(Duration::from_secs(1)).await;
}
