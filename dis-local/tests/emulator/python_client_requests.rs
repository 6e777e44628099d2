//! The requests of the published Python DIS clients, rebuilt in Rust so that the emulator
//! is checked for them without Python (`python_clients.rs` runs the real clients).
//!
//! Each test sends what one client sends on the wire (recorded from
//! huaweicloud-sdk-python-dis 2.0.8 and huaweicloudsdkdis 3.1.219 with huaweicloudsdkcore
//! 3.1.219, see `interop/python/`), signed with `otc_dis::signing`:
//!
//! * huaweicloud-sdk-python-dis (`dis_sdk_python.disclient`) signs `host;x-sdk-date` only, by
//!   default with `V11-HMAC-SHA256 Credential=AK/YYYYMMDD/{region}/dis/sdk_request` (HKDF-derived
//!   secret; `derivationKeySwitch=False` gives `SDK-HMAC-SHA256 Credential=`). It signs the host
//!   **without the port** (`if port == '443' or '80'` is always true) while the HTTP `Host`
//!   header carries it: `host:127.0.0.1` is signed, `Host: 127.0.0.1:PORT` is sent. It puts
//!   a slash after most paths, sends `Content-Type: application/json; charset=UTF-8` and
//!   `content-length: 0` on GET/DELETE, `"stream_id": ""` in PutRecords, no
//!   `checkpoint_type` on DeleteCheckpoint, `limit=1000` on GetRecords, `limit_partitions=1000`
//!   on DescribeStream, and creates / shows dump tasks under the singular `/stream/{name}/`.
//! * huaweicloudsdkdis signs `content-type;host;user-agent;x-project-id;x-sdk-date` with the
//!   API-gateway form `SDK-HMAC-SHA256 Access=AK, SignedHeaders=..., Signature=...` (raw
//!   secret key, no scope), host with the port; it also sends `X-Project-Id`.

use crate::common;

use std::time::{SystemTime, UNIX_EPOCH};

use dis_local::{Handle, Server};
use otc_dis::signing::{SignatureForm, SignedRequest, Signer};
use reqwest::Method;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde_json::{Value, json};

const PROJECT: &str = "proj";
const AK: &str = "PYREQAK0123456789";
const SK: &str = "pyReqSecretKey0123456789abcdefghijklmnop";
const TOKEN: &str = "py-req-token";
const REGION: &str = "eu-de";
const DIS_SDK_UA: &str = "dis-python-sdk-v-2.0.0";
const HW_SDK_UA: &str = "huaweicloud-usdk-python/3.0; python-requests";

async fn start() -> Handle {
    Server::builder()
        .project_id(PROJECT)
        .credentials(AK, SK)
        .token(TOKEN)
        .start()
        .await
        .expect("server starts")
}

/// `YYYYMMDD'T'HHMMSS'Z'` of now (UTC).
fn sdk_date_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

fn header_map(pairs: &[(&str, &str)]) -> HeaderMap {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        map.insert(
            HeaderName::from_bytes(name.as_bytes()).expect("header name"),
            HeaderValue::from_str(value).expect("header value"),
        );
    }
    map
}

/// Sends one request; `sent` are the headers on the wire (reqwest adds `Host` with the port
/// unless `sent` has one).
async fn send(
    handle: &Handle,
    method: Method,
    path_and_query: &str,
    sent: HeaderMap,
    body: &str,
) -> (u16, Value) {
    let url = format!("{}{path_and_query}", handle.base_url());
    let resp = common::http()
        .request(method, url)
        .headers(sent)
        .body(body.to_owned())
        .send()
        .await
        .expect("request is answered");
    let status = resp.status().as_u16();
    let text = resp.text().await.expect("body");
    let value = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or(Value::String(text))
    };
    (status, value)
}

/// A request as huaweicloud-sdk-python-dis sends it: signed over `host` without the port and
/// `x-sdk-date`, in `form` (`SdkDerived` is the SDK's default).
async fn dis_sdk_request(
    handle: &Handle,
    form: SignatureForm,
    method: Method,
    path: &str,
    query: Option<&str>,
    body: &str,
) -> (u16, Value) {
    let date = sdk_date_now();
    let signed_view = header_map(&[("host", "127.0.0.1"), ("x-sdk-date", &date)]);
    let signature = Signer::new(form, AK, SK, REGION)
        .sign(
            &SignedRequest::new(method.as_str(), path, query, &signed_view, body.as_bytes()),
            &["host", "x-sdk-date"],
        )
        .expect("sign");
    let sent = header_map(&[
        ("x-sdk-date", &date),
        ("authorization", &signature.authorization),
        ("content-length", &body.len().to_string()),
        ("user-agent", DIS_SDK_UA),
        ("content-type", "application/json; charset=UTF-8"),
        ("accept", "*/*"),
    ]);
    let target = match query {
        Some(q) => format!("{path}?{q}"),
        None => path.to_owned(),
    };
    send(handle, method, &target, sent, body).await
}

