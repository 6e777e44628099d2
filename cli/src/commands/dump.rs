//! `dis dump …`: dump (transfer) tasks to OBS.

use futures::TryStreamExt;
use otc_dis::{RecordDelimiter, types};

use super::{Ctx, for_each};
use crate::args::{DumpCmd, DumpCreate};
use crate::errors::{CliResult, Failure};
use crate::output::status;

pub async fn run(ctx: &Ctx, cmd: DumpCmd) -> CliResult {
    let client = ctx.client().await?;
    match cmd {
        DumpCmd::List { stream } => {
            ctx.printer.list(client.dump_tasks(stream)).await?;
        }
        DumpCmd::Show { stream, task } => ctx
            .printer
            .show(&client.get_dump_task(&stream, &task).await?)?,
        DumpCmd::Create(args) => create(&client, args).await?,
        DumpCmd::Delete {
            stream,
            tasks,
            ignore_missing,
        } => {
            for_each("deleted dump task", &tasks, |task| {
                let client = client.clone();
                let stream = stream.clone();
                async move {
                    client
                        .delete_dump_task(&stream, &task, ignore_missing)
                        .await
                }
            })
            .await?
        }
        DumpCmd::Start { stream, tasks } => {
            let ids = task_ids(&client, &stream, &tasks).await?;
            client.start_dump_task(&stream, ids).await?;
            status(format!("starting {}", tasks.join(", ")));
        }
        DumpCmd::Stop { stream, tasks } => {
            let ids = task_ids(&client, &stream, &tasks).await?;
            client.pause_dump_task(&stream, ids).await?;
            status(format!("stopping {}", tasks.join(", ")));
        }
    }
    Ok(())
}

async fn create(client: &otc_dis::Client, args: DumpCreate) -> CliResult {
    let mut create = client
        .create_dump_task(&args.stream, &args.task, &args.bucket, &args.agency)
        .deliver_time_interval(args.interval);
    if let Some(from) = &args.from {
        create = create.consumer_strategy(match from.as_str() {
            "latest" | "LATEST" => types::ConsumerStrategy::Latest,
            "trim-horizon" | "TRIM_HORIZON" => types::ConsumerStrategy::TrimHorizon,
            other => {
                return Err(Failure::Usage(format!(
                    "--from `{other}`: a dump task starts at latest or trim-horizon"
                )));
            }
        });
    }
    if let Some(prefix) = &args.prefix {
        create = create.file_prefix(prefix);
    }
    if let Some(format) = &args.partition_format {
        create = create.partition_format(parse("--partition-format", format)?);
    }
    if let Some(file_type) = &args.file_type {
        create = create.destination_file_type(parse("--file-type", file_type)?);
    }
    if let Some(delimiter) = &args.delimiter {
        create = create.record_delimiter(match delimiter.as_str() {
            "," => RecordDelimiter::Comma,
            ";" => RecordDelimiter::Semicolon,
            "|" => RecordDelimiter::Pipe,
            "\\n" | "\n" => RecordDelimiter::Newline,
            other => {
                return Err(Failure::Usage(format!(
                    "--delimiter `{other}`: one of , ; | \\n"
                )));
            }
        });
    }
    create.send().await?;
    status(format!("created dump task {}", args.task));
    Ok(())
}

/// A value of one of the API's enumerations.
fn parse<T: std::str::FromStr>(flag: &str, value: &str) -> CliResult<T> {
    value
        .parse()
        .map_err(|_| Failure::Usage(format!("{flag} `{value}` is not a value DIS knows")))
}

/// DIS starts and stops tasks by id; names are looked up in the stream's task list.
async fn task_ids(
    client: &otc_dis::Client,
    stream: &str,
    names_or_ids: &[String],
) -> CliResult<Vec<String>> {
    let tasks: Vec<otc_dis::DumpTask> = client.dump_tasks(stream).try_collect().await?;
    names_or_ids
        .iter()
        .map(|wanted| {
            tasks
                .iter()
                .find(|t| &t.task_name == wanted || &t.task_id == wanted)
                .map(|t| t.task_id.clone())
                .ok_or_else(|| {
                    Failure::NotFound(format!(
                        "no dump task `{wanted}` on stream {stream}; `dis dump list {stream}` lists them"
                    ))
                })
        })
        .collect()
}
