//! The facts of one article, as ONTOLOGY.md defines them: the extractor's
//! output, the store's input, and the `facts` export (one TAB-separated line
//! a fact). Parsing the export back is here too, so gold files can be read.

use crate::model::Span;
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[doc = concat!("`", $text, "`")] $variant),+ }

        impl $name {
            /// Every value.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word the facts format uses.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the word the facts format uses.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

word_enum! {
    /// A position one can hold at a branch or organisation (ONTOLOGY.md, ROLE).
    Role {
        Chairman => "chairman",
        FirstDeputyChairman => "first_deputy_chairman",
        DeputyChairman => "deputy_chairman",
        ExecutiveSecretary => "executive_secretary",
        Secretary => "secretary",
        BureauMember => "bureau_member",
        PoliticalCouncilMember => "political_council_member",
        ControlCommissionChairman => "control_commission_chairman",
        FactionLeader => "faction_leader",
        Deputy => "deputy",
        DeputyExecutiveSecretary => "deputy_executive_secretary",
        Akim => "akim",
        DeputyAkim => "deputy_akim",
        Director => "director",
        President => "president",
    }
}

word_enum! {
    /// What part a person played in an event.
    EventRole {
        Chair => "chair",
        Moderator => "moderator",
        Speaker => "speaker",
        Guest => "guest",
        Visitor => "visitor",
        Host => "host",
    }
}

word_enum! {
    /// The kind of an event.
    EventKind {
        Conference => "conference",
        Visit => "visit",
        Meeting => "meeting",
        CouncilSession => "council_session",
        Congress => "congress",
    }
}

word_enum! {
    /// Whether an office is held now or was held before.
    Status {
        Current => "current",
        Former => "former",
    }
}

word_enum! {
    /// An attribute of an event.
    EventAttr {
        Ordinal => "ordinal",
        Extraordinary => "extraordinary",
        ReportingElection => "reporting_election",
    }
}

/// An event's key: `KIND@ORGKEY`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EventKey {
    /// What kind of event.
    pub kind: EventKind,
    /// Whose event it is (or what a visit visited).
    pub org: String,
}

impl fmt::Display for EventKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.kind, self.org)
    }
}

impl EventKey {
    /// Parses `KIND@ORGKEY`.
    pub fn parse(text: &str) -> Option<EventKey> {
        let (kind, org) = text.split_once('@')?;
        Some(EventKey { kind: EventKind::parse(kind)?, org: org.to_string() })
    }
}

/// One fact of ONTOLOGY.md. Fields are named after the export's columns.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Fact {
    /// A named person.
    Person { name: String },
    /// Another name of the same person.
    Alias { name: String, alias: String },
    /// The article's byline.
    Author { name: String },
    /// A party branch (`AMANAT/central` is the party as a whole).
    Branch { key: String },
    /// A branch and the branch above it.
    Parent { child: String, parent: String },
    /// A person holds (or held) a role at an organisation.
    Holds { name: String, role: Role, org: String, status: Status },
    /// A person was elected to a role.
    Elected { name: String, role: Role, org: String },
    /// An event that took place.
    Event { event: EventKey },
    /// An attribute of an event.
    EventAttr { event: EventKey, attr: EventAttr, value: String },
    /// A person took part in an event.
    Participant { name: String, role: EventRole, event: EventKey },
}

/// A name in capitals written in ordinary case: every word capitalised
/// ("Жастар Рухы"), the first word only ("Жастар рухы"), no word.
fn ordinary_spellings(name: &str) -> [String; 3] {
    let word = |w: &str, capital: bool| {
        let lower = w.to_lowercase();
        let mut chars = lower.chars();
        match chars.next() {
            Some(c) if capital => c.to_uppercase().chain(chars).collect(),
            _ => lower,
        }
    };
    let join = |first_only: bool, none: bool| {
        name.split(' ').enumerate().map(|(i, w)| word(w, !none && (i == 0 || !first_only))).collect::<Vec<_>>().join(" ")
    };
    [join(false, false), join(true, false), join(false, true)]
}

/// The name part of a key (after its last '/') when it is all capitals
/// with three letters or more: `org/ЖАСТАР РУХЫ` → `ЖАСТАР РУХЫ`.
fn shouted_name(key: &str) -> Option<&str> {
    let name = &key[key.rfind('/').map_or(0, |i| i + 1)..];
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    (letters >= 3 && !name.chars().any(char::is_lowercase)).then_some(name)
}

impl Fact {
    /// The organisation keys the fact names (branches, bodies, events' owners).
    fn org_keys_mut(&mut self) -> Vec<&mut String> {
        match self {
            Fact::Person { .. } | Fact::Alias { .. } | Fact::Author { .. } => Vec::new(),
            Fact::Branch { key } => vec![key],
            Fact::Parent { child, parent } => vec![child, parent],
            Fact::Holds { org, .. } | Fact::Elected { org, .. } => vec![org],
            Fact::Event { event } | Fact::EventAttr { event, .. } | Fact::Participant { event, .. } => vec![&mut event.org],
        }
    }

