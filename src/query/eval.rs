//! Evaluation: a plan → a stream of rows, over [`GraphRead`]. Operators are
//! iterators pulling from the one before (Volcano style): MATCH is a
//! depth-first search over its steps with one candidate iterator per step,
//! so rows flow out as they are found; aggregation, DISTINCT's memory and
//! ORDER BY hold what they must. Expressions follow Cypher's null logic.
//! Every loop that can run long checks the [`Interrupt`] (cancel flag and
//! deadline).

use super::error::{QueryError, QueryErrorKind};
use super::plan::{AggFunc, AggSpec, Anchor, CExpr, ExpandStep, Func, MatchPlan, MatchStep, NodeSpec, Op, Plan, ProjectPlan, RelSpec};
use super::read::{AdjIter, EntryIter, GraphRead, IdIter};
use super::value::{Path, Value, ValueKey};
use crate::error::{Error, Result};
use crate::model::{Direction, Edge, EdgeId, Label, Node, NodeId};
use crate::query::ast::{BinOp, CompOp, PathSelector};
use std::cmp::Ordering;
use smallvec::{smallvec, SmallVec};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering as AtomicOrdering};
use std::sync::Arc;
use std::time::Instant;

/// A row: one value per slot.
pub(crate) type Row = Vec<Value>;

static NULL: Value = Value::Null;

/// The value in a slot (null past the row's end, which planned slots never are).
fn slot(row: &Row, s: usize) -> &Value {
    row.get(s).unwrap_or(&NULL)
}

/// Sets a slot, widening the row if needed.
fn set_slot(row: &mut Row, s: usize, v: Value) {
    if s >= row.len() {
        row.resize(s + 1, Value::Null);
    }
    row[s] = v;
}

/// Empties a row, keeping its allocation. Most of an output row's slots
/// are null by then (moved out, or never handed on), and a null needs no
/// drop: skipping the drop call for them is most of the cost of clearing.
fn clear_row(row: &mut Row) {
    while let Some(v) = row.pop() {
        if let Value::Null = v {
            std::mem::forget(v);
        }
    }
}

/// A stream of rows.
pub(crate) type RowIter = Box<dyn Iterator<Item = Result<Row>> + Send>;

/// When to stop: a cancel flag and a deadline.
pub(crate) struct Interrupt {
    pub(crate) cancel: Option<Arc<AtomicBool>>,
    pub(crate) deadline: Option<Instant>,
    ticks: AtomicU32,
}

impl Interrupt {
    pub(crate) fn new(cancel: Option<Arc<AtomicBool>>, deadline: Option<Instant>) -> Interrupt {
        Interrupt { cancel, deadline, ticks: AtomicU32::new(0) }
    }

    /// Fails when cancelled or past the deadline (the clock is read every
    /// 64 calls: it is cheap, but not free).
    pub(crate) fn check(&self) -> Result<()> {
        if self.cancel.as_ref().is_some_and(|c| c.load(AtomicOrdering::Relaxed)) {
            return Err(QueryError::new(QueryErrorKind::Cancelled, "the query was cancelled").into());
        }
        if let Some(deadline) = self.deadline {
            // A plain load and store, not an atomic add: the count only
            // spaces the clock readings out, and a lost tick between
            // threads does no harm, while a locked add per row does.
            let tick = self.ticks.load(AtomicOrdering::Relaxed);
            self.ticks.store(tick.wrapping_add(1), AtomicOrdering::Relaxed);
            if tick % 64 == 0 && Instant::now() >= deadline {
                return Err(QueryError::new(QueryErrorKind::Timeout, "the query ran past its time limit").into());
            }
        }
        Ok(())
    }
}

/// What evaluation needs.
pub(crate) struct Ctx {
    pub(crate) graph: Arc<dyn GraphRead>,
    /// The values of [`Plan::params`], in order.
    pub(crate) params: Vec<Value>,
    pub(crate) interrupt: Interrupt,
}

fn runtime(message: impl Into<String>) -> Error {
    QueryError::new(QueryErrorKind::Runtime, message).into()
}

/// Runs a plan: the output rows (the RETURN columns).
pub(crate) fn run(plan: Arc<Plan>, ctx: Arc<Ctx>) -> RowIter {
    let mut rows: RowIter = Box::new(std::iter::once(Ok(vec![Value::Null; plan.slots])));
    let mut outputs = Vec::new();
    let mut done = Done::Nothing;
    let mut written = false;
    for (i, op) in plan.ops.iter().enumerate() {
        match op {
            Op::Match(m) => {
                // Before the final RETURN, a match hands on only what the
                // RETURN reads: cloning (and later dropping) the other slots
                // per row was a third of a many-row query's time. Without
                // aggregates (and with rows for every input: no OPTIONAL),
                // the match also computes the RETURN's items itself, and
                // when the RETURN only picks them (and maybe dedups: no
                // ORDER BY, no WHERE), writes the output row outright.
                let handoff = match plan.ops.get(i + 1..) {
                    Some([Op::Project(p)]) if !p.aggregating() && !m.optional => match output_items(p) {
                        Some(columns) => {
                            done = Done::Columns;
                            Some(Arc::new(Handoff { keep: Vec::new(), items: columns, columns: true }))
                        }
                        None => {
                            done = Done::Items;
                            Some(Arc::new(Handoff { keep: slots_read_by(p, false), items: p.items.clone(), columns: false }))
                        }
                    },
                    Some([Op::Project(p)]) => {
                        Some(Arc::new(Handoff { keep: slots_read_by(p, true), items: Vec::new(), columns: false }))
                    }
                    _ => None,
                };
                rows = match_rows(rows, m.clone(), ctx.clone(), handoff)
            }
            Op::Project(p) => {
                outputs = p.outputs.clone();
                let handed = std::mem::replace(&mut done, Done::Nothing);
                written = handed == Done::Columns;
                rows = project(rows, p.clone(), ctx.clone(), plan.slots, handed);
            }
        }
    }
    if written {
        // The last match wrote the output rows (see above).
        return rows;
    }
    // The output columns move out of the row, into its own allocation
    // (cloned when a column repeats another).
    let repeats = outputs.iter().enumerate().any(|(i, s)| outputs[..i].contains(s));
    if let [only] = outputs[..] {
        return Box::new(rows.map(move |r| {
            r.map(|mut row| {
                let v = row.get_mut(only).map_or(Value::Null, |v| std::mem::replace(v, Value::Null));
                clear_row(&mut row);
                row.push(v);
                row
            })
        }));
    }
    Box::new(rows.map(move |r| {
        r.map(|mut row| {
            let columns: SmallVec<[Value; 8]> = outputs
                .iter()
                .map(|s| match row.get_mut(*s) {
                    Some(v) if !repeats => std::mem::replace(v, Value::Null),
                    Some(v) => v.clone(),
                    None => Value::Null,
                })
                .collect();
            clear_row(&mut row);
            row.extend(columns);
            row
        })
    }))
}

// ---------------------------------------------------------------- MATCH

/// What the last match hands on to the final RETURN.
struct Handoff {
    /// Slots copied from the match's row (the others are null).
    keep: Vec<usize>,
    /// The RETURN's items, computed by the match (the RETURN then skips them).
    items: Vec<(CExpr, usize)>,
    /// Whether the handed row is the output row: the items' values in
    /// column order and nothing else (see [`output_items`]).
    columns: bool,
}

/// What the last match has done of the final RETURN's work.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Done {
    Nothing,
    /// Its items are computed, in their slots.
    Items,
    /// Its output rows are written.
    Columns,
}

/// The items of a RETURN in column order, when its rows can be written
/// column by column: it neither aggregates, orders nor filters, so only
/// DISTINCT (and SKIP or LIMIT) still looks at them, and by column.
fn output_items(p: &ProjectPlan) -> Option<Vec<(CExpr, usize)>> {
    if p.aggregating() || !p.order_by.is_empty() || p.where_.is_some() {
        return None;
    }
    p.outputs.iter().enumerate().map(|(column, s)| p.items.iter().find(|(_, at)| at == s).map(|(e, _)| (e.clone(), column))).collect()
}

fn match_rows(input: RowIter, plan: Arc<MatchPlan>, ctx: Arc<Ctx>, handoff: Option<Arc<Handoff>>) -> RowIter {
    Box::new(input.flat_map(move |row| -> RowIter {
        match row {
            Err(e) => Box::new(std::iter::once(Err(e))),
            Ok(row) => {
                let search = Search::new(plan.clone(), ctx.clone(), row.clone(), handoff.clone());
                if plan.optional {
                    Box::new(OptionalRows { search, fallback: Some(null_slots(row, &plan.new_slots)), found: false })
                } else {
                    Box::new(search)
                }
            }
        }
    }))
}

fn null_slots(mut row: Row, slots: &[usize]) -> Row {
    for s in slots {
        if let Some(v) = row.get_mut(*s) {
            *v = Value::Null;
        }
    }
    row
}

/// OPTIONAL MATCH: the matches, or the row with nulls when there is none.
struct OptionalRows {
    search: Search,
    fallback: Option<Row>,
    found: bool,
}

impl Iterator for OptionalRows {
    type Item = Result<Row>;

    fn next(&mut self) -> Option<Result<Row>> {
        match self.search.next() {
            Some(r) => {
                self.found = true;
                Some(r)
            }
            None if !self.found => self.fallback.take().map(Ok),
            None => None,
        }
    }
}

