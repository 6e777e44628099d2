//! Throughput limits per partition, as DIS enforces them; off unless
//! [`EngineConfig::limits`](super::EngineConfig::limits) is set (`--enforce-limits`).
//!
//! Every limit is a token bucket that holds at most one second of its rate and refills
//! continuously on the engine's [clock](super::Clock) (so a [`ManualClock`](super::ManualClock)
//! makes throttling deterministic). A new partition, and every partition after a
//! restart, starts with full buckets.
//!
//! | limit | COMMON | ADVANCED | when used up |
//! |---|---|---|---|
//! | written bytes per partition | 1 MiB/s | 5 MiB/s | that record: `DIS.4303` |
//! | written records per partition | 1,000/s | 2,000/s | that record: `DIS.4303` |
//! | PutRecords requests per stream | 1,000/s per writable partition | 2,000/s per writable partition | the request: 400 `DIS.4305`, nothing stored |
//! | read bytes per partition | 2 MiB/s | 10 MiB/s | the GetRecords request: 400 `DIS.4303` |
//! | GetRecords requests per partition | 10/s | 10/s | the GetRecords request: 400 `DIS.4305` |
//!
//! The byte and record rates are the reference's per-partition rates ("MB" read as MiB).
//! The reference gives no request rates: the PutRecords rate equals the record rate (a
//! request carries at least one record), the GetRecords rate is the emulator's choice.
//!
//! **PutRecords**: a request within the request rate is taken; each record routed to a
//! partition whose byte or record allowance cannot cover it fails on its own with
//! `DIS.4303` (the others are stored), like the service's partial failures.
//! **GetRecords**: refused with `DIS.4303` while the partition's read allowance is used
//! up; otherwise it returns at most what is left of the allowance (at least one record,
//! which may overdraw it, so a large record is never stuck), and what it returns is
//! taken from the allowance. Refused requests and records count in the
//! `traffic_control_put` / `traffic_control_get` metrics.
//!
//! ```
//! use std::sync::Arc;
//! use std::time::Duration;
//! use dis_local::engine::{Engine, EngineConfig, ManualClock, limits::Limits, streams::CreateStream};
//! use dis_local::engine::records::{PutRecord, PutRecords};
//! let clock = Arc::new(ManualClock::new(0));
//! let config = EngineConfig { limits: Some(Limits::dis()), ..Default::default() };
//! let mut e = Engine::with_clock(config, clock.clone());
//! e.create_stream(CreateStream::new("s", 1)).unwrap();
//! let mib = || PutRecord::new(vec![0; 1024 * 1024]);
//! assert_eq!(e.put_records(PutRecords::new("s", vec![mib(), mib()])).unwrap().failed_record_count, 1);
//! clock.advance(Duration::from_secs(1));
//! assert_eq!(e.put_records(PutRecords::new("s", vec![mib()])).unwrap().failed_record_count, 0);
//! ```

use super::streams::StreamType;

/// The rates of one partition of a stream type.
///
/// ```
/// let r = dis_local::engine::limits::Limits::dis().common;
/// assert_eq!((r.write_bytes_per_sec, r.write_records_per_sec, r.read_bytes_per_sec), (1 << 20, 1000, 2 << 20));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartitionRates {
    /// Bytes of record data written per second.
    pub write_bytes_per_sec: u64,
    /// Records written per second.
    pub write_records_per_sec: u64,
    /// Bytes of record data read per second.
    pub read_bytes_per_sec: u64,
    /// PutRecords requests per second, per writable partition of the stream.
    pub put_requests_per_sec: u64,
    /// GetRecords requests per second.
    pub get_requests_per_sec: u64,
}

/// Throughput limits by stream type.
///
/// ```
/// let l = dis_local::engine::limits::Limits::dis();
/// assert_eq!(l.advanced.write_bytes_per_sec, 5 << 20);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Rates of a COMMON partition.
    pub common: PartitionRates,
    /// Rates of an ADVANCED partition.
    pub advanced: PartitionRates,
}

const MIB: u64 = 1024 * 1024;

