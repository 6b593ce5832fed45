//! Cleaning and segmentation of Kazakh news text: web boilerplate lines are
//! dropped, paragraphs are split into sentences (not at initials, common
//! abbreviations, inside «quotes» or inside dash-introduced speech), and
//! sentences into tokens. Every piece keeps its byte span in the article.

/// A token: a word, a number or one punctuation character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// The text as written.
    pub(crate) text: String,
    /// Lower case.
    pub(crate) lower: String,
    /// Byte offset in the article.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Whitespace precedes it.
    pub(crate) space_before: bool,
    pub(crate) kind: TokenKind,
    /// Inside «guillemets» (depth ≥ 1).
    pub(crate) quoted: bool,
    /// Whether the word can be part of a body's name (computed once; see
    /// `orgs::is_title_material`).
    pub(crate) title_material: std::cell::OnceCell<bool>,
    /// How the word is written, computed with the token: the name rules ask
    /// it of every token several times.
    pub(crate) shape: Shape,
}

/// The written shape of a token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    /// A word whose first letter is upper case.
    pub(crate) capitalized: bool,
    /// Written like a name: a capital, then lower case (hyphenated parts may
    /// start with capitals), letters only, at least two, some Cyrillic.
    pub(crate) name_like: bool,
    /// A Cyrillic word of two or more letters, all upper case (`МЫРЗАБЕКҚЫЗЫ`).
    pub(crate) all_caps: bool,
}

impl Shape {
    fn of(text: &str, kind: TokenKind) -> Shape {
        if kind != TokenKind::Word {
            return Shape::default();
        }
        let capitalized = text.chars().next().is_some_and(is_upper);
        if !capitalized {
            // Both other shapes begin with a capital.
            return Shape::default();
        }
        // One pass over the characters serves both.
        let (mut cyrillic, mut after_hyphen, mut second_upper) = (false, false, false);
        let (mut name_like, mut upper_letters, mut lower_letters) = (true, 0, 0);
        for (i, c) in text.chars().enumerate() {
            let letter = is_letter(c);
            let upper = is_upper(c);
            if !(letter || c == '-') || (i > 0 && !after_hyphen && upper) {
                name_like = false;
            }
            if letter {
                if upper {
                    upper_letters += 1;
                } else {
                    lower_letters += 1;
                }
            }
            if i == 1 {
                second_upper = upper;
            }
            cyrillic |= is_cyrillic(c);
            after_hyphen = c == '-';
        }
        Shape {
            capitalized,
            name_like: name_like && upper_letters + lower_letters >= 2 && cyrillic,
            all_caps: second_upper && lower_letters == 0 && upper_letters >= 2 && cyrillic,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word,
    Number,
    Punct,
}

// The token predicates and letter tests are asked in every rule of every
// module: `#[inline]` lets them inline across codegen units.
impl Token {
    #[inline]
    pub(crate) fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    #[inline]
    pub(crate) fn is(&self, punct: &str) -> bool {
        self.kind == TokenKind::Punct && self.text == punct
    }

    pub(crate) fn new(text: String, lower: String, start: usize, end: usize, space_before: bool, kind: TokenKind, quoted: bool) -> Token {
        let shape = Shape::of(&text, kind);
        Token { text, lower, start, end, space_before, kind, quoted, title_material: std::cell::OnceCell::new(), shape }
    }

    /// The token written as `text` instead, at the same place: its lower
    /// case, shape and cached facts are those of the new text.
    pub(crate) fn rewritten(&self, text: &str, kind: TokenKind) -> Token {
        Token::new(text.to_string(), lower(text), self.start, self.end, self.space_before, kind, self.quoted)
    }

    /// First letter upper case.
    #[inline]
    pub(crate) fn is_capitalized(&self) -> bool {
        self.shape.capitalized
    }

    #[inline]
    pub(crate) fn is_dash(&self) -> bool {
        self.kind == TokenKind::Punct && matches!(self.text.as_str(), "–" | "—" | "-" | "―")
    }
}

/// A sentence with its tokens.
#[derive(Clone, Debug)]
pub(crate) struct Sentence {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// Shared, so that the passes over a sentence can hold its tokens while
    /// they change the walk (a clone of every token was a tenth of the time).
    pub(crate) tokens: std::sync::Arc<Vec<Token>>,
    /// It is a headline: the article's first line(s) without a final full stop.
    pub(crate) headline: bool,
    /// It begins with a dash: direct speech, with an attribution at its end.
    pub(crate) speech: bool,
    /// Index of the paragraph it belongs to.
    pub(crate) paragraph: usize,
}

/// A line of the article that is not boilerplate.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// Phrases that make a short line a web-page furniture line.
const BOILERPLATE: &[&str] = &[
    "leave a reply",
    "your email address will not be published",
    "required fields are marked",
    "cancel reply",
    "post comment",
    "related posts",
    "пікір қалдыру",
    "хабарламаларға жазылу",
    "жаңалықтарға жазылу",
    "арнамызға жазылыңыз",
    "пікір жазу",
    "пікірлер",
    "жауап қалдыру",
    "оставить комментарий",
    "фотогалерея",
    "фоторепортаж",
    "басып шығару",
    "ұқсас жаңалықтар",
    "соңғы жаңалықтар",
    "тағы оқыңыз",
    "читайте также",
    "барлық құқықтар қорғалған",
    "все права защищены",
    "copyright",
    "©",
];

/// Words that mark furniture only on a line that is not a sentence (no
/// final full stop): share buttons, contacts, counters. "Бұл туралы X
/// Facebook-тағы парақшасында жазды." is an article sentence.
const FURNITURE_WORDS: &[&str] = &[
    "бөлісу", "поделиться", "печать", "тегтер", "теги", "tags", "байланыс", "телефон", "тел.", "e-mail", "email",
    "қаралым", "просмотр", "оқылды", "views", "share", "facebook", "twitter", "whatsapp", "telegram", "instagram",
    "youtube", "комментарий",
];

/// Whether a line is page furniture rather than article text.
pub(crate) fn is_boilerplate(line: &str) -> bool {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return true;
    }
    // Only counts up to 13 matter below: a long paragraph is not counted through.
    let words = trimmed.split_whitespace().take(13).count();
    // View counters, dates, times: no letters at all.
    if !trimmed.chars().any(char::is_alphabetic) {
        return true;
    }
    // Article paragraphs are long; furniture lines are short.
    if words > 12 {
        return false;
    }
    let lower = lower(trimmed);
    if lower.contains("http://") || lower.contains("https://") || lower.starts_with("www.") {
        return words <= 12;
    }
    // A phone number: a run of 9+ digits, allowing spaces, dashes, brackets and +.
    let digits_in_run = longest_phone_run(trimmed);
    if digits_in_run >= 9 && words <= 12 {
        return true;
    }
    if words <= 8 && BOILERPLATE.iter().any(|b| lower.contains(b)) {
        return true;
    }
    let sentence = trimmed.ends_with(['.', '!', '?']) && words > 3;
    if !sentence && words <= 8 && FURNITURE_WORDS.iter().any(|b| lower.contains(b)) {
        return true;
    }
    // A short line with no Cyrillic at all (site names, Latin furniture).
    let cyrillic = trimmed.chars().any(is_cyrillic);
    !cyrillic && words <= 5
}

/// A label alone on its line over a list of other stories ("Тағы
/// оқыңыз:", "Ұқсас жаңалықтар").
fn is_links_label(line: &str) -> bool {
    let label = line.trim().trim_end_matches([':', '.']).trim();
    // (The longest label is 33 bytes: a line of text is not lowered to find out.)
    if label.len() > 40 {
        return false;
    }
    let lower = lower(label);
    matches!(
        lower.as_str(),
        "тағы оқыңыз" | "тағы да оқыңыз" | "оқи отырыңыз" | "ұқсас жаңалықтар" | "соңғы жаңалықтар" | "тақырыпқа қатысты" | "читайте также" | "related posts"
    )
}

fn longest_phone_run(line: &str) -> usize {
    let mut best = 0;
    let mut run = 0;
    for c in line.chars() {
        if c.is_ascii_digit() {
            run += 1;
            best = best.max(run);
        } else if !matches!(c, ' ' | '-' | '(' | ')' | '+' | '\u{a0}') {
            run = 0;
        }
    }
    best
}

/// The article's lines that carry text, in order.
pub(crate) fn content_lines(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut offset = 0;
    // Whether the last line pushed is the raw line just before this one.
    let mut joinable = false;
    // Under a "Тағы оқыңыз:" label: the other stories' headlines, up to a
    // blank line or a line that reads as text.
    let mut in_links = false;
    for raw in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if in_links {
            let body = line.trim();
            let headline = !body.is_empty() && !body.ends_with(['.', '!', '?', '…', ':']) && body.split_whitespace().count() <= 14;
            if headline {
                joinable = false;
                continue;
            }
            in_links = false;
        }
        if is_links_label(line) {
            in_links = true;
            joinable = false;
            continue;
        }
        let pieces = if line.contains('<') { html_block_pieces(line_start, line) } else { Vec::new() };
        let plain = [(line_start, line)];
        for &(start, line) in if pieces.is_empty() { &plain[..] } else { &pieces[..] } {
            if is_boilerplate(line) {
                joinable = false;
                continue;
            }
            let lead = line.len() - line.trim_start().len();
            let body = line.trim();
            // A line that starts in lower case right after one with no final
            // punctuation continues its sentence: the text was wrapped
            // ("филиалы төрағасының\nбірінші орынбасары").
            let continues = joinable
                && body.chars().next().is_some_and(|c| c.is_lowercase())
                && out.last().is_some_and(|prev| !text[prev.start..prev.end].ends_with(['.', '!', '?', '…', ':', ';']));
            if continues {
                if let Some(prev) = out.last_mut() {
                    prev.end = start + lead + body.len();
                }
            } else {
                out.push(Line { start: start + lead, end: start + lead + body.len() });
            }
            joinable = !body.is_empty();
        }
    }
    out
}

