//! The fate log and the per-server state of fault injection.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::{Fault, FaultPlan, FaultSpecError, OPERATIONS, Rng, operation, pick};

/// What became of a request.
///
/// ```
/// use dis_local::faults::Fate;
/// assert_eq!(Fate::AppliedUnanswered.to_string(), "applied_unanswered");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fate {
    /// The engine carried the request out and the client was sent the engine's answer
    /// (for PutRecords: the records listed as stored are stored, and the answer says so).
    Applied,
    /// The engine changed nothing: a fault answered before the engine saw the request,
    /// or the engine refused it (the emulator's engine changes nothing when it answers an
    /// error), and the client was told so or got no answer at all.
    NotApplied,
    /// The engine carried the request out, but the client got no usable answer: a 500
    /// instead, a connection closed without an answer or in the middle of the body, or an
    /// answer held back past its timeout. Retrying such a request applies it again.
    AppliedUnanswered,
}

impl fmt::Display for Fate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Fate::Applied => "applied",
            Fate::NotApplied => "not_applied",
            Fate::AppliedUnanswered => "applied_unanswered",
        })
    }
}

/// Where a record was stored.
///
/// ```
/// let at = dis_local::faults::StoredAt { partition_id: "shardId-0000000000".into(), sequence_number: 4 };
/// assert_eq!(at.sequence_number, 4);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StoredAt {
    /// `shardId-…` form.
    pub partition_id: String,
    /// The record's sequence number in its partition.
    pub sequence_number: u64,
}

/// One record of a PutRecords request and what became of it.
///
/// ```
/// use dis_local::faults::FaultLog;
/// /// Every payload the engine stored, once per time it was stored.
/// fn stored_payloads(log: &FaultLog) -> Vec<&[u8]> {
///     log.entries.iter().flat_map(|e| e.stored_records()).map(|r| r.data.as_slice()).collect()
/// }
/// assert!(stored_payloads(&FaultLog::default()).is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RecordFate {
    /// The payload, base64-decoded (the raw `data` text when it is not base64).
    pub data: Vec<u8>,
    /// Where the engine stored it; `None` when it was not stored.
    pub stored: Option<StoredAt>,
    /// The record's error code when the engine or a
    /// [`PartialThrottle`](Fault::PartialThrottle) refused it.
    pub error_code: Option<String>,
}

/// What became of one request that reached the server.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> std::io::Result<()> {
/// use dis_local::faults::{Fate, FaultPlan};
/// let dis = dis_local::Server::builder().project_id("p").faults(FaultPlan::new(1)).start().await?;
/// let answer = reqwest::get(format!("{}/streams", dis.endpoint())).await.unwrap();
/// assert_eq!(answer.status(), 200);
/// let entry = &dis.fault_log().entries[0];
/// assert_eq!((entry.seq, entry.operation, entry.fault), (0, Some("list_streams"), None));
/// assert_eq!((entry.fate, entry.status), (Fate::Applied, Some(200)));
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FateEntry {
    /// The request's number, from 0 in the order requests reached the server.
    pub seq: u64,
    /// HTTP method.
    pub method: String,
    /// Request path (without the query).
    pub path: String,
    /// The operation id, `None` when the method and path name no operation.
    pub operation: Option<&'static str>,
    /// The fault injected, if any.
    pub fault: Option<Fault>,
    /// What became of the request.
    pub fate: Fate,
    /// The status line sent to the client; `None` when the connection was closed without
    /// one. With [`TruncatedBody`](Fault::TruncatedBody) it is the status of the answer
    /// whose body was cut; with [`DelayAfterApply`](Fault::DelayAfterApply) the status sent
    /// after the delay, if the client still listened.
    pub status: Option<u16>,
    /// The status the engine answered when it was called (it differs from `status` when a
    /// fault replaced the answer); `None` when it was not called.
    pub engine_status: Option<u16>,
    /// PutRecords only: every record of the request, in request order.
    pub records: Vec<RecordFate>,
}

impl FateEntry {
    pub(crate) fn new(ticket: &Ticket, method: &str, path: &str) -> Self {
        Self {
            seq: ticket.seq,
            method: method.to_owned(),
            path: path.to_owned(),
            operation: ticket.operation,
            fault: ticket.fault,
            fate: Fate::NotApplied,
            status: None,
            engine_status: None,
            records: Vec::new(),
        }
    }

    fn payload_bytes(&self) -> usize {
        self.records.iter().map(|r| r.data.len()).sum()
    }

    /// The records of this request that the engine stored.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// let dis = dis_local::Server::builder().faults(dis_local::faults::FaultPlan::new(0)).start().await?;
    /// assert!(dis.fault_log().entries.iter().all(|e| e.stored_records().count() == 0));
    /// # Ok(())
    /// # }
    /// ```
    pub fn stored_records(&self) -> impl Iterator<Item = &RecordFate> {
        self.records.iter().filter(|r| r.stored.is_some())
    }
}

