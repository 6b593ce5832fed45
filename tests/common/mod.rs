//! Helpers shared by the store's integration tests: gold facts, articles
//! built from facts (with a span per fact line), renamed copies of gold
//! articles, a seeded random generator, and running the binary.

#![allow(dead_code)]

pub mod gold;

use shezhire::extract::SourcedFact;
use shezhire::{ArticleFacts, Fact, Span};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The crate root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the checkout (there in CI and in the worktrees).
pub fn shared() -> PathBuf {
    let dir = root().join("../shared");
    assert!(dir.is_dir(), "{} is missing: these tests need ../shared beside the checkout", dir.display());
    dir
}

/// Parses a `.facts` file (gold format of ONTOLOGY.md), panicking on a bad line.
pub fn parse_facts(text: &str, what: &str) -> Vec<Fact> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| Fact::parse_line(line).map(|r| (i, r)))
        .map(|(i, r)| r.unwrap_or_else(|e| panic!("{what}:{}: {e}", i + 1)))
        .collect()
}

/// One gold article: its file stem, its text and its gold facts.
#[derive(Clone, Debug)]
pub struct Gold {
    pub stem: String,
    pub text: String,
    pub facts: Vec<Fact>,
}

/// Every `STEM.txt` with a `STEM.facts` beside it in `dir`, sorted by stem.
pub fn gold_dir(dir: &Path) -> Vec<Gold> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "facts"))
        .collect();
    entries.sort();
    for facts_path in entries {
        let stem = facts_path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(facts_path.with_extension("txt"))
            .unwrap_or_else(|e| panic!("{}: {e}", facts_path.with_extension("txt").display()));
        let facts = parse_facts(&std::fs::read_to_string(&facts_path).unwrap(), &facts_path.display().to_string());
        out.push(Gold { stem, text, facts });
    }
    assert!(!out.is_empty(), "no gold articles in {}", dir.display());
    out
}

/// The gold articles that live in this repository: the samples, then the devset.
pub fn repo_gold() -> Vec<Gold> {
    let mut all = gold_dir(&root().join("examples/articles"));
    all.extend(gold_dir(&root().join("tests/data/devset")));
    all
}

impl Gold {
    /// The facts as the store takes them: the title line, and each fact
    /// cited to the whole text (gold files have no spans).
    pub fn article_facts(&self) -> ArticleFacts {
        let title = self.text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default().to_string();
        let span = Span::new(0, self.text.len());
        ArticleFacts { title, facts: self.facts.iter().map(|f| SourcedFact { fact: f.clone(), span }).collect() }
    }
}

/// An article whose text is its title and then one line per fact; each fact
/// cites its own line.
pub fn article_from_facts(title: &str, facts: &[Fact]) -> (String, ArticleFacts) {
    let mut text = format!("{title}\n");
    let mut sourced = Vec::new();
    for fact in facts {
        let start = text.len();
        text.push_str(&fact.to_string().replace('\t', " "));
        sourced.push(SourcedFact { fact: fact.clone(), span: Span::new(start, text.len()) });
        text.push('\n');
    }
    (text, ArticleFacts { title: title.to_string(), facts: sourced })
}

/// A fact with every person name passed through `person` and every
/// organisation key (also inside event keys) through `org`.
pub fn rename(fact: &Fact, person: &dyn Fn(&str) -> String, org: &dyn Fn(&str) -> String) -> Fact {
    use shezhire::extract::EventKey;
    let ev = |e: &EventKey| EventKey { kind: e.kind, org: org(&e.org) };
    match fact {
        Fact::Person { name } => Fact::Person { name: person(name) },
        Fact::Alias { name, alias } => Fact::Alias { name: person(name), alias: person(alias) },
        Fact::Author { name } => Fact::Author { name: person(name) },
        Fact::Branch { key } => Fact::Branch { key: org(key) },
        Fact::Parent { child, parent } => Fact::Parent { child: org(child), parent: org(parent) },
        Fact::Holds { name, role, org: o, status } => {
            Fact::Holds { name: person(name), role: *role, org: org(o), status: *status }
        }
        Fact::Elected { name, role, org: o } => Fact::Elected { name: person(name), role: *role, org: org(o) },
        Fact::Event { event } => Fact::Event { event: ev(event) },
        Fact::EventAttr { event, attr, value } => {
            Fact::EventAttr { event: ev(event), attr: *attr, value: value.clone() }
        }
        Fact::Participant { name, role, event } => {
            Fact::Participant { name: person(name), role: *role, event: ev(event) }
        }
    }
}

/// Copy `k` of the gold articles: gold article `k % len`, with people and
/// regional organisations renamed into group `(k / len) % groups`, so copies
/// of one group share (and merge) people and branches, and `AMANAT/central`
/// joins them all. The text is unique to `k`.
pub fn gold_copy(gold: &[Gold], k: usize, groups: usize) -> (String, ArticleFacts) {
    let g = &gold[k % gold.len()];
    let group = (k / gold.len()) % groups;
    let person = move |name: &str| if group == 0 { name.to_string() } else { format!("{name} {group}") };
    let org = move |key: &str| {
        if group == 0 || key == "AMANAT/central" || key == "gov/central" {
            key.to_string()
        } else {
            format!("{key} {group}")
        }
    };
    let facts: Vec<Fact> = g.facts.iter().map(|f| rename(f, &person, &org)).collect();
    article_from_facts(&format!("{} (copy {k}, group {group})", g.stem), &facts)
}

/// xorshift64*: small, seeded, good enough to pick test cases.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator seeded from `$var` when set, else from the clock; the
    /// seed is printed so that a failure can be replayed.
    pub fn from_env(var: &str) -> Rng {
        let seed = match std::env::var(var) {
            Ok(s) => s.trim().parse().unwrap_or_else(|_| panic!("{var}={s} is not a u64")),
            Err(_) => std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64,
        };
        eprintln!("seed {seed} (replay with {var}={seed})");
        Rng::new(seed)
    }

    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }
}

/// The `shezhire` binary with `--db db` and `args`, run to completion.
pub fn shezhire(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_shezhire"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("SHEZHIRE_DB")
        .output()
        .expect("run shezhire")
}

/// stdout and stderr of a finished command, for assertion messages.
pub fn show(out: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
