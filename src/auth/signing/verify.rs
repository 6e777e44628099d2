//! Verification of AK/SK signatures, for servers such as the local emulator (the
//! `signing` feature; clients never need it).

use std::fmt;
use std::time::{Duration, SystemTime};

use super::*;

/// The credential scope of a `Credential=` header.
///
/// ```
/// let parsed = otc_dis::signing::parse_authorization(
///     "SDK-HMAC-SHA256 Credential=AK/20240102/eu-de/dis/sdk_request, SignedHeaders=host;x-sdk-date, Signature=ab").unwrap();
/// assert_eq!(parsed.scope.unwrap().region, "eu-de");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CredentialScope {
    /// `YYYYMMDD`.
    pub day: String,
    /// The region, e.g. `eu-de`.
    pub region: String,
    /// The service, `dis` for DIS.
    pub service: String,
    /// The terminator, `sdk_request`.
    pub terminator: String,
}

impl CredentialScope {
    /// The scope as it appears in the header and the string to sign.
    ///
    /// ```
    /// let parsed = otc_dis::signing::parse_authorization(
    ///     "SDK-HMAC-SHA256 Credential=AK/20240102/eu-de/dis/sdk_request, SignedHeaders=host, Signature=ab").unwrap();
    /// assert_eq!(parsed.scope.unwrap().to_string(), "20240102/eu-de/dis/sdk_request");
    /// ```
    pub fn as_string(&self) -> String {
        format!(
            "{}/{}/{}/{}",
            self.day, self.region, self.service, self.terminator
        )
    }
}

impl fmt::Display for CredentialScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_string())
    }
}

/// A parsed Authorization header of one of the three forms.
///
/// ```
/// use otc_dis::signing::{parse_authorization, SignatureForm};
/// let p = parse_authorization("SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-sdk-date, Signature=00ff").unwrap();
/// assert_eq!((p.form, p.access_key.as_str(), p.signature.as_str()), (SignatureForm::Gateway, "AK", "00ff"));
/// assert_eq!(p.signed_headers, ["content-type", "host", "x-sdk-date"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParsedAuthorization {
    /// Which form the header has.
    pub form: SignatureForm,
    /// The access key id.
    pub access_key: String,
    /// The credential scope (scoped forms only).
    pub scope: Option<CredentialScope>,
    /// The signed header names, lowercase, in header order.
    pub signed_headers: Vec<String>,
    /// The signature, lowercase hex.
    pub signature: String,
}

