//! Wire tests of the rules that make a download always move on or end (see `Records`):
//! empty pages, cursors that do not move, repeated records, what counts as caught up,
//! cursor renewal, and where to resume after every kind of end.
//!
//! Delays come from the test client's retry policy (1 to 4 ms), so no test waits long.

use std::{
    sync::atomic::{AtomicUsize, Ordering},
    time::Duration,
};

use futures::StreamExt;
use httpmock::{HttpMockResponse, prelude::*};
use otc_dis::{CursorPosition, Error, Record, Records, types};
use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;
use otc_dis_contract::testing::{number, record, records_page, text};
use serde_json::{Value, json};

/// A get_records answer with records `(sequence_number, data)`; `millis_behind_latest`
/// is left out when `None`.
fn page(
    records: &[(&str, &str)],
    next: &str,
    millis_behind_latest: Option<i64>,
) -> types::GetRecordsResponse {
    let records = records
        .iter()
        .map(|(seq, data)| types::Record {
            timestamp: Some(1_700_000_000_000),
            ..record(seq, data.as_bytes())
        })
        .collect();
    records_page(records, next, millis_behind_latest)
}

/// Mocks the page read with exactly `partition-cursor=cursor` and `max_fetch_bytes=4096`.
fn page_mock<'a>(
    server: &'a MockServer,
    cursor: &str,
    body: types::GetRecordsResponse,
) -> httpmock::Mock<'a> {
    server.get_records(|when, then| {
        testing::exact_query(
            when.into_inner().path(testing::path("/records")),
            &[("partition-cursor", cursor), ("max_fetch_bytes", "4096")],
        );
        then.ok(&body);
    })
}

/// [`page_mock`] with a raw JSON answer, for answers the typed one cannot express.
fn raw_page_mock<'a>(server: &'a MockServer, cursor: &str, body: Value) -> httpmock::Mock<'a> {
    server.mock(|when, then| {
        testing::exact_query(
            when.method(GET).path(testing::path("/records")),
            &[("partition-cursor", cursor), ("max_fetch_bytes", "4096")],
        );
        then.status(200).json_body(body);
    })
}

/// Mocks an error answer to the page read with `cursor`.
fn failing_page<'a>(server: &'a MockServer, cursor: &str, code: &str) -> httpmock::Mock<'a> {
    server.mock(|when, then| {
        testing::exact_query(
            when.method(GET).path(testing::path("/records")),
            &[("partition-cursor", cursor), ("max_fetch_bytes", "4096")],
        );
        testing::dis_error(then, 400, code);
    })
}

/// Mocks get_cursor on partition 0 of `orders` with exactly `query` besides the names.
fn cursor_mock<'a>(
    server: &'a MockServer,
    query: &[(&str, &str)],
    cursor: &str,
) -> httpmock::Mock<'a> {
    let mut expected = vec![("stream-name", "orders"), ("partition-id", "0")];
    expected.extend_from_slice(query);
    server.get_cursor(|when, then| {
        testing::exact_query(when.into_inner().path(testing::path("/cursors")), &expected);
        then.ok(&testing::cursor(cursor));
    })
}

/// Mocks GET `rest` with exactly `query`, answering the n-th request with 200 and
/// `answers[n]`, and the last answer again after the list runs out.
fn sequence<'a, T: serde::Serialize>(
    server: &'a MockServer,
    rest: &str,
    query: &[(&str, &str)],
    answers: Vec<T>,
) -> httpmock::Mock<'a> {
    let answers: Vec<String> = answers
        .iter()
        .map(|a| serde_json::to_string(a).unwrap())
        .collect();
    let served = AtomicUsize::new(0);
    server.mock(|when, then| {
        testing::exact_query(when.method(GET).path(testing::path(rest)), query);
        then.respond_with(move |_| {
            let n = served.fetch_add(1, Ordering::SeqCst).min(answers.len() - 1);
            HttpMockResponse::builder()
                .status(200)
                .header("content-type", "application/json")
                .body(answers[n].clone())
                .build()
        });
    })
}

