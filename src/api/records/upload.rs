//! Uploading records: the record type, request splitting within the DIS limits, and the
//! per-record outcome.

use std::{fmt, ops::Range};

use bytes::Bytes;

use super::put_answer::{Entry, Partitions, Placed};
use super::wire::{self, BodyBuffer};
use crate::{Client, Error, Result, ValidationError, api::validate, http::retry};

/// Records sent per request unless [`UploadData::max_records_per_request`] says otherwise.
///
/// DIS documents no record count limit, only 5 MB per request; 1000 matches the write rate
/// of one COMMON partition (1000 records/s) and the batch size of the Java producer, and
/// keeps the JSON body small when records are tiny.
///
/// ```
/// assert_eq!(otc_dis::DEFAULT_MAX_RECORDS_PER_REQUEST, 1000);
/// ```
pub const DEFAULT_MAX_RECORDS_PER_REQUEST: usize = 1000;

/// One record to upload: its bytes and, optionally, where it goes.
///
/// DIS picks the partition by `partition_id` if set, else by `explicit_hash_key`, else by
/// the hash of `partition_key`, else at random.
///
/// ```
/// use otc_dis::RecordToPut;
/// let record = RecordToPut::keyed("customer-7", b"\x00\xffbinary".to_vec()).with_timestamp(1_700_000_000_000);
/// assert_eq!(record.partition_key.as_deref(), Some("customer-7"));
/// assert_eq!(&record.data[..], b"\x00\xffbinary");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RecordToPut {
    /// The payload, at most 1 MiB; sent base64-encoded in JSON, as raw bytes in protobuf.
    pub data: Bytes,
    /// Target partition, `3` or `shardId-0000000003`; wins over the other two.
    pub partition_id: Option<String>,
    /// Key whose hash picks the partition.
    pub partition_key: Option<String>,
    /// Hash value (0..=`i64::MAX`) that picks the partition instead of the key's hash.
    pub explicit_hash_key: Option<u64>,
    /// Creation time in epoch milliseconds (not in the reference; sent by the Java SDK).
    pub timestamp: Option<i64>,
}

impl RecordToPut {
    /// A record DIS places on any partition.
    pub fn new(data: impl Into<Bytes>) -> Self {
        Self {
            data: data.into(),
            ..Self::default()
        }
    }

    /// A record for one partition (`3` or `shardId-0000000003`).
    pub fn for_partition(partition_id: impl Into<String>, data: impl Into<Bytes>) -> Self {
        Self::new(data).with_partition_id(partition_id)
    }

    /// A record whose partition is chosen by the hash of `partition_key`.
    pub fn keyed(partition_key: impl Into<String>, data: impl Into<Bytes>) -> Self {
        Self::new(data).with_partition_key(partition_key)
    }

    /// Sets the target partition.
    pub fn with_partition_id(mut self, partition_id: impl Into<String>) -> Self {
        self.partition_id = Some(partition_id.into());
        self
    }

    /// Sets the partition key.
    pub fn with_partition_key(mut self, partition_key: impl Into<String>) -> Self {
        self.partition_key = Some(partition_key.into());
        self
    }

    /// Sets the explicit hash key (0..=`i64::MAX`).
    pub fn with_explicit_hash_key(mut self, hash_key: u64) -> Self {
        self.explicit_hash_key = Some(hash_key);
        self
    }

    /// Sets the record's creation time in epoch milliseconds.
    pub fn with_timestamp(mut self, epoch_millis: i64) -> Self {
        self.timestamp = Some(epoch_millis);
        self
    }

