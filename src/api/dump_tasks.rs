//! Dump (transfer) tasks: periodic copies of a stream's data into an OBS bucket.
//!
//! The methods carry the names of the otcextensions DIS proxy and map to these DIS operations:
//!
//! | method | DIS operation |
//! |---|---|
//! | [`Client::create_dump_task`] | `create_transfer_task` (`POST .../transfer-tasks`) |
//! | [`Client::dump_tasks`] | `list_transfer_tasks` (`GET .../transfer-tasks`) |
//! | [`Client::get_dump_task`] | `show_transfer_task` (`GET .../transfer-tasks/{task_name}`) |
//! | [`Client::delete_dump_task`] | `delete_transfer_task` (`DELETE .../transfer-tasks/{task_name}`) |
//! | [`Client::start_dump_task`] | `batch_transfer_task_action` with `action: start` |
//! | [`Client::pause_dump_task`] | `batch_transfer_task_action` with `action: stop` |

use crate::{
    Client, Paginator, Result,
    api::decode::{self, wire_enum},
    api::pagination::Page,
    api::validate,
    api::validate::wire,
    error, types,
};

/// Dump cycle DIS documents as the default, in seconds.
const DEFAULT_DELIVER_TIME_INTERVAL: u32 = 300;

impl Client {
    /// Starts building a dump task that copies `stream_name` into the OBS bucket
    /// `obs_bucket_path` every 300 seconds, writing through the IAM agency `agency_name`
    /// (DIS operation `create_transfer_task`, destination `OBS`).
    ///
    /// Nothing is sent until [`CreateDumpTask::send`]; the other OBS settings are optional.
    ///
    /// ```no_run
    /// use otc_dis::types::{ConsumerStrategy, PartitionFormat};
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client
    ///     .create_dump_task("clicks", "clicks_to_obs", "my-bucket", "dis_admin_agency")
    ///     .deliver_time_interval(60)
    ///     .consumer_strategy(ConsumerStrategy::TrimHorizon)
    ///     .file_prefix("raw/clicks")
    ///     .partition_format(PartitionFormat::YyyyMmDd)
    ///     .send()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "create_transfer_task")]
    pub fn create_dump_task(
        &self,
        stream_name: impl Into<String>,
        task_name: impl Into<String>,
        obs_bucket_path: impl Into<String>,
        agency_name: impl Into<String>,
    ) -> CreateDumpTask {
        CreateDumpTask {
            client: self.clone(),
            stream_name: stream_name.into(),
            task_name: task_name.into(),
            obs_bucket_path: obs_bucket_path.into(),
            agency_name: agency_name.into(),
            deliver_time_interval: DEFAULT_DELIVER_TIME_INTERVAL,
            consumer_strategy: None,
            file_prefix: None,
            partition_format: None,
            destination_file_type: None,
            processing_schema: None,
            record_delimiter: None,
        }
    }

    /// Lists the dump tasks of a stream (DIS operation `list_transfer_tasks`).
    ///
    /// Without a page size, one request fetches every task, as the reference documents.
    /// With [`Paginator::page_size`], each request sends `limit` (and `start_task_name` after
    /// the first page), parameters the reference does not document but the Java and Go SDKs
    /// send; the listing goes on while a page comes back full.
    /// [`Paginator::start_after`] takes a task name.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let tasks: Vec<otc_dis::DumpTask> = client.dump_tasks("clicks").try_collect().await?;
    /// for task in &tasks {
    ///     println!("{} {} {}", task.task_name, task.task_id, task.state);
    /// }
    /// # Ok(()) }
    /// ```
    #[doc(alias = "list_transfer_tasks")]
    pub fn dump_tasks(&self, stream_name: impl Into<String>) -> Paginator<DumpTask> {
        let stream_name = stream_name.into();
        if let Err(refused) = validate::stream_name(&stream_name) {
            return Paginator::refused(refused.into());
        }
        let client = self.clone();
        // `limit` is an int32 on the wire; no upper bound is documented.
        Paginator::paged("limit", 1..=i32::MAX as u32, move |page_size, after| {
            let client = client.clone();
            let stream_name = stream_name.clone();
            async move { client.dump_task_page(&stream_name, page_size, after).await }
        })
    }

