//! The one error type of the library. Each variant names what went wrong
//! and where (file, line, column, database path), so the command line can
//! print it as it is.

use std::fmt;
use std::path::PathBuf;

/// A result with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Another process has the database open.
    #[error("database {} is locked by another process (close the other shezhire first)", .path.display())]
    Locked {
        /// The database directory.
        path: PathBuf,
    },
    /// The path holds something that is not a shezhire database.
    #[error("{} is not a shezhire database: {reason}", .path.display())]
    NotADatabase {
        /// The path given.
        path: PathBuf,
        /// Why not.
        reason: String,
    },
    /// The database was written by another format version.
    #[error(
        "database {} has format version {found}, but this build of shezhire reads versions 1 to {expected}; \
         open it with a matching shezhire, or re-ingest the articles into a new database",
        .path.display()
    )]
    FormatVersion {
        /// The database directory.
        path: PathBuf,
        /// The version on disk.
        found: u32,
        /// The newest version this build reads (it reads every one from 1).
        expected: u32,
    },
    /// The storage engine failed.
    #[error("storage error in {}: {message}", .path.display())]
    Storage {
        /// The database directory.
        path: PathBuf,
        /// What the engine said.
        message: String,
    },
    /// A record could not be decoded.
    #[error("corrupt database: {what}")]
    Corrupt {
        /// Which record and why.
        what: String,
    },
    /// An input text was refused; nothing of it was stored.
    #[error("{source_name}: {problem}")]
    BadInput {
        /// The file name (or `<stdin>`, or the caller's source string).
        source_name: String,
        /// What is wrong with it.
        problem: InputProblem,
    },
    /// A file could not be read or written.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// A look-up found nothing.
    #[error("no {what} `{name}`")]
    NotFound {
        /// What was looked for ("article", "node").
        what: &'static str,
        /// The id or name given.
        name: String,
    },
    /// A query failed to parse, plan or run.
    #[error(transparent)]
    Query(#[from] crate::query::QueryError),
    /// A command or option that does not exist yet.
    #[error("{0}")]
    Unsupported(String),
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io { path: path.into(), source }
    }
}

/// Why an input text was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum InputProblem {
    /// The bytes are not UTF-8.
    NotUtf8 {
        /// 1-based line of the first bad byte.
        line: usize,
        /// 1-based column (in characters) of the first bad byte.
        column: usize,
        /// 0-based byte offset of the first bad byte.
        offset: usize,
    },
    /// The text has no visible characters.
    Empty,
    /// The bytes look like a binary file (NUL bytes or mostly control codes).
    Binary {
        /// 0-based byte offset of the first NUL or control byte.
        offset: usize,
    },
    /// A record of an import file is malformed or inconsistent.
    Malformed {
        /// 1-based line of the record (0 when unknown).
        line: usize,
        /// 1-based column (0 when unknown).
        column: usize,
        /// What is wrong with it.
        message: String,
    },
    /// The text is larger than the limit.
    TooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
}

impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputProblem::NotUtf8 { line, column, offset } => {
                write!(f, "not UTF-8 text: invalid byte at line {line}, column {column} (byte offset {offset})")
            }
            InputProblem::Empty => f.write_str("empty: no text to read"),
            InputProblem::Binary { offset } => {
                write!(f, "binary data, not an article (control byte at byte offset {offset})")
            }
            InputProblem::Malformed { line: 0, message, .. } => f.write_str(message),
            InputProblem::Malformed { line, column: 0, message } => write!(f, "line {line}: {message}"),
            InputProblem::Malformed { line, column, message } => write!(f, "line {line}, column {column}: {message}"),
            InputProblem::TooLarge { size, limit } => {
                write!(f, "too large: {size} bytes, the limit is {limit} bytes (see --max-size)")
            }
        }
    }
}
