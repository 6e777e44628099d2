//! Produce, consume and checkpoint on an in-memory DIS emulator: no cloud account needed.
//!
//! ```text
//! cargo run --example quickstart
//! ```

use futures::TryStreamExt;
use otc_dis::{Client, CursorPosition, RecordToPut};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // An emulator in this process, on a free loopback port.
    let dis = dis_local::Server::builder()
        .project_id("demo-project")
        .start()
        .await?;
    println!("DIS emulator listening at {}", dis.endpoint());
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;

    client.create_stream("orders", 2).send().await?;
    let stream = client.get_stream("orders").await?;
    println!(
        "created stream {} with {} partitions",
        stream.stream_name,
        stream.partitions.len()
    );

    // Produce: three records, routed by partition key.
    let outcome = client
        .upload_data("orders")
        .records([
            RecordToPut::keyed("customer-1", "order 1001: 2 x coffee"),
            RecordToPut::keyed("customer-2", "order 1002: 1 x tea"),
            RecordToPut::keyed("customer-1", "order 1003: 5 x cake"),
        ])
        .send()
        .await?;
    println!(
        "uploaded {} records, {} failed",
        outcome.records.len(),
        outcome.failed_record_count
    );
    for (i, result) in outcome.records.iter().enumerate() {
        match result {
            Ok(written) => println!(
                "  record {i} -> {} #{}",
                written.partition_id, written.sequence_number
            ),
            Err(failed) => println!("  record {i} failed ({:?}): {failed}", failed.delivery()),
        }
    }

    // Consume every partition from the beginning, and checkpoint what was read.
    client.create_app("billing").await?;
    for partition in &stream.partitions {
        let partition_id = &partition.partition_id;
        let mut records =
            client.download_data_from("orders", partition_id, CursorPosition::TrimHorizon);
        let mut last = None;
        while let Some(record) = records.try_next().await? {
            println!(
                "  {partition_id} #{}: {}",
                record.sequence_number,
                String::from_utf8_lossy(&record.data)
            );
            last = Some(record.sequence_number);
        }
        if let Some(sequence_number) = last {
            client
                .create_checkpoint("orders", "billing", partition_id, sequence_number)
                .send()
                .await?;
        }
    }

    // The app's progress as DIS reports it.
    let progress: Vec<_> = client
        .app_consumptions("orders", "billing")
        .try_collect()
        .await?;
    for p in progress {
        println!(
            "  app billing on {}: checkpoint {} (latest offset {})",
            p.partition_id,
            p.sequence_number,
            p.latest_offset.unwrap_or_default()
        );
    }

    client.delete_app("billing", false).await?;
    client.delete_stream("orders", false).await?;
    println!("cleaned up; done");
    dis.shutdown().await;
    Ok(())
}