    /// The first field of the export line.
    pub fn kind(&self) -> &'static str {
        match self {
            Fact::Person { .. } => "person",
            Fact::Alias { .. } => "alias",
            Fact::Author { .. } => "author",
            Fact::Branch { .. } => "branch",
            Fact::Parent { .. } => "parent",
            Fact::Holds { .. } => "holds",
            Fact::Elected { .. } => "elected",
            Fact::Event { .. } => "event",
            Fact::EventAttr { .. } => "event_attr",
            Fact::Participant { .. } => "participant",
        }
    }

    /// Parses one export line. Returns `None` for blank and `#` lines, and an
    /// error naming the problem for a malformed one.
    pub fn parse_line(line: &str) -> Option<Result<Fact, String>> {
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            return None;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).filter(|f| !f.is_empty()).collect();
        Some(Self::from_fields(&fields))
    }

    fn from_fields(f: &[&str]) -> Result<Fact, String> {
        let want = |n: usize| -> Result<(), String> {
            if f.len() == n {
                Ok(())
            } else {
                Err(format!("`{}` takes {} fields, found {}", f[0], n - 1, f.len() - 1))
            }
        };
        let event = |s: &str| EventKey::parse(s).ok_or_else(|| format!("bad event key `{s}`"));
        let role = |s: &str| Role::parse(s).ok_or_else(|| format!("unknown role `{s}`"));
        let s = |i: usize| f[i].to_string();
        match f.first().copied() {
            Some("person") => want(2).map(|_| Fact::Person { name: s(1) }),
            Some("alias") => want(3).map(|_| Fact::Alias { name: s(1), alias: s(2) }),
            Some("author") => want(2).map(|_| Fact::Author { name: s(1) }),
            Some("branch") => want(2).map(|_| Fact::Branch { key: s(1) }),
            Some("parent") => want(3).map(|_| Fact::Parent { child: s(1), parent: s(2) }),
            Some("holds") => {
                want(5)?;
                let status = Status::parse(f[4]).ok_or_else(|| format!("unknown status `{}`", f[4]))?;
                Ok(Fact::Holds { name: s(1), role: role(f[2])?, org: s(3), status })
            }
            Some("elected") => {
                want(4)?;
                Ok(Fact::Elected { name: s(1), role: role(f[2])?, org: s(3) })
            }
            Some("event") => {
                want(2)?;
                Ok(Fact::Event { event: event(f[1])? })
            }
            Some("event_attr") => {
                want(4)?;
                let attr = EventAttr::parse(f[2]).ok_or_else(|| format!("unknown event attribute `{}`", f[2]))?;
                Ok(Fact::EventAttr { event: event(f[1])?, attr, value: s(3) })
            }
            Some("participant") => {
                want(4)?;
                let role = EventRole::parse(f[2]).ok_or_else(|| format!("unknown event role `{}`", f[2]))?;
                Ok(Fact::Participant { name: s(1), role, event: event(f[3])? })
            }
            Some(other) => Err(format!("unknown fact kind `{other}`")),
            None => Err("empty line".to_string()),
        }
    }
}

impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fact::Person { name } => write!(f, "person\t{name}"),
            Fact::Alias { name, alias } => write!(f, "alias\t{name}\t{alias}"),
            Fact::Author { name } => write!(f, "author\t{name}"),
            Fact::Branch { key } => write!(f, "branch\t{key}"),
            Fact::Parent { child, parent } => write!(f, "parent\t{child}\t{parent}"),
            Fact::Holds { name, role, org, status } => write!(f, "holds\t{name}\t{role}\t{org}\t{status}"),
            Fact::Elected { name, role, org } => write!(f, "elected\t{name}\t{role}\t{org}"),
            Fact::Event { event } => write!(f, "event\t{event}"),
            Fact::EventAttr { event, attr, value } => write!(f, "event_attr\t{event}\t{attr}\t{value}"),
            Fact::Participant { name, role, event } => write!(f, "participant\t{name}\t{role}\t{event}"),
        }
    }
}

/// A fact with the sentence it was read from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourcedFact {
    /// The fact.
    pub fact: Fact,
    /// The sentence (byte span of the article text) that states it.
    pub span: Span,
}

/// Everything one article says, as extracted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleFacts {
    /// The first non-empty line.
    pub title: String,
    /// The facts, each with its sentence, without duplicates, in a stable order.
    pub facts: Vec<SourcedFact>,
}