/// What one step adds to the row: values for slots and relationships used.
/// Inline up to two of each: most steps bind one node and one relationship,
/// and a binding is made per candidate, so it should not allocate.
struct Binding {
    values: SmallVec<[(usize, Value); 2]>,
    edges: SmallVec<[EdgeId; 2]>,
    /// The node a step reached, not yet shared: the row's slot takes it in
    /// place when the row holds the slot's node alone (one allocation less
    /// per candidate; the next candidate overwrites it).
    node: Option<(usize, Node)>,
}

impl Binding {
    /// A binding that adds nothing to the row.
    fn none() -> Binding {
        Binding { values: SmallVec::new(), edges: SmallVec::new(), node: None }
    }
}

type Candidates = Box<dyn Iterator<Item = Result<Binding>> + Send>;

/// Where the search stands at one step.
enum Frame {
    /// The step's candidates, as bindings to apply.
    Bindings(Candidates),
    /// A one-hop expansion followed in place: each relationship is checked
    /// and written straight into the row, without a binding between (the
    /// common step, taken once per row of a many-row query). Boxed: frames
    /// are pushed and popped per row, and the others are small.
    Hop(Box<Hop>),
    /// Nothing (more) at this step: a filter the row passed, an expansion
    /// from a null.
    Done,
}

/// A one-hop expansion under way: what [`Expansion::from`] streams, less
/// the path segment (a step with one takes the binding route).
struct Hop {
    exp: Expansion,
    adjacency: AdjIter,
}

impl Frame {
    /// Moves to the step's next candidate and writes it into `row`
    /// (truncating `used_edges` to `used_len` first); `None` when the step
    /// has no more.
    fn advance(&mut self, row: &mut Row, used_edges: &mut Vec<EdgeId>, used_len: usize) -> Option<Result<()>> {
        match self {
            Frame::Done => None,
            Frame::Bindings(candidates) => Some(candidates.next()?.map(|b| {
                used_edges.truncate(used_len);
                apply(row, used_edges, b)
            })),
            Frame::Hop(hop) => loop {
                let adj = hop.adjacency.next()?;
                let exp = &hop.exp;
                let step = || -> Result<bool> {
                    exp.ctx.interrupt.check()?;
                    let (eid, _, other) = adj?;
                    let Some(edge) = exp.follow(eid)? else { return Ok(false) };
                    let Some(node) = exp.accept(other)? else { return Ok(false) };
                    used_edges.truncate(used_len);
                    used_edges.push(eid);
                    if let Some(s) = exp.step.rel_slot {
                        set_slot(row, s, edge.map_or(Value::Null, |e| Value::Relationship(e.into())));
                    }
                    if exp.target.is_none() {
                        put_node(row, exp.step.to, node);
                    }
                    Ok(true)
                };
                match step() {
                    Ok(true) => return Some(Ok(())),
                    Ok(false) => continue,
                    Err(e) => return Some(Err(e)),
                }
            },
        }
    }
}

/// Writes a binding into the row.
fn apply(row: &mut Row, used_edges: &mut Vec<EdgeId>, b: Binding) {
    for (s, v) in b.values {
        set_slot(row, s, v);
    }
    if let Some((s, node)) = b.node {
        put_node(row, s, node);
    }
    used_edges.extend(b.edges);
}

/// Binds a node to a slot, in the slot's own allocation when the row holds
/// it alone (the previous candidate's node, which the next one replaces).
fn put_node(row: &mut Row, s: usize, node: Node) {
    match row.get_mut(s) {
        Some(Value::Node(held)) => match Arc::get_mut(held) {
            Some(alone) => *alone = node,
            None => *held = Arc::new(node),
        },
        _ => set_slot(row, s, Value::Node(Arc::new(node))),
    }
}

/// The depth-first search over a MATCH's steps for one input row.
struct Search {
    plan: Arc<MatchPlan>,
    ctx: Arc<Ctx>,
    row: Row,
    /// One frame per step entered, with the length of `used_edges`
    /// before its binding.
    stack: Vec<(Frame, usize)>,
    /// Relationships bound so far: a MATCH uses each relationship once.
    used_edges: Vec<EdgeId>,
    started: bool,
    /// What a complete match hands on, when not its whole row.
    handoff: Option<Arc<Handoff>>,
}

impl Search {
    fn new(plan: Arc<MatchPlan>, ctx: Arc<Ctx>, row: Row, handoff: Option<Arc<Handoff>>) -> Search {
        Search { plan, ctx, row, stack: Vec::new(), used_edges: Vec::new(), started: false, handoff }
    }

    /// The row a complete match hands on.
    fn emit(&self) -> Result<Row> {
        let Some(handoff) = &self.handoff else { return Ok(self.row.clone()) };
        if handoff.columns {
            return handoff.items.iter().map(|(e, _)| eval(e, &self.row, &self.ctx)).collect();
        }
        let mut out = Vec::with_capacity(self.row.len());
        out.resize_with(self.row.len(), || Value::Null);
        for &s in &handoff.keep {
            if let (Some(to), Some(v)) = (out.get_mut(s), self.row.get(s)) {
                *to = v.clone();
            }
        }
        for (e, s) in &handoff.items {
            let v = eval(e, &self.row, &self.ctx)?;
            set_slot(&mut out, *s, v);
        }
        Ok(out)
    }

    /// The frame of an expansion from the row's start node.
    fn expand(&self, step: &Arc<ExpandStep>) -> Result<Frame> {
        let (ctx, row) = (&self.ctx, &self.row);
        let Value::Node(start) = slot(row, step.from) else { return Ok(Frame::Done) };
        let target = if step.to_bound {
            match slot(row, step.to) {
                Value::Node(n) => Some(n.id),
                _ => return Ok(Frame::Done),
            }
        } else {
            None
        };
        let exp = Expansion {
            ctx: ctx.clone(),
            rel_props: eval_props(&step.rel.props, row, ctx)?,
            node_props: eval_props(&step.spec.props, row, ctx)?,
            step: step.clone(),
            target,
            used: self.used_edges.iter().copied().collect(),
        };
        if step.rel.var_length || step.segment.is_some() {
            return Ok(Frame::Bindings(exp.from(start.clone())));
        }
        let adjacency = ctx.graph.neighbours_of_types(start.id, step.rel.direction, &step.rel.types);
        Ok(Frame::Hop(Box::new(Hop { exp, adjacency })))
    }

    /// The frame of a step for the row as it stands.
    fn candidates(&self, step: usize) -> Result<Frame> {
        let ctx = &self.ctx;
        let row = &self.row;
        Ok(Frame::Bindings(match &self.plan.steps[step] {
            MatchStep::Filter(cond) => {
                let keep = holds(cond, row, ctx)?;
                one_if(keep, Binding::none())
            }
            MatchStep::Scan { slot, anchor, spec, load } => scan(ctx, row, *slot, anchor, spec, *load)?,
            MatchStep::Expand(step) => return self.expand(step),
            MatchStep::Shortest { from, to, rel, selector, path_slot, rel_slot } => {
                let (Value::Node(a), Value::Node(b)) = (slot(row, *from), slot(row, *to)) else {
                    return Ok(Frame::Done);
                };
                let rel_props = eval_props(&rel.props, row, ctx)?;
                let paths = shortest_paths(ctx, a, b, rel, &rel_props, *selector)?;
                let (path_slot, rel_slot) = (*path_slot, *rel_slot);
                Box::new(paths.into_iter().map(move |p| {
                    let mut values = SmallVec::new();
                    let edges = p.relationships.iter().map(|e| e.id).collect();
                    if let Some(s) = rel_slot {
                        values.push((s, Value::List(p.relationships.iter().cloned().map(|e| Value::Relationship(e.into())).collect())));
                    }
                    values.push((path_slot, Value::Path(p.into())));
                    Ok(Binding { values, edges, node: None })
                }))
            }
            MatchStep::BindPath { slot: path_slot, start, segments } => {
                let Value::Node(first) = slot(row, *start) else { return Ok(Frame::Done) };
                let mut path = Path { nodes: vec![Node::clone(first)], relationships: Vec::new() };
                for (seg_slot, reversed) in segments {
                    let Value::Path(seg) = slot(row, *seg_slot) else { return Ok(Frame::Done) };
                    let (mut nodes, mut rels) = (seg.nodes.clone(), seg.relationships.clone());
                    if *reversed {
                        nodes.reverse();
                        rels.reverse();
                    }
                    path.nodes.extend(nodes.into_iter().skip(1));
                    path.relationships.extend(rels);
                }
                one_if(true, Binding { values: smallvec![(*path_slot, Value::Path(path.into()))], edges: SmallVec::new(), node: None })
            }
        }))
    }
}

impl Iterator for Search {
    type Item = Result<Row>;

    fn next(&mut self) -> Option<Result<Row>> {
        let steps = self.plan.steps.len();
        if !self.started {
            self.started = true;
            if steps == 0 {
                return Some(self.emit());
            }
            match self.candidates(0) {
                Ok(c) => self.stack.push((c, 0)),
                Err(e) => return Some(Err(e)),
            }
        }
        loop {
            if let Err(e) = self.ctx.interrupt.check() {
                self.stack.clear();
                return Some(Err(e));
            }
            let (frame, used_len) = self.stack.last_mut()?;
            match frame.advance(&mut self.row, &mut self.used_edges, *used_len) {
                None => {
                    self.stack.pop();
                    continue;
                }
                Some(Err(e)) => {
                    self.stack.clear();
                    return Some(Err(e));
                }
                Some(Ok(())) => {
                    loop {
                        let depth = self.stack.len();
                        if depth == steps {
                            return Some(self.emit());
                        }
                        // A filter is decided here, per row, without a
                        // candidate iterator of its own: a passed filter
                        // leaves a frame with nothing more, to keep one
                        // stack entry per step.
                        if let MatchStep::Filter(cond) = &self.plan.steps[depth] {
                            match holds(cond, &self.row, &self.ctx) {
                                Ok(true) => {
                                    let used_now = self.used_edges.len();
                                    self.stack.push((Frame::Done, used_now));
                                    continue;
                                }
                                Ok(_) => break,
                                Err(e) => {
                                    self.stack.clear();
                                    return Some(Err(e));
                                }
                            }
                        }
                        match self.candidates(depth) {
                            Ok(c) => {
                                let used_now = self.used_edges.len();
                                self.stack.push((c, used_now));
                            }
                            Err(e) => {
                                self.stack.clear();
                                return Some(Err(e));
                            }
                        }
                        break;
                    }
                }
            }
        }
    }
}

