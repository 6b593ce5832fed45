//! The meta-commands (`:help`, `:schema`, `:ingest`, ...): one table,
//! [`COMMANDS`], gives each its name, arguments, summary, help text and the
//! function that runs it, so `:help`, completion and the nearest-command
//! suggestion all read the same list. [`TOPICS`] holds `:help <topic>` for
//! each clause and feature of the query language.

use super::session::{describe_duration, report_error, Control, Outcome, Session};
use crate::export::{self, ExportOptions, Selection};
use crate::query::format::Format;
use crate::{Db, Error};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a meta-command's runner gets: the session, its argument text
/// (trimmed), and where to print results and problems.
type Runner = fn(&mut Session, &str, &mut dyn Write, &mut dyn Write) -> Outcome;

/// A meta-command.
pub struct Command {
    /// Its name without the colon.
    pub name: &'static str,
    /// Other names it answers to.
    pub aliases: &'static [&'static str],
    /// Its arguments, as shown in help (`PATH...`).
    pub args: &'static str,
    /// One line for the `:help` list.
    pub summary: &'static str,
    /// The rest of its `:help <name>`, with examples.
    pub help: &'static str,
    /// What the argument completes to: file paths, format names, ...
    pub completes: ArgKind,
    run: Runner,
}

/// What a meta-command's arguments are, for completion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// No arguments.
    None,
    /// File paths.
    Paths,
    /// A help topic or command.
    Topic,
    /// An output format.
    Format,
    /// `on` or `off`.
    OnOff,
    /// An editor setting.
    Setting,
    /// An export format, a file, then a query.
    Export,
    /// A query.
    Query,
    /// Free text (a name, a number).
    Text,
}

/// Every meta-command, in the order `:help` lists them.
pub const COMMANDS: &[Command] = &[
    Command {
        name: "help",
        aliases: &["h", "?"],
        args: "[TOPIC]",
        summary: "this list, or help on a command or a part of the query language",
        help: "`:help` lists the commands and topics; `:help <topic>` explains one.\n\
               Examples:\n  :help match\n  :help ~\n  :help export",
        completes: ArgKind::Topic,
        run: help,
    },
    Command {
        name: "schema",
        aliases: &[],
        args: "",
        summary: "labels, relationship types and property names, with counts",
        help: "Lists each node label with its count and the properties its nodes have,\n\
               each relationship type with its count, properties and the labels it joins.\n\
               It reads every node and relationship, so it takes a moment on a large graph.",
        completes: ArgKind::None,
        run: schema,
    },
    Command {
        name: "stats",
        aliases: &[],
        args: "",
        summary: "counts by label and relationship type, and the size on disk",
        help: "The same table as `shezhire stats`.",
        completes: ArgKind::None,
        run: stats,
    },
    Command {
        name: "prewarm",
        aliases: &[],
        args: "[MIB]",
        summary: "hold the graph's records, indexes and adjacency in memory (default 512 MiB)",
        help: "Reads the pages of node records, the value index, labels, adjacency and\n\
               relationship records into memory, whole kinds in that order, as far as they\n\
               fit in MIB mebibytes, and keeps them current while the database is open.\n\
               Point queries on a large graph then read nothing from disk.\n\
               Example:\n  :prewarm 256",
        completes: ArgKind::Text,
        run: prewarm,
    },
    Command {
        name: "ingest",
        aliases: &[],
        args: "PATH...",
        summary: "read articles: files, or directories of *.txt files",
        help: "Extracts the facts of each article and stores them; an article already\n\
               stored is left as it is. A progress bar shows on a terminal; Ctrl-C stops\n\
               after the article being read.\n\
               Example:\n  :ingest examples/articles",
        completes: ArgKind::Paths,
        run: ingest,
    },
    Command {
        name: "facts",
        aliases: &[],
        args: "ARTICLE",
        summary: "the facts of one article (an id, a file stem or the file)",
        help: "Prints what was read from one article, in the facts format.\n\
               Example:\n  :facts 01_batys-oblast-conference",
        completes: ArgKind::Paths,
        run: facts,
    },
    Command {
        name: "explain",
        aliases: &[],
        args: "QUERY",
        summary: "the plan of a query, without running it",
        help: "Shows which index anchors each pattern, the order relationships are\n\
               followed in, and estimated rows. `EXPLAIN <query>` as a statement prints\n\
               the same as a table.\n\
               Example:\n  :explain MATCH (p:Person) WHERE p.name ~ \"Сәтбаев\" RETURN p",
        completes: ArgKind::Query,
        run: explain,
    },
    Command {
        name: "param",
        aliases: &[],
        args: "NAME VALUE",
        summary: "set a parameter for $NAME in queries",
        help: "The value is read as JSON when it is JSON (3, true, \"x\", [1, 2]), else\n\
               as text. `:param NAME` alone shows it.\n\
               Examples:\n  :param branch AMANAT/district/Бөрлі\n  :param min 3\n  \
               MATCH (b:Branch {key: $branch}) RETURN b;",
        completes: ArgKind::Text,
        run: param,
    },
    Command {
        name: "params",
        aliases: &[],
        args: "[clear]",
        summary: "list the parameters (or forget them all)",
        help: "`:params` lists the parameters set with `:param`; `:params clear` forgets them.",
        completes: ArgKind::Text,
        run: params,
    },
    Command {
        name: "export",
        aliases: &[],
        args: "dot|json|jsonl|graphml FILE QUERY",
        summary: "write the nodes, relationships and paths a query returns to a file",
        help: "Runs the query (with the parameters) and writes every node, relationship\n\
               and path in its rows as Graphviz DOT, JSON, JSON Lines or GraphML. `csv`\n\
               writes a directory of files for neo4j-admin.\n\
               Example:\n  :export dot borli.dot MATCH p = (:Branch {key: \"AMANAT/district/Бөрлі\"})-[*1..2]-() RETURN p",
        completes: ArgKind::Export,
        run: export_cmd,
    },
    Command {
        name: "open",
        aliases: &[],
        args: "PATH",
        summary: "work on another database (created if it does not exist)",
        help: "Opens the database directory PATH; the one open until now is closed.\n\
               Example:\n  :open other.db",
        completes: ArgKind::Paths,
        run: open,
    },
    Command {
        name: "read",
        aliases: &["source"],
        args: "FILE",
        summary: "run the statements and commands of a file",
        help: "Runs a script: statements end with `;` (or a blank line), lines starting\n\
               with `:` are commands. A script stops at its first error unless the shell\n\
               was started with --keep-going.\n\
               Example:\n  :read queries.cypher",
        completes: ArgKind::Paths,
        run: read,
    },
    Command {
        name: "format",
        aliases: &[],
        args: "[table|json|jsonl|csv|tsv|markdown|plain]",
        summary: "how results are printed",
        help: "`table` (the default) wraps long values to the terminal; `plain` is aligned\n\
               columns without lines; `markdown` pastes into documents; `json`, `jsonl`,\n\
               `csv` and `tsv` are for programs.\n\
               Example:\n  :format markdown",
        completes: ArgKind::Format,
        run: format_cmd,
    },
    Command {
        name: "limit",
        aliases: &[],
        args: "[N|off]",
        summary: "show at most N rows of a result (0 or off: all)",
        help: "Rows past the limit are not read, so a huge result costs only what is shown.\n\
               Example:\n  :limit 50",
        completes: ArgKind::Text,
        run: limit,
    },
    Command {
        name: "timing",
        aliases: &[],
        args: "[on|off]",
        summary: "show how long each query took",
        help: "Under each result: the row count and, with timing on, the elapsed time.",
        completes: ArgKind::OnOff,
        run: timing,
    },
    Command {
        name: "timeout",
        aliases: &[],
        args: "[SECONDS|off]",
        summary: "give up on queries that run longer",
        help: "Example:\n  :timeout 5",
        completes: ArgKind::Text,
        run: timeout,
    },
    Command {
        name: "set",
        aliases: &[],
        args: "[vi|emacs]",
        summary: "editing keys (Vi or Emacs); alone, every setting",
        help: "`:set vi` edits with Vi keys (Esc for normal mode), `:set emacs` with Emacs\n\
               keys (the default). Ctrl-R searches the history in both.",
        completes: ArgKind::Setting,
        run: set,
    },
    Command {
        name: "clear",
        aliases: &["cls"],
        args: "",
        summary: "clear the screen",
        help: "Clears the terminal. Ctrl-C forgets a statement being typed.",
        completes: ArgKind::None,
        run: clear,
    },
    Command {
        name: "quit",
        aliases: &["exit", "q"],
        args: "",
        summary: "leave the shell (or Ctrl-D on an empty line)",
        help: "Leaves the shell. The history is kept for the next time.",
        completes: ArgKind::None,
        run: quit,
    },
];

