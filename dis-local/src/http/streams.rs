//! Streams and dump tasks.

use std::sync::Arc;

use axum::extract::State;
use otc_dis::types;
use serde::Deserialize;

use super::extract::{J, Params, Q};
use super::tags::{sys_tag_in, sys_tag_out, tag_in, tag_out};
use super::{Answer, AppState, empty, json_ok, non_empty};
use crate::engine::streams::{CreateStream, CsvProperties, StreamInfo};
use crate::engine::{self, DisError, dump};

fn i32_of(v: impl TryInto<i32>) -> i32 {
    v.try_into().unwrap_or(i32::MAX)
}

pub(crate) fn stream_info_out(s: &StreamInfo) -> types::StreamInfo {
    types::StreamInfo {
        auto_scale_enabled: s.auto_scale_enabled,
        auto_scale_max_partition_count: i32_of(s.auto_scale_max_partition_count),
        auto_scale_min_partition_count: i32_of(s.auto_scale_min_partition_count),
        create_time: s.create_time,
        data_type: s.data_type.as_str().to_owned(),
        partition_count: i32_of(s.writable_partition_count),
        retention_period: i32_of(s.retention_period),
        status: s.status.to_owned(),
        stream_id: s.stream_id.clone(),
        stream_name: s.stream_name.clone(),
        stream_type: s.stream_type.as_str().to_owned(),
        sys_tags: s.sys_tags.iter().map(sys_tag_out).collect(),
        tags: s.tags.iter().filter_map(tag_out).collect(),
    }
}

#[derive(Deserialize)]
pub(crate) struct ListStreamsQuery {
    limit: Option<i64>,
    start_stream_name: Option<String>,
}

pub(crate) async fn list_streams(
    State(st): State<Arc<AppState>>,
    _p: Params,
    Q(q): Q<ListStreamsQuery>,
) -> Answer {
    let list = st
        .engine()
        .list_streams(q.limit, non_empty(&q.start_stream_name))?;
    Ok(json_ok(
        &types::ListStreamsResponse {
            has_more_streams: list.has_more_streams,
            stream_info_list: list.streams.iter().map(stream_info_out).collect(),
            stream_names: list.stream_names,
            total_number: Some(list.total_number as i64),
        },
        &["stream_names", "stream_info_list"],
    ))
}

pub(crate) async fn create_stream(
    State(st): State<Arc<AppState>>,
    _p: Params,
    J(b): J<types::CreateStreamRequest>,
) -> Answer {
    let req = CreateStream {
        stream_name: b.stream_name.to_string(),
        partition_count: i64::from(b.partition_count.get()),
        stream_type: b.stream_type.map(|t| match t {
            types::StreamType::Common => engine::streams::StreamType::Common,
            types::StreamType::Advanced => engine::streams::StreamType::Advanced,
        }),
        data_type: b.data_type.map(|t| match t {
            types::DataType::Blob => engine::streams::DataType::Blob,
            types::DataType::Json => engine::streams::DataType::Json,
            types::DataType::Csv => engine::streams::DataType::Csv,
        }),
        data_duration: Some(i64::from(b.data_duration)),
        auto_scale_enabled: Some(b.auto_scale_enabled),
        auto_scale_min_partition_count: b
            .auto_scale_min_partition_count
            .map(|n| i64::try_from(n.get()).unwrap_or(i64::MAX)),
        auto_scale_max_partition_count: b.auto_scale_max_partition_count.map(i64::from),
        data_schema: b.data_schema,
        csv_properties: b.csv_properties.map(|c| CsvProperties {
            delimiter: c.delimiter,
        }),
        compression_format: b.compression_format.map(|c| match c {
            types::CompressionFormat::Snappy => engine::streams::CompressionFormat::Snappy,
            types::CompressionFormat::Gzip => engine::streams::CompressionFormat::Gzip,
            types::CompressionFormat::Zip => engine::streams::CompressionFormat::Zip,
        }),
        tags: b.tags.into_iter().map(tag_in).collect(),
        sys_tags: b.sys_tags.into_iter().map(sys_tag_in).collect(),
    };
    st.engine().create_stream(req)?;
    Ok(empty(201))
}

#[derive(Deserialize)]
pub(crate) struct ShowStreamQuery {
    #[serde(rename = "start_partitionId")]
    start_partition_id: Option<String>,
    limit_partitions: Option<i64>,
    stream_id: Option<String>,
}

