//! Person names: finding mentions in a sentence's tokens (given name +
//! surname, + patronymic, initials + surname, bylines in capitals), and
//! deciding which mentions are one person (coreference inside an article).
//!
//! A capitalised pair is a name when its first word is a known given name,
//! or when its second word has a surname shape (-ов/-ева/-ин/-ұлы/-қызы…).
//! It is not a person when a place or naming word follows (`Ы.Дүкенұлы
//! атындағы`, `Мағжан Жұмабаев ауданы`, `Н.Ілиясов ауылы`) or when it is a
//! short «quoted» name.

use super::lexicon::{self, GAZ};
use super::morph::{self, Case};
use super::segment::{Token, TokenKind};
use std::collections::{BTreeSet, HashMap};

/// The parts of one written name, each in the nominative.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub(crate) struct NameParts {
    /// Initials as written (`Д`, or `Қ`,`К`).
    pub(crate) initials: Vec<String>,
    pub(crate) given: Option<String>,
    pub(crate) patronymic: Option<String>,
    pub(crate) surname: Option<String>,
}

impl NameParts {
    /// The initial form: `Д.Бейсенқұлов`.
    pub(crate) fn initial_form(&self) -> Option<String> {
        let last = self.surname.as_ref().or(self.patronymic.as_ref())?;
        if self.initials.is_empty() {
            return None;
        }
        let mut s: String = self.initials.iter().map(|i| format!("{i}.")).collect();
        s.push_str(last);
        Some(s)
    }
}

/// One mention of a person in a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    /// Token range `[first, end)`.
    pub(crate) first: usize,
    pub(crate) end: usize,
    pub(crate) parts: NameParts,
    /// The case of the last word.
    pub(crate) case: Case,
    /// Which person (index into the article's people), after coreference.
    pub(crate) person: usize,
}

/// Words after a name that make it a place or institution named after
/// someone (`Ы.Дүкенұлы атындағы`, `Н.Ілиясов ауылы`). Level adjectives
/// (`облыстық`, `аудандық`) are not among them: a person's name is often
/// followed by one (`Қанат Мұхтаров облыстық әкімдікке ауысты`), and the
/// districts named after people are in the gazetteer.
const NAMING_WORDS: &[&str] = &[
    "атындағы", "атында", "атымен", "ауданы", "ауданының", "ауданына", "ауданында", "ауданынан", "облысы",
    "облысының", "облысында", "қаласы", "қаласының", "қаласында", "қаласына", "ауылы", "ауылын", "ауылының",
    "ауылында", "ауылына", "ауылынан", "көшесі", "көшесінде", "көшесіндегі", "көшесінің", "көшесіне", "көшесінен",
    "көшесін", "даңғылы", "даңғылында", "даңғылының", "даңғылына", "даңғылын", "кенті", "кентінде", "елді",
    "мектебі", "мектебінде", "лицейі", "гимназиясы", "университеті", "колледжі", "театры", "мұражайы", "музейі",
    "алаңы", "саябағы", "ескерткіші", "селосы", "поселкесі",
    "стансасы", "ауылдық", "кесенесі", "кесенесінің", "кесенесіне", "кесенесінде", "мешіті", "мешітінде",
];

/// Occupations written before a name ("журналист X", "тарих пәнінің
/// мұғалімі X"), capitalised when they open a sentence.
const OCCUPATIONS: &[&str] = &[
    "фермер", "дәрігер", "мұғалім", "журналист", "кәсіпкер", "инженер", "ардагер", "студент", "зейнеткер", "ақын",
    "жазушы", "әнші", "спортшы", "жаттықтырушы", "тренер", "шопан", "диқан", "механизатор", "медбике", "тәрбиеші",
    "кітапханашы", "волонтер", "ерікті", "блогер", "сарапшы", "заңгер", "экономист", "тұрғын", "оқушы", "маман",
    "қызметкер", "жұмысшы", "оқытушы", "меңгеруші", "профессор", "доцент", "академик", "педагог", "ұстаз",
    "хирург", "терапевт", "педиатр", "кардиолог", "реаниматолог", "невролог", "стоматолог", "акушер",
    "фельдшер", "мейірбике", "фармацевт", "провизор", "психолог", "ветеринар", "агроном", "зоотехник",
    "бухгалтер", "аудармашы", "суретші", "сәулетші", "құрылысшы", "жүргізуші", "кенші", "шахтер", "мұнайшы",
    "металлург", "энергетик", "бағдарламашы", "адвокат", "нотариус", "тарихшы", "өлкетанушы", "саясаттанушы",
    "оператор", "слесарь", "электрик", "токарь", "дәнекерлеуші", "бұрғылаушы", "машинист", "аспаз", "сатушы",
];

/// Whether a word is an occupation, bare or possessive ("мұғалімі", "жұмысшысы").
pub(crate) fn is_occupation(lower: &str) -> bool {
    let stem = ["сы", "сі", "ы", "і"].iter().find_map(|e| lower.strip_suffix(e));
    OCCUPATIONS.contains(&lower) || stem.is_some_and(|st| OCCUPATIONS.contains(&st))
}

/// Stems of capitalised words that are never names (roles, bodies, titles).
/// Only long stems: a short one would also begin real names (`нұр` begins
/// Нұрлан, `жыл` begins Жылқыбаев, `ал` begins Алмас).
const NOT_NAME_STEMS: &[&str] = &[
    "партия", "президент", "елбасы", "филиал", "саяси", "кеңесі", "мәслихат", "мәжіліс", "сенат", "үкімет",
    "мемлекет", "парламент", "облыс", "аудан", "республика", "қазақстан", "орталық", "жастар", "конференция",
    "съез", "министр", "комиссия", "фракция", "бастауыш", "атқарушы", "бақылау", "спикер", "сенатор",
    "премьер", "құрылтай", "ассамблея", "кеңесші", "ардагер", "amanat", "аманат", "депутат", "делегат",
    // Gatherings ("Отырысты Ғалымжан Сейілұлы жүргізді").
    "отырыс", "жиналыс", "кездесу", "басқосу", "семинар", "форум", "сессия", "пленум",
];

/// Capitalised words (exactly) that are never names: function words,
/// months, days, and words that open sentences of this genre.
const NOT_NAME_WORDS: &[&str] = &[
    "нұр", "отан", "ал", "ол", "оның", "оған", "осы", "бұл", "бұның", "өз", "өзі", "сонымен", "сондай-ақ",
    "сондықтан", "алайда", "бірақ", "және", "айта", "мұнан", "бұдан", "одан", "жалпы", "ел", "елі", "еліміз",
    "еліміздің", "өңір", "өңірде", "жыл", "биыл", "бүгін", "кеше", "жиында", "жиынға", "жиын", "кездесу",
    "кеңес", "бюро", "қала", "ауыл", "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
    "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан", "дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі",
    "жұма", "сенбі", "жексенбі", "жаңа", "бірінші", "екінші", "үшінші", "келелі", "алқалы", "шара",
    "іс-шара", "мемлекет", "жоба", "жобасы", "бағдарлама", "ұлттық", "халықаралық", "республикалық",
    // Honorary titles before a name ("Социалистік Еңбек Ері", "Халық
    // Қаһарманы", "Еңбек сіңірген қайраткері", "ауданның Құрметті азаматы").
    "ері", "батыры", "қаһарманы", "қайраткері", "азаматы",
    // Adverbs of time and forms of address that open a sentence before a
    // name ("Кейін Болат Қайыржанұлы ...", "Құрметті Нұрлан Сәрсенбайұлы!").
    "кейін", "содан", "соңында", "кейіннен", "құрметті", "қадірлі", "ардақты", "аяулы", "алдымен", "әуелі",
    "алғаш", "бастапқыда", "сосын", "жуырда", "таяуда", "қазір", "ертең", "осылайша", "сонда", "ақыры",
];

