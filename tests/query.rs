//! Evaluation tests: exact rows from queries on a graph built from the
//! sample articles' gold facts (examples/articles) and from hand-written
//! facts, through the public API (`Db::query`).

use shezhire::extract::SourcedFact;
use shezhire::{ArticleFacts, Db, Fact, Params, QueryErrorKind, QueryOptions, Span, Value};
use std::path::Path;

/// Facts of a `.facts` file, each citing the whole text.
fn facts_of(text: &str, facts_file: &str, title: &str) -> ArticleFacts {
    let facts = facts_file
        .lines()
        .filter_map(Fact::parse_line)
        .map(|f| SourcedFact { fact: f.expect("gold facts parse"), span: Span::new(0, text.len()) })
        .collect();
    ArticleFacts { title: title.to_string(), facts }
}

/// The six sample articles with their gold facts.
fn sample_db() -> Db {
    let db = Db::open_in_memory().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "facts"))
        .collect();
    names.sort();
    for facts_path in names {
        let text = std::fs::read_to_string(facts_path.with_extension("txt")).unwrap();
        let facts = std::fs::read_to_string(&facts_path).unwrap();
        let title = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").to_string();
        let source = facts_path.with_extension("txt").file_name().unwrap().to_string_lossy().into_owned();
        db.ingest_facts(&text, &source, facts_of(&text, &facts, &title)).unwrap();
    }
    db
}

/// Rows as text: strings bare, other values as displayed.
fn run(db: &Db, q: &str) -> Vec<Vec<String>> {
    run_with(db, q, &Params::new())
}

fn run_with(db: &Db, q: &str, params: &Params) -> Vec<Vec<String>> {
    let result = db.query(q, params).unwrap_or_else(|e| panic!("{q}: {e}"));
    result
        .map(|row| row.unwrap_or_else(|e| panic!("{q}: {e}")).iter().map(Value::to_cell).collect())
        .collect()
}

fn rows(expected: &[&[&str]]) -> Vec<Vec<String>> {
    expected.iter().map(|r| r.iter().map(|s| s.to_string()).collect()).collect()
}

fn error_of(db: &Db, q: &str) -> shezhire::QueryError {
    match db.query(q, &Params::new()) {
        Err(shezhire::Error::Query(e)) => e,
        Err(other) => panic!("{q}: not a query error: {other}"),
        Ok(result) => match result.collect_rows() {
            Err(shezhire::Error::Query(e)) => e,
            other => panic!("{q}: no error: {other:?}"),
        },
    }
}

#[test]
fn explore() {
    // `Q='query;;query' cargo test --test query explore -- --nocapture` prints rows and plans.
    let db = sample_db();
    for q in std::env::var("Q").unwrap_or_default().split(";;").filter(|q| !q.trim().is_empty()) {
        eprintln!("{q}\n{:?}", run(&db, q));
        eprintln!("{}", db.explain(q).unwrap());
    }
}

#[test]
fn the_chairman_of_a_branch() {
    let db = sample_db();
    let q = r#"MATCH (b:Branch {key: "AMANAT/district/Бөрлі"})<-[:OF]-(o:Office {role: "chairman"})<-[h:HOLDS]-(p:Person)
               RETURN p.name AS chairman, h.status AS status"#;
    assert_eq!(run(&db, q), rows(&[&["Талғат Жаңабергенов", "current"]]));
    // Current and former chairmen of the Орал city branch.
    let q = r#"MATCH (p:Person)-[h:HOLDS]->(:Office {key: "chairman@AMANAT/city/Орал"})
               RETURN p.name, h.status ORDER BY h.status, p.name"#;
    assert_eq!(run(&db, q), rows(&[&["Бауыржан Ғұмаров", "current"], &["Мирас Есенғалиев", "former"]]));
}

#[test]
fn everyone_who_moderated_an_event() {
    let db = sample_db();
    let q = r#"MATCH (p:Person)-[:PARTICIPATED {role: "moderator"}]->(e:Event)
               RETURN p.name, e.key ORDER BY p.name"#;
    assert_eq!(
        run(&db, q),
        rows(&[
            &["Арман Қуанышев", "conference@AMANAT/city/Орал"],
            &["Асқар Бекқалиев", "conference@AMANAT/oblast/Батыс Қазақстан"],
        ])
    );
}

#[test]
fn the_offices_one_person_held_with_status() {
    let db = sample_db();
    let q = r#"MATCH (p:Person {name: "Ерлан Сәтбаев"})-[h:HOLDS]->(o:Office)-[:OF]->(org)
               RETURN o.role AS role, org.key AS org, h.status AS status ORDER BY status, org, role"#;
    assert_eq!(
        run(&db, q),
        rows(&[
            &["chairman", "AMANAT/oblast/Батыс Қазақстан", "current"],
            &["deputy_akim", "gov/city/Орал", "former"],
            &["deputy_akim", "gov/oblast/Батыс Қазақстан", "former"],
        ])
    );
}

#[test]
fn all_branches_under_an_oblast() {
    let db = sample_db();
    let q = r#"MATCH (b:Branch)-[:PART_OF*1..3]->(:Branch {key: $oblast})
               RETURN b.key ORDER BY b.key"#;
    let params = Params::from([("oblast".to_string(), Value::from("AMANAT/oblast/Батыс Қазақстан"))]);
    let expected = rows(&[
        &["AMANAT/city/Орал"],
        &["AMANAT/district/Бөрлі"],
        &["AMANAT/district/Теректі"],
        &["AMANAT/primary/Жайық Жарық"],
    ]);
    assert_eq!(run_with(&db, q, &params), expected);
    // The GQL quantifier says the same.
    let q = r#"MATCH (b:Branch)-[:PART_OF]->{1,3}(:Branch {key: $oblast}) RETURN b.key ORDER BY b.key"#;
    assert_eq!(run_with(&db, q, &params), expected);
    // Oblast branches are PART_OF the party node.
    let q = r#"MATCH (b:Branch)-[:PART_OF]->(party:Party) RETURN party.name, b.key"#;
    assert_eq!(run(&db, q), rows(&[&["AMANAT", "AMANAT/oblast/Батыс Қазақстан"]]));
    // Exactly two hops below the party.
    let q = r#"MATCH (b)-[:PART_OF*2]->(:Party) RETURN b.key ORDER BY b.key"#;
    assert_eq!(run(&db, q), rows(&[&["AMANAT/city/Орал"], &["AMANAT/district/Бөрлі"], &["AMANAT/district/Теректі"]]));
    let q = r#"MATCH (b)-[:PART_OF]->{3}(:Party) RETURN b.key"#;
    assert_eq!(run(&db, q), rows(&[&["AMANAT/primary/Жайық Жарық"]]));
}

