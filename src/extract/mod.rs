//! Extraction: article text → facts with the sentence each came from. A pure
//! function of the text; it never touches the store. The language-specific
//! knowledge (lexicons, suffix tables, phrase patterns) sits behind the
//! [`Language`] trait; Kazakh is the one implementation today.

pub(crate) mod facts;
pub(crate) mod kk;
pub(crate) mod text;

pub use facts::{ArticleFacts, EventAttr, EventKey, EventKind, EventRole, Fact, Role, SourcedFact, Status};

/// The version of the name-match keys ([`name_index_keys`]). Bump it when
/// the keys change: databases written with other keys rebuild their
/// name-match index when opened.
pub const NAME_KEYS_VERSION: u32 = 1;

/// What a language module provides.
pub trait Language: Send + Sync {
    /// The facts an article states.
    fn extract(&self, text: &str) -> ArticleFacts;
    /// A person's name in its nominative canonical form (`Айтжановтың` →
    /// `Айтжанов`), keeping the words' order.
    fn normalize_name(&self, name: &str) -> String;
    /// The keys a query string for the name match `~` looks up: case,
    /// case endings, initials and Latin transliteration removed.
    fn name_match_keys(&self, query: &str) -> Vec<String>;
    /// The keys a stored name is found under: a match when any of them is
    /// among a query's [`Language::name_match_keys`].
    fn name_index_keys(&self, name: &str) -> Vec<String>;
}

/// The language module for Kazakh.
pub fn kazakh() -> &'static dyn Language {
    &kk::Kazakh
}

/// Extracts the facts of a Kazakh article.
pub fn extract(text: &str) -> ArticleFacts {
    kazakh().extract(text)
}

/// How the Kazakh extractor read an article: its sentences, the names,
/// places and events it found in each. For debugging extraction rules.
pub fn trace(text: &str) -> String {
    kk::trace(text)
}

/// The nominative canonical form of a Kazakh personal name.
pub fn normalize_name(name: &str) -> String {
    kazakh().normalize_name(name)
}

/// The keys a `~` query string looks up (see [`Language::name_match_keys`]).
pub fn name_match_keys(query: &str) -> Vec<String> {
    kazakh().name_match_keys(query)
}

/// The keys a stored name is indexed under (see [`Language::name_index_keys`]).
pub fn name_index_keys(name: &str) -> Vec<String> {
    kazakh().name_index_keys(name)
}

/// Whether `name` matches the `~` query `query`.
pub fn name_matches(name: &str, query: &str) -> bool {
    let stored = name_index_keys(name);
    name_match_keys(query).iter().any(|k| stored.contains(k))
}

/// Whether a name form contains an initial (`Д.Бейсенқұлов`, `Қ.К. Тоқаев`).
pub fn has_initial(name: &str) -> bool {
    let mut prev_upper_start = false;
    let mut at_word_start = true;
    for ch in name.chars() {
        if ch == '.' && prev_upper_start {
            return true;
        }
        prev_upper_start = at_word_start && ch.is_alphabetic();
        at_word_start = ch.is_whitespace() || ch == '.';
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_are_recognised() {
        assert!(has_initial("Д.Бейсенқұлов"));
        assert!(has_initial("д.бейсенқұлов"));
        assert!(has_initial("Қ.К. Тоқаев"));
        assert!(!has_initial("Дауыл Бейсенқұлов"));
        assert!(!has_initial("Бейсенқұлов."));
    }
}
