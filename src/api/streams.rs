//! Streams: list, describe (with all partitions), create, delete and rescale, and the
//! handwritten types their answers decode into.

use std::{collections::BTreeMap, ops::RangeInclusive};

use futures::TryStreamExt;

use crate::{
    Client, Paginator, Result,
    api::decode::{self, wire_enum},
    api::pagination::{Page, paginate},
    api::validate,
    error::{self, ValidationError},
    types,
};

/// Page sizes `GET /streams` accepts (`limit`).
const STREAMS_PAGE_SIZES: std::ops::RangeInclusive<u32> = 1..=100;
/// Partitions asked for per `GET /streams/{name}` page: the documented maximum
/// (`limit_partitions` 1..1000), so that most streams need a single request.
const PARTITIONS_PER_PAGE: u32 = 1000;
/// The only system tag key DIS knows: the enterprise project of a stream.
const ENTERPRISE_PROJECT_KEY: &str = "_sys_enterprise_project_id";

impl Client {
    /// Lists all streams of the project, fetching pages lazily.
    ///
    /// Pages are chained by the name of the last stream of each page, taken from
    /// `stream_info_list` (the older `stream_names` list is not relied on). The page
    /// size, if set, must be 1 to 100.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let mut streams = client.streams().page_size(100);
    /// while let Some(stream) = streams.try_next().await? {
    ///     println!("{} ({}) has {} partitions", stream.stream_name, stream.status, stream.partition_count);
    /// }
    /// # Ok(()) }
    /// ```
    #[doc(alias = "list_streams")]
    pub fn streams(&self) -> Paginator<StreamSummary> {
        let client = self.clone();
        Paginator::paged("limit", STREAMS_PAGE_SIZES, move |page_size, marker| {
            let client = client.clone();
            async move { client.streams_page(page_size, marker).await }
        })
    }

    async fn streams_page(
        &self,
        page_size: Option<u32>,
        start_after: Option<String>,
    ) -> Result<Page<StreamSummary>> {
        let mut request = self.raw().list_streams().project_id(self.project_id());
        if let Some(size) = page_size {
            request = request.limit(size);
        }
        if let Some(marker) = start_after {
            request = request.start_stream_name(marker);
        }
        let page = error::body(request.send().await).await?;
        let streams = page
            .stream_info_list
            .into_iter()
            .map(StreamSummary::from_wire)
            .collect::<Result<Vec<_>>>()?;
        let last = streams.last().map(|s| s.stream_name.clone());
        Ok(Page::new(streams, page.has_more_streams, last))
    }

    /// Describes a stream, with all of its partitions.
    ///
    /// DIS returns partitions one page at a time; this follows `has_more_partitions`
    /// (sending `start_partitionId`) and returns the partitions of all pages in
    /// [`Stream::partitions`].
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let stream = client.get_stream("orders").await?;
    /// for partition in &stream.partitions {
    ///     println!(
    ///         "{} {}: sequence numbers {} to {}",
    ///         partition.partition_id,
    ///         partition.status,
    ///         partition.earliest_sequence_number,
    ///         partition.latest_sequence_number,
    ///     );
    /// }
    /// # Ok(()) }
    /// ```
    #[doc(alias = "show_stream")]
    pub async fn get_stream(&self, name: &str) -> Result<Stream> {
        validate::stream_name(name)?;
        let mut stream = self.stream_page(name, None).await?;
        let first = take_partition_page(&mut stream);
        let mut partitions = first.items;
        if let Some(marker) = first.next {
            let client = self.clone();
            let name = name.to_owned();
            let rest: Vec<types::PartitionResult> = paginate(Some(marker), move |marker| {
                let client = client.clone();
                let name = name.clone();
                async move {
                    let mut page = client.stream_page(&name, marker).await?;
                    Ok(take_partition_page(&mut page))
                }
            })
            .try_collect()
            .await?;
            partitions.extend(rest);
        }
        stream.partitions = partitions;
        Stream::from_wire(stream)
    }

    async fn stream_page(
        &self,
        name: &str,
        start_after: Option<String>,
    ) -> Result<types::DescribeStreamResponse> {
        let mut request = self
            .raw()
            .show_stream()
            .project_id(self.project_id())
            .stream_name(name)
            .limit_partitions(PARTITIONS_PER_PAGE);
        if let Some(marker) = start_after {
            request = request.start_partition_id(marker);
        }
        error::body(request.send().await).await
    }

