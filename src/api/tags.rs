//! Stream tags and tag-based stream search.
//!
//! Tags address a stream by its **ID** ([`Stream::stream_id`](crate::Stream::stream_id)),
//! not its name, under the singular `/stream/` path. The methods map to these DIS
//! operations:
//!
//! | method | DIS operation |
//! |---|---|
//! | [`Client::add_stream_tag`] | `create_tag` (`POST /stream/{stream_id}/tags`) |
//! | [`Client::delete_stream_tag`] | `delete_tag` (`DELETE /stream/{stream_id}/tags/{key}`) |
//! | [`Client::stream_tags`] | `show_stream_tags` (`GET /stream/{stream_id}/tags`) |
//! | [`Client::tags`] | `list_tags` (`GET /stream/tags`) |
//! | [`Client::add_stream_tags`] | `batch_tag_action` with `action: create` |
//! | [`Client::delete_stream_tags`] | `batch_tag_action` with `action: delete` |
//! | [`Client::streams_by_tags`] | `list_resources_by_tags` with `action: filter` or `count` |
//!
//! Tags sent as the reference's `Tag` (adding tags, [`Client::delete_stream_tags`], the tags
//! of [`Client::create_stream`]) are checked exactly as they will be sent, nothing trimmed:
//! a key has 1 to 36 characters from letters, digits, `-`, `_` and U+4E00..U+9FFF, a value
//! at most 43 from the same and `.`. A key that names an existing tag
//! ([`Client::delete_stream_tag`], search criteria) must not be blank and has at most 36
//! characters; the reference sets no character rule for it.

use std::collections::{BTreeMap, BTreeSet};

use crate::{
    Client, Error, PageOptions, Paginator, Result, ValidationError,
    api::decode,
    api::pagination::{Page, failed, paginate},
    api::validate,
    api::validate::{TAG_FILTER_MAX, TAG_VALUE_MAX, wire},
    error, types,
};

/// Page size DIS uses for a tag search when none is sent.
const FILTER_DEFAULT_PAGE_SIZE: u32 = 1000;

