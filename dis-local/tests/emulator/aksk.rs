//! AK/SK signatures: the three forms `otc_dis::signing` produces, and the fixed test vectors
//! of the project's API notes (computed with the Python SDK and an independent implementation).

use crate::common;

use otc_dis::signing::{SignatureForm, SignedRequest, Signer};
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderValue};
use serde_json::Value;

const AK: &str = "AKEXAMPLE1234567890";
const SK: &str = "SKEXAMPLEsecretkey0123456789abcdefghijkl";

async fn server() -> dis_local::Handle {
    dis_local::Server::builder()
        .project_id("PID")
        .credentials(AK, SK)
        .start()
        .await
        .unwrap()
}

async fn send(
    dis: &dis_local::Handle,
    method: &str,
    path_and_query: &str,
    headers: HeaderMap,
    body: &str,
) -> (StatusCode, Value) {
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let url = format!("{}{path_and_query}", dis.base_url());
    let resp = common::http()
        .request(method, url)
        .headers(headers)
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    let status = resp.status();
    let text = resp.text().await.unwrap();
    (
        status,
        if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap()
        },
    )
}

/// Signs `method path?query` with `body` as a client would, for the emulator's real host.
fn signed(
    dis: &dis_local::Handle,
    form: SignatureForm,
    sk: &str,
    method: &str,
    path: &str,
    query: Option<&str>,
    body: &str,
) -> HeaderMap {
    let mut headers = HeaderMap::new();
    let host = dis.base_url().trim_start_matches("http://").to_owned();
    headers.insert("host", HeaderValue::from_str(&host).unwrap());
    headers.insert("x-sdk-date", HeaderValue::from_static("20240102T030405Z"));
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    let request = SignedRequest::new(method, path, query, &headers, body.as_bytes());
    let signature = Signer::new(form, AK, sk, "eu-de")
        .sign(&request, &["content-type", "host", "x-sdk-date"])
        .unwrap();
    headers.insert(
        "authorization",
        HeaderValue::from_str(&signature.authorization).unwrap(),
    );
    headers
}

