//! Stream tags: per-stream add / delete / list, batch create / delete, the project-wide
//! tag listing and filtering or counting streams by tags.
//!
//! Filtering (`ListResourcesByTags`) follows the usual semantics of the cloud's tag
//! service, which the DIS reference's one-line descriptions only hint at:
//! * `tags`: the stream has **every** listed key, with one of the listed values
//!   (an empty `values` list means any value);
//! * `tags_any`: the stream matches **at least one** listed key/values entry;
//! * `not_tags`: streams that would match `tags` are excluded;
//! * `not_tags_any`: streams that would match `tags_any` are excluded;
//! * `matches` `[{key: "resource_name", value}]`: the stream name contains `value`
//!   (case-sensitive substring; an empty value matches every stream).
//!
//! Results are in stream-name order, paged by `offset`/`limit`.
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream, tags::Tag};
//! let mut e = Engine::new(Default::default());
//! let id = e.create_stream(CreateStream::new("s", 1)).unwrap().stream_id;
//! e.create_tag(&id, Tag::new("env", "prod")).unwrap();
//! assert_eq!(e.list_tags()[0].0, "env");
//! ```

use std::collections::{BTreeMap, BTreeSet};

use super::{DisError, DisResult, Engine};

/// Most tags one stream can carry (DIS.4601).
///
/// ```
/// assert_eq!(dis_local::engine::tags::MAX_TAGS, 10);
/// ```
pub const MAX_TAGS: usize = 10;

/// A stream tag.
///
/// ```
/// use dis_local::engine::tags::Tag;
/// let t = Tag::new("env", "prod");
/// assert!(t.validate().is_ok());
/// assert_eq!(Tag::new("", "x").validate().unwrap_err().code, "DIS.4200");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub struct Tag {
    /// 1..36 characters: letters, digits, `-`, `_`, U+4E00..U+9FFF.
    pub key: String,
    /// 0..43 characters: the key's set plus `.`.
    pub value: String,
}

fn key_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_' || ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

impl Tag {
    /// Builds a tag.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::tags::Tag::new("k", "v").key, "k");
    /// ```
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: value.into(),
        }
    }

    /// Checks the key and value rules of the reference (DIS.4200 when broken).
    ///
    /// ```
    /// use dis_local::engine::tags::Tag;
    /// assert!(Tag::new("k", "1.5").validate().is_ok());
    /// assert!(Tag::new("k", "a/b").validate().is_err());
    /// ```
    pub fn validate(&self) -> DisResult<()> {
        validate_key(&self.key)?;
        let n = self.value.chars().count();
        if n > 43 || !self.value.chars().all(|c| key_char(c) || c == '.') {
            return Err(DisError::invalid_request(format!(
                "tag value must have 0 to 43 characters of letters, digits, '.', '-', '_': {:?}",
                self.value
            )));
        }
        Ok(())
    }
}

fn validate_key(key: &str) -> DisResult<()> {
    let n = key.chars().count();
    if n == 0 || n > 36 || !key.chars().all(key_char) {
        return Err(DisError::invalid_request(format!(
            "tag key must have 1 to 36 characters of letters, digits, '-', '_': {key:?}"
        )));
    }
    Ok(())
}

/// An enterprise-project system tag.
///
/// ```
/// use dis_local::engine::tags::SysTag;
/// let t = SysTag { key: "_sys_enterprise_project_id".into(), value: "0".repeat(36) };
/// assert!(t.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SysTag {
    /// Must be `_sys_enterprise_project_id`.
    pub key: String,
    /// The enterprise project id, 36 characters.
    pub value: String,
}

impl SysTag {
    /// Checks the key and the value length (DIS.4200).
    ///
    /// ```
    /// use dis_local::engine::tags::SysTag;
    /// assert!(SysTag { key: "x".into(), value: "y".into() }.validate().is_err());
    /// ```
    pub fn validate(&self) -> DisResult<()> {
        if self.key != "_sys_enterprise_project_id" || self.value.chars().count() != 36 {
            return Err(DisError::invalid_request(
                "sys_tags need key _sys_enterprise_project_id and a 36-character enterprise project id",
            ));
        }
        Ok(())
    }
}

