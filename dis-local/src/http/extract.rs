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
        Ok(Self(with_stream_alias(map)))
    }
}

/// The Huawei DIS SDK addresses dump tasks under the singular `/stream/{name}/…` prefix
/// that the tag routes share, where the segment is named `stream_id`: there it is a name.
fn with_stream_alias(mut map: HashMap<String, String>) -> HashMap<String, String> {
    if !map.contains_key("stream_name")
        && let Some(id) = map.get("stream_id").cloned()
    {
        map.insert("stream_name".to_owned(), id);
    }
    map
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
/// wrong shape, missing fields or values outside the schema's limits: DIS.4200, whose
/// message starts with the path of the field (`records[0].data: …`, `the body: …`). The
/// `Content-Type` header is not required.
pub(crate) struct J<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for J<T> {
    type Rejection = DisError;

    async fn from_request(req: Request, state: &S) -> Result<Self, DisError> {
        let bytes = body_bytes(req, state).await?;
        json_body(&bytes).map(J)
    }
}

async fn body_bytes<S: Send + Sync>(req: Request, state: &S) -> Result<Bytes, DisError> {
    Bytes::from_request(req, state)
        .await
        .map_err(|e| DisError::request_error(e.body_text()))
}

/// Decodes a JSON body as [`J`] does, with the same errors.
pub(crate) fn json_body<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, DisError> {
    match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
        None => return Err(DisError::empty_request()),
        Some(b'{') => {}
        Some(_) if serde_json::from_slice::<serde::de::IgnoredAny>(bytes).is_ok() => {
            return Err(DisError::invalid_request(
                "the body must be a JSON object ({...})",
            ));
        }
        Some(_) => {} // not JSON at all: reported below
    }
    let mut json = serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(&mut json).map_err(|e| {
        use serde_json::error::Category;
        let field = match e.path().to_string() {
            root if root == "." => "the body".to_owned(),
            path => path,
        };
        let inner = e.into_inner();
        match inner.classify() {
            Category::Data => DisError::invalid_request(format!("{field}: {inner}")),
            _ => DisError::request_error(format!("the body is not valid JSON: {inner}")),
        }
    })
}

/// How a records request and its answer are encoded: protobuf when the request's
/// `Content-Type` is `application/x-protobuf` (with or without parameters), as the Huawei
/// SDKs send it on PutRecords and on GetRecords; JSON otherwise. Error answers are JSON
/// either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wire {
    Json,
    Protobuf,
}

impl Wire {
    fn of(headers: &axum::http::HeaderMap) -> Self {
        let protobuf = headers
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/x-protobuf"));
        if protobuf { Self::Protobuf } else { Self::Json }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Wire {
    type Rejection = DisError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, DisError> {
        Ok(Self::of(&parts.headers))
    }
}

/// A records request body and its [`Wire`].
pub(crate) struct WireBody(pub Wire, pub Bytes);

impl<S: Send + Sync> FromRequest<S> for WireBody {
    type Rejection = DisError;

    async fn from_request(req: Request, state: &S) -> Result<Self, DisError> {
        let wire = Wire::of(req.headers());
        Ok(Self(wire, body_bytes(req, state).await?))
    }
}
