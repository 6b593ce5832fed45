//! Writing: a staging layer over the store that collects every change of
//! one article (or one import chunk) into a single atomic batch, and the
//! translation of an article's facts into nodes and relationships.
//!
//! Identity rules (why one mention becomes an existing node):
//! - Branch, Organization, Office, Place, Party: by key (or name for Place).
//! - Person: by a shared name form (canonical name or alias, compared in
//!   index form). A form with an initial (`Д.Бейсенқұлов`) only merges when
//!   exactly one person has it, because different people share initials.
//! - Event: by `KIND@ORGKEY` within one article: the same conference in two
//!   articles stays two events unless they are the same article.

use super::{codec, index_entries, index_form, index_witness, keys, kv::WriteBatch, prop_entries, Store};
use crate::error::Result;
use crate::extract::{self, ArticleFacts, EventAttr, EventKey, Fact, Status};
use crate::model::{Edge, EdgeId, Label, Node, NodeId, PropValue, Props, Provenance, RelType, Span};
use std::collections::{BTreeSet, HashMap};

/// What an ingest did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IngestReport {
    /// The article's id (16 hex digits of its content hash).
    pub article_id: String,
    /// The article's title (first non-empty line).
    pub title: String,
    /// False when the same text was already in the database (nothing changed).
    pub new: bool,
    /// Facts extracted.
    pub facts: usize,
    /// Nodes created.
    pub nodes_added: u64,
    /// Relationships created.
    pub edges_added: u64,
}