/// Validates tags given together: each valid, keys unique, at most [`MAX_TAGS`].
pub(crate) fn validate_tag_set(tags: &[Tag]) -> DisResult<()> {
    for t in tags {
        t.validate()?;
    }
    let keys: BTreeSet<&str> = tags.iter().map(|t| t.key.as_str()).collect();
    if keys.len() != tags.len() {
        return Err(DisError::invalid_request(
            "duplicate tag keys in one request",
        ));
    }
    if tags.len() > MAX_TAGS {
        return Err(DisError::too_many_tags());
    }
    Ok(())
}

/// The two actions of the batch tag operation.
///
/// ```
/// use dis_local::engine::tags::TagAction;
/// assert_eq!("delete".parse::<TagAction>().unwrap(), TagAction::Delete);
/// assert_eq!("update".parse::<TagAction>().unwrap_err().code, "DIS.4605");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagAction {
    /// `create`: add or overwrite.
    Create,
    /// `delete`: remove, idempotent.
    Delete,
}

impl std::str::FromStr for TagAction {
    type Err = DisError;
    fn from_str(s: &str) -> DisResult<Self> {
        match s {
            "create" => Ok(Self::Create),
            "delete" => Ok(Self::Delete),
            _ => Err(DisError::action_not_supported(s)),
        }
    }
}

/// One key with the values it may have, for filters; empty `values` = any value.
///
/// ```
/// let f = dis_local::engine::tags::TagFilter { key: "env".into(), values: vec![] };
/// assert!(f.values.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TagFilter {
    /// Tag key, non-empty, at most 36 characters.
    pub key: String,
    /// Accepted values (at most 10).
    pub values: Vec<String>,
}

/// `filter` (one page of streams) or `count` (only the total).
///
/// ```
/// use dis_local::engine::tags::FilterAction;
/// assert_eq!("count".parse::<FilterAction>().unwrap(), FilterAction::Count);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterAction {
    /// Return one page of matching streams.
    Filter,
    /// Return only how many streams match.
    Count,
}

impl std::str::FromStr for FilterAction {
    type Err = DisError;
    fn from_str(s: &str) -> DisResult<Self> {
        match s {
            "filter" => Ok(Self::Filter),
            "count" => Ok(Self::Count),
            _ => Err(DisError::action_not_supported(s)),
        }
    }
}

/// Input of [`Engine::list_resources_by_tags`]. `limit` and `offset` are strings on the
/// wire and are parsed here (DIS.4200 when not numbers or out of range).
///
/// ```
/// use dis_local::engine::tags::{FilterAction, ResourceQuery};
/// let q = ResourceQuery::new(FilterAction::Filter);
/// assert!(q.tags.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceQuery {
    /// filter or count.
    pub action: FilterAction,
    /// 1..1000, default 1000 (filter only).
    pub limit: Option<String>,
    /// At least 0, default 0 (filter only).
    pub offset: Option<String>,
    /// All must match.
    pub tags: Vec<TagFilter>,
    /// Any must match.
    pub tags_any: Vec<TagFilter>,
    /// Exclude streams matching all of these.
    pub not_tags: Vec<TagFilter>,
    /// Exclude streams matching any of these.
    pub not_tags_any: Vec<TagFilter>,
    /// `(key, value)`; only key `resource_name` is supported.
    pub matches: Vec<(String, String)>,
}

impl ResourceQuery {
    /// A query with no criteria.
    ///
    /// ```
    /// use dis_local::engine::tags::{FilterAction, ResourceQuery};
    /// assert_eq!(ResourceQuery::new(FilterAction::Count).action, FilterAction::Count);
    /// ```
    pub fn new(action: FilterAction) -> Self {
        Self {
            action,
            limit: None,
            offset: None,
            tags: vec![],
            tags_any: vec![],
            not_tags: vec![],
            not_tags_any: vec![],
            matches: vec![],
        }
    }
}

/// One stream found by [`Engine::list_resources_by_tags`].
///
/// ```
/// let r = dis_local::engine::tags::Resource { resource_id: "id".into(), resource_name: "s".into(), tags: vec![] };
/// assert_eq!(r.resource_name, "s");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resource {
    /// The stream id.
    pub resource_id: String,
    /// The stream name.
    pub resource_name: String,
    /// The stream's tags.
    pub tags: Vec<Tag>,
}

