//! Bulk paths through the store: scanning every node or relationship record
//! in id order (whole-graph exports stream from these), and writing a whole
//! graph with its ids kept (JSON import, and benchmarks that load millions of
//! nodes). The writer fills the same keys an article write fills — records,
//! label and property indexes, adjacency, identity entries, counters, id
//! counters, the article registry and article records — in batches of a
//! bounded size, so memory stays flat however large the input is.
//!
//! Bulk writes need an empty database: kept ids could otherwise collide with
//! the ids already there, and merging by identity is what ingest is for.

use super::{codec, index_entries, keys, kv::WriteBatch, ArticleRecord, Store};
use crate::error::{Error, Result};
use crate::model::{Edge, Label, Node, PropValue, RelType};
use std::collections::BTreeMap;

/// Writes per batch. Big enough that batching pays, small enough that a
/// batch of long articles stays some tens of megabytes.
pub(crate) const DEFAULT_BATCH_WRITES: usize = 20_000;

/// Every node record, in id order, decoded as it is read.
pub(crate) fn scan_nodes(store: &Store) -> impl Iterator<Item = Result<Node>> + Send {
    store.kv.scan_prefix(&[keys::NODE]).map(|item| {
        let (k, v) = item?;
        let id = keys::id_after_tag(&k).unwrap_or_default();
        codec::decode(&v, format_args!("node {id}"))
    })
}

/// Every relationship record, in id order, decoded as it is read.
pub(crate) fn scan_edges(store: &Store) -> impl Iterator<Item = Result<Edge>> + Send {
    store.kv.scan_prefix(&[keys::EDGE]).map(|item| {
        let (k, v) = item?;
        let id = keys::id_after_tag(&k).unwrap_or_default();
        codec::decode(&v, format_args!("relationship {id}"))
    })
}

/// Why the bulk writer refused a record, or failed.
#[derive(Debug)]
pub(crate) enum BulkError {
    /// The record is not acceptable (the caller knows where it came from).
    Invalid(String),
    /// The store failed.
    Store(Error),
}

impl From<Error> for BulkError {
    fn from(e: Error) -> BulkError {
        BulkError::Store(e)
    }
}

/// What a bulk write wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct BulkCounts {
    pub(crate) nodes: u64,
    pub(crate) edges: u64,
    pub(crate) articles: u64,
}

/// Ids this import has written, so that the checks of every record (is this
/// id new, are its ends and its cited article written) need no store read:
/// a store read costs microseconds per check and several per relationship.
/// A bitmap covers ids below [`IdSet::DENSE_LIMIT`] (exports number densely
/// from 1); larger ids are checked against the store, as before.
#[derive(Default)]
struct IdSet {
    bits: Vec<u64>,
}

impl IdSet {
    /// 2^27 ids: at most 16 MiB of bitmap.
    const DENSE_LIMIT: u64 = 1 << 27;

    /// Records `id`; false when it is beyond the bitmap.
    fn insert(&mut self, id: u64) -> bool {
        if id >= Self::DENSE_LIMIT {
            return false;
        }
        let word = (id / 64) as usize;
        if word >= self.bits.len() {
            self.bits.resize((word + 1).next_power_of_two(), 0);
        }
        self.bits[word] |= 1 << (id % 64);
        true
    }

    /// Whether `id` was recorded; `None` when it is beyond the bitmap.
    fn contains(&self, id: u64) -> Option<bool> {
        if id >= Self::DENSE_LIMIT {
            return None;
        }
        Some(self.bits.get((id / 64) as usize).is_some_and(|w| w & (1 << (id % 64)) != 0))
    }
}

/// Writes nodes (then relationships) with their ids, in batches handed to
/// `apply`. Nodes must come before the relationships that end at them.
pub(crate) struct BulkWriter<'s> {
    store: &'s Store,
    apply: &'s dyn Fn(WriteBatch) -> Result<()>,
    batch: WriteBatch,
    batch_writes: usize,
    label_counts: BTreeMap<Label, u64>,
    rel_counts: BTreeMap<RelType, u64>,
    next_node: u64,
    next_edge: u64,
    counts: BulkCounts,
    /// Node, relationship and article ids written (the store was empty).
    nodes_written: IdSet,
    edges_written: IdSet,
    articles_written: IdSet,
}

