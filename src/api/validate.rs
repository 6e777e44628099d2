//! Checks of names, counts and sizes against the limits of the DIS reference, run before
//! a request is sent so that bad input costs no round trip and changes nothing.

use crate::error::ValidationError;

/// Longest stream name DIS accepts at creation.
pub const STREAM_NAME_MAX: usize = 64;
/// Longest app name DIS accepts at creation.
pub const APP_NAME_MAX: usize = 200;
/// Longest dump task name DIS accepts.
pub const TASK_NAME_MAX: usize = 64;
/// Largest record, in bytes before base64.
pub const RECORD_MAX_BYTES: usize = 1024 * 1024;
/// Largest total of record data in one upload request, in bytes before base64.
pub const REQUEST_MAX_BYTES: usize = 5 * 1024 * 1024;
/// Longest checkpoint metadata.
pub const CHECKPOINT_METADATA_MAX: usize = 1000;
/// Retention range of a stream, in hours.
pub const DATA_DURATION_HOURS: std::ops::RangeInclusive<u32> = 24..=72;
/// Most tags a stream may carry.
pub const TAGS_PER_STREAM_MAX: usize = 10;
/// Longest tag key.
pub const TAG_KEY_MAX: usize = 36;
/// Longest tag value.
pub const TAG_VALUE_MAX: usize = 43;

/// Checks a stream name: 1 to 64 characters from `A-Z a-z 0-9 _ -`.
pub(crate) fn stream_name(name: &str) -> Result<(), ValidationError> {
    resource_name("stream_name", name, STREAM_NAME_MAX)
}

/// Checks an app name: 1 to 200 characters from `A-Z a-z 0-9 _ -`.
pub(crate) fn app_name(name: &str) -> Result<(), ValidationError> {
    resource_name("app_name", name, APP_NAME_MAX)
}

/// Checks a dump task name: 1 to 64 characters from `A-Z a-z 0-9 _ -`.
pub(crate) fn task_name(name: &str) -> Result<(), ValidationError> {
    resource_name("task_name", name, TASK_NAME_MAX)
}

fn resource_name(field: &'static str, name: &str, max: usize) -> Result<(), ValidationError> {
    if name.is_empty() || name.len() > max {
        return Err(ValidationError::new(
            field,
            format!(
                "must be 1 to {max} characters long, got {} in {name:?}",
                name.len()
            ),
        ));
    }
    match name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-'))
    {
        Some(bad) => Err(ValidationError::new(
            field,
            format!("may hold only letters, digits, '_' and '-', found {bad:?} in {name:?}"),
        )),
        None => Ok(()),
    }
}

/// Checks a partition id in either form DIS accepts: `3` or `shardId-0000000003`.
pub(crate) fn partition_id(id: &str) -> Result<(), ValidationError> {
    let digits = id.strip_prefix("shardId-").unwrap_or(id);
    if !digits.is_empty() && digits.len() <= 10 && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(ValidationError::new(
            "partition_id",
            format!("must be a number or shardId-NNNNNNNNNN, got {id:?}"),
        ))
    }
}

/// Range of a partition count: at least 1, and an `int32` on the wire.
pub(crate) const PARTITION_COUNT: std::ops::RangeInclusive<u32> = 1..=i32::MAX as u32;

/// Checks a partition count: 1 to `i32::MAX` (the spec's `int32`).
pub(crate) fn partition_count(field: &'static str, count: u32) -> Result<(), ValidationError> {
    in_range(field, count, PARTITION_COUNT)
}

/// Largest sequence number of a partition (the reference's range is 0 to `i64::MAX`).
pub(crate) const SEQUENCE_NUMBER_MAX: u64 = i64::MAX as u64;

/// Checks a sequence number as DIS takes it: decimal digits only (no sign, exponent or
/// blank), 0 to [`SEQUENCE_NUMBER_MAX`].
pub(crate) fn sequence_number(field: &'static str, number: &str) -> Result<(), ValidationError> {
    match parse_sequence_number(number) {
        Some(_) => Ok(()),
        None => Err(ValidationError::new(
            field,
            format!("must be a decimal number 0..={SEQUENCE_NUMBER_MAX}, got {number:?}"),
        )),
    }
}

/// A sequence number as text, for input and for answers alike: decimal digits only,
/// 0..=`i64::MAX` (at most 19 digits, so no run of leading zeros passes).
pub(crate) fn parse_sequence_number(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 19 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u64>()
        .ok()
        .filter(|&n| n <= SEQUENCE_NUMBER_MAX)
}

/// Checks that `value` lies in `range`, naming the field in the error.
pub(crate) fn in_range<T>(
    field: &'static str,
    value: T,
    range: std::ops::RangeInclusive<T>,
) -> Result<(), ValidationError>
where
    T: PartialOrd + std::fmt::Display,
{
    if range.contains(&value) {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            format!(
                "must be between {} and {}, got {value}",
                range.start(),
                range.end()
            ),
        ))
    }
}

