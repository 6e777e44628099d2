//! Streams and partitions: create, list, show, delete, change the partition count.
//!
//! Partitions are numbered `0..n` and answered as `shardId-0000000000`…; requests may use
//! either form. Scaling down marks the highest partitions `DELETED` (still readable, no longer
//! writable); scaling up first reactivates `DELETED` partitions in index order (keeping their
//! data and sequence numbers), then appends new ones, so the writable partitions are always
//! `0..writable_partition_count`. After every change the hash key space `[0, i64::MAX]` is
//! split evenly over the writable partitions; `DELETED` partitions keep the range they had.
//!
//! Offsets follow DIS's Kafka-like model: a partition's `earliest` offset is the sequence
//! number of its oldest retained record and `latest` is the sequence number the next record
//! will get, so an empty partition reads `[0 : 0]` in `sequence_number_range`.
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream};
//! let mut e = Engine::new(Default::default());
//! e.create_stream(CreateStream::new("s", 2)).unwrap();
//! e.update_partition_count("s", 1).unwrap();
//! assert_eq!(e.show_stream("s", None, None).unwrap().info.readable_partition_count, 2);
//! ```

use std::collections::VecDeque;
use std::str::FromStr;

use super::dump::DumpTask;
use super::limits::{Bucket, PartitionBuckets};
use super::metrics::Series;
use super::tags::{SysTag, Tag, validate_tag_set};
use super::{DisError, DisResult, Engine, check_name, format_partition_id, parse_partition_id};

/// Stream type: throughput class of the partitions.
///
/// ```
/// use dis_local::engine::streams::StreamType;
/// assert_eq!("ADVANCED".parse::<StreamType>().unwrap(), StreamType::Advanced);
/// assert_eq!(StreamType::Common.as_str(), "COMMON");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum StreamType {
    /// `COMMON` (1 MB/s write per partition).
    #[default]
    Common,
    /// `ADVANCED` (5 MB/s write per partition).
    Advanced,
}

impl StreamType {
    /// The wire spelling.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::streams::StreamType::Advanced.as_str(), "ADVANCED");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Common => "COMMON",
            Self::Advanced => "ADVANCED",
        }
    }
}

impl FromStr for StreamType {
    type Err = DisError;
    fn from_str(s: &str) -> DisResult<Self> {
        match s {
            "COMMON" => Ok(Self::Common),
            "ADVANCED" => Ok(Self::Advanced),
            _ => Err(DisError::invalid_request(format!(
                "stream_type must be COMMON or ADVANCED: {s:?}"
            ))),
        }
    }
}

/// Source data type of a stream.
///
/// ```
/// use dis_local::engine::streams::DataType;
/// assert_eq!("JSON".parse::<DataType>().unwrap().as_str(), "JSON");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum DataType {
    /// `BLOB` (default).
    #[default]
    Blob,
    /// `JSON`.
    Json,
    /// `CSV`.
    Csv,
}

impl DataType {
    /// The wire spelling.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::streams::DataType::Csv.as_str(), "CSV");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Blob => "BLOB",
            Self::Json => "JSON",
            Self::Csv => "CSV",
        }
    }
}

impl FromStr for DataType {
    type Err = DisError;
    fn from_str(s: &str) -> DisResult<Self> {
        match s {
            "BLOB" => Ok(Self::Blob),
            "JSON" => Ok(Self::Json),
            "CSV" => Ok(Self::Csv),
            _ => Err(DisError::invalid_request(format!(
                "data_type must be BLOB, JSON or CSV: {s:?}"
            ))),
        }
    }
}

/// Server-side compression attribute of a stream (stored and echoed only).
///
/// ```
/// use dis_local::engine::streams::CompressionFormat;
/// assert_eq!("gzip".parse::<CompressionFormat>().unwrap().as_str(), "gzip");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum CompressionFormat {
    /// `snappy`.
    Snappy,
    /// `gzip`.
    Gzip,
    /// `zip`.
    Zip,
}

impl CompressionFormat {
    /// The wire spelling.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::streams::CompressionFormat::Zip.as_str(), "zip");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Snappy => "snappy",
            Self::Gzip => "gzip",
            Self::Zip => "zip",
        }
    }
}

impl FromStr for CompressionFormat {
    type Err = DisError;
    fn from_str(s: &str) -> DisResult<Self> {
        match s {
            "snappy" => Ok(Self::Snappy),
            "gzip" => Ok(Self::Gzip),
            "zip" => Ok(Self::Zip),
            _ => Err(DisError::invalid_request(format!(
                "compression_format must be snappy, gzip or zip: {s:?}"
            ))),
        }
    }
}

/// Status of a partition.
///
/// ```
/// assert_eq!(dis_local::engine::streams::PartitionStatus::Deleted.as_str(), "DELETED");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum PartitionStatus {
    /// Readable and writable.
    Active,
    /// Removed by a scale-down: readable, not writable.
    Deleted,
}

