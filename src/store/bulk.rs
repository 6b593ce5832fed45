//! Bulk paths through the store: scanning every node or relationship record
//! in id order (whole-graph exports stream from these), and writing a whole
//! graph with its ids kept (JSON import, and benchmarks that load millions of
//! nodes). The writer makes the same pairs an article write makes — records,
//! label and property indexes, adjacency, identity entries, counters, id
//! counters, the article registry and article records — but keeps them in
//! memory, one run per key tag, sorts each run once at the end and hands the
//! whole graph to the backend in key order (`KvStore::replace_all`), so that
//! a paged database's pages are written once, full, instead of rewritten as
//! they fill. Memory: the graph's pairs, about 2.5 GB per million people.
//!
//! Bulk writes need an empty database: kept ids could otherwise collide with
//! the ids already there, and merging by identity is what ingest is for.

use super::{codec, idset::IdSet, index_entries, index_witness, keys, kv::Pair, ArticleRecord, Store};
use crate::error::{Error, Result};
use crate::model::{Edge, Label, Node, PropValue, RelType};
use std::collections::{BTreeMap, HashMap};

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

/// The pairs of one key tag, end to end (`key length, value length` as two
/// u32, key, value) in chunks of [`Run::CHUNK`] bytes, in the order they were
/// made. A pair's place is `chunk << 32 | offset`.
///
/// Why chunks: one buffer grown by doubling copies everything it holds at
/// each step into memory the kernel has to zero first; a million-person
/// import's runs reach gigabytes, and that zeroing and copying took a sixth
/// of its time. A chunk is allocated once and filled once.
#[derive(Default)]
struct Run {
    chunks: Vec<Vec<u8>>,
    starts: Vec<usize>,
    /// Whether every key so far came after the one before (then no sort).
    ascending: bool,
}

impl Run {
    const CHUNK: usize = 32 << 20;

    fn push(&mut self, key: &[u8], value: &[u8]) {
        if self.starts.is_empty() {
            self.ascending = true;
        } else if self.ascending {
            let last = self.starts[self.starts.len() - 1];
            self.ascending = self.key(last) < key;
        }
        let needed = 8 + key.len() + value.len();
        if self.chunks.last().is_none_or(|c| c.capacity() - c.len() < needed) {
            self.chunks.push(Vec::with_capacity(needed.max(Self::CHUNK)));
        }
        let index = self.chunks.len() - 1;
        let chunk = &mut self.chunks[index];
        self.starts.push(index << 32 | chunk.len());
        chunk.extend_from_slice(&(key.len() as u32).to_le_bytes());
        chunk.extend_from_slice(&(value.len() as u32).to_le_bytes());
        chunk.extend_from_slice(key);
        chunk.extend_from_slice(value);
    }

    /// The pair at `at`: its chunk from the pair on, and the two lengths.
    fn pair_at(&self, at: usize) -> (&[u8], usize, usize) {
        let bytes = self.chunks.get(at >> 32).map_or(&[][..], |c| c.get(at & 0xFFFF_FFFF..).unwrap_or_default());
        let word = |i: usize| bytes.get(i..i + 4).map_or(0, |w| u32::from_le_bytes(w.try_into().unwrap_or_default()) as usize);
        (bytes, word(0), word(4))
    }

    fn key(&self, at: usize) -> &[u8] {
        let (bytes, k, _) = self.pair_at(at);
        &bytes[8..8 + k]
    }

    fn value(&self, at: usize) -> &[u8] {
        let (bytes, k, v) = self.pair_at(at);
        &bytes[8 + k..8 + k + v]
    }

    /// Puts the pairs in key order (of equal keys, the one made last ends
    /// up last).
    fn sort(&mut self) {
        if !self.ascending {
            // Sorting on the eight key bytes after the tag, with the pair's
            // place as the tie-break of equal keys, keeps most comparisons
            // out of the (randomly placed) buffer.
            let prefix = |key: &[u8]| {
                let mut word = [0u8; 8];
                let tail = key.get(1..).unwrap_or_default();
                let n = tail.len().min(8);
                word[..n].copy_from_slice(&tail[..n]);
                u64::from_be_bytes(word)
            };
            let mut order: Vec<(u64, usize)> = self.starts.iter().map(|&at| (prefix(self.key(at)), at)).collect();
            order.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| self.key(a.1).cmp(self.key(b.1))).then(a.1.cmp(&b.1)));
            self.starts = order.into_iter().map(|(_, at)| at).collect();
            self.ascending = true;
        }
    }

    /// The pairs in key order; of equal keys, the one made last.
    fn sorted(mut self) -> impl Iterator<Item = Pair> {
        self.sort();
        let starts = std::mem::take(&mut self.starts);
        let mut i = 0;
        std::iter::from_fn(move || {
            // Of a run of equal keys, the last is the newest.
            while i + 1 < starts.len() && self.key(starts[i]) == self.key(starts[i + 1]) {
                i += 1;
            }
            let at = *starts.get(i)?;
            i += 1;
            Some((self.key(at).to_vec(), self.value(at).to_vec()))
        })
    }
}

