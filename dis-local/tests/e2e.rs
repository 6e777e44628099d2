//! One end-to-end suite, two targets. By default it runs against an in-process dis-local.
//! With `DIS_CONTRACT_ENDPOINT` set (`https://dis.eu-de.otc.t-systems.com/v2/PROJECT_ID`, or
//! a dis-local binary's endpoint) it runs against that endpoint, with the credentials of the
//! usual `OS_*` variables or `clouds.yaml` (`OS_CLOUD`) when any are given. Every resource
//! it creates has a unique name and is deleted again, also when a check fails.
//!
//! ```text
//! DIS_CONTRACT_ENDPOINT=https://dis.eu-de.otc.t-systems.com/v2/$OS_PROJECT_ID OS_CLOUD=otc \
//!     cargo test -p dis-local --test e2e -- --nocapture
//! ```

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::time::{Duration, Instant};

use futures::{FutureExt, TryStreamExt};
use otc_dis::{Client, CursorPosition, Error, RecordToPut};

/// Where the suite runs; the in-process emulator lives as long as this.
struct Target {
    client: Client,
    _local: Option<dis_local::Handle>,
}

const CREDENTIAL_VARIABLES: [&str; 5] = [
    "OS_CLOUD",
    "OS_AUTH_URL",
    "OS_AUTH_TOKEN",
    "OS_ACCESS_KEY",
    "OS_AK",
];

async fn target() -> Target {
    let Ok(endpoint) = std::env::var("DIS_CONTRACT_ENDPOINT") else {
        println!("e2e: against an in-process dis-local (set DIS_CONTRACT_ENDPOINT for another)");
        let local = dis_local::Server::builder()
            .project_id("e2e")
            .start()
            .await
            .unwrap();
        let client = Client::with_endpoint(&local.endpoint(), "e2e").unwrap();
        return Target {
            client,
            _local: Some(local),
        };
    };
    let with_credentials = CREDENTIAL_VARIABLES
        .iter()
        .any(|name| std::env::var_os(name).is_some());
    println!(
        "e2e: against {endpoint} ({})",
        if with_credentials {
            "credentials from the environment"
        } else {
            "no credentials"
        }
    );
    let client = if with_credentials {
        let config = otc_dis::Config::builder()
            .endpoint(&endpoint)
            .build()
            .expect("DIS_CONTRACT_ENDPOINT and the OS_* settings form a configuration");
        Client::connect(config).await.expect("connected")
    } else {
        let project = endpoint
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        Client::with_endpoint(&endpoint, &project)
            .expect("DIS_CONTRACT_ENDPOINT ends in /v2/{project_id}")
    };
    Target {
        client,
        _local: None,
    }
}

/// A name no other run uses: `e2e_<what>_<pid>_<nanoseconds>`.
fn unique(what: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!(
        "e2e_{what}_{}_{}",
        std::process::id(),
        nanos % 1_000_000_000_000
    )
}

/// Runs `body` with a new stream of `partitions` partitions, then deletes the stream, also
/// when `body` panicked; returns the stream's name.
async fn with_stream<F, Fut>(client: &Client, partitions: u32, body: F) -> String
where
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = ()>,
{
    let stream = unique("stream");
    client
        .create_stream(&stream, partitions)
        .send()
        .await
        .unwrap();
    let outcome = AssertUnwindSafe(body(stream.clone())).catch_unwind().await;
    client.delete_stream(&stream, true).await.unwrap();
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
    stream
}

/// Reads partition `partition` from its start until `wanted` records arrived (a real
/// service may show new records after a moment), for at most 60 s.
async fn read(client: &Client, stream: &str, partition: &str, wanted: usize) -> Vec<Vec<u8>> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let records: Vec<_> = client
            .download_data_from(stream, partition, CursorPosition::TrimHorizon)
            .try_collect()
            .await
            .unwrap();
        if records.len() >= wanted || Instant::now() > deadline {
            return records.into_iter().map(|r| r.data.to_vec()).collect();
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

#[tokio::test]
async fn a_stream_is_created_described_listed_written_read_and_deleted() {
    let target = target().await;
    let client = &target.client;
    let deleted = with_stream(client, 2, |stream| async move {
        let described = client.get_stream(&stream).await.unwrap();
        assert_eq!(described.stream_name, stream);
        assert_eq!(described.partitions.len(), 2);
        let listed: Vec<_> = client
            .streams()
            .map_ok(|s| s.stream_name)
            .try_collect()
            .await
            .unwrap();
        assert!(listed.contains(&stream), "{stream} not in {listed:?}");

        let outcome = client
            .upload_data(&stream)
            .records((0..10).map(|i| RecordToPut::for_partition("0", format!("record {i}"))))
            .send()
            .await
            .unwrap();
        assert!(
            outcome.is_complete(),
            "{:?}",
            outcome.failures().collect::<Vec<_>>()
        );
        let data = read(client, &stream, "0", 10).await;
        let expected: Vec<Vec<u8>> = (0..10)
            .map(|i| format!("record {i}").into_bytes())
            .collect();
        assert_eq!(data, expected);
    })
    .await;
    let err = client.get_stream(&deleted).await.unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err:?}");
}

#[tokio::test]
async fn an_app_commits_reads_and_deletes_a_checkpoint() {
    let target = target().await;
    let client = &target.client;
    with_stream(client, 1, |stream| async move {
        let app = unique("app");
        client.create_app(&app).await.unwrap();
        let checked = AssertUnwindSafe(async {
            let outcome = client
                .upload_data(&stream)
                .records(["a", "b", "c"].map(|d| RecordToPut::for_partition("0", d)))
                .send()
                .await
                .unwrap();
            let last = outcome.records[2].as_ref().unwrap().sequence_number.clone();
            client
                .create_checkpoint(&stream, &app, "0", last.as_str())
                .send()
                .await
                .unwrap();
            let checkpoint = client.get_checkpoint(&stream, &app, "0").await.unwrap();
            assert_eq!(checkpoint.sequence_number.as_deref(), Some(last.as_str()));
            assert_eq!(client.get_app(&app).await.unwrap().app_name, app);
        })
        .catch_unwind()
        .await;
        client.delete_app(&app, true).await.unwrap();
        if let Err(panic) = checked {
            std::panic::resume_unwind(panic);
        }
    })
    .await;
}

#[tokio::test]
async fn a_stream_tag_is_added_listed_and_removed() {
    let target = target().await;
    let client = &target.client;
    with_stream(client, 1, |stream| async move {
        let id = client.get_stream(&stream).await.unwrap().stream_id;
        client.add_stream_tag(&id, "e2e", "yes").await.unwrap();
        let tags = client.stream_tags(&id).await.unwrap();
        assert_eq!(tags.get("e2e").map(String::as_str), Some("yes"), "{tags:?}");
        client.delete_stream_tag(&id, "e2e").await.unwrap();
        let tags = client.stream_tags(&id).await.unwrap();
        assert!(!tags.contains_key("e2e"), "{tags:?}");
    })
    .await;
}
