//! PutRecords (routing, sequence numbers, per-record errors) and GetRecords.
//!
//! **Routing** of each record, first rule that applies:
//! 1. `partition_id` (either id form): that partition; malformed is `DIS.4201`, unknown or
//!    `DELETED` (not writable) is `DIS.4302`, as the record's own error entry;
//! 2. `explicit_hash_key` (decimal `0..=i64::MAX`, else `DIS.4200` for the record): the
//!    ACTIVE partition whose `hash_range` contains it;
//! 3. `partition_key`: the same, with the hash computed as the Java SDK does
//!    (`PartitionKeyUtils`): the first 8 bytes of MD5(key) read big-endian, `& i64::MAX`
//!    — see [`partition_key_hash`];
//! 4. otherwise round robin over the ACTIVE partitions (or at random, see
//!    [`Routing`]).
//!
//! A record whose decoded data exceeds 1 MiB gets its own `DIS.4200` entry; the other
//! records of the request are stored. A request whose decoded data adds up to more than
//! 5 MiB is rejected as a whole (`DIS.4200`) before anything is stored. Sequence numbers
//! count from 0 in each partition. A record's timestamp is its own `timestamp` when given,
//! else the arrival time; the type is always `CreateTime`.
//!
//! **GetRecords** returns records from the cursor's position, at most `limit` of them
//! (default 1000, at most 10000) and at most `max_fetch_bytes` of decoded data (default
//! 4 MiB). As DIS documents, a first record larger than `max_fetch_bytes` is not returned
//! at all: the answer is empty and the next cursor stays at the same position.
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream, records::{PutRecord, PutRecords}};
//! let mut e = Engine::new(Default::default());
//! e.create_stream(CreateStream::new("s", 1)).unwrap();
//! let a = e.put_records(PutRecords::new("s", vec![PutRecord::new(b"hello".to_vec())])).unwrap();
//! assert_eq!(a.failed_record_count, 0);
//! ```

use std::time::Instant;

use md5::{Digest, Md5};

use super::streams::{PartitionStatus, StoredRecord, Stream};
use super::{DisError, DisResult, Engine, Routing, format_partition_id, parse_partition_id};

/// One record of a PutRecords request, with `data` already base64-decoded.
///
/// ```
/// let r = dis_local::engine::records::PutRecord::new(b"hello".to_vec());
/// assert!(r.partition_key.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PutRecord {
    /// The opaque payload.
    pub data: Vec<u8>,
    /// Decimal hash key `0..=i64::MAX`.
    pub explicit_hash_key: Option<String>,
    /// Target partition, either id form.
    pub partition_id: Option<String>,
    /// Key hashed with MD5 to pick the partition.
    pub partition_key: Option<String>,
    /// The record's own CreateTime (ms).
    pub timestamp: Option<i64>,
}

impl PutRecord {
    /// A record with only data.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::records::PutRecord::new(vec![1]).data, [1]);
    /// ```
    pub fn new(data: Vec<u8>) -> Self {
        Self {
            data,
            ..Default::default()
        }
    }
}

/// Input of [`Engine::put_records`].
///
/// ```
/// use dis_local::engine::records::{PutRecord, PutRecords};
/// let req = PutRecords::new("s", vec![PutRecord::new(b"x".to_vec())]);
/// assert_eq!(req.records.len(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PutRecords {
    /// Stream name (may be empty when `stream_id` is given).
    pub stream_name: String,
    /// Used when no stream has `stream_name`.
    pub stream_id: Option<String>,
    /// The records, answered in this order.
    pub records: Vec<PutRecord>,
}

impl PutRecords {
    /// A request for a stream name.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::records::PutRecords::new("s", vec![]).stream_name, "s");
    /// ```
    pub fn new(stream_name: impl Into<String>, records: Vec<PutRecord>) -> Self {
        Self {
            stream_name: stream_name.into(),
            stream_id: None,
            records,
        }
    }
}

/// The result of one record: either where it went or why it failed.
///
/// ```
/// let ok = dis_local::engine::records::PutResult::Stored { partition_id: "shardId-0000000000".into(), sequence_number: 0 };
/// assert!(matches!(ok, dis_local::engine::records::PutResult::Stored { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PutResult {
    /// Stored.
    Stored {
        /// `shardId-…` form.
        partition_id: String,
        /// Its sequence number.
        sequence_number: u64,
    },
    /// Rejected; the other records are unaffected.
    Failed {
        /// DIS code, e.g. `DIS.4302`.
        error_code: &'static str,
        /// Message.
        error_message: String,
    },
}

