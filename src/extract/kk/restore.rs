//! Kazakh text typed or stored without its own letters: sites with old
//! fonts write ә ғ қ ң ө ұ ү һ і as а г к н о у у х и ("Караганды облыстык
//! филиалынын торагасы"). Such an article is recognised as a whole, and
//! the words the rules look for are written back with their letters; a
//! word is restored from a known stem (the rules' vocabulary, the
//! gazetteer) and its endings by vowel harmony. Names of people are left
//! as written: the text does not say which letters they had.
//!
//! It also gives the Kazakh spelling to the office words the bilingual
//! press writes the Russian way inside Kazakh sentences ("акимі",
//! "маслихаттың", «председателі»).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::lexicon::{self, GAZ};
use super::segment::{Sentence, Token, TokenKind};

/// The words and stems the rules use that have Kazakh letters
/// (`tools/restore_vocabulary.py` writes it from the rules' literals).
const VOCABULARY: &str = include_str!("data/restore_vocabulary.txt");

/// A Kazakh letter an old font loses, and the letter written for it.
fn plain_letter(c: char) -> char {
    match c {
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        other => other,
    }
}

fn plain(word: &str) -> String {
    word.chars().map(plain_letter).collect()
}

fn is_kazakh_letter(c: char) -> bool {
    matches!(c, 'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'і' | 'Ә' | 'Ғ' | 'Қ' | 'Ң' | 'Ө' | 'Ұ' | 'Ү' | 'Һ' | 'І')
}

/// Whether some word of the tokens has a Kazakh letter (a Kazakh sentence).
fn has_kazakh_letters(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.text.chars().any(is_kazakh_letter))
}

/// Where a plain form comes from: the rules' vocabulary or a place.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Vocabulary,
    Place,
}

/// Plain form (lower case) → the Kazakh form it stands for.
// (A fast hash: every word of a Kazakh sentence is looked up here.)
static KNOWN: LazyLock<HashMap<String, (String, Source), foldhash::fast::FixedState>> = LazyLock::new(|| {
    let mut known = HashMap::with_hasher(foldhash::fast::FixedState::default());
    for w in VOCABULARY.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        known.entry(plain(w)).or_insert_with(|| (w.to_string(), Source::Vocabulary));
    }
    for name in GAZ.names() {
        // One-word names only: a word is restored alone.
        if !name.contains(' ') && name.chars().any(is_kazakh_letter) {
            known.insert(plain(name), (name.to_string(), Source::Place));
        }
    }
    known
});

/// Words a Kazakh article has in almost every paragraph, as an old font
/// writes them (Russian text has none of them).
const PLAIN_MARKERS: &[&str] = &[
    "жане", "партиясы", "партиясынын", "филиалы", "филиалынын", "облыстык", "аудандык", "калалык", "торагасы", "торагасынын",
    "отти", "катысты", "биринши", "болып", "жылы", "сайланды", "мушеси", "уйым", "уйымы", "кенес", "кенеси",
];

/// Whether the article's text lost its Kazakh letters: many Cyrillic
/// words, almost none with a Kazakh letter, and the genre's common words
/// written plain.
pub(crate) fn lost_kazakh_letters(sents: &[Sentence]) -> bool {
    // The first 400 words tell (a page is written in one font); the
    // markers are counted only if the letters are missing.
    let words: Vec<&Token> = sents
        .iter()
        .flat_map(|s| s.tokens.iter())
        .filter(|t| t.kind == TokenKind::Word && t.text.chars().next().is_some_and(super::segment::is_cyrillic))
        .take(400)
        .collect();
    let kazakh = words.iter().filter(|t| t.text.chars().any(is_kazakh_letter)).count();
    if words.len() < 30 || kazakh * 100 >= words.len() {
        return false;
    }
    words.iter().filter(|t| PLAIN_MARKERS.contains(&t.lower.as_str())).count() >= 3
}

