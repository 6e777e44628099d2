//! Durable storage of the engine's state in a [redb](https://docs.rs/redb) file.
//!
//! An engine opened with [`Engine::open`] keeps everything in memory as usual and, in
//! addition, writes every change to `DIR/dis-local.redb`; on the next open it reads the
//! file back. What is stored: streams (attributes, partitions with their status, hash
//! ranges and offsets, scaling history, tags, dump tasks), every retained record, apps
//! with their checkpoints, and the key that signs partition cursors (so cursors issued
//! before a restart stay valid until they expire). Not stored: monitoring data (metrics
//! restart from zero), the throughput buckets of `--enforce-limits` (full after a restart),
//! and the project id (the same directory started with another project id serves the same
//! data under the new id).
//!
//! **What is synced when.** Engine operations mark what they change;
//! [`Engine::commit`] writes all of it in one redb write transaction with
//! [`redb::Durability::Immediate`], which returns only after the file is synced
//! (`fsync`). The HTTP server commits after every request, before the answer leaves, so
//! an acknowledged change survives `kill -9` and a power cut (as far as the disk honours
//! `fsync`); a request that changes nothing writes nothing. (Between the change and its
//! sync, which happen in one request, another request may already read the change: a
//! reader can see a record a moment before it is on disk.) Record rows are written once
//! and deleted when the retention trims them (on the engine's clock, at open and whenever
//! the stream is used) or with their stream.
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream, records::{PutRecord, PutRecords}};
//! let dir = std::env::temp_dir().join(format!("dis-local-doc-{}", std::process::id()));
//! {
//!     let mut e = Engine::open(Default::default(), &dir).unwrap();
//!     e.create_stream(CreateStream::new("s", 1)).unwrap();
//!     e.put_records(PutRecords::new("s", vec![PutRecord::new(b"kept".to_vec())])).unwrap();
//!     e.commit().unwrap();
//! }
//! let mut e = Engine::open(Default::default(), &dir).unwrap();
//! assert_eq!(e.show_stream("s", None, None).unwrap().partitions[0].sequence_number_range(), "[0 : 1]");
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

use redb::{Database, Durability, ReadableDatabase, ReadableTable, TableDefinition};

use super::apps::App;
use super::streams::{StoredRecord, Stream};
use super::{DisError, DisResult, Engine};

/// File name of the store inside the data directory.
pub const FILE_NAME: &str = "dis-local.redb";

/// Layout version written into the file; a file of another version is refused.
const FORMAT: u64 = 1;

const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");
const STREAMS: TableDefinition<&str, &[u8]> = TableDefinition::new("streams");
const APPS: TableDefinition<&str, &[u8]> = TableDefinition::new("apps");
/// (stream id, partition index, sequence number) -> encoded record.
const RECORDS: TableDefinition<(&str, u32, u64), &[u8]> = TableDefinition::new("records");

/// redb's page cache: records are also held in memory, so a small cache suffices.
const CACHE_BYTES: usize = 64 * 1024 * 1024;

/// What the engine changed since the last commit.
#[derive(Debug, Default)]
pub(crate) struct Dirty {
    streams: BTreeSet<String>,
    apps: BTreeSet<String>,
    all_apps: bool,
    /// A new file: the layout version and the cursor key are still to be written.
    meta: bool,
}

/// What the file holds of one stream: its id and, per partition, the range of
/// sequence numbers stored as rows.
#[derive(Debug, Clone)]
struct Stored {
    id: String,
    rows: Vec<(u64, u64)>,
}

