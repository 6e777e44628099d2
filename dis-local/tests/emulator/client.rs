//! The project's own client (`otc_dis::Client`) against the emulator: paging, errors and
//! the checkpoint calls work end to end.

use crate::common;

use common::start;
use futures::TryStreamExt;
use serde_json::json;

#[tokio::test]
async fn streams_page_through_the_emulator() {
    let (_dis, client) = start().await;
    for name in ["c", "a", "b"] {
        client.create_stream(name, 2).send().await.unwrap();
    }
    let names: Vec<String> = client
        .streams()
        .page_size(1)
        .map_ok(|s| s.stream_name)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(names, ["a", "b", "c"]);
    let err = client.create_stream("a", 1).send().await.unwrap_err();
    assert_eq!(err.code(), Some("DIS.4307"));
    client.update_stream_partition("a", 3).await.unwrap();
    let a = client.get_stream("a").await.unwrap();
    assert_eq!(a.writable_partition_count, 3);
    assert_eq!(a.partitions.len(), 3);
    assert_eq!(a.partitions[2].partition_id, "shardId-0000000002");
    assert_eq!(a.partitions[2].status, otc_dis::PartitionStatus::Active);
    assert_eq!(a.status, otc_dis::StreamStatus::Running);
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

#[tokio::test]
async fn records_dump_tasks_tags_and_metrics_through_the_client() {
    use futures::StreamExt;
    use otc_dis::{CursorPosition, RecordToPut};

    let (_dis, client) = start().await;
    client.create_stream("s", 2).send().await.unwrap();

    let outcome = client
        .upload_data("s")
        .records([
            RecordToPut::for_partition("0", "one"),
            RecordToPut::keyed("k", "two").with_partition_id("0"),
            RecordToPut::for_partition("7", "lost"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(outcome.failed_record_count, 1);
    assert_eq!(
        outcome.records[2]
            .as_ref()
            .unwrap_err()
            .error_code
            .as_deref(),
        Some("DIS.4302")
    );

    let cursor = client
        .get_data_cursor("s", "0", CursorPosition::TrimHorizon)
        .await
        .unwrap();
    let records: Vec<_> = client.download_data(cursor).take(2).collect().await;
    let records: Vec<_> = records.into_iter().map(Result::unwrap).collect();
    assert_eq!(&records[0].data[..], b"one");
    assert_eq!(records[1].partition_key.as_deref(), Some("k"));
    assert_eq!(records[1].sequence_number, "1");
    let after = client
        .get_data_cursor("s", "0", CursorPosition::AfterSequenceNumber("5".into()))
        .await
        .unwrap_err();
    assert_eq!(after.code(), Some("DIS.4224"));

    client
        .create_dump_task("s", "task", "bucket", "dis_admin_agency")
        .send()
        .await
        .unwrap();
    let tasks: Vec<_> = client.dump_tasks("s").try_collect().await.unwrap();
    let id = tasks[0].task_id.clone();
    client.pause_dump_task("s", [id.clone()]).await.unwrap();
    let paused = client.get_dump_task("s", "task").await.unwrap();
    assert_eq!(paused.task.state, otc_dis::DumpTaskState::Paused);
    assert_eq!(paused.task.task_id, id);
    assert_eq!(
        paused.obs_destination.map(|obs| obs.obs_bucket_path),
        Some("bucket".to_owned())
    );
    client.start_dump_task("s", [id]).await.unwrap();
    assert_eq!(
        client.get_dump_task("s", "task").await.unwrap().task.state,
        otc_dis::DumpTaskState::Running
    );
    client.delete_dump_task("s", "task", false).await.unwrap();
    client.delete_dump_task("s", "task", true).await.unwrap();

    let stream_id = client.get_stream("s").await.unwrap().stream_id;
    client
        .add_stream_tag(&stream_id, "env", "prod")
        .await
        .unwrap();
    assert_eq!(
        client
            .stream_tags(&stream_id)
            .await
            .unwrap()
            .get("env")
            .map(String::as_str),
        Some("prod")
    );
    assert_eq!(
        client
            .streams_by_tags()
            .tag("env", &["prod"])
            .count()
            .await
            .unwrap(),
        1
    );
    let found: Vec<_> = client
        .streams_by_tags()
        .tag("env", &[])
        .list()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(found[0].resource_name.as_deref(), Some("s"));
    client.delete_stream_tag(&stream_id, "env").await.unwrap();
    assert!(client.tags().await.unwrap().is_empty());

    let now = std::time::SystemTime::now();
    let series = client
        .stream_metrics(
            "s",
            otc_dis::types::StreamMetricLabel::TotalPutRecordsPerStream,
            now - std::time::Duration::from_secs(600),
            now + std::time::Duration::from_secs(60),
        )
        .await
        .unwrap();
    assert_eq!(series[0].points.iter().map(|p| p.value).sum::<i64>(), 2);
}
