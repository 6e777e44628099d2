//! Answers that clients decode strictly, errors that name what is wrong, and the checks
//! the project's client and the reference make.

use std::process::Command;

use dis_local::{Handle, Server};
use reqwest::Client;
use serde_json::{Value, json};

async fn start() -> (Handle, Client) {
    let h = Server::builder().project_id("proj").start().await.unwrap();
    (h, Client::new())
}

async fn call(
    http: &Client,
    h: &Handle,
    method: reqwest::Method,
    path: &str,
    body: Option<&str>,
) -> (u16, Value) {
    let mut req = http.request(method, format!("{}{path}", h.endpoint()));
    if let Some(b) = body {
        req = req.body(b.to_owned());
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[tokio::test]
async fn scaling_history_has_an_integer_result_code_and_no_result_msg() {
    let (h, http) = start().await;
    let create = json!({"stream_name": "s", "partition_count": 2}).to_string();
    assert_eq!(
        call(&http, &h, reqwest::Method::POST, "/streams", Some(&create))
            .await
            .0,
        201
    );
    let scale = json!({"stream_name": "s", "target_partition_count": 3}).to_string();
    assert_eq!(
        call(&http, &h, reqwest::Method::PUT, "/streams/s", Some(&scale))
            .await
            .0,
        200
    );
    let (status, shown) = call(&http, &h, reqwest::Method::GET, "/streams/s", None).await;
    assert_eq!(status, 200);
    let history = shown["update_partition_counts"].as_array().unwrap();
    assert_eq!(history.len(), 1);
    let entry = history[0].as_object().unwrap();
    assert_eq!(entry["result_code"], json!(0));
    assert!(!entry.contains_key("result_msg"), "{entry:?}");
    assert_eq!(
        (
            &entry["src_partition_count"],
            &entry["target_partition_count"]
        ),
        (&json!(2), &json!(3))
    );
}

#[tokio::test]
async fn shape_errors_name_the_field() {
    let (h, http) = start().await;
    let cases = [
        (
            "/streams",
            "[]",
            "Invalid request. the body must be a JSON object",
        ),
        (
            "/streams",
            r#"{"stream_name":"s","partition_count":1,"auto_scale_enabled":[]}"#,
            "Invalid request. auto_scale_enabled: invalid type: sequence",
        ),
        (
            "/streams",
            r#"{"stream_name":"s","partition_count":"two"}"#,
            "Invalid request. partition_count: invalid type: string",
        ),
        (
            "/records",
            r#"{"stream_name":"s","records":[{"data":"AA=="},{"data":7}]}"#,
            "Invalid request. records[1].data: invalid type: integer",
        ),
    ];
    for (path, body, start) in cases {
        let (status, err) = call(&http, &h, reqwest::Method::POST, path, Some(body)).await;
        assert_eq!(
            (status, &err["errorCode"]),
            (400, &json!("DIS.4200")),
            "{body}"
        );
        let message = err["message"].as_str().unwrap();
        assert!(message.starts_with(start), "{body}: {message}");
    }
    // Not JSON at all stays DIS.4300.
    let (status, err) = call(&http, &h, reqwest::Method::POST, "/streams", Some("{oops")).await;
    assert_eq!((status, &err["errorCode"]), (400, &json!("DIS.4300")));
}

#[tokio::test]
async fn metrics_windows_and_tag_batches_are_checked_like_the_client_does() {
    let (h, http) = start().await;
    let create = json!({"stream_name": "s", "partition_count": 1}).to_string();
    assert_eq!(
        call(&http, &h, reqwest::Method::POST, "/streams", Some(&create))
            .await
            .0,
        201
    );
    let metrics = |start: i64, end: i64| {
        format!(
            "/streams/s/metrics?label=total_put_bytes_per_stream&start_time={start}&end_time={end}"
        )
    };
    let now = 1_764_547_200; // 2025-12-01, epoch seconds
    let (status, _) = call(
        &http,
        &h,
        reqwest::Method::GET,
        &metrics(now - 60, now),
        None,
    )
    .await;
    assert_eq!(status, 200);
    for (start, end, says) in [
        (now, now, "must be after start_time"),
        (now, now - 60, "must be after start_time"),
        (now * 1000, now * 1000 + 60_000, "10-digit"),
        (now - 60, now * 1000, "end_time must be a 10-digit"),
    ] {
        let (status, err) = call(&http, &h, reqwest::Method::GET, &metrics(start, end), None).await;
        assert_eq!(
            (status, &err["errorCode"]),
            (400, &json!("DIS.4203")),
            "{start}..{end}"
        );
        assert!(err["message"].as_str().unwrap().contains(says), "{err}");
    }

    let (_, shown) = call(&http, &h, reqwest::Method::GET, "/streams/s", None).await;
    let id = shown["stream_id"].as_str().unwrap();
    let (status, err) = call(
        &http,
        &h,
        reqwest::Method::POST,
        &format!("/stream/{id}/tags/action"),
        Some(r#"{"action":"create","tags":[]}"#),
    )
    .await;
    assert_eq!((status, &err["errorCode"]), (400, &json!("DIS.4200")));
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("at least one tag"),
        "{err}"
    );
}

#[tokio::test]
async fn project_ids_are_checked_by_the_builder_and_the_binary() {
    for bad in ["", "a/b", "white space"] {
        let err = Server::builder().project_id(bad).start().await.unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput, "{bad:?}");
        let out = Command::new(env!("CARGO_BIN_EXE_dis-local"))
            .args(["--listen", "127.0.0.1:0", "--project-id", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("--project-id"), "{stderr}");
        assert!(stderr.contains("project id"), "{stderr}");
    }
}
