//! HTTP-level tests: a real server on a loopback port, driven with reqwest.

use crate::common;

use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use std::sync::Arc;

use dis_local::engine::ManualClock;
use dis_local::{Handle, Server};
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};

struct Dis {
    handle: Handle,
    http: Client,
}

impl Dis {
    async fn start() -> Self {
        Self::with(Server::builder().project_id("proj")).await
    }

    async fn with(builder: dis_local::ServerBuilder) -> Self {
        Self {
            handle: builder.start().await.expect("server starts"),
            http: common::http(),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.handle.endpoint())
    }

    async fn raw(&self, method: Method, path: &str, body: Option<&str>) -> (StatusCode, String) {
        let mut req = self
            .http
            .request(method, self.url(path))
            .header("content-type", "application/json");
        if let Some(b) = body {
            req = req.body(b.to_owned());
        }
        let resp = req.send().await.expect("request is answered");
        let status = resp.status();
        (status, resp.text().await.expect("body"))
    }

    async fn call(&self, method: Method, path: &str, body: Option<Value>) -> (StatusCode, Value) {
        let text = body.map(|b| b.to_string());
        let (status, text) = self.raw(method, path, text.as_deref()).await;
        let value = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).expect("JSON body")
        };
        (status, value)
    }

    async fn ok(&self, method: Method, path: &str, body: Option<Value>, expect: u16) -> Value {
        let (status, value) = self.call(method.clone(), path, body).await;
        assert_eq!(status.as_u16(), expect, "{method} {path}: {value}");
        value
    }

    async fn err(&self, method: Method, path: &str, body: Option<Value>, status: u16, code: &str) {
        let (s, value) = self.call(method.clone(), path, body).await;
        assert_eq!(s.as_u16(), status, "{method} {path}: {value}");
        assert_eq!(value["errorCode"], code, "{method} {path}: {value}");
        assert!(
            value["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{value}"
        );
    }

    async fn put(&self, stream: &str, records: Value) -> Value {
        self.ok(
            Method::POST,
            "/records",
            Some(json!({"stream_name": stream, "records": records})),
            200,
        )
        .await
    }

    async fn cursor(&self, stream: &str, partition: &str, query: &str) -> String {
        let v = self
            .ok(
                Method::GET,
                &format!("/cursors?stream-name={stream}&partition-id={partition}&{query}"),
                None,
                200,
            )
            .await;
        v["partition_cursor"].as_str().expect("cursor").to_owned()
    }

    async fn read(&self, cursor: &str, extra: &str) -> Value {
        let c = urlencode(cursor);
        self.ok(
            Method::GET,
            &format!("/records?partition-cursor={c}{extra}"),
            None,
            200,
        )
        .await
    }
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

fn b64(s: &str) -> String {
    STANDARD.encode(s)
}

#[tokio::test]
async fn stream_lifecycle_records_and_checkpoints() {
    let dis = Dis::start().await;
    let created = dis
        .raw(
            Method::POST,
            "/streams",
            Some(r#"{"stream_name":"orders","partition_count":2,"data_duration":48}"#),
        )
        .await;
    assert_eq!(created, (StatusCode::CREATED, String::new()));

    // trailing slash as the Java SDK sends it
    let list = dis.ok(Method::GET, "/streams/?limit=5", None, 200).await;
    assert_eq!(list["total_number"], 1);
    assert_eq!(list["stream_names"], json!(["orders"]));
    assert_eq!(list["stream_info_list"][0]["partition_count"], 2);
    assert_eq!(list["has_more_streams"], false);

    let show = dis.ok(Method::GET, "/streams/orders/", None, 200).await;
    assert_eq!(show["status"], "RUNNING");
    assert_eq!(show["retention_period"], 48);
    assert_eq!(show["partitions"][0]["partition_id"], "shardId-0000000000");
    assert_eq!(show["partitions"][0]["status"], "ACTIVE");
    assert_eq!(
        show["partitions"][1]["hash_range"],
        format!("[{} : 9223372036854775807]", i64::MAX / 2)
    );
    let stream_id = show["stream_id"].as_str().unwrap().to_owned();
    assert_eq!(stream_id.len(), 19);

    let put = dis
        .put(
            "orders",
            json!([
                {"data": b64("a"), "partition_id": "0"},
                {"data": b64("b"), "partition_id": "shardId-0000000000", "partition_key": "k"},
                {"data": b64("c"), "partition_id": "9"},
                {"data": b64("d"), "explicit_hash_key": "9223372036854775807"}
            ]),
        )
        .await;
    assert_eq!(put["failed_record_count"], 1);
    assert_eq!(
        put["records"][0],
        json!({"partition_id": "shardId-0000000000", "sequence_number": "0"})
    );
    assert_eq!(put["records"][1]["sequence_number"], "1");
    assert_eq!(put["records"][2]["error_code"], "DIS.4302");
    assert_eq!(put["records"][3]["partition_id"], "shardId-0000000001");

    let c = dis.cursor("orders", "0", "cursor-type=TRIM_HORIZON").await;
    let got = dis.read(&c, "").await;
    let data: Vec<String> = got["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| String::from_utf8(STANDARD.decode(r["data"].as_str().unwrap()).unwrap()).unwrap())
        .collect();
    assert_eq!(data, ["a", "b"]);
    assert_eq!(got["records"][1]["partition_key"], "k");
    assert!(got["records"][0].get("partition_key").is_none());
    assert_eq!(got["records"][0]["timestamp_type"], "CreateTime");
    assert_eq!(got["millis_behind_latest"], 0);
    let next = got["next_partition_cursor"].as_str().unwrap();
    assert!(
        dis.read(next, "").await["records"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let c = dis
        .cursor("orders", "shardId-0000000000", "starting-sequence-number=1")
        .await;
    assert_eq!(
        dis.read(&c, "&max_fetch_bytes=1&limit=5").await["records"][0]["sequence_number"],
        "1"
    );

    // apps and checkpoints
    assert_eq!(
        dis.raw(Method::POST, "/apps", Some(r#"{"app_name":"reader"}"#))
            .await
            .0,
        StatusCode::CREATED
    );
    let cp = json!({"app_name": "reader", "checkpoint_type": "LAST_READ", "stream_name": "orders",
                    "partition_id": "0", "sequence_number": "2", "metadata": "m"});
    assert_eq!(
        dis.ok(Method::POST, "/checkpoints/", Some(cp), 201).await,
        Value::Null
    );
    let shown = dis
        .ok(Method::GET, "/checkpoints?stream_name=orders&partition_id=0&app_name=reader&checkpoint_type=LAST_READ", None, 200)
        .await;
    assert_eq!(shown, json!({"sequence_number": "2", "metadata": "m"}));
    let app = dis.ok(Method::GET, "/apps/reader", None, 200).await;
    assert_eq!(app["commit_checkpoint_stream_names"], json!(["orders"]));
    let apps = dis
        .ok(Method::GET, "/apps?stream_name=orders", None, 200)
        .await;
    assert_eq!(apps["total_number"], 1);
    let state = dis
        .ok(
            Method::GET,
            "/apps/reader/streams/orders?checkpoint_type=LAST_READ",
            None,
            200,
        )
        .await;
    let parts = state["partition_consuming_states"].as_array().unwrap();
    assert_eq!(parts.len(), 2);
    assert_eq!(parts[0]["sequence_number"], "2");
    assert_eq!(parts[0]["latest_offset"], 2);
    assert_eq!(parts[1]["sequence_number"], "-1");
    dis.err(
        Method::GET,
        "/apps/reader/streams/orders",
        None,
        400,
        "DIS.4200",
    )
    .await;
    dis.ok(
        Method::DELETE,
        "/checkpoints?stream_name=orders&app_name=reader&checkpoint_type=LAST_READ&partition_id=0",
        None,
        204,
    )
    .await;
    dis.err(
        Method::DELETE,
        "/checkpoints?stream_name=orders&app_name=reader",
        None,
        400,
        "DIS.4375",
    )
    .await;

    // scaling
    let scale = json!({"stream_name": "orders", "target_partition_count": 1});
    assert_eq!(
        dis.ok(Method::PUT, "/streams/orders", Some(scale), 200)
            .await,
        Value::Null
    );
    let show = dis
        .ok(
            Method::GET,
            "/streams/orders?limit_partitions=1&start_partitionId=0",
            None,
            200,
        )
        .await;
    assert_eq!(show["partitions"][0]["status"], "DELETED");
    assert_eq!(
        (
            show["writable_partition_count"].clone(),
            show["readable_partition_count"].clone()
        ),
        (json!(1), json!(2))
    );
    assert_eq!(
        show["update_partition_counts"][0]["target_partition_count"],
        1
    );
    let bad = json!({"stream_name": "other", "target_partition_count": 2});
    dis.err(Method::PUT, "/streams/orders", Some(bad), 400, "DIS.4200")
        .await;

    dis.ok(Method::DELETE, "/apps/reader/", None, 204).await;
    dis.err(Method::GET, "/apps/reader", None, 400, "DIS.4332")
        .await;
    assert_eq!(
        dis.raw(Method::DELETE, "/streams/orders", None).await,
        (StatusCode::NO_CONTENT, String::new())
    );
    dis.err(Method::GET, "/streams/orders", None, 400, "DIS.4301")
        .await;
    dis.handle.shutdown().await;
}

#[tokio::test]
async fn bad_requests_get_dis_errors_and_leave_data_intact() {
    let dis = Dis::start().await;
    dis.ok(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "s", "partition_count": 1})),
        201,
    )
    .await;
    dis.put("s", json!([{"data": b64("keep")}])).await;

    // bodies
    dis.err(Method::POST, "/streams", None, 400, "DIS.4202")
        .await;
    let (s, v) = dis.raw(Method::POST, "/streams", Some("{not json")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(
        serde_json::from_str::<Value>(&v).unwrap()["errorCode"],
        "DIS.4300"
    );
    dis.err(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "x", "partition_count": "two"})),
        400,
        "DIS.4200",
    )
    .await;
    dis.err(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "x"})),
        400,
        "DIS.4200",
    )
    .await;
    dis.err(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "x", "partition_count": 0})),
        400,
        "DIS.4200",
    )
    .await;
    dis.err(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "s", "partition_count": 1})),
        400,
        "DIS.4307",
    )
    .await;
    dis.err(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "x", "partition_count": 51})),
        400,
        "DIS.4308",
    )
    .await;
    dis.err(
        Method::POST,
        "/records",
        Some(json!({"stream_name": "s", "records": [{"data": "***"}]})),
        400,
        "DIS.4200",
    )
    .await;
    dis.err(
        Method::POST,
        "/records",
        Some(json!({"stream_name": "s", "records": []})),
        400,
        "DIS.4202",
    )
    .await;
    dis.err(
        Method::POST,
        "/records",
        Some(json!({"stream_name": "nope", "records": [{"data": ""}]})),
        400,
        "DIS.4301",
    )
    .await;
    dis.err(
        Method::POST,
        "/apps",
        Some(json!({"app_name": 5})),
        400,
        "DIS.4200",
    )
    .await;
    // queries
    dis.err(Method::GET, "/streams?limit=abc", None, 400, "DIS.4200")
        .await;
    dis.err(Method::GET, "/streams?limit=0", None, 400, "DIS.4200")
        .await;
    dis.err(Method::GET, "/cursors?stream-name=s", None, 400, "DIS.4200")
        .await;
    dis.err(
        Method::GET,
        "/cursors?stream-name=s&partition-id=0&cursor-type=NEWEST",
        None,
        400,
        "DIS.4215",
    )
    .await;
    dis.err(
        Method::GET,
        "/cursors?stream-name=s&partition-id=0",
        None,
        400,
        "DIS.4216",
    )
    .await;
    dis.err(
        Method::GET,
        "/cursors?stream-name=s&partition-id=0&starting-sequence-number=5",
        None,
        400,
        "DIS.4224",
    )
    .await;
    dis.err(
        Method::GET,
        "/cursors?stream-name=s&partition-id=x&cursor-type=LATEST",
        None,
        400,
        "DIS.4201",
    )
    .await;
    dis.err(
        Method::GET,
        "/cursors?stream-name=s&partition-id=3&cursor-type=LATEST",
        None,
        400,
        "DIS.4302",
    )
    .await;
    dis.err(
        Method::GET,
        "/records?partition-cursor=garbage",
        None,
        400,
        "DIS.4217",
    )
    .await;
    dis.err(Method::GET, "/records", None, 400, "DIS.4200")
        .await;
    dis.err(
        Method::GET,
        "/checkpoints?stream_name=s",
        None,
        400,
        "DIS.4200",
    )
    .await;
    // paths and methods
    dis.err(Method::GET, "/nothing/here", None, 404, "APIGW.0101")
        .await;
    dis.err(Method::PATCH, "/streams", None, 405, "DIS.4200")
        .await;
    let (s, v) = dis.call(Method::GET, "/../../v2/other/streams", None).await;
    assert!(s.is_client_error(), "{v}");
    let other = format!("{}/v2/other-project/streams", dis.handle.base_url());
    let resp = dis.http.get(other).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    assert_eq!(resp.json::<Value>().await.unwrap()["errorCode"], "DIS.4117");
    // too large
    let huge = format!(
        r#"{{"stream_name":"s","records":[{{"data":"{}"}}]}}"#,
        "A".repeat(dis_local::BODY_LIMIT)
    );
    let (s, v) = dis.raw(Method::POST, "/records", Some(&huge)).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        serde_json::from_str::<Value>(&v).unwrap()["errorCode"],
        "DIS.4200"
    );
    let six_mib = STANDARD.encode(vec![0u8; 1024 * 1024]);
    let recs: Vec<Value> = (0..6).map(|_| json!({"data": six_mib})).collect();
    dis.err(
        Method::POST,
        "/records",
        Some(json!({"stream_name": "s", "records": recs})),
        400,
        "DIS.4200",
    )
    .await;

    // the data is still there, unchanged
    let list = dis.ok(Method::GET, "/streams", None, 200).await;
    assert_eq!(list["stream_names"], json!(["s"]));
    let c = dis.cursor("s", "0", "cursor-type=TRIM_HORIZON").await;
    let got = dis.read(&c, "").await;
    assert_eq!(got["records"].as_array().unwrap().len(), 1);
    assert_eq!(got["records"][0]["data"], b64("keep"));
}