    /// Starts the creation of a stream with `partition_count` partitions; set optional
    /// attributes on the returned builder, then [`send`](CreateStream::send) it.
    ///
    /// ```no_run
    /// use otc_dis::{DataType, StreamType};
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client
    ///     .create_stream("orders", 3)
    ///     .stream_type(StreamType::Advanced)
    ///     .data_type(DataType::Json)
    ///     .data_duration(48)
    ///     .tag("team", "payments")
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    pub fn create_stream(&self, name: impl Into<String>, partition_count: u32) -> CreateStream {
        CreateStream::new(self.clone(), name.into(), partition_count)
    }

    /// Deletes a stream and its data.
    ///
    /// With `ignore_missing`, a stream that does not exist (DIS answers 400 DIS.4301, or
    /// 404) counts as deleted; every other error is still returned.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.delete_stream("orders", true).await?;
    /// # Ok(()) }
    /// ```
    pub async fn delete_stream(&self, name: &str, ignore_missing: bool) -> Result<()> {
        validate::stream_name(name)?;
        let sent = self
            .raw()
            .delete_stream()
            .project_id(self.project_id())
            .stream_name(name)
            .send()
            .await;
        error::ignore_missing(error::no_body(sent).await, ignore_missing)
    }

    /// Scales a stream to `count` partitions (up or down). DIS answers with no body, so
    /// success is `()`; read the new state with [`get_stream`](Client::get_stream).
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.update_stream_partition("orders", 5).await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "update_partition_count")]
    pub async fn update_stream_partition(&self, name: &str, count: u32) -> Result<()> {
        validate::stream_name(name)?;
        validate::partition_count("target_partition_count", count)?;
        let body = types::UpdatePartitionCountRequest {
            stream_name: validate::wire("stream_name", name)?,
            target_partition_count: validate::wire("target_partition_count", count)?,
        };
        let sent = self
            .raw()
            .update_partition_count()
            .project_id(self.project_id())
            .stream_name(name)
            .body(body)
            .send()
            .await;
        error::no_body(sent).await
    }
}

/// Takes the partitions out of one page of a stream description, continuing after the
/// last partition while DIS reports more.
fn take_partition_page(stream: &mut types::DescribeStreamResponse) -> Page<types::PartitionResult> {
    let partitions = std::mem::take(&mut stream.partitions);
    let last = partitions.last().map(|p| p.partition_id.clone());
    Page::new(partitions, stream.has_more_partitions, last)
}

/// A stream to create, from [`Client::create_stream`]. Unset attributes are left to
/// DIS's defaults, except `data_duration` and `auto_scale_enabled`, which the request
/// always carries (24 hours and `false` unless set).
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// client.create_stream("clicks", 1).send().await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is created until `send` is awaited"]
pub struct CreateStream {
    client: Client,
    stream_name: String,
    partition_count: u32,
    stream_type: Option<StreamType>,
    data_type: Option<DataType>,
    data_duration: u32,
    auto_scale_enabled: bool,
    auto_scale_min_partition_count: Option<u32>,
    auto_scale_max_partition_count: Option<u32>,
    data_schema: Option<String>,
    csv_delimiter: Option<String>,
    compression_format: Option<types::CompressionFormat>,
    tags: Vec<(String, String)>,
    enterprise_project_id: Option<String>,
}

impl CreateStream {
    fn new(client: Client, stream_name: String, partition_count: u32) -> Self {
        Self {
            client,
            stream_name,
            partition_count,
            stream_type: None,
            data_type: None,
            data_duration: *validate::DATA_DURATION_HOURS.start(),
            auto_scale_enabled: false,
            auto_scale_min_partition_count: None,
            auto_scale_max_partition_count: None,
            data_schema: None,
            csv_delimiter: None,
            compression_format: None,
            tags: Vec::new(),
            enterprise_project_id: None,
        }
    }

    /// COMMON or ADVANCED partitions (left to DIS when unset; the SDKs assume COMMON).
    ///
    /// [`StreamType::Other`] is refused with [`Error::Validation`](crate::Error::Validation)
    /// when sent: DIS creates only the documented types.
    pub fn stream_type(mut self, stream_type: StreamType) -> Self {
        self.stream_type = Some(stream_type);
        self
    }

    /// The type of the records: BLOB (DIS's default), JSON or CSV.
    ///
    /// [`DataType::Other`] is refused with [`Error::Validation`](crate::Error::Validation)
    /// when sent: DIS creates only the documented types.
    pub fn data_type(mut self, data_type: DataType) -> Self {
        self.data_type = Some(data_type);
        self
    }

