//! Graphviz DOT: a subgraph drawn the readable way (shape and colour by
//! label, relationship types on edges, former offices dashed, event roles
//! on `PARTICIPATED`, branches clustered by oblast, a legend), the DOT
//! string escaping that keeps names with quotes, backslashes, newlines and
//! Cyrillic intact, and running the `dot` program to draw the file.
//!
//! The writer is our own over the petgraph graph rather than
//! `petgraph::dot::Dot`: that one has no clusters or graph attributes and
//! writes attribute text unescaped.

use super::Subgraph;
use crate::error::{Error, Result};
use crate::model::{Direction, Edge, Label, Node, NodeId, PropValue, RelType};
use crate::store::Store;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::Path;

/// How to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DotOptions {
    /// Nest branches in clusters by oblast.
    pub cluster: bool,
    /// Draw a legend with one node per label present.
    pub legend: bool,
}

impl Default for DotOptions {
    fn default() -> DotOptions {
        DotOptions { cluster: false, legend: true }
    }
}

/// A format Graphviz draws into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RenderFormat {
    /// Scalable vector graphics.
    Svg,
    /// A PNG picture.
    Png,
    /// A PDF document.
    Pdf,
}

impl RenderFormat {
    /// The name (`svg`), which is also the file extension and `dot -T` value.
    pub fn as_str(self) -> &'static str {
        match self {
            RenderFormat::Svg => "svg",
            RenderFormat::Png => "png",
            RenderFormat::Pdf => "pdf",
        }
    }

    /// Parses `svg`, `png` or `pdf`.
    pub fn parse(text: &str) -> Option<RenderFormat> {
        [RenderFormat::Svg, RenderFormat::Png, RenderFormat::Pdf]
            .into_iter()
            .find(|f| f.as_str().eq_ignore_ascii_case(text.trim()))
    }
}

/// How each label is drawn: shape, fill colour, extra style.
fn look(label: Label) -> (&'static str, &'static str, &'static str) {
    match label {
        Label::Person => ("ellipse", "#dae8fc", "filled"),
        Label::Party => ("doubleoctagon", "#ffd966", "filled"),
        Label::Branch => ("box", "#d5e8d4", "filled,rounded"),
        Label::Organization => ("box", "#e6e6e6", "filled"),
        Label::Office => ("tab", "#fff2cc", "filled"),
        Label::Event => ("octagon", "#f8cecc", "filled"),
        Label::Article => ("note", "#ffffff", "filled"),
        Label::Place => ("house", "#d0e0e3", "filled"),
    }
}

/// The longest line of a node label, in characters; longer lines are cut.
const MAX_LINE_CHARS: usize = 48;

/// A DOT double-quoted string. Quotes and backslashes are escaped; a line
/// break becomes `\n` (Graphviz's centred line break); other control
/// characters, which Graphviz would draw as boxes or reject, become spaces.
/// Everything else (Cyrillic included) stays as UTF-8.
pub(crate) fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A line cut to `MAX_LINE_CHARS` characters, with an ellipsis when cut.
fn cut(line: &str) -> String {
    if line.chars().count() <= MAX_LINE_CHARS {
        return line.to_string();
    }
    let mut s: String = line.chars().take(MAX_LINE_CHARS - 1).collect();
    s.push('…');
    s
}

/// The text drawn in a node: a name or key, laid out on short lines.
fn node_text(node: &Node) -> String {
    let s = |p: &str| node.str_prop(p).map(str::to_string);
    let lines: Vec<String> = match node.label {
        Label::Branch => match (s("region"), s("level")) {
            (Some(region), Some(level)) => vec![region, format!("{level} branch")],
            _ => vec![node.display_name()],
        },
        Label::Office | Label::Event => match s("key").as_deref().and_then(|k| k.split_once('@')) {
            Some((what, org)) => vec![what.to_string(), format!("@{org}")],
            None => vec![node.display_name()],
        },
        Label::Article => {
            let mut v = vec![s("title").unwrap_or_default()];
            v.extend(s("id"));
            v
        }
        _ => vec![node.display_name()],
    };
    // A name may hold line breaks of its own: each piece is a line.
    lines.iter().flat_map(|l| l.lines()).map(cut).collect::<Vec<_>>().join("\n")
}

