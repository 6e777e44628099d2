//! Stream tags and tag search against a mock DIS: exact requests, decoded answers,
//! offset paging with string offsets, percent-encoded keys and refused input.

use std::collections::BTreeMap;

use futures::TryStreamExt;
use httpmock::{Method::*, MockServer};
use otc_dis::{Error, types};
use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;
use otc_dis_contract::testing::tag;
use serde_json::json;

const STREAM_ID: &str = "8QM3Nt9YTLOwtUVYJhO";
const SEARCH: &str = "/stream/resource_instances/action";

fn tags_path(rest: &str) -> String {
    testing::path(&format!("/stream/{STREAM_ID}/tags{rest}"))
}

fn expect_validation<T: std::fmt::Debug>(field: &str, result: otc_dis::Result<T>) {
    match result {
        Err(Error::Validation(v)) => assert_eq!(v.field(), field, "{v}"),
        other => panic!("expected a validation error for {field}, got {other:?}"),
    }
}

fn resource(n: u32) -> types::Resource {
    types::Resource {
        resource_id: Some(format!("id-{n}")),
        resource_name: Some(format!("stream-{n}")),
        // Sent as `null`, as DIS does.
        resource_detail: Some(serde_json::Value::Null),
        tags: vec![tag("env", Some("prod"))],
    }
}

/// An answer of the tag search: these resources and the count of all.
fn found(resources: Vec<types::Resource>, total_count: i32) -> types::ListResourcesByTagsResponse {
    types::ListResourcesByTagsResponse {
        resources,
        total_count: Some(total_count),
    }
}

#[tokio::test]
async fn add_stream_tag_posts_one_tag() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path(tags_path(""))
            .is_true(testing::query_is(&[]))
            .json_body(json!({"tag": {"key": "team", "value": "payments"}}));
        then.status(204);
    });
    testing::client(&server)
        .await
        .add_stream_tag(STREAM_ID, "team", "payments")
        .await
        .unwrap();
    mock.assert();
}

#[tokio::test]
async fn add_stream_tag_sends_an_empty_value() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path(tags_path(""))
            .json_body(json!({"tag": {"key": "flag", "value": ""}}));
        then.status(204);
    });
    testing::client(&server)
        .await
        .add_stream_tag(STREAM_ID, "flag", "")
        .await
        .unwrap();
    mock.assert();
}

#[tokio::test]
async fn delete_stream_tag_percent_encodes_the_key_once() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(DELETE)
            .path(tags_path("/cost%20center%2Feu"))
            .is_true(testing::query_is(&[]));
        then.status(204);
    });
    testing::client(&server)
        .await
        .delete_stream_tag(STREAM_ID, "cost center/eu")
        .await
        .unwrap();
    mock.assert();
}

#[tokio::test]
async fn delete_stream_tag_reports_an_unknown_key() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(DELETE).path(tags_path("/team"));
        testing::dis_error(then, 400, "DIS.4604");
    });
    let err = testing::client(&server)
        .await
        .delete_stream_tag(STREAM_ID, "team")
        .await
        .unwrap_err();
    mock.assert();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
}

#[tokio::test]
async fn stream_tags_decodes_key_to_value() {
    let server = MockServer::start_async().await;
    let mock = server.show_stream_tags(|when, then| {
        when.into_inner()
            .path(tags_path(""))
            .is_true(testing::query_is(&[]));
        then.ok(&types::ShowStreamTagsResponse {
            tags: vec![
                tag("key1", Some("value1")),
                tag("key2", Some("value3")),
                tag("bare", None),
            ],
        });
    });
    let tags = testing::client(&server)
        .await
        .stream_tags(STREAM_ID)
        .await
        .unwrap();
    mock.assert();
    let expected: BTreeMap<String, String> = [("key1", "value1"), ("key2", "value3"), ("bare", "")]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    assert_eq!(tags, expected);
}

#[tokio::test]
async fn tags_of_the_project_map_keys_to_values() {
    let server = MockServer::start_async().await;
    let key_values = |key: Option<&str>, values: &[&str]| types::TagsWithValues {
        key: key.map(Into::into),
        values: values.iter().map(|v| v.to_string()).collect(),
    };
    let mock = server.list_tags(|when, then| {
        when.into_inner()
            .path(testing::path("/stream/tags"))
            .is_true(testing::query_is(&[]));
        then.ok(&types::ListTagsResponse {
            tags: vec![
                key_values(Some("key1"), &["value1", "value2"]),
                key_values(Some("key2"), &["value1"]),
                key_values(None, &["orphan"]),
            ],
        });
    });
    let tags = testing::client(&server).await.tags().await.unwrap();
    mock.assert();
    let expected: BTreeMap<String, Vec<String>> = [
        (
            "key1".to_owned(),
            vec!["value1".to_owned(), "value2".to_owned()],
        ),
        ("key2".to_owned(), vec!["value1".to_owned()]),
    ]
    .into();
    assert_eq!(tags, expected);
}

