//! `--data-dir`: everything acknowledged survives a server dropped without shutdown and a
//! `dis-local` process killed with SIGKILL, and reads back identical after the restart.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use dis_local::Server;
use dis_local::engine::ManualClock;
use reqwest::{Client, Method};
use serde_json::{Value, json};

const T0: i64 = 1_700_000_000_000;

/// A DIS endpoint (`…/v2/PROJECT`) driven with plain JSON.
struct Api {
    endpoint: String,
    http: Client,
}

impl Api {
    fn new(endpoint: String) -> Self {
        Self {
            endpoint,
            http: Client::new(),
        }
    }

    async fn call(&self, method: Method, path: &str, body: Option<Value>, expect: u16) -> Value {
        let mut req = self
            .http
            .request(method.clone(), format!("{}{path}", self.endpoint));
        if let Some(b) = body {
            req = req.json(&b);
        }
        let resp = req.send().await.expect("answered");
        let status = resp.status().as_u16();
        let text = resp.text().await.expect("body");
        assert_eq!(status, expect, "{method} {path}: {text}");
        if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).expect("JSON")
        }
    }

    async fn get(&self, path: &str) -> Value {
        self.call(Method::GET, path, None, 200).await
    }

    async fn put(&self, stream: &str, records: Value) -> Value {
        let v = self
            .call(
                Method::POST,
                "/records",
                Some(json!({"stream_name": stream, "records": records})),
                200,
            )
            .await;
        assert_eq!(v["failed_record_count"], 0, "{v}");
        v
    }

    /// Every record of a partition, from the oldest retained one.
    async fn records(&self, stream: &str, partition: u32) -> Vec<Value> {
        let c = self
            .get(&format!(
                "/cursors?stream-name={stream}&partition-id={partition}&cursor-type=TRIM_HORIZON"
            ))
            .await;
        let cursor = c["partition_cursor"].as_str().expect("cursor").to_owned();
        let page = self
            .http
            .get(format!("{}/records", self.endpoint))
            .query(&[("partition-cursor", cursor.as_str())])
            .send()
            .await
            .expect("answered")
            .json::<Value>()
            .await
            .expect("JSON");
        page["records"].as_array().expect("records").clone()
    }

    /// Streams, partitions, records, apps, checkpoints, dump tasks and tags, as the API
    /// shows them (monitoring data and cursors left out: they are not stored).
    async fn snapshot(&self) -> Value {
        let mut out = json!({});
        let list = self.get("/streams?limit=100").await;
        out["streams"] = list.clone();
        for name in list["stream_names"].as_array().expect("names") {
            let name = name.as_str().expect("name");
            let details = self.get(&format!("/streams/{name}")).await;
            let id = details["stream_id"].as_str().expect("id").to_owned();
            let partitions = details["partitions"].as_array().expect("partitions").len();
            let mut records = Vec::new();
            for p in 0..partitions {
                records.push(self.records(name, p as u32).await);
            }
            let tasks = self.get(&format!("/streams/{name}/transfer-tasks")).await;
            let mut shown = Vec::new();
            for t in tasks["tasks"].as_array().expect("tasks") {
                let task = t["task_name"].as_str().expect("task name");
                shown.push(
                    self.get(&format!("/streams/{name}/transfer-tasks/{task}"))
                        .await,
                );
            }
            out[name] = json!({
                "details": details,
                "records": records,
                "tasks": tasks,
                "shown_tasks": shown,
                "tags": self.get(&format!("/stream/{id}/tags")).await,
                "apps": self.get(&format!("/apps?stream_name={name}")).await,
            });
        }
        out["apps"] = self.get("/apps").await;
        out["tags"] = self.get("/stream/tags").await;
        for p in 0..3 {
            out[format!("checkpoint_{p}")] = self
                .get(&format!(
                    "/checkpoints?app_name=reader&stream_name=orders&partition_id={p}&checkpoint_type=LAST_READ"
                ))
                .await;
        }
        out
    }
}

