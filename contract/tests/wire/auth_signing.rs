//! AK/SK signing: the test vectors of the DIS notes (§4.2) reproduce exactly, the
//! gateway form is checked against independently computed vectors, `verify` accepts
//! what `sign` produces and refuses tampering, and signed requests of the client pass an
//! httpmock server that recomputes the Authorization header.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use otc_dis::RetryPolicy;
use otc_dis::auth::Credentials;
use otc_dis::config::Config;
use otc_dis::signing::{
    self, SignatureForm, SignedRequest, Signer, VerifyError, canonical_request, hex_sha256,
    parse_authorization, verify,
};
use reqwest::header::{HeaderMap, HeaderValue};

const AK: &str = "AKEXAMPLE1234567890";
const SK: &str = "SKEXAMPLEsecretkey0123456789abcdefghijkl";
const DATE: &str = "20240102T030405Z";
const HOST: &str = "dis.eu-de.otc.t-systems.com";
const RECORDS_BODY: &[u8] = br#"{"stream_name":"s1","records":[{"data":"aGVsbG8="}]}"#;
const CURSOR_QUERY: &str =
    "stream-name=s1&partition-id=0&cursor-type=AT_SEQUENCE_NUMBER&starting-sequence-number=0";

fn vector_headers() -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert("host", HeaderValue::from_static(HOST));
    headers.insert("x-sdk-date", HeaderValue::from_static(DATE));
    headers
}

fn sign(
    form: SignatureForm,
    method: &str,
    path: &str,
    query: Option<&str>,
    body: &[u8],
) -> signing::Signature {
    let headers = vector_headers();
    Signer::new(form, AK, SK, "eu-de")
        .sign(
            &SignedRequest::new(method, path, query, &headers, body),
            &["host", "x-sdk-date"],
        )
        .expect("sign")
}

#[test]
fn sdk_form_case_1_list_streams() {
    let s = sign(
        SignatureForm::Sdk,
        "GET",
        "/v2/PID/streams",
        Some("limit=10&start_stream_name=a"),
        b"",
    );
    assert!(
        s.canonical_request
            .starts_with("GET\n/v2/PID/streams/\nlimit=10&start_stream_name=a\n")
    );
    assert_eq!(
        s.string_to_sign.lines().last(),
        Some("39a865c8e24b9a76ea4f1d450a0172c33f00a3176fbffff8ff3dd543008c5349")
    );
    assert_eq!(
        s.signature,
        "f098be79b77da5cbdd1c118189a82a999f94f660b33b541b55b58cfc5147be83"
    );
    assert_eq!(
        s.authorization,
        "SDK-HMAC-SHA256 Credential=AKEXAMPLE1234567890/20240102/eu-de/dis/sdk_request, \
         SignedHeaders=host;x-sdk-date, \
         Signature=f098be79b77da5cbdd1c118189a82a999f94f660b33b541b55b58cfc5147be83"
    );
}

#[test]
fn sdk_form_case_2_put_records_with_body() {
    let body_hash = hex_sha256(RECORDS_BODY);
    assert!(body_hash.starts_with("b4291e6a") && body_hash.ends_with("8e4fec"));
    let s = sign(
        SignatureForm::Sdk,
        "POST",
        "/v2/PID/records",
        None,
        RECORDS_BODY,
    );
    assert!(
        s.canonical_request
            .starts_with("POST\n/v2/PID/records/\n\n")
    );
    assert!(s.canonical_request.ends_with(&body_hash));
    assert_eq!(
        s.signature,
        "9109d9ce9176e301e69251cc0c1a8b32617d70642f5d1ddcb749b2b706508607"
    );
}

