//! The checkpointing consumer: every assigned partition read concurrently, batches out,
//! acknowledged positions committed as DIS checkpoints.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::fmt;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use futures::stream::{SelectAll, Stream, StreamExt as _};
use tokio::sync::{mpsc, oneshot, watch};
use tokio::task::JoinSet;

use crate::api::validate;
use crate::{
    Client, CursorPosition, Error, Partition, PartitionStatus, Record, Result, ValidationError,
};

/// DIS.4224: the start sequence number is outside the partition's retained range.
const OUT_OF_RANGE: &str = "DIS.4224";
/// DIS.4302: the partition does not exist (any more).
const PARTITION_NOT_FOUND: &str = "DIS.4302";
/// What DIS answers for a partition without checkpoint.
const NO_CHECKPOINT: &str = "-1";
/// Events kept for [`Consumer::take_events`]; older ones are dropped when nobody reads them.
const MAX_KEPT_EVENTS: usize = 1024;
/// Attempts of the final commit of each partition on [`Consumer::shutdown`].
const FINAL_COMMIT_ATTEMPTS: u32 = 3;
/// Backoff of a partition reader after an error.
const INITIAL_BACKOFF: Duration = Duration::from_millis(100);
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// Which partitions of the stream a [`Consumer`] reads.
///
/// ```
/// // Pod 2 of a StatefulSet with 4 replicas reads partitions 2, 6, 10, ...
/// let assignment = otc_dis::Assignment::Static { member: 2, members: 4 };
/// assert!(assignment.owns(6) && !assignment.owns(7));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Assignment {
    /// Every partition.
    #[default]
    All,
    /// Member `member` of `members` (counted from 0) owns the partitions whose index
    /// (the number in `shardId-0000000007`) modulo `members` is `member`.
    Static {
        /// This member, `0..members`.
        member: u32,
        /// How many members share the stream.
        members: u32,
    },
    /// Exactly these partitions (`"3"` or `"shardId-0000000003"`).
    Partitions(Vec<String>),
}

impl Assignment {
    /// Whether the partition with this index belongs to this member.
    pub fn owns(&self, index: u64) -> bool {
        match self {
            Self::All => true,
            Self::Static { member, members } => {
                *members > 0 && index % u64::from(*members) == u64::from(*member)
            }
            Self::Partitions(ids) => ids.iter().any(|id| partition_index(id) == Some(index)),
        }
    }
}

impl Assignment {
    fn check(&self) -> std::result::Result<(), ValidationError> {
        match self {
            Self::All => Ok(()),
            Self::Static { member, members } if member >= members => Err(ValidationError::new(
                "assignment",
                format!(
                    "member must be below members (members are counted from 0); got member \
                     {member} of {members}"
                ),
            )),
            Self::Static { .. } => Ok(()),
            Self::Partitions(ids) if ids.is_empty() => Err(ValidationError::new(
                "assignment",
                "lists no partition; use Assignment::All to read every partition",
            )),
            Self::Partitions(ids) => match ids.iter().find(|id| partition_index(id).is_none()) {
                Some(id) => Err(ValidationError::new(
                    "assignment",
                    format!("{id:?} is not a partition id such as \"3\" or \"shardId-0000000003\""),
                )),
                None => Ok(()),
            },
        }
    }
}

/// The number of a partition id: `7` for `"7"` and `"shardId-0000000007"`.
fn partition_index(id: &str) -> Option<u64> {
    let digits = id.rsplit('-').next()?;
    digits.parse().ok()
}

/// Where a partition without checkpoint starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum StartPosition {
    /// At the oldest record retained.
    #[default]
    TrimHorizon,
    /// After the newest record when the consumer first sees the partition (resolved to a
    /// sequence number then, so nothing written later is skipped).
    Latest,
}

/// Something the application may want to know, from [`Consumer::take_events`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ConsumerEvent {
    /// The consumer started reading a partition.
    PartitionAdded {
        /// The partition.
        partition_id: String,
    },
    /// A DELETED partition was read to its end and released.
    PartitionDrained {
        /// The partition.
        partition_id: String,
    },
    /// Records `from..to` (sequence numbers, `to` excluded) left the retention period
    /// before they were read: they are lost to this app. Reading goes on at `to`.
    DataExpired {
        /// The partition.
        partition_id: String,
        /// The first record lost (the position the consumer wanted to read).
        from: u64,
        /// The oldest record still retained, where reading continues.
        to: u64,
    },
}

