//! The Kazakh language module.

use super::{ArticleFacts, Language};

pub(crate) struct Kazakh;

impl Language for Kazakh {
    fn extract(&self, text: &str) -> ArticleFacts {
        ArticleFacts { title: super::text::title(text), facts: Vec::new() }
    }

    fn normalize_name(&self, name: &str) -> String {
        name.to_string()
    }

    fn name_match_keys(&self, name: &str) -> Vec<String> {
        vec![crate::store::index_form(name)]
    }
}
