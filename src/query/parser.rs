//! The query parser: text → [`ast::Query`](super::ast::Query), with nom 8.
//! Each function implements one rule of `grammar/query.pest` and names it in
//! its doc comment; the grammar is the source of truth and a test checks that
//! the two agree.
//!
//! Errors. nom parsers backtrack freely, so the error nom returns is rarely
//! the useful one. Like PEG tools, this parser instead remembers the furthest
//! position any token failed at and what was expected there (a per-thread
//! tracker, reset by [`parse`]); a failed parse reports that position as
//! "expected A, B or C, found X", with a spelling suggestion for keywords.
//! Some failures are final at once ("fatal"): writing clauses, numbers out of
//! range and nesting deeper than [`MAX_DEPTH`].
//!
//! Depth. Recursion happens only through `expression`, which counts its
//! nesting; every syntax-tree node also carries its height while it is
//! built, so that chains of prefix and postfix operators (`NOT NOT ...`,
//! `a.b.c...`) cannot build a tree deeper than [`MAX_DEPTH`] either: printing,
//! evaluating and dropping a tree recurse over its height.

use super::ast::*;
use super::error::{suggest, QueryError, QueryErrorKind};
use nom::bytes::complete::{tag, tag_no_case, take_while};
use nom::error::{ErrorKind, ParseError};
use nom::{IResult, Parser};
use std::cell::RefCell;

/// How deep expressions may nest (and how tall a syntax tree may grow).
pub const MAX_DEPTH: usize = 64;

/// A parse failure: `Soft` failures backtrack (the tracker knows what was
/// expected); `Fatal` ones end the parse with their own error.
#[derive(Debug)]
pub(crate) enum PErr {
    Soft,
    Fatal(Box<Fatal>),
}

/// A final error, located by the lengths of the input left at its start and end.
#[derive(Debug)]
pub(crate) struct Fatal {
    kind: QueryErrorKind,
    message: String,
    rest_at_start: usize,
    rest_at_end: usize,
    help: Option<String>,
}

impl<I> ParseError<I> for PErr {
    fn from_error_kind(_: I, _: ErrorKind) -> Self {
        PErr::Soft
    }

    fn append(_: I, _: ErrorKind, other: Self) -> Self {
        other
    }

    fn or(self, other: Self) -> Self {
        match (self, other) {
            (f @ PErr::Fatal(_), _) | (_, f @ PErr::Fatal(_)) => f,
            _ => PErr::Soft,
        }
    }
}

type PResult<'a, T> = IResult<&'a str, T, PErr>;

/// An expression with the height of its tree.
type HExpr = (Expr, usize);

/// The furthest failure so far and what was expected there.
#[derive(Default)]
struct Tracker {
    /// Length of the whole query (offsets are `total - rest.len()`).
    total: usize,
    /// The smallest input length any token failed at.
    furthest: usize,
    /// What was expected there, in the order first seen.
    expected: Vec<String>,
    /// Current nesting of `expression`.
    depth: usize,
}

thread_local! {
    static TRACKER: RefCell<Tracker> = RefCell::new(Tracker::default());
}

fn with_tracker<T>(f: impl FnOnce(&mut Tracker) -> T) -> T {
    TRACKER.with(|t| f(&mut t.borrow_mut()))
}

/// The byte offset of `rest` in the query.
fn pos(rest: &str) -> usize {
    with_tracker(|t| t.total.saturating_sub(rest.len()))
}

/// Notes that `what` was expected where `rest` begins.
fn expect(rest: &str, what: &str) {
    let at = rest.len();
    with_tracker(|t| {
        if at < t.furthest {
            t.furthest = at;
            t.expected.clear();
        }
        if at == t.furthest && !t.expected.iter().any(|e| e == what) {
            t.expected.push(what.to_string());
        }
    });
}

fn soft<T>() -> Result<T, nom::Err<PErr>> {
    Err(nom::Err::Error(PErr::Soft))
}

fn fatal<T>(kind: QueryErrorKind, message: String, start: &str, end: &str, help: Option<String>) -> Result<T, nom::Err<PErr>> {
    Err(nom::Err::Failure(PErr::Fatal(Box::new(Fatal {
        kind,
        message,
        rest_at_start: start.len(),
        rest_at_end: end.len(),
        help,
    }))))
}

/// Runs `p`; when it fails without getting past its first token, what it
/// expected there is summed up as `what` ("an operator", "a relationship
/// pattern").
fn label<'a, O>(what: &str, i: &'a str, p: impl FnOnce(&'a str) -> PResult<'a, O>) -> PResult<'a, O> {
    let at = ws(i).len();
    let (before_furthest, before_len) = with_tracker(|t| (t.furthest, t.expected.len()));
    let result = p(i);
    if let Err(nom::Err::Error(_)) = &result {
        with_tracker(|t| {
            if t.furthest == at {
                if before_furthest == at {
                    t.expected.truncate(before_len);
                } else {
                    t.expected.clear();
                }
                if !t.expected.iter().any(|e| e == what) {
                    t.expected.push(what.to_string());
                }
            }
        });
    }
    result
}

/// A tree node's height, refused past [`MAX_DEPTH`].
fn check_height<'a>(height: usize, start: &'a str, end: &'a str) -> Result<usize, nom::Err<PErr>> {
    if height > MAX_DEPTH {
        return fatal(
            QueryErrorKind::Syntax,
            format!("expression nested too deeply (more than {MAX_DEPTH} levels)"),
            start,
            end,
            None,
        );
    }
    Ok(height)
}

/// Counts one level of `expression` nesting while alive.
struct DepthGuard;

impl DepthGuard {
    fn enter(i: &str) -> Result<DepthGuard, nom::Err<PErr>> {
        let depth = with_tracker(|t| {
            t.depth += 1;
            t.depth
        });
        let guard = DepthGuard;
        if depth > MAX_DEPTH {
            return fatal(
                QueryErrorKind::Syntax,
                format!("expression nested too deeply (more than {MAX_DEPTH} levels)"),
                i,
                &i[next_token_len(i)..],
                None,
            );
        }
        Ok(guard)
    }
}

