//! Choosing a subgraph: the [`Selection`] kinds, the [`Subgraph`] they
//! produce (a `petgraph::Graph<Node, Edge>` plus what was left out), and
//! `Db::subgraph`, which walks the store to build one.

use super::collect;
use crate::db::Db;
use crate::error::{Error, Result};
use crate::model::{Direction, Edge, EdgeId, Label, Node, NodeId, PropValue, RelType};
use crate::query::Value;
use crate::store::Store;
use petgraph::graph::{Graph, NodeIndex};
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::fmt;

/// Which part of the graph to export.
#[derive(Clone, Debug, PartialEq)]
pub enum Selection {
    /// Every node and relationship.
    Whole,
    /// The neighbourhood of an entity.
    Around {
        /// A person's name (matched the Kazakh-aware way first), else a
        /// branch or organisation key, a name, an alias or an article id.
        name: String,
        /// How many relationships away from the entity to go.
        depth: u32,
        /// Follow only these relationship types (all when `None`).
        rels: Option<Vec<RelType>>,
        /// Keep only nodes with these labels (all when `None`): the walk goes
        /// through these labels only, so what it keeps stays connected. The
        /// entity itself is always kept.
        labels: Option<Vec<Label>>,
        /// Stop at this many nodes; the subgraph then says how many it left out.
        max_nodes: Option<usize>,
    },
    /// Everything one article states (an article id, a unique prefix of 6 or
    /// more digits, its source or its file stem).
    Article(String),
    /// The party, its branches by `PART_OF`, and each branch's current chairmen.
    Branches,
    /// Every node, relationship and path in query result rows (inside lists
    /// and maps too). A relationship's end nodes come along even when the
    /// rows do not name them, so that the graph is whole.
    FromValues(Vec<Vec<Value>>),
    /// The rows of a query, as [`Selection::FromValues`].
    Query(String),
}

/// A cut made by `max_nodes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Truncation {
    /// The cap that was given.
    pub max_nodes: usize,
    /// Nodes within reach that the cap left out.
    pub left_out: usize,
}

impl fmt::Display for Truncation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the subgraph was cut at --max-nodes {}: {} more node{} within reach {} left out \
             (raise --max-nodes, lower --depth, or filter with --rel/--label)",
            self.max_nodes,
            self.left_out,
            if self.left_out == 1 { "" } else { "s" },
            if self.left_out == 1 { "was" } else { "were" },
        )
    }
}

/// A chosen part of the graph: nodes in id order, relationships in id order,
/// held as a petgraph graph so that petgraph's algorithms run on it.
#[derive(Clone, Debug, Default)]
pub struct Subgraph {
    graph: Graph<Node, Edge>,
    index: HashMap<NodeId, NodeIndex>,
    truncation: Option<Truncation>,
}

impl Subgraph {
    /// A subgraph of these nodes and relationships. Relationships whose ends
    /// are not among the nodes are dropped.
    pub fn from_parts(nodes: impl IntoIterator<Item = Node>, edges: impl IntoIterator<Item = Edge>) -> Subgraph {
        let nodes: BTreeMap<NodeId, Node> = nodes.into_iter().map(|n| (n.id, n)).collect();
        let edges: BTreeMap<EdgeId, Edge> = edges.into_iter().map(|e| (e.id, e)).collect();
        let mut graph = Graph::with_capacity(nodes.len(), edges.len());
        let mut index = HashMap::with_capacity(nodes.len());
        for (id, node) in nodes {
            index.insert(id, graph.add_node(node));
        }
        for edge in edges.into_values() {
            if let (Some(&a), Some(&b)) = (index.get(&edge.from), index.get(&edge.to)) {
                graph.add_edge(a, b, edge);
            }
        }
        Subgraph { graph, index, truncation: None }
    }

    /// The petgraph graph (borrowed).
    pub fn graph(&self) -> &Graph<Node, Edge> {
        &self.graph
    }

    /// A copy of the petgraph graph, for running petgraph's algorithms.
    pub fn to_petgraph(&self) -> Graph<Node, Edge> {
        self.graph.clone()
    }

    /// The petgraph graph, without copying.
    pub fn into_petgraph(self) -> Graph<Node, Edge> {
        self.graph
    }

    /// The petgraph index of a node, when the node is in the subgraph.
    pub fn index_of(&self, id: NodeId) -> Option<NodeIndex> {
        self.index.get(&id).copied()
    }

    /// The nodes, in id order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    /// The relationships, in id order.
    pub fn edges(&self) -> impl Iterator<Item = &Edge> {
        self.graph.edge_weights()
    }