impl<'s> BulkWriter<'s> {
    /// A writer over an empty store; refuses a store that holds any node.
    pub(crate) fn new(store: &'s Store, apply: &'s dyn Fn(WriteBatch) -> Result<()>) -> Result<BulkWriter<'s>> {
        if let Some(item) = store.kv.scan_prefix(&[keys::NODE]).next() {
            item?;
            return Err(Error::Unsupported(format!(
                "the database {} is not empty; import writes nodes with their exported ids, \
                 so it needs an empty database: give --db a new directory",
                store.path().display()
            )));
        }
        Ok(BulkWriter {
            store,
            apply,
            batch: WriteBatch::default(),
            batch_writes: DEFAULT_BATCH_WRITES,
            label_counts: BTreeMap::new(),
            rel_counts: BTreeMap::new(),
            next_node: 1,
            next_edge: 1,
            counts: BulkCounts::default(),
            nodes_written: IdSet::default(),
            edges_written: IdSet::default(),
            articles_written: IdSet::default(),
        })
    }

    /// Sets how many writes go into one batch (at least 1).
    #[allow(dead_code)]
    pub(crate) fn with_batch_writes(mut self, writes: usize) -> BulkWriter<'s> {
        self.batch_writes = writes.max(1);
        self
    }

    /// The value a key has with this batch staged over the store.
    fn staged(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        match self.batch.writes.get(key) {
            Some(v) => Ok(v.clone()),
            None => self.store.kv.get(key),
        }
    }

    /// Whether a key is written (staged or applied). Checks read the keys
    /// already written rather than keeping every id in memory, so that the
    /// writer's memory is one batch however large the input.
    fn written(&self, key: &[u8]) -> Result<bool> {
        match self.batch.writes.get(key) {
            Some(v) => Ok(v.is_some()),
            None => Ok(self.store.kv.get(key)?.is_some()),
        }
    }

    /// Whether an id is in `set`, asking the store (`key`) beyond the bitmap.
    fn id_written(&self, set: fn(&Self) -> &IdSet, id: u64, key: impl FnOnce() -> Vec<u8>) -> Result<bool> {
        match set(self).contains(id) {
            Some(known) => Ok(known),
            None => self.written(&key()),
        }
    }

    /// Writes one node; an article needs its record (text and facts).
    pub(crate) fn node(&mut self, node: Node, record: Option<ArticleRecord>) -> Result<(), BulkError> {
        let id = node.id;
        if self.id_written(|w| &w.nodes_written, id.0, || keys::node(id))? {
            return Err(BulkError::Invalid(format!("node {id} appears twice")));
        }
        if id.0 == u64::MAX {
            return Err(BulkError::Invalid(format!("node id {id} is out of range")));
        }
        if let Some(identity) = identity_of(&node) {
            let key = keys::identity(node.label, &identity);
            if let Some(other) = self.staged(&key)? {
                let other = codec::decode_u64(&other, "an identity entry")?;
                return Err(BulkError::Invalid(format!(
                    "node {id} is the {} `{identity}`, which node {other} already is",
                    node.label
                )));
            }
            self.batch.put(key, codec::encode_u64(id.0));
        }
        match (node.label, record) {
            (Label::Article, Some(record)) => {
                let hash = blake3::hash(record.text.as_bytes());
                let hex = super::write::hex(hash.as_bytes());
                if node.str_prop("hash") != Some(hex.as_str()) {
                    return Err(BulkError::Invalid(format!(
                        "article node {id}: its `hash` property is not the blake3 hash of its text"
                    )));
                }
                self.batch.put(keys::article_hash(hash.as_bytes()), codec::encode_u64(id.0));
                self.batch.put(keys::article_facts(id), codec::encode(&record));
                self.counts.articles += 1;
            }
            (Label::Article, None) => {
                return Err(BulkError::Invalid(format!("article node {id} has no text")));
            }
            (label, Some(_)) => {
                return Err(BulkError::Invalid(format!("node {id} is a {label}; only articles have text and facts")));
            }
            (_, None) => {}
        }
        for (prop, value) in index_entries(&node) {
            self.batch.put(keys::prop(prop, &value, id), Vec::new());
        }
        self.batch.put(keys::label(node.label, id), Vec::new());
        self.batch.put(keys::node(id), codec::encode(&node));
        self.nodes_written.insert(id.0);
        if node.label == Label::Article {
            self.articles_written.insert(id.0);
        }
        *self.label_counts.entry(node.label).or_default() += 1;
        self.next_node = self.next_node.max(id.0 + 1);
        self.counts.nodes += 1;
        self.maybe_flush()?;
        Ok(())
    }

    /// Writes one relationship; its ends and cited articles must be written.
    pub(crate) fn edge(&mut self, edge: Edge) -> Result<(), BulkError> {
        let id = edge.id;
        if self.id_written(|w| &w.edges_written, id.0, || keys::edge(id))? {
            return Err(BulkError::Invalid(format!("relationship {id} appears twice")));
        }
        if id.0 == u64::MAX {
            return Err(BulkError::Invalid(format!("relationship id {id} is out of range")));
        }
        for end in [edge.from, edge.to] {
            if !self.id_written(|w| &w.nodes_written, end.0, || keys::node(end))? {
                return Err(BulkError::Invalid(format!(
                    "relationship {id} ({}) ends at node {end}, which is not among the nodes before it \
                     (nodes must come before relationships)",
                    edge.rel
                )));
            }
        }
        let mut checked = Vec::new();
        for p in &edge.provenance {
            if checked.contains(&p.article) {
                continue;
            }
            checked.push(p.article);
            if !self.id_written(|w| &w.articles_written, p.article.0, || keys::label(Label::Article, p.article))? {
                return Err(BulkError::Invalid(format!(
                    "relationship {id} cites node {} as its article, which is not an article written before it",
                    p.article
                )));
            }
        }
        let ident = keys::edge_identity(edge.from, edge.rel, edge.to, discriminator(&edge));
        if let Some(other) = self.staged(&ident)? {
            let other = codec::decode_u64(&other, "an edge identity entry")?;
            return Err(BulkError::Invalid(format!(
                "relationship {id} repeats relationship {other} (same ends, type and status/role)"
            )));
        }
        self.batch.put(ident, codec::encode_u64(id.0));
        self.batch.put(keys::adjacency(keys::OUT, edge.from, edge.rel, edge.to, id), Vec::new());
        self.batch.put(keys::adjacency(keys::IN, edge.to, edge.rel, edge.from, id), Vec::new());
        *self.rel_counts.entry(edge.rel).or_default() += 1;
        self.batch.put(keys::edge(id), codec::encode(&edge));
        self.edges_written.insert(id.0);
        self.next_edge = self.next_edge.max(id.0 + 1);
        self.counts.edges += 1;
        self.maybe_flush()?;
        Ok(())
    }

    fn maybe_flush(&mut self) -> Result<()> {
        if self.batch.len() >= self.batch_writes {
            self.flush()?;
        }
        Ok(())
    }

    /// Applies what is staged, with the counters as they stand, so that the
    /// store is consistent after every batch.
    fn flush(&mut self) -> Result<()> {
        let mut batch = std::mem::take(&mut self.batch);
        for (label, n) in &self.label_counts {
            batch.put(keys::label_count(*label), codec::encode_u64(*n));
        }
        for (rel, n) in &self.rel_counts {
            batch.put(keys::rel_count(*rel), codec::encode_u64(*n));
        }
        batch.put(keys::meta("next_node"), codec::encode_u64(self.next_node));
        batch.put(keys::meta("next_edge"), codec::encode_u64(self.next_edge));
        (self.apply)(batch)
    }

    /// Applies the last batch and says what was written.
    pub(crate) fn finish(mut self) -> Result<BulkCounts> {
        self.flush()?;
        self.store.kv.flush()?;
        Ok(self.counts)
    }
}

