//! The database the shell's tests run on: the sample articles' gold facts
//! (examples/articles) and one more article naming Қуат Байғоджаев, so that
//! completion has a surname to find by Cyrillic and by Latin letters.
//! Gold facts, not extraction, keep the outputs steady while the extractor
//! changes.

#![allow(dead_code)]

use shezhire::extract::SourcedFact;
use shezhire::{ArticleFacts, Db, Fact, Span};
use std::path::{Path, PathBuf};

/// The crate root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Writes the test database at `path` and closes it.
pub fn make_db(path: &Path) {
    let db = Db::open(path).expect("create the test database");
    let dir = root().join("examples/articles");
    let mut facts_files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/articles")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "facts"))
        .collect();
    facts_files.sort();
    for facts_path in facts_files {
        let text = std::fs::read_to_string(facts_path.with_extension("txt")).unwrap();
        let facts = std::fs::read_to_string(&facts_path).unwrap();
        let source = facts_path.with_extension("txt").file_name().unwrap().to_string_lossy().into_owned();
        db.ingest_facts(&text, &source, article_facts(&text, &facts)).unwrap();
    }
    let text = "Бөрлі аудандық филиалының төрағасы Қуат Байғоджаев\n";
    let facts = "person\tҚуат Байғоджаев\nholds\tҚуат Байғоджаев\tdeputy_chairman\tAMANAT/district/Бөрлі\tcurrent\n";
    db.ingest_facts(text, "07_baigodzhaev.txt", article_facts(text, facts)).unwrap();
    db.flush().unwrap();
}

/// Facts of a `.facts` file, each citing the whole text; the title is the
/// first non-empty line.
fn article_facts(text: &str, facts: &str) -> ArticleFacts {
    let title = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default().to_string();
    ArticleFacts {
        title,
        facts: facts
            .lines()
            .filter_map(Fact::parse_line)
            .map(|f| SourcedFact { fact: f.expect("gold facts parse"), span: Span::new(0, text.len()) })
            .collect(),
    }
}
