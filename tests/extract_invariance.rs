//! Extraction is invariant under renaming. A district or a city swapped for
//! another of its kind in the same oblast, or a given name swapped for another
//! of the same gender and initial, each declined the way the text declines
//! the original, must change the facts only by that name. No rule may hang
//! on a particular place or person: the extractor meets regions and people
//! that no local article names. Nor may the facts hang on how the text
//! is typed: its quotation marks, dashes, line ends, Unicode form, the
//! Latin look-alikes some keyboards put for Kazakh letters, or a headline
//! in capitals.
//!
//! Corpus: the seeds (`../shared/seeds`, when present), the sample articles
//! and both development sets; `SHEZHIRE_PROBE_DIRS` (':'-separated folders
//! of `.txt` articles) adds more.

use regex::Regex;
use unicode_normalization::UnicodeNormalization;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn corpus() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![
        root.join("../shared/seeds"),
        root.join("examples/articles"),
        root.join("tests/data/devset"),
        root.join("tests/data/events-dev"),
    ];
    if let Ok(extra) = std::env::var("SHEZHIRE_PROBE_DIRS") {
        dirs.extend(extra.split(':').filter(|d| !d.is_empty()).map(PathBuf::from));
    }
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            out.push((f, text));
        }
    }
    out
}

fn facts(text: &str) -> BTreeSet<String> {
    shezhire::extract::extract(text).to_facts_text().lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string).collect()
}

/// Rewritten texts compared with the facts expected of them.
#[derive(Default)]
struct Checks {
    checked: usize,
    failures: Vec<String>,
}

impl Checks {
    /// Extracts `changed` and compares its facts with `expected`.
    fn compare(&mut self, label: String, changed: &str, expected: &BTreeSet<String>) {
        let got = facts(changed);
        self.checked += 1;
        if got != *expected {
            let lost: Vec<_> = expected.difference(&got).collect();
            let gained: Vec<_> = got.difference(expected).collect();
            self.failures.push(format!("{label}\n  lost {lost:?}\n  gained {gained:?}"));
        }
    }

    /// Fails listing every rewrite that changed more than it should, or
    /// when fewer than `at_least` were checked (the test must have run).
    fn finish(self, what: &str, at_least: usize) {
        let Checks { checked, failures } = self;
        eprintln!("{checked} {what} checked");
        assert!(failures.is_empty(), "{} of {checked} {what} changed more than they should:\n{}", failures.len(), failures.join("\n"));
        assert!(checked >= at_least, "only {checked} {what} were checked");
    }
}

/// The forms a place or given name takes in the text: the nominative, the
/// six other cases, the locative with -ғы ("Шиеліде" → "Шиелідегі"), and the
/// adjective of place ("шиелілік").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Form {
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Locative,
    Ablative,
    Instrumental,
    LocativeAttributive,
    Adjective,
}

const FORMS: [Form; 9] = [
    Form::Nominative,
    Form::Genitive,
    Form::Dative,
    Form::Accusative,
    Form::Locative,
    Form::Ablative,
    Form::Instrumental,
    Form::LocativeAttributive,
    Form::Adjective,
];