/// Answer of [`Engine::list_resources_by_tags`]; `resources` is `None` for `count`.
///
/// ```
/// let a = dis_local::engine::tags::ResourceAnswer { resources: None, total_count: 0 };
/// assert_eq!(a.total_count, 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceAnswer {
    /// The page (filter) or nothing (count).
    pub resources: Option<Vec<Resource>>,
    /// How many streams match in total.
    pub total_count: u64,
}

fn validate_filters(name: &str, filters: &[TagFilter]) -> DisResult<()> {
    if filters.len() > 10 {
        return Err(DisError::invalid_request(format!(
            "{name} has more than 10 keys"
        )));
    }
    let mut keys = BTreeSet::new();
    for f in filters {
        if f.key.is_empty() || f.key.chars().count() > 36 {
            return Err(DisError::invalid_request(format!(
                "{name}: keys must have 1 to 36 characters"
            )));
        }
        if !keys.insert(f.key.as_str()) {
            return Err(DisError::invalid_request(format!(
                "{name}: duplicate key {:?}",
                f.key
            )));
        }
        if f.values.len() > 10 {
            return Err(DisError::invalid_request(format!(
                "{name}: key {:?} has more than 10 values",
                f.key
            )));
        }
        let values: BTreeSet<&String> = f.values.iter().collect();
        if values.len() != f.values.len() {
            return Err(DisError::invalid_request(format!(
                "{name}: duplicate values for key {:?}",
                f.key
            )));
        }
    }
    Ok(())
}

fn filter_hit(tags: &[Tag], f: &TagFilter) -> bool {
    tags.iter()
        .any(|t| t.key == f.key && (f.values.is_empty() || f.values.contains(&t.value)))
}

fn parse_num(name: &str, v: &Option<String>, default: u64, min: u64, max: u64) -> DisResult<u64> {
    let Some(s) = v else { return Ok(default) };
    match s.trim().parse::<u64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(DisError::invalid_request(format!(
            "{name} must be a number from {min} to {max}: {s:?}"
        ))),
    }
}

impl Engine {
    fn stream_by_id_mut(&mut self, stream_id: &str) -> DisResult<&mut super::streams::Stream> {
        let name = self
            .stream_name_by_id(stream_id)
            .ok_or_else(|| DisError::resource_not_found(stream_id))?;
        self.stream_mut(&name)
    }

    /// CreateTag: adds a tag or overwrites the value of an existing key. Unknown stream id:
    /// DIS.4603; an eleventh key: DIS.4601.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, tags::Tag};
    /// let mut e = Engine::new(Default::default());
    /// let id = e.create_stream(CreateStream::new("s", 1)).unwrap().stream_id;
    /// e.create_tag(&id, Tag::new("env", "dev")).unwrap();
    /// e.create_tag(&id, Tag::new("env", "prod")).unwrap();
    /// assert_eq!(e.show_stream_tags(&id).unwrap(), [Tag::new("env", "prod")]);
    /// ```
    pub fn create_tag(&mut self, stream_id: &str, tag: Tag) -> DisResult<()> {
        self.batch_tags(stream_id, TagAction::Create, vec![tag])
    }

    /// DeleteTag: removes the tag with that key; a key the stream does not have is DIS.4604.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream};
    /// let mut e = Engine::new(Default::default());
    /// let id = e.create_stream(CreateStream::new("s", 1)).unwrap().stream_id;
    /// assert_eq!(e.delete_tag(&id, "env").unwrap_err().code, "DIS.4604");
    /// ```
    pub fn delete_tag(&mut self, stream_id: &str, key: &str) -> DisResult<()> {
        let now = self.now_ms();
        let stream = self.stream_by_id_mut(stream_id)?;
        let before = stream.tags.len();
        stream.tags.retain(|t| t.key != key);
        if stream.tags.len() == before {
            return Err(DisError::tag_key_not_found(key));
        }
        stream.last_modified_time = now;
        Ok(())
    }