#[tokio::test]
async fn cursor_expiry_over_http() {
    let dis = Dis::with(
        Server::builder()
            .project_id("proj")
            .cursor_ttl(Duration::from_millis(150)),
    )
    .await;
    dis.ok(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "s", "partition_count": 1})),
        201,
    )
    .await;
    let c = dis.cursor("s", "0", "cursor-type=LATEST").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let path = format!("/records?partition-cursor={}", urlencode(&c));
    dis.err(Method::GET, &path, None, 400, "DIS.4225").await;
}

#[tokio::test]
async fn injected_clock_drives_expiry_and_retention() {
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let dis = Dis::with(Server::builder().project_id("proj").clock(clock.clone())).await;
    dis.ok(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "s", "partition_count": 1})),
        201,
    )
    .await;
    dis.put("s", json!([{"data": b64("old")}])).await;
    let c = dis.cursor("s", "0", "cursor-type=TRIM_HORIZON").await;
    assert_eq!(
        dis.read(&c, "").await["records"][0]["timestamp"],
        1_700_000_000_000i64
    );
    clock.advance(Duration::from_secs(301));
    let path = format!("/records?partition-cursor={}", urlencode(&c));
    dis.err(Method::GET, &path, None, 400, "DIS.4225").await;
    clock.advance(Duration::from_secs(24 * 3600));
    let show = dis.ok(Method::GET, "/streams/s", None, 200).await;
    assert_eq!(show["partitions"][0]["sequence_number_range"], "[1 : 1]");
}

