//! `dis-local`: run the DIS emulator as a process.
//!
//! ```text
//! dis-local --listen 127.0.0.1:8080 [--project-id ID] [--access-key AK --secret-key SK] [--token TOKEN]
//!           [--data-dir DIR] [--enforce-limits] [--faults SPEC] [--log-format text|json] …
//! ```
//!
//! `--faults` injects seeded faults, e.g. `--faults seed=7,rate=0.2,put_records:close_after=0.05`
//! (syntax in `--help` and in the `dis_local::faults` docs); every injected fault and its
//! fate is then logged on stderr.
//!
//! Prints `dis-local listening on http://127.0.0.1:PORT (endpoint http://127.0.0.1:PORT/v2/ID)`
//! on stdout when ready and runs until SIGINT or SIGTERM, then finishes the requests in
//! flight and exits 0. Logs go to stderr. A usage error exits 2, a runtime error (address
//! in use, unusable data directory) exits 1, each with one line on stderr.

use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, ValueEnum};

/// An emulator of the Open Telekom Cloud Data Ingestion Service (DIS) v2 API, in memory or
/// durable (--data-dir).
#[derive(Debug, Parser)]
#[command(name = "dis-local", version)]
struct Args {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: String,
    /// Project id expected in every path (/v2/{project_id}/...).
    /// Letters, digits, '-' and '_' (real ones are 32 hex digits).
    #[arg(long, default_value = dis_local::DEFAULT_PROJECT_ID, value_parser = project_id)]
    project_id: String,
    /// Access key of the accepted AK/SK pair (requires --secret-key).
    #[arg(long, requires = "secret_key")]
    access_key: Option<String>,
    /// Secret key of the accepted AK/SK pair (requires --access-key).
    #[arg(long, requires = "access_key")]
    secret_key: Option<String>,
    /// Accepted X-Auth-Token.
    #[arg(long)]
    token: Option<String>,
    /// Validity of partition cursors in seconds.
    #[arg(long, default_value_t = 300)]
    cursor_ttl_secs: u64,
    /// Inject seeded faults. SPEC is a comma-separated list of items:
    /// `seed=N` (default 0);
    /// `rate=P` (probability P that a request fails, split evenly over the kinds that apply
    /// to its operation);
    /// `KIND=P` (one kind on every operation it applies to);
    /// `OP:rate=P` and `OP:KIND=P` (the same for one operation id, e.g. put_records);
    /// `delay_ms=N` (how long `delay` holds the answer, default 5000).
    /// P is from 0 to 1; the most specific setting wins; one operation's probabilities add
    /// up to at most 1.
    /// KIND: error_before, error_after (HTTP 500 DIS.5000 before/after applying),
    /// throttle_429 (APIGW.0308), throttle_4303 (400 DIS.4303), partial_throttle
    /// (put_records: some records refused with DIS.4303), close_before, close_after
    /// (connection closed without an answer), delay, truncated (body cut short after
    /// applying), cursor_expired (get_records: DIS.4225), empty_page (get_records: no
    /// records, same cursor), partition_gone (get_records: DIS.4302; only when named,
    /// never part of rate).
    /// Example: --faults seed=7,rate=0.2,put_records:close_after=0.05
    /// Each injected fault is printed on stderr with the request's number and fate.
    #[arg(long, value_name = "SPEC", verbatim_doc_comment)]
    faults: Option<dis_local::faults::FaultPlan>,
    /// Keep streams, records, apps, checkpoints, dump tasks and tags in DIR (created if
    /// missing) so that they survive a restart, even `kill -9`: every change is synced to
    /// disk before it is answered. Without it everything is kept in memory only.
    #[arg(long, value_name = "DIR")]
    data_dir: Option<std::path::PathBuf>,
    /// Throttle like DIS, per partition: COMMON 1 MiB/s and 1,000 records/s written,
    /// 2 MiB/s read; ADVANCED 5 MiB/s, 2,000 records/s, 10 MiB/s. Records over the write
    /// rate fail with DIS.4303, requests over the request rate with DIS.4305, reads over
    /// the read rate with DIS.4303 (details: the `dis_local::engine::limits` docs).
    #[arg(long)]
    enforce_limits: bool,
    /// Close a connection that does not send a complete request head within SECS
    /// (also an idle keep-alive connection).
    #[arg(long, value_name = "SECS", default_value_t = 30)]
    header_timeout_secs: u64,
    /// Answer 408 and close the connection when a request body takes longer than SECS.
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    body_timeout_secs: u64,
    /// Serve at most N connections at once; more wait in the listen backlog.
    #[arg(long, value_name = "N", default_value_t = 1024)]
    max_connections: usize,
    /// Refuse a request (429 APIGW.0308) when request bodies would hold more than MIB
    /// mebibytes together.
    #[arg(long, value_name = "MIB", default_value_t = 256)]
    max_body_memory_mib: usize,
    /// Log format on stderr: `text` (one line per event) or `json` (one JSON object per
    /// line, for log collectors).
    #[arg(long, value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,
    /// Least severe level logged; `debug` adds one line per request.
    #[arg(long, value_enum, default_value_t = LogLevel::Info)]
    log_level: LogLevel,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LogLevel {
    Error,
    Warn,
    Info,
    Debug,
}

impl From<LogLevel> for tracing::Level {
    fn from(level: LogLevel) -> Self {
        match level {
            LogLevel::Error => Self::ERROR,
            LogLevel::Warn => Self::WARN,
            LogLevel::Info => Self::INFO,
            LogLevel::Debug => Self::DEBUG,
        }
    }
}

fn project_id(id: &str) -> Result<String, String> {
    dis_local::check_project_id(id).map(|()| id.to_owned())
}

fn init_logging(format: LogFormat, level: LogLevel) {
    let builder = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_max_level(tracing::Level::from(level))
        .with_ansi(false);
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().flatten_event(true).init(),
    }
}