pub(crate) async fn show_stream(
    State(st): State<Arc<AppState>>,
    p: Params,
    Q(q): Q<ShowStreamQuery>,
) -> Answer {
    let mut engine = st.engine();
    let name = engine.resolve_stream(p.get("stream_name"), non_empty(&q.stream_id));
    let d = engine.show_stream(&name, non_empty(&q.start_partition_id), q.limit_partitions)?;
    let i = &d.info;
    Ok(json_ok(
        &types::DescribeStreamResponse {
            auto_scale_enabled: i.auto_scale_enabled,
            auto_scale_max_partition_count: i32_of(i.auto_scale_max_partition_count),
            auto_scale_min_partition_count: i32_of(i.auto_scale_min_partition_count),
            compression_format: i.compression_format.map(|c| c.as_str().to_owned()),
            create_time: i.create_time,
            csv_properties: i.csv_properties.as_ref().map(|c| types::CsvProperties {
                delimiter: c.delimiter.clone(),
            }),
            data_schema: i.data_schema.clone(),
            data_type: i.data_type.as_str().to_owned(),
            has_more_partitions: d.has_more_partitions,
            last_modified_time: Some(i.last_modified_time),
            partitions: d
                .partitions
                .iter()
                .map(|p| types::PartitionResult {
                    hash_range: p.hash_range(),
                    parent_partitions: None,
                    partition_id: p.partition_id.clone(),
                    sequence_number_range: p.sequence_number_range(),
                    status: p.status.as_str().to_owned(),
                })
                .collect(),
            readable_partition_count: i32_of(i.readable_partition_count),
            retention_period: i32_of(i.retention_period),
            status: i.status.to_owned(),
            stream_id: i.stream_id.clone(),
            stream_name: i.stream_name.clone(),
            stream_type: i.stream_type.as_str().to_owned(),
            sys_tags: i.sys_tags.iter().map(sys_tag_out).collect(),
            tags: i.tags.iter().filter_map(tag_out).collect(),
            update_partition_counts: i
                .update_partition_counts
                .iter()
                .map(|u| types::UpdatePartitionCount {
                    auto_scale: Some(u.auto_scale),
                    create_timestamp: Some(u.create_timestamp),
                    result_code: Some(types::LenientString::Int64(i64::from(u.result_code))),
                    // Omitted: huaweicloudsdkdis and the Go SDK decode it as an integer,
                    // and the reference does not say which.
                    result_msg: None,
                    src_partition_count: Some(i32_of(u.src_partition_count)),
                    target_partition_count: Some(i32_of(u.target_partition_count)),
                })
                .collect(),
            writable_partition_count: i32_of(i.writable_partition_count),
        },
        &["partitions", "tags"],
    ))
}

pub(crate) async fn delete_stream(State(st): State<Arc<AppState>>, p: Params) -> Answer {
    st.engine().delete_stream(p.get("stream_name"))?;
    Ok(empty(204))
}

pub(crate) async fn update_partition_count(
    State(st): State<Arc<AppState>>,
    p: Params,
    J(b): J<types::UpdatePartitionCountRequest>,
) -> Answer {
    let name = p.get("stream_name");
    if b.stream_name.as_str() != name {
        return Err(DisError::invalid_request(format!(
            "stream_name in the body ({}) differs from the path ({name})",
            b.stream_name.as_str()
        )));
    }
    st.engine()
        .update_partition_count(name, i64::from(b.target_partition_count.get()))?;
    Ok(empty(200))
}

fn task_out(t: &dump::TaskInfo) -> types::ShowTransferTaskResponse {
    let o = &t.obs;
    types::ShowTransferTaskResponse {
        cloudtable_destination_description: None,
        cloudtable_destination_descripton: None,
        create_time: t.create_time,
        destination_type: t.destination_type.to_owned(),
        dli_destination_description: None,
        dws_destination_description: None,
        dws_destination_descripton: None,
        last_transfer_timestamp: Some(t.last_transfer_timestamp),
        mrs_destination_description: None,
        obs_destination_description: Some(types::ObsDestinationDescription {
            agency_name: o.agency_name.clone(),
            consumer_strategy: Some(o.consumer_strategy.clone()),
            deliver_time_interval: i32_of(o.deliver_time_interval),
            destination_file_type: Some(o.destination_file_type.clone()),
            file_prefix: Some(o.file_prefix.clone()),
            obs_bucket_path: o.obs_bucket_path.clone(),
            partition_format: Some(o.partition_format.clone()),
            processing_schema: o.processing_schema.as_ref().map(|p| {
                types::ProcessingSchemaDescription {
                    timestamp_format: p.timestamp_format.clone(),
                    timestamp_name: Some(p.timestamp_name.clone()),
                    timestamp_type: Some(p.timestamp_type.clone()),
                }
            }),
            record_delimiter: Some(o.record_delimiter.clone()),
            retry_duration: Some(types::LenientString::Int64(o.retry_duration)),
            task_name: Some(o.task_name.clone()),
        }),
        partitions: t
            .partitions
            .iter()
            .map(|p| types::PartitionTransferResult {
                discard: Some(p.discard),
                last_transfer_offset: Some(p.last_transfer_offset),
                last_transfer_timestamp: Some(p.last_transfer_timestamp),
                partition_id: p.partition_id.clone(),
                state: p.state.to_owned(),
            })
            .collect(),
        state: t.state.as_str().to_owned(),
        stream_id: Some(t.stream_id.clone()),
        stream_name: t.stream_name.clone(),
        task_id: t.task_id.clone(),
        task_name: t.task_name.clone(),
    }
}

