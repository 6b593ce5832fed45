//! `shezhire gen`: a synthetic party-news graph of a chosen size, written
//! three ways from one plan: JSON Lines in the export format (so that
//! `shezhire import jsonl` loads it through the bulk path users get), CSV
//! files per label and per relationship type with a `manifest.json` (Kuzu's
//! `COPY` and the SQLite loader read these), and `params.json`, the random
//! query parameters every system of the benchmark runs with.
//!
//! The graph, for `N` people: the party AMANAT; its branch tree over the
//! gazetteer's real oblasts, cities of republican and oblast significance,
//! districts and city districts, plus about `N/50` primary organisations
//! under the districts and cities; offices at every branch (the roles of
//! ONTOLOGY.md); `N` people with Kazakh names holding 1–3 offices, current
//! and former, mostly at one "home" branch and its parent; about `N/10`
//! events with 5–20 participants in roles; about `N/5` articles, each event
//! reported by one and the rest announcing appointments, that mention the
//! people, events and branches they state. Every relationship an article
//! states cites it (provenance), as ingest would record.

use super::rng::Rng;
use crate::error::{Error, Result};
use crate::export::json::{EdgeOut, NodeOut, ProvenanceOut};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

const GAZETTEER: &str = include_str!("../extract/kk/data/gazetteer.tsv");
const GIVEN_NAMES: &str = include_str!("../extract/kk/data/given_names.tsv");

/// How many query parameters `params.json` holds per query.
const PARAMS_PER_QUERY: usize = 2000;
/// Shortest-path pairs (the query is slow in some systems).
const PATH_PAIRS: usize = 300;

/// What to generate.
#[derive(Clone, Debug)]
pub struct GenOptions {
    /// People (the graph's scale).
    pub people: u64,
    /// The random seed: the same seed gives the same files.
    pub seed: u64,
    /// The directory the files go to (created).
    pub out: PathBuf,
}

/// What was generated.
#[derive(Clone, Debug, Default, Serialize)]
pub struct GenReport {
    /// Nodes of each label.
    pub nodes: BTreeMap<String, u64>,
    /// Relationships of each type.
    pub relationships: BTreeMap<String, u64>,
}

impl GenReport {
    /// All nodes.
    pub fn node_total(&self) -> u64 {
        self.nodes.values().sum()
    }

    /// All relationships.
    pub fn relationship_total(&self) -> u64 {
        self.relationships.values().sum()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    Central,
    Oblast,
    City,
    District,
    Primary,
}

impl Level {
    fn as_str(self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::Oblast => "oblast",
            Level::City => "city",
            Level::District => "district",
            Level::Primary => "primary",
        }
    }

    /// Roles at a branch of this level and how often a new holder takes each.
    fn roles(self) -> &'static [(&'static str, u32)] {
        match self {
            Level::Central => &[
                ("chairman", 1),
                ("first_deputy_chairman", 1),
                ("deputy_chairman", 2),
                ("executive_secretary", 1),
                ("bureau_member", 4),
                ("political_council_member", 20),
                ("control_commission_chairman", 1),
            ],
            Level::Oblast => &[
                ("chairman", 1),
                ("first_deputy_chairman", 1),
                ("deputy_chairman", 2),
                ("executive_secretary", 1),
                ("deputy_executive_secretary", 1),
                ("bureau_member", 4),
                ("political_council_member", 20),
                ("control_commission_chairman", 1),
                ("faction_leader", 1),
            ],
            Level::City | Level::District => &[
                ("chairman", 1),
                ("deputy_chairman", 2),
                ("executive_secretary", 1),
                ("political_council_member", 15),
                ("faction_leader", 1),
            ],
            Level::Primary => &[("chairman", 1), ("deputy_chairman", 1), ("secretary", 2), ("political_council_member", 8)],
        }
    }
}

struct Branch {
    id: u64,
    key: String,
    level: Level,
    /// The gazetteer name (none for the party and primary organisations).
    region: Option<String>,
    /// Index of the parent branch (none for the party).
    parent: Option<usize>,
    /// The Place node events here are in.
    place: Option<u64>,
    /// Node ids of its offices, in the order of `level.roles()`.
    offices: Vec<u64>,
    /// People holding an office here (person indexes).
    holders: Vec<u32>,
}