impl Drop for DepthGuard {
    fn drop(&mut self) {
        with_tracker(|t| t.depth = t.depth.saturating_sub(1));
    }
}

// ------------------------------------------------------------------ lexical

/// grammar: WHITESPACE, COMMENT — skips spaces, line breaks and comments
/// (an unclosed `/*` is left for the next token to fail on).
fn ws(mut i: &str) -> &str {
    loop {
        let trimmed = i.trim_start_matches([' ', '\t', '\r', '\n']);
        if let Some(rest) = trimmed.strip_prefix("//") {
            i = rest.find('\n').map_or("", |n| &rest[n..]);
        } else if let Some(rest) = trimmed.strip_prefix("/*") {
            match rest.find("*/") {
                Some(n) => i = &rest[n + 2..],
                None => return trimmed,
            }
        } else {
            return trimmed;
        }
    }
}

/// grammar: ident_char
fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// grammar: the `kw_*` rules — a case-insensitive keyword as a whole word.
fn kw<'a>(i: &'a str, word: &'static str) -> PResult<'a, &'a str> {
    let i = ws(i);
    let r: PResult<'a, &'a str> = tag_no_case(word).parse(i);
    match r {
        Ok((rest, matched)) if !rest.starts_with(is_ident_char) => Ok((rest, matched)),
        _ => {
            expect(i, &format!("`{word}`"));
            soft()
        }
    }
}

/// An optional keyword.
fn opt_kw<'a>(i: &'a str, word: &'static str) -> (&'a str, bool) {
    match kw(i, word) {
        Ok((rest, _)) => (rest, true),
        Err(_) => (i, false),
    }
}

/// A literal symbol such as `(` or `->`'s parts.
fn sym<'a>(i: &'a str, s: &'static str) -> PResult<'a, &'a str> {
    let i = ws(i);
    let r: PResult<'a, &'a str> = tag(s).parse(i);
    match r {
        Ok(ok) => Ok(ok),
        Err(_) => {
            expect(i, &format!("`{s}`"));
            soft()
        }
    }
}

fn opt_sym<'a>(i: &'a str, s: &'static str) -> (&'a str, bool) {
    match sym(i, s) {
        Ok((rest, _)) => (rest, true),
        Err(_) => (i, false),
    }
}

/// Backtracks a soft failure into `None`; fatal ones pass.
fn optional<'a, O>(i: &'a str, r: PResult<'a, O>) -> Result<(&'a str, Option<O>), nom::Err<PErr>> {
    match r {
        Ok((rest, o)) => Ok((rest, Some(o))),
        Err(nom::Err::Error(_)) => Ok((i, None)),
        Err(e) => Err(e),
    }
}

/// grammar: plain_name — an ASCII letter or `_`, then letters, digits, `_`.
fn plain_name(i: &str) -> PResult<'_, &str> {
    if !i.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        return soft();
    }
    take_while(is_ident_char).parse(i)
}

/// grammar: quoted_name — backticks around anything, a backtick doubled.
fn quoted_name(i: &str) -> PResult<'_, String> {
    let Some(mut rest) = i.strip_prefix('`') else { return soft() };
    let mut out = String::new();
    loop {
        match rest.find('`') {
            None => return soft(),
            Some(n) => {
                out.push_str(&rest[..n]);
                rest = &rest[n + 1..];
                if let Some(r) = rest.strip_prefix('`') {
                    out.push('`');
                    rest = r;
                } else {
                    return Ok((rest, out));
                }
            }
        }
    }
}

/// grammar: name — a variable: a plain name that is not a keyword, or a quoted name.
fn name(i: &str) -> PResult<'_, Ident> {
    let i = ws(i);
    let start = pos(i);
    if let Ok((rest, n)) = quoted_name(i) {
        return Ok((rest, Ident { name: n, span: Span::new(start, pos(rest)) }));
    }
    match plain_name(i) {
        Ok((rest, n)) if !is_reserved(n) => Ok((rest, Ident { name: n.to_string(), span: Span::new(start, pos(rest)) })),
        _ => {
            expect(i, "a name");
            soft()
        }
    }
}

/// grammar: symbolic_name — a label, type or key: any plain or quoted name.
fn symbolic_name<'a>(i: &'a str, what: &str) -> PResult<'a, Ident> {
    let i = ws(i);
    let start = pos(i);
    if let Ok((rest, n)) = quoted_name(i) {
        return Ok((rest, Ident { name: n, span: Span::new(start, pos(rest)) }));
    }
    match plain_name(i) {
        Ok((rest, n)) => Ok((rest, Ident { name: n.to_string(), span: Span::new(start, pos(rest)) })),
        _ => {
            expect(i, what);
            soft()
        }
    }
}

/// grammar: integer — decimal digits, as a u64 (a larger one is an error).
fn integer(i: &str) -> PResult<'_, u64> {
    let i = ws(i);
    let (rest, digits) = take_while(|c: char| c.is_ascii_digit()).parse(i)?;
    if digits.is_empty() {
        expect(i, "a number");
        return soft();
    }
    match digits.parse::<u64>() {
        Ok(n) => Ok((rest, n)),
        Err(_) => fatal(QueryErrorKind::Semantic, format!("the number {digits} is too large"), i, rest, None),
    }
}

/// grammar: float, exponent — digits with a fraction and/or an exponent.
fn float(i: &str) -> PResult<'_, f64> {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let int_len = digits(i);
    if int_len == 0 {
        return soft();
    }
    let mut end = int_len;
    let after = &i[end..];
    let exponent_len = |s: &str| -> usize {
        let Some(r) = s.strip_prefix(['e', 'E']) else { return 0 };
        let sign = usize::from(r.starts_with(['+', '-']));
        let d = digits(&r[sign..]);
        if d == 0 {
            0
        } else {
            1 + sign + d
        }
    };
    if let Some(frac) = after.strip_prefix('.') {
        let f = digits(frac);
        if f == 0 {
            return soft();
        }
        end += 1 + f;
        end += exponent_len(&i[end..]);
    } else {
        let e = exponent_len(after);
        if e == 0 {
            return soft();
        }
        end += e;
    }
    let (text, rest) = i.split_at(end);
    match text.parse::<f64>() {
        Ok(x) if x.is_finite() => Ok((rest, x)),
        _ => fatal(QueryErrorKind::Semantic, format!("the number {text} is out of range"), i, rest, None),
    }
}

