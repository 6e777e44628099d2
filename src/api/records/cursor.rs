//! Partition cursors: where reading a partition starts.

use std::fmt;

use crate::{Client, Error, Result, ValidationError, api::validate, error, types};

/// A partition cursor from [`Client::get_data_cursor`] or from a previous page; DIS keeps it
/// valid for 5 minutes.
///
/// ```
/// let cursor = otc_dis::Cursor::from("eyJnZXRJdGVyYXRvclBhcmFtIjp7fX0");
/// assert_eq!(cursor.as_str(), "eyJnZXRJdGVyYXRvclBhcmFtIjp7fX0");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Cursor(String);

impl Cursor {
    /// Longest cursor DIS hands out.
    pub const MAX_LEN: usize = 512;

    /// Wraps a cursor string.
    pub fn new(cursor: impl Into<String>) -> Self {
        Self(cursor.into())
    }

    /// The cursor as sent on the wire.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The cursor string.
    pub fn into_string(self) -> String {
        self.0
    }

    /// A cursor DIS sent in `field`; refused unless it has 1 to [`MAX_LEN`](Self::MAX_LEN)
    /// characters, as the reference documents.
    pub(super) fn from_wire(field: &str, text: String) -> Result<Self> {
        let len = text.chars().count();
        if (1..=Self::MAX_LEN).contains(&len) {
            Ok(Self(text))
        } else {
            Err(Error::decode(
                Some(200),
                format!(
                    "{field} must have 1 to {} characters, DIS sent {len}",
                    Self::MAX_LEN
                ),
            ))
        }
    }

    pub(super) fn check(&self) -> std::result::Result<(), ValidationError> {
        if self.0.is_empty() || self.0.chars().count() > Self::MAX_LEN {
            Err(ValidationError::new(
                "partition-cursor",
                format!(
                    "must be 1 to {} characters long, got {}",
                    Self::MAX_LEN,
                    self.0.chars().count()
                ),
            ))
        } else {
            Ok(())
        }
    }
}

impl From<String> for Cursor {
    fn from(cursor: String) -> Self {
        Self(cursor)
    }
}

impl From<&str> for Cursor {
    fn from(cursor: &str) -> Self {
        Self(cursor.to_owned())
    }
}

impl AsRef<str> for Cursor {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Cursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a cursor starts reading a partition; each variant carries the value it needs.
///
/// Sequence numbers are decimal strings (0..=`i64::MAX`); the constructors accept numbers too.
///
/// ```
/// use otc_dis::CursorPosition;
/// let after = CursorPosition::after_sequence_number(41u64);
/// assert_eq!(after, CursorPosition::AfterSequenceNumber("41".into()));
/// let since = CursorPosition::AtTimestamp(1_700_000_000_000);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CursorPosition {
    /// At the record with this sequence number (`AT_SEQUENCE_NUMBER`).
    AtSequenceNumber(String),
    /// Just after the record with this sequence number (`AFTER_SEQUENCE_NUMBER`); resumes
    /// reading after the last record processed.
    AfterSequenceNumber(String),
    /// At the oldest record still retained (`TRIM_HORIZON`).
    TrimHorizon,
    /// After the newest record, so only records written from now on (`LATEST`).
    Latest,
    /// At the first record written at or after this time, epoch milliseconds (`AT_TIMESTAMP`).
    AtTimestamp(i64),
}

impl CursorPosition {
    /// At the record with this sequence number.
    pub fn at_sequence_number(sequence_number: impl ToString) -> Self {
        Self::AtSequenceNumber(sequence_number.to_string())
    }

    /// Just after the record with this sequence number.
    pub fn after_sequence_number(sequence_number: impl ToString) -> Self {
        Self::AfterSequenceNumber(sequence_number.to_string())
    }

    fn cursor_type(&self) -> types::CursorType {
        match self {
            Self::AtSequenceNumber(_) => types::CursorType::AtSequenceNumber,
            Self::AfterSequenceNumber(_) => types::CursorType::AfterSequenceNumber,
            Self::TrimHorizon => types::CursorType::TrimHorizon,
            Self::Latest => types::CursorType::Latest,
            Self::AtTimestamp(_) => types::CursorType::AtTimestamp,
        }
    }

    fn sequence_number(&self) -> Option<&str> {
        match self {
            Self::AtSequenceNumber(n) | Self::AfterSequenceNumber(n) => Some(n),
            _ => None,
        }
    }

    fn check(&self) -> std::result::Result<(), ValidationError> {
        if let Some(n) = self.sequence_number() {
            validate::sequence_number("starting-sequence-number", n)?;
        }
        match self {
            Self::AtTimestamp(ms) if *ms < 0 => Err(ValidationError::new(
                "timestamp",
                format!("must be epoch milliseconds (0 or more), got {ms}"),
            )),
            _ => Ok(()),
        }
    }
}

