//! `dis stream …` and `dis partition list`.

use std::time::{Duration, SystemTime};

use futures::StreamExt;
use otc_dis::{DataType, Paginator, StreamType, types};

use super::{Ctx, for_each, key_value};
use crate::args::{
    Compression, DataKind, ListArgs, MetricsArgs, PartitionCmd, StreamCmd, StreamCreate,
    StreamKind, TagCmd,
};
use crate::errors::{CliResult, Failure};
use crate::output::{Row, status};
use crate::views::{Fields, MetricRow, Pair};

pub async fn run(ctx: &Ctx, cmd: StreamCmd) -> CliResult {
    let client = ctx.client().await?;
    match cmd {
        StreamCmd::List(list) => {
            ctx.printer.list(paged(client.streams(), &list)).await?;
        }
        StreamCmd::Show { stream } => ctx.printer.show(&client.get_stream(&stream).await?)?,
        StreamCmd::Create(args) => create(&client, args).await?,
        StreamCmd::Scale {
            stream,
            partitions,
            wait,
        } => {
            client.update_stream_partition(&stream, partitions).await?;
            if wait {
                wait_until_running(&client, &stream, Some(partitions)).await?;
                status(format!("{stream} has {partitions} writable partitions"));
            } else {
                status(format!(
                    "scaling {stream} to {partitions} partitions; `dis stream show {stream}` shows the progress"
                ));
            }
        }
        StreamCmd::Delete {
            streams,
            ignore_missing,
        } => {
            for_each("deleted stream", &streams, |name| {
                let client = client.clone();
                async move { client.delete_stream(&name, ignore_missing).await }
            })
            .await?
        }
        StreamCmd::Metrics(args) => metrics(ctx, &client, args).await?,
        StreamCmd::Tag(cmd) => tag(ctx, &client, cmd).await?,
        StreamCmd::Find { tags, count } => {
            let mut search = client.streams_by_tags();
            for tag in &tags {
                let (key, value) = key_value(tag)?;
                search = search.tag(key, &[value.as_str()]);
            }
            if count {
                let n = search.count().await?;
                ctx.printer.show(&Fields {
                    row: Row::new().with("total_count", n),
                    columns: &["total_count"],
                })?;
            } else {
                let rows = search.list().map(|item| {
                    item.map(|resource| Fields {
                        row: Row::new()
                            .with("resource_name", resource.resource_name.clone())
                            .with("resource_id", resource.resource_id.clone()),
                        columns: &["resource_name", "resource_id"],
                    })
                });
                ctx.printer.list(rows).await?;
            }
        }
    }
    Ok(())
}

pub async fn partition(ctx: &Ctx, cmd: PartitionCmd) -> CliResult {
    let PartitionCmd::List { stream } = cmd;
    let client = ctx.client().await?;
    let stream = client.get_stream(&stream).await?;
    ctx.printer
        .list(futures::stream::iter(
            stream.partitions.into_iter().map(Ok::<_, Failure>),
        ))
        .await?;
    Ok(())
}

/// A listing with `--page-size`, `--start-after` and `--limit` (items in total: the page
/// after the limit is never fetched).
pub fn paged<T: Unpin>(
    mut pages: Paginator<T>,
    list: &ListArgs,
) -> impl futures::Stream<Item = otc_dis::Result<T>>
where
    Paginator<T>: futures::Stream<Item = otc_dis::Result<T>>,
{
    if let Some(size) = list.page_size.or(list.limit.map(|l| l.min(100) as u32)) {
        pages = pages.page_size(size);
    }
    if let Some(marker) = &list.start_after {
        pages = pages.start_after(marker.clone());
    }
    pages.take(list.limit.unwrap_or(usize::MAX))
}

async fn create(client: &otc_dis::Client, args: StreamCreate) -> CliResult {
    let mut create = client.create_stream(&args.stream, args.partitions);
    if let Some(kind) = args.stream_type {
        create = create.stream_type(match kind {
            StreamKind::Common => StreamType::Common,
            StreamKind::Advanced => StreamType::Advanced,
        });
    }
    if let Some(kind) = args.data_type {
        create = create.data_type(match kind {
            DataKind::Blob => DataType::Blob,
            DataKind::Json => DataType::Json,
            DataKind::Csv => DataType::Csv,
        });
    }
    if let Some(hours) = args.retention {
        create = create.data_duration(hours);
    }
    if let Some(compression) = args.compression {
        create = create.compression_format(match compression {
            Compression::Snappy => types::CompressionFormat::Snappy,
            Compression::Gzip => types::CompressionFormat::Gzip,
            Compression::Zip => types::CompressionFormat::Zip,
        });
    }
    if let Some(range) = &args.autoscale {
        let parsed = range
            .split_once(':')
            .and_then(|(min, max)| Some((min.parse().ok()?, max.parse().ok()?)));
        let Some((min, max)) = parsed else {
            return Err(Failure::Usage(format!(
                "--autoscale `{range}` is not MIN:MAX"
            )));
        };
        create = create
            .auto_scale_enabled(true)
            .auto_scale_min_partition_count(min)
            .auto_scale_max_partition_count(max);
    }
    for tag in &args.tags {
        let (key, value) = key_value(tag)?;
        create = create.tag(key, value);
    }
    match create.send().await {
        Ok(()) => status(format!("created stream {}", args.stream)),
        Err(otc_dis::Error::AlreadyExists(_)) if args.if_not_exists => {
            status(format!("stream {} exists already", args.stream))
        }
        Err(error) => return Err(error.into()),
    }
    if args.wait {
        wait_until_running(client, &args.stream, None).await?;
    }
    Ok(())
}

