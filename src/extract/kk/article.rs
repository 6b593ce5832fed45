//! The walk over one article that turns sentences into facts.
//!
//! Order of work: segment → bylines → person mentions and coreference
//! (twice, the second time after splitting glued words such as
//! `Кәрібексөз`) → places → the article's focus (its oblast, district,
//! city) → events, sentence by sentence, with a "current event" that later
//! sentences refer to → titles, elections and former offices → who did what
//! at which event → branches and their parents.

use super::lexicon::{UnitKind, GAZ};
use super::morph::{is_genitive, Case};
use super::names::{self, Mention, Person};
use super::orgs::{self, Level, OrgSpec, PlaceHit, Title};
use super::segment::{self, Sentence, Token};
use crate::extract::{ArticleFacts, EventAttr, EventKey, EventKind, EventRole, Fact, Role, SourcedFact, Status};
use crate::model::Span;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// The places an article is about, by level.
#[derive(Default, Debug, Clone)]
struct Focus {
    oblast: Option<String>,
    district: Option<String>,
    city: Option<String>,
}

/// An event of the article.
#[derive(Clone, Debug)]
struct Event {
    key: EventKey,
    attrs: Vec<(EventAttr, String)>,
    sentence: usize,
}

/// Everything known about the article while walking it.
struct Walk {
    sents: Vec<Sentence>,
    /// Person mentions per sentence.
    mentions: Vec<Vec<Mention>>,
    /// Per sentence, per token: the index of the mention covering it.
    mention_index: Vec<Vec<Option<u32>>>,
    places: Vec<Vec<PlaceHit>>,
    people: Vec<Person>,
    focus: Focus,
    events: Vec<Event>,
    /// The event each sentence is about.
    current: Vec<Option<usize>>,
    main_event: Option<usize>,
    /// The branch the article is about.
    main_branch: Option<String>,
    facts: BTreeMap<Fact, Span>,
    /// Who holds each office (from titles), for "the chairman said…".
    holders: HashMap<(Role, String), BTreeSet<usize>>,
    /// Companies the text names («X» ЖШС), by sentence (ascending).
    named_orgs: Vec<(usize, String)>,
    /// Events by key, and the latest of each kind.
    event_by_key: HashMap<EventKey, usize>,
    latest_by_kind: HashMap<EventKind, usize>,
    /// The most recently created event.
    latest_event_created: Option<usize>,
    /// Holds facts per person name (for "X left the post").
    holds_of: HashMap<String, Vec<Fact>>,
    /// Reading a headline: events must name their body explicitly.
    in_headline: bool,
    /// Attributes of events named but not stated as having taken place.
    unplaced_attrs: HashMap<EventKey, Vec<(EventAttr, String)>>,
    /// The youth wing's name, where the words of a title or event omit it.
    wing_name: Option<String>,
    /// The post last filled by an election (what "бұл қызметті атқарған" means), and by whom.
    last_elected: Option<(Role, String, usize)>,
    /// The sentence of `last_elected`.
    last_elected_at: usize,
    /// The offices filled in the sentence being read (by election or
    /// appointment), for "X орнына" (in X's place): X held them before.
    filled_now: Vec<(Role, String, usize)>,
    /// The sentences that name a faction, and those that name a maslikhat (ascending).
    faction_sents: Vec<usize>,
    maslikhat_sents: Vec<usize>,
    /// The article speaks of the party's primaries (its debates are the
    /// party's gatherings) and of a public reception (its bare "қабылдау"
    /// is that reception).
    primaries: bool,
    public_reception: bool,
    /// Written before the June 2022 division of oblasts: the party is
    /// still Nur Otan (renamed AMANAT in March 2022).
    before_2022: bool,
    /// The branch that runs a party activity naming none (the first branch
    /// the article names), found once: asked per debate word, a scan of
    /// the whole article made long texts quadratic.
    activity_branch: std::cell::OnceCell<Option<String>>,
    /// The first branch named explicitly, and where (see `context_branch`).
    opening_branch: std::cell::OnceCell<Option<(usize, String)>>,
    /// The people the article says have died (an obituary's subject):
    /// whatever posts it gives them, they no longer hold.
    deceased: Vec<usize>,
    /// An interview's interviewee: whom the answers' "Мен" (I) means.
    interviewee: Option<usize>,
    /// The interview's answers (sentence indices), told in the first person.
    answers: Vec<usize>,
    /// The primary organisation each sentence names where something
    /// happened (see `context_primary`), found once.
    named_primaries: std::cell::OnceCell<Vec<Option<String>>>,
    /// Each sentence's first primary organisation named in any case.
    /// (`Some(None)`: named, but not which.)
    every_primary: std::cell::OnceCell<Vec<Option<Option<String>>>>,
    /// The first sentence that tells of a round of primary organisations
    /// (see `tours_primaries`), found once.
    first_round: std::cell::OnceCell<Option<usize>>,
    /// Visits that are later stops of a trip through several districts,
    /// each with the trip's first visit (whose visitors and guests it shares).
    round_stops: Vec<(usize, usize)>,
    /// Meetings a visit took in ("сапарымен келген X алғашқы кездесуін ...
    /// өткізді"): not told as events of their own unless people are put at them.
    absorbed: Vec<usize>,
    /// The oblasts the text names as oblasts, once asked.
    named_oblasts: std::cell::OnceCell<HashSet<String>>,
    /// Whether each sentence speaks of the future (asked many times per
    /// sentence; the tokens no longer change once events are read).
    future_flags: std::cell::OnceCell<Vec<bool>>,
}

/// Extracts the facts of one article.
pub(crate) fn extract(text: &str) -> ArticleFacts {
    let title = crate::extract::text::title(text);
    let (mut walk, author) = Walk::read(text);
    walk.find_titles();
    walk.superseded_posts();
    walk.posts_of_the_deceased();
    walk.find_participants();
    walk.share_round_participants();
    walk.speakers_met_on_visits();
    walk.emit_people(author);
    walk.emit_branches();
    let facts = walk.facts.into_iter().map(|(fact, span)| SourcedFact { fact, span }).collect();
    let mut facts = ArticleFacts { title, facts };
    facts.unify_key_case(text);
    facts
}

/// Removes a byline sentence (last line, or a short line under the headline)
/// and returns its name.
fn take_byline(sents: &mut Vec<Sentence>) -> Option<(names::NameParts, Span)> {
    // The last paragraphs: a short line that is only a name, with at most a
    // couple of short lines after it (a source, a subscription link).
    let last_para = sents.last()?.paragraph;
    // (A photo credit may follow the writer's name, of any length.)
    let credit = |s: &Sentence| s.tokens.first().is_some_and(|t| matches!(t.lower.as_str(), "фото" | "фотосурет" | "суреттер" | "суретте" | "фотолар"));
    for para in (last_para.saturating_sub(2)..=last_para).rev() {
        // ("Материалды дайындаған: X / Фото автордікі": the credit under the name is no part of it.)
        let para_sents: Vec<usize> = (0..sents.len()).filter(|&i| sents[i].paragraph == para).filter(|&i| !credit(&sents[i])).collect();
        if para_sents.len() == 1 {
            let i = para_sents[0];
            // A signature's title line ("Мәслихат депутаты, партия
            // фракциясының мүшесі.") may follow the name.
            let title_line = |s: &Sentence| s.tokens.len() <= 14 && s.tokens.iter().any(|t| orgs::role_word_any(&t.lower).is_some());
            let signed = sents.get(i + 1).is_some_and(|s| s.paragraph == para + 1 && title_line(s));
            // A letter's signature puts the title on the line above the
            // name ("... филиалының төрағасы / Бекжан ӘЛІМҚҰЛ"), unpunctuated.
            let signed_above = !signed
                && i > 0
                && sents[i - 1].paragraph + 1 == para
                && title_line(&sents[i - 1])
                && sents[i - 1].tokens.last().is_some_and(|t| t.is_word());
            let later_short = sents[i + 1..].iter().enumerate().all(|(k, s)| s.tokens.len() <= 6 || (k == 0 && signed) || credit(s));
            if later_short {
                if let Some(parts) = names::byline(&sents[i].tokens) {
                    let span = Span::new(sents[i].start, sents[i].end);
                    if signed || signed_above {
                        // "Name – title": the signer holds the title.
                        let (title, i) = if signed { (sents.remove(i + 1), i) } else { (sents.remove(i - 1), i - 1) };
                        let name = &mut sents[i];
                        let mut tokens = name.tokens.as_ref().clone();
                        let last = &tokens[tokens.len() - 1];
                        let dash = Token { start: last.end, ..last.rewritten("–", segment::TokenKind::Punct) };
                        tokens.push(dash);
                        tokens.extend(title.tokens.iter().cloned());
                        name.tokens = std::sync::Arc::new(tokens);
                        if signed {
                            name.end = title.end;
                        } else {
                            name.start = title.start;
                        }
                    } else {
                        sents.remove(i);
                    }
                    return Some((parts, span));
                }
            }
        }
    }
    // A byline glued to the last sentence: "...айтылды.Би-Барыс КӨКШЕ".
    if let Some(last) = sents.last() {
        let caps = last.tokens.iter().filter(|t| t.is_word()).any(|t| super::morph::is_all_caps(&t.text));
        if caps && last.tokens.len() <= 5 {
            if let Some(parts) = names::byline(&last.tokens) {
                let span = Span::new(last.start, last.end);
                sents.pop();
                return Some((parts, span));
            }
        }
    }
    // A byline among the lines above the text (a date, a view counter, the
    // headline): "Мөлдір ЕСЕНҚҰЛ", "Автор: Дәмежан СҰЛТАНҚЫЗЫ". Only a
    // surname in capitals or an author's label tells it from a headline.
    let header_end = sents.iter().position(|s| !s.headline).unwrap_or(sents.len());
    for i in 0..header_end {
        let tokens = &sents[i].tokens;
        let labelled = tokens.first().is_some_and(|t| matches!(t.lower.as_str(), "автор" | "авторы" | "дайындаған"));
        let caps = tokens.iter().filter(|t| t.is_word()).any(|t| super::morph::is_all_caps(&t.text));
        if (labelled || caps) && tokens.len() <= 6 {
            if let Some(parts) = names::byline(tokens) {
                let span = Span::new(sents[i].start, sents[i].end);
                sents.remove(i);
                return Some((parts, span));
            }
        }
    }
    // A byline right under the headline.
    let first_body = sents.iter().position(|s| !s.headline)?;
    let para = sents[first_body].paragraph;
    if sents.iter().filter(|s| s.paragraph == para).count() == 1 && sents[first_body].tokens.len() <= 5 {
        if let Some(parts) = names::byline(&sents[first_body].tokens) {
            let span = Span::new(sents[first_body].start, sents[first_body].end);
            sents.remove(first_body);
            return Some((parts, span));
        }
    }
    None
}

fn span_of(s: &Sentence) -> Span {
    Span::new(s.start, s.end)
}

/// Lower-case word predicates.
fn starts(t: &Token, stems: &[&str]) -> bool {
    t.is_word() && stems.iter().any(|s| segment::begins(&t.lower, s))
}

/// A sentence that ends in "белгілі" or "мәлім" (it is known that …):
/// background the reader is reminded of, not what the text reports.
fn told_as_known(tokens: &[Token]) -> bool {
    tokens.iter().rev().find(|t| t.is_word()).is_some_and(|t| matches!(t.lower.as_str(), "белгілі" | "мәлім"))
}

fn plural_after(lower: &str, stem: &str) -> bool {
    lower
        .strip_prefix(stem)
        .is_some_and(|rest| ["лар", "лер", "дар", "дер", "тар", "тер"].iter().any(|p| rest.starts_with(p)))
}

const TOOK_PLACE: &[&str] = &[
    "өтті", "өтіп", "өткізілді", "өткізіліп", "өткізді", "өткізіп", "ұйымдастырылды", "ұйымдастырылып", "ұйымдастырды", "ұйымдастырып",
    "қорытындыланды", "басталды", "болды", "болып", "жалғасты", "жалғасып", "ашылды",
];

const FUTURE: &[&str] = &[
    "өтеді", "өткізіледі", "өтпек", "өтетін", "өтетіні", "өткізілмек", "жоспарлан", "алдағы", "күтілуде",
    "шақырылады", "болмақ", "өтуі", "өткізілуі", "өткізу", "өтеді", "өткізілетін", "өткізілетіні", "белгіленді",
    "белгіленген", "жоспарлы",
];

/// Speech verbs written out: short forms that must match exactly (`деп`
/// is also the start of `депутат`).
const SPEECH_WORDS: &[&str] = &[
    "деді", "деп", "деген", "дейді", "айтты", "айтып", "айтқан", "айтқанындай", "сұрады", "сұрап", "атады", "қосты",
    "бөлісті", "бөлісіп", "ұсынды", "ұсынып", "тапсырды", "тапсырып", "шақырды", "шақырып", "білдірді", "білдіріп",
    "ескертті", "хабарлады", "хабарлап", "түйіндеді", "нұсқады", "пікірлесті", "пікірлесіп", "мәлімдеді",
    "тіледі", "тілеп", "әңгімеледі", "әңгімелеп", "үндеді", "үндеп", "қорытындылады", "қорытындылап", "қорытындылаған",
    "түйіндеп", "түйіндеген",
];

/// Stems of speech verbs long enough to be safe as prefixes.
const SPEECH_STEMS: &[&str] =
    &["баянда", "сөйле", "тоқтал", "жеткіз", "мәлімде", "түсіндір", "таныстыр", "құттықта", "талқыла", "шағымдан"];

/// Words after which a pronoun is not a subject ("ол бойынша" = "on it").
const POSTPOSITIONS: &[&str] = &["бойынша", "туралы", "үшін", "сияқты", "арқылы", "кезде", "жөнінде", "жайлы", "секілді"];

impl Walk {
    /// Reads an article up to its events: sentences, byline, people, places,
    /// companies, focus, events.
    fn read(text: &str) -> (Walk, Option<(names::NameParts, Span)>) {
        let lines = segment::content_lines(text);
        let mut sents = segment::sentences(text, &lines);
        if super::restore::lost_kazakh_letters(&sents) {
            super::restore::restore_sentences(&mut sents);
        } else {
            super::restore::restore_stray_words(&mut sents);
        }
        super::glue::split_glued_words(&mut sents);
        super::restore::rule_spellings(&mut sents);
        let author = take_byline(&mut sents);
        let mut walk = Walk {
            sents,
            mentions: Vec::new(),
            mention_index: Vec::new(),
            places: Vec::new(),
            people: Vec::new(),
            focus: Focus::default(),
            events: Vec::new(),
            current: Vec::new(),
            main_event: None,
            main_branch: None,
            facts: BTreeMap::new(),
            holders: HashMap::new(),
            named_orgs: Vec::new(),
            event_by_key: HashMap::new(),
            latest_by_kind: HashMap::new(),
            latest_event_created: None,
            holds_of: HashMap::new(),
            in_headline: false,
            unplaced_attrs: HashMap::new(),
            wing_name: None,
            last_elected: None,
            last_elected_at: 0,
            filled_now: Vec::new(),
            faction_sents: Vec::new(),
            maslikhat_sents: Vec::new(),
            primaries: false,
            public_reception: false,
            before_2022: false,
            activity_branch: std::cell::OnceCell::new(),
            opening_branch: std::cell::OnceCell::new(),
            first_round: std::cell::OnceCell::new(),
            round_stops: Vec::new(),
            absorbed: Vec::new(),
            deceased: Vec::new(),
            interviewee: None,
            answers: Vec::new(),
            named_primaries: std::cell::OnceCell::new(),
            every_primary: std::cell::OnceCell::new(),
            named_oblasts: std::cell::OnceCell::new(),
            future_flags: std::cell::OnceCell::new(),
        };
        walk.find_people();
        // A second pass only when glued words were taken apart.
        if walk.split_glued_names() {
            walk.find_people();
        }
        walk.read_interview();
        walk.find_places();
        walk.find_named_orgs();
        walk.find_wing_name();
        // Written in the Nur Otan years: the old name, and not the new one
        // (an article of 2022 on may tell the branch's past under the old).
        walk.before_2022 = walk.sents.iter().any(|x| {
            x.tokens.iter().any(|t| starts(t, &["nurotan", "нұротан"]))
                || x.tokens.windows(2).any(|w| matches!(w[0].lower.as_str(), "nur" | "нұр") && starts(&w[1], &["otan", "отан"]))
        }) && !walk.sents.iter().any(|x| x.tokens.iter().any(|t| starts(t, &["amanat", "аманат"])));
        walk.find_focus();
        let naming = |stem: &str| -> Vec<usize> {
            (0..walk.sents.len()).filter(|&x| walk.sents[x].tokens.iter().any(|t| !t.quoted && segment::begins(&t.lower, stem))).collect()
        };
        walk.faction_sents = naming("фракция");
        walk.maslikhat_sents = naming("мәслихат");
        walk.primaries = walk.sents.iter().flat_map(|x| x.tokens.iter()).any(|t| !t.quoted && segment::begins(&t.lower, "праймериз"));
        walk.public_reception = walk.sents.iter().any(|x| {
            x.tokens.windows(2).any(|w| w[0].lower == "қоғамдық" && is_reception_noun(&w[1].lower))
        });
        walk.find_events();
        (walk, author)
    }

    /// An interview ("X-пен ... әңгімелестік", a headline "X: «...»", then
    /// questions and answers after dashes): its answers are the
    /// interviewee's own account, read as the article's text, with the
    /// first person made the third ("сайландым" → "сайланды") and "Мен"
    /// standing for the interviewee.
    fn read_interview(&mut self) {
        let talked = |t: &Token| starts(t, &["әңгімелес", "сөйлес", "сұхбаттас", "тілдес"]);
        let intro = (0..self.sents.len().min(4)).find_map(|x| {
            let tokens = &self.sents[x].tokens;
            if !tokens.iter().any(talked) {
                return None;
            }
            self.mentions[x].iter().find(|m| m.case == Case::Instrumental).map(|m| m.person)
        });
        // ("Бауыржан Төлегенов: «...»": the headline quotes the interviewee.)
        let headline = || {
            // (The first line, a headline though it ends in a closing quote.)
            let x = (0..self.sents.len()).find(|&x| self.sents[x].headline).or_else(|| (!self.sents.is_empty()).then_some(0))?;
            let m = self.mentions[x].first().filter(|m| m.first == 0 && m.case == Case::Nominative)?;
            self.sents[x].tokens.get(m.end).filter(|t| t.is(":")).map(|_| m.person)
        };
        let Some(who) = intro.or_else(headline) else { return };
        // Answers: paragraphs after a dash that do not end in a question.
        let dashes = self.sents.iter().filter(|x| x.speech).count();
        if dashes < 4 {
            return;
        }
        self.interviewee = Some(who);
        let mut answer = false;
        for x in 0..self.sents.len() {
            let first_of_paragraph = x == 0 || self.sents[x - 1].paragraph != self.sents[x].paragraph;
            if first_of_paragraph {
                let para = self.sents[x].paragraph;
                let last = (x..self.sents.len()).take_while(|&y| self.sents[y].paragraph == para).last().unwrap_or(x);
                answer = self.sents[x].speech && !self.sents[last].tokens.iter().any(|t| t.is("?"));
            }
            if !answer {
                continue;
            }
            self.sents[x].speech = false;
            self.answers.push(x);
            let own = &self.sents[x].tokens;
            let tokens: Vec<Token> = (0..own.len()).map(|k| third_person(own, k)).collect();
            self.sents[x].tokens = std::sync::Arc::new(tokens);
        }
    }

    fn find_people(&mut self) {
        self.mentions = self.sents.iter().enumerate().map(|(_, s)| names::find_mentions(&s.tokens)).collect();
        self.keep_attested_names();
        self.order_by_initials();
        let mut flat: Vec<Mention> = self.mentions.iter().flatten().cloned().collect();
        self.people = names::resolve_people(&mut flat);
        let mut k = 0;
        for sentence in &mut self.mentions {
            for m in sentence.iter_mut() {
                *m = flat[k].clone();
                k += 1;
            }
        }
        let surnames = names::surnames_of_one(&self.people);
        for (s, sentence) in self.mentions.iter_mut().enumerate() {
            let lone = names::lone_surnames(&self.sents[s].tokens, sentence, &self.people, &surnames);
            if !lone.is_empty() {
                sentence.extend(lone);
                sentence.sort_by_key(|m| m.first);
            }
        }
        self.mention_index = self
            .sents
            .iter()
            .zip(&self.mentions)
            .map(|(sent, ms)| {
                let mut index = vec![None; sent.tokens.len()];
                for (i, m) in ms.iter().enumerate() {
                    for slot in index.iter_mut().take(m.end).skip(m.first) {
                        *slot = Some(i as u32);
                    }
                }
                index
            })
            .collect();
    }

    /// A name ending in what looks like an accusative (`Сатыбалды`,
    /// `Жолды`) is whole when the article declines it elsewhere
    /// (`Сатыбалдының`, `Жолдыға`): the other mention shows its stem.
    fn keep_attested_names(&mut self) {
        // The article's capitalised words, gathered once when some mention
        // needs them: asked per mention, a scan of the whole article made
        // long texts quadratic. (Reading every one of them for its stems
        // cost more than trying each ending on the few stems asked about.)
        let sents = &self.sents;
        let mut capitalised: Option<HashSet<&str>> = None;
        for s in 0..self.mentions.len() {
            for i in 0..self.mentions[s].len() {
                let m = &self.mentions[s][i];
                if m.case != Case::Accusative {
                    continue;
                }
                let word = &sents[s].tokens[m.end - 1];
                let words = capitalised.get_or_insert_with(|| {
                    sents.iter().flat_map(|x| x.tokens.iter()).filter(|t| t.is_capitalized()).map(|t| t.lower.as_str()).collect()
                });
                if !declined_in(words, &word.lower) {
                    continue;
                }
                let whole = if super::morph::is_all_caps(&word.text) { super::morph::title_case(&word.text) } else { word.text.clone() };
                let m = &mut self.mentions[s][i];
                if m.parts.surname.is_some() {
                    m.parts.surname = Some(whole);
                } else if m.parts.patronymic.is_some() {
                    m.parts.patronymic = Some(whole);
                } else {
                    continue;
                }
                m.case = Case::Nominative;
            }
        }
    }

    /// "Бекжан Сейітқали" beside "С.Бекжан": the initial form shows which
    /// word is the surname (Бекжан), so the pair was written surname first.
    fn order_by_initials(&mut self) {
        // (initial, surname), lower case, of the initial forms.
        let initialled: Vec<(String, String)> = self
            .mentions
            .iter()
            .flatten()
            .filter(|m| m.parts.initials.len() == 1 && m.parts.given.is_none())
            .filter_map(|m| m.parts.surname.as_ref().map(|s| (segment::lower(&m.parts.initials[0]), segment::lower(s))))
            .collect();
        if initialled.is_empty() {
            return;
        }
        // The initials each surname is written with: looked up per mention
        // (a scan of every initial form per mention made long texts
        // quadratic).
        let mut initials_of: HashMap<String, Vec<String>> = HashMap::new();
        for (i, s) in initialled {
            let initials = initials_of.entry(s).or_default();
            if !initials.contains(&i) {
                initials.push(i);
            }
        }
        // Whether `word` is an initial form's surname with the initial of `other`.
        let has = |other: &str, word: &str| match initials_of.get(&segment::lower(word)) {
            Some(initials) => {
                let other = segment::lower(other);
                initials.iter().any(|i| other.starts_with(i.as_str()))
            }
            None => false,
        };
        for m in self.mentions.iter_mut().flatten() {
            let parts = &mut m.parts;
            if !parts.initials.is_empty() || parts.patronymic.is_some() {
                continue;
            }
            let (Some(given), Some(surname)) = (parts.given.as_deref(), parts.surname.as_deref()) else { continue };
            // Written in the usual order, the initial form would be the given name's.
            if has(surname, given) && !has(given, surname) {
                std::mem::swap(&mut parts.given, &mut parts.surname);
            }
        }
    }

    /// `Кәрібексөз` = `Кәрібек` + `сөз` when `Кәрібек` is a surname met elsewhere
    /// in the article and the rest is not a case ending.
    fn split_glued_names(&mut self) -> bool {
        let mut split_any = false;
        let surnames: BTreeSet<String> =
            self.people.iter().filter_map(|p| p.surname.as_ref().map(|s| s.to_lowercase())).collect();
        for sentence in &mut self.sents {
            let mut rebuilt = Vec::with_capacity(sentence.tokens.len());
            for t in std::mem::take(std::sync::Arc::make_mut(&mut sentence.tokens)) {
                let after_given = rebuilt.last().is_some_and(|p: &Token| p.is_capitalized() && super::lexicon::is_given_name(&p.text));
                let cut = glued_surname(&t, &surnames)
                    .or_else(|| glued_lowercase(&t))
                    .or_else(|| if after_given { glued_after_name(&t) } else { None });
                match cut {
                    Some(at) => {
                        split_any = true;
                        let (a, b) = t.text.split_at(at);
                        let first = Token { end: t.start + at, ..t.rewritten(a, t.kind) };
                        let second = Token { start: t.start + at, space_before: true, ..t.rewritten(b, t.kind) };
                        rebuilt.push(first);
                        rebuilt.push(second);
                    }
                    None => rebuilt.push(t),
                }
            }
            sentence.tokens = rebuilt.into();
        }
        split_any
    }

    fn find_places(&mut self) {
        self.places = self
            .sents
            .iter()
            .zip(&self.mentions)
            .map(|(s, ms)| {
                let in_mention = |k: usize| ms.iter().any(|m| k >= m.first && k < m.end);
                orgs::find_places(&s.tokens, &in_mention)
            })
            .collect();
    }

    /// Companies named in «guillemets» next to a company word.
    fn find_named_orgs(&mut self) {
        for (s, sent) in self.sents.iter().enumerate() {
            let tokens = &sent.tokens;
            let mut k = 0;
            while k < tokens.len() {
                if !tokens[k].is("«") {
                    k += 1;
                    continue;
                }
                let close = (k + 1..tokens.len()).find(|&j| tokens[j].is("»"));
                let Some(close) = close else { break };
                let words: Vec<&Token> = tokens[k + 1..close].iter().filter(|t| t.kind != super::segment::TokenKind::Punct || t.text == "-").collect();
                let after = tokens.get(close + 1).map(|t| t.lower.as_str()).unwrap_or("");
                let before = if k > 0 { tokens[k - 1].lower.as_str() } else { "" };
                // (A school or hospital named so too: "«Зерде» мектеп-лицейі".)
                if !words.is_empty() && words.len() <= 6 && (orgs::is_host_noun(after) || orgs::is_host_noun(before)) {
                    let name = orgs::join_tokens(&words);
                    if !is_party_name(&name) {
                        self.named_orgs.push((s, name));
                    }
                }
                k = close + 1;
            }
        }
    }

    /// The youth wing's name: the one written before "жастар қанаты", or
    /// the new one when the text renames it ("атауы «Y» деп өзгертілді").
    fn find_wing_name(&mut self) {
        for sent in &self.sents {
            let tokens = &sent.tokens;
            let Some(w) = orgs::wing_at(tokens) else { continue };
            let renamed = tokens.iter().position(|t| t.lower == "атауы" || t.lower == "атауын").and_then(|a| {
                let d = (a + 1..tokens.len()).find(|&k| tokens[k].lower == "деп")?;
                let changed = tokens.get(d + 1).is_some_and(|n| starts(n, &["өзгерт", "ауыстыр"]));
                let words: Vec<&Token> = tokens[a + 1..d].iter().filter(|t| t.quoted && t.is_word()).collect();
                (changed && !words.is_empty()).then(|| orgs::join_tokens(&words))
            });
            if let Some(name) = renamed {
                self.wing_name = Some(name);
                return;
            }
            if self.wing_name.is_none() {
                self.wing_name = orgs::wing_name(tokens, w);
            }
        }
    }

    /// The first oblast, district and city the text names with a classifier
    /// word; a district's or city's oblast from the gazetteer when the text
    /// names none.
    fn find_focus(&mut self) {
        let mut focus = Focus::default();
        for hits in &self.places {
            for h in hits {
                match h.level {
                    Some(Level::Oblast) if focus.oblast.is_none() => focus.oblast = Some(h.name.clone()),
                    Some(Level::District) if focus.district.is_none() => focus.district = Some(h.name.clone()),
                    Some(Level::City) if focus.city.is_none() => focus.city = Some(h.name.clone()),
                    _ => {}
                }
            }
        }
        // No place named with a level word: the first city or district the
        // gazetteer knows by its bare name ("Алматыда ... жүргізілді").
        if focus.oblast.is_none() && focus.district.is_none() && focus.city.is_none() {
            // A name both an oblast and its centre bear ("Ақтөбеде") said bare is the city.
            let city = |h: &PlaceHit| h.kinds.iter().any(|k| matches!(k, UnitKind::City | UnitKind::CityRep));
            let bare = self.places.iter().flatten().find(|h| city(h) || matches!(h.resolved_level(), Some(Level::District)));
            if let Some(h) = bare {
                if city(h) {
                    focus.city = Some(h.name.clone());
                } else {
                    focus.district = Some(h.name.clone());
                }
            }
        }
        if focus.oblast.is_none() {
            focus.oblast = focus
                .district
                .as_ref()
                .and_then(|d| GAZ.oblast_of_in(d, UnitKind::District, self.before_2022))
                .or_else(|| focus.city.as_ref().and_then(|c| GAZ.oblast_of_in(c, UnitKind::City, self.before_2022)));
        }
        self.focus = focus;
    }

    fn mention_at(&self, s: usize, k: usize) -> Option<&Mention> {
        let i = (*self.mention_index.get(s)?.get(k)?)?;
        self.mentions[s].get(i as usize)
    }

    /// The region a level-only reference ("облыстық филиал") means in sentence
    /// `s` before token `before`: the nearest place of that level named
    /// earlier in the sentence, else the article's focus.
    fn region_for(&self, s: usize, before: usize, level: Level) -> Option<String> {
        let local = self.places[s].iter().filter(|p| p.end <= before && p.resolved_level() == Some(level)).last();
        if let Some(p) = local {
            return Some(p.name.clone());
        }
        // "Жаңақорған аудандық филиалының хатшысы ... баяндама жасады. Оның
        // айтуынша, аудандық филиалға ...": the district of the sentence before.
        // ("Осында аудандық филиалдың ...": "here" carries the sentence
        // before into a new paragraph.)
        // (It reaches back over a sentence or two that name no such place.)
        let here = self.sents[s].tokens.first().is_some_and(|t| matches!(t.lower.as_str(), "осында" | "сонда" | "мұнда"));
        if matches!(level, Level::District | Level::City) && s > 0 && (self.sents[s - 1].paragraph == self.sents[s].paragraph || here) {
            // (Within the paragraph, it reaches back three sentences.)
            let reach = 3;
            let same_paragraph = |x: usize| here || self.sents[x].paragraph == self.sents[s].paragraph;
            // ("Нұр-Сұлтан қаласындағы ... университетін бітірген": where an
            // institution is, in a biography, is not the text's place.)
            let institutions_place = |x: usize, p: &PlaceHit| {
                let tokens = &self.sents[x].tokens;
                let at = p.level_word(tokens);
                tokens.get(at).is_some_and(|t| t.lower.ends_with("дағы") || t.lower.ends_with("дегі"))
                    && tokens[at + 1..tokens.len().min(at + 12)].iter().any(|t| orgs::is_host_noun(&t.lower))
            };
            let of_level = move |x: usize| {
                self.places[x].iter().filter(move |p| p.resolved_level() == Some(level) && p.level.is_some() && !institutions_place(x, p))
            };
            if let Some(x) = (s.saturating_sub(reach)..s).rev().take_while(|&x| same_paragraph(x)).find(|&x| of_level(x).next().is_some()) {
                let mut prev = of_level(x);
                if let (Some(p), None) = (prev.next(), prev.next()) {
                    return Some(p.name.clone());
                }
            }
        }
        // "Ұлытау облысында Жезқазған қалалық филиалы ... отырысы өтті.
        // ... облыстық филиал ...": in a round-up of regions, the oblast of
        // the gathering the sentence is in, not of the article's first region.
        // "(Ескелді аудандық филиалының белсенділерімен кездесу өтті.) ...
        // Аудандық филиалдың төрағасы X": the branch of that level whose
        // gathering the sentence is in.
        let gathering = self.current.get(s).copied().flatten().map(|e| self.events[e].key.org.as_str());
        if let Some(org) = gathering.filter(|o| o.starts_with("AMANAT/") && matches!(level, Level::District | Level::City) && level_of_key(o) == Some(level)) {
            return org.rsplit('/').next().map(str::to_string);
        }
        if level == Level::Oblast {
            // (Only an oblast the text names: a district's name may recur in
            // several oblasts, "Жамбыл ауданы".)
            let named = |o: &String| {
                self.named_oblasts
                    .get_or_init(|| self.places.iter().flatten().filter(|p| p.resolved_level() == Some(Level::Oblast)).map(|p| p.name.clone()).collect())
                    .contains(o)
            };
            if let Some(o) = gathering.and_then(|org| self.oblast_of_branch(org)).filter(named) {
                return Some(o);
            }
        }
        match level {
            Level::Oblast => self.focus.oblast.clone(),
            Level::District => self.focus.district.clone(),
            Level::City => self.focus.city.clone(),
            _ => None,
        }
    }

    /// The oblast of a district or city branch's key, by the gazetteer (an
    /// oblast branch's own); none for the central party and the cities of
    /// republican significance.
    fn oblast_of_branch(&self, key: &str) -> Option<String> {
        let rest = key.strip_prefix("AMANAT/")?;
        let (level, name) = rest.split_once('/')?;
        let kind = match level {
            "oblast" => return Some(name.to_string()),
            "district" => UnitKind::District,
            "city" => UnitKind::City,
            _ => return None,
        };
        // A name several oblasts have a district of ("Абай ауданы" in the
        // Abai and the Karaganda oblasts): the oblast the article is in, when
        // it is one of them ("Қарағанды облысы Абай аудандық филиалы").
        let focus = self.focus.oblast.as_deref();
        let in_focus = GAZ.oblasts_of_in(name, kind, self.before_2022).any(|parent| Some(parent) == focus);
        if in_focus {
            return focus.map(str::to_string);
        }
        GAZ.oblast_of_in(name, kind, self.before_2022)
    }

    /// The primary organisation the context is about: the current event's,
    /// else the first one an event of the article belongs to.
    fn context_primary(&self, s: usize) -> Option<String> {
        let is_primary = |k: &String| k.starts_with("AMANAT/primary/");
        let event = self.current.get(s).copied().flatten();
        // "Жаңатұрмыс ауылының бастауыш партия ұйымында болған өзгеріс ...
        // Ұйымды басқарған X": one the paragraph has just named, since the
        // gathering's own sentence.
        let named = self.named_primaries.get_or_init(|| (0..self.sents.len()).map(|x| self.primary_named_in(x)).collect());
        let since = event.map_or(0, |e| self.events[e].sentence);
        let paragraph = self.sents[s].paragraph;
        let recent = (since..=s).rev().take_while(|&x| self.sents[x].paragraph == paragraph).find_map(|x| named[x].clone());
        recent
            .or_else(|| event.map(|e| self.events[e].key.org.clone()).filter(is_primary))
            .or_else(|| self.events.iter().take(8).map(|e| e.key.org.clone()).find(is_primary))
            .or_else(|| {
                // "«Өзенмұнайгаз» АҚ жанындағы бастауыш партия ұйымы ... Өткен
                // аптада бастауыш партия ұйымының жиналысы өтті": the one
                // primary organisation the article has named so far.
                let every = self.every_primary.get_or_init(|| {
                    (0..self.sents.len())
                        .map(|x| {
                            let tokens = &self.sents[x].tokens;
                            (0..tokens.len()).find(|&k| names_one_primary(tokens, k)).map(|k| self.primary_at(x, k))
                        })
                        .collect()
                });
                let mut named = every[..=s].iter().flatten().flatten();
                let one = named.next()?;
                named.all(|k| k == one).then(|| one.clone())
            })
    }

    /// "Х әкімдігінің бастауыш партия ұйымы жаңа басшысын сайлады. Есеп
    /// беру-сайлау жиналысы ... өтті": the primary organisation the sentence
    /// before (in the same paragraph) named, whose a bare meeting is.
    fn primary_just_named(&self, s: usize) -> Option<String> {
        let p = s.checked_sub(1).filter(|&p| self.sents[p].paragraph == self.sents[s].paragraph)?;
        let named = self.named_primaries.get_or_init(|| (0..self.sents.len()).map(|x| self.primary_named_in(x)).collect());
        named[p].clone()
    }

    /// The primary organisation a sentence names, other than in a title
    /// (a title names its holder's): "X ауылының бастауыш партия ұйымында ...".
    fn primary_named_in(&self, s: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let k = (1..tokens.len()).find(|&k| {
            let l = tokens[k].lower.as_str();
            let at = is_locative(l) || is_dative(l) || l.ends_with("ындағы") || l.ends_with("індегі");
            // ("Көкшетау қаласы әкімдігінің бастауыш партия ұйымы жаңа
            // басшысын сайлады": the subject, no title's head after it.)
            let subject = l == "ұйымы"
                && names_one_primary(tokens, k)
                && tokens.get(k + 1).is_some_and(|n| n.is_word() && orgs::role_word(&n.lower).is_none() && self.mention_at(s, k + 1).is_none());
            l.starts_with("ұйым") && matches!(tokens[k - 1].lower.as_str(), "партия" | "бастауыш") && (at || subject)
        })?;
        self.primary_at(s, k)
    }

    /// The branch named by the first of the words `ks` of sentence `s` that
    /// is "филиал" in the locative ("Ескелді аудандық филиалында"), other
    /// than the party as a whole.
    fn locative_branch(&self, s: usize, mut ks: impl Iterator<Item = usize>) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let k = ks.find(|&k| tokens[k].lower.starts_with("филиал") && is_locative(&tokens[k].lower))?;
        self.branch_at(s, k).filter(|b| b != "AMANAT/central")
    }

    /// "Еңбекшіқазақ аудандық филиалында да кадрлық өзгеріс болды. Филиал
    /// төрағасы ...": a sentence that turns to another branch ("X филиалында
    /// да", also at X) makes it what a bare "Филиал" opening the next one means.
    fn branch_also_named(&self, s: usize, at: usize) -> Option<String> {
        if s == 0 || self.sents[s - 1].paragraph != self.sents[s].paragraph {
            return None;
        }
        // (Not once the sentence has named a branch of its own.)
        let tokens = &self.sents[s].tokens;
        if (1..at.min(tokens.len())).any(|k| tokens[k].lower.starts_with("филиал") && orgs::classifier_level(&tokens[k - 1].lower).is_some()) {
            return None;
        }
        let prev = &self.sents[s - 1].tokens;
        let k = (0..prev.len().saturating_sub(1)).find(|&k| {
            prev[k].lower.starts_with("филиал")
                && is_locative(&prev[k].lower)
                && !plural_after(&prev[k].lower, "филиал")
                && matches!(prev[k + 1].lower.as_str(), "да" | "де" | "та" | "те")
        });
        // "Екінші мәселе Федоров аудандық филиалының басшылығына қатысты
        // болды.": a sentence naming no one, of one branch by its place, is
        // the topic the next turns to.
        let topic = || {
            // (Nobody in it: no name, pronoun or office.)
            if !self.mentions[s - 1].is_empty() || prev.iter().any(|t| matches!(t.lower.as_str(), "ол" | "оның") || orgs::role_word_any(&t.lower).is_some()) {
                return None;
            }
            let mut named = (1..prev.len()).filter(|&k| {
                prev[k].lower.starts_with("филиал") && !plural_after(&prev[k].lower, "филиал") && matches!(orgs::classifier_level(&prev[k - 1].lower), Some(Level::District | Level::City))
            });
            match (named.next(), named.next()) {
                (Some(k), None) if self.places[s - 1].iter().any(|p| p.end + 1 == k) => Some(k),
                _ => None,
            }
        };
        let k = k.or_else(topic)?;
        self.branch_at(s - 1, k).filter(|key| key != "AMANAT/central")
    }

    /// The branch a bare "филиал" means in sentence `s`.
    fn context_branch(&self, s: usize) -> Option<String> {
        let from_event = self
            .current
            .get(s)
            .copied()
            .flatten()
            .map(|e| self.events[e].key.org.clone())
            // (A primary organisation is no "филиал".)
            .filter(|k| k.starts_with("AMANAT/") && k != "AMANAT/central" && !k.starts_with("AMANAT/primary/"));
        // Before the article's first event, the branch the text has named
        // so far ("Алматы қалалық филиалының конференциясы ... өтеді. ...
        // филиал төрағасы ..." and only later "Алмалы аудандық филиалының
        // конференциясы өтті").
        let before_main = self.main_event.is_some_and(|m| self.events[m].sentence > s) && self.current.get(s).copied().flatten().is_none();
        let named_so_far = || {
            self.opening_branch.get_or_init(|| self.first_explicit_branch()).clone().filter(|(at, _)| *at <= s).map(|(_, k)| k)
        };
        from_event.or_else(|| if before_main { named_so_far() } else { None }).or_else(|| self.main_branch.clone())
    }

    /// The first branch the text names with its level (not by anaphora), and
    /// the sentence naming it.
    fn first_explicit_branch(&self) -> Option<(usize, String)> {
        for s in 0..self.sents.len() {
            let tokens = &self.sents[s].tokens;
            for k in 0..tokens.len() {
                let t = &tokens[k];
                if t.quoted || !t.lower.starts_with("филиал") || plural_after(&t.lower, "филиал") {
                    continue;
                }
                let first = orgs::title_start(tokens, k, &|i| self.mention_at(s, i).is_some());
                let spec = branch_spec(&tokens[first..=k], &self.places[s], first, k);
                if let Some(spec @ OrgSpec::Branch { level: Some(Level::Oblast | Level::City | Level::District), .. }) = spec {
                    if let Some(key) = self.resolve(&spec, s, first, None) {
                        return Some((s, key));
                    }
                }
            }
        }
        None
    }

    fn branch_key(level: Level, region: &str) -> String {
        format!("AMANAT/{}/{}", level.key(), region)
    }

    /// The key of the body a spec names, in sentence `s` with the title
    /// starting at token `at`; `hint` is the level of another title of the
    /// same person (a faction sits in the maslikhat of that level).
    fn resolve(&self, spec: &OrgSpec, s: usize, at: usize, hint: Option<Level>) -> Option<String> {
        let region = |level: Level, place: &Option<String>| place.clone().or_else(|| self.region_for(s, at, level));
        match spec {
            OrgSpec::Branch { level: Some(Level::Primary), primary: Some(n), .. } => Some(format!("AMANAT/primary/{n}")),
            OrgSpec::Branch { level: Some(Level::Primary), primary: None, .. } => self.hosted_primary(spec, s, at).or_else(|| self.context_primary(s)).or_else(|| {
                // "«X» ЖШС-да жұмыс істейтін бастауыш партия ұйымы": the company of the sentence.
                let at = self.named_orgs.partition_point(|(x, _)| *x < s);
                self.named_orgs.get(at).filter(|(x, _)| *x == s).map(|(_, n)| format!("AMANAT/primary/{n}"))
            }),
            OrgSpec::Branch { level: Some(Level::Central), .. } => Some("AMANAT/central".into()),
            OrgSpec::Branch { level: Some(level), place, .. } => {
                if matches!(level, Level::Rural) {
                    return None;
                }
                region(*level, place).map(|r| Self::branch_key(*level, &r))
            }
            OrgSpec::Branch { level: None, explicit_branch, place, .. } => {
                if place.is_some() {
                    return None;
                }
                if *explicit_branch {
                    // "X облыстық филиалына ауыстырылып, осы филиалдың ...
                    // хатшысы": the branch the sentence has just named.
                    let tokens = &self.sents[s].tokens;
                    let demonstrative = |k: usize| tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "осы" | "бұл" | "аталған"));
                    let this = demonstrative(at) || at.checked_sub(1).is_some_and(demonstrative);
                    let named = || {
                        (0..at)
                            .rev()
                            .filter(|&k| tokens[k].lower.starts_with("филиал") && k > 0 && orgs::classifier_level(&tokens[k - 1].lower).is_some())
                            .find_map(|k| self.branch_at(s, k))
                            .filter(|key| key != "AMANAT/central")
                    };
                    this.then(named).flatten().or_else(|| self.branch_also_named(s, at)).or_else(|| self.context_branch(s))
                } else {
                    let tokens = &self.sents[s].tokens;
                    let body = tokens[at..].iter().take(8).any(|t| {
                        starts(t, &["бюро", "саяси", "атқарушы", "комиссия", "бақылау"])
                    });
                    // Only the title's own words: in "Бюро мүшесі болып ... «AMANAT»
                    // партиясы фракциясының жетекшісі" the party is the faction's.
                    let party = tokens[at..]
                        .iter()
                        .take(6)
                        .take_while(|t| !matches!(t.lower.as_str(), "болып" | "етіп" | "ретінде") && !t.is(","))
                        .any(|t| is_party_noun(t) || t.lower == "нұр");
                    if party {
                        Some("AMANAT/central".into())
                    } else if body {
                        self.context_branch(s)
                    } else {
                        None
                    }
                }
            }
            OrgSpec::Maslikhat { level, place } => {
                // "мәслихаттағы фракция" with nothing said after "Бөкей ордасы
                // аудандық мәслихатының сессиясы": the maslikhat named so far.
                if level.is_none() && place.is_none() && hint.is_none() {
                    if let Some(named) = self.named_maslikhat(s) {
                        return Some(named);
                    }
                }
                // "мәслихат төрағасы" with no level: the article's level.
                let level = level
                    .or(hint)
                    .or_else(|| self.main_branch.as_ref().and_then(|b| level_of_key(b)))
                    .or_else(|| self.focus.oblast.as_ref().map(|_| Level::Oblast))?;
                region(level, place).map(|r| format!("maslikhat/{}/{r}", level.key()))
            }
            OrgSpec::Faction { level, place } => {
                // "фракция жетекшісі" with nothing said: the assembly of the
                // faction the article named last.
                if level.is_none() && hint.is_none() && place.is_none() {
                    if let Some(home) = self.faction_home(s) {
                        return Some(home);
                    }
                }
                let level = level
                    .or(hint)
                    .or_else(|| self.main_branch.as_ref().and_then(|b| level_of_key(b)))?;
                region(level, place).map(|r| format!("maslikhat/{}/{r}", level.key()))
            }
            OrgSpec::Gov { level: Level::Central, .. } => Some("gov/central".into()),
            // "осы округ әкімінің орынбасары": the one rural district the article has named.
            OrgSpec::Gov { level: Level::Rural, place } => place.as_ref().map(|p| format!("gov/rural/{p}")).or_else(|| {
                // "Жарсуат ауылдық округіне барып, ... Ауылдық округ әкімі X":
                // the rural district named just before.
                // (Only "ауылдық округ әкімі", not "ауыл әкімі": any village's akim.)
                let toks = &self.sents[s].tokens;
                // ("Округ әкімі X": the bare noun too.)
                let district_word = (toks.get(at).is_some_and(|t| t.lower == "ауылдық") && toks.get(at + 1).is_some_and(|t| t.lower.starts_with("округ")))
                    || toks.get(at).is_some_and(|t| t.lower.starts_with("округ"));
                let named = (s.saturating_sub(3)..=s).rev().filter(|_| district_word).find_map(|x| {
                    let t = &self.sents[x].tokens;
                    let upto = if x == s { at } else { t.len() };
                    (1..upto.min(t.len()).saturating_sub(1)).rev().find_map(|k| {
                        (t[k].lower == "ауылдық" && t[k + 1].lower.starts_with("округ") && t[k - 1].is_capitalized() && t[k - 1].is_word())
                            .then(|| t[k - 1].text.clone())
                    })
                });
                // ("Бақты ауылында қонақтарды ауылдық округтің әкімі X қарсы
                // алды": the village where, in the same sentence.)
                let village = (1..at.min(toks.len()))
                    .rev()
                    .find(|&k| matches!(toks[k].lower.as_str(), "ауылында" | "ауылына" | "ауылындағы") && toks[k - 1].is_capitalized() && toks[k - 1].is_word())
                    .map(|k| toks[k - 1].text.clone())
                    .filter(|_| district_word);
                if let Some(n) = village.or(named) {
                    return Some(format!("gov/rural/{n}"));
                }
                let mut rural = self.holders.keys().map(|(_, o)| o).filter(|o| o.starts_with("gov/rural/"));
                let one = rural.next()?;
                rural.all(|o| o == one).then(|| one.clone())
            }),
            OrgSpec::Gov { level, place } => region(*level, place).map(|r| format!("gov/{}/{r}", level.key())),
            OrgSpec::Named(name) => Some(format!("org/{name}")),
            OrgSpec::NamedAnaphor => {
                // "колледж директоры" where the context is the primary of
                // "Қандыағаш көпсалалы колледжі": that institution.
                let toks = &self.sents[s].tokens;
                let noun = toks.get(at..).and_then(|ts| ts.iter().take(4).find(|t| orgs::is_host_noun(&t.lower)));
                let stem = |w: &str| w.chars().take(5).collect::<String>();
                let hosted = noun.and_then(|n| {
                    let name = self.context_primary(s)?.strip_prefix("AMANAT/primary/")?.to_string();
                    let last = segment::lower(name.rsplit(' ').next()?);
                    (n.lower.chars().count() >= 5 && stem(&last) == stem(&n.lower)).then(|| format!("org/{name}"))
                });
                if hosted.is_some() {
                    return hosted;
                }
                let upto = self.named_orgs.partition_point(|(x, _)| *x <= s);
                let before = upto.checked_sub(1).map(|i| &self.named_orgs[i]);
                before.or(self.named_orgs.first()).map(|(_, n)| format!("org/{n}"))
            }
            OrgSpec::Body { level, place, name } => match level {
                Some(l) => {
                    let r = region(*l, place)?;
                    Some(format!("org/{r} {} {name}", l.adjective()))
                }
                // "кеңес төрағасы", "ардагерлер кеңесінің төрағасы" with no
                // place: the council whose gathering the article tells of.
                None => {
                    let words: Vec<&str> = name.split(' ').collect();
                    let stem: String = words.last().map(|w| w.to_lowercase().chars().take(5).collect()).unwrap_or_default();
                    let told = self.events.iter().map(|e| e.key.org.as_str()).find(|org| {
                        let Some(body) = org.strip_prefix("org/") else { return false };
                        let lower = body.to_lowercase();
                        let body_words: Vec<&str> = lower.split(' ').collect();
                        stem.chars().count() == 5
                            && body_words.last().is_some_and(|w| w.starts_with(&stem))
                            && words[..words.len() - 1].iter().all(|w| body_words.contains(&w.to_lowercase().as_str()))
                    });
                    match told {
                        Some(org) => Some(org.to_string()),
                        // A bare "кеңес" names no council by itself.
                        None if words.len() == 1 => None,
                        None => Some(format!("org/{name}")),
                    }
                }
            },
            OrgSpec::BodyBranch { level, place, name } => {
                let r = region(*level, place)?;
                Some(format!("org/{name} {r} {} филиалы", level.adjective()))
            }
            OrgSpec::Parliament(chamber) => Some(format!("parliament/{chamber}")),
            OrgSpec::Wing { name, level, place, branch } => {
                let name = name.clone().or_else(|| self.wing_name.clone())?;
                if !branch {
                    return Some(format!("org/{name}"));
                }
                let level = (*level)?;
                let r = region(level, place)?;
                Some(format!("org/{name} {r} {} филиалы", level.adjective()))
            }
        }
    }

    fn add(&mut self, fact: Fact, s: usize) {
        let span = span_of(&self.sents[s]);
        self.facts.entry(fact).or_insert(span);
    }

    // ----- events -----------------------------------------------------------

    /// Whether every event noun of sentence `s` is in the locative before a
    /// participle that describes a noun ("съезде бекітілген реформа").
    fn event_in_passing(&self, s: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        let mut nouns = (0..tokens.len()).filter(|&k| !tokens[k].quoted && event_noun(&tokens[k].lower).is_some()).peekable();
        nouns.peek().is_some()
            && nouns.all(|k| {
                is_locative(&tokens[k].lower) && tokens.get(k + 1).is_some_and(is_participle) && tokens.get(k + 2).is_some_and(|n| n.is_word() && !starts(n, &["бол", "еді"]))
            })
    }

    fn find_events(&mut self) {
        // Sentences are final from here on (glued words were split before).
        self.future_flags = std::cell::OnceCell::new();
        self.current = vec![None; self.sents.len()];
        // Body sentences first decide the main event; headlines then refer to it.
        let order: Vec<usize> =
            (0..self.sents.len()).filter(|&s| !self.sents[s].headline).chain((0..self.sents.len()).filter(|&s| self.sents[s].headline)).collect();
        let mut current: Option<usize> = None;
        let mut seen_body = false;
        for s in order {
            if self.sents[s].headline && !seen_body {
                seen_body = true;
                current = self.main_event;
            }
            if !self.sents[s].headline {
                seen_body = false;
            }
            if self.sents[s].headline {
                // A headline may state an event the body only announces
                // ("… съезі басталды"); it names its body explicitly or not at all.
                self.in_headline = true;
                let named = self.events_in(s);
                self.in_headline = false;
                self.current[s] = named.or(self.main_event);
                continue;
            }
            // "Жиналыста ... сөз алған X съезд жұмысына тоқталды": a
            // sentence opening at an event the article has is there again,
            // whatever else it names.
            let council = self.republican_council_in(s, current);
            // (Only a congress or the Republican council told as background
            // is left this way: elsewhere a bare "Жиында" is the gathering
            // the text is at.)
            let background = current.filter(|&c| {
                let key = &self.events[c].key;
                key.kind == EventKind::Congress || (key.org == "AMANAT/central" && key.kind == EventKind::CouncilSession)
            });
            let opening = background.and(self.opening_scene(s)).filter(|&o| Some(o) != background);
            let named = self.events_in(s);
            if let Some((x, scene)) = council {
                // The party's Republican council is where the sentence is
                // when people attend or speak at it; an article about it
                // alone has it as its main event.
                if scene || (current.is_none() && named.is_none()) {
                    current = Some(x);
                    self.current[s] = current;
                    if self.main_event.is_none() {
                        self.main_event = Some(x);
                    }
                    continue;
                }
            }
            if let Some(o) = opening.filter(|&o| named.is_none_or(|e| e == o || self.events[e].sentence != s)) {
                current = Some(o);
                self.current[s] = current;
                continue;
            }
            if let Some(e) = named {
                // "X съезд шешімдеріне сәйкес міндеттерді атады", "съезден
                // алған әсерімен бөлісті": another event the article has,
                // named only as a topic, leaves the scene where it was.
                if current.is_some_and(|c| c != e) && self.events[e].sentence != s && self.only_topic_of(s, e) {
                    self.current[s] = current;
                    continue;
                }
                // "... съезде бекітілген реформаны түсіндірді": an event named
                // in passing, in a clause describing something else, is not
                // what the next sentences are about.
                // So is one told of "according to" a speaker ("Оның айтуынша,
                // съезде ... баяндама жасады"), or inside a speaker's words.
                // So is one the sentence recalls as known ("... съезінде
                // атауы өзгертілгені белгілі").
                let reported = self.sents[s].speech || according_to(&self.sents[s].tokens) || told_as_known(&self.sents[s].tokens);
                if current.is_some() && (self.event_in_passing(s) || told_by_a_speaker(&self.sents[s].tokens) || reported) {
                    self.current[s] = Some(e);
                    continue;
                }
                current = Some(e);
                if self.main_event.is_none() {
                    self.main_event = Some(e);
                    // (A primary organisation is no "филиал": its article's
                    // bare branch words mean the branch it is under.)
                    self.main_branch = Some(self.events[e].key.org.clone()).filter(|k| k.starts_with("AMANAT/") && !k.starts_with("AMANAT/primary/"));
                    self.refocus();
                }
            }
            self.current[s] = current;
        }
        if self.main_branch.is_none() {
            self.main_branch = self.first_branch();
        }
        for (key, attrs) in std::mem::take(&mut self.unplaced_attrs) {
            if let Some(x) = self.event_index(&key) {
                merge_attrs(&mut self.events[x].attrs, attrs);
            }
        }
        // An event only the headline states ("... съезі өз жұмысын
        // бастады") is what the whole body reports.
        if self.main_event.is_none() {
            let stated = (0..self.sents.len()).filter(|&s| self.sents[s].headline).find_map(|s| self.current[s]);
            if let Some(e) = stated {
                self.main_event = Some(e);
                for c in self.current.iter_mut() {
                    c.get_or_insert(e);
                }
            }
        }
        // Headlines belong to the main event; body sentences before the
        // first event is named are background and belong to none.
        for (s, c) in self.current.iter_mut().enumerate() {
            if c.is_none() && self.sents[s].headline {
                *c = self.main_event;
            }
        }
    }

    /// The party's Republican council (Республикалық партиялық кеңес), a
    /// session of the central party, when the sentence says it took place:
    /// "... кеңес өтті", "елордада өткен Республикалық партия кеңесінің
    /// отырысында", "Республикалық кеңесте ... сөз алды", "кеңеске ...
    /// қатысты". With it the bare "Кеңесте", "кеңеске" of the sentences
    /// that follow it. Returns the event and whether the sentence is there
    /// (not only speaking of it).
    fn republican_council_in(&mut self, s: usize, current: Option<usize>) -> Option<(usize, bool)> {
        let tokens = &self.sents[s].tokens;
        let key = EventKey { kind: EventKind::CouncilSession, org: "AMANAT/central".to_string() };
        let past = self.past_finite(s);
        let attends = |from: usize| tokens[from..].iter().any(|t| starts(t, &["қатыс"])) && past;
        let named = (0..tokens.len()).find_map(|k| republican_council_at(tokens, k).map(|c| (k, c)));
        let Some((k, c)) = named else {
            // "Кеңесте сөз сөйлеген X": the council the text is at.
            let here = self.event_index(&key).filter(|&x| current == Some(x))?;
            let bare = tokens.iter().enumerate().find(|(_, t)| !t.quoted && matches!(t.lower.as_str(), "кеңесте" | "кеңеске"))?.0;
            let before = bare.checked_sub(1).map(|b| tokens[b].lower.as_str()).unwrap_or("");
            let modified = orgs::classifier_level(before).is_some() || is_genitive(before) || before.ends_with("лық") || before.ends_with("лік") || before.ends_with("дық") || before.ends_with("дік");
            let at = if tokens[bare].lower == "кеңесте" { past } else { attends(bare) };
            return (at && !modified).then_some((here, true));
        };
        let w = tokens[c].lower.as_str();
        // ("Республикалық партиялық кеңес өткен аптада Астанада өтті": the subject.)
        let took_place_next = tokens.get(c + 1).is_some_and(|n| segment::among(TOOK_PLACE, &n.lower))
            || (is_nominative_noun(w) && tokens[c + 1..].iter().any(|n| matches!(n.lower.as_str(), "өтті" | "өткізілді" | "болды")));
        let past_participle = tokens[k.saturating_sub(5)..k].iter().any(|t| matches!(t.lower.as_str(), "өткен" | "болған" | "өткізілген" | "қатысқан"));
        let locative = is_locative(w) && !is_nominative_noun(w);
        let dative_attended = is_dative(w) && attends(c);
        let happened = (took_place_next && past) || past_participle || (locative && past) || dative_attended;
        if !happened || self.future(s) {
            return None;
        }
        // ("... өткен Республикалық партия кеңесінің отырысында көтерілген
        // мәселелер", "кеңесте берілген тапсырмалар": spoken of.)
        let described = tokens.get(c + 1).is_some_and(is_participle) || (k > 0 && past_participle && is_participle(&tokens[k - 1]));
        let scene = (took_place_next || locative || dative_attended) && !(locative && described);
        let x = match self.event_index(&key) {
            Some(x) => x,
            None => {
                // (Not what a later bare "отырыс" or a new event's
                // background test means: that stays the article's own.)
                let kept = (self.latest_by_kind.get(&EventKind::CouncilSession).copied(), self.latest_event_created);
                let x = self.push_event(Event { key, attrs: Vec::new(), sentence: s });
                match kept.0 {
                    Some(k) => self.latest_by_kind.insert(EventKind::CouncilSession, k),
                    None => self.latest_by_kind.remove(&EventKind::CouncilSession),
                };
                self.latest_event_created = kept.1.or(Some(x));
                x
            }
        };
        Some((x, scene))
    }

    /// The event a sentence opens at: its first word (after "Ал",
    /// "Сондай-ақ") an event noun in the locative ("Жиналыста", "Съезде")
    /// or framing it ("Жиын соңында", "Отырыс барысында"). A generic
    /// gathering word means the article's main event; a congress, a
    /// conference or a meeting by name, the latest of its kind.
    fn opening_scene(&self, s: usize) -> Option<usize> {
        let tokens = &self.sents[s].tokens;
        let k = tokens.iter().position(|t| t.is_word() && !matches!(t.lower.as_str(), "ал" | "сондай-ақ" | "сонымен" | "қатар" | "енді"))?;
        let t = &tokens[k];
        if t.quoted {
            return None;
        }
        let noun = event_noun(&t.lower)?;
        let at = (is_locative(&t.lower) && !is_nominative_noun(&t.lower)) || framed_by(tokens, k) || during(tokens, k) || tokens.get(k + 1).is_some_and(|n| n.lower == "басында");
        if !at {
            return None;
        }
        let main = self.main_event.filter(|&m| self.events[m].key.kind != EventKind::Congress);
        let of = |kind: EventKind| self.latest_event(kind);
        match noun {
            EventNoun::Congress => of(EventKind::Congress),
            EventNoun::Conference => of(EventKind::Conference),
            EventNoun::Session => main.filter(|&m| matches!(self.events[m].key.kind, EventKind::CouncilSession | EventKind::Meeting)).or_else(|| of(EventKind::CouncilSession)),
            EventNoun::Gathering if starts(t, &["жиналыс", "кездесу"]) => {
                main.filter(|&m| self.events[m].key.kind == EventKind::Meeting).or_else(|| of(EventKind::Meeting))
            }
            EventNoun::Gathering => main,
        }
    }

    /// Whether every mention in sentence `s` of event `x`'s kind names it
    /// as a topic, not as where the sentence is: a genitive or ablative
    /// ("съезден алған әсерімен"), a bare noun before its possession
    /// ("съезд шешімдеріне", "съезд жұмысына"), a dative nobody attends,
    /// or a locative inside what someone reports ("съезде ... айтылғанын").
    fn only_topic_of(&self, s: usize, x: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        let kind = self.events[x].key.kind;
        let of_kind = |n: EventNoun| match n {
            EventNoun::Congress => kind == EventKind::Congress,
            EventNoun::Conference => kind == EventKind::Conference,
            EventNoun::Session | EventNoun::Gathering => !matches!(kind, EventKind::Congress | EventKind::Conference),
        };
        let mentions: Vec<usize> = (0..tokens.len()).filter(|&k| !tokens[k].quoted && event_noun(&tokens[k].lower).is_some_and(of_kind)).collect();
        let attends = tokens.iter().any(|t| starts(t, &["қатыс", "барды", "барып", "аттанды"]));
        !mentions.is_empty()
            && mentions.iter().all(|&k| {
                let lower = tokens[k].lower.as_str();
                let next = tokens.get(k + 1);
                let possessed = next.is_some_and(|n| {
                    n.is_word()
                        && !starts(n, &["делегат", "қатысушы", "мінбер", "өтті", "өтіп", "болып", "болды", "барысында", "соңында", "кезінде", "басында", "аясында", "жұмысын", "ашты", "ашып"])
                        && ["ы", "і", "ын", "ін", "на", "не", "нан", "нен", "нда", "нде"].iter().any(|e| n.lower.ends_with(e))
                });
                let reported = k > 1 && tokens[k + 1..].iter().any(|t| t.is_word() && is_reported_verb(&t.lower));
                if is_nominative_noun(lower) {
                    possessed
                } else if is_genitive(lower) || is_ablative(lower) {
                    true
                } else if is_dative(lower) {
                    !attends
                } else if is_locative(lower) {
                    reported
                } else {
                    false
                }
            })
    }

    /// The main event's place becomes the focus of its level.
    fn refocus(&mut self) {
        let Some(branch) = self.main_branch.clone() else { return };
        let parts: Vec<&str> = branch.splitn(3, '/').collect();
        if let [_, level, region] = parts.as_slice() {
            match *level {
                "oblast" => self.focus.oblast = Some(region.to_string()),
                "district" => {
                    self.focus.district = Some(region.to_string());
                    if let Some(o) = GAZ.oblast_of_in(region, UnitKind::District, self.before_2022) {
                        self.focus.oblast.get_or_insert(o);
                    }
                }
                "city" => {
                    self.focus.city = Some(region.to_string());
                    if let Some(o) = GAZ.oblast_of_in(region, UnitKind::City, self.before_2022) {
                        self.focus.oblast.get_or_insert(o);
                    }
                }
                _ => {}
            }
        }
    }

    /// The first branch the article names (when it has no event).
    fn first_branch(&self) -> Option<String> {
        for s in 0..self.sents.len() {
            for k in 0..self.sents[s].tokens.len() {
                let t = &self.sents[s].tokens[k];
                if t.lower.starts_with("филиал") && !plural_after(&t.lower, "филиал") {
                    if let Some(key) = self.branch_at(s, k) {
                        if key != "AMANAT/central" {
                            return Some(key);
                        }
                    }
                }
            }
        }
        None
    }

    fn future(&self, s: usize) -> bool {
        self.future_flags.get_or_init(|| (0..self.sents.len()).map(|x| self.future_uncached(x)).collect())[s]
    }

    fn future_uncached(&self, s: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        // "... отырысын өткізіп, есебін тыңдаймыз.": a sentence ending in
        // the first person plural's present-future is a plan or a habit.
        let last_word = tokens.iter().rev().find(|t| t.is_word());
        if last_word.is_some_and(|t| {
            !t.quoted && t.lower.chars().count() >= 7 && ["амыз", "еміз", "аймыз", "ейміз", "ймыз", "йміз"].iter().any(|e| t.lower.ends_with(e))
        }) {
            return true;
        }
        // "өткізуге мәжбүр болды": had to hold it, which says nothing of the future.
        tokens.iter().enumerate().any(|(k, t)| {
            // "жоспарланған бағдарлама": a participle describing some other noun
            // (a planned programme) says nothing of an event's time.
            let describes_other = || {
                (t.lower.ends_with("ған") || t.lower.ends_with("ген"))
                    && tokens.get(k + 1).is_some_and(|n| n.is_word() && event_noun(&n.lower).is_none() && !is_debate_noun(&n.lower) && !is_reception_noun(&n.lower))
            };
            // "алдағы маусымға дайындыққа арналған кеңес өтті": a coming
            // season, not a coming gathering, when the gathering took place.
            let coming_other = || {
                t.lower == "алдағы"
                    && tokens.get(k + 1).is_some_and(|n| n.is_word() && event_noun(&n.lower).is_none() && !is_debate_noun(&n.lower))
                    && tokens.iter().any(|x| matches!(x.lower.as_str(), "өтті" | "өткізілді"))
            };
            starts(t, FUTURE) && !tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("мәжбүр")) && !describes_other() && !coming_other()
        })
    }

    fn took_place(&self, s: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        tokens.iter().enumerate().any(|(k, t)| {
            starts(t, TOOK_PLACE)
                // A participle of holding: before the event it describes ("X
                // филиалы ұйымдастырған жастар форумында"), or in the pluperfect
                // ("... конференциясы өткен болатын / еді"), told in passing.
                || (matches!(t.lower.as_str(), "өткен" | "өткізген" | "өткізілген" | "ұйымдастырған" | "ұйымдастырылған")
                    && (tokens.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "болатын" | "еді"))
                        // (The event's body may be named at length between:
                        // "өткен «AMANAT» партиясы Аягөз аудандық филиалының
                        // XXXI есеп беру-сайлау конференциясының".)
                        || (k + 1..tokens.len().min(k + 16)).take_while(|&j| !tokens[j].is(",")).any(|j| {
                            let n = &tokens[j].lower;
                            event_noun(n).is_some() || is_debate_noun(n) || n == "селекторлық" || is_public_hearing(tokens, j)
                        })))
                || (matches!(t.lower.as_str(), "бастады" | "аяқтады") && k > 0 && tokens[k - 1].lower == "жұмысын")
                // "... партиялықтар конференцияға жиналды": gathered for it.
                || (matches!(t.lower.as_str(), "жиналды" | "жиналып") && k > 0 && is_dative(&tokens[k - 1].lower) && event_noun(&tokens[k - 1].lower).is_some())
                // "конференциясы аяқталды": it was held and is over.
                || (t.lower == "аяқталды" && k > 0 && event_noun(&tokens[k - 1].lower).is_some())
        })
    }

    /// Where the words naming an event's body begin, before the event noun at `e`.
    fn event_segment(&self, s: usize, e: usize) -> usize {
        let tokens = &self.sents[s].tokens;
        let blocked = |k: usize| self.mention_at(s, k).is_some();
        let mut i = e;
        loop {
            let mut start = orgs::title_start(tokens, i, &blocked);
            // "филиалы жанындағы партиялық бақылау жөніндегі қоғамдық
            // кеңестің отырысы": what a council is for stands between it and
            // the body it is kept by.
            if start >= 2 && tokens[start - 1].lower == "жөніндегі" {
                if let Some(h) = (start.saturating_sub(6)..start - 1).rev().find(|&k| tokens[k].lower == "жанындағы") {
                    start = orgs::title_start(tokens, h, &blocked);
                }
            }
            // Event modifiers and ordinals between the body and the noun.
            let mut j = start;
            while j > 0 {
                let t = &tokens[j - 1];
                let modifier = t.is("(") || t.is(")") || matches!(
                    t.lower.as_str(),
                    "кезектен" | "тыс" | "кезекті" | "есеп" | "беру-сайлау" | "беру" | "сайлау" | "есеп-беру" | "кеңейтілген" | "жылдық"
                        | "есепті-сайлау" | "есептік-сайлау" | "есептік"
                        | "партиялық" | "қорытынды" | "отчеттық" | "есепті" | "біріккен" | "жалпы" | "бірлескен"
                        | "көшпелі" | "онлайн" | "ашық" | "алғашқы" | "соңғы" | "келесі" | "пленарлық" | "мерейтойлық" | "салтанатты"
                        // "облыстық сайлауалды штабының отырысы": the branch's campaign staff.
                        | "сайлауалды" | "штабының" | "штабы"
                        // "мәслихатының VIII шақырылымының кезектен тыс III сессиясы": the convocation.
                        | "шақырылымының" | "шақырылымдағы" | "шақырылған"
                ) || orgs::ordinal(t).is_some()
                    // "партиясының жеңімпаздар форумы": who the party's
                    // gathering is of, a plural noun between. (Not "өңірлік
                    // жастар форумы", a region's youth forum.)
                    || (j == e
                        && j >= 2
                        && t.is_word()
                        && !t.is_capitalized()
                        && !t.quoted
                        && ["лар", "лер", "дар", "дер", "тар", "тер"].iter().any(|x| t.lower.ends_with(x))
                        && is_party_noun(&tokens[j - 2])
                        && is_genitive(&tokens[j - 2].lower))
                    || (orgs::tens_word(&t.lower).is_some() && tokens.get(j).and_then(orgs::ordinal).is_some())
                    || (t.kind == super::segment::TokenKind::Number && t.text.len() <= 3)
                    || (t.is_dash() && j >= 2 && tokens[j - 2].kind == super::segment::TokenKind::Number);
                if modifier && !blocked(j - 1) {
                    j -= 1;
                } else {
                    break;
                }
            }
            if j == start {
                return start;
            }
            i = j;
            if i == 0 {
                return 0;
            }
        }
    }

    fn event_attrs(&self, s: usize, first: usize, e: usize) -> Vec<(EventAttr, String)> {
        let seg = &self.sents[s].tokens[first..e];
        let mut attrs = Vec::new();
        // "XXXVII", "37-ші", or a plain number right before the noun ("1 – конференциясы").
        let plain = seg
            .iter()
            .rev()
            .find(|t| !t.is_dash())
            .filter(|t| t.kind == super::segment::TokenKind::Number && t.text.len() <= 3)
            .and_then(|t| t.text.parse::<u32>().ok());
        let tokens = &self.sents[s].tokens;
        if let Some(n) = (first..e).rev().find_map(|k| orgs::ordinal_at(tokens, k)).or(plain) {
            attrs.push((EventAttr::Ordinal, n.to_string()));
        }
        // ("кезектен тыс өткен конференцияда": the participle between.)
        let held_out_of_turn = first >= 3
            && matches!(tokens[first - 1].lower.as_str(), "өткен" | "өткізілген" | "шақырылған")
            && tokens[first - 3].lower == "кезектен"
            && tokens[first - 2].lower == "тыс";
        if seg.windows(2).any(|w| w[0].lower == "кезектен" && w[1].lower == "тыс") || held_out_of_turn {
            attrs.push((EventAttr::Extraordinary, "yes".into()));
        }
        if is_reporting_election(seg) {
            attrs.push((EventAttr::ReportingElection, "yes".into()));
        }
        attrs
    }

    /// The branch a "филиал" (or party) word at `k` names, if the words before
    /// it say which.
    fn branch_at(&self, s: usize, k: usize) -> Option<String> {
        self.branch_at_from(s, k, true)
    }

    /// `branch_at`; with `coordinated` false, the last of coordinated
    /// branches ("облыстық және Тараз қалалық филиалы": Тараз) rather than the first.
    fn branch_at_from(&self, s: usize, k: usize, coordinated: bool) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let blocked = |i: usize| self.mention_at(s, i).is_some();
        let mut first = orgs::title_start(tokens, k, &blocked);
        // "5 аудандық филиал", "бірнеше аудандық филиал": counted branches are
        // no one branch; before "және" a branch may still be named alone
        // ("облыстық және 5 аудандық филиалдың": the oblast's).
        let counted = first.checked_sub(1).is_some_and(|c| is_count(tokens, c));
        if counted {
            let alone = coordinated
                && first >= 3
                && matches!(tokens[first - 2].lower.as_str(), "және" | "мен" | "пен")
                && orgs::classifier_level(&tokens[first - 3].lower).is_some()
                && !blocked(first - 3);
            if !alone {
                return None;
            }
            first = orgs::title_start(tokens, first - 3, &blocked).min(first - 3);
        } else if coordinated
            && first >= 2
            && matches!(tokens[first - 1].lower.as_str(), "және" | "мен" | "пен")
            && orgs::classifier_level(&tokens[first - 2].lower).is_some()
            && !blocked(first - 2)
        {
            first = orgs::title_start(tokens, first - 2, &blocked).min(first - 2);
        }
        // "Шымкент қалалық филиалы облыстық филиалдың құрамынан", "Мұндағы
        // бастауыш партия ұйымы Семей қалалық филиалына": a body named whole
        // (in the nominative) before is not part of this one's words.
        if let Some(j) = (first..k).rev().find(|&j| matches!(tokens[j].lower.as_str(), "филиалы" | "филиал" | "ұйымы" | "ұйым")) {
            first = j + 1;
        }
        let seg = &tokens[first..=k];
        if seg.iter().any(|t| t.lower.starts_with("аумақтық") || plural_after(&t.lower, "филиал")) {
            return None;
        }
        let spec = branch_spec(seg, &self.places[s], first, k)?;
        self.resolve(&spec, s, first, None)
    }

    /// Finds and records the events of sentence `s`; returns the event the
    /// sentence is about, if it names one.
    fn events_in(&mut self, s: usize) -> Option<usize> {
        let tokens = self.sents[s].tokens.clone();
        let held_here = self.took_place(s);
        let happened = held_here && !self.future(s);
        let mut about = None;
        let mut created = None;
        let from = if self.sents[s].speech { attribution_start(&tokens) } else { 0 };
        // Whose gathering the sentence's chairing or attending official makes
        // it (the same for every event word of the sentence; found once).
        let mut chair_org: Option<Option<String>> = None;
        for (e, t) in tokens.iter().enumerate() {
            // Nothing named inside direct speech is where we are; a
            // congress it names may still lend its number to the one the
            // text states elsewhere ("«... XXV съезінде бекітуге ...», — деді").
            if t.quoted || e < from {
                if matches!(event_noun(&t.lower), Some(EventNoun::Congress)) {
                    self.congress_attrs_in_speech(s, e);
                }
                continue;
            }
            let next = tokens.get(e + 1).map(|n| n.lower.as_str()).unwrap_or("");
            // (The party's Republican council is read on its own.)
            if (e.saturating_sub(3)..e).any(|k| republican_council_at(&tokens, k).is_some_and(|c| c >= e)) {
                continue;
            }
            // "Сессияға аудан әкімі қатысып": a bare "сессия" is the
            // maslikhat's session the article has told of.
            if singular_of(&t.lower, "сессия") && self.event_segment(s, e) == e {
                let session = self.latest_event(EventKind::CouncilSession).filter(|&x| self.events[x].key.org.starts_with("maslikhat/"));
                if let Some(x) = session {
                    about = about.or(Some(x));
                    continue;
                }
            }
            // "аудандық активі өтті": the activists' meeting; "саяси кеңесі
            // өтті": a session of the political council.
            let held_next = segment::among(TOOK_PLACE, next) || next == "болып";
            let council_held = (t.lower == "кеңесі" || t.lower == "кеңес") && e > 0 && tokens[e - 1].lower == "саяси" && held_next;
            // "дөңгелек үстел": a round table, a gathering.
            let round_table = t.lower.starts_with("үстел") && !plural_after(&t.lower, "үстел") && e > 0 && tokens[e - 1].lower == "дөңгелек";
            // "қоғамдық тыңдау": a public hearing (not "есебін тыңдау", listening).
            let hearing = is_public_hearing(&tokens, e);
            // "облыстық филиалда кеңес өтті": a working meeting (not a body
            // such as "қоғамдық кеңес", "ардагерлер кеңесі").
            let body_before = e > 0
                && (starts(&tokens[e - 1], &["саяси", "қоғамдық", "ардагер", "аналар", "әйелдер", "жастар", "ақсақал", "сарапш", "ғылыми", "үйлестіру", "қамқоршы"])
                    || orgs::classifier_level(&tokens[e - 1].lower).is_some()
                    || is_genitive(&tokens[e - 1].lower));
            // "селекторлық кеңесте": a meeting held by video link, whatever the verb.
            let selector = e > 0 && tokens[e - 1].lower == "селекторлық" && singular_of(&t.lower, "кеңес");
            // ("онлайн-кеңес", "семинар-кеңес": a kind of working meeting.)
            let working_meeting = ((t.lower == "кеңес" || t.lower.ends_with("-кеңес")) && held_next && !body_before) || selector;
            // "Үміткерлер арасында ашық дебат ұйымдастырылып, тұрғындар дауыс
            // берген.": a debate told as background (a participle ends the
            // sentence) once the article has its event is not a new scene.
            let background = self.latest_event_created.is_some()
                && tokens.iter().rev().find(|x| x.is_word()).is_some_and(|x| is_participle(x));
            let activity = !background && self.party_activity(s, e);
            let kind = if (t.lower == "активі" && held_next) || round_table || hearing || working_meeting {
                EventNoun::Gathering
            } else if council_held {
                EventNoun::Session
            } else {
                // "Алғашқы дебатты ... филиалы өткізді": a debate a branch held;
                // a debate of the party's primaries; a public reception.
                let Some(kind) = event_noun(&t.lower).or(activity.then_some(EventNoun::Gathering)) else { continue };
                kind
            };
            // "мәжіліс залында", "жиын залы": the hall, a venue.
            if next.starts_with("зал") {
                continue;
            }
            // "48 бастауыш партия ұйымы жиналысын өткізді": counted bodies'
            // gatherings are a general process, no one event.
            if held_by_counted_bodies(&tokens, e) {
                continue;
            }
            // "Конференциядан кейін ... отырысы өтті": a time told by the
            // event before, not where the sentence is.
            if is_ablative(&t.lower) && matches!(next, "кейін" | "соң") && (e + 2..tokens.len()).any(|k| event_noun(&tokens[k].lower).is_some()) {
                continue;
            }
            // "Мәжіліс депутаты", "Мәжіліс төрағасы": the chamber, not a sitting.
            // ("Парламент Мәжілісіндегі фракция": the chamber, capitalised in mid-sentence.)
            if t.lower.starts_with("мәжіліс") && ((t.lower == "мәжіліс" && orgs::role_word_any(next).is_some()) || (e > 0 && t.text.starts_with('М'))) {
                continue;
            }
            // "съездің шешімдері": an event named as a possessor is not where
            // we are, unless the words before it name a new one.
            let possessor = is_genitive(&t.lower);
            let first = self.event_segment(s, e);
            let seg = &tokens[first..e];
            // "3 рет бюро отырысы өткізілді": sessions counted, no one event.
            let counted = (first.saturating_sub(3) + 1..e).any(|k| {
                tokens[k].lower == "рет"
                    && (tokens[k - 1].kind == segment::TokenKind::Number
                        || matches!(tokens[k - 1].lower.as_str(), "бірнеше" | "екі" | "үш" | "төрт" | "бес" | "алты" | "жеті" | "сегіз" | "тоғыз" | "он"))
            });
            // "60-тан астам кездесу өткізіп", "бірнеше кездесу": meetings
            // counted over a year, a general process, no one event.
            let many = e > 0 && {
                let w = tokens[e - 1].lower.as_str();
                matches!(w, "бірнеше" | "ондаған" | "жүздеген" | "көптеген") || (matches!(w, "астам" | "жуық" | "аса") && e > 1 && tokens[e - 2].text.starts_with(|c: char| c.is_ascii_digit()))
            };
            if counted || many {
                continue;
            }
            // "ұйымдарының жиналыстары": each organisation's own meeting, a
            // general process; a forum of them is one event.
            let collective = t.lower.starts_with("форум") || t.lower.starts_with("съез");
            if !collective && seg.iter().any(|x| plural_after(&x.lower, "филиал") || plural_after(&x.lower, "ұйым")) {
                continue;
            }
            // "X филиалында басқосу өтті": a gathering a branch holds;
            // "«AMANAT» партиясының жиыны": the party's own.
            let republican = self.party_held_republican(s, e);
            let held_by_branch = || {
                republican.is_some()
                    || self.owner_branch(s, first).is_some()
                    || self.organiser(s, first).is_some()
                    || branch_spec(seg, &self.places[s], first, e.saturating_sub(1)).is_some()
                    || self.subject_branch_after(s, e).is_some()
            };
            let faction = faction_clause(&tokens, first, e);
            // "осындай семинар ... Ескелді аудандық филиалында өткізілген":
            // another of the kind, held at the branch the clause names after it.
            let similar_branch = (e > 0 && matches!(tokens[e - 1].lower.as_str(), "осындай" | "сондай" | "мұндай"))
                .then(|| self.locative_branch(s, (e + 1..tokens.len().min(e + 10)).take_while(|&k| !tokens[k].is(",") && !tokens[k].is("."))))
                .flatten();
            let session_noun = matches!(kind, EventNoun::Session);
            // "Сапар барысында / Бұдан кейін ... салтанатты жиын өтті": a
            // gathering held on a visit's day, the sentence's subject, is a
            // meeting of its own where the visit is, not the visit again.
            let held_during_visit = happened
                && matches!(kind, EventNoun::Gathering)
                // ("облыстық партия активінің жиыны өтті": the possessive,
                // which could read as an accusative, before the verb.)
                && (is_nominative_noun(&t.lower) || matches!(t.lower.as_str(), "жиыны" | "басқосуы" | "кездесуі"))
                // (Where it was, between: "жиыны облыстық драма театрының
                // залында өтті".)
                && (next == "болды" || tokens[e + 1..].iter().take(7).take_while(|x| x.is_word()).any(|x| matches!(x.lower.as_str(), "өтті" | "өткізілді")))
                && starts(t, &["жиын", "басқосу", "кездесу"])
                && self.latest_event_created.is_some_and(|x| self.events[x].key.kind == EventKind::Visit);
            let holder = self.holder_org(s, e);
            // "«Жастар Рухы» жастар қанатының облыстық филиалының отырысы": the youth wing's.
            let of_wing = orgs::wing_at(seg).is_some();
            // "филиалы жанындағы ардагерлер кеңесінің отырысы", "...
            // әйелдер қанатының жиналысы": the gathering of a body the branch
            // keeps, that body's.
            let kept_body_event = orgs::kept_body_name(&tokens[first..e]).and_then(|name| {
                let level = tokens[first..e].iter().filter_map(|x| orgs::classifier_level(&x.lower)).next();
                let place = self.places[s].iter().filter(|p| p.first >= first && p.end <= e).map(|p| p.name.clone()).next();
                self.resolve(&OrgSpec::Body { level, place, name }, s, first, None)
            });
            let kind = match kind {
                EventNoun::Conference => EventKind::Conference,
                EventNoun::Congress => EventKind::Congress,
                EventNoun::Session => {
                    let council = council_held || seg.iter().any(|x| x.lower.starts_with("саяси") || x.lower.starts_with("бюро"));
                    let activists = tokens[first.saturating_sub(2)..e].iter().any(|x| x.lower.starts_with("актив"));
                    // "филиалы жанындағы ... қоғамдық кеңестің (кезектен тыс)
                    // отырысы", "Сарапшылар кеңесінің отырысы": a session of a
                    // council the branch keeps, the branch's.
                    let branch_council = (e.saturating_sub(4)..e).any(|k| {
                        matches!(tokens[k].lower.as_str(), "кеңесінің" | "кеңестің")
                            && k > 0
                            && starts(&tokens[k - 1], &["қоғамдық", "сарапш", "сараптама"])
                    }) && held_by_branch();
                    // "... X-тың төрағалығымен өткізілген отырысқа ... қатысты"
                    // after a political council's session was told: that session.
                    let session_again = !activists
                        && !faction
                        && !of_wing
                        && self.latest_event_created.is_some_and(|x| self.events[x].key.kind == EventKind::CouncilSession)
                        && held_by_branch();
                    if kept_body_event.is_some() {
                        EventKind::CouncilSession
                    } else if council || branch_council || session_again {
                        EventKind::CouncilSession
                    } else if activists || held_by_branch() || faction || of_wing || orgs::is_control_committee(seg) {
                        EventKind::Meeting
                    } else {
                        continue;
                    }
                }
                EventNoun::Gathering => {
                    let with_party = tokens.iter().enumerate().any(|(i, x)| {
                        starts(x, &["актив", "партиялықтар", "белсенділер", "бпұ"])
                            || (x.lower.starts_with("мүшелер") && tokens.iter().any(|y| y.lower.starts_with("партия")))
                            || (x.lower.starts_with("бастауыш") && tokens.get(i + 1).is_some_and(|n| n.lower.starts_with("партия")))
                            || (x.lower == "партиялық" && tokens.get(i + 1).is_some_and(|n| n.lower.starts_with("билет")))
                    });
                    // ("«AMANAT» партиясының бастауыш ұйымы кеше жиналысын өткізді":
                    // the primary, the subject, held it.)
                    let primary_meeting = t.lower.starts_with("жиналыс")
                        && (seg.iter().any(|x| x.lower.starts_with("ұйым"))
                            || self.subject_body_before(s, e).is_some_and(|o| o.starts_with("AMANAT/primary/"))
                            || self.primary_just_named(s).is_some());
                    let activists = t.lower == "активі";
                    // A faction's meeting; a gathering someone chaired, when
                    // the article has no event yet (else "Жиын X-тың
                    // төрағалығымен өтті" is that event).
                    let chaired = self.latest_event_created.is_none()
                        && ((0..tokens.len()).any(|k| chaired_at(&tokens, k)) || chair_org.get_or_insert_with(|| self.chair_branch(s)).is_some());
                    // "Облыстық әкімдігінде ... кеңес өтті": an akimat's
                    // gathering, told as news of its own (not inside a visit).
                    let at_akimat = is_nominative_noun(&t.lower)
                        && matches!(next, "өтті" | "болды")
                        && !self.events.iter().any(|x| x.key.kind == EventKind::Visit)
                        && self.akimat_host(s, first, e).is_some();
                    if with_party
                        || kept_body_event.is_some()
                        || primary_meeting
                        || held_by_branch()
                        || activists
                        || faction
                        || of_wing
                        || chaired
                        || holder.is_some()
                        || activity
                        || at_akimat
                        || similar_branch.is_some()
                        || (happened && self.organised_in_next(s).is_some())
                        || held_during_visit
                    {
                        EventKind::Meeting
                    } else {
                        continue;
                    }
                }
            };
            // Whose event: the words before it, the branch the clause names
            // ("облыстық филиалдың ... жиыны", "X аудандық филиалында ...
            // конференция"), a place named in the sentence, the context.
            let wing = orgs::wing_spec(seg, &self.places[s], first).and_then(|spec| self.resolve(&spec, s, first, None));
            // "Қарағанды облысында да партия филиалының конференциясы": a bare
            // branch word after a place in the locative is that place's branch.
            // ("Оңтүстік Қазақстан облысында «Нұр Отан» партиясының форумы
            // өтті": so is the party's gathering there.)
            let place_branch = || {
                let branch_word = seg.iter().any(|x| x.lower.starts_with("филиал") && is_genitive(&x.lower));
                let party_gathering = kind == EventKind::Meeting && seg.iter().any(|x| is_party_noun(x) && is_genitive(&x.lower));
                let bare = (branch_word || party_gathering)
                    && !seg.iter().any(|x| orgs::classifier_level(&x.lower).is_some() || starts(x, &["республика", "орталық"]))
                    && !self.places[s].iter().any(|p| p.first >= first && p.end <= e);
                // (The place's words, then its level word: "Қарағанды облысында".)
                let p = self.places[s].iter().filter(|p| p.end < first && p.end + 3 >= first && p.level.is_some()).last()?;
                let at = Some(p.level_word(&tokens)).filter(|&i| i < first && is_locative(&tokens[i].lower))?;
                let gap_ok = tokens[at + 1..first].iter().all(|x| matches!(x.lower.as_str(), "да" | "де" | "та" | "те" | "ғана"));
                let level = p.resolved_level().filter(|l| *l != Level::Rural)?;
                (bare && gap_ok).then(|| Self::branch_key(level, &p.name))
            };
            let explicit = kept_body_event
                .clone()
                .or_else(|| wing.clone())
                .or_else(|| if kind == EventKind::Meeting { self.met_primary(s, e) } else { None })
                .or_else(place_branch)
                .or_else(|| {
                    let spec = branch_spec(seg, &self.places[s], first, e.saturating_sub(1))?;
                    self.hosted_primary(&spec, s, first).or_else(|| self.resolve(&spec, s, first, None))
                })
                .or_else(|| republican.clone())
                .or_else(|| self.owner_branch(s, first))
                .or_else(|| self.organiser(s, first))
                .or_else(|| self.subject_branch_after(s, e))
                .or_else(|| self.subject_body_before(s, e))
                .or_else(|| if kind == EventKind::Meeting && t.lower.starts_with("жиналыс") { self.primary_just_named(s) } else { None })
                .or_else(|| if kind == EventKind::Meeting { holder.clone() } else { None })
                .or_else(|| if kind == EventKind::Meeting { self.akimat_host(s, first, e) } else { None })
                .or_else(|| similar_branch.clone())
                .or_else(|| if happened && kind == EventKind::Meeting { self.organised_in_next(s) } else { None });
            let from_place = || {
                // ("Семей, Курчатов қалаларынан сайланған делегаттар": places
                // listed before a plural level word are where people came from.)
                let listed = |p: &PlaceHit| {
                    let level_word = tokens[p.end..].iter().take(8).find(|x| !(x.is(",") || x.is_capitalized() || matches!(x.lower.as_str(), "және" | "мен")));
                    level_word.is_some_and(|x| ["қалалар", "аудандар", "облыстар", "ауылдар"].iter().any(|w| x.lower.starts_with(w)))
                };
                let usable = |p: &&PlaceHit| p.level.is_some() && p.resolved_level() != Some(Level::Rural) && !listed(p);
                let before = self.places[s].iter().filter(|p| p.end <= e).filter(usable).last();
                let after = self.places[s].iter().filter(|p| p.first > e).find(usable);
                before.or(after).and_then(|p| p.resolved_level().map(|l| Self::branch_key(l, &p.name)))
            };
            // A faction's meeting is keyed by the maslikhat the faction sits in.
            let faction_meeting = kind == EventKind::Meeting && faction;
            let chairs_branch =
                if kind == EventKind::Meeting && explicit.is_none() { chair_org.get_or_insert_with(|| self.chair_branch(s)).clone() } else { None };
            // "Съезд делегаттарына", "Съезде" with nothing said of whose: the
            // congress the article already has (the youth wing's, say).
            // ("съезде қабылданған шешімдер": a participle after it makes it
            // where something was done, not where the text now is.)
            let describes = is_locative(&t.lower) && tokens.get(e + 1).is_some_and(is_participle);
            // (A numbered one is still recorded, in passing, below.)
            if kind == EventKind::Congress && describes && self.event_attrs(s, first, e).is_empty() {
                continue;
            }
            if kind == EventKind::Congress && !possessor && wing.is_none() && explicit.is_none() && !seg.iter().any(is_party_noun) {
                if let Some(c) = self.latest_event(EventKind::Congress) {
                    about = about.or(Some(c));
                    continue;
                }
            }
            // "Конференция X-тың төрағалығымен, ... облыстық филиалы
            // төрағасының орынбасары Y-тың қатысуымен өтті": a bare noun
            // opening its clause is the article's event of that kind (a
            // place after it belongs to someone's title).
            let place_before = self.places[s].iter().any(|p| p.end <= e && p.level.is_some());
            // ("Жиынға ... қатысты" after "мәслихаттың сессиясы өтті": a
            // gathering word alone is the article's event, whatever its kind.)
            let generic = kind == EventKind::Meeting && starts(t, &["жиын", "басқосу"]);
            // "Жиынды X жүргізді", "Жиынға Y қатысты" once the article has its
            // event: that event, whoever's title follows.
            // ("Филиал төрағасы X-тың төрағалығымен өткен жиынға ... қатысты"
            // after the branch's conference: the conference, held as told.)
            let chaired_as_before = |prev: usize| {
                let org = self.events[prev].key.org.as_str();
                self.events[prev].key.kind != EventKind::Visit && [&explicit, &chairs_branch].iter().any(|o| o.as_deref() == Some(org))
            };
            if generic && first == e && !possessor && !is_nominative_noun(&t.lower) {
                if let Some(prev) = self.latest_event_created.filter(|&prev| !held_here || chaired_as_before(prev)) {
                    about = about.or(Some(prev));
                    continue;
                }
            }
            // ("Конференцияның төралқасында ... облыстық филиалының төрағасы
            // X болды": the article's conference, as a possessor too.)
            let bare_possessor = possessor && is_genitive(&t.lower) && e == 0 && kind != EventKind::Meeting;
            if first == e
                && (!possessor || bare_possessor)
                && !place_before
                && explicit.is_none()
                && wing.is_none()
                && chairs_branch.is_none()
                && !faction_meeting
                && !activity
                && !held_during_visit
            {
                if let Some(prev) = self.latest_event(kind).or(if generic { self.latest_event_created } else { None }) {
                    about = about.or(Some(prev));
                    continue;
                }
            }
            // "... қабылдау ұйымдастырылды. Қабылдауды X жүргізді.": a bare
            // reception word right after one is held is that one.
            if activity && first == e && explicit.is_none() && !is_debate_noun(&t.lower) {
                let recent = self.latest_event(EventKind::Meeting).filter(|&m| self.events[m].sentence + 2 >= s && self.events[m].sentence < s);
                if let Some(m) = recent {
                    about = about.or(Some(m));
                    continue;
                }
            }
            let org_by_official = chairs_branch.is_some();
            let org = match kind {
                _ if wing.is_some() => wing.clone(),
                EventKind::Congress => Some("AMANAT/central".to_string()),
                EventKind::Meeting if chairs_branch.is_some() => chairs_branch,
                // The Party Control Committee sits for the party as a whole.
                EventKind::Meeting if orgs::is_control_committee(seg) => Some("AMANAT/central".to_string()),
                _ if faction_meeting => self.faction_assembly(s).or_else(|| explicit.clone()),
                // A debate or reception "in X" is the party's, where it was
                // held is no branch: the article's branch runs it.
                _ if activity => explicit
                    .clone()
                    .filter(|_| seg.iter().any(|x| x.lower.starts_with("филиал") || is_party_noun(x)))
                    // ("аудандық филиалында ... қабылдау ұйымдастырылды": the branch it was held at.)
                    .or_else(|| self.locative_branch(s, (0..e).rev()))
                    .or_else(|| self.activity_branch.get_or_init(|| self.first_branch()).clone()),
                _ => explicit.clone().or_else(|| if happened { from_place() } else { None }),
            };
            // "Шу аудандық филиалының есеп беру-сайлау жиыны": a branch's
            // reporting-election gathering is its conference (a primary
            // organisation's is a meeting).
            let kind = if kind == EventKind::Meeting
                && t.lower.starts_with("жиын")
                && is_reporting_election(seg)
                && org.as_deref().is_some_and(|o| ["AMANAT/district/", "AMANAT/city/", "AMANAT/oblast/"].iter().any(|l| o.starts_with(l)))
            {
                EventKind::Conference
            } else {
                kind
            };
            // A headline's "филиал отырыс өткізді" shortens the council
            // session of that branch the body reports.
            if self.in_headline && session_noun && kind == EventKind::Meeting {
                let session = org.clone().and_then(|o| self.event_index(&EventKey { kind: EventKind::CouncilSession, org: o }));
                if session.is_some() {
                    about = session;
                    continue;
                }
            }
            // A headline's "партияның отырысы" is the event the body reports.
            if self.in_headline
                && kind != EventKind::Congress
                && org.as_deref() == Some("AMANAT/central")
                && self.main_event.is_some_and(|m| self.events[m].key.org != "AMANAT/central")
            {
                about = self.main_event;
                continue;
            }
            // "«AMANAT» партиясының жиынында ... айтылды": an event the
            // sentence speaks from took place (once the article has an event,
            // "партия жиынында" is that one).
            // "Съезд делегаттары ... шешім шығарды": the event's delegates
            // acted, so it took place; "кезектен тыс VI Съезінде ...
            // қабылданды": a numbered event spoken from in the past.
            let delegates_acted = tokens.get(e + 1).is_some_and(|n| starts(n, &["делегаттар", "қатысушылар"]))
                && is_nominative_noun(&t.lower)
                && self.past_finite(s);
            let numbered_spoken_from =
                is_locative(&t.lower) && !self.event_attrs(s, first, e).is_empty() && self.past_finite(s);
            // "Съезіне қатысатын делегаттар", "съезге баратын": an event
            // people are to go to is still ahead, whatever else the sentence
            // says took place.
            // "конференциясына делегаттар сайланды": delegates chosen for it.
            // ("конференцияға екі делегат ... сайланды": counted).
            let delegates_at = tokens[e + 1..].iter().take(2).position(|n| n.lower.starts_with("делегат")).map(|d| e + 1 + d);
            let delegates_chosen = delegates_at.is_some_and(|d| {
                // ("съезіне делегат болып X, Y ... сайланды": however long the list.)
                let span = if tokens.get(d + 1).is_some_and(|n| n.lower == "болып") { tokens.len() } else { 6 };
                tokens[d + 1..].iter().take(span).any(|n| n.lower.starts_with("сайла") || n.lower.starts_with("ұсын"))
            });
            let ahead = is_dative(&t.lower)
                && (tokens.get(e + 1).is_some_and(|n| is_future_participle(&n.lower)) || delegates_chosen);
            // "X конференциясына ... қатысты": a named event attended took
            // place ("басқосуына ... қатысты" names the article's event
            // again, once it has one).
            // ("партияның XX съезіне қатысып": the party's congress is named by the party.)
            let attended = is_dative(&t.lower)
                // (A primary organisation's meeting attended on a trip is its own.)
                && (kind != EventKind::Meeting
                    || self.latest_event_created.is_none()
                    || explicit.as_deref().is_some_and(|o| o.starts_with("gov/") || o.starts_with("AMANAT/primary/")))
                && (explicit.is_some() || activity || org_by_official || (kind == EventKind::Congress && seg.iter().any(is_party_noun)))
                && tokens[e + 1..].iter().any(|n| matches!(n.lower.as_str(), "қатысты" | "қатысып" | "қатысқан"))
                && self.past_finite(s);
            // "брифинг кезінде ... X баяндады": spoken at, so it took place.
            let spoken_at = org_by_official && during(&tokens, e) && self.past_finite(s);
            // A past numbered event mentioned in passing once the article
            // has its own event is recorded, but the text stays where it was.
            // So is one whose outcome is spoken of ("XXV съезінің қорытындылары
            // талқыланды" at a council session).
            let spoken_of = || possessor && is_genitive(&t.lower) && !self.event_attrs(s, first, e).is_empty();
            // And so is one the sentence recalls as known ("... съезінде
            // атауы өзгертілгені белгілі").
            let in_passing = self.latest_event_created.is_some() && (!happened && !delegates_acted && numbered_spoken_from || spoken_of() || told_as_known(&tokens));
            // "жиынды ... жүргізіп отырды": this gathering, conducted.
            let conducted = is_accusative_noun(&t.lower) && (e + 1..tokens.len()).any(|k| conducted_at(&tokens, k));
            // "Семинар бағдарламасына сәйкес ... берілді", "Жиын соңында
            // ... марапатталды": the article's first event, told from within.
            let told_from_within = framed_by(&tokens, e)
                && is_nominative_noun(&t.lower)
                && self.latest_event_created.is_none()
                && self.past_finite(s);
            let happened = (!ahead && (happened || attended || conducted || spoken_at || told_from_within))
                || delegates_acted
                || numbered_spoken_from
                || (explicit.is_some() && self.latest_event_created.is_none() && is_locative(&t.lower) && self.past_finite(s))
                // "... филиал жанындағы сарапшылар кеңесінің отырысында
                // талқыланды": a named body's session things were discussed at.
                || (explicit.is_some()
                    && is_locative(&t.lower)
                    && tokens.iter().rev().find(|x| x.is_word()).is_some_and(|x| matches!(x.lower.as_str(), "талқыланды" | "қаралды")))
                // "(Сапар барысында) ол филиалдың партия активімен
                // кездесуде сөйледі": a gathering of a visit, spoken at.
                || (explicit.is_some()
                    && kind == EventKind::Meeting
                    && self.latest_event(EventKind::Visit).is_some()
                    && is_locative(&t.lower)
                    && self.past_finite(s));
            // "Конференция ... өтті. Содан соң ... дебат өтті": a primaries
            // debate held at the branch's conference is part of it.
            if activity && is_debate_noun(&t.lower) {
                let conference = self.latest_event(EventKind::Conference).filter(|&c| Some(&self.events[c].key.org) == org.as_ref());
                if let Some(c) = conference {
                    about = about.or(Some(c));
                    continue;
                }
            }
            let existing = self.latest_event(kind);
            let key = match (org, existing) {
                (Some(org), _) => EventKey { kind, org },
                (None, Some(_)) if possessor => continue,
                (None, Some(x)) => {
                    about = Some(x);
                    continue;
                }
                (None, None) if self.in_headline => continue,
                (None, None) => match self.context_org_for_new_event(s, kind) {
                    Some(org) => EventKey { kind, org },
                    None => continue,
                },
            };
            if let Some(x) = self.event_index(&key) {
                // ("... конференциясында қабылданған. ... кезектен тыс
                // конференциясы өтеді": one still ahead is another, whose
                // number and kind are not the past one's.)
                let ahead = self.future(s) && self.events[x].sentence != s;
                let attrs = if activity || ahead { Vec::new() } else { self.event_attrs(s, first, e) };
                merge_attrs(&mut self.events[x].attrs, attrs);
                if !possessor {
                    about = Some(x);
                    // Named again in the body ("Ал Ертіс ... конференциясы
                    // өтті"), it is what a later bare "Конференцияны" means.
                    if !self.in_headline {
                        self.latest_by_kind.insert(kind, x);
                    }
                }
                continue;
            }
            if !happened {
                // A named event that did not (yet) take place: a reference at
                // most; its attributes wait in case the event is stated elsewhere.
                let attrs = self.event_attrs(s, first, e);
                merge_attrs(self.unplaced_attrs.entry(key).or_default(), attrs);
                about = existing.or(about);
                continue;
            }
            // ("150 дебат", "87 дебаттың алғашқысы": counts, not ordinals.)
            let attrs = if activity { Vec::new() } else { self.event_attrs(s, first, e) };
            if in_passing {
                let latest = self.latest_event_created;
                self.push_event(Event { key, attrs, sentence: s });
                self.latest_event_created = latest;
                continue;
            }
            let i = self.push_event(Event { key, attrs, sentence: s });
            created = created.or(Some(i));
        }
        if let Some(v) = self.visit_in(s) {
            // ("... сапарымен келген X алғашқы кездесуін аудан әкімдігінде
            // өткізді": the visitor's meetings on the trip are the visit.)
            let visitors_meeting = created.is_some_and(|c| self.events[c].key.kind == EventKind::Meeting && self.events[c].sentence == s)
                && tokens.iter().any(|t| matches!(t.lower.as_str(), "кездесуін" | "кездесулерін"));
            if visitors_meeting {
                self.absorbed.extend(created);
            }
            created = if visitors_meeting { Some(v) } else { created.or(Some(v)) };
        }
        if created.is_none() && about.is_none() && !self.in_headline {
            created = self.primary_visit_in(s);
        }
        if created.is_none() && about.is_none() && !self.in_headline {
            created = self.institution_visit_in(s);
        }
        if created.is_none() && about.is_none() && !self.in_headline {
            created = self.maslikhat_session_in(s);
        }
        if created.is_none() && about.is_none() && !self.in_headline {
            created = self.akim_report_in(s);
        }
        if created.is_none() && about.is_none() {
            created = self.opening_in(s);
        }
        if !self.in_headline {
            if let Some(m) = self.met_party_people(s) {
                created = created.or(Some(m));
            }
        }
        if created.is_none() && about.is_none() && !self.in_headline {
            created = self.deputies_met(s).or_else(|| self.branch_officer_met(s)).or_else(|| self.deputy_met_voters(s));
        }
        if created.is_none() && about.is_none() && !self.in_headline {
            created = self.discussion_in(s).or_else(|| self.faction_discussion_in(s));
        }
        // A headline may state the audience the body goes on to report.
        if created.is_none() && about.is_none() && (!self.in_headline || self.main_event.is_none()) {
            created = self.audience_in(s);
        }
        if created.is_some() {
            return created;
        }
        if about.is_none() && !self.in_headline {
            about = self.trip_goes_on(s);
        }
        if about.is_none() {
            about = self.reference_in(s);
        }
        about
    }

    /// "Кейін сенатор Жарсуат ауылдық округіне барып, ... танысты",
    /// "Депутат Үлкен Нарын ауылында тұрғындармен кездесті": during a visit,
    /// going somewhere or meeting residents is the visit again (after a
    /// gathering of it was told).
    fn trip_goes_on(&self, s: usize) -> Option<usize> {
        let visit = self.latest_event(EventKind::Visit)?;
        let tokens = &self.sents[s].tokens;
        // The verbs first: they are cheap to look for and most sentences have none.
        let verb = |t: &Token| {
            matches!(t.lower.as_str(), "барып" | "барды" | "келіп" | "келді" | "болып" | "болды" | "кездесті" | "кездесіп" | "жүздесті" | "жүздесіп")
        };
        if self.sents[s].speech || !tokens.iter().any(verb) || tokens.iter().any(|t| !t.quoted && event_noun(&t.lower).is_some()) {
            return None;
        }
        let went = tokens.windows(2).any(|w| {
            (is_dative(&w[0].lower) || is_locative(&w[0].lower))
                && (orgs::classifier_level(&w[0].lower).is_some() || w[0].lower.starts_with("округ"))
                && matches!(w[1].lower.as_str(), "барып" | "барды" | "келіп" | "келді" | "болып" | "болды")
        });
        // Residents, or an official ("аудан әкімімен жүздесіп"), met.
        let met_residents = tokens.windows(2).enumerate().any(|(k, w)| {
            let whom = starts(&w[0], &["тұрғындар", "халықпен", "ұжымы", "ұжымдар"])
                || orgs::role_word(&w[0].lower).is_some()
                || self.mentions[s].iter().any(|m| m.end == k + 1 && m.case == Case::Instrumental);
            whom && instrumental(&w[0]) && matches!(w[1].lower.as_str(), "кездесті" | "кездесіп" | "жүздесті" | "жүздесіп")
        });
        (went || met_residents).then_some(visit)
    }

    /// "Аудандық мәслихаттың кезектен тыс XXIV сессиясы өтті": a session of a
    /// maslikhat, a council of its own (a faction's business is often done at one).
    fn maslikhat_session_in(&mut self, s: usize) -> Option<usize> {
        let tokens = &self.sents[s].tokens;
        let e = tokens.iter().position(|t| !t.quoted && singular_of(&t.lower, "сессия"))?;
        // "... сессиясында төраға болып X сайланды": one where something was
        // done took place too.
        let done_there = || {
            is_locative(&tokens[e].lower)
                && !tokens.get(e + 1).is_some_and(is_participle)
                && tokens[e + 1..].iter().any(|t| {
                    matches!(t.lower.as_str(), "сайланды" | "бекітілді" | "табысталды" | "тапсырылды" | "ұсынылды" | "қаралды" | "келісілді" | "мақұлданды")
                })
        };
        // ("сессиясы Жезқазған қаласында өтті": where, between.)
        let took_place = tokens[e + 1..].iter().take(4).take_while(|n| n.is_word()).any(|n| segment::among(TOOK_PLACE, &n.lower));
        let held = (took_place || done_there()) && !self.future(s);
        let first = self.event_segment(s, e);
        // ("мәслихатының VII шақырылған бірінші сессиясы": its convocation between.)
        let of_maslikhat = tokens[first.saturating_sub(1).min(e.saturating_sub(5))..e].iter().any(|x| x.lower.starts_with("мәслихат") && is_genitive(&x.lower));
        if !held || !of_maslikhat {
            return None;
        }
        let org = self.maslikhat_in(s)?;
        let attrs = self.event_attrs(s, first, e);
        let key = EventKey { kind: EventKind::CouncilSession, org };
        let x = self.event_or_new(key, s);
        merge_attrs(&mut self.events[x].attrs, attrs);
        Some(x)
    }

    /// "«X» бастауыш партия ұйымы ашылды": a party body opened, which is a
    /// gathering of that body (its opening ceremony).
    fn opening_in(&mut self, s: usize) -> Option<usize> {
        if self.future(s) {
            return None;
        }
        let tokens = &self.sents[s].tokens;
        let k = (0..tokens.len().saturating_sub(1)).find(|&k| {
            matches!(tokens[k].lower.as_str(), "ұйымы" | "филиалы") && matches!(tokens[k + 1].lower.as_str(), "ашылды" | "ашылып")
        })?;
        let blocked = |i: usize| self.mention_at(s, i).is_some();
        let first = orgs::title_start(tokens, k, &blocked);
        let spec = branch_spec(&tokens[first..=k], &self.places[s], first, k)?;
        let org = self.resolve(&spec, s, first, None).filter(|o| o != "AMANAT/central")?;
        Some(self.event_or_new(EventKey { kind: EventKind::Meeting, org }, s))
    }

    /// The ordinal and "кезектен тыс" of a congress named inside direct
    /// speech, kept for the congress the text states elsewhere.
    fn congress_attrs_in_speech(&mut self, s: usize, e: usize) {
        let first = self.event_segment(s, e);
        let attrs = self.event_attrs(s, first, e);
        if attrs.is_empty() {
            return;
        }
        let tokens = &self.sents[s].tokens;
        let seg = &tokens[first..e];
        let org = match orgs::wing_spec(seg, &self.places[s], first) {
            Some(spec) => match self.resolve(&spec, s, first, None) {
                Some(org) => org,
                None => return,
            },
            None => "AMANAT/central".to_string(),
        };
        let key = EventKey { kind: EventKind::Congress, org };
        merge_attrs(self.unplaced_attrs.entry(key).or_default(), attrs);
    }

    /// "Мәслихат төрағасы X депутаттармен ... жобасын талқылады": an
    /// official who discussed something with a body's people held a meeting
    /// of their own body (the first event of the article only).
    fn discussion_in(&mut self, s: usize) -> Option<usize> {
        if self.latest_event_created.is_some() {
            return None;
        }
        let tokens = &self.sents[s].tokens;
        let discussed = tokens.iter().any(|t| matches!(t.lower.as_str(), "талқылады" | "пікірлесті" | "талқыға" | "кеңесті"));
        let with_people = tokens.iter().any(|t| {
            starts(t, &["депутаттар", "қызметкерлер", "мүшелер", "белсенділер", "партиялас"]) && instrumental(t)
        });
        if !discussed || !with_people || !self.past_finite(s) {
            return None;
        }
        let m = self.mentions[s].iter().find(|m| m.case == Case::Nominative)?.clone();
        let org = self.title_chain(s, &m).iter().find_map(|t| {
            self.resolve(&t.org, s, t.first, None).filter(|o| (o.starts_with("AMANAT/") && o != "AMANAT/central") || o.starts_with("maslikhat/"))
        })?;
        let key = EventKey { kind: EventKind::Meeting, org };
        Some(self.event_or_new(key, s))
    }

    /// An audience with a party official, the article's first event: "X
    /// партия Төрағасына ... баяндады" (reported to the party's chairman), or
    /// "X партия хатшысы Y-ті қабылдады" (received a party official). It is
    /// a meeting of the party body of the one received or reporting, else
    /// of the one receiving.
    fn audience_in(&mut self, s: usize) -> Option<usize> {
        if self.latest_event_created.is_some() || self.sents[s].speech || !self.past_finite(s) {
            return None;
        }
        let tokens = &self.sents[s].tokens;
        let party_org = |m: &Mention| {
            self.title_chain(s, m).iter().find_map(|t| {
                matches!(t.org, OrgSpec::Branch { .. }).then(|| self.resolve(&t.org, s, t.first, None)).flatten().filter(|o| o.starts_with("AMANAT/"))
            })
        };
        // "партия Төрағасына ... баяндады / есеп берді".
        let to_chairman = (1..tokens.len()).any(|k| {
            tokens[k].lower == "төрағасына" && is_party_noun(&tokens[k - 1]) && !tokens[k].quoted
        });
        let reported = tokens.iter().enumerate().any(|(k, t)| {
            t.lower.starts_with("баяндады") || (t.lower == "есеп" && tokens.get(k + 1).is_some_and(|n| n.lower == "берді"))
        });
        if to_chairman && reported {
            let m = self.mentions[s].iter().find(|m| m.case == Case::Nominative)?.clone();
            let org = party_org(&m).unwrap_or_else(|| "AMANAT/central".to_string());
            return Some(self.event_or_new(EventKey { kind: EventKind::Meeting, org }, s));
        }
        // "... Y-ті қабылдады": the one received, in the accusative, right before the verb.
        let verb = tokens.iter().position(|t| t.lower == "қабылдады")?;
        let received = self.mentions[s].iter().find(|m| m.end == verb && m.case == Case::Accusative)?.clone();
        let receiver = self.mentions[s].iter().find(|m| m.case == Case::Nominative && m.end <= received.first).cloned();
        let org = party_org(&received).or_else(|| receiver.as_ref().and_then(|r| party_org(r)))?;
        Some(self.event_or_new(EventKey { kind: EventKind::Meeting, org }, s))
    }

    /// "Мәжілістегі «AMANAT» партиясы фракциясының мүшелері ... талқылады":
    /// a faction whose members discussed or summed something up met; the
    /// meeting is keyed by the assembly the faction sits in (the first event
    /// of the article only).
    fn faction_discussion_in(&mut self, s: usize) -> Option<usize> {
        if self.latest_event_created.is_some() || self.sents[s].speech {
            return None;
        }
        let tokens = &self.sents[s].tokens;
        let members = tokens.windows(2).position(|w| {
            !w[0].quoted
                && w[0].lower.starts_with("фракция")
                && is_genitive(&w[0].lower)
                && matches!(w[1].lower.as_str(), "мүшелері" | "депутаттары")
        })?;
        // A finite past verb of discussing ("алдағы міндеттерді талқылады"
        // looks ahead, but the members met).
        let discussed = tokens[members + 2..]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "талқылады" | "қорытындылады" | "пікірлесті" | "қарады"));
        if !discussed {
            return None;
        }
        let before = &tokens[..members];
        let org = if before.iter().any(|t| t.lower.starts_with("мәжіліс")) {
            "parliament/Мәжіліс".to_string()
        } else if before.iter().any(|t| t.lower.starts_with("сенат")) {
            "parliament/Сенат".to_string()
        } else if before.iter().any(|t| t.lower.starts_with("мәслихат")) {
            self.maslikhat_in(s)?
        } else {
            return None;
        };
        let key = EventKey { kind: EventKind::Meeting, org };
        Some(self.event_or_new(key, s))
    }

    /// Where sentence `s` says, outside quotes and speech, that someone met
    /// (or one of `also`), in a sentence not about the future. The verb is
    /// looked for first: most sentences have none, and it is cheap.
    fn meeting_verb(&self, s: usize, also: &[&str]) -> Option<usize> {
        if self.sents[s].speech {
            return None;
        }
        let verb = self.sents[s].tokens.iter().position(|t| {
            !t.quoted && (matches!(t.lower.as_str(), "кездесті" | "кездесіп" | "жүздесті" | "жүздесіп") || also.contains(&t.lower.as_str()))
        })?;
        (!self.future(s)).then_some(verb)
    }

    /// "X облыстық филиалдың белсенділерімен / партия активімен /
    /// партиялықтармен кездесті": an official who met the party's people
    /// held a meeting of the branch they belong to: the branch named before
    /// them, else the primary organisation named, else a place the sentence
    /// names, else the visit under way, else the article's branch.
    fn met_party_people(&mut self, s: usize) -> Option<usize> {
        // ("Сапар партия ардагерлерімен кездесумен аяқталды": the trip ended
        // with a meeting.)
        let verb = self.meeting_verb(s, &[]).or_else(|| {
            let tokens = &self.sents[s].tokens;
            let k = tokens.iter().position(|t| t.lower == "кездесумен")?;
            tokens.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "аяқталды" | "жалғасты" | "басталды")).then_some(k)
        })?;
        let tokens = &self.sents[s].tokens;
        // The people met, in the instrumental, in the verb's clause; "A-мен,
        // B-мен кездесті" names several groups, each met at a gathering of its own.
        let is_party_people = |k: usize| {
            let t = &tokens[k];
            if t.quoted || !instrumental(t) {
                return false;
            }
            // "партия / партиялық активімен", "филиалының белсенділерімен",
            // "партия ұйымының мүшелерімен" (not "жастар ұйымының").
            let party_before = k > 0
                && (is_party_noun(&tokens[k - 1])
                    || tokens[k - 1].lower == "партиялық"
                    || tokens[k - 1].lower.starts_with("филиал")
                    || (k > 1 && tokens[k - 1].lower.starts_with("ұйым") && tokens[k - 2].lower.starts_with("партия")));
            // "бастауыш партия ұйымдарының төрағаларымен": the heads of its organisations.
            let heads_of_organisations = k > 1
                && starts(t, &["төрағалар", "хатшылар", "жетекшілер"])
                && tokens[k - 1].lower.starts_with("ұйымдар")
                && tokens[k - 2].lower.starts_with("партия");
            // "ұйым мүшелерімен": the members of the primary organisation
            // the context is about (the bare noun, with no possessive).
            let its_members = k > 0 && starts(t, &["мүшелер"]) && matches!(tokens[k - 1].lower.as_str(), "ұйым" | "ұйымның") && self.context_primary(s).is_some();
            starts(t, &["партиялықтар", "партияластар", "партиялас"])
                || (starts(t, &["белсенділер", "активі", "активпен", "мүшелер", "өкілдер", "ардагерлер"]) && party_before)
                || its_members
                || heads_of_organisations
                // The candidates of the party's primaries.
                || (self.primaries && starts(t, &["үміткерлер", "кандидаттар", "қатысушылар"]))
        };
        let clause_start = (0..verb).rev().find(|&k| tokens[k].is(".")).map_or(0, |k| k + 1);
        let groups: Vec<usize> = (clause_start..verb).filter(|&k| is_party_people(k)).collect();
        let last = *groups.last()?;
        // The organisation a group's own words name (from `from` up to the group at `people`).
        let own_org = |from: usize, people: usize| {
            let branch = (from..people).rev().take_while(|&k| !tokens[k].is(",") || k + 1 == people).find_map(|k| {
                let l = tokens[k].lower.as_str();
                (l.starts_with("филиал") && !plural_after(l, "филиал") && is_genitive(l)).then(|| self.branch_at(s, k)).flatten()
            });
            // "облыстық партия активімен": the activists of the branch of that level.
            let leveled = (people >= 2 && people > from + 1 && is_party_noun(&tokens[people - 1]) && orgs::classifier_level(&tokens[people - 2].lower).is_some())
                .then(|| branch_spec(&tokens[people - 2..people], &self.places[s], people - 2, people - 1))
                .flatten()
                .filter(|spec| matches!(spec, OrgSpec::Branch { level: Some(_), .. }))
                .and_then(|spec| self.resolve(&spec, s, people - 2, None));
            branch.or(leveled).or_else(|| {
                (from.max(1)..people)
                    .rev()
                    .find(|&k| tokens[k].lower.starts_with("ұйым") && tokens[k - 1].lower.starts_with("партия"))
                    .and_then(|k| self.primary_at(s, k))
                    // ("осы ұйымның мүшелерімен": the one the context is about.)
                    .or_else(|| self.this_primary_before(s, people))
            })
        };
        // "облыстық филиалда ... кездесті": the branch where they met.
        let at_branch = || self.locative_branch(s, 0..verb);
        // A place named with its level word, in `from..upto`.
        let place = |from: usize, upto: usize| {
            self.places[s]
                .iter()
                .filter(|p| p.first >= from && p.end <= upto && p.level.is_some() && p.resolved_level().is_some_and(|l| l != Level::Rural))
                .last()
                .and_then(|p| p.resolved_level().map(|l| Self::branch_key(l, &p.name)))
        };
        // A group's words start after the last name before it: "X филиалының
        // төрағасы Y Z ауданының партиялықтарымен" — the title is Y's.
        let after_names = |from: usize, group: usize| {
            self.mentions[s].iter().filter(|m| m.end <= group).map(|m| m.end).max().map_or(from, |e| e.max(from))
        };
        // Groups before the last: only what their own words say.
        let mut earlier = Vec::new();
        let mut from = clause_start;
        for &g in &groups[..groups.len() - 1] {
            let from_words = after_names(from, g);
            if let Some(org) = own_org(from_words, g).or_else(|| place(from_words, g)).filter(|o| o != "AMANAT/central") {
                earlier.push(org);
            }
            from = g + 1;
        }
        let last_from = after_names(if groups.len() > 1 { from } else { 0 }, last);
        let org = own_org(last_from, last)
            .or_else(at_branch)
            .or_else(|| place(last_from, verb))
            .or_else(|| place(0, verb))
            .or_else(|| self.trip_now_in(s))
            .or_else(|| self.latest_event(EventKind::Visit).map(|v| self.events[v].key.org.clone()))
            .or_else(|| self.context_org_for_new_event(s, EventKind::Meeting))
            .filter(|o| o != "AMANAT/central");
        let mut first_event = None;
        for org in earlier.into_iter().chain(org) {
            let x = self.event_or_new(EventKey { kind: EventKind::Meeting, org }, s);
            first_event.get_or_insert(x);
        }
        first_event
    }

    /// "Одан кейін Махамбет ауданына жол тартты. ...": the district or city
    /// a trip under way has gone to last (in the sentences since the visit
    /// began, at most six back), when the visit is of a wider unit.
    fn trip_now_in(&self, s: usize) -> Option<String> {
        let v = self.latest_event(EventKind::Visit)?;
        let since = self.events[v].sentence.max(s.saturating_sub(6));
        let visited = &self.events[v].key.org;
        (since..s).rev().find_map(|x| {
            let tokens = &self.sents[x].tokens;
            self.places[x]
                .iter()
                .filter(|p| {
                    matches!(p.resolved_level(), Some(Level::District | Level::City))
                        && p.level.is_some()
                        && tokens.get(p.end).is_some_and(|t| is_dative(&t.lower) || is_locative(&t.lower))
                        && !tokens.get(p.end).is_some_and(|t| t.lower.ends_with("дағы") || t.lower.ends_with("дегі"))
                })
                .last()
                .and_then(|p| p.resolved_level().map(|l| Self::branch_key(l, &p.name)))
        })
        .filter(|key| key != visited && level_of_key(visited) == Some(Level::Oblast))
    }

    /// "Қалалық мәслихат депутаттары колледж ұжымымен кездесті",
    /// "депутаттар ... студенттерімен ... талқылады": a maslikhat's people
    /// who met or talked with others held a meeting of their maslikhat. The
    /// deputies are a maslikhat's by a title, by the sentence, or (written
    /// bare) by the maslikhat the article names.
    fn deputies_met(&mut self, s: usize) -> Option<usize> {
        let verb = self.meeting_verb(s, &["талқылады", "пікірлесті", "пікір"])?;
        if !self.past_finite(s) {
            return None;
        }
        let tokens = &self.sents[s].tokens;
        // Whom they met: a word in the instrumental that is no person's name.
        let with_others = (0..verb).any(|k| {
            let t = &tokens[k];
            !t.quoted && t.is_word() && instrumental(t) && t.lower.chars().count() > 5 && self.mention_at(s, k).is_none()
                && !matches!(t.lower.as_str(), "сонымен" | "осымен" | "бірлесумен")
        });
        if !with_others {
            return None;
        }
        let by_title = self.mentions[s].iter().filter(|m| m.case == Case::Nominative && m.first < verb).find_map(|m| {
            self.title_chain(s, m).iter().find_map(|t| self.resolve(&t.org, s, t.first, None).filter(|o| o.starts_with("maslikhat/")))
        });
        let deputies = (0..verb).find(|&k| matches!(tokens[k].lower.as_str(), "депутаттар" | "депутаттары"));
        let org = by_title.or_else(|| {
            deputies?;
            if tokens.iter().any(|t| t.lower.starts_with("мәслихат")) {
                self.maslikhat_in(s)
            } else if tokens.iter().any(|t| t.lower.starts_with("фракция") || t.text.starts_with("Мәжіліс") || t.text.starts_with("Сенат")) {
                None
            } else {
                self.maslikhat_sents.iter().find(|&&x| x != s).and_then(|&x| self.maslikhat_in(x))
            }
        })?;
        let key = EventKey { kind: EventKind::Meeting, org };
        Some(self.event_or_new(key, s))
    }

    /// "Жаңаөзен қаласында Мәжіліс депутаты X сайлаушыларымен кездесіп,
    /// ... есеп берді": a deputy who met voters in a town or district held
    /// a meeting of the party's branch there.
    fn deputy_met_voters(&mut self, s: usize) -> Option<usize> {
        let tokens = &self.sents[s].tokens;
        let voters = (0..tokens.len()).find(|&k| {
            tokens[k].lower.starts_with("сайлаушылар") && instrumental(&tokens[k]) && tokens[k + 1..].iter().take(2).any(|n| starts(n, &["кездесті", "кездесіп"]))
        })?;
        if !self.past_finite(s) {
            return None;
        }
        let deputy = self.mentions[s].iter().any(|m| m.case == Case::Nominative && m.end <= voters && self.title_chain(s, m).iter().any(|t| t.role == Role::Deputy));
        if !deputy {
            return None;
        }
        let place = self.places[s].iter().find(|p| {
            p.end < voters
                && matches!(p.resolved_level(), Some(Level::City | Level::District))
                && tokens.get(p.end).is_some_and(|t| is_locative(&t.lower) && orgs::classifier_level(&t.lower).is_some())
        })?;
        let key = EventKey { kind: EventKind::Meeting, org: Self::branch_key(place.resolved_level()?, &place.name) };
        Some(self.event_or_new(key, s))
    }

    /// "«AMANAT» партиясы Шымкент қалалық филиалының төрағасы X қалалық
    /// мәслихат төрағасы Y-пен кездесті": a branch officer who met someone,
    /// with no trip under way, held a meeting of the branch.
    fn branch_officer_met(&mut self, s: usize) -> Option<usize> {
        let verb = self.meeting_verb(s, &[])?;
        if !self.past_finite(s) || self.events.iter().any(|e| e.key.kind == EventKind::Visit) {
            return None;
        }
        let ms = &self.mentions[s];
        let subject = ms.iter().find(|m| m.case == Case::Nominative && m.end <= verb)?;
        ms.iter().find(|m| m.case == Case::Instrumental && m.first >= subject.end && m.end <= verb)?;
        let org = self.title_chain(s, subject).iter().find_map(|t| {
            self.resolve(&t.org, s, t.first, None).filter(|o| o.starts_with("AMANAT/") && o != "AMANAT/central" && !o.starts_with("AMANAT/primary/"))
        })?;
        let key = EventKey { kind: EventKind::Meeting, org };
        Some(self.event_or_new(key, s))
    }

    /// "«X» бастауыш партия ұйымының өкілдерімен кездесу": a meeting with a
    /// primary organisation's people is that organisation's (whoever organised it).
    fn met_primary(&self, s: usize, e: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        // ("осы ұйымның мүшелерімен жеке жиында": a word may qualify the gathering.)
        let e = if e >= 2 && tokens[e - 1].lower == "жеке" { e - 1 } else { e };
        let people = e.checked_sub(1).map(|i| &tokens[i])?;
        if !instrumental(people) || !starts(people, &["өкіл", "мүше", "белсенді"]) || e < 2 || !tokens[e - 2].lower.starts_with("ұйым") {
            return None;
        }
        if let Some(primary) = self.this_primary_before(s, e - 1) {
            return Some(primary);
        }
        // Only the organisation's own words: «NAME» бастауыш партия ұйымының.
        let mut first = e - 2;
        while first > 0 {
            let t = &tokens[first - 1];
            if t.quoted || t.is("«") || t.is("»") || starts(t, &["бастауыш", "партия"]) {
                first -= 1;
            } else {
                break;
            }
        }
        match branch_spec(&tokens[first..e - 1], &self.places[s], first, e - 2)? {
            spec @ OrgSpec::Branch { level: Some(Level::Primary), primary: Some(_), .. } => self.resolve(&spec, s, first, None),
            _ => None,
        }
    }

    /// "Қонақ осы ұйымның мүшелерімен кездесті": the members at `people`
    /// are of the primary organisation the context is about.
    fn this_primary_before(&self, s: usize, people: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let this = people >= 2 && matches!(tokens[people - 1].lower.as_str(), "ұйым" | "ұйымның") && matches!(tokens[people - 2].lower.as_str(), "осы" | "бұл");
        this.then(|| self.context_primary(s)).flatten()
    }

    /// "«X» мекемесінде құрылған / «X» ЖШС жанындағы бастауыш партия ұйымы":
    /// the quoted name of the institution a primary organisation sits in,
    /// up to three words before `first` (where the organisation's words begin).
    fn primary_host_name(&self, s: usize, first: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        // ("«Жем Агро» серіктестігінде құрылған «AMANAT» партиясының бастауыш
        // ұйымы": the party's name comes between the host and the words.)
        let mut first = first;
        let mut party_between = false;
        if first > 0 && tokens[first - 1].lower.starts_with("партиясы") {
            first -= 1;
            if first > 0 && tokens[first - 1].is("»") {
                let mut open = first - 1;
                while open > 0 && tokens[open - 1].quoted {
                    open -= 1;
                }
                let name: Vec<&Token> = tokens[open..first - 1].iter().collect();
                if open > 0 && tokens[open - 1].is("«") && is_party_name(&orgs::join_tokens(&name)) {
                    first = open - 1;
                    party_between = true;
                }
            }
        }
        let mut k = first;
        // (Four words, or more of an institution's name: "Шідерті
        // кентіндегі №2 жалпы білім беретін мектептің".)
        let name_word = |t: &Token| is_institution_word(&t.lower) || t.is("№") || t.kind == segment::TokenKind::Number || t.lower.ends_with("дегі") || t.lower.ends_with("дағы");
        while k > 0 && (first - k < 4 || (first - k < 8 && name_word(&tokens[k]))) && !tokens[k - 1].quoted && !tokens[k - 1].is("»") && !tokens[k - 1].is(",") {
            let t = &tokens[k - 1];
            if !(t.is_word() || t.kind == segment::TokenKind::Number || t.is("№")) {
                return None;
            }
            k -= 1;
        }
        // ("Абай атындағы №5 мектеп-гимназияның": a dedication belongs to the name.)
        if let Some(at) = (k..first).find(|&i| tokens[i].lower == "атындағы") {
            k = orgs::dedication_start(tokens, at);
        }
        let between = &tokens[k..first];
        // "Кәсіпорын директоры, осындағы бастауыш партия ұйымының төрағасы":
        // the organisation just named is where it sits.
        if between.last().is_some_and(|t| is_here(&t.lower)) {
            let upto = self.named_orgs.partition_point(|(x, _)| *x <= s);
            return upto.checked_sub(1).map(|i| self.named_orgs[i].1.clone()).filter(|n| !is_party_name(n));
        }
        // "«Зерде» мектеп-гимназиясында ... Мектептегі бастауыш партия
        // ұйымы": the institution's bare noun, where it sits, is the one
        // just named (in the same paragraph).
        let bare_host = between.len() == 1
            && orgs::is_host_noun(&between[0].lower)
            && ["дағы", "дегі", "тағы", "тегі"].iter().any(|x| between[0].lower.ends_with(x))
            && (k == 0 || !between[0].is_capitalized());
        if bare_host {
            let upto = self.named_orgs.partition_point(|(x, _)| *x <= s);
            let recent = upto.checked_sub(1).map(|i| &self.named_orgs[i]).filter(|(x, _)| self.sents[*x].paragraph == self.sents[s].paragraph);
            if let Some((_, n)) = recent.filter(|(_, n)| !is_party_name(n)) {
                return Some(n.clone());
            }
        }
        // "қарасты Үрімқай бастауыш партия ұйымы": one capitalised word in
        // the nominative right before is the organisation's own name.
        if let Some(t) = between.last().filter(|_| first >= 2) {
            let nominative = !is_genitive(&t.lower) && !is_locative(&t.lower) && !is_dative(&t.lower) && !t.lower.ends_with("дағы") && !t.lower.ends_with("дегі");
            // (Not a legal form: "«Тобыл Металл» ЖШС бастауыш партия ұйымы", read below.)
            let own = t.is_word() && t.is_capitalized() && nominative && !is_party_noun(t) && orgs::classifier_level(&t.lower).is_none() && !orgs::is_legal_form(&t.lower);
            let lone = between.len() < 2 || !between[between.len() - 2].is_capitalized();
            if own && lone && !is_party_name(&t.text) && orgs::role_word_any(&t.lower).is_none() {
                return Some(t.text.clone());
            }
        }
        // "Ілияс Жансүгіров атындағы Жетісу университеті бастауыш партия
        // ұйымы": a named institution in the possessive nominative is whose
        // it is (its words may reach back past the window above).
        // (Not "-ндағы", where it sits: read below.)
        let possessive_nominative =
            |t: &&Token| !is_genitive(&t.lower) && !is_locative(&t.lower) && t.lower.ends_with(['ы', 'і']) && !t.lower.ends_with("ғы") && !t.lower.ends_with("гі");
        if let Some(noun) = between.last().filter(possessive_nominative) {
            if orgs::is_host_noun(&noun.lower) {
                if let Some((_, None, name)) = orgs::institution_named_by(tokens, first - 1) {
                    return (!is_party_name(&name)).then_some(name);
                }
            }
        }
        // "№5 мектептегі / мектептің бастауыш партия ұйымы": where it sits, or
        // whose it is (an institution in the genitive right before).
        let sits_in = between.iter().any(|t| {
            matches!(t.lower.as_str(), "құрылған" | "жанындағы" | "құрамындағы" | "жанында")
                || ["ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі"].iter().any(|x| t.lower.ends_with(x))
        }) || between.last().is_some_and(|t| is_genitive(&t.lower) && (orgs::is_host_noun(&t.lower) || is_seat_noun(&t.lower)))
            // "«Қандыағаш Құбыр» ЖШС бастауыш партия ұйымы": the company's, by its legal form.
            || (between.len() == 1 && orgs::is_legal_form(&between[0].lower) && k > 0 && tokens[k - 1].is("»"));
        if let Some(name) = akimat_host(between) {
            return Some(name);
        }
        // "Х атындағы мектеп-гимназияда «AMANAT» партиясының бастауыш партия
        // ұйымы ... өткізді": the institution in the locative, then the
        // party's name, is where it sits.
        let at_host = party_between && between.last().is_some_and(|t| is_locative(&t.lower) && orgs::is_host_noun(&t.lower));
        let sits_in = sits_in || at_host;
        if between.is_empty() || !sits_in {
            return None;
        }
        let mut j = k;
        if j > 0 && tokens[j - 1].is("»") {
            j -= 1;
        }
        let end = j;
        while j > 0 && tokens[j - 1].quoted {
            j -= 1;
        }
        let name: Vec<&Token> = tokens[j..end].iter().filter(|t| t.is_word() || t.is_dash()).collect();
        let name = orgs::join_tokens(&name);
        if name.is_empty() {
            return unquoted_host(between, k == 0, at_host)
                .or_else(|| self.unnamed_local_host(s, k, between, false))
                .or_else(|| state_body_host(tokens, first))
                .or_else(|| settlement_host(between));
        }
        (!is_party_name(&name)).then_some(name)
    }

    /// "аудандық аурухананың / көпбейінді ауруханадағы бастауыш партия
    /// ұйымы": an institution with no name of its own, a level adjective
    /// first, keyed as an unnamed local body is: its place, its words, the
    /// noun with the possessive ("Бұланды аудандық ауруханасы"). `words`
    /// begin at token `k` of sentence `s`.
    fn unnamed_local_host(&self, s: usize, k: usize, words: &[Token], any_case: bool) -> Option<String> {
        let (last, rest) = words.split_last()?;
        let i = rest.iter().rposition(|t| orgs::classifier_level(&t.lower).is_some() && t.lower.ends_with(['қ', 'к']))?;
        let level = orgs::classifier_level(&rest[i].lower).filter(|l| matches!(l, Level::District | Level::City | Level::Oblast))?;
        if !rest[i + 1..].iter().all(|t| t.is_word() && !t.is_capitalized() && (is_host_adjective(t) || is_institution_word(&t.lower))) {
            return None;
        }
        let region = self.region_for(s, k + i, level)?;
        let (noun, possessive) = host_noun_nominative(last, any_case)?;
        let noun = if possessive { noun } else { super::morph::with_possessive(&noun) };
        let mut name = vec![region];
        // ("Аудандық полиция бөлімінің ...": a capital that opens the sentence is not the name's.)
        name.extend(rest[i..].iter().enumerate().map(|(j, t)| if j == 0 && k + i == 0 { t.lower.clone() } else { t.text.clone() }));
        name.push(noun);
        Some(name.join(" "))
    }

    /// "Аудан әкімі X тұрғындар алдында есеп берді", "округ әкімі X халық
    /// алдында есеп беру кездесуін өткізді": an akim's report to the people,
    /// a meeting of the akimat (when no party body organised it: "филиалының
    /// ұйымдастыруымен" makes it the branch's, read elsewhere).
    fn akim_report_in(&mut self, s: usize) -> Option<usize> {
        let tokens = &self.sents[s].tokens;
        let held = || tokens.iter().any(|t| starts(t, &["өткізді", "өткізіп", "өтті"]));
        // "... халықпен есептік кездесу өткізді": a reporting meeting, held.
        let reporting_meeting = tokens.windows(2).position(|w| w[0].lower == "есептік" && w[1].lower.starts_with("кездесу")).filter(|_| held());
        let before_people = tokens
            .windows(2)
            .position(|w| (starts(&w[0], &["тұрғындар", "халық", "жұртшылық"]) && w[1].lower == "алдында") || w[0].lower == "халыққа")
            .or(reporting_meeting)?;
        let reported = reporting_meeting.is_some()
            || tokens[before_people..]
                .windows(2)
                .any(|w| w[0].lower == "есеп" && (starts(&w[1], &["берді", "беріп"]) || (w[1].lower == "беру" && held())));
        if !reported || !self.past_finite(s) || tokens.iter().any(|t| t.lower.starts_with("ұйымдастыруымен")) {
            return None;
        }
        // ("аудан әкімі X-тің тұрғындармен есептік кездесуі өтті": the
        // akim's own meeting, by the genitive.)
        let whose = |m: &&Mention| m.case == Case::Genitive && reporting_meeting.is_some_and(|r| m.end <= r && r - m.end <= 2);
        let m = self.mentions[s].iter().find(|m| (m.case == Case::Nominative || whose(m)) && m.end <= before_people)?;
        let org = self.title_chain(s, m).iter().find_map(|t| match &t.org {
            OrgSpec::Gov { .. } if t.role == Role::Akim => self.resolve(&t.org, s, t.first, None).filter(|o| o.starts_with("gov/")),
            _ => None,
        })?;
        Some(self.event_or_new(EventKey { kind: EventKind::Meeting, org }, s))
    }

    /// "облыс әкімдігінде белсенділер жиналысына қатысып": the akimat a gathering
    /// at `e` (whose words begin at `first`) was held in, named just before it.
    fn akimat_host(&self, s: usize, first: usize, e: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        // ("облыстық әкімдігінде алдағы маусымға дайындыққа арналған кеңес":
        // the akimat may open a long clause that ends in the gathering.)
        let k = (first.saturating_sub(12)..e)
            .rev()
            .take_while(|&k| !tokens[k].is(",") && !tokens[k].is("."))
            .find(|&k| matches!(tokens[k].lower.as_str(), "әкімдігінде" | "әкімдікте" | "әкімшілігінде"))?;
        let level = orgs::classifier_level(&tokens.get(k.checked_sub(1)?)?.lower).filter(|l| *l != Level::Rural)?;
        let place = self.region_for(s, k, level)?;
        Some(format!("gov/{}/{place}", level.key()))
    }

    /// "Филиал төрағасы X ... жиын өткізді": the party body (branch or youth
    /// wing) of the titled subject who held the gathering at `e`.
    fn holder_org(&self, s: usize, e: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let held = tokens.get(e + 1).is_some_and(|n| n.lower.starts_with("өткіз") && !n.lower.starts_with("өткізіл"));
        if !held {
            return None;
        }
        let m = self.mentions[s].iter().find(|m| m.case == Case::Nominative && m.end <= e && !tokens[m.first].quoted)?;
        self.title_chain(s, m).iter().find_map(|t| {
            matches!(t.org, OrgSpec::Branch { .. } | OrgSpec::Wing { .. })
                .then(|| self.resolve(&t.org, s, t.first, None))
                .flatten()
                .filter(|o| o.starts_with("AMANAT/") || o.starts_with("org/"))
        })
    }

    /// The party branch of whoever chairs a gathering ("партия хатшысы
    /// X-тің төрағалығымен ... жиналыс өткізілді"), conducts it ("Жиынды
    /// филиал төрағасының орынбасары X ашып, жүргізіп отырды"), or, as its
    /// head or secretary, attends it ("Облыстық филиал төрағасы X-тың
    /// қатысуымен салтанатты жиын өтті"; a member of a body says less).
    fn chair_branch(&self, s: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        // The first party branch among `m`'s titles (`heads`: only a head's
        // or secretary's, not a primary organisation's).
        let party_org = |m: &Mention, heads: bool| {
            self.title_chain(s, m).iter().find_map(|t| {
                let head = matches!(
                    t.role,
                    Role::Chairman | Role::FirstDeputyChairman | Role::DeputyChairman | Role::ExecutiveSecretary | Role::Secretary
                );
                let org = self.resolve(&t.org, s, t.first, None)?;
                // The party's youth and women's wings gather as bodies of their own.
                let party = org.starts_with("AMANAT/") || matches!(t.org, OrgSpec::Wing { .. });
                (party && (!heads || (head && !org.starts_with("AMANAT/primary/")))).then_some(org)
            })
        };
        if let Some(k) = (0..tokens.len()).find(|&k| chaired_at(tokens, k)) {
            return self.listed_before(s, k, true).iter().find_map(|m| party_org(m, false));
        }
        if let Some(k) = (0..tokens.len()).find(|&k| conducted_at(tokens, k)) {
            let m = self.mentions[s].iter().filter(|m| m.end <= k && m.case == Case::Nominative).last()?;
            return party_org(m, false);
        }
        if let Some(k) = (0..tokens.len()).find(|&k| matches!(tokens[k].lower.as_str(), "қатысуымен" | "қатысумен")) {
            return self.listed_before(s, k, true).iter().find_map(|m| party_org(m, true));
        }
        // "Жиынға партияның облыстық филиалы төрағасы X қатысып, ...": a
        // gathering its head attended, when nothing else says whose;
        // "брифинг кезінде ... төрағасы X баяндады": one at which the head spoke.
        let gathering = |k: usize| matches!(event_noun(&tokens[k].lower), Some(EventNoun::Gathering));
        let to_gathering = (0..tokens.len()).any(|k| gathering(k) && is_dative(&tokens[k].lower));
        let attended = tokens.iter().any(|t| matches!(t.lower.as_str(), "қатысты" | "қатысып"));
        let spoke_during = (0..tokens.len()).any(|k| gathering(k) && during(tokens, k)) && (0..tokens.len()).any(|k| is_speech_verb(tokens, k));
        if !(to_gathering && attended || spoke_during) {
            return None;
        }
        self.mentions[s].iter().filter(|m| m.case == Case::Nominative).find_map(|m| party_org(m, true))
    }

    /// The mentions listed before the word at `k`, nearest first, with
    /// words, commas and quotes between them. `tight` ("X пен Y-тің
    /// төрағалығымен"): the first stands right before the word, each other
    /// one is followed by a comma or a conjunction, and up to 16 tokens
    /// separate two; otherwise ("A, B және C-ның қатысуымен"), up to 12.
    fn listed_before(&self, s: usize, k: usize, tight: bool) -> Vec<Mention> {
        let tokens = &self.sents[s].tokens;
        let max_gap = if tight { 16 } else { 12 };
        let mut out: Vec<Mention> = Vec::new();
        let mut list_start = k;
        for m in self.mentions[s].iter().rev().filter(|m| m.end <= k) {
            let gap = &tokens[m.end..list_start];
            let joined = gap.len() <= max_gap && gap.iter().all(|t| t.is(",") || t.is("«") || t.is("»") || t.quoted || t.is_word());
            let adjacent = !tight
                || if out.is_empty() {
                    gap.is_empty()
                } else {
                    gap.first().is_some_and(|t| t.is(",") || matches!(t.lower.as_str(), "және" | "мен" | "пен" | "бен"))
                };
            if !(joined && adjacent) {
                break;
            }
            out.push(m.clone());
            list_start = m.first;
        }
        out
    }

    /// The sentence ends in a finite past verb ("айтылды", "талқыланды").
    fn past_finite(&self, s: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        // "..., деп хабарлайды Kazinform.": the source's attribution is not the clause.
        let source = tokens
            .windows(2)
            .rposition(|w| w[0].lower == "деп" && starts(&w[1], &["хабарла", "жазады", "жазды", "мәлім"]))
            .unwrap_or(tokens.len());
        let words: Vec<&Token> = tokens[..source].iter().rev().filter(|t| t.is_word()).take(2).collect();
        let last = words.first();
        // "... қатысқан болатын / еді": the pluperfect, a past told in passing.
        let pluperfect = last.is_some_and(|t| matches!(t.lower.as_str(), "болатын" | "еді")) && words.get(1).is_some_and(|p| is_participle(p));
        !self.future(s) && (pluperfect || last.is_some_and(|t| is_past_finite_word(t)))
    }

    /// The maslikhat a sentence names ("облыстық мәслихаттағы фракция").
    fn maslikhat_in(&self, s: usize) -> Option<String> {
        let k = self.sents[s].tokens.iter().position(|t| t.lower.starts_with("мәслихат"))?;
        self.maslikhat_at(s, k)
    }

    /// The maslikhat the word at `k` names, with the level and place before it.
    fn maslikhat_at(&self, s: usize, k: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let mut first = orgs::title_start(tokens, k, &|i| self.mention_at(s, i).is_some());
        // "облыстық және қалалық мәслихаттардағы": coordinated levels, the first is the owner.
        while first >= 2
            && matches!(tokens[first - 1].lower.as_str(), "және" | "мен" | "пен")
            && orgs::classifier_level(&tokens[first - 2].lower).is_some()
        {
            first = orgs::title_start(tokens, first - 1, &|i| self.mention_at(s, i).is_some()).min(first - 2);
        }
        // Level words, not place names that start like one ("Кентау").
        let in_place = |i: usize| self.places[s].iter().any(|p| p.first <= i && i < p.end);
        let level = (first..k).filter(|&i| !in_place(i)).find_map(|i| orgs::classifier_level(&tokens[i].lower));
        let place = self.places[s].iter().filter(|p| p.first >= first && p.end <= k).last();
        let spec = OrgSpec::Maslikhat { level: level.or_else(|| place.and_then(PlaceHit::resolved_level)), place: place.map(|p| p.name.clone()) };
        self.resolve(&spec, s, first, None)
    }

    /// The last maslikhat named with its place up to sentence `s`
    /// ("Бөкей ордасы аудандық мәслихатының"), for a bare "мәслихат" later.
    fn named_maslikhat(&self, s: usize) -> Option<String> {
        let upto = self.maslikhat_sents.partition_point(|&x| x <= s);
        // (Read from the place itself: resolving the sentence's maslikhat
        // again could come back here for a bare one, without end.)
        self.maslikhat_sents[..upto].iter().rev().find_map(|&x| {
            let tokens = &self.sents[x].tokens;
            // (Not one in the title of a person listed: "Жезқазған қалалық
            // мәслихатының бұрынғы хатшысы X" tells where X worked, not which
            // maslikhat the text is about.)
            let k = (0..tokens.len()).find(|&k| tokens[k].lower.starts_with("мәслихат") && !self.in_a_persons_title(x, k))?;
            let p = self.places[x].iter().filter(|p| p.end <= k && k - p.end <= 3).last()?;
            let level = (p.end..k).find_map(|i| orgs::classifier_level(&tokens[i].lower)).or_else(|| p.resolved_level())?;
            Some(format!("maslikhat/{}/{}", level.key(), p.name))
        })
    }

    /// Whether the body word at `k` is in the title of a person named right
    /// after: "Жезқазған қалалық мәслихатының бұрынғы хатшысы X" tells where
    /// X worked, not which assembly the text is about.
    fn in_a_persons_title(&self, s: usize, k: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        let role = (k + 1..(k + 3).min(tokens.len())).find(|&r| orgs::role_word(&tokens[r].lower).is_some());
        role.is_some_and(|r| tokens[k + 1..r].iter().all(|t| t.lower == "бұрынғы") && self.mentions[s].iter().any(|m| m.first == r + 1))
    }

    /// The assembly a faction sits in, as a sentence names it: a maslikhat,
    /// else a chamber of parliament ("Мәжілістегі ... фракциясы").
    fn faction_assembly(&self, s: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        if tokens.iter().any(|t| !t.quoted && t.lower.starts_with("мәслихат")) {
            return self.maslikhat_in(s);
        }
        ["Мәжіліс", "Сенат"]
            .iter()
            .find(|c| tokens.iter().any(|t| !t.quoted && t.text.starts_with(**c)))
            .map(|c| format!("parliament/{c}"))
    }

    /// The assembly of the faction the article named last, up to sentence `s`.
    fn faction_home(&self, s: usize) -> Option<String> {
        let upto = self.faction_sents.partition_point(|&x| x <= s);
        self.faction_sents[..upto].iter().rev().find_map(|&x| self.faction_assembly(x))
    }

    /// The branch a clause names before an event noun: the nearest
    /// "филиал" word in the genitive or locative, with no comma between.
    fn owner_branch(&self, s: usize, before: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        // (Past a person's name, before an event attended, a branch is in
        // his title: "Ақсу қалалық филиалының атқарушы хатшысы X да
        // конференцияға қатысып".)
        let attended = tokens.get(before).is_some_and(|e| is_dative(&e.lower));
        for k in (0..before).rev() {
            let t = &tokens[k];
            if t.is(",") || t.is(".") || (attended && self.mention_at(s, k).is_some_and(|m| m.case == Case::Nominative)) {
                return None;
            }
            let l = t.lower.as_str();
            let held = tokens.get(k + 1).is_some_and(|n| starts(n, &["өткізген", "ұйымдастырған", "өткізді", "ұйымдастырды"]))
                // "X филиалы партия активімен кездесу ұйымдастырды": the
                // branch in the nominative, the subject holding the event.
                || (matches!(l, "филиалы" | "филиал")
                    && tokens[before..]
                        .iter()
                        .take_while(|n| !n.is(",") && !n.is("."))
                        .any(|n| matches!(n.lower.as_str(), "өткізді" | "ұйымдастырды" | "өткізіп" | "ұйымдастырып")))
                // "облыстық филиал ғимаратында": in the branch's premises.
                || (matches!(l, "филиалы" | "филиал")
                    && tokens.get(k + 1).is_some_and(|n| starts(n, &["ғимарат", "кеңсе", "зал"]) && is_locative(&n.lower)));
            if l.starts_with("филиал") && !plural_after(l, "филиал") && (is_genitive(l) || is_locative(l) || held) {
                // "Jas Otan жастар қанаты Ақмола облыстық филиалының": the youth wing's branch.
                let blocked = |i: usize| self.mention_at(s, i).is_some();
                let first = orgs::title_start(tokens, k, &blocked);
                if let Some(spec) = orgs::wing_spec(&tokens[first..=k], &self.places[s], first) {
                    return self.resolve(&spec, s, first, None);
                }
                return self.branch_at(s, k).filter(|key| key != "AMANAT/central");
            }
            // "партиясының Орталық аппаратында": the central office, the party's own.
            // ("партиясының Астанадағы Орталық аппаратында": where it is between.)
            let party_before = |at: usize| is_party_noun(&tokens[at]) || (at >= 1 && tokens[at].lower.ends_with("дағы") && is_party_noun(&tokens[at - 1]));
            if l.starts_with("аппарат") && (is_genitive(l) || is_locative(l)) && k >= 2
                && tokens[k - 1].lower == "орталық" && party_before(k - 2)
            {
                return Some("AMANAT/central".to_string());
            }
            // "«X» бастауыш партия ұйымының ұйымдастыруымен / ұйымында": a primary organisation's.
            if names_one_primary(tokens, k) && (is_genitive(l) || is_locative(l)) {
                return self.primary_at(s, k);
            }
        }
        None
    }

    /// "X филиалының ұйымдастыруымен ..., Y-пен кездесу өтті": the party body
    /// that organised the event whose words begin at `before`, however long
    /// the clause between.
    fn organiser(&self, s: usize, before: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let k = (1..before).rev().find(|&k| tokens[k].lower == "ұйымдастыруымен")? - 1;
        let l = tokens[k].lower.as_str();
        // "Абай облысы әкімдігінің ұйымдастыруымен ... форумы өтті": the akimat's.
        if matches!(l, "әкімдігінің" | "әкімшілігінің") && k > 0 {
            let level = orgs::classifier_level(&tokens[k - 1].lower).filter(|l| *l != Level::Rural)?;
            let place = self.region_for(s, k - 1, level)?;
            return Some(format!("gov/{}/{place}", level.key()));
        }
        if !is_genitive(l) || !(l.starts_with("филиал") || l.starts_with("ұйым")) {
            return None;
        }
        self.owner_branch(s, k + 1)
    }

    /// "... салтанатты жиын өтті. Шараны партияның облыстық филиалы
    /// ұйымдастырды.": the branch the next sentence says organised the
    /// gathering sentence `s` reports.
    fn organised_in_next(&self, s: usize) -> Option<String> {
        let next = self.sents.get(s + 1)?;
        let tokens = &next.tokens;
        let opener = tokens.first()?;
        let event_word = event_noun(&opener.lower).is_some() || starts(opener, &["шара", "іс-шара"]);
        if !event_word || !is_accusative_noun(&opener.lower) {
            return None;
        }
        let verb = tokens.iter().position(|t| matches!(t.lower.as_str(), "ұйымдастырды" | "өткізді"))?;
        let k = (1..verb).rev().find(|&k| matches!(tokens[k].lower.as_str(), "филиалы" | "филиал"))?;
        self.branch_at(s + 1, k).filter(|b| b != "AMANAT/central")
    }

    /// The primary organisation whose words end at `k` ("«X» бастауыш партия
    /// ұйымының"): its own quoted name, else the institution it sits in.
    fn primary_at(&self, s: usize, k: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let mut first = k;
        // ("«Шұбарсу-Мақта» ЖШС бастауыш партия ұйымы": the company's legal form too.)
        let company_form = |t: &Token| !t.quoted && orgs::is_company_noun(&t.lower) && t.lower.chars().count() <= 6;
        while first > 0
            && (tokens[first - 1].quoted
                || tokens[first - 1].is("«")
                || tokens[first - 1].is("»")
                || starts(&tokens[first - 1], &["бастауыш", "партия"])
                || (company_form(&tokens[first - 1]) && first >= 2 && tokens[first - 2].is("»")))
        {
            first -= 1;
        }
        match branch_spec(&tokens[first..=k], &self.places[s], first, k)? {
            spec @ OrgSpec::Branch { level: Some(Level::Primary), primary: None, .. } => self.hosted_primary(&spec, s, first),
            spec @ OrgSpec::Branch { level: Some(Level::Primary), .. } => self.resolve(&spec, s, first, None),
            _ => None,
        }
    }

    /// A primary organisation with no name of its own (`spec`, its words
    /// beginning at `first`), keyed by the institution it sits in, named
    /// just before.
    fn hosted_primary(&self, spec: &OrgSpec, s: usize, first: usize) -> Option<String> {
        let OrgSpec::Branch { level: Some(Level::Primary), primary: None, .. } = spec else { return None };
        // The title's words may begin with the host ("Сәтбаев
        // университетіндегі бастауыш партия ұйымының төрағасы").
        let tokens = &self.sents[s].tokens;
        let own = (first..tokens.len().min(first + 12)).find(|&k| tokens[k].lower == "бастауыш").unwrap_or(first);
        self.primary_host_name(s, own).map(|n| format!("AMANAT/primary/{n}"))
    }

    /// "Дебатты / Жиынды ... X филиалы өткізді": the branch that is the
    /// subject holding an event named before it in the accusative.
    fn subject_branch_after(&self, s: usize, e: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let noun = tokens[e].lower.as_str();
        if !["ды", "ді", "ты", "ті", "ны", "ні"].iter().any(|x| noun.ends_with(x)) {
            return None;
        }
        for k in e + 1..tokens.len().min(e + 12) {
            let t = &tokens[k];
            if t.is(",") || t.is(".") {
                return None;
            }
            if matches!(t.lower.as_str(), "филиалы" | "филиал")
                && tokens.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "өткізді" | "ұйымдастырды"))
            {
                return self.branch_at(s, k).filter(|key| key != "AMANAT/central");
            }
        }
        None
    }

    /// "«AMANAT» партиясы Алматы қаласында ... республикалық форумын
    /// өткізді": the party itself, the subject, held a republican event,
    /// the central party's wherever it was.
    fn party_held_republican(&self, s: usize, e: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let held = tokens.get(e + 1).is_some_and(|n| matches!(n.lower.as_str(), "өткізді" | "өткізіп" | "ұйымдастырды"));
        let republican = (e.saturating_sub(3)..e).any(|k| tokens[k].lower == "республикалық");
        let subject = tokens[..e].iter().position(|t| t.lower == "партиясы")?;
        let branch_between = tokens[subject..e].iter().any(|t| t.lower.starts_with("филиал") || t.lower.starts_with("ұйым"));
        (held && republican && !branch_between).then(|| "AMANAT/central".to_string())
    }

    /// "«X» серіктестігіндегі бастауыш партия ұйымы кеше кезекті жиналысын
    /// өткізді", "Аудандық филиал ... отырысын өткізді": the body that is
    /// the subject before the event it held, named in the accusative at `e`.
    fn subject_body_before(&self, s: usize, e: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let noun = tokens[e].lower.as_str();
        let held = tokens.get(e + 1).is_some_and(|n| matches!(n.lower.as_str(), "өткізді" | "өткізіп"));
        if !held || !(noun.ends_with("ын") || noun.ends_with("ін")) {
            return None;
        }
        // The body's noun, in the nominative, with only time words and
        // modifiers between it and the event.
        // ("... ұйымы есеп беру-сайлау жиналысын өткізді": the event's own
        // hyphenated words are among them.)
        let k = (e.saturating_sub(6)..e).rev().take_while(|&k| (tokens[k].is_word() || tokens[k].is("-")) && self.mention_at(s, k).is_none()).find(|&k| {
            matches!(tokens[k].lower.as_str(), "ұйымы" | "филиалы")
        })?;
        if tokens[k].lower == "ұйымы" {
            // (The party's own is "бастауыш ұйымы" too.)
            let primary = names_one_primary(tokens, k) || (k >= 1 && tokens[k - 1].lower == "бастауыш");
            return if primary { self.primary_at(s, k) } else { None };
        }
        self.branch_at(s, k).filter(|key| key != "AMANAT/central")
    }

    /// Whether token `e` of sentence `s` names a gathering of the party's
    /// public work: a debate a branch held or one of its primaries
    /// ("праймериз ... пікірсайысы"), or its public reception ("қоғамдық
    /// қабылдау", then "қабылдауға" alone), not the verb's other sense
    /// ("партия қатарына қабылдау", "шешім қабылдау").
    fn party_activity(&self, s: usize, e: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        let lower = tokens[e].lower.as_str();
        if is_debate_noun(lower) {
            return self.primaries || self.subject_branch_after(s, e).is_some();
        }
        // ("Қабылдауды X жүргізді": conducted, so held.)
        let conducted = || ["ды", "ді"].iter().any(|x| lower.ends_with(x)) && tokens[e + 1..].iter().any(|t| matches!(t.lower.as_str(), "жүргізді" | "жүргізіп"));
        // ("партияның аудандық филиалында азаматтарды қабылдау
        // ұйымдастырылды": one held at a branch the clause names.)
        // (So is one at its public reception office, "филиалының қоғамдық
        // қабылдамасында қабылдау күні өтті".)
        let at_branch = || tokens[..e].iter().any(|t| (t.lower.starts_with("филиал") || t.lower.starts_with("қабылдама")) && is_locative(&t.lower));
        if !(is_reception_noun(lower) && (self.public_reception || at_branch() || conducted())) {
            return false;
        }
        // ("қоғамдық қабылдау бөлмелеріне / орнына": the office, a place.)
        // ("қоғамдық қабылдау жетекшілерінің": its heads, people.)
        if tokens.get(e + 1).is_some_and(|n| starts(n, &["бөлме", "орн", "кеңсе", "ғимарат", "жетекші", "басшы", "меңгеруші"])) {
            return false;
        }
        let before = e.checked_sub(1).map(|b| tokens[b].lower.as_str()).unwrap_or("");
        // ("азаматтарды ... қабылдауы": receiving someone, the verb's noun.)
        // (Only of the possessed noun: "әкімдердің азаматтарды қабылдауы";
        // "азаматтарды ... қабылдау ұйымдастырылды" is the reception.)
        let object_before = lower.starts_with("қабылдауы") && tokens[e.saturating_sub(5)..e].iter().any(|t| is_accusative_noun(&t.lower));
        let reception = before == "қоғамдық"
            || !(object_before || starts(&tokens[e.saturating_sub(1)], &["қатар", "мүшелік", "шешім", "қаулы", "қарар"]));
        // Held or attended, not a service that "began its work"; one
        // reception, not the many a mobile reception holds ("6 өңірде
        // кездесулер өткізді").
        reception
            && (tokens.iter().any(|t| {
                matches!(t.lower.as_str(), "өтті" | "өтіп" | "өткізді" | "өткізіп" | "өткізілді" | "қатысты" | "қатысып" | "ұйымдастырылды" | "ұйымдастырылып")
            }) || conducted())
            && !tokens.iter().any(|t| starts(t, &["кездесулер", "қабылдаулар", "жиындар"]))
    }

    /// The body of a new event that names no body: the visit's place for a
    /// meeting during a visit, else the main branch.
    fn context_org_for_new_event(&self, s: usize, kind: EventKind) -> Option<String> {
        if kind == EventKind::Meeting {
            if let Some(v) = self.latest_event(EventKind::Visit) {
                let org = self.events[v].key.org.clone();
                // At an institution, "аурухананың бастауыш партия ұйымының
                // жиналысы" is its primary organisation's.
                let Some(name) = org.strip_prefix("org/") else { return Some(org) };
                let tokens = &self.sents[s].tokens;
                if tokens.windows(2).any(|w| w[0].lower == "бастауыш" || (w[0].lower == "партия" && w[1].lower.starts_with("ұйым"))) {
                    return Some(format!("AMANAT/primary/{name}"));
                }
            }
        }
        self.main_branch.clone().or_else(|| {
            self.focus
                .district
                .as_ref()
                .map(|d| Self::branch_key(Level::District, d))
                .or_else(|| self.focus.city.as_ref().map(|c| Self::branch_key(Level::City, c)))
                .or_else(|| self.focus.oblast.as_ref().map(|o| Self::branch_key(Level::Oblast, o)))
        })
    }

    /// The event with this key. Articles have a handful of events; the scan
    /// is bounded because keys are distinct.
    fn event_index(&self, key: &EventKey) -> Option<usize> {
        self.event_by_key.get(key).copied()
    }

    fn latest_event(&self, kind: EventKind) -> Option<usize> {
        self.latest_by_kind.get(&kind).copied()
    }

    /// The event under `key`, made (with no attributes, at sentence `s`)
    /// if the article has none yet.
    fn event_or_new(&mut self, key: EventKey, s: usize) -> usize {
        match self.event_index(&key) {
            Some(x) => x,
            None => self.push_event(Event { key, attrs: Vec::new(), sentence: s }),
        }
    }

    fn push_event(&mut self, event: Event) -> usize {
        let i = self.events.len();
        self.event_by_key.insert(event.key.clone(), i);
        self.latest_by_kind.insert(event.key.kind, i);
        self.latest_event_created = Some(i);
        self.events.push(event);
        i
    }

    /// A visit: "X ауданына іссапармен келді".
    fn visit_in(&mut self, s: usize) -> Option<usize> {
        if let Some(x) = self.round_stop(s) {
            return Some(x);
        }
        let tokens = &self.sents[s].tokens;
        // "іссапармен", "жұмыс сапарымен", "сапарын ... бастады".
        let came_and_met = self.official_came_and_met(s) || self.central_official_met_in(s);
        let trip = tokens.iter().enumerate().any(|(k, t)| {
            // "сапарымыз ... жалғасын тапты": the writer's own trip, in a post.
            starts(t, &["іссапар", "іс-сапар", "сапармен", "сапарымен", "сапар барысында", "сапарын", "сапарым"])
                || (t.lower.starts_with("сапар") && k > 0 && tokens[k - 1].lower == "жұмыс")
                // "өңірлік сапары аясында ... филиалында болды": within a trip.
                || (t.lower == "сапары" && tokens.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "аясында" | "барысында" | "кезінде")))
                // "облысына сапарлап", "сапарлады"; "өңірге сапар шекті".
                || matches!(t.lower.as_str(), "сапарлап" | "сапарлады")
                || (t.lower == "сапар" && tokens.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "шекті" | "шегіп")))
        }) || came_and_met
            || self.official_was_in(s)
            || self.official_went_to(s);
        // A finite or converb verb: "келген X ... жиынға қатысты" is someone
        // who came to attend another event, not a visit of its own; with no
        // attending, "жұмыс сапарымен келген X ... кездесті" is the visitor.
        let attends = tokens.iter().any(|t| t.lower.starts_with("қатыс"));
        // "сапарын Павлодар облысынан бастады": the trip began there.
        let began = tokens.iter().any(|t| matches!(t.lower.as_str(), "бастады" | "бастап"));
        let arrive = began
            || came_and_met
            || tokens.iter().any(|t| {
                starts(t, &["келді", "келіп", "барды", "барып", "болды", "аралады", "жалғастырды", "жалғасын", "келдік", "бардық", "болдық"])
                    || matches!(t.lower.as_str(), "болып" | "сапарлады" | "шекті" | "шегіп" | "бұрды" | "бұрып")
                    || (!attends && matches!(t.lower.as_str(), "келген" | "барған" | "болған"))
            });
        if !trip || !arrive || self.future(s) {
            return None;
        }
        let dative_or_loc = |w: &str| {
            is_dative(w) || is_locative(w) || (began && is_ablative(w))
        };
        let place = self.places[s].iter().find(|p| {
            let after = tokens.get(p.end).map(|t| t.lower.as_str()).unwrap_or("");
            // "Павлодар облысына" or the name declined itself ("Түркістанға").
            let declined = p.end > 0 && {
                let last = &tokens[p.end - 1].lower;
                !p.name.to_lowercase().ends_with(last.as_str()) && dative_or_loc(last)
            };
            (p.level.is_some() && dative_or_loc(after)) || (declined && p.resolved_level().is_some())
        });
        // "Алматы облысына жұмыс сапары аясында Қапшағай қаласында болды":
        // within a trip to the oblast, the town where the visitor was.
        let place = place.map(|p| {
            if p.resolved_level() != Some(Level::Oblast) {
                return p;
            }
            let was_in = self.places[s].iter().find(|q| {
                q.first > p.end
                    && matches!(q.resolved_level(), Some(Level::District | Level::City))
                    && tokens.get(q.end).is_some_and(|t| is_locative(&t.lower) && orgs::classifier_level(&t.lower).is_some())
                    && tokens.get(q.end + 1).is_some_and(|t| matches!(t.lower.as_str(), "болды" | "болып"))
            });
            was_in.unwrap_or(p)
        });
        // "«AMANAT» партиясы Үржар аудандық филиалына жұмыс сапарымен
        // келді": the branch itself is what was visited.
        let to_branch = || {
            let k = tokens
                .iter()
                .position(|t| t.lower.starts_with("филиал") && (DATIVE.iter().any(|d| t.lower.ends_with(d)) || is_locative(&t.lower)))?;
            self.branch_at(s, k).filter(|key| key != "AMANAT/central")
        };
        let visited_branch = if place.is_none() { to_branch() } else { None };
        let (level, name) = match place {
            // "Қарағандыға барды": a trip to a bare name that is both an
            // oblast and its centre goes to the city ("облысына" says oblast).
            Some(p) if p.level.is_none() && p.kinds.contains(&UnitKind::City) => (Level::City, p.name.clone()),
            Some(p) => (p.resolved_level()?, p.name.clone()),
            None if visited_branch.is_some() => {
                let key = EventKey { kind: EventKind::Visit, org: visited_branch? };
                return Some(self.event_or_new(key, s));
            }
            None => {
                // "ауданда болып": the district (or city) the article is about.
                let bare = tokens.iter().find(|t| {
                    matches!(orgs::classifier_level(&t.lower), Some(Level::District | Level::City))
                        && !t.lower.ends_with("дық")
                        && !t.lower.ends_with("лық")
                        && dative_or_loc(&t.lower)
                })?;
                let level = orgs::classifier_level(&bare.lower)?;
                (level, self.region_for(s, 0, level)?)
            }
        };
        if level == Level::Rural {
            return None;
        }
        let key = EventKey { kind: EventKind::Visit, org: Self::branch_key(level, &name) };
        Some(self.event_or_new(key, s))
    }

    /// The next district of a trip through several ("Сапардың келесі
    /// аялдамасы – Төлеби ауданы", "Түс ауа партия хатшысы Төлеби ауданына
    /// жол тартты"), while a visit to a district or town is under way: a
    /// visit of its own, which shares the trip's visitors and guests.
    fn round_stop(&mut self, s: usize) -> Option<usize> {
        let &v = self.latest_by_kind.get(&EventKind::Visit)?;
        let org = &self.events[v].key.org;
        if !(org.starts_with("AMANAT/district/") || org.starts_with("AMANAT/city/")) || self.future(s) {
            return None;
        }
        let tokens = &self.sents[s].tokens;
        let stop_dash = tokens.windows(2).position(|w| starts(&w[0], &["нүктесі", "аялдамасы"]) && w[1].is_dash());
        // ("Сапардың алғашқы аялдамасы X ауданындағы Y ауылы болды": the stop
        // named, then "болды".)
        let stop_was = tokens.iter().position(|t| starts(t, &["нүктесі", "аялдамасы"])).filter(|_| self.past_finite(s));
        // ("келесі аптада ... қаласына барып, ... кездеседі": not yet; "Келесі
        // күні сапар ... жалғасты" is the trip's next day, told as past.)
        let later = tokens.iter().enumerate().any(|(k, t)| {
            matches!(t.lower.as_str(), "алдағы" | "ертең" | "ертеңгі") || (t.lower == "келесі" && tokens.get(k + 1).is_none_or(|n| n.lower != "күні"))
        });
        if stop_dash.is_none() && (later || !self.past_finite(s)) {
            return None;
        }
        let went = |k: usize| {
            tokens[k..].iter().take(3).enumerate().any(|(j, t)| {
                matches!(t.lower.as_str(), "тартты" | "тартып" | "барды" | "барып" | "аттанды" | "аттанып")
                    // "бет алды", "ат басын бұрды".
                    || (matches!(t.lower.as_str(), "алды" | "алып" | "бұрды" | "бұрып") && j > 0 && matches!(tokens[k + j - 1].lower.as_str(), "бет" | "басын"))
            })
        };
        // "Түс ауа сапар X ауданында жалғасты": the trip went on there.
        let went_on = |k: usize| tokens[k..].iter().take(2).any(|t| t.lower.starts_with("жалғас")) && tokens.iter().any(|t| t.lower.starts_with("сапар"));
        // "Жаңаөзенде қонақтарды қала әкімі X қарсы алды": the place in the
        // locative opening the sentence, where hosts met the visitors.
        let hosts_met = tokens.windows(2).any(|w| matches!(w[0].lower.as_str(), "қарсы" | "күтіп") && starts(&w[1], &["алды", "алып"]));
        let stop = self.places[s].iter().find(|p| {
            let after = tokens.get(p.end).map(|t| t.lower.as_str()).unwrap_or("");
            let level_after = orgs::classifier_level(after).is_some_and(|l| matches!(l, Level::District | Level::City));
            let named = stop_dash.or(stop_was).is_some_and(|d| p.first > d) && level_after;
            let hosted_here = hosts_met && p.first == 0 && p.level.is_none() && is_locative(&tokens[p.end - 1].lower);
            named || (level_after && is_dative(after) && went(p.end + 1)) || (level_after && is_locative(after) && went_on(p.end + 1)) || hosted_here
        })?;
        let level = stop.resolved_level().filter(|l| matches!(l, Level::District | Level::City))?;
        let key = EventKey { kind: EventKind::Visit, org: Self::branch_key(level, &stop.name) };
        let origin = self.round_stops.iter().find(|(x, _)| *x == v).map_or(v, |&(_, o)| o);
        let x = self.event_or_new(key, s);
        if x != origin && !self.round_stops.iter().any(|&(y, _)| y == x) {
            self.round_stops.push((x, origin));
        }
        Some(x)
    }

    /// The trip's visitors and guests are those of each of its stops.
    fn share_round_participants(&mut self) {
        for &(stop, origin) in &self.round_stops.clone() {
            let (from, to) = (self.events[origin].key.clone(), self.events[stop].key.clone());
            let shared: Vec<Fact> = self
                .facts
                .keys()
                .filter_map(|f| match f {
                    Fact::Participant { name, role, event } if *event == from && matches!(role, EventRole::Visitor | EventRole::Guest) => {
                        Some(Fact::Participant { name: name.clone(), role: *role, event: to.clone() })
                    }
                    _ => None,
                })
                .collect();
            for f in shared {
                self.add(f, self.events[stop].sentence);
            }
        }
    }

    /// Those met on a visit who speak are its hosts (ONTOLOGY: "the people
    /// met who speak are also speakers"): a speaker of a visit who is not
    /// one of its visitors was met there.
    fn speakers_met_on_visits(&mut self) {
        let mut roles: BTreeMap<(&str, &EventKey), (bool, bool)> = BTreeMap::new();
        for f in self.facts.keys() {
            if let Fact::Participant { name, role, event } = f {
                if event.kind != EventKind::Visit {
                    continue;
                }
                let (spoke, other) = roles.entry((name.as_str(), event)).or_default();
                match role {
                    EventRole::Speaker => *spoke = true,
                    EventRole::Visitor | EventRole::Host => *other = true,
                    _ => {}
                }
            }
        }
        let hosts: Vec<(Fact, Span)> = roles
            .into_iter()
            .filter(|&(_, (spoke, other))| spoke && !other)
            .map(|((name, event), _)| {
                let speaker = Fact::Participant { name: name.to_string(), role: EventRole::Speaker, event: event.clone() };
                let span = self.facts[&speaker];
                (Fact::Participant { name: name.to_string(), role: EventRole::Host, event: event.clone() }, span)
            })
            .collect();
        for (fact, span) in hosts {
            self.facts.entry(fact).or_insert(span);
        }
    }

    /// A stop on a branch officer's round of its primary organisations
    /// ("... бастауыш партия ұйымын аралап шықты", then "Сапар X
    /// мектеп-лицейінен басталды", "Мұнан кейін ... кооперативіне барды",
    /// "Алғашқы аялдама аурухананың бастауыш партия ұйымы болды"): a visit of
    /// that primary organisation, keyed by it.
    fn primary_visit_in(&mut self, s: usize) -> Option<usize> {
        let first_round = *self.first_round.get_or_init(|| (0..self.sents.len()).find(|&x| self.tours_primaries(x)));
        // (Without a round, only a named visitor's "... бастауыш партия
        // ұйымына барды": "X пен Y «Z» ЖШС бастауыш партия ұйымына барды".)
        let in_round = first_round.is_some_and(|x| x <= s);
        if !in_round && !self.mentions[s].iter().any(|m| m.case == Case::Nominative) {
            return None;
        }
        let tokens = self.sents[s].tokens.clone();
        // "Сапардың алғашқы нүктесі – «X» ЖШС.": the round's first stop, said without a verb.
        let stop_named = tokens.windows(2).any(|w| starts(&w[0], &["нүктесі", "аялдамасы", "бекеті"]) && w[1].is_dash());
        if !stop_named && !self.past_finite(s) {
            return None;
        }
        let verb = |k: usize| tokens.get(k).map(|t| t.lower.as_str()).unwrap_or("");
        // A verb of going within three words, before any punctuation.
        let goes = |k: usize| {
            (k + 1..tokens.len().min(k + 4)).take_while(|&v| tokens[v].is_word()).any(|v| matches!(verb(v), "барды" | "барып" | "бұрды" | "келді" | "келіп"))
        };
        for k in 0..tokens.len() {
            let l = tokens[k].lower.as_str();
            // (One organisation: "ұйымдарына барып" goes round several.)
            let primary_word = l.starts_with("ұйым") && !l.starts_with("ұйымдар") && k > 0 && (tokens[k - 1].lower.starts_with("партия") || tokens[k - 1].lower == "бастауыш");
            let visited = if primary_word {
                // "... бастауыш партия ұйымына ат басын бұрды / барды",
                // "Алғашқы аялдама ... бастауыш партия ұйымы болды".
                // ("... мектептің бастауыш партия ұйымында болды": was at it.)
                let stop = (is_dative(l) && goes(k))
                    || in_round
                        && ((l == "ұйымы" && verb(k + 1) == "болды" && tokens[..k].iter().any(|t| t.lower.starts_with("аялдама")))
                            || (is_locative(l) && matches!(verb(k + 1), "болды" | "болып")));
                if !stop {
                    continue;
                }
                self.primary_at(s, k)
            } else {
                // "Сапардың алғашқы нүктесі – «X» ЖШС": the round's first stop.
                let first_stop = || stop_named && k + 1 == tokens.len() - usize::from(tokens.last().is_some_and(|t| t.is(".")));
                let went = in_round
                    && orgs::is_host_noun(l)
                    && ((is_dative(l) && goes(k))
                        || (is_locative(l) && matches!(verb(k + 1), "болды" | "болып"))
                        // "Сапар ... кітапханасында жалғасты": the round went on there.
                        || (is_locative(l) && matches!(verb(k + 1), "жалғасты" | "жалғасып"))
                        || (is_ablative(l) && verb(k + 1).starts_with("басталды"))
                        || first_stop());
                if !went {
                    continue;
                }
                self.visited_institution(s, k).map(|name| format!("AMANAT/primary/{name}"))
            };
            if let Some(org) = visited {
                return Some(self.event_or_new(EventKey { kind: EventKind::Visit, org }, s));
            }
        }
        None
    }

    /// "Депутаттар Кентау қалалық көпбейінді ауруханасына барды", "... №89
    /// мектеп-лицейінде болып, ...", "X ... перинаталдық орталығының
    /// жұмысымен танысты": deputies or officials at an institution, not
    /// on a trip to a region, make a visit keyed by it. A bare noun
    /// ("перинаталдық орталыққа") is the institution of the kind named before.
    fn institution_visit_in(&mut self, s: usize) -> Option<usize> {
        if self.future(s) || !self.sents[s].tokens.iter().any(|t| t.is_word()) {
            return None;
        }
        // (Part of a trip to a region or a branch, it is a stop of that visit.)
        if self.latest_by_kind.get(&EventKind::Visit).is_some_and(|&v| !self.events[v].key.org.starts_with("org/")) {
            return None;
        }
        let name = self.institution_visited(s)?;
        Some(self.event_or_new(EventKey { kind: EventKind::Visit, org: format!("org/{name}") }, s))
    }

    /// The institution sentence `s` has its visitors go to or be at, named.
    fn institution_visited(&self, s: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let word = |k: usize| tokens.get(k).map(|t| t.lower.as_str()).unwrap_or("");
        let goes = |k: usize| matches!(word(k + 1), "барды" | "барып" | "келді" | "келіп");
        // ("Одан кейін жұмыс тобы ... болды": a group named by its kind.)
        // ("мониторингтік топ": the same, its adjective before the bare noun.)
        let group = |k: usize| {
            starts(&tokens[k], &["депутат", "олар"])
                || ((starts(&tokens[k], &["тобы"]) || tokens[k].lower == "топ") && k > 0 && starts(&tokens[k - 1], &["жұмыс", "мониторинг"]))
        };
        let visitors = self.mentions[s].iter().any(|m| m.case == Case::Nominative) || (0..tokens.len().min(6)).any(group);
        if !visitors {
            return None;
        }
        for k in 1..tokens.len() {
            let l = tokens[k].lower.as_str();
            // "«Жайық Құрылыс» ЖШС салып жатқан ... құрылыс алаңында болды".
            let site_noun = tokens[k - 1].lower == "құрылыс" && matches!(l, "алаңында" | "алаңына" | "нысанында" | "нысанына");
            if tokens[k].quoted || !(is_institution_noun(l) || site_noun) || l.starts_with("ұйым") {
                continue;
            }
            if tokens[..k].iter().rev().take(3).any(|t| is_party_noun(t) || t.lower == "бастауыш") {
                continue;
            }
            // An institution of its own name ("Сәтбаев индустриалдық
            // колледжінде", "№89 мектеп-лицейінде"), not any school of a place
            // ("ауданындағы мектепте болып, ... талқылады": a meeting held there).
            let prev = &tokens[k - 1];
            let own_name = site_noun || prev.is_capitalized() || prev.kind == segment::TokenKind::Number || prev.is("»") || is_host_adjective(prev);
            let at = own_name && ((is_dative(l) && goes(k)) || (is_locative(l) && matches!(word(k + 1), "болды" | "болып")))
                || (is_genitive(l) && word(k + 1) == "жұмысымен" && tokens.get(k + 2).is_some_and(|t| starts(t, &["танысты", "танысып"])));
            if !at {
                continue;
            }
            // The site of the company the sentence names.
            let site = || site_noun.then(|| self.named_orgs.iter().rev().find(|(x, _)| *x == s).map(|(_, n)| n.clone())).flatten();
            let of_kind = || self.institution_visit_of_kind(l).map(|x| self.events[x].key.org["org/".len()..].to_string());
            return self.visited_institution(s, k).or_else(site).or_else(of_kind);
        }
        None
    }

    /// The latest visit to an institution of the kind the noun `lower`
    /// names ("перинаталдық орталыққа", "аурухананың": the one visited).
    fn institution_visit_of_kind(&self, lower: &str) -> Option<usize> {
        let stem: String = lower.chars().take(5).collect();
        self.events.iter().rposition(|e| {
            e.key.kind == EventKind::Visit
                && e.key.org.strip_prefix("org/").and_then(|n| n.rsplit(' ').next()).is_some_and(|n| n.to_lowercase().starts_with(&stem))
        })
    }

    /// "аурухананың бас дәрігері", "Мектеп директоры", "Серіктестіктің
    /// басшысы" right before the name at `at`: the head of an institution
    /// named only by its kind, so the one in hand. Returns where it begins.
    fn institution_head_before(&self, s: usize, at: usize) -> Option<usize> {
        let tokens = &self.sents[s].tokens;
        let word = |k: usize| tokens[k].lower.as_str();
        let role = at.checked_sub(1)?;
        let title = match word(role) {
            "директоры" | "басшысы" | "меңгерушісі" => role,
            "дәрігері" if role > 0 && word(role - 1) == "бас" => role - 1,
            _ => return None,
        };
        let kind = title.checked_sub(1)?;
        let institution = is_institution_noun(word(kind)) || word(kind) == "нысанның";
        // (Only the kind: "Кентау қалалық ауруханасының" names one of its own.)
        // ("Мұнда оларды аурухананың ...": an object before it is no adjective.)
        let object = |t: &Token| matches!(t.lower.as_str(), "оларды" | "оны" | "бізді") || ["ларды", "лерді", "дарды", "дерді", "тарды", "терді"].iter().any(|e| t.lower.ends_with(e));
        let before = kind.checked_sub(1).map(|b| &tokens[b]);
        let bare = before.is_none_or(|b| object(b) || !(b.is_capitalized() || is_host_adjective(b) || b.quoted));
        (institution && bare && !tokens[kind].quoted).then_some(kind)
    }

    /// Whether sentence `s` says a branch officer went round primary
    /// organisations: "... үш бастауыш партия ұйымын аралап шықты",
    /// "... екі бастауыш партия ұйымының жұмысымен танысты".
    fn tours_primaries(&self, s: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        let primary = tokens.windows(2).any(|w| w[0].lower == "бастауыш" || (w[0].lower == "партия" && w[1].lower.starts_with("ұйым")));
        primary
            && tokens.iter().any(|t| matches!(t.lower.as_str(), "аралап" | "аралады" | "танысты" | "танысып"))
            && self.mentions[s].iter().any(|m| m.case == Case::Nominative)
            && !self.future(s)
    }

    /// The institution named by the words before its noun at `k`, in the
    /// case of where one goes, is or starts from ("«Бұланды Астық» ЖШС-на",
    /// "Абай атындағы №1 мектеп-гимназияда", "Құсмұрын ауылындағы ауыл
    /// шаруашылығы кооперативіне"), in the nominative.
    fn visited_institution(&self, s: usize, k: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        if k > 0 && tokens[k - 1].is("»") {
            let open = (0..k - 1).rev().find(|&i| tokens[i].is("«"))?;
            let words: Vec<&Token> = tokens[open + 1..k - 1].iter().filter(|t| t.is_word() || t.is_dash()).collect();
            return Some(orgs::join_tokens(&words)).filter(|n| !n.is_empty() && !is_party_name(n));
        }
        // (Not into a name before it: "... Әсем Нұрғалиқызы Жамбыл облыстық
        // ауруханасында болды".)
        let named_until = self.mentions[s].iter().filter(|m| m.end <= k).map(|m| m.end).max().unwrap_or(0);
        let from = (k.saturating_sub(6).max(named_until)..k)
            .rev()
            .take_while(|&i| tokens[i].is_word() || tokens[i].is("№") || tokens[i].is(".") || tokens[i].kind == segment::TokenKind::Number)
            .last()?;
        let words = &tokens[from..=k];
        unquoted_host(words, from == 0, true).or_else(|| self.unnamed_local_host(s, from, words, true))
    }

    /// "Облыстық филиалдың атқарушы хатшысы Исатай ауданында болды": a
    /// party official who was at a place (the sentence naming no gathering
    /// that was held there).
    fn official_was_in(&self, s: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        let was_at = |level: bool| {
            tokens.iter().enumerate().any(|(k, t)| {
                matches!(t.lower.as_str(), "болды" | "болып")
                    && k > 0
                    && is_locative(&tokens[k - 1].lower)
                    && if level {
                        matches!(orgs::classifier_level(&tokens[k - 1].lower), Some(Level::Oblast | Level::District | Level::City))
                    } else {
                        tokens[k - 1].lower.starts_with("филиал")
                    }
            })
        };
        if tokens.iter().any(|t| event_noun(&t.lower).is_some()) {
            return false;
        }
        let nominative = || self.mentions[s].iter().filter(|m| m.case == Case::Nominative);
        // "Сенат депутаты X «AMANAT» партиясы Мұнайлы аудандық филиалында
        // болды": any party official at a branch.
        (was_at(true) && nominative().any(|m| self.title_chain(s, m).iter().any(|t| matches!(t.org, OrgSpec::Branch { .. }))))
            || (was_at(false) && nominative().any(|m| self.party_official(s, m)))
    }

    /// "Облыстық филиалдың атқарушы хатшысы X ауданда болып, ... кездесті":
    /// a party official who came to a place and met people there.
    fn official_came_and_met(&self, s: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        let met = tokens.iter().any(|t| starts(t, &["кездес", "жүздес"]));
        let came = tokens.iter().enumerate().any(|(k, t)| {
            starts(t, &["болып", "келіп", "барып"])
                && k > 0
                && orgs::classifier_level(&tokens[k - 1].lower).is_some()
                && ["да", "де", "та", "те", "ға", "ге", "қа", "ке", "на", "не"].iter().any(|e| tokens[k - 1].lower.ends_with(e))
        });
        let official = self.mentions[s].iter().any(|m| m.case == Case::Nominative && self.party_official(s, m));
        met && came && official
    }

    /// "Облыстық филиалдың төрағасы X Бурабай ауданына барып, ... аралады":
    /// a party official who went or came to a district, city or oblast (in
    /// the dative, right before the verb), not to attend a gathering.
    fn official_went_to(&self, s: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        // The place may open the sentence: "Жамбыл облысына партия Хатшысы X келді".
        // ("Жаңақала аудандық филиалына барып": to the branch, named by its level.)
        let to_place = |j: usize| {
            let level_word = |i: usize| matches!(orgs::classifier_level(&tokens[i].lower), Some(Level::Oblast | Level::District | Level::City));
            // ("филиалына қарасты «X» ұйымына": to what is under it.)
            let under = tokens.get(j + 1).is_some_and(|n| matches!(n.lower.as_str(), "қарасты" | "қарайтын" | "тиесілі"));
            !under && DATIVE.iter().any(|d| tokens[j].lower.ends_with(d)) && (level_word(j) || (tokens[j].lower.starts_with("филиал") && j > 0 && level_word(j - 1)))
        };
        let went = tokens.iter().enumerate().any(|(k, t)| {
            // ("ат басын бұрды": turned their horse's head there, came.)
            let turned = matches!(t.lower.as_str(), "бұрды" | "бұрып") && k > 0 && tokens[k - 1].lower == "басын";
            !t.quoted
                && (matches!(t.lower.as_str(), "барды" | "барып" | "келді" | "келіп") || turned)
                && k > 0
                && (0..k).rev().take_while(|&j| !tokens[j].is(",")).any(to_place)
        });
        if !went || tokens.iter().any(|t| t.lower.starts_with("қатыс") || (event_noun(&t.lower).is_some() && DATIVE.iter().any(|d| t.lower.ends_with(d)))) {
            return false;
        }
        self.mentions[s].iter().any(|m| m.case == Case::Nominative && self.party_official(s, m))
    }

    /// "Партияның Атқарушы хатшысы X Маңғыстау облысында ... кездесулер
    /// өткізді": an officer of the central party who held meetings in a
    /// region was there on a visit.
    fn central_official_met_in(&self, s: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        let met = tokens.iter().enumerate().any(|(k, t)| {
            matches!(t.lower.as_str(), "кездесті" | "кездесіп" | "жүздесті" | "жүздесіп")
                || (starts(t, &["кездесулер", "кездесу"]) && tokens[k + 1..].iter().take(2).any(|n| matches!(n.lower.as_str(), "өткізді" | "өткізіп")))
        });
        // (The level words are looked up only in a sentence of meeting.)
        let in_region = || {
            tokens.iter().any(|t| {
                is_locative(&t.lower) && !t.lower.ends_with("дағы") && matches!(orgs::classifier_level(&t.lower), Some(Level::Oblast | Level::District | Level::City))
            })
        };
        if !met || !in_region() || self.future(s) {
            return false;
        }
        self.mentions[s].iter().filter(|m| m.case == Case::Nominative).any(|m| {
            self.title_chain(s, m).iter().any(|t| matches!(t.org, OrgSpec::Branch { .. }) && self.resolve(&t.org, s, t.first, None).as_deref() == Some("AMANAT/central"))
        })
    }

    /// A mention whose titles make them someone who visits for the party: an
    /// officer of a party branch, a member of parliament, a faction's member.
    fn party_official(&self, s: usize, m: &Mention) -> bool {
        self.title_chain(s, m).iter().any(|t| matches!(t.org, OrgSpec::Branch { .. } | OrgSpec::Parliament(_) | OrgSpec::Faction { .. }))
    }

    /// A sentence that refers back to an event by kind ("Бұл сапарында",
    /// "Актив отырысына", "Конференцияда").
    fn reference_in(&self, s: usize) -> Option<usize> {
        let tokens = &self.sents[s].tokens;
        let from = if self.sents[s].speech { attribution_start(tokens) } else { 0 };
        for (k, t) in tokens.iter().enumerate().skip(from) {
            // (Not a name: "Ермек Сапарғали" is no "сапар".)
            if t.quoted || is_genitive(&t.lower) || self.mention_at(s, k).is_some() {
                continue;
            }
            // "Жиында", "Басқосуда": wherever the text last was.
            let two_words = t.lower == "бас" && tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("қосу"));
            // "Сайлаушылармен кездесуде": after a stop at an institution, the
            // meeting the text is about.
            let at_institution = self.latest_event_created.is_some_and(|x| self.events[x].key.org.starts_with("org/") && self.events[x].key.kind == EventKind::Visit);
            if at_institution && t.lower.starts_with("кездесу") {
                if let Some(e) = self.latest_event(EventKind::Meeting) {
                    return Some(e);
                }
            }
            if (two_words || starts(t, &["жиын", "басқосу", "іс-шара", "шарада", "шараға"]))
                && !tokens[..k].iter().any(|x| x.lower.starts_with("актив"))
            {
                // (A stop at an institution is no gathering.)
                let gathering = self.latest_event_created.and_then(|l| self.events[..=l].iter().rposition(|x| !(x.key.kind == EventKind::Visit && x.key.org.starts_with("org/"))));
                if let Some(latest) = gathering {
                    return Some(latest);
                }
            }
            let kind = if t.lower.starts_with("сапар") || t.lower.starts_with("іссапар") {
                EventKind::Visit
            } else if (t.lower.starts_with("отырыс") || t.lower.starts_with("жиын") || t.lower.starts_with("кездесу"))
                && k > 0
                && tokens[k - 1].lower.starts_with("актив")
            {
                EventKind::Meeting
            } else if t.lower.starts_with("конференция") {
                EventKind::Conference
            } else if t.lower.starts_with("съез") {
                EventKind::Congress
            } else {
                continue;
            };
            // "съезде қабылданған шешімдерге тоқталды": where something was
            // done, a participle's phrase, not where the text now is.
            if is_locative(&t.lower) && tokens.get(k + 1).is_some_and(is_participle) {
                continue;
            }
            if let Some(e) = self.latest_event(kind) {
                return Some(e);
            }
        }
        None
    }

    // ----- titles, elections, former offices --------------------------------

    /// Titles written right before a mention, comma-separated, nearest last.
    fn title_chain(&self, s: usize, m: &Mention) -> Vec<Title> {
        let tokens = &self.sents[s].tokens;
        let blocked = |k: usize| self.mention_at(s, k).is_some();
        let mut out = Vec::new();
        let mut end = m.first;
        // "ұйымның хатшысы, тарих пәнінің мұғалімі X": an occupation that is
        // no office, said last, leaves the titles before its comma X's.
        if end > 0 && super::names::is_occupation(&tokens[end - 1].lower) {
            let comma = (end.saturating_sub(6)..end - 1).rev().find(|&k| !tokens[k].is_word() || tokens[k].is_capitalized());
            if let Some(c) = comma.filter(|&c| tokens[c].is(",") && c > 0) {
                end = c;
            }
        }
        while end > 0 && orgs::role_word_any(&tokens[end - 1].lower).is_some() {
            let r = end - 1;
            let first = orgs::title_start(tokens, r, &blocked);
            match orgs::parse_title(tokens, first, r, &self.places[s]) {
                Some(t) => out.push(t),
                None => {
                    // A title that is not an office ("партия ардагері") still
                    // separates; look past it only after a comma.
                }
            }
            // ("Кәсіпорын директоры, осындағы бастауыш партия ұйымының
            // төрағасы X": "осындағы" says where, and the chain goes on.)
            let here = usize::from(first >= 3 && is_here(&tokens[first - 1].lower));
            // ("Мемлекет басшысы – партия төрағасы X": titles joined by a dash.)
            let dash_between_titles = first >= 2
                && matches!(tokens[first - 1].text.as_str(), "–" | "—" | "-")
                && tokens[first - 1].space_before
                && orgs::role_word_any(&tokens[first - 2].lower).is_some();
            if first >= 2 + here && (tokens[first - 1 - here].is(",") || dash_between_titles) {
                end = first - 1 - here;
            } else {
                break;
            }
        }
        out
    }

    /// Whether `t`, written right before `m`, is a one-holder office the
    /// article already gave someone else, in the nominative, while `m` is
    /// declined (dative, accusative, ablative, instrumental): then the title
    /// is the sentence's subject and `m` its object.
    fn office_of_another(&self, s: usize, m: &Mention, t: &Title, hint: Option<Level>) -> bool {
        if matches!(m.case, Case::Nominative | Case::Genitive) || !orgs::role_is_nominative(&self.sents[s].tokens[t.role_at].lower) {
            return false;
        }
        if !matches!(t.role, Role::Akim | Role::Chairman | Role::ExecutiveSecretary | Role::President | Role::Director | Role::Secretary) {
            return false;
        }
        let Some(org) = self.resolve(&t.org, s, t.first, hint) else { return false };
        self.holders.get(&(t.role, org)).is_some_and(|h| h.iter().any(|&p| p != m.person))
    }

    fn record_holds(&mut self, s: usize, person: usize, title: &Title, hint: Option<Level>, status: Status) -> Option<(Role, String)> {
        let org = self.resolve(&title.org, s, title.first, hint)?;
        let status = if title.former { Status::Former } else { status };
        self.add_holds(s, person, title.role, &org, status);
        Some((title.role, org))
    }

    /// A holds fact, kept by holder's name (and, current, by office).
    fn add_holds(&mut self, s: usize, person: usize, role: Role, org: &str, status: Status) {
        let name = self.people[person].canonical();
        let fact = Fact::Holds { name: name.clone(), role, org: org.to_string(), status };
        self.holds_of.entry(name).or_default().push(fact.clone());
        self.add(fact, s);
        if status == Status::Current {
            self.holders.entry((role, org.to_string())).or_default().insert(person);
        }
    }

    fn record_elected(&mut self, s: usize, person: usize, role: Role, org: String) {
        let name = self.people[person].canonical();
        self.add(Fact::Elected { name, role, org: org.clone() }, s);
        self.add_holds(s, person, role, &org, Status::Current);
        self.last_elected = Some((role, org, person));
        self.last_elected_at = s;
    }

    /// "Бұған дейін бұл қызметті атқарған X": X held the post just filled.
    fn previous_holder(&mut self, s: usize, last_subject: Option<usize>, open_post: Option<(Role, String)>) {
        // The post just named with no holder ("лауазымына кандидатураны
        // қарайды. Бұл қызметті бұған дейін атқарған X ..."), else the
        // post last filled.
        let post = open_post.map(|(role, org)| (role, org, None)).or_else(|| self.last_elected.clone().map(|(r, o, p)| (r, o, Some(p))));
        let Some((role, org, elected)) = post else { return };
        let tokens = &self.sents[s].tokens;
        let mut former = Vec::new();
        for k in 0..tokens.len().saturating_sub(2) {
            let this_post = matches!(tokens[k].lower.as_str(), "бұл" | "осы")
                && matches!(tokens[k + 1].lower.as_str(), "қызметті" | "лауазымды" | "қызметте" | "лауазымда");
            if !this_post {
                continue;
            }
            // The verb, right after or past a name or "бұрын" ("бұл қызметті
            // бұрын X атқарған").
            let Some(v) = (k + 2..tokens.len().min(k + 9)).find(|&v| starts(&tokens[v], &["атқар", "істе"])) else { continue };
            let verb = tokens[v].lower.as_str();
            let relative = verb.ends_with("ған") || verb.ends_with("ген") || verb.ends_with("қан") || verb.ends_with("кен");
            let inside = self.mentions[s].iter().find(|m| m.first >= k + 2 && m.end <= v && m.case == Case::Nominative).map(|m| m.person);
            let person = if inside.is_some() {
                inside
            } else if relative {
                self.mention_at(s, v + 1).map(|m| m.person)
            } else {
                self.subject_before(s, k, last_subject)
            };
            former.extend(person.filter(|&p| Some(p) != elected));
        }
        // "Е.Жұмабаев бұл қызметте X-тың орнына келді": came in X's place.
        for k in 1..tokens.len() {
            let came = tokens[k].lower == "орнына" && tokens.get(k + 1).is_some_and(|n| starts(n, &["келді", "келген", "келіп"]));
            if came {
                if let Some(m) = self.mentions[s].iter().find(|m| m.end == k && Some(m.person) != elected) {
                    former.push(m.person);
                }
            }
        }
        for p in former {
            self.add_holds(s, p, role, &org, Status::Former);
            // Whatever current hold of it the article gave them is past now.
            self.make_former(s, p, role, &org);
        }
    }

    /// "Т.Омаров облыстық филиалды 2022 жылдан бері басқарып келген еді",
    /// "филиалды басқарған X": led the branch, its chairman; before now,
    /// unless the verb is present ("басқарып келеді", "басқарады").
    fn led_branch(&mut self, s: usize, last_subject: Option<usize>) {
        let tokens = &self.sents[s].tokens;
        // ("басқарма": a department; "басқармас бұрын": before leading it.)
        let Some(v) = tokens.iter().position(|t| t.lower.starts_with("басқар") && !t.lower.starts_with("басқарма") && !t.quoted) else { return };
        let Some(b) = (v.saturating_sub(14)..v)
            .rev()
            .find(|&k| matches!(tokens[k].lower.as_str(), "филиалды" | "филиалын" | "комиссияны" | "комиссиясын" | "ұйымды" | "фракцияны" | "фракциясын"))
        else {
            return;
        };
        // "Комиссияны ... басқарған X": the control commission the article
        // has named a chairman of (when it has one such).
        let (role, org) = if tokens[b].lower.starts_with("фракция") {
            // "мәслихаттағы партия фракциясын басқарды": its leader.
            let Some(org) = self.faction_assembly(s).or_else(|| self.faction_home(s)) else { return };
            (Role::FactionLeader, org)
        } else if tokens[b].lower.starts_with("комиссия") && b > 0 && orgs::is_working_commission(&tokens[b - 1].lower) {
            // "Редакциялық комиссияны X басқарды": a working body of the day.
            return;
        } else if tokens[b].lower.starts_with("комиссия") {
            let mut commissions = self.holders.keys().filter(|(r, _)| *r == Role::ControlCommissionChairman).map(|(_, o)| o.clone());
            let org = match (commissions.next(), commissions.next()) {
                (Some(org), None) => org,
                // (None yet: the branch's, when the sentence names its
                // control commission, "Бақылау-тексеру комиссиясының есебін
                // ... комиссияны басқарған X оқыды".)
                (None, _) if tokens[..b].iter().any(|t| t.lower.starts_with("бақылау")) => {
                    let Some(org) = self.context_branch(s) else { return };
                    org
                }
                _ => return,
            };
            (Role::ControlCommissionChairman, org)
        } else if tokens[b].lower == "ұйымды" {
            // "X ұйымды төрт жыл басқарған": the primary organisation the
            // context is about (the bare noun).
            let Some(org) = self.context_primary(s) else { return };
            (Role::Chairman, org)
        } else {
            let Some(org) = self.branch_at(s, b) else { return };
            (Role::Chairman, org)
        };
        let verb = tokens[v].lower.as_str();
        // ("басқарып келген X ... босатылды": had led until now, and left.)
        let had_led = (verb == "басқарып" && tokens.get(v + 1).is_some_and(|n| n.lower == "келген")).then(|| self.mention_at(s, v + 2)).flatten();
        if let Some(p) = had_led.map(|m| m.person) {
            // ("Бұған дейін фракцияны басқарып келген X ... өкілеттігін
            // тоқтатқан": led it up to now, the one before the new leader.)
            // ("Осы уақытқа дейін ... басқарып келген X жақында ... хатшысы
            // болып тағайындалған еді": until now, and moved on.)
            let until_now = tokens[..b].windows(2).any(|w| {
                matches!(w[0].lower.as_str(), "бұған" | "осыған" | "уақытқа" | "кезге" | "кешеге") && w[1].lower == "дейін"
            });
            let left = until_now
                || tokens.iter().any(|t| starts(t, &["босатыл", "кетті", "кетуіне", "ауысуына", "тоқтатқан", "тоқтатты", "тағайындал"]));
            self.add_holds(s, p, role, &org, if left { Status::Former } else { Status::Current });
            return;
        }
        let relative = is_participle(&tokens[v]) && self.mention_at(s, v + 1).is_some();
        // "филиалды басқарған жылдардағы еңбегі": the participle describes a
        // noun, and who led is told elsewhere.
        if is_participle(&tokens[v]) && !relative && tokens.get(v + 1).is_some_and(|n| n.is_word()) {
            return;
        }
        // "Филиалды 2016–2022 жылдары аудан әкімі X басқарды": the name between.
        let between = self.mentions[s].iter().filter(|m| m.first > b && m.end <= v && m.case == Case::Nominative).last().map(|m| m.person);
        let person = if relative {
            self.mention_at(s, v + 1).map(|m| m.person)
        } else if between.is_some() {
            between
        } else {
            let first = orgs::title_start(tokens, b, &|i| self.mention_at(s, i).is_some());
            self.subject_before(s, first, last_subject)
        };
        let Some(p) = person else { return };
        // ("X фракциясын басқарады, ал Y ...": present whatever follows.)
        let present = verb == "басқарады"
            || (verb == "басқарып" && tokens.get(v + 1).is_some_and(|n| matches!(n.lower.as_str(), "келеді" | "отыр" | "жүр")));
        let status = if present { Status::Current } else { Status::Former };
        let already = self.holders.get(&(role, org.clone())).is_some_and(|h| h.contains(&p));
        if status == Status::Former && already {
            return;
        }
        self.add_holds(s, p, role, &org, status);
    }

    /// "TITLE болған X": the name the participle at `after` - 1 ... `after`
    /// ("болған") describes: right after it, after a few plain words ("...
    /// болған, білікті дәрігер X"), or after another participle's clause
    /// joined by a comma ("... болған, 2006–2010 жылдары ... атқарған X").
    fn described_by_participle(&self, s: usize, after: usize) -> Option<usize> {
        let tokens = &self.sents[s].tokens;
        let mentions = &self.mentions[s];
        if let Some(m) = self.mention_at(s, after + 1) {
            return Some(m.person);
        }
        let comma = tokens.get(after + 1).is_some_and(|t| t.is(","));
        let from = if comma { after + 2 } else { after + 1 };
        let plain = mentions
            .iter()
            .find(|m| m.first >= from && m.first <= after + 8)
            .filter(|m| (from..m.first).all(|k| tokens[k].is_word() && !is_verb(tokens, k) && !finite_or_converb(&tokens[k])));
        if let Some(m) = plain {
            return Some(m.person);
        }
        if !comma {
            return None;
        }
        let m = mentions.iter().find(|m| m.first > after + 1 && m.first <= after + 25)?;
        let clause = &tokens[after + 2..m.first];
        // (A verb is a lower-case word: "ХДП" ends like a converb.)
        let joined = is_participle(&tokens[m.first - 1]) && !clause.iter().any(|t| t.is(".") || t.is(";") || (!t.is_capitalized() && !t.quoted && finite_or_converb(t)));
        joined.then_some(m.person)
    }

    /// The offices the titles right before a mention name, resolved.
    fn chain_offices(&self, s: usize, m: &Mention) -> Vec<(Role, String)> {
        let chain = self.title_chain(s, m);
        let hint = self.chain_hint(s, &chain);
        chain.iter().filter_map(|t| self.resolve(&t.org, s, t.first, hint).map(|o| (t.role, o))).collect()
    }

    /// The level of a chain's other titles, for a faction's maslikhat.
    fn chain_hint(&self, s: usize, chain: &[Title]) -> Option<Level> {
        chain.iter().find_map(|t| match &t.org {
            OrgSpec::Branch { .. } => self.resolve(&t.org, s, t.first, None).and_then(|k| level_of_key(&k)),
            _ => None,
        })
    }

    /// Every title in sentence `s`, in order, that is not inside quotes.
    fn titles_in(&self, s: usize) -> Vec<Title> {
        let tokens = &self.sents[s].tokens;
        let blocked = |k: usize| self.mention_at(s, k).is_some();
        let mut out: Vec<Title> = Vec::new();
        for r in 0..tokens.len() {
            if tokens[r].quoted || orgs::role_word_any(&tokens[r].lower).is_none() {
                continue;
            }
            // ("ауылдық округі әкімі аппаратының": the akim's office, a body, not a post.)
            if tokens.get(r + 1).is_some_and(|n| n.lower.starts_with("аппарат")) {
                continue;
            }
            let first = orgs::title_start(tokens, r, &blocked);
            if let Some(t) = orgs::parse_title(tokens, first, r, &self.places[s]) {
                // A longer title swallows a shorter one ending inside it
                // ("төрағасының орынбасары" is one title, not two).
                out.retain(|o| o.role_at < first);
                out.push(t);
            }
        }
        out
    }

    /// Titles joined by commas or "және/мен" share what follows the last:
    /// "Мұнайлы ауданының әкімі, облыс әкімінің орынбасары қызметтерін атқарған".
    fn title_groups(&self, s: usize) -> Vec<Vec<Title>> {
        let tokens = &self.sents[s].tokens;
        let mut groups: Vec<Vec<Title>> = Vec::new();
        for t in self.titles_in(s) {
            let joins = groups.last().and_then(|g| g.last()).is_some_and(|prev| {
                let between = &tokens[prev.role_at + 1..t.first];
                !between.is_empty()
                    // ("Саяси кеңестің мүшесі әрі Бюро мүшесі": "әрі", and also.)
                    && between.iter().all(|x| x.is(",") || matches!(x.lower.as_str(), "және" | "мен" | "пен" | "бен" | "әрі"))
                    // "алдымен X әкімі, кейін Y әкімі болды": one career, in order.
                    || (between.len() == 2 && between[0].is(",") && matches!(between[1].lower.as_str(), "кейін" | "кейіннен" | "сосын"))
            });
            if joins {
                groups.last_mut().unwrap().push(t);
            } else {
                groups.push(vec![t]);
            }
        }
        groups
    }

    /// The nominative subject before token `k`: a name, a pronoun, or a
    /// title standing for its holder.
    fn subject_before(&self, s: usize, k: usize, last_subject: Option<usize>) -> Option<usize> {
        let tokens = &self.sents[s].tokens;
        let named = self.mentions[s].iter().filter(|m| m.end <= k && m.case == Case::Nominative && !tokens[m.first].quoted).last();
        let pronoun = (0..k).rev().find(|&i| is_subject_pronoun(tokens, i));
        let titled = (0..k).rev().find_map(|i| self.title_reference(s, i).map(|p| (i, p)));
        let mut best: Option<(usize, usize)> = named.map(|m| (m.first, m.person));
        // An interview's "Мен" (I), not the conjunction after a word ("X мен Y").
        if let Some(me) = self.interviewee {
            let i_am = (0..k).rev().find(|&i| tokens[i].lower == "мен" && (i == 0 || !tokens[i - 1].is_word()));
            if let Some(i) = i_am.filter(|&i| best.is_none_or(|(b, _)| i > b)) {
                best = Some((i, me));
            }
        }
        // ("Н.Бейсенов ұйымды басқарған, енді ол ...": "ол" after the
        // sentence's own named subject is that name, not an earlier one.)
        if let (Some(i), Some(p)) = (pronoun, last_subject) {
            if best.is_none_or(|(b, _)| i > b) {
                best = Some((i, named.filter(|m| m.end <= i).map_or(p, |m| m.person)));
            }
        }
        // ("X-тың кандидатурасын қолдап, ол ... сайланды": "ол" is the candidate.)
        let candidate = pronoun.and_then(|i| {
            self.mentions[s]
                .iter()
                .filter(|m| m.end < i && m.case == Case::Genitive && tokens.get(m.end).is_some_and(|n| n.lower.starts_with("кандидатура")))
                .last()
                .map(|m| (i, m.person))
        });
        if let Some((i, p)) = candidate {
            if best.is_none_or(|(b, _)| i >= b) {
                best = Some((i, p));
            }
        }
        if let Some((i, p)) = titled {
            if best.is_none_or(|(b, _)| i > b) {
                best = Some((i, p));
            }
        }
        best.map(|(_, p)| p)
    }

    /// The subject `person` named before token `before`, with the names
    /// joined to it by "мен / пен / бен / және" or commas ("X пен Y ...
    /// сайланды"); `person` alone when it is not named there.
    fn coordinated_subjects(&self, s: usize, before: usize, person: usize) -> Vec<usize> {
        let tokens = &self.sents[s].tokens;
        let ms: Vec<&Mention> = self.mentions[s].iter().filter(|m| m.end <= before).collect();
        let Some(at) = ms.iter().rposition(|m| m.person == person && m.case == Case::Nominative) else { return vec![person] };
        let mut out = vec![person];
        let mut i = at;
        while i > 0 {
            let (prev, cur) = (ms[i - 1], ms[i]);
            let gap = &tokens[prev.end..cur.first];
            let joined = !gap.is_empty() && gap.iter().all(|t| t.is(",") || matches!(t.lower.as_str(), "және" | "мен" | "пен" | "бен"));
            // "№12 округ бойынша X, №13 округ бойынша Y ... сайланды": each
            // name after its own electoral district.
            let by_district = gap.len() <= 9
                && gap.first().is_some_and(|t| t.is(","))
                && gap.last().is_some_and(|t| t.lower == "бойынша")
                && gap.iter().any(|t| t.lower.starts_with("округ"));
            if !(joined || by_district) || prev.case != Case::Nominative {
                break;
            }
            out.insert(0, prev.person);
            i -= 1;
        }
        out
    }

    /// "A ұйымының хатшысы болып X, B ұйымына Y, C ұйымына Z бекітілді":
    /// after the first title's names, each ", BODY-dative NAMES" gives the
    /// same role at that body. Returns, in order, where each such part
    /// starts (its comma), its title, and its names; `model` is the title
    /// of the sentence, `from..until` the words after "болып".
    fn elliptic_bodies(&self, s: usize, from: usize, until: usize, model: &Title) -> Vec<(usize, Title, Vec<usize>)> {
        let tokens = &self.sents[s].tokens;
        let mentions = &self.mentions[s];
        let mut out: Vec<(usize, Title, Vec<usize>)> = Vec::new();
        let commas: Vec<usize> = (from..until).filter(|&k| tokens[k].is(",")).collect();
        for (i, &c) in commas.iter().enumerate() {
            let part_end = commas.get(i + 1).copied().unwrap_or(until);
            // The body: words up to a dative body noun, no name among them.
            let Some(d) = (c + 1..part_end.min(c + 13))
                .take_while(|&k| tokens[k].is_word() || tokens[k].quoted || matches!(tokens[k].text.as_str(), "«" | "»" | "\""))
                .find(|&k| !tokens[k].quoted && orgs::is_org_noun(&tokens[k].lower) && is_dative(&tokens[k].lower))
            else {
                continue;
            };
            if mentions.iter().any(|m| m.first > c && m.first <= d) {
                continue;
            }
            let named: Vec<usize> = mentions.iter().filter(|m| m.first > d && m.end <= part_end && m.case == Case::Nominative).map(|m| m.person).collect();
            // The first title's own names come before the first such part.
            let before_named = out.is_empty() && mentions.iter().any(|m| m.first >= from && m.end <= c);
            if named.is_empty() || !(before_named || !out.is_empty()) {
                continue;
            }
            let mut seg: Vec<Token> = tokens[c + 1..=d].to_vec();
            seg.push(tokens[model.role_at].clone());
            let places: Vec<PlaceHit> = self.places[s]
                .iter()
                .filter(|p| p.first > c && p.end <= d + 1)
                .map(|p| PlaceHit { first: p.first - (c + 1), end: p.end - (c + 1), ..p.clone() })
                .collect();
            let Some(title) = orgs::parse_title(&seg, 0, seg.len() - 1, &places) else { continue };
            if title.role != model.role {
                continue;
            }
            out.push((c, Title { first: c + 1, role_at: model.role_at, ..title }, named));
        }
        out
    }

    fn find_titles(&mut self) {
        let mut last_subject: Option<usize> = None;
        let mut pending: Option<(Role, String)> = None;
        let mut proposed: Option<usize> = None;
        // A post several are elected to, one sentence each, and how many more may come.
        let mut one_by_one: Option<(Role, String, usize)> = None;
        // The sentence where `pending` took its value.
        let mut pending_at = 0;
        for s in 0..self.sents.len() {
            let mentions = self.mentions[s].clone();
            let tokens = self.sents[s].tokens.clone();
            let pending_before = pending.clone();
            // An answer with no one named in the nominative is the interviewee's own.
            if self.answers.binary_search(&s).is_ok() && !mentions.iter().any(|m| m.case == Case::Nominative) {
                last_subject = self.interviewee.or(last_subject);
            }
            // A post left open at one gathering is not what "оның орнына"
            // means at the next one.
            if s > 0 && self.current[s].is_some() && self.current[s] != self.current[s - 1] {
                pending = None;
                one_by_one = None;
            }
            // Appositions: titles right before a name; a plural title
            // ("депутаттары X, Y") is every name of the list after it.
            let mut plural_titles: Vec<Title> = Vec::new();
            let respective = self.respective_branches(s, &mentions);
            for (i, m) in mentions.iter().enumerate() {
                let mut chain = self.title_chain(s, m);
                let listed = i > 0 && mentions[i - 1].end < m.first && {
                    let gap = &self.sents[s].tokens[mentions[i - 1].end..m.first];
                    gap.iter().all(|t| t.is(",") || matches!(t.lower.as_str(), "және" | "мен" | "пен" | "бен"))
                };
                if chain.is_empty() && listed {
                    chain = plural_titles.clone();
                } else {
                    // "Мәжіліс депутаты, фракция мүшелері X, Y": a plural title
                    // right before the names makes the whole chain theirs.
                    let toks = &self.sents[s].tokens;
                    let plural_head = m.first > 0
                        && orgs::role_word(&toks[m.first - 1].lower).is_none()
                        && orgs::role_word_any(&toks[m.first - 1].lower).is_some();
                    plural_titles = chain
                        .iter()
                        .filter(|t| plural_head || orgs::role_word(&toks[t.role_at].lower).is_none())
                        .cloned()
                        .collect();
                }
                let hint = self.chain_hint(s, &chain);
                for t in &chain {
                    // "Облыс әкімі Б.Қасымовқа ... тапсырды", the akim named
                    // before: a one-holder office in the nominative before a
                    // name in another case is the subject, standing alone.
                    if self.office_of_another(s, m, t, hint) {
                        continue;
                    }
                    // "Мәслихат депутаттары X-ті төраға етіп сайлады": a plural
                    // title before a declined name is the sentence's subject.
                    let toks = &self.sents[s].tokens;
                    if t.role_at + 1 == m.first
                        && orgs::role_word(&toks[t.role_at].lower).is_none()
                        && matches!(m.case, Case::Accusative | Case::Dative | Case::Ablative | Case::Instrumental)
                    {
                        continue;
                    }
                    if let Some((_, org)) = respective.get(&i).filter(|r| r.0 == t.role_at) {
                        self.add_holds(s, m.person, t.role, org, Status::Current);
                        continue;
                    }
                    let held = self.record_holds(s, m.person, t, hint, if told_of_past_years(&tokens) { Status::Former } else { Status::Current });
                    // "Ұйымның хатшысы X қайта сайланды": the post the name
                    // holds is the one the sentence (re-)elects it to.
                    // (Not "Бюро мүшесі болып TITLE X сайланды", elected to another post.)
                    // (Nor "Бұл қызметке TITLE X сайланды", elected to the post told of before.)
                    let post_named_before = || {
                        names_the_post(&tokens[..m.first], true)
                            || tokens[..m.first].iter().any(|t| {
                            matches!(t.lower.as_str(), "болып" | "етіп") || starts(t, &["мүшелігіне", "құрамына", "лауазымына", "қызметіне", "орнына"])
                        })
                    };
                    let reelected = chain.last().is_some_and(|l| l.role_at + 1 == m.first) && elected_right_after(&tokens, m.end) && !post_named_before();
                    if let (Some((role, org)), true) = (held, reelected) {
                        self.record_elected(s, m.person, role, org);
                    }
                }
            }
            let mut elected_someone = false;
            let mut chosen_candidate: Option<usize> = None;
            let replaced = self.replaced_in(s);
            self.filled_now.clear();
            for group in self.title_groups(s) {
                let last = group.last().expect("groups are not empty");
                let after = last.role_at + 1;
                if self.mention_at(s, after).is_some() {
                    continue; // an apposition, done above
                }
                let next = tokens.get(after).map(|t| t.lower.clone()).unwrap_or_default();
                // "Облыс әкімі бос лауазымға X-тың кандидатурасын ұсынды": a
                // title the post to fill follows is the one who proposes, not the post.
                let proposer = names_the_post(&tokens[after..], true) || tokens[after..].iter().any(|t| orgs::abstract_post(&t.lower).is_some());
                // "(Ол) ... төрағасы қызметін атқарған": an office someone
                // served in, not a post left open for the next sentence.
                let office_served = matches!(next.as_str(), "қызметін" | "лауазымын" | "міндетін")
                    && tokens[after..].iter().any(|t| starts(t, &["атқар", "істе"]));
                // A post named without its holder, which "бұл қызметке" may fill.
                // ("филиалдардың басшы құрамына": the staff, no one post.)
                let may_pend = can_be_pending(&tokens[last.role_at].lower) && !next.starts_with("құрам") && !office_served && !proposer;
                let subject = self.subject_before(s, group[0].first, last_subject);
                let record = |this: &mut Self, persons: &[usize], status: Status, elected: bool| {
                    // The one whose place is taken is not the one who takes it.
                    for &p in persons.iter().filter(|&&p| Some(p) != replaced) {
                        for t in &group {
                            let filled = if elected {
                                this.resolve_title_org(s, t).map(|org| {
                                    this.record_elected(s, p, t.role, org.clone());
                                    (t.role, org, p)
                                })
                            } else {
                                let title = Title { org: this.title_org_spec(s, t), ..t.clone() };
                                this.record_holds(s, p, &title, None, status)
                                    .filter(|_| status == Status::Current && !title.former)
                                    .map(|(role, org)| (role, org, p))
                            };
                            this.filled_now.extend(filled);
                        }
                    }
                };
                // A list line "Ерлан Төлегенов – Алматы облысының әкімі (…)":
                // a name, a dash, and a title that ends the clause.
                // "X тіркелген, ол ауданның қазіргі әкімі.": a title said of "ол"
                // is its antecedent's (the nearest name before, else the last subject).
                let mut p = group[0].first;
                // ("Ол сонымен бірге ... мүшесі.": adverbs between.)
                while p > 0 && matches!(tokens[p - 1].lower.as_str(), "қазір" | "бүгінде" | "қазірде" | "сонымен" | "бірге" | "сондай-ақ" | "әрі") {
                    p -= 1;
                }
                // "Ол – тәжірибелі педагог, «Ақниет» мектеп-лицейінің директоры.":
                // a dash after "Ол", then what it is, the title last.
                let copula = tokens.len() > 2
                    && tokens[0].lower == "ол"
                    && tokens[1].is_dash()
                    && !mentions.iter().any(|m| m.first < group[0].first)
                    && tokens[2..group[0].first].iter().all(|t| !t.is_word() || !finite_or_converb(t));
                let pronoun = p.checked_sub(1).filter(|&i| tokens[i].lower == "ол").or(copula.then_some(0));
                let ends_clause = next.is_empty() || matches!(next.as_str(), "." | "," | ";" | "–" | "—");
                if let (Some(i), true) = (pronoun, ends_clause && orgs::role_is_nominative(&tokens[last.role_at].lower)) {
                    let antecedent =
                        mentions.iter().filter(|m| m.end <= i && m.case == Case::Nominative).last().map(|m| m.person).or(last_subject);
                    if let Some(a) = antecedent {
                        record(self, &[a], Status::Current, false);
                        continue;
                    }
                }
                // "Жанар Сисенқызы 2021 жылдан бері аудандық мәслихаттың
                // депутаты.": a sentence that opens with a name and ends in a
                // title, no verb between, says the title of that name.
                if (next.is_empty() || next == ".") && orgs::role_is_nominative(&tokens[last.role_at].lower) {
                    let opener = mentions.first().filter(|m| m.first == 0 && m.case == Case::Nominative && m.end < group[0].first);
                    let verbless = |m: &&Mention| {
                        let gap = &tokens[m.end..group[0].first];
                        !mentions.iter().any(|o| o.first >= m.end && o.first < group[0].first)
                            && gap.iter().all(|t| !t.is(",") && !t.is(":") && (!t.is_word() || !finite_or_converb(t)))
                            && !(0..gap.len()).any(|k| is_verb(gap, k) || is_participle(&gap[k]))
                    };
                    if let Some(m) = opener.filter(verbless) {
                        let before = tokens[m.end..group[0].first].iter().any(|t| matches!(t.lower.as_str(), "бұрын" | "бұрынғы" | "дейін"));
                        record(self, &[m.person], if before { Status::Former } else { Status::Current }, false);
                        continue;
                    }
                }
                // "2017 жылдан бері ... кеңесінің төрағасы, ... мүшесі.": a
                // biography's verbless sentence of posts held since a year,
                // its subject left out, is about the one the text is about.
                let since_year = tokens.first().is_some_and(|t| t.kind == segment::TokenKind::Number)
                    && tokens.get(1).is_some_and(|t| t.lower == "жылдан")
                    && tokens.get(2).is_some_and(|t| t.lower == "бері");
                // ("Партияның облыстық филиалы Саяси кеңесінің мүшесі.": a
                // bio's sentence that is only a title, the same.)
                let only_title = group[0].first == 0 && next == "." && after + 1 >= tokens.len();
                if (since_year || only_title)
                    && mentions.is_empty()
                    && matches!(next.as_str(), "" | "." | ",")
                    && orgs::role_is_nominative(&tokens[last.role_at].lower)
                {
                    if let Some(p) = last_subject {
                        record(self, &[p], Status::Current, false);
                        continue;
                    }
                }
                // A caption "Name, title:" before a quote is the same as "Name – title".
                // The caption may hold several titles ("X, Мәжіліс депутаты, фракция мүшесі:").
                let caption = tokens.last().is_some_and(|t| t.is(":"));
                let dash_before = group[0].first.checked_sub(1).filter(|&d| {
                    matches!(tokens[d].text.as_str(), "–" | "—" | "-") || (tokens[d].is(",") && caption)
                });
                // "(2022 жылдан бергі) соңғы қызметі – TITLE", "қазіргі
                // қызметі – TITLE": a bio's post just left, or now held; whose:
                // the genitive before, else the one the text is about.
                if let Some(d) = dash_before.filter(|&d| d > 0 && tokens[d].is_dash() && starts(&tokens[d - 1], &["қызметі", "лауазымы"])) {
                    let said = &tokens[d.saturating_sub(4)..d - 1];
                    let left = said.iter().any(|t| matches!(t.lower.as_str(), "соңғы" | "бұрынғы" | "дейінгі"));
                    let now = said.iter().any(|t| t.lower == "қазіргі");
                    if left || now {
                        let genitive = mentions.iter().filter(|m| m.end < d && m.case == Case::Genitive).last().map(|m| m.person);
                        let who = genitive.or_else(|| if mentions.iter().all(|m| m.first > d) { last_subject } else { None });
                        if let Some(p) = who {
                            record(self, &[p], if left { Status::Former } else { Status::Current }, false);
                            continue;
                        }
                    }
                }
                // ("Шәрбан Таймуллина, Петропавл қаласы мұғалімдерінің «Білім»
                // бастауыш партиялық ұйымының төрайымы:": the caption's one
                // name owns its titles, whatever words open them.)
                let captioned = || {
                    let m = mentions.first().filter(|m| caption && mentions.len() == 1 && m.first == 0 && m.case == Case::Nominative)?;
                    tokens.get(m.end).filter(|t| t.is(",")).map(|_| m)
                };
                let named = dash_before
                    .and_then(|d| {
                        let comma = tokens[d].is(",");
                        mentions.iter().find(|m| m.end == d && m.case == Case::Nominative && (!comma || m.first == 0))
                    })
                    .or_else(captioned);
                if let Some(m) = named {
                    // ("X – TITLE, Y – TITLE және Z – TITLE бар": a list of them.)
                    if next.is_empty() || matches!(next.as_str(), "(" | "," | ";" | "." | ":" | "–" | "—" | "және" | "бар") {
                        record(self, &[m.person], Status::Current, false);
                        continue;
                    }
                }
                // "– деді Ерлан Сапаров, облыстық филиал төрағасының бірінші
                // орынбасары.", "Айгүл Бекова, аудандық мәслихат хатшысы,
                // ...": a title in the nominative set off by commas after a
                // name is that name's.
                let appositive = dash_before.is_none()
                    && group[0].first >= 1
                    && tokens[group[0].first - 1].is(",")
                    && orgs::role_is_nominative(&tokens[last.role_at].lower)
                    && matches!(next.as_str(), "," | ".");
                if let Some(m) = mentions.iter().find(|m| appositive && m.end + 1 == group[0].first && m.case == Case::Nominative) {
                    record(self, &[m.person], Status::Current, false);
                    continue;
                }
                // "Болат Сейітов (аудандық мәслихат депутаты) сөйледі": a
                // title in brackets right after a name is that name's; "(бұған
                // дейін ... директоры болған)" one held before.
                let open = (group[0].first.saturating_sub(12)..group[0].first).rev().take_while(|&k| !tokens[k].is(")")).find(|&k| tokens[k].is("("));
                if let Some(o) = open {
                    let named = mentions.iter().find(|m| m.end == o);
                    let closes = matches!(next.as_str(), ")" | ",") || (matches!(next.as_str(), "болған" | "болды") && tokens.get(after + 1).is_some_and(|t| t.is(")")));
                    if let (Some(m), true) = (named, closes) {
                        let before = matches!(next.as_str(), "болған" | "болды")
                            || tokens[o..group[0].first].iter().any(|t| matches!(t.lower.as_str(), "бұрын" | "бұрынғы" | "дейін"));
                        record(self, &[m.person], if before { Status::Former } else { Status::Current }, false);
                        continue;
                    }
                }
                // "(Ол) 2012–2018 жылдары Шу аудандық мәслихатының депутаты
                // болды": a past span of years, so a post held before.
                // (Asked only of a title before "болды": a sentence of one long
                // run of titles must not scan itself once per title.)
                let year_span = || tokens.windows(2).any(|w| w[0].kind == segment::TokenKind::Number && matches!(w[1].lower.as_str(), "жылдары" | "жж"));
                let past_span = || year_span() || tokens.iter().any(|t| t.lower == "бұрын");
                // ("өмірінің соңына дейін ... төрағасы болды": until then. Not
                // "бұған дейін TITLE болған X", the participle's name after it.)
                let until_then = || next == "болды" && tokens.iter().any(|t| t.lower == "дейін");
                // "1998–2004 жылдары ... әкімі қызметін атқарды", "... болып
                // жұмыс істеді": the same, said with the post's verbs; and a
                // line of a career list, "2011–2015 жж. – TITLE;".
                let word_at = |k: usize| tokens.get(k).map(|t| t.lower.as_str()).unwrap_or("");
                // (Finite: "атқарған X" describes the name after it.)
                // (A bio's evidential past ends the sentence: "... болып қызмет
                // атқарған.", "... жұмыс істеген.")
                // ("... лауазымында еңбек етті": worked in the post.)
                let served = |k: usize| {
                    matches!(word_at(k), "атқарды" | "істеді" | "басқарды")
                        || (matches!(word_at(k), "атқарған" | "істеген" | "басқарған") && matches!(word_at(k + 1), "." | ""))
                        || (word_at(k) == "еңбек" && (word_at(k + 1) == "етті" || (word_at(k + 1) == "еткен" && matches!(word_at(k + 2), "." | ""))))
                };
                // ("... орынбасары лауазымында болды": was in the post.)
                // (Not "... қызметінде болған X", the participle's name after it.)
                let was_in_post = matches!(next.as_str(), "лауазымында" | "қызметінде")
                    && (word_at(after + 1) == "болды" || (word_at(after + 1) == "болған" && matches!(word_at(after + 2), "." | "")));
                let post_verb = (matches!(next.as_str(), "қызметін" | "лауазымын" | "лауазымында" | "лауазымдарында" | "қызметінде" | "қызметтерінде" | "қызметтерін")
                    && (served(after + 1) || was_in_post))
                    || (next == "болып" && (served(after + 1) || (matches!(word_at(after + 1), "жұмыс" | "қызмет") && served(after + 2))));
                let career_line = matches!(next.as_str(), ";" | "." | "")
                    && tokens.first().is_some_and(|t| t.kind == segment::TokenKind::Number)
                    && group[0].first.checked_sub(1).is_some_and(|d| tokens[d].is_dash());
                // "1992–1997 жылдары TITLE, 1997–2005 жылдары TITLE болды": a
                // post ended by the next span of years; "2016–2021 жылдары
                // TITLE ретінде": served as it then.
                let next_span = next == "," && tokens.get(after + 1).is_some_and(|t| t.kind == segment::TokenKind::Number);
                let served_as = next == "ретінде";
                // The one this sentence is about, named or left out, when the
                // article has told of his death: his posts are all past.
                let of_the_dead = || subject.or_else(|| if mentions.is_empty() { last_subject } else { None }).filter(|p| self.deceased.contains(p));
                // A biography's lines ("X 1978 жылы ... туған. ... әкімі
                // лауазымында еңбек етті.") tell posts of the past.
                // So does "... лауазымында еңбек етті" (worked in the post)
                // of itself.
                let in_biography = || self.biography_line(s) || (post_verb && matches!(next.as_str(), "лауазымында" | "лауазымдарында" | "қызметінде" | "қызметтерінде"));
                if (post_verb || career_line || next_span || served_as) && (year_span() || in_biography() || (served_as && of_the_dead().is_some())) {
                    let who = subject.or_else(|| if mentions.is_empty() { last_subject } else { None });
                    record(self, &who.into_iter().collect::<Vec<_>>(), Status::Former, false);
                    continue;
                }
                if matches!(next.as_str(), "болды" | "болған")
                    && orgs::role_is_nominative(&tokens[last.role_at].lower)
                    // (In a biography also "... депутаты болған." ending the sentence.)
                    && (past_span()
                        || until_then()
                        || of_the_dead().is_some()
                        || ((next == "болды" || (next == "болған" && matches!(word_at(after + 1), "." | ""))) && in_biography()))
                {
                    // ("1999–2006 жылдары TITLE болған, ... атқарған X-тың": the name after.)
                    let described = if next == "болған" { self.described_by_participle(s, after) } else { None };
                    let who = described.or(subject).or_else(|| if mentions.is_empty() { last_subject } else { None });
                    record(self, &who.into_iter().collect::<Vec<_>>(), Status::Former, false);
                    continue;
                }
                // "№26 округ бойынша X, №27 округ бойынша Y Мәжіліс депутаты
                // атанды": became its deputy, by the vote.
                if matches!(next.as_str(), "атанды" | "атанып") && last.role == Role::Deputy {
                    if let Some(subj) = subject {
                        let persons = self.coordinated_subjects(s, group[0].first, subj);
                        record(self, &persons, Status::Current, true);
                        elected_someone = true;
                        continue;
                    }
                }
                if next == "болып" || next == "етіп" {
                    let window = after + 1..tokens.len().min(after + 30);
                    // "TITLE болып (жұмыс) істеген X": a participle right after
                    // describes the name that follows, whatever verb ends the sentence.
                    let worked_participle = {
                        let k = after + 1;
                        let work_noun = tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "жұмыс" | "қызмет"));
                        let at = if work_noun { k + 1 } else { k };
                        // ("TITLE болып келген X": who has been TITLE so far.)
                        let serving = !work_noun && tokens.get(at).is_some_and(|t| t.lower == "келген") && self.mention_at(s, at + 1).is_some();
                        (tokens.get(at).is_some_and(|t| starts(t, &["істеген", "атқарған"])) || serving).then_some(k)
                    };
                    let verb_at = worked_participle.or_else(|| {
                        [&["сайлан", "сайлады", "сайлап", "сайлаған"][..], &["тағайындал", "бекітіл"], &["бастаған", "бастады", "қызмет", "жұмыс", "еңбек", "істе", "атқар", "келеді"]]
                            .iter()
                            .find_map(|stems| window.clone().find(|&k| starts(&tokens[k], stems)))
                    });
                    // "(Ол) осы уақытқа дейін TITLE болып келген(.)", "осы уақытқа
                    // дейін TITLE болып келген X-тың (орнына)": the post held up
                    // to the change the article reports, so left now.
                    let until_now = tokens[..group[0].first].windows(2).any(|w| {
                        matches!(w[0].lower.as_str(), "осы" | "бұған") && starts(&w[1], &["уақытқа", "кезге", "күнге"])
                    }) || tokens[..group[0].first].iter().any(|t| t.lower == "бұған");
                    // ("TITLE болып келген X ... әкімінің орынбасары болып
                    // тағайындалды": held it so far, and moved on; the post is
                    // open for "оның орнына".)
                    let came = tokens.get(after + 1).is_some_and(|t| matches!(t.lower.as_str(), "келген" | "келді"));
                    let moved_on = came
                        && self.mention_at(s, after + 2).is_some()
                        && tokens[after + 2..].iter().any(|t| starts(t, &["тағайындал", "босатыл", "ауысты", "ауыстырыл"]));
                    if next == "болып" && (until_now || moved_on) && came {
                        let described = self.mention_at(s, after + 2).filter(|m| m.first == after + 2).map(|m| m.person);
                        let ends = matches!(word_at(after + 2), "." | "," | "");
                        let who = described.or_else(|| if ends { subject.or_else(|| if mentions.is_empty() { last_subject } else { None }) } else { None });
                        if let Some(p) = who {
                            record(self, &[p], Status::Former, false);
                            if moved_on {
                                if let Some(org) = self.resolve_title_org(s, last) {
                                    pending = Some((last.role, org));
                                    pending_at = s;
                                }
                            }
                            continue;
                        }
                    }
                    let Some(verb_at) = verb_at else {
                        // "X ... депутат болып, 2007–2012 жылдары ... басқарды":
                        // the converb ends a clause of a past told by years (or
                        // of one who has died), whatever the sentence's verb.
                        let clause = tokens.get(after + 1).is_some_and(|t| t.is(","));
                        let ends_past = tokens.iter().rev().find(|t| t.is_word()).is_some_and(|t| {
                            ["ды", "ді", "ты", "ті"].iter().any(|e| t.lower.ends_with(e)) && !starts(t, &["сайлан", "тағайындал", "бекітіл"])
                        });
                        let who = subject.or_else(|| if mentions.is_empty() { last_subject } else { None });
                        if let (true, true, Some(p)) = (clause, ends_past, who) {
                            if past_span() || self.deceased.contains(&p) {
                                record(self, &[p], Status::Former, false);
                            }
                        }
                        continue;
                    };
                    let verb = tokens[verb_at].lower.clone();
                    // "Филиал төрағасы болып X, комиссия төрағасы болып Y
                    // сайланды": each title takes the names up to the comma
                    // before the next "болып".
                    let until = (after + 1..verb_at)
                        .find(|&k| matches!(tokens[k].lower.as_str(), "болып" | "етіп"))
                        .and_then(|b| (after + 1..b).rev().find(|&k| tokens[k].is(",")))
                        .unwrap_or(verb_at);
                    // "A ұйымының хатшысы болып X, B ұйымына Y бекітілді":
                    // the same title at each body named in the dative.
                    let elliptic = if group.len() == 1 { self.elliptic_bodies(s, after + 1, until, last) } else { Vec::new() };
                    let until = elliptic.first().map_or(until, |e| e.0);
                    let between: Vec<usize> = mentions
                        .iter()
                        .filter(|m| m.first > after && m.end <= until && m.case != Case::Genitive)
                        .map(|m| m.person)
                        .collect();
                    // "Делегаттар X-ті филиал төрағасы етіп сайлады" (or
                    // "болып ... сайлады", active): the one made TITLE is the
                    // object named before it.
                    // ("... етіп сайлаған болатын": the pluperfect, told in passing.)
                    let pluperfect = verb == "сайлаған" && tokens.get(verb_at + 1).is_some_and(|n| matches!(n.lower.as_str(), "болатын" | "еді"));
                    let active = matches!(verb.as_str(), "сайлады" | "сайлап") || pluperfect;
                    let object = (next == "етіп" || active)
                        .then(|| mentions.iter().filter(|m| m.end <= group[0].first && m.case == Case::Accusative).last().map(|m| m.person))
                        .flatten();
                    // "облыс әкімінің орынбасары болып тағайындалған X-тың
                    // орнына": the participle's phrase describes the name after it.
                    // ("... болып жұмыс істеген партия ардагері X": a plain
                    // noun or two may stand between the participle and the name.)
                    let participle = if matches!(verb.as_str(), "жұмыс" | "қызмет" | "еңбек") { verb_at + 1 } else { verb_at };
                    let described = (between.is_empty() && tokens.get(participle).is_some_and(is_participle))
                        .then(|| {
                            (participle + 1..tokens.len().min(participle + 4))
                                .take_while(|&k| k == participle + 1 || (tokens[k - 1].is_word() && !tokens[k - 1].is_capitalized()))
                                .find_map(|k| self.mention_at(s, k).filter(|m| m.first == k).map(|m| m.person))
                        })
                        .flatten();
                    // "X-тың Мәжіліс депутаты болып сайлануына байланысты": a
                    // verbal noun's subject is the genitive before the title.
                    // ("Y хаттаманы жариялап, TITLE болып X-тың сайланғанын
                    // мәлімдеді": so is the participle's that X was elected.)
                    let reported = ["сайланғаны", "сайланғанын", "тағайындалғаны", "тағайындалғанын"].contains(&verb.as_str());
                    let nominalised = (verb.starts_with("сайлану") || verb.starts_with("тағайындалу") || reported)
                        .then(|| {
                            let inside = mentions.iter().find(|m| reported && m.first > after && m.end <= verb_at && m.case == Case::Genitive);
                            inside.or_else(|| mentions.iter().filter(|m| m.end <= group[0].first && m.case == Case::Genitive).last()).map(|m| m.person)
                        })
                        .flatten();
                    let persons: Vec<usize> = if !between.is_empty() {
                        between
                    } else if let (None, None, None, Some(subj)) = (nominalised, described, object, subject) {
                        // "X пен Y ... TITLE болып сайланды": every subject of the pair.
                        self.coordinated_subjects(s, group[0].first, subj)
                    } else {
                        nominalised.or(described).or(object).or(subject).into_iter().collect()
                    };
                    // "2008–2014 жылдары ... хатшысы болып жұмыс істеді.": a
                    // biography's sentence with its subject left out is about
                    // the one the text is about.
                    // ("... директоры болып істеді.": the verb alone.)
                    let worked = (matches!(verb.as_str(), "жұмыс" | "қызмет" | "еңбек") && tokens.get(verb_at + 1).is_some_and(|n| matches!(n.lower.as_str(), "істеді" | "атқарды" | "етті")))
                        || matches!(verb.as_str(), "істеді" | "атқарды");
                    let appointed = ["сайла", "тағайындал", "бекітіл"].iter().any(|v| verb.starts_with(v));
                    // "2012 жылы ... орынбасары болып тағайындалды.": so is one
                    // that opens with the year the post was taken.
                    let dated = tokens.first().is_some_and(|t| t.kind == segment::TokenKind::Number) && tokens.get(1).is_some_and(|t| t.lower == "жылы");
                    let persons = if persons.is_empty() && mentions.is_empty() && (worked || (dated && appointed)) { last_subject.into_iter().collect() } else { persons };
                    for (_, title, named) in elliptic.iter().filter(|_| appointed && !persons.is_empty()) {
                        for &p in named {
                            if verb.starts_with("сайла") {
                                if let Some(org) = self.resolve_title_org(s, title) {
                                    self.record_elected(s, p, title.role, org);
                                }
                            } else {
                                self.record_holds(s, p, title, None, Status::Current);
                            }
                        }
                    }
                    if persons.is_empty() {
                        continue;
                    }
                    if verb.starts_with("сайла") {
                        record(self, &persons, Status::Current, true);
                        elected_someone = true;
                    } else if verb.starts_with("тағайындал") || verb.starts_with("бекітіл") || verb.starts_with("бастаған") || verb.starts_with("бастады") {
                        record(self, &persons, Status::Current, false);
                    } else {
                        let status = if continuous(&tokens, verb_at) || verb == "келген" { Status::Current } else { Status::Former };
                        record(self, &persons, status, false);
                    }
                } else if is_dative_role(&tokens[last.role_at].lower) && matches!(next.as_str(), "сайлады" | "сайлап") {
                    // "Делегаттар X-ті Саяси кеңесінің мүшелігіне сайлап": the object.
                    let object = mentions.iter().filter(|m| m.end <= group[0].first && m.case == Case::Accusative).last().map(|m| m.person);
                    record(self, &object.into_iter().collect::<Vec<_>>(), Status::Current, true);
                    elected_someone |= object.is_some();
                } else if is_dative_role(&tokens[last.role_at].lower) && (next.starts_with("сайлан") || next.starts_with("тағайындал")) {
                    // "X ... филиалының төрағасына сайланды", "X-тың ... төрағалығына сайлануымен".
                    let genitive = mentions.iter().filter(|m| m.end <= group[0].first && m.case == Case::Genitive).last().map(|m| m.person);
                    let who = subject.or(genitive);
                    let elected = next.starts_with("сайлан");
                    record(self, &who.into_iter().collect::<Vec<_>>(), Status::Current, elected);
                    // (No one named: "Бюро мүшелігіне сайланғандар қатарында X бар" is the body's.)
                    elected_someone |= elected && who.is_some();
                } else if next == "болды"
                    && tokens.get(after + 1).is_none_or(|t| t.is(".") || t.is(","))
                    && tokens.iter().any(|t| matches!(t.lower.as_str(), "бойы" | "жылдары" | "дейін" | "бұрын" | "кезінде"))
                {
                    // "(Ол) бес жыл бойы мәслихаттың хатшысы болды": a post
                    // held for a span now past.
                    let person = subject.or_else(|| if mentions.is_empty() { last_subject } else { None });
                    record(self, &person.into_iter().collect::<Vec<_>>(), Status::Former, false);
                } else if next == "болған" {
                    // "TITLE болған X" (who was TITLE), or "Ол ... TITLE болған."
                    // ("филиал төрағасы болған қаланың бұрынғы әкімі X": the
                    // name after a title of its own.)
                    let person = self.described_by_participle(s, after).or(subject);
                    record(self, &person.into_iter().collect::<Vec<_>>(), Status::Former, false);
                } else if ["қызметін", "қызметтерін", "лауазымын", "міндетін", "қызметінде"].contains(&next.as_str()) {
                    // The verb, right after or past a time ("қызметін 2021
                    // жылдан бері атқарып келген еді").
                    let is_verb = |t: &Token| t.lower.starts_with("атқар") || t.lower.starts_with("істе") || t.lower.starts_with("болған");
                    let Some(verb_at) = (after + 1..tokens.len().min(after + 6)).take_while(|&k| tokens[k].is_word() || tokens[k].kind == segment::TokenKind::Number).find(|&k| is_verb(&tokens[k])) else {
                        // "..., ал Y филиалдың атқарушы хатшысы қызметінде.":
                        // the post, said without a verb, is held now.
                        let verbless = next == "қызметінде" && tokens.get(after + 1).is_none_or(|t| t.is(".") || t.is(",") || t.is(";"));
                        if let (true, Some(p)) = (verbless, subject) {
                            record(self, &[p], Status::Current, false);
                        }
                        continue;
                    };
                    let verb = tokens[verb_at].lower.clone();
                    // "X ... төрағасының міндетін атқарушы болып тағайындалды":
                    // the acting chairman holds the chairmanship now.
                    if verb == "атқарушы" && tokens.get(verb_at + 1).is_some_and(|n| n.lower == "болып") {
                        let person = subject.or_else(|| if mentions.is_empty() { last_subject } else { None });
                        let now = tokens[verb_at + 2..].iter().take(3).any(|t| starts(t, &["тағайындал", "сайлан", "бекітіл"]));
                        if let (Some(p), true) = (person, now) {
                            record(self, &[p], Status::Current, false);
                        }
                        continue;
                    }
                    // "төрағасының міндетін уақытша атқару X-ға жүктелді": the
                    // acting holder, named in the dative, holds the post now.
                    if verb == "атқару" {
                        let assigned = tokens[verb_at..].iter().any(|t| starts(t, &["жүктел", "тапсырыл"]));
                        let acting = mentions.iter().find(|m| m.first > verb_at && m.case == Case::Dative).map(|m| m.person);
                        if let (true, Some(p)) = (assigned, acting) {
                            record(self, &[p], Status::Current, false);
                        }
                        continue;
                    }
                    // "қызметін атқарып келген X": the participle is the auxiliary's.
                    let aux = tokens.get(verb_at + 1).is_some_and(|n| matches!(n.lower.as_str(), "келген" | "жүрген"));
                    let relative = verb.ends_with("ған") || verb.ends_with("ген") || aux;
                    let named_at = if aux { verb_at + 2 } else { verb_at + 1 };
                    let described = if relative { self.mention_at(s, named_at).filter(|m| m.first == named_at).map(|m| (m.person, m.end)) } else { None };
                    let person = described.map(|(p, _)| p).or(subject).or(last_subject);
                    // ("соңғы екі айда төрағасының міндетін атқарып келген":
                    // acting in it until now, so still in it.)
                    let acting_until_now = next == "міндетін" && aux;
                    let status = if continuous(&tokens, verb_at) || acting_until_now { Status::Current } else { Status::Former };
                    record(self, &person.into_iter().collect::<Vec<_>>(), status, false);
                    // "... атқарып келген еді": held until now, so no longer;
                    // so too when the one described moves on ("... атқарып
                    // келген X Маңғыстау облыстық филиалына ауыстырылып").
                    let had_been = tokens.get(verb_at + 1).is_some_and(|n| n.lower == "келген") && tokens.get(verb_at + 2).is_some_and(|n| n.lower == "еді");
                    let moved_on = described.is_some_and(|(_, end)| tokens[end..].iter().any(|t| starts(t, &["ауыс", "тағайындал", "бекітіл", "сайлан"])));
                    if let (Some(p), true) = (person, had_been || moved_on) {
                        for t in &group {
                            if let Some(org) = self.resolve_title_org(s, t) {
                                self.make_former(s, p, t.role, &org);
                            }
                        }
                    }
                } else if ["қызметіне", "лауазымына", "орнына", "қызметке"].contains(&next.as_str())
                    || next == "ретінде"
                    // "Комиссияның төрағалығына X-тың кандидатурасы ұсынылып,
                    // ... бекітілді": the post as an abstract noun.
                    || (is_dative_role(&tokens[last.role_at].lower) && self.candidacy_approved(s))
                {
                    // The post being filled, or a role someone acts in.
                    let genitive = mentions.iter().find(|m| m.case == Case::Genitive && !tokens[m.first].quoted).map(|m| m.person);
                    let later = mentions.iter().find(|m| m.first > after && m.case != Case::Genitive).map(|m| m.person);
                    let moved = tokens[after..].iter().any(|t| t.lower.starts_with("ауыс") || t.lower.starts_with("тағайындал"));
                    if self.candidacy_approved(s) {
                        record(self, &genitive.or(later).into_iter().collect::<Vec<_>>(), Status::Current, true);
                        elected_someone = true;
                        chosen_candidate = genitive.or(later);
                    } else if tokens[after..].iter().any(|t| t.lower.starts_with("сайлан")) {
                        record(self, &later.or(subject).into_iter().collect::<Vec<_>>(), Status::Current, true);
                        elected_someone = true;
                    } else if tokens[after..].iter().any(|t| matches!(t.lower.as_str(), "сайлады" | "сайлап")) {
                        // "Делегаттар X-ті филиал төрағасы қызметіне қайта сайлады": the object
                        // (or after the post: "төраға қызметіне X-ті қайта сайлады").
                        let object = mentions
                            .iter()
                            .filter(|m| m.end <= group[0].first && m.case == Case::Accusative)
                            .last()
                            .or_else(|| mentions.iter().find(|m| m.first > after && m.case == Case::Accusative))
                            .map(|m| m.person);
                        record(self, &object.into_iter().collect::<Vec<_>>(), Status::Current, true);
                        elected_someone |= object.is_some();
                    } else if moved {
                        record(self, &genitive.or(later).or(subject).into_iter().collect::<Vec<_>>(), Status::Current, false);
                        // "хатшысы X-тың ... қызметіне ауысқанын": the title
                        // before the name is the post X moved from.
                        let mover = mentions.iter().find(|m| m.case == Case::Genitive && !tokens[m.first].quoted && m.end <= group[0].first).cloned();
                        if let Some(m) = mover.filter(|_| tokens[after..].iter().any(|t| t.lower.starts_with("ауыс"))) {
                            let to = self.resolve_title_org(s, last).map(|org| (last.role, org));
                            for (role, org) in self.chain_offices(s, &m).into_iter().filter(|o| Some(o) != to.as_ref()) {
                                self.make_former(s, m.person, role, &org);
                            }
                        }
                    } else if next == "ретінде" {
                        // "Құрық ауылдық округінің әкімі ретінде ол ...": "ол"
                        // after the role is the one the text is about.
                        let pronoun_after = tokens.get(after + 1).is_some_and(|t| t.lower == "ол");
                        let who = if pronoun_after { subject.or(last_subject) } else { subject };
                        record(self, &who.into_iter().collect::<Vec<_>>(), Status::Current, false);
                    } else if let Some(org) = self.resolve_title_org(s, last).filter(|_| may_pend) {
                        pending = Some((last.role, org));
                    }
                } else if let Some(org) = self.resolve_title_org(s, last).filter(|_| may_pend) {
                    pending = Some((last.role, org));
                }
            }
            // "бұл / аталған қызметке X сайланды", "бос орынға", "оның
            // орнына X сайланды", "X-тың кандидатурасы ... қолдау тапты"
            let this_post = names_the_post(&tokens, false);
            let candidacy = tokens.iter().any(|t| t.lower.starts_with("кандидатура"));
            // "X-тың кандидатурасын ұсынды. ... кандидатура қолдау тапты":
            // the candidate named in an earlier sentence.
            // ("X-тың ... ауысуына байланысты, оның орнына Y-тың кандидатурасын":
            // the genitive right before the candidacy, not the one who left.)
            let candidacy_at = tokens.iter().position(|t| t.lower.starts_with("кандидатура"));
            let candidate = candidacy_at
                .and_then(|c| mentions.iter().filter(|m| m.case == Case::Genitive && m.end <= c).last())
                .or_else(|| mentions.iter().find(|m| m.case == Case::Genitive))
                .map(|m| m.person)
                .or(proposed);
            // "... кандидатурасын ұсынды. Делегаттар оны бірауыздан сайлады / қолдады."
            // ("... Жеңіс Серікұлы бірауыздан сайланды": or the candidate by name.)
            let approves_proposal = proposed.is_some()
                && !mentions.iter().any(|m| (m.case == Case::Nominative && Some(m.person) != proposed) || m.case == Case::Genitive)
                // ("... ол бірауыздан сайланды": the candidate, by pronoun.)
                && (tokens.iter().any(|t| starts(t, &["қолдады", "сайлады", "мақұлдады", "бекітті", "сайланды"]) || t.lower == "қолдау")
                    // "делегаттардың 81-і оны қолдап дауыс берді".
                    || voted_for(&tokens));
            let candidacy = candidacy || approves_proposal;
            // "Делегаттар филиал төрағасы X-тың кандидатурасын қайта ұсынып,
            // ... қолдады": the post the candidate holds is filled again.
            if pending.is_none() && !elected_someone && tokens.iter().any(|t| t.lower == "қайта") {
                let nominee = candidacy_at.and_then(|c| mentions.iter().find(|m| m.case == Case::Genitive && m.end == c));
                if let Some(t) = nominee.and_then(|m| self.title_chain(s, m).into_iter().next()) {
                    pending = self.resolve_title_org(s, &t).map(|org| (t.role, org));
                }
            }
            // "X ... міндетінен босатылып, оның орнына Y сайланды": the post
            // is the one this sentence has X leave (read below), not one
            // left open before.
            let instead = tokens.windows(2).position(|w| w[0].lower == "оның" && w[1].lower == "орнына");
            let left_here = instead.is_some_and(|k| tokens[..k].iter().any(|t| starts(t, LEFT)));
            if let (Some((role, org)), false, false) = (pending.clone(), elected_someone, left_here) {
                // ("Бюро оның орнына Y-ті тағайындады / сайлады": the active
                // voice, the newcomer in the accusative.)
                let active_voice = instead.is_some() && tokens.iter().any(|t| matches!(t.lower.as_str(), "сайлады" | "тағайындады" | "бекітті"));
                let elected = tokens.iter().any(|t| t.lower.starts_with("сайлан") || (active_voice && t.lower == "сайлады"))
                    || approves_proposal
                    || (candidacy && self.candidacy_approved(s));
                // ("бұл қызметке X тағайындалды", not "бұл қызметті атқарған X ... әкімі болып тағайындалған".)
                let appointed = !elected
                    && names_the_post(&tokens, true)
                    && tokens.iter().any(|t| starts(t, &["тағайындал", "бекітіл"]) || (active_voice && matches!(t.lower.as_str(), "тағайындады" | "бекітті")));
                if (this_post || candidacy) && (elected || appointed) {
                    // ("оның орнына Y": the one after it.)
                    let after_instead = instead.map_or(0, |k| k + 2);
                    let who = if candidacy {
                        candidate
                    } else {
                        let nominative = |m: &&Mention| m.case == Case::Nominative || (active_voice && m.case == Case::Accusative);
                        mentions.iter().filter(nominative).find(|m| m.first >= after_instead).or(mentions.iter().find(nominative)).map(|m| m.person)
                    };
                    if let Some(p) = who {
                        if elected {
                            self.record_elected(s, p, role, org);
                            elected_someone = true;
                            chosen_candidate = candidacy.then_some(p);
                        } else {
                            self.add_holds(s, p, role, &org, Status::Current);
                        }
                        pending = None;
                    }
                }
            }
            // A candidacy proposed and not yet approved waits for the next sentence.
            proposed = tokens
                .iter()
                .position(|t| t.lower.starts_with("кандидатура"))
                .filter(|_| !elected_someone && pending.is_some())
                .and_then(|c| mentions.iter().find(|m| m.end == c && m.case == Case::Genitive).map(|m| m.person));
            if let Some(x) = replaced {
                for (role, org, _) in self.filled_now.clone() {
                    self.make_former(s, x, role, &org);
                }
            }
            // A post someone left is what the next sentence's "бұл
            // қызметке" or "оның орнына" fills.
            // A post left open and filled in this sentence's election is open no more.
            if pending.as_ref().is_some_and(|(role, org)| self.filled_now.iter().any(|(r, o, _)| r == role && o == org)) {
                pending = None;
            }
            let vacated = self.left_posts(s, last_subject);
            if let Some(post) = vacated.iter().find(|(_, o)| o.starts_with("AMANAT/")).or(vacated.last()).cloned() {
                // "X-тың қызметінен кетуіне байланысты оның орнына Y
                // бекітілді": filled in the same sentence.
                let newcomer = instead.and_then(|k| mentions.iter().find(|m| m.first > k + 1 && m.case == Case::Nominative).map(|m| (k, m.person)));
                match newcomer {
                    Some((k, p)) if !elected_someone => {
                        let (role, org) = post;
                        if tokens[k..].iter().any(|t| t.lower.starts_with("сайлан")) {
                            self.record_elected(s, p, role, org);
                            elected_someone = true;
                        } else if tokens[k..].iter().any(|t| starts(t, &["тағайындал", "бекітіл"])) {
                            self.add_holds(s, p, role, &org, Status::Current);
                        } else {
                            pending = Some((role, org));
                        }
                    }
                    // (A post just left is what "оның орнына" means, whatever was open before.)
                    _ => pending = Some(post),
                }
            }
            // "(X қызметінен босатылып,) оның міндетін уақытша атқару Y-ке
            // жүктелді": the acting holder of the post just left holds it.
            let acting = tokens
                .windows(2)
                .position(|w| w[0].lower == "оның" && w[1].lower == "міндетін")
                .filter(|_| tokens.iter().any(|t| t.lower == "атқару") && tokens.iter().any(|t| starts(t, &["жүктел", "тапсырыл"])));
            if let (Some(k), Some((role, org))) = (acting, pending.clone()) {
                if let Some(m) = mentions.iter().find(|m| m.first > k && m.case == Case::Dative) {
                    self.add_holds(s, m.person, role, &org, Status::Current);
                }
            }
            // "Делегаттар төрағаның орынбасарларын бір-бірлеп сайлады": the
            // sentences that follow elect them one at a time, each naming
            // the person and, at most, the office they hold already.
            if let Some((role, org, left)) = one_by_one.clone() {
                let elected_now = tokens.iter().any(|t| t.lower.starts_with("сайлан"))
                    || approves_proposal
                    || (candidacy && self.candidacy_approved(s))
                    || voted_for(&tokens);
                // ("... хатшысы болып X сайланды": another post, named.)
                let other_post = tokens.windows(2).any(|w| {
                    matches!(w[1].lower.as_str(), "болып" | "қызметіне" | "лауазымына")
                        && orgs::role_word(&w[0].lower).is_some_and(|_| !w[0].lower.starts_with("орынбасар"))
                });
                let who = if candidacy {
                    candidate
                } else {
                    mentions.iter().find(|m| m.case == Case::Nominative && !tokens[m.first].quoted).map(|m| m.person)
                };
                match who.filter(|_| elected_now && !other_post) {
                    Some(p) => {
                        // The title apposed to the name is an office held, not the post filled.
                        let name = self.people[p].canonical();
                        let here = span_of(&self.sents[s]);
                        let apposed: Vec<Fact> = self
                            .facts
                            .iter()
                            .filter(|(f, span)| {
                                **span == here && matches!(f, Fact::Elected { name: n, role: r, org: o } if *n == name && (*r, o) != (role, &org))
                            })
                            .map(|(f, _)| f.clone())
                            .collect();
                        for f in apposed {
                            self.facts.remove(&f);
                        }
                        self.record_elected(s, p, role, org.clone());
                        elected_someone = true;
                        one_by_one = (left > 1).then_some((role, org, left - 1));
                    }
                    None => one_by_one = None,
                }
            } else if !elected_someone
                && tokens.iter().any(|t| matches!(t.lower.as_str(), "бір-бірлеп" | "бір-бірден" | "жеке-жеке" | "кезекпен" | "кезек-кезек" | "жекелей"))
                && tokens.iter().any(|t| t.lower.starts_with("орынбасарлар"))
                && tokens.iter().any(|t| t.lower.starts_with("сайла"))
                && !tokens.iter().any(|t| t.lower.starts_with("мәслихат"))
            {
                one_by_one = self.context_branch(s).map(|org| (Role::DeputyChairman, org, 5));
            }
            self.deputy_seats(s, last_subject);
            if pending != pending_before {
                pending_at = s;
            }
            if !elected_someone {
                // ("Осы лауазымда бұрын істеген X": the post filled since a
                // post was left open is the one meant.)
                let open = pending.clone().filter(|_| self.last_elected.is_none() || pending_at >= self.last_elected_at);
                self.previous_holder(s, last_subject, open);
            }
            self.body_elections(s, elected_someone);
            self.body_list(s);
            self.council_composition(s);
            self.council_changes(s);
            for (person, role, org) in self.attendance_list(s).1 {
                self.add_holds(s, person, role, &org, Status::Current);
            }
            self.mandates_given(s);
            // An appointment, like an election, is what a later "бұл
            // қызметті атқарған" refers to (after this sentence's own).
            if let Some((role, org, p)) = self.filled_now.last().cloned().filter(|_| !elected_someone) {
                self.last_elected = Some((role, org, p));
                self.last_elected_at = s;
            }
            self.leavings(s);
            self.led_branch(s, last_subject);
            self.body_membership(s, last_subject);
            self.bracketed_officers(s);
            self.deputies_who_got_in(s);
            self.deputy_who_got_in(s);
            self.rural_akim_won(s);
            self.deputies_elected_by_district(s);
            self.deputies_among_the_elected(s);
            self.deputy_won_a_seat(s);
            // The subject later sentences' "ол" and omitted subjects mean;
            // after "X-тың кандидатурасы қолдау тапты", X.
            // ("Делегаттар ... X-ті сайлады. Ол бұған дейін ...": the one
            // elected in the accusative when no one is the subject.)
            let elected_object = || {
                self.mentions[s].iter().find(|m| m.case == Case::Accusative && self.filled_now.iter().any(|(_, _, p)| *p == m.person)).map(|m| m.person)
            };
            // ("Төраға лауазымына X-тың кандидатурасы ұсынылды. Ол бұған дейін
            // ...": the candidacy is the subject, and "ол" its candidate.)
            let candidacy_subject = || {
                // ("Фракция бұл қызметке X-тың кандидатурасын ұсынды. Ол ...":
                // the candidate, when no one named is the subject.)
                let at = tokens.iter().position(|t| matches!(t.lower.as_str(), "кандидатурасы" | "кандидатуралары" | "кандидатурасын"))?;
                let no_named_subject = !self.mentions[s].iter().any(|m| m.case == Case::Nominative);
                self.mentions[s].iter().find(|m| m.end == at && m.case == Case::Genitive).filter(|_| no_named_subject).map(|m| m.person)
            };
            if let Some(p) = chosen_candidate.or_else(candidacy_subject).or_else(|| self.subject_before(s, tokens.len(), last_subject)).or_else(elected_object) {
                last_subject = Some(p);
            }
            // "X-тың дүниеден озғанын хабарлаймыз": the one who died is
            // whom an obituary's later sentences, subject left out, are about.
            if let Some(p) = self.died_in(s) {
                if !self.deceased.contains(&p) {
                    self.deceased.push(p);
                }
                last_subject = Some(p);
            }
        }
    }

    /// "X орнына Y сайланды", "Y X-тың орнына тағайындалды": the person
    /// whose place someone fills in a sentence that elects or appoints.
    fn replaced_in(&self, s: usize) -> Option<usize> {
        let tokens = &self.sents[s].tokens;
        let at = tokens.iter().position(|t| t.lower == "орнына")?;
        let m = self.mentions[s].iter().find(|m| m.end == at)?;
        let fills = tokens[at..].iter().any(|t| starts(t, &["сайлан", "сайлад", "тағайындал", "тағайындад", "бекітіл"]));
        fills.then_some(m.person)
    }

    /// A career told by years ("2012 жылы ... орынбасары болып
    /// тағайындалды. ... 2017 жылдан бері ... төрағасы"): a post taken in a
    /// year is former once the same person took another in a later year.
    fn superseded_posts(&mut self) {
        // The year each sentence dates its post by: "2012 жылы", "2017 жылдан (бері)".
        let year_of = |tokens: &[Token]| {
            tokens.windows(2).find_map(|w| {
                let dated = matches!(w[1].lower.as_str(), "жылы" | "жылдан");
                (dated && w[0].kind == segment::TokenKind::Number && w[0].text.len() == 4).then(|| w[0].text.parse::<u32>().ok()).flatten()
            })
        };
        let years: Vec<Option<u32>> = self.sents.iter().map(|x| year_of(&x.tokens)).collect();
        if years.iter().flatten().count() < 2 {
            return;
        }
        // (person name, year, sentence, role, org) of each current post in a dated sentence.
        // (A later post already left counts too: "2022 жылдан бергі соңғы
        // қызметі – TITLE" ends the one taken in 2019.)
        let mut dated: Vec<(String, u32, usize, Role, String, Status)> = Vec::new();
        for (f, span) in &self.facts {
            if let Fact::Holds { name, role, org, status } = f {
                let x = self.sentence_at(span.start);
                // (Only a post taken: appointed, elected, or held since.)
                let taken = self.sents[x].tokens.iter().any(|t| starts(t, &["тағайындал", "сайлан", "бері", "бергі"]));
                if let (Some(y), true) = (years[x], taken) {
                    dated.push((name.clone(), y, x, *role, org.clone(), *status));
                }
            }
        }
        for (name, y, x, role, org, status) in dated.clone() {
            if status != Status::Current {
                continue;
            }
            let later = dated.iter().any(|(n, y2, _, r2, o2, _)| *n == name && *y2 > y && (*r2 != role || *o2 != org));
            if later {
                if let Some(p) = self.people.iter().position(|p| p.canonical() == name) {
                    self.make_former(x, p, role, &org);
                }
            }
        }
    }

    /// The sentence a fact's span begins in.
    fn sentence_at(&self, at: u32) -> usize {
        self.sents.partition_point(|x| x.start as u32 <= at).saturating_sub(1)
    }

    /// The maslikhat whose session sentence `s` is at, if it is at one.
    fn maslikhat_session_at(&self, s: usize) -> Option<String> {
        let key = &self.events[self.current.get(s).copied().flatten()?].key;
        (key.kind == EventKind::CouncilSession && key.org.starts_with("maslikhat/")).then(|| key.org.clone())
    }

    /// The person sentence `s` says has died: "X дүниеден озды", "X-тың
    /// қайтыс болғанын", "марқұм X". (Not a kinsman of X's: "X-тың әкесі
    /// дүниеден озды".)
    fn died_in(&self, s: usize) -> Option<usize> {
        let tokens = &self.sents[s].tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
        let mentions = &self.mentions[s];
        if let Some(m) = mentions.iter().find(|m| m.first > 0 && word(m.first - 1) == "марқұм") {
            return Some(m.person);
        }
        let v = (0..tokens.len()).find(|&k| {
            let next = word(k + 1);
            match word(k) {
                "дүниеден" | "өмірден" => next.starts_with("оз") || next.starts_with("өт"),
                "қайтыс" => next.starts_with("бол"),
                "көз" => next.starts_with("жұм"),
                "мәңгілікке" => next.starts_with("аттан"),
                _ => false,
            }
        })?;
        const KIN: &[&str] = &[
            "әкесі", "анасы", "жұбайы", "зайыбы", "ұлы", "қызы", "інісі", "ағасы", "апасы", "әпкесі", "бауыры", "қарындасы", "сіңлісі", "немересі",
            "жиені", "күйеуі", "келіні", "әжесі", "атасы", "әйелі", "перзенті", "туысы",
        ];
        let kin = |ts: &[Token]| ts.iter().any(|t| KIN.contains(&t.lower.as_str()));
        // "жуырда дүниеден озған ... депутаты X-ті еске алып": the participle
        // describes the name after it (its titles between).
        // ("... озған еді": the pluperfect, said of the name before.)
        let participle = matches!(word(v + 1), "озған" | "өткен" | "болған" | "жұмған" | "аттанған") && !matches!(word(v + 2), "еді" | "болатын" | "екен");
        if let Some(after) = mentions.iter().find(|m| m.first > v + 1 && m.first <= v + 20).filter(|_| participle) {
            let clause = &tokens[v + 2..after.first];
            // (Titles between: "депутаты" only ends like a verb.)
            let verb = |t: &Token| !t.is_capitalized() && !t.quoted && finite_or_converb(t) && orgs::role_word_any(&t.lower).is_none();
            let plain = !clause.iter().any(|t| t.is(".") || verb(t));
            return (plain && !kin(clause)).then_some(after.person);
        }
        let m = mentions.iter().filter(|m| m.end <= v && matches!(m.case, Case::Nominative | Case::Genitive)).last()?;
        (!kin(&tokens[m.end..v])).then_some(m.person)
    }

    /// The dead hold no post: every current post the article gives one it
    /// says has died is former ("... өмірінің соңына дейін төрағасы болды").
    fn posts_of_the_deceased(&mut self) {
        if self.deceased.is_empty() {
            return;
        }
        let names: Vec<(usize, String)> = self.deceased.iter().map(|&p| (p, self.people[p].canonical())).collect();
        let held: Vec<(usize, usize, Role, String)> = self
            .facts
            .iter()
            .filter_map(|(f, span)| match f {
                Fact::Holds { name, role, org, status: Status::Current } => {
                    names.iter().find(|(_, n)| n == name).map(|(p, _)| (self.sentence_at(span.start), *p, *role, org.clone()))
                }
                _ => None,
            })
            .collect();
        for (s, p, role, org) in held {
            // (An election the article reports stays: it took place.)
            let elected = Fact::Elected { name: self.people[p].canonical(), role, org: org.clone() };
            let span = self.facts.get(&elected).copied();
            self.make_former(s, p, role, &org);
            if let Some(span) = span {
                self.facts.insert(elected, span);
            }
        }
    }

    /// Makes `person`'s office former: the current fact this article gave
    /// (if any) goes, a former one comes.
    fn make_former(&mut self, s: usize, person: usize, role: Role, org: &str) {
        let name = self.people[person].canonical();
        let current = Fact::Holds { name: name.clone(), role, org: org.to_string(), status: Status::Current };
        self.facts.remove(&current);
        self.facts.remove(&Fact::Elected { name, role, org: org.to_string() });
        if let Some(set) = self.holders.get_mut(&(role, org.to_string())) {
            set.remove(&person);
        }
        self.add_holds(s, person, role, org, Status::Former);
    }

    /// "X ... атқарушы хатшысы қызметінен босатылды", "X-тың ... мүшесі
    /// ретіндегі өкілеттігі тоқтатылды", "Филиал төрағасы X қызметінен
    /// кетті": the posts this sentence names as left are X's former ones.
    /// Returns the posts left.
    fn left_posts(&mut self, s: usize, last_subject: Option<usize>) -> Vec<(Role, String)> {
        // The verb first, before any copy: most sentences have none.
        let Some(verb_at) = self.sents[s].tokens.iter().position(|t| starts(t, LEFT)) else { return Vec::new() };
        let tokens = self.sents[s].tokens.clone();
        let powers = tokens[..verb_at].iter().rposition(|t| t.lower.starts_with("өкілеттіг"));
        let post_left = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                matches!(t.lower.as_str(), "қызметінен" | "лауазымынан" | "міндетінен" | "орнынан" | "қызметтен" | "лауазымнан" | "ретіндегі")
            })
        };
        // "X ... төрағалықтан / хатшылықтан босатылды": released from the
        // chairmanship or the secretaryship X was named with before.
        let abstract_post = tokens[..verb_at].iter().find_map(|t| match t.lower.as_str() {
            "төрағалықтан" | "төрағалығынан" => Some(&[Role::Chairman][..]),
            "хатшылықтан" | "хатшылығынан" => Some(&[Role::Secretary, Role::ExecutiveSecretary][..]),
            "жетекшіліктен" | "жетекшілігінен" => Some(&[Role::FactionLeader][..]),
            _ => None,
        });
        // ("X-тың қызметінен кетуіне байланысты": a verbal noun's subject is the genitive.)
        let verb = tokens[verb_at].lower.as_str();
        let nominalised = ["кетуі", "босатылу", "ауысуы", "шығуы"].iter().any(|v| verb.starts_with(v));
        // "X-тың басқа жұмысқа ауысуына / зейнеткерлікке шығуына байланысты":
        // moving on or retiring leaves the posts X was named with.
        let moved_on = verb.starts_with("ауысуы") || (verb.starts_with("шығуы") && verb_at > 0 && tokens[verb_at - 1].lower.starts_with("зейнет"));
        if powers.is_none() && abstract_post.is_none() && !moved_on && !(0..verb_at).any(post_left) {
            return Vec::new();
        }
        let mentions: Vec<Mention> = self.mentions[s].iter().filter(|m| m.end <= verb_at).cloned().collect();
        // Whose: the genitive before "өкілеттігі", else the subject, else
        // the object of an active verb ("X-ты қызметінен босатты").
        let who = powers
            .or(nominalised.then_some(verb_at))
            .and_then(|p| mentions.iter().filter(|m| m.end <= p && m.case == Case::Genitive).last())
            .or_else(|| {
                let mut nominative = mentions.iter().filter(|m| m.case == Case::Nominative);
                if is_reported_verb(&tokens[verb_at].lower) { nominative.last() } else { nominative.next() }
            })
            .or_else(|| mentions.iter().find(|m| m.case == Case::Accusative))
            .cloned()
            // ("Осыған байланысты ол филиалдағы қызметінен босатылды": the
            // one the text is about.)
            .or_else(|| {
                let k = (0..verb_at).find(|&k| is_subject_pronoun(&tokens, k)).filter(|_| mentions.is_empty())?;
                Some(Mention { first: k, end: k + 1, parts: names::NameParts::default(), case: Case::Nominative, person: last_subject? })
            });
        let Some(m) = who else { return Vec::new() };
        // "X филиалдағы / партиядағы қызметінен босатылды": every post X
        // holds in the party.
        let party_posts = (1..verb_at).any(|k| post_left(k) && matches!(tokens[k - 1].lower.as_str(), "филиалдағы" | "партиядағы"));
        let mut left: Vec<Title> = Vec::new();
        // Titles right before the name ("Филиал төрағасы X қызметінен кетті").
        let mut resolved = self.chain_offices(s, &m);
        // Titles just before the post's word ("... хатшысы қызметінен"), or
        // before "өкілеттігі" ("ұйым хатшысының өкілеттігі тоқтатылды").
        for group in self.title_groups(s) {
            let last = group.last().expect("groups are not empty");
            let powers_of = powers == Some(last.role_at + 1) && is_genitive(&tokens[last.role_at].lower);
            // ("X-тың ... босатылуына байланысты оның филиал төрағасы
            // ретіндегі өкілеттігін тоқтату": the powers X had as that
            // title, after the verb that made them end.)
            let first = group[0].first;
            let owner_is_who = first == m.end || (first > 0 && tokens[first - 1].lower == "оның");
            let as_title_ended = tokens.get(last.role_at + 1).is_some_and(|t| t.lower == "ретіндегі")
                && tokens.get(last.role_at + 2).is_some_and(|t| t.lower.starts_with("өкілеттіг"))
                && tokens.iter().skip(last.role_at + 3).take(3).any(|t| t.lower.starts_with("тоқтат"));
            if ((post_left(last.role_at + 1) || powers_of) && last.role_at + 1 < verb_at) || (as_title_ended && owner_is_who && first > m.first) {
                left.extend(group.iter().cloned());
            }
        }
        for t in &left {
            if let Some(org) = self.resolve_title_org(s, t) {
                resolved.push((t.role, org));
            }
        }
        if moved_on && resolved.is_empty() {
            resolved.extend(self.posts_held(m.person, |_| true));
        }
        if party_posts && resolved.is_empty() {
            resolved.extend(self.posts_held(m.person, |_| true).into_iter().filter(|(_, o)| o.starts_with("AMANAT/")));
        }
        if let Some(roles) = abstract_post {
            let held = self.posts_held(m.person, |r| roles.contains(&r));
            // ("Ұйымды ... басқарған X төрағалықтан босатылып": the bare
            // organisation's, when X was named with no such post before.)
            if held.is_empty() && tokens.iter().any(|t| t.lower.starts_with("ұйым")) {
                resolved.extend(self.context_primary(s).map(|org| (roles[0], org)));
            }
            resolved.extend(held);
        }
        let name = self.people[m.person].canonical();
        let mut vacated = Vec::new();
        for (role, org) in resolved {
            if self.facts.contains_key(&Fact::Elected { name: name.clone(), role, org: org.clone() }) {
                continue;
            }
            self.make_former(s, m.person, role, &org);
            vacated.push((role, org));
        }
        vacated
    }

    /// The posts `person` holds now, of the roles `wanted` accepts, in a
    /// fixed order.
    fn posts_held(&self, person: usize, wanted: impl Fn(Role) -> bool) -> Vec<(Role, String)> {
        let mut held: Vec<(Role, String)> =
            self.holders.iter().filter(|((r, _), who)| wanted(*r) && who.contains(&person)).map(|(k, _)| k.clone()).collect();
        held.sort();
        held
    }

    /// The spec of a title, with a bare role in a party context made the
    /// context branch's ("төраға болып ... сайланды" at a conference).
    fn title_org_spec(&self, s: usize, t: &Title) -> OrgSpec {
        let _ = s;
        t.org.clone()
    }

    /// The key a title's body resolves to in sentence `s`.
    fn resolve_title_org(&self, s: usize, t: &Title) -> Option<String> {
        // "Ұйымды ... басқарған X-тың орнына Y төраға болып сайланды": a bare
        // role in a sentence about the bare organisation is the context
        // primary's.
        if let OrgSpec::Branch { level: None, place: None, primary: None, .. } = t.org {
            let tokens = &self.sents[s].tokens;
            let bare = t.first == t.role_at && matches!(tokens[t.role_at].lower.as_str(), "төраға" | "хатшы");
            let of_it = tokens.iter().any(|x| matches!(x.lower.as_str(), "ұйымды" | "ұйымның" | "ұйымға" | "ұйымда"));
            if bare && of_it {
                if let Some(p) = self.context_primary(s) {
                    return Some(p);
                }
            }
            // "Мәслихаттың бірінші сессиясында төраға лауазымына X сайланды":
            // a bare chairman or secretary filled at a maslikhat's session is
            // the maslikhat's.
            if let Some(org) = self.maslikhat_session_at(s).filter(|_| bare && matches!(t.role, Role::Chairman | Role::Secretary)) {
                return Some(org);
            }
        }
        self.resolve(&t.org, s, t.first, None)
    }

    /// "X мәслихатының депутаттығына өтті / сайланды": elected deputy.
    fn deputy_seats(&mut self, s: usize, last_subject: Option<usize>) {
        let tokens = self.sents[s].tokens.clone();
        for k in 0..tokens.len() {
            if !tokens[k].lower.starts_with("депутаттығ") {
                continue;
            }
            let first = orgs::title_start(&tokens, k, &|i| self.mention_at(s, i).is_some());
            let seg = &tokens[first..k];
            if !seg.iter().any(|t| t.lower.starts_with("мәслихат")) {
                continue;
            }
            let place = self.places[s].iter().filter(|p| p.first >= first && p.end <= k).last();
            let level = seg
                .iter()
                .find_map(|t| orgs::classifier_level(&t.lower))
                .or_else(|| place.and_then(PlaceHit::resolved_level));
            let Some(level) = level else { continue };
            let spec = OrgSpec::Maslikhat { level: Some(level), place: place.map(|p| p.name.clone()) };
            let verb = tokens[k + 1..].iter().any(|t| starts(t, &["өтті", "өткен", "өтіп", "сайлан"]));
            let who = self.subject_before(s, first, last_subject);
            if let (true, Some(p), Some(org)) = (verb, who, self.resolve(&spec, s, first, None)) {
                self.record_elected(s, p, Role::Deputy, org);
            }
        }
    }

    /// The branch whose body (a political council, its bureau) the word at
    /// `b` names: the branch the words before it say, else the context's
    /// ("партия" alone names the party as a whole).
    /// "Кеңеске облыстық филиалдардың төрағалары қатысты: Абай облысынан –
    /// X, Ақмола облысынан – Y": the people listed after an attendance's
    /// colon (who attended), and, when the header names a plural title of
    /// branches or akimats, each one's office in the place listed before.
    fn attendance_list(&self, s: usize) -> (Vec<usize>, Vec<(usize, Role, String)>) {
        let tokens = &self.sents[s].tokens;
        let Some(colon) = tokens.iter().position(|t| t.is(":")) else { return Default::default() };
        let header = &tokens[..colon];
        if !header.iter().any(|t| matches!(t.lower.as_str(), "қатысты" | "қатысып" | "қатысқан")) {
            return Default::default();
        }
        let listed: Vec<&Mention> = self.mentions[s].iter().filter(|m| m.first > colon && m.case == Case::Nominative).collect();
        let attendees = listed.iter().map(|m| m.person).collect();
        // The header's plural title: "облыстық филиалдардың төрағалары",
        // "аудандық филиалдардың атқарушы хатшылары", "аудан әкімдері".
        let plural_role = header.iter().enumerate().find_map(|(k, t)| {
            let role = match t.lower.as_str() {
                l if l.starts_with("төрағалар") => Role::Chairman,
                l if l.starts_with("хатшылар") && k > 0 && header[k - 1].lower == "атқарушы" => Role::ExecutiveSecretary,
                l if l.starts_with("әкімдер") => Role::Akim,
                _ => return None,
            };
            let level = header[..k].iter().rev().take(3).find_map(|x| orgs::classifier_level(&x.lower))?;
            let party = header[..k].iter().any(|x| x.lower.starts_with("филиалдар"));
            (party || role == Role::Akim).then_some((role, level))
        });
        let Some((role, level)) = plural_role else { return (attendees, Vec::new()) };
        let mut offices = Vec::new();
        for m in listed {
            // "Абай облысынан –": a place, its level word in the ablative, a dash.
            let Some(dash) = m.first.checked_sub(1).filter(|&d| tokens[d].is_dash()) else { continue };
            let place = self.places[s].iter().filter(|p| p.end <= dash && dash - p.end <= 1).last();
            let Some(p) = place else { continue };
            let ablative = is_ablative(&tokens[dash - 1].lower);
            if !ablative || p.resolved_level().is_some_and(|l| l != level) {
                continue;
            }
            let org = if role == Role::Akim { format!("gov/{}/{}", level.key(), p.name) } else { Self::branch_key(level, &p.name) };
            offices.push((m.person, role, org));
        }
        (attendees, offices)
    }

    fn body_owner(&self, s: usize, b: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let context = OrgSpec::Branch { level: None, place: None, primary: None, explicit_branch: true };
        let first = orgs::title_start(tokens, b, &|i| self.mention_at(s, i).is_some());
        let spec = match branch_spec(&tokens[first..=b], &self.places[s], first, b) {
            Some(OrgSpec::Branch { level: Some(Level::Central), .. }) if !tokens[first..=b].iter().any(is_party_noun) => context,
            Some(other) => other,
            None => context,
        };
        self.resolve(&spec, s, first, None)
    }

    /// "партиялық тізім бойынша Мәжіліске X өтті", "X қалалық мәслихатқа
    /// өтті": named, got in by the vote, a deputy of that chamber.
    fn deputy_who_got_in(&mut self, s: usize) {
        let tokens = &self.sents[s].tokens;
        let Some(verb) = tokens.iter().rposition(|t| t.is_word()).filter(|&v| matches!(tokens[v].lower.as_str(), "өтті" | "енді")) else { return };
        let into = tokens[..verb].iter().position(|t| {
            !t.quoted && is_dative(&t.lower) && (singular_of(&t.lower, "мәжіліс") || singular_of(&t.lower, "мәслихат"))
        });
        let Some(into) = into else { return };
        // ("... жеңіске жеткенін атап өтті": noted, not got in.)
        if self.future(s) || tokens[verb - 1].lower == "атап" {
            return;
        }
        let org = if tokens[into].lower.starts_with("мәжіліс") { Some("parliament/Мәжіліс".to_string()) } else { self.maslikhat_in(s) };
        let Some(org) = org else { return };
        let persons: Vec<usize> = self.mentions[s]
            .iter()
            .filter(|m| m.case == Case::Nominative && m.end <= verb && !tokens[m.first].quoted)
            .map(|m| m.person)
            .collect();
        for p in persons {
            self.record_elected(s, p, Role::Deputy, org.clone());
        }
    }

    /// "Қалалық мәслихатқа партиядан 20 депутат өтті. Олардың қатарында X
    /// пен Y бар.": those the next sentence lists got into the maslikhat.
    fn deputies_who_got_in(&mut self, s: usize) {
        let tokens = &self.sents[s].tokens;
        let into = tokens.iter().any(|t| !t.quoted && t.lower.starts_with("мәслихат") && is_dative(&t.lower));
        let got_in = tokens.iter().any(|t| matches!(t.lower.as_str(), "өтті" | "сайланды" | "енді"));
        if !into || !got_in || !tokens.iter().any(|t| t.lower.starts_with("депутат")) || !self.mentions[s].is_empty() {
            return;
        }
        if !self.sents.get(s + 1).is_some_and(|x| lists_among_them(&x.tokens)) {
            return;
        }
        let Some(org) = self.maslikhat_in(s) else { return };
        let persons: Vec<usize> = self.mentions[s + 1].iter().filter(|m| matches!(m.case, Case::Nominative | Case::Instrumental)).map(|m| m.person).collect();
        for p in persons {
            self.record_elected(s + 1, p, Role::Deputy, org.clone());
        }
    }

    /// "Тәтті ауылдық округінде ... үміткер X жеңіске жетті" (or "жеңімпаз
    /// атанды", "көш бастады", "дауыстың 64 пайызын жинады") in an article
    /// about elections of rural akims, and "Тәтті ауылдық округі әкімі
    /// сайлауында ... X жеңіске жетті": X was elected that district's akim.
    fn rural_akim_won(&mut self, s: usize) {
        let tokens = &self.sents[s].tokens;
        let Some(k) = (1..tokens.len()).find(|&k| {
            tokens[k - 1].lower == "ауылдық"
                && (tokens[k].lower.starts_with("округінде")
                    || (tokens[k].lower == "округі"
                        && tokens.get(k + 1).is_some_and(|t| t.lower == "әкімі")
                        && tokens.get(k + 2).is_some_and(|t| t.lower == "сайлауында")))
        }) else {
            return;
        };
        if !won_a_vote(&tokens[k..]) {
            return;
        }
        let Some(name) = k.checked_sub(2).filter(|&p| tokens[p].is_capitalized()).map(|p| tokens[p].text.clone()) else { return };
        let Some(m) = self.mentions[s].iter().find(|m| m.first > k && m.case == Case::Nominative).cloned() else { return };
        let akims_elected = self.sents.iter().any(|x| x.tokens.windows(2).any(|w| w[0].lower.starts_with("әкім") && w[1].lower.starts_with("сайлау")));
        if akims_elected {
            self.record_elected(s, m.person, Role::Akim, format!("gov/rural/{name}"));
        }
    }

    /// "№7 Сортөбе сайлау округі бойынша сайланған депутат X", "№11 сайлау
    /// округінен сайланған ең жас депутат X", "партиялық тізім бойынша
    /// (депутат болып) сайланған X", "партияның тізімімен сайланған депутат
    /// X": X was elected a deputy of the maslikhat whose session the text is
    /// at (else of the assembly the sentence names).
    fn deputies_elected_by_district(&mut self, s: usize) {
        let tokens = &self.sents[s].tokens;
        let by_seat = |t: &Token| t.lower.starts_with("округ") || t.lower.starts_with("тізім");
        if !tokens.iter().any(by_seat) {
            return;
        }
        let named: Vec<usize> = self.mentions[s]
            .iter()
            .filter(|m| {
                // The participle, then at most "депутат" or "ең жас депутат";
                // or "депутат болып сайланған" right before the name.
                let Some(e) = (m.first.saturating_sub(4)..m.first).rev().find(|&k| tokens[k].lower == "сайланған") else { return false };
                let between = &tokens[e + 1..m.first];
                let plain = between.iter().all(|t| matches!(t.lower.as_str(), "депутат" | "ең" | "жас"));
                let said_before = between.is_empty() && e >= 2 && tokens[e - 1].lower == "болып" && tokens[e - 2].lower == "депутат";
                // ("№3 округінен сайланған X", "тізімімен сайланған X": the
                // seat said right before the participle is a deputy's.)
                let seat_right_before = between.is_empty() && (e.saturating_sub(2)..e).any(|k| by_seat(&tokens[k]));
                let deputy = between.last().is_some_and(|t| t.lower == "депутат") || said_before || seat_right_before;
                plain && deputy && (e.saturating_sub(8)..e).any(|k| by_seat(&tokens[k]))
            })
            .map(|m| m.person)
            .collect();
        if named.is_empty() {
            return;
        }
        let Some(org) = self.maslikhat_session_at(s).or_else(|| self.faction_assembly(s)) else { return };
        for p in named {
            self.record_elected(s, p, Role::Deputy, org.clone());
        }
    }

    /// The assembly an election result told at word `at` is about: the
    /// maslikhat or chamber the sentence names nearest before it (else
    /// after it), not one in a person's title; else the maslikhat named
    /// last before the sentence.
    fn assembly_voted_for(&self, s: usize, at: usize) -> Option<String> {
        let tokens = &self.sents[s].tokens;
        let assembly = |k: &usize| {
            let t = &tokens[*k];
            !t.quoted && (t.lower.starts_with("мәслихат") || t.lower.starts_with("мәжіліс")) && !self.in_a_persons_title(s, *k)
        };
        let named = (0..at).rev().find(assembly).or_else(|| (at..tokens.len()).find(assembly));
        match named {
            Some(k) if tokens[k].lower.starts_with("мәжіліс") => Some("parliament/Мәжіліс".into()),
            Some(k) => self.maslikhat_at(s, k),
            None => s.checked_sub(1).and_then(|p| self.named_maslikhat(p)),
        }
    }

    /// "Партиялық тізім бойынша депутат болып сайланғандар қатарында X, Y
    /// бар": those listed were elected deputies of the assembly voted for.
    fn deputies_among_the_elected(&mut self, s: usize) {
        let tokens = &self.sents[s].tokens;
        let Some(among) = (1..tokens.len()).find(|&k| {
            tokens[k - 1].lower.starts_with("сайланғандар") && matches!(tokens[k].lower.as_str(), "қатарында" | "арасында")
        }) else {
            return;
        };
        // (Deputies or seats said in the sentence or the two before.)
        let seats = |t: &Token| t.lower.starts_with("депутат") || t.lower.starts_with("мандат");
        let deputies = tokens[..among].iter().any(seats) || (s.saturating_sub(2)..s).any(|p| self.sents[p].tokens.iter().any(seats));
        // ("... X та бар, ол – ең жас депутат": "бар" ends the clause.)
        let there = tokens[among..].iter().enumerate().any(|(j, t)| {
            t.lower == "бар" && tokens.get(among + j + 1).is_none_or(|n| n.is(".") || n.is(",") || n.is(";"))
        });
        if !deputies || !there || self.future(s) {
            return;
        }
        let Some(org) = self.assembly_voted_for(s, among) else { return };
        let listed: Vec<usize> = self.mentions[s].iter().filter(|m| m.first > among && m.case == Case::Nominative).map(|m| m.person).collect();
        for p in listed {
            self.record_elected(s, p, Role::Deputy, org.clone());
        }
    }

    /// "№ 7 бір мандатты сайлау округінде ... X жеңіске жетті": X won a
    /// deputy's seat in the assembly voted for. (A rural okrug's winner is
    /// its akim: `rural_akim_won`.)
    fn deputy_won_a_seat(&mut self, s: usize) {
        let tokens = &self.sents[s].tokens;
        let Some(okrug) = (1..tokens.len()).find(|&k| {
            tokens[k].lower.starts_with("округ")
                && tokens[k - 1].lower != "ауылдық"
                && tokens[k.saturating_sub(3)..k].iter().any(|t| matches!(t.lower.as_str(), "мандатты" | "сайлау" | "№"))
        }) else {
            return;
        };
        // "... жеңіске жетті", or "... депутаттық мандат алды".
        let mandate = |k: usize| tokens[k].lower == "мандат" && tokens.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "алды" | "алып" | "иеленді"));
        // (The phrase's first word: what names the winner ends before it.)
        let Some(win) = (okrug + 1..tokens.len().saturating_sub(1)).find(|&k| won_a_vote(&tokens[k..(k + 2).min(tokens.len())]) || mandate(k)) else { return };
        if self.future(s) {
            return;
        }
        let Some(winner) = self.mentions[s].iter().filter(|m| m.first > okrug && m.end <= win && m.case == Case::Nominative).last().map(|m| m.person) else {
            return;
        };
        let Some(org) = self.assembly_voted_for(s, okrug) else { return };
        self.record_elected(s, winner, Role::Deputy, org);
    }

    /// "X ... филиалы Саяси кеңесі Бюросының құрамында болды": was one of
    /// the body's members, before now.
    fn body_membership(&mut self, s: usize, last_subject: Option<usize>) {
        let tokens = &self.sents[s].tokens;
        let Some(b) = (1..tokens.len()).find(|&k| tokens[k].lower == "құрамында" && tokens.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "болды" | "болған")))
        else {
            return;
        };
        let owner = b - 1;
        let role = if tokens[owner].lower.starts_with("бюро") {
            Role::BureauMember
        } else if tokens[owner].lower.starts_with("кеңес") && tokens[..owner].iter().any(|t| t.lower.starts_with("саяси")) {
            Role::PoliticalCouncilMember
        } else {
            return;
        };
        let Some(org) = self.body_owner(s, owner) else { return };
        let first = orgs::title_start(tokens, owner, &|i| self.mention_at(s, i).is_some());
        // (Its subject left out, the one the text is about.)
        let unnamed = self.mentions[s].is_empty().then_some(last_subject).flatten();
        let Some(p) = self.subject_before(s, first, last_subject).or(unnamed) else { return };
        self.add_holds(s, p, role, &org, Status::Former);
    }

    /// "Саяси кеңес Бюросына ... сайланды, олардың қатарында X пен Y бар":
    /// members elected to a body.
    /// When the sentence elected someone to a post already ("X орынбасары
    /// болып сайланды, ал Бюро құрамына Y мен Z сайланды"), only the names
    /// after the body are its members.
    fn body_elections(&mut self, s: usize, post_elected: bool) {
        let tokens = self.sents[s].tokens.clone();
        // "Бюро құрамына X, Y ... енді / енгізілді": joined it, as chosen.
        let joined = |t: &Token| matches!(t.lower.as_str(), "енді" | "енгізілді" | "кірді");
        // ("Мүшелер X-ті Бюросының құрамына сайлады": the active voice, its
        // object the one elected.)
        let active = tokens.iter().any(|t| matches!(t.lower.as_str(), "сайлады" | "сайлап"));
        let passive = tokens.iter().any(|t| t.lower.starts_with("сайлан") || joined(t));
        if !passive && !active {
            return;
        }
        let body = tokens.iter().position(|t| {
            // ("Бюро мүшелігіне": to its membership.)
            !t.quoted
                && is_dative(&t.lower)
                && (t.lower.starts_with("бюро")
                    || t.lower.starts_with("кеңесі")
                    || t.lower == "кеңеске"
                    || t.lower.starts_with("құрамы")
                    || t.lower.starts_with("мүшелігі"))
        });
        // "Саяси кеңесінің құрамы жаңартылды. Жаңа мүшелер қатарына X мен Y
        // сайланды.": the ranks of the body the sentence before renewed.
        let ranks = (1..tokens.len()).find(|&k| tokens[k].lower == "қатарына" && tokens[k - 1].lower.starts_with("мүшелер"));
        let renewed = |this: &Self| {
            let prev = &this.sents.get(s.checked_sub(1)?)?.tokens;
            let k = (1..prev.len()).find(|&k| prev[k].lower.starts_with("кеңес") && prev[k - 1].lower == "саяси" && is_genitive(&prev[k].lower))?;
            prev[k + 1..].iter().any(|t| t.lower.starts_with("құрамы")).then_some(k)
        };
        if let (None, Some(_), Some(k), false) = (body, ranks, renewed(self), post_elected) {
            let Some(org) = self.body_owner(s - 1, k) else { return };
            for m in self.mentions[s].clone().iter().filter(|m| m.case == Case::Nominative) {
                self.record_elected(s, m.person, Role::PoliticalCouncilMember, org.clone());
            }
            return;
        }
        // "Бюросының 11 мүшесі сайланды, олардың қатарында X пен Y бар":
        // the members counted, then some of them named.
        let counted = (1..tokens.len()).find(|&k| {
            tokens[k].lower == "мүшесі"
                && tokens[k - 1].kind == segment::TokenKind::Number
                && k >= 2
                && is_genitive(&tokens[k - 2].lower)
                && starts(&tokens[k - 2], &["бюро", "кеңес"])
        });
        let among = counted.and_then(|_| (1..tokens.len()).find(|&k| tokens[k - 1].lower == "олардың" && starts(&tokens[k], &["арасында", "қатарында"])));
        let (body, among) = match (body, counted, among) {
            (None, Some(k), Some(j)) => (Some(k - 2), Some(j)),
            _ => (body, None),
        };
        let Some(b) = body else { return };
        let role = if tokens[..=b].iter().any(|t| t.lower.starts_with("бюро")) {
            Role::BureauMember
        } else if tokens[..=b].iter().any(|t| t.lower.starts_with("саяси")) {
            Role::PoliticalCouncilMember
        } else {
            return;
        };
        let Some(org) = self.body_owner(s, b) else { return };
        let nominative = |x: usize| self.mentions[x].iter().filter(|m| m.case == Case::Nominative).map(|m| m.person).collect::<Vec<_>>();
        let objects: Vec<usize> = self.mentions[s].iter().filter(|m| m.case == Case::Accusative && m.end <= b).map(|m| m.person).collect();
        // (Active with no one named as its object: whoever is named chose.)
        if !passive && objects.is_empty() {
            return;
        }
        let mut persons = if active && !objects.is_empty() {
            objects
        } else if let Some(j) = among {
            self.mentions[s].iter().filter(|m| m.case == Case::Nominative && m.first > j).map(|m| m.person).collect()
        } else if post_elected {
            self.mentions[s].iter().filter(|m| m.case == Case::Nominative && m.first > b).map(|m| m.person).collect()
        } else {
            nominative(s)
        };
        let mut at = s;
        // "... құрамына 39 адам сайланды. Олардың арасында X, Y бар.": those named next.
        if persons.is_empty() && self.sents.get(s + 1).is_some_and(|x| lists_among_them(&x.tokens)) {
            persons = nominative(s + 1);
            at = s + 1;
        }
        for p in persons {
            self.record_elected(at, p, role, org.clone());
        }
    }

    /// "Саяси кеңестің 31 адамнан тұратын жаңа құрамы сайланды / құрамын
    /// бекітті / құрамы толықтырылды." then "Оның құрамына / қатарына X, Y
    /// сайланды", "Оның қатарында X, Y бар", "Жаңа құрамға X, Y енді": the
    /// members of the body the sentence before composed, named.
    fn council_composition(&mut self, s: usize) {
        let Some(prev) = s.checked_sub(1) else { return };
        let tokens = &self.sents[s].tokens;
        let words: Vec<&str> = tokens.iter().filter(|t| t.is_word()).take(2).map(|t| t.lower.as_str()).collect();
        let opens = match words.as_slice() {
            ["оның", w] => matches!(*w, "құрамына" | "қатарына" | "қатарында" | "арасында"),
            ["жаңа", w] => matches!(*w, "құрамға" | "құрамына"),
            [w, ..] => *w == "құрамына",
            _ => false,
        };
        let chosen = tokens.iter().any(|t| starts(t, &["сайлан", "енді", "кірді", "енгізілді"]) || t.lower == "бар");
        if !opens || !chosen {
            return;
        }
        let before = &self.sents[prev].tokens;
        let composed = before.iter().any(|t| t.lower.starts_with("құрам"))
            && before.iter().any(|t| starts(t, &["сайлан", "сайлад", "бекіт", "толықтыр", "жаңарт", "жасақта"]));
        if !composed {
            return;
        }
        // The body: the bureau, or the political council ("Саяси кеңестің").
        let bureau = before.iter().position(|t| !t.quoted && t.lower.starts_with("бюро"));
        let council = (1..before.len()).find(|&k| !before[k].quoted && before[k].lower.starts_with("кеңес") && before[k - 1].lower == "саяси");
        let (k, role) = match (bureau, council) {
            (Some(k), _) => (k, Role::BureauMember),
            (None, Some(k)) => (k, Role::PoliticalCouncilMember),
            _ => return,
        };
        let Some(org) = self.body_owner(prev, k) else { return };
        let members: Vec<usize> = self.mentions[s].iter().filter(|m| m.case == Case::Nominative).map(|m| m.person).collect();
        for p in members {
            self.record_elected(s, p, role, org.clone());
        }
    }

    /// A body's new members listed: after a header ("Бюро құрамына мына
    /// партия мүшелері сайланды:", "Кеңеске алғаш рет сайланғандар:", or
    /// "Оған:" after "Бюро құрамы бекітілді"), lines of "– Name – title;";
    /// or "Оған X (аудан әкімі), Y (...) кірді." after a sentence that
    /// chose the body. Each one named is elected to it.
    fn body_list(&mut self, s: usize) {
        let tokens = &self.sents[s].tokens;
        let chose = |t: &Token| starts(t, &["сайлан", "сайлад", "бекіт", "енгіз", "кірді", "енді"]);
        // ("Саяси кеңес бюросын": the bureau, named after its council.)
        let body_in = |toks: &[Token]| {
            let bureau = toks.iter().position(|t| !t.quoted && t.lower.starts_with("бюро")).map(|k| (k, Role::BureauMember));
            bureau.or_else(|| {
                (1..toks.len())
                    .find(|&k| !toks[k].quoted && singular_of(&toks[k].lower, "кеңес") && toks[k - 1].lower == "саяси")
                    .map(|k| (k, Role::PoliticalCouncilMember))
            })
        };
        let Some(first) = tokens.iter().position(|t| t.is_word()) else { return };
        let to_it = tokens[first].lower == "оған";
        let header = tokens.last().is_some_and(|t| t.is(":"));
        let words = tokens.iter().filter(|t| t.is_word()).count();
        // The body: this sentence's ("Бюро құрамына ...:"; a bare
        // "Кеңеске" is the political council the sentence before named),
        // or for "Оған", the one the sentence before chose.
        let prev = s.checked_sub(1).map(|p| (p, &self.sents[p].tokens));
        let prev_body = prev.and_then(|(p, toks)| body_in(toks).filter(|_| toks.iter().any(chose)).map(|(k, r)| (p, k, r)));
        let body = if to_it {
            prev_body
        } else if header && tokens.iter().any(chose) {
            body_in(tokens).map(|(k, r)| (s, k, r)).or_else(|| {
                let bare = tokens.iter().any(|t| t.lower == "кеңеске" || t.lower.starts_with("кеңес құрам"));
                prev_body.filter(|&(_, _, r)| bare && r == Role::PoliticalCouncilMember)
            })
        } else {
            None
        };
        let Some((at, k, role)) = body else { return };
        let Some(org) = self.body_owner(at, k) else { return };
        let mut chosen = Vec::new();
        if to_it && !header {
            // "Оған X (аудан әкімі), Y ... кірді": one sentence.
            if words > 2 && tokens.iter().skip(first + 1).any(chose) {
                chosen.extend(self.mentions[s].iter().filter(|m| m.case == Case::Nominative).map(|m| (s, m.person)));
            }
        } else if header {
            for item in s + 1..self.sents.len() {
                let toks = &self.sents[item].tokens;
                let dash = |t: &Token| matches!(t.text.as_str(), "–" | "—" | "-");
                let lead = toks.iter().take_while(|t| t.kind == segment::TokenKind::Punct && !t.is(";")).count();
                // A list line: a name in the nominative at its start (or
                // after a semicolon), a dash or a bracket after it.
                let items: Vec<usize> = self.mentions[item]
                    .iter()
                    .filter(|m| m.case == Case::Nominative && (m.first == lead || (m.first > 0 && toks[m.first - 1].is(";"))))
                    .filter(|m| toks.get(m.end).is_some_and(|t| dash(t) || t.is("(")))
                    .map(|m| m.person)
                    .collect();
                if items.is_empty() {
                    break;
                }
                chosen.extend(items.into_iter().map(|p| (item, p)));
            }
        }
        for (item, p) in chosen {
            self.record_elected(item, p, role, org.clone());
        }
    }

    /// "Келесі депутаттарға мандат берілді:" and a list of "Name – titles"
    /// lines after it: each of them is a new deputy of the maslikhat the
    /// text named last (a session's).
    fn mandates_given(&mut self, s: usize) {
        let tokens = &self.sents[s].tokens;
        let header = tokens.last().is_some_and(|t| t.is(":"))
            && tokens.iter().any(|t| t.lower.starts_with("депутат"))
            && tokens.iter().any(|t| t.lower.starts_with("мандат"))
            && tokens.iter().any(|t| starts(t, &["берілді", "табысталды", "тапсырылды", "берілген"]));
        if !header {
            return;
        }
        let Some(org) = (s.saturating_sub(4)..=s).rev().find_map(|x| self.maslikhat_in(x)) else { return };
        for item in s + 1..self.sents.len() {
            let toks = &self.sents[item].tokens;
            // A list line: an optional bullet, a name in the nominative, a dash.
            let lead = toks.iter().take_while(|t| t.kind == segment::TokenKind::Punct && !matches!(t.text.as_str(), "–" | "—" | "-")).count();
            let Some(m) = self.mentions[item].iter().find(|m| m.first == lead && m.case == Case::Nominative).cloned() else { break };
            if !toks.get(m.end).is_some_and(|t| matches!(t.text.as_str(), "–" | "—" | "-")) {
                break;
            }
            self.record_elected(item, m.person, Role::Deputy, org.clone());
        }
    }

    /// "X саяси кеңесі құрамынан шығарылды", "кеңесінің құрамынан X-ті
    /// шығару және олардың орнына ... енгізу ұсынылады: Y, Z" (when done, or
    /// approved in the next sentence): X leaves the body, Y and Z join it.
    fn council_changes(&mut self, s: usize) {
        let tokens = self.sents[s].tokens.clone();
        let Some(out_from) = tokens.iter().position(|t| t.lower.starts_with("құрамынан")) else { return };
        // "Саяси кеңестің құрамынан шыққан ардагерлер X пен Y-ға ...": those
        // who left, named after the participle.
        if tokens.get(out_from + 1).is_some_and(|t| matches!(t.lower.as_str(), "шыққан" | "шығарылған")) && out_from > 0 {
            let Some((role, org)) = self.council_of(s, out_from - 1) else { return };
            let mut chain = self.mentions[s].iter().filter(|m| m.first > out_from + 1).peekable();
            let mut left = Vec::new();
            while let Some(m) = chain.next() {
                left.push(m.person);
                let joined = tokens.get(m.end).is_some_and(|t| t.is(",") || matches!(t.lower.as_str(), "пен" | "мен" | "бен" | "және"));
                if !joined {
                    break;
                }
            }
            for p in left {
                self.make_former(s, p, role, &org);
            }
            return;
        }
        let removal = tokens.iter().position(|t| t.lower.starts_with("шығар"));
        let addition = tokens.iter().position(|t| t.lower.starts_with("енгіз"));
        let Some(removal) = removal.filter(|&r| r > out_from) else { return };
        // Done ("шығарылды"), or proposed and then approved.
        let done = tokens[removal].lower.starts_with("шығарылды") || tokens[removal].lower.starts_with("шығарылған");
        let proposed = tokens.iter().any(|t| t.lower.starts_with("ұсыныл"));
        let approved = proposed
            && self.sents.get(s + 1).is_some_and(|n| n.tokens.iter().any(|t| starts(t, &["қолдады", "мақұлдады", "мақұлданды", "бекітті", "бекітілді"])));
        if !(done || approved) || out_from == 0 {
            return;
        }
        let Some(body) = self.council_of(s, out_from - 1) else { return };
        let mut bodies = vec![body];
        // "Саяси кеңесі мен оның Бюросының құрамынан": both bodies.
        let mut k = out_from - 1;
        if k > 0 && tokens[k - 1].lower == "оның" {
            k -= 1;
        }
        if k >= 2 && matches!(tokens[k - 1].lower.as_str(), "мен" | "бен" | "пен" | "және") {
            bodies.extend(self.council_of(s, k - 2).filter(|b| b.0 != bodies[0].0));
        }
        // "... құрамынан мына азаматтар шығарылды: X; Y; Z.": listed after.
        let listed_after = tokens[removal..].iter().position(|t| t.is(":")).map(|c| removal + c);
        let mentions = self.mentions[s].clone();
        for (role, org) in bodies {
            for m in &mentions {
                let joins = addition.is_some_and(|a| a > removal && m.first > a);
                if joins {
                    self.record_elected(s, m.person, role, org.clone());
                } else if (m.end <= removal && matches!(m.case, Case::Nominative | Case::Accusative))
                    || listed_after.is_some_and(|c| m.first > c && m.case == Case::Nominative)
                {
                    self.make_former(s, m.person, role, &org);
                }
            }
        }
    }

    /// The body a word at `body` names, and its branch: "Бюро", "Саяси
    /// кеңес"; a bare "кеңес" in a sentence that names the political council
    /// ("Саяси кеңес мүшесі болған X ... кеңес құрамынан шығарылды").
    fn council_of(&self, s: usize, body: usize) -> Option<(Role, String)> {
        let tokens = &self.sents[s].tokens;
        let role = if starts(&tokens[body], &["бюро"]) {
            Role::BureauMember
        } else if starts(&tokens[body], &["кеңес"])
            && ((body > 0 && tokens[body - 1].lower.starts_with("саяси")) || tokens.iter().any(|t| t.lower == "саяси"))
        {
            Role::PoliticalCouncilMember
        } else {
            return None;
        };
        Some((role, self.body_owner(s, body)?))
    }

    /// "X ... өкілеттігін тоқтатты / қызметінен босатылды / құрамынан шықты":
    /// the offices the text gave X before are former now.
    fn leavings(&mut self, s: usize) {
        let tokens = &self.sents[s].tokens;
        let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
        // The leaving's verb, and the "өкілеттігін" before it when it is
        // powers that ended ("өкілеттігін мерзімінен бұрын тоқтатқан": before
        // its term, between).
        let leaving = (0..tokens.len()).find_map(|k| {
            let (w, next) = (word(k), word(k + 1));
            if w.starts_with("өкілеттіг") {
                let v = if next == "мерзімінен" && word(k + 2) == "бұрын" { k + 3 } else { k + 1 };
                return word(v).starts_with("тоқтат").then_some((v, Some(k)));
            }
            let left = (w.starts_with("құрамынан") && next.starts_with("шық"))
                || (w.starts_with("қызметінен") && (next.starts_with("босат") || next.starts_with("кет")));
            left.then_some((k + 1, None))
        });
        let leaving = leaving.or_else(|| tokens.iter().position(|t| t.lower.starts_with("босатылды")).map(|v| (v, None)));
        let Some((verb, powers)) = leaving else { return };
        // "X делегаттарға бұрынғы төраға Y ... өкілеттігін тоқтатқанын
        // хабарлады": a leaving reported by a speaker is the leaver's nearest
        // before it, not the speaker's.
        let nominative = self.mentions[s].iter().filter(|m| m.case == Case::Nominative);
        // ("Депутаттар X-тың өкілеттігін мерзімінен бұрын тоқтату туралы
        // шешім қабылдады": whose powers, in the genitive before them.)
        let whose = powers.and_then(|p| self.mentions[s].iter().find(|m| m.end == p && m.case == Case::Genitive)).cloned();
        let m = if let Some(w) = whose.as_ref() {
            Some(w)
        } else if is_reported_verb(&tokens[verb].lower) {
            nominative.filter(|m| m.end <= verb).last()
        } else {
            nominative.min_by_key(|m| m.first)
        };
        let Some(m) = m.cloned() else { return };
        // "X ... депутаттық өкілеттігін мерзімінен бұрын тоқтатқан": was a
        // deputy of the assembly the text is about, until now.
        let deputys = powers.is_some_and(|p| p >= 1 && tokens[p - 1].lower == "депутаттық");
        if let Some(org) = deputys.then(|| self.faction_home(s).or_else(|| self.named_maslikhat(s))).flatten() {
            let held_now = self.holders.get(&(Role::Deputy, org.clone())).is_some_and(|h| h.contains(&m.person));
            if !held_now {
                self.add_holds(s, m.person, Role::Deputy, &org, Status::Former);
            }
        }
        let name = self.people[m.person].canonical();
        let span = span_of(&self.sents[s]);
        let current: Vec<Fact> = self
            .holds_of
            .get(&name)
            .map(|fs| {
                fs.iter()
                    .filter(|f| matches!(f, Fact::Holds { status: Status::Current, .. }))
                    // (The genitive's own title too: "хатшысы X-тың өкілеттігін".)
                    .filter(|f| whose.is_some() || self.facts.get(*f).is_some_and(|sp| *sp != span))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        for f in current {
            if let Fact::Holds { name, role, org, .. } = f.clone() {
                let elected_here = self.facts.contains_key(&Fact::Elected { name: name.clone(), role, org: org.clone() });
                if elected_here {
                    continue;
                }
                let span = self.facts.remove(&f).unwrap_or(span);
                self.facts.entry(Fact::Holds { name, role, org, status: Status::Former }).or_insert(span);
            }
        }
    }

    /// "кандидатурасы ұсынылып, ... мақұлданды / қолдау тапты / қолдады".
    fn candidacy_approved(&self, s: usize) -> bool {
        let tokens = &self.sents[s].tokens;
        tokens.iter().any(|t| t.lower.starts_with("кандидатура"))
            && tokens.iter().any(|t| {
                starts(t, &["мақұлдан", "қолдады", "қолдау", "қолдауына", "бекітілді", "сайланды", "бірауыздан"])
            })
    }

    // ----- who did what at which event ---------------------------------------

    fn find_participants(&mut self) {
        let mut last_subject: Option<usize> = None;
        // The people the last list of two or more names named ("X, Y, Z ...
        // болды"), whom "Олар" or "Депутаттар" opening a later sentence means.
        let mut last_group: Vec<usize> = Vec::new();
        // The visitors of each visit, as they are found.
        let mut visitors_of: HashMap<usize, BTreeSet<usize>> = HashMap::new();
        for s in 0..self.sents.len() {
            let group_before = std::mem::take(&mut last_group);
            let named = |m: &&Mention| m.case == Case::Nominative && !self.sents[s].tokens[m.first].quoted;
            last_group = match self.mentions[s].iter().filter(named).count() {
                0 => group_before.clone(),
                1 => Vec::new(),
                _ => self.mentions[s].iter().filter(named).map(|m| m.person).collect(),
            };
            let Some(e) = self.current[s] else {
                last_subject = self.mentions[s].iter().rev().find(|m| m.case == Case::Nominative).map(|m| m.person).or(last_subject);
                continue;
            };
            let key = self.events[e].key.clone();
            let visit = key.kind == EventKind::Visit;
            let tokens = self.sents[s].tokens.clone();
            // In direct speech only the attribution counts.
            let from = if self.sents[s].speech { attribution_start(&tokens) } else { 0 };
            let active = |k: usize| k >= from && !tokens[k].quoted;

            // Subjects: nominative names, pronouns, and titles standing for their holders.
            let mut subjects: Vec<(usize, usize, usize)> = Vec::new(); // (first, end, person)
            for m in &self.mentions[s] {
                if m.case == Case::Nominative && active(m.first) {
                    subjects.push((m.first, m.end, m.person));
                }
            }
            for k in 0..tokens.len() {
                if !active(k) {
                    continue;
                }
                if is_subject_pronoun(&tokens, k) {
                    if let Some(p) = last_subject {
                        subjects.push((k, k + 1, p));
                    }
                } else if (k == from || (k == from + 1 && from > 0 && tokens[from].lower == "деді"))
                    && matches!(tokens[k].lower.as_str(), "спикер" | "депутат" | "сенатор" | "мәжілісмен")
                    && self.mention_at(s, k + 1).is_none()
                {
                    // "Спикер ... тоқталды", "Депутат ... айтты" opening a sentence:
                    // the one just named (a deputy, for "Депутат").
                    let deputy = |p: usize| {
                        self.holds_of.get(&self.people[p].canonical()).is_some_and(|hs| {
                            hs.iter().any(|h| matches!(h, Fact::Holds { role: Role::Deputy | Role::FactionLeader, .. }))
                        })
                    };
                    // "Сенатор ... атап өтті": the one senator of the article.
                    let chamber = match tokens[k].lower.as_str() {
                        "сенатор" => Some("parliament/Сенат"),
                        "мәжілісмен" => Some("parliament/Мәжіліс"),
                        _ => None,
                    };
                    let member_of = |c: &str| {
                        let mut ps = (0..self.people.len()).filter(|&p| {
                            self.holds_of.get(&self.people[p].canonical()).is_some_and(|hs| {
                                hs.iter().any(|h| matches!(h, Fact::Holds { role: Role::Deputy, org, .. } if org == c))
                            })
                        });
                        let one = ps.next();
                        one.filter(|_| ps.next().is_none())
                    };
                    // ("– деді депутат." at a gathering of the trip: the
                    // visiting deputy, when one deputy is visiting.)
                    let visiting_deputy = || {
                        let v = self.latest_event(EventKind::Visit)?;
                        let mut ds = visitors_of.get(&v)?.iter().copied().filter(|&p| deputy(p));
                        let one = ds.next();
                        one.filter(|_| ds.next().is_none())
                    };
                    if let Some(p) = chamber.and_then(member_of) {
                        subjects.push((k, k + 1, p));
                    } else if let Some(p) = last_subject.filter(|&p| tokens[k].lower == "спикер" || deputy(p)) {
                        subjects.push((k, k + 1, p));
                    } else if let Some(p) = visiting_deputy().filter(|_| tokens[k].lower == "депутат") {
                        subjects.push((k, k + 1, p));
                    }
                } else if let Some(p) = self.title_reference(s, k) {
                    let first = orgs::title_start(&tokens, k, &|i| self.mention_at(s, i).is_some());
                    if !subjects.iter().any(|(a, b, _)| *a <= k && k < *b) {
                        subjects.push((first, k + 1, p));
                    }
                }
            }
            // "Олар", "Депутаттар", "Халық қалаулылары" opening a sentence with
            // no name of its own: everyone the last list named.
            if subjects.is_empty() && group_before.len() >= 2 && from < tokens.len() {
                let w = tokens[from].lower.as_str();
                let (head, len) = match w {
                    "олар" | "депутаттар" | "мәжілісмендер" | "сенаторлар" | "қонақтар" => (true, 1),
                    "халық" => (tokens.get(from + 1).is_some_and(|n| n.lower.starts_with("қалаулылар")), 2),
                    _ => (false, 0),
                };
                if head {
                    for &p in &group_before {
                        subjects.push((from, from + len, p));
                    }
                }
            }
            // A post about the writer's own trip ("Бұл туралы X парақшасында
            // жазды. «... сапарымыз ... жалғасын тапты», – деп жазды"): the
            // writer named before is its subject.
            let own_trip = visit && tokens.iter().any(|t| t.quoted && t.lower.starts_with("сапарым"));
            // "Сапар X мектеп-лицейінен басталды": a stop of a round of
            // primary organisations that names no one is the one going round.
            let round_stop = visit && self.events[e].sentence == s && self.events[e].key.org.starts_with("AMANAT/primary/");
            if (own_trip || round_stop) && subjects.is_empty() {
                // (The one going round is who the round's first sentence
                // names, whoever the sentence before spoke of.)
                let officer = || {
                    let x = self.first_round.get().copied().flatten()?;
                    self.mentions[x].iter().find(|m| m.case == Case::Nominative).map(|m| m.person)
                };
                if let Some(p) = round_stop.then(officer).flatten().or(last_subject) {
                    subjects.push((from, from, p));
                }
            }
            subjects.sort();
            subjects.dedup();

            let visit_here = visit && self.events[e].sentence == s;
            let visitors: BTreeSet<usize> = visitors_of.get(&e).cloned().unwrap_or_default();
            // The visitor as an object: "оны", "қонақты", a title or name in the
            // accusative; not "партия қатарына қабылдады", "шешім қабылдады".
            let received_visitor = visit
                && !tokens.iter().any(|t| starts(t, &["қатарына", "мүшелікке", "шешім", "қаулы", "қарар", "мәлімдеме", "үндеу"]))
                && (tokens.iter().enumerate().any(|(i, t)| {
                    active(i)
                        && (matches!(t.lower.as_str(), "оны" | "оларды") || t.lower.starts_with("қонақт")
                            || (orgs::role_word(&t.lower).is_some() && (t.lower.ends_with("сын") || t.lower.ends_with("сін"))))
                })
                    || self.mentions[s].iter().any(|m| m.case == Case::Accusative && visitors.contains(&m.person)));
            // The visitor as the one told: "оған", a singular title or the name in the dative.
            let to_visitor = visit
                && !visitors.is_empty()
                && (tokens.iter().enumerate().any(|(i, t)| {
                    active(i) && (t.lower == "оған" || (orgs::role_word(&t.lower).is_some() && is_dative_role(&t.lower) && !is_genitive(&t.lower)))
                }) || self.mentions[s].iter().any(|m| m.case == Case::Dative && visitors.contains(&m.person)));
            let attending = attendance_context(&tokens) || bare_attendance(&tokens);
            let mut roles: Vec<(usize, EventRole)> = Vec::new();
            let mut extra: Vec<(usize, EventRole, EventKey)> = Vec::new();
            // A paragraph of direct speech with no attribution, right after a
            // sentence about someone ("X ... табыстады.\n– Құрметті ..."): theirs.
            // A caption line "Name, title:" opens the paragraph of speech
            // after it, with or without a dash.
            let after_caption = s > 0
                && self.sents[s - 1].tokens.last().is_some_and(|t| t.is(":"))
                && self.mentions[s - 1].first().is_some_and(|m| m.first == 0 && m.case == Case::Nominative);
            let unattributed = ((self.sents[s].speech && from == tokens.len()) || after_caption)
                && s > 0
                && !self.sents[s - 1].speech
                && self.sents[s - 1].paragraph != self.sents[s].paragraph
                && self.mentions[s - 1].iter().any(|m| m.case == Case::Nominative && Some(m.person) == last_subject);
            if let (true, Some(p)) = (unattributed, last_subject) {
                roles.push((p, EventRole::Speaker));
            }
            // Group subjects with no verb between them: they share the verbs.
            let mut groups: Vec<Vec<(usize, usize, usize)>> = Vec::new();
            for subj in &subjects {
                let join = groups.last().is_some_and(|g| {
                    let prev_end = g.last().map(|x| x.1).unwrap_or(0);
                    !(prev_end..subj.0).any(|k| is_verb(&tokens, k))
                });
                if join {
                    groups.last_mut().unwrap().push(*subj);
                } else {
                    groups.push(vec![*subj]);
                }
            }
            for (g, group) in groups.iter().enumerate() {
                let start = group.last().map(|x| x.1).unwrap_or(0);
                let end = groups.get(g + 1).map(|n| n[0].0).unwrap_or(tokens.len());
                let before_from = if g == 0 { from } else { groups[g - 1].last().map(|x| x.1).unwrap_or(from) };
                let before = before_from..group[0].0;
                let window: Vec<usize> = (start..end).filter(|&k| active(k)).collect();
                // Participles before the subject ("сөйлеген X"), and the word that
                // heads a participle's phrase ("сөз алған X", "атап өткен X").
                let pre: Vec<usize> = before
                    .filter(|&k| active(k) && (is_participle(&tokens[k]) || tokens.get(k + 1).is_some_and(is_participle)))
                    .collect();
                // "– деді «AMANAT» партиясы ... төрағасы X": the verb, then X's titles, then X.
                let before_titles = self
                    .mentions[s]
                    .iter()
                    .find(|m| m.first == group[0].0)
                    .map(|m| self.title_chain(s, m).last().map(|t| t.first).unwrap_or(m.first))
                    .unwrap_or(group[0].0);
                // "– деп атап өтті X", "– деп сөзін түйіндеді X": a speech phrase
                // of up to three words right before the titles.
                let said_before = |at: usize| {
                    (at.saturating_sub(3).max(from)..at).rev().take_while(|&j| tokens[j].is_word() && self.mention_at(s, j).is_none()).any(|j| is_speech_verb(&tokens, j))
                };
                // "– деді «Жас Отан» белсендісі X.": an attribution that opens
                // with the speech verb and ends with the one name is theirs,
                // whatever describes them in between.
                let attributed = from > 0
                    && from < tokens.len()
                    && (from..tokens.len().min(from + 3)).any(|j| is_speech_verb(&tokens, j))
                    && g == 0
                    && group.len() == 1
                    && tokens[group[0].1..].iter().all(|t| !t.is_word())
                    && !self.mentions[s].iter().any(|m| m.first >= from && m.first < group[0].0);
                let post_verbal = attributed || said_before(before_titles) || said_before(group[0].0);
                let mut found = Vec::new();
                for &k in window.iter().chain(pre.iter()) {
                    if is_speech_verb(&tokens, k) {
                        found.push(EventRole::Speaker);
                    }
                    // "қатысты", "қатысып", not the nouns "қатысуы", "қатысушылар".
                    // ("праймеризге қатысқан үміткерлермен": a participle describing others.)
                    let describes_next = || {
                        is_participle(&tokens[k]) && tokens.get(k + 1).is_some_and(|n| n.is_word() && !starts(n, &["бол", "еді", "екен"]))
                    };
                    // ("... X қатысады деп күтілуде": will attend, not attended.)
                    let will = matches!(tokens[k].lower.as_str(), "қатысады" | "қатыспақ" | "қатысатын" | "қатысатыны");
                    if attending && tokens[k].lower.starts_with("қатыс") && !tokens[k].lower.starts_with("қатысу") && !describes_next() && !will {
                        found.push(EventRole::Guest);
                    }
                    // "Жиынға X арнайы шақырылды": invited to attend.
                    if attending && tokens[k].lower.starts_with("шақырыл") && !tokens[k].lower.starts_with("шақырылу") {
                        found.push(EventRole::Guest);
                    }
                    if tokens[k].lower == "арнайы" && tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("кел")) {
                        found.push(EventRole::Guest);
                    }
                    if tokens[k].lower.starts_with("төрағалық") && tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("ет")) {
                        found.push(EventRole::Chair);
                        // "X төрағалық еткен қабылдауға Y қатысты": the
                        // participle closes X's clause; what follows is Y's.
                        if tokens.get(k + 1).is_some_and(|n| n.lower == "еткен") && tokens.get(k + 2).is_some_and(|n| event_noun(&n.lower).is_some() || self.party_activity(s, k + 2)) {
                            break;
                        }
                    }
                    // "конференцияны жүргізді", not the passive "жұмыс жүргізілгенін".
                    if tokens[k].lower.starts_with("модератор")
                        || (tokens[k].lower.starts_with("жүргіз") && !tokens[k].lower.starts_with("жүргізіл") && moderated_object(&tokens))
                    {
                        found.push(EventRole::Moderator);
                    }
                    if visit && matches!(tokens[k].lower.as_str(), "қарсы" | "күтіп") && tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("ал")) {
                        found.push(EventRole::Host);
                    }
                    // "Оны аудан әкімі X қабылдады": received the visitor.
                    if visit && received_visitor && tokens[k].lower.starts_with("қабылда") && finite_or_converb(&tokens[k]) {
                        found.push(EventRole::Host);
                    }
                }
                if post_verbal {
                    found.push(EventRole::Speaker);
                }
                // "Аудан әкімі X облыстық филиал төрағасына / оған ... баяндады":
                // one who told the visitor something met them.
                // "Аудандағы жұмыстар жөнінде әкім орынбасары X баяндады": on a
                // visit, one who reported (to the visitors) received them.
                let reported = || window.iter().any(|&k| starts(&tokens[k], &["баяндады", "баяндап", "таныстырды", "таныстырып"]));
                if visit
                    && (to_visitor || (!visitors.is_empty() && reported()))
                    && found.contains(&EventRole::Speaker)
                    && !group.iter().any(|x| visitors.contains(&x.2))
                {
                    found.push(EventRole::Host);
                }
                // A seat in the presidium: "төралқасында X, Y отырды",
                // "төралқасына / төралқа құрамына X, Y сайланды".
                // ("... төралқа сайланды. Оның құрамына X, Y енді.": its members, the sentence after.)
                let its_members = || {
                    tokens.iter().take(3).any(|t| t.lower == "құрамына")
                        && s > 0
                        && self.sents[s - 1].tokens.iter().any(|t| starts(t, &["төралқа", "президиум"]))
                };
                let presidium = tokens.iter().any(|t| starts(t, &["төралқа", "президиум"])) || its_members();
                // ("төралқасында X, Y болды": were in it.)
                let in_presidium = tokens.iter().any(|t| starts(t, &["төралқасында", "президиумында", "төралқада", "президиумда"]));
                let seated = window.iter().any(|&k| {
                    starts(&tokens[k], &["отыр", "жайғас", "сайланды", "сайланып", "енгізілді", "енді", "кірді"])
                        || (in_presidium && tokens[k].lower == "болды")
                        || (tokens[k].lower == "орын" && tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("ал")))
                });
                if presidium && seated {
                    found.push(EventRole::Chair);
                }
                // (Not those who met the visitors where they came: "Жаңаөзенде
                // қонақтарды X қарсы алды".)
                if visit_here && g == 0 && !found.contains(&EventRole::Host) {
                    found.push(EventRole::Visitor);
                }
                for (_, _, p) in group {
                    for r in &found {
                        roles.push((*p, *r));
                    }
                }
            }
            // "A, B қатысқан конференцияда": those listed before the
            // participle attended the event it describes.
            for k in 0..tokens.len() {
                // ("... қатысқан үміткерлермен кездесу": the participle is the
                // candidates', the event after them theirs.)
                let described = || tokens[k + 1..].iter().take(3).take_while(|n| !instrumental(n)).any(|n| event_noun(&n.lower).is_some());
                if active(k) && tokens[k].lower == "қатысқан" && described() {
                    for m in self.listed_before(s, k, false) {
                        roles.push((m.person, EventRole::Guest));
                    }
                }
            }
            // "Визитёр X Y-мен, Z-пен бірге ... кездесті": those who came along
            // with a visitor of this visit are visitors too.
            if visit {
                if let Some(b) = (0..tokens.len()).find(|&k| active(k) && tokens[k].lower == "бірге") {
                    let led = self.mentions[s].iter().any(|m| m.first < b && m.case == Case::Nominative && visitors.contains(&m.person));
                    if led {
                        for m in self.mentions[s].iter().filter(|m| m.end <= b && m.case == Case::Instrumental) {
                            roles.push((m.person, EventRole::Visitor));
                        }
                    }
                }
            }
            // "Конференцияның модераторы – X": the event's moderator, named after.
            // "Оның модераторы X болды": the event's, said by a pronoun.
            for k in 1..tokens.len() {
                if active(k)
                    && matches!(tokens[k].lower.as_str(), "модераторы" | "жүргізушісі")
                    && is_genitive(&tokens[k - 1].lower)
                    && (event_noun(&tokens[k - 1].lower).is_some() || matches!(tokens[k - 1].lower.as_str(), "оның" | "жиынның" | "шараның" | "іс-шараның"))
                {
                    if let Some(m) = self.mentions[s].iter().find(|m| m.first > k && m.case == Case::Nominative) {
                        let between = &tokens[k + 1..m.first];
                        if between.len() <= 12 && !between.iter().any(|t| t.is(",") || t.is(".")) {
                            roles.push((m.person, EventRole::Moderator));
                        }
                    }
                }
            }
            // "Жиынға арнайы шақырылған / Конференцияға қатысқан <titles> X":
            // whatever X's case, X attended.
            let attend_participle = |t: &Token| matches!(t.lower.as_str(), "шақырылған" | "қатысқан" | "қатысып" | "шақырылып");
            if attending && tokens.iter().any(attend_participle) {
                for m in &self.mentions[s] {
                    if !active(m.first) {
                        continue;
                    }
                    let start = self.title_chain(s, m).last().map(|t| t.first).unwrap_or(m.first);
                    let mut j = start;
                    while j > 0 && tokens[j - 1].lower == "арнайы" {
                        j -= 1;
                    }
                    if j > 0 && attend_participle(&tokens[j - 1]) && active(j - 1) {
                        roles.push((m.person, EventRole::Guest));
                    }
                }
            }
            // "... өкілдері қатысты. Атап айтқанда, X, Y, Z т.б. бар": the
            // sentence after an attendance lists who attended.
            let namely = tokens.first().is_some_and(|t| t.lower == "атап") && tokens.get(1).is_some_and(|t| t.lower == "айтқанда")
                || tokens.first().is_some_and(|t| t.lower == "олардың")
                    && tokens.get(1).is_some_and(|t| starts(t, &["арасында", "қатарында"]));
            let attended_before = s > 0
                && self.current[s - 1] == Some(e)
                && self.sents[s - 1].tokens.iter().any(|t| matches!(t.lower.as_str(), "қатысты" | "қатысып" | "шақырылды"));
            // "Қонақтар арасында X және Y болды": among the guests.
            // ("Талқылауға арнайы шақырылғандар қатарында X, Y болды": among
            // those invited, who came; "делегаттардың арасында X бар": among
            // the delegates.)
            let among_guests = tokens
                .windows(2)
                .any(|w| starts(&w[0], &["қонақтар", "шақырылғандар", "делегаттар"]) && matches!(w[1].lower.as_str(), "арасында" | "қатарында"))
                && tokens.iter().any(|t| matches!(t.lower.as_str(), "болды" | "бар" | "жүрді"));
            if among_guests || (namely && attended_before) {
                for m in &self.mentions[s] {
                    if active(m.first) {
                        roles.push((m.person, EventRole::Guest));
                    }
                }
            }
            // "Кеңеске ... қатысты: X облысынан – Y, ...": those listed attended.
            if attending {
                for p in self.attendance_list(s).0 {
                    roles.push((p, EventRole::Guest));
                }
            }
            // "A, B және C-ның қатысуымен": all of the list attended.
            for k in 0..tokens.len() {
                if !active(k) || !matches!(tokens[k].lower.as_str(), "қатысуымен" | "қатысумен") {
                    continue;
                }
                for m in self.listed_before(s, k, false) {
                    roles.push((m.person, EventRole::Guest));
                }
            }
            // A debate at the event: those who debate speak ("дебатқа
            // қатысқан үміткерлер ... Үміткер X ..., Y ..."), named in the
            // sentence that mentions it or in the next, about the candidates.
            let debate_here = tokens.iter().any(|t| t.lower.starts_with("дебат"));
            let debate_before = s > 0
                && self.current[s - 1] == Some(e)
                && self.sents[s - 1].tokens.iter().any(|t| t.lower.starts_with("дебат"))
                && tokens.iter().any(|t| t.lower.starts_with("үміткер"));
            if debate_here || debate_before {
                for m in &self.mentions[s] {
                    if active(m.first) && m.case == Case::Nominative {
                        roles.push((m.person, EventRole::Speaker));
                    }
                }
            }
            // "X пен Y-тің төрағалығымен": both chaired.
            for k in 0..tokens.len() {
                if active(k) && chaired_at(&tokens, k) {
                    for m in self.listed_before(s, k, true) {
                        roles.push((m.person, EventRole::Chair));
                    }
                }
            }
            // Genitive and instrumental patterns.
            for m in &self.mentions[s] {
                if !active(m.first) {
                    continue;
                }
                let next = tokens.get(m.end).map(|t| t.lower.as_str()).unwrap_or("");
                // "жиынның спикері X": the gathering's speaker, whatever else
                // the sentence goes on to name.
                if m.first >= 2 && tokens[m.first - 1].lower == "спикері" && is_genitive(&tokens[m.first - 2].lower) {
                    let kinds: &[EventKind] = match event_noun(&tokens[m.first - 2].lower) {
                        Some(EventNoun::Conference) => &[EventKind::Conference],
                        Some(EventNoun::Congress) => &[EventKind::Congress],
                        Some(EventNoun::Session | EventNoun::Gathering) => &[EventKind::Meeting, EventKind::CouncilSession],
                        None => &[],
                    };
                    if let Some(x) = kinds.iter().find_map(|k| self.latest_event(*k)) {
                        let event = self.events[x].key.clone();
                        extra.push((m.person, EventRole::Speaker, event));
                        continue;
                    }
                }
                if m.case == Case::Genitive && (genitive_speech(&tokens, m.end) || matches!(next, "есебі" | "есебін") || next.starts_with("баяндама")) {
                    roles.push((m.person, EventRole::Speaker));
                }
                // "X-тың төрағалығымен", also written without the genitive ending.
                if chaired_at(&tokens, m.end) {
                    roles.push((m.person, EventRole::Chair));
                }
                // "X-ке сөз берілді": X was given the floor.
                if m.case == Case::Dative
                    && next == "сөз"
                    && tokens.get(m.end + 1).is_some_and(|n| n.lower.starts_with("беріл") && finite_or_converb(n))
                {
                    roles.push((m.person, EventRole::Speaker));
                }
                if visit {
                    let met_after = |end: usize| tokens[end..].iter().take(3).any(|t| starts(t, &["кездес", "жүздес"]));
                    // "әкім X пен филиал төрағасы Y-пен кездесті": the first
                    // of two joined by "пен" is met too.
                    // ("әкім X-пен және филиал төрағасы Y-пен жүздесіп": each
                    // of those listed in the instrumental.)
                    let listed_with = m.case == Case::Instrumental && matches!(next, "және" | ",");
                    let joined = (matches!(next, "мен" | "пен" | "бен") || listed_with)
                        && self.mentions[s]
                            .iter()
                            .find(|n| n.first > m.end && n.first <= m.end + 12)
                            .is_some_and(|n| n.case == Case::Instrumental && met_after(n.end));
                    if (m.case == Case::Instrumental && met_after(m.end)) || joined {
                        roles.push((m.person, EventRole::Host));
                    }
                }
            }
            // "Бекболат Тілеу аудан әкімімен жүздесіп": an office met on a
            // trip, whose one holder the article names elsewhere, hosted it.
            if visit {
                for k in 0..tokens.len() {
                    let t = &tokens[k];
                    if !active(k) || !instrumental(t) || orgs::role_word(&t.lower).is_none() || self.mention_at(s, k + 1).is_some() {
                        continue;
                    }
                    if !tokens[k + 1..].iter().take(2).any(|n| starts(n, &["кездес", "жүздес"])) {
                        continue;
                    }
                    let first = orgs::title_start(&tokens, k, &|i| self.mention_at(s, i).is_some());
                    let Some(title) = orgs::parse_title(&tokens, first, k, &self.places[s]) else { continue };
                    let Some(org) = self.resolve(&title.org, s, first, None) else { continue };
                    if let Some(holders) = self.holders.get(&(title.role, org)).filter(|h| h.len() == 1) {
                        roles.extend(holders.iter().map(|&p| (p, EventRole::Host)));
                    }
                }
            }
            for k in 0..tokens.len() {
                if active(k) && matches!(tokens[k].lower.as_str(), "оның") {
                    if genitive_speech(&tokens, k + 1) {
                        if let Some(p) = last_subject {
                            roles.push((p, EventRole::Speaker));
                        }
                    }
                }
            }
            // On a visit to a primary organisation, its own chairman or
            // secretary taking part received the visitor.
            if visit && key.org.starts_with("AMANAT/primary/") {
                let heads = [Role::Chairman, Role::Secretary].map(|r| self.holders.get(&(r, key.org.clone())));
                let hosts: Vec<usize> = roles.iter().map(|&(p, _)| p).filter(|p| heads.iter().flatten().any(|h| h.contains(p))).collect();
                roles.extend(hosts.into_iter().filter(|p| !visitors.contains(p)).map(|p| (p, EventRole::Host)));
            }
            // At an institution: "Депутаттар / Жұмыс тобы ... ауруханасына
            // барды" are the visitors of the stop before, else those the
            // sentence before named; "аурухананың бас дәрігері X", "Мектеп
            // директоры X" is its head, who received them.
            // "Сапарға облыстық фракцияның жетекшісі X да бірге шықты",
            // "Депутатпен бірге сапарға X шықты": companions on the trip
            // are its visitors.
            // ("Сапар барысында оларды X сүйемелдеді": accompanied them.)
            let accompanied = tokens.iter().any(|t| matches!(t.lower.as_str(), "сүйемелдеді" | "сүйемелдеп"))
                && tokens.iter().any(|t| matches!(t.lower.as_str(), "оны" | "оларды" | "қонақтарды" | "делегацияны"));
            // ("Делегация құрамында X, Y және Z болды": its members.)
            let in_delegation = tokens.windows(2).any(|w| starts(&w[0], &["делегация"]) && w[1].lower == "құрамында")
                && tokens.iter().any(|t| matches!(t.lower.as_str(), "болды" | "бар" | "енді"));
            let on_trip = (tokens.iter().any(|t| starts(t, &["сапарға", "іссапарға"]))
                && tokens.iter().any(|t| matches!(t.lower.as_str(), "шықты" | "шығып" | "аттанды" | "қосылды")))
                || accompanied
                || in_delegation;
            if visit && on_trip && self.past_finite(s) {
                for m in self.mentions[s].iter().filter(|m| m.case == Case::Nominative && active(m.first)) {
                    if !roles.iter().any(|&(p, r)| p == m.person && r == EventRole::Visitor) {
                        roles.push((m.person, EventRole::Visitor));
                    }
                }
            }
            if visit && key.org.starts_with("org/") {
                if visit_here && !self.mentions[s].iter().any(|m| m.case == Case::Nominative) {
                    let before = self.events[..e].iter().rposition(|x| x.key.kind == EventKind::Visit && x.key.org.starts_with("org/"));
                    let group: Vec<usize> = match before.and_then(|b| visitors_of.get(&b)) {
                        Some(v) => v.iter().copied().collect(),
                        // (Or those a sentence before gave as the group: "Топ
                        // құрамында X мен Y болды".)
                        None => {
                            let composed = (s.saturating_sub(8)..s).rev().find(|&x| {
                                let toks = &self.sents[x].tokens;
                                toks.iter().any(|t| starts(t, &["құрамында", "құрамына"]))
                                    && toks.iter().any(|t| t.lower == "топ" || starts(t, &["тобы"]))
                                    && !self.mentions[x].is_empty()
                            });
                            composed.or(s.checked_sub(1)).map_or(Vec::new(), |x| self.mentions[x].iter().filter(|m| m.case == Case::Nominative).map(|m| m.person).collect())
                        }
                    };
                    roles.extend(group.into_iter().map(|p| (p, EventRole::Visitor)));
                }
            }
            // "аурухананың бас дәрігері X", "Мектеп директоры X": the head of
            // the institution of that kind visited, who received the visitors.
            for m in self.mentions[s].clone() {
                let Some(k) = self.institution_head_before(s, m.first).filter(|_| active(m.first)) else { continue };
                let visited = if visit && key.org.starts_with("org/") {
                    Some(key.clone())
                } else {
                    self.institution_visit_of_kind(&tokens[k].lower).map(|x| self.events[x].key.clone())
                };
                let Some(visited) = visited else { continue };
                self.add_holds(s, m.person, Role::Director, &visited.org, Status::Current);
                if visited == key {
                    if !visitors.contains(&m.person) {
                        roles.push((m.person, EventRole::Host));
                    }
                } else {
                    extra.push((m.person, EventRole::Host, visited));
                }
            }
            for &(p, role) in &roles {
                if role == EventRole::Visitor {
                    visitors_of.entry(e).or_default().insert(p);
                }
            }
            for (p, role) in roles {
                let name = self.people[p].canonical();
                self.add(Fact::Participant { name, role, event: key.clone() }, s);
            }
            for (p, role, event) in extra {
                let name = self.people[p].canonical();
                self.add(Fact::Participant { name, role, event }, s);
            }
            if let Some(last) = subjects.last() {
                last_subject = Some(last.2);
            } else if let Some(m) = self.mentions[s].iter().rev().find(|m| m.case == Case::Nominative) {
                last_subject = Some(m.person);
            }
        }
        // Events themselves.
        for (i, ev) in self.events.clone().into_iter().enumerate() {
            let attended = || self.facts.keys().any(|f| matches!(f, Fact::Participant { event, .. } if *event == ev.key));
            if self.absorbed.contains(&i) && !attended() {
                continue;
            }
            self.add(Fact::Event { event: ev.key.clone() }, ev.sentence);
            for (attr, value) in &ev.attrs {
                self.add(Fact::EventAttr { event: ev.key.clone(), attr: *attr, value: value.clone() }, ev.sentence);
            }
        }
    }

    /// A title standing for its holder as a subject ("Облыстық филиал
    /// төрағасы ... айтты"): a role word in the nominative, not followed by
    /// a name, naming an office exactly one person holds.
    fn title_reference(&self, s: usize, k: usize) -> Option<usize> {
        let tokens = &self.sents[s].tokens;
        let t = &tokens[k];
        if !orgs::role_is_nominative(&t.lower) || self.mention_at(s, k + 1).is_some() || self.mention_at(s, k).is_some() {
            return None;
        }
        // "X-тың мәслихат төрағасы қызметіне ауысқаны": a post, not a person.
        let next = tokens.get(k + 1).map(|n| n.lower.as_str()).unwrap_or("");
        if next.starts_with("қызмет") || next.starts_with("лауазым") || matches!(next, "болып" | "болған" | "ретінде" | "орнына") {
            return None;
        }
        // Not the head of a longer title ("төрағасы, аудан әкімі X").
        if tokens.get(k + 1).is_some_and(|n| n.is(",")) && tokens.get(k + 2).is_some() {
            let rest_has_name = self.mentions[s].iter().any(|m| m.first > k && m.first <= k + 8);
            if rest_has_name {
                return None;
            }
        }
        let blocked = |i: usize| self.mention_at(s, i).is_some();
        let first = orgs::title_start(tokens, k, &blocked);
        // "2006–2011 жылдары TITLE, 2011–2016 жылдары TITLE ...": a line of
        // a career, a post someone held then, not its holder now.
        let dated = first > 0 && matches!(tokens[first - 1].lower.as_str(), "жылдары" | "жж" | "жылы" | "жылдан");
        let next_dated = next == "," && tokens.get(k + 2).is_some_and(|n| n.kind == segment::TokenKind::Number);
        if dated || next_dated {
            return None;
        }
        // "Жаңа төраға ... алғыс айтты": the chairman (of the branch or of
        // its commission) elected last before this sentence.
        if first + 1 == k && tokens[first].lower == "жаңа" && t.lower.starts_with("төраға") {
            let here = self.sents[s].start as u32;
            let chosen = self
                .facts
                .iter()
                .filter_map(|(f, span)| match f {
                    Fact::Elected { name, role: Role::Chairman | Role::ControlCommissionChairman, .. } if span.start <= here => Some((span.start, name)),
                    _ => None,
                })
                .max_by_key(|(at, _)| *at)
                .map(|(_, name)| name.clone());
            if let Some(name) = chosen {
                return self.people.iter().position(|p| p.canonical() == name);
            }
        }
        let title = orgs::parse_title(tokens, first, k, &self.places[s])?;
        let Some(org) = self.resolve(&title.org, s, first, None) else {
            // "Ауыл әкімі" with no village said: the one rural akim the article has.
            let OrgSpec::Gov { level: Level::Rural, place: None } = title.org else { return None };
            let mut who = self.holders.iter().filter(|((r, o), _)| *r == title.role && o.starts_with("gov/rural/")).flat_map(|(_, h)| h.iter());
            let first_holder = *who.next()?;
            return who.all(|p| *p == first_holder).then_some(first_holder);
        };
        let holders = self.holders.get(&(title.role, org.clone()))?;
        if holders.len() == 1 {
            return holders.iter().next().copied();
        }
        // One left the post and another took it: "жаңа хатшы" (or the title
        // alone) is the one who holds it now, "бұрынғы хатшы" the one before.
        let former = tokens[first..k].iter().any(|t| t.lower == "бұрынғы");
        let wanted = if former { Status::Former } else { Status::Current };
        let mut now = holders.iter().copied().filter(|&p| {
            let fact = Fact::Holds { name: self.people[p].canonical(), role: title.role, org: org.clone(), status: wanted };
            self.facts.contains_key(&fact)
        });
        let one = now.next()?;
        now.next().is_none().then_some(one)
    }

    // ----- people and branches -----------------------------------------------

    fn emit_people(&mut self, author: Option<(names::NameParts, Span)>) {
        let mut first_sentence: HashMap<usize, usize> = HashMap::new();
        for (s, ms) in self.mentions.iter().enumerate() {
            for m in ms {
                first_sentence.entry(m.person).or_insert(s);
            }
        }
        for (p, s) in first_sentence {
            let person = self.people[p].clone();
            let name = person.canonical();
            if name.is_empty() {
                continue;
            }
            self.add(Fact::Person { name: name.clone() }, s);
            for alias in person.aliases() {
                self.add(Fact::Alias { name: name.clone(), alias }, s);
            }
        }
        if let Some((parts, span)) = author {
            let name = self
                .people
                .iter()
                .find(|p| {
                    p.given.as_deref() == parts.given.as_deref()
                        && (p.surname == parts.surname || p.patronymic == parts.surname || p.patronymic == parts.patronymic)
                        && p.given.is_some()
                })
                .map(Person::canonical)
                .unwrap_or_else(|| match (&parts.given, parts.surname.as_ref().or(parts.patronymic.as_ref())) {
                    (Some(g), Some(s)) => format!("{g} {s}"),
                    _ => parts.initial_form().unwrap_or_default(),
                });
            if !name.is_empty() {
                self.facts.entry(Fact::Person { name: name.clone() }).or_insert(span);
                self.facts.entry(Fact::Author { name }).or_insert(span);
            }
        }
    }

    /// "... зауыты жанындағы бастауыш партия ұйымы (төрағасы – X)": the
    /// officer of the primary organisation named right before the bracket.
    fn bracketed_officers(&mut self, s: usize) {
        let tokens = self.sents[s].tokens.clone();
        let mut found = Vec::new();
        for m in &self.mentions[s] {
            let Some(open) = m.first.checked_sub(3) else { continue };
            if !(tokens[open].is("(") && tokens[open + 2].is_dash() && open >= 1 && starts(&tokens[open - 1], &["ұйым"])) {
                continue;
            }
            let role = match tokens[open + 1].lower.as_str() {
                "төрағасы" | "төрайымы" => Role::Chairman,
                "хатшысы" => Role::Secretary,
                _ => continue,
            };
            if let Some(org) = self.primary_at(s, open - 1) {
                found.push((m.person, role, org));
            }
        }
        for (person, role, org) in found {
            self.add_holds(s, person, role, &org, Status::Current);
        }
    }

    /// Whether sentence `s` is a line of a biography: it or one of the
    /// four sentences before it in its paragraph tells where someone was
    /// born ("... жылы ... туған.", "дүниеге келген").
    fn biography_line(&self, s: usize) -> bool {
        let paragraph = self.sents[s].paragraph;
        (s.saturating_sub(4)..=s).rev().take_while(|&x| self.sents[x].paragraph == paragraph).any(|x| {
            let tokens = &self.sents[x].tokens;
            let last = tokens.iter().rev().find(|t| t.is_word()).map(|t| t.lower.as_str());
            matches!(last, Some("туған" | "туды")) || tokens.windows(2).any(|w| w[0].lower == "дүниеге" && w[1].lower.starts_with("кел"))
        })
    }

    /// "Абай, Жетісу және Ұлытау облыстық филиалдарының төрағалары X, Y
    /// және Z": a plural title over as many listed branches as listed names
    /// gives each name its branch in turn. Keyed by the mention's index in
    /// `mentions`: the title's role word and the branch.
    fn respective_branches(&self, s: usize, mentions: &[Mention]) -> BTreeMap<usize, (usize, String)> {
        let tokens = &self.sents[s].tokens;
        let mut out = BTreeMap::new();
        for (i, m) in mentions.iter().enumerate() {
            let r = match m.first.checked_sub(1) {
                Some(r) if orgs::role_word(&tokens[r].lower).is_none() && orgs::role_word_any(&tokens[r].lower).is_some() => r,
                _ => continue,
            };
            let Some(k) = (r.saturating_sub(3)..r).rev().find(|&k| k >= 2 && plural_after(&tokens[k].lower, "филиал")) else { continue };
            // (`listed_branches` reads the places from the last one back.)
            let keys: Vec<String> = self.listed_branches(s, k).into_iter().rev().collect();
            // The names listed right after the title, joined by commas and "және / мен".
            let mut run = vec![i];
            while let Some(next) = mentions.get(run.len() + i) {
                let prev = &mentions[run.len() + i - 1];
                let gap = &tokens[prev.end..next.first.max(prev.end)];
                let joined = !gap.is_empty() && gap.iter().all(|t| t.is(",") || matches!(t.lower.as_str(), "және" | "мен" | "пен" | "бен"));
                if !joined {
                    break;
                }
                run.push(run.len() + i);
            }
            if keys.len() >= 2 && keys.len() == run.len() {
                for (j, key) in run.into_iter().zip(keys) {
                    out.insert(j, (r, key));
                }
            }
        }
        out
    }

    /// The branches a plural branch word at `k` lists: the places joined by
    /// commas and "және / мен" right before its level word.
    fn listed_branches(&self, s: usize, k: usize) -> Vec<String> {
        let tokens = &self.sents[s].tokens;
        let Some(level) = orgs::classifier_level(&tokens[k - 1].lower).filter(|l| matches!(l, Level::District | Level::City | Level::Oblast)) else {
            return Vec::new();
        };
        let mut keys = Vec::new();
        let mut end = k - 1;
        while let Some(p) = self.places[s].iter().find(|p| p.end == end) {
            let spec = OrgSpec::Branch { level: Some(level), place: Some(p.name.clone()), primary: None, explicit_branch: true };
            keys.extend(self.resolve(&spec, s, p.first, None));
            let joined = p.first >= 2 && (tokens[p.first - 1].is(",") || matches!(tokens[p.first - 1].lower.as_str(), "және" | "мен" | "пен" | "бен"));
            if !joined {
                break;
            }
            end = p.first - 1;
        }
        // One place alone is no list ("облыстық және Тараз қалалық филиалдары" names Тараз's once).
        if keys.len() < 2 { Vec::new() } else { keys }
    }

    fn emit_branches(&mut self) {
        // Every branch a fact names, and every singular "филиал" the text names.
        let mut branches: BTreeMap<String, usize> = BTreeMap::new();
        let mut party_named = None;
        for s in 0..self.sents.len() {
            let tokens = &self.sents[s].tokens;
            for k in 0..tokens.len() {
                let t = &tokens[k];
                if party_named.is_none() && starts(t, &["amanat", "аманат", "партия", "nur"]) {
                    party_named = Some(s);
                }
                let named_primary = names_one_primary(&tokens, k) || t.lower.starts_with("бпұ");
                // "Бостандық және Жетісу аудандық филиалдары": each place listed
                // before a plural names its branch.
                if plural_after(&t.lower, "филиал") && !t.quoted && k >= 2 {
                    for key in self.listed_branches(s, k) {
                        branches.entry(key).or_insert(s);
                    }
                }
                if (t.lower.starts_with("филиал") && !plural_after(&t.lower, "филиал") || named_primary) && !t.quoted {
                    if let Some(key) = self.branch_at(s, k).filter(|k| !named_primary || k.starts_with("AMANAT/primary/")) {
                        branches.entry(key).or_insert(s);
                        if let Some(last) = self.branch_at_from(s, k, false).filter(|k| !named_primary || k.starts_with("AMANAT/primary/")) {
                            branches.entry(last).or_insert(s);
                        }
                    }
                }
            }
        }
        let facts: Vec<(Fact, Span)> = self.facts.iter().map(|(f, s)| (f.clone(), *s)).collect();
        let starts_at: HashMap<u32, usize> = self.sents.iter().enumerate().map(|(i, x)| (x.start as u32, i)).collect();
        let sentence_of = |span: Span| starts_at.get(&span.start).copied().unwrap_or(0);
        for (fact, span) in &facts {
            let org = match fact {
                Fact::Holds { org, .. } | Fact::Elected { org, .. } => Some(org.clone()),
                // A visit is keyed by the place visited, which names no
                // branch of its own ("Қызылорда облысына сапарлап").
                Fact::Event { event } if event.kind != EventKind::Visit => Some(event.org.clone()),
                _ => None,
            };
            if let Some(org) = org.filter(|o| o.starts_with("AMANAT/")) {
                branches.entry(org).or_insert(sentence_of(*span));
            }
        }
        if let Some(s) = party_named {
            branches.entry("AMANAT/central".into()).or_insert(s);
        }
        // "X филиалына қарасты": the branch primary organisations sit under.
        // The first such branch of the article, and each sentence's own
        // ("Сарыарқа аудандық филиалына қарасты «Ақниет» ... ұйымы" after
        // "Қалалық филиалға қарасты «Астана су арнасы» ...").
        let mut under: Option<String> = None;
        let mut under_in: HashMap<usize, String> = HashMap::new();
        for s in 0..self.sents.len() {
            let tokens = &self.sents[s].tokens;
            for k in 1..tokens.len() {
                if tokens[k].lower.starts_with("қарасты") && tokens[k - 1].lower.starts_with("филиал") {
                    if let Some(b) = self.branch_at(s, k - 1).filter(|b| !b.starts_with("AMANAT/primary/")) {
                        under.get_or_insert_with(|| b.clone());
                        // (Named, so a branch of the article.)
                        branches.entry(b.clone()).or_insert(s);
                        under_in.entry(s).or_insert(b);
                    }
                }
            }
        }
        let keys: BTreeSet<String> = branches.keys().cloned().collect();
        let rank = |k: &str| match level_of_key(k) {
            Some(Level::District) => 0,
            Some(Level::City) => 1,
            Some(Level::Oblast) => 2,
            _ => 3,
        };
        let lowest = |candidates: Vec<&String>| candidates.into_iter().filter(|k| rank(k) < 3).min_by_key(|k| rank(k)).cloned();
        for (key, s) in &branches {
            self.add(Fact::Branch { key: key.clone() }, *s);
            let parent = if key.starts_with("AMANAT/primary/") {
                // The branch the text puts it under: "X филиалына қарасты", else
                // the lowest branch named in the same sentence, else in the article.
                let same_sentence: Vec<&String> = branches.iter().filter(|(_, x)| **x == *s).map(|(k, _)| k).collect();
                under_in
                    .get(s)
                    .cloned()
                    .or_else(|| under.clone())
                    .or_else(|| lowest(same_sentence))
                    .or_else(|| lowest(keys.iter().collect()))
                    .filter(|p| keys.contains(p))
            } else {
                parent_of(key, &keys, self.main_branch.as_deref(), self.before_2022)
            };
            if let Some(parent) = parent {
                self.add(Fact::Parent { child: key.clone(), parent }, *s);
            }
        }
    }
}

/// Longer tokens are never taken apart (and keep the analysis linear).
const MAX_GLUED_CHARS: usize = 40;

/// `Кәрібексөз` = `Кәрібек` + `сөз`: a surname met elsewhere in the article,
/// glued to a word that is not a case ending. Returns the byte offset.
fn glued_surname(t: &Token, surnames: &BTreeSet<String>) -> Option<usize> {
    if !t.is_capitalized() || t.text.chars().count() > MAX_GLUED_CHARS {
        return None;
    }
    let chars: Vec<(usize, char)> = t.lower.char_indices().collect();
    for n in (4..chars.len().saturating_sub(1)).rev() {
        let (byte, _) = chars[n];
        let prefix = &t.lower[..byte];
        if !surnames.contains(prefix) {
            continue;
        }
        let declined = super::morph::case_readings(&t.lower).iter().any(|(stem, c)| *stem == prefix && *c != Case::Nominative);
        if declined {
            return None;
        }
        return t.text.char_indices().nth(n).map(|(i, _)| i);
    }
    None
}

/// Words that scraped text glues to a surname after a given name
/// (`Асқар Байжанқатысып`, `Бақыт Есімхановқалада`).
const NAME_GLUE_ANCHORS: &[&str] = &[
    "қатыс", "сөз", "қала", "айтты", "атап", "баянда", "жиын", "партия", "филиал", "мәслихат", "аудан", "облыс",
    "өңір", "тұрғын", "жұмыс", "бүгін", "биыл", "жаңа", "құттықта", "алғыс", "тоқтал", "жеткіз", "хабарла",
];

/// `Байжанқатысып` = `Байжан` + `қатысып` after a given name: a surname
/// (of a surname's shape, or a name used as one) glued to a genre word.
fn glued_after_name(t: &Token) -> Option<usize> {
    let n = t.text.chars().count();
    if !t.is_word() || !t.is_capitalized() || !(9..=MAX_GLUED_CHARS).contains(&n) {
        return None;
    }
    let chars: Vec<(usize, char)> = t.lower.char_indices().collect();
    for k in 4..n.saturating_sub(3) {
        let (byte, _) = chars[k];
        let (head, tail) = t.lower.split_at(byte);
        if !NAME_GLUE_ANCHORS.iter().any(|a| tail.starts_with(a)) {
            continue;
        }
        if super::morph::has_surname_suffix(head) || super::morph::is_patronymic(head) || super::lexicon::is_given_name(head) {
            return t.text.char_indices().nth(k).map(|(i, _)| i);
        }
    }
    None
}

/// Genre words that real scraped text glues to the word before them
/// (`филиалдыңатқарушы`, `айларындапартияның`).
const GLUE_ANCHORS: &[&str] = &[
    "атқарушы", "партия", "филиал", "төраға", "хатшы", "облыстық", "аудандық", "қалалық", "мәслихат", "конференция",
];

/// Where to split a lower-case token made of a case-ended word and a genre word.
fn glued_lowercase(t: &Token) -> Option<usize> {
    // Four letters and the shortest anchor ("хатшы") take 18 bytes at least:
    // most words are ruled out by their length alone.
    if !t.is_word() || t.lower.len() < 18 || t.is_capitalized() || t.text.chars().count() > MAX_GLUED_CHARS {
        return None;
    }
    // Cheap test first: an anchor must occur past the first four letters.
    if !GLUE_ANCHORS.iter().any(|a| t.lower.get(8..).is_some_and(|tail| tail.contains(a))) {
        return None;
    }
    const ENDINGS: &[&str] = &[
        "ның", "нің", "дың", "дің", "тың", "тің", "ды", "ді", "ты", "ті", "ны", "ні", "да", "де", "та", "те", "ға", "ге",
        "қа", "ке", "на", "не", "ы", "і",
    ];
    let chars: Vec<char> = t.lower.chars().collect();
    for n in 4..chars.len() {
        let head: String = chars[..n].iter().collect();
        let tail: String = chars[n..].iter().collect();
        let at = t.text.char_indices().nth(n).map(|(i, _)| i)?;
        let (head, tail) = (head.as_str(), tail.as_str());
        if GLUE_ANCHORS.iter().any(|a| tail.starts_with(a))
            && tail.chars().count() >= 5
            && ENDINGS.iter().any(|e| head.ends_with(e))
        {
            return Some(at);
        }
    }
    None
}

/// "Сәтбаев университетіндегі", "№5 мектептегі" (right before "бастауыш
/// партия ұйымы"): the institution a primary organisation sits in, named
/// without quotes, in the nominative ("Сәтбаев университеті"). A common
/// noun alone ("ауруханадағы") names no one institution.
fn unquoted_host(words: &[Token], opens_sentence: bool, any_case: bool) -> Option<String> {
    let (last, rest) = words.split_last()?;
    // Back from the noun: capitalised words, numbers and adjectives; a
    // declined or lower-case word ("Жиында", "қарасты") ends the name.
    let capital = |t: &Token| t.text.starts_with(|c: char| c.is_uppercase()) && !is_locative(&t.lower) && !is_dative(&t.lower);
    let from = rest
        .iter()
        .rposition(|t| !(capital(t) || is_host_adjective(t) || is_institution_word(&t.lower) || t.kind == segment::TokenKind::Number || t.is("№")))
        .map_or(0, |p| p + 1);
    // ("Абай атындағы №5 ...": the dedication and whom it names, in two
    // words at most: "Ыбырай Алтынсарин", "Ш.Уәлиханов".)
    let from = match from.checked_sub(1).filter(|&a| rest[a].lower == "атындағы") {
        Some(a) => orgs::dedication_start(rest, a),
        None => from,
    };
    let before = &rest[from..];
    // "Қандыағаш қаласындағы көпсалалы колледждің", "Құсмұрын ауылындағы
    // ауыл шаруашылығы кооперативіне": a place where it stands, a few words
    // before (in the nominative), is the name's first word.
    let stands_in = |at: &Token| starts(at, &["қала", "аудан", "ауыл", "кент"]) && ["дағы", "дегі"].iter().any(|e| at.lower.ends_with(e));
    let place_at = (rest.len().saturating_sub(5)..rest.len().saturating_sub(1))
        .rev()
        .find(|&p| rest[p].is_capitalized() && stands_in(&rest[p + 1]))
        .filter(|&p| rest[p + 2..].iter().all(|t| t.is_word() && (is_host_adjective(t) || is_nominative_noun(&t.lower))));
    // (Not when the name has a place of its own: "Жансүгіров ауылындағы
    // Ақсу аудандық кітапханасы".)
    let place_at = place_at.filter(|&p| !rest[p + 2..].iter().any(|t| t.is_capitalized() && GAZ.is_place_word(&t.text)));
    let place = place_at.map(|p| &rest[p]);
    let before = match place_at {
        Some(p) if p + 2 < from => &rest[p + 2..],
        _ => before,
    };
    // (A capital that opens the sentence says nothing: "Құрылыс
    // компаниясындағы"; a place's name does: "Тараз қалалық ауруханасындағы".)
    let skip = usize::from(opens_sentence && from == 0 && !before.first().is_some_and(|t| GAZ.is_place_word(&t.text)));
    // ("Сапар Екібастұз қалалық ...": a noun opening the sentence before a place is not the name's.)
    let before = if skip == 1 && before.len() > 1 && GAZ.is_place_word(&before[1].text) && !before[0].is("№") { &before[1..] } else { before };
    let named = place.is_some()
        || before.iter().skip(skip).any(|t| capital(t) || t.kind == segment::TokenKind::Number)
        || before.first().is_some_and(|t| t.is("№") || t.kind == segment::TokenKind::Number);
    if !named || before.iter().any(|t| t.quoted || is_party_noun(t)) {
        return None;
    }
    let (noun, possessive) = host_noun_nominative(last, any_case)?;
    // After a place's name the noun takes the possessive ("... колледжі").
    let noun = if place.is_some() && !possessive { super::morph::with_possessive(&noun) } else { noun };
    let noun = Token { text: noun, ..last.clone() };
    let mut parts: Vec<&Token> = place.into_iter().chain(before).collect();
    parts.push(&noun);
    Some(orgs::join_tokens(&parts))
}

/// "Шу ауданы бойынша мемлекеттік кірістер басқармасындағы", "Бозанбай
/// ауылдық округі әкімінің аппаратындағы" бастауыш партия ұйымы: a state
/// body where a primary sits, named by a place and the words after it up
/// to its noun (`first` is where the organisation's words begin), keyed
/// by those words as written and the noun in the nominative.
fn state_body_host(tokens: &[Token], first: usize) -> Option<String> {
    let noun = tokens.get(first.checked_sub(1)?)?;
    // (Where it sits, "-ындағы", or whose, "-ының": "... әкімі аппаратының".)
    if !is_state_body_noun(&noun.lower) || !["ындағы", "індегі", "ының", "інің"].iter().any(|e| noun.lower.ends_with(e)) {
        return None;
    }
    // Back over words to the place that begins the name (eight words at most).
    // (A rural district or village the gazetteer lacks is a capital before
    // its level word: "Қонысбай ауылдық округі әкімі аппаратының".)
    let local = |i: usize| tokens.get(i + 1).is_some_and(|n| starts(n, &["ауылдық", "ауылы", "кенті", "селолық"]));
    // ("Жетісу облысы Ақсу ауданындағы Ақсу ауылдық округі ...": where it
    // stands, in "-ндағы", is not the body's name.)
    let bound = (first.saturating_sub(9)..first - 1).rev().find(|&i| ["дағы", "дегі", "тағы", "тегі"].iter().any(|e| tokens[i].lower.ends_with(e))).map_or(first.saturating_sub(9), |i| i + 1);
    let from = (bound..first - 1).find(|&i| {
        tokens[i].is_capitalized() && (GAZ.is_place_word(&tokens[i].text) || local(i)) && tokens[i..first - 1].iter().all(|t| t.is_word() && !t.quoted)
    })?;
    let (noun, _) = host_noun_nominative(&tokens[first - 1], false)?;
    let mut words: Vec<String> = tokens[from..first - 1].iter().map(|t| t.text.clone()).collect();
    words.push(noun);
    Some(words.join(" "))
}

/// The noun of a state body or a settlement, where a primary party
/// organisation may sit ("полиция бөлімінің", "әкімі аппаратындағы",
/// "Сарытерек ауылының").
fn is_seat_noun(lower: &str) -> bool {
    is_state_body_noun(lower) || ["ауылы", "ауылын", "кенті", "кентін"].iter().any(|n| lower.starts_with(n))
}

/// The noun of a state body: "басқармасындағы", "аппаратының", "бөлімінің".
fn is_state_body_noun(lower: &str) -> bool {
    ["басқарма", "аппарат", "департамент", "комитет", "мекеме", "бөлім"].iter().any(|n| lower.starts_with(n))
}

/// "Көкшетау қаласы әкімдігінің / әкімдігіндегі бастауыш партия ұйымы":
/// an akimat's primary, keyed "Көкшетау қаласы әкімдігі" (a place, its
/// level noun in the nominative, the akimat).
fn akimat_host(words: &[Token]) -> Option<String> {
    let (last, rest) = words.split_last()?;
    if !matches!(last.lower.as_str(), "әкімдігінің" | "әкімдігіндегі" | "әкімдігі") {
        return None;
    }
    let (level, rest) = rest.split_last()?;
    if !matches!(level.lower.as_str(), "қаласы" | "ауданы" | "облысы" | "округі") {
        return None;
    }
    // The place's words: capitalised, one or two ("Бөкей ордасы" aside: a
    // level noun must follow them).
    let from = rest.iter().rposition(|t| !(t.is_word() && t.is_capitalized())).map_or(0, |p| p + 1);
    let place = &rest[from..];
    if place.is_empty() || place.len() > 2 {
        return None;
    }
    let mut parts: Vec<&str> = place.iter().map(|t| t.text.as_str()).collect();
    parts.push(&level.text);
    parts.push("әкімдігі");
    Some(parts.join(" "))
}

/// "Сарытерек ауылының / ауылындағы бастауыш партия ұйымы": a village's
/// (or a settlement's) primary, keyed "Сарытерек ауылы". `words` end at
/// the settlement's noun; one or two capitalised words name it.
fn settlement_host(words: &[Token]) -> Option<String> {
    let (last, rest) = words.split_last()?;
    let noun = ["ауыл", "кент"].into_iter().find(|n| last.lower.starts_with(n))?;
    let (stem, _) = host_noun_nominative(last, false)?;
    if stem.to_lowercase() != format!("{noun}{}", if noun == "ауыл" { "ы" } else { "і" }) {
        return None;
    }
    let from = rest.iter().rposition(|t| !(t.is_word() && t.is_capitalized() && !is_party_noun(t))).map_or(0, |p| p + 1);
    let name = &rest[from..];
    if name.is_empty() || name.len() > 2 || name.iter().any(|t| t.quoted || orgs::is_declined(&t.lower)) {
        return None;
    }
    let mut parts: Vec<String> = name.iter().map(|t| t.text.clone()).collect();
    parts.push(stem.to_lowercase());
    Some(parts.join(" "))
}

/// Words inside an institution's name that are neither capitals nor
/// adjectives of -лық / -лы ("орта мектеп", "жалпы білім беретін",
/// "полиция бөлімі", "мәдениет үйі").
fn is_institution_word(lower: &str) -> bool {
    matches!(
        lower,
        "орта" | "жалпы" | "білім" | "беретін" | "негізгі" | "мамандандырылған" | "балалар" | "жасөспірімдер" | "өнер" | "музыка" | "спорт"
            | "кәсіптік" | "жоғары" | "полиция" | "мәдениет" | "денсаулық" | "сақтау" | "пошта" | "байланыс" | "құрылыс" | "шаруашылығы"
            | "ішкі" | "істер" | "төтенше" | "жағдайлар" | "көркемсурет" | "шығармашылық" | "оқушылар" | "сарайы"
    )
}

/// The noun of an institution or an enterprise in any case, and "орталық"
/// (a centre) declined, where it is no adjective ("перинаталдық орталыққа").
fn is_institution_noun(lower: &str) -> bool {
    orgs::is_host_noun(lower) || matches!(lower, "орталыққа" | "орталықта" | "орталықтың")
}

/// An adjective in an institution's name ("қалалық", "көпбейінді":
/// adjectives of -лық and of -лы / -ді), not a postposition ("филиалына
/// қарасты": subordinate to).
fn is_host_adjective(t: &Token) -> bool {
    ["лық", "лік", "дық", "дік", "тық", "тік", "лы", "лі", "ды", "ді", "ты", "ті"].iter().any(|e| t.lower.ends_with(e))
        && !matches!(t.lower.as_str(), "қарасты" | "тиесілі" | "арналды")
}

/// The stems of leaving a post: released, ended, left, moved on, retired.
const LEFT: &[&str] = &[
    "босатыл", "тоқтатыл", "кетті", "кеткен", "шықты", "шыққан", "босады", "босатқан", "тоқтатқан", "тоқтатты", "тоқтатып", "босатты", "босатып",
    "кетуі", "ауысуы", "шығуы",
];

/// "Олардың арасында / қатарында X, Y бар": a sentence listing some of
/// those the sentence before counted.
fn lists_among_them(tokens: &[Token]) -> bool {
    tokens.len() > 2 && tokens[0].lower == "олардың" && starts(&tokens[1], &["арасында", "қатарында", "қатарына"])
}

/// The word at `k`, a verb or a title in the first person, made the third:
/// "сайландым" → "сайланды", "келемін" → "келеді", "депутатымын" →
/// "депутаты", and at the sentence's end "өткіздік" → "өткізді".
fn third_person(tokens: &[Token], k: usize) -> Token {
    let t = &tokens[k];
    if !t.is_word() || t.quoted {
        return t.clone();
    }
    let lower = t.lower.as_str();
    let cut = |n: usize| super::morph::cut_chars(&t.text, t.text.chars().count() - n);
    // Past plural: -дық/-дік/-тық/-тік, only as the sentence's last word
    // ("аудандық", "облыстық" end so too).
    let last = tokens.get(k + 1).is_none_or(|n| n.is(".") || n.is("!"));
    if last && ["дық", "дік", "тық", "тік"].iter().any(|e| lower.ends_with(e)) && lower.chars().count() >= 6 {
        return t.rewritten(&cut(1), t.kind);
    }
    // Past: -дым/-дім/-тым/-тім.
    if ["дым", "дім", "тым", "тім"].iter().any(|e| lower.ends_with(e)) && lower.chars().count() >= 6 {
        return t.rewritten(&cut(1), t.kind);
    }
    // Present: -амын/-емін/-ймын/-ймін → -ады/-еді/-йды/-йді.
    for (e, third) in [("амын", "ады"), ("емін", "еді"), ("ймын", "йды"), ("ймін", "йді")] {
        if lower.ends_with(e) && lower.chars().count() > e.chars().count() + 2 {
            return t.rewritten(&format!("{}{third}", cut(e.chars().count())), t.kind);
        }
    }
    // A title said of oneself: "депутатымын", "хатшысымын", "төрағасымын".
    for e in ["мын", "мін", "пын", "пін", "бын", "бін"] {
        if let Some(stem) = lower.strip_suffix(e) {
            if orgs::role_word_any(stem).is_some() {
                return t.rewritten(&cut(e.chars().count()), t.kind);
            }
        }
    }
    t.clone()
}

/// "X қайта сайланды.", "X бірауыздан сайланды.": the name ending at
/// `end` is what the passive election ending the sentence elects, with
/// nothing between but adverbs.
fn elected_right_after(tokens: &[Token], end: usize) -> bool {
    let mut k = end;
    while tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "қайта" | "тағы" | "да" | "де" | "бірауыздан")) {
        k += 1;
    }
    tokens.get(k).is_some_and(|t| t.lower == "сайланды") && tokens.get(k + 1).is_none_or(|t| t.is("."))
}

/// An institution's noun where something sits or whose it is
/// ("университетіндегі", "мектептегі", "аурухананың") in the nominative,
/// and whether that is already the possessive ("университеті"); with
/// `any_case`, also where one goes, is or comes from ("кооперативіне",
/// "мектеп-гимназияда", "мектеп-лицейден").
fn host_noun_nominative(last: &Token, any_case: bool) -> Option<(String, bool)> {
    let lower = &last.lower;
    let cut = |ending: &str| super::morph::cut_chars(&last.text, lower.chars().count() - ending.chars().count());
    if any_case {
        // A possessive before the case: -ына, -ында, -ынан (and front forms).
        let possessive = ["ына", "іне", "ында", "інде", "ынан", "інен"].into_iter().find(|e| lower.ends_with(e));
        if let Some(e) = possessive {
            return Some((cut(&e[e.chars().next().map_or(0, char::len_utf8)..]), true));
        }
        let bare = ["ға", "ге", "қа", "ке", "да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен"].into_iter().find(|e| lower.ends_with(e));
        if let Some(e) = bare {
            return Some((cut(e), false));
        }
    }
    // -ндағы after a possessive keeps the possessive ("университетіндегі"
    // → "университеті"); -дағы / -тағы leave the bare noun ("мектептегі").
    // So does the genitive: "университетінің" → "университеті", "мектептің" → "мектеп".
    let (ending, possessive) = if ["ындағы", "індегі"].iter().any(|e| lower.ends_with(e)) {
        ("ндағы", true)
    } else if ["ының", "інің", "сының", "сінің"].iter().any(|e| lower.ends_with(e)) {
        ("ның", true)
    } else {
        (["дағы", "дегі", "тағы", "тегі", "дың", "дің", "тың", "тің", "ның", "нің"].into_iter().find(|e| lower.ends_with(e))?, false)
    };
    let cut = lower.chars().count() - ending.chars().count();
    Some((super::morph::cut_chars(&last.text, cut), possessive))
}

fn merge_attrs(into: &mut Vec<(EventAttr, String)>, more: Vec<(EventAttr, String)>) {
    for a in more {
        if !into.iter().any(|(k, _)| *k == a.0) {
            into.push(a);
        }
    }
}

/// The parent of a branch among the branches the article names.
fn parent_of(key: &str, named: &BTreeSet<String>, main: Option<&str>, before_2022: bool) -> Option<String> {
    let parts: Vec<&str> = key.splitn(3, '/').collect();
    let [_, level, region] = parts.as_slice() else { return None };
    let oblast = |o: String| Some(format!("AMANAT/oblast/{o}")).filter(|k| named.contains(k));
    // (Of the oblasts with a unit of that name, the one the article names:
    // "Абай ауданы" is in the Abai and in the Karaganda oblast.)
    let named_parent = |kind: UnitKind| GAZ.oblasts_of_in(region, kind, before_2022).find_map(|o| oblast(o.to_string()));
    match *level {
        "oblast" => Some("AMANAT/central".into()),
        "city" => {
            if GAZ.unit(region, UnitKind::CityRep).is_some() {
                Some("AMANAT/central".into())
            } else {
                named_parent(UnitKind::City)
            }
        }
        "district" => {
            if let Some(u) = GAZ.unit(region, UnitKind::CityDistrict) {
                let city = format!("AMANAT/city/{}", u.parent.clone().unwrap_or_default());
                if named.contains(&city) {
                    return Some(city);
                }
            }
            named_parent(UnitKind::District)
        }
        "primary" => main
            .filter(|m| *m != key && m.starts_with("AMANAT/") && !m.starts_with("AMANAT/primary"))
            .map(str::to_string)
            .filter(|m| named.contains(m)),
        _ => None,
    }
}

fn level_of_key(key: &str) -> Option<Level> {
    match key.split('/').nth(1)? {
        "oblast" => Some(Level::Oblast),
        "district" => Some(Level::District),
        "city" => Some(Level::City),
        _ => None,
    }
}

/// What a noun names, when it names an event.
pub(crate) enum EventNoun {
    Conference,
    Congress,
    /// отырыс: a council session, or an activists' meeting.
    Session,
    /// кездесу, жиын, жиналыс: a meeting when it is the party's.
    Gathering,
}

pub(crate) fn event_noun(lower: &str) -> Option<EventNoun> {
    // "онлайн-жиналыс", "көшпелі-отырыс": the last part is the noun;
    // "семинар-кеңес", a pair of nouns, is named by its first.
    match lower.as_bytes().iter().rposition(|&b| b == b'-') {
        Some(i) => event_noun_word(&lower[i + 1..]).or_else(|| event_noun_word(&lower[..i]).filter(|_| singular_of(&lower[i + 1..], "кеңес"))),
        None => event_noun_word(lower),
    }
}

fn event_noun_word(lower: &str) -> Option<EventNoun> {
    let singular = |stem: &str| lower.starts_with(stem) && !plural_after(lower, stem);
    if singular("конференция") {
        Some(EventNoun::Conference)
    } else if singular("съез") {
        Some(EventNoun::Congress)
    } else if singular("отырыс") || singular("пленум") || (lower.starts_with("мәжілісі") || lower == "мәжіліс") {
        Some(EventNoun::Session)
    } else if (lower.starts_with("кездесу") && singular("кездесу"))
        || singular("жиналыс")
        || singular("басқосу")
        || singular("форум")
        || singular("семинар")
        || singular("брифинг")
        || singular("тренинг")
        || (singular("жиын") && !lower.starts_with("жиынтық"))
    {
        Some(EventNoun::Gathering)
    } else {
        None
    }
}

/// The city or oblast an adjective of place names ("алматылық" → Алматы,
/// "шымкенттік" → Шымкент): a gazetteer name with -лық/-лік/-дық/-дік/-тық/-тік.
fn demonym_place(lower: &str) -> Option<(Level, String)> {
    // "елордалық филиал": the capital's.
    if lower == "елордалық" {
        return Some((Level::City, "Астана".into()));
    }
    let stem = ["лық", "лік", "дық", "дік", "тық", "тік"].iter().find_map(|e| lower.strip_suffix(e))?;
    if stem.chars().count() < 4 {
        return None;
    }
    let units = GAZ.lookup(stem);
    let pick = |k: UnitKind| units.iter().find(|u| u.kind == k).map(|u| u.name.clone());
    pick(UnitKind::CityRep)
        .map(|n| (Level::City, n))
        .or_else(|| pick(UnitKind::City).map(|n| (Level::City, n)))
        .or_else(|| pick(UnitKind::Oblast).map(|n| (Level::Oblast, n)))
}

/// Whether one of `words` (lower case) is `stem` with a case ending
/// (other than the nominative's none): `сатыбалдының` for `сатыбалды`.
fn declined_in(words: &HashSet<&str>, stem: &str) -> bool {
    let mut form = String::with_capacity(stem.len() + 8);
    super::morph::case_endings().any(|ending| {
        form.clear();
        form.push_str(stem);
        form.push_str(ending);
        words.contains(form.as_str())
            && super::morph::case_readings(&form).iter().any(|&(st, case)| st == stem && case != Case::Nominative)
    })
}

/// The event noun at `k` followed by "кезінде" or "барысында" (during it).
fn during(tokens: &[Token], k: usize) -> bool {
    tokens.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "кезінде" | "барысында"))
}

/// The event noun at `k` framing its clause: "барысында", "соңында"
/// (during it, at its end), "бағдарламасына сәйкес" (by its programme).
fn framed_by(tokens: &[Token], k: usize) -> bool {
    let next = |d: usize| tokens.get(k + d).map_or("", |n| n.lower.as_str());
    matches!(next(1), "барысында" | "соңында") || (next(1) == "бағдарламасына" && next(2) == "сәйкес")
}

/// A singular debate ("дебат", "пікірсайыс", "пікірталас" in any case).
fn is_debate_noun(lower: &str) -> bool {
    ["дебат", "пікірсайыс", "пікірталас"].iter().any(|stem| singular_of(lower, stem))
}

/// "қоғамдық тыңдау(да)": a public hearing, singular.
fn is_public_hearing(tokens: &[Token], k: usize) -> bool {
    k > 0 && singular_of(&tokens[k].lower, "тыңдау") && tokens[k - 1].lower == "қоғамдық"
}

/// The noun "reception" (not the verb "қабылдады"): "қабылдау",
/// "қабылдауы", "қабылдауға", "қабылдауда" …, singular.
fn is_reception_noun(lower: &str) -> bool {
    singular_of(lower, "қабылдау") && !lower.starts_with("қабылдаушы")
}

/// A singular form of the noun `stem` ("дебатты", not "дебаттар").
fn singular_of(lower: &str, stem: &str) -> bool {
    lower.starts_with(stem) && !plural_after(lower, stem)
}

/// The branch (or party) a segment of words names, if it names one.
fn branch_spec(seg: &[Token], places: &[PlaceHit], first: usize, last: usize) -> Option<OrgSpec> {
    let has = |stem: &str| seg.iter().any(|t| t.lower.starts_with(stem));
    let party = seg.iter().any(is_party_noun);
    let branch = has("филиал");
    // "«X» БПҰ": the abbreviation after its organisation's name, not a
    // word of a list ("…, БПҰ жетекшілері").
    let bpu = seg.iter().position(|t| t.lower == "бпұ").is_some_and(|j| j > 0 && seg[j - 1].is("»") && !seg[..j].iter().any(|t| t.is(",")));
    let primary = (has("бастауыш") && has("ұйым")) || bpu;
    if !party && !branch && !primary {
        return None;
    }
    // "«Jas Otan» жастар қанаты облыстық филиалы": the youth wing's own
    // branch, not the party's.
    if has("қанат") {
        return None;
    }
    // "зауыттың Шымкенттегі филиалы", "компанияның облыстық филиалы": an
    // enterprise's branch.
    if branch && !party {
        let b = seg.iter().position(|t| t.lower.starts_with("филиал")).unwrap_or(0);
        if seg[..b].iter().any(|t| is_genitive(&t.lower) && orgs::is_host_noun(&t.lower)) {
            return None;
        }
    }
    // Level words after the last branch word describe something else
    // ("Шымкент қалалық филиалы жанындағы ... аймақтық қоғамдық кеңесі").
    let mut upto = if branch { seg.iter().rposition(|t| t.lower.starts_with("филиал")).map_or(seg.len(), |i| i + 1) } else { seg.len() };
    let mut level = seg[..upto].iter().filter_map(|t| orgs::classifier_level(&t.lower)).last();
    // "облыстық және Тараз қалалық филиалы": coordinated branches; the
    // first named (the higher) is the owner.
    if let Some(c) = (0..upto.saturating_sub(1)).find(|&i| {
        orgs::classifier_level(&seg[i].lower).is_some() && matches!(seg[i + 1].lower.as_str(), "және" | "мен" | "пен")
    }) {
        level = orgs::classifier_level(&seg[c].lower);
        upto = c + 1;
    }
    let place = places.iter().filter(|p| p.first >= first && p.end <= first + upto && p.end <= last + 1 && orgs::place_fits(p, level)).last();
    if level.is_none() {
        level = place.and_then(PlaceHit::resolved_level);
    }
    // "алматылық филиалы", "астаналық филиал": a place's adjective names the branch's city or oblast.
    if branch && level.is_none() && place.is_none() {
        if let Some((lvl, name)) = seg[..upto].iter().rev().find_map(|t| demonym_place(&t.lower)) {
            return Some(OrgSpec::Branch { level: Some(lvl), place: Some(name), primary: None, explicit_branch: true });
        }
    }
    if primary {
        // Each «…» on its own: "«AMANAT» партиясының «Береке» бастауыш
        // партия ұйымы" is named by the last quote that is not the party.
        let mut runs: Vec<Vec<&Token>> = Vec::new();
        for t in seg {
            if t.is("«") || runs.is_empty() {
                runs.push(Vec::new());
            }
            if t.quoted && t.is_word() {
                runs.last_mut().expect("a run was pushed").push(t);
            }
        }
        let name = runs.into_iter().rev().find(|r| !r.is_empty() && !is_party_name(&orgs::join_tokens(r))).unwrap_or_default();
        if name.is_empty() {
            return Some(OrgSpec::Branch { level: Some(Level::Primary), place: None, primary: None, explicit_branch: true });
        }
        return Some(OrgSpec::Branch {
            level: Some(Level::Primary),
            place: None,
            primary: Some(orgs::nominative_body_name(orgs::join_tokens(&name))),
            explicit_branch: true,
        });
    }
    // "ССКӨБ аудандық филиалы", "«Металлург» аудандық филиалы": a branch
    // named after an enterprise rather than a place (a name no gazetteer knows).
    if branch && place.is_none() && matches!(level, Some(Level::District | Level::City)) {
        if let Some(name) = enterprise_branch_name(&seg[..upto]) {
            return Some(OrgSpec::Branch { level, place: Some(name), primary: None, explicit_branch: true });
        }
    }
    if !branch && level.is_none() && place.is_none() {
        // The party itself.
        return Some(OrgSpec::Branch { level: Some(Level::Central), place: None, primary: None, explicit_branch: false });
    }
    Some(OrgSpec::Branch { level, place: place.map(|p| p.name.clone()), primary: None, explicit_branch: branch })
}

/// The name right before a branch's level word when it is an acronym in
/// capitals or a name in guillemets (not the party's own): "ССКӨБ",
/// "«Металлург»".
fn enterprise_branch_name(seg: &[Token]) -> Option<String> {
    let lv = seg.iter().rposition(|t| orgs::classifier_level(&t.lower).is_some())?;
    let before = &seg[..lv];
    let last = before.iter().rposition(|t| t.is_word())?;
    let quoted_run = before[last].quoted && before[last + 1..].iter().all(|t| !t.is_word());
    let name = if quoted_run {
        let first = before[..=last].iter().rposition(|t| !t.quoted).map_or(0, |i| i + 1);
        let words: Vec<&Token> = before[first..=last].iter().filter(|t| t.is_word()).collect();
        orgs::join_tokens(&words)
    } else if last + 1 == lv {
        let t = &before[last];
        let n = t.text.chars().count();
        // Not a headline in capitals ("ТАРАЗ ҚАЛАЛЫҚ ФИЛИАЛЫ").
        // (Nor the party's own "ХДП": "«Нұр Отан» ХДП аудандық филиалы".)
        let acronym = (3..=8).contains(&n) && t.text.chars().all(segment::is_upper) && !seg[lv].text.chars().all(segment::is_upper) && !is_party_noun(t);
        if !acronym {
            return None;
        }
        t.text.clone()
    } else {
        return None;
    };
    (!name.is_empty() && !is_party_name(&name)).then_some(name)
}

/// In direct speech, where the attribution ("– деді X") begins.
fn attribution_start(tokens: &[Token]) -> usize {
    for k in (1..tokens.len()).rev() {
        if tokens[k].is_dash() && tokens[k + 1..].iter().any(|t| t.lower.starts_with("де")) {
            return k + 1;
        }
    }
    tokens.len()
}

/// "осындағы", "мұндағы": of the place or body just named.
fn is_here(lower: &str) -> bool {
    matches!(lower, "осындағы" | "мұндағы" | "ондағы" | "сондағы")
}

/// A role word in the dative: "төрағасына", "хатшылығына".
fn is_dative_role(lower: &str) -> bool {
    ["сына", "сіне", "ына", "іне", "ға", "ге", "на", "не"].iter().any(|e| lower.ends_with(e))
}

/// A role word that can name a post being filled: singular, not genitive
/// ("орынбасарын сайлады", "хатшысына қатысты", not "мүшелерінің қолдауы").
fn can_be_pending(lower: &str) -> bool {
    orgs::role_word(lower).is_some() && !is_genitive(lower)
}

/// "атқарып келеді", "істеп жүр", "атқарады": still holding.
fn continuous(tokens: &[Token], verb_at: usize) -> bool {
    let verb = tokens[verb_at].lower.as_str();
    let next = tokens.get(verb_at + 1).map(|t| t.lower.as_str()).unwrap_or("");
    ((verb.ends_with("ып") || verb.ends_with("іп") || verb.ends_with("п")) && (next.starts_with("келеді") || next.starts_with("жүр") || next.starts_with("отыр")))
        || verb.ends_with("ады")
        || verb.ends_with("еді")
        || verb.ends_with("йді")
}

/// A noun with no case ending ("съезд", "конференциясы"; not
/// "конференциясына", "съездің", "съезді").
fn is_nominative_noun(lower: &str) -> bool {
    super::morph::case_readings(lower).iter().all(|(_, case)| *case == Case::Nominative)
}

/// "2016–2022 жылдары филиалды аудан әкімі X басқарды": a sentence told of
/// a closed span of years, in the past, gives the titles of then.
fn told_of_past_years(tokens: &[Token]) -> bool {
    let number = |t: &Token| t.kind == segment::TokenKind::Number;
    // (The span opens the sentence: "2019-2020 жылдары атқарған жұмысы
    // туралы" later on is what was reported, not when.)
    let span = tokens.len() > 4 && number(&tokens[0]) && tokens[1].is_dash() && number(&tokens[2]) && matches!(tokens[3].lower.as_str(), "жылдары" | "жж");
    let past = tokens.iter().rev().find(|t| t.is_word()).is_some_and(is_past_finite_word);
    span && past && !tokens.iter().any(|t| matches!(t.lower.as_str(), "қазір" | "бері" | "қазіргі"))
}

/// "X ... ауруханасына барып, мониторинг жүргізгенін айтты": a past told
/// by a speaker, in a clause made a noun ("-ғанын"), not a new scene.
/// "Республикалық партиялық кеңес", "Республикалық партия кеңесінің
/// отырысы", "Республикалық кеңесте" starting at `k`: the index of the
/// word that says where (the council, or its session).
fn republican_council_at(tokens: &[Token], k: usize) -> Option<usize> {
    if tokens.get(k)?.lower != "республикалық" {
        return None;
    }
    let mut c = k + 1;
    if tokens.get(c).is_some_and(|t| matches!(t.lower.as_str(), "партиялық" | "партия")) {
        c += 1;
    }
    let council = tokens.get(c).filter(|t| singular_of(&t.lower, "кеңес"))?;
    if council.lower.starts_with("кеңесі") && tokens.get(c + 1).is_some_and(|n| singular_of(&n.lower, "отырыс")) {
        c += 1;
    }
    Some(c)
}

/// "Оның айтуынша", "Төрағаның сөзінше": what follows is someone's account.
/// "(делегаттардың 81-і оны) қолдап дауыс берді": voted for.
fn voted_for(tokens: &[Token]) -> bool {
    tokens.windows(3).any(|w| w[0].lower == "қолдап" && w[1].lower == "дауыс" && w[2].lower == "берді")
}

fn according_to(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| matches!(t.lower.as_str(), "айтуынша" | "сөзінше" | "пікірінше" | "мәліметінше" | "хабарлауынша" | "айтуына"))
}

fn told_by_a_speaker(tokens: &[Token]) -> bool {
    let mut words = tokens.iter().rev().filter(|t| t.is_word());
    let (Some(last), Some(before)) = (words.next(), words.next()) else { return false };
    let speech = matches!(last.lower.as_str(), "айтты" | "жеткізді" | "мәлімдеді" | "хабарлады") || (last.lower == "өтті" && before.lower == "атап");
    speech && tokens.iter().any(|t| ["ғанын", "генін", "қанын", "кенін"].iter().any(|e| t.lower.ends_with(e)))
}

/// A candidate's result that wins a direct vote: "жеңіске жетті",
/// "жеңімпаз атанды", "көш бастады" (came first), "жеңіп шықты", or a
/// majority share ("дауыстың 58,4 пайызын жинады").
fn won_a_vote(tokens: &[Token]) -> bool {
    let phrase = tokens.windows(2).any(|w| {
        (w[0].lower == "жеңіске" && starts(&w[1], &["жетті", "жетіп"]))
            || (w[0].lower == "жеңімпаз" && starts(&w[1], &["атанды", "атанып", "болды", "болып"]))
            || (w[0].lower == "көш" && starts(&w[1], &["бастады", "бастап"]))
    });
    let beat = tokens.iter().any(|t| matches!(t.lower.as_str(), "жеңіп" | "жеңді"));
    let majority = tokens.windows(3).any(|w| {
        w[1].lower == "пайызын"
            && starts(&w[2], &["жинады", "жинап", "алды", "алып"])
            && w[0].text.replace(',', ".").parse::<f64>().is_ok_and(|share| share > 50.0)
    });
    phrase || beat || majority
}

fn is_dative(lower: &str) -> bool {
    ["ға", "ге", "қа", "ке", "на", "не"].iter().any(|e| lower.ends_with(e))
}

/// A participle of what is yet to be done: "қатысатын", "баратын", "өтетін".
fn is_future_participle(lower: &str) -> bool {
    lower.chars().count() > 5 && ["атын", "етін", "йтын", "йтін", "итын", "итін"].iter().any(|e| lower.ends_with(e))
}

fn is_locative(lower: &str) -> bool {
    ["нда", "нде", "да", "де", "та", "те"].iter().any(|e| lower.ends_with(e))
}

fn is_ablative(lower: &str) -> bool {
    ["нан", "нен", "дан", "ден", "тан", "тен"].iter().any(|e| lower.ends_with(e))
}

/// A verb a speaker reports ("тоқтатқанын хабарлады", "кеткенін айтты"):
/// its subject is the name nearest before it, not the sentence's speaker.
fn is_reported_verb(word: &str) -> bool {
    ["ғанын", "генін", "қанын", "кенін"].iter().any(|e| word.ends_with(e))
}

/// A verb in the definite past ("өтті", "сайланды"), not a short word
/// that only ends like one.
fn is_past_finite_word(t: &Token) -> bool {
    ["ды", "ді", "ты", "ті"].iter().any(|e| t.lower.ends_with(e)) && t.lower.chars().count() >= 4
}

fn is_party_name(name: &str) -> bool {
    let l = name.to_lowercase();
    l.starts_with("amanat") || l.starts_with("nur otan") || l.starts_with("нұр отан") || l.starts_with("аманат")
}

/// A noun naming the party (not the adjective `партиялық`).
fn is_party_noun(t: &Token) -> bool {
    let l = t.lower.as_str();
    // Not a name that begins like one ("Nurlan"), nor "отандық" (domestic)
    // or "Отанымыз" (our homeland).
    let otan = l.starts_with("отан") && !["отанд", "отанс", "отаным"].iter().any(|p| l.starts_with(p));
    // ("«Нұр Отан» ХДП": the People's Democratic Party, abbreviated.)
    (l.starts_with("партия") && !l.starts_with("партиялы")) || starts(t, &["amanat", "аманат", "nurotan", "nur-otan"]) || l == "nur" || otan || l == "хдп" || l.starts_with("хдп-")
}

/// Token `c` counts what follows: "5", "бірнеше", "барлық", "екі" (not a
/// time, "10:00", or a date's number after a full stop).
fn is_count(tokens: &[Token], c: usize) -> bool {
    let t = &tokens[c];
    (t.kind == segment::TokenKind::Number
        && t.text.parse::<u32>().is_ok_and(|n| (2..=500).contains(&n))
        && !(c > 0 && (tokens[c - 1].is(":") || tokens[c - 1].is("."))))
        || matches!(t.lower.as_str(), "бірнеше" | "барлық" | "көптеген" | "әр" | "екі" | "үш" | "төрт" | "бес" | "алты" | "жеті" | "сегіз" | "тоғыз" | "он")
}

/// Token `k` ends "бастауыш партия ұйым-", one primary organisation
/// (not "ұйымдары", several), in any case.
fn names_one_primary(tokens: &[Token], k: usize) -> bool {
    let l = tokens[k].lower.as_str();
    k >= 2 && l.starts_with("ұйым") && !plural_after(l, "ұйым") && tokens[k - 1].lower.starts_with("партия") && tokens[k - 2].lower == "бастауыш"
}

/// The event noun at `e` is owned by bodies counted just before it ("48
/// бастауыш партия ұйымы жиналысын", "барлық бастауыш ұйымдарда жиналыстар").
fn held_by_counted_bodies(tokens: &[Token], e: usize) -> bool {
    let Some(c) = (e.saturating_sub(6)..e).rev().find(|&i| is_count(tokens, i)) else { return false };
    // ("... ұйымы есеп беру жиналысын": the event's own words may follow
    // the bodies; "№12 мектептің бастауыш партия ұйымының": one, numbered.)
    let between = &tokens[c + 1..e];
    // (The bodies as the subject, right after the count: not "5 мамырда
    // филиалда ... жиналысы", a date and a place.)
    let body = between
        .iter()
        .position(|t| matches!(t.lower.as_str(), "ұйым" | "ұйымы" | "ұйымдары" | "филиал" | "филиалы" | "филиалдары"))
        .filter(|&b| b <= 3);
    let numbered = c > 0 && tokens[c - 1].text.ends_with('№');
    !numbered
        && !between.iter().any(|t| !t.is_word())
        && body.is_some_and(|b| !between[..b].iter().any(|t| is_genitive(&t.lower) || is_locative(&t.lower)))
}

fn is_subject_pronoun(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    // ("Марқұм ... шақырылды": an obituary's "the deceased" stands for him.)
    let next = tokens.get(k + 1).map(|n| n.lower.as_str()).unwrap_or("");
    // ("Қонақ ... айтты" opening a sentence: the guest just told of; not
    // "қонақ үй", a hotel.)
    let guest = k == 0 && matches!(t.lower.as_str(), "қонақ" | "мейман") && !next.starts_with("үй");
    if !(matches!(t.lower.as_str(), "ол" | "марқұм") || guest) || t.quoted {
        return false;
    }
    !POSTPOSITIONS.contains(&next)
}

fn is_speech_verb(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if !t.is_word() {
        return false;
    }
    let l = t.lower.as_str();
    // "..., деп жазады облыстық филиалдың баспасөз қызметі / деп хабарлайды
    // Qyzyljarnews.kz тілшісі": the source that reports, not a speaker.
    let dep = if l == "деп" { Some(k) } else { k.checked_sub(1).filter(|&d| tokens[d].lower == "деп") };
    // ("... қатысады деп күтілуде / жоспарлануда": expected, no one's words.)
    if dep.is_some_and(|d| tokens.get(d + 1).is_some_and(|v| starts(v, &["күтіл", "жоспарлан", "көзделу", "болжан"]))) {
        return false;
    }
    if let Some(d) = dep.filter(|&d| tokens.get(d + 1).is_some_and(|v| starts(v, &["жаз", "хабарла"]))) {
        let source = tokens[d + 2..].iter().take(10).take_while(|n| !n.is(".")).any(|n| {
            starts(n, &["қызмет", "тілші", "сайт", "агентт", "портал", "басылым", "газет", "ақпарат"]) || n.lower.contains(".kz") || n.lower.contains(".com")
        });
        if source {
            return false;
        }
    }
    // "... туралы кеңес берді": advised, said something.
    if l == "кеңес" && !t.quoted {
        return tokens.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "берді" | "беріп"));
    }
    if l == "сөз" {
        let next = tokens.get(k + 1);
        // "сөз кезегін алды": took one's turn to speak; "сөз етті": spoke of.
        if next.is_some_and(|n| n.lower.starts_with("кезег")) {
            return tokens.get(k + 2).is_some_and(|n| starts(n, &["алып", "алды", "алған"]));
        }
        return next.is_some_and(|n| {
            // ("сөз қозғады": raised a topic, spoke of it.)
            starts(n, &["алып", "алды", "алған", "сөйле", "тізгінде"])
                || (starts(n, &["ет", "қозға"]) && !passive(&n.lower) && finite_or_converb(n))
        });
    }
    // "ой қозғады", "ой бөлісті": raised or shared thoughts, in words.
    if l == "ой" {
        return tokens.get(k + 1).is_some_and(|n| starts(n, &["қозға", "бөліс"]) && !passive(&n.lower) && finite_or_converb(n));
    }
    // "назар аударды", "назарын аударып", "назарға салды": drew attention, in words.
    if l.starts_with("назар") {
        return tokens.get(k + 1).is_some_and(|n| starts(n, &["аудар", "сал"]) && !passive(&n.lower) && (finite_or_converb(n) || is_participle(n)));
    }
    // "мәлім етті": made known; "шолу жасады": gave a review.
    // "сынға алды", "сын айтты": criticised, in words.
    if l == "сынға" || l == "сын" {
        return tokens.get(k + 1).is_some_and(|n| starts(n, &["алды", "алып", "алған", "айтты", "айтып", "айтқан"]));
    }
    if l == "мәлім" {
        return tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("ет") && !passive(&n.lower) && (finite_or_converb(n) || is_participle(n)));
    }
    if l == "шолу" {
        return tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("жаса") && !passive(&n.lower) && (finite_or_converb(n) || is_participle(n)));
    }
    // "жарыссөзге / мінбеге ... шықты", "мінбесіне көтерілген": took the floor.
    if starts(t, &["шықты", "шығып", "шыққан", "көтерілді", "көтеріліп", "көтерілген"]) {
        return tokens[k.saturating_sub(24)..k].iter().rev().take_while(|x| !x.is(".")).any(|x| !x.quoted && starts(x, &["жарыссөз", "мінбе"]));
    }
    // ("хабарлама жасады": made a report, a short one.)
    if l.starts_with("баяндама") || l == "хабарлама" {
        return tokens.get(k + 1).is_some_and(|n| starts(n, &["жаса", "оқы"]));
    }
    if l.starts_with("есеп") || l.starts_with("есебін") {
        return tokens.get(k + 1).is_some_and(gave);
    }
    // "Комиссияның есебін комиссия төрағасы X оқыды": read a report out.
    if matches!(l, "оқыды" | "оқып") {
        return tokens[k.saturating_sub(8)..k].iter().any(|x| !x.quoted && starts(x, &["есебін", "есепті", "баяндаманы", "баяндамасын"]));
    }
    // Giving information, an explanation, an answer or tasks is said:
    // "ақпарат / мәлімет / түсініктеме / жауап / тапсырма берді".
    // ("уәде / кеңес / бағыт-бағдар берді": a promise or advice, given in words.)
    if starts(t, &["ақпарат", "мәлімет", "түсініктеме", "жауап", "тапсырма", "уәде"]) {
        return tokens.get(k + 1).is_some_and(|n| gave(n) && !n.lower.starts_with("беріл") && finite_or_converb(n));
    }
    // "жарыссөзге шықты": took the floor in the debate on a report.
    if l.starts_with("жарыссөз") {
        return tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("шық") && finite_or_converb(n));
    }
    // "ұсыныс жасады / айтты / енгізді", "ойын ортаға салды".
    if l.starts_with("ұсыныс") {
        return tokens.get(k + 1).is_some_and(|n| starts(n, &["жаса", "енгіз"]) && finite_or_converb(n));
    }
    if l == "ортаға" {
        return tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("сал") && finite_or_converb(n));
    }
    // "тапсырма / міндет жүктеді": set tasks, in words.
    if l.starts_with("жүкте") && finite_or_converb(t) {
        return k > 0 && starts(&tokens[k - 1], &["тапсырма", "міндет"]);
    }
    if matches!(l, "көтерді" | "көтеріп" | "қойды" | "қойып") {
        // Raising issues and setting tasks are said.
        // ("өтініштерді / шағымдарды көтерді": brought up people's requests.)
        return k > 0 && starts(&tokens[k - 1], &["мәселе", "міндет", "сұрақ", "талап", "өтініш", "шағым", "түйткіл", "проблема"]);
    }
    if l == "атап" {
        return tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("өт") || n.lower.starts_with("көрсет"));
    }
    if l == "тілге" {
        return tokens.get(k + 1).is_some_and(|n| n.lower == "тиек");
    }
    if l == "жария" {
        return tokens.get(k + 1).is_some_and(|n| starts(n, &["ет"]));
    }
    if l == "баға" {
        return tokens.get(k + 1).is_some_and(gave);
    }
    // "ақ батасын берді": blessed, in words; "өсиет етті": left advice.
    if l == "батасын" || l == "бата" {
        return tokens.get(k + 1).is_some_and(|n| gave(n) && finite_or_converb(n));
    }
    if l == "өсиет" {
        return tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("ет") && !passive(&n.lower) && finite_or_converb(n));
    }
    segment::among(SPEECH_WORDS, l)
        || SPEECH_STEMS.iter().any(|s| segment::begins(l, s) && !is_verbal_noun_tail(&l[s.len()..]))
        || (l == "айта" && tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("кел")))
}

/// After a genitive, the words that report what someone said ("X-тің
/// айтуынша / сөзінше / пікірінше / мәліметінше / атап өтуінше / сөзіне
/// қарағанда / айтқанындай"), starting at `k`.
fn genitive_speech(tokens: &[Token], k: usize) -> bool {
    let Some(t) = tokens.get(k) else { return false };
    let l = t.lower.as_str();
    let next = tokens.get(k + 1).map(|n| n.lower.as_str()).unwrap_or("");
    matches!(
        l,
        "айтуынша" | "сөзінше" | "пікірінше" | "мәліметінше" | "пайымдауынша" | "ойынша" | "хабарлауынша" | "айтқанындай"
            | "баяндауынша" | "мәлімдеуінше" | "түсіндіруінше" | "сөзімен" | "айтуы"
    ) && (l != "айтуы" || next == "бойынша")
        || (l == "атап" && matches!(next, "өтуінше" | "өткеніндей" | "көрсетуінше"))
        || (l.starts_with("сөзіне") && next.starts_with("қарағанда"))
}

/// A passive verb form ("етілді", "аударылды", "салынды", "жасалды"):
/// something was done, no one is named as doing it.
fn passive(lower: &str) -> bool {
    ["етіл", "аударыл", "салын", "жасал", "қозғал"].iter().any(|p| lower.starts_with(p))
}

/// "X-тің төрағалығымен" or "X-тің төрағалық етуімен": chaired by X.
fn chaired_at(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.lower.starts_with("төрағалығымен")
            || (t.lower == "төрағалық" && tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("етуімен")))
    })
}

/// An event noun in the accusative ("жиынды", "отырысын").
fn is_accusative_noun(lower: &str) -> bool {
    ["ны", "ні", "ды", "ді", "ты", "ті", "ын", "ін"].iter().any(|e| lower.ends_with(e))
}

/// "жиынды ... жүргізді / жүргізіп отырды": the gathering conducted (not
/// the passive "жұмыс жүргізілді").
fn conducted_at(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.lower.starts_with("жүргіз") && !t.lower.starts_with("жүргізіл") && finite_or_converb(t))
        && moderated_object(tokens)
}

/// "бұл / аталған / бос қызмет ...", "оның орнына": words that name a post
/// already spoken of; `to_it` asks for the dative (the post being filled).
fn names_the_post(tokens: &[Token], to_it: bool) -> bool {
    tokens.windows(2).any(|w| {
        let this = matches!(w[0].lower.as_str(), "бұл" | "осы" | "аталған" | "аталмыш" | "бос")
            && starts(&w[1], &["қызмет", "лауазым", "орын"])
            && (!to_it || is_dative(&w[1].lower));
        this || (matches!(w[0].lower.as_str(), "оның" | "олардың") && w[1].lower == "орнына")
    })
}

/// "есеп беру-сайлау", "есеп-беру сайлау", "есепті-сайлау", "есептік
/// сайлау": an event that hears reports and elects.
fn is_reporting_election(seg: &[Token]) -> bool {
    seg.iter().any(|t| matches!(t.lower.as_str(), "беру-сайлау" | "есепті-сайлау" | "есептік-сайлау"))
        || seg.windows(3).any(|w| w[0].lower == "есеп" && w[1].lower == "беру" && w[2].lower == "сайлау")
        || seg.windows(2).any(|w| matches!(w[0].lower.as_str(), "есеп-беру" | "есепті" | "есептік") && w[1].lower == "сайлау")
}

/// "берді", "беріп", "берген": gave; not the present "береді" ("жауап
/// береді": is answerable for), nor "беретін" (who is to give).
fn gave(t: &Token) -> bool {
    t.lower.starts_with("бер") && !t.lower.starts_with("бере")
}

/// A finite past verb or a converb ("берді", "беріп", "жасап"), not a
/// participle ("берген болатын": done before) or a verbal noun ("беру").
fn finite_or_converb(t: &Token) -> bool {
    ["ды", "ді", "ты", "ті", "ып", "іп", "п"].iter().any(|e| t.lower.ends_with(e))
}

/// What follows a verb stem in its verbal noun ("талқылау", "талқылауға",
/// "түсіндіру жұмыстары"): the name of an action, not someone doing it.
fn is_verbal_noun_tail(rest: &str) -> bool {
    rest.starts_with('у') && !rest.starts_with("уш")
}

fn is_verb(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    if !t.is_word() {
        return false;
    }
    is_speech_verb(tokens, k)
        || starts(t, &["қатыс", "жүргіз", "сайлан", "келді", "келіп", "барды", "кездес"])
        || (t.lower.starts_with("төрағалық") && tokens.get(k + 1).is_some_and(|n| n.lower.starts_with("ет")))
}

fn is_participle(t: &Token) -> bool {
    t.is_word() && ["ған", "ген", "қан", "кен"].iter().any(|e| t.lower.ends_with(e))
}

/// "Жиынға / Конференцияға / Оған … қатысты": attending needs the event it
/// is attended, in the dative. Without it "қатысып жүр" is about something
/// else ("ұйымдар жобаларға қатысып жүр").
fn attendance_context(tokens: &[Token]) -> bool {
    const EVENTS: &[&str] = &[
        "жиын", "конференция", "іс-шара", "шара", "басқосу", "отырыс", "съез", "жиналыс", "кездесу", "форум", "пленум",
        "сессия", "мәжіліс", "салтанат", "үстел", "талқылау", "семинар", "тренинг", "кеңеске", "қабылдау", "дебат",
        "пікірсайыс", "пікірталас", "сапар",
    ];
    let work_of_event = tokens.windows(2).any(|w| {
        (starts(&w[0], EVENTS) && w[1].lower == "жұмысына") || (w[0].lower == "бас" && w[1].lower.starts_with("қосуға"))
    });
    work_of_event
        || tokens.iter().any(|t| t.lower == "оған" || (starts(t, EVENTS) && DATIVE.iter().any(|d| t.lower.ends_with(d))))
}

/// Dative endings of nouns ("жиынға", "конференцияға", "шараға").
const DATIVE: &[&str] = &["ға", "ге", "қа", "ке", "на", "не"];

/// A word in the instrumental with "-мен/-пен/-бен" ("депутаттармен",
/// "мүшелерімен").
fn instrumental(t: &Token) -> bool {
    ["мен", "пен", "бен"].iter().any(|x| t.lower.ends_with(x))
}

/// A faction's event: "фракция" a few words before the event's words, or
/// anywhere in the clause that names it ("мәслихаттағы ... фракциялары мен
/// ... бірлескен жиналысы").
fn faction_clause(tokens: &[Token], first: usize, e: usize) -> bool {
    let near = tokens[first.saturating_sub(3)..e].iter().any(|x| x.lower.starts_with("фракция"));
    let clause = tokens[..e].iter().rev().take_while(|t| !t.is(",") && !t.is(".") && !t.is_dash()).any(|x| x.lower.starts_with("фракция"));
    near || clause
}

/// "Сыр өңірінен X, Y ... қатысты.": a clause that ends in "қатысты" and
/// names nothing else attended (no dative object) is about the event in hand.
fn bare_attendance(tokens: &[Token]) -> bool {
    let last = tokens.iter().rev().find(|t| t.is_word());
    last.is_some_and(|t| t.lower == "қатысты")
        && !tokens.iter().any(|t| {
            t.is_word() && !t.quoted && t.lower.chars().count() > 4 && !matches!(t.lower.as_str(), "және" | "бірге")
                && DATIVE.iter().any(|d| t.lower.ends_with(d))
        })
}

/// "конференцияны … жүргізді": the thing conducted is the event.
fn moderated_object(tokens: &[Token]) -> bool {
    let work_of_event = tokens.windows(2).any(|w| event_noun(&w[0].lower).is_some() && w[1].lower == "жұмысын");
    // "Бюро мәжілісін", "отырысын": the event's own, in the accusative.
    let possessed = tokens.iter().any(|t| {
        event_noun(&t.lower).is_some() && t.lower != "жиын" && (t.lower.ends_with("ын") || t.lower.ends_with("ін"))
    });
    // "Оны X жүргізді" opening a sentence: the gathering just told of.
    let pronoun = tokens.first().is_some_and(|t| t.lower == "оны");
    work_of_event || possessed || pronoun || tokens.iter().any(|t| {
        // "Семинар-кеңесті": a compound's last part carries the case.
        matches!(
            t.lower.rsplit('-').next().unwrap_or(""),
            "конференцияны" | "жиынды" | "отырысты" | "басқосуды" | "шараны" | "іс-шараны" | "кездесуді" | "съезді" | "жиналысты"
                | "сессияны" | "дебатты" | "пікірсайысты" | "сайысты" | "қабылдауды"
                | "мәжілісті" | "форумды" | "пленумды" | "үстелді" | "семинарды" | "тренингті" | "кеңесті"
                | "брифингті" | "диалогты" | "тыңдауды" | "талқылауды"
        )
    })
}

/// A readable dump of how an article was read: sentences, mentions, places,
/// current events. For `shezhire extract --trace` and for debugging rules.
pub(crate) fn trace(text: &str) -> String {
    use std::fmt::Write;
    let (walk, author) = Walk::read(text);
    let mut out = String::new();
    let _ = writeln!(out, "byline: {:?}", author.map(|a| a.0));
    let _ = writeln!(out, "companies: {:?}", walk.named_orgs);
    let _ = writeln!(out, "focus: {:?}; main branch: {:?}", walk.focus, walk.main_branch);
    for (i, e) in walk.events.iter().enumerate() {
        let _ = writeln!(out, "event {i}: {} {:?} (sentence {})", e.key, e.attrs, e.sentence);
    }
    for (s, sent) in walk.sents.iter().enumerate() {
        let flags = format!("{}{}", if sent.headline { "H" } else { "" }, if sent.speech { "S" } else { "" });
        let _ = writeln!(out, "\n[{s}{flags}] event={:?} {}", walk.current[s], &text[sent.start..sent.end]);
        for m in &walk.mentions[s] {
            let _ = writeln!(out, "   person {} {:?} ← {:?}", walk.people[m.person].canonical(), m.case, &sent.tokens[m.first..m.end].iter().map(|t| t.text.as_str()).collect::<Vec<_>>());
        }
        for p in &walk.places[s] {
            let _ = writeln!(out, "   place {} {:?}", p.name, p.resolved_level());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::extract;

    /// The facts of a text, one a line, for `contains` checks.
    fn facts(text: &str) -> Vec<String> {
        extract(text).to_facts_text().lines().filter(|l| !l.starts_with('#')).map(str::to_string).collect()
    }

    fn has(facts: &[String], line: &str) -> bool {
        facts.iter().any(|f| f == line)
    }

    #[track_caller]
    fn assert_has(facts: &[String], line: &str) {
        assert!(has(facts, line), "missing {line:?} in\n{}", facts.join("\n"));
    }

    #[track_caller]
    fn assert_lacks(facts: &[String], line: &str) {
        assert!(!has(facts, line), "unexpected {line:?} in\n{}", facts.join("\n"));
    }

    #[test]
    fn a_primaries_debate_is_a_meeting_of_the_branch_the_article_names() {
        let f = facts(
            "Екібастұзда праймериз дебаттары жалғасуда\n\n\
             Екібастұз қаласындағы дебат мәдениет үйінің үлкен залында өтті. Пікірсайысқа 8 үміткер қатысты. \
             Дебатқа арнайы келген «AMANAT» партиясы Павлодар облыстық филиалы төрағасының орынбасары Асқар Жұмабаев \
             құттықтау сөз сөйледі. Облыс бойынша 120 дебат өтті.\n",
        );
        let ev = "meeting@AMANAT/oblast/Павлодар";
        assert_has(&f, &format!("event\t{ev}"));
        assert_has(&f, &format!("participant\tАсқар Жұмабаев\tspeaker\t{ev}"));
        // Where it was held names no branch, and a count is no ordinal.
        assert_lacks(&f, "event\tmeeting@AMANAT/city/Екібастұз");
        assert!(!f.iter().any(|l| l.starts_with("event_attr")), "{f:?}");
    }

    #[test]
    fn one_public_reception_held_is_a_meeting_with_its_chair_and_those_listed() {
        let f = facts(
            "Ақтөбеде партияның қоғамдық қабылдауы өтті\n\n\
             «AMANAT» партиясы Ақтөбе облыстық филиалы төрағасының орынбасары Ғалым Серіков төрағалық еткен \
             қабылдауға басқармалардың өкілдері қатысты. Атап айтқанда, денсаулық сақтау басқармасы басшысының \
             орынбасары Дина Омарова, облыстық мәслихат депутаты Ерлан Қасымов т.б. бар. Қабылдауда 20 тұрғын болды.\n",
        );
        let ev = "meeting@AMANAT/oblast/Ақтөбе";
        assert_has(&f, &format!("event\t{ev}"));
        assert_has(&f, &format!("participant\tҒалым Серіков\tchair\t{ev}"));
        assert_lacks(&f, &format!("participant\tҒалым Серіков\tguest\t{ev}"));
        assert_has(&f, &format!("participant\tДина Омарова\tguest\t{ev}"));
        assert_has(&f, &format!("participant\tЕрлан Қасымов\tguest\t{ev}"));
    }

    #[test]
    fn a_gathering_a_branch_head_attended_is_the_branchs_meeting() {
        let f = facts(
            "Жас кәсіпкерлер бас қосты\n\nОблыс орталығында жас кәсіпкерлердің форумы ұйымдастырылды деп хабарлайды \
             тілшіміз. Жиынға «AMANAT» партиясының Қостанай облыстық филиалы төрағасы Марат Ахметов қатысып, \
             жастардың ұсыныстарын тыңдады.\n",
        );
        let ev = "meeting@AMANAT/oblast/Қостанай";
        assert_has(&f, &format!("event\t{ev}"));
        assert_has(&f, &format!("participant\tМарат Ахметов\tguest\t{ev}"));
    }

    #[test]
    fn travelling_to_a_region_is_a_visit() {
        for verb in ["арнайы сапарлап, облыс орталығындағы бірқатар нысандарды аралады", "сапар шегіп, жергілікті тұрғындармен кездесті"] {
            let f = facts(&format!(
                "Партия басшылығы өңірде\n\n«AMANAT» партиясы Төрағасының орынбасары Ерлан Сейітов Ақмола облысына {verb}.\n"
            ));
            assert_has(&f, "event\tvisit@AMANAT/oblast/Ақмола");
            assert_has(&f, "participant\tЕрлан Сейітов\tvisitor\tvisit@AMANAT/oblast/Ақмола");
        }
    }

    #[test]
    fn the_place_a_visit_is_keyed_by_names_no_branch() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Төрағасының орынбасары Ерлан Сейітов Ақмола облысына арнайы сапарлап, \
             облыс орталығындағы бірқатар нысандарды аралады.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/oblast/Ақмола");
        assert_lacks(&f, "branch\tAMANAT/oblast/Ақмола");
        // Named as a branch, it is one.
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Төрағасының орынбасары Ерлан Сейітов Ақмола облысына жұмыс сапарымен келіп, \
             партияның облыстық филиалының активімен кездесті.\n",
        );
        assert_has(&f, "branch\tAMANAT/oblast/Ақмола");
    }

    #[test]
    fn a_trip_to_a_bare_oblast_centre_goes_to_the_city() {
        let f = facts("Депутат өңірде\n\nМәжіліс депутаты Әлия Серікова Павлодарға жұмыс сапарымен барды.\n");
        assert_has(&f, "event\tvisit@AMANAT/city/Павлодар");
        let f = facts("Депутат өңірде\n\nМәжіліс депутаты Әлия Серікова Павлодар облысына жұмыс сапарымен барды.\n");
        assert_has(&f, "event\tvisit@AMANAT/oblast/Павлодар");
    }

    #[test]
    fn a_primary_organisation_named_in_the_locative_before_its_abbreviation() {
        let f = facts(
            "Бастауыш ұйымда жиналыс\n\nТеміртау қаласының «Қарметкомбинат компаниясында» БПҰ жиналысы өтті. \
             Жиында «Қарметкомбинат компаниясында» БПҰ төрағасы Ирина Соколова баяндама жасады.\n",
        );
        let ev = "meeting@AMANAT/primary/Қарметкомбинат компаниясы";
        assert_has(&f, &format!("event\t{ev}"));
        assert_has(&f, "holds\tИрина Соколова\tchairman\tAMANAT/primary/Қарметкомбинат компаниясы\tcurrent");
        assert_lacks(&f, "event\tmeeting@AMANAT/city/Теміртау");
    }

    #[test]
    fn an_article_of_the_nur_otan_years_places_towns_in_their_oblasts_of_then() {
        let text = |party: &str| {
            format!(
                "Конференция өтті\n\nТалдықорған қаласында «{party}» партиясы облыстық филиалының XV есеп беру-сайлау \
                 конференциясы өтті. Конференцияны облыстық филиал төрағасы Серік Әлімов жүргізді.\n"
            )
        };
        let f = facts(&text("Nur Otan"));
        assert_has(&f, "event\tconference@AMANAT/oblast/Алматы");
        // Since 2022 Талдықорған is the centre of Жетісу oblast.
        let f = facts(&text("AMANAT"));
        assert_has(&f, "event\tconference@AMANAT/oblast/Жетісу");
    }

    #[test]
    fn the_chamber_named_in_mid_sentence_is_no_sitting() {
        let f = facts(
            "Фракция жиналды\n\nДепутат Бақыт Сейітов жүргізген AMANAT партиясының Парламент Мәжілісіндегі \
             фракциясының жиналысы өтті.\n",
        );
        assert_has(&f, "event\tmeeting@parliament/Мәжіліс");
        assert_lacks(&f, "event\tmeeting@AMANAT/central");
    }

    #[test]
    fn a_branch_head_meeting_the_primaries_candidates_holds_a_meeting() {
        let f = facts(
            "Праймериз қорытындысы\n\nСолтүстік Қазақстан облыстық партия филиалының төрағасы Марат Жұмабеков \
             праймеризге қатысқан үміткерлермен кездесіп, үгіт жұмысының нәтижелері туралы сөз қозғады.\n",
        );
        let ev = "meeting@AMANAT/oblast/Солтүстік Қазақстан";
        assert_has(&f, &format!("event\t{ev}"));
        assert_has(&f, &format!("participant\tМарат Жұмабеков\tspeaker\t{ev}"));
        // Without the primaries, candidates met are no party gathering of this kind.
        let f = facts(
            "Кездесу\n\nСолтүстік Қазақстан облыстық партия филиалының төрағасы Марат Жұмабеков \
             конкурсқа қатысқан үміткерлермен кездесті.\n",
        );
        assert!(!f.iter().any(|l| l.starts_with("event\t")), "{f:?}");
    }

    #[test]
    fn a_briefing_a_branch_head_reported_at_is_the_branchs_meeting() {
        let f = facts(
            "Брифинг өтті\n\nЖурналистерге арналған брифинг кезінде «AMANAT» партиясы Маңғыстау облыстық филиалы \
             төрағасының орынбасары Ерлан Жақсылықов праймериз барысы туралы баяндады.\n",
        );
        let ev = "meeting@AMANAT/oblast/Маңғыстау";
        assert_has(&f, &format!("event\t{ev}"));
        assert_has(&f, &format!("participant\tЕрлан Жақсылықов\tspeaker\t{ev}"));
    }

    #[test]
    fn receiving_people_and_a_reception_service_at_work_are_no_meeting() {
        for text in [
            "Әкімдер азаматтарды қабылдады\n\n«AMANAT» партиясы Жамбыл облыстық филиалының ұйымдастыруымен әкімдердің \
             азаматтарды жеке мәселелері бойынша қабылдауы өтті.\n",
            "Мобильді қабылдау\n\n«AMANAT» партиясы Жамбыл облыстық филиалының мобильді қоғамдық қабылдауы \
             5 ауданда тұрғындармен кездесулер өткізді.\n",
        ] {
            let f = facts(text);
            assert!(!f.iter().any(|l| l.starts_with("event\t")), "{f:?}");
        }
    }

    #[test]
    fn a_gathering_chaired_by_party_officials_is_their_branch_meeting() {
        let f = facts(
            "2024 жылғы 12 наурызда «AMANAT» партиясының Хатшысы Б.Қ.Омаров пен «AMANAT» Партиялық бақылау \
             комитетінің төрағасы С.Т.Нұрлановтың төрағалығымен сайлауалды бағдарламаны орындау мәселелері \
             бойынша онлайн-жиналыс өткізілді.\nЖиналыста облыс әкімінің орынбасары А.Б.Серікбаев баяндады.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/central");
        assert_has(&f, "participant\tБ.Қ.Омаров\tchair\tmeeting@AMANAT/central");
        assert_has(&f, "participant\tС.Т.Нұрланов\tchair\tmeeting@AMANAT/central");
        assert_has(&f, "participant\tА.Б.Серікбаев\tspeaker\tmeeting@AMANAT/central");
    }

    #[test]
    fn the_regions_head_chairs_a_branch_gathering() {
        let f = facts(
            "Бүгін аймақ басшысы Бауыржан Ахметовтің төрағалығымен өткен жиында «AMANAT» партиясының Жамбыл \
             облыстық филиалында атқарылған жұмыстар қорытындыланды.\n",
        );
        assert_has(&f, "holds\tБауыржан Ахметов\takim\tgov/oblast/Жамбыл\tcurrent");
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Жамбыл");
        assert_has(&f, "participant\tБауыржан Ахметов\tchair\tmeeting@AMANAT/oblast/Жамбыл");
    }

    #[test]
    fn a_joint_meeting_of_factions_is_the_maslikhats() {
        let f = facts(
            "Павлодар облыстық және қалалық мәслихаттарындағы «AMANAT» партиясының депутаттық фракциялары мен \
             облыс әкімдігі жанындағы жұмыс тобының бірлескен жиналысы өтті.\nЖиынға облыстық мәслихат \
             төрағасы Марат Жұмабаев қатысты.\n",
        );
        assert_has(&f, "event\tmeeting@maslikhat/oblast/Павлодар");
        assert_has(&f, "participant\tМарат Жұмабаев\tguest\tmeeting@maslikhat/oblast/Павлодар");
    }

    #[test]
    fn the_activists_meeting_and_the_political_council_took_place() {
        let f = facts(
            "Жаркент қаласында AMANAT партиясының Панфилов аудандық активі өтті. Жиында аудандық филиалдың \
             атқарушы хатшысы Дәурен Сапаров баяндама жасады.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/district/Панфилов");
        assert_has(&f, "participant\tДәурен Сапаров\tspeaker\tmeeting@AMANAT/district/Панфилов");
        let f = facts(
            "«AMANAT» партиясының отырысы өтті\n\nКеше «AMANAT» партиясы Қазалы аудандық филиалының саяси кеңесі \
             өтті. Отырыста аудан әкімі Нұрлан Әбдіков сөз сөйледі.\n",
        );
        assert_has(&f, "event\tcouncil_session@AMANAT/district/Қазалы");
        assert_has(&f, "participant\tНұрлан Әбдіков\tspeaker\tcouncil_session@AMANAT/district/Қазалы");
        // The headline's "the party's session" is the same event.
        assert_lacks(&f, "event\tmeeting@AMANAT/central");
    }

    #[test]
    fn a_hall_is_not_an_event_and_conducting_the_session_is_moderating() {
        let f = facts(
            "«AMANAT» партиясы Жалағаш аудандық филиалының мәжіліс залында аудандық филиалдың Саяси кеңесі \
             Бюросының отырысы өтті. Бюро мәжілісін аудандық филиалдың төрағасы Ерлан Сейітов жүргізді.\n",
        );
        assert_has(&f, "event\tcouncil_session@AMANAT/district/Жалағаш");
        assert_lacks(&f, "event\tmeeting@AMANAT/district/Жалағаш");
        assert_has(&f, "participant\tЕрлан Сейітов\tmoderator\tcouncil_session@AMANAT/district/Жалағаш");
    }

    #[test]
    fn a_party_gathering_spoken_from_took_place() {
        let f = facts("Бұл туралы бүгін «AMANAT» партиясының жиынында айтылды. Отырыста партия хатшысы Асқар Төлеуов сөйледі.\n");
        assert_has(&f, "event\tmeeting@AMANAT/central");
        assert_has(&f, "participant\tАсқар Төлеуов\tspeaker\tmeeting@AMANAT/central");
        // Once the article has an event, "партия жиынында" refers to it.
        let f = facts(
            "«AMANAT» партиясы Арал аудандық филиалының конференциясы өтті. Партия жиынында бюро құрамы \
             жаңартылды.\n",
        );
        assert_lacks(&f, "event\tmeeting@AMANAT/central");
    }

    #[test]
    fn the_youth_wing_and_its_branches_are_organisations() {
        let f = facts(
            "«Jas Otan» жастар қанаты облыстық филиалының кезектен тыс V конференциясы Қостанай облысында болды.\n\
             Конференция жұмысына «Jas Otan» жастар қанатының төрағасы Ерболат Сәрсенов арнайы қатысты.\n\
             Делегаттар дауыс беріп, «Jas Otan» жастар қанаты облыстық филиалының төрағасы болып Дархан Омаров \
             сайланды. Осы лауазымды бұрын атқарған Мейрам Жұмаділов облыстық мәслихатқа ауысты. AMANAT партиясы \
             облыстық филиалы төрағасының орынбасары Қанат Бекмұханов жаңа басшыға табыс тіледі.\n",
        );
        let branch = "org/Jas Otan Қостанай облыстық филиалы";
        assert_has(&f, &format!("event\tconference@{branch}"));
        assert_has(&f, &format!("event_attr\tconference@{branch}\tordinal\t5"));
        assert_has(&f, "holds\tЕрболат Сәрсенов\tchairman\torg/Jas Otan\tcurrent");
        assert_has(&f, &format!("participant\tЕрболат Сәрсенов\tguest\tconference@{branch}"));
        assert_has(&f, &format!("elected\tДархан Омаров\tchairman\t{branch}"));
        assert_has(&f, &format!("holds\tМейрам Жұмаділов\tchairman\t{branch}\tformer"));
        assert_has(&f, &format!("participant\tҚанат Бекмұханов\tspeaker\tconference@{branch}"));
        assert_lacks(&f, "event\tconference@AMANAT/oblast/Қостанай");
        // A renamed wing is keyed by its new name; its congress is its own.
        let f = facts(
            "«Жас Отан» жастар қанатының атауы «Жастар Рухы» деп өзгертілді. Бұл шешім AMANAT партиясы жастар \
             қанатының кезектен тыс VII Съезінде қабылданды.\n",
        );
        assert_has(&f, "event\tcongress@org/Жастар Рухы");
        assert_lacks(&f, "event\tcongress@AMANAT/central");
    }

    #[test]
    fn debaters_speak_and_a_round_table_is_a_meeting() {
        let f = facts(
            "Бүгін «AMANAT» партиясы Отырар аудандық филиалының конференциясы өтті. Конференцияда дебатқа \
             қатысқан аудандық мәслихатқа үміткерлер өз бағдарламаларын ұсынды. Үміткер Т.Сейітов 40 дауыс \
             жинаса, А.Нұрова 25 дауыс алды.\n",
        );
        assert_has(&f, "participant\tТ.Сейітов\tspeaker\tconference@AMANAT/district/Отырар");
        assert_has(&f, "participant\tА.Нұрова\tspeaker\tconference@AMANAT/district/Отырар");
        let f = facts(
            "«AMANAT» партиясы Павлодар облыстық филиалында дөңгелек үстел өтті. Дөңгелек үстелге облыстық \
             мәслихат депутаты Ержан Тоқтаров қатысты.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Павлодар");
        assert_has(&f, "participant\tЕржан Тоқтаров\tguest\tmeeting@AMANAT/oblast/Павлодар");
    }

    #[test]
    fn a_meeting_with_a_primary_organisations_members_is_its_own() {
        let f = facts(
            "Бүгін «AMANAT» партиясы Байзақ аудандық филиалының ұйымдастыруымен «Шапағат» бастауыш партия \
             ұйымының мүшелерімен кездесу өтті. Жиынға аудандық филиалдың атқарушы хатшысы Гүлнар Әбенова \
             қатысты.\nБасқосуда 5 қазанда Астанада өткен партияның кезектен тыс XXV Съезінің қорытындысы \
             талқыланды. Бүгінгі жиынның спикері А.Серікқызының айтуынша, Съезде партияның бағдарламасы \
             қабылданған.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/primary/Шапағат");
        assert_lacks(&f, "event\tmeeting@AMANAT/district/Байзақ");
        assert_has(&f, "participant\tГүлнар Әбенова\tguest\tmeeting@AMANAT/primary/Шапағат");
        assert_has(&f, "participant\tА.Серікқызы\tspeaker\tmeeting@AMANAT/primary/Шапағат");
        assert_lacks(&f, "participant\tА.Серікқызы\tspeaker\tcongress@AMANAT/central");
    }

    #[test]
    fn an_official_discussing_with_a_bodys_people_holds_its_meeting() {
        let f = facts(
            "Бүгін Жамбыл аудандық мәслихатының төрағасы Қ.Б.Оспанов депутаттармен және аппарат \
             қызметкерлерімен жаңа заң жобасын талқылады. Қ.Б.Оспанов депутаттарды сайлаушылармен \
             кездесулер өткізуге шақырды.\n\n– Әр депутат өз округінде түсіндіру жұмысын жүргізуі тиіс.\n",
        );
        assert_has(&f, "event\tmeeting@maslikhat/district/Жамбыл");
        assert_has(&f, "participant\tҚ.Б.Оспанов\tspeaker\tmeeting@maslikhat/district/Жамбыл");
        // Discussing with no one named as company is no meeting.
        let f = facts("Бүгін Жамбыл аудандық мәслихатының төрағасы Қ.Б.Оспанов жаңа заң жобасын талқылады.\n");
        assert_lacks(&f, "event\tmeeting@maslikhat/district/Жамбыл");
    }

    #[test]
    fn unattributed_speech_after_a_sentence_about_someone_is_theirs() {
        let f = facts(
            "Кеше AMANAT партиясының Шиелі аудандық филиалында салтанатты басқосу өтті. Онда аудандық филиалдың \
             атқарушы хатшысы Ә.Тұрсынов жаңа мүшелерге партиялық билеттер табыстады.\n\
             – Құрметті әріптестер, партия қатарына қош келдіңіздер.\n",
        );
        assert_has(&f, "participant\tӘ.Тұрсынов\tspeaker\tmeeting@AMANAT/district/Шиелі");
    }

    #[test]
    fn a_title_said_of_ol_is_its_antecedents() {
        let f = facts("Сайрам ауданында 47 жастағы Нұрлан Қасымов тіркелді, ол ауданның қазіргі әкімі.\n");
        assert_has(&f, "holds\tНұрлан Қасымов\takim\tgov/district/Сайрам\tcurrent");
    }

    #[test]
    fn a_clause_ending_in_attended_is_about_the_event_in_hand() {
        let f = facts(
            "«AMANAT» партиясы Ақмола облыстық филиалының кеңейтілген отырысы өтті. Облыстан партияның облыстық \
             филиалының төрағасы Серік Жақсылықов және ардагерлер қатысты.\n",
        );
        assert_has(&f, "participant\tСерік Жақсылықов\tguest\tmeeting@AMANAT/oblast/Ақмола");
        // With another thing attended (a dative object), it is not the event.
        let f = facts(
            "«AMANAT» партиясы Ақмола облыстық филиалының кеңейтілген отырысы өтті. Өткен жылы Серік Жақсылықов \
             экологиялық акцияға қатысты.\n",
        );
        assert_lacks(&f, "participant\tСерік Жақсылықов\tguest\tmeeting@AMANAT/oblast/Ақмола");
    }

    #[test]
    fn a_verbal_noun_before_a_title_is_no_speech() {
        let f = facts(
            "Бүгін Ойыл аудандық мәслихатының төрағасы Б.Қ.Жанаев депутаттармен жаңа заң жобасын талқылады. \
             Талқылауға «AMANAT» партиясы Ойыл аудандық филиалының атқарушы хатшысы С.Т.Мұратов қатысты.\n",
        );
        assert_has(&f, "participant\tС.Т.Мұратов\tguest\tmeeting@maslikhat/district/Ойыл");
        assert_lacks(&f, "participant\tС.Т.Мұратов\tspeaker\tmeeting@maslikhat/district/Ойыл");
    }

    #[test]
    fn a_congress_whose_delegates_acted_took_place_with_the_number_said_in_speech() {
        let f = facts(
            "«Біз бүгін партияның кезектен тыс XXVI съезінде бағдарламаны бекітеміз», – деді партия хатшысы \
             Жанат Бекенов.\nСъезд делегаттары жаңа бағдарламаны бірауыздан қолдады.\n",
        );
        assert_has(&f, "event\tcongress@AMANAT/central");
        assert_has(&f, "event_attr\tcongress@AMANAT/central\tordinal\t26");
        assert_has(&f, "event_attr\tcongress@AMANAT/central\textraordinary\tyes");
        // Delegates elected to a congress say nothing about its having met.
        let f = facts("Облыстық конференцияда партияның кезектен тыс съезіне делегаттар сайланды.\n");
        assert_lacks(&f, "event\tcongress@AMANAT/central");
    }

    #[test]
    fn a_numbered_congress_spoken_from_in_passing_is_an_event_but_not_the_scene() {
        let f = facts(
            "Бүгін «AMANAT» партиясы Тараз қалалық филиалында жастармен кездесу өтті. Кездесуде «Жастар Рухы» \
             жастар қанатының кезектен тыс VII Съезінде қабылданған бағдарлама талқыланды. Бас қосуға қалалық \
             мәслихат депутаты Т.Серікбаев қатысты.\n",
        );
        assert_has(&f, "event\tcongress@org/Жастар Рухы");
        assert_has(&f, "event_attr\tcongress@org/Жастар Рухы\tordinal\t7");
        assert_has(&f, "participant\tТ.Серікбаев\tguest\tmeeting@AMANAT/city/Тараз");
        assert_lacks(&f, "participant\tТ.Серікбаев\tguest\tcongress@org/Жастар Рухы");
    }

    #[test]
    fn a_faction_whose_members_discussed_met_in_its_assembly() {
        let f = facts(
            "Фракция жылды қорытындылады\n\nМәжілістегі «AMANAT» партиясы фракциясының мүшелері көктемгі сессияның жұмысын қорытындылап, \
             алдағы міндеттерді талқылады, деп хабарлайды ABC.KZ.\nМәжіліс депутаты Серік Омаровтың айтуынша, барлық заң жобалары \
             уақытында қаралды.\n",
        );
        assert_has(&f, "event\tmeeting@parliament/Мәжіліс");
        assert_has(&f, "participant\tСерік Омаров\tspeaker\tmeeting@parliament/Мәжіліс");
        let f = facts(
            "Қостанай облыстық мәслихатындағы «AMANAT» партиясы фракциясының депутаттары жол картасының \
             орындалуын талқылады.\n",
        );
        assert_has(&f, "event\tmeeting@maslikhat/oblast/Қостанай");
        // Members who will discuss something have not met yet.
        let f = facts("Мәжілістегі «AMANAT» партиясы фракциясының мүшелері келесі аптада бюджетті талқылайды.\n");
        assert_lacks(&f, "event\tmeeting@parliament/Мәжіліс");
    }

    #[test]
    fn a_level_word_after_the_branch_is_not_the_branchs_level() {
        let f = facts(
            "Жиын өтті\n\n«AMANAT» партиясы Ақтөбе қалалық филиалында партия филиалы жанындағы Мұра аймақтық \
             қоғамдық кеңесінің отырысы өтті. Отырыста қалалық мәслихат депутаты Әсел Қанатова сөз сөйледі.\n",
        );
        // (A session of the public council the branch keeps: its council session.)
        assert_has(&f, "event\tcouncil_session@AMANAT/city/Ақтөбе");
        assert_has(&f, "participant\tӘсел Қанатова\tspeaker\tcouncil_session@AMANAT/city/Ақтөбе");
        assert_lacks(&f, "branch\tAMANAT/oblast/Ақтөбе");
    }

    #[test]
    fn coordinated_branches_meet_as_the_first_and_a_level_before_the_wing_is_its_branch() {
        let f = facts(
            "Жиын өтті\n\nБүгін Өскеменде партияның облыстық және Риддер қалалық филиалының қызметкерлері \
             арасында жарты жылдың қорытындысы бойынша жиын өтті. Жиында облыстық «Жас Отан» жастар \
             қанатының атқарушы хатшысы Ерасыл Нұрболов баяндама жасады.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Шығыс Қазақстан");
        assert_has(&f, "branch\tAMANAT/city/Риддер");
        assert_has(&f, "parent\tAMANAT/city/Риддер\tAMANAT/oblast/Шығыс Қазақстан");
        assert_lacks(&f, "event\tmeeting@AMANAT/city/Риддер");
        assert_has(&f, "holds\tЕрасыл Нұрболов\texecutive_secretary\torg/Жас Отан Шығыс Қазақстан облыстық филиалы\tcurrent");
    }

    #[test]
    fn a_debate_a_branch_held_is_its_meeting_and_a_caption_title_ends_in_a_colon() {
        let f = facts(
            "Үміткерлер сайысқа түсті\n\nАлғашқы пікірсайысты бүгін партияның Екібастұздағы филиалы өткізді.\n\
             Марат Жақыпов – «AMANAT» партиясы Екібастұз қалалық филиалы төрағасының бірінші орынбасары:\n\
             – Әр үміткер өз бағдарламасын таныстырады.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/city/Екібастұз");
        assert_has(&f, "holds\tМарат Жақыпов\tfirst_deputy_chairman\tAMANAT/city/Екібастұз\tcurrent");
        assert_has(&f, "participant\tМарат Жақыпов\tspeaker\tmeeting@AMANAT/city/Екібастұз");
        // A debate inside a conference is not an event of its own.
        let f = facts("Конференция өтті\n\nАудандық филиалдың конференциясы өтті. Конференцияда үміткерлер арасында пікірсайыс өтті.\n");
        assert_lacks(&f, "event\tmeeting@AMANAT/central");
    }

    #[test]
    fn a_city_named_bare_is_the_focus_and_a_comma_caption_gives_the_title() {
        let f = facts(
            "Жеребе тасталды\n\nАқтауда үміткерлерге жолдама беру рәсімі өтті.\n\
             Ерлан Сәрсенов, «AMANAT» партиясы қалалық филиалы төрағасының орынбасары:\n\
             – Рәсім ашық түрде өтті.\n",
        );
        assert_has(&f, "holds\tЕрлан Сәрсенов\tdeputy_chairman\tAMANAT/city/Ақтау\tcurrent");
        // A comma that does not open a caption is no apposition.
        let f = facts("Жиын өтті\n\nАқтауда Ерлан Сәрсенов, қалалық филиалы төрағасының орынбасары келді.\n");
        assert_lacks(&f, "holds\tЕрлан Сәрсенов\tdeputy_chairman\tAMANAT/city/Ақтау\tcurrent");
    }

    #[test]
    fn a_chairwoman_and_a_branch_named_by_its_citys_adjective() {
        let f = facts(
            "Жаңа төрайым сайланды\n\nБүгін «AMANAT» партиясы Павлодар облыстық филиалының конференциясы өтті. \
             Конференцияда Айгүл Сейітова облыстық филиалдың төрайымы болып сайланды.\n",
        );
        assert_has(&f, "elected\tАйгүл Сейітова\tchairman\tAMANAT/oblast/Павлодар");
        let f = facts(
            "Көмек көрсетілді\n\nПартияның шымкенттік филиалы аз қамтылған отбасыларға көмек көрсетті.\n",
        );
        assert_has(&f, "branch\tAMANAT/city/Шымкент");
    }

    #[test]
    fn an_official_who_met_the_partys_activists_held_the_branchs_meeting() {
        let f = facts(
            "Әкім партиялықтармен жүздесті\n\nОблыс әкімі Талғат Нұрпейісов «AMANAT» партиясы Қостанай облыстық \
             филиалының белсенділерімен кездесті. Кездесуде Талғат Нұрпейісов жол құрылысы туралы айтты.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Қостанай");
        assert_has(&f, "participant\tТалғат Нұрпейісов\tspeaker\tmeeting@AMANAT/oblast/Қостанай");
        // Village activists are not the party's.
        let f = facts("Әкім ауыл белсенділерімен кездесті\n\nАудан әкімі Ғани Тоқтаров Жаңақала ауданында ауыл белсенділерімен кездесті.\n");
        assert!(!f.iter().any(|l| l.starts_with("event\t")), "{f:?}");
    }

    #[test]
    fn a_meeting_with_the_activists_during_a_visit_is_its_own_event() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Атырау облыстық филиалының төрағасы Нұрлан Бекмағамбетов Жылыой ауданына \
             іссапармен барды. Сапар барысында ол аудандық филиалдың партия активімен кездесті. Кездесуге аудан әкімі \
             Арман Жұмағалиев қатысты.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/district/Жылыой");
        assert_has(&f, "event\tmeeting@AMANAT/district/Жылыой");
        assert_has(&f, "participant\tАрман Жұмағалиев\tguest\tmeeting@AMANAT/district/Жылыой");
    }

    #[test]
    fn a_branch_that_organised_a_meeting_held_it() {
        let f = facts(
            "Жиын\n\nКеше Жамбыл облысы Меркі ауданында «AMANAT» партиясының аудандық филиалы партия активімен \
             кездесу ұйымдастырды. Кездесуде аудандық филиал төрағасы Бағдат Омаров сөз сөйледі.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/district/Меркі");
        assert_has(&f, "participant\tБағдат Омаров\tspeaker\tmeeting@AMANAT/district/Меркі");
    }

    #[test]
    fn a_headlines_session_held_by_a_branch_is_the_council_session() {
        let f = facts(
            "Облыстық филиал отырыс өткізді\n\n«AMANAT» партиясының Ақтөбе облыстық филиалы саяси кеңестің \
             кеңейтілген отырысын өткізді. Отырысты филиал төрағасы Марат Әлімов жүргізді.\n",
        );
        assert_has(&f, "event\tcouncil_session@AMANAT/oblast/Ақтөбе");
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Ақтөбе");
        assert_has(&f, "participant\tМарат Әлімов\tmoderator\tcouncil_session@AMANAT/oblast/Ақтөбе");
    }

    #[test]
    fn a_factions_meeting_in_the_mazhilis_and_its_leader_named_later() {
        let f = facts(
            "Фракция отырысы\n\nМәжілістегі «AMANAT» партиясы фракциясының отырысы өтті. Отырысты фракция \
             жетекшісі Әділ Ноғаев жүргізді.\n",
        );
        assert_has(&f, "event\tmeeting@parliament/Мәжіліс");
        assert_has(&f, "holds\tӘділ Ноғаев\tfaction_leader\tparliament/Мәжіліс\tcurrent");
        assert_has(&f, "participant\tӘділ Ноғаев\tmoderator\tmeeting@parliament/Мәжіліс");
        let f = facts(
            "Депутаттар\n\nҚызылорда облыстық мәслихатындағы «AMANAT» партиясы фракциясының депутаттары \
             тұрғындармен кездесті. Кездесуге фракция жетекшісі Берік Құлназаров қатысты.\n",
        );
        assert_has(&f, "holds\tБерік Құлназаров\tfaction_leader\tmaslikhat/oblast/Қызылорда\tcurrent");
    }

    #[test]
    fn speech_phrases_of_several_words_and_before_the_speaker() {
        let f = facts(
            "Конференция\n\nШардара аудандық филиалының конференциясы өтті. Сөз алған аудан әкімі Ерік Досболов \
             жаңа мектептер туралы айтты. Аудандық мәслихат депутаты Айнұр Сәкенова сөз кезегін алды. Ардагер \
             Бекет Оспанұлы жастардың тәрбиесіне баса назар аударды. Филиал төрағасы Нұрсұлтан Жантасов жыл \
             қорытындысын мәлім етті. Жарыссөзге сондай-ақ аудандық мәслихат хатшысы Гүлдана Ермекова мен \
             аудан әкімінің орынбасары Марат Әділов шықты. «Ауылдың мәселесі – біздің мәселеміз», – деп атап \
             өтті Қайрат Сейітқали. Арман Жұмабековтің сөзіне қарағанда, жоспар орындалды.\n",
        );
        for name in [
            "Ерік Досболов", "Айнұр Сәкенова", "Бекет Оспанұлы", "Нұрсұлтан Жантасов", "Гүлдана Ермекова", "Марат Әділов",
            "Қайрат Сейітқали", "Арман Жұмабеков",
        ] {
            assert_has(&f, &format!("participant\t{name}\tspeaker\tconference@AMANAT/district/Шардара"));
        }
        // Passive: attention was drawn, by no one named.
        let f = facts(
            "Конференция\n\nШардара аудандық филиалының конференциясы өтті. Аудан әкімі Ерік Досболов \
             ұсынған жобаға назар аударылды.\n",
        );
        assert_lacks(&f, "participant\tЕрік Досболов\tspeaker\tconference@AMANAT/district/Шардара");
    }

    #[test]
    fn a_moderator_named_after_its_pronoun_and_an_invited_guest_in_the_genitive() {
        let f = facts(
            "Жиын\n\nСарыағаш аудандық филиалының ұйымдастыруымен дөңгелек үстел өтті. Оның модераторы аудандық \
             филиалдың атқарушы хатшысы Ләйла Берікова болды. Жиынға арнайы шақырылған облыстық мәслихат депутаты \
             Дана Өмірбекованың пікірінше, жастарға қолдау керек.\n",
        );
        assert_has(&f, "participant\tЛәйла Берікова\tmoderator\tmeeting@AMANAT/district/Сарыағаш");
        assert_has(&f, "participant\tДана Өмірбекова\tguest\tmeeting@AMANAT/district/Сарыағаш");
        assert_has(&f, "participant\tДана Өмірбекова\tspeaker\tmeeting@AMANAT/district/Сарыағаш");
    }

    #[test]
    fn a_seminar_and_a_working_council_a_branch_held_are_its_meetings() {
        let f = facts(
            "Семинар\n\n«AMANAT» партиясы Қармақшы аудандық филиалы партия белсенділеріне арналған семинарын өткізді. \
             Семинарға аудандық мәслихат хатшысы Әли Нұрпейіс қатысып, сұрақтарға жауап берді.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/district/Қармақшы");
        assert_has(&f, "participant\tӘли Нұрпейіс\tguest\tmeeting@AMANAT/district/Қармақшы");
        assert_has(&f, "participant\tӘли Нұрпейіс\tspeaker\tmeeting@AMANAT/district/Қармақшы");
        let f = facts(
            "Кеңес\n\nКеше «AMANAT» партиясы Павлодар облыстық филиалында сайлауалды бағдарлама бойынша кеңес өтті. \
             Оған филиал төрағасы Бекзат Әбілов төрағалық етті.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Павлодар");
        assert_has(&f, "participant\tБекзат Әбілов\tchair\tmeeting@AMANAT/oblast/Павлодар");
        // A body ("ардагерлер кеңесі") and advice given ("кеңес берді") are no meeting.
        let f = facts(
            "Кеңес\n\n«AMANAT» партиясы Павлодар облыстық филиалының ардагерлер кеңесі құрылды. Филиал төрағасы \
             Бекзат Әбілов жастарға кеңес берді.\n",
        );
        assert!(!f.iter().any(|l| l.starts_with("event\t")), "{f:?}");
    }

    #[test]
    fn a_primary_organisation_named_by_the_institution_it_sits_in() {
        let f = facts(
            "Жиналыс\n\nШиелі кентіндегі «Шиелі су арнасы» кәсіпорнында құрылған бастауыш партия ұйымының есеп \
             беру-сайлау жиналысы өтті. Ұйымның хатшысы Гүлайым Тоқтарова есеп берді.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/primary/Шиелі су арнасы");
        assert_has(&f, "event_attr\tmeeting@AMANAT/primary/Шиелі су арнасы\treporting_election\tyes");
        assert_has(&f, "participant\tГүлайым Тоқтарова\tspeaker\tmeeting@AMANAT/primary/Шиелі су арнасы");
    }

    #[test]
    fn a_deputy_or_a_branch_officer_who_went_to_a_district_visited_it() {
        let f = facts(
            "Сапар\n\nМәжіліс депутаты Ерғали Сәтбеков Қордай ауданында болып, тұрғындармен кездесті. Аудандық \
             филиалдың төрағасы Әсел Нұрова оған ақпарат берді.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/district/Қордай");
        assert_has(&f, "participant\tЕрғали Сәтбеков\tvisitor\tvisit@AMANAT/district/Қордай");
        // The chamber named in a title is no sitting of it.
        assert!(!f.iter().any(|l| l.contains("meeting@parliament")), "{f:?}");
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Жамбыл облыстық филиалының төрағасы Дамир Өтегенов Қордай ауданына барып, \
             жаңа мектепті аралады.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/district/Қордай");
        assert_has(&f, "participant\tДамир Өтегенов\tvisitor\tvisit@AMANAT/district/Қордай");
        // Going there to attend a gathering is no visit of its own.
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Жамбыл облыстық филиалының төрағасы Дамир Өтегенов Қордай ауданына барып, \
             аудандық филиалдың конференциясына қатысты.\n",
        );
        assert_lacks(&f, "event\tvisit@AMANAT/district/Қордай");
    }

    #[test]
    fn whoever_received_or_briefed_the_visitor_hosted_the_visit() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Жамбыл облыстық филиалының төрағасы Дамир Өтегенов Қордай ауданына \
             іссапармен келді. Қордай ауылында оны аудан әкімі Серік Ахметов қабылдады. Аудандық мәслихат хатшысы \
             Бақыт Ермеков облыстық филиал төрағасына жол құрылысы туралы баяндады.\n",
        );
        assert_has(&f, "participant\tСерік Ахметов\thost\tvisit@AMANAT/district/Қордай");
        assert_has(&f, "participant\tБақыт Ермеков\thost\tvisit@AMANAT/district/Қордай");
        assert_has(&f, "participant\tБақыт Ермеков\tspeaker\tvisit@AMANAT/district/Қордай");
        assert_lacks(&f, "participant\tДамир Өтегенов\thost\tvisit@AMANAT/district/Қордай");
        // Admitting people to the party is no receiving of the visitor.
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Жамбыл облыстық филиалының төрағасы Дамир Өтегенов Қордай ауданына \
             іссапармен келді. Аудандық филиалдың төрағасы Серік Ахметов жастарды партия қатарына қабылдады.\n",
        );
        assert_lacks(&f, "participant\tСерік Ахметов\thost\tvisit@AMANAT/district/Қордай");
    }

    #[test]
    fn a_meeting_a_primary_organisation_organised_and_the_village_akim_named_again() {
        let f = facts(
            "Кездесу\n\nТөлеби ауданының Қасқасу ауылында «Қасқасу» бастауыш партия ұйымының ұйымдастыруымен \
             тұрғындармен кездесу өтті. Кездесуге Қасқасу ауылдық округінің әкімі Нұрлан Сейітов арнайы келді. \
             Ауыл әкімі тұрғындардың сұрақтарына жауап берді. Ардагер Сәуле Әбенова жұмысты сынға алды.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/primary/Қасқасу");
        assert_has(&f, "participant\tНұрлан Сейітов\tguest\tmeeting@AMANAT/primary/Қасқасу");
        assert_has(&f, "participant\tНұрлан Сейітов\tspeaker\tmeeting@AMANAT/primary/Қасқасу");
        assert_has(&f, "participant\tСәуле Әбенова\tspeaker\tmeeting@AMANAT/primary/Қасқасу");
    }

    #[test]
    fn a_sentence_opened_by_speaker_or_deputy_is_about_the_one_just_named() {
        let f = facts(
            "Жиын\n\nБалқаш қалалық филиалында партия активінің жиналысы өтті. Жиналысқа Мәжіліс депутаты \
             Айдана Серікова қатысты. Депутат жастарды белсенді болуға шақырды. Қалалық филиалдың атқарушы \
             хатшысы Ерік Омаров қатысты. Депутат сайлау туралы айтты.\n",
        );
        assert_has(&f, "participant\tАйдана Серікова\tspeaker\tmeeting@AMANAT/city/Балқаш");
        // "Депутат" after a secretary was named is not the secretary.
        assert_lacks(&f, "participant\tЕрік Омаров\tspeaker\tmeeting@AMANAT/city/Балқаш");
    }

    #[test]
    fn taking_the_floor_giving_answers_and_tasks_is_speaking() {
        let f = facts(
            "Конференция\n\nҚазалы аудандық филиалының конференциясы өтті. Баяндама бойынша аудандық мәслихат \
             хатшысы Серік Әбенов, ардагер Қалдыбек Жақыпов жарыссөзге шықты. Аудан әкімі Мұрат Ерғалиев \
             делегаттардың сұрақтарына жауап берді. Соңында филиал төрағасы Айдар Сүлейменов тапсырмалар берді.\n",
        );
        for name in ["Серік Әбенов", "Қалдыбек Жақыпов", "Мұрат Ерғалиев", "Айдар Сүлейменов"] {
            assert_has(&f, &format!("participant\t{name}\tspeaker\tconference@AMANAT/district/Қазалы"));
        }
        // A task given before ("тапсырма берген болатын") was not said at the event.
        let f = facts(
            "Конференция\n\nҚазалы аудандық филиалының конференциясы өтті. Былтыр аудан әкімі Мұрат Ерғалиев \
             бұл туралы тапсырма берген болатын.\n",
        );
        assert_lacks(&f, "participant\tМұрат Ерғалиев\tspeaker\tconference@AMANAT/district/Қазалы");
    }

    #[test]
    fn visits_begun_from_a_place_come_to_in_a_participle_or_just_been_at() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы төрағасының орынбасары Нұрбол Әлжанов өзінің іс-сапарын Қостанай облысынан \
             бастады. Ол облыс әкімі Ержан Бекенов пен облыстық филиал төрағасы Рауан Төлегенұлымен кездесті. \
             Нұрбол Әлжанов облыстық филиалдың партия активімен кездесуде сөз сөйледі.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/oblast/Қостанай");
        assert_has(&f, "participant\tНұрбол Әлжанов\tvisitor\tvisit@AMANAT/oblast/Қостанай");
        assert_has(&f, "participant\tЕржан Бекенов\thost\tvisit@AMANAT/oblast/Қостанай");
        assert_has(&f, "participant\tРауан Төлегенұлы\thost\tvisit@AMANAT/oblast/Қостанай");
        assert_has(&f, "participant\tНұрбол Әлжанов\tspeaker\tmeeting@AMANAT/oblast/Қостанай");
        // Coming from a place is no visit to it.
        let f = facts("Жиын\n\nҚостанай облысынан келген Нұрбол Әлжанов Астанада тұрады.\n");
        assert_lacks(&f, "event\tvisit@AMANAT/oblast/Қостанай");
        let f = facts(
            "Сапар\n\nЖұмыс сапарымен Жаңақала ауданына келген «AMANAT» партиясы Батыс Қазақстан облыстық \
             филиалының төрағасы Ғабит Жақсыбеков аудан әкімімен кездесті.\n",
        );
        assert_has(&f, "participant\tҒабит Жақсыбеков\tvisitor\tvisit@AMANAT/district/Жаңақала");
        let f = facts(
            "Сапар\n\nҚызылорда облыстық филиалының атқарушы хатшысы Әлия Тұрсынова Жалағаш ауданында болды. \
             Ол аудандық филиалдың қызметкерлерімен кездесті.\n",
        );
        assert_has(&f, "participant\tӘлия Тұрсынова\tvisitor\tvisit@AMANAT/district/Жалағаш");
        // A gathering held in a district is not a visit.
        let f = facts(
            "Жиын\n\nҚызылорда облыстық филиалының атқарушы хатшысы Әлия Тұрсынова Жалағаш ауданында өткен жиынға қатысты.\n",
        );
        assert!(!f.iter().any(|l| l.starts_with("event\tvisit")), "{f:?}");
    }

    #[test]
    fn chairing_written_as_a_verbal_noun_and_the_floor_given_to_someone() {
        let f = facts(
            "Жиналыс\n\n«AMANAT» партиясы Рудный қалалық филиалында партия активінің жиналысы филиал төрағасы \
             Мақсат Оразовтың төрағалық етуімен өтті.\n",
        );
        assert_has(&f, "participant\tМақсат Оразов\tchair\tmeeting@AMANAT/city/Рудный");
        let f = facts(
            "Жиналыс\n\n«AMANAT» партиясы Рудный қалалық филиалында партия активінің жиналысы өтті. Жиналыс \
             соңында филиал төрағасы Мақсат Оразовқа сөз берілді.\n",
        );
        assert_has(&f, "participant\tМақсат Оразов\tspeaker\tmeeting@AMANAT/city/Рудный");
    }

    #[test]
    fn a_session_of_the_youth_wings_branch_is_its_meeting() {
        let f = facts(
            "Отырыс\n\n«Жастар Рухы» жастар қанатының Павлодар облыстық филиалының отырысы өтті. Отырысты \
             Дана Серікова жүргізді.\n",
        );
        assert_has(&f, "event\tmeeting@org/Жастар Рухы Павлодар облыстық филиалы");
        assert_has(&f, "participant\tДана Серікова\tmoderator\tmeeting@org/Жастар Рухы Павлодар облыстық филиалы");
    }

    #[test]
    fn attendees_before_a_participle_a_named_moderator_and_an_invited_guest() {
        let f = facts(
            "Конференция\n\nБүгін «AMANAT» партиясы Ұйғыр аудандық филиалының конференциясы өтті. Аудан әкімі \
             Әділет Мұсаев, облыстық мәслихат депутаты Ринат Закиров қатысқан конференцияда жұмыс қорытындыланды. \
             Конференцияның модераторы – аудандық филиалдың атқарушы хатшысы Гүлжан Оспанова. Конференцияға облыстық \
             филиал төрағасы Бекнұр Әміров арнайы шақырылды.\n",
        );
        let ev = "conference@AMANAT/district/Ұйғыр";
        assert_has(&f, &format!("participant\tӘділет Мұсаев\tguest\t{ev}"));
        assert_has(&f, &format!("participant\tРинат Закиров\tguest\t{ev}"));
        assert_has(&f, &format!("participant\tГүлжан Оспанова\tmoderator\t{ev}"));
        assert_has(&f, &format!("participant\tБекнұр Әміров\tguest\t{ev}"));
    }

    #[test]
    fn maslikhat_deputies_speaking_at_a_bureau_session_and_tasks_set() {
        let f = facts(
            "Бюро\n\n«AMANAT» партиясы Түркістан облыстық филиалы Саяси кеңесі Бюросының мәжілісі болды. Мәжілісті \
             филиал төрағасы Нұрлыбек Әлиев жүргізді. Бюро мәжілісінде облыстық мәслихат депутаты Айсұлу Бекова \
             ақпарат берді. Соңында Нұрлыбек Әлиев бірқатар тапсырма жүктеді.\n",
        );
        let ev = "council_session@AMANAT/oblast/Түркістан";
        assert_has(&f, "holds\tАйсұлу Бекова\tdeputy\tmaslikhat/oblast/Түркістан\tcurrent");
        assert_has(&f, &format!("participant\tНұрлыбек Әлиев\tmoderator\t{ev}"));
        assert_has(&f, &format!("participant\tНұрлыбек Әлиев\tspeaker\t{ev}"));
        assert_has(&f, &format!("participant\tАйсұлу Бекова\tspeaker\t{ev}"));
    }

    #[test]
    fn a_maslikhats_deputies_who_met_people_held_its_meeting() {
        let f = facts(
            "Депутаттар ұжыммен кездесті\n\nБүгін Кентау қалалық мәслихатының депутаттары трансформатор зауытының \
             ұжымымен кездесті. Кездесуде қалалық мәслихат хатшысы Ерлан Әшірбеков баяндама жасады.\n",
        );
        assert_has(&f, "event\tmeeting@maslikhat/city/Кентау");
        assert_has(&f, "participant\tЕрлан Әшірбеков\tspeaker\tmeeting@maslikhat/city/Кентау");
        // Bare "депутаттар": the maslikhat the article names.
        let f = facts(
            "Депутаттар\n\nКеше депутаттар Жітіқара ауданындағы мектепте болып, мұғалімдермен өзекті мәселелерді \
             талқылады. Аудандық мәслихат хатшысы Марат Бекішев бюджет туралы айтты.\n",
        );
        assert_has(&f, "event\tmeeting@maslikhat/district/Жітіқара");
        // Meetings only planned give nothing.
        let f = facts(
            "Депутаттар\n\nКентау қалалық мәслихатының депутаттары сайлаушылармен кездесулер өткізуді жоспарлап отыр.\n",
        );
        assert!(!f.iter().any(|l| l.starts_with("event\t")), "{f:?}");
    }

    #[test]
    fn an_event_that_finished_its_work_took_place() {
        let f = facts(
            "Съезд\n\n«AMANAT» партиясының XXVIII съезі жұмысын аяқтады. Съезде Бекзат Ормановтың баяндамасы тыңдалды.\n",
        );
        assert_has(&f, "event\tcongress@AMANAT/central");
        assert_has(&f, "event_attr\tcongress@AMANAT/central\tordinal\t28");
        let f = facts("Конференция\n\nАбай аудандық филиалының конференциясы аяқталды.\n");
        assert!(f.iter().any(|l| l.starts_with("event\tconference@AMANAT/district/Абай")), "{f:?}");
        // Work on something else finished is no event.
        let f = facts("Жөндеу\n\nАбай аудандық филиалының ғимаратын жөндеу аяқталды.\n");
        assert!(!f.iter().any(|l| l.starts_with("event\t")), "{f:?}");
    }

    #[test]
    fn one_put_in_anothers_place_and_one_released_held_the_post_before() {
        let head = "Кадрлық өзгеріс\n\n«AMANAT» партиясы Павлодар облыстық филиалының Саяси кеңесінің отырысы өтті. ";
        // "X орнына Y сайланды", either order, X in any case.
        for sentence in [
            "Отырыста Нұрболат Жақыповтың орнына филиалдың атқарушы хатшысы болып Ғалымжан Төлегенов сайланды.",
            "Отырыста филиалдың атқарушы хатшысы болып Нұрболат Жақыпов орнына Ғалымжан Төлегенов сайланды.",
            "Ғалымжан Төлегенов Нұрболат Жақыповтың орнына филиалдың атқарушы хатшысы болып тағайындалды.",
        ] {
            let f = facts(&format!("{head}{sentence}\n"));
            assert_has(&f, "holds\tНұрболат Жақыпов\texecutive_secretary\tAMANAT/oblast/Павлодар\tformer");
            assert_has(&f, "holds\tҒалымжан Төлегенов\texecutive_secretary\tAMANAT/oblast/Павлодар\tcurrent");
            assert_lacks(&f, "holds\tНұрболат Жақыпов\texecutive_secretary\tAMANAT/oblast/Павлодар\tcurrent");
            assert_lacks(&f, "elected\tНұрболат Жақыпов\texecutive_secretary\tAMANAT/oblast/Павлодар");
        }
        // Released, or powers ended: the post named with it is former.
        for sentence in [
            "Филиал төрағасының орынбасары Сәуле Бекова қызметінен босатылды.",
            "Сәуле Бекова филиал төрағасының орынбасары қызметінен өз еркімен кетті.",
            "Сәуле Бекованың филиал төрағасының орынбасары ретіндегі өкілеттігі тоқтатылды.",
            "Филиал төрағасының орынбасары Сәуле Бекованың өкілеттігі мерзімінен бұрын тоқтатылды.",
        ] {
            let f = facts(&format!("{head}{sentence}\n"));
            assert_has(&f, "holds\tСәуле Бекова\tdeputy_chairman\tAMANAT/oblast/Павлодар\tformer");
            assert_lacks(&f, "holds\tСәуле Бекова\tdeputy_chairman\tAMANAT/oblast/Павлодар\tcurrent");
        }
        // An appointment is what "бұл қызметті бұрын X атқарған" refers to.
        let f = facts(&format!(
            "{head}Филиалдың атқарушы хатшысы лауазымына Ғалымжан Төлегенов тағайындалды. Бұл қызметті бұрын Нұрболат Жақыпов атқарған еді.\n"
        ));
        assert_has(&f, "holds\tНұрболат Жақыпов\texecutive_secretary\tAMANAT/oblast/Павлодар\tformer");
        assert_has(&f, "holds\tҒалымжан Төлегенов\texecutive_secretary\tAMANAT/oblast/Павлодар\tcurrent");
    }

    #[test]
    fn a_name_ending_like_an_accusative_is_whole_when_declined_elsewhere() {
        let f = facts(
            "Жиын өтті\n\n«AMANAT» партиясы Сайрам аудандық филиалының төрағасы Бекзат Жолды жиынды ашты. \
             Жиынға аудандық мәслихат депутаты Айым Нұрлыбекқызы қатысты. Бекзат Жолдының айтуынша, жұмыс жалғасады.\n",
        );
        assert_has(&f, "person\tБекзат Жолды");
        assert_lacks(&f, "person\tБекзат Жол");
        assert_has(&f, "holds\tБекзат Жолды\tchairman\tAMANAT/district/Сайрам\tcurrent");
        // A name closed by a verb needs no other mention.
        let f = facts("Жиын өтті\n\nФилиал төрағасы Дамир Есенгелді жиынды ашты.\n");
        assert_has(&f, "person\tДамир Есенгелді");
    }

    #[test]
    fn another_bodys_branch_and_a_party_branch_with_its_own_name() {
        let f = facts(
            "Сенбілік\n\nҚостанай облысында тазалық акциясы өтті.\n\
             Мүгедектер қоғамы облыстық филиалының төрағасы Болат Жанұзақов та қатысты.\n\
             СНХ: ГҮЛМИРА ОМАРОВА – \"AMANAT\" ПАРТИЯСЫ \"ШАПАҒАТ\" ФИЛИАЛЫНЫҢ АТҚАРУШЫ ХАТШЫСЫ\n\
             СНХ: ТИМУР ЛИ – ЖАУЫНГЕР-ИНТЕРНАЦИОНАЛИСТЕР ОДАҒЫ ОБЛЫСТЫҚ ФИЛИАЛЫНЫҢ ТӨРАҒАСЫ\n",
        );
        assert_has(&f, "holds\tБолат Жанұзақов\tchairman\torg/Мүгедектер қоғамы Қостанай облыстық филиалы\tcurrent");
        assert_has(&f, "holds\tГүлмира Омарова\texecutive_secretary\tAMANAT/primary/Шапағат\tcurrent");
        assert_has(&f, "holds\tТимур Ли\tchairman\torg/Жауынгер-интернационалистер одағы Қостанай облыстық филиалы\tcurrent");
        assert_lacks(&f, "holds\tТимур Ли\tchairman\tAMANAT/oblast/Қостанай\tcurrent");
        // The party's own oblast branch is still the party's.
        let f = facts("Жиын\n\n«AMANAT» партиясы Қостанай облыстық филиалының төрағасы Болат Жанұзақов сөйледі.\n");
        assert_has(&f, "holds\tБолат Жанұзақов\tchairman\tAMANAT/oblast/Қостанай\tcurrent");
    }

    #[test]
    fn counted_branches_are_no_one_branch_and_oblast_initials_name_the_oblast() {
        let f = facts(
            "Тазалық акциясы\n\nШҚО-да «AMANAT» партиясының мүшелері сенбілік өткізді. Ұлан ауданындағы ауылда жұмыс жүрді. \
             Облыстық және 4 аудандық филиалдың қызметкерлері қатысты.\n\
             Серік Жақсылықов, «AMANAT» партиясы ШҚОФ атқарушы хатшысы:\n\n– Біз жұмысты жалғастырамыз.\n",
        );
        assert_has(&f, "holds\tСерік Жақсылықов\texecutive_secretary\tAMANAT/oblast/Шығыс Қазақстан\tcurrent");
        assert_has(&f, "branch\tAMANAT/oblast/Шығыс Қазақстан");
        assert_lacks(&f, "branch\tAMANAT/district/Ұлан");
        let f = facts("Жиын\n\nҰлан ауданында бірнеше аудандық филиалдың өкілдері бас қосты.\n");
        assert_lacks(&f, "branch\tAMANAT/district/Ұлан");
        // A time is no count.
        let f = facts("Қабылдау\n\nҰлан ауданының әкімі азаматтарды қабылдайды (5 наурыз, 10:00, аудандық филиалы).\n");
        assert_has(&f, "branch\tAMANAT/district/Ұлан");
    }

    #[test]
    fn an_initial_form_shows_a_name_written_surname_first() {
        let f = facts(
            "Көмек\n\nФилиал «Береке» ЖШС директоры Жұмабай Ерсұлтанмен бірлесіп азық-түлік таратты.\n\
             «Біз көмектесе береміз», - деді Е.Жұмабай.\n",
        );
        assert_has(&f, "person\tЕрсұлтан Жұмабай");
        assert_has(&f, "alias\tЕрсұлтан Жұмабай\tЕ.Жұмабай");
        assert_lacks(&f, "person\tЖұмабай Ерсұлтан");
    }

    #[test]
    fn a_congress_delegates_are_to_attend_is_ahead_and_a_conference_attended_took_place() {
        let f = facts(
            "Жиын\n\nОблыстағы партия мүшелері бүгін кезекті XXV Съезге баратын өкілдерді анықтап, жиналыс \
             өткізді. «AMANAT» партиясы Атырау облыстық филиалының кезектен тыс XL конференциясына облыстық \
             мәслихат хатшысы Серік Жанұзақов қатысты.\n",
        );
        assert_lacks(&f, "event\tcongress@AMANAT/central");
        assert_has(&f, "event\tconference@AMANAT/oblast/Атырау");
        assert_has(&f, "event_attr\tconference@AMANAT/oblast/Атырау\tordinal\t40");
        assert_has(&f, "participant\tСерік Жанұзақов\tguest\tconference@AMANAT/oblast/Атырау");
        // Attending "the gathering" once the article has its event is that event.
        let f = facts(
            "Конференция\n\nАтырау облыстық филиалының XL конференциясы болып өтті. Филиал жиынына облыстық \
             мәслихат хатшысы Серік Жанұзақов арнайы қатысты.\n",
        );
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Атырау");
        assert_has(&f, "participant\tСерік Жанұзақов\tguest\tconference@AMANAT/oblast/Атырау");
    }

    #[test]
    fn a_line_wrapped_inside_a_sentence_is_one_sentence() {
        let f = facts(
            "Конференция\n\nПавлодар облыстық филиалының конференциясы өтті. Партияның облыстық филиалы төрағасының\n\
             бірінші орынбасары Нұрлан Сейітов баяндама жасады.\n",
        );
        assert_has(&f, "holds\tНұрлан Сейітов\tfirst_deputy_chairman\tAMANAT/oblast/Павлодар\tcurrent");
        assert_has(&f, "participant\tНұрлан Сейітов\tspeaker\tconference@AMANAT/oblast/Павлодар");
    }

    #[test]
    fn a_branch_named_after_an_enterprise() {
        let f = facts(
            "Конференция\n\nЕкібастұз қаласының мәдениет үйінде «AMANAT» партиясы ЕКБК аудандық филиалының кезектен \
             тыс IX конференциясы өтті.\n",
        );
        assert_has(&f, "event\tconference@AMANAT/district/ЕКБК");
        assert_lacks(&f, "event\tconference@AMANAT/city/Екібастұз");
        // A headline in capitals names no enterprise.
        let f = facts("ТАРАЗ ҚАЛАЛЫҚ ФИЛИАЛЫНДА КОНФЕРЕНЦИЯ ӨТТІ\n\nКонференцияда есеп тыңдалды.\n");
        assert_lacks(&f, "branch\tAMANAT/city/ТАРАЗ");
        assert_has(&f, "branch\tAMANAT/city/Тараз");
    }

    #[test]
    fn a_trip_begun_from_a_region_named_alone_and_a_chairman_elected_by_the_delegates() {
        let f = facts(
            "Сапар\n\nПартия хатшысы Ержан Сапарбаев жұмыс сапарын Оңтүстіктен бастады. Филиалдың кезектен тыс \
             12-конференциясына қатысқан делегаттар облыстық филиалдың төрағасы етіп облыс әкімі Бақыт Омаровты сайлап алды.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/oblast/Түркістан");
        assert_has(&f, "participant\tЕржан Сапарбаев\tvisitor\tvisit@AMANAT/oblast/Түркістан");
        assert_has(&f, "event_attr\tconference@AMANAT/oblast/Түркістан\tordinal\t12");
        assert_has(&f, "elected\tБақыт Омаров\tchairman\tAMANAT/oblast/Түркістан");
        assert_has(&f, "holds\tБақыт Омаров\takim\tgov/oblast/Түркістан\tcurrent");
    }

    #[test]
    fn a_primary_organisation_in_straight_quotes_and_delegates_chosen_for_a_later_conference() {
        let f = facts(
            "Жиын\n\nБүгін \"Шұғыла\" бастауыш партия ұйымынан партияның аудандық конференциясына делегаттар \
             сайланды. \"Шұғыла\" бастауыш партия ұйымындағы жиында мектеп директоры Айгүл Серікова сөз алып, \
             белсенділерді атап өтті.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/primary/Шұғыла");
        assert_has(&f, "participant\tАйгүл Серікова\tspeaker\tmeeting@AMANAT/primary/Шұғыла");
        assert_lacks(&f, "event\tconference@AMANAT/primary/Шұғыла");
        // Delegates counted or proposed: still chosen for a later conference.
        let f = facts(
            "Жиын\n\nАқтөбеде жиын өтті. Қалалық конференцияға делегат ретінде Ералы Серікбаевты ұсынды. \
             Нәтижесінде қалалық конференцияға үш делегат бірауыздан сайланды.\n",
        );
        assert_lacks(&f, "event\tconference@AMANAT/city/Ақтөбе");
    }

    #[test]
    fn sessions_counted_are_no_event_and_a_hyphenated_reporting_election() {
        let f = facts(
            "Жиналыс\n\nМерке ауданындағы «Шұғыла» бастауыш партия ұйымының кезекті есеп-беру сайлау жиналысы \
             болып өтті. Ұйымда жыл бойы 5 рет бюро отырысы өткізілді.\n",
        );
        assert_has(&f, "event_attr\tmeeting@AMANAT/primary/Шұғыла\treporting_election\tyes");
        assert_lacks(&f, "event\tcouncil_session@AMANAT/primary/Шұғыла");
    }

    #[test]
    fn a_signature_with_its_title_line_and_an_akim_speaking_of_the_settlement() {
        let f = facts(
            "Жол картасы\n\nМақат ауданында жол картасы бойынша жұмыстар жалғасты. Жаңа нысандар салынды.\n\
             Болат Нұрғожин\nМақат аудандық мәслихатындағы партия фракциясының жетекшісі.\n",
        );
        assert_has(&f, "author\tБолат Нұрғожин");
        assert_has(&f, "holds\tБолат Нұрғожин\tfaction_leader\tmaslikhat/district/Мақат\tcurrent");
        let f = facts(
            "Актив\n\nАктивте Ақбұлақ ауылының әкімі Нарынбек Сейтқали елді мекеннің даму әлеуеті туралы айтты.\n",
        );
        assert_has(&f, "person\tНарынбек Сейтқали");
    }

    #[test]
    fn the_branch_leader_named_by_title_again_and_a_bare_oblast_centre_is_the_city() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Атырау облыстық филиалының төрағасы Ерлан Жұмабаев Исатай ауданына жұмыс \
             сапарымен келді. Облыстық партия жетекшісі ауданның даму қарқынына тоқталды.\n",
        );
        assert_has(&f, "participant\tЕрлан Жұмабаев\tspeaker\tvisit@AMANAT/district/Исатай");
        let f = facts("Жиын\n\nАқтөбеде жиын өтті. Жиынға қалалық филиалдың төрағасы Серік Омаров қатысты.\n");
        assert_has(&f, "holds\tСерік Омаров\tchairman\tAMANAT/city/Ақтөбе\tcurrent");
        assert_lacks(&f, "branch\tAMANAT/oblast/Ақтөбе");
    }

    #[test]
    fn a_place_where_before_a_title_and_an_event_only_the_headline_states() {
        let f = facts(
            "Партияның съезі өз жұмысын бастады\n\nАстанада Партия төрағасының бірінші орынбасары Ерлан Сейтқалиевтің \
             айтуынша, күн тәртібінде бес мәселе бар.\n",
        );
        assert_has(&f, "holds\tЕрлан Сейтқалиев\tfirst_deputy_chairman\tAMANAT/central\tcurrent");
        assert_lacks(&f, "branch\tAMANAT/city/Астана");
        assert_has(&f, "participant\tЕрлан Сейтқалиев\tspeaker\tcongress@AMANAT/central");
    }

    #[test]
    fn a_post_about_the_writers_own_trip_is_their_visit() {
        let f = facts(
            "Сапар\n\nБұл туралы партия хатшысы Ержан Сапарбаев Facebook-тағы парақшасында жазды.\n\
             «Өңірлерге жасаған сапарымыз бүгін Павлодар облысында жалғасын тапты. Партияластарымызбен кездестік», \
             – деп жазды.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/oblast/Павлодар");
        assert_has(&f, "participant\tЕржан Сапарбаев\tvisitor\tvisit@AMANAT/oblast/Павлодар");
    }

    #[test]
    fn the_chairmans_deputy_with_no_body_said_is_the_articles_branchs() {
        let f = facts(
            "Конференция\n\nАтырау облыстық филиалының конференциясы өтті. Кейін төрағаның бірінші орынбасары \
             Ерлан Сапаров жыл қорытындысын баяндады.\n",
        );
        assert_has(&f, "holds\tЕрлан Сапаров\tfirst_deputy_chairman\tAMANAT/oblast/Атырау\tcurrent");
    }

    #[test]
    fn a_caption_of_several_titles_and_the_paragraph_it_opens() {
        let f = facts(
            "Жиналыс өтті\n\nШиелі аудандық филиалында партия активінің жиналысы өтті.\n\n\
             Болат Жақсыбеков, Қызылорда облыстық мәслихатының депутаты, партия фракциясының мүшесі:\n\n\
             Біз ауыл тұрғындарының ұсыныстарын жинап, тиісті орындарға жеткіздік.\n",
        );
        assert_has(&f, "holds\tБолат Жақсыбеков\tdeputy\tmaslikhat/oblast/Қызылорда\tcurrent");
        assert_has(&f, "participant\tБолат Жақсыбеков\tspeaker\tmeeting@AMANAT/district/Шиелі");
        // Without the colon the line is no caption, and the next paragraph is nobody's speech.
        let f = facts(
            "Жиналыс өтті\n\nШиелі аудандық филиалында партия активінің жиналысы өтті.\n\n\
             Болат Жақсыбеков, облыстық мәслихаттың депутаты келді.\n\nАуыл тұрғындары ұсыныс айтты.\n",
        );
        assert_lacks(&f, "participant\tБолат Жақсыбеков\tspeaker\tmeeting@AMANAT/district/Шиелі");
    }

    #[test]
    fn a_political_council_held_with_no_session_word() {
        let f = facts("Кеңес\n\nКеше Павлодар облыстық филиалында партияның саяси кеңес өтті.\n");
        assert_has(&f, "event\tcouncil_session@AMANAT/oblast/Павлодар");
        // A political council only named is no session.
        let f = facts("Кеңес\n\nПавлодар облыстық филиалында саяси кеңес мүшелері сайланды.\n");
        assert_lacks(&f, "event\tcouncil_session@AMANAT/oblast/Павлодар");
    }

    #[test]
    fn they_who_were_listed_attend_together() {
        let f = facts(
            "Сапар\n\nМәжіліс депутаттары Арман Жақыпов, Ерлан Сейтов Ұлытау ауданында жұмыс сапарымен болды. \
             Депутаттар аудандық филиалдың кезекті конференциясына қатысты.\n",
        );
        assert_has(&f, "participant\tАрман Жақыпов\tguest\tconference@AMANAT/district/Ұлытау");
        assert_has(&f, "participant\tЕрлан Сейтов\tguest\tconference@AMANAT/district/Ұлытау");
        // One person named before is no list.
        let f = facts(
            "Сапар\n\nМәжіліс депутаты Арман Жақыпов Ұлытау ауданында болды. \
             Депутаттар аудандық филиалдың кезекті конференциясына қатысты.\n",
        );
        assert_lacks(&f, "participant\tАрман Жақыпов\tguest\tconference@AMANAT/district/Ұлытау");
    }

    #[test]
    fn a_wing_leader_holds_a_gathering_and_an_institutions_head_directs_it() {
        let f = facts(
            "Кездесу\n\nҚостанай облыстық «Жастар Рухы» жастар қанатының жетекшісі Айдар Нұрсейітов студенттермен жиын өткізді. \
             Жиынға «Жастар үйі» КММ басшысы Алтынай Сәкенова қатысты.\n",
        );
        assert_has(&f, "holds\tАйдар Нұрсейітов\tchairman\torg/Жастар Рухы Қостанай облыстық филиалы\tcurrent");
        assert_has(&f, "event\tmeeting@org/Жастар Рухы Қостанай облыстық филиалы");
        assert_has(&f, "holds\tАлтынай Сәкенова\tdirector\torg/Жастар үйі\tcurrent");
        assert_has(&f, "participant\tАлтынай Сәкенова\tguest\tmeeting@org/Жастар Рухы Қостанай облыстық филиалы");
        // A gathering someone only spoke of holding later is none.
        let f = facts(
            "Кездесу\n\nҚостанай облыстық «Жастар Рухы» жастар қанатының жетекшісі Айдар Нұрсейітов келесі аптада жиын өткізеді.\n",
        );
        assert_lacks(&f, "event\tmeeting@org/Жастар Рухы Қостанай облыстық филиалы");
    }

    #[test]
    fn a_visit_made_in_passing_and_the_locals_who_reported_to_it() {
        let f = facts(
            "Сапар\n\nМәжіліс депутаты Р.Омарова Жалағаш ауданында іссапармен болып, мектептерді аралады. \
             Аудандағы ахуал жөнінде аудан әкімінің орынбасары Т.Сейілов баяндады.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/district/Жалағаш");
        assert_has(&f, "participant\tР.Омарова\tvisitor\tvisit@AMANAT/district/Жалағаш");
        assert_has(&f, "participant\tТ.Сейілов\thost\tvisit@AMANAT/district/Жалағаш");
        // The visitor who reports is no host.
        let f = facts("Сапар\n\nМәжіліс депутаты Р.Омарова Жалағаш ауданында іссапармен болып, атқарылған жұмысты баяндады.\n");
        assert_lacks(&f, "participant\tР.Омарова\thost\tvisit@AMANAT/district/Жалағаш");
    }

    #[test]
    fn a_gathering_a_party_official_conducted_is_the_branchs() {
        let f = facts(
            "Кездесу\n\nҮміткерлер ауыл тұрғындарымен кездесті. Ашық өткен жиынды «AMANAT» партиясы Арал аудандық \
             филиалы төрағасының орынбасары Нұрбол Жүсіпов жүргізіп отырды.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/district/Арал");
        assert_has(&f, "participant\tНұрбол Жүсіпов\tmoderator\tmeeting@AMANAT/district/Арал");
        // Conducting one event while preparing another does not hold the other.
        let f = facts(
            "Бюро\n\nАрал аудандық филиалы Бюросының отырысы өтті. Филиал төрағасы Нұрбол Жүсіпов отырысты жүргізіп, \
             конференцияға дайындықты тапсырды.\n",
        );
        assert_lacks(&f, "event\tconference@AMANAT/district/Арал");
    }

    #[test]
    fn the_source_that_reports_and_a_participle_about_others() {
        let org = "meeting@AMANAT/oblast/Шығыс Қазақстан";
        let f = facts(
            "Кездесу\n\nШығыс Қазақстан облыстық филиалының төрағасы Берік Сапаров іріктеуге қатысқан үміткерлермен \
             кездесу өткізді, деп жазады облыстық филиалдың баспасөз қызметі.\n",
        );
        assert_has(&f, &format!("event\t{org}"));
        assert_lacks(&f, &format!("participant\tБерік Сапаров\tguest\t{org}"));
        assert_lacks(&f, &format!("participant\tБерік Сапаров\tspeaker\t{org}"));
        // Words of the subject's own still make a speaker.
        let f = facts(
            "Кездесу\n\nШығыс Қазақстан облыстық филиалының төрағасы Берік Сапаров үміткерлермен кездесу өткізіп, \
             олардың бағдарламасына тоқталды, деп жазады облыстық филиалдың баспасөз қызметі.\n",
        );
        assert_has(&f, &format!("participant\tБерік Сапаров\tspeaker\t{org}"));
    }

    #[test]
    fn mandates_given_to_a_list_of_deputies() {
        let f = facts(
            "Сессия\n\nКеше Талдықорған қалалық мәслихатының кезектен тыс сессиясы болды.\n\
             Төмендегі азаматтарға депутаттық мандат табысталды:\n\
             • Ахметов Ерболат Серікұлы – «Жетісу Құрылыс» ЖШС директоры.\n\
             • Нұрланова Айгерім Бекқызы – Талдықорған жоғары медициналық колледжінің директоры.\n\
             Сессия соңында депутат Мұрат Исаев сөз сөйледі.\n",
        );
        let m = "maslikhat/city/Талдықорған";
        assert_has(&f, &format!("elected\tЕрболат Ахметов\tdeputy\t{m}"));
        assert_has(&f, &format!("elected\tАйгерім Нұрланова\tdeputy\t{m}"));
        assert_has(&f, "holds\tАйгерім Нұрланова\tdirector\torg/Талдықорған жоғары медициналық колледжі\tcurrent");
        assert_has(&f, "alias\tЕрболат Ахметов\tЕрболат Серікұлы");
        // The list ends where the lines stop being "Name – title".
        assert_lacks(&f, &format!("elected\tМұрат Исаев\tdeputy\t{m}"));
    }

    #[test]
    fn a_bare_congress_word_is_the_articles_congress() {
        let f = facts(
            "Съезд\n\n«Jas Otan» жастар қанатының кезекті V Съезі өтті. Елбасы Нұрсұлтан Назарбаев Съезд делегаттарына \
             арнаған үндеуінде жастарға сенім білдірді.\n",
        );
        assert_has(&f, "event\tcongress@org/Jas Otan");
        assert_lacks(&f, "event\tcongress@AMANAT/central");
        // With no congress yet, the word is the party's.
        let f = facts("Съезд\n\nАстанада партия съезі өтті. Съезд делегаттары бағдарламаны бекітті.\n");
        assert_has(&f, "event\tcongress@AMANAT/central");
    }

    #[test]
    fn a_gathering_a_branch_head_attended_and_one_man_named_by_two_halves() {
        let f = facts(
            "Марапат\n\n«AMANAT» партиясы Павлодар облыстық филиалының төрағасы Қ.Жақсылықовтың қатысуымен мерекелік \
             жиын өтті. Қайрат Мұхтарұлы жиналғандарды мерекемен құттықтады.\n",
        );
        let e = "meeting@AMANAT/oblast/Павлодар";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, "person\tҚайрат Жақсылықов");
        assert_has(&f, "alias\tҚайрат Жақсылықов\tҚайрат Мұхтарұлы");
        assert_has(&f, &format!("participant\tҚайрат Жақсылықов\tspeaker\t{e}"));
        // A member of a body attending says nothing of whose gathering it is.
        let f = facts("Жиын\n\nАудандық саяси кеңес мүшесі Қ.Жақсылықовтың қатысуымен мерекелік жиын өтті.\n");
        assert_lacks(&f, "event\tmeeting@AMANAT/central");
        // Two people of that initial: no guess.
        let f = facts(
            "Жиын\n\nЖиынға Қ.Жақсылықов пен Қ.Омаров қатысты. Қайрат Мұхтарұлы жиналғандарды құттықтады.\n",
        );
        assert_lacks(&f, "person\tҚайрат Жақсылықов");
        // A briefing a branch official held is the branch's meeting.
        let f = facts("Брифинг\n\nПавлодар облыстық филиалының төрағасы Қайрат Жақсылықов журналистерге брифинг өткізді.\n");
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Павлодар");
    }

    #[test]
    fn a_congress_the_party_had_to_hold_online_took_place() {
        let f = facts(
            "Съезд\n\n«Нұр Отан» партиясының XVIII съезіне қатысып отырған партия Төрағасы Серік Омаров жиынды \
             онлайн өткізуге мәжбүр болғанын айтты. Съезд барысында Дәурен Сейітов баяндама жасады.\n",
        );
        let e = "congress@AMANAT/central";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("event_attr\t{e}\tordinal\t18"));
        assert_has(&f, &format!("participant\tСерік Омаров\tguest\t{e}"));
        assert_has(&f, &format!("participant\tДәурен Сейітов\tspeaker\t{e}"));
        // Planning to hold one is still ahead.
        let f = facts("Съезд\n\nПартия XIX съезін келесі жылы өткізуді жоспарлап отыр.\n");
        assert_lacks(&f, &format!("event\t{e}"));
    }

    #[test]
    fn the_womens_wing_is_a_body_and_its_co_chair_attending_makes_its_meeting() {
        let f = facts(
            "Кездесу\n\nАудандағы белсенді әйелдермен кездесу өтті. Кездесуге Мәжіліс депутаты, партияның Әйелдер \
             қанатының тең төрағасы Айгүл Серікбаева қатысты. Аудан әкімінің орынбасары Дина Омарова сөйледі.\n",
        );
        let e = "meeting@org/Әйелдер қанаты";
        assert_has(&f, "holds\tАйгүл Серікбаева\tchairman\torg/Әйелдер қанаты\tcurrent");
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("participant\tАйгүл Серікбаева\tguest\t{e}"));
        assert_lacks(&f, "holds\tАйгүл Серікбаева\tchairman\tAMANAT/central\tcurrent");
    }

    #[test]
    fn a_primary_organisation_opened_is_its_gathering() {
        let f = facts(
            "Ашылу\n\nКолледж базасында «AMANAT» партиясы Павлодар қалалық филиалына қарасты «Өркен» бастауыш партия \
             ұйымы ашылды. Салтанатты шараға қалалық филиал төрағасы Ерлан Сәтбаев қатысып, сәттілік тіледі.\n",
        );
        let e = "meeting@AMANAT/primary/Өркен";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, "parent\tAMANAT/primary/Өркен\tAMANAT/city/Павлодар");
        assert_has(&f, &format!("participant\tЕрлан Сәтбаев\tguest\t{e}"));
        // One to be opened is not yet.
        let f = facts("Ашылу\n\nКелесі айда «Өркен» бастауыш партия ұйымы ашылды деп жоспарланған.\n");
        assert_lacks(&f, &format!("event\t{e}"));
        // A branch's new building opened is no gathering of the branch.
        let f = facts("Ғимарат\n\nПавлодар қалалық филиалының жаңа ғимараты ашылды.\n");
        assert_lacks(&f, "event\tmeeting@AMANAT/city/Павлодар");
    }

    #[test]
    fn a_gathering_attended_at_an_akimat_is_the_akimats() {
        let f = facts(
            "Сапар\n\nПартия хатшысы Ерлан Омаров Павлодар облысына іссапармен келді. Сапар барысында ол облыс \
             әкімдігінде белсенділер жиналысына қатысып, сөз сөйледі.\n",
        );
        let e = "meeting@gov/oblast/Павлодар";
        assert_has(&f, "event\tvisit@AMANAT/oblast/Павлодар");
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("participant\tЕрлан Омаров\tguest\t{e}"));
        // The akimat's hall as a venue of the party's own conference names no akimat's event.
        let f = facts("Конференция\n\nОблыс әкімдігінде партияның Павлодар облыстық филиалының конференциясы өтті.\n");
        assert_lacks(&f, &format!("event\t{e}"));
        assert_has(&f, "event\tconference@AMANAT/oblast/Павлодар");
    }

    #[test]
    fn each_group_of_party_people_met_is_a_gathering_of_its_own() {
        let f = facts(
            "Сапар\n\nПартия хатшысы Ерлан Омаров Жамбыл облысына іссапармен келді. Ерлан Омаров Шу аудандық филиалының \
             белсенділерімен, Төле би ауылында «Береке» бастауыш партия ұйымының мүшелерімен кездесіп, ой қозғады.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/district/Шу");
        assert_has(&f, "event\tmeeting@AMANAT/primary/Береке");
        assert_has(&f, "participant\tЕрлан Омаров\tspeaker\tmeeting@AMANAT/district/Шу");
        // The village where the organisation sits names no branch.
        assert_lacks(&f, "branch\tAMANAT/district/Төле би");
    }

    #[test]
    fn a_selector_meeting_an_official_attended_is_his_bodys() {
        let f = facts(
            "Кеңес\n\nБұл туралы кеше Астанада партия Төрағасының орынбасары Серік Бекұлының қатысуымен өткен \
             селекторлық кеңесте айтылды.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/central");
        assert_has(&f, "participant\tСерік Бекұлы\tguest\tmeeting@AMANAT/central");
        // A council as a body is no meeting.
        let f = facts("Кеңес\n\nОблыстық қоғамдық кеңестің құрамына Серік Бекұлы енді.\n");
        assert_lacks(&f, "event\tmeeting@AMANAT/central");
    }

    #[test]
    fn an_audience_with_a_party_official_is_a_meeting_of_the_party() {
        let f = facts("Есеп\n\nПартия хатшысы Ерлан Омаров партия Төрағасына өңірлердегі кездесулердің нәтижелері туралы баяндады.\n");
        assert_has(&f, "event\tmeeting@AMANAT/central");
        assert_has(&f, "participant\tЕрлан Омаров\tspeaker\tmeeting@AMANAT/central");
        let f = facts(
            "Қабылдау\n\nПартия Төрағасы Серік Бекұлы партияның Павлодар облыстық филиалының төрағасы Қайрат Жақсылықовты \
             қабылдады. Кездесуде Қ.Жақсылықов филиал жұмысы туралы айтты.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Павлодар");
        assert_has(&f, "participant\tҚайрат Жақсылықов\tspeaker\tmeeting@AMANAT/oblast/Павлодар");
        // Receiving citizens is no audience of a party official.
        let f = facts("Қабылдау\n\nАудан әкімі Серік Бекұлы азаматтарды қабылдады.\n");
        assert_lacks(&f, "event\tmeeting@AMANAT/central");
    }

    #[test]
    fn a_gathering_told_from_within_took_place() {
        // "семинар-кеңес": a pair of nouns, named by its first.
        let f = facts(
            "Семинар-кеңес бағдарламасына сәйкес «AMANAT» партиясы Байзақ аудандық филиалының белсенділеріне \
             сайлау науқаны туралы ақпарат берілді.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/district/Байзақ");
        let f = facts("Жиын соңында «AMANAT» партиясы Байзақ аудандық филиалының белсенділері марапатталды.\n");
        assert_has(&f, "event\tmeeting@AMANAT/district/Байзақ");
        // A programme of a seminar yet to be held is no seminar held.
        let f = facts("Семинар бағдарламасына сәйкес «AMANAT» партиясы Байзақ аудандық филиалының белсенділерін оқыту жоспарланған.\n");
        assert_lacks(&f, "event\tmeeting@AMANAT/district/Байзақ");
    }

    #[test]
    fn a_body_named_in_a_headline_in_capitals_takes_the_bodys_spelling() {
        let f = facts(
            "«ЖАСТАР РУХЫ» ЖАСТАР ҚАНАТЫНЫҢ СЪЕЗІ ӨТТІ\n\nАстанада «Жастар Рухы» жастар қанатының кезектен тыс VI съезі өтті. \
             Съезде қанат төрағасы Серік Омаров сөз сөйледі.\n",
        );
        assert_has(&f, "event\tcongress@org/Жастар Рухы");
        assert!(!f.iter().any(|l| l.contains("ЖАСТАР РУХЫ")), "{f:?}");
        // Where it was said is no part of a body's name.
        assert!(!f.iter().any(|l| l.contains("org/Съезде")), "{f:?}");
    }

    #[test]
    fn people_met_are_a_branchs_by_their_own_words_not_the_subjects_title() {
        let f = facts(
            "Кездесу\n\n«AMANAT» партиясы Жамбыл облыстық филиалының төрағасы Серік Омаров Байзақ ауданының \
             партиялықтарымен кездесті.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/district/Байзақ");
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Жамбыл");
    }

    #[test]
    fn a_place_before_a_title_is_where_the_holder_went_or_was() {
        let f = facts("Сапар\n\nЖамбыл облысына «AMANAT» партиясының Хатшысы Серік Омаров келді.\n");
        assert_has(&f, "holds\tСерік Омаров\tsecretary\tAMANAT/central\tcurrent");
        assert_has(&f, "participant\tСерік Омаров\tvisitor\tvisit@AMANAT/oblast/Жамбыл");
        let f = facts("Кездесу\n\nЖамбыл облыстық филиалында «AMANAT» партиясының Хатшысы Серік Омаров белсенділермен кездесті.\n");
        assert_has(&f, "holds\tСерік Омаров\tsecretary\tAMANAT/central\tcurrent");
        // Where the title names no other owner, the branch is whose it is.
        let f = facts("Кездесу\n\nЖамбыл облыстық филиалында атқарушы хатшы Серік Омаров белсенділермен кездесті.\n");
        assert_has(&f, "holds\tСерік Омаров\texecutive_secretary\tAMANAT/oblast/Жамбыл\tcurrent");
    }

    #[test]
    fn a_primary_organisation_named_after_the_partys_name() {
        let f = facts(
            "Жиналыс\n\n«AMANAT» партиясының «Береке» бастауыш партия ұйымының есеп беру-сайлау жиналысы өтті. \
             Жиналыста ұйым төрағасы болып Серік Омаров қайта сайланды.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/primary/Береке");
        assert_has(&f, "elected\tСерік Омаров\tchairman\tAMANAT/primary/Береке");
    }

    #[test]
    fn a_given_name_that_begins_like_the_party_is_no_party() {
        let f = facts(
            "Отырыс\n\n«AMANAT» партиясы Ескелді аудандық филиалы бюросының отырысы өтті. Бюро мүшесі Нұрлан Жақыпов \
             жиналыстар кестесін түсіндірді.\n",
        );
        assert_has(&f, "holds\tНұрлан Жақыпов\tbureau_member\tAMANAT/district/Ескелді\tcurrent");
        assert_lacks(&f, "holds\tНұрлан Жақыпов\tbureau_member\tAMANAT/central\tcurrent");
    }

    #[test]
    fn being_answerable_for_something_is_no_speech() {
        use super::{is_speech_verb, segment};
        let tokens = |s: &str| segment::tokenize(s, 0, s.len());
        let t = tokens("Хатшы жобаларға жауап береді");
        assert!(!is_speech_verb(&t, 2));
        let t = tokens("Хатшы сұрақтарға жауап берді");
        assert!(is_speech_verb(&t, 2));
        let t = tokens("Хатшы есеп береді");
        assert!(!is_speech_verb(&t, 1));
    }

    #[test]
    fn one_named_before_the_title_made_by_election() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Шиелі аудандық филиалының XII конференциясы өтті. Делегаттар Серік Омаровты \
             филиал төрағасы етіп бірауыздан сайлады.\n",
        );
        assert_has(&f, "elected\tСерік Омаров\tchairman\tAMANAT/district/Шиелі");
        assert_has(&f, "holds\tСерік Омаров\tchairman\tAMANAT/district/Шиелі\tcurrent");
    }

    #[test]
    fn an_ordinal_in_words_numbers_the_event() {
        let f = facts("Конференция\n\n«AMANAT» партиясы Шиелі аудандық филиалының кезекті отыз екінші конференциясы өтті.\n");
        assert_has(&f, "event_attr\tconference@AMANAT/district/Шиелі\tordinal\t32");
        let f = facts("Конференция\n\n«AMANAT» партиясы Шиелі аудандық филиалының бесінші конференциясы өтті.\n");
        assert_has(&f, "event_attr\tconference@AMANAT/district/Шиелі\tordinal\t5");
    }

    #[test]
    fn an_event_a_youth_wing_branch_organised_is_its_own() {
        let f = facts(
            "Кездесу\n\nОсы бағытта 2030 жылға дейін жоспарланған бағдарлама аясында Jas Otan жастар қанаты Павлодар \
             облыстық филиалының ұйымдастыруымен, қаладағы жастар орталығының директоры Серік Омаровпен кездесу өтті.\n",
        );
        let e = "meeting@org/Jas Otan Павлодар облыстық филиалы";
        assert_has(&f, &format!("event\t{e}"));
        assert_lacks(&f, "branch\tAMANAT/oblast/Павлодар");
        // A meeting planned is still ahead.
        let f = facts("Кездесу\n\nПавлодар облыстық филиалында жоспарланған кездесу өтпек.\n");
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Павлодар");
    }

    #[test]
    fn another_bodys_branch_and_its_head() {
        let f = facts(
            "Жиын\n\nЖиынға «Жас Ұлан» ұйымының Батыс Қазақстан облыстық филиалының жетекшісі Гүлнар Серікова және \
             «Болашақ» қорының облыстық филиалының басшысы Ерлан Омаров қатысты.\n",
        );
        assert_has(&f, "holds\tГүлнар Серікова\tchairman\torg/Жас Ұлан Батыс Қазақстан облыстық филиалы\tcurrent");
        assert_lacks(&f, "holds\tГүлнар Серікова\tchairman\tAMANAT/oblast/Батыс Қазақстан\tcurrent");
        assert!(f.iter().any(|l| l.starts_with("holds\tЕрлан Омаров\tdirector\torg/Болашақ")), "{f:?}");
    }

    #[test]
    fn a_central_official_meeting_people_in_a_region_is_on_a_visit_with_companions() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясының хатшысы Ерлан Омаров Павлодар облысында тұрғындармен бірқатар кездесулер \
             өткізді. Ерлан Омаров Мәжіліс депутаты Серік Бекұлымен бірге Ертіс ауданының тұрғындарымен кездесіп, \
             мәселелерді талқылады.\n",
        );
        let e = "visit@AMANAT/oblast/Павлодар";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("participant\tЕрлан Омаров\tvisitor\t{e}"));
        assert_has(&f, &format!("participant\tСерік Бекұлы\tvisitor\t{e}"));
        // A local branch's officer meeting people at home is no visit.
        let f = facts("Кездесу\n\nПавлодар облыстық филиалының төрағасы Ерлан Омаров Павлодар облысында тұрғындармен кездесті.\n");
        assert_lacks(&f, &format!("event\t{e}"));
    }

    #[test]
    fn a_primaries_debate_at_a_branch_conference_is_part_of_it() {
        let f = facts(
            "Конференция\n\n«Nur Otan» партиясы Кентау қалалық филиалының XXVIII конференциясы өтті. Содан соң праймериз \
             үміткерлерінің дебаты өтті.\n",
        );
        assert_has(&f, "event\tconference@AMANAT/city/Кентау");
        assert_lacks(&f, "event\tmeeting@AMANAT/city/Кентау");
        // With no conference, the debate is the branch's meeting.
        let f = facts("Дебат\n\n«Nur Otan» партиясы Кентау қалалық филиалында праймериз үміткерлерінің дебаты өтті.\n");
        assert_has(&f, "event\tmeeting@AMANAT/city/Кентау");
    }

    #[test]
    fn a_branch_in_the_dative_is_what_a_trip_visited() {
        let f = facts(
            "Сапар\n\nМәжіліс депутаты Нұрлан Әбенов «AMANAT» партиясы Қордай аудандық филиалына жұмыс сапарымен келді. \
             Депутатты филиал төрағасы Ерлан Қасымов қарсы алды.\n",
        );
        let e = "visit@AMANAT/district/Қордай";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("participant\tНұрлан Әбенов\tvisitor\t{e}"));
        assert_has(&f, &format!("participant\tЕрлан Қасымов\thost\t{e}"));
    }

    #[test]
    fn a_primary_organisation_is_keyed_by_the_institution_it_sits_in() {
        let f = facts("Жиын өтті. Жиында Қазатомөнеркәсіп компаниясындағы бастауыш партия ұйымының төрағасы Айгерім Досова сөйледі.\n");
        assert_has(&f, "holds\tАйгерім Досова\tchairman\tAMANAT/primary/Қазатомөнеркәсіп компаниясы\tcurrent");
        let f = facts("Жиын өтті. Жиында №17 мектептегі бастауыш партия ұйымының хатшысы Айгерім Досова сөйледі.\n");
        assert_has(&f, "holds\tАйгерім Досова\tsecretary\tAMANAT/primary/№17 мектеп\tcurrent");
        // A common noun opening the sentence names no one institution.
        let f = facts("Ауруханадағы бастауыш партия ұйымының төрағасы Айгерім Досова сөйледі.\n");
        assert!(!f.iter().any(|l| l.contains("AMANAT/primary/")), "{f:?}");
    }

    #[test]
    fn the_object_elected_with_bolyp_and_members_who_joined_the_bureau() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Жамбыл облыстық филиалының конференциясы өтті. Делегаттар Серік \
             Омаровты облыстық филиалдың төрағасы болып қайта сайлады. Бюро құрамына облыстық мәслихаттың хатшысы \
             Асқар Бекұлы және Тараз қалалық филиалының төрағасы Дина Серікова енді.\n",
        );
        assert_has(&f, "elected\tСерік Омаров\tchairman\tAMANAT/oblast/Жамбыл");
        assert_has(&f, "elected\tАсқар Бекұлы\tbureau_member\tAMANAT/oblast/Жамбыл");
        assert_has(&f, "elected\tДина Серікова\tbureau_member\tAMANAT/oblast/Жамбыл");
    }

    #[test]
    fn a_post_and_the_bureau_elected_in_one_sentence() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Шиелі аудандық филиалының конференциясы өтті. Одан кейін Саяси кеңестің \
             отырысы болды. Онда аудандық филиал төрағасының орынбасары болып Ербол Сәрсенов сайланды, ал Саяси кеңес \
             Бюросының құрамына Айнұр Жақсылықова мен Бауыржан Төлеуов сайланды.\n",
        );
        assert_has(&f, "elected\tЕрбол Сәрсенов\tdeputy_chairman\tAMANAT/district/Шиелі");
        assert_has(&f, "elected\tАйнұр Жақсылықова\tbureau_member\tAMANAT/district/Шиелі");
        assert_has(&f, "elected\tБауыржан Төлеуов\tbureau_member\tAMANAT/district/Шиелі");
        assert_lacks(&f, "elected\tЕрбол Сәрсенов\tbureau_member\tAMANAT/district/Шиелі");
    }

    #[test]
    fn a_leaving_a_guest_reports_is_the_former_chairmans() {
        let f = facts(
            "Конференция\n\nКеше «AMANAT» партиясы Өскемен қалалық филиалының кезектен тыс конференциясы өтті. Облыстық \
             филиал төрағасының орынбасары Мейрамбек Тоқтарбаев делегаттарға бұрынғы төраға Асқар Сейітқали облыс \
             әкімінің орынбасары болып тағайындалуына байланысты өкілеттігін тоқтатқанын хабарлады.\n",
        );
        assert_has(&f, "holds\tМейрамбек Тоқтарбаев\tdeputy_chairman\tAMANAT/oblast/Шығыс Қазақстан\tcurrent");
        assert_lacks(&f, "holds\tМейрамбек Тоқтарбаев\tdeputy_chairman\tAMANAT/oblast/Шығыс Қазақстан\tformer");
        assert_has(&f, "holds\tАсқар Сейітқали\tchairman\tAMANAT/city/Өскемен\tformer");
    }

    #[test]
    fn a_meeting_in_the_branchs_building_is_the_branchs() {
        let f = facts(
            "Ардагерлер\n\n«AMANAT» партиясы Атырау облыстық филиалының төрағасы Дәулетжан Ермеков ардагерлерді \
             құттықтады. Бұдан соң облыстық филиал ғимаратында партия ардагерлерімен кездесу өтті. Кездесуге Мәжіліс \
             депутаты Ләззат Жұмағалиева, партияның Атырау қалалық филиалының атқарушы хатшысы Нұрдәулет Сүйінов қатысты.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Атырау");
        assert_has(&f, "participant\tНұрдәулет Сүйінов\tguest\tmeeting@AMANAT/oblast/Атырау");
        assert_lacks(&f, "event\tmeeting@AMANAT/city/Атырау");
    }

    #[test]
    fn a_gathering_the_next_sentence_says_a_branch_organised() {
        let f = facts(
            "Мерейтой\n\nКөкшетауда «AMANAT» партиясының құрылғанына 25 жыл толуына арналған салтанатты жиын өтті. \
             Шараны партияның Ақмола облыстық филиалы ұйымдастырды. Салтанатты жиынға облыс әкімі Ерғали Сәдуақасов, \
             Мәжіліс депутаты Римма Жақсыбаева, партия ардагерлері мен жастар қатысты.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Ақмола");
        assert_has(&f, "participant\tЕрғали Сәдуақасов\tguest\tmeeting@AMANAT/oblast/Ақмола");
        assert_has(&f, "participant\tРимма Жақсыбаева\tguest\tmeeting@AMANAT/oblast/Ақмола");
    }

    #[test]
    fn a_gathering_held_on_a_visits_day_is_a_meeting_of_its_own() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Қызылорда облыстық филиалы төрағасының бірінші орынбасары Бауыржан Әлмұханов \
             Қазалы ауданына жұмыс сапарымен келді. Сапар барысында ол аудан әкімі Абзал Мырзахметовпен кездесті. Бұдан \
             кейін аудандық мәдениет үйінде партияның 25 жылдығына арналған салтанатты жиын өтті. Жиынға аудандық \
             мәслихаттың төрағасы Серікбол Сейдахметов қатысты.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/district/Қазалы");
        assert_has(&f, "event\tmeeting@AMANAT/district/Қазалы");
        assert_has(&f, "participant\tСерікбол Сейдахметов\tguest\tmeeting@AMANAT/district/Қазалы");
        assert_lacks(&f, "participant\tСерікбол Сейдахметов\tguest\tvisit@AMANAT/district/Қазалы");
    }

    #[test]
    fn the_career_of_one_who_has_died_is_past() {
        let f = facts(
            "Еске алу\n\nЖезқазғанда еске алу кеші өтті. Әбдіғали Сейітжанұлы 2021 жылы өмірден озған. Ол ұзақ жылдар \
             бойы басшылық қызметтер атқарған: алдымен Ұлытау ауданының әкімі, кейін Жезқазған қаласының әкімі болды. \
             Сонымен қатар «Нұр Отан» партиясы Жезқазған қалалық филиалының төрағасы ретінде бастауыш партия ұйымдарын \
             құруға мұрындық болды.\n",
        );
        assert_has(&f, "holds\tӘбдіғали Сейітжанұлы\takim\tgov/district/Ұлытау\tformer");
        assert_has(&f, "holds\tӘбдіғали Сейітжанұлы\takim\tgov/city/Жезқазған\tformer");
        assert_has(&f, "holds\tӘбдіғали Сейітжанұлы\tchairman\tAMANAT/city/Жезқазған\tformer");
    }

    #[test]
    fn a_maslikhat_session_where_a_candidacy_was_considered_took_place() {
        let f = facts(
            "Әкім\n\nБауыржан Тұрсынбаев Жалағаш ауданының әкімі болып тағайындалды. Жаңа әкімнің кандидатурасы аудандық \
             мәслихаттың кезектен тыс XXIV сессиясында қаралды. Сессияны аудандық мәслихат төрағасы Гүлжан Әлмағамбетова \
             жүргізді.\n",
        );
        assert_has(&f, "event\tcouncil_session@maslikhat/district/Жалағаш");
        assert_has(&f, "event_attr\tcouncil_session@maslikhat/district/Жалағаш\tordinal\t24");
        assert_has(&f, "participant\tГүлжан Әлмағамбетова\tmoderator\tcouncil_session@maslikhat/district/Жалағаш");
    }

    #[test]
    fn an_occupation_between_a_title_and_a_name_leaves_the_title_his() {
        let f = facts(
            "Жиналыс\n\n«Сенім» бастауыш партия ұйымының жиналысы өтті. Жиналысты ұйымның хатшысы, хирург Мадина \
             Оспанова жүргізді. Ұйым төрағасы, профессор Бақытжан Оразалиев сөз сөйледі.\n",
        );
        assert_has(&f, "holds\tМадина Оспанова\tsecretary\tAMANAT/primary/Сенім\tcurrent");
        assert_has(&f, "holds\tБақытжан Оразалиев\tchairman\tAMANAT/primary/Сенім\tcurrent");
    }

    #[test]
    fn the_old_party_name_in_an_amanat_article_keeps_the_new_oblasts() {
        let f = facts(
            "Еске алу\n\n«AMANAT» партиясы Жезқазған қалалық филиалы еске алу кешін өткізді. Кешке партияның Ұлытау \
             облыстық филиалының атқарушы хатшысы Мақсат Жанәбілов келді. Марқұм бұрын «Нұр Отан» партиясы Жезқазған \
             қалалық филиалының төрағасы болған.\n",
        );
        assert_has(&f, "parent\tAMANAT/city/Жезқазған\tAMANAT/oblast/Ұлытау");
        assert_lacks(&f, "parent\tAMANAT/city/Жезқазған\tAMANAT/oblast/Қарағанды");
    }

    #[test]
    fn a_career_in_a_biographical_note_is_the_appointees() {
        let f = facts(
            "Сайлау\n\nКонференцияны облыстық филиалдың атқарушы хатшысы Гүлназ Тасмағанбетова жүргізді. Ерлан Жұмағалиев \
             облыстық филиал төрағасы болып сайланды.\n\nАнықтама:\nЕрлан Сапарұлы Жұмағалиев 1976 жылы Атырау облысы \
             Исатай ауданында туған. 2011–2016 жылдары «Нұр Отан» партиясы Атырау облыстық филиалының атқарушы хатшысы, \
             2016–2021 жылдары Индер ауданының әкімі болып қызмет атқарған.\n",
        );
        assert_has(&f, "holds\tЕрлан Жұмағалиев\texecutive_secretary\tAMANAT/oblast/Атырау\tformer");
        assert_has(&f, "holds\tЕрлан Жұмағалиев\takim\tgov/district/Индер\tformer");
        assert_lacks(&f, "holds\tГүлназ Тасмағанбетова\takim\tgov/district/Индер\tformer");
    }

    #[test]
    fn a_post_held_until_now_is_left_by_the_change_reported() {
        let f = facts(
            "Тағайындау\n\nДинара Ахметова облыстық филиалдың атқарушы хатшысы болып тағайындалды. Ахметова осы уақытқа \
             дейін партияның Семей қалалық филиалының атқарушы хатшысы болып келген. Облыс әкімі Нұрлан Қуанышев осы \
             уақытқа дейін облыстық филиал төрағасы болып келген Ерлан Оспановтың басқа жұмысқа ауысқанын айтты.\n",
        );
        assert_has(&f, "holds\tДинара Ахметова\texecutive_secretary\tAMANAT/city/Семей\tformer");
        assert_has(&f, "holds\tЕрлан Оспанов\tchairman\tAMANAT/oblast/Абай\tformer");
        assert_lacks(&f, "holds\tНұрлан Қуанышев\tchairman\tAMANAT/oblast/Абай\tcurrent");
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Атырау облыстық филиалының кезектен тыс конференциясы болып өтті. Жиынға \
             партия Төрағасының орынбасары Әсем Жолдыбай қатысты. Күн тәртібіне бір ғана мәселе – филиал төрағасын сайлау \
             мәселесі шығарылды. Әсем Жолдыбай делегаттарға осы уақытқа дейін филиал төрағасы болып келген Нұрлан \
             Қуанышевтің облыс әкімінің орынбасары болып тағайындалуына байланысты лауазым бос қалғанын хабарлап, оның \
             орнына Ерлан Жұмағалиевтің кандидатурасын ұсынды.\n",
        );
        assert_has(&f, "holds\tНұрлан Қуанышев\tchairman\tAMANAT/oblast/Атырау\tformer");
        assert_lacks(&f, "holds\tНұрлан Қуанышев\tchairman\tAMANAT/oblast/Атырау\tcurrent");
        assert_lacks(&f, "holds\tӘсем Жолдыбай\tchairman\tAMANAT/oblast/Атырау\tcurrent");
    }

    #[test]
    fn surnames_built_on_a_role_word_are_names() {
        let f = facts(
            "Кездесу\n\nЖиынға Өскемен қалалық мәслихатының депутаты Нұрболат Әкімжанов пен аудан әкімі Серік Әкімов \
             қатысты. Әкімжановтың ұсынысын Серік Әкімбекұлы қолдады.\n",
        );
        assert_has(&f, "holds\tНұрболат Әкімжанов\tdeputy\tmaslikhat/city/Өскемен\tcurrent");
        assert_has(&f, "person\tСерік Әкімов");
        assert_has(&f, "alias\tСерік Әкімов\tСерік Әкімбекұлы");
    }

    #[test]
    fn a_session_of_a_branchs_campaign_staff_is_the_branchs_meeting() {
        let f = facts(
            "Штаб\n\nӨскемен, 24 ақпан. Облыстық аумақтық сайлау комиссиясы 22 кандидатты тіркеді. Сол күні партияның \
             облыстық сайлауалды штабының отырысы өтті. Отырысқа штаб жетекшісі, «AMANAT» партиясы Шығыс Қазақстан \
             облыстық филиалы төрағасының орынбасары Бекзат Рахымжанов төрағалық етті.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Шығыс Қазақстан");
        assert_has(&f, "participant\tБекзат Рахымжанов\tchair\tmeeting@AMANAT/oblast/Шығыс Қазақстан");
    }

    #[test]
    fn a_maslikhat_session_named_again_bare_and_deputies_who_got_in() {
        let f = facts(
            "Мәслихат\n\nЖуырда Іле аудандық мәслихатының сессиясында Талғат Әбдірахманов мәслихат төрағасы болып \
             сайланды. Ол бұрын «Іле-Құрылыс» ЖШС жанындағы бастауыш партия ұйымының жиналысында праймериз үшін \
             ұсынылған еді. Сессияға аудан әкімі Қайрат Жолдыбаев қатысып, депутаттарды құттықтады. Айта кетейік, \
             партиялық тізім бойынша Мәжіліске Кентау қалалық мәслихатының бұрынғы депутаты Салтанат Ерімбетова өтті. \
             Маңғыстау облыстық мәслихатының депутаттары Нұрлан Қожахметовты бірауыздан облыстық мәслихаттың төрағасы \
             етіп сайлаған болатын.\n",
        );
        assert_has(&f, "participant\tҚайрат Жолдыбаев\tguest\tcouncil_session@maslikhat/district/Іле");
        assert_has(&f, "elected\tСалтанат Ерімбетова\tdeputy\tparliament/Мәжіліс");
        assert_has(&f, "holds\tСалтанат Ерімбетова\tdeputy\tmaslikhat/city/Кентау\tformer");
        assert_has(&f, "elected\tНұрлан Қожахметов\tchairman\tmaslikhat/oblast/Маңғыстау");
        // (The deputies who elected him are the subject; the plural title is theirs.)
        assert_lacks(&f, "holds\tНұрлан Қожахметов\tdeputy\tmaslikhat/oblast/Маңғыстау\tcurrent");
    }

    #[test]
    fn a_guest_from_a_neighbouring_branch_and_an_adverb_before_a_name() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Екібастұз қалалық филиалының XXIII есеп беру-сайлау конференциясы болды. \
             Көрші Ақсу қалалық филиалының атқарушы хатшысы Жазира Нұрғалиқызы да конференцияға қатысып, сөз сөйледі. \
             Алдымен Жұлдыз Қайратқызы сөз алып, филиалдың жұмысын баяндады.\n",
        );
        assert_has(&f, "participant\tЖазира Нұрғалиқызы\tguest\tconference@AMANAT/city/Екібастұз");
        assert_lacks(&f, "event\tconference@AMANAT/city/Ақсу");
        assert_has(&f, "person\tЖұлдыз Қайратқызы");
        assert_lacks(&f, "person\tЖұлдыз Алдымен");
    }

    #[test]
    fn a_person_named_like_a_city_and_posts_served_with_enbek() {
        let f = facts(
            "Конференция\n\nБалқаш қалалық филиалының конференциясы өтті. Делегаттардың көпшілік дауысымен «Қазақмыс \
             Смэлтинг» ЖШС-ның директоры Мұхтар Сәтбаев қалалық филиалдың төрағасы болып сайланды. Ол бұған дейін \
             қалалық мәслихаттың хатшысы болып еңбек еткен. Қалалық мәслихаттың депутаты, оператор Әділбек Тәжібаев \
             өтініштер туралы баяндады.\n",
        );
        assert_has(&f, "elected\tМұхтар Сәтбаев\tchairman\tAMANAT/city/Балқаш");
        assert_lacks(&f, "branch\tAMANAT/city/Сәтбаев");
        assert_has(&f, "holds\tМұхтар Сәтбаев\tsecretary\tmaslikhat/city/Балқаш\tformer");
        assert_has(&f, "holds\tӘділбек Тәжібаев\tdeputy\tmaslikhat/city/Балқаш\tcurrent");
    }

    #[test]
    fn an_acting_chairman_appointed_and_a_candidate_voted_for() {
        let f = facts(
            "Тағайындау\n\n«AMANAT» партиясы Павлодар облыстық филиалы төрағасының шешімімен Ерболат Шаймерденов \
             Екібастұз қалалық филиалы төрағасының міндетін атқарушы болып тағайындалды.\n\nҚазалы аудандық филиалының \
             конференциясы өтті. Аудандық ардагерлер кеңесінің төрағасы Әбдіқадыр Сейітжанұлы Арал теңізінің мәселесін \
             көтерді. Аудандық филиал төрағасы лауазымына Ақжол Бейсенбековтің кандидатурасы ұсынылды. Жасырын дауыс беру \
             нәтижесінде делегаттардың 81-і оны қолдап дауыс берді.\n",
        );
        assert_has(&f, "holds\tЕрболат Шаймерденов\tchairman\tAMANAT/city/Екібастұз\tcurrent");
        assert_lacks(&f, "holds\tЕрболат Шаймерденов\tchairman\tAMANAT/city/Екібастұз\tformer");
        assert_has(&f, "person\tӘбдіқадыр Сейітжанұлы");
        assert_lacks(&f, "person\tӘбдіқадыр Арал");
        assert_has(&f, "elected\tАқжол Бейсенбеков\tchairman\tAMANAT/district/Қазалы");
    }

    #[test]
    fn reading_a_report_out_is_speaking() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Жамбыл облыстық филиалының конференциясы өтті. Комиссияның есебін \
             бақылау-тексеру комиссиясының төрағасы Асқар Бекұлы оқыды.\n",
        );
        assert_has(&f, "participant\tАсқар Бекұлы\tspeaker\tconference@AMANAT/oblast/Жамбыл");
    }

    #[test]
    fn a_bare_event_noun_is_the_articles_event_not_a_place_in_a_title_after_it() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Шу аудандық филиалының конференциясы өтті. Конференция аудан әкімі Ерлан \
             Қасымовтың төрағалығымен, партияның Жамбыл облыстық филиалы төрағасының орынбасары Серік Омаровтың \
             қатысуымен өтті.\n",
        );
        assert_has(&f, "participant\tЕрлан Қасымов\tchair\tconference@AMANAT/district/Шу");
        assert_has(&f, "participant\tСерік Омаров\tguest\tconference@AMANAT/district/Шу");
        assert_lacks(&f, "event\tconference@AMANAT/oblast/Жамбыл");
    }

    #[test]
    fn those_listed_after_an_attendance_colon_attended_with_their_offices() {
        let f = facts(
            "Кеңес\n\n«AMANAT» партиясының Орталық аппаратында онлайн-кеңес өтті. Кеңеске облыстық филиалдардың \
             төрағалары қатысты: Жетісу облысынан – Ерлан Қасымов, Маңғыстау облысынан – Дина Серікова.\n",
        );
        assert_has(&f, "holds\tЕрлан Қасымов\tchairman\tAMANAT/oblast/Жетісу\tcurrent");
        assert_has(&f, "holds\tДина Серікова\tchairman\tAMANAT/oblast/Маңғыстау\tcurrent");
        assert_has(&f, "participant\tДина Серікова\tguest\tmeeting@AMANAT/central");
    }

    #[test]
    fn a_one_holder_title_before_a_declined_name_is_the_subject_when_held_by_another() {
        let f = facts(
            "Кеңес\n\nТүркістан облысының әкімі Ерлан Қасымов кеңес өткізді. Облыс әкімі Д.Сериковке жұмысты жеделдетуді тапсырды.\n",
        );
        assert!(!f.iter().any(|l| l.starts_with("holds\tД.Сериков\takim")), "{f:?}");
        // With no other holder, the title is the declined name's own.
        let f = facts("Кеңес\n\nБүгін Түркістан облысының әкімі Ерлан Қасымовқа жұмыс туралы есеп берілді.\n");
        assert!(f.iter().any(|l| l.starts_with("holds\tЕрлан Қасымов\takim")), "{f:?}");
    }

    #[test]
    fn an_akimats_own_gathering_is_its_meeting() {
        let f = facts(
            "Кеңес\n\nАқмола облыстық әкімдігінде алдағы егіс науқанына арналған кеңес өтті. Жиынға «AMANAT» \
             партиясы Ақмола облыстық филиалының төрағасы Ерлан Қасымов қатысты.\n",
        );
        assert_has(&f, "event\tmeeting@gov/oblast/Ақмола");
        assert_has(&f, "participant\tЕрлан Қасымов\tguest\tmeeting@gov/oblast/Ақмола");
        // Its reception rooms are a place, not a reception held.
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Ақмола");
    }

    #[test]
    fn who_came_in_whose_place_and_who_led_the_branch_before() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Абай облыстық филиалының конференциясы өтті. Филиал төрағасы болып \
             Ерлан Қасымов сайланды. Е.Қасымов облыс әкімінің орынбасары болып тағайындалған Серік Омаровтың орнына келді. \
             С.Омаров облыстық филиалды 2022 жылдан бері басқарып келген еді.\n",
        );
        assert_has(&f, "holds\tСерік Омаров\tdeputy_akim\tgov/oblast/Абай\tcurrent");
        assert_lacks(&f, "holds\tЕрлан Қасымов\tdeputy_akim\tgov/oblast/Абай\tcurrent");
        assert_has(&f, "holds\tСерік Омаров\tchairman\tAMANAT/oblast/Абай\tformer");
        assert_lacks(&f, "holds\tСерік Омаров\tchairman\tAMANAT/oblast/Абай\tcurrent");
    }

    #[test]
    fn a_post_left_is_filled_by_the_next_sentences_election_or_appointment() {
        let head = "Отырыс\n\n«AMANAT» партиясы Шиелі аудандық филиалы саяси кеңесінің отырысы өтті. ";
        for (left, filled, elected) in [
            ("Филиал төрағасы Асқар Жұмабаев қызметінен босатылды.", "Оның орнына Гүлнар Сейтқалиева сайланды.", true),
            ("Филиал төрағасы Асқар Жұмабаевтың өкілеттігі мерзімінен бұрын тоқтатылды.", "Аталған лауазымға Гүлнар Сейтқалиева сайланды.", true),
            ("Филиал төрағасы Асқар Жұмабаев қызметінен босатылды.", "Бос орынға Гүлнар Сейтқалиева тағайындалды.", false),
        ] {
            let f = facts(&format!("{head}{left} {filled}\n"));
            assert_has(&f, "holds\tАсқар Жұмабаев\tchairman\tAMANAT/district/Шиелі\tformer");
            assert_has(&f, "holds\tГүлнар Сейтқалиева\tchairman\tAMANAT/district/Шиелі\tcurrent");
            let line = "elected\tГүлнар Сейтқалиева\tchairman\tAMANAT/district/Шиелі";
            if elected { assert_has(&f, line) } else { assert_lacks(&f, line) }
        }
        // With no post left before, "оның орнына" fills nothing.
        let f = facts(&format!("{head}Оның орнына Гүлнар Сейтқалиева сайланды.\n"));
        assert!(!f.iter().any(|l| l.starts_with("elected\tГүлнар")), "{f:?}");
    }

    #[test]
    fn a_primary_organisation_of_an_institution_in_the_genitive_and_a_pronoun_for_its_meeting() {
        let head = "Жиналыс\n\nБүгін «AMANAT» партиясы Зайсан аудандық филиалына қарасты ";
        for (host, key) in [
            ("№12 мектептің", "AMANAT/primary/№12 мектеп"),
            ("«Ұлағат» мектебінің", "AMANAT/primary/Ұлағат"),
            ("Ақжол компаниясының", "AMANAT/primary/Ақжол компаниясы"),
        ] {
            let f = facts(&format!(
                "{head}{host} бастауыш партия ұйымының жиналысы өтті. Оны ұйым төрағасы Ерлан Сапаров жүргізді.\n"
            ));
            assert_has(&f, &format!("event\tmeeting@{key}"));
            assert_has(&f, &format!("holds\tЕрлан Сапаров\tchairman\t{key}\tcurrent"));
            assert_has(&f, &format!("participant\tЕрлан Сапаров\tmoderator\tmeeting@{key}"));
        }
        // A common noun alone names no institution.
        let f = facts(&format!("{head}аурухананың бастауыш партия ұйымының жиналысы өтті.\n"));
        assert!(!f.iter().any(|l| l.contains("primary/")), "{f:?}");
    }

    #[test]
    fn a_candidacy_proposed_in_one_sentence_and_approved_in_the_next() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Атырау облыстық филиалының конференциясы өтті. Филиал төрағасы \
             лауазымына Серік Омаровтың кандидатурасы ұсынылды. Делегаттар кандидатураны бірауыздан қолдады. \
             Сондай-ақ облыстық филиал төрағасының тағы бір орынбасары сайланды. Бұл қызметке Дина Серікованың \
             кандидатурасы ұсынылып, қолдау тапты.\n",
        );
        assert_has(&f, "elected\tСерік Омаров\tchairman\tAMANAT/oblast/Атырау");
        assert_has(&f, "elected\tДина Серікова\tdeputy_chairman\tAMANAT/oblast/Атырау");
    }

    #[test]
    fn a_verbal_nouns_subject_is_the_genitive_before_the_title() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Атырау облыстық филиалының конференциясы өтті. Филиал төрағасының \
             орынбасары Дина Серікова Серік Омаровтың Мәжіліс депутаты болып сайлануына байланысты өкілеттігін \
             тапсырғанын хабарлады.\n",
        );
        assert_has(&f, "elected\tСерік Омаров\tdeputy\tparliament/Мәжіліс");
        assert_lacks(&f, "elected\tДина Серікова\tdeputy\tparliament/Мәжіліс");
    }

    #[test]
    fn who_moved_from_a_post_or_led_a_commission_held_it_before() {
        let f = facts(
            "Отырыс\n\n«AMANAT» партиясы Зайсан аудандық филиалы Саяси кеңесінің отырысы өтті. Отырыста аудандық \
             филиалдың атқарушы хатшысы Нұрлан Бекболатовтың облыстық филиал төрағасының орынбасары қызметіне \
             ауысқаны хабарланды. Филиалдың жаңа атқарушы хатшысы етіп Арман Төлеубаевты бірауыздан сайлады.\n\n\
             – Жұмысты жалғастырамыз, – деді жаңа атқарушы хатшы.\n\n\
             Бақылау-тексеру комиссиясының төрағасы болып Қайрат Әбенов сайланды. Комиссияны осы уақытқа дейін \
             басқарған Б.Ахметов Бюро мүшесі болып сайланды. Бұрын филиалдың атқарушы хатшысы болып жұмыс \
             істеген партия ардагері Зейнолла Қабиденов сөз сөйледі.\n",
        );
        assert_has(&f, "holds\tНұрлан Бекболатов\texecutive_secretary\tAMANAT/district/Зайсан\tformer");
        assert_lacks(&f, "holds\tНұрлан Бекболатов\texecutive_secretary\tAMANAT/district/Зайсан\tcurrent");
        assert_has(&f, "participant\tАрман Төлеубаев\tspeaker\tcouncil_session@AMANAT/district/Зайсан");
        assert_has(&f, "holds\tБ.Ахметов\tcontrol_commission_chairman\tAMANAT/district/Зайсан\tformer");
        assert_has(&f, "holds\tЗейнолла Қабиденов\texecutive_secretary\tAMANAT/district/Зайсан\tformer");
    }

    #[test]
    fn powers_ended_actively_members_joining_the_bureau_and_ol_after_a_candidacy() {
        let f = facts(
            "Отырыс\n\n«AMANAT» партиясы Атырау облыстық филиалы Саяси кеңесінің отырысы өтті. Саяси кеңес мүшелері \
             облыстық филиалдың атқарушы хатшысы Серік Омаровтың өкілеттігін мерзімінен бұрын тоқтатты. Филиалдың \
             атқарушы хатшысы лауазымына Дина Серікованың кандидатурасы ұсынылып, мүшелер оны бірауыздан қолдады. \
             Ол бұған дейін Атырау қалалық филиалының төрағасы қызметін атқарған. Бюро мүшелігіне Ерлан Қасымов \
             мен Айгүл Нұрланова сайланды.\n",
        );
        assert_has(&f, "holds\tСерік Омаров\texecutive_secretary\tAMANAT/oblast/Атырау\tformer");
        assert_has(&f, "elected\tДина Серікова\texecutive_secretary\tAMANAT/oblast/Атырау");
        assert_has(&f, "holds\tДина Серікова\tchairman\tAMANAT/city/Атырау\tformer");
        assert_has(&f, "elected\tЕрлан Қасымов\tbureau_member\tAMANAT/oblast/Атырау");
        assert_has(&f, "elected\tАйгүл Нұрланова\tbureau_member\tAMANAT/oblast/Атырау");
    }

    #[test]
    fn a_proposed_candidate_the_delegates_then_elected_by_pronoun() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Екібастұз қалалық филиалының конференциясы өтті. Филиалдың жаңа \
             төрағасы лауазымына Серік Омаровтың кандидатурасы ұсынылды. Делегаттар оны бірауыздан сайлады.\n",
        );
        assert_has(&f, "elected\tСерік Омаров\tchairman\tAMANAT/city/Екібастұз");
    }

    #[test]
    fn whose_branch_a_place_or_a_level_names_and_an_enterprises_branch() {
        // Activists of the oblast met in a city; a bare branch after a place.
        let f = facts(
            "Сапар\n\n«AMANAT» партиясының Хатшысы Ерлан Қасымов Жетісу облысына жұмыс сапарымен келді. Ол \
             Талдықорған қаласында облыстық партия активімен кездесті. Бір күн бұрын Қарағанды облысында да партия \
             филиалының кезектен тыс конференциясы өтті. Сапар соңында ол зауыттың Шымкенттегі филиалына барды.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Жетісу");
        assert_lacks(&f, "event\tmeeting@AMANAT/city/Талдықорған");
        assert_has(&f, "event\tconference@AMANAT/oblast/Қарағанды");
        assert_has(&f, "event_attr\tconference@AMANAT/oblast/Қарағанды\textraordinary\tyes");
        assert_lacks(&f, "branch\tAMANAT/city/Шымкент");
    }

    #[test]
    fn branches_listed_before_a_plural_and_the_branch_named_before_the_first_event() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Алматы қалалық филиалының конференциясы ертең өтеді. Филиал \
             төрағасы Ерлан Қасымов баяндама жасайды. Өткен аптада партияның Алмалы аудандық филиалының конференциясы \
             өтті. Бостандық және Медеу аудандық филиалдарының конференциялары алдағы күндері өтеді.\n",
        );
        assert_has(&f, "holds\tЕрлан Қасымов\tchairman\tAMANAT/city/Алматы\tcurrent");
        assert_has(&f, "event\tconference@AMANAT/district/Алмалы");
        assert_has(&f, "branch\tAMANAT/district/Бостандық");
        assert_has(&f, "parent\tAMANAT/district/Медеу\tAMANAT/city/Алматы");
    }

    #[test]
    fn glued_surnames_honorific_places_occupations_and_russian_patronymics() {
        let f = facts(
            "Жиналыс\n\n«AMANAT» партиясы Айыртау аудандық филиалына қарасты «Зерде» мектеп-лицейінің бастауыш \
             партия ұйымының жиналысы өтті. Жиналысқа аудандық мәслихаттың хатшысы Асқар Байжанқатысып, сөз сөйледі. \
             Жиналысты ұйымның хатшысы, тарих пәнінің мұғалімі Ботагөз Қасымқызы жүргізді. Мектеп-лицейдің директоры \
             Гүлшат Әлиева сөз сөйледі. Аудандық мәслихаттың депутаты Наталья Петренко қатысты. Наталья Викторовна \
             ауыл мектебі туралы айтты. Өтеген батыр ауылдық округінің әкімі болып Нұржан Ақылбек сайланды. Ол бұған \
             дейін осы округ әкімінің орынбасары болып жұмыс істеген.\n",
        );
        assert_has(&f, "person\tАсқар Байжан");
        assert_has(&f, "holds\tБотагөз Қасымқызы\tsecretary\tAMANAT/primary/Зерде\tcurrent");
        assert_has(&f, "holds\tГүлшат Әлиева\tdirector\torg/Зерде\tcurrent");
        assert_has(&f, "alias\tНаталья Петренко\tНаталья Викторовна");
        assert_has(&f, "elected\tНұржан Ақылбек\takim\tgov/rural/Өтеген батыр");
        assert_has(&f, "holds\tНұржан Ақылбек\tdeputy_akim\tgov/rural/Өтеген батыр\tformer");
    }

    #[test]
    fn a_participle_of_leading_that_describes_a_noun_names_no_leader() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Әл-Фараби аудандық филиалының конференциясы өтті. Қалалық филиалдың \
             төрағасы Ерлан Қасымов сөз сөйлеп, Е.Төлегеновке филиалды басқарған жылдардағы еңбегі үшін алғыс айтты.\n",
        );
        assert!(!f.iter().any(|l| l.starts_with("holds\tЕрлан Қасымов") && l.ends_with("former")), "{f:?}");
    }

    #[test]
    fn a_maslikhat_session_is_its_council_session_and_a_bare_gathering_word_is_it() {
        let f = facts(
            "Сессия\n\nКеше Бөкей ордасы аудандық мәслихатының кезектен тыс XXIV сессиясы өтті. Сессияға мәслихат \
             төрағасы Нұрбол Ғабдуллин төрағалық етті. Жиынға «AMANAT» партиясының аудандық филиалының атқарушы \
             хатшысы Дәулет Сағынғалиев қатысты.\n",
        );
        let e = "council_session@maslikhat/district/Бөкей ордасы";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("event_attr\t{e}\tordinal\t24"));
        assert_has(&f, &format!("participant\tНұрбол Ғабдуллин\tchair\t{e}"));
        assert_has(&f, &format!("participant\tДәулет Сағынғалиев\tguest\t{e}"));
        assert_lacks(&f, "event\tmeeting@AMANAT/district/Бөкей ордасы");
    }

    #[test]
    fn one_title_serves_each_body_listed_after_it_in_the_dative() {
        let f = facts(
            "Кеңес\n\nЖаңақорған аудандық филиалы Саяси кеңесінің отырысы өтті. Отырыста «Ақбидай» ЖШС бастауыш \
             партия ұйымының төрағасы болып агроном Бекзат Жолдасов, «Шапағат» мектеп-лицейінің бастауыш партия \
             ұйымына мұғалім Айгүл Сәрсенова, Жаңақорған аудандық емханасының бастауыш партия ұйымына дәрігер Нұрлан Әбдіқадыр \
             сайланды.\n",
        );
        assert_has(&f, "holds\tБекзат Жолдасов\tchairman\tAMANAT/primary/Ақбидай\tcurrent");
        assert_has(&f, "holds\tАйгүл Сәрсенова\tchairman\tAMANAT/primary/Шапағат\tcurrent");
        assert_has(&f, "elected\tНұрлан Әбдіқадыр\tchairman\tAMANAT/primary/Жаңақорған аудандық емханасы");
        assert_lacks(&f, "holds\tАйгүл Сәрсенова\tchairman\tAMANAT/primary/Ақбидай\tcurrent");
        assert_lacks(&f, "holds\tНұрлан Әбдіқадыр\tchairman\tAMANAT/primary/Ақбидай\tcurrent");
    }

    #[test]
    fn a_name_before_rural_districts_in_the_plural_is_a_person() {
        let f = facts(
            "Бюро\n\nКеше Тарбағатай аудандық филиалы Саяси кеңесі бюросының отырысы өтті. Филиал төрағасы \
             Гүлнұр Сыздықова ауылдық округтердегі бастауыш партия ұйымдарының жұмысы туралы баяндады. Бюро \
             Ақжар және Қарасу ауылдық округтерінің әкімдерін тыңдады.\n",
        );
        assert_has(&f, "person\tГүлнұр Сыздықова");
        assert_has(&f, "holds\tГүлнұр Сыздықова\tchairman\tAMANAT/district/Тарбағатай\tcurrent");
    }

    #[test]
    fn a_round_up_resolves_the_oblast_branch_by_its_own_gathering() {
        let f = facts(
            "Өңірлерде\n\nАқтөбе облысында Хромтау аудандық филиалының конференциясы өтті. Филиал төрағасы болып \
             Ерік Салықов сайланды.\n\nҚызылорда облысында Арал аудандық филиалы Саяси кеңесінің отырысы өтті. \
             Атқарушы хатшы болып Сәкен Дүйсеков сайланды. Ол бұған дейін облыстық филиал атқарушы хатшысының \
             орынбасары болған.\n",
        );
        assert_has(&f, "holds\tСәкен Дүйсеков\tdeputy_executive_secretary\tAMANAT/oblast/Қызылорда\tformer");
        assert_lacks(&f, "holds\tСәкен Дүйсеков\tdeputy_executive_secretary\tAMANAT/oblast/Ақтөбе\tformer");
    }

    #[test]
    fn a_sentence_turning_to_another_branch_gives_the_next_bare_branch() {
        let f = facts(
            "Кеңес\n\nТараз қалалық филиалы Саяси кеңесінің отырысы өтті. Отырыста филиалдың жұмысы талқыланды. \
             Айта кетейік, облыстағы Байзақ аудандық филиалында да өзгеріс болды. Филиал төрағасы Нұрлан Әбенов \
             зейнеткерлікке шығуына байланысты қызметінен босатылды, оның міндеті филиал төрағасының орынбасары \
             Сәуле Қалиеваға жүктелді.\n",
        );
        assert_has(&f, "holds\tНұрлан Әбенов\tchairman\tAMANAT/district/Байзақ\tformer");
        assert_has(&f, "holds\tСәуле Қалиева\tdeputy_chairman\tAMANAT/district/Байзақ\tcurrent");
        assert_lacks(&f, "holds\tНұрлан Әбенов\tchairman\tAMANAT/city/Тараз\tformer");
    }

    #[test]
    fn a_reception_conducted_is_held_and_its_conductor_moderates() {
        let f = facts(
            "Қабылдау\n\nКеше «AMANAT» партиясы Арқалық қалалық филиалының қоғамдық қабылдау бөлмесінде тұрғындар \
             қабылданды. Қабылдауды Мәжіліс депутаты Нұржан Әлиев жүргізді. Оған қалалық мәслихат депутаты Айгерім \
             Бекова қатысты.\n",
        );
        let e = "meeting@AMANAT/city/Арқалық";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("participant\tНұржан Әлиев\tmoderator\t{e}"));
        assert_has(&f, &format!("participant\tАйгерім Бекова\tguest\t{e}"));
    }

    #[test]
    fn a_reception_organised_at_a_branch_during_a_trip_is_that_branchs_meeting() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Түркістан облыстық филиалының төрағасы Ерлан Сапаров Отырар ауданына \
             жұмыс сапарымен барды. Кейін партияның аудандық филиалында тұрғындарды жеке мәселелері бойынша \
             қабылдау ұйымдастырылды. Қабылдауды Е.Сапаров өзі жүргізді. Оған аудандық филиалдың атқарушы хатшысы \
             Айдана Мұратова қатысты.\n",
        );
        let e = "meeting@AMANAT/district/Отырар";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("participant\tЕрлан Сапаров\tmoderator\t{e}"));
        assert_has(&f, &format!("participant\tАйдана Мұратова\tguest\t{e}"));
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Түркістан");
    }

    #[test]
    fn a_public_hearing_held_and_a_forum_a_branch_organised_took_place() {
        let f = facts(
            "Үстел\n\n«AMANAT» партиясы Медеу аудандық филиалында дөңгелек үстел өтті. Бұған дейін бұл мәселе \
             Түрксіб аудандық филиалында өткен қоғамдық тыңдауда қаралған болатын. Ал Наурызбай аудандық филиалы \
             ұйымдастырған жастар форумында аудан әкімінің орынбасары Ерлан Қасымов сөз сөйлеген еді. Мұғалім \
             Асқар Бекенов есебін тыңдауда сөйледі.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/district/Түрксіб");
        assert_has(&f, "event\tmeeting@AMANAT/district/Наурызбай");
        assert_has(&f, "participant\tЕрлан Қасымов\tspeaker\tmeeting@AMANAT/district/Наурызбай");
    }

    #[test]
    fn the_primary_organisation_of_an_institution_just_named_and_its_branch() {
        let f = facts(
            "Сапар\n\nМәжіліс депутаты Асқар Төлеуов Зайсан ауданына барды. Ол «Шұғыла» мектеп-интернатында \
             болды. Мектептегі бастауыш партия ұйымы Зайсан аудандық филиалына қарасты.\n\nКейін депутат «Өркен» \
             мектеп-лицейіне барды. Мұндағы бастауыш партия ұйымы Өскемен қалалық филиалына қарасты.\n",
        );
        assert_has(&f, "parent\tAMANAT/primary/Шұғыла\tAMANAT/district/Зайсан");
        assert_has(&f, "parent\tAMANAT/primary/Өркен\tAMANAT/city/Өскемен");
        assert_lacks(&f, "parent\tAMANAT/primary/Өркен\tAMANAT/primary/Өркен");
    }

    #[test]
    fn he_after_delegates_elected_someone_in_the_accusative_is_the_one_elected() {
        let f = facts(
            "Жаңалықтар\n\nАТЫРАУ. Махамбет аудандық филиалы Саяси кеңесінің отырысы болды. Жиынға облыстық \
             филиалдың атқарушы хатшысы Гүлнар Мырзабекова қатысты.\n\nҚОСТАНАЙ. Сарыкөл аудандық филиалының \
             конференциясы өтті. Делегаттар аудандық филиалдың төрағасы болып Бақытжан Ермековті бірауыздан \
             сайлады. Ол бұған дейін аудандық мәслихаттың хатшысы болған.\n",
        );
        assert_has(&f, "holds\tБақытжан Ермеков\tsecretary\tmaslikhat/district/Сарыкөл\tformer");
        assert_lacks(&f, "holds\tГүлнар Мырзабекова\tsecretary\tmaslikhat/district/Сарыкөл\tformer");
    }

    #[test]
    fn a_title_in_brackets_after_a_name_is_its_own() {
        let f = facts(
            "Конференция\n\nТекелі қалалық филиалының конференциясы өтті. Фракция жұмысы туралы Ерлан Сәрсенов \
             (қалалық мәслихат депутаты) хабарлама жасады. Филиалдың атқарушы хатшысы Айгерім Төлеуова (бұған \
             дейін қалалық жастар орталығының директоры болған) есеп берді. Қайрат Әміров («Текелі-Құрылыс» \
             серіктестігінің директоры) сөйледі.\n",
        );
        assert_has(&f, "holds\tЕрлан Сәрсенов\tdeputy\tmaslikhat/city/Текелі\tcurrent");
        assert_has(&f, "holds\tАйгерім Төлеуова\tdirector\torg/Текелі қалалық жастар орталығы\tformer");
        assert_has(&f, "holds\tҚайрат Әміров\tdirector\torg/Текелі-Құрылыс\tcurrent");
    }

    #[test]
    fn a_primary_organisation_of_an_unnamed_institution_and_the_bare_organisation_after() {
        let f = facts(
            "Жиналыс\n\nОйыл ауданы. Қараой ауылындағы ветеринарлық емхананың бастауыш партия ұйымында есеп \
             беру-сайлау жиналысы өтті. Жиналыста емхана директоры Бекзат Омаров сөйледі. Ол төрт жыл бойы ұйымның төрағасы \
             болған. Ұйымның жаңа төрағасы болып Дана Серікова сайланды. Ұйымның хатшысы Әлібек Жанұзақ қайта \
             сайланды.\n\nСол күні аудандық аурухананың бастауыш партия ұйымында да жиналыс өтті.\n",
        );
        let p = "AMANAT/primary/Қараой ветеринарлық емханасы";
        assert_has(&f, &format!("event\tmeeting@{p}"));
        assert_has(&f, &format!("holds\tБекзат Омаров\tchairman\t{p}\tformer"));
        // "емхана директоры": the institution the primary sits in.
        assert_has(&f, "holds\tБекзат Омаров\tdirector\torg/Қараой ветеринарлық емханасы\tcurrent");
        assert_has(&f, &format!("elected\tДана Серікова\tchairman\t{p}"));
        assert_has(&f, &format!("elected\tӘлібек Жанұзақ\tsecretary\t{p}"));
        assert_has(&f, "branch\tAMANAT/primary/Ойыл аудандық ауруханасы");
    }

    #[test]
    fn a_dedicated_schools_primary_a_bare_rural_district_and_a_companys_president() {
        let f = facts(
            "Жиналыс\n\nҚазығұрт аудандық филиалында жиын өтті. Ы.Алтынсарин атындағы №12 мектеп-гимназияның \
             бастауыш партия ұйымының төрағасы Гүлнар Бекова сөйледі. Жиынға Шарбұлақ ауылдық округінің әкімі \
             Серік Әлімов қатысты. Округ әкімі Серік Әлімов жол жөндеуі туралы айтты.\n\n«Қазығұрт Тас» АҚ-да \
             жиын өтті. Онда акционерлік қоғамның президенті Марат Ерболов сөйледі.\n",
        );
        assert_has(&f, "holds\tГүлнар Бекова\tchairman\tAMANAT/primary/Ы.Алтынсарин атындағы №12 мектеп-гимназия\tcurrent");
        assert_lacks(&f, "holds\tСерік Әлімов\takim\tgov/rural/Округ\tcurrent");
        assert_has(&f, "holds\tСерік Әлімов\takim\tgov/rural/Шарбұлақ\tcurrent");
        assert_has(&f, "holds\tМарат Ерболов\tpresident\torg/Қазығұрт Тас\tcurrent");
        assert_lacks(&f, "holds\tМарат Ерболов\tpresident\tgov/central\tcurrent");
    }

    #[test]
    fn a_branch_officers_round_of_primary_organisations_visits_each() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Тайынша аудандық филиалының атқарушы хатшысы Бауыржан Сейітов кеше \
             Келлер ауылындағы екі бастауыш партия ұйымының жұмысымен танысты.\n\nСапар Мұқағали Мақатаев \
             атындағы мектеп-гимназиядан басталды. Бастауыш партия ұйымының төрағасы Дәмеш Омарова қонақты \
             қарсы алып, ұйымның жоспарымен таныстырды.\n\nМұнан кейін атқарушы хатшы Келлер ауылындағы мал \
             шаруашылығы кооперативіне барды. Кооперативтің бастауыш партия ұйымының төрағасы Рүстем Әлиев \
             жұмыс барысын түсіндірді. Атқарушы хатшы ұйым мүшелерімен жиында жүздесті.\n",
        );
        let school = "AMANAT/primary/Мұқағали Мақатаев атындағы мектеп-гимназия";
        let farm = "AMANAT/primary/Келлер мал шаруашылығы кооперативі";
        assert_has(&f, &format!("event\tvisit@{school}"));
        assert_has(&f, &format!("event\tvisit@{farm}"));
        assert_has(&f, &format!("participant\tБауыржан Сейітов\tvisitor\tvisit@{farm}"));
        assert_has(&f, &format!("participant\tРүстем Әлиев\tspeaker\tvisit@{farm}"));
        assert_has(&f, &format!("event\tmeeting@{farm}"));
        assert_lacks(&f, "person\tСапар Мұқағали");
    }

    #[test]
    fn a_career_told_by_spans_of_years_gives_former_posts() {
        let f = facts(
            "Тағайындау\n\nҚостанай облыстық филиалының атқарушы хатшысы болып Ерлан Бекенов тағайындалды.\n\n\
             Анықтама\n\nЕрлан Бекенов 1980 жылы Қостанай облысында туған.\n\nЕңбек жолы:\n\
             2008–2012 жж. – «Нұр Отан» партиясы Жітіқара аудандық филиалының атқарушы хатшысы;\n\
             2012–2016 жж. – Жітіқара ауданы әкімінің орынбасары.\n\n\
             2016–2020 жылдары Арқалық қаласының әкімі қызметін атқарды. Кейін Болат Серікұлы облыстық мәслихат \
             хатшысы болып сайланды.\n",
        );
        assert_has(&f, "holds\tЕрлан Бекенов\texecutive_secretary\tAMANAT/district/Жітіқара\tformer");
        assert_has(&f, "holds\tЕрлан Бекенов\tdeputy_akim\tgov/district/Жітіқара\tformer");
        assert_has(&f, "holds\tЕрлан Бекенов\takim\tgov/city/Арқалық\tformer");
        assert!(!f.iter().any(|l| l.contains("Кейін")), "{f:?}");
    }

    #[test]
    fn a_primary_organisation_in_a_state_body_named_from_its_place() {
        let f = facts(
            "Жиналыс\n\nСарысу ауданы бойынша мемлекеттік кірістер басқармасындағы бастауыш партия ұйымының \
             есеп беру-сайлау жиналысы өтті. Ұйымның бұрынғы төрағасы Ерлан Қасымовтың өкілеттігі тоқтатылды.\n",
        );
        let p = "AMANAT/primary/Сарысу ауданы бойынша мемлекеттік кірістер басқармасы";
        assert_has(&f, &format!("event\tmeeting@{p}"));
        assert_has(&f, &format!("holds\tЕрлан Қасымов\tchairman\t{p}\tformer"));
    }

    #[test]
    fn a_surname_alone_is_the_one_person_of_that_surname() {
        let f = facts(
            "Жиын\n\nЛисаков қалалық филиалында белсенділер жиыны өтті. Жиынға облыстық филиал төрағасының \
             орынбасары Сәуле Бекмағанбетова, қала әкімінің орынбасары Ерлан Нұрғазы қатысты. Бекмағанбетова \
             партиялық бақылауды күшейтуге шақырды. Фракция жетекшісі Асқар Омаров хабарлама жасады.\n",
        );
        let e = "meeting@AMANAT/city/Лисаковск";
        assert_has(&f, &format!("participant\tСәуле Бекмағанбетова\tspeaker\t{e}"));
        assert_has(&f, &format!("participant\tАсқар Омаров\tspeaker\t{e}"));
        assert_lacks(&f, &format!("participant\tЕрлан Нұрғазы\tspeaker\t{e}"));
    }

    #[test]
    fn an_officer_who_went_to_a_branch_named_by_its_level_visited_it() {
        let f = facts(
            "Апта\n\nБөрлі ауданы. Облыстық филиал төрағасы Серік Жұмағалиев Бөрлі аудандық филиалына барып, \
             филиалдың жұмысымен танысты. Аудандық филиал төрағасы Айдос Қайыров өтініштер туралы баяндады.\n",
        );
        let v = "visit@AMANAT/district/Бөрлі";
        assert_has(&f, &format!("event\t{v}"));
        assert_has(&f, &format!("participant\tСерік Жұмағалиев\tvisitor\t{v}"));
        assert_has(&f, &format!("participant\tАйдос Қайыров\thost\t{v}"));
    }

    #[test]
    fn who_led_a_branch_or_the_organisation_and_he_after_a_named_subject() {
        let f = facts(
            "Жиналыс\n\nҚарабалық аудандық филиалына қарасты «Жігер» бастауыш партия ұйымының жиналысы өтті. \
             Ұйымның жаңа төрағасы болып Арман Сейітов сайланды. Н.Жақыпов ұйымды төрт жыл басқарған, енді ол \
             аудандық филиал Саяси кеңесінің мүшесі ретінде жұмысын жалғастырады.\n\nҚарасу аудандық филиалын \
             2020 жылдан бері басқарып келген Ерлан Омаров басқа жұмысқа ауысуына байланысты төрағалықтан \
             босатылды.\n",
        );
        assert_has(&f, "holds\tН.Жақыпов\tchairman\tAMANAT/primary/Жігер\tformer");
        assert_has(&f, "holds\tН.Жақыпов\tpolitical_council_member\tAMANAT/district/Қарабалық\tcurrent");
        assert_lacks(&f, "holds\tАрман Сейітов\tpolitical_council_member\tAMANAT/district/Қарабалық\tcurrent");
        assert_has(&f, "holds\tЕрлан Омаров\tchairman\tAMANAT/district/Қарасу\tformer");
    }

    #[test]
    fn a_post_taken_in_a_year_is_former_once_a_later_one_is_taken() {
        let f = facts(
            "Мерейтой\n\nБүгін партия ардагері Серік Әбілов 70 жасқа толды. Серік Әбілов 1955 жылы туған.\n\n\
             2010 жылы «Нұр Отан» партиясы Павлодар облыстық филиалы төрағасының бірінші орынбасары болып \
             тағайындалды. 2016 жылдан бері Павлодар облыстық ардагерлер кеңесінің төрағасы.\n",
        );
        assert_has(&f, "holds\tСерік Әбілов\tfirst_deputy_chairman\tAMANAT/oblast/Павлодар\tformer");
        assert_has(&f, "holds\tСерік Әбілов\tchairman\torg/Павлодар облыстық ардагерлер кеңесі\tcurrent");
        assert_lacks(&f, "holds\tСерік Әбілов\tfirst_deputy_chairman\tAMANAT/oblast/Павлодар\tcurrent");
    }

    #[test]
    fn the_primary_organisation_of_a_named_institution_in_the_possessive_nominative() {
        let f = facts(
            "Семинар\n\nТараз қалалық филиалында семинар өтті. М.Х.Дулати атындағы Тараз өңірлік университеті \
             бастауыш партия ұйымының төрағасы Айнұр Сейітқызы жобаларды таныстырды. Жамбыл политехникалық \
             колледжі бастауыш партия ұйымының хатшысы Бауыржан Ерланов ұсыныс айтты.\n",
        );
        let dulati = "AMANAT/primary/М.Х.Дулати атындағы Тараз өңірлік университеті";
        assert_has(&f, &format!("holds\tАйнұр Сейітқызы\tchairman\t{dulati}\tcurrent"));
        assert_has(&f, &format!("parent\t{dulati}\tAMANAT/city/Тараз"));
        assert_has(&f, "holds\tБауыржан Ерланов\tsecretary\tAMANAT/primary/Жамбыл политехникалық колледжі\tcurrent");
        // Where it sits ("-ндағы") is not the possessive nominative.
        let f = facts("Жиын\n\nТараз қалалық филиалында жиын өтті. Тараз қалалық ауруханасындағы бастауыш партия ұйымының төрағасы Ләззат Әбенова сөйледі.\n");
        assert_has(&f, "holds\tЛәззат Әбенова\tchairman\tAMANAT/primary/Тараз қалалық ауруханасы\tcurrent");
    }

    #[test]
    fn here_carries_the_district_into_a_new_paragraph_and_the_gathering_gives_its_branch() {
        let f = facts(
            "Сапар\n\nМәжіліс депутаты Ерлан Сапаров Алматы облысына келіп, Талғар және Іле аудандарын аралады.\n\n\
             Кешке Талғар аудандық филиалында депутат азаматтарды қабылдады. Қабылдауға 20 адам келді.\n\n\
             Осында аудандық филиалдың белсенділерімен кездесу өтті. Оған Талғар аудандық мәслихатының хатшысы \
             Айгүл Мәмбетова қатысты. Аудандық филиалдың төрағасы Нұрлан Бекбосынов партия мүшелерінің санын айтты.\n",
        );
        let e = "meeting@AMANAT/district/Талғар";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("participant\tАйгүл Мәмбетова\tguest\t{e}"));
        assert_has(&f, "holds\tНұрлан Бекбосынов\tchairman\tAMANAT/district/Талғар\tcurrent");
        assert_lacks(&f, "event\tmeeting@AMANAT/district/Іле");
    }

    #[test]
    fn events_told_in_the_pluperfect_took_place() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Ақтөбе облыстық филиалының XXX конференциясы өтті. Айта кетейік, \
             бір апта бұрын Мұғалжар аудандық филиалының есеп беру-сайлау конференциясы өткен болатын. Бір күн \
             бұрын облыстық филиалдың төрағасы Ерлан Жақыпов Қарғалы аудандық филиалы Саяси кеңесінің \
             отырысына қатысқан еді.\n",
        );
        assert_has(&f, "event\tconference@AMANAT/district/Мұғалжар");
        assert_has(&f, "event_attr\tconference@AMANAT/district/Мұғалжар\treporting_election\tyes");
        assert_has(&f, "event\tcouncil_session@AMANAT/district/Қарғалы");
        assert_has(&f, "participant\tЕрлан Жақыпов\tguest\tcouncil_session@AMANAT/district/Қарғалы");
    }

    #[test]
    fn the_visiting_deputy_speaks_after_dedi_and_sits_in_the_presidium() {
        let f = facts(
            "Сапар\n\nМәжіліс депутаты Айбек Нұрланов Қостанай облысына іссапармен келді. Кейін Рудный қалалық \
             филиалында белсенділермен кездесу өтті. Жиынды қалалық филиалдың төрағасы Сәуле Омарова жүргізді.\n\n\
             – Әр өтініш назарда болады, – деді депутат.\n\nКешке облыстық филиалдың конференциясы өтті. \
             Конференцияға облыстық филиалдың төрағасы Ерлан Қасенов төрағалық етті, президиумда А.Нұрланов та болды.\n",
        );
        assert_has(&f, "participant\tАйбек Нұрланов\tspeaker\tmeeting@AMANAT/city/Рудный");
        assert_lacks(&f, "participant\tСәуле Омарова\tspeaker\tmeeting@AMANAT/city/Рудный");
        assert_has(&f, "participant\tАйбек Нұрланов\tchair\tconference@AMANAT/oblast/Қостанай");
    }

    #[test]
    fn the_nur_otan_pdp_is_the_party_and_a_trip_visits_the_town_it_was_in() {
        let f = facts(
            "Сапар\n\n«Нұр Отан» ХДП Төрағасының орынбасары Серік Ахметов Қостанай облысына жұмыс сапары аясында \
             Арқалық қаласында болды. Қонақты қала әкімі Бекзат Жұмабаев қарсы алды.\n",
        );
        assert_has(&f, "holds\tСерік Ахметов\tdeputy_chairman\tAMANAT/central\tcurrent");
        assert_has(&f, "event\tvisit@AMANAT/city/Арқалық");
        assert_lacks(&f, "event\tvisit@AMANAT/oblast/Қостанай");
        assert_lacks(&f, "holds\tСерік Ахметов\tdeputy_chairman\tAMANAT/oblast/Қостанай\tcurrent");
    }

    #[test]
    fn a_branch_named_whole_is_not_part_of_the_next_branchs_words() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Түркістан облыстық филиалының конференциясы өтті. Төраға партияның \
             Шымкент қалалық филиалы облыстық филиалдың құрамынан шыққанын айтты.\n",
        );
        assert_lacks(&f, "branch\tAMANAT/oblast/Шымкент");
        assert_has(&f, "branch\tAMANAT/city/Шымкент");
    }

    #[test]
    fn a_title_held_before_describes_the_name_after_its_own_title() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Тараз қалалық филиалының конференциясы өтті. Бұған дейін филиал \
             төрағасы болған қаланың бұрынғы әкімі Нұрлан Қалиев басқа қызметке ауысты.\n",
        );
        assert_has(&f, "holds\tНұрлан Қалиев\tchairman\tAMANAT/city/Тараз\tformer");
        assert_has(&f, "holds\tНұрлан Қалиев\takim\tgov/city/Тараз\tformer");
    }

    #[test]
    fn delegates_electing_someone_to_a_membership_in_the_dative() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Тараз қалалық филиалының конференциясы өтті. Делегаттар Ерлан \
             Бекжановты филиал Саяси кеңесінің мүшелігіне сайлап, содан кейін оны филиал төрағасы етіп сайлады.\n",
        );
        assert_has(&f, "elected\tЕрлан Бекжанов\tpolitical_council_member\tAMANAT/city/Тараз");
        assert_has(&f, "elected\tЕрлан Бекжанов\tchairman\tAMANAT/city/Тараз");
    }

    #[test]
    fn a_post_worked_in_describes_the_name_after_it_not_the_election() {
        let f = facts(
            "Кеңес\n\n«AMANAT» партиясы Ақмола облыстық филиалы Саяси кеңесінің отырысы өтті. Атқарушы хатшы \
             болып бұған дейін Бурабай аудандық филиалының төрағасы болып істеген Асқар Жүнісов сайланды. Кеңес \
             мүшелері филиал төрағасының орынбасары болып жұмыс істеген Дина Сәрсенованы бақылау-тексеру \
             комиссиясының төрағасы етіп сайлады.\n",
        );
        assert_has(&f, "elected\tАсқар Жүнісов\texecutive_secretary\tAMANAT/oblast/Ақмола");
        assert_has(&f, "holds\tАсқар Жүнісов\tchairman\tAMANAT/district/Бурабай\tformer");
        assert_lacks(&f, "elected\tАсқар Жүнісов\tchairman\tAMANAT/district/Бурабай");
        assert_has(&f, "holds\tДина Сәрсенова\tdeputy_chairman\tAMANAT/oblast/Ақмола\tformer");
        assert_lacks(&f, "elected\tДина Сәрсенова\tdeputy_chairman\tAMANAT/oblast/Ақмола");
    }

    #[test]
    fn the_acting_holder_of_a_post_holds_it() {
        let f = facts(
            "Кеңес\n\n«AMANAT» партиясы Арал аудандық филиалы Саяси кеңесінің отырысы өтті. Отырысқа облыстық \
             филиалдың атқарушы хатшысы Ерлан Сейітов қатысты. Жаңа төраға сайланғанға дейін филиал төрағасының \
             міндетін уақытша атқару филиалдың атқарушы хатшысы Гүлнар Әбеноваға жүктелді.\n\nЖиында Арман \
             Құдайбергенов сөз сөйледі. Ол соңғы екі айда аудандық мәслихат төрағасының міндетін атқарып келген.\n",
        );
        assert_has(&f, "holds\tГүлнар Әбенова\tchairman\tAMANAT/district/Арал\tcurrent");
        assert_lacks(&f, "holds\tЕрлан Сейітов\tchairman\tAMANAT/district/Арал\tcurrent");
        assert_has(&f, "holds\tАрман Құдайбергенов\tchairman\tmaslikhat/district/Арал\tcurrent");
    }

    #[test]
    fn another_of_the_kind_held_at_a_branch_named_after_it() {
        let f = facts(
            "Семинар\n\nЖітіқара аудандық филиалында семинар өтті. Айта кетейік, осындай семинар өткен айда \
             Әулиекөл аудандық филиалында өткізілген еді.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/district/Жітіқара");
        assert_has(&f, "event\tmeeting@AMANAT/district/Әулиекөл");
    }

    #[test]
    fn the_acting_holder_of_the_post_just_left() {
        let f = facts(
            "Кеңес\n\n«AMANAT» партиясы Сарыағаш аудандық филиалы Саяси кеңесінің отырысы өтті. Онда филиал \
             төрағасы Бауыржан Оспанов зейнеткерлікке шығуына байланысты қызметінен босатылды. Жаңа төраға \
             сайланғанға дейін оның міндетін атқару филиалдың атқарушы хатшысы Жанар Әлімоваға жүктелді.\n",
        );
        assert_has(&f, "holds\tБауыржан Оспанов\tchairman\tAMANAT/district/Сарыағаш\tformer");
        assert_has(&f, "holds\tЖанар Әлімова\tchairman\tAMANAT/district/Сарыағаш\tcurrent");
    }

    #[test]
    fn a_microdistrict_named_after_someone_names_no_person() {
        let f = facts(
            "Бақылау\n\nБалқаш қалалық филиалы Саяси кеңесінің отырысы өтті. Мұхтар Әуезов ықшам ауданындағы \
             жылу желілерін жаңарту партиялық бақылауға алынды.\n",
        );
        assert_lacks(&f, "person\tМұхтар Әуезов");
    }

    #[test]
    fn meeting_the_heads_of_primary_organisations_in_the_district_the_trip_reached() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясының Хатшысы Ерлан Сапаров Атырау облысына іссапармен келді. Одан кейін \
             Исатай ауданына жол тартты. Аудандық мәдениет үйінде Е.Сапаров бастауыш партия ұйымдарының \
             төрағаларымен кездесті. Жиынды аудандық филиалдың атқарушы хатшысы Гүлнар Сейітова жүргізді.\n",
        );
        let e = "meeting@AMANAT/district/Исатай";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("participant\tГүлнар Сейітова\tmoderator\t{e}"));
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Атырау");
    }

    #[test]
    fn a_settlement_after_a_given_name_and_patronymic_is_no_surname() {
        let f = facts(
            "Сессия\n\nОрал қалалық мәслихатының сессиясы өтті. Депутат Айгүл Серікқызы Деркөл кентіндегі жол \
             туралы айтты. Депутат Марат Серікұлы Жұмабаев су туралы айтты.\n",
        );
        assert_has(&f, "person\tАйгүл Серікқызы");
        assert_lacks(&f, "person\tАйгүл Деркөл");
        assert_has(&f, "person\tМарат Жұмабаев");
    }

    #[test]
    fn a_bare_maslikhat_is_the_one_named_with_its_place() {
        let f = facts(
            "Сессия\n\nКеше Бөкей ордасы аудандық мәслихатының кезектен тыс XXIV сессиясы өтті. Жиынға «AMANAT» \
             партиясы Батыс Қазақстан облыстық филиалының атқарушы хатшысы Гүлмира Ахметова қатысты. Мәслихаттағы \
             «AMANAT» партиясы фракциясының жетекшісі Арман Қайырғалиев басқа жұмысқа ауысты.\n",
        );
        assert_has(&f, "holds\tАрман Қайырғалиев\tfaction_leader\tmaslikhat/district/Бөкей ордасы\tcurrent");
        assert_lacks(&f, "holds\tАрман Қайырғалиев\tfaction_leader\tmaslikhat/oblast/Батыс Қазақстан\tcurrent");
    }

    #[test]
    fn a_sentence_from_a_name_to_a_title_says_the_names_title() {
        let f = facts(
            "Фракция\n\nКеше Жаңақала аудандық мәслихатының сессиясы өтті. Фракция жетекшісі болып Айгерім Сапарова \
             сайланды. Айгерім Сапарова 2021 жылдан бері аудандық мәслихаттың депутаты. Марат Оспанов бұрын аудан \
             әкімінің орынбасары. Ержан Сейітов сессияда сөз сөйлеп, аудан әкімі туралы айтты.\n",
        );
        assert_has(&f, "holds\tАйгерім Сапарова\tdeputy\tmaslikhat/district/Жаңақала\tcurrent");
        assert_has(&f, "holds\tМарат Оспанов\tdeputy_akim\tgov/district/Жаңақала\tformer");
        assert_lacks(&f, "holds\tЕржан Сейітов\takim\tgov/district/Жаңақала\tcurrent");
    }

    #[test]
    fn acting_as_a_title_raising_requests_complaining_and_a_compound_conducted() {
        let f = facts(
            "Семинар\n\nҚазалы аудандық филиалы бастауыш партия ұйымдары хатшыларына семинар-кеңес өткізді. \
             Семинар-кеңесті аудандық филиалдың атқарушы хатшысы Ербол Сыздықов ашып, жүргізді. Сөз алғандардың \
             арасында Әсел Нұрниязова да болды. Бекарыс ауылдық округінің әкімі ретінде ол ауылдағы жол туралы \
             айтты. Мұғалім Лаура Жүнісова тұрғындардың өтініштерін көтерді. Зейнеткер Мейрамбек Ерғалиев жалақы \
             берешегі туралы шағымданды.\n",
        );
        let e = "meeting@AMANAT/district/Қазалы";
        assert_has(&f, &format!("participant\tЕрбол Сыздықов\tmoderator\t{e}"));
        assert_has(&f, "holds\tӘсел Нұрниязова\takim\tgov/rural/Бекарыс\tcurrent");
        assert_has(&f, &format!("participant\tЛаура Жүнісова\tspeaker\t{e}"));
        assert_has(&f, &format!("participant\tМейрамбек Ерғалиев\tspeaker\t{e}"));
    }

    #[test]
    fn bylines_above_the_headline_among_page_lines_and_with_the_paper() {
        let f = facts(
            "Мөлдір ЕСЕНҚҰЛ\n\nЖиналыс өтті\n\n03.11.2020 | 14:30\n\nКеше Тараз қалалық филиалының жиналысы өтті. \
             Жиналысты Шынар Әділбекова жүргізді.\n",
        );
        assert_has(&f, "author\tМөлдір Есенқұл");
        let f = facts("Автор: Дәмежан СҰЛТАНҚЫЗЫ\n12 қыркүйек 2023\n\nТөраға ауданда болды\n\nКеше Аягөз аудандық филиалының жиналысы өтті.\n");
        assert_has(&f, "author\tДәмежан Сұлтанқызы");
        let f = facts(
            "Конференция өтті\n\n22.01.2021\n\nСәуле ҚАЛДЫБАЕВА\n\nКеше Сайрам аудандық филиалының конференциясы өтті.\n",
        );
        assert_has(&f, "author\tСәуле Қалдыбаева");
        let f = facts(
            "Конференция\n\nКеше Сәтбаев қалалық филиалының конференциясы өтті. Оны Ақмарал Төлендиева жүргізді.\n\n\
             Бақытжан ОРАЗ, «Сәтбаев жаршысы»\n",
        );
        assert_has(&f, "author\tБақытжан Ораз");
        // A headline that is a name in plain letters is no byline.
        let f = facts("Ержан Тұрғынбаев\n\nКеше Сайрам аудандық филиалының конференциясы өтті.\n");
        assert_lacks(&f, "author\tЕржан Тұрғынбаев");
    }

    #[test]
    fn released_from_a_chairmanship_honorary_titles_paired_titles_and_a_described_speaker() {
        let f = facts(
            "Конференция\n\nКеше Сайрам аудандық филиалының конференциясы өтті. Жиналыста бастауыш ұйымның төрағасы \
             Бердібек Омарұлы есеп берді. Социалистік Еңбек Ері Сұлтанбек Төреқұлов жастарға ақыл-кеңес айтты.\n\
             – Жастар партияға келіп жатыр, – деді «Жас Отан» белсендісі Нұрбол Исаев.\n\
             Партия филиалының төрағасы болып Ержан Тұрғынбаев, бақылау-тексеру комиссиясының төрағасы болып Гүлнәр \
             Әбдіқадырова қайта сайланды.\n",
        );
        let e = "conference@AMANAT/district/Сайрам";
        assert_lacks(&f, "person\tЕңбек Ері");
        assert_has(&f, &format!("participant\tСұлтанбек Төреқұлов\tspeaker\t{e}"));
        assert_has(&f, &format!("participant\tНұрбол Исаев\tspeaker\t{e}"));
        assert_has(&f, "elected\tЕржан Тұрғынбаев\tchairman\tAMANAT/district/Сайрам");
        assert_has(&f, "elected\tГүлнәр Әбдіқадырова\tcontrol_commission_chairman\tAMANAT/district/Сайрам");
        assert_lacks(&f, "elected\tГүлнәр Әбдіқадырова\tchairman\tAMANAT/district/Сайрам");
        let f = facts(
            "Жиналыс\n\n«Тараз су» МКК бастауыш партия ұйымының жиналысы өтті. Жиналыста бастауыш ұйымның төрағасы \
             Бердібек Омарұлы есеп берді. Бердібек Омарұлы зейнетке шығуына байланысты төрағалықтан босатылды.\n",
        );
        assert_has(&f, "holds\tБердібек Омарұлы\tchairman\tAMANAT/primary/Тараз су\tformer");
        assert_lacks(&f, "holds\tБердібек Омарұлы\tchairman\tAMANAT/primary/Тараз су\tcurrent");
    }

    #[test]
    fn a_senator_at_a_branch_visits_it_and_the_senator_said_is_them() {
        let f = facts(
            "Сенатор\n\nСенат депутаты Ғани Бекмұратов «AMANAT» партиясы Мұнайлы аудандық филиалында болды. \
             Сенаторды филиал төрағасы Бекет Оспанұлы қарсы алды. – Өтініштер көп, – деді Б.Оспанұлы. Сенатор \
             өтініштерге жауап беру керек екенін атап өтті.\n",
        );
        let e = "visit@AMANAT/district/Мұнайлы";
        assert_has(&f, &format!("participant\tҒани Бекмұратов\tvisitor\t{e}"));
        assert_has(&f, &format!("participant\tҒани Бекмұратов\tspeaker\t{e}"));
        assert_has(&f, &format!("participant\tБекет Оспанұлы\thost\t{e}"));
    }

    #[test]
    fn the_primary_organisation_here_and_the_head_of_a_department() {
        let f = facts(
            "Сапар\n\nОблыстық филиал төрағасы Қайрат Байжан Аягөз ауданына жұмыс сапарымен келді. Сапар барысында \
             ол «Аягөз жылу» МКК-да болды. Кәсіпорын директоры, осындағы бастауыш партия ұйымының төрағасы Серғазы \
             Әлжанов жұмыс туралы айтты. Облыстық филиалдың ұйымдастыру бөлімінің басшысы Жанар Мұқанова ақпарат берді.\n",
        );
        assert_has(&f, "holds\tСерғазы Әлжанов\tchairman\tAMANAT/primary/Аягөз жылу\tcurrent");
        assert_has(&f, "holds\tСерғазы Әлжанов\tdirector\torg/Аягөз жылу\tcurrent");
        assert!(!f.iter().any(|l| l.starts_with("holds\tЖанар Мұқанова")), "{f:?}");
    }

    #[test]
    fn names_before_listed_places_and_a_gathering_word_are_whole() {
        let f = facts(
            "Отырыс\n\nОблыстық филиал Саяси кеңесі Бюросының отырысы өтті. Отырысты Ғалымжан Сейілұлы жүргізді. \
             Облыстық мәслихат депутаты Гаухар Нұрланқызы Көксу және Ескелді аудандарындағы мектептер туралы айтты. \
             Фракция жетекшісі Ғани Оспанұлы Өтеген батыр кентіндегі жол туралы айтты.\n",
        );
        assert_has(&f, "person\tҒалымжан Сейілұлы");
        assert_has(&f, "person\tГаухар Нұрланқызы");
        assert_has(&f, "person\tҒани Оспанұлы");
        assert!(!f.iter().any(|l| l.contains("Отырысты") || l.contains("Гаухар Көксу") || l.contains("Ғани Өтеген")), "{f:?}");
    }

    #[test]
    fn each_primary_under_its_own_branch_and_a_bare_district_branch_of_the_sentence_before() {
        let f = facts(
            "Форум\n\n«AMANAT» партиясы Астана қалалық филиалы бастауыш партия ұйымдары жетекшілерінің форумын өткізді. \
             Қалалық филиалға қарасты «Астана су арнасы» бастауыш партия ұйымының төрағасы Данияр Қошқарбаев сөз сөйледі. \
             Сарыарқа аудандық филиалына қарасты «Ақниет» бастауыш партия ұйымының төрағасы Гүлжан Омарова ардагерлер \
             туралы айтты. Аудандық филиалға қарасты Үрімқай бастауыш партия ұйымының төрағасы Дәурен Сапарбек сөз сөйледі.\n",
        );
        assert_has(&f, "parent\tAMANAT/primary/Ақниет\tAMANAT/district/Сарыарқа");
        assert_has(&f, "parent\tAMANAT/primary/Астана су арнасы\tAMANAT/city/Астана");
        assert_has(&f, "holds\tДәурен Сапарбек\tchairman\tAMANAT/primary/Үрімқай\tcurrent");
        let f = facts(
            "Бюро\n\nҚызылорда облыстық филиалы Бюросының отырысы өтті. Қазалы ауданының тұрғыны Жанат Жақсылықова сөз \
             сөйледі. Жаңақорған аудандық филиалының атқарушы хатшысы Нұрсұлу Әлмағамбетова баяндама жасады. Оның \
             айтуынша, аудандық филиалға 312 өтініш түскен.\n",
        );
        assert_lacks(&f, "branch\tAMANAT/district/Қазалы");
    }

    #[test]
    fn a_branch_officer_meeting_someone_and_a_faction_members_deputy_seat() {
        let f = facts(
            "Кездесу\n\n«AMANAT» партиясы Шымкент қалалық филиалының төрағасы Ерсайын Құдайберген қалалық мәслихат \
             төрағасы Мақсат Жүсіповпен кездесті. Мақсат Жүсіпов депутаттардың жұмысы туралы айтып берді.\n",
        );
        let e = "meeting@AMANAT/city/Шымкент";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("participant\tМақсат Жүсіпов\tspeaker\t{e}"));
        let f = facts(
            "Фракция\n\nБатыс Қазақстан облыстық мәслихатындағы «AMANAT» партиясы фракциясының отырысы өтті. \
             Фракция мүшесі, депутат Нұржан Бекбосын жолдар туралы айтты.\n",
        );
        assert_has(&f, "holds\tНұржан Бекбосын\tdeputy\tmaslikhat/oblast/Батыс Қазақстан\tcurrent");
    }

    #[test]
    fn the_conferences_presidium_and_staff_moves_in_one_sentence() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Екібастұз қалалық филиалының XXXII конференциясы өтті. Конференцияның \
             төралқасында партияның Павлодар облыстық филиалының төрағасы Асылбек Қожахметов, қала әкімі Ғалым \
             Тілеубердин болды.\n",
        );
        let e = "conference@AMANAT/city/Екібастұз";
        assert_has(&f, &format!("participant\tАсылбек Қожахметов\tchair\t{e}"));
        assert_has(&f, &format!("participant\tҒалым Тілеубердин\tchair\t{e}"));
        assert_lacks(&f, "event\tconference@AMANAT/oblast/Павлодар");
        let f = facts(
            "Бюро\n\nБюро отырысында өңірлік филиалдардың басшы құрамына қатысты шешімдер қабылданды. Павлодар облыстық \
             филиалының атқарушы хатшысы Сәуле Мұқанованың өз еркімен қызметінен кетуіне байланысты оның орнына Дулат \
             Нұрбекұлы бекітілді. Ақтөбе облыстық филиалының атқарушы хатшысы қызметін атқарып келген Ақмарал \
             Төлегенқызы Маңғыстау облыстық филиалына ауыстырылып, осы филиалдың атқарушы хатшысы болып бекітілді.\n",
        );
        assert_has(&f, "holds\tСәуле Мұқанова\texecutive_secretary\tAMANAT/oblast/Павлодар\tformer");
        assert_has(&f, "holds\tДулат Нұрбекұлы\texecutive_secretary\tAMANAT/oblast/Павлодар\tcurrent");
        assert_has(&f, "holds\tАқмарал Төлегенқызы\texecutive_secretary\tAMANAT/oblast/Ақтөбе\tformer");
        assert_has(&f, "holds\tАқмарал Төлегенқызы\texecutive_secretary\tAMANAT/oblast/Маңғыстау\tcurrent");
        assert_lacks(&f, "holds\tАқмарал Төлегенқызы\texecutive_secretary\tAMANAT/oblast/Ақтөбе\tcurrent");
    }

    #[test]
    fn council_members_named_after_and_a_biography_without_its_subject() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Абай облыстық филиалының конференциясы өтті. Облыстық филиал Саяси \
             кеңесінің құрамына 39 адам сайланды. Олардың арасында Аягөз ауданының әкімі Серік Мұқанов бар. Саяси \
             кеңеске алғаш рет сайланғандардың бірі – жас кәсіпкер Айбек Нұрғалиұлы. Бауыржан Мұқашев делегаттарға \
             филиал төрағасы қызметіне Нұржан Сейдахметовтің кандидатурасын ұсынды. Ашық дауыс беру қорытындысында ол \
             бірауыздан сайланды. Нұржан Сейдахметов 1979 жылы туған. 2008–2014 жылдары Әулиекөл аудандық \
             мәслихатының хатшысы болып жұмыс істеді.\n",
        );
        let o = "AMANAT/oblast/Абай";
        assert_has(&f, &format!("elected\tСерік Мұқанов\tpolitical_council_member\t{o}"));
        assert_has(&f, &format!("elected\tАйбек Нұрғалиұлы\tpolitical_council_member\t{o}"));
        assert_has(&f, &format!("elected\tНұржан Сейдахметов\tchairman\t{o}"));
        assert_has(&f, "holds\tНұржан Сейдахметов\tsecretary\tmaslikhat/district/Әулиекөл\tformer");
    }

    #[test]
    fn retiring_or_moving_on_leaves_a_post_and_a_post_left_is_the_gatherings_own() {
        let f = facts(
            "Жиналыс\n\n«Дарын» мектеп-интернатының бастауыш партия ұйымының жиналысы өтті. Ұйымның хатшысы Сәуле \
             Ибраева есеп берді. С.Ибраеваның зейнеткерлікке шығуына байланысты ұйымның жаңа хатшысы болып Дархан \
             Қалдыбаев сайланды.\n\nАл «Тобыл Металл» ЖШС бастауыш партия ұйымында кезектен тыс жиналыс өтті. Ұйым \
             хатшысы Қайрат Жақсылықовтың басқа жұмысқа ауысуына байланысты оның орнына хатшы болып Ерлан Мақашев \
             сайланды.\n",
        );
        assert_has(&f, "holds\tСәуле Ибраева\tsecretary\tAMANAT/primary/Дарын\tformer");
        assert_has(&f, "holds\tҚайрат Жақсылықов\tsecretary\tAMANAT/primary/Тобыл Металл\tformer");
        assert_has(&f, "elected\tЕрлан Мақашев\tsecretary\tAMANAT/primary/Тобыл Металл");
        assert_lacks(&f, "elected\tЕрлан Мақашев\tsecretary\tAMANAT/primary/Дарын");
    }

    #[test]
    fn past_spans_rural_names_a_congress_in_passing_and_the_post_just_left() {
        let f = facts(
            "Отырыс\n\n«AMANAT» партиясы Шу аудандық филиалы Саяси кеңесінің отырысы өтті. Отырысқа облыстық филиал \
             төрағасы Асхат Кенжеғұлов қатысты. Алдымен Астанада өткен партияның кезектен тыс XXV съезінің қорытындылары \
             талқыланды. \
             Мұратбек Әлиев съезде қабылданған шешімдерге тоқталды. Отырысқа қатысқан облыстық филиал төрағасы сөз \
             сөйледі. Филиалдың атқарушы хатшысы Ерлан Байболов өз еркімен қызметінен кетуіне байланысты босатылды. \
             Облыстық филиал төрағасының ұсынысымен оның орнына Ақбота Сейілқызы бекітілді. Ол 2012–2018 жылдары Шу \
             аудандық мәслихатының депутаты болды, бұған дейін Мұнайлы ауданындағы Басқұдық ауылдық округінің әкімі \
             қызметін атқарған.\n",
        );
        let e = "council_session@AMANAT/district/Шу";
        assert_has(&f, &format!("participant\tМұратбек Әлиев\tspeaker\t{e}"));
        assert_has(&f, "event\tcongress@AMANAT/central");
        assert_lacks(&f, "participant\tМұратбек Әлиев\tspeaker\tcongress@AMANAT/central");
        assert_has(&f, "holds\tАқбота Сейілқызы\texecutive_secretary\tAMANAT/district/Шу\tcurrent");
        assert!(!f.iter().any(|l| l.starts_with("holds\tАқбота Сейілқызы\tchairman")), "{f:?}");
        assert_has(&f, "holds\tАқбота Сейілқызы\tdeputy\tmaslikhat/district/Шу\tformer");
        assert_has(&f, "holds\tАқбота Сейілқызы\takim\tgov/rural/Басқұдық\tformer");
    }

    #[test]
    fn a_trip_goes_on_after_its_gathering_and_villages_named_like_districts() {
        let f = facts(
            "Сапар\n\nСенат депутаты Бекболат Тілеу Бөрлі ауданына жұмыс сапарымен келді. Сапар барысында сенатор \
             партия активімен кездесті. Кейін сенатор Жарсуат ауылдық округіне барып, тұрғындармен танысты. Ауылдық \
             округ әкімі Ерболат Нұрғалиев жол туралы айтты. Депутат Үлкен Нарын ауылында тұрғындармен кездесті. \
             Үлкен Нарын ауылдық округінің әкімі Бауыржан Сапарғали су туралы айтты.\n",
        );
        let v = "visit@AMANAT/district/Бөрлі";
        assert_has(&f, "holds\tЕрболат Нұрғалиев\takim\tgov/rural/Жарсуат\tcurrent");
        assert_has(&f, &format!("participant\tЕрболат Нұрғалиев\tspeaker\t{v}"));
        assert_has(&f, "holds\tБауыржан Сапарғали\takim\tgov/rural/Үлкен Нарын\tcurrent");
        assert_lacks(&f, "branch\tAMANAT/district/Үлкен Нарын");
    }

    #[test]
    fn the_new_chairman_blessings_advice_and_a_debate_told_as_background() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Абай облыстық филиалының конференциясы өтті. Облыстық филиалдың \
             бақылау-тексеру комиссиясының төрағасы болып Ботагөз Әлиева сайланды. Жаңа төраға делегаттарға алғыс \
             айтты. Ардагер Тоқтар Қабдолов жастарға ақ батасын берді. Ардагер Серікбай Нұрпейісов жастарға өсиет \
             етті. Үміткерлер арасында ашық дебат ұйымдастырылып, тұрғындар онлайн дауыс берген. Ардагер Сұлтан \
             Ғабдуллин сөз сөйледі.\n",
        );
        let e = "conference@AMANAT/oblast/Абай";
        for name in ["Ботагөз Әлиева", "Тоқтар Қабдолов", "Серікбай Нұрпейісов", "Сұлтан Ғабдуллин"] {
            assert_has(&f, &format!("participant\t{name}\tspeaker\t{e}"));
        }
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Абай");
    }

    #[test]
    fn its_leader_after_a_faction_named_in_the_clause_is_the_factions() {
        let f = facts(
            "Фракция\n\nШымкент қалалық мәслихатындағы «AMANAT» фракциясының отырысы өтті. Фракция отырысын оның \
             жетекшісі Зәуре Бектұрғанова жүргізіп отырды.\n",
        );
        assert_has(&f, "holds\tЗәуре Бектұрғанова\tfaction_leader\tmaslikhat/city/Шымкент\tcurrent");
        // With no faction in the clause, "оның жетекшісі" names no office.
        let f = facts("Жоба\n\nАудандық филиал «Таза ауыл» жобасын бастады. Оның жетекшісі Зәуре Бектұрғанова сөз сөйледі.\n");
        assert!(!f.iter().any(|l| l.starts_with("holds\tЗәуре Бектұрғанова")), "{f:?}");
    }

    #[test]
    fn an_office_met_on_a_trip_is_its_holders_hosting() {
        let f = facts(
            "Сапар\n\nСенат депутаты Бекболат Тілеу Бөрлі ауданына жұмыс сапарымен келді. Алдымен Бекболат Тілеу \
             аудан әкімімен жүздесіп, ауданның дамуын талқылады. Кейін ол партия активімен кездесті. Жиынға аудан \
             әкімі Марат Құсайынов қатысты.\n",
        );
        assert_has(&f, "participant\tМарат Құсайынов\thost\tvisit@AMANAT/district/Бөрлі");
    }

    #[test]
    fn occupations_before_names_and_a_debate_conducted() {
        let f = facts(
            "Дебат\n\n«AMANAT» партиясы Мақтаарал аудандық филиалы праймериз дебатын өткізді. Дебатты аудандық \
             филиалдың Саяси кеңесі Бюросының мүшесі, журналист Сәуле Байжанова жүргізді. Фермер Бауыржан Тұрсынұлы \
             техника туралы айтты, ал дәрігер Мөлдір Жанұзақова ауылдық медициналық пункттер туралы айтты.\n",
        );
        assert_has(&f, "holds\tСәуле Байжанова\tbureau_member\tAMANAT/district/Мақтаарал\tcurrent");
        assert_has(&f, "participant\tСәуле Байжанова\tmoderator\tmeeting@AMANAT/district/Мақтаарал");
        assert_has(&f, "person\tБауыржан Тұрсынұлы");
        assert_has(&f, "person\tМөлдір Жанұзақова");
    }

    #[test]
    fn re_elected_as_an_object_and_a_post_held_until_now() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Қарқаралы аудандық филиалының конференциясы өтті. Делегаттар Бауыржан \
             Тілеубергеновті аудандық филиал төрағасы қызметіне қайта сайлады. Жиынды филиалдың атқарушы хатшысы \
             Ерлан Смағұлов жүргізді. Ерлан Смағұлов облыстық филиалдың атқарушы хатшысы қызметін 2021 жылдан бері \
             атқарып келген еді.\n",
        );
        assert_has(&f, "elected\tБауыржан Тілеубергенов\tchairman\tAMANAT/district/Қарқаралы");
        assert_has(&f, "participant\tЕрлан Смағұлов\tmoderator\tconference@AMANAT/district/Қарқаралы");
        assert_lacks(&f, "event\tmeeting@AMANAT/district/Қарқаралы");
        assert_has(&f, "holds\tЕрлан Смағұлов\texecutive_secretary\tAMANAT/oblast/Қарағанды\tformer");
    }

    #[test]
    fn the_event_named_again_is_what_a_bare_noun_means_and_a_pair_is_elected() {
        let f = facts(
            "Баянауыл мен Ертіс аудандық филиалдары жаңа төрағаларын сайлады\n\nПартияның Баянауыл аудандық \
             филиалының кезектен тыс XXIX конференциясы болды. Ал Ертіс ауылында партияның Ертіс аудандық \
             филиалының кезекті XXXI конференциясы өтті. Конференцияны Әлібек Оспанов жүргізді. Конференцияда \
             Ерлан Жұмағалиев пен Бекболат Тілеуов филиалдың Саяси кеңесінің мүшесі болып сайланды.\n",
        );
        assert_has(&f, "participant\tӘлібек Оспанов\tmoderator\tconference@AMANAT/district/Ертіс");
        assert_lacks(&f, "participant\tӘлібек Оспанов\tmoderator\tconference@AMANAT/district/Баянауыл");
        assert_has(&f, "elected\tЕрлан Жұмағалиев\tpolitical_council_member\tAMANAT/district/Ертіс");
        assert_has(&f, "elected\tБекболат Тілеуов\tpolitical_council_member\tAMANAT/district/Ертіс");
    }

    #[test]
    fn a_companys_primary_organisation_by_its_legal_form_met_on_a_trip() {
        let f = facts(
            "Сапар\n\nМәжіліс депутаты Талғат Ермекбаев Мұғалжар ауданына жұмыс сапарымен келді. Сапар барысында \
             депутат аудандық филиалға қарасты «Қандыағаш Құбыр» ЖШС бастауыш партия ұйымының жиналысына қатысты. \
             Жиналысты ұйымның төрағасы Руслан Әлжанов жүргізді.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/primary/Қандыағаш Құбыр");
        assert_has(&f, "participant\tРуслан Әлжанов\tmoderator\tmeeting@AMANAT/primary/Қандыағаш Құбыр");
        assert_has(&f, "parent\tAMANAT/primary/Қандыағаш Құбыр\tAMANAT/district/Мұғалжар");
    }

    #[test]
    fn the_posts_of_one_who_has_died_are_all_former() {
        let f = facts(
            "Көңіл айту\n\n«AMANAT» партиясы Жамбыл облыстық филиалы партия ардагері Әлібек Жұмашұлы Сыздықовтың \
             қайтыс болғанын хабарлайды. Әлібек Жұмашұлы 1950 жылы туған. 2019 жылдан өмірінің соңына дейін \
             Тараз қалалық ардагерлер кеңесінің төрағасы болды. Ол сонымен бірге облыстық филиал Саяси кеңесінің мүшесі.\n\n\
             Облыстық филиалдың төрағасы Нұрлан Омаров көңіл айтты.\n",
        );
        assert_has(&f, "holds\tӘлібек Сыздықов\tchairman\torg/Тараз қалалық ардагерлер кеңесі\tformer");
        assert_has(&f, "holds\tӘлібек Сыздықов\tpolitical_council_member\tAMANAT/oblast/Жамбыл\tformer");
        assert_lacks(&f, "holds\tӘлібек Сыздықов\tpolitical_council_member\tAMANAT/oblast/Жамбыл\tcurrent");
        // The living keep theirs.
        assert_has(&f, "holds\tНұрлан Омаров\tchairman\tAMANAT/oblast/Жамбыл\tcurrent");
        // A kinsman's death is not the named one's.
        let f = facts(
            "Көңіл айту\n\nЖамбыл облыстық филиалының төрағасы Нұрлан Омаровтың әкесі дүниеден озды. Ұжым көңіл айтады.\n",
        );
        assert_has(&f, "holds\tНұрлан Омаров\tchairman\tAMANAT/oblast/Жамбыл\tcurrent");
    }

    #[test]
    fn an_obituary_career_of_spans_converbs_and_a_faction_led() {
        let f = facts(
            "Қаралы хабар\n\n«AMANAT» партиясы Павлодар облыстық филиалы Серік Бекұлы Жақыповтың дүниеден озғанын хабарлайды.\n\n\
             Марқұм мемлекеттік қызметке ерте келді. 1995–2001 жылдары Ертіс ауданы әкімінің орынбасары, 2001–2007 \
             жылдары Аққулы ауданының әкімі болды. Кейін Серік Бекұлы облыстық мәслихаттың екі шақырылымында депутат \
             болып, 2008–2012 жылдары мәслихаттағы партия фракциясын басқарды. Ол 2013–2016 жылдары партияның \
             облыстық филиалы Бюросының құрамында болды.\n",
        );
        assert_has(&f, "holds\tСерік Жақыпов\tdeputy_akim\tgov/district/Ертіс\tformer");
        assert_has(&f, "holds\tСерік Жақыпов\takim\tgov/district/Аққулы\tformer");
        assert_has(&f, "holds\tСерік Жақыпов\tdeputy\tmaslikhat/oblast/Павлодар\tformer");
        assert_has(&f, "holds\tСерік Жақыпов\tfaction_leader\tmaslikhat/oblast/Павлодар\tformer");
        assert_has(&f, "holds\tСерік Жақыпов\tbureau_member\tAMANAT/oblast/Павлодар\tformer");
    }

    #[test]
    fn a_convocation_belongs_to_the_deputys_title() {
        let f = facts(
            "Жиын\n\nҚостанай облыстық филиалында жиын өтті. Жиында Қостанай облыстық мәслихатының VIII шақырылым \
             депутаты Арман Бекұлы сөйледі. Қостанай облыстық мәслихатының жетінші шақырылымының депутаты Ерлан \
             Сапаров та сөз алды.\n",
        );
        assert_has(&f, "holds\tАрман Бекұлы\tdeputy\tmaslikhat/oblast/Қостанай\tcurrent");
        assert_has(&f, "holds\tЕрлан Сапаров\tdeputy\tmaslikhat/oblast/Қостанай\tcurrent");
    }

    #[test]
    fn a_bios_last_post_and_title_only_sentences() {
        let f = facts(
            "Тағайындау\n\nАқтөбе облыстық филиалының атқарушы хатшысы болып Нұрбол Сейітұлы Әмиров тағайындалды.\n\n\
             Нұрбол Сейітұлы 1984 жылы туған. 2018 жылы Хромтау ауданының әкімі болып тағайындалды. 2021 жылдан бергі \
             соңғы қызметі – Ақтөбе облысы әкімінің орынбасары. Партияның облыстық филиалы Саяси кеңесінің мүшесі.\n",
        );
        assert_has(&f, "holds\tНұрбол Әмиров\tdeputy_akim\tgov/oblast/Ақтөбе\tformer");
        assert_has(&f, "holds\tНұрбол Әмиров\takim\tgov/district/Хромтау\tformer");
        assert_has(&f, "holds\tНұрбол Әмиров\tpolitical_council_member\tAMANAT/oblast/Ақтөбе\tcurrent");
        assert_has(&f, "holds\tНұрбол Әмиров\texecutive_secretary\tAMANAT/oblast/Ақтөбе\tcurrent");
    }

    #[test]
    fn a_letter_signed_with_the_title_above_the_name() {
        let f = facts(
            "Құттықтаймыз!\n\nҚұрметті Ержан Қасымұлы!\n\nСізді мерейтойыңызбен құттықтаймыз!\n\nІзгі ниетпен,\n\
             «AMANAT» партиясы Маңғыстау облыстық филиалының төрағасы\nБауыржан ОМАРОВ\n",
        );
        assert_has(&f, "holds\tБауыржан Омаров\tchairman\tAMANAT/oblast/Маңғыстау\tcurrent");
    }

    #[test]
    fn primaries_of_a_rural_akims_office_a_village_a_school_and_a_police_department() {
        let f = facts(
            "Жиын\n\nАмангелді аудандық филиалында жиын өтті. Қарасу ауылдық округі әкімі аппаратының бастауыш партия \
             ұйымының төрағасы Ерболат Сейітов сөйледі. Үштөбе ауылының бастауыш партия ұйымының хатшысы Гүлнар Әлиева \
             сөйледі. А.Байтұрсынұлы атындағы Амангелді орта мектебінің бастауыш партия ұйымының төрағасы Бақыт Нұрланов \
             айтты. Аудандық полиция бөлімінің бастауыш партия ұйымының төрағасы Дәурен Ахметов сөйледі.\n",
        );
        assert_has(&f, "holds\tЕрболат Сейітов\tchairman\tAMANAT/primary/Қарасу ауылдық округі әкімі аппараты\tcurrent");
        assert_has(&f, "holds\tГүлнар Әлиева\tsecretary\tAMANAT/primary/Үштөбе ауылы\tcurrent");
        assert_has(&f, "holds\tБақыт Нұрланов\tchairman\tAMANAT/primary/А.Байтұрсынұлы атындағы Амангелді орта мектебі\tcurrent");
        assert_has(&f, "holds\tДәурен Ахметов\tchairman\tAMANAT/primary/Амангелді аудандық полиция бөлімі\tcurrent");
        // The akim's office is a body, not the akim's post.
        assert!(!f.iter().any(|l| l.contains("gov/rural/Қарасу")), "{f:?}");
    }

    #[test]
    fn a_post_left_in_the_sentence_is_the_one_filled_in_its_place() {
        let f = facts(
            "Отырыс\n\nЖамбыл аудандық филиалында отырыс өтті. Атқарушы хатшы жұмыс жоспарын таныстырды.\n\n\
             Қайнар ауылының бастауыш партия ұйымының төрағасы Серік Оспанов басқа жұмысқа ауысуына байланысты \
             міндетінен босатылып, оның орнына мектеп мұғалімі Айгүл Сәрсенова сайланды.\n",
        );
        assert_has(&f, "elected\tАйгүл Сәрсенова\tchairman\tAMANAT/primary/Қайнар ауылы");
        assert_has(&f, "holds\tСерік Оспанов\tchairman\tAMANAT/primary/Қайнар ауылы\tformer");
        assert_lacks(&f, "holds\tСерік Оспанов\texecutive_secretary\tAMANAT/district/Жамбыл\tcurrent");
    }

    #[test]
    fn a_round_of_primaries_its_first_stop_a_stay_and_the_round_going_on() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Рудный қалалық филиалының атқарушы хатшысы Ержан Қасенов қаладағы бастауыш \
             партия ұйымдарын аралап шықты.\n\n\
             Сапардың алғашқы нүктесі – «Тобыл Жарық» ЖШС. Мұнда ол серіктестіктің бастауыш партия ұйымының төрағасы \
             Асқар Бекұлымен кездесті.\n\n\
             Одан кейін Ержан Қасенов Рудный қалалық №5 мектептің бастауыш партия ұйымында болды.\n\n\
             Сапар Рудный қалалық орталық кітапханасында жалғасты. Кітапхана директоры, бастауыш партия ұйымының \
             төрағасы Сәуле Жанатқызы ұйымның жұмысын таныстырды.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/primary/Тобыл Жарық");
        assert_has(&f, "participant\tЕржан Қасенов\tvisitor\tvisit@AMANAT/primary/Тобыл Жарық");
        assert_has(&f, "participant\tАсқар Бекұлы\thost\tvisit@AMANAT/primary/Тобыл Жарық");
        assert_has(&f, "event\tvisit@AMANAT/primary/Рудный қалалық орталық кітапханасы");
        assert_has(&f, "participant\tЕржан Қасенов\tvisitor\tvisit@AMANAT/primary/Рудный қалалық орталық кітапханасы");
        assert_has(&f, "participant\tСәуле Жанатқызы\thost\tvisit@AMANAT/primary/Рудный қалалық орталық кітапханасы");
        assert!(f.iter().any(|l| l.starts_with("event\tvisit@AMANAT/primary/") && l.contains("№5 мектеп")), "{f:?}");
    }

    #[test]
    fn the_primary_a_paragraph_names_is_what_its_bare_organisation_means() {
        let f = facts(
            "Сапар\n\nАудандық филиал төрағасының бірінші орынбасары Нұрлан Әбенов бастауыш партия ұйымдарын аралады.\n\n\
             Сапар «Күншуақ» балабақшасында жалғасты. Балабақша директоры Әйгерім Сейітова қонақты қарсы алды. \
             Сапар барысында Ақтоған ауылының бастауыш партия ұйымында болған өзгеріс те сөз болды. Ұйымды үш жыл \
             басқарған Бақыт Омаров төрағалықтан босатылып, оның орнына Ләззат Ерланқызы сайланды.\n",
        );
        assert_has(&f, "elected\tЛәззат Ерланқызы\tchairman\tAMANAT/primary/Ақтоған ауылы");
        assert_lacks(&f, "elected\tЛәззат Ерланқызы\tchairman\tAMANAT/primary/Күншуақ");
    }

    #[test]
    fn a_farms_primary_and_a_body_where_its_place_stands_in_the_locative() {
        let f = facts(
            "Жиналыс\n\nЖетісу облысы Ақсу ауданындағы Қапал ауылдық округі әкімі аппаратының бастауыш партия ұйымының \
             жиналысы өтті. Ұйымның хатшысы Нұргүл Ахметова жиналысты жүргізді.\n\n\
             Одан кейін филиал төрағасы Бақыт Мұратқызы «Көктөбе» шаруа қожалығының бастауыш партия ұйымына барып, ұйым \
             хатшысы Дамир Оспанұлымен кездесті.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/primary/Қапал ауылдық округі әкімі аппараты");
        assert_has(&f, "holds\tДамир Оспанұлы\tsecretary\tAMANAT/primary/Көктөбе\tcurrent");
    }

    #[test]
    fn an_interviewees_first_person_answers_tell_their_posts() {
        let f = facts(
            "Ерлан Сейітов: «Ауылдың мәселесі – біздің мәселе»\n\n\
             «AMANAT» партиясы Шет аудандық филиалының төрағасы Ерлан Сейітовпен филиалдың жұмысы жайында әңгімелестік.\n\n\
             – Ерлан Бақытұлы, өзіңізді таныстырсаңыз.\n\n\
             – Мен Шет ауданында туғанмын. 2015–2020 жылдары Шет ауданы әкімінің орынбасары қызметін атқардым, \
             кейін 2023 жылға дейін аудандық мәслихатта депутат болдым. Өткен жылы филиал төрағасы болып сайландым.\n\n\
             – Алдағы жоспарларыңыз қандай?\n\n\
             – Біз ауылдарды аралаймыз. Мен 2019 жылдан бері партияның облыстық филиалы Саяси кеңесінің мүшесі болып келемін.\n\n\
             Сұхбаттасқан Әсел НҰРЛАНҚЫЗЫ\n",
        );
        assert_has(&f, "author\tӘсел Нұрланқызы");
        assert_has(&f, "elected\tЕрлан Сейітов\tchairman\tAMANAT/district/Шет");
        assert_has(&f, "holds\tЕрлан Сейітов\tdeputy_akim\tgov/district/Шет\tformer");
        assert_has(&f, "holds\tЕрлан Сейітов\tdeputy\tmaslikhat/district/Шет\tformer");
        assert!(f.iter().any(|l| l.starts_with("holds\tЕрлан Сейітов\tpolitical_council_member\t") && l.ends_with("current")), "{f:?}");
    }

    #[test]
    fn the_writer_above_a_sites_footer_of_other_stories_and_a_photo_credit() {
        let f = facts(
            "Сайрам аудандық филиалында конференция өтті\n25.11.2022 15:47\n\n\
             «AMANAT» партиясы Сайрам аудандық филиалының кезектен тыс конференциясы өтті. Конференцияны филиал \
             төрағасы Нұрлан Әбдіғаппаров жүргізді.\n\n\
             Қанат ӘБДІХАЛЫҚ\n\n\
             Фото: «AMANAT» партиясы Сайрам аудандық филиалының баспасөз қызметі\n\
             Бөлісу: Facebook Twitter WhatsApp Telegram\n\
             Тағы оқыңыз:\n\
             Ауданда күріш өнімі жиналып бітті\n\
             Қала көшелеріне жаңа автобустар шықты\n\
             Жайылым мәселесі шешілді\n\
             Пікір қалдыру\n",
        );
        assert_has(&f, "author\tҚанат Әбдіхалық");
    }

    #[test]
    fn two_names_side_by_side_are_two_people() {
        let f = facts("Жиын\n\nЖиында облыстық филиал төрағасының бірінші орынбасары Мұрат Әбенұлы сөйледі. Мұрат Әбенұлы Ақжол Бейсенбековті құттықтады.\n");
        assert_has(&f, "person\tМұрат Әбенұлы");
        assert_has(&f, "person\tАқжол Бейсенбеков");
    }

    #[test]
    fn a_memorial_of_one_described_by_joined_participles_and_one_who_died_recently() {
        let f = facts(
            "Еске алу кеші\n\nТеректі аудандық мәдениет үйінде 2001–2008 жылдары Теректі ауданының әкімі болған, 2008–2012 \
             жылдары «Нұр Отан» ХДП аудандық филиалының төрағасы қызметін атқарған Серік Әбілқасымовтың туғанына 75 жыл \
             толуына орай еске алу кеші өтті. Серік Жұмабайұлы 2018 жылы дүниеден озған еді.\n",
        );
        assert_has(&f, "holds\tСерік Әбілқасымов\takim\tgov/district/Теректі\tformer");
        assert_has(&f, "holds\tСерік Әбілқасымов\tchairman\tAMANAT/district/Теректі\tformer");
        assert!(!f.iter().any(|l| l.contains("ХДП")), "{f:?}");
        let f = facts(
            "Отырыс\n\n«AMANAT» партиясы Теміртау қалалық филиалы Саяси кеңесінің отырысы өтті. Жиын жуырда дүниеден озған \
             қалалық мәслихаттың депутаты, филиал Саяси кеңесі Бюросының мүшесі Ержан Сәрсеновті еске алып, бір минут \
             үнсіздікпен басталды.\n",
        );
        assert_has(&f, "holds\tЕржан Сәрсенов\tdeputy\tmaslikhat/city/Теміртау\tformer");
        assert_has(&f, "holds\tЕржан Сәрсенов\tbureau_member\tAMANAT/city/Теміртау\tformer");
    }

    #[test]
    fn a_named_visitor_going_to_one_primary_and_a_bare_chairman_of_the_organisation_spoken_of() {
        let f = facts(
            "Кездесу\n\nҚабылдаудан кейін облыстық мәслихат депутаты Нұрлан Ізтілеуов «Ембі-Сервис» ЖШС бастауыш \
             партия ұйымына барды. Мұнда ол ұйым төрағасы Бекболат Құлмағамбетовпен кездесті.\n\n\
             Кездесу барысында Құлсары қалалық емханасының бастауыш партия ұйымындағы өзгеріс туралы да айтылды. \
             Ұйымды ұзақ жыл басқарған Сара Тәжиеваның орнына дәрігер Ерлан Сүлейменұлы төраға болып сайланды.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/primary/Ембі-Сервис");
        assert_has(&f, "participant\tНұрлан Ізтілеуов\tvisitor\tvisit@AMANAT/primary/Ембі-Сервис");
        assert_has(&f, "participant\tБекболат Құлмағамбетов\thost\tvisit@AMANAT/primary/Ембі-Сервис");
        assert_has(&f, "elected\tЕрлан Сүлейменұлы\tchairman\tAMANAT/primary/Құлсары қалалық емханасы");
        assert_has(&f, "holds\tСара Тәжиева\tchairman\tAMANAT/primary/Құлсары қалалық емханасы\tformer");
        // Going to several is a round, no one stop.
        let f = facts("Сапар\n\nАтқарушы хатшы Мейіржан Оразалы Мыңбұлақ және Көкбастау ауылдарындағы бастауыш партия ұйымдарына барып, партиялықтармен кездесті.\n");
        assert!(!f.iter().any(|l| l.starts_with("event\tvisit@AMANAT/primary/")), "{f:?}");
    }

    #[test]
    fn a_conference_of_delegates_from_listed_towns_and_a_congress_named_in_passing() {
        let f = facts(
            "Конференция\n\nСемей қаласында «AMANAT» партиясы Абай облыстық филиалының I конференциясы өтті. Облыстың барлық \
             аудандары мен Семей, Курчатов қалаларынан сайланған 180 делегат қатысқан конференция партия Хатшысы Нұрлыбек \
             Жаманбаевтың төрағалығымен өтті.\n\n\
             Н.Жаманбаев 1 наурызда өткен кезектен тыс съезде бекітілген партиялық реформаның мәнін түсіндірді.\n\n\
             Жарыссөзде облыс әкімінің орынбасары Ербол Құсайынов сөз сөйледі.\n",
        );
        assert_has(&f, "participant\tНұрлыбек Жаманбаев\tchair\tconference@AMANAT/oblast/Абай");
        assert_has(&f, "participant\tЕрбол Құсайынов\tspeaker\tconference@AMANAT/oblast/Абай");
        assert!(!f.iter().any(|l| l.contains("Курчатов")), "{f:?}");
    }

    #[test]
    fn an_obituarys_career_served_at_a_state_farm_and_a_district() {
        let f = facts(
            "Қаза\n\nАқсуат ауданының ардагері Серікбай Ахметұлы Жұмабеков 80 жасында қайтыс болды.\n\n\
             Ол еңбек жолын кеңшарда бастады. Кейін аудандық басқармада бас маман, «Қызылкесік» кеңшарының директоры болып \
             істеді. 1995–2001 жылдары Ақсуат ауданы әкімінің орынбасары, 2001–2007 жылдары Ақсуат ауданының әкімі болып \
             қызмет етті.\n",
        );
        assert_has(&f, "holds\tСерікбай Жұмабеков\tdirector\torg/Қызылкесік\tformer");
        assert_has(&f, "holds\tСерікбай Жұмабеков\tdeputy_akim\tgov/district/Ақсуат\tformer");
        assert_has(&f, "holds\tСерікбай Жұмабеков\takim\tgov/district/Ақсуат\tformer");
    }

    #[test]
    fn election_results_deputies_who_got_in_a_winner_and_what_one_is() {
        let f = facts(
            "Сайлау\n\nШымкент қаласындағы №3 сайлау округінен Мәжіліс депутаты болып Әлия Сапарова сайланды. Ол – тәжірибелі \
             педагог, «Болашақ» мектеп-лицейінің директоры.\n\n\
             Қалалық мәслихатқа партиядан 18 депутат өтті. Олардың қатарында Абай аудандық филиалының төрағасы Ерлан \
             Төлеуов пен Қаратау аудандық филиалының атқарушы хатшысы Гүлмира Бекова бар.\n\n\
             Кеше Жуалы ауданының екі ауылдық округінде ауыл әкімдерінің сайлауы өтті. Ал Мыңбұлақ ауылдық округінде \
             өзін-өзі ұсынған үміткер Бауыржан Кенжебаев жеңіске жетті.\n",
        );
        assert_has(&f, "holds\tӘлия Сапарова\tdirector\torg/Болашақ\tcurrent");
        assert_has(&f, "elected\tЕрлан Төлеуов\tdeputy\tmaslikhat/city/Шымкент");
        assert_has(&f, "elected\tГүлмира Бекова\tdeputy\tmaslikhat/city/Шымкент");
        assert_has(&f, "elected\tБауыржан Кенжебаев\takim\tgov/rural/Мыңбұлақ");
    }

    #[test]
    fn offices_spelt_the_russian_way_and_a_surname_before_its_initials() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Рудный қалалық филиалының конференциясы өтті. Конференцияға облыстық филиалдың \
             атқарушы хатшысы Оспанов Е.М., қала акимі Александр Викторович Шмидт, қалалық маслихаттың «председателі» \
             Татьяна Гордиенко қатысты.\n\n\
             <p>На фото: аким города Виктор Ким</p>\n",
        );
        assert_has(&f, "holds\tАлександр Шмидт\takim\tgov/city/Рудный\tcurrent");
        assert_has(&f, "holds\tЕ.М.Оспанов\texecutive_secretary\tAMANAT/oblast/Қостанай\tcurrent");
        assert_has(&f, "holds\tТатьяна Гордиенко\tchairman\tmaslikhat/city/Рудный\tcurrent");
        // A Russian caption's "аким" stays Russian.
        assert!(!f.iter().any(|l| l.contains("Виктор Ким") && l.starts_with("holds")), "{f:?}");
    }

    #[test]
    fn an_election_commission_and_a_maslikhat_session_that_elected_its_chairman() {
        let f = facts(
            "Сессия\n\nҚордай аудандық мәслихатының бірінші сессиясында мәслихат төрағасы болып Нұрлан Тілеуберді сайланды. \
             Сессияда аудандық аумақтық сайлау комиссиясының төрағасы Ерболат Жұмабеков сөйледі.\n",
        );
        assert_has(&f, "event\tcouncil_session@maslikhat/district/Қордай");
        assert_has(&f, "elected\tНұрлан Тілеуберді\tchairman\tmaslikhat/district/Қордай");
        assert!(!f.iter().any(|l| l.contains("Ерболат Жұмабеков\tcontrol_commission_chairman")), "{f:?}");
        assert!(f.iter().any(|l| l.starts_with("holds\tЕрболат Жұмабеков\tchairman\torg/") && l.contains("сайлау комиссиясы")), "{f:?}");
    }

    #[test]
    fn a_bodys_noun_without_a_possessive_loses_its_genitive() {
        let f = facts("Жиын\n\nҚаратау аудандық филиалында жиын өтті. Экологиялық қоғамдық кеңестің төрағасы Айгерім Досжанова сөйледі.\n");
        assert!(f.iter().any(|l| l.starts_with("holds\tАйгерім Досжанова\tchairman\torg/") && l.contains("қоғамдық кеңес\t")), "{f:?}");
        assert!(!f.iter().any(|l| l.contains("кеңестің")), "{f:?}");
    }

    #[test]
    fn a_deputy_elected_in_a_district_is_the_sessions_maslikhats() {
        let f = facts(
            "Сессия\n\nШу аудандық мәслихатының бірінші сессиясы өтті. Сессия соңында №11 Төле би сайлау округінен \
             сайланған ең жас депутат Әлішер Бақытжанұлы сөз сөйледі.\n",
        );
        assert_has(&f, "elected\tӘлішер Бақытжанұлы\tdeputy\tmaslikhat/district/Шу");
        assert_has(&f, "holds\tӘлішер Бақытжанұлы\tdeputy\tmaslikhat/district/Шу\tcurrent");
    }

    #[test]
    fn a_rural_winner_by_the_elections_name_a_majority_and_first_place() {
        let f = facts(
            "Ауыл әкімдерінің сайлауы\n\nБайзақ ауданының Сарыкемер ауылдық округі әкімі сайлауында партия үміткері \
             Нұрбол Жақыпбеков көш бастады. Талас ауданындағы Бостандық ауылдық округінде партиядан ұсынылған Айгерім \
             Сәрсенова жеңімпаз атанды. Жуалы ауданының Мыңбұлақ ауылдық округі әкімі сайлауында Ерқанат Әбдіқадыр \
             дауыстың 57,2 пайызын жинады. Шу ауданының Бірлік ауылдық округі әкімі сайлауында Дәурен Омаров \
             дауыстың 31 пайызын жинады.\n",
        );
        assert_has(&f, "elected\tНұрбол Жақыпбеков\takim\tgov/rural/Сарыкемер");
        assert_has(&f, "elected\tАйгерім Сәрсенова\takim\tgov/rural/Бостандық");
        assert_has(&f, "elected\tЕрқанат Әбдіқадыр\takim\tgov/rural/Мыңбұлақ");
        // (A third of the votes wins nothing.)
        assert_lacks(&f, "elected\tДәурен Омаров\takim\tgov/rural/Бірлік");
    }

    #[test]
    fn deputies_listed_each_after_their_district_and_those_elected_by_the_list() {
        let f = facts(
            "Сайлау қорытындысы\n\n№5 бір мандатты сайлау округі бойынша Қайрат Сыздықов, №6 округ бойынша Мәдина \
             Ерланқызы Мәжіліс депутаты болып сайланды. №9 округ бойынша Серік Жолдасов, №10 округ бойынша Айнұр \
             Бекова Мәжіліс депутаты атанды.\n\nАлакөл аудандық мәслихатының бірінші сессиясы өтті. Мәслихат \
             хатшысы лауазымына партиялық тізім бойынша сайланған депутат Ержан Тоқтаров ұсынылды. Партия фракциясының \
             жетекшісі болып №4 сайлау округінен сайланған Гүлбану Әлиева сайланды.\n",
        );
        for name in ["Қайрат Сыздықов", "Мәдина Ерланқызы", "Серік Жолдасов", "Айнұр Бекова"] {
            assert_has(&f, &format!("elected\t{name}\tdeputy\tparliament/Мәжіліс"));
        }
        assert_has(&f, "elected\tЕржан Тоқтаров\tdeputy\tmaslikhat/district/Алакөл");
        assert_has(&f, "elected\tГүлбану Әлиева\tdeputy\tmaslikhat/district/Алакөл");
    }

    #[test]
    fn deputies_at_an_institution_visit_it_and_its_head_receives_them() {
        let f = facts(
            "Депутаттар ауруханада болды\n\nҚызылорда облыстық мәслихатындағы партия фракциясының мүшелері \
             әлеуметтік нысандарды аралады. Жұмыс тобының құрамында фракция жетекшісі Бақыт Ермеков, облыстық \
             мәслихат депутаты Әсел Жұмабаева болды. Депутаттар алдымен Арал аудандық орталық ауруханасына барды. \
             Оларды аурухананың бас дәрігері Тимур Сейдахметов қарсы алып, жұмыспен таныстырды. Одан кейін жұмыс тобы \
             Ы.Алтынсарин атындағы №3 мектеп-гимназиясында болды. Мектеп директоры Гүлнар Омарова оқушылар саны \
             туралы айтты.\n",
        );
        let hospital = "visit@org/Арал аудандық орталық ауруханасы";
        let school = "visit@org/Ы.Алтынсарин атындағы №3 мектеп-гимназиясы";
        assert_has(&f, &format!("event\t{hospital}"));
        assert_has(&f, &format!("event\t{school}"));
        for name in ["Бақыт Ермеков", "Әсел Жұмабаева"] {
            assert_has(&f, &format!("participant\t{name}\tvisitor\t{hospital}"));
            assert_has(&f, &format!("participant\t{name}\tvisitor\t{school}"));
        }
        assert_has(&f, &format!("participant\tТимур Сейдахметов\thost\t{hospital}"));
        assert_has(&f, "holds\tТимур Сейдахметов\tdirector\torg/Арал аудандық орталық ауруханасы\tcurrent");
        assert_has(&f, &format!("participant\tГүлнар Омарова\thost\t{school}"));
        assert_has(&f, "holds\tГүлнар Омарова\tdirector\torg/Ы.Алтынсарин атындағы №3 мектеп-гимназиясы\tcurrent");
    }

    #[test]
    fn a_visit_told_at_a_meeting_leaves_the_meeting_in_hand() {
        let f = facts(
            "Депутаттар есеп берді\n\nҚазалы ауданында «AMANAT» партиясы аудандық филиалының ұйымдастыруымен \
             депутаттардың сайлаушылармен кездесуі өтті. Депутат Нұрлан Бекжанов өткен аптада Қазалы аудандық \
             емханасына барып, тексеру жүргізгенін айтты. Депутаттың сөзінше, емхананың бас дәрігері Айдар \
             Құлмаханов мамандар тапшылығын жеткізген. Жиын соңында тұрғын Сәуле Әлиева сұрақ қойды.\n",
        );
        let clinic = "visit@org/Қазалы аудандық емханасы";
        assert_has(&f, &format!("event\t{clinic}"));
        assert_has(&f, &format!("participant\tНұрлан Бекжанов\tvisitor\t{clinic}"));
        assert_has(&f, &format!("participant\tАйдар Құлмаханов\thost\t{clinic}"));
        assert_has(&f, "participant\tСәуле Әлиева\tspeaker\tmeeting@AMANAT/district/Қазалы");
        assert_lacks(&f, &format!("participant\tСәуле Әлиева\tspeaker\t{clinic}"));
    }

    #[test]
    fn a_building_site_is_the_company_s_and_a_meeting_after_a_school_stop_is_the_meeting() {
        let f = facts(
            "Депутаттар кездесті\n\nТараз қаласында «AMANAT» партиясы қалалық филиалында депутаттардың сайлаушылармен \
             кездесуі өтті. Кездесу алдында депутат Ерлан Сапаров Тараз қалалық №12 мектеп-лицейінде болды. \
             Сайлаушылармен кездесуде депутат Ерлан Сапаров есеп берді. Кейін депутаттар «Тараз Құрылыс» ЖШС салып \
             жатқан үйдің құрылыс алаңында болды. Серіктестіктің басшысы Мұрат Әлиев жұмыс барысын айтты.\n",
        );
        assert_has(&f, "event\tvisit@org/Тараз қалалық №12 мектеп-лицейі");
        assert_has(&f, "participant\tЕрлан Сапаров\tspeaker\tmeeting@AMANAT/city/Тараз");
        assert_has(&f, "event\tvisit@org/Тараз Құрылыс");
        assert_has(&f, "participant\tМұрат Әлиев\thost\tvisit@org/Тараз Құрылыс");
        assert_has(&f, "holds\tМұрат Әлиев\tdirector\torg/Тараз Құрылыс\tcurrent");
    }

    #[test]
    fn a_chronology_of_a_branchs_chairmen_gives_former_posts() {
        let f = facts(
            "Филиал тарихы\n\nМахамбет аудандық филиалының активі жиналды. «Nur Otan» партиясының аудандық филиалын \
             2008–2012 жылдары сол кездегі аудан әкімі Серік Қалиев басқарған. 2012–2019 жылдары филиалды аудан \
             әкімі Асқар Нұрғалиев басқарды.\n",
        );
        assert_has(&f, "holds\tСерік Қалиев\tchairman\tAMANAT/district/Махамбет\tformer");
        assert_has(&f, "holds\tСерік Қалиев\takim\tgov/district/Махамбет\tformer");
        assert_has(&f, "holds\tАсқар Нұрғалиев\tchairman\tAMANAT/district/Махамбет\tformer");
        assert_has(&f, "holds\tАсқар Нұрғалиев\takim\tgov/district/Махамбет\tformer");
        assert_lacks(&f, "holds\tАсқар Нұрғалиев\takim\tgov/district/Махамбет\tcurrent");
    }

    #[test]
    fn a_paragraph_turning_to_a_districts_branch_gives_its_bare_words() {
        let f = facts(
            "Саяси кеңес\n\nАқтөбе облыстық филиалы Саяси кеңесінің отырысы өтті. Отырыста облыстағы өзгерістер \
             талқыланды.\n\nКелесі мәселе Қобда аудандық филиалының басшылығына қатысты болды. Филиалды 2016 жылдан \
             бері басқарып келген Марат Төлегенов зейнеткерлікке шықты. Аудан әкімі болып тағайындалған Ерлан \
             Сапарғали аудандық филиалдың төрағасы болып сайланды.\n",
        );
        assert_has(&f, "holds\tЕрлан Сапарғали\takim\tgov/district/Қобда\tcurrent");
        assert_has(&f, "elected\tЕрлан Сапарғали\tchairman\tAMANAT/district/Қобда");
        assert_lacks(&f, "holds\tМарат Төлегенов\tchairman\tAMANAT/oblast/Ақтөбе\tcurrent");
    }

    #[test]
    fn a_session_after_the_conference_and_an_official_who_turned_his_horse_there() {
        let f = facts(
            "Конференция\n\nАрал аудандық филиалының есеп беру-сайлау конференциясы өтті. Конференциядан кейін \
             жаңадан сайланған Саяси кеңестің алғашқы отырысы болды. Отырысты Бақыт Ермеков жүргізді.\n",
        );
        assert_has(&f, "event\tcouncil_session@AMANAT/district/Арал");
        assert_has(&f, "participant\tБақыт Ермеков\tmoderator\tcouncil_session@AMANAT/district/Арал");
        assert_lacks(&f, "participant\tБақыт Ермеков\tmoderator\tconference@AMANAT/district/Арал");
        let f = facts(
            "Апта ішінде\n\nБейсенбіде Тайынша аудандық филиалына партияның Солтүстік Қазақстан облыстық филиалының \
             атқарушы хатшысы Ерлан Сейітов ат басын бұрды. Қонақты аудандық филиалдың төрағасы Мейрам Әбдіров \
             қарсы алды.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/district/Тайынша");
        assert_has(&f, "participant\tЕрлан Сейітов\tvisitor\tvisit@AMANAT/district/Тайынша");
    }

    #[test]
    fn a_candidate_proposed_and_then_elected_by_name_and_a_visit_to_a_primary_under_a_branch() {
        let f = facts(
            "Конференция\n\nЕкібастұз қалалық филиалының кезектен тыс конференциясы өтті. Филиал төрағасы \
             лауазымына қала әкімі Нұрлан Сәрсенбаевтың кандидатурасы ұсынылды. Ашық дауыс беру нәтижесінде \
             Нұрлан Сәрсенбаев бірауыздан сайланды.\n",
        );
        assert_has(&f, "elected\tНұрлан Сәрсенбаев\tchairman\tAMANAT/city/Екібастұз");
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Жамбыл облыстық филиалының төрағасы Ерлан Жақсыбеков Шу аудандық филиалына \
             қарасты «Береке» бастауыш партия ұйымына барды. Қонақты ұйымның төрағасы Айгүл Сейітова қарсы алды.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/primary/Береке");
        assert_has(&f, "participant\tЕрлан Жақсыбеков\tvisitor\tvisit@AMANAT/primary/Береке");
        assert_lacks(&f, "event\tvisit@AMANAT/district/Шу");
    }

    #[test]
    fn the_chair_of_one_sitting_holds_no_office() {
        let f = facts(
            "Сессия\n\nМаңғыстау облыстық мәслихатының бірінші сессиясы өтті. Партиялық тізіммен сайланған депутат \
             Гүлжан Ермекова сессия төрағасы болып сайланып, жиынға төрағалық етті.\n",
        );
        assert_has(&f, "participant\tГүлжан Ермекова\tchair\tcouncil_session@maslikhat/oblast/Маңғыстау");
        assert_has(&f, "elected\tГүлжан Ермекова\tdeputy\tmaslikhat/oblast/Маңғыстау");
        assert!(!f.iter().any(|l| l.starts_with("elected\tГүлжан Ермекова\tchairman")), "{f:?}");
    }

    #[test]
    fn a_primarys_meeting_at_a_visited_institution_and_a_name_that_begins_like_a_trip() {
        let f = facts(
            "Депутат ауруханада\n\nМәжіліс депутаты Әсел Бекова Шымкент қалалық №2 ауруханасында болды. Сапар \
             барысында депутат аурухананың бастауыш партия ұйымының жиналысына қатысты. Жиналысты бастауыш партия \
             ұйымының хатшысы Мадина Оспанова жүргізді.\n",
        );
        let meeting = "meeting@AMANAT/primary/Шымкент қалалық №2 ауруханасы";
        assert_has(&f, &format!("event\t{meeting}"));
        assert_has(&f, &format!("participant\tМадина Оспанова\tmoderator\t{meeting}"));
        assert!(!f.iter().any(|l| l.starts_with("event\tmeeting@org/")), "{f:?}");
        let f = facts(
            "Кездесу\n\nБайқоңыр ауданында партия аудандық филиалының бастамасымен депутаттардың сайлаушылармен \
             кездесуі өтті. Кездесу алдында Ерлан Бейсембаев №89 мектеп-лицейінде болды. Сайлаушылармен кездесуде \
             Ерлан Бейсембаев есеп берді. Тұрғын Ермек Сапарғали көлік тұрағы туралы сұрақ қойды.\n",
        );
        assert_has(&f, "participant\tЕрмек Сапарғали\tspeaker\tmeeting@AMANAT/district/Байқоңыр");
        assert_lacks(&f, "participant\tЕрмек Сапарғали\tspeaker\tvisit@org/№89 мектеп-лицейі");
    }

    #[test]
    fn a_deputy_who_met_voters_in_a_town_held_its_branchs_meeting() {
        let f = facts(
            "Депутат есеп берді\n\nКентау қаласында Мәжіліс депутаты, «AMANAT» партиясы фракциясының мүшесі Айгүл \
             Серікқызы сайлаушыларымен кездесіп, атқарған жұмысы жөнінде есеп берді. Жиынға қала әкімі Нұрлан \
             Жұмабаев қатысты.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/city/Кентау");
        assert_has(&f, "participant\tНұрлан Жұмабаев\tguest\tmeeting@AMANAT/city/Кентау");
    }

    #[test]
    fn members_elected_to_the_ranks_of_a_council_renewed_the_sentence_before() {
        let f = facts(
            "Конференция\n\nСәтбаев қалалық филиалының конференциясы өтті. Конференцияда қалалық филиалдың Саяси \
             кеңесінің құрамы жаңартылды. Жаңа мүшелер қатарына мәслихат депутаты Гүлнар Әбдірова мен белсенді \
             Нұрлан Сейітов сайланды.\n",
        );
        assert_has(&f, "elected\tГүлнар Әбдірова\tpolitical_council_member\tAMANAT/city/Сәтбаев");
        assert_has(&f, "elected\tНұрлан Сейітов\tpolitical_council_member\tAMANAT/city/Сәтбаев");
    }

    #[test]
    fn meetings_counted_over_a_year_are_no_event() {
        let f = facts(
            "Бюро\n\nҚостанай қалалық филиалы Саяси кеңесі Бюросының отырысы өтті. Фракция жетекшісі Серік Әлиев \
             есеп берді. Оның айтуынша, фракция депутаттары жыл бойы сайлаушылармен 40-тан астам кездесу өткізіп, \
             азаматтарды қабылдаған.\n",
        );
        assert_has(&f, "event\tcouncil_session@AMANAT/city/Қостанай");
        assert_has(&f, "participant\tСерік Әлиев\tspeaker\tcouncil_session@AMANAT/city/Қостанай");
        assert!(!f.iter().any(|l| l.starts_with("event\tmeeting@")), "{f:?}");
    }

    #[test]
    fn a_sentence_opening_at_the_meeting_returns_from_a_congress_told_as_background() {
        let f = facts(
            "Қостанай облыстық партия филиалында белсенділер жиналысы өтті. Жиналыста партияның XXV съезінің \
             нәтижелері қаралды.\nЕсте болса, партияның XXV съезі өткен айда Астанада өтті. Съезге облыстан Талғат \
             Бейсенов қатысты.\nЖиналыста бірінші сөз алған Талғат Бейсенов съезд жұмысы туралы айтып берді.\n\
             Оның айтуынша, съезде партия хатшысы Дәурен Мұқанов баяндама жасады.\nАудандық филиалдың төрағасы \
             Ғалым Оразов съезд шешімдеріне сәйкес жоспар құрылғанын айтты.\nМәслихат хатшысы Ләззат Ниязова \
             съезден алған әсерімен бөлісті.\n",
        );
        let meeting = "meeting@AMANAT/oblast/Қостанай";
        let congress = "congress@AMANAT/central";
        assert_has(&f, &format!("participant\tТалғат Бейсенов\tguest\t{congress}"));
        assert_has(&f, &format!("participant\tТалғат Бейсенов\tspeaker\t{meeting}"));
        // An account of the congress keeps the speaker at the meeting.
        assert_has(&f, &format!("participant\tДәурен Мұқанов\tspeaker\t{congress}"));
        assert_has(&f, &format!("participant\tҒалым Оразов\tspeaker\t{meeting}"));
        assert_lacks(&f, &format!("participant\tҒалым Оразов\tspeaker\t{congress}"));
        // The congress named only as a topic is not where she spoke.
        assert_has(&f, &format!("participant\tЛәззат Ниязова\tspeaker\t{meeting}"));
        assert_lacks(&f, &format!("participant\tЛәззат Ниязова\tspeaker\t{congress}"));
    }

    #[test]
    fn the_republican_party_council_is_a_session_of_the_central_party_when_it_took_place() {
        let f = facts(
            "Ақмола облыстық партия филиалы Саяси кеңесінің отырысы өтті. Онда жақында өткен Республикалық \
             партиялық кеңестің қорытындылары талқыланды.\nЕске сала кетейік, Республикалық партиялық кеңес \
             өткен аптада Астанада өтті. Облыстан кеңеске филиал төрағасы Нұрбек Сапаров қатысты.\nКеңесте сөз \
             сөйлеген партия Төрағасы Ерлан Досанов бастауыш ұйымдардың рөліне тоқталды.\nОблыстық Саяси кеңес \
             отырысында Нұрбек Сапаров Республикалық кеңесте берілген тапсырмаларды таныстырды.\n",
        );
        let central = "council_session@AMANAT/central";
        let session = "council_session@AMANAT/oblast/Ақмола";
        assert_has(&f, &format!("event\t{central}"));
        assert_has(&f, &format!("participant\tНұрбек Сапаров\tguest\t{central}"));
        assert_has(&f, &format!("participant\tЕрлан Досанов\tspeaker\t{central}"));
        // The tasks given there, told at the branch's session, are spoken of.
        assert_has(&f, &format!("participant\tНұрбек Сапаров\tspeaker\t{session}"));
        assert_lacks(&f, &format!("participant\tНұрбек Сапаров\tspeaker\t{central}"));
        // A council to be held is no event.
        let f = facts("Ақмола облыстық филиалында жиналыс өтті. Республикалық партиялық кеңес келесі айда өтеді.\n");
        assert_lacks(&f, &format!("event\t{central}"));
    }

    #[test]
    fn delegates_chosen_for_a_congress_in_a_long_list_leave_it_ahead() {
        let f = facts(
            "Атырау облыстық филиалының конференциясы өтті. Партияның кезектен тыс съезіне делегат болып \
             облыстық мәслихаттың хатшысы Берік Нұрланов, Жылыой ауданының әкімі Асан Серікбаев, Махамбет \
             аудандық филиалының төрағасы Дина Қайратова және басқа да партиялықтар сайланды.\n",
        );
        assert_lacks(&f, "event\tcongress@AMANAT/central");
        assert_has(&f, "event\tconference@AMANAT/oblast/Атырау");
    }

    #[test]
    fn a_bodys_members_listed_after_a_header_or_after_ogan_are_elected_to_it() {
        let f = facts(
            "Қарқаралы аудандық партия филиалының конференциясы өтті. Бюро құрамына мына партия мүшелері сайланды:\n\
             – Ерлан Сапаров – аудан әкімі;\n– Гүлнар Әлібекова – аудандық мәслихат хатшысы.\n\nКонференцияға \
             облыстық филиалдың өкілі Асхат Нұров қатысты.\n",
        );
        let org = "AMANAT/district/Қарқаралы";
        assert_has(&f, &format!("elected\tЕрлан Сапаров\tbureau_member\t{org}"));
        assert_has(&f, &format!("elected\tГүлнар Әлібекова\tbureau_member\t{org}"));
        assert_lacks(&f, &format!("elected\tАсхат Нұров\tbureau_member\t{org}"));
        // "Кеңеске алғаш рет сайланғандар:" after the council's new composition.
        let f = facts(
            "Шет аудандық партия филиалының конференциясы өтті. Делегаттар Саяси кеңестің жаңа құрамын бекітті. \
             Кеңеске алғаш рет сайланғандар:\nМарат Жұмабеков – кәсіпкер;\nДана Ерболқызы – мұғалім.\n",
        );
        assert_has(&f, "elected\tМарат Жұмабеков\tpolitical_council_member\tAMANAT/district/Шет");
        assert_has(&f, "elected\tДана Ерболқызы\tpolitical_council_member\tAMANAT/district/Шет");
        // "Оған X (аудан әкімі), Y (...) кірді" after the sentence that chose the bureau.
        let f = facts(
            "Сырдария аудандық партия филиалының конференциясы өтті. Делегаттар Саяси кеңес бюросын жаңа құрамда \
             сайлады. Оған Бекзат Әлімов (аудан әкімі), Сәуле Жақыпова (мәслихат хатшысы) кірді.\n",
        );
        assert_has(&f, "elected\tБекзат Әлімов\tbureau_member\tAMANAT/district/Сырдария");
        assert_has(&f, "elected\tСәуле Жақыпова\tbureau_member\tAMANAT/district/Сырдария");
        assert_lacks(&f, "elected\tБекзат Әлімов\tpolitical_council_member\tAMANAT/district/Сырдария");
    }

    #[test]
    fn members_who_left_the_council_listed_or_coordinated_hold_it_no_more() {
        let f = facts(
            "Павлодар облыстық партия филиалы Саяси кеңесінің отырысы өтті. Ұзақ жыл Саяси кеңес мүшесі болған \
             Ержан Ысқақов, Анна Бойко және Қайрат Мұсин зейнетке шығуына байланысты кеңес құрамынан шығарылды.\n\
             Сондай-ақ Саяси кеңес құрамынан мына азаматтар шығарылды: аудан әкімінің бұрынғы орынбасары Нұрлан \
             Әбенов; кәсіпкер Айдар Шәріпов.\nКеңес құрамынан шыққан Бақыт Сейітов пен Роза Темірова алғыс хатпен \
             марапатталды.\n",
        );
        let org = "AMANAT/oblast/Павлодар";
        for name in ["Ержан Ысқақов", "Анна Бойко", "Қайрат Мұсин", "Нұрлан Әбенов", "Айдар Шәріпов"] {
            assert_has(&f, &format!("holds\t{name}\tpolitical_council_member\t{org}\tformer"));
        }
        let f = facts(
            "Павлодар облыстық партия филиалы Саяси кеңесінің отырысы өтті. Саяси кеңестің құрамынан шыққан \
             ардагерлер Бақыт Сейітов пен Роза Темірова алғыс хатпен марапатталды.\n",
        );
        assert_has(&f, &format!("holds\tБақыт Сейітов\tpolitical_council_member\t{org}\tformer"));
        assert_has(&f, &format!("holds\tРоза Темірова\tpolitical_council_member\t{org}\tformer"));
    }

    #[test]
    fn a_chairman_elected_to_the_control_commission_named_first_is_its_chairman() {
        let f = facts(
            "Ұлытау аудандық партия филиалының конференциясы өтті. Бақылау-тексеру комиссиясына Ерік Сағатов \
             төраға болып сайланды.\n",
        );
        assert_has(&f, "elected\tЕрік Сағатов\tcontrol_commission_chairman\tAMANAT/district/Ұлытау");
        assert_lacks(&f, "elected\tЕрік Сағатов\tchairman\tAMANAT/district/Ұлытау");
        // Who led the commission until now, named with its report.
        let f = facts(
            "Ұлытау аудандық партия филиалының конференциясы өтті. Бақылау-тексеру комиссиясының есебін осы \
             уақытқа дейін комиссияны басқарған Мұрат Жолдасов оқыды.\n",
        );
        assert_has(&f, "holds\tМұрат Жолдасов\tcontrol_commission_chairman\tAMANAT/district/Ұлытау\tformer");
    }

    #[test]
    fn a_session_of_a_public_or_expert_council_the_branch_keeps_is_its_council_session() {
        let f = facts(
            "Кеңес\n\n«AMANAT» партиясы Маңғыстау облыстық филиалы жанындағы сыбайлас жемқорлыққа қарсы іс-қимыл \
             жөніндегі қоғамдық кеңестің кезекті отырысы өтті. Отырысқа филиал төрағасының орынбасары Айбек Саламатов \
             төрағалық етті.\n",
        );
        assert_has(&f, "event\tcouncil_session@AMANAT/oblast/Маңғыстау");
        assert_has(&f, "participant\tАйбек Саламатов\tchair\tcouncil_session@AMANAT/oblast/Маңғыстау");
        let f = facts(
            "Кеңес\n\n«AMANAT» партиясы Қостанай облыстық филиалы жанындағы Сарапшылар кеңесінің кезектен тыс \
             отырысы өтті.\n",
        );
        assert_has(&f, "event\tcouncil_session@AMANAT/oblast/Қостанай");
        assert_has(&f, "event_attr\tcouncil_session@AMANAT/oblast/Қостанай\textraordinary\tyes");
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Қостанай");
    }

    #[test]
    fn an_akims_report_to_the_people_is_a_meeting_of_the_akimat() {
        let f = facts(
            "Есеп\n\nЖаңақала ауданының әкімі Руслан Өтепов аудан тұрғындары алдында атқарылған жұмыс туралы есеп \
             берді. Кездесуге «AMANAT» партиясы Жаңақала аудандық филиалының төрағасы Бақыт Нұрланов қатысты.\n",
        );
        let meeting = "meeting@gov/district/Жаңақала";
        assert_has(&f, &format!("event\t{meeting}"));
        assert_has(&f, &format!("participant\tБақыт Нұрланов\tguest\t{meeting}"));
        assert_lacks(&f, "event\tmeeting@AMANAT/district/Жаңақала");
        // Organised by the branch, it is the branch's (read elsewhere).
        let f = facts(
            "Есеп\n\n«AMANAT» партиясы Жаңақала аудандық филиалының ұйымдастыруымен аудан әкімі Руслан Өтепов \
             тұрғындар алдында есеп берді.\n",
        );
        assert_lacks(&f, &format!("event\t{meeting}"));
    }

    #[test]
    fn a_monitoring_group_visits_an_institution_with_the_members_named_before() {
        let f = facts(
            "Мониторинг\n\n«AMANAT» партиясы Қарасай аудандық филиалының мониторингтік тобы әлеуметтік нысандарды \
             аралады. Топ құрамында аудандық мәслихат депутаттары Ержан Қалиев пен Дана Сапарова болды. Алдымен топ \
             мүшелері жол жөндеу жұмысын көрді. Жол жұмысы 60 пайызға орындалған. Кейін мониторингтік топ «Қаскелең \
             емханасы» КМК-да болды. Емхана директоры Асан Бекұлы жаңа құрылғыларды көрсетті.\nМониторинг нәтижелері \
             аудандық филиал жанындағы сарапшылар кеңесінің отырысында талқыланды.\n",
        );
        let visit = "visit@org/Қаскелең емханасы";
        assert_has(&f, &format!("event\t{visit}"));
        assert_has(&f, &format!("participant\tЕржан Қалиев\tvisitor\t{visit}"));
        assert_has(&f, &format!("participant\tДана Сапарова\tvisitor\t{visit}"));
        // The results discussed at the expert council's session: it sat.
        assert_has(&f, "event\tcouncil_session@AMANAT/district/Қарасай");
    }

    #[test]
    fn a_council_the_branch_keeps_has_its_own_officers_and_sessions() {
        let f = facts(
            "Ардагерлер\n\n«AMANAT» партиясы Шу аудандық филиалы жанындағы ардагерлер кеңесінің есеп беру-сайлау \
             отырысы болды. Жиынға Жамбыл облыстық партия филиалы жанындағы ардагерлер кеңесінің төрағасы Омар \
             Сейітов қатысты.\n",
        );
        let body = "council_session@org/Шу аудандық ардагерлер кеңесі";
        assert_has(&f, &format!("event\t{body}"));
        assert_has(&f, &format!("event_attr\t{body}\treporting_election\tyes"));
        assert_has(&f, &format!("participant\tОмар Сейітов\tguest\t{body}"));
        assert_has(&f, "holds\tОмар Сейітов\tchairman\torg/Жамбыл облыстық ардагерлер кеңесі\tcurrent");
        assert_lacks(&f, "holds\tОмар Сейітов\tchairman\tAMANAT/oblast/Жамбыл\tcurrent");
        assert_lacks(&f, "event\tmeeting@AMANAT/district/Шу");
        // Its organising session is a session of the same body.
        let f = facts(
            "Кеңес\n\n«AMANAT» партиясы Ақтөбе облыстық филиалы жанындағы ардагерлер кеңесінің ұйымдастыру \
             отырысы өтті.\n",
        );
        assert_has(&f, "event\tcouncil_session@org/Ақтөбе облыстық ардагерлер кеңесі");
    }

    #[test]
    fn a_place_opened_by_kishi_or_ulken_after_a_name_is_no_surname() {
        let f = facts(
            "Жиын\n\nҚызылорда облыстық филиалында жиын өтті. Жиында Арал аудандық филиалының төрағасы Айгүл \
             Серікқызы Кіші Аралды сақтау жобасы туралы айтты.\n",
        );
        assert_has(&f, "person\tАйгүл Серікқызы");
        assert_has(&f, "holds\tАйгүл Серікқызы\tchairman\tAMANAT/district/Арал\tcurrent");
        assert!(!f.iter().any(|l| l.contains("Кіші")), "{f:?}");
    }

    #[test]
    fn a_district_name_two_oblasts_share_belongs_to_the_oblast_the_article_names() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Қарағанды облысы Абай аудандық филиалының конференциясы өтті. \
             Жиынға партияның облыстық филиалы төрағасының орынбасары Нұрлан Жақсыбеков қатысты.\n",
        );
        assert_has(&f, "parent\tAMANAT/district/Абай\tAMANAT/oblast/Қарағанды");
        assert_has(&f, "holds\tНұрлан Жақсыбеков\tdeputy_chairman\tAMANAT/oblast/Қарағанды\tcurrent");
        assert_lacks(&f, "branch\tAMANAT/oblast/Абай");
    }

    #[test]
    fn companions_who_set_out_on_the_trip_are_its_visitors() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Жамбыл облыстық филиалының төрағасы Ерлан Сәрсенов Мойынқұм ауданына \
             жұмыс сапарымен барды. Сапарға облыстық мәслихат депутаты Айгерім Төлеуова да бірге шықты.\n",
        );
        let visit = "visit@AMANAT/district/Мойынқұм";
        assert_has(&f, &format!("participant\tЕрлан Сәрсенов\tvisitor\t{visit}"));
        assert_has(&f, &format!("participant\tАйгерім Төлеуова\tvisitor\t{visit}"));
        // One who is to set out has not.
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Жамбыл облыстық филиалының төрағасы Ерлан Сәрсенов Мойынқұм ауданына \
             жұмыс сапарымен барды. Келесі сапарға облыстық мәслихат депутаты Айгерім Төлеуова шығады.\n",
        );
        assert_lacks(&f, &format!("participant\tАйгерім Төлеуова\tvisitor\t{visit}"));
    }

    #[test]
    fn a_councils_chairman_named_without_its_place_is_of_the_council_whose_session_it_is() {
        let f = facts(
            "Ардагерлер\n\n«AMANAT» партиясы Шу аудандық филиалы жанындағы ардагерлер кеңесінің есеп беру-сайлау \
             отырысы болды. Ардагерлер кеңесінің төрағасы болып Серік Омаров сайланды.\n",
        );
        assert_has(&f, "elected\tСерік Омаров\tchairman\torg/Шу аудандық ардагерлер кеңесі");
        assert_lacks(&f, "elected\tСерік Омаров\tchairman\torg/ардагерлер кеңесі");
        // The session as the subject is no word of the council's name.
        let f = facts(
            "Әйелдер кеңесі\n\n«AMANAT» партиясы Шу аудандық филиалы жанындағы әйелдер кеңесінің кезекті отырысы \
             болды. Отырыс кеңес төрайымы Гүлнар Сейітова ханымның төрағалығымен өтті.\n",
        );
        assert_has(&f, "holds\tГүлнар Сейітова\tchairman\torg/Шу аудандық әйелдер кеңесі\tcurrent");
        assert_lacks(&f, "holds\tГүлнар Сейітова\tchairman\torg/Отырыс кеңес\tcurrent");
    }

    #[test]
    fn deputies_elected_one_by_one_are_each_the_deputy_of_the_branch() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Сарыағаш аудандық филиалының есеп беру-сайлау конференциясы өтті. \
             Делегаттар филиал төрағасының орынбасарларын жеке-жеке сайлады. Алдымен аудандық білім бөлімінің \
             басшысы Ержан Тілеубаевтың кандидатурасы ұсынылып, делегаттар оны қолдады. Кейін аудандық мәслихаттың \
             депутаты Гүлжан Әбдіқадырова бірауыздан сайланды. Конференция соңында делегаттар үндеу қабылдады.\n",
        );
        let branch = "AMANAT/district/Сарыағаш";
        assert_has(&f, &format!("elected\tЕржан Тілеубаев\tdeputy_chairman\t{branch}"));
        assert_has(&f, &format!("elected\tГүлжан Әбдіқадырова\tdeputy_chairman\t{branch}"));
        // Her seat in the maslikhat is held, not won here.
        assert_has(&f, "holds\tГүлжан Әбдіқадырова\tdeputy\tmaslikhat/district/Сарыағаш\tcurrent");
        assert_lacks(&f, "elected\tГүлжан Әбдіқадырова\tdeputy\tmaslikhat/district/Сарыағаш");
    }

    #[test]
    fn the_one_who_served_in_this_post_held_the_post_filled_last() {
        let f = facts(
            "Саяси кеңес\n\n«AMANAT» партиясы Шымкент қалалық филиалы Саяси кеңесінің отырысы өтті. Филиал төрағасы \
             лауазымына кандидатура кейін қаралады. Саяси кеңес мүшелері Мөлдір Есімованы филиалдың атқарушы хатшысы \
             етіп сайлады. Осы лауазымда бұрын жұмыс істеген Талғат Нұрмағамбетов басқа жұмысқа ауысқан.\n",
        );
        assert_has(&f, "holds\tТалғат Нұрмағамбетов\texecutive_secretary\tAMANAT/city/Шымкент\tformer");
        assert_lacks(&f, "holds\tТалғат Нұрмағамбетов\tchairman\tAMANAT/city/Шымкент\tformer");
    }

    #[test]
    fn a_session_the_branch_chairman_chaired_after_the_council_session_is_that_session() {
        let f = facts(
            "Саяси кеңес\n\n«AMANAT» партиясы Павлодар облыстық филиалы Саяси кеңесінің кезекті отырысы өтті. \
             Облыс әкімі, партия филиалының төрағасы Марат Ерғалиевтің төрағалығымен өткізілген отырысқа \
             Саяси кеңес мүшелері қатысты.\n",
        );
        assert_has(&f, "participant\tМарат Ерғалиев\tchair\tcouncil_session@AMANAT/oblast/Павлодар");
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Павлодар");
    }

    #[test]
    fn a_conferences_working_commissions_hold_no_office_and_their_report_names_who_was_elected() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Арқалық қалалық филиалының есеп беру-сайлау конференциясы өтті. \
             Редакциялық комиссияны қалалық мәслихат депутаты Айгүл Сейдахметова басқарды. Санақ комиссиясының \
             төрағасы Нұрлан Әбенов хаттаманы жариялап, бақылау-тексеру комиссиясының төрағасы болып Бауыржан \
             Қалиевтің сайланғанын мәлімдеді. Сондай-ақ қалалық жастар ресурстық орталығының директоры Дана \
             Оспанова Саяси кеңес мүшесі болып сайланды.\n",
        );
        let branch = "AMANAT/city/Арқалық";
        assert_has(&f, &format!("elected\tБауыржан Қалиев\tcontrol_commission_chairman\t{branch}"));
        assert_lacks(&f, &format!("elected\tНұрлан Әбенов\tcontrol_commission_chairman\t{branch}"));
        assert_lacks(&f, &format!("holds\tНұрлан Әбенов\tcontrol_commission_chairman\t{branch}\tcurrent"));
        assert_lacks(&f, &format!("holds\tАйгүл Сейдахметова\tcontrol_commission_chairman\t{branch}\tcurrent"));
        assert_has(&f, "holds\tДана Оспанова\tdirector\torg/Арқалық қалалық жастар ресурстық орталығы\tcurrent");
    }

    #[test]
    fn members_named_among_those_a_body_elected_are_elected_to_it() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Қостанай облыстық филиалының есеп беру-сайлау конференциясы өтті. \
             Саяси кеңестің жаңа құрамына 49 адам сайланды. Олардың қатарына алғаш рет облыстық мәслихат депутаты \
             Жанар Құдайбергенова енді. Отырыста Саяси кеңес Бюросының 9 мүшесі сайланды, олардың қатарында \
             Ерлан Тоқтаров пен Гүлмира Сәрсенова бар.\n",
        );
        let branch = "AMANAT/oblast/Қостанай";
        assert_has(&f, &format!("elected\tЖанар Құдайбергенова\tpolitical_council_member\t{branch}"));
        assert_has(&f, &format!("elected\tЕрлан Тоқтаров\tbureau_member\t{branch}"));
        assert_has(&f, &format!("elected\tГүлмира Сәрсенова\tbureau_member\t{branch}"));
    }

    #[test]
    fn an_institution_noun_with_no_possessive_loses_its_genitive() {
        let f = facts(
            "Жиналыс\n\n«AMANAT» партиясы Ордабасы аудандық филиалында бастауыш партия ұйымдарының хатшыларымен \
             жиналыс өтті. Аудандық орталық аурухананың директоры Серік Жақыпов сөз сөйледі.\n",
        );
        assert_has(&f, "holds\tСерік Жақыпов\tdirector\torg/Ордабасы аудандық орталық аурухана\tcurrent");
        assert_lacks(&f, "holds\tСерік Жақыпов\tdirector\torg/Ордабасы аудандық орталық аурухананың\tcurrent");
    }

    #[test]
    fn powers_as_a_title_ended_make_that_title_former() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Ұлан аудандық филиалының кезектен тыс конференциясы өтті. \
             Алдымен Бекзат Қалиевтің облыстық басқармаға ауысуына байланысты оның аудандық филиал төрағасы \
             ретіндегі өкілеттігі мерзімінен бұрын тоқтатылды. Жаңа төраға болып Айдос Мұқанов сайланды.\n",
        );
        let branch = "AMANAT/district/Ұлан";
        assert_has(&f, &format!("holds\tБекзат Қалиев\tchairman\t{branch}\tformer"));
        assert_lacks(&f, &format!("holds\tБекзат Қалиев\tchairman\t{branch}\tcurrent"));
        assert_has(&f, &format!("elected\tАйдос Мұқанов\tchairman\t{branch}"));
    }

    #[test]
    fn removal_from_a_council_and_its_bureau_leaves_both() {
        let f = facts(
            "Отырыс\n\n«AMANAT» партиясы Тайынша аудандық филиалы Саяси кеңесінің отырысы өтті. Отырыста Марат \
             Елеусізов аудандық филиалдың Саяси кеңесі мен оның Бюросының құрамынан шығарылды. Оның орнына \
             Саяси кеңестің мүшесі әрі Бюро мүшесі болып Гүлнәр Ахметова сайланды.\n",
        );
        let branch = "AMANAT/district/Тайынша";
        assert_has(&f, &format!("holds\tМарат Елеусізов\tpolitical_council_member\t{branch}\tformer"));
        assert_has(&f, &format!("holds\tМарат Елеусізов\tbureau_member\t{branch}\tformer"));
        assert_has(&f, &format!("elected\tГүлнәр Ахметова\tpolitical_council_member\t{branch}"));
        assert_has(&f, &format!("elected\tГүлнәр Ахметова\tbureau_member\t{branch}"));
    }

    #[test]
    fn the_guest_opening_a_sentence_is_the_one_who_just_attended() {
        let f = facts(
            "Отырыс\n\n«AMANAT» партиясы Степногорск қалалық филиалы Саяси кеңесінің отырысы өтті. Отырысқа партияның \
             Ақмола облыстық филиалы төрағасының орынбасары Берік Тәжібаев қатысты. Қонақ жастармен жұмысты күшейту \
             керектігін айтты.\n",
        );
        let ev = "council_session@AMANAT/city/Степногорск";
        assert_has(&f, &format!("participant\tБерік Тәжібаев\tguest\t{ev}"));
        assert_has(&f, &format!("participant\tБерік Тәжібаев\tspeaker\t{ev}"));
    }

    #[test]
    fn meetings_held_by_counted_primaries_are_no_event() {
        let f = facts(
            "Отырыс\n\n«AMANAT» партиясы Арал аудандық филиалы Саяси кеңесінің отырысы өтті. Хатшы Сәуле Әлиева \
             баяндады. Оның айтуынша, ауданның 35 бастауыш партия ұйымы есеп беру жиналысын өткізді.\n",
        );
        assert_has(&f, "event\tcouncil_session@AMANAT/district/Арал");
        assert_lacks(&f, "event\tmeeting@AMANAT/district/Арал");
    }

    #[test]
    fn an_akims_reporting_meeting_with_the_people_is_the_akimats_meeting() {
        let f = facts(
            "Есеп\n\nТалас ауданының әкімі Ерлан Сапаров Қаратау қаласында халықпен есептік кездесу өткізді. \
             Кездесуді аудан әкімінің орынбасары Гүлжан Нұрова жүргізді.\n",
        );
        let ev = "meeting@gov/district/Талас";
        assert_has(&f, &format!("event\t{ev}"));
        assert_has(&f, &format!("participant\tГүлжан Нұрова\tmoderator\t{ev}"));
    }

    #[test]
    fn a_candidacy_approved_for_a_post_named_as_an_abstract_noun_elects() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Байзақ аудандық филиалының конференциясы өтті. Бақылау-тексеру \
             комиссиясының төрағалығына аудандық мәслихат депутаты Нұргүл Сейітова кандидатурасы ұсынылып, көпшілік \
             дауыспен бекітілді. Филиал төрағалығына аудан әкімі Бекзат Мәлікұлының кандидатурасы ұсынылып, бірауыздан \
             қолдау тапты.\n",
        );
        let branch = "AMANAT/district/Байзақ";
        assert_has(&f, &format!("elected\tНұргүл Сейітова\tcontrol_commission_chairman\t{branch}"));
        assert_has(&f, "holds\tНұргүл Сейітова\tdeputy\tmaslikhat/district/Байзақ\tcurrent");
        assert_has(&f, &format!("elected\tБекзат Мәлікұлы\tchairman\t{branch}"));
        assert_has(&f, "holds\tБекзат Мәлікұлы\takim\tgov/district/Байзақ\tcurrent");
    }

    #[test]
    fn a_byline_in_capitals_or_after_a_label_with_a_photo_credit_below() {
        let body = "Конференция\n\n«AMANAT» партиясы Жаңақорған аудандық филиалының конференциясы өтті. Жиынды филиал \
                    төрағасы Мұрат Сейілов жүргізді.\n\n";
        let f = facts(&format!("{body}НҰРЛАН ӘБІШЕВ\nСуретте: жиын сәті\n\nБөлісу:\n"));
        assert_has(&f, "author\tНұрлан Әбішев");
        let f = facts(&format!("{body}Материалды дайындаған: Гүлшат Оспанқызы\nФото автордікі\n"));
        assert_has(&f, "author\tГүлшат Оспанқызы");
        // A headline-like line in capitals that is no name stays no author.
        let f = facts(&format!("{body}ЖАҢАҚОРҒАН АУДАНЫ\n"));
        assert!(!f.iter().any(|l| l.starts_with("author")), "{f:?}");
    }

    #[test]
    fn one_who_has_been_in_a_post_and_then_left_the_partys_work_by_pronoun() {
        let f = facts(
            "Отырыс\n\n«AMANAT» партиясы Ақтөбе облыстық филиалы Саяси кеңесінің отырысы өтті. Облыстық филиал \
             төрағасының орынбасары болып келген Ерлан Нұрманов облыстық мәслихат депутаты болып сайланды. Осыған \
             байланысты ол филиалдағы қызметінен босатылды. Филиал төрағасы Марат Ысқақов бос лауазымға Айгүл Сапарованың кандидатурасын \
             ұсынды. Саяси кеңес мүшелері кандидатураны бірауыздан қолдады.\n",
        );
        let branch = "AMANAT/oblast/Ақтөбе";
        assert_has(&f, &format!("holds\tЕрлан Нұрманов\tdeputy_chairman\t{branch}\tformer"));
        assert_lacks(&f, &format!("elected\tЕрлан Нұрманов\tdeputy_chairman\t{branch}"));
        assert_has(&f, &format!("elected\tАйгүл Сапарова\tdeputy_chairman\t{branch}"));
    }

    #[test]
    fn one_who_had_led_a_body_up_to_now_holds_it_no_more() {
        let f = facts(
            "Фракция\n\nҚостанай облыстық мәслихатындағы «AMANAT» партиясы фракциясының жиналысы өтті. Бұған дейін \
             фракцияны басқарып келген Бауыржан Ахметов облыс әкімінің орынбасары болып тағайындалды.\n",
        );
        assert_has(&f, "holds\tБауыржан Ахметов\tfaction_leader\tmaslikhat/oblast/Қостанай\tformer");
        assert_lacks(&f, "holds\tБауыржан Ахметов\tfaction_leader\tmaslikhat/oblast/Қостанай\tcurrent");
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Қарабалық аудандық филиалының кезектен тыс конференциясы өтті. Делегаттар \
             филиалды 2019 жылдан бері басқарып келген Нұрлан Сейітовтің өкілеттігін мерзімінен бұрын тоқтатты.\n",
        );
        assert_has(&f, "holds\tНұрлан Сейітов\tchairman\tAMANAT/district/Қарабалық\tformer");
    }

    #[test]
    fn a_city_where_the_oblast_branch_sits_is_not_its_region() {
        let f = facts(
            "Жиын\n\n«AMANAT» партиясы Абай облыстық филиалы төрағасы Ерлан Жақыпов мәслихат депутаттарымен кездесті. \
             Жиын Семей қаласындағы облыстық филиал ғимаратында өтті.\n",
        );
        assert_lacks(&f, "branch\tAMANAT/oblast/Семей");
        assert_has(&f, "branch\tAMANAT/oblast/Абай");
    }

    #[test]
    fn one_chosen_for_the_post_just_told_of_is_elected_to_it_and_keeps_his_title() {
        let f = facts(
            "Фракция\n\nҚостанай облыстық мәслихатындағы «AMANAT» партиясы фракциясының отырысы өтті. Өткен аптада Рудный \
             қалалық мәслихатындағы партия фракциясы да жаңа жетекшісін сайлады. Бұл қызметке Рудный қалалық филиалының атқарушы хатшысы Бекзат Оспанов таңдалды.\n",
        );
        assert_has(&f, "elected\tБекзат Оспанов\tfaction_leader\tmaslikhat/city/Рудный");
        assert_has(&f, "holds\tБекзат Оспанов\texecutive_secretary\tAMANAT/city/Рудный\tcurrent");
        assert_lacks(&f, "elected\tБекзат Оспанов\texecutive_secretary\tAMANAT/city/Рудный");
    }

    #[test]
    fn a_title_that_proposes_for_the_vacant_post_is_not_that_post() {
        let f = facts(
            "Отырыс\n\n«AMANAT» партиясы Жамбыл облыстық филиалы Саяси кеңесінің отырысы өтті. Облыс әкімі бос \
             лауазымға Ержан Төлеуовтің кандидатурасын ұсынды. Саяси кеңес мүшелері кандидатураны бірауыздан қолдады.\n",
        );
        assert_lacks(&f, "holds\tЕржан Төлеуов\takim\tgov/oblast/Жамбыл\tcurrent");
        assert_lacks(&f, "elected\tЕржан Төлеуов\takim\tgov/oblast/Жамбыл");
        let f = facts(
            "Отырыс\n\n«AMANAT» партиясы Жамбыл облыстық филиалы Саяси кеңесінің отырысы өтті. Филиалдың атқарушы \
             хатшысы Данияр Қасенов басқа жұмысқа ауысуына байланысты қызметінен босатылды. Облыс әкімі бос лауазымға \
             Ержан Төлеуовтің кандидатурасын ұсынды. Саяси кеңес мүшелері кандидатураны бірауыздан қолдады.\n",
        );
        assert_has(&f, "elected\tЕржан Төлеуов\texecutive_secretary\tAMANAT/oblast/Жамбыл");
        assert_lacks(&f, "elected\tЕржан Төлеуов\takim\tgov/oblast/Жамбыл");
    }

    #[test]
    fn titles_joined_by_a_dash_are_one_persons() {
        let f = facts(
            "Жиын\n\nОблыс әкімі – «AMANAT» партиясы Атырау облыстық филиалының төрағасы Серік Шапкенов белсенділермен \
             кездесті.\n",
        );
        assert_has(&f, "holds\tСерік Шапкенов\takim\tgov/oblast/Атырау\tcurrent");
        assert_has(&f, "holds\tСерік Шапкенов\tchairman\tAMANAT/oblast/Атырау\tcurrent");
    }

    #[test]
    fn a_branchs_reporting_election_gathering_is_its_conference() {
        let f = facts(
            "Жиын\n\nҚаратал аудандық филиалының есеп беру-сайлау жиыны Үштөбе қаласында өтті. Жиынды филиалдың атқарушы \
             хатшысы Самат Ділдәбеков жүргізді.\n",
        );
        let e = "conference@AMANAT/district/Қаратал";
        assert_has(&f, &format!("event\t{e}"));
        assert_has(&f, &format!("event_attr\t{e}\treporting_election\tyes"));
        assert_has(&f, &format!("participant\tСамат Ділдәбеков\tmoderator\t{e}"));
        let f = facts("Конференция\n\nҚаратал аудандық филиалының есепті-сайлау конференциясы өтті.\n");
        assert_has(&f, "event_attr\tconference@AMANAT/district/Қаратал\treporting_election\tyes");
        // A primary organisation's is a meeting still.
        let f = facts("Жиын\n\n«Береке» бастауыш партия ұйымының есеп беру-сайлау жиыны өтті.\n");
        assert_has(&f, "event\tmeeting@AMANAT/primary/Береке");
    }

    #[test]
    fn a_chairman_elected_again_in_three_phrasings() {
        let text = |sentence: &str| format!("Конференция\n\nҚаратал аудандық филиалының конференциясы өтті. {sentence}\n");
        let elected = "elected\tСамат Ділдәбеков\tchairman\tAMANAT/district/Қаратал";
        // The object after the post.
        let f = facts(&text("Делегаттар төраға қызметіне Самат Ділдәбековты қайта сайлады."));
        assert_has(&f, elected);
        // "ол" after the candidacy is the candidate, not the guest before.
        let f = facts(&text(
            "Конференцияға облыстық мәслихат депутаты Әлия Нұрбекова қатысты. Делегаттар Самат Ділдәбековтың \
             кандидатурасын қолдап, ол филиал төрағасы болып тағы бір мерзімге сайланды.",
        ));
        assert_has(&f, elected);
        assert_lacks(&f, "elected\tӘлия Нұрбекова\tchairman\tAMANAT/district/Қаратал");
        // The candidacy of the chairman put forward again.
        let f = facts(&text("Делегаттар аудандық филиал төрағасы Самат Ділдәбековтың кандидатурасын қайта ұсынып, бірауыздан қолдады."));
        assert_has(&f, elected);
    }

    #[test]
    fn an_interview_under_a_quoted_headline_is_told_by_its_interviewee() {
        let f = facts(
            "Дәулет Сейітқалиев: «Филиал халыққа жақын болуы керек»\n\nТілшіміз жаңа төрағамен жүздесіп, жоспарлары \
             туралы сұрады.\n\n– Дәулет Маратұлы, өзіңіз туралы айтсаңыз?\n\n– Мен Қарабалық ауданында өстім. Бес жыл \
             бойы Қарабалық аудандық мәслихатының хатшысы болдым.\n\n– Филиалда не жаңалық?\n\n– Кеше «Ақбидай» \
             серіктестігіндегі бастауыш партия ұйымының жиналысын өткіздік.\n\n– Рахмет!\n",
        );
        assert_has(&f, "holds\tДәулет Сейітқалиев\tsecretary\tmaslikhat/district/Қарабалық\tformer");
        assert_has(&f, "event\tmeeting@AMANAT/primary/Ақбидай");
    }

    #[test]
    fn the_one_primary_organisation_named_is_the_one_a_bare_mention_means() {
        let f = facts(
            "Жиналыс\n\n«Теміртау Металл» АҚ жанындағы бастауыш партия ұйымы – қалалық филиалға қарасты ірі ұйым. \
             Ұйым төрағасы Сәкен Әбілов жұмыс туралы айтты. Өткен аптада бастауыш партия ұйымының есеп беру-сайлау \
             жиналысы өтті.\n",
        );
        assert_has(&f, "holds\tСәкен Әбілов\tchairman\tAMANAT/primary/Теміртау Металл\tcurrent");
        assert_has(&f, "event\tmeeting@AMANAT/primary/Теміртау Металл");
        // "осы ұйымның мүшелерімен": the organisation just told of.
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Төрағасының орынбасары Ерлан Қалиев Қарағанды облысына жұмыс сапарымен келді. \
             Одан кейін ол «Теміртау Металл» серіктестігіне барды. Кәсіпорындағы бастауыш партия ұйымы қалалық \
             филиалға қарасты. Қонақ осы ұйымның мүшелерімен кездесті.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/primary/Теміртау Металл");
    }

    #[test]
    fn a_plan_told_in_the_first_person_plural_is_no_event() {
        let f = facts(
            "Жоспар\n\nҚарабалық аудандық филиалының төрағасы Дәулет Сейітқалиев жоспармен бөлісті.\n\nҚыркүйекте \
             филиал Саяси кеңесінің отырысын өткізіп, депутаттардың есебін тыңдаймыз.\n",
        );
        assert_lacks(&f, "event\tcouncil_session@AMANAT/district/Қарабалық");
    }

    #[test]
    fn a_post_held_for_a_span_now_past_is_former() {
        let f = facts(
            "Төраға\n\nЖақсы аудандық филиалының төрағасы болып Ерлан Асқаров сайланды. Ол төрт жыл бойы Жақсы аудандық \
             мәслихатының хатшысы болды.\n",
        );
        assert_has(&f, "holds\tЕрлан Асқаров\tsecretary\tmaslikhat/district/Жақсы\tformer");
        assert_lacks(&f, "holds\tЕрлан Асқаров\tsecretary\tmaslikhat/district/Жақсы\tcurrent");
    }

    #[test]
    fn the_partys_veterans_council_is_a_body_of_its_own() {
        let f = facts(
            "Жиын\n\n«AMANAT» партиясы Текелі қалалық филиалының жиыны өтті. Жиынға қалалық партиялық ардагерлер \
             кеңесінің төрағасы Сейітқали Бөкенов қатысты.\n",
        );
        assert_has(&f, "holds\tСейітқали Бөкенов\tchairman\torg/Текелі қалалық партиялық ардагерлер кеңесі\tcurrent");
        assert_lacks(&f, "holds\tСейітқали Бөкенов\tchairman\tAMANAT/city/Текелі\tcurrent");
    }

    #[test]
    fn an_empty_text_is_no_interview_and_has_no_facts() {
        // (Regression: the headline fallback indexed the first sentence of none.)
        assert!(facts("").is_empty());
        assert!(facts(" \n\u{0}\n").iter().all(|l| !l.starts_with("holds")));
    }

    #[test]
    fn a_word_typed_with_russian_letters_among_kazakh_ones_is_read() {
        let f = facts(
            "Конференция\n\nКеше «AMANAT» партиясы Шиелі аудандық филиалының кезектен тыс конференциясы отті. \
             Жиынға партияның Кызылорда облыстық филиалының төрағасы Мұрат Сейдахметов катысты.\n",
        );
        assert_has(&f, "event\tconference@AMANAT/district/Шиелі");
        assert_has(&f, "holds\tМұрат Сейдахметов\tchairman\tAMANAT/oblast/Қызылорда\tcurrent");
        assert_has(&f, "parent\tAMANAT/district/Шиелі\tAMANAT/oblast/Қызылорда");
        // A village keeps the spelling the text gives it.
        let f = facts(
            "Әкім\n\nЕңбекшіқазақ ауданының Байтерек ауылдық округінде округ әкімі болып Дәулет Сапаров сайланды.\n",
        );
        assert_has(&f, "holds\tДәулет Сапаров\takim\tgov/rural/Байтерек\tcurrent");
    }

    #[test]
    fn a_given_name_spelled_two_ways_finds_its_patronymic_form() {
        let f = facts(
            "Төраға\n\nФилиал төрағасы лауазымына Нурлан Бекмурзиннің кандидатурасы ұсынылды. Делегаттар бірауыздан \
             қолдады. Кейін Нұрлан Бекмұрзин сөз алды. Нұрлан Серікұлы делегаттарға алғыс айтты.\n",
        );
        // (The spelling without Kazakh letters is another way the text names him.)
        assert_has(&f, "alias\tНұрлан Бекмұрзин\tНурлан Бекмурзин");
        assert_has(&f, "alias\tНұрлан Бекмұрзин\tНұрлан Серікұлы");
        assert_lacks(&f, "person\tНұрлан Серікұлы");
    }

    #[test]
    fn ol_after_a_candidacy_proposed_is_the_candidate() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Қармақшы аудандық филиалының конференциясы өтті. Филиалды басқарған Болат \
             Сейітов басқа қызметке ауысты. Филиал төрағасы лауазымына Ерлан Досжановтың кандидатурасы ұсынылды. Ол \
             бұған дейін аудан әкімінің орынбасары қызметін атқарған. Дауыс беру қорытындысы бойынша Ерлан Досжанов \
             филиал төрағасы болып сайланды.\n",
        );
        assert_has(&f, "holds\tЕрлан Досжанов\tdeputy_akim\tgov/district/Қармақшы\tformer");
        assert_lacks(&f, "holds\tБолат Сейітов\tdeputy_akim\tgov/district/Қармақшы\tformer");
    }

    #[test]
    fn a_participle_of_holding_reaches_a_long_name_of_the_event() {
        let f = facts(
            "Конференция\n\nКеше аудандық мәдениет үйінде өткен «AMANAT» партиясы Жарма аудандық филиалының XXX есеп \
             беру-сайлау конференциясының делегаттары көп мәселені талқылады.\n",
        );
        assert_has(&f, "event\tconference@AMANAT/district/Жарма");
        assert_has(&f, "event_attr\tconference@AMANAT/district/Жарма\tordinal\t30");
    }

    #[test]
    fn partisans_gathered_for_a_conference_held_it() {
        let f = facts("Конференция\n\nЖарма ауданындағы партиялықтар кеше кезектен тыс конференцияға жиналды.\n");
        assert_has(&f, "event\tconference@AMANAT/district/Жарма");
    }

    #[test]
    fn a_gathering_its_chairman_chaired_after_the_conference_is_the_conference() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Жарма аудандық филиалының конференциясы өтті. Аудан әкімі, партия \
             филиалының төрағасы Нұрлан Сейітовтың төрағалығымен өткен жиынға 90 делегат қатысты. Қонақтар \
             арасында облыстық филиал төрағасының орынбасары Ерлан Омаров болды.\n",
        );
        assert_lacks(&f, "event\tmeeting@AMANAT/district/Жарма");
        assert_has(&f, "participant\tНұрлан Сейітов\tchair\tconference@AMANAT/district/Жарма");
        // Among the guests.
        assert_has(&f, "participant\tЕрлан Омаров\tguest\tconference@AMANAT/district/Жарма");
    }

    #[test]
    fn one_who_led_a_branch_until_now_and_was_appointed_elsewhere_led_it_before() {
        let f = facts(
            "Конференция\n\nОсы уақытқа дейін «AMANAT» партиясы Жарма аудандық филиалын басқарып келген Арман Бекетов \
             жақында партияның облыстық филиалының атқарушы хатшысы болып тағайындалған еді.\n",
        );
        assert_has(&f, "holds\tАрман Бекетов\tchairman\tAMANAT/district/Жарма\tformer");
        assert_lacks(&f, "holds\tАрман Бекетов\tchairman\tAMANAT/district/Жарма\tcurrent");
    }

    #[test]
    fn words_run_together_by_a_lost_space_are_read_apart() {
        let f = facts(
            "Конференция\n\nБүгін «AMANAT» партиясы Арыс қалалық филиалының кезектен тыс өткенконференциясында қала \
             әкімі Мұрат Сәрсенов қалалықфилиал төрағасы болыпсайланды.\n",
        );
        assert_has(&f, "event\tconference@AMANAT/city/Арыс");
        assert_has(&f, "event_attr\tconference@AMANAT/city/Арыс\textraordinary\tyes");
        assert_has(&f, "elected\tМұрат Сәрсенов\tchairman\tAMANAT/city/Арыс");
    }

    #[test]
    fn members_named_after_the_council_was_composed_are_elected_to_it() {
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Жарма аудандық филиалының конференциясы өтті. Делегаттар Саяси кеңестің \
             25 адамнан тұратын жаңа құрамын бекітті. Оның құрамына Ерлан Сапаров, Гүлнар Омарова және басқалар \
             сайланды.\n",
        );
        assert_has(&f, "elected\tЕрлан Сапаров\tpolitical_council_member\tAMANAT/district/Жарма");
        assert_has(&f, "holds\tГүлнар Омарова\tpolitical_council_member\tAMANAT/district/Жарма\tcurrent");
        let f = facts(
            "Конференция\n\n«AMANAT» партиясы Жарма аудандық филиалының конференциясы өтті. Саяси кеңестің 29 адамнан \
             тұратын жаңа құрамы сайланды. Оның қатарында Д.Жұматаев және аудан әкімінің орынбасары Бағдат Ермеков бар.\n",
        );
        assert_has(&f, "elected\tБағдат Ермеков\tpolitical_council_member\tAMANAT/district/Жарма");
        assert_has(&f, "elected\tД.Жұматаев\tpolitical_council_member\tAMANAT/district/Жарма");
    }

    #[test]
    fn an_akims_report_meeting_by_the_genitive_and_an_akimats_forum_are_theirs() {
        let f = facts(
            "Есеп\n\nАудандық мәдениет үйінде Жуалы ауданының әкімі Бақыт Сейітовтің тұрғындармен есептік кездесуі \
             өтті. Жиынға «AMANAT» партиясы Жамбыл облыстық филиалы төрағасының орынбасары Жанар Омарова қатысты.\n",
        );
        assert_has(&f, "event\tmeeting@gov/district/Жуалы");
        assert_has(&f, "participant\tЖанар Омарова\tguest\tmeeting@gov/district/Жуалы");
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Жамбыл");
        let f = facts(
            "Форум\n\nАбай облысы әкімдігінің ұйымдастыруымен өңірлік жастар форумы өтті. Форумға «AMANAT» партиясы \
             Абай облыстық филиалының атқарушы хатшысы Ерлан Сапаров қатысты.\n",
        );
        assert_has(&f, "event\tmeeting@gov/oblast/Абай");
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Абай");
    }

    #[test]
    fn a_trip_through_several_districts_is_a_visit_to_each_with_its_visitors_and_guests() {
        let f = facts(
            "Сапар\n\nКеше «AMANAT» партиясының Хатшысы Ерлан Сапаров Жамбыл облысының Шу және Мойынқұм аудандарында \
             жұмыс сапарымен болды. Сапарға партияның облыстық филиалының төрағасы Асқар Бекетов қатысты. Сапардың \
             алғашқы нүктесі – Шу ауданы. Мұнда қонақтарды аудан әкімі Бақыт Омаров қарсы алды. Түстен кейін партия \
             хатшысы Мойынқұм ауданына жол тартты. Келесі аптада ол Талас ауданына барып, активпен кездеседі.\n",
        );
        for district in ["Шу", "Мойынқұм"] {
            assert_has(&f, &format!("event\tvisit@AMANAT/district/{district}"));
            assert_has(&f, &format!("participant\tЕрлан Сапаров\tvisitor\tvisit@AMANAT/district/{district}"));
            assert_has(&f, &format!("participant\tАсқар Бекетов\tguest\tvisit@AMANAT/district/{district}"));
        }
        assert_has(&f, "participant\tБақыт Омаров\thost\tvisit@AMANAT/district/Шу");
        assert_lacks(&f, "event\tvisit@AMANAT/district/Талас");
    }

    #[test]
    fn an_adverbial_opening_a_sentence_is_no_part_of_the_name_after_it() {
        let f = facts(
            "Сайлау\n\n«AMANAT» партиясы Іле аудандық филиалының конференциясы өтті. Нәтижесінде Мадина Кенжебаева \
             аудандық филиал төрағасының орынбасары болып сайланды.\n",
        );
        assert_has(&f, "elected\tМадина Кенжебаева\tdeputy_chairman\tAMANAT/district/Іле");
        assert_lacks(&f, "person\tНәтижесінде Мадина");
    }

    #[test]
    fn a_visitors_meeting_on_the_trip_is_the_visit() {
        let f = facts(
            "Сапар\n\nКербұлақ ауданына жұмыс сапарымен келген «AMANAT» партиясы Жетісу облыстық филиалының төрағасы \
             Ержан Омаров алғашқы кездесуін аудан әкімдігінде өткізді.\n",
        );
        assert_has(&f, "participant\tЕржан Омаров\tvisitor\tvisit@AMANAT/district/Кербұлақ");
        assert_lacks(&f, "event\tmeeting@AMANAT/oblast/Жетісу");
    }

    #[test]
    fn a_deputy_at_a_branch_within_a_trip_visits_it() {
        let f = facts(
            "Сапар\n\nМәжіліс депутаты Ғалия Серікова өңірлік сапары аясында «AMANAT» партиясының Целиноград аудандық \
             филиалында болды. Депутатты филиал төрағасы Әділет Жұмабаев қарсы алды.\n",
        );
        assert_has(&f, "participant\tҒалия Серікова\tvisitor\tvisit@AMANAT/district/Целиноград");
        assert_has(&f, "participant\tӘділет Жұмабаев\thost\tvisit@AMANAT/district/Целиноград");
    }

    #[test]
    fn a_primary_that_held_its_meeting_as_the_subject_owns_it() {
        let f = facts(
            "Жиналыс\n\nМұғалжар ауданындағы «Ембі Құрылыс» серіктестігінде құрылған «AMANAT» партиясының бастауыш \
             ұйымы кеше кезекті жиналысын өткізді. Жиналысты бастауыш ұйымның төрағасы Сәуле Бекова жүргізді.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/primary/Ембі Құрылыс");
        assert_has(&f, "holds\tСәуле Бекова\tchairman\tAMANAT/primary/Ембі Құрылыс\tcurrent");
        assert_has(&f, "participant\tСәуле Бекова\tmoderator\tmeeting@AMANAT/primary/Ембі Құрылыс");
    }

    #[test]
    fn a_maslikhat_session_held_in_a_named_town_took_place() {
        let f = facts(
            "Сессия\n\nҰлытау облыстық мәслихатының бірінші сессиясы Жезқазған қаласында өтті. Сессияға облыс әкімі \
             Бақытжан Сейітов қатысты.\n",
        );
        assert_has(&f, "event\tcouncil_session@maslikhat/oblast/Ұлытау");
        assert_has(&f, "participant\tБақытжан Сейітов\tguest\tcouncil_session@maslikhat/oblast/Ұлытау");
    }

    #[test]
    fn a_conference_still_ahead_lends_nothing_to_the_past_one_of_its_branch() {
        let f = facts(
            "Турнир\n\nБұл шешім 2019 жылы өткен «AMANAT» партиясы Байзақ аудандық филиалының есеп беру-сайлау \
             конференциясында қабылданған. Желтоқсанда аудандық филиалдың кезектен тыс конференциясы өтеді.\n",
        );
        assert_has(&f, "event\tconference@AMANAT/district/Байзақ");
        assert_lacks(&f, "event_attr\tconference@AMANAT/district/Байзақ\textraordinary\tyes");
    }

    #[test]
    fn deputies_told_as_results_of_a_vote() {
        let f = facts(
            "Сайлау қорытындысы\n\nАбай облыстық мәслихатына сайланған 30 депутаттың 19-ы – партия өкілдері. \
             Партиялық тізіммен депутат болып сайланғандар қатарында Аягөз аудандық мәслихатының бұрынғы хатшысы \
             Нұрлан Сейітқали мен мұғалім Әйгерім Жанатова бар. № 4 бір мандатты сайлау округінде партия ұсынған \
             Бауыржан Темірханов жеңіске жетті. Ал № 9 округте ұсынылған Серік Әлиев аз дауыс жинады.\n",
        );
        assert_has(&f, "elected\tНұрлан Сейітқали\tdeputy\tmaslikhat/oblast/Абай");
        assert_has(&f, "elected\tӘйгерім Жанатова\tdeputy\tmaslikhat/oblast/Абай");
        assert_has(&f, "elected\tБауыржан Темірханов\tdeputy\tmaslikhat/oblast/Абай");
        assert_lacks(&f, "elected\tСерік Әлиев\tdeputy\tmaslikhat/oblast/Абай");
        assert_lacks(&f, "elected\tНұрлан Сейітқали\tdeputy\tmaslikhat/district/Аягөз");
    }

    #[test]
    fn a_seat_won_beside_a_mazhilis_seat_is_the_mazhilis() {
        let f = facts(
            "Нәтиже\n\nОблыстағы №12 округ бойынша Тимур Қасенов Мәжіліс депутаты болып сайланса, №13 сайлау округінде \
             өзін-өзі ұсынған Мирас Бекболатов жеңіске жетті.\n",
        );
        assert_has(&f, "elected\tМирас Бекболатов\tdeputy\tparliament/Мәжіліс");
    }

    #[test]
    fn a_primary_told_by_where_it_sits_before_the_partys_name_and_an_akimats() {
        let f = facts(
            "Жиналыс\n\nОралдағы Абай атындағы мектеп-лицейде «AMANAT» партиясының бастауыш партия ұйымы есеп \
             беру-сайлау жиналысын өткізді. Ұйымның төрағасы Нұрлан Сағиев есеп берді.\n",
        );
        let p = "AMANAT/primary/Абай атындағы мектеп-лицей";
        assert_has(&f, &format!("event\tmeeting@{p}"));
        assert_has(&f, &format!("holds\tНұрлан Сағиев\tchairman\t{p}\tcurrent"));
        let f = facts(
            "Жиналыс\n\nТалдықорған қаласы әкімдігінің бастауыш партия ұйымы жаңа төрағасын сайлады. Есеп \
             беру-сайлау жиналысы әкімдіктің мәжіліс залында өтті. Жиналысқа қалалық филиалдың атқарушы хатшысы \
             Айдос Бекенов қатысты.\n",
        );
        let p = "AMANAT/primary/Талдықорған қаласы әкімдігі";
        assert_has(&f, &format!("event\tmeeting@{p}"));
        assert_has(&f, &format!("participant\tАйдос Бекенов\tguest\tmeeting@{p}"));
    }

    #[test]
    fn trip_stops_told_as_a_stop_that_was_a_trip_going_on_and_a_turn() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Жамбыл облыстық филиалының төрағасы Ерлан Досжанов Байзақ, Жуалы және Т.Рысқұлов \
             аудандарына іссапармен барды. Сапардың алғашқы аялдамасы Байзақ ауданындағы Сарыкемер ауылы болды. Мұнда \
             оны аудандық филиалдың төрағасы Нұржан Әлібеков қарсы алды. Түстен кейін сапар Жуалы ауданында жалғасты. \
             Күн соңында Е.Досжанов Т.Рысқұлов ауданына ат басын бұрды.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/district/Байзақ");
        assert_has(&f, "event\tvisit@AMANAT/district/Жуалы");
        assert_has(&f, "participant\tЕрлан Досжанов\tvisitor\tvisit@AMANAT/district/Байзақ");
        assert_has(&f, "participant\tНұржан Әлібеков\thost\tvisit@AMANAT/district/Байзақ");
    }

    #[test]
    fn a_stop_told_by_the_town_where_hosts_met_the_guests() {
        let f = facts(
            "Сапар\n\nМәжіліс депутаты Әлия Сейілова Арқалық қаласы мен Амангелді ауданына іссапармен барды. \
             Арқалықта қонақтарды қала әкімі Бауыржан Ерғалиев күтіп алды. Келесі күні сапар Амангелді ауданында \
             жалғасты.\n",
        );
        assert_has(&f, "event\tvisit@AMANAT/city/Арқалық");
        assert_has(&f, "participant\tБауыржан Ерғалиев\thost\tvisit@AMANAT/city/Арқалық");
        assert_has(&f, "participant\tӘлия Сейілова\tvisitor\tvisit@AMANAT/city/Арқалық");
        assert_lacks(&f, "participant\tБауыржан Ерғалиев\tvisitor\tvisit@AMANAT/city/Арқалық");
    }

    #[test]
    fn a_title_set_off_by_commas_after_a_name_and_the_capitals_branch() {
        let f = facts(
            "Дебат\n\n«Пікірсайыстар әр ауданда өтеді», – деді Айдар Мұратов, «AMANAT» партиясы елордалық филиал \
             төрағасының бірінші орынбасары. Жиынға Гүлмира Оспанова, Астана қалалық мәслихатының хатшысы, қатысты.\n",
        );
        assert_has(&f, "holds\tАйдар Мұратов\tfirst_deputy_chairman\tAMANAT/city/Астана\tcurrent");
        assert_has(&f, "holds\tГүлмира Оспанова\tsecretary\tmaslikhat/city/Астана\tcurrent");
    }

    #[test]
    fn a_pair_of_names_with_a_plural_surname_and_a_street_named_after_someone() {
        let f = facts(
            "Қабылдау\n\nҚабылдауға келген Ерлан Сапаров пен Нұрлан Әбдіхалықовтар Қ.Сәтбаев көшесіне жарық орнатуды \
             сұрады.\n",
        );
        assert_has(&f, "person\tНұрлан Әбдіхалықов");
        assert_lacks(&f, "person\tНұрлан Әбдіхалықовтар");
        assert_lacks(&f, "person\tҚ.Сәтбаев");
    }

    #[test]
    fn posts_told_in_the_present_and_a_surname_before_a_bodys_words() {
        let f = facts(
            "Брифинг\n\nТараз қалалық филиалында брифинг өтті. Самат Ерланов қалалық мәслихаттағы «AMANAT» фракциясын \
             басқарады, ал Динара Құлова филиалдың атқарушы хатшысы қызметінде. Бекзат Оралов Тараз қалалық жастар \
             орталығының директоры қызметін атқарады.\n",
        );
        assert_has(&f, "holds\tСамат Ерланов\tfaction_leader\tmaslikhat/city/Тараз\tcurrent");
        assert_has(&f, "holds\tДинара Құлова\texecutive_secretary\tAMANAT/city/Тараз\tcurrent");
        assert_lacks(&f, "holds\tСамат Ерланов\tfaction_leader\tmaslikhat/city/Тараз\tformer");
        let f = facts("Жиын\n\nЖиынға Сәуле Ахметова келді. Бекзат Оралов облыстық жастар орталығының директоры қызметін атқарады.\n");
        assert!(!f.iter().any(|l| l.contains("Оралов облыстық")), "{f:?}");
    }

    #[test]
    fn those_among_the_invited_were_guests() {
        let f = facts(
            "Дөңгелек үстел\n\nЖетісу облыстық филиалында дөңгелек үстел өтті. Талқылауға арнайы шақырылғандар \
             қатарында Айгерім Сапарова мен Бауыржан Ердәулетов болды.\n",
        );
        assert_has(&f, "participant\tАйгерім Сапарова\tguest\tmeeting@AMANAT/oblast/Жетісу");
        assert_has(&f, "participant\tБауыржан Ердәулетов\tguest\tmeeting@AMANAT/oblast/Жетісу");
    }

    #[test]
    fn each_of_those_a_visitor_met_listed_in_the_instrumental_hosted() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Төрағасының орынбасары Ерлан Қожахметов Жамбыл облысына жұмыс сапарымен келді. \
             Алдымен ол облыс әкімі Нұржан Сейілбековпен және облыстық филиалдың төрағасы Асқар Бекмұратовпен жүздесті.\n",
        );
        assert_has(&f, "participant\tНұржан Сейілбеков\thost\tvisit@AMANAT/oblast/Жамбыл");
        assert_has(&f, "participant\tАсқар Бекмұратов\thost\tvisit@AMANAT/oblast/Жамбыл");
    }

    #[test]
    fn a_maslikhat_session_with_its_convocation_between() {
        let f = facts(
            "Сессия\n\nҚармақшы аудандық мәслихатының VIII шақырылымының кезектен тыс XII сессиясы болды. Сессияға мәслихат \
             депутаты Нұрлан Бекетов төрағалық етті.\n",
        );
        assert_has(&f, "event\tcouncil_session@maslikhat/district/Қармақшы");
        assert_has(&f, "event_attr\tcouncil_session@maslikhat/district/Қармақшы\tordinal\t12");
        assert_has(&f, "participant\tНұрлан Бекетов\tchair\tcouncil_session@maslikhat/district/Қармақшы");
    }

    #[test]
    fn one_elected_to_the_bureau_in_the_active_voice() {
        let f = facts(
            "Кеңес\n\nПавлодар облыстық филиалының Саяси кеңесінің отырысы өтті. Саяси кеңес мүшелері филиалдың атқарушы \
             хатшысы Дәурен Мұқашевті Саяси кеңес Бюросының құрамына бірауыздан сайлады.\n",
        );
        assert_has(&f, "elected\tДәурен Мұқашев\tbureau_member\tAMANAT/oblast/Павлодар");
    }

    #[test]
    fn a_rural_akim_where_the_visitor_came_told_in_the_locative() {
        let f = facts("Сапар\n\nАудан әкімі Ержан Бекбосынов ауылдарды аралады. Таскескенде аудан әкімін округ әкімі Гүлжан Тоқтарова күтіп алды.\n");
        assert_has(&f, "holds\tГүлжан Тоқтарова\takim\tgov/rural/Таскескен\tcurrent");
        let f = facts(
            "Сапар\n\nАудан әкімі Арман Бейсембаев Алтынкөл және Қарабұлақ ауылдық округтерінде болды. Шекаралас \
             Алтынкөл ауылында қонақтарды ауылдық округтің әкімі Нұрлан Қайыржанов қарсы алды.\n",
        );
        assert_has(&f, "holds\tНұрлан Қайыржанов\takim\tgov/rural/Алтынкөл\tcurrent");
    }

    #[test]
    fn the_elected_listed_after_the_seats_and_ol_after_a_candidacy_proposed() {
        let f = facts(
            "Сессия\n\nЖетісу облыстық мәслихатының бірінші сессиясы өтті. Облыстық мәслихатқа барлығы 30 депутат \
             сайланды. Партия тізім бойынша 12 мандат алды. Сайланғандар қатарында мұғалім Аружан Сәтбаева мен \
             фермер Ерлан Құдайбергенов бар.\n\nФракция бұл қызметке депутат Дархан Омаровтың кандидатурасын ұсынды. \
             Ол бұған дейін Текелі қалалық мәслихатының хатшысы қызметін атқарған.\n",
        );
        assert_has(&f, "elected\tАружан Сәтбаева\tdeputy\tmaslikhat/oblast/Жетісу");
        assert_has(&f, "elected\tЕрлан Құдайбергенов\tdeputy\tmaslikhat/oblast/Жетісу");
        assert_has(&f, "holds\tДархан Омаров\tsecretary\tmaslikhat/city/Текелі\tformer");
        assert_lacks(&f, "holds\tЕрлан Құдайбергенов\tsecretary\tmaslikhat/city/Текелі\tformer");
    }

    #[test]
    fn a_mandate_got_in_an_okrug_and_one_among_the_elected_described_after() {
        let f = facts(
            "Сайлау\n\nБайзақ аудандық мәслихатына 25 депутат сайланды. №5 округте дәрігер Сәуле Әлімжанова депутаттық \
             мандат алды. Сайланғандар қатарында кәсіпкер Мирас Тоқтаров та бар, ол – мәслихаттың ең жас депутаты.\n",
        );
        assert_has(&f, "elected\tСәуле Әлімжанова\tdeputy\tmaslikhat/district/Байзақ");
        assert_has(&f, "elected\tМирас Тоқтаров\tdeputy\tmaslikhat/district/Байзақ");
    }

    #[test]
    fn an_activists_gathering_on_a_visit_told_with_its_venue_is_its_own() {
        let f = facts(
            "Сапар\n\nПартия Хатшысы Ерлан Сейітов Жамбыл облысына жұмыс сапарымен келді. Сапардың негізгі бөлігі – \
             облыстық партия активінің жиыны облыстық филармонияның залында өтті. Жиынға облыстық филиалдың \
             төрағасы Асқар Бекмұратов қатысты.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Жамбыл");
        assert_has(&f, "participant\tАсқар Бекмұратов\tguest\tmeeting@AMANAT/oblast/Жамбыл");
    }

    #[test]
    fn one_who_accompanied_the_visitors_is_a_visitor() {
        let f = facts(
            "Сапар\n\nМәжіліс депутаты Айжан Бекова Бейнеу ауданына іссапармен барды. Сапар барысында оны облыстық \
             филиалдың төрағасы Нұрлан Жаңабаев сүйемелдеді.\n",
        );
        assert_has(&f, "participant\tНұрлан Жаңабаев\tvisitor\tvisit@AMANAT/district/Бейнеу");
    }

    #[test]
    fn one_who_conducted_a_briefing_moderated_it() {
        let f = facts("Брифинг\n\nТараз қалалық филиалында брифинг өтті. Брифингті филиалдың атқарушы хатшысы Ерлан Сапаров жүргізді.\n");
        assert_has(&f, "participant\tЕрлан Сапаров\tmoderator\tmeeting@AMANAT/city/Тараз");
    }

    #[test]
    fn one_expected_to_attend_did_not_and_a_russian_patronymic_in_ich() {
        let f = facts(
            "Брифинг\n\nШымкент қалалық филиалында брифинг өтті. Ал келесі аптада дөңгелек үстел өтеді. Оған палата \
             директоры Бауыржан Өсербаев қатысады деп күтілуде.\n\nБрифингке серіктестіктің директоры Виктор Ильич \
             Макаренко қатысты.\n",
        );
        assert_lacks(&f, "participant\tБауыржан Өсербаев\tguest\tmeeting@AMANAT/city/Шымкент");
        assert_lacks(&f, "participant\tБауыржан Өсербаев\tspeaker\tmeeting@AMANAT/city/Шымкент");
        assert_has(&f, "alias\tВиктор Макаренко\tВиктор Ильич");
    }

    #[test]
    fn one_who_gave_advice_at_a_reception_spoke() {
        let f = facts(
            "Қабылдау\n\nЖаңақорған аудандық филиалында қабылдау күні өтті. Тұрғындарды облыстық мәслихат депутаты Сәуле \
             Оспанова қабылдады. Сәуле Оспанова жастарға оқу курстары туралы кеңес берді.\n",
        );
        assert_has(&f, "participant\tСәуле Оспанова\tspeaker\tmeeting@AMANAT/district/Жаңақорған");
    }

    #[test]
    fn the_members_of_a_visiting_delegation_are_visitors() {
        let f = facts(
            "Сапар\n\n«AMANAT» партиясы Павлодар қалалық филиалының төрағасы Ерлан Нұрланов бастаған делегация «Кенді \
             Су» серіктестігіне барып, ұжыммен кездесті. Делегация құрамында қалалық мәслихаттың хатшысы Айдос \
             Бекенов және филиалдың атқарушы хатшысы Гүлнара Сейітова болды.\n",
        );
        assert_has(&f, "participant\tАйдос Бекенов\tvisitor\tvisit@org/Кенді Су");
        assert_has(&f, "participant\tГүлнара Сейітова\tvisitor\tvisit@org/Кенді Су");
    }

    #[test]
    fn a_deputy_whose_powers_ended_early_was_a_deputy() {
        let f = facts(
            "Фракция\n\nТараз қалалық мәслихатындағы «AMANAT» фракциясының отырысы өтті. Фракцияны бұрын басқарған \
             Ерлан Сапаров әкімнің орынбасары болып тағайындалуына байланысты депутаттық өкілеттігін мерзімінен бұрын \
             тоқтатқан болатын.\n",
        );
        assert_has(&f, "holds\tЕрлан Сапаров\tdeputy\tmaslikhat/city/Тараз\tformer");
    }

    #[test]
    fn the_one_whose_powers_the_deputies_ended_left_his_post() {
        let f = facts(
            "Сессия\n\nТалғар аудандық мәслихатының кезектен тыс сессиясы өтті. Депутаттар мәслихат хатшысы Асқар \
             Бөлекбаевтың өкілеттігін мерзімінен бұрын тоқтату туралы шешім қабылдады.\n",
        );
        assert_has(&f, "holds\tАсқар Бөлекбаев\tsecretary\tmaslikhat/district/Талғар\tformer");
        assert_lacks(&f, "holds\tАсқар Бөлекбаев\tsecretary\tmaslikhat/district/Талғар\tcurrent");
    }

    #[test]
    fn those_met_on_a_visit_who_speak_are_its_hosts() {
        let f = facts(
            "Кездесу\n\n«AMANAT» партиясы Павлодар қалалық филиалының төрағасы Ерлан Нұрланов бастаған делегация «Кенді \
             Су» серіктестігіне барып, ұжыммен кездесті. Ұжым атынан дәнекерші Самат Ермеков сөз алды.\n",
        );
        assert_has(&f, "participant\tСамат Ермеков\tspeaker\tvisit@org/Кенді Су");
        assert_has(&f, "participant\tСамат Ермеков\thost\tvisit@org/Кенді Су");
        assert_lacks(&f, "participant\tЕрлан Нұрланов\thost\tvisit@org/Кенді Су");
    }

    #[test]
    fn the_youth_wings_abbreviation_keeps_its_branch_apart_from_the_partys() {
        let f = facts("Жиын\n\nБасқосуда «Жас Отан» ЖҚ Павлодар облыстық филиалының төрайымы Әсел Нұрғалиева баяндама жасады.\n");
        assert_has(&f, "holds\tӘсел Нұрғалиева\tchairman\torg/Жас Отан Павлодар облыстық филиалы\tcurrent");
        assert_lacks(&f, "holds\tӘсел Нұрғалиева\tchairman\tAMANAT/oblast/Павлодар\tcurrent");
    }

    #[test]
    fn a_plural_title_over_listed_branches_gives_each_name_its_own() {
        let f = facts(
            "Кеңес\n\nАстанада партияның кеңесі өтті. Атырау, Маңғыстау және Ақтөбе облыстық филиалдарының төрағалары \
             Серік Жолдасов, Гүлнар Есенова және Мұрат Әлиев баяндама жасады.\n",
        );
        assert_has(&f, "holds\tСерік Жолдасов\tchairman\tAMANAT/oblast/Атырау\tcurrent");
        assert_has(&f, "holds\tГүлнар Есенова\tchairman\tAMANAT/oblast/Маңғыстау\tcurrent");
        assert_has(&f, "holds\tМұрат Әлиев\tchairman\tAMANAT/oblast/Ақтөбе\tcurrent");
        assert_lacks(&f, "holds\tСерік Жолдасов\tchairman\tAMANAT/oblast/Ақтөбе\tcurrent");
    }

    #[test]
    fn a_plenary_session_of_the_political_council_is_a_council_session() {
        let f = facts("Отырыс\n\nКеше партияның Орталық аппаратында Саяси кеңестің кеңейтілген пленарлық отырысы өтті.\n");
        assert_has(&f, "event\tcouncil_session@AMANAT/central");
        assert_lacks(&f, "event\tmeeting@AMANAT/central");
    }

    #[test]
    fn an_event_recalled_as_known_does_not_take_the_scene() {
        let f = facts(
            "Кездесу\n\nЖақында «AMANAT» партиясы Қарасу аудандық филиалының ұйымдастыруымен партия ардагерлерімен \
             кездесу өтті. Биылғы наурызда өткен партияның кезектен тыс съезінде партияның атауы өзгертілгені белгілі. \
             Кездесуді аудандық филиалдың атқарушы хатшысы Марат Сейітов жүргізді. Жиынға облыстық филиалдың \
             төрағасы Айбек Ерланов қатысты.\n",
        );
        assert_has(&f, "participant\tМарат Сейітов\tmoderator\tmeeting@AMANAT/district/Қарасу");
        assert_has(&f, "participant\tАйбек Ерланов\tguest\tmeeting@AMANAT/district/Қарасу");
        assert_has(&f, "event\tcongress@AMANAT/central");
        assert_lacks(&f, "participant\tМарат Сейітов\tmoderator\tcongress@AMANAT/central");
    }

    #[test]
    fn a_trip_that_ended_with_meeting_party_veterans_had_a_meeting_of_its_own() {
        let f = facts(
            "Сапар\n\nОблыстық филиал төрағасының бірінші орынбасары Болат Жантасов Арқалық қаласына келіп, қалалық \
             филиалдың жұмысымен танысты. Сапар қалалық ардагерлер кеңесінде өткен партия ардагерлерімен кездесумен \
             аяқталды. Жиынды кеңес төрағасы Мұрат Сейілов жүргізді.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/city/Арқалық");
        assert_has(&f, "participant\tМұрат Сейілов\tmoderator\tmeeting@AMANAT/city/Арқалық");
        assert_lacks(&f, "participant\tМұрат Сейілов\tmoderator\tvisit@AMANAT/city/Арқалық");
    }

    #[test]
    fn the_lines_of_a_biography_tell_posts_of_the_past() {
        let f = facts(
            "Төраға\n\nҚалалық филиал төрағасы болып Ерлан Жұмабеков сайланды.\n\nЕрлан Жұмабеков 1979 жылы Шу \
             ауданында туған. Кейін Меркі ауданы әкімінің орынбасары болды. Мойынқұм ауданының әкімі лауазымында \
             еңбек еткен.\n\nОл Байзақ ауданының әкімі, облыс әкімінің орынбасары лауазымдарында еңбек етті.\n",
        );
        assert_has(&f, "holds\tЕрлан Жұмабеков\tdeputy_akim\tgov/district/Меркі\tformer");
        assert_has(&f, "holds\tЕрлан Жұмабеков\takim\tgov/district/Мойынқұм\tformer");
        assert_has(&f, "holds\tЕрлан Жұмабеков\takim\tgov/district/Байзақ\tformer");
    }

    #[test]
    fn a_short_surname_declined_is_the_person_already_named() {
        let f = facts(
            "Кездесу\n\nҚалалық филиалда кездесу өтті. Жиынға серіктестік директоры Виктор Ли қатысты. Тұрғындар \
             Виктор Лиден жылу туралы сұрады.\n",
        );
        assert_lacks(&f, "person\tВиктор Лиден");
        assert_lacks(&f, "alias\tВиктор Ли\tВиктор Лиден");
        assert_has(&f, "person\tВиктор Ли");
    }

    #[test]
    fn the_members_of_a_presidium_told_the_sentence_after_chair() {
        let f = facts(
            "Конференция\n\nСәтбаев қалалық филиалының кезекті конференциясы өтті. Жиын жұмысын жүргізу үшін \
             төралқа сайланды. Оның құрамына филиалдың атқарушы хатшысы Айгерім Нұрова және қала әкімі Ерлан \
             Сәкенов енді.\n",
        );
        assert_has(&f, "participant\tАйгерім Нұрова\tchair\tconference@AMANAT/city/Сәтбаев");
        assert_has(&f, "participant\tЕрлан Сәкенов\tchair\tconference@AMANAT/city/Сәтбаев");
    }

    #[test]
    fn a_reception_day_at_the_branchs_reception_office_is_its_meeting() {
        let f = facts(
            "Қабылдау\n\n«AMANAT» партиясы Медеу аудандық филиалының қоғамдық қабылдамасында кезекті қабылдау күні \
             өтті. Оған қалалық мәслихаттың депутаты Гүлнұр Сапарова қатысты.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/district/Медеу");
        assert_has(&f, "participant\tГүлнұр Сапарова\tguest\tmeeting@AMANAT/district/Медеу");
    }

    #[test]
    fn the_partys_gathering_held_in_an_oblast_is_its_branchs_meeting() {
        let f = facts(
            "Форум\n\nҚостанай облысында «AMANAT» партиясының жеңімпаздар форумы өтті. Жиынға облыс әкімі Құмар \
             Ақсақалов қатысты.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/oblast/Қостанай");
        assert_has(&f, "participant\tҚұмар Ақсақалов\tguest\tmeeting@AMANAT/oblast/Қостанай");
        assert_lacks(&f, "event\tmeeting@AMANAT/central");
    }

    #[test]
    fn a_list_of_names_each_with_its_title_after_a_dash() {
        let f = facts(
            "Съезд\n\nСъезге облыстан қатысқан делегаттардың арасында Ділдә Есенова – Хромтау ауданының әкімі, Ғабит \
             Жұмағалиев – облыстық мәслихат депутаты және Айнұр Қосжанова – облыстық филиал төрағасының бірінші \
             орынбасары бар.\n",
        );
        assert_has(&f, "holds\tДілдә Есенова\takim\tgov/district/Хромтау\tcurrent");
        assert_has(&f, "holds\tҒабит Жұмағалиев\tdeputy\tmaslikhat/oblast/Ақтөбе\tcurrent");
        assert_has(&f, "holds\tАйнұр Қосжанова\tfirst_deputy_chairman\tAMANAT/oblast/Ақтөбе\tcurrent");
    }

    #[test]
    fn those_among_a_congresss_delegates_attended_it() {
        let f = facts(
            "Съезд\n\nАстанада «AMANAT» партиясының кезекті XXV съезі өтті. Съезге облыстан қатысқан делегаттардың \
             арасында Ділдә Есенова және Ғабит Жұмағалиев бар.\n",
        );
        assert_has(&f, "participant\tДілдә Есенова\tguest\tcongress@AMANAT/central");
        assert_has(&f, "participant\tҒабит Жұмағалиев\tguest\tcongress@AMANAT/central");
    }

    #[test]
    fn a_gathering_at_the_partys_central_office_in_the_capital_is_the_partys() {
        let f = facts(
            "Кеңес\n\n«AMANAT» партиясының Астанадағы Орталық аппаратында семинар-кеңес өтті. Жиынға партия \
             Төрағасының бірінші орынбасары Дархан Сейітов төрағалық етті.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/central");
        assert_has(&f, "participant\tДархан Сейітов\tchair\tmeeting@AMANAT/central");
    }

    #[test]
    fn a_republican_event_the_party_held_in_a_city_is_the_central_partys() {
        let f = facts(
            "Форум\n\n«AMANAT» партиясы Шымкент қаласында қоғамдық қабылдау жетекшілерінің республикалық форумын \
             өткізді. Форумды партия Хатшысы Гүлнар Тәжібаева ашып, сөз сөйледі.\n",
        );
        assert_has(&f, "event\tmeeting@AMANAT/central");
        assert_has(&f, "participant\tГүлнар Тәжібаева\tspeaker\tmeeting@AMANAT/central");
        assert_lacks(&f, "event\tmeeting@AMANAT/city/Шымкент");
    }

    #[test]
    fn the_one_a_body_appointed_in_anothers_place_holds_the_post() {
        let f = facts(
            "Бюро\n\nҚостанай облыстық филиалының бюро отырысы өтті. Меңдіқара аудандық филиал төрағасының бірінші \
             орынбасары Ержан Сабитов басқа жұмысқа ауысуына байланысты қызметінен босатылды. Бюро оның орнына Мақсат \
             Тілеубердинді тағайындады.\n",
        );
        assert_has(&f, "holds\tМақсат Тілеубердин\tfirst_deputy_chairman\tAMANAT/district/Меңдіқара\tcurrent");
        assert_has(&f, "holds\tЕржан Сабитов\tfirst_deputy_chairman\tAMANAT/district/Меңдіқара\tformer");
    }

    #[test]
    fn a_captions_one_name_owns_its_titles_whatever_words_open_them() {
        let f = facts(
            "Қоғам\n\nҰстаздар партияға мүше болды.\n\nГүлнар Сейітова, Қостанай қаласы мұғалімдерінің «Ұстаз» бастауыш \
             партиялық ұйымының төрайымы:\nБіз балаларға тәрбие береміз.\n",
        );
        assert_has(&f, "holds\tГүлнар Сейітова\tchairman\tAMANAT/primary/Ұстаз\tcurrent");
    }

    #[test]
    fn the_officer_in_brackets_after_a_primary_organisation_is_its() {
        let f = facts(
            "Байқау\n\nАқсу қалалық филиалының байқауында бірінші орынды «Ақсу ферроқорытпа зауыты» жанындағы \
             бастауыш партия ұйымы (төрағасы – Андрей Ким) иеленді.\n",
        );
        assert_has(&f, "holds\tАндрей Ким\tchairman\tAMANAT/primary/Ақсу ферроқорытпа зауыты\tcurrent");
    }

    #[test]
    fn one_who_had_held_a_post_and_was_appointed_elsewhere_left_it() {
        let f = facts(
            "Бюро\n\nҚостанай облыстық филиалының бюро отырысы өтті. Меңдіқара аудандық филиал төрағасының бірінші \
             орынбасары болып келген Ержан Сабитов жуырда аудан әкімінің орынбасары болып тағайындалды. Бюро оның \
             орнына Мақсат Тілеубердинді тағайындады.\n",
        );
        assert_has(&f, "holds\tЕржан Сабитов\tfirst_deputy_chairman\tAMANAT/district/Меңдіқара\tformer");
        assert_lacks(&f, "holds\tЕржан Сабитов\tfirst_deputy_chairman\tAMANAT/district/Меңдіқара\tcurrent");
        assert_has(&f, "holds\tМақсат Тілеубердин\tfirst_deputy_chairman\tAMANAT/district/Меңдіқара\tcurrent");
    }

    #[test]
    fn a_biographys_posts_told_with_the_evidential_past_or_in_the_post() {
        let f = facts(
            "Таныстыру\n\nҚалалық филиал төрағасының бірінші орынбасары болып Мирас Ахметжанов тағайындалды.\n\nМирас \
             Ахметжанов 1988 жылы Аягөз ауданында дүниеге келген. Бір шақырылым Аягөз аудандық мәслихатының депутаты \
             болған. Бұған дейін ол Аягөз ауданы әкімінің орынбасары лауазымында болды.\n",
        );
        assert_has(&f, "holds\tМирас Ахметжанов\tdeputy\tmaslikhat/district/Аягөз\tformer");
        assert_has(&f, "holds\tМирас Ахметжанов\tdeputy_akim\tgov/district/Аягөз\tformer");
    }

    #[test]
    fn where_a_biographys_university_is_does_not_say_which_city_is_meant() {
        let f = facts(
            "Конференция\n\nЖаңа төраға\n\nАйгерім Сәкенова 1987 жылы Текелі қаласында туған. Алматы қаласындағы Абай атындағы \
             Қазақ ұлттық педагогикалық университетін бітірген. Бұған дейін қалалық мәслихаттың депутаты болған.\n",
        );
        assert_lacks(&f, "holds\tАйгерім Сәкенова\tdeputy\tmaslikhat/city/Алматы\tformer");
        assert_has(&f, "holds\tАйгерім Сәкенова\tdeputy\tmaslikhat/city/Текелі\tformer");
    }
}
