//! JSON and JSON Lines: writing nodes and relationships with all their
//! properties, provenance, and for articles their text and facts; and
//! reading either back into an empty database through the store's bulk
//! writer, streaming, so that the input may be larger than memory.
//!
//! One object per node or relationship, the same in both formats
//! (docs/EXPORT.md has the full description):
//!
//! ```text
//! {"type":"node","id":3,"label":"Person","properties":{"name":"Қуат Байғоджаев","aliases":[]}}
//! {"type":"relationship","id":7,"label":"HOLDS","start":3,"end":9,"properties":{"status":"current"},
//!  "provenance":[{"article":1,"article_id":"2fdd7c0e5e4d043a","span":[120,340]}]}
//! ```
//!
//! The JSON document is `{"format":"shezhire-graph","version":1,"nodes":[...],"relationships":[...]}`,
//! one object a line inside the arrays.

use super::{ExportReport, Source};
use crate::db::Db;
use crate::error::{Error, InputProblem, Result};
use crate::extract::{ArticleFacts, Fact, SourcedFact};
use crate::model::{Edge, EdgeId, Label, Node, NodeId, PropValue, Props, Provenance, RelType, Span};
use crate::store::bulk::{BulkError, BulkWriter, Prepared};
use crate::store::{ArticleRecord, Store};
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Serialize, Serializer};
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, Read, Write};
use std::path::Path;

/// The `format` field of a JSON document.
pub(crate) const FORMAT_NAME: &str = "shezhire-graph";
/// The `version` field of a JSON document.
pub(crate) const FORMAT_VERSION: u64 = 1;

/// Properties as a JSON object: strings, integers, booleans, lists of strings.
struct JsonProps<'a>(&'a Props);

impl Serialize for JsonProps<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            match value {
                PropValue::Str(v) => map.serialize_entry(name, v)?,
                PropValue::Int(v) => map.serialize_entry(name, v)?,
                PropValue::Bool(v) => map.serialize_entry(name, v)?,
                PropValue::List(v) => map.serialize_entry(name, v)?,
            }
        }
        map.end()
    }
}

/// An article's facts: one object per fact, the fact as its facts-format line.
struct JsonFacts<'a>(&'a [SourcedFact]);

impl Serialize for JsonFacts<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for f in self.0 {
            seq.serialize_element(&FactOut { fact: f.fact.to_string(), span: [f.span.start, f.span.end] })?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct FactOut {
    fact: String,
    span: [u32; 2],
}

/// A node record of the JSON and JSON Lines exports. Generic over how its
/// properties and facts are held, so that `shezhire gen` writes the same
/// records without building model nodes.
#[derive(Serialize)]
pub(crate) struct NodeOut<'a, P, F> {
    #[serde(rename = "type")]
    pub(crate) kind: &'static str,
    pub(crate) id: u64,
    pub(crate) label: &'static str,
    pub(crate) properties: P,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) facts: Option<F>,
}

#[derive(Serialize)]
pub(crate) struct ProvenanceOut<'a> {
    pub(crate) article: u64,
    pub(crate) article_id: &'a str,
    pub(crate) span: [u32; 2],
}

/// A relationship record of the JSON and JSON Lines exports.
#[derive(Serialize)]
pub(crate) struct EdgeOut<'a, P> {
    #[serde(rename = "type")]
    pub(crate) kind: &'static str,
    pub(crate) id: u64,
    pub(crate) label: &'static str,
    pub(crate) start: u64,
    pub(crate) end: u64,
    pub(crate) properties: P,
    pub(crate) provenance: Vec<ProvenanceOut<'a>>,
}

/// Writes one node object (with an article's text and facts).
fn write_node(store: &Store, node: &Node, out: &mut dyn Write) -> Result<()> {
    let record = if node.label == Label::Article { store.article_record(node.id)? } else { None };
    let value = NodeOut {
        kind: "node",
        id: node.id.0,
        label: node.label.as_str(),
        properties: JsonProps(&node.props),
        text: record.as_ref().map(|r| r.text.as_str()),
        facts: record.as_ref().map(|r| JsonFacts(&r.facts.facts)),
    };
    serde_json::to_writer(&mut *out, &value).map_err(json_write_error)
}

