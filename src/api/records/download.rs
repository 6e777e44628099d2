//! Downloading records: a lazy stream that follows `next_partition_cursor` page by page.

use std::{
    collections::VecDeque,
    fmt,
    pin::Pin,
    task::{Context, Poll},
    time::Duration,
};

use bytes::Bytes;
use futures::{FutureExt as _, Stream, StreamExt as _, future::BoxFuture};

use super::wire::{self, Page};
use super::{Cursor, CursorPosition, needs_new_cursor};
use crate::{Client, Error, Result, ValidationError, api::validate};

/// A downloaded record with its data decoded from base64.
///
/// ```no_run
/// use futures::TryStreamExt;
/// # async fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) -> otc_dis::Result<()> {
/// let records: Vec<otc_dis::Record> = client.download_data(cursor).try_collect().await?;
/// for record in &records {
///     println!("#{}: {} bytes", record.sequence_number, record.data.len());
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Record {
    /// The payload as uploaded. It shares one allocation with the other records of its
    /// page (at most `max_fetch_bytes`), so keeping one record keeps that page in memory;
    /// copy it (`Bytes::copy_from_slice`) to keep a payload alone for long.
    pub data: Bytes,
    /// Position in the partition (decimal).
    pub sequence_number: String,
    /// The partition key given at upload, if any.
    pub partition_key: Option<String>,
    /// When the record was written, epoch milliseconds.
    pub timestamp: Option<i64>,
    /// What `timestamp` means; DIS sends `CreateTime`.
    pub timestamp_type: Option<String>,
}

impl Record {
    pub(super) fn new(
        data: Bytes,
        sequence_number: String,
        partition_key: Option<String>,
        timestamp: Option<i64>,
        timestamp_type: Option<String>,
    ) -> Self {
        Self {
            data,
            sequence_number,
            partition_key,
            timestamp,
            timestamp_type,
        }
    }

    /// The sequence number of record `index` of a page, as text and as a value.
    pub(super) fn sequence_number(index: usize, text: String) -> Result<(String, u64)> {
        match validate::parse_sequence_number(&text) {
            Some(number) => Ok((text, number)),
            None => Err(Error::decode(
                Some(200),
                format!(
                    "records[{index}].sequence_number must be a decimal number 0..={}, DIS sent {text:?}",
                    i64::MAX
                ),
            )),
        }
    }

    pub(super) fn missing_sequence_number(index: usize) -> Error {
        Error::decode(
            Some(200),
            format!("records[{index}].sequence_number is missing"),
        )
    }
}

/// Cursors expire after 5 minutes, so a follow interval must stay below that.
const MAX_POLL_INTERVAL: Duration = Duration::from_secs(5 * 60);

#[derive(Debug, Clone, Default)]
struct Options {
    max_fetch_bytes: Option<u32>,
    poll_interval: Option<Duration>,
}

impl Options {
    fn check(&self) -> std::result::Result<(), ValidationError> {
        if let Some(max) = self.max_fetch_bytes {
            // The spec types it as int32.
            validate::in_range("max_fetch_bytes", max, 1..=i32::MAX as u32)?;
        }
        match self.poll_interval {
            Some(interval) if interval.is_zero() || interval >= MAX_POLL_INTERVAL => {
                Err(ValidationError::new(
                    "poll_interval",
                    format!(
                        "must be above 0 and below 5 minutes, the lifetime of a cursor; got {interval:?}"
                    ),
                ))
            }
            _ => Ok(()),
        }
    }
}

/// A partition and a position in it, for downloads that can obtain cursors themselves.
#[derive(Debug, Clone)]
struct PartitionStart {
    stream_name: String,
    partition_id: String,
    position: CursorPosition,
}

