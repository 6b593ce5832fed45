//! The grammar is executable: pest derives a reference parser from
//! `grammar/query.pest`, and it must accept and reject exactly what the nom
//! parser does, on the corpus, on every `// example:` of the grammar and
//! on every ```cypher block of README.md and docs/QUERY.md. Limits the
//! grammar cannot state (number ranges) are semantic errors of the nom
//! parser, so a semantic error counts as syntactically accepted.

use super::{corpus, markdown_queries, root};
use crate::query::parser::parse;
use crate::query::QueryErrorKind;
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/query.pest"]
struct Reference;

fn nom_accepts(text: &str) -> bool {
    match parse(text) {
        Ok(_) => true,
        Err(e) => e.kind == QueryErrorKind::Semantic,
    }
}

fn pest_accepts(text: &str) -> bool {
    Reference::parse(Rule::query, text).is_ok()
}

fn grammar_text() -> String {
    std::fs::read_to_string(root().join("grammar/query.pest")).unwrap()
}

fn check_all(what: &str, texts: impl IntoIterator<Item = String>) -> usize {
    let mut n = 0;
    let mut disagreements = Vec::new();
    for text in texts {
        n += 1;
        let (nom, pest) = (nom_accepts(&text), pest_accepts(&text));
        if nom != pest {
            let why = match (parse(&text), Reference::parse(Rule::query, &text)) {
                (Err(e), _) => format!("nom: {}", e.render()),
                (_, Err(e)) => format!("pest: {e}"),
                _ => String::new(),
            };
            disagreements.push(format!("{what}: {text:?}: nom {nom}, pest {pest}\n{why}"));
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
    n
}

#[test]
fn nom_and_pest_agree_on_the_corpus() {
    let ok = check_all("ok", corpus("ok").into_iter().map(|(_, t)| t));
    let err = check_all("err", corpus("err").into_iter().map(|(_, t)| t));
    assert!(ok >= 60 && err >= 30);
    for (path, text) in corpus("ok") {
        assert!(pest_accepts(&text), "pest rejects {}", path.display());
    }
}

#[test]
fn nom_and_pest_agree_on_the_grammar_examples() {
    let examples: Vec<String> = grammar_text()
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("// example:"))
        .map(|e| e.trim().to_string())
        .collect();
    assert!(examples.len() > 100, "{} examples", examples.len());
    for e in &examples {
        assert!(pest_accepts(e), "the grammar rejects its own example {e:?}");
    }
    check_all("grammar example", examples);
}

#[test]
fn nom_and_pest_agree_on_the_documentation() {
    let mut queries = markdown_queries(&root().join("README.md"));
    queries.extend(markdown_queries(&root().join("docs/QUERY.md")));
    for q in &queries {
        assert!(nom_accepts(q), "documented query does not parse: {q}\n{}", parse(q).map(|_| String::new()).unwrap_or_else(|e| e.render()));
    }
    check_all("documentation", queries);
}

#[test]
fn nom_and_pest_agree_on_mutations_of_the_corpus() {
    // Cut each ok query at every character boundary and drop each
    // character: thousands of near-misses, accepted or rejected alike.
    let mut texts = Vec::new();
    for (_, text) in corpus("ok").into_iter().take(40) {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for (k, &i) in bounds.iter().enumerate() {
            texts.push(text[..i].to_string());
            let next = bounds.get(k + 1).copied().unwrap_or(text.len());
            texts.push(format!("{}{}", &text[..i], &text[next..]));
        }
    }
    check_all("mutation", texts);
}

#[test]
fn every_grammar_rule_has_an_example_and_a_nom_function() {
    let grammar = grammar_text();
    let parser_source = std::fs::read_to_string(root().join("src/query/parser.rs")).unwrap();
    let named: Vec<&str> = parser_source
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("/// grammar:"))
        .flat_map(|l| l.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '*')))
        .filter(|w| !w.is_empty())
        .collect();
    let lines: Vec<&str> = grammar.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let Some((rule, _)) = line.split_once('=') else { continue };
        let rule = rule.trim();
        if rule.is_empty() || !rule.chars().all(|c| c.is_alphanumeric() || c == '_') || line.starts_with(' ') || line.starts_with("//") {
            continue;
        }
        let implemented = named.contains(&rule) || (rule.starts_with("kw_") && named.contains(&"kw_*"));
        assert!(implemented, "no nom function says `/// grammar: {rule}`");
        // Its comment block above has an example.
        let comment: Vec<&&str> = lines[..i].iter().rev().take_while(|l| l.starts_with("//")).collect();
        let in_keyword_block = rule.starts_with("kw_") && lines[..i].iter().rev().take(2).any(|l| l.contains("example:"));
        assert!(
            comment.iter().any(|l| l.contains("example:")) || in_keyword_block,
            "rule `{rule}` has no `// example:`"
        );
    }
}
