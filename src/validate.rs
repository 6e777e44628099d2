//! Checks of names, counts and sizes against the limits of the DIS reference, run before
//! a request is sent so that bad input costs no round trip and changes nothing.

use crate::error::ValidationError;

/// Longest stream name DIS accepts at creation.
///
/// ```
/// assert!(otc_dis::validate::stream_name(&"s".repeat(otc_dis::validate::STREAM_NAME_MAX)).is_ok());
/// ```
pub const STREAM_NAME_MAX: usize = 64;
/// Longest app name DIS accepts at creation.
///
/// ```
/// assert!(otc_dis::validate::app_name(&"a".repeat(otc_dis::validate::APP_NAME_MAX + 1)).is_err());
/// ```
pub const APP_NAME_MAX: usize = 200;
/// Longest dump task name DIS accepts.
///
/// ```
/// assert!(otc_dis::validate::task_name(&"t".repeat(otc_dis::validate::TASK_NAME_MAX)).is_ok());
/// ```
pub const TASK_NAME_MAX: usize = 64;
/// Largest record, in bytes before base64.
///
/// ```
/// assert_eq!(otc_dis::validate::RECORD_MAX_BYTES, 1 << 20);
/// ```
pub const RECORD_MAX_BYTES: usize = 1024 * 1024;
/// Largest total of record data in one upload request, in bytes before base64.
///
/// ```
/// assert_eq!(otc_dis::validate::REQUEST_MAX_BYTES, 5 * otc_dis::validate::RECORD_MAX_BYTES);
/// ```
pub const REQUEST_MAX_BYTES: usize = 5 * 1024 * 1024;
/// Longest checkpoint metadata.
///
/// ```
/// use otc_dis::validate::{max_chars, CHECKPOINT_METADATA_MAX};
/// assert!(max_chars("metadata", &"m".repeat(CHECKPOINT_METADATA_MAX), CHECKPOINT_METADATA_MAX).is_ok());
/// ```
pub const CHECKPOINT_METADATA_MAX: usize = 1000;
/// Retention range of a stream, in hours.
///
/// ```
/// assert!(otc_dis::validate::in_range("data_duration", 48, otc_dis::validate::DATA_DURATION_HOURS).is_ok());
/// ```
pub const DATA_DURATION_HOURS: std::ops::RangeInclusive<u32> = 24..=72;
/// Most tags a stream may carry.
///
/// ```
/// assert_eq!(otc_dis::validate::TAGS_PER_STREAM_MAX, 10);
/// ```
pub const TAGS_PER_STREAM_MAX: usize = 10;
/// Longest tag key.
///
/// ```
/// assert!(otc_dis::validate::tag(&"k".repeat(otc_dis::validate::TAG_KEY_MAX + 1), "v").is_err());
/// ```
pub const TAG_KEY_MAX: usize = 36;
/// Longest tag value.
///
/// ```
/// assert!(otc_dis::validate::tag("k", &"v".repeat(otc_dis::validate::TAG_VALUE_MAX)).is_ok());
/// ```
pub const TAG_VALUE_MAX: usize = 43;

/// Checks a stream name: 1 to 64 characters from `A-Z a-z 0-9 _ -`.
///
/// ```
/// assert!(otc_dis::validate::stream_name("clicks_2024-01").is_ok());
/// assert!(otc_dis::validate::stream_name("").is_err());
/// assert!(otc_dis::validate::stream_name("no spaces").is_err());
/// ```
pub fn stream_name(name: &str) -> Result<(), ValidationError> {
    resource_name("stream_name", name, STREAM_NAME_MAX)
}

/// Checks an app name: 1 to 200 characters from `A-Z a-z 0-9 _ -`.
///
/// ```
/// assert!(otc_dis::validate::app_name("billing-consumer").is_ok());
/// assert!(otc_dis::validate::app_name(&"a".repeat(201)).is_err());
/// ```
pub fn app_name(name: &str) -> Result<(), ValidationError> {
    resource_name("app_name", name, APP_NAME_MAX)
}