/// A request as huaweicloudsdkdis sends it: `Access=` form over five headers, host with port.
async fn hw_sdk_request(
    handle: &Handle,
    method: Method,
    path: &str,
    query: Option<&str>,
    body: &str,
) -> (u16, Value) {
    let date = sdk_date_now();
    let host = handle.local_addr().to_string();
    let headers = header_map(&[
        ("content-type", "application/json"),
        ("host", &host),
        ("user-agent", HW_SDK_UA),
        ("x-project-id", PROJECT),
        ("x-sdk-date", &date),
    ]);
    let signature = Signer::new(SignatureForm::Gateway, AK, SK, "")
        .sign(
            &SignedRequest::new(method.as_str(), path, query, &headers, body.as_bytes()),
            &[
                "content-type",
                "host",
                "user-agent",
                "x-project-id",
                "x-sdk-date",
            ],
        )
        .expect("sign");
    let mut sent = headers.clone();
    sent.insert(
        "authorization",
        HeaderValue::from_str(&signature.authorization).expect("value"),
    );
    sent.insert("accept", HeaderValue::from_static("*/*"));
    let target = match query {
        Some(q) => format!("{path}?{q}"),
        None => path.to_owned(),
    };
    send(handle, method, &target, sent, body).await
}

/// A token-authenticated request with the dis-sdk's headers (for path and body shapes).
async fn token_request(
    handle: &Handle,
    method: Method,
    path_and_query: &str,
    body: &str,
) -> (u16, Value) {
    let sent = header_map(&[
        ("x-auth-token", TOKEN),
        ("content-type", "application/json; charset=UTF-8"),
        ("content-length", &body.len().to_string()),
        ("user-agent", DIS_SDK_UA),
    ]);
    send(handle, method, path_and_query, sent, body).await
}

fn p(rest: &str) -> String {
    format!("/v2/{PROJECT}{rest}")
}

async fn create_stream(handle: &Handle, name: &str) {
    let body = json!({"stream_name": name, "partition_count": 2, "stream_type": "COMMON", "data_type": "BLOB", "data_duration": 24});
    let (status, value) =
        token_request(handle, Method::POST, &p("/streams/"), &body.to_string()).await;
    assert_eq!(status, 201, "{value}");
}

#[tokio::test]
async fn dis_sdk_default_v11_signature_over_host_without_port_is_accepted() {
    let handle = start().await;
    let body = json!({"stream_name": "s1", "partition_count": 2, "stream_type": "COMMON", "data_type": "BLOB", "data_duration": 24}).to_string();
    let (status, value) = dis_sdk_request(
        &handle,
        SignatureForm::SdkDerived,
        Method::POST,
        &p("/streams/"),
        None,
        &body,
    )
    .await;
    assert_eq!(
        status, 201,
        "POST /streams/ signed V11-HMAC-SHA256 over host:127.0.0.1, sent Host 127.0.0.1:PORT: {value}"
    );
    let (status, value) = dis_sdk_request(
        &handle,
        SignatureForm::SdkDerived,
        Method::GET,
        &p("/streams/"),
        Some("limit=100"),
        "",
    )
    .await;
    assert_eq!(status, 200, "GET /streams/?limit=100 (V11): {value}");
    assert_eq!(value["stream_names"], json!(["s1"]), "{value}");
}

#[tokio::test]
async fn dis_sdk_plain_sdk_signature_over_host_without_port_is_accepted() {
    let handle = start().await;
    let (status, value) = dis_sdk_request(
        &handle,
        SignatureForm::Sdk,
        Method::GET,
        &p("/streams/"),
        Some("limit=100"),
        "",
    )
    .await;
    assert_eq!(
        status, 200,
        "GET /streams/?limit=100 signed SDK-HMAC-SHA256 Credential= over host:127.0.0.1: {value}"
    );
}

#[tokio::test]
async fn huaweicloudsdkdis_gateway_signature_is_accepted() {
    let handle = start().await;
    let body = json!({"stream_name": "s1", "partition_count": 2, "stream_type": "COMMON", "data_type": "BLOB"}).to_string();
    let (status, value) = hw_sdk_request(&handle, Method::POST, &p("/streams"), None, &body).await;
    assert_eq!(
        status, 201,
        "POST /streams signed SDK-HMAC-SHA256 Access= over content-type;host;user-agent;x-project-id;x-sdk-date: {value}"
    );
    let (status, value) =
        hw_sdk_request(&handle, Method::GET, &p("/streams"), Some("limit=100"), "").await;
    assert_eq!(status, 200, "GET /streams?limit=100 (Access=): {value}");
    let (status, value) = hw_sdk_request(
        &handle,
        Method::GET,
        &p("/cursors"),
        Some("cursor-type=AT_SEQUENCE_NUMBER&partition-id=shardId-0000000001&starting-sequence-number=0&stream-name=s1"),
        "",
    )
    .await;
    assert_eq!(status, 200, "GET /cursors (Access=): {value}");
}

