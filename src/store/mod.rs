//! The graph store: facts → records in an ordered key-value store, and the
//! reads everything above needs (nodes, edges, adjacency, indexes, counts).
//! The key layout is in `keys`, record encoding in `codec`, the backends in
//! `kv`, article writes in `write`, whole-graph scans and bulk writes in
//! `bulk`, the integrity check in `check`.

pub(crate) mod bulk;
pub(crate) mod check;
pub(crate) mod codec;
pub(crate) mod idset;
pub(crate) mod keys;
pub(crate) mod kv;
pub(crate) mod paged;
pub(crate) mod write;

use crate::error::{Error, Result};
use crate::extract::ArticleFacts;
use crate::model::{Direction, Edge, EdgeId, Label, Node, NodeId, PropValue, RelType};
use kv::{KeyScan, KvIter, KvStore};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// Node properties that have a value index.
pub(crate) const INDEXED_PROPS: &[&str] = &["name", "key", "aliases", "id", "level", "kind"];

/// Indexed properties added after format version 1 was fixed: short
/// categorical values (a branch's `level`, an event's or organisation's
/// `kind`). A database written before them has no such entries; they are
/// derived on open (see [`Store::refresh_added_index_props`]), the way the
/// name-match keys are, and `M index_props` records which version of this
/// list the database's entries follow.
pub(crate) const ADDED_INDEX_PROPS: &[&str] = &["level", "kind"];

/// The version of [`ADDED_INDEX_PROPS`] this build writes (0: none).
pub(crate) const INDEX_PROPS_VERSION: u64 = 1;

/// The version of the index entries' values this build writes (see
/// [`WITNESS`]; 0: entries hold nothing). A database written before has
/// its entries rewritten on open, and `M index_witness` records it.
pub(crate) const INDEX_WITNESS_VERSION: u64 = 1;

/// The property index holding Kazakh-aware match keys of person names.
pub(crate) const MATCH_PROP: &str = "~name";

/// What the store keeps for each article beyond its node.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct ArticleRecord {
    pub(crate) text: String,
    pub(crate) facts: ArticleFacts,
}

/// The format version of a database this build creates: logical pairs
/// packed into pages (`paged`).
pub(crate) const FORMAT_VERSION: u8 = 2;

/// The first format: one backend key per logical pair. Still read and
/// written, in its own layout.
pub(crate) const FLAT_FORMAT_VERSION: u8 = 1;

/// The logical key-value view of a backend, and the format version its
/// layout is: a format-1 database has its `M format` marker as a backend
/// key of its own; a paged database has only page keys; an empty backend
/// becomes a paged database.
fn logical_view(backend: Box<dyn KvStore>, path: &Path) -> Result<(Box<dyn KvStore>, u8)> {
    if backend.get(&keys::meta("format"))?.is_some() {
        return Ok((backend, FLAT_FORMAT_VERSION));
    }
    let holds_pages = paged::PagedKv::holds_pages(backend.as_ref())?;
    if !holds_pages && backend.scan_from(&[]).next().transpose()?.is_some() {
        return Err(Error::NotADatabase {
            path: path.to_path_buf(),
            reason: "it holds data but no shezhire format marker".into(),
        });
    }
    Ok((Box::new(paged::PagedKv::new(backend)), FORMAT_VERSION))
}

/// The graph on a key-value backend.
pub(crate) struct Store {
    pub(crate) kv: Box<dyn KvStore>,
    pub(crate) path: PathBuf,
}

fn adjacency_tag(dir: Direction) -> u8 {
    match dir {
        Direction::Incoming => keys::IN,
        _ => keys::OUT,
    }
}

/// One node's adjacency keys in one direction, decoded a batch at a time
/// from keys the scan lends: a copy of each key was most of the cost of
/// following a relationship.
struct Adjacency {
    scan: Box<dyn KeyScan>,
    /// Tag and node, and the type when there is one.
    prefix: Vec<u8>,
    /// The type codes wanted, when several (the scan runs from the lowest
    /// and stops past the highest).
    types: Option<Vec<u8>>,
    batch: Vec<(EdgeId, RelType, NodeId)>,
    at: usize,
    more: bool,
}

impl Adjacency {
    /// Relationships decoded per batch: enough to pay for a batch's set-up,
    /// few enough that a query wanting one reads little more.
    const BATCH: usize = 64;

    fn new(scan: Box<dyn KeyScan>, prefix: Vec<u8>, types: Option<Vec<u8>>) -> Adjacency {
        Adjacency { scan, prefix, types, batch: Vec::new(), at: 0, more: true }
    }