struct Person {
    name: String,
    aliases: Vec<String>,
    surname: String,
    given: String,
}

/// A relationship as planned: ends, type, a property and the citing article.
struct Rel {
    rel: &'static str,
    from: u64,
    to: u64,
    /// `status` of HOLDS, `role` of PARTICIPATED.
    prop: Option<&'static str>,
    /// Index of the citing article.
    article: Option<u32>,
}

struct Article {
    id: u64,
    title: String,
    /// The people it names, for its text.
    names: Vec<u32>,
}

/// The whole plan: nodes by label and relationships, before anything is written.
struct Plan {
    branches: Vec<Branch>,
    places: Vec<(u64, String)>,
    offices: Vec<(u64, String, &'static str)>,
    people: Vec<Person>,
    person_base: u64,
    events: Vec<(u64, String, &'static str, usize)>,
    articles: Vec<Article>,
    rels: Vec<Rel>,
    /// (article index << 32 | node id) for every MENTIONED_IN, sorted, unique.
    mentions: Vec<u64>,
}

/// Generates the graph into `opts.out`.
pub fn generate(opts: &GenOptions) -> Result<GenReport> {
    if opts.people < 20 {
        return Err(Error::Unsupported("gen needs at least 20 people".into()));
    }
    std::fs::create_dir_all(&opts.out).map_err(|e| Error::io(&opts.out, e))?;
    let mut rng = Rng::new(opts.seed);
    let plan = plan(opts.people, &mut rng);
    let texts: Vec<String> = plan.articles.iter().enumerate().map(|(i, a)| article_text(&plan, i, a)).collect();
    let hashes: Vec<String> = texts.iter().map(|t| crate::store::write::hex(blake3::hash(t.as_bytes()).as_bytes())).collect();
    let report = write_all(&plan, &texts, &hashes, &opts.out)?;
    write_params(&plan, &mut rng, &opts.out)?;
    Ok(report)
}

fn plan(n: u64, rng: &mut Rng) -> Plan {
    let mut next_id = 1u64;

    // The branch tree over the gazetteer.
    let mut branches = vec![Branch {
        id: take(&mut next_id),
        key: "AMANAT/central".into(),
        level: Level::Central,
        region: None,
        parent: None,
        place: None,
        offices: Vec::new(),
        holders: Vec::new(),
    }];
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut top: HashMap<String, usize> = HashMap::new();
    let rows: Vec<Vec<&str>> = GAZETTEER
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
        .collect();
    let mut add = |branches: &mut Vec<Branch>, level: Level, name: &str, parent: usize, id: u64| -> Option<usize> {
        let key = format!("AMANAT/{}/{name}", level.as_str());
        // Homonymous districts (two Есіл) would share a key: the first stays.
        if by_key.contains_key(&key) {
            return None;
        }
        by_key.insert(key.clone(), branches.len());
        branches.push(Branch {
            id,
            key,
            level,
            region: Some(name.to_string()),
            parent: Some(parent),
            place: None,
            offices: Vec::new(),
            holders: Vec::new(),
        });
        Some(branches.len() - 1)
    };
    for kind in ["oblast", "city_rep"] {
        for r in rows.iter().filter(|r| r.first() == Some(&kind)) {
            let level = if kind == "oblast" { Level::Oblast } else { Level::City };
            if let Some(i) = add(&mut branches, level, r[1], 0, take(&mut next_id)) {
                top.insert(format!("{kind}:{}", r[1]), i);
            }
        }
    }
    for (kind, level, parent_kind) in
        [("city", Level::City, "oblast"), ("district", Level::District, "oblast"), ("city_district", Level::District, "city_rep")]
    {
        for r in rows.iter().filter(|r| r.first() == Some(&kind)) {
            let Some(&parent) = r.get(2).and_then(|p| top.get(&format!("{parent_kind}:{p}"))) else { continue };
            add(&mut branches, level, r[1], parent, take(&mut next_id));
        }
    }
    let local: Vec<usize> =
        (0..branches.len()).filter(|i| matches!(branches[*i].level, Level::City | Level::District) && branches[*i].parent != Some(0)).collect();
    let local: Vec<usize> = if local.is_empty() { vec![0] } else { local };
    let primary_count = (n / 50).max(1);
    const PRIMARY_WORDS: &[&str] =
        &["мектеп-гимназиясы", "ауруханасы", "колледжі", "ауылдық округі", "кәсіпорны", "университеті", "емханасы", "шаруашылығы"];
    for k in 0..primary_count {
        let parent = *rng.pick(&local);
        let place = branches[parent].region.clone().unwrap_or_default();
        let name = format!("{place} №{} {}", k + 1, rng.pick(PRIMARY_WORDS));
        let id = take(&mut next_id);
        let key = format!("AMANAT/primary/{name}");
        by_key.insert(key.clone(), branches.len());
        branches.push(Branch {
            id,
            key,
            level: Level::Primary,
            region: None,
            parent: Some(parent),
            place: None,
            offices: Vec::new(),
            holders: Vec::new(),
        });
    }

    // A place per region name (homonyms are one place, as ingest keys them).
    let mut places: Vec<(u64, String)> = Vec::new();
    let mut place_ids: HashMap<String, u64> = HashMap::new();
    for b in branches.iter_mut() {
        if let Some(region) = &b.region {
            let id = *place_ids.entry(region.clone()).or_insert_with(|| {
                let id = take(&mut next_id);
                places.push((id, region.clone()));
                id
            });
            b.place = Some(id);
        }
    }

    // Offices at every branch.
    let mut offices = Vec::new();
    for b in branches.iter_mut() {
        for (role, _) in b.level.roles() {
            let id = take(&mut next_id);
            offices.push((id, format!("{role}@{}", b.key), *role));
            b.offices.push(id);
        }
    }
    let office_rels: Vec<Rel> = branches
        .iter()
        .flat_map(|b| b.offices.iter().map(move |o| Rel { rel: "OF", from: *o, to: b.id, prop: None, article: None }))
        .collect();
    let part_of: Vec<Rel> = branches
        .iter()
        .filter_map(|b| b.parent.map(|p| (b.id, p)))
        .map(|(id, p)| Rel { rel: "PART_OF", from: id, to: branches[p].id, prop: None, article: None })
        .collect();

    // People.
    let names = NamePool::new();
    let person_base = next_id;
    let people: Vec<Person> = (0..n).map(|_| names.person(rng)).collect();
    next_id += n;

    // Articles: the first `events` report one event each, the rest appointments.
    let event_count = (n / 10).max(1);
    let article_count = (n / 5).max(event_count + 1);
    let event_base = next_id;
    next_id += event_count;
    let article_base = next_id;
    let mut articles: Vec<Article> =
        (0..article_count).map(|i| Article { id: article_base + i, title: String::new(), names: Vec::new() }).collect();

    let mut rels: Vec<Rel> = Vec::with_capacity((n * 4) as usize);
    rels.extend(part_of);
    rels.extend(office_rels);
    let mut mentions: Vec<u64> = Vec::with_capacity((n * 4) as usize);
    let mention = |mentions: &mut Vec<u64>, article: u64, node: u64| mentions.push((article << 32) | node);

    // Offices held: a home branch, 1–3 offices there or at its parent.
    let by_level = |level: Level| -> Vec<usize> { (0..branches.len()).filter(|i| branches[*i].level == level).collect() };
    let levels: Vec<Vec<usize>> = vec![
        vec![0],
        by_level(Level::Oblast).into_iter().chain(by_level(Level::City).into_iter().filter(|i| branches[*i].parent == Some(0))).collect(),
        local.clone(),
        by_level(Level::Primary),
    ];
    let appointment_articles = article_count - event_count;
    for pi in 0..people.len() {
        let pid = person_base + pi as u64;
        let tier = rng.weighted(&[5, 55, 160, 780]);
        let home = *rng.pick(&levels[tier]);
        let count = 1 + rng.weighted(&[30, 40, 30]);
        let mut held: Vec<u64> = Vec::with_capacity(count);
        for k in 0..count {
            let branch = match rng.weighted(&[70, 25, 5]) {
                0 => home,
                1 => branches[home].parent.unwrap_or(home),
                _ => rng.below(branches.len() as u64) as usize,
            };
            let b = &branches[branch];
            let roles: Vec<u32> = b.level.roles().iter().map(|(_, w)| *w).collect();
            let office = b.offices[rng.weighted(&roles)];
            if held.contains(&office) {
                continue;
            }
            held.push(office);
            let current = if k + 1 == count { rng.chance(0.8) } else { rng.chance(0.4) };
            let article = (event_count + rng.below(appointment_articles)) as u32;
            rels.push(Rel {
                rel: "HOLDS",
                from: pid,
                to: office,
                prop: Some(if current { "current" } else { "former" }),
                article: Some(article),
            });
            if current && rng.chance(0.15) {
                rels.push(Rel { rel: "ELECTED_TO", from: pid, to: office, prop: None, article: Some(article) });
            }
            mention(&mut mentions, u64::from(article), pid);
            mention(&mut mentions, u64::from(article), b.id);
            articles[article as usize].names.push(pi as u32);
            branches[branch].holders.push(pi as u32);
        }
    }

    // Events, each reported by its own article.
    const KINDS: &[&str] = &["conference", "meeting", "council_session", "visit", "congress"];
    let mut events = Vec::with_capacity(event_count as usize);
    for ei in 0..event_count {
        let eid = event_base + ei;
        let tier = rng.weighted(&[3, 150, 350, 497]);
        let branch = *rng.pick(&levels[tier]);
        let kind = match branches[branch].level {
            Level::Primary => *rng.pick(&["meeting", "meeting", "conference", "visit"]),
            Level::Central => *rng.pick(&["congress", "council_session", "conference"]),
            _ => KINDS[rng.weighted(&[30, 25, 25, 18, 2])],
        };
        let article = ei as u32;
        events.push((eid, format!("{kind}@{}", branches[branch].key), kind, branch));
        let b = &branches[branch];
        rels.push(Rel { rel: "OF", from: eid, to: b.id, prop: None, article: Some(article) });
        if let Some(place) = b.place {
            rels.push(Rel { rel: "IN", from: eid, to: place, prop: None, article: Some(article) });
        }
        mention(&mut mentions, ei, eid);
        mention(&mut mentions, ei, b.id);
        let size = rng.range(5, 20) as usize;
        let mut chosen: Vec<u32> = Vec::with_capacity(size);
        for _ in 0..size * 2 {
            if chosen.len() == size {
                break;
            }
            let p = if !b.holders.is_empty() && rng.chance(0.6) {
                *rng.pick(&b.holders)
            } else {
                rng.below(n) as u32
            };
            if !chosen.contains(&p) {
                chosen.push(p);
            }
        }
        let moderated = rng.chance(0.3);
        let speakers = rng.range(2, 5) as usize;
        for (k, p) in chosen.iter().enumerate() {
            let role = match k {
                0 if kind == "visit" => "visitor",
                0 => "chair",
                1 if moderated => "moderator",
                k if k <= speakers => "speaker",
                _ => "guest",
            };
            let pid = person_base + u64::from(*p);
            rels.push(Rel { rel: "PARTICIPATED", from: pid, to: eid, prop: Some(role), article: Some(article) });
            mention(&mut mentions, ei, pid);
            articles[ei as usize].names.push(*p);
        }
        articles[ei as usize].title = format!("{} {}", region_of(&branches, branch), event_title(kind));
    }

    // Bylines, the party named in every article, titles of the rest.
    for (ai, a) in articles.iter_mut().enumerate() {
        if rng.chance(0.6) {
            let p = rng.below(n);
            rels.push(Rel { rel: "AUTHORED", from: person_base + p, to: a.id, prop: None, article: Some(ai as u32) });
            mention(&mut mentions, ai as u64, person_base + p);
        }
        mention(&mut mentions, ai as u64, branches[0].id);
        if a.title.is_empty() {
            let branch = rng.below(branches.len() as u64) as usize;
            a.title = format!("{}: кадрлық тағайындаулар", region_of(&branches, branch));
        }
    }
    mentions.sort_unstable();
    mentions.dedup();
    Plan { branches, places, offices, people, person_base, events, articles, rels, mentions }
}

/// The next node id.
fn take(next: &mut u64) -> u64 {
    *next += 1;
    *next - 1
}

/// The region an article title names for a branch (its own, or its parent's).
fn region_of(branches: &[Branch], mut i: usize) -> String {
    loop {
        if let Some(r) = &branches[i].region {
            return r.clone();
        }
        match branches[i].parent {
            Some(p) => i = p,
            None => return "AMANAT".into(),
        }
    }
}

fn event_title(kind: &str) -> &'static str {
    match kind {
        "conference" => "партиялық конференциясы өтті",
        "meeting" => "партия белсенділерімен кездесу",
        "council_session" => "саяси кеңестің отырысы",
        "visit" => "жұмыс сапары",
        _ => "партия съезі",
    }
}

fn article_text(plan: &Plan, index: usize, a: &Article) -> String {
    let mut text = format!("{}\n\n№{} хабарлама. ", a.title, index + 1);
    let names: Vec<&str> = a.names.iter().take(8).map(|p| plan.people[*p as usize].name.as_str()).collect();
    if names.is_empty() {
        text.push_str("Партия филиалында жиын өтті.");
    } else {
        text.push_str("Жиынға ");
        text.push_str(&names.join(", "));
        text.push_str(" қатысты.");
    }
    text
}

/// Kazakh names: given names from the extractor's list, surnames built on
/// male given names the ways Kazakh surnames are built (-ов/-ев, -ова/-ева,
/// -ұлы/-қызы, and roots with -бай, -бек, -жан, -ғали).
struct NamePool {
    male: Vec<String>,
    female: Vec<String>,
}

impl NamePool {
    fn new() -> NamePool {
        let mut male = Vec::new();
        let mut female = Vec::new();
        for line in GIVEN_NAMES.lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.split('\t');
            let (Some(name), Some(g)) = (f.next(), f.next()) else { continue };
            // Hyphenated compounds make poor surname roots; keep them as given names.
            if g.trim() == "f" {
                female.push(name.to_string());
            } else {
                male.push(name.to_string());
            }
        }
        NamePool { male, female }
    }