fn one_if(keep: bool, b: Binding) -> Candidates {
    if keep {
        Box::new(std::iter::once(Ok(b)))
    } else {
        Box::new(std::iter::empty())
    }
}

fn eval_props(props: &[(String, CExpr)], row: &Row, ctx: &Ctx) -> Result<Arc<Vec<(String, Value)>>> {
    // Most patterns have no properties, and this runs per start node.
    static NONE: std::sync::LazyLock<Arc<Vec<(String, Value)>>> = std::sync::LazyLock::new(|| Arc::new(Vec::new()));
    if props.is_empty() {
        return Ok(NONE.clone());
    }
    Ok(Arc::new(props.iter().map(|(k, e)| Ok((k.clone(), eval(e, row, ctx)?))).collect::<Result<_>>()?))
}

/// Whether a node or relationship's properties equal the wanted ones.
fn props_match(props: &crate::model::Props, wanted: &[(String, Value)]) -> bool {
    wanted.iter().all(|(k, want)| match props.get(k) {
        Some(have) => equals(&Value::from(have), want) == Some(true),
        None => false,
    })
}

fn node_matches(node: &Node, labels: &[Label], props: &[(String, Value)]) -> bool {
    (labels.is_empty() || labels.contains(&node.label)) && props_match(&node.props, props)
}

/// The node `id` as a query that uses only its identity sees it: its id
/// and the first of `labels` it has (by the label index), without reading
/// its record. `None` when it has none of them. The planner asks for this
/// only when `labels` is not empty and there are no properties to check.
fn identity_node(graph: &dyn GraphRead, id: NodeId, labels: &[Label]) -> Result<Option<Node>> {
    for label in labels {
        if graph.has_label(id, *label)? {
            return Ok(Some(Node { id, label: *label, props: Default::default() }));
        }
    }
    Ok(None)
}

fn scan(ctx: &Arc<Ctx>, row: &Row, slot: usize, anchor: &Anchor, spec: &NodeSpec, load: bool) -> Result<Candidates> {
    let props = eval_props(&spec.props, row, ctx)?;
    let graph = ctx.graph.clone();
    let strings = |v: Value| -> Vec<String> {
        match v {
            Value::String(s) => vec![s],
            Value::List(items) => items.into_iter().filter_map(|i| if let Value::String(s) = i { Some(s) } else { None }).collect(),
            _ => Vec::new(),
        }
    };
    // When the one property to check is the one looked up, an index entry
    // that witnesses its node's label and exact text answers without the
    // node's record.
    let exact = match (anchor, props.as_slice()) {
        (Anchor::PropEq(prop, _), [(k, Value::String(want))]) if !load && k == prop => Some((*prop, want.clone())),
        _ => None,
    };
    let ids: IdIter = match anchor {
        // Read below, with the entries' witnesses.
        _ if exact.is_some() => Box::new(std::iter::empty()),
        Anchor::Bound => {
            return Ok(match self::slot(row, slot) {
                Value::Node(n) if node_matches(n, &spec.labels, &props) => {
                    one_if(true, Binding::none())
                }
                _ => Box::new(std::iter::empty()),
            })
        }
        Anchor::NodeId(e) => match eval(e, row, ctx)? {
            Value::Int(i) if i >= 0 => Box::new(std::iter::once(Ok(NodeId(i as u64)))),
            _ => Box::new(std::iter::empty()),
        },
        Anchor::PropEq(prop, e) => match eval(e, row, ctx)? {
            Value::String(s) => graph.prop_ids(prop, &s),
            _ => Box::new(std::iter::empty()),
        },
        Anchor::PropIn(prop, e) => {
            let mut values = strings(eval(e, row, ctx)?);
            values.sort();
            values.dedup();
            let prop = *prop;
            let g = graph.clone();
            Box::new(dedup_ids(values.into_iter().flat_map(move |v| g.prop_ids(prop, &v))))
        }
        Anchor::NameMatch(e) => {
            let keys: Vec<String> = strings(eval(e, row, ctx)?).iter().flat_map(|s| crate::extract::name_match_keys(s)).collect();
            let g = graph.clone();
            Box::new(dedup_ids(keys.into_iter().flat_map(move |k| g.name_match_ids(&k))))
        }
        Anchor::PropPrefix(prop, e) => match eval(e, row, ctx)? {
            Value::String(s) => Box::new(dedup_ids(graph.prop_prefix_ids(prop, &s))),
            _ => Box::new(std::iter::empty()),
        },
        Anchor::Labels(labels) => {
            let g = graph.clone();
            Box::new(labels.clone().into_iter().flat_map(move |l| g.label_ids(l)))
        }
        Anchor::All => graph.all_node_ids(),
    };
    let labels = spec.labels.clone();
    // A scan of one label's index needs no check of the label.
    let scanned_label = match anchor {
        Anchor::Labels(ls) if ls.len() == 1 => Some(ls[0]),
        _ => None,
    };
    let entries: EntryIter = match &exact {
        Some((prop, want)) => graph.prop_entries(prop, want),
        None => Box::new(ids.map(|id| id.map(|id| (id, None)))),
    };
    let by_identity = !load && !labels.is_empty() && props.is_empty();
    let ctx = ctx.clone();
    Ok(Box::new(entries.filter_map(move |entry| {
        let bind = || -> Result<Option<Binding>> {
            ctx.interrupt.check()?;
            let (id, witness) = entry?;
            let node = if let (Some((_, want)), Some((label, text))) = (&exact, witness) {
                if text != *want || !(labels.is_empty() || labels.contains(&label)) {
                    return Ok(None);
                }
                Node { id, label, props: Default::default() }
            } else if by_identity {
                match scanned_label {
                    Some(label) => Node { id, label, props: Default::default() },
                    None => match identity_node(ctx.graph.as_ref(), id, &labels)? {
                        Some(node) => node,
                        None => return Ok(None),
                    },
                }
            } else {
                let Some(node) = ctx.graph.node(id)? else { return Ok(None) };
                if !node_matches(&node, &labels, &props) {
                    return Ok(None);
                }
                node
            };
            Ok(Some(Binding { values: SmallVec::new(), edges: SmallVec::new(), node: Some((slot, node)) }))
        };
        bind().transpose()
    })))
}

/// Ids in first-seen order without repeats (index look-ups under several
/// keys can meet the same node).
fn dedup_ids(ids: impl Iterator<Item = Result<NodeId>> + Send + 'static) -> impl Iterator<Item = Result<NodeId>> + Send {
    let mut seen: HashSet<NodeId, foldhash::fast::RandomState> = HashSet::default();
    ids.filter(move |id| match id {
        Ok(id) => seen.insert(*id),
        Err(_) => true,
    })
}

/// One relationship pattern followed from a node.
#[derive(Clone)]
struct Expansion {
    ctx: Arc<Ctx>,
    /// The planned step (shared with the plan: made per start node).
    step: Arc<ExpandStep>,
    rel_props: Arc<Vec<(String, Value)>>,
    node_props: Arc<Vec<(String, Value)>>,
    target: Option<NodeId>,
    /// Relationships the MATCH bound before this step (a few: a linear
    /// search beats hashing them).
    used: SmallVec<[EdgeId; 4]>,
}

impl Expansion {
    /// Whether relationship `eid` may be followed: not used yet, and its
    /// record (when the pattern reads it) matches. `Ok(None)` when not.
    fn follow(&self, eid: EdgeId) -> Result<Option<Option<Edge>>> {
        if self.used.contains(&eid) {
            return Ok(None);
        }
        if !self.step.rel.load_edges {
            return Ok(Some(None));
        }
        match self.ctx.graph.edge(eid)? {
            Some(edge) if props_match(&edge.props, &self.rel_props) => Ok(Some(Some(edge))),
            _ => Ok(None),
        }
    }

    /// The relationships at `node` this pattern may follow:
    /// `(edge id, the edge when read, the other end)`.
    fn steps(&self, node: NodeId) -> Result<Vec<(EdgeId, Option<Edge>, NodeId)>> {
        let rel = &self.step.rel;
        let mut out = Vec::new();
        for adj in self.ctx.graph.neighbours_of_types(node, rel.direction, &rel.types) {
            self.ctx.interrupt.check()?;
            let (eid, _, other) = adj?;
            if let Some(edge) = self.follow(eid)? {
                out.push((eid, edge, other));
            }
        }
        Ok(out)
    }

    /// The far node, when it is acceptable.
    fn accept(&self, id: NodeId) -> Result<Option<Node>> {
        if let Some(t) = self.target {
            if t != id {
                return Ok(None);
            }
        }
        let labels = &self.step.spec.labels;
        if !self.step.load && !labels.is_empty() && self.node_props.is_empty() {
            return identity_node(self.ctx.graph.as_ref(), id, labels);
        }
        let Some(node) = self.ctx.graph.node(id)? else { return Ok(None) };
        Ok(node_matches(&node, labels, &self.node_props).then_some(node))
    }