/// HTML tags that end a block of text (a paragraph or a line break) where
/// a page's markup was scraped with its words: `<br>`, `<p>`, `</div>`.
const HTML_BLOCK_TAGS: &[&str] = &["br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "table", "blockquote"];

/// The pieces of a line between HTML block tags, each with its byte offset.
fn html_block_pieces(start: usize, line: &str) -> Vec<(usize, &str)> {
    let mut pieces = Vec::new();
    let mut from = 0;
    let mut at = 0;
    while let Some(open) = line[at..].find('<').map(|i| at + i) {
        let Some(len) = html_tag_len(&line[open..]) else {
            at = open + 1;
            continue;
        };
        let tag = line[open + 1..open + len - 1].trim_start_matches('/');
        let name = &tag[..tag.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(tag.len())];
        if HTML_BLOCK_TAGS.iter().any(|b| b.eq_ignore_ascii_case(name)) {
            pieces.push((start + from, &line[from..open]));
            from = open + len;
        }
        at = open + len;
    }
    pieces.push((start + from, &line[from..]));
    pieces
}

/// The byte length of an HTML tag at the start of `s` (`<br>`, `</p>`,
/// `<a href="...">`), if one is there: a letter or `/` or `!` after `<`,
/// and `>` before any other `<` within a few hundred bytes.
pub(crate) fn html_tag_len(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    if bytes.first() != Some(&b'<') || !bytes.get(1).is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/' || *b == b'!') {
        return None;
    }
    let close = bytes.iter().take(400).skip(1).position(|&b| b == b'>' || b == b'<')? + 1;
    (bytes[close] == b'>').then_some(close + 1)
}

/// An HTML character reference at the start of `s` (`&laquo;`, `&#187;`,
/// `&nbsp;`): its length in bytes and the character it stands for (for the
/// punctuation and spaces a scraped page leaves; letters are left alone).
pub(crate) fn html_entity(s: &str) -> Option<(usize, char)> {
    let end = s.as_bytes().iter().take(10).position(|&b| b == b';')?;
    let name = &s[1..end];
    let c = match name {
        "nbsp" | "ensp" | "emsp" | "thinsp" | "#160" | "#8194" | "#8195" | "#8201" | "#xa0" | "#xA0" => ' ',
        "laquo" | "#171" | "#xab" | "#xAB" => '«',
        "raquo" | "#187" | "#xbb" | "#xBB" => '»',
        "quot" | "#34" | "ldquo" | "rdquo" | "bdquo" | "#8220" | "#8221" | "#8222" => '"',
        "apos" | "#39" | "rsquo" | "lsquo" | "#8217" => '’',
        "amp" | "#38" => '&',
        "mdash" | "#8212" => '—',
        "ndash" | "#8211" => '–',
        "hellip" | "#8230" => '…',
        _ => return None,
    };
    Some((end + 1, c))
}

/// Characters with no width that a page may leave inside or between words
/// (a soft hyphen, zero-width spaces and joiners, a byte-order mark).
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// The most tokens a sentence may have; longer runs are cut (real sentences
/// of the genre stay under 150).
pub(crate) const MAX_SENTENCE_TOKENS: usize = 300;

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "т.б", "т.с.с", "т.с", "б", "ж", "жж", "млн", "млрд", "мың", "обл", "г", "гг", "ст", "тел", "проф", "акад",
    "доц", "т.т", "с", "см", "км", "кв", "ш", "бет", "им", "мыс", "т.с.", "ҚР", "РФ", "құр", "көш", "үй", "пәт",
];

