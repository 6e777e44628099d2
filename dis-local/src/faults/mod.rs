//! Opt-in, seeded fault injection, and a log of what became of every request.
//!
//! A [`FaultPlan`] says, per operation, how likely each [`Fault`] is. Given to
//! [`ServerBuilder::faults`](crate::ServerBuilder::faults) (or to the binary as
//! `--faults SPEC`), it makes the emulator fail some requests the way a real deployment
//! can: server errors before or after the request took effect, throttling, connections
//! closed without an answer, answers held past a client's timeout, bodies cut short,
//! expired cursors, empty pages. Without a plan the emulator serves exactly as before.
//!
//! **Determinism.** Requests are numbered in the order they reach the server (from 0);
//! whether request `n` of operation `op` gets a fault, and which, depends only on the seed,
//! `n` and `op` ([`FaultPlan::decide`]). The same seed and the same order of requests give
//! the same faults; concurrent clients make the order, not the faults, vary.
//!
//! Requests that name no operation, or that are refused before the engine (401 for
//! authentication, 413 for size), get no fault but are numbered and logged like the others.
//!
//! **The fate log.** For every request that reached the server,
//! [`Handle::fault_log`](crate::Handle::fault_log) holds a [`FateEntry`]: its number, operation, the fault
//! applied and its [`Fate`]: whether the engine applied it and whether the client got the
//! answer. PutRecords entries list every record of the request with its payload and where
//! it was stored, which is what a test needs to count lost and duplicated records exactly.
//! Each fate is also emitted as a `tracing` event (target `dis_local::faults`; `INFO` with
//! a fault, `DEBUG` without).
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> std::io::Result<()> {
//! use dis_local::faults::{Fault, FaultPlan};
//! let plan = FaultPlan::new(7)
//!     .rate(0.2)
//!     .probability_on("put_records", Fault::CloseAfterApply, 0.05);
//! let dis = dis_local::Server::builder().faults(plan).start().await?;
//! // … drive a client against dis.endpoint() …
//! let log = dis.fault_log();
//! assert_eq!(log.dropped, 0);
//! # Ok(())
//! # }
//! ```
//!
//! # The spec syntax (`--faults`)
//!
//! A comma-separated list of items, parsed by [`FaultPlan::from_str`](std::str::FromStr):
//!
//! | item | meaning |
//! |---|---|
//! | `seed=N` | the seed (default 0) |
//! | `rate=P` | probability `P` that a request fails, split evenly over the kinds that apply to its operation |
//! | `KIND=P` | probability of one kind on every operation it applies to |
//! | `OP:rate=P` | like `rate`, for one operation |
//! | `OP:KIND=P` | one kind on one operation |
//! | `delay_ms=N` | how long `delay` faults hold the answer (default 5000) |
//!
//! `P` is a number from 0 to 1, `OP` an operation id of the spec ([`OPERATIONS`]), `KIND`
//! one of `error_before`, `error_after`, `throttle_429`, `throttle_4303`,
//! `partial_throttle`, `close_before`, `close_after`, `delay`, `truncated`,
//! `cursor_expired`, `empty_page`, `partition_gone` (see [`Fault::name`]; `partition_gone`
//! only when named, never as part of `rate`). The most specific setting wins:
//! `OP:KIND`, then `KIND`, then `OP:rate`, then `rate`. The probabilities of one operation
//! must add up to at most 1. Example: `seed=7,rate=0.2,put_records:close_after=0.05`.
//!
//! ```
//! let plan: dis_local::faults::FaultPlan = "seed=7,rate=0.2,put_records:close_after=0.05".parse().unwrap();
//! assert_eq!(plan.seed_value(), 7);
//! let err = "seed=7,put_record:close_after=0.05".parse::<dis_local::faults::FaultPlan>().unwrap_err();
//! assert!(err.to_string().contains("put_record"));
//! ```

mod log;
mod spec;

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

pub(crate) use log::Injector;
pub use log::{Fate, FateEntry, FaultLog, RecordFate, StoredAt};

/// The operation ids of the DIS v2 spec, in the spec's order.
///
/// ```
/// assert!(dis_local::faults::OPERATIONS.contains(&"put_records"));
/// assert_eq!(dis_local::faults::OPERATIONS.len(), 29);
/// ```
pub const OPERATIONS: [&str; 29] = [
    "list_streams",
    "create_stream",
    "show_stream",
    "delete_stream",
    "update_partition_count",
    "create_app",
    "list_apps",
    "show_app",
    "delete_app",
    "show_consumer_state",
    "commit_checkpoint",
    "show_checkpoint",
    "delete_checkpoint",
    "put_records",
    "get_records",
    "get_cursor",
    "create_transfer_task",
    "list_transfer_tasks",
    "show_transfer_task",
    "delete_transfer_task",
    "batch_transfer_task_action",
    "show_stream_metrics",
    "show_partition_metrics",
    "batch_tag_action",
    "create_tag",
    "show_stream_tags",
    "delete_tag",
    "list_tags",
    "list_resources_by_tags",
];

/// The operation id a request names by its method and path (`/v2/{project_id}/…`, with or
/// without a trailing slash), as the emulator routes it; `None` for anything else.
///
/// ```
/// use dis_local::faults::operation;
/// assert_eq!(operation("POST", "/v2/p/records"), Some("put_records"));
/// assert_eq!(operation("GET", "/v2/p/streams/s1/"), Some("show_stream"));
/// assert_eq!(operation("POST", "/v2/p/stream/s1/tags/action"), Some("batch_tag_action"));
/// assert_eq!(operation("PATCH", "/v2/p/records"), None);
/// ```
pub fn operation(method: &str, path: &str) -> Option<&'static str> {
    let rest = path.strip_prefix("/v2/")?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let mut segs = rest.split('/');
    let project = segs.next()?;
    let segs: Vec<&str> = segs.collect();
    if project.is_empty() || segs.iter().any(|s| s.is_empty()) {
        return None;
    }
    let op = match (method, segs.as_slice()) {
        ("GET", ["streams"]) => "list_streams",
        ("POST", ["streams"]) => "create_stream",
        ("GET", ["streams", _]) => "show_stream",
        ("DELETE", ["streams", _]) => "delete_stream",
        ("PUT", ["streams", _]) => "update_partition_count",
        ("GET", ["streams" | "stream", _, "transfer-tasks"]) => "list_transfer_tasks",
        ("POST", ["streams" | "stream", _, "transfer-tasks"]) => "create_transfer_task",
        ("POST", ["streams", _, "transfer-tasks", "action"]) => "batch_transfer_task_action",
        ("GET", ["streams" | "stream", _, "transfer-tasks", _]) => "show_transfer_task",
        ("DELETE", ["streams" | "stream", _, "transfer-tasks", _]) => "delete_transfer_task",
        ("GET", ["streams", _, "metrics"]) => "show_stream_metrics",
        ("GET", ["streams", _, "partitions", _, "metrics"]) => "show_partition_metrics",
        ("GET", ["apps"]) => "list_apps",
        ("POST", ["apps"]) => "create_app",
        ("GET", ["apps", _]) => "show_app",
        ("DELETE", ["apps", _]) => "delete_app",
        ("GET", ["apps", _, "streams", _]) => "show_consumer_state",
        ("GET", ["checkpoints"]) => "show_checkpoint",
        ("POST", ["checkpoints"]) => "commit_checkpoint",
        ("DELETE", ["checkpoints"]) => "delete_checkpoint",
        ("GET", ["records"]) => "get_records",
        ("POST", ["records"]) => "put_records",
        ("GET", ["cursors"]) => "get_cursor",
        ("GET", ["stream", "tags"]) => "list_tags",
        ("POST", ["stream", "resource_instances", "action"]) => "list_resources_by_tags",
        ("GET", ["stream", _, "tags"]) => "show_stream_tags",
        ("POST", ["stream", _, "tags"]) => "create_tag",
        ("POST", ["stream", _, "tags", "action"]) => "batch_tag_action",
        ("DELETE", ["stream", _, "tags", _]) => "delete_tag",
        _ => return None,
    };
    Some(op)
}

