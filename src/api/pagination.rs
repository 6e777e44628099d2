//! Lazy, auto-paginating listings.
//!
//! Every DIS listing pages by an exclusive start marker (the last name or id of the
//! previous page) and a "more" flag. [`paginate`] turns a page fetcher into a
//! `Stream` of items that fetches the next page only when the caller reaches it, and
//! stops when DIS says there is no more, when a page is empty, or when DIS answers with
//! a page that ends on the marker it was asked to start after (a server that ignores the
//! marker would otherwise be asked forever); such a repeated page is not yielded again.

use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll},
};

use futures::stream::{self, BoxStream, Stream, StreamExt, TryStreamExt};

use crate::Result;

/// A lazy listing: a `Stream` of items that fetches further pages as it is polled.
///
/// ```no_run
/// use futures::TryStreamExt;
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let names: Vec<String> = client
///     .streams()
///     .map_ok(|s| s.stream_name)
///     .try_collect()
///     .await?;
/// # Ok(()) }
/// ```
pub type Listing<T> = BoxStream<'static, Result<T>>;

/// Page size and starting point of a listing, set on a [`Paginator`].
///
/// ```no_run
/// # fn demo(client: otc_dis::Client) {
/// let apps = client.apps().page_size(20).start_after("billing");
/// let options: &otc_dis::PageOptions = apps.options();
/// assert_eq!(options.start_after.as_deref(), Some("billing"));
/// # }
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct PageOptions {
    /// Items per request; `None` leaves the size to the listing's default.
    pub page_size: Option<u32>,
    /// Exclusive start marker: the listing begins after this name or id.
    pub start_after: Option<String>,
}

type Starter<T> = Box<dyn FnOnce(PageOptions) -> Listing<T> + Send>;

/// A lazy listing whose page size and starting point can still be set.
///
/// Nothing is sent until the paginator is first polled; then it fetches page after
/// page as the caller consumes items, and ends after the last page.
///
/// ```no_run
/// use futures::TryStreamExt;
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let mut streams = client.streams().page_size(50);
/// while let Some(stream) = streams.try_next().await? {
///     println!("{}", stream.stream_name);
/// }
/// # Ok(()) }
/// ```
pub struct Paginator<T> {
    options: PageOptions,
    starter: Option<Starter<T>>,
    running: Option<Listing<T>>,
}

impl<T> Paginator<T> {
    /// A paginator that calls `start` with the chosen options at the first poll.
    pub(crate) fn new(start: impl FnOnce(PageOptions) -> Listing<T> + Send + 'static) -> Self {
        Self {
            options: PageOptions::default(),
            starter: Some(Box::new(start)),
            running: None,
        }
    }

    /// Sets how many items each request asks for (within the listing's documented range).
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let apps = client.apps().page_size(100);
    /// # }
    /// ```
    pub fn page_size(mut self, page_size: u32) -> Self {
        self.options.page_size = Some(page_size);
        self
    }

    /// Starts the listing after this name or id (exclusive).
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// let later = client.streams().start_after("orders");
    /// # }
    /// ```
    pub fn start_after(mut self, marker: impl Into<String>) -> Self {
        self.options.start_after = Some(marker.into());
        self
    }

    /// The options set so far.
    ///
    /// ```no_run
    /// # fn demo(client: otc_dis::Client) {
    /// assert_eq!(client.streams().page_size(5).options().page_size, Some(5));
    /// # }
    /// ```
    pub fn options(&self) -> &PageOptions {
        &self.options
    }
}

impl<T> Stream for Paginator<T> {
    type Item = Result<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if let Some(start) = this.starter.take() {
            this.running = Some(start(this.options.clone()));
        }
        match this.running.as_mut() {
            Some(listing) => listing.poll_next_unpin(cx),
            None => Poll::Ready(None),
        }
    }
}

impl<T> std::fmt::Debug for Paginator<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginator")
            .field("options", &self.options)
            .field("started", &self.running.is_some())
            .finish()
    }
}

impl<T: Send + 'static> Paginator<T> {
    /// A paginator over a listing whose page size must lie in `page_sizes` (the wire
    /// parameter `field`); `fetch(page_size, marker)` gets the page after `marker`.
    /// A page size out of range is reported at the first poll, before any request.
    pub(crate) fn paged<F, Fut>(
        field: &'static str,
        page_sizes: std::ops::RangeInclusive<u32>,
        fetch: F,
    ) -> Self
    where
        F: Fn(Option<u32>, Option<String>) -> Fut + Send + 'static,
        Fut: Future<Output = Result<Page<T>>> + Send + 'static,
    {
        Self::new(move |options: PageOptions| {
            let page_size = options.page_size;
            match page_size.map(|size| crate::api::validate::in_range(field, size, page_sizes)) {
                Some(Err(refused)) => failed(refused.into()),
                _ => paginate(options.start_after, move |marker| fetch(page_size, marker)),
            }
        })
    }

    /// A paginator that yields `error` at the first poll and sends nothing.
    pub(crate) fn refused(error: crate::Error) -> Self {
        Self::new(move |_| failed(error))
    }
}

