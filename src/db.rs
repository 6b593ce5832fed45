//! [`Db`]: the one entry type. Opening, ingesting, look-ups, facts, stats;
//! queries and subgraphs hang off it too. Readers share a gate that a
//! writer closes only while it applies one article's batch, so a reader
//! never sees half an article and never waits for extraction.

use crate::error::{Error, InputProblem, Result};
use crate::extract::{self, ArticleFacts};
use crate::model::{Direction, Edge, EdgeId, Label, Node, NodeId, RelType};
use crate::store::check::{self, CheckReport};
use crate::store::idset::IdSet;
use crate::store::kv::{KvStore, MemKv, SledKv};
use crate::store::write::{self, IngestReport};
use crate::store::{self, Store};
use parking_lot::{Mutex, RwLock};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The largest article accepted by default (4 MiB; news articles are ~10 KB).
pub const DEFAULT_MAX_ARTICLE_BYTES: u64 = 4 << 20;

/// The most articles [`Db::ingest_many`] writes in one batch. Groups form
/// only from articles already extracted when the writer is free, so a slow
/// reader never waits for a group to fill.
const GROUP_COMMIT_MAX: usize = 64;

/// The group size [`Db::ingest_many`] waits for, at most [`GROUP_COMMIT_WAIT`].
const GROUP_COMMIT_TARGET: usize = 32;
const GROUP_COMMIT_WAIT: std::time::Duration = std::time::Duration::from_millis(25);

/// How many articles from `due` on are ready, in a row.
fn ready_run<T>(waiting: &BTreeMap<usize, T>, due: usize) -> usize {
    waiting.range(due..).enumerate().take_while(|(k, (i, _))| due + k == **i).count()
}

/// A shezhire database. Cheap to clone (clones share the store), `Send` and
/// `Sync`: use it from many threads.
#[derive(Clone)]
pub struct Db {
    pub(crate) inner: Arc<Inner>,
}

enum LabelSlot {
    /// Label checks so far in this generation.
    Checks(u64),
    Built(Arc<IdSet>),
}

struct LabelSets {
    generation: u64,
    slots: [LabelSlot; 32],
}

impl LabelSets {
    fn new(generation: u64) -> LabelSets {
        LabelSets { generation, slots: std::array::from_fn(|_| LabelSlot::Checks(0)) }
    }
}

pub(crate) struct Inner {
    pub(crate) store: Store,
    /// Readers hold it shared for a whole read (a query, a look-up); the
    /// writer holds it exclusively only while applying a batch. Readers take
    /// it only through [`Db::read`], which keeps the writer from starving.
    pub(crate) gate: Arc<RwLock<()>>,
    /// One writer at a time (ids are allocated from counters in the batch).
    writer: Mutex<()>,
    max_article_bytes: std::sync::atomic::AtomicU64,
    /// Parsed queries by text, with their plan when it serves any
    /// parameters: an application runs the same few query texts with
    /// different parameters, and parsing and planning are half of a point
    /// look-up's time.
    pub(crate) parsed: Mutex<std::collections::HashMap<String, Arc<crate::query::api::Prepared>>>,
    /// Counts of each label and type as the planner read them, with the
    /// write generation they belong to (the planner reads several per query).
    counts: Mutex<(u64, [Option<u64>; 64])>,
    /// Per-label id sets for label checks, per write generation.
    label_sets: Mutex<LabelSets>,
    /// Bumped by every applied write, under the exclusive gate.
    write_generation: std::sync::atomic::AtomicU64,
}

/// Where an article to ingest comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArticleSource {
    /// A file, read when its turn comes.
    File(PathBuf),
    /// Bytes already in memory (standard input), with a name for reports.
    Bytes {
        /// The name reports use (`<stdin>`).
        name: String,
        /// The article's bytes.
        bytes: Vec<u8>,
    },
}

impl ArticleSource {
    /// The name reports use.
    pub fn name(&self) -> String {
        match self {
            ArticleSource::File(p) => p.display().to_string(),
            ArticleSource::Bytes { name, .. } => name.clone(),
        }
    }
}

/// An article checked and extracted, waiting to be written.
enum Prepared {
    /// The text is already in the database.
    Known { hash: [u8; 32] },
    /// A new article and its facts.
    New { text: String, source: String, hash: [u8; 32], facts: ArticleFacts },
}

/// One ingested article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleInfo {
    /// Its node id.
    pub node: NodeId,
    /// 16 hex digits of its content hash.
    pub id: String,
    /// Its first non-empty line.
    pub title: String,
    /// Where it came from (the path or name given at ingest).
    pub source: String,
}