#[tokio::test]
async fn concurrent_puts_get_distinct_sequence_numbers() {
    let dis = Arc::new(Dis::start().await);
    dis.ok(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "s", "partition_count": 1})),
        201,
    )
    .await;
    let mut tasks = Vec::new();
    for i in 0..20 {
        let dis = dis.clone();
        tasks.push(tokio::spawn(async move {
            let recs: Vec<Value> = (0..5)
                .map(|j| json!({"data": b64(&format!("{i}-{j}"))}))
                .collect();
            dis.put("s", json!(recs)).await
        }));
    }
    let mut seqs = Vec::new();
    for t in tasks {
        let put = t.await.unwrap();
        for r in put["records"].as_array().unwrap() {
            seqs.push(
                r["sequence_number"]
                    .as_str()
                    .unwrap()
                    .parse::<u64>()
                    .unwrap(),
            );
        }
    }
    seqs.sort();
    assert_eq!(seqs, (0..100).collect::<Vec<u64>>());
}

#[tokio::test]
async fn dump_tasks_over_http() {
    let dis = Dis::start().await;
    dis.ok(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "s", "partition_count": 1})),
        201,
    )
    .await;
    let task = |name: &str| {
        json!({"destination_type": "OBS", "obs_destination_descriptor": {
            "task_name": name, "agency_name": "dis_admin_agency", "deliver_time_interval": 30,
            "obs_bucket_path": "bucket", "partition_format": "yyyy/MM/dd", "record_delimiter": "|"}})
    };
    dis.ok(
        Method::POST,
        "/streams/s/transfer-tasks",
        Some(task("t1")),
        201,
    )
    .await;
    dis.ok(
        Method::POST,
        "/streams/s/transfer-tasks/",
        Some(task("action")),
        201,
    )
    .await;
    dis.err(
        Method::POST,
        "/streams/s/transfer-tasks",
        Some(task("t1")),
        400,
        "DIS.4355",
    )
    .await;
    let mut dli = task("t2");
    dli["destination_type"] = json!("DLI");
    dis.err(
        Method::POST,
        "/streams/s/transfer-tasks",
        Some(dli),
        400,
        "DIS.4200",
    )
    .await;
    let list = dis
        .ok(Method::GET, "/streams/s/transfer-tasks", None, 200)
        .await;
    assert_eq!(
        (list["total_number"].clone(), list["quota"].clone()),
        (json!(2), json!(5))
    );
    let id = list["tasks"][0]["task_id"].as_str().unwrap().to_owned();
    assert_eq!(list["tasks"][0]["state"], "RUNNING");
    let show = dis
        .ok(Method::GET, "/streams/s/transfer-tasks/t1", None, 200)
        .await;
    assert_eq!(show["obs_destination_description"]["record_delimiter"], "|");
    assert_eq!(show["partitions"][0]["partitionId"], "shardId-0000000000");
    assert_eq!(show["task_id"], id);
    // a task named "action" is still reachable by GET / DELETE
    assert_eq!(
        dis.ok(Method::GET, "/streams/s/transfer-tasks/action", None, 200)
            .await["task_name"],
        "action"
    );
    let stop = json!({"action": "stop", "tasks": [{"id": id}]});
    assert_eq!(
        dis.ok(
            Method::POST,
            "/streams/s/transfer-tasks/action",
            Some(stop),
            200
        )
        .await,
        Value::Null
    );
    assert_eq!(
        dis.ok(Method::GET, "/streams/s/transfer-tasks/t1", None, 200)
            .await["state"],
        "PAUSED"
    );
    let unknown = json!({"action": "start", "tasks": [{"id": "nope"}]});
    dis.err(
        Method::POST,
        "/streams/s/transfer-tasks/action",
        Some(unknown),
        400,
        "DIS.4354",
    )
    .await;
    dis.ok(
        Method::DELETE,
        "/streams/s/transfer-tasks/action",
        None,
        204,
    )
    .await;
    dis.ok(Method::DELETE, "/streams/s/transfer-tasks/t1", None, 204)
        .await;
    dis.err(
        Method::DELETE,
        "/streams/s/transfer-tasks/t1",
        None,
        400,
        "DIS.4354",
    )
    .await;
}

