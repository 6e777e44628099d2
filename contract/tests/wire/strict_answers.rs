//! Answers of GetCursor and ShowCheckpoint are decoded strictly: the fields DIS always
//! sends are required, cursors have 1 to 512 characters, sequence numbers are decimal
//! (`-1` only for "no checkpoint"). (GetRecords: records_download.rs.)

use httpmock::prelude::*;
use otc_dis::{CursorPosition, Error};
use otc_dis_contract::testing;
use serde_json::{Value, json};

async fn get_cursor_answering(body: Value) -> otc_dis::Result<otc_dis::Cursor> {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        testing::exact_query(
            when.method(GET).path(testing::path("/cursors")),
            &[
                ("stream-name", "orders"),
                ("partition-id", "0"),
                ("cursor-type", "LATEST"),
            ],
        );
        then.status(200).json_body(body);
    });
    let result = testing::client(&server)
        .await
        .get_data_cursor("orders", "0", CursorPosition::Latest)
        .await;
    mock.assert_calls(1);
    result
}

fn assert_decode_error_naming(result: otc_dis::Result<impl std::fmt::Debug>, field: &str) {
    match result {
        Err(err @ Error::Decode { .. }) => {
            assert!(err.to_string().contains(field), "{field}: {err}")
        }
        other => panic!("expected a decode error naming {field}, got {other:?}"),
    }
}

#[tokio::test]
async fn get_cursor_requires_a_partition_cursor_of_1_to_512_characters() {
    assert_decode_error_naming(get_cursor_answering(json!({})).await, "partition_cursor");
    assert_decode_error_naming(
        get_cursor_answering(json!({"partition_cursor": null})).await,
        "partition_cursor",
    );
    assert_decode_error_naming(
        get_cursor_answering(json!({"partition_cursor": ""})).await,
        "partition_cursor",
    );
    assert_decode_error_naming(
        get_cursor_answering(json!({"partition_cursor": "c".repeat(513)})).await,
        "partition_cursor",
    );
    let longest = get_cursor_answering(json!({"partition_cursor": "c".repeat(512)}))
        .await
        .unwrap();
    assert_eq!(longest.as_str().len(), 512);
}

async fn get_checkpoint_answering(body: Value) -> otc_dis::Result<otc_dis::Checkpoint> {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        testing::exact_query(
            when.method(GET).path(testing::path("/checkpoints")),
            &[
                ("stream_name", "orders"),
                ("app_name", "billing"),
                ("partition_id", "0"),
                ("checkpoint_type", "LAST_READ"),
            ],
        );
        then.status(200).json_body(body);
    });
    let result = testing::client(&server)
        .await
        .get_checkpoint("orders", "billing", "0")
        .await;
    mock.assert_calls(1);
    result
}

#[tokio::test]
async fn get_checkpoint_requires_a_decimal_sequence_number_or_minus_one() {
    for body in [
        json!({}),
        json!({"metadata": "m"}),
        json!({"sequence_number": "not-a-number"}),
        json!({"sequence_number": "-2"}),
        json!({"sequence_number": -7}),
        json!({"sequence_number": ""}),
        json!({"sequence_number": "1e3"}),
    ] {
        assert_decode_error_naming(get_checkpoint_answering(body).await, "sequence_number");
    }
    for (body, expected) in [
        (json!({"sequence_number": "-1"}), "-1"),
        (json!({"sequence_number": -1}), "-1"),
        (json!({"sequence_number": "0"}), "0"),
        (
            json!({"sequence_number": 9_223_372_036_854_775_807i64, "metadata": "m"}),
            "9223372036854775807",
        ),
    ] {
        let checkpoint = get_checkpoint_answering(body.clone()).await.unwrap();
        assert_eq!(
            checkpoint.sequence_number.as_deref(),
            Some(expected),
            "{body}"
        );
    }
}

/// What one call makes of a malformed answer, as an error text when it failed.
type Outcome = std::result::Result<(), Error>;

async fn call(client: &otc_dis::Client, operation: &str) -> Outcome {
    use futures::TryStreamExt;
    match operation {
        "streams" => client.streams().try_collect::<Vec<_>>().await.map(drop),
        "get_stream" => client.get_stream("orders").await.map(drop),
        "apps" => client.apps().try_collect::<Vec<_>>().await.map(drop),
        "get_app" => client.get_app("a1").await.map(drop),
        "dump_tasks" => client
            .dump_tasks("orders")
            .try_collect::<Vec<_>>()
            .await
            .map(drop),
        "get_dump_task" => client.get_dump_task("orders", "t1").await.map(drop),
        "get_checkpoint" => client.get_checkpoint("orders", "a1", "0").await.map(drop),
        "get_data_cursor" => client
            .get_data_cursor("orders", "0", CursorPosition::TrimHorizon)
            .await
            .map(drop),
        "download_data" => client
            .download_data(otc_dis::Cursor::new("c1"))
            .try_collect::<Vec<_>>()
            .await
            .map(drop),
        other => unreachable!("no call for {other}"),
    }
}

/// A table of malformed answers: each call ends with a typed decode error, after one
/// request (decoding failures are not retried), within a bounded time.
#[tokio::test]
async fn malformed_answers_end_in_a_decode_error_after_one_request() {
    let long_cursor = "c".repeat(513);
    let record = |seq: Value| json!({"data": "aGk=", "sequence_number": seq});
    let cases: Vec<(&str, Value)> = vec![
        ("streams", json!({})),
        ("streams", json!({"has_more_streams": false})),
        ("get_stream", json!({})),
        ("apps", json!({})),
        ("get_app", json!({})),
        ("dump_tasks", json!({})),
        ("get_dump_task", json!({})),
        ("get_checkpoint", json!({})),
        ("get_checkpoint", json!({"sequence_number": "not-a-number"})),
        ("get_data_cursor", json!({})),
        ("get_data_cursor", json!({"partition_cursor": long_cursor})),
        ("download_data", json!({})),
        (
            "download_data",
            json!({"records": [record(json!("-1"))], "next_partition_cursor": "c2"}),
        ),
        (
            "download_data",
            json!({"records": [record(json!("not-a-number"))], "next_partition_cursor": "c2"}),
        ),
        (
            "download_data",
            json!({"records": [], "next_partition_cursor": long_cursor}),
        ),
    ];
    for (operation, body) in cases {
        let server = MockServer::start_async().await;
        let answer = server.mock(|_, then| {
            then.status(200).json_body(body.clone());
        });
        let client = testing::client(&server).await;
        let outcome =
            tokio::time::timeout(std::time::Duration::from_secs(10), call(&client, operation))
                .await
                .unwrap_or_else(|_| panic!("{operation} {body}: no end within 10 s"));
        assert!(
            matches!(outcome, Err(Error::Decode { .. })),
            "{operation} {body}: {outcome:?}"
        );
        assert_eq!(answer.calls(), 1, "{operation} {body}");
    }
}
