//! The planner: a checked syntax tree → a plan the evaluator runs. It names
//! every variable's slot in the row, resolves labels, types, functions and
//! parameters (reporting unknown ones with a suggestion), anchors each
//! pattern on the most selective index it can use, orders the expansions
//! from there, pushes each WHERE conjunct to the earliest step that binds
//! its variables, and writes EXPLAIN's description of all that.
//!
//! Anchors, most selective first: a bound variable; `id(n) = x`; an indexed
//! property equal to a value (`{name: ..}`, `n.key = ..`, `n.key IN [..]`;
//! the categorical `level` and `kind` are estimated at a share of the label);
//! the Kazakh name match `n.name ~ ..` on a Person; `STARTS WITH` on an
//! indexed property; a label (estimated by its count); all nodes.

use super::ast::{self, BinOp, Bounds, CompOp, Expr, ExprKind, Literal, PathSelector, RelDirection};
use super::error::{suggest, QueryError, QueryErrorKind};
use super::read::GraphRead;
use super::value::{Params, Value};
use crate::model::{Direction, Label, RelType};
use std::fmt::Write as _;
use std::sync::Arc;

/// Writes a line of EXPLAIN's text, only when the plan is to be explained:
/// otherwise the arguments (syntax printed back, descriptions) are not even
/// built, since every query is planned.
macro_rules! explain {
    ($p:expr, $($arg:tt)*) => {
        if $p.explaining {
            let _ = writeln!($p.explain, $($arg)*);
        }
    };
}

/// The longest variable-length or shortest path followed when the query
/// gives no upper bound.
pub const DEFAULT_MAX_PATH_LENGTH: u64 = 10;

/// The most hops any path pattern may allow (path searches recurse over hops).
pub(crate) const MAX_HOPS: u64 = 1000;

/// A compiled expression: variables are row slots, parameters are values,
/// functions are resolved.
#[derive(Clone, Debug)]
pub(crate) enum CExpr {
    Const(Value),
    /// A parameter: its index in [`Plan::params`], its value given per run
    /// (so that a plan is reused with other values).
    Param(usize),
    Slot(usize),
    Property(Box<CExpr>, String),
    Index(Box<CExpr>, Box<CExpr>),
    List(Vec<CExpr>),
    Map(Vec<(String, CExpr)>),
    Call(Func, Vec<CExpr>),
    Not(Box<CExpr>),
    Neg(Box<CExpr>),
    Chain(Box<CExpr>, Vec<(BinOp, CExpr)>),
    Compare(Box<CExpr>, CompOp, Box<CExpr>),
    IsNull(Box<CExpr>, bool),
    In(Box<CExpr>, Box<CExpr>),
    StartsWith(Box<CExpr>, Box<CExpr>),
    EndsWith(Box<CExpr>, Box<CExpr>),
    Contains(Box<CExpr>, Box<CExpr>),
    /// `=~` with the regex compiled when it was constant.
    Regex(Box<CExpr>, Box<CExpr>, Option<Arc<regex::Regex>>),
    /// `~` with the match keys of the pattern when it was constant.
    NameMatch(Box<CExpr>, Box<CExpr>, Option<Arc<Vec<String>>>),
}

/// Scalar functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Func {
    Length,
    Nodes,
    Relationships,
    Labels,
    Type,
    Id,
    ToLower,
    ToUpper,
    Size,
    Coalesce,
    Keys,
    Properties,
    StartNode,
    EndNode,
    ToString,
    ToInteger,
    ToFloat,
    Head,
    Last,
    Abs,
    Trim,
}

const FUNCTIONS: &[(&str, Func, usize, usize)] = &[
    ("length", Func::Length, 1, 1),
    ("nodes", Func::Nodes, 1, 1),
    ("relationships", Func::Relationships, 1, 1),
    ("labels", Func::Labels, 1, 1),
    ("type", Func::Type, 1, 1),
    ("id", Func::Id, 1, 1),
    ("toLower", Func::ToLower, 1, 1),
    ("toUpper", Func::ToUpper, 1, 1),
    ("size", Func::Size, 1, 1),
    ("coalesce", Func::Coalesce, 1, usize::MAX),
    ("keys", Func::Keys, 1, 1),
    ("properties", Func::Properties, 1, 1),
    ("startNode", Func::StartNode, 1, 1),
    ("endNode", Func::EndNode, 1, 1),
    ("toString", Func::ToString, 1, 1),
    ("toInteger", Func::ToInteger, 1, 1),
    ("toFloat", Func::ToFloat, 1, 1),
    ("head", Func::Head, 1, 1),
    ("last", Func::Last, 1, 1),
    ("abs", Func::Abs, 1, 1),
    ("trim", Func::Trim, 1, 1),
];

/// Every function a query may call, scalar then aggregate (for the shell's
/// completion).
pub(crate) fn function_names() -> impl Iterator<Item = &'static str> {
    FUNCTIONS.iter().map(|(n, ..)| *n).chain(AGGREGATES.iter().map(|(n, _)| *n))
}

/// Aggregate functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AggFunc {
    CountStar,
    Count,
    Collect,
    Min,
    Max,
    Sum,
    Avg,
}

const AGGREGATES: &[(&str, AggFunc)] = &[
    ("count", AggFunc::Count),
    ("collect", AggFunc::Collect),
    ("min", AggFunc::Min),
    ("max", AggFunc::Max),
    ("sum", AggFunc::Sum),
    ("avg", AggFunc::Avg),
];

fn aggregate_of(name: &str) -> Option<AggFunc> {
    AGGREGATES.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, f)| *f)
}

fn is_aggregate_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::CountStar => true,
        ExprKind::Call { name, .. } => aggregate_of(&name.name).is_some(),
        _ => false,
    }
}

fn contains_aggregate(e: &Expr) -> Option<&Expr> {
    let mut found = None;
    e.walk(&mut |x| {
        if found.is_none() && is_aggregate_call(x) {
            found = Some(x);
        }
    });
    found
}

/// One aggregate to compute per group, written to `slot`.
#[derive(Clone, Debug)]
pub(crate) struct AggSpec {
    pub(crate) func: AggFunc,
    pub(crate) distinct: bool,
    pub(crate) arg: Option<CExpr>,
    pub(crate) slot: usize,
}

/// Properties the planner may anchor on when the graph indexes them.
const INDEXABLE_PROPS: &[&str] = &["name", "key", "aliases", "id", "level", "kind"];

/// Indexed properties with few distinct values (a value selects many nodes).
const CATEGORICAL_PROPS: &[&str] = &["level", "kind"];

