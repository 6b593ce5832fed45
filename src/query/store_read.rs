//! The adapter from the store to [`GraphRead`]: the only query file that
//! names the store.

use super::read::{AdjIter, EntryIter, GraphRead, IdIter};
use crate::db::Db;
use crate::error::Result;
use crate::model::{Direction, Edge, EdgeId, Label, Node, NodeId, RelType};
use crate::store;
use crate::store::idset::IdSet;
use std::sync::{Arc, OnceLock};

/// A database seen through [`GraphRead`]. Holds a clone of the `Db`, so the
/// iterators it hands out stay valid as long as a result needs them.
///
/// Made per query, which holds the readers' gate while it lives: no write
/// lands meanwhile, so a label's id set, once the database has built it,
/// is kept here and later checks skip the database's locks.
pub(crate) struct StoreRead {
    db: Db,
    label_sets: [OnceLock<Arc<IdSet>>; 32],
}

impl StoreRead {
    pub(crate) fn new(db: Db) -> StoreRead {
        StoreRead { db, label_sets: std::array::from_fn(|_| OnceLock::new()) }
    }
}

impl GraphRead for StoreRead {
    fn node(&self, id: NodeId) -> Result<Option<Node>> {
        self.db.store().node(id)
    }

    fn edge(&self, id: EdgeId) -> Result<Option<Edge>> {
        self.db.store().edge(id)
    }

    fn has_label(&self, id: NodeId, label: Label) -> Result<bool> {
        let kept = &self.label_sets[usize::from(label.code() & 31)];
        if let Some(set) = kept.get() {
            return Ok(set.contains(id.0));
        }
        let count = self.label_count(label)?;
        if let Some(set) = self.db.label_set(label, count)? {
            let contains = set.contains(id.0);
            let _ = kept.set(set);
            return Ok(contains);
        }
        self.db.store().has_label(id, label)
    }

    fn label_ids(&self, label: Label) -> IdIter {
        Box::new(self.db.store().label_ids(label))
    }

    fn all_node_ids(&self) -> IdIter {
        Box::new(self.db.store().all_node_ids())
    }

    fn prop_ids(&self, prop: &str, value: &str) -> IdIter {
        Box::new(self.db.store().prop_ids(prop, value))
    }

    fn prop_entries(&self, prop: &str, value: &str) -> EntryIter {
        Box::new(self.db.store().prop_entries_of(prop, value))
    }

    fn prop_prefix_ids(&self, prop: &str, prefix: &str) -> IdIter {
        let prefix = store::index_form(prefix);
        Box::new(self.db.store().prop_prefix_entries(prop, &prefix).map(|e| e.map(|(_, id)| id)))
    }

    fn name_match_ids(&self, key: &str) -> IdIter {
        Box::new(self.db.store().prop_ids(store::MATCH_PROP, key))
    }

    fn is_indexed(&self, prop: &str) -> bool {
        store::INDEXED_PROPS.contains(&prop)
    }

    fn neighbours(&self, node: NodeId, dir: Direction, rel: Option<RelType>) -> AdjIter {
        self.db.store().neighbours(node, dir, rel)
    }

    fn neighbours_of_types(&self, node: NodeId, dir: Direction, types: &[RelType]) -> AdjIter {
        self.db.store().neighbours_of_types(node, dir, types)
    }

    fn label_count(&self, label: Label) -> Result<u64> {
        self.db.cached_count(usize::from(label.code() & 31), || self.db.store().label_count(label))
    }

    fn rel_count(&self, rel: RelType) -> Result<u64> {
        self.db.cached_count(32 + usize::from(rel.code() & 31), || self.db.store().rel_count(rel))
    }
}
