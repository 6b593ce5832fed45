//! Kazakh morphology for names and nouns: case endings (seven cases, with
//! vowel harmony and consonant assimilation), the possessive before them,
//! and name normalisation to the nominative.
//!
//! Endings are only removed when the stem's last sound allows that ending
//! (after a voiceless consonant the genitive is -тың/-тің, never -ның), and
//! a word that is itself a known name is left whole: `Ерден` is a name, not
//! `Ер` + ablative. Harmony is not enforced, because real text and Russian
//! surnames break it both ways (Тоқаевқа, Ахметовке).

/// A grammatical case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Case {
    Nominative,
    Genitive,
    Dative,
    Accusative,
    Locative,
    Ablative,
    Instrumental,
}

/// What the last sound of a stem is, for choosing its endings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Final {
    Vowel,
    /// л р й у и ж з: voiced endings (-дың, -ға, -ды, -да, -дан).
    Voiced,
    /// м н ң: -ның, -ға, -ды, -да, -нан.
    Nasal,
    /// к қ п с т ш ф х ц ч щ and devoiced б в г д: -тың, -қа, -ты, -та, -тан, -пен.
    Voiceless,
    /// A third-person possessive (-ұлы, -қызы, төрағасы): -ның, -на, -н, -нда, -нан.
    Possessive,
}

pub(crate) fn is_vowel(c: char) -> bool {
    matches!(c, 'а' | 'ә' | 'е' | 'ё' | 'и' | 'о' | 'ө' | 'у' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я')
}

/// `word` without the ending `end`, if it has it: `str::strip_suffix`,
/// compared from the last byte (where endings differ) without a call to
/// `memcmp`, which the many short endings tried per word made a tenth of
/// the extraction time.
#[inline]
fn strip_end<'a>(word: &'a str, end: &str) -> Option<&'a str> {
    let (w, e) = (word.as_bytes(), end.as_bytes());
    let k = w.len().checked_sub(e.len())?;
    let mut i = e.len();
    while i > 0 {
        i -= 1;
        if w[k + i] != e[i] {
            return None;
        }
    }
    // The ending starts with a whole character, so `k` is a boundary.
    word.get(..k)
}

/// `str::ends_with` for the short endings (see [`strip_end`]).
#[inline]
pub(crate) fn ends(word: &str, end: &str) -> bool {
    strip_end(word, end).is_some()
}

fn final_of(stem: &str) -> Option<Final> {
    let last = stem.chars().last()?;
    Some(match last {
        'л' | 'р' | 'й' | 'у' | 'и' | 'ж' | 'з' => Final::Voiced,
        'м' | 'н' | 'ң' => Final::Nasal,
        c if is_vowel(c) => Final::Vowel,
        c if c.is_alphabetic() => Final::Voiceless,
        _ => return None,
    })
}

/// Endings of each case after each kind of final sound, both harmonies.
fn endings(fin: Final) -> &'static [(&'static str, Case)] {
    use Case::*;
    match fin {
        Final::Vowel => &[
            ("ның", Genitive), ("нің", Genitive),
            ("ға", Dative), ("ге", Dative),
            ("ны", Accusative), ("ні", Accusative),
            ("да", Locative), ("де", Locative),
            ("дан", Ablative), ("ден", Ablative),
            ("мен", Instrumental),
        ],
        Final::Voiced => &[
            ("дың", Genitive), ("дің", Genitive),
            ("ға", Dative), ("ге", Dative),
            ("ды", Accusative), ("ді", Accusative),
            ("да", Locative), ("де", Locative),
            ("дан", Ablative), ("ден", Ablative),
            ("мен", Instrumental), ("бен", Instrumental),
        ],
        Final::Nasal => &[
            ("ның", Genitive), ("нің", Genitive),
            ("ға", Dative), ("ге", Dative),
            ("ды", Accusative), ("ді", Accusative),
            ("да", Locative), ("де", Locative),
            ("нан", Ablative), ("нен", Ablative),
            ("мен", Instrumental),
        ],
        Final::Voiceless => &[
            ("тың", Genitive), ("тің", Genitive),
            ("қа", Dative), ("ке", Dative),
            ("ты", Accusative), ("ті", Accusative),
            ("та", Locative), ("те", Locative),
            ("тан", Ablative), ("тен", Ablative),
            ("пен", Instrumental),
        ],
        Final::Possessive => &[
            ("ның", Genitive), ("нің", Genitive),
            ("на", Dative), ("не", Dative),
            ("н", Accusative),
            ("нда", Locative), ("нде", Locative),
            ("нан", Ablative), ("нен", Ablative),
            ("мен", Instrumental),
        ],
    }
}