pub(crate) async fn create_transfer_task(
    State(st): State<Arc<AppState>>,
    p: Params,
    J(b): J<types::CreateTransferTaskRequest>,
) -> Answer {
    let destination = match b.destination_type {
        types::TransferTaskDestinationType::Obs => "OBS",
    };
    let obs = b.obs_destination_descriptor.map(|d| dump::ObsDestination {
        task_name: d.task_name.to_string(),
        agency_name: d.agency_name.to_string(),
        deliver_time_interval: i64::from(d.deliver_time_interval),
        consumer_strategy: d.consumer_strategy.map(|c| c.to_string()),
        file_prefix: d.file_prefix.map(|f| f.to_string()),
        partition_format: d.partition_format.map(|f| f.to_string()),
        obs_bucket_path: d.obs_bucket_path,
        destination_file_type: d.destination_file_type.map(|f| f.to_string()),
        processing_schema: d.processing_schema.map(|s| dump::ProcessingSchema {
            timestamp_name: s.timestamp_name,
            timestamp_type: s.timestamp_type.to_string(),
            timestamp_format: s.timestamp_format.map(|f| f.to_string()),
        }),
        record_delimiter: d.record_delimiter.map(|r| r.to_string()),
    });
    st.engine()
        .create_transfer_task(p.get("stream_name"), destination, obs)?;
    Ok(empty(201))
}

pub(crate) async fn list_transfer_tasks(State(st): State<Arc<AppState>>, p: Params) -> Answer {
    let l = st.engine().list_transfer_tasks(p.get("stream_name"))?;
    Ok(json_ok(
        &types::ListTransferTasksResponse {
            quota: Some(i32_of(l.quota)),
            tasks: l
                .tasks
                .iter()
                .map(|t| types::TransferTask {
                    create_time: t.create_time,
                    destination_type: t.destination_type.to_owned(),
                    last_transfer_timestamp: Some(t.last_transfer_timestamp),
                    state: t.state.as_str().to_owned(),
                    task_id: t.task_id.clone(),
                    task_name: t.task_name.clone(),
                })
                .collect(),
            total_number: Some(i32_of(l.total_number)),
        },
        &["tasks"],
    ))
}

fn show_task(st: &AppState, stream: &str, task: &str) -> Answer {
    let t = st.engine().show_transfer_task(stream, task)?;
    Ok(json_ok(&task_out(&t), &["partitions"]))
}

pub(crate) async fn show_transfer_task(State(st): State<Arc<AppState>>, p: Params) -> Answer {
    show_task(&st, p.get("stream_name"), p.get("task_name"))
}

pub(crate) async fn show_transfer_task_named_action(
    State(st): State<Arc<AppState>>,
    p: Params,
) -> Answer {
    show_task(&st, p.get("stream_name"), "action")
}

pub(crate) async fn delete_transfer_task(State(st): State<Arc<AppState>>, p: Params) -> Answer {
    st.engine()
        .delete_transfer_task(p.get("stream_name"), p.get("task_name"))?;
    Ok(empty(204))
}

pub(crate) async fn delete_transfer_task_named_action(
    State(st): State<Arc<AppState>>,
    p: Params,
) -> Answer {
    st.engine()
        .delete_transfer_task(p.get("stream_name"), "action")?;
    Ok(empty(204))
}

pub(crate) async fn batch_transfer_task_action(
    State(st): State<Arc<AppState>>,
    p: Params,
    J(b): J<types::BatchTransferTaskRequest>,
) -> Answer {
    let action = match b.action {
        types::TransferTaskAction::Start => "start",
        types::TransferTaskAction::Stop => "stop",
    };
    let ids: Vec<String> = b.tasks.into_iter().map(|t| t.id).collect();
    st.engine()
        .batch_transfer_task_action(p.get("stream_name"), action, &ids)?;
    Ok(empty(200))
}