    async fn dump_task_page(
        &self,
        stream_name: &str,
        page_size: Option<u32>,
        after: Option<String>,
    ) -> Result<Page<DumpTask>> {
        let mut request = self
            .raw()
            .list_transfer_tasks()
            .project_id(self.project_id())
            .stream_name(stream_name);
        if let Some(size) = page_size {
            request = request.limit(size);
        }
        if let Some(after) = after {
            request = request.start_task_name(after);
        }
        let answer = error::body(request.send().await).await?;
        // The answer has no "more" flag; only an exactly full page can have a successor.
        // Without a page size DIS returns every task at once, and a page larger than the
        // size asked for shows a server that ignores the undocumented `limit` and did the same.
        let full = page_size.is_some_and(|size| answer.tasks.len() == size as usize);
        let tasks: Vec<DumpTask> = answer.tasks.into_iter().map(DumpTask::from_wire).collect();
        let last = tasks.last().map(|task| task.task_name.clone());
        Ok(Page::new(tasks, full, last))
    }

    /// The details of one dump task: state, OBS settings and per-partition progress
    /// (DIS operation `show_transfer_task`). A missing task is [`crate::Error::NotFound`].
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let task = client.get_dump_task("clicks", "clicks_to_obs").await?;
    /// println!("{} since {}", task.task.state, task.task.create_time);
    /// # Ok(()) }
    /// ```
    #[doc(alias = "show_transfer_task")]
    pub async fn get_dump_task(
        &self,
        stream_name: &str,
        task_name: &str,
    ) -> Result<DumpTaskDetails> {
        validate::stream_name(stream_name)?;
        validate::task_name(task_name)?;
        let answer = error::body(
            self.raw()
                .show_transfer_task()
                .project_id(self.project_id())
                .stream_name(stream_name)
                .task_name(task_name)
                .send()
                .await,
        )
        .await?;
        DumpTaskDetails::from_wire(answer)
    }

    /// Deletes a dump task (DIS operation `delete_transfer_task`). With `ignore_missing`, a
    /// task that does not exist (DIS.4354, or HTTP 404) counts as deleted.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.delete_dump_task("clicks", "clicks_to_obs", true).await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "delete_transfer_task")]
    pub async fn delete_dump_task(
        &self,
        stream_name: &str,
        task_name: &str,
        ignore_missing: bool,
    ) -> Result<()> {
        validate::stream_name(stream_name)?;
        validate::task_name(task_name)?;
        let result = error::no_body(
            self.raw()
                .delete_transfer_task()
                .project_id(self.project_id())
                .stream_name(stream_name)
                .task_name(task_name)
                .send()
                .await,
        )
        .await;
        error::ignore_missing(result, ignore_missing)
    }