/// Streams with records (keyed and not), a scaling, tags, an app with checkpoints, dump
/// tasks, and a deleted stream whose data must not come back.
async fn populate(api: &Api) {
    let create = |name: &str, n: u32| {
        json!({"stream_name": name, "partition_count": n, "data_duration": 48,
        "tags": [{"key": "env", "value": name}]})
    };
    api.call(Method::POST, "/streams", Some(create("orders", 2)), 201)
        .await;
    api.call(Method::POST, "/streams", Some(create("gone", 1)), 201)
        .await;
    api.put("gone", json!([{"data": STANDARD.encode("lost")}]))
        .await;
    api.call(Method::DELETE, "/streams/gone", None, 204).await;
    api.call(Method::POST, "/streams", Some(create("gone", 1)), 201)
        .await;
    for i in 0..20 {
        let mut r = json!({"data": STANDARD.encode(format!("record {i}")), "timestamp": T0 + i});
        if i % 3 == 0 {
            r["partition_key"] = json!(format!("key-{i}"));
        }
        api.put("orders", json!([r])).await;
    }
    api.call(
        Method::PUT,
        "/streams/orders",
        Some(json!({"stream_name": "orders", "target_partition_count": 3})),
        200,
    )
    .await;
    api.put(
        "orders",
        json!([{"data": STANDARD.encode("after scaling"), "partition_id": "shardId-0000000002"}]),
    )
    .await;
    api.call(
        Method::POST,
        "/apps",
        Some(json!({"app_name": "reader"})),
        201,
    )
    .await;
    api.call(
        Method::POST,
        "/apps",
        Some(json!({"app_name": "idle"})),
        201,
    )
    .await;
    for (p, seq) in [(0, "3"), (1, "5")] {
        let cp = json!({"app_name": "reader", "checkpoint_type": "LAST_READ", "stream_name": "orders",
            "partition_id": format!("shardId-000000000{p}"), "sequence_number": seq, "metadata": "m"});
        api.call(Method::POST, "/checkpoints", Some(cp), 201).await;
    }
    let task = |name: &str| {
        json!({"destination_type": "OBS", "obs_destination_descriptor": {
            "task_name": name, "agency_name": "dis_admin_agency", "deliver_time_interval": 30,
            "obs_bucket_path": "bucket", "consumer_strategy": "TRIM_HORIZON"}})
    };
    for t in ["t1", "t2"] {
        api.call(
            Method::POST,
            "/streams/orders/transfer-tasks",
            Some(task(t)),
            201,
        )
        .await;
    }
    let t2 = api.get("/streams/orders/transfer-tasks/t2").await["task_id"].clone();
    api.call(
        Method::POST,
        "/streams/orders/transfer-tasks/action",
        Some(json!({"action": "stop", "tasks": [{"id": t2}]})),
        200,
    )
    .await;
    let id = api.get("/streams/orders").await["stream_id"]
        .as_str()
        .expect("id")
        .to_owned();
    api.call(
        Method::POST,
        &format!("/stream/{id}/tags/action"),
        Some(json!({"action": "create", "tags": [{"key": "team", "value": "a"}]})),
        204,
    )
    .await;
}

/// After a restart: what was there reads back identical and sequence numbers continue.
async fn check_after_restart(api: &Api, before: &Value) {
    let after = api.snapshot().await;
    assert_eq!(&after, before);
    let details = &before["orders"]["details"];
    assert_eq!(details["writable_partition_count"], 3, "{details}");
    assert_eq!(
        details["update_partition_counts"][0]["target_partition_count"],
        3
    );
    let orders = &before["orders"]["records"];
    let total: usize = (0..3).map(|p| orders[p].as_array().unwrap().len()).sum();
    assert_eq!(total, 21);
    assert!(before["gone"]["records"][0].as_array().unwrap().is_empty());
    // The snapshot holds what `populate` made, so the comparison above covers it.
    assert_eq!(before["orders"]["shown_tasks"].as_array().unwrap().len(), 2);
    assert_eq!(
        before["orders"]["tags"]["tags"].as_array().unwrap().len(),
        2
    );
    assert_eq!(before["apps"]["total_number"], 2);
    assert_eq!(before["checkpoint_0"]["sequence_number"], "3");
    assert_eq!(before["checkpoint_1"]["sequence_number"], "5");
    let next = api
        .put(
            "orders",
            json!([{"data": STANDARD.encode("next"), "partition_id": "0"}]),
        )
        .await;
    let len0 = orders[0].as_array().unwrap().len();
    assert_eq!(next["records"][0]["sequence_number"], len0.to_string());
}

