//! The syntax tree of a query, with byte spans into the query text, and its
//! printing: `Display` writes a query that parses back to the same tree
//! (spans aside), with the fewest parentheses precedence allows.

use std::fmt::{self, Write as _};

/// A byte range `[start, end)` of the query text.
///
/// Spans never take part in equality: two trees are equal when they say the
/// same thing, wherever it was written. That is what lets the parser tests
/// check parse → print → parse with `==`.
#[derive(Clone, Copy, Debug, Default, Eq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl PartialEq for Span {
    fn eq(&self, _: &Span) -> bool {
        true
    }
}

impl Span {
    /// A span from offsets.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }
}

/// A name as written (variables, labels, types, property keys, aliases).
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    /// The name, without backticks.
    pub name: String,
    /// Where it was written.
    pub span: Span,
}

/// A whole query.
#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    /// `EXPLAIN` in front: print the plan instead of running.
    pub explain: bool,
    /// The clauses; the last one is a `RETURN`.
    pub clauses: Vec<Clause>,
}

/// One clause.
#[derive(Clone, Debug, PartialEq)]
pub enum Clause {
    /// `MATCH` or `OPTIONAL MATCH`.
    Match(MatchClause),
    /// `WITH`.
    With(WithClause),
    /// `RETURN`.
    Return(Projection),
}

/// `[OPTIONAL] MATCH patterns [WHERE cond]`.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchClause {
    /// `OPTIONAL MATCH`.
    pub optional: bool,
    /// The comma-separated patterns.
    pub patterns: Vec<Pattern>,
    /// The `WHERE` condition.
    pub where_: Option<Expr>,
    /// The clause.
    pub span: Span,
}

/// `WITH projection [WHERE cond]`.
#[derive(Clone, Debug, PartialEq)]
pub struct WithClause {
    /// The projection.
    pub projection: Projection,
    /// The `WHERE` condition, on the projected columns.
    pub where_: Option<Expr>,
}

/// What `WITH` and `RETURN` share.
#[derive(Clone, Debug, PartialEq)]
pub struct Projection {
    /// `DISTINCT`.
    pub distinct: bool,
    /// The columns; `None` for `*`.
    pub items: Option<Vec<ProjectionItem>>,
    /// `ORDER BY`.
    pub order_by: Vec<SortItem>,
    /// `SKIP`.
    pub skip: Option<Expr>,
    /// `LIMIT`.
    pub limit: Option<Expr>,
    /// The clause.
    pub span: Span,
}

/// One projected column.
#[derive(Clone, Debug, PartialEq)]
pub struct ProjectionItem {
    /// Its value.
    pub expr: Expr,
    /// `AS alias`.
    pub alias: Option<Ident>,
}

/// One `ORDER BY` key.
#[derive(Clone, Debug, PartialEq)]
pub struct SortItem {
    /// The key.
    pub expr: Expr,
    /// `DESC` / `DESCENDING`.
    pub descending: bool,
}

/// How a pattern picks among the paths it matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathSelector {
    /// Every match (no selector).
    All,
    /// `shortestPath(...)`: one shortest path.
    ShortestPathFn,
    /// `allShortestPaths(...)`: every shortest path.
    AllShortestPathsFn,
    /// GQL `ANY SHORTEST`: one shortest path.
    AnyShortest,
    /// GQL `ALL SHORTEST`: every shortest path.
    AllShortest,
    /// GQL `SHORTEST k`: the k shortest paths.
    ShortestK(u64),
}

impl PathSelector {
    /// Whether this selects shortest paths.
    pub fn is_shortest(self) -> bool {
        self != PathSelector::All
    }
}

/// A path pattern: `[p =] [selector] (a)-[r]->(b)...`.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// The path variable.
    pub var: Option<Ident>,
    /// The selector.
    pub selector: PathSelector,
    /// The first node.
    pub start: NodePattern,
    /// Relationships and the nodes after them.
    pub steps: Vec<(RelPattern, NodePattern)>,
    /// The pattern.
    pub span: Span,
}