/// Takes over SIGINT and SIGTERM now; the future resolves with the name of the first one.
fn stop_signal() -> std::io::Result<impl Future<Output = &'static str>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = signal(SignalKind::terminate())?;
    let mut int = signal(SignalKind::interrupt())?;
    Ok(async move {
        tokio::select! {
            _ = term.recv() => "SIGTERM",
            _ = int.recv() => "SIGINT",
        }
    })
}

/// Parses the command line; a usage error is one line on stderr and exit code 2.
fn parse_args() -> Result<Args, ExitCode> {
    Args::try_parse().map_err(|e| {
        if !e.use_stderr() {
            // --help, --version
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        let rendered = e.render().to_string();
        let first = rendered.lines().next().unwrap_or("invalid arguments");
        let first = first.strip_prefix("error: ").unwrap_or(first);
        eprintln!("dis-local: {first} (see dis-local --help)");
        ExitCode::from(2)
    })
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(code) => return code,
    };
    let json_logs = matches!(args.log_format, LogFormat::Json);
    init_logging(args.log_format, args.log_level);
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("dis-local: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line: as a JSON log line for collectors, else plain.
            if json_logs {
                tracing::error!("{e}");
            } else {
                eprintln!("dis-local: {e}");
            }
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> std::io::Result<()> {
    let limits = dis_local::ServeLimits {
        header_timeout: Duration::from_secs(args.header_timeout_secs),
        body_timeout: Duration::from_secs(args.body_timeout_secs),
        max_connections: args.max_connections,
        max_body_memory: args.max_body_memory_mib.saturating_mul(1024 * 1024),
        ..Default::default()
    };
    let mut builder = dis_local::Server::builder()
        .serve_limits(limits)
        .bind(args.listen)
        .project_id(args.project_id)
        .cursor_ttl(Duration::from_secs(args.cursor_ttl_secs))
        .enforce_limits(args.enforce_limits);
    if let (Some(ak), Some(sk)) = (args.access_key, args.secret_key) {
        builder = builder.credentials(ak, sk);
    }
    if let Some(dir) = &args.data_dir {
        builder = builder.data_dir(dir);
    }
    if let Some(token) = args.token {
        builder = builder.token(token);
    }
    if let Some(plan) = args.faults {
        // One log line per injected fault (the `dis_local::faults` events at INFO).
        builder = builder.faults(plan);
    }
    let signal = stop_signal()?;
    let handle = builder.start().await?;
    println!(
        "dis-local listening on {} (endpoint {})",
        handle.base_url(),
        handle.endpoint()
    );
    tracing::info!(
        address = %handle.local_addr(),
        endpoint = %handle.endpoint(),
        data_dir = args.data_dir.as_ref().map(|d| d.display().to_string()),
        enforce_limits = args.enforce_limits,
        "dis-local listening"
    );
    let got = signal.await;
    tracing::info!(signal = got, "stopping: finishing the requests in flight");
    handle.shutdown().await;
    tracing::info!("stopped");
    Ok(())
}
