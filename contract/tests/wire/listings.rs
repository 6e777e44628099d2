//! Listings always end: pages that alternate between markers end with an error after a
//! bounded number of requests, for item listings and for the partitions of `get_stream`.

use std::time::Duration;

use httpmock::prelude::*;
use otc_dis::{Error, types};
use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;
use otc_dis_contract::testing::{exact_query, path};

fn apps_page(names: &[&str]) -> types::ListAppResponse {
    let apps = names
        .iter()
        .map(|n| types::DescribeAppResult {
            app_name: n.to_string(),
            app_id: format!("id-{n}"),
            create_time: 1,
            commit_checkpoint_stream_names: Vec::new(),
        })
        .collect();
    types::ListAppResponse {
        has_more_app: true,
        total_number: Some(9),
        apps,
    }
}

#[tokio::test]
async fn apps_whose_pages_alternate_between_two_markers_end_with_an_error() {
    let server = MockServer::start_async().await;
    let first = server.list_apps(|when, then| {
        exact_query(when.into_inner().path(path("/apps")), &[("limit", "2")]);
        then.ok(&apps_page(&["a", "b"]));
    });
    // After "b" comes a page ending on "d", and after "d" one ending on "b" again.
    let after_b = server.list_apps(|when, then| {
        exact_query(
            when.into_inner().path(path("/apps")),
            &[("limit", "2"), ("start_app_name", "b")],
        );
        then.ok(&apps_page(&["c", "d"]));
    });
    let after_d = server.list_apps(|when, then| {
        exact_query(
            when.into_inner().path(path("/apps")),
            &[("limit", "2"), ("start_app_name", "d")],
        );
        then.ok(&apps_page(&["a", "b"]));
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
fn partitions_page(ids: &[u32]) -> types::DescribeStreamResponse {
    let partitions: Vec<_> = ids
        .iter()
        .map(|id| types::PartitionResult {
            partition_id: format!("shardId-{id:010}"),
            status: "ACTIVE".into(),
            hash_range: "[0 : 9223372036854775807]".into(),
            sequence_number_range: "[0 : 0]".into(),
            parent_partitions: None,
        })
        .collect();
    types::DescribeStreamResponse::builder()
        .stream_id("s-1")
        .stream_name("orders")
        .create_time(1)
        .retention_period(24)
        .status("RUNNING")
        .stream_type("COMMON")
        .data_type("BLOB")
        .writable_partition_count(2)
        .readable_partition_count(2)
        .auto_scale_enabled(false)
        .auto_scale_min_partition_count(0)
        .auto_scale_max_partition_count(0)
        .partitions(partitions)
        .has_more_partitions(true)
        .try_into()
        .unwrap()
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
        server.show_stream(move |when, then| {
            exact_query(when.into_inner().path(stream_path), &query);
            then.ok(&partitions_page(ids));
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