/// Changes staged over a store; nothing is visible until the batch is applied.
pub(crate) struct Txn<'s> {
    store: &'s Store,
    batch: WriteBatch,
    nodes: HashMap<NodeId, Node>,
    edges: HashMap<EdgeId, Edge>,
    /// Staged nodes and edges that changed: only these are written back.
    dirty_nodes: BTreeSet<NodeId>,
    dirty_edges: BTreeSet<EdgeId>,
    /// Index entries each touched node had when first loaded (to delete the
    /// ones that went away).
    old_entries: HashMap<NodeId, Vec<(&'static str, String)>>,
    new_nodes: BTreeSet<NodeId>,
    next_node: u64,
    next_edge: u64,
    counters: HashMap<Vec<u8>, u64>,
    /// The staged nodes by the index forms of their indexed properties
    /// (prop → form → ids), so that look-ups by name do not re-read every
    /// staged node: a group commit stages thousands. Kept up to date lazily:
    /// nodes loaded, created or handed out for change since the last
    /// look-up are `stale` and refreshed by the next one.
    staged_forms: HashMap<&'static str, HashMap<String, BTreeSet<NodeId>>>,
    staged_entries: HashMap<NodeId, Vec<(&'static str, String)>>,
    stale: Vec<NodeId>,
    pub(crate) nodes_added: u64,
    pub(crate) edges_added: u64,
}

impl<'s> Txn<'s> {
    pub(crate) fn new(store: &'s Store) -> Result<Txn<'s>> {
        let read = |name: &str| -> Result<u64> {
            match store.kv.get(&keys::meta(name))? {
                Some(b) => codec::decode_u64(&b, name),
                None => Ok(1),
            }
        };
        Ok(Txn {
            store,
            batch: WriteBatch::default(),
            nodes: HashMap::new(),
            edges: HashMap::new(),
            dirty_nodes: BTreeSet::new(),
            dirty_edges: BTreeSet::new(),
            old_entries: HashMap::new(),
            new_nodes: BTreeSet::new(),
            next_node: read("next_node")?,
            next_edge: read("next_edge")?,
            counters: HashMap::new(),
            staged_forms: HashMap::new(),
            staged_entries: HashMap::new(),
            stale: Vec::new(),
            nodes_added: 0,
            edges_added: 0,
        })
    }

    fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>> {
        match self.batch.writes.get(key) {
            Some(v) => Ok(v.clone()),
            None => self.store.kv.get(key),
        }
    }

    /// Keys with a prefix, as the store will hold them after this batch.
    fn keys_with_prefix(&self, prefix: &[u8]) -> Result<Vec<Vec<u8>>> {
        let mut keys = BTreeSet::new();
        for item in self.store.kv.scan_prefix(prefix) {
            let (k, _) = item?;
            keys.insert(k);
        }
        for (k, v) in self.batch.writes.range(prefix.to_vec()..) {
            if !k.starts_with(prefix) {
                break;
            }
            match v {
                Some(_) => keys.insert(k.clone()),
                None => keys.remove(k),
            };
        }
        Ok(keys.into_iter().collect())
    }

    /// Nodes whose indexed `prop` has `value` (in index form) as the store
    /// will hold them after this batch. Nodes staged in this batch are
    /// indexed only when the batch is built, so their current properties
    /// decide, not the store's (possibly missing or older) index entries.
    fn ids_with_value(&mut self, prop: &str, value: &str) -> Result<Vec<NodeId>> {
        self.refresh_staged_forms();
        let mut ids: BTreeSet<NodeId> = self
            .keys_with_prefix(&keys::prop_value_prefix(prop, value))?
            .iter()
            .filter_map(|k| keys::trailing_id(k))
            .filter(|id| !self.nodes.contains_key(id))
            .collect();
        if let Some(staged) = self.staged_forms.get(prop).and_then(|forms| forms.get(value)) {
            ids.extend(staged);
        }
        Ok(ids.into_iter().collect())
    }

    /// Re-reads the index forms of the nodes staged or changed since the
    /// last look-up.
    fn refresh_staged_forms(&mut self) {
        for id in std::mem::take(&mut self.stale) {
            for (prop, form) in self.staged_entries.remove(&id).unwrap_or_default() {
                if let Some(ids) = self.staged_forms.get_mut(prop).and_then(|forms| forms.get_mut(&form)) {
                    ids.remove(&id);
                }
            }
            let Some(node) = self.nodes.get(&id) else { continue };
            let entries = prop_entries(node);
            for (prop, form) in &entries {
                self.staged_forms.entry(prop).or_default().entry(form.clone()).or_default().insert(id);
            }
            self.staged_entries.insert(id, entries);
        }
    }

    /// A node as this batch will leave it, for reading.
    pub(crate) fn node(&mut self, id: NodeId) -> Result<Option<&Node>> {
        if !self.nodes.contains_key(&id) {
            let Some(node) = self.store.node(id)? else { return Ok(None) };
            self.nodes.insert(id, node);
            self.stale.push(id);
        }
        Ok(self.nodes.get(&id))
    }

    /// A node to change: it will be written back with its index entries.
    pub(crate) fn node_mut(&mut self, id: NodeId) -> Result<Option<&mut Node>> {
        if self.node(id)?.is_none() {
            return Ok(None);
        }
        // The caller may change indexed properties.
        self.stale.push(id);
        if self.dirty_nodes.insert(id) && !self.old_entries.contains_key(&id) {
            // First change: the index entries it has in the store now.
            let stored = index_entries(&self.nodes[&id]);
            self.old_entries.insert(id, stored);
        }
        Ok(self.nodes.get_mut(&id))
    }

    fn bump(&mut self, key: Vec<u8>) -> Result<()> {
        let current = match self.counters.get(&key) {
            Some(v) => *v,
            None => match self.store.kv.get(&key)? {
                Some(b) => codec::decode_u64(&b, "a counter")?,
                None => 0,
            },
        };
        self.counters.insert(key, current + 1);
        Ok(())
    }

    pub(crate) fn create_node(&mut self, label: Label, props: Props) -> Result<NodeId> {
        let id = NodeId(self.next_node);
        self.next_node += 1;
        self.nodes.insert(id, Node { id, label, props });
        self.stale.push(id);
        self.old_entries.insert(id, Vec::new());
        self.dirty_nodes.insert(id);
        self.new_nodes.insert(id);
        self.batch.put(keys::label(label, id), Vec::new());
        self.bump(keys::label_count(label))?;
        self.nodes_added += 1;
        Ok(id)
    }

    /// The node of `label` identified by `identity`, created with `props` when new.
    pub(crate) fn ensure_identified(&mut self, label: Label, identity: &str, props: Props) -> Result<NodeId> {
        let key = keys::identity(label, identity);
        if let Some(b) = self.get(&key)? {
            return Ok(NodeId(codec::decode_u64(&b, "an identity entry")?));
        }
        let id = self.create_node(label, props)?;
        self.batch.put(key, codec::encode_u64(id.0));
        Ok(id)
    }

    /// The relationship `from -[rel {discriminator}]-> to`, created when new;
    /// `provenance` is added to it either way.
    pub(crate) fn ensure_edge(
        &mut self,
        from: NodeId,
        rel: RelType,
        to: NodeId,
        props: Props,
        provenance: Option<Provenance>,
    ) -> Result<EdgeId> {
        let discriminator = match rel {
            RelType::Holds => props.get("status").and_then(PropValue::as_str).unwrap_or(""),
            RelType::Participated => props.get("role").and_then(PropValue::as_str).unwrap_or(""),
            _ => "",
        };
        let ident = keys::edge_identity(from, rel, to, discriminator);
        // A relationship of a node this transaction created cannot be in the
        // store yet: only the batch can hold it (most new relationships are
        // such, and the store's look-up would miss).
        let known = if self.new_nodes.contains(&from) || self.new_nodes.contains(&to) {
            self.batch.writes.get(&ident).cloned().flatten()
        } else {
            self.get(&ident)?
        };
        let id = match known {
            Some(b) => EdgeId(codec::decode_u64(&b, "an edge identity entry")?),
            None => {
                let id = EdgeId(self.next_edge);
                self.next_edge += 1;
                self.batch.put(ident, codec::encode_u64(id.0));
                self.batch.put(keys::adjacency(keys::OUT, from, rel, to, id), Vec::new());
                self.batch.put(keys::adjacency(keys::IN, to, rel, from, id), Vec::new());
                self.bump(keys::rel_count(rel))?;
                self.edges.insert(id, Edge { id, rel, from, to, props, provenance: Vec::new() });
                self.dirty_edges.insert(id);
                self.edges_added += 1;
                id
            }
        };
        if !self.edges.contains_key(&id) {
            if let Some(edge) = self.store.edge(id)? {
                self.edges.insert(id, edge);
            }
        }
        if let (Some(p), Some(edge)) = (provenance, self.edges.get_mut(&id)) {
            if !edge.provenance.contains(&p) {
                edge.provenance.push(p);
                self.dirty_edges.insert(id);
            }
        }
        Ok(id)
    }

    /// Everything staged, as one batch (records, indexes, counters, id counters).
    pub(crate) fn into_batch(mut self) -> WriteBatch {
        let mut nodes = std::mem::take(&mut self.nodes);
        for id in std::mem::take(&mut self.dirty_nodes) {
            let Some(node) = nodes.remove(&id) else { continue };
            let new_entries = index_entries(&node);
            let old_entries = self.old_entries.remove(&id).unwrap_or_default();
            for (prop, value) in &old_entries {
                if !new_entries.contains(&(*prop, value.clone())) {
                    self.batch.delete(keys::prop(prop, value, id));
                }
            }
            for (prop, value) in &new_entries {
                self.batch.put(keys::prop(prop, value, id), index_witness(&node, prop));
            }
            self.batch.put(keys::node(id), codec::encode(&node));
        }
        let mut edges = std::mem::take(&mut self.edges);
        for id in std::mem::take(&mut self.dirty_edges) {
            if let Some(edge) = edges.remove(&id) {
                self.batch.put(keys::edge(id), codec::encode(&edge));
            }
        }
        for (key, value) in std::mem::take(&mut self.counters) {
            self.batch.put(key, codec::encode_u64(value));
        }
        self.batch.put(keys::meta("next_node"), codec::encode_u64(self.next_node));
        self.batch.put(keys::meta("next_edge"), codec::encode_u64(self.next_edge));
        self.batch
    }

    pub(crate) fn put_raw(&mut self, key: Vec<u8>, value: Vec<u8>) {
        self.batch.put(key, value);
    }

    /// The person named `name` (canonical) also known as `aliases`, merged
    /// into an existing person by a shared name form (see the module notes).
    fn ensure_person(&mut self, name: &str, aliases: &[String]) -> Result<NodeId> {
        let mut forms: Vec<String> = Vec::new();
        for n in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
            let f = index_form(n);
            if !f.is_empty() && !forms.contains(&f) {
                forms.push(f);
            }
        }
        let mut chosen: Option<NodeId> = None;
        for form in &forms {
            let mut candidates = BTreeSet::new();
            for prop in ["name", "aliases"] {
                for id in self.ids_with_value(prop, form)? {
                    if self.node(id)?.is_some_and(|n| n.label == Label::Person) {
                        candidates.insert(id);
                    }
                }
            }
            let usable = candidates.len() == 1 || (!extract::has_initial(form) && !candidates.is_empty());
            if usable {
                chosen = candidates.into_iter().next();
                break;
            }
        }
        let id = match chosen {
            Some(id) => id,
            None => {
                let mut props = Props::new();
                props.insert("name".into(), PropValue::Str(name.to_string()));
                props.insert("aliases".into(), PropValue::List(Vec::new()));
                self.create_node(Label::Person, props)?
            }
        };
        let node = self.node(id)?.expect("person node just found or created");
        let before_name = node.str_prop("name").unwrap_or_default().to_string();
        let before_aliases = match node.props.get("aliases") {
            Some(PropValue::List(l)) => l.clone(),
            _ => Vec::new(),
        };
        let mut current = before_name.clone();
        let mut list = before_aliases.clone();
        // A full name is a better canonical name than an initial form.
        if extract::has_initial(&current) && !extract::has_initial(name) {
            list.push(std::mem::replace(&mut current, name.to_string()));
        }
        for n in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
            if index_form(n) != index_form(&current) && !list.iter().any(|a| index_form(a) == index_form(n)) {
                list.push(n.to_string());
            }
        }
        list.retain(|a| index_form(a) != index_form(&current));
        if current != before_name || list != before_aliases {
            let node = self.node_mut(id)?.expect("person node just read");
            node.props.insert("name".into(), PropValue::Str(current));
            node.props.insert("aliases".into(), PropValue::List(list));
        }
        Ok(id)
    }

    /// The node an organisation key names: the party, a branch, or another body.
    pub(crate) fn ensure_org(&mut self, key: &str) -> Result<NodeId> {
        let (label, props) = org_node(key);
        self.ensure_identified(label, key, props)
    }

    fn ensure_office(&mut self, role: &str, org_key: &str) -> Result<(NodeId, NodeId)> {
        let org = self.ensure_org(org_key)?;
        let key = format!("{role}@{org_key}");
        let mut props = Props::new();
        props.insert("key".into(), PropValue::Str(key.clone()));
        props.insert("role".into(), PropValue::Str(role.to_string()));
        let office = self.ensure_identified(Label::Office, &key, props)?;
        self.ensure_edge(office, RelType::Of, org, Props::new(), None)?;
        Ok((office, org))
    }
}

