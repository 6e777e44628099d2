//! Tags: add, list and delete the tags of a stream (one at a time and in batches), list the
//! tags used in the region, and find streams by tags; with the errors for an unknown tag
//! key and an unknown stream id. Runs against the in-process emulator; no cloud account
//! needed.
//!
//! ```text
//! cargo run --example tags
//! ```

use std::collections::BTreeMap;

use futures::TryStreamExt;
use otc_dis::{Client, Error};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dis = dis_local::Server::builder()
        .project_id("demo-project")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;

    client
        .create_stream("orders-eu", 1)
        .tag("env", "prod")
        .send()
        .await?;
    for name in ["orders-us", "orders-test", "payments"] {
        client.create_stream(name, 1).send().await?;
    }
    // Tag operations address a stream by its id, not its name.
    let ids: BTreeMap<String, String> = client
        .streams()
        .map_ok(|s| (s.stream_name, s.stream_id))
        .try_collect()
        .await?;
    let id = |name: &str| ids[name].as_str();

    client
        .add_stream_tag(id("orders-us"), "env", "prod")
        .await?;
    client.add_stream_tag(id("payments"), "env", "prod").await?;
    client
        .add_stream_tags(id("orders-eu"), [("team", "shop"), ("cost-center", "4711")])
        .await?;
    client
        .add_stream_tags(id("orders-test"), [("env", "test"), ("team", "shop")])
        .await?;
    for (name, stream_id) in &ids {
        println!("{name:<12} {:?}", client.stream_tags(stream_id).await?);
    }

    // Every key in use in the region, with its values.
    println!("tags in the region:");
    for (key, values) in client.tags().await? {
        println!("  {key}: {}", values.join(", "));
    }

    // Filters: all of `tag`, any of `tag_any`, none of `not_tag`, name contains a text.
    let names = |resources: Vec<otc_dis::types::Resource>| -> Vec<String> {
        resources
            .into_iter()
            .map(|r| r.resource_name.unwrap_or_default())
            .collect()
    };
    let prod = client
        .streams_by_tags()
        .tag("env", &["prod"])
        .list()
        .try_collect()
        .await?;
    println!("env=prod:                {:?}", names(prod));
    let shop_orders = client
        .streams_by_tags()
        .tag("team", &["shop"])
        .not_tag("env", &["test"])
        .name_matches("orders")
        .list()
        .try_collect()
        .await?;
    println!("team=shop, not test:     {:?}", names(shop_orders));
    let any = client
        .streams_by_tags()
        .tag_any("env", &["test"])
        .tag_any("cost-center", &[])
        .list()
        .page_size(1)
        .try_collect()
        .await?;
    println!("env=test or cost-center: {:?}", names(any));
    let teamless = client
        .streams_by_tags()
        .not_tag("team", &[])
        .count()
        .await?;
    println!("streams without a team:  {teamless}");

    client
        .delete_stream_tag(id("orders-eu"), "cost-center")
        .await?;
    match client
        .delete_stream_tag(id("orders-eu"), "cost-center")
        .await
    {
        Err(Error::NotFound(answer)) => println!("deleting cost-center again: {answer}"),
        other => return Err(format!("expected NotFound, got {other:?}").into()),
    }
    // The batch form ignores keys the stream does not have.
    client
        .delete_stream_tags(id("orders-test"), ["env", "team", "owner"])
        .await?;
    println!(
        "orders-eu now {:?}, orders-test now {:?}",
        client.stream_tags(id("orders-eu")).await?,
        client.stream_tags(id("orders-test")).await?
    );
    match client
        .add_stream_tag("no-such-stream-id", "env", "prod")
        .await
    {
        Err(Error::NotFound(answer)) => println!("tagging an unknown stream id: {answer}"),
        other => return Err(format!("expected NotFound, got {other:?}").into()),
    }

    for name in ids.keys() {
        client.delete_stream(name, false).await?;
    }
    println!("cleaned up");
    dis.shutdown().await;
    Ok(())
}