/// A `:help` topic about the query language.
pub struct Topic {
    /// Its name, as typed after `:help`.
    pub name: &'static str,
    /// Other names it answers to.
    pub aliases: &'static [&'static str],
    /// One line for the `:help` list.
    pub summary: &'static str,
    /// The explanation with an example.
    pub text: &'static str,
}

/// The query language's clauses and features, for `:help <topic>`.
pub const TOPICS: &[Topic] = &[
    Topic {
        name: "match",
        aliases: &["patterns", "pattern"],
        summary: "find patterns of nodes and relationships",
        text: "MATCH (a:Label {prop: value})-[r:TYPE]->(b) names nodes and relationships.\n\
               Directions: -->, <--, -- (either way); several types: [:HOLDS|ELECTED_TO].\n\
               Labels: Article Person Party Branch Organization Office Event Place.\n\
               Example:\n  MATCH (p:Person)-[h:HOLDS]->(o:Office)-[:OF]->(b:Branch)\n  RETURN p.name, o.role, b.key;",
    },
    Topic {
        name: "optional",
        aliases: &["optional match"],
        summary: "keep rows when a pattern does not match (nulls)",
        text: "OPTIONAL MATCH keeps the row with nulls when nothing matches.\n\
               Example:\n  MATCH (p:Person) OPTIONAL MATCH (p)-[:AUTHORED]->(a:Article)\n  RETURN p.name, a.source;",
    },
    Topic {
        name: "where",
        aliases: &["conditions"],
        summary: "filter rows: comparisons, AND/OR/NOT, IN, STARTS WITH, =~, ~",
        text: "WHERE has = <> < <= > >=, AND OR XOR NOT, IN [...], IS [NOT] NULL,\n\
               STARTS WITH, ENDS WITH, CONTAINS, =~ (a whole-string regex) and ~.\n\
               Example:\n  MATCH (o:Organization) WHERE o.key =~ \"maslikhat/.*\" RETURN o.name;",
    },
    Topic {
        name: "~",
        aliases: &["name", "namematch", "name-match", "tilde"],
        summary: "the Kazakh-aware name match",
        text: "p.name ~ \"...\" matches a person's name or aliases regardless of case,\n\
               case endings (Сәтбаевтың), an initial (Е.Сәтбаев) and Latin spelling\n\
               (Satbaev). It is answered from an index.\n\
               Example:\n  MATCH (p:Person) WHERE p.name ~ \"Satbaev\" RETURN p.name, p.aliases;",
    },
    Topic {
        name: "return",
        aliases: &["as", "distinct"],
        summary: "what each row holds: expressions with AS, DISTINCT",
        text: "RETURN expr AS alias, ... ends a query; DISTINCT drops repeated rows.\n\
               Example:\n  MATCH (b:Branch) RETURN DISTINCT b.level AS level;",
    },
    Topic {
        name: "with",
        aliases: &[],
        summary: "chain parts of a query; filter on aggregates",
        text: "WITH projects like RETURN and the query goes on; WHERE after it filters.\n\
               Example:\n  MATCH (p:Person)-[:PARTICIPATED]->(e:Event)\n  WITH p, count(DISTINCT e) AS events WHERE events >= 3\n  RETURN p.name, events ORDER BY events DESC;",
    },
    Topic {
        name: "order",
        aliases: &["order by", "sort", "asc", "desc"],
        summary: "sort rows: ORDER BY expr ASC|DESC",
        text: "Example:\n  MATCH (p:Person) RETURN p.name ORDER BY p.name DESC;",
    },
    Topic {
        name: "skip",
        aliases: &["limit", "skip/limit", "paging"],
        summary: "page through rows: SKIP n LIMIT m",
        text: "Example:\n  MATCH (p:Person) RETURN p.name ORDER BY p.name SKIP 10 LIMIT 10;\n\
               (`:limit N` only limits what the shell shows.)",
    },
    Topic {
        name: "aggregation",
        aliases: &["count", "collect", "aggregates"],
        summary: "count, collect, min, max, sum, avg",
        text: "Aggregates group by the other columns, as in Cypher.\n\
               Example:\n  MATCH (b:Branch)<-[:OF]-(e:Event)\n  RETURN b.key, count(*) AS events, collect(e.kind) AS kinds ORDER BY events DESC;",
    },
    Topic {
        name: "paths",
        aliases: &["path", "variable-length", "quantifiers"],
        summary: "variable-length patterns and path variables",
        text: "-[:PART_OF*1..3]-> or the GQL quantifier -[:PART_OF]->{1,3} follows 1 to 3\n\
               hops; p = (...) binds the path; length(p), nodes(p), relationships(p).\n\
               Example:\n  MATCH p = (b:Branch)-[:PART_OF*1..3]->(:Branch {key: \"AMANAT/oblast/Батыс Қазақстан\"})\n  RETURN b.key, length(p);",
    },
    Topic {
        name: "shortest",
        aliases: &["shortestpath", "shortest path"],
        summary: "shortest paths: shortestPath, ANY/ALL SHORTEST, SHORTEST k",
        text: "Example:\n  MATCH p = ANY SHORTEST (a:Person {name: \"Ерлан Сәтбаев\"})-[*]-(b:Person {name: \"Арман Қуанышев\"})\n  RETURN length(p), p;",
    },
    Topic {
        name: "functions",
        aliases: &["function"],
        summary: "length, nodes, labels, type, id, toLower, size, coalesce, ...",
        text: "length nodes relationships labels type id toLower toUpper size coalesce keys\n\
               properties startNode endNode head last toString toInteger toFloat abs trim;\n\
               arithmetic + - * / %; list indexing xs[0]; list and map literals.\n\
               Example:\n  MATCH (p:Person) RETURN toUpper(p.name), size(p.aliases) LIMIT 3;",
    },
    Topic {
        name: "parameters",
        aliases: &["$", "parameter"],
        summary: "$name in queries, set with :param",
        text: "Example:\n  :param who Сәтбаев\n  MATCH (p:Person) WHERE p.name ~ $who RETURN p;",
    },
    Topic {
        name: "explain",
        aliases: &[],
        summary: "the plan of a query",
        text: "EXPLAIN <query> prints which index anchors each pattern instead of rows.\n\
               Example:\n  EXPLAIN MATCH (p:Person {name: \"Ерлан Сәтбаев\"})-[:HOLDS]->(o) RETURN o;",
    },
    Topic {
        name: "keys",
        aliases: &["shortcuts", "keyboard", "editing"],
        summary: "Tab, Ctrl-R, Ctrl-C, Ctrl-D and multi-line input",
        text: "Tab completes keywords, labels, types, properties, names from the database\n\
               (Latin `satb` offers Сәтбаев) and file paths; Ctrl-R searches the history;\n\
               → accepts the grey hint. A statement ends with `;` or a blank line.\n\
               Ctrl-C cancels the running query or the input; Ctrl-D on an empty line quits.",
    },
];

