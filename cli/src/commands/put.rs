//! `dis record put` through the library's `Producer`, and `dis record template`.

use std::io::{Read, Write};
use std::path::Path;
use std::time::Duration;

use bytes::Bytes;
use futures::{FutureExt, StreamExt, stream::FuturesUnordered};
use otc_dis::{Producer, RecordToPut, SendError};
use tokio::sync::mpsc;

use super::{Ctx, progress};
use crate::args::PutArgs;
use crate::errors::{CliResult, Failure};
use crate::output::status;

/// The CSV columns `record put --csv` reads and `--failed-out` writes.
const CSV_HEADER: [&str; 4] = ["data", "partition_key", "partition_id", "explicit_hash_key"];
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

/// A record and where it came from, for messages ("line 3 of stdin").
struct Input {
    origin: String,
    record: RecordToPut,
}

pub async fn run(ctx: &Ctx, args: PutArgs) -> CliResult {
    let inputs = read_inputs(&args)?;
    check_sizes(&inputs)?;
    let client = ctx.client().await?;
    let producer = Producer::builder(client, &args.stream)
        .max_in_flight(args.parallel.into())
        .build();
    let count = inputs.len();
    let (origins, records): (Vec<String>, Vec<RecordToPut>) =
        inputs.into_iter().map(|i| (i.origin, i.record)).unzip();
    let total_bytes: u64 = records.iter().map(|r| r.data.len() as u64).sum();
    let bar = progress::bytes_bar(total_bytes);

    // Records are queued by a task of their own, so that deliveries are counted (and the
    // bar moves) while the producer's buffer is full, and Ctrl-C can stop the queuing.
    let (queued_tx, mut queued) = mpsc::channel(1024);
    let sender = {
        let producer = producer.clone();
        let records = records.clone();
        tokio::spawn(async move {
            for (index, record) in records.into_iter().enumerate() {
                let sent = producer.send(record).await;
                if queued_tx.send((index, sent)).await.is_err() {
                    break;
                }
            }
        })
    };
    let mut outcomes: Vec<Option<Result<(), SendError>>> = vec![None; count];
    let mut deliveries = FuturesUnordered::new();
    let mut queuing = true;
    let mut interrupted = false;
    let interrupt = super::interrupted();
    tokio::pin!(interrupt);
    let mut written = 0usize;
    while queuing || !deliveries.is_empty() {
        tokio::select! {
            _ = &mut interrupt, if !interrupted => {
                interrupted = true;
                sender.abort();
                status(format!(
                    "% interrupted: delivering what is queued for at most {} s; Ctrl-C again to quit at once",
                    INTERRUPT_GRACE.as_secs()
                ));
                let closing = producer.close(INTERRUPT_GRACE);
                tokio::select! {
                    _ = closing => {}
                    _ = super::interrupted() => std::process::exit(crate::errors::exit::INTERRUPTED.into()),
                }
            }
            item = queued.recv(), if queuing => match item {
                Some((index, Ok(delivery))) => {
                    let size = records[index].data.len() as u64;
                    deliveries.push(delivery.map(move |result| (index, size, result)));
                }
                Some((index, Err(error))) => outcomes[index] = Some(Err(error)),
                None => queuing = false,
            },
            Some((index, size, result)) = deliveries.next(), if !deliveries.is_empty() => {
                if result.is_ok() {
                    written += 1;
                    bar.inc(size);
                    bar.set_message(format!("{written}/{count} records"));
                }
                outcomes[index] = Some(result.map(|_| ()));
            }
        }
    }
    // Every delivery has resolved: closing has nothing left to fail.
    producer.close(CLOSE_GRACE).await;
    bar.finish_and_clear();

    let failures: Vec<(String, String, RecordToPut)> = outcomes
        .into_iter()
        .enumerate()
        .filter_map(|(index, outcome)| match outcome {
            Some(Ok(())) => None,
            Some(Err(error)) => Some((origins[index].clone(), error.to_string(), error.record)),
            None => Some((
                origins[index].clone(),
                "not sent (interrupted)".to_owned(),
                records[index].clone(),
            )),
        })
        .collect();
    let metrics = producer.metrics();
    let resent: u64 = metrics.retries_by_code.values().sum();
    status(format!(
        "put {count} records: {written} written, {} failed ({} requests, {resent} records resent)",
        failures.len(),
        metrics.requests,
    ));
    for (origin, reason, _) in failures.iter().take(FAILURES_SHOWN) {
        status(format!("failed: {origin}: {reason}"));
    }
    if failures.len() > FAILURES_SHOWN {
        status(format!("... and {} more", failures.len() - FAILURES_SHOWN));
    }
    if let (Some(path), false) = (&args.failed_out, failures.is_empty()) {
        write_failed(path, &failures)?;
        status(format!(
            "the failed records are in {}; resend them with `dis record put {} --csv {}`",
            path.display(),
            args.stream,
            path.display()
        ));
    }
    if interrupted {
        return Err(Failure::Interrupted(format!(
            "{written} of {count} records were written"
        )));
    }
    if failures.is_empty() {
        return Ok(());
    }
    Err(Failure::Partial(format!(
        "{} of {count} records were not written",
        failures.len()
    )))
}