impl Client {
    /// Adds one tag to a stream (DIS operation `create_tag`). `value` may be empty. A stream
    /// holds at most 10 tags (DIS.4601); an unknown stream ID is [`Error::NotFound`]
    /// (DIS.4603).
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.add_stream_tag("8QM3Nt9YTLOwtUVYJhO", "team", "payments").await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "create_tag")]
    pub async fn add_stream_tag(&self, stream_id: &str, key: &str, value: &str) -> Result<()> {
        check_stream_id(stream_id)?;
        let tag = tag(key, Some(value))?;
        error::no_body(
            self.raw()
                .create_tag()
                .project_id(self.project_id())
                .stream_id(stream_id)
                .body(types::CreateTagRequest::builder().tag(tag))
                .send()
                .await,
        )
        .await
    }

    /// Removes the tag `key` from a stream (DIS operation `delete_tag`). The key travels
    /// percent-encoded in the path, so spaces and slashes are safe. An unknown key is
    /// [`Error::NotFound`] (DIS.4604); [`Client::delete_stream_tags`] ignores unknown keys.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.delete_stream_tag("8QM3Nt9YTLOwtUVYJhO", "team").await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "delete_tag")]
    pub async fn delete_stream_tag(&self, stream_id: &str, key: &str) -> Result<()> {
        check_stream_id(stream_id)?;
        validate::tag_key_reference(key)?;
        // The generated binding percent-encodes each path segment; encoding here too would
        // send `%2520` for a space.
        error::no_body(
            self.raw()
                .delete_tag()
                .project_id(self.project_id())
                .stream_id(stream_id)
                .key(key)
                .send()
                .await,
        )
        .await
    }

    /// The tags of a stream, key to value (DIS operation `show_stream_tags`). A tag without
    /// a value maps to `""`.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let tags = client.stream_tags("8QM3Nt9YTLOwtUVYJhO").await?;
    /// if let Some(team) = tags.get("team") {
    ///     println!("owned by {team}");
    /// }
    /// # Ok(()) }
    /// ```
    #[doc(alias = "show_stream_tags")]
    pub async fn stream_tags(&self, stream_id: &str) -> Result<BTreeMap<String, String>> {
        check_stream_id(stream_id)?;
        let answer = error::body(
            self.raw()
                .show_stream_tags()
                .project_id(self.project_id())
                .stream_id(stream_id)
                .send()
                .await,
        )
        .await?;
        Ok(decode::tags(answer.tags))
    }

    /// Every tag key used on the project's streams, with the values in use for it (DIS
    /// operation `list_tags`).
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// for (key, values) in client.tags().await? {
    ///     println!("{key}: {}", values.join(", "));
    /// }
    /// # Ok(()) }
    /// ```
    #[doc(alias = "list_tags")]
    pub async fn tags(&self) -> Result<BTreeMap<String, Vec<String>>> {
        let answer = error::body(
            self.raw()
                .list_tags()
                .project_id(self.project_id())
                .send()
                .await,
        )
        .await?;
        let mut tags: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for entry in answer.tags {
            // An entry without a key names nothing a caller could filter by.
            if let Some(key) = entry.key {
                tags.entry(key).or_default().extend(entry.values);
            }
        }
        Ok(tags)
    }

    /// Adds (or overwrites) several tags of a stream in one request (DIS operation
    /// `batch_tag_action` with `action: create`). Takes 1 to 10 `(key, value)` pairs with
    /// distinct keys.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client
    ///     .add_stream_tags("8QM3Nt9YTLOwtUVYJhO", [("team", "payments"), ("env", "prod")])
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "batch_tag_action")]
    pub async fn add_stream_tags<K, V>(
        &self,
        stream_id: &str,
        tags: impl IntoIterator<Item = (K, V)>,
    ) -> Result<()>
    where
        K: Into<String>,
        V: Into<String>,
    {
        let tags: Vec<(String, Option<String>)> = tags
            .into_iter()
            .map(|(key, value)| (key.into(), Some(value.into())))
            .collect();
        if let Some(key) = first_duplicate(tags.iter().map(|(key, _)| key)) {
            return Err(ValidationError::new(
                "tags",
                format!("key {key:?} appears twice; DIS refuses duplicate keys in one request"),
            )
            .into());
        }
        let tags = batch(&tags)?;
        self.tag_action(stream_id, types::TagAction::Create, tags)
            .await
    }

    /// Removes several tags of a stream, by key, in one request (DIS operation
    /// `batch_tag_action` with `action: delete`). Takes 1 to 10 keys; keys the stream does
    /// not have are ignored by DIS.
    ///
    /// ```no_run
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// client.delete_stream_tags("8QM3Nt9YTLOwtUVYJhO", ["team", "env"]).await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "batch_tag_action")]
    pub async fn delete_stream_tags(
        &self,
        stream_id: &str,
        keys: impl IntoIterator<Item = impl Into<String>>,
    ) -> Result<()> {
        let keys: Vec<(String, Option<String>)> =
            keys.into_iter().map(|key| (key.into(), None)).collect();
        let tags = batch(&keys)?;
        self.tag_action(stream_id, types::TagAction::Delete, tags)
            .await
    }

    async fn tag_action(
        &self,
        stream_id: &str,
        action: types::TagAction,
        tags: Vec<types::Tag>,
    ) -> Result<()> {
        check_stream_id(stream_id)?;
        error::no_body(
            self.raw()
                .batch_tag_action()
                .project_id(self.project_id())
                .stream_id(stream_id)
                .body(
                    types::BatchTagActionRequest::builder()
                        .action(action)
                        .tags(tags),
                )
                .send()
                .await,
        )
        .await
    }

    /// Starts a search for streams by tag (DIS operation `list_resources_by_tags`). Add
    /// criteria, then [`list`](StreamsByTags::list) the matching streams or
    /// [`count`](StreamsByTags::count) them.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let prod: Vec<otc_dis::types::Resource> = client
    ///     .streams_by_tags()
    ///     .tag("env", &["prod"])
    ///     .not_tag("deprecated", &[])
    ///     .list()
    ///     .try_collect()
    ///     .await?;
    /// let how_many = client.streams_by_tags().tag("env", &["prod"]).count().await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "list_resources_by_tags")]
    pub fn streams_by_tags(&self) -> StreamsByTags {
        StreamsByTags {
            client: self.clone(),
            tags: Vec::new(),
            tags_any: Vec::new(),
            not_tags: Vec::new(),
            not_tags_any: Vec::new(),
            name: None,
        }
    }
}

fn check_stream_id(stream_id: &str) -> Result<(), ValidationError> {
    validate::non_empty("stream_id", stream_id)?;
    validate::max_chars("stream_id", stream_id, validate::STREAM_ID_MAX)
}

/// The wire tags of a batch request: 1 to 10 checked tags.
fn batch(tags: &[(String, Option<String>)]) -> Result<Vec<types::Tag>> {
    if tags.is_empty() {
        return Err(ValidationError::new("tags", "needs at least one tag").into());
    }
    if tags.len() > validate::TAGS_PER_STREAM_MAX {
        return Err(ValidationError::new(
            "tags",
            format!(
                "at most {} tags per request, got {}",
                validate::TAGS_PER_STREAM_MAX,
                tags.len()
            ),
        )
        .into());
    }
    Ok(tags
        .iter()
        .map(|(key, value)| tag(key, value.as_deref()))
        .collect::<Result<_, _>>()?)
}

