//! Consumer apps, checkpoints (`LAST_READ` only) and per-partition consumption state.
//!
//! A checkpoint is a sequence number an app stores per stream partition, with optional
//! metadata (at most 1000 characters). It must lie in `0..=latest` of the partition
//! (`latest` = the sequence number the next record gets), else DIS.4224. Where no
//! checkpoint exists, ShowCheckpoint and the consumer state answer sequence number `-1`;
//! DeleteCheckpoint answers DIS.4375 when it finds nothing to delete.
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream, apps::CommitCheckpoint};
//! let mut e = Engine::new(Default::default());
//! e.create_stream(CreateStream::new("s", 1)).unwrap();
//! e.create_app("reader").unwrap();
//! e.commit_checkpoint(CommitCheckpoint::new("reader", "s", "0", "0")).unwrap();
//! ```

use std::collections::BTreeMap;

use super::streams::{PartitionStatus, page_limit};
use super::{DisError, DisResult, Engine, check_name, format_partition_id, parse_partition_id};

/// Most characters of checkpoint metadata.
///
/// ```
/// assert_eq!(dis_local::engine::apps::MAX_METADATA_CHARS, 1000);
/// ```
pub const MAX_METADATA_CHARS: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct Checkpoint {
    pub sequence_number: u64,
    pub metadata: Option<String>,
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct App {
    pub id: String,
    pub create_time: i64,
    /// stream name -> partition index -> checkpoint
    pub checkpoints: BTreeMap<String, BTreeMap<u32, Checkpoint>>,
}

/// An app as ShowApp / ListApps answer it.
///
/// ```
/// let mut e = dis_local::engine::Engine::new(Default::default());
/// let app = e.create_app("reader").unwrap();
/// assert_eq!((app.app_name.as_str(), app.app_id.len()), ("reader", 19));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppInfo {
    /// Name.
    pub app_name: String,
    /// Generated id.
    pub app_id: String,
    /// Creation time (ms).
    pub create_time: i64,
    /// Streams on which the app holds checkpoints, sorted.
    pub commit_checkpoint_stream_names: Vec<String>,
}

/// ListApps' answer.
///
/// ```
/// let mut e = dis_local::engine::Engine::new(Default::default());
/// e.create_app("a").unwrap();
/// let l = e.list_apps(None, None, None).unwrap();
/// assert_eq!((l.total_number, l.has_more_app), (1, false));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppList {
    /// Apps matching the query (all, or those with checkpoints on `stream_name`).
    pub total_number: u64,
    /// This page.
    pub apps: Vec<AppInfo>,
    /// Whether more apps follow.
    pub has_more_app: bool,
}

/// Input of [`Engine::commit_checkpoint`]; strings as they come off the wire.
///
/// ```
/// let c = dis_local::engine::apps::CommitCheckpoint::new("app", "s", "0", "5");
/// assert_eq!(c.checkpoint_type, "LAST_READ");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommitCheckpoint {
    /// App name.
    pub app_name: String,
    /// Must be `LAST_READ`.
    pub checkpoint_type: String,
    /// Stream name.
    pub stream_name: String,
    /// Either id form.
    pub partition_id: String,
    /// Decimal sequence number.
    pub sequence_number: String,
    /// At most 1000 characters.
    pub metadata: Option<String>,
}

impl CommitCheckpoint {
    /// A `LAST_READ` checkpoint without metadata.
    ///
    /// ```
    /// assert_eq!(dis_local::engine::apps::CommitCheckpoint::new("a", "s", "0", "1").sequence_number, "1");
    /// ```
    pub fn new(app: &str, stream: &str, partition_id: &str, sequence_number: &str) -> Self {
        Self {
            app_name: app.to_owned(),
            checkpoint_type: "LAST_READ".to_owned(),
            stream_name: stream.to_owned(),
            partition_id: partition_id.to_owned(),
            sequence_number: sequence_number.to_owned(),
            metadata: None,
        }
    }
}

