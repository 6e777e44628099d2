//! Wire tests of the stream methods against httpmock.

use std::collections::BTreeMap;

use futures::TryStreamExt;
use httpmock::{
    Method::{DELETE, GET, POST, PUT},
    MockServer,
};
use otc_dis::{
    DataType, Error, PartitionStatus, StreamStatus, StreamType,
    types::{self, CompressionFormat},
};
use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;
use otc_dis_contract::testing::{
    FailingCall, any_request, assert_failing_calls, dis_error, exact_query, path, tag,
};
use serde_json::{Value, json};

fn stream_info(name: &str) -> types::StreamInfo {
    types::StreamInfo {
        stream_id: format!("id-{name}"),
        stream_name: name.into(),
        create_time: 1593569685875,
        retention_period: 24,
        status: "RUNNING".into(),
        stream_type: "COMMON".into(),
        data_type: "BLOB".into(),
        partition_count: 2,
        auto_scale_enabled: true,
        auto_scale_min_partition_count: 1,
        auto_scale_max_partition_count: 4,
        tags: vec![tag("team", Some("payments")), tag("bare", None)],
        sys_tags: vec![types::SysTag {
            key: Some("_sys_enterprise_project_id".into()),
            value: Some("0".into()),
            status: None,
        }],
    }
}

/// A page of `GET /streams` whose deprecated `stream_names` list deliberately disagrees
/// with `stream_info_list`, so that paging by the wrong list would send other markers.
fn streams_page(names: &[&str], more: bool) -> types::ListStreamsResponse {
    types::ListStreamsResponse {
        total_number: Some(5),
        stream_names: vec!["decoy".into()],
        has_more_streams: more,
        stream_info_list: names.iter().map(|n| stream_info(n)).collect(),
    }
}

fn stream_names(streams: &[otc_dis::StreamSummary]) -> Vec<String> {
    streams.iter().map(|s| s.stream_name.clone()).collect()
}

