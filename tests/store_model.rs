//! The store against a model (in the style of sled's `tests/tree`): random
//! sequences of operations — ingest a small article built from a pool of
//! people (with shared names, aliases, initial forms, capitals, decomposed
//! letters), branches, organisations, roles and events; ingest an earlier
//! article again; drop and reopen the database; `find`; `neighbours` — are
//! applied to a database on disk and to plain B-tree maps that follow
//! ONTOLOGY.md and the identity rules of ARCHITECTURE.md. After every step
//! the two must agree on everything: counts by label and type, each
//! person's name and aliases, every node, every relationship with the
//! articles that cite it, events' attributes, each article's facts and text,
//! and `check()` must pass.
//!
//! `PROPTEST_CASES` sets the number of cases (default 40 on disk, 150 in
//! memory). Shrunk failures are kept as tests in `store_regressions.rs`.

mod common;
mod model;

use model::{Harness, Op};
use proptest::prelude::*;
use shezhire::extract::{EventAttr, EventKey, EventKind, EventRole, Role, Status};
use shezhire::Fact;

/// People, each with the ways texts name them. Two people share the
/// initial form `Қ.Байғоджаев`; `Қаныбек Құлжабайұлы` is a patronymic form;
/// capitals, a doubled space and a decomposed `й` are the same name.
const PEOPLE: &[&[&str]] = &[
    &["Қуат Байғоджаев", "ҚУАТ БАЙҒОДЖАЕВ", "Қ.Байғоджаев", "Қ. Байғоджаев"],
    &["Қайрат Байғоджаев", "Қ.Байғоджаев"],
    &["Қаныбек Айтжанов", "Қаныбек Құлжабайұлы", "Қ.Айтжанов"],
    &["Гүлмира Сәрсенова", "Гүлмира  Сәрсенова", "Г.Сәрсенова"],
    &["Ерлан Сәтбаев", "Ерлан Бақытұлы", "Е.Сәтбаев"],
    &["Сейілхан Қойшыбай", "Сейілхан Қойшыбаи\u{306}", "С.Қойшыбай"],
    &["Дина Өтешева"],
];

const ORGS: &[&str] = &[
    "AMANAT/central",
    "AMANAT/oblast/Алматы",
    "AMANAT/district/Қарасай",
    "AMANAT/city/Орал",
    "AMANAT/primary/Ұлағат",
    "gov/district/Сырдария",
    "gov/central",
    "maslikhat/city/Орал",
    "org/Абай-Дәулет",
    "parliament/Мәжіліс",
];

const ROLES: &[Role] = &[Role::Chairman, Role::ExecutiveSecretary, Role::BureauMember, Role::Akim, Role::Deputy];

fn name() -> impl Strategy<Value = String> {
    (0..PEOPLE.len(), 0..4usize).prop_map(|(p, v)| PEOPLE[p][v % PEOPLE[p].len()].to_string())
}

fn org() -> impl Strategy<Value = String> {
    prop::sample::select(ORGS).prop_map(str::to_string)
}

fn event_key() -> impl Strategy<Value = EventKey> {
    (prop::sample::select(EventKind::ALL), org()).prop_map(|(kind, org)| EventKey { kind, org })
}

fn fact() -> impl Strategy<Value = Fact> {
    prop_oneof![
        3 => name().prop_map(|name| Fact::Person { name }),
        // Mostly two forms of one person, sometimes two people's names.
        2 => (0..PEOPLE.len(), 0..4usize, 0..4usize).prop_map(|(p, a, b)| Fact::Alias {
            name: PEOPLE[p][a % PEOPLE[p].len()].to_string(),
            alias: PEOPLE[p][b % PEOPLE[p].len()].to_string(),
        }),
        1 => (name(), name()).prop_map(|(name, alias)| Fact::Alias { name, alias }),
        1 => name().prop_map(|name| Fact::Author { name }),
        2 => org().prop_map(|key| Fact::Branch { key }),
        1 => (org(), org()).prop_map(|(child, parent)| Fact::Parent { child, parent }),
        3 => (name(), prop::sample::select(ROLES), org(), prop::sample::select(Status::ALL))
            .prop_map(|(name, role, org, status)| Fact::Holds { name, role, org, status }),
        1 => (name(), prop::sample::select(ROLES), org()).prop_map(|(name, role, org)| Fact::Elected { name, role, org }),
        1 => event_key().prop_map(|event| Fact::Event { event }),
        1 => (event_key(), prop::sample::select(EventAttr::ALL), prop::sample::select(&["26", "XXVI", "yes", "no"][..]))
            .prop_map(|(event, attr, value)| Fact::EventAttr { event, attr, value: value.to_string() }),
        2 => (name(), prop::sample::select(EventRole::ALL), event_key())
            .prop_map(|(name, role, event)| Fact::Participant { name, role, event }),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => prop::collection::vec(fact(), 0..8).prop_map(Op::Ingest),
        2 => (any::<usize>(), any::<bool>()).prop_map(|(which, via_text)| Op::Reingest { which, via_text }),
        2 => Just(Op::Reopen),
        2 => name().prop_map(Op::Find),
        1 => any::<usize>().prop_map(Op::Neighbours),
    ]
}

fn cases(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(default);
    // Shrunk failures are kept by hand, as tests in store_regressions.rs.
    ProptestConfig { cases, max_shrink_iters: 2000, failure_persistence: None, ..ProptestConfig::default() }
}

fn run(mut h: Harness, ops: &[Op]) -> Result<(), TestCaseError> {
    for op in ops {
        h.step(op).map_err(TestCaseError::fail)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(40))]

    /// On disk, with reopen steps.
    #[test]
    fn store_on_disk_agrees_with_the_model(ops in prop::collection::vec(op(), 1..24)) {
        run(Harness::on_disk(), &ops)?;
    }
}

proptest! {
    #![proptest_config(cases(150))]

    /// In memory (the other backend); reopen is a no-op there.
    #[test]
    fn store_in_memory_agrees_with_the_model(ops in prop::collection::vec(op(), 1..24)) {
        run(Harness::in_memory(), &ops)?;
    }
}
