//! Uploading records from CSV, streamed with bounded memory, and the CSV format shared
//! with the download (in `csv_download`).

use std::{
    fs::File,
    io::{BufReader, Read},
    path::{Path, PathBuf},
};

use ::csv::{ByteRecord, ReaderBuilder};
use base64::Engine as _;
use bytes::Bytes;

use super::{
    BASE64, FailedRecord, RecordToPut,
    upload::{RequestLimits, StreamTarget, put_batch},
};
use crate::{Client, Error, Result, ValidationError};

/// How the `data` column of a CSV file holds a record's bytes; use the same choice for
/// download and upload.
///
/// # Format
///
/// Upload reads a header row and then one record per row. The `data` column is required;
/// `partition_id`, `partition_key` and `explicit_hash_key` are optional (header names are
/// matched ignoring case and surrounding spaces; an empty cell means "not set"). Any other
/// column is ignored, so a file written by download can be uploaded again as it is (its
/// `sequence_number`, `timestamp` and `timestamp_type` columns are ignored, its
/// `partition_key` is used).
///
/// Download writes the header `sequence_number,data,timestamp,timestamp_type,partition_key`:
/// the columns of the otcextensions proxy, plus `partition_key` at the end (empty when the
/// record has none), and `timestamp`/`timestamp_type` empty when DIS sent none.
///
/// The `data` cell holds the record's bytes as chosen by [`CsvData`], the same way in both
/// directions: by default ([`CsvData::Raw`]) the cell's bytes exactly as written, so a text
/// file's UTF-8 text is uploaded as is; CSV quoting preserves any bytes (commas, quotes,
/// newlines, and even bytes that are not UTF-8). [`CsvData::Base64`] stores base64 instead,
/// for files that must stay plain ASCII.
///
/// ```
/// assert_eq!(otc_dis::CsvData::default(), otc_dis::CsvData::Raw);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum CsvData {
    /// The cell's bytes as written: text stays readable, and CSV quoting keeps arbitrary
    /// bytes intact (the file is then not UTF-8 if the data is not).
    #[default]
    Raw,
    /// Standard base64 of the bytes (padding optional on upload).
    Base64,
}

impl CsvData {
    fn decode(self, cell: &[u8]) -> std::result::Result<Bytes, String> {
        match self {
            Self::Raw => Ok(Bytes::copy_from_slice(cell)),
            Self::Base64 => BASE64
                .decode(cell)
                .map(Bytes::from)
                .map_err(|e| format!("data is not base64: {e}")),
        }
    }

    pub(super) fn encode(self, data: &[u8]) -> Vec<u8> {
        match self {
            Self::Raw => data.to_vec(),
            Self::Base64 => BASE64.encode(data).into_bytes(),
        }
    }
}

enum Source<R> {
    Reader(R),
    File(PathBuf),
}

/// A pending CSV upload; configure it, then [`send`](CsvUpload::send) it.
///
/// Rows are read and sent in batches that respect the DIS limits (1 MiB per record, 5 MiB
/// and [`max_records_per_request`](CsvUpload::max_records_per_request) records per
/// request), so memory holds one batch at a time.
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let outcome = client.upload_csv_file("orders", "orders.csv").send().await?;
/// println!("{} written", outcome.records_written);
/// for failure in &outcome.failures {
///     eprintln!("line {}: {}", failure.line, failure.failure);
/// }
/// # Ok(()) }
/// ```
#[must_use = "an upload does nothing until it is sent"]
pub struct CsvUpload<R> {
    client: Client,
    target: StreamTarget,
    source: Source<R>,
    data: CsvData,
    limits: RequestLimits,
}

impl<R> std::fmt::Debug for CsvUpload<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let source = match &self.source {
            Source::Reader(_) => "reader".to_owned(),
            Source::File(path) => path.display().to_string(),
        };
        f.debug_struct("CsvUpload")
            .field("target", &self.target)
            .field("source", &source)
            .field("data", &self.data)
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

/// A record DIS refused, with the line of the CSV file where its row starts.
///
/// ```
/// let failure = otc_dis::CsvRecordFailure {
///     line: 7,
///     failure: otc_dis::FailedRecord::rejected("DIS.4303", "Exceeded traffic control limit"),
/// };
/// assert!(failure.failure.is_retryable());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRecordFailure {
    /// Line (1-based, the header is line 1) where the record's row starts.
    pub line: u64,
    /// What DIS said.
    pub failure: FailedRecord,
}