/// The tooltip of a node: its label, id and every property.
fn node_tooltip(node: &Node) -> String {
    let mut out = format!("{} #{}", node.label, node.id);
    for (name, value) in &node.props {
        out.push('\n');
        out.push_str(name);
        out.push_str(": ");
        out.push_str(&prop_text(value));
    }
    out
}

fn prop_text(value: &PropValue) -> String {
    match value {
        PropValue::Str(s) => s.clone(),
        PropValue::Int(i) => i.to_string(),
        PropValue::Bool(b) => b.to_string(),
        PropValue::List(items) => items.join(", "),
    }
}

fn node_id(id: NodeId) -> String {
    format!("n{}", id.0)
}

/// Which cluster each branch goes in: the top-most branch above it (an
/// oblast, or a city under the party directly), keyed by that branch.
#[derive(Clone, Debug, Default)]
pub(crate) struct Clusters {
    /// Cluster head → (title, member branches).
    members: BTreeMap<NodeId, (String, Vec<NodeId>)>,
}

impl Clusters {
    fn cluster_of(&self, id: NodeId) -> Option<NodeId> {
        self.members.iter().find(|(_, (_, m))| m.contains(&id)).map(|(h, _)| *h)
    }
}

/// Clusters found through `parent`, which gives a branch's `PART_OF` parent.
fn clusters_with(sub: &Subgraph, parent: &mut dyn FnMut(NodeId) -> Result<Option<Node>>) -> Result<Clusters> {
    let mut clusters = Clusters::default();
    for node in sub.nodes().filter(|n| n.label == Label::Branch) {
        let mut head = node.clone();
        let mut visited = BTreeSet::from([node.id]);
        while let Some(up) = parent(head.id)? {
            if up.label != Label::Branch || !visited.insert(up.id) {
                break;
            }
            head = up;
        }
        let title = head.str_prop("region").map(str::to_string).unwrap_or_else(|| head.display_name());
        clusters.members.entry(head.id).or_insert_with(|| (title, Vec::new())).1.push(node.id);
    }
    Ok(clusters)
}

/// Clusters by the subgraph's own `PART_OF` relationships.
pub(crate) fn clusters_in(sub: &Subgraph) -> Clusters {
    let parents: BTreeMap<NodeId, Node> = sub
        .edges()
        .filter(|e| e.rel == RelType::PartOf)
        .filter_map(|e| sub.node(e.to).map(|n| (e.from, n.clone())))
        .collect();
    clusters_with(sub, &mut |id| Ok(parents.get(&id).cloned())).unwrap_or_default()
}

/// Clusters by the store's `PART_OF` relationships, so that a district
/// goes in its oblast's cluster even when the oblast is not in the subgraph.
pub(crate) fn clusters_from_store(store: &Store, sub: &Subgraph) -> Result<Clusters> {
    clusters_with(sub, &mut |id| {
        for adj in store.adjacent(id, Direction::Outgoing, Some(RelType::PartOf)) {
            let (_, _, far) = adj?;
            if let Some(node) = store.node(far)? {
                return Ok(Some(node));
            }
        }
        Ok(None)
    })
}