/// PutRecords' answer.
///
/// ```
/// use dis_local::engine::{Engine, streams::CreateStream, records::*};
/// let mut e = Engine::new(Default::default());
/// e.create_stream(CreateStream::new("s", 1)).unwrap();
/// let bad = PutRecord { partition_id: Some("7".into()), ..PutRecord::new(vec![1]) };
/// let a = e.put_records(PutRecords::new("s", vec![PutRecord::new(vec![0]), bad])).unwrap();
/// assert_eq!(a.failed_record_count, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PutRecordsAnswer {
    /// How many records failed.
    pub failed_record_count: u32,
    /// One result per record, in request order.
    pub records: Vec<PutResult>,
}

/// A record as GetRecords returns it.
///
/// ```
/// let r = dis_local::engine::records::RecordOut { sequence_number: 0, data: vec![], partition_key: None, timestamp: 0, timestamp_type: "CreateTime" };
/// assert_eq!(r.timestamp_type, "CreateTime");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordOut {
    /// Sequence number in its partition.
    pub sequence_number: u64,
    /// The payload.
    pub data: Vec<u8>,
    /// Only when the record was written with a partition key.
    pub partition_key: Option<String>,
    /// CreateTime (ms).
    pub timestamp: i64,
    /// Always `CreateTime`.
    pub timestamp_type: &'static str,
}

/// GetRecords' answer.
///
/// ```
/// use dis_local::engine::{Engine, streams::CreateStream, cursors::{CursorType, GetCursor}};
/// let mut e = Engine::new(Default::default());
/// e.create_stream(CreateStream::new("s", 1)).unwrap();
/// let c = e.get_cursor(&GetCursor { cursor_type: Some(CursorType::TrimHorizon), ..GetCursor::new("s", "0") }).unwrap();
/// let a = e.get_records(&c, None, None).unwrap();
/// assert!(a.records.is_empty());
/// assert_eq!(a.millis_behind_latest, 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GetRecordsAnswer {
    /// The records read.
    pub records: Vec<RecordOut>,
    /// Cursor for the following call (fresh validity period).
    pub next_partition_cursor: String,
    /// Age of the oldest unread record (ms); 0 when the reader is at the tail.
    pub millis_behind_latest: i64,
}

/// The hash the Java SDK computes for a partition key: the first 8 bytes of MD5(key)
/// read as a big-endian integer, masked with `i64::MAX`.
///
/// ```
/// let h = dis_local::engine::records::partition_key_hash("user-1");
/// assert!(h >= 0);
/// assert_eq!(h, dis_local::engine::records::partition_key_hash("user-1"));
/// ```
pub fn partition_key_hash(key: &str) -> i64 {
    let digest = Md5::digest(key.as_bytes());
    let first: [u8; 8] = digest[..8].try_into().expect("MD5 has 16 bytes");
    (u64::from_be_bytes(first) & i64::MAX as u64) as i64
}

fn active_for_hash(stream: &Stream, hash: i64) -> Option<u32> {
    stream
        .partitions
        .iter()
        .position(|p| {
            p.status == PartitionStatus::Active && p.hash_start <= hash && hash <= p.hash_end
        })
        .map(|i| i as u32)
}

impl Engine {
    /// Takes one PutRecords request from the stream's request rate (DIS.4305 when used up).
    fn admit_put_request(&mut self, stream_name: &str, now: i64) -> DisResult<()> {
        let Some(limits) = self.config.limits else {
            return Ok(());
        };
        let stream = self
            .streams
            .get_mut(stream_name)
            .ok_or_else(|| DisError::stream_not_found(stream_name))?;
        let rate = limits.of(stream.stream_type).put_requests_per_sec
            * u64::from(stream.writable().max(1));
        stream.put_requests.refill(rate, now);
        if stream.put_requests.try_take(1) {
            return Ok(());
        }
        stream.metrics.add(now, |c| c.traffic_control_put += 1);
        Err(DisError::too_many_requests(format!(
            "stream {stream_name} takes {rate} PutRecords requests per second"
        )))
    }

    /// Takes one record of `bytes` from the partition's write rate (DIS.4303 when it
    /// cannot cover it); answers the partition index back.
    fn admit_record(
        &mut self,
        stream_name: &str,
        index: u32,
        bytes: usize,
        now: i64,
    ) -> DisResult<u32> {
        let Some(limits) = self.config.limits else {
            return Ok(index);
        };
        let stream = self.stream_mut(stream_name)?;
        let rates = limits.of(stream.stream_type);
        let p = &mut stream.partitions[index as usize];
        let b = &mut p.buckets;
        b.write_bytes.refill(rates.write_bytes_per_sec, now);
        b.write_records.refill(rates.write_records_per_sec, now);
        if b.write_bytes.available() >= bytes as u64 && b.write_records.available() >= 1 {
            b.write_bytes.spend(bytes as u64);
            b.write_records.spend(1);
            return Ok(index);
        }
        p.metrics.add(now, |c| c.traffic_control_put += 1);
        stream.metrics.add(now, |c| c.traffic_control_put += 1);
        Err(DisError::traffic_control(format!(
            "{} of stream {stream_name} takes {} bytes and {} records per second",
            format_partition_id(index),
            rates.write_bytes_per_sec,
            rates.write_records_per_sec
        )))
    }

