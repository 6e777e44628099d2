//! Wire tests of the consumer app methods against httpmock.

use futures::TryStreamExt;
use httpmock::{
    Method::{DELETE, GET, POST},
    MockServer,
};
use otc_dis::{
    Error, PartitionConsumption,
    types::{self, LenientString},
};
use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;
use otc_dis_contract::testing::{
    FailingCall, any_request, assert_failing_calls, dis_error, exact_query, number, path, text,
};
use serde_json::json;

fn app(name: &str) -> types::DescribeAppResult {
    types::DescribeAppResult {
        app_name: name.into(),
        app_id: format!("id-{name}"),
        create_time: 1593569685875,
        commit_checkpoint_stream_names: vec!["orders".into()],
    }
}

fn apps_page(names: &[&str], more: bool) -> types::ListAppResponse {
    types::ListAppResponse {
        total_number: Some(5),
        has_more_app: more,
        apps: names.iter().map(|n| app(n)).collect(),
    }
}

fn app_names(apps: &[otc_dis::App]) -> Vec<String> {
    apps.iter().map(|a| a.app_name.clone()).collect()
}

#[tokio::test]
async fn create_app_posts_the_name() {
    let server = MockServer::start_async().await;
    let create = server.mock(|when, then| {
        exact_query(when.method(POST).path(path("/apps")), &[])
            .json_body(json!({"app_name": "billing"}));
        then.status(201);
    });

    let client = testing::client(&server).await;
    client.create_app("billing").await.unwrap();

    create.assert_calls(1);
}

#[tokio::test]
async fn create_app_refuses_bad_names_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;

    for name in [String::new(), "a b".to_owned(), "x".repeat(201)] {
        let err = client.create_app(&name).await.unwrap_err();
        assert!(
            matches!(err, Error::Validation(ref v) if v.field() == "app_name"),
            "{err:?}"
        );
    }
    anything.assert_calls(0);
}

#[tokio::test]
async fn apps_page_by_the_last_app_name() {
    let server = MockServer::start_async().await;
    let first = server.list_apps(|when, then| {
        exact_query(when.into_inner().path(path("/apps")), &[("limit", "2")]);
        then.ok(&apps_page(&["a", "b"], true));
    });
    let second = server.list_apps(|when, then| {
        exact_query(
            when.into_inner().path(path("/apps")),
            &[("limit", "2"), ("start_app_name", "b")],
        );
        then.ok(&apps_page(&["c", "d"], true));
    });
    let third = server.list_apps(|when, then| {
        exact_query(
            when.into_inner().path(path("/apps")),
            &[("limit", "2"), ("start_app_name", "d")],
        );
        then.ok(&apps_page(&["e"], false));
    });

    let client = testing::client(&server).await;
    let apps: Vec<_> = client.apps().page_size(2).try_collect().await.unwrap();

    assert_eq!(app_names(&apps), ["a", "b", "c", "d", "e"]);
    assert_eq!(apps[4].app_id, "id-e");
    assert_eq!(apps[4].create_time, 1593569685875);
    assert_eq!(apps[4].commit_checkpoint_stream_names, ["orders"]);
    first.assert_calls(1);
    second.assert_calls(1);
    third.assert_calls(1);
}

#[tokio::test]
async fn apps_of_stream_send_the_stream_filter_on_every_page() {
    let server = MockServer::start_async().await;
    let first = server.list_apps(|when, then| {
        exact_query(
            when.into_inner().path(path("/apps")),
            &[("stream_name", "orders")],
        );
        then.ok(&apps_page(&["a"], true));
    });
    let second = server.list_apps(|when, then| {
        exact_query(
            when.into_inner().path(path("/apps")),
            &[("stream_name", "orders"), ("start_app_name", "a")],
        );
        then.ok(&apps_page(&["b"], true));
    });
    let third = server.list_apps(|when, then| {
        exact_query(
            when.into_inner().path(path("/apps")),
            &[("stream_name", "orders"), ("start_app_name", "b")],
        );
        then.ok(&apps_page(&["c"], false));
    });

    let client = testing::client(&server).await;
    let apps: Vec<_> = client.apps_of_stream("orders").try_collect().await.unwrap();

    assert_eq!(app_names(&apps), ["a", "b", "c"]);
    first.assert_calls(1);
    second.assert_calls(1);
    third.assert_calls(1);
}

#[tokio::test]
async fn apps_start_after_the_given_name() {
    let server = MockServer::start_async().await;
    let page = server.list_apps(|when, then| {
        exact_query(
            when.into_inner().path(path("/apps")),
            &[("limit", "100"), ("start_app_name", "m")],
        );
        then.ok(&apps_page(&["n"], false));
    });

    let client = testing::client(&server).await;
    let apps: Vec<_> = client
        .apps()
        .page_size(100)
        .start_after("m")
        .try_collect()
        .await
        .unwrap();

    assert_eq!(app_names(&apps), ["n"]);
    page.assert_calls(1);
}

