//! Group commit: `Db::ingest_many` writes the articles extracted while the
//! writer was busy as one batch. The graph it leaves must be the one that
//! ingesting the same sources one at a time leaves, byte for byte in the
//! JSON export, with the same report for every source in the same order:
//! new articles, a text repeated inside the run, and refused input among
//! them.

mod common;

use shezhire::{ArticleSource, Db, ExportFormat, ExportOptions, Selection};
use std::path::PathBuf;

fn texts_in(dir: PathBuf) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

fn sources() -> Vec<ArticleSource> {
    let mut paths = texts_in(common::shared().join("seeds"));
    paths.extend(texts_in(common::root().join("examples/articles")));
    paths.extend(texts_in(common::root().join("tests/data/devset")));
    assert!(paths.len() >= 20, "{} articles", paths.len());
    let mut out: Vec<ArticleSource> = paths.iter().cloned().map(ArticleSource::File).collect();
    // A text again, later in the same run, under another name.
    let again = std::fs::read(&paths[2]).unwrap();
    out.insert(9, ArticleSource::Bytes { name: "again.txt".into(), bytes: again });
    // Refused input among the good: binary, and invalid UTF-8.
    out.insert(5, ArticleSource::Bytes { name: "binary.bin".into(), bytes: vec![0x7f, b'E', b'L', b'F', 0, 0, 1, 2] });
    out.insert(12, ArticleSource::Bytes { name: "latin1.txt".into(), bytes: b"Astana \xe9\xe9 text".to_vec() });
    out
}

fn report_lines(db: &Db, sources: &[ArticleSource], together: bool) -> Vec<String> {
    let line = |r: shezhire::Result<shezhire::IngestReport>| match r {
        Ok(r) => format!("ok {} new={} facts={} +{}n +{}e", r.article_id, r.new, r.facts, r.nodes_added, r.edges_added),
        Err(e) => format!("err {e}"),
    };
    let mut lines = Vec::new();
    if together {
        db.ingest_many(sources, None, |_, r| lines.push(line(r)));
    } else {
        for source in sources {
            let r = match source {
                ArticleSource::File(path) => db.ingest_file(path),
                ArticleSource::Bytes { name, bytes } => db.ingest_bytes(bytes, name),
            };
            lines.push(line(r));
        }
    }
    lines
}

fn json(db: &Db) -> String {
    let mut out = Vec::new();
    shezhire::export::write_to(db, &Selection::Whole, ExportFormat::Json, &ExportOptions::default(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn a_group_commit_leaves_the_graph_one_at_a_time_leaves() {
    let sources = sources();
    let dir = tempfile::tempdir().unwrap();
    let grouped = Db::open(dir.path().join("grouped")).unwrap();
    let single = Db::open(dir.path().join("single")).unwrap();

    let grouped_reports = report_lines(&grouped, &sources, true);
    let single_reports = report_lines(&single, &sources, false);
    assert_eq!(grouped_reports, single_reports);
    assert_eq!(grouped_reports.iter().filter(|l| l.starts_with("err ")).count(), 2, "{grouped_reports:#?}");
    assert!(grouped_reports[10].contains("new=false"), "the repeated text: {}", grouped_reports[10]);

    let exported = json(&grouped);
    assert!(exported.len() > 10_000);
    assert_eq!(exported, json(&single));
    assert!(grouped.check().unwrap().is_ok(), "{:?}", grouped.check().unwrap());

    // The groups were durable and whole: reopened, the database has them all.
    let stats = grouped.stats().unwrap();
    drop(grouped);
    let reopened = Db::open(dir.path().join("grouped")).unwrap();
    let again = reopened.stats().unwrap();
    assert_eq!((again.nodes, again.relationships), (stats.nodes, stats.relationships));
    assert_eq!(json(&reopened), exported);
}