/// `(var:Label|Other {key: value})`.
#[derive(Clone, Debug, PartialEq)]
pub struct NodePattern {
    /// The variable.
    pub var: Option<Ident>,
    /// Labels, any of which may match.
    pub labels: Vec<Ident>,
    /// Properties that must be equal.
    pub props: Vec<(Ident, Expr)>,
    /// The node pattern.
    pub span: Span,
}

/// Which way a relationship pattern points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelDirection {
    /// `<-[]-`: from the right node to the left one.
    Left,
    /// `-[]->`: from the left node to the right one.
    Right,
    /// `-[]-`: either way.
    Both,
}

/// Repetition bounds (`*m..n` or `{m,n}`); `None` is unbounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    /// At least.
    pub min: Option<u64>,
    /// At most.
    pub max: Option<u64>,
}

/// `-[var:TYPE|OTHER*m..n {key: value}]->{m,n}`.
#[derive(Clone, Debug, PartialEq)]
pub struct RelPattern {
    /// The variable.
    pub var: Option<Ident>,
    /// Types, any of which may match.
    pub types: Vec<Ident>,
    /// The direction.
    pub direction: RelDirection,
    /// Cypher variable length `*m..n`.
    pub star: Option<Bounds>,
    /// GQL quantifier `{m,n}` after the relationship.
    pub quantifier: Option<Bounds>,
    /// Properties that must be equal.
    pub props: Vec<(Ident, Expr)>,
    /// Whether it was written with brackets (`-[]->` rather than `-->`).
    pub span: Span,
}

impl RelPattern {
    /// The repetition bounds, from `*` or the quantifier, if any.
    pub fn repetition(&self) -> Option<Bounds> {
        self.star.or(self.quantifier)
    }
}

/// An expression with where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What it is.
    pub kind: ExprKind,
    /// Where.
    pub span: Span,
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    /// `null`.
    Null,
    /// `true`, `false`.
    Bool(bool),
    /// An integer (never negative: `-1` is a negation).
    Int(i64),
    /// A finite float.
    Float(f64),
    /// A string.
    String(String),
}

/// Binary operators that chain (left-associative).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `OR`.
    Or,
    /// `XOR`.
    Xor,
    /// `AND`.
    And,
    /// `+`.
    Add,
    /// `-`.
    Sub,
    /// `*`.
    Mul,
    /// `/`.
    Div,
    /// `%`.
    Mod,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompOp {
    /// `=`.
    Eq,
    /// `<>`.
    Ne,
    /// `<`.
    Lt,
    /// `<=`.
    Le,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
}

/// Predicates written after an operand.
#[derive(Clone, Debug, PartialEq)]
pub enum Predicate {
    /// `IS NULL`.
    IsNull,
    /// `IS NOT NULL`.
    IsNotNull,
    /// `IN list`.
    In(Box<Expr>),
    /// `STARTS WITH s`.
    StartsWith(Box<Expr>),
    /// `ENDS WITH s`.
    EndsWith(Box<Expr>),
    /// `CONTAINS s`.
    Contains(Box<Expr>),
    /// `=~ regex`.
    Regex(Box<Expr>),
    /// `~ name`: the Kazakh-aware name match.
    NameMatch(Box<Expr>),
}