fn known_operation(op: &str) -> Option<&'static str> {
    OPERATIONS.iter().copied().find(|o| *o == op)
}

/// One kind of injected failure. "Applied" means the engine carried the request out (for
/// PutRecords: stored its records); "not applied" means it never saw it.
///
/// ```
/// use dis_local::faults::Fault;
/// assert_eq!(Fault::CloseAfterApply.name(), "close_after");
/// assert!(Fault::PartialThrottle.applies_to("put_records"));
/// assert!(!Fault::PartialThrottle.applies_to("get_records"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Fault {
    /// HTTP 500 `{"errorCode":"DIS.5000","message":"System error. …"}`; not applied.
    ServerErrorBeforeApply,
    /// Applied, then answered HTTP 500 DIS.5000 instead of the real answer.
    ServerErrorAfterApply,
    /// HTTP 429 with the API gateway's body
    /// `{"error_code":"APIGW.0308","error_msg":"The request is throttled"}`; not applied.
    Throttle429,
    /// HTTP 400 `{"errorCode":"DIS.4303","message":"Exceeded traffic control limit."}`
    /// for the whole request (status and message of the reference's error-code table);
    /// not applied.
    ThrottleDis4303,
    /// PutRecords only: a seeded, non-empty subset of the records is answered with
    /// `error_code` `DIS.4303` in the 200 answer and not stored; the others are stored;
    /// `failed_record_count` counts both kinds of failure.
    PartialThrottle,
    /// The connection is closed without a byte of answer; not applied.
    CloseBeforeApply,
    /// Applied, then the connection is closed without a byte of answer.
    CloseAfterApply,
    /// Applied; the answer is held this long (so that a client timeout fires first), then
    /// sent.
    DelayAfterApply(Duration),
    /// Applied; the status line and headers promise the full `Content-Length`, then only
    /// half of the body is sent and the connection is closed. An answer without a body is
    /// cut before its status line instead, like [`CloseAfterApply`](Self::CloseAfterApply).
    TruncatedBody,
    /// GetRecords only: HTTP 400 DIS.4225 (expired partition cursor); not applied.
    CursorExpired,
    /// GetRecords only: HTTP 200 with `records: []`, `next_partition_cursor` equal to the
    /// request's cursor and `millis_behind_latest` 1000; nothing is read.
    EmptyPage,
    /// GetRecords only: HTTP 400 DIS.4302 (the partition does not exist), as DIS answers
    /// for a partition that is gone; not applied. Not a transient fault of DIS, so `rate`
    /// never picks it: it happens only when set by name.
    PartitionGone,
}