    /// Takes one GetRecords request from the partition's request rate (DIS.4305) and
    /// answers how many bytes its read allowance has left (DIS.4303 when none).
    fn admit_get(&mut self, stream_name: &str, index: u32, now: i64) -> DisResult<Option<u64>> {
        let Some(limits) = self.config.limits else {
            return Ok(None);
        };
        let stream = self
            .streams
            .get_mut(stream_name)
            .ok_or_else(|| DisError::stream_not_found(stream_name))?;
        let rates = limits.of(stream.stream_type);
        let p = &mut stream.partitions[index as usize];
        let b = &mut p.buckets;
        b.get_requests.refill(rates.get_requests_per_sec, now);
        b.read_bytes.refill(rates.read_bytes_per_sec, now);
        let refused = if !b.get_requests.try_take(1) {
            DisError::too_many_requests(format!(
                "{} takes {} GetRecords requests per second",
                format_partition_id(index),
                rates.get_requests_per_sec
            ))
        } else if b.read_bytes.available() == 0 {
            DisError::traffic_control(format!(
                "{} of stream {stream_name} serves {} bytes per second",
                format_partition_id(index),
                rates.read_bytes_per_sec
            ))
        } else {
            return Ok(Some(b.read_bytes.available()));
        };
        p.metrics.add(now, |c| c.traffic_control_get += 1);
        stream.metrics.add(now, |c| c.traffic_control_get += 1);
        Err(refused)
    }

    fn route(&mut self, stream_name: &str, rec: &PutRecord) -> DisResult<u32> {
        let routing = self.config.routing;
        let random = self.next_u64();
        let stream = self.stream_mut(stream_name)?;
        if let Some(id) = rec.partition_id.as_deref().filter(|s| !s.is_empty()) {
            let index = parse_partition_id(id)?;
            return match stream.partitions.get(index as usize) {
                Some(p) if p.status == PartitionStatus::Active => Ok(index),
                Some(_) => Err(DisError::partition_not_found(format!(
                    "partition_id={id} is DELETED (scaled down): readable, not writable"
                ))),
                None => Err(DisError::partition_not_found(format!("partition_id={id}"))),
            };
        }
        let hash = if let Some(k) = rec.explicit_hash_key.as_deref().filter(|s| !s.is_empty()) {
            match k.parse::<u64>() {
                Ok(h) if h <= i64::MAX as u64 => Some(h as i64),
                _ => {
                    return Err(DisError::invalid_request(format!(
                        "explicit_hash_key must be a decimal number from 0 to 9223372036854775807: {k:?}"
                    )));
                }
            }
        } else {
            rec.partition_key.as_deref().map(partition_key_hash)
        };
        let writable = u64::from(stream.writable());
        if writable == 0 {
            return Err(DisError::partition_not_found(
                "the stream has no writable partition",
            ));
        }
        match hash {
            Some(h) => active_for_hash(stream, h)
                .ok_or_else(|| DisError::partition_not_found(format!("no partition for hash {h}"))),
            None => {
                let pick = match routing {
                    Routing::RoundRobin => {
                        let n = stream.rr_next;
                        stream.rr_next = stream.rr_next.wrapping_add(1);
                        n
                    }
                    Routing::Random => random,
                };
                Ok((pick % writable) as u32)
            }
        }
    }