impl ArticleFacts {
    /// One spelling per organisation key: a name seen in capitals (a
    /// headline's «ЖАСТАР РУХЫ») and in ordinary case elsewhere in the
    /// article `text` takes the ordinary case, the form with fewest capitals.
    pub(crate) fn unify_key_case(&mut self, text: &str) {
        let capitals = |s: &str| s.chars().filter(|c| c.is_uppercase()).count();
        // Each distinct key once: its folded form, and the best spelling of it.
        let mut keys: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
        for f in &mut self.facts {
            for key in f.fact.org_keys_mut() {
                if !keys.contains(key.as_str()) {
                    keys.insert(key.clone());
                }
            }
        }
        let mut spelled: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        for key in &keys {
            let mut spelling = key.clone();
            if let Some(name) = shouted_name(key) {
                // The text's own spelling, where it writes the name in
                // ordinary case: each word capitalised, the first only, or none.
                let written = ordinary_spellings(name).into_iter().find(|w| text.contains(w.as_str()));
                if let Some(w) = written {
                    spelling.replace_range(key.len() - name.len().., &w);
                }
            }
            spelled.insert(key.clone(), spelling);
        }
        // Spellings that differ only in case: the one with fewest capitals.
        let folded: std::collections::HashMap<&String, String> = spelled.iter().map(|(k, s)| (k, s.to_lowercase())).collect();
        let mut best: std::collections::HashMap<&str, &String> = std::collections::HashMap::new();
        for (k, spelling) in &spelled {
            let f = folded[k].as_str();
            if best.get(f).is_none_or(|b| capitals(b) > capitals(spelling)) {
                best.insert(f, spelling);
            }
        }
        let final_spelling: std::collections::HashMap<&String, &String> = spelled.keys().map(|k| (k, best[folded[k].as_str()])).collect();
        if final_spelling.iter().all(|(k, s)| k == s) {
            return;
        }
        for f in &mut self.facts {
            for key in f.fact.org_keys_mut() {
                if let Some(&b) = final_spelling.get(&*key) {
                    if b != key {
                        *key = b.clone();
                    }
                }
            }
        }
        // The first of facts made equal keeps its sentence.
        let mut seen = std::collections::HashSet::new();
        self.facts.retain(|f| seen.insert(f.fact.clone()));
    }

    /// The export text: one fact a line, sorted by kind order then text,
    /// ending in a newline when there is any fact.
    pub fn to_facts_text(&self) -> String {
        let mut lines: Vec<(usize, String)> =
            self.facts.iter().map(|f| (kind_rank(&f.fact), f.fact.to_string())).collect();
        lines.sort();
        lines.dedup();
        let mut out = String::new();
        for (_, line) in lines {
            out.push_str(&line);
            out.push('\n');
        }
        out
    }
}

fn kind_rank(fact: &Fact) -> usize {
    match fact {
        Fact::Person { .. } => 0,
        Fact::Alias { .. } => 1,
        Fact::Author { .. } => 2,
        Fact::Branch { .. } => 3,
        Fact::Parent { .. } => 4,
        Fact::Holds { .. } => 5,
        Fact::Elected { .. } => 6,
        Fact::Event { .. } => 7,
        Fact::EventAttr { .. } => 8,
        Fact::Participant { .. } => 9,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_prints_and_parses_back() {
        let ev = EventKey { kind: EventKind::Conference, org: "AMANAT/district/Қарасай".into() };
        let facts = vec![
            Fact::Person { name: "Қуат Байғоджаев".into() },
            Fact::Alias { name: "Қаныбек Айтжанов".into(), alias: "Қаныбек Құлжабайұлы".into() },
            Fact::Author { name: "А.Мұханбетқали".into() },
            Fact::Branch { key: "AMANAT/central".into() },
            Fact::Parent { child: "AMANAT/oblast/Алматы".into(), parent: "AMANAT/central".into() },
            Fact::Holds {
                name: "Қуат Байғоджаев".into(),
                role: Role::Chairman,
                org: "AMANAT/oblast/Алматы".into(),
                status: Status::Former,
            },
            Fact::Elected { name: "Қуат Байғоджаев".into(), role: Role::Chairman, org: "AMANAT/oblast/Алматы".into() },
            Fact::Event { event: ev.clone() },
            Fact::EventAttr { event: ev.clone(), attr: EventAttr::Ordinal, value: "37".into() },
            Fact::Participant { name: "Гүлмира Сәрсенова".into(), role: EventRole::Moderator, event: ev },
        ];
        for fact in facts {
            let line = fact.to_string();
            assert_eq!(Fact::parse_line(&line), Some(Ok(fact.clone())), "{line}");
        }
    }

    #[test]
    fn malformed_lines_say_why() {
        assert_eq!(Fact::parse_line("# comment"), None);
        assert_eq!(Fact::parse_line("   "), None);
        assert!(Fact::parse_line("holds\tX\tking\torg\tcurrent").unwrap().unwrap_err().contains("king"));
        assert!(Fact::parse_line("person").unwrap().unwrap_err().contains("takes 1 fields"));
        assert!(Fact::parse_line("event\tparty@X").unwrap().is_err());
    }
}
