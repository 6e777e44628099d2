//! Dump tasks against a mock DIS: exact requests, decoded answers, paging, not-found
//! handling and refused input.

use futures::TryStreamExt;
use httpmock::{Method::*, MockServer};
use otc_dis::{
    DumpDestinationType, DumpTaskState, Error, RecordDelimiter, RecordTimestamp, TimestampFormat,
    types::{self, ConsumerStrategy, DestinationFileType, PartitionFormat},
};
use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;
use otc_dis_contract::testing::{FailingCall, assert_failing_calls, dis_error};
use serde_json::json;

const TASKS: &str = "/streams/clicks/transfer-tasks";

fn task(name: &str) -> types::TransferTask {
    types::TransferTask {
        task_id: format!("id-{name}"),
        task_name: name.into(),
        destination_type: "OBS".into(),
        state: "RUNNING".into(),
        create_time: 1606554932552,
        last_transfer_timestamp: Some(1606984428612),
    }
}

/// A page of `GET /transfer-tasks` with these tasks and nothing else.
fn tasks_page(tasks: Vec<types::TransferTask>) -> types::ListTransferTasksResponse {
    types::ListTransferTasksResponse {
        tasks,
        total_number: None,
        quota: None,
    }
}

/// The details of a dump task of `clicks`, without the optional ones.
fn task_details(
    name: &str,
    id: &str,
    destination_type: &str,
    state: &str,
    create_time: i64,
) -> types::builder::ShowTransferTaskResponse {
    types::ShowTransferTaskResponse::builder()
        .stream_name("clicks")
        .task_name(name)
        .task_id(id)
        .destination_type(destination_type)
        .state(state)
        .create_time(create_time)
}

/// A partition of a dump task, without progress.
fn task_partition(id: &str, state: &str) -> types::PartitionTransferResult {
    types::PartitionTransferResult {
        partition_id: id.into(),
        state: state.into(),
        discard: None,
        last_transfer_timestamp: None,
        last_transfer_offset: None,
    }
}

fn names(tasks: &[otc_dis::DumpTask]) -> Vec<&str> {
    tasks.iter().map(|t| t.task_name.as_str()).collect()
}

#[tokio::test]
async fn create_dump_task_sends_every_obs_field() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path(testing::path(TASKS))
            .is_true(testing::query_is(&[]))
            .json_body(json!({
                "destination_type": "OBS",
                "obs_destination_descriptor": {
                    "task_name": "clicks_to_obs",
                    "agency_name": "dis_admin_agency",
                    "obs_bucket_path": "my-bucket",
                    "deliver_time_interval": 60,
                    "consumer_strategy": "TRIM_HORIZON",
                    "file_prefix": "raw/clicks",
                    "partition_format": "yyyy/MM/dd/HH",
                    "destination_file_type": "text",
                    "processing_schema": {
                        "timestamp_name": "event_time",
                        "timestamp_type": "String",
                        "timestamp_format": "yyyy-MM-dd HH:mm:ss"
                    },
                    "record_delimiter": "|"
                }
            }));
        then.status(201);
    });
    testing::client(&server)
        .await
        .create_dump_task("clicks", "clicks_to_obs", "my-bucket", "dis_admin_agency")
        .deliver_time_interval(60)
        .consumer_strategy(ConsumerStrategy::TrimHorizon)
        .file_prefix("raw/clicks")
        .partition_format(PartitionFormat::YyyyMmDdHh)
        .destination_file_type(DestinationFileType::Text)
        .processing_schema(RecordTimestamp::formatted(
            "event_time",
            TimestampFormat::DashYmd,
        ))
        .record_delimiter(RecordDelimiter::Pipe)
        .send()
        .await
        .expect("created");
    mock.assert();
}