/// The meta-command called `name` (without the colon; aliases count).
pub fn find_command(name: &str) -> Option<&'static Command> {
    let name = name.to_lowercase();
    COMMANDS.iter().find(|c| c.name == name || c.aliases.contains(&name.as_str()))
}

/// The help topic called `name`.
fn find_topic(name: &str) -> Option<&'static Topic> {
    let name = name.trim().to_lowercase();
    TOPICS.iter().find(|t| t.name == name || t.aliases.contains(&name.as_str()))
}

/// Runs a meta-command line (`:name args`).
pub(crate) fn run(session: &mut Session, line: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let body = line.trim().trim_start_matches(':');
    let body = body.strip_suffix(';').unwrap_or(body);
    let (name, args) = match body.find(char::is_whitespace) {
        Some(at) => (&body[..at], body[at..].trim()),
        None => (body, ""),
    };
    match find_command(name) {
        Some(command) => (command.run)(session, args, out, err),
        None => {
            let palette = session.palette();
            let names = COMMANDS.iter().flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied()));
            let mut message = format!("unknown command `:{name}`");
            if let Some(near) = crate::query::error::suggest(name, names).and_then(find_command) {
                message.push_str(&format!("; did you mean `:{}`?", near.name));
            } else {
                message.push_str("; `:help` lists the commands");
            }
            let _ = writeln!(err, "{}", palette.error(&message));
            Outcome::failed(2)
        }
    }
}

