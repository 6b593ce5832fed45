//! Smoke tests while building.
use crate::query::parser::parse;

#[test]
fn smoke() {
    for q in [
        "MATCH (n) RETURN n",
        "MATCH (p:Person {name: \"Қуат\"})-[h:HOLDS {status: 'current'}]->(o:Office)-[:OF]->(b:Branch) WHERE p.name ~ \"x\" AND NOT b.key STARTS WITH 'A' RETURN p.name AS name, count(*) ORDER BY name DESC SKIP 1 LIMIT 2",
        "MATCH p = shortestPath((a)-[*..5]-(b)) RETURN length(p)",
        "MATCH p = ANY SHORTEST (a)-[:PART_OF]->{1,3}(b) RETURN p",
        "RETURN 1 + 2 * 3 - -4, [1, 2][0], {a: 1}.a, $x, 1.5e3, \"a\\u0041\"",
    ] {
        let ast = parse(q).unwrap_or_else(|e| panic!("{q}: {}", e.render()));
        let printed = ast.to_string();
        let again = parse(&printed).unwrap_or_else(|e| panic!("{printed}: {}", e.render()));
        assert_eq!(ast, again, "{printed}");
        eprintln!("{printed}");
    }
    for q in ["MATCH (n) RETRN n", "MATCH (n:Person RETURN n", "CREATE (n)", "MACTH (n) RETURN n", "RETURN 1 +", "MATCH (a)-[:X]->(b RETRN b"] {
        eprintln!("{}", parse(q).unwrap_err().render());
    }
    let deep = format!("RETURN {}1{}", "(".repeat(10000), ")".repeat(10000));
    eprintln!("{}", parse(&deep).unwrap_err());
    let deep = format!("RETURN {}1{}", "[".repeat(10000), "]".repeat(10000));
    eprintln!("{}", parse(&deep).unwrap_err());
    let deep = format!("RETURN {}1", "NOT ".repeat(10000));
    eprintln!("{}", parse(&deep).unwrap_err());
}