enum State {
    NotStarted,
    /// Fetch the page `cursor` points at.
    Ready,
    Fetching(BoxFuture<'static, Result<Page>>),
    GettingCursor(BoxFuture<'static, Result<Cursor>>),
    Waiting(Pin<Box<tokio::time::Sleep>>),
    Finished,
}

/// The records of one partition from a cursor on, as a lazy `Stream`.
///
/// Nothing is sent before the first poll; then one page is fetched at a time, and the next
/// only when the current one has been consumed, following `next_partition_cursor`.
///
/// # How a download goes on, and when it ends
///
/// A download always either moves on or ends; it never asks in a tight loop and never
/// ends early without saying so. Each page is taken by what it brings:
///
/// * **New records**: they are yielded, and the next page is fetched. A record is new
///   when its sequence number is greater than that of every record yielded (or queued)
///   before; records of a page that repeats earlier ones are skipped, never yielded twice.
/// * **Caught up**: a page without records whose `millis_behind_latest` is `0`. The
///   stream ends, or with [`follow`](Records::follow) waits the poll interval and asks
///   again. Nothing else counts as caught up: the reference documents only `records` and
///   `next_partition_cursor`, and an empty page says no more than "nothing this time"
///   (it also comes when `max_fetch_bytes` is below the size of the next record).
///   `millis_behind_latest`, the lag behind the newest record that DIS sends and the
///   Java and Go SDKs read, is what says the partition is read to its end; a page
///   without it, or with a value above 0, is never taken as the end.
///   With [`RecordEncoding::Protobuf`](crate::RecordEncoding) it is read from field 15 of
///   `GetRecordsResult`, which dis-local sends but the SDKs' message definitions leave
///   out: against a service that does not send it, a protobuf download does not end by
///   itself (it ends with [`Error::NoProgress`] as below, or keeps polling with `follow`).
/// * **Nothing new** (no records or only repeated ones, and not caught up): when
///   `next_partition_cursor` differs from the cursor sent, the next page is fetched at
///   once; when it is the same, the stream first waits, as long as the client's
///   [`RetryPolicy`](crate::RetryPolicy) would before a retry (its initial delay, growing
///   by its factor up to its max delay). After [`MAX_IDLE_PAGES`](Records::MAX_IDLE_PAGES)
///   such pages in a row the stream ends with [`Error::NoProgress`]; with `follow` it
///   keeps asking instead, once per poll interval.
///
/// # Errors, and where to resume
///
/// Answers are decoded strictly: `records` and `next_partition_cursor` must be present,
/// cursors must have 1 to 512 characters, sequence numbers must be decimal numbers
/// (0..=`i64::MAX`) and data base64; otherwise the stream yields [`Error::Decode`] naming
/// the field (after the records of the page that come before a bad one).
///
/// An invalid or expired cursor (DIS.4217, DIS.4225, DIS.4226, see
/// [`needs_new_cursor`]) is renewed by a download that knows its
/// partition ([`Client::download_data_from`]): it obtains a cursor
/// `AFTER_SEQUENCE_NUMBER` of the last record yielded (or for the original position when
/// none was yielded yet; for [`CursorPosition::Latest`] that is the newest record at the
/// time of the renewal) and reads on, without losing or repeating a record, at most
/// [`MAX_RENEWALS`](Records::MAX_RENEWALS) times in a row (without a page in between). A
/// download from a cursor ([`Client::download_data`]) knows no partition and yields the
/// error ([`Error::InvalidRequest`]).
///
/// The stream ends after yielding an error. Whatever the end, every record before it was
/// yielded exactly once, and [`resume_position`](Records::resume_position) says where to
/// go on.
///
/// ```no_run
/// use futures::TryStreamExt;
/// use otc_dis::CursorPosition;
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let cursor = client.get_data_cursor("orders", "0", CursorPosition::TrimHorizon).await?;
/// let mut records = client.download_data(cursor).max_fetch_bytes(1 << 20);
/// while let Some(record) = records.try_next().await? {
///     println!("{}", String::from_utf8_lossy(&record.data));
/// }
/// let resume_from = records.resume_position();
/// # Ok(()) }
/// ```
#[must_use = "streams do nothing unless polled"]
pub struct Records {
    client: Client,
    options: Options,
    /// Set for [`Client::download_data_from`]: where to get (and renew) cursors.
    start: Option<PartitionStart>,
    /// The cursor of the next request, or of the request under way.
    cursor: Option<Cursor>,
    state: State,
    page: VecDeque<Result<Record>>,
    /// Set when an error cut the current page short: `cursor` then skips records.
    page_cut: bool,
    /// Sequence number of the last record yielded.
    last_sequence_number: Option<String>,
    /// The greatest sequence number yielded or queued.
    newest: Option<u64>,
    /// Pages in a row that brought nothing new without being caught up.
    idle_pages: u32,
    /// Cursor renewals since the last page.
    renewals: u32,
}

impl Client {
    /// Downloads the records a cursor points at and everything after it (see [`Records`]).
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) -> otc_dis::Result<()> {
    /// let count = client.download_data(cursor).try_fold(0, |n, _| async move { Ok(n + 1) }).await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "get_records")]
    pub fn download_data(&self, cursor: impl Into<Cursor>) -> Records {
        let mut records = Records::new(self, None);
        records.cursor = Some(cursor.into());
        records
    }

    /// Obtains a cursor for `position` at the first poll, then downloads like
    /// [`download_data`](Client::download_data), and renews the cursor itself when it
    /// expires (see [`Records`]).
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// use otc_dis::CursorPosition;
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let records: Vec<_> = client
    ///     .download_data_from("orders", "shardId-0000000000", CursorPosition::AtTimestamp(1_700_000_000_000))
    ///     .try_collect()
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias("get_cursor", "get_records"))]
    pub fn download_data_from(
        &self,
        stream_name: &str,
        partition_id: &str,
        position: CursorPosition,
    ) -> Records {
        Records::new(
            self,
            Some(PartitionStart {
                stream_name: stream_name.to_owned(),
                partition_id: partition_id.to_owned(),
                position,
            }),
        )
    }
}