#[tokio::test]
async fn create_dump_task_sends_the_default_interval_and_only_set_fields() {
    let server = MockServer::start_async().await;
    let mock =
        server.mock(|when, then| {
            when.method(POST).path(testing::path(TASKS)).json_body(json!({
            "destination_type": "OBS",
            "obs_destination_descriptor": {
                "task_name": "t1",
                "agency_name": "agency",
                "obs_bucket_path": "bucket",
                "deliver_time_interval": 300,
                "processing_schema": {"timestamp_name": "ts", "timestamp_type": "Timestamp"},
                "record_delimiter": "\n"
            }
        }));
            then.status(201);
        });
    testing::client(&server)
        .await
        .create_dump_task("clicks", "t1", "bucket", "agency")
        .processing_schema(RecordTimestamp::epoch_millis("ts"))
        .record_delimiter(RecordDelimiter::Newline)
        .send()
        .await
        .expect("created");
    mock.assert();
}

#[tokio::test]
async fn create_dump_task_refuses_bad_input_without_sending() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(201);
    });
    let client = testing::client(&server).await;
    let new = || client.create_dump_task("clicks", "t1", "bucket", "agency");
    let cases = [
        ("deliver_time_interval", new().deliver_time_interval(29)),
        ("deliver_time_interval", new().deliver_time_interval(901)),
        ("file_prefix", new().file_prefix("p".repeat(51))),
        ("file_prefix", new().file_prefix("/absolute")),
        (
            "processing_schema.timestamp_name",
            new().processing_schema(RecordTimestamp::epoch_millis("")),
        ),
        (
            "task_name",
            client.create_dump_task("clicks", "to/obs", "bucket", "agency"),
        ),
        (
            "stream_name",
            client.create_dump_task("bad name", "t1", "bucket", "agency"),
        ),
        (
            "obs_bucket_path",
            client.create_dump_task("clicks", "t1", "", "agency"),
        ),
        (
            "agency_name",
            client.create_dump_task("clicks", "t1", "bucket", ""),
        ),
        (
            "agency_name",
            client.create_dump_task("clicks", "t1", "bucket", "a".repeat(65)),
        ),
    ];
    for (field, builder) in cases {
        match builder.send().await {
            Err(Error::Validation(v)) => assert_eq!(v.field(), field, "{v}"),
            other => panic!("{field}: expected a validation error, got {other:?}"),
        }
    }
    // The limits themselves are accepted.
    mock.assert_calls(0);
    for interval in [30, 900] {
        new()
            .deliver_time_interval(interval)
            .file_prefix("p".repeat(50))
            .send()
            .await
            .expect("in range");
    }
    mock.assert_calls(2);
}

#[tokio::test]
async fn dump_tasks_without_page_size_sends_one_documented_request() {
    let server = MockServer::start_async().await;
    let mock = server.list_transfer_tasks(|when, then| {
        when.into_inner()
            .path(testing::path(TASKS))
            .is_true(testing::query_is(&[]));
        then.ok(&types::ListTransferTasksResponse {
            total_number: Some(3),
            quota: Some(5),
            tasks: vec![task("a"), task("b"), task("c")],
        });
    });
    let tasks: Vec<_> = testing::client(&server)
        .await
        .dump_tasks("clicks")
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names(&tasks), ["a", "b", "c"]);
    assert_eq!(tasks[1].task_id, "id-b");
    assert_eq!(tasks[1].state, DumpTaskState::Running);
    assert_eq!(tasks[1].destination_type, DumpDestinationType::Obs);
    assert_eq!(tasks[1].create_time, 1606554932552);
    assert_eq!(tasks[1].last_transfer_timestamp, Some(1606984428612));
    mock.assert_calls(1);
}

