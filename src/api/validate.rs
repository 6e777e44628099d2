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

/// Checks a partition count: at least 1.
pub(crate) fn partition_count(field: &'static str, count: u32) -> Result<(), ValidationError> {
    if count == 0 {
        Err(ValidationError::new(field, "must be at least 1"))
    } else {
        Ok(())
    }
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

/// Checks a tag: key 1 to 36 characters, value at most 43.
pub(crate) fn tag(key: &str, value: &str) -> Result<(), ValidationError> {
    let key_len = key.trim().chars().count();
    if key_len == 0 || key_len > TAG_KEY_MAX {
        return Err(ValidationError::new(
            "tags.key",
            format!("must be 1 to {TAG_KEY_MAX} characters, got {key:?}"),
        ));
    }
    max_chars("tags.value", value, TAG_VALUE_MAX)
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