/// The open file and a summary of its contents.
pub(crate) struct Store {
    db: Database,
    path: PathBuf,
    stored: BTreeMap<String, Stored>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

fn storage_error(e: impl std::fmt::Display) -> DisError {
    DisError::system_error(format!("dis-local could not write its data directory: {e}"))
}

fn open_error(path: &Path, e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::other(format!("cannot open {}: {e}", path.display()))
}

fn encode_record(r: &StoredRecord) -> Vec<u8> {
    let key = r.partition_key.as_deref().map(str::as_bytes);
    let mut out = Vec::with_capacity(20 + key.map_or(0, <[u8]>::len) + r.data.len());
    out.extend_from_slice(&r.timestamp.to_le_bytes());
    out.extend_from_slice(&r.arrival_ms.to_le_bytes());
    out.extend_from_slice(&key.map_or(u32::MAX, |k| k.len() as u32).to_le_bytes());
    out.extend_from_slice(key.unwrap_or_default());
    out.extend_from_slice(&r.data);
    out
}

fn decode_record(bytes: &[u8]) -> Option<StoredRecord> {
    let timestamp = i64::from_le_bytes(bytes.get(0..8)?.try_into().ok()?);
    let arrival_ms = i64::from_le_bytes(bytes.get(8..16)?.try_into().ok()?);
    let key_len = u32::from_le_bytes(bytes.get(16..20)?.try_into().ok()?);
    let (partition_key, data) = if key_len == u32::MAX {
        (None, bytes.get(20..)?)
    } else {
        let end = 20 + key_len as usize;
        let key = std::str::from_utf8(bytes.get(20..end)?).ok()?.to_owned();
        (Some(key), bytes.get(end..)?)
    };
    Some(StoredRecord {
        data: data.to_vec(),
        partition_key,
        timestamp,
        arrival_ms,
    })
}

fn all_rows(id: &str) -> std::ops::RangeInclusive<(&str, u32, u64)> {
    (id, 0, 0)..=(id, u32::MAX, u64::MAX)
}

/// The loaded state: streams, apps and the cursor key.
type Loaded = (
    BTreeMap<String, Stream>,
    BTreeMap<String, App>,
    Option<[u8; 16]>,
);

impl Store {
    /// Opens (or creates) the file in `dir` and reads everything back.
    fn open(dir: &Path) -> std::io::Result<(Self, Loaded)> {
        std::fs::create_dir_all(dir).map_err(|e| {
            std::io::Error::new(e.kind(), format!("cannot create {}: {e}", dir.display()))
        })?;
        let path = dir.join(FILE_NAME);
        let db = Database::builder()
            .set_cache_size(CACHE_BYTES)
            .create(&path)
            .map_err(|e| open_error(&path, e))?;
        let mut store = Self {
            db,
            path,
            stored: BTreeMap::new(),
        };
        let loaded = store.load().map_err(|e| open_error(&store.path, e))?;
        Ok((store, loaded))
    }

    fn load(&mut self) -> Result<Loaded, String> {
        let txn = self.db.begin_read().map_err(|e| e.to_string())?;
        let mut streams = BTreeMap::new();
        let mut apps = BTreeMap::new();
        let mut cursor_key = None;
        let meta = match txn.open_table(META) {
            Ok(t) => t,
            // A new file: nothing to read.
            Err(redb::TableError::TableDoesNotExist(_)) => return Ok((streams, apps, None)),
            Err(e) => return Err(e.to_string()),
        };
        if let Some(v) = meta.get("format").map_err(|e| e.to_string())? {
            let format = u64::from_le_bytes(v.value().try_into().unwrap_or_default());
            if format != FORMAT {
                return Err(format!(
                    "the file has layout version {format}, this dis-local reads version {FORMAT}"
                ));
            }
        }
        if let Some(v) = meta.get("cursor_key").map_err(|e| e.to_string())? {
            cursor_key = v.value().try_into().ok();
        }
        let table = txn.open_table(STREAMS).map_err(|e| e.to_string())?;
        let records = txn.open_table(RECORDS).map_err(|e| e.to_string())?;
        for row in table.iter().map_err(|e| e.to_string())? {
            let (name, json) = row.map_err(|e| e.to_string())?;
            let mut stream: Stream = serde_json::from_slice(json.value())
                .map_err(|e| format!("stream {:?} is unreadable: {e}", name.value()))?;
            let mut rows = Vec::with_capacity(stream.partitions.len());
            for (i, p) in stream.partitions.iter_mut().enumerate() {
                let i = i as u32;
                let range = (stream.id.as_str(), i, p.base_seq)..=(stream.id.as_str(), i, u64::MAX);
                let mut kept = VecDeque::new();
                for row in records.range(range).map_err(|e| e.to_string())? {
                    let (key, value) = row.map_err(|e| e.to_string())?;
                    let seq = key.value().2;
                    if seq != p.base_seq + kept.len() as u64 {
                        return Err(format!(
                            "stream {:?} partition {i}: record {seq} follows {} records from {}",
                            stream.name,
                            kept.len(),
                            p.base_seq
                        ));
                    }
                    kept.push_back(decode_record(value.value()).ok_or_else(|| {
                        format!(
                            "stream {:?} partition {i}: record {seq} is unreadable",
                            stream.name
                        )
                    })?);
                }
                rows.push((p.base_seq, p.base_seq + kept.len() as u64));
                p.records = kept;
            }
            self.stored.insert(
                stream.name.clone(),
                Stored {
                    id: stream.id.clone(),
                    rows,
                },
            );
            streams.insert(stream.name.clone(), stream);
        }
        let table = txn.open_table(APPS).map_err(|e| e.to_string())?;
        for row in table.iter().map_err(|e| e.to_string())? {
            let (name, json) = row.map_err(|e| e.to_string())?;
            let app: App = serde_json::from_slice(json.value())
                .map_err(|e| format!("app {:?} is unreadable: {e}", name.value()))?;
            apps.insert(name.value().to_owned(), app);
        }
        Ok((streams, apps, cursor_key))
    }