async fn download(server: &MockServer, cursor: &str) -> Records {
    testing::client(server)
        .await
        .download_data(cursor)
        .max_fetch_bytes(4096)
}

/// The next item, within a minute: a download that neither moves on nor ends fails the
/// test instead of hanging it.
async fn next(records: &mut Records) -> Option<otc_dis::Result<Record>> {
    tokio::time::timeout(Duration::from_secs(60), records.next())
        .await
        .expect("the download neither moved on nor ended")
}

/// Everything the stream yields: the records' sequence numbers and the error it ended
/// with, if any; checks that nothing follows the end.
async fn drain(records: &mut Records) -> (Vec<String>, Option<Error>) {
    let mut seen = Vec::new();
    let end = loop {
        match next(records).await {
            Some(Ok(Record {
                sequence_number, ..
            })) => {
                assert!(seen.len() < 1000, "the download yields without end");
                seen.push(sequence_number);
            }
            Some(Err(err)) => break Some(err),
            None => break None,
        }
    };
    assert!(next(records).await.is_none(), "nothing after the end");
    (seen, end)
}

fn after(sequence_number: &str) -> Option<CursorPosition> {
    Some(CursorPosition::AfterSequenceNumber(sequence_number.into()))
}

const MAX_IDLE: usize = Records::MAX_IDLE_PAGES as usize;

// ------------------------------------------------------------------ pages without progress

#[tokio::test]
async fn an_empty_page_whose_cursor_did_not_move_is_asked_again_a_bounded_number_of_times() {
    let server = MockServer::start_async().await;
    let first = page_mock(
        &server,
        "c0",
        page(&[("1", "a"), ("2", "b")], "c1", Some(9)),
    );
    // DIS is behind (5 s) but hands back the cursor it was asked with, forever.
    let stuck = page_mock(&server, "c1", page(&[], "c1", Some(5000)));
    let mut records = download(&server, "c0").await;
    let (seen, end) = drain(&mut records).await;
    assert_eq!(seen, ["1", "2"]);
    let err = end.expect("the download ends with an error");
    assert!(matches!(err, Error::NoProgress { .. }), "{err:?}");
    assert!(err.to_string().contains("max_fetch_bytes (4096)"), "{err}");
    first.assert_calls(1);
    stuck.assert_calls(MAX_IDLE);
    assert_eq!(records.resume_position(), after("2"));
    assert_eq!(records.last_sequence_number(), Some("2"));
}

#[tokio::test]
async fn an_empty_page_whose_cursor_moved_is_followed_at_once() {
    let server = MockServer::start_async().await;
    let pages = [
        page_mock(&server, "c0", page(&[], "c1", Some(3000))),
        page_mock(&server, "c1", page(&[], "c2", None)),
        page_mock(&server, "c2", page(&[("7", "x")], "c3", Some(0))),
        page_mock(&server, "c3", page(&[], "c4", Some(0))),
    ];
    let mut records = download(&server, "c0").await;
    let (seen, end) = drain(&mut records).await;
    assert_eq!(seen, ["7"]);
    assert!(end.is_none(), "{end:?}");
    for mock in &pages {
        mock.assert_calls(1);
    }
    assert_eq!(records.next_cursor().map(|c| c.as_str()), Some("c4"));
}

#[tokio::test]
async fn an_empty_page_without_millis_behind_latest_is_not_the_end() {
    let server = MockServer::start_async().await;
    // A proxy that drops `millis_behind_latest`: the empty page in the middle must not
    // end the download while records remain.
    let pages = [
        page_mock(&server, "c0", page(&[("1", "a")], "c1", None)),
        page_mock(&server, "c1", page(&[], "c2", None)),
        page_mock(&server, "c2", page(&[("2", "b"), ("3", "c")], "c3", None)),
        page_mock(&server, "c3", page(&[], "c4", Some(0))),
    ];
    let mut records = download(&server, "c0").await;
    let (seen, end) = drain(&mut records).await;
    assert_eq!(seen, ["1", "2", "3"]);
    assert!(end.is_none(), "{end:?}");
    for mock in &pages {
        mock.assert_calls(1);
    }
}

