//! Checkpoints: commit how far an app has read a partition (with metadata), read it back,
//! resume reading after it, and delete checkpoints of one partition or of all; with the
//! error for a sequence number outside the partition. Runs against the in-process
//! emulator; no cloud account needed.
//!
//! ```text
//! cargo run --example checkpoints
//! ```

use futures::{StreamExt, TryStreamExt};
use otc_dis::{Client, CursorPosition, Error, RecordToPut};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dis = dis_local::Server::builder()
        .project_id("demo-project")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;

    client.create_stream("payments", 2).send().await?;
    client.create_app("ledger").await?;
    let outcome = client
        .upload_data("payments")
        .records((1..=6).map(|n| RecordToPut::for_partition("0", format!("payment {n}"))))
        .record(RecordToPut::for_partition("1", "refund 1"))
        .send()
        .await?;
    println!("wrote {} records", outcome.records.len());

    // The app processes the first four records of partition 0, then commits its position.
    let processed = client
        .download_data_from("payments", "0", CursorPosition::TrimHorizon)
        .take(4)
        .try_collect::<Vec<_>>()
        .await?;
    let last = &processed.last().ok_or("nothing was read")?.sequence_number;
    client
        .create_checkpoint("payments", "ledger", "0", last.as_str())
        .metadata("worker-1, batch 1")
        .send()
        .await?;
    client
        .create_checkpoint("payments", "ledger", "shardId-0000000001", "0")
        .send()
        .await?;
    println!("committed partition 0 at {last} and partition 1 at 0");

    // Reading a checkpoint can be awaited directly.
    let checkpoint = client.get_checkpoint("payments", "ledger", "0").await?;
    let resume_after = checkpoint.sequence_number.ok_or("no sequence number")?;
    println!(
        "checkpoint of ledger on partition 0: {resume_after} ({:?})",
        checkpoint.metadata.unwrap_or_default()
    );

    // A restarted consumer resumes right after its checkpoint.
    println!("resuming partition 0:");
    let mut rest = client.download_data_from(
        "payments",
        "0",
        CursorPosition::after_sequence_number(&resume_after),
    );
    while let Some(record) = rest.try_next().await? {
        println!(
            "  #{} {}",
            record.sequence_number,
            String::from_utf8_lossy(&record.data)
        );
    }
    if let Some(newest) = rest.last_sequence_number() {
        client
            .create_checkpoint("payments", "ledger", "0", newest)
            .send()
            .await?;
        println!("committed partition 0 at {newest}");
    }

    // Partition 0 holds sequence numbers 0..=5: a checkpoint far beyond is refused.
    match client
        .create_checkpoint("payments", "ledger", "0", "1000")
        .send()
        .await
    {
        Err(Error::InvalidRequest(answer)) => println!("committing 1000: {answer}"),
        other => return Err(format!("expected InvalidRequest, got {other:?}").into()),
    }

    // Delete the checkpoint of one partition, then those of every partition.
    client
        .delete_checkpoint("payments", "ledger", Some("0"))
        .await?;
    let after_delete = client.get_checkpoint("payments", "ledger", "1").await?;
    println!(
        "deleted partition 0's checkpoint; partition 1's is still {}",
        after_delete.sequence_number.unwrap_or_default()
    );
    client.delete_checkpoint("payments", "ledger", None).await?;
    for state in client
        .app_consumptions("payments", "ledger")
        .try_collect::<Vec<_>>()
        .await?
    {
        println!(
            "  after deleting all: {} at {}",
            state.partition_id, state.sequence_number
        );
    }

    client.delete_app("ledger", false).await?;
    client.delete_stream("payments", false).await?;
    println!("cleaned up");
    dis.shutdown().await;
    Ok(())
}
