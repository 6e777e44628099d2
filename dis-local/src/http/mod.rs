//! The HTTP layer: axum routes for all 29 method+path pairs of the DIS v2 spec, request
//! and response bodies in the generated `otc_dis::types`, DIS error bodies everywhere.
//!
//! Every route is registered with and without a trailing slash (the Java SDK sends
//! `…/streams/`). Unknown paths answer 404 and wrong methods 405, both with a DIS-style
//! body. Bodies are limited to [`BODY_LIMIT`] bytes (413 beyond).

mod apps;
mod auth;
pub(crate) mod body;
mod data;
mod extract;
mod faults;
mod health;
mod streams;
mod tags;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, delete, get, post};

pub use auth::Auth;

use crate::engine::{DisError, Engine};
use crate::faults::Injector;

/// Largest request body accepted (the reference's limit for AK/SK-signed requests, 12 MB);
/// 5 MB of record data grows by a third in base64, so data-size errors come first.
///
/// ```
/// assert_eq!(dis_local::BODY_LIMIT, 12 * 1024 * 1024);
/// ```
pub const BODY_LIMIT: usize = 12 * 1024 * 1024;

/// What the handlers share.
#[derive(Debug)]
pub(crate) struct AppState {
    pub engine: Mutex<Engine>,
    pub project_id: String,
    pub auth: Auth,
    /// Fault injection, when the server has a plan.
    pub faults: Option<Arc<Injector>>,
    /// Body timeout and the memory cap of bodies.
    pub body_limits: body::BodyLimits,
    /// Set when shutdown begins (`/health/ready` answers 503).
    pub stopping: AtomicBool,
    /// Set while the last write to the data directory failed.
    pub storage_failed: AtomicBool,
}

impl AppState {
    pub fn engine(&self) -> MutexGuard<'_, Engine> {
        self.engine
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn both(
    router: Router<Arc<AppState>>,
    path: &str,
    methods: MethodRouter<Arc<AppState>>,
) -> Router<Arc<AppState>> {
    router
        .route(path, methods.clone())
        .route(&format!("{path}/"), methods)
}

/// Builds the application for one project.
pub(crate) fn router(state: Arc<AppState>) -> Router {
    let p = "/v2/{project_id}";
    let routes: Vec<(String, MethodRouter<Arc<AppState>>)> = vec![
        (
            format!("{p}/streams"),
            get(streams::list_streams).post(streams::create_stream),
        ),
        (
            format!("{p}/streams/{{stream_name}}"),
            get(streams::show_stream)
                .delete(streams::delete_stream)
                .put(streams::update_partition_count),
        ),
        (
            format!("{p}/streams/{{stream_name}}/transfer-tasks"),
            get(streams::list_transfer_tasks).post(streams::create_transfer_task),
        ),
        // `action` is also a valid task name: GET and DELETE on it reach the task routes.
        (
            format!("{p}/streams/{{stream_name}}/transfer-tasks/action"),
            post(streams::batch_transfer_task_action)
                .get(streams::show_transfer_task_named_action)
                .delete(streams::delete_transfer_task_named_action),
        ),
        (
            format!("{p}/streams/{{stream_name}}/transfer-tasks/{{task_name}}"),
            get(streams::show_transfer_task).delete(streams::delete_transfer_task),
        ),
        (
            format!("{p}/streams/{{stream_name}}/metrics"),
            get(data::show_stream_metrics),
        ),
        (
            format!("{p}/streams/{{stream_name}}/partitions/{{partition_id}}/metrics"),
            get(data::show_partition_metrics),
        ),
        (
            format!("{p}/apps"),
            get(apps::list_apps).post(apps::create_app),
        ),
        (
            format!("{p}/apps/{{app_name}}"),
            get(apps::show_app).delete(apps::delete_app),
        ),
        (
            format!("{p}/apps/{{app_name}}/streams/{{stream_name}}"),
            get(apps::show_consumer_state),
        ),
        (
            format!("{p}/checkpoints"),
            get(apps::show_checkpoint)
                .post(apps::commit_checkpoint)
                .delete(apps::delete_checkpoint),
        ),
        (
            format!("{p}/records"),
            get(data::get_records).post(data::put_records),
        ),
        (format!("{p}/cursors"), get(data::get_cursor)),
        (format!("{p}/stream/tags"), get(tags::list_tags)),
        (
            format!("{p}/stream/resource_instances/action"),
            post(tags::list_resources_by_tags),
        ),
        (
            format!("{p}/stream/{{stream_id}}/tags"),
            get(tags::show_stream_tags).post(tags::create_tag),
        ),
        // `action` is also a valid tag key: DELETE on it removes that tag.
        (
            format!("{p}/stream/{{stream_id}}/tags/action"),
            post(tags::batch_tag_action).delete(tags::delete_tag_named_action),
        ),
        (
            format!("{p}/stream/{{stream_id}}/tags/{{key}}"),
            delete(tags::delete_tag),
        ),
        // Aliases the Huawei Python DIS SDK uses for dump tasks (singular `stream`).
        (
            format!("{p}/stream/{{stream_id}}/transfer-tasks"),
            get(streams::list_transfer_tasks).post(streams::create_transfer_task),
        ),
        (
            format!("{p}/stream/{{stream_id}}/transfer-tasks/{{task_name}}"),
            get(streams::show_transfer_task).delete(streams::delete_transfer_task),
        ),
    ];
    let mut router = Router::new();
    for (path, methods) in routes {
        router = both(router, &path, methods);
    }
    let api = router
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            commit_changes,
        ))
        .fallback(no_route)
        .method_not_allowed_fallback(wrong_method)
        .layer(axum::middleware::from_fn_with_state(state.clone(), gate))
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(state.clone());
    api.merge(health::routes(state))
}

