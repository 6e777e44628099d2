//! The batching producer: records in one at a time, batched PutRecords requests out.

use std::collections::{BTreeMap, HashSet, VecDeque};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering as AtomicOrdering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use tokio::sync::{Notify, Semaphore, mpsc, oneshot};
use tokio::task::JoinSet;
use tokio::time::Instant;

use crate::api::records::{BodyBuffer, Placed, StreamTarget, put_batch_placed};
use crate::api::validate;
use crate::{Client, Delivery, FailedRecord, RecordToPut, ValidationError};

/// Whether records of the same key keep their order under retries.
///
/// ```
/// let ordering = otc_dis::Ordering::PerKey;
/// assert_ne!(ordering, otc_dis::Ordering::None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Ordering {
    /// Records are independent: a retried record may land after later ones (fastest).
    #[default]
    None,
    /// At most one unacknowledged record per partition key (or explicit hash key, or
    /// partition id): a key moves one record per round trip, in the order sent.
    PerKey,
}

/// Settings of a [`Producer`]; start with [`Producer::builder`].
///
/// ```no_run
/// # fn demo(client: otc_dis::Client) {
/// use std::time::Duration;
/// let producer = otc_dis::Producer::builder(client, "orders")
///     .linger(Duration::from_millis(20))
///     .max_in_flight(8)
///     .delivery_timeout(None)
///     .ordering(otc_dis::Ordering::PerKey)
///     .build();
/// # }
/// ```
#[derive(Debug, Clone)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ProducerBuilder {
    client: Client,
    stream: String,
    settings: Settings,
}

#[derive(Debug, Clone)]
struct Settings {
    linger: Duration,
    batch_max_records: usize,
    batch_max_bytes: usize,
    buffer_max_records: usize,
    buffer_max_bytes: usize,
    max_in_flight: usize,
    delivery_timeout: Option<Duration>,
    ordering: Ordering,
    initial_backoff: Duration,
    max_backoff: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            linger: Duration::from_millis(50),
            batch_max_records: 500,
            batch_max_bytes: MAX_BATCH_BYTES,
            buffer_max_records: 100_000,
            buffer_max_bytes: 32 * 1024 * 1024,
            max_in_flight: 4,
            delivery_timeout: Some(Duration::from_secs(120)),
            ordering: Ordering::None,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(10),
        }
    }
}

/// The most record data one request carries: base64 grows it by a third, and the JSON
/// body must stay under DIS's 5 MB.
const MAX_BATCH_BYTES: usize = 3_500_000;
/// The most records one request carries.
const MAX_BATCH_RECORDS: usize = 1000;

impl ProducerBuilder {
    /// How long a record may wait for others to fill its request (default 50 ms).
    pub fn linger(mut self, linger: Duration) -> Self {
        self.settings.linger = linger;
        self
    }

    /// Records per request (default 500, at most 1000).
    pub fn batch_max_records(mut self, records: usize) -> Self {
        self.settings.batch_max_records = records.clamp(1, MAX_BATCH_RECORDS);
        self
    }

    /// Record data per request in bytes before base64 (default and most 3.5 MB, so that
    /// the JSON body stays within DIS's 5 MB).
    pub fn batch_max_bytes(mut self, bytes: usize) -> Self {
        self.settings.batch_max_bytes = bytes.clamp(validate::RECORD_MAX_BYTES, MAX_BATCH_BYTES);
        self
    }

    /// Records waiting or in flight before `send` waits (default 100,000).
    pub fn buffer_max_records(mut self, records: usize) -> Self {
        self.settings.buffer_max_records = records.max(1);
        self
    }

    /// Bytes of record data waiting or in flight before `send` waits (default 32 MiB, at
    /// least the 1 MiB of one record).
    pub fn buffer_max_bytes(mut self, bytes: usize) -> Self {
        self.settings.buffer_max_bytes = bytes.max(validate::RECORD_MAX_BYTES);
        self
    }

    /// Requests running at once (default 4).
    pub fn max_in_flight(mut self, requests: usize) -> Self {
        self.settings.max_in_flight = requests.max(1);
        self
    }

    /// How long a record may take from `send` to delivery before it fails with
    /// [`SendErrorKind::Expired`] (default 120 s); `None` retries until it is delivered or
    /// refused for good. Counted from when the background task takes the record in, within
    /// the linger time after `send` unless the task is starved of CPU.
    pub fn delivery_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.settings.delivery_timeout = timeout;
        self
    }

    /// Whether records of one key keep their order (default [`Ordering::None`]).
    pub fn ordering(mut self, ordering: Ordering) -> Self {
        self.settings.ordering = ordering;
        self
    }

    /// The delays before resending a failed record: from `initial`, doubling, at most
    /// `max`, each stretched by a random 0–100 % (defaults 100 ms and 10 s).
    pub fn backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.settings.initial_backoff = initial;
        self.settings.max_backoff = max.max(initial);
        self
    }

    /// Starts the producer's background task on the current tokio runtime.
    ///
    /// # Panics
    ///
    /// Outside a tokio runtime.
    pub fn build(self) -> Producer {
        let settings = Arc::new(self.settings);
        let (control, receiver) = mpsc::unbounded_channel();
        let shared = Arc::new(Shared {
            inbox: Mutex::new(Inbox::default()),
            wake: Notify::new(),
            records: Semaphore::new(settings.buffer_max_records),
            bytes: Semaphore::new(settings.buffer_max_bytes),
            closed: AtomicBool::new(false),
            counters: Counters::default(),
            settings: Arc::clone(&settings),
        });
        let worker = Worker {
            client: self.client,
            target: Arc::new(StreamTarget::new(&self.stream)),
            settings,
            shared: Arc::clone(&shared),
            waiting: VecDeque::new(),
            waiting_bytes: 0,
            taken: Vec::new(),
            unfinished: Unfinished::default(),
            blocks: Blocks::default(),
            keys_in_flight: HashSet::new(),
            requests: JoinSet::new(),
            in_flight: Vec::new(),
            flushes: Vec::new(),
            paused_until: None,
            earliest_expiry: None,
            released: (0, 0),
        };
        tokio::spawn(worker.run(receiver));
        Producer { shared, control }
    }
}