    /// How long records are kept, in hours: 24 (the default) to 72.
    pub fn data_duration(mut self, hours: u32) -> Self {
        self.data_duration = hours;
        self
    }

    /// Whether DIS scales the partition count by itself (off by default).
    pub fn auto_scale_enabled(mut self, enabled: bool) -> Self {
        self.auto_scale_enabled = enabled;
        self
    }

    /// The fewest partitions automatic scaling goes down to (at least 1).
    pub fn auto_scale_min_partition_count(mut self, count: u32) -> Self {
        self.auto_scale_min_partition_count = Some(count);
        self
    }

    /// The most partitions automatic scaling goes up to (not below the minimum).
    pub fn auto_scale_max_partition_count(mut self, count: u32) -> Self {
        self.auto_scale_max_partition_count = Some(count);
        self
    }

    /// The Avro schema of JSON or CSV records.
    pub fn data_schema(mut self, avro_schema: impl Into<String>) -> Self {
        self.data_schema = Some(avro_schema.into());
        self
    }

    /// The field separator of CSV records (sent as `csv_properties.delimiter`).
    pub fn csv_delimiter(mut self, delimiter: impl Into<String>) -> Self {
        self.csv_delimiter = Some(delimiter.into());
        self
    }

    /// How DIS compresses stored records (none by default).
    pub fn compression_format(mut self, format: types::CompressionFormat) -> Self {
        self.compression_format = Some(format);
        self
    }

    /// Adds a tag (key 1 to 36 characters, value at most 43; at most 10 tags, keys unique).
    pub fn tag(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.tags.push((key.into(), value.into()));
        self
    }

    /// The enterprise project the stream belongs to (sent as the system tag
    /// `_sys_enterprise_project_id` in `sys_tags`).
    pub fn enterprise_project_id(mut self, id: impl Into<String>) -> Self {
        self.enterprise_project_id = Some(id.into());
        self
    }

    /// Checks the attributes and sends the request. DIS answers 201 with no body.
    /// Refused input returns [`Error::Validation`](crate::Error::Validation) and sends
    /// nothing; an existing name gives [`Error::AlreadyExists`](crate::Error::AlreadyExists).
    pub async fn send(self) -> Result<()> {
        let body = self.request_body()?;
        let sent = self
            .client
            .raw()
            .create_stream()
            .project_id(self.client.project_id())
            .body(body)
            .send()
            .await;
        error::no_body(sent).await
    }

    fn request_body(&self) -> Result<types::CreateStreamRequest, ValidationError> {
        validate::stream_name(&self.stream_name)?;
        validate::partition_count("partition_count", self.partition_count)?;
        validate::in_range(
            "data_duration",
            self.data_duration,
            validate::DATA_DURATION_HOURS,
        )?;
        self.check_auto_scale()?;
        Ok(types::CreateStreamRequest {
            stream_name: validate::wire("stream_name", self.stream_name.as_str())?,
            partition_count: validate::wire("partition_count", self.partition_count)?,
            stream_type: self
                .stream_type
                .as_ref()
                .map(StreamType::to_wire)
                .transpose()?,
            data_type: self.data_type.as_ref().map(DataType::to_wire).transpose()?,
            data_duration: validate::wire("data_duration", self.data_duration)?,
            auto_scale_enabled: self.auto_scale_enabled,
            auto_scale_min_partition_count: self
                .auto_scale_min_partition_count
                .map(|count| validate::wire("auto_scale_min_partition_count", u64::from(count)))
                .transpose()?,
            auto_scale_max_partition_count: self
                .auto_scale_max_partition_count
                .map(|count| validate::wire("auto_scale_max_partition_count", count))
                .transpose()?,
            data_schema: self.data_schema.clone(),
            csv_properties: self
                .csv_delimiter
                .clone()
                .map(|delimiter| types::CsvProperties {
                    delimiter: Some(delimiter),
                }),
            compression_format: self.compression_format,
            tags: self.wire_tags()?,
            sys_tags: self
                .enterprise_project_id
                .iter()
                .map(|id| types::SysTag {
                    key: Some(ENTERPRISE_PROJECT_KEY.to_owned()),
                    value: Some(id.clone()),
                    status: None,
                })
                .collect(),
        })
    }