/// ShowCheckpoint's answer.
///
/// ```
/// let c = dis_local::engine::apps::CheckpointInfo { sequence_number: -1, metadata: None };
/// assert_eq!(c.sequence_number, -1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckpointInfo {
    /// The committed sequence number, `-1` when none.
    pub sequence_number: i64,
    /// Metadata committed with it.
    pub metadata: Option<String>,
}

/// One partition of ShowConsumerState.
///
/// ```
/// let s = dis_local::engine::apps::PartitionConsumingState {
///     partition_id: "shardId-0000000000".into(), sequence_number: -1, latest_offset: 0,
///     earliest_offset: 0, checkpoint_type: "LAST_READ", status: "ACTIVE", metadata: None };
/// assert_eq!(s.status, "ACTIVE");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartitionConsumingState {
    /// `shardId-…` form.
    pub partition_id: String,
    /// Committed checkpoint or `-1`.
    pub sequence_number: i64,
    /// Sequence number the next record will get.
    pub latest_offset: u64,
    /// Sequence number of the oldest retained record.
    pub earliest_offset: u64,
    /// Always `LAST_READ`.
    pub checkpoint_type: &'static str,
    /// ACTIVE or DELETED.
    pub status: &'static str,
    /// Checkpoint metadata, if any.
    pub metadata: Option<String>,
}

/// ShowConsumerState's answer.
///
/// ```
/// use dis_local::engine::{Engine, streams::CreateStream};
/// let mut e = Engine::new(Default::default());
/// e.create_stream(CreateStream::new("s", 2)).unwrap();
/// e.create_app("a").unwrap();
/// let st = e.show_consumer_state("a", "s", Some("LAST_READ"), None, None).unwrap();
/// assert_eq!(st.partition_consuming_states.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsumerState {
    /// Whether partitions follow this page.
    pub has_more: bool,
    /// Stream name.
    pub stream_name: String,
    /// App name.
    pub app_name: String,
    /// One entry per partition of the page.
    pub partition_consuming_states: Vec<PartitionConsumingState>,
}

fn check_type(checkpoint_type: Option<&str>) -> DisResult<()> {
    match checkpoint_type {
        Some("LAST_READ") => Ok(()),
        Some(other) => Err(DisError::invalid_request(format!(
            "checkpoint_type must be LAST_READ: {other:?}"
        ))),
        None => Err(DisError::invalid_request("checkpoint_type is required")),
    }
}

impl Engine {
    fn app_info(&self, name: &str, app: &App) -> AppInfo {
        AppInfo {
            app_name: name.to_owned(),
            app_id: app.id.clone(),
            create_time: app.create_time,
            commit_checkpoint_stream_names: app
                .checkpoints
                .iter()
                .filter(|(_, parts)| !parts.is_empty())
                .map(|(s, _)| s.clone())
                .collect(),
        }
    }

    fn app(&self, name: &str) -> DisResult<&App> {
        self.apps
            .get(name)
            .ok_or_else(|| DisError::app_not_found(name))
    }

    /// CreateApp: name 1..200 of `[A-Za-z0-9_-]` (DIS.4200), unique (DIS.4330).
    ///
    /// ```
    /// let mut e = dis_local::engine::Engine::new(Default::default());
    /// e.create_app("a").unwrap();
    /// assert_eq!(e.create_app("a").unwrap_err().code, "DIS.4330");
    /// ```
    pub fn create_app(&mut self, app_name: &str) -> DisResult<AppInfo> {
        check_name("app_name", app_name, 200)?;
        if self.apps.contains_key(app_name) {
            return Err(DisError::app_exists());
        }
        let mut id = self.new_id();
        while self.apps.values().any(|a| a.id == id) {
            id = self.new_id();
        }
        let app = App {
            id,
            create_time: self.now_ms(),
            checkpoints: BTreeMap::new(),
        };
        let info = self.app_info(app_name, &app);
        self.touch_app(app_name);
        self.apps.insert(app_name.to_owned(), app);
        Ok(info)
    }