/// grammar: string, dq_char, sq_char, escape — a quoted string with escapes.
fn string(i: &str) -> PResult<'_, String> {
    let quote = match i.chars().next() {
        Some(q @ ('"' | '\'')) => q,
        _ => return soft(),
    };
    let mut out = String::new();
    let mut chars = i[1..].char_indices();
    while let Some((at, ch)) = chars.next() {
        match ch {
            c if c == quote => {
                let rest = &i[1 + at + 1..];
                if quote == '\'' && rest.starts_with('\'') {
                    // `''` inside single quotes is one quote.
                    out.push('\'');
                    chars.next();
                    continue;
                }
                return Ok((rest, out));
            }
            '\\' => {
                let esc_at = &i[1 + at..];
                let (_, e) = chars.next().ok_or_else(|| {
                    expect(esc_at, "an escape sequence");
                    nom::Err::Error(PErr::Soft)
                })?;
                let c = match e {
                    '"' => '"',
                    '\'' => '\'',
                    '\\' => '\\',
                    '/' => '/',
                    'n' => '\n',
                    't' => '\t',
                    'r' => '\r',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'u' => {
                        let hex: String = chars.clone().take(4).map(|(_, c)| c).collect();
                        let code = if hex.len() == 4 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
                            u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                        } else {
                            None
                        };
                        match code {
                            Some(c) => {
                                for _ in 0..4 {
                                    chars.next();
                                }
                                c
                            }
                            None => {
                                expect(esc_at, "an escape sequence");
                                return soft();
                            }
                        }
                    }
                    _ => {
                        expect(esc_at, "an escape sequence");
                        return soft();
                    }
                };
                out.push(c);
            }
            c => out.push(c),
        }
    }
    expect(&i[i.len()..], &format!("`{quote}` closing the string"));
    soft()
}

/// grammar: parameter — `$name` or `$0`.
fn parameter(i: &str) -> PResult<'_, String> {
    let Some(rest) = i.strip_prefix('$') else { return soft() };
    if let Ok((r, n)) = quoted_name(rest) {
        return Ok((r, n));
    }
    if let Ok((r, n)) = plain_name(rest) {
        return Ok((r, n.to_string()));
    }
    let (r, digits) = take_while(|c: char| c.is_ascii_digit()).parse(rest)?;
    if digits.is_empty() {
        expect(rest, "a parameter name");
        return soft();
    }
    Ok((r, digits.to_string()))
}

// ------------------------------------------------------------------ statements

const WRITE_CLAUSES: &[&str] = &["CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DETACH"];
const OTHER_CLAUSES: &[&str] = &["UNWIND", "CALL", "UNION", "FOREACH", "LOAD", "USE", "FINISH", "INSERT"];

/// Refuses a writing clause (or another clause this language lacks) at `i`.
fn refuse_unsupported_clause(i: &str) -> Result<(), nom::Err<PErr>> {
    let i = ws(i);
    let Ok((rest, word)) = plain_name(i) else { return Ok(()) };
    let upper = word.to_ascii_uppercase();
    if WRITE_CLAUSES.contains(&upper.as_str()) {
        return fatal(
            QueryErrorKind::Unsupported,
            format!("the graph is built by ingest, so `{upper}` cannot change it"),
            i,
            rest,
            Some("queries are read-only: MATCH, OPTIONAL MATCH, WITH, RETURN".into()),
        );
    }
    if OTHER_CLAUSES.contains(&upper.as_str()) {
        return fatal(
            QueryErrorKind::Unsupported,
            format!("`{upper}` is not part of shezhire's query language"),
            i,
            rest,
            Some("the clauses are MATCH, OPTIONAL MATCH, WITH and RETURN".into()),
        );
    }
    Ok(())
}

/// grammar: query
fn query(i: &str) -> PResult<'_, Query> {
    refuse_unsupported_clause(i)?;
    let (mut i, explain) = opt_kw(i, "EXPLAIN");
    let mut clauses = Vec::new();
    loop {
        refuse_unsupported_clause(i)?;
        match reading_clause(i) {
            Ok((rest, c)) => {
                clauses.push(c);
                i = rest;
            }
            Err(nom::Err::Error(_)) => break,
            Err(e) => return Err(e),
        }
    }
    let (i, ret) = return_clause(i)?;
    clauses.push(Clause::Return(ret));
    let (i, _) = opt_sym(i, ";");
    let end = ws(i);
    if !end.is_empty() {
        refuse_unsupported_clause(end)?;
        expect(end, "end of input");
        return soft();
    }
    Ok((end, Query { explain, clauses }))
}

/// grammar: reading_clause
fn reading_clause(i: &str) -> PResult<'_, Clause> {
    match match_clause(i) {
        Ok((rest, m)) => return Ok((rest, Clause::Match(m))),
        Err(nom::Err::Error(_)) => {}
        Err(e) => return Err(e),
    }
    let (rest, w) = with_clause(i)?;
    Ok((rest, Clause::With(w)))
}

/// grammar: match_clause
fn match_clause(i: &str) -> PResult<'_, MatchClause> {
    let start = pos(ws(i));
    let (i, is_optional) = opt_kw(i, "OPTIONAL");
    let (mut i, _) = kw(i, "MATCH")?;
    let mut patterns = Vec::new();
    let (rest, p) = pattern(i)?;
    patterns.push(p);
    i = rest;
    loop {
        let (rest, comma) = opt_sym(i, ",");
        if !comma {
            break;
        }
        let (rest, p) = pattern(rest)?;
        patterns.push(p);
        i = rest;
    }
    let end = pos(i);
    let (i, where_) = optional(i, where_clause(i))?;
    Ok((i, MatchClause { optional: is_optional, patterns, where_, span: Span::new(start, end) }))
}

