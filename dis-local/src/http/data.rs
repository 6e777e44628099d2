//! Records, cursors and monitoring.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::response::IntoResponse;
use base64::Engine as _;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::engine::{DecodePaddingMode, general_purpose};
use otc_dis::types;
use serde::Deserialize;

use super::extract::{J, Params, Q};
use super::{Answer, AppState, json_ok, non_empty};
use crate::engine::DisError;
use crate::engine::cursors::GetCursor;
use crate::engine::metrics::{MetricSeries, MetricsAnswer, MetricsQuery};
use crate::engine::records::{PutRecord, PutRecords, PutResult};

/// Standard base64, padding optional (clients differ in whether they pad).
const LENIENT_B64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

pub(crate) fn decode_data(i: usize, data: &str) -> Result<Vec<u8>, DisError> {
    LENIENT_B64
        .decode(data)
        .or_else(|_| general_purpose::URL_SAFE_NO_PAD.decode(data.trim_end_matches('=')))
        .map_err(|_| DisError::invalid_request(format!("records[{i}].data is not base64")))
}

pub(crate) async fn put_records(
    State(st): State<Arc<AppState>>,
    _p: Params,
    J(b): J<types::PutRecordsRequest>,
) -> Answer {
    let mut records = Vec::with_capacity(b.records.len());
    for (i, r) in b.records.into_iter().enumerate() {
        records.push(PutRecord {
            data: decode_data(i, &r.data)?,
            explicit_hash_key: r.explicit_hash_key,
            partition_id: r.partition_id,
            partition_key: r.partition_key,
            timestamp: r.timestamp,
        });
    }
    let a = st.engine().put_records(PutRecords {
        stream_name: b.stream_name.to_string(),
        stream_id: b.stream_id,
        records,
    })?;
    Ok(json_ok(
        &types::PutRecordsResponse {
            failed_record_count: Some(i32::try_from(a.failed_record_count).unwrap_or(i32::MAX)),
            records: a
                .records
                .into_iter()
                .map(|r| match r {
                    PutResult::Stored {
                        partition_id,
                        sequence_number,
                    } => types::PutRecordsResultEntry {
                        error_code: None,
                        error_message: None,
                        partition_id: Some(partition_id),
                        sequence_number: Some(types::LenientString::String(
                            sequence_number.to_string(),
                        )),
                    },
                    PutResult::Failed {
                        error_code,
                        error_message,
                    } => types::PutRecordsResultEntry {
                        error_code: Some(error_code.to_owned()),
                        error_message: Some(error_message),
                        partition_id: None,
                        sequence_number: None,
                    },
                })
                .collect(),
        },
        &["records"],
    ))
}

#[derive(Deserialize)]
pub(crate) struct GetRecordsQuery {
    #[serde(rename = "partition-cursor")]
    partition_cursor: String,
    max_fetch_bytes: Option<i64>,
    limit: Option<i64>,
}

pub(crate) async fn get_records(
    State(st): State<Arc<AppState>>,
    _p: Params,
    Q(q): Q<GetRecordsQuery>,
) -> Answer {
    let a = st
        .engine()
        .get_records(&q.partition_cursor, q.max_fetch_bytes, q.limit)?;
    Ok(json_ok(
        &types::GetRecordsResponse {
            millis_behind_latest: Some(a.millis_behind_latest),
            next_partition_cursor: a.next_partition_cursor,
            records: a
                .records
                .into_iter()
                .map(|r| types::Record {
                    data: Some(STANDARD.encode(&r.data)),
                    partition_key: r.partition_key,
                    sequence_number: Some(types::LenientString::String(
                        r.sequence_number.to_string(),
                    )),
                    timestamp: Some(r.timestamp),
                    timestamp_type: Some(r.timestamp_type.to_owned()),
                })
                .collect(),
        },
        &["records"],
    ))
}

#[derive(Deserialize)]
pub(crate) struct GetCursorQuery {
    #[serde(rename = "stream-name")]
    stream_name: Option<String>,
    #[serde(rename = "partition-id")]
    partition_id: String,
    #[serde(rename = "cursor-type")]
    cursor_type: Option<String>,
    #[serde(rename = "starting-sequence-number")]
    starting_sequence_number: Option<String>,
    timestamp: Option<i64>,
    #[serde(rename = "stream-id")]
    stream_id: Option<String>,
}

pub(crate) async fn get_cursor(
    State(st): State<Arc<AppState>>,
    _p: Params,
    Q(q): Q<GetCursorQuery>,
) -> Answer {
    let mut engine = st.engine();
    if non_empty(&q.stream_name).is_none() && non_empty(&q.stream_id).is_none() {
        return Err(DisError::invalid_request("stream-name is required"));
    }
    let stream_name = engine.resolve_stream(
        non_empty(&q.stream_name).unwrap_or(""),
        non_empty(&q.stream_id),
    );
    let req = GetCursor {
        stream_name,
        partition_id: q.partition_id,
        cursor_type: non_empty(&q.cursor_type).map(str::parse).transpose()?,
        starting_sequence_number: non_empty(&q.starting_sequence_number).map(str::to_owned),
        timestamp: q.timestamp,
    };
    let cursor = engine.get_cursor(&req)?;
    Ok(Json(types::GetCursorResponse {
        partition_cursor: cursor,
    })
    .into_response())
}

#[derive(Deserialize)]
pub(crate) struct MetricsParams {
    label: Option<String>,
    label_list: Option<String>,
    start_time: i64,
    end_time: i64,
}

fn series_out(s: MetricSeries) -> types::Metrics {
    types::Metrics {
        data_points: s
            .data_points
            .into_iter()
            .map(|(t, v)| types::DataPoint {
                timestamp: Some(t),
                value: Some(v),
            })
            .collect(),
        label: Some(s.label),
    }
}

fn metrics_query(q: MetricsParams) -> MetricsQuery {
    MetricsQuery {
        label: q.label,
        label_list: q.label_list,
        start_time: q.start_time,
        end_time: q.end_time,
    }
}

fn split(a: MetricsAnswer) -> (Option<types::Metrics>, Vec<types::Metrics>) {
    (
        a.metrics.map(series_out),
        a.metrics_list
            .unwrap_or_default()
            .into_iter()
            .map(series_out)
            .collect(),
    )
}

pub(crate) async fn show_stream_metrics(
    State(st): State<Arc<AppState>>,
    p: Params,
    Q(q): Q<MetricsParams>,
) -> Answer {
    let a = st
        .engine()
        .stream_metrics(p.get("stream_name"), &metrics_query(q))?;
    let (metrics, metrics_list) = split(a);
    Ok(Json(types::ShowStreamMetricsResponse {
        metrics,
        metrics_list,
    })
    .into_response())
}

pub(crate) async fn show_partition_metrics(
    State(st): State<Arc<AppState>>,
    p: Params,
    Q(q): Q<MetricsParams>,
) -> Answer {
    let a = st.engine().partition_metrics(
        p.get("stream_name"),
        p.get("partition_id"),
        &metrics_query(q),
    )?;
    let (metrics, metrics_list) = split(a);
    Ok(Json(types::ShowPartitionMetricsResponse {
        metrics,
        metrics_list,
    })
    .into_response())
}
