//! What the graph holds, for `:schema` and `:stats` (and `shezhire stats`):
//! labels, relationship types and the property names in use with counts,
//! read from the store; and a cheap sample of property names for completion.

use crate::error::Result;
use crate::model::{Label, NodeId, RelType};
use crate::store::bulk;
use crate::Db;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The counts table of `shezhire stats` and `:stats`.
pub(crate) fn stats_table(db: &Db) -> Result<String> {
    let stats = db.stats()?;
    let mut table = comfy_table::Table::new();
    table.load_style(comfy_table::presets::UTF8_BORDERS_ONLY);
    table.set_header(vec!["", "count"]);
    for (label, n) in &stats.nodes {
        table.add_row(vec![format!("(:{label})"), n.to_string()]);
    }
    table.add_row(vec!["nodes".to_string(), stats.node_total().to_string()]);
    for (rel, n) in &stats.relationships {
        table.add_row(vec![format!("[:{rel}]"), n.to_string()]);
    }
    table.add_row(vec!["relationships".to_string(), stats.relationship_total().to_string()]);
    table.add_row(vec!["bytes on disk".to_string(), stats.size_on_disk.to_string()]);
    Ok(table.to_string())
}

/// `:schema`: three tables (labels with their properties; relationship
/// types with theirs; the label pairs each type joins), from one pass over
/// every node and relationship.
pub(crate) fn describe(db: &Db) -> Result<String> {
    let mut labels: BTreeMap<Label, (u64, BTreeMap<String, u64>)> = BTreeMap::new();
    let mut rels: BTreeMap<RelType, (u64, BTreeMap<String, u64>)> = BTreeMap::new();
    let mut patterns: BTreeMap<(Label, RelType, Label), u64> = BTreeMap::new();
    db.read(|| -> Result<()> {
        let store = db.store();
        let mut label_of: HashMap<NodeId, Label> = HashMap::new();
        for node in bulk::scan_nodes(store) {
            let node = node?;
            label_of.insert(node.id, node.label);
            let entry = labels.entry(node.label).or_default();
            entry.0 += 1;
            for key in node.props.keys() {
                *entry.1.entry(key.clone()).or_default() += 1;
            }
        }
        for edge in bulk::scan_edges(store) {
            let edge = edge?;
            let entry = rels.entry(edge.rel).or_default();
            entry.0 += 1;
            for key in edge.props.keys() {
                *entry.1.entry(key.clone()).or_default() += 1;
            }
            if let (Some(from), Some(to)) = (label_of.get(&edge.from), label_of.get(&edge.to)) {
                *patterns.entry((*from, edge.rel, *to)).or_default() += 1;
            }
        }
        Ok(())
    })?;
    let props_text = |props: &BTreeMap<String, u64>, total: u64| -> String {
        props
            .iter()
            .map(|(k, n)| if *n == total { k.clone() } else { format!("{k} ({n})") })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let new_table = |header: Vec<&str>| {
        let mut t = comfy_table::Table::new();
        t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
        t.set_header(header);
        t
    };
    let mut label_table = new_table(vec!["label", "nodes", "properties"]);
    for label in Label::ALL {
        let (count, props) = labels.get(label).cloned().unwrap_or_default();
        label_table.add_row(vec![format!(":{label}"), count.to_string(), props_text(&props, count)]);
    }
    let mut rel_table = new_table(vec!["relationship type", "count", "properties"]);
    for rel in RelType::ALL {
        let (count, props) = rels.get(rel).cloned().unwrap_or_default();
        rel_table.add_row(vec![format!(":{rel}"), count.to_string(), props_text(&props, count)]);
    }
    let mut pattern_table = new_table(vec!["pattern", "count"]);
    for ((from, rel, to), n) in &patterns {
        pattern_table.add_row(vec![format!("(:{from})-[:{rel}]->(:{to})"), n.to_string()]);
    }
    Ok(format!(
        "{label_table}\n{rel_table}\n{pattern_table}\n(a property with a count is on only that many; indexed: name, key, aliases, id, and ~ on person names)\n"
    ))
}

/// Property names in use, from the first few nodes of each label and the
/// first relationships: enough for completion without reading the graph.
pub(crate) fn sample_property_names(db: &Db) -> BTreeSet<String> {
    const PER_LABEL: usize = 50;
    let mut names = BTreeSet::new();
    let _ = db.read(|| -> Result<()> {
        let store = db.store();
        for label in Label::ALL {
            for id in store.label_ids(*label).take(PER_LABEL) {
                if let Some(node) = store.node(id?)? {
                    names.extend(node.props.into_keys());
                }
            }
        }
        for edge in bulk::scan_edges(store).take(PER_LABEL * 4) {
            names.extend(edge?.props.into_keys());
        }
        Ok(())
    });
    names
}