#[tokio::test]
async fn tags_over_http() {
    let dis = Dis::start().await;
    for name in ["alpha", "beta"] {
        dis.ok(
            Method::POST,
            "/streams",
            Some(json!({"stream_name": name, "partition_count": 1,
            "tags": [{"key": "env", "value": name}]})),
            201,
        )
        .await;
    }
    let id = dis.ok(Method::GET, "/streams/alpha", None, 200).await["stream_id"]
        .as_str()
        .unwrap()
        .to_owned();
    dis.ok(
        Method::POST,
        &format!("/stream/{id}/tags"),
        Some(json!({"tag": {"key": "action", "value": "x"}})),
        204,
    )
    .await;
    let batch = json!({"action": "create", "tags": [{"key": "team", "value": "a"}, {"key": "env", "value": "prod"}]});
    dis.ok(
        Method::POST,
        &format!("/stream/{id}/tags/action"),
        Some(batch),
        204,
    )
    .await;
    let tags = dis
        .ok(Method::GET, &format!("/stream/{id}/tags"), None, 200)
        .await;
    assert_eq!(tags["tags"].as_array().unwrap().len(), 3);
    dis.ok(
        Method::DELETE,
        &format!("/stream/{id}/tags/action"),
        None,
        204,
    )
    .await;
    dis.err(
        Method::DELETE,
        &format!("/stream/{id}/tags/action"),
        None,
        400,
        "DIS.4604",
    )
    .await;
    let del = json!({"action": "delete", "tags": [{"key": "team"}, {"key": "missing"}]});
    dis.ok(
        Method::POST,
        &format!("/stream/{id}/tags/action"),
        Some(del),
        204,
    )
    .await;
    dis.err(Method::GET, "/stream/nope/tags", None, 400, "DIS.4603")
        .await;
    let all = dis.ok(Method::GET, "/stream/tags", None, 200).await;
    assert_eq!(
        all["tags"],
        json!([{"key": "env", "values": ["beta", "prod"]}])
    );
    let filter = json!({"action": "filter", "limit": "10", "offset": "0",
        "tags": [{"key": "env", "values": ["prod"]}], "matches": [{"key": "resource_name", "value": "alp"}]});
    let found = dis
        .ok(
            Method::POST,
            "/stream/resource_instances/action",
            Some(filter),
            200,
        )
        .await;
    assert_eq!(found["total_count"], 1);
    assert_eq!(found["resources"][0]["resource_id"], id);
    let count = json!({"action": "count", "tags": [{"key": "env", "values": []}]});
    assert_eq!(
        dis.ok(
            Method::POST,
            "/stream/resource_instances/action",
            Some(count),
            200
        )
        .await["total_count"],
        2
    );
    let eleven: Vec<Value> = (0..11)
        .map(|i| json!({"key": format!("k{i}"), "value": "v"}))
        .collect();
    dis.err(
        Method::POST,
        &format!("/stream/{id}/tags/action"),
        Some(json!({"action": "create", "tags": eleven})),
        400,
        "DIS.4601",
    )
    .await;
}

