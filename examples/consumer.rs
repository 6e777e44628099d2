//! Consume a stream with checkpoints on an in-memory DIS emulator: every partition read
//! concurrently, each batch acknowledged after it is processed, positions committed.
//!
//! ```text
//! cargo run --example consumer
//! ```

use std::time::Duration;

use futures::StreamExt;
use otc_dis::{Client, Consumer, RecordToPut};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dis = dis_local::Server::builder()
        .project_id("demo-project")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;

    client.create_stream("orders", 2).send().await?;
    client.create_app("billing").await?;
    let orders = [
        "1001: 2 x coffee",
        "1002: 1 x tea",
        "1003: 5 x cake",
        "1004: 1 x water",
    ];
    let outcome = client
        .upload_data("orders")
        .records(
            orders
                .iter()
                .enumerate()
                .map(|(i, order)| RecordToPut::keyed(format!("customer-{}", i % 3), *order)),
        )
        .send()
        .await?;
    println!("uploaded {} records", outcome.records.len());

    // App "billing" reads every partition; without checkpoints it starts at the oldest record.
    let mut consumer = Consumer::builder(client.clone(), "orders", "billing")
        .commit_interval(Duration::from_secs(1))
        .build()?;
    let mut seen = 0;
    while seen < orders.len() {
        let Some(batch) = consumer.next().await else {
            break;
        };
        for record in &batch.records {
            println!(
                "{} #{}: {}",
                batch.partition_id,
                record.sequence_number,
                String::from_utf8_lossy(&record.data)
            );
        }
        seen += batch.records.len();
        // Processed: the position after this batch may now be committed.
        batch.ack();
    }
    // Commits what was acknowledged one last time.
    consumer.shutdown().await?;

    for partition in client.get_stream("orders").await?.partitions {
        let checkpoint = client
            .get_checkpoint("orders", "billing", partition.partition_id.as_str())
            .await?;
        println!(
            "{}: next to read {}",
            partition.partition_id,
            checkpoint.sequence_number.unwrap_or_default()
        );
    }
    Ok(())
}