/// Parses an Authorization header of the `Credential=` (SDK or V11) or `Access=` form;
/// `None` for anything else.
///
/// ```
/// use otc_dis::signing::{parse_authorization, SignatureForm};
/// let p = parse_authorization("V11-HMAC-SHA256 Credential=AK/20240102/eu-de/dis/sdk_request, SignedHeaders=host;x-sdk-date, Signature=ab").unwrap();
/// assert_eq!(p.form, SignatureForm::SdkDerived);
/// assert!(parse_authorization("Bearer abc").is_none());
/// ```
pub fn parse_authorization(header: &str) -> Option<ParsedAuthorization> {
    let (algorithm, rest) = header.trim().split_once(char::is_whitespace)?;
    let mut credential = None;
    let mut access = None;
    let mut signed_headers = None;
    let mut signature = None;
    for part in rest.split(',') {
        let (key, value) = part.trim().split_once('=')?;
        let value = value.trim();
        match key.trim() {
            "Credential" => credential = Some(value),
            "Access" => access = Some(value),
            "SignedHeaders" => signed_headers = Some(value),
            "Signature" => signature = Some(value),
            _ => return None,
        }
    }
    let signed_headers: Vec<String> = signed_headers?
        .split(';')
        .filter(|h| !h.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let signature = signature?.to_ascii_lowercase();
    if signed_headers.is_empty() || signature.is_empty() {
        return None;
    }
    match (algorithm, credential, access) {
        (SDK_HMAC_SHA256 | V11_HMAC_SHA256, Some(credential), None) => {
            let mut parts = credential.splitn(5, '/');
            let access_key = parts.next()?.to_owned();
            let scope = CredentialScope {
                day: parts.next()?.to_owned(),
                region: parts.next()?.to_owned(),
                service: parts.next()?.to_owned(),
                terminator: parts.next()?.to_owned(),
            };
            if access_key.is_empty() || scope.day.len() != 8 || scope.terminator.contains('/') {
                return None;
            }
            let form = if algorithm == V11_HMAC_SHA256 {
                SignatureForm::SdkDerived
            } else {
                SignatureForm::Sdk
            };
            Some(ParsedAuthorization {
                form,
                access_key,
                scope: Some(scope),
                signed_headers,
                signature,
            })
        }
        (SDK_HMAC_SHA256, None, Some(access_key)) if !access_key.is_empty() => {
            Some(ParsedAuthorization {
                form: SignatureForm::Gateway,
                access_key: access_key.to_owned(),
                scope: None,
                signed_headers,
                signature,
            })
        }
        _ => None,
    }
}

/// Why a server refused a signed request.
///
/// The messages are meant for the client's user and never contain a secret.
///
/// ```
/// use otc_dis::signing::{verify, SignedRequest, VerifyError};
/// let headers = reqwest::header::HeaderMap::new();
/// let request = SignedRequest::new("GET", "/v2/p/streams", None, &headers, b"");
/// assert_eq!(verify(&request, |_| None), Err(VerifyError::MissingAuthorization));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// No Authorization header.
    #[error(
        "the request has no Authorization header; sign it with an access key or send X-Auth-Token"
    )]
    MissingAuthorization,
    /// The Authorization header is not of a known form.
    #[error(
        "the Authorization header is not of the form `SDK-HMAC-SHA256 Credential=AK/YYYYMMDD/region/dis/sdk_request, SignedHeaders=..., Signature=...` or `SDK-HMAC-SHA256 Access=AK, SignedHeaders=..., Signature=...`"
    )]
    MalformedAuthorization,
    /// X-Sdk-Date is missing or malformed.
    #[error("X-Sdk-Date is missing or not of the form YYYYMMDDTHHMMSSZ")]
    InvalidDate,
    /// The scope's day differs from X-Sdk-Date, or its terminator is not `sdk_request`.
    #[error("the credential scope {scope} does not match X-Sdk-Date {date}")]
    ScopeMismatch {
        /// The scope from the header.
        scope: String,
        /// The X-Sdk-Date value.
        date: String,
    },
    /// `host` or `x-sdk-date` is not among the signed headers.
    #[error("the header {0:?} must be signed but is not in SignedHeaders")]
    UnsignedRequiredHeader(&'static str),
    /// A header listed in SignedHeaders is missing from the request.
    #[error("the signed header {0:?} is not in the request")]
    MissingSignedHeader(String),
    /// X-Sdk-Date is too far from the server's clock.
    #[error(
        "X-Sdk-Date {date} is more than {max_skew_seconds} s away from the server's time; check the client's clock"
    )]
    Expired {
        /// The X-Sdk-Date value.
        date: String,
        /// The allowed skew in seconds.
        max_skew_seconds: u64,
    },
    /// The lookup knows no secret key for this access key.
    #[error("the access key {0:?} is unknown")]
    UnknownAccessKey(String),
    /// The signature does not match.
    #[error(
        "the signature does not match; the server computed the canonical request\n{canonical_request}\nand the string to sign\n{string_to_sign}"
    )]
    SignatureMismatch {
        /// The canonical request as the server built it.
        canonical_request: String,
        /// The string to sign as the server built it.
        string_to_sign: String,
    },
}

