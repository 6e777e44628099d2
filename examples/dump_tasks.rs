//! Dump tasks: create OBS dump tasks for a stream, list them, inspect one, pause and start
//! them by task id, and delete them; with the errors for a duplicate name, a missing task
//! and settings out of range. Runs against the in-process emulator, which accepts any
//! bucket and agency and writes nothing anywhere.
//!
//! ```text
//! cargo run --example dump_tasks
//! ```

use futures::TryStreamExt;
use otc_dis::{
    Client, Error, RecordDelimiter, RecordToPut,
    types::{ConsumerStrategy, PartitionFormat},
};

/// Prints every dump task of `stream` with its id and state.
async fn print_tasks(client: &Client, stream: &str) -> otc_dis::Result<()> {
    let mut tasks = client.dump_tasks(stream);
    while let Some(task) = tasks.try_next().await? {
        println!(
            "  {:<15} id {:<22} {}",
            task.task_name, task.task_id, task.state,
        );
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dis = dis_local::Server::builder()
        .project_id("demo-project")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;
    client.create_stream("clicks", 2).send().await?;

    // Every 60 s, from the oldest data, into my-bucket/raw/clicks/yyyy/MM/dd/.
    client
        .create_dump_task("clicks", "clicks_daily", "my-bucket", "dis_admin_agency")
        .deliver_time_interval(60)
        .consumer_strategy(ConsumerStrategy::TrimHorizon)
        .file_prefix("raw/clicks")
        .partition_format(PartitionFormat::YyyyMmDd)
        .send()
        .await?;
    // Defaults: every 300 s, new data only, one record per line.
    client
        .create_dump_task(
            "clicks",
            "clicks_archive",
            "archive-bucket",
            "dis_admin_agency",
        )
        .record_delimiter(RecordDelimiter::Pipe)
        .send()
        .await?;
    match client
        .create_dump_task("clicks", "clicks_daily", "my-bucket", "dis_admin_agency")
        .send()
        .await
    {
        Err(Error::AlreadyExists(answer)) => println!("creating clicks_daily again: {answer}"),
        other => return Err(format!("expected AlreadyExists, got {other:?}").into()),
    }
    match client
        .create_dump_task("clicks", "too_often", "my-bucket", "dis_admin_agency")
        .deliver_time_interval(10)
        .send()
        .await
    {
        Err(Error::Validation(refused)) => println!("refused locally: {refused}"),
        other => return Err(format!("expected a validation error, got {other:?}").into()),
    }
    println!("dump tasks of clicks:");
    print_tasks(&client, "clicks").await?;

    client
        .upload_data("clicks")
        .records((1..=10).map(|n| RecordToPut::new(format!("click {n}"))))
        .send()
        .await?;
    let details = client.get_dump_task("clicks", "clicks_daily").await?;
    if let Some(obs) = &details.obs_destination {
        println!(
            "{} writes to {}/{} every {} s as {} (agency {})",
            details.task.task_name,
            obs.obs_bucket_path,
            obs.file_prefix.as_deref().unwrap_or(""),
            obs.deliver_time_interval,
            obs.destination_file_type.as_deref().unwrap_or("text"),
            obs.agency_name,
        );
    }
    for partition in &details.partitions {
        match partition.last_transfer_offset {
            Some(offset) => println!(
                "  {} {} delivered up to offset {offset}",
                partition.partition_id, partition.state
            ),
            None => println!(
                "  {} {} nothing delivered yet",
                partition.partition_id, partition.state
            ),
        }
    }

    // Start and pause take task ids (not names), several at once.
    let ids: Vec<String> = client
        .dump_tasks("clicks")
        .map_ok(|task| task.task_id)
        .try_collect()
        .await?;
    client.pause_dump_task("clicks", &ids).await?;
    println!("after pausing both:");
    print_tasks(&client, "clicks").await?;
    client.start_dump_task("clicks", &ids[..1]).await?;
    println!("after starting the first again:");
    print_tasks(&client, "clicks").await?;

    match client.get_dump_task("clicks", "no_such_task").await {
        Err(Error::NotFound(answer)) => println!("describing no_such_task: {answer}"),
        other => return Err(format!("expected NotFound, got {other:?}").into()),
    }

    for task in ["clicks_daily", "clicks_archive"] {
        client.delete_dump_task("clicks", task, false).await?;
    }
    // A second delete finds nothing, which `ignore_missing` accepts.
    client
        .delete_dump_task("clicks", "clicks_daily", true)
        .await?;
    let left = client.dump_tasks("clicks").try_collect::<Vec<_>>().await?;
    println!("deleted the dump tasks; {} left", left.len());

    client.delete_stream("clicks", false).await?;
    dis.shutdown().await;
    Ok(())
}