/// The article ids (hex) of article nodes, read once each.
struct ArticleIds<'s> {
    store: &'s Store,
    ids: HashMap<NodeId, String>,
}

impl ArticleIds<'_> {
    fn get(&mut self, node: NodeId) -> Result<&str> {
        if !self.ids.contains_key(&node) {
            let id = self.store.node(node)?.and_then(|n| n.str_prop("id").map(str::to_string)).unwrap_or_default();
            self.ids.insert(node, id);
        }
        Ok(self.ids.get(&node).map(String::as_str).unwrap_or_default())
    }
}

fn write_edge(ids: &mut ArticleIds<'_>, edge: &Edge, out: &mut dyn Write) -> Result<()> {
    for p in &edge.provenance {
        ids.get(p.article)?;
    }
    let provenance = edge
        .provenance
        .iter()
        .map(|p| ProvenanceOut {
            article: p.article.0,
            article_id: ids.ids.get(&p.article).map(String::as_str).unwrap_or_default(),
            span: [p.span.start, p.span.end],
        })
        .collect();
    let value = EdgeOut {
        kind: "relationship",
        id: edge.id.0,
        label: edge.rel.as_str(),
        start: edge.from.0,
        end: edge.to.0,
        properties: JsonProps(&edge.props),
        provenance,
    };
    serde_json::to_writer(&mut *out, &value).map_err(json_write_error)
}

fn json_write_error(e: serde_json::Error) -> Error {
    Error::io("<output>", e.into())
}

fn io(e: std::io::Error) -> Error {
    Error::io("<output>", e)
}

/// Writes the JSON document.
pub(crate) fn write_json(store: &Store, source: &Source<'_>, out: &mut dyn Write) -> Result<ExportReport> {
    let mut report = ExportReport::default();
    write!(out, "{{\"format\":\"{FORMAT_NAME}\",\"version\":{FORMAT_VERSION},\n\"nodes\":[").map_err(io)?;
    source.each_node(&mut |node| {
        out.write_all(if report.nodes == 0 { b"\n" } else { b",\n" }).map_err(io)?;
        write_node(store, node, out)?;
        report.nodes += 1;
        Ok(())
    })?;
    write!(out, "\n],\n\"relationships\":[").map_err(io)?;
    let mut ids = ArticleIds { store, ids: HashMap::new() };
    source.each_edge(&mut |edge| {
        out.write_all(if report.relationships == 0 { b"\n" } else { b",\n" }).map_err(io)?;
        write_edge(&mut ids, edge, out)?;
        report.relationships += 1;
        Ok(())
    })?;
    writeln!(out, "\n]}}").map_err(io)?;
    Ok(report)
}

/// Writes JSON Lines: nodes, then relationships, one object a line.
pub(crate) fn write_jsonl(store: &Store, source: &Source<'_>, out: &mut dyn Write) -> Result<ExportReport> {
    let mut report = ExportReport::default();
    source.each_node(&mut |node| {
        write_node(store, node, out)?;
        out.write_all(b"\n").map_err(io)?;
        report.nodes += 1;
        Ok(())
    })?;
    let mut ids = ArticleIds { store, ids: HashMap::new() };
    source.each_edge(&mut |edge| {
        write_edge(&mut ids, edge, out)?;
        out.write_all(b"\n").map_err(io)?;
        report.relationships += 1;
        Ok(())
    })?;
    Ok(report)
}

// ---------------------------------------------------------------- import

/// Which export an import file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    /// The JSON document of `export json`.
    Json,
    /// The JSON Lines of `export jsonl`.
    Jsonl,
}

/// What an import wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Nodes written.
    pub nodes: u64,
    /// Relationships written.
    pub relationships: u64,
    /// Articles written (with their text and facts).
    pub articles: u64,
}

/// One node or relationship object as read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordIn {
    #[serde(rename = "type")]
    kind: String,
    id: u64,
    label: String,
    #[serde(default)]
    properties: BTreeMap<String, serde_json::Value>,
    start: Option<u64>,
    end: Option<u64>,
    provenance: Option<Vec<ProvenanceIn>>,
    text: Option<String>,
    facts: Option<Vec<FactIn>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvenanceIn {
    article: u64,
    #[allow(dead_code)]
    #[serde(default)]
    article_id: Option<String>,
    span: [u32; 2],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactIn {
    fact: String,
    span: [u32; 2],
}

/// Which array a record came from (for the JSON document), or either.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    Nodes,
    Relationships,
    Any,
}