impl Limits {
    /// The service's rates (see the [module docs](self)).
    ///
    /// ```
    /// assert_eq!(dis_local::engine::limits::Limits::dis(), Default::default());
    /// ```
    pub fn dis() -> Self {
        Self {
            common: PartitionRates {
                write_bytes_per_sec: MIB,
                write_records_per_sec: 1000,
                read_bytes_per_sec: 2 * MIB,
                put_requests_per_sec: 1000,
                get_requests_per_sec: 10,
            },
            advanced: PartitionRates {
                write_bytes_per_sec: 5 * MIB,
                write_records_per_sec: 2000,
                read_bytes_per_sec: 10 * MIB,
                put_requests_per_sec: 2000,
                get_requests_per_sec: 10,
            },
        }
    }

    /// The rates of a partition of `stream_type`.
    ///
    /// ```
    /// use dis_local::engine::{limits::Limits, streams::StreamType};
    /// assert_eq!(Limits::dis().of(StreamType::Advanced).write_records_per_sec, 2000);
    /// ```
    pub fn of(&self, stream_type: StreamType) -> PartitionRates {
        match stream_type {
            StreamType::Common => self.common,
            StreamType::Advanced => self.advanced,
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Self::dis()
    }
}

/// A token bucket holding up to one second of its rate, counted in thousandths of a
/// token so that refilling by the millisecond is exact.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bucket {
    milli_tokens: i128,
    last_ms: Option<i64>,
}

impl Default for Bucket {
    /// Full at its first use.
    fn default() -> Self {
        Self {
            milli_tokens: i128::MAX,
            last_ms: None,
        }
    }
}

impl Bucket {
    /// Adds what `rate` (tokens per second) gave since the last refill, up to one second.
    pub fn refill(&mut self, rate: u64, now_ms: i64) {
        let capacity = i128::from(rate) * 1000;
        let elapsed = self.last_ms.map_or(0, |last| (now_ms - last).max(0));
        self.milli_tokens = self
            .milli_tokens
            .saturating_add(i128::from(rate) * i128::from(elapsed))
            .min(capacity);
        self.last_ms = Some(self.last_ms.map_or(now_ms, |last| last.max(now_ms)));
    }

    /// Whole tokens available (0 when overdrawn).
    pub fn available(&self) -> u64 {
        u64::try_from(self.milli_tokens.max(0) / 1000).unwrap_or(u64::MAX)
    }

    /// Takes `n` tokens, which may overdraw the bucket.
    pub fn spend(&mut self, n: u64) {
        self.milli_tokens -= i128::from(n) * 1000;
    }

    /// Takes `n` tokens if there are that many.
    pub fn try_take(&mut self, n: u64) -> bool {
        let ok = self.available() >= n;
        if ok {
            self.spend(n);
        }
        ok
    }
}

/// The buckets of one partition.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PartitionBuckets {
    pub write_bytes: Bucket,
    pub write_records: Bucket,
    pub read_bytes: Bucket,
    pub get_requests: Bucket,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_refills_by_the_millisecond_up_to_one_second() {
        let mut b = Bucket::default();
        b.refill(1000, 0);
        assert_eq!(b.available(), 1000);
        assert!(b.try_take(1000));
        assert!(!b.try_take(1));
        b.refill(1000, 1);
        assert_eq!(b.available(), 1);
        b.refill(1000, 10_000);
        assert_eq!(b.available(), 1000);
        b.spend(1500);
        assert_eq!(b.available(), 0);
        b.refill(1000, 10_499);
        assert_eq!(b.available(), 0);
        b.refill(1000, 10_501);
        assert_eq!(b.available(), 1);
        // A clock that goes back does not refill.
        b.refill(1000, 5);
        assert_eq!(b.available(), 1);
    }

    #[test]
    fn rates_follow_the_reference() {
        let l = Limits::dis();
        assert_eq!(l.of(StreamType::Common).write_bytes_per_sec, MIB);
        assert_eq!(l.of(StreamType::Common).write_records_per_sec, 1000);
        assert_eq!(l.of(StreamType::Common).read_bytes_per_sec, 2 * MIB);
        assert_eq!(l.of(StreamType::Advanced).write_bytes_per_sec, 5 * MIB);
        assert_eq!(l.of(StreamType::Advanced).write_records_per_sec, 2000);
        assert_eq!(l.of(StreamType::Advanced).read_bytes_per_sec, 10 * MIB);
    }
}