/// How often `--wait` looks, and for how long at most.
const WAIT_POLL: Duration = Duration::from_secs(2);
const WAIT_MAX: Duration = Duration::from_secs(600);

/// Polls until the stream is RUNNING (with `partitions` writable partitions, if given).
async fn wait_until_running(
    client: &otc_dis::Client,
    stream: &str,
    partitions: Option<u32>,
) -> CliResult {
    let deadline = tokio::time::Instant::now() + WAIT_MAX;
    loop {
        let shown = client.get_stream(stream).await?;
        let running = shown.status == otc_dis::StreamStatus::Running;
        if running && partitions.is_none_or(|n| shown.writable_partition_count == n) {
            return Ok(());
        }
        if tokio::time::Instant::now() + WAIT_POLL > deadline {
            return Err(Failure::Partial(format!(
                "{stream} is still {} with {} writable partitions after {} s; `dis stream show {stream}` shows it",
                shown.status,
                shown.writable_partition_count,
                WAIT_MAX.as_secs()
            )));
        }
        tokio::time::sleep(WAIT_POLL).await;
    }
}

async fn metrics(ctx: &Ctx, client: &otc_dis::Client, args: MetricsArgs) -> CliResult {
    let end = SystemTime::now();
    let start = end - parse_duration(&args.since)?;
    let series = match &args.partition {
        None => {
            let labels = parse_labels::<types::StreamMetricLabel>(&args.labels)?;
            client
                .stream_metrics(&args.stream, labels, start, end)
                .await?
        }
        Some(partition) => {
            let labels = parse_labels::<types::PartitionMetricLabel>(&args.labels)?;
            client
                .partition_metrics(&args.stream, partition, labels, start, end)
                .await?
        }
    };
    let points = series.iter().flat_map(|series| {
        (0..series.points.len()).map(move |index| Ok::<_, Failure>(MetricRow { series, index }))
    });
    ctx.printer.list(futures::stream::iter(points)).await?;
    Ok(())
}

fn parse_labels<L>(labels: &[String]) -> CliResult<Vec<L>>
where
    L: std::str::FromStr,
{
    labels
        .iter()
        .map(|label| {
            label
                .parse()
                .map_err(|_| Failure::Usage(format!("unknown metric label `{label}`")))
        })
        .collect()
}

/// `30s`, `15m`, `1h`, `2d`.
pub fn parse_duration(text: &str) -> CliResult<Duration> {
    let (number, unit) = text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    );
    let n: u64 = number
        .parse()
        .map_err(|_| Failure::Usage(format!("`{text}` is not a duration like 30m, 1h or 2d")))?;
    let seconds = match unit {
        "s" => 1,
        "m" | "" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => {
            return Err(Failure::Usage(format!(
                "`{text}`: the unit is s, m, h or d"
            )));
        }
    };
    Ok(Duration::from_secs(n * seconds))
}

async fn tag(ctx: &Ctx, client: &otc_dis::Client, cmd: TagCmd) -> CliResult {
    match cmd {
        TagCmd::List { stream: None } => {
            let tags = client.tags().await?;
            let rows = tags.into_iter().map(|(key, values)| {
                Ok::<_, Failure>(Pair {
                    key,
                    value: values.into(),
                })
            });
            ctx.printer.list(futures::stream::iter(rows)).await?;
        }
        TagCmd::List {
            stream: Some(stream),
        } => {
            let id = stream_id(client, &stream).await?;
            let tags = client.stream_tags(&id).await?;
            let rows = tags.into_iter().map(|(key, value)| {
                Ok::<_, Failure>(Pair {
                    key,
                    value: value.into(),
                })
            });
            ctx.printer.list(futures::stream::iter(rows)).await?;
        }
        TagCmd::Add { stream, tags } => {
            let pairs = tags
                .iter()
                .map(|t| key_value(t))
                .collect::<CliResult<Vec<_>>>()?;
            let id = stream_id(client, &stream).await?;
            client.add_stream_tags(&id, pairs).await?;
            status(format!("tagged stream {stream}"));
        }
        TagCmd::Remove { stream, keys } => {
            let id = stream_id(client, &stream).await?;
            client.delete_stream_tags(&id, keys).await?;
            status(format!("removed tags from stream {stream}"));
        }
    }
    Ok(())
}

/// Tags are kept by stream id; people know names.
async fn stream_id(client: &otc_dis::Client, name: &str) -> CliResult<String> {
    Ok(client.get_stream(name).await?.stream_id)
}
