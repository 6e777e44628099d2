//! Reading request bodies within the server's limits: a deadline for the whole body and a
//! cap on the bytes that all bodies being read (and their requests being handled) hold
//! together, so that slow or abandoned uploads cannot pin memory.

use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use axum::body::{Body, Bytes};
use http_body::Body as _;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::BODY_LIMIT;
use crate::engine::DisError;

/// The limits of [`read`].
#[derive(Debug)]
pub(crate) struct BodyLimits {
    /// How long the whole body may take to arrive.
    pub timeout: Duration,
    /// One permit per byte that request bodies may hold at once.
    memory: Arc<Semaphore>,
    memory_bytes: usize,
}

impl BodyLimits {
    pub fn new(timeout: Duration, memory_bytes: usize) -> Self {
        let memory_bytes = memory_bytes.clamp(1, Semaphore::MAX_PERMITS);
        Self {
            timeout,
            memory: Arc::new(Semaphore::new(memory_bytes)),
            memory_bytes,
        }
    }

    /// Bytes held by bodies now.
    pub fn in_use(&self) -> usize {
        self.memory_bytes - self.memory.available_permits()
    }
}

/// A body and the share of the memory cap it holds until dropped.
pub(crate) struct ReadBody {
    pub bytes: Bytes,
    _held: Option<OwnedSemaphorePermit>,
}

/// Reads the whole body: 413 past [`BODY_LIMIT`], 408 when it does not arrive within the
/// timeout, 429 `APIGW.0308` when the bodies being read already hold the memory cap, 400
/// when the connection breaks off.
pub(crate) async fn read(mut body: Body, limits: &BodyLimits) -> Result<ReadBody, DisError> {
    let deadline = tokio::time::Instant::now() + limits.timeout;
    if body.size_hint().lower() > BODY_LIMIT as u64 {
        return Err(too_large());
    }
    let mut buf = Vec::new();
    let mut held: Option<OwnedSemaphorePermit> = None;
    loop {
        let frame = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx));
        let frame = match tokio::time::timeout_at(deadline, frame).await {
            Err(_) => {
                return Err(DisError::new(
                    408,
                    "DIS.4200",
                    format!(
                        "Invalid request. The request body did not arrive within {} s.",
                        limits.timeout.as_secs_f64()
                    ),
                ));
            }
            Ok(None) => break,
            Ok(Some(Err(e))) => {
                return Err(DisError::request_error(format!(
                    "the request body could not be read: {e}"
                )));
            }
            Ok(Some(Ok(frame))) => frame,
        };
        let Ok(data) = frame.into_data() else {
            continue; // trailers
        };
        if buf.len() + data.len() > BODY_LIMIT {
            return Err(too_large());
        }
        let share = limits
            .memory
            .clone()
            .try_acquire_many_owned(u32::try_from(data.len()).unwrap_or(u32::MAX))
            .map_err(|_| {
                DisError::new(
                    429,
                    "APIGW.0308",
                    format!(
                        "The request was refused: unfinished request bodies already hold {} bytes, the server's limit. Retry later.",
                        limits.memory_bytes
                    ),
                )
            })?;
        match &mut held {
            Some(h) => h.merge(share),
            None => held = Some(share),
        }
        buf.extend_from_slice(&data);
    }
    Ok(ReadBody {
        bytes: Bytes::from(buf),
        _held: held,
    })
}

fn too_large() -> DisError {
    DisError::new(
        413,
        "DIS.4200",
        format!("Invalid request. The request body exceeds {BODY_LIMIT} bytes."),
    )
}
