//! What dis-local costs to run: ingest rate with and without `--data-dir`, restart time
//! with a large store, resident memory under idle and half-sent connections, and the
//! rates `--enforce-limits` lets through. Results go to BENCHMARKS.md.
//!
//! ```text
//! cargo bench -p dis-local --bench server                 # everything
//! cargo bench -p dis-local --bench server -- ingest       # one part: ingest, restart, connections, limits
//! BENCH_RESTART_MIB=1024 cargo bench -p dis-local --bench server -- restart
//! ```
//!
//! Only loopback is used; every loop is bounded in count and time.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use dis_local::engine::records::{PutRecord, PutRecords};
use dis_local::engine::streams::{CreateStream, StreamType};
use dis_local::engine::{Engine, EngineConfig};
use serde_json::{Value, json};

const MIB: f64 = 1024.0 * 1024.0;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Sends `requests` PutRecords of `batch` records of `size` bytes, `parallel` at a time,
/// and answers records per second.
async fn ingest(
    endpoint: &str,
    requests: usize,
    batch: usize,
    size: usize,
    parallel: usize,
) -> f64 {
    let http = reqwest::Client::new();
    let data = STANDARD.encode(vec![7u8; size]);
    let records: Vec<Value> = (0..batch).map(|_| json!({"data": data})).collect();
    let body = json!({"stream_name": "bench", "records": records}).to_string();
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for worker in 0..parallel {
        let (http, body, url) = (http.clone(), body.clone(), format!("{endpoint}/records"));
        let mine = requests / parallel + usize::from(worker < requests % parallel);
        tasks.spawn(async move {
            for _ in 0..mine {
                let answer = http
                    .post(&url)
                    .header("content-type", "application/json")
                    .body(body.clone())
                    .send()
                    .await
                    .expect("answered");
                assert_eq!(answer.status(), 200);
                let v: Value = answer.json().await.expect("JSON");
                assert_eq!(v["failed_record_count"], 0);
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.expect("worker");
    }
    (requests * batch) as f64 / started.elapsed().as_secs_f64()
}

async fn create_stream(endpoint: &str, partitions: u32, stream_type: &str) {
    let answer = reqwest::Client::new()
        .post(format!("{endpoint}/streams"))
        .json(&json!({"stream_name": "bench", "partition_count": partitions, "stream_type": stream_type}))
        .send()
        .await
        .expect("answered");
    assert_eq!(answer.status(), 201);
}

async fn bench_ingest() {
    let requests = env_usize("BENCH_REQUESTS", 2000);
    let batch = 100;
    let size = 1024;
    for durable in [false, true] {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut builder = dis_local::Server::builder().project_id("bench");
        if durable {
            builder = builder.data_dir(dir.path());
        }
        let dis = builder.start().await.expect("starts");
        create_stream(&dis.endpoint(), 4, "COMMON").await;
        for (parallel, label) in [(1, "1 client"), (8, "8 clients")] {
            let rate = ingest(&dis.endpoint(), requests, batch, size, parallel).await;
            println!(
                "ingest {} {label}: {requests} requests x {batch} records x {size} B: {rate:.0} records/s ({:.1} MiB/s, {:.0} requests/s)",
                if durable { "--data-dir" } else { "in memory" },
                rate * size as f64 / MIB,
                rate / batch as f64
            );
        }
        dis.shutdown().await;
    }
}

fn bench_restart() {
    let mib = env_usize("BENCH_RESTART_MIB", 1024);
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut e = Engine::open(EngineConfig::default(), dir.path()).expect("opens");
        e.create_stream(CreateStream {
            stream_type: Some(StreamType::Common),
            ..CreateStream::new("bench", 4)
        })
        .expect("stream");
        let started = Instant::now();
        // 1 MiB per request in 1,024 records of 1 KiB, one commit per request, as the
        // server does.
        for _ in 0..mib {
            let records = (0..1024).map(|_| PutRecord::new(vec![7u8; 1024])).collect();
            e.put_records(PutRecords::new("bench", records))
                .expect("put");
            e.commit().expect("commit");
        }
        println!(
            "restart: wrote {mib} MiB in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    let file = dir.path().join(dis_local::engine::store::FILE_NAME);
    let bytes = std::fs::metadata(&file).expect("file").len();
    let started = Instant::now();
    let mut e = Engine::open(EngineConfig::default(), dir.path()).expect("reopens");
    let took = started.elapsed();
    let stored: u64 = e
        .show_stream("bench", None, None)
        .expect("stream")
        .partitions
        .iter()
        .map(|p| p.latest_offset - p.earliest_offset)
        .sum();
    println!(
        "restart: opened {:.0} MiB file ({stored} records of 1 KiB) in {:.2} s",
        bytes as f64 / MIB,
        took.as_secs_f64()
    );
}

fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .expect("status")
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmRSS")
}

/// Starts the binary and answers it with its `host:port`.
fn spawn(args: &[&str]) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dis-local"))
        .args(["--listen", "127.0.0.1:0"])
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .expect("dis-local starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("ready line");
    let addr = line
        .split_whitespace()
        .find_map(|w| w.strip_prefix("http://"))
        .expect("address")
        .to_owned();
    (child, addr)
}

/// Waits (at most 20 s) until the server's open connections are gone and RSS stops
/// falling; answers the RSS then.
fn settle(pid: u32, base: u64) -> u64 {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut last = rss_kib(pid);
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_secs(1));
        let now = rss_kib(pid);
        if now <= base + 1024 || (now == last && open_sockets(pid) <= 1) {
            return now;
        }
        last = now;
    }
    last
}

/// TCP sockets the process has open (the listener counts one).
fn open_sockets(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| {
                    std::fs::read_link(e.path())
                        .is_ok_and(|l| l.to_string_lossy().starts_with("socket:"))
                })
                .count()
        })
        .unwrap_or(0)
}