/// Where a pattern's first node comes from.
#[derive(Clone, Debug)]
pub(crate) enum Anchor {
    /// Bound before (an earlier clause or pattern).
    Bound,
    /// `id(n) = x`.
    NodeId(CExpr),
    /// An indexed property equal to a value.
    PropEq(&'static str, CExpr),
    /// An indexed property equal to one of a list's values.
    PropIn(&'static str, CExpr),
    /// The Kazakh-aware name index.
    NameMatch(CExpr),
    /// An indexed property starting with a prefix.
    PropPrefix(&'static str, CExpr),
    /// A label index (one scan per label).
    Labels(Vec<Label>),
    /// Every node.
    All,
}

/// What a relationship pattern accepts.
#[derive(Clone, Debug)]
pub(crate) struct RelSpec {
    pub(crate) types: Vec<RelType>,
    /// The direction as followed (from the node already bound).
    pub(crate) direction: Direction,
    pub(crate) min: u64,
    pub(crate) max: u64,
    /// `*` or a quantifier: binds a list of relationships.
    pub(crate) var_length: bool,
    pub(crate) props: Vec<(String, CExpr)>,
    /// Whether relationship records must be read (variables, properties, paths).
    pub(crate) load_edges: bool,
}

/// What a node pattern requires of a node.
#[derive(Clone, Debug, Default)]
pub(crate) struct NodeSpec {
    pub(crate) labels: Vec<Label>,
    pub(crate) props: Vec<(String, CExpr)>,
}

/// One step of matching.
#[derive(Clone, Debug)]
pub(crate) enum MatchStep {
    /// Bind (or check, when bound) the node in `slot` from an anchor.
    /// Without `load`, the node's record is not read: the query uses the
    /// node only for its identity, so it is bound with its id and label.
    Scan { slot: usize, anchor: Anchor, spec: NodeSpec, load: bool },
    /// Follow relationships from the node in `from` to `to`. Shared: the
    /// evaluator makes one expansion per start node, which clones a pointer.
    Expand(Arc<ExpandStep>),
    /// Shortest paths between two bound nodes.
    Shortest { from: usize, to: usize, rel: RelSpec, selector: PathSelector, path_slot: usize, rel_slot: Option<usize> },
    /// Keep the row only when the condition is true.
    Filter(CExpr),
    /// Assemble a path variable from the pattern's first node and segments.
    BindPath { slot: usize, start: usize, segments: Vec<(usize, bool)> },
}

/// One relationship pattern followed from a bound node.
#[derive(Clone, Debug)]
pub(crate) struct ExpandStep {
    pub(crate) from: usize,
    pub(crate) to: usize,
    pub(crate) to_bound: bool,
    pub(crate) rel: RelSpec,
    pub(crate) spec: NodeSpec,
    pub(crate) rel_slot: Option<usize>,
    /// Where to put the segment (for a path variable), and whether it
    /// runs against the pattern's order.
    pub(crate) segment: Option<(usize, bool)>,
    /// Whether the far node's record is read (as in `Scan`).
    pub(crate) load: bool,
}

/// A MATCH clause.
#[derive(Clone, Debug)]
pub(crate) struct MatchPlan {
    pub(crate) optional: bool,
    pub(crate) steps: Vec<MatchStep>,
    /// Slots this clause binds (set to null when an OPTIONAL MATCH fails).
    pub(crate) new_slots: Vec<usize>,
}

/// A WITH or RETURN.
#[derive(Clone, Debug)]
pub(crate) struct ProjectPlan {
    /// Items without aggregates: their value and output slot.
    pub(crate) items: Vec<(CExpr, usize)>,
    /// Items with aggregates, computed per group after the aggregates.
    pub(crate) agg_items: Vec<(CExpr, usize)>,
    pub(crate) aggregates: Vec<AggSpec>,
    pub(crate) distinct: bool,
    pub(crate) order_by: Vec<(CExpr, bool)>,
    pub(crate) skip: Option<CExpr>,
    pub(crate) limit: Option<CExpr>,
    pub(crate) where_: Option<CExpr>,
    /// The output slots in column order.
    pub(crate) outputs: Vec<usize>,
}

impl ProjectPlan {
    pub(crate) fn aggregating(&self) -> bool {
        !self.aggregates.is_empty()
    }
}

/// One operator of the pipeline. (A query has a handful: their size does
/// not matter.)
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub(crate) enum Op {
    Match(Arc<MatchPlan>),
    Project(Arc<ProjectPlan>),
}

/// A planned query.
#[derive(Clone, Debug)]
pub(crate) struct Plan {
    pub(crate) ops: Vec<Op>,
    pub(crate) slots: usize,
    pub(crate) columns: Vec<String>,
    /// What EXPLAIN prints.
    pub(crate) explain: String,
    pub(crate) is_explain: bool,
    /// The parameters the plan reads, by [`CExpr::Param`] index.
    pub(crate) params: Vec<String>,
    /// Whether the plan holds nothing of the parameters' values (they
    /// compile a constant regex or name pattern), so that it serves any.
    pub(crate) reusable: bool,
}

/// What a variable holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VarKind {
    Node,
    Rel,
    RelList,
    Path,
    Value,
}

impl VarKind {
    fn describe(self) -> &'static str {
        match self {
            VarKind::Node => "a node",
            VarKind::Rel => "a relationship",
            VarKind::RelList => "a list of relationships",
            VarKind::Path => "a path",
            VarKind::Value => "a value",
        }
    }
}

struct Planner<'q> {
    text: &'q str,
    params: &'q Params,
    graph: &'q dyn GraphRead,
    max_path_length: u64,
    slots: std::cell::Cell<usize>,
    /// Visible variables: name → (slot, kind), in binding order.
    scope: Vec<(String, usize, VarKind)>,
    explain: String,
    /// Whether `explain` is written (EXPLAIN, `Db::explain`).
    explaining: bool,
    total_nodes: Option<u64>,
    /// Plan with missing parameters as null (EXPLAIN without values).
    lenient_params: bool,
    /// Variables whose node records the query reads (see [`record_uses`]).
    needs_record: Vec<String>,
    /// A `*` projection: every variable is read.
    needs_all_records: bool,
    /// Parameter names by [`CExpr::Param`] index.
    param_names: std::cell::RefCell<Vec<String>>,
    /// Whether a parameter's value went into the plan.
    param_values_used: std::cell::Cell<bool>,
}

type PResult<T> = Result<T, QueryError>;

/// Plans `query` (already parsed from `text`). With `lenient_params`, a
/// missing parameter is null instead of an error (to explain a query
/// without its values). The plan's `explain` text is written when the query
/// says EXPLAIN or `explaining` is set.
pub(crate) fn plan(
    query: &ast::Query,
    text: &str,
    params: &Params,
    graph: &dyn GraphRead,
    max_path_length: u64,
    lenient_params: bool,
    explaining: bool,
) -> Result<Plan, QueryError> {
    let mut p = Planner {
        text,
        params,
        graph,
        max_path_length: max_path_length.clamp(1, MAX_HOPS),
        slots: std::cell::Cell::new(0),
        scope: Vec::new(),
        explain: String::new(),
        explaining: explaining || query.explain,
        total_nodes: None,
        lenient_params,
        needs_record: Vec::new(),
        needs_all_records: false,
        param_names: std::cell::RefCell::new(Vec::new()),
        param_values_used: std::cell::Cell::new(false),
    };
    (p.needs_record, p.needs_all_records) = record_uses(query);
    let mut ops = Vec::new();
    let mut columns = Vec::new();
    let mut rows_estimate: f64 = 1.0;
    for (n, clause) in query.clauses.iter().enumerate() {
        explain!(p, "{}. {}", n + 1, one_line(&clause.to_string()));
        match clause {
            ast::Clause::Match(m) => {
                let plan = p.plan_match(m, &mut rows_estimate)?;
                ops.push(Op::Match(Arc::new(plan)));
            }
            ast::Clause::With(w) => {
                let (plan, _) = p.plan_projection(&w.projection, w.where_.as_ref())?;
                explain!(p, "   project {} column(s){}", plan.outputs.len(), describe_projection(&plan));
                ops.push(Op::Project(Arc::new(plan)));
            }
            ast::Clause::Return(r) => {
                let (plan, names) = p.plan_projection(r, None)?;
                explain!(p, "   return {}{}", names.join(", "), describe_projection(&plan));
                columns = names;
                ops.push(Op::Project(Arc::new(plan)));
            }
        }
    }
    explain!(p, "estimated rows before projection: {}", fmt_estimate(rows_estimate));
    let reusable = !query.explain && !p.lenient_params && !p.param_values_used.get();
    Ok(Plan {
        ops,
        slots: p.slots.get(),
        columns,
        explain: p.explain,
        is_explain: query.explain,
        params: p.param_names.into_inner(),
        reusable,
    })
}