fn is_abbreviation(lower_word: &str) -> bool {
    let w = lower_word.trim_start_matches(|c: char| !c.is_alphanumeric());
    // Compared letter by letter: lowering each abbreviation into a new
    // string cost 35 allocations per full stop.
    w.chars().count() <= 5 && ABBREVIATIONS.iter().any(|a| a.chars().map(lower_char).eq(w.chars()))
}

/// Lower case of one letter: a fast path for ASCII and Cyrillic (Kazakh's
/// extra letters sit in upper/lower pairs), the standard tables otherwise.
#[inline]
pub(crate) fn lower_char(c: char) -> char {
    let u = c as u32;
    match u {
        0x41..=0x5A => char::from_u32(u + 32).unwrap_or(c),
        0x00..=0x7F => c,
        0x0410..=0x042F => char::from_u32(u + 32).unwrap_or(c),
        0x0400..=0x040F => char::from_u32(u + 80).unwrap_or(c),
        0x0430..=0x045F => c,
        0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x04FF => char::from_u32(u | 1).unwrap_or(c),
        0x04C1..=0x04CE if u % 2 == 1 => char::from_u32(u + 1).unwrap_or(c),
        0x04C0 => '\u{04CF}',
        _ => lower_char_other(c),
    }
}

/// [`lower_char`] outside the fast path (kept out of line so that the fast
/// path inlines).
#[cold]
#[inline(never)]
fn lower_char_other(c: char) -> char {
    c.to_lowercase().next().filter(|_| c.to_lowercase().count() == 1).unwrap_or(c)
}

/// Long office words a typist is likely to mistype by one letter (a key
/// next to the right one: "атөарушы"), and to which one such slip maps back.
const TYPO_TARGETS: &[&str] = &["атқарушы", "орынбасары", "орынбасарының", "төрағасының", "филиалының"];

/// The word with one substituted letter put right, if it is one of
/// `TYPO_TARGETS` mistyped; else the word unchanged.
fn typo_fixed(word: String) -> String {
    // One Cyrillic letter for another keeps the byte length: most words are
    // ruled out by it without decoding.
    for target in TYPO_TARGETS {
        if word.len() != target.len() || word == *target {
            continue;
        }
        let mut expected = target.chars();
        let mut slips = 0;
        for c in word.chars() {
            if expected.next() != Some(c) {
                slips += 1;
                if slips > 1 {
                    break;
                }
            }
        }
        if slips == 1 && expected.next().is_none() {
            return (*target).to_string();
        }
    }
    word
}

/// Lower case of a word (see [`lower_char`]); the same as `str::to_lowercase`
/// (a test checks every letter of the fast path), without its table search.
pub(crate) fn lower(word: &str) -> String {
    // Lower case keeps the UTF-8 length of ASCII and Cyrillic letters: one
    // allocation of the word's size, and the runs of letters that do not
    // change are copied whole. Letters are read from their bytes: ASCII is
    // one byte, U+0400..U+04FF two with a lead byte D0..D3 (decoding each
    // char in general was half the cost of tokenising).
    let bytes = word.as_bytes();
    let mut out = String::with_capacity(word.len());
    let (mut run, mut i) = (0, 0);
    while i < bytes.len() {
        let b = bytes[i];
        // The commonest letters, Russian lower case а..я (D0 B0..D1 9F),
        // stay as they are.
        if (b == 0xD0 && bytes[i + 1] >= 0xB0) || (b == 0xD1 && bytes[i + 1] < 0xA0) {
            i += 2;
            continue;
        }
        let (c, width) = if b < 0x80 {
            (u32::from(b), 1)
        } else if (0xD0..=0xD3).contains(&b) {
            // A valid UTF-8 lead byte D0..D3 has its continuation byte.
            ((u32::from(b & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F), 2)
        } else {
            return word.to_lowercase();
        };
        let l = match c {
            0x41..=0x5A => c + 32,
            0x00..=0x7F | 0x0430..=0x045F => c,
            _ => char::from_u32(c).map_or(c, |ch| lower_char(ch) as u32),
        };
        if l != c {
            out.push_str(&word[run..i]);
            out.push(char::from_u32(l).unwrap_or(char::REPLACEMENT_CHARACTER));
            run = i + width;
        }
        i += width;
    }
    out.push_str(&word[run..]);
    out
}

/// `word.starts_with(stem)`, compared byte by byte in line: the word
/// lists are tried against every token, and a call to `memcmp` per stem
/// cost more than the comparison (which mostly fails at the second byte).
#[inline]
pub(crate) fn begins(word: &str, stem: &str) -> bool {
    let (w, p) = (word.as_bytes(), stem.as_bytes());
    w.len() >= p.len() && w.iter().zip(p).all(|(a, b)| a == b)
}

/// `list.contains(&word)`, compared in line (see [`begins`]).
#[inline]
pub(crate) fn among(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.len() == word.len() && begins(word, w))
}

/// Whether `lower(word) == word`, without building the lower-case word.
pub(crate) fn is_lower(word: &str) -> bool {
    word.chars().all(|c| {
        if matches!(c as u32, 0x0400..=0x04FF | 0x00..=0x7F) {
            lower_char(c) == c
        } else {
            // `to_lowercase` maps char by char (final sigma aside, and Σ
            // changes anyway), so a word of unchanged letters is unchanged.
            let mut l = c.to_lowercase();
            l.next() == Some(c) && l.next().is_none()
        }
    })
}

/// A letter of the Cyrillic block (Russian and Kazakh letters alike).
#[inline]
pub(crate) fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Upper case, with a fast path for ASCII and Cyrillic (the same as
/// `char::is_uppercase`, a test checks).
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    let u = c as u32;
    match u {
        0x41..=0x5A | 0x0400..=0x042F => true,
        0x00..=0x7F | 0x0430..=0x045F => false,
        0x0460..=0x04FF => lower_char(c) != c,
        _ => c.is_uppercase(),
    }
}

#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    matches!(c as u32, 0x0410..=0x044F | 0x0450..=0x04FF) || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

/// A word as it should read: without the invisible characters in it, and
/// all in Cyrillic (see [`unmix_script`]); `None` when nothing changes.
fn repaired_word(word: &str) -> Option<String> {
    // Nearly every word is all Cyrillic: one byte scan decides.
    if word.bytes().all(|b| matches!(b, 0x80..=0xBF | 0xD0..=0xD3)) {
        return None;
    }
    // Every invisible character's UTF-8 begins with C2, E2 or EF.
    if word.bytes().any(|b| matches!(b, 0xC2 | 0xE2 | 0xEF)) && word.chars().any(is_invisible) {
        let plain: String = word.chars().filter(|c| !is_invisible(*c)).collect();
        return Some(unmix_script(&plain).unwrap_or(plain));
    }
    unmix_script(word)
}