fn tags(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The message of a decode error, or a panic naming what came instead.
fn decode_message<T: std::fmt::Debug>(result: Result<T, Error>) -> String {
    match result {
        Err(Error::Decode { message, .. }) => message,
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn streams_page_by_the_last_name_of_stream_info_list() {
    let server = MockServer::start_async().await;
    let first = server.list_streams(|when, then| {
        exact_query(when.into_inner().path(path("/streams")), &[("limit", "2")]);
        then.ok(&streams_page(&["a", "b"], true));
    });
    let second = server.list_streams(|when, then| {
        exact_query(
            when.into_inner().path(path("/streams")),
            &[("limit", "2"), ("start_stream_name", "b")],
        );
        then.ok(&streams_page(&["c", "d"], true));
    });
    let third = server.list_streams(|when, then| {
        exact_query(
            when.into_inner().path(path("/streams")),
            &[("limit", "2"), ("start_stream_name", "d")],
        );
        then.ok(&streams_page(&["e"], false));
    });

    let client = testing::client(&server).await;
    let streams: Vec<_> = client.streams().page_size(2).try_collect().await.unwrap();

    assert_eq!(stream_names(&streams), ["a", "b", "c", "d", "e"]);
    let e = &streams[4];
    assert_eq!(e.stream_id, "id-e");
    assert_eq!(e.status, StreamStatus::Running);
    assert_eq!(e.stream_type, StreamType::Common);
    assert_eq!(e.data_type, DataType::Blob);
    assert_eq!(e.partition_count, 2);
    assert_eq!(e.retention_period, 24);
    assert_eq!(e.create_time, 1593569685875);
    assert!(e.auto_scale_enabled);
    assert_eq!(
        (
            e.auto_scale_min_partition_count,
            e.auto_scale_max_partition_count
        ),
        (1, 4)
    );
    assert_eq!(e.tags, tags(&[("team", "payments"), ("bare", "")]));
    assert_eq!(e.enterprise_project_id.as_deref(), Some("0"));
    first.assert_calls(1);
    second.assert_calls(1);
    third.assert_calls(1);
}

#[tokio::test]
async fn streams_send_no_limit_by_default_and_start_after_the_given_name() {
    let server = MockServer::start_async().await;
    let page = server.list_streams(|when, then| {
        exact_query(
            when.into_inner().path(path("/streams")),
            &[("start_stream_name", "m")],
        );
        then.ok(&streams_page(&["n"], false));
    });

    let client = testing::client(&server).await;
    let streams: Vec<_> = client
        .streams()
        .start_after("m")
        .try_collect()
        .await
        .unwrap();

    assert_eq!(stream_names(&streams), ["n"]);
    page.assert_calls(1);
}

#[tokio::test]
async fn streams_end_with_an_error_when_dis_repeats_a_marker() {
    let server = MockServer::start_async().await;
    let first = server.list_streams(|when, then| {
        exact_query(when.into_inner().path(path("/streams")), &[]);
        then.ok(&streams_page(&["a"], true));
    });
    let again = server.list_streams(|when, then| {
        exact_query(
            when.into_inner().path(path("/streams")),
            &[("start_stream_name", "a")],
        );
        then.ok(&streams_page(&["a"], true));
    });

    let client = testing::client(&server).await;
    let (streams, end) = testing::items_and_end(client.streams()).await;

    // The repeated page is not yielded; the listing ends with an error, not silently.
    assert_eq!(stream_names(&streams), ["a"]);
    assert!(matches!(end, Some(Error::NoProgress { .. })), "{end:?}");
    first.assert_calls(1);
    again.assert_calls(1);
}

#[tokio::test]
async fn streams_refuse_page_sizes_outside_1_to_100_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;

    for size in [0, 101] {
        let err = client
            .streams()
            .page_size(size)
            .try_collect::<Vec<_>>()
            .await
            .unwrap_err();
        match err {
            Error::Validation(v) => assert_eq!(v.field(), "limit"),
            other => panic!("page size {size}: expected a validation error, got {other:?}"),
        }
    }
    anything.assert_calls(0);
}

/// Partition `id`, with hash and sequence number ranges derived from `id` so that each
/// partition decodes to different values.
fn partition(id: u32) -> types::PartitionResult {
    types::PartitionResult {
        status: if id == 0 { "DELETED" } else { "ACTIVE" }.into(),
        partition_id: format!("shardId-{id:010}"),
        hash_range: format!("[{} : {}]", id * 1000, id * 1000 + 999),
        sequence_number_range: format!("[{} : {}]", id * 10, 289927 + id),
        parent_partitions: None,
    }
}

fn stream_description(partitions: &[u32], more: bool) -> types::DescribeStreamResponse {
    types::DescribeStreamResponse {
        stream_id: "8QM3Nt9YTLOwtUVYJhO".into(),
        stream_name: "orders".into(),
        create_time: 1593569685875,
        last_modified_time: Some(1599050091026),
        retention_period: 48,
        status: "RUNNING".into(),
        stream_type: "ADVANCED".into(),
        data_type: "JSON".into(),
        data_schema: Some("{\"type\":\"record\"}".into()),
        compression_format: Some("gzip".into()),
        csv_properties: None,
        writable_partition_count: 4,
        readable_partition_count: 5,
        tags: vec![tag("team", Some("payments"))],
        sys_tags: Vec::new(),
        update_partition_counts: Vec::new(),
        auto_scale_enabled: false,
        auto_scale_min_partition_count: 0,
        auto_scale_max_partition_count: 0,
        partitions: partitions.iter().map(|id| partition(*id)).collect(),
        has_more_partitions: more,
    }
}

#[tokio::test]
async fn get_stream_collects_the_partitions_of_every_page() {
    let server = MockServer::start_async().await;
    let stream_path = path("/streams/orders");
    let first = server.show_stream(|when, then| {
        exact_query(
            when.into_inner().path(&stream_path),
            &[("limit_partitions", "1000")],
        );
        then.ok(&stream_description(&[0, 1], true));
    });
    let second = server.show_stream(|when, then| {
        exact_query(
            when.into_inner().path(&stream_path),
            &[
                ("limit_partitions", "1000"),
                ("start_partitionId", "shardId-0000000001"),
            ],
        );
        then.ok(&stream_description(&[2, 3], true));
    });
    let third = server.show_stream(|when, then| {
        exact_query(
            when.into_inner().path(&stream_path),
            &[
                ("limit_partitions", "1000"),
                ("start_partitionId", "shardId-0000000003"),
            ],
        );
        then.ok(&stream_description(&[4], false));
    });

    let client = testing::client(&server).await;
    let stream = client.get_stream("orders").await.unwrap();

    let ids: Vec<_> = stream
        .partitions
        .iter()
        .map(|p| p.partition_id.clone())
        .collect();
    assert_eq!(
        ids,
        (0..5)
            .map(|i| format!("shardId-{i:010}"))
            .collect::<Vec<_>>()
    );
    assert_eq!(stream.stream_name, "orders");
    assert_eq!(stream.stream_id, "8QM3Nt9YTLOwtUVYJhO");
    assert_eq!(stream.status, StreamStatus::Running);
    assert_eq!(stream.stream_type, StreamType::Advanced);
    assert_eq!(stream.data_type, DataType::Json);
    assert_eq!(stream.retention_period, 48);
    assert_eq!(stream.create_time, 1593569685875);
    assert_eq!(stream.last_modified_time, Some(1599050091026));
    assert_eq!(
        (
            stream.writable_partition_count,
            stream.readable_partition_count
        ),
        (4, 5)
    );
    assert!(!stream.auto_scale_enabled);
    assert_eq!(stream.data_schema.as_deref(), Some("{\"type\":\"record\"}"));
    assert_eq!(stream.compression_format.as_deref(), Some("gzip"));
    assert_eq!(stream.csv_delimiter, None);
    assert_eq!(stream.tags, tags(&[("team", "payments")]));
    assert_eq!(stream.enterprise_project_id, None);
    let deleted = &stream.partitions[0];
    assert_eq!(deleted.status, PartitionStatus::Deleted);
    assert_eq!(deleted.hash_range, 0..=999);
    let active = &stream.partitions[4];
    assert_eq!(active.status, PartitionStatus::Active);
    assert_eq!(active.hash_range, 4000..=4999);
    assert_eq!(
        (
            active.earliest_sequence_number,
            active.latest_sequence_number
        ),
        (40, 289931)
    );
    assert_eq!(active.parent_partitions, None);
    first.assert_calls(1);
    second.assert_calls(1);
    third.assert_calls(1);
}

#[tokio::test]
async fn get_stream_fails_when_dis_repeats_a_partition_marker() {
    let server = MockServer::start_async().await;
    let stream_path = path("/streams/orders");
    let first = server.show_stream(|when, then| {
        exact_query(
            when.into_inner().path(&stream_path),
            &[("limit_partitions", "1000")],
        );
        then.ok(&stream_description(&[0], true));
    });
    let again = server.show_stream(|when, then| {
        exact_query(
            when.into_inner().path(&stream_path),
            &[
                ("limit_partitions", "1000"),
                ("start_partitionId", "shardId-0000000000"),
            ],
        );
        then.ok(&stream_description(&[0], true));
    });

    let client = testing::client(&server).await;
    let err = client.get_stream("orders").await.unwrap_err();

    // Partitions that DIS keeps repeating cannot be described completely.
    assert!(matches!(err, Error::NoProgress { .. }), "{err:?}");
    first.assert_calls(1);
    again.assert_calls(1);
}

#[tokio::test]
async fn get_stream_refuses_a_bad_name_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;

    let err = client.get_stream("no spaces").await.unwrap_err();

    assert!(
        matches!(err, Error::Validation(ref v) if v.field() == "stream_name"),
        "{err:?}"
    );
    anything.assert_calls(0);
}

#[tokio::test]
async fn an_empty_answer_is_a_decode_error_not_an_empty_success() {
    let server = MockServer::start_async().await;
    let list = server.mock(|when, then| {
        when.method(GET).path(path("/streams"));
        then.status(200).json_body(json!({}));
    });
    let show = server.mock(|when, then| {
        when.method(GET).path(path("/streams/orders"));
        then.status(200).json_body(json!({}));
    });

    let client = testing::client(&server).await;
    let listed = decode_message(client.streams().try_collect::<Vec<_>>().await);
    let described = decode_message(client.get_stream("orders").await);

    assert!(listed.contains("missing field"), "{listed}");
    assert!(described.contains("missing field"), "{described}");
    list.assert_calls(1);
    show.assert_calls(1);
}

#[tokio::test]
async fn streams_without_a_documented_field_are_a_decode_error_naming_it() {
    let server = MockServer::start_async().await;
    // Raw JSON: a field the typed answer cannot leave out.
    let mut info = serde_json::to_value(stream_info("a")).unwrap();
    info.as_object_mut().unwrap().remove("stream_id");
    server.mock(|when, then| {
        when.method(GET).path(path("/streams"));
        then.status(200).json_body(json!({
            "has_more_streams": false,
            "stream_info_list": [info],
        }));
    });

    let client = testing::client(&server).await;
    let message = decode_message(client.streams().try_collect::<Vec<_>>().await);

    assert!(message.contains("stream_id"), "{message}");
}

#[tokio::test]
async fn a_negative_count_is_a_decode_error_naming_stream_and_field() {
    let server = MockServer::start_async().await;
    let mut info = stream_info("a");
    info.partition_count = -1;
    server.list_streams(|when, then| {
        when.into_inner().path(path("/streams"));
        then.ok(&types::ListStreamsResponse {
            has_more_streams: false,
            stream_info_list: vec![info],
            stream_names: Vec::new(),
            total_number: None,
        });
    });

    let client = testing::client(&server).await;
    let message = decode_message(client.streams().try_collect::<Vec<_>>().await);

    assert_eq!(message, "stream \"a\": partition_count is -1, not a count");
}

/// Describes `orders` with one partition whose `field` is replaced by `value`.
async fn get_stream_with_partition_field(
    field: &str,
    value: &str,
) -> Result<otc_dis::Stream, Error> {
    let server = MockServer::start_async().await;
    let mut answer = stream_description(&[0], false);
    let partition = &mut answer.partitions[0];
    *match field {
        "partition_id" => &mut partition.partition_id,
        "hash_range" => &mut partition.hash_range,
        "sequence_number_range" => &mut partition.sequence_number_range,
        other => panic!("no partition field {other}"),
    } = value.into();
    server.show_stream(|when, then| {
        when.into_inner().path(path("/streams/orders"));
        then.ok(&answer);
    });
    testing::client(&server).await.get_stream("orders").await
}

#[tokio::test]
async fn get_stream_refuses_a_partition_id_that_is_not_a_shard_id() {
    let message = decode_message(get_stream_with_partition_field("partition_id", "p-1").await);

    assert_eq!(
        message,
        "stream \"orders\", partition \"p-1\": partition_id \"p-1\" is neither shardId-<digits> nor <digits>"
    );
}

#[tokio::test]
async fn get_stream_accepts_a_partition_id_of_digits_only() {
    let stream = get_stream_with_partition_field("partition_id", "7")
        .await
        .unwrap();

    assert_eq!(stream.partitions[0].partition_id, "7");
}

#[tokio::test]
async fn get_stream_refuses_ranges_that_are_not_two_decimals() {
    for (field, value) in [
        ("sequence_number_range", "[289911 : latest]"),
        ("sequence_number_range", "289911"),
        ("hash_range", "[-1 : 5]"),
    ] {
        let message = decode_message(get_stream_with_partition_field(field, value).await);

        assert!(
            message.starts_with("stream \"orders\", partition \"shardId-0000000000\": ")
                && message.contains(&format!("{field} {value:?} is not")),
            "{message}"
        );
    }
}

#[tokio::test]
async fn get_stream_keeps_undocumented_values_instead_of_failing() {
    let server = MockServer::start_async().await;
    let mut answer = stream_description(&[0], false);
    answer.status = "UPGRADING".into();
    answer.stream_type = "PREMIUM".into();
    answer.data_type = "XML".into();
    answer.partitions[0].status = "SPLITTING".into();
    answer.partitions[0].parent_partitions = Some("shardId-0000000003".into());
    server.show_stream(|when, then| {
        when.into_inner().path(path("/streams/orders"));
        then.ok(&answer);
    });

    let client = testing::client(&server).await;
    let stream = client.get_stream("orders").await.unwrap();

    assert_eq!(stream.status, StreamStatus::Other("UPGRADING".into()));
    assert_eq!(stream.stream_type, StreamType::Other("PREMIUM".into()));
    assert_eq!(stream.data_type.as_str(), "XML");
    let partition = &stream.partitions[0];
    assert_eq!(partition.status, PartitionStatus::Other("SPLITTING".into()));
    assert_eq!(
        partition.parent_partitions.as_deref(),
        Some("shardId-0000000003")
    );
}

#[tokio::test]
async fn create_stream_sends_the_required_fields_and_the_always_sent_defaults() {
    let server = MockServer::start_async().await;
    let create = server.mock(|when, then| {
        exact_query(when.method(POST).path(path("/streams")), &[]).json_body(json!({
            "stream_name": "orders",
            "partition_count": 3,
            // The generated request type always carries these two, with their defaults.
            "data_duration": 24,
            "auto_scale_enabled": false,
        }));
        then.status(201);
    });

    let client = testing::client(&server).await;
    client.create_stream("orders", 3).send().await.unwrap();

    create.assert_calls(1);
}

#[tokio::test]
async fn create_stream_sends_every_attribute_that_is_set() {
    let server = MockServer::start_async().await;
    let create = server.mock(|when, then| {
        when.method(POST).path(path("/streams")).json_body(json!({
            "stream_name": "orders",
            "partition_count": 2,
            "stream_type": "ADVANCED",
            "data_type": "CSV",
            "data_duration": 72,
            "auto_scale_enabled": true,
            "auto_scale_min_partition_count": 1,
            "auto_scale_max_partition_count": 8,
            "data_schema": "{\"type\":\"record\"}",
            "csv_properties": {"delimiter": ";"},
            "compression_format": "gzip",
            "tags": [{"key": "team", "value": "payments"}, {"key": "env", "value": ""}],
            "sys_tags": [{"key": "_sys_enterprise_project_id", "value": "1f3c4b5a-0000-4000-8000-123456789abc"}],
        }));
        then.status(201);
    });

    let client = testing::client(&server).await;
    client
        .create_stream("orders", 2)
        .stream_type(StreamType::Advanced)
        .data_type(DataType::Csv)
        .data_duration(72)
        .auto_scale_enabled(true)
        .auto_scale_min_partition_count(1)
        .auto_scale_max_partition_count(8)
        .data_schema("{\"type\":\"record\"}")
        .csv_delimiter(";")
        .compression_format(CompressionFormat::Gzip)
        .tag("team", "payments")
        .tag("env", "")
        .enterprise_project_id("1f3c4b5a-0000-4000-8000-123456789abc")
        .send()
        .await
        .unwrap();

    create.assert_calls(1);
}

#[tokio::test]
async fn create_stream_refuses_bad_input_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;
    let with_tags = |count: usize| {
        (0..count).fold(client.create_stream("orders", 1), |create, i| {
            create.tag(format!("k{i}"), "v")
        })
    };

    let cases = [
        (client.create_stream("bad name", 1), "stream_name"),
        (client.create_stream("", 1), "stream_name"),
        (client.create_stream("x".repeat(65), 1), "stream_name"),
        (client.create_stream("orders", 0), "partition_count"),
        (
            client.create_stream("orders", 1).data_duration(100),
            "data_duration",
        ),
        (
            client.create_stream("orders", 1).data_duration(23),
            "data_duration",
        ),
        (with_tags(11), "tags"),
        (
            client
                .create_stream("orders", 1)
                .stream_type(StreamType::Other("PREMIUM".into())),
            "stream_type",
        ),
        (
            client
                .create_stream("orders", 1)
                .data_type(DataType::Other("XML".into())),
            "data_type",
        ),
        (client.create_stream("orders", 1).tag(" ", "v"), "tags.key"),
        (
            client.create_stream("orders", 1).tag("k", "v".repeat(44)),
            "tags.value",
        ),
        (
            client
                .create_stream("orders", 1)
                .tag("k", "1")
                .tag("k", "2"),
            "tags.key",
        ),
        (
            client
                .create_stream("orders", 1)
                .auto_scale_min_partition_count(0),
            "auto_scale_min_partition_count",
        ),
        (
            client
                .create_stream("orders", 1)
                .auto_scale_min_partition_count(4)
                .auto_scale_max_partition_count(3),
            "auto_scale_max_partition_count",
        ),
    ];
    for (create, field) in cases {
        let err = create.send().await.unwrap_err();
        match err {
            Error::Validation(v) => assert_eq!(v.field(), field, "{v}"),
            other => panic!("expected a validation error of {field}, got {other:?}"),
        }
    }
    anything.assert_calls(0);
}

