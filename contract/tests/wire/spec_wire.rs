//! The generated bindings put the reference's example requests on the wire exactly:
//! method, path, query names and values, and body (the example plus the defaults the
//! spec declares, which the generated types always send).

use httpmock::Method::{DELETE, GET, POST, PUT};
use otc_dis::types;
use otc_dis_contract::testing;
use serde_json::{Map, Value};

fn spec() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/dis-v2.yaml"))
        .unwrap();
    serde_saphyr::from_str(&text).unwrap()
}

fn operation<'a>(spec: &'a Value, id: &str) -> &'a Value {
    spec["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .find(|op| op["operationId"] == id)
        .unwrap_or_else(|| panic!("no operation {id}"))
}

/// The request example of an operation, and the body the client must send for it.
fn example(id: &str) -> (Value, Value) {
    let spec = spec();
    let media = &operation(&spec, id)["requestBody"]["content"]["application/json"];
    let example = media["example"].clone();
    assert!(example.is_object(), "{id} has a request example");
    let mut expected = example.clone();
    with_defaults(&spec, &media["schema"], &mut expected);
    (example, expected)
}

fn resolve<'a>(spec: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str() {
        Some(r) => &spec["components"]["schemas"][r.trim_start_matches("#/components/schemas/")],
        None => schema,
    }
}

/// Adds the declared defaults of absent properties, recursively.
fn with_defaults(spec: &Value, schema: &Value, value: &mut Value) {
    let schema = resolve(spec, schema);
    match value {
        Value::Object(map) => {
            for (name, prop) in schema["properties"].as_object().unwrap_or(&Map::new()) {
                let prop_schema = resolve(spec, prop);
                match map.get_mut(name) {
                    Some(v) => with_defaults(spec, prop, v),
                    None => {
                        if let Some(d) = prop.get("default").or(prop_schema.get("default")) {
                            map.insert(name.clone(), d.clone());
                        }
                    }
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|v| with_defaults(spec, &schema["items"], v)),
        _ => {}
    }
}

#[tokio::test]
async fn create_stream_sends_the_reference_example() {
    let server = httpmock::MockServer::start_async().await;
    let (example, expected) = example("create_stream");
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path(testing::path("/streams"))
            .header("content-type", "application/json")
            .json_body(expected);
        then.status(201);
    });
    let body: types::CreateStreamRequest = serde_json::from_value(example).unwrap();
    let client = testing::client(&server).await;
    let answer = client
        .raw()
        .create_stream()
        .project_id(testing::PROJECT)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 201);
    mock.assert();
}

#[tokio::test]
async fn list_and_show_stream_send_the_paging_queries() {
    let server = httpmock::MockServer::start_async().await;
    let list = server.mock(|when, then| {
        testing::exact_query(when.method(GET).path(testing::path("/streams")), &[("limit", "10"), ("start_stream_name", "a")]);
        then.status(200).json_body(serde_json::json!({"total_number": 1, "stream_names": ["b"], "has_more_streams": false, "stream_info_list": [{
            "stream_id": "id-b", "stream_name": "b", "create_time": 1, "retention_period": 24, "status": "RUNNING",
            "stream_type": "COMMON", "data_type": "BLOB", "partition_count": 3, "auto_scale_enabled": false,
            "auto_scale_min_partition_count": 0, "auto_scale_max_partition_count": 0
        }]}));
    });
    let show = server.mock(|when, then| {
        testing::exact_query(
            when.method(GET).path(testing::path("/streams/s1")),
            &[("start_partitionId", "shardId-0000000001"), ("limit_partitions", "2")],
        );
        then.status(200).json_body(serde_json::json!({
            "stream_id": "id-s1", "stream_name": "s1", "create_time": 1, "retention_period": 24, "status": "RUNNING",
            "stream_type": "COMMON", "data_type": "BLOB", "writable_partition_count": 1, "readable_partition_count": 1,
            "auto_scale_enabled": false, "auto_scale_min_partition_count": 0, "auto_scale_max_partition_count": 0,
            "partitions": [{"partition_id": "shardId-0000000002", "status": "ACTIVE", "hash_range": "[0 : 9]", "sequence_number_range": "[0 : 0]"}],
            "has_more_partitions": false
        }));
    });
    let client = testing::client(&server).await;
    let page = client
        .raw()
        .list_streams()
        .project_id(testing::PROJECT)
        .limit(10)
        .start_stream_name("a")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(page.stream_info_list[0].partition_count, 3);
    let stream = client
        .raw()
        .show_stream()
        .project_id(testing::PROJECT)
        .stream_name("s1")
        .start_partition_id("shardId-0000000001")
        .limit_partitions(2)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(stream.partitions[0].partition_id, "shardId-0000000002");
    list.assert();
    show.assert();
}