impl PartitionStatus {
    /// The wire spelling.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::streams::PartitionStatus::Active.as_str(), "ACTIVE");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Deleted => "DELETED",
        }
    }
}

/// CSV attributes of a stream.
///
/// ```
/// let p = dis_local::engine::streams::CsvProperties { delimiter: Some(";".into()) };
/// assert_eq!(p.delimiter.as_deref(), Some(";"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct CsvProperties {
    /// Field separator.
    pub delimiter: Option<String>,
}

/// Input of [`Engine::create_stream`]; numbers are wide so that out-of-range values from
/// the wire reach the engine's checks instead of failing to convert.
///
/// ```
/// use dis_local::engine::streams::{CreateStream, StreamType};
/// let req = CreateStream { stream_type: Some(StreamType::Advanced), ..CreateStream::new("s", 1) };
/// assert_eq!(req.partition_count, 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct CreateStream {
    /// 1..64 characters of `[A-Za-z0-9_-]`.
    pub stream_name: String,
    /// At least 1, within the partition quota (DIS.4308).
    pub partition_count: i64,
    /// Default `COMMON`.
    pub stream_type: Option<StreamType>,
    /// Default `BLOB`.
    pub data_type: Option<DataType>,
    /// Retention in hours, 24..72, default 24.
    pub data_duration: Option<i64>,
    /// Default false.
    pub auto_scale_enabled: Option<bool>,
    /// At least 1 when given.
    pub auto_scale_min_partition_count: Option<i64>,
    /// At least the minimum when both are given.
    pub auto_scale_max_partition_count: Option<i64>,
    /// Avro schema (must be JSON, else DIS.4360).
    pub data_schema: Option<String>,
    /// CSV attributes.
    pub csv_properties: Option<CsvProperties>,
    /// Default: none.
    pub compression_format: Option<CompressionFormat>,
    /// At most 10 (DIS.4601), unique keys.
    pub tags: Vec<Tag>,
    /// Enterprise project tags.
    pub sys_tags: Vec<SysTag>,
}

impl CreateStream {
    /// A request with a name and a partition count, everything else defaulted.
    ///
    /// ```
    /// let req = dis_local::engine::streams::CreateStream::new("orders", 3);
    /// assert_eq!(req.stream_name, "orders");
    /// ```
    pub fn new(stream_name: impl Into<String>, partition_count: i64) -> Self {
        Self {
            stream_name: stream_name.into(),
            partition_count,
            ..Default::default()
        }
    }
}

/// One entry of a stream's scaling history (`update_partition_counts`).
///
/// ```
/// use dis_local::engine::{Engine, streams::CreateStream};
/// let mut e = Engine::new(Default::default());
/// e.create_stream(CreateStream::new("s", 1)).unwrap();
/// e.update_partition_count("s", 2).unwrap();
/// let h = &e.show_stream("s", None, None).unwrap().info.update_partition_counts;
/// assert_eq!((h[0].src_partition_count, h[0].target_partition_count), (1, 2));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ScalingRecord {
    /// When the scaling happened (ms).
    pub create_timestamp: i64,
    /// Writable partitions before.
    pub src_partition_count: u32,
    /// Writable partitions after.
    pub target_partition_count: u32,
    /// Always 0 (success) in the emulator. There is no `result_msg`: the reference types it
    /// as an integer without saying what it holds, and the generated SDKs decode it as
    /// one, so ShowStream leaves it out.
    pub result_code: i32,
    /// Always false: the emulator does not scale on its own.
    pub auto_scale: bool,
}

/// A partition as ShowStream answers it.
///
/// ```
/// use dis_local::engine::{Engine, streams::CreateStream};
/// let mut e = Engine::new(Default::default());
/// e.create_stream(CreateStream::new("s", 1)).unwrap();
/// let p = &e.show_stream("s", None, None).unwrap().partitions[0];
/// assert_eq!(p.hash_range(), "[0 : 9223372036854775807]");
/// assert_eq!(p.sequence_number_range(), "[0 : 0]");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionInfo {
    /// Index `n` of `shardId-n`.
    pub index: u32,
    /// `shardId-0000000000` form.
    pub partition_id: String,
    /// ACTIVE or DELETED.
    pub status: PartitionStatus,
    /// First hash key routed here (inclusive).
    pub hash_start: i64,
    /// Last hash key routed here (inclusive).
    pub hash_end: i64,
    /// Sequence number of the oldest retained record.
    pub earliest_offset: u64,
    /// Sequence number the next record will get.
    pub latest_offset: u64,
}

impl PartitionInfo {
    /// `"[start : end]"` as DIS formats `hash_range`.
    ///
    /// ```
    /// # use dis_local::engine::{Engine, streams::CreateStream};
    /// # let mut e = Engine::new(Default::default());
    /// # e.create_stream(CreateStream::new("s", 2)).unwrap();
    /// let p = &e.show_stream("s", None, None).unwrap().partitions[1];
    /// assert_eq!(p.hash_range(), "[4611686018427387903 : 9223372036854775807]");
    /// ```
    pub fn hash_range(&self) -> String {
        format!("[{} : {}]", self.hash_start, self.hash_end)
    }

