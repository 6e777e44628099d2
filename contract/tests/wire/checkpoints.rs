//! Wire tests of the checkpoint methods against httpmock.

use httpmock::{
    Method::{DELETE, GET, POST},
    MockServer,
};
use otc_dis::{
    Checkpoint, Error,
    types::{CheckpointType, LenientString, ShowCheckpointResponse},
};
use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;
use otc_dis_contract::testing::{
    FailingCall, any_request, assert_failing_calls, exact_query, path,
};
use serde_json::json;

#[tokio::test]
async fn create_checkpoint_posts_the_required_fields_with_last_read() {
    let server = MockServer::start_async().await;
    let commit = server.mock(|when, then| {
        exact_query(when.method(POST).path(path("/checkpoints")), &[]).json_body(json!({
            "app_name": "billing",
            "stream_name": "orders",
            "partition_id": "shardId-0000000000",
            "sequence_number": "1042",
            "checkpoint_type": "LAST_READ",
        }));
        then.status(201);
    });

    let client = testing::client(&server).await;
    client
        .create_checkpoint("orders", "billing", "shardId-0000000000", "1042")
        .send()
        .await
        .unwrap();

    commit.assert_calls(1);
}

#[tokio::test]
async fn create_checkpoint_sends_metadata_and_the_chosen_type() {
    let server = MockServer::start_async().await;
    let metadata = "m".repeat(1000);
    let commit = server.mock(|when, then| {
        when.method(POST)
            .path(path("/checkpoints"))
            .json_body(json!({
                "app_name": "billing",
                "stream_name": "orders",
                "partition_id": "0",
                "sequence_number": "7",
                "checkpoint_type": "LAST_READ",
                "metadata": metadata,
            }));
        then.status(201);
    });

    let client = testing::client(&server).await;
    client
        .create_checkpoint("orders", "billing", "0", "7")
        .checkpoint_type(CheckpointType::LastRead)
        .metadata("m".repeat(1000))
        .send()
        .await
        .unwrap();

    commit.assert_calls(1);
}

#[tokio::test]
async fn create_checkpoint_refuses_bad_input_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;

    let cases = [
        (
            client
                .create_checkpoint("orders", "billing", "0", "7")
                .metadata("m".repeat(1001)),
            "metadata",
        ),
        (
            client.create_checkpoint("bad name", "billing", "0", "7"),
            "stream_name",
        ),
        (client.create_checkpoint("orders", "", "0", "7"), "app_name"),
        (
            client.create_checkpoint("orders", "billing", "shard-0", "7"),
            "partition_id",
        ),
    ];
    for (commit, field) in cases {
        let err = commit.send().await.unwrap_err();
        assert!(
            matches!(err, Error::Validation(ref v) if v.field() == field),
            "{field}: {err:?}"
        );
    }
    anything.assert_calls(0);
}

#[tokio::test]
async fn get_checkpoint_sends_all_four_query_parameters() {
    let server = MockServer::start_async().await;
    let show = server.show_checkpoint(|when, then| {
        exact_query(
            when.into_inner().path(path("/checkpoints")),
            &[
                ("stream_name", "orders"),
                ("app_name", "billing"),
                ("partition_id", "shardId-0000000001"),
                ("checkpoint_type", "LAST_READ"),
            ],
        );
        then.ok(&ShowCheckpointResponse {
            sequence_number: LenientString::String("1042".into()),
            metadata: Some("worker-3".into()),
        });
    });

    let client = testing::client(&server).await;
    let checkpoint: Checkpoint = client
        .get_checkpoint("orders", "billing", "shardId-0000000001")
        .await
        .unwrap();

    assert_eq!(checkpoint.sequence_number.as_deref(), Some("1042"));
    assert_eq!(checkpoint.metadata.as_deref(), Some("worker-3"));
    show.assert_calls(1);
}

#[tokio::test]
async fn get_checkpoint_reads_a_numeric_sequence_number_with_the_chosen_type() {
    let server = MockServer::start_async().await;
    let show = server.show_checkpoint(|when, then| {
        exact_query(
            when.into_inner().path(path("/checkpoints")),
            &[
                ("stream_name", "orders"),
                ("app_name", "billing"),
                ("partition_id", "0"),
                ("checkpoint_type", "LAST_READ"),
            ],
        );
        // A JSON number, as DIS sends "no checkpoint".
        then.ok(&ShowCheckpointResponse {
            sequence_number: LenientString::Int64(-1),
            metadata: None,
        });
    });

    let client = testing::client(&server).await;
    let checkpoint = client
        .get_checkpoint("orders", "billing", "0")
        .checkpoint_type(CheckpointType::LastRead)
        .send()
        .await
        .unwrap();

    assert_eq!(checkpoint.sequence_number.as_deref(), Some("-1"));
    assert_eq!(checkpoint.metadata, None);
    show.assert_calls(1);
}