#[tokio::test]
async fn add_stream_tags_sends_one_create_action() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path(tags_path("/action"))
            .is_true(testing::query_is(&[]))
            .json_body(json!({
                "action": "create",
                "tags": [{"key": "team", "value": "payments"}, {"key": "env", "value": "prod"}]
            }));
        then.status(204);
    });
    testing::client(&server)
        .await
        .add_stream_tags(STREAM_ID, [("team", "payments"), ("env", "prod")])
        .await
        .unwrap();
    mock.assert();
}

#[tokio::test]
async fn delete_stream_tags_sends_one_delete_action_with_keys_only() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path(tags_path("/action"))
            .is_true(testing::query_is(&[]))
            .json_body(json!({
                "action": "delete",
                "tags": [{"key": "team"}, {"key": "env"}]
            }));
        then.status(204);
    });
    testing::client(&server)
        .await
        .delete_stream_tags(STREAM_ID, vec!["team".to_owned(), "env".to_owned()])
        .await
        .unwrap();
    mock.assert();
}

#[tokio::test]
async fn bad_tags_send_nothing() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(204);
    });
    let client = testing::client(&server).await;
    let eleven: Vec<(String, String)> =
        (0..11).map(|i| (format!("k{i}"), "v".to_owned())).collect();
    let eleven_keys: Vec<String> = (0..11).map(|i| format!("k{i}")).collect();
    let no_keys: [&str; 0] = [];
    let no_tags: [(&str, &str); 0] = [];
    expect_validation("tags.key", client.add_stream_tag(STREAM_ID, "", "v").await);
    expect_validation(
        "tags.key",
        client.add_stream_tag(STREAM_ID, &"k".repeat(37), "v").await,
    );
    expect_validation(
        "tags.value",
        client.add_stream_tag(STREAM_ID, "k", &"v".repeat(44)).await,
    );
    expect_validation("stream_id", client.add_stream_tag("", "k", "v").await);
    expect_validation(
        "stream_id",
        client.add_stream_tag(&"s".repeat(61), "k", "v").await,
    );
    expect_validation("tags.key", client.delete_stream_tag(STREAM_ID, " ").await);
    expect_validation("stream_id", client.stream_tags("").await);
    expect_validation("tags", client.add_stream_tags(STREAM_ID, eleven).await);
    expect_validation("tags", client.add_stream_tags(STREAM_ID, no_tags).await);
    expect_validation(
        "tags",
        client
            .add_stream_tags(STREAM_ID, [("env", "a"), ("env", "b")])
            .await,
    );
    expect_validation(
        "tags.value",
        client
            .add_stream_tags(STREAM_ID, [("env", "v".repeat(44))])
            .await,
    );
    expect_validation(
        "tags",
        client.delete_stream_tags(STREAM_ID, eleven_keys).await,
    );
    expect_validation("tags", client.delete_stream_tags(STREAM_ID, no_keys).await);
    expect_validation("tags.key", client.delete_stream_tags(STREAM_ID, [""]).await);
    mock.assert_calls(0);
    // Ten tags, a 36-character key and a 43-character value are within the limits.
    let ten: Vec<(String, String)> = (0..10).map(|i| (format!("k{i}"), "v".repeat(43))).collect();
    client.add_stream_tags(STREAM_ID, ten).await.unwrap();
    client
        .add_stream_tag(STREAM_ID, &"k".repeat(36), "v")
        .await
        .unwrap();
    mock.assert_calls(2);
}