#[test]
fn sdk_form_case_3_cursor_query_is_sorted() {
    let s = sign(
        SignatureForm::Sdk,
        "GET",
        "/v2/PID/cursors",
        Some(CURSOR_QUERY),
        b"",
    );
    assert_eq!(
        s.canonical_request.lines().nth(2),
        Some(
            "cursor-type=AT_SEQUENCE_NUMBER&partition-id=0&starting-sequence-number=0&stream-name=s1"
        )
    );
    assert_eq!(
        s.signature,
        "e3df96163ecd8db981a054fd345fa7fb8f1211ecdf54b757ca44156b8593805a"
    );
}

#[test]
fn derived_v11_form_case_1() {
    let s = sign(
        SignatureForm::SdkDerived,
        "GET",
        "/v2/PID/streams",
        Some("limit=10"),
        b"",
    );
    assert_eq!(
        s.signature,
        "95638a575c500cf22116eb0833a8f3008eeb0528e2159b0709b9cf10e05e8468"
    );
    assert!(s.authorization.starts_with(
        "V11-HMAC-SHA256 Credential=AKEXAMPLE1234567890/20240102/eu-de/dis/sdk_request, SignedHeaders=host;x-sdk-date, Signature="
    ));
    assert!(
        s.string_to_sign
            .starts_with("V11-HMAC-SHA256\n20240102T030405Z\n20240102/eu-de/dis/sdk_request\n")
    );
}

/// The notes (§4.3) describe the gateway form but give no vector. These were computed
/// outside this crate with Python's `hashlib`/`hmac` from the §4.3 description (canonical
/// request as in §4.2, `StringToSign = "SDK-HMAC-SHA256\n" + date + "\n" + hex(sha256(CR))`,
/// raw SK as the HMAC key), for the same three requests as the §4.2 vectors.
#[test]
fn gateway_form_matches_independent_vectors() {
    let cases = [
        (
            "GET",
            "/v2/PID/streams",
            Some("limit=10&start_stream_name=a"),
            &b""[..],
            "05844df2ada4faf70cd4c72a6bf765fba19fca0a323e1b0c5521e6d8d4549964",
        ),
        (
            "POST",
            "/v2/PID/records",
            None,
            RECORDS_BODY,
            "880a9565b039ca038e0664a75b8b6dd753ef1fb7c082627e23d0ef150eed038d",
        ),
        (
            "GET",
            "/v2/PID/cursors",
            Some(CURSOR_QUERY),
            &b""[..],
            "f7154fe9ac9dda69dfb2e5c24fedd0f1a47a12092f704f8ec294ec83b853c0b8",
        ),
    ];
    for (method, path, query, body, expected) in cases {
        let s = sign(SignatureForm::Gateway, method, path, query, body);
        assert_eq!(s.signature, expected, "{method} {path}");
        assert_eq!(
            s.authorization,
            format!(
                "SDK-HMAC-SHA256 Access={AK}, SignedHeaders=host;x-sdk-date, Signature={expected}"
            )
        );
        assert_eq!(s.string_to_sign.lines().count(), 3);
    }
}

#[test]
fn gateway_form_with_content_type_signed() {
    let mut headers = vector_headers();
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    let request = SignedRequest::new("POST", "/v2/PID/records", None, &headers, RECORDS_BODY);
    let s = Signer::new(SignatureForm::Gateway, AK, SK, "")
        .sign(&request, &["content-type", "host", "x-sdk-date"])
        .unwrap();
    assert_eq!(s.signed_headers, "content-type;host;x-sdk-date");
    assert_eq!(
        s.signature,
        "a5e28178b7b2d7ddf68370c6a0fb13fc1a8d04cab58f95c27c529453bf0b9718"
    );
}

