//! Benchmark support, kept apart from extraction and the store: the
//! synthetic graph generator behind `shezhire gen` (`gen`), and the query
//! workload that `shezhire bench-queries` times through the library API
//! (`queries`). `bench/run.sh` drives both and compares with Kuzu and SQLite.

pub mod gen;
pub mod queries;
mod rng;
