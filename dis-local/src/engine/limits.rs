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
    use std::time::Duration;

    use super::*;
    use crate::engine::cursors::{CursorType, GetCursor};
    use crate::engine::metrics::MetricsQuery;
    use crate::engine::records::{PutRecord, PutRecords, PutResult};
    use crate::engine::streams::CreateStream;
    use crate::engine::testutil::{T0, engine_with};
    use crate::engine::{Engine, EngineConfig, ManualClock};

    fn limited(stream_type: StreamType, partitions: i64) -> (Engine, std::sync::Arc<ManualClock>) {
        let (mut e, clock) = engine_with(EngineConfig {
            limits: Some(Limits::dis()),
            ..Default::default()
        });
        e.create_stream(CreateStream {
            stream_type: Some(stream_type),
            ..CreateStream::new("s", partitions)
        })
        .unwrap();
        (e, clock)
    }

    fn put(e: &mut Engine, n: usize, bytes: usize) -> Vec<PutResult> {
        let records = (0..n).map(|_| PutRecord::new(vec![1; bytes])).collect();
        e.put_records(PutRecords::new("s", records))
            .unwrap()
            .records
    }

    fn throttled(results: &[PutResult]) -> usize {
        results
            .iter()
            .filter(|r| {
                matches!(
                    r,
                    PutResult::Failed {
                        error_code: "DIS.4303",
                        ..
                    }
                )
            })
            .count()
    }

    #[test]
    fn records_over_the_record_rate_fail_one_by_one() {
        let (mut e, clock) = limited(StreamType::Common, 1);
        let results = put(&mut e, 1001, 1);
        assert_eq!(throttled(&results), 1);
        assert!(matches!(results[1000], PutResult::Failed { .. }));
        // One millisecond refills one record.
        clock.advance(Duration::from_millis(1));
        assert_eq!(throttled(&put(&mut e, 2, 1)), 1);
        clock.advance(Duration::from_secs(5));
        assert_eq!(throttled(&put(&mut e, 1000, 1)), 0);

        let (mut e, _) = limited(StreamType::Advanced, 1);
        assert_eq!(throttled(&put(&mut e, 2001, 1)), 1);
    }

    #[test]
    fn records_over_the_byte_rate_fail_and_the_others_are_stored() {
        let (mut e, clock) = limited(StreamType::Common, 1);
        let mib = 1 << 20;
        let results = put(&mut e, 2, mib);
        assert!(matches!(
            results[0],
            PutResult::Stored {
                sequence_number: 0,
                ..
            }
        ));
        match &results[1] {
            PutResult::Failed {
                error_code,
                error_message,
            } => {
                assert_eq!(*error_code, "DIS.4303");
                assert!(error_message.starts_with("Exceeded traffic control limit."));
                assert!(error_message.contains("1048576 bytes"), "{error_message}");
            }
            other => panic!("{other:?}"),
        }
        // Half a second refills half a MiB: a small record fits, a 1 MiB one does not.
        clock.advance(Duration::from_millis(500));
        let results = put(&mut e, 2, mib / 2);
        assert!(matches!(
            results[0],
            PutResult::Stored {
                sequence_number: 1,
                ..
            }
        ));
        assert_eq!(throttled(&results), 1);

        let (mut e, _) = limited(StreamType::Advanced, 1);
        assert_eq!(throttled(&put(&mut e, 5, mib)), 0);
        assert_eq!(throttled(&put(&mut e, 1, 1)), 1);
    }

    #[test]
    fn partitions_have_their_own_allowance() {
        let (mut e, _) = limited(StreamType::Common, 2);
        // Round robin: 2,000 records, 1,000 per partition.
        assert_eq!(throttled(&put(&mut e, 2000, 1)), 0);
        assert_eq!(throttled(&put(&mut e, 2, 1)), 2);
    }

    #[test]
    fn requests_over_the_request_rate_are_refused_whole() {
        let (mut e, clock) = limited(StreamType::Common, 1);
        for _ in 0..1000 {
            put(&mut e, 1, 0);
        }
        let refused = e
            .put_records(PutRecords::new("s", vec![PutRecord::new(vec![1])]))
            .unwrap_err();
        assert_eq!((refused.status, refused.code), (400, "DIS.4305"));
        assert!(refused.message.starts_with("Too many stream requests."));
        let d = e.show_stream("s", None, None).unwrap();
        assert_eq!(d.partitions[0].sequence_number_range(), "[0 : 1000]");
        clock.advance(Duration::from_millis(1));
        assert_eq!(throttled(&put(&mut e, 1, 0)), 0);
    }

    #[test]
    fn reads_over_the_read_rate_are_refused_until_refilled() {
        let (mut e, clock) = limited(StreamType::Common, 1);
        let mib = 1 << 20;
        for _ in 0..3 {
            put(&mut e, 1, mib);
            clock.advance(Duration::from_secs(1));
        }
        let read = |e: &mut Engine, cursor: &str| e.get_records(cursor, Some(8 * mib as i64), None);
        let c = e
            .get_cursor(&GetCursor {
                cursor_type: Some(CursorType::TrimHorizon),
                ..GetCursor::new("s", "0")
            })
            .unwrap();
        let first = read(&mut e, &c).unwrap();
        assert_eq!(first.records.len(), 2, "2 MiB/s allowance");
        let refused = read(&mut e, &first.next_partition_cursor).unwrap_err();
        assert_eq!((refused.status, refused.code), (400, "DIS.4303"));
        clock.advance(Duration::from_millis(1));
        // Some allowance is back: at least one record, even if it overdraws.
        let second = read(&mut e, &first.next_partition_cursor).unwrap();
        assert_eq!(second.records.len(), 1);
        assert_eq!(second.records[0].sequence_number, 2);
        assert_eq!(
            read(&mut e, &second.next_partition_cursor)
                .unwrap_err()
                .code,
            "DIS.4303"
        );

        let q = MetricsQuery {
            label: Some("traffic_control_get".into()),
            label_list: None,
            start_time: T0 / 1000,
            end_time: T0 / 1000 + 600,
        };
        let points = e
            .stream_metrics("s", &q)
            .unwrap()
            .metrics
            .unwrap()
            .data_points;
        assert_eq!(points.iter().map(|p| p.1).sum::<i64>(), 2);
    }

    #[test]
    fn read_requests_over_the_request_rate_are_refused() {
        let (mut e, clock) = limited(StreamType::Common, 1);
        let c = e
            .get_cursor(&GetCursor {
                cursor_type: Some(CursorType::TrimHorizon),
                ..GetCursor::new("s", "0")
            })
            .unwrap();
        for _ in 0..10 {
            e.get_records(&c, None, None).unwrap();
        }
        assert_eq!(e.get_records(&c, None, None).unwrap_err().code, "DIS.4305");
        clock.advance(Duration::from_millis(100));
        e.get_records(&c, None, None).unwrap();
    }

    #[test]
    fn throttled_records_count_in_the_metrics() {
        let (mut e, _) = limited(StreamType::Common, 1);
        put(&mut e, 1003, 1);
        let q = MetricsQuery {
            label: Some("traffic_control_put".into()),
            label_list: None,
            start_time: T0 / 1000,
            end_time: T0 / 1000 + 60,
        };
        let points = e
            .stream_metrics("s", &q)
            .unwrap()
            .metrics
            .unwrap()
            .data_points;
        assert_eq!(points.iter().map(|p| p.1).sum::<i64>(), 3);
    }

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