/// The label and properties of the node an organisation key names.
pub(crate) fn org_node(key: &str) -> (Label, Props) {
    let mut props = Props::new();
    props.insert("key".into(), PropValue::Str(key.to_string()));
    let parts: Vec<&str> = key.splitn(3, '/').collect();
    match parts.as_slice() {
        ["AMANAT", "central"] => {
            props.insert("name".into(), PropValue::Str("AMANAT".into()));
            (Label::Party, props)
        }
        ["AMANAT", level, rest @ ..] => {
            props.insert("level".into(), PropValue::Str(level.to_string()));
            if let Some(region) = rest.first() {
                props.insert("region".into(), PropValue::Str(region.to_string()));
            }
            props.insert("party".into(), PropValue::Str("AMANAT".into()));
            (Label::Branch, props)
        }
        [kind, rest @ ..] => {
            props.insert("kind".into(), PropValue::Str(kind.to_string()));
            props.insert("name".into(), PropValue::Str(org_display_name(kind, rest)));
            (Label::Organization, props)
        }
        [] => (Label::Organization, props),
    }
}

fn org_display_name(kind: &str, rest: &[&str]) -> String {
    let level_word = |level: &str, oblast: &str, district: &str, city: &str| match level {
        "oblast" => oblast.to_string(),
        "district" | "city_district" => district.to_string(),
        "city" => city.to_string(),
        other => other.to_string(),
    };
    match (kind, rest) {
        ("gov", ["central"]) => "Қазақстан Республикасы".to_string(),
        ("gov", [level, region]) if *level == "rural" => format!("{region} ауылдық округінің әкімдігі"),
        ("gov", [level, region]) => {
            format!("{region} {} әкімдігі", level_word(level, "облысының", "ауданының", "қаласының"))
        }
        ("maslikhat", [level, region]) => {
            format!("{region} {} мәслихаты", level_word(level, "облыстық", "аудандық", "қалалық"))
        }
        ("parliament", [chamber]) => format!("Парламент {chamber}і"),
        (_, parts) => parts.join("/"),
    }
}