#[tokio::test]
async fn all_three_signature_forms_are_accepted() {
    let dis = server().await;
    for (i, form) in [
        SignatureForm::Sdk,
        SignatureForm::SdkDerived,
        SignatureForm::Gateway,
    ]
    .into_iter()
    .enumerate()
    {
        let body = format!(r#"{{"app_name":"app{i}"}}"#);
        let headers = signed(&dis, form, SK, "POST", "/v2/PID/apps", None, &body);
        let (status, v) = send(&dis, "POST", "/v2/PID/apps", headers, &body).await;
        assert_eq!(status, StatusCode::CREATED, "{form:?}: {v}");
        let headers = signed(&dis, form, SK, "GET", "/v2/PID/apps/", Some("limit=5"), "");
        let (status, v) = send(&dis, "GET", "/v2/PID/apps/?limit=5", headers, "").await;
        assert_eq!(status, StatusCode::OK, "{form:?}: {v}");
        assert_eq!(v["total_number"], i + 1);
    }
}

#[tokio::test]
async fn bad_signatures_are_401_and_change_nothing() {
    let dis = server().await;
    let body = r#"{"app_name":"a"}"#;
    // signed with another secret
    let headers = signed(
        &dis,
        SignatureForm::Sdk,
        "wrong",
        "POST",
        "/v2/PID/apps",
        None,
        body,
    );
    let (status, v) = send(&dis, "POST", "/v2/PID/apps", headers, body).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(v["errorCode"], "APIGW.0301");
    // body changed after signing
    let headers = signed(
        &dis,
        SignatureForm::Sdk,
        SK,
        "POST",
        "/v2/PID/apps",
        None,
        body,
    );
    let (status, _) = send(&dis, "POST", "/v2/PID/apps", headers, r#"{"app_name":"b"}"#).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // query changed after signing
    let headers = signed(
        &dis,
        SignatureForm::Gateway,
        SK,
        "GET",
        "/v2/PID/apps",
        Some("limit=5"),
        "",
    );
    let (status, _) = send(&dis, "GET", "/v2/PID/apps?limit=6", headers, "").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // no credentials at all, garbage header
    let (status, _) = send(&dis, "GET", "/v2/PID/apps", HeaderMap::new(), "").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let mut garbage = HeaderMap::new();
    garbage.insert("authorization", HeaderValue::from_static("Bearer nope"));
    let (status, v) = send(&dis, "GET", "/v2/PID/apps", garbage, "").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{v}");
    // nothing was created
    let headers = signed(
        &dis,
        SignatureForm::Sdk,
        SK,
        "GET",
        "/v2/PID/apps",
        None,
        "",
    );
    let (status, v) = send(&dis, "GET", "/v2/PID/apps", headers, "").await;
    assert_eq!(
        (status, v["total_number"].clone()),
        (StatusCode::OK, Value::from(0))
    );
}

fn vector_headers(authorization: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(
        "host",
        HeaderValue::from_static("dis.eu-de.otc.t-systems.com"),
    );
    headers.insert("x-sdk-date", HeaderValue::from_static("20240102T030405Z"));
    headers.insert(
        "authorization",
        HeaderValue::from_str(authorization).unwrap(),
    );
    headers
}

#[tokio::test]
async fn test_vectors_of_the_notes_verify() {
    let dis = server().await;
    let sdk = format!(
        "SDK-HMAC-SHA256 Credential={AK}/20240102/eu-de/dis/sdk_request, SignedHeaders=host;x-sdk-date, \
         Signature=f098be79b77da5cbdd1c118189a82a999f94f660b33b541b55b58cfc5147be83"
    );
    let (status, v) = send(
        &dis,
        "GET",
        "/v2/PID/streams?limit=10&start_stream_name=a",
        vector_headers(&sdk),
        "",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let v11 = format!(
        "V11-HMAC-SHA256 Credential={AK}/20240102/eu-de/dis/sdk_request, SignedHeaders=host;x-sdk-date, \
         Signature=95638a575c500cf22116eb0833a8f3008eeb0528e2159b0709b9cf10e05e8468"
    );
    let (status, v) = send(
        &dis,
        "GET",
        "/v2/PID/streams?limit=10",
        vector_headers(&v11),
        "",
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{v}");
    let tampered = sdk.replace("f098be79", "f098be7a");
    let (status, _) = send(
        &dis,
        "GET",
        "/v2/PID/streams?limit=10&start_stream_name=a",
        vector_headers(&tampered),
        "",
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn token_and_keys_together() {
    let dis = dis_local::Server::builder()
        .project_id("PID")
        .credentials(AK, SK)
        .token("tok")
        .start()
        .await
        .unwrap();
    let mut token = HeaderMap::new();
    token.insert("x-auth-token", HeaderValue::from_static("tok"));
    assert_eq!(
        send(&dis, "GET", "/v2/PID/streams", token, "").await.0,
        StatusCode::OK
    );
    let headers = signed(
        &dis,
        SignatureForm::Sdk,
        SK,
        "GET",
        "/v2/PID/streams",
        None,
        "",
    );
    assert_eq!(
        send(&dis, "GET", "/v2/PID/streams", headers, "").await.0,
        StatusCode::OK
    );
}

async fn signed_client(dis: &dis_local::Handle, sk: &str, form: SignatureForm) -> otc_dis::Client {
    let config = otc_dis::config::Config::builder()
        .ignore_environment()
        .ignore_files()
        .endpoint(dis.endpoint())
        .region("eu-de")
        .credentials(otc_dis::auth::Credentials::aksk(AK, sk))
        .signature_form(form)
        .build()
        .unwrap();
    otc_dis::Client::connect(config).await.unwrap()
}

#[tokio::test]
async fn the_project_client_signs_and_the_emulator_verifies() {
    let dis = server().await;
    for (i, form) in [
        SignatureForm::Sdk,
        SignatureForm::SdkDerived,
        SignatureForm::Gateway,
    ]
    .into_iter()
    .enumerate()
    {
        let client = signed_client(&dis, SK, form).await;
        client
            .create_stream(format!("s{i}"), 1)
            .send()
            .await
            .unwrap_or_else(|e| panic!("{form:?}: {e}"));
        assert_eq!(
            client
                .get_stream(&format!("s{i}"))
                .await
                .unwrap()
                .writable_partition_count,
            1
        );
    }
    let wrong = signed_client(&dis, "not-the-secret", SignatureForm::Sdk).await;
    let err = wrong.get_stream("s0").await.unwrap_err();
    assert_eq!(err.status(), Some(401), "{err}");
}
