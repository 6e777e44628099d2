//! Helpers shared by the tests that drive the emulator over HTTP, with the project's own
//! client or with reqwest.

/// Starts an emulator for project `proj` on a free loopback port and a client for it.
pub async fn start() -> (dis_local::Handle, otc_dis::Client) {
    let dis = dis_local::Server::builder()
        .project_id("proj")
        .start()
        .await
        .unwrap();
    let client = otc_dis::Client::with_endpoint(&dis.endpoint(), "proj").unwrap();
    (dis, client)
}

/// A client of project `proj` at `endpoint` that gives up on an answer after
/// `attempt_timeout` and backs off for milliseconds only, for tests with injected faults.
pub async fn impatient_client(
    endpoint: &str,
    attempt_timeout: std::time::Duration,
) -> otc_dis::Client {
    let config = otc_dis::Config::builder()
        .ignore_environment()
        .ignore_files()
        .endpoint(endpoint)
        .project_id("proj")
        .retry(
            otc_dis::RetryPolicy::default()
                .with_initial_delay(std::time::Duration::from_millis(1))
                .with_max_delay(std::time::Duration::from_millis(8)),
        )
        .timeouts(
            otc_dis::Timeouts::default()
                .with_attempt(attempt_timeout)
                .with_total(std::time::Duration::from_secs(10)),
        )
        .build()
        .expect("test configuration");
    otc_dis::Client::connect(config).await.expect("client")
}

/// A plain reqwest client. The workspace builds reqwest without a default TLS crypto
/// provider (see the client's Cargo.toml), so this test process installs `ring`, as an
/// application does.
pub fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}
