//! The `dis-local` binary prints its URL when ready and serves requests.

use crate::common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[tokio::test]
async fn binary_prints_url_and_serves() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dis-local"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--project-id",
            "bin-proj",
            "--token",
            "tok",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let line = tokio::task::spawn_blocking(move || {
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).map(|_| line)
    })
    .await
    .expect("reader")
    .expect("a line");
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .expect("URL in the ready line")
        .to_owned();
    let http = common::http();
    let url = format!("{base}/v2/bin-proj/streams");
    let denied = http.get(&url).send().await.expect("answer");
    assert_eq!(denied.status().as_u16(), 401);
    let ok = http
        .get(&url)
        .header("X-Auth-Token", "tok")
        .send()
        .await
        .expect("answer");
    assert_eq!(ok.status().as_u16(), 200);
    child.kill().expect("kill");
    child.wait().expect("wait");
}