    fn refill(&mut self) -> Result<()> {
        self.batch.clear();
        self.at = 0;
        let (prefix, types, batch) = (&self.prefix, &self.types, &mut self.batch);
        let (mut ended, mut corrupt) = (false, false);
        let more = self.scan.visit(&mut |key| {
            // A key refused here is offered again by the next batch.
            if batch.len() == Self::BATCH {
                return false;
            }
            if !key.starts_with(prefix) {
                ended = true;
                return false;
            }
            if let Some(wanted) = types {
                let code = key.get(prefix.len()).copied().unwrap_or(u8::MAX);
                if wanted.iter().all(|w| code > *w) {
                    ended = true;
                    return false;
                }
                if !wanted.contains(&code) {
                    return true;
                }
            }
            match keys::parse_adjacency(key) {
                Some((_, rel, far, edge)) => batch.push((edge, rel, far)),
                None => {
                    corrupt = true;
                    return false;
                }
            }
            true
        });
        self.more = matches!(more, Ok(true)) && !ended && !corrupt;
        more?;
        if corrupt {
            return Err(Error::Corrupt { what: "adjacency key".into() });
        }
        Ok(())
    }
}

impl Iterator for Adjacency {
    type Item = Result<(EdgeId, RelType, NodeId)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.at == self.batch.len() {
            if !self.more {
                return None;
            }
            if let Err(e) = self.refill() {
                return Some(Err(e));
            }
        }
        let item = self.batch.get(self.at).copied()?;
        self.at += 1;
        Some(Ok(item))
    }
}

/// The form of a text in the value index: NFC, lower case, single spaces, no
/// space after an initial's full stop.
pub(crate) fn index_form(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.nfc().flat_map(char::to_lowercase) {
        if ch.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space && !out.ends_with('.') {
            out.push(' ');
        }
        pending_space = false;
        if !ch.is_control() {
            out.push(ch);
        }
    }
    out
}

impl Store {
    /// The key tags a prewarm holds in memory, most useful first: node
    /// records and the value index (look-ups), labels, adjacency
    /// (traversals), identities, relationship records. Article texts and
    /// facts, and relationship identities, stay on disk.
    const PREWARM_ORDER: [u8; 7] =
        [keys::NODE, keys::PROP, keys::LABEL, keys::OUT, keys::IN, keys::IDENTITY, keys::EDGE];

    /// Holds the pages of [`Store::PREWARM_ORDER`] in memory as far as they
    /// fit in `budget` bytes; returns the bytes held.
    pub(crate) fn prewarm(&self, budget: usize) -> Result<usize> {
        self.kv.prewarm(&Self::PREWARM_ORDER, budget)
    }

    /// Opens (creating if needed) a store on the backend `backend`, checking
    /// the format version. A new database is paged (format 2); a format-1
    /// database keeps its one-pair-per-key layout and is read and written
    /// as it is.
    pub(crate) fn new(backend: Box<dyn KvStore>, path: PathBuf) -> Result<Store> {
        let (kv, layout) = logical_view(backend, &path)?;
        let store = Store { kv, path };
        match store.kv.get(&keys::meta("format"))? {
            Some(bytes) => {
                let found = codec::decode_u64(&bytes, "the format version").map_err(|_| Error::NotADatabase {
                    path: store.path.clone(),
                    reason: "its format marker is unreadable".into(),
                })?;
                if found != u64::from(layout) {
                    return Err(Error::FormatVersion {
                        path: store.path.clone(),
                        found: u32::try_from(found).unwrap_or(u32::MAX),
                        expected: u32::from(FORMAT_VERSION),
                    });
                }
            }
            None => {
                if store.kv.scan_from(&[]).next().is_some() {
                    return Err(Error::NotADatabase {
                        path: store.path.clone(),
                        reason: "it holds data but no shezhire format marker".into(),
                    });
                }
                let mut batch = kv::WriteBatch::default();
                batch.put(keys::meta("format"), codec::encode_u64(u64::from(layout)));
                batch.put(keys::meta("created_by"), format!("shezhire {}", env!("CARGO_PKG_VERSION")).into_bytes());
                batch.put(keys::meta("name_keys"), codec::encode_u64(u64::from(crate::extract::NAME_KEYS_VERSION)));
                batch.put(keys::meta("index_props"), codec::encode_u64(INDEX_PROPS_VERSION));
                batch.put(keys::meta("index_witness"), codec::encode_u64(INDEX_WITNESS_VERSION));
                store.kv.apply(batch)?;
                store.kv.flush()?;
            }
        }
        store.refresh_name_keys()?;
        store.refresh_added_index_props()?;
        store.refresh_index_witnesses()?;
        Ok(store)
    }

