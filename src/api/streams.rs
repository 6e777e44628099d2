//! Streams: list, describe (with all partitions), create, delete and rescale.

use futures::TryStreamExt;

use crate::{
    Client, Paginator, Result,
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
    ///     println!("{:?} has {:?} partitions", stream.stream_name, stream.partition_count);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn streams(&self) -> Paginator<types::StreamInfo> {
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
    ) -> Result<Page<types::StreamInfo>> {
        let mut request = self.raw().list_streams().project_id(self.project_id());
        if let Some(size) = page_size {
            request = request.limit(size);
        }
        if let Some(marker) = start_after {
            request = request.start_stream_name(marker);
        }
        let page = error::body(request.send().await).await?;
        let last = page
            .stream_info_list
            .last()
            .and_then(|s| s.stream_name.clone());
        Ok(Page::new(
            page.stream_info_list,
            page.has_more_streams.unwrap_or(false),
            last,
        ))
    }

    /// Describes a stream, with all of its partitions.
    ///
    /// DIS returns partitions one page at a time; this follows `has_more_partitions`
    /// (sending `start_partitionId`) and returns the partitions of all pages in
    /// `partitions`, so `has_more_partitions` of the result is always `Some(false)`.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let stream = client.get_stream("orders").await?;
    /// for partition in &stream.partitions {
    ///     println!("{:?} {:?}", partition.partition_id, partition.status);
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn get_stream(&self, name: &str) -> Result<types::DescribeStreamResponse> {
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
        stream.has_more_partitions = Some(false);
        Ok(stream)
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
    /// use otc_dis::types::{DataType, StreamType};
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
    let last = partitions.last().and_then(|p| p.partition_id.clone());
    Page::new(
        partitions,
        stream.has_more_partitions.unwrap_or(false),
        last,
    )
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
    stream_type: Option<types::StreamType>,
    data_type: Option<types::DataType>,
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
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let create = client.create_stream("orders", 1).stream_type(otc_dis::types::StreamType::Advanced);
    /// # }
    /// ```
    pub fn stream_type(mut self, stream_type: types::StreamType) -> Self {
        self.stream_type = Some(stream_type);
        self
    }

    /// The type of the records: BLOB (DIS's default), JSON or CSV.
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let create = client.create_stream("orders", 1).data_type(otc_dis::types::DataType::Csv);
    /// # }
    /// ```
    pub fn data_type(mut self, data_type: types::DataType) -> Self {
        self.data_type = Some(data_type);
        self
    }

    /// How long records are kept, in hours: 24 (the default) to 72.
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let create = client.create_stream("orders", 1).data_duration(72);
    /// # }
    /// ```
    pub fn data_duration(mut self, hours: u32) -> Self {
        self.data_duration = hours;
        self
    }

    /// Whether DIS scales the partition count by itself (off by default).
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let create = client
    ///     .create_stream("orders", 2)
    ///     .auto_scale_enabled(true)
    ///     .auto_scale_min_partition_count(1)
    ///     .auto_scale_max_partition_count(8);
    /// # }
    /// ```
    pub fn auto_scale_enabled(mut self, enabled: bool) -> Self {
        self.auto_scale_enabled = enabled;
        self
    }

    /// The fewest partitions automatic scaling goes down to (at least 1).
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let create = client.create_stream("orders", 2).auto_scale_enabled(true).auto_scale_min_partition_count(1);
    /// # }
    /// ```
    pub fn auto_scale_min_partition_count(mut self, count: u32) -> Self {
        self.auto_scale_min_partition_count = Some(count);
        self
    }

    /// The most partitions automatic scaling goes up to (not below the minimum).
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let create = client.create_stream("orders", 2).auto_scale_enabled(true).auto_scale_max_partition_count(8);
    /// # }
    /// ```
    pub fn auto_scale_max_partition_count(mut self, count: u32) -> Self {
        self.auto_scale_max_partition_count = Some(count);
        self
    }

    /// The Avro schema of JSON or CSV records.
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let schema = r#"{"type":"record","name":"Order","fields":[{"name":"id","type":"string"}]}"#;
    /// let create = client
    ///     .create_stream("orders", 1)
    ///     .data_type(otc_dis::types::DataType::Json)
    ///     .data_schema(schema);
    /// # }
    /// ```
    pub fn data_schema(mut self, avro_schema: impl Into<String>) -> Self {
        self.data_schema = Some(avro_schema.into());
        self
    }

    /// The field separator of CSV records (sent as `csv_properties.delimiter`).
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let create = client
    ///     .create_stream("orders", 1)
    ///     .data_type(otc_dis::types::DataType::Csv)
    ///     .csv_delimiter(";");
    /// # }
    /// ```
    pub fn csv_delimiter(mut self, delimiter: impl Into<String>) -> Self {
        self.csv_delimiter = Some(delimiter.into());
        self
    }

    /// How DIS compresses stored records (none by default).
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let create = client.create_stream("orders", 1).compression_format(otc_dis::types::CompressionFormat::Gzip);
    /// # }
    /// ```
    pub fn compression_format(mut self, format: types::CompressionFormat) -> Self {
        self.compression_format = Some(format);
        self
    }

    /// Adds a tag (key 1 to 36 characters, value at most 43; at most 10 tags, keys unique).
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let create = client.create_stream("orders", 1).tag("team", "payments").tag("env", "prod");
    /// # }
    /// ```
    pub fn tag(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.tags.push((key.into(), value.into()));
        self
    }

    /// The enterprise project the stream belongs to (sent as the system tag
    /// `_sys_enterprise_project_id` in `sys_tags`).
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let create = client
    ///     .create_stream("orders", 1)
    ///     .enterprise_project_id("1f3c4b5a-0000-4000-8000-123456789abc");
    /// # }
    /// ```
    pub fn enterprise_project_id(mut self, id: impl Into<String>) -> Self {
        self.enterprise_project_id = Some(id.into());
        self
    }

    /// Checks the attributes and sends the request. DIS answers 201 with no body.
    /// Refused input returns [`Error::Validation`](crate::Error::Validation) and sends
    /// nothing; an existing name gives [`Error::AlreadyExists`](crate::Error::AlreadyExists).
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.create_stream("orders", 2).data_duration(48).send().await?;
    /// # Ok(()) }
    /// ```
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
            stream_type: self.stream_type,
            data_type: self.data_type,
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
