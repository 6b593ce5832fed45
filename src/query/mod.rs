//! The query language: parse → plan → evaluate, over the store's read
//! interface.

pub(crate) mod value;

pub use value::{Params, Path, Value};

/// A query that failed to parse, plan or run.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct QueryError {
    /// What went wrong.
    pub message: String,
}
