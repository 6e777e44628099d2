//! `dis-local`: run the DIS emulator as a process.
//!
//! ```text
//! dis-local --listen 127.0.0.1:8080 [--project-id ID] [--access-key AK --secret-key SK] [--token TOKEN]
//!           [--faults SPEC]
//! ```
//!
//! `--faults` injects seeded faults, e.g. `--faults seed=7,rate=0.2,put_records:close_after=0.05`
//! (syntax in `--help` and in the `dis_local::faults` docs); every injected fault and its
//! fate is then printed on stderr.
//!
//! Prints `dis-local listening on http://127.0.0.1:PORT (endpoint http://127.0.0.1:PORT/v2/ID)`
//! when ready and runs until interrupted.

use std::time::Duration;

use clap::Parser;

/// An in-memory emulator of the Open Telekom Cloud Data Ingestion Service (DIS) v2 API.
#[derive(Debug, Parser)]
#[command(name = "dis-local", version)]
struct Args {
    /// Address to listen on; port 0 picks a free port.
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: String,
    /// Project id expected in every path (/v2/{project_id}/...).
    #[arg(long, default_value = dis_local::DEFAULT_PROJECT_ID)]
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
    /// records, same cursor).
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
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let mut builder = dis_local::Server::builder()
        .bind(args.listen)
        .project_id(args.project_id)
        .cursor_ttl(Duration::from_secs(args.cursor_ttl_secs))
        .enforce_limits(args.enforce_limits);
    if let (Some(ak), Some(sk)) = (args.access_key, args.secret_key) {
        builder = builder.credentials(ak, sk);
    }
    if let Some(dir) = args.data_dir {
        builder = builder.data_dir(dir);
    }
    if let Some(token) = args.token {
        builder = builder.token(token);
    }
    if let Some(plan) = args.faults {
        // One line per injected fault (the `dis_local::faults` events at INFO).
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_max_level(tracing::Level::INFO)
            .with_ansi(false)
            .init();
        builder = builder.faults(plan);
    }
    let handle = builder.start().await?;
    println!(
        "dis-local listening on {} (endpoint {})",
        handle.base_url(),
        handle.endpoint()
    );
    tokio::signal::ctrl_c().await?;
    handle.shutdown().await;
    Ok(())
}
