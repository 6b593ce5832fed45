//! The on-disk format stays readable, or is refused clearly. The fixtures
//! `tests/fixtures/db-vN/db.tar.gz` are databases written by format version
//! N (1: one sled key per pair; 2: pages), each holding two sample articles
//! stored with their gold facts. Every later build must either open (a copy
//! of) each and find the same content — counts by label and type, people
//! with their aliases, each article's facts, `check()` clean — or refuse it
//! with `Error::FormatVersion` whose message names the version found and
//! the versions it reads. This build reads both.
//!
//! Refusing a foreign format marker (99) needs raw key writes, so that is a
//! unit test inside the crate (`store::tests`).
//!
//! To write the fixture of the current format (once per format version;
//! never to make a build pass, since it proves what that version wrote):
//! `SHEZHIRE_WRITE_FIXTURE=1 cargo test --test format -- --ignored write_fixture`

mod common;

use shezhire::{Db, Error, Label, PropValue, RelType};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The sample articles in the fixture.
const ARTICLES: [&str; 2] = ["01_batys-oblast-conference", "02_borli-district-reporting-election"];

/// The format version this build writes (the fixture `write_fixture` makes).
const CURRENT_FORMAT: u32 = 2;

fn fixture_dir_of(version: u32) -> PathBuf {
    common::root().join(format!("tests/fixtures/db-v{version}"))
}

/// `name<TAB>count` lines: every label and relationship type.
fn counts_text(db: &Db) -> String {
    let stats = db.stats().unwrap();
    let mut out = String::new();
    for (label, n) in &stats.nodes {
        out.push_str(&format!("{label}\t{n}\n"));
    }
    for (rel, n) in &stats.relationships {
        out.push_str(&format!("{rel}\t{n}\n"));
    }
    out
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?}: {}", common::show(&out));
}

#[test]
#[ignore = "writes the fixture; run by hand with SHEZHIRE_WRITE_FIXTURE=1"]
fn write_fixture() {
    assert!(
        std::env::var_os("SHEZHIRE_WRITE_FIXTURE").is_some(),
        "set SHEZHIRE_WRITE_FIXTURE=1 to overwrite the fixture"
    );
    let work = tempfile::tempdir().unwrap();
    let path = work.path().join("db");
    let gold = common::gold_dir(&common::root().join("examples/articles"));
    let fixture = fixture_dir_of(CURRENT_FORMAT);
    std::fs::create_dir_all(fixture.join("expected")).unwrap();
    {
        let db = Db::open(&path).unwrap();
        for stem in ARTICLES {
            let g = gold.iter().find(|g| g.stem == stem).unwrap();
            let facts = g.article_facts();
            db.ingest_facts(&g.text, &format!("examples/articles/{stem}.txt"), facts.clone()).unwrap();
            std::fs::write(fixture.join(format!("expected/{stem}.facts")), facts.to_facts_text()).unwrap();
        }
        assert!(db.check().unwrap().is_ok());
        std::fs::write(fixture.join("expected/counts.tsv"), counts_text(&db)).unwrap();
        db.flush().unwrap();
    }
    run(Command::new("tar").arg("-czf").arg(fixture.join("db.tar.gz")).arg("-C").arg(work.path()).arg("db"));
}

/// A fresh copy of a fixture database.
fn unpack(version: u32, into: &Path) -> PathBuf {
    let archive = fixture_dir_of(version).join("db.tar.gz");
    assert!(archive.is_file(), "{} is missing", archive.display());
    run(Command::new("tar").arg("-xzf").arg(&archive).arg("-C").arg(into));
    into.join("db")
}

#[test]
fn the_version_1_fixture_opens_with_its_content_or_is_refused_by_name() {
    opens_with_its_content_or_is_refused_by_name(1);
}

#[test]
fn the_version_2_fixture_opens_with_its_content_or_is_refused_by_name() {
    opens_with_its_content_or_is_refused_by_name(2);
}

