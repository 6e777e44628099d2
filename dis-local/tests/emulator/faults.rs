//! Fault injection: every kind answers exactly as documented, the fate log says what was
//! applied, and plans are deterministic. Loopback only; every test is bounded in time.

use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use dis_local::faults::{Fate, FateEntry, Fault, FaultPlan};
use dis_local::{Handle, Server};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const PROJECT: &str = "proj";

/// Runs a test body with a time limit.
async fn bounded<F: Future<Output = ()>>(secs: u64, body: F) {
    tokio::time::timeout(Duration::from_secs(secs), body)
        .await
        .expect("the test finishes in time");
}

struct Dis {
    handle: Handle,
    http: reqwest::Client,
}

impl Dis {
    /// An emulator with `plan` and a stream `s` of `partitions` partitions (created with
    /// faults paused).
    async fn start(plan: FaultPlan, partitions: u32) -> Self {
        let handle = Server::builder()
            .project_id(PROJECT)
            .faults(plan)
            .start()
            .await
            .expect("server starts");
        let dis = Self {
            handle,
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(10))
                .build()
                .unwrap(),
        };
        dis.handle.set_faults_active(false);
        let created = dis
            .http
            .post(dis.url("/streams"))
            .json(&json!({"stream_name": "s", "partition_count": partitions}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), 201);
        dis.handle.set_faults_active(true);
        dis
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.handle.endpoint())
    }

    fn addr(&self) -> SocketAddr {
        self.handle.local_addr()
    }

    async fn put(&self, payloads: &[&str]) -> reqwest::Result<reqwest::Response> {
        self.http
            .post(self.url("/records"))
            .json(&put_body(payloads))
            .send()
            .await
    }

    /// Every record of partition `partition`, read with faults paused.
    async fn read_all(&self, partition: u32) -> Vec<Vec<u8>> {
        self.handle.set_faults_active(false);
        let cursor: Value = self
            .http
            .get(self.url("/cursors"))
            .query(&[
                ("stream-name", "s"),
                ("partition-id", &partition.to_string()),
                ("cursor-type", "TRIM_HORIZON"),
            ])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let mut cursor = cursor["partition_cursor"].as_str().unwrap().to_owned();
        let mut out = Vec::new();
        loop {
            let page: Value = self
                .http
                .get(self.url("/records"))
                .query(&[("partition-cursor", cursor.as_str()), ("limit", "10000")])
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            let records = page["records"].as_array().unwrap();
            if records.is_empty() {
                break;
            }
            for r in records {
                out.push(STANDARD.decode(r["data"].as_str().unwrap()).unwrap());
            }
            cursor = page["next_partition_cursor"].as_str().unwrap().to_owned();
        }
        self.handle.set_faults_active(true);
        out
    }

    async fn cursor(&self) -> String {
        let v: Value = self
            .http
            .get(self.url("/cursors"))
            .query(&[
                ("stream-name", "s"),
                ("partition-id", "0"),
                ("cursor-type", "TRIM_HORIZON"),
            ])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        v["partition_cursor"].as_str().unwrap().to_owned()
    }

    /// The log entries of PutRecords requests.
    fn puts(&self) -> Vec<FateEntry> {
        self.handle
            .fault_log()
            .entries
            .into_iter()
            .filter(|e| e.operation == Some("put_records"))
            .collect()
    }

    fn only_put(&self) -> FateEntry {
        let mut puts = self.puts();
        assert_eq!(puts.len(), 1, "{puts:?}");
        puts.remove(0)
    }
}

fn put_body(payloads: &[&str]) -> Value {
    json!({
        "stream_name": "s",
        "records": payloads.iter().map(|p| json!({"data": STANDARD.encode(p)})).collect::<Vec<_>>(),
    })
}

fn bytes(payloads: &[&str]) -> Vec<Vec<u8>> {
    payloads.iter().map(|p| p.as_bytes().to_vec()).collect()
}

/// Plan: every PutRecords gets `fault`, nothing else does.
fn on_puts(fault: Fault) -> FaultPlan {
    FaultPlan::new(1).probability_on("put_records", fault, 1.0)
}

