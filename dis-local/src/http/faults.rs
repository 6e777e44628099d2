//! Applying a request's fault around the routes (see [`crate::faults`]), and logging its
//! fate. Runs inside [`gate`](super::gate) once the body is buffered, only when the server
//! has a fault plan.

use std::collections::HashMap;

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::{Query, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use otc_dis::types;
use serde_json::Value;

use super::AppState;
use super::data::decode_data;
use crate::engine::DisError;
use crate::faults::{Fate, FateEntry, Fault, Injector, RecordFate, StoredAt};
use crate::serve::{ConnControl, CutBody};

/// The reference's message for DIS.4303.
const THROTTLED: &str = "Exceeded traffic control limit.";
/// `millis_behind_latest` of an injected empty page.
const EMPTY_PAGE_BEHIND_MS: i64 = 1000;

pub(crate) async fn intercept(
    state: &AppState,
    injector: &Injector,
    parts: Parts,
    bytes: Bytes,
    next: Next,
) -> Response {
    let ticket = injector.begin(parts.method.as_str(), parts.uri.path());
    let mut entry = FateEntry::new(&ticket, parts.method.as_str(), parts.uri.path());
    let put_records = ticket.operation == Some("put_records");
    if put_records {
        entry.records = request_payloads(&bytes)
            .into_iter()
            .map(|data| RecordFate {
                data,
                stored: None,
                error_code: None,
            })
            .collect();
    }
    if let Err(e) = state.auth.verify(&parts, &bytes) {
        entry.fault = None;
        return answer(injector, entry, e.into_response());
    }
    let control = parts.extensions.get::<ConnControl>().cloned();
    let Some(fault) = ticket.fault else {
        return applied(injector, entry, forward(parts, bytes, next).await).await;
    };
    match fault {
        Fault::ServerErrorBeforeApply => answer(
            injector,
            entry,
            DisError::system_error("Fault injected by dis-local; the request was not applied.")
                .into_response(),
        ),
        Fault::Throttle429 => answer(
            injector,
            entry,
            (
                StatusCode::TOO_MANY_REQUESTS,
                Json(serde_json::json!({
                    "error_code": "APIGW.0308",
                    "error_msg": "The request is throttled",
                })),
            )
                .into_response(),
        ),
        Fault::ThrottleDis4303 => answer(
            injector,
            entry,
            DisError::new(400, "DIS.4303", THROTTLED).into_response(),
        ),
        Fault::CursorExpired => answer(injector, entry, DisError::expired_cursor().into_response()),
        Fault::PartitionGone => answer(
            injector,
            entry,
            DisError::partition_not_found("injected by dis-local").into_response(),
        ),
        Fault::EmptyPage => {
            let cursor = Query::<HashMap<String, String>>::try_from_uri(&parts.uri)
                .ok()
                .and_then(|Query(mut q)| q.remove("partition-cursor"))
                .unwrap_or_default();
            let page = super::json_ok(
                &types::GetRecordsResponse {
                    millis_behind_latest: Some(EMPTY_PAGE_BEHIND_MS),
                    next_partition_cursor: cursor,
                    records: Vec::new(),
                },
                &["records"],
            );
            answer(injector, entry, page)
        }
        Fault::CloseBeforeApply => close(injector, entry, control).await,
        Fault::PartialThrottle => partial_throttle(injector, entry, parts, bytes, next).await,
        Fault::ServerErrorAfterApply
        | Fault::CloseAfterApply
        | Fault::DelayAfterApply(_)
        | Fault::TruncatedBody => {
            let (head, body) = buffered(forward(parts, bytes, next).await).await;
            let ok = note_engine_answer(&mut entry, &head, &body);
            entry.fate = if ok {
                Fate::AppliedUnanswered
            } else {
                Fate::NotApplied
            };
            match fault {
                Fault::ServerErrorAfterApply => {
                    let error = DisError::system_error(
                        "Fault injected by dis-local after the request was applied.",
                    );
                    entry.status = Some(error.status);
                    injector.record(entry);
                    error.into_response()
                }
                Fault::DelayAfterApply(delay) => {
                    entry.status = Some(head.status.as_u16());
                    injector.record(entry);
                    tokio::time::sleep(delay).await;
                    Response::from_parts(head, Body::from(body))
                }
                Fault::TruncatedBody if !body.is_empty() => match control {
                    Some(control) => {
                        entry.status = Some(head.status.as_u16());
                        injector.record(entry);
                        let mut head = head;
                        head.headers.remove(header::TRANSFER_ENCODING);
                        head.headers
                            .insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
                        let part = body.slice(..body.len() / 2);
                        Response::from_parts(head, Body::new(CutBody::new(part, control)))
                    }
                    None => close(injector, entry, None).await,
                },
                _ => close(injector, entry, control).await,
            }
        }
    }
}

/// Logs an answer given without the engine and returns it.
fn answer(injector: &Injector, mut entry: FateEntry, response: Response) -> Response {
    entry.status = Some(response.status().as_u16());
    entry.fate = Fate::NotApplied;
    injector.record(entry);
    response
}

/// Logs the engine's own answer, which the client gets unchanged.
async fn applied(injector: &Injector, mut entry: FateEntry, response: Response) -> Response {
    let status = response.status();
    if entry.records.is_empty() {
        // Nothing to read from the body: pass it through as it is.
        entry.engine_status = Some(status.as_u16());
        entry.status = Some(status.as_u16());
        entry.fate = if status.is_success() {
            Fate::Applied
        } else {
            Fate::NotApplied
        };
        injector.record(entry);
        return response;
    }
    let (head, body) = buffered(response).await;
    let ok = note_engine_answer(&mut entry, &head, &body);
    entry.status = Some(status.as_u16());
    entry.fate = if ok { Fate::Applied } else { Fate::NotApplied };
    injector.record(entry);
    Response::from_parts(head, Body::from(body))
}

/// Logs the entry, then closes the connection without answering. Without a connection
/// control (a router served some other way) it answers 500 instead.
async fn close(
    injector: &Injector,
    mut entry: FateEntry,
    control: Option<ConnControl>,
) -> Response {
    let Some(control) = control else {
        let error = DisError::system_error("Fault injected by dis-local.");
        entry.status = Some(error.status);
        injector.record(entry);
        return error.into_response();
    };
    entry.status = None;
    injector.record(entry);
    control.kill();
    // The connection task drops this future together with the connection.
    std::future::pending().await
}

async fn forward(parts: Parts, bytes: Bytes, next: Next) -> Response {
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

async fn buffered(response: Response) -> (axum::http::response::Parts, Bytes) {
    let (mut head, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, usize::MAX)
        .await
        .unwrap_or_default();
    // The length is the buffered body's; hyper writes it.
    head.headers.remove(header::CONTENT_LENGTH);
    (head, bytes)
}

/// Records the engine's status and, for PutRecords, where each record went; returns
/// whether the engine applied the request.
fn note_engine_answer(
    entry: &mut FateEntry,
    head: &axum::http::response::Parts,
    body: &[u8],
) -> bool {
    entry.engine_status = Some(head.status.as_u16());
    let ok = head.status.is_success();
    if ok && !entry.records.is_empty() {
        let results = serde_json::from_slice::<Value>(body)
            .ok()
            .and_then(|mut v| v.get_mut("records").map(Value::take))
            .and_then(|v| match v {
                Value::Array(a) => Some(a),
                _ => None,
            })
            .unwrap_or_default();
        let mut targets = entry.records.iter_mut().filter(|r| r.error_code.is_none());
        for result in results {
            let Some(record) = targets.next() else { break };
            apply_result(record, &result);
        }
    }
    ok
}

fn apply_result(record: &mut RecordFate, result: &Value) {
    let sequence_number = match result.get("sequence_number") {
        Some(Value::String(s)) => s.parse().ok(),
        Some(Value::Number(n)) => n.as_u64(),
        _ => None,
    };
    match (
        result.get("partition_id").and_then(Value::as_str),
        sequence_number,
    ) {
        (Some(partition_id), Some(sequence_number)) => {
            record.stored = Some(StoredAt {
                partition_id: partition_id.to_owned(),
                sequence_number,
            });
        }
        _ => {
            record.error_code = result
                .get("error_code")
                .and_then(Value::as_str)
                .map(str::to_owned);
        }
    }
}

/// The decoded `data` of every record of a PutRecords body (empty when the body has no
/// `records` array).
fn request_payloads(bytes: &[u8]) -> Vec<Vec<u8>> {
    let Ok(body) = serde_json::from_slice::<Value>(bytes) else {
        return Vec::new();
    };
    let Some(records) = body.get("records").and_then(Value::as_array) else {
        return Vec::new();
    };
    records
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let data = r.get("data").and_then(Value::as_str).unwrap_or("");
            decode_data(i, data).unwrap_or_else(|_| data.as_bytes().to_vec())
        })
        .collect()
}