    /// The node with this id, when it is in the subgraph.
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.index_of(id).and_then(|i| self.graph.node_weight(i))
    }

    /// How many nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// How many relationships.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// True when there is no node.
    pub fn is_empty(&self) -> bool {
        self.graph.node_count() == 0
    }

    /// The cut `max_nodes` made, if it made one.
    pub fn truncation(&self) -> Option<Truncation> {
        self.truncation
    }

    /// The subgraph without nodes of `labels` (and their relationships) and
    /// without relationships of `rels`.
    pub fn without(self, labels: &[Label], rels: &[RelType]) -> Subgraph {
        if labels.is_empty() && rels.is_empty() {
            return self;
        }
        let truncation = self.truncation;
        let (nodes, edges) = self.graph.into_nodes_edges();
        let nodes = nodes.into_iter().map(|n| n.weight).filter(|n| !labels.contains(&n.label));
        let edges = edges.into_iter().map(|e| e.weight).filter(|e| !rels.contains(&e.rel));
        let mut sub = Subgraph::from_parts(nodes, edges);
        sub.truncation = truncation;
        sub
    }
}

impl From<Subgraph> for Graph<Node, Edge> {
    fn from(sub: Subgraph) -> Graph<Node, Edge> {
        sub.graph
    }
}

impl Db {
    /// The part of the graph a [`Selection`] names, as a petgraph graph.
    ///
    /// ```no_run
    /// use shezhire::{Db, Selection};
    /// let db = Db::open("shezhire.db")?;
    /// let sub = db.subgraph(&Selection::Branches)?;
    /// let graph = sub.to_petgraph();
    /// println!("{} connected parts", petgraph::algo::connected_components(&graph));
    /// # Ok::<(), shezhire::Error>(())
    /// ```
    pub fn subgraph(&self, selection: &Selection) -> Result<Subgraph> {
        match selection {
            Selection::Whole => self.read(|| whole(self.store())),
            Selection::Around { name, depth, rels, labels, max_nodes } => {
                let starts = self.start_nodes(name)?;
                self.read(|| {
                    around(self.store(), &starts, *depth, rels.as_deref(), labels.as_deref(), *max_nodes)
                })
            }
            Selection::Article(name) => {
                let info = self.article(name)?;
                self.read(|| article(self.store(), info.node))
            }
            Selection::Branches => self.read(|| branches(self.store())),
            Selection::FromValues(rows) => self.read(|| from_values(self.store(), rows)),
            Selection::Query(query) => {
                let rows = super::query_rows(self, query)?;
                self.read(|| from_values(self.store(), &rows))
            }
        }
    }

    /// The nodes an `--around` name means: people by the Kazakh-aware match,
    /// else anything whose name, alias, key or article id it is.
    fn start_nodes(&self, name: &str) -> Result<Vec<Node>> {
        let people = self.find_person(name)?;
        let found = if people.is_empty() { self.find(name)? } else { people };
        if found.is_empty() {
            return Err(Error::NotFound { what: "person, branch or key", name: name.to_string() });
        }
        Ok(found)
    }
}

fn whole(store: &Store) -> Result<Subgraph> {
    let nodes = crate::store::bulk::scan_nodes(store).collect::<Result<Vec<_>>>()?;
    let edges = crate::store::bulk::scan_edges(store).collect::<Result<Vec<_>>>()?;
    Ok(Subgraph::from_parts(nodes, edges))
}

/// Breadth-first from `starts`, `depth` hops, following `rels` only and
/// keeping `labels` only. Nodes are taken nearest first, and within one
/// distance in the order the adjacency lists them, so a cut is stable.
fn around(
    store: &Store,
    starts: &[Node],
    depth: u32,
    rels: Option<&[RelType]>,
    labels: Option<&[Label]>,
    max_nodes: Option<usize>,
) -> Result<Subgraph> {
    let cap = max_nodes.unwrap_or(usize::MAX);
    let mut kept: BTreeMap<NodeId, Node> = BTreeMap::new();
    // Every node reached (kept or not), so each is counted once.
    let mut seen: BTreeSet<NodeId> = BTreeSet::new();
    let mut left_out = 0usize;
    let mut queue: VecDeque<(NodeId, u32)> = VecDeque::new();
    for node in starts {
        if seen.insert(node.id) {
            if kept.len() < cap {
                queue.push_back((node.id, 0));
                kept.insert(node.id, node.clone());
            } else {
                left_out += 1;
            }
        }
    }
    let follows = |rel: RelType| rels.map_or(true, |r| r.contains(&rel));
    while let Some((id, dist)) = queue.pop_front() {
        if dist >= depth {
            continue;
        }
        for adj in store.neighbours(id, Direction::Both, None) {
            let (_, rel, far) = adj?;
            if !follows(rel) || !seen.insert(far) {
                continue;
            }
            let Some(node) = store.node(far)? else { continue };
            if labels.is_some_and(|l| !l.contains(&node.label)) {
                continue;
            }
            if kept.len() < cap {
                kept.insert(far, node);
            } else {
                left_out += 1;
            }
            // Left-out nodes are still walked so that the count is exact.
            queue.push_back((far, dist + 1));
        }
    }
    // The relationships among the kept nodes that the walk may follow.
    let mut edges = BTreeMap::new();
    for id in kept.keys() {
        for adj in store.adjacent(*id, Direction::Outgoing, None) {
            let (edge, rel, far) = adj?;
            if follows(rel) && kept.contains_key(&far) {
                if let Some(e) = store.edge(edge)? {
                    edges.insert(edge, e);
                }
            }
        }
    }
    let mut sub = Subgraph::from_parts(kept.into_values(), edges.into_values());
    if left_out > 0 {
        sub.truncation = max_nodes.map(|max_nodes| Truncation { max_nodes, left_out });
    }
    Ok(sub)
}

