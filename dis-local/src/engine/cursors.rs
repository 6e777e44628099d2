//! Partition cursors: GetCursor, and the opaque cursor strings GetRecords consumes.
//!
//! A cursor is `base64url(version, stream id, partition, position, issue time, MAC)`:
//! about 70 characters, well below DIS's 512. The MAC (HMAC-SHA256 with a key drawn when
//! the engine starts, truncated to 8 bytes) makes edited or foreign cursors `DIS.4217`.
//! A cursor older than [`EngineConfig::cursor_ttl`](super::EngineConfig) is `DIS.4225`.
//! Because the cursor names the stream by id, a cursor of a deleted stream fails with
//! `DIS.4301` even if a stream of the same name was created since.
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream, cursors::{CursorType, GetCursor}};
//! let mut e = Engine::new(Default::default());
//! e.create_stream(CreateStream::new("s", 1)).unwrap();
//! let c = e.get_cursor(&GetCursor { cursor_type: Some(CursorType::TrimHorizon), ..GetCursor::new("s", "0") }).unwrap();
//! assert!(e.get_records(&c, None, None).unwrap().records.is_empty());
//! ```

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::hmac;

use super::{DisError, DisResult, Engine};

/// Longest cursor DIS accepts.
///
/// ```
/// assert_eq!(dis_local::engine::cursors::MAX_CURSOR_LEN, 512);
/// ```
pub const MAX_CURSOR_LEN: usize = 512;
const VERSION: u8 = 1;
const MAC_LEN: usize = 8;

/// Where a new cursor starts reading.
///
/// ```
/// use dis_local::engine::cursors::CursorType;
/// assert_eq!("LATEST".parse::<CursorType>().unwrap(), CursorType::Latest);
/// assert_eq!("latest".parse::<CursorType>().unwrap_err().code, "DIS.4215");
/// assert_eq!(CursorType::default(), CursorType::AtSequenceNumber);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CursorType {
    /// At `starting-sequence-number` (the default).
    #[default]
    AtSequenceNumber,
    /// Just after `starting-sequence-number`.
    AfterSequenceNumber,
    /// At the oldest retained record.
    TrimHorizon,
    /// After the newest record: only records written from now on.
    Latest,
    /// At the first record whose timestamp is at least `timestamp`.
    AtTimestamp,
}

impl std::str::FromStr for CursorType {
    type Err = DisError;
    fn from_str(s: &str) -> DisResult<Self> {
        Ok(match s {
            "AT_SEQUENCE_NUMBER" => Self::AtSequenceNumber,
            "AFTER_SEQUENCE_NUMBER" => Self::AfterSequenceNumber,
            "TRIM_HORIZON" => Self::TrimHorizon,
            "LATEST" => Self::Latest,
            "AT_TIMESTAMP" => Self::AtTimestamp,
            _ => return Err(DisError::invalid_cursor_type(s)),
        })
    }
}

/// Input of [`Engine::get_cursor`].
///
/// ```
/// use dis_local::engine::cursors::{CursorType, GetCursor};
/// let req = GetCursor { cursor_type: Some(CursorType::TrimHorizon), ..GetCursor::new("s", "0") };
/// assert!(req.starting_sequence_number.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GetCursor {
    /// Stream name.
    pub stream_name: String,
    /// `0` or `shardId-0000000000` form.
    pub partition_id: String,
    /// Default `AT_SEQUENCE_NUMBER`.
    pub cursor_type: Option<CursorType>,
    /// Decimal `0..=i64::MAX`; required for the two sequence-number types.
    pub starting_sequence_number: Option<String>,
    /// Epoch ms; required for `AT_TIMESTAMP`.
    pub timestamp: Option<i64>,
}

impl GetCursor {
    /// A request for a stream and partition, everything else defaulted.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::cursors::GetCursor::new("s", "1").partition_id, "1");
    /// ```
    pub fn new(stream_name: impl Into<String>, partition_id: impl Into<String>) -> Self {
        Self {
            stream_name: stream_name.into(),
            partition_id: partition_id.into(),
            ..Default::default()
        }
    }
}

/// The decoded content of a cursor string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cursor {
    pub stream_id: String,
    pub partition: u32,
    pub position: u64,
    pub issued_ms: i64,
}

fn mac(key: &[u8], bytes: &[u8]) -> [u8; MAC_LEN] {
    let full = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key), bytes);
    let mut out = [0; MAC_LEN];
    out.copy_from_slice(&full.as_ref()[..MAC_LEN]);
    out
}

