//! Helpers shared by the tests that drive the project's own client against the emulator.

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
