//! `dis record tail`: every partition at once, records on stdout flushed one by one,
//! status and the resume position on stderr.

use std::collections::BTreeMap;
use std::io::Write;

use otc_dis::{Client, CursorPosition, Record};

use super::app::same_partition;
use super::cursor::parse_position;
use super::source::{self, Source};
use super::{Ctx, progress};
use crate::args::{Format, TailArgs};
use crate::errors::{CliResult, Failure};
use crate::output::{self, ListWriter, local_time, status};
use crate::views::RecordRow;

/// What was printed of one partition.
struct Progress {
    last: Option<u64>,
}

pub async fn run(ctx: &Ctx, args: TailArgs) -> CliResult {
    // A bad --from is a usage error before anything is sent.
    let from = args.from.as_deref().map(parse_position).transpose()?;
    let app_start = match &args.app {
        Some(_) => Some(source::app_start(from.as_ref())?),
        None => None,
    };
    let client = ctx.client().await?;
    let partitions = partitions(&client, &args).await?;
    let mut source = match (&args.app, app_start) {
        (Some(app), Some(start)) => Source::app(&client, &args, app, &partitions, start).await?,
        _ => {
            let start = from.unwrap_or(CursorPosition::TrimHorizon);
            let starts = partitions
                .iter()
                .map(|p| (p.clone(), start.clone()))
                .collect();
            Source::download(&client, &args, &starts)
        }
    };
    let mut progress: BTreeMap<String, Progress> = partitions
        .iter()
        .map(|p| (p.clone(), Progress { last: None }))
        .collect();
    let mut out = Output::new(ctx, &args)?;
    let bar = progress::download_spinner();
    let interrupt = super::interrupted();
    tokio::pin!(interrupt);
    let mut printed = 0u64;
    let mut failure: Option<Failure> = None;
    while args.count.is_none_or(|max| printed < max) {
        tokio::select! {
            item = source.next() => match item {
                None => break,
                Some((partition, Ok(record))) => {
                    if let Err(error) = out.record(&partition, &record) {
                        failure = Some(error);
                        break;
                    }
                    printed += 1;
                    bar.inc(record.data.len() as u64);
                    bar.set_message(format!("{printed} records"));
                    let seq = record.sequence_number.parse().ok();
                    progress.entry(partition).or_insert(Progress { last: None }).last = seq;
                }
                Some((partition, Err(error))) => {
                    status(format!("% partition {partition} stopped"));
                    failure.get_or_insert(error.into());
                }
            },
            _ = &mut interrupt => {
                failure = Some(Failure::Interrupted("tail stopped".into()));
                break;
            }
        }
    }
    bar.finish_and_clear();
    let finished = out.finish();
    if let Err(error) = source.close().await {
        failure.get_or_insert(error);
    }
    if !matches!(failure, Some(Failure::BrokenPipe)) {
        status(format!(
            "% {}; {}",
            output::count(printed, "record"),
            resume_hint(&args, &progress)
        ));
    }
    match failure {
        Some(failure) => Err(failure),
        None => finished,
    }
}

/// Partitions of the stream, DELETED ones too (they keep their records until retention
/// ends, after a scale-down), or those named with -p (each must exist).
async fn partitions(client: &Client, args: &TailArgs) -> CliResult<Vec<String>> {
    let stream = client.get_stream(&args.stream).await?;
    let all: Vec<String> = stream
        .partitions
        .into_iter()
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

/// Where to go on: the app's checkpoints when committing, else one command per partition
/// that printed something.
fn resume_hint(args: &TailArgs, progress: &BTreeMap<String, Progress>) -> String {
    if let (Some(app), true) = (&args.app, args.commit) {
        return format!(
            "committed; resume with `dis record tail {} --app {app} --commit`",
            args.stream
        );
    }
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
