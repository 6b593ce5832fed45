//! The extractor on arbitrary text: it never panics, its facts cite spans
//! that lie inside the text on character boundaries, it gives the same
//! facts twice, and it gets through 10 MB texts of the worst shapes
//! (no punctuation, one huge line, names only, control characters).

use proptest::prelude::*;
use shezhire::extract::{extract, ArticleFacts};

fn check(text: &str) -> ArticleFacts {
    let facts = extract(text);
    for f in &facts.facts {
        let span = f.span;
        assert!(span.start <= span.end, "span {span:?} is reversed");
        assert!(span.slice(text).is_some(), "span {span:?} of `{}` is not on char boundaries of the text", f.fact);
    }
    facts
}

/// Text made of genre words, names, punctuation, Latin and control characters.
fn genre_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "«AMANAT» партиясы", "облыстық", "аудандық", "филиалының", "төрағасы", "Қуат Байғоджаев", "болып", "сайланды",
        ".", ",", " – ", "«", "»", "\n", "конференциясы", "өтті", "XXXVII", "Д.", "Бейсенқұлов", "деді", "ол", "Ол",
        "Қарасай", "Алматы", "іссапармен", "келді", "Жиынға", "қатысты", "кезектен тыс", "есеп беру-сайлау", "Leave A Reply",
        "0 172", "\u{0}", "\u{7}", "\t", "ąß", "Latin words only", "1 –", "(42-ші)", "бюро", "мүшелері", "бастауыш",
        "ұйымының", "хатшысы", "«Абай-Дәулет»", "ЖШС", "директоры", "Ақтоты МЫРЗАБЕКҚЫЗЫ.", "Кәрібексөз", "филиалдыңатқарушы",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}") {
        check(&text);
    }

    #[test]
    fn genre_soup_never_panics_and_is_deterministic(text in genre_text()) {
        let a = check(&text);
        let b = check(&text);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn any_chars_including_controls(text in prop::collection::vec(any::<char>(), 0..300).prop_map(|v| v.into_iter().collect::<String>())) {
        check(&text);
    }
}

fn repeat_to(piece: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + piece.len());
    while s.len() < bytes {
        s.push_str(piece);
    }
    s
}

#[test]
fn ten_megabyte_texts_of_the_worst_shapes_go_through() {
    const SIZE: usize = 10 << 20;
    let shapes = [
        // One line, no punctuation, genre words.
        repeat_to("партиясы облыстық филиалының төрағасы Қуат Байғоджаев ", SIZE),
        // Names only: every pair a person.
        repeat_to("Асқар Оспанов Дәулет Кәрібек Қ.Айтжанов ", SIZE),
        // A single 10 MB token.
        "а".repeat(SIZE),
        // Latin only, with control characters.
        repeat_to("Leave a reply\u{1}\u{2}\t", SIZE),
        // Titles stacked before a name, thousands of times in one sentence.
        repeat_to("аудандық филиалының ", SIZE),
    ];
    for text in &shapes {
        let facts = check(text);
        // The names-only text yields people; the others may yield anything.
        let _ = facts;
    }
}
