//! Export: a chosen subgraph (or the whole graph) to Graphviz DOT, JSON,
//! JSON Lines, GraphML and Neo4j import CSV, and the JSON export read back
//! into a database. The command line, the shell and embedding programs all
//! go through [`write`] (or [`write_to`]); [`Db::subgraph`](crate::Db::subgraph)
//! gives the selection itself as a petgraph graph.
//!
//! Whole-graph exports to the interchange formats stream from the store
//! (node records, then relationship records, in id order), so their memory
//! does not grow with the graph; every other selection is built in memory
//! as a [`Subgraph`] first.

mod collect;
mod dot;
mod graphml;
pub(crate) mod json;
mod neo4j;
mod subgraph;

pub use dot::{render, DotOptions, RenderFormat};
pub use json::{import_json, import_json_reader, ImportFormat, ImportReport};
pub use subgraph::{Selection, Subgraph, Truncation};

use crate::db::Db;
use crate::error::{Error, Result};
use crate::model::{Edge, Label, Node, NodeId, RelType};
use crate::query::Value;
use crate::store::{bulk, Store};
use std::collections::HashSet;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Graphviz DOT (optionally rendered to SVG, PNG or PDF).
    Dot,
    /// One JSON document `{"nodes": [...], "relationships": [...]}`.
    Json,
    /// JSON Lines: one node or relationship object a line.
    Jsonl,
    /// GraphML (Gephi, yEd, Cytoscape).
    GraphMl,
    /// A directory of CSV files for `neo4j-admin database import full`.
    Csv,
}

impl Format {
    /// Every format.
    pub const ALL: &'static [Format] = &[Format::Dot, Format::Json, Format::Jsonl, Format::GraphMl, Format::Csv];

    /// The name the command line uses.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Dot => "dot",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::GraphMl => "graphml",
            Format::Csv => "csv",
        }
    }

    /// Parses the name the command line uses.
    pub fn parse(text: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.as_str().eq_ignore_ascii_case(text.trim()))
    }

    /// True for the formats that write one file (all but CSV, which writes a directory).
    pub fn is_single_file(self) -> bool {
        self != Format::Csv
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How to export, beyond the selection and the format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// DOT: nest branches in clusters by oblast.
    pub cluster: bool,
    /// DOT: draw a legend of the labels present (on by default).
    pub legend: bool,
    /// Leave out nodes with these labels (and their relationships).
    pub exclude_labels: Vec<Label>,
    /// Leave out relationships of these types (`MENTIONED_IN` makes pictures busy).
    pub exclude_rels: Vec<RelType>,
    /// DOT: also run Graphviz to draw the file in this format.
    pub render: Option<RenderFormat>,
    /// The Graphviz program to run for `render` (`dot` on the `PATH` when `None`).
    pub dot_program: Option<PathBuf>,
}

impl Default for ExportOptions {
    fn default() -> ExportOptions {
        ExportOptions {
            cluster: false,
            legend: true,
            exclude_labels: Vec::new(),
            exclude_rels: Vec::new(),
            render: None,
            dot_program: None,
        }
    }
}

/// What an export wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportReport {
    /// Nodes written.
    pub nodes: u64,
    /// Relationships written.
    pub relationships: u64,
    /// Files written (empty when writing to a stream).
    pub files: Vec<PathBuf>,
    /// Things the user should read: a `max_nodes` cut, the `neo4j-admin`
    /// command line for CSV.
    pub notes: Vec<String>,
}

/// Writes `selection` of `db` in `format` to `out`: a file (`-` is standard
/// output) for every format but CSV, a directory for CSV. With
/// `options.render`, the DOT is also drawn by Graphviz next to it
/// (`out.svg` beside `out.dot`). Nothing is written when the selection
/// fails (an unknown name, a bad query).
pub fn write(db: &Db, selection: &Selection, format: Format, options: &ExportOptions, out: &Path) -> Result<ExportReport> {
    if options.render.is_some() && format != Format::Dot {
        return Err(Error::Unsupported(format!("--render draws DOT files; it does not apply to {format}")));
    }
    let to_stdout = out.as_os_str() == "-";
    if to_stdout && format == Format::Csv {
        return Err(Error::Unsupported("csv writes one file per label and type: give -o a directory".into()));
    }
    if to_stdout && options.render.is_some() {
        return Err(Error::Unsupported("--render needs a file for -o, not standard output".into()));
    }
    let prepared = prepare(db, selection, format, options)?;
    if format == Format::Csv {
        return with_source(db, &prepared, options, |store, source| neo4j::write_dir(store, source, out));
    }
    if to_stdout {
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        return write_prepared(db, &prepared, format, options, &mut lock);
    }
    let dot_path = match (format, options.render) {
        (Format::Dot, Some(_)) => out.with_extension("dot"),
        _ => out.to_path_buf(),
    };
    if let Some(parent) = dot_path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
    }
    let file = std::fs::File::create(&dot_path).map_err(|e| Error::io(&dot_path, e))?;
    let mut writer = std::io::BufWriter::new(file);
    let mut report =
        write_prepared(db, &prepared, format, options, &mut writer).map_err(|e| relabel_io(e, &dot_path))?;
    writer.flush().map_err(|e| Error::io(&dot_path, e))?;
    report.files.push(dot_path.clone());
    if let Some(render_format) = options.render {
        let drawn = out.with_extension(render_format.as_str());
        dot::render(&dot_path, render_format, &drawn, options.dot_program.as_deref())?;
        report.files.push(drawn);
    }
    Ok(report)
}