/// Every kind, in the fixed order in which [`FaultPlan::decide`] adds up probabilities.
const KINDS: usize = 12;

impl Fault {
    /// Every kind, delays holding for `delay`, in the plan's fixed order.
    fn all(delay: Duration) -> [Fault; KINDS] {
        [
            Fault::ServerErrorBeforeApply,
            Fault::ServerErrorAfterApply,
            Fault::Throttle429,
            Fault::ThrottleDis4303,
            Fault::PartialThrottle,
            Fault::CloseBeforeApply,
            Fault::CloseAfterApply,
            Fault::DelayAfterApply(delay),
            Fault::TruncatedBody,
            Fault::CursorExpired,
            Fault::EmptyPage,
            Fault::PartitionGone,
        ]
    }

    fn index(&self) -> usize {
        match self {
            Fault::ServerErrorBeforeApply => 0,
            Fault::ServerErrorAfterApply => 1,
            Fault::Throttle429 => 2,
            Fault::ThrottleDis4303 => 3,
            Fault::PartialThrottle => 4,
            Fault::CloseBeforeApply => 5,
            Fault::CloseAfterApply => 6,
            Fault::DelayAfterApply(_) => 7,
            Fault::TruncatedBody => 8,
            Fault::CursorExpired => 9,
            Fault::EmptyPage => 10,
            Fault::PartitionGone => 11,
        }
    }

