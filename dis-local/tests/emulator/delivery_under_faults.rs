//! The client's delivery guarantees, proven against dis-local with injected faults: every
//! record an upload acknowledges is stored with exactly its bytes, nothing reported as not
//! written or not sent was stored by that attempt, and every duplicate is traceable to a
//! record whose outcome was reported unknown.
//!
//! Each seed pushes 20,000 records through at least 20 % faulted PutRecords requests (every
//! fault kind dis-local has for them: 500 before and after applying, 429, DIS.4303,
//! per-record DIS.4303, connections closed before and after applying, answers held past
//! the client's timeout, bodies cut off) and resends, as the `FailedRecord` docs say, every
//! record that `is_retryable()`.

use crate::common;

use std::collections::HashMap;
use std::time::Duration;

use bytes::Bytes;
use dis_local::faults::{Fate, Fault, FaultPlan};
use futures::TryStreamExt;
use otc_dis::{CursorPosition, Delivery, RecordToPut};

const RECORDS: usize = 20_000;
const PER_UPLOAD: usize = 1_000;
const PARTITIONS: u32 = 3;
/// Rounds of resending before the test gives up: each round resends only what failed.
const MAX_ROUNDS: usize = 50;

/// A client that gives up on an answer after 300 ms (the faults hold answers for 1 s).
async fn impatient_client(endpoint: &str) -> otc_dis::Client {
    common::impatient_client(endpoint, Duration::from_millis(300)).await
}

