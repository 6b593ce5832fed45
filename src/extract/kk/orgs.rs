//! Places, bodies and titles in a sentence's tokens.
//!
//! A title is a role word (`төрағасы`, `атқарушы хатшысы`, `әкімі`…) with
//! the words before it that say whose role it is (`«AMANAT» партиясы Алматы
//! облыстық филиалының`). This module reads those words into an [`OrgSpec`]
//! (branch, maslikhat, akimat, faction, company, unnamed local body…);
//! turning a spec into a key needs the article's context and is done by the
//! caller.

use super::lexicon::{UnitKind, GAZ};
use super::morph;
use super::segment::{begins, Token, TokenKind};
use crate::extract::Role;

/// The level of a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Level {
    Central,
    Oblast,
    City,
    District,
    Rural,
    Primary,
}

impl Level {
    pub(crate) fn key(self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::Oblast => "oblast",
            Level::City => "city",
            Level::District => "district",
            Level::Rural => "rural",
            Level::Primary => "primary",
        }
    }

    /// The Kazakh adjective of the level (for unnamed bodies' names).
    pub(crate) fn adjective(self) -> &'static str {
        match self {
            Level::Oblast => "облыстық",
            Level::City => "қалалық",
            Level::District => "аудандық",
            Level::Rural => "ауылдық",
            Level::Central => "республикалық",
            Level::Primary => "бастауыш",
        }
    }
}

/// A place named in a sentence.
#[derive(Clone, Debug)]
pub(crate) struct PlaceHit {
    pub(crate) first: usize,
    pub(crate) end: usize,
    /// Current name of the unit.
    pub(crate) name: String,
    /// Which kinds of unit bear the name.
    pub(crate) kinds: Vec<UnitKind>,
    /// The level the word after it gives (`облысы`, `аудандық`…).
    pub(crate) level: Option<Level>,
}

impl PlaceHit {
    /// Where its level word is: right after the place's words, or their
    /// last word ("Қарағанды облысында" read with the level inside).
    pub(crate) fn level_word(&self, tokens: &[Token]) -> usize {
        if tokens.get(self.end).is_some_and(|t| classifier_level(&t.lower).is_some()) { self.end } else { self.end.saturating_sub(1) }
    }

    /// The level this place most likely has.
    pub(crate) fn resolved_level(&self) -> Option<Level> {
        if let Some(l) = self.level {
            return Some(l);
        }
        let has = |k| self.kinds.contains(&k);
        if has(UnitKind::CityRep) {
            Some(Level::City)
        } else if has(UnitKind::Oblast) {
            Some(Level::Oblast)
        } else if has(UnitKind::City) {
            Some(Level::City)
        } else if has(UnitKind::District) || has(UnitKind::CityDistrict) {
            Some(Level::District)
        } else {
            None
        }
    }
}

/// The level a classifier word gives: `облысы`, `облыстық` → oblast.
/// A level adjective written with one letter wrong ("обыстық" for "облыстық").
fn misspelt_level(lower: &str) -> Option<Level> {
    // The endings first: they rule out nearly every word without counting its letters.
    if !(morph::ends(lower, "тық") || morph::ends(lower, "дық") || morph::ends(lower, "лық")) || !(6..=10).contains(&lower.chars().count()) {
        return None;
    }
    [("облыстық", Level::Oblast), ("аудандық", Level::District), ("қалалық", Level::City)]
        .iter()
        .find(|(w, _)| strsim::levenshtein(lower, w) == 1)
        .map(|(_, l)| *l)
}

/// The word before "комиссия" that makes it a working body of a
/// conference (counting, editorial, credentials, registration), not the
/// branch's control commission.
pub(crate) fn is_working_commission(lower: &str) -> bool {
    starts_with_any(lower, &["санақ", "есеп-санақ", "редакция", "мандат", "тіркеу"])
}

/// "Партиялық бақылау комитеті": the Party Control Committee, a body of the
/// party as a whole (a branch's control body is a commission), so a title
/// or an event that names it with no branch or level is the central party's.
pub(crate) fn is_control_committee(seg: &[Token]) -> bool {
    seg.iter().any(|t| t.lower.starts_with("бақылау"))
        && seg.iter().any(|t| t.lower.starts_with("комитет"))
        && !seg.iter().any(|t| t.lower.starts_with("филиал") || classifier_level(&t.lower).is_some())
}

pub(crate) fn classifier_level(lower: &str) -> Option<Level> {
    if lower.starts_with("облыс") || lower.starts_with("аймақтық") || lower.starts_with("өңір") {
        Some(Level::Oblast)
    } else if lower.starts_with("аудан") {
        Some(Level::District)
    } else if lower.starts_with("қала") && !lower.starts_with("қалай") {
        Some(Level::City)
    } else if lower.starts_with("ауыл") || lower.starts_with("кент") || lower.starts_with("село") {
        Some(Level::Rural)
    } else {
        // Only words no level starts are checked for a misspelling (an edit
        // distance for every word was a twentieth of the extraction time).
        misspelt_level(lower)
    }
}

/// Gazetteer names in the tokens (longest match, the last word in any case),
/// skipping tokens for which `skip` is true (person mentions).
pub(crate) fn find_places(tokens: &[Token], skip: &dyn Fn(usize) -> bool) -> Vec<PlaceHit> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if skip(i) || !tokens[i].is_word() || !tokens[i].text.chars().next().is_some_and(super::segment::is_upper) {
            i += 1;
            continue;
        }
        let mut hit = None;
        // Longer names only where the first word begins a gazetteer name.
        let max_len = if GAZ.starts_multiword(&tokens[i].lower) { GAZ.max_words } else { 1 };
        for len in (1..=max_len.min(tokens.len() - i)).rev() {
            let words = &tokens[i..i + len];
            if words.iter().any(|t| !t.is_word()) || (1..len).any(|k| skip(i + k)) {
                continue;
            }
            let head: Vec<&str> = words[..len - 1].iter().map(|t| t.text.as_str()).collect();
            let last = &words[len - 1];
            let mut candidates: Vec<&str> = vec![last.lower.as_str()];
            candidates.extend(morph::case_readings(&last.lower).into_iter().map(|(s, _)| s));
            // Locative-attributive -дағы/-дегі/-тағы/-тегі ("Сәтбаевтағы").
            for suffix in ["дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі"] {
                if let Some(stem) = last.lower.strip_suffix(suffix) {
                    candidates.push(stem);
                }
            }
            let head_lower = words[..len - 1].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ");
            for cand in candidates {
                let name;
                let key = if head_lower.is_empty() {
                    cand
                } else {
                    name = format!("{head_lower} {cand}");
                    name.as_str()
                };
                let units = GAZ.lookup(key);
                if !units.is_empty() {
                    let mut level = tokens.get(i + len).and_then(|t| classifier_level(&t.lower));
                    // "Өскемен облыстық филиалдың тірегі": a city cannot be an
                    // oblast, so the classifier belongs to another phrase.
                    // ("Үлкен Нарын ауылының": a village named like a district
                    // is the village, whatever else bears the name.)
                    if !units.iter().any(|u| level_fits(level, u.kind)) && level != Some(Level::Rural) {
                        level = None;
                    }
                    let pick = units.iter().find(|u| level_fits(level, u.kind)).unwrap_or(&units[0]);
                    // A spelling variant ("Төлеби" for "Төле би") is kept as
                    // written; a former name ("Нұр-Сұлтан") becomes the current one.
                    let written = words.iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
                    let written_nominative = {
                        let mut w: Vec<String> = head.iter().map(|s| s.to_string()).collect();
                        w.push(super::morph::cut_chars(&last.text, cand.chars().count()));
                        w.join(" ")
                    };
                    let _ = written;
                    let squash = |s: &str| s.to_lowercase().replace([' ', '-'], "");
                    // A headline in capitals ("ТАРАЗ") takes the gazetteer's spelling.
                    let capitals = !written_nominative.chars().any(char::is_lowercase);
                    let name = if squash(&written_nominative) == squash(&pick.name) && !capitals {
                        written_nominative
                    } else {
                        pick.name.clone()
                    };
                    hit = Some(PlaceHit {
                        first: i,
                        end: i + len,
                        name,
                        kinds: units.iter().map(|u| u.kind).collect(),
                        level,
                    });
                    break;
                }
            }
            if hit.is_some() {
                break;
            }
        }
        match hit {
            Some(h) => {
                i = h.end;
                out.push(h);
            }
            None => i += 1,
        }
    }
    // "Үлкен Нарын мен Катонқарағай ауылдарын": places joined before one
    // level word share it (a village is a village, whatever else bears its name).
    for k in (0..out.len().saturating_sub(1)).rev() {
        let (a, b) = (&out[k], &out[k + 1]);
        let joined = b.first == a.end + 1 && tokens.get(a.end).is_some_and(|t| t.is(",") || matches!(t.lower.as_str(), "мен" | "пен" | "бен" | "және"));
        if joined && a.level.is_none() && b.level == Some(Level::Rural) {
            out[k].level = Some(Level::Rural);
        }
    }
    out
}

fn level_fits(level: Option<Level>, kind: UnitKind) -> bool {
    match level {
        None => true,
        Some(Level::Oblast) => kind == UnitKind::Oblast,
        Some(Level::District) => matches!(kind, UnitKind::District | UnitKind::CityDistrict),
        Some(Level::City) => matches!(kind, UnitKind::City | UnitKind::CityRep),
        Some(Level::Rural) => kind == UnitKind::Town,
        _ => false,
    }
}

/// Whether a place can be of a level ("Өскемен облыстық" cannot: Өскемен is a city).
pub(crate) fn place_fits(p: &PlaceHit, level: Option<Level>) -> bool {
    match level {
        None | Some(Level::Primary) | Some(Level::Central) => true,
        // ("Семей қаласындағы облыстық филиал": a city where the oblast's
        // branch sits is not its region.)
        Some(l) if p.level.is_some() => l != Level::Oblast || p.level == Some(Level::Oblast),
        Some(l) => p.kinds.iter().any(|k| level_fits(Some(l), *k)),
    }
}

