//! Streams: create with options, list page by page, describe partitions, rescale, delete,
//! and recognise the errors DIS answers for a duplicate, a missing stream or bad input.
//! Runs against the in-process emulator; no cloud account needed.
//!
//! ```text
//! cargo run --example streams
//! ```

use futures::TryStreamExt;
use otc_dis::{Client, DataType, Error, StreamType};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dis = dis_local::Server::builder()
        .project_id("demo-project")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;

    // Unset attributes are left to DIS; the builder shows the common ones.
    client
        .create_stream("clickstream", 2)
        .stream_type(StreamType::Advanced)
        .data_type(DataType::Json)
        .data_duration(48)
        .tag("team", "web")
        .send()
        .await?;
    for name in ["audit-log", "billing-events", "sensor-data"] {
        client.create_stream(name, 1).send().await?;
    }
    println!("created 4 streams");

    // A name that is taken is Error::AlreadyExists (DIS.4307).
    match client.create_stream("clickstream", 1).send().await {
        Err(Error::AlreadyExists(answer)) => println!("creating clickstream again: {answer}"),
        other => return Err(format!("expected AlreadyExists, got {other:?}").into()),
    }
    // Input the client can check is refused before anything is sent.
    match client.create_stream("no spaces allowed", 1).send().await {
        Err(Error::Validation(refused)) => println!("refused locally: {refused}"),
        other => return Err(format!("expected a validation error, got {other:?}").into()),
    }

    // The listing is lazy: with two streams per page it sends a request every second item.
    println!("\nstreams (2 per page):");
    let mut streams = client.streams().page_size(2);
    while let Some(stream) = streams.try_next().await? {
        println!(
            "  {:<15} {} partition(s), {:<8} {:<4} kept {} h, {}",
            stream.stream_name,
            stream.partition_count,
            stream.stream_type,
            stream.data_type,
            stream.retention_period,
            stream.status,
        );
    }
    // Page options and the `TryStreamExt` adapters combine.
    let after_b: Vec<String> = client
        .streams()
        .start_after("billing-events")
        .map_ok(|s| s.stream_name)
        .try_collect()
        .await?;
    println!("streams after billing-events: {after_b:?}");

    // Scale up, then down: a removed partition stays readable as DELETED.
    client.update_stream_partition("clickstream", 4).await?;
    client.update_stream_partition("clickstream", 3).await?;
    let stream = client.get_stream("clickstream").await?;
    println!(
        "\nclickstream ({}) after scaling 2 -> 4 -> 3: {} writable, {} readable",
        stream.stream_id, stream.writable_partition_count, stream.readable_partition_count,
    );
    for partition in &stream.partitions {
        println!(
            "  {} {:<7} hash {:?}, sequence numbers {} to {}",
            partition.partition_id,
            partition.status,
            partition.hash_range,
            partition.earliest_sequence_number,
            partition.latest_sequence_number,
        );
    }
    // What the client does not decode, such as the scaling history, is in the generated
    // bindings.
    let described = client
        .raw()
        .show_stream()
        .project_id(client.project_id())
        .stream_name("clickstream")
        .send()
        .await?
        .into_inner();
    for change in &described.update_partition_counts {
        println!(
            "  rescaled {} -> {}",
            change.src_partition_count.unwrap_or_default(),
            change.target_partition_count.unwrap_or_default(),
        );
    }

    // A missing stream is Error::NotFound (DIS.4301), whatever the operation.
    match client.get_stream("no-such-stream").await {
        Err(Error::NotFound(answer)) => println!("\ndescribing no-such-stream: {answer}"),
        other => return Err(format!("expected NotFound, got {other:?}").into()),
    }
    match client.delete_stream("no-such-stream", false).await {
        Err(err @ Error::NotFound(_)) => println!("deleting no-such-stream: {err}"),
        other => return Err(format!("expected NotFound, got {other:?}").into()),
    }
    // ... unless the caller says a missing stream counts as deleted.
    client.delete_stream("no-such-stream", true).await?;

    for name in ["clickstream", "audit-log", "billing-events", "sensor-data"] {
        client.delete_stream(name, true).await?;
    }
    let left = client.streams().try_collect::<Vec<_>>().await?.len();
    println!("deleted all streams; {left} left");
    dis.shutdown().await;
    Ok(())
}