/// Writes the article's words back with their Kazakh letters, where a
/// known stem says which (spans stay those of the text as written).
pub(crate) fn restore_sentences(sents: &mut [Sentence]) {
    for s in sents.iter_mut() {
        let restored: Vec<Token> = s
            .tokens
            .iter()
            .enumerate()
            .map(|(k, t)| {
                // ("Курмангазы ауданына": a place that is also a given name, by its level word.)
                let level_next = s.tokens.get(k + 1).is_some_and(|n| super::orgs::classifier_level(&n.lower).is_some());
                match restored_word(t, level_next) {
                    Some(text) => t.rewritten(&text, t.kind),
                    None => t.clone(),
                }
            })
            .collect();
        s.tokens = std::sync::Arc::new(restored);
    }
}

/// Words typed with a Russian letter for a Kazakh one in an article that
/// otherwise has its letters (конференциясы «отті», «Кызылорда» облыстық,
/// «кызметін» атқарған), as writers without a Kazakh keyboard leave a few.
/// Only a whole word of the vocabulary or the gazetteer with a case ending
/// is written back, and only where the letters typed agree with it; a word
/// that is Kazakh as typed («соны», «болып») is left alone. (Examples of
/// such words are quoted with guillemets here: the vocabulary tool reads
/// double-quoted words as the rules' own.)
pub(crate) fn restore_stray_words(sents: &mut [Sentence]) {
    // Each small-letter word is read once per article: the text repeats
    // most of its words, and this runs on every one of them.
    let mut seen: std::collections::HashMap<String, Option<String>, foldhash::fast::FixedState> = Default::default();
    for s in sents.iter_mut() {
        // (Only in a Kazakh sentence: a Russian one has its own spelling.)
        if !has_kazakh_letters(&s.tokens) {
            continue;
        }
        let mut changes: Vec<(usize, String)> = Vec::new();
        for (k, t) in s.tokens.iter().enumerate().filter(|(_, t)| t.kind == TokenKind::Word) {
            // (The level word after it is read only for a capitalised
            // candidate: a misspelt level costs an edit distance.)
            let level_next = || s.tokens.get(k + 1).and_then(|n| super::orgs::classifier_level(&n.lower));
            let restored = if t.shape.capitalized {
                stray_word(t, level_next)
            } else if let Some(known) = seen.get(&t.lower) {
                known.clone()
            } else {
                let r = stray_word(t, level_next);
                seen.insert(t.lower.clone(), r.clone());
                r
            };
            if let Some(text) = restored {
                changes.push((k, text));
            }
        }
        if changes.is_empty() {
            continue;
        }
        let mut tokens: Vec<Token> = s.tokens.to_vec();
        for (k, text) in changes {
            tokens[k] = tokens[k].rewritten(&text, tokens[k].kind);
        }
        s.tokens = std::sync::Arc::new(tokens);
    }
}