/// What a role word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RoleWord {
    Chair,
    Deputy,
    Secretary,
    Member,
    Leader,
    Akim,
    Head,
    Director,
    President,
    DeputyMp,
    /// The Speaker of a chamber of parliament (its chairman).
    Speaker,
}

/// The role word a token is, unless plural or another word with that start.
pub(crate) fn role_word(lower: &str) -> Option<RoleWord> {
    let plural = |stem: &str| {
        let rest = &lower[stem.len()..];
        ["лар", "лер", "дар", "дер", "тар", "тер"].iter().any(|p| begins(rest, p))
    };
    let table: &[(&str, RoleWord, &[&str])] = &[
        ("төраға", RoleWord::Chair, &["төрағалық", "төрағалығ"]),
        // The chairwoman.
        ("төрайым", RoleWord::Chair, &[]),
        ("орынбасар", RoleWord::Deputy, &[]),
        ("хатшы", RoleWord::Secretary, &["хатшылық"]),
        ("мүше", RoleWord::Member, &["мүшелік"]),
        ("жетекші", RoleWord::Leader, &["жетекшілік"]),
        ("әкім", RoleWord::Akim, &["әкімдік", "әкімшілік", "әкімдіг", "әкімшілі"]),
        ("басшы", RoleWord::Head, &["басшылық", "басшылығ"]),
        ("директор", RoleWord::Director, &["директорат"]),
        ("президент", RoleWord::President, &["президенттік"]),
        ("депутат", RoleWord::DeputyMp, &["депутаттық", "депутаттығ"]),
        ("спикер", RoleWord::Speaker, &[]),
    ];
    // "Әкімов", "Әкімжанов", "Әкімбекова": surnames built on a role word.
    let surname = |stem: &str| {
        let rest = &lower[stem.len()..];
        ["ов", "ев", "жан", "бай", "бек", "хан", "ұлы", "қызы"].iter().any(|p| begins(rest, p))
    };
    for (stem, word, not) in table {
        if begins(lower, stem) && !not.iter().any(|n| begins(lower, n)) && !plural(stem) && !surname(stem) {
            return Some(*word);
        }
    }
    abstract_post(lower)
}

/// The post as an abstract noun in the dative: "төрағалығына сайланды".
pub(crate) fn abstract_post(lower: &str) -> Option<RoleWord> {
    match lower {
        "төрағалығына" => Some(RoleWord::Chair),
        "хатшылығына" => Some(RoleWord::Secretary),
        "мүшелігіне" => Some(RoleWord::Member),
        _ => None,
    }
}

/// Like [`role_word`], plural forms included (`мүшелері болып X мен Y сайланды`).
pub(crate) fn role_word_any(lower: &str) -> Option<RoleWord> {
    role_word(lower).or_else(|| {
        for (plural, singular) in [
            ("мүшелер", "мүшесі"),
            ("төрағалар", "төрағасы"),
            ("орынбасарлар", "орынбасары"),
            ("хатшылар", "хатшысы"),
            ("депутаттар", "депутаты"),
        ] {
            if lower.starts_with(plural) {
                return role_word(singular);
            }
        }
        None
    })
}

/// Whether a role word is in the nominative (the possessive `-ы/-і/-сы`
/// with no case ending after it, or the bare word): a subject or apposition.
pub(crate) fn role_is_nominative(lower: &str) -> bool {
    const FORMS: &[&str] = &[
        "төрағасы", "төраға", "төрайымы", "төрайым", "орынбасары", "хатшысы", "хатшы", "мүшесі", "жетекшісі", "жетекші", "әкімі", "әкім",
        "басшысы", "директоры", "президенті", "президент", "депутаты", "депутат", "мүше",
    ];
    FORMS.contains(&lower)
}

/// Whom a title's role belongs to, before the article's context resolves it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum OrgSpec {
    /// A party branch, or the party itself (`central`).
    Branch { level: Option<Level>, place: Option<String>, primary: Option<String>, explicit_branch: bool },
    /// A maslikhat (local council).
    Maslikhat { level: Option<Level>, place: Option<String> },
    /// An akimat (local government); `Central` is the republic.
    Gov { level: Level, place: Option<String> },
    /// A party faction, which sits in a maslikhat.
    Faction { level: Option<Level>, place: Option<String> },
    /// A named organisation: `org/NAME`.
    Named(String),
    /// "серіктестіктің директоры": the company the article named last.
    NamedAnaphor,
    /// An unnamed local body keyed by what the text calls it.
    Body { level: Option<Level>, place: Option<String>, name: String },
    /// A branch of a body that is not the party ("Ардагерлер одағы облыстық
    /// филиалы"): `org/NAME REGION облыстық филиалы`.
    BodyBranch { level: Level, place: Option<String>, name: String },
    /// A chamber of parliament.
    Parliament(&'static str),
    /// The party's youth wing («Jas Otan», «Жастар Рухы») — `org/NAME` —
    /// or one of its branches (`org/NAME REGION облыстық
    /// филиалы`). `name` is `None` when the words do not say it (the article does).
    Wing { name: Option<String>, level: Option<Level>, place: Option<String>, branch: bool },
}

/// Where "жастар қанаты" (the youth wing) is in a segment: the index of `жастар`.
/// The abbreviation "ЖҚ" («Жас Отан» ЖҚ, ЖҚ-ның) counts when it follows the
/// wing's quoted name.
pub(crate) fn wing_at(seg: &[Token]) -> Option<usize> {
    (0..seg.len()).find(|&i| {
        (seg[i].lower == "жастар" && seg.get(i + 1).is_some_and(|n| n.lower.starts_with("қанат")))
            || (i > 0 && seg[i - 1].is("»") && (seg[i].lower == "жқ" || seg[i].lower.starts_with("жқ-")))
    })
}

/// The youth wing's name written right before `жастар қанаты` («Jas Otan»).
pub(crate) fn wing_name(seg: &[Token], wing: usize) -> Option<String> {
    let mut end = wing;
    while end > 0 && matches!(seg[end - 1].text.as_str(), "»" | "\"") {
        end -= 1;
    }
    let quoted_start = (0..end).rev().take_while(|&i| seg[i].quoted && seg[i].is_word()).last();
    // "Jas Otan жастар қанаты": the name written without quotes, in up to
    // two capitalised words.
    let bare_start = || {
        (end.saturating_sub(2)..end)
            .find(|&i| seg[i..end].iter().all(|t| t.is_word() && t.is_capitalized() && !t.quoted && !GAZ.is_place_word(&t.text)))
            .filter(|&i| wing == end && seg[wing].lower == "жастар" && !seg[i..end].iter().any(|t| t.lower == "жастар"))
    };
    let start = quoted_start.or_else(bare_start)?;
    let words: Vec<&Token> = seg[start..end].iter().collect();
    let name = join_tokens(&words);
    (!name.is_empty() && !starts_with_any(&name.to_lowercase(), &["amanat", "аманат", "nur otan", "нұр отан"])).then_some(name)
}

/// The party's women's wing ("Әйелдер қанаты"), which has no name of its own.
fn women_wing_at(seg: &[Token]) -> Option<usize> {
    (0..seg.len()).find(|&i| seg[i].lower == "әйелдер" && seg.get(i + 1).is_some_and(|n| n.lower.starts_with("қанат")))
}

/// The youth or women's wing (or its branch) a segment names, if it names it.
pub(crate) fn wing_spec(seg: &[Token], places: &[PlaceHit], first: usize) -> Option<OrgSpec> {
    let (w, women) = match wing_at(seg) {
        Some(w) => (w, false),
        None => (women_wing_at(seg)?, true),
    };
    let rest = &seg[w..];
    let mut branch = rest.iter().any(|t| t.lower.starts_with("филиал"));
    let mut level = rest.iter().filter_map(|t| classifier_level(&t.lower)).last().filter(|_| branch);
    let mut from = w;
    // "облыстық «Жас Отан» жастар қанаты": a level adjective before the
    // wing's name is its branch at that level.
    if !branch {
        let mut n = w;
        while n > 0 && (seg[n - 1].quoted || matches!(seg[n - 1].text.as_str(), "«" | "»" | "\"")) {
            n -= 1;
        }
        let adjective = n.checked_sub(1).filter(|&a| {
            let l = seg[a].lower.as_str();
            (l.ends_with("тық") || l.ends_with("дық") || l.ends_with("лық")) && classifier_level(l).is_some_and(|x| x != Level::Rural)
        });
        if let Some(a) = adjective {
            branch = true;
            level = classifier_level(&seg[a].lower);
            from = a.saturating_sub(3);
        }
    }
    let place = places
        .iter()
        .filter(|p| p.first >= first + from && p.end <= first + seg.len() && place_fits(p, level))
        .last()
        .map(|p| p.name.clone())
        .filter(|_| branch);
    let name = wing_name(seg, w).or_else(|| women.then(|| "Әйелдер қанаты".to_string()));
    Some(OrgSpec::Wing { name, level, place, branch })
}

/// A title: a role at a body, read from `tokens[first..=role_at]`.
#[derive(Clone, Debug)]
pub(crate) struct Title {
    pub(crate) role: Role,
    pub(crate) org: OrgSpec,
    pub(crate) first: usize,
    pub(crate) role_at: usize,
    /// `бұрынғы` (former) qualifies it.
    pub(crate) former: bool,
}

const PARTY_WORDS: &[&str] = &["партия", "amanat", "аманат", "nur", "отан", "otan", "хдп"];

