//! `dis app …` (with `app lag`) and `dis checkpoint …`.

use futures::StreamExt;
use otc_dis::PartitionConsumption;

use super::stream::paged;
use super::{Ctx, for_each};
use crate::args::{AppCmd, CheckpointCmd};
use crate::errors::CliResult;
use crate::output::{Row, status};
use crate::views::Fields;

pub async fn run(ctx: &Ctx, cmd: AppCmd) -> CliResult {
    let client = ctx.client().await?;
    match cmd {
        AppCmd::List { stream, list } => {
            let apps = match &stream {
                Some(stream) => client.apps_of_stream(stream),
                None => client.apps(),
            };
            ctx.printer.list(paged(apps, &list)).await?;
        }
        AppCmd::Show { app } => ctx.printer.show(&client.get_app(&app).await?)?,
        AppCmd::Create { app, if_not_exists } => match client.create_app(&app).await {
            Ok(()) => status(format!("created app {app}")),
            Err(otc_dis::Error::AlreadyExists(_)) if if_not_exists => {
                status(format!("app {app} exists already"))
            }
            Err(error) => return Err(error.into()),
        },
        AppCmd::Delete {
            apps,
            ignore_missing,
        } => {
            for_each("deleted app", &apps, |name| {
                let client = client.clone();
                async move { client.delete_app(&name, ignore_missing).await }
            })
            .await?
        }
        AppCmd::Lag {
            app,
            stream,
            partitions,
        } => {
            let rows = client
                .app_consumptions(&stream, &app)
                .filter(move |item| {
                    let keep = match item {
                        Ok(state) => {
                            partitions.is_empty()
                                || partitions
                                    .iter()
                                    .any(|p| same_partition(p, &state.partition_id))
                        }
                        Err(_) => true,
                    };
                    std::future::ready(keep)
                })
                .map(|item| item.map(lag_row));
            ctx.printer.list(rows).await?;
        }
    }
    Ok(())
}

/// `3` and `shardId-0000000003` name the same partition.
pub fn same_partition(a: &str, b: &str) -> bool {
    fn index(id: &str) -> Option<u64> {
        id.strip_prefix("shardId-").unwrap_or(id).parse().ok()
    }
    a == b || matches!((index(a), index(b)), (Some(x), Some(y)) if x == y)
}

/// The checkpoint is the sequence number of the next record to read (as the library's
/// `Consumer` commits it); the lag is what lies between it and the next record to be written.
fn lag_row(state: PartitionConsumption) -> Fields {
    let checkpoint: Option<i64> = state.sequence_number.parse().ok().filter(|n| *n >= 0);
    let lag = match (checkpoint, state.earliest_offset, state.latest_offset) {
        (Some(next), Some(earliest), Some(latest)) => Some(latest - next.max(earliest)),
        (None, Some(earliest), Some(latest)) => Some(latest - earliest),
        _ => None,
    };
    Fields {
        row: Row::new()
            .with("partition_id", state.partition_id.as_str())
            .with("sequence_number", state.sequence_number.as_str())
            .with("earliest_offset", state.earliest_offset)
            .with("latest_offset", state.latest_offset)
            .with("lag", lag.map(|l| l.max(0)))
            .with("status", state.status.clone())
            .with("checkpoint_type", state.checkpoint_type.clone()),
        columns: &[
            "partition_id",
            "sequence_number",
            "earliest_offset",
            "latest_offset",
            "lag",
            "status",
        ],
    }
}

pub async fn checkpoint(ctx: &Ctx, cmd: CheckpointCmd) -> CliResult {
    let client = ctx.client().await?;
    match cmd {
        CheckpointCmd::Show {
            stream,
            app,
            partition,
        } => {
            let checkpoint = client.get_checkpoint(stream, app, partition).send().await?;
            ctx.printer.show(&checkpoint)?;
        }
        CheckpointCmd::Commit {
            stream,
            app,
            partition,
            seq,
            metadata,
        } => {
            let mut commit = client.create_checkpoint(stream, app, partition.clone(), seq.clone());
            if let Some(metadata) = metadata {
                commit = commit.metadata(metadata);
            }
            commit.send().await?;
            status(format!("committed {seq} on partition {partition}"));
        }
        CheckpointCmd::Delete {
            stream,
            app,
            partition,
            all_partitions: _,
        } => {
            client
                .delete_checkpoint(stream, app, partition.as_deref())
                .send()
                .await?;
            status(match partition {
                Some(p) => format!("deleted the checkpoint of partition {p}"),
                None => "deleted the checkpoints of every partition".to_owned(),
            });
        }
    }
    Ok(())
}
