//! The emulator engine: the whole DIS state in memory, independent of HTTP.
//!
//! [`Engine`] is synchronous; the HTTP layer keeps it behind a mutex. Each area of the API
//! lives in its own module and adds methods to [`Engine`]:
//!
//! | module | operations |
//! |---|---|
//! | [`streams`] | create / list / show / delete streams, change the partition count |
//! | [`records`] | put records (routing, per-record errors), get records |
//! | [`cursors`] | get cursor, cursor encoding and expiry |
//! | [`apps`] | apps, checkpoints, consumer state |
//! | [`dump`] | OBS dump (transfer) tasks and their start/stop state machine |
//! | [`tags`] | stream tags, project-wide tag listing, filtering streams by tags |
//! | [`metrics`] | monitoring data computed from the traffic the engine saw |
//!
//! Time comes from a [`Clock`], so tests can move it with a [`ManualClock`].
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream};
//! let mut engine = Engine::new(Default::default());
//! engine.create_stream(CreateStream::new("orders", 2)).unwrap();
//! assert_eq!(engine.show_stream("orders", None, None).unwrap().info.writable_partition_count, 2);
//! ```

pub mod apps;
pub mod cursors;
pub mod dump;
pub mod error;
pub mod limits;
pub mod metrics;
pub mod records;
pub mod store;
pub mod streams;
pub mod tags;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

pub use error::{DisError, DisResult};

/// A source of the current time in epoch milliseconds.
///
/// ```
/// use dis_local::engine::{Clock, SystemClock};
/// assert!(SystemClock.now_ms() > 1_600_000_000_000);
/// ```
pub trait Clock: Send + Sync + fmt::Debug {
    /// Milliseconds since the Unix epoch.
    fn now_ms(&self) -> i64;
}

/// The real wall clock.
///
/// ```
/// use dis_local::engine::{Clock, SystemClock};
/// let a = SystemClock.now_ms();
/// assert!(SystemClock.now_ms() >= a);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now_ms(&self) -> i64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    }
}

/// A clock that only moves when told to; share it with `Arc` to drive an engine in tests.
///
/// ```
/// use std::time::Duration;
/// use dis_local::engine::{Clock, ManualClock};
/// let clock = ManualClock::new(1_000);
/// clock.advance(Duration::from_secs(2));
/// assert_eq!(clock.now_ms(), 3_000);
/// ```
#[derive(Debug, Default)]
pub struct ManualClock {
    ms: AtomicI64,
}

impl ManualClock {
    /// A clock standing at `start_ms`.
    ///
    /// ```
    /// use dis_local::engine::{Clock, ManualClock};
    /// assert_eq!(ManualClock::new(5).now_ms(), 5);
    /// ```
    pub fn new(start_ms: i64) -> Self {
        Self {
            ms: AtomicI64::new(start_ms),
        }
    }

    /// Moves the clock forward.
    ///
    /// ```
    /// use std::time::Duration;
    /// use dis_local::engine::{Clock, ManualClock};
    /// let c = ManualClock::new(0);
    /// c.advance(Duration::from_millis(7));
    /// assert_eq!(c.now_ms(), 7);
    /// ```
    pub fn advance(&self, by: Duration) {
        self.ms.fetch_add(by.as_millis() as i64, Ordering::SeqCst);
    }

