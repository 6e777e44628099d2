//! AK/SK request signing as DIS clients send it, and (in `verify`) its verification for
//! servers. Public only with the `signing` feature, which the local emulator turns on;
//! clients choose a form with [`SignatureForm`] and never need the rest.
//!
//! Everything here is a pure function of its inputs: no clock, no network, no state.
//! The client pipeline calls [`Signer::sign`] on every attempt; a server (such as the
//! local emulator) calls `verify` with the request it received.
//!
//! # The three forms
//!
//! All forms share the canonical request:
//!
//! ```text
//! METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(sha256(body))
//! ```
//!
//! * [`SignatureForm::Sdk`], what every DIS SDK sends:
//!   `SDK-HMAC-SHA256 Credential={AK}/{YYYYMMDD}/{region}/dis/sdk_request, SignedHeaders=..., Signature=...`.
//!   The string to sign carries the credential scope and the key is derived from `"SDK" + SK`
//!   through the date, region, `dis` and `sdk_request`.
//! * [`SignatureForm::SdkDerived`], the Python SDK's `V11-HMAC-SHA256` variant: the same, but
//!   the secret fed into the key chain is `hex(HKDF-SHA256(ikm = SK, salt = AK, info =
//!   "{YYYYMMDD}/{region}/dis"))`.
//! * [`SignatureForm::Gateway`], the generic API-gateway form:
//!   `SDK-HMAC-SHA256 Access={AK}, SignedHeaders=..., Signature=...`, no scope in the string to
//!   sign, and the raw SK as the HMAC key.
//!
//! # Canonical forms
//!
//! * URI: the path as it goes on the wire, split at `/`, each segment percent-decoded and
//!   encoded again per RFC 3986 (unreserved `A-Z a-z 0-9 - _ . ~` kept, everything else
//!   `%XX` upper case), empty segments dropped, always ending in `/`.
//!   For names made of unreserved characters (every valid stream, app and task name) this is
//!   exactly what the Java, Go and Python DIS SDKs compute.
//! * Query: the raw query as it goes on the wire, split at `&`, each key and value
//!   form-decoded (`+` is a space) and RFC 3986 encoded again, sorted by key then value,
//!   joined with `&`; a parameter without `=` becomes `key=`.
//! * Headers: `lowercase(name):trimmed value\n` for each signed header, sorted by name.
//!
//! ```
//! use otc_dis::signing::{SignatureForm, SignedRequest, Signer};
//! use reqwest::header::{HeaderMap, HeaderValue};
//!
//! let mut headers = HeaderMap::new();
//! headers.insert("host", HeaderValue::from_static("dis.eu-de.otc.t-systems.com"));
//! headers.insert("x-sdk-date", HeaderValue::from_static("20240102T030405Z"));
//! let request = SignedRequest::new("GET", "/v2/PID/streams", Some("limit=10&start_stream_name=a"), &headers, b"");
//! let signer = Signer::new(SignatureForm::Sdk, "AKEXAMPLE1234567890", "SKEXAMPLEsecretkey0123456789abcdefghijkl", "eu-de");
//! let signed = signer.sign(&request, &["host", "x-sdk-date"]).unwrap();
//! assert_eq!(signed.signature, "f098be79b77da5cbdd1c118189a82a999f94f660b33b541b55b58cfc5147be83");
//! ```

use std::fmt;
use std::str::FromStr;

use std::time::SystemTime;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use reqwest::header::HeaderMap;
use ring::{digest, hmac};

/// The algorithm name of the DIS SDK and gateway forms.
///
/// ```
/// assert_eq!(otc_dis::signing::SDK_HMAC_SHA256, "SDK-HMAC-SHA256");
/// ```
pub const SDK_HMAC_SHA256: &str = "SDK-HMAC-SHA256";

/// The algorithm name of the derived-key form of the Python SDK.
///
/// ```
/// assert_eq!(otc_dis::signing::V11_HMAC_SHA256, "V11-HMAC-SHA256");
/// ```
pub const V11_HMAC_SHA256: &str = "V11-HMAC-SHA256";

/// The service name in the credential scope.
///
/// ```
/// assert_eq!(otc_dis::signing::SERVICE, "dis");
/// ```
pub const SERVICE: &str = "dis";

