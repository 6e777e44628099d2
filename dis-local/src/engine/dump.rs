//! OBS dump (transfer) tasks. No data goes anywhere: a task only tracks, per partition,
//! how far it has "delivered".
//!
//! **State machine.** A new task starts `RUNNING` (DIS starts a dump task when it is
//! created; the reference's examples show `RUNNING`). `stop` moves `RUNNING` to `PAUSED`,
//! `start` moves `PAUSED` to `RUNNING`; applying an action to a task already in the target
//! state is a no-op. A batch naming an unknown task id fails with DIS.4354 and changes
//! nothing.
//!
//! **Progress.** Whenever a task is read, a `RUNNING` task catches up: each partition's
//! `last_transfer_offset` becomes the partition's latest offset and, if it moved,
//! `last_transfer_timestamp` becomes now. A `PAUSED` task stays where it is; records that
//! expire (retention) before it resumes are counted in `discard`. The start offset is the
//! partition's latest offset for `consumer_strategy` `LATEST` (default) and its earliest
//! offset for `TRIM_HORIZON`.
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream, dump::ObsDestination};
//! let mut e = Engine::new(Default::default());
//! e.create_stream(CreateStream::new("s", 1)).unwrap();
//! e.create_transfer_task("s", "OBS", Some(ObsDestination::new("to-obs", "bucket"))).unwrap();
//! assert_eq!(e.list_transfer_tasks("s").unwrap().total_number, 1);
//! ```

use super::streams::{DataType, Stream};
use super::{DisError, DisResult, Engine, check_name, format_partition_id};

/// Time-directory settings of an OBS dump.
///
/// ```
/// let p = dis_local::engine::dump::ProcessingSchema { timestamp_name: "ts".into(), timestamp_type: "Timestamp".into(), timestamp_format: None };
/// assert_eq!(p.timestamp_type, "Timestamp");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProcessingSchema {
    /// Attribute holding the timestamp.
    pub timestamp_name: String,
    /// `String` or `Timestamp`.
    pub timestamp_type: String,
    /// Required for `String`.
    pub timestamp_format: Option<String>,
}

/// The OBS descriptor of a CreateTransferTask request.
///
/// ```
/// let d = dis_local::engine::dump::ObsDestination::new("task1", "bucket");
/// assert_eq!(d.deliver_time_interval, 300);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObsDestination {
    /// 1..64 of `[A-Za-z0-9_-]`, unique per stream.
    pub task_name: String,
    /// IAM agency, 1..64 characters.
    pub agency_name: String,
    /// Seconds, 30..900.
    pub deliver_time_interval: i64,
    /// `LATEST` (default) or `TRIM_HORIZON`.
    pub consumer_strategy: Option<String>,
    /// At most 50 of letters, digits, `_`, `/`; not starting with `/`.
    pub file_prefix: Option<String>,
    /// Empty or `yyyy`, `yyyy/MM`, `yyyy/MM/dd`, `yyyy/MM/dd/HH`, `yyyy/MM/dd/HH/mm`.
    pub partition_format: Option<String>,
    /// Bucket name, non-empty.
    pub obs_bucket_path: String,
    /// `text` (default), `parquet` or `carbon` (the last two for JSON streams only).
    pub destination_file_type: Option<String>,
    /// Time directories from the data.
    pub processing_schema: Option<ProcessingSchema>,
    /// `,` `;` `|` or `\n` (default); empty means the default.
    pub record_delimiter: Option<String>,
}

impl ObsDestination {
    /// A descriptor with the mandatory fields; agency `dis_admin_agency`, interval 300 s.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::dump::ObsDestination::new("t", "b").agency_name, "dis_admin_agency");
    /// ```
    pub fn new(task_name: &str, obs_bucket_path: &str) -> Self {
        Self {
            task_name: task_name.to_owned(),
            agency_name: "dis_admin_agency".to_owned(),
            deliver_time_interval: 300,
            consumer_strategy: None,
            file_prefix: None,
            partition_format: None,
            obs_bucket_path: obs_bucket_path.to_owned(),
            destination_file_type: None,
            processing_schema: None,
            record_delimiter: None,
        }
    }
}