/// A snapshot of the fate log, oldest entry first.
///
/// The log keeps at most the plan's [`log_limits`](FaultPlan::log_limits) (by default
/// 100 000 entries and 256 MiB of PutRecords payloads); past them the oldest entries are
/// dropped and counted in `dropped`. A test that must see every request checks that
/// `dropped` is 0, or drains the log as it goes with
/// [`Handle::take_fault_log`](crate::Handle::take_fault_log).
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> std::io::Result<()> {
/// let dis = dis_local::Server::builder().start().await?; // no plan: the log stays empty
/// let log = dis.fault_log();
/// assert!(log.entries.is_empty() && log.dropped == 0);
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct FaultLog {
    /// The entries kept, in the order their fates were decided.
    pub entries: Vec<FateEntry>,
    /// How many entries were dropped for the log's limits since the server started.
    pub dropped: u64,
}

/// The decision for one request.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ticket {
    pub seq: u64,
    pub operation: Option<&'static str>,
    pub fault: Option<Fault>,
}

#[derive(Debug, Default)]
struct LogBuf {
    entries: VecDeque<FateEntry>,
    bytes: usize,
    dropped: u64,
}

/// A server's fault injection: the plan resolved per operation, the request counter and
/// the fate log.
pub(crate) struct Injector {
    seed: u64,
    tables: HashMap<&'static str, Vec<(Fault, f64)>>,
    next_seq: AtomicU64,
    active: AtomicBool,
    max_entries: usize,
    max_bytes: usize,
    log: Mutex<LogBuf>,
}

impl fmt::Debug for Injector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let log = self.lock();
        f.debug_struct("Injector")
            .field("seed", &self.seed)
            .field("requests", &self.next_seq.load(Ordering::Relaxed))
            .field("active", &self.active.load(Ordering::Relaxed))
            .field("log_entries", &log.entries.len())
            .field("log_dropped", &log.dropped)
            .finish_non_exhaustive()
    }
}

impl Injector {
    pub fn new(plan: &FaultPlan) -> Result<Self, FaultSpecError> {
        plan.check()?;
        Ok(Self {
            seed: plan.seed,
            tables: OPERATIONS.iter().map(|op| (*op, plan.table(op))).collect(),
            next_seq: AtomicU64::new(0),
            active: AtomicBool::new(true),
            max_entries: plan.log_entries,
            max_bytes: plan.log_bytes,
            log: Mutex::new(LogBuf::default()),
        })
    }

    /// Numbers the request and decides its fault.
    pub fn begin(&self, method: &str, path: &str) -> Ticket {
        let seq = self.next_seq.fetch_add(1, Ordering::Relaxed);
        let operation = operation(method, path);
        let fault = match operation {
            Some(op) if self.active.load(Ordering::Relaxed) => self
                .tables
                .get(op)
                .and_then(|t| pick(t, &mut Rng::for_request(self.seed, seq))),
            _ => None,
        };
        Ticket {
            seq,
            operation,
            fault,
        }
    }

    /// Logs a request refused before its body was read (no fault for it).
    pub fn log_unread(&self, method: &str, path: &str, status: u16) {
        let mut ticket = self.begin(method, path);
        ticket.fault = None;
        let mut entry = FateEntry::new(&ticket, method, path);
        entry.status = Some(status);
        self.record(entry);
    }

    /// The generator of request `seq` after its decision draw, for choices within a fault.
    pub fn rng_after_decision(&self, seq: u64) -> Rng {
        let mut rng = Rng::for_request(self.seed, seq);
        rng.next_u64();
        rng
    }

    pub fn set_active(&self, active: bool) {
        self.active.store(active, Ordering::Relaxed);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LogBuf> {
        self.log.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Emits the fate as a `tracing` event and appends it to the log.
    pub fn record(&self, entry: FateEntry) {
        let stored = entry.stored_records().count();
        match entry.fault {
            Some(fault) => tracing::info!(
                target: "dis_local::faults",
                seq = entry.seq,
                operation = entry.operation.unwrap_or("-"),
                fault = %fault,
                fate = %entry.fate,
                status = entry.status,
                engine_status = entry.engine_status,
                records = entry.records.len(),
                stored,
                "fault injected"
            ),
            None => tracing::debug!(
                target: "dis_local::faults",
                seq = entry.seq,
                operation = entry.operation.unwrap_or("-"),
                fate = %entry.fate,
                status = entry.status,
                records = entry.records.len(),
                stored,
                "request served without fault"
            ),
        }
        let mut log = self.lock();
        log.bytes += entry.payload_bytes();
        log.entries.push_back(entry);
        while log.entries.len() > self.max_entries || log.bytes > self.max_bytes {
            let Some(old) = log.entries.pop_front() else {
                break;
            };
            log.bytes -= old.payload_bytes();
            log.dropped += 1;
        }
    }

    pub fn snapshot(&self) -> FaultLog {
        let log = self.lock();
        FaultLog {
            entries: log.entries.iter().cloned().collect(),
            dropped: log.dropped,
        }
    }

    pub fn take(&self) -> FaultLog {
        let mut log = self.lock();
        log.bytes = 0;
        FaultLog {
            entries: std::mem::take(&mut log.entries).into(),
            dropped: log.dropped,
        }
    }
}