/// Counters of a [`Consumer`], from [`Consumer::metrics`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ConsumerMetrics {
    /// Records handed to the application.
    pub records_delivered: u64,
    /// Batches handed to the application.
    pub batches_delivered: u64,
    /// Checkpoints committed.
    pub commits: u64,
    /// Checkpoint commits that failed (and are retried at the next interval).
    pub commit_failures: u64,
    /// Downloads that ended in an error and were restarted after a backoff.
    pub read_errors: u64,
    /// Partition discoveries (DescribeStream) made.
    pub discoveries: u64,
    /// Ranges lost to retention ([`ConsumerEvent::DataExpired`]).
    pub data_expired: u64,
}

#[derive(Debug, Default)]
struct Counters {
    records_delivered: AtomicU64,
    batches_delivered: AtomicU64,
    commits: AtomicU64,
    commit_failures: AtomicU64,
    read_errors: AtomicU64,
    discoveries: AtomicU64,
    data_expired: AtomicU64,
}

impl Counters {
    fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, AtomicOrdering::Relaxed);
    }

    fn snapshot(&self) -> ConsumerMetrics {
        let get = |c: &AtomicU64| c.load(AtomicOrdering::Relaxed);
        ConsumerMetrics {
            records_delivered: get(&self.records_delivered),
            batches_delivered: get(&self.batches_delivered),
            commits: get(&self.commits),
            commit_failures: get(&self.commit_failures),
            read_errors: get(&self.read_errors),
            discoveries: get(&self.discoveries),
            data_expired: get(&self.data_expired),
        }
    }
}

/// State shared by the handle, the coordinator and the readers.
#[derive(Debug, Default)]
struct Shared {
    counters: Counters,
    events: Mutex<VecDeque<ConsumerEvent>>,
}

impl Shared {
    fn event(&self, event: ConsumerEvent) {
        tracing::info!(?event, "consumer event");
        let mut events = self.events.lock().expect("events lock");
        if events.len() == MAX_KEPT_EVENTS {
            events.pop_front();
        }
        events.push_back(event);
    }
}

/// Settings of a [`Consumer`]; start with [`Consumer::builder`].
///
/// ```no_run
/// # fn demo(client: otc_dis::Client) {
/// use std::time::Duration;
/// let consumer = otc_dis::Consumer::builder(client, "orders", "billing")
///     .assignment(otc_dis::Assignment::Static { member: 0, members: 2 })
///     .start_without_checkpoint(otc_dis::StartPosition::Latest)
///     .commit_interval(Duration::from_secs(2))
///     .build()
///     .expect("valid names and assignment");
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ConsumerBuilder {
    client: Client,
    stream: String,
    app: String,
    settings: Settings,
}

#[derive(Debug, Clone)]
struct Settings {
    assignment: Assignment,
    start: StartPosition,
    commit_interval: Duration,
    idle_poll: Duration,
    discovery_interval: Duration,
    max_batch_records: usize,
    buffered_batches_per_partition: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            assignment: Assignment::All,
            start: StartPosition::TrimHorizon,
            commit_interval: Duration::from_secs(5),
            idle_poll: Duration::from_secs(1),
            discovery_interval: Duration::from_secs(60),
            max_batch_records: 1000,
            buffered_batches_per_partition: 2,
        }
    }
}

impl ConsumerBuilder {
    /// Which partitions to read (default [`Assignment::All`]).
    pub fn assignment(mut self, assignment: Assignment) -> Self {
        self.settings.assignment = assignment;
        self
    }

    /// Where a partition without checkpoint starts at the first discovery (default
    /// [`StartPosition::TrimHorizon`]). Partitions that appear later always start at
    /// the trim horizon, so nothing written to them before they were seen is skipped.
    pub fn start_without_checkpoint(mut self, start: StartPosition) -> Self {
        self.settings.start = start;
        self
    }

    /// How often acknowledged positions are committed (default 5 s): after a crash, at
    /// most about this much processed work is delivered again.
    pub fn commit_interval(mut self, interval: Duration) -> Self {
        self.settings.commit_interval = interval.max(Duration::from_millis(1));
        self
    }

    /// How long a caught-up partition waits before asking again (default 1 s; at least
    /// 1 ms and below 5 minutes, the life of a cursor).
    pub fn idle_poll(mut self, interval: Duration) -> Self {
        self.settings.idle_poll =
            interval.clamp(Duration::from_millis(1), Duration::from_secs(240));
        self
    }

