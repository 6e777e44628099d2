//! Listings always end: pages that alternate between markers end with an error after a
//! bounded number of requests, for item listings and for the partitions of `get_stream`.

use otc_dis_contract::testing;

use std::time::Duration;

use httpmock::prelude::*;
use otc_dis::Error;
use otc_dis_contract::testing::{exact_query, path};
use serde_json::{Value, json};

fn apps_page(names: &[&str]) -> Value {
    let apps: Vec<Value> = names
        .iter()
        .map(|n| json!({"app_name": n, "app_id": format!("id-{n}"), "create_time": 1}))
        .collect();
    json!({"has_more_app": true, "total_number": 9, "apps": apps})
}

#[tokio::test]
async fn apps_whose_pages_alternate_between_two_markers_end_with_an_error() {
    let server = MockServer::start_async().await;
    let first = server.mock(|when, then| {
        exact_query(when.method(GET).path(path("/apps")), &[("limit", "2")]);
        then.status(200).json_body(apps_page(&["a", "b"]));
    });
    // After "b" comes a page ending on "d", and after "d" one ending on "b" again.
    let after_b = server.mock(|when, then| {
        exact_query(
            when.method(GET).path(path("/apps")),
            &[("limit", "2"), ("start_app_name", "b")],
        );
        then.status(200).json_body(apps_page(&["c", "d"]));
    });
    let after_d = server.mock(|when, then| {
        exact_query(
            when.method(GET).path(path("/apps")),
            &[("limit", "2"), ("start_app_name", "d")],
        );
        then.status(200).json_body(apps_page(&["a", "b"]));
    });
    let client = testing::client(&server).await;
    let (apps, end) = testing::items_and_end(client.apps().page_size(2)).await;
    let names: Vec<_> = apps.iter().map(|a| a.app_name.as_str()).collect();
    assert_eq!(names, ["a", "b", "c", "d"]);
    let err = end.expect("an error");
    assert!(matches!(err, Error::NoProgress { .. }), "{err:?}");
    assert!(err.to_string().contains("\"b\""), "{err}");
    first.assert_calls(1);
    after_b.assert_calls(1);
    after_d.assert_calls(1);
}

/// A page of a stream's description holding partitions `ids`, always claiming more.
fn partitions_page(ids: &[u32]) -> Value {
    let partitions: Vec<Value> = ids
        .iter()
        .map(|id| {
            json!({
                "partition_id": format!("shardId-{id:010}"),
                "status": "ACTIVE",
                "hash_range": "[0 : 9223372036854775807]",
                "sequence_number_range": "[0 : 0]",
            })
        })
        .collect();
    json!({
        "stream_id": "s-1",
        "stream_name": "orders",
        "create_time": 1,
        "retention_period": 24,
        "status": "RUNNING",
        "stream_type": "COMMON",
        "data_type": "BLOB",
        "writable_partition_count": 2,
        "readable_partition_count": 2,
        "auto_scale_enabled": false,
        "auto_scale_min_partition_count": 0,
        "auto_scale_max_partition_count": 0,
        "partitions": partitions,
        "has_more_partitions": true,
    })
}

#[tokio::test]
async fn get_stream_whose_partition_pages_alternate_fails_within_a_few_requests() {
    let server = MockServer::start_async().await;
    let stream_path = path("/streams/orders");
    let page = |start: Option<&str>, ids: &'static [u32]| {
        let mut query = vec![("limit_partitions", "1000")];
        if let Some(start) = start {
            query.push(("start_partitionId", start));
        }
        let stream_path = stream_path.clone();
        server.mock(move |when, then| {
            exact_query(when.method(GET).path(stream_path), &query);
            then.status(200).json_body(partitions_page(ids));
        })
    };
    let first = page(None, &[0]);
    let after_0 = page(Some("shardId-0000000000"), &[1]);
    let after_1 = page(Some("shardId-0000000001"), &[0]);
    let client = testing::client(&server).await;
    let described = tokio::time::timeout(Duration::from_secs(60), client.get_stream("orders"));
    let err = described
        .await
        .expect("get_stream neither moved on nor ended")
        .unwrap_err();
    assert!(matches!(err, Error::NoProgress { .. }), "{err:?}");
    first.assert_calls(1);
    after_0.assert_calls(1);
    after_1.assert_calls(1);
}
