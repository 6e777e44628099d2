//! A CSV download counts a row, and moves where to resume past it, only once the writer
//! has accepted it: tested with writers that fail after some bytes, that buffer and fail
//! when flushed, and with a full disk.

use std::{
    io,
    pin::Pin,
    sync::{Arc, Mutex},
    task::{Context, Poll},
};

use httpmock::prelude::*;
use otc_dis::{Error, types};
use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;
use tokio::io::AsyncWrite;

const HEADER: &[u8] = b"sequence_number,data,timestamp,timestamp_type,partition_key\n";

fn page(records: &[(&str, &str)], next: &str) -> types::GetRecordsResponse {
    let records = records
        .iter()
        .map(|(seq, data)| testing::record(seq, data.as_bytes()))
        .collect();
    testing::records_page(records, next, Some(0))
}

fn page_mock<'a>(
    server: &'a MockServer,
    cursor: &str,
    body: types::GetRecordsResponse,
) -> httpmock::Mock<'a> {
    server.get_records(|when, then| {
        testing::exact_query(
            when.into_inner().path(testing::path("/records")),
            &[("partition-cursor", cursor)],
        );
        then.ok(&body);
    })
}

/// Three pages of records 1..=5 (rows of 9 bytes each: `N,xxxx,,,\n`) and the caught-up
/// page.
fn serve_three_pages(server: &MockServer) -> Vec<httpmock::Mock<'_>> {
    vec![
        page_mock(server, "c0", page(&[("1", "aaaa"), ("2", "bbbb")], "c1")),
        page_mock(server, "c1", page(&[("3", "cccc"), ("4", "dddd")], "c2")),
        page_mock(server, "c2", page(&[("5", "eeee")], "c3")),
        page_mock(server, "c3", page(&[], "c4")),
    ]
}

fn rows(numbers: std::ops::RangeInclusive<u8>) -> Vec<u8> {
    let mut doc = HEADER.to_vec();
    for n in numbers {
        let data = char::from(b'a' + n - 1).to_string().repeat(4);
        doc.extend_from_slice(format!("{n},{data},,,\n").as_bytes());
    }
    doc
}

/// What a test writer passed on to its destination, shared with the test.
type Received = Arc<Mutex<Vec<u8>>>;

/// Accepts `capacity` bytes, then fails every write; flushing always works.
struct FailsAfter {
    capacity: usize,
    received: Received,
}

