//! Starting and stopping an emulator on a TCP port.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::engine::{Clock, Engine, EngineConfig, SystemClock};
use crate::faults::{FaultLog, FaultPlan, Injector};
use crate::http::body::BodyLimits;
use crate::http::{AppState, Auth, router};

/// Limits that keep a long-running emulator healthy under slow, idle or abandoned clients.
///
/// ```
/// use std::time::Duration;
/// let limits = dis_local::ServeLimits { body_timeout: Duration::from_secs(5), ..Default::default() };
/// assert_eq!(limits.max_connections, 1024);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServeLimits {
    /// A connection must deliver a complete request head within this time, also while it
    /// idles between keep-alive requests; else it is closed (default 30 s).
    pub header_timeout: Duration,
    /// A request body must arrive completely within this time; else the answer is 408
    /// and the connection is closed (default 60 s).
    pub body_timeout: Duration,
    /// Connections served at once (default 1024); further clients wait in the listen
    /// backlog until a connection closes.
    pub max_connections: usize,
    /// Bytes that request bodies (being read, or whose request is being handled) may hold
    /// together (default 256 MiB); a body that would go beyond is refused with 429
    /// `APIGW.0308` and its connection closed.
    pub max_body_memory: usize,
    /// How long a shutdown waits for the requests in flight before it drops them
    /// (default 10 s).
    pub shutdown_grace: Duration,
}

impl Default for ServeLimits {
    fn default() -> Self {
        Self {
            header_timeout: Duration::from_secs(30),
            body_timeout: Duration::from_secs(60),
            max_connections: 1024,
            max_body_memory: 256 * 1024 * 1024,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}

/// Project id used when the builder is given none.
///
/// ```
/// assert_eq!(dis_local::DEFAULT_PROJECT_ID.len(), 32);
/// ```
pub const DEFAULT_PROJECT_ID: &str = "0123456789abcdef0123456789abcdef";

/// Checks a project id: 1 to 64 characters of letters, digits, `-` and `_`, so that it
/// is one path segment as it stands. Real project ids are 32 hexadecimal digits (the
/// reference's form, like [`DEFAULT_PROJECT_ID`]); shorter ones are accepted for tests.
///
/// ```
/// use dis_local::check_project_id;
/// assert!(check_project_id("a4a5d4098fb4474fa22cd05f897d6b99").is_ok());
/// assert!(check_project_id("proj").is_ok());
/// assert!(check_project_id("").is_err());
/// assert!(check_project_id("a/b").unwrap_err().contains("'/'"));
/// ```
pub fn check_project_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("the project id must not be empty".to_owned());
    }
    if id.len() > 64 {
        return Err(format!(
            "the project id may have at most 64 characters, got {}",
            id.len()
        ));
    }
    match id
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        Some(c) => Err(format!(
            "the project id may hold only letters, digits, '-' and '_' (like 32 hex digits), not {c:?}: {id:?}"
        )),
        None => Ok(()),
    }
}

/// Entry point: `Server::builder()…start().await`.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> std::io::Result<()> {
/// let handle = dis_local::Server::builder().project_id("p1").start().await?;
/// assert!(handle.endpoint().ends_with("/v2/p1"));
/// handle.shutdown().await;
/// # Ok(())
/// # }
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Server;

impl Server {
    /// A builder with the defaults: project [`DEFAULT_PROJECT_ID`], no authentication,
    /// cursors valid 5 minutes, bound to `127.0.0.1:0` (a free loopback port).
    ///
    /// ```
    /// let builder = dis_local::Server::builder().bind("127.0.0.1:0");
    /// # let _ = builder;
    /// ```
    pub fn builder() -> ServerBuilder {
        ServerBuilder::default()
    }
}

/// Configuration of an emulator before it starts.
///
/// ```
/// use std::time::Duration;
/// let builder = dis_local::Server::builder()
///     .project_id("p1")
///     .credentials("AK", "SK")
///     .token("secret-token")
///     .cursor_ttl(Duration::from_secs(1))
///     .bind("127.0.0.1:0");
/// # let _ = builder;
/// ```
#[derive(Debug, Clone)]
pub struct ServerBuilder {
    project_id: String,
    auth: Auth,
    config: EngineConfig,
    bind: String,
    clock: Arc<dyn Clock>,
    faults: Option<FaultPlan>,
    data_dir: Option<PathBuf>,
    limits: ServeLimits,
}

impl Default for ServerBuilder {
    fn default() -> Self {
        Self {
            project_id: DEFAULT_PROJECT_ID.to_owned(),
            auth: Auth::default(),
            config: EngineConfig::default(),
            bind: "127.0.0.1:0".to_owned(),
            clock: Arc::new(SystemClock),
            faults: None,
            data_dir: None,
            limits: ServeLimits::default(),
        }
    }
}

