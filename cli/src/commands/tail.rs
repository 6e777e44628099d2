//! `dis record tail`: every partition at once, records on stdout flushed one by one,
//! status and the resume position on stderr.

use std::collections::BTreeMap;
use std::io::Write;
use std::time::Duration;

use futures::StreamExt;
use otc_dis::{Client, CursorPosition, Record};

use super::app::same_partition;
use super::cursor::parse_position;
use super::{Ctx, progress};
use crate::args::{Format, TailArgs};
use crate::errors::{CliResult, Failure};
use crate::output::{ListWriter, local_time, status};
use crate::views::RecordRow;

/// How often `--follow` asks an idle partition again (cursors live 5 minutes).
const POLL_INTERVAL: Duration = Duration::from_secs(1);
/// How often `--commit` commits while records flow.
const COMMIT_INTERVAL: Duration = Duration::from_secs(5);

/// What was printed of one partition.
struct Progress {
    start: CursorPosition,
    last: Option<u64>,
    committed: Option<u64>,
}

pub async fn run(ctx: &Ctx, args: TailArgs) -> CliResult {
    // A bad --from is a usage error before anything is sent.
    let from = args.from.as_deref().map(parse_position).transpose()?;
    let client = ctx.client().await?;
    let partitions = partitions(&client, &args).await?;
    let mut progress: BTreeMap<String, Progress> = BTreeMap::new();
    for partition in &partitions {
        let start = match &from {
            Some(from) => from.clone(),
            None => start_position(&client, &args, partition).await?,
        };
        progress.insert(
            partition.clone(),
            Progress {
                start,
                last: None,
                committed: None,
            },
        );
    }
    let readers = progress.iter().map(|(partition, p)| {
        let mut records = client.download_data_from(&args.stream, partition, p.start.clone());
        if args.follow {
            records = records.follow(POLL_INTERVAL);
        }
        if let Some(max) = args.max_bytes {
            records = records.max_fetch_bytes(max);
        }
        let partition = partition.clone();
        records.map(move |item| (partition.clone(), item))
    });
    let mut merged = futures::stream::select_all(readers);
    let mut out = Output::new(ctx, &args)?;
    let bar = progress::download_spinner();
    let mut commits = tokio::time::interval(COMMIT_INTERVAL);
    let interrupt = super::interrupted();
    tokio::pin!(interrupt);
    let mut printed = 0u64;
    let mut failure: Option<Failure> = None;
    while args.count.is_none_or(|max| printed < max) {
        tokio::select! {
            item = merged.next() => match item {
                None => break,
                Some((partition, Ok(record))) => {
                    if let Err(error) = out.record(&partition, &record) {
                        failure = Some(error);
                        break;
                    }
                    printed += 1;
                    bar.inc(record.data.len() as u64);
                    bar.set_message(format!("{printed} records"));
                    if let (Some(p), Ok(seq)) = (progress.get_mut(&partition), record.sequence_number.parse()) {
                        p.last = Some(seq);
                    }
                }
                Some((partition, Err(error))) => {
                    status(format!("% partition {partition} stopped"));
                    failure.get_or_insert(error.into());
                }
            },
            _ = commits.tick(), if args.commit => commit(&client, &args, &mut progress).await,
            _ = &mut interrupt => {
                failure = Some(Failure::Interrupted("tail stopped".into()));
                break;
            }
        }
    }
    bar.finish_and_clear();
    let finished = out.finish();
    if args.commit {
        commit(&client, &args, &mut progress).await;
    }
    if !matches!(failure, Some(Failure::BrokenPipe)) {
        status(format!(
            "% {printed} records; {}",
            resume_hint(&args, &progress)
        ));
    }
    match failure {
        Some(failure) => Err(failure),
        None => finished,
    }
}

/// Readable partitions of the stream, or those named with -p (each must exist).
async fn partitions(client: &Client, args: &TailArgs) -> CliResult<Vec<String>> {
    let stream = client.get_stream(&args.stream).await?;
    let all: Vec<String> = stream
        .partitions
        .into_iter()
        .filter(|p| p.status != otc_dis::PartitionStatus::Deleted)
        .map(|p| p.partition_id)
        .collect();
    if args.partitions.is_empty() {
        return Ok(all);
    }
    args.partitions
        .iter()
        .map(|wanted| {
            all.iter()
                .find(|id| same_partition(wanted, id))
                .cloned()
                .ok_or_else(|| {
                    Failure::NotFound(format!(
                        "stream {} has no partition {wanted}; `dis partition list {}` lists them",
                        args.stream, args.stream
                    ))
                })
        })
        .collect()
}

/// Without `--from`: the app's checkpoint (the next record to read), else the oldest record.
async fn start_position(
    client: &Client,
    args: &TailArgs,
    partition: &str,
) -> CliResult<CursorPosition> {
    if let Some(app) = &args.app {
        let checkpoint = client
            .get_checkpoint(&args.stream, app, partition)
            .send()
            .await?;
        let next = checkpoint
            .sequence_number
            .and_then(|s| s.parse::<i64>().ok())
            .filter(|n| *n >= 0);
        if let Some(next) = next {
            return Ok(CursorPosition::at_sequence_number(next));
        }
    }
    Ok(CursorPosition::TrimHorizon)
}

