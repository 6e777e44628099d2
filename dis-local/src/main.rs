//! `dis-local`: run the DIS emulator as a process.
//!
//! ```text
//! dis-local --listen 127.0.0.1:8080 [--project-id ID] [--access-key AK --secret-key SK] [--token TOKEN]
//! ```
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
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let mut builder = dis_local::Server::builder()
        .bind(args.listen)
        .project_id(args.project_id)
        .cursor_ttl(Duration::from_secs(args.cursor_ttl_secs));
    if let (Some(ak), Some(sk)) = (args.access_key, args.secret_key) {
        builder = builder.credentials(ak, sk);
    }
    if let Some(token) = args.token {
        builder = builder.token(token);
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
