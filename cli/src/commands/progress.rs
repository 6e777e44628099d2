//! Progress bars on stderr, only when stderr is a terminal (hidden otherwise).

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A bar over `total_bytes` with the record count in its message; a counter when the
/// total is not known (stdin).
pub fn bytes_bar(total_bytes: Option<u64>) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let template = match total_bytes {
        Some(_) => {
            "[{elapsed_precise}] [{wide_bar}] {bytes}/{total_bytes} {msg} ({bytes_per_sec}, {eta})"
        }
        None => "[{elapsed_precise}] {spinner} {bytes} {msg} ({bytes_per_sec})",
    };
    let bar = ProgressBar::with_draw_target(total_bytes, ProgressDrawTarget::stderr());
    bar.set_style(ProgressStyle::with_template(template).expect("a valid template"));
    bar
}

/// A counter of records and bytes for downloads of unknown length; only when stderr is a
/// terminal and stdout is not (records on a terminal and a bar would overwrite each other).
pub fn download_spinner() -> ProgressBar {
    if !std::io::stderr().is_terminal() || std::io::stdout().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "[{elapsed_precise}] {spinner} {bytes} {msg} ({bytes_per_sec})",
        )
        .expect("a valid template"),
    );
    bar
}
