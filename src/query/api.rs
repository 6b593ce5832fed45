//! The query API on [`Db`]: [`Db::query`], [`Db::query_with`] and
//! [`Db::explain`], and [`QueryResult`], the streaming row iterator that
//! holds the database's reader gate while it lives; and the cache of parsed
//! and planned queries by text ([`Prepared`]).

use super::error::{QueryError, QueryErrorKind};
use super::eval::{self, Ctx, Interrupt, RowIter};
use super::plan::{self, Plan, DEFAULT_MAX_PATH_LENGTH};
use super::store_read::StoreRead;
use super::value::{Params, Value};
use super::parser;
use crate::db::Db;
use crate::error::Result;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How a query runs.
#[derive(Clone, Debug)]
pub struct QueryOptions {
    /// Stop with a [`QueryErrorKind::Timeout`] error after this long
    /// (counted from the call, including the time rows wait to be read).
    pub timeout: Option<Duration>,
    /// Stop with a [`QueryErrorKind::Cancelled`] error once this is set
    /// (the shell sets it on Ctrl-C).
    pub cancel: Option<Arc<AtomicBool>>,
    /// The most hops a variable-length or shortest path follows when the
    /// query gives no upper bound (`*`, `*2..`, `{1,}`).
    pub max_path_length: u64,
}

impl Default for QueryOptions {
    fn default() -> QueryOptions {
        QueryOptions { timeout: None, cancel: None, max_path_length: DEFAULT_MAX_PATH_LENGTH }
    }
}

/// A query text as parsed, and its last plan when that serves any
/// parameter values (see `Plan::reusable`), with the write generation and
/// path-length limit it was planned for: a write changes the counts plans
/// are chosen by.
pub(crate) struct Prepared {
    ast: Arc<super::ast::Query>,
    plan: parking_lot::Mutex<Option<(u64, u64, Arc<Plan>)>>,
}

/// The rows of a query, streamed: each `next()` does only the work that
/// row needs.
///
/// A result holds the database's reader gate until it is dropped, so it
/// reads one consistent snapshot; meanwhile [`Db::ingest`] waits. Drop (or
/// finish) a result before ingesting from the same thread, or that thread
/// waits for itself.
pub struct QueryResult {
    columns: Vec<String>,
    // Declared before the guard: fields drop in order, so the rows (and the
    // iterators into the store they hold) go before the gate opens.
    rows: RowIter,
    _gate: crate::db::ReadGuard,
}

impl QueryResult {
    /// The column names: an item's alias, else its text as written.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// Reads every remaining row.
    pub fn collect_rows(self) -> Result<Vec<Vec<Value>>> {
        self.collect()
    }
}

impl Iterator for QueryResult {
    type Item = Result<Vec<Value>>;

    fn next(&mut self) -> Option<Result<Vec<Value>>> {
        self.rows.next()
    }
}

impl std::fmt::Debug for QueryResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QueryResult").field("columns", &self.columns).finish_non_exhaustive()
    }
}

impl Db {
    /// Runs a query with parameters and default options, streaming its rows.
    /// `EXPLAIN <query>` gives one column `plan`, a row per line.
    ///
    /// ```
    /// # let db = shezhire::Db::open_in_memory().unwrap();
    /// let rows = db.query("MATCH (p:Person) RETURN count(*) AS people", &Default::default()).unwrap();
    /// assert_eq!(rows.columns(), ["people"]);
    /// ```
    pub fn query(&self, query: &str, params: &Params) -> Result<QueryResult> {
        self.query_with(query, params, QueryOptions::default())
    }

    /// Runs a query with options: a time limit, a cancel flag, the longest path.
    pub fn query_with(&self, query: &str, params: &Params, options: QueryOptions) -> Result<QueryResult> {
        let started = Instant::now();
        let prepared = self.parse_cached(query)?;
        let gate = self.read_guard();
        let graph = Arc::new(StoreRead::new(self.clone()));
        let max_path_length = options.max_path_length.max(1);
        let generation = self.write_generation();
        let cached = prepared
            .plan
            .lock()
            .as_ref()
            .filter(|(g, m, p)| *g == generation && *m == max_path_length && p.params.iter().all(|n| params.contains_key(n)))
            .map(|(_, _, p)| p.clone());
        let plan = match cached {
            Some(plan) => plan,
            None => {
                let plan = Arc::new(plan::plan(&prepared.ast, query, params, graph.as_ref(), max_path_length, false, false)?);
                if plan.reusable {
                    *prepared.plan.lock() = Some((generation, max_path_length, plan.clone()));
                }
                plan
            }
        };
        if plan.is_explain {
            let lines: Vec<Result<Vec<Value>>> =
                plan.explain.lines().map(|l| Ok(vec![Value::String(l.to_string())])).collect();
            return Ok(QueryResult { columns: vec!["plan".into()], rows: Box::new(lines.into_iter()), _gate: gate });
        }
        let ctx = Arc::new(Ctx {
            graph,
            params: plan.params.iter().map(|n| params.get(n).cloned().unwrap_or(Value::Null)).collect(),
            interrupt: Interrupt::new(options.cancel, options.timeout.map(|t| started + t)),
        });
        let columns = plan.columns.clone();
        let rows = eval::run(plan, ctx);
        Ok(QueryResult { columns, rows, _gate: gate })
    }

    /// The plan of a query (with or without `EXPLAIN` in front): which index
    /// anchors each pattern, the order of expansion, estimated rows.
    /// Parameters it uses need no values (they plan as null).
    pub fn explain(&self, query: &str) -> Result<String> {
        self.explain_plan(query, &Params::new(), true)
    }

    /// [`Db::explain`] with the parameters' values (all must be given).
    pub fn explain_with(&self, query: &str, params: &Params) -> Result<String> {
        self.explain_plan(query, params, false)
    }

    /// The syntax tree of `query`, parsed once per text (errors are not kept).
    fn parse_cached(&self, query: &str) -> Result<Arc<Prepared>> {
        /// Texts kept; past this the cache starts over (queries built with
        /// their values inlined would otherwise grow it without end).
        const PARSED_QUERIES_KEPT: usize = 256;
        if let Some(prepared) = self.inner.parsed.lock().get(query) {
            return Ok(prepared.clone());
        }
        let ast = Arc::new(Prepared { ast: Arc::new(parser::parse(query)?), plan: parking_lot::Mutex::new(None) });
        let mut parsed = self.inner.parsed.lock();
        if parsed.len() >= PARSED_QUERIES_KEPT {
            parsed.clear();
        }
        parsed.insert(query.to_string(), ast.clone());
        Ok(ast)
    }

    fn explain_plan(&self, query: &str, params: &Params, lenient: bool) -> Result<String> {
        let ast = parser::parse(query)?;
        let _gate = self.read_guard();
        let graph = StoreRead::new(self.clone());
        let plan = plan::plan(&ast, query, params, &graph, DEFAULT_MAX_PATH_LENGTH, lenient, true)?;
        Ok(plan.explain)
    }
}

impl From<QueryErrorKind> for QueryError {
    fn from(kind: QueryErrorKind) -> QueryError {
        QueryError::new(kind, kind.describe())
    }
}
