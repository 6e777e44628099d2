//! Each resource's fields under the API's names, and the columns its table shows.

use otc_dis::{
    App, Checkpoint, DumpTask, DumpTaskDetails, MetricSeries, Partition, Record, Stream,
    StreamSummary,
};
use serde_json::Value;

use crate::output::{Cell, Row, View};

impl View for StreamSummary {
    const COLUMNS: &'static [&'static str] = &[
        "stream_name",
        "stream_type",
        "data_type",
        "partition_count",
        "auto_scale_enabled",
        "status",
    ];
    fn row(&self) -> Row {
        Row::new()
            .with("stream_name", self.stream_name.as_str())
            .with("stream_id", self.stream_id.as_str())
            .with("stream_type", self.stream_type.as_str())
            .with("data_type", self.data_type.as_str())
            .with("partition_count", self.partition_count)
            .with("auto_scale_enabled", self.auto_scale_enabled)
            .with(
                "auto_scale_min_partition_count",
                self.auto_scale_min_partition_count,
            )
            .with(
                "auto_scale_max_partition_count",
                self.auto_scale_max_partition_count,
            )
            .with("retention_period", self.retention_period)
            .with("status", self.status.as_str())
            .with("create_time", Cell::Time(Some(self.create_time)))
            .with("tags", tags(&self.tags))
    }
}

impl View for Stream {
    const COLUMNS: &'static [&'static str] = &[
        "stream_name",
        "stream_id",
        "stream_type",
        "data_type",
        "status",
        "writable_partition_count",
        "readable_partition_count",
        "retention_period",
        "auto_scale_enabled",
        "create_time",
        "tags",
    ];
    fn row(&self) -> Row {
        Row::new()
            .with("stream_name", self.stream_name.as_str())
            .with("stream_id", self.stream_id.as_str())
            .with("stream_type", self.stream_type.as_str())
            .with("data_type", self.data_type.as_str())
            .with("status", self.status.as_str())
            .with("writable_partition_count", self.writable_partition_count)
            .with("readable_partition_count", self.readable_partition_count)
            .with("retention_period", self.retention_period)
            .with("auto_scale_enabled", self.auto_scale_enabled)
            .with(
                "auto_scale_min_partition_count",
                self.auto_scale_min_partition_count,
            )
            .with(
                "auto_scale_max_partition_count",
                self.auto_scale_max_partition_count,
            )
            .with("compression_format", self.compression_format.clone())
            .with("data_schema", self.data_schema.clone())
            .with("csv_delimiter", self.csv_delimiter.clone())
            .with("create_time", Cell::Time(Some(self.create_time)))
            .with("last_modified_time", Cell::Time(self.last_modified_time))
            .with("tags", tags(&self.tags))
            .with(
                "partitions",
                Value::Array(
                    self.partitions
                        .iter()
                        .map(|p| serde_json::to_value(p.row()).expect("plain values"))
                        .collect(),
                ),
            )
    }
}

impl View for Partition {
    const COLUMNS: &'static [&'static str] = &[
        "partition_id",
        "status",
        "earliest_sequence_number",
        "latest_sequence_number",
        "hash_range",
    ];
    fn row(&self) -> Row {
        Row::new()
            .with("partition_id", self.partition_id.as_str())
            .with("status", self.status.as_str())
            .with("earliest_sequence_number", self.earliest_sequence_number)
            .with("latest_sequence_number", self.latest_sequence_number)
            .with(
                "hash_range",
                format!("[{} : {}]", self.hash_range.start(), self.hash_range.end()),
            )
            .with("parent_partitions", self.parent_partitions.clone())
    }
}

impl View for App {
    const COLUMNS: &'static [&'static str] = &["app_name", "app_id", "create_time"];
    fn row(&self) -> Row {
        Row::new()
            .with("app_name", self.app_name.as_str())
            .with("app_id", self.app_id.as_str())
            .with("create_time", Cell::Time(Some(self.create_time)))
            .with(
                "commit_checkpoint_stream_names",
                self.commit_checkpoint_stream_names.clone(),
            )
    }
}

impl View for Checkpoint {
    const COLUMNS: &'static [&'static str] = &["sequence_number", "metadata"];
    fn row(&self) -> Row {
        Row::new()
            .with("sequence_number", self.sequence_number.clone())
            .with("metadata", self.metadata.clone())
    }
}