/// A property value from JSON.
fn prop_value(name: &str, value: serde_json::Value) -> std::result::Result<PropValue, String> {
    use serde_json::Value as J;
    match value {
        J::String(s) => Ok(PropValue::Str(s)),
        J::Bool(b) => Ok(PropValue::Bool(b)),
        J::Number(n) => n.as_i64().map(PropValue::Int).ok_or_else(|| {
            format!("property `{name}`: {n} is not a 64-bit integer (only integers are stored)")
        }),
        J::Array(items) => items
            .into_iter()
            .map(|v| match v {
                J::String(s) => Ok(s),
                other => Err(format!("property `{name}`: a list holds strings only, found {other}")),
            })
            .collect::<std::result::Result<Vec<_>, _>>()
            .map(PropValue::List),
        other => Err(format!(
            "property `{name}`: {other} is not a string, integer, boolean or list of strings"
        )),
    }
}

fn props(properties: BTreeMap<String, serde_json::Value>) -> std::result::Result<Props, String> {
    properties.into_iter().map(|(k, v)| prop_value(&k, v).map(|v| (k, v))).collect()
}

fn span(pair: [u32; 2], what: &str) -> std::result::Result<Span, String> {
    if pair[0] > pair[1] {
        return Err(format!("{what}: span [{}, {}] ends before it starts", pair[0], pair[1]));
    }
    Ok(Span { start: pair[0], end: pair[1] })
}

/// Hands one record to the bulk writer.
fn apply_record(writer: &mut BulkWriter<'_>, record: RecordIn, expect: Expect) -> std::result::Result<(), BulkError> {
    writer.add(prepare_record(record, expect)?)
}

/// Checks and converts one record and prepares its pairs (needs no writer:
/// runs on the parsing thread).
fn prepare_record(record: RecordIn, expect: Expect) -> std::result::Result<Prepared, BulkError> {
    let invalid = BulkError::Invalid;
    match (record.kind.as_str(), expect) {
        ("node", Expect::Nodes | Expect::Any) => {
            let label = Label::parse(&record.label)
                .ok_or_else(|| invalid(format!("node {}: unknown label `{}`", record.id, record.label)))?;
            if record.start.is_some() || record.end.is_some() || record.provenance.is_some() {
                return Err(invalid(format!("node {}: start, end and provenance belong to relationships", record.id)));
            }
            let props = props(record.properties).map_err(|m| invalid(format!("node {}: {m}", record.id)))?;
            let node = Node { id: NodeId(record.id), label, props };
            let article = match (record.text, record.facts) {
                (Some(text), facts) => {
                    let mut list = Vec::new();
                    for f in facts.unwrap_or_default() {
                        let fact = match Fact::parse_line(&f.fact) {
                            Some(Ok(fact)) => fact,
                            Some(Err(m)) => return Err(invalid(format!("node {}: fact `{}`: {m}", record.id, f.fact))),
                            None => return Err(invalid(format!("node {}: empty fact", record.id))),
                        };
                        let span = span(f.span, &format!("node {}", record.id)).map_err(invalid)?;
                        list.push(SourcedFact { fact, span });
                    }
                    let title = node.str_prop("title").unwrap_or_default().to_string();
                    Some(ArticleRecord { text, facts: ArticleFacts { title, facts: list } })
                }
                (None, Some(_)) => return Err(invalid(format!("node {}: facts without text", record.id))),
                (None, None) => None,
            };
            Prepared::node(node, article)
        }
        ("relationship", Expect::Relationships | Expect::Any) => {
            let rel = RelType::parse(&record.label)
                .ok_or_else(|| invalid(format!("relationship {}: unknown type `{}`", record.id, record.label)))?;
            let (Some(start), Some(end)) = (record.start, record.end) else {
                return Err(invalid(format!("relationship {}: needs `start` and `end`", record.id)));
            };
            if record.text.is_some() || record.facts.is_some() {
                return Err(invalid(format!("relationship {}: only article nodes have text and facts", record.id)));
            }
            let props = props(record.properties).map_err(|m| invalid(format!("relationship {}: {m}", record.id)))?;
            let mut provenance = Vec::new();
            for p in record.provenance.unwrap_or_default() {
                let span = span(p.span, &format!("relationship {}", record.id)).map_err(invalid)?;
                provenance.push(Provenance { article: NodeId(p.article), span });
            }
            Prepared::edge(Edge { id: EdgeId(record.id), rel, from: NodeId(start), to: NodeId(end), props, provenance })
        }
        ("node" | "relationship", _) => Err(invalid(format!(
            "a {} ({}) in the `{}` array",
            record.kind,
            record.id,
            if expect == Expect::Nodes { "nodes" } else { "relationships" }
        ))),
        (other, _) => Err(invalid(format!("unknown record type `{other}` (node or relationship)"))),
    }
}