/// The last element of the credential scope.
///
/// ```
/// assert_eq!(otc_dis::signing::TERMINATOR, "sdk_request");
/// ```
pub const TERMINATOR: &str = "sdk_request";

/// The header carrying the signing time, `YYYYMMDD'T'HHMMSS'Z'` in UTC.
///
/// ```
/// assert_eq!(otc_dis::signing::X_SDK_DATE, "x-sdk-date");
/// ```
pub const X_SDK_DATE: &str = "x-sdk-date";

/// The header carrying the security token of temporary access keys.
///
/// ```
/// assert_eq!(otc_dis::signing::X_SECURITY_TOKEN, "x-security-token");
/// ```
pub const X_SECURITY_TOKEN: &str = "x-security-token";

/// RFC 3986: everything but `A-Z a-z 0-9 - _ . ~` is percent-encoded.
const RFC3986: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Which of the two Authorization header forms (and which key derivation) to use.
///
/// ```
/// use otc_dis::signing::SignatureForm;
/// assert_eq!("gateway".parse::<SignatureForm>().unwrap(), SignatureForm::Gateway);
/// assert_eq!(SignatureForm::default(), SignatureForm::Sdk);
/// assert_eq!(SignatureForm::SdkDerived.algorithm(), "V11-HMAC-SHA256");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum SignatureForm {
    /// `SDK-HMAC-SHA256 Credential=...` with the scoped key chain, as the DIS SDKs send it.
    #[default]
    Sdk,
    /// `V11-HMAC-SHA256 Credential=...`: the Python SDK's HKDF-derived secret, then the same chain.
    SdkDerived,
    /// `SDK-HMAC-SHA256 Access=...` with the raw secret key, as the API-gateway signing guide describes.
    Gateway,
}

impl SignatureForm {
    /// The algorithm name at the start of the Authorization header.
    ///
    /// ```
    /// assert_eq!(otc_dis::signing::SignatureForm::Gateway.algorithm(), "SDK-HMAC-SHA256");
    /// ```
    pub fn algorithm(self) -> &'static str {
        match self {
            Self::Sdk | Self::Gateway => SDK_HMAC_SHA256,
            Self::SdkDerived => V11_HMAC_SHA256,
        }
    }

    /// The name used in configuration (`sdk`, `sdk-derived`, `gateway`).
    ///
    /// ```
    /// assert_eq!(otc_dis::signing::SignatureForm::SdkDerived.name(), "sdk-derived");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Self::Sdk => "sdk",
            Self::SdkDerived => "sdk-derived",
            Self::Gateway => "gateway",
        }
    }

    fn is_scoped(self) -> bool {
        !matches!(self, Self::Gateway)
    }
}

impl fmt::Display for SignatureForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The text was not one of the known signature form names.
///
/// ```
/// let err = "md5".parse::<otc_dis::signing::SignatureForm>().unwrap_err();
/// assert!(err.to_string().contains("sdk, sdk-derived, gateway"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown signature form {0:?}; use one of: sdk, sdk-derived, gateway")]
pub struct UnknownSignatureForm(String);

impl FromStr for SignatureForm {
    type Err = UnknownSignatureForm;

    /// Accepts `sdk` (also `credential`), `sdk-derived` (also `v11`, `derived`) and
    /// `gateway` (also `apig`, `access`), in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sdk" | "credential" | "sdk-hmac-sha256" => Ok(Self::Sdk),
            "sdk-derived" | "sdk_derived" | "derived" | "v11" | "v11-hmac-sha256" => {
                Ok(Self::SdkDerived)
            }
            "gateway" | "apig" | "access" => Ok(Self::Gateway),
            _ => Err(UnknownSignatureForm(s.to_owned())),
        }
    }
}

/// The parts of an HTTP request that the signature covers, exactly as they go on the wire.
///
/// `path` is the percent-encoded path (`/v2/PID/streams`), `query` the raw query string
/// without `?`, `headers` all request headers (`host` and `x-sdk-date` among them), and
/// `body` the exact body bytes. `HeaderMap` is `http::HeaderMap` (re-exported by reqwest
/// and axum alike), so a server passes `parts.headers` and `uri.path()` / `uri.query()` of
/// the request it received, unchanged.
///
/// ```
/// use reqwest::header::HeaderMap;
/// let headers = HeaderMap::new();
/// let request = otc_dis::signing::SignedRequest::new("POST", "/v2/p/records", None, &headers, b"{}");
/// assert_eq!(request.method, "POST");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct SignedRequest<'a> {
    /// The HTTP method (`GET`, `POST`, ...).
    pub method: &'a str,
    /// The request path as sent, percent-encoded, without the query.
    pub path: &'a str,
    /// The raw query string without the leading `?`, if any.
    pub query: Option<&'a str>,
    /// The request headers.
    pub headers: &'a HeaderMap,
    /// The body bytes (empty when there is none).
    pub body: &'a [u8],
}