/// Verifies the signature of a request received by a server.
///
/// `lookup` maps an access key id to its secret key. The region and service of a scoped
/// signature are taken from its credential scope; check [`parse_authorization`]'s result
/// yourself if a server must insist on its own region. The signing time is not checked
/// against a clock; use [`verify_at`] for that.
///
/// ```
/// use otc_dis::signing::{verify, SignatureForm, SignedRequest, Signer};
/// use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
///
/// let mut headers = HeaderMap::new();
/// headers.insert("host", HeaderValue::from_static("127.0.0.1:8080"));
/// headers.insert("x-sdk-date", HeaderValue::from_static("20240102T030405Z"));
/// let body = br#"{"app_name":"a1"}"#;
/// let signed = Signer::new(SignatureForm::Sdk, "AK", "SK", "eu-de")
///     .sign(&SignedRequest::new("POST", "/v2/p/apps", None, &headers, body), &["host", "x-sdk-date"])
///     .unwrap();
/// headers.insert(AUTHORIZATION, signed.authorization.parse().unwrap());
///
/// let received = SignedRequest::new("POST", "/v2/p/apps", None, &headers, body);
/// assert_eq!(verify(&received, |ak| (ak == "AK").then(|| "SK".to_owned())), Ok(()));
/// assert!(verify(&received, |_| Some("other".to_owned())).is_err());
/// ```
pub fn verify(
    request: &SignedRequest<'_>,
    lookup: impl Fn(&str) -> Option<String>,
) -> Result<(), VerifyError> {
    verify_inner(request, lookup, None)
}

/// Like [`verify`], and also refuses an X-Sdk-Date more than `max_skew` away from `now`.
///
/// ```
/// use otc_dis::signing::{verify_at, SignedRequest, VerifyError};
/// # use otc_dis::signing::{SignatureForm, Signer};
/// # let mut headers = reqwest::header::HeaderMap::new();
/// # headers.insert("host", "h".parse().unwrap());
/// # headers.insert("x-sdk-date", "20240102T030405Z".parse().unwrap());
/// # let s = Signer::new(SignatureForm::Gateway, "AK", "SK", "").sign(&SignedRequest::new("GET", "/", None, &headers, b""), &["host", "x-sdk-date"]).unwrap();
/// # headers.insert("authorization", s.authorization.parse().unwrap());
/// let request = SignedRequest::new("GET", "/", None, &headers, b"");
/// let now = otc_dis::signing::parse_sdk_date("20240102T031000Z").unwrap();
/// let minutes = |n: u64| std::time::Duration::from_secs(60 * n);
/// assert!(verify_at(&request, |_| Some("SK".into()), now, minutes(15)).is_ok());
/// assert!(matches!(verify_at(&request, |_| Some("SK".into()), now, minutes(1)),
///                  Err(VerifyError::Expired { .. })));
/// ```
pub fn verify_at(
    request: &SignedRequest<'_>,
    lookup: impl Fn(&str) -> Option<String>,
    now: SystemTime,
    max_skew: Duration,
) -> Result<(), VerifyError> {
    verify_inner(request, lookup, Some((now, max_skew)))
}