    /// How often the stream's partitions are listed again to find new and deleted ones
    /// (default 60 s; also at once when DIS says a partition is gone).
    pub fn discovery_interval(mut self, interval: Duration) -> Self {
        self.settings.discovery_interval = interval.max(Duration::from_millis(1));
        self
    }

    /// Records per batch at most (default 1000).
    pub fn max_batch_records(mut self, records: usize) -> Self {
        self.settings.max_batch_records = records.max(1);
        self
    }

    /// Batches read ahead per partition before its reader waits for the application
    /// (default 2): memory stays bounded by partitions × this × a batch.
    pub fn buffered_batches_per_partition(mut self, batches: usize) -> Self {
        self.settings.buffered_batches_per_partition = batches.max(1);
        self
    }

    /// Checks the names and the assignment, then starts the consumer's background task
    /// (needs a Tokio runtime); the first discovery starts at once. Bad input is an
    /// [`Error::Validation`] and starts nothing.
    pub fn build(self) -> Result<Consumer> {
        validate::stream_name(&self.stream)?;
        validate::app_name(&self.app)?;
        self.settings.assignment.check()?;
        let shared = Arc::new(Shared::default());
        let (partitions_tx, partitions_rx) = mpsc::unbounded_channel();
        let (shutdown_tx, shutdown_rx) = oneshot::channel();
        let coordinator = Coordinator {
            ctx: Arc::new(Inner {
                client: self.client,
                stream: self.stream,
                app: self.app,
                settings: self.settings,
                shared: shared.clone(),
                trackers: Mutex::new(HashMap::new()),
            }),
            partitions_tx,
            readers: JoinSet::new(),
            running: HashMap::new(),
            drained: HashSet::new(),
            first_discovery: true,
        };
        let task = tokio::spawn(coordinator.run(shutdown_rx));
        Ok(Consumer {
            partitions_rx,
            batches: SelectAll::new(),
            shared,
            shutdown_tx: Some(shutdown_tx),
            task: Some(task),
        })
    }
}

/// A batch of records of one partition, in order; [`ack`](Batch::ack) it once processed.
#[derive(Debug)]
#[non_exhaustive]
pub struct Batch {
    /// The partition the records come from.
    pub partition_id: String,
    /// The records, by ascending sequence number, never empty.
    pub records: Vec<Record>,
    first: u64,
    tracker: Arc<Tracker>,
}

impl Batch {
    /// Marks the batch processed: its position is committed at the next commit once every
    /// earlier batch of the partition is acknowledged too. Acknowledging again is harmless.
    pub fn ack(&self) {
        self.tracker.ack(self.first);
    }
}

/// What is delivered, acknowledged and committed on one partition.
#[derive(Debug)]
struct Tracker {
    partition_id: String,
    state: Mutex<TrackerState>,
}

#[derive(Debug, Default)]
struct TrackerState {
    /// Delivered batches not yet in the acknowledged prefix: first -> (last, acked).
    outstanding: BTreeMap<u64, (u64, bool)>,
    /// Next to read after the acknowledged prefix.
    acked_next: Option<u64>,
    /// The checkpoint stored (or read at start).
    committed: Option<u64>,
}