    /// Sets the clock to an absolute time.
    ///
    /// ```
    /// use dis_local::engine::{Clock, ManualClock};
    /// let c = ManualClock::new(0);
    /// c.set(42);
    /// assert_eq!(c.now_ms(), 42);
    /// ```
    pub fn set(&self, ms: i64) {
        self.ms.store(ms, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> i64 {
        self.ms.load(Ordering::SeqCst)
    }
}

/// How a record without `partition_id`, `explicit_hash_key` and `partition_key` is placed.
///
/// ```
/// use dis_local::engine::Routing;
/// assert_eq!(Routing::default(), Routing::RoundRobin);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Routing {
    /// Cycle through the writable partitions, one counter per stream (deterministic).
    #[default]
    RoundRobin,
    /// Pick a writable partition at random, like the Java SDK's hash of `System.nanoTime()`.
    Random,
}

/// Tunables of the engine. The defaults follow the DIS reference where it gives a number.
///
/// ```
/// use std::time::Duration;
/// use dis_local::engine::EngineConfig;
/// let config = EngineConfig { cursor_ttl: Duration::from_secs(1), ..Default::default() };
/// assert_eq!(config.max_record_bytes, 1024 * 1024);
/// ```
#[derive(Debug, Clone)]
pub struct EngineConfig {
    /// How long a partition cursor stays valid (DIS: 5 minutes).
    pub cursor_ttl: Duration,
    /// Largest decoded `data` of one record (DIS: 1 MB before base64).
    pub max_record_bytes: usize,
    /// Largest sum of decoded `data` in one PutRecords request (DIS: 5 MB).
    pub max_request_bytes: usize,
    /// Records returned by one GetRecords call when the request sets no `limit`.
    pub default_get_limit: u32,
    /// Upper bound of the undocumented GetRecords `limit` parameter.
    pub max_get_limit: u32,
    /// Bytes returned by one GetRecords call when the request sets no `max_fetch_bytes`.
    pub default_fetch_bytes: u64,
    /// Account-wide quota of ACTIVE partitions in COMMON streams (DIS default: 50).
    pub partition_quota_common: u32,
    /// Account-wide quota of ACTIVE partitions in ADVANCED streams (DIS default: 10).
    pub partition_quota_advanced: u32,
    /// Dump tasks per stream (DIS: 5, code DIS.4357).
    pub dump_task_quota: usize,
    /// Placement of records that name neither partition nor key.
    pub routing: Routing,
    /// Throughput limits per partition (DIS.4303 / DIS.4305); `None` (the default)
    /// never throttles. See [`limits`].
    pub limits: Option<limits::Limits>,
}

impl Default for EngineConfig {
    fn default() -> Self {
        Self {
            cursor_ttl: Duration::from_secs(300),
            max_record_bytes: 1024 * 1024,
            max_request_bytes: 5 * 1024 * 1024,
            default_get_limit: 1000,
            max_get_limit: 10_000,
            default_fetch_bytes: 4 * 1024 * 1024,
            partition_quota_common: 50,
            partition_quota_advanced: 10,
            dump_task_quota: 5,
            routing: Routing::RoundRobin,
            limits: None,
        }
    }
}

/// The complete in-memory DIS state of one project.
///
/// ```
/// use std::sync::Arc;
/// use dis_local::engine::{Engine, EngineConfig, ManualClock};
/// let clock = Arc::new(ManualClock::new(1_700_000_000_000));
/// let engine = Engine::with_clock(EngineConfig::default(), clock);
/// assert_eq!(engine.now_ms(), 1_700_000_000_000);
/// ```
#[derive(Debug)]
pub struct Engine {
    pub(crate) config: EngineConfig,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) streams: BTreeMap<String, streams::Stream>,
    pub(crate) apps: BTreeMap<String, apps::App>,
    rng: u64,
    pub(crate) cursor_key: [u8; 16],
    store: Option<store::Store>,
    dirty: store::Dirty,
}

impl Engine {
    /// An empty engine on the system clock.
    ///
    /// ```
    /// let engine = dis_local::engine::Engine::new(Default::default());
    /// assert_eq!(engine.list_streams(None, None).unwrap().total_number, 0);
    /// ```
    pub fn new(config: EngineConfig) -> Self {
        Self::with_clock(config, Arc::new(SystemClock))
    }