    /// The kind's name in a spec, in logs and in `tracing` events.
    ///
    /// ```
    /// use dis_local::faults::Fault;
    /// assert_eq!(Fault::DelayAfterApply(std::time::Duration::from_secs(1)).name(), "delay");
    /// assert_eq!(Fault::ThrottleDis4303.to_string(), "throttle_4303");
    /// ```
    pub fn name(&self) -> &'static str {
        const NAMES: [&str; KINDS] = [
            "error_before",
            "error_after",
            "throttle_429",
            "throttle_4303",
            "partial_throttle",
            "close_before",
            "close_after",
            "delay",
            "truncated",
            "cursor_expired",
            "empty_page",
            "partition_gone",
        ];
        NAMES[self.index()]
    }

    fn from_name(name: &str, delay: Duration) -> Option<Fault> {
        Fault::all(delay).into_iter().find(|f| f.name() == name)
    }

    /// Whether the kind can hit `operation` (an id of [`OPERATIONS`]): `PartialThrottle`
    /// only PutRecords, `CursorExpired`, `EmptyPage` and `PartitionGone` only GetRecords, the
    /// others all.
    ///
    /// ```
    /// use dis_local::faults::Fault;
    /// assert!(Fault::EmptyPage.applies_to("get_records"));
    /// assert!(Fault::CloseBeforeApply.applies_to("list_streams"));
    /// assert!(!Fault::CloseBeforeApply.applies_to("no_such_operation"));
    /// ```
    pub fn applies_to(&self, operation: &str) -> bool {
        if known_operation(operation).is_none() {
            return false;
        }
        match self {
            Fault::PartialThrottle => operation == "put_records",
            Fault::CursorExpired | Fault::EmptyPage | Fault::PartitionGone => {
                operation == "get_records"
            }
            _ => true,
        }
    }

    /// Whether the engine carries out a request that gets this fault.
    ///
    /// ```
    /// use dis_local::faults::Fault;
    /// assert!(Fault::CloseAfterApply.applies_request());
    /// assert!(!Fault::Throttle429.applies_request());
    /// ```
    pub fn applies_request(&self) -> bool {
        matches!(
            self,
            Fault::ServerErrorAfterApply
                | Fault::PartialThrottle
                | Fault::CloseAfterApply
                | Fault::DelayAfterApply(_)
                | Fault::TruncatedBody
        )
    }
}

impl Fault {
    /// Whether `rate` may pick the kind: every transient fault, not `PartitionGone`.
    fn in_rate(&self) -> bool {
        !matches!(self, Fault::PartitionGone)
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::DelayAfterApply(d) => write!(f, "delay({}ms)", d.as_millis()),
            _ => f.write_str(self.name()),
        }
    }
}

/// A bad fault spec or an inconsistent [`FaultPlan`]; the message names the bad part.
///
/// ```
/// let e = "rate=2".parse::<dis_local::faults::FaultPlan>().unwrap_err();
/// assert_eq!(e.to_string(), "`rate=2`: probability 2 is not between 0 and 1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultSpecError(String);

impl FaultSpecError {
    fn new(message: impl Into<String>) -> Self {
        Self(message.into())
    }
}

impl fmt::Display for FaultSpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FaultSpecError {}

/// Default of [`FaultPlan::delay`].
const DEFAULT_DELAY: Duration = Duration::from_secs(5);
/// Default entry limit of the fate log.
const DEFAULT_LOG_ENTRIES: usize = 100_000;
/// Default payload-byte limit of the fate log.
const DEFAULT_LOG_BYTES: usize = 256 * 1024 * 1024;