    /// ShowApp (DIS.4332 when unknown).
    ///
    /// ```
    /// let e = dis_local::engine::Engine::new(Default::default());
    /// assert_eq!(e.show_app("x").unwrap_err().code, "DIS.4332");
    /// ```
    pub fn show_app(&self, app_name: &str) -> DisResult<AppInfo> {
        Ok(self.app_info(app_name, self.app(app_name)?))
    }

    /// DeleteApp with all its checkpoints (DIS.4332 when unknown).
    ///
    /// ```
    /// let mut e = dis_local::engine::Engine::new(Default::default());
    /// e.create_app("a").unwrap();
    /// e.delete_app("a").unwrap();
    /// assert_eq!(e.delete_app("a").unwrap_err().code, "DIS.4332");
    /// ```
    pub fn delete_app(&mut self, app_name: &str) -> DisResult<()> {
        self.touch_app(app_name);
        self.apps
            .remove(app_name)
            .map(|_| ())
            .ok_or_else(|| DisError::app_not_found(app_name))
    }

    /// ListApps in name order after the exclusive `start_app_name`; `limit` 1..100, default
    /// 10; with `stream_name`, only apps holding checkpoints on that stream (DIS.4301 when
    /// the stream does not exist).
    ///
    /// ```
    /// let mut e = dis_local::engine::Engine::new(Default::default());
    /// for a in ["a", "b", "c"] { e.create_app(a).unwrap(); }
    /// let l = e.list_apps(Some(1), Some("a"), None).unwrap();
    /// assert_eq!(l.apps[0].app_name, "b");
    /// assert!(l.has_more_app);
    /// ```
    pub fn list_apps(
        &self,
        limit: Option<i64>,
        start_app_name: Option<&str>,
        stream_name: Option<&str>,
    ) -> DisResult<AppList> {
        let limit = page_limit("limit", limit, 10, 100)?;
        let stream_name = stream_name.filter(|s| !s.is_empty());
        if let Some(s) = stream_name {
            self.stream(s)?;
        }
        let matching: Vec<(&String, &App)> = self
            .apps
            .iter()
            .filter(|(_, a)| {
                stream_name.is_none_or(|s| a.checkpoints.get(s).is_some_and(|c| !c.is_empty()))
            })
            .collect();
        let mut after = matching.iter().filter(|(n, _)| {
            start_app_name
                .filter(|s| !s.is_empty())
                .is_none_or(|s| n.as_str() > s)
        });
        let apps: Vec<AppInfo> = after
            .by_ref()
            .take(limit)
            .map(|(n, a)| self.app_info(n, a))
            .collect();
        Ok(AppList {
            total_number: matching.len() as u64,
            has_more_app: after.next().is_some(),
            apps,
        })
    }

    /// CommitCheckpoint. Errors: DIS.4200 checkpoint type / metadata, DIS.4332 app,
    /// DIS.4301 stream, DIS.4201 / DIS.4302 partition, DIS.4216 malformed and DIS.4224
    /// out-of-range sequence number.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, apps::CommitCheckpoint};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// e.create_app("a").unwrap();
    /// e.commit_checkpoint(CommitCheckpoint::new("a", "s", "0", "0")).unwrap();
    /// assert_eq!(e.show_checkpoint("a", "s", "0", "LAST_READ").unwrap().sequence_number, 0);
    /// ```
    pub fn commit_checkpoint(&mut self, req: CommitCheckpoint) -> DisResult<()> {
        check_type(Some(&req.checkpoint_type))?;
        if req
            .metadata
            .as_ref()
            .is_some_and(|m| m.chars().count() > MAX_METADATA_CHARS)
        {
            return Err(DisError::invalid_request(format!(
                "metadata may have at most {MAX_METADATA_CHARS} characters"
            )));
        }
        self.app(&req.app_name)?;
        let stream = self.fresh_stream_mut(&req.stream_name)?;
        let index = stream.partition_index(&req.partition_id)?;
        let seq = super::cursors::parse_sequence_number(&req.sequence_number)?;
        let latest = stream.partitions[index as usize].latest();
        if seq > latest {
            return Err(DisError::sequence_out_of_range(format!(
                "sequence_number={seq}, partition {} ends at {latest}",
                req.partition_id
            )));
        }
        self.touch_app(&req.app_name);
        let app = self
            .apps
            .get_mut(&req.app_name)
            .ok_or_else(|| DisError::app_not_found(&req.app_name))?;
        app.checkpoints.entry(req.stream_name).or_default().insert(
            index,
            Checkpoint {
                sequence_number: seq,
                metadata: req.metadata,
            },
        );
        Ok(())
    }