    /// What following `hops` from `start` to `end` (as accepted) binds. The
    /// hops' nodes are read only when there is a path segment to bind.
    fn binding(&self, start: &Node, hops: &[(EdgeId, Option<Edge>, Option<Node>)], end: Node) -> Binding {
        let mut values = SmallVec::new();
        let node = if self.target.is_none() { Some((self.step.to, end)) } else { None };
        if self.step.rel_slot.is_some() || self.step.segment.is_some() {
            let edges: Vec<Edge> = hops.iter().filter_map(|(_, e, _)| e.clone()).collect();
            if let Some(s) = self.step.rel_slot {
                let v = if self.step.rel.var_length {
                    Value::List(edges.iter().cloned().map(|e| Value::Relationship(e.into())).collect())
                } else {
                    edges.first().cloned().map_or(Value::Null, |e| Value::Relationship(e.into()))
                };
                values.push((s, v));
            }
            if let Some((s, _)) = self.step.segment {
                let mut nodes = vec![start.clone()];
                nodes.extend(hops.iter().filter_map(|(_, _, n)| n.clone()));
                values.push((s, Value::Path(Path { nodes, relationships: edges }.into())));
            }
        }
        let edges = match hops {
            [(id, _, _)] => smallvec![*id],
            _ => hops.iter().map(|(id, _, _)| *id).collect(),
        };
        Binding { values, edges, node }
    }

    fn from(self, start: Arc<Node>) -> Candidates {
        if self.step.rel.var_length {
            return Box::new(VarLength::new(self, start));
        }
        // One hop: the adjacency is followed as it streams, not collected.
        let rel = &self.step.rel;
        let adjacency = self.ctx.graph.neighbours_of_types(start.id, rel.direction, &rel.types);
        Box::new(adjacency.filter_map(move |adj| {
            let bind = || -> Result<Option<Binding>> {
                self.ctx.interrupt.check()?;
                let (eid, _, other) = adj?;
                let Some(edge) = self.follow(eid)? else { return Ok(None) };
                let Some(node) = self.accept(other)? else { return Ok(None) };
                let hop = if self.step.segment.is_some() { Some(node.clone()) } else { None };
                Ok(Some(self.binding(&start, &[(eid, edge, hop)], node)))
            };
            bind().transpose()
        }))
    }
}

/// Variable-length expansion: every trail (no relationship twice) of
/// min..=max hops, depth first, streamed.
struct VarLength {
    exp: Expansion,
    start: Arc<Node>,
    /// The hops taken (their nodes read only for a path segment).
    hops: Vec<(EdgeId, Option<Edge>, Option<Node>)>,
    /// Untried steps at each depth.
    frontier: Vec<std::vec::IntoIter<(EdgeId, Option<Edge>, NodeId)>>,
    emitted_zero: bool,
}

impl VarLength {
    fn new(exp: Expansion, start: Arc<Node>) -> VarLength {
        VarLength { exp, start, hops: Vec::new(), frontier: Vec::new(), emitted_zero: false }
    }
}

impl Iterator for VarLength {
    type Item = Result<Binding>;

