//! GraphML for Gephi, yEd and Cytoscape: every property as a `<data>`
//! element under a declared `<key>`, the node label as `labels` (`:Person`,
//! as Neo4j's APOC writes it), the display name as `label` (what Gephi and
//! Cytoscape show), the relationship type as the edge's `label`, and
//! provenance as JSON text. The keys are found by a first pass over the
//! source, so a whole-graph export streams twice instead of holding the graph.

use super::{ExportReport, Source};
use crate::error::{Error, Result};
use crate::model::{Edge, Node, PropValue};
use std::collections::BTreeMap;
use std::io::Write;

/// Keys written on every node and edge; a property of the same name is
/// written as `_name` so that no two keys share a name.
const NODE_FIXED: &[&str] = &["labels", "label"];
const EDGE_FIXED: &[&str] = &["label", "provenance"];

/// A GraphML attribute type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KeyType {
    String,
    Long,
    Boolean,
}

impl KeyType {
    fn of(value: &PropValue) -> KeyType {
        match value {
            PropValue::Int(_) => KeyType::Long,
            PropValue::Bool(_) => KeyType::Boolean,
            PropValue::Str(_) | PropValue::List(_) => KeyType::String,
        }
    }

    /// The one type that holds both (a property written with mixed types
    /// becomes a string).
    fn join(self, other: KeyType) -> KeyType {
        if self == other {
            self
        } else {
            KeyType::String
        }
    }

    fn as_str(self) -> &'static str {
        match self {
            KeyType::String => "string",
            KeyType::Long => "long",
            KeyType::Boolean => "boolean",
        }
    }
}

/// The key name a property is written under.
fn key_name(prop: &str, fixed: &[&str]) -> String {
    if fixed.contains(&prop) || prop.starts_with('_') && fixed.contains(&prop.trim_start_matches('_')) {
        format!("_{prop}")
    } else {
        prop.to_string()
    }
}

/// Text for XML content and attribute values: markup characters escaped,
/// line breaks and tabs as character references (attribute values would
/// fold them into spaces), and characters XML 1.0 forbids even escaped
/// replaced by U+FFFD.
pub(crate) fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn prop_text(value: &PropValue) -> String {
    match value {
        PropValue::Str(s) => s.clone(),
        PropValue::Int(i) => i.to_string(),
        PropValue::Bool(b) => b.to_string(),
        // GraphML has no list type: a JSON array in a string keeps it exact.
        PropValue::List(items) => serde_json::to_string(items).unwrap_or_default(),
    }
}

fn io(e: std::io::Error) -> Error {
    Error::io("<output>", e)
}

/// Writes the GraphML document.
pub(crate) fn write_graphml(source: &Source<'_>, out: &mut dyn Write) -> Result<ExportReport> {
    // Pass 1: which properties there are, and their types.
    let mut node_keys: BTreeMap<String, KeyType> = BTreeMap::new();
    let mut edge_keys: BTreeMap<String, KeyType> = BTreeMap::new();
    source.each_node(&mut |node| {
        for (name, value) in &node.props {
            let t = KeyType::of(value);
            let k = node_keys.entry(key_name(name, NODE_FIXED)).or_insert(t);
            *k = k.join(t);
        }
        Ok(())
    })?;
    source.each_edge(&mut |edge| {
        for (name, value) in &edge.props {
            let t = KeyType::of(value);
            let k = edge_keys.entry(key_name(name, EDGE_FIXED)).or_insert(t);
            *k = k.join(t);
        }
        Ok(())
    })?;

    // Key ids: `n0`.. for nodes, `e0`.. for edges, fixed keys first.
    let mut node_ids: BTreeMap<String, String> = BTreeMap::new();
    let mut edge_ids: BTreeMap<String, String> = BTreeMap::new();
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>").map_err(io)?;
    writeln!(
        out,
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">"
    )
    .map_err(io)?;
    let fixed_nodes = NODE_FIXED.iter().map(|k| (k.to_string(), KeyType::String));
    for (i, (name, t)) in fixed_nodes.chain(node_keys.clone()).enumerate() {
        let id = format!("n{i}");
        writeln!(out, "  <key id=\"{id}\" for=\"node\" attr.name=\"{}\" attr.type=\"{}\"/>", xml_text(&name), t.as_str())
            .map_err(io)?;
        node_ids.insert(name, id);
    }
    let fixed_edges = EDGE_FIXED.iter().map(|k| (k.to_string(), KeyType::String));
    for (i, (name, t)) in fixed_edges.chain(edge_keys.clone()).enumerate() {
        let id = format!("e{i}");
        writeln!(out, "  <key id=\"{id}\" for=\"edge\" attr.name=\"{}\" attr.type=\"{}\"/>", xml_text(&name), t.as_str())
            .map_err(io)?;
        edge_ids.insert(name, id);
    }
    writeln!(out, "  <graph id=\"shezhire\" edgedefault=\"directed\">").map_err(io)?;

    // Pass 2: the elements.
    let mut report = ExportReport::default();
    let data = |out: &mut dyn Write, ids: &BTreeMap<String, String>, name: &str, text: &str| -> Result<()> {
        match ids.get(name) {
            Some(id) => writeln!(out, "      <data key=\"{id}\">{}</data>", xml_text(text)).map_err(io),
            None => Ok(()),
        }
    };
    source.each_node(&mut |node: &Node| {
        writeln!(out, "    <node id=\"n{}\">", node.id.0).map_err(io)?;
        data(out, &node_ids, "labels", &format!(":{}", node.label))?;
        data(out, &node_ids, "label", &node.display_name())?;
        for (name, value) in &node.props {
            data(out, &node_ids, &key_name(name, NODE_FIXED), &prop_text(value))?;
        }
        writeln!(out, "    </node>").map_err(io)?;
        report.nodes += 1;
        Ok(())
    })?;
    source.each_edge(&mut |edge: &Edge| {
        writeln!(out, "    <edge id=\"e{}\" source=\"n{}\" target=\"n{}\">", edge.id.0, edge.from.0, edge.to.0).map_err(io)?;
        data(out, &edge_ids, "label", edge.rel.as_str())?;
        let provenance: Vec<serde_json::Value> = edge
            .provenance
            .iter()
            .map(|p| serde_json::json!({"article": p.article.0, "span": [p.span.start, p.span.end]}))
            .collect();
        data(out, &edge_ids, "provenance", &serde_json::Value::Array(provenance).to_string())?;
        for (name, value) in &edge.props {
            data(out, &edge_ids, &key_name(name, EDGE_FIXED), &prop_text(value))?;
        }
        writeln!(out, "    </edge>").map_err(io)?;
        report.relationships += 1;
        Ok(())
    })?;
    writeln!(out, "  </graph>\n</graphml>").map_err(io)?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_escapes_markup_and_replaces_forbidden_characters() {
        assert_eq!(xml_text("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
        assert_eq!(xml_text("x\ny\u{1}z"), "x&#10;y\u{FFFD}z");
        assert_eq!(xml_text("Қуат"), "Қуат");
    }

    #[test]
    fn properties_named_like_fixed_keys_are_renamed() {
        assert_eq!(key_name("label", NODE_FIXED), "_label");
        assert_eq!(key_name("_label", NODE_FIXED), "__label");
        assert_eq!(key_name("name", NODE_FIXED), "name");
    }
}