    /// ShowCheckpoint: the committed checkpoint, or `-1` when none. Errors as for commit.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// e.create_app("a").unwrap();
    /// assert_eq!(e.show_checkpoint("a", "s", "0", "LAST_READ").unwrap().sequence_number, -1);
    /// ```
    pub fn show_checkpoint(
        &self,
        app_name: &str,
        stream_name: &str,
        partition_id: &str,
        checkpoint_type: &str,
    ) -> DisResult<CheckpointInfo> {
        check_type(Some(checkpoint_type))?;
        let app = self.app(app_name)?;
        let index = self.stream(stream_name)?.partition_index(partition_id)?;
        Ok(
            match app.checkpoints.get(stream_name).and_then(|c| c.get(&index)) {
                Some(c) => CheckpointInfo {
                    sequence_number: c.sequence_number as i64,
                    metadata: c.metadata.clone(),
                },
                None => CheckpointInfo {
                    sequence_number: -1,
                    metadata: None,
                },
            },
        )
    }

    /// DeleteCheckpoint of one partition, or of all partitions when `partition_id` is
    /// `None`. DIS.4375 when there is nothing to delete.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// e.create_app("a").unwrap();
    /// assert_eq!(e.delete_checkpoint("a", "s", "LAST_READ", None).unwrap_err().code, "DIS.4375");
    /// ```
    pub fn delete_checkpoint(
        &mut self,
        app_name: &str,
        stream_name: &str,
        checkpoint_type: &str,
        partition_id: Option<&str>,
    ) -> DisResult<()> {
        check_type(Some(checkpoint_type))?;
        self.app(app_name)?;
        let stream = self.stream(stream_name)?;
        let index = match partition_id.filter(|p| !p.is_empty()) {
            Some(p) => Some(stream.partition_index(p)?),
            None => None,
        };
        self.touch_app(app_name);
        let app = self
            .apps
            .get_mut(app_name)
            .ok_or_else(|| DisError::app_not_found(app_name))?;
        let Some(parts) = app.checkpoints.get_mut(stream_name) else {
            return Err(DisError::no_checkpoint());
        };
        let removed = match index {
            Some(i) => parts.remove(&i).is_some(),
            None => {
                let any = !parts.is_empty();
                parts.clear();
                any
            }
        };
        if parts.is_empty() {
            app.checkpoints.remove(stream_name);
        }
        if removed {
            Ok(())
        } else {
            Err(DisError::no_checkpoint())
        }
    }

