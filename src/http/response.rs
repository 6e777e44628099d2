//! Answers as the generated code gets them: error bodies made readable, success bodies
//! read whole inside the attempt, and answers the client makes up for its own failures.

use reqwest::header::HeaderValue;

use crate::error::{ApiError, ErrorBody, LOCAL_FAILURE_HEADER, Origin};

/// A response that carries an error of the client or of IAM through the generated code:
/// a gateway-shaped JSON error body marked with [`LOCAL_FAILURE_HEADER`].
pub(crate) fn made_up_response(status: u16, origin: Origin, api: &ApiError) -> reqwest::Response {
    let body = serde_json::json!({ "error_code": api.code, "error_msg": api.message });
    let response = http::Response::builder()
        .status(status)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header(LOCAL_FAILURE_HEADER, origin.header_value())
        .body(body.to_string())
        .expect("a valid status and static headers");
    reqwest::Response::from(response)
}

/// Removes what only the client may set from a real answer.
pub(crate) fn scrub(response: &mut reqwest::Response) {
    response.headers_mut().remove(LOCAL_FAILURE_HEADER);
}

/// Reads a whole answer within the attempt (so that a body cut off or stalled is a failure
/// of this attempt, which the retry loop judges) and rebuilds it for the generated code.
pub(crate) async fn buffered(response: reqwest::Response) -> reqwest::Result<reqwest::Response> {
    let status = response.status();
    let version = response.version();
    let url = response.url().clone();
    let headers = response.headers().clone();
    let body = response.bytes().await?;
    Ok(rebuild(status, version, url, headers, body))
}

fn rebuild(
    status: reqwest::StatusCode,
    version: reqwest::Version,
    url: reqwest::Url,
    headers: reqwest::header::HeaderMap,
    body: bytes::Bytes,
) -> reqwest::Response {
    let mut builder = http::Response::builder().status(status).version(version);
    if let Some(h) = builder.headers_mut() {
        *h = headers;
    }
    let rebuilt = reqwest::ResponseBuilderExt::url(builder, url)
        .body(body)
        .expect("parts of a valid response");
    reqwest::Response::from(rebuilt)
}

/// Reads an error answer's body and rebuilds the response so the generated code can
/// still read it. A body the generated code could not decode (not a JSON object: HTML,
/// text, empty, Keystone's `{"error": {...}}`) is rewritten to `{"message": "<text>"}`
/// with the same status, so the status and the text survive. Also returns the error code.
pub(crate) async fn readable_error(
    response: reqwest::Response,
) -> reqwest::Result<(reqwest::Response, Option<String>)> {
    let status = response.status();
    let version = response.version();
    let url = response.url().clone();
    let mut headers = response.headers().clone();
    let body = response.bytes().await?;
    let parsed = serde_json::from_slice::<ErrorBody>(&body).ok();
    let code = parsed.as_ref().and_then(ErrorBody::code).map(str::to_owned);
    let has_content = parsed.as_ref().is_some_and(crate::error::has_content);
    let body = if has_content {
        body
    } else {
        let text = String::from_utf8_lossy(&body).trim().to_owned();
        let text = if text.is_empty() {
            status.canonical_reason().unwrap_or("no message").to_owned()
        } else {
            text
        };
        headers.remove(reqwest::header::CONTENT_LENGTH);
        headers.insert(
            reqwest::header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        bytes::Bytes::from(serde_json::json!({ "message": text }).to_string())
    };
    Ok((rebuild(status, version, url, headers, body), code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn non_json_error_bodies_become_messages() {
        let response = reqwest::Response::from(
            http::Response::builder()
                .status(403)
                .header("content-length", "20")
                .body("<html>Forbidden</html>")
                .unwrap(),
        );
        let (rebuilt, code) = readable_error(response).await.unwrap();
        assert_eq!(code, None);
        assert_eq!(rebuilt.status(), 403);
        let body: serde_json::Value = rebuilt.json().await.unwrap();
        assert_eq!(
            body,
            serde_json::json!({"message": "<html>Forbidden</html>"})
        );
    }

    #[tokio::test]
    async fn json_error_bodies_are_kept_and_their_code_read() {
        let text = r#"{"errorCode":"DIS.4303","message":"Exceeded traffic control limit"}"#;
        let response =
            reqwest::Response::from(http::Response::builder().status(400).body(text).unwrap());
        let (rebuilt, code) = readable_error(response).await.unwrap();
        assert_eq!(code.as_deref(), Some("DIS.4303"));
        assert_eq!(rebuilt.text().await.unwrap(), text);
    }

    #[test]
    fn a_real_answer_cannot_claim_to_be_made_up() {
        let mut forged = reqwest::Response::from(
            http::Response::builder()
                .status(400)
                .header(LOCAL_FAILURE_HEADER, "client")
                .body("{}")
                .unwrap(),
        );
        scrub(&mut forged);
        assert!(forged.headers().get(LOCAL_FAILURE_HEADER).is_none());
    }
}

/// Made-up answers come out of the generated code as the error they stand for.
#[cfg(test)]
mod origin_tests {
    use super::made_up_response;
    use crate::error::{ApiError, Error, ErrorBody, LOCAL_FAILURE_HEADER, Origin, RawError};

    #[tokio::test]
    async fn iam_refusals_are_auth_errors_whatever_their_status() {
        let api = ApiError::new(403, Some("IAM.0002"), "The account is locked.");
        let err = Error::from_raw(RawError::UnexpectedResponse(made_up_response(
            403,
            Origin::Iam,
            &api,
        )))
        .await;
        assert!(
            matches!(&err, Error::Auth(a) if a.status == 403 && a.code.as_deref() == Some("IAM.0002")),
            "{err:?}"
        );

        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(LOCAL_FAILURE_HEADER, "iam".parse().unwrap());
        let mut body = ErrorBody::default();
        body.gateway_code = Some("IAM.0101".into());
        body.gateway_message = Some("project not found".into());
        let answer =
            progenitor_client::ResponseValue::new(body, reqwest::StatusCode::NOT_FOUND, headers);
        let err = Error::from_raw(RawError::ErrorResponse(answer)).await;
        assert!(matches!(&err, Error::Auth(a) if a.status == 404), "{err:?}");
    }

    #[tokio::test]
    async fn iam_5xx_and_dis_answers_keep_their_class() {
        let api = ApiError::new(503, None, "IAM is down");
        let err = Error::from_raw(RawError::UnexpectedResponse(made_up_response(
            503,
            Origin::Iam,
            &api,
        )))
        .await;
        assert!(matches!(err, Error::Server(_)), "{err:?}");
        let body = ErrorBody::dis("DIS.4301", "no such stream");
        let answer = progenitor_client::ResponseValue::new(
            body,
            reqwest::StatusCode::BAD_REQUEST,
            Default::default(),
        );
        assert!(matches!(
            Error::from_raw(RawError::ErrorResponse(answer)).await,
            Error::NotFound(_)
        ));
    }

    #[tokio::test]
    async fn local_failures_are_configuration_errors() {
        let api = ApiError::new(400, None, "cannot sign a streamed request body");
        let err = Error::from_raw(RawError::UnexpectedResponse(made_up_response(
            400,
            Origin::Client,
            &api,
        )))
        .await;
        assert!(
            matches!(&err, Error::Config(c) if c.message().contains("streamed")),
            "{err:?}"
        );
    }
}
