//! Tab completion, as a pure function of the line, the cursor and a
//! [`Vocabulary`]: meta-commands and their arguments (file paths after
//! `:ingest`, `:read`, `:open`, `:export`; formats; help topics), keywords,
//! functions, variables of the statement, labels after `:` in a node,
//! relationship types after `:` in a relationship, property names after `.`
//! and in maps, parameters after `$`, and inside strings the names in the
//! database: whole values (`AMANAT/dis` → the branch keys) and the words of
//! people's names, matched by letters (`Бай` → `Байғоджаев`) or by the
//! Kazakh/Latin skeleton the `~` operator uses (`bayg` → `Байғоджаев`).

use super::highlight::{tokens, TokenKind};
use super::input::state_at_end;
use super::meta::{find_command, ArgKind, COMMANDS, TOPICS};
use crate::extract::kk::translit::skeleton;
use crate::model::{Label, Node, RelType};
use crate::store::{index_form, MATCH_PROP};
use crate::Db;
use std::collections::BTreeSet;

/// At most this many candidates are offered.
const MAX_CANDIDATES: usize = 60;

/// One completion: what the list shows and what replaces the typed word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Shown in the list of candidates.
    pub display: String,
    /// Put in place of the text from the completion's start to the cursor.
    pub replacement: String,
}

impl Candidate {
    fn same(text: impl Into<String>) -> Candidate {
        let text = text.into();
        Candidate { display: text.clone(), replacement: text }
    }
}

/// What completion knows beyond the line: the database (names, property
/// names) and the parameters set.
pub struct Vocabulary<'a> {
    /// The database names come from (none: no names).
    pub db: Option<&'a Db>,
    /// Property names in use.
    pub properties: &'a BTreeSet<String>,
    /// Parameter names set with `:param`.
    pub params: Vec<String>,
}

/// Keywords and keyword phrases offered for a word outside strings.
const KEYWORDS: &[&str] = &[
    "MATCH",
    "OPTIONAL MATCH",
    "WHERE",
    "RETURN",
    "WITH",
    "DISTINCT",
    "AS",
    "ORDER BY",
    "ASC",
    "DESC",
    "SKIP",
    "LIMIT",
    "AND",
    "OR",
    "XOR",
    "NOT",
    "IN",
    "IS NULL",
    "IS NOT NULL",
    "STARTS WITH",
    "ENDS WITH",
    "CONTAINS",
    "EXPLAIN",
    "ANY SHORTEST",
    "ALL SHORTEST",
    "SHORTEST",
    "shortestPath(",
    "allShortestPaths(",
    "NULL",
    "TRUE",
    "FALSE",
];

/// Completes `line` at byte `pos`. `pending` says a statement is already
/// being continued (then a leading `:` is a label, not a command).
/// Returns the byte offset the candidates replace from, and the candidates.
pub fn complete(line: &str, pos: usize, pending: bool, vocab: &Vocabulary<'_>) -> (usize, Vec<Candidate>) {
    let pos = floor_boundary(line, pos.min(line.len()));
    let before = &line[..pos];
    let (start, mut candidates) = if !pending && before.trim_start().starts_with(':') {
        complete_meta(line, pos, vocab)
    } else {
        complete_query(line, 0, pos, vocab)
    };
    let mut seen = BTreeSet::new();
    candidates.retain(|c| seen.insert(c.replacement.clone()));
    candidates.truncate(MAX_CANDIDATES);
    (start, candidates)
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Starts with `prefix`, ignoring case.
fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.to_lowercase().starts_with(&prefix.to_lowercase())
}