    /// PutRecords. Request-level errors (nothing stored): DIS.4301 unknown stream, DIS.4202 no
    /// records, DIS.4200 more than 5 MiB of data. Per-record errors: see the module docs.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, records::*};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 2)).unwrap();
    /// let to_one = PutRecord { partition_id: Some("1".into()), ..PutRecord::new(b"a".to_vec()) };
    /// let a = e.put_records(PutRecords::new("s", vec![to_one.clone(), to_one])).unwrap();
    /// assert_eq!(a.records[1], PutResult::Stored { partition_id: "shardId-0000000001".into(), sequence_number: 1 });
    /// ```
    pub fn put_records(&mut self, req: PutRecords) -> DisResult<PutRecordsAnswer> {
        let started = Instant::now();
        let stream_name = match (
            self.streams.contains_key(&req.stream_name),
            req.stream_id.as_deref(),
        ) {
            (true, _) => req.stream_name.clone(),
            (false, Some(id)) if !id.is_empty() => self
                .stream_name_by_id(id)
                .ok_or_else(|| DisError::stream_not_found(&req.stream_name))?,
            _ => return Err(DisError::stream_not_found(&req.stream_name)),
        };
        if req.records.is_empty() {
            return Err(DisError::empty_request());
        }
        let total: usize = req.records.iter().map(|r| r.data.len()).sum();
        if total > self.config.max_request_bytes {
            return Err(DisError::invalid_request(format!(
                "the records of one request may hold at most {} bytes of data, got {total}",
                self.config.max_request_bytes
            )));
        }
        let now = self.now_ms();
        self.fresh_stream_mut(&stream_name)?;
        self.admit_put_request(&stream_name, now)?;
        let max_record = self.config.max_record_bytes;
        let mut results = Vec::with_capacity(req.records.len());
        let mut failed = 0;
        for rec in req.records {
            let routed = if rec.data.len() > max_record {
                Err(DisError::invalid_request(format!(
                    "a record may hold at most {max_record} bytes of data, got {}",
                    rec.data.len()
                )))
            } else if rec.timestamp.is_some_and(|t| t < 0) {
                Err(DisError::invalid_request("timestamp must not be negative"))
            } else {
                self.route(&stream_name, &rec)
                    .and_then(|index| self.admit_record(&stream_name, index, rec.data.len(), now))
            };
            match routed {
                Ok(index) => {
                    let stream = self.stream_mut(&stream_name)?;
                    let bytes = rec.data.len() as i64;
                    let p = &mut stream.partitions[index as usize];
                    let seq = p.latest();
                    p.records.push_back(StoredRecord {
                        data: rec.data,
                        partition_key: rec.partition_key,
                        timestamp: rec.timestamp.unwrap_or(now),
                        arrival_ms: now,
                    });
                    p.metrics.add(now, |c| {
                        c.put_bytes += bytes;
                        c.put_records += 1;
                    });
                    stream.metrics.add(now, |c| {
                        c.put_bytes += bytes;
                        c.put_records += 1;
                    });
                    results.push(PutResult::Stored {
                        partition_id: format_partition_id(index),
                        sequence_number: seq,
                    });
                }
                Err(e) => {
                    failed += 1;
                    results.push(PutResult::Failed {
                        error_code: e.code,
                        error_message: e.message,
                    });
                }
            }
        }
        let latency = started.elapsed().as_millis() as i64;
        self.stream_mut(&stream_name)?.metrics.add(now, |c| {
            c.put_requests += 1;
            c.put_latency_ms += latency;
        });
        Ok(PutRecordsAnswer {
            failed_record_count: failed,
            records: results,
        })
    }