/// Reads `path` (`-` is standard input) into `db`, which must be empty.
pub fn import_json(db: &Db, format: ImportFormat, path: &Path) -> Result<ImportReport> {
    let name = path.display().to_string();
    if path.as_os_str() == "-" {
        let stdin = std::io::stdin();
        return import_json_reader(db, format, stdin.lock(), "<stdin>");
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    import_json_reader(db, format, std::io::BufReader::with_capacity(1 << 20, file), &name)
}

/// Reads an export from `input` into `db`, which must be empty. `source_name`
/// names the input in errors.
pub fn import_json_reader(db: &Db, format: ImportFormat, input: impl BufRead, source_name: &str) -> Result<ImportReport> {
    let bad = |line: usize, column: usize, message: String| Error::BadInput {
        source_name: source_name.to_string(),
        problem: InputProblem::Malformed { line, column, message },
    };
    db.with_loader(|store, load| {
        let mut writer = BulkWriter::new(store)?;
        match format {
            ImportFormat::Jsonl => read_lines(&mut writer, input, &bad)?,
            ImportFormat::Json => read_document(&mut writer, input, &bad)?,
        }
        let counts = writer.finish(load)?;
        Ok(ImportReport { nodes: counts.nodes, relationships: counts.edges, articles: counts.articles })
    })
}

/// Lines per batch handed to the parsing thread.
const PARSE_BATCH_LINES: usize = 2048;

/// A batch of parsed lines: line number, and the prepared record or
/// (column, error).
type ParsedBatch = Vec<(usize, std::result::Result<Prepared, (usize, String)>)>;

/// Reads JSON Lines: this thread reads lines and writes records, a second
/// thread parses them and prepares their pairs (encoding, index entries:
/// more than half the work of an import), a few batches ahead. Records are
/// written in input order, so the first bad line is still the one reported.
fn read_lines(
    writer: &mut BulkWriter<'_>,
    mut input: impl BufRead,
    bad: &dyn Fn(usize, usize, String) -> Error,
) -> Result<()> {
    std::thread::scope(|scope| {
        let (to_parser, lines) = std::sync::mpsc::sync_channel::<Vec<(usize, String)>>(4);
        let (parsed_out, from_parser) = std::sync::mpsc::sync_channel::<ParsedBatch>(4);
        scope.spawn(move || {
            for batch in lines {
                let parsed: ParsedBatch = batch
                    .into_iter()
                    .map(|(n, line)| {
                        let prepared = serde_json::from_str::<RecordIn>(&line)
                            .map_err(|e| (e.column(), e.to_string()))
                            .and_then(|record| match prepare_record(record, Expect::Any) {
                                Ok(p) => Ok(p),
                                Err(BulkError::Invalid(m)) => Err((0, m)),
                                Err(BulkError::Store(e)) => Err((0, e.to_string())),
                            });
                        (n, prepared)
                    })
                    .collect();
                if parsed_out.send(parsed).is_err() {
                    return;
                }
            }
        });
        let stopped = || Error::Unsupported("the JSON parsing thread stopped".into());
        let (mut number, mut in_flight) = (0usize, 0usize);
        // A read error ends reading; it is reported after the lines before it.
        let mut read_error: Option<Error> = None;
        let mut eof = false;
        loop {
            while !eof && in_flight < 3 {
                let mut batch = Vec::with_capacity(PARSE_BATCH_LINES);
                while batch.len() < PARSE_BATCH_LINES {
                    let mut line = String::new();
                    number += 1;
                    match input.read_line(&mut line) {
                        Ok(0) => {
                            eof = true;
                            break;
                        }
                        Ok(_) if line.trim().is_empty() => {}
                        Ok(_) => batch.push((number, line)),
                        Err(e) => {
                            read_error = Some(match e.kind() {
                                std::io::ErrorKind::InvalidData => bad(number, 0, "not UTF-8 text".into()),
                                _ => Error::io("<input>", e),
                            });
                            eof = true;
                            break;
                        }
                    }
                }
                if !batch.is_empty() {
                    to_parser.send(batch).map_err(|_| stopped())?;
                    in_flight += 1;
                }
            }
            if in_flight == 0 {
                return read_error.map_or(Ok(()), Err);
            }
            let parsed = from_parser.recv().map_err(|_| stopped())?;
            in_flight -= 1;
            for (number, prepared) in parsed {
                let prepared = prepared.map_err(|(column, message)| bad(number, column, message))?;
                match writer.add(prepared) {
                    Ok(()) => {}
                    Err(BulkError::Invalid(m)) => return Err(bad(number, 0, m)),
                    Err(BulkError::Store(e)) => return Err(e),
                }
            }
        }
    })
}

/// Streams the JSON document: each element of `nodes` and `relationships`
/// goes to the writer as soon as it is parsed.
fn read_document(
    writer: &mut BulkWriter<'_>,
    input: impl Read,
    bad: &dyn Fn(usize, usize, String) -> Error,
) -> Result<()> {
    let mut store_error: Option<Error> = None;
    let mut de = serde_json::Deserializer::from_reader(input);
    let result = DocumentSeed { writer, store_error: &mut store_error }.deserialize(&mut de).and_then(|()| de.end());
    if let Some(e) = store_error {
        return Err(e);
    }
    result.map_err(|e| bad(e.line(), e.column(), strip_position(&e)))
}

/// serde_json's message without its trailing " at line L column C" (the
/// error carries the position in its own fields).
fn strip_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) if e.line() > 0 => text[..at].to_string(),
        _ => text,
    }
}