    fn next(&mut self) -> Option<Result<Binding>> {
        if !self.emitted_zero {
            self.emitted_zero = true;
            if self.exp.step.rel.min == 0 {
                match self.exp.accept(self.start.id) {
                    Ok(Some(end)) => {
                        let b = self.exp.binding(&self.start, &[], end);
                        if self.exp.step.rel.max > 0 {
                            match self.exp.steps(self.start.id) {
                                Ok(s) => self.frontier.push(s.into_iter()),
                                Err(e) => return Some(Err(e)),
                            }
                        }
                        return Some(Ok(b));
                    }
                    Ok(None) => {}
                    Err(e) => return Some(Err(e)),
                }
            }
            if self.exp.step.rel.max > 0 && self.frontier.is_empty() {
                match self.exp.steps(self.start.id) {
                    Ok(s) => self.frontier.push(s.into_iter()),
                    Err(e) => return Some(Err(e)),
                }
            }
        }
        loop {
            if let Err(e) = self.exp.ctx.interrupt.check() {
                self.frontier.clear();
                return Some(Err(e));
            }
            let depth = self.frontier.len();
            let next = self.frontier.last_mut()?.next();
            match next {
                None => {
                    self.frontier.pop();
                    self.hops.pop();
                }
                Some((eid, edge, other)) => {
                    if self.hops.iter().any(|(e, _, _)| *e == eid) {
                        continue;
                    }
                    let node = if self.exp.step.segment.is_some() {
                        match self.exp.ctx.graph.node(other) {
                            Ok(Some(n)) => Some(n),
                            Ok(None) => continue,
                            Err(e) => return Some(Err(e)),
                        }
                    } else {
                        None
                    };
                    self.hops.push((eid, edge, node));
                    let length = depth as u64;
                    let mut result = None;
                    if length >= self.exp.step.rel.min {
                        match self.exp.accept(other) {
                            Ok(Some(end)) => result = Some(Ok(self.exp.binding(&self.start, &self.hops, end))),
                            Ok(None) => {}
                            Err(e) => return Some(Err(e)),
                        }
                    }
                    if length < self.exp.step.rel.max {
                        match self.exp.steps(other) {
                            Ok(s) => self.frontier.push(s.into_iter()),
                            Err(e) => return Some(Err(e)),
                        }
                    } else {
                        self.hops.pop();
                    }
                    if result.is_some() {
                        return result;
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------- shortest paths

/// Hashes node ids by one multiplication (Fibonacci hashing): the path
/// searches hash every node they reach, and ids are not chosen by an
/// adversary, so SipHash's protection is not needed there.
#[derive(Default, Clone, Copy)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map keyed by node id, hashed with [`IdHasher`].
type IdMap<V> = HashMap<NodeId, V, std::hash::BuildHasherDefault<IdHasher>>;

/// The neighbours of a node along a relationship pattern, for path search.
fn path_steps(ctx: &Ctx, rel: &RelSpec, props: &[(String, Value)], node: NodeId, reverse: bool) -> Result<Vec<(EdgeId, NodeId)>> {
    let dir = match (rel.direction, reverse) {
        (Direction::Both, _) => Direction::Both,
        (Direction::Outgoing, false) | (Direction::Incoming, true) => Direction::Outgoing,
        _ => Direction::Incoming,
    };
    let mut out = Vec::new();
    {
        for adj in ctx.graph.neighbours_of_types(node, dir, &rel.types) {
            ctx.interrupt.check()?;
            let (eid, _, other) = adj?;
            if !props.is_empty() {
                match ctx.graph.edge(eid)? {
                    Some(e) if props_match(&e.props, props) => {}
                    _ => continue,
                }
            }
            out.push((eid, other));
        }
    }
    Ok(out)
}

/// Shortest paths from `a` to `b` as the selector asks.
fn shortest_paths(ctx: &Ctx, a: &Node, b: &Node, rel: &RelSpec, props: &[(String, Value)], selector: PathSelector) -> Result<Vec<Path>> {
    let hops = match selector {
        PathSelector::ShortestPathFn | PathSelector::AnyShortest => {
            match bidirectional_bfs(ctx, rel, props, a.id, b.id)? {
                Some(h) => vec![h],
                None => Vec::new(),
            }
        }
        PathSelector::AllShortestPathsFn | PathSelector::AllShortest => enumerate_shortest(ctx, rel, props, a.id, b.id, None)?,
        PathSelector::ShortestK(k) => enumerate_shortest(ctx, rel, props, a.id, b.id, Some(k))?,
        PathSelector::All => Vec::new(),
    };
    hops.into_iter().map(|h| materialise(ctx, a, h)).collect()
}

/// A path from hops `(edge, next node)`.
fn materialise(ctx: &Ctx, start: &Node, hops: Vec<(EdgeId, NodeId)>) -> Result<Path> {
    let mut path = Path { nodes: vec![start.clone()], relationships: Vec::new() };
    for (eid, nid) in hops {
        let edge = ctx.graph.edge(eid)?.ok_or_else(|| runtime(format!("relationship {eid} vanished")))?;
        let node = ctx.graph.node(nid)?.ok_or_else(|| runtime(format!("node {nid} vanished")))?;
        path.relationships.push(edge);
        path.nodes.push(node);
    }
    Ok(path)
}

/// One shortest path of rel.min..=rel.max hops, by BFS from both ends,
/// expanding the smaller frontier a whole layer at a time.
fn bidirectional_bfs(ctx: &Ctx, rel: &RelSpec, props: &[(String, Value)], a: NodeId, b: NodeId) -> Result<Option<Vec<(EdgeId, NodeId)>>> {
    if a == b {
        // Paths of length 0 only when the pattern allows them.
        return Ok(if rel.min == 0 { Some(Vec::new()) } else { None });
    }
    if rel.min > 1 {
        // A lower bound beyond one needs the enumeration, which honours it.
        return Ok(enumerate_shortest(ctx, rel, props, a, b, Some(1))?.into_iter().next());
    }
    // node -> (edge, previous node) towards the start of that side.
    let mut fwd: IdMap<Option<(EdgeId, NodeId)>> = IdMap::default();
    fwd.insert(a, None);
    let mut bwd: IdMap<Option<(EdgeId, NodeId)>> = IdMap::default();
    bwd.insert(b, None);
    let mut fwd_layer = vec![a];
    let mut bwd_layer = vec![b];
    let (mut fwd_depth, mut bwd_depth) = (0u64, 0u64);
    while !fwd_layer.is_empty() && !bwd_layer.is_empty() && fwd_depth + bwd_depth < rel.max {
        let forward = fwd_layer.len() <= bwd_layer.len();
        let (layer, seen, other, reverse) =
            if forward { (&mut fwd_layer, &mut fwd, &bwd, false) } else { (&mut bwd_layer, &mut bwd, &fwd, true) };
        let mut next = Vec::new();
        let mut meet = None;
        'layer: for node in layer.iter() {
            for (eid, far) in path_steps(ctx, rel, props, *node, reverse)? {
                if seen.contains_key(&far) {
                    continue;
                }
                seen.insert(far, Some((eid, *node)));
                if other.contains_key(&far) {
                    meet = Some(far);
                    break 'layer;
                }
                next.push(far);
            }
        }
        *layer = next;
        if forward {
            fwd_depth += 1;
        } else {
            bwd_depth += 1;
        }
        if let Some(m) = meet {
            let mut left = Vec::new();
            let mut at = m;
            while let Some(Some((eid, prev))) = fwd.get(&at) {
                left.push((*eid, at));
                at = *prev;
            }
            left.reverse();
            let mut at = m;
            while let Some(Some((eid, next))) = bwd.get(&at) {
                left.push((*eid, *next));
                at = *next;
            }
            return Ok(Some(left));
        }
    }
    Ok(None)
}

/// Simple paths from `a` to `b` in order of length: all of the shortest
/// length (`k == None`), or the first `k`. A BFS from `b` gives each node's
/// distance to it, which prunes the depth-first enumeration.
fn enumerate_shortest(
    ctx: &Ctx,
    rel: &RelSpec,
    props: &[(String, Value)],
    a: NodeId,
    b: NodeId,
    k: Option<u64>,
) -> Result<Vec<Vec<(EdgeId, NodeId)>>> {
    let mut dist: IdMap<u64> = IdMap::default();
    dist.insert(b, 0);
    let mut queue = VecDeque::from([b]);
    while let Some(n) = queue.pop_front() {
        let d = dist[&n];
        if d >= rel.max {
            continue;
        }
        for (_, far) in path_steps(ctx, rel, props, n, true)? {
            if let std::collections::hash_map::Entry::Vacant(e) = dist.entry(far) {
                e.insert(d + 1);
                queue.push_back(far);
            }
        }
    }
    let Some(&shortest) = dist.get(&a) else { return Ok(Vec::new()) };
    let mut found = Vec::new();
    let first_length = shortest.max(rel.min);
    // A simple path visits each node once: no longer than the nodes in reach.
    let last_length = if k.is_none() { first_length } else { rel.max.min(dist.len() as u64) };
    for length in first_length..=last_length {
        let mut path = Vec::new();
        let mut on_path = HashSet::from([a]);
        dfs_exact(ctx, rel, props, a, b, length, &dist, &mut path, &mut on_path, &mut found, k)?;
        if k.is_some_and(|k| found.len() as u64 >= k) {
            break;
        }
    }
    if let Some(k) = k {
        found.truncate(usize::try_from(k).unwrap_or(usize::MAX));
    }
    Ok(found)
}

#[allow(clippy::too_many_arguments)]
fn dfs_exact(
    ctx: &Ctx,
    rel: &RelSpec,
    props: &[(String, Value)],
    at: NodeId,
    b: NodeId,
    remaining: u64,
    dist: &IdMap<u64>,
    path: &mut Vec<(EdgeId, NodeId)>,
    on_path: &mut HashSet<NodeId>,
    found: &mut Vec<Vec<(EdgeId, NodeId)>>,
    k: Option<u64>,
) -> Result<()> {
    ctx.interrupt.check()?;
    if k.is_some_and(|k| found.len() as u64 >= k) {
        return Ok(());
    }
    if remaining == 0 {
        if at == b {
            found.push(path.clone());
        }
        return Ok(());
    }
    for (eid, far) in path_steps(ctx, rel, props, at, false)? {
        // Prune: `far` must be able to reach `b` in the hops left.
        if on_path.contains(&far) || dist.get(&far).map_or(true, |d| *d > remaining - 1) {
            continue;
        }
        path.push((eid, far));
        on_path.insert(far);
        dfs_exact(ctx, rel, props, far, b, remaining - 1, dist, path, on_path, found, k)?;
        on_path.remove(&far);
        path.pop();
    }
    Ok(())
}

// ---------------------------------------------------------------- WITH / RETURN

/// A WITH or RETURN over `input`, after the match before has `done` part
/// of its work (see [`Handoff`]).
fn project(input: RowIter, plan: Arc<ProjectPlan>, ctx: Arc<Ctx>, width: usize, done: Done) -> RowIter {
    let mut rows: RowIter = if plan.aggregating() {
        aggregate(input, plan.clone(), ctx.clone(), width)
    } else if done != Done::Nothing {
        input
    } else {
        let (p, c) = (plan.clone(), ctx.clone());
        Box::new(input.map(move |row| {
            let mut row = row?;
            for (e, s) in &p.items {
                let v = eval(e, &row, &c)?;
                set_slot(&mut row, *s, v);
            }
            Ok(row)
        }))
    };
    if plan.distinct {
        let mut seen = Distinct::default();
        let outputs = match done {
            Done::Columns => (0..plan.outputs.len()).collect(),
            _ => plan.outputs.clone(),
        };
        rows = Box::new(rows.filter(move |row| match row {
            Ok(row) => seen.first(&outputs, row),
            Err(_) => true,
        }));
    }
    if !plan.order_by.is_empty() {
        rows = sort(rows, plan.clone(), ctx.clone());
    }
    let skip = plan.skip.as_ref().map(|e| count_of(e, &ctx, "SKIP"));
    let limit = plan.limit.as_ref().map(|e| count_of(e, &ctx, "LIMIT"));
    for bad in [&skip, &limit].into_iter().flatten() {
        if let Err(e) = bad {
            let e = runtime(e.to_string());
            return Box::new(std::iter::once(Err(e)));
        }
    }
    if let Some(Ok(n)) = skip {
        rows = Box::new(rows.skip(n));
    }
    if let Some(Ok(n)) = limit {
        rows = Box::new(rows.take(n));
    }
    if let Some(cond) = plan.where_.clone() {
        let c = ctx.clone();
        rows = Box::new(rows.filter_map(move |row| match row {
            Ok(row) => match eval(&cond, &row, &c) {
                Ok(Value::Bool(true)) => Some(Ok(row)),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            },
            Err(e) => Some(Err(e)),
        }));
    }
    rows
}

/// DISTINCT's memory of the rows seen. A one-column integer row (ids, the
/// common case) is kept as a bare integer: hashing and storing a key
/// vector per row cost more than the rest of DISTINCT. No integer key
/// equals a key of another type, so the two sets never need each other.
#[derive(Default)]
struct Distinct {
    ints: HashSet<i64, foldhash::fast::RandomState>,
    keys: HashSet<SmallVec<[ValueKey; 2]>, foldhash::fast::RandomState>,
}

impl Distinct {
    /// Whether the row's `outputs` were not seen before (and now are).
    fn first(&mut self, outputs: &[usize], row: &Row) -> bool {
        if let [one] = outputs {
            if let Value::Int(i) = slot(row, *one) {
                return self.ints.insert(*i);
            }
        }
        self.keys.insert(outputs.iter().map(|s| slot(row, *s).key()).collect())
    }
}

fn count_of(e: &CExpr, ctx: &Ctx, what: &str) -> Result<usize> {
    match eval(e, &Vec::new(), ctx)? {
        Value::Int(n) if n >= 0 => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        other => Err(runtime(format!("{what} takes a non-negative integer, not {other}"))),
    }
}

fn sort(rows: RowIter, plan: Arc<ProjectPlan>, ctx: Arc<Ctx>) -> RowIter {
    let mut keyed = Vec::new();
    for row in rows {
        let row = match row {
            Ok(r) => r,
            Err(e) => return Box::new(std::iter::once(Err(e))),
        };
        if let Err(e) = ctx.interrupt.check() {
            return Box::new(std::iter::once(Err(e)));
        }
        let keys: Result<Vec<Value>> = plan.order_by.iter().map(|(e, _)| eval(e, &row, &ctx)).collect();
        match keys {
            Ok(k) => keyed.push((k, row)),
            Err(e) => return Box::new(std::iter::once(Err(e))),
        }
    }
    let desc: Vec<bool> = plan.order_by.iter().map(|(_, d)| *d).collect();
    keyed.sort_by(|(a, _), (b, _)| {
        for ((x, y), d) in a.iter().zip(b).zip(&desc) {
            let o = x.order(y);
            let o = if *d { o.reverse() } else { o };
            if o != Ordering::Equal {
                return o;
            }
        }
        Ordering::Equal
    });
    Box::new(keyed.into_iter().map(|(_, row)| Ok(row)))
}

/// The state of one aggregate in one group.
enum AggState {
    Count(u64),
    Collect(Vec<Value>),
    Extreme(Option<Value>),
    Sum(Value),
    Avg(f64, u64),
}

impl AggState {
    fn new(f: AggFunc) -> AggState {
        match f {
            AggFunc::CountStar | AggFunc::Count => AggState::Count(0),
            AggFunc::Collect => AggState::Collect(Vec::new()),
            AggFunc::Min | AggFunc::Max => AggState::Extreme(None),
            AggFunc::Sum => AggState::Sum(Value::Int(0)),
            AggFunc::Avg => AggState::Avg(0.0, 0),
        }
    }

    fn add(&mut self, f: AggFunc, v: Value) -> Result<()> {
        match (self, f) {
            (AggState::Count(n), _) => *n += 1,
            (AggState::Collect(items), _) => items.push(v),
            (AggState::Extreme(best), f) => {
                let replace = match best {
                    None => true,
                    Some(b) => {
                        let o = v.order(b);
                        if f == AggFunc::Min {
                            o == Ordering::Less
                        } else {
                            o == Ordering::Greater
                        }
                    }
                };
                if replace {
                    *best = Some(v);
                }
            }
            (AggState::Sum(total), _) => *total = arithmetic(BinOp::Add, total, &v)?,
            (AggState::Avg(sum, n), _) => match v {
                Value::Int(i) => {
                    *sum += i as f64;
                    *n += 1;
                }
                Value::Float(x) => {
                    *sum += x;
                    *n += 1;
                }
                other => return Err(runtime(format!("avg of a {}", other.type_name()))),
            },
        }
        Ok(())
    }

    fn finish(self) -> Value {
        match self {
            AggState::Count(n) => Value::Int(i64::try_from(n).unwrap_or(i64::MAX)),
            AggState::Collect(items) => Value::List(items),
            AggState::Extreme(v) => v.unwrap_or(Value::Null),
            AggState::Sum(v) => v,
            AggState::Avg(_, 0) => Value::Null,
            AggState::Avg(sum, n) => Value::Float(sum / n as f64),
        }
    }
}

struct Group {
    first_row: Row,
    states: Vec<AggState>,
    seen: Vec<HashSet<ValueKey, foldhash::fast::RandomState>>,
}

fn aggregate(input: RowIter, plan: Arc<ProjectPlan>, ctx: Arc<Ctx>, width: usize) -> RowIter {
    let run = || -> Result<Vec<Row>> {
        let mut groups: HashMap<Vec<ValueKey>, usize, foldhash::fast::RandomState> = HashMap::default();
        let mut order: Vec<Group> = Vec::new();
        // Rows of one group often come in a run (all the events of one
        // branch): when the grouping keys are read from the same nodes as
        // the row before's (the very same bound values), the group is the
        // same, and neither the keys nor their hash are computed again.
        let node_slots = grouping_node_slots(&plan);
        let mut previous: Option<(SmallVec<[Arc<Node>; 2]>, usize)> = None;
        for row in input {
            let mut row = row?;
            ctx.interrupt.check()?;
            let nodes: Option<SmallVec<[Arc<Node>; 2]>> = node_slots.as_ref().and_then(|slots| {
                slots
                    .iter()
                    .map(|s| match slot(&row, *s) {
                        Value::Node(n) => Some(n.clone()),
                        _ => None,
                    })
                    .collect()
            });
            let same_as_previous = match (&nodes, &previous) {
                (Some(now), Some((before, index))) if now.iter().zip(before).all(|(a, b)| Arc::ptr_eq(a, b)) => Some(*index),
                _ => None,
            };
            let index = match same_as_previous {
                Some(index) => index,
                None => {
                    for (e, s) in &plan.items {
                        let v = eval(e, &row, &ctx)?;
                        set_slot(&mut row, *s, v);
                    }
                    let key: Vec<ValueKey> = plan.items.iter().map(|(_, s)| slot(&row, *s).key()).collect();
                    match groups.get(&key) {
                        Some(i) => *i,
                        None => {
                            order.push(Group {
                                first_row: row.clone(),
                                states: plan.aggregates.iter().map(|a| AggState::new(a.func)).collect(),
                                seen: plan.aggregates.iter().map(|_| HashSet::default()).collect(),
                            });
                            groups.insert(key, order.len() - 1);
                            order.len() - 1
                        }
                    }
                }
            };
            previous = nodes.map(|n| (n, index));
            let group = &mut order[index];
            for (i, AggSpec { func, distinct, arg, .. }) in plan.aggregates.iter().enumerate() {
                let v = match arg {
                    None => Value::Bool(true),
                    Some(e) => eval(e, &row, &ctx)?,
                };
                if v.is_null() {
                    continue;
                }
                if *distinct && !group.seen[i].insert(v.key()) {
                    continue;
                }
                group.states[i].add(*func, v)?;
            }
        }
        if order.is_empty() && plan.items.is_empty() {
            // Aggregates over no rows at all still give one row.
            order.push(Group {
                first_row: vec![Value::Null; width],
                states: plan.aggregates.iter().map(|a| AggState::new(a.func)).collect(),
                seen: Vec::new(),
            });
        }
        let mut out = Vec::new();
        for group in order {
            let mut row = group.first_row;
            for (spec, state) in plan.aggregates.iter().zip(group.states) {
                set_slot(&mut row, spec.slot, state.finish());
            }
            for (e, s) in &plan.agg_items {
                let v = eval(e, &row, &ctx)?;
                set_slot(&mut row, *s, v);
            }
            out.push(row);
        }
        Ok(out)
    };
    match run() {
        Ok(rows) => Box::new(rows.into_iter().map(Ok)),
        Err(e) => Box::new(std::iter::once(Err(e))),
    }
}

/// The slots of the nodes a projection's grouping keys are read from, when
/// every key is such a node, its id, or one of its properties, and no
/// aggregate reads a grouping key's own slot; else `None`.
fn grouping_node_slots(plan: &ProjectPlan) -> Option<Vec<usize>> {
    let mut slots = Vec::new();
    for (e, _) in &plan.items {
        let s = match e {
            CExpr::Slot(s) => *s,
            CExpr::Property(base, _) => match base.as_ref() {
                CExpr::Slot(s) => *s,
                _ => return None,
            },
            CExpr::Call(Func::Id, args) => match args.as_slice() {
                [CExpr::Slot(s)] => *s,
                _ => return None,
            },
            _ => return None,
        };
        if !slots.contains(&s) {
            slots.push(s);
        }
    }
    let item_slots: Vec<usize> = plan.items.iter().map(|(_, s)| *s).collect();
    let reads_items = plan.aggregates.iter().filter_map(|a| a.arg.as_ref()).any(|e| reads_any_slot(e, &item_slots));
    (!slots.is_empty() && !reads_items).then_some(slots)
}

/// Whether `e` reads any of `slots`.
fn reads_any_slot(e: &CExpr, slots: &[usize]) -> bool {
    let mut any = false;
    visit_slots(e, &mut |s| any |= slots.contains(&s));
    any
}

/// Calls `f` with every slot `e` reads.
fn visit_slots(e: &CExpr, f: &mut impl FnMut(usize)) {
    match e {
        CExpr::Const(_) | CExpr::Param(_) => {}
        CExpr::Slot(s) => f(*s),
        CExpr::Property(x, _) | CExpr::Not(x) | CExpr::Neg(x) | CExpr::IsNull(x, _) => visit_slots(x, f),
        CExpr::Index(a, b)
        | CExpr::Compare(a, _, b)
        | CExpr::In(a, b)
        | CExpr::StartsWith(a, b)
        | CExpr::EndsWith(a, b)
        | CExpr::Contains(a, b)
        | CExpr::Regex(a, b, _)
        | CExpr::NameMatch(a, b, _) => {
            visit_slots(a, f);
            visit_slots(b, f);
        }
        CExpr::List(xs) | CExpr::Call(_, xs) => xs.iter().for_each(|x| visit_slots(x, f)),
        CExpr::Map(pairs) => pairs.iter().for_each(|(_, x)| visit_slots(x, f)),
        CExpr::Chain(first, rest) => {
            visit_slots(first, f);
            rest.iter().for_each(|(_, x)| visit_slots(x, f));
        }
    }
}

/// The slots a final RETURN reads from the match before it: with its
/// `items`, or (when the match computes those) without them.
fn slots_read_by(plan: &ProjectPlan, items: bool) -> Vec<usize> {
    let mut slots = if items { plan.outputs.clone() } else { Vec::new() };
    let mut add = |s: usize| {
        if !slots.contains(&s) {
            slots.push(s);
        }
    };
    let item_exprs = if items { plan.items.as_slice() } else { &[] };
    let exprs = item_exprs.iter().chain(&plan.agg_items).map(|(e, _)| e);
    let exprs = exprs.chain(plan.aggregates.iter().filter_map(|a| a.arg.as_ref()));
    let exprs = exprs.chain(plan.order_by.iter().map(|(e, _)| e));
    let exprs = exprs.chain(plan.skip.iter()).chain(plan.limit.iter()).chain(plan.where_.iter());
    exprs.for_each(|e| visit_slots(e, &mut add));
    slots
}

// ---------------------------------------------------------------- expressions

/// Evaluates an expression, borrowing what the row or the plan already
/// holds (a variable, a constant, a parameter) instead of cloning it.
fn eval_ref<'r>(e: &'r CExpr, row: &'r Row, ctx: &'r Ctx) -> Result<std::borrow::Cow<'r, Value>> {
    use std::borrow::Cow;
    Ok(match e {
        CExpr::Slot(s) => Cow::Borrowed(slot(row, *s)),
        CExpr::Const(v) => Cow::Borrowed(v),
        CExpr::Param(i) => Cow::Borrowed(ctx.params.get(*i).unwrap_or(&NULL)),
        _ => Cow::Owned(eval(e, row, ctx)?),
    })
}

/// Whether a condition holds (is true, not false or null). An equality of
/// variables, constants or parameters (`c <> p`, asked per row of a
/// search) is decided on borrowed values, without the general evaluator.
fn holds(cond: &CExpr, row: &Row, ctx: &Ctx) -> Result<bool> {
    fn operand<'v>(e: &'v CExpr, row: &'v Row, ctx: &'v Ctx) -> Option<&'v Value> {
        match e {
            CExpr::Slot(s) => Some(slot(row, *s)),
            CExpr::Const(v) => Some(v),
            CExpr::Param(i) => Some(ctx.params.get(*i).unwrap_or(&NULL)),
            _ => None,
        }
    }
    if let CExpr::Compare(a, op @ (CompOp::Eq | CompOp::Ne), b) = cond {
        if let (Some(a), Some(b)) = (operand(a, row, ctx), operand(b, row, ctx)) {
            return Ok(equals(a, b).is_some_and(|same| same == (*op == CompOp::Eq)));
        }
    }
    Ok(matches!(eval(cond, row, ctx)?, Value::Bool(true)))
}

/// Evaluates an expression on a row. The shapes asked per row (a
/// variable, `id()` of one) are answered here; the rest in
/// [`eval_general`], whose size makes every call to it cost more.
#[inline]
pub(crate) fn eval(e: &CExpr, row: &Row, ctx: &Ctx) -> Result<Value> {
    match e {
        CExpr::Slot(s) => Ok(slot(row, *s).clone()),
        // `id(x)` of a bound variable: read the slot without cloning the node.
        CExpr::Call(Func::Id, args) => {
            if let [CExpr::Slot(s)] = args.as_slice() {
                match slot(row, *s) {
                    Value::Node(n) => return Ok(Value::Int(i64::try_from(n.id.0).unwrap_or(i64::MAX))),
                    Value::Relationship(r) => return Ok(Value::Int(i64::try_from(r.id.0).unwrap_or(i64::MAX))),
                    _ => {}
                }
            }
            eval_general(e, row, ctx)
        }
        _ => eval_general(e, row, ctx),
    }
}

/// Evaluates any expression on a row. (`ctx` is passed down for functions
/// that read the graph or check the interrupt; none does yet.)
#[allow(clippy::only_used_in_recursion)]
fn eval_general(e: &CExpr, row: &Row, ctx: &Ctx) -> Result<Value> {
    Ok(match e {
        CExpr::Const(v) => v.clone(),
        CExpr::Param(i) => ctx.params.get(*i).cloned().unwrap_or(Value::Null),
        CExpr::Slot(s) => row.get(*s).cloned().unwrap_or(Value::Null),
        CExpr::Property(base, key) => property(&eval(base, row, ctx)?, key)?,
        CExpr::Index(base, index) => {
            let (base, index) = (eval(base, row, ctx)?, eval(index, row, ctx)?);
            match (&base, &index) {
                (Value::Null, _) | (_, Value::Null) => Value::Null,
                (Value::List(items), Value::Int(i)) => {
                    let len = i64::try_from(items.len()).unwrap_or(i64::MAX);
                    let at = if *i < 0 { len.checked_add(*i) } else { Some(*i) };
                    at.and_then(|a| usize::try_from(a).ok()).and_then(|a| items.get(a)).cloned().unwrap_or(Value::Null)
                }
                (_, Value::String(k)) => property(&base, k)?,
                _ => return Err(runtime(format!("cannot index a {} with a {}", base.type_name(), index.type_name()))),
            }
        }
        CExpr::List(items) => Value::List(items.iter().map(|x| eval(x, row, ctx)).collect::<Result<_>>()?),
        CExpr::Map(pairs) => Value::Map(pairs.iter().map(|(k, x)| Ok((k.clone(), eval(x, row, ctx)?))).collect::<Result<_>>()?),
        CExpr::Call(f, args) => {
            let args: SmallVec<[Value; 3]> = args.iter().map(|x| eval(x, row, ctx)).collect::<Result<_>>()?;
            call(*f, args)?
        }
        CExpr::Not(x) => match eval(x, row, ctx)? {
            Value::Bool(b) => Value::Bool(!b),
            Value::Null => Value::Null,
            other => return Err(runtime(format!("NOT of a {}", other.type_name()))),
        },
        CExpr::Neg(x) => match eval(x, row, ctx)? {
            Value::Int(i) => Value::Int(i.checked_neg().ok_or_else(|| runtime("integer overflow"))?),
            Value::Float(f) => Value::Float(-f),
            Value::Null => Value::Null,
            other => return Err(runtime(format!("cannot negate a {}", other.type_name()))),
        },
        CExpr::Chain(first, rest) => {
            let mut acc = eval(first, row, ctx)?;
            for (op, x) in rest {
                acc = match op {
                    BinOp::And | BinOp::Or | BinOp::Xor => {
                        // AND and OR decide without the right side when they can.
                        let known = match (op, &acc) {
                            (BinOp::And, Value::Bool(false)) => Some(Value::Bool(false)),
                            (BinOp::Or, Value::Bool(true)) => Some(Value::Bool(true)),
                            _ => None,
                        };
                        match known {
                            Some(v) => v,
                            None => logic(*op, &acc, &eval(x, row, ctx)?)?,
                        }
                    }
                    _ => arithmetic(*op, &acc, &eval(x, row, ctx)?)?,
                };
            }
            acc
        }
        CExpr::Compare(a, op, b) => compare(*op, &*eval_ref(a, row, ctx)?, &*eval_ref(b, row, ctx)?),
        CExpr::IsNull(x, want_null) => Value::Bool(eval(x, row, ctx)?.is_null() == *want_null),
        CExpr::In(x, list) => {
            let (x, list) = (eval(x, row, ctx)?, eval(list, row, ctx)?);
            match list {
                Value::Null => Value::Null,
                Value::List(items) => {
                    let mut unknown = false;
                    for item in &items {
                        match equals(&x, item) {
                            Some(true) => return Ok(Value::Bool(true)),
                            None => unknown = true,
                            Some(false) => {}
                        }
                    }
                    if unknown {
                        Value::Null
                    } else {
                        Value::Bool(false)
                    }
                }
                other => return Err(runtime(format!("IN needs a list, not a {}", other.type_name()))),
            }
        }
        CExpr::StartsWith(a, b) => strings(eval(a, row, ctx)?, eval(b, row, ctx)?, |a, b| a.starts_with(b)),
        CExpr::EndsWith(a, b) => strings(eval(a, row, ctx)?, eval(b, row, ctx)?, |a, b| a.ends_with(b)),
        CExpr::Contains(a, b) => strings(eval(a, row, ctx)?, eval(b, row, ctx)?, |a, b| a.contains(b)),
        CExpr::Regex(a, pattern, compiled) => {
            let a = eval(a, row, ctx)?;
            let Value::String(s) = a else { return Ok(Value::Null) };
            match compiled {
                Some(re) => Value::Bool(re.is_match(&s)),
                None => match eval(pattern, row, ctx)? {
                    Value::String(p) => Value::Bool(super::plan::compile_regex(&p).map_err(runtime)?.is_match(&s)),
                    _ => Value::Null,
                },
            }
        }
        CExpr::NameMatch(target, pattern, keys) => {
            let target = eval(target, row, ctx)?;
            let keys: Vec<String> = match keys {
                Some(k) => k.as_ref().clone(),
                None => match eval(pattern, row, ctx)? {
                    Value::String(p) => crate::extract::name_match_keys(&p),
                    _ => return Ok(Value::Null),
                },
            };
            let names: Vec<String> = match &target {
                Value::Null => return Ok(Value::Null),
                Value::Node(n) => {
                    let mut names: Vec<String> = n.str_prop("name").map(str::to_string).into_iter().collect();
                    if let Some(crate::model::PropValue::List(a)) = n.props.get("aliases") {
                        names.extend(a.iter().cloned());
                    }
                    names
                }
                Value::String(s) => vec![s.clone()],
                Value::List(items) => items.iter().filter_map(|i| if let Value::String(s) = i { Some(s.clone()) } else { None }).collect(),
                other => return Err(runtime(format!("`~` matches names, not a {}", other.type_name()))),
            };
            let matched = names.iter().any(|n| crate::extract::name_index_keys(n).iter().any(|k| keys.contains(k)));
            Value::Bool(matched)
        }
    })
}

fn strings(a: Value, b: Value, f: impl Fn(&str, &str) -> bool) -> Value {
    match (a, b) {
        (Value::String(a), Value::String(b)) => Value::Bool(f(&a, &b)),
        _ => Value::Null,
    }
}

fn property(base: &Value, key: &str) -> Result<Value> {
    Ok(match base {
        Value::Null => Value::Null,
        Value::Node(n) => n.props.get(key).map_or(Value::Null, Value::from),
        Value::Relationship(e) => e.props.get(key).map_or(Value::Null, Value::from),
        Value::Map(m) => m.get(key).cloned().unwrap_or(Value::Null),
        other => return Err(runtime(format!("cannot read property `{key}` of a {}", other.type_name()))),
    })
}

fn logic(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    let as_bool = |v: &Value| -> Result<Option<bool>> {
        match v {
            Value::Bool(b) => Ok(Some(*b)),
            Value::Null => Ok(None),
            other => Err(runtime(format!("{} of a {}", op.as_str(), other.type_name()))),
        }
    };
    let (a, b) = (as_bool(a)?, as_bool(b)?);
    Ok(match (op, a, b) {
        (BinOp::And, Some(false), _) | (BinOp::And, _, Some(false)) => Value::Bool(false),
        (BinOp::And, Some(true), Some(true)) => Value::Bool(true),
        (BinOp::Or, Some(true), _) | (BinOp::Or, _, Some(true)) => Value::Bool(true),
        (BinOp::Or, Some(false), Some(false)) => Value::Bool(false),
        (BinOp::Xor, Some(x), Some(y)) => Value::Bool(x != y),
        _ => Value::Null,
    })
}

fn arithmetic(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    let overflow = || runtime("integer overflow");
    Ok(match (a, b) {
        (Value::Null, _) | (_, Value::Null) => Value::Null,
        (Value::Int(x), Value::Int(y)) => Value::Int(match op {
            BinOp::Add => x.checked_add(*y).ok_or_else(overflow)?,
            BinOp::Sub => x.checked_sub(*y).ok_or_else(overflow)?,
            BinOp::Mul => x.checked_mul(*y).ok_or_else(overflow)?,
            BinOp::Div => {
                if *y == 0 {
                    return Err(runtime("division by zero"));
                }
                x.checked_div(*y).ok_or_else(overflow)?
            }
            BinOp::Mod => {
                if *y == 0 {
                    return Err(runtime("division by zero"));
                }
                x.checked_rem(*y).ok_or_else(overflow)?
            }
            _ => unreachable!("logic operators are not arithmetic"),
        }),
        (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
            let f = |v: &Value| match v {
                Value::Int(i) => *i as f64,
                Value::Float(x) => *x,
                _ => 0.0,
            };
            let (x, y) = (f(a), f(b));
            Value::Float(match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div => x / y,
                BinOp::Mod => x % y,
                _ => unreachable!("logic operators are not arithmetic"),
            })
        }
        (Value::String(x), Value::String(y)) if op == BinOp::Add => Value::String(format!("{x}{y}")),
        (Value::String(x), other) if op == BinOp::Add && !matches!(other, Value::List(_)) => {
            Value::String(format!("{x}{}", other.to_cell()))
        }
        (Value::List(x), Value::List(y)) if op == BinOp::Add => Value::List(x.iter().chain(y).cloned().collect()),
        (Value::List(x), y) if op == BinOp::Add => Value::List(x.iter().cloned().chain(std::iter::once(y.clone())).collect()),
        _ => return Err(runtime(format!("cannot apply `{}` to a {} and a {}", op.as_str(), a.type_name(), b.type_name()))),
    })
}

