//! The read interface queries are planned and evaluated over. Evaluation
//! never names the store: [`GraphRead`] is all it sees, and
//! `store_read.rs` is the one small adapter from the store to it.

use crate::error::Result;
use crate::model::{Direction, Edge, EdgeId, Label, Node, NodeId, RelType};

/// A stream of node ids.
pub(crate) type IdIter = Box<dyn Iterator<Item = Result<NodeId>> + Send>;

/// A stream of `(relationship, its type, the node at the other end)`.
pub(crate) type AdjIter = Box<dyn Iterator<Item = Result<(EdgeId, RelType, NodeId)>> + Send>;

/// A stream of index entries: the node id, and the label and exact text
/// the entry witnesses when it holds them (see [`GraphRead::prop_entries`]).
pub(crate) type EntryIter = Box<dyn Iterator<Item = Result<(NodeId, Option<(Label, String)>)>> + Send>;

/// What a query reads. Implementations return owned iterators, so a
/// streaming result can hold them as long as it lives.
pub(crate) trait GraphRead: Send + Sync {
    /// The node with this id.
    fn node(&self, id: NodeId) -> Result<Option<Node>>;
    /// The relationship with this id.
    fn edge(&self, id: EdgeId) -> Result<Option<Edge>>;
    /// Whether node `id` has `label` (one look-up in the label index; the
    /// node's record is not read).
    fn has_label(&self, id: NodeId, label: Label) -> Result<bool>;
    /// Nodes with a label, in id order.
    fn label_ids(&self, label: Label) -> IdIter;
    /// Every node, in id order.
    fn all_node_ids(&self) -> IdIter;
    /// Nodes whose indexed property `prop` (`name`, `key`, `aliases`, `id`)
    /// equals `value` after normalisation (case, spacing): a superset of
    /// exact equality.
    fn prop_ids(&self, prop: &str, value: &str) -> IdIter;
    /// The entries [`GraphRead::prop_ids`] finds, each with its node's
    /// label and the property's exact text when the index holds them, so
    /// that an exact match needs no node record.
    fn prop_entries(&self, prop: &str, value: &str) -> EntryIter {
        Box::new(self.prop_ids(prop, value).map(|id| id.map(|id| (id, None))))
    }
    /// Nodes whose indexed property `prop` starts with `prefix` after
    /// normalisation: a superset of a case-sensitive `STARTS WITH`.
    fn prop_prefix_ids(&self, prop: &str, prefix: &str) -> IdIter;
    /// People with a name or alias under this Kazakh-aware match key.
    fn name_match_ids(&self, key: &str) -> IdIter;
    /// Whether `prop` has a value index.
    fn is_indexed(&self, prop: &str) -> bool;
    /// The relationships at a node, optionally of one type.
    fn neighbours(&self, node: NodeId, dir: Direction, rel: Option<RelType>) -> AdjIter;
    /// The relationships at a node of any of `types` (empty: any type), in
    /// no particular order of types.
    fn neighbours_of_types(&self, node: NodeId, dir: Direction, types: &[RelType]) -> AdjIter {
        match types {
            [] => self.neighbours(node, dir, None),
            [one] => self.neighbours(node, dir, Some(*one)),
            many => {
                let iters: Vec<AdjIter> = many.iter().map(|t| self.neighbours(node, dir, Some(*t))).collect();
                Box::new(iters.into_iter().flatten())
            }
        }
    }
    /// How many nodes have a label.
    fn label_count(&self, label: Label) -> Result<u64>;
    /// How many relationships have a type.
    fn rel_count(&self, rel: RelType) -> Result<u64>;
}