impl<'a> SignedRequest<'a> {
    /// Collects the parts of a request.
    ///
    /// ```
    /// use reqwest::header::HeaderMap;
    /// let headers = HeaderMap::new();
    /// let r = otc_dis::signing::SignedRequest::new("GET", "/v2/p/streams", Some("limit=1"), &headers, b"");
    /// assert_eq!(r.query, Some("limit=1"));
    /// ```
    pub fn new(
        method: &'a str,
        path: &'a str,
        query: Option<&'a str>,
        headers: &'a HeaderMap,
        body: &'a [u8],
    ) -> Self {
        Self {
            method,
            path,
            query,
            headers,
            body,
        }
    }
}

/// Why a request could not be signed.
///
/// ```
/// use otc_dis::signing::{SignatureForm, SignedRequest, Signer};
/// let headers = reqwest::header::HeaderMap::new();
/// let request = SignedRequest::new("GET", "/", None, &headers, b"");
/// let err = Signer::new(SignatureForm::Sdk, "ak", "sk", "eu-de").sign(&request, &["host", "x-sdk-date"]).unwrap_err();
/// assert!(err.to_string().contains("x-sdk-date"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SignError {
    /// A header that is to be signed is not in the request.
    #[error("the header {0:?} is to be signed but the request does not have it")]
    MissingHeader(String),
    /// A header to be signed is not visible ASCII.
    #[error("the header {0:?} is not valid text and cannot be signed")]
    InvalidHeader(String),
    /// X-Sdk-Date is not `YYYYMMDD'T'HHMMSS'Z'`.
    #[error("X-Sdk-Date {0:?} is not of the form YYYYMMDDTHHMMSSZ")]
    InvalidDate(String),
    /// The scoped forms need a region for the credential scope.
    #[error(
        "the {0} signature form needs a region for its credential scope; configure region_name (OS_REGION_NAME)"
    )]
    MissingRegion(SignatureForm),
}

/// The result of signing: the Authorization header and the intermediate texts.
///
/// The intermediate texts hold no secret and help to compare with a server's view.
///
/// ```
/// # use otc_dis::signing::{SignatureForm, SignedRequest, Signer};
/// # let mut headers = reqwest::header::HeaderMap::new();
/// # headers.insert("host", "h".parse().unwrap());
/// # headers.insert("x-sdk-date", "20240102T030405Z".parse().unwrap());
/// # let request = SignedRequest::new("GET", "/v2/p/streams", None, &headers, b"");
/// let signed = Signer::new(SignatureForm::Gateway, "AK", "SK", "").sign(&request, &["host", "x-sdk-date"]).unwrap();
/// assert!(signed.authorization.starts_with("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature="));
/// assert!(signed.canonical_request.starts_with("GET\n/v2/p/streams/\n"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Signature {
    /// The complete `Authorization` header value.
    pub authorization: String,
    /// The lowercase hex signature.
    pub signature: String,
    /// The `;`-joined lowercase names of the signed headers.
    pub signed_headers: String,
    /// The canonical request that was hashed.
    pub canonical_request: String,
    /// The string that was signed.
    pub string_to_sign: String,
}

/// Signs requests with one access key pair in one form.
///
/// The secret key is borrowed for the call only; the signer does not keep copies.
///
/// ```
/// use otc_dis::signing::{SignatureForm, Signer};
/// let signer = Signer::new(SignatureForm::Sdk, "AK", "SK", "eu-de");
/// assert_eq!(signer.access_key(), "AK");
/// ```
#[derive(Clone, Copy)]
pub struct Signer<'a> {
    form: SignatureForm,
    access_key: &'a str,
    secret_key: &'a str,
    region: &'a str,
}

impl fmt::Debug for Signer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Signer")
            .field("form", &self.form)
            .field("access_key", &self.access_key)
            .field("secret_key", &"[REDACTED]")
            .field("region", &self.region)
            .finish()
    }
}