/// Commits, per partition, the record after the last one printed (the library's
/// `Consumer` convention: a checkpoint is the next record to read). A failed commit is
/// reported and tried again at the next round.
async fn commit(client: &Client, args: &TailArgs, progress: &mut BTreeMap<String, Progress>) {
    let Some(app) = &args.app else { return };
    for (partition, p) in progress.iter_mut() {
        let Some(last) = p.last.filter(|last| p.committed != Some(*last)) else {
            continue;
        };
        let sent = client
            .create_checkpoint(&args.stream, app, partition, (last + 1).to_string())
            .send()
            .await;
        match sent {
            Ok(()) => p.committed = Some(last),
            Err(error) => status(format!("% commit on partition {partition} failed: {error}")),
        }
    }
}

/// Where to go on: one command per partition that printed something.
fn resume_hint(args: &TailArgs, progress: &BTreeMap<String, Progress>) -> String {
    let commands: Vec<String> = progress
        .iter()
        .filter_map(|(partition, p)| {
            p.last.map(|last| {
                format!(
                    "%   dis record tail {} -p {partition} --from after:{last}",
                    args.stream
                )
            })
        })
        .collect();
    if commands.is_empty() {
        return "nothing printed".into();
    }
    format!("to resume:\n{}", commands.join("\n"))
}

/// Records as `--format` lines, or as rows in a machine format.
struct Output<'a> {
    format: Option<Vec<Token>>,
    list: Option<ListWriter<'a>>,
}

impl<'a> Output<'a> {
    fn new(ctx: &'a Ctx, args: &TailArgs) -> CliResult<Self> {
        Ok(match ctx.printer.format() {
            Format::Table | Format::Wide => Output {
                format: Some(parse_format(&args.format)),
                list: None,
            },
            _ => Output {
                format: None,
                list: Some(ctx.printer.start_list(&[])?),
            },
        })
    }

    fn record(&mut self, partition: &str, record: &Record) -> CliResult {
        if let Some(list) = &mut self.list {
            return list.item(&RecordRow {
                partition_id: Some(partition),
                record,
            });
        }
        let mut line = Vec::new();
        for token in self.format.iter().flatten() {
            match token {
                Token::Text(text) => line.extend_from_slice(text.as_bytes()),
                Token::Payload => line.extend_from_slice(&record.data),
                Token::Size => line.extend_from_slice(record.data.len().to_string().as_bytes()),
                Token::Key => {
                    line.extend_from_slice(record.partition_key.as_deref().unwrap_or("").as_bytes())
                }
                Token::Partition => line.extend_from_slice(partition.as_bytes()),
                Token::Offset => line.extend_from_slice(record.sequence_number.as_bytes()),
                Token::Millis => line.extend_from_slice(
                    record
                        .timestamp
                        .map(|t| t.to_string())
                        .unwrap_or_default()
                        .as_bytes(),
                ),
                Token::Local => line.extend_from_slice(
                    record
                        .timestamp
                        .map(local_time)
                        .unwrap_or_default()
                        .as_bytes(),
                ),
            }
        }
        let mut out = std::io::stdout().lock();
        out.write_all(&line)?;
        out.flush()?;
        Ok(())
    }

    fn finish(self) -> CliResult {
        if let Some(list) = self.list {
            list.finish()?;
        }
        Ok(())
    }
}

#[derive(Debug, PartialEq)]
enum Token {
    Text(String),
    Payload,
    Size,
    Key,
    Partition,
    Offset,
    Millis,
    Local,
}

/// kcat-like: `%s` payload, `%S` size, `%k` key, `%p` partition, `%o` sequence number,
/// `%T` timestamp in ms, `%t` local time, `%%`, and `\n`, `\t`, `\\`.
fn parse_format(format: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut text = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        let token = match (c, chars.clone().next()) {
            ('%', Some('s')) => Token::Payload,
            ('%', Some('S')) => Token::Size,
            ('%', Some('k')) => Token::Key,
            ('%', Some('p')) => Token::Partition,
            ('%', Some('o')) => Token::Offset,
            ('%', Some('T')) => Token::Millis,
            ('%', Some('t')) => Token::Local,
            ('%', Some('%')) => Token::Text("%".into()),
            ('\\', Some('n')) => Token::Text("\n".into()),
            ('\\', Some('t')) => Token::Text("\t".into()),
            ('\\', Some('\\')) => Token::Text("\\".into()),
            _ => {
                text.push(c);
                continue;
            }
        };
        chars.next();
        match token {
            Token::Text(t) => text.push_str(&t),
            other => {
                if !text.is_empty() {
                    tokens.push(Token::Text(std::mem::take(&mut text)));
                }
                tokens.push(other);
            }
        }
    }
    if !text.is_empty() {
        tokens.push(Token::Text(text));
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_like_kcat() {
        assert_eq!(
            parse_format("%p:%o %s\\n"),
            vec![
                Token::Partition,
                Token::Text(":".into()),
                Token::Offset,
                Token::Text(" ".into()),
                Token::Payload,
                Token::Text("\n".into()),
            ]
        );
        assert_eq!(
            parse_format("100%% %x"),
            vec![Token::Text("100% %x".into())]
        );
    }
}