/// Checks a dump task name: 1 to 64 characters from `A-Z a-z 0-9 _ -`.
///
/// ```
/// assert!(otc_dis::validate::task_name("to_obs").is_ok());
/// assert!(otc_dis::validate::task_name("to/obs").is_err());
/// ```
pub fn task_name(name: &str) -> Result<(), ValidationError> {
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
///
/// ```
/// assert!(otc_dis::validate::partition_id("0").is_ok());
/// assert!(otc_dis::validate::partition_id("shardId-0000000007").is_ok());
/// assert!(otc_dis::validate::partition_id("shard-7").is_err());
/// ```
pub fn partition_id(id: &str) -> Result<(), ValidationError> {
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
///
/// ```
/// assert!(otc_dis::validate::partition_count("partition_count", 3).is_ok());
/// assert!(otc_dis::validate::partition_count("partition_count", 0).is_err());
/// ```
pub fn partition_count(field: &'static str, count: u32) -> Result<(), ValidationError> {
    if count == 0 {
        Err(ValidationError::new(field, "must be at least 1"))
    } else {
        Ok(())
    }
}

/// Checks that `value` lies in `range`, naming the field in the error.
///
/// ```
/// assert!(otc_dis::validate::in_range("limit", 10, 1..=100).is_ok());
/// let err = otc_dis::validate::in_range("limit", 0, 1..=100).unwrap_err();
/// assert_eq!(err.to_string(), "limit: must be between 1 and 100, got 0");
/// ```
pub fn in_range<T>(
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
///
/// ```
/// assert!(otc_dis::validate::max_chars("metadata", "ok", 1000).is_ok());
/// assert!(otc_dis::validate::max_chars("metadata", &"x".repeat(1001), 1000).is_err());
/// ```
pub fn max_chars(field: &'static str, text: &str, max: usize) -> Result<(), ValidationError> {
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
///
/// ```
/// assert!(otc_dis::validate::tag("team", "payments").is_ok());
/// assert!(otc_dis::validate::tag("", "x").is_err());
/// ```
pub fn tag(key: &str, value: &str) -> Result<(), ValidationError> {
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
///
/// ```
/// assert_eq!(otc_dis::validate::AGENCY_NAME_MAX, 64);
/// ```
pub const AGENCY_NAME_MAX: usize = 64;
/// Longest OBS directory prefix (`file_prefix`) of a dump task.
///
/// ```
/// assert_eq!(otc_dis::validate::FILE_PREFIX_MAX, 50);
/// ```
pub const FILE_PREFIX_MAX: usize = 50;
/// Range of a dump task's cycle (`deliver_time_interval`), in seconds.
///
/// ```
/// assert!(otc_dis::validate::in_range("deliver_time_interval", 20, otc_dis::validate::DELIVER_TIME_INTERVAL_SECONDS).is_err());
/// ```
pub const DELIVER_TIME_INTERVAL_SECONDS: std::ops::RangeInclusive<u32> = 30..=900;
/// Longest window of a monitoring query (DIS.4204).
///
/// ```
/// assert_eq!(otc_dis::validate::METRICS_WINDOW_MAX.as_secs(), 7 * 86_400);
/// ```
pub const METRICS_WINDOW_MAX: std::time::Duration =
    std::time::Duration::from_secs(7 * 24 * 60 * 60);
/// Longest stream ID in a tag path.
///
/// ```
/// assert_eq!(otc_dis::validate::STREAM_ID_MAX, 60);
/// ```
pub const STREAM_ID_MAX: usize = 60;
/// Most keys in one criterion list of a tag search, and most values per key.
///
/// ```
/// assert_eq!(otc_dis::validate::TAG_FILTER_MAX, 10);
/// ```
pub const TAG_FILTER_MAX: usize = 10;
/// Range of the page size (`limit`) of a tag search.
///
/// ```
/// assert_eq!(*otc_dis::validate::TAG_SEARCH_PAGE_SIZE.end(), 1000);
/// ```
pub const TAG_SEARCH_PAGE_SIZE: std::ops::RangeInclusive<u32> = 1..=1000;

/// Checks that a required text is not empty (nor only whitespace).
///
/// ```
/// assert!(otc_dis::validate::non_empty("agency_name", "dis_admin_agency").is_ok());
/// assert!(otc_dis::validate::non_empty("agency_name", " ").is_err());
/// ```
pub fn non_empty(field: &'static str, text: &str) -> Result<(), ValidationError> {
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
