//! The parser corpus: every `ok/` query parses and round-trips through
//! Display; every `err/` query fails with exactly the error in its golden
//! `.err` file (rewritten when `SHEZHIRE_BLESS=1`).

use super::corpus;
use crate::query::parser::{parse, MAX_DEPTH};
use crate::query::QueryErrorKind;

#[test]
fn the_corpus_is_big_enough() {
    assert!(corpus("ok").len() >= 60, "at least 60 ok cases");
    assert!(corpus("err").len() >= 30, "at least 30 err cases");
}

#[test]
fn ok_queries_parse_and_round_trip() {
    for (path, text) in corpus("ok") {
        let tree = parse(&text).unwrap_or_else(|e| panic!("{}:\n{}", path.display(), e.render()));
        let printed = tree.to_string();
        let again = parse(&printed).unwrap_or_else(|e| panic!("{} printed as\n{printed}\n{}", path.display(), e.render()));
        assert_eq!(tree, again, "{} printed as\n{printed}", path.display());
        // Printing is stable: the print of the print is the print.
        assert_eq!(again.to_string(), printed, "{}", path.display());
    }
}

#[test]
fn err_queries_fail_as_the_goldens_say() {
    let bless = std::env::var_os("SHEZHIRE_BLESS").is_some_and(|v| v == "1");
    let mut failures = Vec::new();
    for (path, text) in corpus("err") {
        let rendered = match parse(&text) {
            Ok(tree) => panic!("{} parsed, as {tree}", path.display()),
            Err(e) => e.render(),
        };
        let golden = path.with_extension("err");
        if bless {
            std::fs::write(&golden, &rendered).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&golden)
            .unwrap_or_else(|_| panic!("{} has no golden; run with SHEZHIRE_BLESS=1", golden.display()));
        if expected != rendered {
            failures.push(format!("{}:\n--- expected\n{expected}--- found\n{rendered}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}\n(rerun with SHEZHIRE_BLESS=1 to accept)", failures.join("\n"));
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{a: ", "}"), ("f(", ")"), ("[0][", "]")] {
        let text = format!("RETURN {}1{}", open.repeat(10_000), close.repeat(10_000));
        let e = parse(&text).unwrap_err();
        assert_eq!(e.kind, QueryErrorKind::Syntax, "{open}");
        assert!(e.message.contains("nested too deeply"), "{open}: {}", e.message);
    }
    for prefix in ["NOT ", "-", "- "] {
        let text = format!("RETURN {}1", prefix.repeat(10_000));
        assert!(parse(&text).unwrap_err().message.contains("nested too deeply"), "{prefix}");
    }
    let postfix = format!("RETURN x{}", ".a".repeat(10_000));
    assert!(parse(&postfix).unwrap_err().message.contains("nested too deeply"));
    let suffix = format!("RETURN x{}", " IS NULL".repeat(10_000));
    assert!(parse(&suffix).unwrap_err().message.contains("nested too deeply"));
    // Long flat chains are fine: they are one node.
    let chain = format!("RETURN 1{}", " + 1".repeat(10_000));
    assert!(parse(&chain).is_ok());
    // Just under the limit parses.
    let ok = format!("RETURN {}1{}", "(".repeat(MAX_DEPTH - 1), ")".repeat(MAX_DEPTH - 1));
    assert!(parse(&ok).is_ok());
}

#[test]
fn errors_point_at_the_offending_token() {
    let e = parse("MATCH (n)\nRETRN n").unwrap_err();
    assert_eq!((e.line, e.column), (2, 1));
    assert_eq!(e.help.as_deref(), Some("did you mean `RETURN`?"));
    assert!(e.message.ends_with("found `RETRN`"), "{}", e.message);
    let e = parse("MATCH (a)-[:X]->(b RETRN b").unwrap_err();
    assert_eq!(e.message, "expected a label, a property map or `)`, found `RETRN`");
}
