//! Stream and partition monitoring against a mock DIS: `label` versus `label_list`, the
//! window in epoch seconds, decoded series, and refused windows.

use otc_dis_contract::testing;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use httpmock::{Method::*, MockServer};
use otc_dis::{
    Error, MetricLabels, MetricPoint, MetricSeries,
    types::{PartitionMetricLabel, StreamMetricLabel},
};
use serde_json::json;

const START: u64 = 1_700_000_000;
const END: u64 = START + 3600;
const STREAM_METRICS: &str = "/streams/clicks/metrics";
const PARTITION_METRICS: &str = "/streams/clicks/partitions/shardId-0000000002/metrics";

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn series(label: &str, points: &[(i64, i64)]) -> MetricSeries {
    MetricSeries {
        label: label.to_owned(),
        points: points
            .iter()
            .map(|&(timestamp, value)| MetricPoint { timestamp, value })
            .collect(),
    }
}

fn window_query(labels: (&'static str, &'static str)) -> Vec<(&'static str, &'static str)> {
    vec![
        labels,
        ("start_time", "1700000000"),
        ("end_time", "1700003600"),
    ]
}

#[tokio::test]
async fn stream_metrics_sends_one_label_as_label() {
    let server = MockServer::start_async().await;
    let query = window_query(("label", "total_put_bytes_per_stream"));
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(testing::path(STREAM_METRICS))
            .is_true(testing::query_is(&query));
        then.status(200).json_body(json!({
            "metrics": {
                "label": "total_put_bytes_per_stream",
                "dataPoints": [
                    {"timestamp": 1700000000000_i64, "value": 10},
                    {"timestamp": 1700000060000_i64, "value": 25}
                ]
            }
        }));
    });
    let got = testing::client(&server)
        .await
        .stream_metrics(
            "clicks",
            StreamMetricLabel::TotalPutBytesPerStream,
            at(START),
            at(END),
        )
        .await
        .unwrap();
    mock.assert();
    assert_eq!(
        got,
        [series(
            "total_put_bytes_per_stream",
            &[(1700000000000, 10), (1700000060000, 25)]
        )]
    );
}

#[tokio::test]
async fn stream_metrics_sends_several_labels_as_label_list() {
    let server = MockServer::start_async().await;
    let query = window_query((
        "label_list",
        "total_put_bytes_per_stream,traffic_control_put",
    ));
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(testing::path(STREAM_METRICS))
            .is_true(testing::query_is(&query));
        then.status(200).json_body(json!({
            // DIS may repeat the first series in `metrics`; it must be counted once.
            "metrics": {"label": "total_put_bytes_per_stream", "dataPoints": [{"timestamp": 1, "value": 2}]},
            "metrics_list": [
                {"label": "total_put_bytes_per_stream", "dataPoints": [{"timestamp": 1, "value": 2}]},
                {"label": "traffic_control_put", "dataPoints": [{"timestamp": 1, "value": 0}]}
            ]
        }));
    });
    let got = testing::client(&server)
        .await
        .stream_metrics(
            "clicks",
            [
                StreamMetricLabel::TotalPutBytesPerStream,
                StreamMetricLabel::TrafficControlPut,
            ],
            at(START),
            at(END),
        )
        .await
        .unwrap();
    mock.assert();
    assert_eq!(
        got,
        [
            series("total_put_bytes_per_stream", &[(1, 2)]),
            series("traffic_control_put", &[(1, 0)])
        ]
    );
    assert!(got[1].is(StreamMetricLabel::TrafficControlPut));
}

#[tokio::test]
async fn stream_metrics_names_an_unlabelled_series_after_the_single_label() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(GET).path(testing::path(STREAM_METRICS));
        then.status(200).json_body(json!({
            // The sample without a value is dropped.
            "metrics": {"dataPoints": [{"timestamp": 5, "value": 6}, {"timestamp": 7}]}
        }));
    });
    let got = testing::client(&server)
        .await
        .stream_metrics(
            "clicks",
            StreamMetricLabel::TotalGetReqLatency,
            at(START),
            at(END),
        )
        .await
        .unwrap();
    mock.assert();
    assert_eq!(got, [series("total_get_req_latency", &[(5, 6)])]);
}

#[tokio::test]
async fn partition_metrics_sends_one_label_as_label() {
    let server = MockServer::start_async().await;
    let query = window_query(("label", "total_get_records_per_partition"));
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(testing::path(PARTITION_METRICS))
            .is_true(testing::query_is(&query));
        then.status(200).json_body(json!({
            "metrics": {
                "label": "total_get_records_per_partition",
                "dataPoints": [{"timestamp": 1700000000000_i64, "value": 3}]
            }
        }));
    });
    let got = testing::client(&server)
        .await
        .partition_metrics(
            "clicks",
            "shardId-0000000002",
            PartitionMetricLabel::TotalGetRecordsPerPartition,
            at(START),
            at(END),
        )
        .await
        .unwrap();
    mock.assert();
    assert_eq!(
        got,
        [series(
            "total_get_records_per_partition",
            &[(1700000000000, 3)]
        )]
    );
}

