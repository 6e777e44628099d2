//! The server as a long-running process: health endpoints, read timeouts, the connection
//! and body-memory caps, graceful shutdown on SIGTERM and JSON logs. Waits are bounded;
//! nothing asserts how long something took.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use dis_local::faults::FaultPlan;
use dis_local::{Handle, ServeLimits, Server};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const BOUND: Duration = Duration::from_secs(20);

fn short_timeouts() -> ServeLimits {
    ServeLimits {
        header_timeout: Duration::from_millis(300),
        body_timeout: Duration::from_millis(300),
        ..Default::default()
    }
}

/// Reads until the server closes the connection (bounded), answering what it sent.
async fn read_until_closed(conn: &mut TcpStream) -> String {
    let mut out = Vec::new();
    tokio::time::timeout(BOUND, conn.read_to_end(&mut out))
        .await
        .expect("the server closes the connection")
        .ok();
    String::from_utf8_lossy(&out).into_owned()
}

/// Polls `f` until it holds (bounded).
async fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + BOUND;
    while !f() {
        assert!(tokio::time::Instant::now() < deadline, "never: {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn put_head(h: &Handle, len: usize) -> String {
    format!(
        "POST /v2/{}/records HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {len}\r\n\r\n",
        h.project_id()
    )
}

#[tokio::test]
async fn health_endpoints_need_no_auth_and_see_no_faults() {
    let h = Server::builder()
        .token("secret")
        .faults(FaultPlan::new(1).rate(1.0))
        .start()
        .await
        .unwrap();
    let http = reqwest::Client::new();
    for (path, status) in [("live", "live"), ("ready", "ready")] {
        let answer = http
            .get(format!("{}/health/{path}", h.base_url()))
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200);
        assert_eq!(
            answer.json::<Value>().await.unwrap(),
            json!({"status": status})
        );
    }
    // The DIS API still wants the token.
    let denied = http
        .get(format!("{}/streams", h.endpoint()))
        .send()
        .await
        .unwrap();
    assert_ne!(denied.status(), 200);
    assert!(
        h.fault_log()
            .entries
            .iter()
            .all(|e| !e.path.starts_with("/health"))
    );
}

#[tokio::test]
async fn half_sent_heads_and_bodies_are_closed_after_the_timeouts() {
    let h = Server::builder()
        .serve_limits(short_timeouts())
        .start()
        .await
        .unwrap();
    let mut heads = Vec::new();
    let mut bodies = Vec::new();
    for _ in 0..50 {
        let mut c = TcpStream::connect(h.local_addr()).await.unwrap();
        c.write_all(b"POST /v2/x/records HTTP/1.1\r\nhost: x\r\ncontent-le")
            .await
            .unwrap();
        heads.push(c);
        let mut c = TcpStream::connect(h.local_addr()).await.unwrap();
        c.write_all(put_head(&h, 100_000).as_bytes()).await.unwrap();
        c.write_all(&[b' '; 50_000]).await.unwrap();
        bodies.push(c);
    }
    for mut c in heads {
        let answer = read_until_closed(&mut c).await;
        assert!(!answer.contains(" 200 "), "{answer}");
    }
    for mut c in bodies {
        let answer = read_until_closed(&mut c).await;
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
        assert!(answer.contains("\"errorCode\":\"DIS.4200\""), "{answer}");
    }
    eventually("all connections released", || h.open_connections() == 0).await;
    assert_eq!(h.body_memory_in_use(), 0);
    // The server still serves.
    let ok = reqwest::get(format!("{}/streams", h.endpoint()))
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
}

#[tokio::test]
async fn connections_beyond_the_cap_wait_for_a_free_slot() {
    let h = Server::builder()
        .serve_limits(ServeLimits {
            max_connections: 1,
            ..Default::default()
        })
        .start()
        .await
        .unwrap();
    let get = format!(
        "GET /v2/{}/streams HTTP/1.1\r\nhost: x\r\n\r\n",
        h.project_id()
    );
    let mut first = TcpStream::connect(h.local_addr()).await.unwrap();
    first.write_all(get.as_bytes()).await.unwrap();
    let mut buf = [0u8; 4096];
    let n = first.read(&mut buf).await.unwrap();
    assert!(buf[..n].starts_with(b"HTTP/1.1 200"));
    assert_eq!(h.open_connections(), 1);

    let mut second = TcpStream::connect(h.local_addr()).await.unwrap();
    let closing = get.replace("host: x\r\n", "host: x\r\nconnection: close\r\n");
    second.write_all(closing.as_bytes()).await.unwrap();
    // The first connection keeps its slot and is served again; the second is not taken.
    first.write_all(get.as_bytes()).await.unwrap();
    let n = first.read(&mut buf).await.unwrap();
    assert!(buf[..n].starts_with(b"HTTP/1.1 200"));
    assert_eq!(h.open_connections(), 1);
    drop(first);
    let answer = read_until_closed(&mut second).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
}

