//! CSV for `neo4j-admin database import full`: one file per label
//! (`Person.csv`: `:ID,:LABEL,name,aliases:string[]`) and one per
//! relationship type (`HOLDS.csv`: `:START_ID,:END_ID,:TYPE,status,...`),
//! typed headers as neo4j-admin reads them, and a `README.md` with the
//! command that loads the directory. Property columns are found by a first
//! pass over the source, so a whole-graph export streams twice instead of
//! holding the graph.
//!
//! Node ids go in `:ID` without a property name: an article's own `id`
//! property (its hash prefix) keeps its name, and Neo4j makes its own ids.
//! Provenance goes in three parallel array columns, `provenance_article`
//! (article ids, as in `Article.id`), `provenance_start` and `provenance_end`
//! (byte spans).

use super::{ExportReport, Source};
use crate::error::{Error, Result};
use crate::model::{Label, PropValue, RelType};
use crate::store::Store;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Array delimiters to choose from: the first that no array element holds.
/// neo4j-admin cannot escape its array delimiter inside an element.
const ARRAY_DELIMITERS: &[char] = &[';', '|', '¦', '¤'];

/// A neo4j-admin column type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ColumnType {
    String,
    Long,
    Boolean,
    StringArray,
}

impl ColumnType {
    fn of(value: &PropValue) -> ColumnType {
        match value {
            PropValue::Str(_) => ColumnType::String,
            PropValue::Int(_) => ColumnType::Long,
            PropValue::Bool(_) => ColumnType::Boolean,
            PropValue::List(_) => ColumnType::StringArray,
        }
    }

    /// The type that holds both: mixed types become strings, except that a
    /// string among lists joins the list as a one-element array.
    fn join(self, other: ColumnType) -> ColumnType {
        match (self, other) {
            (a, b) if a == b => a,
            (ColumnType::StringArray, ColumnType::String) | (ColumnType::String, ColumnType::StringArray) => {
                ColumnType::StringArray
            }
            _ => ColumnType::String,
        }
    }

    /// The header suffix (`name:long`); strings need none.
    fn suffix(self) -> &'static str {
        match self {
            ColumnType::String => "",
            ColumnType::Long => ":long",
            ColumnType::Boolean => ":boolean",
            ColumnType::StringArray => ":string[]",
        }
    }
}