fn verify_inner(
    request: &SignedRequest<'_>,
    lookup: impl Fn(&str) -> Option<String>,
    clock: Option<(SystemTime, Duration)>,
) -> Result<(), VerifyError> {
    let header = request
        .headers
        .get(reqwest::header::AUTHORIZATION)
        .ok_or(VerifyError::MissingAuthorization)?
        .to_str()
        .map_err(|_| VerifyError::MalformedAuthorization)?;
    let parsed = parse_authorization(header).ok_or(VerifyError::MalformedAuthorization)?;
    let date = sdk_date_of(request.headers).map_err(|_| VerifyError::InvalidDate)?;
    if let Some((now, max_skew)) = clock {
        let signed_at = parse_sdk_date(&date).ok_or(VerifyError::InvalidDate)?;
        let skew = now
            .duration_since(signed_at)
            .or_else(|_| signed_at.duration_since(now))
            .unwrap_or(Duration::MAX);
        if skew > max_skew {
            return Err(VerifyError::Expired {
                date,
                max_skew_seconds: max_skew.as_secs(),
            });
        }
    }
    let (day, region, service, scope) = match &parsed.scope {
        Some(scope) => {
            if scope.day != date[..8] || scope.terminator != TERMINATOR {
                return Err(VerifyError::ScopeMismatch {
                    scope: scope.as_string(),
                    date,
                });
            }
            (
                scope.day.clone(),
                scope.region.clone(),
                scope.service.clone(),
                scope.as_string(),
            )
        }
        None => (
            date[..8].to_owned(),
            String::new(),
            SERVICE.to_owned(),
            String::new(),
        ),
    };
    for required in ["host", X_SDK_DATE] {
        if !parsed.signed_headers.iter().any(|h| h == required) {
            return Err(VerifyError::UnsignedRequiredHeader(required));
        }
    }
    let secret = lookup(&parsed.access_key)
        .ok_or_else(|| VerifyError::UnknownAccessKey(parsed.access_key.clone()))?;
    let names: Vec<&str> = parsed.signed_headers.iter().map(String::as_str).collect();
    let canonical = canonical_request(request, &names).map_err(|e| match e {
        SignError::MissingHeader(name) | SignError::InvalidHeader(name) => {
            VerifyError::MissingSignedHeader(name)
        }
        _ => VerifyError::MalformedAuthorization,
    })?;
    let string_to_sign = string_to_sign(parsed.form, &date, &scope, &canonical.text);
    let expected = signature_for(
        parsed.form,
        &parsed.access_key,
        secret.trim(),
        &day,
        &region,
        &service,
        &string_to_sign,
    );
    if constant_time_eq(expected.as_bytes(), parsed.signature.as_bytes()) {
        Ok(())
    } else {
        Err(VerifyError::SignatureMismatch {
            canonical_request: redact_security_token(&canonical.text),
            string_to_sign,
        })
    }
}

/// The canonical request with the value of a signed `x-security-token` hidden: the
/// mismatch error is sent back to the client, which shows and may log it, and the token
/// is a credential.
fn redact_security_token(canonical: &str) -> String {
    let prefix = format!("{X_SECURITY_TOKEN}:");
    canonical
        .split('\n')
        .map(|line| {
            if line.starts_with(&prefix) {
                format!("{prefix}[REDACTED]")
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_mismatch_does_not_show_the_security_token() {
        let mut headers = HeaderMap::new();
        headers.insert("host", "127.0.0.1:8080".parse().unwrap());
        headers.insert(X_SDK_DATE, "20240102T030405Z".parse().unwrap());
        headers.insert(X_SECURITY_TOKEN, "sectok-SECRET".parse().unwrap());
        let signed_headers = ["host", X_SDK_DATE, X_SECURITY_TOKEN];
        let request = SignedRequest::new("GET", "/v2/p/streams", None, &headers, b"");
        let signed = Signer::new(SignatureForm::Sdk, "AK", "SK", "eu-de")
            .sign(&request, &signed_headers)
            .unwrap();
        headers.insert(
            reqwest::header::AUTHORIZATION,
            signed.authorization.parse().unwrap(),
        );
        let received = SignedRequest::new("GET", "/v2/p/streams", None, &headers, b"");
        let err = verify(&received, |_| Some("other-SK".into())).unwrap_err();
        let VerifyError::SignatureMismatch {
            canonical_request, ..
        } = &err
        else {
            panic!("{err:?}");
        };
        assert!(canonical_request.contains("\nx-security-token:[REDACTED]\n"));
        assert!(!format!("{err} {err:?}").contains("SECRET"), "{err}");
    }

    #[test]
    fn parse_rejects_mixed_or_unknown_forms() {
        assert!(
            parse_authorization(
                "SDK-HMAC-SHA256 Access=AK, Credential=AK/1/2/3/4, SignedHeaders=host, Signature=a"
            )
            .is_none()
        );
        assert!(
            parse_authorization("V11-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=a")
                .is_none()
        );
        assert!(parse_authorization("SDK-HMAC-SHA256 Credential=AK/2024/eu/dis/sdk_request, SignedHeaders=host, Signature=a").is_none());
        assert!(
            parse_authorization("SDK-HMAC-SHA256 Access=AK, SignedHeaders=, Signature=a").is_none()
        );
    }
}
