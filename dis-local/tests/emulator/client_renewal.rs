//! The project's client renews expired cursors itself in `download_data_from`, against the
//! emulator with a clock the test moves: no record lost, none repeated, and a gap that
//! cannot be bridged is reported, not skipped.

use std::{sync::Arc, time::Duration};

use dis_local::engine::ManualClock;
use futures::StreamExt;
use otc_dis::{CursorPosition, Records};

const TTL: Duration = Duration::from_secs(60);

async fn start(clock: Arc<ManualClock>) -> (dis_local::Handle, otc_dis::Client) {
    let dis = dis_local::Server::builder()
        .project_id("proj")
        .cursor_ttl(TTL)
        .clock(clock)
        .start()
        .await
        .unwrap();
    let client = otc_dis::Client::with_endpoint(&dis.endpoint(), "proj").unwrap();
    (dis, client)
}

/// A stream `s` of one partition holding records `r0`, `r1`, ... (`count` of them).
async fn stream_with_records(client: &otc_dis::Client, count: usize) {
    client.create_stream("s", 1).send().await.unwrap();
    let data: Vec<String> = (0..count).map(|i| format!("r{i}")).collect();
    let outcome = client.upload_data("s").records(data).send().await.unwrap();
    assert!(outcome.is_complete(), "{outcome:?}");
}

/// Reads the download to its end, moving the clock past the cursor lifetime after every
/// record; returns the data read and the error it ended with, if any.
async fn read_with_expiries(
    records: &mut Records,
    clock: &ManualClock,
) -> (Vec<String>, Option<otc_dis::Error>) {
    let mut seen = Vec::new();
    loop {
        let next = tokio::time::timeout(Duration::from_secs(60), records.next());
        match next.await.expect("the download neither moved on nor ended") {
            Some(Ok(record)) => {
                seen.push(String::from_utf8(record.data.to_vec()).unwrap());
                clock.advance(TTL + Duration::from_secs(1));
            }
            Some(Err(err)) => return (seen, Some(err)),
            None => return (seen, None),
        }
    }
}

#[tokio::test]
async fn expired_cursors_are_renewed_with_no_record_lost_or_repeated() {
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let (_dis, client) = start(clock.clone()).await;
    stream_with_records(&client, 9).await;
    // Pages of two records: every page is fetched with a cursor that has expired.
    let mut records = client
        .download_data_from("s", "0", CursorPosition::TrimHorizon)
        .max_fetch_bytes(4);
    let (seen, end) = read_with_expiries(&mut records, &clock).await;
    assert!(end.is_none(), "{end:?}");
    let expected: Vec<String> = (0..9).map(|i| format!("r{i}")).collect();
    assert_eq!(seen, expected);
    assert_eq!(records.last_sequence_number(), Some("8"));
    assert_eq!(
        records.resume_position(),
        Some(CursorPosition::AfterSequenceNumber("8".into()))
    );
}

#[tokio::test]
async fn a_download_from_a_cursor_reports_the_expiry_and_resumes_exactly() {
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let (_dis, client) = start(clock.clone()).await;
    stream_with_records(&client, 5).await;
    let cursor = client
        .get_data_cursor("s", "0", CursorPosition::TrimHorizon)
        .await
        .unwrap();
    let mut records = client.download_data(cursor).max_fetch_bytes(4);
    let (seen, end) = read_with_expiries(&mut records, &clock).await;
    // No partition known: the expired cursor ends the download, right after a page.
    assert_eq!(seen, ["r0", "r1"]);
    let err = end.expect("the cursor expired");
    assert_eq!(err.code(), Some("DIS.4225"));
    let position = records.resume_position().expect("where to resume");
    assert_eq!(position, CursorPosition::AfterSequenceNumber("1".into()));
    let mut rest = client.download_data_from("s", "0", position);
    let (more, end) = read_with_expiries(&mut rest, &clock).await;
    assert!(end.is_none(), "{end:?}");
    assert_eq!(more, ["r2", "r3", "r4"]);
}

#[tokio::test]
async fn records_gone_from_retention_end_the_download_with_an_error() {
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let (_dis, client) = start(clock.clone()).await;
    stream_with_records(&client, 4).await;
    let mut records = client
        .download_data_from("s", "0", CursorPosition::TrimHorizon)
        .max_fetch_bytes(4);
    let first = records.next().await.unwrap().unwrap();
    let second = records.next().await.unwrap().unwrap();
    assert_eq!(
        (first.data.as_ref(), second.data.as_ref()),
        (&b"r0"[..], &b"r1"[..])
    );
    // A day and more later, records 2 and 3 have left the 24 hours of retention: no cursor
    // resumes right after record 1, and the download says so instead of skipping them.
    clock.advance(Duration::from_secs(25 * 3600));
    let err = records
        .next()
        .await
        .expect("an error, not the end")
        .unwrap_err();
    assert_eq!(err.code(), Some("DIS.4224"), "{err:?}");
    assert!(records.next().await.is_none());
    assert_eq!(
        records.resume_position(),
        Some(CursorPosition::AfterSequenceNumber("1".into()))
    );
}