    /// ShowConsumerState: every partition (ACTIVE and DELETED) with its offsets and the
    /// app's checkpoint. `checkpoint_type` is required (`LAST_READ`); paging by the
    /// exclusive `start_partition_id` and `limit` 1..1000 (default 100).
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// e.create_app("a").unwrap();
    /// assert_eq!(e.show_consumer_state("a", "s", None, None, None).unwrap_err().code, "DIS.4200");
    /// ```
    pub fn show_consumer_state(
        &mut self,
        app_name: &str,
        stream_name: &str,
        checkpoint_type: Option<&str>,
        start_partition_id: Option<&str>,
        limit: Option<i64>,
    ) -> DisResult<ConsumerState> {
        self.app(app_name)?;
        self.stream(stream_name)?;
        check_type(checkpoint_type)?;
        let limit = page_limit("limit", limit, 100, 1000)?;
        let first = match start_partition_id.filter(|s| !s.is_empty()) {
            Some(id) => parse_partition_id(id)? as usize + 1,
            None => 0,
        };
        self.fresh_stream_mut(stream_name)?;
        let stream = self.stream(stream_name)?;
        let checkpoints = self.app(app_name)?.checkpoints.get(stream_name);
        let total = stream.partitions.len();
        let states: Vec<PartitionConsumingState> = (first.min(total)..total)
            .take(limit)
            .map(|i| {
                let p = &stream.partitions[i];
                let cp = checkpoints.and_then(|c| c.get(&(i as u32)));
                PartitionConsumingState {
                    partition_id: format_partition_id(i as u32),
                    sequence_number: cp.map_or(-1, |c| c.sequence_number as i64),
                    latest_offset: p.latest(),
                    earliest_offset: p.earliest(),
                    checkpoint_type: "LAST_READ",
                    status: match p.status {
                        PartitionStatus::Active => "ACTIVE",
                        PartitionStatus::Deleted => "DELETED",
                    },
                    metadata: cp.and_then(|c| c.metadata.clone()),
                }
            })
            .collect();
        Ok(ConsumerState {
            has_more: first + states.len() < total,
            stream_name: stream_name.to_owned(),
            app_name: app_name.to_owned(),
            partition_consuming_states: states,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::records::{PutRecord, PutRecords};
    use crate::engine::streams::CreateStream;
    use crate::engine::testutil::{T0, engine};

    #[test]
    fn app_lifecycle_and_listing() {
        let (mut e, _) = engine();
        assert_eq!(e.create_app("").unwrap_err().code, "DIS.4200");
        assert_eq!(e.create_app(&"a".repeat(201)).unwrap_err().code, "DIS.4200");
        e.create_app(&"a".repeat(200)).unwrap();
        let info = e.create_app("b").unwrap();
        assert_eq!(info.create_time, T0);
        assert_eq!(e.show_app("b").unwrap(), info);
        let l = e.list_apps(None, None, None).unwrap();
        assert_eq!(l.apps.len(), 2);
        assert_eq!(
            e.list_apps(Some(0), None, None).unwrap_err().code,
            "DIS.4200"
        );
        assert_eq!(
            e.list_apps(None, None, Some("nope")).unwrap_err().code,
            "DIS.4301"
        );
        e.create_stream(CreateStream::new("s", 2)).unwrap();
        e.commit_checkpoint(CommitCheckpoint::new("b", "s", "1", "0"))
            .unwrap();
        let l = e.list_apps(None, None, Some("s")).unwrap();
        assert_eq!(l.total_number, 1);
        assert_eq!(l.apps[0].commit_checkpoint_stream_names, ["s"]);
        // deleting the stream drops the checkpoints
        e.delete_stream("s").unwrap();
        assert!(
            e.show_app("b")
                .unwrap()
                .commit_checkpoint_stream_names
                .is_empty()
        );
    }

    #[test]
    fn checkpoints_commit_show_delete() {
        let (mut e, _) = engine();
        e.create_stream(CreateStream::new("s", 3)).unwrap();
        e.create_app("a").unwrap();
        e.put_records(PutRecords::new(
            "s",
            (0..3)
                .map(|_| PutRecord {
                    partition_id: Some("0".into()),
                    ..PutRecord::new(vec![1])
                })
                .collect(),
        ))
        .unwrap();
        let commit = |e: &mut Engine, p: &str, s: &str| {
            e.commit_checkpoint(CommitCheckpoint::new("a", "s", p, s))
        };
        assert_eq!(commit(&mut e, "0", "4").unwrap_err().code, "DIS.4224");
        assert_eq!(commit(&mut e, "0", "x").unwrap_err().code, "DIS.4216");
        assert_eq!(commit(&mut e, "7", "0").unwrap_err().code, "DIS.4302");
        assert_eq!(commit(&mut e, "zz", "0").unwrap_err().code, "DIS.4201");
        assert_eq!(
            e.commit_checkpoint(CommitCheckpoint::new("nope", "s", "0", "0"))
                .unwrap_err()
                .code,
            "DIS.4332"
        );
        assert_eq!(
            e.commit_checkpoint(CommitCheckpoint::new("a", "nope", "0", "0"))
                .unwrap_err()
                .code,
            "DIS.4301"
        );
        let mut wrong = CommitCheckpoint::new("a", "s", "0", "0");
        wrong.checkpoint_type = "FIRST".into();
        assert_eq!(e.commit_checkpoint(wrong).unwrap_err().code, "DIS.4200");
        let mut long = CommitCheckpoint::new("a", "s", "0", "0");
        long.metadata = Some("m".repeat(1001));
        assert_eq!(e.commit_checkpoint(long).unwrap_err().code, "DIS.4200");

        let mut ok = CommitCheckpoint::new("a", "s", "shardId-0000000000", "3");
        ok.metadata = Some("m".repeat(1000));
        e.commit_checkpoint(ok).unwrap();
        commit(&mut e, "2", "0").unwrap();
        let c = e.show_checkpoint("a", "s", "0", "LAST_READ").unwrap();
        assert_eq!((c.sequence_number, c.metadata.unwrap().len()), (3, 1000));
        assert_eq!(
            e.show_checkpoint("a", "s", "1", "LAST_READ")
                .unwrap()
                .sequence_number,
            -1
        );
        assert_eq!(
            e.show_checkpoint("a", "s", "1", "X").unwrap_err().code,
            "DIS.4200"
        );

        let st = e
            .show_consumer_state("a", "s", Some("LAST_READ"), None, None)
            .unwrap();
        let seqs: Vec<i64> = st
            .partition_consuming_states
            .iter()
            .map(|p| p.sequence_number)
            .collect();
        assert_eq!(seqs, [3, -1, 0]);
        assert_eq!(
            (
                st.partition_consuming_states[0].earliest_offset,
                st.partition_consuming_states[0].latest_offset
            ),
            (0, 3)
        );
        let page = e
            .show_consumer_state("a", "s", Some("LAST_READ"), Some("0"), Some(1))
            .unwrap();
        assert_eq!(
            page.partition_consuming_states[0].partition_id,
            "shardId-0000000001"
        );
        assert!(page.has_more);
        e.update_partition_count("s", 2).unwrap();
        let st = e
            .show_consumer_state("a", "s", Some("LAST_READ"), None, None)
            .unwrap();
        assert_eq!(st.partition_consuming_states[2].status, "DELETED");
        assert_eq!(
            e.show_consumer_state("x", "s", Some("LAST_READ"), None, None)
                .unwrap_err()
                .code,
            "DIS.4332"
        );
        assert_eq!(
            e.show_consumer_state("a", "x", Some("LAST_READ"), None, None)
                .unwrap_err()
                .code,
            "DIS.4301"
        );

        e.delete_checkpoint("a", "s", "LAST_READ", Some("2"))
            .unwrap();
        assert_eq!(
            e.delete_checkpoint("a", "s", "LAST_READ", Some("2"))
                .unwrap_err()
                .code,
            "DIS.4375"
        );
        assert_eq!(
            e.show_checkpoint("a", "s", "2", "LAST_READ")
                .unwrap()
                .sequence_number,
            -1
        );
        e.delete_checkpoint("a", "s", "LAST_READ", None).unwrap();
        assert_eq!(
            e.show_checkpoint("a", "s", "0", "LAST_READ")
                .unwrap()
                .sequence_number,
            -1
        );
        assert_eq!(
            e.delete_checkpoint("a", "s", "LAST_READ", None)
                .unwrap_err()
                .code,
            "DIS.4375"
        );
        assert_eq!(
            e.delete_checkpoint("a", "s", "LAST_READ", Some("9"))
                .unwrap_err()
                .code,
            "DIS.4302"
        );
    }
}