/// Writes one article: its node, record, registry entry and everything its
/// facts say. The caller applies the returned batch atomically.
pub(crate) fn stage_article(
    store: &Store,
    text: &str,
    source: &str,
    hash: &[u8; 32],
    facts: &ArticleFacts,
) -> Result<(WriteBatch, IngestReport)> {
    let mut txn = Txn::new(store)?;
    let report = stage_article_in(&mut txn, text, source, hash, facts)?;
    Ok((txn.into_batch(), report))
}

/// Stages one article in `txn`, over whatever the transaction already holds
/// (a group commit stages several articles in one transaction and applies
/// them as one batch: each article is whole in it, so the store still never
/// holds half of one). An article whose hash the store or the transaction
/// already has is reported as not new and changes nothing. When this returns
/// an error the transaction may hold part of the article: drop it.
pub(crate) fn stage_article_in(
    txn: &mut Txn<'_>,
    text: &str,
    source: &str,
    hash: &[u8; 32],
    facts: &ArticleFacts,
) -> Result<IngestReport> {
    let hex = hex(hash);
    let article_id = hex[..16].to_string();
    if txn.get(&keys::article_hash(hash))?.is_some() {
        // The same text, so the same title.
        return Ok(IngestReport { article_id, title: facts.title.clone(), ..IngestReport::default() });
    }
    let (nodes_before, edges_before) = (txn.nodes_added, txn.edges_added);
    let mut props = Props::new();
    props.insert("id".into(), PropValue::Str(article_id.clone()));
    props.insert("title".into(), PropValue::Str(facts.title.clone()));
    props.insert("hash".into(), PropValue::Str(hex));
    props.insert("source".into(), PropValue::Str(source.to_string()));
    props.insert("bytes".into(), PropValue::Int(i64::try_from(text.len()).unwrap_or(i64::MAX)));
    let article = txn.create_node(Label::Article, props)?;
    txn.put_raw(keys::article_hash(hash), codec::encode_u64(article.0));

    apply_facts(txn, article, facts)?;

    let report = IngestReport {
        article_id,
        title: facts.title.clone(),
        new: true,
        facts: facts.facts.len(),
        nodes_added: txn.nodes_added - nodes_before,
        edges_added: txn.edges_added - edges_before,
    };
    txn.put_raw(keys::article_facts(article), codec::encode(&ArticleRecordRef { text, facts }));
    Ok(report)
}