    fn surname_root(&self, rng: &mut Rng) -> String {
        loop {
            let base = rng.pick(&self.male);
            if base.contains('-') || base.chars().count() < 3 {
                continue;
            }
            return match rng.weighted(&[55, 15, 12, 8, 6, 4]) {
                0 => base.clone(),
                1 => format!("{}бай", base.trim_end_matches(['й', 'а', 'е'])),
                2 => format!("{base}бек"),
                3 => format!("{base}жан"),
                4 => format!("{base}ғали"),
                _ => format!("{}тай", base.trim_end_matches(['й'])),
            };
        }
    }

    fn person(&self, rng: &mut Rng) -> Person {
        let female = rng.chance(0.45);
        let given = if female { rng.pick(&self.female) } else { rng.pick(&self.male) }.clone();
        let root = self.surname_root(rng);
        let surname = if rng.chance(0.12) {
            format!("{root}{}", if female { "қызы" } else { "ұлы" })
        } else {
            let stem = root.strip_suffix('й').unwrap_or(&root);
            let soft = stem.ends_with(['а', 'е', 'і', 'и', 'ы', 'у', 'ю', 'я', 'ж', 'ш', 'щ', 'ц', 'ч']) || root.ends_with('й');
            let suffix = match (soft, female) {
                (true, false) => "ев",
                (true, true) => "ева",
                (false, false) => "ов",
                (false, true) => "ова",
            };
            format!("{stem}{suffix}")
        };
        let name = format!("{given} {surname}");
        let mut aliases = Vec::new();
        if rng.chance(0.2) {
            let initial: String = given.chars().next().into_iter().collect();
            aliases.push(format!("{initial}.{surname}"));
        }
        Person { name, aliases, surname, given }
    }
}

