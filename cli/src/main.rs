//! `dis`: the command-line tool for the Data Ingestion Service (DIS) v2 of Open Telekom Cloud.
//!
//! A binary only: every module is private, and the help texts are its documentation. It
//! talks to DIS through the public API of the `otc-dis` crate alone. Golden files under
//! `tests/golden/` are rewritten with `EXPECTORATE=overwrite cargo test -p dis-cli`.

mod args;
mod commands;
mod config;
mod errors;
mod logging;
mod output;
mod views;

use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Format};
use crate::errors::Failure;

fn main() -> ExitCode {
    let args = args::rewrite_legacy(std::env::args().collect());
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version on stdout (exit 0), usage errors on stderr (exit 2).
            let _ = error.print();
            return ExitCode::from(error.exit_code() as u8);
        }
    };
    logging::init(cli.global.verbose, cli.global.debug);
    let json_errors = matches!(cli.global.output, Format::Json | Format::Ndjson);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            Failure::Io("starting the runtime".into(), error).report(false);
            return ExitCode::from(errors::exit::SERVICE);
        }
    };
    // `record tail` and `record put` handle Ctrl-C (and SIGTERM) themselves: tail commits
    // and prints where to resume, put delivers what is queued and reports what was not.
    let own_interrupt = matches!(
        cli.command,
        args::Command::Record(args::RecordCmd::Tail(_) | args::RecordCmd::Put(_))
    );
    let outcome = runtime.block_on(async {
        if own_interrupt {
            return commands::run(cli).await;
        }
        tokio::select! {
            outcome = commands::run(cli) => outcome,
            _ = commands::interrupted() => Err(Failure::Interrupted(
                "stopped before the command finished; what was sent may have been applied".into(),
            )),
        }
    });
    // Requests still running are abandoned, not awaited: Ctrl-C means now.
    runtime.shutdown_background();
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            failure.report(json_errors);
            ExitCode::from(failure.exit_code())
        }
    }
}