/// Makes the pairs of nodes (then relationships) with their ids, checks each
/// record as it comes, and writes them all at [`BulkWriter::finish`]. Nodes
/// must come before the relationships that end at them.
pub(crate) struct BulkWriter<'s> {
    store: &'s Store,
    runs: BTreeMap<u8, Run>,
    label_counts: BTreeMap<Label, u64>,
    rel_counts: BTreeMap<RelType, u64>,
    next_node: u64,
    next_edge: u64,
    counts: BulkCounts,
    /// Ids written (the store was empty), so that the checks of every record
    /// (is this id new, are its ends and its cited articles written) read
    /// nothing from the store.
    nodes_written: IdSet,
    edges_written: IdSet,
    articles_written: IdSet,
    /// Identity entries made, and whose they are.
    identities: HashMap<Vec<u8>, u64>,
    /// Relationship identity entries made (a 128-bit digest of the key), and
    /// whose they are.
    edge_identities: HashMap<u128, u64>,
}

impl<'s> BulkWriter<'s> {
    /// A writer over an empty store; refuses a store that holds any node.
    pub(crate) fn new(store: &'s Store) -> Result<BulkWriter<'s>> {
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
            runs: BTreeMap::new(),
            label_counts: BTreeMap::new(),
            rel_counts: BTreeMap::new(),
            next_node: 1,
            next_edge: 1,
            counts: BulkCounts::default(),
            nodes_written: IdSet::default(),
            edges_written: IdSet::default(),
            articles_written: IdSet::default(),
            identities: HashMap::new(),
            edge_identities: HashMap::new(),
        })
    }

    fn put(&mut self, key: Vec<u8>, value: Vec<u8>) {
        let tag = key.first().copied().unwrap_or_default();
        self.runs.entry(tag).or_default().push(&key, &value);
    }

    /// Writes one node; an article needs its record (text and facts).
    #[cfg(test)]
    pub(crate) fn node(&mut self, node: Node, record: Option<ArticleRecord>) -> Result<(), BulkError> {
        self.add(Prepared::node(node, record)?)
    }

    /// Writes one relationship; its ends and cited articles must be written.
    #[cfg(test)]
    pub(crate) fn edge(&mut self, edge: Edge) -> Result<(), BulkError> {
        self.add(Prepared::edge(edge)?)
    }

    /// Writes a prepared node or relationship, after the checks that need
    /// what came before it.
    pub(crate) fn add(&mut self, prepared: Prepared) -> Result<(), BulkError> {
        match prepared {
            Prepared::Node(p) => self.add_node(p),
            Prepared::Edge(p) => self.add_edge(p),
        }
    }

    fn add_node(&mut self, p: PreparedNode) -> Result<(), BulkError> {
        let id = p.id;
        if self.nodes_written.contains(id.0) {
            return Err(BulkError::Invalid(format!("node {id} appears twice")));
        }
        if let Some((key, identity)) = &p.identity {
            if let Some(other) = self.identities.get(key) {
                return Err(BulkError::Invalid(format!(
                    "node {id} is the {} `{identity}`, which node {other} already is",
                    p.label
                )));
            }
        }
        if let Some((hash_key, record)) = p.article {
            self.put(hash_key, codec::encode_u64(id.0));
            self.put(keys::article_facts(id), record);
            self.counts.articles += 1;
            self.articles_written.insert(id.0);
        }
        if let Some((key, _)) = p.identity {
            self.put(key.clone(), codec::encode_u64(id.0));
            self.identities.insert(key, id.0);
        }
        for (prop, value, witness) in p.index {
            self.put(keys::prop(prop, &value, id), witness);
        }
        self.put(keys::label(p.label, id), Vec::new());
        self.put(keys::node(id), p.record);
        self.nodes_written.insert(id.0);
        *self.label_counts.entry(p.label).or_default() += 1;
        self.next_node = self.next_node.max(id.0 + 1);
        self.counts.nodes += 1;
        Ok(())
    }

    fn add_edge(&mut self, p: PreparedEdge) -> Result<(), BulkError> {
        let id = p.id;
        if self.edges_written.contains(id.0) {
            return Err(BulkError::Invalid(format!("relationship {id} appears twice")));
        }
        for end in [p.from, p.to] {
            if !self.nodes_written.contains(end.0) {
                return Err(BulkError::Invalid(format!(
                    "relationship {id} ({}) ends at node {end}, which is not among the nodes before it \
                     (nodes must come before relationships)",
                    p.rel
                )));
            }
        }
        for article in &p.articles {
            if !self.articles_written.contains(article.0) {
                return Err(BulkError::Invalid(format!(
                    "relationship {id} cites node {article} as its article, which is not an article written before it"
                )));
            }
        }
        if let Some(other) = self.edge_identities.get(&p.identity_digest) {
            return Err(BulkError::Invalid(format!(
                "relationship {id} repeats relationship {other} (same ends, type and status/role)"
            )));
        }
        self.edge_identities.insert(p.identity_digest, id.0);
        self.put(p.identity, codec::encode_u64(id.0));
        self.put(keys::adjacency(keys::OUT, p.from, p.rel, p.to, id), Vec::new());
        self.put(keys::adjacency(keys::IN, p.to, p.rel, p.from, id), Vec::new());
        *self.rel_counts.entry(p.rel).or_default() += 1;
        self.put(keys::edge(id), p.record);
        self.edges_written.insert(id.0);
        self.next_edge = self.next_edge.max(id.0 + 1);
        self.counts.edges += 1;
        Ok(())
    }

    /// Hands every pair, the store's own (its meta entries) among them, to
    /// `load` in key order, and says what was written.
    pub(crate) fn finish(self, load: &dyn Fn(&mut dyn Iterator<Item = Result<Pair>>) -> Result<()>) -> Result<BulkCounts> {
        let mut small: BTreeMap<Vec<u8>, Vec<u8>> = self.store.kv.scan_from(&[]).collect::<Result<_>>()?;
        for (label, n) in &self.label_counts {
            small.insert(keys::label_count(*label), codec::encode_u64(*n));
        }
        for (rel, n) in &self.rel_counts {
            small.insert(keys::rel_count(*rel), codec::encode_u64(*n));
        }
        small.insert(keys::meta("next_node"), codec::encode_u64(self.next_node));
        small.insert(keys::meta("next_edge"), codec::encode_u64(self.next_edge));
        // The runs are sorted two at a time (the machine's cores), before
        // the first page is written.
        let mut runs: Vec<Run> = self.runs.into_values().collect();
        let mut unsorted: Vec<&mut Run> = runs.iter_mut().filter(|r| !r.ascending).collect();
        unsorted.sort_by_key(|r| std::cmp::Reverse(r.starts.len()));
        let (mut left, mut right): (Vec<&mut Run>, Vec<&mut Run>) = (Vec::new(), Vec::new());
        let (mut left_n, mut right_n) = (0, 0);
        for run in unsorted {
            if left_n <= right_n {
                left_n += run.starts.len();
                left.push(run);
            } else {
                right_n += run.starts.len();
                right.push(run);
            }
        }
        std::thread::scope(|scope| {
            scope.spawn(move || right.into_iter().for_each(|r| r.sort()));
            left.into_iter().for_each(|r| r.sort());
        });
        let runs = runs.into_iter().flat_map(Run::sorted);
        let mut merged = MergeNewest { older: runs.peekable(), newer: small.into_iter().peekable() }.map(Ok);
        load(&mut merged)?;
        Ok(self.counts)
    }
}