#[test]
fn verify_accepts_every_form_and_refuses_tampering() {
    for form in [
        SignatureForm::Sdk,
        SignatureForm::SdkDerived,
        SignatureForm::Gateway,
    ] {
        let mut headers = vector_headers();
        let s = sign(form, "POST", "/v2/PID/records", Some("a=1"), RECORDS_BODY);
        headers.insert("authorization", s.authorization.parse().unwrap());
        let lookup = |ak: &str| (ak == AK).then(|| SK.to_owned());

        let ok = SignedRequest::new(
            "POST",
            "/v2/PID/records",
            Some("a=1"),
            &headers,
            RECORDS_BODY,
        );
        assert_eq!(verify(&ok, lookup), Ok(()), "{form}");

        let other_body =
            SignedRequest::new("POST", "/v2/PID/records", Some("a=1"), &headers, b"{}");
        assert!(
            matches!(
                verify(&other_body, lookup),
                Err(VerifyError::SignatureMismatch { .. })
            ),
            "{form}"
        );
        let other_query = SignedRequest::new(
            "POST",
            "/v2/PID/records",
            Some("a=2"),
            &headers,
            RECORDS_BODY,
        );
        assert!(
            matches!(
                verify(&other_query, lookup),
                Err(VerifyError::SignatureMismatch { .. })
            ),
            "{form}"
        );
        let other_path = SignedRequest::new(
            "POST",
            "/v2/OTHER/records",
            Some("a=1"),
            &headers,
            RECORDS_BODY,
        );
        assert!(
            matches!(
                verify(&other_path, lookup),
                Err(VerifyError::SignatureMismatch { .. })
            ),
            "{form}"
        );
        assert_eq!(
            verify(&ok, |_| None),
            Err(VerifyError::UnknownAccessKey(AK.into())),
            "{form}"
        );
        assert!(matches!(
            verify(&ok, |_| Some("wrong".into())),
            Err(VerifyError::SignatureMismatch { .. })
        ));

        let mut moved = headers.clone();
        moved.insert("host", HeaderValue::from_static("evil.example"));
        let moved =
            SignedRequest::new("POST", "/v2/PID/records", Some("a=1"), &moved, RECORDS_BODY);
        assert!(
            matches!(
                verify(&moved, lookup),
                Err(VerifyError::SignatureMismatch { .. })
            ),
            "{form}"
        );
    }
}

#[test]
fn verify_explains_malformed_requests() {
    let mut headers = vector_headers();
    let request = |h: &HeaderMap| {
        verify(&SignedRequest::new("GET", "/", None, h, b""), |_| {
            Some(SK.into())
        })
    };
    assert_eq!(request(&headers), Err(VerifyError::MissingAuthorization));
    headers.insert("authorization", HeaderValue::from_static("Basic abc"));
    assert_eq!(request(&headers), Err(VerifyError::MalformedAuthorization));
    headers.insert(
        "authorization",
        HeaderValue::from_static("SDK-HMAC-SHA256 Credential=AK/20240101/eu-de/dis/sdk_request, SignedHeaders=host;x-sdk-date, Signature=00"),
    );
    assert!(matches!(
        request(&headers),
        Err(VerifyError::ScopeMismatch { .. })
    ));
    headers.insert(
        "authorization",
        HeaderValue::from_static("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=00"),
    );
    assert_eq!(
        request(&headers),
        Err(VerifyError::UnsignedRequiredHeader("x-sdk-date"))
    );
    headers.insert(
        "authorization",
        HeaderValue::from_static(
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-sdk-date, Signature=00",
        ),
    );
    assert_eq!(
        request(&headers),
        Err(VerifyError::MissingSignedHeader("content-type".into()))
    );
    headers.remove("x-sdk-date");
    assert_eq!(request(&headers), Err(VerifyError::InvalidDate));
}

#[test]
fn parse_authorization_reads_both_forms() {
    let p = parse_authorization(
        &sign(SignatureForm::Sdk, "GET", "/v2/PID/streams", None, b"").authorization,
    )
    .unwrap();
    assert_eq!(p.form, SignatureForm::Sdk);
    assert_eq!(p.access_key, AK);
    assert_eq!(
        p.scope.unwrap().to_string(),
        "20240102/eu-de/dis/sdk_request"
    );
    assert_eq!(p.signed_headers, ["host", "x-sdk-date"]);
    let p = parse_authorization(&sign(SignatureForm::Gateway, "GET", "/", None, b"").authorization)
        .unwrap();
    assert_eq!((p.form, p.scope), (SignatureForm::Gateway, None));
}

