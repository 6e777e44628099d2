//! Answers of GetCursor and ShowCheckpoint are decoded strictly: the fields DIS always
//! sends are required, cursors have 1 to 512 characters, sequence numbers are decimal
//! (`-1` only for "no checkpoint"). (GetRecords: tests/records_download.rs.)

mod common;

use httpmock::prelude::*;
use otc_dis::{CursorPosition, Error};
use serde_json::{Value, json};

async fn get_cursor_answering(body: Value) -> otc_dis::Result<otc_dis::Cursor> {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        common::exact_query(
            when.method(GET).path(common::path("/cursors")),
            &[
                ("stream-name", "orders"),
                ("partition-id", "0"),
                ("cursor-type", "LATEST"),
            ],
        );
        then.status(200).json_body(body);
    });
    let result = common::client(&server)
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
        common::exact_query(
            when.method(GET).path(common::path("/checkpoints")),
            &[
                ("stream_name", "orders"),
                ("app_name", "billing"),
                ("partition_id", "0"),
                ("checkpoint_type", "LAST_READ"),
            ],
        );
        then.status(200).json_body(body);
    });
    let result = common::client(&server)
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
