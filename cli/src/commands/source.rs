//! Where `record tail` reads from: the download API per partition (from a position), or
//! the library's `Consumer` for an app (from its checkpoints, committing what was printed).

use std::collections::BTreeMap;
use std::pin::Pin;
use std::time::Duration;

use futures::stream::{SelectAll, Stream, StreamExt};
use otc_dis::{
    Assignment, Batch, Client, Consumer, ConsumerEvent, CursorPosition, Record, StartPosition,
};

use super::app::same_partition;
use crate::args::TailArgs;
use crate::errors::{CliResult, Failure};
use crate::output::status;

/// How often an idle partition is asked again (cursors live 5 minutes).
const POLL_INTERVAL: Duration = Duration::from_secs(1);
/// How often the consumer commits what was printed.
const COMMIT_INTERVAL: Duration = Duration::from_secs(5);

type Item = (String, otc_dis::Result<Record>);
type Download = Pin<Box<dyn Stream<Item = Item> + Send>>;

pub enum Source {
    Download(SelectAll<Download>),
    App(Box<AppSource>),
}

impl Source {
    /// Every partition in `starts` read by the download API, from its position.
    pub fn download(
        client: &Client,
        args: &TailArgs,
        starts: &BTreeMap<String, CursorPosition>,
    ) -> Self {
        let readers = starts.iter().map(|(partition, start)| {
            let mut records = client.download_data_from(&args.stream, partition, start.clone());
            if args.follow {
                records = records.follow(POLL_INTERVAL);
            }
            if let Some(max) = args.max_bytes {
                records = records.max_fetch_bytes(max);
            }
            let partition = partition.clone();
            Box::pin(records.map(move |item| (partition.clone(), item))) as Download
        });
        Source::Download(futures::stream::select_all(readers))
    }

    /// The app's consumer over `partitions` (all, DELETED ones read to their end, when
    /// none were named with -p); without `--follow` it ends once every partition
    /// is printed up to the newest record at the start.
    pub async fn app(
        client: &Client,
        args: &TailArgs,
        app: &str,
        partitions: &[String],
        start: StartPosition,
    ) -> CliResult<Self> {
        let remaining = if args.follow {
            None
        } else {
            Some(ends(client, args, app, partitions, start).await?)
        };
        let consumer = Consumer::builder(client.clone(), &args.stream, app)
            .assignment(if args.partitions.is_empty() {
                Assignment::All
            } else {
                Assignment::Partitions(partitions.to_vec())
            })
            .start_without_checkpoint(start)
            .commit_interval(COMMIT_INTERVAL)
            .idle_poll(POLL_INTERVAL)
            .build()?;
        Ok(Source::App(Box::new(AppSource {
            consumer,
            batch: None,
            next: 0,
            ack: args.commit,
            remaining,
        })))
    }

    pub async fn next(&mut self) -> Option<Item> {
        match self {
            Source::Download(merged) => merged.next().await,
            Source::App(app) => app.next().await,
        }
    }

    /// Stops reading; the consumer commits what was printed a last time.
    pub async fn close(self) -> CliResult {
        if let Source::App(app) = self {
            app.consumer.shutdown().await?;
        }
        Ok(())
    }
}

pub struct AppSource {
    consumer: Consumer,
    batch: Option<Batch>,
    next: usize,
    ack: bool,
    /// Per partition, the sequence number to print up to (exclusive), when not following.
    remaining: Option<BTreeMap<String, u64>>,
}

impl AppSource {
    async fn next(&mut self) -> Option<Item> {
        loop {
            // A batch is acknowledged once all its records were printed (the caller asks for
            // the next record only after printing the previous one).
            if let Some(batch) = self.batch.take_if(|b| self.next >= b.records.len())
                && self.ack
            {
                batch.ack();
            }
            if self.remaining.as_ref().is_some_and(BTreeMap::is_empty) {
                return None;
            }
            if let Some(batch) = &self.batch {
                let partition = batch.partition_id.clone();
                let record = batch.records[self.next].clone();
                self.next += 1;
                self.reached(&partition, &record);
                return Some((partition, Ok(record)));
            }
            self.batch = Some(self.consumer.next().await?);
            self.next = 0;
            for event in self.consumer.take_events() {
                if let ConsumerEvent::DataExpired {
                    partition_id,
                    from,
                    to,
                } = event
                {
                    status(format!(
                        "% partition {partition_id}: records {from} to {to} expired before they were read"
                    ));
                }
            }
        }
    }

    fn reached(&mut self, partition: &str, record: &Record) {
        let Some(remaining) = &mut self.remaining else {
            return;
        };
        let seq: u64 = record.sequence_number.parse().unwrap_or(u64::MAX);
        let done = remaining
            .iter()
            .find(|(id, end)| same_partition(id, partition) && seq + 1 >= **end)
            .map(|(id, _)| id.clone());
        if let Some(id) = done {
            remaining.remove(&id);
        }
    }
}

/// Per partition with something to read, the next sequence number to be written now: the
/// end for a tail that exits at the end.
async fn ends(
    client: &Client,
    args: &TailArgs,
    app: &str,
    partitions: &[String],
    start: StartPosition,
) -> CliResult<BTreeMap<String, u64>> {
    let mut ends = BTreeMap::new();
    let mut states = client.app_consumptions(&args.stream, app);
    while let Some(state) = states.next().await {
        let state = state?;
        let named = partitions
            .iter()
            .any(|p| same_partition(p, &state.partition_id));
        if !args.partitions.is_empty() && !named {
            continue;
        }
        let (Some(earliest), Some(latest)) = (state.earliest_offset, state.latest_offset) else {
            continue;
        };
        let checkpoint = state
            .sequence_number
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0);
        let from = match (checkpoint, start) {
            (Some(next), _) => next.max(earliest),
            (None, StartPosition::Latest) => latest,
            (None, _) => earliest,
        };
        if from < latest {
            ends.insert(state.partition_id.clone(), latest as u64);
        }
    }
    Ok(ends)
}

/// With `--app`, `--from` only says where partitions without a checkpoint start.
pub fn app_start(from: Option<&CursorPosition>) -> CliResult<StartPosition> {
    match from {
        None | Some(CursorPosition::TrimHorizon) => Ok(StartPosition::TrimHorizon),
        Some(CursorPosition::Latest) => Ok(StartPosition::Latest),
        Some(_) => Err(Failure::Usage(
            "with --app, reading starts at the app's checkpoints; --from is trim-horizon or latest, for partitions without one"
                .into(),
        )),
    }
}
