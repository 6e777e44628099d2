//! Extractors that turn every rejection into a DIS error body instead of axum's plain text.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

use super::AppState;
use crate::engine::DisError;

impl IntoResponse for DisError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({ "errorCode": self.code, "message": self.message });
        let status = axum::http::StatusCode::from_u16(self.status)
            .unwrap_or(axum::http::StatusCode::INTERNAL_SERVER_ERROR);
        (status, axum::Json(body)).into_response()
    }
}

/// The path parameters of the matched route, after checking `project_id` against the
/// configured project (DIS.4117 on mismatch).
pub(crate) struct Params(HashMap<String, String>);

impl Params {
    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("", String::as_str)
    }
}

impl FromRequestParts<Arc<AppState>> for Params {
    type Rejection = DisError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &Arc<AppState>,
    ) -> Result<Self, DisError> {
        let Path(map) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
            .await
            .map_err(|e| {
                DisError::invalid_request(format!("bad path parameter: {}", e.body_text()))
            })?;
        let project = map.get("project_id").map_or("", String::as_str);
        if project != state.project_id {
            return Err(DisError::invalid_project_id(project));
        }
        Ok(Self(map))
    }
}

/// Query parameters decoded into `T`; missing or ill-typed parameters are DIS.4200.
pub(crate) struct Q<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for Q<T> {
    type Rejection = DisError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, DisError> {
        Query::<T>::try_from_uri(&parts.uri)
            .map(|Query(v)| Q(v))
            .map_err(|e| DisError::invalid_request(e.body_text()))
    }
}

/// A JSON body decoded into `T`. No body: DIS.4202; not JSON: DIS.4300; JSON of the
/// wrong shape, missing fields or values outside the schema's limits: DIS.4200. The
/// `Content-Type` header is not required.
pub(crate) struct J<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for J<T> {
    type Rejection = DisError;

    async fn from_request(req: Request, state: &S) -> Result<Self, DisError> {
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| DisError::request_error(e.body_text()))?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(DisError::empty_request());
        }
        serde_json::from_slice(&bytes).map(J).map_err(|e| {
            use serde_json::error::Category;
            match e.classify() {
                Category::Data => DisError::invalid_request(e.to_string()),
                _ => DisError::request_error(format!("the body is not valid JSON: {e}")),
            }
        })
    }
}