impl ArticleInfo {
    /// The source's file name without `.txt`: the name of its facts file.
    pub fn stem(&self) -> String {
        let name = self.source.rsplit(['/', '\\']).next().unwrap_or(&self.source);
        name.strip_suffix(".txt").unwrap_or(name).to_string()
    }
}

/// Counts by label and relationship type, and the size on disk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Nodes of each label.
    pub nodes: BTreeMap<Label, u64>,
    /// Relationships of each type.
    pub relationships: BTreeMap<RelType, u64>,
    /// Bytes the database takes on disk (0 in memory).
    pub size_on_disk: u64,
}

impl Stats {
    /// All nodes.
    pub fn node_total(&self) -> u64 {
        self.nodes.values().sum()
    }

    /// All relationships.
    pub fn relationship_total(&self) -> u64 {
        self.relationships.values().sum()
    }
}

impl Db {
    /// Opens the database at `path`, creating it if the directory does not
    /// exist. Fails with [`Error::Locked`] when another process has it open,
    /// and with [`Error::FormatVersion`] when another format wrote it.
    pub fn open(path: impl AsRef<Path>) -> Result<Db> {
        let path = path.as_ref();
        Db::with_kv(Box::new(SledKv::open(path)?), path.to_path_buf())
    }

    /// Like [`Db::open`] with a page cache of `cache_bytes` instead of the
    /// default 256 MiB: more makes a bulk import of millions of records
    /// faster (`shezhire import` uses 2 GiB), less keeps a reader small.
    pub fn open_with_cache(path: impl AsRef<Path>, cache_bytes: u64) -> Result<Db> {
        let path = path.as_ref();
        Db::with_kv(Box::new(SledKv::open_with_cache(path, cache_bytes)?), path.to_path_buf())
    }

    /// A database in a temporary directory, removed when the last clone drops.
    pub fn open_temporary() -> Result<Db> {
        Db::with_kv(Box::new(SledKv::temporary()?), PathBuf::from("<temporary>"))
    }

    /// A database in memory only (no file at all).
    pub fn open_in_memory() -> Result<Db> {
        Db::with_kv(Box::new(MemKv::new()), PathBuf::from("<memory>"))
    }

    fn with_kv(kv: Box<dyn KvStore>, path: PathBuf) -> Result<Db> {
        let store = Store::new(kv, path)?;
        Ok(Db {
            inner: Arc::new(Inner {
                store,
                gate: Arc::new(RwLock::new(())),
                writer: Mutex::new(()),
                max_article_bytes: std::sync::atomic::AtomicU64::new(DEFAULT_MAX_ARTICLE_BYTES),
                parsed: Mutex::new(std::collections::HashMap::new()),
                counts: Mutex::new((0, [None; 64])),
                label_sets: Mutex::new(LabelSets::new(u64::MAX)),
                write_generation: std::sync::atomic::AtomicU64::new(0),
            }),
        })
    }

    /// The directory the database lives in.
    pub fn path(&self) -> &Path {
        self.inner.store.path()
    }

    /// Sets the largest article [`Db::ingest`] accepts, in bytes.
    pub fn set_max_article_bytes(&self, limit: u64) {
        self.inner.max_article_bytes.store(limit, std::sync::atomic::Ordering::Relaxed);
    }