/// Opens the engine on `dir`, retrying while the previous engine (dropped without
/// shutdown) still releases the file; bounded.
async fn start_on(dir: &Path, clock: Arc<ManualClock>) -> dis_local::Handle {
    let mut last = None;
    for _ in 0..200 {
        match Server::builder()
            .project_id("proj")
            .clock(clock.clone())
            .data_dir(dir)
            .start()
            .await
        {
            Ok(h) => return h,
            Err(e) => last = Some(e),
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the data directory never became free: {last:?}");
}

#[tokio::test]
async fn state_survives_a_server_dropped_without_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let first = start_on(dir.path(), clock.clone()).await;
    let api = Api::new(first.endpoint());
    populate(&api).await;
    let before = api.snapshot().await;
    let cursor = api
        .get("/cursors?stream-name=orders&partition-id=0&cursor-type=TRIM_HORIZON")
        .await["partition_cursor"]
        .clone();
    // A directory serves one emulator at a time.
    let busy = Server::builder()
        .data_dir(dir.path())
        .start()
        .await
        .unwrap_err();
    assert!(busy.to_string().contains("dis-local.redb"), "{busy}");
    drop(first);

    let second = start_on(dir.path(), clock.clone()).await;
    let api = Api::new(second.endpoint());
    check_after_restart(&api, &before).await;
    // Cursors signed before the restart stay valid.
    let page = api
        .http
        .get(format!("{}/records", api.endpoint))
        .query(&[("partition-cursor", cursor.as_str().unwrap())])
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let page: Value = page.json().await.unwrap();
    assert_eq!(page["records"][0]["sequence_number"], "0");
}

#[tokio::test]
async fn records_past_retention_are_trimmed_on_open_and_offsets_kept() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(T0));
    let first = start_on(dir.path(), clock.clone()).await;
    let api = Api::new(first.endpoint());
    api.call(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "s", "partition_count": 1})),
        201,
    )
    .await;
    api.put("s", json!([{"data": "AA=="}, {"data": "AQ=="}]))
        .await;
    first.shutdown().await;

    // 24 h retention: a day and a second later both records are gone.
    clock.advance(Duration::from_secs(24 * 3600 + 1));
    let second = start_on(dir.path(), clock.clone()).await;
    let api = Api::new(second.endpoint());
    assert!(api.records("s", 0).await.is_empty());
    let details = api.get("/streams/s").await;
    assert_eq!(details["partitions"][0]["sequence_number_range"], "[2 : 2]");
    second.shutdown().await;

    let third = start_on(dir.path(), clock.clone()).await;
    let api = Api::new(third.endpoint());
    let next = api.put("s", json!([{"data": "Ag=="}])).await;
    assert_eq!(next["records"][0]["sequence_number"], "2");
}

/// A running `dis-local` process, killed when dropped (also when a test fails).
struct Running(Child);

impl Running {
    /// SIGKILL (what `Child::kill` sends on Unix), then reaps the process.
    fn kill(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Starts the binary on `dir` and reads its `dis-local listening on URL (endpoint URL)` line.
fn spawn_binary(dir: &Path) -> (Running, String) {
    let child = Command::new(env!("CARGO_BIN_EXE_dis-local"))
        .args([
            "--listen",
            "127.0.0.1:0",
            "--project-id",
            "proj",
            "--data-dir",
        ])
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("binary starts");
    let mut child = Running(child);
    let mut line = String::new();
    BufReader::new(child.0.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("a line");
    let endpoint = line
        .trim_end()
        .trim_end_matches(')')
        .rsplit(' ')
        .next()
        .expect("endpoint")
        .to_owned();
    assert!(endpoint.ends_with("/v2/proj"), "{line}");
    (child, endpoint)
}

#[tokio::test]
async fn state_survives_sigkill_of_the_binary() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, endpoint) = spawn_binary(dir.path());
    let api = Api::new(endpoint);
    populate(&api).await;
    let before = api.snapshot().await;
    child.kill();

    let (_child, endpoint) = spawn_binary(dir.path());
    check_after_restart(&Api::new(endpoint), &before).await;
}