/// Prints a usage problem and fails with 2.
fn usage(session: &Session, err: &mut dyn Write, message: &str) -> Outcome {
    let _ = writeln!(err, "{}", session.palette().error(message));
    Outcome::failed(2)
}

fn help(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let palette = session.palette();
    let topic = args.trim().trim_start_matches(':');
    if topic.is_empty() {
        let mut text = String::new();
        text.push_str(&palette.bold("Statements"));
        text.push_str(" end with `;` (or a blank line). For example:\n");
        text.push_str("  MATCH (p:Person)-[:HOLDS]->(o:Office {role: \"chairman\"})-[:OF]->(b:Branch)\n");
        text.push_str("  RETURN p.name, b.key;\n");
        text.push_str("  MATCH (p:Person) WHERE p.name ~ \"Satbaev\" RETURN p;\n\n");
        text.push_str(&palette.bold("Commands\n"));
        let width = COMMANDS.iter().map(|c| c.name.len() + c.args.len() + 2).max().unwrap_or(0);
        for c in COMMANDS {
            let head = format!(":{} {}", c.name, c.args);
            text.push_str(&format!("  {head:width$}  {}\n", c.summary, width = width));
        }
        text.push_str(&format!("\n{} (`:help <topic>`)\n", palette.bold("Topics")));
        let width = TOPICS.iter().map(|t| t.name.len()).max().unwrap_or(0);
        for t in TOPICS {
            text.push_str(&format!("  {:width$}  {}\n", t.name, t.summary, width = width));
        }
        let _ = write!(out, "{text}");
        return Outcome::OK;
    }
    if let Some(c) = find_command(topic) {
        let _ = writeln!(out, "{}  {}\n{}", palette.bold(format!(":{} {}", c.name, c.args).trim_end()), c.summary, c.help);
        return Outcome::OK;
    }
    if let Some(t) = find_topic(topic) {
        let _ = writeln!(out, "{}  {}\n{}", palette.bold(&t.name.to_uppercase()), t.summary, t.text);
        return Outcome::OK;
    }
    let names = COMMANDS.iter().map(|c| c.name).chain(TOPICS.iter().map(|t| t.name));
    let mut message = format!("no help on `{topic}`");
    if let Some(near) = crate::query::error::suggest(topic, names) {
        message.push_str(&format!("; did you mean `{near}`?"));
    }
    usage(session, err, &message)
}

fn schema(session: &mut Session, _: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    match super::schema::describe(&session.db) {
        Ok(text) => {
            let _ = write!(out, "{text}");
            Outcome::OK
        }
        Err(e) => report_error(&e, session.palette(), err, 1),
    }
}

fn stats(session: &mut Session, _: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    match super::schema::stats_table(&session.db) {
        Ok(text) => {
            let _ = writeln!(out, "{text}");
            Outcome::OK
        }
        Err(e) => report_error(&e, session.palette(), err, 1),
    }
}

fn prewarm(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let mib = match args.trim() {
        "" => 512,
        n => match n.parse::<u64>() {
            Ok(n) => n,
            Err(_) => return usage(session, err, &format!("`:prewarm` takes a size in MiB, not `{n}`")),
        },
    };
    let started = std::time::Instant::now();
    match session.db.prewarm(mib.saturating_mul(1 << 20)) {
        Ok(held) => {
            let size = if held < 1 << 20 {
                format!("{:.1} KiB", held as f64 / 1024.0)
            } else {
                format!("{:.1} MiB", held as f64 / f64::from(1 << 20))
            };
            let _ = writeln!(out, "{size} of the graph held in memory ({} ms)", started.elapsed().as_millis());
            Outcome::OK
        }
        Err(e) => report_error(&e, session.palette(), err, 1),
    }
}

/// Splits arguments at spaces; "double quotes" keep spaces in one argument.
pub(crate) fn split_args(args: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut any = false;
    for c in args.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                any = true;
            }
            c if c.is_whitespace() && !quoted => {
                if any {
                    out.push(std::mem::take(&mut current));
                    any = false;
                }
            }
            c => {
                current.push(c);
                any = true;
            }
        }
    }
    if any {
        out.push(current);
    }
    out
}

fn ingest(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let paths: Vec<PathBuf> = split_args(args).into_iter().map(PathBuf::from).collect();
    if paths.is_empty() {
        return usage(session, err, "`:ingest` needs one or more files or directories");
    }
    if paths.iter().any(|p| p.as_os_str() == "-") {
        return usage(session, err, "`:ingest -` would read the terminal: give files or directories");
    }
    let palette = session.palette();
    let progress_from = if session.settings.interactive { 2 } else { usize::MAX };
    let cancel = session.cancel.clone();
    let mut problems = Vec::new();
    let result = crate::cli::ingest::ingest_paths(&session.db, &paths, progress_from, Some(&cancel), &mut |line| {
        problems.push(line.to_string())
    });
    for line in &problems {
        let _ = writeln!(err, "{}", palette.error(line));
    }
    match result {
        Ok(summary) => {
            let _ = writeln!(out, "{}", summary.describe(session.settings.timing));
            if summary.failures.is_empty() && !summary.interrupted {
                Outcome::OK
            } else {
                Outcome::failed(1)
            }
        }
        Err(e) => report_error(&e, palette, err, 1),
    }
}