/// The kinds of expression.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// A literal.
    Literal(Literal),
    /// `$name`.
    Param(String),
    /// A variable.
    Var(String),
    /// `base.key`.
    Property(Box<Expr>, Ident),
    /// `base[index]`.
    Index(Box<Expr>, Box<Expr>),
    /// `[a, b]`.
    List(Vec<Expr>),
    /// `{k: v}`.
    Map(Vec<(Ident, Expr)>),
    /// `count(*)`.
    CountStar,
    /// `name([DISTINCT] args)`.
    Call {
        /// The function's name as written.
        name: Ident,
        /// `DISTINCT` (aggregates).
        distinct: bool,
        /// The arguments.
        args: Vec<Expr>,
    },
    /// `NOT e`.
    Not(Box<Expr>),
    /// `-e`.
    Neg(Box<Expr>),
    /// Operands joined by operators of one precedence level, left to right.
    Chain(Box<Expr>, Vec<(BinOp, Expr)>),
    /// `a op b`.
    Compare(Box<Expr>, CompOp, Box<Expr>),
    /// `e IS NULL`, `e IN l`, `e STARTS WITH s`, ...
    Predicate(Box<Expr>, Predicate),
}

/// Binding strength, weakest first; a child weaker than its slot needs
/// parentheses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Prec {
    Or,
    Xor,
    And,
    Not,
    Compare,
    Predicate,
    Additive,
    Multiplicative,
    Unary,
    Postfix,
    Atom,
}

impl BinOp {
    fn prec(self) -> Prec {
        match self {
            BinOp::Or => Prec::Or,
            BinOp::Xor => Prec::Xor,
            BinOp::And => Prec::And,
            BinOp::Add | BinOp::Sub => Prec::Additive,
            BinOp::Mul | BinOp::Div | BinOp::Mod => Prec::Multiplicative,
        }
    }

    /// How it is written.
    pub fn as_str(self) -> &'static str {
        match self {
            BinOp::Or => "OR",
            BinOp::Xor => "XOR",
            BinOp::And => "AND",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Mod => "%",
        }
    }
}

impl CompOp {
    /// How it is written.
    pub fn as_str(self) -> &'static str {
        match self {
            CompOp::Eq => "=",
            CompOp::Ne => "<>",
            CompOp::Lt => "<",
            CompOp::Le => "<=",
            CompOp::Gt => ">",
            CompOp::Ge => ">=",
        }
    }
}

impl Expr {
    /// A new expression.
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    pub(crate) fn prec(&self) -> Prec {
        match &self.kind {
            ExprKind::Chain(_, rest) => rest.first().map(|(op, _)| op.prec()).unwrap_or(Prec::Atom),
            ExprKind::Not(_) => Prec::Not,
            ExprKind::Compare(..) => Prec::Compare,
            ExprKind::Predicate(..) => Prec::Predicate,
            ExprKind::Neg(_) => Prec::Unary,
            ExprKind::Property(..) | ExprKind::Index(..) => Prec::Postfix,
            _ => Prec::Atom,
        }
    }

    /// Calls `f` on this expression and every expression inside it.
    pub fn walk<'e>(&'e self, f: &mut dyn FnMut(&'e Expr)) {
        f(self);
        match &self.kind {
            ExprKind::Literal(_) | ExprKind::Param(_) | ExprKind::Var(_) | ExprKind::CountStar => {}
            ExprKind::Property(e, _) | ExprKind::Not(e) | ExprKind::Neg(e) => e.walk(f),
            ExprKind::Index(a, b) | ExprKind::Compare(a, _, b) => {
                a.walk(f);
                b.walk(f);
            }
            ExprKind::List(items) => items.iter().for_each(|e| e.walk(f)),
            ExprKind::Map(pairs) => pairs.iter().for_each(|(_, e)| e.walk(f)),
            ExprKind::Call { args, .. } => args.iter().for_each(|e| e.walk(f)),
            ExprKind::Chain(first, rest) => {
                first.walk(f);
                rest.iter().for_each(|(_, e)| e.walk(f));
            }
            ExprKind::Predicate(e, p) => {
                e.walk(f);
                match p {
                    Predicate::IsNull | Predicate::IsNotNull => {}
                    Predicate::In(x)
                    | Predicate::StartsWith(x)
                    | Predicate::EndsWith(x)
                    | Predicate::Contains(x)
                    | Predicate::Regex(x)
                    | Predicate::NameMatch(x) => x.walk(f),
                }
            }
        }
    }
}