fn first_duplicate<'a>(items: impl IntoIterator<Item = &'a String>) -> Option<&'a String> {
    let mut seen = BTreeSet::new();
    items.into_iter().find(|item| !seen.insert(*item))
}

/// A checked wire tag; `value: None` leaves the value out (deletions).
pub(crate) fn tag(key: &str, value: Option<&str>) -> Result<types::Tag, ValidationError> {
    validate::tag(key, value.unwrap_or_default())?;
    let mut tag = types::Tag::builder().key(key);
    if let Some(value) = value {
        let value: types::TagValue = wire("tags.value", value)?;
        tag = tag.value(Some(value));
    }
    wire("tags", tag)
}

/// A search for streams by tag, created by [`Client::streams_by_tags`].
///
/// Each criterion method adds one tag key with the values it accepts (any one of them);
/// an empty value list accepts any value. Each of the four criterion lists holds at most 10
/// keys, each key at most 10 values; keys are unique within a list and values within a key.
///
/// ```no_run
/// use futures::TryStreamExt;
/// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
/// let mut streams = client
///     .streams_by_tags()
///     .tag("env", &["prod", "staging"])
///     .tag_any("team", &["payments"])
///     .name_matches("orders")
///     .list()
///     .page_size(100);
/// while let Some(stream) = streams.try_next().await? {
///     println!("{:?} {:?}", stream.resource_name, stream.resource_id);
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[must_use = "nothing is sent until `list` is polled or `count` is awaited"]
pub struct StreamsByTags {
    client: Client,
    tags: Vec<(String, Vec<String>)>,
    tags_any: Vec<(String, Vec<String>)>,
    not_tags: Vec<(String, Vec<String>)>,
    not_tags_any: Vec<(String, Vec<String>)>,
    name: Option<String>,
}

fn criterion(key: impl Into<String>, values: &[&str]) -> (String, Vec<String>) {
    (key.into(), values.iter().map(|v| (*v).to_owned()).collect())
}

impl StreamsByTags {
    /// Streams that have **all** keys added this way, each with one of its values
    /// (`tags` on the wire).
    pub fn tag(mut self, key: impl Into<String>, values: &[&str]) -> Self {
        self.tags.push(criterion(key, values));
        self
    }

    /// Streams that have **any** key added this way with one of its values (`tags_any`).
    pub fn tag_any(mut self, key: impl Into<String>, values: &[&str]) -> Self {
        self.tags_any.push(criterion(key, values));
        self
    }

    /// Leaves out streams that have **all** keys added this way with one of its values
    /// (`not_tags`).
    pub fn not_tag(mut self, key: impl Into<String>, values: &[&str]) -> Self {
        self.not_tags.push(criterion(key, values));
        self
    }

    /// Leaves out streams that have **any** key added this way with one of its values
    /// (`not_tags_any`).
    pub fn not_tag_any(mut self, key: impl Into<String>, values: &[&str]) -> Self {
        self.not_tags_any.push(criterion(key, values));
        self
    }