fn is_not_name(lower: &str) -> bool {
    super::segment::among(NOT_NAME_WORDS, lower)
        // A possessive noun in the locative opening a sentence ("Нәтижесінде",
        // "Қорытындысында", "Барысында"): an adverbial, which no name is.
        || ((lower.ends_with("ында") || lower.ends_with("інде")) && lower.chars().count() >= 7)
        || NOT_NAME_STEMS.iter().any(|s| super::segment::begins(lower, s))
        || super::orgs::role_word_any(lower).is_some()
}

/// A word written like a name (see `Shape::name_like`).
#[inline]
fn is_name_word(t: &Token) -> bool {
    t.shape.name_like
}

/// A Cyrillic word in capitals (see `Shape::all_caps`).
#[inline]
fn is_caps_word(t: &Token) -> bool {
    t.shape.all_caps
}

fn is_initial(tokens: &[Token], i: usize) -> bool {
    let Some(t) = tokens.get(i) else { return false };
    t.shape.capitalized
        && single_char(&t.text)
        && tokens.get(i + 1).is_some_and(|d| d.is(".") && !d.space_before)
}

/// `s.chars().count() == 1`, without counting a long word to its end.
fn single_char(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// The nominative of a surname-like word and its case.
pub(crate) fn surname_nominative(word: &str) -> (String, Case) {
    // The rules ask it of the same words again and again (every capitalised
    // word, in several passes); it depends on the word alone, so each
    // thread remembers its recent answers.
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::HashMap<String, (String, Case), foldhash::fast::FixedState>> =
            std::cell::RefCell::new(std::collections::HashMap::with_hasher(foldhash::fast::FixedState::default()));
    }
    if let Some(hit) = SEEN.with_borrow(|seen| seen.get(word).cloned()) {
        return hit;
    }
    let (stem, case) = morph::nominative_keep_case(word, &super::is_known_name);
    let stem = if morph::is_all_caps(&stem) { morph::title_case(&stem) } else { stem };
    let stem = morph::surname_without_plural(stem);
    SEEN.with_borrow_mut(|seen| {
        // Bounded: a long run over many articles must not grow it without end.
        if seen.len() >= 4096 {
            seen.clear();
        }
        seen.insert(word.to_string(), (stem.clone(), case));
    });
    (stem, case)
}

fn surname_shaped(word: &str) -> bool {
    let (stem, _) = surname_nominative(word);
    let lower = super::segment::lower(&stem);
    morph::has_surname_suffix(&lower) || morph::is_patronymic(&lower)
}

/// Whether the name written in `tokens[first..end]` is a gazetteer place
/// followed by a level word (`М.Жұмабаев аудандық`, `Біржан сал ауданы`).
fn is_named_place(tokens: &[Token], first: usize, end: usize) -> bool {
    let written: String = tokens[first..end]
        .iter()
        .enumerate()
        .map(|(k, t)| if k > 0 && t.space_before { format!(" {}", t.text) } else { t.text.clone() })
        .collect();
    // The nominative only when a level word follows (it is the costly part).
    tokens.get(end).is_some_and(|n| super::orgs::classifier_level(&n.lower).is_some())
        && (GAZ.is_place_word(&written) || GAZ.is_place_word(&surname_nominative(&written).0))
}

/// Whether the word at `k` names a place by what follows it: an honorific
/// and a level word ("Өтеген батыр кентіндегі"), or a list of places that
/// ends in a level word ("Көксу және Ескелді аудандарында").
fn place_named_after(tokens: &[Token], k: usize) -> bool {
    let level_at = |j: usize| tokens.get(j).is_some_and(|t| super::orgs::classifier_level(&t.lower).is_some());
    let honorific = tokens.get(k + 1).is_some_and(|t| super::orgs::is_place_honorific(&t.lower)) && level_at(k + 2);
    let listed = GAZ.is_place_word(&tokens[k].text)
        && tokens.get(k + 1).is_some_and(|t| t.is(",") || matches!(t.lower.as_str(), "және" | "мен" | "пен"))
        && (k + 2..tokens.len().min(k + 6)).any(level_at);
    honorific || listed
}

fn followed_by_naming_word(tokens: &[Token], end: usize) -> bool {
    let Some(next) = tokens.get(end) else { return false };
    // "Н.Ілиясов елді мекені" is a settlement named after someone;
    // "әкім X елді мекеннің дамуы" is X speaking of the settlement.
    if next.lower == "елді" {
        return tokens.get(end + 1).is_some_and(|m| m.lower.starts_with("мекені") || m.lower.starts_with("мекенін"));
    }
    // "Өтеген батыр ауылдық округі", not "дәрігер X ауылдық медициналық пункттер туралы".
    // ("төрағасы X Y ауылдық округтерде ... ақпарат берді": the plural names
    // a place only as the last of a list, "Көксу және Ескелді ауылдық округтерінде".)
    if next.lower == "ауылдық" {
        let Some(noun) = tokens.get(end + 1).filter(|m| m.lower.starts_with("округ")) else { return false };
        let plural = noun.lower.starts_with("округтер");
        let listed = || {
            end.checked_sub(2)
                .and_then(|k| tokens.get(k))
                .is_some_and(|t| t.is(",") || matches!(t.lower.as_str(), "және" | "мен" | "пен" | "бен"))
        };
        return !plural || listed();
    }
    if NAMING_WORDS.contains(&next.lower.as_str()) {
        return true;
    }
    // "Сабыр Рахымов ықшам ауданындағы": a microdistrict named after someone.
    if next.lower == "ықшам" {
        return tokens.get(end + 1).is_some_and(|m| m.lower.starts_with("аудан"));
    }
    next.lower.starts_with("атынд")
}

/// Which tokens lie in a short «quoted» span: such spans name things, not
/// people.
fn short_quotes(tokens: &[Token]) -> Vec<bool> {
    // One pass per quoted run (asking each token of a long quote to scan
    // its whole run was quadratic in the quote's length).
    let mut short = vec![false; tokens.len()];
    let mut a = 0;
    while a < tokens.len() {
        if !tokens[a].quoted {
            a += 1;
            continue;
        }
        let b = tokens[a..].iter().position(|t| !t.quoted).map_or(tokens.len(), |n| a + n);
        let is_short = tokens[a..b].iter().filter(|t| t.is_word()).count() <= 6;
        short[a..b].fill(is_short);
        a = b;
    }
    short
}

/// Finds the person mentions in one sentence.
pub(crate) fn find_mentions(tokens: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    let short_quote = short_quotes(tokens);
    let mut i = 0;
    while i < tokens.len() {
        if short_quote[i] {
            i += 1;
            continue;
        }
        if let Some((m, next)) = initial_mention(tokens, i).or_else(|| surname_initials_mention(tokens, i)) {
            out.push(m);
            i = next;
            continue;
        }
        if let Some((m, next)) = full_mention(tokens, i, &short_quote).or_else(|| caps_mention(tokens, i)).or_else(|| caps_surname_mention(tokens, i)) {
            out.push(m);
            i = next;
            continue;
        }
        i += 1;
    }
    listed_pairs(tokens, &mut out);
    out
}