fn opens_with_its_content_or_is_refused_by_name(version: u32) {
    let expected = |name: &str| std::fs::read_to_string(fixture_dir_of(version).join("expected").join(name)).unwrap();
    let work = tempfile::tempdir().unwrap();
    let path = unpack(version, work.path());
    let db = match Db::open(&path) {
        Ok(db) => db,
        Err(err @ Error::FormatVersion { .. }) => {
            let Error::FormatVersion { found, expected, path: p } = &err else { unreachable!() };
            assert_eq!(*found, version, "the fixture was written by format version {version}");
            assert_ne!(*expected, version, "a build that writes format version {version} refused such a database");
            assert_eq!(p, &path);
            let message = err.to_string();
            assert!(message.contains(&format!("format version {version}")), "{message}");
            assert!(message.contains(&format!("reads version {expected}")), "{message}");
            return;
        }
        Err(other) => panic!("the version {version} fixture is neither read nor refused by version: {other}"),
    };

    let report = db.check().unwrap();
    assert!(report.is_ok(), "{:#?}", report.problems);
    assert_eq!(report.articles, 2);
    assert_eq!(counts_text(&db), expected("counts.tsv"));
    let stats = db.stats().unwrap();
    assert_eq!(stats.nodes[&Label::Article], 2);
    assert!(stats.relationships[&RelType::Holds] > 10, "{stats:?}");

    let articles = db.articles().unwrap();
    let stems: Vec<String> = articles.iter().map(|a| a.stem()).collect();
    assert_eq!(stems, ARTICLES);
    for a in &articles {
        assert_eq!(db.facts(&a.id).unwrap().to_facts_text(), expected(&format!("{}.facts", a.stem())), "{}", a.stem());
        assert!(db.article_text(&a.id).unwrap().starts_with(&a.title));
    }

    // Ерлан Сәтбаев is in both articles: one person, with the aliases both give.
    let found = db.find("ерлан  СӘТБАЕВ").unwrap();
    let people: Vec<_> = found.iter().filter(|n| n.label == Label::Person).collect();
    assert_eq!(people.len(), 1, "{found:?}");
    let erlan = people[0];
    assert_eq!(erlan.str_prop("name"), Some("Ерлан Сәтбаев"));
    let Some(PropValue::List(aliases)) = erlan.props.get("aliases") else { panic!("{erlan:?}") };
    assert!(aliases.contains(&"Ерлан Бақытұлы".to_string()), "{aliases:?}");
    assert_eq!(db.find("Ерлан Бақытұлы").unwrap().iter().map(|n| n.id).collect::<Vec<_>>(), vec![erlan.id]);
    let mentioned_in: BTreeMap<String, usize> = db
        .neighbours(erlan.id, shezhire::Direction::Outgoing, Some(RelType::MentionedIn))
        .unwrap()
        .into_iter()
        .map(|(_, article)| (article.str_prop("id").unwrap().to_string(), 1))
        .collect();
    assert_eq!(mentioned_in.len(), 2, "mentioned in both articles");
    // Written before index entries held their node's label and text: they
    // are rewritten on open, and an exact match answers from them.
    let exact = |name: &str| {
        let mut params = shezhire::Params::new();
        params.insert("n".into(), shezhire::Value::String(name.into()));
        db.query("MATCH (p:Person {name: $n}) RETURN id(p)", &params).unwrap().collect_rows().unwrap()
    };
    assert_eq!(exact("Ерлан Сәтбаев"), vec![vec![shezhire::Value::Int(erlan.id.0 as i64)]]);
    assert!(exact("ЕРЛАН СӘТБАЕВ").is_empty());

    // Written before `level` and `kind` were indexed: the entries are
    // derived on open, so queries anchored on them find the same rows as
    // queries that cannot use them, and the check above passed.
    let rows = |q: &str| db.query(q, &Default::default()).unwrap().collect_rows().unwrap();
    let oblasts = r#"MATCH (b:Branch {level: "oblast"}) RETURN b.key AS branch ORDER BY branch"#;
    assert!(db.explain(oblasts).unwrap().contains("index level ="), "{}", db.explain(oblasts).unwrap());
    let anchored = rows(oblasts);
    assert!(!anchored.is_empty(), "the fixture has an oblast branch");
    assert_eq!(anchored, rows(r#"MATCH (b:Branch) WHERE toLower(b.level) = "oblast" RETURN b.key AS branch ORDER BY branch"#));
    // Q6's shape (with two events, the planner rightly starts from them).
    let q6 = r#"MATCH (e:Event)-[:OF]->(b:Branch {level: "oblast"}) RETURN b.key AS branch, count(*) AS events ORDER BY events DESC, branch"#;
    let unindexed = r#"MATCH (e:Event)-[:OF]->(b:Branch) WHERE toLower(b.level) = "oblast" RETURN b.key AS branch, count(*) AS events ORDER BY events DESC, branch"#;
    assert_eq!(rows(q6), rows(unindexed));
    let by_level = r#"MATCH (b:Branch {level: "oblast"}) MATCH (e:Event)-[:OF]->(b) RETURN b.key AS branch, count(*) AS events ORDER BY events DESC, branch"#;
    assert!(db.explain(by_level).unwrap().contains("index level ="));
    assert_eq!(rows(by_level), rows(unindexed));
    let kinds = rows("MATCH (e:Event) RETURN e.kind AS kind, count(*) AS n ORDER BY kind");
    for row in &kinds {
        let mut params = shezhire::Params::new();
        params.insert("kind".into(), row[0].clone());
        let n = db.query("MATCH (e:Event {kind: $kind}) RETURN count(*)", &params).unwrap().collect_rows().unwrap();
        assert_eq!(n, vec![vec![row[1].clone()]]);
    }

    // The fixture stays writable by this build.
    let (text, facts) =
        common::article_from_facts("Үшінші мақала", &[shezhire::Fact::Person { name: "Ерлан Сәтбаев".into() }]);
    assert!(db.ingest_facts(&text, "three.txt", facts).unwrap().new);
    assert_eq!(db.stats().unwrap().nodes[&Label::Person], stats.nodes[&Label::Person]);
    assert!(db.check().unwrap().is_ok());
}