impl<'a> Signer<'a> {
    /// A signer for `form` with the access key, secret key and region (the region is only
    /// used by the scoped forms). The keys are trimmed, as the Java SDK does.
    ///
    /// ```
    /// let s = otc_dis::signing::Signer::new(otc_dis::signing::SignatureForm::Gateway, " AK ", "my-secret", "");
    /// assert_eq!(s.access_key(), "AK");
    /// assert!(!format!("{s:?}").contains("my-secret"));
    /// ```
    pub fn new(
        form: SignatureForm,
        access_key: &'a str,
        secret_key: &'a str,
        region: &'a str,
    ) -> Self {
        Self {
            form,
            access_key: access_key.trim(),
            secret_key: secret_key.trim(),
            region: region.trim(),
        }
    }

    /// The access key id.
    ///
    /// ```
    /// assert_eq!(otc_dis::signing::Signer::new(Default::default(), "AK", "SK", "r").access_key(), "AK");
    /// ```
    pub fn access_key(&self) -> &str {
        self.access_key
    }

    /// Signs `request`, covering the headers named in `signed_headers` (any case; `host` and
    /// `x-sdk-date` must be among them and present in the request).
    ///
    /// ```
    /// use otc_dis::signing::{SignatureForm, SignedRequest, Signer};
    /// let mut headers = reqwest::header::HeaderMap::new();
    /// headers.insert("host", "dis.eu-de.otc.t-systems.com".parse().unwrap());
    /// headers.insert("x-sdk-date", "20240102T030405Z".parse().unwrap());
    /// let request = SignedRequest::new("GET", "/v2/PID/streams", Some("limit=10"), &headers, b"");
    /// let signed = Signer::new(SignatureForm::SdkDerived, "AKEXAMPLE1234567890",
    ///     "SKEXAMPLEsecretkey0123456789abcdefghijkl", "eu-de").sign(&request, &["host", "x-sdk-date"]).unwrap();
    /// assert_eq!(signed.signature, "95638a575c500cf22116eb0833a8f3008eeb0528e2159b0709b9cf10e05e8468");
    /// ```
    pub fn sign(
        &self,
        request: &SignedRequest<'_>,
        signed_headers: &[&str],
    ) -> Result<Signature, SignError> {
        let date = sdk_date_of(request.headers)?;
        if self.form.is_scoped() && self.region.is_empty() {
            return Err(SignError::MissingRegion(self.form));
        }
        let canonical = canonical_request(request, signed_headers)?;
        let day = &date[..8];
        let scope = credential_scope(day, self.region, SERVICE);
        let string_to_sign = string_to_sign(self.form, &date, &scope, &canonical.text);
        let signature = signature_for(
            self.form,
            self.access_key,
            self.secret_key,
            day,
            self.region,
            SERVICE,
            &string_to_sign,
        );
        let authorization = authorization_header(
            self.form,
            self.access_key,
            &scope,
            &canonical.signed_headers,
            &signature,
        );
        Ok(Signature {
            authorization,
            signature,
            signed_headers: canonical.signed_headers,
            canonical_request: canonical.text,
            string_to_sign,
        })
    }
}

/// A canonical request and the list of headers it signs.
///
/// ```
/// # let mut headers = reqwest::header::HeaderMap::new();
/// # headers.insert("host", "h".parse().unwrap());
/// let request = otc_dis::signing::SignedRequest::new("DELETE", "/v2/p/apps/a1", None, &headers, b"");
/// let canonical = otc_dis::signing::canonical_request(&request, &["Host"]).unwrap();
/// assert_eq!(canonical.signed_headers, "host");
/// assert_eq!(canonical.text, format!("DELETE\n/v2/p/apps/a1/\n\nhost:h\n\nhost\n{}", otc_dis::signing::EMPTY_BODY_SHA256));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CanonicalRequest {
    /// The canonical request text.
    pub text: String,
    /// The `;`-joined sorted lowercase names of the signed headers.
    pub signed_headers: String,
}