#[tokio::test]
async fn empty_pages_that_never_say_caught_up_end_with_an_error_after_the_bound() {
    let server = MockServer::start_async().await;
    // Every cursor is new, no page has records, none says how far behind it is.
    let pages: Vec<_> = (0..=MAX_IDLE)
        .map(|i| {
            page_mock(
                &server,
                &format!("c{i}"),
                page(&[], &format!("c{}", i + 1), None),
            )
        })
        .collect();
    let mut records = download(&server, "c0").await;
    let (seen, end) = drain(&mut records).await;
    assert!(seen.is_empty());
    assert!(matches!(end, Some(Error::NoProgress { .. })), "{end:?}");
    for mock in &pages[..MAX_IDLE] {
        mock.assert_calls(1);
    }
    pages[MAX_IDLE].assert_calls(0);
    // A download from a cursor that yielded nothing resumes from that cursor.
    assert_eq!(records.resume_position(), None);
}

#[tokio::test]
async fn a_page_repeating_its_cursor_and_records_yields_them_once() {
    let server = MockServer::start_async().await;
    let first = page_mock(
        &server,
        "c0",
        page(&[("1", "a"), ("2", "b")], "c1", Some(50)),
    );
    let again = page_mock(
        &server,
        "c1",
        page(&[("1", "a"), ("2", "b")], "c1", Some(50)),
    );
    let mut records = download(&server, "c0").await;
    let (seen, end) = drain(&mut records).await;
    assert_eq!(seen, ["1", "2"]);
    assert!(matches!(end, Some(Error::NoProgress { .. })), "{end:?}");
    first.assert_calls(1);
    again.assert_calls(MAX_IDLE);
    assert_eq!(records.resume_position(), after("2"));
}

#[tokio::test]
async fn records_already_yielded_are_skipped_and_new_ones_kept() {
    let server = MockServer::start_async().await;
    let pages = [
        page_mock(
            &server,
            "c0",
            page(&[("1", "a"), ("2", "b")], "c1", Some(9)),
        ),
        // Overlaps the page before, and repeats a record within itself.
        page_mock(
            &server,
            "c1",
            page(
                &[("0", "z"), ("2", "b"), ("3", "c"), ("3", "c")],
                "c2",
                Some(9),
            ),
        ),
        page_mock(&server, "c2", page(&[("4", "d")], "c3", Some(0))),
        page_mock(&server, "c3", page(&[], "c4", Some(0))),
    ];
    let mut records = download(&server, "c0").await;
    let (seen, end) = drain(&mut records).await;
    assert_eq!(seen, ["1", "2", "3", "4"]);
    assert!(end.is_none(), "{end:?}");
    for mock in &pages {
        mock.assert_calls(1);
    }
}

#[tokio::test]
async fn following_keeps_polling_a_cursor_that_does_not_move() {
    let server = MockServer::start_async().await;
    let first = page_mock(&server, "c0", page(&[("1", "a")], "c1", Some(9)));
    // Past the bound of a download that does not follow, then a record.
    let mut answers = vec![page(&[], "c1", Some(5000)); MAX_IDLE + 3];
    answers.push(page(&[("2", "b")], "c2", Some(0)));
    let stuck = sequence(
        &server,
        "/records",
        &[("partition-cursor", "c1"), ("max_fetch_bytes", "4096")],
        answers,
    );
    let mut records = download(&server, "c0")
        .await
        .follow(Duration::from_millis(5));
    let mut seen = Vec::new();
    for _ in 0..2 {
        let record = next(&mut records)
            .await
            .expect("a following download never ends");
        seen.push(record.expect("and does not fail here").sequence_number);
    }
    assert_eq!(seen, ["1", "2"]);
    first.assert_calls(1);
    stuck.assert_calls(MAX_IDLE + 4);
}

