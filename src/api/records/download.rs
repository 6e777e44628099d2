//! Downloading records: a lazy stream that follows `next_partition_cursor` page by page.

use std::{
    collections::VecDeque,
    fmt,
    pin::Pin,
    task::{Context, Poll},
    time::Duration,
};

use base64::Engine as _;
use bytes::Bytes;
use futures::{FutureExt as _, Stream, future::BoxFuture};

use super::{BASE64, Cursor, CursorPosition};
use crate::{Client, Error, Result, ValidationError, api::validate, error, types};

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
    /// The payload as uploaded.
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
    fn from_wire(record: types::Record) -> Result<Self> {
        let sequence_number = record
            .sequence_number
            .ok_or_else(|| Error::decode(Some(200), "a downloaded record has no sequence_number"))?
            .to_string();
        let data = BASE64
            .decode(record.data.unwrap_or_default())
            .map_err(|e| {
                Error::decode(
                    Some(200),
                    format!("data of record {sequence_number} is not base64: {e}"),
                )
            })?;
        Ok(Self {
            data: data.into(),
            sequence_number,
            partition_key: record.partition_key,
            timestamp: record.timestamp,
            timestamp_type: record.timestamp_type,
        })
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
            Some(interval) if interval >= MAX_POLL_INTERVAL => Err(ValidationError::new(
                "poll_interval",
                format!("must be below 5 minutes, the lifetime of a cursor; got {interval:?}"),
            )),
            _ => Ok(()),
        }
    }
}

enum Start {
    Cursor(Cursor),
    Position {
        stream_name: String,
        partition_id: String,
        position: CursorPosition,
    },
}

enum Fetched {
    Cursor(Cursor),
    Page(types::GetRecordsResponse),
}

enum State {
    NotStarted(Start),
    Ready,
    Fetching(BoxFuture<'static, Result<Fetched>>),
    Waiting(Pin<Box<tokio::time::Sleep>>),
    Finished,
}

/// The records of one partition from a cursor on, as a lazy `Stream`.
///
/// Nothing is sent before the first poll; then one page is fetched at a time, and the next
/// only when the current one has been consumed, following `next_partition_cursor`. The
/// stream ends when it has caught up with the partition (a page without records while
/// `millis_behind_latest` is absent or 0), unless [`follow`](Records::follow) keeps it
/// polling. It also ends when DIS sends no `next_partition_cursor`, and after yielding an
/// error.
///
/// An invalid or expired cursor (DIS.4217, DIS.4225, DIS.4226, see
/// [`needs_new_cursor`](crate::needs_new_cursor)) ends the stream with
/// [`Error::InvalidRequest`]; obtain a new cursor from
/// [`resume_position`](Records::resume_position) and read on.
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
    cursor: Option<Cursor>,
    state: State,
    page: VecDeque<Result<Record>>,
    last_sequence_number: Option<String>,
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
        Records::new(self, Start::Cursor(cursor.into()))
    }

    /// Obtains a cursor for `position` at the first poll, then downloads like
    /// [`download_data`](Client::download_data).
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
            Start::Position {
                stream_name: stream_name.to_owned(),
                partition_id: partition_id.to_owned(),
                position,
            },
        )
    }
}

impl Records {
    fn new(client: &Client, start: Start) -> Self {
        Self {
            client: client.clone(),
            options: Options::default(),
            cursor: None,
            state: State::NotStarted(start),
            page: VecDeque::new(),
            last_sequence_number: None,
        }
    }

