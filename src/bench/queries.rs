//! The benchmark's queries Q1–Q7 in shezhire's language, and the runner
//! behind the hidden `shezhire bench-queries` command: it opens a database
//! (timing the open and the first query, as a fresh process sees them),
//! runs every query with the parameters of `params.json` through
//! [`Db::query`], and writes each run's latency and the first answers as
//! JSON for `bench/report.py` to compare with Kuzu's and SQLite's.
//!
//! The same queries for the peers are in `bench/peers.py`; the meaning is
//! the same in each system (docs/BENCHMARKS.md lists all three).

use crate::error::{Error, Result};
use crate::query::{Params, Value};
use crate::Db;
use serde::Deserialize;
use std::path::PathBuf;
use std::time::Instant;

/// Q1–Q7: name, text, and the parameters each run binds.
pub const QUERIES: &[(&str, &str)] = &[
    ("Q1", "MATCH (p:Person {name: $name}) RETURN id(p)"),
    ("Q2", "MATCH (p:Person)-[h:HOLDS]->(o:Office) WHERE id(p) = $id RETURN o.key, h.status"),
    // Two MATCH clauses: within one, a relationship is used once (Cypher's
    // rule), which would drop the colleagues holding the very same office.
    (
        "Q3",
        "MATCH (p:Person)-[:HOLDS]->(:Office)-[:OF]->(b:Branch) WHERE id(p) = $id \
         MATCH (b)<-[:OF]-(:Office)<-[:HOLDS]-(c:Person) WHERE c <> p RETURN DISTINCT id(c)",
    ),
    ("Q4", "MATCH (b:Branch)-[:PART_OF*1..3]->(o:Branch) WHERE id(o) = $id RETURN DISTINCT id(b)"),
    (
        "Q5",
        "MATCH p = shortestPath((a:Person)-[:HOLDS|OF|PARTICIPATED*1..6]-(b:Person)) \
         WHERE id(a) = $a AND id(b) = $b RETURN length(p)",
    ),
    (
        "Q6",
        "MATCH (e:Event)-[:OF]->(b:Branch {level: \"oblast\"}) \
         RETURN b.key AS branch, count(*) AS events ORDER BY events DESC, branch LIMIT 10",
    ),
    ("Q7", "MATCH (p:Person) WHERE p.name ~ $q RETURN id(p)"),
];

/// `params.json` as `shezhire gen` writes it.
#[derive(Deserialize)]
struct Workload {
    q1: Vec<String>,
    q2: Vec<u64>,
    q3: Vec<u64>,
    q4: Vec<u64>,
    q5: Vec<[u64; 2]>,
    q7: Vec<String>,
}

/// How the runner runs.
#[derive(Clone, Debug)]
pub struct BenchOptions {
    /// The database.
    pub db: PathBuf,
    /// The `params.json` of the generated graph.
    pub params: PathBuf,
    /// Timed runs of Q1–Q4 (Q5–Q7 run fewer: see [`runs_of`]).
    pub runs: usize,
    /// Untimed runs before the timed ones, per query.
    pub warmup: usize,
    /// How many of the first runs' rows to record per query.
    pub answers: usize,
    /// Run only these queries (all when empty).
    pub only: Vec<String>,
    /// MiB of the graph to hold in memory before the runs (0: none).
    pub prewarm_mib: u64,
}

/// How many timed runs a query gets when Q1–Q4 get `runs`.
pub fn runs_of(query: &str, runs: usize) -> usize {
    match query {
        "Q5" | "Q6" => runs.div_ceil(10).max(1),
        "Q7" => runs.div_ceil(3).max(1),
        _ => runs,
    }
}

fn int(id: u64) -> Value {
    Value::Int(i64::try_from(id).unwrap_or(i64::MAX))
}

/// The parameters of run `i` of `query`.
fn params_of(w: &Workload, query: &str, i: usize) -> Params {
    let mut p = Params::new();
    match query {
        "Q1" => {
            p.insert("name".into(), Value::String(w.q1[i % w.q1.len()].clone()));
        }
        "Q2" => {
            p.insert("id".into(), int(w.q2[i % w.q2.len()]));
        }
        "Q3" => {
            p.insert("id".into(), int(w.q3[i % w.q3.len()]));
        }
        "Q4" => {
            p.insert("id".into(), int(w.q4[i % w.q4.len()]));
        }
        "Q5" => {
            let [a, b] = w.q5[i % w.q5.len()];
            p.insert("a".into(), int(a));
            p.insert("b".into(), int(b));
        }
        "Q7" => {
            p.insert("q".into(), Value::String(w.q7[i % w.q7.len()].clone()));
        }
        _ => {}
    }
    p
}

fn json_of(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Int(i) => serde_json::Value::from(*i),
        Value::String(s) => serde_json::Value::String(s.clone()),
        other => serde_json::Value::String(other.to_cell()),
    }
}

fn run_once(db: &Db, text: &str, params: &Params) -> Result<Vec<Vec<Value>>> {
    db.query(text, params)?.collect_rows()
}

/// Opens the database, runs the workload, and returns the report: the open
/// and first-query time, then per query its latencies in nanoseconds and
/// the rows of its first `answers` runs.
pub fn run(opts: &BenchOptions) -> Result<serde_json::Value> {
    let bytes = std::fs::read(&opts.params).map_err(|e| Error::io(&opts.params, e))?;
    let workload: Workload = serde_json::from_slice(&bytes)
        .map_err(|e| Error::Unsupported(format!("{}: not a params.json of `shezhire gen`: {e}", opts.params.display())))?;

    let started = Instant::now();
    let db = Db::open(&opts.db)?;
    let opened = started.elapsed();
    run_once(&db, QUERIES[0].1, &params_of(&workload, "Q1", 0))?;
    let first_query = started.elapsed();
    let started = Instant::now();
    let prewarmed = db.prewarm(opts.prewarm_mib * 1024 * 1024)?;
    let prewarm = started.elapsed();

    let mut queries = serde_json::Map::new();
    for (name, text) in QUERIES {
        if !opts.only.is_empty() && !opts.only.iter().any(|q| q == name) {
            continue;
        }
        let runs = runs_of(name, opts.runs);
        let warmup = if matches!(*name, "Q5" | "Q6") { opts.warmup.min(3) } else { opts.warmup };
        for i in 0..warmup {
            run_once(&db, text, &params_of(&workload, name, runs + i))?;
        }
        let mut latencies = Vec::with_capacity(runs);
        let mut answers = Vec::new();
        let mut rows_total = 0usize;
        for i in 0..runs {
            let params = params_of(&workload, name, i);
            let t = Instant::now();
            let rows = run_once(&db, text, &params)?;
            latencies.push(t.elapsed().as_nanos() as u64);
            rows_total += rows.len();
            if i < opts.answers {
                answers.push(serde_json::Value::Array(
                    rows.iter().map(|r| serde_json::Value::Array(r.iter().map(json_of).collect())).collect(),
                ));
            }
        }
        queries.insert(
            name.to_string(),
            serde_json::json!({"text": text, "latencies_ns": latencies, "answers": answers, "rows": rows_total}),
        );
    }
    Ok(serde_json::json!({
        "system": "shezhire",
        "open_ms": opened.as_secs_f64() * 1e3,
        "open_first_query_ms": first_query.as_secs_f64() * 1e3,
        "prewarm_ms": prewarm.as_secs_f64() * 1e3,
        "prewarm_bytes": prewarmed,
        "queries": queries,
    }))
}