/// Writes `selection` in a single-file `format` (not CSV) to a stream.
pub fn write_to(
    db: &Db,
    selection: &Selection,
    format: Format,
    options: &ExportOptions,
    out: &mut dyn Write,
) -> Result<ExportReport> {
    if format == Format::Csv {
        return Err(Error::Unsupported("csv writes a directory of files: use export::write".into()));
    }
    let prepared = prepare(db, selection, format, options)?;
    write_prepared(db, &prepared, format, options, out)
}

/// A selection made ready to write: the whole graph is streamed from the
/// store by the interchange formats; everything else is built first.
enum Prepared {
    Whole,
    Sub(Subgraph),
}

fn prepare(db: &Db, selection: &Selection, format: Format, options: &ExportOptions) -> Result<Prepared> {
    if *selection == Selection::Whole && format != Format::Dot {
        return Ok(Prepared::Whole);
    }
    Ok(Prepared::Sub(db.subgraph(selection)?.without(&options.exclude_labels, &options.exclude_rels)))
}

fn write_prepared(
    db: &Db,
    prepared: &Prepared,
    format: Format,
    options: &ExportOptions,
    out: &mut dyn Write,
) -> Result<ExportReport> {
    match (format, prepared) {
        (Format::Dot, Prepared::Sub(sub)) => {
            let dot_options = DotOptions { cluster: options.cluster, legend: options.legend };
            let clusters = db.read(|| dot::clusters_from_store(db.store(), sub))?;
            dot::write_dot(sub, &dot_options, &clusters, out).map_err(|e| Error::io("<output>", e))?;
            let mut report =
                ExportReport { nodes: sub.node_count() as u64, relationships: sub.edge_count() as u64, ..Default::default() };
            report.notes.extend(sub.truncation().map(|t| t.to_string()));
            Ok(report)
        }
        (Format::Json | Format::Jsonl | Format::GraphMl, _) => with_source(db, prepared, options, |store, source| match format {
            Format::Json => json::write_json(store, source, out),
            Format::Jsonl => json::write_jsonl(store, source, out),
            _ => graphml::write_graphml(source, out),
        }),
        _ => Err(Error::Unsupported(format!("{format} cannot be written to a single stream"))),
    }
}

/// Runs `f` over the prepared selection as a [`Source`], holding readers'
/// access so that no ingest lands in the middle of an export.
fn with_source(
    db: &Db,
    prepared: &Prepared,
    options: &ExportOptions,
    f: impl FnOnce(&Store, &Source<'_>) -> Result<ExportReport>,
) -> Result<ExportReport> {
    match prepared {
        Prepared::Whole => db.read(|| {
            let store = db.store();
            let mut excluded = HashSet::new();
            for label in &options.exclude_labels {
                for id in store.label_ids(*label) {
                    excluded.insert(id?);
                }
            }
            let source =
                Source::Whole { store, exclude_labels: &options.exclude_labels, exclude_rels: &options.exclude_rels, excluded };
            f(store, &source)
        }),
        Prepared::Sub(sub) => {
            let mut report = db.read(|| f(db.store(), &Source::Sub(sub)))?;
            report.notes.extend(sub.truncation().map(|t| t.to_string()));
            Ok(report)
        }
    }
}

/// An io error from a writer that only knew it as `<output>` gets the file's name.
fn relabel_io(e: Error, path: &Path) -> Error {
    match e {
        Error::Io { path: p, source } if p.as_os_str() == "<output>" => Error::io(path, source),
        other => other,
    }
}

/// What a writer reads: a built subgraph, or the store itself.
pub(crate) enum Source<'a> {
    /// An in-memory subgraph.
    Sub(&'a Subgraph),
    /// Every record of the store, read as it is written out.
    Whole {
        store: &'a Store,
        exclude_labels: &'a [Label],
        exclude_rels: &'a [RelType],
        /// The ids of the nodes left out by label (their relationships go too).
        excluded: HashSet<NodeId>,
    },
}

impl Source<'_> {
    /// Calls `f` with every node, in id order.
    pub(crate) fn each_node(&self, f: &mut dyn FnMut(&Node) -> Result<()>) -> Result<()> {
        match self {
            Source::Sub(sub) => sub.nodes().try_for_each(f),
            Source::Whole { store, exclude_labels, .. } => {
                for node in bulk::scan_nodes(store) {
                    let node = node?;
                    if !exclude_labels.contains(&node.label) {
                        f(&node)?;
                    }
                }
                Ok(())
            }
        }
    }

    /// Calls `f` with every relationship, in id order.
    pub(crate) fn each_edge(&self, f: &mut dyn FnMut(&Edge) -> Result<()>) -> Result<()> {
        match self {
            Source::Sub(sub) => sub.edges().try_for_each(f),
            Source::Whole { store, exclude_rels, excluded, .. } => {
                for edge in bulk::scan_edges(store) {
                    let edge = edge?;
                    if !exclude_rels.contains(&edge.rel) && !excluded.contains(&edge.from) && !excluded.contains(&edge.to) {
                        f(&edge)?;
                    }
                }
                Ok(())
            }
        }
    }
}

/// The rows of `query`: the one place export asks the query engine
/// (`--query` in the CLI and `Selection::Query` both come through here).
pub(crate) fn query_rows(db: &Db, query: &str) -> Result<Vec<Vec<Value>>> {
    db.query(query, &crate::Params::new())?.collect()
}
