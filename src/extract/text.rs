//! Language-neutral text helpers: the title line, and the text in Unicode
//! normalization form C with a map back to the bytes it came from.

use crate::model::Span;
use std::borrow::Cow;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// The first non-empty line, trimmed.
pub(crate) fn title(text: &str) -> String {
    text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default().to_string()
}

/// Whether every character is one NFC leaves as it is, by ranges alone:
/// Latin and its modifiers, Cyrillic (not its combining marks), and the
/// dashes, quotes and bullets of general punctuation. Much cheaper than
/// the full quick check over the whole text.
fn surely_nfc(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Bytes that only ASCII, Latin to U+02FF and Cyrillic use (its marks
        // U+0483–U+0489 compose with nothing), skipped a run at a time.
        match first_unusual(&bytes[i..]) {
            Some(k) => i += k,
            None => return true,
        }
        let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        i += match bytes[i] {
            // Dashes, quotes, bullets (U+2010–U+205E); "№" and its row (U+2100–U+2125).
            0xE2 if (next(1) == 0x80 && next(2) >= 0x90) || (next(1) == 0x81 && next(2) <= 0x9E) || (next(1) == 0x84 && next(2) <= 0xA5) => 3,
            // Any other character alone (an emoji, a letter of another
            // script) by the tables; a combining mark is not passed.
            _ => match text.get(i..).and_then(|rest| rest.chars().next()) {
                Some(c) if is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes => c.len_utf8(),
                _ => return false,
            },
        };
    }
    true
}

/// The first byte that ASCII, Latin to U+02FF and Cyrillic do not use
/// (their marks U+0483–U+0489 compose with nothing). Blocks of 32 bytes
/// are tested without branches, so the compiler can use vector code.
fn first_unusual(bytes: &[u8]) -> Option<usize> {
    let unusual = |b: u8| (0xCC..=0xCF).contains(&b) | (b >= 0xD4);
    let mut at = 0;
    for block in bytes.chunks_exact(32) {
        if block.iter().fold(false, |any, &b| any | unusual(b)) {
            break;
        }
        at += 32;
    }
    bytes[at..].iter().position(|&b| unusual(b)).map(|k| at + k)
}

/// An article's text in NFC, so that a letter typed as a base and a
/// combining mark ("и" + U+0306 for "й") reads as the one letter the rules
/// know. Spans found in it map back to the original bytes.
pub(crate) struct NfcText<'a> {
    text: Cow<'a, str>,
    /// Per changed stretch: (start in `text`, its length, start in the original, its length).
    /// Empty when the text was in NFC already.
    chunks: Vec<(usize, usize, usize, usize)>,
}

impl<'a> NfcText<'a> {
    pub(crate) fn of(original: &'a str) -> Self {
        if surely_nfc(original) || is_nfc_quick(original.chars()) == IsNormalized::Yes {
            return NfcText { text: Cow::Borrowed(original), chunks: Vec::new() };
        }
        // Normalise each starter with the marks after it on its own: the
        // composition never reaches across a starter for these scripts, and
        // each stretch keeps its place in the original.
        let mut text = String::with_capacity(original.len());
        let mut chunks = Vec::new();
        let mut start = 0;
        let mut flush = |from: usize, to: usize, text: &mut String| {
            let piece = &original[from..to];
            let at = text.len();
            text.extend(piece.nfc());
            if &text[at..] != piece {
                chunks.push((at, text.len() - at, from, to - from));
            }
        };
        for (i, c) in original.char_indices() {
            if i > start && canonical_combining_class(c) == 0 {
                flush(start, i, &mut text);
                start = i;
            }
        }
        flush(start, original.len(), &mut text);
        NfcText { text: Cow::Owned(text), chunks }
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// The original byte offset of `offset` in the normalised text (an
    /// offset inside a changed stretch goes to the stretch's end).
    fn original(&self, offset: usize) -> usize {
        let i = self.chunks.partition_point(|c| c.0 <= offset);
        let Some(&(at, len, from, from_len)) = i.checked_sub(1).map(|i| &self.chunks[i]) else { return offset };
        if offset == at {
            from
        } else if offset < at + len {
            from + from_len
        } else {
            // Unchanged text after the stretch: the same distance on.
            from + from_len + (offset - at - len)
        }
    }

    /// A span of the normalised text as a span of the original.
    pub(crate) fn original_span(&self, span: Span) -> Span {
        if self.chunks.is_empty() {
            return span;
        }
        Span::new(self.original(span.start as usize), self.original(span.end as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_text_maps_spans_back_to_the_original_bytes() {
        // "Қайрат" with "й" as "и" + a combining breve, twice.
        let original = "Қаи\u{306}рат пен Қаи\u{306}рат.";
        let nfc = NfcText::of(original);
        assert_eq!(nfc.as_str(), "Қайрат пен Қайрат.");
        let second = nfc.as_str().rfind("Қайрат").unwrap();
        let span = nfc.original_span(Span::new(second, second + "Қайрат".len()));
        assert_eq!(&original[span.start as usize..span.end as usize], "Қаи\u{306}рат");
        let whole = nfc.original_span(Span::new(0, nfc.as_str().len()));
        assert_eq!((whole.start, whole.end as usize), (0, original.len()));
        // Text in NFC already is borrowed, and its spans are its own.
        let plain = NfcText::of("Қайрат");
        assert!(matches!(plain.text, Cow::Borrowed(_)));
        assert_eq!(plain.original_span(Span::new(2, 4)), Span::new(2, 4));
        // The fast ranges agree with the full check on what they pass.
        for text in ["Қайрат «AMANAT» – 2024 ж. … “x” №5", "éàü ǅ ʻ", "Ѐ҂Ҋԯ"] {
            assert!(surely_nfc(text) && is_nfc_quick(text.chars()) == IsNormalized::Yes, "{text}");
        }
        for text in ["и\u{306}", "е\u{308}", "\u{2000}"] {
            assert!(!surely_nfc(text), "{text:?}");
            // Also past the first blocks of 32 bytes.
            let long = format!("{}{text}", "Партия филиалы. ".repeat(5));
            assert!(!surely_nfc(&long), "{long:?}");
        }
    }
}
