//! Consumer apps: create, list (all, or those consuming one stream), describe, show how far
//! an app has consumed each partition, and delete; with the errors for a duplicate and a
//! missing app. Runs against the in-process emulator; no cloud account needed.
//!
//! ```text
//! cargo run --example apps
//! ```

use futures::TryStreamExt;
use otc_dis::{Client, Error, RecordToPut};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dis = dis_local::Server::builder()
        .project_id("demo-project")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;

    client.create_stream("orders", 2).send().await?;
    client
        .upload_data("orders")
        .records((1..=5).map(|n| RecordToPut::for_partition("0", format!("order {n}"))))
        .send()
        .await?;

    for app in ["billing", "analytics", "audit"] {
        client.create_app(app).await?;
    }
    match client.create_app("billing").await {
        Err(Error::AlreadyExists(answer)) => println!("creating billing again: {answer}"),
        other => return Err(format!("expected AlreadyExists, got {other:?}").into()),
    }

    // A lazy listing; with a page size of 2 the third app comes from a second request.
    println!("apps:");
    let mut apps = client.apps().page_size(2);
    while let Some(app) = apps.try_next().await? {
        println!("  {:<10} id {}", app.app_name, app.app_id);
    }

    // An app becomes a consumer of a stream once it commits a checkpoint there.
    client
        .create_checkpoint("orders", "billing", "0", "2")
        .send()
        .await?;
    let billing = client.get_app("billing").await?;
    println!(
        "billing was created at {} ms and has checkpoints on {:?}",
        billing.create_time, billing.commit_checkpoint_stream_names
    );
    let consumers: Vec<String> = client
        .apps_of_stream("orders")
        .map_ok(|app| app.app_name)
        .try_collect()
        .await?;
    println!("apps consuming orders: {consumers:?}");

    // Per partition: the app's checkpoint next to the partition's offsets ("-1": none yet).
    println!("billing on orders:");
    let mut states = client.app_consumptions("orders", "billing");
    while let Some(state) = states.try_next().await? {
        println!(
            "  {} checkpoint {:>2}, offsets {}..{}",
            state.partition_id,
            state.sequence_number,
            state.earliest_offset.unwrap_or_default(),
            state.latest_offset.unwrap_or_default(),
        );
    }

    match client.get_app("no-such-app").await {
        Err(Error::NotFound(answer)) => println!("describing no-such-app: {answer}"),
        other => return Err(format!("expected NotFound, got {other:?}").into()),
    }

    for app in ["billing", "analytics", "audit"] {
        client.delete_app(app, false).await?;
    }
    // Deleting twice fails, unless a missing app is to count as deleted.
    match client.delete_app("audit", false).await {
        Err(err @ Error::NotFound(_)) => println!("deleting audit again: {err}"),
        other => return Err(format!("expected NotFound, got {other:?}").into()),
    }
    client.delete_app("audit", true).await?;
    let left = client.apps().try_collect::<Vec<_>>().await?.len();
    println!("deleted the apps; {left} left");

    client.delete_stream("orders", false).await?;
    dis.shutdown().await;
    Ok(())
}
