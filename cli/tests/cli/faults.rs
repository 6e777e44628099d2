//! `record put` and `record tail` through dis-local's fault injection: throttled and failed
//! requests, records refused one by one, expired cursors and empty pages. Every record
//! arrives, once.

use crate::common;

use dis_local::faults::{Fault, FaultPlan};

#[test]
fn put_and_tail_lose_nothing_under_faults() {
    // Only faults that are not applied: a record can then never be stored twice.
    let plan = FaultPlan::new(7)
        .probability_on("put_records", Fault::PartialThrottle, 0.3)
        .probability_on("put_records", Fault::ServerErrorBeforeApply, 0.1)
        .probability_on("put_records", Fault::Throttle429, 0.1)
        .probability_on("put_records", Fault::CloseBeforeApply, 0.05)
        .probability_on("get_records", Fault::CursorExpired, 0.2)
        .probability_on("get_records", Fault::EmptyPage, 0.2)
        .probability_on("get_records", Fault::ServerErrorBeforeApply, 0.1);
    let env = common::start_with(dis_local::Server::builder().faults(plan));
    env.ok(&["stream", "create", "s", "-n", "3"]);

    let input: Vec<String> = (0..600).map(|i| format!("record {i:04}")).collect();
    let put = env.run_with_stdin(&["record", "put", "s"], &(input.join("\n") + "\n"));
    assert_eq!(put.code, 0, "{put:?}");
    assert!(
        put.stderr
            .starts_with("put 600 records: 600 written, 0 failed"),
        "{put:?}"
    );

    // Small pages: many reads, so that their faults come into play.
    let tail = env.ok(&["record", "tail", "s", "-e", "--max-bytes", "400"]);
    let mut expected = input.clone();
    expected.sort();
    assert_eq!(common::sorted_lines(&tail.stdout), expected);

    // The faults did happen, on both sides.
    let log = env.dis.as_ref().unwrap().fault_log();
    assert_eq!(log.dropped, 0);
    let injected = |fault: Fault| {
        log.entries
            .iter()
            .filter(|e| e.fault == Some(fault))
            .count()
    };
    assert!(injected(Fault::PartialThrottle) > 0, "{log:?}");
    assert!(injected(Fault::CursorExpired) > 0, "{log:?}");
    assert!(injected(Fault::EmptyPage) > 0, "{log:?}");
    // Each record stored once.
    let stored: usize = log.entries.iter().map(|e| e.stored_records().count()).sum();
    assert_eq!(stored, 600);
}
