//! A phonetic skeleton shared by Kazakh Cyrillic, Russian-style Latin
//! (`Baigodzhaev`, `Baygozhayev`) and the 2021 Kazakh Latin alphabet
//! (`Baiğojaev`), so a name written any of these ways gives one key; and
//! the name-match keys built from it for the `~` operator.

use super::morph;
use unicode_normalization::UnicodeNormalization;

/// Maps one Cyrillic or Latin letter to skeleton letters.
fn letter(c: char) -> &'static str {
    match c {
        'а' | 'ә' | 'a' | 'ä' | 'á' => "a",
        'б' | 'b' => "b",
        'в' | 'v' | 'w' => "v",
        'г' | 'ғ' | 'g' | 'ğ' => "g",
        'д' | 'd' => "d",
        'е' | 'э' | 'ё' | 'e' | 'é' => "e",
        'ж' | 'j' => "j",
        'з' | 'z' => "z",
        'и' | 'й' | 'і' | 'ы' | 'i' | 'ı' | 'y' | 'í' => "i",
        'к' | 'қ' | 'k' | 'q' => "k",
        'л' | 'l' => "l",
        'м' | 'm' => "m",
        'н' | 'ң' | 'n' | 'ñ' => "n",
        'о' | 'ө' | 'o' | 'ö' | 'ó' => "o",
        'п' | 'p' => "p",
        'р' | 'r' => "r",
        'с' | 's' | 'c' => "s",
        'т' | 't' => "t",
        'у' | 'ұ' | 'ү' | 'u' | 'ū' | 'ü' | 'ú' => "u",
        'ф' | 'f' => "f",
        'х' | 'һ' | 'h' | 'x' => "h",
        'ц' => "ts",
        'ч' | 'ç' => "ch",
        'ш' | 'щ' | 'ş' => "sh",
        'ю' => "iu",
        'я' => "ia",
        _ => "",
    }
}

/// The skeleton of one word: lower case, letters mapped, digraphs folded
/// (`dzh`, `dj`, `zh` → `j`; `kh` → `h`; `gh` → `g`), doubled letters
/// single, and an `i` between a vowel and `e` dropped (`Baygozhayev`).
pub(crate) fn skeleton(word: &str) -> String {
    // Words of this press are nearly always in NFC already: the quick check
    // spares the full recomposition, and Cyrillic and ASCII letters are
    // lowered without the standard tables (the same result, see `lower`).
    // (ASCII and Cyrillic letters are all NFC: no table needed for them.)
    let plain = word.chars().all(|c| matches!(c as u32, 0x00..=0x7F | 0x0400..=0x04FF));
    let mapped: String = if plain || unicode_normalization::is_nfc_quick(word.chars()) == unicode_normalization::IsNormalized::Yes {
        let mut m = String::with_capacity(word.len());
        for c in word.chars() {
            if matches!(c as u32, 0x0400..=0x04FF | 0x00..=0x7F) {
                m.push_str(letter(super::segment::lower_char(c)));
            } else {
                c.to_lowercase().for_each(|l| m.push_str(letter(l)));
            }
        }
        m
    } else {
        word.nfc().flat_map(char::to_lowercase).map(letter).collect()
    };
    // Each replacement only where its digraph occurs (a `replace` builds a
    // new string and a searcher even when nothing matches).
    let mut s = mapped;
    for (from, to) in [("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g")] {
        if s.as_bytes().windows(from.len()).any(|w| w.iter().zip(from.as_bytes()).all(|(a, b)| a == b)) {
            s = s.replace(from, to);
        }
    }
    // Russian-style Latin writes е after a vowel as "ye": Baygozhayev.
    let mut folded = String::with_capacity(s.len());
    let (mut prev, mut chars) = (None, s.chars().peekable());
    while let Some(c) = chars.next() {
        let prev_vowel = prev.is_some_and(|p| matches!(p, 'a' | 'e' | 'i' | 'o' | 'u'));
        let dropped = c == 'i' && prev_vowel && chars.peek() == Some(&'e');
        // (A dropped letter is still the next one's previous letter.)
        if !dropped && !folded.ends_with(c) {
            folded.push(c);
        }
        prev = Some(c);
    }
    s = folded;
    s
}

/// The words of a name: initials come out as one-letter words.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Keys for the name match `~`. For a name `Қуат Байғоджаев`:
/// `s:<surname>` and `s:<given>` (one word matches either), `i:<initial>|<surname>`,
/// `f:<given>|<surname>`. A query yields the most specific key it can: a
/// full name its `f:` key, an initial and surname its `i:` key, one word its
/// `s:` key. Case endings are removed first, so `Байғоджаевтың` matches.
pub(crate) fn match_keys(name: &str, is_known: &dyn Fn(&str) -> bool, query: bool) -> Vec<String> {
    let normal = morph::normalize_name(name, is_known);
    let words = name_words(&normal);
    let mut keys = Vec::new();
    let Some(last) = words.last() else { return keys };
    let surname = skeleton(last);
    if surname.is_empty() {
        return keys;
    }
    let first = if words.len() >= 2 { Some(&words[0]) } else { None };
    let initial = first.and_then(|w| skeleton(w).chars().next());
    if query {
        match first {
            Some(w) if w.chars().count() > 1 => keys.push(format!("f:{}|{surname}", skeleton(w))),
            Some(_) => keys.push(format!("i:{}|{surname}", initial.unwrap_or('?'))),
            None => keys.push(format!("s:{surname}")),
        }
        return keys;
    }
    keys.push(format!("s:{surname}"));
    if let Some(first) = first {
        if let Some(i) = initial {
            keys.push(format!("i:{i}|{surname}"));
        }
        if first.chars().count() > 1 {
            let given = skeleton(first);
            keys.push(format!("f:{given}|{surname}"));
            keys.push(format!("s:{given}"));
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> bool {
        false
    }

    #[test]
    fn scripts_meet_in_one_skeleton() {
        let cyr = skeleton("Байғоджаев");
        assert_eq!(skeleton("Baigodzhaev"), cyr);
        assert_eq!(skeleton("Baygodzhayev"), cyr);
        assert_eq!(skeleton("Baiğojaev"), "baigojaev");
        assert_eq!(cyr, "baigojaev");
        assert_eq!(skeleton("Тоқаев"), skeleton("Tokayev"));
        assert_eq!(skeleton("Қасым-Жомарт"), skeleton("Kassym-Jomart"));
    }

    #[test]
    fn queries_find_stored_names() {
        let stored = match_keys("Қуат Байғоджаев", &none, false);
        for q in ["Байғоджаевтың", "baigodzhaev", "Қ.Байғоджаев", "Қуат Байғоджаевқа", "Kuat Baigodzhaev"] {
            let keys = match_keys(q, &none, true);
            assert!(keys.iter().any(|k| stored.contains(k)), "{q}: {keys:?} vs {stored:?}");
        }
        let other = match_keys("Б.Байғоджаев", &none, true);
        assert!(!other.iter().any(|k| stored.contains(k)), "another initial must not match");
    }
}
