//! Extraction quality, scored the way `../shared/tools/score_facts.py`
//! scores it (NFC, case folding, collapsed spaces, no space after an
//! initial's full stop; per-article fact sets): the seeds must reach overall
//! F1 ≥ 0.95 with no fact kind below 0.85, the sample articles F1 ≥ 0.95,
//! each development set its own floor (0.92–0.97), the events development
//! set overall F1 ≥ 0.97 with events and participants each ≥ 0.95, and a
//! development set written without Kazakh letters F1 ≥ 0.90.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

fn norm_field(s: &str) -> String {
    let s: String = s.nfc().flat_map(char::to_lowercase).collect();
    let collapsed = s.split_whitespace().collect::<Vec<_>>().join(" ");
    // "Д. Бейсенқұлов" == "Д.Бейсенқұлов"
    let mut out = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == ' ' && i > 0 && chars[i - 1] == '.' && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric() || *n == '_') {
            continue;
        }
        out.push(*c);
    }
    out
}

fn fact_set(text: &str) -> BTreeSet<Vec<String>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').filter(|f| !f.trim().is_empty()).map(norm_field).collect::<Vec<_>>())
        .filter(|f| !f.is_empty())
        .collect()
}

#[derive(Default, Debug, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn f1(&self) -> f64 {
        let p = if self.tp + self.fp == 0 { if self.fn_ == 0 { 1.0 } else { 0.0 } } else { self.tp as f64 / (self.tp + self.fp) as f64 };
        let r = if self.tp + self.fn_ == 0 { 1.0 } else { self.tp as f64 / (self.tp + self.fn_) as f64 };
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
}

/// Scores every `STEM.txt` with a gold `STEM.facts` in `gold`; the text may
/// live in another directory (`texts`).
fn score(texts: &Path, gold: &Path) -> (Counts, BTreeMap<String, Counts>, Vec<String>) {
    score_as(texts, gold, &|t| t.to_string(), &|g| g.to_string())
}

/// [`score`] with the texts and gold files rewritten first.
fn score_as(texts: &Path, gold: &Path, text_as: &dyn Fn(&str) -> String, gold_as: &dyn Fn(&str) -> String) -> (Counts, BTreeMap<String, Counts>, Vec<String>) {
    let mut total = Counts::default();
    let mut kinds: BTreeMap<String, Counts> = BTreeMap::new();
    let mut diff = Vec::new();
    let mut stems: Vec<PathBuf> = std::fs::read_dir(gold)
        .unwrap_or_else(|e| panic!("{}: {e}", gold.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "facts"))
        .collect();
    stems.sort();
    assert!(!stems.is_empty(), "no gold in {}", gold.display());
    for facts_path in stems {
        let stem = facts_path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = text_as(&std::fs::read_to_string(texts.join(format!("{stem}.txt"))).unwrap());
        let gold_set = fact_set(&gold_as(&std::fs::read_to_string(&facts_path).unwrap()));
        let pred_set = fact_set(&shezhire::extract::extract(&text).to_facts_text());
        for fact in gold_set.union(&pred_set) {
            let kind = kinds.entry(fact[0].clone()).or_default();
            match (gold_set.contains(fact), pred_set.contains(fact)) {
                (true, true) => {
                    kind.tp += 1;
                    total.tp += 1;
                }
                (false, true) => {
                    kind.fp += 1;
                    total.fp += 1;
                    diff.push(format!("{stem} + {}", fact.join("\t")));
                }
                _ => {
                    kind.fn_ += 1;
                    total.fn_ += 1;
                    diff.push(format!("{stem} - {}", fact.join("\t")));
                }
            }
        }
    }
    (total, kinds, diff)
}