/// The OBS settings of a task with defaults filled in, as ShowTransferTask answers them.
///
/// ```
/// # use dis_local::engine::{Engine, streams::CreateStream, dump::ObsDestination};
/// # let mut e = Engine::new(Default::default());
/// # e.create_stream(CreateStream::new("s", 1)).unwrap();
/// let t = e.create_transfer_task("s", "OBS", Some(ObsDestination::new("t", "b"))).unwrap();
/// assert_eq!((t.obs.consumer_strategy.as_str(), t.obs.record_delimiter.as_str(), t.obs.retry_duration), ("LATEST", "\n", 1800));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ObsDescription {
    /// Task name.
    pub task_name: String,
    /// IAM agency.
    pub agency_name: String,
    /// Seconds.
    pub deliver_time_interval: i64,
    /// `LATEST` or `TRIM_HORIZON`.
    pub consumer_strategy: String,
    /// Possibly empty.
    pub file_prefix: String,
    /// Possibly empty.
    pub partition_format: String,
    /// Bucket.
    pub obs_bucket_path: String,
    /// `text`, `parquet` or `carbon`.
    pub destination_file_type: String,
    /// Time directories from the data.
    pub processing_schema: Option<ProcessingSchema>,
    /// Record delimiter.
    pub record_delimiter: String,
    /// Seconds; always the default 1800.
    pub retry_duration: i64,
}

/// Task state.
///
/// ```
/// assert_eq!(dis_local::engine::dump::TaskState::Paused.as_str(), "PAUSED");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum TaskState {
    /// Delivering.
    Running,
    /// Stopped by `stop`.
    Paused,
}

impl TaskState {
    /// The wire spelling.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::dump::TaskState::Running.as_str(), "RUNNING");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Running => "RUNNING",
            Self::Paused => "PAUSED",
        }
    }
}

/// Per-partition progress of a task.
///
/// ```
/// let p = dis_local::engine::dump::PartitionTransfer { partition_id: "shardId-0000000000".into(), discard: 0, state: "RUNNING", last_transfer_timestamp: 0, last_transfer_offset: 0 };
/// assert_eq!(p.discard, 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionTransfer {
    /// `shardId-…` form.
    pub partition_id: String,
    /// Records that expired before delivery.
    pub discard: i64,
    /// The task's state.
    pub state: &'static str,
    /// Last time data was delivered (ms), 0 before the first delivery.
    pub last_transfer_timestamp: i64,
    /// Offset up to which (exclusive) data was delivered.
    pub last_transfer_offset: i64,
}

/// A task as ListTransferTasks / ShowTransferTask answer it.
///
/// ```
/// # use dis_local::engine::{Engine, streams::CreateStream, dump::ObsDestination};
/// # let mut e = Engine::new(Default::default());
/// # e.create_stream(CreateStream::new("s", 1)).unwrap();
/// let t = e.create_transfer_task("s", "OBS", Some(ObsDestination::new("t", "b"))).unwrap();
/// assert_eq!((t.state.as_str(), t.destination_type), ("RUNNING", "OBS"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskInfo {
    /// Generated id, used by start/stop.
    pub task_id: String,
    /// Name.
    pub task_name: String,
    /// Stream name.
    pub stream_name: String,
    /// Stream id.
    pub stream_id: String,
    /// RUNNING or PAUSED.
    pub state: TaskState,
    /// Always `OBS`.
    pub destination_type: &'static str,
    /// Creation time (ms).
    pub create_time: i64,
    /// Latest delivery over all partitions (ms), 0 before the first.
    pub last_transfer_timestamp: i64,
    /// OBS settings.
    pub obs: ObsDescription,
    /// One entry per partition of the stream.
    pub partitions: Vec<PartitionTransfer>,
}