/// Everything one article states: the article, every relationship whose
/// provenance cites it with both its ends, and the structural relationships
/// without provenance (an office `OF` its branch) among those nodes.
fn article(store: &Store, article: NodeId) -> Result<Subgraph> {
    let mut nodes: BTreeMap<NodeId, Node> = BTreeMap::new();
    let mut edges: BTreeMap<EdgeId, Edge> = BTreeMap::new();
    let Some(start) = store.node(article)? else {
        return Ok(Subgraph::default());
    };
    nodes.insert(article, start);
    let mut work = vec![article];
    while let Some(id) = work.pop() {
        for adj in store.neighbours(id, Direction::Both, None) {
            let (edge_id, rel, far) = adj?;
            // A mention or byline points at the article that makes it: the
            // ones pointing elsewhere cannot cite this article, and hubs
            // (the party) have very many of them.
            if matches!(rel, RelType::MentionedIn | RelType::Authored) && far != article && id != article {
                continue;
            }
            if edges.contains_key(&edge_id) {
                continue;
            }
            let Some(edge) = store.edge(edge_id)? else { continue };
            if !edge.provenance.iter().any(|p| p.article == article) {
                continue;
            }
            edges.insert(edge_id, edge);
            if let std::collections::btree_map::Entry::Vacant(slot) = nodes.entry(far) {
                if let Some(node) = store.node(far)? {
                    slot.insert(node);
                    work.push(far);
                }
            }
        }
    }
    for id in nodes.keys().copied().collect::<Vec<_>>() {
        for adj in store.adjacent(id, Direction::Outgoing, None) {
            let (edge_id, rel, far) = adj?;
            if rel == RelType::MentionedIn || !nodes.contains_key(&far) || edges.contains_key(&edge_id) {
                continue;
            }
            if let Some(edge) = store.edge(edge_id)? {
                if edge.provenance.is_empty() {
                    edges.insert(edge_id, edge);
                }
            }
        }
    }
    Ok(Subgraph::from_parts(nodes.into_values(), edges.into_values()))
}

/// The party, every branch, `PART_OF` among them, and for each of them the
/// chairman office with the people who hold it now.
fn branches(store: &Store) -> Result<Subgraph> {
    let mut nodes: BTreeMap<NodeId, Node> = BTreeMap::new();
    let mut edges: BTreeMap<EdgeId, Edge> = BTreeMap::new();
    for label in [Label::Party, Label::Branch] {
        for id in store.label_ids(label) {
            let id = id?;
            if let Some(node) = store.node(id)? {
                nodes.insert(id, node);
            }
        }
    }
    let orgs: Vec<NodeId> = nodes.keys().copied().collect();
    for org in orgs {
        for adj in store.adjacent(org, Direction::Outgoing, Some(RelType::PartOf)) {
            let (edge_id, _, _) = adj?;
            if let Some(edge) = store.edge(edge_id)? {
                edges.insert(edge_id, edge);
            }
        }
        for adj in store.adjacent(org, Direction::Incoming, Some(RelType::Of)) {
            let (of_id, _, office_id) = adj?;
            let Some(office) = store.node(office_id)? else { continue };
            if office.label != Label::Office || office.str_prop("role") != Some("chairman") {
                continue;
            }
            let mut holders = Vec::new();
            for adj in store.adjacent(office_id, Direction::Incoming, Some(RelType::Holds)) {
                let (holds_id, _, person_id) = adj?;
                let Some(holds) = store.edge(holds_id)? else { continue };
                if holds.props.get("status") != Some(&PropValue::Str("current".into())) {
                    continue;
                }
                if let Some(person) = store.node(person_id)? {
                    holders.push((holds, person));
                }
            }
            if holders.is_empty() {
                continue;
            }
            if let Some(of) = store.edge(of_id)? {
                edges.insert(of_id, of);
            }
            nodes.insert(office_id, office);
            for (holds, person) in holders {
                edges.insert(holds.id, holds);
                nodes.insert(person.id, person);
            }
        }
    }
    Ok(Subgraph::from_parts(nodes.into_values(), edges.into_values()))
}

fn from_values(store: &Store, rows: &[Vec<Value>]) -> Result<Subgraph> {
    let (mut nodes, edges) = collect::collect(rows.iter().flatten());
    for edge in edges.values() {
        for end in [edge.from, edge.to] {
            if let std::collections::btree_map::Entry::Vacant(slot) = nodes.entry(end) {
                if let Some(node) = store.node(end)? {
                    slot.insert(node);
                }
            }
        }
    }
    Ok(Subgraph::from_parts(nodes.into_values(), edges.into_values()))
}