fn report(name: &str, total: Counts, kinds: &BTreeMap<String, Counts>, diff: &[String]) {
    eprintln!("{name}: overall F1 {:.3}", total.f1());
    for (kind, c) in kinds {
        eprintln!("  {kind:<12} F1 {:.3} (tp {} fp {} fn {})", c.f1(), c.tp, c.fp, c.fn_);
    }
    for d in diff {
        eprintln!("  {d}");
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_seeds_score_at_least_0_95_and_no_kind_below_0_85() {
    let shared = root().join("../shared");
    assert!(shared.is_dir(), "../shared must be beside the checkout");
    let (total, kinds, diff) = score(&shared.join("seeds"), &shared.join("gold"));
    report("seeds", total, &kinds, &diff);
    assert!(total.f1() >= 0.95, "seeds F1 {:.3}", total.f1());
    for (kind, c) in &kinds {
        assert!(c.f1() >= 0.85, "seeds: {kind} F1 {:.3}", c.f1());
    }
}

#[test]
fn the_sample_articles_score_at_least_0_95() {
    let dir = root().join("examples/articles");
    let (total, kinds, diff) = score(&dir, &dir);
    report("examples/articles", total, &kinds, &diff);
    assert!(total.f1() >= 0.95, "samples F1 {:.3}", total.f1());
}

#[test]
fn the_development_set_scores_at_least_0_95() {
    let dir = root().join("tests/data/devset");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset", total, &kinds, &diff);
    assert!(total.f1() >= 0.95, "devset F1 {:.3}", total.f1());
}

#[test]
fn the_blind_set_of_stop_21_scores_at_least_0_95() {
    let dir = root().join("tests/data/devset2");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset2", total, &kinds, &diff);
    assert!(total.f1() >= 0.95, "devset2 F1 {:.3}", total.f1());
}

#[test]
fn the_blind_set_of_stop_22_scores_at_least_0_97() {
    let dir = root().join("tests/data/devset3");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset3", total, &kinds, &diff);
    assert!(total.f1() >= 0.97, "devset3 F1 {:.3}", total.f1());
}

#[test]
fn the_blind_set_of_stop_23_scores_at_least_0_95() {
    let dir = root().join("tests/data/devset4");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset4", total, &kinds, &diff);
    assert!(total.f1() >= 0.95, "devset4 F1 {:.3}", total.f1());
}

#[test]
fn the_blind_set_of_stop_24_scores_at_least_0_92() {
    let dir = root().join("tests/data/devset5");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset5", total, &kinds, &diff);
    assert!(total.f1() >= 0.92, "devset5 F1 {:.3}", total.f1());
}

#[test]
fn the_blind_set_of_stop_25_scores_at_least_0_92() {
    let dir = root().join("tests/data/devset6");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset6", total, &kinds, &diff);
    assert!(total.f1() >= 0.92, "devset6 F1 {:.3}", total.f1());
}

#[test]
fn the_second_blind_set_of_stop_25_scores_at_least_0_92() {
    let dir = root().join("tests/data/devset7");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset7", total, &kinds, &diff);
    assert!(total.f1() >= 0.92, "devset7 F1 {:.3}", total.f1());
}

#[test]
fn the_blind_set_of_stop_26_scores_at_least_0_94() {
    let dir = root().join("tests/data/devset8");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset8", total, &kinds, &diff);
    assert!(total.f1() >= 0.94, "devset8 F1 {:.3}", total.f1());
}

#[test]
fn the_blind_set_of_stop_27_scores_at_least_0_97() {
    let dir = root().join("tests/data/devset9");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset9", total, &kinds, &diff);
    assert!(total.f1() >= 0.97, "devset9 F1 {:.3}", total.f1());
}

#[test]
fn the_blind_set_of_stop_28_scores_at_least_0_93() {
    let dir = root().join("tests/data/devset10");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset10", total, &kinds, &diff);
    assert!(total.f1() >= 0.93, "devset10 F1 {:.3}", total.f1());
}

#[test]
fn the_second_blind_set_of_stop_28_scores_at_least_0_93() {
    let dir = root().join("tests/data/devset11");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset11", total, &kinds, &diff);
    assert!(total.f1() >= 0.93, "devset11 F1 {:.3}", total.f1());
}

#[test]
fn the_blind_sets_of_stop_29_score_at_least_0_94() {
    let dir = root().join("tests/data/devset12");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset12", total, &kinds, &diff);
    assert!(total.f1() >= 0.94, "devset12 F1 {:.3}", total.f1());
}

#[test]
fn the_blind_sets_of_stop_30_score_at_least_0_92() {
    let dir = root().join("tests/data/devset13");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset13", total, &kinds, &diff);
    assert!(total.f1() >= 0.92, "devset13 F1 {:.3}", total.f1());
}

#[test]
fn the_blind_sets_of_stop_31_score_at_least_0_93() {
    let dir = root().join("tests/data/devset14");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset14", total, &kinds, &diff);
    assert!(total.f1() >= 0.93, "devset14 F1 {:.3}", total.f1());
}

#[test]
fn the_blind_sets_of_stop_32_score_at_least_0_91() {
    let dir = root().join("tests/data/devset15");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset15", total, &kinds, &diff);
    assert!(total.f1() >= 0.91, "devset15 F1 {:.3}", total.f1());
}

#[test]
fn the_events_development_set_scores_at_least_0_97_with_events_and_participants_at_least_0_95() {
    let dir = root().join("tests/data/events-dev");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/events-dev", total, &kinds, &diff);
    assert!(total.f1() >= 0.97, "events-dev F1 {:.3}", total.f1());
    for kind in ["event", "participant"] {
        let f1 = kinds.get(kind).map_or(0.0, Counts::f1);
        assert!(f1 >= 0.95, "events-dev: {kind} F1 {f1:.3}");
    }
}

/// Text as a site with an old font shows it: ә ғ қ ң ө ұ ү һ і written as
/// а г к н о у у х и.
fn without_kazakh_letters(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ә' => 'а', 'Ә' => 'А', 'ғ' => 'г', 'Ғ' => 'Г', 'қ' => 'к', 'Қ' => 'К', 'ң' => 'н', 'Ң' => 'Н', 'ө' => 'о', 'Ө' => 'О',
            'ұ' | 'ү' => 'у', 'Ұ' | 'Ү' => 'У', 'һ' => 'х', 'Һ' => 'Х', 'і' => 'и', 'І' => 'И',
            other => other,
        })
        .collect()
}