#[test]
fn canonical_request_uses_wire_forms() {
    let headers = vector_headers();
    // progenitor form-encodes: a space is `+`, `/` is `%2F`; the canonical form is RFC 3986.
    let request = SignedRequest::new(
        "get",
        "/v2/PID/stream/s1/tags/my%20key",
        Some("label_list=a+b&start=x%2Fy"),
        &headers,
        b"",
    );
    let c = canonical_request(&request, &["host", "x-sdk-date"]).unwrap();
    let lines: Vec<&str> = c.text.lines().collect();
    assert_eq!(lines[0], "GET");
    assert_eq!(lines[1], "/v2/PID/stream/s1/tags/my%20key/");
    assert_eq!(lines[2], "label_list=a%20b&start=x%2Fy");
}

/// What the mock server saw, for assertions after the call.
#[derive(Default, Clone)]
struct Seen(Arc<Mutex<Vec<Observed>>>);

/// The X-Sdk-Date of a request and the verdict of `verify`.
type Observed = (String, Result<(), VerifyError>);

/// A matcher that verifies the signature of the received request like a server would.
fn verifies(
    secret: &'static str,
    seen: Seen,
) -> impl Fn(&httpmock::HttpMockRequest) -> bool + Send + Sync + 'static {
    move |req| {
        let uri = req.uri();
        let headers = req.headers();
        let method = req.method();
        let request = SignedRequest::new(
            method.as_str(),
            uri.path(),
            uri.query(),
            &headers,
            req.body_ref(),
        );
        let result = verify(&request, |ak| (ak == AK).then(|| secret.to_owned()));
        let date = headers
            .get("x-sdk-date")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        seen.0.lock().unwrap().push((date, result.clone()));
        result.is_ok()
    }
}

fn aksk_client_config(
    server: &httpmock::MockServer,
    form: SignatureForm,
    token: Option<&str>,
) -> Config {
    let mut key = otc_dis::auth::AkSk::new(AK, SK).with_form(form);
    if let Some(token) = token {
        key = key.with_security_token(token);
    }
    Config::builder()
        .ignore_environment()
        .ignore_files()
        .credentials(Credentials::AkSk(key))
        .endpoint(server.url("/v2/p1"))
        .region("eu-de")
        .retry(
            RetryPolicy::default()
                .with_initial_delay(Duration::from_millis(1))
                .with_jitter(false),
        )
        .build()
        .unwrap()
}

#[tokio::test]
async fn signed_get_with_query_passes_a_verifying_server_in_every_form() {
    for (form, pattern) in [
        (
            SignatureForm::Sdk,
            r"^SDK-HMAC-SHA256 Credential=AKEXAMPLE1234567890/\d{8}/eu-de/dis/sdk_request, SignedHeaders=content-type;host;x-sdk-date, Signature=[0-9a-f]{64}$",
        ),
        (
            SignatureForm::SdkDerived,
            r"^V11-HMAC-SHA256 Credential=AKEXAMPLE1234567890/\d{8}/eu-de/dis/sdk_request, SignedHeaders=content-type;host;x-sdk-date, Signature=[0-9a-f]{64}$",
        ),
        (
            SignatureForm::Gateway,
            r"^SDK-HMAC-SHA256 Access=AKEXAMPLE1234567890, SignedHeaders=content-type;host;x-sdk-date, Signature=[0-9a-f]{64}$",
        ),
    ] {
        let server = httpmock::MockServer::start_async().await;
        let seen = Seen::default();
        let mock = server
            .mock_async(|when, then| {
                when.method("GET")
                    .path("/v2/p1/streams")
                    .query_param("limit", "5")
                    .query_param("start_stream_name", "a b/c")
                    .header_matches("authorization", pattern)
                    .header_missing("x-auth-token")
                    .header_missing("api-version")
                    .is_true(verifies(SK, seen.clone()));
                then.status(200)
                    .json_body_obj(&otc_dis_contract::testing::no_streams());
            })
            .await;
        let client = otc_dis::Client::connect(aksk_client_config(&server, form, None))
            .await
            .unwrap();
        let result = client
            .raw()
            .list_streams()
            .project_id(client.project_id())
            .limit(5)
            .start_stream_name("a b/c")
            .send()
            .await;
        assert!(
            result.is_ok(),
            "{form}: {result:?} / {:?}",
            seen.0.lock().unwrap()
        );
        mock.assert_calls_async(1).await;
    }
}