// ---------------------------------------------------------------- writing

/// One CSV file per label and per (type, start label, end label).
struct CsvFiles {
    dir: PathBuf,
    files: BTreeMap<String, (csv::Writer<BufWriter<std::fs::File>>, serde_json::Value)>,
}

impl CsvFiles {
    /// The writer of file `name`; `describe` gives its header and manifest
    /// entry when it is new.
    fn writer(
        &mut self,
        name: &str,
        describe: impl FnOnce() -> (Vec<&'static str>, serde_json::Value),
    ) -> Result<&mut csv::Writer<BufWriter<std::fs::File>>> {
        if !self.files.contains_key(name) {
            let (header, meta) = describe();
            let path = self.dir.join(format!("{name}.csv"));
            let file = std::fs::File::create(&path).map_err(|e| Error::io(&path, e))?;
            let mut w = csv::Writer::from_writer(BufWriter::with_capacity(1 << 20, file));
            w.write_record(&header).map_err(|e| csv_error(&path, e))?;
            self.files.insert(name.to_string(), (w, meta));
        }
        Ok(&mut self.files.get_mut(name).expect("inserted above").0)
    }
}

fn csv_error(path: &Path, e: csv::Error) -> Error {
    Error::io(path, std::io::Error::other(e.to_string()))
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::io(path, e)
}

/// The byte span of an article's body (every fact cites its one sentence).
fn body_span(text: &str) -> [u32; 2] {
    let start = text.find("\n\n").map_or(0, |i| i + 2);
    [start as u32, text.len() as u32]
}

fn write_all(plan: &Plan, texts: &[String], hashes: &[String], out: &Path) -> Result<GenReport> {
    let jsonl_path = out.join("graph.jsonl");
    let file = std::fs::File::create(&jsonl_path).map_err(|e| Error::io(&jsonl_path, e))?;
    let mut jsonl = BufWriter::with_capacity(1 << 20, file);
    let csv_dir = out.join("csv");
    std::fs::create_dir_all(&csv_dir).map_err(|e| Error::io(&csv_dir, e))?;
    let mut csv = CsvFiles { dir: csv_dir.clone(), files: BTreeMap::new() };
    let mut report = GenReport::default();
    let mut labels: HashMap<u64, &'static str> = HashMap::new();

    let mut node = |label: &'static str,
                    id: u64,
                    props: Vec<(&'static str, serde_json::Value)>,
                    text: Option<&str>,
                    jsonl: &mut BufWriter<std::fs::File>,
                    csv: &mut CsvFiles|
     -> Result<()> {
        let properties: serde_json::Map<String, serde_json::Value> =
            props.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        let line = NodeOut { kind: "node", id, label, properties, text, facts: text.map(|_| [0u8; 0]) };
        serde_json::to_writer(&mut *jsonl, &line).map_err(|e| Error::io(&jsonl_path, e.into()))?;
        jsonl.write_all(b"\n").map_err(io(&jsonl_path))?;
        // CSV: id, then the properties (lists joined by `|`), then the text.
        let dir = csv.dir.clone();
        let w = csv.writer(&format!("node_{label}"), || {
            let mut header: Vec<&'static str> = vec!["id"];
            // An article's own `id` (its hash prefix) is not the node id.
            let column = |k: &'static str| if k == "id" { "article_id" } else { k };
            header.extend(props.iter().map(|(k, _)| column(k)));
            if text.is_some() {
                header.push("text");
            }
            let columns: Vec<serde_json::Value> = props
                .iter()
                .map(|(k, v)| serde_json::json!([column(k), if v.is_i64() { "INT64" } else { "STRING" }]))
                .chain(text.map(|_| serde_json::json!(["text", "STRING"])))
                .collect();
            (header, serde_json::json!({"kind": "node", "label": label, "columns": columns}))
        })?;
        let mut record: Vec<String> = vec![id.to_string()];
        for (_, v) in &props {
            record.push(match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Array(items) => {
                    items.iter().filter_map(|i| i.as_str()).collect::<Vec<_>>().join("|")
                }
                other => other.to_string(),
            });
        }
        if let Some(t) = text {
            // Kuzu's parallel CSV reader takes no line breaks inside a field.
            record.push(t.replace('\n', "\\n"));
        }
        w.write_record(&record).map_err(|e| csv_error(&dir, e))?;
        *report.nodes.entry(label.to_string()).or_default() += 1;
        Ok(())
    };
    let s = |v: &str| serde_json::Value::String(v.to_string());

    let party = &plan.branches[0];
    node("Party", party.id, vec![("key", s(&party.key)), ("name", s("AMANAT"))], None, &mut jsonl, &mut csv)?;
    labels.insert(party.id, "Party");
    for b in &plan.branches[1..] {
        let props = vec![
            ("key", s(&b.key)),
            ("level", s(b.level.as_str())),
            ("party", s("AMANAT")),
            ("region", s(b.region.as_deref().unwrap_or(""))),
        ];
        node("Branch", b.id, props, None, &mut jsonl, &mut csv)?;
        labels.insert(b.id, "Branch");
    }
    for (id, name) in &plan.places {
        node("Place", *id, vec![("name", s(name))], None, &mut jsonl, &mut csv)?;
        labels.insert(*id, "Place");
    }
    for (id, key, role) in &plan.offices {
        node("Office", *id, vec![("key", s(key)), ("role", s(role))], None, &mut jsonl, &mut csv)?;
        labels.insert(*id, "Office");
    }
    for (i, p) in plan.people.iter().enumerate() {
        let aliases = serde_json::Value::Array(p.aliases.iter().map(|a| s(a)).collect());
        node("Person", plan.person_base + i as u64, vec![("aliases", aliases), ("name", s(&p.name))], None, &mut jsonl, &mut csv)?;
    }
    for (id, key, kind, branch) in &plan.events {
        let article = &hashes[(*id - plan.events[0].0) as usize][..16];
        let _ = branch;
        node("Event", *id, vec![("article", s(article)), ("key", s(key)), ("kind", s(kind))], None, &mut jsonl, &mut csv)?;
        labels.insert(*id, "Event");
    }
    for (i, a) in plan.articles.iter().enumerate() {
        let props = vec![
            ("bytes", serde_json::Value::from(texts[i].len() as i64)),
            ("hash", s(&hashes[i])),
            ("id", s(&hashes[i][..16])),
            ("source", s(&format!("synthetic/{:07}.txt", i + 1))),
            ("title", s(&a.title)),
        ];
        node("Article", a.id, props, Some(&texts[i]), &mut jsonl, &mut csv)?;
        labels.insert(a.id, "Article");
    }
    let label_of = |id: u64| -> &'static str {
        if id >= plan.person_base && id < plan.person_base + plan.people.len() as u64 {
            "Person"
        } else {
            labels.get(&id).copied().unwrap_or("Article")
        }
    };

