//! Readers never see half an article. One thread ingests renamed copies of
//! the gold articles (`ingest_facts`) while three threads keep reading
//! through the public API: `check()` passes at every moment; counts never go
//! down; every listed article's facts are there and are exactly what was
//! ingested for it; every person's HOLDS relationships lead to an office
//! that is OF an organisation, cite existing articles, and read again later
//! only ever gain provenance; every person is mentioned in some article. The
//! writer is not starved by the readers. `Db` is `Send + Sync + Clone`.

mod common;

use common::{gold_copy, repo_gold};
use shezhire::{ArticleFacts, Db, Direction, Label, RelType};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const COPIES: usize = 120;
const READERS: usize = 3;

/// `Db` can be shared between threads and cloned (a compile-time check).
const _: () = {
    const fn shareable<T: Send + Sync + Clone + 'static>() {}
    shareable::<Db>();
};

fn source(k: usize) -> String {
    format!("copy-{k:04}.txt")
}

/// What one reader pass checks; returns the article count it saw.
fn read_pass(db: &Db, copies: &[(String, ArticleFacts)], last: &mut (u64, u64, usize), with_check: bool) -> usize {
    if with_check {
        let report = db.check().unwrap();
        assert!(report.is_ok(), "check while ingesting: {:#?}", report.problems);
    }
    let stats = db.stats().unwrap();
    let (nodes, rels) = (stats.node_total(), stats.relationship_total());
    assert!(nodes >= last.0 && rels >= last.1, "counts went down: {last:?} then {nodes}, {rels}");

    let articles = db.articles().unwrap();
    assert!(articles.len() as u64 >= stats.nodes[&Label::Article], "articles listed after stats are fewer");
    assert!(articles.len() >= last.2, "fewer articles than before");
    for (k, a) in articles.iter().enumerate() {
        assert_eq!(a.source, source(k), "articles are listed in ingest order");
        // The newest few every pass, the others now and then.
        if k + 5 >= articles.len() || k % 17 == last.2 % 17 {
            assert_eq!(db.facts(&a.id).unwrap().to_facts_text(), copies[k].1.to_facts_text(), "facts of {}", a.source);
        }
    }

    for person in db.nodes_with_label(Label::Person).unwrap() {
        let mentions = db.neighbours(person.id, Direction::Outgoing, Some(RelType::MentionedIn)).unwrap();
        assert!(!mentions.is_empty(), "{} is mentioned in no article", person.display_name());
        for (edge, office) in db.neighbours(person.id, Direction::Outgoing, Some(RelType::Holds)).unwrap() {
            assert_eq!((edge.from, edge.to, edge.rel), (person.id, office.id, RelType::Holds));
            // Read again later: the same relationship, whose provenance can
            // only have grown at the end (a later article citing it).
            let again = db.edge(edge.id).unwrap().expect("a relationship seen once stays");
            assert_eq!((again.from, again.to, again.rel, &again.props), (edge.from, edge.to, edge.rel, &edge.props));
            assert!(again.provenance.starts_with(&edge.provenance), "provenance lost: {edge:?} then {again:?}");
            assert_eq!(office.label, Label::Office, "{} HOLDS a {}", person.display_name(), office.label);
            assert!(edge.str_prop("status").is_some(), "HOLDS without a status");
            let orgs = db.neighbours(office.id, Direction::Outgoing, Some(RelType::Of)).unwrap();
            assert_eq!(orgs.len(), 1, "office {} is OF {} organisations", office.display_name(), orgs.len());
            assert!(matches!(orgs[0].1.label, Label::Party | Label::Branch | Label::Organization));
            assert!(!edge.provenance.is_empty(), "HOLDS cites no article");
            for p in &edge.provenance {
                let article = db.node(p.article).unwrap().expect("a cited article exists");
                assert_eq!(article.label, Label::Article);
            }
        }
    }
    *last = (nodes, rels, articles.len());
    articles.len()
}

#[test]
fn readers_see_whole_articles_while_a_writer_ingests() {
    let gold = repo_gold();
    let copies: Vec<(String, ArticleFacts)> = (0..COPIES).map(|k| gold_copy(&gold, k, 4)).collect();
    let dir = tempfile::tempdir().unwrap();
    let db = Db::open(dir.path().join("db")).unwrap();
    let done = AtomicBool::new(false);
    let passes = AtomicUsize::new(0);
    let mid_ingest_sizes = std::sync::Mutex::new(std::collections::BTreeSet::new());

    let started = Instant::now();
    let writer_time = std::thread::scope(|s| {
        let writer = {
            let db = db.clone();
            let (copies, done) = (&copies, &done);
            s.spawn(move || {
                let started = Instant::now();
                for (k, (text, facts)) in copies.iter().enumerate() {
                    assert!(db.ingest_facts(text, &source(k), facts.clone()).unwrap().new);
                }
                done.store(true, Ordering::SeqCst);
                started.elapsed()
            })
        };
        for r in 0..READERS {
            let db = db.clone();
            let (copies, done, passes, sizes) = (&copies, &done, &passes, &mid_ingest_sizes);
            s.spawn(move || {
                let mut last = (0, 0, 0);
                let mut i = 0usize;
                loop {
                    let finished = done.load(Ordering::SeqCst);
                    let seen = read_pass(&db, copies, &mut last, (i + r) % 3 == 0);
                    if !finished {
                        sizes.lock().unwrap().insert(seen);
                    }
                    passes.fetch_add(1, Ordering::Relaxed);
                    i += 1;
                    if finished {
                        break;
                    }
                    assert!(
                        started.elapsed() < Duration::from_secs(120),
                        "the writer is starved: {} articles in, passes {}",
                        last.2,
                        passes.load(Ordering::Relaxed)
                    );
                }
            });
        }
        writer.join().unwrap()
    });

    let report = db.check().unwrap();
    assert!(report.is_ok(), "{:#?}", report.problems);
    assert_eq!(db.articles().unwrap().len(), COPIES);
    let sizes = mid_ingest_sizes.into_inner().unwrap();
    // The readers really ran during the ingest, at many different sizes.
    assert!(sizes.len() >= 5, "readers saw only {} different sizes during the ingest: {sizes:?}", sizes.len());
    let reference = Db::open_in_memory().unwrap();
    for (k, (text, facts)) in copies.iter().enumerate() {
        reference.ingest_facts(text, &source(k), facts.clone()).unwrap();
    }
    let (mut a, mut b) = (db.stats().unwrap(), reference.stats().unwrap());
    (a.size_on_disk, b.size_on_disk) = (0, 0);
    assert_eq!(a, b, "the concurrent ingest made another graph than a quiet one");
    eprintln!(
        "writer {writer_time:?} for {COPIES} articles, {} reader passes at {} sizes, {:?} in all",
        passes.load(Ordering::Relaxed),
        sizes.len(),
        started.elapsed()
    );
}
