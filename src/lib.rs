#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

#[doc(hidden)]
pub mod bench;
mod db;
mod error;
pub mod export;
pub mod extract;
mod model;
pub(crate) mod query;
pub mod shell;
pub(crate) mod store;

#[doc(hidden)]
pub mod cli;

pub use db::{ArticleInfo, ArticleSource, Db, Stats, DEFAULT_MAX_ARTICLE_BYTES};
pub use error::{Error, InputProblem, Result};
pub use export::{ExportOptions, ExportReport, Format as ExportFormat, ImportFormat, ImportReport, Selection, Subgraph};
pub use extract::{ArticleFacts, Fact};
pub use model::{Direction, Edge, EdgeId, Label, Node, NodeId, PropValue, Props, Provenance, RelType, Span};
pub use query::format::{self, Format as OutputFormat};
pub use query::{check_syntax, Params, Path, QueryError, QueryErrorKind, QueryOptions, QueryResult, Value, DEFAULT_MAX_PATH_LENGTH};
#[doc(hidden)]
pub use query::fuzz_round_trip;
pub use store::check::CheckReport;
pub use store::write::IngestReport;