/// Why a CSV upload stopped early, and from which line on nothing was written.
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let outcome = client.upload_csv_file("orders", "orders.csv").send().await?;
/// if let Some(stop) = &outcome.interrupted {
///     eprintln!("rows from line {} on were not confirmed: {}", stop.line, stop.error);
/// }
/// # Ok(()) }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct CsvInterruption {
    /// First line of the rows not confirmed as written: the rows of a batch that was
    /// refused or whose request failed, and everything after them, which was not read.
    pub line: u64,
    /// How many rows from `line` on belong to a request that may have been applied
    /// (`error.maybe_applied()`): they may or may not be stored, and resending them can
    /// store them twice. 0 when the failure cannot have stored anything.
    pub unknown_rows: u64,
    /// A bad row (`Error::Validation` with field `csv` and `line N: ...`), a read error
    /// (`Error::Io`) or the error of the failed request.
    pub error: Error,
}

/// The summary of a CSV upload: counts, every failed record with its line, and the reason
/// it stopped early, if it did. Results of written records are only counted, so memory
/// stays bounded for large files.
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let outcome = client.upload_csv_file("orders", "orders.csv").send().await?;
/// if let Some(stop) = &outcome.interrupted {
///     eprintln!("stopped at line {}: {}", stop.line, stop.error);
/// }
/// assert!(outcome.is_complete() || !outcome.failures.is_empty() || outcome.interrupted.is_some());
/// # Ok(()) }
/// ```
#[derive(Debug, Default)]
#[non_exhaustive]
pub struct CsvUploadOutcome {
    /// Records DIS wrote.
    pub records_written: u64,
    /// Records DIS refused, in file order.
    pub failures: Vec<CsvRecordFailure>,
    /// Requests sent.
    pub requests: u64,
    /// Set when the upload stopped before the end of the file after some records had been
    /// sent; when nothing had been sent, `send` returns the error instead.
    pub interrupted: Option<CsvInterruption>,
}

impl CsvUploadOutcome {
    /// True when every row was written.
    pub fn is_complete(&self) -> bool {
        self.failures.is_empty() && self.interrupted.is_none()
    }

    /// Ends the upload: with the error when no request can have stored anything, else with
    /// the outcome so far.
    fn stop(mut self, stop: RowStop) -> Result<Self> {
        let RowStop {
            line,
            unknown_rows,
            error,
        } = stop;
        if self.requests == 0 {
            return Err(error);
        }
        self.interrupted = Some(CsvInterruption {
            line,
            unknown_rows,
            error,
        });
        Ok(self)
    }
}

impl Client {
    /// Uploads the records of a CSV document read from `reader` to `stream_name` (format in
    /// [`CsvData`]).
    ///
    /// The reader is read synchronously between requests; wrap slow sources in a
    /// `BufReader`. A bad row stops the upload before its batch is sent.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let csv = "data,partition_key\nhello,user-1\n\"a, \"\"quoted\"\" value\",user-2\n";
    /// let outcome = client.upload_csv("orders", csv.as_bytes()).send().await?;
    /// assert_eq!(outcome.records_written, 2);
    /// # Ok(()) }
    /// ```
    #[doc(alias = "put_records")]
    pub fn upload_csv<R: Read>(&self, stream_name: &str, reader: R) -> CsvUpload<R> {
        self.csv_upload(stream_name, Source::Reader(reader))
    }

    /// Uploads the records of a CSV file to `stream_name`. The whole file is checked first,
    /// so a bad row anywhere is reported (with its line) before anything is sent.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let outcome = client.upload_csv_file("orders", "/tmp/orders.csv").send().await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "put_records")]
    pub fn upload_csv_file(&self, stream_name: &str, path: impl AsRef<Path>) -> CsvUpload<File> {
        self.csv_upload(stream_name, Source::File(path.as_ref().to_owned()))
    }

    fn csv_upload<R>(&self, stream_name: &str, source: Source<R>) -> CsvUpload<R> {
        CsvUpload {
            client: self.clone(),
            target: StreamTarget::new(stream_name),
            source,
            data: CsvData::default(),
            limits: RequestLimits::default(),
        }
    }
}

impl<R: Read> CsvUpload<R> {
    /// Addresses the stream by id too (streams another account authorised); the stream name
    /// may then be `""`.
    pub fn stream_id(mut self, stream_id: impl Into<String>) -> Self {
        self.target.id = Some(stream_id.into());
        self
    }

    /// How the `data` column holds the bytes (default [`CsvData::Raw`]).
    pub fn data_encoding(mut self, data: CsvData) -> Self {
        self.data = data;
        self
    }