fn facts(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let article = args.trim().trim_matches('"');
    if article.is_empty() {
        return usage(session, err, "`:facts` needs an article: an id, a file stem or the article's file");
    }
    let result = crate::cli::article_name(&session.db, article).and_then(|name| session.db.facts(&name));
    match result {
        Ok(facts) => {
            let _ = write!(out, "{}", facts.to_facts_text());
            Outcome::OK
        }
        Err(e) => report_error(&e, session.palette(), err, 1),
    }
}

fn explain(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let query = args.trim();
    if query.is_empty() {
        return usage(session, err, "`:explain` needs a query");
    }
    // With the parameters' values when they are all set; else without values.
    let plan = session.db.explain_with(query, &session.params).or_else(|_| session.db.explain(query));
    match plan {
        Ok(plan) => {
            let _ = writeln!(out, "{}", plan.trim_end());
            Outcome::OK
        }
        Err(e) => report_error(&e, session.palette(), err, 2),
    }
}

fn param(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let args = args.trim();
    // `name value`, `name=value`, `name => value`, `$name value`.
    let split = args.find(|c: char| c.is_whitespace() || c == '=').map(|at| (&args[..at], &args[at..]));
    let (name, value) = match split {
        Some((name, rest)) => {
            let rest = rest.trim_start();
            let rest = rest.strip_prefix("=>").or_else(|| rest.strip_prefix('=')).unwrap_or(rest);
            (name, Some(rest.trim()))
        }
        None => (args, None),
    };
    let name = name.trim_start_matches('$');
    let plain = name.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !plain {
        return usage(session, err, "`:param` takes a name and a value: `:param branch AMANAT/district/Бөрлі`");
    }
    match value {
        Some(value) if !value.is_empty() => {
            let value = crate::query::param_value(value);
            let _ = writeln!(out, "${name} = {value}");
            session.params.insert(name.to_string(), value);
            Outcome::OK
        }
        _ => match session.params.get(name) {
            Some(value) => {
                let _ = writeln!(out, "${name} = {value}");
                Outcome::OK
            }
            None => usage(session, err, &format!("no parameter `${name}`; set it with `:param {name} VALUE`")),
        },
    }
}

fn params(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    match args.trim() {
        "" => {
            if session.params.is_empty() {
                let _ = writeln!(out, "no parameters (set one with `:param NAME VALUE`)");
            }
            for (name, value) in &session.params {
                let _ = writeln!(out, "${name} = {value}");
            }
            Outcome::OK
        }
        "clear" => {
            session.params.clear();
            Outcome::OK
        }
        other => usage(session, err, &format!("`:params` takes nothing or `clear`, not `{other}`")),
    }
}

fn export_cmd(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let args = args.trim();
    let (format_name, rest) = args.split_once(char::is_whitespace).unwrap_or((args, ""));
    let Some(format) = export::Format::parse(format_name) else {
        return usage(session, err, "`:export` takes a format (dot, json, jsonl, graphml, csv), a file and a query");
    };
    let rest = rest.trim_start();
    let (file, query) = if let Some(quoted) = rest.strip_prefix('"') {
        match quoted.split_once('"') {
            Some((file, query)) => (file, query),
            None => (quoted, ""),
        }
    } else {
        rest.split_once(char::is_whitespace).unwrap_or((rest, ""))
    };
    let query = query.trim();
    if file.is_empty() || query.is_empty() {
        return usage(session, err, "`:export` needs a file and a query: `:export dot out.dot MATCH (n) RETURN n`");
    }
    let palette = session.palette();
    let rows = match session.db.query(query, &session.params).and_then(|r| r.collect_rows()) {
        Ok(rows) => rows,
        Err(e) => return report_error(&e, palette, err, 2),
    };
    match export::write(&session.db, &Selection::FromValues(rows), format, &ExportOptions::default(), Path::new(file)) {
        Ok(report) => {
            let _ = writeln!(
                out,
                "wrote {} node{} and {} relationship{} to {file}",
                report.nodes,
                if report.nodes == 1 { "" } else { "s" },
                report.relationships,
                if report.relationships == 1 { "" } else { "s" }
            );
            for note in report.notes {
                let _ = writeln!(err, "{}", palette.note(&format!("note: {note}")));
            }
            Outcome::OK
        }
        Err(e) => report_error(&e, palette, err, 1),
    }
}

fn open(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let path = args.trim().trim_matches('"');
    if path.is_empty() {
        return usage(session, err, "`:open` needs a database directory");
    }
    let path = PathBuf::from(path);
    let same = |a: &Path, b: &Path| a == b || a.canonicalize().ok().zip(b.canonicalize().ok()).is_some_and(|(a, b)| a == b);
    if same(&path, session.db.path()) {
        let _ = writeln!(out, "{} is already open", path.display());
        return Outcome::OK;
    }
    match Db::open(&path) {
        Ok(db) => {
            let stats = db.stats();
            session.set_db(db);
            match stats {
                Ok(stats) => {
                    let _ = writeln!(
                        out,
                        "opened {}: {} nodes, {} relationships",
                        path.display(),
                        stats.node_total(),
                        stats.relationship_total()
                    );
                }
                Err(_) => {
                    let _ = writeln!(out, "opened {}", path.display());
                }
            }
            Outcome::OK
        }
        Err(e) => report_error(&e, session.palette(), err, 1),
    }
}