/// Refuses a seeded, non-empty subset of the records with DIS.4303 and passes the others
/// to the engine.
async fn partial_throttle(
    injector: &Injector,
    mut entry: FateEntry,
    mut parts: Parts,
    bytes: Bytes,
    next: Next,
) -> Response {
    let mut body = match serde_json::from_slice::<Value>(&bytes) {
        Ok(v)
            if v.get("records")
                .and_then(Value::as_array)
                .is_some_and(|a| !a.is_empty()) =>
        {
            v
        }
        // Nothing to throttle record by record: served without a fault.
        _ => {
            entry.fault = None;
            return applied(injector, entry, forward(parts, bytes, next).await).await;
        }
    };
    let records = body
        .get_mut("records")
        .and_then(Value::as_array_mut)
        .expect("checked above");
    let n = records.len();
    let mut rng = injector.rng_after_decision(entry.seq);
    let mut throttled: Vec<bool> = (0..n).map(|_| rng.next_u64() & 1 == 1).collect();
    if !throttled.contains(&true) {
        throttled[(rng.next_u64() % n as u64) as usize] = true;
    }
    let mut i = 0;
    records.retain(|_| {
        i += 1;
        !throttled[i - 1]
    });
    let kept = records.len();
    for (record, t) in entry.records.iter_mut().zip(&throttled) {
        if *t {
            record.error_code = Some("DIS.4303".to_owned());
        }
    }
    let refused = || types::PutRecordsResultEntry {
        error_code: Some("DIS.4303".to_owned()),
        error_message: Some(THROTTLED.to_owned()),
        partition_id: None,
        sequence_number: None,
    };
    let refused_count = (n - kept) as i64;
    if kept == 0 {
        let all = super::json_ok(
            &types::PutRecordsResponse {
                failed_record_count: Some(n as i32),
                records: (0..n).map(|_| refused()).collect(),
            },
            &["records"],
        );
        entry.status = Some(200);
        entry.fate = Fate::NotApplied;
        injector.record(entry);
        return all;
    }
    let smaller = Bytes::from(serde_json::to_vec(&body).unwrap_or_default());
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(smaller.len()));
    let (head, inner) = buffered(forward(parts, smaller, next).await).await;
    let ok = note_engine_answer(&mut entry, &head, &inner);
    entry.status = Some(head.status.as_u16());
    if !ok {
        // Refused as a whole: the client gets the engine's error.
        for record in &mut entry.records {
            record.error_code = None;
        }
        entry.fate = Fate::NotApplied;
        injector.record(entry);
        return Response::from_parts(head, Body::from(inner));
    }
    let mut answer = serde_json::from_slice::<Value>(&inner).unwrap_or(Value::Null);
    let mut results = match answer.get_mut("records").map(Value::take) {
        Some(Value::Array(a)) => a.into_iter(),
        _ => Vec::new().into_iter(),
    };
    let merged: Vec<Value> = throttled
        .iter()
        .map(|t| {
            if *t {
                serde_json::to_value(refused()).unwrap_or(Value::Null)
            } else {
                results.next().unwrap_or(Value::Null)
            }
        })
        .collect();
    let failed = answer
        .get("failed_record_count")
        .and_then(Value::as_i64)
        .unwrap_or(0)
        + refused_count;
    if let Value::Object(map) = &mut answer {
        map.insert("records".to_owned(), Value::Array(merged));
        map.insert("failed_record_count".to_owned(), Value::from(failed));
    }
    entry.fate = Fate::Applied;
    injector.record(entry);
    Response::from_parts(
        head,
        Body::from(serde_json::to_vec(&answer).unwrap_or_default()),
    )
}