/// One CSV field, quoted when it must be (a delimiter, quote, line break,
/// edge space) or when it is empty (an unquoted empty field is "no value").
fn field(text: &str) -> String {
    let needs = text.is_empty()
        || text.contains([',', '"', '\n', '\r'])
        || text.starts_with(char::is_whitespace)
        || text.ends_with(char::is_whitespace);
    if needs {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A property value in a column of type `column`.
fn value_field(value: &PropValue, column: ColumnType, delimiter: char) -> String {
    match (value, column) {
        // An empty list has no element to write: neo4j-admin reads an empty
        // field as "no property".
        (PropValue::List(items), _) if items.is_empty() => String::new(),
        (PropValue::List(items), ColumnType::StringArray) => field(&items.join(&delimiter.to_string())),
        (PropValue::List(items), _) => field(&items.join(", ")),
        (PropValue::Str(s), _) => field(s),
        (PropValue::Int(i), ColumnType::Long) => i.to_string(),
        (PropValue::Int(i), _) => field(&i.to_string()),
        (PropValue::Bool(b), ColumnType::Boolean) => b.to_string(),
        (PropValue::Bool(b), _) => field(&b.to_string()),
    }
}

fn header_name(prop: &str, column: ColumnType) -> String {
    field(&format!("{prop}{}", column.suffix()))
}

/// Column names of the fixed provenance columns of relationship files.
const PROVENANCE_COLUMNS: &[&str] = &["provenance_article", "provenance_start", "provenance_end"];

/// What pass 1 finds.
#[derive(Default)]
struct Layout {
    node_columns: BTreeMap<Label, BTreeMap<String, ColumnType>>,
    edge_columns: BTreeMap<RelType, BTreeMap<String, ColumnType>>,
    array_elements: BTreeSet<char>,
    multiline: bool,
}

impl Layout {
    fn note_value(&mut self, value: &PropValue) {
        let mut note_text = |s: &str| {
            if s.contains(['\n', '\r']) {
                self.multiline = true;
            }
        };
        match value {
            PropValue::Str(s) => note_text(s),
            PropValue::List(items) => {
                for item in items {
                    note_text(item);
                    for d in ARRAY_DELIMITERS {
                        if item.contains(*d) {
                            self.array_elements.insert(*d);
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

fn io_at(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::io(path, e)
}

/// Writes the CSV files and README into `dir` (created if needed).
pub(crate) fn write_dir(store: &Store, source: &Source<'_>, dir: &Path) -> Result<ExportReport> {
    std::fs::create_dir_all(dir).map_err(io_at(dir))?;
    let mut layout = Layout::default();
    source.each_node(&mut |node| {
        let columns = layout.node_columns.entry(node.label).or_default();
        for (name, value) in &node.props {
            let t = ColumnType::of(value);
            let c = columns.entry(name.clone()).or_insert(t);
            *c = c.join(t);
        }
        for value in node.props.values() {
            layout.note_value(value);
        }
        Ok(())
    })?;
    source.each_edge(&mut |edge| {
        let columns = layout.edge_columns.entry(edge.rel).or_default();
        for (name, value) in &edge.props {
            if PROVENANCE_COLUMNS.contains(&name.as_str()) {
                continue;
            }
            let t = ColumnType::of(value);
            let c = columns.entry(name.clone()).or_insert(t);
            *c = c.join(t);
        }
        for value in edge.props.values() {
            layout.note_value(value);
        }
        Ok(())
    })?;
    let Some(delimiter) = ARRAY_DELIMITERS.iter().copied().find(|d| !layout.array_elements.contains(d)) else {
        return Err(Error::Unsupported(format!(
            "list properties hold every array delimiter neo4j-admin could use ({}); CSV export cannot write them",
            ARRAY_DELIMITERS.iter().map(char::to_string).collect::<Vec<_>>().join(" ")
        )));
    };

    // Pass 2: the files, all open at once (at most one per label and type).
    let mut report = ExportReport::default();
    let mut node_files: HashMap<Label, (PathBuf, std::io::BufWriter<std::fs::File>)> = HashMap::new();
    for (label, columns) in &layout.node_columns {
        let path = dir.join(format!("{label}.csv"));
        let mut w = std::io::BufWriter::new(std::fs::File::create(&path).map_err(io_at(&path))?);
        let mut header = vec![":ID".to_string(), ":LABEL".to_string()];
        header.extend(columns.iter().map(|(name, t)| header_name(name, *t)));
        writeln!(w, "{}", header.join(",")).map_err(io_at(&path))?;
        node_files.insert(*label, (path, w));
    }
    let mut edge_files: HashMap<RelType, (PathBuf, std::io::BufWriter<std::fs::File>)> = HashMap::new();
    for (rel, columns) in &layout.edge_columns {
        let path = dir.join(format!("{rel}.csv"));
        let mut w = std::io::BufWriter::new(std::fs::File::create(&path).map_err(io_at(&path))?);
        let mut header = vec![":START_ID".to_string(), ":END_ID".to_string(), ":TYPE".to_string()];
        header.extend(columns.iter().map(|(name, t)| header_name(name, *t)));
        header.extend([
            "provenance_article:string[]".to_string(),
            "provenance_start:long[]".to_string(),
            "provenance_end:long[]".to_string(),
        ]);
        writeln!(w, "{}", header.join(",")).map_err(io_at(&path))?;
        edge_files.insert(*rel, (path, w));
    }
    source.each_node(&mut |node| {
        let Some((path, w)) = node_files.get_mut(&node.label) else { return Ok(()) };
        let mut row = vec![node.id.0.to_string(), node.label.as_str().to_string()];
        for (name, column) in &layout.node_columns[&node.label] {
            row.push(node.props.get(name).map(|v| value_field(v, *column, delimiter)).unwrap_or_default());
        }
        writeln!(w, "{}", row.join(",")).map_err(io_at(path))?;
        report.nodes += 1;
        Ok(())
    })?;
    let mut article_ids: HashMap<u64, String> = HashMap::new();
    source.each_edge(&mut |edge| {
        let Some((path, w)) = edge_files.get_mut(&edge.rel) else { return Ok(()) };
        let mut row = vec![edge.from.0.to_string(), edge.to.0.to_string(), edge.rel.as_str().to_string()];
        for (name, column) in &layout.edge_columns[&edge.rel] {
            row.push(edge.props.get(name).map(|v| value_field(v, *column, delimiter)).unwrap_or_default());
        }
        let mut articles = Vec::new();
        for p in &edge.provenance {
            let id = match article_ids.entry(p.article.0) {
                std::collections::hash_map::Entry::Occupied(known) => known.get().clone(),
                std::collections::hash_map::Entry::Vacant(slot) => {
                    let id = store.node(p.article)?.and_then(|n| n.str_prop("id").map(str::to_string));
                    slot.insert(id.unwrap_or_default()).clone()
                }
            };
            articles.push(id);
        }
        let join = |items: Vec<String>| if items.is_empty() { String::new() } else { field(&items.join(&delimiter.to_string())) };
        row.push(join(articles));
        row.push(join(edge.provenance.iter().map(|p| p.span.start.to_string()).collect()));
        row.push(join(edge.provenance.iter().map(|p| p.span.end.to_string()).collect()));
        writeln!(w, "{}", row.join(",")).map_err(io_at(path))?;
        report.relationships += 1;
        Ok(())
    })?;
    for (path, mut w) in node_files.into_values().chain(edge_files.into_values()) {
        w.flush().map_err(io_at(&path))?;
        report.files.push(path);
    }
    report.files.sort();

    let nodes: Vec<String> = layout.node_columns.keys().map(|l| format!("{l}.csv")).collect();
    let rels: Vec<String> = layout.edge_columns.keys().map(|r| format!("{r}.csv")).collect();
    let readme_path = dir.join("README.md");
    std::fs::write(&readme_path, readme(&nodes, &rels, delimiter, layout.multiline)).map_err(io_at(&readme_path))?;
    report.files.push(readme_path);
    report.notes.push(format!(
        "load into Neo4j (stop the database first):\n{}",
        command(dir, &nodes, &rels, delimiter, layout.multiline)
    ));
    Ok(report)
}

/// The `neo4j-admin` command line that loads `dir` into the database `neo4j`.
pub(crate) fn command(dir: &Path, nodes: &[String], rels: &[String], delimiter: char, multiline: bool) -> String {
    let quote = |p: PathBuf| {
        let s = p.display().to_string();
        if s.contains(|c: char| c.is_whitespace() || "'\"$`\\;&|<>()*?!#".contains(c)) {
            format!("'{}'", s.replace('\'', "'\\''"))
        } else {
            s
        }
    };
    let mut lines = vec!["neo4j-admin database import full".to_string()];
    lines.extend(nodes.iter().map(|f| format!("  --nodes={}", quote(dir.join(f)))));
    lines.extend(rels.iter().map(|f| format!("  --relationships={}", quote(dir.join(f)))));
    lines.push(format!("  --array-delimiter='{delimiter}'"));
    if multiline {
        lines.push("  --multiline-fields=true".to_string());
    }
    lines.push("  --overwrite-destination=true".to_string());
    lines.push("  neo4j".to_string());
    lines.join(" \\\n")
}

fn readme(nodes: &[String], rels: &[String], delimiter: char, multiline: bool) -> String {
    format!(
        "# A shezhire graph for Neo4j\n\n\
         Written by `shezhire export csv`: one file per node label and per relationship type, \
         in the layout `neo4j-admin database import` reads (`:ID`, `:LABEL`, `:START_ID`, \
         `:END_ID`, `:TYPE`, typed property columns, arrays split on `{delimiter}`).\n\n\
         Stop the Neo4j database, then from this directory run (Neo4j 5):\n\n\
         ```sh\n{}\n```\n\n\
         `--overwrite-destination=true` replaces the database `neo4j`; give another name \
         (and `CREATE DATABASE` it afterwards) to keep it. Empty lists are not stored \
         (neo4j-admin reads an empty field as no value). Provenance is in \
         `provenance_article` (article ids, as `Article.id`), `provenance_start` and \
         `provenance_end` (byte spans of the sentence in the article text).\n",
        command(Path::new("."), nodes, rels, delimiter, multiline).replace("./", "")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed_and_quotes_doubled() {
        assert_eq!(field("Қуат"), "Қуат");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field(""), "\"\"");
        assert_eq!(field(" x"), "\" x\"");
    }

    #[test]
    fn lists_join_on_the_delimiter_and_empty_lists_are_no_value() {
        let list = PropValue::List(vec!["Қаныбек Құлжабайұлы".into(), "Қ.Айтжанов".into()]);
        assert_eq!(value_field(&list, ColumnType::StringArray, ';'), "Қаныбек Құлжабайұлы;Қ.Айтжанов");
        assert_eq!(value_field(&PropValue::List(vec![]), ColumnType::StringArray, ';'), "");
        assert_eq!(value_field(&PropValue::Int(26), ColumnType::Long, ';'), "26");
        assert_eq!(value_field(&PropValue::Int(26), ColumnType::String, ';'), "26");
    }

    #[test]
    fn the_command_names_every_file_and_quotes_paths_with_spaces() {
        let cmd = command(Path::new("my out"), &["Person.csv".into()], &["HOLDS.csv".into()], ';', false);
        assert!(cmd.starts_with("neo4j-admin database import full \\\n"), "{cmd}");
        assert!(cmd.contains("--nodes='my out/Person.csv'"), "{cmd}");
        assert!(cmd.contains("--relationships='my out/HOLDS.csv'"), "{cmd}");
        assert!(cmd.ends_with("neo4j"), "{cmd}");
    }
}
