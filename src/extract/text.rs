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
        if is_nfc_quick(original.chars()) == IsNormalized::Yes {
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
    }
}