    /// An empty engine on the given clock.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use dis_local::engine::{Engine, ManualClock};
    /// let engine = Engine::with_clock(Default::default(), Arc::new(ManualClock::new(0)));
    /// assert_eq!(engine.now_ms(), 0);
    /// ```
    pub fn with_clock(config: EngineConfig, clock: Arc<dyn Clock>) -> Self {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0x9E37_79B9_7F4A_7C15)
            ^ (std::process::id() as u64).rotate_left(32);
        let mut engine = Self {
            config,
            clock,
            streams: BTreeMap::new(),
            apps: BTreeMap::new(),
            rng: seed | 1,
            cursor_key: [0; 16],
            store: None,
            dirty: store::Dirty::default(),
        };
        let a = engine.next_u64().to_be_bytes();
        let b = engine.next_u64().to_be_bytes();
        engine.cursor_key[..8].copy_from_slice(&a);
        engine.cursor_key[8..].copy_from_slice(&b);
        engine
    }

    /// The configuration the engine runs with.
    ///
    /// ```
    /// let engine = dis_local::engine::Engine::new(Default::default());
    /// assert_eq!(engine.config().dump_task_quota, 5);
    /// ```
    pub fn config(&self) -> &EngineConfig {
        &self.config
    }

    /// The engine's current time in epoch milliseconds.
    ///
    /// ```
    /// let engine = dis_local::engine::Engine::new(Default::default());
    /// assert!(engine.now_ms() > 0);
    /// ```
    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// SplitMix64: good enough for ids and random routing, no dependency needed.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A 19-character alphanumeric id, the shape DIS uses for stream, app and task ids.
    pub(crate) fn new_id(&mut self) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        (0..19)
            .map(|_| ALPHABET[(self.next_u64() % ALPHABET.len() as u64) as usize] as char)
            .collect()
    }
}

/// Formats a partition index the way DIS answers it: `shardId-` and ten digits.
///
/// ```
/// assert_eq!(dis_local::engine::format_partition_id(3), "shardId-0000000003");
/// ```
pub fn format_partition_id(index: u32) -> String {
    format!("shardId-{index:010}")
}

/// Parses a partition id in either accepted form, `7` or `shardId-0000000007`.
/// Anything else is `DIS.4201`.
///
/// ```
/// use dis_local::engine::parse_partition_id;
/// assert_eq!(parse_partition_id("7").unwrap(), 7);
/// assert_eq!(parse_partition_id("shardId-0000000007").unwrap(), 7);
/// assert_eq!(parse_partition_id("seven").unwrap_err().code, "DIS.4201");
/// ```
pub fn parse_partition_id(id: &str) -> DisResult<u32> {
    let digits = id.strip_prefix("shardId-").unwrap_or(id);
    if digits.is_empty() || digits.len() > 10 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DisError::invalid_partition_id(id));
    }
    digits
        .parse::<u32>()
        .map_err(|_| DisError::invalid_partition_id(id))
}

/// Whether `name` has 1..=`max` characters, all of `[A-Za-z0-9_-]` (stream, app, task names).
///
/// ```
/// use dis_local::engine::is_valid_name;
/// assert!(is_valid_name("my_stream-1", 64));
/// assert!(!is_valid_name("", 64));
/// assert!(!is_valid_name("a.b", 64));
/// ```
pub fn is_valid_name(name: &str, max: usize) -> bool {
    !name.is_empty()
        && name.len() <= max
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

pub(crate) fn check_name(what: &str, name: &str, max: usize) -> DisResult<()> {
    if is_valid_name(name, max) {
        Ok(())
    } else {
        Err(DisError::invalid_request(format!(
            "{what} must have 1 to {max} characters of letters, digits, '_' and '-': {name:?}"
        )))
    }
}

#[cfg(test)]
pub(crate) mod testutil {
    use super::*;

    pub const T0: i64 = 1_700_000_000_000;

    pub fn engine() -> (Engine, Arc<ManualClock>) {
        engine_with(EngineConfig::default())
    }

    pub fn engine_with(config: EngineConfig) -> (Engine, Arc<ManualClock>) {
        let clock = Arc::new(ManualClock::new(T0));
        (Engine::with_clock(config, clock.clone()), clock)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partition_ids_parse_both_forms() {
        assert_eq!(parse_partition_id("0").unwrap(), 0);
        assert_eq!(parse_partition_id("shardId-0000000012").unwrap(), 12);
        assert_eq!(parse_partition_id("shardId-12").unwrap(), 12);
        for bad in [
            "",
            "-1",
            "shardId-",
            "shardId-x",
            "shard-1",
            "99999999999",
            " 1",
        ] {
            assert_eq!(
                parse_partition_id(bad).unwrap_err().code,
                "DIS.4201",
                "{bad}"
            );
        }
        assert_eq!(format_partition_id(12), "shardId-0000000012");
    }

    #[test]
    fn ids_are_19_alphanumerics_and_differ() {
        let mut e = Engine::new(EngineConfig::default());
        let a = e.new_id();
        let b = e.new_id();
        assert_eq!(a.len(), 19);
        assert!(a.bytes().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(a, b);
    }
}