#[tokio::test]
async fn apps_end_with_an_error_when_dis_repeats_a_marker() {
    let server = MockServer::start_async().await;
    let first = server.list_apps(|when, then| {
        exact_query(when.into_inner().path(path("/apps")), &[]);
        then.ok(&apps_page(&["a"], true));
    });
    let again = server.list_apps(|when, then| {
        exact_query(
            when.into_inner().path(path("/apps")),
            &[("start_app_name", "a")],
        );
        then.ok(&apps_page(&["a"], true));
    });

    let client = testing::client(&server).await;
    let (apps, end) = testing::items_and_end(client.apps()).await;

    // The repeated page is not yielded; the listing ends with an error, not silently.
    assert_eq!(app_names(&apps), ["a"]);
    assert!(matches!(end, Some(Error::NoProgress { .. })), "{end:?}");
    first.assert_calls(1);
    again.assert_calls(1);
}

#[tokio::test]
async fn app_listings_refuse_bad_options_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;

    for size in [0, 101] {
        let err = client
            .apps()
            .page_size(size)
            .try_collect::<Vec<_>>()
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::Validation(ref v) if v.field() == "limit"),
            "{err:?}"
        );
    }
    let err = client
        .apps_of_stream("bad name")
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Validation(ref v) if v.field() == "stream_name"),
        "{err:?}"
    );
    anything.assert_calls(0);
}

#[tokio::test]
async fn get_app_decodes_the_app() {
    let server = MockServer::start_async().await;
    let show = server.show_app(|when, then| {
        exact_query(when.into_inner().path(path("/apps/billing")), &[]);
        then.ok(&app("billing"));
    });

    let client = testing::client(&server).await;
    let app = client.get_app("billing").await.unwrap();

    assert_eq!(app.app_name, "billing");
    assert_eq!(app.app_id, "id-billing");
    assert_eq!(app.create_time, 1593569685875);
    assert_eq!(app.commit_checkpoint_stream_names, ["orders"]);
    show.assert_calls(1);
}

#[tokio::test]
async fn listed_apps_without_checkpoint_streams_decode_with_an_empty_list() {
    let server = MockServer::start_async().await;
    // The reference's listing example: no commit_checkpoint_stream_names.
    server.mock(|when, then| {
        when.method(GET).path(path("/apps"));
        then.status(200).json_body(json!({
            "total_number": 1,
            "apps": [{"app_id": "bd6IPpvgiIflQPMpi9M", "app_name": "newstream", "create_time": 1593569685875_i64}],
            "has_more_app": false,
        }));
    });

    let client = testing::client(&server).await;
    let apps: Vec<_> = client.apps().try_collect().await.unwrap();

    assert_eq!(apps.len(), 1);
    assert_eq!(apps[0].app_name, "newstream");
    assert_eq!(apps[0].app_id, "bd6IPpvgiIflQPMpi9M");
    assert!(apps[0].commit_checkpoint_stream_names.is_empty());
}

