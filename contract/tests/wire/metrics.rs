//! Stream and partition monitoring against a mock DIS: `label` versus `label_list`, the
//! window in epoch seconds, decoded series, and refused windows.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use httpmock::{Method::*, MockServer};
use otc_dis::{
    Error, MetricLabels, MetricPoint, MetricSeries,
    types::{self, PartitionMetricLabel, StreamMetricLabel},
};
use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;

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

/// A series as DIS sends it; a point without a value is `(timestamp, None)`.
fn sent(label: Option<&str>, points: &[(i64, Option<i64>)]) -> types::Metrics {
    types::Metrics {
        label: label.map(Into::into),
        data_points: points
            .iter()
            .map(|&(timestamp, value)| types::DataPoint {
                timestamp: Some(timestamp),
                value,
            })
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
    let mock = server.show_stream_metrics(|when, then| {
        when.into_inner()
            .path(testing::path(STREAM_METRICS))
            .is_true(testing::query_is(&query));
        then.ok(&types::ShowStreamMetricsResponse {
            metrics: Some(sent(
                Some("total_put_bytes_per_stream"),
                &[(1700000000000, Some(10)), (1700000060000, Some(25))],
            )),
            metrics_list: Vec::new(),
        });
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
    let mock = server.show_stream_metrics(|when, then| {
        when.into_inner()
            .path(testing::path(STREAM_METRICS))
            .is_true(testing::query_is(&query));
        then.ok(&types::ShowStreamMetricsResponse {
            // DIS may repeat the first series in `metrics`; it must be counted once.
            metrics: Some(sent(Some("total_put_bytes_per_stream"), &[(1, Some(2))])),
            metrics_list: vec![
                sent(Some("total_put_bytes_per_stream"), &[(1, Some(2))]),
                sent(Some("traffic_control_put"), &[(1, Some(0))]),
            ],
        });
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
    let mock = server.show_stream_metrics(|when, then| {
        when.into_inner().path(testing::path(STREAM_METRICS));
        then.ok(&types::ShowStreamMetricsResponse {
            // The sample without a value is dropped.
            metrics: Some(sent(None, &[(5, Some(6)), (7, None)])),
            metrics_list: Vec::new(),
        });
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
    let mock = server.show_partition_metrics(|when, then| {
        when.into_inner()
            .path(testing::path(PARTITION_METRICS))
            .is_true(testing::query_is(&query));
        then.ok(&types::ShowPartitionMetricsResponse {
            metrics: Some(sent(
                Some("total_get_records_per_partition"),
                &[(1700000000000, Some(3))],
            )),
            metrics_list: Vec::new(),
        });
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
    let mock = server.show_partition_metrics(|when, then| {
        when.into_inner()
            .path(testing::path(PARTITION_METRICS))
            .is_true(testing::query_is(&query));
        then.ok(&types::ShowPartitionMetricsResponse {
            metrics: None,
            metrics_list: vec![
                sent(Some("total_put_bytes_per_partition"), &[(9, Some(100))]),
                // Without points (the typed answer leaves out the empty `dataPoints`).
                sent(Some("total_get_bytes_per_partition"), &[]),
            ],
        });
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
    let mock = server.show_stream_metrics(|when, then| {
        when.into_inner()
            .path(testing::path(STREAM_METRICS))
            .is_true(testing::query_is(&[
                ("label", "total_put_records_per_stream"),
                ("start_time", "1700000000"),
                ("end_time", "1700604800"),
            ]));
        then.ok(&types::ShowStreamMetricsResponse {
            metrics: None,
            metrics_list: Vec::new(),
        });
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
        then.status(200);
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
        testing::dis_error(then, 400, "DIS.4209");
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
