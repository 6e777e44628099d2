//! Apps, checkpoints and consumer state.

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::response::IntoResponse;
use otc_dis::types;
use serde::Deserialize;

use super::extract::{J, Params, Q};
use super::{Answer, AppState, empty, json_ok, non_empty};
use crate::engine::apps::{AppInfo, CommitCheckpoint};

fn app_out(a: AppInfo) -> types::DescribeAppResult {
    types::DescribeAppResult {
        app_id: a.app_id,
        app_name: a.app_name,
        commit_checkpoint_stream_names: a.commit_checkpoint_stream_names,
        create_time: a.create_time,
    }
}

pub(crate) async fn create_app(
    State(st): State<Arc<AppState>>,
    _p: Params,
    J(b): J<types::CreateAppRequest>,
) -> Answer {
    st.engine().create_app(b.app_name.as_str())?;
    Ok(empty(201))
}

#[derive(Deserialize)]
pub(crate) struct ListAppsQuery {
    limit: Option<i64>,
    start_app_name: Option<String>,
    stream_name: Option<String>,
}

pub(crate) async fn list_apps(
    State(st): State<Arc<AppState>>,
    _p: Params,
    Q(q): Q<ListAppsQuery>,
) -> Answer {
    let l = st.engine().list_apps(
        q.limit,
        non_empty(&q.start_app_name),
        non_empty(&q.stream_name),
    )?;
    Ok(json_ok(
        &types::ListAppResponse {
            apps: l.apps.into_iter().map(app_out).collect(),
            has_more_app: l.has_more_app,
            total_number: Some(i32::try_from(l.total_number).unwrap_or(i32::MAX)),
        },
        &["apps"],
    ))
}

pub(crate) async fn show_app(State(st): State<Arc<AppState>>, p: Params) -> Answer {
    let a = st.engine().show_app(p.get("app_name"))?;
    Ok(json_ok(&app_out(a), &["commit_checkpoint_stream_names"]))
}

pub(crate) async fn delete_app(State(st): State<Arc<AppState>>, p: Params) -> Answer {
    st.engine().delete_app(p.get("app_name"))?;
    Ok(empty(204))
}

#[derive(Deserialize)]
pub(crate) struct ConsumerStateQuery {
    limit: Option<i64>,
    start_partition_id: Option<String>,
    checkpoint_type: Option<String>,
}

pub(crate) async fn show_consumer_state(
    State(st): State<Arc<AppState>>,
    p: Params,
    Q(q): Q<ConsumerStateQuery>,
) -> Answer {
    let s = st.engine().show_consumer_state(
        p.get("app_name"),
        p.get("stream_name"),
        q.checkpoint_type.as_deref(),
        non_empty(&q.start_partition_id),
        q.limit,
    )?;
    Ok(json_ok(
        &types::ShowConsumerStateResponse {
            app_name: Some(s.app_name),
            has_more: Some(s.has_more),
            partition_consuming_states: s
                .partition_consuming_states
                .into_iter()
                .map(|c| types::PartitionConsumingState {
                    checkpoint_type: Some(c.checkpoint_type.to_owned()),
                    earliest_offset: Some(c.earliest_offset as i64),
                    latest_offset: Some(c.latest_offset as i64),
                    metadata: c.metadata,
                    partition_id: Some(types::LenientString::String(c.partition_id)),
                    sequence_number: Some(types::LenientString::String(
                        c.sequence_number.to_string(),
                    )),
                    status: Some(c.status.to_owned()),
                })
                .collect(),
            stream_name: Some(s.stream_name),
        },
        &["partition_consuming_states"],
    ))
}

pub(crate) async fn commit_checkpoint(
    State(st): State<Arc<AppState>>,
    _p: Params,
    J(b): J<types::CommitCheckpointRequest>,
) -> Answer {
    let mut engine = st.engine();
    let stream_name = engine.resolve_stream(b.stream_name.as_str(), b.stream_id.as_deref());
    engine.commit_checkpoint(CommitCheckpoint {
        app_name: b.app_name.to_string(),
        checkpoint_type: b.checkpoint_type.to_string(),
        stream_name,
        partition_id: b.partition_id,
        sequence_number: b.sequence_number,
        metadata: b.metadata.map(|m| m.to_string()),
    })?;
    Ok(empty(201))
}

#[derive(Deserialize)]
pub(crate) struct ShowCheckpointQuery {
    stream_name: String,
    partition_id: String,
    app_name: String,
    checkpoint_type: String,
    stream_id: Option<String>,
}

pub(crate) async fn show_checkpoint(
    State(st): State<Arc<AppState>>,
    _p: Params,
    Q(q): Q<ShowCheckpointQuery>,
) -> Answer {
    let engine = st.engine();
    let stream_name = engine.resolve_stream(&q.stream_name, non_empty(&q.stream_id));
    let c = engine.show_checkpoint(
        &q.app_name,
        &stream_name,
        &q.partition_id,
        &q.checkpoint_type,
    )?;
    Ok(Json(types::ShowCheckpointResponse {
        metadata: c.metadata,
        sequence_number: types::LenientString::String(c.sequence_number.to_string()),
    })
    .into_response())
}

#[derive(Deserialize)]
pub(crate) struct DeleteCheckpointQuery {
    stream_name: String,
    app_name: String,
    checkpoint_type: Option<String>,
    partition_id: Option<String>,
    stream_id: Option<String>,
}

pub(crate) async fn delete_checkpoint(
    State(st): State<Arc<AppState>>,
    _p: Params,
    Q(q): Q<DeleteCheckpointQuery>,
) -> Answer {
    // The Python SDK omits the "required" checkpoint_type; LAST_READ is the only type.
    let checkpoint_type = non_empty(&q.checkpoint_type).unwrap_or("LAST_READ");
    let mut engine = st.engine();
    let stream_name = engine.resolve_stream(&q.stream_name, non_empty(&q.stream_id));
    engine.delete_checkpoint(
        &q.app_name,
        &stream_name,
        checkpoint_type,
        non_empty(&q.partition_id),
    )?;
    Ok(empty(204))
}