    fn max_article_bytes(&self) -> u64 {
        self.inner.max_article_bytes.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Extracts the facts of `text` and stores them with the article, all in
    /// one atomic write. `source` names the text (a path) in reports and in
    /// `facts --all`. Ingesting the same text again changes nothing and
    /// reports `new: false`.
    pub fn ingest(&self, text: &str, source: &str) -> Result<IngestReport> {
        let prepared = self.prepare_text(text, source)?;
        self.commit(prepared)
    }

    /// Checks and extracts an article without writing: the part of ingest
    /// that can run on many threads at once.
    fn prepare_text(&self, text: &str, source: &str) -> Result<Prepared> {
        let bad = |problem| Error::BadInput { source_name: source.to_string(), problem };
        if text.len() as u64 > self.max_article_bytes() {
            return Err(bad(InputProblem::TooLarge { size: text.len() as u64, limit: self.max_article_bytes() }));
        }
        if let Some(offset) = binary_offset(text.as_bytes()) {
            return Err(bad(InputProblem::Binary { offset }));
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return Err(bad(InputProblem::Empty));
        }
        let hash: [u8; 32] = *blake3::hash(text.as_bytes()).as_bytes();
        let store = &self.inner.store;
        if self.read(|| store.article_by_hash(&hash))?.is_some() {
            return Ok(Prepared::Known { hash });
        }
        let facts = extract::extract(text);
        Ok(Prepared::New { text: text.to_string(), source: source.to_string(), hash, facts })
    }

    fn prepare_source(&self, source: &ArticleSource) -> Result<Prepared> {
        match source {
            ArticleSource::File(path) => {
                let name = path.display().to_string();
                let size = std::fs::metadata(path).map_err(|e| Error::io(path, e))?.len();
                if size > self.max_article_bytes() {
                    return Err(Error::BadInput {
                        source_name: name,
                        problem: InputProblem::TooLarge { size, limit: self.max_article_bytes() },
                    });
                }
                let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
                let text = decode_text(&bytes, self.max_article_bytes())
                    .map_err(|problem| Error::BadInput { source_name: name.clone(), problem })?;
                self.prepare_text(text, &name)
            }
            ArticleSource::Bytes { name, bytes } => {
                let text = decode_text(bytes, self.max_article_bytes())
                    .map_err(|problem| Error::BadInput { source_name: name.clone(), problem })?;
                self.prepare_text(text, name)
            }
        }
    }

    /// Writes a prepared article (one atomic batch).
    fn commit(&self, prepared: Prepared) -> Result<IngestReport> {
        match prepared {
            Prepared::Known { hash } => {
                let store = &self.inner.store;
                let node = self.read(|| store.article_by_hash(&hash))?.map(|id| self.node(id)).transpose()?.flatten();
                Ok(IngestReport {
                    article_id: write::hex(&hash)[..16].to_string(),
                    title: node.as_ref().and_then(|n| n.str_prop("title")).unwrap_or_default().to_string(),
                    new: false,
                    ..IngestReport::default()
                })
            }
            Prepared::New { text, source, hash, facts } => self.ingest_facts_hashed(&text, &source, hash, facts),
        }
    }

    /// Ingests many articles: files are read, checked and extracted on all
    /// cores but one, and written in the order given (so node ids do not
    /// depend on thread timing), the articles extracted by the time the
    /// writer is free together in one atomic batch (a group commit; each
    /// article is whole in it). `on_each` hears about every source, in
    /// order, as it is written or refused. When `cancel` turns true the run
    /// stops after the group being written; the rest are not read and
    /// `on_each` does not hear of them.
    pub fn ingest_many(
        &self,
        sources: &[ArticleSource],
        cancel: Option<&std::sync::atomic::AtomicBool>,
        mut on_each: impl FnMut(&ArticleSource, Result<IngestReport>),
    ) {
        let cancelled = || cancel.is_some_and(|c| c.load(std::sync::atomic::Ordering::Relaxed));
        let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).saturating_sub(1).max(1);
        let next = std::sync::atomic::AtomicUsize::new(0);
        let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, Result<Prepared>)>(GROUP_COMMIT_MAX);
        std::thread::scope(|scope| {
            for _ in 0..workers {
                let tx = tx.clone();
                let next = &next;
                scope.spawn(move || loop {
                    if cancelled() {
                        break;
                    }
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(source) = sources.get(i) else { break };
                    if tx.send((i, self.prepare_source(source))).is_err() {
                        break;
                    }
                });
            }
            drop(tx);
            // Results arrive out of order; write them in order, each run of
            // articles that are due together as one group commit.
            let mut waiting: BTreeMap<usize, Result<Prepared>> = BTreeMap::new();
            let mut due = 0;
            let mut open = true;
            while open {
                match rx.recv() {
                    Ok((i, prepared)) => {
                        waiting.insert(i, prepared);
                    }
                    Err(_) => open = false,
                }
                // Whatever else arrived while the last group was written;
                // then, while articles are still coming, wait a moment for a
                // fuller group: a group's cost per article falls with its
                // size, and on two cores the time the writer saves is time
                // the extracting thread gets.
                while let Ok((i, prepared)) = rx.try_recv() {
                    waiting.insert(i, prepared);
                }
                let deadline = std::time::Instant::now() + GROUP_COMMIT_WAIT;
                while open && !cancelled() && ready_run(&waiting, due) < GROUP_COMMIT_TARGET {
                    let left = deadline.saturating_duration_since(std::time::Instant::now());
                    match rx.recv_timeout(left) {
                        Ok((i, prepared)) => {
                            waiting.insert(i, prepared);
                        }
                        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => break,
                        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => open = false,
                    }
                }
                if cancelled() {
                    // Drain: the workers stop at their next article.
                    continue;
                }
                loop {
                    let first = due;
                    let group: Vec<Result<Prepared>> =
                        std::iter::from_fn(|| waiting.remove(&due).inspect(|_| due += 1)).take(GROUP_COMMIT_MAX).collect();
                    if group.is_empty() {
                        break;
                    }
                    for (k, result) in self.commit_group(group).into_iter().enumerate() {
                        on_each(&sources[first + k], result);
                    }
                    if cancelled() {
                        break;
                    }
                }
            }
        });
    }

    /// Writes prepared articles in order as one atomic batch, so the store
    /// pays its per-batch costs (and re-reads the nodes articles share) once
    /// per group instead of once per article. Each article is whole in the
    /// batch: the store never holds half of one. When staging or applying
    /// the group fails, nothing of it was written, and its articles are
    /// written one at a time instead, so that each one's own error reaches
    /// its report.
    fn commit_group(&self, group: Vec<Result<Prepared>>) -> Vec<Result<IngestReport>> {
        let new = group.iter().filter(|p| matches!(p, Ok(Prepared::New { .. }))).count();
        if new <= 1 {
            return group.into_iter().map(|p| p.and_then(|p| self.commit(p))).collect();
        }
        let written = self.with_writer(|store, apply| -> Result<Vec<Option<IngestReport>>> {
            let mut txn = write::Txn::new(store)?;
            let reports = group
                .iter()
                .map(|prepared| match prepared {
                    Ok(Prepared::New { text, source, hash, facts }) => {
                        write::stage_article_in(&mut txn, text, source, hash, facts).map(Some)
                    }
                    _ => Ok(None),
                })
                .collect::<Result<Vec<_>>>()?;
            apply(txn.into_batch())?;
            Ok(reports)
        });
        match written {
            Ok(reports) => group
                .into_iter()
                .zip(reports)
                .map(|(prepared, report)| match report {
                    Some(report) => Ok(report),
                    None => prepared.and_then(|p| self.commit(p)),
                })
                .collect(),
            Err(_) => group.into_iter().map(|p| p.and_then(|p| self.commit(p))).collect(),
        }
    }

    /// Like [`Db::ingest`] for raw bytes: refuses non-UTF-8 (naming the line
    /// and column), binary, empty and oversized input.
    pub fn ingest_bytes(&self, bytes: &[u8], source: &str) -> Result<IngestReport> {
        let text = decode_text(bytes, self.max_article_bytes())
            .map_err(|problem| Error::BadInput { source_name: source.to_string(), problem })?;
        self.ingest(text, source)
    }

    /// Reads and ingests one file.
    pub fn ingest_file(&self, path: impl AsRef<Path>) -> Result<IngestReport> {
        let prepared = self.prepare_source(&ArticleSource::File(path.as_ref().to_path_buf()))?;
        self.commit(prepared)
    }

    /// Stores facts that were extracted elsewhere (or written by hand) for
    /// `text`, exactly as [`Db::ingest`] stores extracted ones.
    pub fn ingest_facts(&self, text: &str, source: &str, facts: ArticleFacts) -> Result<IngestReport> {
        let hash: [u8; 32] = *blake3::hash(text.as_bytes()).as_bytes();
        self.ingest_facts_hashed(text, source, hash, facts)
    }

    fn ingest_facts_hashed(&self, text: &str, source: &str, hash: [u8; 32], facts: ArticleFacts) -> Result<IngestReport> {
        self.with_writer(|store, apply| {
            // A text the store already has is reported as not new, and nothing is written.
            let (batch, report) = write::stage_article(store, text, source, &hash, &facts)?;
            if report.new {
                apply(batch)?;
            }
            Ok(report)
        })
    }

    /// Makes every ingest so far durable on disk.
    pub fn flush(&self) -> Result<()> {
        self.inner.store.kv.flush()
    }

    /// Runs `f` with readers' access: no batch is applied meanwhile.
    ///
    /// A thread's first read queues behind a writer that is waiting for the
    /// gate, so that a steady stream of readers cannot starve the writer; a
    /// read nested in another (this thread already holds a gate) does not
    /// queue, or it would wait for itself. Take the gate only through here.
    pub(crate) fn read<T>(&self, f: impl FnOnce() -> T) -> T {
        let nested = READ_DEPTH.with(|d| d.get() > 0);
        let _shared = if nested { self.inner.gate.read_recursive() } else { self.inner.gate.read() };
        READ_DEPTH.with(|d| d.set(d.get() + 1));
        struct Leave;
        impl Drop for Leave {
            fn drop(&mut self) {
                READ_DEPTH.with(|d| d.set(d.get() - 1));
            }
        }
        // Dropped before `_shared`: the count goes down, then the gate opens.
        let _leave = Leave;
        f()
    }

    /// A reader's hold on the gate that outlives a call (a query result),
    /// taken with the same fairness rule as [`Db::read`] and counted for this
    /// thread, so reads made while it lives (a `db.node()` per row) nest
    /// instead of queueing behind a waiting writer that waits for it.
    pub(crate) fn read_guard(&self) -> ReadGuard {
        let nested = READ_DEPTH.with(|d| d.get() > 0);
        let guard = if nested { self.inner.gate.read_arc_recursive() } else { self.inner.gate.read_arc() };
        READ_DEPTH.with(|d| d.set(d.get() + 1));
        ReadGuard { _guard: guard, thread: std::thread::current().id() }
    }

    /// A label or type count (`slot` names which), read from the store once
    /// per write generation. Call it holding the readers' gate, so that no
    /// write lands between reading the generation and the count.
    pub(crate) fn cached_count(&self, slot: usize, read: impl FnOnce() -> Result<u64>) -> Result<u64> {
        let generation = self.inner.write_generation.load(std::sync::atomic::Ordering::SeqCst);
        {
            let counts = self.inner.counts.lock();
            if counts.0 == generation {
                if let Some(n) = counts.1.get(slot).copied().flatten() {
                    return Ok(n);
                }
            }
        }
        let n = read()?;
        let mut counts = self.inner.counts.lock();
        if counts.0 != generation {
            *counts = (generation, [None; 64]);
        }
        if let Some(s) = counts.1.get_mut(slot) {
            *s = Some(n);
        }
        Ok(n)
    }

    /// The ids of `label` (of which there are `count`) as a set, once this
    /// write generation has checked enough nodes for that label that reading
    /// them all costs less than the checks still to come; `None` until then.
    /// A set is read from the label index in one scan (about a tenth of a
    /// point check per id) and serves every later check of the generation:
    /// an aggregation over thousands of events checks each one's label.
    /// Call it holding the readers' gate, like [`Db::cached_count`].
    pub(crate) fn label_set(&self, label: Label, count: u64) -> Result<Option<Arc<IdSet>>> {
        let generation = self.write_generation();
        let slot = usize::from(label.code() & 31);
        {
            let mut sets = self.inner.label_sets.lock();
            if sets.generation != generation {
                *sets = LabelSets::new(generation);
            }
            match &mut sets.slots[slot] {
                LabelSlot::Built(set) => return Ok(Some(set.clone())),
                LabelSlot::Checks(n) => {
                    *n += 1;
                    if *n < (count / 10).max(64) {
                        return Ok(None);
                    }
                }
            }
        }
        self.build_label_set(label, generation).map(Some)
    }

    /// Reads the set of `label`'s nodes and keeps it for `generation`
    /// (read before, under the readers' gate).
    fn build_label_set(&self, label: Label, generation: u64) -> Result<Arc<IdSet>> {
        let mut set = IdSet::default();
        for id in self.store().label_ids(label) {
            set.insert(id?.0);
        }
        let set = Arc::new(set);
        let mut sets = self.inner.label_sets.lock();
        if sets.generation != generation {
            *sets = LabelSets::new(generation);
        }
        sets.slots[usize::from(label.code() & 31)] = LabelSlot::Built(set.clone());
        Ok(set)
    }

    /// The write generation (bumped by every applied write). Read it
    /// holding the readers' gate, so that it names what the reader sees.
    pub(crate) fn write_generation(&self) -> u64 {
        self.inner.write_generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    pub(crate) fn store(&self) -> &Store {
        &self.inner.store
    }

    /// Runs `f` as the one writer. `f` gets the store and a function that
    /// applies one batch while readers are held off, so a bulk write of many
    /// batches never shows readers half a batch. `f` must not hold the
    /// readers' gate (`Db::read`) while it applies.
    pub(crate) fn with_writer<T>(
        &self,
        f: impl FnOnce(&Store, &dyn Fn(store::kv::WriteBatch) -> Result<()>) -> T,
    ) -> T {
        let _writer = self.inner.writer.lock();
        let apply = |batch: store::kv::WriteBatch| {
            let _exclusive = self.inner.gate.write();
            self.inner.write_generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            self.inner.store.kv.apply(batch)
        };
        f(&self.inner.store, &apply)
    }

    /// Runs `f` as the writer with a loader: replaces the store's whole
    /// content with pairs in key order (the bulk import's path), readers shut
    /// out while it runs.
    pub(crate) fn with_loader<T>(
        &self,
        f: impl FnOnce(&Store, &dyn Fn(&mut dyn Iterator<Item = Result<store::kv::Pair>>) -> Result<()>) -> T,
    ) -> T {
        let _writer = self.inner.writer.lock();
        let load = |pairs: &mut dyn Iterator<Item = Result<store::kv::Pair>>| {
            let _exclusive = self.inner.gate.write();
            self.inner.write_generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            self.inner.store.kv.replace_all(pairs)
        };
        f(&self.inner.store, &load)
    }

    /// The node with this id.
    pub fn node(&self, id: NodeId) -> Result<Option<Node>> {
        self.read(|| self.inner.store.node(id))
    }

    /// The relationship with this id.
    pub fn edge(&self, id: EdgeId) -> Result<Option<Edge>> {
        self.read(|| self.inner.store.edge(id))
    }

    /// Every node with a label, in id order.
    pub fn nodes_with_label(&self, label: Label) -> Result<Vec<Node>> {
        self.read(|| {
            let store = &self.inner.store;
            store.label_ids(label).filter_map(|id| id.and_then(|id| store.node(id)).transpose()).collect()
        })
    }

    /// Nodes whose `name`, `aliases`, `key` or article `id` equals `name`
    /// after normalisation (NFC, case folding, spacing), in id order.
    pub fn find(&self, name: &str) -> Result<Vec<Node>> {
        self.read(|| {
            let store = &self.inner.store;
            let mut ids = BTreeSet::new();
            for prop in store::INDEXED_PROPS {
                for id in store.prop_ids(prop, name) {
                    ids.insert(id?);
                }
            }
            ids.into_iter().filter_map(|id| store.node(id).transpose()).collect()
        })
    }

    /// People whose name matches `query` the Kazakh-aware way: any case
    /// ending, case, an initial for the given name, or Latin spelling.
    pub fn find_person(&self, query: &str) -> Result<Vec<Node>> {
        self.read(|| {
            let store = &self.inner.store;
            let mut ids = BTreeSet::new();
            for key in extract::name_match_keys(query) {
                for id in store.prop_ids(store::MATCH_PROP, &key) {
                    ids.insert(id?);
                }
            }
            ids.into_iter().filter_map(|id| store.node(id).transpose()).collect()
        })
    }

    /// The relationships at a node with the node at their other end,
    /// optionally of one type.
    pub fn neighbours(&self, id: NodeId, dir: Direction, rel: Option<RelType>) -> Result<Vec<(Edge, Node)>> {
        self.read(|| {
            let store = &self.inner.store;
            let mut out = Vec::new();
            for adj in store.neighbours(id, dir, rel) {
                let (edge, _, other) = adj?;
                if let (Some(e), Some(n)) = (store.edge(edge)?, store.node(other)?) {
                    out.push((e, n));
                }
            }
            Ok(out)
        })
    }

    /// Every article, in ingest order.
    pub fn articles(&self) -> Result<Vec<ArticleInfo>> {
        Ok(self.nodes_with_label(Label::Article)?.into_iter().map(article_info).collect())
    }

    /// The article named by its id (or a unique prefix of it of 6 or more
    /// digits), its source, or its source's file stem.
    pub fn article(&self, name: &str) -> Result<ArticleInfo> {
        let wanted = name.trim();
        // A full id is one index look-up; other names need the article list.
        if wanted.len() == 16 && wanted.bytes().all(|b| b.is_ascii_hexdigit()) {
            let store = &self.inner.store;
            let hit = self.read(|| -> Result<Option<Node>> {
                for id in store.prop_ids("id", wanted) {
                    if let Some(node) = store.node(id?)?.filter(|n| n.label == Label::Article) {
                        return Ok(Some(node));
                    }
                }
                Ok(None)
            })?;
            if let Some(node) = hit {
                return Ok(article_info(node));
            }
        }
        let articles = self.articles()?;
        let stem = wanted.rsplit(['/', '\\']).next().unwrap_or(wanted);
        let stem = stem.strip_suffix(".txt").unwrap_or(stem);
        let matches: Vec<&ArticleInfo> = articles
            .iter()
            .filter(|a| {
                a.id == wanted
                    || (wanted.len() >= 6 && a.id.starts_with(wanted))
                    || a.source == wanted
                    || a.stem() == stem
            })
            .collect();
        match matches.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(Error::NotFound { what: "article", name: name.to_string() }),
            many => Err(Error::Unsupported(format!(
                "`{name}` names {} articles ({}); give the article id",
                many.len(),
                many.iter().map(|a| a.id.as_str()).collect::<Vec<_>>().join(", ")
            ))),
        }
    }

    /// The facts of one article (see [`Db::article`] for names), in the
    /// ONTOLOGY.md export format via [`ArticleFacts::to_facts_text`].
    pub fn facts(&self, article: &str) -> Result<ArticleFacts> {
        self.article_facts(&self.article(article)?)
    }

    /// The facts of an article already looked up (see [`Db::articles`]).
    pub fn article_facts(&self, info: &ArticleInfo) -> Result<ArticleFacts> {
        self.read(|| self.inner.store.article_record(info.node))?
            .map(|r| r.facts)
            .ok_or_else(|| Error::Corrupt { what: format!("article {} has no record", info.id) })
    }

    /// The text of one article as it was ingested.
    pub fn article_text(&self, article: &str) -> Result<String> {
        let info = self.article(article)?;
        self.read(|| self.inner.store.article_record(info.node))?
            .map(|r| r.text)
            .ok_or_else(|| Error::Corrupt { what: format!("article {} has no record", info.id) })
    }

    /// Reads the graph's node records, value index, labels, adjacency and
    /// relationship records into memory, as far as they fit in `max_bytes`
    /// (compressed; whole key kinds, in that order), and keeps them there,
    /// up to date with every write, while the database is open. Returns the
    /// bytes held. Queries then read nothing from disk for them: on a graph
    /// of a million people this takes point queries from about 100 µs to
    /// tens of microseconds (docs/BENCHMARKS.md). It also reads each
    /// label's set of nodes (a bitmap, a bit per node, not counted in
    /// `max_bytes`), so that a query checks a node's label without a
    /// look-up until the next write. Writers wait while one kind is read.
    /// A format-1 database holds nothing and returns 0.
    pub fn prewarm(&self, max_bytes: u64) -> Result<u64> {
        let budget = usize::try_from(max_bytes).unwrap_or(usize::MAX);
        let held = self.inner.store.prewarm(budget)?;
        self.read(|| {
            let generation = self.write_generation();
            Label::ALL.iter().try_for_each(|label| self.build_label_set(*label, generation).map(drop))
        })?;
        Ok(held as u64)
    }

    /// Counts by label and type, and the size on disk.
    pub fn stats(&self) -> Result<Stats> {
        self.read(|| {
            let store = &self.inner.store;
            let mut stats = Stats { size_on_disk: store.kv.size_on_disk()?, ..Stats::default() };
            for label in Label::ALL {
                stats.nodes.insert(*label, store.label_count(*label)?);
            }
            for rel in RelType::ALL {
                stats.relationships.insert(*rel, store.rel_count(*rel)?);
            }
            Ok(stats)
        })
    }

    /// Verifies that records, indexes, adjacency and counters agree and that
    /// every article's facts are all in the graph.
    pub fn check(&self) -> Result<CheckReport> {
        self.read(|| check::check(&self.inner.store))
    }
}