/// A Cyrillic word with Latin look-alike letters typed into it (`cъезі`
/// with a Latin c) written all in Cyrillic; `None` when nothing changes.
fn unmix_script(word: &str) -> Option<String> {
    // Nearly every word is all Cyrillic (lead bytes 0xD0–0xD3): one byte
    // scan decides. Else a Latin letter must be in it (0xC6 and 0xC9 lead
    // the Latin schwa "ə"/"Ə" and barred "ɵ"/"Ɵ", typed for "ә" and "ө").
    if word.bytes().all(|b| matches!(b, 0x80..=0xBF | 0xD0..=0xD3)) || !word.bytes().any(|b| b.is_ascii_alphabetic() || b == 0xC6 || b == 0xC9) {
        return None;
    }
    let lookalike = |c: &char| c.is_ascii_alphabetic() || matches!(c, 'ə' | 'Ə' | 'ɵ' | 'Ɵ');
    let cyrillic = word.chars().filter(|&c| is_cyrillic(c)).count();
    let latin = word.chars().filter(lookalike).count();
    // A lone "Ə" (an initial) is the Cyrillic letter too.
    let lone_schwa = cyrillic == 0 && word.chars().all(|c| matches!(c, 'ə' | 'Ə' | 'ɵ' | 'Ɵ'));
    let map = |c: char| match c {
        'a' => 'а', 'c' => 'с', 'e' => 'е', 'o' => 'о', 'p' => 'р', 'x' => 'х', 'y' => 'у', 'k' => 'к', 'i' => 'і',
        'A' => 'А', 'B' => 'В', 'C' => 'С', 'E' => 'Е', 'H' => 'Н', 'K' => 'К', 'M' => 'М', 'O' => 'О', 'P' => 'Р',
        'T' => 'Т', 'X' => 'Х', 'Y' => 'У', 'I' => 'І',
        'ə' => 'ә', 'Ə' => 'Ә', 'ɵ' => 'ө', 'Ɵ' => 'Ө',
        other => other,
    };
    // Mostly Latin is still Cyrillic when every Latin letter has a
    // Cyrillic twin ("Əйгepiм": й, г, м say which script it is).
    let all_twins = word.chars().filter(lookalike).all(|c| map(c) != c);
    if !lone_schwa && (cyrillic == 0 || latin == 0 || (latin * 2 > cyrillic + latin && !all_twins)) {
        return None;
    }
    Some(word.chars().map(map).collect())
}

/// The oblasts written by their initials (`СҚО`, `ШҚО`, `БҚО`, `ОҚО`), and
/// with `Ф` their party branch (`СҚОФ`: "Солтүстік Қазақстан облыстық
/// филиалы"); a hyphenated case ending goes to the last word
/// (`ШҚО-да` → `Шығыс Қазақстан облысында`).
fn expand_region_abbreviation(word: &str) -> Option<Vec<String>> {
    let first = word.chars().next()?;
    if !matches!(first, 'С' | 'Ш' | 'Б' | 'О') {
        return None;
    }
    let (abbr, ending) = word.split_once('-').unwrap_or((word, ""));
    let (region, branch) = match abbr {
        "СҚО" => ("Солтүстік Қазақстан", false),
        "ШҚО" => ("Шығыс Қазақстан", false),
        "БҚО" => ("Батыс Қазақстан", false),
        "ОҚО" => ("Оңтүстік Қазақстан", false),
        "СҚОФ" => ("Солтүстік Қазақстан", true),
        "ШҚОФ" => ("Шығыс Қазақстан", true),
        "БҚОФ" => ("Батыс Қазақстан", true),
        "ОҚОФ" => ("Оңтүстік Қазақстан", true),
        _ => return None,
    };
    // Both nouns end in the possessive -ы and take its declension.
    let e = lower(ending);
    let case = if e.is_empty() {
        ""
    } else if e.ends_with('ң') {
        "ның"
    } else if e.ends_with("ғы") || e.ends_with("гі") {
        "ндағы"
    } else if ["дан", "ден", "тан", "тен", "нан", "нен"].iter().any(|x| e.ends_with(x)) {
        "нан"
    } else if ["да", "де", "та", "те"].iter().any(|x| e.ends_with(x)) {
        "нда"
    } else if ["ға", "ге", "қа", "ке", "на", "не"].iter().any(|x| e.ends_with(x)) {
        "на"
    } else if ["ны", "ні", "ды", "ді", "ты", "ті"].iter().any(|x| e.ends_with(x)) {
        "н"
    } else if ["мен", "бен", "пен"].iter().any(|x| e.ends_with(x)) {
        "мен"
    } else {
        return None;
    };
    let mut words: Vec<String> = region.split(' ').map(str::to_string).collect();
    if branch {
        words.push("облыстық".into());
        words.push(format!("филиалы{case}"));
    } else {
        words.push(format!("облысы{case}"));
    }
    Some(words)
}