/// Two key-ordered streams as one; of equal keys, the newer stream's.
struct MergeNewest<A: Iterator<Item = Pair>, B: Iterator<Item = Pair>> {
    older: std::iter::Peekable<A>,
    newer: std::iter::Peekable<B>,
}

impl<A: Iterator<Item = Pair>, B: Iterator<Item = Pair>> Iterator for MergeNewest<A, B> {
    type Item = Pair;

    fn next(&mut self) -> Option<Pair> {
        let order = match (self.older.peek(), self.newer.peek()) {
            (Some(a), Some(b)) => a.0.cmp(&b.0),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, _) => std::cmp::Ordering::Greater,
        };
        match order {
            std::cmp::Ordering::Less => self.older.next(),
            std::cmp::Ordering::Equal => {
                self.older.next();
                self.newer.next()
            }
            std::cmp::Ordering::Greater => self.newer.next(),
        }
    }
}

/// A node or relationship with everything computed that needs nothing but
/// itself (its record encoded, its index entries, its identity key): the
/// part of an import that can run on another thread than the writer.
pub(crate) enum Prepared {
    Node(PreparedNode),
    Edge(PreparedEdge),
}

pub(crate) struct PreparedNode {
    id: crate::model::NodeId,
    label: Label,
    record: Vec<u8>,
    /// Index entries: property, value in index form, what the entry holds.
    index: Vec<(&'static str, String, Vec<u8>)>,
    /// The identity key and the identity.
    identity: Option<(Vec<u8>, String)>,
    /// An article's registry key and encoded record.
    article: Option<(Vec<u8>, Vec<u8>)>,
}

pub(crate) struct PreparedEdge {
    id: crate::model::EdgeId,
    rel: RelType,
    from: crate::model::NodeId,
    to: crate::model::NodeId,
    /// The articles it cites, each once.
    articles: Vec<crate::model::NodeId>,
    identity: Vec<u8>,
    identity_digest: u128,
    record: Vec<u8>,
}

impl Prepared {
    /// Prepares a node; an article needs its record (text and facts).
    pub(crate) fn node(node: Node, record: Option<ArticleRecord>) -> Result<Prepared, BulkError> {
        let id = node.id;
        if id.0 == u64::MAX {
            return Err(BulkError::Invalid(format!("node id {id} is out of range")));
        }
        let article = match (node.label, record) {
            (Label::Article, Some(record)) => {
                let hash = blake3::hash(record.text.as_bytes());
                let hex = super::write::hex(hash.as_bytes());
                if node.str_prop("hash") != Some(hex.as_str()) {
                    return Err(BulkError::Invalid(format!(
                        "article node {id}: its `hash` property is not the blake3 hash of its text"
                    )));
                }
                Some((keys::article_hash(hash.as_bytes()), codec::encode(&record)))
            }
            (Label::Article, None) => {
                return Err(BulkError::Invalid(format!("article node {id} has no text")));
            }
            (label, Some(_)) => {
                return Err(BulkError::Invalid(format!("node {id} is a {label}; only articles have text and facts")));
            }
            (_, None) => None,
        };
        Ok(Prepared::Node(PreparedNode {
            id,
            label: node.label,
            identity: identity_of(&node).map(|identity| (keys::identity(node.label, &identity), identity)),
            index: index_entries(&node).into_iter().map(|(prop, value)| (prop, value, index_witness(&node, prop))).collect(),
            record: codec::encode(&node),
            article,
        }))
    }