const ORG_NOUNS: &[&str] = &[
    "филиал", "мәслихат", "әкімдік", "әкімдіг", "әкімшілі", "комиссия", "фракция", "кеңес", "бюро", "ұйым",
    "серіктестік", "серіктестіг", "компания", "кәсіпорн", "кәсіпоры", "бірлестік", "бірлестіг", "басқарма",
    "бөлім", "департамент", "жшс", "мекеме", "қоры", "қауымдастық", "қауымдастығ", "одақ", "палата",
    "министрлі", "агенттік", "агенттіг", "университет", "колледж", "мектеп", "мектебі", "аурухана", "орталығ",
    "мәжіліс", "сенат", "парламент", "үкімет", "округ", "холдинг", "корпорация", "зауыт", "комбинат",
    "фабрика", "шаруашылығ", "қожалығ", "кеңшар", "ұжымшар", "кооператив", "акционерлік", "ассоциация", "федерация", "қозғалыс", "клуб",
    "қанат", "штаб", "газет", "редакция", "арнасы", "академия", "институт", "бпұ", "комитет", "одағ", "қоғамы",
];

const LEVEL_WORDS: &[&str] = &[
    "облыстық", "аудандық", "қалалық", "ауылдық", "республикалық", "облыс", "аудан", "қала", "өңір", "аймақ", "ел", "елдің",
    "мемлекет", "елорда", "ауыл", "кент", "қр", "қазақстан", "республика", "аумақтық", "аймақтық", "өңірлік",
];

const MODIFIERS: &[&str] = &[
    "атқарушы", "бақылау-тексеру", "бақылау", "тексеру", "депутаттық", "саяси", "бастауыш", "бірінші", "жаңа",
    "бұрынғы", "қазіргі", "тең", "jas", "жергілікті", "бас", "тұрақты",
    "жауапты", "партиялық", "ішкі", "құрамындағы", "жанындағы", "мәслихаттағы", "уақытша", "міндетін",
    "атқарушысы", "орынбасары", "жаңадан", "сайланған", "тағайындалған",
    // "төрағасының тағы бір орынбасары": one more deputy.
    "тағы", "бір",
    // "сол кездегі аудан әкімі": the one of that time.
    "сол", "кездегі",
];

/// The most words a title's body can have.
const MAX_TITLE_TOKENS: usize = 24;

/// Postpositions, conjunctions and particles: never part of a body's name.
const FUNCTION_WORDS: &[&str] = &[
    "арқылы", "бойынша", "туралы", "үшін", "жөнінде", "сияқты", "секілді", "кейін", "бұрын", "дейін", "соң", "бері",
    "және", "мен", "пен", "бен", "да", "де", "та", "те", "ал", "бірақ", "сондай-ақ", "сонымен", "қатар", "тағы",
    "ғана", "тек", "әрі", "немесе", "яғни", "алдымен", "кезінде", "барысында", "орай", "байланысты", "қарай",
    // Pronouns: "Оны ұйым төрағасы жүргізді" is no body named "Оны ұйым".
    "ол", "оны", "оған", "онда", "одан", "оның", "олар", "оларды", "бұл", "мұны", "осы", "соны", "сол",
];

fn starts_with_any(lower: &str, stems: &[&str]) -> bool {
    stems.iter().any(|s| begins(lower, s))
}

/// Abbreviated legal forms written after an organisation's quoted name:
/// state institutions and enterprises (КММ, КМҚК, РМК…), companies (ЖШС, АҚ).
const LEGAL_FORMS: &[&str] = &["жшс", "ақ", "кмм", "мм", "кмқк", "мкқк", "кмк", "мкк", "рмк", "рмқк", "ммк", "шжқ", "кеақ", "ұақ", "шқ"];

pub(crate) fn is_legal_form(lower: &str) -> bool {
    // "ЖШС-да", "КМҚК-ның": the form with a hyphenated case ending.
    let head = lower.split('-').next().unwrap_or(lower);
    LEGAL_FORMS.contains(&head)
}

pub(crate) fn is_org_noun(lower: &str) -> bool {
    starts_with_any(lower, ORG_NOUNS) || is_legal_form(lower)
}

fn is_title_material(t: &Token) -> bool {
    *t.title_material.get_or_init(|| title_material_uncached(t))
}

fn title_material_uncached(t: &Token) -> bool {
    let l = t.lower.as_str();
    starts_with_any(l, PARTY_WORDS)
        || is_org_noun(l)
        || LEVEL_WORDS.iter().any(|w| (l.len() == w.len() || w.len() > 6) && begins(l, w))
        || classifier_level(l).is_some()
        || super::segment::among(MODIFIERS, l)
        || role_word(l).is_some()
        || GAZ.is_place_word(&t.text)
        || place_stem(&t.lower)
}

/// A declined gazetteer word (`Атырау`-дың…).
fn place_stem(lower: &str) -> bool {
    morph::case_readings(lower).iter().any(|(s, _)| GAZ.is_place_word(s))
}

/// Where the title ending with the role word at `r` begins: walks back over
/// words that describe a body, stopping at punctuation, a person (per
/// `blocked`), or an ordinary word that does not name a body.
pub(crate) fn title_start(tokens: &[Token], r: usize, blocked: &dyn Fn(usize) -> bool) -> usize {
    let mut i = r;
    let mut unknown_run = 0;
    let mut ascii_open: Option<usize> = None;
    // No body's name is longer than this; the bound keeps the scan linear.
    let limit = r.saturating_sub(MAX_TITLE_TOKENS);
    // Whether `r` is a person's title (not an event or a branch word).
    let before_title = tokens.get(r).is_some_and(|t| role_word_any(&t.lower).is_some());
    while i > limit {
        let t = &tokens[i - 1];
        if blocked(i - 1) {
            break;
        }
        if t.kind == TokenKind::Punct {
            if matches!(t.text.as_str(), "«" | "»" | "\"") || (t.text == "-" && !t.space_before) {
                // A closing straight quote: the name inside it (up to four
                // words back to its opening quote) is read as quoted.
                if t.text == "\"" && ascii_open.is_none() {
                    ascii_open = (i.saturating_sub(6)..i - 1).rev().find(|&o| tokens[o].is("\"")).filter(|&o| o + 1 < i - 1);
                } else if ascii_open == Some(i - 1) {
                    ascii_open = None;
                }
                i -= 1;
                continue;
            }
            break;
        }
        if ascii_open.is_some_and(|o| i - 1 > o) && t.is_word() {
            i -= 1;
            continue;
        }
        // "облыстық мәслихатының VII шақырылым(ының) депутаты", "мәслихаттың
        // екі шақырылымында депутат": the convocation is part of the title.
        if before_title && t.lower.starts_with("шақырылым") {
            i -= 1;
            if i > limit && is_convocation_count(&tokens[i - 1]) {
                i -= 1;
            }
            continue;
        }
        if t.kind == TokenKind::Number {
            break;
        }
        // A case ending hyphenated to a quoted name: «AMANAT»-тың.
        let hyphenated_ending = !t.space_before
            && i >= 2
            && tokens[i - 2].text == "-"
            && t.text.chars().count() <= 4;
        // "Риддер қаласында облыстық филиалдың": a locative place phrase is
        // where, not whose; the body's words stop before it.
        let locative_classifier = classifier_level(&t.lower).is_some()
            && ["нда", "нде"].iter().any(|e| t.lower.ends_with(e))
            && !t.lower.ends_with("ндағы");
        // "Жамбыл облысына «AMANAT» партиясының Хатшысы келді": where the
        // titled person went, not whose title it is.
        let dative_classifier = before_title && ["ына", "іне"].iter().any(|e| t.lower.ends_with(e)) && classifier_level(&t.lower).is_some();
        // "облыстық филиалында «AMANAT» партиясының Хатшысы": where, when
        // another owner follows it in the genitive.
        let locative_body = before_title
            && ["нда", "нде"].iter().any(|e| t.lower.ends_with(e))
            && is_org_noun(&t.lower)
            && tokens[i..r].iter().any(|x| morph::is_genitive(&x.lower) && (starts_with_any(&x.lower, PARTY_WORDS) || is_org_noun(&x.lower)));
        // "міндетін уақытша атқару филиалдың хатшысы": the verb "атқар-"
        // (not "атқарушы", executive) ends the body's words.
        let verb_of_duty = t.lower.starts_with("атқар") && !t.lower.starts_with("атқарушы");
        // "Филиал төрағалығына аудан әкімі X-тың кандидатурасы": the post
        // being filled ends the candidate's title.
        let post_filled = before_title && abstract_post(&t.lower).is_some();
        if post_filled || locative_classifier || dative_classifier || locative_body || verb_of_duty {
            break;
        }
        // "Астанада Партия төрағасының орынбасары": a place in the locative
        // said before a person's title is where, not whose (before an event,
        // "Түркістанда партияның Саяси кеңесінің отырысы", it is the local body's).
        let locative_place = before_title
            && t.is_capitalized()
            && ["нда", "нде", "да", "де", "та", "те"]
                .iter()
                .any(|e| t.lower.strip_suffix(e).is_some_and(|stem| !stem.is_empty() && !GAZ.lookup(stem).is_empty()));
        if locative_place {
            break;
        }
        // An unknown capitalised word before a level word is a place the
        // gazetteer lacks ("Жаңғызтөбе ауылдық округі").
        // ("Өтеген батыр ауылдық": a name ending in an honorific.)
        let honorific = is_place_honorific(&t.lower) && i >= 2 && tokens[i - 2].is_capitalized() && tokens.get(i).is_some_and(|n| classifier_level(&n.lower).is_some());
        let unknown_place = honorific
            || (t.is_capitalized()
                && tokens.get(i).is_some_and(|n| classifier_level(&n.lower).is_some() || is_place_honorific(&n.lower))
                && unknown_run < 2);
        // "Шығыс Қазақстан облыстық": the first word of a place of two words.
        let place_head = t.is_capitalized()
            && tokens.get(i).is_some_and(|n| n.is_capitalized())
            && GAZ.starts_multiword(&t.lower);
        // "фракциясы да жаңа жетекшісін сайлады": the body, then its new
        // officer; "жаңа" (new) and the particle after the body are inside.
        let new_officer = before_title && i == r && t.lower == "жаңа";
        let particle_after_body = before_title
            && matches!(t.lower.as_str(), "да" | "де")
            && i >= 2
            && is_org_noun(&tokens[i - 2].lower)
            && tokens[i..r].iter().all(|x| x.lower == "жаңа");
        // "«Жас Отан» ЖҚ Түркістан облыстық филиалының": the youth wing's
        // abbreviation after its quoted name.
        let wing_abbreviation = (t.lower == "жқ" || t.lower.starts_with("жқ-")) && i >= 2 && tokens[i - 2].is("»");
        if is_title_material(t) || t.quoted || hyphenated_ending || unknown_place || place_head || new_officer || particle_after_body || wing_abbreviation {
            unknown_run = 0;
            i -= 1;
            continue;
        }
        // Unknown words that name a body ("Ардагерлер ұйымы", "кәсіподақ ұйымы"),
        // but not postpositions and conjunctions ("арқылы ұйымның").
        let next_is_body = tokens.get(i).is_some_and(|n| is_org_noun(&n.lower))
            // "Ауған соғысы ардагерлері одағы": a word whose head after it is
            // possessive (-ы/-і) belongs to the same name.
            || (unknown_run > 0 && tokens.get(i).is_some_and(|n| n.lower.ends_with(['ы', 'і'])) && !is_declined(&t.lower));
        // "Отырысты кеңес төрағасы жүргізді": a word in the accusative is
        // a verb's object, not part of a body's name.
        let accusative = t.lower.chars().count() > 4 && ["ны", "ні", "ды", "ді", "ты", "ті"].iter().any(|e| t.lower.ends_with(e));
        // "Съезде қанат төрағасы": the gathering where, not the body's name.
        let at_gathering = ["да", "де", "та", "те"].iter().any(|e| t.lower.ends_with(e)) && super::article::event_noun(&t.lower).is_some();
        if next_is_body && unknown_run < 3 && !accusative && !at_gathering && !FUNCTION_WORDS.contains(&t.lower.as_str()) {
            unknown_run += 1;
            i -= 1;
            continue;
        }
        break;
    }
    i
}