    /// Why DIS would refuse this record, if it would.
    pub(crate) fn problem(&self) -> Option<String> {
        if self.data.len() > validate::RECORD_MAX_BYTES {
            return Some(format!(
                "data is {} bytes, more than the {} DIS accepts per record",
                self.data.len(),
                validate::RECORD_MAX_BYTES
            ));
        }
        if let Some(id) = &self.partition_id
            && let Err(err) = validate::partition_id(id)
        {
            return Some(err.to_string());
        }
        if let Some(key) = self.explicit_hash_key
            && key > i64::MAX as u64
        {
            return Some(format!(
                "explicit_hash_key must be between 0 and {}, got {key}",
                i64::MAX
            ));
        }
        match self.timestamp {
            Some(ts) if ts < 0 => Some(format!(
                "timestamp must be epoch milliseconds (0 or more), got {ts}"
            )),
            _ => None,
        }
    }
}

macro_rules! record_from_bytes {
    ($($source:ty),*) => {$(
        impl From<$source> for RecordToPut {
            fn from(data: $source) -> Self {
                Self::new(data)
            }
        }
    )*};
}
record_from_bytes!(
    Bytes,
    Vec<u8>,
    String,
    &'static [u8],
    &'static str,
    Box<[u8]>
);

impl<const N: usize> From<&'static [u8; N]> for RecordToPut {
    fn from(data: &'static [u8; N]) -> Self {
        Self::new(Bytes::from_static(data))
    }
}

/// Where a written record landed.
///
/// ```
/// let written = otc_dis::WrittenRecord { partition_id: "shardId-0000000000".into(), sequence_number: "42".into() };
/// assert_eq!(written.sequence_number, "42");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenRecord {
    /// The partition the record was written to, e.g. `shardId-0000000000`.
    pub partition_id: String,
    /// Its sequence number in that partition (decimal).
    pub sequence_number: String,
}

/// What is known about a record that was not confirmed as written.
///
/// ```
/// use otc_dis::Delivery;
/// fn may_be_stored(delivery: Delivery) -> bool {
///     matches!(delivery, Delivery::Unknown)
/// }
/// assert!(!may_be_stored(Delivery::NotSent));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Delivery {
    /// DIS did not store it: it refused the record in its answer (for example `DIS.4303`
    /// when the partition is throttled), or refused its whole request without applying it.
    NotWritten,
    /// Its request may have been applied: no answer, an answer cut off, or a server error.
    /// The record may or may not be stored.
    Unknown,
    /// Never sent: an earlier request of the same upload failed first.
    NotSent,
}

/// A record that was not confirmed as written: what is known about it and why.
///
/// [`is_retryable`](Self::is_retryable) tells whether sending it again later may succeed,
/// [`delivery`](Self::delivery) whether it may already be stored (then a resend can store
/// it twice). The resend recipe that loses nothing: resend every record that
/// `is_retryable()`; only those with [`Delivery::Unknown`] can become duplicates.
///
/// ```
/// use otc_dis::{Delivery, FailedRecord};
/// let throttled = FailedRecord::rejected("DIS.4303", "Exceeded traffic control limit");
/// assert!(throttled.is_retryable());
/// assert_eq!(throttled.delivery(), Delivery::NotWritten);
/// assert_eq!(throttled.to_string(), "DIS.4303 Exceeded traffic control limit");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedRecord {
    /// What is known about the record.
    delivery: Delivery,
    /// The error code of DIS or its gateway (`DIS.4303`, `APIGW.0308`), when there was one.
    pub error_code: Option<String>,
    /// What went wrong, in words.
    pub error_message: String,
    /// Whether sending it again later may succeed, decided by the client's one retry rule.
    transient: bool,
    /// Whether it failed because DIS or its gateway throttled.
    throttled: bool,
}

impl FailedRecord {
    /// A record DIS refused in its answer, with the code and message of the answer's
    /// result entry.
    pub fn rejected(error_code: impl Into<String>, error_message: impl Into<String>) -> Self {
        let error_code = error_code.into();
        // Per-record codes come inside a 200 answer; their HTTP status says nothing.
        let transient = retry::classify_answer(400, Some(&error_code)).transient;
        let throttled = retry::is_throttling(400, Some(&error_code));
        Self {
            delivery: Delivery::NotWritten,
            error_code: Some(error_code),
            error_message: error_message.into(),
            transient,
            throttled,
        }
    }