#[tokio::test]
async fn partition_metrics_sends_several_labels_as_label_list() {
    let server = MockServer::start_async().await;
    let query = window_query((
        "label_list",
        "total_put_bytes_per_partition,total_get_bytes_per_partition",
    ));
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(testing::path(PARTITION_METRICS))
            .is_true(testing::query_is(&query));
        then.status(200).json_body(json!({
            "metrics_list": [
                {"label": "total_put_bytes_per_partition", "dataPoints": [{"timestamp": 9, "value": 100}]},
                {"label": "total_get_bytes_per_partition", "dataPoints": []}
            ]
        }));
    });
    let labels = vec![
        PartitionMetricLabel::TotalPutBytesPerPartition,
        PartitionMetricLabel::TotalGetBytesPerPartition,
    ];
    let got = testing::client(&server)
        .await
        .partition_metrics("clicks", "shardId-0000000002", labels, at(START), at(END))
        .await
        .unwrap();
    mock.assert();
    assert_eq!(
        got,
        [
            series("total_put_bytes_per_partition", &[(9, 100)]),
            series("total_get_bytes_per_partition", &[])
        ]
    );
}

#[tokio::test]
async fn a_window_of_exactly_seven_days_is_sent() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(GET)
            .path(testing::path(STREAM_METRICS))
            .is_true(testing::query_is(&[
                ("label", "total_put_records_per_stream"),
                ("start_time", "1700000000"),
                ("end_time", "1700604800"),
            ]));
        then.status(200).json_body(json!({}));
    });
    let got = testing::client(&server)
        .await
        .stream_metrics(
            "clicks",
            StreamMetricLabel::TotalPutRecordsPerStream,
            at(START),
            at(START) + otc_dis::limits::METRICS_WINDOW_MAX,
        )
        .await
        .unwrap();
    mock.assert();
    assert!(got.is_empty());
}

#[tokio::test]
async fn bad_windows_labels_and_names_send_nothing() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body(json!({}));
    });
    let client = testing::client(&server).await;
    let label = StreamMetricLabel::TotalPutBytesPerStream;
    let eight_days = at(START) + Duration::from_secs(8 * 86_400);
    let results = [
        (
            "end_time",
            client
                .stream_metrics("clicks", label, at(START), at(START))
                .await,
        ),
        (
            "end_time",
            client
                .stream_metrics("clicks", label, at(END), at(START))
                .await,
        ),
        (
            "end_time",
            client
                .stream_metrics(
                    "clicks",
                    label,
                    at(START),
                    at(START) + otc_dis::limits::METRICS_WINDOW_MAX + Duration::from_secs(1),
                )
                .await,
        ),
        (
            "start_time",
            client
                .stream_metrics(
                    "clicks",
                    label,
                    UNIX_EPOCH - Duration::from_secs(1),
                    at(END),
                )
                .await,
        ),
        (
            "label_list",
            client
                .stream_metrics(
                    "clicks",
                    MetricLabels::Several(Vec::new()),
                    at(START),
                    at(END),
                )
                .await,
        ),
        (
            "stream_name",
            client
                .stream_metrics("no such/stream", label, at(START), at(END))
                .await,
        ),
        (
            "end_time",
            client
                .partition_metrics(
                    "clicks",
                    "0",
                    PartitionMetricLabel::TotalPutBytesPerPartition,
                    at(START),
                    eight_days,
                )
                .await,
        ),
        (
            "partition_id",
            client
                .partition_metrics(
                    "clicks",
                    "shard-2",
                    PartitionMetricLabel::TotalPutBytesPerPartition,
                    at(START),
                    at(END),
                )
                .await,
        ),
    ];
    for (field, result) in results {
        match result {
            Err(Error::Validation(v)) => assert_eq!(v.field(), field, "{v}"),
            other => panic!("expected a validation error for {field}, got {other:?}"),
        }
    }
    mock.assert_calls(0);
}

#[tokio::test]
async fn a_refused_label_surfaces_the_dis_code() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(GET).path(testing::path(STREAM_METRICS));
        then.status(400)
            .json_body(json!({"errorCode": "DIS.4209", "message": "Invalid metrics label"}));
    });
    let err = testing::client(&server)
        .await
        .stream_metrics(
            "clicks",
            StreamMetricLabel::TrafficControlGet,
            at(START),
            at(END),
        )
        .await
        .unwrap_err();
    mock.assert();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert_eq!(err.code(), Some("DIS.4209"));
}