    fn check_auto_scale(&self) -> Result<(), ValidationError> {
        let positive = 1..=i32::MAX as u32;
        if let Some(min) = self.auto_scale_min_partition_count {
            validate::in_range("auto_scale_min_partition_count", min, positive.clone())?;
        }
        if let Some(max) = self.auto_scale_max_partition_count {
            let lowest = self.auto_scale_min_partition_count.unwrap_or(1);
            validate::in_range(
                "auto_scale_max_partition_count",
                max,
                lowest..=*positive.end(),
            )?;
        }
        Ok(())
    }

    fn wire_tags(&self) -> Result<Vec<types::Tag>, ValidationError> {
        if self.tags.len() > validate::TAGS_PER_STREAM_MAX {
            return Err(ValidationError::new(
                "tags",
                format!(
                    "at most {} tags per stream, got {}",
                    validate::TAGS_PER_STREAM_MAX,
                    self.tags.len()
                ),
            ));
        }
        let mut seen = std::collections::HashSet::new();
        self.tags
            .iter()
            .map(|(key, value)| {
                let tag = crate::api::tags::tag(key, Some(value))?;
                if !seen.insert(key.as_str()) {
                    return Err(ValidationError::new(
                        "tags.key",
                        format!("{key:?} is given twice"),
                    ));
                }
                Ok(tag)
            })
            .collect()
    }
}

/// A stream as [`Client::streams`] lists it.
///
/// ```no_run
/// use futures::TryStreamExt;
/// use otc_dis::{StreamStatus, StreamSummary};
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let streams: Vec<StreamSummary> = client.streams().try_collect().await?;
/// let running = streams.iter().filter(|s| s.status == StreamStatus::Running).count();
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct StreamSummary {
    /// The stream name.
    pub stream_name: String,
    /// The stream ID, which the tag methods take.
    pub stream_id: String,
    /// The state of the stream.
    pub status: StreamStatus,
    /// COMMON or ADVANCED partitions.
    pub stream_type: StreamType,
    /// The type of the records.
    pub data_type: DataType,
    /// The number of (writable) partitions.
    pub partition_count: u32,
    /// How long records are kept, in hours.
    pub retention_period: u32,
    /// When the stream was created, epoch milliseconds.
    pub create_time: i64,
    /// Whether DIS scales the partition count by itself.
    pub auto_scale_enabled: bool,
    /// The fewest partitions automatic scaling goes down to (DIS sends 0 when it is off).
    pub auto_scale_min_partition_count: u32,
    /// The most partitions automatic scaling goes up to (DIS sends 0 when it is off).
    pub auto_scale_max_partition_count: u32,
    /// The tags of the stream, key to value (`""` for a tag without a value).
    pub tags: BTreeMap<String, String>,
    /// The enterprise project, when DIS sends one (system tag `_sys_enterprise_project_id`).
    pub enterprise_project_id: Option<String>,
}

impl StreamSummary {
    fn from_wire(wire: types::StreamInfo) -> Result<Self> {
        let subject = format!("stream {:?}", wire.stream_name);
        let count = |field, value| decode::count(&subject, field, value);
        Ok(Self {
            partition_count: count("partition_count", wire.partition_count)?,
            retention_period: count("retention_period", wire.retention_period)?,
            auto_scale_min_partition_count: count(
                "auto_scale_min_partition_count",
                wire.auto_scale_min_partition_count,
            )?,
            auto_scale_max_partition_count: count(
                "auto_scale_max_partition_count",
                wire.auto_scale_max_partition_count,
            )?,
            stream_name: wire.stream_name,
            stream_id: wire.stream_id,
            status: StreamStatus::from_wire(wire.status),
            stream_type: StreamType::from_wire(wire.stream_type),
            data_type: DataType::from_wire(wire.data_type),
            create_time: wire.create_time,
            auto_scale_enabled: wire.auto_scale_enabled,
            tags: decode::tags(wire.tags),
            enterprise_project_id: enterprise_project_id(wire.sys_tags),
        })
    }
}

/// The enterprise project among the system tags (key `_sys_enterprise_project_id`).
fn enterprise_project_id(sys_tags: Vec<types::SysTag>) -> Option<String> {
    sys_tags
        .into_iter()
        .find(|tag| tag.key.as_deref() == Some(ENTERPRISE_PROJECT_KEY))
        .and_then(|tag| tag.value)
}