#[tokio::test]
async fn an_empty_answer_is_a_decode_error_not_an_empty_success() {
    let server = MockServer::start_async().await;
    let list = server.mock(|when, then| {
        when.method(GET).path(path("/apps"));
        then.status(200).json_body(json!({}));
    });
    let show = server.mock(|when, then| {
        when.method(GET).path(path("/apps/billing"));
        then.status(200).json_body(json!({}));
    });
    let without_id = server.mock(|when, then| {
        when.method(GET).path(path("/apps/nameless"));
        then.status(200)
            .json_body(json!({"app_name": "nameless", "create_time": 1}));
    });

    let client = testing::client(&server).await;
    let results = [
        client.apps().try_collect::<Vec<_>>().await.map(|_| ()),
        client.get_app("billing").await.map(|_| ()),
        client.get_app("nameless").await.map(|_| ()),
    ];

    for (result, missing) in results.into_iter().zip(["apps", "app_id", "app_id"]) {
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
async fn get_app_reports_a_missing_app_and_refuses_bad_names() {
    let server = MockServer::start_async().await;
    let show = server.mock(|when, then| {
        when.method(GET).path(path("/apps/gone"));
        dis_error(then, 400, "DIS.4332");
    });

    let client = testing::client(&server).await;
    let missing = client.get_app("gone").await.unwrap_err();
    let bad = client.get_app("no/slash").await.unwrap_err();

    assert!(matches!(missing, Error::NotFound(_)), "{missing:?}");
    assert!(matches!(bad, Error::Validation(_)), "{bad:?}");
    show.assert_calls(1);
}

#[tokio::test]
async fn delete_app_sends_a_delete() {
    let server = MockServer::start_async().await;
    let delete = server.mock(|when, then| {
        exact_query(when.method(DELETE).path(path("/apps/billing")), &[]);
        then.status(204);
    });

    let client = testing::client(&server).await;
    client.delete_app("billing", false).await.unwrap();

    delete.assert_calls(1);
}

#[tokio::test]
async fn delete_app_ignores_dis_4332_only_when_asked() {
    let server = MockServer::start_async().await;
    let delete = server.mock(|when, then| {
        when.method(DELETE).path(path("/apps/gone"));
        dis_error(then, 400, "DIS.4332");
    });

    let client = testing::client(&server).await;
    client.delete_app("gone", true).await.unwrap();
    let err = client.delete_app("gone", false).await.unwrap_err();

    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    assert_eq!(err.code(), Some("DIS.4332"));
    delete.assert_calls(2);
}

#[tokio::test]
async fn delete_app_ignores_404_only_when_asked() {
    let server = MockServer::start_async().await;
    let delete = server.mock(|when, then| {
        when.method(DELETE).path(path("/apps/gone"));
        then.status(404)
            .header("content-type", "application/json")
            .json_body(json!({"error_code": "APIGW.0101", "error_msg": "The API does not exist"}));
    });

    let client = testing::client(&server).await;
    client.delete_app("gone", true).await.unwrap();
    let err = client.delete_app("gone", false).await.unwrap_err();

    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
    delete.assert_calls(2);
}

#[tokio::test]
async fn delete_app_refuses_a_bad_name_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;

    let err = client.delete_app("", true).await.unwrap_err();

    assert!(matches!(err, Error::Validation(_)), "{err:?}");
    anything.assert_calls(0);
}

fn consumption_page(
    states: Vec<types::PartitionConsumingState>,
    more: bool,
) -> types::ShowConsumerStateResponse {
    types::ShowConsumerStateResponse {
        has_more: Some(more),
        stream_name: Some("orders".into()),
        app_name: Some("billing".into()),
        partition_consuming_states: states,
    }
}

fn state(
    partition_id: LenientString,
    sequence_number: LenientString,
) -> types::PartitionConsumingState {
    types::PartitionConsumingState {
        partition_id: Some(partition_id),
        sequence_number: Some(sequence_number),
        latest_offset: Some(1658297359),
        earliest_offset: Some(1653120573),
        checkpoint_type: Some("LAST_READ".into()),
        status: Some("ACTIVE".into()),
        metadata: None,
    }
}

#[tokio::test]
async fn app_consumptions_page_by_partition_and_normalise_ids() {
    let server = MockServer::start_async().await;
    let consumer_path = path("/apps/billing/streams/orders");
    let first = server.show_consumer_state(|when, then| {
        exact_query(
            when.into_inner().path(&consumer_path),
            &[("checkpoint_type", "LAST_READ"), ("limit", "2")],
        );
        // DIS sends the ids as JSON numbers here, as the reference's example does.
        then.ok(&consumption_page(
            vec![state(number(0), number(-1)), state(number(1), number(17))],
            true,
        ));
    });
    let second = server.show_consumer_state(|when, then| {
        exact_query(
            when.into_inner().path(&consumer_path),
            &[
                ("checkpoint_type", "LAST_READ"),
                ("limit", "2"),
                ("start_partition_id", "1"),
            ],
        );
        then.ok(&consumption_page(
            vec![
                state(text("shardId-0000000002"), text("5")),
                state(text("shardId-0000000003"), text("6")),
            ],
            true,
        ));
    });
    let third = server.show_consumer_state(|when, then| {
        exact_query(
            when.into_inner().path(&consumer_path),
            &[
                ("checkpoint_type", "LAST_READ"),
                ("limit", "2"),
                ("start_partition_id", "shardId-0000000003"),
            ],
        );
        let mut last = state(text("shardId-0000000004"), text("9"));
        last.metadata = Some("worker-3".into());
        then.ok(&consumption_page(vec![last], false));
    });

    let client = testing::client(&server).await;
    let states: Vec<PartitionConsumption> = client
        .app_consumptions("orders", "billing")
        .page_size(2)
        .try_collect()
        .await
        .unwrap();

    let ids: Vec<(&str, &str)> = states
        .iter()
        .map(|s| (s.partition_id.as_str(), s.sequence_number.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            ("0", "-1"),
            ("1", "17"),
            ("shardId-0000000002", "5"),
            ("shardId-0000000003", "6"),
            ("shardId-0000000004", "9"),
        ]
    );
    let first_state = &states[0];
    assert_eq!(first_state.latest_offset, Some(1658297359));
    assert_eq!(first_state.earliest_offset, Some(1653120573));
    assert_eq!(first_state.status.as_deref(), Some("ACTIVE"));
    assert_eq!(first_state.checkpoint_type.as_deref(), Some("LAST_READ"));
    assert_eq!(first_state.metadata, None);
    assert_eq!(states[4].metadata.as_deref(), Some("worker-3"));
    first.assert_calls(1);
    second.assert_calls(1);
    third.assert_calls(1);
}

#[tokio::test]
async fn app_consumptions_end_with_an_error_when_dis_repeats_a_marker() {
    let server = MockServer::start_async().await;
    let consumer_path = path("/apps/billing/streams/orders");
    let first = server.show_consumer_state(|when, then| {
        exact_query(
            when.into_inner().path(&consumer_path),
            &[("checkpoint_type", "LAST_READ")],
        );
        then.ok(&consumption_page(vec![state(number(0), number(1))], true));
    });
    let again = server.show_consumer_state(|when, then| {
        exact_query(
            when.into_inner().path(&consumer_path),
            &[
                ("checkpoint_type", "LAST_READ"),
                ("start_partition_id", "0"),
            ],
        );
        then.ok(&consumption_page(vec![state(number(0), number(1))], true));
    });

    let client = testing::client(&server).await;
    let (states, end) = testing::items_and_end(client.app_consumptions("orders", "billing")).await;

    // The repeated page is not yielded a second time; the listing ends with an error.
    assert_eq!(states.len(), 1);
    assert!(matches!(end, Some(Error::NoProgress { .. })), "{end:?}");
    first.assert_calls(1);
    again.assert_calls(1);
}

#[tokio::test]
async fn app_consumptions_accept_up_to_1000_per_page() {
    let server = MockServer::start_async().await;
    let page = server.show_consumer_state(|when, then| {
        exact_query(
            when.into_inner().path(path("/apps/billing/streams/orders")),
            &[("checkpoint_type", "LAST_READ"), ("limit", "1000")],
        );
        then.ok(&consumption_page(Vec::new(), false));
    });

    let client = testing::client(&server).await;
    let states: Vec<_> = client
        .app_consumptions("orders", "billing")
        .page_size(1000)
        .try_collect()
        .await
        .unwrap();

    assert!(states.is_empty());
    page.assert_calls(1);
}

#[tokio::test]
async fn app_consumptions_refuse_bad_input_without_sending() {
    let server = MockServer::start_async().await;
    let anything = any_request(&server);
    let client = testing::client(&server).await;

    let cases = [
        (
            client.app_consumptions("orders", "billing").page_size(0),
            "limit",
        ),
        (
            client.app_consumptions("orders", "billing").page_size(1001),
            "limit",
        ),
        (
            client.app_consumptions("bad name", "billing"),
            "stream_name",
        ),
        (client.app_consumptions("orders", ""), "app_name"),
    ];
    for (listing, field) in cases {
        let err = listing.try_collect::<Vec<_>>().await.unwrap_err();
        assert!(
            matches!(err, Error::Validation(ref v) if v.field() == field),
            "{field}: {err:?}"
        );
    }
    anything.assert_calls(0);
}

#[tokio::test]
async fn failed_app_calls_return_the_kind_of_their_dis_error() {
    assert_failing_calls([
        FailingCall {
            case: "creating an app whose name exists",
            method: POST,
            path: "/apps",
            status: 400,
            code: "DIS.4330",
            call: |c| Box::pin(c.create_app("billing")),
            kind: |e| matches!(e, Error::AlreadyExists(_)),
            requests: 1,
        },
        FailingCall {
            case: "deleting a busy app with ignore-missing",
            method: DELETE,
            path: "/apps/busy",
            status: 400,
            code: "DIS.4331",
            call: |c| Box::pin(c.delete_app("busy", true)),
            kind: |e| matches!(e, Error::InvalidRequest(_)),
            requests: 1,
        },
        FailingCall {
            case: "deleting with ignore-missing, failing otherwise",
            method: DELETE,
            path: "/apps/odd",
            status: 400,
            code: "DIS.4200",
            call: |c| Box::pin(c.delete_app("odd", true)),
            kind: |e| matches!(e, Error::InvalidRequest(_)),
            requests: 1,
        },
        FailingCall {
            case: "the consumption of a missing app",
            method: GET,
            path: "/apps/gone/streams/orders",
            status: 400,
            code: "DIS.4332",
            call: |c| {
                Box::pin(async move {
                    c.app_consumptions("orders", "gone")
                        .try_collect::<Vec<_>>()
                        .await
                        .map(drop)
                })
            },
            kind: |e| matches!(e, Error::NotFound(_)),
            requests: 1,
        },
    ])
    .await;
}