    /// Writes what `dirty` names, durably, in one transaction.
    fn write(
        &mut self,
        dirty: &Dirty,
        streams: &BTreeMap<String, Stream>,
        apps: &BTreeMap<String, App>,
        cursor_key: &[u8; 16],
    ) -> Result<(), redb::Error> {
        let mut txn = self.db.begin_write()?;
        txn.set_durability(Durability::Immediate)
            .map_err(|e| redb::Error::Corrupted(e.to_string()))?;
        let mut now_stored = Vec::new();
        {
            let mut meta = txn.open_table(META)?;
            if dirty.meta {
                meta.insert("format", FORMAT.to_le_bytes().as_slice())?;
                meta.insert("cursor_key", cursor_key.as_slice())?;
            }
            let mut table = txn.open_table(STREAMS)?;
            let mut records = txn.open_table(RECORDS)?;
            for name in &dirty.streams {
                let old = self.stored.get(name);
                let new = streams.get(name);
                if let Some(old) = old.filter(|o| new.is_none_or(|n| n.id != o.id)) {
                    records.retain_in(all_rows(&old.id), |_, _| false)?;
                }
                let Some(stream) = new else {
                    table.remove(name.as_str())?;
                    now_stored.push((name.clone(), None));
                    continue;
                };
                let old_rows = old.filter(|o| o.id == stream.id).map(|o| o.rows.as_slice());
                let mut rows = Vec::with_capacity(stream.partitions.len());
                for (i, p) in stream.partitions.iter().enumerate() {
                    let (first, end) = old_rows
                        .and_then(|r| r.get(i).copied())
                        .unwrap_or((p.earliest(), p.earliest()));
                    let id = stream.id.as_str();
                    let i32 = i as u32;
                    if first < p.earliest() {
                        let upto = p.earliest().min(end);
                        records.retain_in((id, i32, first)..(id, i32, upto), |_, _| false)?;
                    }
                    for seq in end.max(p.earliest())..p.latest() {
                        if let Some(r) = p.record(seq) {
                            records.insert((id, i32, seq), encode_record(r).as_slice())?;
                        }
                    }
                    rows.push((p.earliest(), p.latest()));
                }
                let json = serde_json::to_vec(stream)
                    .map_err(|e| redb::Error::Corrupted(e.to_string()))?;
                table.insert(name.as_str(), json.as_slice())?;
                now_stored.push((
                    name.clone(),
                    Some(Stored {
                        id: stream.id.clone(),
                        rows,
                    }),
                ));
            }
            let mut table = txn.open_table(APPS)?;
            let names: Box<dyn Iterator<Item = &String>> = if dirty.all_apps {
                let gone: Vec<String> = table
                    .iter()?
                    .filter_map(Result::ok)
                    .map(|(k, _)| k.value().to_owned())
                    .filter(|k| !apps.contains_key(k))
                    .collect();
                for k in gone {
                    table.remove(k.as_str())?;
                }
                Box::new(apps.keys())
            } else {
                Box::new(dirty.apps.iter())
            };
            for name in names {
                match apps.get(name) {
                    Some(app) => {
                        let json = serde_json::to_vec(app)
                            .map_err(|e| redb::Error::Corrupted(e.to_string()))?;
                        table.insert(name.as_str(), json.as_slice())?;
                    }
                    None => {
                        table.remove(name.as_str())?;
                    }
                }
            }
        }
        txn.commit()?;
        for (name, stored) in now_stored {
            match stored {
                Some(s) => self.stored.insert(name, s),
                None => self.stored.remove(&name),
            };
        }
        Ok(())
    }
}

impl Dirty {
    fn is_empty(&self) -> bool {
        self.streams.is_empty() && self.apps.is_empty() && !self.all_apps && !self.meta
    }
}

impl Engine {
    /// An engine that keeps its state in `dir` (created if missing): what a previous
    /// engine committed there is read back (records past their retention are dropped, on
    /// this engine's clock), and [`commit`](Self::commit) writes changes durably. See the
    /// [module docs](self) for what is stored.
    ///
    /// Fails when the directory cannot be created, the file is locked by another process
    /// or is not a dis-local store.
    ///
    /// ```
    /// let dir = std::env::temp_dir().join(format!("dis-local-open-{}", std::process::id()));
    /// let engine = dis_local::engine::Engine::open(Default::default(), &dir).unwrap();
    /// assert_eq!(engine.list_streams(None, None).unwrap().total_number, 0);
    /// # drop(engine); std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    pub fn open(config: super::EngineConfig, dir: &Path) -> std::io::Result<Self> {
        Self::open_with_clock(config, std::sync::Arc::new(super::SystemClock), dir)
    }