/// Words that cannot be bare variable or function names.
pub const RESERVED: &[&str] = &[
    "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "DISTINCT", "AS", "ORDER", "BY", "ASCENDING", "ASC", "DESCENDING",
    "DESC", "SKIP", "LIMIT", "OR", "XOR", "AND", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "STARTS", "ENDS",
    "CONTAINS", "EXPLAIN",
];

/// Whether `name` is a plain name: an ASCII letter or `_`, then letters,
/// digits and `_`.
pub(crate) fn is_plain_name(name: &str) -> bool {
    let mut chars = name.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether `name` is a reserved word (any case).
pub(crate) fn is_reserved(name: &str) -> bool {
    RESERVED.iter().any(|k| k.eq_ignore_ascii_case(name))
}

/// Writes a name as a variable: bare when it may be, else in backticks.
fn write_var(f: &mut fmt::Formatter<'_>, name: &str) -> fmt::Result {
    if is_plain_name(name) && !is_reserved(name) {
        f.write_str(name)
    } else {
        write_quoted_name(f, name)
    }
}

/// Writes a label, type or key: bare when plain, else in backticks.
fn write_symbol(f: &mut fmt::Formatter<'_>, name: &str) -> fmt::Result {
    if is_plain_name(name) {
        f.write_str(name)
    } else {
        write_quoted_name(f, name)
    }
}

fn write_quoted_name(f: &mut fmt::Formatter<'_>, name: &str) -> fmt::Result {
    f.write_char('`')?;
    f.write_str(&name.replace('`', "``"))?;
    f.write_char('`')
}

/// Writes a string literal in double quotes with the escapes the grammar knows.
pub(crate) fn write_string_literal(out: &mut impl fmt::Write, s: &str) -> fmt::Result {
    out.write_char('"')?;
    for ch in s.chars() {
        match ch {
            '"' => out.write_str("\\\"")?,
            '\\' => out.write_str("\\\\")?,
            '\n' => out.write_str("\\n")?,
            '\t' => out.write_str("\\t")?,
            '\r' => out.write_str("\\r")?,
            '\u{8}' => out.write_str("\\b")?,
            '\u{c}' => out.write_str("\\f")?,
            c if (c as u32) < 0x20 || c == '\u{7f}' => write!(out, "\\u{:04X}", c as u32)?,
            c => out.write_char(c)?,
        }
    }
    out.write_char('"')
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Null => f.write_str("null"),
            Literal::Bool(b) => write!(f, "{b}"),
            Literal::Int(i) => write!(f, "{i}"),
            // Debug prints the shortest text that reads back as the same
            // float, always with a `.` or an exponent.
            Literal::Float(x) => write!(f, "{x:?}"),
            Literal::String(s) => write_string_literal(f, s),
        }
    }
}

/// Writes `e`, in parentheses when it binds weaker than `slot` needs.
fn write_operand(f: &mut fmt::Formatter<'_>, e: &Expr, slot: Prec) -> fmt::Result {
    if e.prec() < slot {
        write!(f, "({e})")
    } else {
        write!(f, "{e}")
    }
}

fn next_prec(p: Prec) -> Prec {
    match p {
        Prec::Or => Prec::Xor,
        Prec::Xor => Prec::And,
        Prec::And => Prec::Not,
        Prec::Not => Prec::Compare,
        Prec::Compare => Prec::Predicate,
        Prec::Predicate => Prec::Additive,
        Prec::Additive => Prec::Multiplicative,
        Prec::Multiplicative => Prec::Unary,
        Prec::Unary => Prec::Postfix,
        Prec::Postfix | Prec::Atom => Prec::Atom,
    }
}