    /// A record of a request that failed as a whole with `err`: not written when DIS
    /// cannot have applied the request, else of unknown outcome.
    pub(crate) fn in_failed_request(err: &Error) -> Self {
        let delivery = if err.maybe_applied() {
            Delivery::Unknown
        } else {
            Delivery::NotWritten
        };
        Self {
            delivery,
            error_code: err.code().map(str::to_owned),
            error_message: err.to_string(),
            transient: err.is_retryable(),
            throttled: err
                .api()
                .is_some_and(|api| retry::is_throttling(api.status, api.code.as_deref())),
        }
    }

    /// A record left unsent because an earlier request of the upload failed with `err`.
    pub(super) fn not_sent(err: &Error) -> Self {
        Self {
            delivery: Delivery::NotSent,
            error_code: None,
            error_message: format!("not sent: an earlier request failed: {err}"),
            transient: true,
            throttled: false,
        }
    }

    /// What is known about the record: not written, unknown, or not sent.
    pub fn delivery(&self) -> Delivery {
        self.delivery
    }

    /// True when sending the record again later may succeed: throttling, server errors,
    /// lost connections, and records that were not sent. False for records DIS refused for
    /// good (a bad partition id, a deleted stream, `DIS.4309`).
    pub fn is_retryable(&self) -> bool {
        self.transient
    }

    /// True when DIS or its gateway throttled the record or its request: slow down.
    pub(crate) fn is_throttling(&self) -> bool {
        self.throttled
    }
}

impl fmt::Display for FailedRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(code) = &self.error_code {
            write!(f, "{code} ")?;
        }
        f.write_str(&self.error_message)
    }
}

impl std::error::Error for FailedRecord {}

/// The result for one uploaded record.
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let outcome = client.upload_data("orders").record("a").send().await?;
/// for result in &outcome.records {
///     match result {
///         Ok(written) => println!("{} #{}", written.partition_id, written.sequence_number),
///         Err(failed) => eprintln!("{failed}"),
///     }
/// }
/// # Ok(()) }
/// ```
pub type RecordResult = std::result::Result<WrittenRecord, FailedRecord>;

/// The results of an upload: one entry per record, in the order the records were given.
///
/// ```no_run
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let outcome = client.upload_data("orders").records(["a", "b", "c"]).send().await?;
/// for (index, failure) in outcome.failures() {
///     eprintln!("record {index} failed: {failure}");
/// }
/// # Ok(()) }
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub struct UploadOutcome {
    /// Number of records that were not written (the `Err` entries of `records`).
    pub failed_record_count: usize,
    /// One result per record, in request order.
    pub records: Vec<RecordResult>,
    /// The error that stopped the upload: the failed request's records are `Err` entries
    /// with [`Delivery::NotWritten`] (when DIS cannot have applied it) or
    /// [`Delivery::Unknown`], and the records of later requests [`Delivery::NotSent`].
    pub interrupted: Option<Error>,
}

impl UploadOutcome {
    fn new(records: Vec<RecordResult>, interrupted: Option<Error>) -> Self {
        Self {
            failed_record_count: records.iter().filter(|r| r.is_err()).count(),
            records,
            interrupted,
        }
    }

    /// True when every record was written.
    pub fn is_complete(&self) -> bool {
        self.failed_record_count == 0
    }

    /// The failed records with their index in the request.
    pub fn failures(&self) -> impl Iterator<Item = (usize, &FailedRecord)> {
        self.records
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.as_ref().err().map(|f| (i, f)))
    }
}

/// Which stream an upload goes to: by name, or by id for streams shared by another account.
#[derive(Debug, Clone)]
pub(crate) struct StreamTarget {
    pub name: String,
    pub id: Option<String>,
}