    /// Caps the records per request (default
    /// [`DEFAULT_MAX_RECORDS_PER_REQUEST`](crate::DEFAULT_MAX_RECORDS_PER_REQUEST)).
    pub fn max_records_per_request(mut self, max: usize) -> Self {
        self.limits.max_records = max;
        self
    }

    /// Reads the rows and sends them batch by batch, in file order.
    ///
    /// Returns an error, with nothing sent, for a bad stream name, a missing `data` column,
    /// or a bad row / failed request / read error before the first request; once records
    /// were sent, such a stop is reported in [`CsvUploadOutcome::interrupted`] instead, so
    /// that what was written is not lost. A bad row's error is `Error::Validation` with
    /// field `csv` and a problem starting with `line N:`.
    pub async fn send(self) -> Result<CsvUploadOutcome> {
        self.target.check()?;
        self.limits.check()?;
        let batches = Batches {
            client: self.client,
            target: self.target,
            limits: self.limits,
        };
        match self.source {
            Source::Reader(reader) => batches.upload(RowReader::new(reader, self.data)?).await,
            Source::File(path) => {
                RowReader::new(open(&path)?, self.data)?.check_all()?;
                batches
                    .upload(RowReader::new(open(&path)?, self.data)?)
                    .await
            }
        }
    }
}

fn open(path: &Path) -> Result<BufReader<File>> {
    File::open(path)
        .map(BufReader::new)
        .map_err(|e| Error::io(format!("could not open {}", path.display()), e))
}

/// Where the known columns are in the header.
#[derive(Debug)]
struct Columns {
    data: usize,
    partition_id: Option<usize>,
    partition_key: Option<usize>,
    explicit_hash_key: Option<usize>,
}

impl Columns {
    fn from_header(header: &ByteRecord) -> std::result::Result<Self, String> {
        let names: Vec<String> = header.iter().map(column_name).collect();
        let find = |wanted: &str| -> std::result::Result<Option<usize>, String> {
            let mut found = names.iter().enumerate().filter(|(_, n)| *n == wanted);
            match (found.next(), found.next()) {
                (Some(_), Some(_)) => Err(format!("the header has two `{wanted}` columns")),
                (first, _) => Ok(first.map(|(i, _)| i)),
            }
        };
        Ok(Self {
            data: find("data")?.ok_or_else(|| {
                format!(
                    "the header needs a `data` column, found {:?}",
                    names.join(",")
                )
            })?,
            partition_id: find("partition_id")?,
            partition_key: find("partition_key")?,
            explicit_hash_key: find("explicit_hash_key")?,
        })
    }
}

/// A header cell as a column name: without a byte order mark, spaces and case.
fn column_name(cell: &[u8]) -> String {
    let cell = cell.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(cell);
    String::from_utf8_lossy(cell).trim().to_ascii_lowercase()
}

/// A refused row: its line and the error to report.
type RowError = (u64, Error);

/// Where and why a CSV upload stopped.
struct RowStop {
    line: u64,
    unknown_rows: u64,
    error: Error,
}

impl RowStop {
    /// A stop at `line` before any row from there on was sent.
    fn unsent(line: u64, error: Error) -> Self {
        Self {
            line,
            unknown_rows: 0,
            error,
        }
    }
}

fn bad_row(line: u64, problem: impl std::fmt::Display) -> Error {
    ValidationError::new("csv", format!("line {line}: {problem}")).into()
}

/// Reads rows as records, one at a time.
struct RowReader<R> {
    csv: ::csv::Reader<R>,
    columns: Columns,
    data: CsvData,
    row: ByteRecord,
}

impl<R: Read> RowReader<R> {
    fn new(reader: R, data: CsvData) -> Result<Self> {
        let mut csv = ReaderBuilder::new().has_headers(true).from_reader(reader);
        let header = csv.byte_headers().map_err(|e| csv_read_error(e, 1).1)?;
        let columns = Columns::from_header(header).map_err(|p| bad_row(1, p))?;
        Ok(Self {
            csv,
            columns,
            data,
            row: ByteRecord::new(),
        })
    }

    /// The next record and the line its row starts on; `None` at the end.
    fn next(&mut self) -> std::result::Result<Option<(u64, RecordToPut)>, RowError> {
        let next_line = self.csv.position().line();
        match self.csv.read_byte_record(&mut self.row) {
            Ok(false) => Ok(None),
            Ok(true) => {
                let line = self.row.position().map_or(next_line, |p| p.line());
                self.record()
                    .map(|r| Some((line, r)))
                    .map_err(|p| (line, bad_row(line, p)))
            }
            Err(err) => Err(csv_read_error(err, next_line)),
        }
    }