    /// `"[earliest : latest]"` as DIS formats `sequence_number_range`.
    ///
    /// ```
    /// # use dis_local::engine::{Engine, streams::CreateStream};
    /// # let mut e = Engine::new(Default::default());
    /// # e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// assert_eq!(e.show_stream("s", None, None).unwrap().partitions[0].sequence_number_range(), "[0 : 0]");
    /// ```
    pub fn sequence_number_range(&self) -> String {
        format!("[{} : {}]", self.earliest_offset, self.latest_offset)
    }
}

/// The stream attributes shared by ListStreams and ShowStream.
///
/// ```
/// use dis_local::engine::{Engine, streams::CreateStream};
/// let mut e = Engine::new(Default::default());
/// e.create_stream(CreateStream::new("s", 1)).unwrap();
/// let info = e.show_stream("s", None, None).unwrap().info;
/// assert_eq!((info.status, info.retention_period), ("RUNNING", 24));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamInfo {
    /// Generated, unique, 19 characters.
    pub stream_id: String,
    /// Name.
    pub stream_name: String,
    /// Creation time (ms).
    pub create_time: i64,
    /// Last change (creation, scaling, tag change) (ms).
    pub last_modified_time: i64,
    /// Always `RUNNING`.
    pub status: &'static str,
    /// COMMON or ADVANCED.
    pub stream_type: StreamType,
    /// BLOB, JSON or CSV.
    pub data_type: DataType,
    /// Retention in hours.
    pub retention_period: u32,
    /// Avro schema, if set.
    pub data_schema: Option<String>,
    /// Compression attribute, if set.
    pub compression_format: Option<CompressionFormat>,
    /// CSV attributes, if set.
    pub csv_properties: Option<CsvProperties>,
    /// ACTIVE partitions (the list's `partition_count`).
    pub writable_partition_count: u32,
    /// ACTIVE + DELETED partitions.
    pub readable_partition_count: u32,
    /// Scaling history, oldest first.
    pub update_partition_counts: Vec<ScalingRecord>,
    /// Tags in insertion order.
    pub tags: Vec<Tag>,
    /// Enterprise project tags.
    pub sys_tags: Vec<SysTag>,
    /// Auto-scale switch (stored only).
    pub auto_scale_enabled: bool,
    /// Auto-scale minimum (0 when unset).
    pub auto_scale_min_partition_count: i64,
    /// Auto-scale maximum (0 when unset).
    pub auto_scale_max_partition_count: i64,
}

/// ShowStream's answer: the stream plus one page of partitions.
///
/// ```
/// use dis_local::engine::{Engine, streams::CreateStream};
/// let mut e = Engine::new(Default::default());
/// e.create_stream(CreateStream::new("s", 3)).unwrap();
/// let page = e.show_stream("s", Some("0"), Some(1)).unwrap();
/// assert_eq!(page.partitions[0].partition_id, "shardId-0000000001");
/// assert!(page.has_more_partitions);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamDetails {
    /// Stream attributes.
    pub info: StreamInfo,
    /// The requested page of partitions.
    pub partitions: Vec<PartitionInfo>,
    /// Whether partitions follow the page.
    pub has_more_partitions: bool,
}

/// ListStreams' answer.
///
/// ```
/// use dis_local::engine::{Engine, streams::CreateStream};
/// let mut e = Engine::new(Default::default());
/// for n in ["a", "b", "c"] { e.create_stream(CreateStream::new(n, 1)).unwrap(); }
/// let page = e.list_streams(Some(2), Some("a")).unwrap();
/// assert_eq!(page.stream_names, ["b", "c"]);
/// assert_eq!(page.total_number, 3);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamList {
    /// All streams of the project.
    pub total_number: u64,
    /// Names on this page.
    pub stream_names: Vec<String>,
    /// Whether more streams follow.
    pub has_more_streams: bool,
    /// Details of the streams on this page.
    pub streams: Vec<StreamInfo>,
}

#[derive(Debug, Clone)]
pub(crate) struct StoredRecord {
    pub data: Vec<u8>,
    pub partition_key: Option<String>,
    pub timestamp: i64,
    pub arrival_ms: i64,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct Partition {
    pub status: PartitionStatus,
    pub hash_start: i64,
    pub hash_end: i64,
    /// Stored apart, one row per record (see `engine::store`).
    #[serde(skip)]
    pub records: VecDeque<StoredRecord>,
    /// Sequence number of `records[0]` (or of the next record when empty).
    pub base_seq: u64,
    #[serde(skip)]
    pub metrics: Series,
    #[serde(skip)]
    pub buckets: PartitionBuckets,
}

impl Partition {
    fn new() -> Self {
        Self {
            status: PartitionStatus::Active,
            hash_start: 0,
            hash_end: i64::MAX,
            records: VecDeque::new(),
            base_seq: 0,
            metrics: Series::default(),
            buckets: PartitionBuckets::default(),
        }
    }

