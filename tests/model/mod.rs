//! A reference model of the graph an article's facts make (ONTOLOGY.md and
//! the identity rules of ARCHITECTURE.md), kept in plain B-tree maps, and a
//! driver that applies the same operations to a `Db` and to the model and
//! compares the two after every step. Used by `store_model.rs` (random
//! operations) and `store_regressions.rs` (fixed ones).

#![allow(dead_code)]

use shezhire::extract::{EventKey, Role, Status};
use shezhire::{ArticleFacts, Db, Direction, Fact, Label, NodeId, PropValue, RelType};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use unicode_normalization::UnicodeNormalization;

/// The comparison form of a name (the scorer's and the index's): NFC, lower
/// case, single spaces, no space after an initial's full stop.
pub fn form(text: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for ch in text.nfc().flat_map(char::to_lowercase) {
        if ch.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space && !out.ends_with('.') {
                out.push(' ');
            }
            space = false;
            out.push(ch);
        }
    }
    out
}

/// One thing done to the database.
#[derive(Clone, Debug)]
pub enum Op {
    /// Ingest a new article with these facts (through `ingest_facts`).
    Ingest(Vec<Fact>),
    /// Ingest the text of an earlier article again (index modulo the number
    /// of articles), through `Db::ingest` or through `ingest_facts` with
    /// other facts and another source: either way nothing may change.
    Reingest { which: usize, via_text: bool },
    /// Drop the `Db` and open the directory again.
    Reopen,
    /// `find` a name, compared with the people the model has under its form.
    Find(String),
    /// The HOLDS neighbours of a person (index modulo the number of people).
    Neighbours(usize),
}

/// A node of the model, named the way the store's nodes can be recognised.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MNode {
    /// The n-th person created.
    Person(usize),
    /// A party, branch or organisation by key.
    Org(String),
    /// `ROLE@ORGKEY`.
    Office(String),
    /// `KIND@ORGKEY` and the article index.
    Event(String, usize),
    /// A place by name.
    Place(String),
    /// The n-th article ingested.
    Article(usize),
}

