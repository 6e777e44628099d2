//! Lazy, auto-paginating listings.
//!
//! Every DIS listing pages by an exclusive start marker (the last name or id of the
//! previous page) and a "more" flag. [`paginate`] turns a page fetcher into a
//! `Stream` of items that fetches the next page only when the caller reaches it, and
//! ends when DIS says there is no more or when a page is empty.
//!
//! A listing always ends, within a bounded number of requests:
//!
//! * a page that ends on a marker seen before in the same listing (the marker the listing
//!   started after, or the last marker of any earlier page) ends the listing with
//!   [`Error::NoProgress`](crate::Error::NoProgress), and its items are not yielded: DIS
//!   ignored the marker, and asking on would repeat pages forever (two pages that
//!   alternate are caught as well as one that repeats itself);
//! * a listing that has not ended after [`MAX_LISTING_PAGES`] pages ends with the same
//!   error. The markers of one listing are kept to recognise repeats, so memory stays
//!   bounded by this cap (markers are names and ids of at most a few hundred bytes).

use std::{
    collections::HashSet,
    future::Future,
    pin::Pin,
    task::{Context, Poll},
};

use futures::{
    future::{self, Either},
    stream::{self, BoxStream, Stream, StreamExt, TryStreamExt},
};

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
/// It always ends within a bounded number of requests: a page that ends on a marker seen
/// before in the same listing (where it started, or where any earlier page ended) means
/// DIS ignored the marker, and ends the listing with [`Error::NoProgress`](crate::Error::NoProgress)
/// instead of that page's items; so does a listing still going after 10 000 pages.
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
    pub fn page_size(mut self, page_size: u32) -> Self {
        self.options.page_size = Some(page_size);
        self
    }

    /// Starts the listing after this name or id (exclusive).
    pub fn start_after(mut self, marker: impl Into<String>) -> Self {
        self.options.start_after = Some(marker.into());
        self
    }

    /// The options set so far.
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

/// Most pages one listing fetches: 10 000 (a million items at 100 per page). A listing
/// still going after that many pages ends with [`Error::NoProgress`](crate::Error::NoProgress).
pub(crate) const MAX_LISTING_PAGES: usize = 10_000;

/// Where a listing stands between two pages.
struct Walk {
    /// The marker the next page starts after; `None` for the first page of a listing
    /// without a start.
    marker: Option<String>,
    /// Every marker of this listing so far: its start and the last marker of each page.
    seen: HashSet<String>,
    /// Pages fetched.
    pages: usize,
    /// Set after the last page.
    done: bool,
}

impl Walk {
    fn new(start: Option<String>) -> Self {
        Self {
            seen: start.iter().cloned().collect(),
            marker: start,
            pages: 0,
            done: false,
        }
    }

    /// Takes in a page fetched after `self.marker`: its items, or the error that ends the
    /// listing because the page repeats an earlier one.
    fn take<T>(&mut self, page: Page<T>) -> Result<Vec<T>> {
        if let Some(last) = page.last.as_ref().filter(|_| !page.items.is_empty())
            && !self.seen.insert(last.clone())
        {
            self.done = true;
            return Err(crate::Error::no_progress(format!(
                "asked for the page after {:?}, DIS answered a page ending on {last:?}, where \
                 an earlier page of this listing ended or where it started; DIS ignores the \
                 marker, so the listing stops instead of repeating itself",
                self.marker.as_deref().unwrap_or("")
            )));
        }
        match page.next {
            Some(next) => self.marker = Some(next),
            None => self.done = true,
        }
        Ok(page.items)
    }
}