    /// Entries written before [`WITNESS`]es existed hold nothing: queries
    /// read the node records instead, which is right but slower, so the
    /// entries are rewritten once from the records.
    fn refresh_index_witnesses(&self) -> Result<()> {
        self.rebuild_derived_entries("index_witness", INDEX_WITNESS_VERSION, INDEXED_PROPS, prop_entries, bulk::scan_nodes(self))
    }

    /// Index entries of [`ADDED_INDEX_PROPS`] are written by every build
    /// that knows them; a database from an earlier build has none (and its
    /// `M index_props` marker is missing), so they are derived from the
    /// node records.
    fn refresh_added_index_props(&self) -> Result<()> {
        self.rebuild_derived_entries("index_props", INDEX_PROPS_VERSION, ADDED_INDEX_PROPS, prop_entries, bulk::scan_nodes(self))
    }

    /// The name-match index is derived from the language module's keys;
    /// when they changed since the database was written, it is rebuilt from
    /// the people's records.
    fn refresh_name_keys(&self) -> Result<()> {
        let people = self.label_ids(Label::Person).filter_map(|id| id.and_then(|id| self.node(id)).transpose());
        self.rebuild_derived_entries("name_keys", u64::from(crate::extract::NAME_KEYS_VERSION), &[MATCH_PROP], index_entries, people)
    }

