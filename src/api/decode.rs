//! From the generated wire types to the handwritten ones: the checks shared by every
//! resource, and [`wire_enum!`] for DIS's status-like strings.
//!
//! Fields the spec marks `required` are already present once serde has decoded an answer
//! (a missing one is an [`Error::Decode`] naming it); what is left here are the values
//! whose form the types cannot express: counts that must not be negative, partition IDs
//! and `"[a : b]"` ranges.

use std::{collections::BTreeMap, fmt::Display, ops::RangeInclusive};

use crate::{Error, Result, types};

/// An answer that has the documented fields but not the documented values.
pub(crate) fn invalid(subject: impl Display, problem: impl Display) -> Error {
    Error::decode(Some(200), format!("{subject}: {problem}"))
}

/// A count DIS sends as a signed integer but that cannot be negative.
pub(crate) fn count<T, U>(subject: impl Display, field: &str, value: T) -> Result<U>
where
    T: Copy + Display + TryInto<U>,
{
    value
        .try_into()
        .map_err(|_| invalid(subject, format!("{field} is {value}, not a count")))
}

/// A partition ID as DIS answers it: `shardId-0000000000`, or only the digits.
pub(crate) fn partition_id(subject: impl Display, field: &str, id: String) -> Result<String> {
    let digits = id.strip_prefix("shardId-").unwrap_or(&id);
    if is_decimal(digits) {
        Ok(id)
    } else {
        Err(invalid(
            subject,
            format!("{field} {id:?} is neither shardId-<digits> nor <digits>"),
        ))
    }
}

/// A range as DIS formats `hash_range` and `sequence_number_range`: `"[first : last]"`
/// with two decimal numbers.
pub(crate) fn number_range(
    subject: impl Display,
    field: &str,
    text: &str,
) -> Result<RangeInclusive<u64>> {
    let bounds = text
        .trim()
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .and_then(|inner| inner.split_once(':'))
        .and_then(|(first, last)| Some(decimal(first.trim())?..=decimal(last.trim())?));
    bounds.ok_or_else(|| {
        invalid(
            subject,
            format!("{field} {text:?} is not \"[first : last]\" with two decimal numbers"),
        )
    })
}

fn decimal(text: &str) -> Option<u64> {
    is_decimal(text).then(|| text.parse().ok()).flatten()
}

fn is_decimal(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Tags as key to value; a tag without a value maps to `""`.
pub(crate) fn tags(tags: Vec<types::Tag>) -> BTreeMap<String, String> {
    tags.into_iter()
        .map(|tag| {
            let value = tag.value.map(String::from).unwrap_or_default();
            (String::from(tag.key), value)
        })
        .collect()
}

/// Implements `as_str`, `Display` and `from_wire` for an enum of the values DIS documents
/// for a status-like string, whose last variant `Other(String)` keeps any other value, so
/// that a value DIS adds later never fails a call.
macro_rules! wire_enum {
    ($name:ident { $($variant:ident = $wire:literal),+ $(,)? }) => {
        impl $name {
            /// The value as DIS spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)+
                    Self::Other(value) => value,
                }
            }

            /// The documented variant for a documented value, `Other` for any other.
            pub(crate) fn from_wire(value: String) -> Self {
                match value.as_str() {
                    $($wire => Self::$variant,)+
                    _ => Self::Other(value),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
pub(crate) use wire_enum;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_take_two_decimals_in_brackets() {
        assert_eq!(
            number_range("s", "hash_range", "[0 : 9223372036854775807]").unwrap(),
            0..=9_223_372_036_854_775_807
        );
        assert_eq!(number_range("s", "r", " [7:9] ").unwrap(), 7..=9);
        for bad in [
            "0 : 1", "[a : 1]", "[1 : -1]", "[+1 : 2]", "[1]", "[ : 1]", "",
        ] {
            let err = number_range("stream \"s\"", "sequence_number_range", bad).unwrap_err();
            assert!(
                matches!(&err, Error::Decode { message, .. } if message.contains("sequence_number_range")),
                "{bad:?}: {err:?}"
            );
        }
    }

    #[test]
    fn partition_ids_are_shard_ids_or_digits() {
        for good in ["shardId-0000000000", "0", "17"] {
            assert_eq!(
                partition_id("s", "partition_id", good.into()).unwrap(),
                good
            );
        }
        for bad in ["", "shardId-", "shard-1", "shardId-1a", "-1"] {
            assert!(
                partition_id("s", "partition_id", bad.into()).is_err(),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn counts_refuse_negative_values() {
        assert_eq!(count::<_, u32>("s", "partition_count", 3_i32).unwrap(), 3);
        let err = count::<_, u32>("stream \"s\"", "partition_count", -1_i32).unwrap_err();
        assert_eq!(
            err.to_string(),
            "could not decode the answer of DIS (HTTP 200): stream \"s\": partition_count is -1, not a count"
        );
    }
}