/// Whether a word's last vowel is a front one, so that its endings take
/// е, і, г, к (any case).
pub(crate) fn is_front(word: &str) -> bool {
    word.chars()
        .rev()
        .map(|c| c.to_lowercase().next().unwrap_or(c))
        .find(|&c| is_vowel(c))
        .is_some_and(|v| matches!(v, 'ә' | 'е' | 'і' | 'ө' | 'ү' | 'и' | 'э' | 'ю'))
}

/// A noun with the third-person possessive, as a compound's head takes it
/// after a proper noun ("Қандыағаш ... колледжі", "... ауруханасы"): -сы/-сі
/// after a vowel, -ы/-і after a consonant, whose final п, к, қ voice
/// (мектеп → мектебі). The harmony is the last vowel's.
pub(crate) fn with_possessive(noun: &str) -> String {
    let (y, sy) = if is_front(noun) { ("і", "сі") } else { ("ы", "сы") };
    let mut chars: Vec<char> = noun.chars().collect();
    match chars.last().copied() {
        Some(c) if is_vowel(c) => format!("{noun}{sy}"),
        Some(c) => {
            let voiced = match c {
                'п' => 'б',
                'к' => 'г',
                'қ' => 'ғ',
                other => other,
            };
            chars.pop();
            chars.push(voiced);
            format!("{}{y}", chars.into_iter().collect::<String>())
        }
        None => String::new(),
    }
}

/// Whether a word ends in a genitive ending (-ның/-нің/-дың/-дің/-тың/-тің).
pub(crate) fn is_genitive(lower: &str) -> bool {
    ["ның", "нің", "дың", "дің", "тың", "тің"].iter().any(|e| lower.ends_with(e))
}

/// Patronymic and women's-patronymic endings: possessive forms.
// (Russian patronymics too: "Викторовна", "Петрович", "Ильич", "Кузьмич".)
const PATRONYMIC_ENDS: &[&str] = &["ұлы", "улы", "қызы", "кызы", "ули", "овна", "евна", "ична", "ович", "евич", "ьич", "мич", "лич", "тич"];

/// Surname endings that mark a word as a surname whatever its case.
const SURNAME_ENDS: &[&str] = &["ов", "ев", "ёв", "ин", "ова", "ева", "ёва", "ина", "ына", "ский", "ская", "цкий", "цкая"];

/// Verbs that close compound given names (and the surnames made of them).
const NAME_VERB_ENDS: &[&str] = &["берді", "келді", "гелді", "балды"];

/// Whether a (lower-case, nominative) word ends like a patronymic.
pub(crate) fn is_patronymic(word: &str) -> bool {
    PATRONYMIC_ENDS.iter().any(|e| ends(word, e)) && word.chars().count() > 4
}

/// Whether a (lower-case, nominative) word ends like a Russian-pattern surname.
pub(crate) fn has_surname_suffix(word: &str) -> bool {
    SURNAME_ENDS.iter().any(|e| ends(word, e) && word.chars().count() > e.chars().count() + 2)
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Every way to read `word` (lower case) as stem + case ending that the
/// stem's final sound allows, shortest stem first, the word itself last.
/// Stems are slices of `word`: no allocation per reading.
pub(crate) fn case_readings(word: &str) -> Vec<(&str, Case)> {
    let mut out: Vec<(&str, Case)> = Vec::new();
    // Possessive stems first: their accusative -н would otherwise be lost.
    // A word whose last byte ends no ending has no reading but itself.
    let finals = if word.as_bytes().last().is_some_and(|&b| ENDING_LAST_BYTES[b as usize]) { &FINALS[..] } else { &[] };
    for &fin in finals {
        for (ending, case) in endings(fin) {
            let Some(stem) = strip_end(word, ending) else { continue };
            let ok = match fin {
                Final::Possessive => {
                    PATRONYMIC_ENDS.iter().any(|e| ends(stem, e)) || ends_in_possessive_noun(stem)
                }
                f => final_of(stem) == Some(f) || (f == Final::Voiceless && stem.ends_with(['б', 'в', 'г', 'д'])),
            };
            if ok && char_len(stem) >= 2 && !out.iter().any(|(s, _)| *s == stem) {
                out.push((stem, *case));
            }
        }
    }
    out.sort_by_key(|(stem, _)| stem.len());
    if !out.iter().any(|(s, _)| *s == word) {
        out.push((word, Case::Nominative));
    }
    out
}

/// Every case ending of the tables (some several times).
pub(crate) fn case_endings() -> impl Iterator<Item = &'static str> {
    FINALS.iter().flat_map(|&fin| endings(fin).iter().map(|(ending, _)| *ending))
}

/// Every kind of final sound, in the order readings are tried.
const FINALS: [Final; 5] = [Final::Possessive, Final::Vowel, Final::Voiced, Final::Nasal, Final::Voiceless];