/// The Kazakh spelling of a word typed with a Russian letter or more, if
/// a known stem of four letters at least and a case ending make it whole.
fn stray_word(t: &Token, level_next: impl Fn() -> Option<super::orgs::Level>) -> Option<String> {
    if t.kind != TokenKind::Word || !t.text.chars().next().is_some_and(super::segment::is_cyrillic) {
        return None;
    }
    // (Most words begin as no known stem does: four letters tell.)
    if !KNOWN_HEADS.contains(&head_key(t.lower.chars().map(plain_letter))?) {
        return None;
    }
    // (Most words have no Kazakh letter: then the plain form is the word.
    // A letter and its plain form are both two bytes, so the plain form's
    // byte offsets are the word's.)
    let plain_word: std::borrow::Cow<str> = if t.lower.chars().any(|c| plain_letter(c) != c) {
        std::borrow::Cow::Owned(t.lower.chars().map(plain_letter).collect())
    } else {
        std::borrow::Cow::Borrowed(t.lower.as_str())
    };
    // The longest stem of four letters or more the vocabulary or the
    // gazetteer knows, with a case ending after it (only the few cuts an
    // ending allows are looked up: this runs on every word).
    let (at, kazakh, source) = plain_word
        .char_indices()
        .rev()
        .take(6)
        .map(|(at, _)| at)
        .chain([plain_word.len()])
        .filter(|&at| at >= 8 && PLAIN_ENDING_SET.contains(&plain_word[at..]))
        .filter_map(|at| KNOWN.get(&plain_word[..at]).map(|(k, src)| (at, k, *src)))
        .filter(|(at, _, _)| plain_word[..*at].chars().count() >= 4)
        .max_by_key(|(at, _, _)| *at)?;
    // A capitalised word only as a place, typed with no Kazakh letter at
    // all: a name with some of its letters is typed as its owner writes it
    // («Бескөл»), and a surname keeps the text's spelling («Сәрсенбин»).
    // A village's name is left as the text has it: villages are keyed as
    // written, and many have a Russian spelling of their own.
    let level_next = if t.shape.capitalized { level_next() } else { None };
    if t.shape.capitalized
        && (source != Source::Place
            || t.text.chars().any(is_kazakh_letter)
            || super::morph::has_surname_suffix(&t.lower)
            || level_next == Some(super::orgs::Level::Rural)
            || (lexicon::is_given_name(kazakh) && level_next.is_none()))
    {
        return None;
    }
    // The stem itself must have lost a letter: an ending alone is not
    // restored («қайтатын» is a future participle, not a genitive).
    if t.lower[..at] == *kazakh.as_str() {
        return None;
    }
    let word = format!("{kazakh}{}", restored_ending(&plain_word[at..], super::morph::is_front(kazakh)));
    let agrees = word.chars().count() == t.lower.chars().count() && word.chars().zip(t.lower.chars()).all(|(r, c)| c == r || c == plain_letter(r));
    if !agrees || word == t.lower {
        return None;
    }
    Some(if t.shape.capitalized { super::morph::title_case(&word) } else { word })
}

/// "таңдалды", "таңдалып", "таңдалған" → "сайланды", "сайланып", "сайланған".
fn chosen_as_elected(lower: &str) -> Option<String> {
    let rest = lower.strip_prefix("таңдал")?;
    matches!(rest, "ды" | "ып" | "ған" | "уы" | "уына").then(|| format!("сайлан{rest}"))
}

/// Words written as the rules read them. Office words the bilingual press
/// writes the Russian way inside Kazakh text ("қала акимі", "маслихаттың",
/// «председателі») become "әкімі", "мәслихаттың", "төрағасы"; the rarer
/// "таңдалды" (was chosen) where a post is filled becomes "сайланды". A
/// quoted word alone in its guillemets is a title quoted, and loses the quotes.
pub(crate) fn rule_spellings(sents: &mut [Sentence]) {
    for s in sents.iter_mut() {
        if !s.tokens.iter().any(|t| t.kind == TokenKind::Word && rule_spelling(&t.lower).is_some()) {
            continue;
        }
        // (Only in a Kazakh sentence: a Russian caption's "аким" stays Russian.)
        if !has_kazakh_letters(&s.tokens) {
            continue;
        }
        let office = |k: usize| rule_spelling(&s.tokens[k].lower).filter(|_| s.tokens[k].kind == TokenKind::Word);
        let alone = |k: usize| k > 0 && s.tokens[k - 1].is("«") && s.tokens.get(k + 1).is_some_and(|n| n.is("»")) && office(k).is_some();
        // (The guillemets around such a word go too: the title reads on to the name after it.)
        let quote_of_office = |k: usize| (s.tokens[k].is("«") && alone(k + 1)) || (s.tokens[k].is("»") && k > 0 && alone(k - 1));
        let tokens: Vec<Token> = (0..s.tokens.len())
            .filter(|&k| !quote_of_office(k))
            .map(|k| {
                let t = &s.tokens[k];
                let Some(lower) = office(k) else { return t.clone() };
                let text = if t.is_capitalized() { super::morph::title_case(&lower) } else { lower.clone() };
                Token::new(text, lower, t.start, t.end, t.space_before, t.kind, t.quoted && !alone(k))
            })
            .collect();
        s.tokens = std::sync::Arc::new(tokens);
    }
}

/// The spelling the rules read of a word written otherwise, if it is one.
fn rule_spelling(lower: &str) -> Option<String> {
    office_spelling(lower).or_else(|| chosen_as_elected(lower))
}