/// "Бейбіт Мамраев, Бақтияр Мәкен, Кәрібай Мұсырман": inside a list of
/// names, a capitalised pair between a name and a comma or conjunction
/// before another name is a name too, whatever the lexicons say.
fn listed_pairs(tokens: &[Token], out: &mut Vec<Mention>) {
    if out.len() < 2 {
        return;
    }
    let mut found = Vec::new();
    for w in out.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        // a , X Y , b   or   a , X Y және b
        if b.first != a.end + 4 || !tokens[a.end].is(",") {
            continue;
        }
        let sep = &tokens[a.end + 3];
        if !(sep.is(",") || matches!(sep.lower.as_str(), "және" | "мен" | "пен" | "бен")) {
            continue;
        }
        let (x, y) = (&tokens[a.end + 1], &tokens[a.end + 2]);
        let pair_ok = [x, y].iter().all(|t| is_name_word(t) && !t.quoted && !is_not_name(&t.lower))
            && y.space_before
            && !GAZ.is_place_word(&x.text)
            && !GAZ.is_place_word(&y.text)
            && !GAZ.is_place_word(&format!("{} {}", x.text, y.text));
        if !pair_ok {
            continue;
        }
        found.push(given_and_last(a.end + 1, x.text.clone(), &y.text).0);
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|m| m.first);
    }
}

/// `Д.Бейсенқұлов`, `Қ.К. Тоқаев`, `А.МҰХАНБЕТҚАЛИ`.
fn initial_mention(tokens: &[Token], i: usize) -> Option<(Mention, usize)> {
    if !is_initial(tokens, i) {
        return None;
    }
    let mut initials = vec![tokens[i].text.clone()];
    let mut j = i + 2;
    if is_initial(tokens, j) {
        initials.push(tokens[j].text.clone());
        j += 2;
    }
    let t = tokens.get(j)?;
    if !(is_name_word(t) || is_caps_word(t)) || is_not_name(&t.lower) {
        return None;
    }
    if followed_by_naming_word(tokens, j + 1) || is_named_place(tokens, i, j + 1) {
        return None;
    }
    let (surname, case) = surname_nominative(&t.text);
    let patronymic = morph::is_patronymic(&surname.to_lowercase());
    let parts = NameParts {
        initials,
        surname: (!patronymic).then(|| surname.clone()),
        patronymic: patronymic.then_some(surname),
        ..NameParts::default()
    };
    Some((Mention { first: i, end: j + 1, parts, case, person: usize::MAX }, j + 1))
}

/// A surname, then its initials, as official lists write it: "Оспанов
/// Е.М.", "Бондаренко В.И." (the surname-shaped word carries the case).
fn surname_initials_mention(tokens: &[Token], i: usize) -> Option<(Mention, usize)> {
    let t = &tokens[i];
    if !is_name_word(t) || !is_initial(tokens, i + 1) || !tokens[i + 1].space_before {
        return None;
    }
    let (surname, case) = surname_nominative(&t.text);
    if !morph::has_surname_suffix(&surname.to_lowercase()) || is_not_name(&t.lower) {
        return None;
    }
    let mut initials = vec![tokens[i + 1].text.clone()];
    let mut j = i + 3;
    if is_initial(tokens, j) {
        initials.push(tokens[j].text.clone());
        j += 2;
    }
    let parts = NameParts { initials, surname: Some(surname), ..NameParts::default() };
    Some((Mention { first: i, end: j, parts, case, person: usize::MAX }, j))
}

/// A name in a sentence written in capitals (`ӘЙГЕРІМ САПАРОВА АУДАНДА
/// БОЛЫП`): only a known given name followed by a surname-shaped word.
fn caps_mention(tokens: &[Token], i: usize) -> Option<(Mention, usize)> {
    let (a, b) = (tokens.get(i)?, tokens.get(i + 1)?);
    if !is_caps_word(a) || !is_caps_word(b) || !b.space_before {
        return None;
    }
    let given = morph::title_case(&a.text);
    let last = morph::title_case(&b.text);
    // "ХАТШЫСЫ ӘЙГЕРІМ САПАРОВА": after a title a capitalised pair is a name.
    let after_title = i > 0 && super::orgs::role_word_any(&tokens[i - 1].lower).is_some();
    let lexicon_name = lexicon::is_given_name(&given);
    // ("ҚЫЗМЕТІНЕ": a noun with a possessive and a case ending; no given
    // name is declined before its surname.)
    let declined_noun = || super::orgs::possessive_nominative(&a.lower) != a.lower;
    let known = lexicon_name || (after_title && !is_not_name(&a.lower) && !declined_noun());
    // "ВИКТОР ЛЕБЕДЬ – ... ХАТШЫСЫ": a caption's name needs no surname shape;
    // nor does a known given name right after a title ("ОРЫНБАСАРЫ БАУЫРЖАН БАЙБЕКТІ").
    let after_one_title = i > 0 && super::orgs::role_word(&tokens[i - 1].lower).is_some();
    let captioned = lexicon_name && (caption_after(tokens, i + 2) || after_one_title);
    if !known || !(surname_shaped(&last) || captioned) || is_not_name(&b.lower) || GAZ.is_place_word(&last) {
        return None;
    }
    // "МАҒЖАН ЖҰМАБАЕВ АУДАНДЫҚ": a place named after someone.
    if followed_by_naming_word(tokens, i + 2) || is_named_place(tokens, i, i + 2) {
        return None;
    }
    Some(given_and_last(i, given, &last))
}

/// A caption: the name is followed by a dash or comma and then a title
/// (a role word) in the same line.
fn caption_after(tokens: &[Token], end: usize) -> bool {
    tokens.get(end).is_some_and(|t| t.is_dash() || t.is(","))
        && tokens[end + 1..].iter().take(24).any(|t| super::orgs::role_word_any(&t.lower).is_some())
}

/// The two-word mention at `i`: a given name, then a surname or patronymic
/// (title-cased, possibly declined).
fn given_and_last(i: usize, given: String, last: &str) -> (Mention, usize) {
    let (stem, case) = surname_nominative(last);
    let patronymic = morph::is_patronymic(&stem.to_lowercase());
    let parts = NameParts {
        given: Some(given),
        patronymic: patronymic.then(|| stem.clone()),
        surname: (!patronymic).then_some(stem),
        ..NameParts::default()
    };
    (Mention { first: i, end: i + 2, parts, case, person: usize::MAX }, i + 2)
}

/// A known given name and a surname in capitals, as this press often
/// writes them (`Сания ЖАРЫЛҒАСОВА`, `Ерлан ТОҚТАРБЕК`).
fn caps_surname_mention(tokens: &[Token], i: usize) -> Option<(Mention, usize)> {
    let (a, b) = (tokens.get(i)?, tokens.get(i + 1)?);
    if !is_name_word(a) || is_not_name(&a.lower) {
        return None;
    }
    if !is_caps_word(b) || !b.space_before || b.text.chars().count() < 4 || is_not_name(&b.lower) {
        return None;
    }
    let last = morph::title_case(&b.text);
    // A place that is also a given name ("Байзақ СЕРІКБАЕВ") is the given
    // name before a surname-shaped word.
    let place_first = GAZ.is_place_word(&a.text) && !(lexicon::is_given_name(&a.text) && surname_shaped(&last));
    if GAZ.is_place_word(&last) || place_first {
        return None;
    }
    // A given name the lexicon lacks is still one before a surname in
    // capitals with a surname's shape (`Сания ЖАРЫЛҒАСОВА`).
    if !lexicon::is_given_name(&a.text) && !surname_shaped(&last) {
        return None;
    }
    Some(given_and_last(i, a.text.clone(), &last))
}