fn write_props(f: &mut fmt::Formatter<'_>, props: &[(Ident, Expr)]) -> fmt::Result {
    f.write_str("{")?;
    for (i, (k, v)) in props.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write_symbol(f, &k.name)?;
        write!(f, ": {v}")?;
    }
    f.write_str("}")
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ExprKind::Literal(l) => write!(f, "{l}"),
            ExprKind::Param(p) => {
                f.write_char('$')?;
                if is_plain_name(p) || (!p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) {
                    f.write_str(p)
                } else {
                    write_quoted_name(f, p)
                }
            }
            ExprKind::Var(v) => write_var(f, v),
            ExprKind::Property(base, key) => {
                write_operand(f, base, Prec::Postfix)?;
                f.write_char('.')?;
                write_symbol(f, &key.name)
            }
            ExprKind::Index(base, index) => {
                write_operand(f, base, Prec::Postfix)?;
                write!(f, "[{index}]")
            }
            ExprKind::List(items) => {
                f.write_char('[')?;
                for (i, e) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{e}")?;
                }
                f.write_char(']')
            }
            ExprKind::Map(pairs) => write_props(f, pairs),
            ExprKind::CountStar => f.write_str("count(*)"),
            ExprKind::Call { name, distinct, args } => {
                write_var(f, &name.name)?;
                f.write_char('(')?;
                if *distinct {
                    f.write_str("DISTINCT ")?;
                }
                for (i, e) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{e}")?;
                }
                f.write_char(')')
            }
            ExprKind::Not(e) => {
                f.write_str("NOT ")?;
                write_operand(f, e, Prec::Not)
            }
            ExprKind::Neg(e) => {
                f.write_char('-')?;
                // `- -x` rather than `--x`, which reads like a comment in SQL.
                if matches!(e.kind, ExprKind::Neg(_)) {
                    f.write_char(' ')?;
                }
                write_operand(f, e, Prec::Unary)
            }
            ExprKind::Chain(first, rest) => {
                let level = self.prec();
                let operand = next_prec(level);
                write_operand(f, first, operand)?;
                for (op, e) in rest {
                    write!(f, " {} ", op.as_str())?;
                    write_operand(f, e, operand)?;
                }
                Ok(())
            }
            ExprKind::Compare(a, op, b) => {
                write_operand(f, a, Prec::Predicate)?;
                write!(f, " {} ", op.as_str())?;
                write_operand(f, b, Prec::Predicate)
            }
            ExprKind::Predicate(e, p) => {
                write_operand(f, e, Prec::Predicate)?;
                let (word, arg) = match p {
                    Predicate::IsNull => (" IS NULL", None),
                    Predicate::IsNotNull => (" IS NOT NULL", None),
                    Predicate::In(x) => (" IN ", Some(x)),
                    Predicate::StartsWith(x) => (" STARTS WITH ", Some(x)),
                    Predicate::EndsWith(x) => (" ENDS WITH ", Some(x)),
                    Predicate::Contains(x) => (" CONTAINS ", Some(x)),
                    Predicate::Regex(x) => (" =~ ", Some(x)),
                    Predicate::NameMatch(x) => (" ~ ", Some(x)),
                };
                f.write_str(word)?;
                match arg {
                    Some(x) => write_operand(f, x, Prec::Additive),
                    None => Ok(()),
                }
            }
        }
    }
}

impl fmt::Display for Bounds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.min, self.max) {
            (None, None) => Ok(()),
            (min, max) => {
                if let Some(m) = min {
                    write!(f, "{m}")?;
                }
                f.write_str("..")?;
                if let Some(m) = max {
                    write!(f, "{m}")?;
                }
                Ok(())
            }
        }
    }
}

fn write_labels(f: &mut fmt::Formatter<'_>, labels: &[Ident]) -> fmt::Result {
    for (i, l) in labels.iter().enumerate() {
        f.write_char(if i == 0 { ':' } else { '|' })?;
        write_symbol(f, &l.name)?;
    }
    Ok(())
}

impl fmt::Display for NodePattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('(')?;
        if let Some(v) = &self.var {
            write_var(f, &v.name)?;
        }
        write_labels(f, &self.labels)?;
        if !self.props.is_empty() {
            if self.var.is_some() || !self.labels.is_empty() {
                f.write_char(' ')?;
            }
            write_props(f, &self.props)?;
        }
        f.write_char(')')
    }
}

