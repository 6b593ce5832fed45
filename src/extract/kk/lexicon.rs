//! The Kazakh lexicons: given names (`data/given_names.tsv`) and the
//! gazetteer of administrative units (`data/gazetteer.tsv`), compiled into
//! the binary and parsed once.

use std::sync::LazyLock;

/// The lexicons are looked up several times per word: a fast fixed-seed
/// hasher instead of SipHash (their keys are the compiled-in word lists).
type FastState = foldhash::fast::FixedState;
type HashMap<K, V> = std::collections::HashMap<K, V, FastState>;
type HashSet<K> = std::collections::HashSet<K, FastState>;

const GIVEN_NAMES: &str = include_str!("data/given_names.tsv");
const GAZETTEER: &str = include_str!("data/gazetteer.tsv");

/// The kind of an administrative unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum UnitKind {
    Oblast,
    /// A city of republican significance (Астана, Алматы, Шымкент).
    CityRep,
    /// A city of oblast significance.
    City,
    District,
    /// A district of a city of republican significance.
    CityDistrict,
    /// A town or district centre that is not a unit of its own.
    Town,
}

/// One administrative unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    pub(crate) kind: UnitKind,
    /// Current name, nominative.
    pub(crate) name: String,
    /// The oblast (or, for a city district, the city) it belongs to.
    pub(crate) parent: Option<String>,
    /// The oblast it belonged to before the June 2022 division, where that differs.
    pub(crate) parent_before_2022: Option<String>,
}

impl Unit {
    /// The oblast (or city) it lay in before the June 2022 division, or after it.
    pub(crate) fn parent_in(&self, before_2022: bool) -> Option<&str> {
        self.parent_before_2022.as_deref().filter(|_| before_2022).or(self.parent.as_deref())
    }
}

/// The gazetteer: every unit under its current and former names.
pub(crate) struct Gazetteer {
    /// Lower-case name (current or former) → units with that name.
    by_name: HashMap<String, Vec<Unit>>,
    /// The most words in any name.
    pub(crate) max_words: usize,
    /// First words (lower case) of names with several words.
    first_words: HashSet<String>,
}

impl Gazetteer {
    /// Units whose current or former name is `name` (any case).
    pub(crate) fn lookup(&self, name: &str) -> &[Unit] {
        let hit = |n: &str| self.by_name.get(n).map(Vec::as_slice);
        // A word already in lower case needs no second look-up (nor the copy).
        hit(name).or_else(|| if super::segment::is_lower(name) { None } else { hit(&super::segment::lower(name)) }).unwrap_or(&[])
    }

    /// The unit of a kind with this name, if any.
    pub(crate) fn unit(&self, name: &str, kind: UnitKind) -> Option<&Unit> {
        self.lookup(name).iter().find(|u| u.kind == kind)
    }

    /// The oblast a district, city or town lay in: before the June 2022
    /// division (Абай, Жетісу, Ұлытау) or after it.
    pub(crate) fn oblast_of_in(&self, name: &str, kind: UnitKind, before_2022: bool) -> Option<String> {
        self.oblasts_of_in(name, kind, before_2022).next().map(str::to_string)
    }

    /// The oblasts of every unit of a kind with this name ("Абай ауданы" is
    /// in the Abai and in the Karaganda oblast), first as `oblast_of_in`.
    pub(crate) fn oblasts_of_in<'g>(&'g self, name: &str, kind: UnitKind, before_2022: bool) -> impl Iterator<Item = &'g str> {
        let placed = matches!(kind, UnitKind::District | UnitKind::City | UnitKind::Town);
        self.lookup(name).iter().filter(move |u| placed && u.kind == kind).filter_map(move |u| u.parent_in(before_2022))
    }

    /// Whether a lower-case word begins a name of several words.
    pub(crate) fn starts_multiword(&self, lower_word: &str) -> bool {
        self.first_words.contains(lower_word)
    }

    /// Every name (lower case), current and former.
    pub(crate) fn names(&self) -> impl Iterator<Item = &str> {
        self.by_name.keys().map(String::as_str)
    }

    pub(crate) fn is_place_word(&self, name: &str) -> bool {
        !self.lookup(name).is_empty()
    }
}

fn parse_gazetteer(text: &str) -> Gazetteer {
    // Sized for the file up front: growing rehashed it several times.
    let mut by_name: HashMap<String, Vec<Unit>> = HashMap::with_capacity_and_hasher(2 * text.lines().count(), FastState::default());
    let mut max_words = 1;
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let kind = match fields.first().copied() {
            Some("oblast") => UnitKind::Oblast,
            Some("city_rep") => UnitKind::CityRep,
            Some("city") => UnitKind::City,
            Some("district") => UnitKind::District,
            Some("city_district") => UnitKind::CityDistrict,
            Some("town") => UnitKind::Town,
            _ => continue,
        };
        let Some(name) = fields.get(1).map(|s| s.trim()).filter(|s| !s.is_empty()) else { continue };
        let parent = fields.get(2).map(|s| s.trim()).filter(|s| !s.is_empty()).map(str::to_string);
        let parent_before_2022 = fields.get(4).map(|s| s.trim()).filter(|s| !s.is_empty()).map(str::to_string);
        let unit = Unit { kind, name: name.to_string(), parent, parent_before_2022 };
        let former = fields.get(3).map(|s| s.trim()).unwrap_or_default();
        for n in std::iter::once(name).chain(former.split(',').map(str::trim).filter(|s| !s.is_empty())) {
            max_words = max_words.max(n.split_whitespace().count());
            let entry = by_name.entry(super::segment::lower(n)).or_default();
            if !entry.contains(&unit) {
                entry.push(unit.clone());
            }
        }
    }
    let first_words = by_name
        .keys()
        .filter(|n| n.contains(' '))
        .filter_map(|n| n.split(' ').next().map(str::to_string))
        .collect();
    Gazetteer { by_name, max_words, first_words }
}