    pub fn earliest(&self) -> u64 {
        self.base_seq
    }

    pub fn latest(&self) -> u64 {
        self.base_seq + self.records.len() as u64
    }

    pub fn record(&self, seq: u64) -> Option<&StoredRecord> {
        seq.checked_sub(self.base_seq)
            .and_then(|i| self.records.get(i as usize))
    }
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct Stream {
    pub id: String,
    pub name: String,
    pub create_time: i64,
    pub last_modified_time: i64,
    pub stream_type: StreamType,
    pub data_type: DataType,
    pub retention_hours: u32,
    pub data_schema: Option<String>,
    pub csv_properties: Option<CsvProperties>,
    pub compression_format: Option<CompressionFormat>,
    pub auto_scale_enabled: bool,
    pub auto_scale_min: i64,
    pub auto_scale_max: i64,
    pub tags: Vec<Tag>,
    pub sys_tags: Vec<SysTag>,
    pub partitions: Vec<Partition>,
    pub scalings: Vec<ScalingRecord>,
    pub rr_next: u64,
    pub dump_tasks: Vec<DumpTask>,
    #[serde(skip)]
    pub metrics: Series,
    /// PutRecords requests allowed by the throughput limits.
    #[serde(skip)]
    pub put_requests: Bucket,
}

impl Stream {
    pub fn writable(&self) -> u32 {
        self.partitions
            .iter()
            .filter(|p| p.status == PartitionStatus::Active)
            .count() as u32
    }

    /// Splits `[0, i64::MAX]` evenly over the writable partitions `0..k`.
    fn assign_hash_ranges(&mut self) {
        let k = self.writable() as i64;
        if k == 0 {
            return;
        }
        let step = i64::MAX / k;
        for (i, p) in self.partitions.iter_mut().enumerate().take(k as usize) {
            let i = i as i64;
            p.hash_start = i * step;
            p.hash_end = if i == k - 1 {
                i64::MAX
            } else {
                (i + 1) * step - 1
            };
        }
    }

    /// Drops records older than the retention period; answers how many.
    pub fn purge(&mut self, now_ms: i64) -> u64 {
        let cutoff = now_ms - i64::from(self.retention_hours) * 3_600_000;
        let mut dropped = 0;
        for p in &mut self.partitions {
            while p.records.front().is_some_and(|r| r.arrival_ms < cutoff) {
                p.records.pop_front();
                p.base_seq += 1;
                dropped += 1;
            }
        }
        dropped
    }

    /// Resolves a wire partition id to an existing partition index (DIS.4201 / DIS.4302).
    pub fn partition_index(&self, id: &str) -> DisResult<u32> {
        let index = parse_partition_id(id)?;
        if (index as usize) < self.partitions.len() {
            Ok(index)
        } else {
            Err(DisError::partition_not_found(format!(
                "partition_id={id}, stream {} has {} partitions",
                self.name,
                self.partitions.len()
            )))
        }
    }

    pub fn partition_info(&self, index: u32) -> PartitionInfo {
        let p = &self.partitions[index as usize];
        PartitionInfo {
            index,
            partition_id: format_partition_id(index),
            status: p.status,
            hash_start: p.hash_start,
            hash_end: p.hash_end,
            earliest_offset: p.earliest(),
            latest_offset: p.latest(),
        }
    }

    pub fn info(&self) -> StreamInfo {
        let writable = self.writable();
        StreamInfo {
            stream_id: self.id.clone(),
            stream_name: self.name.clone(),
            create_time: self.create_time,
            last_modified_time: self.last_modified_time,
            status: "RUNNING",
            stream_type: self.stream_type,
            data_type: self.data_type,
            retention_period: self.retention_hours,
            data_schema: self.data_schema.clone(),
            compression_format: self.compression_format,
            csv_properties: self.csv_properties.clone(),
            writable_partition_count: writable,
            readable_partition_count: self.partitions.len() as u32,
            update_partition_counts: self.scalings.clone(),
            tags: self.tags.clone(),
            sys_tags: self.sys_tags.clone(),
            auto_scale_enabled: self.auto_scale_enabled,
            auto_scale_min_partition_count: self.auto_scale_min,
            auto_scale_max_partition_count: self.auto_scale_max,
        }
    }
}

/// Checks an optional paging limit against `1..=max`, returning `default` when absent.
pub(crate) fn page_limit(
    name: &str,
    limit: Option<i64>,
    default: u32,
    max: u32,
) -> DisResult<usize> {
    match limit {
        None => Ok(default as usize),
        Some(l) if (1..=i64::from(max)).contains(&l) => Ok(l as usize),
        Some(l) => Err(DisError::invalid_request(format!(
            "{name} must be between 1 and {max}: {l}"
        ))),
    }
}

impl Engine {
    pub(crate) fn stream(&self, name: &str) -> DisResult<&Stream> {
        self.streams
            .get(name)
            .ok_or_else(|| DisError::stream_not_found(name))
    }