/// Given name + (patronymic) + surname, or given + patronymic.
fn full_mention(tokens: &[Token], i: usize, short_quote: &[bool]) -> Option<(Mention, usize)> {
    let mut run = Vec::new();
    let mut j = i;
    while j < tokens.len() && run.len() < 3 && is_name_word(&tokens[j]) && !short_quote[j] {
        if j > i && !tokens[j].space_before {
            break;
        }
        // "... Тәңірбергенқызы Кіші Аралды сақтау": "Кіші", "Үлкен" before
        // another capitalised word begin a place's name (Кіші Арал, Үлкен
        // Нарын), not a surname.
        if j > i && matches!(tokens[j].lower.as_str(), "кіші" | "үлкен") && tokens.get(j + 1).is_some_and(|n| n.is_capitalized()) {
            break;
        }
        run.push(j);
        j += 1;
    }
    if run.len() < 2 {
        return None;
    }
    let w = |k: usize| &tokens[run[k]];
    let first = w(0);
    // "Кеңес Тұрсынбаев": a common word that is also a given name, before a
    // word with a surname's suffix, is a name.
    let given_despite_word = NOT_NAME_WORDS.contains(&first.lower.as_str())
        && lexicon::is_given_name(&first.text)
        && morph::has_surname_suffix(&surname_nominative(&w(1).text).0.to_lowercase());
    if is_not_name(&first.lower) && !given_despite_word {
        return None;
    }
    let given_known = lexicon::is_given_name(&first.text);
    let second = w(1);
    if is_not_name(&second.lower) {
        return None;
    }
    // Official lists put the surname first: "Оразбаев Мұхтар Ауесұлы",
    // "Гильманов Мирамбекке". A surname-shaped word that is no given name,
    // then a given name the lexicon knows, is that order.
    if let Some(found) = surname_first_mention(tokens, i, &run) {
        return Some(found);
    }
    // Three words: given, patronymic, surname.
    if run.len() == 3 {
        let middle = w(1).lower.clone();
        let third = w(2);
        let third_shaped = surname_shaped(&third.text);
        if (given_known || lexicon::looks_like_given_name(&first.text) || third_shaped)
            && morph::is_patronymic(&middle)
            && !is_not_name(&third.lower)
            && !followed_by_naming_word(tokens, run[2] + 1)
            // "Мұрат Бақтиярұлы Қызылорда облысына": a place after the name.
            && !is_named_place(tokens, run[2], run[2] + 1)
            && !place_named_after(tokens, run[2])
            // "Мұрат Әбенұлы Ақжол Бейсенбековті": a given name the lexicon
            // knows, then a surname, begins the next person.
            && !(!third_shaped
                && lexicon::is_given_name(&third.text)
                && tokens.get(run[2] + 1).is_some_and(|n| n.space_before && is_name_word(n) && surname_shaped(&n.text)))
            // "Нұрсұлу Мұратқызы Зачаган кентіндегі": a word of no surname
            // shape before a level word is the place, not the surname.
            && !(!third_shaped && tokens.get(run[2] + 1).is_some_and(|n| super::orgs::classifier_level(&n.lower).is_some()))
            // "Әбдіқадыр Сейітжанұлы Арал теңізінің ...": a gazetteer place of
            // no surname shape begins what the name's owner speaks of.
            && !(!third_shaped && GAZ.is_place_word(&third.text))
        {
            let (surname, case) = surname_nominative(&third.text);
            let parts = NameParts {
                given: Some(first.text.clone()),
                patronymic: Some(w(1).text.clone()),
                surname: Some(surname),
                ..NameParts::default()
            };
            return Some((Mention { first: i, end: run[2] + 1, parts, case, person: usize::MAX }, run[2] + 1));
        }
    }
    let place_first = GAZ.is_place_word(&first.text) && !given_known;
    let shaped = surname_shaped(&second.text);
    // "… хатшысының орынбасары Ермұхамед Жұмабек": right after a title, a
    // capitalised pair is the holder's name.
    // "44 жастағы Әсет Мырзахмет": after an age, a capitalised pair is a name too.
    let after_age = i > 0 && matches!(tokens[i - 1].lower.as_str(), "жастағы" | "жасар") && !place_first;
    let after_title = (i > 0 && super::orgs::role_word_any(&tokens[i - 1].lower).is_some() && !place_first) || after_age;
    // Many places are named after people (Махамбет, Абай, Исатай): a place
    // name before a surname-shaped word is a given name unless a place word
    // follows, which `followed_by_naming_word` checks below.
    let plausible = given_known
        || shaped
        || (after_title && !GAZ.is_place_word(&second.text))
        || (lexicon::looks_like_given_name(&first.text) && !place_first && !GAZ.is_place_word(&second.text));
    if !plausible || followed_by_naming_word(tokens, run[1] + 1) || is_named_place(tokens, i, run[1] + 1) {
        return None;
    }
    // "Сапар Қандыағаш қаласындағы ...": a word, then a place and its level
    // word. (Not a known given name and a surname-shaped word: "Мұхтар
    // Сәтбаев қалалық филиалдың төрағасы болып сайланды" is a person.)
    if is_named_place(tokens, run[1], run[1] + 1) && !(given_known && shaped) {
        return None;
    }
    // "Сапар Ыбырай Алтынсарин атындағы ...": a word, then the name of a
    // dedication (a second word of no surname shape begins it).
    if !shaped && tokens.get(run[1] + 1).is_some_and(|t| t.is_capitalized()) && tokens.get(run[1] + 2).is_some_and(|t| t.lower.starts_with("атынд")) {
        return None;
    }
    // A two-word place name ("Батыс Қазақстан") is not a person.
    if GAZ.is_place_word(&format!("{} {}", first.text, second.text)) {
        return None;
    }
    let (last, case) = surname_nominative(&second.text);
    // "Бейімбет Майлинде", "Мағжан Жұмабаевқа": a district named after
    // someone, in a case of place (one is rarely "in" or "at" a person).
    if matches!(case, Case::Locative | Case::Dative | Case::Ablative) && GAZ.is_place_word(&format!("{} {}", first.text, last)) {
        return None;
    }
    let patronymic = morph::is_patronymic(&last.to_lowercase());
    let parts = NameParts {
        given: Some(first.text.clone()),
        patronymic: patronymic.then(|| last.clone()),
        surname: (!patronymic).then_some(last),
        ..NameParts::default()
    };
    Some((Mention { first: i, end: run[1] + 1, parts, case, person: usize::MAX }, run[1] + 1))
}