/// Writes the DOT of `sub`.
pub(crate) fn write_dot(sub: &Subgraph, options: &DotOptions, clusters: &Clusters, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "digraph shezhire {{")?;
    writeln!(out, "  graph [rankdir=LR, fontname=\"Helvetica,Arial,sans-serif\", fontsize=12, nodesep=0.25, ranksep=0.6];")?;
    writeln!(out, "  node [fontname=\"Helvetica,Arial,sans-serif\", fontsize=11, penwidth=0.8];")?;
    writeln!(out, "  edge [fontname=\"Helvetica,Arial,sans-serif\", fontsize=9, color=\"#555555\", arrowsize=0.7];")?;

    let clustered: BTreeMap<NodeId, NodeId> = if options.cluster {
        sub.nodes()
            .filter(|n| n.label == Label::Branch)
            .filter_map(|n| clusters.cluster_of(n.id).map(|h| (n.id, h)))
            .collect()
    } else {
        BTreeMap::new()
    };
    if options.cluster {
        for (i, (_, (title, members))) in clusters.members.iter().enumerate() {
            writeln!(out, "  subgraph cluster_{i} {{")?;
            writeln!(out, "    label={}; style=\"rounded,dashed\"; color=\"#7f9f7f\"; fontcolor=\"#3f5f3f\";", quote(title))?;
            for id in members {
                if let Some(node) = sub.node(*id) {
                    write!(out, "  ")?;
                    write_node(out, node)?;
                }
            }
            writeln!(out, "  }}")?;
        }
    }
    for node in sub.nodes() {
        if !clustered.contains_key(&node.id) {
            write_node(out, node)?;
        }
    }
    for edge in sub.edges() {
        write_edge(out, edge)?;
    }
    if options.legend {
        write_legend(out, sub)?;
    }
    writeln!(out, "}}")
}

fn write_node(out: &mut dyn Write, node: &Node) -> io::Result<()> {
    let (shape, fill, style) = look(node.label);
    writeln!(
        out,
        "  {} [label={}, shape={shape}, style={}, fillcolor={}, tooltip={}];",
        node_id(node.id),
        quote(&node_text(node)),
        quote(style),
        quote(fill),
        quote(&node_tooltip(node)),
    )
}

fn write_edge(out: &mut dyn Write, edge: &Edge) -> io::Result<()> {
    let mut attrs = Vec::new();
    let label = match (edge.rel, edge.str_prop("role"), edge.str_prop("status")) {
        (RelType::Participated, Some(role), _) => role.to_string(),
        (RelType::Holds, _, Some("former")) => {
            attrs.push("style=dashed".to_string());
            "HOLDS (former)".to_string()
        }
        (rel, _, _) => rel.as_str().to_string(),
    };
    if edge.rel == RelType::MentionedIn {
        attrs.push("style=dotted".to_string());
        attrs.push("color=\"#aaaaaa\"".to_string());
        attrs.push("fontcolor=\"#888888\"".to_string());
    }
    attrs.insert(0, format!("label={}", quote(&label)));
    writeln!(out, "  {} -> {} [{}];", node_id(edge.from), node_id(edge.to), attrs.join(", "))
}

/// One sample node per label present, in a cluster of its own, in one
/// rank so that they stack into a column beside the graph.
fn write_legend(out: &mut dyn Write, sub: &Subgraph) -> io::Result<()> {
    let present: BTreeSet<Label> = sub.nodes().map(|n| n.label).collect();
    if present.is_empty() {
        return Ok(());
    }
    writeln!(out, "  subgraph cluster_legend {{")?;
    writeln!(out, "    label=\"Legend\"; style=\"rounded\"; color=\"#999999\"; fontcolor=\"#555555\";")?;
    writeln!(out, "    rank=same;")?;
    for label in Label::ALL.iter().filter(|l| present.contains(l)) {
        let (shape, fill, style) = look(*label);
        writeln!(
            out,
            "    legend_{} [label={}, shape={shape}, style={}, fillcolor={}, fontsize=9];",
            label.as_str(),
            quote(label.as_str()),
            quote(style),
            quote(fill)
        )?;
    }
    writeln!(out, "  }}")
}

impl Subgraph {
    /// The DOT text of this subgraph. Clusters (with `cluster`) come from
    /// the subgraph's own `PART_OF` relationships; `export::write` also
    /// looks up parents outside the subgraph.
    pub fn to_dot(&self, options: &DotOptions) -> String {
        let mut out = Vec::new();
        // Writing into a Vec cannot fail.
        let _ = write_dot(self, options, &clusters_in(self), &mut out);
        String::from_utf8(out).unwrap_or_default()
    }
}