/// Lowercase hex SHA-256 of the empty body.
///
/// ```
/// assert_eq!(otc_dis::signing::hex_sha256(b""), otc_dis::signing::EMPTY_BODY_SHA256);
/// ```
pub const EMPTY_BODY_SHA256: &str =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Builds the canonical request of `request` over `signed_headers`.
///
/// ```
/// # let mut headers = reqwest::header::HeaderMap::new();
/// # headers.insert("host", "h".parse().unwrap());
/// # headers.insert("x-sdk-date", "20240102T030405Z".parse().unwrap());
/// let request = otc_dis::signing::SignedRequest::new("GET", "/v2/p/cursors", Some("stream-name=s1&partition-id=0"), &headers, b"");
/// let c = otc_dis::signing::canonical_request(&request, &["x-sdk-date", "host"]).unwrap();
/// assert!(c.text.starts_with("GET\n/v2/p/cursors/\npartition-id=0&stream-name=s1\nhost:h\nx-sdk-date:20240102T030405Z\n\nhost;x-sdk-date\n"));
/// ```
pub fn canonical_request(
    request: &SignedRequest<'_>,
    signed_headers: &[&str],
) -> Result<CanonicalRequest, SignError> {
    let mut names: Vec<String> = signed_headers
        .iter()
        .map(|n| n.trim().to_ascii_lowercase())
        .collect();
    names.sort();
    names.dedup();
    let mut header_block = String::new();
    for name in &names {
        let mut values = request.headers.get_all(name.as_str()).iter().peekable();
        if values.peek().is_none() {
            return Err(SignError::MissingHeader(name.clone()));
        }
        let mut joined = Vec::new();
        for value in values {
            let text = value
                .to_str()
                .map_err(|_| SignError::InvalidHeader(name.clone()))?;
            joined.push(text.trim());
        }
        header_block.push_str(name);
        header_block.push(':');
        header_block.push_str(&joined.join(","));
        header_block.push('\n');
    }
    let signed = names.join(";");
    let text = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        request.method.to_ascii_uppercase(),
        canonical_uri(request.path),
        canonical_query(request.query.unwrap_or("")),
        header_block,
        signed,
        hex_sha256(request.body)
    );
    Ok(CanonicalRequest {
        text,
        signed_headers: signed,
    })
}

/// The canonical URI of a wire path: segments decoded, RFC 3986 encoded, trailing `/`.
///
/// ```
/// use otc_dis::signing::canonical_uri;
/// assert_eq!(canonical_uri("/v2/PID/streams"), "/v2/PID/streams/");
/// assert_eq!(canonical_uri("/v2/PID/streams/"), "/v2/PID/streams/");
/// assert_eq!(canonical_uri("/v2/p/stream/s1/tags/a%20b"), "/v2/p/stream/s1/tags/a%20b/");
/// assert_eq!(canonical_uri("/v2/p/stream/s1/tags/a:b"), "/v2/p/stream/s1/tags/a%3Ab/");
/// assert_eq!(canonical_uri(""), "/");
/// ```
pub fn canonical_uri(path: &str) -> String {
    let segments: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| rfc3986(&percent_decode_str(s).decode_utf8_lossy()))
        .collect();
    if segments.is_empty() {
        "/".to_owned()
    } else {
        format!("/{}/", segments.join("/"))
    }
}

/// The canonical query of a raw (form-encoded) query string.
///
/// ```
/// use otc_dis::signing::canonical_query;
/// assert_eq!(canonical_query("stream-name=s1&partition-id=0&cursor-type=AT_SEQUENCE_NUMBER"),
///            "cursor-type=AT_SEQUENCE_NUMBER&partition-id=0&stream-name=s1");
/// assert_eq!(canonical_query("label=a+b&flag"), "flag=&label=a%20b");
/// assert_eq!(canonical_query(""), "");
/// ```
pub fn canonical_query(query: &str) -> String {
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (rfc3986(&form_decode(key)), rfc3986(&form_decode(value)))
        })
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

fn form_decode(s: &str) -> String {
    percent_decode_str(&s.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}

fn rfc3986(s: &str) -> String {
    utf8_percent_encode(s, RFC3986).to_string()
}

/// Lowercase hex of SHA-256 of `data`.
///
/// ```
/// assert_eq!(&otc_dis::signing::hex_sha256(b"abc")[..8], "ba7816bf");
/// ```
pub fn hex_sha256(data: &[u8]) -> String {
    hex(digest::digest(&digest::SHA256, data).as_ref())
}

/// Lowercase hex of bytes.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0x0f)] as char);
    }
    out
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    let tag = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key), data);
    tag.as_ref()
        .try_into()
        .expect("HMAC-SHA256 tags are 32 bytes")
}