    /// Asks DIS for at most this many bytes per page (`max_fetch_bytes`). A value below the
    /// size of the next record means that record is never returned.
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) {
    /// let records = client.download_data(cursor).max_fetch_bytes(512 * 1024);
    /// # }
    /// ```
    pub fn max_fetch_bytes(mut self, max_fetch_bytes: u32) -> Self {
        self.options.max_fetch_bytes = Some(max_fetch_bytes);
        self
    }

    /// Keeps reading after catching up: waits `poll_interval` (below 5 minutes, the life of
    /// a cursor) after each page without records and asks again, forever.
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) {
    /// let tail = client.download_data(cursor).follow(std::time::Duration::from_secs(1));
    /// # }
    /// ```
    pub fn follow(mut self, poll_interval: Duration) -> Self {
        self.options.poll_interval = Some(poll_interval);
        self
    }

    /// The cursor the next request will use: it continues after the last page fetched, so
    /// it skips the [`buffered_len`](Records::buffered_len) records not yet yielded. Valid for 5
    /// minutes; `None` before the first page of [`Client::download_data_from`].
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) {
    /// let records = client.download_data(cursor.clone());
    /// assert_eq!(records.next_cursor(), Some(&cursor));
    /// # }
    /// ```
    pub fn next_cursor(&self) -> Option<&Cursor> {
        self.cursor.as_ref()
    }

    /// Records of the current page fetched but not yet yielded.
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) {
    /// assert_eq!(client.download_data(cursor).buffered_len(), 0);
    /// # }
    /// ```
    pub fn buffered_len(&self) -> usize {
        self.page.len()
    }

    /// Sequence number of the last record yielded.
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) {
    /// assert_eq!(client.download_data(cursor).last_sequence_number(), None);
    /// # }
    /// ```
    pub fn last_sequence_number(&self) -> Option<&str> {
        self.last_sequence_number.as_deref()
    }

    /// Where to resume exactly after the last record yielded; unlike a cursor it does not
    /// expire (until the record leaves the retention period). Pass it to
    /// [`Client::get_data_cursor`] or [`Client::download_data_from`].
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn demo(client: otc_dis::Client, cursor: otc_dis::Cursor) -> otc_dis::Result<()> {
    /// let mut records = client.download_data(cursor);
    /// let first = records.try_next().await?;
    /// if let Some(position) = records.resume_position() {
    ///     let rest = client.download_data_from("orders", "0", position);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn resume_position(&self) -> Option<CursorPosition> {
        self.last_sequence_number
            .as_ref()
            .map(|n| CursorPosition::AfterSequenceNumber(n.clone()))
    }

    fn begin(&mut self, start: Start) -> Result<State> {
        self.options.check()?;
        match start {
            Start::Cursor(cursor) => {
                cursor.check()?;
                self.cursor = Some(cursor);
                Ok(State::Ready)
            }
            Start::Position {
                stream_name,
                partition_id,
                position,
            } => {
                let client = self.client.clone();
                Ok(State::Fetching(
                    async move {
                        client
                            .get_data_cursor(&stream_name, &partition_id, position)
                            .await
                            .map(Fetched::Cursor)
                    }
                    .boxed(),
                ))
            }
        }
    }

    fn fetch_page(&self) -> State {
        let client = self.client.clone();
        let cursor = self.cursor.clone();
        let max_fetch_bytes = self.options.max_fetch_bytes;
        State::Fetching(
            async move {
                let cursor = cursor.expect("a cursor is set before pages are fetched");
                let mut request = client
                    .raw()
                    .get_records()
                    .project_id(client.project_id())
                    .partition_cursor(cursor.as_str());
                if let Some(max) = max_fetch_bytes {
                    request = request.max_fetch_bytes(max);
                }
                error::body(request.send().await).await.map(Fetched::Page)
            }
            .boxed(),
        )
    }

    /// Queues a page's records and decides what comes after it.
    fn take_page(&mut self, page: types::GetRecordsResponse) -> State {
        let caught_up = page.records.is_empty() && page.millis_behind_latest.unwrap_or(0) <= 0;
        self.page
            .extend(page.records.into_iter().map(Record::from_wire));
        let Some(next) = page.next_partition_cursor.filter(|c| !c.is_empty()) else {
            return State::Finished;
        };
        self.cursor = Some(Cursor::new(next));
        match (caught_up, self.options.poll_interval) {
            (false, _) => State::Ready,
            (true, Some(interval)) => State::Waiting(Box::pin(tokio::time::sleep(interval))),
            (true, None) => State::Finished,
        }
    }
}

impl Stream for Records {
    type Item = Result<Record>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.page.pop_front() {
                match &item {
                    Ok(record) => this.last_sequence_number = Some(record.sequence_number.clone()),
                    Err(_) => {
                        this.page.clear();
                        this.state = State::Finished;
                    }
                }
                return Poll::Ready(Some(item));
            }
            this.state = match std::mem::replace(&mut this.state, State::Finished) {
                State::Finished => return Poll::Ready(None),
                State::NotStarted(start) => match this.begin(start) {
                    Ok(state) => state,
                    Err(err) => return Poll::Ready(Some(Err(err))),
                },
                State::Ready => this.fetch_page(),
                State::Fetching(mut fetch) => match fetch.poll_unpin(cx) {
                    Poll::Pending => {
                        this.state = State::Fetching(fetch);
                        return Poll::Pending;
                    }
                    Poll::Ready(Err(err)) => return Poll::Ready(Some(Err(err))),
                    Poll::Ready(Ok(Fetched::Cursor(cursor))) => {
                        this.cursor = Some(cursor);
                        State::Ready
                    }
                    Poll::Ready(Ok(Fetched::Page(page))) => this.take_page(page),
                },
                State::Waiting(mut sleep) => {
                    if sleep.poll_unpin(cx).is_pending() {
                        this.state = State::Waiting(sleep);
                        return Poll::Pending;
                    }
                    State::Ready
                }
            };
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
            .finish_non_exhaustive()
    }
}
