//! Words run together where a page lost a space: scraped text often joins
//! the word before a line break to the one after it ("өткенконференцияда",
//! "қалалықфилиал төрағасы", "төрағасыАсқар"). Such a token is split in
//! two where the second part begins with one of the genre's key stems, or
//! where a capital follows small letters; the parts keep their own spans.

use super::segment::{Sentence, Token, TokenKind};

/// Stems of the words the rules read that a lost space glues to the word
/// before them (the second part must begin with one).
const KEY_STEMS: &[&str] = &[
    "конференция", "филиал", "төраға", "партия", "хатшы", "сайлан", "съез", "отырыс", "жиналыс", "орынбасар", "мәслихат",
    "әкімі", "әкімінің", "депутат",
];

/// First parts that make one word with a key stem ("бейнеконференция",
/// "көппартиялы"): no space was lost there.
const JOINED_PREFIXES: &[&str] = &["видео", "бейне", "теле", "онлайн", "интернет", "көп", "бей", "вице", "бас", "экс", "кіші", "ішкі"];

/// Splits the glued words of every sentence.
pub(crate) fn split_glued_words(sents: &mut [Sentence]) {
    // (Each long word is read once per article: the text repeats its words.)
    let mut seen: std::collections::HashMap<String, Option<usize>, foldhash::fast::FixedState> = Default::default();
    for s in sents.iter_mut() {
        let points: Vec<Option<usize>> = s
            .tokens
            .iter()
            .map(|t| {
                if t.text.len() < 14 {
                    return None;
                }
                if let Some(&p) = seen.get(&t.text) {
                    return p;
                }
                let p = glue_point(t);
                seen.insert(t.text.clone(), p);
                p
            })
            .collect();
        if points.iter().all(Option::is_none) {
            continue;
        }
        let mut out = Vec::with_capacity(s.tokens.len() + 2);
        for (t, point) in s.tokens.iter().zip(points) {
            match point {
                Some(at) => {
                    let (left, right) = t.text.split_at(at);
                    // (The text as written has the same bytes unless a rule
                    // rewrote the word; then the split is placed within it.)
                    let cut = (t.start + at).min(t.end);
                    out.push(Token::new(left.to_string(), super::segment::lower(left), t.start, cut, t.space_before, TokenKind::Word, t.quoted));
                    out.push(Token::new(right.to_string(), super::segment::lower(right), cut, t.end, true, TokenKind::Word, t.quoted));
                }
                None => out.push(t.clone()),
            }
        }
        s.tokens = std::sync::Arc::new(out);
    }
}

/// The byte offset in the token's text where a lost space was, if any.
fn glue_point(t: &Token) -> Option<usize> {
    // (Every Cyrillic letter is two bytes: seven letters at least.)
    if t.kind != TokenKind::Word || t.text.len() < 14 || !t.text.chars().all(super::segment::is_cyrillic) {
        return None;
    }
    // "төрағасыАсқар": a capital after three small letters or more, with small letters after it.
    let upper = super::segment::is_upper;
    if let Some((i, (at, _))) = t.text.char_indices().enumerate().skip(1).find(|(_, (_, c))| upper(*c)) {
        let small_before = t.text[..at].chars().all(|c| !upper(c));
        let small_after = t.text[at..].chars().skip(1).all(|c| !upper(c));
        let long_enough = i >= 3 && t.text[at..].chars().count() >= 3;
        if small_before && small_after && long_enough {
            return Some(at);
        }
    }
    // "өткенконференцияда": a key stem after a first part of three letters or more.
    let lower = &t.lower;
    if lower.len() != t.text.len() {
        return None;
    }
    // (Each letter two bytes: the stems are compared at letter starts, by
    // their first letter first; a substring search per stem cost more.)
    let bytes = lower.as_bytes();
    (6..bytes.len().saturating_sub(7)).step_by(2).find(|&at| {
        let head = &bytes[at..at + 2];
        KEY_STEMS.iter().any(|stem| stem.as_bytes()[..2] == *head && bytes[at..].starts_with(stem.as_bytes())) && !JOINED_PREFIXES.contains(&&lower[..at])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(word: &str) -> Option<String> {
        let t = Token::new(word.to_string(), super::super::segment::lower(word), 0, word.len(), true, TokenKind::Word, false);
        glue_point(&t).map(|at| format!("{} {}", &word[..at], &word[at..]))
    }

    #[test]
    fn words_a_lost_space_joined_are_split() {
        assert_eq!(point("өткенконференцияда").as_deref(), Some("өткен конференцияда"));
        assert_eq!(point("қалалықфилиал").as_deref(), Some("қалалық филиал"));
        assert_eq!(point("болыпсайланды").as_deref(), Some("болып сайланды"));
        assert_eq!(point("төрағасыАсқар").as_deref(), Some("төрағасы Асқар"));
        // One word already: the stem begins it, or a prefix makes it one.
        assert_eq!(point("конференциясында"), None);
        assert_eq!(point("бейнеконференция"), None);
        assert_eq!(point("көппартиялық"), None);
        assert_eq!(point("төрағасының"), None);
        assert_eq!(point("ҚазАқпарат"), None);
    }
}