impl AsyncWrite for FailsAfter {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let mut received = self.received.lock().unwrap();
        let room = self.capacity - received.len();
        if room == 0 {
            return Poll::Ready(Err(io::Error::other("no space left")));
        }
        let n = room.min(buf.len());
        received.extend_from_slice(&buf[..n]);
        Poll::Ready(Ok(n))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// Accepts every write into a buffer and passes it on when flushed, unless that would
/// pass `capacity`: then the flush fails and passes nothing on.
struct Buffers {
    capacity: usize,
    pending: Vec<u8>,
    received: Received,
}

impl AsyncWrite for Buffers {
    fn poll_write(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.pending.extend_from_slice(buf);
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = &mut *self;
        let mut received = this.received.lock().unwrap();
        if received.len() + this.pending.len() > this.capacity {
            return Poll::Ready(Err(io::Error::other("disk full")));
        }
        received.append(&mut this.pending);
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        self.poll_flush(cx)
    }
}

#[tokio::test]
async fn a_writer_failing_after_some_bytes_gets_no_row_counted_that_it_did_not_take() {
    // The header and the first page fit; the second page breaks off in its second row.
    let capacity = rows(1..=3).len() + 4;
    let server = MockServer::start_async().await;
    let mocks = serve_three_pages(&server);
    let received = Received::default();
    let writer = FailsAfter {
        capacity,
        received: received.clone(),
    };
    let summary = testing::client(&server)
        .await
        .download_csv("c0", writer)
        .send()
        .await
        .unwrap();
    assert_eq!(summary.records_written, 2);
    assert_eq!(summary.last_sequence_number.as_deref(), Some("2"));
    // Records 3 and 4 were fetched but not (fully) written: no cursor skips them.
    assert_eq!(summary.next_cursor, None);
    let err = summary.interrupted.expect("interrupted");
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    // The writer holds the two rows counted, then the part of the page that failed.
    let received = received.lock().unwrap().clone();
    assert!(received.starts_with(&rows(1..=2)));
    assert_eq!(received.len(), capacity);
    mocks[0].assert_calls(1);
    mocks[1].assert_calls(1);
    mocks[2].assert_calls(0);
}

#[tokio::test]
async fn a_writer_failing_within_the_header_gets_the_error() {
    let server = MockServer::start_async().await;
    let mocks = serve_three_pages(&server);
    let writer = FailsAfter {
        capacity: 10,
        received: Received::default(),
    };
    let err = testing::client(&server)
        .await
        .download_csv("c0", writer)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    // Nothing is fetched when even the header cannot be written.
    mocks[0].assert_calls(0);
}

#[tokio::test]
async fn a_buffering_writer_that_fails_to_flush_gets_only_flushed_rows_counted() {
    // Header and the first two pages can be passed on; the third page cannot.
    let capacity = rows(1..=4).len() + 3;
    let server = MockServer::start_async().await;
    let mocks = serve_three_pages(&server);
    let received = Received::default();
    let writer = Buffers {
        capacity,
        pending: Vec::new(),
        received: received.clone(),
    };
    let summary = testing::client(&server)
        .await
        .download_csv("c0", writer)
        .send()
        .await
        .unwrap();
    assert_eq!(summary.records_written, 4);
    assert_eq!(summary.last_sequence_number.as_deref(), Some("4"));
    assert_eq!(summary.next_cursor, None);
    assert!(matches!(summary.interrupted, Some(Error::Io { .. })));
    assert_eq!(*received.lock().unwrap(), rows(1..=4));
    for mock in &mocks[..3] {
        mock.assert_calls(1);
    }
    mocks[3].assert_calls(0);
}

#[tokio::test]
async fn a_complete_download_is_flushed_page_by_page_and_hands_back_the_cursor() {
    let server = MockServer::start_async().await;
    let mocks = serve_three_pages(&server);
    let received = Received::default();
    let writer = Buffers {
        capacity: usize::MAX,
        pending: Vec::new(),
        received: received.clone(),
    };
    let summary = testing::client(&server)
        .await
        .download_csv("c0", writer)
        .send()
        .await
        .unwrap();
    assert_eq!(summary.records_written, 5);
    assert_eq!(summary.last_sequence_number.as_deref(), Some("5"));
    assert_eq!(summary.next_cursor.as_ref().map(|c| c.as_str()), Some("c4"));
    assert!(summary.interrupted.is_none());
    // Everything was flushed: nothing is left in the writer's buffer.
    assert_eq!(*received.lock().unwrap(), rows(1..=5));
    for mock in &mocks {
        mock.assert_calls(1);
    }
}

// Linux always has /dev/full; elsewhere the test is reported as ignored, not as passed.
#[tokio::test]
#[cfg_attr(not(target_os = "linux"), ignore = "needs /dev/full")]
async fn a_download_to_a_full_disk_claims_no_row() {
    let full = std::path::Path::new("/dev/full");
    assert!(full.exists(), "/dev/full is missing");
    let server = MockServer::start_async().await;
    let mocks = serve_three_pages(&server);
    let err = testing::client(&server)
        .await
        .download_csv_file("c0", full)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    assert!(err.to_string().contains("could not write the CSV"), "{err}");
    mocks[0].assert_calls(0);
}

#[tokio::test]
async fn a_download_to_a_file_that_cannot_be_created_sends_nothing() {
    let server = MockServer::start_async().await;
    let any = testing::any_request(&server);
    let dir = tempfile::tempdir().unwrap();
    let err = testing::client(&server)
        .await
        .download_csv_file("c0", dir.path().join("missing").join("out.csv"))
        .send()
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err:?}");
    any.assert_calls(0);
}