/// A relationship: `(type, from, to, status or role)`.
pub type MEdge = (RelType, MNode, MNode, String);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MPerson {
    pub name: String,
    pub aliases: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct MArticle {
    pub source: String,
    pub text: String,
    pub facts: ArticleFacts,
}

/// The graph the store should hold.
#[derive(Clone, Debug, Default)]
pub struct Model {
    pub persons: Vec<MPerson>,
    pub orgs: BTreeMap<String, Label>,
    pub offices: BTreeSet<String>,
    pub places: BTreeSet<String>,
    /// Events and their attributes.
    pub events: BTreeMap<(String, usize), BTreeMap<String, PropValue>>,
    /// Relationships and the articles that cite them.
    pub edges: BTreeMap<MEdge, BTreeSet<usize>>,
    pub articles: Vec<MArticle>,
}

/// The label of the node an organisation key names.
pub fn org_label(key: &str) -> Label {
    let parts: Vec<&str> = key.splitn(3, '/').collect();
    match parts.as_slice() {
        ["AMANAT", "central"] => Label::Party,
        ["AMANAT", _, ..] => Label::Branch,
        _ => Label::Organization,
    }
}

/// The region an event at this organisation took place in, if any.
fn region_place(org: &str) -> Option<String> {
    let parts: Vec<&str> = org.split('/').collect();
    match parts.as_slice() {
        ["AMANAT", "primary", ..] | ["org", ..] | ["parliament", ..] => None,
        [_, _, region] => Some(region.to_string()),
        _ => None,
    }
}

impl Model {
    fn edge(&mut self, rel: RelType, from: MNode, to: MNode, disc: &str, cited_by: Option<usize>) {
        let entry = self.edges.entry((rel, from, to, disc.to_string())).or_default();
        if let Some(a) = cited_by {
            entry.insert(a);
        }
    }

    fn org(&mut self, key: &str) -> MNode {
        self.orgs.insert(key.to_string(), org_label(key));
        MNode::Org(key.to_string())
    }

    fn office(&mut self, role: Role, org: &str) -> MNode {
        let org_node = self.org(org);
        let key = format!("{role}@{org}");
        self.offices.insert(key.clone());
        self.edge(RelType::Of, MNode::Office(key.clone()), org_node, "", None);
        MNode::Office(key)
    }

    /// ARCHITECTURE.md: people are one node when they share a name form; a
    /// form with an initial merges only when exactly one person has it; a
    /// full name replaces an initial form as the canonical name.
    pub fn person(&mut self, name: &str, aliases: &[String]) -> usize {
        let mut forms: Vec<String> = Vec::new();
        for n in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
            let f = form(n);
            if !f.is_empty() && !forms.contains(&f) {
                forms.push(f);
            }
        }
        let mut chosen = None;
        for f in &forms {
            let candidates: Vec<usize> = (0..self.persons.len())
                .filter(|&i| {
                    let p = &self.persons[i];
                    form(&p.name) == *f || p.aliases.iter().any(|a| form(a) == *f)
                })
                .collect();
            let initial = shezhire::extract::has_initial(f);
            if candidates.len() == 1 || (!initial && !candidates.is_empty()) {
                chosen = Some(candidates[0]);
                break;
            }
        }
        let id = chosen.unwrap_or_else(|| {
            self.persons.push(MPerson { name: name.to_string(), aliases: Vec::new() });
            self.persons.len() - 1
        });
        let p = &mut self.persons[id];
        let has_initial = shezhire::extract::has_initial;
        if has_initial(&p.name) && !has_initial(name) {
            let old = std::mem::replace(&mut p.name, name.to_string());
            p.aliases.push(old);
        }
        for n in std::iter::once(name).chain(aliases.iter().map(String::as_str)) {
            if form(n) != form(&p.name) && !p.aliases.iter().any(|a| form(a) == form(n)) {
                p.aliases.push(n.to_string());
            }
        }
        let canonical = form(&p.name);
        p.aliases.retain(|a| form(a) != canonical);
        id
    }

    /// What ingesting a new article does (ONTOLOGY.md, facts → graph).
    pub fn ingest(&mut self, source: &str, text: &str, facts: &ArticleFacts) {
        let a = self.articles.len();
        self.articles.push(MArticle { source: source.to_string(), text: text.to_string(), facts: facts.clone() });
        let article = MNode::Article(a);
        let mut aliases: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for f in &facts.facts {
            if let Fact::Alias { name, alias } = &f.fact {
                aliases.entry(name.as_str()).or_default().push(alias.clone());
            }
        }
        let mut people: BTreeMap<String, usize> = BTreeMap::new();
        let mut events: BTreeMap<EventKey, MNode> = BTreeMap::new();
        let mut person = |m: &mut Model, name: &str| -> MNode {
            if let Some(&p) = people.get(name) {
                return MNode::Person(p);
            }
            let p = m.person(name, aliases.get(name).map(Vec::as_slice).unwrap_or(&[]));
            m.edge(RelType::MentionedIn, MNode::Person(p), article.clone(), "", Some(a));
            people.insert(name.to_string(), p);
            MNode::Person(p)
        };
        let mut event = |m: &mut Model, key: &EventKey| -> MNode {
            if let Some(e) = events.get(key) {
                return e.clone();
            }
            let e = MNode::Event(key.to_string(), a);
            m.events.entry((key.to_string(), a)).or_default();
            let org = m.org(&key.org);
            m.edge(RelType::Of, e.clone(), org, "", Some(a));
            m.edge(RelType::MentionedIn, e.clone(), MNode::Article(a), "", Some(a));
            if let Some(place) = region_place(&key.org) {
                m.places.insert(place.clone());
                m.edge(RelType::In, e.clone(), MNode::Place(place), "", Some(a));
            }
            events.insert(key.clone(), e.clone());
            e
        };
        for sf in &facts.facts {
            match &sf.fact {
                Fact::Person { name } | Fact::Alias { name, .. } => {
                    person(self, name);
                }
                Fact::Author { name } => {
                    let p = person(self, name);
                    self.edge(RelType::Authored, p, MNode::Article(a), "", Some(a));
                }
                Fact::Branch { key } => {
                    let b = self.org(key);
                    self.edge(RelType::MentionedIn, b, MNode::Article(a), "", Some(a));
                }
                Fact::Parent { child, parent } => {
                    let c = self.org(child);
                    let p = self.org(parent);
                    self.edge(RelType::PartOf, c, p, "", Some(a));
                }
                Fact::Holds { name, role, org, status } => {
                    let p = person(self, name);
                    let office = self.office(*role, org);
                    let o = self.org(org);
                    self.edge(RelType::MentionedIn, o, MNode::Article(a), "", Some(a));
                    self.edge(RelType::Holds, p, office, status.as_str(), Some(a));
                }
                Fact::Elected { name, role, org } => {
                    let p = person(self, name);
                    let office = self.office(*role, org);
                    self.edge(RelType::ElectedTo, p.clone(), office.clone(), "", Some(a));
                    self.edge(RelType::Holds, p, office, Status::Current.as_str(), Some(a));
                }
                Fact::Event { event: key } => {
                    event(self, key);
                }
                Fact::EventAttr { event: key, attr, value } => {
                    event(self, key);
                    let v = match attr {
                        shezhire::extract::EventAttr::Ordinal => {
                            value.parse::<i64>().map(PropValue::Int).unwrap_or(PropValue::Str(value.clone()))
                        }
                        _ => PropValue::Bool(value == "yes"),
                    };
                    self.events.get_mut(&(key.to_string(), a)).unwrap().insert(attr.as_str().to_string(), v);
                }
                Fact::Participant { name, role, event: key } => {
                    let p = person(self, name);
                    let e = event(self, key);
                    self.edge(RelType::Participated, p, e, role.as_str(), Some(a));
                }
            }
        }
    }

    pub fn label_counts(&self) -> BTreeMap<Label, u64> {
        let mut out: BTreeMap<Label, u64> = Label::ALL.iter().map(|l| (*l, 0)).collect();
        *out.get_mut(&Label::Article).unwrap() = self.articles.len() as u64;
        *out.get_mut(&Label::Person).unwrap() = self.persons.len() as u64;
        for label in self.orgs.values() {
            *out.get_mut(label).unwrap() += 1;
        }
        *out.get_mut(&Label::Office).unwrap() = self.offices.len() as u64;
        *out.get_mut(&Label::Event).unwrap() = self.events.len() as u64;
        *out.get_mut(&Label::Place).unwrap() = self.places.len() as u64;
        out
    }

    pub fn rel_counts(&self) -> BTreeMap<RelType, u64> {
        let mut out: BTreeMap<RelType, u64> = RelType::ALL.iter().map(|r| (*r, 0)).collect();
        for (rel, ..) in self.edges.keys() {
            *out.get_mut(rel).unwrap() += 1;
        }
        out
    }

    /// The people `find(name)` must return.
    pub fn find(&self, name: &str) -> BTreeSet<usize> {
        let f = form(name);
        (0..self.persons.len())
            .filter(|&i| form(&self.persons[i].name) == f || self.persons[i].aliases.iter().any(|a| form(a) == f))
            .collect()
    }
}

