//! Records, cursors and monitoring.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::engine::{DecodePaddingMode, general_purpose};
use otc_dis::{protobuf, types};
use prost::Message;
use serde::Deserialize;

use super::extract::{Params, Q, Wire, WireBody, json_body};
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

/// PutRecords in JSON or, when the request says `application/x-protobuf`, in the protobuf
/// form of the Huawei SDKs; the checks and the answer's content are the same.
pub(crate) async fn put_records(
    State(st): State<Arc<AppState>>,
    _p: Params,
    WireBody(wire, body): WireBody,
) -> Answer {
    let request = match wire {
        Wire::Json => put_request_from_json(json_body(&body)?)?,
        Wire::Protobuf => put_request_from_protobuf(body)?,
    };
    let a = st.engine().put_records(request)?;
    let failed_record_count = i32::try_from(a.failed_record_count).unwrap_or(i32::MAX);
    if wire == Wire::Protobuf {
        return Ok(protobuf_ok(&protobuf::PutRecordsResult {
            failed_record_count: Some(failed_record_count),
            records: a
                .records
                .into_iter()
                .map(|r| match r {
                    PutResult::Stored {
                        partition_id,
                        sequence_number,
                    } => protobuf::PutRecordsResultEntry {
                        shard_id: Some(partition_id),
                        sequence_number: Some(sequence_number.to_string()),
                        ..Default::default()
                    },
                    PutResult::Failed {
                        error_code,
                        error_message,
                    } => protobuf::PutRecordsResultEntry {
                        error_code: Some(error_code.to_owned()),
                        error_message: Some(error_message),
                        ..Default::default()
                    },
                })
                .collect(),
        }));
    }
    Ok(json_ok(
        &types::PutRecordsResponse {
            failed_record_count: Some(failed_record_count),
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

fn put_request_from_json(b: types::PutRecordsRequest) -> Result<PutRecords, DisError> {
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
    Ok(PutRecords {
        stream_name: b.stream_name.to_string(),
        stream_id: b.stream_id,
        records,
    })
}

/// A protobuf `PutRecordsRequest`: an empty body is DIS.4202, bytes that are not the
/// message DIS.4300, a stream name outside the JSON schema's limits DIS.4200, as in JSON.
/// A record without `data` carries no bytes (protobuf does not tell absent from empty).
fn put_request_from_protobuf(body: Bytes) -> Result<PutRecords, DisError> {
    if body.is_empty() {
        return Err(DisError::empty_request());
    }
    let b = protobuf::PutRecordsRequest::decode(body).map_err(|e| {
        DisError::request_error(format!(
            "the body is not a valid protobuf PutRecordsRequest: {e}"
        ))
    })?;
    let stream_name = match (b.stream_name, &b.stream_id) {
        (Some(name), _) => name,
        (None, Some(_)) => String::new(),
        (None, None) => return Err(DisError::invalid_request("streamName: missing field")),
    };
    types::PutRecordsRequestStreamName::try_from(stream_name.as_str())
        .map_err(|e| DisError::invalid_request(format!("streamName: {e}")))?;
    let records = b
        .records
        .into_iter()
        .map(|r| PutRecord {
            data: r.data.map(|d| d.to_vec()).unwrap_or_default(),
            explicit_hash_key: r.explicit_hash_key,
            partition_id: r.partition_id,
            partition_key: r.partition_key,
            timestamp: r.timestamp,
        })
        .collect();
    Ok(PutRecords {
        stream_name,
        stream_id: b.stream_id,
        records,
    })
}

/// A protobuf answer.
fn protobuf_ok(message: &impl Message) -> Response {
    (
        [(axum::http::header::CONTENT_TYPE, PROTOBUF_ANSWER)],
        message.encode_to_vec(),
    )
        .into_response()
}

/// The media type of protobuf answers.
const PROTOBUF_ANSWER: &str = "application/x-protobuf";

#[derive(Deserialize)]
pub(crate) struct GetRecordsQuery {
    #[serde(rename = "partition-cursor")]
    partition_cursor: String,
    max_fetch_bytes: Option<i64>,
    limit: Option<i64>,
}

/// GetRecords in JSON or, when the request says `application/x-protobuf`, as a protobuf
/// `GetRecordsResult` (with `millisBehindLatest` as field 15, which the SDKs' files leave
/// commented out and their parsers skip).
pub(crate) async fn get_records(
    State(st): State<Arc<AppState>>,
    _p: Params,
    wire: Wire,
    Q(q): Q<GetRecordsQuery>,
) -> Answer {
    let a = st
        .engine()
        .get_records(&q.partition_cursor, q.max_fetch_bytes, q.limit)?;
    if wire == Wire::Protobuf {
        return Ok(protobuf_ok(&protobuf::GetRecordsResult {
            next_shard_iterator: Some(a.next_partition_cursor),
            millis_behind_latest: Some(a.millis_behind_latest),
            records: a
                .records
                .into_iter()
                .map(|r| protobuf::ProtoRecord {
                    partition_key: r.partition_key,
                    sequence_number: Some(r.sequence_number.to_string()),
                    data: Some(r.data.into()),
                    timestamp: Some(r.timestamp),
                    timestamp_type: Some(r.timestamp_type.to_owned()),
                })
                .collect(),
        }));
    }
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