#[tokio::test]
async fn metrics_over_http() {
    let dis = Dis::start().await;
    dis.ok(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "s", "partition_count": 1})),
        201,
    )
    .await;
    dis.put("s", json!([{"data": b64("12345")}, {"data": b64("678")}]))
        .await;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let q = format!("start_time={}&end_time={}", now - 300, now + 60);
    let m = dis
        .ok(
            Method::GET,
            &format!("/streams/s/metrics?label=total_put_bytes_per_stream&{q}"),
            None,
            200,
        )
        .await;
    assert_eq!(m["metrics"]["label"], "total_put_bytes_per_stream");
    let total: i64 = m["metrics"]["dataPoints"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["value"].as_i64().unwrap())
        .sum();
    assert_eq!(total, 8);
    let path = format!(
        "/streams/s/partitions/0/metrics?label_list=total_put_records_per_partition,total_get_records_per_partition&{q}"
    );
    let m = dis.ok(Method::GET, &path, None, 200).await;
    assert_eq!(m["metrics_list"].as_array().unwrap().len(), 2);
    dis.err(
        Method::GET,
        &format!("/streams/s/metrics?label=bogus&{q}"),
        None,
        400,
        "DIS.4209",
    )
    .await;
    let bad = format!(
        "/streams/s/metrics?label=total_put_bytes_per_stream&start_time={now}&end_time={}",
        now - 1
    );
    dis.err(Method::GET, &bad, None, 400, "DIS.4203").await;
    let long = format!(
        "/streams/s/metrics?label=total_put_bytes_per_stream&start_time=0&end_time={}",
        8 * 86_400
    );
    dis.err(Method::GET, &long, None, 400, "DIS.4204").await;
    dis.err(
        Method::GET,
        "/streams/s/metrics?label=total_put_bytes_per_stream",
        None,
        400,
        "DIS.4200",
    )
    .await;
}