#[tokio::test]
async fn delete_checkpoint_of_one_partition() {
    let server = MockServer::start_async().await;
    let delete = server.mock(|when, then| {
        exact_query(
            when.method(DELETE).path(path("/checkpoints")),
            &[
                ("stream_name", "orders"),
                ("app_name", "billing"),
                ("checkpoint_type", "LAST_READ"),
                ("partition_id", "0"),
            ],
        );
        then.status(204);
    });

    let client = testing::client(&server).await;
    client
        .delete_checkpoint("orders", "billing", Some("0"))
        .await
        .unwrap();

    delete.assert_calls(1);
}

#[tokio::test]
async fn delete_checkpoint_of_every_partition_omits_partition_id() {
    let server = MockServer::start_async().await;
    let delete = server.mock(|when, then| {
        exact_query(
            when.method(DELETE).path(path("/checkpoints")),
            &[
                ("stream_name", "orders"),
                ("app_name", "billing"),
                ("checkpoint_type", "LAST_READ"),
            ],
        );
        then.status(204);
    });

    let client = testing::client(&server).await;
    client
        .delete_checkpoint("orders", "billing", None)
        .checkpoint_type(CheckpointType::LastRead)
        .send()
        .await
        .unwrap();

    delete.assert_calls(1);
}

#[tokio::test]
async fn create_checkpoint_refuses_sequence_numbers_dis_refuses_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;

    let refused = [
        "abc",
        "",
        " ",
        "1e3",
        "-1",
        "+1",
        " 7",
        "7 ",
        "1.0",
        "9223372036854775808",
        "99999999999999999999",
    ];
    for sequence_number in refused {
        let err = client
            .create_checkpoint("orders", "billing", "0", sequence_number)
            .send()
            .await
            .unwrap_err();
        match err {
            Error::Validation(v) => {
                assert_eq!(v.field(), "sequence_number", "{sequence_number:?}: {v}");
                assert_eq!(
                    v.problem(),
                    format!(
                        "must be a decimal number 0..=9223372036854775807, got {sequence_number:?}"
                    )
                );
            }
            other => panic!("{sequence_number:?}: expected a validation error, got {other:?}"),
        }
    }
    anything.assert_calls(0);
}

#[tokio::test]
async fn create_checkpoint_sends_the_edges_of_the_sequence_number_range() {
    let server = MockServer::start_async().await;
    let client = testing::client(&server).await;
    for sequence_number in ["0", "9223372036854775807"] {
        let commit = server.mock(|when, then| {
            when.method(POST)
                .path(path("/checkpoints"))
                .json_body(json!({
                    "app_name": "billing",
                    "stream_name": "orders",
                    "partition_id": "0",
                    "sequence_number": sequence_number,
                    "checkpoint_type": "LAST_READ",
                }));
            then.status(201);
        });
        client
            .create_checkpoint("orders", "billing", "0", sequence_number)
            .send()
            .await
            .unwrap();
        commit.assert_calls(1);
    }
}

#[tokio::test]
async fn get_and_delete_checkpoint_refuse_bad_input_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;

    let cases = [
        (
            client
                .get_checkpoint("orders", "billing", "zero")
                .await
                .map(drop),
            "partition_id",
        ),
        (
            client
                .delete_checkpoint("orders", "billing", Some(""))
                .await,
            "partition_id",
        ),
        (
            client.delete_checkpoint("orders", "a b", None).await,
            "app_name",
        ),
    ];
    for (result, field) in cases {
        assert!(
            matches!(result, Err(Error::Validation(ref v)) if v.field() == field),
            "{field}: {result:?}"
        );
    }
    anything.assert_calls(0);
}

#[tokio::test]
async fn failed_checkpoint_calls_return_the_kind_of_their_dis_error() {
    assert_failing_calls([
        FailingCall {
            case: "committing an out-of-range sequence number",
            method: POST,
            path: "/checkpoints",
            status: 400,
            code: "DIS.4224",
            call: |c| {
                Box::pin(
                    c.create_checkpoint("orders", "billing", "0", "99999")
                        .send(),
                )
            },
            kind: |e| matches!(e, Error::InvalidRequest(_)),
            requests: 1,
        },
        FailingCall {
            case: "the checkpoint of a missing app",
            method: GET,
            path: "/checkpoints",
            status: 400,
            code: "DIS.4332",
            call: |c| {
                Box::pin(async move { c.get_checkpoint("orders", "gone", "0").await.map(drop) })
            },
            kind: |e| matches!(e, Error::NotFound(_)),
            requests: 1,
        },
        FailingCall {
            case: "deleting the checkpoints of a missing stream",
            method: DELETE,
            path: "/checkpoints",
            status: 400,
            code: "DIS.4301",
            call: |c| Box::pin(async move { c.delete_checkpoint("gone", "billing", None).await }),
            kind: |e| matches!(e, Error::NotFound(_)),
            requests: 1,
        },
    ])
    .await;
}
