//! The adapter from the store to [`GraphRead`]: the only query file that
//! names the store.

use super::read::{AdjIter, EntryIter, GraphRead, IdIter};
use crate::db::Db;
use crate::error::Result;
use crate::model::{Direction, Edge, EdgeId, Label, Node, NodeId, RelType};
use crate::store;

/// A database seen through [`GraphRead`]. Holds a clone of the `Db`, so the
/// iterators it hands out stay valid as long as a result needs them.
pub(crate) struct StoreRead(pub(crate) Db);

impl GraphRead for StoreRead {
    fn node(&self, id: NodeId) -> Result<Option<Node>> {
        self.0.store().node(id)
    }

    fn edge(&self, id: EdgeId) -> Result<Option<Edge>> {
        self.0.store().edge(id)
    }

    fn has_label(&self, id: NodeId, label: Label) -> Result<bool> {
        let count = self.label_count(label)?;
        if let Some(set) = self.0.label_set(label, count)? {
            return Ok(set.contains(id.0));
        }
        self.0.store().has_label(id, label)
    }

    fn label_ids(&self, label: Label) -> IdIter {
        Box::new(self.0.store().label_ids(label))
    }

    fn all_node_ids(&self) -> IdIter {
        Box::new(self.0.store().all_node_ids())
    }

    fn prop_ids(&self, prop: &str, value: &str) -> IdIter {
        Box::new(self.0.store().prop_ids(prop, value))
    }

    fn prop_entries(&self, prop: &str, value: &str) -> EntryIter {
        Box::new(self.0.store().prop_entries_of(prop, value))
    }

    fn prop_prefix_ids(&self, prop: &str, prefix: &str) -> IdIter {
        let prefix = store::index_form(prefix);
        Box::new(self.0.store().prop_prefix_entries(prop, &prefix).map(|e| e.map(|(_, id)| id)))
    }

    fn name_match_ids(&self, key: &str) -> IdIter {
        Box::new(self.0.store().prop_ids(store::MATCH_PROP, key))
    }

    fn is_indexed(&self, prop: &str) -> bool {
        store::INDEXED_PROPS.contains(&prop)
    }

    fn neighbours(&self, node: NodeId, dir: Direction, rel: Option<RelType>) -> AdjIter {
        self.0.store().neighbours(node, dir, rel)
    }

    fn neighbours_of_types(&self, node: NodeId, dir: Direction, types: &[RelType]) -> AdjIter {
        self.0.store().neighbours_of_types(node, dir, types)
    }

    fn label_count(&self, label: Label) -> Result<u64> {
        self.0.cached_count(usize::from(label.code() & 31), || self.0.store().label_count(label))
    }

    fn rel_count(&self, rel: RelType) -> Result<u64> {
        self.0.cached_count(32 + usize::from(rel.code() & 31), || self.0.store().rel_count(rel))
    }
}