/// A batching producer: records go in one at a time, leave in batched PutRecords requests,
/// and come back one at a time as a delivery result.
///
/// What it promises:
///
/// * **Nothing is dropped silently.** Every [`Producer::send`] gives a [`DeliveryFuture`]
///   that resolves to [`Delivered`] (partition and sequence number) or to a [`SendError`]
///   that hands the record back. [`Producer::close`] returns every record it could not
///   deliver.
/// * **Only what failed is resent**, with jittered exponential backoff per record and a
///   shared pause when DIS throttles. A record DIS refused for good (a bad partition id, a
///   deleted stream) fails at once. A record whose request may have been applied (no answer,
///   an answer cut off, a server error) is resent and its result marked
///   [`Delivered::maybe_duplicate`]: it may be stored twice, never lost.
/// * **Bounded memory.** At most [`ProducerBuilder::buffer_max_records`] records and
///   [`ProducerBuilder::buffer_max_bytes`] bytes wait or are in flight; `send` waits for room
///   (back-pressure), and at most [`ProducerBuilder::max_in_flight`] requests run at once.
/// * **Bounded time.** A record not delivered within [`ProducerBuilder::delivery_timeout`]
///   (default 120 s) fails with [`SendErrorKind::Expired`]; `None` retries until delivered.
/// * **Order, when asked.** With [`Ordering::PerKey`] at most one record per partition key
///   is unacknowledged at a time, so a retry can repeat an earlier record but never put a
///   later record of the same key before it.
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> Result<(), Box<dyn std::error::Error>> {
/// use otc_dis::{Producer, RecordToPut};
///
/// let producer = Producer::builder(client, "orders").build();
/// let mut deliveries = Vec::new();
/// for line in ["a", "b", "c"] {
///     // Waits while the buffer is full.
///     deliveries.push(producer.send(RecordToPut::keyed("customer-1", line)).await?);
/// }
/// for delivery in deliveries {
///     match delivery.await {
///         Ok(done) => println!("{} #{}", done.partition_id, done.sequence_number),
///         Err(failed) => eprintln!("{failed}; the record is in failed.record"),
///     }
/// }
/// let report = producer.close(std::time::Duration::from_secs(30)).await;
/// assert!(report.failed.is_empty());
/// # Ok(()) }
/// ```
///
/// Cheap to clone: clones share one buffer and one background task.
#[derive(Clone)]
pub struct Producer {
    shared: Arc<Shared>,
    /// Flush and close requests; closed when the last clone is dropped, which lets the
    /// background task finish what it holds and stop.
    control: mpsc::UnboundedSender<Control>,
}

impl fmt::Debug for Producer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Producer")
            .field("settings", &self.shared.settings)
            .field("metrics", &self.metrics())
            .finish_non_exhaustive()
    }
}

struct Shared {
    /// Records handed over and not yet taken by the background task.
    inbox: Mutex<Inbox>,
    /// Wakes the background task; see [`Inbox::armed`] for when senders use it.
    wake: Notify,
    /// Buffer space: a permit per record and per byte, taken by `send` and given back in
    /// bulk by the background task when records are final.
    records: Semaphore,
    bytes: Semaphore,
    closed: AtomicBool,
    counters: Counters,
    settings: Arc<Settings>,
}

/// Records on their way from `send` to the background task. A mutex-guarded vector rather
/// than a channel: the task takes all of them at once, and senders wake it only when it
/// needs to know, not once per record.
#[derive(Default)]
struct Inbox {
    items: Vec<Item>,
    bytes: usize,
    /// When the first record of `items` was sent: the start of their linger time (one
    /// clock reading per look of the background task, not one per record).
    since: Option<Instant>,
    /// The id of the next record sent; ids follow the order of `items`. A record's id is
    /// also the place of its delivery result: slot `id % SLOTS` of block `id / SLOTS`.
    next_id: u64,
    /// The block of result slots that ids are handed out from.
    block: Option<Arc<Block>>,
    /// Blocks started since the background task last looked, in order.
    new_blocks: Vec<Arc<Block>>,
    /// The background task will look again without being woken, no later than any record
    /// now in the inbox needs it (its linger timer for an earlier record is running), so a
    /// sender only wakes it when the inbox fills a request.
    armed: bool,
    /// The background task has stopped: records can no longer be taken.
    stopped: bool,
}

/// Which records are not final yet, for `flush`. Ids are taken in order, so flags from
/// the lowest unfinished id on are enough: no tree, no allocation per record.
#[derive(Default)]
struct Unfinished {
    /// Every record with a lower id is final.
    lowest: u64,
    /// Whether each record from `lowest` on is final.
    done: VecDeque<bool>,
}

impl Unfinished {
    fn add(&mut self, id: u64) {
        debug_assert_eq!(
            id,
            self.lowest + self.done.len() as u64,
            "ids come in order"
        );
        self.done.push_back(false);
    }

    fn finish(&mut self, id: u64) {
        let index = id
            .checked_sub(self.lowest)
            .and_then(|i| usize::try_from(i).ok());
        if let Some(flag) = index.and_then(|i| self.done.get_mut(i)) {
            *flag = true;
        }
        while self.done.front() == Some(&true) {
            self.done.pop_front();
            self.lowest += 1;
        }
    }

    /// Records from the lowest unfinished one on, final or not.
    fn since_lowest(&self) -> u64 {
        self.done.len() as u64
    }
}

/// The live counters behind [`ProducerMetrics`]: atomics, updated once per request on the
/// hot path (none per record: buffered records are derived); only retries (rare) take a
/// lock.
#[derive(Default)]
struct Counters {
    in_flight_requests: AtomicU64,
    requests: AtomicU64,
    delivered: AtomicU64,
    failed: AtomicU64,
    throttled: AtomicU64,
    maybe_duplicates: AtomicU64,
    retries_by_code: Mutex<BTreeMap<String, u64>>,
}

impl Counters {
    fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, AtomicOrdering::Relaxed);
    }

    fn sub(counter: &AtomicU64, n: u64) {
        counter.fetch_sub(n, AtomicOrdering::Relaxed);
    }

    fn retried(&self, code: String, throttled: bool) {
        *self
            .retries_by_code
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .entry(code)
            .or_default() += 1;
        Self::add(&self.throttled, u64::from(throttled));
    }

    /// The counters, with `sent` records taken in so far: those neither delivered nor
    /// failed are buffered (no counter per record on the way in).
    fn snapshot(&self, sent: impl FnOnce() -> u64) -> ProducerMetrics {
        let get = |c: &AtomicU64| c.load(AtomicOrdering::Relaxed);
        // Final records before those taken in: every final record was taken in first.
        let (delivered, failed) = (get(&self.delivered), get(&self.failed));
        ProducerMetrics {
            buffered_records: sent().saturating_sub(delivered + failed),
            in_flight_requests: get(&self.in_flight_requests),
            requests: get(&self.requests),
            delivered,
            failed,
            retries_by_code: self
                .retries_by_code
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone(),
            throttled: get(&self.throttled),
            maybe_duplicates: get(&self.maybe_duplicates),
        }
    }
}