    /// The stream, to change it: the change is stored at the next [`Engine::commit`].
    pub(crate) fn stream_mut(&mut self, name: &str) -> DisResult<&mut Stream> {
        if self.streams.contains_key(name) {
            self.touch_stream(name);
        }
        self.streams
            .get_mut(name)
            .ok_or_else(|| DisError::stream_not_found(name))
    }

    /// The stream after dropping records past their retention, to read it or to change
    /// what is not stored (metrics); a change to be stored needs [`Engine::stream_mut`].
    pub(crate) fn fresh_stream_mut(&mut self, name: &str) -> DisResult<&mut Stream> {
        let now = self.now_ms();
        let trimmed = self
            .streams
            .get_mut(name)
            .ok_or_else(|| DisError::stream_not_found(name))?
            .purge(now);
        if trimmed > 0 {
            self.touch_stream(name);
        }
        self.streams
            .get_mut(name)
            .ok_or_else(|| DisError::stream_not_found(name))
    }

    /// Drops the records of every stream that are past the stream's retention (on the
    /// engine's clock) and answers how many; streams in use are also trimmed as they are
    /// used. The server runs this every minute; with a data directory the next
    /// [`commit`](Engine::commit) deletes them from disk too.
    ///
    /// ```
    /// use std::{sync::Arc, time::Duration};
    /// use dis_local::engine::{Engine, ManualClock, streams::CreateStream, records::*};
    /// let clock = Arc::new(ManualClock::new(0));
    /// let mut e = Engine::with_clock(Default::default(), clock.clone());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// e.put_records(PutRecords::new("s", vec![PutRecord::new(b"x".to_vec())])).unwrap();
    /// clock.advance(Duration::from_secs(25 * 3600)); // retention: 24 h
    /// assert_eq!(e.trim_expired(), 1);
    /// ```
    pub fn trim_expired(&mut self) -> u64 {
        let now = self.now_ms();
        let mut trimmed = Vec::new();
        let mut total = 0;
        for (name, stream) in &mut self.streams {
            let n = stream.purge(now);
            if n > 0 {
                total += n;
                trimmed.push(name.clone());
            }
        }
        for name in trimmed {
            self.touch_stream(&name);
        }
        total
    }

    fn used_partitions(&self, stream_type: StreamType) -> u32 {
        self.streams
            .values()
            .filter(|s| s.stream_type == stream_type)
            .map(Stream::writable)
            .sum()
    }

    fn quota(&self, stream_type: StreamType) -> u32 {
        match stream_type {
            StreamType::Common => self.config.partition_quota_common,
            StreamType::Advanced => self.config.partition_quota_advanced,
        }
    }

    /// CreateStream. Errors: DIS.4200 (name, counts, retention, tags), DIS.4307 (exists),
    /// DIS.4308 (partition quota), DIS.4360 (schema not JSON), DIS.4601 (> 10 tags).
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("orders", 1)).unwrap();
    /// assert_eq!(e.create_stream(CreateStream::new("orders", 1)).unwrap_err().code, "DIS.4307");
    /// ```
    pub fn create_stream(&mut self, req: CreateStream) -> DisResult<StreamInfo> {
        check_name("stream_name", &req.stream_name, 64)?;
        if req.partition_count < 1 {
            return Err(DisError::invalid_request(format!(
                "partition_count must be at least 1: {}",
                req.partition_count
            )));
        }
        let retention = req.data_duration.unwrap_or(24);
        if !(24..=72).contains(&retention) {
            return Err(DisError::invalid_request(format!(
                "data_duration must be 24 to 72 hours: {retention}"
            )));
        }
        let auto_min = req.auto_scale_min_partition_count.unwrap_or(0);
        let auto_max = req.auto_scale_max_partition_count.unwrap_or(0);
        if req.auto_scale_min_partition_count.is_some_and(|m| m < 1) {
            return Err(DisError::invalid_request(
                "auto_scale_min_partition_count must be at least 1",
            ));
        }
        if req.auto_scale_min_partition_count.is_some()
            && req.auto_scale_max_partition_count.is_some()
            && auto_max < auto_min
        {
            return Err(DisError::invalid_request(
                "auto_scale_max_partition_count must not be below auto_scale_min_partition_count",
            ));
        }
        if let Some(schema) = &req.data_schema
            && serde_json::from_str::<serde_json::Value>(schema).is_err()
        {
            return Err(DisError::invalid_data_schema(
                "data_schema must be an Avro schema in JSON",
            ));
        }
        validate_tag_set(&req.tags)?;
        for t in &req.sys_tags {
            t.validate()?;
        }
        if self.streams.contains_key(&req.stream_name) {
            return Err(DisError::stream_exists());
        }
        let stream_type = req.stream_type.unwrap_or_default();
        let used = u64::from(self.used_partitions(stream_type));
        let quota = self.quota(stream_type);
        if used + req.partition_count as u64 > u64::from(quota) {
            return Err(DisError::insufficient_quota(format!(
                "{} partitions of {} streams in use, quota {quota}, requested {}",
                used,
                stream_type.as_str(),
                req.partition_count
            )));
        }
        let now = self.now_ms();
        let mut id = self.new_id();
        while self.streams.values().any(|s| s.id == id) {
            id = self.new_id();
        }
        let mut stream = Stream {
            id,
            name: req.stream_name.clone(),
            create_time: now,
            last_modified_time: now,
            stream_type,
            data_type: req.data_type.unwrap_or_default(),
            retention_hours: retention as u32,
            data_schema: req.data_schema,
            csv_properties: req.csv_properties,
            compression_format: req.compression_format,
            auto_scale_enabled: req.auto_scale_enabled.unwrap_or(false),
            auto_scale_min: auto_min,
            auto_scale_max: auto_max,
            tags: req.tags,
            sys_tags: req.sys_tags,
            partitions: (0..req.partition_count).map(|_| Partition::new()).collect(),
            scalings: Vec::new(),
            rr_next: 0,
            dump_tasks: Vec::new(),
            metrics: Series::default(),
            put_requests: Bucket::default(),
        };
        stream.assign_hash_ranges();
        let info = stream.info();
        self.touch_stream(&req.stream_name);
        self.streams.insert(req.stream_name, stream);
        Ok(info)
    }