/// The variables whose node record the query needs (their properties, or
/// the node itself as a value), and whether a `*` projection needs them
/// all. A variable used only for its identity (`id(n)`, `n = m`, `n <> m`,
/// `n IS NULL`, `count(n)`, `labels(n)`, a pattern without properties) is
/// not among them: its records are not read. Names are not scoped here, so
/// a name that needs its record anywhere needs it everywhere.
fn record_uses(query: &ast::Query) -> (Vec<String>, bool) {
    let mut needs = Vec::new();
    let mut all = false;
    let mut projection = |p: &ast::Projection, needs: &mut Vec<String>| {
        match &p.items {
            Some(items) => items.iter().for_each(|i| expr_record_uses(&i.expr, needs)),
            None => all = true,
        }
        p.order_by.iter().for_each(|o| expr_record_uses(&o.expr, needs));
        p.skip.iter().chain(p.limit.iter()).for_each(|e| expr_record_uses(e, needs));
    };
    // How many node patterns name each variable: a node's properties are
    // checked where it is matched (by its record or by an index entry), but
    // where it is already bound, only its record can say.
    let mut mentions: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for clause in &query.clauses {
        if let ast::Clause::Match(m) = clause {
            for pattern in &m.patterns {
                for node in std::iter::once(&pattern.start).chain(pattern.steps.iter().map(|(_, n)| n)) {
                    if let Some(v) = &node.var {
                        *mentions.entry(v.name.as_str()).or_default() += 1;
                    }
                }
            }
        }
    }
    for clause in &query.clauses {
        match clause {
            ast::Clause::Match(m) => {
                for pattern in &m.patterns {
                    let path = pattern.var.is_some() || pattern.selector.is_shortest();
                    let nodes = std::iter::once(&pattern.start).chain(pattern.steps.iter().map(|(_, n)| n));
                    for node in nodes {
                        if let Some(v) = &node.var {
                            if path || (!node.props.is_empty() && mentions[v.name.as_str()] > 1) {
                                needs.push(v.name.clone());
                            }
                        }
                        node.props.iter().for_each(|(_, e)| expr_record_uses(e, &mut needs));
                    }
                    for (rel, _) in &pattern.steps {
                        rel.props.iter().for_each(|(_, e)| expr_record_uses(e, &mut needs));
                    }
                }
                if let Some(w) = &m.where_ {
                    expr_record_uses(w, &mut needs);
                }
            }
            ast::Clause::With(w) => {
                projection(&w.projection, &mut needs);
                if let Some(e) = &w.where_ {
                    expr_record_uses(e, &mut needs);
                }
            }
            ast::Clause::Return(r) => projection(r, &mut needs),
        }
    }
    (needs, all)
}