/// ListTransferTasks' answer.
///
/// ```
/// # use dis_local::engine::{Engine, streams::CreateStream};
/// # let mut e = Engine::new(Default::default());
/// # e.create_stream(CreateStream::new("s", 1)).unwrap();
/// let l = e.list_transfer_tasks("s").unwrap();
/// assert_eq!((l.total_number, l.quota), (0, 5));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskList {
    /// Tasks of the stream.
    pub total_number: u64,
    /// Most tasks per stream.
    pub quota: u64,
    /// The tasks in creation order.
    pub tasks: Vec<TaskInfo>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Progress {
    offset: u64,
    discard: i64,
    last_ms: i64,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct DumpTask {
    id: String,
    state: TaskState,
    create_time: i64,
    obs: ObsDescription,
    progress: Vec<Progress>,
}

const PARTITION_FORMATS: [&str; 5] = [
    "yyyy",
    "yyyy/MM",
    "yyyy/MM/dd",
    "yyyy/MM/dd/HH",
    "yyyy/MM/dd/HH/mm",
];
const TIMESTAMP_FORMATS: [&str; 6] = [
    "yyyy/MM/dd HH:mm:ss",
    "MM/dd/yyyy HH:mm:ss",
    "dd/MM/yyyy HH:mm:ss",
    "yyyy-MM-dd HH:mm:ss",
    "MM-dd-yyyy HH:mm:ss",
    "dd-MM-yyyy HH:mm:ss",
];

fn normalize(d: ObsDestination, data_type: DataType) -> DisResult<ObsDescription> {
    check_name("task_name", &d.task_name, 64)?;
    let bad = |m: String| Err(DisError::invalid_request(m));
    if d.agency_name.is_empty() || d.agency_name.chars().count() > 64 {
        return bad("agency_name must have 1 to 64 characters".into());
    }
    if !(30..=900).contains(&d.deliver_time_interval) {
        return bad(format!(
            "deliver_time_interval must be 30 to 900 seconds: {}",
            d.deliver_time_interval
        ));
    }
    let consumer_strategy = d.consumer_strategy.unwrap_or_else(|| "LATEST".into());
    if consumer_strategy != "LATEST" && consumer_strategy != "TRIM_HORIZON" {
        return bad(format!(
            "consumer_strategy must be LATEST or TRIM_HORIZON: {consumer_strategy:?}"
        ));
    }
    let file_prefix = d.file_prefix.unwrap_or_default();
    if file_prefix.len() > 50
        || file_prefix.starts_with('/')
        || !file_prefix
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'/')
    {
        return bad(format!(
            "file_prefix must have at most 50 of letters, digits, '_', '/', not starting with '/': {file_prefix:?}"
        ));
    }
    let partition_format = d.partition_format.unwrap_or_default();
    if !partition_format.is_empty() && !PARTITION_FORMATS.contains(&partition_format.as_str()) {
        return bad(format!(
            "partition_format is not one of {PARTITION_FORMATS:?}: {partition_format:?}"
        ));
    }
    if d.obs_bucket_path.is_empty() {
        return bad("obs_bucket_path is required".into());
    }
    let destination_file_type = d.destination_file_type.unwrap_or_else(|| "text".into());
    match destination_file_type.as_str() {
        "text" => {}
        "parquet" | "carbon" if data_type == DataType::Json => {}
        "parquet" | "carbon" => {
            return bad(format!(
                "destination_file_type {destination_file_type} needs a JSON stream"
            ));
        }
        other => {
            return bad(format!(
                "destination_file_type must be text, parquet or carbon: {other:?}"
            ));
        }
    }
    let record_delimiter = match d.record_delimiter.as_deref() {
        None | Some("") => "\n".to_owned(),
        Some(s @ ("," | ";" | "|" | "\n")) => s.to_owned(),
        Some(other) => {
            return bad(format!(
                "record_delimiter must be one of , ; | \\n: {other:?}"
            ));
        }
    };
    if let Some(p) = &d.processing_schema {
        if p.timestamp_name.is_empty() {
            return bad("processing_schema.timestamp_name is required".into());
        }
        match p.timestamp_type.as_str() {
            "Timestamp" => {}
            "String" => match p.timestamp_format.as_deref() {
                Some(f) if TIMESTAMP_FORMATS.contains(&f) => {}
                _ => {
                    return bad(format!(
                        "processing_schema.timestamp_format must be one of {TIMESTAMP_FORMATS:?}"
                    ));
                }
            },
            other => {
                return bad(format!(
                    "processing_schema.timestamp_type must be String or Timestamp: {other:?}"
                ));
            }
        }
    }
    Ok(ObsDescription {
        task_name: d.task_name,
        agency_name: d.agency_name,
        deliver_time_interval: d.deliver_time_interval,
        consumer_strategy,
        file_prefix,
        partition_format,
        obs_bucket_path: d.obs_bucket_path,
        destination_file_type,
        processing_schema: d.processing_schema,
        record_delimiter,
        retry_duration: 1800,
    })
}