    /// Rebuilds the index entries of `props` from `nodes` (their entries as
    /// `entries` gives them) unless the `M marker` meta says version `want`
    /// wrote them. In chunks, with the marker written last: an interrupted
    /// rebuild is simply redone at the next open.
    fn rebuild_derived_entries(
        &self,
        marker: &str,
        want: u64,
        props: &[&str],
        entries: fn(&Node) -> Vec<(&'static str, String)>,
        nodes: impl Iterator<Item = Result<Node>>,
    ) -> Result<()> {
        let have = match self.kv.get(&keys::meta(marker))? {
            Some(b) => codec::decode_u64(&b, marker)?,
            None => 0,
        };
        if have == want {
            return Ok(());
        }
        const CHUNK: usize = 50_000;
        let mut batch = kv::WriteBatch::default();
        let apply_when_full = |batch: &mut kv::WriteBatch| -> Result<()> {
            if batch.len() >= CHUNK {
                self.kv.apply(std::mem::take(batch))?;
            }
            Ok(())
        };
        for prop in props {
            for item in self.kv.scan_prefix(&keys::prop_prefix(prop)) {
                batch.delete(item?.0);
                apply_when_full(&mut batch)?;
            }
        }
        for node in nodes {
            let node = node?;
            for (prop, value) in entries(&node) {
                if props.contains(&prop) {
                    batch.put(keys::prop(prop, &value, node.id), index_witness(&node, prop));
                }
            }
            apply_when_full(&mut batch)?;
        }
        batch.put(keys::meta(marker), codec::encode_u64(want));
        self.kv.apply(batch)?;
        self.kv.flush()
    }

    pub(crate) fn node(&self, id: NodeId) -> Result<Option<Node>> {
        match self.kv.get(&keys::node(id))? {
            Some(bytes) => codec::decode(&bytes, format_args!("node {id}")).map(Some),
            None => Ok(None),
        }
    }

    pub(crate) fn edge(&self, id: EdgeId) -> Result<Option<Edge>> {
        match self.kv.get(&keys::edge(id))? {
            Some(bytes) => codec::decode(&bytes, format_args!("relationship {id}")).map(Some),
            None => Ok(None),
        }
    }

    /// Whether node `id` has `label`: a point look-up in the label index.
    pub(crate) fn has_label(&self, id: NodeId, label: Label) -> Result<bool> {
        Ok(self.kv.get(&keys::label(label, id))?.is_some())
    }

    /// Node ids with a label, in id order.
    pub(crate) fn label_ids(&self, label: Label) -> impl Iterator<Item = Result<NodeId>> + Send {
        ids_of(self.kv.scan_prefix(&keys::label_prefix(label)))
    }

    /// Every node id, in id order.
    pub(crate) fn all_node_ids(&self) -> impl Iterator<Item = Result<NodeId>> + Send {
        self.kv.scan_prefix(&[keys::NODE]).map(|item| {
            let (k, _) = item?;
            keys::id_after_tag(&k).map(NodeId).ok_or_else(|| Error::Corrupt { what: "node key".into() })
        })
    }

    /// Every edge id, in id order.
    pub(crate) fn all_edge_ids(&self) -> impl Iterator<Item = Result<EdgeId>> + Send {
        self.kv.scan_prefix(&[keys::EDGE]).map(|item| {
            let (k, _) = item?;
            keys::id_after_tag(&k).map(EdgeId).ok_or_else(|| Error::Corrupt { what: "edge key".into() })
        })
    }

    /// Node ids whose indexed property `prop` equals `value` (compared in
    /// [`index_form`]).
    pub(crate) fn prop_ids(&self, prop: &str, value: &str) -> impl Iterator<Item = Result<NodeId>> + Send {
        ids_of(self.kv.scan_prefix(&keys::prop_value_prefix(prop, &index_form(value))))
    }

    /// [`Store::prop_ids`] with what each entry witnesses (see [`WITNESS`]).
    pub(crate) fn prop_entries_of(
        &self,
        prop: &str,
        value: &str,
    ) -> impl Iterator<Item = Result<(NodeId, Option<(Label, String)>)>> + Send {
        self.kv.scan_prefix(&keys::prop_value_prefix(prop, &index_form(value))).map(|item| {
            let (k, v) = item?;
            let id = keys::trailing_id(&k).ok_or_else(|| Error::Corrupt { what: "index key".into() })?;
            Ok((id, read_witness(&v).map(|(label, text)| (label, text.to_string()))))
        })
    }

    /// `(value, id)` of index entries whose normalised value starts with
    /// `prefix` (already in index form).
    pub(crate) fn prop_prefix_entries(
        &self,
        prop: &str,
        prefix: &str,
    ) -> impl Iterator<Item = Result<(String, NodeId)>> + Send {
        let mut start = keys::prop_prefix(prop);
        start.extend_from_slice(prefix.as_bytes());
        let prop = prop.to_string();
        self.kv.scan_prefix(&start).map(move |item| {
            let (k, _) = item?;
            let value = keys::prop_key_value(&prop, &k).map(str::to_string);
            match (value, keys::trailing_id(&k)) {
                (Some(v), Some(id)) => Ok((v, id)),
                _ => Err(Error::Corrupt { what: format!("index key of `{prop}`") }),
            }
        })
    }

    /// The relationships at `node` in one direction (not `Both`), optionally
    /// of one type: `(edge, type, other end)` without reading edge records.
    pub(crate) fn adjacent(
        &self,
        node: NodeId,
        dir: Direction,
        rel: Option<RelType>,
    ) -> impl Iterator<Item = Result<(EdgeId, RelType, NodeId)>> + Send {
        let prefix = keys::adjacency_prefix(adjacency_tag(dir), node, rel);
        Adjacency::new(self.kv.scan_keys_from(&prefix), prefix, None)
    }

    /// The relationships at `node` in one direction (not `Both`) whose type
    /// is one of `types`: one range scan from the lowest type
    /// code to the highest, skipping the others, instead of a scan per type
    /// (a scan's set-up costs as much as reading several keys, and a path
    /// search reads the adjacency of thousands of nodes).
    pub(crate) fn adjacent_types(
        &self,
        node: NodeId,
        dir: Direction,
        types: &[RelType],
    ) -> impl Iterator<Item = Result<(EdgeId, RelType, NodeId)>> + Send {
        let wanted: Vec<u8> = types.iter().map(|t| t.code()).collect();
        let low = wanted.iter().copied().min().unwrap_or(0);
        let prefix = keys::adjacency_prefix(adjacency_tag(dir), node, None);
        let mut start = prefix.clone();
        start.push(low);
        Adjacency::new(self.kv.scan_keys_from(&start), prefix, Some(wanted))
    }

    /// Like [`Store::adjacent_types`], and `Both` gives outgoing then incoming.
    pub(crate) fn neighbours_of_types(
        &self,
        node: NodeId,
        dir: Direction,
        types: &[RelType],
    ) -> Box<dyn Iterator<Item = Result<(EdgeId, RelType, NodeId)>> + Send> {
        // No type or one: the prefix scan of `neighbours` is exact.
        match types {
            [] => return self.neighbours(node, dir, None),
            [one] => return self.neighbours(node, dir, Some(*one)),
            _ => {}
        }
        match dir {
            Direction::Both => Box::new(
                self.adjacent_types(node, Direction::Outgoing, types)
                    .chain(self.adjacent_types(node, Direction::Incoming, types)),
            ),
            d => Box::new(self.adjacent_types(node, d, types)),
        }
    }

    /// Like [`Store::adjacent`], and `Both` gives outgoing then incoming.
    pub(crate) fn neighbours(
        &self,
        node: NodeId,
        dir: Direction,
        rel: Option<RelType>,
    ) -> Box<dyn Iterator<Item = Result<(EdgeId, RelType, NodeId)>> + Send> {
        match dir {
            Direction::Both => Box::new(
                self.adjacent(node, Direction::Outgoing, rel).chain(self.adjacent(node, Direction::Incoming, rel)),
            ),
            d => Box::new(self.adjacent(node, d, rel)),
        }
    }

    pub(crate) fn label_count(&self, label: Label) -> Result<u64> {
        self.counter(&keys::label_count(label))
    }

    pub(crate) fn rel_count(&self, rel: RelType) -> Result<u64> {
        self.counter(&keys::rel_count(rel))
    }

    fn counter(&self, key: &[u8]) -> Result<u64> {
        match self.kv.get(key)? {
            Some(b) => codec::decode_u64(&b, "a counter"),
            None => Ok(0),
        }
    }

    pub(crate) fn article_record(&self, article: NodeId) -> Result<Option<ArticleRecord>> {
        match self.kv.get(&keys::article_facts(article))? {
            Some(bytes) => codec::decode(&bytes, format_args!("article record {article}")).map(Some),
            None => Ok(None),
        }
    }

    pub(crate) fn article_by_hash(&self, hash: &[u8; 32]) -> Result<Option<NodeId>> {
        match self.kv.get(&keys::article_hash(hash))? {
            Some(b) => codec::decode_u64(&b, "an article registry entry").map(|id| Some(NodeId(id))),
            None => Ok(None),
        }
    }

    /// The node ids of a label whose `key` (or, for people, whose name)
    /// identifies them, as the writer merges them.
    pub(crate) fn identity(&self, label: Label, identity: &str) -> Result<Option<NodeId>> {
        match self.kv.get(&keys::identity(label, identity))? {
            Some(b) => codec::decode_u64(&b, "an identity entry").map(|id| Some(NodeId(id))),
            None => Ok(None),
        }
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }
}

/// What a property-index entry of a text property holds: [`WITNESS`], the
/// node's label, and the property's exact text. Why: an equality look-up
/// (`{name: $x}`) can then be answered from the index page alone, without
/// reading the node's record from another page. Entries of list properties
/// and of `~name` keys hold nothing; so do entries written before witnesses
/// existed, and readers then read the record.
pub(crate) const WITNESS: u8 = 1;

/// The value of the index entry `(prop, its index form)` of `node`.
pub(crate) fn index_witness(node: &Node, prop: &str) -> Vec<u8> {
    match node.props.get(prop) {
        Some(PropValue::Str(s)) if prop != MATCH_PROP => {
            let mut w = Vec::with_capacity(s.len() + 2);
            w.push(WITNESS);
            w.push(node.label.code());
            w.extend_from_slice(s.as_bytes());
            w
        }
        _ => Vec::new(),
    }
}

/// The label and exact text an index entry's value witnesses, if it does.
pub(crate) fn read_witness(value: &[u8]) -> Option<(Label, &str)> {
    match value {
        [WITNESS, label, text @ ..] => Some((Label::from_code(*label)?, std::str::from_utf8(text).ok()?)),
        _ => None,
    }
}

fn ids_of(iter: KvIter) -> impl Iterator<Item = Result<NodeId>> + Send {
    iter.map(|item| {
        let (k, _) = item?;
        keys::trailing_id(&k).ok_or_else(|| Error::Corrupt { what: "index key".into() })
    })
}

/// The property-index entries of `node` alone (no `~name` keys): its
/// indexed properties in index form.
pub(crate) fn prop_entries(node: &Node) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for prop in INDEXED_PROPS {
        match node.props.get(*prop) {
            Some(PropValue::Str(s)) => out.push((*prop, index_form(s))),
            Some(PropValue::List(items)) => out.extend(items.iter().map(|s| (*prop, index_form(s)))),
            _ => {}
        }
    }
    out
}