/// The database under test and its model, side by side.
pub struct Harness {
    pub db: Option<Db>,
    pub path: PathBuf,
    _dir: Option<tempfile::TempDir>,
    pub model: Model,
    steps: usize,
}

impl Harness {
    /// A new database on disk in a temporary directory.
    pub fn on_disk() -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let db = Db::open(&path).unwrap();
        Harness { db: Some(db), path, _dir: Some(dir), model: Model::default(), steps: 0 }
    }

    /// A new database in memory (reopening keeps the same `Db`).
    pub fn in_memory() -> Harness {
        let db = Db::open_in_memory().unwrap();
        Harness { db: Some(db), path: PathBuf::new(), _dir: None, model: Model::default(), steps: 0 }
    }

    pub fn db(&self) -> &Db {
        self.db.as_ref().unwrap()
    }

    /// Applies one operation to both and compares them; `Err` says how they differ.
    pub fn step(&mut self, op: &Op) -> Result<(), String> {
        self.steps += 1;
        let step = self.steps;
        let ctx = |what: String| format!("step {step} ({op:?}): {what}");
        match op {
            Op::Ingest(facts) => {
                let n = self.model.articles.len();
                let title = format!("Мақала {n}");
                let (text, article) = crate::common::article_from_facts(&title, facts);
                let source = format!("a{n}.txt");
                let report = self.db().ingest_facts(&text, &source, article.clone()).map_err(|e| ctx(e.to_string()))?;
                if !report.new {
                    return Err(ctx("a new article reported new: false".into()));
                }
                self.model.ingest(&source, &text, &article);
            }
            Op::Reingest { which, via_text } => {
                if self.model.articles.is_empty() {
                    return Ok(());
                }
                let earlier = self.model.articles[which % self.model.articles.len()].clone();
                let report = if *via_text {
                    self.db().ingest(&earlier.text, "again.txt")
                } else {
                    let mut other = earlier.facts.clone();
                    other.facts.truncate(other.facts.len() / 2);
                    other.title.push_str(" (edited)");
                    self.db().ingest_facts(&earlier.text, "again.txt", other)
                }
                .map_err(|e| ctx(e.to_string()))?;
                if report.new || report.nodes_added != 0 || report.edges_added != 0 {
                    return Err(ctx(format!("re-ingest changed something: {report:?}")));
                }
            }
            Op::Reopen => {
                if !self.path.as_os_str().is_empty() {
                    drop(self.db.take());
                    self.db = Some(Db::open(&self.path).map_err(|e| ctx(format!("reopen: {e}")))?);
                }
            }
            Op::Find(name) => {
                let found = self.db().find(name).map_err(|e| ctx(e.to_string()))?;
                let persons = self.person_ids().map_err(&ctx)?;
                let got: BTreeSet<usize> = found
                    .iter()
                    .filter(|n| n.label == Label::Person)
                    .map(|n| persons.iter().position(|p| *p == n.id).unwrap())
                    .collect();
                let want = self.model.find(name);
                if got != want {
                    return Err(ctx(format!("find({name:?}) gave people {got:?}, the model {want:?}")));
                }
            }
            Op::Neighbours(which) => {
                let persons = self.person_ids().map_err(&ctx)?;
                if persons.is_empty() {
                    return Ok(());
                }
                let i = which % persons.len();
                let got: BTreeSet<(String, String)> = self
                    .db()
                    .neighbours(persons[i], Direction::Outgoing, Some(RelType::Holds))
                    .map_err(|e| ctx(e.to_string()))?
                    .into_iter()
                    .map(|(e, n)| {
                        (n.str_prop("key").unwrap_or("?").to_string(), e.str_prop("status").unwrap_or("?").to_string())
                    })
                    .collect();
                let want: BTreeSet<(String, String)> = self
                    .model
                    .edges
                    .keys()
                    .filter(|(rel, from, ..)| *rel == RelType::Holds && *from == MNode::Person(i))
                    .map(|(_, _, to, status)| match to {
                        MNode::Office(k) => (k.clone(), status.clone()),
                        other => (format!("{other:?}"), status.clone()),
                    })
                    .collect();
                if got != want {
                    return Err(ctx(format!("HOLDS of person {i}: store {got:?}, model {want:?}")));
                }
            }
        }
        self.compare().map_err(ctx)
    }

    fn person_ids(&self) -> Result<Vec<NodeId>, String> {
        Ok(self.db().nodes_with_label(Label::Person).map_err(|e| e.to_string())?.into_iter().map(|n| n.id).collect())
    }

    /// The whole store against the model.
    pub fn compare(&self) -> Result<(), String> {
        let db = self.db();
        let e = |e: shezhire::Error| e.to_string();
        let report = db.check().map_err(e)?;
        if !report.is_ok() {
            return Err(format!("check: {:#?}", report.problems));
        }
        let stats = db.stats().map_err(e)?;
        if stats.nodes != self.model.label_counts() {
            return Err(format!("node counts: store {:?}, model {:?}", stats.nodes, self.model.label_counts()));
        }
        if stats.relationships != self.model.rel_counts() {
            return Err(format!(
                "relationship counts: store {:?}, model {:?}",
                stats.relationships,
                self.model.rel_counts()
            ));
        }

        // Articles: order, source, title and facts.
        let articles = db.articles().map_err(e)?;
        let mut article_index: BTreeMap<NodeId, usize> = BTreeMap::new();
        let mut article_by_id: BTreeMap<String, usize> = BTreeMap::new();
        for (i, (a, m)) in articles.iter().zip(&self.model.articles).enumerate() {
            if a.source != m.source || a.title != m.facts.title {
                return Err(format!("article {i}: store {a:?}, model source {} title {}", m.source, m.facts.title));
            }
            let facts = db.facts(&a.id).map_err(e)?;
            if facts.to_facts_text() != m.facts.to_facts_text() {
                return Err(format!(
                    "facts of article {i}: store\n{}model\n{}",
                    facts.to_facts_text(),
                    m.facts.to_facts_text()
                ));
            }
            if db.article_text(&a.id).map_err(e)? != m.text {
                return Err(format!("text of article {i} differs"));
            }
            article_index.insert(a.node, i);
            article_by_id.insert(a.id.clone(), i);
        }

        // People: canonical names and aliases, in creation order.
        let people = db.nodes_with_label(Label::Person).map_err(e)?;
        let mut person_index = BTreeMap::new();
        for (i, (node, m)) in people.iter().zip(&self.model.persons).enumerate() {
            let mut aliases = match node.props.get("aliases") {
                Some(PropValue::List(l)) => l.clone(),
                other => return Err(format!("person {i} has aliases {other:?}")),
            };
            aliases.sort();
            let mut want = m.aliases.clone();
            want.sort();
            if node.str_prop("name") != Some(m.name.as_str()) || aliases != want {
                return Err(format!(
                    "person {i}: store {:?} {aliases:?}, model {:?} {want:?}",
                    node.str_prop("name"),
                    m.name
                ));
            }
            person_index.insert(node.id, i);
        }

        // Every node, recognised as the model names it.
        let mut names: BTreeMap<NodeId, MNode> = BTreeMap::new();
        let mut events = BTreeMap::new();
        for label in Label::ALL {
            for node in db.nodes_with_label(*label).map_err(e)? {
                let key = || node.str_prop("key").unwrap_or_default().to_string();
                let m = match label {
                    Label::Article => MNode::Article(article_index[&node.id]),
                    Label::Person => MNode::Person(person_index[&node.id]),
                    Label::Party | Label::Branch | Label::Organization => {
                        if self.model.orgs.get(&key()) != Some(label) {
                            return Err(format!("{label} {} is not in the model", key()));
                        }
                        MNode::Org(key())
                    }
                    Label::Office => MNode::Office(key()),
                    Label::Event => {
                        let a = article_by_id[node.str_prop("article").unwrap_or_default()];
                        let attrs: BTreeMap<String, PropValue> = node
                            .props
                            .iter()
                            .filter(|(k, _)| !["key", "kind", "article"].contains(&k.as_str()))
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        events.insert((key(), a), attrs);
                        MNode::Event(key(), a)
                    }
                    Label::Place => MNode::Place(node.str_prop("name").unwrap_or_default().to_string()),
                };
                names.insert(node.id, m);
            }
        }
        if events != self.model.events {
            return Err(format!("events: store {events:?}, model {:?}", self.model.events));
        }
        let places: BTreeSet<String> =
            names.values().filter_map(|m| if let MNode::Place(p) = m { Some(p.clone()) } else { None }).collect();
        if places != self.model.places {
            return Err(format!("places: store {places:?}, model {:?}", self.model.places));
        }

        // Every relationship, from both ends, with the articles citing it.
        let mut edges: BTreeMap<MEdge, BTreeSet<usize>> = BTreeMap::new();
        let mut incoming = 0usize;
        for (id, m) in &names {
            for (edge, other) in db.neighbours(*id, Direction::Outgoing, None).map_err(e)? {
                let disc = match edge.rel {
                    RelType::Holds => edge.str_prop("status").unwrap_or_default().to_string(),
                    RelType::Participated => edge.str_prop("role").unwrap_or_default().to_string(),
                    _ => String::new(),
                };
                let mut cited = BTreeSet::new();
                for p in &edge.provenance {
                    let Some(&a) = article_index.get(&p.article) else {
                        return Err(format!("relationship {} cites a non-article {}", edge.id, p.article));
                    };
                    if p.span.slice(&self.model.articles[a].text).map_or(true, str::is_empty) {
                        return Err(format!("relationship {} cites {:?}, not a span of article {a}", edge.id, p.span));
                    }
                    cited.insert(a);
                }
                let key = (edge.rel, m.clone(), names[&other.id].clone(), disc);
                if edges.insert(key.clone(), cited).is_some() {
                    return Err(format!("relationship {key:?} is stored twice"));
                }
            }
            incoming += db.neighbours(*id, Direction::Incoming, None).map_err(e)?.len();
        }
        if edges != self.model.edges {
            let only_store: Vec<_> = edges.iter().filter(|(k, v)| self.model.edges.get(*k) != Some(v)).collect();
            let only_model: Vec<_> = self.model.edges.iter().filter(|(k, v)| edges.get(*k) != Some(v)).collect();
            return Err(format!("relationships differ: store only {only_store:?}; model only {only_model:?}"));
        }
        if incoming != edges.len() {
            return Err(format!("{} relationships, {incoming} incoming adjacency entries", edges.len()));
        }
        Ok(())
    }
}