    /// Prepares a relationship.
    pub(crate) fn edge(edge: Edge) -> Result<Prepared, BulkError> {
        if edge.id.0 == u64::MAX {
            return Err(BulkError::Invalid(format!("relationship id {} is out of range", edge.id)));
        }
        let identity = keys::edge_identity(edge.from, edge.rel, edge.to, discriminator(&edge));
        let identity_digest = u128::from_le_bytes(blake3::hash(&identity).as_bytes()[..16].try_into().unwrap_or_default());
        let mut articles: Vec<crate::model::NodeId> = Vec::new();
        for p in &edge.provenance {
            if !articles.contains(&p.article) {
                articles.push(p.article);
            }
        }
        Ok(Prepared::Edge(PreparedEdge {
            id: edge.id,
            rel: edge.rel,
            from: edge.from,
            to: edge.to,
            articles,
            identity,
            identity_digest,
            record: codec::encode(&edge),
        }))
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
    use crate::store::kv::MemKv;

    fn node(id: u64, label: Label, key: &str) -> Node {
        let mut props = Props::new();
        props.insert("key".into(), PropValue::Str(key.into()));
        Node { id: NodeId(id), label, props }
    }

    #[test]
    fn the_graph_is_written_whole_and_the_check_passes() {
        let kv = MemKv::new();
        let store = Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        let mut w = BulkWriter::new(&store).unwrap();
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
        let counts = w.finish(&|pairs| store.kv.replace_all(pairs)).unwrap();
        assert_eq!((counts.nodes, counts.edges), (2, 1));
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
        let mut w = BulkWriter::new(&store).unwrap();
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
        w.finish(&|pairs| store.kv.replace_all(pairs)).unwrap();
        match BulkWriter::new(&store) {
            Err(Error::Unsupported(m)) => assert!(m.contains("not empty"), "{m}"),
            _ => panic!("a database with nodes must be refused"),
        }
    }

    #[test]
    fn runs_sort_and_keep_the_newest_of_equal_keys() {
        let mut run = Run::default();
        for (k, v) in [("Pb", "1"), ("Pa", "2"), ("Pab", "3"), ("Pa", "4"), ("P", "5")] {
            run.push(k.as_bytes(), v.as_bytes());
        }
        assert!(!run.ascending);
        let got: Vec<(String, String)> = run
            .sorted()
            .map(|(k, v)| (String::from_utf8(k).unwrap(), String::from_utf8(v).unwrap()))
            .collect();
        let want = [("P", "5"), ("Pa", "4"), ("Pab", "3"), ("Pb", "1")];
        assert_eq!(got, want.map(|(k, v)| (k.to_string(), v.to_string())));
    }
}