impl ServerBuilder {
    /// The project id every path must carry (`/v2/{project_id}/…`); others get DIS.4117.
    ///
    /// ```
    /// let b = dis_local::Server::builder().project_id("my-project");
    /// # let _ = b;
    /// ```
    pub fn project_id(mut self, project_id: impl Into<String>) -> Self {
        self.project_id = project_id.into();
        self
    }

    /// Requires requests to authenticate; signed requests must use this AK/SK pair.
    ///
    /// ```
    /// let b = dis_local::Server::builder().credentials("AKEXAMPLE", "SKEXAMPLE");
    /// # let _ = b;
    /// ```
    pub fn credentials(
        mut self,
        access_key: impl Into<String>,
        secret_key: impl Into<String>,
    ) -> Self {
        self.auth.access_key = Some(access_key.into());
        self.auth.secret_key = Some(secret_key.into());
        self
    }

    /// Requires requests to authenticate; `X-Auth-Token` must equal this token.
    ///
    /// ```
    /// let b = dis_local::Server::builder().token("t0ken");
    /// # let _ = b;
    /// ```
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.auth.token = Some(token.into());
        self
    }

    /// How long partition cursors stay valid (default 5 minutes).
    ///
    /// ```
    /// let b = dis_local::Server::builder().cursor_ttl(std::time::Duration::from_millis(200));
    /// # let _ = b;
    /// ```
    pub fn cursor_ttl(mut self, ttl: Duration) -> Self {
        self.config.cursor_ttl = ttl;
        self
    }

    /// Every engine tunable at once (quotas, limits, routing); replaces an earlier
    /// [`cursor_ttl`](Self::cursor_ttl) and [`enforce_limits`](Self::enforce_limits).
    ///
    /// ```
    /// use dis_local::engine::EngineConfig;
    /// let b = dis_local::Server::builder().engine_config(EngineConfig { partition_quota_common: 100, ..Default::default() });
    /// # let _ = b;
    /// ```
    pub fn engine_config(mut self, config: EngineConfig) -> Self {
        self.config = config;
        self
    }

    /// Throttles like DIS (default: off): per partition by stream type, records over the
    /// write rate fail with `DIS.4303`, requests over the request rate with `DIS.4305`,
    /// reads over the read rate with `DIS.4303`. The rates and their refill are in
    /// [`engine::limits`](crate::engine::limits); for other rates set
    /// [`EngineConfig::limits`] through [`engine_config`](Self::engine_config).
    ///
    /// ```
    /// let b = dis_local::Server::builder().enforce_limits(true);
    /// # let _ = b;
    /// ```
    pub fn enforce_limits(mut self, enforce: bool) -> Self {
        self.config.limits = enforce.then(crate::engine::limits::Limits::dis);
        self
    }

    /// The clock the emulator reads (default: the system clock). Tests can pass a
    /// [`ManualClock`](crate::engine::ManualClock) to expire cursors or records without
    /// waiting.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use dis_local::engine::ManualClock;
    /// let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    /// let b = dis_local::Server::builder().clock(clock.clone());
    /// # let _ = b;
    /// ```
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The address to listen on, e.g. `127.0.0.1:0` (default) for a free loopback port.
    ///
    /// ```
    /// let b = dis_local::Server::builder().bind("127.0.0.1:0");
    /// # let _ = b;
    /// ```
    pub fn bind(mut self, addr: impl Into<String>) -> Self {
        self.bind = addr.into();
        self
    }

    /// Injects faults according to `plan` and logs the fate of every request (see
    /// [`crate::faults`]). Without a plan (the default) nothing is injected or logged.
    ///
    /// ```
    /// use dis_local::faults::FaultPlan;
    /// let b = dis_local::Server::builder().faults(FaultPlan::new(7).rate(0.2));
    /// # let _ = b;
    /// ```
    pub fn faults(mut self, plan: FaultPlan) -> Self {
        self.faults = Some(plan);
        self
    }

    /// Keeps the state in `dir` (created if missing) instead of in memory only: streams,
    /// records, apps, checkpoints, dump tasks and tags survive a restart, even a crash.
    /// Every request that changes something is synced to disk before it is answered; see
    /// [`engine::store`](crate::engine::store) for what is stored and when. A directory
    /// can serve one emulator at a time.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// let dir = std::env::temp_dir().join(format!("dis-local-builder-{}", std::process::id()));
    /// let handle = dis_local::Server::builder().data_dir(&dir).start().await?;
    /// handle.shutdown().await;
    /// assert!(dir.join("dis-local.redb").exists());
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn data_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.data_dir = Some(dir.into());
        self
    }

    /// Read timeouts, the connection cap, the memory cap of request bodies and the
    /// shutdown grace period (see [`ServeLimits`] for the defaults).
    ///
    /// ```
    /// use std::time::Duration;
    /// let b = dis_local::Server::builder().serve_limits(dis_local::ServeLimits {
    ///     header_timeout: Duration::from_secs(5),
    ///     ..Default::default()
    /// });
    /// # let _ = b;
    /// ```
    pub fn serve_limits(mut self, limits: ServeLimits) -> Self {
        self.limits = limits;
        self
    }

    /// Binds the port and serves in the background of the current tokio runtime. Fails
    /// with `InvalidInput` when the project id does not pass [`check_project_id`] or the
    /// [fault plan](Self::faults) does not pass
    /// [`FaultPlan::check`], when the [data directory](Self::data_dir) cannot be opened, or
    /// when the address cannot be bound (the message names the address).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// let handle = dis_local::Server::builder().start().await?;
    /// assert!(handle.base_url().starts_with("http://127.0.0.1:"));
    /// # Ok(())
    /// # }
    /// ```
    pub async fn start(self) -> std::io::Result<Handle> {
        // The workspace builds reqwest without a default TLS provider (the client picks
        // `ring` itself); plain reqwest clients in the same process, as tests and their
        // tools create next to an emulator, find this one. An application's own choice,
        // made earlier, is kept.
        let _ = rustls::crypto::ring::default_provider().install_default();
        check_project_id(&self.project_id)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        let faults = match &self.faults {
            Some(plan) => {
                Some(Arc::new(Injector::new(plan).map_err(|e| {
                    std::io::Error::new(std::io::ErrorKind::InvalidInput, e)
                })?))
            }
            None => None,
        };
        let engine = match &self.data_dir {
            Some(dir) => Engine::open_with_clock(self.config, self.clock, dir)?,
            None => Engine::with_clock(self.config, self.clock),
        };
        let listener = tokio::net::TcpListener::bind(&self.bind)
            .await
            .map_err(|e| {
                std::io::Error::new(e.kind(), format!("cannot listen on {}: {e}", self.bind))
            })?;
        let addr = listener.local_addr()?;
        let limits = self.limits;
        let state = Arc::new(AppState {
            engine: Mutex::new(engine),
            project_id: self.project_id.clone(),
            auth: self.auth,
            faults: faults.clone(),
            body_limits: BodyLimits::new(limits.body_timeout, limits.max_body_memory),
            stopping: AtomicBool::new(false),
            storage_failed: AtomicBool::new(false),
        });
        let app = router(state.clone());
        let (tx, rx) = oneshot::channel::<()>();
        let slots = crate::serve::Connections::new(limits.max_connections);
        let task = tokio::spawn(crate::serve::serve(
            listener,
            app,
            limits,
            slots.clone(),
            rx,
        ));
        let trimmer = tokio::spawn(trim_every_minute(state.clone()));
        Ok(Handle {
            addr,
            project_id: self.project_id,
            faults,
            state,
            slots,
            limits,
            stop: Some(tx),
            task: Some(task),
            trimmer,
        })
    }
}