#[tokio::test]
async fn dump_tasks_pages_with_limit_and_start_task_name_while_pages_are_full() {
    let server = MockServer::start_async().await;
    let page = |query: &'static [(&'static str, &'static str)], tasks| {
        server.list_transfer_tasks(move |when, then| {
            when.into_inner()
                .path(testing::path(TASKS))
                .is_true(testing::query_is(query));
            then.ok(&types::ListTransferTasksResponse {
                total_number: Some(5),
                ..tasks_page(tasks)
            });
        })
    };
    let first = page(&[("limit", "2")], vec![task("a"), task("b")]);
    let second = page(
        &[("limit", "2"), ("start_task_name", "b")],
        vec![task("c"), task("d")],
    );
    let third = page(&[("limit", "2"), ("start_task_name", "d")], vec![task("e")]);
    let tasks: Vec<_> = testing::client(&server)
        .await
        .dump_tasks("clicks")
        .page_size(2)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names(&tasks), ["a", "b", "c", "d", "e"]);
    first.assert_calls(1);
    second.assert_calls(1);
    third.assert_calls(1);
}

#[tokio::test]
async fn dump_tasks_end_with_an_error_when_the_server_repeats_a_page() {
    let server = MockServer::start_async().await;
    // A server that ignores `start_task_name` would otherwise be asked forever.
    let mock = server.list_transfer_tasks(|when, then| {
        when.into_inner().path(testing::path(TASKS));
        then.ok(&tasks_page(vec![task("a"), task("b")]));
    });
    let client = testing::client(&server).await;
    let (tasks, end) = testing::items_and_end(client.dump_tasks("clicks").page_size(2)).await;
    // The repeated page is not yielded a second time; the listing ends with an error.
    assert_eq!(names(&tasks), ["a", "b"]);
    assert!(
        matches!(end, Some(otc_dis::Error::NoProgress { .. })),
        "{end:?}"
    );
    mock.assert_calls(2);
}

#[tokio::test]
async fn dump_tasks_takes_a_page_larger_than_the_limit_as_the_whole_list() {
    let server = MockServer::start_async().await;
    // A server that ignores the undocumented `limit` answers with every task at once.
    let mock = server.list_transfer_tasks(|when, then| {
        when.into_inner()
            .path(testing::path(TASKS))
            .is_true(testing::query_is(&[("limit", "2")]));
        then.ok(&tasks_page(vec![task("a"), task("b"), task("c")]));
    });
    let tasks: Vec<_> = testing::client(&server)
        .await
        .dump_tasks("clicks")
        .page_size(2)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names(&tasks), ["a", "b", "c"]);
    mock.assert_calls(1);
}

#[tokio::test]
async fn dump_tasks_start_after_sends_only_the_marker() {
    let server = MockServer::start_async().await;
    let mock = server.list_transfer_tasks(|when, then| {
        when.into_inner()
            .path(testing::path(TASKS))
            .is_true(testing::query_is(&[("start_task_name", "b")]));
        then.ok(&tasks_page(vec![task("c")]));
    });
    let tasks: Vec<_> = testing::client(&server)
        .await
        .dump_tasks("clicks")
        .start_after("b")
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names(&tasks), ["c"]);
    mock.assert_calls(1);
}

#[tokio::test]
async fn dump_tasks_refuses_bad_options_without_sending() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body_obj(&tasks_page(Vec::new()));
    });
    let client = testing::client(&server).await;
    for (field, listing) in [
        ("limit", client.dump_tasks("clicks").page_size(0)),
        ("stream_name", client.dump_tasks("")),
    ] {
        let result: Result<Vec<_>, _> = listing.try_collect().await;
        match result {
            Err(Error::Validation(v)) => assert_eq!(v.field(), field),
            other => panic!("expected a validation error, got {other:?}"),
        }
    }
    mock.assert_calls(0);
}