impl Cursor {
    pub fn encode(&self, key: &[u8]) -> String {
        let id = self.stream_id.as_bytes();
        let mut bytes = Vec::with_capacity(2 + id.len() + 20 + MAC_LEN);
        bytes.push(VERSION);
        bytes.push(id.len() as u8);
        bytes.extend_from_slice(id);
        bytes.extend_from_slice(&self.partition.to_be_bytes());
        bytes.extend_from_slice(&self.position.to_be_bytes());
        bytes.extend_from_slice(&self.issued_ms.to_be_bytes());
        let tag = mac(key, &bytes);
        bytes.extend_from_slice(&tag);
        URL_SAFE_NO_PAD.encode(bytes)
    }

    pub fn decode(text: &str, key: &[u8]) -> DisResult<Self> {
        let invalid = || DisError::invalid_cursor("Obtain a new cursor with GetCursor.");
        if text.is_empty() || text.len() > MAX_CURSOR_LEN {
            return Err(invalid());
        }
        let bytes = URL_SAFE_NO_PAD
            .decode(text.trim_end_matches('='))
            .map_err(|_| invalid())?;
        if bytes.len() < 2 + 20 + MAC_LEN || bytes[0] != VERSION {
            return Err(invalid());
        }
        let id_len = bytes[1] as usize;
        if bytes.len() != 2 + id_len + 20 + MAC_LEN {
            return Err(invalid());
        }
        let (body, tag) = bytes.split_at(bytes.len() - MAC_LEN);
        if mac(key, body) != tag {
            return Err(invalid());
        }
        let stream_id = String::from_utf8(body[2..2 + id_len].to_vec()).map_err(|_| invalid())?;
        let rest = &body[2 + id_len..];
        Ok(Self {
            stream_id,
            partition: u32::from_be_bytes(rest[0..4].try_into().expect("4 bytes")),
            position: u64::from_be_bytes(rest[4..12].try_into().expect("8 bytes")),
            issued_ms: i64::from_be_bytes(rest[12..20].try_into().expect("8 bytes")),
        })
    }
}

/// Parses a sequence number given as a string: decimal `0..=i64::MAX`, else DIS.4216.
///
/// ```
/// use dis_local::engine::cursors::parse_sequence_number;
/// assert_eq!(parse_sequence_number("42").unwrap(), 42);
/// assert_eq!(parse_sequence_number("-1").unwrap_err().code, "DIS.4216");
/// ```
pub fn parse_sequence_number(s: &str) -> DisResult<u64> {
    match s.parse::<u64>() {
        Ok(n) if n <= i64::MAX as u64 && !s.starts_with('+') => Ok(n),
        _ => Err(DisError::invalid_sequence_number(format!(
            "sequence_number={s:?}"
        ))),
    }
}

impl Engine {
    /// Encodes a fresh cursor for a position.
    pub(crate) fn issue_cursor(&self, stream_id: &str, partition: u32, position: u64) -> String {
        Cursor {
            stream_id: stream_id.to_owned(),
            partition,
            position,
            issued_ms: self.now_ms(),
        }
        .encode(&self.cursor_key)
    }

    /// Decodes a cursor and checks its age (DIS.4217 invalid, DIS.4225 expired).
    pub(crate) fn open_cursor(&self, text: &str) -> DisResult<Cursor> {
        let cursor = Cursor::decode(text, &self.cursor_key)?;
        let age = self.now_ms().saturating_sub(cursor.issued_ms);
        if age < 0 || age as u128 > self.config.cursor_ttl.as_millis() {
            return Err(DisError::expired_cursor());
        }
        Ok(cursor)
    }

