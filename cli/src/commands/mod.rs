//! One module per noun; each command turns its arguments into library calls and rows.

mod api;
mod app;
mod cursor;
mod dump;
mod meta;
mod progress;
mod put;
mod put_input;
mod source;
mod stream;
mod tail;

use otc_dis::Client;

use crate::args::{Cli, Command, Global};
use crate::errors::{CliResult, Failure};
use crate::output::Printer;

/// What every command gets: the global flags and the printer.
pub struct Ctx {
    pub global: Global,
    pub printer: Printer,
}

impl Ctx {
    pub async fn client(&self) -> CliResult<Client> {
        crate::config::connect(&self.global).await
    }
}

pub async fn run(cli: Cli) -> CliResult {
    let printer = Printer::new(cli.global.output, cli.global.columns.clone());
    let ctx = Ctx {
        global: cli.global,
        printer,
    };
    match cli.command {
        Command::Stream(cmd) => stream::run(&ctx, cmd).await,
        Command::Partition(cmd) => stream::partition(&ctx, cmd).await,
        Command::App(cmd) => app::run(&ctx, cmd).await,
        Command::Checkpoint(cmd) => app::checkpoint(&ctx, cmd).await,
        Command::Record(cmd) => match cmd {
            crate::args::RecordCmd::Put(args) => put::run(&ctx, args).await,
            crate::args::RecordCmd::Tail(args) => tail::run(&ctx, args).await,
            crate::args::RecordCmd::Template => put::template(),
        },
        Command::Cursor(cmd) => cursor::run(&ctx, cmd).await,
        Command::Dump(cmd) => dump::run(&ctx, cmd).await,
        Command::Api(args) => api::run(&ctx, args).await,
        Command::Config(crate::args::ConfigCmd::Show) => {
            crate::config::show(&ctx.global, &ctx.printer)
        }
        Command::Completion { shell } => meta::completion(shell),
        Command::Docs => meta::docs(),
    }
}

/// Ctrl-C (SIGINT), or SIGTERM as `timeout` and service managers send it.
pub async fn interrupted() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Runs `action` for every name; reports each failure, and fails with a count when any did.
pub async fn for_each<F, Fut>(what: &str, names: &[String], mut action: F) -> CliResult
where
    F: FnMut(String) -> Fut,
    Fut: std::future::Future<Output = otc_dis::Result<()>>,
{
    let mut failed = 0;
    let mut last = None;
    for name in names {
        match action(name.clone()).await {
            Ok(()) => crate::output::status(format!("{what} {name}")),
            Err(error) => {
                failed += 1;
                if names.len() > 1 {
                    Failure::Dis(error).report(false);
                } else {
                    last = Some(error);
                }
            }
        }
    }
    match (failed, last) {
        (0, _) => Ok(()),
        (_, Some(error)) => Err(Failure::Dis(error)),
        (n, None) => Err(Failure::Partial(format!("{n} of {} failed", names.len()))),
    }
}

/// `KEY=VALUE` into its parts.
pub fn key_value(text: &str) -> CliResult<(String, String)> {
    text.split_once('=')
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .ok_or_else(|| Failure::Usage(format!("`{text}` is not KEY=VALUE")))
}