    /// Batch create / delete. Create: keys must be unique within the request (DIS.4200),
    /// existing keys get the new value, the result may hold at most 10 tags (DIS.4601), all
    /// or nothing. Delete: idempotent; keys must be non-empty, the character set is not
    /// checked, and a tag is removed when its key matches and the request's value is empty
    /// or equal to the stored one.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, tags::{Tag, TagAction}};
    /// let mut e = Engine::new(Default::default());
    /// let id = e.create_stream(CreateStream::new("s", 1)).unwrap().stream_id;
    /// e.batch_tags(&id, TagAction::Create, vec![Tag::new("a", "1"), Tag::new("b", "2")]).unwrap();
    /// e.batch_tags(&id, TagAction::Delete, vec![Tag::new("a", ""), Tag::new("zzz", "")]).unwrap();
    /// assert_eq!(e.show_stream_tags(&id).unwrap(), [Tag::new("b", "2")]);
    /// ```
    pub fn batch_tags(
        &mut self,
        stream_id: &str,
        action: TagAction,
        tags: Vec<Tag>,
    ) -> DisResult<()> {
        if tags.is_empty() {
            return Err(DisError::invalid_request("tags must hold at least one tag"));
        }
        let now = self.now_ms();
        match action {
            TagAction::Create => {
                for t in &tags {
                    t.validate()?;
                }
                let keys: BTreeSet<&str> = tags.iter().map(|t| t.key.as_str()).collect();
                if keys.len() != tags.len() {
                    return Err(DisError::invalid_request(
                        "duplicate tag keys in one request",
                    ));
                }
                let stream = self.stream_by_id_mut(stream_id)?;
                let mut merged = stream.tags.clone();
                for t in tags {
                    match merged.iter_mut().find(|m| m.key == t.key) {
                        Some(m) => m.value = t.value,
                        None => merged.push(t),
                    }
                }
                if merged.len() > MAX_TAGS {
                    return Err(DisError::too_many_tags());
                }
                stream.tags = merged;
                stream.last_modified_time = now;
            }
            TagAction::Delete => {
                if tags.iter().any(|t| t.key.is_empty()) {
                    return Err(DisError::invalid_request(
                        "tag keys to delete must not be empty",
                    ));
                }
                let stream = self.stream_by_id_mut(stream_id)?;
                stream.tags.retain(|s| {
                    !tags
                        .iter()
                        .any(|t| t.key == s.key && (t.value.is_empty() || t.value == s.value))
                });
                stream.last_modified_time = now;
            }
        }
        Ok(())
    }

    /// ShowStreamTags: the stream's tags (DIS.4603 for an unknown id).
    ///
    /// ```
    /// let e = dis_local::engine::Engine::new(Default::default());
    /// assert_eq!(e.show_stream_tags("nope").unwrap_err().code, "DIS.4603");
    /// ```
    pub fn show_stream_tags(&self, stream_id: &str) -> DisResult<Vec<Tag>> {
        self.streams
            .values()
            .find(|s| s.id == stream_id)
            .map(|s| s.tags.clone())
            .ok_or_else(|| DisError::resource_not_found(stream_id))
    }

    /// ListTags: every key used by any stream, with the distinct values, sorted.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, tags::Tag};
    /// let mut e = Engine::new(Default::default());
    /// let a = e.create_stream(CreateStream::new("a", 1)).unwrap().stream_id;
    /// let b = e.create_stream(CreateStream::new("b", 1)).unwrap().stream_id;
    /// e.create_tag(&a, Tag::new("env", "dev")).unwrap();
    /// e.create_tag(&b, Tag::new("env", "prod")).unwrap();
    /// assert_eq!(e.list_tags(), [("env".to_string(), vec!["dev".to_string(), "prod".to_string()])]);
    /// ```
    pub fn list_tags(&self) -> Vec<(String, Vec<String>)> {
        let mut all: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for s in self.streams.values() {
            for t in &s.tags {
                all.entry(&t.key).or_default().insert(&t.value);
            }
        }
        all.into_iter()
            .map(|(k, vs)| (k.to_owned(), vs.into_iter().map(str::to_owned).collect()))
            .collect()
    }