/// How deep `:read` may nest (a file that reads itself stops here).
const MAX_READ_DEPTH: usize = 16;

fn read(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let file = args.trim().trim_matches('"');
    if file.is_empty() {
        return usage(session, err, "`:read` needs a file");
    }
    if session.read_depth >= MAX_READ_DEPTH {
        return usage(session, err, &format!("`:read {file}`: files read each other more than {MAX_READ_DEPTH} deep"));
    }
    let text = match std::fs::read(file) {
        Ok(bytes) => match crate::db::decode_text(&bytes, u64::MAX) {
            Ok(text) => text.to_string(),
            Err(problem) => {
                let e = Error::BadInput { source_name: file.to_string(), problem };
                return report_error(&e, session.palette(), err, 1);
            }
        },
        Err(e) => return report_error(&Error::io(file, e), session.palette(), err, 1),
    };
    session.read_depth += 1;
    let outcome = session.run_script(&text, out, err);
    session.read_depth -= 1;
    outcome
}

fn format_cmd(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let name = args.trim();
    if name.is_empty() {
        let _ = writeln!(out, "format {} (one of {})", session.settings.format, Format::NAMES.join(", "));
        return Outcome::OK;
    }
    match Format::parse(name) {
        Some(format) => {
            session.settings.format = format;
            Outcome::OK
        }
        None => usage(session, err, &format!("unknown format `{name}`; the formats are {}", Format::NAMES.join(", "))),
    }
}

fn limit(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    match args.trim() {
        "" => {
            let shown = session.settings.max_rows.map_or("off".to_string(), |n| n.to_string());
            let _ = writeln!(out, "limit {shown}");
            Outcome::OK
        }
        "off" | "0" | "none" => {
            session.settings.max_rows = None;
            Outcome::OK
        }
        n => match n.parse::<u64>() {
            Ok(n) => {
                session.settings.max_rows = Some(n);
                Outcome::OK
            }
            Err(_) => usage(session, err, &format!("`:limit` takes a number of rows or `off`, not `{n}`")),
        },
    }
}

/// `on`/`off` (and the usual synonyms).
fn on_off(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "on" | "true" | "yes" | "1" => Some(true),
        "off" | "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

fn timing(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    if args.trim().is_empty() {
        let _ = writeln!(out, "timing {}", if session.settings.timing { "on" } else { "off" });
        return Outcome::OK;
    }
    match on_off(args) {
        Some(on) => {
            session.settings.timing = on;
            Outcome::OK
        }
        None => usage(session, err, "`:timing` takes `on` or `off`"),
    }
}

fn timeout(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let text = args.trim();
    if text.is_empty() {
        let shown = session.settings.timeout.map_or("off".to_string(), describe_duration);
        let _ = writeln!(out, "timeout {shown}");
        return Outcome::OK;
    }
    if on_off(text) == Some(false) {
        session.settings.timeout = None;
        return Outcome::OK;
    }
    match text.trim_end_matches('s').trim().parse::<f64>() {
        Ok(secs) if secs.is_finite() && secs > 0.0 => {
            session.settings.timeout = Some(Duration::from_secs_f64(secs.min(1e9)));
            Outcome::OK
        }
        _ => usage(session, err, &format!("`:timeout` takes a positive number of seconds or `off`, not `{text}`")),
    }
}

fn set(session: &mut Session, args: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let words = split_args(args);
    match words.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => {
            let s = &session.settings;
            let _ = writeln!(out, "editing  {}", if s.vi { "vi" } else { "emacs" });
            let _ = writeln!(out, "format   {}", s.format);
            let _ = writeln!(out, "limit    {}", s.max_rows.map_or("off".to_string(), |n| n.to_string()));
            let _ = writeln!(out, "timing   {}", if s.timing { "on" } else { "off" });
            let _ = writeln!(out, "timeout  {}", s.timeout.map_or("off".to_string(), describe_duration));
            let _ = writeln!(out, "colour   {}", if s.color { "on" } else { "off" });
            let _ = writeln!(out, "database {}", session.db.path().display());
            Outcome::OK
        }
        ["vi"] => {
            session.settings.vi = true;
            Outcome::OK
        }
        ["emacs"] => {
            session.settings.vi = false;
            Outcome::OK
        }
        ["format", name] => format_cmd(session, name, out, err),
        ["limit", n] => limit(session, n, out, err),
        ["timing", v] => timing(session, v, out, err),
        ["timeout", v] => timeout(session, v, out, err),
        ["color" | "colour", v] => match on_off(v) {
            Some(on) => {
                session.settings.color = on;
                Outcome::OK
            }
            None => usage(session, err, "`:set color` takes `on` or `off`"),
        },
        _ => usage(session, err, "`:set` takes vi, emacs, or format/limit/timing/timeout/color with a value"),
    }
}

fn clear(session: &mut Session, _: &str, out: &mut dyn Write, _: &mut dyn Write) -> Outcome {
    if session.settings.interactive {
        let _ = write!(out, "\x1b[2J\x1b[H");
    }
    Outcome::OK
}

fn quit(_: &mut Session, _: &str, _: &mut dyn Write, _: &mut dyn Write) -> Outcome {
    Outcome { control: Control::Quit, status: 0 }
}