#[tokio::test]
async fn create_stream_accepts_ten_tags() {
    let server = MockServer::start_async().await;
    let tags: Vec<Value> = (0..10)
        .map(|i| json!({"key": format!("k{i}"), "value": "v"}))
        .collect();
    let create = server.mock(|when, then| {
        when.method(POST).path(path("/streams")).json_body(json!({
            "stream_name": "orders",
            "partition_count": 1,
            "data_duration": 24,
            "auto_scale_enabled": false,
            "tags": tags,
        }));
        then.status(201);
    });

    let client = testing::client(&server).await;
    (0..10)
        .fold(client.create_stream("orders", 1), |create, i| {
            create.tag(format!("k{i}"), "v")
        })
        .send()
        .await
        .unwrap();

    create.assert_calls(1);
}

#[tokio::test]
async fn delete_stream_sends_a_delete() {
    let server = MockServer::start_async().await;
    let delete = server.mock(|when, then| {
        exact_query(when.method(DELETE).path(path("/streams/orders")), &[]);
        then.status(204);
    });

    let client = testing::client(&server).await;
    client.delete_stream("orders", false).await.unwrap();

    delete.assert_calls(1);
}

#[tokio::test]
async fn delete_stream_ignores_dis_4301_only_when_asked() {
    let server = MockServer::start_async().await;
    let delete = server.mock(|when, then| {
        when.method(DELETE).path(path("/streams/gone"));
        dis_error(then, 400, "DIS.4301");
    });

    let client = testing::client(&server).await;
    client.delete_stream("gone", true).await.unwrap();
    let err = client.delete_stream("gone", false).await.unwrap_err();

    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(err.code(), Some("DIS.4301"));
    delete.assert_calls(2);
}