impl DumpTask {
    /// Adds progress entries for partitions the task has not seen yet, at the start offset
    /// its consumer strategy names.
    fn track_new_partitions(&mut self, stream: &Stream) {
        let trim = self.obs.consumer_strategy == "TRIM_HORIZON";
        while self.progress.len() < stream.partitions.len() {
            let p = &stream.partitions[self.progress.len()];
            let offset = if trim { p.earliest() } else { p.latest() };
            self.progress.push(Progress {
                offset,
                discard: 0,
                last_ms: 0,
            });
        }
    }

    /// Brings progress up to date with the stream (see the module docs).
    fn catch_up(&mut self, stream: &Stream, now: i64) {
        self.track_new_partitions(stream);
        for (prog, p) in self.progress.iter_mut().zip(&stream.partitions) {
            if prog.offset < p.earliest() {
                prog.discard += (p.earliest() - prog.offset) as i64;
                prog.offset = p.earliest();
            }
            if self.state == TaskState::Running && prog.offset < p.latest() {
                prog.offset = p.latest();
                prog.last_ms = now;
            }
        }
    }

    fn info(&self, stream: &Stream) -> TaskInfo {
        TaskInfo {
            task_id: self.id.clone(),
            task_name: self.obs.task_name.clone(),
            stream_name: stream.name.clone(),
            stream_id: stream.id.clone(),
            state: self.state,
            destination_type: "OBS",
            create_time: self.create_time,
            last_transfer_timestamp: self.progress.iter().map(|p| p.last_ms).max().unwrap_or(0),
            obs: self.obs.clone(),
            partitions: self
                .progress
                .iter()
                .enumerate()
                .map(|(i, p)| PartitionTransfer {
                    partition_id: format_partition_id(i as u32),
                    discard: p.discard,
                    state: self.state.as_str(),
                    last_transfer_timestamp: p.last_ms,
                    last_transfer_offset: p.offset as i64,
                })
                .collect(),
        }
    }
}

impl Engine {
    fn synced_stream(&mut self, stream_name: &str) -> DisResult<&mut Stream> {
        let now = self.now_ms();
        self.fresh_stream_mut(stream_name)?;
        let stream = self.stream_mut(stream_name)?;
        let mut tasks = std::mem::take(&mut stream.dump_tasks);
        for t in &mut tasks {
            t.catch_up(stream, now);
        }
        stream.dump_tasks = tasks;
        Ok(stream)
    }

