//! [`QueryError`]: what went wrong with a query, where (byte span, line,
//! column), and its plain-text rendering with a caret under the offending
//! text. Suggestions for misspelt words are computed here too.

use std::fmt;
use std::ops::Range;

/// What kind of failure a [`QueryError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QueryErrorKind {
    /// The text does not follow the grammar.
    Syntax,
    /// The query is well-formed but means nothing: unknown label, unbound
    /// variable, aggregate in WHERE, a number out of range.
    Semantic,
    /// Evaluation failed (a bad regex at run time, a type error, a store error).
    Runtime,
    /// The language has it, shezhire does not (writing clauses).
    Unsupported,
    /// The caller cancelled the query.
    Cancelled,
    /// The query ran past its time limit.
    Timeout,
}

impl QueryErrorKind {
    /// A lower-case name for messages (`syntax error`, ...).
    pub fn describe(self) -> &'static str {
        match self {
            QueryErrorKind::Syntax => "syntax error",
            QueryErrorKind::Semantic => "semantic error",
            QueryErrorKind::Runtime => "runtime error",
            QueryErrorKind::Unsupported => "not supported",
            QueryErrorKind::Cancelled => "cancelled",
            QueryErrorKind::Timeout => "timeout",
        }
    }
}

/// A query that failed to parse, plan or run.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct QueryError {
    /// What kind of failure.
    pub kind: QueryErrorKind,
    /// What went wrong.
    pub message: String,
    /// The offending bytes of the query, when known.
    pub span: Option<Range<usize>>,
    /// 1-based line of the span's start (0 when there is no span).
    pub line: usize,
    /// 1-based column, in characters, of the span's start (0 when there is no span).
    pub column: usize,
    /// A hint, such as `did you mean `RETURN`?`.
    pub help: Option<String>,
    /// The line of the query the span starts on (for [`QueryError::render`]).
    pub source_line: Option<String>,
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.describe(), self.message)?;
        if self.line > 0 {
            write!(f, " (line {}, column {})", self.line, self.column)?;
        }
        if let Some(help) = &self.help {
            write!(f, "; {help}")?;
        }
        Ok(())
    }
}

impl QueryError {
    /// An error with no position.
    pub fn new(kind: QueryErrorKind, message: impl Into<String>) -> QueryError {
        QueryError { kind, message: message.into(), span: None, line: 0, column: 0, help: None, source_line: None }
    }

    /// An error at `span` of `query`: fills in the line, column and the line's text.
    pub fn at(kind: QueryErrorKind, message: impl Into<String>, query: &str, span: Range<usize>) -> QueryError {
        let mut e = QueryError::new(kind, message);
        e.locate(query, span);
        e
    }

    /// Sets the span and derives line, column and source line from `query`.
    pub fn locate(&mut self, query: &str, span: Range<usize>) {
        let start = floor_char_boundary(query, span.start.min(query.len()));
        let end = floor_char_boundary(query, span.end.clamp(start, query.len()));
        let before = &query[..start];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line_end = query[start..].find('\n').map_or(query.len(), |i| start + i);
        self.line = before.matches('\n').count() + 1;
        self.column = query[line_start..start].chars().count() + 1;
        self.source_line = Some(query[line_start..line_end].trim_end_matches('\r').to_string());
        self.span = Some(start..end);
    }

    /// Adds a hint.
    pub fn with_help(mut self, help: impl Into<String>) -> QueryError {
        self.help = Some(help.into());
        self
    }

    /// The error as plain text: the message, the offending line with carets
    /// under the offending text, and the hint.
    ///
    /// ```text
    /// syntax error at line 1, column 11: expected `,`, `WHERE` or `RETURN`, found `RETRN`
    ///   |
    /// 1 | MATCH (n) RETRN n
    ///   |           ^^^^^
    ///   = help: did you mean `RETURN`?
    /// ```
    pub fn render(&self) -> String {
        use unicode_width::UnicodeWidthStr;
        let mut out = String::new();
        let head = self.kind.describe();
        if self.line > 0 {
            out.push_str(&format!("{head} at line {}, column {}: {}\n", self.line, self.column, self.message));
        } else {
            out.push_str(&format!("{head}: {}\n", self.message));
        }
        if let (Some(line), Some(span)) = (&self.source_line, &self.span) {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            let prefix: String = line.chars().take(self.column.saturating_sub(1)).collect();
            let line_rest_len = line.len().saturating_sub(prefix.len());
            let marked_len = (span.end - span.start).min(line_rest_len);
            let marked = line.get(prefix.len()..prefix.len() + marked_len).unwrap_or("");
            let indent = " ".repeat(UnicodeWidthStr::width(expand_tabs(&prefix).as_str()));
            let carets = "^".repeat(UnicodeWidthStr::width(marked).max(1));
            out.push_str(&format!("{pad} |\n{number} | {}\n{pad} | {indent}{carets}\n", expand_tabs(line)));
            if let Some(help) = &self.help {
                out.push_str(&format!("{pad} = help: {help}\n"));
            }
        } else if let Some(help) = &self.help {
            out.push_str(&format!("  = help: {help}\n"));
        }
        out
    }
}

/// Tabs as single spaces, so that carets line up.
fn expand_tabs(s: &str) -> String {
    s.replace('\t', " ")
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The candidate closest to `word` (ignoring case), when it is close enough
/// to be a likely misspelling.
pub(crate) fn suggest<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let lower = word.to_lowercase();
    let mut best: Option<(&str, f64)> = None;
    for c in candidates {
        let score = strsim::normalized_damerau_levenshtein(&lower, &c.to_lowercase());
        let distance = strsim::damerau_levenshtein(&lower, &c.to_lowercase());
        let close = score >= 0.6 || (distance <= 2 && lower.chars().count() > 2);
        if close && lower != c.to_lowercase() && best.map_or(true, |(_, s)| score > s) {
            best = Some((c, score));
        }
    }
    best.map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendering_points_at_the_span() {
        let q = "MATCH (n)\nRETRN n";
        let e = QueryError::at(QueryErrorKind::Syntax, "expected `RETURN`, found `RETRN`", q, 10..15)
            .with_help("did you mean `RETURN`?");
        assert_eq!((e.line, e.column), (2, 1));
        assert_eq!(
            e.render(),
            "syntax error at line 2, column 1: expected `RETURN`, found `RETRN`\n  |\n2 | RETRN n\n  | ^^^^^\n  = help: did you mean `RETURN`?\n"
        );
    }

    #[test]
    fn multibyte_characters_count_as_columns() {
        let q = "RETURN \"Қуат\" ~~";
        let at = q.find("~~").unwrap();
        let e = QueryError::at(QueryErrorKind::Syntax, "x", q, at..at + 2);
        assert_eq!(e.column, 15);
        assert!(e.render().contains(&format!("\n  | {}^^\n", " ".repeat(14))), "{}", e.render());
        // East Asian wide characters take two columns.
        let q = "RETURN \"漢字\" ~";
        let at = q.find('~').unwrap();
        let e = QueryError::at(QueryErrorKind::Syntax, "x", q, at..at + 1);
        assert!(e.render().contains(&format!("\n  | {}^\n", " ".repeat(14))), "{}", e.render());
    }

    #[test]
    fn suggestions_find_near_keywords_only() {
        assert_eq!(suggest("RETRN", ["MATCH", "RETURN", "WITH"]), Some("RETURN"));
        assert_eq!(suggest("Persn", ["Person", "Party"]), Some("Person"));
        assert_eq!(suggest("xyz", ["MATCH", "RETURN"]), None);
    }
}