/// Which faults to inject, how often, and from which seed. Build it with the methods
/// below or parse a spec (see the [module docs](self)); check it with
/// [`check`](Self::check) ([`ServerBuilder::start`](crate::ServerBuilder::start) refuses
/// an inconsistent plan with `InvalidInput`).
///
/// For a request of operation `op`, each kind that [applies](Fault::applies_to) to `op`
/// has the probability of the most specific setting:
/// [`probability_on`](Self::probability_on), else [`probability`](Self::probability), else an even share of
/// [`rate_on`](Self::rate_on), else an even share of [`rate`](Self::rate), else 0.
///
/// ```
/// use std::time::Duration;
/// use dis_local::faults::{Fault, FaultPlan};
/// let plan = FaultPlan::new(42)
///     .rate(0.1)                                            // all kinds, all operations
///     .probability(Fault::Throttle429, 0.05)                // one kind, all operations
///     .rate_on("get_records", 0.3)                          // all kinds, one operation
///     .probability_on("put_records", Fault::CloseAfterApply, 0.02)
///     .delay(Duration::from_secs(2));
/// assert!(plan.check().is_ok());
/// assert_eq!(plan.probability_of("put_records", Fault::CloseAfterApply), 0.02);
/// assert_eq!(plan.probability_of("list_streams", Fault::Throttle429), 0.05);
/// assert_eq!(plan.probability_of("get_records", Fault::PartialThrottle), 0.0);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FaultPlan {
    seed: u64,
    rate: f64,
    op_rates: BTreeMap<String, f64>,
    /// Indexed by [`Fault::index`].
    kinds: [Option<(Fault, f64)>; KINDS],
    op_kinds: BTreeMap<String, [Option<(Fault, f64)>; KINDS]>,
    delay: Duration,
    log_entries: usize,
    log_bytes: usize,
}

impl Default for FaultPlan {
    fn default() -> Self {
        Self::new(0)
    }
}

impl FaultPlan {
    /// A plan with this seed and no faults yet.
    ///
    /// ```
    /// let plan = dis_local::faults::FaultPlan::new(7);
    /// assert_eq!(plan.decide(0, "put_records"), None);
    /// ```
    pub fn new(seed: u64) -> Self {
        Self {
            seed,
            rate: 0.0,
            op_rates: BTreeMap::new(),
            kinds: [None; KINDS],
            op_kinds: BTreeMap::new(),
            delay: DEFAULT_DELAY,
            log_entries: DEFAULT_LOG_ENTRIES,
            log_bytes: DEFAULT_LOG_BYTES,
        }
    }

    /// Replaces the seed.
    ///
    /// ```
    /// assert_eq!(dis_local::faults::FaultPlan::new(1).seed(9).seed_value(), 9);
    /// ```
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// The seed.
    ///
    /// ```
    /// assert_eq!(dis_local::faults::FaultPlan::new(3).seed_value(), 3);
    /// ```
    pub fn seed_value(&self) -> u64 {
        self.seed
    }

    /// Probability that a request of any operation gets a fault, shared evenly by the kinds
    /// that apply to the operation (10 on GetRecords, 9 on PutRecords, 8 elsewhere).
    ///
    /// ```
    /// use dis_local::faults::{Fault, FaultPlan};
    /// let plan = FaultPlan::new(0).rate(0.16);
    /// assert!((plan.probability_of("show_stream", Fault::Throttle429) - 0.02).abs() < 1e-12);
    /// ```
    pub fn rate(mut self, probability: f64) -> Self {
        self.rate = probability;
        self
    }

    /// Like [`rate`](Self::rate), for one operation.
    ///
    /// ```
    /// use dis_local::faults::{Fault, FaultPlan};
    /// let plan = FaultPlan::new(0).rate(0.5).rate_on("list_streams", 0.0);
    /// assert_eq!(plan.probability_of("list_streams", Fault::Throttle429), 0.0);
    /// ```
    pub fn rate_on(mut self, operation: impl Into<String>, probability: f64) -> Self {
        self.op_rates.insert(operation.into(), probability);
        self
    }

    /// Probability of one kind on every operation it applies to. Setting a kind again
    /// replaces the earlier setting (for `DelayAfterApply`, whatever its duration).
    ///
    /// ```
    /// use dis_local::faults::{Fault, FaultPlan};
    /// let plan = FaultPlan::new(0).probability(Fault::CursorExpired, 0.1);
    /// assert_eq!(plan.probability_of("get_records", Fault::CursorExpired), 0.1);
    /// assert_eq!(plan.probability_of("put_records", Fault::CursorExpired), 0.0);
    /// ```
    pub fn probability(mut self, fault: Fault, probability: f64) -> Self {
        self.kinds[fault.index()] = Some((fault, probability));
        self
    }