/// Index entries a node has: `(prop, normalised value)`.
pub(crate) fn index_entries(node: &Node) -> Vec<(&'static str, String)> {
    let mut out = prop_entries(node);
    if node.label == Label::Person {
        let mut names: Vec<&str> = node.str_prop("name").into_iter().collect();
        if let Some(PropValue::List(aliases)) = node.props.get("aliases") {
            names.extend(aliases.iter().map(String::as_str));
        }
        for name in names {
            for key in crate::extract::name_index_keys(name) {
                out.push((MATCH_PROP, key));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_form_folds_case_spaces_and_initials() {
        assert_eq!(index_form("Д. Бейсенқұлов"), "д.бейсенқұлов");
        assert_eq!(index_form("  Қуат   БАЙҒОДЖАЕВ "), "қуат байғоджаев");
        // Decomposed й (и + combining breve) becomes the composed letter.
        assert_eq!(index_form("Базартаи\u{306}"), "базартай");
    }

    #[test]
    fn a_new_store_is_marked_and_a_foreign_version_is_refused() {
        let kv = kv::MemKv::new();
        Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        assert!(paged::PagedKv::holds_pages(&kv).unwrap(), "a new store is paged");
        assert_eq!(view(&kv).get(&keys::meta("format")).unwrap(), Some(codec::encode_u64(2)));
        view(&kv).put(&keys::meta("format"), &codec::encode_u64(99)).unwrap();
        match Store::new(Box::new(kv.clone()), "mem".into()) {
            Err(Error::FormatVersion { found: 99, expected, .. }) => assert_eq!(expected, 2),
            other => panic!("expected a version error, got {:?}", other.err()),
        }
    }

    #[test]
    fn a_database_on_disk_with_another_format_marker_is_refused_by_name_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        drop(crate::Db::open(&path).unwrap());
        let set_marker = |bytes: &[u8]| {
            let kv = kv::SledKv::open(&path).unwrap();
            kv.put(&keys::meta("format"), bytes).unwrap();
            kv.flush().unwrap();
        };

        set_marker(&codec::encode_u64(99));
        let err = crate::Db::open(&path).err().expect("a version 99 database must be refused");
        match &err {
            Error::FormatVersion { path: p, found: 99, expected } => {
                assert_eq!(p, &path);
                assert_eq!(*expected, u32::from(FORMAT_VERSION));
            }
            other => panic!("expected a format version error, got {other}"),
        }
        let message = err.to_string();
        assert!(message.contains(&format!("database {} has format version 99", path.display())), "{message}");
        assert!(message.contains(&format!("reads versions 1 to {FORMAT_VERSION}")), "{message}");
        // Refusing it wrote nothing: the marker still says 99.
        assert_eq!(
            kv::SledKv::open(&path).unwrap().get(&keys::meta("format")).unwrap(),
            Some(codec::encode_u64(99))
        );

        set_marker(b"v1?");
        match crate::Db::open(&path) {
            Err(Error::NotADatabase { reason, .. }) => assert!(reason.contains("format marker"), "{reason}"),
            other => panic!("expected NotADatabase for an unreadable marker, got {:?}", other.err()),
        }

        // Without the foreign marker the paged database is itself again.
        kv::SledKv::open(&path).unwrap().delete(&keys::meta("format")).unwrap();
        assert!(crate::Db::open(&path).unwrap().check().unwrap().is_ok());
    }

    #[test]
    fn stale_name_keys_are_rebuilt_on_open() {
        let kv = kv::MemKv::new();
        let store = Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        let mut txn = write::Txn::new(&store).unwrap();
        let mut props = crate::model::Props::new();
        props.insert("name".into(), PropValue::Str("Қуат Байғоджаев".into()));
        let id = txn.create_node(Label::Person, props).unwrap();
        store.kv.apply(txn.into_batch()).unwrap();
        // Pretend an older build wrote other keys.
        let stale = keys::prop(MATCH_PROP, "old-key", id);
        view(&kv).put(&stale, b"").unwrap();
        view(&kv).put(&keys::meta("name_keys"), &codec::encode_u64(0)).unwrap();
        let store = Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        assert!(view(&kv).get(&stale).unwrap().is_none());
        let found: Vec<NodeId> = store.prop_ids(MATCH_PROP, "s:baigojaev").collect::<Result<_>>().unwrap();
        assert_eq!(found, vec![id]);
        assert!(check::check(&store).unwrap().is_ok());
    }

    fn categorical_nodes() -> Vec<(Label, crate::model::Props)> {
        let props = |pairs: &[(&str, &str)]| -> crate::model::Props {
            pairs.iter().map(|(k, v)| (k.to_string(), PropValue::Str(v.to_string()))).collect()
        };
        vec![
            (Label::Branch, props(&[("key", "AMANAT/oblast/Атырау"), ("level", "oblast")])),
            (Label::Branch, props(&[("key", "AMANAT/district/Жылыой"), ("level", "district")])),
            (Label::Event, props(&[("key", "conference@AMANAT/oblast/Атырау"), ("kind", "conference")])),
        ]
    }

    fn has_entry(kv: &kv::MemKv, prop: &str, value: &str, id: NodeId) -> bool {
        view(kv).get(&keys::prop(prop, value, id)).unwrap().is_some()
    }

    #[test]
    fn level_and_kind_are_indexed_by_ingest_and_by_import() {
        // Ingest's path: a transaction.
        let kv = kv::MemKv::new();
        let store = Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        let mut txn = write::Txn::new(&store).unwrap();
        let ids: Vec<NodeId> =
            categorical_nodes().into_iter().map(|(label, props)| txn.create_node(label, props).unwrap()).collect();
        store.kv.apply(txn.into_batch()).unwrap();
        assert!(has_entry(&kv, "level", "oblast", ids[0]));
        assert!(has_entry(&kv, "level", "district", ids[1]));
        assert!(has_entry(&kv, "kind", "conference", ids[2]));
        let found: Vec<NodeId> = store.prop_ids("level", "Oblast").collect::<Result<_>>().unwrap();
        assert_eq!(found, vec![ids[0]]);
        assert!(check::check(&store).unwrap().is_ok());

        // Import's path: the bulk writer.
        let kv = kv::MemKv::new();
        let store = Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        let mut w = bulk::BulkWriter::new(&store).unwrap();
        for (i, (label, props)) in categorical_nodes().into_iter().enumerate() {
            w.node(Node { id: NodeId(10 + i as u64), label, props }, None).unwrap();
        }
        w.finish(&|pairs| store.kv.replace_all(pairs)).unwrap();
        assert!(has_entry(&kv, "level", "oblast", NodeId(10)));
        assert!(has_entry(&kv, "level", "district", NodeId(11)));
        assert!(has_entry(&kv, "kind", "conference", NodeId(12)));
        let report = check::check(&store).unwrap();
        assert!(report.is_ok(), "{:?}", report.problems);
    }

    #[test]
    fn a_database_without_level_and_kind_entries_gets_them_on_open() {
        let kv = kv::MemKv::new();
        let store = Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        let mut txn = write::Txn::new(&store).unwrap();
        let ids: Vec<NodeId> =
            categorical_nodes().into_iter().map(|(label, props)| txn.create_node(label, props).unwrap()).collect();
        store.kv.apply(txn.into_batch()).unwrap();
        // What an earlier build wrote: no such entries and no marker (and,
        // to see that a rebuild starts clean, one stale entry).
        for prop in ADDED_INDEX_PROPS {
            for item in view(&kv).scan_prefix(&keys::prop_prefix(prop)) {
                view(&kv).delete(&item.unwrap().0).unwrap();
            }
        }
        view(&kv).delete(&keys::meta("index_props")).unwrap();
        let stale = keys::prop("kind", "rally", ids[0]);
        view(&kv).put(&stale, b"").unwrap();
        assert!(!has_entry(&kv, "level", "oblast", ids[0]));
        let unopened = Store { kv: Box::new(view(&kv)), path: "mem".into() };
        assert!(!check::check(&unopened).unwrap().is_ok(), "the check sees the missing entries");

        let store = Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        assert!(has_entry(&kv, "level", "oblast", ids[0]));
        assert!(has_entry(&kv, "level", "district", ids[1]));
        assert!(has_entry(&kv, "kind", "conference", ids[2]));
        assert!(view(&kv).get(&stale).unwrap().is_none());
        assert_eq!(view(&kv).get(&keys::meta("index_props")).unwrap(), Some(codec::encode_u64(INDEX_PROPS_VERSION)));
        let report = check::check(&store).unwrap();
        assert!(report.is_ok(), "{:?}", report.problems);
    }

    #[test]
    fn index_entries_witness_label_and_exact_text_and_old_entries_gain_them_on_open() {
        let kv = kv::MemKv::new();
        let store = Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        let mut txn = write::Txn::new(&store).unwrap();
        let person = |name: &str| {
            let mut props = crate::model::Props::new();
            props.insert("name".into(), PropValue::Str(name.into()));
            props
        };
        let a = txn.create_node(Label::Person, person("Қуат Байғоджаев")).unwrap();
        let b = txn.create_node(Label::Person, person("ҚУАТ  БАЙҒОДЖАЕВ")).unwrap();
        store.kv.apply(txn.into_batch()).unwrap();
        let entries = |store: &Store| -> Vec<(NodeId, Option<(Label, String)>)> {
            store.prop_entries_of("name", "қуат байғоджаев").collect::<Result<_>>().unwrap()
        };
        let witnessed = vec![
            (a, Some((Label::Person, "Қуат Байғоджаев".to_string()))),
            (b, Some((Label::Person, "ҚУАТ  БАЙҒОДЖАЕВ".to_string()))),
        ];
        assert_eq!(entries(&store), witnessed);

        // What a build before witnesses wrote: empty entries, no marker.
        for id in [a, b] {
            view(&kv).put(&keys::prop("name", "қуат байғоджаев", id), b"").unwrap();
        }
        view(&kv).delete(&keys::meta("index_witness")).unwrap();
        let unopened = Store { kv: Box::new(view(&kv)), path: "mem".into() };
        assert_eq!(entries(&unopened), vec![(a, None), (b, None)]);
        assert!(check::check(&unopened).unwrap().is_ok(), "an entry that witnesses nothing is not wrong");
        // A witness that lies is.
        view(&kv).put(&keys::prop("name", "қуат байғоджаев", a), &[&[WITNESS, Label::Branch.code()][..], "Қуат Байғоджаев".as_bytes()].concat()).unwrap();
        let unopened = Store { kv: Box::new(view(&kv)), path: "mem".into() };
        assert!(!check::check(&unopened).unwrap().is_ok(), "the check sees a stale witness");

        let store = Store::new(Box::new(kv.clone()), "mem".into()).unwrap();
        assert_eq!(entries(&store), witnessed);
        assert_eq!(view(&kv).get(&keys::meta("index_witness")).unwrap(), Some(codec::encode_u64(INDEX_WITNESS_VERSION)));
        assert!(check::check(&store).unwrap().is_ok());
    }

    /// A fresh logical view of a paged backend (its own, empty page cache).
    fn view(kv: &kv::MemKv) -> paged::PagedKv {
        paged::PagedKv::new(Box::new(kv.clone()))
    }

    #[test]
    fn adjacency_read_in_batches_gives_every_relationship_once_across_pages() {
        // Node 7 has 300 relationships of three types; nodes 6 and 8 hold
        // keys on either side; node 9 has a key of the wrong length.
        let types = [RelType::Holds, RelType::Of, RelType::PartOf];
        let mut batch = kv::WriteBatch::default();
        let mut expected: Vec<(EdgeId, RelType, NodeId)> = Vec::new();
        for near in [6, 7, 8] {
            let count = if near == 7 { 300 } else { 5 };
            for i in 0..count {
                let rel = types[i as usize % 3];
                let (far, edge) = (NodeId(1000 + i), EdgeId(near * 10_000 + i));
                batch.put(keys::adjacency(keys::OUT, NodeId(near), rel, far, edge), Vec::new());
                if near == 7 {
                    expected.push((edge, rel, far));
                }
            }
        }
        let mut broken = keys::adjacency_prefix(keys::OUT, NodeId(9), Some(RelType::Of));
        broken.push(1);
        batch.put(broken, Vec::new());
        // Key order: by type, then far node.
        expected.sort_by_key(|(e, r, f)| (r.code(), *f, *e));
        // Pages of about 200 bytes: node 7's keys span many of them.
        let paged = paged::PagedKv::with_sizes(Box::new(kv::MemKv::new()), 200, 4096);
        paged.apply(batch.clone()).unwrap();
        let plain = kv::MemKv::new();
        plain.apply(batch).unwrap();
        for (name, kv) in [("paged", Box::new(paged) as Box<dyn KvStore>), ("plain", Box::new(plain) as Box<dyn KvStore>)] {
            let store = Store { kv, path: "mem".into() };
            let all: Vec<_> = store.adjacent(NodeId(7), Direction::Outgoing, None).map(|r| r.unwrap()).collect();
            assert_eq!(all, expected, "{name}");
            for rel in types {
                let one: Vec<_> = store.adjacent(NodeId(7), Direction::Outgoing, Some(rel)).map(|r| r.unwrap()).collect();
                assert_eq!(one, expected.iter().filter(|x| x.1 == rel).copied().collect::<Vec<_>>(), "{name} {rel:?}");
            }
            let two: Vec<_> =
                store.adjacent_types(NodeId(7), Direction::Outgoing, &[RelType::PartOf, RelType::Holds]).map(|r| r.unwrap()).collect();
            let want: Vec<_> = expected.iter().filter(|x| x.1 != RelType::Of).copied().collect();
            assert_eq!(two, want, "{name}");
            assert_eq!(store.adjacent(NodeId(7), Direction::Incoming, None).count(), 0, "{name}");
            // A key that does not decode is an error, not a stop or a panic.
            let read: Vec<_> = store.adjacent(NodeId(9), Direction::Outgoing, None).collect();
            assert!(matches!(read.as_slice(), [Err(Error::Corrupt { .. })]), "{name}: {read:?}");
        }
    }

    #[test]
    fn data_without_a_marker_is_not_a_database() {
        let kv = kv::MemKv::new();
        kv.put(b"zzz", b"1").unwrap();
        assert!(matches!(Store::new(Box::new(kv), "mem".into()), Err(Error::NotADatabase { .. })));
    }
}