    /// Starts (or resumes) dump tasks, given by task ID, in one request (DIS operation
    /// `batch_transfer_task_action` with `action: start`). Task IDs are the `task_id` of
    /// [`Client::dump_tasks`] or [`Client::get_dump_task`], not the task names.
    ///
    /// Any number of IDs can be given; an empty list is refused without a request.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.start_dump_task("clicks", ["As805BudhcH1lDs6gbn"]).await?;
    /// client.start_dump_task("clicks", vec!["id-1".to_owned(), "id-2".to_owned()]).await?;
    /// # Ok(()) }
    /// ```
    ///
    /// A single string is not a list of IDs, so it cannot be split into characters by
    /// mistake:
    ///
    /// ```compile_fail
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.start_dump_task("clicks", "As805BudhcH1lDs6gbn").await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "batch_transfer_task_action")]
    pub async fn start_dump_task(
        &self,
        stream_name: &str,
        task_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Result<()> {
        self.dump_task_action(stream_name, types::TransferTaskAction::Start, task_ids)
            .await
    }

    /// Pauses dump tasks, given by task ID, in one request (DIS operation
    /// `batch_transfer_task_action` with `action: stop`). Takes IDs like
    /// [`Client::start_dump_task`].
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.pause_dump_task("clicks", ["As805BudhcH1lDs6gbn"]).await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "batch_transfer_task_action")]
    pub async fn pause_dump_task(
        &self,
        stream_name: &str,
        task_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Result<()> {
        self.dump_task_action(stream_name, types::TransferTaskAction::Stop, task_ids)
            .await
    }

    async fn dump_task_action(
        &self,
        stream_name: &str,
        action: types::TransferTaskAction,
        task_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Result<()> {
        validate::stream_name(stream_name)?;
        let tasks = task_references(task_ids)?;
        error::no_body(
            self.raw()
                .batch_transfer_task_action()
                .project_id(self.project_id())
                .stream_name(stream_name)
                .body(
                    types::BatchTransferTaskRequest::builder()
                        .action(action)
                        .tasks(tasks),
                )
                .send()
                .await,
        )
        .await
    }
}

fn task_references(
    task_ids: impl IntoIterator<Item = impl Into<String>>,
) -> Result<Vec<types::BatchTransferTask>> {
    let tasks = task_ids
        .into_iter()
        .map(|id| {
            let id = id.into();
            validate::non_empty("tasks.id", &id)?;
            Ok(types::BatchTransferTask { id })
        })
        .collect::<Result<Vec<_>>>()?;
    if tasks.is_empty() {
        return Err(crate::ValidationError::new("tasks", "needs at least one task id").into());
    }
    Ok(tasks)
}

/// A dump task to OBS being configured; created by [`Client::create_dump_task`], sent by
/// [`CreateDumpTask::send`].
///
/// ```no_run
/// use otc_dis::{RecordDelimiter, types::DestinationFileType};
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// client
///     .create_dump_task("orders", "orders_to_obs", "my-bucket", "dis_admin_agency")
///     .destination_file_type(DestinationFileType::Text)
///     .record_delimiter(RecordDelimiter::Pipe)
///     .send()
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `send` is awaited"]
pub struct CreateDumpTask {
    client: Client,
    stream_name: String,
    task_name: String,
    obs_bucket_path: String,
    agency_name: String,
    deliver_time_interval: u32,
    consumer_strategy: Option<types::ConsumerStrategy>,
    file_prefix: Option<String>,
    partition_format: Option<types::PartitionFormat>,
    destination_file_type: Option<types::DestinationFileType>,
    processing_schema: Option<RecordTimestamp>,
    record_delimiter: Option<RecordDelimiter>,
}

impl CreateDumpTask {
    /// Seconds between two dump cycles, 30 to 900 (default 300). A cycle without new data
    /// writes no file.
    pub fn deliver_time_interval(mut self, seconds: u32) -> Self {
        self.deliver_time_interval = seconds;
        self
    }

    /// Where a new task starts reading: the newest data (`Latest`, the server default) or the
    /// oldest data still retained (`TrimHorizon`).
    pub fn consumer_strategy(mut self, strategy: types::ConsumerStrategy) -> Self {
        self.consumer_strategy = Some(strategy);
        self
    }

    /// Directory inside the bucket, at most 50 characters, not starting with `/`.
    pub fn file_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.file_prefix = Some(prefix.into());
        self
    }

    /// Time-based directories below the prefix (`yyyy/MM/dd` ...); none by default.
    pub fn partition_format(mut self, format: types::PartitionFormat) -> Self {
        self.partition_format = Some(format);
        self
    }

    /// Format of the dump files: `Text` (server default), or `Parquet` / `Carbon` for JSON
    /// streams.
    pub fn destination_file_type(mut self, file_type: types::DestinationFileType) -> Self {
        self.destination_file_type = Some(file_type);
        self
    }

    /// Takes the time of the `partition_format` directories from a timestamp attribute of
    /// the records instead of the dump time (`processing_schema` on the wire).
    pub fn processing_schema(mut self, timestamp: RecordTimestamp) -> Self {
        self.processing_schema = Some(timestamp);
        self
    }

    /// Separator written between records in a dump file; newline when not set.
    pub fn record_delimiter(mut self, delimiter: RecordDelimiter) -> Self {
        self.record_delimiter = Some(delimiter);
        self
    }

    /// Checks every field against the reference's limits, then creates the task. An
    /// existing task name is [`crate::Error::AlreadyExists`] (DIS.4355).
    pub async fn send(self) -> Result<()> {
        let body = self.request()?;
        error::no_body(
            self.client
                .raw()
                .create_transfer_task()
                .project_id(self.client.project_id())
                .stream_name(self.stream_name.as_str())
                .body(body)
                .send()
                .await,
        )
        .await
    }

    fn check(&self) -> Result<(), crate::ValidationError> {
        validate::stream_name(&self.stream_name)?;
        validate::task_name(&self.task_name)?;
        validate::non_empty("obs_bucket_path", &self.obs_bucket_path)?;
        validate::non_empty("agency_name", &self.agency_name)?;
        validate::max_chars("agency_name", &self.agency_name, validate::AGENCY_NAME_MAX)?;
        validate::in_range(
            "deliver_time_interval",
            self.deliver_time_interval,
            validate::DELIVER_TIME_INTERVAL_SECONDS,
        )?;
        if let Some(prefix) = &self.file_prefix {
            validate::max_chars("file_prefix", prefix, validate::FILE_PREFIX_MAX)?;
            if prefix.starts_with('/') {
                return Err(crate::ValidationError::new(
                    "file_prefix",
                    format!("must not start with '/', got {prefix:?}"),
                ));
            }
        }
        if let Some(timestamp) = &self.processing_schema {
            validate::non_empty("processing_schema.timestamp_name", &timestamp.attribute)?;
        }
        Ok(())
    }

    fn request(&self) -> Result<types::CreateTransferTaskRequest> {
        self.check()?;
        let mut descriptor = types::ObsDestinationDescriptorRequest::builder()
            .task_name(self.task_name.as_str())
            .agency_name(self.agency_name.as_str())
            .obs_bucket_path(self.obs_bucket_path.as_str())
            .deliver_time_interval(self.deliver_time_interval as i32)
            .consumer_strategy(self.consumer_strategy)
            .partition_format(self.partition_format)
            .destination_file_type(self.destination_file_type)
            .processing_schema(
                self.processing_schema
                    .as_ref()
                    .map(RecordTimestamp::to_wire),
            );
        if let Some(prefix) = &self.file_prefix {
            let prefix: types::ObsDestinationDescriptorRequestFilePrefix =
                wire("file_prefix", prefix.as_str())?;
            descriptor = descriptor.file_prefix(Some(prefix));
        }
        if let Some(delimiter) = self.record_delimiter {
            descriptor = descriptor.record_delimiter(Some(delimiter.as_str().to_owned()));
        }
        let descriptor: types::ObsDestinationDescriptorRequest =
            wire("obs_destination_descriptor", descriptor)?;
        Ok(wire(
            "body",
            types::CreateTransferTaskRequest::builder()
                .destination_type(types::TransferTaskDestinationType::Obs)
                .obs_destination_descriptor(descriptor),
        )?)
    }
}

