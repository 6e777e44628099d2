//! Records: upload bytes to a stream, obtain partition cursors, download records, and do
//! both through CSV files.
//!
//! The wire carries record data as base64 in JSON, or as raw bytes in DIS's protobuf form
//! when the client is configured with [`RecordEncoding::Protobuf`](crate::RecordEncoding);
//! this layer takes and returns plain bytes ([`bytes::Bytes`]) and does the encoding
//! itself, so no caller string is ever guessed to be "already base64". Both encodings give
//! the same types, outcomes and guarantees.
//!
//! ```no_run
//! use futures::TryStreamExt;
//! use otc_dis::{CursorPosition, RecordToPut};
//! # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
//! let outcome = client
//!     .upload_data("orders")
//!     .record(RecordToPut::keyed("customer-7", b"{\"total\": 12}".to_vec()))
//!     .send()
//!     .await?;
//! assert_eq!(outcome.failed_record_count, 0);
//!
//! let mut records = client.download_data_from("orders", "0", CursorPosition::TrimHorizon);
//! while let Some(record) = records.try_next().await? {
//!     println!("{} {:?}", record.sequence_number, record.data);
//! }
//! # Ok(()) }
//! ```

mod csv;
mod csv_download;
mod cursor;
mod download;
pub mod protobuf;
mod put_answer;
mod upload;
mod wire;

pub use self::csv::{CsvData, CsvInterruption, CsvRecordFailure, CsvUpload, CsvUploadOutcome};
pub use csv_download::{CsvDownload, CsvDownloadSummary};
pub(crate) use cursor::sequence_number_from_wire;
pub use cursor::{Cursor, CursorPosition, RENEW_CURSOR_CODES, needs_new_cursor};
pub use download::{Record, Records};
pub use upload::{
    DEFAULT_MAX_RECORDS_PER_REQUEST, Delivery, FailedRecord, RecordResult, RecordToPut, UploadData,
    UploadOutcome, WrittenRecord,
};
// For the producer: records encoded from a borrowed slice, answers read without a String
// per record.
pub(crate) use put_answer::Placed;
pub(crate) use upload::{StreamTarget, put_batch_placed};
pub(crate) use wire::BodyBuffer;

/// Base64 as DIS sends it; padding is accepted but not required, so an answer that
/// drops it still decodes.
const BASE64: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    base64::engine::GeneralPurposeConfig::new()
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
);