/// A stream with all of its partitions, from [`Client::get_stream`].
///
/// The history of scaling operations (`update_partition_counts`) is not decoded here;
/// [`Client::raw`] has it (`show_stream`).
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let stream = client.get_stream("orders").await?;
/// let active = stream.partitions.iter().filter(|p| p.status == otc_dis::PartitionStatus::Active);
/// println!("{} of {} partitions are writable", active.count(), stream.partitions.len());
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Stream {
    /// The stream name.
    pub stream_name: String,
    /// The stream ID, which the tag methods take.
    pub stream_id: String,
    /// The state of the stream.
    pub status: StreamStatus,
    /// COMMON or ADVANCED partitions.
    pub stream_type: StreamType,
    /// The type of the records.
    pub data_type: DataType,
    /// Every partition, in the order DIS listed them (writable and read-only ones).
    pub partitions: Vec<Partition>,
    /// The number of writable (ACTIVE) partitions.
    pub writable_partition_count: u32,
    /// The number of readable (ACTIVE and DELETED) partitions.
    pub readable_partition_count: u32,
    /// How long records are kept, in hours.
    pub retention_period: u32,
    /// When the stream was created, epoch milliseconds.
    pub create_time: i64,
    /// When the stream was last changed, epoch milliseconds, if DIS says.
    pub last_modified_time: Option<i64>,
    /// Whether DIS scales the partition count by itself.
    pub auto_scale_enabled: bool,
    /// The fewest partitions automatic scaling goes down to (DIS sends 0 when it is off).
    pub auto_scale_min_partition_count: u32,
    /// The most partitions automatic scaling goes up to (DIS sends 0 when it is off).
    pub auto_scale_max_partition_count: u32,
    /// The Avro schema of JSON or CSV records, if the stream has one.
    pub data_schema: Option<String>,
    /// How DIS compresses stored records (`snappy`, `gzip`, `zip`); `None` when it does not.
    pub compression_format: Option<String>,
    /// The field separator of CSV records, if the stream has one.
    pub csv_delimiter: Option<String>,
    /// The tags of the stream, key to value (`""` for a tag without a value).
    pub tags: BTreeMap<String, String>,
    /// The enterprise project, when DIS sends one (system tag `_sys_enterprise_project_id`).
    pub enterprise_project_id: Option<String>,
}

impl Stream {
    fn from_wire(wire: types::DescribeStreamResponse) -> Result<Self> {
        let subject = format!("stream {:?}", wire.stream_name);
        let count = |field, value| decode::count(&subject, field, value);
        Ok(Self {
            writable_partition_count: count(
                "writable_partition_count",
                wire.writable_partition_count,
            )?,
            readable_partition_count: count(
                "readable_partition_count",
                wire.readable_partition_count,
            )?,
            retention_period: count("retention_period", wire.retention_period)?,
            auto_scale_min_partition_count: count(
                "auto_scale_min_partition_count",
                wire.auto_scale_min_partition_count,
            )?,
            auto_scale_max_partition_count: count(
                "auto_scale_max_partition_count",
                wire.auto_scale_max_partition_count,
            )?,
            partitions: wire
                .partitions
                .into_iter()
                .map(|partition| Partition::from_wire(&subject, partition))
                .collect::<Result<_>>()?,
            stream_name: wire.stream_name,
            stream_id: wire.stream_id,
            status: StreamStatus::from_wire(wire.status),
            stream_type: StreamType::from_wire(wire.stream_type),
            data_type: DataType::from_wire(wire.data_type),
            create_time: wire.create_time,
            last_modified_time: wire.last_modified_time,
            auto_scale_enabled: wire.auto_scale_enabled,
            data_schema: wire.data_schema,
            compression_format: wire.compression_format,
            csv_delimiter: wire.csv_properties.and_then(|csv| csv.delimiter),
            tags: decode::tags(wire.tags),
            enterprise_project_id: enterprise_project_id(wire.sys_tags),
        })
    }
}

/// One partition of a [`Stream`].
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let stream = client.get_stream("orders").await?;
/// let key_hash = 4_611_686_018_427_387_904_u64;
/// let owner = stream.partitions.iter().find(|p| p.hash_range.contains(&key_hash));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Partition {
    /// The partition ID as DIS sent it, `shardId-0000000000` (or only the digits).
    pub partition_id: String,
    /// The state of the partition.
    pub status: PartitionStatus,
    /// The partition-key hashes routed to this partition (`hash_range`).
    pub hash_range: RangeInclusive<u64>,
    /// The first number of `sequence_number_range`: the oldest record still kept.
    pub earliest_sequence_number: u64,
    /// The last number of `sequence_number_range`. The reference does not say whether it
    /// is the newest record or the next one to be written; the local emulator uses the next.
    pub latest_sequence_number: u64,
    /// The partition(s) this one was split or merged from, as DIS wrote them, if any.
    pub parent_partitions: Option<String>,
}