/// Checks that a text is at most `max` characters long.
pub(crate) fn max_chars(
    field: &'static str,
    text: &str,
    max: usize,
) -> Result<(), ValidationError> {
    let len = text.chars().count();
    if len <= max {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            format!("must be at most {max} characters, got {len}"),
        ))
    }
}

/// Checks a tag as the spec's `Tag` schema has it, exactly as it will be sent (nothing is
/// trimmed): key 1 to 36 characters from letters, digits, `-`, `_` and U+4E00..U+9FFF;
/// value at most 43 characters from the same and `.`.
pub(crate) fn tag(key: &str, value: &str) -> Result<(), ValidationError> {
    tag_key(key)?;
    check_chars("tags.value", value, TAG_VALUE_CHARS, |c| {
        c == '.' || tag_key_char(c)
    })?;
    max_chars("tags.value", value, TAG_VALUE_MAX)
}

const TAG_KEY_CHARS: &str = "letters, digits, '-', '_' and characters U+4E00..U+9FFF";
const TAG_VALUE_CHARS: &str = "letters, digits, '.', '-', '_' and characters U+4E00..U+9FFF";

/// Checks a tag key to be created: 1 to 36 characters from letters, digits, `-`, `_` and
/// U+4E00..U+9FFF.
fn tag_key(key: &str) -> Result<(), ValidationError> {
    check_chars("tags.key", key, TAG_KEY_CHARS, tag_key_char)?;
    tag_key_length(key)
}

/// Checks a key naming an existing tag (a path segment or a search criterion, which the
/// reference gives no character rule): not blank, 1 to 36 characters as sent.
pub(crate) fn tag_key_reference(key: &str) -> Result<(), ValidationError> {
    if key.trim().is_empty() {
        return Err(ValidationError::new(
            "tags.key",
            format!("must not be blank, got {key:?}"),
        ));
    }
    tag_key_length(key)
}

fn tag_key_length(key: &str) -> Result<(), ValidationError> {
    let len = key.chars().count();
    if (1..=TAG_KEY_MAX).contains(&len) {
        Ok(())
    } else {
        Err(ValidationError::new(
            "tags.key",
            format!("must be 1 to {TAG_KEY_MAX} characters, got {len} in {key:?}"),
        ))
    }
}

/// A character of a tag key: an ASCII letter or digit, `-`, `_`, or U+4E00..U+9FFF.
fn tag_key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Checks that every character of `text` is `allowed`, which `described` puts in words.
fn check_chars(
    field: &'static str,
    text: &str,
    described: &str,
    allowed: impl Fn(char) -> bool,
) -> Result<(), ValidationError> {
    match text.chars().find(|c| !allowed(*c)) {
        None => Ok(()),
        Some(bad) => Err(ValidationError::new(
            field,
            format!("may hold only {described}, found {bad:?} in {text:?}"),
        )),
    }
}

/// Longest IAM agency name of a dump task.
pub const AGENCY_NAME_MAX: usize = 64;
/// Longest OBS directory prefix (`file_prefix`) of a dump task.
pub const FILE_PREFIX_MAX: usize = 50;
/// Range of a dump task's cycle (`deliver_time_interval`), in seconds.
pub const DELIVER_TIME_INTERVAL_SECONDS: std::ops::RangeInclusive<u32> = 30..=900;
/// Longest window of a monitoring query (DIS.4204).
pub const METRICS_WINDOW_MAX: std::time::Duration =
    std::time::Duration::from_secs(7 * 24 * 60 * 60);
/// Longest stream ID in a tag path.
pub const STREAM_ID_MAX: usize = 60;
/// Most keys in one criterion list of a tag search, and most values per key.
pub const TAG_FILTER_MAX: usize = 10;
/// Range of the page size (`limit`) of a tag search.
pub const TAG_SEARCH_PAGE_SIZE: std::ops::RangeInclusive<u32> = 1..=1000;

/// Checks that a required text is not empty (nor only whitespace).
pub(crate) fn non_empty(field: &'static str, text: &str) -> Result<(), ValidationError> {
    if text.trim().is_empty() {
        Err(ValidationError::new(field, "must not be empty"))
    } else {
        Ok(())
    }
}

/// Converts `value` into a generated wire type (a length- or pattern-checked newtype, or a
/// struct builder), reporting a refusal as a validation error of `field`.
pub(crate) fn wire<T, V>(field: &'static str, value: V) -> Result<T, ValidationError>
where
    V: TryInto<T>,
    V::Error: std::fmt::Display,
{
    value
        .try_into()
        .map_err(|e| ValidationError::new(field, e.to_string()))
}