/// Streams the items of all pages; `fetch` gets the marker to start after. Ends with an
/// error on a repeated marker or after [`MAX_LISTING_PAGES`] pages (see the module docs).
pub(crate) fn paginate<T, F, Fut>(start: Option<String>, mut fetch: F) -> Listing<T>
where
    T: Send + 'static,
    F: FnMut(Option<String>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<Page<T>>> + Send + 'static,
{
    stream::try_unfold(Walk::new(start), move |mut walk| {
        let page = if walk.done {
            None
        } else if walk.pages == MAX_LISTING_PAGES {
            walk.done = true;
            return Either::Left(future::err(crate::Error::no_progress(format!(
                "the listing did not end within {MAX_LISTING_PAGES} pages; list with a \
                 larger page size or a start marker"
            ))));
        } else {
            walk.pages += 1;
            Some(fetch(walk.marker.clone()))
        };
        let Some(page) = page else {
            return Either::Left(future::ok(None));
        };
        Either::Right(async move {
            let items = walk.take(page.await?)?;
            Ok(Some((stream::iter(items.into_iter().map(Ok)), walk)))
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

    /// The items a listing yields before it ends, and the error it ends with, if any.
    async fn drain(mut stream: Listing<u32>) -> (Vec<u32>, Option<crate::Error>) {
        let mut items = Vec::new();
        loop {
            match stream.next().await {
                Some(Ok(item)) => items.push(item),
                Some(Err(err)) => {
                    assert!(stream.next().await.is_none(), "nothing after the error");
                    return (items, Some(err));
                }
                None => return (items, None),
            }
        }
    }

    #[tokio::test]
    async fn a_page_repeating_the_previous_marker_ends_with_an_error() {
        let (seen, stream) = pages(vec![(vec![10], true), (vec![10], true), (vec![99], false)]);
        let (items, err) = drain(stream).await;
        assert_eq!(items, vec![10]);
        assert!(
            matches!(err, Some(crate::Error::NoProgress { .. })),
            "{err:?}"
        );
        assert_eq!(*seen.lock().unwrap(), vec![None, Some("1".into())]);
    }

    #[tokio::test]
    async fn pages_alternating_between_two_markers_end_with_an_error() {
        // Markers 1, 2, 1, 2, ...: the third page ends where the first one did.
        let script = (0..50)
            .map(|i| (vec![if i % 2 == 0 { 10 } else { 20 }], true))
            .collect();
        let (seen, stream) = pages(script);
        let (items, err) = drain(stream).await;
        assert_eq!(items, vec![10, 20]);
        let err = err.expect("an error");
        assert!(matches!(err, crate::Error::NoProgress { .. }), "{err:?}");
        assert!(err.to_string().contains("\"1\""), "{err}");
        assert_eq!(
            *seen.lock().unwrap(),
            vec![None, Some("1".into()), Some("2".into())]
        );
    }

    #[tokio::test]
    async fn a_page_ending_on_the_start_marker_ends_with_an_error() {
        let log = Arc::new(Mutex::new(0));
        let calls = log.clone();
        let stream = paginate(Some("5".to_owned()), move |_| {
            *calls.lock().unwrap() += 1;
            async { Ok(Page::new(vec![50u32], true, Some("5".to_owned()))) }
        });
        let (items, err) = drain(stream).await;
        assert!(items.is_empty());
        assert!(matches!(err, Some(crate::Error::NoProgress { .. })));
        assert_eq!(*log.lock().unwrap(), 1);
    }

    #[tokio::test]
    async fn a_listing_that_never_ends_stops_after_the_page_cap() {
        let calls = Arc::new(Mutex::new(0usize));
        let counter = calls.clone();
        let stream = paginate(None, move |_| {
            let n = {
                let mut calls = counter.lock().unwrap();
                *calls += 1;
                *calls
            };
            async move { Ok(Page::new(vec![n as u32], true, Some(n.to_string()))) }
        });
        let (items, err) = drain(stream).await;
        assert_eq!(items.len(), MAX_LISTING_PAGES);
        let err = err.expect("an error");
        assert!(matches!(err, crate::Error::NoProgress { .. }), "{err:?}");
        assert!(err.to_string().contains("10000 pages"), "{err}");
        assert_eq!(*calls.lock().unwrap(), MAX_LISTING_PAGES);
    }

    #[tokio::test]
    async fn an_empty_last_page_may_repeat_its_marker() {
        // Offset listings (tags) end with an empty page whose marker is where it started.
        let stream = paginate(Some("0".to_owned()), |marker: Option<String>| async move {
            Ok(match marker.as_deref() {
                Some("0") => Page::new(vec![1u32, 2], true, Some("2".to_owned())),
                _ => Page::new(vec![], false, Some("2".to_owned())),
            })
        });
        let (items, err) = drain(stream).await;
        assert_eq!(items, vec![1, 2]);
        assert!(err.is_none(), "{err:?}");
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
