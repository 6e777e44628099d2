//! Client for the Data Ingestion Service (DIS) v2 of Open Telekom Cloud.
//!
//! [`Client`] has one method per operation of the otcextensions DIS proxy, plus the rest
//! of the API (monitoring, tags), over bindings that progenitor generates from
//! `spec/dis-v2.yaml` ([`raw`], [`types`]; checked in under `generated/`):
//!
//! * streams: [`Client::streams`], [`Client::get_stream`], [`Client::create_stream`],
//!   [`Client::delete_stream`], [`Client::update_stream_partition`];
//! * apps and checkpoints: [`Client::create_app`], [`Client::apps`], [`Client::get_app`],
//!   [`Client::app_consumptions`], [`Client::delete_app`], [`Client::create_checkpoint`],
//!   [`Client::get_checkpoint`], [`Client::delete_checkpoint`];
//! * records: [`Client::upload_data`], [`Client::upload_csv`], [`Client::get_data_cursor`],
//!   [`Client::download_data`], [`Client::download_csv`];
//! * dump tasks: [`Client::create_dump_task`], [`Client::dump_tasks`],
//!   [`Client::get_dump_task`], [`Client::delete_dump_task`], [`Client::start_dump_task`],
//!   [`Client::pause_dump_task`];
//! * monitoring and tags: [`Client::stream_metrics`], [`Client::partition_metrics`],
//!   [`Client::stream_tags`], [`Client::tags`], [`Client::streams_by_tags`], ...
//!
//! Listings are lazy [`Paginator`]s, creates are typed builders, and every method returns
//! [`Result`] with the one [`Error`] type. Input is checked against DIS's [`limits`]
//! before anything is sent. Answers decode into the crate's own types, with plain
//! fields where DIS always sends a value ([`StreamSummary`], [`Stream`], [`Partition`],
//! [`App`], [`DumpTask`], [`DumpTaskDetails`], ...); an answer without them is an
//! [`Error::Decode`]. [`Client::raw`] reaches everything else.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use otc_dis::{Client, CursorPosition, RecordToPut};
//!
//! # async fn demo() -> otc_dis::Result<()> {
//! // clouds.yaml / OS_* variables, as for the openstack CLI.
//! let client = Client::from_env().await?;
//! client.create_stream("orders", 2).send().await?;
//! let outcome = client
//!     .upload_data("orders")
//!     .record(RecordToPut::keyed("customer-1", b"order 1001".to_vec()))
//!     .send()
//!     .await?;
//! assert!(outcome.is_complete());
//! let mut records = client.download_data_from("orders", "0", CursorPosition::TrimHorizon);
//! while let Some(record) = records.try_next().await? {
//!     println!("#{} {:?}", record.sequence_number, record.data);
//! }
//! # Ok(()) }
//! ```
//!
//! # Configuration
//!
//! [`Client::from_env`] reads `clouds.yaml`/`secure.yaml` and the `OS_*` variables as the
//! openstack CLI does; [`Config::builder`] sets anything explicitly (it wins over the
//! environment, which wins over the files). Credentials are an IAM password (exchanged
//! for a token, refreshed before it expires), a fixed token, or an AK/SK pair (signed
//! afresh on every attempt); see [`auth`] and [`config`]. `DIS_ENDPOINT` points a program
//! at another endpoint, such as the local emulator.
//!
//! # Offline: the local emulator
//!
//! The workspace member `dis-local` serves the whole DIS v2 API in memory (or on disk), in
//! process for tests or as a binary, and can inject faults. Every example in `examples/`
//! runs on it: `cargo run --example quickstart`.
//!
//! # Errors and retries
//!
//! [`Error`] sorts DIS answers by their DIS code first (DIS reports "not found" as HTTP 400
//! with `DIS.4301` and the like) and carries the HTTP status, the code, the message and the
//! request id. Every request is retried by one rule: throttling and failed connections
//! always, server errors and lost answers only for operations that are safe to repeat
//! ([`RetryPolicy`], [`Timeouts`]). [`Error::is_retryable`] and [`Error::maybe_applied`]
//! give the same rule to callers.
//!
//! # Delivery guarantees
//!
//! An upload ([`Client::upload_data`]) gives each record exactly one result: written (its
//! partition and sequence number), or a [`FailedRecord`] whose [`Delivery`] says whether it
//! was not written, may have been written (its request may have been applied), or was not
//! sent. Resending every failed record that [`FailedRecord::is_retryable`] loses nothing;
//! only records reported [`Delivery::Unknown`] can end up stored twice. `send` returns
//! `Err` only when nothing can have been stored. Downloads never end silently before the
//! partition is caught up and never yield a record twice.
//!
//! [`Producer`] batches single records into uploads and resends what failed; [`Consumer`]
//! reads every assigned partition of a stream for one app and commits only what the
//! application acknowledged: at least once, in order per partition, with records lost to
//! retention reported ([`ConsumerEvent::DataExpired`]), never skipped silently. The
//! [`guide`] says how to choose their settings, keep order, handle duplicates and scale out.

