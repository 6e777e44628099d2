//! `dis record put` through the library's `Producer`, and `dis record template`.

use std::collections::HashMap;
use std::io::Write;
use std::time::Duration;

use futures::{FutureExt, StreamExt, stream::FuturesUnordered};
use otc_dis::{Producer, RecordToPut};

use super::put_input::{CSV_HEADER, Feed, write_csv};
use super::{Ctx, progress};
use crate::args::PutArgs;
use crate::errors::{CliResult, Failure};
use crate::output::{self, status};

/// How long the producer may go on delivering after the last record was queued.
const CLOSE_GRACE: Duration = Duration::from_secs(120);
/// How long the producer may go on delivering what is queued after Ctrl-C.
const INTERRUPT_GRACE: Duration = Duration::from_secs(10);
/// Failures printed one by one; the rest are counted (and all go to --failed-out).
const FAILURES_SHOWN: usize = 10;

pub fn template() -> CliResult {
    writeln!(std::io::stdout(), "{}", CSV_HEADER.join(","))?;
    Ok(())
}

/// A record that was not written: where it came from, why, and the record.
type Failed = (String, String, RecordToPut);

pub async fn run(ctx: &Ctx, args: PutArgs) -> CliResult {
    let mut feed = Feed::open(&args)?;
    let client = ctx.client().await?;
    let producer = Producer::builder(client, &args.stream)
        .max_in_flight(args.parallel.into())
        .build();
    let bar = progress::bytes_bar(feed.total_bytes());
    let mut origins: HashMap<u64, String> = HashMap::new();
    let mut failures: Vec<Failed> = Vec::new();
    let mut deliveries = FuturesUnordered::new();
    let mut input_error = None;
    let (mut count, mut written) = (0u64, 0u64);
    let mut feeding = true;
    let mut interrupted = false;
    let interrupt = super::interrupted();
    tokio::pin!(interrupt);
    while feeding || !deliveries.is_empty() {
        tokio::select! {
            _ = &mut interrupt, if !interrupted => {
                interrupted = true;
                feeding = false;
                status(format!(
                    "% interrupted: delivering what is queued for at most {} s; again to quit at once",
                    INTERRUPT_GRACE.as_secs()
                ));
                tokio::select! {
                    _ = producer.close(INTERRUPT_GRACE) => {}
                    _ = super::interrupted() => std::process::exit(crate::errors::exit::INTERRUPTED.into()),
                }
            }
            input = feed.next(), if feeding => match input {
                None => feeding = false,
                Some(Err(error)) => {
                    input_error = Some(error);
                    feeding = false;
                }
                Some(Ok(input)) => {
                    let (index, size) = (count, input.record.data.len() as u64);
                    count += 1;
                    match producer.send(input.record).await {
                        Ok(delivery) => {
                            origins.insert(index, input.origin);
                            deliveries.push(delivery.map(move |result| (index, size, result)));
                        }
                        Err(error) => failures.push((input.origin, error.to_string(), error.record)),
                    }
                }
            },
            Some((index, size, result)) = deliveries.next(), if !deliveries.is_empty() => {
                let origin = origins.remove(&index).unwrap_or_default();
                match result {
                    Ok(_) => {
                        written += 1;
                        bar.inc(size);
                        bar.set_message(format!("{written} records"));
                    }
                    Err(error) => failures.push((origin, error.to_string(), error.record)),
                }
            }
        }
    }
    if interrupted {
        for input in feed.rest() {
            count += 1;
            failures.push((input.origin, "not sent (interrupted)".into(), input.record));
        }
    }
    // Every delivery has resolved: closing has nothing left to fail.
    producer.close(CLOSE_GRACE).await;
    bar.finish_and_clear();
    report(&args, &producer, count, written, &failures)?;
    if interrupted {
        return Err(Failure::Interrupted(format!(
            "{written} of {count} records were written"
        )));
    }
    if let Some(error) = input_error {
        return Err(error);
    }
    if failures.is_empty() {
        return Ok(());
    }
    Err(Failure::Partial(format!(
        "{} of {count} records were not written",
        failures.len()
    )))
}

/// The summary and the failures on stderr, the failed records in --failed-out.
fn report(
    args: &PutArgs,
    producer: &Producer,
    count: u64,
    written: u64,
    failures: &[Failed],
) -> CliResult {
    let metrics = producer.metrics();
    let resent: u64 = metrics.retries_by_code.values().sum();
    status(format!(
        "put {}: {written} written, {} failed ({}, {resent} resent)",
        output::count(count, "record"),
        failures.len(),
        output::count(metrics.requests, "request"),
    ));
    for (origin, reason, _) in failures.iter().take(FAILURES_SHOWN) {
        status(format!("failed: {origin}: {reason}"));
    }
    if failures.len() > FAILURES_SHOWN {
        status(format!("... and {} more", failures.len() - FAILURES_SHOWN));
    }
    if let (Some(path), false) = (&args.failed_out, failures.is_empty()) {
        write_csv(path, failures)?;
        status(format!(
            "the failed records are in {}; resend them with `dis record put {} --csv {}`",
            path.display(),
            args.stream,
            path.display()
        ));
    }
    Ok(())
}