/// A name written surname first (see `full_mention`): the given name must
/// be in the lexicon, the surname must have a surname suffix (a patronymic
/// first is not this order), and a third word joins only as a patronymic.
fn surname_first_mention(tokens: &[Token], i: usize, run: &[usize]) -> Option<(Mention, usize)> {
    let first = &tokens[run[0]];
    // "Жандай Сана Шайханқызы": a patronymic last, after a word that is no
    // patronymic, fixes the order even for names the lexicons lack.
    let patronymic_last = run.len() == 3
        && !morph::is_patronymic(&tokens[run[1]].lower)
        && morph::is_patronymic(&surname_nominative(&tokens[run[2]].text).0.to_lowercase());
    let second_given = lexicon::is_given_name(&surname_nominative(&tokens[run[1]].text).0);
    let first_given = lexicon::is_given_name(&first.text) || lexicon::looks_like_given_name(&first.text);
    if first_given && !patronymic_last {
        return None;
    }
    let surname_lower = first.lower.clone();
    if !(morph::has_surname_suffix(&surname_lower) || patronymic_last) || GAZ.is_place_word(&first.text) {
        return None;
    }
    // "Фермер Бауыржан Тұрсынұлы" opening a sentence: an occupation, then the name.
    if is_occupation(&surname_lower) {
        return None;
    }
    let (given, given_case) = surname_nominative(&tokens[run[1]].text);
    // "директоры Утебалиева Шаттықпен": right after a title, a surname then
    // a word of no surname shape is that order, whatever the lexicon knows.
    let after_title = i > 0 && super::orgs::role_word_any(&tokens[i - 1].lower).is_some();
    let unknown_after_title = after_title
        && run.len() == 2
        && given.chars().count() >= 3
        && !surname_shaped(&tokens[run[1]].text)
        && !GAZ.is_place_word(&given)
        && !GAZ.is_place_word(&tokens[run[1]].text);
    if !(second_given || unknown_after_title || patronymic_last && given_case == Case::Nominative) || is_not_name(&tokens[run[1]].lower) {
        return None;
    }
    let surname = if morph::is_all_caps(&first.text) { morph::title_case(&first.text) } else { first.text.clone() };
    let mut parts = NameParts { given: Some(given), surname: Some(surname), ..NameParts::default() };
    let mut end = run[1] + 1;
    let mut case = given_case;
    if run.len() == 3 && given_case == Case::Nominative {
        let (patronymic, patronymic_case) = surname_nominative(&tokens[run[2]].text);
        if morph::is_patronymic(&patronymic.to_lowercase()) {
            parts.patronymic = Some(patronymic);
            end = run[2] + 1;
            case = patronymic_case;
        }
    }
    if followed_by_naming_word(tokens, end) || is_named_place(tokens, i, end) {
        return None;
    }
    Some((Mention { first: i, end, parts, case, person: usize::MAX }, end))
}

/// A byline: a short line at the end (or just under the headline) holding
/// only a name with a surname in capitals or an initial (`Ақтоты
/// МЫРЗАБЕКҚЫЗЫ.`, `А.МҰХАНБЕТҚАЛИ`), optionally after `Дайындаған:`/`Автор:`.
pub(crate) fn byline(tokens: &[Token]) -> Option<NameParts> {
    // "Бақытжан ОРАЗ, «Сәтбаев жаршысы»": the writer's paper after a comma.
    let paper = tokens.iter().position(|t| t.is(",")).filter(|&c| {
        let rest = &tokens[c + 1..];
        rest.iter().any(|t| t.quoted) && rest.iter().all(|t| t.quoted || matches!(t.text.as_str(), "«" | "»" | "\"" | "." | "“" | "”"))
    });
    // "Сәкен ОМАРБЕКОВ, Екібастұз": a dateline, the writer's town.
    let dateline = || {
        tokens.iter().position(|t| t.is(",")).filter(|&c| {
            let words: Vec<&str> = tokens[c + 1..].iter().filter(|t| t.is_word()).map(|t| t.text.as_str()).collect();
            (1..=2).contains(&words.len())
                && tokens[c + 1..].iter().all(|t| t.is_word() || t.is("."))
                && (GAZ.is_place_word(&words.join(" "))
                    || (words.len() == 2 && GAZ.is_place_word(words[0]) && super::orgs::classifier_level(&words[1].to_lowercase()).is_some()))
        })
    };
    let tokens = &tokens[..paper.or_else(dateline).unwrap_or(tokens.len())];
    let name_tokens: Vec<Token> = tokens
        .iter()
        // (An interview's byline: "Сұхбаттасқан / Әңгімелескен / Сұхбатты жүргізген X".)
        .filter(|t| {
            !matches!(t.lower.as_str(), "автор" | "авторы" | "дайындаған" | "материалды" | "мақаланы" | "сұхбаттасқан" | "әңгімелескен" | "сұхбатты" | "жүргізген" | "жазып" | "алған")
                && !t.is(":")
        })
        .cloned()
        .collect();
    let letters: Vec<&Token> = name_tokens.iter().filter(|t| t.is_word()).collect();
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    // "Ақтоты Мырзабекқызы," with the signer's title on the next line.
    let last = name_tokens.len().saturating_sub(1);
    if name_tokens.iter().enumerate().any(|(k, t)| t.kind != TokenKind::Word && !t.is(".") && !(k == last && t.is(","))) {
        return None;
    }
    // Initials + capitals.
    if is_initial(&name_tokens, 0) {
        let (mut m, end) = initial_mention(&name_tokens, 0)?;
        let rest_ok = name_tokens[end..].iter().all(|t| t.is("."));
        // A byline is in the nominative: "Ж.ӘБІЛДА" keeps its "-да".
        if let Some(written) = name_tokens[..end].iter().rev().find(|t| t.is_word()).filter(|t| is_caps_word(t)) {
            m.parts.surname = Some(morph::title_case(&written.text));
        }
        return rest_ok.then_some(m.parts);
    }
    // Given name + SURNAME (capitals), or Given Surname alone on the line,
    // or "ҚАЙРАТ СМАҒҰЛ" all in capitals when the first is a given name.
    if letters.len() == 2 {
        let (first, last) = (letters[0], letters[1]);
        let all_caps = !is_name_word(first) && is_caps_word(first) && is_caps_word(last);
        if !(is_name_word(first) || all_caps) || !(is_caps_word(last) || is_name_word(last)) {
            return None;
        }
        if is_not_name(&first.lower) || is_not_name(&last.lower) {
            return None;
        }
        let given = if all_caps { morph::title_case(&first.text) } else { first.text.clone() };
        let known_given = lexicon::is_given_name(&given);
        if (all_caps && !known_given) || (!is_caps_word(last) && !known_given && !surname_shaped(&last.text)) {
            return None;
        }
        let surname = morph::title_case(&last.text);
        let patronymic = morph::is_patronymic(&surname.to_lowercase());
        return Some(NameParts {
            given: Some(given),
            patronymic: patronymic.then(|| surname.clone()),
            surname: (!patronymic).then_some(surname),
            ..NameParts::default()
        });
    }
    None
}

/// A person in an article, assembled from mentions.
#[derive(Clone, Debug, Default)]
pub(crate) struct Person {
    pub(crate) given: Option<String>,
    pub(crate) surname: Option<String>,
    pub(crate) patronymic: Option<String>,
    /// Initial forms as written (`Д.Бейсенқұлов`).
    pub(crate) initial_forms: Vec<String>,
    /// Whether a given + patronymic form was written (as its own mention or
    /// inside a three-part name).
    pub(crate) patronymic_written: bool,
    /// The same given name and surname spelled otherwise in the article
    /// (`Гулнур Абилкасымова` beside `Гүлнұр Әбілқасымова`).
    pub(crate) variants: Vec<String>,
}

impl Person {
    /// Given name + surname; else given + patronymic; else the initial form.
    pub(crate) fn canonical(&self) -> String {
        match (&self.given, &self.surname, &self.patronymic) {
            (Some(g), Some(s), _) => format!("{g} {s}"),
            (Some(g), None, Some(p)) => format!("{g} {p}"),
            _ => self.initial_forms.first().cloned().unwrap_or_default(),
        }
    }