/// grammar: where_clause
fn where_clause(i: &str) -> PResult<'_, Expr> {
    let (i, _) = kw(i, "WHERE")?;
    let (i, (e, _)) = expression(i)?;
    Ok((i, e))
}

/// grammar: with_clause
fn with_clause(i: &str) -> PResult<'_, WithClause> {
    let (i, _) = kw(i, "WITH")?;
    let (i, projection) = projection(i)?;
    let (i, where_) = optional(i, where_clause(i))?;
    Ok((i, WithClause { projection, where_ }))
}

/// grammar: return_clause
fn return_clause(i: &str) -> PResult<'_, Projection> {
    let (i, _) = kw(i, "RETURN")?;
    projection(i)
}

/// grammar: projection
fn projection(i: &str) -> PResult<'_, Projection> {
    let start = pos(ws(i));
    let (i, distinct) = opt_kw(i, "DISTINCT");
    let (i, items) = projection_items(i)?;
    let (i, order_by) = optional(i, order_by(i))?;
    let (i, skip) = optional(i, skip_clause(i))?;
    let (i, limit) = optional(i, limit_clause(i))?;
    Ok((i, Projection { distinct, items, order_by: order_by.unwrap_or_default(), skip, limit, span: Span::new(start, pos(i)) }))
}

/// grammar: projection_items, star
fn projection_items(i: &str) -> PResult<'_, Option<Vec<ProjectionItem>>> {
    if let (rest, true) = opt_sym(i, "*") {
        return Ok((rest, None));
    }
    let (mut i, first) = projection_item(i)?;
    let mut items = vec![first];
    loop {
        let (rest, comma) = opt_sym(i, ",");
        if !comma {
            return Ok((i, Some(items)));
        }
        let (rest, item) = projection_item(rest)?;
        items.push(item);
        i = rest;
    }
}

/// grammar: projection_item
fn projection_item(i: &str) -> PResult<'_, ProjectionItem> {
    let (i, (expr, _)) = expression(i)?;
    let (rest, as_) = opt_kw(i, "AS");
    if !as_ {
        return Ok((i, ProjectionItem { expr, alias: None }));
    }
    let (rest, alias) = name(rest)?;
    Ok((rest, ProjectionItem { expr, alias: Some(alias) }))
}

/// grammar: order_by
fn order_by(i: &str) -> PResult<'_, Vec<SortItem>> {
    let (i, _) = kw(i, "ORDER")?;
    let (mut i, _) = kw(i, "BY")?;
    let mut items = Vec::new();
    loop {
        let (rest, item) = sort_item(i)?;
        items.push(item);
        let (rest, comma) = opt_sym(rest, ",");
        i = rest;
        if !comma {
            return Ok((i, items));
        }
    }
}

/// grammar: sort_item
fn sort_item(i: &str) -> PResult<'_, SortItem> {
    let (i, (expr, _)) = expression(i)?;
    for (word, descending) in [("ASCENDING", false), ("ASC", false), ("DESCENDING", true), ("DESC", true)] {
        if let (rest, true) = opt_kw(i, word) {
            return Ok((rest, SortItem { expr, descending }));
        }
    }
    Ok((i, SortItem { expr, descending: false }))
}

/// grammar: skip_clause
fn skip_clause(i: &str) -> PResult<'_, Expr> {
    let (i, _) = kw(i, "SKIP")?;
    let (i, (e, _)) = expression(i)?;
    Ok((i, e))
}

/// grammar: limit_clause
fn limit_clause(i: &str) -> PResult<'_, Expr> {
    let (i, _) = kw(i, "LIMIT")?;
    let (i, (e, _)) = expression(i)?;
    Ok((i, e))
}

// ------------------------------------------------------------------ patterns

/// grammar: pattern
fn pattern(i: &str) -> PResult<'_, Pattern> {
    let start = pos(ws(i));
    let (i, var) = {
        let attempt = name(i).and_then(|(rest, v)| sym(rest, "=").map(|(rest, _)| (rest, v)));
        optional(i, attempt)?
    };
    match shortest_call(i) {
        Ok((rest, (selector, start_node, steps))) => {
            return Ok((rest, Pattern { var, selector, start: start_node, steps, span: Span::new(start, pos(rest)) }))
        }
        Err(nom::Err::Error(_)) => {}
        Err(e) => return Err(e),
    }
    let (i, selector) = optional(i, selector(i))?;
    let (i, (start_node, steps)) = label("a pattern", i, chain)?;
    Ok((
        i,
        Pattern { var, selector: selector.unwrap_or(PathSelector::All), start: start_node, steps, span: Span::new(start, pos(i)) },
    ))
}

/// A relationship and the node after it.
type Step = (RelPattern, NodePattern);

type Chain = (NodePattern, Vec<Step>);

/// grammar: shortest_call
fn shortest_call(i: &str) -> PResult<'_, (PathSelector, NodePattern, Vec<Step>)> {
    let (i, selector) = match kw(i, "shortestPath") {
        Ok((rest, _)) => (rest, PathSelector::ShortestPathFn),
        Err(_) => {
            let (rest, _) = kw(i, "allShortestPaths")?;
            (rest, PathSelector::AllShortestPathsFn)
        }
    };
    let (i, _) = sym(i, "(")?;
    let (i, (start, steps)) = chain(i)?;
    let (i, _) = sym(i, ")")?;
    Ok((i, (selector, start, steps)))
}

/// grammar: selector, path_word
fn selector(i: &str) -> PResult<'_, PathSelector> {
    let path_word = |i| {
        let (i, paths) = opt_kw(i, "PATHS");
        if paths {
            i
        } else {
            opt_kw(i, "PATH").0
        }
    };
    if let Ok((rest, _)) = kw(i, "ANY") {
        if let Ok((rest, _)) = kw(rest, "SHORTEST") {
            return Ok((path_word(rest), PathSelector::AnyShortest));
        }
    }
    if let Ok((rest, _)) = kw(i, "ALL") {
        if let Ok((rest, _)) = kw(rest, "SHORTEST") {
            return Ok((path_word(rest), PathSelector::AllShortest));
        }
    }
    let (rest, _) = kw(i, "SHORTEST")?;
    let (rest, k) = integer(rest)?;
    Ok((path_word(rest), PathSelector::ShortestK(k)))
}