/// [`super::ArticleRecord`] borrowed, for encoding without copying the text (serde
/// writes both the same way).
#[derive(serde::Serialize)]
struct ArticleRecordRef<'a> {
    text: &'a str,
    facts: &'a ArticleFacts,
}

/// The graph an article's facts describe, staged in `txn`.
fn apply_facts(txn: &mut Txn<'_>, article: NodeId, facts: &ArticleFacts) -> Result<()> {
    let prov = |span: Span| Some(Provenance { article, span });
    let mention = |txn: &mut Txn<'_>, node: NodeId, span: Span| {
        txn.ensure_edge(node, RelType::MentionedIn, article, Props::new(), prov(span)).map(|_| ())
    };

    // People first, with every alias the article gives them.
    let mut aliases: HashMap<&str, Vec<String>> = HashMap::new();
    for f in &facts.facts {
        if let Fact::Alias { name, alias } = &f.fact {
            aliases.entry(name.as_str()).or_default().push(alias.clone());
        }
    }
    let mut people: HashMap<String, NodeId> = HashMap::new();
    let mut person = |txn: &mut Txn<'_>, name: &str, span: Span| -> Result<NodeId> {
        if let Some(id) = people.get(name) {
            return Ok(*id);
        }
        let id = txn.ensure_person(name, aliases.get(name).map(Vec::as_slice).unwrap_or(&[]))?;
        mention(txn, id, span)?;
        people.insert(name.to_string(), id);
        Ok(id)
    };
    let mut events: HashMap<EventKey, NodeId> = HashMap::new();
    let article_id = match txn.node(article)?.and_then(|n| n.str_prop("id").map(str::to_string)) {
        Some(id) => id,
        None => String::new(),
    };
    let mut event = |txn: &mut Txn<'_>, key: &EventKey, span: Span| -> Result<NodeId> {
        if let Some(id) = events.get(key) {
            return Ok(*id);
        }
        let mut props = Props::new();
        props.insert("key".into(), PropValue::Str(key.to_string()));
        props.insert("kind".into(), PropValue::Str(key.kind.to_string()));
        props.insert("article".into(), PropValue::Str(article_id.clone()));
        let id = txn.ensure_identified(Label::Event, &format!("{key}#{article_id}"), props)?;
        let org = txn.ensure_org(&key.org)?;
        txn.ensure_edge(id, RelType::Of, org, Props::new(), prov(span))?;
        mention(txn, id, span)?;
        if let Some(place) = region_place(&key.org) {
            let mut props = Props::new();
            props.insert("name".into(), PropValue::Str(place.clone()));
            let place = txn.ensure_identified(Label::Place, &place, props)?;
            txn.ensure_edge(id, RelType::In, place, Props::new(), prov(span))?;
        }
        events.insert(key.clone(), id);
        Ok(id)
    };

    for sf in &facts.facts {
        let span = sf.span;
        match &sf.fact {
            Fact::Person { name } => {
                person(txn, name, span)?;
            }
            Fact::Alias { name, .. } => {
                person(txn, name, span)?;
            }
            Fact::Author { name } => {
                let p = person(txn, name, span)?;
                txn.ensure_edge(p, RelType::Authored, article, Props::new(), prov(span))?;
            }
            Fact::Branch { key } => {
                let b = txn.ensure_org(key)?;
                mention(txn, b, span)?;
            }
            Fact::Parent { child, parent } => {
                let c = txn.ensure_org(child)?;
                let p = txn.ensure_org(parent)?;
                txn.ensure_edge(c, RelType::PartOf, p, Props::new(), prov(span))?;
            }
            Fact::Holds { name, role, org, status } => {
                let p = person(txn, name, span)?;
                let (office, org) = txn.ensure_office(role.as_str(), org)?;
                mention(txn, org, span)?;
                let mut props = Props::new();
                props.insert("status".into(), PropValue::Str(status.as_str().into()));
                txn.ensure_edge(p, RelType::Holds, office, props, prov(span))?;
            }
            Fact::Elected { name, role, org } => {
                let p = person(txn, name, span)?;
                let (office, _) = txn.ensure_office(role.as_str(), org)?;
                txn.ensure_edge(p, RelType::ElectedTo, office, Props::new(), prov(span))?;
                // ONTOLOGY.md: `elected` adds `holds ... current`.
                let mut props = Props::new();
                props.insert("status".into(), PropValue::Str(Status::Current.as_str().into()));
                txn.ensure_edge(p, RelType::Holds, office, props, prov(span))?;
            }
            Fact::Event { event: key } => {
                event(txn, key, span)?;
            }
            Fact::EventAttr { event: key, attr, value } => {
                let e = event(txn, key, span)?;
                let value = match attr {
                    EventAttr::Ordinal => value.parse::<i64>().map(PropValue::Int).unwrap_or(PropValue::Str(value.clone())),
                    _ => PropValue::Bool(value == "yes"),
                };
                if let Some(node) = txn.node_mut(e)? {
                    node.props.insert(attr.as_str().to_string(), value);
                }
            }
            Fact::Participant { name, role, event: key } => {
                let p = person(txn, name, span)?;
                let e = event(txn, key, span)?;
                let mut props = Props::new();
                props.insert("role".into(), PropValue::Str(role.as_str().into()));
                txn.ensure_edge(p, RelType::Participated, e, props, prov(span))?;
            }
        }
    }
    Ok(())
}

/// The place an organisation key is located in (its region), if any.
fn region_place(org_key: &str) -> Option<String> {
    let parts: Vec<&str> = org_key.split('/').collect();
    match parts.as_slice() {
        ["AMANAT", "primary", ..] | ["org", ..] | ["parliament", ..] => None,
        [_, _level, region] => Some(region.to_string()),
        _ => None,
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}