    /// Every other written form, in the nominative.
    pub(crate) fn aliases(&self) -> Vec<String> {
        let canonical = self.canonical();
        let mut out = Vec::new();
        if let (Some(g), Some(_), Some(p)) = (&self.given, &self.surname, &self.patronymic) {
            if self.patronymic_written {
                out.push(format!("{g} {p}"));
            }
        }
        for f in self.initial_forms.iter().chain(&self.variants) {
            if *f != canonical && !out.contains(f) {
                out.push(f.clone());
            }
        }
        out
    }
}

/// Groups mentions into people, in text order: full names first define
/// people; given + patronymic forms and initial forms attach to the person
/// they fit (the nearest earlier mention wins when several fit). Every look-up
/// is indexed, so long texts stay linear.
/// "Сапарова ... шақырды", "Есенғали жастарды ...": a surname written
/// alone is the one person of the article with that surname and a given
/// name, when the word is no part of a name or of a place named after
/// someone. Returns the mentions, with their person, outside `taken`.
pub(crate) fn lone_surnames(tokens: &[Token], taken: &[Mention], people: &[Person], surnames: &SurnameIndex) -> Vec<Mention> {
    let mut out = Vec::new();
    if surnames.is_empty() {
        return out;
    }
    for (k, t) in tokens.iter().enumerate() {
        // (The cheap test first: the word begins as a surname of the article does.)
        if !is_name_word(t) || t.quoted || !surnames.contains_key(head(&t.lower)) {
            continue;
        }
        if taken.iter().any(|m| m.first <= k && k < m.end) || is_not_name(&t.lower) {
            continue;
        }
        // Not beside another capitalised word (a name of its own) or an initial.
        let name_beside = |j: usize| tokens.get(j).is_some_and(|n| is_name_word(n) || (n.is(".") && j > 0 && single_char(&tokens[j - 1].text)));
        if (k > 0 && name_beside(k - 1)) || name_beside(k + 1) || followed_by_naming_word(tokens, k + 1) || GAZ.is_place_word(&t.text) {
            continue;
        }
        let (stem, case) = surname_nominative(&t.text);
        let stem = super::segment::lower(&stem);
        let Some(&person) = surnames.get(head(&stem)).and_then(|c| c.iter().find(|(s, _)| *s == stem).map(|(_, p)| p)) else { continue };
        let parts = NameParts { surname: people[person].surname.clone(), ..NameParts::default() };
        out.push(Mention { first: k, end: k + 1, parts, case, person });
    }
    out
}

/// Surnames (lower case) that one person of the article has, with a given
/// name, by their first four letters: what a surname written alone can mean.
pub(crate) type SurnameIndex = HashMap<String, Vec<(String, usize)>>;

/// The first four letters of a word (all of a shorter one).
fn head(lower: &str) -> &str {
    &lower[..lower.char_indices().nth(4).map_or(lower.len(), |(i, _)| i)]
}

pub(crate) fn surnames_of_one(people: &[Person]) -> SurnameIndex {
    let mut count: HashMap<String, (usize, usize)> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        if let (Some(_), Some(s)) = (&p.given, &p.surname) {
            count.entry(super::segment::lower(s)).or_insert((i, 0)).1 += 1;
        }
    }
    let mut index = SurnameIndex::new();
    for (s, (i, n)) in count {
        if n == 1 {
            index.entry(head(&s).to_string()).or_default().push((s, i));
        }
    }
    index
}