/// A convocation's number: "VII", "7-", "жетінші", "екі", "бірнеше".
fn is_convocation_count(t: &Token) -> bool {
    const COUNTS: &[&str] = &["бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он", "бірнеше"];
    let roman = !t.text.is_empty() && t.text.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'І'));
    t.kind == TokenKind::Number
        || roman
        || COUNTS.contains(&t.lower.as_str())
        || COUNTS.iter().any(|c| t.lower.strip_prefix(c).is_some_and(|rest| matches!(rest, "інші" | "нші" | "ншы" | "ыншы")))
}

/// Nouns of institutions that carry a proper name without quotes
/// ("Алматы энергетика колледжі", "М.Әуезов атындағы әдебиет институты").
const INSTITUTION_NOUNS: &[&str] = &[
    "институт", "колледж", "университет", "академия", "лицей", "гимназия", "мектеп", "мектебі", "аурухана", "емхана",
    "театр", "мұражай", "кітапхана", "балабақша", "орталығ",
];

/// Whether a word is the noun of an institution or an enterprise, in any
/// case ("мектебінің", "компаниясында"): a place a primary party
/// organisation may sit in.
pub(crate) fn is_host_noun(lower: &str) -> bool {
    is_company_noun(lower) || starts_with_any(lower, INSTITUTION_NOUNS) || starts_with_any(lower, &["мекеме", "банк"])
}

/// Where the name before "атындағы" at `at` begins: two words at most,
/// an initial's letters and full stops aside ("Ыбырай Алтынсарин",
/// "Ш.Уәлиханов", "Қ.А.Ясауи").
pub(crate) fn dedication_start(tokens: &[Token], at: usize) -> usize {
    let mut k = at;
    let mut words = 0;
    while k > 0 && (tokens[k - 1].is(".") || (tokens[k - 1].is_capitalized() && tokens[k - 1].is_word())) {
        let t = &tokens[k - 1];
        let initial = t.is_word() && t.text.chars().count() == 1;
        if t.is_word() && !initial {
            // ("Оралдағы Абай атындағы": where it stands is no part of whom.)
            if words == 2 || ["дағы", "дегі", "тағы", "тегі"].iter().any(|e| t.lower.ends_with(e)) {
                break;
            }
            words += 1;
        }
        k -= 1;
    }
    // (Not a full stop that ends the sentence before.)
    while k < at && tokens[k].is(".") {
        k += 1;
    }
    k
}

/// The institution whose director is at `r`, named by the words before its
/// noun (in the genitive right before the role word): from the last
/// capitalised word ("Ақтөбе байланыс колледжінің"), reaching back over a
/// dedication ("М.Әуезов атындағы Әдебиет институтының"). A level adjective
/// first ("аудандық жастар орталығының") makes it an unnamed local body.
/// Returns where the name starts, its level if unnamed, and the name.
fn institution_name(tokens: &[Token], r: usize) -> Option<(usize, Option<Level>, String)> {
    let noun = tokens.get(r.checked_sub(1)?)?;
    if !morph::is_genitive(&noun.lower) {
        return None;
    }
    institution_named_by(tokens, r - 1)
}

/// The institution whose noun (any case, or the possessive nominative of
/// "Жетісу университеті бастауыш партия ұйымы") is token `n`, named by the
/// words before it, as `institution_name` reads them.
pub(crate) fn institution_named_by(tokens: &[Token], n: usize) -> Option<(usize, Option<Level>, String)> {
    let noun = tokens.get(n)?;
    if !starts_with_any(&noun.lower, INSTITUTION_NOUNS) {
        return None;
    }
    // The words before the noun, up to punctuation (an initial's full stop aside).
    let mut lo = n;
    while lo > 0 && n - lo < 8 && (tokens[lo - 1].is_word() || tokens[lo - 1].is(".")) {
        lo -= 1;
    }
    // (Not the sentence's first word in a case: "Жиналысты емхананың директоры".)
    let opener_in_case = |i: usize| i == 0 && (is_declined(&tokens[i].lower) || ["ты", "ті", "ды", "ді", "ны", "ні"].iter().any(|e| tokens[i].lower.ends_with(e)));
    // ("Ерлан Мырзахметов облыстық ... орталығының директоры": a surname
    // before the body's words is its holder's, not the body's name, unless
    // the body is named after him or the surname is a place's.)
    let holders_surname = |i: usize| {
        (morph::has_surname_suffix(&tokens[i].lower) || morph::is_patronymic(&tokens[i].lower))
            && !tokens.get(i + 1).is_some_and(|t| t.lower == "атындағы")
            && !GAZ.is_place_word(&tokens[i].text)
    };
    if let Some(h) = (lo..n).rev().find(|&i| tokens[i].is_capitalized() && holders_surname(i)) {
        lo = h + 1;
    }
    // ("Сондай-ақ облыстық ... орталығының директоры": a connective is no name.)
    let mut start = (lo..n).rev().find(|&i| tokens[i].is_capitalized() && !opener_in_case(i) && !FUNCTION_WORDS.contains(&tokens[i].lower.as_str()));
    if let Some(c) = start {
        // "М.Әуезов атындағы": the dedication belongs to the name.
        if c >= 2 && tokens[c - 1].lower == "атындағы" {
            start = Some(dedication_start(tokens, c - 1).max(lo));
        }
    }
    let level_first = |i: usize| classifier_level(&tokens[i].lower).filter(|l| *l != Level::Rural && tokens[i].lower.ends_with(['қ', 'к']));
    let (start, level) = match start {
        Some(c) => (c, level_first(c)),
        // ("(бұған дейін қалалық жастар орталығының директоры": the body's
        // words begin at the level adjective nearest the noun.)
        None => match (lo..n).rev().find(|&i| level_first(i).is_some()) {
            Some(l) => (l, level_first(l)),
            None => return None,
        },
    };
    let from = if level.is_some() { start + 1 } else { start };
    let words: Vec<&Token> = tokens[from..n].iter().collect();
    // ("Жиында мектептің директоры": a sentence's first word in a case is no name.)
    if words.is_empty()
        || words.iter().any(|t| starts_with_any(&t.lower, PARTY_WORDS) || GAZ.is_place_word(&t.text) && level.is_some())
        || (start == lo && words.len() == 1 && is_declined(&words[0].lower))
    {
        return None;
    }
    let mut name = join_tokens(&words);
    name.push(' ');
    name.push_str(&body_noun_nominative(&noun.text));
    Some((start, level, name))
}