#[tokio::test]
async fn delete_stream_ignores_404_only_when_asked() {
    let server = MockServer::start_async().await;
    let delete = server.mock(|when, then| {
        when.method(DELETE).path(path("/streams/gone"));
        then.status(404)
            .header("content-type", "application/json")
            .json_body(json!({"error_code": "APIGW.0101", "error_msg": "The API does not exist"}));
    });

    let client = testing::client(&server).await;
    client.delete_stream("gone", true).await.unwrap();
    let err = client.delete_stream("gone", false).await.unwrap_err();

    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(err.status(), Some(404));
    delete.assert_calls(2);
}

#[tokio::test]
async fn delete_stream_treats_a_404_without_a_json_body_as_missing() {
    let server = MockServer::start_async().await;
    let delete = server.mock(|when, then| {
        when.method(DELETE).path(path("/streams/gone"));
        then.status(404).body("");
    });

    let client = testing::client(&server).await;
    client.delete_stream("gone", true).await.unwrap();
    let err = client.delete_stream("gone", false).await.unwrap_err();

    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(err.status(), Some(404));
    delete.assert_calls(2);
}

#[tokio::test]
async fn failed_stream_calls_return_the_kind_of_their_dis_error() {
    assert_failing_calls([
        FailingCall {
            case: "a failed page of the listing",
            method: GET,
            path: "/streams",
            status: 500,
            code: "DIS.5000",
            call: |c| Box::pin(async move { c.streams().try_collect::<Vec<_>>().await.map(drop) }),
            kind: |e| matches!(e, Error::Server(_)),
            requests: testing::ATTEMPTS,
        },
        FailingCall {
            case: "describing a missing stream",
            method: GET,
            path: "/streams/gone",
            status: 400,
            code: "DIS.4301",
            call: |c| Box::pin(async move { c.get_stream("gone").await.map(drop) }),
            kind: |e| matches!(e, Error::NotFound(_)),
            requests: 1,
        },
        FailingCall {
            case: "creating a stream whose name exists",
            method: POST,
            path: "/streams",
            status: 400,
            code: "DIS.4307",
            call: |c| Box::pin(c.create_stream("orders", 1).send()),
            kind: |e| matches!(e, Error::AlreadyExists(_)),
            requests: 1,
        },
        FailingCall {
            case: "deleting with ignore-missing, failing otherwise",
            method: DELETE,
            path: "/streams/orders",
            status: 400,
            code: "DIS.4200",
            call: |c| Box::pin(c.delete_stream("orders", true)),
            kind: |e| matches!(e, Error::InvalidRequest(_)),
            requests: 1,
        },
        FailingCall {
            case: "rescaling too often",
            method: PUT,
            path: "/streams/orders",
            status: 400,
            code: "DIS.4303",
            call: |c| Box::pin(c.update_stream_partition("orders", 5)),
            kind: |e| matches!(e, Error::Throttled(_)),
            // Throttled: nothing was applied, so every attempt is made.
            requests: testing::ATTEMPTS,
        },
    ])
    .await;
}