    /// Probability of one kind on one operation.
    ///
    /// ```
    /// use dis_local::faults::{Fault, FaultPlan};
    /// let plan = FaultPlan::new(0).probability_on("put_records", Fault::PartialThrottle, 0.3);
    /// assert_eq!(plan.probability_of("put_records", Fault::PartialThrottle), 0.3);
    /// ```
    pub fn probability_on(
        mut self,
        operation: impl Into<String>,
        fault: Fault,
        probability: f64,
    ) -> Self {
        self.op_kinds
            .entry(operation.into())
            .or_insert([None; KINDS])[fault.index()] = Some((fault, probability));
        self
    }

    /// How long the `DelayAfterApply` faults that come from [`rate`](Self::rate) and
    /// [`rate_on`](Self::rate_on) hold their answer (default 5 s). A `DelayAfterApply`
    /// given to [`probability`](Self::probability) keeps its own duration.
    ///
    /// ```
    /// use std::time::Duration;
    /// use dis_local::faults::{Fault, FaultPlan};
    /// let plan = FaultPlan::new(0).rate(1.0).delay(Duration::from_millis(300));
    /// let delays: Vec<_> = (0..200).filter_map(|n| plan.decide(n, "show_stream"))
    ///     .filter(|f| matches!(f, Fault::DelayAfterApply(_))).collect();
    /// assert!(delays.iter().all(|f| *f == Fault::DelayAfterApply(Duration::from_millis(300))));
    /// ```
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Bounds the fate log: at most `entries` entries and at most `payload_bytes` bytes of
    /// PutRecords payloads (defaults: 100 000 entries, 256 MiB). Past either, the oldest
    /// entries are dropped and counted in [`FaultLog::dropped`]; drain the log with
    /// [`Handle::take_fault_log`](crate::Handle::take_fault_log) to keep everything.
    ///
    /// ```
    /// let plan = dis_local::faults::FaultPlan::new(0).log_limits(1_000, 1 << 20);
    /// # let _ = plan;
    /// ```
    pub fn log_limits(mut self, entries: usize, payload_bytes: usize) -> Self {
        self.log_entries = entries;
        self.log_bytes = payload_bytes;
        self
    }

    /// The probability of `fault` (its kind) on `operation` under this plan.
    ///
    /// ```
    /// use dis_local::faults::{Fault, FaultPlan};
    /// let plan = FaultPlan::new(0).rate(0.9);
    /// assert!((plan.probability_of("put_records", Fault::PartialThrottle) - 0.1).abs() < 1e-12);
    /// assert_eq!(plan.probability_of("nonsense", Fault::Throttle429), 0.0);
    /// ```
    pub fn probability_of(&self, operation: &str, fault: Fault) -> f64 {
        self.table(operation)
            .iter()
            .find(|(f, _)| f.index() == fault.index())
            .map_or(0.0, |(_, p)| *p)
    }

    /// The kinds that may hit `operation`, with their probabilities, in the fixed order.
    pub(crate) fn table(&self, operation: &str) -> Vec<(Fault, f64)> {
        let all = Fault::all(self.delay);
        let applicable: Vec<Fault> = all
            .into_iter()
            .filter(|f| f.applies_to(operation))
            .collect();
        let shared = applicable.iter().filter(|f| f.in_rate()).count();
        if shared == 0 {
            return Vec::new();
        }
        let rate = self.op_rates.get(operation).copied().unwrap_or(self.rate);
        let share = rate / shared as f64;
        let per_op = self.op_kinds.get(operation);
        applicable
            .into_iter()
            .map(|f| {
                let i = f.index();
                per_op
                    .and_then(|k| k[i])
                    .or(self.kinds[i])
                    .unwrap_or((f, if f.in_rate() { share } else { 0.0 }))
            })
            .filter(|(_, p)| *p > 0.0)
            .collect()
    }