/// How to get Graphviz, for messages when `dot` is missing.
pub(crate) const INSTALL_HINT: &str = "install Graphviz: `apt-get install graphviz` (Debian, Ubuntu), \
     `brew install graphviz` (macOS), `dnf install graphviz` (Fedora), or see https://graphviz.org/download/";

/// Draws the DOT file `dot_file` into `out` with Graphviz's `dot` (or
/// `program`). Says how to install Graphviz when it is not there, and
/// passes on what `dot` said when it fails.
pub fn render(dot_file: &Path, format: RenderFormat, out: &Path, program: Option<&Path>) -> Result<()> {
    let program = program.unwrap_or(Path::new("dot"));
    let output = std::process::Command::new(program)
        .arg(format!("-T{}", format.as_str()))
        .arg(dot_file)
        .arg("-o")
        .arg(out)
        .output();
    match output {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => Err(Error::Unsupported(format!(
            "`{}` could not draw {}: {}",
            program.display(),
            dot_file.display(),
            String::from_utf8_lossy(&o.stderr).trim()
        ))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(Error::Unsupported(format!(
            "--render needs the Graphviz program `{}`, which is not installed; {INSTALL_HINT}. \
             The DOT file was written to {}; draw it later with `dot -T{} {} -o {}`",
            program.display(),
            dot_file.display(),
            format.as_str(),
            dot_file.display(),
            out.display()
        ))),
        Err(e) => Err(Error::io(program, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EdgeId, Props};

    #[test]
    fn quoting_escapes_quotes_backslashes_and_line_breaks_and_keeps_cyrillic() {
        assert_eq!(quote("Қуат \"Байғоджаев\""), "\"Қуат \\\"Байғоджаев\\\"\"");
        assert_eq!(quote("a\\b\\"), "\"a\\\\b\\\\\"");
        assert_eq!(quote("one\ntwo\r\nthree\rfour"), "\"one\\ntwo\\nthree\\nfour\"");
        assert_eq!(quote("tab\there\u{7}bell"), "\"tab here bell\"");
        assert_eq!(quote(""), "\"\"");
    }

    #[test]
    fn long_lines_are_cut_on_characters() {
        let long = "Ә".repeat(100);
        let cut = cut(&long);
        assert_eq!(cut.chars().count(), MAX_LINE_CHARS);
        assert!(cut.ends_with('…'));
    }

    #[test]
    fn former_offices_are_dashed_and_roles_label_participation() {
        let mut props = Props::new();
        props.insert("status".into(), PropValue::Str("former".into()));
        let holds = Edge { id: EdgeId(1), rel: RelType::Holds, from: NodeId(1), to: NodeId(2), props, provenance: vec![] };
        let mut out = Vec::new();
        write_edge(&mut out, &holds).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "  n1 -> n2 [label=\"HOLDS (former)\", style=dashed];\n");
        let mut props = Props::new();
        props.insert("role".into(), PropValue::Str("speaker".into()));
        let part = Edge { id: EdgeId(2), rel: RelType::Participated, from: NodeId(1), to: NodeId(3), props, provenance: vec![] };
        let mut out = Vec::new();
        write_edge(&mut out, &part).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "  n1 -> n3 [label=\"speaker\"];\n");
    }

    #[test]
    fn a_missing_dot_program_says_how_to_install_it() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("g.dot");
        std::fs::write(&file, "digraph {}").unwrap();
        let err = render(&file, RenderFormat::Svg, &dir.path().join("g.svg"), Some(Path::new("/nonexistent/dot")))
            .unwrap_err()
            .to_string();
        assert!(err.contains("apt-get install graphviz") && err.contains("brew install graphviz"), "{err}");
        assert!(err.contains("g.dot"), "{err}");
    }
}
