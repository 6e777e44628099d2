//! The project's own client (`otc_dis::Client`) against the emulator: paging, errors and
//! the checkpoint calls work end to end.

use futures::TryStreamExt;
use serde_json::json;

async fn start() -> (dis_local::Handle, otc_dis::Client) {
    let dis = dis_local::Server::builder()
        .project_id("proj")
        .start()
        .await
        .unwrap();
    let client = otc_dis::Client::with_endpoint(&dis.endpoint(), "proj").unwrap();
    (dis, client)
}

#[tokio::test]
async fn streams_page_through_the_emulator() {
    let (_dis, client) = start().await;
    for name in ["c", "a", "b"] {
        client.create_stream(name, 2).send().await.unwrap();
    }
    let names: Vec<String> = client
        .streams()
        .page_size(1)
        .map_ok(|s| s.stream_name.unwrap_or_default())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names, ["a", "b", "c"]);
    let err = client.create_stream("a", 1).send().await.unwrap_err();
    assert_eq!(err.code(), Some("DIS.4307"));
    client.update_stream_partition("a", 3).await.unwrap();
    let a = client.get_stream("a").await.unwrap();
    assert_eq!(a.writable_partition_count, Some(3));
    client.delete_stream("a", false).await.unwrap();
    client.delete_stream("a", true).await.unwrap();
    let err = client.delete_stream("a", false).await.unwrap_err();
    assert_eq!(err.code(), Some("DIS.4301"));
}

#[tokio::test]
async fn apps_and_checkpoints_through_the_client() {
    let (_dis, client) = start().await;
    client.create_stream("s", 3).send().await.unwrap();
    let put: otc_dis::types::PutRecordsRequest = serde_json::from_value(json!({
        "stream_name": "s", "records": [{"data": "AA==", "partition_id": "1"}, {"data": "AQ==", "partition_id": "1"}]
    }))
    .unwrap();
    client
        .raw()
        .put_records()
        .project_id("proj")
        .body(put)
        .send()
        .await
        .unwrap();
    client.create_app("reader").await.unwrap();
    client
        .create_checkpoint("s", "reader", "1", "2")
        .metadata("m")
        .send()
        .await
        .unwrap();
    let cp = client
        .get_checkpoint("s", "reader", "shardId-0000000001")
        .send()
        .await
        .unwrap();
    assert_eq!(
        (cp.sequence_number.as_deref(), cp.metadata.as_deref()),
        (Some("2"), Some("m"))
    );
    let err = client
        .create_checkpoint("s", "reader", "1", "3")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("DIS.4224"));
    let states: Vec<_> = client
        .app_consumptions("s", "reader")
        .page_size(1)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(states.len(), 3);
    let apps: Vec<_> = client.apps_of_stream("s").try_collect().await.unwrap();
    assert_eq!(apps.len(), 1);
    client
        .delete_checkpoint("s", "reader", None)
        .send()
        .await
        .unwrap();
    assert_eq!(
        client
            .get_app("reader")
            .await
            .unwrap()
            .commit_checkpoint_stream_names,
        Vec::<String>::new()
    );
    client.delete_app("reader", false).await.unwrap();
    assert_eq!(
        client.get_app("reader").await.unwrap_err().code(),
        Some("DIS.4332")
    );
}
