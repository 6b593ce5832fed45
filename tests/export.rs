//! Export and import, tested for real: every DOT file goes through Graphviz
//! (`dot -Tsvg`, exit 0, nothing on stderr), GraphML through a real XML
//! parser, CSV against the headers neo4j-admin reads, JSON through an
//! export → import → export round trip. The graphs are the seeds' and the
//! sample articles' gold facts, plus names made to break escaping.

mod common;

use common::gold;
use shezhire::export::{self, DotOptions, ExportOptions, Format, ImportFormat, RenderFormat, Selection};
use shezhire::extract::{ArticleFacts, EventKey, EventKind, EventRole, Fact, Role, SourcedFact, Status};
use shezhire::{Db, Error, Label, RelType, Span, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

// ------------------------------------------------------------ helpers

/// True when CI is running (CI=true): missing tools are then failures.
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// Whether Graphviz is here. In CI its absence fails the test; elsewhere
/// the test says it skips.
fn have_dot() -> bool {
    let ok = Command::new("dot").arg("-V").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok();
    if !ok {
        assert!(
            !in_ci(),
            "Graphviz `dot` is not installed but CI is set: install it (apt-get install -y graphviz; see docs/ci-needs-export.txt)"
        );
        eprintln!("skipping the Graphviz check: `dot` is not installed (apt-get install graphviz)");
    }
    ok
}

/// Runs `dot -Tsvg` on `text`: it must exit 0 and print no warning.
fn graphviz_accepts(text: &str, what: &str) {
    if !have_dot() {
        return;
    }
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dot starts");
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "dot -Tsvg failed on {what}: {stderr}\n{text}");
    assert!(stderr.trim().is_empty(), "dot -Tsvg warned on {what}: {stderr}\n{text}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("</svg>"), "no SVG for {what}");
}

/// A database with the seeds' and the samples' gold facts.
fn seeds_and_samples() -> Db {
    let db = Db::open_in_memory().unwrap();
    let seeds = gold::seeds(&db);
    assert!(seeds == 5 || !in_ci(), "the seeds' gold facts (../shared) are missing in CI");
    assert_eq!(gold::samples(&db), 6);
    db
}

fn export_string(db: &Db, selection: &Selection, format: Format, options: &ExportOptions) -> String {
    let mut out = Vec::new();
    export::write_to(db, selection, format, options, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn dot_of(db: &Db, selection: &Selection, options: &ExportOptions) -> String {
    export_string(db, selection, Format::Dot, options)
}

fn fact(fact: Fact) -> SourcedFact {
    SourcedFact { fact, span: Span::new(0, 10) }
}

/// A small article whose names hold quotes, backslashes, a line break,
/// braces and Cyrillic.
fn tricky_db() -> Db {
    let db = Db::open_in_memory().unwrap();
    let text = "Тест «мақала» \"quoted\" \\ back\nslash {braces} <angle> & amp\n";
    let ev = EventKey { kind: EventKind::Conference, org: "AMANAT/district/Қа\"ра\\сай".into() };
    let facts = ArticleFacts {
        title: "Тест «мақала» \"quoted\" \\ back".into(),
        facts: vec![
            fact(Fact::Person { name: "Қуат \"Кіші\" Байғоджаев".into() }),
            fact(Fact::Person { name: "Back\\slash \\\"Name\\".into() }),
            fact(Fact::Person { name: "Line\nBreak {x} <b> & 'q'".into() }),
            fact(Fact::Alias { name: "Қуат \"Кіші\" Байғоджаев".into(), alias: "Қ.\"Б\"".into() }),
            fact(Fact::Branch { key: "AMANAT/district/Қа\"ра\\сай".into() }),
            fact(Fact::Branch { key: "AMANAT/oblast/Алматы".into() }),
            fact(Fact::Parent { child: "AMANAT/district/Қа\"ра\\сай".into(), parent: "AMANAT/oblast/Алматы".into() }),
            fact(Fact::Parent { child: "AMANAT/oblast/Алматы".into(), parent: "AMANAT/central".into() }),
            fact(Fact::Holds {
                name: "Қуат \"Кіші\" Байғоджаев".into(),
                role: Role::Chairman,
                org: "AMANAT/district/Қа\"ра\\сай".into(),
                status: Status::Former,
            }),
            fact(Fact::Elected {
                name: "Back\\slash \\\"Name\\".into(),
                role: Role::Chairman,
                org: "AMANAT/district/Қа\"ра\\сай".into(),
            }),
            fact(Fact::Holds {
                name: "Line\nBreak {x} <b> & 'q'".into(),
                role: Role::Director,
                org: "org/Жайық \"Жарық\" ЖШС, Орал; \\x".into(),
                status: Status::Current,
            }),
            fact(Fact::Event { event: ev.clone() }),
            fact(Fact::Participant { name: "Line\nBreak {x} <b> & 'q'".into(), role: EventRole::Speaker, event: ev }),
        ],
    };
    db.ingest_facts(text, "tricky \"source\".txt", facts).unwrap();
    db
}

// ------------------------------------------------------------ DOT

#[test]
fn every_selection_of_the_seeds_draws_without_a_warning() {
    let db = seeds_and_samples();
    let plain = ExportOptions::default();
    let clustered = ExportOptions { cluster: true, ..ExportOptions::default() };
    let no_mentions = ExportOptions { cluster: true, exclude_rels: vec![RelType::MentionedIn], ..ExportOptions::default() };
    let around = |name: &str, depth| Selection::Around { name: name.into(), depth, rels: None, labels: None, max_nodes: None };
    let cases: Vec<(&str, Selection, &ExportOptions)> = vec![
        ("whole", Selection::Whole, &plain),
        ("whole clustered", Selection::Whole, &clustered),
        ("whole without mentions", Selection::Whole, &no_mentions),
        ("branches", Selection::Branches, &plain),
        ("branches clustered", Selection::Branches, &clustered),
        ("around a person", around("Ерлан Сәтбаев", 2), &clustered),
        ("around a branch key", around("AMANAT/oblast/Батыс Қазақстан", 1), &plain),
        ("one article", Selection::Article("01_batys-oblast-conference".into()), &clustered),
        ("nothing", Selection::FromValues(vec![]), &clustered),
    ];
    for (what, selection, options) in cases {
        let dot = dot_of(&db, &selection, options);
        assert!(dot.starts_with("digraph shezhire {"), "{what}");
        graphviz_accepts(&dot, what);
    }
}

#[test]
fn names_with_quotes_backslashes_and_line_breaks_draw_without_a_warning() {
    let db = tricky_db();
    for cluster in [false, true] {
        let options = ExportOptions { cluster, ..ExportOptions::default() };
        let dot = dot_of(&db, &Selection::Whole, &options);
        assert!(dot.contains(r#"Қуат \"Кіші\" Байғоджаев"#), "{dot}");
        assert!(dot.contains(r#"Back\\slash \\\"Name\\"#), "{dot}");
        assert!(dot.contains(r"Line\nBreak {x} <b> & 'q'"), "{dot}");
        graphviz_accepts(&dot, "tricky names");
    }
    // Through the library's own writer too (clusters from the subgraph).
    let sub = db.subgraph(&Selection::Whole).unwrap();
    graphviz_accepts(&sub.to_dot(&DotOptions { cluster: true, legend: true }), "Subgraph::to_dot");
}

#[test]
fn an_empty_graph_draws() {
    let db = Db::open_in_memory().unwrap();
    for legend in [true, false] {
        let options = ExportOptions { legend, cluster: true, ..ExportOptions::default() };
        let dot = dot_of(&db, &Selection::Whole, &options);
        assert!(!dot.contains("cluster_legend"));
        graphviz_accepts(&dot, "an empty graph");
    }
}

#[test]
fn the_dot_of_a_small_fixed_graph_stays_the_same() {
    let db = Db::open_in_memory().unwrap();
    let text = "Орал қалалық филиалының конференциясы\nАрман Қуанышев төраға болып сайланды.\n";
    let ev = EventKey { kind: EventKind::Conference, org: "AMANAT/city/Орал".into() };
    let facts = ArticleFacts {
        title: "Орал қалалық филиалының конференциясы".into(),
        facts: vec![
            fact(Fact::Person { name: "Арман Қуанышев".into() }),
            fact(Fact::Person { name: "Асылбек Нұрмұханов".into() }),
            fact(Fact::Branch { key: "AMANAT/city/Орал".into() }),
            fact(Fact::Branch { key: "AMANAT/oblast/Батыс Қазақстан".into() }),
            fact(Fact::Parent { child: "AMANAT/city/Орал".into(), parent: "AMANAT/oblast/Батыс Қазақстан".into() }),
            fact(Fact::Elected { name: "Арман Қуанышев".into(), role: Role::Chairman, org: "AMANAT/city/Орал".into() }),
            fact(Fact::Holds {
                name: "Асылбек Нұрмұханов".into(),
                role: Role::Chairman,
                org: "AMANAT/city/Орал".into(),
                status: Status::Former,
            }),
            fact(Fact::Event { event: ev.clone() }),
            fact(Fact::Participant { name: "Арман Қуанышев".into(), role: EventRole::Speaker, event: ev }),
        ],
    };
    db.ingest_facts(text, "fixed.txt", facts).unwrap();
    let options = ExportOptions { cluster: true, exclude_rels: vec![RelType::MentionedIn], ..ExportOptions::default() };
    let dot = dot_of(&db, &Selection::Whole, &options);
    graphviz_accepts(&dot, "the fixed graph");
    insta::assert_snapshot!("fixed_graph_dot", dot);
}

#[test]
fn render_draws_svg_beside_the_dot_file_or_says_how_to_install_graphviz() {
    let db = tricky_db();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.svg");
    // A Graphviz that is not there: the DOT is still written, and the
    // message says how to get Graphviz.
    let missing = ExportOptions {
        render: Some(RenderFormat::Svg),
        dot_program: Some("/nonexistent/bin/dot".into()),
        ..ExportOptions::default()
    };
    let err = export::write(&db, &Selection::Whole, Format::Dot, &missing, &out).unwrap_err().to_string();
    assert!(err.contains("apt-get install graphviz") && err.contains("brew install graphviz"), "{err}");
    assert!(dir.path().join("g.dot").is_file());
    if !have_dot() {
        return;
    }
    let options = ExportOptions { render: Some(RenderFormat::Svg), ..ExportOptions::default() };
    let report = export::write(&db, &Selection::Whole, Format::Dot, &options, &out).unwrap();
    assert_eq!(report.files, vec![dir.path().join("g.dot"), out.clone()]);
    let svg = std::fs::read_to_string(&out).unwrap();
    assert!(svg.contains("</svg>") && svg.contains("Байғоджаев"));
    // --render applies to DOT only.
    let err = export::write(&db, &Selection::Whole, Format::Json, &options, &out).unwrap_err();
    assert!(err.to_string().contains("--render"), "{err}");
}

// ------------------------------------------------------------ subgraphs

#[test]
fn around_walks_the_given_depth_follows_filters_and_says_what_a_cap_cut() {
    let db = seeds_and_samples();
    let around = |depth, rels: Option<Vec<RelType>>, labels: Option<Vec<Label>>, max_nodes| Selection::Around {
        name: "Ерлан Сәтбаев".into(),
        depth,
        rels,
        labels,
        max_nodes,
    };
    let start = db.find_person("Ерлан Сәтбаев").unwrap();
    assert_eq!(start.len(), 1);
    let one = db.subgraph(&around(1, None, None, None)).unwrap();
    let two = db.subgraph(&around(2, None, None, None)).unwrap();
    assert!(one.node(start[0].id).is_some());
    assert!(one.node_count() > 1 && two.node_count() > one.node_count());
    // Every node at depth 1 is a neighbour of the start.
    let neighbours: BTreeSet<_> = db
        .neighbours(start[0].id, shezhire::Direction::Both, None)
        .unwrap()
        .into_iter()
        .map(|(_, n)| n.id)
        .collect();
    for n in one.nodes() {
        assert!(n.id == start[0].id || neighbours.contains(&n.id), "{n:?}");
    }
    // Filters: HOLDS then OF reaches offices and their organisations only.
    let offices = db.subgraph(&around(2, Some(vec![RelType::Holds, RelType::Of]), None, None)).unwrap();
    assert!(offices.edges().all(|e| matches!(e.rel, RelType::Holds | RelType::Of)));
    assert!(offices.nodes().any(|n| n.label == Label::Office));
    assert!(offices.nodes().all(|n| n.label != Label::Article && n.label != Label::Event));
    let people = db.subgraph(&around(2, None, Some(vec![Label::Office]), None)).unwrap();
    assert!(people.nodes().all(|n| n.label == Label::Office || n.id == start[0].id));
    // The cap keeps the nearest nodes and counts the rest.
    let capped = db.subgraph(&around(2, None, None, Some(5))).unwrap();
    assert_eq!(capped.node_count(), 5);
    let cut = capped.truncation().expect("a cut");
    assert_eq!(cut.left_out, two.node_count() - 5);
    let message = cut.to_string();
    assert!(message.contains(&format!("{} more nodes", two.node_count() - 5)) && message.contains("--max-nodes 5"), "{message}");
    assert!(db.subgraph(&around(2, None, None, Some(10_000))).unwrap().truncation().is_none());
    // Unknown names are an error, not an empty picture.
    let missing = Selection::Around { name: "Жоқ Адам".into(), depth: 1, rels: None, labels: None, max_nodes: None };
    assert!(matches!(db.subgraph(&missing), Err(Error::NotFound { .. })));
}

#[test]
fn an_article_selection_holds_what_the_article_states() {
    let db = seeds_and_samples();
    let info = db.article("01_batys-oblast-conference").unwrap();
    let sub = db.subgraph(&Selection::Article(info.id.clone())).unwrap();
    assert!(sub.node(info.node).is_some());
    for edge in sub.edges() {
        let cites = edge.provenance.iter().any(|p| p.article == info.node);
        assert!(cites || edge.provenance.is_empty(), "{edge:?} does not cite the article");
    }
    let names: BTreeSet<String> = sub.nodes().filter(|n| n.label == Label::Person).map(|n| n.display_name()).collect();
    for name in ["Ерлан Сәтбаев", "Серік Ысқақов", "Гүлнар Жұмағалиева", "Қасым-Жомарт Тоқаев"] {
        assert!(names.contains(name), "{name} missing from {names:?}");
    }
    // Another article's people stay out.
    assert!(!names.contains("Арман Қуанышев"), "{names:?}");
    assert!(sub.edges().any(|e| e.rel == RelType::Of && e.provenance.is_empty()), "offices keep their OF");
}

#[test]
fn the_branch_tree_has_the_party_branches_and_current_chairmen_only() {
    let db = seeds_and_samples();
    let sub = db.subgraph(&Selection::Branches).unwrap();
    let branches = db.nodes_with_label(Label::Branch).unwrap();
    assert_eq!(sub.nodes().filter(|n| n.label == Label::Branch).count(), branches.len());
    assert_eq!(sub.nodes().filter(|n| n.label == Label::Party).count(), 1);
    for edge in sub.edges() {
        match edge.rel {
            RelType::PartOf | RelType::Of => {}
            RelType::Holds => assert_eq!(edge.str_prop("status"), Some("current")),
            other => panic!("{other} in the branch tree"),
        }
    }
    for office in sub.nodes().filter(|n| n.label == Label::Office) {
        assert_eq!(office.str_prop("role"), Some("chairman"));
    }
    let people: BTreeSet<String> = sub.nodes().filter(|n| n.label == Label::Person).map(|n| n.display_name()).collect();
    assert!(people.contains("Ерлан Сәтбаев"), "{people:?}");
    // His predecessor held the office before: not a current chairman.
    assert!(!people.contains("Серік Ысқақов"), "{people:?}");
    // The tree is one piece: every branch reaches the party.
    let graph = sub.to_petgraph();
    let party = sub.nodes().find(|n| n.label == Label::Party).unwrap().id;
    let party_index = sub.index_of(party).unwrap();
    for b in sub.nodes().filter(|n| n.label == Label::Branch) {
        let from = sub.index_of(b.id).unwrap();
        assert!(petgraph::algo::has_path_connecting(&graph, from, party_index, None), "{} is cut off", b.display_name());
    }
}

#[test]
fn query_values_become_a_subgraph_with_the_ends_of_every_relationship() {
    let db = seeds_and_samples();
    let person = db.find_person("Ерлан Сәтбаев").unwrap().remove(0);
    let (holds, office) = db
        .neighbours(person.id, shezhire::Direction::Outgoing, Some(RelType::Holds))
        .unwrap()
        .into_iter()
        .next()
        .unwrap();
    let path = shezhire::Path { nodes: vec![person.clone(), office.clone()], relationships: vec![holds.clone()] };
    let rows = vec![
        vec![Value::Path(path.into())],
        vec![Value::List(vec![Value::Node(person.clone().into()), Value::Int(1)])],
    ];
    let sub = db.subgraph(&Selection::FromValues(rows)).unwrap();
    assert_eq!((sub.node_count(), sub.edge_count()), (2, 1));
    // A bare relationship brings its ends from the database.
    let only_edge = db.subgraph(&Selection::FromValues(vec![vec![Value::Relationship(holds.into())]])).unwrap();
    assert_eq!((only_edge.node_count(), only_edge.edge_count()), (2, 1));
    // A query's rows: the person, their HOLDS edges and the offices.
    let q = r#"MATCH p = (:Person {name: "Ерлан Сәтбаев"})-[:HOLDS]->(:Office) RETURN p"#;
    let from_query = db.subgraph(&Selection::Query(q.into())).unwrap();
    assert!(from_query.node_count() >= 2 && from_query.edge_count() >= 1, "{} {}", from_query.node_count(), from_query.edge_count());
    let g = from_query.to_petgraph();
    assert!(g.node_weights().any(|n| n.str_prop("name") == Some("Ерлан Сәтбаев")));
    assert!(g.edge_weights().all(|e| e.rel == RelType::Holds));
    // A broken query is refused with its syntax error.
    let err = db.subgraph(&Selection::Query("MATCH (n RETURN n".into())).unwrap_err();
    assert!(matches!(&err, Error::Query(_)), "{err}");
}

// ------------------------------------------------------------ JSON

#[test]
fn json_export_import_export_is_identical() {
    let db = seeds_and_samples();
    let tricky = tricky_db();
    for source in [&db, &tricky] {
        for (format, import_format) in [(Format::Json, ImportFormat::Json), (Format::Jsonl, ImportFormat::Jsonl)] {
            let first = export_string(source, &Selection::Whole, format, &ExportOptions::default());
            let fresh = Db::open_temporary().unwrap();
            let report = export::import_json_reader(&fresh, import_format, first.as_bytes(), "first").unwrap();
            let stats = source.stats().unwrap();
            assert_eq!(report.nodes, stats.node_total());
            assert_eq!(report.relationships, stats.relationship_total());
            let second = export_string(&fresh, &Selection::Whole, format, &ExportOptions::default());
            assert!(first == second, "{format} round trip differs");
            assert_eq!(fresh.stats().unwrap().nodes, stats.nodes);
            let check = fresh.check().unwrap();
            assert!(check.is_ok(), "{:?}", check.problems);
            // Texts and facts came along.
            for a in source.articles().unwrap() {
                assert_eq!(fresh.article_text(&a.id).unwrap(), source.article_text(&a.id).unwrap());
                assert_eq!(fresh.facts(&a.id).unwrap(), source.facts(&a.id).unwrap());
            }
        }
    }
}

#[test]
fn an_imported_database_keeps_merging_new_articles_by_identity() {
    let db = Db::open_in_memory().unwrap();
    gold::samples(&db);
    let json = export_string(&db, &Selection::Whole, Format::Json, &ExportOptions::default());
    let fresh = Db::open_in_memory().unwrap();
    export::import_json_reader(&fresh, ImportFormat::Json, json.as_bytes(), "export").unwrap();
    let text = "Жаңа мақала\nЕрлан Сәтбаев сөз сөйледі.\n";
    let facts = ArticleFacts {
        title: "Жаңа мақала".into(),
        facts: vec![
            fact(Fact::Person { name: "Ерлан Сәтбаев".into() }),
            fact(Fact::Branch { key: "AMANAT/oblast/Батыс Қазақстан".into() }),
        ],
    };
    let before = fresh.stats().unwrap();
    let report = fresh.ingest_facts(text, "new.txt", facts).unwrap();
    // Only the article is new: the person and the branch were found.
    assert_eq!(report.nodes_added, 1, "{report:?}");
    assert_eq!(fresh.stats().unwrap().node_total(), before.node_total() + 1);
    assert!(fresh.check().unwrap().is_ok());
    // Ingesting a text that came in with the import changes nothing.
    let sample = std::fs::read_to_string(gold::root().join("examples/articles/01_batys-oblast-conference.txt")).unwrap();
    assert!(!fresh.ingest(&sample, "again.txt").unwrap().new);
}

#[test]
fn jsonl_is_one_object_a_line_nodes_first() {
    let db = seeds_and_samples();
    let text = export_string(&db, &Selection::Whole, Format::Jsonl, &ExportOptions::default());
    let mut kinds = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
        kinds.push(v["type"].as_str().unwrap().to_string());
        if v["type"] == "relationship" {
            assert!(v["start"].is_u64() && v["end"].is_u64() && v["provenance"].is_array());
            for p in v["provenance"].as_array().unwrap() {
                assert_eq!(p["article_id"].as_str().unwrap().len(), 16);
                assert!(p["span"][0].as_u64().unwrap() <= p["span"][1].as_u64().unwrap());
            }
        } else {
            assert!(Label::parse(v["label"].as_str().unwrap()).is_some());
            if v["label"] == "Article" {
                assert!(v["text"].is_string() && v["facts"].is_array());
            }
        }
    }
    let stats = db.stats().unwrap();
    assert_eq!(kinds.iter().filter(|k| *k == "node").count() as u64, stats.node_total());
    assert_eq!(kinds.iter().filter(|k| *k == "relationship").count() as u64, stats.relationship_total());
    let first_rel = kinds.iter().position(|k| k == "relationship").unwrap();
    assert!(kinds[first_rel..].iter().all(|k| k == "relationship"), "nodes come first");
    // The JSON document holds the same objects.
    let doc: serde_json::Value =
        serde_json::from_str(&export_string(&db, &Selection::Whole, Format::Json, &ExportOptions::default())).unwrap();
    assert_eq!(doc["format"], "shezhire-graph");
    assert_eq!(doc["nodes"].as_array().unwrap().len() as u64, stats.node_total());
    assert_eq!(doc["relationships"].as_array().unwrap().len() as u64, stats.relationship_total());
    assert_eq!(doc["nodes"][0], serde_json::from_str::<serde_json::Value>(text.lines().next().unwrap()).unwrap());
}

#[test]
fn import_refuses_a_full_database_and_names_the_line_of_a_bad_record() {
    let db = tricky_db();
    let json = export_string(&db, &Selection::Whole, Format::Json, &ExportOptions::default());
    let err = export::import_json_reader(&db, ImportFormat::Json, json.as_bytes(), "x.json").unwrap_err();
    assert!(err.to_string().contains("not empty"), "{err}");

    let bad = |input: &str, format| {
        let fresh = Db::open_in_memory().unwrap();
        export::import_json_reader(&fresh, format, input.as_bytes(), "bad.json").unwrap_err().to_string()
    };
    let e = bad("{\"type\":\"node\",\"id\":1,\"label\":\"Person\",\"properties\":{}}\n{\"type\":\"node\",\"id\":1,\"label\":\"Person\"}\n", ImportFormat::Jsonl);
    assert!(e.starts_with("bad.json: line 2") && e.contains("twice"), "{e}");
    let e = bad("{\"type\":\"node\",\"id\":1,\"label\":\"Wizard\"}\n", ImportFormat::Jsonl);
    assert!(e.contains("line 1") && e.contains("unknown label `Wizard`"), "{e}");
    let e = bad("{\"type\":\"relationship\",\"id\":1,\"label\":\"OF\",\"start\":1,\"end\":2}\n", ImportFormat::Jsonl);
    assert!(e.contains("nodes must come before relationships"), "{e}");
    let e = bad("{\"type\":\"node\",\"id\":1,\"label\":\"Person\",\"properties\":{\"x\":1.5}}\n", ImportFormat::Jsonl);
    assert!(e.contains("not a 64-bit integer"), "{e}");
    let e = bad("{\"type\":\"node\",\"id\":1,", ImportFormat::Jsonl);
    assert!(e.contains("line 1"), "{e}");
    let e = bad("{\"format\":\"shezhire-graph\",\"version\":1,\n\"nodes\":[\n{\"type\":\"relationship\",\"id\":1}\n]}", ImportFormat::Json);
    assert!(e.contains("line 3"), "{e}");
    let e = bad("{\"format\":\"other\"}", ImportFormat::Json);
    assert!(e.contains("expected `shezhire-graph`"), "{e}");
    let e = bad("[1,2]", ImportFormat::Json);
    assert!(e.contains("bad.json"), "{e}");
    // A changed article text no longer matches its hash.
    let tampered = json.replacen("\"text\":\"Тест «мақала»", "\"text\":\"Тест «өзгерген»", 1);
    assert_ne!(tampered, json);
    let e = bad(&tampered, ImportFormat::Json);
    assert!(e.contains("hash"), "{e}");
}

// ------------------------------------------------------------ GraphML

#[test]
fn graphml_parses_declares_every_key_and_counts_right() {
    for db in [seeds_and_samples(), tricky_db()] {
        let text = export_string(&db, &Selection::Whole, Format::GraphMl, &ExportOptions::default());
        let doc = roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("not XML: {e}"));
        let ns = "http://graphml.graphdrawing.org/xmlns";
        let root = doc.root_element();
        assert!(root.has_tag_name((ns, "graphml")));
        let mut keys: BTreeMap<String, (String, String)> = BTreeMap::new();
        for key in root.children().filter(|n| n.has_tag_name((ns, "key"))) {
            let id = key.attribute("id").unwrap().to_string();
            let for_ = key.attribute("for").unwrap().to_string();
            let name = key.attribute("attr.name").unwrap().to_string();
            assert!(matches!(key.attribute("attr.type"), Some("string" | "long" | "boolean")));
            assert!(keys.insert(id, (for_, name)).is_none(), "key declared twice");
        }
        let names: BTreeSet<_> = keys.values().collect();
        assert_eq!(names.len(), keys.len(), "two keys share a name");
        let graph = root.children().find(|n| n.has_tag_name((ns, "graph"))).unwrap();
        assert_eq!(graph.attribute("edgedefault"), Some("directed"));
        let nodes: Vec<_> = graph.children().filter(|n| n.has_tag_name((ns, "node"))).collect();
        let edges: Vec<_> = graph.children().filter(|n| n.has_tag_name((ns, "edge"))).collect();
        let stats = db.stats().unwrap();
        assert_eq!(nodes.len() as u64, stats.node_total());
        assert_eq!(edges.len() as u64, stats.relationship_total());
        let node_ids: BTreeSet<&str> = nodes.iter().map(|n| n.attribute("id").unwrap()).collect();
        for e in &edges {
            assert!(node_ids.contains(e.attribute("source").unwrap()) && node_ids.contains(e.attribute("target").unwrap()));
        }
        for (element, kind) in nodes.iter().map(|n| (n, "node")).chain(edges.iter().map(|e| (e, "edge"))) {
            for data in element.children().filter(|n| n.has_tag_name((ns, "data"))) {
                let key = data.attribute("key").unwrap();
                let (for_, _) = keys.get(key).unwrap_or_else(|| panic!("data key {key} is not declared"));
                assert_eq!(for_, kind);
            }
        }
        // Values come back exactly, Cyrillic and markup included.
        let value_of = |element: &roxmltree::Node, name: &str| -> Option<String> {
            let id = keys.iter().find(|(_, (f, n))| f == "node" && n == name).map(|(id, _)| id.clone())?;
            element.children().find(|d| d.attribute("key") == Some(id.as_str())).and_then(|d| d.text()).map(str::to_string)
        };
        for node in db.nodes_with_label(Label::Person).unwrap() {
            let element = nodes.iter().find(|n| n.attribute("id") == Some(format!("n{}", node.id).as_str())).unwrap();
            assert_eq!(value_of(element, "name").as_deref(), node.str_prop("name"));
            assert_eq!(value_of(element, "labels").as_deref(), Some(":Person"));
        }
    }
}

// ------------------------------------------------------------ CSV

/// A minimal RFC 4180 reader (quoted fields, doubled quotes, line breaks
/// inside quotes) to check what the writer wrote.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    rows
}

#[test]
fn csv_has_one_file_per_label_and_type_with_neo4j_admin_headers() {
    let db = seeds_and_samples();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("neo4j");
    let report = export::write(&db, &Selection::Whole, Format::Csv, &ExportOptions::default(), &out).unwrap();
    let stats = db.stats().unwrap();
    let mut expected: BTreeSet<String> = BTreeSet::new();
    for (label, n) in &stats.nodes {
        if *n > 0 {
            expected.insert(format!("{label}.csv"));
        }
    }
    for (rel, n) in &stats.relationships {
        if *n > 0 {
            expected.insert(format!("{rel}.csv"));
        }
    }
    expected.insert("README.md".into());
    let written: BTreeSet<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().to_string()).collect();
    assert_eq!(written, expected);
    assert_eq!(report.files.len(), expected.len());

    let read = |name: &str| parse_csv(&std::fs::read_to_string(out.join(name)).unwrap());
    assert_eq!(read("Person.csv")[0], vec![":ID", ":LABEL", "aliases:string[]", "name"]);
    assert_eq!(read("Article.csv")[0], vec![":ID", ":LABEL", "bytes:long", "hash", "id", "source", "title"]);
    assert_eq!(read("Event.csv")[0], vec![":ID", ":LABEL", "article", "extraordinary:boolean", "key", "kind", "ordinal:long", "reporting_election:boolean"]);
    assert_eq!(
        read("HOLDS.csv")[0],
        vec![":START_ID", ":END_ID", ":TYPE", "status", "provenance_article:string[]", "provenance_start:long[]", "provenance_end:long[]"]
    );
    assert_eq!(read("OF.csv")[0], vec![":START_ID", ":END_ID", ":TYPE", "provenance_article:string[]", "provenance_start:long[]", "provenance_end:long[]"]);
    for (label, n) in &stats.nodes {
        if *n > 0 {
            let rows = read(&format!("{label}.csv"));
            assert_eq!(rows.len() as u64 - 1, *n, "{label}");
            assert!(rows[1..].iter().all(|r| r.len() == rows[0].len() && r[1] == label.as_str()), "{label}");
        }
    }
    let mut ids = BTreeSet::new();
    for (label, n) in &stats.nodes {
        if *n > 0 {
            ids.extend(read(&format!("{label}.csv"))[1..].iter().map(|r| r[0].clone()));
        }
    }
    assert_eq!(ids.len() as u64, stats.node_total(), "ids are unique across files");
    for (rel, n) in &stats.relationships {
        if *n > 0 {
            let rows = read(&format!("{rel}.csv"));
            assert_eq!(rows.len() as u64 - 1, *n, "{rel}");
            for r in &rows[1..] {
                assert!(ids.contains(&r[0]) && ids.contains(&r[1]) && r[2] == rel.as_str(), "{rel}: {r:?}");
                assert_eq!(r.len(), rows[0].len());
            }
        }
    }
    // Aliases are split on the array delimiter.
    let person = read("Person.csv");
    let satbayev = person.iter().find(|r| r[3] == "Ерлан Сәтбаев").unwrap();
    assert!(satbayev[2].split(';').any(|a| a == "Ерлан Бақытұлы"), "{satbayev:?}");
    // The command line to load it is printed and in the README.
    let readme = std::fs::read_to_string(out.join("README.md")).unwrap();
    assert!(readme.contains("neo4j-admin database import full") && readme.contains("--nodes=Person.csv"), "{readme}");
    assert!(readme.contains("--relationships=HOLDS.csv") && readme.contains("--array-delimiter=';'"), "{readme}");
    assert!(report.notes.iter().any(|n| n.contains("neo4j-admin database import full")));
}

#[test]
fn csv_quotes_what_it_must() {
    let db = tricky_db();
    let dir = tempfile::tempdir().unwrap();
    export::write(&db, &Selection::Whole, Format::Csv, &ExportOptions::default(), dir.path()).unwrap();
    let orgs = parse_csv(&std::fs::read_to_string(dir.path().join("Organization.csv")).unwrap());
    assert!(orgs.iter().any(|r| r.contains(&"org/Жайық \"Жарық\" ЖШС, Орал; \\x".to_string())), "{orgs:?}");
    let people = parse_csv(&std::fs::read_to_string(dir.path().join("Person.csv")).unwrap());
    assert!(people.iter().any(|r| r.contains(&"Line\nBreak {x} <b> & 'q'".to_string())), "{people:?}");
    let readme = std::fs::read_to_string(dir.path().join("README.md")).unwrap();
    assert!(readme.contains("--multiline-fields=true"), "a name with a line break needs it: {readme}");
}

// ------------------------------------------------------------ command line

#[test]
fn the_command_line_exports_every_format_and_imports_json() {
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("db");
    {
        let db = Db::open(&db_path).unwrap();
        gold::samples(&db);
        db.flush().unwrap();
    }
    let bin = env!("CARGO_BIN_EXE_shezhire");
    let run = |args: &[&str], db: &Path| {
        let out = Command::new(bin).arg("--db").arg(db).args(args).env_remove("SHEZHIRE_DOT").output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).to_string())
    };
    let path = |name: &str| dir.path().join(name).display().to_string();
    for (format, file) in [("dot", "g.dot"), ("json", "g.json"), ("jsonl", "g.jsonl"), ("graphml", "g.graphml"), ("csv", "csv")] {
        let (code, err) = run(&["export", format, "-o", &path(file)], &db_path);
        assert_eq!(code, Some(0), "{format}: {err}");
        assert!(err.contains("exported"), "{err}");
    }
    let (code, err) = run(&["export", "dot", "--around", "Ерлан Сәтбаев", "--depth", "2", "--max-nodes", "3", "-o", &path("a.dot")], &db_path);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("--max-nodes 3") && err.contains("left out"), "{err}");
    let (code, err) = run(&["export", "dot", "--query", "MATCH p = (:Person)-[:HOLDS]->() RETURN p LIMIT 3", "-o", &path("q.dot")], &db_path);
    assert_eq!(code, Some(0), "{err}");
    assert!(dir.path().join("q.dot").exists());
    let (code, err) = run(&["export", "dot", "--query", "MATCH (n RETURN n", "-o", &path("bad.dot")], &db_path);
    assert_eq!(code, Some(2));
    assert!(err.contains("line 1"), "{err}");
    assert!(!dir.path().join("bad.dot").exists(), "a failed export writes nothing");
    let (code, err) = run(&["export", "dot", "--around", "X", "--rel", "FRIEND", "-o", &path("x.dot")], &db_path);
    assert_eq!(code, Some(2));
    assert!(err.contains("unknown relationship type `FRIEND`"), "{err}");
    let (code, err) = run(&["export", "dot", "--render", "svg", "--dot-program", "/nonexistent/dot", "-o", &path("r.dot")], &db_path);
    assert_eq!(code, Some(2));
    assert!(err.contains("apt-get install graphviz"), "{err}");

    let fresh = dir.path().join("fresh");
    let (code, err) = run(&["import", "json", &path("g.json")], &fresh);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("imported"), "{err}");
    let (code, err) = run(&["export", "json", "-o", &path("again.json")], &fresh);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(std::fs::read(path("g.json")).unwrap(), std::fs::read(path("again.json")).unwrap());
    let (code, err) = run(&["import", "json", &path("g.json")], &fresh);
    assert_eq!(code, Some(2));
    assert!(err.contains("not empty"), "{err}");
}