/// A dump task as [`Client::dump_tasks`] lists it; also the core of [`DumpTaskDetails`].
///
/// ```no_run
/// use futures::TryStreamExt;
/// use otc_dis::{DumpTask, DumpTaskState};
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let tasks: Vec<DumpTask> = client.dump_tasks("clicks").try_collect().await?;
/// let paused: Vec<String> = tasks
///     .into_iter()
///     .filter(|t| t.state == DumpTaskState::Paused)
///     .map(|t| t.task_id)
///     .collect();
/// client.start_dump_task("clicks", paused).await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DumpTask {
    /// The task name.
    pub task_name: String,
    /// The task ID, which [`Client::start_dump_task`] and [`Client::pause_dump_task`] take.
    pub task_id: String,
    /// The state of the task.
    pub state: DumpTaskState,
    /// Where the task writes to.
    pub destination_type: DumpDestinationType,
    /// When the task was created, epoch milliseconds.
    pub create_time: i64,
    /// When the task last wrote data, epoch milliseconds; `None` until DIS reports one.
    pub last_transfer_timestamp: Option<i64>,
}

impl DumpTask {
    fn from_wire(wire: types::TransferTask) -> Self {
        Self {
            task_name: wire.task_name,
            task_id: wire.task_id,
            state: DumpTaskState::from_wire(wire.state),
            destination_type: DumpDestinationType::from_wire(wire.destination_type),
            create_time: wire.create_time,
            last_transfer_timestamp: wire.last_transfer_timestamp,
        }
    }
}