/// The gold of such a text: people and other bodies' names as the text now
/// writes them; party branches, akimats and maslikhats keyed by their
/// places as before (the gazetteer knows them).
fn gold_without_kazakh_letters(gold: &str) -> String {
    let key = |k: &str| match k.split_once('@') {
        Some((kind, org)) => format!("{kind}@{}", body_key(org)),
        None => body_key(k),
    };
    fn body_key(k: &str) -> String {
        if let Some(name) = k.strip_prefix("org/") {
            format!("org/{}", without_kazakh_letters(name))
        } else if let Some(name) = k.strip_prefix("AMANAT/primary/") {
            format!("AMANAT/primary/{}", without_kazakh_letters(name))
        } else {
            k.to_string()
        }
    }
    let mut out = String::new();
    for line in gold.lines() {
        let mut f: Vec<String> = line.split('\t').map(str::to_string).collect();
        if !line.starts_with('#') && f.len() >= 2 {
            let person_fields: &[usize] = match f[0].as_str() {
                "person" | "author" => &[1],
                "alias" => &[1, 2],
                "holds" | "elected" | "participant" => &[1],
                _ => &[],
            };
            for &i in person_fields {
                f[i] = without_kazakh_letters(&f[i]);
            }
            for i in 1..f.len() {
                if !person_fields.contains(&i) && (f[i].contains('/') || f[i].contains('@')) {
                    f[i] = key(&f[i]);
                }
            }
        }
        out.push_str(&f.join("\t"));
        out.push('\n');
    }
    out
}

#[test]
fn articles_written_without_kazakh_letters_keep_most_of_their_facts() {
    // The blind set of stop 23 as an old font shows it. Before letters were
    // restored it scored 0.50, now about 0.92; people's names stay as written.
    let dir = root().join("tests/data/devset4");
    let (total, kinds, diff) = score_as(&dir, &dir, &without_kazakh_letters, &gold_without_kazakh_letters);
    report("devset4 without Kazakh letters", total, &kinds, &diff);
    assert!(total.f1() >= 0.90, "F1 {:.3}", total.f1());
}

#[test]
fn the_scorer_port_normalises_like_the_python_one() {
    assert_eq!(norm_field("  Д. Бейсенқұлов "), "д.бейсенқұлов");
    assert_eq!(norm_field("Қуат   БАЙҒОДЖАЕВ"), "қуат байғоджаев");
    let (a, b) = (fact_set("person\tҚуат Байғоджаев\n# c\n\n"), fact_set("person\tқуат  байғоджаев"));
    assert_eq!(a, b);
}

#[test]
fn the_blind_sets_of_stop_33_score_at_least_0_94() {
    let dir = root().join("tests/data/devset16");
    let (total, kinds, diff) = score(&dir, &dir);
    report("tests/data/devset16", total, &kinds, &diff);
    assert!(total.f1() >= 0.94, "devset16 F1 {:.3}", total.f1());
}