/// [`record_uses`] of one expression.
fn expr_record_uses(e: &Expr, needs: &mut Vec<String>) {
    let bare_var = |x: &Expr| matches!(x.kind, ExprKind::Var(_));
    let mut sub = |x: &Expr| expr_record_uses(x, needs);
    match &e.kind {
        ExprKind::Var(v) => {
            if !needs.contains(v) {
                needs.push(v.clone());
            }
        }
        ExprKind::Literal(_) | ExprKind::Param(_) | ExprKind::CountStar => {}
        ExprKind::Call { name, args, .. }
            if args.len() == 1
                && bare_var(&args[0])
                && ["id", "count", "labels"].iter().any(|f| f.eq_ignore_ascii_case(&name.name)) => {}
        ExprKind::Call { args, .. } => args.iter().for_each(sub),
        ExprKind::Compare(a, op, b) => {
            for side in [a, b] {
                if !(matches!(op, CompOp::Eq | CompOp::Ne) && bare_var(side)) {
                    sub(side);
                }
            }
        }
        ExprKind::Predicate(x, p) => {
            if !(matches!(p, ast::Predicate::IsNull | ast::Predicate::IsNotNull) && bare_var(x)) {
                sub(x);
            }
            match p {
                ast::Predicate::IsNull | ast::Predicate::IsNotNull => {}
                ast::Predicate::In(y)
                | ast::Predicate::StartsWith(y)
                | ast::Predicate::EndsWith(y)
                | ast::Predicate::Contains(y)
                | ast::Predicate::Regex(y)
                | ast::Predicate::NameMatch(y) => sub(y),
            }
        }
        ExprKind::Property(x, _) | ExprKind::Not(x) | ExprKind::Neg(x) => sub(x),
        ExprKind::Index(a, b) => {
            sub(a);
            sub(b);
        }
        ExprKind::List(items) => items.iter().for_each(sub),
        ExprKind::Map(pairs) => pairs.iter().for_each(|(_, x)| sub(x)),
        ExprKind::Chain(first, rest) => {
            sub(first);
            rest.iter().for_each(|(_, x)| sub(x));
        }
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fmt_estimate(x: f64) -> String {
    if x >= 1e15 {
        "very many".to_string()
    } else {
        format!("{}", x.ceil() as u64)
    }
}

fn describe_projection(p: &ProjectPlan) -> String {
    let mut parts = Vec::new();
    if p.aggregating() {
        parts.push(format!("{} aggregate(s), grouped by {} key(s)", p.aggregates.len(), p.items.len()));
    }
    if p.distinct {
        parts.push("distinct".into());
    }
    if !p.order_by.is_empty() {
        parts.push("sorted".into());
    }
    if p.skip.is_some() || p.limit.is_some() {
        parts.push("skip/limit".into());
    }
    if p.where_.is_some() {
        parts.push("filtered".into());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

fn semantic(text: &str, span: ast::Span, message: String) -> QueryError {
    QueryError::at(QueryErrorKind::Semantic, message, text, span.start..span.end)
}

/// `a AND b AND c` as `[a, b, c]`.
fn conjuncts(e: &Expr) -> Vec<&Expr> {
    match &e.kind {
        ExprKind::Chain(first, rest) if rest.iter().all(|(op, _)| *op == BinOp::And) => {
            let mut out = vec![first.as_ref()];
            out.extend(rest.iter().map(|(_, e)| e));
            out
        }
        _ => vec![e],
    }
}

/// The variables an expression mentions.
fn vars_of(e: &Expr) -> Vec<String> {
    let mut out = Vec::new();
    e.walk(&mut |x| {
        if let ExprKind::Var(v) = &x.kind {
            if !out.contains(v) {
                out.push(v.clone());
            }
        }
    });
    out
}

impl<'q> Planner<'q> {
    fn new_slot(&self) -> usize {
        let slot = self.slots.get();
        self.slots.set(slot + 1);
        slot
    }

    fn lookup(&self, name: &str) -> Option<(usize, VarKind)> {
        self.scope.iter().rev().find(|(n, _, _)| n == name).map(|(_, s, k)| (*s, *k))
    }

    fn total_nodes(&mut self) -> u64 {
        if let Some(n) = self.total_nodes {
            return n;
        }
        let n = Label::ALL.iter().map(|l| self.graph.label_count(*l).unwrap_or(0)).sum();
        self.total_nodes = Some(n);
        n
    }

    /// Binds `name` as a new variable of `kind`, or checks that it is bound
    /// to the same kind. Returns its slot and whether it was bound before.
    fn bind(&mut self, ident: &ast::Ident, kind: VarKind) -> PResult<(usize, bool)> {
        if let Some((slot, had)) = self.lookup(&ident.name) {
            let compatible = had == kind || had == VarKind::Value && kind == VarKind::Node;
            if !compatible {
                return Err(semantic(
                    self.text,
                    ident.span,
                    format!("`{}` is {}, it cannot also be {}", ident.name, had.describe(), kind.describe()),
                ));
            }
            return Ok((slot, true));
        }
        let slot = self.new_slot();
        self.scope.push((ident.name.clone(), slot, kind));
        Ok((slot, false))
    }

    fn label(&self, ident: &ast::Ident) -> PResult<Label> {
        Label::parse(&ident.name).ok_or_else(|| {
            let mut e = semantic(self.text, ident.span, format!("unknown label `{}`", ident.name));
            if let Some(s) = suggest(&ident.name, Label::ALL.iter().map(|l| l.as_str())) {
                e.help = Some(format!("did you mean `{s}`?"));
            } else {
                e.help = Some(format!("the labels are {}", Label::ALL.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")));
            }
            e
        })
    }

    fn rel_type(&self, ident: &ast::Ident) -> PResult<RelType> {
        RelType::parse(&ident.name).ok_or_else(|| {
            let mut e = semantic(self.text, ident.span, format!("unknown relationship type `{}`", ident.name));
            if let Some(s) = suggest(&ident.name, RelType::ALL.iter().map(|r| r.as_str())) {
                e.help = Some(format!("did you mean `{s}`?"));
            } else {
                e.help = Some(format!(
                    "the relationship types are {}",
                    RelType::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ")
                ));
            }
            e
        })
    }

    // ------------------------------------------------------------ expressions

    /// Compiles an expression where aggregates are not allowed.
    fn expr(&self, e: &Expr) -> PResult<CExpr> {
        self.expr_with(e, &mut |_, _| None)
    }

    /// Compiles an expression; `agg` may replace aggregate calls (returns
    /// `None` to refuse them).
    fn expr_with(&self, e: &Expr, agg: &mut dyn FnMut(&Planner<'q>, &Expr) -> Option<PResult<CExpr>>) -> PResult<CExpr> {
        let sub = |x: &Expr, agg: &mut dyn FnMut(&Planner<'q>, &Expr) -> Option<PResult<CExpr>>| {
            self.expr_with(x, agg).map(Box::new)
        };
        Ok(match &e.kind {
            ExprKind::Literal(l) => CExpr::Const(match l {
                Literal::Null => Value::Null,
                Literal::Bool(b) => Value::Bool(*b),
                Literal::Int(i) => Value::Int(*i),
                Literal::Float(x) => Value::Float(*x),
                Literal::String(s) => Value::String(s.clone()),
            }),
            ExprKind::Param(name) => match self.params.get(name) {
                Some(_) if !self.lenient_params => {
                    let mut names = self.param_names.borrow_mut();
                    let index = match names.iter().position(|n| n == name) {
                        Some(i) => i,
                        None => {
                            names.push(name.clone());
                            names.len() - 1
                        }
                    };
                    CExpr::Param(index)
                }
                Some(v) => CExpr::Const(v.clone()),
                None if self.lenient_params => CExpr::Const(Value::Null),
                None => {
                    let mut err = semantic(self.text, e.span, format!("missing parameter `${name}`"));
                    err.help = Some(match suggest(name, self.params.keys().map(String::as_str)) {
                        Some(s) => format!("did you mean `${s}`?"),
                        None => format!("give it with --param {name}=VALUE, or `:param {name} VALUE` in the shell"),
                    });
                    return Err(err);
                }
            },
            ExprKind::Var(name) => match self.lookup(name) {
                Some((slot, _)) => CExpr::Slot(slot),
                None => {
                    let mut err = semantic(self.text, e.span, format!("unbound variable `{name}`"));
                    if let Some(s) = suggest(name, self.scope.iter().map(|(n, _, _)| n.as_str())) {
                        err.help = Some(format!("did you mean `{s}`?"));
                    }
                    return Err(err);
                }
            },
            ExprKind::Property(base, key) => CExpr::Property(sub(base, agg)?, key.name.clone()),
            ExprKind::Index(base, index) => CExpr::Index(sub(base, agg)?, sub(index, agg)?),
            ExprKind::List(items) => CExpr::List(items.iter().map(|x| self.expr_with(x, agg)).collect::<PResult<_>>()?),
            ExprKind::Map(pairs) => CExpr::Map(
                pairs.iter().map(|(k, v)| Ok((k.name.clone(), self.expr_with(v, agg)?))).collect::<PResult<_>>()?,
            ),
            ExprKind::CountStar | ExprKind::Call { .. } if is_aggregate_call(e) => match agg(self, e) {
                Some(result) => result?,
                None => {
                    let name = match &e.kind {
                        ExprKind::Call { name, .. } => name.name.clone(),
                        _ => "count".to_string(),
                    };
                    return Err(semantic(
                        self.text,
                        e.span,
                        format!("aggregate `{name}` is not allowed here (only in WITH and RETURN, not nested, not in WHERE)"),
                    )
                    .with_help("aggregate in a WITH, then filter with WHERE after it"));
                }
            },
            ExprKind::CountStar => unreachable!("count(*) is an aggregate"),
            ExprKind::Call { name, distinct, args } => {
                let Some((canonical, func, min, max)) =
                    FUNCTIONS.iter().find(|(n, ..)| n.eq_ignore_ascii_case(&name.name)).copied()
                else {
                    let mut err = semantic(self.text, name.span, format!("unknown function `{}`", name.name));
                    let names = FUNCTIONS.iter().map(|(n, ..)| *n).chain(AGGREGATES.iter().map(|(n, _)| *n));
                    if let Some(s) = suggest(&name.name, names) {
                        err.help = Some(format!("did you mean `{s}`?"));
                    }
                    return Err(err);
                };
                if *distinct {
                    return Err(semantic(self.text, e.span, format!("DISTINCT is only for aggregates, not `{canonical}`")));
                }
                if args.len() < min || args.len() > max {
                    return Err(semantic(
                        self.text,
                        e.span,
                        format!("`{canonical}` takes {} argument(s), not {}", if max == usize::MAX { format!("{min} or more") } else { min.to_string() }, args.len()),
                    ));
                }
                CExpr::Call(func, args.iter().map(|x| self.expr_with(x, agg)).collect::<PResult<_>>()?)
            }
            ExprKind::Not(x) => CExpr::Not(sub(x, agg)?),
            ExprKind::Neg(x) => CExpr::Neg(sub(x, agg)?),
            ExprKind::Chain(first, rest) => CExpr::Chain(
                sub(first, agg)?,
                rest.iter().map(|(op, x)| Ok((*op, self.expr_with(x, agg)?))).collect::<PResult<_>>()?,
            ),
            ExprKind::Compare(a, op, b) => CExpr::Compare(sub(a, agg)?, *op, sub(b, agg)?),
            ExprKind::Predicate(x, p) => {
                let base = sub(x, agg)?;
                match p {
                    ast::Predicate::IsNull => CExpr::IsNull(base, true),
                    ast::Predicate::IsNotNull => CExpr::IsNull(base, false),
                    ast::Predicate::In(l) => CExpr::In(base, sub(l, agg)?),
                    ast::Predicate::StartsWith(s) => CExpr::StartsWith(base, sub(s, agg)?),
                    ast::Predicate::EndsWith(s) => CExpr::EndsWith(base, sub(s, agg)?),
                    ast::Predicate::Contains(s) => CExpr::Contains(base, sub(s, agg)?),
                    ast::Predicate::Regex(r) => {
                        let pattern = sub(r, agg)?;
                        let compiled = match self.constant_value(&pattern) {
                            Some(Value::String(s)) => Some(Arc::new(compile_regex(s).map_err(|m| semantic(self.text, r.span, m))?)),
                            _ => None,
                        };
                        CExpr::Regex(base, pattern, compiled)
                    }
                    ast::Predicate::NameMatch(n) => {
                        // `v.name ~ x` on a node matches its aliases too.
                        let target = match (&x.kind, base.as_ref()) {
                            (ExprKind::Property(_, key), CExpr::Property(node, _)) if key.name == "name" => node.clone(),
                            _ => base,
                        };
                        let pattern = sub(n, agg)?;
                        let keys = match self.constant_value(&pattern) {
                            Some(Value::String(s)) => Some(Arc::new(crate::extract::name_match_keys(s))),
                            _ => None,
                        };
                        CExpr::NameMatch(target, pattern, keys)
                    }
                }
            }
        })
    }

    /// The value of a constant or parameter, to compile it once per plan
    /// (a parameter's value then makes the plan serve that value only).
    fn constant_value<'v>(&'v self, e: &'v CExpr) -> Option<&'v Value> {
        match e {
            CExpr::Const(v) => Some(v),
            CExpr::Param(i) => {
                let name = self.param_names.borrow().get(*i).cloned()?;
                let value = self.params.get(&name)?;
                self.param_values_used.set(true);
                Some(value)
            }
            _ => None,
        }
    }

    // ------------------------------------------------------------ MATCH

    /// Whether matching `n` reads its record: yes when the query uses more
    /// of it than its identity, when it has properties to check, when it is
    /// on a path, or when it has no label (a node bound without its record
    /// carries its label).
    fn load_record(&self, n: &ast::NodePattern, on_path: bool) -> bool {
        !n.props.is_empty() || self.record_used(n, on_path)
    }

    /// Whether the query uses `n`'s record for more than checking its
    /// properties.
    fn record_used(&self, n: &ast::NodePattern, on_path: bool) -> bool {
        self.needs_all_records
            || on_path
            || n.labels.is_empty()
            || n.var.as_ref().is_some_and(|v| self.needs_record.contains(&v.name))
    }

    /// [`Planner::load_record`] for the node a match starts from, whose
    /// properties the scan checks itself: by an index entry's witness of
    /// the one property it looked up, else by reading the record.
    fn load_anchor_record(&self, n: &ast::NodePattern, on_path: bool) -> bool {
        n.props.len() > 1 || self.record_used(n, on_path)
    }

    fn node_spec(&self, n: &ast::NodePattern) -> PResult<NodeSpec> {
        Ok(NodeSpec {
            labels: n.labels.iter().map(|l| self.label(l)).collect::<PResult<_>>()?,
            props: n.props.iter().map(|(k, v)| Ok((k.name.clone(), self.expr(v)?))).collect::<PResult<_>>()?,
        })
    }

    fn rel_spec(&self, r: &ast::RelPattern, forward: bool, load_edges: bool) -> PResult<RelSpec> {
        if r.star.is_some() && r.quantifier.is_some() {
            return Err(semantic(self.text, r.span, "a relationship has either `*` or a quantifier `{m,n}`, not both".into()));
        }
        let bounds = r.repetition();
        let (min, max) = match bounds {
            None => (1, 1),
            Some(Bounds { min, max }) => (min.unwrap_or(1), max.unwrap_or(self.max_path_length.max(min.unwrap_or(1)))),
        };
        if min > max {
            return Err(semantic(self.text, r.span, format!("the length {min}..{max} is empty: the least is more than the most")));
        }
        if max > MAX_HOPS {
            return Err(semantic(self.text, r.span, format!("paths of more than {MAX_HOPS} hops are not supported (this one allows {max})")));
        }
        let direction = match (r.direction, forward) {
            (RelDirection::Both, _) => Direction::Both,
            (RelDirection::Right, true) | (RelDirection::Left, false) => Direction::Outgoing,
            _ => Direction::Incoming,
        };
        Ok(RelSpec {
            types: r.types.iter().map(|t| self.rel_type(t)).collect::<PResult<_>>()?,
            direction,
            min,
            max,
            var_length: bounds.is_some(),
            props: r.props.iter().map(|(k, v)| Ok((k.name.clone(), self.expr(v)?))).collect::<PResult<_>>()?,
            load_edges: load_edges || !r.props.is_empty() || r.var.is_some(),
        })
    }

    /// The best anchor for a node pattern, given what is bound and the
    /// WHERE conjuncts: (estimate, anchor, description).
    fn best_anchor(&mut self, n: &ast::NodePattern, conds: &[&Expr], bound: &[String]) -> PResult<(f64, Anchor, String)> {
        let var = n.var.as_ref().map(|v| v.name.clone());
        if let Some(v) = &var {
            if bound.contains(v) {
                return Ok((1.0, Anchor::Bound, format!("{v} (bound before)")));
            }
        }
        let name = var.clone().unwrap_or_else(|| "(anonymous)".into());
        let closed = |e: &Expr| vars_of(e).iter().all(|v| bound.contains(v));
        let mut best: Option<(f64, Anchor, String)> = None;
        // The description is only written for EXPLAIN (planning runs per query).
        let explaining = self.explaining;
        let mut consider = |est: f64, anchor: Anchor, desc: &dyn Fn() -> String| {
            let better = match &best {
                None => true,
                Some((b, _, _)) => est < *b,
            };
            if better {
                best = Some((est, anchor, if explaining { desc() } else { String::new() }));
            }
        };
        // What one value of a property is estimated to select: one node for
        // names and keys, a share of the label for a categorical property.
        let mentions_categorical = n.props.iter().any(|(k, _)| CATEGORICAL_PROPS.contains(&k.name.as_str()))
            || conds.iter().any(|c| {
                let mut found = false;
                c.walk(&mut |x| {
                    if let ExprKind::Property(_, key) = &x.kind {
                        found |= CATEGORICAL_PROPS.contains(&key.name.as_str());
                    }
                });
                found
            });
        let categorical = if mentions_categorical { self.categorical_estimate(n)? } else { 1.0 };
        let per_value = |prop: &str| if CATEGORICAL_PROPS.contains(&prop) { categorical } else { 1.0 };
        for (k, v) in &n.props {
            if let Some(prop) = self.indexed(&k.name) {
                if closed(v) {
                    consider(per_value(prop), Anchor::PropEq(prop, self.expr(v)?), &|| format!("{name}: index {prop} = {v}"));
                }
            }
        }
        let is_var = |e: &Expr| matches!((&e.kind, &var), (ExprKind::Var(x), Some(v)) if x == v);
        let prop_of_var = |e: &Expr| match &e.kind {
            ExprKind::Property(base, key) if is_var(base) => Some(key.name.clone()),
            _ => None,
        };
        let person_only = n.labels.len() == 1 && n.labels[0].name == "Person";
        for c in conds {
            match &c.kind {
                ExprKind::Compare(a, CompOp::Eq, b) => {
                    for (side, other) in [(a, b), (b, a)] {
                        if !closed(other) {
                            continue;
                        }
                        if let Some(prop) = prop_of_var(side).and_then(|p| self.indexed(&p)) {
                            consider(
                                per_value(prop),
                                Anchor::PropEq(prop, self.expr(other)?),
                                &|| format!("{name}: index {prop} = {other}"),
                            );
                        }
                        if let ExprKind::Call { name: f, args, .. } = &side.kind {
                            if f.name.eq_ignore_ascii_case("id") && args.len() == 1 && is_var(&args[0]) {
                                consider(0.5, Anchor::NodeId(self.expr(other)?), &|| format!("{name}: node id = {other}"));
                            }
                        }
                    }
                }
                ExprKind::Predicate(side, ast::Predicate::In(list)) if closed(list) => {
                    if let Some(prop) = prop_of_var(side).and_then(|p| self.indexed(&p)) {
                        let est = per_value(prop)
                            * match &list.kind {
                                ExprKind::List(items) => items.len().max(1) as f64,
                                _ => 5.0,
                            };
                        consider(est, Anchor::PropIn(prop, self.expr(list)?), &|| format!("{name}: index {prop} IN {list}"));
                    }
                }
                ExprKind::Predicate(side, ast::Predicate::NameMatch(pattern)) if person_only && closed(pattern) => {
                    let on_name = prop_of_var(side).is_some_and(|p| p == "name") || is_var(side);
                    if on_name {
                        consider(
                            2.0,
                            Anchor::NameMatch(self.expr(pattern)?),
                            &|| format!("{name}: index ~name (Kazakh-aware name keys) ~ {pattern}"),
                        );
                    }
                }
                ExprKind::Predicate(side, ast::Predicate::StartsWith(prefix)) if closed(prefix) => {
                    if let Some(prop) = prop_of_var(side).and_then(|p| self.indexed(&p)) {
                        consider(
                            10.0,
                            Anchor::PropPrefix(prop, self.expr(prefix)?),
                            &|| format!("{name}: index {prop} STARTS WITH {prefix}"),
                        );
                    }
                }
                _ => {}
            }
        }
        if !n.labels.is_empty() {
            let mut labels = Vec::new();
            let mut count = 0u64;
            for l in &n.labels {
                let label = self.label(l)?;
                count = count.saturating_add(self.graph.label_count(label).unwrap_or(0));
                labels.push(label);
            }
            let names: Vec<&str> = labels.iter().map(|l| l.as_str()).collect();
            consider(count as f64, Anchor::Labels(labels), &|| format!("{name}: label scan :{} ({count} nodes)", names.join("|")));
        }
        let total = self.total_nodes();
        consider(total as f64 + 1.0, Anchor::All, &|| format!("{name}: all nodes ({total}) — no index applies"));
        Ok(best.expect("all nodes is always an anchor"))
    }

    fn indexed(&self, prop: &str) -> Option<&'static str> {
        INDEXABLE_PROPS.iter().copied().find(|p| *p == prop && self.graph.is_indexed(p))
    }

    /// How many nodes one value of a categorical property is estimated to
    /// select: a quarter of the pattern's labels (of all nodes without a
    /// label), so that it beats a label scan and loses to a name or key.
    fn categorical_estimate(&mut self, n: &ast::NodePattern) -> PResult<f64> {
        let mut count = 0u64;
        for l in &n.labels {
            count = count.saturating_add(self.graph.label_count(self.label(l)?).unwrap_or(0));
        }
        if n.labels.is_empty() {
            count = self.total_nodes();
        }
        Ok((count as f64 / 4.0).max(2.0))
    }

    fn fanout(&self, spec: &RelSpec) -> f64 {
        let rels: u64 = if spec.types.is_empty() {
            RelType::ALL.iter().map(|r| self.graph.rel_count(*r).unwrap_or(0)).sum()
        } else {
            spec.types.iter().map(|r| self.graph.rel_count(*r).unwrap_or(0)).sum()
        };
        let nodes = self.total_nodes.unwrap_or(1).max(1) as f64;
        let per_node = (rels as f64 / nodes).max(0.1) * if spec.direction == Direction::Both { 2.0 } else { 1.0 };
        if spec.var_length {
            (1..=spec.max.min(6)).map(|k| per_node.powi(k as i32)).sum::<f64>().max(1.0)
        } else {
            per_node
        }
    }

    fn plan_match(&mut self, m: &ast::MatchClause, rows: &mut f64) -> PResult<MatchPlan> {
        if let Some(w) = &m.where_ {
            if let Some(a) = contains_aggregate(w) {
                return Err(semantic(self.text, a.span, "aggregate in WHERE: aggregates belong in WITH or RETURN".into())
                    .with_help("aggregate in a WITH, then filter with WHERE after it"));
            }
        }
        let scope_before = self.scope.len();
        let slots_before = self.slots.get();
        let mut bound: Vec<String> = self.scope.iter().map(|(n, _, _)| n.clone()).collect();
        let all_conds: Vec<&Expr> = m.where_.as_ref().map(conjuncts).unwrap_or_default();
        let mut pending: Vec<(&Expr, Vec<String>)> = all_conds.iter().map(|c| (*c, vars_of(c))).collect();
        let mut steps = Vec::new();
        // Conditions on what is bound already go first.
        self.flush_filters(&mut pending, &bound, &mut steps)?;

        let mut remaining: Vec<&ast::Pattern> = m.patterns.iter().collect();
        while !remaining.is_empty() {
            // The pattern with the cheapest anchor goes next.
            let mut choice: Option<(usize, usize, f64)> = None;
            for (pi, pattern) in remaining.iter().enumerate() {
                let nodes: Vec<&ast::NodePattern> =
                    std::iter::once(&pattern.start).chain(pattern.steps.iter().map(|(_, n)| n)).collect();
                for (ni, node) in nodes.iter().enumerate() {
                    if pattern.selector.is_shortest() && ni != 0 {
                        continue;
                    }
                    let (est, _, _) = self.best_anchor(node, &all_conds, &bound)?;
                    let better = match choice {
                        None => true,
                        Some((_, _, b)) => est < b,
                    };
                    if better {
                        choice = Some((pi, ni, est));
                    }
                }
            }
            let (pi, ni, _) = choice.expect("a pattern has a node");
            let pattern = remaining.remove(pi);
            self.plan_pattern(pattern, ni, &all_conds, &mut bound, &mut pending, &mut steps, rows)?;
        }
        if let Some((c, _)) = pending.first() {
            // Every variable is bound by now, so this names an unknown one.
            self.expr(c)?;
        }
        let new_slots = (slots_before..self.slots.get()).collect();
        let _ = scope_before;
        Ok(MatchPlan { optional: m.optional, steps, new_slots })
    }

    fn flush_filters(&self, pending: &mut Vec<(&Expr, Vec<String>)>, bound: &[String], steps: &mut Vec<MatchStep>) -> PResult<()> {
        let mut i = 0;
        while i < pending.len() {
            if pending[i].1.iter().all(|v| bound.contains(v)) {
                let (c, _) = pending.remove(i);
                steps.push(MatchStep::Filter(self.expr(c)?));
            } else {
                i += 1;
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn plan_pattern(
        &mut self,
        pattern: &ast::Pattern,
        anchor_at: usize,
        conds: &[&Expr],
        bound: &mut Vec<String>,
        pending: &mut Vec<(&Expr, Vec<String>)>,
        steps: &mut Vec<MatchStep>,
        rows: &mut f64,
    ) -> PResult<()> {
        let nodes: Vec<&ast::NodePattern> = std::iter::once(&pattern.start).chain(pattern.steps.iter().map(|(_, n)| n)).collect();
        let rels: Vec<&ast::RelPattern> = pattern.steps.iter().map(|(r, _)| r).collect();
        let with_path = pattern.var.is_some();
        explain!(self, "   pattern {}", one_line(&pattern.to_string()));
        // A slot per node (anonymous nodes get hidden ones).
        let mut node_slots = Vec::new();
        for n in &nodes {
            match &n.var {
                Some(v) => {
                    let (slot, _) = self.bind(v, VarKind::Node)?;
                    node_slots.push(slot);
                }
                None => {
                    node_slots.push(self.new_slot());
                }
            }
        }
        let bind_node = |bound: &mut Vec<String>, n: &ast::NodePattern| {
            if let Some(v) = &n.var {
                if !bound.contains(&v.name) {
                    bound.push(v.name.clone());
                }
            }
        };

        if pattern.selector.is_shortest() {
            if rels.len() != 1 {
                return Err(semantic(
                    self.text,
                    pattern.span,
                    "a shortest-path pattern has exactly one relationship: (a)-[*]-(b)".into(),
                ));
            }
            for (idx, n) in [0usize, 1].into_iter().map(|i| (i, nodes[i])) {
                let (est, anchor, desc) = self.best_anchor(n, conds, bound)?;
                explain!(self, "   anchor {desc} (est. {})", fmt_estimate(est));
                *rows *= est.max(1.0);
                steps.push(MatchStep::Scan { slot: node_slots[idx], anchor, spec: self.node_spec(n)?, load: true });
                bind_node(bound, n);
                self.flush_filters(pending, bound, steps)?;
            }
            let rel = rels[0];
            let spec = self.rel_spec(rel, true, true)?;
            let rel_slot = match &rel.var {
                Some(v) => {
                    bound.push(v.name.clone());
                    Some(self.bind(v, VarKind::RelList)?.0)
                }
                None => None,
            };
            let path_slot = match &pattern.var {
                Some(v) => {
                    bound.push(v.name.clone());
                    self.bind(v, VarKind::Path)?.0
                }
                None => self.new_slot(),
            };
            let algorithm = match pattern.selector {
                PathSelector::ShortestPathFn | PathSelector::AnyShortest => "one shortest path, bidirectional BFS".to_string(),
                PathSelector::AllShortestPathsFn | PathSelector::AllShortest => {
                    "all shortest paths, BFS distances + pruned enumeration".to_string()
                }
                PathSelector::ShortestK(k) => format!("the {k} shortest paths, BFS distances + pruned enumeration"),
                PathSelector::All => unreachable!("checked is_shortest"),
            };
            explain!(self, "   shortest {} -> {}: {algorithm}, at most {} hops", var_name(nodes[0]), var_name(nodes[1]), spec.max);
            steps.push(MatchStep::Shortest {
                from: node_slots[0],
                to: node_slots[1],
                rel: spec,
                selector: pattern.selector,
                path_slot,
                rel_slot,
            });
            self.flush_filters(pending, bound, steps)?;
            return Ok(());
        }

        let anchor_node = nodes[anchor_at];
        let (est, anchor, desc) = self.best_anchor(anchor_node, conds, bound)?;
        explain!(self, "   anchor {desc} (est. {})", fmt_estimate(est));
        *rows *= est.max(1.0);
        let load = self.load_anchor_record(anchor_node, with_path);
        if !load && anchor_node.props.is_empty() {
            explain!(self, "   {} bound by id and label (its record is not read)", var_name(anchor_node));
        } else if !load {
            explain!(self, "   {} checked by the index entry's label and text", var_name(anchor_node));
        }
        steps.push(MatchStep::Scan { slot: node_slots[anchor_at], anchor, spec: self.node_spec(anchor_node)?, load });
        bind_node(bound, anchor_node);
        self.flush_filters(pending, bound, steps)?;

        let mut segments: Vec<Option<(usize, bool)>> = vec![None; rels.len()];
        // Rightwards from the anchor, then leftwards.
        let order: Vec<(usize, bool)> =
            (anchor_at..rels.len()).map(|r| (r, true)).chain((0..anchor_at).rev().map(|r| (r, false))).collect();
        for (r, forward) in order {
            let rel = rels[r];
            let (from_i, to_i) = if forward { (r, r + 1) } else { (r + 1, r) };
            let spec = self.rel_spec(rel, forward, with_path)?;
            let rel_slot = match &rel.var {
                Some(v) => {
                    let kind = if spec.var_length { VarKind::RelList } else { VarKind::Rel };
                    let (slot, was) = self.bind(v, kind)?;
                    if was {
                        return Err(semantic(self.text, v.span, format!("relationship variable `{}` is bound already", v.name)));
                    }
                    bound.push(v.name.clone());
                    Some(slot)
                }
                None => None,
            };
            let segment = if with_path { Some((self.new_slot(), !forward)) } else { None };
            segments[r] = segment;
            let to_node = nodes[to_i];
            let to_bound = to_node.var.as_ref().is_some_and(|v| bound.contains(&v.name));
            let fan = self.fanout(&spec);
            *rows *= fan;
            let (left, right) = match spec.direction {
                Direction::Outgoing => ("-", "->"),
                Direction::Incoming => ("<-", "-"),
                Direction::Both => ("-", "-"),
            };
            let types: Vec<&str> = spec.types.iter().map(|t| t.as_str()).collect();
            explain!(
                self,
                "   expand {} {left}[{}{}]{right} {}{} via adjacency (est. {} rows)",
                var_name(nodes[from_i]),
                if types.is_empty() { "any".to_string() } else { format!(":{}", types.join("|")) },
                if spec.var_length { format!(" *{}..{}", spec.min, spec.max) } else { String::new() },
                var_name(to_node),
                if to_bound { " (bound: check)" } else { "" },
                fmt_estimate(*rows)
            );
            let load = self.load_record(to_node, with_path);
            if !load {
                explain!(self, "   {} checked by the label index (its record is not read)", var_name(to_node));
            }
            steps.push(MatchStep::Expand(Arc::new(ExpandStep {
                from: node_slots[from_i],
                to: node_slots[to_i],
                to_bound,
                rel: spec,
                spec: self.node_spec(to_node)?,
                rel_slot,
                segment,
                load,
            })));
            bind_node(bound, to_node);
            self.flush_filters(pending, bound, steps)?;
        }
        if let Some(v) = &pattern.var {
            let (slot, was) = self.bind(v, VarKind::Path)?;
            if was {
                return Err(semantic(self.text, v.span, format!("path variable `{}` is bound already", v.name)));
            }
            bound.push(v.name.clone());
            steps.push(MatchStep::BindPath {
                slot,
                start: node_slots[0],
                segments: segments.into_iter().map(|s| s.expect("every segment has a slot with a path")).collect(),
            });
            self.flush_filters(pending, bound, steps)?;
        }
        Ok(())
    }

    // ------------------------------------------------------------ WITH / RETURN

    fn plan_projection(&mut self, p: &ast::Projection, where_: Option<&Expr>) -> PResult<(ProjectPlan, Vec<String>)> {
        // The items, with their column names.
        let items: Vec<(Expr, String, Option<ast::Span>)> = match &p.items {
            Some(items) => items
                .iter()
                .map(|item| {
                    let name = match &item.alias {
                        Some(a) => a.name.clone(),
                        None => self.text.get(item.expr.span.start..item.expr.span.end).unwrap_or("?").trim().to_string(),
                    };
                    (item.expr.clone(), name, item.alias.as_ref().map(|a| a.span))
                })
                .collect(),
            None => {
                let mut vars: Vec<(String, usize)> = self
                    .scope
                    .iter()
                    .filter(|(n, _, _)| !n.is_empty())
                    .map(|(n, s, _)| (n.clone(), *s))
                    .collect();
                vars.sort();
                vars.dedup_by(|a, b| a.0 == b.0);
                if vars.is_empty() {
                    return Err(semantic(self.text, p.span, "`*` with no variables to return".into()));
                }
                vars.into_iter()
                    .map(|(n, _)| (Expr::new(ExprKind::Var(n.clone()), p.span), n, None))
                    .collect()
            }
        };
        let mut seen = Vec::new();
        for (_, name, span) in &items {
            if seen.contains(name) {
                return Err(semantic(self.text, span.unwrap_or(p.span), format!("the column name `{name}` is used twice")));
            }
            seen.push(name.clone());
        }
        let aggregating = items.iter().any(|(e, _, _)| contains_aggregate(e).is_some());
        let mut aggregates: Vec<AggSpec> = Vec::new();
        let mut plain_items = Vec::new();
        let mut agg_items = Vec::new();
        let mut outputs = Vec::new();
        let mut new_scope: Vec<(String, usize, VarKind)> = Vec::new();
        let mut compiled_items: Vec<(Expr, usize)> = Vec::new();
        for (e, name, _) in &items {
            let slot = self.new_slot();
            if contains_aggregate(e).is_some() {
                let mut planned = Vec::new();
                let c = self.expr_with(e, &mut |planner, call| Some(planner.aggregate(call, &mut planned)))?;
                aggregates.extend(planned);
                agg_items.push((c, slot));
            } else {
                plain_items.push((self.expr(e)?, slot));
            }
            outputs.push(slot);
            let kind = match &e.kind {
                ExprKind::Var(v) => self.lookup(v).map(|(_, k)| k).unwrap_or(VarKind::Value),
                _ => VarKind::Value,
            };
            new_scope.push((name.clone(), slot, kind));
            compiled_items.push((e.clone(), slot));
        }
        // ORDER BY sees the new columns, and (without aggregation or
        // DISTINCT) the variables before them too.
        let old_scope = std::mem::take(&mut self.scope);
        self.scope = if aggregating || p.distinct { Vec::new() } else { old_scope.clone() };
        self.scope.extend(new_scope.iter().cloned());
        let mut order_by = Vec::new();
        for s in &p.order_by {
            let same_item = compiled_items.iter().find(|(e, _)| *e == s.expr).map(|(_, slot)| *slot);
            let c = match same_item {
                Some(slot) => CExpr::Slot(slot),
                None => {
                    if let Some(a) = contains_aggregate(&s.expr) {
                        return Err(semantic(self.text, a.span, "ORDER BY an aggregate that is not a column: add it to the projection".into()));
                    }
                    self.expr(&s.expr)?
                }
            };
            order_by.push((c, s.descending));
        }
        self.scope = new_scope;
        let constant = |planner: &Self, e: &Option<Expr>| -> PResult<Option<CExpr>> {
            match e {
                None => Ok(None),
                Some(e) => {
                    if !vars_of(e).is_empty() || contains_aggregate(e).is_some() {
                        return Err(semantic(planner.text, e.span, "SKIP and LIMIT take a number or a parameter".into()));
                    }
                    planner.expr(e).map(Some)
                }
            }
        };
        let skip = constant(self, &p.skip)?;
        let limit = constant(self, &p.limit)?;
        let where_ = match where_ {
            Some(w) => {
                if let Some(a) = contains_aggregate(w) {
                    return Err(semantic(self.text, a.span, "aggregate in WHERE: aggregate in the WITH and filter on its alias".into()));
                }
                Some(self.expr(w)?)
            }
            None => None,
        };
        let names = items.into_iter().map(|(_, n, _)| n).collect();
        Ok((ProjectPlan { items: plain_items, agg_items, aggregates, distinct: p.distinct, order_by, skip, limit, where_, outputs }, names))
    }

    /// Plans one aggregate call: its argument, its slot; returns the
    /// expression that reads the result.
    fn aggregate(&self, call: &Expr, planned: &mut Vec<AggSpec>) -> PResult<CExpr> {
        let slot = self.new_slot();
        let (func, distinct, arg) = match &call.kind {
            ExprKind::CountStar => (AggFunc::CountStar, false, None),
            ExprKind::Call { name, distinct, args } => {
                let func = aggregate_of(&name.name).expect("checked is_aggregate_call");
                if args.len() != 1 {
                    return Err(semantic(self.text, call.span, format!("`{}` takes 1 argument, not {}", name.name, args.len())));
                }
                if let Some(inner) = contains_aggregate(&args[0]) {
                    return Err(semantic(self.text, inner.span, "aggregates cannot be nested".into()));
                }
                (func, *distinct, Some(self.expr(&args[0])?))
            }
            _ => unreachable!("an aggregate call"),
        };
        planned.push(AggSpec { func, distinct, arg, slot });
        Ok(CExpr::Slot(slot))
    }
}

fn var_name(n: &ast::NodePattern) -> String {
    match &n.var {
        Some(v) => v.name.clone(),
        None => format!("({})", n.labels.iter().map(|l| format!(":{}", l.name)).collect::<String>()),
    }
}

/// Compiles a Cypher regex: the whole string must match.
pub(crate) fn compile_regex(pattern: &str) -> Result<regex::Regex, String> {
    regex::RegexBuilder::new(&format!("^(?:{pattern})$"))
        .size_limit(1 << 20)
        .build()
        .map_err(|e| format!("bad regular expression: {e}"))
}

