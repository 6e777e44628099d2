//! The spec's `ErrorBody`, written by hand.

/// The body of an error answer, in either shape DIS clients meet: the DIS service's
/// `{"errorCode", "message"}` or the API gateway's and IAM's `{"error_code", "error_msg"}`.
///
/// This is the `ErrorBody` schema of the spec; it is handwritten because both shapes
/// snake-case to the same field name.
///
/// ```
/// let dis: otc_dis_raw::ErrorBody =
///     serde_json::from_str(r#"{"errorCode":"DIS.4301","message":"no such stream"}"#).unwrap();
/// assert_eq!(dis.error_code.as_deref(), Some("DIS.4301"));
/// let gw: otc_dis_raw::ErrorBody =
///     serde_json::from_str(r#"{"error_code":"APIGW.0301","error_msg":"bad token"}"#).unwrap();
/// assert_eq!(gw.gateway_code.as_deref(), Some("APIGW.0301"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorBody {
    /// DIS error code (`errorCode`), e.g. `DIS.4301`.
    #[serde(rename = "errorCode", default, skip_serializing_if = "Option::is_none")]
    pub error_code: Option<String>,
    /// DIS error message (`message`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Gateway or IAM error code (`error_code`), e.g. `APIGW.0301`.
    #[serde(
        rename = "error_code",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_code: Option<String>,
    /// Gateway or IAM error message (`error_msg`).
    #[serde(rename = "error_msg", default, skip_serializing_if = "Option::is_none")]
    pub gateway_message: Option<String>,
}

impl ErrorBody {
    /// The body DIS sends: `{"errorCode": code, "message": message}`.
    ///
    /// ```
    /// let body = otc_dis_raw::ErrorBody::dis("DIS.4301", "The stream does not exist");
    /// assert_eq!(serde_json::to_string(&body).unwrap(),
    ///            r#"{"errorCode":"DIS.4301","message":"The stream does not exist"}"#);
    /// ```
    pub fn dis(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            error_code: Some(code.into()),
            message: Some(message.into()),
            ..Self::default()
        }
    }

    /// The error code, of the DIS shape or else of the gateway shape.
    ///
    /// ```
    /// let body = otc_dis_raw::ErrorBody::dis("DIS.4301", "The stream does not exist");
    /// assert_eq!(body.code(), Some("DIS.4301"));
    /// ```
    pub fn code(&self) -> Option<&str> {
        self.error_code.as_deref().or(self.gateway_code.as_deref())
    }
}
