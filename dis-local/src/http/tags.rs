//! Tags.

use std::sync::Arc;

use axum::extract::State;
use otc_dis::types;

use super::extract::{J, Params};
use super::{Answer, AppState, empty, json_ok};
use crate::engine::tags::{FilterAction, ResourceQuery, SysTag, Tag, TagAction, TagFilter};

pub(crate) fn tag_in(t: types::Tag) -> Tag {
    Tag {
        key: t.key.to_string(),
        value: t.value.map(|v| v.to_string()).unwrap_or_default(),
    }
}

pub(crate) fn tag_out(t: &Tag) -> Option<types::Tag> {
    Some(types::Tag {
        key: types::TagKey::try_from(t.key.as_str()).ok()?,
        value: Some(types::TagValue::try_from(t.value.as_str()).ok()?),
    })
}

pub(crate) fn sys_tag_in(t: types::SysTag) -> SysTag {
    SysTag {
        key: t.key.unwrap_or_default(),
        value: t.value.unwrap_or_default(),
    }
}

pub(crate) fn sys_tag_out(t: &SysTag) -> types::SysTag {
    types::SysTag {
        key: Some(t.key.clone()),
        status: None,
        value: Some(t.value.clone()),
    }
}

fn filters(v: Vec<types::TagFilter>) -> Vec<TagFilter> {
    v.into_iter()
        .map(|f| TagFilter {
            key: f.key.to_string(),
            values: f.values,
        })
        .collect()
}

pub(crate) async fn batch_tag_action(
    State(st): State<Arc<AppState>>,
    p: Params,
    J(b): J<types::BatchTagActionRequest>,
) -> Answer {
    let action = match b.action {
        types::TagAction::Create => TagAction::Create,
        types::TagAction::Delete => TagAction::Delete,
    };
    st.engine().batch_tags(
        p.get("stream_id"),
        action,
        b.tags.into_iter().map(tag_in).collect(),
    )?;
    Ok(empty(204))
}

pub(crate) async fn create_tag(
    State(st): State<Arc<AppState>>,
    p: Params,
    J(b): J<types::CreateTagRequest>,
) -> Answer {
    st.engine().create_tag(p.get("stream_id"), tag_in(b.tag))?;
    Ok(empty(204))
}

pub(crate) async fn delete_tag(State(st): State<Arc<AppState>>, p: Params) -> Answer {
    st.engine().delete_tag(p.get("stream_id"), p.get("key"))?;
    Ok(empty(204))
}

pub(crate) async fn delete_tag_named_action(State(st): State<Arc<AppState>>, p: Params) -> Answer {
    st.engine().delete_tag(p.get("stream_id"), "action")?;
    Ok(empty(204))
}

pub(crate) async fn show_stream_tags(State(st): State<Arc<AppState>>, p: Params) -> Answer {
    let tags = st.engine().show_stream_tags(p.get("stream_id"))?;
    Ok(json_ok(
        &types::ShowStreamTagsResponse {
            tags: tags.iter().filter_map(tag_out).collect(),
        },
        &["tags"],
    ))
}

pub(crate) async fn list_tags(State(st): State<Arc<AppState>>, _p: Params) -> Answer {
    let tags = st.engine().list_tags();
    Ok(json_ok(
        &types::ListTagsResponse {
            tags: tags
                .into_iter()
                .map(|(key, values)| types::TagsWithValues {
                    key: Some(key),
                    values,
                })
                .collect(),
        },
        &["tags"],
    ))
}

pub(crate) async fn list_resources_by_tags(
    State(st): State<Arc<AppState>>,
    _p: Params,
    J(b): J<types::ListResourcesByTagsRequest>,
) -> Answer {
    let q = ResourceQuery {
        action: match b.action {
            types::ResourceQueryAction::Filter => FilterAction::Filter,
            types::ResourceQueryAction::Count => FilterAction::Count,
        },
        limit: b.limit.map(|l| l.to_string()),
        offset: b.offset.map(|o| o.to_string()),
        tags: filters(b.tags),
        tags_any: filters(b.tags_any),
        not_tags: filters(b.not_tags),
        not_tags_any: filters(b.not_tags_any),
        matches: b
            .matches
            .into_iter()
            .map(|m| ("resource_name".to_owned(), m.value))
            .collect(),
    };
    let a = st.engine().list_resources_by_tags(&q)?;
    // `filter` always carries the `resources` array; `count` only the total.
    let arrays: &[&str] = if a.resources.is_some() {
        &["resources"]
    } else {
        &[]
    };
    Ok(json_ok(
        &types::ListResourcesByTagsResponse {
            resources: a
                .resources
                .unwrap_or_default()
                .into_iter()
                .map(|r| types::Resource {
                    resource_detail: None,
                    resource_id: Some(r.resource_id),
                    resource_name: Some(r.resource_name),
                    tags: r.tags.iter().filter_map(tag_out).collect(),
                })
                .collect(),
            total_count: Some(i32::try_from(a.total_count).unwrap_or(i32::MAX)),
        },
        arrays,
    ))
}