/// One dump task with its settings and per-partition progress, from
/// [`Client::get_dump_task`].
///
/// The OBS settings are decoded; the settings of other destinations (DWS, MRS, DLI,
/// CloudTable, no longer offered on Open Telekom Cloud) and the OBS `processing_schema`
/// are in the answer of [`Client::raw`] (`show_transfer_task`).
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let details = client.get_dump_task("clicks", "clicks_to_obs").await?;
/// if let Some(obs) = &details.obs_destination {
///     println!("{} writes to {} every {} s", details.task.task_name, obs.obs_bucket_path, obs.deliver_time_interval);
/// }
/// for partition in &details.partitions {
///     println!("{} {} at offset {:?}", partition.partition_id, partition.state, partition.last_transfer_offset);
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DumpTaskDetails {
    /// Name, ID, state, destination type and times, as a listing has them.
    pub task: DumpTask,
    /// The stream the task dumps.
    pub stream_name: String,
    /// The ID of that stream, when DIS sends it.
    pub stream_id: Option<String>,
    /// The OBS settings, for a task whose destination is OBS.
    pub obs_destination: Option<ObsDestination>,
    /// The dump progress of each partition DIS reports.
    pub partitions: Vec<DumpTaskPartition>,
}

impl DumpTaskDetails {
    fn from_wire(wire: types::ShowTransferTaskResponse) -> Result<Self> {
        let subject = format!("dump task {:?}", wire.task_name);
        Ok(Self {
            obs_destination: wire
                .obs_destination_description
                .map(|obs| ObsDestination::from_wire(&subject, obs))
                .transpose()?,
            partitions: wire
                .partitions
                .into_iter()
                .map(|partition| DumpTaskPartition::from_wire(&subject, partition))
                .collect::<Result<_>>()?,
            stream_name: wire.stream_name,
            stream_id: wire.stream_id,
            task: DumpTask::from_wire(types::TransferTask {
                task_name: wire.task_name,
                task_id: wire.task_id,
                state: wire.state,
                destination_type: wire.destination_type,
                create_time: wire.create_time,
                last_transfer_timestamp: wire.last_transfer_timestamp,
            }),
        })
    }
}

/// The OBS settings of a dump task, as DIS reports them (values are kept as sent).
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let details = client.get_dump_task("clicks", "clicks_to_obs").await?;
/// let bucket = details.obs_destination.map(|obs| obs.obs_bucket_path);
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ObsDestination {
    /// The bucket the task writes to.
    pub obs_bucket_path: String,
    /// The IAM agency the task writes through.
    pub agency_name: String,
    /// Seconds between two dump cycles.
    pub deliver_time_interval: u32,
    /// The directory inside the bucket, if DIS sends one (may be empty).
    pub file_prefix: Option<String>,
    /// The time-based directories below the prefix (`yyyy/MM/dd` ...), if DIS sends them.
    pub partition_format: Option<String>,
    /// Where the task started reading (`LATEST`, `TRIM_HORIZON`), if DIS sends it.
    pub consumer_strategy: Option<String>,
    /// The format of the dump files (`text`, `parquet`, `carbon`), if DIS sends it.
    pub destination_file_type: Option<String>,
    /// The separator between records in a dump file, if DIS sends it (may be empty).
    pub record_delimiter: Option<String>,
    /// How long DIS retries a failed dump, in seconds, as DIS sent it (number or text).
    pub retry_duration: Option<String>,
}