    /// The fault request number `seq` (counted from 0 in arrival order) of `operation`
    /// gets under this plan, if any. This is what the server applies, so a test can
    /// predict it.
    ///
    /// ```
    /// use dis_local::faults::FaultPlan;
    /// let a = FaultPlan::new(5).rate(0.5);
    /// let b = FaultPlan::new(5).rate(0.5);
    /// let run = |p: &FaultPlan| (0..100).map(|n| p.decide(n, "put_records")).collect::<Vec<_>>();
    /// assert_eq!(run(&a), run(&b));
    /// assert_eq!(FaultPlan::new(5).rate(0.0).decide(3, "put_records"), None);
    /// ```
    pub fn decide(&self, seq: u64, operation: &str) -> Option<Fault> {
        pick(
            &self.table(operation),
            &mut Rng::for_request(self.seed, seq),
        )
    }

    /// Checks the plan: probabilities from 0 to 1, known operations, kinds set only on
    /// operations they apply to, at most 1 in total per operation.
    ///
    /// ```
    /// use dis_local::faults::{Fault, FaultPlan};
    /// assert!(FaultPlan::new(0).rate(0.2).check().is_ok());
    /// let bad = FaultPlan::new(0).probability_on("get_records", Fault::PartialThrottle, 0.1);
    /// assert!(bad.check().unwrap_err().to_string().contains("partial_throttle"));
    /// ```
    pub fn check(&self) -> Result<(), FaultSpecError> {
        let prob = |what: String, p: f64| {
            if (0.0..=1.0).contains(&p) {
                Ok(())
            } else {
                Err(FaultSpecError::new(format!(
                    "{what}: probability {p} is not between 0 and 1"
                )))
            }
        };
        prob("rate".into(), self.rate)?;
        for (op, p) in &self.op_rates {
            check_operation(op)?;
            prob(format!("{op}:rate"), *p)?;
        }
        for (f, p) in self.kinds.iter().flatten() {
            prob(f.name().into(), *p)?;
        }
        for (op, kinds) in &self.op_kinds {
            check_operation(op)?;
            for (f, p) in kinds.iter().flatten() {
                prob(format!("{op}:{}", f.name()), *p)?;
                if !f.applies_to(op) {
                    return Err(FaultSpecError::new(format!(
                        "{op}:{}: {} does not apply to {op} ({})",
                        f.name(),
                        f.name(),
                        applies_where(f)
                    )));
                }
            }
        }
        for op in OPERATIONS {
            let total: f64 = self.table(op).iter().map(|(_, p)| p).sum();
            if total > 1.0 + 1e-9 {
                let total = (total * 1e6).round() / 1e6;
                return Err(FaultSpecError::new(format!(
                    "the probabilities on {op} add up to {total}, more than 1 (lower `rate` or the kinds set for {op})"
                )));
            }
        }
        Ok(())
    }
}

fn check_operation(op: &str) -> Result<(), FaultSpecError> {
    match known_operation(op) {
        Some(_) => Ok(()),
        None => Err(FaultSpecError::new(format!(
            "unknown operation `{op}` (expected an operation id such as put_records, get_records, get_cursor, list_streams, show_stream)"
        ))),
    }
}

fn applies_where(f: &Fault) -> &'static str {
    match f {
        Fault::PartialThrottle => "put_records only",
        Fault::CursorExpired | Fault::EmptyPage | Fault::PartitionGone => "get_records only",
        _ => "every operation",
    }
}

/// The first kind whose cumulative probability exceeds one uniform draw.
fn pick(table: &[(Fault, f64)], rng: &mut Rng) -> Option<Fault> {
    if table.is_empty() {
        return None;
    }
    let u = rng.next_f64();
    let mut acc = 0.0;
    for (f, p) in table {
        acc += p;
        if u < acc {
            return Some(*f);
        }
    }
    None
}