/// The identity entry a node of this label has (see `write`'s identity rules).
fn identity_of(node: &Node) -> Option<String> {
    match node.label {
        Label::Party | Label::Branch | Label::Organization | Label::Office => node.str_prop("key").map(str::to_string),
        Label::Place => node.str_prop("name").map(str::to_string),
        Label::Event => match (node.str_prop("key"), node.str_prop("article")) {
            (Some(key), Some(article)) => Some(format!("{key}#{article}")),
            _ => None,
        },
        Label::Person | Label::Article => None,
    }
}

/// What tells two relationships of the same type between the same nodes apart.
fn discriminator(edge: &Edge) -> &str {
    let prop = match edge.rel {
        RelType::Holds => "status",
        RelType::Participated => "role",
        _ => return "",
    };
    edge.props.get(prop).and_then(PropValue::as_str).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EdgeId, NodeId, Props};
    use crate::store::kv::{KvStore, MemKv};

    fn node(id: u64, label: Label, key: &str) -> Node {
        let mut props = Props::new();
        props.insert("key".into(), PropValue::Str(key.into()));
        Node { id: NodeId(id), label, props }
    }

    #[test]
    fn small_batches_write_everything_and_the_check_passes() {
        let kv = MemKv::new();
        let store = Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        let batches = std::cell::Cell::new(0);
        let apply = |b: WriteBatch| {
            batches.set(batches.get() + 1);
            kv.apply(b)
        };
        let mut w = BulkWriter::new(&store, &apply).unwrap().with_batch_writes(3);
        w.node(node(5, Label::Branch, "AMANAT/oblast/Атырау"), None).unwrap();
        w.node(node(7, Label::Party, "AMANAT/central"), None).unwrap();
        let edge = Edge {
            id: EdgeId(9),
            rel: RelType::PartOf,
            from: NodeId(5),
            to: NodeId(7),
            props: Props::new(),
            provenance: Vec::new(),
        };
        w.edge(edge.clone()).unwrap();
        assert!(matches!(w.edge(edge), Err(BulkError::Invalid(m)) if m.contains("twice")));
        let counts = w.finish().unwrap();
        assert_eq!((counts.nodes, counts.edges), (2, 1));
        assert!(batches.get() >= 2, "{} batches", batches.get());
        let report = super::super::check::check(&store).unwrap();
        assert!(report.is_ok(), "{:?}", report.problems);
        assert_eq!(store.identity(Label::Branch, "AMANAT/oblast/Атырау").unwrap(), Some(NodeId(5)));
        assert_eq!(store.label_count(Label::Branch).unwrap(), 1);
        assert_eq!(store.kv.get(&keys::meta("next_node")).unwrap(), Some(codec::encode_u64(8)));
    }

    #[test]
    fn dangling_ends_duplicate_identities_and_a_full_database_are_refused() {
        let kv = MemKv::new();
        let store = Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        let apply = |b: WriteBatch| kv.apply(b);
        let mut w = BulkWriter::new(&store, &apply).unwrap();
        w.node(node(1, Label::Office, "chairman@X"), None).unwrap();
        let dup = w.node(node(2, Label::Office, "chairman@X"), None);
        assert!(matches!(dup, Err(BulkError::Invalid(m)) if m.contains("node 1 already is")));
        let dangling = Edge {
            id: EdgeId(1),
            rel: RelType::Of,
            from: NodeId(1),
            to: NodeId(40),
            props: Props::new(),
            provenance: Vec::new(),
        };
        assert!(matches!(w.edge(dangling), Err(BulkError::Invalid(m)) if m.contains("node 40")));
        let article = Node { id: NodeId(3), label: Label::Article, props: Props::new() };
        assert!(matches!(w.node(article, None), Err(BulkError::Invalid(m)) if m.contains("no text")));
        w.finish().unwrap();
        match BulkWriter::new(&store, &apply) {
            Err(Error::Unsupported(m)) => assert!(m.contains("not empty"), "{m}"),
            _ => panic!("a database with nodes must be refused"),
        }
    }
}