/// Sends a raw HTTP/1.1 request and reads until the server ends the connection.
async fn raw_exchange(addr: SocketAddr, method: &str, path: &str, body: &str) -> Vec<u8> {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "{method} /v2/{PROJECT}{path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf))
            .await
            .expect("the server ends the connection");
        match read {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) => panic!("read failed: {e}"),
        }
    }
    out
}

fn assert_stored(entry: &FateEntry, payloads: &[&str]) {
    let data: Vec<Vec<u8>> = entry.records.iter().map(|r| r.data.clone()).collect();
    assert_eq!(data, bytes(payloads));
    for (i, r) in entry.records.iter().enumerate() {
        let at = r.stored.as_ref().expect("stored");
        assert_eq!(at.partition_id, "shardId-0000000000");
        assert_eq!(at.sequence_number, i as u64);
    }
}

fn assert_nothing_stored(entry: &FateEntry, payloads: &[&str]) {
    let data: Vec<Vec<u8>> = entry.records.iter().map(|r| r.data.clone()).collect();
    assert_eq!(data, bytes(payloads));
    assert!(
        entry.records.iter().all(|r| r.stored.is_none()),
        "{entry:?}"
    );
}

#[tokio::test]
async fn server_error_before_apply_stores_nothing() {
    bounded(30, async {
        let dis = Dis::start(on_puts(Fault::ServerErrorBeforeApply), 1).await;
        let answer = dis.put(&["a", "b"]).await.unwrap();
        assert_eq!(answer.status(), 500);
        let body: Value = answer.json().await.unwrap();
        assert_eq!(body["errorCode"], "DIS.5000");
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .starts_with("System error.")
        );
        let entry = dis.only_put();
        assert_eq!(entry.fault, Some(Fault::ServerErrorBeforeApply));
        assert_eq!(entry.fate, Fate::NotApplied);
        assert_eq!((entry.status, entry.engine_status), (Some(500), None));
        assert_nothing_stored(&entry, &["a", "b"]);
        assert!(dis.read_all(0).await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn server_error_after_apply_stores_the_records() {
    bounded(30, async {
        let dis = Dis::start(on_puts(Fault::ServerErrorAfterApply), 1).await;
        let answer = dis.put(&["a", "b"]).await.unwrap();
        assert_eq!(answer.status(), 500);
        let body: Value = answer.json().await.unwrap();
        assert_eq!(body["errorCode"], "DIS.5000");
        let entry = dis.only_put();
        assert_eq!(entry.fault, Some(Fault::ServerErrorAfterApply));
        assert_eq!(entry.fate, Fate::AppliedUnanswered);
        assert_eq!((entry.status, entry.engine_status), (Some(500), Some(200)));
        assert_stored(&entry, &["a", "b"]);
        assert_eq!(dis.read_all(0).await, bytes(&["a", "b"]));
    })
    .await;
}

#[tokio::test]
async fn an_engine_error_after_apply_is_not_applied() {
    bounded(30, async {
        let dis = Dis::start(on_puts(Fault::ServerErrorAfterApply), 1).await;
        let body = json!({"stream_name": "missing", "records": [{"data": "YQ=="}]});
        let answer = dis
            .http
            .post(dis.url("/records"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 500);
        let entry = dis.only_put();
        assert_eq!(entry.fate, Fate::NotApplied);
        assert_eq!(entry.engine_status, Some(400));
    })
    .await;
}

#[tokio::test]
async fn throttle_429_answers_like_the_api_gateway() {
    bounded(30, async {
        let dis = Dis::start(on_puts(Fault::Throttle429), 1).await;
        let answer = dis.put(&["a"]).await.unwrap();
        assert_eq!(answer.status(), 429);
        let body: Value = answer.json().await.unwrap();
        assert_eq!(
            body,
            json!({"error_code": "APIGW.0308", "error_msg": "The request is throttled"})
        );
        let entry = dis.only_put();
        assert_eq!(
            (entry.fault, entry.fate, entry.status),
            (Some(Fault::Throttle429), Fate::NotApplied, Some(429))
        );
        assert_nothing_stored(&entry, &["a"]);
        assert!(dis.read_all(0).await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn throttle_dis4303_refuses_the_whole_request() {
    bounded(30, async {
        let dis = Dis::start(on_puts(Fault::ThrottleDis4303), 1).await;
        let answer = dis.put(&["a", "b"]).await.unwrap();
        assert_eq!(answer.status(), 400);
        let body: Value = answer.json().await.unwrap();
        assert_eq!(
            body,
            json!({"errorCode": "DIS.4303", "message": "Exceeded traffic control limit."})
        );
        let entry = dis.only_put();
        assert_eq!(
            (entry.fault, entry.fate, entry.status),
            (Some(Fault::ThrottleDis4303), Fate::NotApplied, Some(400))
        );
        assert_nothing_stored(&entry, &["a", "b"]);
        assert!(dis.read_all(0).await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn partial_throttle_stores_only_the_other_records() {
    bounded(30, async {
        let dis = Dis::start(on_puts(Fault::PartialThrottle), 1).await;
        let payloads: Vec<String> = (0..20).map(|i| format!("r{i}")).collect();
        let refs: Vec<&str> = payloads.iter().map(String::as_str).collect();
        let answer = dis.put(&refs).await.unwrap();
        assert_eq!(answer.status(), 200);
        let body: Value = answer.json().await.unwrap();
        let results = body["records"].as_array().unwrap();
        assert_eq!(results.len(), 20);
        let refused: Vec<usize> = (0..20)
            .filter(|i| results[*i]["error_code"] == "DIS.4303")
            .collect();
        assert!(!refused.is_empty() && refused.len() < 20, "{body}");
        assert_eq!(body["failed_record_count"], refused.len());
        for i in &refused {
            assert_eq!(
                results[*i]["error_message"],
                "Exceeded traffic control limit."
            );
            assert!(results[*i].get("partition_id").is_none());
        }
        let expected_stored: Vec<Vec<u8>> = (0..20)
            .filter(|i| !refused.contains(i))
            .map(|i| payloads[i].as_bytes().to_vec())
            .collect();
        // The answer's sequence numbers are those of the stored records, in order.
        let sequence_numbers: Vec<&str> = (0..20)
            .filter(|i| !refused.contains(i))
            .map(|i| results[i]["sequence_number"].as_str().unwrap())
            .collect();
        let expected_numbers: Vec<String> =
            (0..expected_stored.len()).map(|n| n.to_string()).collect();
        assert_eq!(sequence_numbers, expected_numbers);

        let entry = dis.only_put();
        assert_eq!(
            (entry.fault, entry.fate, entry.status),
            (Some(Fault::PartialThrottle), Fate::Applied, Some(200))
        );
        for (i, r) in entry.records.iter().enumerate() {
            assert_eq!(r.data, payloads[i].as_bytes());
            if refused.contains(&i) {
                assert_eq!(r.stored, None);
                assert_eq!(r.error_code.as_deref(), Some("DIS.4303"));
            } else {
                assert!(r.stored.is_some() && r.error_code.is_none());
            }
        }
        assert_eq!(dis.read_all(0).await, expected_stored);
    })
    .await;
}

#[tokio::test]
async fn close_before_apply_sends_no_byte_and_stores_nothing() {
    bounded(30, async {
        let dis = Dis::start(on_puts(Fault::CloseBeforeApply), 1).await;
        let body = put_body(&["a"]).to_string();
        let answer = raw_exchange(dis.addr(), "POST", "/records", &body).await;
        assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
        let entry = dis.only_put();
        assert_eq!(
            (entry.fault, entry.fate, entry.status),
            (Some(Fault::CloseBeforeApply), Fate::NotApplied, None)
        );
        assert_nothing_stored(&entry, &["a"]);
        // A client sees a failed request, not an answer.
        assert!(dis.put(&["b"]).await.is_err());
        assert!(dis.read_all(0).await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn close_after_apply_sends_no_byte_but_stores() {
    bounded(30, async {
        let dis = Dis::start(on_puts(Fault::CloseAfterApply), 1).await;
        let body = put_body(&["a", "b"]).to_string();
        let answer = raw_exchange(dis.addr(), "POST", "/records", &body).await;
        assert!(answer.is_empty(), "{}", String::from_utf8_lossy(&answer));
        let entry = dis.only_put();
        assert_eq!(
            (entry.fault, entry.fate, entry.status, entry.engine_status),
            (
                Some(Fault::CloseAfterApply),
                Fate::AppliedUnanswered,
                None,
                Some(200)
            )
        );
        assert_stored(&entry, &["a", "b"]);
        assert_eq!(dis.read_all(0).await, bytes(&["a", "b"]));
    })
    .await;
}

#[tokio::test]
async fn close_faults_hit_other_operations_too() {
    bounded(30, async {
        let plan = FaultPlan::new(3).probability_on("list_streams", Fault::CloseBeforeApply, 1.0);
        let dis = Dis::start(plan, 1).await;
        let answer = raw_exchange(dis.addr(), "GET", "/streams", "").await;
        assert!(answer.is_empty());
        let shown = raw_exchange(dis.addr(), "GET", "/streams/s", "").await;
        assert!(shown.starts_with(b"HTTP/1.1 200 OK\r\n"));
        let log = dis.handle.fault_log();
        let last: Vec<_> = log
            .entries
            .iter()
            .rev()
            .take(2)
            .map(|e| (e.operation, e.fault, e.status))
            .collect();
        assert_eq!(
            last,
            [
                (Some("show_stream"), None, Some(200)),
                (Some("list_streams"), Some(Fault::CloseBeforeApply), None)
            ]
        );
    })
    .await;
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Splits a raw answer into its head and body and returns the head's Content-Length.
fn split_answer(answer: &[u8]) -> (String, &[u8], usize) {
    let end = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head = String::from_utf8_lossy(&answer[..end]).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .expect("a Content-Length header")
        .trim()
        .parse()
        .unwrap();
    (head, &answer[end + 4..], length)
}

#[tokio::test]
async fn truncated_body_sends_less_than_content_length() {
    bounded(30, async {
        let dis = Dis::start(on_puts(Fault::TruncatedBody), 1).await;
        let body = put_body(&["a", "b", "c"]).to_string();
        let answer = raw_exchange(dis.addr(), "POST", "/records", &body).await;
        let (head, body, length) = split_answer(&answer);
        assert!(head.starts_with("http/1.1 200 ok"), "{head}");
        assert!(!head.contains("transfer-encoding"), "{head}");
        assert!(length > 0);
        assert!(
            !body.is_empty() && body.len() < length,
            "{} of {length}",
            body.len()
        );
        assert_eq!(body.len(), length / 2);
        assert!(body.starts_with(b"{"));
        let entry = dis.only_put();
        assert_eq!(
            (entry.fault, entry.fate, entry.status),
            (
                Some(Fault::TruncatedBody),
                Fate::AppliedUnanswered,
                Some(200)
            )
        );
        assert_stored(&entry, &["a", "b", "c"]);
        // reqwest sees the cut body as an error.
        assert!(dis.put(&["d"]).await.unwrap().text().await.is_err());
        assert_eq!(dis.read_all(0).await, bytes(&["a", "b", "c", "d"]));
    })
    .await;
}

#[tokio::test]
async fn truncated_get_records_sends_less_than_content_length() {
    bounded(30, async {
        let plan = FaultPlan::new(3).probability_on("get_records", Fault::TruncatedBody, 1.0);
        let dis = Dis::start(plan, 1).await;
        dis.put(&["a", "b"]).await.unwrap();
        let cursor = dis.cursor().await;
        let path = format!("/records?partition-cursor={}", urlencode(&cursor));
        let answer = raw_exchange(dis.addr(), "GET", &path, "").await;
        let (head, body, length) = split_answer(&answer);
        assert!(head.starts_with("http/1.1 200 ok"), "{head}");
        assert!(body.len() < length);
        let entry = dis.handle.fault_log().entries.pop().unwrap();
        assert_eq!(
            (entry.operation, entry.fault, entry.fate),
            (
                Some("get_records"),
                Some(Fault::TruncatedBody),
                Fate::AppliedUnanswered
            )
        );
    })
    .await;
}

/// A body far larger than the socket buffers: the first half still arrives whole before
/// the connection is closed.
#[tokio::test]
async fn truncated_large_body_sends_exactly_its_first_half() {
    bounded(60, async {
        let plan = FaultPlan::new(3).probability_on("get_records", Fault::TruncatedBody, 1.0);
        let dis = Dis::start(plan, 1).await;
        let big: Vec<String> = (0..4).map(|i| format!("{i}").repeat(900 * 1024)).collect();
        let refs: Vec<&str> = big.iter().map(String::as_str).collect();
        assert_eq!(dis.put(&refs).await.unwrap().status(), 200);
        let cursor = dis.cursor().await;
        let path = format!("/records?partition-cursor={}", urlencode(&cursor));
        let answer = raw_exchange(dis.addr(), "GET", &path, "").await;
        let (head, body, length) = split_answer(&answer);
        assert!(head.starts_with("http/1.1 200 ok"), "{head}");
        assert!(length > 4 * 1024 * 1024, "{length}");
        assert_eq!(body.len(), length / 2);
    })
    .await;
}

#[tokio::test]
async fn delay_after_apply_outlasts_a_client_timeout() {
    bounded(30, async {
        let delay = Duration::from_millis(600);
        let dis = Dis::start(on_puts(Fault::DelayAfterApply(delay)), 1).await;
        let impatient = reqwest::Client::builder()
            .timeout(Duration::from_millis(150))
            .build()
            .unwrap();
        let err = impatient
            .post(dis.url("/records"))
            .json(&put_body(&["a"]))
            .send()
            .await
            .unwrap_err();
        assert!(err.is_timeout(), "{err}");
        let entry = dis.only_put();
        assert_eq!(
            (entry.fault, entry.fate, entry.status),
            (
                Some(Fault::DelayAfterApply(delay)),
                Fate::AppliedUnanswered,
                Some(200)
            )
        );
        assert_stored(&entry, &["a"]);
        // A patient client gets the real answer, late.
        let started = Instant::now();
        let answer = dis.put(&["b"]).await.unwrap();
        assert_eq!(answer.status(), 200);
        assert!(started.elapsed() >= delay);
        let body: Value = answer.json().await.unwrap();
        assert_eq!(body["records"][0]["sequence_number"], "1");
        assert_eq!(dis.read_all(0).await, bytes(&["a", "b"]));
    })
    .await;
}

#[tokio::test]
async fn cursor_expired_on_get_records() {
    bounded(30, async {
        let plan = FaultPlan::new(3).probability(Fault::CursorExpired, 1.0);
        let dis = Dis::start(plan, 1).await;
        dis.put(&["a"]).await.unwrap();
        let cursor = dis.cursor().await;
        let answer = dis
            .http
            .get(dis.url("/records"))
            .query(&[("partition-cursor", cursor.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 400);
        let body: Value = answer.json().await.unwrap();
        assert_eq!(body["errorCode"], "DIS.4225");
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .starts_with("Expired partition cursor.")
        );
        let log = dis.handle.fault_log();
        let kinds: Vec<_> = log
            .entries
            .iter()
            .map(|e| (e.operation.unwrap(), e.fault, e.fate))
            .collect();
        assert_eq!(
            kinds[1..],
            [
                ("put_records", None, Fate::Applied),
                ("get_cursor", None, Fate::Applied),
                ("get_records", Some(Fault::CursorExpired), Fate::NotApplied),
            ]
        );
    })
    .await;
}

#[tokio::test]
async fn empty_page_keeps_the_cursor_and_consumes_nothing() {
    bounded(30, async {
        let plan = FaultPlan::new(3).probability_on("get_records", Fault::EmptyPage, 1.0);
        let dis = Dis::start(plan, 1).await;
        dis.put(&["a", "b"]).await.unwrap();
        let cursor = dis.cursor().await;
        let answer = dis
            .http
            .get(dis.url("/records"))
            .query(&[("partition-cursor", cursor.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(answer.status(), 200);
        let body: Value = answer.json().await.unwrap();
        assert_eq!(body["records"], json!([]));
        assert_eq!(body["next_partition_cursor"], cursor.as_str());
        assert!(body["millis_behind_latest"].as_i64().unwrap() > 0);
        let entry = dis.handle.fault_log().entries.pop().unwrap();
        assert_eq!(
            (entry.fault, entry.fate, entry.status),
            (Some(Fault::EmptyPage), Fate::NotApplied, Some(200))
        );
        // The same cursor still reads everything.
        dis.handle.set_faults_active(false);
        let page: Value = dis
            .http
            .get(dis.url("/records"))
            .query(&[("partition-cursor", cursor.as_str())])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(page["records"].as_array().unwrap().len(), 2);
    })
    .await;
}

/// Sends `n` ListStreams requests one after the other and returns the log's faults.
async fn fault_sequence(plan: FaultPlan, n: usize) -> Vec<(u64, Option<Fault>)> {
    let dis = Dis::start(plan, 1).await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    for _ in 0..n {
        let _ = client.get(dis.url("/streams")).send().await;
    }
    dis.handle
        .fault_log()
        .entries
        .into_iter()
        .filter(|e| e.operation == Some("list_streams"))
        .map(|e| (e.seq, e.fault))
        .collect()
}

#[tokio::test]
async fn the_same_seed_gives_the_same_faults() {
    bounded(60, async {
        let plan = || {
            FaultPlan::new(11)
                .rate(0.5)
                .delay(Duration::from_millis(20))
        };
        let first = fault_sequence(plan(), 40).await;
        let second = fault_sequence(plan(), 40).await;
        assert_eq!(first.len(), 40);
        assert_eq!(first, second);
        // Exactly what the plan predicts, and a healthy mix.
        for (seq, fault) in &first {
            assert_eq!(*fault, plan().decide(*seq, "list_streams"), "request {seq}");
        }
        let faulted = first.iter().filter(|(_, f)| f.is_some()).count();
        assert!((8..=32).contains(&faulted), "{faulted} of 40");
        let other = fault_sequence(plan().seed(12), 40).await;
        assert_ne!(first, other);
    })
    .await;
}

#[tokio::test]
async fn a_rate_of_zero_injects_nothing() {
    bounded(30, async {
        let dis = Dis::start(FaultPlan::new(5).rate(0.0), 2).await;
        for i in 0..30 {
            let answer = dis.put(&[&format!("r{i}")]).await.unwrap();
            assert_eq!(answer.status(), 200);
            let listed = dis.http.get(dis.url("/streams")).send().await.unwrap();
            assert_eq!(listed.status(), 200);
        }
        let log = dis.handle.fault_log();
        assert_eq!(log.entries.len(), 61);
        assert!(log.entries.iter().all(|e| e.fault.is_none()));
        assert!(log.entries.iter().all(|e| e.fate == Fate::Applied));
        let seqs: Vec<u64> = log.entries.iter().map(|e| e.seq).collect();
        assert_eq!(seqs, (0..61).collect::<Vec<_>>());
        let mut read = dis.read_all(0).await;
        read.extend(dis.read_all(1).await);
        assert_eq!(read.len(), 30);
    })
    .await;
}

#[tokio::test]
async fn the_fate_log_is_bounded_and_can_be_drained() {
    bounded(30, async {
        let dis = Dis::start(FaultPlan::new(5).log_limits(5, 1 << 20), 1).await;
        for _ in 0..7 {
            dis.http.get(dis.url("/streams")).send().await.unwrap();
        }
        let log = dis.handle.fault_log();
        assert_eq!(log.entries.len(), 5);
        assert_eq!(log.dropped, 3);
        assert_eq!(log.entries[0].seq, 3);
        let taken = dis.handle.take_fault_log();
        assert_eq!(taken, log);
        assert!(dis.handle.fault_log().entries.is_empty());
        // The payload limit counts PutRecords data.
        let small = Dis::start(FaultPlan::new(5).log_limits(100, 10), 1).await;
        small.put(&["12345678"]).await.unwrap();
        small.put(&["abcdefgh"]).await.unwrap();
        let log = small.handle.fault_log();
        assert_eq!(log.dropped, 2, "{log:?}"); // CreateStream, then the first PutRecords
        assert_eq!(log.entries.len(), 1);
        assert_eq!(log.entries[0].records[0].data, b"abcdefgh");
    })
    .await;
}

#[tokio::test]
async fn requests_refused_before_the_engine_are_logged_without_fault() {
    bounded(30, async {
        let plan = FaultPlan::new(5).rate(1.0);
        let handle = Server::builder()
            .project_id(PROJECT)
            .token("tok")
            .faults(plan)
            .start()
            .await
            .unwrap();
        let http = reqwest::Client::new();
        let denied = http
            .get(format!("{}/streams", handle.endpoint()))
            .send()
            .await
            .unwrap();
        assert_eq!(denied.status(), 401);
        let unknown = http
            .get(format!("{}/nowhere", handle.endpoint()))
            .header("X-Auth-Token", "tok")
            .send()
            .await
            .unwrap();
        assert_eq!(unknown.status(), 404);
        let log = handle.fault_log();
        let seen: Vec<_> = log
            .entries
            .iter()
            .map(|e| (e.operation, e.fault, e.fate, e.status))
            .collect();
        assert_eq!(
            seen,
            [
                (Some("list_streams"), None, Fate::NotApplied, Some(401)),
                (None, None, Fate::NotApplied, Some(404)),
            ]
        );
    })
    .await;
}

#[tokio::test]
async fn graceful_shutdown_waits_for_a_held_answer() {
    bounded(30, async {
        let delay = Duration::from_millis(400);
        let dis = Dis::start(on_puts(Fault::DelayAfterApply(delay)), 1).await;
        let addr = dis.addr();
        let url = dis.url("/records");
        let http = dis.http.clone();
        let pending = tokio::spawn(async move {
            http.post(url)
                .json(&put_body(&["a"]))
                .send()
                .await
                .map(|r| r.status())
        });
        // Let the request reach the server.
        while dis.puts().is_empty() {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        dis.handle.shutdown().await;
        assert_eq!(pending.await.unwrap().unwrap(), 200);
        assert!(TcpStream::connect(addr).await.is_err());
    })
    .await;
}

#[tokio::test]
async fn start_refuses_an_inconsistent_plan() {
    bounded(30, async {
        let plan = FaultPlan::new(0).probability_on("list_streams", Fault::EmptyPage, 0.5);
        let err = Server::builder().faults(plan).start().await.unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
        assert!(err.to_string().contains("empty_page"), "{err}");
        let too_much = FaultPlan::new(0)
            .rate(0.9)
            .probability(Fault::Throttle429, 0.5);
        assert!(Server::builder().faults(too_much).start().await.is_err());
    })
    .await;
}

/// A client that retries every PutRecords until each record has an answer saying it was
/// stored, through a fifth of requests failing: the fate log accounts for every record
/// the engine holds, with the duplicates that retries after unanswered requests create.
#[tokio::test]
async fn the_fate_log_accounts_for_every_stored_record() {
    bounded(120, async {
        let plan = FaultPlan::new(2024)
            .rate(0.2)
            .delay(Duration::from_millis(1500));
        let dis = Dis::start(plan, 3).await;
        let client = reqwest::Client::builder()
            .timeout(Duration::from_millis(1000))
            .build()
            .unwrap();
        let mut sent = 0;
        for batch in 0..100 {
            let mut pending: Vec<String> = (0..10).map(|i| format!("b{batch}-r{i}")).collect();
            while !pending.is_empty() {
                sent += 1;
                let refs: Vec<&str> = pending.iter().map(String::as_str).collect();
                let answer = client
                    .post(dis.url("/records"))
                    .json(&put_body(&refs))
                    .send()
                    .await;
                let Ok(answer) = answer else { continue };
                if answer.status() != 200 {
                    continue;
                }
                let Ok(body) = answer.json::<Value>().await else {
                    continue;
                };
                let results = body["records"].as_array().unwrap();
                pending = pending
                    .iter()
                    .zip(results)
                    .filter(|(_, r)| r.get("error_code").is_some())
                    .map(|(p, _)| p.clone())
                    .collect();
            }
        }
        let log = dis.handle.fault_log();
        assert_eq!(log.dropped, 0);
        let puts: Vec<&FateEntry> = log
            .entries
            .iter()
            .filter(|e| e.operation == Some("put_records"))
            .collect();
        assert_eq!(puts.len(), sent);
        let faulted = puts.iter().filter(|e| e.fault.is_some()).count();
        assert!(faulted > sent / 10, "{faulted} of {sent}");
        // What the log says was stored is exactly what the stream holds, per partition
        // and in order.
        let mut logged: HashMap<String, Vec<(u64, Vec<u8>)>> = HashMap::new();
        for entry in &puts {
            for r in entry.stored_records() {
                let at = r.stored.as_ref().unwrap();
                logged
                    .entry(at.partition_id.clone())
                    .or_default()
                    .push((at.sequence_number, r.data.clone()));
            }
        }
        let mut stored_total = 0;
        for partition in 0..3u32 {
            let held = dis.read_all(partition).await;
            stored_total += held.len();
            let mut from_log = logged
                .remove(&format!("shardId-{partition:010}"))
                .unwrap_or_default();
            from_log.sort();
            let numbers: Vec<u64> = from_log.iter().map(|(n, _)| *n).collect();
            assert_eq!(numbers, (0..held.len() as u64).collect::<Vec<_>>());
            let data: Vec<Vec<u8>> = from_log.into_iter().map(|(_, d)| d).collect();
            assert_eq!(data, held, "partition {partition}");
        }
        // Nothing lost; duplicates only from requests applied but unanswered.
        let mut copies: HashMap<Vec<u8>, usize> = HashMap::new();
        for entry in &puts {
            for r in entry.stored_records() {
                *copies.entry(r.data.clone()).or_default() += 1;
            }
        }
        assert_eq!(copies.len(), 1000);
        let duplicates = stored_total - 1000;
        let unanswered_stored: usize = puts
            .iter()
            .filter(|e| e.fate == Fate::AppliedUnanswered)
            .map(|e| e.stored_records().count())
            .sum();
        assert_eq!(duplicates, unanswered_stored);
    })
    .await;
}

fn binary() -> std::process::Command {
    std::process::Command::new(env!("CARGO_BIN_EXE_dis-local"))
}

#[tokio::test]
async fn the_binary_takes_a_fault_spec() {
    bounded(30, async {
        use std::io::{BufRead, BufReader};
        use std::process::Stdio;
        let mut child = binary()
            .args([
                "--listen",
                "127.0.0.1:0",
                "--project-id",
                PROJECT,
                "--faults",
                "seed=7, put_records:throttle_4303=1",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("binary starts");
        let stdout = child.stdout.take().unwrap();
        let stderr = child.stderr.take().unwrap();
        let line = tokio::task::spawn_blocking(move || {
            let mut line = String::new();
            BufReader::new(stdout).read_line(&mut line).map(|_| line)
        })
        .await
        .unwrap()
        .unwrap();
        let base = line
            .split_whitespace()
            .find(|w| w.starts_with("http://127.0.0.1:"))
            .expect("URL in the ready line")
            .to_owned();
        let http = reqwest::Client::new();
        let endpoint = format!("{base}/v2/{PROJECT}");
        let created = http
            .post(format!("{endpoint}/streams"))
            .json(&json!({"stream_name": "s", "partition_count": 1}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), 201);
        let put = http
            .post(format!("{endpoint}/records"))
            .json(&put_body(&["a"]))
            .send()
            .await
            .unwrap();
        assert_eq!(put.status(), 400);
        let body: Value = put.json().await.unwrap();
        assert_eq!(body["errorCode"], "DIS.4303");
        // The fault is reported on stderr.
        let reported = tokio::task::spawn_blocking(move || {
            BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
                .find(|l| l.contains("fault injected"))
        })
        .await
        .unwrap()
        .expect("a fault line on stderr");
        for part in [
            "seq=1",
            "operation=\"put_records\"",
            "fault=throttle_4303",
            "fate=not_applied",
        ] {
            assert!(reported.contains(part), "{part} in {reported}");
        }
        child.kill().unwrap();
        child.wait().unwrap();
    })
    .await;
}

#[test]
fn the_binary_rejects_a_bad_fault_spec_in_one_line() {
    for (spec, expected) in [
        ("seed=7,bogus=1", "`bogus=1`: unknown fault kind `bogus`"),
        (
            "rate=1.5",
            "`rate=1.5`: probability 1.5 is not between 0 and 1",
        ),
        (
            "put_record:close_after=0.1",
            "unknown operation `put_record`",
        ),
        (
            "list_streams:empty_page=0.1",
            "empty_page does not apply to list_streams",
        ),
    ] {
        let out = binary().args(["--faults", spec]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{spec}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first = stderr.lines().next().unwrap_or_default();
        assert!(first.contains(expected), "{spec}: {stderr}");
        assert!(first.contains("--faults"), "{spec}: {stderr}");
    }
}

#[test]
fn the_binary_documents_the_fault_spec() {
    let out = binary().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for word in [
        "--faults <SPEC>",
        "seed=N",
        "OP:KIND=P",
        "close_after",
        "empty_page",
    ] {
        assert!(help.contains(word), "{word} missing from:\n{help}");
    }
}