/// The ending of `word` in `form`, by vowel harmony (the last vowel) and
/// by the class of the last sound (vowel; л р й у ж з; м н ң; voiceless).
fn ending(word: &str, form: Form) -> String {
    let lower = word.to_lowercase();
    let back = lower.chars().rev().find_map(|c| match c {
        'а' | 'о' | 'ұ' | 'ы' | 'я' => Some(true),
        'ә' | 'е' | 'ө' | 'ү' | 'і' | 'э' | 'ю' => Some(false),
        _ => None,
    });
    let back = back.unwrap_or(true);
    let pick = |b: &'static str, f: &'static str| if back { b } else { f };
    #[derive(PartialEq)]
    enum Sound {
        Vowel,
        Sonorant,
        Nasal,
        Voiceless,
    }
    let sound = match lower.chars().last().unwrap_or('а') {
        'у' | 'й' | 'л' | 'р' | 'ж' | 'з' => Sound::Sonorant,
        'а' | 'ә' | 'е' | 'и' | 'о' | 'ө' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я' => Sound::Vowel,
        'м' | 'н' | 'ң' => Sound::Nasal,
        _ => Sound::Voiceless,
    };
    let locative = if sound == Sound::Voiceless { pick("та", "те") } else { pick("да", "де") };
    match form {
        Form::Nominative => String::new(),
        Form::Genitive => match sound {
            Sound::Vowel | Sound::Nasal => pick("ның", "нің"),
            Sound::Sonorant => pick("дың", "дің"),
            Sound::Voiceless => pick("тың", "тің"),
        }
        .into(),
        Form::Dative => (if sound == Sound::Voiceless { pick("қа", "ке") } else { pick("ға", "ге") }).into(),
        Form::Accusative => match sound {
            Sound::Vowel => pick("ны", "ні"),
            Sound::Sonorant | Sound::Nasal => pick("ды", "ді"),
            Sound::Voiceless => pick("ты", "ті"),
        }
        .into(),
        Form::Locative => locative.into(),
        Form::Ablative => match sound {
            Sound::Vowel | Sound::Sonorant => pick("дан", "ден"),
            Sound::Nasal => pick("нан", "нен"),
            Sound::Voiceless => pick("тан", "тен"),
        }
        .into(),
        Form::Instrumental => match sound {
            Sound::Vowel | Sound::Sonorant if !matches!(lower.chars().last(), Some('ж' | 'з')) => "мен",
            Sound::Voiceless => "пен",
            _ => "бен",
        }
        .into(),
        Form::LocativeAttributive => format!("{locative}{}", pick("ғы", "гі")),
        Form::Adjective => match sound {
            Sound::Vowel => pick("лық", "лік"),
            Sound::Sonorant | Sound::Nasal => pick("дық", "дік"),
            Sound::Voiceless => pick("тық", "тік"),
        }
        .into(),
    }
}

/// `text` with every occurrence of `old` (as written, or in capitals) in
/// some form replaced by `new` in the same form. `None` when an occurrence
/// cannot be mapped: a tail that is no known form, or a word glued before it.
fn swap(text: &str, old: &str, new: &str) -> Option<String> {
    let upper_old = old.to_uppercase();
    let pattern = Regex::new(&format!(r"({}|{})(\w*)", regex::escape(old), regex::escape(&upper_old))).expect("a literal pattern");
    let mut out = String::with_capacity(text.len() + 64);
    let mut last = 0;
    for caps in pattern.captures_iter(text) {
        let whole = caps.get(0).expect("group 0");
        if text[..whole.start()].chars().next_back().is_some_and(char::is_alphanumeric) {
            return None;
        }
        let capitals = caps[1] == upper_old && old != upper_old;
        let tail = caps[2].to_lowercase();
        let form = FORMS.iter().find(|&&f| ending(old, f) == tail)?;
        let replaced = format!("{new}{}", ending(new, *form));
        out.push_str(&text[last..whole.start()]);
        out.push_str(&if capitals { replaced.to_uppercase() } else { replaced });
        last = whole.end();
    }
    out.push_str(&text[last..]);
    Some(out)
}

/// The facts expected after a swap: `old` replaced by `new` wherever it
/// stands as a whole word.
fn renamed(facts: &BTreeSet<String>, old: &str, new: &str) -> BTreeSet<String> {
    let pattern = Regex::new(&format!(r"(^|[^\w.]){}($|[^\w])", regex::escape(old))).expect("a literal pattern");
    let rename = |line: &str| {
        // Twice: a match consumes the character after it, which may open the next.
        let once = pattern.replace_all(line, |c: &regex::Captures| format!("{}{new}{}", &c[1], &c[2])).into_owned();
        pattern.replace_all(&once, |c: &regex::Captures| format!("{}{new}{}", &c[1], &c[2])).into_owned()
    };
    facts.iter().map(|l| rename(l)).collect()
}