#[tokio::test]
async fn get_dump_task_decodes_the_details() {
    let server = MockServer::start_async().await;
    let details = task_details(
        "newtask",
        "As805BudhcH1lDs6gbn",
        "OBS",
        "RUNNING",
        1606554932552,
    )
    .stream_id("RdMFID6edQdf8eDzc9e".to_owned())
    .last_transfer_timestamp(1606984428612)
    .obs_destination_description(types::ObsDestinationDescription {
        agency_name: "dis_admin_agency".into(),
        file_prefix: Some(String::new()),
        partition_format: Some("yyyy/MM/dd".into()),
        obs_bucket_path: "obsbucket".into(),
        deliver_time_interval: 60,
        consumer_strategy: Some("LATEST".into()),
        // A JSON number, as DIS sends it.
        retry_duration: Some(types::LenientString::Int64(0)),
        destination_file_type: Some("text".into()),
        record_delimiter: Some(String::new()),
        processing_schema: None,
        task_name: None,
    })
    .partitions(vec![types::PartitionTransferResult {
        discard: Some(0),
        last_transfer_timestamp: Some(1606984428612),
        last_transfer_offset: Some(289897),
        ..task_partition("shardId-0000000000", "RUNNING")
    }])
    .try_into()
    .unwrap();
    let mock = server.show_transfer_task(|when, then| {
        when.into_inner()
            .path(testing::path("/streams/clicks/transfer-tasks/newtask"))
            .is_true(testing::query_is(&[]));
        then.ok(&details);
    });
    let task = testing::client(&server)
        .await
        .get_dump_task("clicks", "newtask")
        .await
        .unwrap();
    mock.assert();
    assert_eq!(task.stream_name, "clicks");
    assert_eq!(task.stream_id.as_deref(), Some("RdMFID6edQdf8eDzc9e"));
    assert_eq!(task.task.task_name, "newtask");
    assert_eq!(task.task.task_id, "As805BudhcH1lDs6gbn");
    assert_eq!(task.task.state, DumpTaskState::Running);
    assert_eq!(task.task.destination_type, DumpDestinationType::Obs);
    assert_eq!(task.task.create_time, 1606554932552);
    assert_eq!(task.task.last_transfer_timestamp, Some(1606984428612));
    let obs = task.obs_destination.expect("OBS settings");
    assert_eq!(obs.obs_bucket_path, "obsbucket");
    assert_eq!(obs.agency_name, "dis_admin_agency");
    assert_eq!(obs.deliver_time_interval, 60);
    assert_eq!(obs.file_prefix.as_deref(), Some(""));
    assert_eq!(obs.partition_format.as_deref(), Some("yyyy/MM/dd"));
    assert_eq!(obs.consumer_strategy.as_deref(), Some("LATEST"));
    assert_eq!(obs.destination_file_type.as_deref(), Some("text"));
    assert_eq!(obs.record_delimiter.as_deref(), Some(""));
    assert_eq!(obs.retry_duration.as_deref(), Some("0"));
    let partition = &task.partitions[0];
    assert_eq!(partition.partition_id, "shardId-0000000000");
    assert_eq!(partition.state, DumpTaskState::Running);
    assert_eq!(partition.discarded_records, Some(0));
    assert_eq!(partition.last_transfer_timestamp, Some(1606984428612));
    assert_eq!(partition.last_transfer_offset, Some(289897));
}

#[tokio::test]
async fn get_dump_task_keeps_undocumented_states_and_a_task_without_progress() {
    let server = MockServer::start_async().await;
    let details = task_details("fresh", "id-fresh", "KAFKA", "MIGRATING", 1606554932552)
        .partitions(vec![task_partition("3", "WAITING")])
        .try_into()
        .unwrap();
    server.show_transfer_task(|when, then| {
        when.into_inner()
            .path(testing::path("/streams/clicks/transfer-tasks/fresh"));
        then.ok(&details);
    });
    let task = testing::client(&server)
        .await
        .get_dump_task("clicks", "fresh")
        .await
        .unwrap();
    assert_eq!(task.task.state, DumpTaskState::Other("MIGRATING".into()));
    assert_eq!(
        task.task.destination_type,
        DumpDestinationType::Other("KAFKA".into())
    );
    assert_eq!(task.task.last_transfer_timestamp, None);
    assert_eq!(task.stream_id, None);
    assert_eq!(task.obs_destination, None);
    let partition = &task.partitions[0];
    assert_eq!(partition.partition_id, "3");
    assert_eq!(partition.state.as_str(), "WAITING");
    assert_eq!(
        (partition.discarded_records, partition.last_transfer_offset),
        (None, None)
    );
}