    // Relationships: the planned ones, then MENTIONED_IN in article order.
    let mentions = plan.mentions.iter().map(|m| Rel {
        rel: "MENTIONED_IN",
        from: m & 0xFFFF_FFFF,
        to: plan.articles[(m >> 32) as usize].id,
        prop: None,
        article: Some((m >> 32) as u32),
    });
    let mut next_edge = 1u64;
    for r in plan.rels.iter().map(|r| Rel { rel: r.rel, from: r.from, to: r.to, prop: r.prop, article: r.article }).chain(mentions) {
        let id = next_edge;
        next_edge += 1;
        let prop_name = match r.rel {
            "HOLDS" => Some("status"),
            "PARTICIPATED" => Some("role"),
            _ => None,
        };
        let mut properties = serde_json::Map::new();
        if let (Some(name), Some(value)) = (prop_name, r.prop) {
            properties.insert(name.into(), s(value));
        }
        let span = r.article.map(|a| body_span(&texts[a as usize]));
        let provenance: Vec<ProvenanceOut<'_>> = match (r.article, span) {
            (Some(a), Some(span)) => {
                vec![ProvenanceOut { article: plan.articles[a as usize].id, article_id: &hashes[a as usize][..16], span }]
            }
            _ => Vec::new(),
        };
        let line = EdgeOut { kind: "relationship", id, label: r.rel, start: r.from, end: r.to, properties, provenance };
        serde_json::to_writer(&mut jsonl, &line).map_err(|e| Error::io(&jsonl_path, e.into()))?;
        jsonl.write_all(b"\n").map_err(io(&jsonl_path))?;