impl StreamTarget {
    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            id: None,
        }
    }

    /// With a stream id the name may be empty, as the Python SDK sends it.
    pub fn check(&self) -> std::result::Result<(), ValidationError> {
        match &self.id {
            Some(id) if id.is_empty() => {
                Err(ValidationError::new("stream_id", "must not be empty"))
            }
            Some(_) if self.name.is_empty() => Ok(()),
            _ => validate::stream_name(&self.name),
        }
    }
}

/// How many records and bytes one request may carry.
#[derive(Debug, Clone, Copy)]
pub(super) struct RequestLimits {
    pub max_records: usize,
    pub max_bytes: usize,
}

impl Default for RequestLimits {
    fn default() -> Self {
        Self {
            max_records: DEFAULT_MAX_RECORDS_PER_REQUEST,
            max_bytes: validate::REQUEST_MAX_BYTES,
        }
    }
}

impl RequestLimits {
    pub fn check(&self) -> std::result::Result<(), ValidationError> {
        if self.max_records == 0 {
            Err(ValidationError::new(
                "max_records_per_request",
                "must be at least 1",
            ))
        } else {
            Ok(())
        }
    }

    /// Whether a request holding `count` records of `bytes` bytes can take one of `next` bytes.
    pub fn fits(&self, count: usize, bytes: usize, next: usize) -> bool {
        count < self.max_records && bytes + next <= self.max_bytes
    }

    /// Splits valid records (each within the record limit) into consecutive requests.
    fn split(&self, records: &[RecordToPut]) -> Vec<Range<usize>> {
        let mut ranges = Vec::new();
        let (mut start, mut bytes) = (0, 0);
        for (i, record) in records.iter().enumerate() {
            if !self.fits(i - start, bytes, record.data.len()) {
                ranges.push(start..i);
                (start, bytes) = (i, 0);
            }
            bytes += record.data.len();
        }
        ranges.push(start..records.len());
        ranges
    }
}

/// Sends one put_records request and returns its per-record results in request order;
/// `buffer` holds the encoded body and is kept for the next request.
///
/// The entry point for callers inside the crate that hold their records already (uploads
/// and CSV uploads): it encodes from the borrowed slice and reuses `buffer` across calls. It
/// does not check the records or split them; the caller keeps to the limits (see
/// [`RecordToPut::problem`] and `RequestLimits`).
pub(crate) async fn put_batch(
    client: &Client,
    target: &StreamTarget,
    records: &[RecordToPut],
    buffer: &mut BodyBuffer,
) -> Result<Vec<RecordResult>> {
    target.check()?;
    wire::put_records(client, target, records, buffer, |entry| match entry {
        Entry::Stored {
            partition_id,
            sequence_number,
        } => Ok(WrittenRecord {
            partition_id: partition_id.into_owned(),
            sequence_number: sequence_number.into_string(),
        }),
        Entry::Refused { code, message } => Err(FailedRecord::rejected(code, message)),
    })
    .await
}

/// [`put_batch`] for the producer: each stored record's partition id shared with the
/// other records of its partition and its sequence number as a number, so that the answer
/// costs no allocation per record.
pub(crate) async fn put_batch_placed(
    client: &Client,
    target: &StreamTarget,
    records: &[RecordToPut],
    buffer: &mut BodyBuffer,
) -> Result<Vec<std::result::Result<Placed, FailedRecord>>> {
    target.check()?;
    let mut partitions = Partitions::default();
    wire::put_records(client, target, records, buffer, |entry| match entry {
        Entry::Stored {
            partition_id,
            sequence_number,
        } => Ok(Placed {
            partition_id: partitions.get(&partition_id),
            sequence_number: sequence_number.value(),
        }),
        Entry::Refused { code, message } => Err(FailedRecord::rejected(code, message)),
    })
    .await
}