    /// CreateTransferTask. Only `destination_type` `OBS` is accepted (DIS.4200 otherwise,
    /// as for a missing descriptor or a field out of range); DIS.4301 unknown stream,
    /// DIS.4355 duplicate name, DIS.4357 more than the quota (5) of tasks.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, dump::ObsDestination};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// e.create_transfer_task("s", "OBS", Some(ObsDestination::new("t", "b"))).unwrap();
    /// let again = e.create_transfer_task("s", "OBS", Some(ObsDestination::new("t", "b")));
    /// assert_eq!(again.unwrap_err().code, "DIS.4355");
    /// ```
    pub fn create_transfer_task(
        &mut self,
        stream_name: &str,
        destination_type: &str,
        obs: Option<ObsDestination>,
    ) -> DisResult<TaskInfo> {
        let stream = self.stream(stream_name)?;
        if destination_type != "OBS" {
            return Err(DisError::invalid_request(format!(
                "destination_type must be OBS (the only dump destination the emulator supports): {destination_type:?}"
            )));
        }
        let obs = obs.ok_or_else(|| {
            DisError::invalid_request("obs_destination_descriptor is required for OBS")
        })?;
        let obs = normalize(obs, stream.data_type)?;
        if stream
            .dump_tasks
            .iter()
            .any(|t| t.obs.task_name == obs.task_name)
        {
            return Err(DisError::task_exists());
        }
        if stream.dump_tasks.len() >= self.config.dump_task_quota {
            return Err(DisError::task_quota_exceeded());
        }
        let mut id = self.new_id();
        while self
            .streams
            .values()
            .flat_map(|s| &s.dump_tasks)
            .any(|t| t.id == id)
        {
            id = self.new_id();
        }
        let now = self.now_ms();
        let stream = self.synced_stream(stream_name)?;
        let mut task = DumpTask {
            id,
            state: TaskState::Running,
            create_time: now,
            obs,
            progress: Vec::new(),
        };
        task.track_new_partitions(stream);
        let info = task.info(stream);
        stream.dump_tasks.push(task);
        Ok(info)
    }

    /// ListTransferTasks: all tasks of the stream, the count and the quota.
    ///
    /// ```
    /// let mut e = dis_local::engine::Engine::new(Default::default());
    /// assert_eq!(e.list_transfer_tasks("x").unwrap_err().code, "DIS.4301");
    /// ```
    pub fn list_transfer_tasks(&mut self, stream_name: &str) -> DisResult<TaskList> {
        let quota = self.config.dump_task_quota as u64;
        let stream = self.synced_stream(stream_name)?;
        let tasks: Vec<TaskInfo> = stream.dump_tasks.iter().map(|t| t.info(stream)).collect();
        Ok(TaskList {
            total_number: tasks.len() as u64,
            quota,
            tasks,
        })
    }

    /// ShowTransferTask (DIS.4354 for an unknown task name).
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// assert_eq!(e.show_transfer_task("s", "t").unwrap_err().code, "DIS.4354");
    /// ```
    pub fn show_transfer_task(
        &mut self,
        stream_name: &str,
        task_name: &str,
    ) -> DisResult<TaskInfo> {
        let stream = self.synced_stream(stream_name)?;
        stream
            .dump_tasks
            .iter()
            .find(|t| t.obs.task_name == task_name)
            .map(|t| t.info(stream))
            .ok_or_else(|| DisError::task_not_found(task_name))
    }