#[test]
fn the_shortest_path_between_two_people() {
    let db = sample_db();
    let q = r#"MATCH p = shortestPath((a:Person {name: "Айнұр Мұхамбетова"})-[:PARTICIPATED*]-(b:Person {name: "Жанар Төлеуғалиқызы"}))
               RETURN length(p) AS hops, p"#;
    let result = run(&db, q);
    assert_eq!(result.len(), 1);
    assert_eq!(result[0][0], "4");
    // Айнұр → the Бөрлі conference → Ерлан Сәтбаев → the Теректі meeting → Жанар.
    let q = r#"MATCH p = ANY SHORTEST (a:Person {name: "Айнұр Мұхамбетова"})-[:PARTICIPATED]-{1,8}(b:Person {name: "Жанар Төлеуғалиқызы"})
               WITH nodes(p) AS ns RETURN ns[2].name AS middle, size(ns) AS n"#;
    assert_eq!(run(&db, q), rows(&[&["Ерлан Сәтбаев", "5"]]));
    // Every shortest path: Ерлан took part in the Бөрлі conference twice (guest
    // and speaker), two relationships, so two paths of length 4.
    let q = r#"MATCH p = ALL SHORTEST (a:Person {name: "Айнұр Мұхамбетова"})-[:PARTICIPATED*]-(b:Person {name: "Жанар Төлеуғалиқызы"})
               RETURN length(p) AS hops, count(*) AS paths"#;
    assert_eq!(run(&db, q), rows(&[&["4", "2"]]));
    let q = r#"MATCH p = allShortestPaths((a:Person {name: "Айнұр Мұхамбетова"})-[:PARTICIPATED*]-(b:Person {name: "Жанар Төлеуғалиқызы"}))
               RETURN count(p)"#;
    assert_eq!(run(&db, q), rows(&[&["2"]]));
    // SHORTEST 3: the two of length 4, then one longer.
    let q = r#"MATCH p = SHORTEST 3 (a:Person {name: "Айнұр Мұхамбетова"})-[:PARTICIPATED*]-(b:Person {name: "Жанар Төлеуғалиқызы"})
               RETURN length(p) AS hops ORDER BY hops"#;
    let lengths = run(&db, q);
    assert_eq!(lengths.len(), 3);
    assert_eq!(lengths[0], ["4"]);
    assert_eq!(lengths[1], ["4"]);
    assert!(lengths[2][0].parse::<u32>().unwrap() > 4, "{lengths:?}");
    // No path within the bound.
    let q = r#"MATCH p = shortestPath((a:Person {name: "Айнұр Мұхамбетова"})-[:PARTICIPATED*..3]-(b:Person {name: "Жанар Төлеуғалиқызы"}))
               RETURN p"#;
    assert_eq!(run(&db, q), Vec::<Vec<String>>::new());
}

#[test]
fn events_per_branch_ordered_by_count() {
    let db = sample_db();
    let q = r#"MATCH (b:Branch)<-[:OF]-(e:Event) RETURN b.key AS branch, count(*) AS events ORDER BY events DESC, branch"#;
    assert_eq!(
        run(&db, q),
        rows(&[
            &["AMANAT/district/Теректі", "2"],
            &["AMANAT/oblast/Батыс Қазақстан", "2"],
            &["AMANAT/city/Орал", "1"],
            &["AMANAT/district/Бөрлі", "1"],
            &["AMANAT/primary/Жайық Жарық", "1"],
        ])
    );
}