fn bench_connections() {
    let idle = env_usize("BENCH_IDLE", 1000);
    let (mut child, addr) = spawn(&["--header-timeout-secs", "5", "--body-timeout-secs", "5"]);
    let pid = child.id();
    std::thread::sleep(Duration::from_millis(300));
    let base = rss_kib(pid);
    let conns: Vec<TcpStream> = (0..idle)
        .map(|_| TcpStream::connect(&addr).expect("connects"))
        .collect();
    std::thread::sleep(Duration::from_millis(1000));
    let with_idle = rss_kib(pid);
    println!(
        "connections: RSS {} KiB at rest, {} KiB with {idle} idle connections ({:.1} KiB each)",
        base,
        with_idle,
        (with_idle.saturating_sub(base)) as f64 / idle as f64
    );
    drop(conns);
    settle(pid, base);

    // Half-sent request heads, more than --max-connections (1024): the rest wait in the
    // backlog, and all are closed by the header timeout.
    let heads = env_usize("BENCH_HALF_HEADS", 2000);
    let conns: Vec<TcpStream> = (0..heads)
        .filter_map(|_| {
            let mut s = TcpStream::connect(&addr).ok()?;
            s.write_all(b"POST /v2/x/records HTTP/1.1\r\nhost: x\r\ncontent-le")
                .ok()?;
            Some(s)
        })
        .collect();
    std::thread::sleep(Duration::from_millis(1000));
    let with_heads = rss_kib(pid);
    let after = settle(pid, base);
    println!(
        "connections: RSS {with_heads} KiB with {} half-sent request heads, {after} KiB after the header timeout closed them",
        conns.len()
    );
    drop(conns);

    // Half-sent requests: the head and part of a 10 MiB body, then nothing.
    let half = env_usize("BENCH_HALF_SENT", 30);
    let chunk = vec![b'x'; 4 << 20];
    let mut held = Vec::new();
    for _ in 0..half {
        let mut s = TcpStream::connect(&addr).expect("connects");
        let head = "POST /v2/0123456789abcdef0123456789abcdef/records HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 10485760\r\n\r\n";
        s.write_all(head.as_bytes()).expect("head");
        s.write_all(&chunk).expect("part of the body");
        held.push(s);
    }
    std::thread::sleep(Duration::from_millis(1000));
    let with_half = rss_kib(pid);
    let after = settle(pid, base);
    println!(
        "connections: RSS {with_half} KiB with {half} half-sent 10 MiB bodies (4 MiB sent each), {after} KiB after they timed out"
    );
    drop(held);
    let _ = child.kill();
    let _ = child.wait();
}

async fn bench_limits() {
    let clock_secs = env_usize("BENCH_LIMIT_SECS", 5) as u64;
    let dis = dis_local::Server::builder()
        .project_id("bench")
        .enforce_limits(true)
        .start()
        .await
        .expect("starts");
    create_stream(&dis.endpoint(), 1, "COMMON").await;
    let http = reqwest::Client::new();
    for (size, batch, label) in [(64 * 1024, 15, "bytes"), (16, 500, "records")] {
        let data = STANDARD.encode(vec![1u8; size]);
        let records: Vec<Value> = (0..batch).map(|_| json!({"data": data})).collect();
        let body = json!({"stream_name": "bench", "records": records}).to_string();
        let started = Instant::now();
        let (mut stored, mut refused) = (0u64, 0u64);
        while started.elapsed() < Duration::from_secs(clock_secs) {
            let v: Value = http
                .post(format!("{}/records", dis.endpoint()))
                .header("content-type", "application/json")
                .body(body.clone())
                .send()
                .await
                .expect("answered")
                .json()
                .await
                .expect("JSON");
            let failed = v["failed_record_count"].as_u64().unwrap_or(batch as u64);
            stored += batch as u64 - failed;
            refused += failed;
        }
        let secs = started.elapsed().as_secs_f64();
        println!(
            "limits: COMMON partition, {label}: stored {:.0} records/s, {:.2} MiB/s over {secs:.1} s ({refused} records refused with DIS.4303)",
            stored as f64 / secs,
            stored as f64 * size as f64 / MIB / secs
        );
    }
    dis.shutdown().await;
}

#[tokio::main]
async fn main() {
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let wants = |part: &str| only.is_empty() || only.iter().any(|o| o == part);
    if wants("ingest") {
        bench_ingest().await;
    }
    if wants("restart") {
        tokio::task::spawn_blocking(bench_restart)
            .await
            .expect("restart");
    }
    if wants("connections") {
        tokio::task::spawn_blocking(bench_connections)
            .await
            .expect("connections");
    }
    if wants("limits") {
        bench_limits().await;
    }
}