/// The Kazakh spelling of a Russian-spelt office word, if it is one.
fn office_spelling(lower: &str) -> Option<String> {
    if let Some(rest) = lower.strip_prefix("маслихат") {
        return Some(format!("мәслихат{rest}"));
    }
    // ("акимат" is the office's building and staff, another word.)
    if let Some(rest) = lower.strip_prefix("аким").filter(|r| !r.starts_with("ат")) {
        return Some(format!("әкім{rest}"));
    }
    let rest = lower.strip_prefix("председател")?;
    let kazakh = match rest {
        "ь" => "төраға",
        "і" | "и" => "төрағасы",
        "інің" => "төрағасының",
        "іне" => "төрағасына",
        "ін" => "төрағасын",
        "інде" => "төрағасында",
        _ => return None,
    };
    Some(kazakh.to_string())
}

/// The token's word with its Kazakh letters, if a known stem begins it;
/// `level_next` when a level word follows (a place's name, then).
fn restored_word(t: &Token, level_next: bool) -> Option<String> {
    if t.kind != TokenKind::Word || t.text.chars().any(is_kazakh_letter) {
        return None;
    }
    let lower = &t.lower;
    let chars: Vec<char> = lower.chars().collect();
    // The longest known beginning, of three letters at least.
    let known = (3..=chars.len()).rev().find_map(|n| {
        let head: String = chars[..n].iter().collect();
        KNOWN.get(&head).map(|(k, src)| (n, k.clone(), *src))
    });
    if t.shape.capitalized {
        // A capitalised word is restored only as a place or a word of the
        // rules opening a sentence, whole or with a case ending; not as a
        // person's name, which the text writes as it does ("Айгул",
        // "Жанат", "Турсынбаеванын"), but whose case ending is the genre's
        // ("Жексенбаевтын" → "-тың").
        let whole = known.as_ref().filter(|(n, kazakh, source)| {
            let rest: String = chars[*n..].iter().collect();
            PLAIN_ENDINGS.contains(&rest.as_str()) && (!lexicon::is_given_name(kazakh) || (*source == Source::Place && level_next))
        });
        let Some((n, kazakh, _)) = whole else { return name_ending(t) };
        let rest: String = chars[*n..].iter().collect();
        let word = super::morph::title_case(&format!("{kazakh}{}", restored_ending(&rest, super::morph::is_front(kazakh))));
        return (word != t.text).then_some(word);
    }
    let (stem_len, kazakh, _) = known?;
    let rest: String = chars[stem_len..].iter().collect();
    let word = format!("{kazakh}{}", restored_ending(&rest, super::morph::is_front(&kazakh)));
    (word != t.text).then_some(word)
}

/// Case, possessive and plural endings as an old font writes them.
const PLAIN_ENDINGS: &[&str] = &[
    "", "н", "нын", "нин", "ны", "ни", "на", "не", "нда", "нде", "нан", "нен", "мен", "бен", "пен", "га", "ге", "ка", "ке", "да", "де", "та",
    "те", "дан", "ден", "тан", "тен", "дын", "дин", "тын", "тин", "ды", "ди", "ты", "ти", "ы", "и", "сы", "си", "сын", "син", "сынын",
    "синин", "сына", "сине", "сында", "синде", "ынын", "инин", "ына", "ине", "ында", "инде", "ынан", "инен", "дагы", "деги", "тагы",
    "теги", "ндагы", "ндеги",
];

/// The first four letters of a word, packed (None for a shorter word).
fn head_key(mut letters: impl Iterator<Item = char>) -> Option<u64> {
    let mut key = 0u64;
    for _ in 0..4 {
        key = (key << 16) | u64::from(letters.next()? as u32 & 0xFFFF);
    }
    Some(key)
}

/// The first four plain letters of every known stem: a word that begins
/// otherwise is no stray, and is passed over at the cost of one look-up.
static KNOWN_HEADS: LazyLock<std::collections::HashSet<u64, foldhash::fast::FixedState>> =
    LazyLock::new(|| KNOWN.keys().filter_map(|k| head_key(k.chars())).collect());