impl Producer {
    /// Settings for a producer writing to `stream` through `client`.
    pub fn builder(client: Client, stream: impl Into<String>) -> ProducerBuilder {
        ProducerBuilder {
            client,
            stream: stream.into(),
            settings: Settings::default(),
        }
    }

    /// Queues a record, waiting while the buffer is full, and gives the future of its
    /// delivery. Fails at once, handing the record back, when the record is invalid (empty
    /// data is allowed; over 1 MiB or a malformed partition id is not) or the producer is
    /// closed.
    pub async fn send(&self, record: RecordToPut) -> Result<DeliveryFuture, SendError> {
        if let Some(problem) = record.problem() {
            let error = ValidationError::new("record", problem);
            return Err(SendError::new(
                record,
                SendErrorKind::Invalid(error),
                0,
                false,
            ));
        }
        let size = buffer_bytes(&record);
        let permits = async {
            let records = self.shared.records.acquire().await.ok()?;
            let bytes = self.shared.bytes.acquire_many(size as u32).await.ok()?;
            // Given back in bulk by the background task when the record is final.
            records.forget();
            bytes.forget();
            Some(())
        };
        if permits.await.is_none() {
            return Err(SendError::new(record, SendErrorKind::Closed, 0, false));
        }
        if self.shared.closed.load(AtomicOrdering::Acquire) {
            self.shared.release(1, size);
            return Err(SendError::new(record, SendErrorKind::Closed, 0, false));
        }
        let key = (self.shared.settings.ordering == Ordering::PerKey)
            .then(|| ordering_key(&record))
            .flatten();
        let settings = &self.shared.settings;
        let (wake, delivery) = {
            let mut inbox = self.shared.lock_inbox();
            if inbox.stopped {
                drop(inbox);
                self.shared.release(1, size);
                return Err(SendError::new(record, SendErrorKind::Closed, 0, false));
            }
            let id = inbox.next_id;
            inbox.next_id += 1;
            let delivery = inbox.delivery(id);
            let since = *inbox.since.get_or_insert_with(Instant::now);
            let bytes_before = inbox.bytes;
            inbox.bytes += record.data.len();
            inbox.items.push(Item {
                id,
                key,
                record,
                attempts: 0,
                maybe_duplicate: false,
                not_before: since,
                // Set when the background task takes the record.
                expires: None,
                last_error: None,
            });
            let fills_request = inbox.items.len() == settings.batch_max_records
                || (bytes_before <= settings.batch_max_bytes
                    && inbox.bytes > settings.batch_max_bytes);
            let wake = !inbox.armed || fills_request;
            inbox.armed = true;
            (wake, delivery)
        };
        if wake {
            self.shared.wake.notify_one();
        }
        Ok(delivery)
    }

    /// Waits until every record sent before this call is delivered or has failed.
    pub async fn flush(&self) {
        let (done, wait) = oneshot::channel();
        if self.control.send(Control::Flush(done)).is_ok() {
            let _ = wait.await;
        }
    }

    /// Stops taking records, keeps delivering what it holds for at most `grace`, then
    /// fails the rest with [`SendErrorKind::Closed`] and returns them, with counts. Their
    /// delivery futures resolve with the same errors. Other clones can no longer send.
    pub async fn close(&self, grace: Duration) -> CloseReport {
        self.shared.closed.store(true, AtomicOrdering::Release);
        let (done, report) = oneshot::channel();
        if self
            .control
            .send(Control::Close {
                deadline: Instant::now() + grace,
                done,
            })
            .is_err()
        {
            return CloseReport::default();
        }
        report.await.unwrap_or_default()
    }

    /// The producer's counters at this moment.
    pub fn metrics(&self) -> ProducerMetrics {
        self.shared
            .counters
            .snapshot(|| self.shared.lock_inbox().next_id)
    }
}

/// Counters of a [`Producer`], also emitted as `tracing` events (target `otc_dis::producer`).
///
/// ```
/// let metrics = otc_dis::ProducerMetrics::default();
/// assert_eq!(metrics.buffered_records, 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ProducerMetrics {
    /// Records sent to the producer and not yet delivered or failed.
    pub buffered_records: u64,
    /// PutRecords requests running now.
    pub in_flight_requests: u64,
    /// Requests sent in all.
    pub requests: u64,
    /// Records delivered.
    pub delivered: u64,
    /// Records failed (refused, expired, closed).
    pub failed: u64,
    /// Records sent again, by the code (or `"no answer"`) of the failure that caused it.
    pub retries_by_code: BTreeMap<String, u64>,
    /// Failures that were throttling.
    pub throttled: u64,
    /// Records delivered with [`Delivered::maybe_duplicate`].
    pub maybe_duplicates: u64,
}

/// Where a record was stored.
///
/// ```
/// # fn demo(done: otc_dis::Delivered) {
/// // Read the stream from this record on:
/// let from = otc_dis::CursorPosition::at_sequence_number(done.sequence_number);
/// println!("{} #{}", done.partition_id, done.sequence_number);
/// if done.maybe_duplicate {
///     // an earlier attempt may have stored it too: deduplicate downstream if it matters
/// }
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Delivered {
    /// The partition, e.g. `shardId-0000000000`; shared by the records delivered to it.
    pub partition_id: Arc<str>,
    /// The record's sequence number in that partition.
    pub sequence_number: u64,
    /// Requests that carried the record.
    pub attempts: u32,
    /// An earlier attempt's outcome was unknown: the record may be stored twice.
    pub maybe_duplicate: bool,
}

/// A record the producer could not deliver, handed back with the reason.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct SendError {
    /// The record, to keep, log or send again.
    pub record: RecordToPut,
    /// Why it failed.
    pub kind: SendErrorKind,
    /// Requests that carried it.
    pub attempts: u32,
    /// An attempt's outcome was unknown: the record may be stored although it failed.
    pub maybe_written: bool,
}