impl Records {
    /// Pages in a row that bring no new record, without being caught up, after which a
    /// download ends with [`Error::NoProgress`] (or, following, polls at its interval).
    pub const MAX_IDLE_PAGES: u32 = 8;

    /// Cursor renewals in a row, without a page in between, after which a download from a
    /// position yields the error of the expired cursor.
    pub const MAX_RENEWALS: u32 = 3;

    fn new(client: &Client, start: Option<PartitionStart>) -> Self {
        Self {
            client: client.clone(),
            options: Options::default(),
            start,
            cursor: None,
            state: State::NotStarted,
            page: VecDeque::new(),
            page_cut: false,
            last_sequence_number: None,
            newest: None,
            idle_pages: 0,
            renewals: 0,
        }
    }

    /// Asks DIS for at most this many bytes per page (`max_fetch_bytes`). A value below the
    /// size of the next record means that record is never returned: the download then
    /// ends with [`Error::NoProgress`] (see [`Records`]).
    pub fn max_fetch_bytes(mut self, max_fetch_bytes: u32) -> Self {
        self.options.max_fetch_bytes = Some(max_fetch_bytes);
        self
    }

    /// Keeps reading after catching up: waits `poll_interval` (above 0 and below 5
    /// minutes, the life of a cursor) after each page that finds the partition caught up,
    /// or that brings nothing new after [`MAX_IDLE_PAGES`](Records::MAX_IDLE_PAGES) such
    /// pages, and asks again, forever.
    pub fn follow(mut self, poll_interval: Duration) -> Self {
        self.options.poll_interval = Some(poll_interval);
        self
    }

    /// The cursor the next request will use: it continues after the last page fetched, so
    /// it skips the [`buffered_len`](Records::buffered_len) records not yet yielded (and,
    /// after an error in the middle of a page, the rest of that page; prefer
    /// [`resume_position`](Records::resume_position) then). Valid for 5 minutes; `None`
    /// before the first page of [`Client::download_data_from`].
    pub fn next_cursor(&self) -> Option<&Cursor> {
        self.cursor.as_ref()
    }

    /// The cursor that continues right after the last record yielded, when there is one:
    /// nothing fetched is left unyielded.
    pub(crate) fn cursor_after_last_yielded(&self) -> Option<&Cursor> {
        if self.page.is_empty() && !self.page_cut {
            self.cursor.as_ref()
        } else {
            None
        }
    }

    /// Records of the current page fetched but not yet yielded.
    pub fn buffered_len(&self) -> usize {
        self.page.len()
    }

    /// Sequence number of the last record yielded.
    pub fn last_sequence_number(&self) -> Option<&str> {
        self.last_sequence_number.as_deref()
    }