async fn no_route(method: Method, req: Request) -> DisError {
    DisError::no_such_path(format!("{method} {}", req.uri().path()))
}

async fn wrong_method(method: Method, req: Request) -> DisError {
    DisError::new(
        405,
        "DIS.4200",
        format!(
            "Invalid request. {method} is not allowed on {}",
            req.uri().path()
        ),
    )
}

/// Reads the body within the [body limits](body::read) (413, 408, 429; the connection is
/// closed after these) and checks authentication (401); with a fault plan, hands the
/// request to the fault injection. Logs every request at DEBUG.
async fn gate(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let started = Instant::now();
    let (parts, body) = req.into_parts();
    let (method, path) = (parts.method.clone(), parts.uri.path().to_owned());
    let answer = match body::read(body, &state.body_limits).await {
        Err(refused) => {
            if let Some(injector) = &state.faults {
                injector.log_unread(parts.method.as_str(), parts.uri.path(), refused.status);
            }
            let mut answer = refused.into_response();
            answer.headers_mut().insert(
                axum::http::header::CONNECTION,
                axum::http::HeaderValue::from_static("close"),
            );
            answer
        }
        Ok(read) => {
            let bytes = read.bytes.clone();
            let answer = if let Some(injector) = &state.faults {
                faults::intercept(&state, injector, parts, bytes, next).await
            } else if let Err(e) = state.auth.verify(&parts, &bytes) {
                e.into_response()
            } else {
                next.run(Request::from_parts(parts, axum::body::Body::from(bytes)))
                    .await
            };
            drop(read); // the body's share of the memory cap
            answer
        }
    };
    tracing::debug!(
        target: "dis_local::requests",
        %method,
        path,
        status = answer.status().as_u16(),
        ms = started.elapsed().as_millis() as u64,
        "request"
    );
    answer
}

/// Makes what the request changed durable before the answer leaves (a no-op without a
/// data directory); a failed write replaces the answer with a 500.
async fn commit_changes(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let answer = next.run(req).await;
    let committed = state.engine().commit();
    state
        .storage_failed
        .store(committed.is_err(), Ordering::SeqCst);
    match committed {
        Ok(()) => answer,
        Err(e) => {
            tracing::error!("dis-local: {}", e.message);
            e.into_response()
        }
    }
}

/// An empty response with the given status (the documented no-body successes).
pub(crate) fn empty(status: u16) -> Response {
    axum::http::StatusCode::from_u16(status)
        .unwrap_or(axum::http::StatusCode::OK)
        .into_response()
}

/// Serialises a generated response type, then adds the listed top-level arrays when the
/// generated serialiser left them out for being empty: DIS sends `"records": []` and the
/// like, and some SDKs (e.g. the Python SDK's `stream_names` paging) index them blindly.
pub(crate) fn json_ok<T: serde::Serialize>(body: &T, arrays: &[&str]) -> Response {
    let mut value = serde_json::to_value(body).unwrap_or(serde_json::Value::Null);
    if let serde_json::Value::Object(map) = &mut value {
        for key in arrays {
            map.entry(*key)
                .or_insert_with(|| serde_json::Value::Array(Vec::new()));
        }
    }
    axum::Json(value).into_response()
}

/// Treats an empty query value like an absent one (the Go SDK sends `start_task_name=`).
pub(crate) fn non_empty(v: &Option<String>) -> Option<&str> {
    v.as_deref().filter(|s| !s.is_empty())
}

pub(crate) type Answer = Result<Response, DisError>;