fn complete_meta(line: &str, pos: usize, vocab: &Vocabulary<'_>) -> (usize, Vec<Candidate>) {
    let before = &line[..pos];
    let colon = before.len() - before.trim_start().len();
    let after_colon = &before[colon + 1..];
    let Some(name_end) = after_colon.find(char::is_whitespace) else {
        // The command's name.
        let candidates = COMMANDS
            .iter()
            .filter(|c| c.name.starts_with(&after_colon.to_lowercase()))
            .map(|c| Candidate {
                display: format!(":{}", c.name),
                replacement: format!(":{}{}", c.name, if c.args.is_empty() { "" } else { " " }),
            })
            .collect();
        return (colon, candidates);
    };
    let Some(command) = find_command(&after_colon[..name_end]) else { return (pos, Vec::new()) };
    let args_start = colon + 1 + name_end;
    let args = &before[args_start..];
    let word_start = args_start + args.rfind(char::is_whitespace).map_or(0, |i| i + args[i..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    let words_before = args[..word_start - args_start].split_whitespace().count();
    let choose = |options: &[&str]| -> (usize, Vec<Candidate>) {
        let c = options.iter().filter(|o| starts_with_ci(o, word)).map(|o| Candidate::same(*o)).collect();
        (word_start, c)
    };
    match command.completes {
        ArgKind::None | ArgKind::Text => (pos, Vec::new()),
        ArgKind::Paths => complete_path(line, pos),
        ArgKind::Topic => {
            let names: Vec<&str> = TOPICS.iter().map(|t| t.name).chain(COMMANDS.iter().map(|c| c.name)).collect();
            choose(&names)
        }
        ArgKind::Format => choose(crate::query::format::Format::NAMES),
        ArgKind::OnOff => choose(&["on", "off"]),
        ArgKind::Setting => {
            if words_before == 0 {
                choose(&["vi", "emacs", "format", "limit", "timing", "timeout", "color"])
            } else {
                (pos, Vec::new())
            }
        }
        ArgKind::Query => complete_query(line, args_start, pos, vocab),
        ArgKind::Export => match words_before {
            0 => choose(&["dot", "json", "jsonl", "graphml", "csv"]),
            1 => complete_path(line, pos),
            _ => {
                // The query starts after the format and the file.
                let mut seen = 0;
                let mut at = args_start;
                for (i, c) in line[args_start..].char_indices() {
                    if !c.is_whitespace() && (i == 0 || line[args_start..][..i].ends_with(char::is_whitespace)) {
                        seen += 1;
                        if seen == 3 {
                            at = args_start + i;
                            break;
                        }
                    }
                }
                complete_query(line, at, pos, vocab)
            }
        },
    }
}

/// File names, as rustyline completes them (directories end with `/`).
fn complete_path(line: &str, pos: usize) -> (usize, Vec<Candidate>) {
    use rustyline::completion::Candidate as _;
    let files = rustyline::completion::FilenameCompleter::new();
    match files.complete_path(line, pos) {
        Ok((start, pairs)) => (
            start,
            pairs.into_iter().map(|p| Candidate { display: p.display().to_string(), replacement: p.replacement().to_string() }).collect(),
        ),
        Err(_) => (pos, Vec::new()),
    }
}

/// Completes a query that starts at byte `from` of `line`.
fn complete_query(line: &str, from: usize, pos: usize, vocab: &Vocabulary<'_>) -> (usize, Vec<Candidate>) {
    let text = &line[from..pos];
    let state = state_at_end(text);
    if state.line_comment || state.block_comment || state.quote == Some('`') {
        return (pos, Vec::new());
    }
    if state.quote.is_some() {
        let open = tokens(text).into_iter().rev().find(|(k, _)| *k == TokenKind::String).map_or(0, |(_, r)| r.start);
        let fragment_start = from + open + 1;
        return complete_names(&line[fragment_start..pos], fragment_start, vocab);
    }
    let word_len: usize = text.chars().rev().take_while(|c| c.is_alphanumeric() || *c == '_').map(char::len_utf8).sum();
    let word_start = pos - word_len;
    let word = &line[word_start..pos];
    let before_word = &line[from..word_start];
    let prev = before_word.chars().last();
    let innermost = state.open.last().copied();
    let candidates: Vec<Candidate> = match prev {
        Some('$') => vocab.params.iter().filter(|p| starts_with_ci(p, word)).map(Candidate::same).collect(),
        Some(':') | Some('|') if innermost == Some('[') => {
            RelType::ALL.iter().map(|r| r.as_str()).filter(|r| starts_with_ci(r, word)).map(Candidate::same).collect()
        }
        Some(':') => Label::ALL.iter().map(|l| l.as_str()).filter(|l| starts_with_ci(l, word)).map(Candidate::same).collect(),
        Some('.') => vocab.properties.iter().filter(|p| starts_with_ci(p, word)).map(Candidate::same).collect(),
        _ if innermost == Some('{') && matches!(before_word.trim_end().chars().last(), Some('{') | Some(',')) => {
            vocab.properties.iter().filter(|p| starts_with_ci(p, word)).map(|p| Candidate::same(format!("{p}: "))).collect()
        }
        _ if word.is_empty() => Vec::new(),
        _ => {
            let lower = word.chars().all(|c| !c.is_uppercase());
            let mut out: Vec<Candidate> = KEYWORDS
                .iter()
                .filter(|k| starts_with_ci(k, word))
                .map(|k| Candidate::same(if lower && k.chars().all(|c| !c.is_lowercase()) { k.to_lowercase() } else { k.to_string() }))
                .collect();
            out.extend(
                crate::query::plan::function_names().filter(|f| starts_with_ci(f, word)).map(|f| Candidate::same(format!("{f}("))),
            );
            out.extend(variables(line).into_iter().filter(|v| v.starts_with(word) && v != word).map(Candidate::same));
            out
        }
    };
    (word_start, candidates)
}

/// Variables a statement binds: names after `(` or `[`, after `AS`, and
/// path variables before `=`.
fn variables(line: &str) -> BTreeSet<String> {
    use std::sync::OnceLock;
    static PATTERN: OnceLock<regex::Regex> = OnceLock::new();
    let pattern = PATTERN.get_or_init(|| {
        regex::Regex::new(r"(?i)(?:[(\[]\s*|\bAS\s+)([A-Za-z_][A-Za-z0-9_]*)|\b([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:\(|ANY\b|ALL\b|SHORTEST\b|shortestPath|allShortestPaths)")
            .expect("a valid pattern")
    });
    let mut out = BTreeSet::new();
    for caps in pattern.captures_iter(line) {
        if let Some(m) = caps.get(1).or_else(|| caps.get(2)) {
            if !crate::query::ast::is_reserved(m.as_str()) {
                out.insert(m.as_str().to_string());
            }
        }
    }
    out
}

/// Names inside a string: `fragment` is the string so far, starting at
/// byte `start` of the line.
fn complete_names(fragment: &str, start: usize, vocab: &Vocabulary<'_>) -> (usize, Vec<Candidate>) {
    let Some(db) = vocab.db else { return (start + fragment.len(), Vec::new()) };
    let word_offset = fragment.rfind(char::is_whitespace).map_or(0, |i| i + fragment[i..].chars().next().map_or(1, char::len_utf8));
    let word = &fragment[word_offset..];
    let head_chars = fragment[..word_offset].chars().count();
    let word_start = start + word_offset;
    let mut out: Vec<Candidate> = Vec::new();
    let _ = db.read(|| -> crate::Result<()> {
        let store = db.store();
        // Whole values that start with what was typed: names, keys, aliases.
        let typed = index_form(fragment);
        if !typed.is_empty() {
            for prop in ["name", "key", "aliases"] {
                for entry in store.prop_prefix_entries(prop, &typed).take(MAX_CANDIDATES) {
                    let (_, id) = entry?;
                    let Some(node) = store.node(id)? else { continue };
                    for value in prop_values(&node, prop) {
                        if index_form(&value).starts_with(&typed) {
                            let rest: String = value.chars().skip(head_chars).collect();
                            out.push(Candidate { display: value.clone(), replacement: rest });
                        }
                    }
                }
            }
            // A branch by the last part of its key (`Бөрлі` → `AMANAT/district/Бөрлі`).
            if word_offset == 0 {
                for id in store.label_ids(Label::Branch).take(5000) {
                    let Some(node) = store.node(id?)? else { continue };
                    if let Some(key) = node.str_prop("key") {
                        let last = key.rsplit('/').next().unwrap_or(key);
                        if index_form(last).starts_with(&typed) {
                            out.push(Candidate::same(key));
                        }
                    }
                }
            }
        }
        // Words of people's names, by letters or by skeleton (Latin too).
        if word.chars().count() >= 2 {
            let typed_word = index_form(word);
            let full = skeleton(word);
            // A digraph may be half typed: the `d` of `dzh` and the `z` of
            // `zh` fold into `j`, the `k` of `kh` into `h` once complete.
            let mut stem = full.clone();
            let folded = match stem.pop() {
                Some('d') | Some('z') => Some(format!("{stem}j")),
                Some('k') => Some(format!("{stem}h")),
                _ => None,
            };
            let scan = if folded.is_some() { stem } else { full.clone() };
            if !scan.is_empty() {
                let mut ids = BTreeSet::new();
                for entry in store.prop_prefix_entries(MATCH_PROP, &format!("s:{scan}")).take(MAX_CANDIDATES * 4) {
                    ids.insert(entry?.1);
                }
                // Words that start with the typed letters win; the skeleton
                // (which folds ң into n, ә into a, ...) serves when none do,
                // as for Latin letters.
                let (mut by_letters, mut by_skeleton) = (Vec::new(), Vec::new());
                for id in ids {
                    let Some(node) = store.node(id)? else { continue };
                    let mut names = prop_values(&node, "name");
                    names.extend(prop_values(&node, "aliases"));
                    for name in names {
                        for w in name.split(|c: char| c.is_whitespace() || c == '.').filter(|w| w.chars().count() > 1) {
                            let w_skeleton = skeleton(w);
                            let candidate = Candidate { display: format!("{w}  ({name})"), replacement: w.to_string() };
                            if index_form(w).starts_with(&typed_word) {
                                by_letters.push(candidate);
                            } else if w_skeleton.starts_with(&full)
                                || folded.as_ref().is_some_and(|f| w_skeleton.starts_with(f))
                            {
                                by_skeleton.push(candidate);
                            }
                        }
                    }
                }
                out.extend(if by_letters.is_empty() { by_skeleton } else { by_letters });
            }
        }
        Ok(())
    });
    // Whole values replace from the string's start when nothing but the
    // word was typed; words replace the word.
    out.sort_by(|a, b| a.replacement.cmp(&b.replacement));
    (word_start, out)
}

/// The string values of a property (a list gives each item).
fn prop_values(node: &Node, prop: &str) -> Vec<String> {
    match node.props.get(prop) {
        Some(crate::PropValue::Str(s)) => vec![s.clone()],
        Some(crate::PropValue::List(items)) => items.clone(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::session::tests::test_db;
    use super::*;

    fn props() -> BTreeSet<String> {
        ["name", "key", "aliases", "role", "status", "level"].iter().map(|s| s.to_string()).collect()
    }

    fn replacements(db: Option<&Db>, line: &str) -> (usize, Vec<String>) {
        let properties = props();
        let vocab = Vocabulary { db, properties: &properties, params: vec!["branch".into(), "who".into()] };
        let (start, candidates) = complete(line, line.len(), false, &vocab);
        (start, candidates.into_iter().map(|c| c.replacement).collect())
    }

    #[test]
    fn cyrillic_letters_complete_a_surname() {
        let db = test_db();
        let line = "MATCH (p:Person) WHERE p.name ~ \"Бай";
        let (start, got) = replacements(Some(&db), line);
        assert_eq!(&line[start..], "Бай");
        assert!(got.contains(&"Байғоджаев".to_string()), "{got:?}");
        // A given name that starts alike is offered too; a different one is not.
        assert!(got.contains(&"Байжан".to_string()), "{got:?}");
        assert!(!got.iter().any(|w| w.starts_with("Сәт")), "{got:?}");
        // Lower case typed still finds it.
        let (_, got) = replacements(Some(&db), "RETURN \"байғ");
        assert!(got.contains(&"Байғоджаев".to_string()), "{got:?}");
    }

    #[test]
    fn latin_letters_offer_the_kazakh_name() {
        let db = test_db();
        for typed in ["bayg", "Baig", "baygodzh", "Baigod", "satb"] {
            let line = format!("MATCH (p:Person) WHERE p.name ~ \"{typed}");
            let (start, got) = replacements(Some(&db), &line);
            assert_eq!(&line[start..], typed);
            let wanted = if typed == "satb" { "Сәтбаев" } else { "Байғоджаев" };
            assert!(got.contains(&wanted.to_string()), "{typed}: {got:?}");
        }
    }

    #[test]
    fn a_half_typed_digraph_still_matches_but_other_letters_do_not() {
        let db = test_db();
        // `z` may begin `zh` (ж): Байжан, and not Байғоджаев.
        let (_, got) = replacements(Some(&db), "RETURN \"bayz");
        assert_eq!(got, vec!["Байжан"]);
        let (_, got) = replacements(Some(&db), "RETURN \"bayzh");
        assert_eq!(got, vec!["Байжан"]);
        // `t` is just `t`: `sat` offers Сәтбаев only.
        let (_, got) = replacements(Some(&db), "RETURN \"sat");
        assert_eq!(got, vec!["Сәтбаев"]);
    }

    #[test]
    fn letters_typed_in_kazakh_are_not_loosened_by_the_skeleton() {
        let db = Db::open_in_memory().unwrap();
        let text = "Мақала\n";
        let facts = crate::ArticleFacts {
            title: "Мақала".into(),
            facts: ["person\tТалғат Жаңабергенов", "person\tЖанар Төлеуғалиқызы"]
                .iter()
                .map(|l| crate::extract::SourcedFact { fact: crate::Fact::parse_line(l).unwrap().unwrap(), span: crate::Span::new(0, 1) })
                .collect(),
        };
        db.ingest_facts(text, "a.txt", facts).unwrap();
        // ң and н share a skeleton letter, but Жаң is not Жан.
        let (_, got) = replacements(Some(&db), "RETURN \"Жаң");
        assert_eq!(got, vec!["Жаңабергенов"]);
        let (_, got) = replacements(Some(&db), "RETURN \"zhan");
        assert_eq!(got, vec!["Жанар", "Жаңабергенов"]);
    }

    #[test]
    fn the_second_word_of_a_name_completes_alone() {
        let db = test_db();
        let line = "MATCH (p:Person {name: \"Қуат Бай";
        let (start, got) = replacements(Some(&db), line);
        assert_eq!(&line[start..], "Бай");
        // The whole name, cut to what follows the typed head.
        assert!(got.contains(&"Байғоджаев".to_string()), "{got:?}");
    }

    #[test]
    fn keys_complete_whole_and_by_their_last_part() {
        let db = test_db();
        let line = "MATCH (b:Branch {key: \"AMANAT/dis";
        let (start, got) = replacements(Some(&db), line);
        assert_eq!(&line[start..], "AMANAT/dis");
        assert_eq!(got, vec!["AMANAT/district/Бөрлі"]);
        let line = "MATCH (b:Branch {key: \"Бөр";
        let (_, got) = replacements(Some(&db), line);
        assert!(got.contains(&"AMANAT/district/Бөрлі".to_string()), "{got:?}");
    }

    #[test]
    fn labels_types_properties_parameters() {
        let (start, got) = replacements(None, "MATCH (p:Pe");
        assert_eq!((start, got), (9, vec!["Person".to_string()]));
        let (_, got) = replacements(None, "MATCH (p)-[:HO");
        assert_eq!(got, vec!["HOLDS"]);
        let (_, got) = replacements(None, "MATCH (p)-[:HOLDS|EL");
        assert_eq!(got, vec!["ELECTED_TO"]);
        let (_, got) = replacements(None, "MATCH (p)-[:");
        assert_eq!(got.len(), RelType::ALL.len());
        let (_, got) = replacements(None, "MATCH (p) WHERE p.na");
        assert_eq!(got, vec!["name"]);
        let (_, got) = replacements(None, "MATCH (p {ro");
        assert_eq!(got, vec!["role: "]);
        let (_, got) = replacements(None, "MATCH (b {key: $br");
        assert_eq!(got, vec!["branch"]);
    }

    #[test]
    fn keywords_functions_and_variables() {
        let (_, got) = replacements(None, "MATCH (person:Person) RET");
        assert_eq!(got, vec!["RETURN"]);
        let (_, got) = replacements(None, "match (n) ret");
        assert_eq!(got, vec!["return"]);
        let (_, got) = replacements(None, "MATCH (person:Person) RETURN to");
        assert!(got.contains(&"toLower(".to_string()) && got.contains(&"toString(".to_string()), "{got:?}");
        let (_, got) = replacements(None, "MATCH (person:Person)-[held:HOLDS]->(o) RETURN pe");
        assert_eq!(got, vec!["person"]);
        let (_, got) = replacements(None, "MATCH (person:Person)-[held:HOLDS]->(o) RETURN he");
        assert_eq!(got, vec!["head(", "held"]);
        let (_, got) = replacements(None, "MATCH (n) ORD");
        assert_eq!(got, vec!["ORDER BY"]);
        // Nothing inside comments.
        let (_, got) = replacements(None, "MATCH (n) // RET");
        assert!(got.is_empty());
    }

    #[test]
    fn meta_commands_and_their_arguments() {
        let (start, got) = replacements(None, ":he");
        assert_eq!((start, got), (0, vec![":help ".to_string()]));
        let (_, got) = replacements(None, ":s");
        assert_eq!(got, vec![":schema", ":stats", ":set "]);
        let (_, got) = replacements(None, ":help ma");
        assert_eq!(got, vec!["match"]);
        let (_, got) = replacements(None, ":format m");
        assert_eq!(got, vec!["markdown"]);
        let (_, got) = replacements(None, ":export gr");
        assert_eq!(got, vec!["graphml"]);
        let (_, got) = replacements(None, ":explain MATCH (p:Pers");
        assert_eq!(got, vec!["Person"]);
        let (_, got) = replacements(None, ":export dot out.dot MATCH (p:Pers");
        assert_eq!(got, vec!["Person"]);
        // A leading colon while a statement continues is a label, not a command.
        let properties = props();
        let vocab = Vocabulary { db: None, properties: &properties, params: vec![] };
        let (_, got) = complete(":Pers", 5, true, &vocab);
        assert_eq!(got.into_iter().map(|c| c.replacement).collect::<Vec<_>>(), vec!["Person"]);
    }

    #[test]
    fn file_paths_after_ingest_and_export() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("articles")).unwrap();
        std::fs::write(dir.path().join("article-one.txt"), "x").unwrap();
        let base = dir.path().display().to_string();
        let (_, got) = replacements(None, &format!(":ingest {base}/art"));
        assert!(got.iter().any(|g| g.ends_with("articles/")), "{got:?}");
        assert!(got.iter().any(|g| g.ends_with("article-one.txt")), "{got:?}");
        let (_, got) = replacements(None, &format!(":export dot {base}/arti"));
        assert!(got.iter().any(|g| g.ends_with("article-one.txt")), "{got:?}");
        let (_, got) = replacements(None, &format!(":read {base}/articles"));
        assert!(got.iter().any(|g| g.ends_with("articles/")), "{got:?}");
    }

    #[test]
    fn odd_input_never_panics() {
        let db = test_db();
        for line in [
            "\"", "'", ":", ": ", ":export", ":export dot", "MATCH (\"Қ", "Қуат\u{301}", "$", "[:", "{", "`",
            ":ingest\u{3000}x", ":help\u{a0}ма", ":export\u{3000}dot\u{3000}f\u{3000}MATCH (p:P", "RETURN \"Қуат\u{3000}Бай",
            ":set\u{2003}v", "MATCH (p) WHERE p.\u{3000}", ":explain\u{3000}MATCH (p:Pe",
        ] {
            for pos in 0..=line.len() {
                let properties = props();
                let vocab = Vocabulary { db: Some(&db), properties: &properties, params: vec![] };
                let _ = complete(line, pos, false, &vocab);
            }
        }
    }
}