    fn record(&self) -> std::result::Result<RecordToPut, String> {
        let cols = &self.columns;
        let mut record = RecordToPut::new(self.data.decode(&self.row[cols.data])?);
        record.partition_id = self.text(cols.partition_id, "partition_id")?.map(trimmed);
        record.partition_key = self.text(cols.partition_key, "partition_key")?;
        record.explicit_hash_key = self
            .text(cols.explicit_hash_key, "explicit_hash_key")?
            .map(|key| {
                key.trim().parse::<u64>().map_err(|_| {
                    format!(
                        "explicit_hash_key must be a whole number 0..={}, got {key:?}",
                        i64::MAX
                    )
                })
            })
            .transpose()?;
        match record.problem() {
            Some(problem) => Err(problem),
            None => Ok(record),
        }
    }

    /// An optional text cell; empty means not set.
    fn text(
        &self,
        column: Option<usize>,
        name: &str,
    ) -> std::result::Result<Option<String>, String> {
        column
            .map(|i| &self.row[i])
            .filter(|cell| !cell.is_empty())
            .map(|cell| {
                String::from_utf8(cell.to_vec()).map_err(|_| format!("{name} is not UTF-8"))
            })
            .transpose()
    }

    /// Reads every row, stopping at the first bad one.
    fn check_all(mut self) -> Result<()> {
        while self.next().map_err(|(_, e)| e)?.is_some() {}
        Ok(())
    }
}

fn trimmed(text: String) -> String {
    text.trim().to_owned()
}

fn csv_read_error(err: ::csv::Error, fallback_line: u64) -> RowError {
    let line = err.position().map_or(fallback_line, |p| p.line());
    let problem = match err.kind() {
        ::csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("has {len} fields, the header has {expected_len}"),
        _ => err.to_string(),
    };
    let error = match err.into_kind() {
        ::csv::ErrorKind::Io(io) => Error::io(format!("could not read CSV line {line}"), io),
        _ => bad_row(line, problem),
    };
    (line, error)
}

/// Sends batches of rows to one stream.
struct Batches {
    client: Client,
    target: StreamTarget,
    limits: RequestLimits,
}

/// Rows read but not sent yet.
#[derive(Default)]
struct Batch {
    records: Vec<RecordToPut>,
    lines: Vec<u64>,
    bytes: usize,
}

impl Batch {
    fn push(&mut self, line: u64, record: RecordToPut) {
        self.bytes += record.data.len();
        self.lines.push(line);
        self.records.push(record);
    }
}

impl Batches {
    async fn upload<R: Read>(&self, mut rows: RowReader<R>) -> Result<CsvUploadOutcome> {
        let mut outcome = CsvUploadOutcome::default();
        let mut batch = Batch::default();
        loop {
            let (line, record) = match rows.next() {
                Ok(Some(row)) => row,
                Ok(None) => break,
                Err((line, error)) => {
                    let line = batch.lines.first().copied().unwrap_or(line);
                    return outcome.stop(RowStop::unsent(line, error));
                }
            };
            if !self
                .limits
                .fits(batch.records.len(), batch.bytes, record.data.len())
            {
                let full = std::mem::take(&mut batch);
                if let Err(stop) = self.send(full, &mut outcome).await {
                    return outcome.stop(stop);
                }
            }
            batch.push(line, record);
        }
        if !batch.records.is_empty()
            && let Err(stop) = self.send(batch, &mut outcome).await
        {
            return outcome.stop(stop);
        }
        Ok(outcome)
    }

    async fn send(
        &self,
        batch: Batch,
        outcome: &mut CsvUploadOutcome,
    ) -> std::result::Result<(), RowStop> {
        let results = match put_batch(
            &self.client,
            &self.target,
            &batch.records,
            &mut Default::default(),
        )
        .await
        {
            Ok(results) => results,
            Err(error) if error.maybe_applied() => {
                // The request may have stored its records: it counts as sent.
                outcome.requests += 1;
                return Err(RowStop {
                    line: batch.lines[0],
                    unknown_rows: batch.lines.len() as u64,
                    error,
                });
            }
            Err(error) => return Err(RowStop::unsent(batch.lines[0], error)),
        };
        outcome.requests += 1;
        for (line, result) in batch.lines.into_iter().zip(results) {
            match result {
                Ok(_) => outcome.records_written += 1,
                Err(failure) => outcome.failures.push(CsvRecordFailure { line, failure }),
            }
        }
        Ok(())
    }
}