/// Cypher equality: `None` when null makes it unknown.
pub(crate) fn equals(a: &Value, b: &Value) -> Option<bool> {
    Some(match (a, b) {
        (Value::Null, _) | (_, Value::Null) => return None,
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => (*x as f64) == *y,
        (Value::List(x), Value::List(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            let mut unknown = false;
            for (p, q) in x.iter().zip(y) {
                match equals(p, q) {
                    Some(false) => return Some(false),
                    None => unknown = true,
                    Some(true) => {}
                }
            }
            if unknown {
                return None;
            }
            true
        }
        (Value::Node(x), Value::Node(y)) => x.id == y.id,
        (Value::Relationship(x), Value::Relationship(y)) => x.id == y.id,
        (Value::Float(x), Value::Float(y)) => x == y,
        _ if std::mem::discriminant(a) == std::mem::discriminant(b) => a.key() == b.key(),
        _ => false,
    })
}

fn compare(op: CompOp, a: &Value, b: &Value) -> Value {
    match op {
        CompOp::Eq => equals(a, b).map_or(Value::Null, Value::Bool),
        CompOp::Ne => equals(a, b).map_or(Value::Null, |x| Value::Bool(!x)),
        _ => {
            let comparable = matches!(
                (a, b),
                (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_))
                    | (Value::String(_), Value::String(_))
                    | (Value::Bool(_), Value::Bool(_))
            );
            let nan = matches!(a, Value::Float(x) if x.is_nan()) || matches!(b, Value::Float(x) if x.is_nan());
            if !comparable || nan {
                return Value::Null;
            }
            let o = a.order(b);
            Value::Bool(match op {
                CompOp::Lt => o == Ordering::Less,
                CompOp::Le => o != Ordering::Greater,
                CompOp::Gt => o == Ordering::Greater,
                CompOp::Ge => o != Ordering::Less,
                CompOp::Eq | CompOp::Ne => unreachable!("handled above"),
            })
        }
    }
}