#[tokio::test]
async fn token_authentication() {
    let dis = Dis::with(Server::builder().project_id("proj").token("s3cret")).await;
    dis.err(Method::GET, "/streams", None, 401, "APIGW.0301")
        .await;
    let url = dis.url("/streams");
    let wrong = dis
        .http
        .get(&url)
        .header("X-Auth-Token", "nope")
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(
        wrong.json::<Value>().await.unwrap()["errorCode"],
        "APIGW.0301"
    );
    let right = dis
        .http
        .get(&url)
        .header("X-Auth-Token", "s3cret")
        .send()
        .await
        .unwrap();
    assert_eq!(right.status(), StatusCode::OK);
    // without a token configured, a token header alone does not authenticate an AK/SK-only server
    let aksk = Dis::with(Server::builder().project_id("proj").credentials("AK", "SK")).await;
    let resp = aksk
        .http
        .get(aksk.url("/streams"))
        .header("X-Auth-Token", "s3cret")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    // an open server ignores credentials
    let open = Dis::start().await;
    let resp = open
        .http
        .get(open.url("/streams"))
        .header("X-Auth-Token", "anything")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
}

#[tokio::test]
async fn generated_client_talks_to_the_emulator() {
    let dis = Dis::start().await;
    let raw =
        otc_dis::raw::Client::new(&dis.handle.base_url(), otc_dis::Pipeline::default().into());
    let body: otc_dis::types::CreateStreamRequest =
        serde_json::from_value(json!({"stream_name": "typed", "partition_count": 3})).unwrap();
    raw.create_stream()
        .project_id("proj")
        .body(body)
        .send()
        .await
        .expect("create");
    let list = raw
        .list_streams()
        .project_id("proj")
        .send()
        .await
        .expect("list")
        .into_inner();
    assert_eq!(list.stream_names, ["typed"]);
    let show = raw
        .show_stream()
        .project_id("proj")
        .stream_name("typed")
        .send()
        .await
        .expect("show")
        .into_inner();
    assert_eq!(show.partitions.len(), 3);
    assert_eq!(show.writable_partition_count, 3);
}