#[tokio::test]
async fn update_and_delete_stream_use_put_and_delete() {
    let server = httpmock::MockServer::start_async().await;
    let (example, expected) = example("update_partition_count");
    let update = server.mock(|when, then| {
        when.method(PUT)
            .path(testing::path("/streams/newstream"))
            .json_body(expected);
        then.status(200);
    });
    let delete = server.mock(|when, then| {
        when.method(DELETE)
            .path(testing::path("/streams/newstream"));
        then.status(204);
    });
    let client = testing::client(&server).await;
    let body: types::UpdatePartitionCountRequest = serde_json::from_value(example).unwrap();
    client
        .raw()
        .update_partition_count()
        .project_id(testing::PROJECT)
        .stream_name("newstream")
        .body(body)
        .send()
        .await
        .unwrap();
    client
        .raw()
        .delete_stream()
        .project_id(testing::PROJECT)
        .stream_name("newstream")
        .send()
        .await
        .unwrap();
    update.assert();
    delete.assert();
}

#[tokio::test]
async fn apps_and_consumer_state() {
    let server = httpmock::MockServer::start_async().await;
    let (example, expected) = example("create_app");
    let create = server.mock(|when, then| {
        when.method(POST)
            .path(testing::path("/apps"))
            .json_body(expected);
        then.status(201);
    });
    let state = server.mock(|when, then| {
        testing::exact_query(
            when.method(GET).path(testing::path("/apps/app1/streams/s1")),
            &[("checkpoint_type", "LAST_READ"), ("limit", "5"), ("start_partition_id", "shardId-0000000000")],
        );
        then.status(200).json_body(serde_json::json!({"has_more": false, "stream_name": "s1", "app_name": "app1",
            "partition_consuming_states": [{"partition_id": 1, "sequence_number": -1, "latest_offset": 9, "earliest_offset": 0, "checkpoint_type": "LAST_READ", "status": "ACTIVE"}]}));
    });
    let client = testing::client(&server).await;
    let body: types::CreateAppRequest = serde_json::from_value(example).unwrap();
    client
        .raw()
        .create_app()
        .project_id(testing::PROJECT)
        .body(body)
        .send()
        .await
        .unwrap();
    let answer = client
        .raw()
        .show_consumer_state()
        .project_id(testing::PROJECT)
        .app_name("app1")
        .stream_name("s1")
        .checkpoint_type(types::CheckpointType::LastRead)
        .limit(5)
        .start_partition_id("shardId-0000000000")
        .send()
        .await
        .unwrap()
        .into_inner();
    // Numbers where the reference says string decode through LenientString.
    assert_eq!(answer.partition_consuming_states[0].latest_offset, Some(9));
    assert_eq!(
        answer.partition_consuming_states[0]
            .sequence_number
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("-1")
    );
    create.assert();
    state.assert();
}

#[tokio::test]
async fn checkpoints_commit_and_delete() {
    let server = httpmock::MockServer::start_async().await;
    let (example, expected) = example("commit_checkpoint");
    let commit = server.mock(|when, then| {
        when.method(POST)
            .path(testing::path("/checkpoints"))
            .json_body(expected);
        then.status(201);
    });
    let delete = server.mock(|when, then| {
        testing::exact_query(
            when.method(DELETE).path(testing::path("/checkpoints")),
            &[
                ("stream_name", "s1"),
                ("app_name", "a1"),
                ("checkpoint_type", "LAST_READ"),
            ],
        );
        then.status(204);
    });
    let client = testing::client(&server).await;
    let body: types::CommitCheckpointRequest = serde_json::from_value(example).unwrap();
    client
        .raw()
        .commit_checkpoint()
        .project_id(testing::PROJECT)
        .body(body)
        .send()
        .await
        .unwrap();
    client
        .raw()
        .delete_checkpoint()
        .project_id(testing::PROJECT)
        .stream_name("s1")
        .app_name("a1")
        .checkpoint_type(types::CheckpointType::LastRead)
        .send()
        .await
        .unwrap();
    commit.assert();
    delete.assert();
}

#[tokio::test]
async fn records_put_cursor_and_get_use_the_wire_names() {
    let server = httpmock::MockServer::start_async().await;
    let (example, expected) = example("put_records");
    let put = server.mock(|when, then| {
        when.method(POST).path(testing::path("/records")).json_body(expected);
        then.status(200).json_body(serde_json::json!({"failed_record_count": 0, "records": [{"partition_id": "shardId-0000000000", "sequence_number": "7"}]}));
    });
    let cursor = server.mock(|when, then| {
        testing::exact_query(
            when.method(GET).path(testing::path("/cursors")),
            &[
                ("stream-name", "s1"),
                ("partition-id", "0"),
                ("cursor-type", "AFTER_SEQUENCE_NUMBER"),
                ("starting-sequence-number", "7"),
            ],
        );
        then.status(200)
            .json_body(serde_json::json!({"partition_cursor": "c1"}));
    });
    let get = server.mock(|when, then| {
        testing::exact_query(when.method(GET).path(testing::path("/records")), &[("partition-cursor", "c1"), ("max_fetch_bytes", "1024")]);
        then.status(200).json_body(serde_json::json!({"records": [{"sequence_number": "8", "data": "aGk=", "timestamp": 1, "timestamp_type": "CreateTime"}], "next_partition_cursor": "c2"}));
    });
    let client = testing::client(&server).await;
    let body: types::PutRecordsRequest = serde_json::from_value(example).unwrap();
    let put_answer = client
        .raw()
        .put_records()
        .project_id(testing::PROJECT)
        .body(body)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(put_answer.failed_record_count, Some(0));
    let c = client
        .raw()
        .get_cursor()
        .project_id(testing::PROJECT)
        .stream_name("s1")
        .partition_id("0")
        .cursor_type(types::CursorType::AfterSequenceNumber)
        .starting_sequence_number("7")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(c.partition_cursor, "c1");
    let records = client
        .raw()
        .get_records()
        .project_id(testing::PROJECT)
        .partition_cursor("c1")
        .max_fetch_bytes(1024)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(records.next_partition_cursor, "c2");
    put.assert();
    cursor.assert();
    get.assert();
}