impl SendError {
    fn new(record: RecordToPut, kind: SendErrorKind, attempts: u32, maybe_written: bool) -> Self {
        Self {
            record,
            kind,
            attempts,
            maybe_written,
        }
    }
}

/// Why a [`SendError`] happened.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum SendErrorKind {
    /// The record is not valid (too large, a malformed partition id); nothing was sent.
    Invalid(ValidationError),
    /// DIS refused the record, or its whole request (for example, the stream does not
    /// exist), for good: resending the same record will not help.
    Rejected(FailedRecord),
    /// The delivery timeout passed; the last failure is kept when there was one.
    Expired(Option<String>),
    /// The producer was closed before the record was delivered.
    Closed,
}

impl fmt::Display for SendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            SendErrorKind::Invalid(e) => write!(f, "record refused before sending: {e}"),
            SendErrorKind::Rejected(e) => write!(f, "DIS refused the record: {e}"),
            SendErrorKind::Expired(Some(last)) => write!(
                f,
                "not delivered within the delivery timeout after {} attempts; last failure: {last}",
                self.attempts
            ),
            SendErrorKind::Expired(None) => {
                write!(f, "not delivered within the delivery timeout")
            }
            SendErrorKind::Closed => write!(f, "the producer was closed before delivery"),
        }?;
        if self.maybe_written {
            f.write_str(" (an attempt may have stored it)")?;
        }
        Ok(())
    }
}

impl std::error::Error for SendError {}

/// What [`Producer::close`] could not deliver, and counts.
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct CloseReport {
    /// Records delivered over the producer's life.
    pub delivered: u64,
    /// Records failed at close, each with its record.
    pub failed: Vec<SendError>,
}

/// The delivery of one record: resolves once it is stored or has failed.
///
/// Dropping it is fine: the record is still delivered, and its result dropped.
#[must_use = "a record's delivery result tells whether it was stored"]
pub struct DeliveryFuture {
    block: Arc<Block>,
    slot: usize,
}

impl fmt::Debug for DeliveryFuture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeliveryFuture").finish_non_exhaustive()
    }
}

impl Future for DeliveryFuture {
    type Output = Result<Delivered, SendError>;

    // The error hands the record back by value; boxing it would cost every failure an
    // allocation for nothing.
    #[allow(clippy::result_large_err)]
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut slot = self.block.lock(self.slot);
        match std::mem::replace(&mut *slot, Slot::Gone) {
            Slot::Ready(Ok(delivered)) => Poll::Ready(Ok(delivered)),
            Slot::Ready(Err(failed)) => Poll::Ready(Err(*failed)),
            Slot::Waiting(waker) => {
                let waker = match waker {
                    Some(waker) if waker.will_wake(cx.waker()) => waker,
                    _ => cx.waker().clone(),
                };
                *slot = Slot::Waiting(Some(waker));
                Poll::Pending
            }
            Slot::Lost => {
                *slot = Slot::Lost;
                panic!("the producer stopped without answering: its runtime shut down")
            }
            Slot::Gone => panic!("a DeliveryFuture polled after it resolved"),
        }
    }
}

impl Drop for DeliveryFuture {
    fn drop(&mut self) {
        // A result not taken yet is dropped here, or by the producer when it comes.
        let _unclaimed = std::mem::replace(&mut *self.block.lock(self.slot), Slot::Gone);
    }
}

/// Delivery results of records in one block of [`SLOTS`] consecutive ids: one allocation
/// for many records, made and usually freed by the sending task, where a channel per
/// record would cost an allocation each and move it between threads.
struct Block {
    slots: Box<[Mutex<Slot>]>,
}

impl Drop for Worker {
    /// Only when the task is dropped before it stopped, as its runtime shuts down: what it
    /// holds is answered as closed, with the record, and senders waiting for room are
    /// refused; a record whose request was dropped with the task cannot be handed back,
    /// and its future panics when polled.
    fn drop(&mut self) {
        self.shared.records.close();
        self.shared.bytes.close();
        self.take_inbox(Instant::now());
        self.shared.lock_inbox().stopped = true;
        for item in std::mem::take(&mut self.waiting) {
            let error = SendError::new(
                item.record,
                SendErrorKind::Closed,
                item.attempts,
                item.maybe_duplicate,
            );
            self.blocks.answer(item.id, Err(Box::new(error)));
        }
        for item in self.in_flight.drain(..).flatten().flatten() {
            self.blocks.lose(item.id);
        }
        self.blocks.wake_all();
    }
}

/// Records per [`Block`] of delivery results.
const SLOTS: usize = 128;

enum Slot {
    /// No result yet; the task to wake when it comes.
    Waiting(Option<Waker>),
    /// The result, not yet taken. An error is boxed: failures are rare and a slot stays
    /// small.
    Ready(Result<Delivered, Box<SendError>>),
    /// Taken, or its `DeliveryFuture` was dropped.
    Gone,
    /// The producer's task was dropped before answering (its runtime shut down).
    Lost,
}

impl Block {
    fn new() -> Arc<Self> {
        Arc::new(Self {
            slots: (0..SLOTS)
                .map(|_| Mutex::new(Slot::Waiting(None)))
                .collect(),
        })
    }

    fn lock(&self, slot: usize) -> MutexGuard<'_, Slot> {
        self.slots[slot].lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Stores a result unless its future is gone; returns the task to wake.
    fn answer(&self, slot: usize, result: Result<Delivered, Box<SendError>>) -> Option<Waker> {
        let mut slot = self.lock(slot);
        match &mut *slot {
            Slot::Waiting(waker) => {
                let waker = waker.take();
                *slot = Slot::Ready(result);
                waker
            }
            _ => None,
        }
    }

    /// Marks a slot still waiting as lost; returns the task to wake.
    fn lose(&self, slot: usize) -> Option<Waker> {
        let mut slot = self.lock(slot);
        match std::mem::replace(&mut *slot, Slot::Lost) {
            Slot::Waiting(waker) => waker,
            other => {
                *slot = other;
                None
            }
        }
    }
}

impl Inbox {
    /// The delivery future of the record with id `id`, the next one: starts a block of
    /// slots when the last is used up.
    fn delivery(&mut self, id: u64) -> DeliveryFuture {
        let slot = (id % SLOTS as u64) as usize;
        if slot == 0 || self.block.is_none() {
            let block = Block::new();
            self.new_blocks.push(Arc::clone(&block));
            self.block = Some(block);
        }
        let block = Arc::clone(self.block.as_ref().expect("a block was just started"));
        DeliveryFuture { block, slot }
    }
}