/// grammar: chain
fn chain(i: &str) -> PResult<'_, Chain> {
    let (mut i, start) = node_pattern(i)?;
    let mut steps = Vec::new();
    loop {
        let attempt = label("a relationship pattern", i, rel_pattern)
            .and_then(|(rest, rel)| node_pattern(rest).map(|(rest, node)| (rest, (rel, node))));
        match attempt {
            Ok((rest, step)) => {
                steps.push(step);
                i = rest;
            }
            Err(nom::Err::Error(_)) => return Ok((i, (start, steps))),
            Err(e) => return Err(e),
        }
    }
}

/// grammar: node_pattern
fn node_pattern(i: &str) -> PResult<'_, NodePattern> {
    let start = pos(ws(i));
    let (i, _) = sym(i, "(")?;
    let (i, var) = optional(i, name(i))?;
    let (i, labels) = optional(i, label("a label", i, |i| label_expr(i, "a label")))?;
    let (i, props) = optional(i, label("a property map", i, prop_map))?;
    let (i, _) = sym(i, ")")?;
    Ok((i, NodePattern { var, labels: labels.unwrap_or_default(), props: props.unwrap_or_default(), span: Span::new(start, pos(i)) }))
}

/// grammar: label_expr
fn label_expr<'a>(i: &'a str, what: &str) -> PResult<'a, Vec<Ident>> {
    let (i, _) = sym(i, ":")?;
    let (mut i, first) = symbolic_name(i, what)?;
    let mut names = vec![first];
    loop {
        let (rest, bar) = opt_sym(i, "|");
        if !bar {
            return Ok((i, names));
        }
        let (rest, _) = opt_sym(rest, ":");
        let (rest, n) = symbolic_name(rest, what)?;
        names.push(n);
        i = rest;
    }
}

/// grammar: prop_map
fn prop_map(i: &str) -> PResult<'_, Vec<(Ident, Expr)>> {
    let (i, _) = sym(i, "{")?;
    let (i, pairs) = pairs_until_close(i, "}")?;
    Ok((i, pairs.into_iter().map(|(k, (e, _))| (k, e)).collect()))
}

/// `prop_pair ("," prop_pair)*`? then the closing symbol (shared by
/// prop_map and map_literal).
fn pairs_until_close<'a>(i: &'a str, close: &'static str) -> PResult<'a, Vec<(Ident, HExpr)>> {
    let mut pairs = Vec::new();
    if let (rest, true) = opt_sym(i, close) {
        return Ok((rest, pairs));
    }
    let mut i = i;
    loop {
        let (rest, pair) = prop_pair(i)?;
        pairs.push(pair);
        let (rest, comma) = opt_sym(rest, ",");
        if !comma {
            let (rest, _) = sym(rest, close)?;
            return Ok((rest, pairs));
        }
        i = rest;
    }
}

/// grammar: prop_pair
fn prop_pair(i: &str) -> PResult<'_, (Ident, HExpr)> {
    let (i, key) = symbolic_name(i, "a property name")?;
    let (i, _) = sym(i, ":")?;
    let (i, value) = expression(i)?;
    Ok((i, (key, value)))
}

/// grammar: rel_pattern, rel_left, rel_right, rel_both
fn rel_pattern(i: &str) -> PResult<'_, RelPattern> {
    let start = pos(ws(i));
    // rel_left
    let left = (|| {
        let (i, _) = sym(i, "<")?;
        let (i, _) = sym(i, "-")?;
        let (i, detail) = optional(i, rel_detail(i))?;
        let (i, _) = sym(i, "-")?;
        Ok((i, (RelDirection::Left, detail)))
    })();
    let (i, (direction, detail)) = match left {
        Ok(ok) => ok,
        Err(nom::Err::Error(_)) => {
            let (i, _) = sym(i, "-")?;
            let (i, detail) = optional(i, rel_detail(i))?;
            let (i, _) = sym(i, "-")?;
            match sym(i, ">") {
                Ok((rest, _)) => (rest, (RelDirection::Right, detail)),
                Err(_) => (i, (RelDirection::Both, detail)),
            }
        }
        Err(e) => return Err(e),
    };
    let (i, quantifier) = optional(i, quantifier(i))?;
    let (var, types, star, props) = detail.unwrap_or_default();
    Ok((i, RelPattern { var, types, direction, star, quantifier, props, span: Span::new(start, pos(i)) }))
}

type RelDetail = (Option<Ident>, Vec<Ident>, Option<Bounds>, Vec<(Ident, Expr)>);

/// grammar: rel_detail
fn rel_detail(i: &str) -> PResult<'_, RelDetail> {
    let (i, _) = sym(i, "[")?;
    let (i, var) = optional(i, name(i))?;
    let (i, types) = optional(i, label("a relationship type", i, |i| label_expr(i, "a relationship type")))?;
    let (i, star) = optional(i, range(i))?;
    let (i, props) = optional(i, label("a property map", i, prop_map))?;
    let (i, _) = sym(i, "]")?;
    Ok((i, (var, types.unwrap_or_default(), star, props.unwrap_or_default())))
}

/// grammar: range, range_from, range_to, range_exact
fn range(i: &str) -> PResult<'_, Bounds> {
    let (i, _) = sym(i, "*")?;
    let ranged = (|| {
        let (i, min) = optional(i, integer(i))?;
        let (i, _) = sym(i, "..")?;
        let (i, max) = optional(i, integer(i))?;
        Ok((i, Bounds { min, max }))
    })();
    match ranged {
        Ok(ok) => Ok(ok),
        Err(nom::Err::Error(_)) => match integer(i) {
            Ok((rest, n)) => Ok((rest, Bounds { min: Some(n), max: Some(n) })),
            Err(nom::Err::Error(_)) => Ok((i, Bounds { min: None, max: None })),
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    }
}