/// `PLAIN_ENDINGS` as a set: every word of a Kazakh sentence asks it about
/// its last few letters (a scan of the list cost a fifth of the extraction).
static PLAIN_ENDING_SET: LazyLock<std::collections::HashSet<&'static str, foldhash::fast::FixedState>> =
    LazyLock::new(|| PLAIN_ENDINGS.iter().copied().collect());

/// A surname written plain with a case ending: the ending gets its
/// Kazakh letters, the name keeps the text's ("Жексенбаевтын" → "Жексенбаевтың").
fn name_ending(t: &Token) -> Option<String> {
    let text = &t.text;
    let chars: Vec<char> = text.chars().collect();
    let lower: Vec<char> = t.lower.chars().collect();
    for cut in (1..chars.len().min(6)).rev() {
        let at = chars.len() - cut;
        let ending: String = lower[at..].iter().collect();
        let stem: String = lower[..at].iter().collect();
        if PLAIN_ENDINGS.contains(&ending.as_str()) && super::morph::has_surname_suffix(&stem) {
            let word = format!("{}{}", chars[..at].iter().collect::<String>(), restored_ending(&ending, super::morph::is_front(&stem)));
            return (word != *text).then_some(word);
        }
    }
    None
}

/// An ending written plain, with its Kazakh letters: і for и, ғ and қ in
/// back words, and the genitive's ң ("филиалынын" → "-ының").
fn restored_ending(rest: &str, front: bool) -> String {
    let mut out: Vec<char> = rest
        .chars()
        .map(|c| match c {
            'и' => 'і',
            'г' if !front => 'ғ',
            'к' if !front => 'қ',
            other => other,
        })
        .collect();
    // The genitive -ның / -дың / -тың ends the word; a future participle
    // (-атын, -етін) has a vowel before its т.
    let n = out.len();
    if n >= 3 && out[n - 1] == 'н' && matches!(out[n - 2], 'ы' | 'і') {
        let genitive = match out[n - 3] {
            'н' | 'д' => true,
            'т' => n < 4 || !matches!(out[n - 4], 'а' | 'е' | 'й' | 'ы' | 'і'),
            _ => false,
        };
        if genitive {
            out[n - 1] = 'ң';
        }
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn restored(word: &str) -> String {
        let t = Token::new(word.to_string(), super::super::segment::lower(word), 0, word.len(), true, TokenKind::Word, false);
        restored_word(&t, false).unwrap_or_else(|| word.to_string())
    }

    #[test]
    fn words_written_without_kazakh_letters_get_them_back() {
        assert_eq!(restored("филиалынын"), "филиалының");
        assert_eq!(restored("облыстык"), "облыстық");
        assert_eq!(restored("торагасы"), "төрағасы");
        assert_eq!(restored("катысты"), "қатысты");
        assert_eq!(restored("Караганды"), "Қарағанды");
        assert_eq!(restored("Карагандыга"), "Қарағандыға");
        // People keep the spelling the text gives them, and get their endings.
        assert_eq!(restored("Айгул"), "Айгул");
        assert_eq!(restored("Жанат"), "Жанат");
        assert_eq!(restored("Нурланулы"), "Нурланулы");
        assert_eq!(restored("Турсынбаеванын"), "Турсынбаеваның");
        assert_eq!(restored("Жексенбаевтын"), "Жексенбаевтың");
        assert_eq!(restored("Торагасынын"), "Төрағасының");
        // A place that is also a given name is the place before its level word.
        let t = Token::new("Курмангазы".into(), "курмангазы".into(), 0, 20, true, TokenKind::Word, false);
        assert_eq!(restored_word(&t, true).as_deref(), Some("Құрманғазы"));
        assert_eq!(restored_word(&t, false), None);
    }

    #[test]
    fn the_vocabulary_has_the_genres_words() {
        // tools/restore_vocabulary.py writes it from the rules' literals.
        let listed: std::collections::HashSet<&str> = VOCABULARY.lines().collect();
        for w in ["төрағасы", "қатыс", "облыстық", "мәслихат", "бірінші"] {
            assert!(listed.iter().any(|l| l.starts_with(w) || w.starts_with(l)), "{w} missing: run tools/restore_vocabulary.py");
        }
    }
}