/// The districts and the cities of oblasts in the gazetteer whose name
/// means one place: (oblast, kind) → (name → its former names).
fn districts_and_cities() -> BTreeMap<(String, String), BTreeMap<String, Vec<String>>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract/kk/data/gazetteer.tsv");
    let text = std::fs::read_to_string(path).expect("the gazetteer");
    let mut places: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
    let mut rows = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (kind, name, parent) = (cols[0], cols[1], cols.get(2).copied().unwrap_or(""));
        let former: Vec<String> = cols.get(3).map(|f| f.split(',').filter(|x| !x.is_empty()).map(str::to_string).collect()).unwrap_or_default();
        for n in std::iter::once(name.to_string()).chain(former.iter().cloned()) {
            places.entry(n.to_lowercase()).or_default().insert((kind.to_string(), parent.to_string()));
        }
        rows.push((kind.to_string(), name.to_string(), parent.to_string(), former));
    }
    let mut out: BTreeMap<(String, String), BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for (kind, name, parent, former) in rows {
        // A name that is also an oblast, or a place in another oblast, reads otherwise.
        let one_place = places[&name.to_lowercase()].iter().all(|(k, p)| matches!(k.as_str(), "district" | "city" | "town") && *p == parent);
        if (kind == "district" || kind == "city") && one_place {
            out.entry((parent, kind)).or_default().insert(name, former);
        }
    }
    out
}

/// The words of a text, to ask whether a name begins one of them.
struct Words<'a> {
    text: &'a str,
    words: BTreeSet<&'a str>,
}

impl<'a> Words<'a> {
    fn of(text: &'a str) -> Self {
        Words { text, words: text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect() }
    }

    /// Whether some word starts with `name` (a name of several words: anywhere at a word start).
    fn has(&self, name: &str) -> bool {
        if name.contains(' ') {
            return Regex::new(&format!(r"(^|[^\w]){}", regex::escape(name))).expect("a literal pattern").is_match(self.text);
        }
        self.words.range(name..).next().is_some_and(|w| w.starts_with(name))
    }
}

#[test]
fn a_district_or_city_swapped_for_another_of_its_oblast_changes_only_its_name() {
    let units = districts_and_cities();
    let key = Regex::new(r"/(district|city)/([^\t@/]+)").expect("pattern");
    let mut checks = Checks::default();
    for (path, text) in corpus() {
        let base = facts(&text);
        let words = Words::of(&text);
        let found: BTreeSet<(String, String)> =
            base.iter().flat_map(|l| key.captures_iter(l).map(|c| (c[1].to_string(), c[2].to_string())).collect::<Vec<_>>()).collect();
        for (kind, old) in found {
            let Some((_, siblings)) = units.iter().find(|((_, k), names)| *k == kind && names.contains_key(&old)) else { continue };
            // Its former name written in the text ("Щучинск" for Бурабай) would still point to it.
            if siblings[&old].iter().any(|f| words.has(f)) {
                continue;
            }
            for (new, former) in siblings.iter().filter(|(n, _)| **n != old).take(8) {
                if words.has(new) || former.iter().any(|f| words.has(f)) {
                    continue;
                }
                let Some(changed) = swap(&text, &old, new) else { continue };
                checks.compare(format!("{}: {old} → {new}", path.display()), &changed, &renamed(&base, &old, new));
            }
        }
    }
    // The corpus names districts and cities of several oblasts.
    checks.finish("district and city swaps", 100);
}

#[test]
fn a_given_name_swapped_for_another_changes_only_the_name() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract/kk/data/given_names.tsv");
    let lexicon = std::fs::read_to_string(path).expect("the given names");
    let mut gender: BTreeMap<String, String> = BTreeMap::new();
    for line in lexicon.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut cols = line.split('\t');
        if let (Some(n), Some(g)) = (cols.next(), cols.next()) {
            gender.insert(n.to_string(), g.to_string());
        }
    }
    let mut checks = Checks::default();
    for (path, text) in corpus() {
        let base = facts(&text);
        let words = Words::of(&text);
        for line in base.iter().filter(|l| l.starts_with("person\t")) {
            let name = &line["person\t".len()..];
            let parts: Vec<&str> = name.split(' ').collect();
            let [given, _surname] = parts[..] else { continue };
            let Some(g) = gender.get(given) else { continue };
            if !words.has(given) {
                continue;
            }
            let initial = given.chars().next();
            // A spread of other names: every seventh of the same gender and initial.
            let others = gender
                .iter()
                .filter(|(n, h)| *h == g && n.as_str() != given && n.chars().next() == initial && !n.contains('-') && n.chars().count() >= 3)
                .filter(|(n, _)| !words.has(n))
                .step_by(7)
                .take(3);
            for (new, _) in others {
                let Some(changed) = swap(&text, given, new) else { break };
                checks.compare(format!("{}: {given} → {new}", path.display()), &changed, &renamed(&base, given, new));
            }
        }
    }
    checks.finish("name swaps", 200);
}