#[tokio::test]
async fn get_dump_task_refuses_a_partition_id_that_is_not_a_shard_id() {
    let server = MockServer::start_async().await;
    let details = task_details("t1", "id-t1", "OBS", "RUNNING", 1)
        .partitions(vec![task_partition("partition-0", "RUNNING")])
        .try_into()
        .unwrap();
    server.show_transfer_task(|when, then| {
        when.into_inner()
            .path(testing::path("/streams/clicks/transfer-tasks/t1"));
        then.ok(&details);
    });
    let err = testing::client(&server)
        .await
        .get_dump_task("clicks", "t1")
        .await
        .unwrap_err();
    match err {
        Error::Decode { message, .. } => assert_eq!(
            message,
            "dump task \"t1\", partition \"partition-0\": partitionId \"partition-0\" is neither shardId-<digits> nor <digits>"
        ),
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn an_empty_answer_is_a_decode_error_not_an_empty_success() {
    let server = MockServer::start_async().await;
    let list = server.mock(|when, then| {
        when.method(GET).path(testing::path(TASKS));
        then.status(200).json_body(json!({}));
    });
    let show = server.mock(|when, then| {
        when.method(GET)
            .path(testing::path("/streams/clicks/transfer-tasks/t1"));
        then.status(200).json_body(json!({}));
    });
    let without_id = server.mock(|when, then| {
        when.method(GET)
            .path(testing::path("/streams/other/transfer-tasks"));
        then.status(200).json_body(json!({"tasks": [{
            "task_name": "t2", "destination_type": "OBS", "state": "RUNNING", "create_time": 1
        }]}));
    });
    let client = testing::client(&server).await;
    let results = [
        (
            "tasks",
            client
                .dump_tasks("clicks")
                .try_collect::<Vec<_>>()
                .await
                .map(|_| ()),
        ),
        (
            "create_time",
            client.get_dump_task("clicks", "t1").await.map(|_| ()),
        ),
        (
            "task_id",
            client
                .dump_tasks("other")
                .try_collect::<Vec<_>>()
                .await
                .map(|_| ()),
        ),
    ];
    for (missing, result) in results {
        match result {
            Err(Error::Decode { message, .. }) => assert!(
                message.contains(&format!("missing field `{missing}`")),
                "{message}"
            ),
            other => panic!("expected a decode error naming {missing}, got {other:?}"),
        }
    }
    list.assert_calls(1);
    show.assert_calls(1);
    without_id.assert_calls(1);
}

#[tokio::test]
async fn delete_dump_task_sends_a_delete() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(DELETE)
            .path(testing::path("/streams/clicks/transfer-tasks/t1"))
            .is_true(testing::query_is(&[]));
        then.status(204);
    });
    testing::client(&server)
        .await
        .delete_dump_task("clicks", "t1", false)
        .await
        .unwrap();
    mock.assert();
}

#[tokio::test]
async fn delete_dump_task_ignore_missing_covers_dis_4354_and_404() {
    for (status, code) in [(400, Some("DIS.4354")), (404, None)] {
        let server = MockServer::start_async().await;
        let mock = server.mock(|when, then| {
            when.method(DELETE)
                .path(testing::path("/streams/clicks/transfer-tasks/gone"));
            match code {
                Some(code) => dis_error(then, status, code),
                // Raw JSON: a 404 whose body has neither shape of error.
                None => then.status(status).json_body(json!({})),
            };
        });
        let client = testing::client(&server).await;
        client
            .delete_dump_task("clicks", "gone", true)
            .await
            .unwrap_or_else(|e| panic!("HTTP {status} should be ignored: {e:?}"));
        let err = client
            .delete_dump_task("clicks", "gone", false)
            .await
            .unwrap_err();
        assert!(matches!(err, Error::NotFound(_)), "{err:?}");
        mock.assert_calls(2);
    }
}

