//! How records travel: JSON with base64 data, or DIS's protobuf data plane.

use std::fmt;
use std::str::FromStr;

/// How PutRecords and GetRecords carry records on the wire.
///
/// JSON is DIS's documented format and the default. Protobuf is the optional data plane
/// the Huawei SDKs use when configured (`body.serialize.type=protobuf`): the same
/// operations with `Content-Type: application/x-protobuf`, record data as raw bytes
/// (no base64), smaller bodies. Whether Open Telekom Cloud enables it is not verified:
/// try it against your endpoint before relying on it. Everything else (streams, apps,
/// cursors, errors) stays JSON, and uploads and downloads give the same types, outcomes
/// and guarantees in both encodings.
///
/// Set it with [`ConfigBuilder::record_encoding`](crate::config::ConfigBuilder::record_encoding),
/// the environment variable `DIS_RECORD_ENCODING` or the clouds.yaml key
/// `dis_record_encoding` (`json` or `protobuf`), or [`Client::with_record_encoding`](crate::Client::with_record_encoding).
///
/// ```
/// use otc_dis::RecordEncoding;
/// assert_eq!("protobuf".parse::<RecordEncoding>().unwrap(), RecordEncoding::Protobuf);
/// assert_eq!(RecordEncoding::default(), RecordEncoding::Json);
/// assert!("xml".parse::<RecordEncoding>().unwrap_err().contains("json, protobuf"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RecordEncoding {
    /// JSON bodies, record data in base64 (DIS's documented format).
    #[default]
    Json,
    /// Protobuf bodies (`application/x-protobuf`), record data as raw bytes.
    Protobuf,
}

impl RecordEncoding {
    /// The name in settings: `json` or `protobuf`.
    ///
    /// ```
    /// assert_eq!(otc_dis::RecordEncoding::Protobuf.name(), "protobuf");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Protobuf => "protobuf",
        }
    }
}

impl fmt::Display for RecordEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for RecordEncoding {
    type Err = String;

    /// `json` or `protobuf`, in any case.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text.trim().to_ascii_lowercase().as_str() {
            "json" => Ok(Self::Json),
            "protobuf" => Ok(Self::Protobuf),
            _ => Err(format!(
                "unknown record encoding {text:?}; expected one of json, protobuf"
            )),
        }
    }
}