/// The blocks of result slots whose records are not all final yet, oldest first, with how
/// many of each block's records are not final.
#[derive(Default)]
struct Blocks {
    /// The block of id 0 is block 0; the front is block `first`.
    first: u64,
    blocks: VecDeque<(Arc<Block>, usize)>,
    /// Tasks to wake once the results of a round are stored.
    wake: Vec<Waker>,
}

impl Blocks {
    fn push(&mut self, block: Arc<Block>) {
        self.blocks.push_back((block, SLOTS));
    }

    fn locate(&mut self, id: u64) -> (&mut (Arc<Block>, usize), usize) {
        let index = usize::try_from(id / SLOTS as u64 - self.first).expect("a live block");
        (&mut self.blocks[index], (id % SLOTS as u64) as usize)
    }

    /// Stores the result of record `id`; its task is woken by [`Blocks::wake_all`].
    fn answer(&mut self, id: u64, result: Result<Delivered, Box<SendError>>) {
        let ((block, left), slot) = self.locate(id);
        let waker = block.answer(slot, result);
        *left -= 1;
        self.wake.extend(waker);
        while self.blocks.front().is_some_and(|(_, left)| *left == 0) {
            self.blocks.pop_front();
            self.first += 1;
        }
    }

    /// Record `id` will get no result: its request was dropped with this task.
    fn lose(&mut self, id: u64) {
        let ((block, _), slot) = self.locate(id);
        let waker = block.lose(slot);
        self.wake.extend(waker);
    }

    fn wake_all(&mut self) {
        for waker in self.wake.drain(..) {
            waker.wake();
        }
    }
}

/// The buffer space a record holds until it is final (its size, at least 1): what bounds
/// the buffer. The record is always back in its item by then (requests return it).
fn buffer_bytes(record: &RecordToPut) -> usize {
    record.data.len().max(1)
}

/// The key whose records keep their order under [`Ordering::PerKey`].
fn ordering_key(record: &RecordToPut) -> Option<String> {
    if let Some(key) = &record.partition_key {
        Some(format!("key:{key}"))
    } else if let Some(hash) = record.explicit_hash_key {
        Some(format!("hash:{hash}"))
    } else {
        record
            .partition_id
            .as_ref()
            .map(|id| format!("partition:{id}"))
    }
}

impl Shared {
    fn lock_inbox(&self) -> std::sync::MutexGuard<'_, Inbox> {
        self.inbox.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Gives buffer space back, waking senders that wait for it.
    fn release(&self, records: usize, bytes: usize) {
        self.records.add_permits(records);
        self.bytes.add_permits(bytes);
    }
}

enum Control {
    Flush(oneshot::Sender<()>),
    Close {
        deadline: Instant,
        done: oneshot::Sender<CloseReport>,
    },
}

struct Item {
    /// Its place in send order, and of its delivery result (see [`Inbox::next_id`]).
    id: u64,
    key: Option<String>,
    record: RecordToPut,
    attempts: u32,
    maybe_duplicate: bool,
    /// New records: the start of the linger time; retries: the time of the next attempt.
    not_before: Instant,
    expires: Option<Instant>,
    last_error: Option<String>,
}

/// What a request task hands back: which request, its records, and the answer.
type Finished = (
    usize,
    Vec<RecordToPut>,
    crate::Result<Vec<Result<Placed, FailedRecord>>>,
);

struct Worker {
    client: Client,
    target: Arc<StreamTarget>,
    settings: Arc<Settings>,
    shared: Arc<Shared>,
    /// Records waiting to be sent: retries first, then new ones, each in send order.
    waiting: VecDeque<Item>,
    /// The data bytes of the records in `waiting`.
    waiting_bytes: usize,
    /// The vector the inbox's records were last taken in, empty: swapped back into the
    /// inbox, so that records come in without an allocation per look.
    taken: Vec<Item>,
    /// Ids of records not yet final, for `flush`.
    unfinished: Unfinished,
    /// Where the delivery results go.
    blocks: Blocks,
    keys_in_flight: HashSet<String>,
    requests: JoinSet<Finished>,
    /// The records of each request in flight (their data travels with the request), by
    /// the request's index; `None` for a free index.
    in_flight: Vec<Option<Vec<Item>>>,
    /// Flushes waiting for every id up to theirs to be final.
    flushes: Vec<(u64, oneshot::Sender<()>)>,
    /// No request starts before this after DIS throttled.
    paused_until: Option<Instant>,
    /// No waiting record expires before this.
    earliest_expiry: Option<Instant>,
    /// Buffer space (records, bytes) of final records, given back once per round.
    released: (usize, usize),
}

impl Worker {
    async fn run(mut self, mut control: mpsc::UnboundedReceiver<Control>) {
        let mut closing: Option<(Instant, oneshot::Sender<CloseReport>)> = None;
        // False once every `Producer` is dropped: deliver what is held, then stop.
        let mut open = true;
        loop {
            // One clock reading per look: what is due at `now` is sent by `start_requests`
            // or waits for news (a request's end), and `next_wake` plans only what is later.
            let now = Instant::now();
            self.take_inbox(now);
            self.expire(now);
            self.start_requests(now, closing.is_some() || !open || !self.flushes.is_empty());
            self.answer_flushes();
            self.give_back_buffer();
            if let Some((deadline, _)) = &closing
                && (self.is_idle() || now >= *deadline)
            {
                let (_, done) = closing.take().expect("closing is set");
                let _ = done.send(self.stop().await);
                return;
            }
            if !open && self.is_idle() {
                self.stop().await;
                return;
            }
            if !self.arm() {
                continue;
            }
            let wake = self.next_wake(now, closing.as_ref().map(|(d, _)| *d));
            tokio::select! {
                message = control.recv(), if open => match message {
                    Some(Control::Flush(done)) => {
                        let upto = self.shared.lock_inbox().next_id;
                        self.flushes.push((upto, done));
                    }
                    Some(Control::Close { deadline, done }) => closing = Some((deadline, done)),
                    None => open = false,
                },
                () = self.shared.wake.notified() => {}
                Some(finished) = self.requests.join_next(), if !self.requests.is_empty() => {
                    match finished {
                        Ok(finished) => {
                            // The next request first: the answer's bookkeeping can wait,
                            // DIS should not.
                            Counters::sub(&self.shared.counters.in_flight_requests, 1);
                            self.start_requests(
                                Instant::now(),
                                closing.is_some() || !open || !self.flushes.is_empty(),
                            );
                            self.settle(finished);
                        }
                        Err(failed) if failed.is_panic() => {
                            std::panic::resume_unwind(failed.into_panic())
                        }
                        // Cancelled: the runtime is shutting down, and this task with it.
                        Err(_) => return,
                    }
                }
                () = tokio::time::sleep_until(wake) => {}
            }
        }
    }