    /// Where to resume exactly after the last record yielded, whatever ended the stream
    /// (caught up, an error, or the caller stopping): `AFTER_SEQUENCE_NUMBER` of that
    /// record. Before any record was yielded it is the original position of
    /// [`Client::download_data_from`], and `None` for [`Client::download_data`] (whose
    /// cursor is the place to resume then). Unlike a cursor it does not expire (until the
    /// record leaves the retention period). Pass it to [`Client::get_data_cursor`] or
    /// [`Client::download_data_from`].
    pub fn resume_position(&self) -> Option<CursorPosition> {
        match (&self.last_sequence_number, &self.start) {
            (Some(n), _) => Some(CursorPosition::AfterSequenceNumber(n.clone())),
            (None, Some(start)) => Some(start.position.clone()),
            (None, None) => None,
        }
    }

    /// The records yielded next that are already fetched, at least one: the rest of the
    /// current page, or the next page. `None` at the end; an error ends the download.
    pub(crate) async fn next_batch(&mut self) -> Option<Result<Vec<Record>>> {
        let first = match self.next().await? {
            Ok(record) => record,
            Err(err) => return Some(Err(err)),
        };
        let mut batch = vec![first];
        while matches!(self.page.front(), Some(Ok(_))) {
            if let Some(Ok(record)) = self.pop_queued() {
                batch.push(record);
            }
        }
        Some(Ok(batch))
    }

    /// Takes the next queued item, noting the record yielded or ending at an error.
    fn pop_queued(&mut self) -> Option<Result<Record>> {
        let item = self.page.pop_front()?;
        match &item {
            // `clone_from` reuses the previous number's allocation: one fewer per record.
            Ok(record) => match &mut self.last_sequence_number {
                Some(last) => last.clone_from(&record.sequence_number),
                None => self.last_sequence_number = Some(record.sequence_number.clone()),
            },
            Err(_) => {
                self.page.clear();
                self.state = State::Finished;
            }
        }
        Some(item)
    }

    fn begin(&mut self) -> Result<State> {
        self.options.check()?;
        match &self.start {
            None => {
                let cursor = self.cursor.as_ref().expect("download_data sets the cursor");
                cursor.check()?;
                Ok(State::Ready)
            }
            Some(start) => Ok(self.get_cursor(start.position.clone())),
        }
    }

    fn get_cursor(&self, position: CursorPosition) -> State {
        let client = self.client.clone();
        let start = self
            .start
            .clone()
            .expect("only downloads from a position get cursors");
        State::GettingCursor(
            async move {
                client
                    .get_data_cursor(&start.stream_name, &start.partition_id, position)
                    .await
            }
            .boxed(),
        )
    }

    fn fetch_page(&self) -> State {
        let client = self.client.clone();
        let cursor = self.cursor.clone();
        let max_fetch_bytes = self.options.max_fetch_bytes;
        State::Fetching(
            async move {
                let cursor = cursor.expect("a cursor is set before pages are fetched");
                wire::get_records(&client, cursor.as_str(), max_fetch_bytes).await
            }
            .boxed(),
        )
    }

    /// After a failed page: renews the cursor when it expired and the partition is known,
    /// else hands the error back to be yielded.
    fn after_failure(&mut self, err: Error) -> Result<State> {
        if !needs_new_cursor(&err) || self.start.is_none() || self.renewals >= Self::MAX_RENEWALS {
            return Err(err);
        }
        self.renewals += 1;
        let position = self
            .resume_position()
            .expect("a download from a position always has one");
        Ok(self.get_cursor(position))
    }