#[tokio::test]
async fn streams_by_tags_pages_by_string_offsets_until_total_count() {
    let server = MockServer::start_async().await;
    let page = |offset: &str, resources: Vec<types::Resource>| {
        let body = json!({
            "action": "filter",
            "offset": offset,
            "limit": "2",
            "tags": [{"key": "env", "values": ["prod", "staging"]}],
            "tags_any": [{"key": "team", "values": ["payments"]}],
            "not_tags": [{"key": "deprecated"}],
            "not_tags_any": [{"key": "tier", "values": ["test"]}],
            "matches": [{"key": "resource_name", "value": "orders"}]
        });
        server.list_resources_by_tags(move |when, then| {
            when.into_inner()
                .path(testing::path(SEARCH))
                .is_true(testing::query_is(&[]))
                .json_body(body);
            then.ok(&found(resources, 5));
        })
    };
    let first = page("0", vec![resource(1), resource(2)]);
    let second = page("2", vec![resource(3), resource(4)]);
    let third = page("4", vec![resource(5)]);
    let found: Vec<otc_dis::types::Resource> = testing::client(&server)
        .await
        .streams_by_tags()
        .tag("env", &["prod", "staging"])
        .tag_any("team", &["payments"])
        .not_tag("deprecated", &[])
        .not_tag_any("tier", &["test"])
        .name_matches("orders")
        .list()
        .page_size(2)
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<_> = found
        .iter()
        .map(|r| r.resource_id.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(ids, ["id-1", "id-2", "id-3", "id-4", "id-5"]);
    assert_eq!(found[4].resource_name.as_deref(), Some("stream-5"));
    assert_eq!(found[4].tags[0].key.as_str(), "env");
    first.assert_calls(1);
    second.assert_calls(1);
    third.assert_calls(1);
}

#[tokio::test]
async fn streams_by_tags_without_page_size_sends_no_limit() {
    let server = MockServer::start_async().await;
    let mock = server.list_resources_by_tags(|when, then| {
        when.into_inner()
            .path(testing::path(SEARCH))
            .json_body(json!({"action": "filter", "offset": "0", "tags": [{"key": "env"}]}));
        then.ok(&found(vec![resource(1)], 1));
    });
    let found: Vec<_> = testing::client(&server)
        .await
        .streams_by_tags()
        .tag("env", &[])
        .list()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    mock.assert_calls(1);
}

#[tokio::test]
async fn streams_by_tags_start_after_skips_items() {
    let server = MockServer::start_async().await;
    let mock = server.list_resources_by_tags(|when, then| {
        when.into_inner()
            .path(testing::path(SEARCH))
            .json_body(json!({"action": "filter", "offset": "4", "limit": "10"}));
        then.ok(&found(vec![resource(5)], 5));
    });
    let found: Vec<_> = testing::client(&server)
        .await
        .streams_by_tags()
        .list()
        .page_size(10)
        .start_after("4")
        .try_collect()
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    mock.assert_calls(1);
}

#[tokio::test]
async fn streams_by_tags_count_sends_no_paging() {
    let server = MockServer::start_async().await;
    let mock = server.list_resources_by_tags(|when, then| {
        when.into_inner()
            .path(testing::path(SEARCH))
            .is_true(testing::query_is(&[]))
            .json_body(json!({
                "action": "count",
                "tags": [{"key": "key1", "values": ["value1", "value2"]}],
                "matches": [{"key": "resource_name", "value": "resource1"}]
            }));
        then.ok(&found(Vec::new(), 1000));
    });
    let count = testing::client(&server)
        .await
        .streams_by_tags()
        .tag("key1", &["value1", "value2"])
        .name_matches("resource1")
        .count()
        .await
        .unwrap();
    mock.assert();
    assert_eq!(count, 1000);
}

#[tokio::test]
async fn streams_by_tags_count_without_total_is_a_decode_error() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.method(POST).path(testing::path(SEARCH));
        // Raw JSON: an answer without the field.
        then.status(200).json_body(json!({}));
    });
    let err = testing::client(&server)
        .await
        .streams_by_tags()
        .count()
        .await
        .unwrap_err();
    mock.assert();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
}

