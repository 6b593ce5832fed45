//! The query language: text → [`ast`] (the nom parser in `parser`, the
//! grammar in `grammar/query.pest`) → a plan over the indexes (`plan`) →
//! rows, streamed by `eval` over the [`GraphRead`](read::GraphRead) trait.
//! `api` ties it to [`Db`](crate::Db); `format` prints results.

pub(crate) mod api;
pub mod ast;
pub(crate) mod error;
pub(crate) mod eval;
pub mod format;
pub(crate) mod parser;
pub(crate) mod plan;
pub(crate) mod read;
pub(crate) mod store_read;
pub(crate) mod value;

pub use api::{QueryOptions, QueryResult};
pub use error::{QueryError, QueryErrorKind};
pub use plan::DEFAULT_MAX_PATH_LENGTH;
pub use value::{Params, Path, Value};

/// A parameter value from text (the command line, the shell's `:param`):
/// JSON when it parses as JSON (numbers, booleans, null, quoted strings,
/// lists, maps), else the text itself as a string.
pub fn param_value(text: &str) -> Value {
    fn from_json(j: serde_json::Value) -> Value {
        match j {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(b),
            serde_json::Value::Number(n) => n.as_i64().map(Value::Int).unwrap_or_else(|| Value::Float(n.as_f64().unwrap_or(f64::NAN))),
            serde_json::Value::String(s) => Value::String(s),
            serde_json::Value::Array(items) => Value::List(items.into_iter().map(from_json).collect()),
            serde_json::Value::Object(m) => Value::Map(m.into_iter().map(|(k, v)| (k, from_json(v))).collect()),
        }
    }
    match serde_json::from_str::<serde_json::Value>(text.trim()) {
        Ok(j) => from_json(j),
        Err(_) => Value::String(text.to_string()),
    }
}

/// Checks that `query` is well-formed, without running it (for shells that
/// need to know whether a statement is complete).
pub fn check_syntax(query: &str) -> Result<(), QueryError> {
    parser::parse(query).map(|_| ())
}

/// Parses `query`, prints it and parses the print again, panicking if the
/// trees differ: the fuzz target's oracle. Not for other uses.
#[doc(hidden)]
pub fn fuzz_round_trip(query: &str) {
    if let Ok(tree) = parser::parse(query) {
        let printed = tree.to_string();
        match parser::parse(&printed) {
            Ok(again) => assert_eq!(tree, again, "print of {query:?} is {printed:?}"),
            Err(e) => panic!("print of {query:?} is {printed:?}, which does not parse: {e}"),
        }
    }
}

#[cfg(test)]
mod tests;