async fn expect_action(action: &str, ids: &[&str], call: impl AsyncFnOnce(otc_dis::Client)) {
    let server = MockServer::start_async().await;
    let tasks: Vec<_> = ids.iter().map(|id| json!({"id": id})).collect();
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path(testing::path("/streams/clicks/transfer-tasks/action"))
            .is_true(testing::query_is(&[]))
            .json_body(json!({"action": action, "tasks": tasks}));
        then.status(200);
    });
    call(testing::client(&server).await).await;
    mock.assert_calls(1);
}

#[tokio::test]
async fn start_dump_task_sends_one_id_as_one_task() {
    expect_action("start", &["As805BudhcH1lDs6gbn"], async |client| {
        client
            .start_dump_task("clicks", ["As805BudhcH1lDs6gbn"])
            .await
            .unwrap();
    })
    .await;
}

#[tokio::test]
async fn start_dump_task_sends_three_ids_in_one_request() {
    expect_action("start", &["id-1", "id-2", "id-3"], async |client| {
        let ids = vec!["id-1".to_owned(), "id-2".to_owned(), "id-3".to_owned()];
        client.start_dump_task("clicks", &ids).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn pause_dump_task_sends_one_id_as_one_task() {
    expect_action("stop", &["As805BudhcH1lDs6gbn"], async |client| {
        client
            .pause_dump_task("clicks", vec!["As805BudhcH1lDs6gbn"])
            .await
            .unwrap();
    })
    .await;
}

#[tokio::test]
async fn pause_dump_task_sends_three_ids_in_one_request() {
    expect_action("stop", &["id-1", "id-2", "id-3"], async |client| {
        let ids = (1..=3).map(|i| format!("id-{i}"));
        client.pause_dump_task("clicks", ids).await.unwrap();
    })
    .await;
}

#[tokio::test]
async fn start_and_pause_refuse_an_empty_or_blank_id_list_without_sending() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(200);
    });
    let client = testing::client(&server).await;
    let none: [&str; 0] = [];
    let results = [
        ("tasks", client.start_dump_task("clicks", none).await),
        (
            "tasks",
            client.pause_dump_task("clicks", Vec::<String>::new()).await,
        ),
        (
            "tasks.id",
            client.start_dump_task("clicks", ["id-1", ""]).await,
        ),
        ("stream_name", client.pause_dump_task("", ["id-1"]).await),
    ];
    for (field, result) in results {
        match result {
            Err(Error::Validation(v)) => assert_eq!(v.field(), field),
            other => panic!("expected a validation error for {field}, got {other:?}"),
        }
    }
    mock.assert_calls(0);
}

#[tokio::test]
async fn failed_dump_task_calls_return_the_kind_of_their_dis_error() {
    assert_failing_calls([
        FailingCall {
            case: "creating a task whose name exists",
            method: POST,
            path: TASKS,
            status: 400,
            code: "DIS.4355",
            call: |c| {
                Box::pin(
                    c.create_dump_task("clicks", "t1", "bucket", "agency")
                        .send(),
                )
            },
            kind: |e| matches!(e, Error::AlreadyExists(_)),
            requests: 1,
        },
        FailingCall {
            case: "describing a missing task",
            method: GET,
            path: "/streams/clicks/transfer-tasks/gone",
            status: 400,
            code: "DIS.4354",
            call: |c| Box::pin(async move { c.get_dump_task("clicks", "gone").await.map(drop) }),
            kind: |e| matches!(e, Error::NotFound(_)),
            requests: 1,
        },
        FailingCall {
            case: "deleting with ignore-missing, failing otherwise",
            method: DELETE,
            path: "/streams/clicks/transfer-tasks/t1",
            status: 400,
            code: "DIS.4200",
            call: |c| Box::pin(c.delete_dump_task("clicks", "t1", true)),
            kind: |e| matches!(e, Error::InvalidRequest(_)),
            requests: 1,
        },
    ])
    .await;
}