/// The bytes some case ending ends in, from the tables above.
static ENDING_LAST_BYTES: std::sync::LazyLock<[bool; 256]> = std::sync::LazyLock::new(|| {
    let mut last = [false; 256];
    for fin in FINALS {
        for (ending, _) in endings(fin) {
            if let Some(&b) = ending.as_bytes().last() {
                last[b as usize] = true;
            }
        }
    }
    last
});

/// Nouns in the third-person possessive (-ы/-і/-сы/-сі) that take the
/// pronominal declension: `филиалы` → `филиалының`.
fn ends_in_possessive_noun(stem: &str) -> bool {
    let n = char_len(stem);
    n >= 4 && (stem.ends_with('ы') || stem.ends_with('і'))
}

/// The nominative of a surname-like word (lower case), using `is_known`
/// for words that must not be cut (given names, known surnames).
pub(crate) fn nominative_word(word: &str, is_known: &dyn Fn(&str) -> bool) -> (String, Case) {
    // Names made of a verb ("Құдай берді", "God gave"; "Аман келді", "came
    // safe"; "Сатып алды", "bought") end in what looks like an accusative:
    // Құдайберді, Тілеуберді, Аманкелді, Есенгелді, Сатыбалды.
    if is_known(word) || NAME_VERB_ENDS.iter().any(|e| ends(word, e) && char_len(word) > char_len(e)) {
        return (word.to_string(), Case::Nominative);
    }
    let readings = case_readings(word);
    // A reading whose stem is a known name or has a surname shape wins.
    // "Нығматулин" is a surname in -ин, not "Нығматули" + the accusative -н.
    let surname_in_n = has_surname_suffix(word) && word.ends_with('н');
    for (stem, case) in &readings {
        if *case != Case::Nominative
            && !(surname_in_n && &word[stem.len()..] == "н")
            && (is_known(stem) || is_patronymic(stem) || has_surname_suffix(stem))
            && char_len(stem) >= 3
        {
            return (stem.to_string(), *case);
        }
    }
    if has_surname_suffix(word) || is_patronymic(word) {
        return (word.to_string(), Case::Nominative);
    }
    // Otherwise the shortest phonotactically valid stem of 3+ letters, with a
    // non-possessive ending (a possessive reading of an unknown word is a guess).
    for (stem, case) in &readings {
        if *case != Case::Nominative && char_len(stem) >= 3 && !possessive_only(word, stem) {
            return (stem.to_string(), *case);
        }
    }
    (word.to_string(), Case::Nominative)
}

/// Whether `word` = `stem` + an ending that only a possessive stem takes.
fn possessive_only(word: &str, stem: &str) -> bool {
    let ending = &word[stem.len()..];
    matches!(ending, "н" | "на" | "не" | "нда" | "нде")
}

/// Replaces the last `cut` characters of `original` (any case), keeping the
/// rest of its spelling.
pub(crate) fn cut_chars(original: &str, keep: usize) -> String {
    // A slice copied whole (collecting chars grew the string char by char).
    original.char_indices().nth(keep).map_or(original, |(i, _)| &original[..i]).to_string()
}

/// The case of a name's last word and its nominative, keeping the original
/// capitalisation of what remains.
pub(crate) fn nominative_keep_case(word: &str, is_known: &dyn Fn(&str) -> bool) -> (String, Case) {
    let lower = super::segment::lower(word);
    let (stem, case) = nominative_word(&lower, is_known);
    (cut_chars(word, char_len(&stem)), case)
}

/// `МЫРЗАБЕКҚЫЗЫ` → `Мырзабекқызы`; hyphenated parts each capitalised.
pub(crate) fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for ch in word.chars() {
        if start {
            out.extend(ch.to_uppercase());
        } else {
            out.extend(ch.to_lowercase());
        }
        start = ch == '-' || ch == '.' || ch.is_whitespace();
    }
    out
}

