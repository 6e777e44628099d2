//! The client speaks HTTPS (rustls with the `ring` provider): a call to a loopback TLS
//! server whose certificate a test CA signed, which the client trusts through
//! `SSL_CERT_FILE` (the platform verifier reads it on Linux; `SSL_CERT_DIR` is cleared), and
//! a certificate from an unknown issuer refused.
//!
//! The certificates in `tests/fixtures/tls/` are for these tests only (P-256, valid until
//! 2126): `ca.pem` signs `localhost.pem` (SAN `localhost`, `127.0.0.1`); `untrusted.pem`
//! (same names) is self-signed. Made with `openssl req -x509 -newkey ec ...` and `openssl x509 -req ...`.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Once};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use otc_dis::{Error, TransportPhase};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

const PROJECT: &str = "p1";
const ANSWER: &str = r#"{"has_more_streams":false,"stream_info_list":[],"stream_names":["orders"],"total_number":1}"#;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/tls")
        .join(name)
}

/// Makes the test CA the only trusted root of this process, before any client exists.
fn trust_the_test_ca() {
    static ONCE: Once = Once::new();
    // SAFETY: this test binary reads no environment variable from outside Rust's std,
    // whose environment accesses are serialised; both are changed once, before any
    // client of this process is built.
    ONCE.call_once(|| unsafe {
        std::env::set_var("SSL_CERT_FILE", fixture("ca.pem"));
        std::env::remove_var("SSL_CERT_DIR");
    });
}

/// A TLS server on a free loopback port that answers one HTTP/1.1 request with `ANSWER`
/// and returns the request head it read, or the error that ended the connection.
fn serve_once(certificate: &str, key: &str) -> (u16, JoinHandle<Result<String, String>>) {
    let chain = CertificateDer::pem_file_iter(fixture(certificate))
        .expect("certificate file")
        .collect::<Result<Vec<_>, _>>()
        .expect("certificate PEM");
    let key = PrivateKeyDer::from_pem_file(fixture(key)).expect("key PEM");
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .expect("protocol versions")
    .with_no_client_auth()
    .with_single_cert(chain, key)
    .expect("server certificate");
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let port = listener.local_addr().expect("address").port();
    let server = std::thread::spawn(move || {
        let tcp = accept_within(&listener, Duration::from_secs(10))?;
        let connection =
            rustls::ServerConnection::new(Arc::new(config)).map_err(|e| e.to_string())?;
        let mut tls = rustls::StreamOwned::new(connection, tcp);
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            match tls.read(&mut byte) {
                Ok(1) => head.push(byte[0]),
                Ok(_) => return Err("connection closed before the request head ended".into()),
                Err(e) => return Err(e.to_string()),
            }
        }
        let response = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{ANSWER}",
            ANSWER.len()
        );
        tls.write_all(response.as_bytes())
            .map_err(|e| e.to_string())?;
        tls.conn.send_close_notify();
        tls.flush().map_err(|e| e.to_string())?;
        Ok(String::from_utf8_lossy(&head).into_owned())
    });
    (port, server)
}

/// The first connection to `listener` within `limit`, with reads limited to `limit` too.
fn accept_within(listener: &TcpListener, limit: Duration) -> Result<TcpStream, String> {
    let deadline = Instant::now() + limit;
    listener.set_nonblocking(true).map_err(|e| e.to_string())?;
    loop {
        match listener.accept() {
            Ok((tcp, _)) => {
                tcp.set_nonblocking(false).map_err(|e| e.to_string())?;
                tcp.set_read_timeout(Some(limit))
                    .map_err(|e| e.to_string())?;
                return Ok(tcp);
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock && Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(e) => return Err(format!("no connection: {e}")),
        }
    }
}

/// A client of `https://localhost:{port}` without credentials that tries each call once.
async fn client(port: u16) -> otc_dis::Client {
    let config = otc_dis::config::Config::builder()
        .ignore_environment()
        .ignore_files()
        .endpoint(format!("https://localhost:{port}"))
        .project_id(PROJECT)
        .retry(otc_dis::RetryPolicy::default().with_max_attempts(1))
        .build()
        .expect("test configuration");
    otc_dis::Client::connect(config).await.expect("client")
}

#[tokio::test]
async fn a_call_over_https_is_sent_and_its_answer_decoded() {
    trust_the_test_ca();
    let (port, server) = serve_once("localhost.pem", "localhost.key");
    let client = client(port).await;

    let answer = tokio::time::timeout(
        Duration::from_secs(20),
        client.raw().list_streams().project_id(PROJECT).send(),
    )
    .await
    .expect("answered in time")
    .expect("HTTPS call succeeds")
    .into_inner();

    assert_eq!(answer.stream_names, ["orders"]);
    assert_eq!(answer.total_number, Some(1));
    let head = server
        .join()
        .expect("server thread")
        .expect("server read a request");
    assert!(
        head.starts_with(&format!("GET /v2/{PROJECT}/streams HTTP/1.1\r\n")),
        "request head: {head}"
    );
    assert!(
        head.to_ascii_lowercase()
            .contains(&format!("\r\nhost: localhost:{port}\r\n"))
    );
}

#[tokio::test]
async fn a_certificate_from_an_unknown_issuer_is_refused_before_anything_is_sent() {
    trust_the_test_ca();
    let (port, server) = serve_once("untrusted.pem", "untrusted.key");
    let client = client(port).await;

    let error = tokio::time::timeout(Duration::from_secs(20), client.create_app("billing"))
        .await
        .expect("failed in time")
        .expect_err("an untrusted certificate must fail the call");

    match error {
        Error::Transport { phase, message, .. } => {
            assert_eq!(phase, TransportPhase::Connecting);
            assert!(message.contains("UnknownIssuer"), "message: {message}");
        }
        other => panic!("expected a transport error, got {other:?}"),
    }
    let server_side = server.join().expect("server thread");
    assert!(
        server_side.is_err(),
        "the server read a request: {server_side:?}"
    );
}