impl fmt::Display for RelPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.direction == RelDirection::Left {
            f.write_char('<')?;
        }
        f.write_char('-')?;
        let detailed = self.var.is_some() || !self.types.is_empty() || self.star.is_some() || !self.props.is_empty();
        if detailed {
            f.write_char('[')?;
            if let Some(v) = &self.var {
                write_var(f, &v.name)?;
            }
            write_labels(f, &self.types)?;
            if let Some(b) = &self.star {
                write!(f, "*{b}")?;
            }
            if !self.props.is_empty() {
                f.write_char(' ')?;
                write_props(f, &self.props)?;
            }
            f.write_char(']')?;
        }
        f.write_char('-')?;
        if self.direction == RelDirection::Right {
            f.write_char('>')?;
        }
        if let Some(q) = &self.quantifier {
            f.write_char('{')?;
            if let Some(m) = q.min {
                write!(f, "{m}")?;
            }
            f.write_char(',')?;
            if let Some(m) = q.max {
                write!(f, "{m}")?;
            }
            f.write_char('}')?;
        }
        Ok(())
    }
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(v) = &self.var {
            write_var(f, &v.name)?;
            f.write_str(" = ")?;
        }
        let close = match self.selector {
            PathSelector::All => false,
            PathSelector::ShortestPathFn => {
                f.write_str("shortestPath(")?;
                true
            }
            PathSelector::AllShortestPathsFn => {
                f.write_str("allShortestPaths(")?;
                true
            }
            PathSelector::AnyShortest => {
                f.write_str("ANY SHORTEST ")?;
                false
            }
            PathSelector::AllShortest => {
                f.write_str("ALL SHORTEST ")?;
                false
            }
            PathSelector::ShortestK(k) => {
                write!(f, "SHORTEST {k} ")?;
                false
            }
        };
        write!(f, "{}", self.start)?;
        for (rel, node) in &self.steps {
            write!(f, "{rel}{node}")?;
        }
        if close {
            f.write_char(')')?;
        }
        Ok(())
    }
}

impl fmt::Display for Projection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.distinct {
            f.write_str("DISTINCT ")?;
        }
        match &self.items {
            None => f.write_char('*')?,
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{}", item.expr)?;
                    if let Some(a) = &item.alias {
                        f.write_str(" AS ")?;
                        write_var(f, &a.name)?;
                    }
                }
            }
        }
        for (i, s) in self.order_by.iter().enumerate() {
            f.write_str(if i == 0 { " ORDER BY " } else { ", " })?;
            write!(f, "{}", s.expr)?;
            if s.descending {
                f.write_str(" DESC")?;
            }
        }
        if let Some(s) = &self.skip {
            write!(f, " SKIP {s}")?;
        }
        if let Some(l) = &self.limit {
            write!(f, " LIMIT {l}")?;
        }
        Ok(())
    }
}

impl fmt::Display for MatchClause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.optional {
            f.write_str("OPTIONAL ")?;
        }
        f.write_str("MATCH ")?;
        for (i, p) in self.patterns.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{p}")?;
        }
        if let Some(w) = &self.where_ {
            write!(f, " WHERE {w}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Clause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Clause::Match(m) => write!(f, "{m}"),
            Clause::With(w) => {
                write!(f, "WITH {}", w.projection)?;
                if let Some(c) = &w.where_ {
                    write!(f, " WHERE {c}")?;
                }
                Ok(())
            }
            Clause::Return(p) => write!(f, "RETURN {p}"),
        }
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.explain {
            f.write_str("EXPLAIN ")?;
        }
        for (i, c) in self.clauses.iter().enumerate() {
            if i > 0 {
                f.write_char('\n')?;
            }
            write!(f, "{c}")?;
        }
        Ok(())
    }
}
