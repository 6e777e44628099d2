//! Helpers shared by the tests that drive the emulator over HTTP, with the project's own
//! client or with reqwest.
#![allow(dead_code)]

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

/// A plain reqwest client. The workspace builds reqwest without a default TLS crypto
/// provider (see the client's Cargo.toml), so this test process installs `ring`, as an
/// application does.
pub fn http() -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}