pub(crate) fn resolve_people(mentions: &mut [Mention]) -> Vec<Person> {
    use std::collections::HashMap;
    let lower = |s: &Option<String>| s.as_ref().map(|x| super::segment::lower(x));
    let mut people: Vec<Person> = Vec::new();
    // Mention positions of each person.
    let mut seen_at: Vec<BTreeSet<usize>> = Vec::new();
    let mut by_full: HashMap<(String, String), usize> = HashMap::new();
    let mut by_given: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_initial_form: HashMap<String, usize> = HashMap::new();

    fn new_person(people: &mut Vec<Person>, seen_at: &mut Vec<BTreeSet<usize>>, p: Person) -> usize {
        people.push(p);
        seen_at.push(BTreeSet::new());
        people.len() - 1
    }

    // Pass 1: given + surname (with or without patronymic). Spellings that
    // differ only in Kazakh letters (у/ұ/ү, и/і, к/қ…) are one person.
    let skeleton = |s: &str| super::translit::skeleton(s);
    for m in 0..mentions.len() {
        let parts = mentions[m].parts.clone();
        let (Some(given), Some(surname)) = (lower(&parts.given), lower(&parts.surname)) else { continue };
        let mut full_key = (skeleton(&given), skeleton(&surname));
        // "Виктор Ли ... Виктор Лиден": a short surname the stemmer kept
        // whole, declined, is the person already named.
        if !by_full.contains_key(&full_key) {
            let declined = super::morph::case_readings(&surname)
                .into_iter()
                .find(|&(stem, case)| case != Case::Nominative && by_full.contains_key(&(full_key.0.clone(), skeleton(stem))));
            if let Some((stem, case)) = declined {
                full_key.1 = skeleton(stem);
                mentions[m].case = case;
                let written: String = parts.surname.as_deref().unwrap_or_default().chars().take(stem.chars().count()).collect();
                mentions[m].parts.surname = Some(written);
            }
        }
        // (Read again: the surname may have lost its ending just above.)
        let parts = mentions[m].parts.clone();
        let idx = match by_full.get(&full_key) {
            Some(&idx) => {
                let written = format!("{} {}", parts.given.clone().unwrap_or_default(), parts.surname.clone().unwrap_or_default());
                let current = format!("{} {}", people[idx].given.clone().unwrap_or_default(), people[idx].surname.clone().unwrap_or_default());
                if super::segment::lower(&written) != super::segment::lower(&current) {
                    // (Each spelling of the given name finds the person: "Нурлан
                    // Токтаров" then "Нұрлан Тоқтаров" then "Нұрлан Әбдібекұлы".)
                    let spellings = by_given.entry(given.clone()).or_default();
                    if !spellings.contains(&idx) {
                        spellings.push(idx);
                    }
                    // The spelling with more Kazakh letters is the canonical one.
                    if kazakh_letters(&written) > kazakh_letters(&current) {
                        people[idx].given = parts.given.clone();
                        people[idx].surname = parts.surname.clone();
                        people[idx].variants.retain(|v| super::segment::lower(v) != super::segment::lower(&written));
                        people[idx].variants.push(current);
                    } else if !people[idx].variants.iter().any(|v| super::segment::lower(v) == super::segment::lower(&written)) {
                        people[idx].variants.push(written);
                    }
                }
                idx
            }
            None => {
                let idx = new_person(
                    &mut people,
                    &mut seen_at,
                    Person { given: parts.given.clone(), surname: parts.surname.clone(), ..Person::default() },
                );
                by_full.insert(full_key, idx);
                by_given.entry(given).or_default().push(idx);
                by_last.entry(surname).or_default().push(idx);
                idx
            }
        };
        if let Some(p) = lower(&parts.patronymic) {
            if people[idx].patronymic.is_none() {
                by_last.entry(p).or_default().push(idx);
            }
            people[idx].patronymic = parts.patronymic.clone();
            people[idx].patronymic_written = true;
        }
        mentions[m].person = idx;
        seen_at[idx].insert(m);
    }
    // Pass 2: given + patronymic.
    for m in 0..mentions.len() {
        let parts = mentions[m].parts.clone();
        if parts.surname.is_some() {
            continue;
        }
        let (Some(given), Some(patronymic)) = (lower(&parts.given), lower(&parts.patronymic)) else { continue };
        let candidates: Vec<usize> = by_given
            .get(&given)
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&p| lower(&people[p].patronymic).is_none_or(|x| x == patronymic))
                    .collect()
            })
            .unwrap_or_default();
        let exact = candidates.iter().copied().find(|&p| lower(&people[p].patronymic).as_deref() == Some(patronymic.as_str()));
        let idx = match exact.or_else(|| nearest(&candidates, &seen_at, m)) {
            Some(idx) => {
                if people[idx].surname.is_some() && people[idx].patronymic.is_none() {
                    by_last.entry(patronymic.clone()).or_default().push(idx);
                }
                if people[idx].surname.is_some() {
                    people[idx].patronymic = parts.patronymic.clone();
                    people[idx].patronymic_written = true;
                }
                idx
            }
            None => {
                let idx = new_person(
                    &mut people,
                    &mut seen_at,
                    Person { given: parts.given.clone(), patronymic: parts.patronymic.clone(), ..Person::default() },
                );
                by_given.entry(given).or_default().push(idx);
                by_last.entry(patronymic).or_default().push(idx);
                idx
            }
        };
        mentions[m].person = idx;
        seen_at[idx].insert(m);
    }
    // Pass 3: initials + surname (or patronymic).
    for m in 0..mentions.len() {
        let parts = mentions[m].parts.clone();
        if parts.initials.is_empty() {
            continue;
        }
        let form = parts.initial_form().unwrap_or_default();
        let last = lower(&parts.surname.clone().or(parts.patronymic.clone())).unwrap_or_default();
        let initial = super::segment::lower(&parts.initials[0]);
        let mut candidates: Vec<usize> = by_last
            .get(&last)
            .map(|v| {
                v.iter()
                    .copied()
                    .filter(|&p| people[p].given.as_ref().is_some_and(|g| super::segment::lower(g).starts_with(&initial)))
                    .collect()
            })
            .unwrap_or_default();
        if let Some(&same) = by_initial_form.get(&super::segment::lower(&form)) {
            if !candidates.contains(&same) {
                candidates.push(same);
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        // "Б.Сапарбаев ... Бердібек Машбекұлы": a surname with an initial and
        // a given name with a patronymic, the only ones of that initial in
        // the article, are the same person, known now by both halves.
        if candidates.is_empty() && parts.surname.is_some() {
            let initial_of = |p: &Person| p.given.as_ref().is_some_and(|g| super::segment::lower(g).starts_with(&initial));
            let halves: Vec<usize> = (0..people.len()).filter(|&p| people[p].surname.is_none() && people[p].patronymic.is_some() && initial_of(&people[p])).collect();
            let others = (0..people.len()).any(|p| people[p].surname.is_some() && initial_of(&people[p]));
            let initials_elsewhere = mentions.iter().filter(|x| !x.parts.initials.is_empty()).any(|x| {
                super::segment::lower(&x.parts.initials[0]) == initial && lower(&x.parts.surname.clone().or(x.parts.patronymic.clone())).unwrap_or_default() != last
            });
            if let ([p], false, false) = (halves.as_slice(), others, initials_elsewhere) {
                people[*p].surname = parts.surname.clone();
                people[*p].patronymic_written = true;
                by_last.entry(last.clone()).or_default().push(*p);
                candidates.push(*p);
            }
        }
        let idx = match nearest(&candidates, &seen_at, m) {
            Some(idx) => idx,
            None => {
                let idx = new_person(&mut people, &mut seen_at, Person::default());
                by_initial_form.insert(super::segment::lower(&form), idx);
                idx
            }
        };
        if !people[idx].initial_forms.contains(&form) {
            people[idx].initial_forms.push(form);
        }
        mentions[m].person = idx;
        seen_at[idx].insert(m);
    }
    people
}

/// Letters only Kazakh has (a spelling with them is the careful one).
fn kazakh_letters(s: &str) -> usize {
    s.chars().filter(|c| "әғқңөұүһіӘҒҚҢӨҰҮҺІ".contains(*c)).count()
}

/// The candidate mentioned last before mention `m`, else first after it.
fn nearest(candidates: &[usize], seen_at: &[BTreeSet<usize>], m: usize) -> Option<usize> {
    let last_before = |p: usize| seen_at[p].range(..m).next_back().copied();
    let first_any = |p: usize| seen_at[p].first().copied();
    if candidates.len() == 1 {
        return Some(candidates[0]);
    }
    let before = candidates.iter().copied().filter_map(|p| last_before(p).map(|x| (x, p))).max();
    if let Some((_, p)) = before {
        return Some(p);
    }
    let after = candidates.iter().copied().filter_map(|p| first_any(p).map(|x| (x, p))).min();
    after.map(|(_, p)| p).or_else(|| candidates.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::kk::segment::tokenize;

    fn names(text: &str) -> Vec<String> {
        let tokens = tokenize(text, 0, text.len());
        find_mentions(&tokens)
            .into_iter()
            .map(|m| {
                let p = m.parts;
                if let Some(f) = p.initial_form() {
                    return f;
                }
                let mut words = Vec::new();
                words.extend(p.given);
                words.extend(p.patronymic);
                words.extend(p.surname);
                words.join(" ")
            })
            .collect()
    }

    #[test]
    fn name_shapes_are_found_and_declined_forms_normalised() {
        assert_eq!(names("Жиынға Қуат Байғоджаев арнайы қатысты"), vec!["Қуат Байғоджаев"]);
        assert_eq!(names("Ел Президенті Қасым-Жомарт Кемелұлы Тоқаевтың бағдарламасы"), vec!["Қасым-Жомарт Кемелұлы Тоқаев"]);
        assert_eq!(names("– деді Д.Бейсенқұлов."), vec!["Д.Бейсенқұлов"]);
        assert_eq!(names("Қаныбек Құлжабайұлын құттықтады"), vec!["Қаныбек Құлжабайұлы"]);
        assert_eq!(names("аудан әкімі Берік Жақсылықовпен кездесіп"), vec!["Берік Жақсылықов"]);
    }

    #[test]
    fn names_of_places_and_awards_are_not_people() {
        assert!(names("Ы.Дүкенұлы атындағы Тараз қалалық мәдениет үйінде").is_empty());
        assert_eq!(names("Байзақ СЕРІКБАЕВ, ауыл тұрғыны:"), vec!["Байзақ Серікбаев"]);
        // In a headline in capitals: a known given name after a title needs
        // no surname shape; a place named after someone, a post, and a
        // plural title's object are no names.
        assert_eq!(names("ЕЛБАСЫ ТӨРАҒАСЫНЫҢ БІРІНШІ ОРЫНБАСАРЫ БАУЫРЖАН БАЙБЕКТІ ҚАБЫЛДАДЫ"), vec!["Бауыржан Байбек"]);
        assert!(names("МАҒЖАН ЖҰМАБАЕВ АУДАНДЫҚ ФИЛИАЛЫНДА КОНФЕРЕНЦИЯ ӨТТІ").is_empty());
        assert!(names("ФРАКЦИЯСЫ БАСШЫСЫ ҚЫЗМЕТІНЕ НЫҒМАТУЛИНДІ ҰСЫНДЫ").is_empty());
        assert!(names("ФИЛИАЛДАРЫНЫҢ ТӨРАҒАЛАРЫН САЙЛАУ ЖАЛҒАСУДА").is_empty());
        assert!(names("САЯСИ КЕҢЕС МҮШЕЛЕРІ: ЖИЫН ӨТТІ").is_empty());
        // A district named after someone, in a case of place; the person in the genitive.
        assert!(names("Бейімбет Майлинде жиын өтті").is_empty());
        assert!(names("Ғабит Мүсіреповке барды").is_empty());
        assert_eq!(names("Ғабит Мүсіреповтің шығармалары оқылды"), vec!["Ғабит Мүсірепов"]);
        assert!(names("Н.Ілиясов ауылын газдандыру").is_empty());
        assert!(names("Мағжан Жұмабаев ауданының әкімі").is_empty());
        assert!(names("Батыс Қазақстан облысында конференция өтті").is_empty());
        // A given name that is also a word ("сапар", a trip) before a place.
        assert!(names("Сапар Қандыағаш қаласындағы жиыннан басталды").is_empty());
        assert!(names("«Ы.Алтынсарин» төсбелгісімен марапатталды").is_empty());
        // A place and its level word after a given name and patronymic.
        assert_eq!(names("Сенатор Ғалым Асқарұлы Павлодар облысына келді"), vec!["Ғалым Асқарұлы"]);
    }

    #[test]
    fn a_capitalised_pair_after_an_age_is_a_name() {
        assert_eq!(names("Оның қарсыласы 38 жастағы Көшербай Ерболат болды."), vec!["Көшербай Ерболат"]);
        assert_eq!(names("Тізімде 51 жастағы Тілеуқабыл Қанатбек бар."), vec!["Тілеуқабыл Қанатбек"]);
        assert!(names("Тізімде 51 жастағы Батыс Қазақстан тұрғындары бар.").is_empty());
    }

    #[test]
    fn a_pair_inside_a_list_of_names_is_a_name() {
        assert_eq!(
            names("Жиынға Серік Омаров, Бақтияр Мәкен, Ерлан Сейтов қатысты."),
            vec!["Серік Омаров", "Бақтияр Мәкен", "Ерлан Сейтов"]
        );
        // Not a place between two names, nor a pair outside a list.
        assert_eq!(names("Жиынға Серік Омаров, Батыс Қазақстан, Ерлан Сейтов қатысты."), vec!["Серік Омаров", "Ерлан Сейтов"]);
    }

    #[test]
    fn a_given_name_that_is_also_a_word_before_a_surname() {
        assert_eq!(names("Кеңес Төлегенов – қалалық филиал төрағасы"), vec!["Кеңес Төлегенов"]);
        assert!(names("Кеңес Одағының Батыры").is_empty());
    }

    #[test]
    fn a_given_name_with_a_surname_in_capitals() {
        assert_eq!(names("– деді аудандық филиал төрағасы Әсем ТОҚТАРОВА."), vec!["Әсем Тоқтарова"]);
        assert_eq!(names("Ерлан ҚАЙРАТҰЛЫ, жастар қанатының хатшысы:"), vec!["Ерлан Қайратұлы"]);
        assert!(names("Жиынға ҚР ПРЕЗИДЕНТІ қатысты").is_empty());
        // A given name the lexicon lacks, before a surname-shaped word in capitals.
        assert_eq!(names("– деді филиал хатшысы Зарема ҚАЛИЕВА."), vec!["Зарема Қалиева"]);
        assert!(names("Сапар Ақтөбе ОБЛЫСЫНДА жалғасты.").is_empty());
        // A caption in capitals: name, dash, title; the surname may have any shape.
        assert_eq!(names("ВИКТОР ЛЕБЕДЬ – ФИЛИАЛДЫҢ АТҚАРУШЫ ХАТШЫСЫ"), vec!["Виктор Лебедь"]);
        assert!(names("ВИКТОР ЛЕБЕДЬ ЖИЫНДА БОЛДЫ").is_empty());
    }

    #[test]
    fn names_written_surname_first() {
        assert_eq!(names("Жиынға Оразбаев Мұхтар Ауесұлы қатысты."), vec!["Мұхтар Ауесұлы Оразбаев"]);
        assert_eq!(names("Кейін сөз Гильманов Ерланға берілді."), vec!["Ерлан Гильманов"]);
        // Right after a title, a surname then a given name the lexicon lacks.
        assert_eq!(names("Орталық директоры Жақыпова Самалға сөз берілді."), vec!["Самал Жақыпова"]);
        assert!(names("Жиынға Жақыпова Самал қатысты.").iter().all(|n| n != "Самал Жақыпова"));
        assert_eq!(names("Орталық директоры Ахметов Маратқа сөз берілді."), vec!["Марат Ахметов"]);
        assert_eq!(names("Орталық директоры Самал Жақыпова сөйледі."), vec!["Самал Жақыпова"]);
        // The usual order is unchanged.
        assert_eq!(names("Жиынға Мұхтар Бекназаров қатысты."), vec!["Мұхтар Бекназаров"]);
        // A patronymic last fixes the order for names no lexicon knows, and
        // for native surnames without a suffix.
        assert_eq!(names("Жиынға Сейтжанов Дәулетхамит Нұрланұлы қатысты."), vec!["Дәулетхамит Нұрланұлы Сейтжанов"]);
        assert_eq!(names("Жиынға Қожахмет Айбала Серікқызы қатысты."), vec!["Айбала Серікқызы Қожахмет"]);
        assert_eq!(names("Жиынға Мұхтар Ауесұлы Оразбаев қатысты."), vec!["Мұхтар Ауесұлы Оразбаев"]);
    }

    #[test]
    fn bylines_in_capitals() {
        let line = |s: &str| byline(&tokenize(s, 0, s.len()));
        let a = line("Ақтоты МЫРЗАБЕКҚЫЗЫ.").unwrap();
        assert_eq!((a.given.as_deref(), a.patronymic.as_deref()), (Some("Ақтоты"), Some("Мырзабекқызы")));
        let b = line("А.МҰХАНБЕТҚАЛИ").unwrap();
        assert_eq!(line("Ж.ӘБІЛДА").unwrap().initial_form().as_deref(), Some("Ж.Әбілда"));
        assert_eq!(b.initial_form().as_deref(), Some("А.Мұханбетқали"));
        assert!(line("Ақтоты Мырзабекқызы,").is_some());
        assert!(line("Ақтоты, Мырзабекқызы").is_none());
        assert!(line("Конференция өтті.").is_none());
        assert!(line("ФОТОГАЛЕРЕЯ").is_none());
        // A dateline: the writer's town after the comma.
        let c = line("Сәкен ОМАРБЕКОВ, Екібастұз").unwrap();
        assert_eq!((c.given.as_deref(), c.surname.as_deref()), (Some("Сәкен"), Some("Омарбеков")));
        assert!(line("Сәкен ОМАРБЕКОВ, Шиелі ауданы").is_some());
        assert!(line("Сәкен ОМАРБЕКОВ, жазушы").is_none());
    }

    #[test]
    fn patronymic_and_initial_forms_join_the_full_name() {
        let text = "Қаныбек Айтжанов баяндады. Қаныбек Құлжабайұлының айтуынша. Қ.Айтжанов айтты.";
        let tokens = tokenize(text, 0, text.len());
        let mut mentions = find_mentions(&tokens);
        let people = resolve_people(&mut mentions);
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].canonical(), "Қаныбек Айтжанов");
        assert_eq!(people[0].aliases(), vec!["Қаныбек Құлжабайұлы", "Қ.Айтжанов"]);
    }
}