#[tokio::test]
async fn following_polls_again_after_catching_up_with_a_cursor_that_did_not_move() {
    let server = MockServer::start_async().await;
    let mut answers = vec![page(&[], "c0", Some(0)); 3];
    answers.push(page(&[("5", "e")], "c1", Some(0)));
    let tail = sequence(
        &server,
        "/records",
        &[("partition-cursor", "c0"), ("max_fetch_bytes", "4096")],
        answers,
    );
    let mut records = download(&server, "c0")
        .await
        .follow(Duration::from_millis(5));
    let record = next(&mut records).await.unwrap().unwrap();
    assert_eq!(record.sequence_number, "5");
    tail.assert_calls(4);
}

// ------------------------------------------------------------------ strict answers

#[tokio::test]
async fn sequence_numbers_that_are_not_decimal_are_refused_naming_the_field() {
    for bad in [text("-1"), number(-1), text("not-a-number"), text("")] {
        let server = MockServer::start_async().await;
        let records = vec![
            record("4", b"ok"),
            types::Record {
                sequence_number: Some(bad.clone()),
                ..record("5", b"bad")
            },
            record("6", b"after"),
        ];
        let mock = page_mock(&server, "c0", records_page(records, "c1", Some(0)));
        let next = page_mock(&server, "c1", page(&[], "c2", Some(0)));
        let mut records = download(&server, "c0").await;
        let (seen, end) = drain(&mut records).await;
        // The record before the bad one is yielded, nothing after it.
        assert_eq!(seen, ["4"], "{bad:?}");
        let err = end.expect("an error");
        assert!(matches!(err, Error::Decode { .. }), "{bad:?}: {err:?}");
        assert!(
            err.to_string().contains("records[1].sequence_number"),
            "{err}"
        );
        assert_eq!(records.resume_position(), after("4"));
        mock.assert_calls(1);
        next.assert_calls(0);
    }
}

#[tokio::test]
async fn a_missing_sequence_number_is_refused_naming_the_field() {
    let server = MockServer::start_async().await;
    let nameless = types::Record {
        sequence_number: None,
        ..record("0", b"a")
    };
    page_mock(&server, "c0", records_page(vec![nameless], "c1", None));
    let (seen, end) = drain(&mut download(&server, "c0").await).await;
    assert!(seen.is_empty());
    let err = end.expect("an error");
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    assert!(
        err.to_string()
            .contains("records[0].sequence_number is missing"),
        "{err}"
    );
}

#[tokio::test]
async fn a_get_records_answer_without_its_fields_is_refused() {
    for (body, field) in [
        (json!({}), "missing field"),
        (json!({"records": []}), "next_partition_cursor"),
        (
            json!({"next_partition_cursor": "c1", "millis_behind_latest": 0}),
            "records",
        ),
    ] {
        let server = MockServer::start_async().await;
        // Raw JSON: answers without fields the typed answer requires.
        let mock = raw_page_mock(&server, "c0", body.clone());
        let mut records = download(&server, "c0").await;
        let (seen, end) = drain(&mut records).await;
        assert!(seen.is_empty());
        let err = end.expect("an error");
        assert!(matches!(err, Error::Decode { .. }), "{body}: {err:?}");
        assert!(err.to_string().contains(field), "{body}: {err}");
        mock.assert_calls(1);
        assert_eq!(records.next_cursor().map(|c| c.as_str()), Some("c0"));
    }
}

#[tokio::test]
async fn a_next_cursor_longer_than_512_characters_or_empty_is_refused() {
    for next in ["x".repeat(513), String::new()] {
        let server = MockServer::start_async().await;
        // The records of a page whose cursor is refused are not yielded: the page as a
        // whole is not a DIS answer.
        let mock = page_mock(&server, "c0", page(&[("1", "a")], &next, Some(0)));
        let mut records = download(&server, "c0").await;
        let (seen, end) = drain(&mut records).await;
        assert!(seen.is_empty());
        let err = end.expect("an error");
        assert!(matches!(err, Error::Decode { .. }), "{err:?}");
        assert!(err.to_string().contains("next_partition_cursor"), "{err}");
        mock.assert_calls(1);
    }
    // 512 characters is the reference's maximum, and fine.
    let server = MockServer::start_async().await;
    let long = "y".repeat(512);
    page_mock(&server, "c0", page(&[("1", "a")], &long, Some(0)));
    let end = page_mock(&server, &long, page(&[], "c2", Some(0)));
    let (seen, err) = drain(&mut download(&server, "c0").await).await;
    assert_eq!((seen, err.is_none()), (vec!["1".to_owned()], true));
    end.assert_calls(1);
}

