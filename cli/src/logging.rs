//! Log lines on stderr: `-v` info, `-vv` or `--debug` debug, of the client and the tool.
//!
//! The client library logs one line per call and per retry, with operation, method, path,
//! status, duration and request id, and never a secret (no header or body is logged).

use tracing_subscriber::filter::{LevelFilter, Targets};
use tracing_subscriber::prelude::*;

pub fn init(verbose: u8, debug: bool) {
    let level = match (verbose, debug) {
        (_, true) | (2.., _) => LevelFilter::DEBUG,
        (1, _) => LevelFilter::INFO,
        _ => LevelFilter::WARN,
    };
    let filter = Targets::new()
        .with_target("otc_dis", level)
        .with_target("dis", level);
    tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_ansi(false)
                .with_filter(filter),
        )
        .init();
}