fn call(f: Func, args: SmallVec<[Value; 3]>) -> Result<Value> {
    let mut args = args.into_iter();
    let first = args.next().unwrap_or(Value::Null);
    let wrong = |v: &Value, name: &str| runtime(format!("`{name}` does not take a {}", v.type_name()));
    Ok(match f {
        Func::Coalesce => std::iter::once(first).chain(args).find(|v| !v.is_null()).unwrap_or(Value::Null),
        _ if first.is_null() => Value::Null,
        Func::Length => match &first {
            Value::Path(p) => Value::Int(p.relationships.len() as i64),
            Value::List(l) => Value::Int(l.len() as i64),
            Value::String(s) => Value::Int(s.chars().count() as i64),
            v => return Err(wrong(v, "length")),
        },
        Func::Size => match &first {
            Value::List(l) => Value::Int(l.len() as i64),
            Value::String(s) => Value::Int(s.chars().count() as i64),
            Value::Map(m) => Value::Int(m.len() as i64),
            v => return Err(wrong(v, "size")),
        },
        Func::Nodes => match first {
            Value::Path(p) => Value::List(p.nodes.iter().cloned().map(|n| Value::Node(Arc::new(n))).collect()),
            v => return Err(wrong(&v, "nodes")),
        },
        Func::Relationships => match first {
            Value::Path(p) => Value::List(p.relationships.iter().cloned().map(|e| Value::Relationship(e.into())).collect()),
            v => return Err(wrong(&v, "relationships")),
        },
        Func::Labels => match &first {
            Value::Node(n) => Value::List(vec![Value::String(n.label.as_str().to_string())]),
            v => return Err(wrong(v, "labels")),
        },
        Func::Type => match &first {
            Value::Relationship(e) => Value::String(e.rel.as_str().to_string()),
            v => return Err(wrong(v, "type")),
        },
        Func::Id => match &first {
            Value::Node(n) => Value::Int(i64::try_from(n.id.0).unwrap_or(i64::MAX)),
            Value::Relationship(e) => Value::Int(i64::try_from(e.id.0).unwrap_or(i64::MAX)),
            v => return Err(wrong(v, "id")),
        },
        Func::ToLower => match &first {
            Value::String(s) => Value::String(s.to_lowercase()),
            v => return Err(wrong(v, "toLower")),
        },
        Func::ToUpper => match &first {
            Value::String(s) => Value::String(s.to_uppercase()),
            v => return Err(wrong(v, "toUpper")),
        },
        Func::Trim => match &first {
            Value::String(s) => Value::String(s.trim().to_string()),
            v => return Err(wrong(v, "trim")),
        },
        Func::Keys => match &first {
            Value::Node(n) => Value::List(n.props.keys().cloned().map(Value::String).collect()),
            Value::Relationship(e) => Value::List(e.props.keys().cloned().map(Value::String).collect()),
            Value::Map(m) => Value::List(m.keys().cloned().map(Value::String).collect()),
            v => return Err(wrong(v, "keys")),
        },
        Func::Properties => match &first {
            Value::Node(n) => Value::Map(n.props.iter().map(|(k, v)| (k.clone(), Value::from(v))).collect()),
            Value::Relationship(e) => Value::Map(e.props.iter().map(|(k, v)| (k.clone(), Value::from(v))).collect()),
            Value::Map(_) => first,
            v => return Err(wrong(v, "properties")),
        },
        Func::StartNode | Func::EndNode => {
            return Err(runtime("startNode and endNode need the nodes of a path: use nodes(p) instead"));
        }
        Func::ToString => match &first {
            Value::String(_) => first,
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => Value::String(first.to_string()),
            v => return Err(wrong(v, "toString")),
        },
        Func::ToInteger => match &first {
            Value::Int(_) => first,
            Value::Float(x) if x.is_finite() && x.abs() < 9.2e18 => Value::Int(x.trunc() as i64),
            Value::String(s) => s.trim().parse::<i64>().map(Value::Int).unwrap_or(Value::Null),
            _ => Value::Null,
        },
        Func::ToFloat => match &first {
            Value::Float(_) => first,
            Value::Int(i) => Value::Float(*i as f64),
            Value::String(s) => s.trim().parse::<f64>().map(Value::Float).unwrap_or(Value::Null),
            _ => Value::Null,
        },
        Func::Head => match first {
            Value::List(l) => l.into_iter().next().unwrap_or(Value::Null),
            v => return Err(wrong(&v, "head")),
        },
        Func::Last => match first {
            Value::List(l) => l.into_iter().last().unwrap_or(Value::Null),
            v => return Err(wrong(&v, "last")),
        },
        Func::Abs => match first {
            Value::Int(i) => Value::Int(i.checked_abs().ok_or_else(|| runtime("integer overflow"))?),
            Value::Float(x) => Value::Float(x.abs()),
            v => return Err(wrong(&v, "abs")),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_keeps_integers_apart_from_other_values_and_dedups_each() {
        let mut seen = Distinct::default();
        let one = [0];
        assert!(seen.first(&one, &vec![Value::Int(1)]));
        assert!(!seen.first(&one, &vec![Value::Int(1)]));
        assert!(seen.first(&one, &vec![Value::String("1".into())]));
        assert!(!seen.first(&one, &vec![Value::String("1".into())]));
        assert!(seen.first(&one, &vec![Value::Float(1.0)]));
        assert!(seen.first(&one, &vec![Value::Null]));
        assert!(!seen.first(&one, &vec![Value::Null]));
        // Two columns are keyed together, integers or not.
        let two = [0, 1];
        assert!(seen.first(&two, &vec![Value::Int(1), Value::Int(2)]));
        assert!(seen.first(&two, &vec![Value::Int(2), Value::Int(1)]));
        assert!(!seen.first(&two, &vec![Value::Int(1), Value::Int(2)]));
    }
}