/// grammar: quantifier
fn quantifier(i: &str) -> PResult<'_, Bounds> {
    let (i, _) = sym(i, "{")?;
    let ranged = (|| {
        let (i, min) = optional(i, integer(i))?;
        let (i, _) = sym(i, ",")?;
        let (i, max) = optional(i, integer(i))?;
        Ok((i, Bounds { min, max }))
    })();
    let (i, bounds) = match ranged {
        Ok(ok) => ok,
        Err(nom::Err::Error(_)) => {
            let (rest, n) = integer(i)?;
            (rest, Bounds { min: Some(n), max: Some(n) })
        }
        Err(e) => return Err(e),
    };
    let (i, _) = sym(i, "}")?;
    Ok((i, bounds))
}

// ------------------------------------------------------------------ expressions

/// grammar: expression
fn expression(i: &str) -> PResult<'_, HExpr> {
    let _depth = DepthGuard::enter(ws(i))?;
    or_expr(i)
}

/// Operands joined by operators of one level into one flat `Chain`.
fn chain_of<'a>(
    i: &'a str,
    ops: &[(&'static str, BinOp, bool)],
    operand: fn(&'a str) -> PResult<'a, HExpr>,
) -> PResult<'a, HExpr> {
    let start_input = ws(i);
    let start = pos(start_input);
    let (mut i, (first, mut height)) = operand(i)?;
    let mut rest = Vec::new();
    'outer: loop {
        for (text, op, is_word) in ops {
            let attempt = label("an operator", i, |i| if *is_word { kw(i, text) } else { sym(i, text) });
            if let Ok((after_op, _)) = attempt {
                // `-` followed by `>` is an arrow, not a minus; patterns never
                // reach here, so no special case is needed.
                match operand(after_op) {
                    Ok((after, (e, h))) => {
                        height = height.max(h);
                        rest.push((*op, e));
                        i = after;
                        continue 'outer;
                    }
                    Err(nom::Err::Error(_)) => break 'outer,
                    Err(e) => return Err(e),
                }
            }
        }
        break;
    }
    if rest.is_empty() {
        return Ok((i, (first, height)));
    }
    let height = check_height(height + 1, start_input, i)?;
    Ok((i, (Expr::new(ExprKind::Chain(Box::new(first), rest), Span::new(start, pos(i))), height)))
}

/// grammar: or_expr
fn or_expr(i: &str) -> PResult<'_, HExpr> {
    chain_of(i, &[("OR", BinOp::Or, true)], xor_expr)
}

/// grammar: xor_expr
fn xor_expr(i: &str) -> PResult<'_, HExpr> {
    chain_of(i, &[("XOR", BinOp::Xor, true)], and_expr)
}

/// grammar: and_expr
fn and_expr(i: &str) -> PResult<'_, HExpr> {
    chain_of(i, &[("AND", BinOp::And, true)], not_expr)
}

/// grammar: not_expr
fn not_expr(i: &str) -> PResult<'_, HExpr> {
    let mut starts = Vec::new();
    let mut i = i;
    loop {
        let at = ws(i);
        match kw(i, "NOT") {
            Ok((rest, _)) => {
                starts.push(at);
                i = rest;
            }
            Err(_) => break,
        }
    }
    let (i, (mut e, mut height)) = comparison(i)?;
    for at in starts.into_iter().rev() {
        height = check_height(height + 1, at, i)?;
        e = Expr::new(ExprKind::Not(Box::new(e)), Span::new(pos(at), pos(i)));
    }
    Ok((i, (e, height)))
}

/// grammar: comparison, comp_op
fn comparison(i: &str) -> PResult<'_, HExpr> {
    let start_input = ws(i);
    let (i, (left, lh)) = predicate_expr(i)?;
    for (text, op) in [
        ("<>", CompOp::Ne),
        ("<=", CompOp::Le),
        (">=", CompOp::Ge),
        ("=", CompOp::Eq),
        ("<", CompOp::Lt),
        (">", CompOp::Gt),
    ] {
        if let Ok((after_op, _)) = label("an operator", i, |i| sym(i, text)) {
            match predicate_expr(after_op) {
                Ok((rest, (right, rh))) => {
                    let height = check_height(lh.max(rh) + 1, start_input, rest)?;
                    let span = Span::new(pos(start_input), pos(rest));
                    return Ok((rest, (Expr::new(ExprKind::Compare(Box::new(left), op, Box::new(right)), span), height)));
                }
                Err(nom::Err::Error(_)) => return Ok((i, (left, lh))),
                Err(e) => return Err(e),
            }
        }
    }
    Ok((i, (left, lh)))
}

/// grammar: predicate_expr
fn predicate_expr(i: &str) -> PResult<'_, HExpr> {
    let start_input = ws(i);
    let start = pos(start_input);
    let (mut i, (mut e, mut height)) = additive(i)?;
    loop {
        match label("an operator", i, predicate_suffix) {
            Ok((rest, (p, arg_height))) => {
                height = check_height(height.max(arg_height) + 1, start_input, rest)?;
                e = Expr::new(ExprKind::Predicate(Box::new(e), p), Span::new(start, pos(rest)));
                i = rest;
            }
            Err(nom::Err::Error(_)) => return Ok((i, (e, height))),
            Err(err) => return Err(err),
        }
    }
}

/// grammar: predicate_suffix, is_not_null, is_null, in_list, starts_with, ends_with, contains, regex_match, name_match
/// — one predicate after an operand, with the height of its argument.
fn predicate_suffix(i: &str) -> PResult<'_, (Predicate, usize)> {
    if let Ok((rest, _)) = kw(i, "IS") {
        if let Ok((rest, _)) = kw(rest, "NOT").and_then(|(r, _)| kw(r, "NULL")) {
            return Ok((rest, (Predicate::IsNotNull, 0)));
        }
        if let Ok((rest, _)) = kw(rest, "NULL") {
            return Ok((rest, (Predicate::IsNull, 0)));
        }
    }
    type Operator = (&'static [&'static str], bool, fn(Box<Expr>) -> Predicate);
    let operators: [Operator; 6] = [
        (&["IN"], true, Predicate::In),
        (&["STARTS", "WITH"], true, Predicate::StartsWith),
        (&["ENDS", "WITH"], true, Predicate::EndsWith),
        (&["CONTAINS"], true, Predicate::Contains),
        (&["=~"], false, Predicate::Regex),
        (&["~"], false, Predicate::NameMatch),
    ];
    'next: for (words, is_word, make) in operators {
        let mut rest = i;
        for word in words {
            let r = if is_word { kw(rest, word) } else { sym(rest, word) };
            match r {
                Ok((r, _)) => rest = r,
                Err(_) => continue 'next,
            }
        }
        match additive(rest) {
            Ok((rest, (arg, h))) => return Ok((rest, (make(Box::new(arg)), h))),
            Err(nom::Err::Error(_)) => {}
            Err(e) => return Err(e),
        }
    }
    soft()
}

