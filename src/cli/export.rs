//! `shezhire export` and `shezhire import`: the arguments that choose a
//! subgraph and a format, turned into a call of `export::write`, and the
//! JSON import. What was written and anything cut goes to stderr.

use crate::export::{self, ExportOptions, Format, ImportFormat, RenderFormat, Selection};
use crate::model::{Label, RelType};
use crate::{Db, Error};
use clap::{Args, ValueEnum};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The default `--max-nodes` of `--around`: a picture past this is unreadable.
const DEFAULT_MAX_NODES: usize = 500;

/// An export format on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum FormatArg {
    /// Graphviz DOT.
    Dot,
    /// One JSON document.
    Json,
    /// JSON Lines.
    Jsonl,
    /// GraphML.
    Graphml,
    /// CSV files for neo4j-admin (-o is a directory).
    Csv,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Dot => Format::Dot,
            FormatArg::Json => Format::Json,
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Graphml => Format::GraphMl,
            FormatArg::Csv => Format::Csv,
        }
    }
}

/// A Graphviz output format on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum RenderArg {
    /// SVG.
    Svg,
    /// PNG.
    Png,
    /// PDF.
    Pdf,
}

impl From<RenderArg> for RenderFormat {
    fn from(f: RenderArg) -> RenderFormat {
        match f {
            RenderArg::Svg => RenderFormat::Svg,
            RenderArg::Png => RenderFormat::Png,
            RenderArg::Pdf => RenderFormat::Pdf,
        }
    }
}

/// An import format on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum ImportArg {
    /// The document of `export json`.
    Json,
    /// The lines of `export jsonl`.
    Jsonl,
}

/// The arguments of `shezhire export`.
#[derive(Args, Debug)]
pub(super) struct ExportArgs {
    /// The format.
    format: FormatArg,
    /// Export the nodes, relationships and paths a query returns.
    #[arg(long, group = "selection")]
    query: Option<String>,
    /// Export the neighbourhood of a person (Kazakh-aware name match), branch or key.
    #[arg(long, group = "selection", value_name = "NAME")]
    around: Option<String>,
    /// With --around: how many relationships away to go.
    #[arg(long, requires = "around", default_value_t = 1)]
    depth: u32,
    /// With --around: follow only these relationship types (HOLDS,OF,PART_OF,...).
    #[arg(long, requires = "around", value_delimiter = ',', value_parser = parse_rel)]
    rel: Vec<RelType>,
    /// With --around: keep only nodes with these labels (Person,Branch,...).
    #[arg(long, requires = "around", value_delimiter = ',', value_parser = parse_label)]
    label: Vec<Label>,
    /// With --around: stop at this many nodes (and say how many were left out).
    #[arg(long, requires = "around", default_value_t = DEFAULT_MAX_NODES)]
    max_nodes: usize,
    /// Export everything one article states (an id, a 6+ digit prefix, a source or a file stem).
    #[arg(long, group = "selection", value_name = "ID")]
    article: Option<String>,
    /// Export the party's branch tree with each branch's current chairmen.
    #[arg(long, group = "selection")]
    branches: bool,
    /// Leave out relationships of these types.
    #[arg(long, value_delimiter = ',', value_parser = parse_rel, value_name = "TYPES")]
    exclude_rel: Vec<RelType>,
    /// Leave out nodes with these labels.
    #[arg(long, value_delimiter = ',', value_parser = parse_label, value_name = "LABELS")]
    exclude_label: Vec<Label>,
    /// Leave out MENTIONED_IN relationships (same as --exclude-rel MENTIONED_IN).
    #[arg(long)]
    no_mentions: bool,
    /// DOT: nest branches in clusters by oblast.
    #[arg(long)]
    cluster: bool,
    /// DOT: no legend.
    #[arg(long)]
    no_legend: bool,
    /// DOT: also draw the graph with Graphviz (writes OUT.svg beside OUT.dot).
    #[arg(long)]
    render: Option<RenderArg>,
    /// The Graphviz program for --render.
    #[arg(long, env = "SHEZHIRE_DOT", value_name = "PROGRAM")]
    dot_program: Option<PathBuf>,
    /// Where to write: a file (`-` for standard output), a directory for csv.
    #[arg(short, long, value_name = "OUT")]
    out: PathBuf,
}