    /// DeleteTransferTask (DIS.4354 for an unknown task name).
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, dump::ObsDestination};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// e.create_transfer_task("s", "OBS", Some(ObsDestination::new("t", "b"))).unwrap();
    /// e.delete_transfer_task("s", "t").unwrap();
    /// assert_eq!(e.delete_transfer_task("s", "t").unwrap_err().code, "DIS.4354");
    /// ```
    pub fn delete_transfer_task(&mut self, stream_name: &str, task_name: &str) -> DisResult<()> {
        let stream = self.stream_mut(stream_name)?;
        let before = stream.dump_tasks.len();
        stream.dump_tasks.retain(|t| t.obs.task_name != task_name);
        if stream.dump_tasks.len() == before {
            return Err(DisError::task_not_found(task_name));
        }
        Ok(())
    }

    /// Batch start (`action` `start`) or stop (`stop`) by task **id**. DIS.4200 for another
    /// action or an empty list, DIS.4354 when an id is not a task of this stream (nothing
    /// changes then).
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, dump::{ObsDestination, TaskState}};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// let id = e.create_transfer_task("s", "OBS", Some(ObsDestination::new("t", "b"))).unwrap().task_id;
    /// e.batch_transfer_task_action("s", "stop", &[id]).unwrap();
    /// assert_eq!(e.show_transfer_task("s", "t").unwrap().state, TaskState::Paused);
    /// ```
    pub fn batch_transfer_task_action(
        &mut self,
        stream_name: &str,
        action: &str,
        task_ids: &[String],
    ) -> DisResult<()> {
        let target = match action {
            "start" => TaskState::Running,
            "stop" => TaskState::Paused,
            other => {
                return Err(DisError::invalid_request(format!(
                    "action must be start or stop: {other:?}"
                )));
            }
        };
        if task_ids.is_empty() {
            return Err(DisError::invalid_request(
                "tasks must name at least one task id",
            ));
        }
        let stream = self.synced_stream(stream_name)?;
        if let Some(missing) = task_ids
            .iter()
            .find(|id| !stream.dump_tasks.iter().any(|t| &t.id == *id))
        {
            return Err(DisError::task_not_found(missing));
        }
        for t in &mut stream.dump_tasks {
            if task_ids.contains(&t.id) {
                t.state = target;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::engine::records::{PutRecord, PutRecords};
    use crate::engine::streams::CreateStream;
    use crate::engine::testutil::{T0, engine};

    #[test]
    fn validation_quota_and_duplicates() {
        let (mut e, _) = engine();
        e.create_stream(CreateStream::new("s", 1)).unwrap();
        let ok = || Some(ObsDestination::new("t", "bucket"));
        assert_eq!(
            e.create_transfer_task("x", "OBS", ok()).unwrap_err().code,
            "DIS.4301"
        );
        assert_eq!(
            e.create_transfer_task("s", "DLI", ok()).unwrap_err().code,
            "DIS.4200"
        );
        assert_eq!(
            e.create_transfer_task("s", "OBS", None).unwrap_err().code,
            "DIS.4200"
        );
        let variants: Vec<fn(&mut ObsDestination)> = vec![
            |d| d.task_name = "bad name".into(),
            |d| d.deliver_time_interval = 29,
            |d| d.deliver_time_interval = 901,
            |d| d.agency_name = String::new(),
            |d| d.obs_bucket_path = String::new(),
            |d| d.file_prefix = Some("/abs".into()),
            |d| d.partition_format = Some("yyyy-MM".into()),
            |d| d.destination_file_type = Some("parquet".into()),
            |d| d.record_delimiter = Some("#".into()),
            |d| d.consumer_strategy = Some("EARLIEST".into()),
            |d| {
                d.processing_schema = Some(ProcessingSchema {
                    timestamp_name: "t".into(),
                    timestamp_type: "String".into(),
                    timestamp_format: None,
                })
            },
        ];
        for v in variants {
            let mut d = ObsDestination::new("t", "bucket");
            v(&mut d);
            assert_eq!(
                e.create_transfer_task("s", "OBS", Some(d.clone()))
                    .unwrap_err()
                    .code,
                "DIS.4200",
                "{d:?}"
            );
        }
        for i in 0..5 {
            e.create_transfer_task("s", "OBS", Some(ObsDestination::new(&format!("t{i}"), "b")))
                .unwrap();
        }
        assert_eq!(
            e.create_transfer_task("s", "OBS", Some(ObsDestination::new("t0", "b")))
                .unwrap_err()
                .code,
            "DIS.4355"
        );
        assert_eq!(
            e.create_transfer_task("s", "OBS", Some(ObsDestination::new("t5", "b")))
                .unwrap_err()
                .code,
            "DIS.4357"
        );
        let l = e.list_transfer_tasks("s").unwrap();
        assert_eq!((l.total_number, l.quota), (5, 5));
        assert_eq!(l.tasks[0].task_name, "t0");
        // parquet is fine on JSON streams
        let json = CreateStream {
            data_type: Some(DataType::Json),
            ..CreateStream::new("j", 1)
        };
        e.create_stream(json).unwrap();
        let mut d = ObsDestination::new("p", "b");
        d.destination_file_type = Some("parquet".into());
        e.create_transfer_task("j", "OBS", Some(d)).unwrap();
    }

    #[test]
    fn state_machine_and_progress() {
        let (mut e, clock) = engine();
        e.create_stream(CreateStream::new("s", 2)).unwrap();
        let put = |e: &mut Engine, n: usize| {
            let recs = (0..n)
                .map(|_| PutRecord {
                    partition_id: Some("0".into()),
                    ..PutRecord::new(vec![1])
                })
                .collect();
            e.put_records(PutRecords::new("s", recs)).unwrap();
        };
        put(&mut e, 3);
        let mut trim = ObsDestination::new("trim", "b");
        trim.consumer_strategy = Some("TRIM_HORIZON".into());
        let t1 = e
            .create_transfer_task("s", "OBS", Some(ObsDestination::new("latest", "b")))
            .unwrap();
        let t2 = e.create_transfer_task("s", "OBS", Some(trim)).unwrap();
        assert_eq!(t1.state, TaskState::Running);
        assert_eq!(
            (
                t1.partitions[0].last_transfer_offset,
                t1.last_transfer_timestamp
            ),
            (3, 0)
        );
        assert_eq!(t2.partitions[0].last_transfer_offset, 0);
        assert_eq!(t1.create_time, T0);

        clock.advance(Duration::from_secs(1));
        let t2 = e.show_transfer_task("s", "trim").unwrap();
        assert_eq!(
            (
                t2.partitions[0].last_transfer_offset,
                t2.last_transfer_timestamp
            ),
            (3, T0 + 1000)
        );

        e.batch_transfer_task_action("s", "stop", std::slice::from_ref(&t1.task_id))
            .unwrap();
        e.batch_transfer_task_action("s", "stop", std::slice::from_ref(&t1.task_id))
            .unwrap();
        put(&mut e, 2);
        let t1s = e.show_transfer_task("s", "latest").unwrap();
        assert_eq!(
            (t1s.state, t1s.partitions[0].last_transfer_offset),
            (TaskState::Paused, 3)
        );
        assert_eq!(t1s.partitions[0].state, "PAUSED");
        clock.advance(Duration::from_secs(1));
        e.batch_transfer_task_action("s", "start", std::slice::from_ref(&t1.task_id))
            .unwrap();
        let t1s = e.show_transfer_task("s", "latest").unwrap();
        assert_eq!(
            (t1s.state, t1s.partitions[0].last_transfer_offset),
            (TaskState::Running, 5)
        );
        assert_eq!(t1s.last_transfer_timestamp, T0 + 2000);

        // unknown id: nothing changes
        let err = e
            .batch_transfer_task_action("s", "stop", &[t1.task_id.clone(), "nope".into()])
            .unwrap_err();
        assert_eq!(err.code, "DIS.4354");
        assert_eq!(
            e.show_transfer_task("s", "latest").unwrap().state,
            TaskState::Running
        );
        assert_eq!(
            e.batch_transfer_task_action("s", "pause", std::slice::from_ref(&t1.task_id))
                .unwrap_err()
                .code,
            "DIS.4200"
        );
        assert_eq!(
            e.batch_transfer_task_action("s", "stop", &[])
                .unwrap_err()
                .code,
            "DIS.4200"
        );

        // scaling up adds partitions to the task
        e.update_partition_count("s", 3).unwrap();
        assert_eq!(
            e.show_transfer_task("s", "latest")
                .unwrap()
                .partitions
                .len(),
            3
        );

        // a paused task whose data expires counts discards
        e.batch_transfer_task_action("s", "stop", std::slice::from_ref(&t2.task_id))
            .unwrap();
        put(&mut e, 4);
        clock.advance(Duration::from_secs(25 * 3600));
        let t2s = e.show_transfer_task("s", "trim").unwrap();
        assert_eq!(
            (
                t2s.partitions[0].discard,
                t2s.partitions[0].last_transfer_offset
            ),
            (4, 9)
        );
    }
}