// ------------------------------------------------------------------ cursor renewal

#[tokio::test]
async fn an_expired_cursor_is_renewed_after_the_last_record_yielded() {
    for code in ["DIS.4225", "DIS.4226", "DIS.4217"] {
        let server = MockServer::start_async().await;
        let start = cursor_mock(
            &server,
            &[
                ("cursor-type", "AFTER_SEQUENCE_NUMBER"),
                ("starting-sequence-number", "41"),
            ],
            "c0",
        );
        let first = page_mock(
            &server,
            "c0",
            page(&[("42", "a"), ("43", "b")], "c1", Some(9)),
        );
        let expired = failing_page(&server, "c1", code);
        let renewal = cursor_mock(
            &server,
            &[
                ("cursor-type", "AFTER_SEQUENCE_NUMBER"),
                ("starting-sequence-number", "43"),
            ],
            "r0",
        );
        let renewed = page_mock(&server, "r0", page(&[("44", "c")], "r1", Some(0)));
        let end = page_mock(&server, "r1", page(&[], "r2", Some(0)));
        let mut records = testing::client(&server)
            .await
            .download_data_from("orders", "0", CursorPosition::after_sequence_number(41u64))
            .max_fetch_bytes(4096);
        let (seen, err) = drain(&mut records).await;
        assert_eq!(seen, ["42", "43", "44"], "{code}");
        assert!(err.is_none(), "{code}: {err:?}");
        for mock in [&start, &first, &expired, &renewal, &renewed, &end] {
            mock.assert_calls(1);
        }
        assert_eq!(records.resume_position(), after("44"));
    }
}

#[tokio::test]
async fn a_cursor_expired_before_any_record_is_renewed_at_the_original_position() {
    let server = MockServer::start_async().await;
    let cursors = sequence(
        &server,
        "/cursors",
        &[
            ("stream-name", "orders"),
            ("partition-id", "0"),
            ("cursor-type", "AT_TIMESTAMP"),
            ("timestamp", "1700000000000"),
        ],
        vec![testing::cursor("c0"), testing::cursor("r0")],
    );
    let expired = failing_page(&server, "c0", "DIS.4225");
    let renewed = page_mock(&server, "r0", page(&[("0", "a")], "r1", Some(0)));
    let end = page_mock(&server, "r1", page(&[], "r2", Some(0)));
    let position = CursorPosition::AtTimestamp(1_700_000_000_000);
    let mut records = testing::client(&server)
        .await
        .download_data_from("orders", "0", position.clone())
        .max_fetch_bytes(4096);
    assert_eq!(records.resume_position(), Some(position));
    let (seen, err) = drain(&mut records).await;
    assert_eq!(seen, ["0"]);
    assert!(err.is_none(), "{err:?}");
    cursors.assert_calls(2);
    for mock in [&expired, &renewed, &end] {
        mock.assert_calls(1);
    }
    assert_eq!(records.resume_position(), after("0"));
}

#[tokio::test]
async fn expiries_alternating_with_empty_pages_still_end() {
    let server = MockServer::start_async().await;
    // Each renewed cursor gives one empty page that is behind, then expires: renewals
    // never come twice in a row, but nothing moves on either.
    let cursors = cursor_mock(&server, &[("cursor-type", "TRIM_HORIZON")], "c0");
    let empty = page_mock(&server, "c0", page(&[], "c1", Some(100)));
    let expired = failing_page(&server, "c1", "DIS.4225");
    let mut records = testing::client(&server)
        .await
        .download_data_from("orders", "0", CursorPosition::TrimHorizon)
        .max_fetch_bytes(4096);
    let (seen, end) = drain(&mut records).await;
    assert!(seen.is_empty());
    assert!(matches!(end, Some(Error::NoProgress { .. })), "{end:?}");
    empty.assert_calls(MAX_IDLE);
    expired.assert_calls(MAX_IDLE - 1);
    cursors.assert_calls(MAX_IDLE);
    assert_eq!(records.resume_position(), Some(CursorPosition::TrimHorizon));
}