/// Whether every letter of a word is upper case (and it has 2+ letters).
pub(crate) fn is_all_caps(word: &str) -> bool {
    let mut letters = 0;
    for c in word.chars().filter(|c| super::segment::is_letter(*c)) {
        if !super::segment::is_upper(c) {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// The nominative canonical form of a full personal name: every word kept,
/// the last one's case ending removed; all-capitals words title-cased.
pub(crate) fn normalize_name(name: &str, is_known: &dyn Fn(&str) -> bool) -> String {
    let name = name.trim().trim_end_matches(|c: char| !c.is_alphabetic());
    if name.is_empty() {
        return String::new();
    }
    // Split off the last word (after a space or an initial's full stop).
    let cut = name.rfind([' ', '.']).map(|i| i + 1).unwrap_or(0);
    let (head, last) = name.split_at(cut);
    let last = last.trim_end_matches(|c: char| !c.is_alphabetic());
    let head: String = if head.chars().any(|c| c.is_alphabetic()) && is_all_caps(head) && char_len(head) > 3 {
        title_case(head)
    } else {
        head.to_string()
    };
    if last.is_empty() {
        return head.trim_end().to_string();
    }
    let (stem, _) = nominative_keep_case(last, is_known);
    let stem = if is_all_caps(&stem) { title_case(&stem) } else { stem };
    format!("{head}{}", surname_without_plural(stem))
}

/// "Есенбек Қаханов пен Есенгелді Сариевтер": a surname in the plural
/// (a pair named, or one and those with them) is the surname.
pub(crate) fn surname_without_plural(stem: String) -> String {
    let lower = stem.to_lowercase();
    for plural in ["тар", "тер", "дар", "дер", "лар", "лер"] {
        if let Some(rest) = lower.strip_suffix(plural) {
            if char_len(rest) >= 4 && (has_surname_suffix(rest) || is_patronymic(rest)) {
                return cut_chars(&stem, char_len(rest));
            }
        }
    }
    stem
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_possessive_follows_harmony_and_voices_a_final_consonant() {
        assert_eq!(with_possessive("колледж"), "колледжі");
        assert_eq!(with_possessive("аурухана"), "ауруханасы");
        assert_eq!(with_possessive("мектеп"), "мектебі");
        assert_eq!(with_possessive("емхана"), "емханасы");
        assert_eq!(with_possessive("университет"), "университеті");
        assert_eq!(with_possessive("орталық"), "орталығы");
    }

    fn none(_: &str) -> bool {
        false
    }

    #[test]
    fn endings_follow_the_final_sound() {
        assert_eq!(nominative_word("айтжановтың", &none).0, "айтжанов");
        assert_eq!(nominative_word("сәрменбаевпен", &none).0, "сәрменбаев");
        assert_eq!(nominative_word("құлжабайұлының", &none).0, "құлжабайұлы");
        assert_eq!(nominative_word("құлжабайұлын", &none).0, "құлжабайұлы");
        assert_eq!(nominative_word("исаеваға", &none).0, "исаева");
        assert_eq!(nominative_word("базартайдан", &none).0, "базартай");
        assert_eq!(nominative_word("кәрібекке", &none).0, "кәрібек");
        assert_eq!(nominative_word("арынның", &none).0, "арын");
        assert_eq!(nominative_word("тілеумен", &none).0, "тілеу");
        // -н is an accusative only after a possessive: Арын stays Арын.
        assert_eq!(nominative_word("арын", &none).0, "арын");
        // A surname in -ин keeps its -н, whatever the stem before it looks like.
        assert_eq!(nominative_word("жолматулин", &none).0, "жолматулин");
        assert_eq!(nominative_word("жолматулинді", &none).0, "жолматулин");
    }

    #[test]
    fn known_words_are_not_cut() {
        let known = |w: &str| w == "ерден";
        assert_eq!(nominative_word("ерден", &known).0, "ерден");
        assert_eq!(nominative_word("ерденге", &known).0, "ерден");
    }

    #[test]
    fn names_closed_by_a_verb_are_not_accusatives() {
        assert_eq!(nominative_word("есенгелді", &none).0, "есенгелді");
        assert_eq!(nominative_word("сатыбалды", &none).0, "сатыбалды");
        assert_eq!(nominative_word("сатыбалдының", &none).0, "сатыбалды");
        assert_eq!(nominative_word("аманкелдіге", &none).0, "аманкелді");
        // A real accusative stays one.
        assert_eq!(nominative_word("серікболды", &none).0, "серікбол");
    }

    #[test]
    fn names_keep_their_heads() {
        assert_eq!(normalize_name("Қасым-Жомарт Кемелұлы Тоқаевтың", &none), "Қасым-Жомарт Кемелұлы Тоқаев");
        assert_eq!(normalize_name("Д.Бейсенқұловтың", &none), "Д.Бейсенқұлов");
        assert_eq!(normalize_name("Ақтоты МЫРЗАБЕКҚЫЗЫ.", &none), "Ақтоты Мырзабекқызы");
        assert_eq!(normalize_name("А.МҰХАНБЕТҚАЛИ", &none), "А.Мұханбетқали");
    }

    #[test]
    fn readings_list_the_word_itself_last() {
        let r = case_readings("филиалының");
        assert_eq!(r.first().map(|(s, _)| *s), Some("филиалы"));
        assert_eq!(r.last().map(|(s, c)| (*s, *c)), Some(("филиалының", Case::Nominative)));
    }
}