    /// ListResourcesByTags: filter or count streams (see the module docs for the matching rules).
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, tags::*};
    /// let mut e = Engine::new(Default::default());
    /// let id = e.create_stream(CreateStream::new("s", 1)).unwrap().stream_id;
    /// e.create_tag(&id, Tag::new("env", "prod")).unwrap();
    /// let mut q = ResourceQuery::new(FilterAction::Filter);
    /// q.tags = vec![TagFilter { key: "env".into(), values: vec!["prod".into()] }];
    /// let a = e.list_resources_by_tags(&q).unwrap();
    /// assert_eq!(a.total_count, 1);
    /// assert_eq!(a.resources.unwrap()[0].resource_id, id);
    /// ```
    pub fn list_resources_by_tags(&self, q: &ResourceQuery) -> DisResult<ResourceAnswer> {
        validate_filters("tags", &q.tags)?;
        validate_filters("tags_any", &q.tags_any)?;
        validate_filters("not_tags", &q.not_tags)?;
        validate_filters("not_tags_any", &q.not_tags_any)?;
        let mut name_parts = Vec::new();
        for (k, v) in &q.matches {
            if k != "resource_name" {
                return Err(DisError::invalid_request(format!(
                    "matches supports only key resource_name, not {k:?}"
                )));
            }
            name_parts.push(v.as_str());
        }
        let (limit, offset) = match q.action {
            FilterAction::Filter => (
                parse_num("limit", &q.limit, 1000, 1, 1000)?,
                parse_num("offset", &q.offset, 0, 0, u64::MAX)?,
            ),
            FilterAction::Count => (0, 0),
        };
        let hits: Vec<&super::streams::Stream> = self
            .streams
            .values()
            .filter(|s| q.tags.iter().all(|f| filter_hit(&s.tags, f)))
            .filter(|s| q.tags_any.is_empty() || q.tags_any.iter().any(|f| filter_hit(&s.tags, f)))
            .filter(|s| q.not_tags.is_empty() || !q.not_tags.iter().all(|f| filter_hit(&s.tags, f)))
            .filter(|s| !q.not_tags_any.iter().any(|f| filter_hit(&s.tags, f)))
            .filter(|s| name_parts.iter().all(|p| s.name.contains(p)))
            .collect();
        let total_count = hits.len() as u64;
        let resources = match q.action {
            FilterAction::Count => None,
            FilterAction::Filter => Some(
                hits.into_iter()
                    .skip(usize::try_from(offset).unwrap_or(usize::MAX))
                    .take(limit as usize)
                    .map(|s| Resource {
                        resource_id: s.id.clone(),
                        resource_name: s.name.clone(),
                        tags: s.tags.clone(),
                    })
                    .collect(),
            ),
        };
        Ok(ResourceAnswer {
            resources,
            total_count,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::streams::CreateStream;
    use crate::engine::testutil::engine;

    fn f(key: &str, values: &[&str]) -> TagFilter {
        TagFilter {
            key: key.into(),
            values: values.iter().map(|v| v.to_string()).collect(),
        }
    }

    #[test]
    fn tag_rules_and_limits() {
        let (mut e, _) = engine();
        let id = e
            .create_stream(CreateStream::new("s", 1))
            .unwrap()
            .stream_id;
        assert_eq!(
            e.create_tag(&id, Tag::new("k".repeat(37), ""))
                .unwrap_err()
                .code,
            "DIS.4200"
        );
        assert_eq!(
            e.create_tag(&id, Tag::new("k", "v".repeat(44)))
                .unwrap_err()
                .code,
            "DIS.4200"
        );
        e.create_tag(&id, Tag::new("k".repeat(36), "v".repeat(43)))
            .unwrap();
        e.create_tag(&id, Tag::new("中文", "")).unwrap();
        for i in 0..8 {
            e.create_tag(&id, Tag::new(format!("k{i}"), "v")).unwrap();
        }
        assert_eq!(
            e.create_tag(&id, Tag::new("eleven", "v")).unwrap_err().code,
            "DIS.4601"
        );
        // overwriting an existing key at the limit is fine
        e.create_tag(&id, Tag::new("k0", "new")).unwrap();
        // batch that would exceed the limit changes nothing
        let err = e
            .batch_tags(
                &id,
                TagAction::Create,
                vec![Tag::new("k1", "x"), Tag::new("new", "x")],
            )
            .unwrap_err();
        assert_eq!(err.code, "DIS.4601");
        assert!(
            e.show_stream_tags(&id)
                .unwrap()
                .iter()
                .any(|t| t.key == "k1" && t.value == "v")
        );
        let dup = e.batch_tags(
            &id,
            TagAction::Create,
            vec![Tag::new("k1", "x"), Tag::new("k1", "y")],
        );
        assert_eq!(dup.unwrap_err().code, "DIS.4200");
        assert_eq!(
            e.create_tag("nope", Tag::new("a", "b")).unwrap_err().code,
            "DIS.4603"
        );
        assert_eq!(
            e.batch_tags(&id, TagAction::Delete, vec![Tag::new("", "")])
                .unwrap_err()
                .code,
            "DIS.4200"
        );
        // delete with a non-matching value keeps the tag; idempotent for unknown keys
        e.batch_tags(
            &id,
            TagAction::Delete,
            vec![Tag::new("k2", "other"), Tag::new("gone", "")],
        )
        .unwrap();
        assert!(
            e.show_stream_tags(&id)
                .unwrap()
                .iter()
                .any(|t| t.key == "k2")
        );
        e.batch_tags(&id, TagAction::Delete, vec![Tag::new("k2", "v")])
            .unwrap();
        assert!(
            !e.show_stream_tags(&id)
                .unwrap()
                .iter()
                .any(|t| t.key == "k2")
        );
        e.delete_tag(&id, "k3").unwrap();
        assert_eq!(e.delete_tag(&id, "k3").unwrap_err().code, "DIS.4604");
    }

    #[test]
    fn filters_and_counts() {
        let (mut e, _) = engine();
        let mut ids = BTreeMap::new();
        for (name, tags) in [
            ("alpha", vec![("env", "prod"), ("team", "a")]),
            ("beta", vec![("env", "dev"), ("team", "a")]),
            ("gamma", vec![("env", "prod")]),
            ("delta", vec![]),
        ] {
            let id = e
                .create_stream(CreateStream::new(name, 1))
                .unwrap()
                .stream_id;
            for (k, v) in tags {
                e.create_tag(&id, Tag::new(k, v)).unwrap();
            }
            ids.insert(name, id);
        }
        let names = |q: &ResourceQuery| -> Vec<String> {
            e.list_resources_by_tags(q)
                .unwrap()
                .resources
                .unwrap()
                .into_iter()
                .map(|r| r.resource_name)
                .collect()
        };
        let mut q = ResourceQuery::new(FilterAction::Filter);
        assert_eq!(names(&q), ["alpha", "beta", "delta", "gamma"]);
        q.tags = vec![f("env", &["prod"]), f("team", &[])];
        assert_eq!(names(&q), ["alpha"]);
        q.tags = vec![f("env", &["prod", "dev"])];
        assert_eq!(names(&q), ["alpha", "beta", "gamma"]);
        q.tags = vec![];
        q.tags_any = vec![f("team", &["a"]), f("env", &["prod"])];
        assert_eq!(names(&q), ["alpha", "beta", "gamma"]);
        q.tags_any = vec![];
        q.not_tags = vec![f("env", &["prod"]), f("team", &[])];
        assert_eq!(names(&q), ["beta", "delta", "gamma"]);
        q.not_tags = vec![];
        q.not_tags_any = vec![f("team", &[]), f("env", &["prod"])];
        assert_eq!(names(&q), ["delta"]);
        q.not_tags_any = vec![];
        q.matches = vec![("resource_name".into(), "ta".into())];
        assert_eq!(names(&q), ["beta", "delta"]);
        q.matches = vec![];
        q.limit = Some("2".into());
        q.offset = Some("1".into());
        assert_eq!(names(&q), ["beta", "delta"]);
        let a = e.list_resources_by_tags(&q).unwrap();
        assert_eq!(a.total_count, 4);
        assert_eq!(a.resources.unwrap()[0].resource_id, ids["beta"]);
        q.limit = Some("0".into());
        assert_eq!(e.list_resources_by_tags(&q).unwrap_err().code, "DIS.4200");
        q.limit = Some("abc".into());
        assert_eq!(e.list_resources_by_tags(&q).unwrap_err().code, "DIS.4200");
        let mut c = ResourceQuery::new(FilterAction::Count);
        c.tags = vec![f("env", &[])];
        assert_eq!(
            e.list_resources_by_tags(&c).unwrap(),
            ResourceAnswer {
                resources: None,
                total_count: 3
            }
        );
        c.tags = vec![f("env", &[]), f("env", &[])];
        assert_eq!(e.list_resources_by_tags(&c).unwrap_err().code, "DIS.4200");
        c.tags = vec![];
        c.matches = vec![("name".into(), "x".into())];
        assert_eq!(e.list_resources_by_tags(&c).unwrap_err().code, "DIS.4200");
        let listed = e.list_tags();
        assert_eq!(
            listed[0],
            (
                "env".to_string(),
                vec!["dev".to_string(), "prod".to_string()]
            )
        );
        assert_eq!(listed[1], ("team".to_string(), vec!["a".to_string()]));
    }
}