/// See [`Db::read_guard`]. Sent to another thread, it still opens the gate
/// when dropped; only the creating thread's count is kept.
pub(crate) struct ReadGuard {
    _guard: parking_lot::ArcRwLockReadGuard<parking_lot::RawRwLock, ()>,
    thread: std::thread::ThreadId,
}

impl Drop for ReadGuard {
    fn drop(&mut self) {
        // Runs before the fields drop: the count goes down, then the gate opens.
        if std::thread::current().id() == self.thread {
            READ_DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
        }
    }
}

thread_local! {
    /// How many readers' guards of a `Db` gate this thread holds (see `Db::read`).
    static READ_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn article_info(node: Node) -> ArticleInfo {
    let s = |p: &str| node.str_prop(p).unwrap_or_default().to_string();
    ArticleInfo { node: node.id, id: s("id"), title: s("title"), source: s("source") }
}

/// The byte offset of the first sign that `bytes` is binary: a NUL, or a
/// control byte when control bytes are more than 1 in 20 of the first 8 KiB.
fn binary_offset(bytes: &[u8]) -> Option<usize> {
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        return Some(at);
    }
    let head = &bytes[..bytes.len().min(8192)];
    let is_control = |b: &u8| *b < 0x20 && !matches!(*b, b'\n' | b'\r' | b'\t' | 0x0c);
    let controls = head.iter().filter(|b| is_control(b)).count();
    if controls * 20 > head.len().max(1) {
        return head.iter().position(is_control);
    }
    None
}

