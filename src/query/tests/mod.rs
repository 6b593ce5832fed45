//! Tests of the query language that need its insides: the parser corpus
//! with golden errors (`SHEZHIRE_BLESS=1` rewrites the goldens), conformance
//! with the pest grammar, round trips and property tests.

mod conformance;
mod parser_corpus;
mod properties;

use std::path::{Path, PathBuf};

/// The crate's root directory.
pub(super) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `(file name, text)` of the `.cypher` files in `tests/data/query/<kind>`, sorted.
pub(super) fn corpus(kind: &str) -> Vec<(PathBuf, String)> {
    let dir = root().join("tests/data/query").join(kind);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cypher"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, text)
        })
        .collect()
}

/// The queries of the ```cypher blocks of a Markdown file (none when it is absent).
pub(super) fn markdown_queries(path: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(path) else { return Vec::new() };
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        match &mut current {
            None if line.trim_start().starts_with("```cypher") => current = Some(String::new()),
            Some(q) if line.trim_start().starts_with("```") => {
                out.push(std::mem::take(q));
                current = None;
            }
            Some(q) => {
                q.push_str(line);
                q.push('\n');
            }
            None => {}
        }
    }
    out
}