/// What the producer side saw for one record.
#[derive(Debug, Default)]
struct Seen {
    /// Where the upload said it was written, when it did.
    written_at: Option<(String, String)>,
    /// How often its outcome was reported unknown.
    unknown: usize,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uploads_lose_nothing_and_duplicate_only_what_was_reported_unknown() {
    for seed in [1, 2, 3] {
        tokio::time::timeout(Duration::from_secs(240), round_trip(seed))
            .await
            .unwrap_or_else(|_| panic!("seed {seed}: the round trip took over 240 s"));
    }
}

async fn round_trip(seed: u64) {
    let plan = FaultPlan::new(seed)
        .rate_on("put_records", 0.25)
        .delay(Duration::from_secs(1));
    let dis = dis_local::Server::builder()
        .project_id("proj")
        .faults(plan)
        .start()
        .await
        .unwrap();
    let client = impatient_client(&dis.endpoint()).await;
    dis.set_faults_active(false);
    client
        .create_stream("faulty", PARTITIONS)
        .send()
        .await
        .unwrap();
    dis.set_faults_active(true);

    let payloads: Vec<Bytes> = (0..RECORDS)
        .map(|i| Bytes::from(format!("seed {seed} record {i:05}")))
        .collect();
    let mut seen: Vec<Seen> = (0..RECORDS).map(|_| Seen::default()).collect();
    let mut pending: Vec<usize> = (0..RECORDS).collect();
    let mut rounds = 0;
    while !pending.is_empty() {
        rounds += 1;
        assert!(
            rounds <= MAX_ROUNDS,
            "seed {seed}: {} records still pending",
            pending.len()
        );
        let mut again = Vec::new();
        for chunk in pending.chunks(PER_UPLOAD) {
            let records = chunk.iter().map(|&i| {
                RecordToPut::for_partition(
                    (i % PARTITIONS as usize).to_string(),
                    payloads[i].clone(),
                )
            });
            let outcome = match client
                .upload_data("faulty")
                .max_records_per_request(250)
                .records(records)
                .send()
                .await
            {
                Ok(outcome) => outcome,
                // `Err` promises that nothing was stored: all of them go again.
                Err(err) => {
                    assert!(
                        err.is_retryable() && !err.maybe_applied(),
                        "seed {seed}: {err}"
                    );
                    again.extend_from_slice(chunk);
                    continue;
                }
            };
            assert_eq!(outcome.records.len(), chunk.len());
            for (&i, result) in chunk.iter().zip(&outcome.records) {
                match result {
                    Ok(written) => {
                        seen[i].written_at = Some((
                            written.partition_id.clone(),
                            written.sequence_number.clone(),
                        ));
                    }
                    Err(failed) => {
                        assert!(failed.is_retryable(), "seed {seed}: record {i}: {failed}");
                        if failed.delivery() == Delivery::Unknown {
                            seen[i].unknown += 1;
                        }
                        again.push(i);
                    }
                }
            }
        }
        pending = again;
    }

    dis.set_faults_active(false);
    let stored = read_everything(&client).await;
    let log = dis.fault_log();
    assert_eq!(log.dropped, 0, "the fate log must cover the whole run");
    let stored_by_log: usize = log
        .entries
        .iter()
        .map(|entry| entry.stored_records().count())
        .sum();
    assert_eq!(
        stored_by_log,
        stored.values().map(Vec::len).sum::<usize>(),
        "seed {seed}: the fate log and the stream disagree"
    );
    let unanswered = log
        .entries
        .iter()
        .filter(|e| e.fate == Fate::AppliedUnanswered)
        .count();

    let mut duplicates = 0;
    for (i, payload) in payloads.iter().enumerate() {
        let copies = stored.get(payload).map_or(&[][..], Vec::as_slice);
        let (partition, sequence) = seen[i]
            .written_at
            .as_ref()
            .unwrap_or_else(|| panic!("seed {seed}: record {i} never acknowledged"));
        assert!(
            copies.contains(&(partition.clone(), sequence.clone())),
            "seed {seed}: record {i} acknowledged at {partition}/{sequence} but stored at {copies:?}"
        );
        let extra = copies.len() - 1;
        assert!(
            extra <= seen[i].unknown,
            "seed {seed}: record {i} stored {} times but reported unknown only {} times: \
             a record reported not written or not sent was stored",
            copies.len(),
            seen[i].unknown
        );
        duplicates += extra;
    }
    let puts: Vec<_> = log
        .entries
        .iter()
        .filter(|e| e.operation == Some("put_records"))
        .collect();
    let requests = puts.len();
    let faulted = puts.iter().filter(|e| e.fault.is_some()).count();
    println!(
        "seed {seed}: {RECORDS} records, {requests} PutRecords requests, {faulted} faulted \
         ({unanswered} applied but unanswered), {rounds} rounds, {duplicates} duplicates, 0 lost"
    );
    assert!(
        faulted * 100 >= requests * 20,
        "seed {seed}: only {faulted} of {requests} requests were faulted"
    );
    dis.shutdown().await;
}

/// Every record of every partition: payload -> the (partition, sequence number) of each copy.
async fn read_everything(client: &otc_dis::Client) -> HashMap<Bytes, Vec<(String, String)>> {
    let mut stored: HashMap<Bytes, Vec<(String, String)>> = HashMap::new();
    for partition in 0..PARTITIONS {
        let records: Vec<_> = client
            .download_data_from(
                "faulty",
                &partition.to_string(),
                CursorPosition::TrimHorizon,
            )
            .try_collect()
            .await
            .unwrap();
        for record in records {
            stored
                .entry(record.data)
                .or_default()
                .push((format!("shardId-{partition:010}"), record.sequence_number));
        }
    }
    stored
}

/// A seed whose plan cuts off the body of the server's request number `position` (counted
/// from 0 over all requests) when it is `operation`, and lets the next one through.
fn plan_cutting_request(operation: &str, position: u64) -> FaultPlan {
    (0..10_000)
        .map(|seed| FaultPlan::new(seed).probability_on(operation, Fault::TruncatedBody, 0.5))
        .find(|plan| {
            plan.decide(position, operation) == Some(Fault::TruncatedBody)
                && plan.decide(position + 1, operation).is_none()
        })
        .expect("some seed cuts off exactly that answer")
}

#[tokio::test]
async fn a_read_whose_answer_is_cut_off_is_read_again() {
    let dis = dis_local::Server::builder()
        .project_id("proj")
        .faults(plan_cutting_request("list_streams", 0))
        .start()
        .await
        .unwrap();
    let client = impatient_client(&dis.endpoint()).await;
    let streams: Vec<_> = client.streams().try_collect().await.unwrap();
    assert!(streams.is_empty());
    let fates: Vec<_> = dis.fault_log().entries.iter().map(|e| e.fate).collect();
    assert_eq!(fates, [Fate::AppliedUnanswered, Fate::Applied]);
}

#[tokio::test]
async fn an_upload_whose_answer_is_cut_off_is_not_repeated_and_reported_unknown() {
    let dis = dis_local::Server::builder()
        .project_id("proj")
        // Request 0 creates the stream; request 1 is the upload.
        .faults(plan_cutting_request("put_records", 1))
        .start()
        .await
        .unwrap();
    let client = impatient_client(&dis.endpoint()).await;
    dis.set_faults_active(false);
    client.create_stream("cut", 1).send().await.unwrap();
    dis.take_fault_log();
    dis.set_faults_active(true);
    let outcome = client
        .upload_data("cut")
        .records(["a", "b"])
        .send()
        .await
        .unwrap();
    let log = dis.fault_log();
    assert_eq!(log.entries.len(), 1, "put_records must not be sent twice");
    let entry = &log.entries[0];
    match entry.fault {
        Some(Fault::TruncatedBody) => {
            assert_eq!(entry.fate, Fate::AppliedUnanswered);
            assert_eq!(entry.stored_records().count(), 2);
            assert!(matches!(
                &outcome.interrupted,
                Some(otc_dis::Error::Transport {
                    phase: otc_dis::TransportPhase::ReadingAnswer,
                    ..
                })
            ));
            for result in &outcome.records {
                assert_eq!(result.as_ref().unwrap_err().delivery(), Delivery::Unknown);
            }
        }
        other => panic!("the plan was chosen to cut this answer off, got {other:?}"),
    }
}

/// Reading back through about 25 % faulted GetRecords and GetCursor requests (expired
/// cursors, empty pages that do not move, 500s, throttling, connections closed, answers
/// held or cut off): every record once, in order, for three seeds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn downloads_through_faults_read_every_record_once() {
    const PER_PARTITION: usize = 3_000;
    for seed in [4, 5, 6] {
        let plan = FaultPlan::new(seed)
            .rate_on("get_records", 0.25)
            .rate_on("get_cursor", 0.25)
            .delay(Duration::from_secs(1));
        let dis = dis_local::Server::builder()
            .project_id("proj")
            .faults(plan)
            .start()
            .await
            .unwrap();
        let client = impatient_client(&dis.endpoint()).await;
        dis.set_faults_active(false);
        client.create_stream("read", 2).send().await.unwrap();
        for partition in 0..2 {
            let records = (0..PER_PARTITION).map(|i| {
                RecordToPut::for_partition(partition.to_string(), format!("p{partition} {i:05}"))
            });
            let outcome = client
                .upload_data("read")
                .max_records_per_request(500)
                .records(records)
                .send()
                .await
                .unwrap();
            assert!(outcome.is_complete());
        }
        dis.set_faults_active(true);
        for partition in 0..2 {
            let read = async {
                let mut records = client
                    .download_data_from("read", &partition.to_string(), CursorPosition::TrimHorizon)
                    .max_fetch_bytes(256);
                let mut seen = Vec::new();
                let mut interruptions = 0;
                loop {
                    match records.try_next().await {
                        Ok(Some(record)) => seen.push(record.data),
                        Ok(None) => break,
                        // Faults can outlast the retries: resume where the stream says.
                        Err(err) => {
                            interruptions += 1;
                            assert!(interruptions < 200, "seed {seed}: {err}");
                            let position = records
                                .resume_position()
                                .unwrap_or(CursorPosition::TrimHorizon);
                            records = client
                                .download_data_from("read", &partition.to_string(), position)
                                .max_fetch_bytes(256);
                        }
                    }
                }
                (seen, interruptions)
            };
            let (seen, interruptions) = tokio::time::timeout(Duration::from_secs(240), read)
                .await
                .unwrap_or_else(|_| panic!("seed {seed}: reading took over 240 s"));
            let expected: Vec<Bytes> = (0..PER_PARTITION)
                .map(|i| Bytes::from(format!("p{partition} {i:05}")))
                .collect();
            assert_eq!(
                seen.len(),
                expected.len(),
                "seed {seed}: records lost or repeated"
            );
            assert!(seen == expected, "seed {seed}: records out of order");
            let faulted = dis
                .fault_log()
                .entries
                .iter()
                .filter(|e| e.fault.is_some())
                .count();
            println!(
                "seed {seed}, partition {partition}: {PER_PARTITION} records read once, \
                 {interruptions} resumptions, {faulted} faults so far"
            );
        }
        dis.shutdown().await;
    }
}
