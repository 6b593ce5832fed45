//! Loading articles with their gold facts (ONTOLOGY.md format) into a
//! database through `Db::ingest_facts`, for tests and for the example that
//! builds the seeds' graph. Gold files carry no sentence spans: each fact
//! gets the sentence where its name or key first shows (by a 5-letter
//! prefix, which survives Kazakh case endings), else the title line.

#![allow(dead_code)]

use shezhire::extract::{ArticleFacts, Fact, SourcedFact};
use shezhire::{Db, Span};
use std::path::{Path, PathBuf};

/// The first non-empty line of an article: its title.
pub fn title(text: &str) -> String {
    text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default().to_string()
}

/// The word a fact is most likely found by in the text.
fn needle(fact: &Fact) -> Option<String> {
    let last_word = |s: &str| s.split([' ', '/', '@']).rfind(|w| !w.is_empty()).map(str::to_string);
    let word = match fact {
        Fact::Person { name }
        | Fact::Alias { name, .. }
        | Fact::Author { name }
        | Fact::Holds { name, .. }
        | Fact::Elected { name, .. }
        | Fact::Participant { name, .. } => last_word(name),
        Fact::Branch { key } | Fact::Parent { child: key, .. } => last_word(key),
        Fact::Event { event } | Fact::EventAttr { event, .. } => last_word(&event.org),
    }?;
    Some(word.chars().take(5).collect())
}

/// The sentence of `text` around the first occurrence of `needle`.
fn sentence_span(text: &str, needle: &str) -> Option<Span> {
    let at = text.find(needle)?;
    let start = text[..at].rfind(['.', '\n']).map(|i| i + 1).unwrap_or(0);
    let end = text[at..].find(['.', '\n']).map(|i| at + i + 1).unwrap_or(text.len());
    let start = start + (text[start..end].len() - text[start..end].trim_start().len());
    Some(Span::new(start, end))
}

/// Gold facts text with spans found in `text`.
pub fn facts_for(text: &str, facts_text: &str) -> ArticleFacts {
    let title_span = Span::new(0, text.find('\n').unwrap_or(text.len()));
    let mut facts = Vec::new();
    for (i, line) in facts_text.lines().enumerate() {
        match Fact::parse_line(line) {
            None => {}
            Some(Ok(fact)) => {
                let span = needle(&fact).and_then(|n| sentence_span(text, &n)).unwrap_or(title_span);
                facts.push(SourcedFact { fact, span });
            }
            Some(Err(e)) => panic!("gold line {}: {e}: {line}", i + 1),
        }
    }
    ArticleFacts { title: title(text), facts }
}

/// Ingests every `*.txt` of `texts` whose `*.facts` is in `gold`, in name order.
pub fn ingest_dir(db: &Db, texts: &Path, gold: &Path) -> usize {
    let mut files: Vec<PathBuf> = std::fs::read_dir(texts)
        .unwrap_or_else(|e| panic!("{}: {e}", texts.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut n = 0;
    for path in files {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let gold_file = gold.join(format!("{stem}.facts"));
        let Ok(facts_text) = std::fs::read_to_string(&gold_file) else { continue };
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        db.ingest_facts(text, &path.display().to_string(), facts_for(text, &facts_text)).unwrap();
        n += 1;
    }
    n
}

/// The crate root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The five seed articles with their gold facts (`../shared`), if present.
pub fn seeds(db: &Db) -> usize {
    let shared = root().join("../shared");
    ingest_dir(db, &shared.join("seeds"), &shared.join("gold"))
}

/// The six sample articles of `examples/articles` with their gold facts.
pub fn samples(db: &Db) -> usize {
    let dir = root().join("examples/articles");
    ingest_dir(db, &dir, &dir)
}