#[tokio::test]
async fn dump_tasks_create_and_start() {
    let server = httpmock::MockServer::start_async().await;
    let (create_example, create_expected) = example("create_transfer_task");
    let (action_example, action_expected) = example("batch_transfer_task_action");
    let create = server.mock(|when, then| {
        when.method(POST)
            .path(testing::path("/streams/s1/transfer-tasks"))
            .json_body(create_expected);
        then.status(201);
    });
    let action = server.mock(|when, then| {
        when.method(POST)
            .path(testing::path("/streams/s1/transfer-tasks/action"))
            .json_body(action_expected);
        then.status(200);
    });
    let client = testing::client(&server).await;
    let body: types::CreateTransferTaskRequest = serde_json::from_value(create_example).unwrap();
    client
        .raw()
        .create_transfer_task()
        .project_id(testing::PROJECT)
        .stream_name("s1")
        .body(body)
        .send()
        .await
        .unwrap();
    let body: types::BatchTransferTaskRequest = serde_json::from_value(action_example).unwrap();
    client
        .raw()
        .batch_transfer_task_action()
        .project_id(testing::PROJECT)
        .stream_name("s1")
        .body(body)
        .send()
        .await
        .unwrap();
    create.assert();
    action.assert();
}

#[tokio::test]
async fn monitoring_sends_label_and_window_in_seconds() {
    let server = httpmock::MockServer::start_async().await;
    let metrics = server.mock(|when, then| {
        testing::exact_query(
            when.method(GET).path(testing::path("/streams/s1/metrics")),
            &[("label", "total_put_records_per_stream"), ("start_time", "1700000000"), ("end_time", "1700003600")],
        );
        then.status(200).json_body(serde_json::json!({"metrics": {"label": "total_put_records_per_stream", "dataPoints": [{"timestamp": 1700000000, "value": 5}]}}));
    });
    let client = testing::client(&server).await;
    let answer = client
        .raw()
        .show_stream_metrics()
        .project_id(testing::PROJECT)
        .stream_name("s1")
        .label(types::StreamMetricLabel::TotalPutRecordsPerStream)
        .start_time(1_700_000_000)
        .end_time(1_700_003_600)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(answer.metrics.unwrap().data_points[0].value, Some(5));
    metrics.assert();
}

#[tokio::test]
async fn tags_batch_filter_and_delete() {
    let server = httpmock::MockServer::start_async().await;
    let (batch_example, batch_expected) = example("batch_tag_action");
    let (filter_example, filter_expected) = example("list_resources_by_tags");
    let batch = server.mock(|when, then| {
        when.method(POST)
            .path(testing::path("/stream/id-1/tags/action"))
            .json_body(batch_expected);
        then.status(204);
    });
    let filter = server.mock(|when, then| {
        when.method(POST)
            .path(testing::path("/stream/resource_instances/action"))
            .json_body(filter_expected);
        then.status(200)
            .json_body(serde_json::json!({"resources": [], "total_count": 0}));
    });
    let delete = server.mock(|when, then| {
        when.method(DELETE)
            .path(testing::path("/stream/id-1/tags/my%20key"));
        then.status(204);
    });
    let client = testing::client(&server).await;
    let body: types::BatchTagActionRequest = serde_json::from_value(batch_example).unwrap();
    client
        .raw()
        .batch_tag_action()
        .project_id(testing::PROJECT)
        .stream_id("id-1")
        .body(body)
        .send()
        .await
        .unwrap();
    let body: types::ListResourcesByTagsRequest = serde_json::from_value(filter_example).unwrap();
    let found = client
        .raw()
        .list_resources_by_tags()
        .project_id(testing::PROJECT)
        .body(body)
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(found.total_count, Some(0));
    client
        .raw()
        .delete_tag()
        .project_id(testing::PROJECT)
        .stream_id("id-1")
        .key("my key")
        .send()
        .await
        .unwrap();
    batch.assert();
    filter.assert();
    delete.assert();
}