/// Tokenises `text[start..end]`.
pub(crate) fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    // About one token per 8 bytes of Kazakh text (a paragraph's worth at
    // most): fewer regrowths of a vector of large items.
    let mut tokens = Vec::with_capacity(((end - start) / 8 + 4).min(1024));
    let slice = &text[start..end];
    let mut chars = slice.char_indices().peekable();
    let mut space_before = true;
    let mut quote_depth: u32 = 0;
    // Straight quotes open among `quote_depth`.
    let mut straight_open: u32 = 0;
    // Low quotes („) open among `quote_depth`.
    let mut low_open: u32 = 0;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space_before = true;
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        // A scraped page's markup: a tag is a space, a character reference
        // the character it stands for.
        let markup = match c {
            '<' => html_tag_len(&slice[i..]).map(|len| (len, ' ')),
            '&' => html_entity(&slice[i..]),
            _ => None,
        };
        if let Some((len, _)) = markup {
            while chars.next_if(|&(j, _)| j < i + len).is_some() {}
        }
        let decoded;
        let tok_start = i;
        let kind;
        // A Cyrillic capital after the first letter: the word may have lost its spaces.
        let mut inner_capital = false;
        let mut tok_end = i + c.len_utf8();
        if let Some((len, d)) = markup {
            if d == ' ' {
                space_before = true;
                continue;
            }
            kind = TokenKind::Punct;
            tok_end = i + len;
        } else if is_letter(c) {
            kind = TokenKind::Word;
            // Letters, digits, and inner hyphens or apostrophes joining letters.
            while let Some(&(j, d)) = chars.peek() {
                if is_letter(d) || d.is_ascii_digit() || d == '\u{301}' || (!d.is_ascii() && d.is_alphanumeric()) {
                    inner_capital |= cyrillic_capital(d);
                    chars.next();
                    tok_end = j + d.len_utf8();
                } else if is_invisible(d) && slice[j + d.len_utf8()..].chars().next().is_some_and(is_letter) {
                    // ("Бек\u{ad}мұханов": a soft hyphen or a zero-width space inside a word.)
                    chars.next();
                    tok_end = j + d.len_utf8();
                } else if matches!(d, '-' | '\'' | '’' | 'ʼ') {
                    let mut ahead = slice[j + d.len_utf8()..].chars();
                    if ahead.next().is_some_and(|n| is_letter(n) || n.is_ascii_digit()) {
                        chars.next();
                        tok_end = j + d.len_utf8();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
        } else if c.is_ascii_digit() {
            kind = TokenKind::Number;
            while let Some(&(j, d)) = chars.peek() {
                let next_is_digit = slice[j + d.len_utf8()..].chars().next().is_some_and(|n| n.is_ascii_digit());
                if d.is_ascii_digit() || (matches!(d, ',' | '.') && next_is_digit) {
                    chars.next();
                    tok_end = j + d.len_utf8();
                } else if d == '-'
                    && slice[j + 1..].chars().next().is_some_and(char::is_alphabetic)
                    && slice[j + 1..].chars().take_while(|c| c.is_alphabetic()).count() <= 5
                {
                    // 55-і, 37-ші: keep a short suffix with the number; a word
                    // ("24-конференциясы") stays a word of its own.
                    chars.next();
                    tok_end = j + 1;
                    while let Some(&(k, e)) = chars.peek() {
                        if e.is_alphabetic() {
                            chars.next();
                            tok_end = k + e.len_utf8();
                        } else {
                            break;
                        }
                    }
                    break;
                } else {
                    break;
                }
            }
        } else {
            kind = TokenKind::Punct;
        }
        let raw = match markup {
            Some((_, d)) => {
                decoded = d.to_string();
                decoded.as_str()
            }
            None => &slice[tok_start..tok_end],
        };
        let fixed = if kind == TokenKind::Word { repaired_word(raw) } else { None };
        let text_of = fixed.as_deref().unwrap_or(raw);
        // A straight quote opens after a space and before a letter
        // ('"Құрмет" ұйымы'), and closes an open one otherwise. "„" opens,
        // and the "“" after it closes ('„Құрмет“'); otherwise "“" opens.
        // (Only punctuation can be a quotation mark: words skip the tests.)
        let punct = kind == TokenKind::Punct;
        let straight_opens = punct && raw == "\"" && space_before && slice[tok_end..].chars().next().is_some_and(|n| !n.is_whitespace());
        let low_closes = punct && raw == "“" && low_open > 0;
        let closes = punct && (raw == "»" || raw == "”" || low_closes || (raw == "\"" && !straight_opens && straight_open > 0));
        let opens = punct && !closes && (raw == "«" || raw == "“" || raw == "„" || straight_opens);
        if closes {
            quote_depth = quote_depth.saturating_sub(1);
            if raw == "\"" {
                straight_open -= 1;
            }
            if low_closes {
                low_open -= 1;
            }
        }
        // Every quotation mark is read as a guillemet, so the rules see one
        // pair whatever the keyboard ('"Құрмет"', “Құрмет”, „Құрмет“).
        let text_of = if opens {
            "«"
        } else if closes {
            "»"
        } else {
            text_of
        };
        let token = |text: String, space_before: bool| {
            let lower = typo_fixed(lower(&text));
            Token::new(text, lower, start + tok_start, start + tok_end, space_before, kind, quote_depth > 0)
        };
        // Cut where the letters are all Cyrillic (a look-alike fixed), in the raw bytes.
        let letters = fixed.as_deref().unwrap_or(raw);
        let glued = if inner_capital { camel_cuts(letters) } else { Vec::new() };
        let raw_at = |b: usize| match &fixed {
            None => b,
            Some(f) => raw.char_indices().filter(|(_, c)| !is_invisible(*c)).nth(f[..b].chars().count()).map_or(raw.len(), |(i, _)| i),
        };
        match if kind == TokenKind::Word { expand_region_abbreviation(text_of) } else { None } {
            // "СҚО-да" stands for "Солтүстік Қазақстан облысында": its words,
            // each spanning the abbreviation.
            Some(words) => tokens.extend(words.into_iter().enumerate().map(|(k, w)| token(w, space_before || k > 0))),
            // "партиясыныңҚарғалы": words whose spaces were lost, each with its own span.
            None if !glued.is_empty() => {
                let mut from = 0;
                for (k, &to) in glued.iter().chain(std::iter::once(&letters.len())).enumerate() {
                    let piece = &letters[from..to];
                    let lower = typo_fixed(lower(piece));
                    let (a, b) = (start + tok_start + raw_at(from), start + tok_start + raw_at(to));
                    tokens.push(Token::new(piece.to_string(), lower, a, b, space_before || k > 0, kind, quote_depth > 0));
                    from = to;
                }
            }
            None => tokens.push(token(text_of.to_string(), space_before)),
        }
        if opens {
            quote_depth = quote_depth.saturating_add(1);
            straight_open += u32::from(straight_opens);
            low_open += u32::from(raw == "„");
        }
        space_before = false;
    }
    tokens
}

/// A Cyrillic capital, by code point alone (a quick test; the basic
/// capitals, and the even code points of the extended letters Kazakh uses:
/// Ғ, Қ, Ң, Ұ, Ү, Һ, Ә, Ө).
#[inline]
fn cyrillic_capital(c: char) -> bool {
    let u = c as u32;
    (0x400..=0x42f).contains(&u) || (((0x490..=0x4bf).contains(&u) || (0x4d0..=0x4ff).contains(&u)) && u % 2 == 0)
}

/// Where a word whose spaces were lost splits: before each Cyrillic capital
/// that follows a lower-case Cyrillic letter ("төрағасыАсқарЖүсібалиев").
/// Every piece must have four letters at least, so names written in
/// camel case ("ҚазАқпарат", "ҚазТрансОйл") stay whole. Byte offsets.
fn camel_cuts(raw: &str) -> Vec<usize> {
    let cyrillic = |c: char| ('\u{400}'..='\u{4ff}').contains(&c);
    let mut cuts = Vec::new();
    let mut piece_chars = 0;
    let mut prev: Option<char> = None;
    for (i, c) in raw.char_indices() {
        if let Some(p) = prev {
            if cyrillic(c) && c.is_uppercase() && cyrillic(p) && p.is_lowercase() {
                if piece_chars < 4 {
                    return Vec::new();
                }
                cuts.push(i);
                piece_chars = 0;
            }
        }
        piece_chars += 1;
        prev = Some(c);
    }
    if cuts.is_empty() || piece_chars < 4 {
        return Vec::new();
    }
    // Inside text that lost its spaces, a capitalised piece may still hold
    // a name glued to the lower-case words after it.
    let mut all = Vec::with_capacity(cuts.len() * 2);
    let mut from = 0;
    for &to in cuts.iter().chain(std::iter::once(&raw.len())) {
        if from > 0 {
            all.push(from);
        }
        if let Some(inner) = glued_after_name(&raw[from..to]) {
            all.push(from + inner);
        }
        from = to;
    }
    all
}

/// Genre words that begin the rest of a glued piece ("Қарғалыаудандық").
const GLUED_GENRE_WORDS: &[&str] = &["аудандық", "облыстық", "қалалық", "ауданы", "облысы", "қаласы", "партия", "филиал"];

/// Case endings a glued surname may carry before the next word, longest first.
const GLUED_ENDINGS: &[&str] = &[
    "ның", "нің", "дың", "дің", "тың", "тің", "нан", "нен", "дан", "ден", "тан", "тен", "мен", "бен", "пен", "ға", "ге",
    "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те",
];

/// Where a capitalised piece of a space-less word splits after its name:
/// before a genre word ("Қарғалы|аудандық") or after a surname and its case
/// ending ("Жүсібалиев|праймеризге", "Оразалиннің|атынан"). Byte offset.
fn glued_after_name(piece: &str) -> Option<usize> {
    let mut chars = piece.chars();
    if !chars.next().is_some_and(char::is_uppercase) || chars.any(char::is_uppercase) {
        return None;
    }
    let low = lower(piece);
    // Offsets found in the lower case must be the piece's own.
    if low.len() != piece.len() {
        return None;
    }
    let offsets: Vec<usize> = low.char_indices().map(|(i, _)| i).filter(|&i| piece.is_char_boundary(i)).collect();
    // Four letters of a name at least, five of the rest.
    let rest_ok = |at: usize| low[at..].chars().count() >= 5;
    for &at in offsets.iter().skip(4) {
        if GLUED_GENRE_WORDS.iter().any(|w| low[at..].starts_with(w)) && rest_ok(at) {
            return Some(at);
        }
    }
    for &at in offsets.iter().skip(5) {
        let (head, tail) = low.split_at(at);
        if !["ова", "ева", "ина", "ов", "ев", "ин"].iter().any(|e| head.ends_with(e)) {
            continue;
        }
        // "Ахметов|амен" is "Ахметова|мен": the feminine ending goes with the name.
        if tail.starts_with('а') && !head.ends_with('а') {
            continue;
        }
        let ending = GLUED_ENDINGS.iter().find(|e| tail.starts_with(*e) && rest_ok(at + e.len())).map_or(0, |e| e.len());
        if rest_ok(at + ending) {
            return Some(at + ending);
        }
    }
    None
}

/// Splits the content lines into sentences.
pub(crate) fn sentences(text: &str, lines: &[Line]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut in_headline = true;
    for (paragraph, line) in lines.iter().enumerate() {
        let line_text = &text[line.start..line.end];
        // The first lines without a final full stop are headlines.
        let ends_like_text = line_text.trim_end().ends_with(['.', '!', '?', '…', '»', '"', ':']);
        let headline = in_headline && !ends_like_text && line_text.split_whitespace().count() <= 30;
        if !headline {
            in_headline = false;
        }
        let tokens = tokenize(text, line.start, line.end);
        for mut sentence in split_tokens(tokens, paragraph) {
            sentence.headline = headline;
            out.push(sentence);
        }
    }
    out
}

/// Sentence boundaries inside one paragraph's tokens.
fn split_tokens(tokens: Vec<Token>, paragraph: usize) -> Vec<Sentence> {
    // First the end index (exclusive) of every sentence, then the cuts.
    let mut ends: Vec<(usize, bool)> = Vec::new(); // (end, speech)
    let mut quote_depth: u32 = 0;
    let all = &tokens;
    let mut start = 0;
    let mut speech = false;
    let mut attribution_seen = false;
    for i in 0..all.len() {
        let t = &all[i];
        if i == start {
            speech = t.is_dash();
            attribution_seen = false;
        }
        if t.is("«") {
            quote_depth += 1;
        } else if t.is("»") && quote_depth > 0 {
            quote_depth -= 1;
        }
        if speech && t.is_dash() && i > start {
            attribution_seen = false;
        }
        if speech && t.is_word() && (t.lower.starts_with("деді") || t.lower == "деп" || t.lower.starts_with("деген") || t.lower.starts_with("дейді")) {
            attribution_seen = true;
        }
        // Text without punctuation must not become one huge sentence: every
        // per-sentence rule is then bounded by this many tokens.
        if i + 1 - start >= MAX_SENTENCE_TOKENS {
            ends.push((i + 1, speech));
            start = i + 1;
            quote_depth = 0;
            continue;
        }
        let is_end = t.kind == TokenKind::Punct && matches!(t.text.as_str(), "." | "!" | "?" | "…");
        if !is_end || quote_depth > 0 {
            continue;
        }
        // More end punctuation follows ("?!", "..."): end after it.
        if all.get(i + 1).is_some_and(|n| n.kind == TokenKind::Punct && matches!(n.text.as_str(), "." | "!" | "?" | "…")) {
            continue;
        }
        if t.text == "." && i > 0 {
            let prev = &all[i - 1];
            // An initial: one capital letter, or an abbreviation.
            let initial = prev.is_word() && prev.text.chars().count() == 1 && prev.text.chars().all(char::is_uppercase);
            if (initial || (prev.is_word() && is_abbreviation(&prev.lower))) && all.get(i + 1).is_some() {
                continue;
            }
            // A web address ("BAQ.KZ", "kazinform.kz"): Latin letters on
            // both sides of the full stop, with no space.
            let latin = |t: &Token| t.is_word() && t.text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if latin(prev) && prev.end == t.start && all.get(i + 1).is_some_and(|n| latin(n) && n.start == t.end && !n.space_before) {
                continue;
            }
        }
        let next = all.get(i + 1);
        let boundary = match next {
            None => true,
            Some(n) => {
                n.is_capitalized()
                    || n.is_dash()
                    || n.is("«")
                    || n.is("\"")
                    // "№ 4 сайлау округінде ...": a number sign opens one too.
                    || n.is("№")
                    || n.kind == TokenKind::Number
                    || (n.is_word() && n.text.chars().all(char::is_uppercase))
            }
        };
        if !boundary || (speech && !attribution_seen && next.is_some()) {
            // Direct speech goes on to its attribution ("– деді ол.").
            continue;
        }
        ends.push((i + 1, speech));
        start = i + 1;
    }
    if start < tokens.len() {
        ends.push((tokens.len(), speech));
    }
    let mut out = Vec::with_capacity(ends.len());
    let mut rest = tokens.into_iter();
    let mut at = 0;
    for (end, speech) in ends {
        let part: Vec<Token> = rest.by_ref().take(end - at).collect();
        at = end;
        out.push(make_sentence(part, paragraph, speech));
    }
    out
}

fn make_sentence(tokens: Vec<Token>, paragraph: usize, speech: bool) -> Sentence {
    let start = tokens.first().map(|t| t.start).unwrap_or(0);
    let end = tokens.last().map(|t| t.end).unwrap_or(start);
    Sentence { start, end, tokens: tokens.into(), headline: false, speech, paragraph }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scraped_pages_markup_and_invisible_characters_are_read_through() {
        let text = "<p>&laquo;AMANAT&raquo;&nbsp;филиалы<br/>Бек\u{ad}мұханов Ер\u{200b}лан <b>сөйледі</b> &amp; 3 < 5</p>";
        let tokens = tokenize(text, 0, text.len());
        let words: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(words, vec!["«", "AMANAT", "»", "филиалы", "Бекмұханов", "Ерлан", "сөйледі", "&", "3", "<", "5"]);
        // Spans stay on the raw bytes: the word with a soft hyphen spans it.
        let bek = &tokens[4];
        assert_eq!(&text[bek.start..bek.end], "Бек\u{ad}мұханов");
        assert!(tokens[1].quoted && !tokens[3].quoted);
        // Block tags end lines; a lone "<" is no tag.
        let lines = content_lines("<p>Бірінші жол мұнда.</p><p>Екінші жол мұнда.<br>Үшінші</p>\n");
        let lines: Vec<&str> = lines.iter().map(|l| &"<p>Бірінші жол мұнда.</p><p>Екінші жол мұнда.<br>Үшінші</p>\n"[l.start..l.end]).collect();
        assert_eq!(lines, vec!["Бірінші жол мұнда.", "Екінші жол мұнда.", "Үшінші"]);
        assert_eq!(html_tag_len("< 5 және 6 >"), None);
        assert_eq!(html_entity("&copy; 2024"), None);
    }

    #[test]
    fn a_word_mostly_of_latin_twins_is_cyrillic_when_a_cyrillic_letter_says_so() {
        let words = |text: &str| tokenize(text, 0, text.len()).into_iter().map(|t| t.text).collect::<Vec<_>>();
        // "Əйгepiм": Ə, e, p, i are Latin, й, г, м Cyrillic.
        assert_eq!(words("\u{18f}йг\u{65}\u{70}\u{69}м Aйдoc"), vec!["Әйгерім", "Айдос"]);
        // A Latin word stays Latin; so does one with a Latin letter of no twin.
        assert_eq!(words("AMANAT Jastaр"), vec!["AMANAT", "Jastaр"]);
    }

    #[test]
    fn words_that_lost_their_spaces_are_taken_apart() {
        let words = |text: &str| tokenize(text, 0, text.len()).into_iter().map(|t| t.text).collect::<Vec<_>>();
        assert_eq!(
            words("филиалытөрағасыСерікБайжановбасқосуғақатысты"),
            vec!["филиалытөрағасы", "Серік", "Байжанов", "басқосуғақатысты"]
        );
        assert_eq!(words("партиясыныңЖаңақорғанаудандық"), vec!["партиясының", "Жаңақорған", "аудандық"]);
        assert_eq!(words("төрағасыДинаОспановаменкездесті"), vec!["төрағасы", "Дина", "Оспановамен", "кездесті"]);
        // Each piece keeps its own span.
        let text = "Бүгін хатшысыСерікЖұмабаевтыңатынан";
        let tokens = tokenize(text, 0, text.len());
        let spans: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(spans, vec!["Бүгін", "хатшысы", "Серік", "Жұмабаевтың", "атынан"]);
        assert!(tokens[2].space_before && tokens[2].shape.name_like);
        // Camel-case names and short pieces stay whole; so does a declined name.
        assert_eq!(words("ҚазАқпарат ҚазТрансОйл ТоҚаев"), vec!["ҚазАқпарат", "ҚазТрансОйл", "ТоҚаев"]);
        assert_eq!(words("Байжановпен Оспанованың"), vec!["Байжановпен", "Оспанованың"]);
        // With a Latin "i" typed for "і", the cuts fall where they would, in the raw bytes.
        let text = "төрағасыАсқарЖүсiбалиев";
        let tokens = tokenize(text, 0, text.len());
        let spans: Vec<&str> = tokens.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(spans, vec!["төрағасы", "Асқар", "Жүсiбалиев"]);
        assert_eq!(tokens[2].text, "Жүсібалиев");
    }

    #[test]
    fn latin_look_alikes_are_read_as_the_kazakh_letters() {
        let words = |text: &str| tokenize(text, 0, text.len()).into_iter().map(|t| t.text).collect::<Vec<_>>();
        // Latin "i", "ə" (schwa) and "ɵ" for "і", "ә" and "ө"; a lone "Ə" initial.
        assert_eq!(words("мүшесi Əбіш Ə.Бейсенов Ɵскемен"), vec!["мүшесі", "Әбіш", "Ә", ".", "Бейсенов", "Өскемен"]);
        // A word mostly Latin stays as written.
        assert_eq!(words("Nur Otan"), vec!["Nur", "Otan"]);
    }

    #[test]
    fn word_shapes_are_read_once_with_the_token() {
        let text = "Қуат МЫРЗАБЕКҚЫЗЫ, Жас-Ұлан AMANAT партиясы ҚР 2024 ТоҚаев";
        let shape = |w: &str| tokenize(text, 0, text.len()).into_iter().find(|t| t.text == w).map(|t| t.shape).unwrap();
        let s = |capitalized, name_like, all_caps| Shape { capitalized, name_like, all_caps };
        assert_eq!(shape("Қуат"), s(true, true, false));
        assert_eq!(shape("МЫРЗАБЕКҚЫЗЫ"), s(true, false, true));
        // A hyphenated name: each part may begin with a capital.
        assert_eq!(shape("Жас-Ұлан"), s(true, true, false));
        // Latin capitals are no Cyrillic name or capitals word.
        assert_eq!(shape("AMANAT"), s(true, false, false));
        assert_eq!(shape("партиясы"), Shape::default());
        assert_eq!(shape("ҚР"), s(true, false, true));
        assert_eq!(shape("2024"), Shape::default());
        assert_eq!(shape("ТоҚаев"), s(true, false, false));
        assert_eq!(shape(","), Shape::default());
        // A token rewritten takes the shape of its new text.
        let t = tokenize(text, 0, text.len()).remove(0);
        assert_eq!(t.rewritten("–", TokenKind::Punct).shape, Shape::default());
        assert_eq!(t.rewritten("ҚУАТ", TokenKind::Word).lower, "қуат");
    }

    fn split(text: &str) -> Vec<String> {
        let lines = content_lines(text);
        sentences(text, &lines).iter().map(|s| text[s.start..s.end].to_string()).collect()
    }

    #[test]
    fn one_slip_in_a_long_office_word_is_put_right() {
        assert_eq!(typo_fixed("атөарушы".into()), "атқарушы");
        assert_eq!(typo_fixed("орынбасаоы".into()), "орынбасары");
        // Two slips, or a different length, stay as written.
        assert_eq!(typo_fixed("атөарушв".into()), "атөарушв");
        assert_eq!(typo_fixed("атқарушысы".into()), "атқарушысы");
        assert_eq!(typo_fixed("бастаушы".into()), "бастаушы");
    }

    #[test]
    fn initials_and_abbreviations_do_not_end_sentences() {
        let s = split("Жиынға Д.Бейсенқұлов қатысты. Қ.К. Тоқаев сөйледі. 2022 ж. қаңтарда т.б. өтті. Соңы.");
        assert_eq!(s, vec!["Жиынға Д.Бейсенқұлов қатысты.", "Қ.К. Тоқаев сөйледі.", "2022 ж. қаңтарда т.б. өтті.", "Соңы."]);
    }

    #[test]
    fn a_web_address_does_not_end_a_sentence() {
        let s = split("Жиын өтті, деп хабарлайды ABC.KZ. Келесі сөйлем. Дерек көзі: elorda.kz сайты.");
        assert_eq!(s, vec!["Жиын өтті, деп хабарлайды ABC.KZ.", "Келесі сөйлем.", "Дерек көзі: elorda.kz сайты."]);
    }

    #[test]
    fn quotes_and_speech_stay_whole() {
        let s = split("«Бірінші. Екінші», – деді ол. Келесі сөйлем.\n– Біз келдік. Біз кеттік, – деді Асхат Нұрғалиев. Басқа.");
        assert_eq!(
            s,
            vec![
                "«Бірінші. Екінші», – деді ол.",
                "Келесі сөйлем.",
                "– Біз келдік. Біз кеттік, – деді Асхат Нұрғалиев.",
                "Басқа."
            ]
        );
    }

    #[test]
    fn every_quotation_mark_reads_as_a_guillemet() {
        let read = |s: &str| tokenize(s, 0, s.len()).iter().map(|t| format!("{}{}", t.text, if t.quoted { "'" } else { "" })).collect::<Vec<_>>().join(" ");
        let expected = "« Құрмет' Ана' » ұйымы";
        for text in ["«Құрмет Ана» ұйымы", "\"Құрмет Ана\" ұйымы", "“Құрмет Ана” ұйымы", "„Құрмет Ана“ ұйымы"] {
            assert_eq!(read(text), expected, "{text}");
        }
        // The marks keep their own bytes.
        let tokens = tokenize("„Ана“", 0, "„Ана“".len());
        assert_eq!((tokens[0].start, tokens[0].end, tokens[2].start, tokens[2].end), (0, 3, 9, 12));
        // A straight quote after a word, with no quote open, stays as it is.
        assert_eq!(read("5\" экран"), "5 \" экран");
    }

    #[test]
    fn boilerplate_lines_are_dropped() {
        for line in ["0 172", "Leave A Reply", "ФОТОГАЛЕРЕЯ", "Байланыс номерi :     +7 702 132 03 32", "AqPrint", "Пікір қалдыру"] {
            assert!(is_boilerplate(line), "{line}");
        }
        for line in ["Ақтоты МЫРЗАБЕКҚЫЗЫ.", "А.МҰХАНБЕТҚАЛИ", "Конференция өтті.", "Бұл туралы Арман Сейдахметов Facebook-тағы парақшасында жазды."] {
            assert!(!is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "Тақырып\n\nБірінші сөйлем. Екінші «сөйлем».";
        let lines = content_lines(text);
        let sents = sentences(text, &lines);
        assert!(sents[0].headline);
        assert_eq!(&text[sents[1].start..sents[1].end], "Бірінші сөйлем.");
        for t in sents[2].tokens.iter() {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        assert!(sents[2].tokens.iter().any(|t| t.text == "сөйлем" && t.quoted));
    }

    #[test]
    fn oblast_initials_are_read_as_their_words() {
        let words = |t: &str| tokenize(t, 0, t.len()).into_iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
        assert_eq!(words("ШҚО-да өтті"), "Шығыс Қазақстан облысында өтті");
        assert_eq!(words("партиясы БҚОФ төрағасы"), "партиясы Батыс Қазақстан облыстық филиалы төрағасы");
        assert_eq!(words("СҚОФ-тың хатшысы"), "Солтүстік Қазақстан облыстық филиалының хатшысы");
        // Spans still point at the abbreviation.
        let t = tokenize("ОҚО", 0, 6);
        assert!(t.iter().all(|x| x.start == 0 && x.end == 6));
        assert_eq!(words("СҚК мен ОБСЕ"), "СҚК мен ОБСЕ");
    }

    #[test]
    fn the_fast_lower_case_is_the_standard_one() {
        for u in (0..=0x7Fu32).chain(0x0400..=0x04FF) {
            let c = char::from_u32(u).unwrap();
            assert_eq!(lower(&c.to_string()), c.to_string().to_lowercase(), "U+{u:04X}");
            assert_eq!(is_lower(&c.to_string()), c.to_string().to_lowercase() == c.to_string(), "U+{u:04X}");
            assert_eq!(is_upper(c), c.is_uppercase(), "U+{u:04X}");
        }
        for w in ["ҚАЗАҚСТАН", "Әйгерім", "Ёлка-Ы", "AMANAT", "ΣΟΦΙΑ", "İzmir", "Straße", "ǅ", "Ӏ", ""] {
            assert_eq!(lower(w), w.to_lowercase(), "{w}");
            assert_eq!(is_lower(w), w.to_lowercase() == w, "{w}");
        }
    }

    #[test]
    fn numbers_keep_their_suffixes() {
        let toks = tokenize("60 делегаттың 55-і, 13 007 өтініш 46,5 мың", 0, "60 делегаттың 55-і, 13 007 өтініш 46,5 мың".len());
        let texts: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, vec!["60", "делегаттың", "55-і", ",", "13", "007", "өтініш", "46,5", "мың"]);
    }
}