    /// Moves the records sent since the last look into the queue.
    fn take_inbox(&mut self, now: Instant) {
        let mut items = std::mem::take(&mut self.taken);
        let new_blocks = {
            let mut inbox = self.shared.lock_inbox();
            inbox.bytes = 0;
            inbox.since = None;
            std::mem::swap(&mut inbox.items, &mut items);
            std::mem::take(&mut inbox.new_blocks)
        };
        for block in new_blocks {
            self.blocks.push(block);
        }
        if items.is_empty() {
            self.taken = items;
            return;
        }
        let expires = self.settings.delivery_timeout.map(|t| now + t);
        self.note_expiry(expires);
        for mut item in items.drain(..) {
            self.unfinished.add(item.id);
            item.expires = expires;
            self.waiting_bytes += item.record.data.len();
            self.waiting.push_back(item);
        }
        // A burst (the task was late to look) must not keep a large vector for good.
        items.shrink_to(2 * self.settings.batch_max_records);
        self.taken = items;
    }

    /// Before sleeping: `false` when records arrived meanwhile (look again first);
    /// otherwise tells senders whether this task's timer covers their records (a new
    /// record is waiting for its linger time) or they must wake it.
    fn arm(&self) -> bool {
        let mut inbox = self.shared.lock_inbox();
        if !inbox.items.is_empty() {
            return false;
        }
        inbox.armed = self.waiting.iter().any(|item| item.attempts == 0);
        true
    }

    /// Gives the buffer space of final records back to the senders, in one go.
    fn give_back_buffer(&mut self) {
        let (records, bytes) = std::mem::take(&mut self.released);
        if records > 0 {
            self.shared.release(records, bytes);
        }
    }

    /// Stops taking records and fails every one not delivered; what a sender hands over
    /// after this is refused at once.
    async fn stop(&mut self) -> CloseReport {
        self.shared.lock_inbox().stopped = true;
        self.take_inbox(Instant::now());
        let report = self.fail_everything().await;
        self.give_back_buffer();
        report
    }

    fn is_idle(&self) -> bool {
        self.waiting.is_empty() && self.requests.is_empty()
    }

    /// When the loop must look again without news: the earliest retry time or linger end,
    /// expiry, end of a throttling pause, or close deadline. Retries wait at the front of
    /// the queue and new records behind them in send order, so the first new record has
    /// the earliest linger end.
    ///
    /// A retry time or linger end `start_requests` saw pass at `now` is left out: those
    /// records wait for a request to end (all are in flight, or their key is), which is
    /// news; waking for them would only spin.
    fn next_wake(&self, now: Instant, close_deadline: Option<Instant>) -> Instant {
        let far = now + Duration::from_secs(3600);
        let retries = self
            .waiting
            .iter()
            .take_while(|item| item.attempts > 0)
            .map(|item| item.not_before);
        let first_new = self
            .waiting
            .iter()
            .find(|item| item.attempts == 0)
            .map(|item| item.not_before + self.settings.linger);
        retries
            .chain(first_new)
            .filter(|&at| at > now)
            .chain(self.earliest_expiry)
            .chain(self.paused_until)
            .chain(close_deadline)
            .min()
            .unwrap_or(far)
            .min(far)
    }

    fn note_expiry(&mut self, expires: Option<Instant>) {
        if let Some(at) = expires {
            self.earliest_expiry = Some(self.earliest_expiry.map_or(at, |e| e.min(at)));
        }
    }

    /// Fails records whose delivery timeout has passed and that are not in flight. Scans
    /// the queue only when the earliest expiry has come.
    fn expire(&mut self, now: Instant) {
        if self.earliest_expiry.is_none_or(|at| at > now) {
            return;
        }
        let (expired, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut self.waiting)
            .into_iter()
            .partition(|item| item.expires.is_some_and(|e| e <= now));
        self.waiting = kept.into();
        self.waiting_bytes = self.waiting.iter().map(|i| i.record.data.len()).sum();
        self.earliest_expiry = self.waiting.iter().filter_map(|item| item.expires).min();
        for item in expired {
            let kind = SendErrorKind::Expired(item.last_error.clone());
            self.fail(item, kind);
        }
        self.blocks.wake_all();
    }

    /// Starts as many requests as allowed, each with records that are ready; `eager` sends
    /// without waiting for the linger time (flush, close).
    fn start_requests(&mut self, now: Instant, eager: bool) {
        if self.paused_until.is_some_and(|p| p > now) {
            return;
        }
        while self.requests.len() < self.settings.max_in_flight {
            let batch = self.take_batch(now, eager);
            if batch.is_empty() {
                return;
            }
            self.send_batch(batch);
        }
    }

    /// The next request's records: ready ones in send order, within the batch limits,
    /// and under [`Ordering::PerKey`] no key that is in flight or already in the batch.
    /// Only a full batch goes before its linger time, unless `eager`.
    fn take_batch(&mut self, now: Instant, eager: bool) -> Vec<Item> {
        if !eager && self.still_filling(now) {
            return Vec::new();
        }
        let per_key = self.settings.ordering == Ordering::PerKey;
        // Indices chosen, kept only once a record is skipped; until then the batch is the
        // first `prefix` records (the usual case, taken without a list).
        let mut chosen: Option<Vec<usize>> = None;
        let mut prefix = 0;
        let mut count = 0;
        let mut keys = HashSet::new();
        let mut bytes = 0;
        let mut linger_over = eager;
        for (index, item) in self.waiting.iter().enumerate() {
            if count == self.settings.batch_max_records
                || bytes + item.record.data.len() > self.settings.batch_max_bytes
            {
                linger_over = true;
                break;
            }
            // Under PerKey the first waiting record of a key holds the key, even while it
            // waits for its retry time: no later record of that key may pass it.
            let key_free = !per_key
                || item.key.as_ref().is_none_or(|key| {
                    !self.keys_in_flight.contains(key) && keys.insert(key.clone())
                });
            if !key_free || item.not_before > now {
                chosen.get_or_insert_with(|| (0..prefix).collect());
                continue;
            }
            if item.attempts > 0 || item.not_before + self.settings.linger <= now {
                linger_over = true;
            }
            bytes += item.record.data.len();
            count += 1;
            match &mut chosen {
                Some(chosen) => chosen.push(index),
                None => prefix += 1,
            }
        }
        if count == 0 || !linger_over {
            return Vec::new();
        }
        self.waiting_bytes -= bytes;
        match chosen {
            None => self.waiting.drain(..prefix).collect(),
            Some(chosen) => self.remove_chosen(&chosen),
        }
    }