#[tokio::test]
async fn signed_post_with_body_and_security_token_passes() {
    let server = httpmock::MockServer::start_async().await;
    let seen = Seen::default();
    let mock = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/p1/apps")
                .header("x-security-token", "temporary-token-123")
                .header_matches(
                    "authorization",
                    "SignedHeaders=content-type;host;x-sdk-date;x-security-token,",
                )
                .is_true(verifies(SK, seen.clone()));
            then.status(201);
        })
        .await;
    let client = otc_dis::Client::connect(aksk_client_config(
        &server,
        SignatureForm::Sdk,
        Some("temporary-token-123"),
    ))
    .await
    .unwrap();
    let result = client
        .raw()
        .create_app()
        .project_id(client.project_id())
        .body(otc_dis::types::CreateAppRequest::builder().app_name("a1"))
        .send()
        .await;
    assert!(result.is_ok(), "{result:?} / {:?}", seen.0.lock().unwrap());
    mock.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_wrong_secret_is_refused_by_the_verifying_server() {
    let server = httpmock::MockServer::start_async().await;
    let seen = Seen::default();
    let _ok = server
        .mock_async(|when, then| {
            when.is_true(verifies("another-secret", seen.clone()));
            then.status(200)
                .json_body_obj(&otc_dis_contract::testing::no_streams());
        })
        .await;
    let denied = server
        .mock_async(|_, then| {
            then.status(401)
                .json_body(serde_json::json!({"error_code": "APIGW.0301", "error_msg": "Incorrect IAM authentication information"}));
        })
        .await;
    let client = otc_dis::Client::connect(aksk_client_config(&server, SignatureForm::Sdk, None))
        .await
        .unwrap();
    let err = client
        .raw()
        .list_streams()
        .project_id("p1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    denied.assert_calls_async(1).await;
    assert!(matches!(
        seen.0.lock().unwrap()[0].1,
        Err(VerifyError::SignatureMismatch { .. })
    ));
}

#[tokio::test]
async fn every_attempt_is_signed_afresh() {
    let server = httpmock::MockServer::start_async().await;
    let seen = Seen::default();
    let failing = server
        .mock_async(|when, then| {
            when.path("/v2/p1/streams")
                .is_true(verifies(SK, seen.clone()));
            then.status(503).body("busy");
        })
        .await;
    let config = Config::builder()
        .ignore_environment()
        .ignore_files()
        .credentials(Credentials::aksk(AK, SK))
        .endpoint(server.url("/v2/p1"))
        .region("eu-de")
        // X-Sdk-Date has one-second resolution: wait long enough for it to change.
        .retry(
            RetryPolicy::default()
                .with_max_attempts(2)
                .with_initial_delay(Duration::from_millis(1100))
                .with_jitter(false),
        )
        .build()
        .unwrap();
    let client = otc_dis::Client::connect(config).await.unwrap();
    let err = client
        .raw()
        .list_streams()
        .project_id("p1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    failing.assert_calls_async(2).await;
    let seen = seen.0.lock().unwrap();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|(_, r)| r.is_ok()), "{seen:?}");
    assert_ne!(
        seen[0].0, seen[1].0,
        "the second attempt must carry a new X-Sdk-Date"
    );
}