#[tokio::test]
async fn dropping_the_handle_stops_the_server() {
    let handle = Server::builder().start().await.unwrap();
    let addr = handle.local_addr();
    drop(handle);
    // the server task is aborted asynchronously: give it a moment on a busy machine
    for _ in 0..150 {
        if tokio::net::TcpStream::connect(addr).await.is_err() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("the server still accepts connections after the handle was dropped");
}

#[tokio::test]
async fn stream_id_can_stand_in_for_the_name() {
    let dis = Dis::start().await;
    dis.ok(
        Method::POST,
        "/streams",
        Some(json!({"stream_name": "s", "partition_count": 1})),
        201,
    )
    .await;
    let id = dis.ok(Method::GET, "/streams/s", None, 200).await["stream_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let put = json!({"stream_name": "", "stream_id": id, "records": [{"data": b64("x")}]});
    assert_eq!(
        dis.ok(Method::POST, "/records", Some(put), 200).await["failed_record_count"],
        0
    );
    // the Python SDK sends stream-id instead of stream-name
    let v = dis
        .ok(
            Method::GET,
            &format!("/cursors?stream-id={id}&partition-id=0&cursor-type=TRIM_HORIZON"),
            None,
            200,
        )
        .await;
    let got = dis.read(v["partition_cursor"].as_str().unwrap(), "").await;
    assert_eq!(got["records"][0]["data"], b64("x"));
    assert_eq!(
        dis.ok(
            Method::GET,
            &format!("/streams/unknown-name?stream_id={id}"),
            None,
            200
        )
        .await["stream_name"],
        "s"
    );
    dis.ok(Method::POST, "/apps", Some(json!({"app_name": "a"})), 201)
        .await;
    let cp = json!({"app_name": "a", "checkpoint_type": "LAST_READ", "stream_name": "gone", "stream_id": id,
                    "partition_id": "0", "sequence_number": "1"});
    dis.ok(Method::POST, "/checkpoints", Some(cp), 201).await;
    let q = format!(
        "/checkpoints?stream_name=gone&stream_id={id}&partition_id=0&app_name=a&checkpoint_type=LAST_READ"
    );
    assert_eq!(
        dis.ok(Method::GET, &q, None, 200).await["sequence_number"],
        "1"
    );
    dis.err(
        Method::GET,
        "/cursors?partition-id=0",
        None,
        400,
        "DIS.4200",
    )
    .await;
    dis.err(
        Method::GET,
        "/cursors?stream-id=nope&partition-id=0&cursor-type=LATEST",
        None,
        400,
        "DIS.4301",
    )
    .await;
}