/// Runs the demo's example queries, echoing each before its result.
pub(crate) fn run_examples(session: &mut Session, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
    let palette = session.palette();
    let mut first_failure = Outcome::OK;
    for (title, query) in DEMO_QUERIES {
        let _ = writeln!(out, "{}", palette.bold(&format!("// {title}")));
        for line in query.lines() {
            let _ = writeln!(out, "{}", super::highlight::highlight(line, None, palette));
        }
        let started = Instant::now();
        let outcome = session.run_statement(query, out, err);
        let _ = started;
        let _ = writeln!(out);
        if outcome.is_failure() && !first_failure.is_failure() {
            first_failure = outcome;
        }
    }
    first_failure
}

/// The demo's example queries: `(what it shows, the query)`.
pub(crate) const DEMO_QUERIES: &[(&str, &str)] = &[
    (
        "The chairman of a branch",
        "MATCH (b:Branch {key: \"AMANAT/district/Бөрлі\"})<-[:OF]-(o:Office {role: \"chairman\"})<-[h:HOLDS]-(p:Person)\n\
         RETURN p.name AS chairman, h.status AS status;",
    ),
    (
        "The offices one person held",
        "MATCH (p:Person {name: \"Ерлан Сәтбаев\"})-[h:HOLDS]->(o:Office)-[:OF]->(org)\n\
         RETURN o.role AS role, org.key AS org, h.status AS status ORDER BY status, org;",
    ),
    (
        "The branch tree under an oblast",
        "MATCH (b:Branch)-[:PART_OF*1..3]->(:Branch {key: \"AMANAT/oblast/Батыс Қазақстан\"})\n\
         RETURN b.key AS branch, b.level AS level ORDER BY branch;",
    ),
    (
        "A surname in Latin letters: ~ finds the person by name or alias",
        "MATCH (p:Person) WHERE p.name ~ \"Satbaev\"\n\
         RETURN p.name, p.aliases;",
    ),
];

#[cfg(test)]
mod tests {
    use super::super::session::tests::{run, session};
    use super::*;

    #[test]
    fn help_lists_every_command_and_topic() {
        let mut s = session();
        let (out, _, outcome) = run(&mut s, ":help");
        assert_eq!(outcome, Outcome::OK);
        for c in COMMANDS {
            assert!(out.contains(&format!(":{} ", c.name)), "{} missing from\n{out}", c.name);
        }
        for t in TOPICS {
            assert!(out.contains(&format!("  {}", t.name)), "{} missing from\n{out}", t.name);
        }
    }

    #[test]
    fn help_on_each_command_and_topic() {
        let mut s = session();
        for c in COMMANDS {
            let (out, err, outcome) = run(&mut s, &format!(":help {}", c.name));
            assert_eq!(outcome, Outcome::OK, "{err}");
            assert!(out.starts_with(&format!(":{}", c.name)), "{out}");
        }
        for t in TOPICS {
            let (out, err, outcome) = run(&mut s, &format!(":help {}", t.name));
            assert_eq!(outcome, Outcome::OK, "{err}");
            assert!(out.contains(t.summary), "{out}");
        }
        let (out, _, _) = run(&mut s, ":help ORDER BY");
        assert!(out.starts_with("ORDER"), "{out}");
        let (_, err, outcome) = run(&mut s, ":help mtach");
        assert_eq!(outcome, Outcome::failed(2));
        assert!(err.contains("did you mean `match`?"), "{err}");
    }

    #[test]
    fn an_unknown_command_suggests_the_nearest() {
        let mut s = session();
        let (_, err, outcome) = run(&mut s, ":shema");
        assert_eq!(outcome, Outcome::failed(2));
        assert_eq!(err, "unknown command `:shema`; did you mean `:schema`?\n");
        let (_, err, _) = run(&mut s, ":paramz x 1");
        assert!(err.contains("did you mean `:params`?") || err.contains("did you mean `:param`?"), "{err}");
        let (_, err, _) = run(&mut s, ":zzzzzz");
        assert!(err.contains("`:help` lists the commands"), "{err}");
    }

    #[test]
    fn parameters_are_set_listed_and_used() {
        let mut s = session();
        let (out, _, _) = run(&mut s, ":param branch AMANAT/district/Бөрлі");
        assert_eq!(out, "$branch = \"AMANAT/district/Бөрлі\"\n");
        let (out, _, _) = run(&mut s, ":param n=3");
        assert_eq!(out, "$n = 3\n");
        let (out, _, _) = run(&mut s, ":param $list => [1, \"a\"]");
        assert_eq!(out, "$list = [1, \"a\"]\n");
        let (out, _, _) = run(&mut s, ":params");
        assert_eq!(out, "$branch = \"AMANAT/district/Бөрлі\"\n$list = [1, \"a\"]\n$n = 3\n");
        let (out, err, _) = run(&mut s, "MATCH (b:Branch {key: $branch}) RETURN b.level AS level, $n AS n");
        assert!(out.contains("│ district ┆ 3 │"), "{out}{err}");
        run(&mut s, ":params clear");
        let (out, _, _) = run(&mut s, ":params");
        assert!(out.starts_with("no parameters"), "{out}");
        let (_, err, outcome) = run(&mut s, ":param 1x 2");
        assert_eq!(outcome, Outcome::failed(2));
        assert!(err.contains("takes a name and a value"), "{err}");
    }