/// How web pages and keyboards write the same text differently.
const SURFACES: [(&str, fn(&str) -> String); 10] = [
    ("straight quotes", |t| t.replace(['«', '»'], "\"")),
    ("curly quotes", |t| t.replace('«', "“").replace('»', "”")),
    ("low and high quotes", |t| t.replace('«', "„").replace('»', "“")),
    ("an em dash for the en dash", |t| t.replace(" – ", " — ")),
    ("CRLF line ends", |t| t.replace('\n', "\r\n")),
    ("decomposed letters (NFD)", |t| t.nfd().collect()),
    ("the party named without quotes", |t| t.replace("«AMANAT» партиясы", "AMANAT партиясы")),
    ("a Latin i for і", |t| t.replace('і', "i").replace('І', "I")),
    ("a Latin schwa for ә", |t| t.replace('ә', "ə").replace('Ә', "Ə")),
    ("a headline in capitals", |t| match t.split_once('\n') {
        Some((head, rest)) if head.chars().count() < 200 => format!("{}\n{rest}", head.to_uppercase()),
        _ => t.to_string(),
    }),
];

#[test]
fn quotes_dashes_line_ends_and_decomposed_letters_change_nothing() {
    let mut checks = Checks::default();
    for (path, text) in corpus() {
        let base = facts(&text);
        for (what, rewrite) in SURFACES {
            let changed = rewrite(&text);
            if changed == text {
                continue;
            }
            checks.compare(format!("{}: {what}", path.display()), &changed, &base);
        }
    }
    checks.finish("rewritten texts", 150);
}

#[test]
fn endings_follow_harmony_and_the_last_sound() {
    let all = |w: &str| FORMS.iter().map(|&f| format!("{w}{}", ending(w, f))).collect::<Vec<_>>().join(" ");
    assert_eq!(all("Шиелі"), "Шиелі Шиелінің Шиеліге Шиеліні Шиеліде Шиеліден Шиелімен Шиелідегі Шиелілік");
    assert_eq!(all("Бақанас"), "Бақанас Бақанастың Бақанасқа Бақанасты Бақанаста Бақанастан Бақанаспен Бақанастағы Бақанастық");
    assert_eq!(all("Жаңақорған"), "Жаңақорған Жаңақорғанның Жаңақорғанға Жаңақорғанды Жаңақорғанда Жаңақорғаннан Жаңақорғанбен Жаңақорғандағы Жаңақорғандық");
    assert_eq!(all("Ақкөл"), "Ақкөл Ақкөлдің Ақкөлге Ақкөлді Ақкөлде Ақкөлден Ақкөлмен Ақкөлдегі Ақкөлдік");
    assert_eq!(ending("Сарысу", Form::Genitive), "дың");
    assert_eq!(ending("Сарыөзек", Form::Dative), "ке");
    assert_eq!(swap("Бақанасқа барды. БАҚАНАС", "Бақанас", "Шиелі").as_deref(), Some("Шиеліге барды. ШИЕЛІ"));
    assert_eq!(swap("Бақанасовқа", "Бақанас", "Шиелі"), None);
    let facts: BTreeSet<String> = ["holds\tX\takim\tgov/district/Арал\tcurrent", "person\tАралбай Ақанов"].map(String::from).into();
    let expected: BTreeSet<String> = ["holds\tX\takim\tgov/district/Қазалы\tcurrent", "person\tАралбай Ақанов"].map(String::from).into();
    assert_eq!(renamed(&facts, "Арал", "Қазалы"), expected);
}