impl View for DumpTask {
    const COLUMNS: &'static [&'static str] = &[
        "task_name",
        "task_id",
        "destination_type",
        "state",
        "create_time",
        "last_transfer_timestamp",
    ];
    fn row(&self) -> Row {
        Row::new()
            .with("task_name", self.task_name.as_str())
            .with("task_id", self.task_id.as_str())
            .with("destination_type", self.destination_type.as_str())
            .with("state", self.state.as_str())
            .with("create_time", Cell::Time(Some(self.create_time)))
            .with(
                "last_transfer_timestamp",
                Cell::Time(self.last_transfer_timestamp),
            )
    }
}

impl View for DumpTaskDetails {
    const COLUMNS: &'static [&'static str] = &[
        "task_name",
        "task_id",
        "stream_name",
        "destination_type",
        "state",
        "create_time",
        "last_transfer_timestamp",
        "obs_destination_descriptor",
    ];
    fn row(&self) -> Row {
        let obs = self.obs_destination.as_ref().map(|obs| {
            serde_json::json!({
                "obs_bucket_path": obs.obs_bucket_path,
                "agency_name": obs.agency_name,
                "deliver_time_interval": obs.deliver_time_interval,
                "consumer_strategy": obs.consumer_strategy,
                "file_prefix": obs.file_prefix,
                "partition_format": obs.partition_format,
                "destination_file_type": obs.destination_file_type,
                "record_delimiter": obs.record_delimiter,
                "retry_duration": obs.retry_duration,
            })
        });
        let mut row = self.task.row();
        row.0
            .insert(2, ("stream_name", self.stream_name.as_str().into()));
        row.with("stream_id", self.stream_id.clone())
            .with("obs_destination_descriptor", obs.unwrap_or(Value::Null))
            .with(
                "partitions",
                Value::Array(
                    self.partitions
                        .iter()
                        .map(|p| {
                            serde_json::json!({
                                "partition_id": p.partition_id,
                                "state": p.state.as_str(),
                                "last_transfer_timestamp": p.last_transfer_timestamp,
                                "last_transfer_offset": p.last_transfer_offset,
                                "discarded_records": p.discarded_records,
                            })
                        })
                        .collect(),
                ),
            )
    }
}

/// A point of a metric series.
pub struct MetricRow<'a> {
    pub series: &'a MetricSeries,
    pub index: usize,
}

impl View for MetricRow<'_> {
    const COLUMNS: &'static [&'static str] = &["label", "timestamp", "value"];
    fn row(&self) -> Row {
        let point = &self.series.points[self.index];
        Row::new()
            .with("label", self.series.label.as_str())
            .with("timestamp", Cell::Time(Some(point.timestamp)))
            .with("value", point.value)
    }
}

/// A record, as `record tail -o json` and `cursor read` print it (a cursor does not say
/// which partition it reads, so `cursor read` has no partition).
pub struct RecordRow<'a> {
    pub partition_id: Option<&'a str>,
    pub record: &'a Record,
}

impl View for RecordRow<'_> {
    const COLUMNS: &'static [&'static str] = &[
        "partition_id",
        "sequence_number",
        "timestamp",
        "partition_key",
        "data",
    ];
    fn row(&self) -> Row {
        let row = match self.partition_id {
            Some(partition_id) => Row::new().with("partition_id", partition_id),
            None => Row::new(),
        };
        row.with("sequence_number", self.record.sequence_number.as_str())
            .with("timestamp", Cell::Time(self.record.timestamp))
            .with("timestamp_type", self.record.timestamp_type.clone())
            .with("partition_key", self.record.partition_key.clone())
            .with("data", Cell::Data(self.record.data.clone()))
    }
}

/// A key and value, for tags and `config show`.
pub struct Pair {
    pub key: String,
    pub value: Value,
}

impl View for Pair {
    const COLUMNS: &'static [&'static str] = &["key", "value"];
    fn row(&self) -> Row {
        Row::new()
            .with("key", self.key.as_str())
            .with("value", self.value.clone())
    }
}

/// Fields built by a command (outcomes, lag, config).
pub struct Fields {
    pub row: Row,
    pub columns: &'static [&'static str],
}

impl View for Fields {
    const COLUMNS: &'static [&'static str] = &[];
    fn row(&self) -> Row {
        self.row.clone()
    }
    fn columns(&self) -> &'static [&'static str] {
        self.columns
    }
}

/// Tags as DIS sends them: a list of `{"key", "value"}` objects.
fn tags(tags: &std::collections::BTreeMap<String, String>) -> Value {
    Value::Array(
        tags.iter()
            .map(|(key, value)| serde_json::json!({"key": key, "value": value}))
            .collect(),
    )
}