#![deny(missing_docs)]

// Lets generated code name handwritten types by one path, inside this crate and in tests.
extern crate self as otc_dis;

/// Raw bindings generated by progenitor from `spec/dis-v2.yaml` (`generated/dis.rs`).
///
/// Reach them through [`Client::raw`], which sends through the crate's HTTP client. Their own
/// `raw::Client::new` builds reqwest's default client instead, which needs a rustls crypto
/// provider installed as the process default first (this crate builds reqwest without one),
/// e.g. `rustls::crypto::ring::default_provider().install_default()`.
#[allow(clippy::all, missing_docs, unused_imports, rustdoc::all)]
pub mod raw {
    include!("../generated/dis.rs");
}

pub use raw::types;

// Layers, each using only those above it in this list: errors; HTTP policy and the one
// retry decision; authentication; configuration; the client and its pipeline; the
// resources.
mod api;
pub mod auth;
mod client;
pub mod config;
mod consumer;
mod error;
mod http;
mod producer;

#[doc = include_str!("guide.md")]
pub mod guide {}

/// The limits DIS sets on names, sizes and counts; input beyond them is refused with
/// [`Error::Validation`] before anything is sent.
///
/// ```
/// assert_eq!(otc_dis::limits::RECORD_MAX_BYTES, 1024 * 1024);
/// ```
pub mod limits {
    pub use crate::api::validate::{
        AGENCY_NAME_MAX, APP_NAME_MAX, CHECKPOINT_METADATA_MAX, DATA_DURATION_HOURS,
        DELIVER_TIME_INTERVAL_SECONDS, FILE_PREFIX_MAX, METRICS_WINDOW_MAX, RECORD_MAX_BYTES,
        REQUEST_MAX_BYTES, STREAM_ID_MAX, STREAM_NAME_MAX, TAG_FILTER_MAX, TAG_KEY_MAX,
        TAG_SEARCH_PAGE_SIZE, TAG_VALUE_MAX, TAGS_PER_STREAM_MAX, TASK_NAME_MAX,
    };
}

pub use api::apps::{App, PartitionConsumption};
pub use api::checkpoints::{Checkpoint, CreateCheckpoint, DeleteCheckpoint, GetCheckpoint};
pub use api::dump_tasks::{
    CreateDumpTask, DumpDestinationType, DumpTask, DumpTaskDetails, DumpTaskPartition,
    DumpTaskState, ObsDestination, RecordDelimiter, RecordTimestamp, TimestampFormat,
};
pub use api::metrics::{MetricLabels, MetricPoint, MetricSeries};
pub use api::pagination::{Listing, PageOptions, Paginator};
pub use api::records::protobuf;
pub use api::records::{
    CsvData, CsvDownload, CsvDownloadSummary, CsvInterruption, CsvRecordFailure, CsvUpload,
    CsvUploadOutcome, Cursor, CursorPosition, DEFAULT_MAX_RECORDS_PER_REQUEST, Delivery,
    FailedRecord, RENEW_CURSOR_CODES, Record, RecordResult, RecordToPut, Records, UploadData,
    UploadOutcome, WrittenRecord, needs_new_cursor,
};
pub use api::streams::{
    CreateStream, DataType, Partition, PartitionStatus, Stream, StreamStatus, StreamSummary,
    StreamType,
};
pub use api::tags::StreamsByTags;
pub use client::{Client, Pipeline};
pub use config::{Config, RecordEncoding};
pub use consumer::{
    Assignment, Batch, Consumer, ConsumerBuilder, ConsumerEvent, ConsumerMetrics, StartPosition,
};
pub use error::{
    ApiError, ConfigError, Error, ErrorBody, Result, Service, TransportPhase, ValidationError,
};
pub use http::{RetryPolicy, Timeouts};
pub use producer::{
    CloseReport, Delivered, DeliveryFuture, Ordering, Producer, ProducerBuilder, ProducerMetrics,
    SendError, SendErrorKind,
};

#[cfg(feature = "signing")]
pub use auth::signing;