/// grammar: additive, add_op
fn additive(i: &str) -> PResult<'_, HExpr> {
    chain_of(i, &[("+", BinOp::Add, false), ("-", BinOp::Sub, false)], multiplicative)
}

/// grammar: multiplicative, mul_op
fn multiplicative(i: &str) -> PResult<'_, HExpr> {
    chain_of(i, &[("*", BinOp::Mul, false), ("/", BinOp::Div, false), ("%", BinOp::Mod, false)], unary)
}

/// grammar: unary, neg
fn unary(i: &str) -> PResult<'_, HExpr> {
    let mut starts = Vec::new();
    let mut i = i;
    // Checked quietly: a missing minus is not worth mentioning in errors.
    while let Some(rest) = ws(i).strip_prefix('-') {
        starts.push(ws(i));
        i = rest;
    }
    let (i, (mut e, mut height)) = postfix(i)?;
    for at in starts.into_iter().rev() {
        height = check_height(height + 1, at, i)?;
        e = Expr::new(ExprKind::Neg(Box::new(e)), Span::new(pos(at), pos(i)));
    }
    Ok((i, (e, height)))
}

/// grammar: postfix, property_lookup, index_lookup
fn postfix(i: &str) -> PResult<'_, HExpr> {
    let start_input = ws(i);
    let start = pos(start_input);
    let (mut i, (mut e, mut height)) = label("an expression", i, atom)?;
    loop {
        let step = label("an operator", i, |i| {
            if let Ok((rest, _)) = sym(i, ".") {
                let (rest, key) = symbolic_name(rest, "a property name")?;
                return Ok((rest, (None, Some(key))));
            }
            let (rest, _) = sym(i, "[")?;
            let (rest, index) = expression(rest)?;
            let (rest, _) = sym(rest, "]")?;
            Ok((rest, (Some(index), None)))
        });
        match step {
            Ok((rest, (index, key))) => {
                let span = Span::new(start, pos(rest));
                e = match (index, key) {
                    (Some((index, h)), _) => {
                        height = height.max(h);
                        Expr::new(ExprKind::Index(Box::new(e), Box::new(index)), span)
                    }
                    (None, Some(key)) => Expr::new(ExprKind::Property(Box::new(e), key), span),
                    (None, None) => unreachable!("a postfix step is a key or an index"),
                };
                height = check_height(height + 1, start_input, rest)?;
                i = rest;
            }
            Err(nom::Err::Error(_)) => return Ok((i, (e, height))),
            Err(err) => return Err(err),
        }
    }
}

/// grammar: atom, literal
fn atom(i: &str) -> PResult<'_, HExpr> {
    let i = ws(i);
    let start = pos(i);
    fn leaf(start: usize, rest: &str, kind: ExprKind) -> PResult<'_, HExpr> {
        Ok((rest, (Expr::new(kind, Span::new(start, pos(rest))), 1)))
    }
    for (word, lit) in [("NULL", Literal::Null), ("TRUE", Literal::Bool(true)), ("FALSE", Literal::Bool(false))] {
        if let Ok((rest, _)) = kw(i, word) {
            return leaf(start, rest, ExprKind::Literal(lit));
        }
    }
    match float(i) {
        Ok((rest, x)) => return leaf(start, rest, ExprKind::Literal(Literal::Float(x))),
        Err(nom::Err::Error(_)) => {}
        Err(e) => return Err(e),
    }
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        let (rest, n) = integer(i)?;
        let Ok(n) = i64::try_from(n) else {
            return fatal(QueryErrorKind::Semantic, format!("the integer {n} is too large"), i, rest, None);
        };
        return leaf(start, rest, ExprKind::Literal(Literal::Int(n)));
    }
    if i.starts_with(['"', '\'']) {
        let (rest, s) = string(i)?;
        return leaf(start, rest, ExprKind::Literal(Literal::String(s)));
    }
    if i.starts_with('$') {
        let (rest, p) = parameter(i)?;
        return leaf(start, rest, ExprKind::Param(p));
    }
    if let Ok((rest, _)) = count_star(i) {
        return leaf(start, rest, ExprKind::CountStar);
    }
    match function_call(i) {
        Ok(ok) => return Ok(ok),
        Err(nom::Err::Error(_)) => {}
        Err(e) => return Err(e),
    }
    if i.starts_with('[') {
        return list_literal(i);
    }
    if i.starts_with('{') {
        return map_literal(i);
    }
    if i.starts_with('(') {
        return paren_expr(i);
    }
    variable(i)
}

/// grammar: count_star
fn count_star(i: &str) -> PResult<'_, ()> {
    let (i, _) = kw(i, "count")?;
    let (i, _) = sym(i, "(")?;
    let (i, _) = sym(i, "*")?;
    let (i, _) = sym(i, ")")?;
    Ok((i, ()))
}

/// grammar: function_call, function_name
fn function_call(i: &str) -> PResult<'_, HExpr> {
    let i = ws(i);
    let start = pos(i);
    let (rest, fname) = match plain_name(i) {
        Ok((rest, n)) if !is_reserved(n) => (rest, n),
        _ => return soft(),
    };
    let name_ident = Ident { name: fname.to_string(), span: Span::new(start, pos(rest)) };
    let (i, _) = sym(rest, "(")?;
    let (i, distinct) = opt_kw(i, "DISTINCT");
    let mut args = Vec::new();
    let mut height = 0;
    let mut i = i;
    if let (rest, true) = opt_sym(i, ")") {
        i = rest;
    } else {
        loop {
            let (rest, (arg, h)) = expression(i)?;
            height = height.max(h);
            args.push(arg);
            let (rest, comma) = opt_sym(rest, ",");
            if !comma {
                let (rest, _) = sym(rest, ")")?;
                i = rest;
                break;
            }
            i = rest;
        }
    }
    let height = check_height(height + 1, ws(rest), i)?;
    Ok((i, (Expr::new(ExprKind::Call { name: name_ident, distinct, args }, Span::new(start, pos(i))), height)))
}