/// The arguments of `shezhire import`.
#[derive(Args, Debug)]
pub(super) struct ImportArgs {
    /// The format of the file.
    format: ImportArg,
    /// The file (`-` for standard input).
    file: PathBuf,
}

fn parse_rel(text: &str) -> Result<RelType, String> {
    let wanted = text.trim().to_ascii_uppercase();
    RelType::parse(&wanted).ok_or_else(|| {
        let known: Vec<&str> = RelType::ALL.iter().map(|r| r.as_str()).collect();
        format!("unknown relationship type `{text}` (known: {})", known.join(", "))
    })
}

fn parse_label(text: &str) -> Result<Label, String> {
    let wanted = text.trim();
    Label::ALL.iter().copied().find(|l| l.as_str().eq_ignore_ascii_case(wanted)).ok_or_else(|| {
        let known: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
        format!("unknown label `{text}` (known: {})", known.join(", "))
    })
}

impl ExportArgs {
    fn selection(&self) -> Selection {
        if let Some(query) = &self.query {
            Selection::Query(query.clone())
        } else if let Some(name) = &self.around {
            Selection::Around {
                name: name.clone(),
                depth: self.depth,
                rels: (!self.rel.is_empty()).then(|| self.rel.clone()),
                labels: (!self.label.is_empty()).then(|| self.label.clone()),
                max_nodes: Some(self.max_nodes),
            }
        } else if let Some(article) = &self.article {
            Selection::Article(article.clone())
        } else if self.branches {
            Selection::Branches
        } else {
            Selection::Whole
        }
    }

    fn options(&self) -> ExportOptions {
        let mut exclude_rels = self.exclude_rel.clone();
        if self.no_mentions && !exclude_rels.contains(&RelType::MentionedIn) {
            exclude_rels.push(RelType::MentionedIn);
        }
        ExportOptions {
            cluster: self.cluster,
            legend: !self.no_legend,
            exclude_labels: self.exclude_label.clone(),
            exclude_rels,
            render: self.render.map(RenderFormat::from),
            dot_program: self.dot_program.clone(),
        }
    }
}

pub(super) fn run_export(db_path: &Path, args: &ExportArgs) -> Result<ExitCode, Error> {
    let db = Db::open(db_path)?;
    let format = Format::from(args.format);
    let report = export::write(&db, &args.selection(), format, &args.options(), &args.out)?;
    for note in &report.notes {
        eprintln!("note: {note}");
    }
    let files: Vec<String> = report.files.iter().map(|f| f.display().to_string()).collect();
    eprintln!(
        "exported {} nodes and {} relationships as {format}{}",
        report.nodes,
        report.relationships,
        if files.is_empty() { String::new() } else { format!(" to {}", files.join(", ")) }
    );
    Ok(ExitCode::SUCCESS)
}

/// The page cache of `import`: a bulk write of millions of records touches
/// pages all over the tree (the process is short-lived and alone).
const IMPORT_CACHE_BYTES: u64 = 2 << 30;

pub(super) fn run_import(db_path: &Path, args: &ImportArgs) -> Result<ExitCode, Error> {
    let db = Db::open_with_cache(db_path, IMPORT_CACHE_BYTES)?;
    let format = match args.format {
        ImportArg::Json => ImportFormat::Json,
        ImportArg::Jsonl => ImportFormat::Jsonl,
    };
    let report = match export::import_json(&db, format, &args.file) {
        Ok(report) => report,
        Err(e) => {
            // Import writes in batches: what came before the bad record is
            // in the database now, consistent but partial.
            if !matches!(e, Error::Unsupported(_)) && db.stats()?.node_total() > 0 {
                eprintln!(
                    "note: {} now holds the records read before the error; remove it before importing again",
                    db_path.display()
                );
            }
            return Err(e);
        }
    };
    eprintln!(
        "imported {} nodes ({} articles) and {} relationships into {}",
        report.nodes,
        report.articles,
        report.relationships,
        db_path.display()
    );
    Ok(ExitCode::SUCCESS)
}