    /// [`open`](Self::open) on the given clock.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use dis_local::engine::{Engine, ManualClock};
    /// let dir = std::env::temp_dir().join(format!("dis-local-open-clock-{}", std::process::id()));
    /// let engine = Engine::open_with_clock(Default::default(), Arc::new(ManualClock::new(0)), &dir).unwrap();
    /// assert_eq!(engine.now_ms(), 0);
    /// # drop(engine); std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    pub fn open_with_clock(
        config: super::EngineConfig,
        clock: std::sync::Arc<dyn super::Clock>,
        dir: &Path,
    ) -> std::io::Result<Self> {
        let (store, (streams, apps, cursor_key)) = Store::open(dir)?;
        let mut engine = Self::with_clock(config, clock);
        if let Some(key) = cursor_key {
            engine.cursor_key = key;
        }
        engine.streams = streams;
        engine.apps = apps;
        engine.store = Some(store);
        let now = engine.now_ms();
        let names: Vec<String> = engine.streams.keys().cloned().collect();
        for name in names {
            if let Some(stream) = engine.streams.get_mut(&name)
                && stream.purge(now) > 0
            {
                engine.dirty.streams.insert(name);
            }
        }
        engine.dirty.meta = cursor_key.is_none();
        engine
            .commit()
            .map_err(|e| std::io::Error::other(e.message))?;
        Ok(engine)
    }

    /// The data file, when the engine was [opened](Self::open) on a directory.
    ///
    /// ```
    /// assert!(dis_local::engine::Engine::new(Default::default()).data_file().is_none());
    /// ```
    pub fn data_file(&self) -> Option<&Path> {
        self.store.as_ref().map(|s| s.path.as_path())
    }

    /// Makes every change since the last commit durable (see the [module docs](self)).
    /// Without a data directory, or with nothing changed, it does nothing. A failed write
    /// is a 500 `DIS.5000` error; the changes stay pending and the next commit tries again.
    ///
    /// ```
    /// let mut e = dis_local::engine::Engine::new(Default::default());
    /// e.create_app("a").unwrap();
    /// e.commit().unwrap(); // in memory: nothing to do
    /// ```
    pub fn commit(&mut self) -> DisResult<()> {
        let Some(store) = self.store.as_mut() else {
            self.dirty = Dirty::default();
            return Ok(());
        };
        if self.dirty.is_empty() {
            return Ok(());
        }
        store
            .write(&self.dirty, &self.streams, &self.apps, &self.cursor_key)
            .map_err(storage_error)?;
        self.dirty = Dirty::default();
        Ok(())
    }

    /// Notes that a stream's stored form changed.
    pub(crate) fn touch_stream(&mut self, name: &str) {
        if self.store.is_some() && !self.dirty.streams.contains(name) {
            self.dirty.streams.insert(name.to_owned());
        }
    }

    /// Notes that an app's stored form changed.
    pub(crate) fn touch_app(&mut self, name: &str) {
        if self.store.is_some() && !self.dirty.apps.contains(name) {
            self.dirty.apps.insert(name.to_owned());
        }
    }

    /// Notes that any app may have changed.
    pub(crate) fn touch_all_apps(&mut self) {
        self.dirty.all_apps = self.store.is_some();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_encode_and_decode() {
        for key in [None, Some("k".to_owned()), Some(String::new())] {
            let r = StoredRecord {
                data: b"payload".to_vec(),
                partition_key: key.clone(),
                timestamp: -5,
                arrival_ms: 1_700_000_000_000,
            };
            let back = decode_record(&encode_record(&r)).unwrap();
            assert_eq!(
                (
                    back.data,
                    back.partition_key,
                    back.timestamp,
                    back.arrival_ms
                ),
                (r.data, key, -5, 1_700_000_000_000)
            );
        }
        assert!(decode_record(&[1, 2, 3]).is_none());
    }
}