/// `YYYYMMDD/{region}/{service}/sdk_request`.
///
/// ```
/// assert_eq!(otc_dis::signing::credential_scope("20240102", "eu-de", "dis"), "20240102/eu-de/dis/sdk_request");
/// ```
pub fn credential_scope(day: &str, region: &str, service: &str) -> String {
    format!("{day}/{region}/{service}/{TERMINATOR}")
}

/// The string to sign: algorithm, X-Sdk-Date, the scope (scoped forms only) and the hex
/// SHA-256 of the canonical request, one per line.
///
/// ```
/// use otc_dis::signing::{string_to_sign, SignatureForm};
/// let s = string_to_sign(SignatureForm::Gateway, "20240102T030405Z", "ignored", "x");
/// assert_eq!(s.lines().count(), 3);
/// let s = string_to_sign(SignatureForm::Sdk, "20240102T030405Z", "20240102/eu-de/dis/sdk_request", "x");
/// assert_eq!(s.lines().nth(2), Some("20240102/eu-de/dis/sdk_request"));
/// ```
pub fn string_to_sign(
    form: SignatureForm,
    x_sdk_date: &str,
    scope: &str,
    canonical_request: &str,
) -> String {
    let hash = hex_sha256(canonical_request.as_bytes());
    if form.is_scoped() {
        format!("{}\n{x_sdk_date}\n{scope}\n{hash}", form.algorithm())
    } else {
        format!("{}\n{x_sdk_date}\n{hash}", form.algorithm())
    }
}

/// The DIS SDK key chain: `HMAC(HMAC(HMAC(HMAC("SDK" + secret, day), region), service), "sdk_request")`.
///
/// ```
/// let key = otc_dis::signing::signing_key("SK", "20240102", "eu-de", "dis");
/// assert_eq!(key.len(), 32);
/// ```
pub fn signing_key(secret: &str, day: &str, region: &str, service: &str) -> [u8; 32] {
    let k_date = hmac_sha256(format!("SDK{secret}").as_bytes(), day.as_bytes());
    let k_region = hmac_sha256(&k_date, region.as_bytes());
    let k_service = hmac_sha256(&k_region, service.as_bytes());
    hmac_sha256(&k_service, TERMINATOR.as_bytes())
}

/// The V11 derived secret: lowercase hex of one HKDF-SHA256 block with `ikm = SK`,
/// `salt = AK`, `info = "{day}/{region}/{service}"`.
///
/// ```
/// let secret = otc_dis::signing::derived_secret("AK", "SK", "20240102", "eu-de", "dis");
/// assert_eq!(secret.len(), 64);
/// ```
pub fn derived_secret(
    access_key: &str,
    secret_key: &str,
    day: &str,
    region: &str,
    service: &str,
) -> String {
    let prk = hmac_sha256(access_key.as_bytes(), secret_key.as_bytes());
    let mut info = format!("{day}/{region}/{service}").into_bytes();
    info.push(1);
    hex(&hmac_sha256(&prk, &info))
}

/// The lowercase hex signature of `string_to_sign` in `form`.
///
/// ```
/// use otc_dis::signing::{signature_for, SignatureForm};
/// let sig = signature_for(SignatureForm::Gateway, "AK", "SK", "20240102", "", "dis", "text");
/// assert_eq!(sig.len(), 64);
/// ```
pub fn signature_for(
    form: SignatureForm,
    access_key: &str,
    secret_key: &str,
    day: &str,
    region: &str,
    service: &str,
    string_to_sign: &str,
) -> String {
    let mac = match form {
        SignatureForm::Sdk => hmac_sha256(
            &signing_key(secret_key, day, region, service),
            string_to_sign.as_bytes(),
        ),
        SignatureForm::SdkDerived => {
            let secret = derived_secret(access_key, secret_key, day, region, service);
            hmac_sha256(
                &signing_key(&secret, day, region, service),
                string_to_sign.as_bytes(),
            )
        }
        SignatureForm::Gateway => hmac_sha256(secret_key.as_bytes(), string_to_sign.as_bytes()),
    };
    hex(&mac)
}