/// A sequence number DIS sent in `field` (as a string or a JSON number): its text and
/// value. Anything but a decimal 0..=`i64::MAX` is refused, naming the field.
pub(crate) fn sequence_number_from_wire(
    field: &str,
    value: &types::LenientString,
) -> Result<(String, u64)> {
    let text = value.to_string();
    validate::parse_sequence_number(&text)
        .map(|number| (text.clone(), number))
        .ok_or_else(|| {
            Error::decode(
                Some(200),
                format!(
                    "{field} must be a decimal number 0..={}, DIS sent {text:?}",
                    i64::MAX
                ),
            )
        })
}

/// DIS codes meaning that a cursor can no longer be used and a new one must be obtained:
/// invalid (DIS.4217), expired after 5 minutes (DIS.4225), or pointing at records that
/// expired (DIS.4226).
///
/// ```
/// assert!(otc_dis::RENEW_CURSOR_CODES.contains(&"DIS.4225"));
/// ```
pub const RENEW_CURSOR_CODES: &[&str] = &["DIS.4217", "DIS.4225", "DIS.4226"];

/// True when `err` says the cursor is invalid or expired: get a new one with
/// [`Client::get_data_cursor`] (e.g. from [`crate::Records::resume_position`]) and read on.
///
/// These errors arrive as [`Error::InvalidRequest`] carrying the code.
///
/// ```
/// use otc_dis::{ApiError, Error};
/// let err = Error::from_api(ApiError::new(400, Some("DIS.4225"), "Expired partition cursor"));
/// assert!(otc_dis::needs_new_cursor(&err));
/// assert!(matches!(err, Error::InvalidRequest(_)));
/// ```
pub fn needs_new_cursor(err: &Error) -> bool {
    err.code().is_some_and(|c| RENEW_CURSOR_CODES.contains(&c))
}

impl Client {
    /// Obtains a cursor for reading partition `partition_id` (`0` or `shardId-0000000000`)
    /// of `stream_name` from `position`.
    ///
    /// ```no_run
    /// use otc_dis::CursorPosition;
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let cursor = client
    ///     .get_data_cursor("orders", "0", CursorPosition::after_sequence_number(41u64))
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "get_cursor")]
    pub async fn get_data_cursor(
        &self,
        stream_name: &str,
        partition_id: &str,
        position: CursorPosition,
    ) -> Result<Cursor> {
        validate::stream_name(stream_name)?;
        validate::partition_id(partition_id)?;
        position.check()?;
        let mut request = self
            .raw()
            .get_cursor()
            .project_id(self.project_id())
            .stream_name(stream_name)
            .partition_id(partition_id)
            .cursor_type(position.cursor_type());
        if let Some(n) = position.sequence_number() {
            request = request.starting_sequence_number(n);
        }
        if let CursorPosition::AtTimestamp(ms) = position {
            request = request.timestamp(ms);
        }
        let answer = error::body(request.send().await).await?;
        Cursor::from_wire("partition_cursor", answer.partition_cursor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sequence_numbers_are_checked() {
        assert!(CursorPosition::at_sequence_number(0u64).check().is_ok());
        assert!(CursorPosition::at_sequence_number(i64::MAX).check().is_ok());
        assert!(
            CursorPosition::at_sequence_number(i64::MAX as u64 + 1)
                .check()
                .is_err()
        );
        assert!(CursorPosition::after_sequence_number("-1").check().is_err());
        assert!(CursorPosition::after_sequence_number("").check().is_err());
        assert!(CursorPosition::AtTimestamp(-5).check().is_err());
    }

    #[test]
    fn sequence_numbers_from_dis_must_be_decimal() {
        let wire = |text: &str| types::LenientString::String(text.to_owned());
        let ok = sequence_number_from_wire("sequence_number", &wire("9223372036854775807"));
        assert_eq!(
            ok.unwrap(),
            ("9223372036854775807".to_owned(), i64::MAX as u64)
        );
        assert_eq!(
            sequence_number_from_wire("sequence_number", &types::LenientString::Int64(7))
                .unwrap()
                .1,
            7
        );
        for bad in ["-1", "not-a-number", "", "+1", " 1", "9223372036854775808"] {
            let err =
                sequence_number_from_wire("records[0].sequence_number", &wire(bad)).unwrap_err();
            assert!(matches!(err, Error::Decode { .. }), "{bad:?}: {err:?}");
            assert!(
                err.to_string().contains("records[0].sequence_number"),
                "{err}"
            );
        }
        let negative =
            sequence_number_from_wire("sequence_number", &types::LenientString::Int64(-1));
        assert!(negative.is_err());
    }

    #[test]
    fn cursors_from_dis_must_have_1_to_512_characters() {
        assert!(Cursor::from_wire("partition_cursor", "a".repeat(512)).is_ok());
        for bad in [String::new(), "a".repeat(513)] {
            let err = Cursor::from_wire("next_partition_cursor", bad).unwrap_err();
            assert!(matches!(err, Error::Decode { .. }), "{err:?}");
            assert!(err.to_string().contains("next_partition_cursor"), "{err}");
        }
    }

    #[test]
    fn cursor_length_is_checked() {
        assert!(Cursor::new("").check().is_err());
        assert!(Cursor::new("a".repeat(512)).check().is_ok());
        assert!(Cursor::new("a".repeat(513)).check().is_err());
    }
}