/// The gazetteer, parsed on first use.
pub(crate) static GAZ: LazyLock<Gazetteer> = LazyLock::new(|| parse_gazetteer(GAZETTEER));

/// Given names, lower case.
pub(crate) static GIVEN: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut names = HashSet::with_capacity_and_hasher(GIVEN_NAMES.lines().count(), FastState::default());
    names.extend(
        GIVEN_NAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').next())
            .map(|n| super::segment::lower(n.trim()))
            .filter(|n| !n.is_empty()),
    );
    names
});

/// Whether a word (any case) is a known given name.
pub(crate) fn is_given_name(word: &str) -> bool {
    GIVEN.contains(word) || (!super::segment::is_lower(word) && GIVEN.contains(&super::segment::lower(word)))
}

/// Endings of Kazakh compound given names, for names the lexicon lacks.
const GIVEN_NAME_ENDS: &[&str] = &[
    "гүл", "гуль", "жан", "бек", "хан", "бай", "бол", "нұр", "тай", "ғали", "гали", "жар", "сұлу", "бике", "бибі", "ай",
];

/// Whether a word looks like a Kazakh compound given name.
pub(crate) fn looks_like_given_name(word: &str) -> bool {
    let w = super::segment::lower(word);
    w.chars().count() >= 5 && GIVEN_NAME_ENDS.iter().any(|e| w.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gazetteer_knows_units_and_their_oblasts() {
        assert_eq!(GAZ.oblast_of_in("Сырдария", UnitKind::District, false).as_deref(), Some("Қызылорда"));
        assert_eq!(GAZ.oblast_of_in("Қарасай", UnitKind::District, false).as_deref(), Some("Алматы"));
        assert!(GAZ.unit("Жетісу", UnitKind::Oblast).is_some());
        assert!(GAZ.unit("Ұлытау", UnitKind::Oblast).is_some());
        assert!(GAZ.unit("Абай", UnitKind::Oblast).is_some());
        // Former names find the current unit.
        assert_eq!(GAZ.unit("Нұр-Сұлтан", UnitKind::CityRep).map(|u| u.name.as_str()), Some("Астана"));
        assert_eq!(GAZ.unit("Оңтүстік Қазақстан", UnitKind::Oblast).map(|u| u.name.as_str()), Some("Түркістан"));
        // Abbreviations in Kazakh and Russian, and Russian city names.
        for (abbr, oblast) in [("ШҚО", "Шығыс Қазақстан"), ("ВКО", "Шығыс Қазақстан"), ("СКО", "Солтүстік Қазақстан"), ("ЗКО", "Батыс Қазақстан")] {
            assert_eq!(GAZ.unit(abbr, UnitKind::Oblast).map(|u| u.name.as_str()), Some(oblast));
        }
        assert_eq!(GAZ.unit("Уральск", UnitKind::City).map(|u| u.name.as_str()), Some("Орал"));
        // The units moved to the oblasts of 2022 keep their earlier oblast.
        assert_eq!(GAZ.oblast_of_in("Талдықорған", UnitKind::City, true).as_deref(), Some("Алматы"));
        assert_eq!(GAZ.oblast_of_in("Талдықорған", UnitKind::City, false).as_deref(), Some("Жетісу"));
        assert_eq!(GAZ.oblast_of_in("Аягөз", UnitKind::District, true).as_deref(), Some("Шығыс Қазақстан"));
        assert_eq!(GAZ.oblast_of_in("Жезқазған", UnitKind::City, true).as_deref(), Some("Қарағанды"));
        assert_eq!(GAZ.oblast_of_in("Сырдария", UnitKind::District, true).as_deref(), Some("Қызылорда"));
        assert!(GAZ.max_words >= 2);
        let oblasts = GAZ.by_name.values().flatten().filter(|u| u.kind == UnitKind::Oblast).map(|u| &u.name);
        assert_eq!(oblasts.collect::<std::collections::BTreeSet<_>>().len(), 17);
    }

    #[test]
    fn given_names_are_many() {
        assert!(GIVEN.len() > 800);
        assert!(is_given_name("Қуат") || is_given_name("Асхат"));
        assert!(looks_like_given_name("Раушангүл"));
    }
}
