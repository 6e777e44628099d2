//! Pipes the lines of standard input into a stream with the batching `Producer`, on the
//! in-process emulator, and reports where each line went and what could not be delivered.
//!
//! ```text
//! seq 1 10000 | cargo run --example producer
//! ```

use std::time::Duration;

use otc_dis::{Client, Producer, RecordToPut};
use tokio::io::{AsyncBufReadExt, BufReader};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dis = dis_local::Server::builder()
        .project_id("example")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;
    client.create_stream("lines", 2).send().await?;

    let producer = Producer::builder(client.clone(), "lines")
        .linger(Duration::from_millis(20))
        .build();
    // Deliveries are awaited by a second task, so reading stdin never waits for DIS; the
    // producer's buffer bounds how far reading may run ahead.
    let (deliveries, mut pending) = tokio::sync::mpsc::channel::<otc_dis::DeliveryFuture>(1024);
    let reporter = tokio::spawn(async move {
        let (mut stored, mut failed) = (0u64, 0u64);
        while let Some(delivery) = pending.recv().await {
            match delivery.await {
                Ok(_) => stored += 1,
                Err(error) => {
                    failed += 1;
                    eprintln!("not delivered: {error}");
                }
            }
        }
        (stored, failed)
    });

    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    let mut line_number = 0u64;
    while let Some(line) = lines.next_line().await? {
        line_number += 1;
        // Lines keyed by their number's parity: each key keeps its order.
        let key = if line_number.is_multiple_of(2) {
            "even"
        } else {
            "odd"
        };
        match producer.send(RecordToPut::keyed(key, line)).await {
            Ok(delivery) => deliveries.send(delivery).await?,
            Err(error) => eprintln!("line {line_number} refused: {error}"),
        }
    }
    drop(deliveries);
    let report = producer.close(Duration::from_secs(30)).await;
    let (stored, failed) = reporter.await?;
    println!(
        "{line_number} lines read, {stored} stored, {failed} failed, {} handed back at close",
        report.failed.len()
    );
    let metrics = producer.metrics();
    println!(
        "{} requests, retries by code: {:?}",
        metrics.requests, metrics.retries_by_code
    );
    dis.shutdown().await;
    Ok(())
}