#[test]
fn oblast_branches_by_events_anchor_on_the_level_index() {
    let db = sample_db();
    let q = r#"MATCH (e:Event)-[:OF]->(b:Branch {level: "oblast"}) RETURN b.key AS branch, count(*) AS events ORDER BY events DESC, branch LIMIT 10"#;
    let plan = db.explain(q).unwrap();
    assert!(plan.contains(r#"anchor b: index level = "oblast""#), "{plan}");
    assert!(plan.contains("e checked by the label index"), "{plan}");
    assert_eq!(run(&db, q), rows(&[&["AMANAT/oblast/Батыс Қазақстан", "2"]]));
    // The same with WHERE, and without the index (a function of the property).
    let by_where = r#"MATCH (e:Event)-[:OF]->(b:Branch) WHERE b.level = "oblast" RETURN b.key, count(*)"#;
    assert!(db.explain(by_where).unwrap().contains("index level ="), "{}", db.explain(by_where).unwrap());
    let unindexed = r#"MATCH (e:Event)-[:OF]->(b:Branch) WHERE toLower(b.level) = "oblast" RETURN b.key, count(*)"#;
    assert!(!db.explain(unindexed).unwrap().contains("index level"));
    assert_eq!(run(&db, by_where), run(&db, unindexed));
    // Event kind too, and a name still beats a categorical value.
    let kinds = run(&db, "MATCH (e:Event) RETURN e.kind AS kind, count(*) ORDER BY kind");
    assert!(!kinds.is_empty());
    for row in &kinds {
        let mut params = Params::new();
        params.insert("kind".into(), Value::String(row[0].clone()));
        let q = "MATCH (e:Event {kind: $kind}) RETURN count(*)";
        assert!(db.explain(q).unwrap().contains("index kind = $kind"));
        assert_eq!(run_with(&db, q, &params), vec![vec![row[1].clone()]]);
    }
    let both = r#"EXPLAIN MATCH (b:Branch {level: "oblast", key: "AMANAT/oblast/Батыс Қазақстан"}) RETURN b"#;
    assert!(run(&db, both).iter().any(|r| r[0].contains("anchor b: index key =")), "{:?}", run(&db, both));
    assert!(db.check().unwrap().is_ok());
}

#[test]
fn nodes_used_only_for_their_identity_give_the_same_rows() {
    let db = sample_db();
    // Each pair: a query whose nodes are bound without their records, and
    // the same query made to read them (a property use that is always true).
    let pairs = [
        (
            "MATCH (p:Person)-[:HOLDS]->(:Office)-[:OF]->(b:Branch) RETURN id(p), id(b) ORDER BY id(p), id(b)",
            "MATCH (p:Person)-[:HOLDS]->(o:Office)-[:OF]->(b:Branch) WHERE p.name IS NOT NULL AND o.key IS NOT NULL AND b.key IS NOT NULL RETURN id(p), id(b) ORDER BY id(p), id(b)",
        ),
        (
            "MATCH (a:Person)-[:HOLDS]->(o:Office)<-[:HOLDS]-(c:Person) WHERE a <> c RETURN count(*), count(DISTINCT c)",
            "MATCH (a:Person)-[:HOLDS]->(o:Office)<-[:HOLDS]-(c:Person) WHERE id(a) <> id(c) AND a.name IS NOT NULL AND c.name IS NOT NULL RETURN count(*), count(DISTINCT id(c))",
        ),
        (
            "MATCH (b:Branch)-[:PART_OF*0..3]->(o) WHERE id(b) >= 0 RETURN o.key, count(*) ORDER BY o.key",
            "MATCH (b:Branch)-[:PART_OF*0..3]->(o) WHERE b.key IS NOT NULL RETURN o.key, count(*) ORDER BY o.key",
        ),
        (
            "MATCH (b:Branch)-[:PART_OF*1..3]->(o:Branch) RETURN id(b), id(o) ORDER BY id(b), id(o)",
            "MATCH (b:Branch)-[:PART_OF*1..3]->(o:Branch) WHERE b.key IS NOT NULL AND o.key IS NOT NULL RETURN id(b), id(o) ORDER BY id(b), id(o)",
        ),
    ];
    for (lean, full) in pairs {
        let explained = db.explain(lean).unwrap();
        assert!(explained.contains("its record is not read"), "{lean}\n{explained}");
        let got = run(&db, lean);
        assert!(!got.is_empty(), "{lean}");
        assert_eq!(got, run(&db, full), "{lean}");
    }
    // A later clause that reads the node makes every binding read it.
    let q = "MATCH (p:Person)-[:HOLDS]->(o:Office) WITH p, count(o) AS n RETURN p.name, n ORDER BY n DESC, p.name LIMIT 1";
    assert!(!db.explain(q).unwrap().contains("p bound by id"), "{}", db.explain(q).unwrap());
    assert!(!run(&db, q)[0][0].is_empty());
    assert!(!db.explain("MATCH (p:Person) RETURN *").unwrap().contains("not read"));
}

#[test]
fn an_exact_match_answered_by_the_index_entry_equals_one_answered_by_records() {
    let db = sample_db();
    let people = run(&db, "MATCH (p:Person) RETURN p.name, id(p) ORDER BY id(p)");
    assert!(people.len() > 20, "{people:?}");
    let by_entry = "MATCH (p:Person {name: $n}) RETURN id(p)";
    assert!(db.explain(by_entry).unwrap().contains("checked by the index entry"), "{}", db.explain(by_entry).unwrap());
    let by_record = "MATCH (p:Person) WHERE p.name = $n RETURN id(p)";
    for person in &people {
        let mut params = Params::new();
        params.insert("n".into(), Value::String(person[0].clone()));
        let found = run_with(&db, by_entry, &params);
        assert!(found.contains(&vec![person[1].clone()]), "{person:?}: {found:?}");
        assert_eq!(found, run_with(&db, by_record, &params), "{person:?}");
        // Equality is exact: the index matches case-folded text, the
        // entry's witness decides.
        params.insert("n".into(), Value::String(person[0].to_uppercase()));
        assert_eq!(run_with(&db, by_entry, &params), run_with(&db, by_record, &params), "{person:?} in capitals");
        // And the label is the entry's node's.
        params.insert("n".into(), Value::String(person[0].clone()));
        assert!(run_with(&db, "MATCH (b:Branch {name: $n}) RETURN id(b)", &params).is_empty());
        assert_eq!(run_with(&db, "MATCH (x:Branch|Person {name: $n}) RETURN id(x)", &params), found);
    }
    let mut params = Params::new();
    params.insert("n".into(), Value::String(people[0][0].to_uppercase()));
    assert!(run_with(&db, by_entry, &params).is_empty(), "no person's name is in capitals");
}

#[test]
fn grouping_by_the_same_nodes_row_after_row_counts_like_grouping_by_computed_keys() {
    let db = sample_db();
    // Keys read from nodes (groups reused while the nodes stay the same)
    // against keys computed by a function (every row hashed).
    for (by_node, computed) in [
        (
            "MATCH (p:Person)-[:PARTICIPATED]->(e:Event) RETURN e.key AS k, count(*) AS n ORDER BY k",
            "MATCH (p:Person)-[:PARTICIPATED]->(e:Event) RETURN toString(e.key) AS k, count(*) AS n ORDER BY k",
        ),
        (
            "MATCH (p:Person)-[:PARTICIPATED]->(e:Event) RETURN e.key AS k, p.name AS who, count(*) AS n ORDER BY k, who",
            "MATCH (p:Person)-[:PARTICIPATED]->(e:Event) RETURN toString(e.key) AS k, toString(p.name) AS who, count(*) AS n ORDER BY k, who",
        ),
        (
            "MATCH (e:Event)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(p:Person) RETURN id(a) AS k, count(DISTINCT p) AS n ORDER BY k",
            "MATCH (e:Event)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(p:Person) RETURN toInteger(id(a)) AS k, count(DISTINCT p) AS n ORDER BY k",
        ),
    ] {
        let rows = run(&db, by_node);
        assert!(rows.len() > 3, "{by_node}: {rows:?}");
        assert_eq!(rows, run(&db, computed), "{by_node}");
    }
}

#[test]
fn a_return_sees_every_variable_it_reads_and_distinct_integers_dedup_like_other_keys() {
    let db = sample_db();
    // The match before a RETURN hands on only the slots the RETURN reads:
    // reads from ORDER BY, aggregates and DISTINCT must all still see them.
    let by_hand = |q: &str| {
        let mut ids: Vec<i64> = run(&db, q).iter().map(|r| r[0].parse().unwrap()).collect();
        ids.sort();
        ids.dedup();
        ids
    };
    let colleagues = "MATCH (p:Person)-[:HOLDS]->(:Office)-[:OF]->(b:Branch) MATCH (b)<-[:OF]-(:Office)<-[:HOLDS]-(c:Person) WHERE c <> p";
    let distinct: Vec<i64> =
        run(&db, &format!("{colleagues} RETURN DISTINCT id(c) AS c ORDER BY c")).iter().map(|r| r[0].parse().unwrap()).collect();
    assert!(distinct.len() > 5, "{distinct:?}");
    assert_eq!(distinct, by_hand(&format!("{colleagues} RETURN id(c)")));
    // The same rows kept as strings and as node keys.
    assert_eq!(
        run(&db, &format!("{colleagues} RETURN DISTINCT toString(id(c)) AS c ORDER BY toInteger(c)")),
        run(&db, &format!("{colleagues} RETURN DISTINCT id(c) AS c ORDER BY c"))
    );
    assert_eq!(run(&db, &format!("{colleagues} RETURN DISTINCT c")).len(), distinct.len());
    // ORDER BY a variable the RETURN does not name.
    let names: Vec<Vec<String>> = run(&db, "MATCH (p:Person)-[:HOLDS]->(o:Office) RETURN o.key ORDER BY p.name DESC, o.key");
    let mut pairs = run(&db, "MATCH (p:Person)-[:HOLDS]->(o:Office) RETURN p.name, o.key");
    pairs.sort_by(|a, b| b[0].cmp(&a[0]).then(a[1].cmp(&b[1])));
    assert_eq!(names, pairs.into_iter().map(|r| vec![r[1].clone()]).collect::<Vec<_>>());
    // A last OPTIONAL MATCH hands on its null rows, and the RETURN still
    // computes its items for them.
    let unmatched = run(&db, "MATCH (p:Person) OPTIONAL MATCH (p)<-[:HOLDS]-(x) RETURN p.name AS n, x IS NULL AS none ORDER BY n LIMIT 3");
    assert_eq!(unmatched.len(), 3);
    assert!(unmatched.iter().all(|r| !r[0].is_empty() && r[1] == "true"), "{unmatched:?}");
    // An item that fails, computed by the match, fails the query.
    let failed = error_of(&db, "MATCH (p:Person)-[:HOLDS]->(o:Office) RETURN abs(p.name)");
    assert_eq!(failed.kind, QueryErrorKind::Runtime, "{failed}");
    // Aggregates over variables outside the output columns.
    let per_branch = run(&db, "MATCH (p:Person)-[:HOLDS]->(o:Office)-[:OF]->(b:Branch) RETURN b.key, count(DISTINCT p), collect(DISTINCT id(o))[0] IS NOT NULL ORDER BY b.key");
    assert!(per_branch.iter().all(|r| r[2] == "true") && per_branch.len() > 3, "{per_branch:?}");
}

#[test]
fn a_return_written_by_the_match_gives_the_rows_the_general_path_gives() {
    let db = sample_db();
    // A RETURN that only picks (and maybe dedups) its items has its output
    // rows written by the last match. `WITH *` before it sends the same
    // query down the general path: the answers must agree, row for row.
    let sorted = |q: &str| {
        let mut rows = run(&db, q);
        rows.sort();
        rows
    };
    let pattern = "MATCH (p:Person)-[h:HOLDS]->(o:Office)-[:OF]->(b:Branch)";
    for tail in [
        "RETURN p.name, o.key, h.status",
        "RETURN DISTINCT b.key, h.status",
        "RETURN DISTINCT id(b) AS x, id(b) AS again, type(h)",
        "RETURN DISTINCT b",
        "RETURN p.name AS name, [o.key, b.key] AS places",
    ] {
        let written = sorted(&format!("{pattern} {tail}"));
        let general = sorted(&format!("{pattern} WITH * {tail}"));
        assert!(written.len() > 3, "{tail}: {written:?}");
        assert_eq!(written, general, "{tail}");
    }
    // DISTINCT then SKIP and LIMIT count written rows as they count others.
    let all = run(&db, &format!("{pattern} RETURN DISTINCT b.key"));
    let page = run(&db, &format!("{pattern} RETURN DISTINCT b.key SKIP 1 LIMIT 2"));
    assert_eq!(page, all[1..3].to_vec());
    // A repeated column is its own value in each place.
    let twice = run(&db, &format!("{pattern} RETURN DISTINCT id(o) AS a, id(o) AS b"));
    assert!(!twice.is_empty() && twice.iter().all(|r| r.len() == 2 && r[0] == r[1]), "{twice:?}");
}

#[test]
fn a_kept_plan_serves_other_parameters_and_a_write_replans() {
    let db = sample_db();
    let q = "MATCH (p:Person {name: $name}) RETURN id(p)";
    let names = run(&db, "MATCH (p:Person) RETURN p.name ORDER BY p.name LIMIT 3");
    let mut seen = Vec::new();
    for name in &names {
        let mut params = Params::new();
        params.insert("name".into(), Value::String(name[0].clone()));
        let got = run_with(&db, q, &params);
        assert_eq!(got.len(), 1, "{name:?}");
        seen.push(got[0][0].clone());
    }
    seen.dedup();
    assert_eq!(seen.len(), names.len(), "each name gave its own person");
    // A missing parameter is still an error with a kept plan.
    assert!(matches!(db.query(q, &Params::new()), Err(shezhire::Error::Query(_))));
    // A written person is found by the same text afterwards.
    let text = "Жаңа Адамұлы туралы.".to_string();
    let facts = ArticleFacts {
        title: "new".into(),
        facts: vec![SourcedFact { fact: Fact::Person { name: "Жаңа Адамұлы".into() }, span: Span::new(0, text.len()) }],
    };
    let mut params = Params::new();
    params.insert("name".into(), Value::String("Жаңа Адамұлы".into()));
    assert!(run_with(&db, q, &params).is_empty());
    db.ingest_facts(&text, "new.txt", facts).unwrap();
    assert_eq!(run_with(&db, q, &params).len(), 1);
    // A name-match pattern from a parameter is compiled per value.
    let q7 = "MATCH (p:Person) WHERE p.name ~ $q RETURN count(*)";
    for name in &names {
        let mut params = Params::new();
        params.insert("q".into(), Value::String(name[0].clone()));
        assert_ne!(run_with(&db, q7, &params), vec![vec!["0".to_string()]], "{name:?}");
    }
}

#[test]
fn optional_match_gives_nulls() {
    let db = sample_db();
    let q = r#"MATCH (p:Person) WHERE p.name IN ["Ерлан Сәтбаев", "Н.Сейітов"]
               OPTIONAL MATCH (p)-[:AUTHORED]->(a:Article)
               RETURN p.name, a.title IS NULL AS no_article ORDER BY p.name"#;
    assert_eq!(run(&db, q), rows(&[&["Ерлан Сәтбаев", "true"], &["Н.Сейітов", "true"]]));
    let q = r#"MATCH (p:Person {name: "Ғалымжан Оразғали"}) OPTIONAL MATCH (p)-[:AUTHORED]->(a:Article)
               RETURN p.name, a.source"#;
    assert_eq!(run(&db, q), rows(&[&["Ғалымжан Оразғали", "02_borli-district-reporting-election.txt"]]));
    // The WHERE of an OPTIONAL MATCH belongs to it: no match keeps the row.
    let q = r#"MATCH (b:Branch {key: "AMANAT/district/Бөрлі"})
               OPTIONAL MATCH (b)<-[:OF]-(e:Event) WHERE e.kind = "visit"
               RETURN b.key, e"#;
    assert_eq!(run(&db, q), rows(&[&["AMANAT/district/Бөрлі", ""]]));
}

#[test]
fn with_chaining_distinct_and_collect() {
    let db = sample_db();
    let q = r#"MATCH (p:Person)-[:PARTICIPATED]->(e:Event)
               WITH p, count(DISTINCT e) AS events WHERE events >= 3
               RETURN p.name, events ORDER BY events DESC"#;
    assert_eq!(run(&db, q), rows(&[&["Ерлан Сәтбаев", "6"], &["Арман Қуанышев", "3"]]));
    let q = r#"MATCH (p:Person)-[r:PARTICIPATED]->(:Event {key: "visit@AMANAT/district/Теректі"})
               RETURN DISTINCT p.name ORDER BY p.name"#;
    assert_eq!(run(&db, q), rows(&[&["Ерлан Сәтбаев"], &["Марат Ізбасаров"]]));
    let q = r#"MATCH (p:Person {name: "Марат Ізбасаров"})-[r:PARTICIPATED]->(e:Event)
               WITH e.kind AS kind, r.role AS role ORDER BY kind, role
               RETURN kind, collect(role) AS roles ORDER BY kind"#;
    assert_eq!(run(&db, q), rows(&[&["meeting", "[\"guest\"]"], &["visit", "[\"host\", \"speaker\"]"]]));
}

#[test]
fn aggregates_with_implicit_grouping() {
    let db = sample_db();
    let q = r#"MATCH (e:Event) RETURN e.kind AS kind, count(*) AS n, min(e.ordinal) AS lo, max(e.ordinal) AS hi,
               sum(e.ordinal) AS total, avg(e.ordinal) AS mean ORDER BY kind"#;
    assert_eq!(
        run(&db, q),
        rows(&[
            &["conference", "3", "21", "26", "47", "23.5"],
            &["council_session", "1", "", "", "0", ""],
            &["meeting", "2", "", "", "0", ""],
            &["visit", "1", "", "", "0", ""],
        ])
    );
    // No rows and no grouping key: one row of empty aggregates.
    let q = r#"MATCH (p:Person {name: "nobody"}) RETURN count(p) AS n, collect(p.name) AS names, sum(1) AS s"#;
    assert_eq!(run(&db, q), rows(&[&["0", "[]", "0"]]));
    // An aggregate over nothing, then more matching.
    let q = r#"MATCH (n:Person {name: "nobody"}) WITH count(n) AS c MATCH (b:Party) RETURN c, b.name"#;
    assert_eq!(run(&db, q), rows(&[&["0", "AMANAT"]]));
    let q = "MATCH (n) RETURN count(*) > 10 AS many, count(DISTINCT labels(n)) AS kinds";
    assert_eq!(run(&db, q), rows(&[&["true", "8"]]));
}

#[test]
fn order_skip_limit_and_parameters() {
    let db = sample_db();
    let q = "MATCH (b:Branch) RETURN b.key ORDER BY b.key DESC SKIP $skip LIMIT $limit";
    let params = Params::from([("skip".to_string(), Value::Int(1)), ("limit".to_string(), Value::Int(2))]);
    assert_eq!(run_with(&db, q, &params), rows(&[&["AMANAT/oblast/Батыс Қазақстан"], &["AMANAT/district/Теректі"]]));
    let q = "MATCH (b:Branch) RETURN b.level AS level, count(*) AS n ORDER BY n DESC, level LIMIT 1";
    assert_eq!(run(&db, q), rows(&[&["district", "2"]]));
}

#[test]
fn predicates() {
    let db = sample_db();
    let q = r#"MATCH (b:Branch) WHERE b.key STARTS WITH "AMANAT/district/" RETURN b.region ORDER BY b.region"#;
    assert_eq!(run(&db, q), rows(&[&["Бөрлі"], &["Теректі"]]));
    let q = r#"MATCH (b:Branch) WHERE b.key ENDS WITH "Орал" OR b.key CONTAINS "Жайық" RETURN b.key ORDER BY b.key"#;
    assert_eq!(run(&db, q), rows(&[&["AMANAT/city/Орал"], &["AMANAT/primary/Жайық Жарық"]]));
    let q = r#"MATCH (o:Organization) WHERE o.key =~ "maslikhat/(city|district)/.*" RETURN o.name ORDER BY o.name"#;
    assert_eq!(run(&db, q), rows(&[&["Орал қалалық мәслихаты"], &["Теректі аудандық мәслихаты"]]));
    let q = r#"MATCH (b:Branch) WHERE b.region IS NULL RETURN count(*)"#;
    assert_eq!(run(&db, q), rows(&[&["0"]]));
    let q = r#"MATCH (e:Event) WHERE e.extraordinary IS NOT NULL AND NOT e.kind IN ["visit", "meeting"] RETURN e.key ORDER BY e.key"#;
    assert_eq!(
        run(&db, q),
        rows(&[&["conference@AMANAT/city/Орал"], &["conference@AMANAT/oblast/Батыс Қазақстан"]])
    );
    let q = r#"RETURN 1 + 2 * 3 AS a, 7 / 2 AS b, 7 % 3 AS c, 2.0 ^ 1 AS d"#;
    assert!(db.query(q, &Params::new()).is_err());
    let q = r#"RETURN 1 + 2 * 3 AS a, 7 / 2 AS b, 7 % 3 AS c, -(1 - 3) AS d, "a" + "b" AS e, null = 1 AS f, [1, 2] + 3 AS g"#;
    assert_eq!(run(&db, q), rows(&[&["7", "3", "1", "2", "ab", "", "[1, 2, 3]"]]));
    let q = r#"RETURN toUpper("қуат") AS up, toLower("ҚУАТ") AS low, size("Қуат") AS n, coalesce(null, "x") AS c, size([1, 2]) AS s"#;
    assert_eq!(run(&db, q), rows(&[&["ҚУАТ", "қуат", "4", "x", "2"]]));
}

#[test]
fn kazakh_name_match_finds_names_and_aliases() {
    let db = sample_db();
    for pattern in ["Ерлан Сәтбаев", "ерлан сәтбаев", "Е.Сәтбаев", "Ерлан Бақытұлы", "ЕРЛАН  БАҚЫТҰЛЫ"] {
        let q = "MATCH (p:Person) WHERE p.name ~ $who RETURN p.name";
        let params = Params::from([("who".to_string(), Value::from(pattern))]);
        assert_eq!(run_with(&db, q, &params), rows(&[&["Ерлан Сәтбаев"]]), "{pattern}");
    }
    // Not anchored (no label): evaluated by comparing keys, same answer.
    let q = r#"MATCH (p) WHERE p.name ~ "е.сәтбаев" RETURN p.name"#;
    assert_eq!(run(&db, q), rows(&[&["Ерлан Сәтбаев"]]));
    let q = r#"RETURN "Қуат Байғоджаев" ~ "қуат байғоджаев" AS yes, "Қуат" ~ "Мақсат" AS no"#;
    assert_eq!(run(&db, q), rows(&[&["true", "false"]]));
    // Case endings, initials and both Latin spellings, anchored and not.
    for pattern in ["Сәтбаевтың", "Сәтбаевқа", "Е.Сәтбаевпен", "satbayev", "Satbaev", "Erlan Sätbaev"] {
        let params = Params::from([("who".to_string(), Value::from(pattern))]);
        let anchored = "MATCH (p:Person) WHERE p.name ~ $who RETURN p.name";
        assert_eq!(run_with(&db, anchored, &params), rows(&[&["Ерлан Сәтбаев"]]), "anchored {pattern}");
        let scanned = "MATCH (p) WHERE p.name ~ $who RETURN p.name";
        assert_eq!(run_with(&db, scanned, &params), rows(&[&["Ерлан Сәтбаев"]]), "scanned {pattern}");
    }
    // Another initial is another person.
    let q = r#"MATCH (p:Person) WHERE p.name ~ "Б.Сәтбаев" RETURN p.name"#;
    assert_eq!(run(&db, q), Vec::<Vec<String>>::new());
}

#[test]
fn explain_shows_the_anchoring_index() {
    let db = sample_db();
    let plan = db.explain(r#"EXPLAIN MATCH (p:Person) WHERE p.name ~ "Е.Сәтбаев" RETURN p"#).unwrap();
    assert!(plan.contains("anchor p: index ~name"), "{plan}");
    let plan = db.explain(r#"MATCH (b:Branch {key: "AMANAT/city/Орал"})<-[:OF]-(e) RETURN e"#).unwrap();
    assert!(plan.contains("anchor b: index key = \"AMANAT/city/Орал\" (est. 1)"), "{plan}");
    assert!(plan.contains("expand b <-[:OF]- e via adjacency"), "{plan}");
    let plan = db.explain("MATCH (p:Person)-[:HOLDS]->(o) RETURN p").unwrap();
    assert!(plan.contains("label scan :Person"), "{plan}");
    let plan = db.explain("MATCH (p:Person)-[:HOLDS]->(o) WHERE id(o) = 3 RETURN p").unwrap();
    assert!(plan.contains("anchor o: node id = 3"), "{plan}");
    // Parameters need no values to be explained.
    let plan = db.explain("MATCH (b:Branch {key: $k}) RETURN b").unwrap();
    assert!(plan.contains("anchor b: index key = $k (est. 1)"), "{plan}");
    assert!(db.explain_with("MATCH (b:Branch {key: $k}) RETURN b", &Params::new()).is_err());
    // Through the query API EXPLAIN gives the plan as rows.
    let result = db.query("EXPLAIN MATCH (n) RETURN n", &Params::new()).unwrap();
    assert_eq!(result.columns(), ["plan"]);
    let lines: Vec<String> = result.map(|r| r.unwrap()[0].to_cell()).collect();
    assert!(lines.iter().any(|l| l.contains("all nodes")), "{lines:?}");
}

#[test]
fn path_functions_and_values() {
    let db = sample_db();
    let q = r#"MATCH p = (:Person {name: "Бекзат Оспанов"})-[h:HOLDS]->(o)-[:OF]->(g)
               RETURN length(p) AS len, size(nodes(p)) AS n, type(relationships(p)[0]) AS t, labels(g) AS l, g.key AS key, h"#;
    assert_eq!(
        run(&db, q),
        rows(&[&["2", "3", "HOLDS", "[\"Organization\"]", "gov/rural/Шағатай", "[:HOLDS {status: \"current\"}]"]])
    );
    let q = r#"MATCH p = (g:Organization {key: "gov/rural/Шағатай"})<-[:OF]-(o)<-[:HOLDS]-(:Person) RETURN p"#;
    assert_eq!(
        run(&db, q),
        rows(&[&[r#"(:Organization {key: "gov/rural/Шағатай", kind: "gov", name: "Шағатай ауылдық округінің әкімдігі"})<-[:OF]-(:Office {key: "akim@gov/rural/Шағатай", role: "akim"})<-[:HOLDS {status: "current"}]-(:Person {name: "Бекзат Оспанов"})"#]])
    );
    // Variable-length relationships bind a list.
    let q = r#"MATCH (:Branch {key: "AMANAT/primary/Жайық Жарық"})-[r:PART_OF*]->(:Party) RETURN size(r) AS hops"#;
    assert_eq!(run(&db, q), rows(&[&["3"]]));
}

#[test]
fn columns_and_typed_values() {
    let db = sample_db();
    let result = db.query("MATCH (b:Branch {key: $k}) RETURN b.key, b.level AS level, 1.5, [1, null], {a: true}", &Params::from([("k".into(), Value::from("AMANAT/city/Орал"))])).unwrap();
    assert_eq!(result.columns(), ["b.key", "level", "1.5", "[1, null]", "{a: true}"]);
    let rows: Vec<Vec<Value>> = result.collect_rows().unwrap();
    assert_eq!(
        rows,
        vec![vec![
            Value::from("AMANAT/city/Орал"),
            Value::from("city"),
            Value::Float(1.5),
            Value::List(vec![Value::Int(1), Value::Null]),
            Value::Map([("a".to_string(), Value::Bool(true))].into_iter().collect()),
        ]]
    );
}

#[test]
fn results_stream_without_materialising() {
    let db = sample_db();
    // A cartesian product of every node with every node, read two rows at a time.
    let mut result = db.query("MATCH (a), (b), (c) RETURN a, b, c", &Params::new()).unwrap();
    assert!(result.next().unwrap().is_ok());
    assert!(result.next().unwrap().is_ok());
}

#[test]
fn timeout_and_cancel() {
    let db = sample_db();
    let slow = "MATCH (a)-[*..6]-(b), (c), (d) RETURN count(*)";
    let options = QueryOptions { timeout: Some(std::time::Duration::from_millis(50)), ..QueryOptions::default() };
    let started = std::time::Instant::now();
    let err = db.query_with(slow, &Params::new(), options).unwrap().collect_rows().unwrap_err();
    match err {
        shezhire::Error::Query(e) => assert_eq!(e.kind, QueryErrorKind::Timeout),
        other => panic!("{other}"),
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let options = QueryOptions { cancel: Some(flag.clone()), ..QueryOptions::default() };
    let mut result = db.query_with("MATCH (a), (b) RETURN a, b", &Params::new(), options).unwrap();
    assert!(result.next().unwrap().is_ok());
    flag.store(true, std::sync::atomic::Ordering::Relaxed);
    match result.next() {
        Some(Err(shezhire::Error::Query(e))) => assert_eq!(e.kind, QueryErrorKind::Cancelled),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_live_result_holds_ingest_back() {
    let db = sample_db();
    let result = db.query("MATCH (n) RETURN n", &Params::new()).unwrap();
    let writer = {
        let db = db.clone();
        std::thread::spawn(move || {
            db.ingest_facts("another text", "x.txt", ArticleFacts { title: "x".into(), facts: Vec::new() }).unwrap();
        })
    };
    std::thread::sleep(std::time::Duration::from_millis(100));
    assert!(!writer.is_finished(), "ingest must wait while a result is alive");
    let before = result.count();
    writer.join().unwrap();
    let after = db.query("MATCH (n) RETURN n", &Params::new()).unwrap().count();
    assert_eq!(after, before + 1);
}

#[test]
fn reads_while_a_result_is_open_do_not_wait_for_a_queued_writer() {
    // A writer queued behind a live result must not block this thread's own
    // further reads (a look-up per row), or the two would wait for each other.
    let db = sample_db();
    let (done, finished) = std::sync::mpsc::channel();
    let worker = {
        let db = db.clone();
        std::thread::spawn(move || {
            let mut result = db.query("MATCH (p:Person) RETURN id(p) AS id", &Params::new()).unwrap();
            let writer = {
                let db = db.clone();
                std::thread::spawn(move || {
                    db.ingest_facts("queued text", "q.txt", ArticleFacts { title: "q".into(), facts: Vec::new() }).unwrap();
                })
            };
            std::thread::sleep(std::time::Duration::from_millis(100));
            let Some(Ok(row)) = result.next() else { panic!("a person") };
            let Value::Int(id) = row[0] else { panic!("an id") };
            let node = db.node(shezhire::NodeId(id as u64)).unwrap();
            assert!(node.is_some());
            drop(result);
            writer.join().unwrap();
            done.send(()).unwrap();
        })
    };
    finished
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("a read nested in a live result waited for the queued writer");
    worker.join().unwrap();
}

#[test]
fn semantic_errors_name_the_thing() {
    let db = sample_db();
    let e = error_of(&db, "MATCH (p:Persn) RETURN p");
    assert_eq!(e.kind, QueryErrorKind::Semantic);
    assert_eq!(e.message, "unknown label `Persn`");
    assert_eq!(e.help.as_deref(), Some("did you mean `Person`?"));
    assert_eq!((e.line, e.column), (1, 10));
    let e = error_of(&db, "MATCH (p)-[:HOLD]->(o) RETURN p");
    assert_eq!(e.message, "unknown relationship type `HOLD`");
    assert_eq!(e.help.as_deref(), Some("did you mean `HOLDS`?"));
    let e = error_of(&db, "MATCH (p) RETURN q");
    assert_eq!(e.message, "unbound variable `q`");
    let e = error_of(&db, "MATCH (p) WHERE count(p) > 1 RETURN p");
    assert!(e.message.starts_with("aggregate in WHERE"), "{}", e.message);
    let e = error_of(&db, "MATCH (p) RETURN p.name SKIP $n");
    assert_eq!(e.message, "missing parameter `$n`");
    let e = error_of(&db, "RETURN lenght([1])");
    assert_eq!(e.help.as_deref(), Some("did you mean `length`?"));
    let e = error_of(&db, "CREATE (n:Person {name: 'x'}) RETURN n");
    assert_eq!(e.kind, QueryErrorKind::Unsupported);
    assert!(e.to_string().starts_with("not supported: the graph is built by ingest"), "{e}");
    let e = error_of(&db, "MATCH (n) DETACH DELETE n");
    assert_eq!(e.kind, QueryErrorKind::Unsupported);
    let e = error_of(&db, "RETURN 1 / 0");
    assert_eq!(e.kind, QueryErrorKind::Runtime);
    let e = error_of(&db, "MATCH (n) RETRN n");
    assert_eq!(e.kind, QueryErrorKind::Syntax);
    assert_eq!(e.help.as_deref(), Some("did you mean `RETURN`?"));
}

#[test]
fn a_hand_written_graph() {
    // Three people in a chain of offices: facts written in the test.
    let db = Db::open_in_memory().unwrap();
    let f = |line: &str| SourcedFact { fact: Fact::parse_line(line).unwrap().unwrap(), span: Span::new(0, 4) };
    let facts = ArticleFacts {
        title: "t".into(),
        facts: vec![
            f("person\tҚуат Байғоджаев"),
            f("person\tГүлмира Сәрсенова"),
            f("alias\tҚаныбек Айтжанов\tҚаныбек Құлжабайұлы"),
            f("branch\tAMANAT/district/Қарасай"),
            f("parent\tAMANAT/district/Қарасай\tAMANAT/oblast/Алматы"),
            f("parent\tAMANAT/oblast/Алматы\tAMANAT/central"),
            f("holds\tҚуат Байғоджаев\tchairman\tAMANAT/oblast/Алматы\tcurrent"),
            f("holds\tҚаныбек Айтжанов\tchairman\tAMANAT/district/Қарасай\tcurrent"),
            f("event\tconference@AMANAT/district/Қарасай"),
            f("participant\tГүлмира Сәрсенова\tmoderator\tconference@AMANAT/district/Қарасай"),
            f("participant\tҚуат Байғоджаев\tspeaker\tconference@AMANAT/district/Қарасай"),
        ],
    };
    db.ingest_facts("text", "t.txt", facts).unwrap();
    let q = r#"MATCH (p:Person) WHERE p.name ~ "қаныбек құлжабайұлы" RETURN p.name"#;
    assert_eq!(run(&db, q), rows(&[&["Қаныбек Айтжанов"]]));
    let q = r#"MATCH (p:Person) OPTIONAL MATCH (p)-[:HOLDS]->(o:Office) RETURN p.name, o.key ORDER BY p.name"#;
    assert_eq!(
        run(&db, q),
        rows(&[
            &["Гүлмира Сәрсенова", ""],
            &["Қаныбек Айтжанов", "chairman@AMANAT/district/Қарасай"],
            &["Қуат Байғоджаев", "chairman@AMANAT/oblast/Алматы"],
        ])
    );
    let q = r#"MATCH p = shortestPath((a:Person {name: "Гүлмира Сәрсенова"})-[*]-(b:Person {name: "Қуат Байғоджаев"}))
               RETURN length(p)"#;
    assert_eq!(run(&db, q), rows(&[&["2"]]));
    let q = r#"MATCH (b:Branch {key: "AMANAT/district/Қарасай"})-[:PART_OF*0..]->(up) RETURN up.key ORDER BY up.key"#;
    assert_eq!(run(&db, q), rows(&[&["AMANAT/central"], &["AMANAT/district/Қарасай"], &["AMANAT/oblast/Алматы"]]));
}

/// docs/QUERY.md shows queries (```cypher) with their output on the sample
/// articles (the ```text block right after). The outputs must be what the
/// queries give; `SHEZHIRE_BLESS=1` rewrites them.
#[test]
fn documented_outputs_are_what_the_queries_give() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/QUERY.md");
    let Ok(doc) = std::fs::read_to_string(&path) else { return };
    let db = sample_db();
    let lines: Vec<&str> = doc.lines().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    let mut last_query: Option<String> = None;
    let mut mismatches = Vec::new();
    while i < lines.len() {
        let line = lines[i];
        if line.trim_start().starts_with("```cypher") {
            let mut q = String::new();
            out.push(line.to_string());
            i += 1;
            while i < lines.len() && !lines[i].trim_start().starts_with("```") {
                q.push_str(lines[i]);
                q.push('\n');
                out.push(lines[i].to_string());
                i += 1;
            }
            if let Some(fence) = lines.get(i) {
                out.push(fence.to_string());
            }
            last_query = Some(q);
        } else if line.trim_start() == "```text" {
            if let Some(q) = last_query.take() {
                let params = Params::from([("oblast".to_string(), Value::from("AMANAT/oblast/Батыс Қазақстан"))]);
                let rendered = match db.query(&q, &params) {
                    Ok(result) => shezhire::format::render(result, shezhire::OutputFormat::Table, None).unwrap(),
                    Err(shezhire::Error::Query(e)) => e.render(),
                    Err(e) => panic!("{q}: {e}"),
                };
                out.push(line.to_string());
                i += 1;
                let mut shown = String::new();
                while i < lines.len() && !lines[i].trim_start().starts_with("```") {
                    shown.push_str(lines[i]);
                    shown.push('\n');
                    i += 1;
                }
                if shown != rendered {
                    mismatches.push(format!("{q}--- documented\n{shown}--- found\n{rendered}"));
                }
                out.extend(rendered.lines().map(str::to_string));
                continue;
            }
            out.push(line.to_string());
        } else {
            out.push(line.to_string());
        }
        i += 1;
    }
    if std::env::var_os("SHEZHIRE_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, out.join("\n") + "\n").unwrap();
    } else {
        assert!(mismatches.is_empty(), "{}\n(rerun with SHEZHIRE_BLESS=1 to accept)", mismatches.join("\n"));
    }
}

/// `shezhire query` on a database on disk: table, JSON and CSV output,
/// parameters, and a syntax error with its caret and exit status 2.
#[test]
fn the_query_command() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    {
        let db = Db::open(&path).unwrap();
        let text = "Бөрлі";
        let facts = "holds\tТалғат Жаңабергенов\tchairman\tAMANAT/district/Бөрлі\tcurrent\n";
        db.ingest_facts(text, "a.txt", facts_of(text, facts, "t")).unwrap();
        db.flush().unwrap();
    }
    let shezhire = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_shezhire"))
            .arg("--db")
            .arg(&path)
            .arg("query")
            .args(args)
            .output()
            .unwrap()
    };
    let q = "MATCH (p:Person)-[h:HOLDS]->(o:Office {key: $office}) RETURN p.name AS name, h.status AS status, o";
    let office = "office=chairman@AMANAT/district/Бөрлі";
    let out = shezhire(&[q, "--param", office]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("Талғат Жаңабергенов"), "{table}");
    assert!(table.contains(r#"(:Office {key: "chairman@AMANAT/district/Бөрлі", role: "chairman"})"#), "{table}");
    assert!(table.ends_with("1 row\n"), "{table}");

    let out = shezhire(&[q, "--param", office, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0]["name"], "Талғат Жаңабергенов");
    assert_eq!(json[0]["o"]["labels"][0], "Office");
    assert_eq!(json[0]["o"]["properties"]["role"], "chairman");

    let out = shezhire(&["MATCH (p:Person) RETURN p.name AS name, 1.5 AS x, [1, 2] AS l", "--format", "csv"]);
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "name,x,l\nТалғат Жаңабергенов,1.5,\"[1, 2]\"\n");

    let out = shezhire(&["MATCH (n) RETRN n"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("syntax error at line 1, column 11"), "{err}");
    assert!(err.contains("1 | MATCH (n) RETRN n\n  |           ^^^^^\n"), "{err}");
    assert!(err.contains("did you mean `RETURN`?"), "{err}");

    let out = shezhire(&["MATCH (a), (b), (c), (d) RETURN count(*)", "--timeout", "0.000001"]);
    assert_ne!(out.status.code(), Some(0));
}

/// The seeds' graph: `../shared/gold/00*.facts` with their texts from
/// `../shared/seeds` (beside the checkout in CI; skipped where absent).
#[test]
fn the_seeds_graph() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let Ok(entries) = std::fs::read_dir(shared.join("gold")) else {
        eprintln!("skipped: no ../shared/gold beside the checkout");
        return;
    };
    let mut gold: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "facts") && p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("00")))
        .collect();
    gold.sort();
    assert!(!gold.is_empty());
    let db = Db::open_in_memory().unwrap();
    for facts_path in gold {
        let name = facts_path.with_extension("txt").file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(shared.join("seeds").join(&name)).unwrap_or_else(|_| name.clone());
        let facts = std::fs::read_to_string(&facts_path).unwrap();
        db.ingest_facts(&text, &name, facts_of(&text, &facts, &name)).unwrap();
    }
    let q = r#"MATCH (b:Branch {level: "oblast"})<-[:OF]-(:Office {role: "chairman"})<-[:HOLDS {status: "current"}]-(p:Person)
               RETURN b.region AS oblast, p.name AS chairman ORDER BY oblast"#;
    assert_eq!(
        run(&db, q),
        rows(&[
            &["Алматы", "Қуат Байғоджаев"],
            &["Атырау", "Махамбет Досмұхамбетов"],
            &["Батыс Қазақстан", "Мұрат Мұқаев"],
            &["Жамбыл", "Дауыл Бейсенқұлов"],
            &["Жетісу", "Арыстанғали Арын"],
            &["Қызылорда", "Жандос Базартай"],
        ])
    );
    let q = r#"MATCH (p:Person)-[:PARTICIPATED {role: "moderator"}]->(e:Event) RETURN p.name, e.key"#;
    assert_eq!(run(&db, q), rows(&[&["Атлана Исаева", "conference@AMANAT/district/Қарасай"]]));
    let q = r#"MATCH (p:Person) WHERE p.name ~ "Қаныбек Құлжабайұлы"
               MATCH (p)-[:HOLDS]->(o:Office)-[:OF]->(b:Branch)-[:PART_OF*1..2]->(up)
               RETURN o.role, b.key, up.key ORDER BY o.role, up.key"#;
    assert_eq!(
        run(&db, q),
        rows(&[
            &["chairman", "AMANAT/district/Қарасай", "AMANAT/central"],
            &["chairman", "AMANAT/district/Қарасай", "AMANAT/oblast/Алматы"],
            &["executive_secretary", "AMANAT/district/Қарасай", "AMANAT/central"],
            &["executive_secretary", "AMANAT/district/Қарасай", "AMANAT/oblast/Алматы"],
        ])
    );
}

/// A graph of 2 oblast branches with 300 events and 300 organisations
/// pointing `OF` at them, as JSON Lines for `import jsonl`.
fn many_events_jsonl() -> String {
    let mut out = String::new();
    for (id, region) in [(1, "Атырау"), (2, "Ақтөбе")] {
        out.push_str(&format!(
            r#"{{"type":"node","id":{id},"label":"Branch","properties":{{"key":"AMANAT/oblast/{region}","level":"oblast"}}}}"#
        ));
        out.push('\n');
    }
    let mut rel = 1;
    for i in 0..600u64 {
        let id = 10 + i;
        let (label, kind) = if i % 2 == 0 { ("Event", "conference") } else { ("Organization", "school") };
        out.push_str(&format!(
            r#"{{"type":"node","id":{id},"label":"{label}","properties":{{"key":"{kind}-{i}","kind":"{kind}"}}}}"#
        ));
        out.push('\n');
    }
    for i in 0..600u64 {
        // Events go to branch 1 two times in three, organisations to branch 2.
        let to = if i % 2 == 0 && i % 3 != 0 { 1 } else { 2 };
        out.push_str(&format!(
            r#"{{"type":"relationship","id":{rel},"label":"OF","start":{},"end":{to},"properties":{{}},"provenance":[]}}"#,
            10 + i
        ));
        out.push('\n');
        rel += 1;
    }
    out
}

/// A database with the graph of [`many_events_jsonl`].
fn many_events_db() -> Db {
    let db = Db::open_in_memory().unwrap();
    shezhire::export::import_json_reader(&db, shezhire::ImportFormat::Jsonl, many_events_jsonl().as_bytes(), "graph")
        .unwrap();
    db
}

/// Events per oblast branch; `e` is bound by id and only its label checked.
const EVENTS_PER_OBLAST: &str =
    r#"MATCH (e:Event)-[:OF]->(b:Branch {level: "oblast"}) RETURN b.key AS branch, count(*) AS events ORDER BY branch"#;

/// The rows of [`EVENTS_PER_OBLAST`] with this many Atyrau events.
fn events_per_oblast(atyrau: &str) -> Vec<Vec<String>> {
    rows(&[&["AMANAT/oblast/Атырау", atyrau], &["AMANAT/oblast/Ақтөбе", "100"]])
}

/// Ingests one more conference of the Atyrau branch (the ingest ties it to
/// the branch by its key).
fn ingest_late_atyrau_event(db: &Db) {
    let text = "Атырау облыстық филиалының конференциясы өтті.";
    let facts = facts_of(text, "event\tconference@AMANAT/oblast/Атырау\n", "Конференция");
    assert!(db.ingest_facts(text, "late.txt", facts).unwrap().new);
}

#[test]
fn label_checks_agree_before_and_after_the_label_set_is_built_and_after_a_write() {
    let db = many_events_db();
    // `e` is checked against the label index (or, past a number of checks,
    // the label's id set); the second query reads every event's record
    // instead.
    let lean = EVENTS_PER_OBLAST;
    let full = r#"MATCH (e)-[:OF]->(b:Branch {level: "oblast"}) WHERE e.kind = "conference" RETURN b.key AS branch, count(*) AS events ORDER BY branch"#;
    assert!(db.explain(lean).unwrap().contains("its record is not read"), "{}", db.explain(lean).unwrap());
    let want = events_per_oblast("200");
    // The first run makes 600 checks (the set is built part-way through),
    // later runs use the set.
    for _ in 0..3 {
        assert_eq!(run(&db, lean), want);
        assert_eq!(run(&db, full), want);
    }
    // A write starts a new generation: the set is read again, and has the
    // new event.
    ingest_late_atyrau_event(&db);
    let want = events_per_oblast("201");
    for _ in 0..3 {
        assert_eq!(run(&db, lean), want);
        assert_eq!(run(&db, full), want);
    }
}

#[test]
fn a_prewarmed_database_answers_the_same_and_sees_later_writes() {
    let db = many_events_db();
    let before = run(&db, EVENTS_PER_OBLAST);
    assert_eq!(before, events_per_oblast("200"));
    // A budget of a few bytes holds no key kind whole, so nothing.
    assert_eq!(db.prewarm(16).unwrap(), 0);
    let held = db.prewarm(64 << 20).unwrap();
    assert!(held > 0);
    assert_eq!(run(&db, EVENTS_PER_OBLAST), before);
    // A write after the prewarm reaches the resident pages.
    ingest_late_atyrau_event(&db);
    assert_eq!(run(&db, EVENTS_PER_OBLAST), events_per_oblast("201"));
    assert_eq!(db.check().unwrap().problems.len(), 0);
}