/// SplitMix64: a tiny, well-mixed generator; one stream per request, derived from the seed
/// and the request's number so that decisions do not depend on each other.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    fn mix(mut z: u64) -> u64 {
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(crate) fn for_request(seed: u64, seq: u64) -> Self {
        Self(Self::mix(seed) ^ Self::mix(seq.wrapping_add(0x6A09_E667_F3BC_C909)))
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        Self::mix(self.0)
    }

    /// Uniform in `[0, 1)`.
    pub(crate) fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partition_gone_happens_only_when_named() {
        let plan = FaultPlan::new(0).rate(0.5);
        assert_eq!(
            plan.probability_of("get_records", Fault::PartitionGone),
            0.0
        );
        // `rate` is shared by the ten transient kinds of GetRecords, as before.
        assert!((plan.probability_of("get_records", Fault::EmptyPage) - 0.05).abs() < 1e-12);
        let named: FaultPlan = "rate=0.5,get_records:partition_gone=0.2".parse().unwrap();
        assert_eq!(
            named.probability_of("get_records", Fault::PartitionGone),
            0.2
        );
        assert!(named.check().is_ok());
        let misplaced = FaultPlan::new(0).probability_on("put_records", Fault::PartitionGone, 0.1);
        assert!(
            misplaced
                .check()
                .unwrap_err()
                .to_string()
                .contains("get_records only")
        );
    }

    #[test]
    fn every_operation_has_a_route_shape() {
        let paths = [
            ("GET", "/v2/p/streams"),
            ("POST", "/v2/p/streams"),
            ("GET", "/v2/p/streams/s"),
            ("DELETE", "/v2/p/streams/s"),
            ("PUT", "/v2/p/streams/s"),
            ("POST", "/v2/p/apps"),
            ("GET", "/v2/p/apps"),
            ("GET", "/v2/p/apps/a"),
            ("DELETE", "/v2/p/apps/a"),
            ("GET", "/v2/p/apps/a/streams/s"),
            ("POST", "/v2/p/checkpoints"),
            ("GET", "/v2/p/checkpoints"),
            ("DELETE", "/v2/p/checkpoints"),
            ("POST", "/v2/p/records"),
            ("GET", "/v2/p/records"),
            ("GET", "/v2/p/cursors"),
            ("POST", "/v2/p/streams/s/transfer-tasks"),
            ("GET", "/v2/p/streams/s/transfer-tasks"),
            ("GET", "/v2/p/streams/s/transfer-tasks/t"),
            ("DELETE", "/v2/p/streams/s/transfer-tasks/t"),
            ("POST", "/v2/p/streams/s/transfer-tasks/action"),
            ("GET", "/v2/p/streams/s/metrics"),
            ("GET", "/v2/p/streams/s/partitions/0/metrics"),
            ("POST", "/v2/p/stream/s/tags/action"),
            ("POST", "/v2/p/stream/s/tags"),
            ("GET", "/v2/p/stream/s/tags"),
            ("DELETE", "/v2/p/stream/s/tags/k"),
            ("GET", "/v2/p/stream/tags"),
            ("POST", "/v2/p/stream/resource_instances/action"),
        ];
        let ops: Vec<_> = paths
            .iter()
            .map(|(m, p)| operation(m, p).unwrap_or_else(|| panic!("{m} {p}")))
            .collect();
        assert_eq!(ops, OPERATIONS);
        assert_eq!(
            operation("GET", "/v2/p/streams/s/transfer-tasks/action"),
            Some("show_transfer_task")
        );
        assert_eq!(
            operation("DELETE", "/v2/p/stream/s/tags/action"),
            Some("delete_tag")
        );
        assert_eq!(operation("GET", "/v2/p/streams//"), None);
        assert_eq!(operation("GET", "/v2//streams"), None);
        assert_eq!(operation("GET", "/v3/p/streams"), None);
    }

    #[test]
    fn rate_is_spread_over_the_applicable_kinds() {
        let plan = FaultPlan::new(1).rate(0.2);
        for op in OPERATIONS {
            let total: f64 = plan.table(op).iter().map(|(_, p)| p).sum();
            assert!((total - 0.2).abs() < 1e-12, "{op}");
        }
        assert_eq!(plan.table("get_records").len(), 10);
        assert_eq!(plan.table("put_records").len(), 9);
        assert_eq!(plan.table("list_streams").len(), 8);
    }

    #[test]
    fn observed_frequency_follows_the_plan() {
        let plan = FaultPlan::new(99).probability(Fault::Throttle429, 0.25);
        let hits = (0..20_000)
            .filter(|n| plan.decide(*n, "show_stream") == Some(Fault::Throttle429))
            .count();
        assert!((4_500..5_500).contains(&hits), "{hits}");
    }
}
