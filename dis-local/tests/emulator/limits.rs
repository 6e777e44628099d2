//! `--enforce-limits` on the wire: throttled records in PutRecords answers, refused
//! requests as DIS error bodies; the clock is a `ManualClock`, so nothing depends on timing.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use dis_local::Server;
use dis_local::engine::ManualClock;
use reqwest::Client;
use serde_json::{Value, json};

async fn send(_http: &Client, req: reqwest::RequestBuilder) -> (u16, Value) {
    let resp = req.send().await.expect("answered");
    let status = resp.status().as_u16();
    let text = resp.text().await.expect("body");
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test]
async fn throttling_shows_on_the_wire_and_refills_with_the_clock() {
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let dis = Server::builder()
        .project_id("proj")
        .clock(clock.clone())
        .enforce_limits(true)
        .start()
        .await
        .unwrap();
    let http = Client::new();
    let url = |p: &str| format!("{}{p}", dis.endpoint());
    let (status, _) = send(
        &http,
        http.post(url("/streams"))
            .json(&json!({"stream_name": "s", "partition_count": 1})),
    )
    .await;
    assert_eq!(status, 201);

    // 1,001 records at one instant: the partition takes 1,000 records per second.
    let records: Vec<Value> = (0..1001)
        .map(|_| json!({"data": STANDARD.encode("r")}))
        .collect();
    let put = json!({"stream_name": "s", "records": records});
    let (status, body) = send(&http, http.post(url("/records")).json(&put)).await;
    assert_eq!(status, 200);
    assert_eq!(body["failed_record_count"], 1);
    assert_eq!(body["records"][999]["sequence_number"], "999");
    let refused = &body["records"][1000];
    assert_eq!(refused["error_code"], "DIS.4303");
    assert!(refused.get("sequence_number").is_none(), "{refused}");

    // Reading 1 MiB records: the 2 MiB/s allowance serves two, then refuses.
    clock.advance(Duration::from_secs(1));
    let mib = STANDARD.encode(vec![0u8; 1 << 20]);
    let big = json!({"stream_name": "s", "records": [{"data": mib}]});
    for _ in 0..3 {
        let (status, body) = send(&http, http.post(url("/records")).json(&big)).await;
        assert_eq!((status, &body["failed_record_count"]), (200, &json!(0)));
        clock.advance(Duration::from_secs(1));
    }
    let (_, cursor) = send(
        &http,
        http.get(url("/cursors")).query(&[
            ("stream-name", "s"),
            ("partition-id", "0"),
            ("cursor-type", "AT_SEQUENCE_NUMBER"),
            ("starting-sequence-number", "1000"),
        ]),
    )
    .await;
    let read = |cursor: &str| {
        http.get(url("/records"))
            .query(&[("partition-cursor", cursor), ("max_fetch_bytes", "8388608")])
    };
    let (status, page) = send(&http, read(cursor["partition_cursor"].as_str().unwrap())).await;
    assert_eq!(status, 200);
    assert_eq!(page["records"].as_array().unwrap().len(), 2);
    let next = page["next_partition_cursor"].as_str().unwrap().to_owned();
    let (status, err) = send(&http, read(&next)).await;
    assert_eq!(
        (status, &err["errorCode"]),
        (400, &json!("DIS.4303")),
        "{err}"
    );
    clock.advance(Duration::from_millis(500));
    let (status, page) = send(&http, read(&next)).await;
    assert_eq!(status, 200);
    assert_eq!(page["records"][0]["sequence_number"], "1002");
}

#[tokio::test]
async fn without_the_flag_nothing_is_throttled() {
    let dis = Server::builder()
        .project_id("proj")
        .clock(Arc::new(ManualClock::new(1_700_000_000_000)))
        .start()
        .await
        .unwrap();
    let http = Client::new();
    let (status, _) = send(
        &http,
        http.post(format!("{}/streams", dis.endpoint()))
            .json(&json!({"stream_name": "s", "partition_count": 1})),
    )
    .await;
    assert_eq!(status, 201);
    let records: Vec<Value> = (0..5000).map(|_| json!({"data": "AA=="})).collect();
    let (status, body) = send(
        &http,
        http.post(format!("{}/records", dis.endpoint()))
            .json(&json!({"stream_name": "s", "records": records})),
    )
    .await;
    assert_eq!((status, &body["failed_record_count"]), (200, &json!(0)));
}