impl Tracker {
    fn new(partition_id: String, committed: Option<u64>) -> Self {
        Self {
            partition_id,
            state: Mutex::new(TrackerState {
                committed,
                ..TrackerState::default()
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, TrackerState> {
        self.state.lock().expect("tracker lock")
    }

    fn delivered(&self, first: u64, last: u64) {
        self.lock().outstanding.insert(first, (last, false));
    }

    fn ack(&self, first: u64) {
        let mut state = self.lock();
        if let Some(entry) = state.outstanding.get_mut(&first) {
            entry.1 = true;
        }
        while let Some(entry) = state.outstanding.first_entry() {
            let (last, acked) = *entry.get();
            if !acked {
                break;
            }
            entry.remove();
            state.acked_next = Some(last + 1);
        }
    }

    /// The position to commit, when it is ahead of the stored one.
    fn to_commit(&self) -> Option<u64> {
        let state = self.lock();
        let next = state.acked_next?;
        (state.committed.is_none_or(|committed| next > committed)).then_some(next)
    }

    fn committed(&self, next: u64) {
        let mut state = self.lock();
        if state.committed.is_none_or(|committed| next > committed) {
            state.committed = Some(next);
        }
    }
}

/// A consumer of one stream for one app: reads every assigned partition concurrently and
/// yields [`Batch`]es as a [`Stream`]; commits what the application acknowledged.
///
/// # Reading
///
/// Each assigned partition has its own reader task, which downloads in order and hands
/// batches of at most [`max_batch_records`](ConsumerBuilder::max_batch_records) through a
/// bounded channel ([`buffered_batches_per_partition`](ConsumerBuilder::buffered_batches_per_partition)):
/// a slow application pauses the readers, memory stays bounded. Batches of one partition
/// come in order; partitions interleave. A reader starts at its partition's checkpoint
/// (`AT_SEQUENCE_NUMBER` of the stored next-to-read position), or without one where
/// [`start_without_checkpoint`](ConsumerBuilder::start_without_checkpoint) says
/// ([`StartPosition::Latest`] is resolved to a sequence number once). Expired cursors are
/// renewed after the last record delivered; other errors restart the download after a
/// backoff (100 ms doubling up to 30 s), counted in [`ConsumerMetrics::read_errors`].
///
/// # Checkpoints and delivery guarantees
///
/// Delivery is **at least once**. [`Batch::ack`] marks a batch processed; every
/// [`commit_interval`](ConsumerBuilder::commit_interval) the consumer commits, per
/// partition, the position after the acknowledged prefix: `LAST_READ` = last acknowledged
/// sequence number + 1, the next record to read (the convention of DIS's Kafka adapter,
/// so console lag reads right). Only acknowledged batches count; a commit never goes
/// backwards; a failed commit is retried at the next interval and never holds up
/// reading. [`shutdown`](Consumer::shutdown) commits a last time. After a crash (or a
/// drop without `shutdown`) a restarted consumer re-delivers what came after the last
/// commit: at most about one commit interval of processed records.
///
/// # Partitions: scaling and retention
///
/// Partitions are listed again every
/// [`discovery_interval`](ConsumerBuilder::discovery_interval) and at once when DIS says
/// a partition is gone (DIS.4302). Partitions that appear later (scale-up, or reactivated
/// ones) start at the trim horizon unless they have a checkpoint, so nothing written to
/// them before discovery is missed. DELETED partitions (scale-down) are read to their end,
/// committed and released ([`ConsumerEvent::PartitionDrained`]). Per-key order across a
/// scaling event is not guaranteed: DIS moves keys between partitions.
///
/// When the position to read has left the retention period (DIS.4224), the records in
/// between are gone: the consumer reports [`ConsumerEvent::DataExpired`] with the exact
/// range and goes on at the oldest record retained.
///
/// # Scaling out: static assignment
///
/// DIS has no leases, so members share a stream by [`Assignment::Static`]: member `i` of
/// `n` reads the partitions whose index modulo `n` is `i`, all with the same app. In a
/// Kubernetes StatefulSet, `member` is the pod's ordinal (the number at the end of its
/// host name) and `members` the replica count; change both together. An overlapping
/// assignment (two members owning a partition) may deliver records twice but never
/// loses one: each member commits only what it processed. Other consumer groups use
/// other apps.
///
/// ```no_run
/// use futures::StreamExt;
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let mut consumer = otc_dis::Consumer::builder(client, "orders", "billing").build()?;
/// while let Some(batch) = consumer.next().await {
///     for record in &batch.records {
///         println!("{} #{}", batch.partition_id, record.sequence_number);
///     }
///     batch.ack();
/// #   break;
/// }
/// consumer.shutdown().await?;
/// # Ok(()) }
/// ```
#[must_use = "a consumer does nothing unless polled"]
pub struct Consumer {
    partitions_rx: mpsc::UnboundedReceiver<mpsc::Receiver<Batch>>,
    batches: SelectAll<BatchReceiver>,
    shared: Arc<Shared>,
    shutdown_tx: Option<oneshot::Sender<oneshot::Sender<Result<()>>>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl fmt::Debug for Consumer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Consumer")
            .field("partitions", &self.batches.len())
            .field("metrics", &self.metrics())
            .finish_non_exhaustive()
    }
}

impl Consumer {
    /// Starts configuring a consumer of `stream` for app `app` (create the app first, with
    /// [`Client::create_app`]).
    pub fn builder(
        client: Client,
        stream: impl Into<String>,
        app: impl Into<String>,
    ) -> ConsumerBuilder {
        ConsumerBuilder {
            client,
            stream: stream.into(),
            app: app.into(),
            settings: Settings::default(),
        }
    }

    /// The counters so far.
    pub fn metrics(&self) -> ConsumerMetrics {
        self.shared.counters.snapshot()
    }

    /// The events since the last call (at most the newest 1024).
    pub fn take_events(&self) -> Vec<ConsumerEvent> {
        self.shared
            .events
            .lock()
            .expect("events lock")
            .drain(..)
            .collect()
    }

    /// Stops reading and commits every acknowledged position a last time (each partition
    /// tried up to 3 times). `Err` is the last failed commit: those partitions resume
    /// from their previous checkpoint.
    pub async fn shutdown(mut self) -> Result<()> {
        let (done_tx, done_rx) = oneshot::channel();
        if let Some(shutdown) = self.shutdown_tx.take() {
            let _ = shutdown.send(done_tx);
        }
        let result = done_rx.await.unwrap_or(Ok(()));
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
        result
    }
}

impl Drop for Consumer {
    fn drop(&mut self) {
        // Without `shutdown`, stop at once and commit nothing more, as a crash would.
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}

type BatchReceiver = Pin<Box<dyn Stream<Item = Batch> + Send>>;

fn receiver_stream(mut rx: mpsc::Receiver<Batch>) -> BatchReceiver {
    Box::pin(futures::stream::poll_fn(move |cx| rx.poll_recv(cx)))
}

impl Stream for Consumer {
    type Item = Batch;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Batch>> {
        let this = self.get_mut();
        let mut coordinator_gone = false;
        loop {
            match this.partitions_rx.poll_recv(cx) {
                Poll::Ready(Some(rx)) => this.batches.push(receiver_stream(rx)),
                Poll::Ready(None) => {
                    coordinator_gone = true;
                    break;
                }
                Poll::Pending => break,
            }
        }
        match this.batches.poll_next_unpin(cx) {
            Poll::Ready(Some(batch)) => {
                let counters = &this.shared.counters;
                Counters::add(&counters.batches_delivered, 1);
                Counters::add(&counters.records_delivered, batch.records.len() as u64);
                Poll::Ready(Some(batch))
            }
            Poll::Ready(None) if coordinator_gone => Poll::Ready(None),
            _ => Poll::Pending,
        }
    }
}

/// What every task of a consumer needs.
#[derive(Debug)]
struct Inner {
    client: Client,
    stream: String,
    app: String,
    settings: Settings,
    shared: Arc<Shared>,
    /// The acknowledgement state of every partition read, committed by the coordinator.
    trackers: Mutex<HashMap<String, Arc<Tracker>>>,
}

impl Inner {
    fn trackers(&self) -> Vec<Arc<Tracker>> {
        self.trackers
            .lock()
            .expect("trackers lock")
            .values()
            .cloned()
            .collect()
    }

    /// Commits the tracker's acknowledged position when it moved ahead of the stored one.
    async fn commit(&self, tracker: &Tracker) -> Result<()> {
        let Some(next) = tracker.to_commit() else {
            return Ok(());
        };
        let counters = &self.shared.counters;
        let sent = self
            .client
            .create_checkpoint(
                self.stream.as_str(),
                self.app.as_str(),
                tracker.partition_id.as_str(),
                next.to_string(),
            )
            .send()
            .await;
        match sent {
            Ok(()) => {
                tracker.committed(next);
                Counters::add(&counters.commits, 1);
                tracing::debug!(partition_id = %tracker.partition_id, next, "checkpoint committed");
                Ok(())
            }
            Err(err) => {
                Counters::add(&counters.commit_failures, 1);
                tracing::warn!(partition_id = %tracker.partition_id, next, error = %err, "checkpoint commit failed; retrying at the next commit");
                Err(err)
            }
        }
    }
}

/// How a reader ended.
enum ReaderEnd {
    /// A DELETED partition read to its end.
    Drained,
    /// DIS said the partition does not exist: list the partitions again.
    NotFound,
    /// The consumer is gone.
    Closed,
}

struct Coordinator {
    ctx: Arc<Inner>,
    partitions_tx: mpsc::UnboundedSender<mpsc::Receiver<Batch>>,
    readers: JoinSet<(String, ReaderEnd)>,
    /// Partitions with a reader, and whether that reader should read to the end and stop
    /// (the partition is DELETED).
    running: HashMap<String, watch::Sender<bool>>,
    /// DELETED partitions read to their end.
    drained: HashSet<String>,
    first_discovery: bool,
}

impl Coordinator {
    async fn run(mut self, mut shutdown: oneshot::Receiver<oneshot::Sender<Result<()>>>) {
        let settings = self.ctx.settings.clone();
        let mut discovery = tokio::time::interval(settings.discovery_interval);
        let mut commit = tokio::time::interval(settings.commit_interval);
        commit.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        discovery.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let done = loop {
            tokio::select! {
                done = &mut shutdown => match done {
                    Ok(done) => break done,
                    // Dropped without `shutdown`: stop as a crash would, committing nothing.
                    Err(_) => return,
                },
                _ = discovery.tick() => self.discover().await,
                _ = commit.tick() => { let _ = self.commit_all(1).await; }
                Some(ended) = self.readers.join_next(), if !self.readers.is_empty() => {
                    if let Ok((partition_id, end)) = ended {
                        self.reader_ended(partition_id, end).await;
                    }
                }
            }
        };
        self.readers.abort_all();
        let result = self.commit_all(FINAL_COMMIT_ATTEMPTS).await;
        let _ = done.send(result);
    }

    async fn reader_ended(&mut self, partition_id: String, end: ReaderEnd) {
        self.running.remove(&partition_id);
        match end {
            ReaderEnd::Drained => {
                tracing::info!(%partition_id, "deleted partition read to its end");
                self.drained.insert(partition_id.clone());
                let _ = self.commit_all(1).await;
                self.ctx
                    .shared
                    .event(ConsumerEvent::PartitionDrained { partition_id });
            }
            ReaderEnd::NotFound => {
                tracing::info!(%partition_id, "partition not found; listing partitions again");
                self.discover().await;
            }
            ReaderEnd::Closed => {}
        }
    }

    /// Lists the partitions and starts a reader for every owned one that needs one.
    async fn discover(&mut self) {
        let ctx = self.ctx.clone();
        Counters::add(&ctx.shared.counters.discoveries, 1);
        let stream = match ctx.client.get_stream(&ctx.stream).await {
            Ok(stream) => stream,
            Err(err) => {
                tracing::warn!(stream = %ctx.stream, error = %err, "listing partitions failed; trying again at the next discovery");
                return;
            }
        };
        let first = std::mem::replace(&mut self.first_discovery, false);
        for partition in stream.partitions {
            let owned = partition_index(&partition.partition_id)
                .is_some_and(|index| ctx.settings.assignment.owns(index));
            if !owned {
                continue;
            }
            if let Some(drain) = self.running.get(&partition.partition_id) {
                if partition.status == PartitionStatus::Deleted {
                    drain.send_if_modified(|drain| !std::mem::replace(drain, true));
                }
                continue;
            }
            let deleted = match partition.status {
                PartitionStatus::Active => {
                    self.drained.remove(&partition.partition_id);
                    false
                }
                PartitionStatus::Deleted if !self.drained.contains(&partition.partition_id) => true,
                _ => continue,
            };
            let start = if first {
                ctx.settings.start
            } else {
                StartPosition::TrimHorizon
            };
            self.start_reader(partition, start, deleted);
        }
    }

    fn start_reader(&mut self, partition: Partition, start: StartPosition, deleted: bool) {
        let partition_id = partition.partition_id.clone();
        let (tx, rx) = mpsc::channel(self.ctx.settings.buffered_batches_per_partition);
        if self.partitions_tx.send(rx).is_err() {
            return;
        }
        tracing::info!(%partition_id, ?start, deleted, "reading partition");
        let (drain_tx, drain) = watch::channel(deleted);
        let reader = Reader {
            ctx: self.ctx.clone(),
            partition,
            start,
            drain,
            tx,
        };
        let id = partition_id.clone();
        self.readers.spawn(async move { (id, reader.run().await) });
        self.running.insert(partition_id.clone(), drain_tx);
        self.ctx
            .shared
            .event(ConsumerEvent::PartitionAdded { partition_id });
    }

    /// Commits every partition whose acknowledged position moved, trying each up to
    /// `attempts` times; returns the last error.
    async fn commit_all(&mut self, attempts: u32) -> Result<()> {
        let mut result = Ok(());
        for tracker in self.ctx.trackers() {
            for attempt in 1..=attempts {
                match self.ctx.commit(&tracker).await {
                    Ok(()) => break,
                    Err(err) if attempt == attempts => result = Err(err),
                    Err(_) => {}
                }
            }
        }
        result
    }
}

/// Reads one partition from its checkpoint on, hands batches to the consumer.
struct Reader {
    ctx: Arc<Inner>,
    partition: Partition,
    start: StartPosition,
    /// True once the partition is DELETED: read to its end, then stop.
    drain: watch::Receiver<bool>,
    tx: mpsc::Sender<Batch>,
}

/// Why a download stopped.
enum Stop {
    /// Caught up without following: a deleted partition read to its end.
    End,
    Failed(Error),
    Closed,
    /// The partition was deleted while followed: go on without following.
    Drain,
}

impl Reader {
    async fn run(mut self) -> ReaderEnd {
        let ctx = &self.ctx;
        let partition_id = self.partition.partition_id.as_str();
        let previous = ctx
            .trackers
            .lock()
            .expect("trackers lock")
            .get(partition_id)
            .cloned();
        if let Some(previous) = previous {
            // What an earlier reader of this partition had acknowledged goes first.
            let _ = ctx.commit(&previous).await;
        }
        let checkpoint = match self.read_checkpoint().await {
            Ok(checkpoint) => checkpoint,
            Err(end) => return end,
        };
        let tracker = Arc::new(Tracker::new(partition_id.to_owned(), checkpoint));
        ctx.trackers
            .lock()
            .expect("trackers lock")
            .insert(partition_id.to_owned(), tracker.clone());
        let (mut position, mut next_to_read) = match (checkpoint, self.start) {
            (Some(next), _) => (
                CursorPosition::AtSequenceNumber(next.to_string()),
                Some(next),
            ),
            (None, StartPosition::TrimHorizon) => (CursorPosition::TrimHorizon, None),
            (None, StartPosition::Latest) => {
                let latest = self.partition.latest_sequence_number;
                (
                    CursorPosition::AtSequenceNumber(latest.to_string()),
                    Some(latest),
                )
            }
        };
        let mut backoff = INITIAL_BACKOFF;
        loop {
            let mut records =
                ctx.client
                    .download_data_from(&ctx.stream, partition_id, position.clone());
            let follow = !*self.drain.borrow_and_update();
            if follow {
                records = records.follow(ctx.settings.idle_poll);
            }
            let stop = loop {
                // Cancelling `next_batch` while it waits for its first record loses nothing.
                let next = tokio::select! {
                    next = records.next_batch() => next,
                    drain = self.drain.wait_for(|drain| *drain), if follow => {
                        break if drain.is_ok() { Stop::Drain } else { Stop::Closed };
                    }
                };
                match next {
                    None => break Stop::End,
                    Some(Err(err)) => break Stop::Failed(err),
                    Some(Ok(batch)) => {
                        backoff = INITIAL_BACKOFF;
                        match self.deliver(&tracker, batch).await {
                            Some(last) => next_to_read = Some(last + 1),
                            None => break Stop::Closed,
                        }
                    }
                }
            };
            if let Some(resume) = records.resume_position() {
                position = resume;
            }
            let err = match stop {
                Stop::End => return ReaderEnd::Drained,
                Stop::Closed => return ReaderEnd::Closed,
                Stop::Drain => continue,
                Stop::Failed(err) => err,
            };
            match err.code() {
                Some(PARTITION_NOT_FOUND) => return ReaderEnd::NotFound,
                Some(OUT_OF_RANGE) => {
                    if let Some(earliest) = self.expired(next_to_read).await {
                        position = CursorPosition::AtSequenceNumber(earliest.to_string());
                        next_to_read = Some(earliest);
                        continue;
                    }
                }
                _ => {}
            }
            Counters::add(&ctx.shared.counters.read_errors, 1);
            tracing::warn!(%partition_id, error = %err, ?backoff, "reading failed; starting again after a backoff");
            tokio::time::sleep(backoff).await;
            backoff = (backoff * 2).min(MAX_BACKOFF);
        }
    }

    /// The stored next-to-read position, or `None` without checkpoint; retried with
    /// backoff until it answers.
    async fn read_checkpoint(&self) -> std::result::Result<Option<u64>, ReaderEnd> {
        let ctx = &self.ctx;
        let partition_id = self.partition.partition_id.as_str();
        let mut backoff = INITIAL_BACKOFF;
        loop {
            let read = ctx
                .client
                .get_checkpoint(ctx.stream.as_str(), ctx.app.as_str(), partition_id)
                .send()
                .await;
            match read {
                Ok(checkpoint) => {
                    let number = checkpoint.sequence_number.unwrap_or_default();
                    return Ok(if number == NO_CHECKPOINT {
                        None
                    } else {
                        number.parse().ok()
                    });
                }
                Err(err) if err.code() == Some(PARTITION_NOT_FOUND) => {
                    return Err(ReaderEnd::NotFound);
                }
                Err(err) => {
                    Counters::add(&ctx.shared.counters.read_errors, 1);
                    tracing::warn!(%partition_id, error = %err, "reading the checkpoint failed; trying again after a backoff");
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(MAX_BACKOFF);
                }
            }
        }
    }

    /// After DIS.4224: the oldest record retained, reporting the range lost before it.
    /// `None` when the partition cannot be listed now (the caller backs off and retries).
    async fn expired(&self, wanted: Option<u64>) -> Option<u64> {
        let ctx = &self.ctx;
        let partition_id = &self.partition.partition_id;
        let stream = ctx.client.get_stream(&ctx.stream).await.ok()?;
        let partition = stream
            .partitions
            .into_iter()
            .find(|p| &p.partition_id == partition_id)?;
        let earliest = partition.earliest_sequence_number;
        match wanted {
            Some(from) if from < earliest => {
                Counters::add(&ctx.shared.counters.data_expired, 1);
                tracing::warn!(%partition_id, from, to = earliest, "records expired before they were read");
                ctx.shared.event(ConsumerEvent::DataExpired {
                    partition_id: partition_id.clone(),
                    from,
                    to: earliest,
                });
            }
            _ => {
                tracing::warn!(%partition_id, ?wanted, earliest, "position outside the retained range; reading from the oldest record retained");
            }
        }
        Some(earliest)
    }

    /// Hands the records over in batches; returns the last sequence number, or `None`
    /// when the consumer is gone.
    async fn deliver(&self, tracker: &Arc<Tracker>, mut records: Vec<Record>) -> Option<u64> {
        let mut last_number = None;
        while !records.is_empty() {
            let rest = records.split_off(records.len().min(self.ctx.settings.max_batch_records));
            let batch = std::mem::replace(&mut records, rest);
            let number = |r: &Record| r.sequence_number.parse::<u64>().ok();
            let (Some(first), Some(last)) = (
                batch.first().and_then(number),
                batch.last().and_then(number),
            ) else {
                continue;
            };
            tracker.delivered(first, last);
            let batch = Batch {
                partition_id: self.partition.partition_id.clone(),
                records: batch,
                first,
                tracker: tracker.clone(),
            };
            self.tx.send(batch).await.ok()?;
            last_number = Some(last);
        }
        last_number
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_acknowledged_prefix_is_committed_and_never_backwards() {
        let tracker = Tracker::new("shardId-0000000000".into(), Some(10));
        tracker.delivered(10, 19);
        tracker.delivered(20, 29);
        tracker.delivered(30, 39);
        // A later batch acknowledged first commits nothing: 10..19 is still open.
        tracker.ack(20);
        assert_eq!(tracker.to_commit(), None);
        tracker.ack(10);
        assert_eq!(tracker.to_commit(), Some(30));
        tracker.committed(30);
        assert_eq!(tracker.to_commit(), None);
        // An older commit answered late does not move the checkpoint back.
        tracker.committed(20);
        tracker.ack(30);
        assert_eq!(tracker.to_commit(), Some(40));
    }

    #[test]
    fn static_assignment_splits_by_index_modulo_members() {
        let second_of_three = Assignment::Static {
            member: 1,
            members: 3,
        };
        let owned: Vec<u64> = (0..8).filter(|&i| second_of_three.owns(i)).collect();
        assert_eq!(owned, [1, 4, 7]);
        let listed = Assignment::Partitions(vec!["2".into(), "shardId-0000000005".into()]);
        let owned: Vec<u64> = (0..8).filter(|&i| listed.owns(i)).collect();
        assert_eq!(owned, [2, 5]);
    }

    #[tokio::test]
    async fn a_bad_assignment_is_refused_before_anything_starts() {
        let client = Client::with_endpoint("http://127.0.0.1:9", "proj").unwrap();
        for (assignment, says) in [
            (
                Assignment::Static {
                    member: 3,
                    members: 3,
                },
                "member 3 of 3",
            ),
            (Assignment::Partitions(Vec::new()), "lists no partition"),
            (
                Assignment::Partitions(vec!["first".into()]),
                "\"first\" is not a partition id",
            ),
        ] {
            let err = Consumer::builder(client.clone(), "s", "app")
                .assignment(assignment)
                .build()
                .unwrap_err();
            assert!(matches!(err, Error::Validation(_)), "{err:?}");
            assert!(err.to_string().contains(says), "{err}");
        }
    }
}