    /// Keeps only streams whose name matches `name` (`matches` with key `resource_name`).
    pub fn name_matches(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// The matching streams, page by page (`action: filter`). Pages are addressed by item
    /// offset, sent as a numeric string like the page size (1 to 1000, server default
    /// 1000); the listing goes on until `total_count` items have been read.
    /// [`Paginator::start_after`] takes a number of items to skip (`"200"`).
    pub fn list(self) -> Paginator<types::Resource> {
        Paginator::new(move |options: PageOptions| {
            let start = match self.check().and_then(|()| check_paging(&options)) {
                Ok(start) => start,
                Err(refused) => return failed(refused.into()),
            };
            let page_size = options.page_size;
            paginate(Some(start.to_string()), move |offset: Option<String>| {
                let search = self.clone();
                async move { search.page(page_size, offset).await }
            })
        })
    }

    async fn page(
        &self,
        page_size: Option<u32>,
        offset: Option<String>,
    ) -> Result<Page<types::Resource>> {
        // The marker is always an offset this search produced (or checked) itself.
        let offset: u64 = offset.as_deref().unwrap_or("0").parse().unwrap_or(0);
        // Both travel as numeric strings (the page size was checked by `check_paging`).
        let mut body = self
            .request(types::ResourceQueryAction::Filter)?
            .offset(Some(offset.to_string()));
        if let Some(size) = page_size {
            body = body.limit(Some(size.to_string()));
        }
        let answer = self.send(body).await?;
        let next = offset + answer.resources.len() as u64;
        let more = match answer.total_count {
            Some(total) => next < u64::try_from(total).unwrap_or(0),
            // Without a total, only a full page can have a successor.
            None => {
                answer.resources.len() as u64
                    >= u64::from(page_size.unwrap_or(FILTER_DEFAULT_PAGE_SIZE))
            }
        };
        Ok(Page::new(answer.resources, more, Some(next.to_string())))
    }

    /// The number of matching streams (`action: count`).
    pub async fn count(self) -> Result<u64> {
        self.check()?;
        let body = self.request(types::ResourceQueryAction::Count)?;
        let answer = self.send(body).await?;
        answer
            .total_count
            .and_then(|total| u64::try_from(total).ok())
            .ok_or_else(|| Error::decode(Some(200), "the count answer has no valid total_count"))
    }

    async fn send(
        &self,
        body: types::builder::ListResourcesByTagsRequest,
    ) -> Result<types::ListResourcesByTagsResponse> {
        error::body(
            self.client
                .raw()
                .list_resources_by_tags()
                .project_id(self.client.project_id())
                .body(body)
                .send()
                .await,
        )
        .await
    }

    /// The criteria of the search as a request body for `action`.
    fn request(
        &self,
        action: types::ResourceQueryAction,
    ) -> Result<types::builder::ListResourcesByTagsRequest> {
        let matches = match &self.name {
            Some(name) => vec![types::TagMatch {
                key: types::TagMatchKey::ResourceName,
                value: name.clone(),
            }],
            None => Vec::new(),
        };
        Ok(types::ListResourcesByTagsRequest::builder()
            .action(action)
            .tags(filters(&self.tags)?)
            .tags_any(filters(&self.tags_any)?)
            .not_tags(filters(&self.not_tags)?)
            .not_tags_any(filters(&self.not_tags_any)?)
            .matches(matches))
    }

    fn check(&self) -> Result<(), ValidationError> {
        check_criteria("tags", &self.tags)?;
        check_criteria("tags_any", &self.tags_any)?;
        check_criteria("not_tags", &self.not_tags)?;
        check_criteria("not_tags_any", &self.not_tags_any)?;
        if let Some(name) = &self.name {
            validate::non_empty("matches.value", name)?;
        }
        Ok(())
    }
}

/// Checks one criterion list: at most 10 unique keys, each with at most 10 unique values.
fn check_criteria(
    field: &'static str,
    criteria: &[(String, Vec<String>)],
) -> Result<(), ValidationError> {
    if criteria.len() > TAG_FILTER_MAX {
        return Err(ValidationError::new(
            field,
            format!("at most {TAG_FILTER_MAX} keys, got {}", criteria.len()),
        ));
    }
    if let Some(key) = first_duplicate(criteria.iter().map(|(key, _)| key)) {
        return Err(ValidationError::new(
            field,
            format!("key {key:?} appears twice"),
        ));
    }
    for (key, values) in criteria {
        validate::tag_key_reference(key)?;
        if values.len() > TAG_FILTER_MAX {
            return Err(ValidationError::new(
                field,
                format!(
                    "at most {TAG_FILTER_MAX} values per key, got {} for {key:?}",
                    values.len()
                ),
            ));
        }
        if let Some(value) = first_duplicate(values) {
            return Err(ValidationError::new(
                field,
                format!("value {value:?} appears twice for key {key:?}"),
            ));
        }
        values
            .iter()
            .try_for_each(|value| validate::max_chars("tags.value", value, TAG_VALUE_MAX))?;
    }
    Ok(())
}

/// The page size and the starting offset of a listing.
fn check_paging(options: &PageOptions) -> Result<u64, ValidationError> {
    if let Some(size) = options.page_size {
        validate::in_range("limit", size, validate::TAG_SEARCH_PAGE_SIZE)?;
    }
    match &options.start_after {
        None => Ok(0),
        Some(skip) => skip.parse().map_err(|_| {
            ValidationError::new(
                "offset",
                format!("start_after takes a number of items to skip, got {skip:?}"),
            )
        }),
    }
}

fn filters(criteria: &[(String, Vec<String>)]) -> Result<Vec<types::TagFilter>> {
    criteria
        .iter()
        .map(|(key, values)| {
            Ok(wire(
                "tags",
                types::TagFilter::builder()
                    .key(key.as_str())
                    .values(values.clone()),
            )?)
        })
        .collect()
}