    /// GetCursor. Errors: DIS.4301 stream, DIS.4201/4302 partition, DIS.4216 missing or
    /// malformed sequence number, DIS.4224 sequence number outside the partition's
    /// `[earliest, latest]` (for `AFTER_SEQUENCE_NUMBER`, `n + 1` must be inside), DIS.4200
    /// `AT_TIMESTAMP` without timestamp. DELETED partitions can be read.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, cursors::{CursorType, GetCursor}};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// let req = GetCursor { cursor_type: Some(CursorType::Latest), ..GetCursor::new("s", "0") };
    /// let cursor = e.get_cursor(&req).unwrap();
    /// assert!(cursor.len() <= 512);
    /// let bad = GetCursor { starting_sequence_number: Some("5".into()), ..GetCursor::new("s", "0") };
    /// assert_eq!(e.get_cursor(&bad).unwrap_err().code, "DIS.4224");
    /// ```
    pub fn get_cursor(&mut self, req: &GetCursor) -> DisResult<String> {
        let stream = self.fresh_stream_mut(&req.stream_name)?;
        let index = stream.partition_index(&req.partition_id)?;
        let p = &stream.partitions[index as usize];
        let (earliest, latest) = (p.earliest(), p.latest());
        let cursor_type = req.cursor_type.unwrap_or_default();
        let seq = || -> DisResult<u64> {
            match &req.starting_sequence_number {
                Some(s) => parse_sequence_number(s),
                None => Err(DisError::invalid_sequence_number(format!(
                    "starting-sequence-number is required for {cursor_type:?}"
                ))),
            }
        };
        let out_of_range = |n: u64| {
            DisError::sequence_out_of_range(format!(
                "starting-sequence-number={n}, valid range of {} is [{earliest} : {latest}]",
                req.partition_id
            ))
        };
        let position = match cursor_type {
            CursorType::TrimHorizon => earliest,
            CursorType::Latest => latest,
            CursorType::AtSequenceNumber => {
                let n = seq()?;
                if n < earliest || n > latest {
                    return Err(out_of_range(n));
                }
                n
            }
            CursorType::AfterSequenceNumber => {
                let n = seq()?;
                if n + 1 < earliest || n + 1 > latest {
                    return Err(out_of_range(n));
                }
                n + 1
            }
            CursorType::AtTimestamp => {
                let ts = req.timestamp.ok_or_else(|| {
                    DisError::invalid_request("timestamp is required for AT_TIMESTAMP")
                })?;
                p.records
                    .iter()
                    .position(|r| r.timestamp >= ts)
                    .map_or(latest, |i| earliest + i as u64)
            }
        };
        let id = stream.id.clone();
        Ok(self.issue_cursor(&id, index, position))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::testutil::engine;

    #[test]
    fn round_trip_and_tamper() {
        let key = [7u8; 16];
        let c = Cursor {
            stream_id: "abcDEF0123456789xyz".into(),
            partition: 3,
            position: 99,
            issued_ms: 12345,
        };
        let text = c.encode(&key);
        assert!(text.len() < 100, "{}", text.len());
        assert_eq!(Cursor::decode(&text, &key).unwrap(), c);
        assert_eq!(
            Cursor::decode(&text, &[8u8; 16]).unwrap_err().code,
            "DIS.4217"
        );
        let mut chars: Vec<char> = text.chars().collect();
        chars[10] = if chars[10] == 'A' { 'B' } else { 'A' };
        let edited: String = chars.into_iter().collect();
        assert_eq!(Cursor::decode(&edited, &key).unwrap_err().code, "DIS.4217");
        for junk in ["", "!!!", "abc", &"A".repeat(600)] {
            assert_eq!(Cursor::decode(junk, &key).unwrap_err().code, "DIS.4217");
        }
    }

    #[test]
    fn cursor_request_errors() {
        let (mut e, _) = engine();
        e.create_stream(crate::engine::streams::CreateStream::new("s", 2))
            .unwrap();
        let code = |e: &mut Engine, r: GetCursor| e.get_cursor(&r).unwrap_err().code;
        assert_eq!(code(&mut e, GetCursor::new("x", "0")), "DIS.4301");
        assert_eq!(code(&mut e, GetCursor::new("s", "2")), "DIS.4302");
        assert_eq!(code(&mut e, GetCursor::new("s", "p")), "DIS.4201");
        assert_eq!(code(&mut e, GetCursor::new("s", "0")), "DIS.4216");
        let r = GetCursor {
            starting_sequence_number: Some("x".into()),
            ..GetCursor::new("s", "0")
        };
        assert_eq!(code(&mut e, r), "DIS.4216");
        let r = GetCursor {
            starting_sequence_number: Some("9223372036854775808".into()),
            ..GetCursor::new("s", "0")
        };
        assert_eq!(code(&mut e, r), "DIS.4216");
        let r = GetCursor {
            cursor_type: Some(CursorType::AtTimestamp),
            ..GetCursor::new("s", "0")
        };
        assert_eq!(code(&mut e, r), "DIS.4200");
        // AT 0 on an empty partition is the tail: allowed
        let r = GetCursor {
            starting_sequence_number: Some("0".into()),
            ..GetCursor::new("s", "shardId-0000000001")
        };
        assert!(e.get_cursor(&r).is_ok());
        let r = GetCursor {
            cursor_type: Some(CursorType::AfterSequenceNumber),
            starting_sequence_number: Some("0".into()),
            ..GetCursor::new("s", "0")
        };
        assert_eq!(code(&mut e, r), "DIS.4224");
    }
}