fn check_sizes(inputs: &[Input]) -> CliResult {
    for input in inputs {
        let size = input.record.data.len();
        if size > otc_dis::limits::RECORD_MAX_BYTES {
            return Err(Failure::Usage(format!(
                "{}: a record of {size} bytes is over DIS's limit of {} bytes; nothing was sent",
                input.origin,
                otc_dis::limits::RECORD_MAX_BYTES
            )));
        }
    }
    Ok(())
}

fn read_inputs(args: &PutArgs) -> CliResult<Vec<Input>> {
    let delimiter = unescape(&args.delimiter);
    let mut inputs = Vec::new();
    if let Some(path) = &args.csv {
        inputs = read_csv(path)?;
    } else {
        let mut data: Vec<&str> = args.data.iter().map(String::as_str).collect();
        data.extend(args.legacy_data.as_deref());
        let stdin = (data.is_empty() && args.files.is_empty()) || data.contains(&"-");
        for (n, text) in data.iter().enumerate().filter(|(_, t)| **t != "-") {
            inputs.push(plain(
                format!("argument {}", n + 1),
                text.as_bytes().to_vec(),
            ));
        }
        for path in &args.files {
            let content = std::fs::read(path)
                .map_err(|e| Failure::Io(format!("reading {}", path.display()), e))?;
            if args.lines {
                split(
                    &content,
                    &delimiter,
                    &path.display().to_string(),
                    &mut inputs,
                );
            } else {
                inputs.push(plain(path.display().to_string(), content));
            }
        }
        if stdin {
            let mut content = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut content)
                .map_err(|e| Failure::Io("reading stdin".into(), e))?;
            split(&content, &delimiter, "stdin", &mut inputs);
        }
    }
    for input in &mut inputs {
        apply_defaults(args, input)?;
    }
    Ok(inputs)
}

fn plain(origin: String, data: Vec<u8>) -> Input {
    Input {
        origin,
        record: RecordToPut::new(data),
    }
}

