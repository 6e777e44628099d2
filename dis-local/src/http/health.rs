//! `/health/live` and `/health/ready`, outside `/v2/`: no authentication, no faults.
//!
//! * live: 200 `{"status":"live"}` while the process serves HTTP at all;
//! * ready: 200 `{"status":"ready"}` while the emulator takes DIS requests; 503
//!   `{"status":"not ready","reason":…}` once shutdown began or when the last write to the
//!   data directory failed (it turns ready again after a write succeeds).

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::json;

use super::AppState;

pub(crate) fn routes(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/health/live", get(live))
        .route("/health/ready", get(ready))
        .with_state(state)
}

async fn live() -> Response {
    axum::Json(json!({"status": "live"})).into_response()
}

async fn ready(State(state): State<Arc<AppState>>) -> Response {
    let reason = if state.stopping.load(Ordering::SeqCst) {
        "shutting down"
    } else if state.storage_failed.load(Ordering::SeqCst) {
        "the last write to the data directory failed"
    } else {
        return axum::Json(json!({"status": "ready"})).into_response();
    };
    (
        StatusCode::SERVICE_UNAVAILABLE,
        axum::Json(json!({"status": "not ready", "reason": reason})),
    )
        .into_response()
}
