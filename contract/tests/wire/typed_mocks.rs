//! The typed httpmock helpers generated from the spec compile against the bindings and
//! match what the generated client sends.

use otc_dis_contract::mock::MockServerExt;
use otc_dis_contract::testing;
#[tokio::test]
async fn generated_mocks_compile_and_match() {
    let server = httpmock::MockServer::start_async().await;
    let m = server.list_streams(|when, then| {
        let _ = when.project_id(testing::PROJECT);
        let body = otc_dis::types::ListStreamsResponse::builder()
            .has_more_streams(false)
            .stream_info_list(Vec::new())
            .try_into()
            .unwrap();
        then.ok(&body);
    });
    let client = testing::client(&server).await;
    let resp = client
        .raw()
        .list_streams()
        .project_id(testing::PROJECT)
        .send()
        .await
        .unwrap();
    let page = resp.into_inner();
    assert!(!page.has_more_streams);
    assert!(page.stream_info_list.is_empty());
    m.assert();
}