/// Records at `delimiter`; the empty piece after a final delimiter is not a record.
fn split(content: &[u8], delimiter: &[u8], source: &str, inputs: &mut Vec<Input>) {
    let mut rest = content;
    let mut line = 1;
    while !rest.is_empty() {
        let (piece, next) = match find(rest, delimiter) {
            Some(at) => (&rest[..at], &rest[at + delimiter.len()..]),
            None => (rest, &rest[rest.len()..]),
        };
        inputs.push(plain(format!("line {line} of {source}"), piece.to_vec()));
        rest = next;
        line += 1;
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `\n`, `\t`, `\r` and `\\` as typed on a command line.
fn unescape(text: &str) -> Vec<u8> {
    text.replace("\\n", "\n")
        .replace("\\t", "\t")
        .replace("\\r", "\r")
        .replace("\\\\", "\\")
        .into_bytes()
}

fn apply_defaults(args: &PutArgs, input: &mut Input) -> CliResult {
    let record = &mut input.record;
    if let Some(delimiter) = &args.key_delimiter {
        let delimiter = unescape(delimiter);
        let Some(at) = find(&record.data, &delimiter) else {
            return Err(Failure::Usage(format!(
                "{}: no key delimiter `{}` in the record; nothing was sent",
                input.origin, args.delimiter
            )));
        };
        let key = String::from_utf8_lossy(&record.data[..at]).into_owned();
        record.data = Bytes::copy_from_slice(&record.data[at + delimiter.len()..]);
        record.partition_key = Some(key);
    }
    if record.partition_key.is_none() {
        record.partition_key = args.key.clone();
    }
    if record.partition_id.is_none() {
        record.partition_id = args.partition.clone();
    }
    if record.explicit_hash_key.is_none() {
        record.explicit_hash_key = args.hash_key;
    }
    Ok(())
}

fn read_csv(path: &Path) -> CliResult<Vec<Input>> {
    let file = std::fs::File::open(path)
        .map_err(|e| Failure::Io(format!("reading {}", path.display()), e))?;
    let mut reader = csv::ReaderBuilder::new().from_reader(std::io::BufReader::new(file));
    let at_line = |line: u64, problem: String| {
        Failure::Usage(format!(
            "{} line {line}: {problem}; nothing was sent",
            path.display()
        ))
    };
    let header = reader
        .headers()
        .map_err(|e| at_line(1, e.to_string()))?
        .clone();
    let column = |name: &str| header.iter().position(|h| h.trim() == name);
    let Some(data_at) = column("data") else {
        return Err(at_line(
            1,
            format!(
                "the header must name a `data` column ({})",
                CSV_HEADER.join(",")
            ),
        ));
    };
    if let Some(unknown) = header.iter().find(|h| !CSV_HEADER.contains(&h.trim())) {
        return Err(at_line(1, format!("unknown column `{unknown}`")));
    }
    let (key_at, partition_at, hash_at) = (
        column("partition_key"),
        column("partition_id"),
        column("explicit_hash_key"),
    );
    let mut inputs = Vec::new();
    for row in reader.records() {
        let row = row.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            at_line(line, e.to_string())
        })?;
        let line = row.position().map_or(0, |p| p.line());
        let field = |at: Option<usize>| {
            at.and_then(|i| row.get(i))
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let mut record = RecordToPut::new(row.get(data_at).unwrap_or_default().to_owned());
        record.partition_key = field(key_at);
        record.partition_id = field(partition_at);
        if let Some(hash) = field(hash_at) {
            record.explicit_hash_key = Some(hash.parse().map_err(|_| {
                at_line(
                    line,
                    format!("explicit_hash_key `{hash}` is not a whole number"),
                )
            })?);
        }
        inputs.push(Input {
            origin: format!("{} line {line}", path.display()),
            record,
        });
    }
    Ok(inputs)
}

fn write_failed(path: &Path, failures: &[(String, String, RecordToPut)]) -> CliResult {
    let io_error = |e: csv::Error| Failure::Io(format!("writing {}", path.display()), e.into());
    let mut writer = csv::Writer::from_path(path).map_err(io_error)?;
    writer.write_record(CSV_HEADER).map_err(io_error)?;
    for (origin, _, record) in failures {
        let data = match std::str::from_utf8(&record.data) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                status(format!(
                    "warning: {origin} is not UTF-8 text; --failed-out holds it with invalid bytes replaced"
                ));
                String::from_utf8_lossy(&record.data).into_owned()
            }
        };
        writer
            .write_record([
                data,
                record.partition_key.clone().unwrap_or_default(),
                record.partition_id.clone().unwrap_or_default(),
                record
                    .explicit_hash_key
                    .map(|h| h.to_string())
                    .unwrap_or_default(),
            ])
            .map_err(io_error)?;
    }
    writer
        .flush()
        .map_err(|e| Failure::Io(format!("writing {}", path.display()), e))?;
    Ok(())
}