    /// Queues a page's new records and decides what comes after it (see [`Records`]).
    fn take_page(&mut self, page: Page) -> Result<State> {
        self.renewals = 0;
        let next = Cursor::from_wire("next_partition_cursor", page.next_partition_cursor)?;
        let moved = self.cursor.as_ref() != Some(&next);
        let received = page.records.len();
        let queued = self.queue(page.records);
        self.cursor = Some(next);
        if queued > 0 {
            self.idle_pages = 0;
            return Ok(State::Ready);
        }
        if received == 0 && page.millis_behind_latest == Some(0) {
            self.idle_pages = 0;
            return Ok(self.options.poll_interval.map_or(State::Finished, wait));
        }
        self.idle_pages = self.idle_pages.saturating_add(1);
        if self.idle_pages >= Self::MAX_IDLE_PAGES {
            return match self.options.poll_interval {
                Some(interval) => Ok(wait(interval)),
                None => Err(Error::no_progress(format!(
                    "{} pages in a row brought no new record although DIS did not say the \
                     partition is caught up (millis_behind_latest {}); is max_fetch_bytes \
                     ({}) below the size of the next record? Resume from {:?}",
                    self.idle_pages,
                    page.millis_behind_latest
                        .map_or_else(|| "missing".to_owned(), |m| m.to_string()),
                    self.options
                        .max_fetch_bytes
                        .map_or_else(|| "not set".to_owned(), |m| m.to_string()),
                    self.resume_position(),
                ))),
            };
        }
        if moved {
            Ok(State::Ready)
        } else {
            Ok(wait(self.idle_delay()))
        }
    }

    /// Queues the records not yielded before; returns how many items were queued (an
    /// undecodable record is queued as its error, and ends the page).
    fn queue(&mut self, records: Vec<Result<(Record, u64)>>) -> usize {
        let before = self.page.len();
        for decoded in records {
            match decoded {
                Ok((_, number)) if self.newest.is_some_and(|newest| number <= newest) => {}
                Ok((record, number)) => {
                    self.newest = Some(number);
                    self.page.push_back(Ok(record));
                }
                Err(err) => {
                    self.page_cut = true;
                    self.page.push_back(Err(err));
                    break;
                }
            }
        }
        self.page.len() - before
    }

    /// The wait before asking again with a cursor that did not move: the delay the client's
    /// retry policy would use before retry number `idle_pages`.
    fn idle_delay(&self) -> Duration {
        let policy = self.client.pipeline().retry();
        let exponent = i32::try_from(self.idle_pages.saturating_sub(1)).unwrap_or(i32::MAX);
        let grown =
            policy.initial_delay().as_secs_f64() * f64::from(policy.factor()).powi(exponent);
        Duration::try_from_secs_f64(grown)
            .unwrap_or(policy.max_delay())
            .min(policy.max_delay())
    }
}

fn wait(delay: Duration) -> State {
    State::Waiting(Box::pin(tokio::time::sleep(delay)))
}

impl Stream for Records {
    type Item = Result<Record>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.pop_queued() {
                return Poll::Ready(Some(item));
            }
            let next = match std::mem::replace(&mut this.state, State::Finished) {
                State::Finished => return Poll::Ready(None),
                State::NotStarted => this.begin(),
                State::Ready => Ok(this.fetch_page()),
                State::Fetching(mut fetch) => match fetch.poll_unpin(cx) {
                    Poll::Pending => {
                        this.state = State::Fetching(fetch);
                        return Poll::Pending;
                    }
                    Poll::Ready(Err(err)) => this.after_failure(err),
                    Poll::Ready(Ok(page)) => this.take_page(page),
                },
                State::GettingCursor(mut get) => match get.poll_unpin(cx) {
                    Poll::Pending => {
                        this.state = State::GettingCursor(get);
                        return Poll::Pending;
                    }
                    Poll::Ready(result) => result.map(|cursor| {
                        this.cursor = Some(cursor);
                        State::Ready
                    }),
                },
                State::Waiting(mut sleep) => {
                    if sleep.poll_unpin(cx).is_pending() {
                        this.state = State::Waiting(sleep);
                        return Poll::Pending;
                    }
                    Ok(State::Ready)
                }
            };
            match next {
                Ok(state) => this.state = state,
                // The state stays `Finished`: nothing follows an error.
                Err(err) => return Poll::Ready(Some(Err(err))),
            }
        }
    }
}

impl fmt::Debug for Records {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Records")
            .field("options", &self.options)
            .field("next_cursor", &self.cursor)
            .field("buffered", &self.page.len())
            .field("last_sequence_number", &self.last_sequence_number)
            .field("idle_pages", &self.idle_pages)
            .finish_non_exhaustive()
    }
}