impl ObsDestination {
    fn from_wire(subject: &str, wire: types::ObsDestinationDescription) -> Result<Self> {
        Ok(Self {
            deliver_time_interval: decode::count(
                subject,
                "obs_destination_description.deliver_time_interval",
                wire.deliver_time_interval,
            )?,
            obs_bucket_path: wire.obs_bucket_path,
            agency_name: wire.agency_name,
            file_prefix: wire.file_prefix,
            partition_format: wire.partition_format,
            consumer_strategy: wire.consumer_strategy,
            destination_file_type: wire.destination_file_type,
            record_delimiter: wire.record_delimiter,
            retry_duration: wire.retry_duration.map(|value| value.to_string()),
        })
    }
}

/// How far a dump task has dumped one partition.
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let details = client.get_dump_task("clicks", "clicks_to_obs").await?;
/// let discarded: u64 = details.partitions.iter().filter_map(|p| p.discarded_records).sum();
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct DumpTaskPartition {
    /// The partition ID as DIS sent it (`partitionId`), `shardId-0000000000` or the digits.
    pub partition_id: String,
    /// The dump state of the partition (known values: RUNNING, ABNORMAL).
    pub state: DumpTaskState,
    /// Records the task could not dump and dropped (`discard`), if DIS says.
    pub discarded_records: Option<u64>,
    /// When the partition was last dumped, epoch milliseconds, if it has been.
    pub last_transfer_timestamp: Option<i64>,
    /// The offset (sequence number) of the last record dumped, if any.
    pub last_transfer_offset: Option<i64>,
}

impl DumpTaskPartition {
    fn from_wire(task: &str, wire: types::PartitionTransferResult) -> Result<Self> {
        let subject = format!("{task}, partition {:?}", wire.partition_id);
        Ok(Self {
            discarded_records: wire
                .discard
                .map(|discard| decode::count(&subject, "discard", discard))
                .transpose()?,
            partition_id: decode::partition_id(&subject, "partitionId", wire.partition_id)?,
            state: DumpTaskState::from_wire(wire.state),
            last_transfer_timestamp: wire.last_transfer_timestamp,
            last_transfer_offset: wire.last_transfer_offset,
        })
    }
}

/// The state of a dump task, or of its work on one partition. Values DIS does not
/// document arrive as `Other`.
///
/// ```
/// assert_eq!(otc_dis::DumpTaskState::Paused.to_string(), "PAUSED");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DumpTaskState {
    /// `ERROR`: the task failed.
    Error,
    /// `STARTING`: being started.
    Starting,
    /// `PAUSED`: stopped by [`Client::pause_dump_task`].
    Paused,
    /// `RUNNING`: dumping.
    Running,
    /// `DELETE`: being deleted.
    Delete,
    /// `ABNORMAL`: running, but with failures.
    Abnormal,
    /// Any other value, as DIS sent it.
    Other(String),
}

wire_enum!(DumpTaskState {
    Error = "ERROR",
    Starting = "STARTING",
    Paused = "PAUSED",
    Running = "RUNNING",
    Delete = "DELETE",
    Abnormal = "ABNORMAL",
});