/// A pending upload; configure it, then [`send`](UploadData::send) it.
///
/// ```no_run
/// use otc_dis::RecordToPut;
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let outcome = client
///     .upload_data("orders")
///     .record(vec![0u8, 159, 146, 150])
///     .record(RecordToPut::for_partition("1", "to partition one"))
///     .send()
///     .await?;
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[must_use = "an upload does nothing until it is sent"]
pub struct UploadData {
    client: Client,
    target: StreamTarget,
    records: Vec<RecordToPut>,
    limits: RequestLimits,
}

impl Client {
    /// Starts an upload of records to `stream_name`.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let outcome = client.upload_data("orders").record(b"hello").send().await?;
    /// println!("{} failed", outcome.failed_record_count);
    /// # Ok(()) }
    /// ```
    #[doc(alias = "put_records")]
    pub fn upload_data(&self, stream_name: &str) -> UploadData {
        UploadData {
            client: self.clone(),
            target: StreamTarget::new(stream_name),
            records: Vec::new(),
            limits: RequestLimits::default(),
        }
    }
}

impl UploadData {
    /// Adds one record: bytes (`Vec<u8>`, `Bytes`, `&'static [u8]`, strings) or a [`RecordToPut`].
    pub fn record(mut self, record: impl Into<RecordToPut>) -> Self {
        self.records.push(record.into());
        self
    }

    /// Adds several records.
    pub fn records<I>(mut self, records: I) -> Self
    where
        I: IntoIterator,
        I::Item: Into<RecordToPut>,
    {
        self.records.extend(records.into_iter().map(Into::into));
        self
    }

    /// Addresses the stream by id too, as needed for a stream another account authorised;
    /// the stream name may then be `""`.
    pub fn stream_id(mut self, stream_id: impl Into<String>) -> Self {
        self.target.id = Some(stream_id.into());
        self
    }

    /// Caps the records per request (default [`DEFAULT_MAX_RECORDS_PER_REQUEST`]); uploads
    /// beyond it, or beyond 5 MiB of data, are split into several requests.
    pub fn max_records_per_request(mut self, max: usize) -> Self {
        self.limits.max_records = max;
        self
    }

    /// Checks every record, then sends them in as few requests as the limits allow
    /// (5 MiB of data and [`max_records_per_request`](Self::max_records_per_request) records
    /// each), one after the other, and merges the results in record order.
    ///
    /// Refused before sending anything (`Error::Validation`): an empty upload, a record over
    /// 1 MiB, a malformed `partition_id`, an `explicit_hash_key` above `i64::MAX`, a bad
    /// stream name.
    ///
    /// `Err` means that no record was stored: the input was refused, or the first request
    /// failed in a way DIS cannot have applied (throttled, stream not found, no connection).
    /// Any other failure ends the upload with an outcome whose
    /// [`interrupted`](UploadOutcome::interrupted) says why, and a result for every record:
    /// written, not written, unknown (its request may have been applied) or not sent (see
    /// [`FailedRecord`] for the resend recipe).
    pub async fn send(self) -> Result<UploadOutcome> {
        self.target.check()?;
        self.limits.check()?;
        if self.records.is_empty() {
            return Err(ValidationError::new("records", "at least one record is needed").into());
        }
        for (index, record) in self.records.iter().enumerate() {
            if let Some(problem) = record.problem() {
                return Err(
                    ValidationError::new("records", format!("record {index}: {problem}")).into(),
                );
            }
        }
        let mut buffer = BodyBuffer::of(&self.client);
        let outcome = self.send_checked(&mut buffer).await;
        buffer.finish(&self.client);
        outcome
    }