    /// Whether no request can be ready yet: only new records wait, the oldest is within
    /// its linger time, and together they fill no request. Saves scanning the queue on
    /// every message while a batch fills.
    fn still_filling(&self, now: Instant) -> bool {
        self.waiting.front().is_some_and(|first| {
            first.attempts == 0
                && first.not_before + self.settings.linger > now
                && self.waiting.len() < self.settings.batch_max_records
                && self.waiting_bytes <= self.settings.batch_max_bytes
        })
    }

    /// Takes the records at `chosen` (ascending indices) out of the queue, in order; the
    /// records skipped between them keep their places. Linear in the last index: usually
    /// the chosen records are the front of the queue.
    fn remove_chosen(&mut self, chosen: &[usize]) -> Vec<Item> {
        let last = *chosen.last().expect("at least one record chosen");
        let mut batch = Vec::with_capacity(chosen.len());
        let mut skipped = Vec::new();
        let mut next = chosen.iter().copied().peekable();
        for (index, item) in self.waiting.drain(..=last).enumerate() {
            if next.next_if_eq(&index).is_some() {
                batch.push(item);
            } else {
                skipped.push(item);
            }
        }
        for item in skipped.into_iter().rev() {
            self.waiting.push_front(item);
        }
        batch
    }

    fn send_batch(&mut self, mut batch: Vec<Item>) {
        for item in &mut batch {
            item.attempts += 1;
            if let Some(key) = &item.key
                && self.settings.ordering == Ordering::PerKey
            {
                self.keys_in_flight.insert(key.clone());
            }
        }
        let counters = &self.shared.counters;
        Counters::add(&counters.requests, 1);
        Counters::add(&counters.in_flight_requests, 1);
        // The records travel to the request and come back with its answer: moved, never
        // copied, and still at hand for a retry or to hand back on failure.
        let records: Vec<RecordToPut> = batch
            .iter_mut()
            .map(|item| std::mem::take(&mut item.record))
            .collect();
        let request = match self.in_flight.iter().position(Option::is_none) {
            Some(free) => {
                self.in_flight[free] = Some(batch);
                free
            }
            None => {
                self.in_flight.push(Some(batch));
                self.in_flight.len() - 1
            }
        };
        let client = self.client.clone();
        let target = Arc::clone(&self.target);
        self.requests.spawn(async move {
            let mut buffer = BodyBuffer::of(&client);
            let answer = put_batch_placed(&client, &target, &records, &mut buffer).await;
            buffer.finish(&client);
            (request, records, answer)
        });
    }

    /// Resolves or requeues the records of one finished request (no longer counted in
    /// flight).
    fn settle(&mut self, (request, records, answer): Finished) {
        let mut batch = self.in_flight[request]
            .take()
            .expect("a request's records are kept while it runs");
        for (item, record) in batch.iter_mut().zip(records) {
            item.record = record;
        }
        let results: Vec<Result<Placed, FailedRecord>> = match answer {
            Ok(results) => results,
            // `Err` means nothing was stored: every record failed alike.
            Err(err) => {
                let failed = FailedRecord::in_failed_request(&err);
                vec![Err(failed); batch.len()]
            }
        };
        let now = Instant::now();
        let mut requeue = Vec::new();
        let (mut delivered, mut maybe_duplicates) = (0, 0);
        for (mut item, result) in batch.into_iter().zip(results) {
            if let Some(key) = &item.key {
                self.keys_in_flight.remove(key);
            }
            match result {
                Ok(placed) => {
                    delivered += 1;
                    maybe_duplicates += u64::from(self.deliver(item, placed));
                }
                Err(failed) if failed.is_retryable() => {
                    let code = failed
                        .error_code
                        .clone()
                        .unwrap_or_else(|| "no answer".to_owned());
                    let throttled = failed.is_throttling();
                    if throttled {
                        self.pause_after_throttling(item.attempts, now);
                    }
                    if failed.delivery() == Delivery::Unknown {
                        item.maybe_duplicate = true;
                    }
                    self.shared.counters.retried(code, throttled);
                    item.not_before = now + self.backoff(item.attempts);
                    item.last_error = Some(failed.to_string());
                    requeue.push(item);
                }
                Err(failed) => {
                    let maybe = failed.delivery() == Delivery::Unknown || item.maybe_duplicate;
                    item.maybe_duplicate = maybe;
                    self.fail(item, SendErrorKind::Rejected(failed));
                }
            }
        }
        let counters = &self.shared.counters;
        Counters::add(&counters.delivered, delivered);
        Counters::add(&counters.maybe_duplicates, maybe_duplicates);
        // After the counters: a task woken by its result sees them include it.
        self.blocks.wake_all();
        // Retries go before newer records, in their original order.
        requeue.sort_by_key(|item| item.id);
        for item in requeue.into_iter().rev() {
            self.note_expiry(item.expires);
            self.waiting_bytes += item.record.data.len();
            self.waiting.push_front(item);
        }
        let pending = self.unfinished.since_lowest();
        tracing::debug!(
            target: "otc_dis::producer",
            pending,
            in_flight = self.requests.len(),
            "request settled"
        );
    }

    /// Answers a stored record; returns whether it may be a duplicate (the caller counts).
    fn deliver(&mut self, item: Item, placed: Placed) -> bool {
        self.finished(&item);
        let Placed {
            partition_id,
            sequence_number,
        } = placed;
        let maybe_duplicate = item.maybe_duplicate;
        let delivered = Delivered {
            partition_id,
            sequence_number,
            attempts: item.attempts,
            maybe_duplicate,
        };
        self.blocks.answer(item.id, Ok(delivered));
        maybe_duplicate
    }

    /// Bookkeeping of a record that is now final.
    fn finished(&mut self, item: &Item) {
        self.unfinished.finish(item.id);
        self.released.0 += 1;
        self.released.1 += buffer_bytes(&item.record);
    }