/// Where a dump task writes to. Values DIS does not document arrive as `Other`.
///
/// ```
/// assert_eq!(otc_dis::DumpDestinationType::Obs.as_str(), "OBS");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DumpDestinationType {
    /// `OBS`: an Object Storage Service bucket (the only destination Open Telekom Cloud
    /// still offers for new tasks).
    Obs,
    /// `MRS`: MapReduce Service.
    Mrs,
    /// `DLI`: Data Lake Insight.
    Dli,
    /// `CLOUDTABLE`: CloudTable (HBase or OpenTSDB).
    CloudTable,
    /// `DWS`: Data Warehouse Service.
    Dws,
    /// Any other value, as DIS sent it.
    Other(String),
}

wire_enum!(DumpDestinationType {
    Obs = "OBS",
    Mrs = "MRS",
    Dli = "DLI",
    CloudTable = "CLOUDTABLE",
    Dws = "DWS",
});

/// The record attribute a dump task takes its directory time from (`processing_schema`).
///
/// ```
/// use otc_dis::{RecordTimestamp, TimestampFormat};
/// let millis = RecordTimestamp::epoch_millis("ts");
/// let text = RecordTimestamp::formatted("event_time", TimestampFormat::SlashYmd);
/// assert_ne!(millis, text);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordTimestamp {
    attribute: String,
    format: Option<TimestampFormat>,
}

impl RecordTimestamp {
    /// The attribute holds 13-digit epoch milliseconds (`timestamp_type: Timestamp`).
    pub fn epoch_millis(attribute: impl Into<String>) -> Self {
        Self {
            attribute: attribute.into(),
            format: None,
        }
    }

    /// The attribute holds a date-time text in `format` (`timestamp_type: String`, which
    /// needs a `timestamp_format`).
    pub fn formatted(attribute: impl Into<String>, format: TimestampFormat) -> Self {
        Self {
            attribute: attribute.into(),
            format: Some(format),
        }
    }

    fn to_wire(&self) -> types::ProcessingSchema {
        types::ProcessingSchema {
            timestamp_name: self.attribute.clone(),
            timestamp_type: match self.format {
                Some(_) => types::ProcessingSchemaTimestampType::String,
                None => types::ProcessingSchemaTimestampType::Timestamp,
            },
            timestamp_format: self.format.map(|format| format.as_str().to_owned()),
        }
    }
}

/// The date-time layouts DIS understands in a text timestamp attribute.
///
/// ```
/// assert_eq!(otc_dis::TimestampFormat::SlashYmd.as_str(), "yyyy/MM/dd HH:mm:ss");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimestampFormat {
    /// `yyyy/MM/dd HH:mm:ss`
    SlashYmd,
    /// `MM/dd/yyyy HH:mm:ss`
    SlashMdy,
    /// `dd/MM/yyyy HH:mm:ss`
    SlashDmy,
    /// `yyyy-MM-dd HH:mm:ss`
    DashYmd,
    /// `MM-dd-yyyy HH:mm:ss`
    DashMdy,
    /// `dd-MM-yyyy HH:mm:ss`
    DashDmy,
}

impl TimestampFormat {
    /// The layout as DIS spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SlashYmd => "yyyy/MM/dd HH:mm:ss",
            Self::SlashMdy => "MM/dd/yyyy HH:mm:ss",
            Self::SlashDmy => "dd/MM/yyyy HH:mm:ss",
            Self::DashYmd => "yyyy-MM-dd HH:mm:ss",
            Self::DashMdy => "MM-dd-yyyy HH:mm:ss",
            Self::DashDmy => "dd-MM-yyyy HH:mm:ss",
        }
    }
}

/// The separator a dump task writes between records.
///
/// ```
/// assert_eq!(otc_dis::RecordDelimiter::Newline.as_str(), "\n");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordDelimiter {
    /// `,`
    Comma,
    /// `;`
    Semicolon,
    /// `|`
    Pipe,
    /// A line break (the server default).
    Newline,
}

impl RecordDelimiter {
    /// The separator as sent to DIS.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Comma => ",",
            Self::Semicolon => ";",
            Self::Pipe => "|",
            Self::Newline => "\n",
        }
    }
}
