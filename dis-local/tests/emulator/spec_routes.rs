//! Every method+path pair of the project's OpenAPI spec reaches a handler of the emulator:
//! no 404/405, and every answer is either a success or a DIS error body.

use crate::common;

use serde_json::Value;

const SPEC: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/dis-v2.yaml"));

#[tokio::test]
async fn all_spec_operations_are_routed() {
    let spec: Value = serde_saphyr::from_str(SPEC).expect("spec parses");
    let dis = dis_local::Server::builder()
        .project_id("proj")
        .start()
        .await
        .unwrap();
    let http = common::http();
    let mut pairs = 0;
    for (path, ops) in spec["paths"].as_object().expect("paths") {
        for (method, _op) in ops.as_object().expect("operations") {
            let method = method.to_ascii_uppercase();
            if !["GET", "POST", "PUT", "DELETE"].contains(&method.as_str()) {
                continue;
            }
            pairs += 1;
            let concrete = path
                .replace("{project_id}", "proj")
                .replace("{stream_name}", "no-such-stream")
                .replace("{app_name}", "no-such-app")
                .replace("{task_name}", "no-such-task")
                .replace("{partition_id}", "0")
                .replace("{stream_id}", "no-such-id")
                .replace("{key}", "k");
            assert!(!concrete.contains('{'), "unhandled parameter in {path}");
            for url in [
                format!("{}{concrete}", dis.base_url()),
                format!("{}{concrete}/", dis.base_url()),
            ] {
                let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
                let resp = http.request(m, &url).body("{}").send().await.unwrap();
                let status = resp.status().as_u16();
                let body = resp.text().await.unwrap();
                assert!(
                    status != 404 && status != 405,
                    "{method} {url}: {status} {body}"
                );
                if status >= 400 {
                    let v: Value = serde_json::from_str(&body)
                        .unwrap_or_else(|_| panic!("{method} {url}: {body}"));
                    assert!(
                        v["errorCode"]
                            .as_str()
                            .is_some_and(|c| c.starts_with("DIS.")),
                        "{method} {url}: {body}"
                    );
                }
            }
        }
    }
    assert_eq!(pairs, 29);
}