#[tokio::test]
async fn delete_stream_refuses_a_bad_name_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;

    let err = client.delete_stream("a/b", true).await.unwrap_err();

    assert!(matches!(err, Error::Validation(_)), "{err:?}");
    anything.assert_calls(0);
}

#[tokio::test]
async fn update_stream_partition_puts_name_and_target_count() {
    let server = MockServer::start_async().await;
    let update = server.mock(|when, then| {
        exact_query(when.method(PUT).path(path("/streams/orders")), &[]).json_body(json!({
            "stream_name": "orders",
            "target_partition_count": 5,
        }));
        then.status(200);
    });

    let client = testing::client(&server).await;
    client.update_stream_partition("orders", 5).await.unwrap();

    update.assert_calls(1);
}

#[tokio::test]
async fn update_stream_partition_refuses_bad_input_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;

    let zero = client
        .update_stream_partition("orders", 0)
        .await
        .unwrap_err();
    let bad_name = client.update_stream_partition("", 2).await.unwrap_err();

    assert!(
        matches!(zero, Error::Validation(ref v) if v.field() == "target_partition_count"),
        "{zero:?}"
    );
    assert!(
        matches!(bad_name, Error::Validation(ref v) if v.field() == "stream_name"),
        "{bad_name:?}"
    );
    anything.assert_calls(0);
}