/// A listing that yields one error and ends, for options refused before any request.
pub(crate) fn failed<T: Send + 'static>(error: crate::Error) -> Listing<T> {
    stream::once(async move { Err(error) }).boxed()
}

/// One page of a listing: its items and the marker to continue from, if any.
#[derive(Debug)]
pub(crate) struct Page<T> {
    pub items: Vec<T>,
    /// The marker of the page's last item.
    pub last: Option<String>,
    /// Where the next page starts, when there is one.
    pub next: Option<String>,
}

impl<T> Page<T> {
    /// A page that continues after `last_marker` when `has_more` holds.
    pub fn new(items: Vec<T>, has_more: bool, last_marker: Option<String>) -> Self {
        let next = if has_more && !items.is_empty() {
            last_marker.clone()
        } else {
            None
        };
        Self {
            items,
            last: last_marker,
            next,
        }
    }
}

enum Cursor {
    Start(Option<String>),
    After(String),
    Done,
}

/// Streams the items of all pages; `fetch` gets the marker to start after.
pub(crate) fn paginate<T, F, Fut>(start: Option<String>, mut fetch: F) -> Listing<T>
where
    T: Send + 'static,
    F: FnMut(Option<String>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Page<T>>> + Send + 'static,
{
    stream::try_unfold(Cursor::Start(start), move |cursor| {
        let (marker, previous) = match cursor {
            Cursor::Start(m) => (m.clone(), m),
            Cursor::After(m) => (Some(m.clone()), Some(m)),
            Cursor::Done => {
                return futures::future::Either::Left(futures::future::ok::<_, crate::Error>(None));
            }
        };
        let page = fetch(marker);
        futures::future::Either::Right(async move {
            let page = page.await?;
            // A page that ends on the marker it was asked to start after is a page DIS
            // already gave (it ignored the marker): its items are not yielded again.
            if previous.is_some() && page.last == previous {
                return Ok(Some((
                    stream::iter(Vec::new().into_iter().map(Ok)),
                    Cursor::Done,
                )));
            }
            let next = page.next.map_or(Cursor::Done, Cursor::After);
            Ok(Some((stream::iter(page.items.into_iter().map(Ok)), next)))
        })
    })
    .try_flatten()
    .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;
    use std::sync::{Arc, Mutex};

    /// The markers the fetcher was called with, in order.
    type MarkerLog = Arc<Mutex<Vec<Option<String>>>>;

    fn pages(script: Vec<(Vec<u32>, bool)>) -> (MarkerLog, Listing<u32>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let script = Arc::new(script);
        let stream = paginate(None, move |marker: Option<String>| {
            let index = {
                let mut log = log.lock().unwrap();
                log.push(marker);
                log.len() - 1
            };
            let script = script.clone();
            async move {
                let (items, more) = script[index].clone();
                let last = items.last().map(|i| (i / 10).to_string());
                Ok(Page::new(items, more, last))
            }
        });
        (seen, stream)
    }

    #[tokio::test]
    async fn follows_markers_until_no_more() {
        let (seen, stream) = pages(vec![
            (vec![10, 20], true),
            (vec![30], true),
            (vec![40], false),
        ]);
        let items: Vec<u32> = stream.try_collect().await.unwrap();
        assert_eq!(items, vec![10, 20, 30, 40]);
        let seen = seen.lock().unwrap().clone();
        assert_eq!(seen, vec![None, Some("2".into()), Some("3".into())]);
    }

    #[tokio::test]
    async fn stops_on_a_repeated_marker() {
        let (seen, stream) = pages(vec![(vec![10], true), (vec![10], true), (vec![99], false)]);
        let items: Vec<u32> = stream.try_collect().await.unwrap();
        assert_eq!(items, vec![10]);
        assert_eq!(seen.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn is_lazy() {
        let (seen, stream) = pages(vec![(vec![10], true), (vec![20], false)]);
        let mut stream = stream;
        assert!(seen.lock().unwrap().is_empty());
        assert_eq!(stream.next().await.unwrap().unwrap(), 10);
        assert_eq!(seen.lock().unwrap().len(), 1);
    }
}