    /// Sends the checked records, request after request, encoding each into `buffer`.
    async fn send_checked(&self, buffer: &mut BodyBuffer) -> Result<UploadOutcome> {
        let mut results = Vec::with_capacity(self.records.len());
        for range in self.limits.split(&self.records) {
            let end = range.end;
            match put_batch(&self.client, &self.target, &self.records[range], buffer).await {
                Ok(batch) => results.extend(batch),
                Err(err) if results.is_empty() && !err.maybe_applied() => return Err(err),
                Err(err) => {
                    results.resize(end, Err(FailedRecord::in_failed_request(&err)));
                    results.resize(self.records.len(), Err(FailedRecord::not_sent(&err)));
                    return Ok(UploadOutcome::new(results, Some(err)));
                }
            }
        }
        Ok(UploadOutcome::new(results, None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sized(lens: &[usize]) -> Vec<RecordToPut> {
        lens.iter()
            .map(|&n| RecordToPut::new(vec![0u8; n]))
            .collect()
    }

    #[test]
    fn splits_by_bytes_and_count_in_order() {
        let limits = RequestLimits {
            max_records: 3,
            max_bytes: 10,
        };
        assert_eq!(limits.split(&sized(&[4, 4, 2, 1])), vec![0..3, 3..4]);
        assert_eq!(limits.split(&sized(&[1, 1, 1, 1, 1])), vec![0..3, 3..5]);
        assert_eq!(limits.split(&sized(&[10, 10])), vec![0..1, 1..2]);
        assert_eq!(limits.split(&sized(&[0])), vec![0..1]);
    }

    #[test]
    fn record_problems() {
        assert!(
            RecordToPut::new(vec![0u8; validate::RECORD_MAX_BYTES])
                .problem()
                .is_none()
        );
        assert!(
            RecordToPut::new(vec![0u8; validate::RECORD_MAX_BYTES + 1])
                .problem()
                .is_some()
        );
        assert!(
            RecordToPut::new("x")
                .with_partition_id("p-1")
                .problem()
                .is_some()
        );
        assert!(
            RecordToPut::new("x")
                .with_explicit_hash_key(i64::MAX as u64)
                .problem()
                .is_none()
        );
        assert!(
            RecordToPut::new("x")
                .with_explicit_hash_key(i64::MAX as u64 + 1)
                .problem()
                .is_some()
        );
        assert!(RecordToPut::new("x").with_timestamp(-1).problem().is_some());
    }

    #[test]
    fn each_failure_knows_whether_it_may_be_stored_and_may_be_resent() {
        use crate::ApiError;
        let gateway_throttle = Error::from_api(ApiError::new(429, Some("APIGW.0308"), "throttled"));
        let server = Error::from_api(ApiError::new(500, Some("DIS.5000"), "system error"));
        let missing = Error::from_api(ApiError::new(400, Some("DIS.4301"), "no stream"));
        let blacklisted = Error::from_api(ApiError::new(400, Some("DIS.4309"), "blacklisted"));
        let cases = [
            (
                FailedRecord::in_failed_request(&gateway_throttle),
                Delivery::NotWritten,
                true,
            ),
            (
                FailedRecord::in_failed_request(&server),
                Delivery::Unknown,
                true,
            ),
            (
                FailedRecord::in_failed_request(&missing),
                Delivery::NotWritten,
                false,
            ),
            (
                FailedRecord::in_failed_request(&blacklisted),
                Delivery::NotWritten,
                false,
            ),
            (FailedRecord::not_sent(&server), Delivery::NotSent, true),
            (
                FailedRecord::rejected("DIS.4303", "throttled"),
                Delivery::NotWritten,
                true,
            ),
            (
                FailedRecord::rejected("DIS.4309", "blacklisted"),
                Delivery::NotWritten,
                false,
            ),
            (
                FailedRecord::rejected("DIS.4200", "bad record"),
                Delivery::NotWritten,
                false,
            ),
        ];
        for (failed, delivery, retryable) in cases {
            assert_eq!(
                (failed.delivery(), failed.is_retryable()),
                (delivery, retryable),
                "{failed}"
            );
        }
        assert_eq!(
            FailedRecord::in_failed_request(&gateway_throttle)
                .error_code
                .as_deref(),
            Some("APIGW.0308")
        );
    }
}