#[tokio::test]
async fn renewals_in_a_row_are_bounded() {
    let server = MockServer::start_async().await;
    // Every cursor DIS hands out has expired by the time it is used.
    let cursors = cursor_mock(&server, &[("cursor-type", "TRIM_HORIZON")], "c0");
    let expired = failing_page(&server, "c0", "DIS.4225");
    let mut records = testing::client(&server)
        .await
        .download_data_from("orders", "0", CursorPosition::TrimHorizon)
        .max_fetch_bytes(4096);
    let (seen, end) = drain(&mut records).await;
    assert!(seen.is_empty());
    let err = end.expect("an error");
    assert_eq!(err.code(), Some("DIS.4225"));
    let renewals = Records::MAX_RENEWALS as usize;
    cursors.assert_calls(1 + renewals);
    expired.assert_calls(1 + renewals);
    assert_eq!(records.resume_position(), Some(CursorPosition::TrimHorizon));
}

#[tokio::test]
async fn a_renewal_that_fails_ends_with_its_error_and_the_resume_position() {
    let server = MockServer::start_async().await;
    cursor_mock(&server, &[("cursor-type", "TRIM_HORIZON")], "c0");
    page_mock(&server, "c0", page(&[("3", "a")], "c1", Some(9)));
    failing_page(&server, "c1", "DIS.4226");
    // The records after 3 have left the retention period: no cursor can resume after it.
    let renewal = server.mock(|when, then| {
        testing::exact_query(
            when.method(GET).path(testing::path("/cursors")),
            &[
                ("stream-name", "orders"),
                ("partition-id", "0"),
                ("cursor-type", "AFTER_SEQUENCE_NUMBER"),
                ("starting-sequence-number", "3"),
            ],
        );
        testing::dis_error(then, 400, "DIS.4224");
    });
    let mut records = testing::client(&server)
        .await
        .download_data_from("orders", "0", CursorPosition::TrimHorizon)
        .max_fetch_bytes(4096);
    let (seen, end) = drain(&mut records).await;
    assert_eq!(seen, ["3"]);
    assert_eq!(end.expect("an error").code(), Some("DIS.4224"));
    renewal.assert_calls(1);
    assert_eq!(records.resume_position(), after("3"));
}

#[tokio::test]
async fn a_download_from_a_cursor_reports_an_expired_cursor_and_where_to_resume() {
    let server = MockServer::start_async().await;
    page_mock(
        &server,
        "c0",
        page(&[("8", "a"), ("9", "b")], "c1", Some(9)),
    );
    let expired = failing_page(&server, "c1", "DIS.4225");
    let any_cursor = server.get_cursor(|when, then| {
        when.into_inner().path(testing::path("/cursors"));
        then.ok(&testing::cursor("x"));
    });
    let mut records = download(&server, "c0").await;
    let (seen, end) = drain(&mut records).await;
    assert_eq!(seen, ["8", "9"]);
    let err = end.expect("an error");
    assert!(otc_dis::needs_new_cursor(&err), "{err:?}");
    expired.assert_calls(1);
    any_cursor.assert_calls(0);
    assert_eq!(records.resume_position(), after("9"));
}

#[tokio::test]
async fn a_zero_poll_interval_is_refused() {
    let server = MockServer::start_async().await;
    let any = testing::any_request(&server);
    let mut records = testing::client(&server)
        .await
        .download_data("c0")
        .follow(Duration::ZERO);
    match records.next().await {
        Some(Err(Error::Validation(v))) => assert_eq!(v.field(), "poll_interval"),
        other => panic!("expected a validation error, got {other:?}"),
    }
    any.assert_calls(0);
}