    #[test]
    fn settings_change_and_show() {
        let mut s = session();
        for (line, check) in [
            (":format csv", "format   csv"),
            (":limit 5", "limit    5"),
            (":timing on", "timing   on"),
            (":timeout 2.5", "timeout  2.50 s"),
            (":set vi", "editing  vi"),
        ] {
            let (_, err, outcome) = run(&mut s, line);
            assert_eq!(outcome, Outcome::OK, "{line}: {err}");
            let (out, _, _) = run(&mut s, ":set");
            assert!(out.contains(check), "{line}: {out}");
        }
        let (_, err, outcome) = run(&mut s, ":format xml");
        assert_eq!(outcome, Outcome::failed(2));
        assert!(err.contains("markdown, plain"), "{err}");
        assert_eq!(run(&mut s, ":limit lots").2, Outcome::failed(2));
        assert_eq!(run(&mut s, ":timing maybe").2, Outcome::failed(2));
        assert_eq!(run(&mut s, ":quit").2.control, Control::Quit);
        assert_eq!(run(&mut s, ":exit").2.control, Control::Quit);
    }

    #[test]
    fn explain_facts_schema_stats() {
        let mut s = session();
        let (out, err, outcome) = run(&mut s, ":explain MATCH (p:Person) WHERE p.name ~ $who RETURN p");
        assert_eq!(outcome, Outcome::OK, "{err}");
        assert!(out.contains("anchor p: index ~name"), "{out}");
        let (_, err, outcome) = run(&mut s, ":explain MATCH (p:Persn) RETURN p");
        assert_eq!(outcome, Outcome::failed(2));
        assert!(err.contains("^^^^^"), "{err}");
        let (out, err, outcome) = run(&mut s, ":facts a");
        assert_eq!(outcome, Outcome::OK, "{err}");
        assert!(out.contains("holds\tҚуат Байғоджаев\tchairman\tAMANAT/district/Бөрлі\tcurrent"), "{out}");
        let (_, err, outcome) = run(&mut s, ":facts nothing-like-it");
        assert_eq!(outcome, Outcome::failed(1));
        assert!(err.contains("nothing-like-it"), "{err}");
        let (out, _, _) = run(&mut s, ":schema");
        assert!(out.contains("(:Person)-[:HOLDS]->(:Office)"), "{out}");
        assert!(out.contains("aliases"), "{out}");
        let (out, _, _) = run(&mut s, ":stats");
        assert!(out.contains("(:Person)"), "{out}");
        let (out, err, outcome) = run(&mut s, ":prewarm");
        assert_eq!(outcome, Outcome::OK, "{err}");
        assert!(out.contains("iB of the graph held in memory") && !out.starts_with("0.0 "), "{out}");
        let (_, err, outcome) = run(&mut s, ":prewarm lots");
        assert_eq!(outcome, Outcome::failed(2));
        assert!(err.contains("not `lots`"), "{err}");
    }

    #[test]
    fn export_read_open_ingest() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = session();
        let file = dir.path().join("out.json");
        let (out, err, outcome) =
            run(&mut s, &format!(":export json {} MATCH (p:Person)-[h:HOLDS]->(o) RETURN p, h, o", file.display()));
        assert_eq!(outcome, Outcome::OK, "{err}");
        assert!(out.starts_with("wrote 4 nodes and 2 relationships to "), "{out}");
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(json["nodes"].as_array().unwrap().len(), 4);
        let (_, err, outcome) = run(&mut s, ":export xml out.x RETURN 1");
        assert_eq!(outcome, Outcome::failed(2), "{err}");
        let (_, _, outcome) = run(&mut s, ":export dot out.dot");
        assert_eq!(outcome, Outcome::failed(2));

        let script = dir.path().join("script.cypher");
        std::fs::write(&script, ":param who Сәтбаев\nMATCH (p:Person) WHERE p.name ~ $who\nRETURN p.name;\n:params\n").unwrap();
        let (out, err, outcome) = run(&mut s, &format!(":read {}", script.display()));
        assert_eq!(outcome, Outcome::OK, "{err}");
        assert!(out.contains("Ерлан Сәтбаев") && out.contains("$who = \"Сәтбаев\""), "{out}");
        // A file that reads itself stops, it does not overflow the stack.
        let looped = dir.path().join("loop.cypher");
        std::fs::write(&looped, format!(":read {}\n", dir.path().join("loop.cypher").display())).unwrap();
        let (_, err, outcome) = run(&mut s, &format!(":read {}", looped.display()));
        assert_eq!(outcome, Outcome::failed(2));
        assert!(err.contains("more than 16 deep"), "{err}");

        let other = dir.path().join("other.db");
        let (out, err, outcome) = run(&mut s, &format!(":open {}", other.display()));
        assert_eq!(outcome, Outcome::OK, "{err}");
        assert!(out.contains("0 nodes"), "{out}");
        let articles = dir.path().join("articles");
        std::fs::create_dir(&articles).unwrap();
        std::fs::write(articles.join("x.txt"), "Бөрлі аудандық филиалында жиын өтті\n\nПартия филиалының кезекті конференциясы өтті.\n").unwrap();
        std::fs::write(articles.join("empty.txt"), "").unwrap();
        let (out, err, outcome) = run(&mut s, &format!(":ingest {}", articles.display()));
        assert_eq!(outcome, Outcome::failed(1));
        assert!(out.starts_with("2 inputs: 1 new, 0 unchanged, 1 failed;"), "{out}");
        assert!(err.contains("empty.txt"), "{err}");
        let (out, _, _) = run(&mut s, "MATCH (a:Article) RETURN count(*) AS n");
        assert!(out.contains("│ 1 │"), "{out}");
        assert_eq!(run(&mut s, ":ingest").2, Outcome::failed(2));
    }

    #[test]
    fn arguments_split_with_quotes() {
        assert_eq!(split_args(r#"a "b c"  d"#), vec!["a", "b c", "d"]);
        assert_eq!(split_args("  "), Vec::<String>::new());
    }
}