#[tokio::test]
async fn bodies_beyond_the_memory_cap_are_refused_until_memory_is_free() {
    let h = Server::builder()
        .serve_limits(ServeLimits {
            max_body_memory: 1 << 20,
            ..Default::default()
        })
        .start()
        .await
        .unwrap();
    let create = json!({"stream_name": "s", "partition_count": 1}).to_string();
    let http = reqwest::Client::new();
    let created = http
        .post(format!("{}/streams", h.endpoint()))
        .body(create)
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);

    // A slow upload holds 600 KiB of a 700 KiB body.
    let padded = |len: usize| {
        let body = json!({"stream_name": "s", "records": [{"data": "AA=="}]}).to_string();
        format!("{body}{}", " ".repeat(len - body.len()))
    };
    let slow = padded(700 * 1024);
    let mut upload = TcpStream::connect(h.local_addr()).await.unwrap();
    upload
        .write_all(put_head(&h, slow.len()).as_bytes())
        .await
        .unwrap();
    upload
        .write_all(&slow.as_bytes()[..600 * 1024])
        .await
        .unwrap();
    eventually("the slow body is held", || {
        h.body_memory_in_use() >= 600 * 1024
    })
    .await;

    // Another 500 KiB body does not fit beside it.
    let refused = http
        .post(format!("{}/records", h.endpoint()))
        .body(padded(500 * 1024))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 429);
    assert_eq!(
        refused.json::<Value>().await.unwrap()["errorCode"],
        "APIGW.0308"
    );

    // The slow upload completes and is stored; then there is room again.
    upload
        .write_all(&slow.as_bytes()[600 * 1024..])
        .await
        .unwrap();
    let mut buf = vec![0u8; 4096];
    let n = upload.read(&mut buf).await.unwrap();
    assert!(
        buf[..n].starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&buf[..n])
    );
    eventually("the memory is released", || h.body_memory_in_use() == 0).await;
    let stored = http
        .post(format!("{}/records", h.endpoint()))
        .body(padded(500 * 1024))
        .send()
        .await
        .unwrap();
    assert_eq!(stored.status(), 200);
}

/// A running binary, killed when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn(dir: &Path, extra: &[&str]) -> (Running, String) {
    let child = Command::new(env!("CARGO_BIN_EXE_dis-local"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--project-id",
            "proj",
            "--data-dir",
        ])
        .arg(dir)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dis-local starts");
    let mut child = Running(child);
    let mut line = String::new();
    BufReader::new(child.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split_whitespace()
        .find_map(|w| w.strip_prefix("http://"))
        .expect("address")
        .to_owned();
    (child, addr)
}

fn sigterm(child: &Running) {
    let status = Command::new("kill")
        .args(["-TERM", &child.0.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

async fn wait_exit(child: &mut Running) -> std::process::ExitStatus {
    let deadline = tokio::time::Instant::now() + BOUND;
    loop {
        if let Some(status) = child.0.try_wait().unwrap() {
            return status;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "dis-local never exited"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn sigterm_finishes_the_request_in_flight_and_keeps_its_record() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, addr) = spawn(
        dir.path(),
        &["--log-format", "json", "--log-level", "debug"],
    );
    let http = reqwest::Client::new();
    let created = http
        .post(format!("http://{addr}/v2/proj/streams"))
        .json(&json!({"stream_name": "s", "partition_count": 1}))
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);

    let body = json!({"stream_name": "s", "records": [{"data": "aW4gZmxpZ2h0"}]}).to_string();
    let mut upload = TcpStream::connect(&addr).await.unwrap();
    let head = format!(
        "POST /v2/proj/records HTTP/1.1\r\nhost: x\r\ncontent-length: {}\r\n\r\n",
        body.len()
    );
    upload.write_all(head.as_bytes()).await.unwrap();
    upload.write_all(&body.as_bytes()[..10]).await.unwrap();
    sigterm(&child);
    // Shutdown has begun once new connections are refused.
    let deadline = tokio::time::Instant::now() + BOUND;
    while TcpStream::connect(&addr).await.is_ok() {
        assert!(tokio::time::Instant::now() < deadline, "still accepting");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    upload.write_all(&body.as_bytes()[10..]).await.unwrap();
    let answer = read_until_closed(&mut upload).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"sequence_number\":\"0\""), "{answer}");
    let status = wait_exit(&mut child).await;
    assert_eq!(status.code(), Some(0));

    // Every stderr line is a JSON object; the request and the shutdown were logged.
    let mut logs = String::new();
    std::io::Read::read_to_string(&mut child.0.stderr.take().unwrap(), &mut logs).unwrap();
    let lines: Vec<Value> = logs
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert!(
        lines
            .iter()
            .all(|l| l["level"].is_string() && l["timestamp"].is_string())
    );
    assert!(lines.iter().any(|l| l["signal"] == "SIGTERM"), "{logs}");
    assert!(
        lines
            .iter()
            .any(|l| l["path"] == "/v2/proj/records" && l["status"] == 200),
        "{logs}"
    );

    let (_child, addr) = spawn(dir.path(), &[]);
    let c = http
        .get(format!("http://{addr}/v2/proj/cursors"))
        .query(&[
            ("stream-name", "s"),
            ("partition-id", "0"),
            ("cursor-type", "TRIM_HORIZON"),
        ])
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let page = http
        .get(format!("http://{addr}/v2/proj/records"))
        .query(&[("partition-cursor", c["partition_cursor"].as_str().unwrap())])
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(page["records"][0]["data"], "aW4gZmxpZ2h0");
}

#[test]
fn command_line_errors_are_one_line_with_the_exit_code() {
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_dis-local"))
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let (code, err) = run(&["--listen", &addr]);
    assert_eq!(code, Some(1));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(&format!("cannot listen on {addr}")), "{err}");
    assert!(err.contains("in use"), "{err}");

    let (code, err) = run(&["--listen", "127.0.0.1:0", "--log-format", "xml"]);
    assert_eq!(code, Some(2));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("'xml'") && err.contains("--log-format"),
        "{err}"
    );
}
