//! The integrity check: every record, index entry, adjacency key and counter
//! agrees with every other, and every registered article's facts are all in
//! the graph. The crash test runs it after each SIGKILL; `shezhire check`
//! runs it for users.

use super::{index_entries, index_witness, keys, ArticleRecord, Store};
use crate::error::Result;
use crate::extract::Fact;
use crate::model::{Direction, Label, NodeId, PropValue, RelType};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What the integrity check found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Nodes read.
    pub nodes: u64,
    /// Relationships read.
    pub edges: u64,
    /// Articles whose facts were verified.
    pub articles: u64,
    /// Every inconsistency, one sentence each; empty when the database is sound.
    pub problems: Vec<String>,
}

impl CheckReport {
    /// True when nothing is wrong.
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

pub(crate) fn check(store: &Store) -> Result<CheckReport> {
    let mut report = CheckReport::default();
    let mut problems = Vec::new();
    let mut label_counts: HashMap<Label, u64> = HashMap::new();
    let mut rel_counts: HashMap<RelType, u64> = HashMap::new();
    let mut expected_index: BTreeMap<Vec<u8>, Vec<u8>> = BTreeMap::new();
    let mut articles = Vec::new();

    for id in store.all_node_ids() {
        let id = id?;
        let Some(node) = store.node(id)? else { continue };
        report.nodes += 1;
        if node.id != id {
            problems.push(format!("node record {id} carries id {}", node.id));
        }
        *label_counts.entry(node.label).or_default() += 1;
        if store.kv.get(&keys::label(node.label, id))?.is_none() {
            problems.push(format!("node {id} ({}) is missing from the label index", node.label));
        }
        for (prop, value) in index_entries(&node) {
            expected_index.insert(keys::prop(prop, &value, id), index_witness(&node, prop));
        }
        if node.label == Label::Article {
            articles.push(node);
        }
    }
    for label in Label::ALL {
        for id in store.label_ids(*label) {
            let id = id?;
            match store.node(id)? {
                Some(n) if n.label == *label => {}
                _ => problems.push(format!("label index lists {id} as {label}, but no such {label} exists")),
            }
        }
        let counted = store.label_count(*label)?;
        let found = label_counts.get(label).copied().unwrap_or(0);
        if counted != found {
            problems.push(format!("{label} count says {counted}, {found} nodes exist"));
        }
    }
    let mut actual_index = BTreeMap::new();
    for item in store.kv.scan_prefix(&[keys::PROP]) {
        let (k, v) = item?;
        actual_index.insert(k, v);
    }
    for missing in expected_index.keys().filter(|k| !actual_index.contains_key(*k)) {
        problems.push(format!("index entry missing for node {:?}", keys::trailing_id(missing)));
    }
    for (key, held) in &actual_index {
        match expected_index.get(key) {
            None => problems.push(format!("stale index entry for node {:?}", keys::trailing_id(key))),
            // An entry that witnesses nothing (as entries written before
            // witnesses do) is answered from the record; one that
            // witnesses something must witness the truth.
            Some(witness) if !held.is_empty() && held != witness => {
                problems.push(format!("index entry for node {:?} holds a stale label or text", keys::trailing_id(key)))
            }
            Some(_) => {}
        }
    }

    let mut adjacency = BTreeSet::new();
    for id in store.all_edge_ids() {
        let id = id?;
        let Some(edge) = store.edge(id)? else { continue };
        report.edges += 1;
        *rel_counts.entry(edge.rel).or_default() += 1;
        for end in [edge.from, edge.to] {
            if store.node(end)?.is_none() {
                problems.push(format!("relationship {id} ({}) ends at missing node {end}", edge.rel));
            }
        }
        for p in &edge.provenance {
            match store.node(p.article)? {
                Some(n) if n.label == Label::Article => {}
                _ => problems.push(format!("relationship {id} cites {} which is not an article", p.article)),
            }
        }
        adjacency.insert(keys::adjacency(keys::OUT, edge.from, edge.rel, edge.to, id));
        adjacency.insert(keys::adjacency(keys::IN, edge.to, edge.rel, edge.from, id));
    }
    for tag in [keys::OUT, keys::IN] {
        for item in store.kv.scan_prefix(&[tag]) {
            let key = item?.0;
            if !adjacency.remove(&key) {
                problems.push(format!("adjacency key {:?} has no relationship", keys::parse_adjacency(&key)));
            }
        }
    }
    for key in adjacency {
        problems.push(format!("relationship {:?} is missing an adjacency key", keys::parse_adjacency(&key)));
    }
    for rel in RelType::ALL {
        let counted = store.rel_count(*rel)?;
        let found = rel_counts.get(rel).copied().unwrap_or(0);
        if counted != found {
            problems.push(format!("{rel} count says {counted}, {found} relationships exist"));
        }
    }

    for article in articles {
        report.articles += 1;
        let name = article.display_name();
        let hash = article.str_prop("hash").and_then(parse_hash);
        match hash {
            Some(h) if store.article_by_hash(&h)? == Some(article.id) => {}
            _ => problems.push(format!("article {name} is not in the registry")),
        }
        match store.article_record(article.id)? {
            Some(record) => check_facts(store, article.id, &record, &mut problems)?,
            None => problems.push(format!("article {name} has no record")),
        }
    }
    report.problems = problems;
    Ok(report)
}

fn parse_hash(hex: &str) -> Option<[u8; 32]> {
    if hex.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

/// Every fact of the article has its relationship, citing the article.
fn check_facts(store: &Store, article: NodeId, record: &ArticleRecord, problems: &mut Vec<String>) -> Result<()> {
    let people = |name: &str| -> Result<Vec<NodeId>> {
        let mut ids = BTreeSet::new();
        for prop in ["name", "aliases"] {
            for id in store.prop_ids(prop, name) {
                ids.insert(id?);
            }
        }
        Ok(ids.into_iter().collect())
    };
    let cites = |from: &[NodeId], rel: RelType, to: Option<NodeId>, want: Option<(&str, &str)>| -> Result<bool> {
        for f in from {
            for adj in store.adjacent(*f, Direction::Outgoing, Some(rel)) {
                let (edge, _, far) = adj?;
                if to.is_some_and(|t| t != far) {
                    continue;
                }
                let Some(edge) = store.edge(edge)? else { continue };
                if let Some((prop, value)) = want {
                    if edge.props.get(prop) != Some(&PropValue::Str(value.to_string())) {
                        continue;
                    }
                }
                if edge.provenance.iter().any(|p| p.article == article) {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    };
    let org = |key: &str| -> Result<Option<NodeId>> {
        let (label, _) = super::write::org_node(key);
        store.identity(label, key)
    };
    let office = |role: &str, org: &str| store.identity(Label::Office, &format!("{role}@{org}"));
    let article_key = store.node(article)?.and_then(|n| n.str_prop("id").map(str::to_string)).unwrap_or_default();
    let event = |key: &str| store.identity(Label::Event, &format!("{key}#{article_key}"));

    for sf in &record.facts.facts {
        let ok = match &sf.fact {
            Fact::Person { name } | Fact::Alias { name, .. } => {
                cites(&people(name)?, RelType::MentionedIn, Some(article), None)?
            }
            Fact::Author { name } => cites(&people(name)?, RelType::Authored, Some(article), None)?,
            Fact::Branch { key } => match org(key)? {
                Some(b) => cites(&[b], RelType::MentionedIn, Some(article), None)?,
                None => false,
            },
            Fact::Parent { child, parent } => match (org(child)?, org(parent)?) {
                (Some(c), Some(p)) => cites(&[c], RelType::PartOf, Some(p), None)?,
                _ => false,
            },
            Fact::Holds { name, role, org, status } => match office(role.as_str(), org)? {
                Some(o) => cites(&people(name)?, RelType::Holds, Some(o), Some(("status", status.as_str())))?,
                None => false,
            },
            Fact::Elected { name, role, org } => match office(role.as_str(), org)? {
                Some(o) => cites(&people(name)?, RelType::ElectedTo, Some(o), None)?,
                None => false,
            },
            Fact::Event { event: key } | Fact::EventAttr { event: key, .. } => match event(&key.to_string())? {
                Some(e) => cites(&[e], RelType::MentionedIn, Some(article), None)?,
                None => false,
            },
            Fact::Participant { name, role, event: key } => match event(&key.to_string())? {
                Some(e) => cites(&people(name)?, RelType::Participated, Some(e), Some(("role", role.as_str())))?,
                None => false,
            },
        };
        if !ok {
            problems.push(format!("article {article}: fact `{}` is not in the graph", sf.fact));
        }
    }
    Ok(())
}