    /// ListStreams: streams in name order after the exclusive `start_stream_name`;
    /// `limit` 1..100, default 10 (else DIS.4200).
    ///
    /// ```
    /// let e = dis_local::engine::Engine::new(Default::default());
    /// assert_eq!(e.list_streams(Some(0), None).unwrap_err().code, "DIS.4200");
    /// ```
    pub fn list_streams(
        &self,
        limit: Option<i64>,
        start_stream_name: Option<&str>,
    ) -> DisResult<StreamList> {
        let limit = page_limit("limit", limit, 10, 100)?;
        let mut after = self
            .streams
            .values()
            .filter(|s| start_stream_name.is_none_or(|start| s.name.as_str() > start));
        let streams: Vec<StreamInfo> = after.by_ref().take(limit).map(Stream::info).collect();
        Ok(StreamList {
            total_number: self.streams.len() as u64,
            stream_names: streams.iter().map(|s| s.stream_name.clone()).collect(),
            has_more_streams: after.next().is_some(),
            streams,
        })
    }

    /// ShowStream: attributes plus the partitions after the exclusive `start_partition_id`
    /// (either id form), `limit_partitions` 1..1000, default 100.
    ///
    /// ```
    /// let mut e = dis_local::engine::Engine::new(Default::default());
    /// assert_eq!(e.show_stream("nope", None, None).unwrap_err().code, "DIS.4301");
    /// ```
    pub fn show_stream(
        &mut self,
        stream_name: &str,
        start_partition_id: Option<&str>,
        limit_partitions: Option<i64>,
    ) -> DisResult<StreamDetails> {
        self.stream(stream_name)?;
        let limit = page_limit("limit_partitions", limit_partitions, 100, 1000)?;
        let first = match start_partition_id {
            Some(id) if !id.is_empty() => parse_partition_id(id)? as usize + 1,
            _ => 0,
        };
        let view = self.fresh_stream_mut(stream_name)?;
        let total = view.partitions.len();
        let partitions: Vec<PartitionInfo> = (first.min(total)..total)
            .take(limit)
            .map(|i| view.partition_info(i as u32))
            .collect();
        Ok(StreamDetails {
            info: view.info(),
            has_more_partitions: first + partitions.len() < total,
            partitions,
        })
    }

    /// Looks a stream up by its id (the tag API addresses streams by id).
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream};
    /// let mut e = Engine::new(Default::default());
    /// let id = e.create_stream(CreateStream::new("s", 1)).unwrap().stream_id;
    /// assert_eq!(e.stream_name_by_id(&id).as_deref(), Some("s"));
    /// ```
    pub fn stream_name_by_id(&self, stream_id: &str) -> Option<String> {
        self.streams
            .values()
            .find(|s| s.id == stream_id)
            .map(|s| s.name.clone())
    }

    /// The stream a request means: `stream_name` if such a stream exists, else the stream
    /// with id `stream_id` (the SDKs send the id for streams shared from another account),
    /// else `stream_name` again so that the operation reports DIS.4301 for it.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream};
    /// let mut e = Engine::new(Default::default());
    /// let id = e.create_stream(CreateStream::new("s", 1)).unwrap().stream_id;
    /// assert_eq!(e.resolve_stream("", Some(&id)), "s");
    /// assert_eq!(e.resolve_stream("s", Some("other")), "s");
    /// assert_eq!(e.resolve_stream("x", None), "x");
    /// ```
    pub fn resolve_stream(&self, stream_name: &str, stream_id: Option<&str>) -> String {
        if self.streams.contains_key(stream_name) {
            return stream_name.to_owned();
        }
        stream_id
            .filter(|id| !id.is_empty())
            .and_then(|id| self.stream_name_by_id(id))
            .unwrap_or_else(|| stream_name.to_owned())
    }

