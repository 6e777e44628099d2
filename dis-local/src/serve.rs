//! Serving connections: one hyper HTTP/1 task per accepted socket, within the
//! [`ServeLimits`] that keep a long-running emulator healthy, with the hooks that fault
//! injection needs.
//!
//! * At most `max_connections` connections are served at once; further clients wait in
//!   the listen backlog until one closes.
//! * A connection that does not deliver a complete request head within `header_timeout`
//!   is closed; that includes an idle keep-alive connection (hyper's header read
//!   timeout). Body timeouts and the memory cap of unfinished bodies are the HTTP
//!   layer's (`http::gate`).
//!
//! Every accepted socket gets a [`ConnControl`],
//! which every request of that connection carries in its extensions. To close the
//! connection, the fault middleware [kills](ConnControl::kill) it and never completes its
//! response future: hyper cannot have written anything for that request yet, and the
//! connection task, woken by the kill, drops the hyper connection, and with it the socket
//! (FIN: the request was read completely, so nothing unread triggers a reset).
//!
//! A cut body ([`CutBody`]) yields its first part, then asks for the connection to be
//! killed once hyper has flushed everything it buffered: the socket wrapper
//! ([`WatchedStream`]) sees that flush and only then kills the connection, so the status
//! line, the headers and the first part reach the client.

use std::convert::Infallible;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use hyper_util::rt::TokioTimer;
use hyper_util::service::TowerToHyperService;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, OwnedSemaphorePermit, Semaphore, oneshot, watch};
use tokio::task::JoinSet;

use crate::server::ServeLimits;

const OPEN: u8 = 0;
const KILL_AFTER_FLUSH: u8 = 1;
const KILLED: u8 = 2;

#[derive(Debug, Default)]
struct Control {
    state: AtomicU8,
    notify: Notify,
}

/// Lets a request end its own connection; found in the extensions of every request served
/// by [`serve`].
#[derive(Debug, Clone, Default)]
pub(crate) struct ConnControl(Arc<Control>);

impl ConnControl {
    /// Closes the connection now, without writing anything more.
    pub fn kill(&self) {
        self.0.state.store(KILLED, Ordering::SeqCst);
        self.0.notify.notify_one();
    }

    /// Closes the connection once everything written so far has been flushed.
    fn kill_after_flush(&self) {
        let _ = self.0.state.compare_exchange(
            OPEN,
            KILL_AFTER_FLUSH,
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
    }

    fn flushed(&self) {
        if self.0.state.load(Ordering::SeqCst) == KILL_AFTER_FLUSH {
            self.kill();
        }
    }

    async fn killed(&self) {
        loop {
            let notified = self.0.notify.notified();
            if self.0.state.load(Ordering::SeqCst) == KILLED {
                return;
            }
            notified.await;
        }
    }
}

/// A response body that sends `part`, then has the connection closed.
pub(crate) struct CutBody {
    part: Option<Bytes>,
    control: ConnControl,
}

impl CutBody {
    pub fn new(part: Bytes, control: ConnControl) -> Self {
        Self {
            part: Some(part).filter(|p| !p.is_empty()),
            control,
        }
    }
}

impl http_body::Body for CutBody {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, Infallible>>> {
        match self.part.take() {
            Some(part) => Poll::Ready(Some(Ok(http_body::Frame::data(part)))),
            None => {
                // Never ends: the connection task drops the connection instead.
                self.control.kill_after_flush();
                Poll::Pending
            }
        }
    }
}

/// The accepted socket, telling the connection's control when hyper's flushes complete.
struct WatchedStream {
    inner: TcpStream,
    control: ConnControl,
}

impl AsyncRead for WatchedStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for WatchedStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        // hyper calls this only after writing out everything it buffered.
        let flushed = Pin::new(&mut self.inner).poll_flush(cx);
        if matches!(flushed, Poll::Ready(Ok(()))) {
            self.control.flushed();
        }
        flushed
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

/// The connections being served: a slot each out of `max_connections`.
#[derive(Debug)]
pub(crate) struct Connections {
    slots: Arc<Semaphore>,
    open: AtomicUsize,
}

impl Connections {
    pub fn new(max: usize) -> Arc<Self> {
        Arc::new(Self {
            slots: Arc::new(Semaphore::new(max.max(1))),
            open: AtomicUsize::new(0),
        })
    }

    /// Connections being served now.
    pub fn open(&self) -> usize {
        self.open.load(Ordering::SeqCst)
    }
}

/// One connection's slot, given back when the connection ends (or is aborted).
struct Slot {
    _permit: OwnedSemaphorePermit,
    connections: Arc<Connections>,
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.connections.open.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Waits for a free connection slot, then for a connection.
async fn accept(
    listener: &TcpListener,
    connections: &Arc<Connections>,
) -> io::Result<(TcpStream, Slot)> {
    let permit = connections
        .slots
        .clone()
        .acquire_owned()
        .await
        .expect("the semaphore is never closed");
    let (stream, _) = listener.accept().await?;
    connections.open.fetch_add(1, Ordering::SeqCst);
    Ok((
        stream,
        Slot {
            _permit: permit,
            connections: connections.clone(),
        },
    ))
}

/// Accepts connections until `stop` fires (or its sender is dropped), then lets the open
/// connections finish their requests and waits for them. Dropping the returned future
/// aborts every connection.
pub(crate) async fn serve(
    listener: TcpListener,
    app: Router,
    limits: ServeLimits,
    slots: Arc<Connections>,
    mut stop: oneshot::Receiver<()>,
) {
    let (shutdown_tx, shutdown_rx) = watch::channel(());
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            _ = &mut stop => break,
            accepted = accept(&listener, &slots) => match accepted {
                Ok((stream, slot)) => {
                    let conn = serve_connection(stream, app.clone(), limits.header_timeout, shutdown_rx.clone());
                    connections.spawn(async move {
                        conn.await;
                        drop(slot);
                    });
                }
                Err(e) => {
                    // Usually out of file descriptors: wait instead of spinning.
                    tracing::warn!("dis-local: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    drop(listener);
    let _ = shutdown_tx.send(());
    while connections.join_next().await.is_some() {}
}

async fn serve_connection(
    stream: TcpStream,
    app: Router,
    header_timeout: Duration,
    mut shutdown: watch::Receiver<()>,
) {
    let _ = stream.set_nodelay(true);
    let control = ConnControl::default();
    let io = TokioIo::new(WatchedStream {
        inner: stream,
        control: control.clone(),
    });
    let service = {
        let control = control.clone();
        hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(control.clone());
            hyper::service::Service::call(&TowerToHyperService::new(app.clone()), req)
        })
    };
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout)
        .serve_connection(io, service);
    tokio::pin!(conn);
    let mut draining = false;
    loop {
        tokio::select! {
            biased;
            () = control.killed() => return, // drops the connection and closes the socket
            done = conn.as_mut() => {
                if let Err(e) = done {
                    tracing::debug!("dis-local: connection ended: {e}");
                }
                return;
            }
            _ = shutdown.changed(), if !draining => {
                draining = true;
                conn.as_mut().graceful_shutdown();
            }
        }
    }
}