/// The Authorization header value.
///
/// ```
/// use otc_dis::signing::{authorization_header, SignatureForm};
/// assert_eq!(authorization_header(SignatureForm::Sdk, "AK", "20240102/eu-de/dis/sdk_request", "host;x-sdk-date", "ab"),
///            "SDK-HMAC-SHA256 Credential=AK/20240102/eu-de/dis/sdk_request, SignedHeaders=host;x-sdk-date, Signature=ab");
/// assert_eq!(authorization_header(SignatureForm::Gateway, "AK", "", "host", "ab"),
///            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=ab");
/// ```
pub fn authorization_header(
    form: SignatureForm,
    access_key: &str,
    scope: &str,
    signed_headers: &str,
    signature: &str,
) -> String {
    let algorithm = form.algorithm();
    if form.is_scoped() {
        format!(
            "{algorithm} Credential={access_key}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"
        )
    } else {
        format!(
            "{algorithm} Access={access_key}, SignedHeaders={signed_headers}, Signature={signature}"
        )
    }
}

/// Formats a time as X-Sdk-Date (`YYYYMMDD'T'HHMMSS'Z'`).
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// let t = UNIX_EPOCH + Duration::from_secs(1_704_164_645);
/// assert_eq!(otc_dis::signing::format_sdk_date(t), "20240102T030405Z");
/// ```
pub fn format_sdk_date(time: SystemTime) -> String {
    // RFC 3339 in UTC (`2024-01-02T03:04:05Z`) without its separators.
    let mut date = humantime::format_rfc3339_seconds(time).to_string();
    date.retain(|c| c != '-' && c != ':');
    date
}

/// Parses an X-Sdk-Date value.
///
/// ```
/// assert!(otc_dis::signing::parse_sdk_date("20240102T030405Z").is_some());
/// assert!(otc_dis::signing::parse_sdk_date("2024-01-02").is_none());
/// ```
pub fn parse_sdk_date(value: &str) -> Option<SystemTime> {
    let shape = value.len() == 16
        && value.bytes().enumerate().all(|(i, b)| match i {
            8 => b == b'T',
            15 => b == b'Z',
            _ => b.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    let (y, mo, d, h, mi, s) = (
        &value[..4],
        &value[4..6],
        &value[6..8],
        &value[9..11],
        &value[11..13],
        &value[13..15],
    );
    humantime::parse_rfc3339(&format!("{y}-{mo}-{d}T{h}:{mi}:{s}Z")).ok()
}

fn sdk_date_of(headers: &HeaderMap) -> Result<String, SignError> {
    let value = headers
        .get(X_SDK_DATE)
        .ok_or_else(|| SignError::MissingHeader(X_SDK_DATE.to_owned()))?;
    let text = value
        .to_str()
        .map_err(|_| SignError::InvalidHeader(X_SDK_DATE.to_owned()))?
        .trim();
    if parse_sdk_date(text).is_none() {
        return Err(SignError::InvalidDate(text.to_owned()));
    }
    Ok(text.to_owned())
}

#[cfg(feature = "signing")]
mod verify;
#[cfg(feature = "signing")]
pub use verify::{
    CredentialScope, ParsedAuthorization, VerifyError, parse_authorization, verify, verify_at,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sdk_dates_round_trip_and_refuse_what_is_not_a_time() {
        let leap_day = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_709_251_199);
        assert_eq!(format_sdk_date(leap_day), "20240229T235959Z");
        assert_eq!(parse_sdk_date("20240229T235959Z"), Some(leap_day));
        for bad in [
            "20241302T030405Z", // month 13
            "20230229T000000Z", // no leap day in 2023
            "2024010XT030405Z",
            "20240102 030405Z",
            "20240102T030405+",
            "20240102T030405",
        ] {
            assert_eq!(parse_sdk_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn hex_formats_every_nibble() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
    }

    #[test]
    fn canonical_uri_drops_dot_free_empty_segments() {
        assert_eq!(canonical_uri("//v2//p/"), "/v2/p/");
        assert_eq!(
            canonical_uri("/v2/p/stream/%E4%B8%AD"),
            "/v2/p/stream/%E4%B8%AD/"
        );
    }

    #[test]
    fn canonical_query_encodes_reserved_characters() {
        assert_eq!(canonical_query("b=%2A&a=x%7Ey"), "a=x~y&b=%2A");
        assert_eq!(canonical_query("k=1&k=0"), "k=0&k=1");
    }
}
