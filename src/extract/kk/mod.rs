//! The Kazakh language module: everything shezhire knows about Kazakh text
//! (morphology, name shapes, the gazetteer, office and event phrasing) sits
//! here behind the [`Language`](super::Language) trait.

pub(crate) mod article;
pub(crate) mod glue;
pub(crate) mod lexicon;
pub(crate) mod morph;
pub(crate) mod names;
pub(crate) mod orgs;
pub(crate) mod restore;
pub(crate) mod segment;
pub(crate) mod translit;

use super::text::NfcText;
use super::{ArticleFacts, Language};

pub(crate) struct Kazakh;

/// How the Kazakh extractor read an article (sentences, names, places,
/// events), for `shezhire extract --trace`.
pub(crate) fn trace(text: &str) -> String {
    article::trace(NfcText::of(text).as_str())
}

/// Words that must not lose an apparent case ending: known given names.
pub(crate) fn is_known_name(word: &str) -> bool {
    lexicon::is_given_name(word)
}

impl Language for Kazakh {
    fn extract(&self, text: &str) -> ArticleFacts {
        let nfc = NfcText::of(text);
        let mut facts = article::extract(nfc.as_str());
        for f in &mut facts.facts {
            f.span = nfc.original_span(f.span);
        }
        facts
    }

    fn normalize_name(&self, name: &str) -> String {
        morph::normalize_name(name, &is_known_name)
    }

    fn name_match_keys(&self, query: &str) -> Vec<String> {
        translit::match_keys(query, &is_known_name, true)
    }

    fn name_index_keys(&self, name: &str) -> Vec<String> {
        translit::match_keys(name, &is_known_name, false)
    }
}