        let (from_label, to_label) = (label_of(r.from), label_of(r.to));
        let w = csv.writer(&format!("rel_{}_{from_label}_{to_label}", r.rel), || {
            let mut header = vec!["from", "to"];
            let mut columns = Vec::new();
            if let Some(name) = prop_name {
                header.push(name);
                columns.push(serde_json::json!([name, "STRING"]));
            }
            header.extend(["article", "span_start", "span_end"]);
            columns.extend(["article", "span_start", "span_end"].map(|c| serde_json::json!([c, "INT64"])));
            let meta = serde_json::json!({"kind": "rel", "type": r.rel, "from": from_label, "to": to_label, "columns": columns});
            (header, meta)
        })?;
        let mut record = vec![r.from.to_string(), r.to.to_string()];
        if prop_name.is_some() {
            record.push(r.prop.unwrap_or("").to_string());
        }
        match (r.article, span) {
            (Some(a), Some([s0, s1])) => {
                record.extend([plan.articles[a as usize].id.to_string(), s0.to_string(), s1.to_string()])
            }
            _ => record.extend([String::new(), String::new(), String::new()]),
        }
        w.write_record(&record).map_err(|e| csv_error(&csv_dir, e))?;
        *report.relationships.entry(r.rel.to_string()).or_default() += 1;
    }
    jsonl.flush().map_err(io(&jsonl_path))?;

    let mut manifest = Vec::new();
    for (name, (mut w, mut meta)) in std::mem::take(&mut csv.files) {
        w.flush().map_err(io(&csv_dir))?;
        meta["file"] = serde_json::Value::String(format!("csv/{name}.csv"));
        manifest.push(meta);
    }
    let manifest = serde_json::json!({"files": manifest, "counts": &report});
    let path = out.join("manifest.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&manifest).unwrap_or_default()).map_err(io(&path))?;
    Ok(report)
}