    /// Fails a record; wake its task with [`Blocks::wake_all`].
    fn fail(&mut self, item: Item, kind: SendErrorKind) -> SendError {
        self.finished(&item);
        Counters::add(&self.shared.counters.failed, 1);
        let Item {
            id,
            record,
            attempts,
            maybe_duplicate,
            ..
        } = item;
        let error = SendError::new(record, kind, attempts, maybe_duplicate);
        self.blocks.answer(id, Err(Box::new(error.clone())));
        error
    }

    /// Waits for the requests in flight (their records may still be delivered; the
    /// client's timeouts bound the wait), then fails everything left.
    async fn fail_everything(&mut self) -> CloseReport {
        while let Some(finished) = self.requests.join_next().await {
            if let Ok(finished) = finished {
                Counters::sub(&self.shared.counters.in_flight_requests, 1);
                self.settle(finished);
            }
        }
        self.waiting_bytes = 0;
        let failed = std::mem::take(&mut self.waiting)
            .into_iter()
            .map(|item| self.fail(item, SendErrorKind::Closed))
            .collect();
        self.blocks.wake_all();
        self.answer_flushes();
        CloseReport {
            delivered: self.shared.counters.delivered.load(AtomicOrdering::Relaxed),
            failed,
        }
    }

    fn answer_flushes(&mut self) {
        let lowest = self.unfinished.lowest;
        let mut kept = Vec::new();
        for (upto, done) in self.flushes.drain(..) {
            if lowest >= upto {
                let _ = done.send(());
            } else {
                kept.push((upto, done));
            }
        }
        self.flushes = kept;
    }

    /// A jittered exponential delay for a record's next attempt.
    fn backoff(&self, attempts: u32) -> Duration {
        let base = self
            .settings
            .initial_backoff
            .saturating_mul(1 << attempts.saturating_sub(1).min(16))
            .min(self.settings.max_backoff);
        base.mul_f64(1.0 + fastrand::f64())
    }

    /// Throttling slows every request down, not only the throttled records'.
    fn pause_after_throttling(&mut self, attempts: u32, now: Instant) {
        let until = now + self.backoff(attempts);
        self.paused_until = Some(self.paused_until.map_or(until, |p| p.max(until)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;
    use std::task::Wake;

    /// A waker that counts its wake-ups.
    #[derive(Default)]
    struct Count(AtomicUsize);

    impl Wake for Count {
        fn wake(self: Arc<Self>) {
            self.0.fetch_add(1, AtomicOrdering::SeqCst);
        }
    }

    fn delivered(partition_id: &Arc<str>, sequence_number: u64) -> Delivered {
        Delivered {
            partition_id: Arc::clone(partition_id),
            sequence_number,
            attempts: 1,
            maybe_duplicate: false,
        }
    }

    /// `n` delivery futures, ids 0.., and the worker's side of their blocks.
    fn futures(n: u64) -> (Vec<DeliveryFuture>, Blocks) {
        let mut inbox = Inbox::default();
        let futures = (0..n).map(|id| inbox.delivery(id)).collect();
        let mut blocks = Blocks::default();
        for block in inbox.new_blocks.drain(..) {
            blocks.push(block);
        }
        drop(inbox);
        (futures, blocks)
    }

    fn poll(future: &mut DeliveryFuture, waker: &Arc<Count>) -> Poll<Result<Delivered, SendError>> {
        let waker = Waker::from(Arc::clone(waker));
        Pin::new(future).poll(&mut Context::from_waker(&waker))
    }

    #[test]
    fn each_future_gets_its_own_result_once_and_its_task_is_woken() {
        let partition: Arc<str> = Arc::from("shardId-0000000000");
        let (mut futures, mut blocks) = futures(3 * SLOTS as u64 + 5);
        assert_eq!(blocks.blocks.len(), 4, "one block per {SLOTS} records");
        let count = Arc::new(Count::default());
        assert!(poll(&mut futures[7], &count).is_pending());
        assert!(poll(&mut futures[7], &count).is_pending());
        for id in (0..futures.len() as u64).rev() {
            blocks.answer(id, Ok(delivered(&partition, id * 10)));
        }
        assert_eq!(
            count.0.load(AtomicOrdering::SeqCst),
            0,
            "woken only together"
        );
        blocks.wake_all();
        assert_eq!(
            count.0.load(AtomicOrdering::SeqCst),
            1,
            "the waiting task, once"
        );
        for (id, future) in futures.iter_mut().enumerate() {
            match poll(future, &count) {
                Poll::Ready(Ok(done)) => assert_eq!(done.sequence_number, id as u64 * 10),
                other => panic!("record {id}: {other:?}"),
            }
        }
        // The last block still hands out ids; the answered ones before it are let go.
        assert_eq!((blocks.first, blocks.blocks.len()), (3, 1));
    }

    #[test]
    fn a_future_dropped_early_drops_its_result_and_blocks_no_other() {
        let partition: Arc<str> = Arc::from("shardId-0000000001");
        let (mut futures, mut blocks) = futures(2);
        let kept = futures.pop().expect("two futures");
        let dropped = futures.pop().expect("two futures");
        let block = Arc::clone(&dropped.block);
        drop(dropped);
        blocks.answer(0, Ok(delivered(&partition, 1)));
        assert_eq!(
            Arc::strong_count(&partition),
            1,
            "the unclaimed result is dropped"
        );
        let failed = SendError::new(RecordToPut::new("x"), SendErrorKind::Closed, 0, false);
        blocks.answer(1, Err(Box::new(failed)));
        let count = Arc::new(Count::default());
        let mut kept = kept;
        match poll(&mut kept, &count) {
            Poll::Ready(Err(err)) => assert_eq!(&err.record.data[..], b"x"),
            other => panic!("{other:?}"),
        }
        drop((kept, blocks));
        assert_eq!(Arc::strong_count(&block), 1, "nothing else holds the block");
    }

    #[test]
    #[should_panic(expected = "the producer stopped without answering")]
    fn a_lost_result_is_a_panic_not_a_hang() {
        let (mut futures, mut blocks) = futures(1);
        let count = Arc::new(Count::default());
        assert!(poll(&mut futures[0], &count).is_pending());
        blocks.lose(0);
        blocks.wake_all();
        assert_eq!(count.0.load(AtomicOrdering::SeqCst), 1);
        let _ = poll(&mut futures[0], &count);
    }
}
