//! Conversions from awkward wire shapes to the plain values the handwritten layer returns.

use crate::{error::ValidationError, types::LenientString};

/// The text of a value DIS sends as either a JSON string or a JSON number (partition ids,
/// sequence numbers): `"shardId-0000000000"` stays as it is, `0` becomes `"0"`.
pub(crate) fn lenient_to_string(value: LenientString) -> String {
    match value {
        LenientString::String(text) => text,
        LenientString::Int64(number) => number.to_string(),
    }
}

/// Converts input that was already validated into a constrained generated type (a name
/// newtype, a non-zero count); should the generated check still refuse it, the error
/// names `field` and nothing is sent.
pub(crate) fn to_wire<T, V>(field: &'static str, value: V) -> Result<T, ValidationError>
where
    V: TryInto<T>,
    V::Error: std::fmt::Display,
{
    value
        .try_into()
        .map_err(|refused| ValidationError::new(field, refused.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_strings_become_the_same_text() {
        assert_eq!(lenient_to_string(LenientString::Int64(-1)), "-1");
        assert_eq!(
            lenient_to_string(LenientString::String("shardId-0000000002".into())),
            "shardId-0000000002"
        );
    }
}
