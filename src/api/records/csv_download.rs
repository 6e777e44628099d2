//! Downloading records into a CSV document, page by page through an async writer, so that
//! every row counted has reached the writer.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use ::csv::Writer;
use tokio::io::{AsyncWrite, AsyncWriteExt as _};

use super::{CsvData, Cursor, Record, Records};
use crate::{Client, Error, Result};

/// Header written by download.
const DOWNLOAD_HEADER: [&str; 5] = [
    "sequence_number",
    "data",
    "timestamp",
    "timestamp_type",
    "partition_key",
];

enum Sink<W> {
    Writer(W),
    File(PathBuf),
}

/// A pending CSV download; configure it, then [`send`](CsvDownload::send) it.
///
/// Pages are fetched one at a time and written as they arrive, until the partition is caught
/// up (as [`Records`] does without `follow`, with the same rules for pages that bring
/// nothing new). Memory holds one page.
///
/// A row counts as written, and the place to resume moves past it, only once its whole page
/// has been written to the writer and the writer has been flushed without error. So
/// [`CsvDownloadSummary`] never claims a row the writer did not accept; after a failed
/// write, the output may hold part of the page being written, which the summary does not
/// count (a download resumed from the summary writes those rows again).
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) -> otc_dis::Result<()> {
/// let summary = client.download_csv_file(cursor, "export.csv").send().await?;
/// println!("{} records, resume with {:?}", summary.records_written, summary.next_cursor);
/// # Ok(()) }
/// ```
#[must_use = "a download does nothing until it is sent"]
pub struct CsvDownload<W> {
    records: Records,
    sink: Sink<W>,
    data: CsvData,
}

impl<W> std::fmt::Debug for CsvDownload<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sink = match &self.sink {
            Sink::Writer(_) => "writer".to_owned(),
            Sink::File(path) => path.display().to_string(),
        };
        f.debug_struct("CsvDownload")
            .field("records", &self.records)
            .field("sink", &sink)
            .field("data", &self.data)
            .finish()
    }
}

/// What a CSV download wrote and where to continue.
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) -> Result<(), Box<dyn std::error::Error>> {
/// let file = tokio::fs::File::create("orders.csv").await?;
/// let summary = client.download_csv(cursor, file).send().await?;
/// if let Some(error) = &summary.interrupted {
///     eprintln!("stopped after {} records: {error}", summary.records_written);
/// }
/// if let Some(next) = summary.next_cursor {
///     // within 5 minutes: client.download_csv(next, ...) continues after the last record
/// }
/// # Ok(()) }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct CsvDownloadSummary {
    /// Rows written (their page written and flushed), not counting the header.
    pub records_written: u64,
    /// Cursor that continues right after the last row written (valid for 5 minutes);
    /// `None` when records were fetched that were not written (a failed write), since no
    /// cursor points into a page: resume from `last_sequence_number` then.
    pub next_cursor: Option<Cursor>,
    /// Sequence number of the last row written, to resume with
    /// `CursorPosition::AfterSequenceNumber` (the cursor expires after 5 minutes).
    pub last_sequence_number: Option<String>,
    /// Set when the download stopped on an error after some rows had been written (an
    /// expired cursor, a failed request, an answer refused, a failed write); the fields
    /// above then say where to resume. When no row had been written, `send` returns the
    /// error instead.
    pub interrupted: Option<Error>,
}

impl Client {
    /// Downloads the records from `cursor` on into a CSV document written to `writer`
    /// (format in [`CsvData`]), flushing it after every page.
    ///
    /// Any [`AsyncWrite`] will do: `&mut Vec<u8>`, a `tokio::fs::File`, tokio's stdout, a
    /// socket. The writer is only ever polled, never called in a blocking way.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) -> otc_dis::Result<()> {
    /// let mut csv = Vec::new();
    /// let summary = client.download_csv(cursor, &mut csv).send().await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "get_records")]
    pub fn download_csv<W: AsyncWrite + Unpin>(
        &self,
        cursor: impl Into<Cursor>,
        writer: W,
    ) -> CsvDownload<W> {
        CsvDownload {
            records: self.download_data(cursor),
            sink: Sink::Writer(writer),
            data: CsvData::default(),
        }
    }

    /// Downloads the records from `cursor` on into a CSV file, created or truncated
    /// (through `tokio::fs`, so no blocking file I/O on the async task).
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) -> otc_dis::Result<()> {
    /// let summary = client.download_csv_file(cursor, "/tmp/orders.csv").send().await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "get_records")]
    pub fn download_csv_file(
        &self,
        cursor: impl Into<Cursor>,
        path: impl AsRef<Path>,
    ) -> CsvDownload<tokio::fs::File> {
        CsvDownload {
            records: self.download_data(cursor),
            sink: Sink::File(path.as_ref().to_owned()),
            data: CsvData::default(),
        }
    }
}