/// A word with a case ending that cannot stand inside a body's name
/// (locative, dative, ablative, genitive, instrumental).
pub(crate) fn is_declined(lower: &str) -> bool {
    ["да", "де", "та", "те", "ға", "ге", "қа", "ке", "нан", "нен", "дан", "ден", "тан", "тен", "ның", "нің", "дың", "дің", "тың", "тің", "мен", "бен", "пен"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// Reads the title ending at role word `r` (whose start `title_start` gives).
pub(crate) fn parse_title(tokens: &[Token], mut first: usize, r: usize, places: &[PlaceHit]) -> Option<Title> {
    let word = role_word_any(&tokens[r].lower)?;
    // "сессия төрағасы", "сессияның төрағасы": who presides over one sitting
    // holds no office.
    if r > 0 && starts_with_any(&tokens[r - 1].lower, &["сессия"]) {
        return None;
    }
    // "Санақ комиссиясының төрағасы", "редакциялық комиссияның төрағасы": a
    // working body of one conference, no office.
    if r >= 2 && tokens[r - 1].lower.starts_with("комиссия") && is_working_commission(&tokens[r - 2].lower) {
        return None;
    }
    let seg = &tokens[first..=r];
    let has = |stem: &str| seg.iter().any(|t| t.lower.starts_with(stem));
    let has_word = |w: &str| seg.iter().any(|t| t.lower == w);
    let former = has("бұрынғы") || has_word("кездегі");
    // The level the segment's adjectives and nouns give, and its place.
    let mut level = None;
    for t in seg.iter().take(r - first) {
        if let Some(l) = classifier_level(&t.lower) {
            level = Some(l);
        }
        // "өңір басшысы", "аймақ басшысы": the region is the oblast.
        if t.lower.starts_with("өңір") || t.lower == "аймақ" {
            level = Some(Level::Oblast);
        }
    }
    let place = places.iter().filter(|p| p.first >= first && p.end <= r + 1 && place_fits(p, level)).last();
    let place_name = place.map(|p| p.name.clone());
    let level = level.or_else(|| place.and_then(PlaceHit::resolved_level));
    let party = seg.iter().any(|t| starts_with_any(&t.lower, PARTY_WORDS));
    let branch = has("филиал");
    // «AMANAT» партиясы «Болашақ» филиалы: a branch with its own name and
    // no level is a primary organisation named so.
    let own_name = if branch && party && level.is_none() && place_name.is_none() { branch_own_name(seg) } else { None };
    let primary = (has("бастауыш") && has("ұйым")) || has_word("бпұ") || has("бпұ-") || own_name.is_some();
    let maslikhat = has("мәслихат");
    // "Фракция отырысын оның жетекшісі X жүргізді": "оның" before a bare
    // role is the faction the clause has just named.
    let its = (first > 0 && tokens[first - 1].lower == "оның") || tokens[first].lower == "оның";
    let faction = has("фракция") || (its && r <= first + 1 && tokens[..first].iter().rev().take_while(|t| !t.is(".")).any(|t| t.lower.starts_with("фракция")));
    let bureau = has("бюро");
    let council = has("саяси") && has("кеңес");
    // (An election commission, "аумақтық сайлау комиссиясы", is a body of its own.)
    let commission = (has("комиссия") && !(has("сайлау") && !has("бақылау"))) || has("бақылау-тексеру");
    let control_committee = is_control_committee(seg);
    let prev_role = (first..r).rev().find_map(|k| role_word(&tokens[k].lower).map(|w| (k, w)));

    let wing = wing_spec(seg, places, first);
    // "Ардагерлер ұйымы облыстық филиалы": another body's branch, not the party's.
    let foreign_branch = if branch && !party && wing.is_none() { foreign_branch_name(seg).zip(level) } else { None };
    let branch_spec = || {
        if let Some((name, level)) = foreign_branch.clone() {
            return OrgSpec::BodyBranch { level, place: place_name.clone(), name };
        }
        wing.clone().unwrap_or_else(|| OrgSpec::Branch {
            level: if primary { Some(Level::Primary) } else { level },
            place: if primary { own_name.clone().or_else(|| quoted_name(seg)) } else { place_name.clone() },
            primary: if primary { own_name.clone().or_else(|| quoted_name(seg).map(nominative_body_name)).or_else(|| body_name(seg)) } else { None },
            explicit_branch: branch,
        })
    };
    let party_body = party || branch || bureau || council || commission || primary || control_committee || wing.is_some();
    // "ұйымның хатшысы" in an article about a primary organisation.
    // ("үш жыл бойы ұйымның төрағасы": the bare noun, with no possessive,
    // has no noun before it naming the body, whatever words the title took.)
    // ("ұйымның бұрынғы / жаңа төрағасы": an adjective of time may come between.)
    let noun_at = if r > first + 1 && matches!(tokens[r - 1].lower.as_str(), "бұрынғы" | "жаңа") { r - 2 } else { r - 1 };
    let bare_org_noun = r > first && matches!(tokens[noun_at].lower.as_str(), "ұйымның" | "ұйым");
    let generic_org = !party_body
        && seg.iter().any(|t| t.lower.starts_with("ұйым"))
        && (bare_org_noun || seg.iter().all(|t| role_word_any(&t.lower).is_some() || t.lower.starts_with("ұйым") || t.lower == "жаңа"));
    if generic_org && bare_org_noun {
        first = noun_at;
    }
    let primary_context = OrgSpec::Branch { level: Some(Level::Primary), place: None, primary: None, explicit_branch: false };
    // A bare role whose post is being filled ("төраға болып ... сайланды",
    // "Төраға лауазымына"): the branch of the context.
    let filled_post = matches!(
        tokens.get(r + 1).map(|t| t.lower.as_str()),
        Some("болып" | "лауазымына" | "қызметіне" | "ретінде")
    );
    let bare = seg.len() <= 2 && seg.iter().all(|t| role_word_any(&t.lower).is_some() || matches!(t.lower.as_str(), "жаңа" | "бірінші" | "атқарушы" | "бұрынғы"));
    // "бұрынғы төраға X": the chairman before, of the branch of the context.
    let former_bare = bare && r > first && tokens[r - 1].lower == "бұрынғы";
    let context_branch = OrgSpec::Branch { level: None, place: None, primary: None, explicit_branch: true };
    // "Бақылау-тексеру комиссиясына X төраға болып сайланды": the post
    // filled is the commission's the sentence named first.
    let commission_filled = bare
        && filled_post
        && (0..first).any(|k| {
            (tokens[k].lower.starts_with("комиссиясына") || tokens[k].lower == "комиссияға")
                && !(k > 0 && tokens[k - 1].lower.starts_with("сайлау"))
        });
    let bare_deputy = seg_is_bare_deputy(seg);

    // "облыстық филиалдың ұйымдастыру бөлімінің басшысы", "сайлау штабының
    // жетекшісі": the head of a unit inside the body, a post of no role.
    let unit_head = r > 0 && starts_with_any(&tokens[r - 1].lower, &["бөлімі", "бөлімше", "сектор", "басқарма", "қызметі", "департамент", "штаб"]);
    if unit_head && matches!(word, RoleWord::Head | RoleWord::Leader) {
        return None;
    }
    // "облыстық партия филиалы жанындағы ардагерлер кеңесінің төрағасы":
    // the officer of a body the branch keeps (veterans', women's,
    // secretaries' council), not of the branch; keyed by the branch's place.
    let kept_body = kept_body_name(seg).map(|name| OrgSpec::Body { level, place: place_name.clone(), name });
    if let Some(body) = kept_body.filter(|_| matches!(word, RoleWord::Chair | RoleWord::Deputy | RoleWord::Secretary)) {
        let role = match word {
            RoleWord::Chair => Role::Chairman,
            RoleWord::Deputy => Role::DeputyChairman,
            _ => Role::Secretary,
        };
        return Some(Title { role, org: body, first, role_at: r, former });
    }
    let (role, org) = match word {
        RoleWord::Chair => {
            if control_committee {
                let central = OrgSpec::Branch { level: Some(Level::Central), place: None, primary: None, explicit_branch: false };
                (Role::ControlCommissionChairman, central)
            } else if commission {
                (Role::ControlCommissionChairman, branch_spec())
            } else if commission_filled {
                (Role::ControlCommissionChairman, context_branch.clone())
            } else if maslikhat {
                (Role::Chairman, OrgSpec::Maslikhat { level, place: place_name })
            } else if party_body {
                (Role::Chairman, branch_spec())
            } else if generic_org {
                (Role::Chairman, primary_context.clone())
            } else if bare && (filled_post || former_bare) {
                (Role::Chairman, context_branch.clone())
            } else if let Some(name) = named_org(seg) {
                (Role::Chairman, OrgSpec::Named(name))
            } else if let Some(name) = body_name(seg) {
                (Role::Chairman, OrgSpec::Body { level, place: place_name, name })
            } else if level.is_none()
                && place_name.is_none()
                && r > first
                && tokens[r - 1].lower.starts_with("кеңес")
                && (r - 1 == first || GATHERING_SUBJECTS.contains(&tokens[r - 2].lower.as_str()))
            {
                // "кеңес төрайымы X" alone: the chairman of the council
                // whose gathering the article tells of (none told, no post).
                (Role::Chairman, OrgSpec::Body { level: None, place: None, name: "кеңес".into() })
            } else {
                return None;
            }
        }
        RoleWord::Deputy => match prev_role {
            Some((_, RoleWord::Chair)) if maslikhat => return None,
            Some((_, RoleWord::Chair)) if party_body || level.is_some() || (bare && filled_post) || bare_deputy => {
                let role = if has_word("бірінші") { Role::FirstDeputyChairman } else { Role::DeputyChairman };
                // "төрағаның бірінші орынбасары X" with no body said: the
                // deputy of the branch the article is about.
                let org = if !party_body && level.is_none() && bare_deputy { context_branch.clone() } else { branch_spec() };
                (role, org)
            }
            Some((k, RoleWord::Secretary)) if k > first && tokens[k - 1].lower == "атқарушы" => {
                (Role::DeputyExecutiveSecretary, branch_spec())
            }
            Some((_, RoleWord::Akim)) => (Role::DeputyAkim, gov_spec(seg, level, place_name)?),
            _ => return None,
        },
        RoleWord::Secretary => {
            // "атқарушы хатшы", also written "жауапты хатшы".
            let executive = r > first && matches!(tokens[r - 1].lower.as_str(), "атқарушы" | "жауапты");
            if executive {
                (Role::ExecutiveSecretary, branch_spec())
            } else if maslikhat {
                (Role::Secretary, OrgSpec::Maslikhat { level, place: place_name })
            } else if party_body {
                (Role::Secretary, branch_spec())
            } else if generic_org {
                (Role::Secretary, primary_context.clone())
            } else {
                return None;
            }
        }
        RoleWord::Member => {
            if bureau {
                (Role::BureauMember, branch_spec())
            } else if council && party_body {
                (Role::PoliticalCouncilMember, branch_spec())
            } else {
                return None;
            }
        }
        // "X корпорациясының облыстық филиалының басшысы": another body's branch is run by a director.
        RoleWord::Head if foreign_branch.is_some() => (Role::Director, branch_spec()),
        // "облыстық партия жетекшісі", "аудандық филиал басшысы": the branch's chairman.
        RoleWord::Leader | RoleWord::Head if party_body && !faction && !primary && (level.is_some() || branch) && wing.is_none() => {
            (Role::Chairman, branch_spec())
        }
        // "аудандық «Жастар Рухы» жастар қанатының жетекшісі": the chairman of the wing's branch.
        // ("жастар қанатының аудандық бөлімшесінің жетекшісі" leads a unit that is neither.)
        RoleWord::Leader
            if !faction
                && (matches!(wing, Some(OrgSpec::Wing { branch: true, .. }))
                    || (wing.is_some() && r > 0 && tokens[r - 1].lower.starts_with("қанат"))) =>
        {
            (Role::Chairman, branch_spec())
        }
        RoleWord::Leader => {
            // "Мәжілістегі партия фракциясының жетекшісі": the chamber's faction.
            let chamber = |name: &str| seg.iter().any(|t| t.text.starts_with(name));
            if faction && chamber("Мәжіліс") {
                (Role::FactionLeader, OrgSpec::Parliament("Мәжіліс"))
            } else if faction && chamber("Сенат") {
                (Role::FactionLeader, OrgSpec::Parliament("Сенат"))
            } else if faction {
                (Role::FactionLeader, OrgSpec::Faction { level, place: place_name })
            } else {
                return None;
            }
        }
        RoleWord::Akim => (Role::Akim, gov_spec(seg, level, place_name)?),
        RoleWord::Head => {
            // "«Жастар үйі» КММ басшысы": the head of a named institution.
            // (The name in «» of its own, not the words of a quotation around it.)
            let institution = (!party_body && seg.iter().any(|t| t.is("»"))).then(|| named_org(seg)).flatten();
            if let Some(name) = institution {
                (Role::Director, OrgSpec::Named(name))
            } else if has("мемлекет") {
                (Role::President, OrgSpec::Gov { level: Level::Central, place: None })
            } else if level.is_some() && !party_body && !has("бөлім") && !has("басқарма") {
                (Role::Akim, gov_spec(seg, level, place_name)?)
            } else {
                return None;
            }
        }
        RoleWord::Director => match named_org(seg) {
            Some(name) => (Role::Director, OrgSpec::Named(name)),
            None => match institution_name(tokens, r) {
                Some((at, level, name)) => {
                    // The title begins where the institution's name does.
                    first = first.min(at);
                    match level {
                        Some(l) => (Role::Director, OrgSpec::Body { level: Some(l), place: place_name.clone(), name }),
                        None => (Role::Director, OrgSpec::Named(name)),
                    }
                }
                None if seg.iter().any(|t| is_host_noun(&t.lower)) => (Role::Director, OrgSpec::NamedAnaphor),
                // ("емхана директоры": the bare noun, left out of the title's words.)
                None if r > 0 && is_host_noun(&tokens[r - 1].lower) && !is_declined(&tokens[r - 1].lower) => {
                    first = first.min(r - 1);
                    (Role::Director, OrgSpec::NamedAnaphor)
                }
                None => return None,
            },
        },
        RoleWord::President => match named_org(seg) {
            Some(name) => (Role::President, OrgSpec::Named(name)),
            None if party_body => return None,
            // "акционерлік қоғамның президенті": a company's, the one named before.
            None if tokens[first.saturating_sub(2)..r].iter().any(|t| is_company_noun(&t.lower) || t.lower.starts_with("қоғамның")) => (Role::President, OrgSpec::NamedAnaphor),
            None => (Role::President, OrgSpec::Gov { level: Level::Central, place: None }),
        },
        RoleWord::Speaker => {
            if has("мәжіліс") {
                (Role::Chairman, OrgSpec::Parliament("Мәжіліс"))
            } else if has("сенат") {
                (Role::Chairman, OrgSpec::Parliament("Сенат"))
            } else {
                return None;
            }
        }
        RoleWord::DeputyMp => {
            // "Бюро мәжілісінде облыстық мәслихат депутаттары": the body
            // nearest the role word is the deputies'.
            let last = |stem: &str| seg.iter().rposition(|t| t.lower.starts_with(stem));
            let maslikhat_nearer = maslikhat && last("мәслихат") > last("мәжіліс").max(last("сенат"));
            if maslikhat_nearer {
                (Role::Deputy, OrgSpec::Maslikhat { level, place: place_name })
            } else if has("мәжіліс") {
                (Role::Deputy, OrgSpec::Parliament("Мәжіліс"))
            } else if has("сенат") {
                (Role::Deputy, OrgSpec::Parliament("Сенат"))
            } else if maslikhat {
                (Role::Deputy, OrgSpec::Maslikhat { level, place: place_name })
            } else if seg.len() == 1
                && first >= 3
                && tokens[first - 1].is(",")
                && tokens[first - 2].lower.starts_with("мүше")
                && tokens[first - 3].lower.starts_with("фракция")
            {
                // "фракция мүшесі, депутат X": a deputy of the assembly the faction sits in.
                (Role::Deputy, OrgSpec::Faction { level: None, place: None })
            } else {
                return None;
            }
        }
    };
    Some(Title { role, org, first, role_at: r, former })
}

/// "төрағаның (бірінші) орынбасары" with nothing else: the chairman's deputy
/// of the branch the article is about.
fn seg_is_bare_deputy(seg: &[Token]) -> bool {
    seg.iter().all(|t| matches!(role_word_any(&t.lower), Some(RoleWord::Chair | RoleWord::Deputy)) || t.lower == "бірінші")
}

fn gov_spec(seg: &[Token], level: Option<Level>, place: Option<String>) -> Option<OrgSpec> {
    let has = |stem: &str| seg.iter().any(|t| t.lower.starts_with(stem));
    // "Елорда әкімі": the capital's akim (not "елорданың Сарыарқа ауданы
    // әкімі", a district's in it).
    if has("елорда") && level != Some(Level::District) {
        return Some(OrgSpec::Gov { level: Level::City, place: Some("Астана".into()) });
    }
    if has("округ") || has("ауыл") {
        // A rural district's akim: the district's own name comes first.
        // With no name ("ауыл әкімі") the context may still say which.
        // ("Өтеген батыр ауылдық округі": a name may end in an honorific.)
        // ("Мұнайлы ауданындағы Басқұдық ауылдық округінің": the word nearest
        // the rural noun is its name; a district may come before it.)
        let rural = seg.iter().position(|t| t.lower.starts_with("ауыл") || t.lower.starts_with("округ")).unwrap_or(seg.len());
        // ("Округ әкімі": the noun opening a sentence names no district.)
        let capital = |t: &Token| t.is_capitalized() && !t.lower.starts_with("ауыл") && !t.lower.starts_with("округ");
        let at = seg[..rural]
            .iter()
            .rposition(|t| capital(t) && !is_place_honorific(&t.lower))
            .or_else(|| seg.iter().position(capital));
        // ("Үлкен Нарын ауылдық округінің": a name of two capitalised words.)
        let declined = |t: &Token| is_declined(&t.lower) || t.lower.ends_with("ғы") || t.lower.ends_with("гі");
        let at = at.map(|i| if i > 0 && i < rural && seg[i - 1].is_capitalized() && !declined(&seg[i - 1]) && !is_place_honorific(&seg[i - 1].lower) { i - 1 } else { i });
        let name = at.map(|i| {
            // ("Таскескенде аудан әкімін округ әкімі X күтіп алды": the
            // place where, in the locative, named in the nominative.)
            let apart = seg.get(i + 1).is_some_and(|n| !n.lower.starts_with("ауыл") && !n.lower.starts_with("округ"));
            let mut name = match morph::nominative_keep_case(&seg[i].text, &|_| false) {
                (stem, morph::Case::Locative) if apart => stem,
                _ => seg[i].text.clone(),
            };
            for t in seg[i + 1..].iter().take_while(|t| is_place_honorific(&t.lower) || (t.is_capitalized() && !t.lower.starts_with("ауыл"))) {
                name.push(' ');
                name.push_str(&t.text);
            }
            name
        });
        return Some(OrgSpec::Gov { level: Level::Rural, place: name });
    }
    Some(OrgSpec::Gov { level: level.unwrap_or(Level::Oblast), place })
}

/// Lower-case words that end a place named after a person ("Өтеген
/// батыр", "Қазыбек би", "Жамбыл ақын").
pub(crate) fn is_place_honorific(lower: &str) -> bool {
    matches!(lower, "батыр" | "би" | "ақын")
}

/// The text inside «guillemets» in a segment.
fn quoted_name(seg: &[Token]) -> Option<String> {
    let words: Vec<&Token> = seg.iter().filter(|t| t.quoted && !t.is("«") && !t.is("»")).collect();
    if words.is_empty() {
        return None;
    }
    Some(join_tokens(&words))
}

/// A quoted name that ends in a body's noun in the locative or genitive,
/// as the press writes "«X корпорациясында» БПҰ" (the organisation at X)
/// and "«X орталығының» директоры": the body's nominative ("X
/// корпорациясы", "X орталығы").
pub(crate) fn nominative_body_name(name: String) -> String {
    let Some((head, last)) = name.rsplit_once(' ') else { return name };
    let lower = super::segment::lower(last);
    let stem = ["нда", "нде", "ның", "нің"].iter().find_map(|e| lower.strip_suffix(e)).filter(|st| st.ends_with(['ы', 'і']));
    match stem {
        Some(st) if is_company_noun(st) || is_org_noun(st) => {
            let keep = last.char_indices().nth(st.chars().count()).map_or(last.len(), |(i, _)| i);
            format!("{head} {}", &last[..keep])
        }
        _ => name,
    }
}

/// Joins tokens as written (a space where the text had one).
pub(crate) fn join_tokens(tokens: &[&Token]) -> String {
    let mut s = String::new();
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 && t.space_before {
            s.push(' ');
        }
        s.push_str(&t.text);
    }
    s
}

/// Words for a company or enterprise.
pub(crate) fn is_company_noun(lower: &str) -> bool {
    starts_with_any(
        lower,
        &["серіктестік", "серіктестіг", "компания", "кәсіпорн", "кәсіпоры", "жшс", "зауыт", "комбинат", "фабрика", "холдинг", "корпорация", "шаруашылығ", "қожалығ", "кооператив", "акционерлік", "кеңшар", "ұжымшар"],
    ) || is_legal_form(lower)
}

/// A named organisation: «NAME» before a company word, or NAME ЖШС/АҚ.
fn named_org(seg: &[Token]) -> Option<String> {
    let company = seg.iter().any(|t| is_org_noun(&t.lower) && !starts_with_any(&t.lower, PARTY_WORDS));
    let name = nominative_body_name(quoted_name(seg)?);
    // «AMANAT» is the party, not a company.
    if starts_with_any(&name.to_lowercase(), PARTY_WORDS) || !company {
        return None;
    }
    Some(name)
}

/// The name in quotes right before `филиалы` (`"БОЛАШАҚ" ФИЛИАЛЫ` →
/// `Болашақ`), unless it is the party's or its youth wing's.
fn branch_own_name(seg: &[Token]) -> Option<String> {
    let b = seg.iter().position(|t| t.lower.starts_with("филиал"))?;
    let close = b.checked_sub(1).filter(|&c| matches!(seg[c].text.as_str(), "»" | "\""))?;
    let open = seg[..close].iter().rposition(|t| matches!(t.text.as_str(), "«" | "\""))?;
    let words: Vec<&Token> = seg[open + 1..close].iter().collect();
    if words.is_empty() || words.len() > 4 || !words.iter().all(|t| t.is_word()) {
        return None;
    }
    let name = join_tokens(&words);
    let lower = super::segment::lower(&name);
    if starts_with_any(&lower, PARTY_WORDS) || starts_with_any(&lower, &["jas", "жас", "жастар"]) {
        return None;
    }
    Some(if morph::is_all_caps(&name.replace(' ', "")) { morph::title_case(&name) } else { name })
}

/// The name of the body whose branch a segment names: the words up to the
/// body's noun before the level word and `филиалы` (`Ауған соғысы
/// ардагерлері одағы`); words in capitals are written as a name is.
fn foreign_branch_name(seg: &[Token]) -> Option<String> {
    let branch_at = seg.iter().position(|t| t.lower.starts_with("филиал"))?;
    let noun_at = seg[..branch_at].iter().rposition(|t| is_org_noun(&t.lower) && !t.lower.starts_with("филиал"))?;
    // The body's noun is possessive (`одағы`, `ұйымы`) and only its level
    // and place stand between it and `филиалы`.
    let noun = &seg[noun_at].lower;
    // ("«Жас Ұлан» ұйымының облыстық филиалы": the body's, in the genitive, too.)
    let genitive = noun.ends_with("ының") || noun.ends_with("інің");
    if !(noun.ends_with(['ы', 'і']) || genitive)
        || starts_with_any(noun, &["мәслихат", "мәжіліс", "сенат", "парламент", "әкімдік", "әкімдіг", "комиссия", "фракция", "кеңес", "бюро"])
    {
        return None;
    }
    let between = &seg[noun_at + 1..branch_at];
    // ("Батыс Қазақстан облыстық": a place of two words counts as one.)
    let named: Vec<&Token> = between.iter().filter(|t| classifier_level(&t.lower).is_none()).collect();
    let one_place = named.len() == 2 && GAZ.is_place_word(&format!("{} {}", named[0].text, named[1].text));
    let place_word = |t: &Token| GAZ.is_place_word(&t.text) || place_stem(&t.lower);
    if between.is_empty() || !(one_place || named.iter().all(|t| place_word(t))) {
        return None;
    }
    // A body with a name of its own in «» goes by it.
    if let Some(name) = quoted_name(&seg[..noun_at]).filter(|n| !starts_with_any(&n.to_lowercase(), PARTY_WORDS)) {
        return Some(name);
    }
    let name = body_name(&seg[..=noun_at])?;
    if !name.chars().any(super::segment::is_upper) || !morph::is_all_caps(&name.replace(' ', "")) {
        return Some(name);
    }
    // In capitals: the first word and places capitalised, the rest lower case.
    let words: Vec<String> = name
        .split(' ')
        .enumerate()
        .map(|(k, w)| {
            if GAZ.is_place_word(w) {
                morph::title_case(w)
            } else if k == 0 {
                let lower = super::segment::lower(w);
                let mut chars = lower.chars();
                chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
            } else {
                super::segment::lower(w)
            }
        })
        .collect();
    Some(words.join(" "))
}

/// Gatherings named in the nominative: the subject of the sentence ("Отырыс
/// кеңес төрайымы X-тың төрағалығымен өтті"), never a word of the body's name
/// that follows.
const GATHERING_SUBJECTS: &[&str] =
    &["отырыс", "жиын", "кездесу", "конференция", "мәжіліс", "сессия", "пленум", "форум", "семинар", "съезд", "құрылтай"];

/// An unnamed body: the words before and including `ұйымы`/`кеңесі`…, in
/// the nominative (`Ардагерлер ұйымы`), without the level adjective.
fn body_name(seg: &[Token]) -> Option<String> {
    let noun_at = seg.iter().rposition(|t| is_org_noun(&t.lower) && !t.lower.starts_with("филиал"))?;
    let start = seg[..noun_at]
        .iter()
        .rposition(|t| {
            !(t.is_word()
                && !MODIFIERS.contains(&t.lower.as_str())
                && classifier_level(&t.lower).is_none()
                && !GAZ.is_place_word(&t.text)
                && !starts_with_any(&t.lower, PARTY_WORDS)
                && !GATHERING_SUBJECTS.contains(&t.lower.as_str()))
        })
        .map(|p| p + 1)
        .unwrap_or(0);
    if start >= noun_at {
        return None;
    }
    let mut words: Vec<String> = seg[start..noun_at].iter().map(|t| t.text.clone()).collect();
    words.push(body_noun_nominative(&seg[noun_at].text));
    Some(words.join(" "))
}

/// "... филиалы жанындағы ардагерлер кеңесінің": the name of a body the
/// branch keeps (veterans', women's, primary secretaries' council), not a
/// party organ or the youth wing (read elsewhere).
pub(crate) fn kept_body_name(seg: &[Token]) -> Option<String> {
    let Some(j) = seg.iter().position(|t| t.lower == "жанындағы") else {
        // "қалалық партиялық ардагерлер кеңесінің", "партияның аудандық
        // ардагерлер кеңесінің": the party's veterans' council, named so.
        let noun = seg.iter().rposition(|t| t.lower.starts_with("кеңес"))?;
        let members = noun.checked_sub(1).filter(|&m| starts_with_any(&seg[m].lower, &["ардагер", "аналар", "ақсақал"]))?;
        let party = seg[..members].iter().any(|t| t.lower == "партиялық" || starts_with_any(&t.lower, PARTY_WORDS));
        let from = if members > 0 && seg[members - 1].lower == "партиялық" { members - 1 } else { members };
        let mut words: Vec<String> = seg[from..noun].iter().map(|t| t.text.clone()).collect();
        words.push(body_noun_nominative(&seg[noun].text));
        return party.then(|| words.join(" "));
    };
    let after = &seg[j + 1..];
    let kept = after.len() >= 2
        && after.iter().any(|t| starts_with_any(&t.lower, &["ардагер", "әйелдер", "хатшылар", "аналар", "ақсақал"]))
        && !after.iter().any(|t| starts_with_any(&t.lower, &["саяси", "бюро", "бақылау", "жастар"]));
    // (Up to the body's noun: "кеңесінің ұйымдастыру отырысы" is its
    // organising session.)
    let noun = after.iter().rposition(|t| starts_with_any(&t.lower, &["кеңес", "қанат"]) || (t.lower.starts_with("ұйым") && !t.lower.starts_with("ұйымдастыр")))?;
    kept.then(|| body_name(&after[..=noun])).flatten()
}

/// A body's noun as its name ends: `ұйымының` → `ұйымы`, and a noun with no
/// possessive loses its genitive (`кеңестің` → `кеңес`, "орталық
/// аурухананың директоры" → `аурухана`).
pub(crate) fn body_noun_nominative(word: &str) -> String {
    let noun = possessive_nominative(word);
    let lower = noun.to_lowercase();
    let genitive_stem = morph::case_readings(&lower).into_iter().find(|(stem, case)| *case == morph::Case::Genitive && stem.chars().count() >= 4);
    genitive_stem.map_or_else(|| noun.clone(), |(stem, _)| morph::cut_chars(&noun, stem.chars().count()))
}

/// `ұйымының` → `ұйымы`: the possessive kept, the case ending removed.
pub(crate) fn possessive_nominative(word: &str) -> String {
    let lower = word.to_lowercase();
    for ending in ["ның", "нің", "на", "не", "нда", "нде", "нан", "нен", "мен", "н"] {
        if let Some(stem) = lower.strip_suffix(ending) {
            if stem.ends_with(['ы', 'і']) && stem.chars().count() >= 4 {
                return morph::cut_chars(word, stem.chars().count());
            }
        }
    }
    word.to_string()
}

/// A Roman numeral (Latin or Cyrillic look-alike letters) or an ordinal
/// number with its suffix (`37-ші`), as a number.
pub(crate) fn ordinal(t: &Token) -> Option<u32> {
    if t.kind == TokenKind::Number {
        let (digits, suffix) = t.text.split_once('-')?;
        // ("42-шi": a Latin "i" typed for "і".)
        if ["ші", "шы", "інші", "ыншы", "нші", "ншы"].contains(&suffix.to_lowercase().replace('i', "і").as_str()) {
            return digits.parse().ok();
        }
        return None;
    }
    if t.kind != TokenKind::Word {
        return None;
    }
    if let Some(n) = ordinal_word(&t.lower) {
        return Some(n);
    }
    if t.text.chars().count() > 12 {
        return None;
    }
    let mut total: u32 = 0;
    let mut prev = 0;
    let values: Option<Vec<u32>> = t
        .text
        .chars()
        .rev()
        .map(|c| match c {
            'I' | 'І' | 'Ⅰ' => Some(1),
            'V' => Some(5),
            'X' | 'Х' => Some(10),
            'L' => Some(50),
            'C' | 'С' => Some(100),
            _ => None,
        })
        .collect();
    for v in values? {
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0 && total < 400).then_some(total)
}

/// The ordinals in words, "бірінші" (1st) to "тоқсаныншы" (90th).
const ORDINAL_WORDS: [(&str, u32); 18] = [
    ("бірінші", 1), ("екінші", 2), ("үшінші", 3), ("төртінші", 4), ("бесінші", 5), ("алтыншы", 6), ("жетінші", 7),
    ("сегізінші", 8), ("тоғызыншы", 9), ("оныншы", 10), ("жиырмасыншы", 20), ("отызыншы", 30), ("қырқыншы", 40),
    ("елуінші", 50), ("алпысыншы", 60), ("жетпісінші", 70), ("сексенінші", 80), ("тоқсаныншы", 90),
];

/// The tens in words, which come before a unit's ordinal ("он екінші": 12th).
const TENS_WORDS: [(&str, u32); 9] =
    [("он", 10), ("жиырма", 20), ("отыз", 30), ("қырық", 40), ("елу", 50), ("алпыс", 60), ("жетпіс", 70), ("сексен", 80), ("тоқсан", 90)];

/// An ordinal written as one word (lower case).
pub(crate) fn ordinal_word(lower: &str) -> Option<u32> {
    ORDINAL_WORDS.iter().find(|(w, _)| *w == lower).map(|&(_, n)| n)
}

/// A tens word (lower case): "отыз" → 30.
pub(crate) fn tens_word(lower: &str) -> Option<u32> {
    TENS_WORDS.iter().find(|(w, _)| *w == lower).map(|&(_, n)| n)
}

/// The ordinal of the words ending at `tokens[k]`: one token, or a tens
/// word and a unit's ordinal ("отыз екінші" → 32).
pub(crate) fn ordinal_at(tokens: &[Token], k: usize) -> Option<u32> {
    let n = ordinal(&tokens[k])?;
    let tens = k.checked_sub(1).filter(|_| n < 10 && tokens[k].kind == TokenKind::Word).and_then(|j| tens_word(&tokens[j].lower));
    Some(tens.unwrap_or(0) + n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::kk::segment::tokenize;

    fn title(text: &str) -> Option<(Role, OrgSpec)> {
        let tokens = tokenize(text, 0, text.len());
        let r = tokens.len() - 1;
        let places = find_places(&tokens, &|_| false);
        let first = title_start(&tokens, r, &|_| false);
        parse_title(&tokens, first, r, &places).map(|t| (t.role, t.org))
    }

    fn branch(level: Option<Level>, place: Option<&str>) -> OrgSpec {
        OrgSpec::Branch { level, place: place.map(str::to_string), primary: None, explicit_branch: true }
    }

    #[test]
    fn titles_name_their_bodies() {
        assert_eq!(
            title("партияның Алматы облыстық филиалының төрағасы"),
            Some((Role::Chairman, branch(Some(Level::Oblast), Some("Алматы"))))
        );
        assert_eq!(
            title("аудандық партия филиалының Саяси кеңес бюро мүшесі"),
            Some((Role::BureauMember, branch(Some(Level::District), None)))
        );
        assert_eq!(
            title("облыс әкімінің орынбасары"),
            Some((Role::DeputyAkim, OrgSpec::Gov { level: Level::Oblast, place: None }))
        );
        // The colloquial "the region's head" is the oblast akim.
        assert_eq!(title("аймақ басшысы"), Some((Role::Akim, OrgSpec::Gov { level: Level::Oblast, place: None })));
        assert_eq!(
            title("Атырау қаласының әкімі"),
            Some((Role::Akim, OrgSpec::Gov { level: Level::City, place: Some("Атырау".into()) }))
        );
        assert_eq!(title("«Абай-Дәулет» серіктестігінің директоры"), Some((Role::Director, OrgSpec::Named("Абай-Дәулет".into()))));
        // Institutions named without quotes, from the last capital (over a dedication).
        let named = |n: &str| Some((Role::Director, OrgSpec::Named(n.into())));
        assert_eq!(title("– Қостанай құрылыс колледжінің директоры"), named("Қостанай құрылыс колледжі"));
        assert_eq!(title("жиында Ы.Алтынсарин атындағы Дарын мектебінің директоры"), named("Ы.Алтынсарин атындағы Дарын мектебі"));
        // The case ending written inside the quotes is not the name's.
        assert_eq!(title("«Балалар шығармашылығы орталығының» директоры"), named("Балалар шығармашылығы орталығы"));
        assert_eq!(
            title("аудандық жастар орталығының директоры"),
            Some((Role::Director, OrgSpec::Body { level: Some(Level::District), place: None, name: "жастар орталығы".into() }))
        );
        // A bare noun names the institution the article has named, if any.
        assert_eq!(title("мектептің директоры"), Some((Role::Director, OrgSpec::NamedAnaphor)));
        assert_eq!(
            title("аудандық Ардагерлер ұйымының төрағасы"),
            Some((
                Role::Chairman,
                OrgSpec::Body { level: Some(Level::District), place: None, name: "Ардагерлер ұйымы".into() }
            ))
        );
        assert_eq!(
            title("партияның облыстық мәслихаттағы депутаттық фракциясының жетекшісі"),
            Some((Role::FactionLeader, OrgSpec::Faction { level: Some(Level::Oblast), place: None }))
        );
        assert_eq!(title("Ел Президенті").map(|t| t.0), Some(Role::President));
        assert_eq!(
            title("елорданың Байқоңыр ауданы әкімінің орынбасары"),
            Some((Role::DeputyAkim, OrgSpec::Gov { level: Level::District, place: Some("Байқоңыр".into()) }))
        );
        assert_eq!(title("елорда әкімі"), Some((Role::Akim, OrgSpec::Gov { level: Level::City, place: Some("Астана".into()) })));
        assert_eq!(
            title("«AMANAT»-тың Атқарушы хатшысы"),
            Some((Role::ExecutiveSecretary, OrgSpec::Branch { level: None, place: None, primary: None, explicit_branch: false }))
        );
        assert_eq!(title("партия ардагері"), None);
        // The youth wing and its branches are organisations of their own.
        let wing = |name: &str, level: Option<Level>, branch: bool| OrgSpec::Wing { name: Some(name.into()), level, place: None, branch };
        assert_eq!(title("«Jas Otan» жастар қанатының төрағасы"), Some((Role::Chairman, wing("Jas Otan", None, false))));
        assert_eq!(
            title("«Jas Otan» жастар қанаты облыстық филиалының төрағасы"),
            Some((Role::Chairman, wing("Jas Otan", Some(Level::Oblast), true)))
        );
        assert_eq!(
            title("аудандық «Жастар Рухы» жастар қанатының жетекшісі"),
            Some((Role::Chairman, wing("Жастар Рухы", Some(Level::District), true)))
        );
        assert_eq!(title("«Жас Отан» ЖҚ-ның облыстық филиалының төрағасы"), Some((Role::Chairman, wing("Жас Отан", Some(Level::Oblast), true))));
        assert_eq!(
            title("«Жастар Рухы» жастар қанаты төрағасының орынбасары"),
            Some((Role::DeputyChairman, wing("Жастар Рухы", None, false)))
        );
        // A bare deputy of the chairman is the context branch's (resolved by
        // the article: the branch it is about).
        assert_eq!(
            title("төрағасының бірінші орынбасары"),
            Some((Role::FirstDeputyChairman, OrgSpec::Branch { level: None, place: None, primary: None, explicit_branch: true }))
        );
        assert_eq!(title("мәслихат төрағасының орынбасары").map(|t| t.0), None);
        assert_eq!(title("облыстық филиал төрағасының бірінші орынбасары").map(|t| t.0), Some(Role::FirstDeputyChairman));
        // The Party Control Committee is the party's; a branch's body is a commission.
        assert_eq!(
            title("Партиялық бақылау комитетінің төрағасы"),
            Some((
                Role::ControlCommissionChairman,
                OrgSpec::Branch { level: Some(Level::Central), place: None, primary: None, explicit_branch: false }
            ))
        );
        assert_eq!(
            title("облыстық филиал жанындағы партиялық бақылау комиссиясының төрағасы"),
            Some((
                Role::ControlCommissionChairman,
                OrgSpec::Branch { level: Some(Level::Oblast), place: None, primary: None, explicit_branch: true }
            ))
        );
    }

    #[test]
    fn places_take_the_level_of_the_next_word() {
        let text = "Батыс Қазақстан облысында және Сырдария ауданына, Атырауда";
        let tokens = tokenize(text, 0, text.len());
        let hits = find_places(&tokens, &|_| false);
        let got: Vec<(String, Option<Level>)> = hits.iter().map(|h| (h.name.clone(), h.resolved_level())).collect();
        assert_eq!(
            got,
            vec![
                ("Батыс Қазақстан".to_string(), Some(Level::Oblast)),
                ("Сырдария".to_string(), Some(Level::District)),
                ("Атырау".to_string(), Some(Level::Oblast)),
            ]
        );
    }

    #[test]
    fn ordinals_in_roman_and_arabic() {
        let t = |s: &str| ordinal(&tokenize(s, 0, s.len())[0]);
        assert_eq!(t("XXXVII"), Some(37));
        assert_eq!(t("ІІІ"), Some(3));
        assert_eq!(t("XXX"), Some(30));
        assert_eq!(t("37-ші"), Some(37));
        assert_eq!(t("Алматы"), None);
    }

    #[test]
    fn ordinals_in_words_with_their_tens() {
        let at_last = |s: &str| {
            let tokens = tokenize(s, 0, s.len());
            ordinal_at(&tokens, tokens.len() - 1)
        };
        assert_eq!(at_last("екінші"), Some(2));
        assert_eq!(at_last("он екінші"), Some(12));
        assert_eq!(at_last("отыз жетінші"), Some(37));
        assert_eq!(at_last("жиырмасыншы"), Some(20));
        // A tens word before a tens ordinal is no compound; nor is a cardinal alone.
        assert_eq!(at_last("он жиырмасыншы"), Some(20));
        assert_eq!(at_last("отыз"), None);
    }
}