/// grammar: list_literal
fn list_literal(i: &str) -> PResult<'_, HExpr> {
    let i = ws(i);
    let start = pos(i);
    let (mut i, _) = sym(i, "[")?;
    let mut items = Vec::new();
    let mut height = 0;
    if let (rest, true) = opt_sym(i, "]") {
        i = rest;
    } else {
        loop {
            let (rest, (e, h)) = expression(i)?;
            height = height.max(h);
            items.push(e);
            let (rest, comma) = opt_sym(rest, ",");
            if !comma {
                let (rest, _) = sym(rest, "]")?;
                i = rest;
                break;
            }
            i = rest;
        }
    }
    let height = check_height(height + 1, i, i)?;
    Ok((i, (Expr::new(ExprKind::List(items), Span::new(start, pos(i))), height)))
}

/// grammar: map_literal
fn map_literal(i: &str) -> PResult<'_, HExpr> {
    let i = ws(i);
    let start = pos(i);
    let (i, _) = sym(i, "{")?;
    let (i, pairs) = pairs_until_close(i, "}")?;
    let height = pairs.iter().map(|(_, (_, h))| *h).max().unwrap_or(0);
    let height = check_height(height + 1, i, i)?;
    let pairs = pairs.into_iter().map(|(k, (e, _))| (k, e)).collect();
    Ok((i, (Expr::new(ExprKind::Map(pairs), Span::new(start, pos(i))), height)))
}

/// grammar: paren_expr
fn paren_expr(i: &str) -> PResult<'_, HExpr> {
    let (i, _) = sym(i, "(")?;
    let (i, e) = expression(i)?;
    let (i, _) = sym(i, ")")?;
    Ok((i, e))
}

/// grammar: variable
fn variable(i: &str) -> PResult<'_, HExpr> {
    let (rest, n) = name(i)?;
    let span = n.span;
    Ok((rest, (Expr::new(ExprKind::Var(n.name), span), 1)))
}

/// The length in bytes of the token at the start of `i` (a word, a quoted
/// string's first 40 bytes, or one character).
fn next_token_len(i: &str) -> usize {
    let word = i.len() - i.trim_start_matches(is_ident_char).len();
    if word > 0 {
        return word;
    }
    i.chars().next().map_or(0, char::len_utf8)
}

/// Parses a query.
pub fn parse(text: &str) -> Result<Query, QueryError> {
    with_tracker(|t| *t = Tracker { total: text.len(), furthest: usize::MAX, expected: Vec::new(), depth: 0 });
    let result = query(text);
    let (furthest, expected) = with_tracker(|t| (t.furthest, std::mem::take(&mut t.expected)));
    match result {
        Ok((_, q)) => Ok(q),
        Err(nom::Err::Failure(PErr::Fatal(f)) | nom::Err::Error(PErr::Fatal(f))) => {
            let start = text.len().saturating_sub(f.rest_at_start);
            let end = text.len().saturating_sub(f.rest_at_end).max(start);
            let mut e = QueryError::at(f.kind, f.message, text, start..end);
            e.help = f.help;
            Err(e)
        }
        Err(_) => Err(syntax_error(text, furthest, &expected)),
    }
}

/// "expected A, B or C, found X" at the furthest failure.
fn syntax_error(text: &str, furthest_rest: usize, expected: &[String]) -> QueryError {
    let mut offset = if furthest_rest == usize::MAX { 0 } else { text.len().saturating_sub(furthest_rest) };
    let mut rest = text.get(offset..).unwrap_or("");
    if rest.trim().is_empty() {
        // At the end: point just after the last thing written, not at a
        // blank line below it.
        offset = offset.min(text.trim_end().len());
        rest = "";
    }
    let mut token_len = next_token_len(rest);
    if let Some(after) = rest.strip_prefix('\\') {
        // An escape: the backslash and what follows it.
        token_len += after.chars().next().map_or(0, char::len_utf8);
    }
    let found = if rest.is_empty() {
        "end of input".to_string()
    } else if rest.starts_with("/*") {
        token_len = 2;
        "`/*`, a comment that is never closed with `*/`".to_string()
    } else {
        format!("`{}`", &rest[..token_len])
    };
    let expected_text = match expected {
        [] => "something else".to_string(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    };
    let mut e = QueryError::at(
        QueryErrorKind::Syntax,
        format!("expected {expected_text}, found {found}"),
        text,
        offset..offset + token_len,
    );
    let word = &rest[..token_len];
    if rest.starts_with("!=") {
        e.help = Some("not-equal is written `<>`".into());
    } else if is_reserved(word) && expected.iter().any(|x| x == "a name") {
        e.help = Some(format!("`{word}` is a reserved word; to use it as a name, quote it: `{word}` in backticks"));
    } else if !word.is_empty() && word.chars().all(is_ident_char) && !is_reserved(word) {
        let keywords: Vec<&str> = expected
            .iter()
            .filter_map(|e| e.strip_prefix('`').and_then(|e| e.strip_suffix('`')))
            .filter(|e| e.chars().all(|c| c.is_ascii_alphabetic()) && e.len() > 1)
            .collect();
        let mut candidates = keywords.clone();
        // At a clause boundary a misspelt writing or clause keyword is
        // likelier than anything else.
        if keywords.contains(&"RETURN") {
            candidates.extend(["MATCH", "OPTIONAL", "WITH", "RETURN", "WHERE"]);
        }
        if let Some(s) = suggest(word, candidates) {
            e.help = Some(format!("did you mean `{s}`?"));
        }
    }
    e
}