#[tokio::test]
async fn dis_sdk_creates_and_shows_dump_tasks_under_singular_stream() {
    let handle = start().await;
    create_stream(&handle, "s1").await;
    let body = json!({"destination_type": "OBS", "obs_destination_descriptor": {
        "agency_name": "dis_admin_agency", "deliver_time_interval": 300, "consumer_strategy": "TRIM_HORIZON",
        "file_prefix": "interop", "partition_format": "yyyy/MM/dd", "obs_bucket_path": "interop-bucket",
        "destination_file_type": "text", "record_delimiter": "\n", "task_name": "t1"}})
    .to_string();
    let (status, value) = token_request(
        &handle,
        Method::POST,
        &p("/stream/s1/transfer-tasks/"),
        &body,
    )
    .await;
    assert_eq!(
        status, 201,
        "POST /v2/{{pid}}/stream/s1/transfer-tasks/ (add_dump_task): {value}"
    );
    let (status, value) =
        token_request(&handle, Method::GET, &p("/stream/s1/transfer-tasks/t1"), "").await;
    assert_eq!(
        status, 200,
        "GET /v2/{{pid}}/stream/s1/transfer-tasks/t1 (describe_dump_task): {value}"
    );
    assert_eq!(value["task_name"], "t1", "{value}");
}

#[tokio::test]
async fn dis_sdk_request_shapes_are_accepted() {
    let handle = start().await;
    create_stream(&handle, "s1").await;

    // DescribeStream with limit_partitions=1000.
    let (status, value) = token_request(
        &handle,
        Method::GET,
        &p("/streams/s1?limit_partitions=1000"),
        "",
    )
    .await;
    assert_eq!(status, 200, "{value}");

    // PutRecords with an empty stream_id next to the name, data = base64 of UTF-8 text.
    let body = r#"{"stream_name": "s1", "stream_id": "", "records": [{"data": "aMOpbGxvAA==", "partition_id": "shardId-0000000001"}]}"#;
    let (status, value) = token_request(&handle, Method::POST, &p("/records/"), body).await;
    assert_eq!(status, 200, "{value}");
    assert_eq!(value["failed_record_count"], 0, "{value}");
    let seq = value["records"][0]["sequence_number"]
        .as_str()
        .expect("sequence_number")
        .to_owned();

    // GetCursor and GetRecords with the SDK's extra limit=1000.
    let (status, value) = token_request(
        &handle,
        Method::GET,
        &p(&format!(
            "/cursors/?stream-name=s1&partition-id=shardId-0000000001&cursor-type=AT_SEQUENCE_NUMBER&starting-sequence-number={seq}"
        )),
        "",
    )
    .await;
    assert_eq!(status, 200, "{value}");
    let cursor = value["partition_cursor"]
        .as_str()
        .expect("cursor")
        .to_owned();
    let query: String = url_encode(&cursor);
    let (status, value) = token_request(
        &handle,
        Method::GET,
        &p(&format!("/records/?partition-cursor={query}&limit=1000")),
        "",
    )
    .await;
    assert_eq!(status, 200, "{value}");
    assert_eq!(value["records"][0]["data"], "aMOpbGxvAA==", "{value}");

    // Apps, checkpoint, consumer state with start_partition_id=0&limit=10, delete checkpoint
    // without checkpoint_type.
    let (status, value) =
        token_request(&handle, Method::POST, &p("/apps/"), r#"{"app_name": "a1"}"#).await;
    assert_eq!(status, 201, "{value}");
    let (status, value) = token_request(&handle, Method::GET, &p("/apps?limit=100"), "").await;
    assert_eq!(status, 200, "{value}");
    let body = json!({"stream_name": "s1", "app_name": "a1", "partition_id": "shardId-0000000001",
                      "sequence_number": seq, "metadata": "", "checkpoint_type": "LAST_READ"})
    .to_string();
    let (status, value) = token_request(&handle, Method::POST, &p("/checkpoints/"), &body).await;
    assert_eq!(status, 201, "{value}");
    let (status, value) = token_request(
        &handle,
        Method::GET,
        &p("/apps/a1/streams/s1?start_partition_id=0&checkpoint_type=LAST_READ&limit=10"),
        "",
    )
    .await;
    assert_eq!(status, 200, "{value}");
    let (status, value) = token_request(
        &handle,
        Method::DELETE,
        &p("/checkpoints/?stream_name=s1&app_name=a1"),
        "",
    )
    .await;
    assert_eq!(
        status, 204,
        "DELETE /checkpoints/ without checkpoint_type: {value}"
    );
    let (status, value) = token_request(&handle, Method::DELETE, &p("/apps/a1/"), "").await;
    assert_eq!(status, 204, "{value}");
    let (status, value) = token_request(&handle, Method::DELETE, &p("/streams/s1"), "").await;
    assert_eq!(status, 204, "{value}");
}

fn url_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
