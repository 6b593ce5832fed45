//! Ingest speed: news-sized articles per second into an on-disk database,
//! extraction and writing together, as `shezhire ingest DIR` runs them
//! (`Db::ingest_many`, then a flush). The target is ≥ 500 a second.
//!
//! The articles are the sample articles of `examples/articles/` with their
//! people renamed (names drawn from the given-name lexicon, surnames built on
//! them with the sample's own surname endings), in the same branches, offices
//! and places, the graph growing as an archive of one region's news would.
//! Two casts: people who recur (ten casts in turn), and new people in every
//! article (more nodes, so more keys to write per article).
//!
//! `cargo bench --bench ingest`

mod common;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use shezhire::{ArticleSource, Db, Fact};
use std::collections::BTreeSet;
use std::time::Duration;

const COPIES: usize = 100;

fn given_names() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/extract/kk/data/given_names.tsv"
    );
    std::fs::read_to_string(path)
        .expect("given_names.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').next())
        .filter(|n| !n.contains('-') && n.chars().count() >= 4)
        .map(str::to_string)
        .collect()
}

const SURNAME_ENDINGS: [&str; 8] = ["ова", "ева", "ина", "ов", "ев", "ин", "ұлы", "қызы"];

/// The words of the sample's person names, each with what replaces it in
/// copy `copy`: a given name for a given name, a given name plus the
/// original ending for a surname. Longest words first, so that no word is
/// replaced inside a longer one.
fn renaming(text: &str, names: &[String], copy: usize) -> Vec<(String, String)> {
    let words: BTreeSet<String> = shezhire::extract::extract(text)
        .facts
        .iter()
        .filter_map(|f| match &f.fact {
            Fact::Person { name } => Some(name.clone()),
            _ => None,
        })
        .flat_map(|n| n.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .filter(|w| w.chars().count() >= 4 && !w.contains('.'))
        .collect();
    let mut pairs: Vec<(String, String)> = words
        .into_iter()
        .enumerate()
        .map(|(k, word)| {
            let pick = &names[(copy * 7919 + k * 104_729) % names.len()];
            let new = match SURNAME_ENDINGS.iter().find(|e| word.ends_with(*e)) {
                Some(ending) => format!("{pick}{ending}"),
                None => pick.clone(),
            };
            (word, new)
        })
        .collect();
    pairs.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
    pairs
}

/// `COPIES` copies of every sample. With `cast` the people of copy `c` are
/// those of copy `c % cast`, so they recur across articles as in one
/// region's news (each copy still a new text: a view counter, as news pages
/// end, differs); without it every copy names new people.
fn articles(cast: Option<usize>) -> Vec<ArticleSource> {
    let names = given_names();
    let samples = common::sample_articles();
    let mut out = Vec::new();
    for copy in 0..COPIES {
        for (s, text) in samples.iter().enumerate() {
            let mut t = text.clone();
            for (old, new) in renaming(text, &names, cast.map_or(copy, |n| copy % n)) {
                t = t.replace(&old, &new);
            }
            if cast.is_some() {
                t.push_str(&format!("\n\n0 {}\n", 100 + copy));
            }
            out.push(ArticleSource::Bytes {
                name: format!("copy{copy:03}-{s}.txt"),
                bytes: t.into_bytes(),
            });
        }
    }
    out
}

fn ingest(c: &mut Criterion) {
    let mut group = c.benchmark_group("ingest");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(1));
    for (what, cast) in [("people recur", Some(10)), ("every person new", None)] {
        let sources = articles(cast);
        group.throughput(Throughput::Elements(sources.len() as u64));
        group.bench_function(
            format!("{} news-sized articles into sled, {what}", sources.len()),
            |b| {
                b.iter_batched(
                    || {
                        let dir = tempfile::tempdir().expect("a temporary directory");
                        let db = Db::open(dir.path().join("db")).expect("a new database");
                        (dir, db)
                    },
                    |(dir, db)| {
                        let mut stored = 0usize;
                        db.ingest_many(&sources, None, |_, report| {
                            if report.expect("every article is stored").new {
                                stored += 1;
                            }
                        });
                        db.flush().expect("flush");
                        assert_eq!(stored, sources.len(), "every copy is a new article");
                        (dir, db)
                    },
                    BatchSize::PerIteration,
                )
            },
        );
    }
    group.finish();
}

criterion_group!(benches, ingest);
criterion_main!(benches);