    /// GetRecords. Errors: DIS.4217 invalid cursor, DIS.4225 expired cursor, DIS.4301 the
    /// cursor's stream is gone, DIS.4226 the cursor's position has expired (retention),
    /// DIS.4200 `max_fetch_bytes` < 1 or `limit` outside 1..=10000.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, records::*, cursors::*};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// e.put_records(PutRecords::new("s", vec![PutRecord::new(b"hi".to_vec())])).unwrap();
    /// let c = e.get_cursor(&GetCursor { starting_sequence_number: Some("0".into()), ..GetCursor::new("s", "0") }).unwrap();
    /// let a = e.get_records(&c, None, None).unwrap();
    /// assert_eq!(a.records[0].data, b"hi");
    /// assert_eq!(e.get_records("nonsense", None, None).unwrap_err().code, "DIS.4217");
    /// ```
    pub fn get_records(
        &mut self,
        cursor: &str,
        max_fetch_bytes: Option<i64>,
        limit: Option<i64>,
    ) -> DisResult<GetRecordsAnswer> {
        let started = Instant::now();
        let cursor = self.open_cursor(cursor)?;
        let limit = super::streams::page_limit(
            "limit",
            limit,
            self.config.default_get_limit,
            self.config.max_get_limit,
        )?;
        let budget = match max_fetch_bytes {
            None => self.config.default_fetch_bytes,
            Some(m) if m >= 1 => m as u64,
            Some(m) => {
                return Err(DisError::invalid_request(format!(
                    "max_fetch_bytes must be at least 1: {m}"
                )));
            }
        };
        let name = self
            .streams
            .values()
            .find(|s| s.id == cursor.stream_id)
            .map(|s| s.name.clone())
            .ok_or_else(|| DisError::stream_not_found(&cursor.stream_id))?;
        let now = self.now_ms();
        let stream = self.fresh_stream_mut(&name)?;
        let Some(p) = stream.partitions.get(cursor.partition as usize) else {
            return Err(DisError::invalid_cursor(
                "the cursor's partition does not exist",
            ));
        };
        if cursor.position < p.earliest() {
            return Err(DisError::cursor_position_expired());
        }
        let allowance = self.admit_get(&name, cursor.partition, now)?;
        let stream = self.fresh_stream_mut(&name)?;
        let p = &stream.partitions[cursor.partition as usize];
        let mut pos = cursor.position.min(p.latest());
        let mut used = 0u64;
        let mut records = Vec::new();
        while records.len() < limit {
            let Some(r) = p.record(pos) else { break };
            let size = r.data.len() as u64;
            let over_allowance = allowance.is_some_and(|a| used + size > a);
            if used + size > budget || (over_allowance && !records.is_empty()) {
                break;
            }
            used += size;
            records.push(RecordOut {
                sequence_number: pos,
                data: r.data.clone(),
                partition_key: r.partition_key.clone(),
                timestamp: r.timestamp,
                timestamp_type: "CreateTime",
            });
            pos += 1;
        }
        let millis_behind_latest = p.record(pos).map_or(0, |r| (now - r.arrival_ms).max(0));
        let count = records.len() as i64;
        let bytes = used as i64;
        let latency = started.elapsed().as_millis() as i64;
        if allowance.is_some() {
            stream.partitions[cursor.partition as usize]
                .buckets
                .read_bytes
                .spend(used);
        }
        stream.partitions[cursor.partition as usize]
            .metrics
            .add(now, |c| {
                c.get_bytes += bytes;
                c.get_records += count;
            });
        stream.metrics.add(now, |c| {
            c.get_bytes += bytes;
            c.get_records += count;
            c.get_requests += 1;
            c.get_latency_ms += latency;
        });
        let id = stream.id.clone();
        Ok(GetRecordsAnswer {
            records,
            next_partition_cursor: self.issue_cursor(&id, cursor.partition, pos),
            millis_behind_latest,
        })
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::engine::EngineConfig;
    use crate::engine::cursors::{CursorType, GetCursor};
    use crate::engine::streams::CreateStream;
    use crate::engine::testutil::{T0, engine, engine_with};

    fn put(e: &mut Engine, stream: &str, recs: Vec<PutRecord>) -> PutRecordsAnswer {
        e.put_records(PutRecords::new(stream, recs)).unwrap()
    }

    fn stored(r: &PutResult) -> (String, u64) {
        match r {
            PutResult::Stored {
                partition_id,
                sequence_number,
            } => (partition_id.clone(), *sequence_number),
            other => panic!("not stored: {other:?}"),
        }
    }

    fn cursor(
        e: &mut Engine,
        stream: &str,
        part: &str,
        t: CursorType,
        seq: Option<u64>,
        ts: Option<i64>,
    ) -> DisResult<String> {
        e.get_cursor(&GetCursor {
            cursor_type: Some(t),
            starting_sequence_number: seq.map(|s| s.to_string()),
            timestamp: ts,
            ..GetCursor::new(stream, part)
        })
    }

    #[test]
    fn java_sdk_hash_matches_known_md5() {
        // MD5("") = d41d8cd98f00b204 e9800998ecf8427e
        assert_eq!(
            partition_key_hash(""),
            0xd41d8cd98f00b204u64 as i64 & i64::MAX
        );
        // MD5("abc") = 900150983cd24fb0 d6963f7d28e17f72
        assert_eq!(
            partition_key_hash("abc"),
            (0x900150983cd24fb0u64 & i64::MAX as u64) as i64
        );
    }

    #[test]
    fn routing_rules() {
        let (mut e, _) = engine();
        e.create_stream(CreateStream::new("s", 4)).unwrap();
        let step = i64::MAX / 4;
        // explicit hash key picks by range
        let recs = [0, step - 1, step, 3 * step, i64::MAX]
            .iter()
            .map(|h| PutRecord {
                explicit_hash_key: Some(h.to_string()),
                ..PutRecord::new(vec![1])
            })
            .collect();
        let a = put(&mut e, "s", recs);
        let parts: Vec<String> = a.records.iter().map(|r| stored(r).0).collect();
        assert_eq!(
            parts,
            [
                "shardId-0000000000",
                "shardId-0000000000",
                "shardId-0000000001",
                "shardId-0000000003",
                "shardId-0000000003"
            ]
        );
        // partition id wins over keys
        let r = PutRecord {
            partition_id: Some("shardId-0000000002".into()),
            explicit_hash_key: Some("0".into()),
            partition_key: Some("k".into()),
            ..PutRecord::new(vec![1])
        };
        assert_eq!(
            stored(&put(&mut e, "s", vec![r]).records[0]).0,
            "shardId-0000000002"
        );
        // explicit hash key wins over partition key
        let r = PutRecord {
            explicit_hash_key: Some(i64::MAX.to_string()),
            partition_key: Some("k".into()),
            ..PutRecord::new(vec![1])
        };
        assert_eq!(
            stored(&put(&mut e, "s", vec![r]).records[0]).0,
            "shardId-0000000003"
        );
        // partition key: same key, same partition, the one the hash's range names
        let expected = format_partition_id((partition_key_hash("user-42") / step).min(3) as u32);
        for _ in 0..3 {
            let r = PutRecord {
                partition_key: Some("user-42".into()),
                ..PutRecord::new(vec![1])
            };
            assert_eq!(stored(&put(&mut e, "s", vec![r]).records[0]).0, expected);
        }
        // round robin
        let a = put(
            &mut e,
            "s",
            (0..8).map(|_| PutRecord::new(vec![1])).collect(),
        );
        let parts: Vec<String> = a.records.iter().map(|r| stored(r).0).collect();
        assert_eq!(parts[..4], parts[4..]);
        let mut distinct = parts[..4].to_vec();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), 4);
    }

    #[test]
    fn random_routing_stays_on_active_partitions() {
        let (mut e, _) = engine_with(EngineConfig {
            routing: Routing::Random,
            ..Default::default()
        });
        e.create_stream(CreateStream::new("s", 3)).unwrap();
        e.update_partition_count("s", 2).unwrap();
        let a = put(
            &mut e,
            "s",
            (0..50).map(|_| PutRecord::new(vec![1])).collect(),
        );
        assert!(
            a.records
                .iter()
                .all(|r| stored(r).0 != "shardId-0000000002")
        );
    }

    #[test]
    fn sequence_numbers_and_per_record_errors() {
        let (mut e, clock) = engine();
        e.create_stream(CreateStream::new("s", 2)).unwrap();
        e.update_partition_count("s", 1).unwrap();
        let to = |p: &str| PutRecord {
            partition_id: Some(p.into()),
            ..PutRecord::new(b"x".to_vec())
        };
        let big = PutRecord {
            partition_id: Some("0".into()),
            ..PutRecord::new(vec![0; 1024 * 1024 + 1])
        };
        let bad_hash = PutRecord {
            explicit_hash_key: Some("-1".into()),
            ..PutRecord::new(vec![1])
        };
        let a = put(
            &mut e,
            "s",
            vec![
                to("0"),
                to("1"),
                to("5"),
                to("x"),
                big,
                bad_hash,
                to("shardId-0000000000"),
            ],
        );
        assert_eq!(a.failed_record_count, 5);
        assert_eq!(stored(&a.records[0]), ("shardId-0000000000".into(), 0));
        let codes: Vec<&str> = a.records[1..6]
            .iter()
            .map(|r| match r {
                PutResult::Failed { error_code, .. } => *error_code,
                _ => "stored",
            })
            .collect();
        assert_eq!(
            codes,
            ["DIS.4302", "DIS.4302", "DIS.4201", "DIS.4200", "DIS.4200"]
        );
        assert_eq!(stored(&a.records[6]), ("shardId-0000000000".into(), 1));
        // exactly 1 MiB is fine
        let a = put(&mut e, "s", vec![PutRecord::new(vec![0; 1024 * 1024])]);
        assert_eq!(stored(&a.records[0]).1, 2);
        // own timestamp is kept, else arrival time
        clock.advance(Duration::from_millis(5));
        let own = PutRecord {
            timestamp: Some(123),
            ..PutRecord::new(b"t".to_vec())
        };
        put(&mut e, "s", vec![own, PutRecord::new(b"u".to_vec())]);
        let c = cursor(
            &mut e,
            "s",
            "0",
            CursorType::AtSequenceNumber,
            Some(3),
            None,
        )
        .unwrap();
        let got = e.get_records(&c, None, None).unwrap();
        assert_eq!(
            got.records.iter().map(|r| r.timestamp).collect::<Vec<_>>(),
            [123, T0 + 5]
        );
    }

    #[test]
    fn whole_request_limits() {
        let (mut e, _) = engine();
        e.create_stream(CreateStream::new("s", 1)).unwrap();
        assert_eq!(
            e.put_records(PutRecords::new("s", vec![]))
                .unwrap_err()
                .code,
            "DIS.4202"
        );
        assert_eq!(
            e.put_records(PutRecords::new("x", vec![PutRecord::new(vec![1])]))
                .unwrap_err()
                .code,
            "DIS.4301"
        );
        let six = (0..6)
            .map(|_| PutRecord::new(vec![0; 1024 * 1024]))
            .collect();
        assert_eq!(
            e.put_records(PutRecords::new("s", six)).unwrap_err().code,
            "DIS.4200"
        );
        assert_eq!(
            e.show_stream("s", None, None).unwrap().partitions[0].latest_offset,
            0
        );
        // stream_id fallback
        let id = e.show_stream("s", None, None).unwrap().info.stream_id;
        let req = PutRecords {
            stream_name: String::new(),
            stream_id: Some(id),
            records: vec![PutRecord::new(vec![1])],
        };
        assert_eq!(e.put_records(req).unwrap().failed_record_count, 0);
    }

    #[test]
    fn cursor_types() {
        let (mut e, clock) = engine();
        e.create_stream(CreateStream::new("s", 1)).unwrap();
        for i in 0..5u8 {
            clock.advance(Duration::from_millis(10));
            put(&mut e, "s", vec![PutRecord::new(vec![i])]);
        }
        let read = |e: &mut Engine, c: String| -> Vec<u8> {
            e.get_records(&c, None, None)
                .unwrap()
                .records
                .iter()
                .map(|r| r.data[0])
                .collect()
        };
        let c = cursor(&mut e, "s", "0", CursorType::TrimHorizon, None, None).unwrap();
        assert_eq!(read(&mut e, c), [0, 1, 2, 3, 4]);
        let c = cursor(
            &mut e,
            "s",
            "0",
            CursorType::AtSequenceNumber,
            Some(2),
            None,
        )
        .unwrap();
        assert_eq!(read(&mut e, c), [2, 3, 4]);
        let c = cursor(
            &mut e,
            "s",
            "0",
            CursorType::AfterSequenceNumber,
            Some(2),
            None,
        )
        .unwrap();
        assert_eq!(read(&mut e, c), [3, 4]);
        let c = cursor(
            &mut e,
            "s",
            "0",
            CursorType::AtTimestamp,
            None,
            Some(T0 + 30),
        )
        .unwrap();
        assert_eq!(read(&mut e, c), [2, 3, 4]);
        let c = cursor(
            &mut e,
            "s",
            "0",
            CursorType::AtTimestamp,
            None,
            Some(T0 + 1000),
        )
        .unwrap();
        assert_eq!(read(&mut e, c), Vec::<u8>::new());
        let latest = cursor(&mut e, "s", "0", CursorType::Latest, None, None).unwrap();
        let a = e.get_records(&latest, None, None).unwrap();
        assert!(a.records.is_empty());
        put(&mut e, "s", vec![PutRecord::new(vec![5])]);
        assert_eq!(read(&mut e, a.next_partition_cursor), [5]);
        // AT latest (tail) is allowed, beyond is out of range
        assert!(
            cursor(
                &mut e,
                "s",
                "0",
                CursorType::AtSequenceNumber,
                Some(6),
                None
            )
            .is_ok()
        );
        let err = cursor(
            &mut e,
            "s",
            "0",
            CursorType::AtSequenceNumber,
            Some(7),
            None,
        )
        .unwrap_err();
        assert_eq!(err.code, "DIS.4224");
        assert!(
            cursor(
                &mut e,
                "s",
                "0",
                CursorType::AfterSequenceNumber,
                Some(5),
                None
            )
            .is_ok()
        );
        let err = cursor(
            &mut e,
            "s",
            "0",
            CursorType::AfterSequenceNumber,
            Some(6),
            None,
        )
        .unwrap_err();
        assert_eq!(err.code, "DIS.4224");
    }

    #[test]
    fn cursor_expiry_with_tiny_ttl() {
        let (mut e, clock) = engine_with(EngineConfig {
            cursor_ttl: Duration::from_millis(100),
            ..Default::default()
        });
        e.create_stream(CreateStream::new("s", 1)).unwrap();
        put(
            &mut e,
            "s",
            vec![PutRecord::new(vec![1]), PutRecord::new(vec![2])],
        );
        let c = cursor(&mut e, "s", "0", CursorType::TrimHorizon, None, None).unwrap();
        clock.advance(Duration::from_millis(100));
        let a = e.get_records(&c, None, Some(1)).unwrap();
        assert_eq!(a.records.len(), 1);
        clock.advance(Duration::from_millis(101));
        assert_eq!(e.get_records(&c, None, None).unwrap_err().code, "DIS.4225");
        assert_eq!(
            e.get_records(&a.next_partition_cursor, None, None)
                .unwrap_err()
                .code,
            "DIS.4225"
        );
    }

    #[test]
    fn default_ttl_is_five_minutes() {
        let (mut e, clock) = engine();
        e.create_stream(CreateStream::new("s", 1)).unwrap();
        let c = cursor(&mut e, "s", "0", CursorType::Latest, None, None).unwrap();
        clock.advance(Duration::from_secs(300));
        assert!(e.get_records(&c, None, None).is_ok());
        clock.advance(Duration::from_millis(1));
        assert_eq!(e.get_records(&c, None, None).unwrap_err().code, "DIS.4225");
    }

    #[test]
    fn max_fetch_bytes_and_limit() {
        let (mut e, _) = engine();
        e.create_stream(CreateStream::new("s", 1)).unwrap();
        put(
            &mut e,
            "s",
            (0..5).map(|_| PutRecord::new(vec![7; 10])).collect(),
        );
        let c = cursor(&mut e, "s", "0", CursorType::TrimHorizon, None, None).unwrap();
        let a = e.get_records(&c, Some(25), None).unwrap();
        assert_eq!(a.records.len(), 2);
        let a = e
            .get_records(&a.next_partition_cursor, Some(30), Some(2))
            .unwrap();
        assert_eq!(
            a.records
                .iter()
                .map(|r| r.sequence_number)
                .collect::<Vec<_>>(),
            [2, 3]
        );
        // smaller than one record: nothing, and the cursor does not move
        let stuck = e
            .get_records(&a.next_partition_cursor, Some(9), None)
            .unwrap();
        assert!(stuck.records.is_empty());
        assert!(stuck.millis_behind_latest >= 0);
        let again = e
            .get_records(&stuck.next_partition_cursor, Some(10), None)
            .unwrap();
        assert_eq!(again.records[0].sequence_number, 4);
        assert_eq!(
            e.get_records(&c, Some(0), None).unwrap_err().code,
            "DIS.4200"
        );
        assert_eq!(
            e.get_records(&c, None, Some(0)).unwrap_err().code,
            "DIS.4200"
        );
        assert_eq!(
            e.get_records(&c, None, Some(10_001)).unwrap_err().code,
            "DIS.4200"
        );
        // the default count limit
        put(
            &mut e,
            "s",
            (0..1200).map(|_| PutRecord::new(vec![1])).collect(),
        );
        let a = e.get_records(&c, None, None).unwrap();
        assert_eq!(a.records.len(), 1000);
        let a = e.get_records(&c, None, Some(2000)).unwrap();
        assert_eq!(a.records.len(), 1205);
    }

    #[test]
    fn deleted_partitions_stay_readable() {
        let (mut e, _) = engine();
        e.create_stream(CreateStream::new("s", 2)).unwrap();
        let to1 = PutRecord {
            partition_id: Some("1".into()),
            ..PutRecord::new(b"old".to_vec())
        };
        put(&mut e, "s", vec![to1.clone()]);
        e.update_partition_count("s", 1).unwrap();
        assert_eq!(put(&mut e, "s", vec![to1.clone()]).failed_record_count, 1);
        let c = cursor(&mut e, "s", "1", CursorType::TrimHorizon, None, None).unwrap();
        assert_eq!(
            e.get_records(&c, None, None).unwrap().records[0].data,
            b"old"
        );
        // scale up again: the partition is writable and continues its sequence
        e.update_partition_count("s", 2).unwrap();
        assert_eq!(
            stored(&put(&mut e, "s", vec![to1]).records[0]),
            ("shardId-0000000001".into(), 1)
        );
    }

    #[test]
    fn retention_trims_and_expired_positions_fail() {
        let (mut e, clock) = engine();
        e.create_stream(CreateStream::new("s", 1)).unwrap();
        put(&mut e, "s", vec![PutRecord::new(vec![1])]);
        let c = cursor(&mut e, "s", "0", CursorType::TrimHorizon, None, None).unwrap();
        clock.advance(Duration::from_secs(24 * 3600 - 60));
        put(&mut e, "s", vec![PutRecord::new(vec![2])]);
        clock.advance(Duration::from_secs(61));
        let d = e.show_stream("s", None, None).unwrap();
        assert_eq!(d.partitions[0].sequence_number_range(), "[1 : 2]");
        let c2 = cursor(&mut e, "s", "0", CursorType::TrimHorizon, None, None).unwrap();
        assert_eq!(e.get_records(&c2, None, None).unwrap().records[0].data, [2]);
        assert_eq!(
            cursor(
                &mut e,
                "s",
                "0",
                CursorType::AtSequenceNumber,
                Some(0),
                None
            )
            .unwrap_err()
            .code,
            "DIS.4224"
        );
        // the old cursor has outlived its 5-minute validity first
        assert_eq!(e.get_records(&c, None, None).unwrap_err().code, "DIS.4225");
    }

    #[test]
    fn expired_position_is_4226() {
        let (mut e, clock) = engine_with(EngineConfig {
            cursor_ttl: Duration::from_secs(48 * 3600),
            ..Default::default()
        });
        e.create_stream(CreateStream::new("s", 1)).unwrap();
        put(&mut e, "s", vec![PutRecord::new(vec![1])]);
        let c = cursor(&mut e, "s", "0", CursorType::TrimHorizon, None, None).unwrap();
        clock.advance(Duration::from_secs(25 * 3600));
        assert_eq!(e.get_records(&c, None, None).unwrap_err().code, "DIS.4226");
    }

    #[test]
    fn millis_behind_latest_and_deleted_stream() {
        let (mut e, clock) = engine();
        e.create_stream(CreateStream::new("s", 1)).unwrap();
        put(
            &mut e,
            "s",
            vec![PutRecord::new(vec![1]), PutRecord::new(vec![2])],
        );
        clock.advance(Duration::from_millis(250));
        let c = cursor(&mut e, "s", "0", CursorType::TrimHorizon, None, None).unwrap();
        let a = e.get_records(&c, None, Some(1)).unwrap();
        assert_eq!(a.millis_behind_latest, 250);
        let b = e.get_records(&a.next_partition_cursor, None, None).unwrap();
        assert_eq!(b.millis_behind_latest, 0);
        e.delete_stream("s").unwrap();
        e.create_stream(CreateStream::new("s", 1)).unwrap();
        assert_eq!(e.get_records(&c, None, None).unwrap_err().code, "DIS.4301");
    }
}