/// Random parameters for every query, the same for every system.
fn write_params(plan: &Plan, rng: &mut Rng, out: &Path) -> Result<()> {
    let n = plan.people.len() as u64;
    let person = |rng: &mut Rng| plan.person_base + rng.below(n);
    let q1: Vec<&str> = (0..PARAMS_PER_QUERY).map(|_| plan.people[rng.below(n) as usize].name.as_str()).collect();
    let q2: Vec<u64> = (0..PARAMS_PER_QUERY).map(|_| person(rng)).collect();
    let q3: Vec<u64> = (0..PARAMS_PER_QUERY).map(|_| person(rng)).collect();
    let oblasts: Vec<u64> = plan.branches.iter().filter(|b| b.parent == Some(0)).map(|b| b.id).collect();
    let q4: Vec<u64> = (0..PARAMS_PER_QUERY).map(|_| *rng.pick(&oblasts)).collect();
    let q5: Vec<[u64; 2]> = (0..PATH_PAIRS).map(|_| [person(rng), person(rng)]).collect();
    // The name match: an initial and surname, or the surname declined.
    let q7: Vec<String> = (0..PARAMS_PER_QUERY)
        .map(|_| {
            let p = &plan.people[rng.below(n) as usize];
            if rng.chance(0.5) {
                format!("{}.{}", p.given.chars().next().unwrap_or('А'), p.surname)
            } else {
                let front = p.surname.ends_with("ев") || p.surname.ends_with("ева") || p.surname.ends_with("қызы");
                let ending = match (p.surname.ends_with(['а', 'ы', 'і', 'е']), front) {
                    (true, false) => "ның",
                    (true, true) => "нің",
                    (false, false) => "тың",
                    (false, true) => "тің",
                };
                format!("{} {}{ending}", p.given, p.surname)
            }
        })
        .collect();
    let params = serde_json::json!({"q1": q1, "q2": q2, "q3": q3, "q4": q4, "q5": q5, "q7": q7});
    let path = out.join("params.json");
    std::fs::write(&path, serde_json::to_vec(&params).unwrap_or_default()).map_err(io(&path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_graph_imports_and_checks_clean() {
        let dir = tempfile::tempdir().unwrap();
        let report = generate(&GenOptions { people: 500, seed: 3, out: dir.path().to_path_buf() }).unwrap();
        assert_eq!(report.nodes["Person"], 500);
        assert!(report.relationship_total() > 2000, "{report:?}");
        let db = crate::Db::open_in_memory().unwrap();
        let imported = crate::export::import_json(&db, crate::ImportFormat::Jsonl, &dir.path().join("graph.jsonl")).unwrap();
        assert_eq!(imported.nodes, report.node_total());
        assert_eq!(imported.relationships, report.relationship_total());
        let check = db.check().unwrap();
        assert!(check.is_ok(), "{:?}", &check.problems[..check.problems.len().min(5)]);
        // The same seed gives the same bytes.
        let again = tempfile::tempdir().unwrap();
        generate(&GenOptions { people: 500, seed: 3, out: again.path().to_path_buf() }).unwrap();
        assert_eq!(
            std::fs::read(dir.path().join("graph.jsonl")).unwrap(),
            std::fs::read(again.path().join("graph.jsonl")).unwrap()
        );
    }
}
