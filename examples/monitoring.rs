//! Monitoring: put some traffic on a stream, then read stream metrics (one label, several
//! labels) and partition metrics over the last hour; with the errors for a missing stream
//! and a window longer than DIS allows. Runs against the in-process emulator; no cloud
//! account needed.
//!
//! ```text
//! cargo run --example monitoring
//! ```

use std::time::{Duration, SystemTime};

use futures::TryStreamExt;
use otc_dis::{
    Client, CursorPosition, Error, MetricSeries, RecordToPut,
    types::{PartitionMetricLabel, StreamMetricLabel},
};

/// One line per series: its label, how many data points, their sum and the busiest point.
fn summarize(series: &[MetricSeries]) {
    for s in series {
        let total: i64 = s.points.iter().map(|p| p.value).sum();
        let peak = s.points.iter().max_by_key(|p| p.value);
        println!(
            "  {:<32} {:>3} points, total {:>5}, peak {} at {}",
            s.label,
            s.points.len(),
            total,
            peak.map_or(0, |p| p.value),
            peak.map_or(0, |p| p.timestamp),
        );
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dis = dis_local::Server::builder()
        .project_id("demo-project")
        .start()
        .await?;
    let client = Client::with_endpoint(&dis.endpoint(), dis.project_id())?;
    client.create_stream("telemetry", 2).send().await?;

    // Traffic: 30 records in three requests, then read partition 0 back once.
    for batch in 0..3 {
        client
            .upload_data("telemetry")
            .records((0..10).map(|n| RecordToPut::new(format!("batch {batch} sample {n}"))))
            .send()
            .await?;
    }
    let read: Vec<_> = client
        .download_data_from("telemetry", "0", CursorPosition::TrimHorizon)
        .try_collect()
        .await?;
    println!("put 30 records, read {} back from partition 0", read.len());

    // The window is two SystemTimes; the client sends them in the epoch seconds DIS wants.
    let end = SystemTime::now();
    let start = end - Duration::from_secs(3600);

    let puts = client
        .stream_metrics(
            "telemetry",
            StreamMetricLabel::TotalPutRecordsPerStream,
            start,
            end,
        )
        .await?;
    println!("records put into telemetry in the last hour:");
    summarize(&puts);

    let traffic = client
        .stream_metrics(
            "telemetry",
            [
                StreamMetricLabel::TotalPutBytesPerStream,
                StreamMetricLabel::TotalGetBytesPerStream,
                StreamMetricLabel::TotalPutReqSucPerStream,
                StreamMetricLabel::TrafficControlPut,
            ],
            start,
            end,
        )
        .await?;
    println!("traffic of telemetry in the last hour:");
    summarize(&traffic);
    if let Some(throttled) = traffic
        .iter()
        .find(|s| s.is(StreamMetricLabel::TrafficControlPut))
    {
        let any = throttled.points.iter().any(|p| p.value > 0);
        println!("  throttled uploads: {}", if any { "yes" } else { "none" });
    }

    for partition in ["0", "1"] {
        let series = client
            .partition_metrics(
                "telemetry",
                partition,
                [
                    PartitionMetricLabel::TotalPutRecordsPerPartition,
                    PartitionMetricLabel::TotalGetRecordsPerPartition,
                ],
                start,
                end,
            )
            .await?;
        println!("partition {partition} in the last hour:");
        summarize(&series);
    }

    match client
        .stream_metrics(
            "no-such-stream",
            StreamMetricLabel::TotalPutBytesPerStream,
            start,
            end,
        )
        .await
    {
        Err(Error::NotFound(answer)) => println!("metrics of no-such-stream: {answer}"),
        other => return Err(format!("expected NotFound, got {other:?}").into()),
    }
    // DIS keeps at most 7 days; a longer window is refused before anything is sent.
    let eight_days_ago = end - Duration::from_secs(8 * 86_400);
    match client
        .stream_metrics(
            "telemetry",
            StreamMetricLabel::TotalPutBytesPerStream,
            eight_days_ago,
            end,
        )
        .await
    {
        Err(Error::Validation(refused)) => println!("refused locally: {refused}"),
        other => return Err(format!("expected a validation error, got {other:?}").into()),
    }

    client.delete_stream("telemetry", false).await?;
    println!("cleaned up");
    dis.shutdown().await;
    Ok(())
}