/// Drops records past their retention in streams nobody uses, and syncs that to the
/// data directory (streams in use are trimmed as they are used).
async fn trim_every_minute(state: Arc<AppState>) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let mut engine = state.engine();
        let trimmed = engine.trim_expired();
        if trimmed > 0 {
            tracing::debug!(records = trimmed, "dropped records past their retention");
        }
        if let Err(e) = engine.commit() {
            tracing::error!("dis-local: {}", e.message);
        }
    }
}

/// A running emulator. Dropping it stops the server.
///
/// ```
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> std::io::Result<()> {
/// let handle = dis_local::Server::builder().project_id("p").start().await?;
/// assert_eq!(handle.endpoint(), format!("{}/v2/p", handle.base_url()));
/// assert_eq!(handle.project_id(), "p");
/// drop(handle);
/// # Ok(())
/// # }
/// ```
#[derive(Debug)]
pub struct Handle {
    addr: SocketAddr,
    project_id: String,
    faults: Option<Arc<Injector>>,
    state: Arc<AppState>,
    slots: Arc<crate::serve::Connections>,
    limits: ServeLimits,
    stop: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<()>>,
    trimmer: JoinHandle<()>,
}

impl Handle {
    /// `http://HOST:PORT` (an unspecified bind address is reported as loopback).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// let h = dis_local::Server::builder().start().await?;
    /// assert!(h.base_url().starts_with("http://127.0.0.1:"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn base_url(&self) -> String {
        let mut addr = self.addr;
        if addr.ip().is_unspecified() {
            addr.set_ip(std::net::Ipv4Addr::LOCALHOST.into());
        }
        format!("http://{addr}")
    }

    /// `{base_url}/v2/{project_id}`, what a DIS client takes as its endpoint.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// let h = dis_local::Server::builder().project_id("abc").start().await?;
    /// assert!(h.endpoint().ends_with("/v2/abc"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn endpoint(&self) -> String {
        format!("{}/v2/{}", self.base_url(), self.project_id)
    }

    /// The project id the emulator serves.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// let h = dis_local::Server::builder().start().await?;
    /// assert_eq!(h.project_id(), dis_local::DEFAULT_PROJECT_ID);
    /// # Ok(())
    /// # }
    /// ```
    pub fn project_id(&self) -> &str {
        &self.project_id
    }

    /// The bound socket address.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// let h = dis_local::Server::builder().start().await?;
    /// assert_ne!(h.local_addr().port(), 0);
    /// # Ok(())
    /// # }
    /// ```
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// A snapshot of the fate log: one entry for every request that reached the server
    /// (see [`crate::faults`]); empty when the server has no fault plan.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// use dis_local::faults::FaultPlan;
    /// let h = dis_local::Server::builder().faults(FaultPlan::new(1).rate(0.2)).start().await?;
    /// reqwest::get(format!("{}/streams", h.endpoint())).await.ok();
    /// let log = h.fault_log();
    /// assert_eq!(log.entries.len(), 1);
    /// assert_eq!(log.entries[0].operation, Some("list_streams"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn fault_log(&self) -> FaultLog {
        self.faults
            .as_ref()
            .map(|f| f.snapshot())
            .unwrap_or_default()
    }

    /// Like [`fault_log`](Self::fault_log), but removes the entries it returns, so that
    /// a long test can drain the log as it goes and stay within its limits.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// use dis_local::faults::FaultPlan;
    /// let h = dis_local::Server::builder().faults(FaultPlan::new(1)).start().await?;
    /// reqwest::get(format!("{}/streams", h.endpoint())).await.ok();
    /// assert_eq!(h.take_fault_log().entries.len(), 1);
    /// assert!(h.fault_log().entries.is_empty());
    /// # Ok(())
    /// # }
    /// ```
    pub fn take_fault_log(&self) -> FaultLog {
        self.faults.as_ref().map(|f| f.take()).unwrap_or_default()
    }

    /// Pauses (`false`) or resumes (`true`) fault injection; requests are still numbered
    /// and logged while paused, without faults. Useful to set up or to read back the
    /// state without faults. No effect without a fault plan.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// use dis_local::faults::FaultPlan;
    /// let h = dis_local::Server::builder().faults(FaultPlan::new(1).rate(1.0)).start().await?;
    /// h.set_faults_active(false);
    /// let answer = reqwest::get(format!("{}/streams", h.endpoint())).await.unwrap();
    /// assert_eq!(answer.status(), 200);
    /// assert_eq!(h.fault_log().entries[0].fault, None);
    /// # Ok(())
    /// # }
    /// ```
    pub fn set_faults_active(&self, active: bool) {
        if let Some(f) = &self.faults {
            f.set_active(active);
        }
    }

    /// Connections being served now (at most [`ServeLimits::max_connections`]).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// let h = dis_local::Server::builder().start().await?;
    /// assert_eq!(h.open_connections(), 0);
    /// # Ok(())
    /// # }
    /// ```
    pub fn open_connections(&self) -> usize {
        self.slots.open()
    }

    /// Bytes that request bodies hold now (see [`ServeLimits::max_body_memory`]).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// let h = dis_local::Server::builder().start().await?;
    /// assert_eq!(h.body_memory_in_use(), 0);
    /// # Ok(())
    /// # }
    /// ```
    pub fn body_memory_in_use(&self) -> usize {
        self.state.body_limits.in_use()
    }

    /// Stops accepting connections, answers `/health/ready` with 503, and waits (up to
    /// [`ServeLimits::shutdown_grace`]) for open requests to finish; idle connections are
    /// closed at once. With a data directory, every answered change is on disk already and
    /// the file is closed when the last request is done.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> std::io::Result<()> {
    /// let h = dis_local::Server::builder().start().await?;
    /// let addr = h.local_addr();
    /// h.shutdown().await;
    /// assert!(tokio::net::TcpStream::connect(addr).await.is_err());
    /// # Ok(())
    /// # }
    /// ```
    pub async fn shutdown(mut self) {
        self.state.stopping.store(true, Ordering::SeqCst);
        self.trimmer.abort();
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            let abort = task.abort_handle();
            if tokio::time::timeout(self.limits.shutdown_grace, task)
                .await
                .is_err()
            {
                abort.abort();
            }
        }
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.trimmer.abort();
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.abort();
        }
    }
}