struct DocumentSeed<'w, 's> {
    writer: &'w mut BulkWriter<'s>,
    store_error: &'w mut Option<Error>,
}

impl<'de> DeserializeSeed<'de> for DocumentSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for DocumentSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a shezhire JSON export: {\"format\", \"version\", \"nodes\", \"relationships\"}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let mut seen_format = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => {
                    let value: String = map.next_value()?;
                    if value != FORMAT_NAME {
                        return Err(de::Error::custom(format!("format is `{value}`, expected `{FORMAT_NAME}`")));
                    }
                    seen_format = true;
                }
                "version" => {
                    let value: u64 = map.next_value()?;
                    if value != FORMAT_VERSION {
                        return Err(de::Error::custom(format!(
                            "export format version {value}; this build reads version {FORMAT_VERSION}"
                        )));
                    }
                }
                "nodes" | "relationships" => {
                    let expect = if key == "nodes" { Expect::Nodes } else { Expect::Relationships };
                    map.next_value_seed(ArraySeed { writer: &mut *self.writer, store_error: &mut *self.store_error, expect })?;
                }
                other => return Err(de::Error::custom(format!("unknown field `{other}`"))),
            }
        }
        if !seen_format {
            return Err(de::Error::custom(format!("no `format` field: not a {FORMAT_NAME} document")));
        }
        Ok(())
    }
}

struct ArraySeed<'w, 's> {
    writer: &'w mut BulkWriter<'s>,
    store_error: &'w mut Option<Error>,
    expect: Expect,
}

impl<'de> DeserializeSeed<'de> for ArraySeed<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ArraySeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an array of node or relationship objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        while let Some(record) = seq.next_element::<RecordIn>()? {
            match apply_record(self.writer, record, self.expect) {
                Ok(()) => {}
                Err(BulkError::Invalid(m)) => return Err(de::Error::custom(m)),
                Err(BulkError::Store(e)) => {
                    *self.store_error = Some(e);
                    return Err(de::Error::custom("the database failed"));
                }
            }
        }
        Ok(())
    }
}