    /// DeleteStream: removes the stream with its data, dump tasks, tags, metrics and every
    /// app's checkpoints on it.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// e.delete_stream("s").unwrap();
    /// assert_eq!(e.delete_stream("s").unwrap_err().code, "DIS.4301");
    /// ```
    pub fn delete_stream(&mut self, stream_name: &str) -> DisResult<()> {
        self.streams
            .remove(stream_name)
            .ok_or_else(|| DisError::stream_not_found(stream_name))?;
        self.touch_stream(stream_name);
        self.touch_all_apps();
        for app in self.apps.values_mut() {
            app.checkpoints.remove(stream_name);
        }
        Ok(())
    }

    /// UpdatePartitionCount: scale up (reactivate DELETED partitions, then add new ACTIVE
    /// ones) or down (the highest partitions become DELETED). A target equal to the current
    /// writable count or below 1 is DIS.4200; exceeding the partition quota is DIS.4308.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 3)).unwrap();
    /// e.update_partition_count("s", 1).unwrap();
    /// let info = e.show_stream("s", None, None).unwrap().info;
    /// assert_eq!((info.writable_partition_count, info.readable_partition_count), (1, 3));
    /// ```
    pub fn update_partition_count(&mut self, stream_name: &str, target: i64) -> DisResult<()> {
        let stream = self.stream(stream_name)?;
        let current = stream.writable();
        let stream_type = stream.stream_type;
        if target < 1 {
            return Err(DisError::invalid_request(format!(
                "target_partition_count must be at least 1: {target}"
            )));
        }
        if target == i64::from(current) {
            return Err(DisError::invalid_request(format!(
                "target_partition_count equals the current partition count {current}"
            )));
        }
        if target > i64::from(current) {
            let used = u64::from(self.used_partitions(stream_type));
            let quota = self.quota(stream_type);
            let after = used - u64::from(current) + target as u64;
            if after > u64::from(quota) {
                return Err(DisError::insufficient_quota(format!(
                    "scaling to {target} would use {after} {} partitions, quota {quota}",
                    stream_type.as_str()
                )));
            }
        }
        let target = target as u32;
        let now = self.now_ms();
        let stream = self.stream_mut(stream_name)?;
        while (stream.partitions.len() as u32) < target {
            stream.partitions.push(Partition::new());
        }
        for (i, p) in stream.partitions.iter_mut().enumerate() {
            p.status = if (i as u32) < target {
                PartitionStatus::Active
            } else {
                PartitionStatus::Deleted
            };
        }
        stream.assign_hash_ranges();
        stream.scalings.push(ScalingRecord {
            create_timestamp: now,
            src_partition_count: current,
            target_partition_count: target,
            result_code: 0,
            auto_scale: false,
        });
        stream.last_modified_time = now;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::EngineConfig;
    use crate::engine::testutil::{T0, engine, engine_with};

    #[test]
    fn create_validates_and_defaults() {
        let (mut e, _) = engine();
        for bad in ["", "a b", "ü", &"x".repeat(65)] {
            assert_eq!(
                e.create_stream(CreateStream::new(bad, 1)).unwrap_err().code,
                "DIS.4200",
                "{bad:?}"
            );
        }
        assert_eq!(
            e.create_stream(CreateStream::new("s", 0)).unwrap_err().code,
            "DIS.4200"
        );
        let r = CreateStream {
            data_duration: Some(23),
            ..CreateStream::new("s", 1)
        };
        assert_eq!(e.create_stream(r).unwrap_err().code, "DIS.4200");
        let r = CreateStream {
            data_duration: Some(73),
            ..CreateStream::new("s", 1)
        };
        assert_eq!(e.create_stream(r).unwrap_err().code, "DIS.4200");
        let r = CreateStream {
            data_schema: Some("{not json".into()),
            ..CreateStream::new("s", 1)
        };
        assert_eq!(e.create_stream(r).unwrap_err().code, "DIS.4360");
        let info = e
            .create_stream(CreateStream::new("x".repeat(64), 2))
            .unwrap();
        assert_eq!(info.stream_type, StreamType::Common);
        assert_eq!(info.data_type, DataType::Blob);
        assert_eq!(info.retention_period, 24);
        assert_eq!(info.create_time, T0);
        assert_eq!(info.writable_partition_count, 2);
        assert_eq!(info.stream_id.len(), 19);
        assert!(!e.streams.is_empty());
    }

    #[test]
    fn hash_ranges_split_evenly_and_cover_everything() {
        let (mut e, _) = engine();
        e.create_stream(CreateStream::new("s", 3)).unwrap();
        let d = e.show_stream("s", None, None).unwrap();
        let step = i64::MAX / 3;
        assert_eq!(d.partitions[0].hash_range(), format!("[0 : {}]", step - 1));
        assert_eq!(
            d.partitions[1].hash_range(),
            format!("[{} : {}]", step, 2 * step - 1)
        );
        assert_eq!(
            d.partitions[2].hash_range(),
            format!("[{} : {}]", 2 * step, i64::MAX)
        );
        assert!(
            d.partitions
                .iter()
                .all(|p| p.status == PartitionStatus::Active)
        );
    }

    #[test]
    fn partition_quota_is_per_stream_type() {
        let cfg = EngineConfig {
            partition_quota_common: 4,
            partition_quota_advanced: 2,
            ..Default::default()
        };
        let (mut e, _) = engine_with(cfg);
        e.create_stream(CreateStream::new("a", 3)).unwrap();
        assert_eq!(
            e.create_stream(CreateStream::new("b", 2)).unwrap_err().code,
            "DIS.4308"
        );
        let adv = CreateStream {
            stream_type: Some(StreamType::Advanced),
            ..CreateStream::new("b", 2)
        };
        e.create_stream(adv).unwrap();
        assert_eq!(
            e.update_partition_count("a", 5).unwrap_err().code,
            "DIS.4308"
        );
        e.update_partition_count("a", 4).unwrap();
        // scaling down frees quota
        e.update_partition_count("a", 1).unwrap();
        e.create_stream(CreateStream::new("c", 3)).unwrap();
    }

    #[test]
    fn scale_down_then_up_reactivates_and_keeps_history() {
        let (mut e, clock) = engine();
        e.create_stream(CreateStream::new("s", 3)).unwrap();
        clock.advance(std::time::Duration::from_secs(1));
        e.update_partition_count("s", 1).unwrap();
        let d = e.show_stream("s", None, None).unwrap();
        assert_eq!(d.info.writable_partition_count, 1);
        assert_eq!(d.info.readable_partition_count, 3);
        assert_eq!(d.partitions[0].hash_range(), format!("[0 : {}]", i64::MAX));
        assert_eq!(d.partitions[2].status, PartitionStatus::Deleted);
        assert_eq!(d.info.last_modified_time, T0 + 1000);
        e.update_partition_count("s", 4).unwrap();
        let d = e.show_stream("s", None, None).unwrap();
        assert_eq!(
            (
                d.info.writable_partition_count,
                d.info.readable_partition_count
            ),
            (4, 4)
        );
        let h = &d.info.update_partition_counts;
        assert_eq!(h.len(), 2);
        assert_eq!(
            (h[0].src_partition_count, h[0].target_partition_count),
            (3, 1)
        );
        assert_eq!(
            (h[1].src_partition_count, h[1].target_partition_count),
            (1, 4)
        );
        assert_eq!(
            e.update_partition_count("s", 4).unwrap_err().code,
            "DIS.4200"
        );
        assert_eq!(
            e.update_partition_count("s", 0).unwrap_err().code,
            "DIS.4200"
        );
        assert_eq!(
            e.update_partition_count("x", 2).unwrap_err().code,
            "DIS.4301"
        );
    }

    #[test]
    fn list_and_show_page() {
        let (mut e, _) = engine();
        for n in ["c", "a", "b"] {
            e.create_stream(CreateStream::new(n, 1)).unwrap();
        }
        let l = e.list_streams(None, None).unwrap();
        assert_eq!(l.stream_names, ["a", "b", "c"]);
        assert!(!l.has_more_streams);
        let l = e.list_streams(Some(1), Some("a")).unwrap();
        assert_eq!(l.stream_names, ["b"]);
        assert!(l.has_more_streams);
        assert_eq!(
            e.list_streams(Some(101), None).unwrap_err().code,
            "DIS.4200"
        );

        e.create_stream(CreateStream::new("p", 5)).unwrap();
        let d = e
            .show_stream("p", Some("shardId-0000000001"), Some(2))
            .unwrap();
        let ids: Vec<_> = d
            .partitions
            .iter()
            .map(|p| p.partition_id.as_str())
            .collect();
        assert_eq!(ids, ["shardId-0000000002", "shardId-0000000003"]);
        assert!(d.has_more_partitions);
        let d = e.show_stream("p", Some("3"), None).unwrap();
        assert_eq!(d.partitions.len(), 1);
        assert!(!d.has_more_partitions);
        let d = e.show_stream("p", Some("9"), None).unwrap();
        assert!(d.partitions.is_empty());
        assert_eq!(
            e.show_stream("p", Some("x"), None).unwrap_err().code,
            "DIS.4201"
        );
        assert_eq!(
            e.show_stream("p", None, Some(1001)).unwrap_err().code,
            "DIS.4200"
        );
    }
}