impl Partition {
    fn from_wire(stream: &str, wire: types::PartitionResult) -> Result<Self> {
        let subject = format!("{stream}, partition {:?}", wire.partition_id);
        let sequence_numbers = decode::number_range(
            &subject,
            "sequence_number_range",
            &wire.sequence_number_range,
        )?;
        Ok(Self {
            hash_range: decode::number_range(&subject, "hash_range", &wire.hash_range)?,
            earliest_sequence_number: *sequence_numbers.start(),
            latest_sequence_number: *sequence_numbers.end(),
            partition_id: decode::partition_id(&subject, "partition_id", wire.partition_id)?,
            status: PartitionStatus::from_wire(wire.status),
            parent_partitions: wire.parent_partitions,
        })
    }
}

/// The state of a stream. Values DIS does not document arrive as `Other`.
///
/// ```
/// assert_eq!(otc_dis::StreamStatus::Running.to_string(), "RUNNING");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamStatus {
    /// `CREATING`: not usable yet.
    Creating,
    /// `RUNNING`: usable.
    Running,
    /// `TERMINATING`: being deleted.
    Terminating,
    /// `TERMINATED`: deleted.
    Terminated,
    /// `FROZEN`: suspended, e.g. for an overdue account.
    Frozen,
    /// Any other value, as DIS sent it.
    Other(String),
}

wire_enum!(StreamStatus {
    Creating = "CREATING",
    Running = "RUNNING",
    Terminating = "TERMINATING",
    Terminated = "TERMINATED",
    Frozen = "FROZEN",
});

/// The throughput class of a stream's partitions. Values DIS does not document arrive as
/// `Other`.
///
/// ```
/// assert_eq!(otc_dis::StreamType::Advanced.as_str(), "ADVANCED");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StreamType {
    /// `COMMON`: 1 MB/s or 1000 records/s written, 2 MB/s read per partition.
    Common,
    /// `ADVANCED`: 5 MB/s or 2000 records/s written, 10 MB/s read per partition.
    Advanced,
    /// Any other value, as DIS sent it.
    Other(String),
}

wire_enum!(StreamType {
    Common = "COMMON",
    Advanced = "ADVANCED",
});

/// The type of a stream's records. Values DIS does not document arrive as `Other`.
///
/// ```
/// assert_eq!(otc_dis::DataType::Json.as_str(), "JSON");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DataType {
    /// `BLOB`: any bytes (DIS's default).
    Blob,
    /// `JSON` records, optionally with an Avro schema.
    Json,
    /// `CSV` records, optionally with an Avro schema and a delimiter.
    Csv,
    /// Any other value, as DIS sent it.
    Other(String),
}

wire_enum!(DataType {
    Blob = "BLOB",
    Json = "JSON",
    Csv = "CSV",
});

impl StreamType {
    fn to_wire(&self) -> Result<types::StreamType, ValidationError> {
        creatable("stream_type", self.as_str(), "COMMON or ADVANCED")
    }
}

impl DataType {
    fn to_wire(&self) -> Result<types::DataType, ValidationError> {
        creatable("data_type", self.as_str(), "BLOB, JSON or CSV")
    }
}

/// The request's enumeration value for `value`, refusing values DIS does not document.
fn creatable<T: std::str::FromStr>(
    field: &'static str,
    value: &str,
    known: &str,
) -> Result<T, ValidationError> {
    value.parse().map_err(|_| {
        ValidationError::new(
            field,
            format!("DIS creates streams with {known}, not {value:?}"),
        )
    })
}

/// The state of a partition. Values DIS does not document arrive as `Other`.
///
/// ```
/// assert_eq!(otc_dis::PartitionStatus::Deleted.as_str(), "DELETED");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PartitionStatus {
    /// `CREATING`: not usable yet.
    Creating,
    /// `ACTIVE`: readable and writable.
    Active,
    /// `DELETED`: removed by scaling down; its records can still be read until they expire.
    Deleted,
    /// `EXPIRED`: removed, and its records have expired.
    Expired,
    /// Any other value, as DIS sent it.
    Other(String),
}

wire_enum!(PartitionStatus {
    Creating = "CREATING",
    Active = "ACTIVE",
    Deleted = "DELETED",
    Expired = "EXPIRED",
});