/// UTF-8 text from bytes, or why not (with the line and column of a bad byte).
pub(crate) fn decode_text(bytes: &[u8], limit: u64) -> std::result::Result<&str, InputProblem> {
    if bytes.len() as u64 > limit {
        return Err(InputProblem::TooLarge { size: bytes.len() as u64, limit });
    }
    if let Some(offset) = binary_offset(bytes) {
        return Err(InputProblem::Binary { offset });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let offset = e.valid_up_to();
            let before = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
            Err(InputProblem::NotUtf8 { line, column, offset })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_sources() -> Vec<ArticleSource> {
        let mut paths = Vec::new();
        for dir in ["examples/articles", "tests/data/devset"] {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    paths.push(path);
                }
            }
        }
        paths.sort();
        let again = std::fs::read(&paths[1]).unwrap();
        let mut sources: Vec<ArticleSource> = paths.into_iter().map(ArticleSource::File).collect();
        sources.push(ArticleSource::Bytes { name: "again.txt".into(), bytes: again });
        sources.insert(3, ArticleSource::Bytes { name: "empty.txt".into(), bytes: b"  \n".to_vec() });
        sources
    }

    fn whole_json(db: &Db) -> String {
        let mut out = Vec::new();
        let options = crate::export::ExportOptions::default();
        crate::export::write_to(db, &crate::export::Selection::Whole, crate::export::Format::Json, &options, &mut out)
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn one_group_of_every_article_equals_ingesting_them_one_at_a_time() {
        let sources = sample_sources();
        let grouped = Db::open_in_memory().unwrap();
        let prepared: Vec<Result<Prepared>> = sources.iter().map(|s| grouped.prepare_source(s)).collect();
        let grouped_reports = grouped.commit_group(prepared);
        assert_eq!(grouped_reports.len(), sources.len());

        let single = Db::open_in_memory().unwrap();
        let single_reports: Vec<Result<IngestReport>> =
            sources.iter().map(|s| single.prepare_source(s).and_then(|p| single.commit(p))).collect();
        let show = |r: &Result<IngestReport>| match r {
            Ok(r) => format!("{r:?}"),
            Err(e) => format!("error: {e}"),
        };
        let grouped_shown: Vec<String> = grouped_reports.iter().map(show).collect();
        assert_eq!(grouped_shown, single_reports.iter().map(show).collect::<Vec<_>>());
        assert!(grouped_shown[3].starts_with("error:"), "{}", grouped_shown[3]);
        let last = grouped_reports.last().unwrap().as_ref().unwrap();
        assert!(!last.new, "the repeated text inside the group is not new");
        assert!(grouped_reports.iter().filter(|r| r.as_ref().is_ok_and(|r| r.new)).count() >= 18);
        assert_eq!(whole_json(&grouped), whole_json(&single));
        assert!(grouped.check().unwrap().is_ok());
    }

    #[test]
    fn bad_utf8_is_located() {
        let bytes = b"\xd0\x90\xd0\x91\n\xd0\x92 \xff tail";
        assert_eq!(
            decode_text(bytes, 1000),
            Err(InputProblem::NotUtf8 { line: 2, column: 3, offset: 8 })
        );
    }

    #[test]
    fn binary_and_oversized_input_is_refused() {
        assert_eq!(decode_text(b"abc\0def", 100), Err(InputProblem::Binary { offset: 3 }));
        let noisy: Vec<u8> = (0..100u8).map(|i| if i % 3 == 0 { 1 } else { b'a' }).collect();
        assert!(matches!(decode_text(&noisy, 1000), Err(InputProblem::Binary { .. })));
        assert_eq!(decode_text(b"abcdef", 3), Err(InputProblem::TooLarge { size: 6, limit: 3 }));
        assert_eq!(decode_text("Қуат\tБайғоджаев\r\n".as_bytes(), 100), Ok("Қуат\tБайғоджаев\r\n"));
    }

    #[test]
    fn empty_text_is_refused_and_nothing_is_stored() {
        let db = Db::open_in_memory().unwrap();
        let err = db.ingest(" \n\t\n", "blank.txt").unwrap_err();
        assert_eq!(err.to_string(), "blank.txt: empty: no text to read");
        assert_eq!(db.stats().unwrap().node_total(), 0);
    }

    #[test]
    fn a_nested_read_does_not_wait_for_a_waiting_writer() {
        use std::sync::mpsc;
        use std::time::Duration;
        let db = Db::open_in_memory().unwrap();
        let (held_tx, held_rx) = mpsc::channel();
        let (done_tx, done_rx) = mpsc::channel();
        let reader = {
            let db = db.clone();
            std::thread::spawn(move || {
                db.read(|| {
                    held_tx.send(()).unwrap();
                    // Give the writer time to queue for the gate.
                    std::thread::sleep(Duration::from_millis(200));
                    // A nested read (as `stats` inside a query would be).
                    db.stats().unwrap();
                });
                done_tx.send(()).unwrap();
            })
        };
        held_rx.recv().unwrap();
        let writer = {
            let db = db.clone();
            std::thread::spawn(move || db.ingest_facts("Мақала\n", "a.txt", ArticleFacts::default()).unwrap())
        };
        done_rx.recv_timeout(Duration::from_secs(10)).expect("a nested read deadlocked behind the waiting writer");
        reader.join().unwrap();
        assert!(writer.join().unwrap().new);
        assert_eq!(db.articles().unwrap().len(), 1);
    }

    #[test]
    fn stems_drop_the_directory_and_txt() {
        let info = ArticleInfo { node: NodeId(1), id: "x".into(), title: String::new(), source: "a/b/001_x.txt".into() };
        assert_eq!(info.stem(), "001_x");
    }
}