#[tokio::test]
async fn bad_tag_searches_send_nothing() {
    let server = MockServer::start_async().await;
    let mock = server.mock(|when, then| {
        when.any_request();
        then.status(200).json_body_obj(&found(Vec::new(), 0));
    });
    let client = testing::client(&server).await;
    let eleven_values: Vec<String> = (0..11).map(|i| format!("v{i}")).collect();
    let eleven_values: Vec<&str> = eleven_values.iter().map(String::as_str).collect();
    let eleven_keys = (0..11).fold(client.streams_by_tags(), |search, i| {
        search.not_tag_any(format!("k{i}"), &[])
    });
    let long_value = "v".repeat(44);
    let searches = [
        ("not_tags_any", eleven_keys),
        ("tags", client.streams_by_tags().tag("env", &eleven_values)),
        (
            "tags_any",
            client
                .streams_by_tags()
                .tag_any("env", &[])
                .tag_any("env", &["x"]),
        ),
        (
            "not_tags",
            client.streams_by_tags().not_tag("env", &["a", "a"]),
        ),
        ("tags.key", client.streams_by_tags().tag("", &[])),
        (
            "tags.key",
            client.streams_by_tags().tag("k".repeat(37), &[]),
        ),
        (
            "tags.value",
            client.streams_by_tags().tag("env", &[&long_value]),
        ),
        ("matches.value", client.streams_by_tags().name_matches("")),
    ];
    for (field, search) in searches {
        expect_validation(field, search.clone().count().await);
        expect_validation(field, search.list().try_collect::<Vec<_>>().await);
    }
    for (field, listing) in [
        ("limit", client.streams_by_tags().list().page_size(0)),
        ("limit", client.streams_by_tags().list().page_size(1001)),
        (
            "offset",
            client.streams_by_tags().list().start_after("stream-3"),
        ),
    ] {
        expect_validation(field, listing.try_collect::<Vec<_>>().await);
    }
    mock.assert_calls(0);
}

/// Tags the reference's `Tag` rules refuse: the field named, nothing sent, whichever method
/// carries them.
#[tokio::test]
async fn tags_with_characters_dis_refuses_send_nothing() {
    let server = MockServer::start_async().await;
    let anything = testing::any_request(&server);
    let client = testing::client(&server).await;
    let refused = [
        ("bad key!", "v", "tags.key"),
        ("a/b", "v", "tags.key"),
        ("cost center", "v", "tags.key"),
        (" team", "v", "tags.key"),
        ("team ", "v", "tags.key"),
        ("team.x", "v", "tags.key"),
        ("", "v", "tags.key"),
        ("team", "a b", "tags.value"),
        ("team", "x/y", "tags.value"),
        ("team", " payments", "tags.value"),
        ("team", "a=b", "tags.value"),
        ("team", "é", "tags.value"),
    ];
    for (key, value, field) in refused {
        let case = format!("{key:?}={value:?}");
        let check = |result: otc_dis::Result<()>, method: &str| match result {
            Err(Error::Validation(v)) => assert_eq!(v.field(), field, "{method} {case}: {v}"),
            other => panic!("{method} {case}: expected a validation error, got {other:?}"),
        };
        check(
            client.add_stream_tag(STREAM_ID, key, value).await,
            "add_stream_tag",
        );
        check(
            client.add_stream_tags(STREAM_ID, [(key, value)]).await,
            "add_stream_tags",
        );
        check(
            client
                .create_stream("orders", 1)
                .tag(key, value)
                .send()
                .await,
            "create_stream",
        );
        if field == "tags.key" {
            check(
                client.delete_stream_tags(STREAM_ID, [key]).await,
                "delete_stream_tags",
            );
        }
    }
    anything.assert_calls(0);
}

#[tokio::test]
async fn tags_are_sent_exactly_as_given_when_the_reference_allows_them() {
    let server = MockServer::start_async().await;
    let key = format!("成本-cost_{}", "k".repeat(28));
    let value = format!("v.1-x_值{}", "v".repeat(36));
    assert_eq!((key.chars().count(), value.chars().count()), (36, 43));
    let mock = server.mock(|when, then| {
        when.method(POST)
            .path(tags_path(""))
            .json_body(json!({"tag": {"key": key, "value": value}}));
        then.status(204);
    });
    testing::client(&server)
        .await
        .add_stream_tag(STREAM_ID, &key, &value)
        .await
        .unwrap();
    mock.assert();
}

#[tokio::test]
async fn a_key_naming_an_existing_tag_is_checked_as_sent_not_trimmed() {
    let server = MockServer::start_async().await;
    let anything = testing::any_request(&server);
    let client = testing::client(&server).await;
    // 36 characters and a space: the space counts.
    let long = format!(" {}", "k".repeat(36));
    expect_validation("tags.key", client.delete_stream_tag(STREAM_ID, &long).await);
    expect_validation("tags.key", client.delete_stream_tag(STREAM_ID, "   ").await);
    expect_validation(
        "tags.key",
        client.streams_by_tags().tag(&long, &["v"]).count().await,
    );
    anything.assert_calls(0);
}