impl<W: AsyncWrite + Unpin> CsvDownload<W> {
    /// Passes `max_fetch_bytes` to every page request.
    pub fn max_fetch_bytes(mut self, max_fetch_bytes: u32) -> Self {
        self.records = self.records.max_fetch_bytes(max_fetch_bytes);
        self
    }

    /// How the `data` column holds the bytes (default [`CsvData::Raw`]).
    pub fn data_encoding(mut self, data: CsvData) -> Self {
        self.data = data;
        self
    }

    /// Writes the header and then every record until the partition is caught up.
    ///
    /// On an error the rows written so far are kept; the error is returned when no row had
    /// been written, and is kept in [`CsvDownloadSummary::interrupted`] otherwise, next to
    /// where to resume.
    pub async fn send(self) -> Result<CsvDownloadSummary> {
        let writer = match self.sink {
            Sink::Writer(writer) => writer,
            Sink::File(path) => {
                let file = tokio::fs::File::create(&path)
                    .await
                    .map_err(|e| Error::io(format!("could not create {}", path.display()), e))?;
                return write_csv(self.records, file, self.data).await;
            }
        };
        write_csv(self.records, writer, self.data).await
    }
}

async fn write_csv<W: AsyncWrite + Unpin>(
    mut records: Records,
    mut writer: W,
    data: CsvData,
) -> Result<CsvDownloadSummary> {
    write_page(&mut writer, &encode(std::iter::once(DOWNLOAD_HEADER))?).await?;
    let mut summary = CsvDownloadSummary {
        records_written: 0,
        next_cursor: None,
        last_sequence_number: None,
        interrupted: None,
    };
    let mut all_written = true;
    while let Some(batch) = records.next_batch().await {
        let written = match batch {
            Ok(batch) => write_records(&mut writer, &batch, data)
                .await
                .map(|()| batch),
            Err(err) => {
                summary.interrupted = Some(err);
                break;
            }
        };
        match written {
            Ok(batch) => {
                summary.records_written += batch.len() as u64;
                summary.last_sequence_number = batch.last().map(|r| r.sequence_number.clone());
            }
            Err(err) => {
                all_written = false;
                summary.interrupted = Some(err);
                break;
            }
        }
    }
    if all_written {
        summary.next_cursor = records.cursor_after_last_yielded().cloned();
    }
    match summary.interrupted.take() {
        Some(err) if summary.records_written == 0 => Err(err),
        interrupted => Ok(CsvDownloadSummary {
            interrupted,
            ..summary
        }),
    }
}

/// Writes the rows of a batch of records and flushes the writer.
async fn write_records<W: AsyncWrite + Unpin>(
    writer: &mut W,
    batch: &[Record],
    data: CsvData,
) -> Result<()> {
    // Cells borrow from the records: no copy of the data on its way into the CSV text.
    let rows = batch.iter().map(|record| {
        let timestamp = record.timestamp.map(|t| t.to_string()).unwrap_or_default();
        let cell = match data {
            CsvData::Base64 => Cow::Owned(data.encode(&record.data)),
            _ => Cow::Borrowed(&record.data[..]),
        };
        [
            Cow::Borrowed(record.sequence_number.as_bytes()),
            cell,
            Cow::Owned(timestamp.into_bytes()),
            Cow::Borrowed(text_cell(record.timestamp_type.as_deref())),
            Cow::Borrowed(text_cell(record.partition_key.as_deref())),
        ]
    });
    write_page(writer, &encode(rows)?).await
}

fn text_cell(text: Option<&str>) -> &[u8] {
    text.unwrap_or_default().as_bytes()
}

/// The CSV text of `rows`.
fn encode<R, I>(rows: R) -> Result<Vec<u8>>
where
    R: IntoIterator<Item = I>,
    I: IntoIterator,
    I::Item: AsRef<[u8]>,
{
    let mut csv = Writer::from_writer(Vec::new());
    for row in rows {
        csv.write_record(row).map_err(encode_error)?;
    }
    csv.into_inner()
        .map_err(|e| Error::io("could not encode the CSV", e.into_error()))
}

fn encode_error(err: ::csv::Error) -> Error {
    Error::io(
        "could not encode the CSV",
        std::io::Error::other(err.to_string()),
    )
}

/// Writes all of `bytes` and flushes: only then did the writer accept them.
async fn write_page<W: AsyncWrite + Unpin>(writer: &mut W, bytes: &[u8]) -> Result<()> {
    let written = writer.write_all(bytes).await;
    // Flushed even after a failed write, so that what did arrive is not held back.
    let flushed = writer.flush().await;
    written
        .and(flushed)
        .map_err(|e| Error::io("could not write the CSV", e))
}