#[tokio::test]
async fn partition_counts_beyond_the_specs_int32_send_nothing() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;
    let beyond = i32::MAX as u32 + 1;

    let cases = [
        (
            client.create_stream("orders", beyond).send().await,
            "partition_count",
        ),
        (
            client.create_stream("orders", u32::MAX).send().await,
            "partition_count",
        ),
        (
            client.update_stream_partition("orders", beyond).await,
            "target_partition_count",
        ),
    ];
    for (result, field) in cases {
        match result {
            Err(Error::Validation(v)) => {
                assert_eq!(v.field(), field, "{v}");
                assert!(
                    v.problem()
                        .starts_with("must be between 1 and 2147483647, got "),
                    "{v}"
                );
            }
            other => panic!("expected a validation error of {field}, got {other:?}"),
        }
    }
    anything.assert_calls(0);
}

#[tokio::test]
async fn the_largest_int32_partition_count_is_sent() {
    let server = MockServer::start_async().await;
    let scale = server.mock(|when, then| {
        when.method(PUT)
            .path(path("/streams/orders"))
            .json_body(json!({"stream_name": "orders", "target_partition_count": i32::MAX}));
        then.status(200);
    });
    testing::client(&server)
        .await
        .update_stream_partition("orders", i32::MAX as u32)
        .await
        .unwrap();
    scale.assert_calls(1);
}
