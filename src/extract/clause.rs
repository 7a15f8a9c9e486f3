//! Triggers and the roles of actors around them.

use std::sync::Arc;

use chrono::Datelike;

use super::mentions::{span_text, Cast, Mention, MentionKind, Scanner};
use super::quotes::{self, quote_mask};
use super::words::*;
use super::Extraction;
use crate::articles::Article;
use crate::fasthash::FastSet;
use crate::lexicon::schema::VerdictUse;
use crate::lexicon::{token_bits, CompiledTrigger, Form, HeadForm, Lexicon, PatWord};
use crate::model::{ActorKind, DateSource, Event, Evidence, Precision, Relation, When};
use crate::text::{Sentence, Token};
use crate::time::{self, Tense};

/// A trigger found in a sentence: tokens `start..end`.
#[derive(Debug, Clone)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub trigger: usize,
    pub head: HeadForm,
    pub pair_only: bool,
    /// The token where the mention in the pattern's `@` starts.
    pub slot: Option<usize>,
}

/// Reads an article sentence by sentence, keeping the cast of actors.
pub struct Reader<'a> {
    lex: &'a Lexicon,
    article: &'a Article,
    cast: Cast,
    events: Vec<Event>,
    /// `DIPGRAPH_DEBUG` set: print mentions and triggers to stderr.
    debug: bool,
    /// The story's reference day: the last day the text fixed for an
    /// event. Later sentences that name no time happened then, not on the
    /// publication day ("On Monday, X arrived. The two leaders held talks.").
    reference: Option<chrono::NaiveDate>,
    /// `reference` as it stood before the sentence's events were read: "a
    /// day earlier" said once of two acts in one sentence counts from the
    /// same day for both, not from the first act's; and a sentence that
    /// moved no reference may set one from its time phrase alone.
    reference_before: Option<chrono::NaiveDate>,
    /// Where the time phrase that set `reference` starts, if one in the
    /// current sentence did.
    reference_by: Option<usize>,
    /// The months the sentence names with their year ("In late July last
    /// year ..."): a bare day of that month later in the sentence ("and on
    /// July 30 ECOWAS ...") is of that year.
    month_years: Vec<(u32, i32)>,
    /// The reference day was set by an event told in the past tense: a
    /// later sentence in the simple present ("Norway calls on ...") speaks
    /// of the publication day, not of that past day. A chronology told in
    /// the present ("April 23: India closes ...") keeps its day.
    reference_past: bool,
    /// The sentence that set the reference day, and whether the day lies
    /// more than a week before publication: a chronicle ("On Tuesday,
    /// January 16, Iran fired ... On Wednesday, Pakistan recalled ...")
    /// counts its bare weekdays from there for a few sentences.
    reference_at: usize,
    chronicle: bool,
    /// The day a heading line fixed ("Live updates - Monday, March 11"):
    /// a live blog's entries are told on it, whatever day an entry before
    /// went back to.
    heading_day: Option<chrono::NaiveDate>,
    /// The last calendar day the text wrote out ("on December 17 last
    /// year"), event or not, and its sentence: "That day Cuba freed ..."
    /// in the next sentence means that day.
    last_day: Option<(chrono::NaiveDate, usize)>,
    /// The past the story last moved to, well before publication ("In
    /// July 2019 Japan restricted exports"), and the sentence that named
    /// it: the undated past-tense sentences right after it, in the same
    /// paragraph, are still there ("Seoul called the measures
    /// retaliation").
    period: Option<(When, usize)>,
    /// The date the text last wrote or gave an event, with its precision,
    /// and its sentence: what "a month later" or "two years earlier" count
    /// from.
    last_told: Option<(When, usize)>,
    /// The index of the sentence that opened the current paragraph.
    paragraph_at: usize,
    /// The index of the sentence being read.
    sentence_index: usize,
    /// The year the text last named ("in 2021 ... In July that year").
    story_year: Option<i32>,
    /// The year the text last named outright, and where ("travelled to
    /// Pyongyang in April 1992 ... In July, Qian flew"): in a
    /// retrospective, a month with no year soon after is of that year.
    named_year_at: Option<(i32, usize)>,
    /// Whether the story is a retrospective, told in its own years: one
    /// that opens (in its first two sentences) on a full date two years or
    /// more before publication. Decided at the first year the text names.
    retrospective: Option<bool>,
    /// The day an anniversary piece goes back to ("A year ago today, five
    /// lorries rolled into Turkey"): the days and months it names after
    /// are of that time ("the earthquakes of February 6"), not of the
    /// year it was published in.
    anniversary: Option<chrono::NaiveDate>,
    /// The sentence that told the anniversary.
    anniversary_at: usize,
    /// The sentence's country adjectives outside mentions, with their
    /// countries in the cast (see `Scanner::adjectives`).
    adjectives: Vec<(usize, usize)>,
    /// The object of the sentence's last event with one, and where its
    /// trigger ended: ", signing a declaration" goes on with it.
    clause_object: Option<(usize, Vec<usize>)>,
    /// Acts told with an agent but no actor acted on ("Myanmar's military
    /// bombed a gathering"): their sentence, relation and agents, for
    /// "condemned the air strike" a sentence later.
    bare_acts: Vec<(usize, Relation, Vec<usize>)>,
    /// The state a disaster struck, once the article tells of one (see
    /// `note_disaster`).
    stricken: Option<usize>,
    /// A timeline's entry year ("2015 – In May, India and China agree
    /// ..."): the year and the sentence that opened with it. Its month and
    /// undated acts are of that year until the paragraph ends.
    entry_year: Option<(i32, usize)>,
    /// Plans and proposals whose owner was named ("the Egyptian plan",
    /// "Qatar's proposal"): their sentence and owners, for "rejected the
    /// plan" later.
    proposals: Vec<(usize, Vec<usize>)>,
    /// Sentences whose subject said something ("Blinken remarked that
    /// ..."): their index and that speaker, for "called the comment
    /// offensive" next, when the words made no event of ours.
    speakers: Vec<(usize, usize)>,
    /// This sentence's quotations read as their speaker's acts and
    /// attributed in the past ("," Scholz said"): token spans.
    performed_past: Vec<(usize, usize)>,
    /// Working buffers of one sentence, kept for the next.
    scratch: Scratch,
    /// The (source, target) pairs of the trigger being read (see
    /// [`Reader::analyse`]), kept for the next: a vector of its own was an
    /// allocation for every trigger that named its parties.
    pairs: Vec<(usize, usize)>,
    /// What every report from this article cites, made once: its id,
    /// title and url, and (by the sentence's span) the text of the last
    /// sentence that yielded an event. Each event used to own copies of
    /// all four; see [`Evidence`].
    cited: Cited,
}

/// See `Reader::cited`.
struct Cited {
    article: Arc<str>,
    title: Option<Arc<str>>,
    url: Option<Arc<str>>,
    sentence: Option<((usize, usize), Arc<str>)>,
}

/// Per-token working buffers of a sentence. Kept across sentences so that
/// each sentence does not allocate (and zero) its own: three zeroed
/// allocations per sentence were a few percent of extraction.
#[derive(Default)]
struct Scratch {
    /// The sentence's mentions (see [`Scanner::scan_into`]).
    mentions: Vec<Mention>,
    /// The actors the sentence's events have taken (see
    /// [`Reader::analyse`]), emptied for each sentence: a set of its own
    /// per sentence was an allocation and a few regrowths each.
    claimed: FastSet<usize>,
    /// Inside quotation marks (see [`quote_mask`]).
    quoted: Vec<bool>,
    triggers: TriggerScratch,
}

/// The buffers of [`Reader::find_triggers`].
#[derive(Default)]
struct TriggerScratch {
    /// Inside an actor name.
    named: Vec<bool>,
    /// Inside the name of a state (a pattern's gap may hold one used as a
    /// modifier: "froze US aid to").
    states: Vec<bool>,
    /// Where the longest mention starting at each token ends.
    ends: Vec<Option<usize>>,
    /// Words a trigger pattern may step over.
    skippable: Vec<bool>,
    /// Each token's [`token_bits`], 0 until a trigger head's window needs it.
    word_bits: Vec<u64>,
    /// The triggers found (the finder's result).
    found: Vec<Found>,
}

/// The [`token_bits`] of the `reach` tokens from `from`, filling `cache`
/// (one entry per token, 0 = not yet worked out) as it goes: only tokens
/// near a trigger head are ever looked at.
fn window_bits(toks: &[Token], cache: &mut [u64], from: usize, reach: usize) -> u64 {
    let to = (from + reach).min(toks.len());
    let mut bits = 0;
    for k in from.min(to)..to {
        if cache[k] == 0 {
            cache[k] = token_bits(toks[k].lower_str());
        }
        bits |= cache[k];
    }
    bits
}

/// Words before a noun that make it a plan or a possibility, not an act.
const IRREALIS_NOUN_MODIFIERS: &[&str] = &[
    "planned",
    "possible",
    "proposed",
    "potential",
    "upcoming",
    "expected",
    "future",
    "prospective",
    "mooted",
    "would-be",
    "hoped-for",
    "forthcoming",
    "scheduled",
    "rumoured",
    "rumored",
    "hypothetical",
    "any",
    "no",
    "without",
    "failed",
    "cancelled",
    "canceled",
    "postponed",
    "aborted",
];

/// Prepositions before a noun trigger after which the clause subject is
/// not its agent ("the anniversary of the invasion of Ukraine").
const NOUN_BLOCKING_PREPS: &[&str] = &[
    "of", "about", "over", "since", "despite", "than", "like", "without", "toward", "towards",
    "against", "by", "from", "with", "between", "among", "under",
];

/// Verbs that judge or discuss an act rather than do it: the noun after
/// them ("condemned the raid on Gaza") is someone else's act, so its agent
/// is not their subject. Stems; a form adds at most three letters.
const JUDGING_VERB_STEMS: &[&str] = &[
    "condemn",
    "denounc",
    // "blamed the attack on Assad's forces": not the blamer's attack.
    "blam",
    "criticis",
    "criticiz",
    "deplor",
    "welcom",
    "prais",
    "hail",
    "protest",
    "reject",
    "oppos",
    "support",
    "backed",
    "endors",
    "deny",
    "investigat",
    "decr",
    "slam",
    "blast",
    "regret",
    "mourn",
    "applaud",
    "commend",
    "lament",
    "discuss",
    "report",
    "confirm",
    "describ",
    "blam",
    "question",
    "dismiss",
    "rebuk",
    "assail",
    "lambast",
    "castigat",
    "recall",
    "remember",
    "deni",
    "reprov",
    "reproach",
    "censur",
    "upbraid",
    "excoriat",
    "berat",
    "chastis",
    "admonish",
];

/// Whether the words before `at` make it the content of hearsay: "denied
/// a newspaper report that Trump had spoken with Putin", "Reports
/// circulating on social media that Tinubu had met". A report confirmed
/// ("confirmed reports that") is told as fact.
fn hearsay_before(toks: &[Token], at: usize) -> bool {
    let Some(that) = (at.saturating_sub(12)..at)
        .rev()
        .take_while(|&k| !matches!(lw(toks, k), "." | ";" | ":"))
        .find(|&k| lw(toks, k) == "that")
    else {
        return false;
    };
    let Some(noun) = (that.saturating_sub(5)..that).rev().find(|&k| {
        matches!(
            lw(toks, k),
            "report"
                | "reports"
                | "rumour"
                | "rumours"
                | "rumor"
                | "rumors"
                | "speculation"
                | "accusations"
                | "allegations"
                | "suspicions"
        )
    }) else {
        return false;
    };
    // A noun, not "Reuters reports that": after a determiner or a word
    // that describes the report, or opening the sentence.
    let before = lw(toks, noun.wrapping_sub(1));
    let noun_use = noun == 0
        || matches!(
            before,
            "a" | "an"
                | "the"
                | "these"
                | "those"
                | "such"
                | "amid"
                | "over"
                | "unconfirmed"
                | "newspaper"
                | "media"
                | "press"
                | "news"
                | "earlier"
                | "recent"
                | "denied"
                | "dismissed"
                | "rejected"
                | "-"
                | "\u{2013}"
                | "\u{2014}"
                // "dismissed as 'fabricated' reports circulating that".
                | "'"
                | "\""
                | "\u{2019}"
                | "\u{201d}"
                | "fabricated"
                | "false"
                | "baseless"
                | "unfounded"
                | "unverified"
        )
        // "denied a Washington Post report that": a named outlet's report.
        || noun >= 2
            && toks[noun - 1].is_capitalized()
            && (noun.saturating_sub(4)..noun - 1).any(|k| {
                matches!(
                    lw(toks, k),
                    "a" | "an" | "the" | "denied" | "dismissed" | "rejected"
                )
            });
    noun_use
        && !(noun.saturating_sub(3)..noun).any(|k| {
            matches!(
                lw(toks, k),
                "confirmed" | "confirms" | "confirming" | "confirm"
            )
        })
}

/// Whether `w` is a form of a judging verb ([`JUDGING_VERB_STEMS`]).
fn judging_verb(w: &str) -> bool {
    JUDGING_VERB_STEMS
        .iter()
        .any(|s| w.starts_with(s) && w.len() <= s.len() + 3)
}

/// Whether `w` is a form of a verb that stops force ("suspended",
/// "halting", "froze", "ceasing"), by the lexicon's own inflection.
fn stopping_verb(w: &str) -> bool {
    static FORMS: std::sync::OnceLock<FastSet<String>> = std::sync::OnceLock::new();
    FORMS
        .get_or_init(|| {
            [
                "suspend", "halt", "stop", "end", "abandon", "shelve", "freeze", "pause", "cease",
            ]
            .iter()
            .flat_map(|v| crate::lexicon::inflect::verb_forms(v))
            .map(|(form, _)| form)
            .collect()
        })
        .contains(w)
}

/// Words that make a subject bearers of help: "a rescue team", "relief
/// flights", "medics" arriving somewhere bring aid.
const AID_BEARER_WORDS: &[&str] = &[
    "rescue",
    "rescuers",
    "relief",
    "aid",
    "humanitarian",
    "supplies",
    "medics",
    "firefighters",
    "firefighting",
    "search-and-rescue",
    "medicines",
    "assistance",
    "disaster",
];

/// Nouns that measure an act, so that "of" after them stays inside a
/// pattern's gap ("held two rounds of talks with").
const MEASURE_NOUNS: &[&str] = &[
    "hours",
    "minutes",
    "period",
    "hour",
    "days",
    "day",
    "weeks",
    "rounds",
    "round",
    "series",
    "set",
    "package",
    // "put the army on the highest level of combat readiness".
    "level",
    "raft",
    "number",
    "couple",
    "wave",
    "string",
    "slew",
    "batch",
    "spate",
    "flurry",
    "pair",
    "part",
    "some",
    "most",
    "all",
    "much",
    "half",
    "portion",
    "hundreds",
    "thousands",
    "dozens",
    "scores",
    "tens",
    "barrage",
    "barrages",
    "volley",
    "volleys",
    "salvo",
    "salvos",
    "swarm",
    // Kinds of the thing: "resumed processing some categories of visas".
    "categories",
    "category",
    "kinds",
    "types",
    "forms",
    "range",
    "variety",
    // Loads of goods: "sent 20 trucks of food and medicine to Sudan",
    // "delivered 40 tonnes of medical supplies to".
    "trucks",
    "truckloads",
    // ("flying two C-130s of relief goods", "sent three planes of").
    "planes",
    "aircraft",
    "flights",
    "convoys",
    "convoy",
    "boatloads",
    "lorries",
    "planeloads",
    "shiploads",
    "tonnes",
    "tons",
    "shipments",
    "shipment",
    "consignments",
    "consignment",
    "containers",
    "litres",
    "liters",
    "doses",
    "cargo",
];

/// Words that are prepositions or subordinating conjunctions ("since he
/// met", "after the two leaders met").
/// Kinds of venue a wording may step over with the place that names them
/// ("held talks at Baabda palace with").
const VENUE_NOUNS: &[&str] = &[
    "palace",
    "residence",
    "hotel",
    "airport",
    "headquarters",
    "compound",
];

const SUBORDINATORS: &[&str] = &[
    "since", "after", "before", "until", "as", "once", "when", "while",
];

/// Verbs that give the purpose of a call or a visit, not an act urged on
/// the one called ("called X to express condolences", "called on X to
/// discuss trade").
const CONTACT_PURPOSES: &[&str] = &[
    "express",
    "discuss",
    "congratulate",
    "offer",
    "convey",
    "thank",
    "inform",
    "wish",
    "extend",
    "brief",
    "assure",
    "reassure",
    "update",
    "apologise",
    "apologize",
    "condole",
    "exchange",
    "review",
    "coordinate",
    "present",
    "deliver",
    "pass",
    "share",
    "explain",
];

/// Place nouns after which "of" introduces the place ("the city of X").
const PLACE_NOUNS: &[&str] = &[
    "city",
    "capital",
    "town",
    "port",
    "region",
    "province",
    "island",
    "state",
    "republic",
    "kingdom",
    "village",
    "coast",
    "border",
    "territory",
    "enclave",
    "district",
    "county",
    "area",
    "governments",
    "government",
    "leaders",
    "leader",
    "officials",
    "delegation",
    "delegations",
    "representatives",
    "members",
    "heads",
    "president",
    "prime",
    "people",
    "foreign",
];

/// "of" at `k` after one of [`PLACE_NOUNS`] ("the Panjgur district of
/// Pakistan", "the breakaway region of Somaliland"): what follows names
/// the place, or whose the people are.
fn land_of(toks: &[Token], k: usize) -> bool {
    k > 0 && lw(toks, k) == "of" && PLACE_NOUNS.contains(&lw(toks, k - 1))
}

/// Whether `DIPGRAPH_DEBUG` is set, read once per process: a reader is made
/// for every article, and reading the environment takes a lock and a scan
/// of every variable.
fn debug_wanted() -> bool {
    static WANTED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *WANTED.get_or_init(|| std::env::var_os("DIPGRAPH_DEBUG").is_some())
}

/// Leaves [`Reader::analyse`] with no event from the trigger `f`. With
/// `DIPGRAPH_DEBUG` set it says where: a trigger that yields nothing is the
/// commonest question when a sentence is misread, and the line answers it.
macro_rules! no_event {
    ($f:expr) => {{
        if debug_wanted() {
            eprintln!(
                "   no event from trigger {}..{} (clause.rs:{})",
                $f.start,
                $f.end,
                line!()
            );
        }
        return;
    }};
}

impl<'a> Reader<'a> {
    pub fn new(lex: &'a Lexicon, article: &'a Article) -> Reader<'a> {
        Reader {
            lex,
            article,
            cast: Cast::default(),
            events: Vec::new(),
            debug: debug_wanted(),
            reference: None,
            reference_before: None,
            reference_by: None,
            month_years: Vec::new(),
            reference_past: false,
            reference_at: 0,
            last_day: None,
            chronicle: false,
            heading_day: None,
            period: None,
            last_told: None,
            paragraph_at: 0,
            sentence_index: 0,
            story_year: None,
            named_year_at: None,
            retrospective: None,
            anniversary: None,
            anniversary_at: 0,
            adjectives: Vec::new(),
            clause_object: None,
            bare_acts: Vec::new(),
            stricken: None,
            entry_year: None,
            proposals: Vec::new(),
            speakers: Vec::new(),
            performed_past: Vec::new(),
            scratch: Scratch::default(),
            pairs: Vec::new(),
            cited: Cited {
                article: article.id.as_str().into(),
                title: article.title.as_deref().map(Into::into),
                url: article.url.as_deref().map(Into::into),
                sentence: None,
            },
        }
    }

    pub fn finish(self) -> Extraction {
        let mut used: Vec<bool> = vec![false; self.cast.actors.len()];
        // The cast's own id index: every actor's id, each at its position
        // (the cast adds an actor only under an id it does not have yet).
        for e in &self.events {
            for id in [&e.source, &e.target] {
                if let Some(i) = self.cast.index_of(id) {
                    used[i] = true;
                }
            }
        }
        // The cast is done with: its actors move out rather than copy.
        let actors = self
            .cast
            .into_actors()
            .into_iter()
            .zip(used)
            .filter_map(|(a, u)| u.then_some(a))
            .collect();
        Extraction {
            actors,
            events: self.events,
        }
    }

    pub fn sentence(&mut self, s: &Sentence) {
        let toks = &s.tokens;
        if toks.is_empty() {
            return;
        }
        self.sentence_index = s.index;
        if s.paragraph_start {
            self.paragraph_at = s.index;
            self.cast.open_paragraph(toks);
        }
        self.cast.meet_narrator(toks, s.index);
        let scanner = Scanner {
            lex: self.lex,
            date: self.article.date,
            sentence: s.index,
        };
        // Put back at the end of the sentence, for the next one.
        let mut scratch = std::mem::take(&mut self.scratch);
        scanner.scan_into(toks, &mut self.cast, &mut scratch.mentions);
        self.cast.close_label(toks, &scratch.mentions);
        quote_mask(toks, &mut scratch.quoted);
        // ('"We condemn the attack," Scholz said': the quotation is read
        // as his act, its "we" as him.)
        let lex = self.lex;
        quotes::performatives(
            toks,
            &mut scratch.mentions,
            &mut scratch.quoted,
            &mut self.performed_past,
            |t| {
                lex.triggers_of_token(t)
                    .is_some_and(|cs| cs.iter().any(|c| c.head == HeadForm::Base))
            },
        );
        let mentions: &[Mention] = &scratch.mentions;
        let mut adjectives = std::mem::take(&mut self.adjectives);
        scanner.adjectives(toks, mentions, &mut self.cast, &mut adjectives);
        self.adjectives = adjectives;
        self.note_proposals(toks, mentions, s.index);
        self.note_disaster(toks, mentions);
        let quoted = &scratch.quoted;
        let mut times = time::find(toks);
        if let Some(y) = entry_year(toks) {
            self.entry_year = Some((y, s.index));
        }
        // A live blog's new entry is told on its own day, not on a day an
        // entry before it went back to ("13:05 - Background: ... on July
        // 28." then "13:40 - ASEAN leaders call on ..."), and so is a
        // digest's new item ("GEORGIA - EU leaders agreed ...").
        if s.paragraph_start && (clock_entry(toks) || digest_item(toks)) {
            self.reference = self.heading_day.filter(|_| clock_entry(toks));
            self.reference_past = false;
            self.chronicle = false;
        }
        // "QUITO, April 7 (Reuters) - ...": a dateline gives the filing day,
        // not the day of what the sentence reports.
        // A timeline's entry opens with its full date instead ("Nov. 8,
        // 2022 - Kristersson is hosted by Erdogan").
        if s.index == 0 {
            times.retain(|t| {
                // ("November 16 - Merkel calls Lukashenko": an entry too,
                // unless a wire's name follows as in "June 27 (Reuters) -".)
                let entry = t.start == 0
                    && (toks[t.start..t.end]
                        .iter()
                        .any(|x| x.text.len() == 4 && x.text.bytes().all(|b| b.is_ascii_digit()))
                        || lw(toks, t.end) != "(");
                entry
                    || !(t.start <= 6
                        && (t.end..(t.end + 5).min(toks.len())).any(|k| dash(&toks[k])))
            });
        }
        // "after the 2016 US election ... on November 17 that year": a year
        // written earlier in the sentence, even as a modifier, is the year
        // "that year" means.
        if let Some(first) = times.iter().find(|t| t.kind.from_story_year()) {
            let named = times
                .iter()
                .filter(|t| t.end <= first.start)
                .filter_map(|t| t.kind.named_year())
                .next_back()
                .or_else(|| {
                    toks[..first.start].iter().rev().find_map(|t| {
                        let y: i32 = t.text.parse().ok().filter(|_| t.text.len() == 4)?;
                        (1900..=2100).contains(&y).then_some(y)
                    })
                });
            if let Some(y) = named {
                self.story_year = Some(y);
            }
        }
        self.find_triggers(toks, mentions, quoted, &times, &mut scratch.triggers);
        let found: &[Found] = &scratch.triggers.found;
        if self.debug {
            eprintln!("[{}] {}", s.index, s.text(&self.article.text));
            for m in mentions {
                let names: Vec<&str> = m
                    .actors
                    .iter()
                    .map(|&a| self.cast.actors[a].name.as_str())
                    .collect();
                eprintln!(
                    "   mention {}..{} {:?} -> {:?}{}{}",
                    m.start,
                    m.end,
                    m.text(toks),
                    names,
                    if m.place { " place" } else { "" },
                    if m.possessive { " 's" } else { "" }
                );
            }
            for f in found {
                eprintln!(
                    "   trigger {}..{} {:?} <{}>{}",
                    f.start,
                    f.end,
                    span_text(toks, f.start, f.end),
                    self.lex.triggers[f.trigger].pattern,
                    if f.pair_only { " pair-only" } else { "" }
                );
            }
        }
        let claimed = &mut scratch.claimed;
        claimed.clear();
        let mut subjects_used: Vec<(usize, Vec<usize>)> = Vec::new();
        self.clause_object = None;
        let events_before = self.events.len();
        self.reference_before = self.reference;
        self.month_years.clear();
        if let Some(pubd) = self.article.date {
            for t in times.iter().filter(|t| !quoted[t.start]) {
                match t.kind {
                    time::TimeKind::MonthYear(y, m) => self.month_years.push((m, y)),
                    time::TimeKind::MonthInYear(m, _, off) => {
                        self.month_years.push((m, pubd.year() + off))
                    }
                    _ => {}
                }
            }
        }
        for f in found {
            self.analyse(s, mentions, &times, f, found, claimed, &mut subjects_used);
        }
        self.meeting_frame(toks, quoted, events_before);
        self.follow_suit(s, mentions, &times, quoted, events_before);
        self.visiting_guests(s, mentions, quoted, events_before);
        self.co_guests(toks, events_before);
        // A sentence that fixes a day without yielding an event still moves
        // the story on ("At the summit on Monday, Modi announced a plan.
        // Marape praised India."): its day becomes the reference.
        if self.events.len() == events_before && self.reference == self.reference_before {
            self.note_reference_day(toks, &times, quoted);
        }
        if let Some(y) = times
            .iter()
            .rev()
            .filter(|t| !quoted[t.start])
            .find_map(|t| t.kind.named_year())
        {
            self.story_year = Some(y);
            self.named_year_at = Some((y, s.index));
            // (Only a full date opens a retrospective: "On the morning of
            // August 24, 1992"; "the 2017 blockade" is background.)
            if self.retrospective.is_none() {
                let full_date = times.iter().any(|t| {
                    !quoted[t.start] && matches!(t.kind, time::TimeKind::Date(d) if d.year() == y)
                });
                let back = self.article.date.is_some_and(|p| y + 2 <= p.year());
                self.retrospective = Some(full_date && s.index <= 3 && back);
            }
        }
        if let (Some(pubd), Some(t)) = (
            self.article.date,
            times
                .iter()
                .find(|t| !quoted[t.start] && matches!(t.kind, time::TimeKind::DayMonthsBack(_))),
        ) {
            self.anniversary = time::resolve(t.kind, pubd, Tense::Past, "").date;
            self.anniversary_at = s.index;
        }
        if let Some(pubd) = self.article.date {
            // Not a deadline ("to leave Russia by February 7").
            let written = times
                .iter()
                .rev()
                .filter(|t| !quoted[t.start])
                .find_map(|t| {
                    if matches!(
                        word_before(toks, t.start),
                        "until" | "till" | "by" | "since" | "before"
                    ) {
                        return None;
                    }
                    if !matches!(
                        t.kind,
                        time::TimeKind::Date(_)
                            | time::TimeKind::MonthDay(..)
                            | time::TimeKind::MonthInYear(_, Some(_), _)
                    ) {
                        return None;
                    }
                    let w = time::resolve(t.kind, pubd, Tense::Past, "");
                    (w.precision == crate::model::Precision::Day)
                        .then_some(w.date)
                        .flatten()
                });
            if let Some(d) = written {
                self.last_day = Some((d, s.index));
            }
            self.note_period(toks, &times, quoted, pubd, s.index, events_before);
            // The sentence's last time phrase written outside quotes (not a
            // deadline or a start), else the date of its first event.
            let written = times
                .iter()
                .rev()
                .filter(|t| {
                    !quoted[t.start]
                        && !matches!(
                            word_before(toks, t.start),
                            "until" | "till" | "by" | "since" | "before"
                        )
                        && reduced_relative_time(toks, t).is_none()
                        && agent_participle_time(toks, t).is_none()
                })
                .find_map(|t| {
                    let w = if matches!(t.kind, time::TimeKind::Later(..)) {
                        self.events[events_before..]
                            .iter()
                            .find(|e| e.when.source == DateSource::Text)
                            .map(|e| e.when.clone())?
                    } else {
                        let anchor = self.anchor(t, pubd);
                        time::resolve(t.kind, anchor, Tense::Past, "")
                    };
                    w.date.is_some().then_some(w)
                });
            let told = || {
                self.events[events_before..]
                    .iter()
                    .find(|e| {
                        !e.planned && e.when.source == DateSource::Text && e.when.date.is_some()
                    })
                    .map(|e| e.when.clone())
            };
            if let Some(w) = written.or_else(told) {
                self.last_told = Some((w, s.index));
            }
        }
        self.note_state_lists(toks, mentions, s.index);
        // The sentence subject, for pronouns in later sentences.
        // "After South Korea's Supreme Court ordered ..., Mr Abe's
        // government tightened ...": the subject of an opening subordinate
        // clause is not who the sentence is about when the main clause
        // has one of its own.
        let opener = lw(toks, 0);
        let main_clause = if SUBORDINATORS.contains(&opener)
            || matches!(opener, "although" | "though" | "because" | "if")
        {
            toks.iter().position(|t| t.text == ",")
        } else {
            None
        };
        let subj = main_clause
            .and_then(|c| subjects_used.iter().find(|(at, _)| *at > c))
            .or(subjects_used.first())
            .map(|(_, a)| a.clone())
            .or_else(|| {
                let candidate =
                    |m: &Mention| !m.place && !preceded_by_prep(toks, m) && !m.possessive;
                // "Born in 1954 - his grandfather Nobusuke Kishi was prime
                // minister - Mr Abe first took office in 2006": a name inside
                // an aside is not who the sentence is about; the subject is a
                // name a verb follows.
                let aside = |m: &Mention| {
                    let dashes = toks[..m.start]
                        .iter()
                        .filter(|t| matches!(t.text, "-" | "\u{2013}" | "\u{2014}" | "--"))
                        .count();
                    let open = toks[..m.start].iter().filter(|t| t.text == "(").count();
                    let close = toks[..m.start].iter().filter(|t| t.text == ")").count();
                    dashes % 2 == 1 || open > close
                };
                let verb_after = |m: &Mention| {
                    let mut k = m.end;
                    while k < toks.len() && ADVERBS.has(&toks[k]) {
                        k += 1;
                    }
                    toks.get(k).is_some_and(may_be_verb)
                };
                let first = mentions.iter().position(|m| candidate(m) && !aside(m));
                // "Macron, Merkel and May issued a joint statement. They
                // urged ...": a list of actors that opens a sentence is a
                // group for "they" even when the sentence has no event.
                // (After an opening phrase too: "Within the hour, Macron,
                // Merkel and May issued ...".)
                let opens = |f: usize| {
                    let at = mentions[f].start;
                    at <= 2 || at <= 8 && lw(toks, at - 1) == "," && f == 0
                };
                if let Some(f) = first.filter(|&f| opens(f)) {
                    let group = coordinated_right(toks, mentions, f, &mut FastSet::default());
                    if group.len() >= 2 {
                        self.cast.note_group(&group, s.index);
                        return Some(group);
                    }
                }
                let mi = mentions
                    .iter()
                    .position(|m| candidate(m) && !aside(m) && verb_after(m))
                    .or(first)
                    .or_else(|| mentions.iter().position(candidate))?;
                Some(mentions[mi].actors.clone())
            });
        // "For Zelensky, the week was a test. On Tuesday he was in
        // Washington": a name put first as the topic is who "he" is next.
        let subj = subj.or_else(|| {
            let m = mentions.first()?;
            let opener = match m.start {
                1 => matches!(lw(toks, 0), "for" | "like" | "unlike"),
                2 => lw(toks, 0) == "as" && lw(toks, 1) == "for",
                _ => false,
            };
            (opener && toks.get(m.end).is_some_and(|t| t.text == ",")).then(|| m.actors.clone())
        });
        if let Some(a) = subj {
            if a.len() == 1 {
                self.cast.note_subject(a[0], s.index);
                if toks.iter().any(|t| SPEECH_VERBS.contains(&t.lower_str())) {
                    self.speakers.push((s.index, a[0]));
                }
            }
        }
        self.scratch = scratch;
    }

    /// The text of sentence `s` for its events' evidence, made once and
    /// shared by every event read from it.
    fn cited_sentence(&mut self, s: &Sentence) -> Arc<str> {
        match &self.cited.sentence {
            Some((span, text)) if *span == (s.start, s.end) => text.clone(),
            _ => {
                let text: Arc<str> = s.text(&self.article.text).into();
                self.cited.sentence = Some(((s.start, s.end), text.clone()));
                text
            }
        }
    }

    /// "France suspended aid to Niger, and the European Union followed
    /// suit the same day", "Germany did the same": the act told last (in
    /// this sentence, or else the one before), done by others to the same
    /// party. Not when denied or only expected ("did not follow suit",
    /// "is expected to follow suit").
    fn follow_suit(
        &mut self,
        s: &Sentence,
        mentions: &[Mention],
        times: &[time::TimeExpr],
        quoted: &[bool],
        events_before: usize,
    ) {
        let toks = &s.tokens;
        let Some((k, len)) = (1..toks.len()).find_map(|k| {
            if quoted[k] {
                return None;
            }
            match (lw(toks, k), lw(toks, k + 1)) {
                ("followed" | "follows" | "follow", "suit") => Some((k, 2)),
                ("did" | "does", "likewise") => Some((k, 2)),
                // (Not "did the same day", a time.)
                ("did" | "does", "the")
                    if lw(toks, k + 2) == "same"
                        && !matches!(
                            lw(toks, k + 3),
                            "day" | "week" | "month" | "year" | "night" | "morning" | "evening"
                        ) =>
                {
                    Some((k, 3))
                }
                _ => None,
            }
        }) else {
            return;
        };
        if (k.saturating_sub(3)..k)
            .any(|x| NEGATORS.has(&toks[x]) || MODALS.has(&toks[x]) || lw(toks, x) == "to")
        {
            return;
        }
        // Its subject: the mention right before ("also" and the like may
        // come between), and those joined to it by "and".
        let mut e = k;
        while e > 0 && ADVERBS.has(&toks[e - 1]) {
            e -= 1;
        }
        let Some(mi) = mentions.iter().position(|m| m.end == e && !m.place) else {
            return;
        };
        // "days after the Solomon Islands did the same": in a clause of
        // time or comparison, the same as some act other than the last.
        let opener = lw(toks, mentions[mi].start.saturating_sub(1));
        if matches!(
            opener,
            "after" | "before" | "as" | "since" | "when" | "while" | "than" | "once" | "until"
        ) {
            return;
        }
        let sources = coordinated_left(toks, mentions, mi);
        let recent = |ev: &Event| !ev.planned && ev.evidence[0].sentence + 1 >= s.index;
        let Some(model) = self.events[events_before..]
            .iter()
            .rev()
            .chain(
                self.events[..events_before]
                    .iter()
                    .rev()
                    .take_while(|ev| recent(ev)),
            )
            .find(|ev| !ev.planned && ev.relation != Relation::Say)
            .cloned()
        else {
            return;
        };
        // The time the sentence gives the followers, else the act's own.
        let when = times
            .iter()
            .find(|t| t.start >= k && !quoted[t.start])
            .and_then(|t| {
                let w = self.resolve_past(toks, t, self.article.date?);
                w.date.is_some().then_some(w)
            })
            .unwrap_or_else(|| model.when.clone());
        let text = self.cited_sentence(s);
        let source_mention = span_text(toks, mentions[mi].start, mentions[mi].end);
        for a in sources {
            let id = self.cast.actors[a].id.clone();
            if id == model.target || id == model.source {
                continue;
            }
            self.events.push(Event {
                source: id,
                target: model.target.clone(),
                relation: model.relation,
                cameo: model.cameo.clone(),
                when: when.clone(),
                confidence: (model.confidence - 0.1).clamp(0.05, 1.0),
                planned: false,
                evidence: vec![Evidence {
                    article: self.cited.article.clone(),
                    title: self.cited.title.clone(),
                    url: self.cited.url.clone(),
                    sentence: s.index,
                    text: text.clone(),
                    span: (s.start, s.end),
                    source_mention: source_mention.clone(),
                    target_mention: model.evidence[0].target_mention.clone(),
                    trigger: span_text(toks, k, k + len),
                }],
            });
        }
    }

    /// The state whose crowd `targets` is: the country of the place the
    /// protesters were named in ("protesters in Tbilisi"). Only when every
    /// target is a crowd: an armed group fought is no crowd policed. (Not
    /// the dateline's state: a story filed from one capital tells of
    /// crowds elsewhere.)
    fn home_of_crowd(&mut self, targets: &[usize]) -> Option<usize> {
        // (A crowd's head noun, or people who gather as one: students,
        // mourners, supporters.)
        let crowd = |a: &crate::model::Actor| {
            a.kind == ActorKind::Group
                && a.name.split_whitespace().any(|w| {
                    let w = w.to_lowercase();
                    CROWD_NOUNS.contains(&w.as_str())
                        || matches!(w.as_str(), "students" | "mourners" | "supporters")
                })
        };
        if targets.is_empty() || targets.iter().any(|&t| !crowd(&self.cast.actors[t])) {
            return None;
        }
        let code = targets
            .iter()
            .find_map(|&t| self.cast.actors[t].country.clone())?;
        let li = self.lex.country(&code)?;
        Some(self.cast_index_of_lexicon(li))
    }

    /// "Nurtleu hosted Mirzoyan and Bayramov in Almaty": guests of two
    /// states one host received together came to meet each other, as the
    /// parties of hosted talks do. Only a pair (a summit's many guests
    /// are no talks of each pair), from two states, neither the host's,
    /// and not received "separately".
    fn co_guests(&mut self, toks: &[Token], events_before: usize) {
        let new = &self.events[events_before..];
        let hosted: Vec<&Event> = new
            .iter()
            .filter(|e| e.relation == Relation::Host && !e.planned)
            .collect();
        let [a, b] = hosted.as_slice() else {
            return;
        };
        if a.source != b.source || a.target == b.target {
            return;
        }
        // ("had been received separately by": each alone. "A joint
        // delegation from Bamako and Ouagadougou was received": one party
        // of two states, who came together rather than met.)
        if toks
            .iter()
            .any(|t| matches!(t.lower_str(), "separately" | "individually"))
            || toks.windows(2).any(|w| {
                w[0].lower_str() == "joint"
                    && matches!(w[1].lower_str(), "delegation" | "mission" | "team")
            })
        {
            return;
        }
        let state = |id: &str| {
            self.cast
                .index_of(id)
                .and_then(|i| self.cast.actors[i].country.clone())
        };
        let (Some(ca), Some(cb), host) = (
            state(a.target.as_str()),
            state(b.target.as_str()),
            state(a.source.as_str()),
        ) else {
            return;
        };
        if ca == cb || host.as_ref().is_some_and(|h| *h == ca || *h == cb) {
            return;
        }
        if new.iter().any(|e| {
            e.relation == Relation::Meet
                && (e.source == a.target && e.target == b.target
                    || e.source == b.target && e.target == a.target)
        }) {
            return;
        }
        let mut meet = (*a).clone();
        meet.source = a.target.clone();
        meet.target = b.target.clone();
        meet.relation = Relation::Meet;
        meet.cameo = "040".to_string();
        meet.confidence = (a.confidence - 0.15).clamp(0.05, 1.0);
        meet.evidence[0].source_mention = a.evidence[0].target_mention.clone();
        meet.evidence[0].target_mention = b.evidence[0].target_mention.clone();
        self.events.push(meet);
    }

    /// "Saidov met visiting Taliban Foreign Minister Amir Khan Muttaqi",
    /// "Putin told the visiting Chinese leader": someone called "visiting"
    /// came to the state of whoever the sentence's event pairs them with.
    /// (The "visiting" itself modifies a noun and makes no event.)
    fn visiting_guests(
        &mut self,
        s: &Sentence,
        mentions: &[Mention],
        quoted: &[bool],
        events_before: usize,
    ) {
        let toks = &s.tokens;
        for m in mentions {
            if m.actors.len() != 1
                || m.start == 0
                || quoted[m.start]
                || lw(toks, m.start - 1) != "visiting"
            {
                continue;
            }
            let guest = m.actors[0];
            if self.cast.kind(guest) != ActorKind::Person {
                continue;
            }
            let gid = self.cast.actors[guest].id.clone();
            let new = &self.events[events_before..];
            if new
                .iter()
                .any(|e| e.relation == Relation::Visit && e.source == gid)
            {
                continue;
            }
            let Some(model) = new
                .iter()
                .find(|e| {
                    !e.planned
                        && matches!(
                            e.relation,
                            Relation::Meet
                                | Relation::Host
                                | Relation::Say
                                | Relation::SignDeal
                                | Relation::Praise
                                | Relation::Urge
                                | Relation::Pledge
                        )
                        && (e.source == gid || e.target == gid)
                })
                .cloned()
            else {
                continue;
            };
            let other = if model.source == gid {
                &model.target
            } else {
                &model.source
            };
            let Some(other) = self.cast.index_of(other.as_str()) else {
                continue;
            };
            let Some(code) = self.cast.actors[other].country.clone() else {
                continue;
            };
            let Some(li) = self.lex.country(&code) else {
                continue;
            };
            let place = self.cast_index_of_lexicon(li);
            let Some((v, place)) = self.adjust(Relation::Visit, guest, place) else {
                continue;
            };
            let mut visit = model.clone();
            visit.source = self.cast.actors[v].id.clone();
            visit.target = self.cast.actors[place].id.clone();
            visit.relation = Relation::Visit;
            visit.cameo = "042".to_string();
            visit.confidence = (model.confidence - 0.1).clamp(0.05, 1.0);
            visit.evidence[0].source_mention = span_text(toks, m.start, m.end);
            visit.evidence[0].trigger = "visiting".to_string();
            self.events.push(visit);
        }
    }

    /// "Cameron urged Netanyahu ... during talks in Jerusalem", "MBS told
    /// Trump in a telephone call": a meeting named as the frame of an act
    /// between two people is a meeting of those two. Only a bare meeting
    /// noun after "during", "in", "at" counts ("talks with X" is a trigger
    /// of its own), and only when the sentence has no meeting already.
    fn meeting_frame(&mut self, toks: &[Token], quoted: &[bool], events_before: usize) {
        let new = &self.events[events_before..];
        if new.is_empty() || new.iter().any(|e| e.relation == Relation::Meet) {
            return;
        }
        // The preposition that opens the frame: "during talks", "for
        // several hours of talks" (the "of" after a measure is passed).
        let opener = |k: usize| {
            let mut j = k;
            loop {
                let p = (j.saturating_sub(4)..j)
                    .rev()
                    .find(|&x| !toks[x].is_word() || PREPOSITIONS.has(&toks[x]))?;
                if lw(toks, p) == "of" && p > 0 && MEASURE_NOUNS.contains(&lw(toks, p - 1)) {
                    j = p;
                    continue;
                }
                return Some(p);
            }
        };
        let frame = (1..toks.len()).find_map(|k| {
            let noun = matches!(
                lw(toks, k),
                "talks" | "meeting" | "call" | "conversation" | "summit" | "discussions"
            ) && !quoted[k]
                && !matches!(lw(toks, k + 1), "with" | "between" | "among" | "of")
                // "talks on trade" names a topic; "a call on Wednesday" a day.
                && (lw(toks, k + 1) != "on" || toks.get(k + 2).is_some_and(|t| t.is_capitalized()));
            if !noun {
                return None;
            }
            let j = opener(k)?;
            let ok = matches!(lw(toks, j), "during" | "in" | "at" | "for")
                && (j + 1..k).all(|x| {
                    let t = &toks[x];
                    t.is_word() && !t.is_capitalized() || t.text == "-"
                });
            ok.then_some((k, j))
        });
        // ("Macron had told Mrs von der Leyen as much by telephone": the
        // means names the call.)
        let frame = frame.or_else(|| {
            (1..toks.len()).find_map(|k| {
                let means = matches!(lw(toks, k), "telephone" | "phone" | "videoconference")
                    && !quoted[k]
                    && !matches!(lw(toks, k + 1), "call" | "calls" | "conversation")
                    && (matches!(lw(toks, k - 1), "by" | "via")
                        || k > 1
                            && lw(toks, k - 1) == "the"
                            && matches!(lw(toks, k - 2), "over" | "on"));
                means.then(|| {
                    (
                        k,
                        if lw(toks, k - 1) == "the" {
                            k - 2
                        } else {
                            k - 1
                        },
                    )
                })
            })
        });
        let Some((k, frame_at)) = frame else {
            return;
        };
        let person = |id: &crate::model::ActorId| {
            self.cast
                .index_of(id.as_str())
                .is_some_and(|a| self.cast.kind(a) == ActorKind::Person)
        };
        // "received by Zelensky for several hours of talks": a host who
        // receives someone for talks meets them too.
        // One meeting per pair: the first act between them frames it.
        let phone = (k.saturating_sub(3)..=k).any(|j| {
            matches!(
                lw(toks, j),
                "phone" | "telephone" | "video" | "videoconference"
            )
        });
        let mut meets: Vec<Event> = Vec::new();
        for e in new.iter().filter(|e| {
            !e.planned
                && e.relation != Relation::Visit
                && (e.relation != Relation::Host || lw(toks, frame_at) == "for")
                && person(&e.source)
                && person(&e.target)
        }) {
            let same_pair = |m: &Event| {
                (m.source == e.source && m.target == e.target)
                    || (m.source == e.target && m.target == e.source)
            };
            if meets.iter().any(same_pair) {
                continue;
            }
            let mut meet = e.clone();
            meet.relation = Relation::Meet;
            meet.cameo = if phone { "041" } else { "040" }.to_string();
            meet.confidence = (e.confidence - 0.1).clamp(0.05, 1.0);
            meet.evidence[0].trigger = toks[k].text.to_string();
            meets.push(meet);
        }
        self.events.extend(meets);
    }

    /// Notes the plans and proposals this sentence names with their owner:
    /// a country adjective or a possessor up to two modifiers before the
    /// noun ("the Egyptian reconstruction plan", "Qatar's new proposal").
    fn note_proposals(&mut self, toks: &[Token], mentions: &[Mention], sentence: usize) {
        for k in 1..toks.len() {
            // (Asked of every word: the first letter rules most out.)
            let w = lw(toks, k);
            if !matches!(w.as_bytes().first(), Some(b'p' | b'i'))
                || act_noun(w) != Some(ActNoun::Proposal)
            {
                continue;
            }
            let modifiers_to = |from: usize| {
                from <= k
                    && k - from <= 2
                    && toks[from..k]
                        .iter()
                        .all(|t| t.is_word() && !t.is_capitalized())
            };
            let adjective = self
                .adjectives
                .iter()
                .find(|&&(at, _)| at < k && modifiers_to(at + 1))
                .map(|&(_, a)| vec![a]);
            let owner = adjective.or_else(|| {
                mentions
                    .iter()
                    .find(|m| m.possessive && modifiers_to(m.end + 1))
                    .map(|m| m.actors.clone())
            });
            if let Some(owner) = owner {
                self.proposals.push((sentence, owner));
            }
        }
    }

    /// Whether a full date far back is background to a story already set
    /// near its publication ("A ceasefire protocol was signed on September
    /// 19, 2022" in a report of this week's treaty): it starts no
    /// chronicle, and the days named after it stay the story's. (A date
    /// that opens its sentence heads a timeline's entry, which does.)
    fn background_day(
        &self,
        toks: &[Token],
        t: &time::TimeExpr,
        d: chrono::NaiveDate,
        published: chrono::NaiveDate,
    ) -> bool {
        let opens = t.start == 0 || t.start == 1 && lw(toks, 0) == "on";
        !opens && self.reference.is_some() && !self.chronicle && (published - d).num_days() > 365
    }

    /// Sets the reference day from the sentence's first day-precise time
    /// phrase outside quotes, if it is within a week of publication.
    fn note_reference_day(&mut self, toks: &[Token], times: &[time::TimeExpr], quoted: &[bool]) {
        let Some(pubd) = self.article.date else {
            return;
        };
        let future = toks.iter().any(|t| FUTURE.has(t) || MODALS.has(t));
        if future {
            return;
        }
        for t in times.iter().filter(|t| !quoted[t.start]) {
            if matches!(
                word_before(toks, t.start),
                "until" | "till" | "by" | "since"
            ) || reduced_relative_time(toks, t).is_some()
                || agent_participle_time(toks, t).is_some()
            {
                continue;
            }
            // "Two months after his inauguration on April 2": a day that
            // dates what another time counts from is not where the story is.
            if (t.start.saturating_sub(5)..t.start)
                .rev()
                .take_while(|&k| toks[k].is_word())
                .any(|k| matches!(lw(toks, k), "after" | "before" | "since" | "until"))
                || since_clause(toks, t)
            {
                return;
            }
            let w = self.resolve_past(toks, t, pubd);
            if w.precision == crate::model::Precision::Day {
                if let Some(d) = w.date {
                    let near = (pubd - d).num_days().abs() <= 7;
                    if near
                        || chronicle_date(toks, t, d, pubd)
                            && !self.background_day(toks, t, d, pubd)
                    {
                        self.reference = Some(d);
                        self.reference_past = false;
                        self.reference_at = self.sentence_index;
                        self.reference_by = Some(t.start);
                        self.chronicle = !near;
                        // A heading has no closing stop and is short.
                        let heading = toks.len() <= 16
                            && toks
                                .last()
                                .is_some_and(|x| !matches!(x.text, "." | "!" | "?"));
                        if heading && near {
                            self.heading_day = Some(d);
                        }
                    }
                }
                return;
            }
        }
    }

    /// Remembers each list of three or more states the sentence names
    /// ("the Governments of Mexico, Argentina, Colombia and Bolivia"), for
    /// a later "the four countries" or "all three".
    fn note_state_lists(&mut self, toks: &[Token], mentions: &[Mention], sentence: usize) {
        // Most sentences name fewer than three states.
        if mentions
            .iter()
            .filter(|m| m.actors.len() == 1 && self.cast.kind(m.actors[0]) == ActorKind::Country)
            .count()
            < 3
        {
            return;
        }
        let mut claimed = FastSet::default();
        for i in 0..mentions.len() - 2 {
            // A list starts where no comma or "and" joins it to the
            // mention before.
            if i > 0
                && (mentions[i - 1].end..mentions[i].start)
                    .all(|k| matches!(lw(toks, k), "," | "and" | "the"))
            {
                continue;
            }
            let list = coordinated_right(toks, mentions, i, &mut claimed);
            if list.len() >= 3
                && list
                    .iter()
                    .all(|&a| self.cast.kind(a) == ActorKind::Country)
            {
                let mut v = list;
                v.sort_unstable();
                v.dedup();
                self.cast.note_state_list(&v, sentence);
            }
        }
    }

    /// Moves the story's period to the time of the sentence's main
    /// clause, if it lies more than six weeks before publication: the date
    /// the sentence's first event took from its own words, or else a time
    /// phrase that opens the sentence ("In March 2015, ..."). A phrase
    /// elsewhere ("the conflict that killed dozens in July") dates a
    /// detail, not the story. A main-clause time nearer publication brings
    /// the story back to the present.
    fn note_period(
        &mut self,
        toks: &[Token],
        times: &[time::TimeExpr],
        quoted: &[bool],
        pubd: chrono::NaiveDate,
        sentence: usize,
        events_before: usize,
    ) {
        let told = self.events[events_before..]
            .iter()
            .find(|e| !e.planned)
            .map(|e| &e.when)
            .filter(|w| {
                matches!(w.source, DateSource::Text | DateSource::Context) && w.date.is_some()
            })
            .cloned();
        let w = told.or_else(|| {
            let t = times.iter().find(|t| t.start <= 1 && !quoted[t.start])?;
            if lw(toks, t.start) == "since" || word_before(toks, t.start) == "since" {
                return None;
            }
            let anchor = self.anchor(t, pubd);
            Some(time::resolve(
                t.kind,
                anchor,
                Tense::Past,
                &span_text(toks, t.start, t.end),
            ))
        });
        let Some(w) = w else {
            return;
        };
        self.period = match w.date {
            Some(d) if (pubd - d).num_days() > 42 => Some((w, sentence)),
            _ => None,
        };
    }

    /// The period an undated past-tense sentence is still in (see
    /// [`Reader::period`]): named one or two sentences back in the same
    /// paragraph, and more recently than any reference day.
    fn period_now(&self, sentence: usize) -> Option<When> {
        let (w, at) = self.period.as_ref()?;
        let recent = sentence > *at && sentence - at <= 2 && self.paragraph_at <= *at;
        let after_reference = self.reference.is_none() || self.reference_at < *at;
        (recent && after_reference).then(|| When {
            source: DateSource::Context,
            ..w.clone()
        })
    }

    /// The time phrase `t` read as the past, from its anchor, keeping the
    /// words it came from.
    fn resolve_past(&self, toks: &[Token], t: &time::TimeExpr, pubd: chrono::NaiveDate) -> When {
        let anchor = self.anchor(t, pubd);
        time::resolve(
            t.kind,
            anchor,
            Tense::Past,
            &span_text(toks, t.start, t.end),
        )
    }

    /// The day a time expression counts from: the story's reference day
    /// for "the next day", January 1 of the story's year for "that year",
    /// else the publication day.
    fn anchor(&self, t: &time::TimeExpr, pubd: chrono::NaiveDate) -> chrono::NaiveDate {
        match t.kind {
            // The day last written out, if the story has not moved to
            // another reference day since.
            time::TimeKind::RefOffset(_) => match self.last_day {
                Some((d, at))
                    if self.sentence_index.saturating_sub(at) <= 2
                        && (self.reference.is_none() || at >= self.reference_at) =>
                {
                    d
                }
                // (Not the day this phrase itself gave an act before in
                // the sentence: "a day earlier, X recalled ... and
                // expelled ..." counts both from the same day.)
                _ => if self.reference_at == self.sentence_index
                    && self.reference_by == Some(t.start)
                {
                    self.reference_before
                } else {
                    self.reference
                }
                .unwrap_or(pubd),
            },
            k if k.from_story_year() => self
                .story_year
                .and_then(|y| chrono::NaiveDate::from_ymd_opt(y, 1, 1))
                .unwrap_or(pubd),
            time::TimeKind::Month(_) | time::TimeKind::MonthDay(..) => {
                if let time::TimeKind::MonthDay(m, d) = t.kind {
                    if let Some(&(_, y)) = self.month_years.iter().find(|&&(mm, _)| mm == m) {
                        return chrono::NaiveDate::from_ymd_opt(y, m, d.min(28)).unwrap_or(pubd);
                    }
                }
                // (A day and month only, read within half a year either
                // side of the day it goes back to: the story runs on from
                // there.)
                // (Until a year is named after it: "Twenty years ago today
                // ... In May 2000 its army broke through. On 17 May".)
                let year_since = self.named_year_at.filter(|&(y, at)| {
                    at > self.anniversary_at
                        && y < pubd.year()
                        && self.sentence_index.saturating_sub(at) <= 6
                });
                if let (Some(_), time::TimeKind::MonthDay(..), Some((y, _))) =
                    (self.anniversary, t.kind, year_since)
                {
                    if let Some(end) = chrono::NaiveDate::from_ymd_opt(y, 12, 31) {
                        return end;
                    }
                }
                if let (Some(a), time::TimeKind::MonthDay(..)) = (self.anniversary, t.kind) {
                    return (a + chrono::Duration::days(182)).min(pubd);
                }
                // "On the morning of August 24, 1992, ... In July, Qian
                // flew": in a retrospective (a story that opens on a full
                // date years back), a month is of the past year the text
                // named last, a few sentences back.
                let retrospective = self.retrospective == Some(true);
                if let Some((y, at)) = self.named_year_at.filter(|_| retrospective) {
                    if y < pubd.year() && self.sentence_index.saturating_sub(at) <= 6 {
                        if let Some(end) = chrono::NaiveDate::from_ymd_opt(y, 12, 31) {
                            return end;
                        }
                    }
                }
                // "2015 – In May": a month of the entry's year.
                self.entry_year_now()
                    .and_then(|y| chrono::NaiveDate::from_ymd_opt(y, 12, 31))
                    .filter(|&d| d < pubd)
                    .unwrap_or(pubd)
            }
            _ => pubd,
        }
    }

    /// The year of the timeline entry the sentence is in, if any: one
    /// opened in this paragraph.
    fn entry_year_now(&self) -> Option<i32> {
        self.entry_year
            .filter(|&(_, at)| at >= self.paragraph_at)
            .map(|(y, _)| y)
    }

    /// The reference day of a chronicle told a few sentences back in this
    /// paragraph, if the story is in one. (A new paragraph goes back to
    /// the story's own week: "ECOWAS issued the ultimatum on July 30 ...
    /// ¶ Nuland, who visited Niamey on Monday" is the Monday just gone.)
    fn chronicle_day(&self) -> Option<chrono::NaiveDate> {
        self.reference.filter(|_| {
            self.chronicle
                && self.sentence_index.saturating_sub(self.reference_at) <= 5
                && self.reference_at >= self.paragraph_at
        })
    }

    /// Trigger occurrences, longest first at each position, no overlaps,
    /// none inside an actor name or a quotation, into `scratch.found` (its
    /// old contents are dropped).
    fn find_triggers(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        quoted: &[bool],
        times: &[time::TimeExpr],
        scratch: &mut TriggerScratch,
    ) {
        let TriggerScratch {
            named,
            states,
            ends,
            skippable,
            word_bits,
            found: out,
        } = scratch;
        out.clear();
        word_bits.clear();
        word_bits.resize(toks.len(), 0);
        // One pass marks the tokens inside names, instead of a search of all
        // mentions for every token.
        named.clear();
        named.resize(toks.len(), false);
        for m in mentions.iter().filter(|m| m.kind != MentionKind::Pronoun) {
            for flag in named.iter_mut().take(m.end).skip(m.start) {
                *flag = true;
            }
        }
        let named: &[bool] = named;
        states.clear();
        states.resize(toks.len(), false);
        for m in mentions.iter().filter(|m| {
            m.kind == MentionKind::Name
                && !m.actors.is_empty()
                && m.actors
                    .iter()
                    .all(|&a| self.cast.kind(a) == ActorKind::Country)
        }) {
            for flag in states.iter_mut().take(m.end).skip(m.start) {
                *flag = true;
            }
        }
        let states: &[bool] = states;
        let in_mention = |i: usize| named.get(i).copied().unwrap_or(false);
        // Where each mention starts, for a pattern's `@`; the longest wins.
        ends.clear();
        ends.resize(toks.len(), None);
        for m in mentions {
            if ends[m.start].is_none_or(|e| e < m.end) {
                ends[m.start] = Some(m.end);
            }
        }
        let ends: &[Option<usize>] = ends;
        // Words a pattern may step over: time phrases and adverbs ("spoke
        // by phone this evening with").
        skippable.clear();
        skippable.extend(toks.iter().map(|t| ADVERBS.has(t)));
        for t in times {
            for flag in skippable.iter_mut().take(t.end).skip(t.start) {
                *flag = true;
            }
        }
        // And how long or how often: "met for two hours with".
        let mut k = 0;
        while k < toks.len() {
            match duration_end(toks, k) {
                Some(end) => {
                    for flag in skippable.iter_mut().take(end).skip(k) {
                        *flag = true;
                    }
                    k = end;
                }
                None => k += 1,
            }
        }
        // And where it happened: "held talks in Niamey with", "marched
        // through Conakry against", "held flight exercises over Guyana
        // with".
        for m in mentions {
            if m.start > 0
                && matches!(
                    lw(toks, m.start - 1),
                    "in" | "at" | "through" | "across" | "over"
                )
                && m.actors.len() == 1
                && self.cast.kind(m.actors[0]) == ActorKind::Country
            {
                // ("at Baabda palace with": the venue in that place.)
                let end = if VENUE_NOUNS.contains(&lw(toks, m.end)) {
                    m.end + 1
                } else {
                    m.end
                };
                for flag in skippable.iter_mut().take(end).skip(m.start - 1) {
                    *flag = true;
                }
            }
        }
        // And a named venue no actor is: "hosted a state banquet at the
        // Imperial Palace on Monday night for".
        let mut k = 0;
        while k + 1 < toks.len() {
            if matches!(lw(toks, k), "at" | "in") {
                let mut j = k + 1;
                if lw(toks, j) == "the" {
                    j += 1;
                }
                let from = j;
                while toks
                    .get(j)
                    .is_some_and(|t| t.is_capitalized() && t.is_word() && !in_mention(j))
                {
                    j += 1;
                }
                // ("held talks at Baabda palace with", "at the presidential
                // palace with": the kind of venue, lowercase.)
                let mut venue = false;
                if (j > from || lw(toks, k + 1) == "the")
                    && (VENUE_NOUNS.contains(&lw(toks, j))
                        || matches!(lw(toks, j), "office" | "offices"))
                {
                    j += 1;
                    venue = true;
                } else if j == from
                    && lw(toks, k + 1) == "the"
                    && matches!(lw(toks, j), "presidential" | "royal" | "prime" | "official")
                    && matches!(lw(toks, j + 1), "palace" | "residence" | "compound")
                {
                    j += 2;
                    venue = true;
                }
                if (j > from || venue) && !in_mention(j) {
                    for flag in skippable.iter_mut().take(j).skip(k) {
                        *flag = true;
                    }
                    k = j;
                    continue;
                }
            }
            k += 1;
        }
        let skippable: &[bool] = skippable;
        let mut i = 0;
        while i < toks.len() {
            if quoted[i] || in_mention(i) {
                i += 1;
                continue;
            }
            // "the U.N.-backed arrangement", "a Saudi-led coalition": a
            // word glued by a hyphen to the one before modifies a noun.
            if i >= 2
                && toks[i - 1].text == "-"
                && toks[i - 1].start == toks[i - 2].end
                && toks[i].start == toks[i - 1].end
            {
                i += 1;
                continue;
            }
            // "re-establish", "re-impose": the base verb's triggers.
            let word = toks[i].lower_str();
            let cands = self.lex.triggers_of_token(&toks[i]).or_else(|| {
                word.strip_prefix("re-")
                    .and_then(|w| self.lex.triggers_of(w))
            });
            let Some(cands) = cands else {
                i += 1;
                continue;
            };
            let mut best: Option<(usize, &CompiledTrigger)> = None;
            let noun_context = noun_context(toks, i);
            // A possessor of two or more actors right before the word,
            // perhaps past a modifier or two ("their second summit").
            // Only worked out when a candidate needs it, the first time
            // one does (a pass over the candidates to ask whether any
            // would was a few percent of finding triggers).
            let has_possessor = || {
                (i.saturating_sub(3)..i).rev().any(|k| {
                    mentions.iter().any(|m| {
                        m.end == k + 1
                        && m.actors.len() >= 2
                        && (m.possessive || lw(toks, m.end) == "'s")
                        // A pronoun counts only for a pair named in the
                        // sentence ("Trump and Kim cut short their summit").
                        && (m.kind != MentionKind::Pronoun
                            || m.actors.iter().all(|a| {
                                mentions.iter().any(|x| {
                                    x.end <= m.start
                                        && x.kind != MentionKind::Pronoun
                                        && x.actors.contains(a)
                                })
                            }))
                        && (m.end..i).all(|x| {
                            let w = lw(toks, x);
                            w == "'s" || toks[x].is_word() && !toks[x].is_capitalized()
                        })
                    })
                })
            };
            let mut possessor: Option<bool> = None;
            // The bits of the tokens a candidate's first word may be at,
            // for the last reach asked (candidates mostly share one).
            let mut window: Option<(usize, u64)> = None;
            for c in cands {
                if c.needs_possessor && !*possessor.get_or_insert_with(has_possessor) {
                    continue;
                }
                // "appealed for help": a base verb after "for" or "of" is
                // a noun.
                if c.head == HeadForm::Base && i > 0 && matches!(lw(toks, i - 1), "for" | "of") {
                    continue;
                }
                // "tightened controls on exports to Korea", "condemns the
                // new unilateral sanctions", "a $300 million arms package":
                // a verb's -s or base form right after a preposition, a
                // determiner, a number or an adjective is a noun.
                if matches!(c.head, HeadForm::Third | HeadForm::Base)
                    && i > 0
                    && plural_noun_context(&toks[i - 1])
                {
                    continue;
                }
                // "his Brazilian host Lula": after a possessive and a
                // capitalised adjective, a noun too.
                if matches!(c.head, HeadForm::Third | HeadForm::Base)
                    && i > 1
                    && toks[i - 1].is_capitalized()
                    && matches!(
                        lw(toks, i - 2),
                        "his" | "her" | "their" | "its" | "our" | "'s"
                    )
                {
                    continue;
                }
                // "and host President Kais Saied welcomed", "the host
                // nation": a base form before a capitalised title or name,
                // or before "nation" or "country", is a noun.
                if c.head == HeadForm::Base
                    && c.rest.is_empty()
                    && toks[i].lower_str() == "host"
                    && toks.get(i + 1).is_some_and(|n| {
                        n.is_capitalized() && n.is_word() && HONORIFICS.has(n)
                            || matches!(n.lower_str(), "nation" | "country" | "city" | "government")
                    })
                    && i > 0
                    && matches!(lw(toks, i - 1), "and" | "," | "the" | "a" | "as")
                {
                    continue;
                }
                // "sanctioned goods", "its invaded neighbour": a past
                // participle before goods, or between a determiner and a
                // noun, qualifies the noun.
                if matches!(c.head, HeadForm::PastOrParticiple | HeadForm::Participle)
                    && c.rest.is_empty()
                    && toks.get(i + 1).is_some_and(|n| {
                        let nw = n.lower_str();
                        matches!(
                            nw,
                            "goods"
                                | "products"
                                | "items"
                                | "entities"
                                | "individuals"
                                | "firms"
                                | "companies"
                                | "banks"
                                | "oligarchs"
                                | "tankers"
                                | "vessels"
                        ) || i > 0
                            && matches!(
                                lw(toks, i - 1),
                                "the"
                                    | "a"
                                    | "an"
                                    | "its"
                                    | "their"
                                    | "his"
                                    | "her"
                                    | "these"
                                    | "those"
                            )
                            && n.is_word()
                            && !n.is_capitalized()
                            && !nw.ends_with("ing")
                            && !nw.ends_with("ed")
                            && !PREPOSITIONS.has(n)
                            && !AUX.has(n)
                            && !matches!(nw, "and" | "or" | "that" | "which")
                    })
                {
                    continue;
                }
                // "its efforts to stop sanctioned goods from reaching
                // Russia", "barred him from entering": an act prevented.
                if c.head == HeadForm::Ing
                    && i > 1
                    && lw(toks, i - 1) == "from"
                    && (i.saturating_sub(8)..i - 1).any(|k| {
                        matches!(
                            lw(toks, k),
                            "stop"
                                | "stopping"
                                | "stopped"
                                | "prevent"
                                | "preventing"
                                | "prevented"
                                | "keep"
                                | "kept"
                                | "deter"
                                | "refrain"
                                | "refrained"
                                | "abstain"
                                | "prohibit"
                                | "prohibited"
                        )
                    })
                {
                    continue;
                }
                // "welcomed the Sanaa talks": a pair's verb in the -s form
                // agrees with no pair; after a name it is a noun the name
                // qualifies, not the act of a pair (as "their talks" is).
                if c.pair_only && c.head == HeadForm::Third && i > 0 && toks[i - 1].is_capitalized()
                {
                    continue;
                }
                let first = c.first_word;
                if first.bit != 0 {
                    let bits = match window {
                        Some((reach, bits)) if reach == first.reach => bits,
                        _ => {
                            let bits = window_bits(toks, word_bits, i + 1, first.reach);
                            window = Some((first.reach, bits));
                            bits
                        }
                    };
                    // The first word is nowhere it could be: the full
                    // match would fail.
                    if bits & first.bit == 0 {
                        continue;
                    }
                }
                let cx = MatchCtx {
                    toks,
                    named,
                    states,
                    ends,
                    skippable,
                    noun: c.head == HeadForm::Noun,
                };
                let Some(end) = match_rest(&cx, i + 1, &c.rest) else {
                    continue;
                };
                // "called on Saturday" is not "call on": a final preposition
                // that opens a time phrase is not the pattern's.
                // ("gave Bamako until January 1": "until" is the wording's.)
                if !c.rest.is_empty()
                    && PREPOSITIONS.has_at(toks, end - 1)
                    && lw(toks, end - 1) != "until"
                    && times.iter().any(|t| t.start == end - 1 || t.start == end)
                {
                    continue;
                }
                // Words inside a quotation are not the reporter's, unless
                // a wording begun outside ends in a short quoted phrase:
                // 'warned that the Netherlands would "pay the price"'.
                // (Not a quoted appeal after "called for": 'called for
                // "rational restraint"' reports what was called for.)
                if quoted[i]
                    || (i..end).any(|k| quoted[k])
                        && ((end..(end + 8).min(toks.len())).all(|k| quoted[k])
                            || self.lex.triggers[c.trigger].relation == Relation::Urge)
                {
                    continue;
                }
                let is_noun = c.head == HeadForm::Noun;
                let better = match best {
                    None => true,
                    Some((be, bc)) => {
                        let b_noun = bc.head == HeadForm::Noun;
                        if is_noun != b_noun {
                            // Prefer the part of speech the context asks for;
                            // length decides only within one. But a verb
                            // followed by a preposition its pattern lacks
                            // ("entry bans on") reads as the noun that has it.
                            let (noun_end, verb_end) = if is_noun { (end, be) } else { (be, end) };
                            let prep_after_verb = PREPOSITIONS.has_at(toks, verb_end);
                            if noun_end > verb_end && prep_after_verb {
                                is_noun
                            } else {
                                is_noun == noun_context
                            }
                        } else {
                            end > be || (end == be && bc.pair_only && !c.pair_only)
                        }
                    }
                };
                if better {
                    best = Some((end, c));
                }
            }
            match best {
                Some((end, c)) => {
                    // Only a slot lets a mention inside a match.
                    let slot = c
                        .rest
                        .contains(&PatWord::Slot)
                        .then(|| (i + 1..end).find(|&k| ends[k].is_some()))
                        .flatten();
                    out.push(Found {
                        start: i,
                        end,
                        trigger: c.trigger,
                        head: c.head,
                        pair_only: c.pair_only,
                        slot,
                    });
                    i = end.max(i + 1);
                }
                None => i += 1,
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn analyse(
        &mut self,
        s: &Sentence,
        mentions: &[Mention],
        times: &[time::TimeExpr],
        f: &Found,
        all_found: &[Found],
        claimed: &mut FastSet<usize>,
        subjects_used: &mut Vec<(usize, Vec<usize>)>,
    ) {
        let toks = &s.tokens;
        let tr = &self.lex.triggers[f.trigger];
        // The CAMEO code borrowed (from the trigger or the relation's
        // constant) until an event is built: copying it for every trigger
        // read was an allocation per trigger, most of which yield nothing.
        let (mut relation, mut cameo): (Relation, &str) = (
            tr.relation,
            tr.cameo.as_deref().unwrap_or_else(|| tr.relation.cameo()),
        );
        let is_noun = f.head == HeadForm::Noun;
        // "used his speech to call North Korea a tyranny": "to" before a
        // verb is the infinitive's, not the preposition a noun's wording
        // ends in. (Not of a threat or an offer: "Trump's threat to bomb
        // Iran" says what is threatened.)
        if is_noun
            && tr.relation == Relation::Say
            && tr.pattern.ends_with(" to")
            && base_verb_at(self.lex, toks, f.end)
        {
            no_event!(f);
        }
        // "Bangladesh protested the killing": a state's complaint, read
        // only from the past tense; "amid protests over" and "summoned the
        // envoy to protest" name crowds or purposes.
        if tr.relation == Relation::Criticize
            && matches!(
                tr.pattern.as_str(),
                "protest" | "protest about" | "protest over"
            )
            && lw(toks, f.start) != "protested"
        {
            no_event!(f);
        }
        // "refused to let Nuland meet Tiani": an act someone was not let
        // do did not happen.
        if all_found.iter().any(|g| {
            g.end <= f.start
                && f.start - g.end <= 8
                && self.lex.triggers[g.trigger].relation == Relation::Reject
                && matches!(
                    self.lex.triggers[g.trigger].pattern.as_str(),
                    "refuse to let"
                        | "refuse to allow"
                        | "refuse to permit"
                        | "decline to allow"
                        | "refuse * to let"
                        | "refuse * to allow"
                )
                && !(g.end..f.start).any(|k| matches!(lw(toks, k), "." | ";" | "but" | "and"))
        }) {
            no_event!(f);
        }
        // "sent additional troops and armoured vehicles to the frontier":
        // arms sent along with a state's own soldiers are a deployment,
        // not a gift.
        // (Not with relief: "sent troops, helicopters and maize to Malawi"
        // after a cyclone.)
        if relation == Relation::Aid
            && !is_noun
            && (f.start..f.end).any(|k| {
                matches!(
                    lw(toks, k),
                    "troops" | "soldiers" | "paratroopers" | "marines" | "battalions" | "brigades"
                )
            })
            && !(f.start..f.end).any(|k| {
                matches!(
                    lw(toks, k),
                    "aid"
                        | "relief"
                        | "food"
                        | "maize"
                        | "rice"
                        | "flour"
                        | "supplies"
                        | "medicine"
                        | "medicines"
                        | "tents"
                        | "doctors"
                        | "rescuers"
                        | "humanitarian"
                )
            })
        {
            relation = Relation::Mobilize;
            cameo = "154";
        }
        // "declined to comment further", "refused to elaborate": silence
        // refuses no one.
        if tr.relation == Relation::Reject
            && lw(toks, f.end) == "to"
            && matches!(
                lw(toks, f.end + 1),
                "comment"
                    | "elaborate"
                    | "speculate"
                    | "confirm"
                    | "say"
                    | "discuss"
                    | "answer"
                    | "respond"
                    | "specify"
                    | "disclose"
                    | "identify"
                    | "name"
            )
        {
            no_event!(f);
        }
        // "in a phone call", "the call": a base verb after a determiner or
        // a modifier of the noun is the noun.
        if f.head == HeadForm::Base
            && f.start > 0
            && (DETERMINERS.has(&toks[f.start - 1])
                || matches!(
                    lw(toks, f.start - 1),
                    "phone"
                        | "telephone"
                        | "video"
                        | "conference"
                        // "maximum pressure", "economic pressure": a noun.
                        | "maximum"
                        | "economic"
                        | "military"
                        | "diplomatic"
                        | "political"
                        | "international"
                        | "mounting"
                        | "growing"
                        | "increasing"
                        | "intense"
                        | "renewed"
                ))
        {
            no_event!(f);
        }
        // "greeted with a state welcome", "a warm welcome hosted by To
        // Lam": the noun. (A verb of its own may follow "state": "the
        // state visit he is paying".)
        if f.head == HeadForm::Base
            && tr.pattern == "welcome"
            && matches!(
                word_before(toks, f.start),
                "state" | "warm" | "rousing" | "lavish" | "ceremonial" | "red-carpet" | "hero's"
            )
        {
            no_event!(f);
        }
        // "called Serbia an ironclad friend", "described the expulsion as
        // unfounded": the verdict after the object decides the relation.
        let mut judged = false;
        // "said Mexico had abused the immunities of its mission": a wrong
        // the speaker says a party did accuses it (CAMEO 112); the party
        // is the object.
        // ("tells parliament it is 'highly likely' that Russia was
        // responsible": after a listener.)
        let misdeed_by = match tr.pattern.as_str() {
            // ("retorted that the Philippine side had intruded", "alleged
            // that Rwanda had armed the rebels": said in another word.)
            "say" | "retort" | "allege" | "argue" | "claim" | "complain" if !is_noun => {
                reported_misdeed(self.lex, toks, mentions, f.end)
            }
            "tell" if !is_noun => {
                let mut k = f.end;
                if lw(toks, k) == "the" {
                    k += 1;
                }
                AUDIENCES
                    .contains(&lw(toks, k))
                    .then(|| reported_misdeed(self.lex, toks, mentions, k + 1))
                    .flatten()
            }
            _ => None,
        };
        if misdeed_by.is_some() {
            relation = Relation::Criticize;
            cameo = "112";
            judged = tr.verdict.is_some();
        } else if let Some(need) = tr.verdict {
            // ("said on Tuesday that Sweden's accession was a threat": the
            // verdict is read from the reported clause.)
            let from = if said_like(&tr.pattern) {
                said_clause_start(toks, f.end)
            } else {
                f.end
            };
            match self.verdict_after(toks, from) {
                Some(true) => {
                    relation = Relation::Praise;
                    cameo = "051";
                    judged = true;
                }
                Some(false) => {
                    relation = Relation::Criticize;
                    cameo = "111";
                    judged = true;
                }
                None if need == VerdictUse::Required => no_event!(f),
                None => {}
            }
        }
        // "said Lavrov's presence was an insult": a verdict reported
        // with "said" is one only in a copular clause on a party or act.
        if tr.verdict.is_some()
            && !is_noun
            && said_like(&tr.pattern)
            && misdeed_by.is_none()
            && reported_verdict_subject(self.lex, toks, mentions, f.end).is_none()
        {
            no_event!(f);
        }
        // "a joint statement released by Itamaraty", "footage released
        // by the army": a text or record made public, not someone freed.
        if tr.pattern == "release"
            && f.start > 0
            && matches!(
                lw(toks, f.start - 1),
                "statement"
                    | "statements"
                    | "report"
                    | "video"
                    | "videos"
                    | "footage"
                    | "data"
                    | "document"
                    | "documents"
                    | "letter"
                    | "communique"
                    | "communiqué"
                    | "figures"
                    | "images"
                    | "photos"
                    | "list"
                    | "recording"
                    | "transcript"
                    | "readout"
                    | "text"
            )
        {
            no_event!(f);
        }
        // "joining the European Union and the United Nations in
        // condemning the law": acting alongside others, not joining them.
        if tr.pattern == "join" {
            let after = (f.end..(f.end + 14).min(toks.len()))
                .take_while(|&k| !matches!(lw(toks, k), "." | ";" | ","))
                .find(|&k| lw(toks, k) == "in");
            if after.is_some_and(|k| lw(toks, k + 1).ends_with("ing")) {
                no_event!(f);
            }
        }
        let mut confidence = 0.75 + tr.weight;
        let time_spans = times;

        // The auxiliary chain before a verb ("has not yet", "was", "to").
        let mut chain_start = f.start;
        if !is_noun {
            while chain_start > 0 {
                let w = lw(toks, chain_start - 1);
                let t = &toks[chain_start - 1];
                // "Macron, Merkel and May urged": a capitalised "May"
                // inside a sentence is a name, not a modal.
                let name = t.is_capitalized() && chain_start > 1;
                // ("Brazil and Chile have both denounced": a floating
                // quantifier.)
                let floating = matches!(w, "all" | "both" | "each")
                    && chain_start > 1
                    && !DETERMINERS.has(&toks[chain_start - 2]);
                if (AUX.has(t) || NEGATORS.has(t) || ADVERBS.has(t) || MODALS.has(t)) && !name
                    || w == "to"
                    || w == "not"
                    || floating
                {
                    chain_start -= 1;
                } else if let Some(j) = (chain_start.saturating_sub(5)..chain_start)
                    .find(|&j| duration_end(toks, j) == Some(chain_start))
                {
                    // "has for weeks threatened".
                    chain_start = j;
                } else {
                    break;
                }
            }
        }
        // The chain and the window below are runs of the sentence's tokens,
        // read in place: a list of their words was two allocations per
        // trigger read, and a token answers the word lists from its mask.
        let chain: &[Token] = &toks[chain_start..f.start];
        // "by" right after the wording names a passive's agent, unless the
        // wording ends in an infinitive ("ordered French troops to leave
        // by the end of the year").
        // ("received separately by": an adverb may come between.)
        let by_at = if ADVERBS.has_at(toks, f.end) || lw(toks, f.end).ends_with("ly") {
            f.end + 1
        } else {
            f.end
        };
        // ("agreed a ceasefire by telephone", "adopted by consensus": a
        // means, not an agent.)
        let by_after = lw(toks, by_at) == "by"
            && !tr.pattern.contains(" to ")
            && !matches!(
                lw(toks, by_at + 1),
                "telephone"
                    | "phone"
                    | "video"
                    | "videoconference"
                    | "videolink"
                    | "letter"
                    | "email"
                    | "e-mail"
                    | "consensus"
                    | "acclamation"
                    | "decree"
                    | "mail"
                    | "teleconference"
            );
        let passive = !is_noun
            && matches!(f.head, HeadForm::Participle | HeadForm::PastOrParticiple)
            && (by_after
                || chain.iter().any(|t| BE.has(t))
                    && (!chain
                        .iter()
                        .any(|t| matches!(t.lower_str(), "has" | "have" | "had" | "having"))
                        // "had earlier been received": a perfect passive.
                        || chain.iter().any(|t| t.lower_str() == "been")))
            // "was hit by", "were cut by": a verb whose participle is its
            // base form.
            || (!is_noun
                && f.head == HeadForm::Base
                && chain.iter().any(|t| BE.has(t))
                && lw(toks, f.end) == "by");

        // Negation and modality.
        let mut window: &[Token] = chain;
        // "agreed to resume their security dialogue": a noun after an
        // infinitive is what is to be done.
        let mut to_be_done = false;
        if is_noun {
            let from = f.start.saturating_sub(4);
            window = &toks[from..f.start];
            if let Some(p) = window
                .iter()
                .rposition(|t| matches!(t.lower_str(), "," | ";"))
            {
                window = &window[p + 1..];
            }
            if window
                .iter()
                .any(|t| IRREALIS_NOUN_MODIFIERS.contains(&t.lower_str()))
            {
                no_event!(f);
            }
            to_be_done = window.windows(2).any(|p| {
                p[0].lower_str() == "to"
                    && p[1].is_word()
                    && !p[1].is_capitalized()
                    && !DETERMINERS.has(&p[1])
            });
            // "the first such arrest": the noun looks back at an event
            // already reported.
            if window.last().is_some_and(|t| t.lower_str() == "such") {
                no_event!(f);
            }
            // "will not travel to Granada for talks with Pashinyan": a
            // negated verb of the clause denies the noun's event too.
            let clause_start = (f.start.saturating_sub(8)..f.start)
                .rev()
                .find(|&k| {
                    matches!(
                        lw(toks, k),
                        "," | ";" | ":" | "and" | "but" | "which" | "that" | "who" | "while"
                    )
                })
                .map_or(f.start.saturating_sub(8), |k| k + 1);
            if toks[clause_start..f.start].iter().any(|t| NEGATORS.has(t)) {
                no_event!(f);
            }
            // "threatened a nuclear strike on the United States": force
            // named as what is threatened. ("Russia warned of an invasion
            // by NATO" may be a warning about another's act.)
            if matches!(
                relation,
                Relation::Attack | Relation::Mobilize | Relation::Coerce
            ) && toks[clause_start..f.start].iter().any(|t| {
                matches!(
                    t.lower_str(),
                    "threaten" | "threatened" | "threatens" | "threatening"
                )
            }) {
                relation = Relation::Threaten;
                cameo = "138";
            }
            // "agreed to suspend annexation", "called off the offensive":
            // force stopped is a concession (CAMEO 087, de-escalation).
            if matches!(
                relation,
                Relation::Attack | Relation::Mobilize | Relation::Coerce
            ) && (clause_start..f.start).any(|k| {
                let w = lw(toks, k);
                stopping_verb(w)
                    || matches!(w, "call" | "calls" | "called" | "calling")
                        && lw(toks, k + 1) == "off"
            }) {
                relation = Relation::Yield;
                cameo = "087";
            }
            // "ruled out negotiations with the United States", "rejected
            // talks with": a meeting or deal turned down.
            if matches!(
                relation,
                Relation::Meet | Relation::Visit | Relation::SignDeal | Relation::Cooperate
            ) && (clause_start..f.start).any(|k| {
                matches!(
                    lw(toks, k),
                    "rejected" | "rejects" | "refused" | "refuses" | "spurned" | "snubbed"
                ) || matches!(lw(toks, k), "ruled" | "rules" | "rule" | "turned" | "turns")
                    && matches!(lw(toks, k + 1), "out" | "down")
            }) {
                relation = Relation::Reject;
                cameo = "125";
            }
        }
        // "Talks between the two sides had been scheduled for October but
        // were postponed": a noun subject of a plan.
        if is_noun {
            let plan = (f.end..toks.len().min(f.end + 14))
                .take_while(|&k| !matches!(lw(toks, k), ";" | "which" | "who" | "that" | "."))
                .any(|k| {
                    matches!(
                        lw(toks, k),
                        "scheduled"
                            | "planned"
                            | "postponed"
                            | "cancelled"
                            | "canceled"
                            | "delayed"
                            | "shelved"
                            | "expected"
                            | "due"
                    ) && k > f.end
                        && (BE.has_at(toks, k - 1)
                            || k > f.end + 1
                                && ADVERBS.has_at(toks, k - 1)
                                && BE.has_at(toks, k - 2))
                });
            if plan {
                no_event!(f);
            }
        }
        // "turned down an invitation to join": the refused thing is no
        // event of its own.
        if is_noun
            && all_found.iter().any(|g| {
                g.end <= f.start
                    && f.start - g.end <= 5
                    && self.lex.trigger_relation(g.trigger).0 == Relation::Reject
                    && (g.end..f.start).all(|k| {
                        DETERMINERS.has(&toks[k])
                            || toks[k].is_word() && !toks[k].is_capitalized()
                            || toks[k].text.bytes().all(|b| b.is_ascii_digit())
                    })
            })
        {
            no_event!(f);
        }
        let cooperative = !matches!(
            relation,
            Relation::Criticize
                | Relation::Threaten
                | Relation::Sanction
                | Relation::Attack
                | Relation::Coerce
                | Relation::Mobilize
                | Relation::Protest
                | Relation::Demand
                | Relation::Reject
                | Relation::Investigate
        );
        // "said it would not normalise relations with X", "I will not sign
        // anything with X": a cooperative act refused for the future is a
        // rejection made when it was said. A negated past ("did not meet")
        // is no event at all.
        // "No Greenlandic minister met him", "Neither Macron nor Scholz
        // met Xi": a subject that names nobody.
        let nobody = !is_noun
            && (chain_start.saturating_sub(6)..chain_start)
                .rev()
                .take_while(|&k| {
                    !matches!(
                        lw(toks, k),
                        "," | ";" | ":" | "and" | "but" | "that" | "who" | "which" | "when"
                    )
                })
                .any(|k| {
                    matches!(
                        lw(toks, k),
                        "no" | "neither" | "nor" | "none" | "nobody" | "nothing"
                    )
                });
        // "neither accepts nor recognises the ruling": a wording that is
        // itself a refusal carries its "neither".
        let neither_nor = tr.pattern.contains(" nor ") && f.start > 0 && {
            let mut k = f.start - 1;
            while k > 0 && quote_mark(&toks[k]) {
                k -= 1;
            }
            lw(toks, k) == "neither"
        };
        // "agreed not to threaten or use force against one another": a
        // negation before "or" denies both verbs.
        let not_either = !is_noun
            && f.start >= 3
            && lw(toks, f.start - 1) == "or"
            && (f.start.saturating_sub(5)..f.start - 1)
                .rev()
                .take_while(|&k| toks[k].is_word())
                .any(|k| NEGATORS.has(&toks[k]));
        let negated =
            !neither_nor && (nobody || not_either || window.iter().any(|t| NEGATORS.has(t)));
        // "did not rule out military action against Niger", "refused to
        // rule out the use of force": a harm not ruled out is threatened;
        // ruled out, it is no event.
        let not_ruled_out = tr.relation == Relation::Threaten && tr.pattern.starts_with("rule out");
        if not_ruled_out {
            let refused_to = f.start >= 2
                && lw(toks, f.start - 1) == "to"
                && REFUSAL_GOVERNORS.contains(&lw(toks, f.start - 2));
            if !negated && !refused_to {
                no_event!(f);
            }
        }
        let negated = negated && !not_ruled_out;
        let refused = negated
            && !is_noun
            && cooperative
            && relation != Relation::Say
            && window.iter().any(|t| {
                // ("Venezuela does not recognise the court": a standing
                // refusal, in the present. "said the EU did not recognise
                // Lukashenko as president": recognition, CAMEO 054,
                // withheld is a stance told in any tense.)
                matches!(
                    t.lower_str(),
                    "will"
                        | "would"
                        | "'ll"
                        | "shall"
                        | "won't"
                        | "wouldn't"
                        | "does"
                        | "do"
                        | "doesn't"
                        | "don't"
                ) || cameo == "054" && matches!(t.lower_str(), "did" | "didn't")
            })
            && !window
                .iter()
                .any(|t| matches!(t.lower_str(), "neither" | "nor"));
        if negated && !refused {
            no_event!(f);
        }
        // "postponed a trilateral meeting", "called off the visit": the act
        // was planned and did not take place.
        if window.iter().any(|t| {
            matches!(
                t.lower_str(),
                "postponed"
                    | "postpone"
                    | "postpones"
                    | "cancelled"
                    | "canceled"
                    | "cancel"
                    | "cancels"
                    | "scrapped"
                    | "delayed"
                    | "shelved"
            )
        }) || window.windows(2).any(|p| {
            matches!(p[0].lower_str(), "called" | "call" | "calls" | "calling")
                && p[1].lower_str() == "off"
        }) {
            no_event!(f);
        }
        // "The Kremlin denied that Putin had met Erdogan", "denied reports
        // that Washington had offered Ankara anything": an act told inside
        // a denial is denied.
        let denied = (f.start.saturating_sub(15)..f.start).any(|k| {
            matches!(lw(toks, k), "denied" | "denies" | "deny" | "denying")
                && (k + 1..(k + 5).min(f.start)).any(|x| lw(toks, x) == "that")
                // (The denial ends at its clause: "denied that Serbia was
                // behind it, blamed Kurti", "and condemned the killing",
                // "after Burundi accused it".)
                && !(k + 1..f.start).any(|x| {
                    matches!(
                        lw(toks, x),
                        ";" | "." | "," | "and" | "but" | "while" | "although" | "after"
                            | "because" | "when"
                    )
                })
        });
        if denied {
            no_event!(f);
        }
        // "A meeting between Duda and Zelensky that had been pencilled in
        // ... did not take place": the act named, then said not to happen.
        if is_noun {
            let end = (f.end..toks.len())
                .find(|&k| matches!(lw(toks, k), "." | ";"))
                .unwrap_or(toks.len());
            let undone = (f.end..end).any(|k| {
                let w = lw(toks, k);
                let happened = matches!(w, "place" if matches!(lw(toks, k - 1), "take" | "took"))
                    || matches!(w, "happen" | "materialise" | "materialize");
                happened
                    && (k.saturating_sub(4)..k)
                        .any(|x| matches!(lw(toks, x), "not" | "never" | "n't"))
                    || w == "fell" && lw(toks, k + 1) == "through"
            });
            if undone {
                no_event!(f);
            }
        }
        // "said he hoped X would join them": a wish, not an act.
        if (f.start.saturating_sub(10)..f.start).any(|k| {
            matches!(
                lw(toks, k),
                "hoped" | "hopes" | "hope" | "hoping" | "wished" | "wishes" | "wish"
            )
        }) && window
            .iter()
            .any(|t| matches!(t.lower_str(), "would" | "will" | "could" | "to"))
        {
            no_event!(f);
        }
        // "IGAD, backed by the African Union,", "the coalition backing
        // President Hadi": backing named as what something is describes
        // it; no act of backing is told.
        if matches!(tr.pattern.as_str(), "back" | "support" | "endorse")
            && f.start > 0
            && match f.head {
                HeadForm::Ing => {
                    let p = &toks[f.start - 1];
                    p.is_capitalized()
                        || p.is_word()
                            && !AUX.has(p)
                            && !ADVERBS.has(p)
                            && !matches!(p.lower_str(), "and" | "or" | "but" | "while" | "by")
                            && mentions.iter().any(|m| m.end == f.start)
                }
                HeadForm::PastOrParticiple | HeadForm::Participle => {
                    lw(toks, f.start - 1) == "," && lw(toks, f.end) == "by"
                }
                _ => false,
            }
        {
            no_event!(f);
        }
        let base_relation = relation;
        // "adopted a package of sanctions against Russia, targeting its
        // trade in gas", "tariffs that hit Chinese steel": what a penalty
        // targets or hits is no armed attack.
        if relation == Relation::Attack
            && !is_noun
            && matches!(tr.pattern.as_str(), "target" | "hit")
            && toks[..f.start].iter().any(|t| {
                matches!(
                    t.lower_str(),
                    "sanction"
                        | "sanctions"
                        | "tariff"
                        | "tariffs"
                        | "restrictions"
                        | "embargo"
                        | "levies"
                        | "duties"
                        | "package"
                )
            })
        {
            no_event!(f);
        }
        // "X said Y would send arms": reported intent is a pledge (or a
        // threat), made when it was said.
        // ("ECOWAS leaders warned they could use force against Niger": a
        // harm the warners say they may do is threatened, as one they
        // would do. What a named other might do is no threat by them
        // ("warned that China could invade Taiwan").)
        let warned_may = !cooperative
            && !is_noun
            && window
                .iter()
                .any(|t| matches!(t.lower_str(), "could" | "might" | "may"))
            && chain_start >= 2
            && matches!(lw(toks, chain_start - 1), "it" | "they" | "we")
            && {
                let mut k = chain_start - 2;
                if lw(toks, k) == "that" && k > 0 {
                    k -= 1;
                }
                matches!(
                    lw(toks, k),
                    "warned" | "warns" | "warning" | "cautioned" | "threatened" | "threatens"
                )
            };
        let intent_word = warned_may
            || window
                .iter()
                .any(|t| matches!(t.lower_str(), "would" | "will" | "'ll" | "shall"));
        // "Thailand will release 18 Cambodian soldiers": news that states
        // what a government will give or do for another reports its
        // announced intent (CAMEO 03), as a reporting verb would. Meetings,
        // visits and signings said to come are plans instead, kept when
        // dated; "would" without a reporting verb is a hypothesis.
        let announced = !is_noun
            && matches!(
                relation,
                Relation::Aid | Relation::Cooperate | Relation::Yield
            )
            && window
                .iter()
                .any(|t| matches!(t.lower_str(), "will" | "'ll" | "shall"));
        let reported = intent_word && (announced || toks.iter().any(|t| REPORTING_VERBS.has(t)));
        let mut promised = false;
        if refused {
            relation = Relation::Reject;
            cameo = "120";
            promised = true;
        } else if reported {
            if relation == Relation::Invite
                || relation == Relation::Praise && tr.pattern.starts_with("nominate")
            {
                // "Orban said he would invite Netanyahu to Hungary": the
                // invitation is the act announced. ("said they would
                // nominate Trump for the Nobel Peace Prize": so is the
                // honour.)
            } else if relation == Relation::Urge {
                // "would ask Serbia to hand him over": an appeal announced
                // is neither made yet nor a promise to the one asked.
                no_event!(f);
            } else if relation == Relation::Yield {
                // "Rwanda said it would reopen its border crossing with
                // Uganda on Monday": a concession announced is made when
                // it is announced, whatever day it takes effect. (Aid
                // announced stays a pledge: readers split on it.)
            } else if relation == Relation::Mobilize
                && lw(toks, f.end.saturating_sub(1)) == "to"
                && !(f.start..(f.end + 4).min(toks.len())).any(|k| {
                    matches!(
                        lw(toks, k),
                        "border" | "frontier" | "borders" | "towards" | "toward" | "against"
                    )
                })
                && !toks.iter().any(|t| {
                    matches!(
                        t.lower_str(),
                        "if" | "unless"
                            | "warned"
                            | "warns"
                            | "threatened"
                            | "threatens"
                            | "vowed"
                            | "vows"
                    )
                })
            {
                // "Britain says it will send some 200 soldiers to reinforce
                // KFOR", "said it would deploy police to Haiti": forces
                // promised to a place, with no border, foe or condition
                // named, are help offered, not a threat.
                cameo = "033";
                relation = Relation::Pledge;
            } else if cooperative {
                cameo = match relation {
                    Relation::Aid => "033",
                    Relation::Yield => "035",
                    Relation::Meet | Relation::Visit | Relation::Host => "036",
                    _ => "030",
                };
                relation = Relation::Pledge;
            } else if relation == Relation::Sanction
                // "Russia would take countermeasures": a penalty left
                // unnamed is a threat however it is said.
                && !tr.pattern.contains("countermeasure")
                && (toks.iter().any(|t| {
                    matches!(
                        t.lower_str(),
                        "announced" | "announces" | "decided" | "decides" | "ordered" | "orders"
                    )
                }) || !toks.iter().any(|t| {
                    matches!(
                        t.lower_str(),
                        "if" | "unless"
                            | "should"
                            | "otherwise"
                            | "or"
                            | "vowed"
                            | "vows"
                            | "warned"
                            | "warns"
                            | "threatened"
                            | "threatens"
                            | "respond"
                            | "retaliate"
                    )
                }))
            {
                // "Japan announced it would tighten controls on exports to
                // Korea": a penalty announced is one decided, not a threat.
                // So is one stated without a condition ("May said Britain
                // would expel 23 Russian diplomats"); vowed, warned of or
                // conditional, it is a threat.
            } else {
                cameo = if matches!(relation, Relation::Attack | Relation::Mobilize) {
                    "138"
                } else {
                    "130"
                };
                relation = Relation::Threaten;
            }
            promised = true;
        } else if window.iter().any(|t| MODALS.has(t)) {
            no_event!(f);
        }
        // "if Finland joined NATO", "unless Washington backs down": an act
        // in a condition has not happened.
        // ("If China, India and ASEAN spoke with one voice": the commas of
        // a list of names stay inside the condition.)
        let list_comma = |k: usize| {
            lw(toks, k) == ","
                && mentions.iter().any(|m| m.end == k)
                && mentions.iter().any(|m| m.start == k + 1)
        };
        if !is_noun
            && (f.start.saturating_sub(10)..chain_start)
                .rev()
                .take_while(|&k| {
                    list_comma(k)
                        || !matches!(
                            lw(toks, k),
                            "," | ";" | ":" | "but" | "that" | "which" | "who" | "said" | "says"
                        )
                })
                .any(|k| matches!(lw(toks, k), "if" | "unless"))
        {
            no_event!(f);
        }
        // "too early to say when X would reopen": an open question.
        if intent_word
            && (f.start.saturating_sub(8)..chain_start)
                .any(|k| matches!(lw(toks, k), "when" | "whether" | "if" | "how"))
        {
            no_event!(f);
        }
        if to_be_done
            && matches!(
                relation,
                Relation::Meet | Relation::Visit | Relation::Host | Relation::Cooperate
            )
        {
            no_event!(f);
        }
        let mut planned = !promised && window.iter().any(|t| FUTURE.has(t));
        // "Mr Wang arrives in Tonga today before moving on to Vanuatu": a
        // leg after one told in the present or future is still to come.
        let leg_ahead = !planned
            && !is_noun
            && f.start > 0
            && lw(toks, f.start - 1) == "before"
            && lw(toks, f.start).ends_with("ing")
            && (f.start.saturating_sub(14)..f.start - 1).any(|k| {
                matches!(
                    lw(toks, k),
                    "will"
                        | "'ll"
                        | "due"
                        | "expected"
                        | "tomorrow"
                        | "arrives"
                        | "travels"
                        | "heads"
                        | "flies"
                        | "begins"
                        | "starts"
                        | "visits"
                )
            });
        planned |= leg_ahead;
        // "Vance is planning a trip to Nuuk", "has scheduled talks with":
        // an act named by a noun that a verb of planning governs.
        if is_noun && !planned {
            let mut k = f.start;
            let mut steps = 0;
            while k > 0 && steps < 4 {
                let t = &toks[k - 1];
                if DETERMINERS.has(t)
                    || t.is_word()
                        && !t.is_capitalized()
                        && steps < 3
                        && !AUX.has(t)
                        && !PLAN_VERBS.contains(&t.lower_str())
                {
                    k -= 1;
                    steps += 1;
                } else {
                    break;
                }
            }
            planned = k > 0 && PLAN_VERBS.contains(&lw(toks, k - 1));
        }

        // "to" + trigger: what governs it decides what it means.
        let to_at = if is_noun {
            // "expected to hold talks" is a verb trigger; for nouns look for
            // "to VERB ... noun" within a few words.
            (f.start.saturating_sub(6)..f.start).rev().find(|&k| {
                lw(toks, k) == "to"
                    && !DETERMINERS.has_at(toks, k + 1)
                    && k + 1 < f.start
                    && !toks[k + 1].is_capitalized()
            })
        } else {
            (chain_start..f.start).rev().find(|&k| lw(toks, k) == "to")
        };
        // "Sudan decided to recall its ambassador on Thursday": an act
        // governed by a past verb that makes it real is past itself.
        let mut governed_past = false;
        if let Some(k) = to_at {
            // Skip adverbs and a time phrase between the governor and "to"
            // ("agreed on Friday to resume").
            let mut g = k;
            loop {
                if g > 0 && ADVERBS.has(&toks[g - 1]) {
                    g -= 1;
                } else if let Some(t) = time_spans.iter().find(|t| t.end == g) {
                    g = t.start;
                    if g > 0 && matches!(lw(toks, g - 1), "on" | "in" | "at" | "by") {
                        g -= 1;
                    }
                } else {
                    break;
                }
            }
            let gov = if g > 0 { lw(toks, g - 1) } else { "" };
            if promised {
                // already a pledge or threat
            } else if lw(toks, k + 1) == "have"
                && matches!(
                    gov,
                    "reported"
                        | "said"
                        | "believed"
                        | "understood"
                        | "thought"
                        | "known"
                        | "alleged"
                        | "claimed"
                        | "seen"
                        | "appears"
                        | "appeared"
                        | "seems"
                        | "seemed"
                )
            {
                // "Powell is reported to have telephoned Kadirgamar": a
                // perfect after a report is an act done.
                governed_past = true;
            } else if not_ruled_out {
                // already a threat
            } else if REFUSAL_GOVERNORS.contains(&gov) {
                if !cooperative {
                    no_event!(f);
                }
                relation = Relation::Reject;
                cameo = "120";
            } else if THREAT_GOVERNORS.contains(&gov)
                || gov == "hesitate"
                    && !cooperative
                    && g >= 2
                    && matches!(lw(toks, g - 2), "not" | "n't" | "never")
            {
                // "would not hesitate to annihilate South Korea": a threat.
                cameo = if matches!(relation, Relation::Attack | Relation::Mobilize) {
                    "138"
                } else {
                    "130"
                };
                relation = Relation::Threaten;
            } else if matches!(gov, "agreed" | "agree" | "agrees")
                && base_relation.is_symmetric()
                && (chain_start..f.start).all(|x| lw(toks, x) != "not")
                && self.coordinated_before(toks, mentions, g)
            {
                // "X and Y agreed to restore ties": the agreement is the act.
            } else if gov == "agreed"
                && relation == Relation::Sanction
                && !(chain_start..f.start).any(|x| matches!(lw(toks, x), "not" | "n't"))
            {
                // "EU leaders agreed to ban Belarusian airlines", "agreed to
                // exclude the junta leader": a penalty agreed is decided.
            } else if matches!(gov, "agreed" | "agrees") && relation == Relation::Yield {
                // "Armenia agreed to return four villages to Azerbaijan": a
                // concession agreed is made.
            } else if gov == "agreed" && matches!(tr.pattern.as_str(), "resign" | "step down") {
                // "agreed to step down": the concession is made.
            } else if PROMISE_GOVERNORS.contains(&gov)
                && !(gov == "agreed" && relation == Relation::SignDeal)
                // "was prepared to impose sanctions": readiness to act
                // against someone is a threat. (Readiness to help or to
                // meet is left unread: readers seldom code it.)
                || matches!(gov, "prepared" | "ready")
                    && !cooperative
                    && g >= 2
                    && (BE.has_at(toks, g - 2) || matches!(lw(toks, g - 2), "stands" | "stand" | "stood"))
                    && !(g.saturating_sub(4)..g).any(|x| NEGATORS.has(&toks[x]))
            {
                if cooperative {
                    cameo = match relation {
                        Relation::Aid => "033",
                        Relation::Yield => "035",
                        Relation::Meet | Relation::Visit => "036",
                        _ => "030",
                    };
                    relation = Relation::Pledge;
                } else {
                    relation = Relation::Threaten;
                    cameo = "130";
                }
            } else if matches!(gov, "decided" | "decides" | "voted" | "votes")
                && !scheduled(relation)
                && !(chain_start..f.start).any(|x| matches!(lw(toks, x), "not" | "n't"))
            {
                // "decided to expel two diplomats", "voted to suspend aid":
                // a penalty or concession decided is the act; a trip or a
                // meeting decided is still a plan.
                governed_past = matches!(gov, "decided" | "voted");
            } else if matches!(gov, "continue" | "continues")
                && !(g.saturating_sub(3)..g).any(|x| MODALS.has(&toks[x]) || FUTURE.has(&toks[x]))
            {
                // "China and Russia continue to sell arms to the junta": an
                // act kept up is done. ("will continue to provide" is a
                // promise.)
            } else if REALIS_GOVERNORS.contains(&gov)
                && (g.saturating_sub(3)..g).any(|x| MODALS.has(&toks[x]))
            {
                // "could be forced to downgrade ties": unreal like the
                // modal's own verb.
                no_event!(f);
            } else if REALIS_GOVERNORS.contains(&gov) {
                governed_past = gov.ends_with("ed") || matches!(gov, "went" | "began" | "chose");
            } else if (k.saturating_sub(7)..k).any(|x| {
                // ("the most senior Indian official to visit", but
                // not "most likely to visit").
                matches!(
                    lw(toks, x),
                    "first" | "last" | "only" | "most" | "highest" | "highest-ranking"
                ) && !matches!(lw(toks, x + 1), "likely" | "expected" | "probably")
            }) {
                // "the first leader in two decades to visit": it happened.
                // happened
            } else if !is_noun
                && (self.purpose_after_motion(toks, mentions, g)
                    || purpose_of_call(toks, mentions, g))
            {
                // "flew to Honiara to urge Sogavare": the purpose of a trip
                // that happened is reported as done.
            } else if !is_noun
                && matches!(
                    gov,
                    "trip"
                        | "visit"
                        | "tour"
                        | "stop"
                        | "stopover"
                        | "opportunity"
                        | "occasion"
                        | "speech"
                        | "address"
                        | "meeting"
                        | "summit"
                        | "platform"
                        | "appearance"
                        | "interview"
                )
                && (g.saturating_sub(5)..g - 1)
                    .any(|x| matches!(lw(toks, x), "used" | "uses" | "seized" | "took" | "takes"))
            {
                // "Vance used the trip to criticise Denmark": what an
                // occasion was used for was done.
            } else if relation == Relation::Investigate
                && matches!(
                    gov,
                    "mission"
                        | "team"
                        | "commission"
                        | "panel"
                        | "inquiry"
                        | "investigators"
                        | "inspectors"
                        | "experts"
                )
                && (g.saturating_sub(6)..g).any(|x| {
                    matches!(
                        lw(toks, x),
                        "set"
                            | "established"
                            | "establish"
                            | "sent"
                            | "dispatched"
                            | "created"
                            | "appointed"
                            | "formed"
                            | "mandated"
                            | "deployed"
                            | "launched"
                    )
                })
            {
                // "set up a fact-finding mission to investigate the
                // crackdown": a body made to find out is the inquiry begun.
            } else if matches!(
                gov,
                "tried"
                    | "tries"
                    | "try"
                    | "trying"
                    | "attempted"
                    | "attempts"
                    | "attempt"
                    | "failed"
                    | "fails"
                    | "fail"
            ) {
                // "said he had tried to call his counterpart", "failed to
                // agree on a ceasefire": neither done nor planned.
                no_event!(f);
            } else if relation == Relation::Attack
                && !is_noun
                && matches!(
                    gov,
                    "jets"
                        | "warplanes"
                        | "aircraft"
                        | "drones"
                        | "bombers"
                        | "helicopters"
                        | "gunships"
                        | "warships"
                )
                && (g.saturating_sub(8)..g).any(|x| {
                    matches!(
                        lw(toks, x),
                        "sent" | "dispatched" | "deployed" | "scrambled" | "launched"
                    )
                })
            {
                // "Thailand sent F-16 fighter jets to strike Cambodian
                // military targets": warplanes sent to strike are the
                // strike told.
            } else if IRREALIS_GOVERNORS.contains(&gov) || is_noun {
                planned = true;
            } else if !is_noun {
                // "X to visit Y" (headline), "in order to", purpose clauses.
                planned = true;
            }
        }
        // "demanded that X apologise": the act demanded has not happened.
        let demanded = all_found.iter().any(|g| {
            g.end <= f.start
                // The relation alone: `trigger_relation` would copy the
                // CAMEO code too, for every earlier trigger of every one.
                && matches!(
                    self.lex.triggers[g.trigger].relation,
                    Relation::Demand | Relation::Urge
                )
                && mentions.iter().any(|m| {
                    m.start >= g.end
                        && (m.end == f.start || m.end + 1 == f.start)
                        && (g.end.saturating_sub(1)..m.start).any(|k| lw(toks, k) == "that")
                        && (g.end..m.start).all(|k| {
                            let w = lw(toks, k);
                            w == "that"
                                || w == "instead"
                                || ADVERBS.has(&toks[k])
                                || in_time_phrase(times, k)
                        })
                })
        });
        // "urged Israel to hold talks with Hamas", "pressed Kyiv to sign":
        // the act urged on the object has not happened either.
        let urged = !is_noun
            && f.start >= 2
            && lw(toks, f.start - 1) == "to"
            && mentions.iter().any(|m| {
                m.end + 1 == f.start
                    && all_found.iter().any(|g| {
                        g.end <= m.start
                            && m.start <= g.end + 1
                            && matches!(
                                self.lex.triggers[g.trigger].relation,
                                Relation::Demand | Relation::Urge
                            )
                    })
            });
        if demanded || urged {
            no_event!(f);
        }
        // "a fact-finding mission to investigate Iran's crackdown": a verb
        // after the noun's "to" says what the mission is for; no visit.
        if is_noun
            && matches!(
                relation,
                Relation::Visit | Relation::Mobilize | Relation::Aid
            )
            && f.end > 0
            && lw(toks, f.end - 1) == "to"
            && toks.get(f.end).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && !DETERMINERS.has(t)
                    && self.lex.first_of(t) & crate::lexicon::FIRST_TRIGGER != 0
            })
        {
            no_event!(f);
        }
        // "called for dialogue between Brazil, Colombia and Chile": a
        // meeting called for has not taken place.
        if is_noun
            && (f.start.saturating_sub(4)..f.start).any(|k| {
                lw(toks, k) == "for"
                    && k > 0
                    && matches!(
                        lw(toks, k - 1),
                        "call"
                            | "calls"
                            | "called"
                            | "calling"
                            | "appeal"
                            | "appealed"
                            | "appealing"
                            | "pressed"
                            | "pushed"
                            | "push"
                    )
            })
        {
            no_event!(f);
        }
        // "should he ever set foot in Armenia", "were she to visit": a
        // clause opened by an inverted "should" or "were" is a condition.
        let clause_at = (0..f.start)
            .rev()
            .find(|&k| {
                matches!(
                    lw(toks, k),
                    "," | ";" | "-" | "\u{2013}" | "\u{2014}" | "(" | ":"
                )
            })
            .map_or(0, |k| k + 1);
        if matches!(lw(toks, clause_at), "should" | "were")
            && (matches!(
                lw(toks, clause_at + 1),
                "he" | "she" | "they" | "it" | "we" | "i"
            ) || mentions.iter().any(|m| m.start == clause_at + 1))
        {
            no_event!(f);
        }
        // "Will Erdogan finally sit down with Assad?": a yes-no question
        // asks whether the act happens, and tells nothing. (What it names
        // with a noun it takes as given: "Did the talks with Xi change
        // anything?")
        if !is_noun
            && toks.last().is_some_and(|t| t.text == "?")
            && (AUX.has_at(toks, clause_at) || MODALS.has_at(toks, clause_at))
            // ("Did you raise it when you met Xi?": a clause inside the
            // question tells what it takes as given.)
            && !(clause_at..f.start).any(|k| {
                SUBORDINATORS.contains(&lw(toks, k)) || matches!(lw(toks, k), "that" | "who")
            })
        {
            no_event!(f);
        }
        if hearsay_before(toks, f.start) {
            no_event!(f);
        }
        // "Royal Marines helped impound an Iranian supertanker": help with
        // an act is that act, which the verb after it tells.
        if !is_noun && tr.pattern == "help" && base_verb_at(self.lex, toks, f.end) {
            no_event!(f);
        }
        // "denied ... visiting", "without meeting".
        if f.start > 0
            && matches!(
                lw(toks, f.start - 1),
                "denied" | "denies" | "deny" | "without" | "against" | "avoid" | "avoided"
            )
        {
            no_event!(f);
        }
        if !is_noun
            && matches!(f.head, HeadForm::Ing)
            && f.start > 0
            && matches!(
                lw(toks, f.start - 1),
                "of" | "about" | "on" | "considering" | "consider"
            )
        {
            planned = true;
        }
        // "condemned what he called ethnic cleansing": a name given, not
        // a phone call. (As a verdict it stands: "praised what he called
        // Spain's clear position".)
        if !is_noun
            && !judged
            && (f.start.saturating_sub(4)..f.start)
                .any(|k| lw(toks, k) == "what" && (k + 1..f.start).all(|x| toks[x].is_word()))
            && matches!(
                tr.pattern.split(' ').next(),
                Some("call" | "describe" | "term" | "dub" | "label" | "brand" | "characterize")
            )
        {
            no_event!(f);
        }
        // "sanctioned X for supplying Y": a reason, whose agent is the
        // object of the main clause and whose time is unknown.
        if !is_noun
            && matches!(f.head, HeadForm::Ing)
            && f.start > 0
            && lw(toks, f.start - 1) == "for"
        {
            no_event!(f);
        }

        // A participle inside a noun phrase is an adjective ("five detained
        // citizens"); after a noun it opens a reduced relative clause
        // ("vehicles imported from China"), whose agent needs "by".
        let participle =
            !is_noun && matches!(f.head, HeadForm::Participle | HeadForm::PastOrParticiple);
        if !is_noun && f.start > 0 && chain.is_empty() {
            let prev = &toks[f.start - 1];
            let pw = prev.lower_str();
            // ("Japan in July 2019 tightened controls": a year ends a time
            // phrase, and counts nothing.)
            // ("..., and both warned Israel": "both" read as a subject
            // pronoun is no determiner.)
            // ("Scholz and Barrot both warned": a quantifier after its
            // subject floats, and determines nothing.)
            let floating = matches!(pw, "both" | "all" | "each")
                && f.start > 1
                && mentions.iter().any(|m| m.end == f.start - 1);
            // ("The two held talks": a count that is itself a mention of
            // the pair is the subject, and modifies nothing.)
            let subject_before = mentions.iter().any(|m| m.end == f.start);
            // ("were among the countries that condemned the raid": "that"
            // opens a relative clause; it determines nothing.)
            let relative = among_the_ones(toks, f.start).is_some();
            if participle
                && (DETERMINERS.has(prev) && !floating && !subject_before && !relative
                    || (pw.chars().next().is_some_and(|c| c.is_ascii_digit())
                        && !in_time_phrase(times, f.start - 1))
                    || NUMBER_WORDS.has(prev) && !subject_before)
            {
                no_event!(f);
            }
            // "backed opposing sides", "the ruling party": an -ing word after
            // another verb or a determiner modifies a noun.
            if f.head == HeadForm::Ing
                && (matches!(pw, "that" | "the" | "a" | "an")
                    || (prev.is_word()
                        && !prev.is_capitalized()
                        && !PREPOSITIONS.has(prev)
                        && !SUBORDINATORS.contains(&pw)
                        && !matches!(pw, "and" | "or" | "then" | "also" | "while" | "when" | "by")
                        // "Egypt began delivering weapons": the act itself,
                        // when its subject is named right before.
                        // ("Russia has begun withdrawing": an auxiliary
                        // between.)
                        && !(ASPECT_VERBS.contains(&pw)
                            && f.start > 1
                            && mentions.iter().any(|m| {
                                m.end == f.start - 1
                                    || m.end + 2 == f.start
                                        && matches!(
                                            lw(toks, m.end),
                                            "has" | "have" | "had" | "is" | "are" | "was" | "were"
                                        )
                            }))
                        // "issued a statement calling on Maduro": what a
                        // text says is its author's act.
                        && !STATEMENT_NOUNS.contains(&pw)
                        && !mentions.iter().any(|m| m.end == f.start)))
            {
                no_event!(f);
            }
        }
        // "air traffic coming from or going to Mali": an -ing joined by
        // "or" to one that modifies a noun modifies it too.
        if !is_noun
            && f.head == HeadForm::Ing
            && chain.is_empty()
            && f.start > 2
            && matches!(lw(toks, f.start - 1), "and" | "or")
        {
            // ("coming from or going to": the first -ing word and its
            // preposition right before the conjunction.)
            let first_ing = (f.start.saturating_sub(4)..f.start - 1).rev().find(|&j| {
                j > 0
                    && toks[j].is_word()
                    && !toks[j].is_capitalized()
                    && lw(toks, j).ends_with("ing")
                    && PREPOSITIONS.has_at(toks, j + 1)
            });
            if let Some(j) = first_ing {
                let p = &toks[j - 1];
                let pw = p.lower_str();
                if p.is_word()
                    && !p.is_capitalized()
                    && !PREPOSITIONS.has(p)
                    && !SUBORDINATORS.contains(&pw)
                    && !AUX.has(p)
                    && !ADVERBS.has(p)
                    && !pw.ends_with("ed")
                    && !ASPECT_VERBS.contains(&pw)
                    && !STATEMENT_NOUNS.contains(&pw)
                    && !matches!(
                        pw,
                        "and" | "or" | "then" | "also" | "while" | "when" | "by" | "of"
                    )
                    && !mentions.iter().any(|m| m.end == j)
                {
                    no_event!(f);
                }
            }
        }
        let reduced_relative = participle
            && chain.is_empty()
            && (PREPOSITIONS.has_at(toks, f.start + 1)
                || toks.get(f.start + 1).is_none_or(|t| !t.is_word()))
            && f.start > 0
            && toks[f.start - 1].is_word()
            && !toks[f.start - 1].is_capitalized()
            // "welcomed the releases but called on": a conjunction or an
            // adverb before it makes it a verb of the clause.
            && !matches!(
                lw(toks, f.start - 1),
                "and" | "or" | "but" | "yet" | "nor" | "who" | "which" | "that" | "also" | "then"
            )
            && !ADVERBS.has(&toks[f.start - 1])
            // ("has since refused to recognise": a perfect, one word after
            // its auxiliary.)
            && !(f.start >= 2 && matches!(lw(toks, f.start - 2), "has" | "have" | "had"))
            // ("which Maduro promptly rejected": an -ly adverb too.)
            && !(lw(toks, f.start - 1).ends_with("ly") && lw(toks, f.start - 1).len() > 4)
            && !mentions.iter().any(|m| m.end == f.start)
            // ("Saudi Arabia and its allies agreed on Tuesday to restore
            // ties": agreeing to do something is done, not undergone.)
            && !tr.pattern.starts_with("agree to ")
            // ("Dozens of supporters of the party protested outside the
            // embassy", "a plane carrying relief material landed in
            // Yangon": a crowd's verb and a verb of arriving take no
            // object, so they have no passive participle.)
            && !(relation == Relation::Protest
                && matches!(
                    tr.pattern.split(' ').next(),
                    Some("protest" | "rally" | "march" | "demonstrate" | "gather" | "riot")
                ))
            && !matches!(
                tr.pattern.as_str(),
                "arrive in" | "arrive at" | "land in" | "land at" | "touch down in"
            );
        // ("a memorandum signed by Ethiopia and Somaliland": after a
        // noun, with its agents named, still a reduced relative; a shared
        // act between them needs no patient.)
        let after_noun = reduced_relative;
        let reduced_relative = reduced_relative && !passive;
        let passive = passive || reduced_relative;

        // (An inquiry too reaches into a place: "an inquiry into abuses in
        // Sudan".)
        let physical = matches!(
            relation,
            Relation::Attack
                | Relation::Coerce
                | Relation::Mobilize
                | Relation::Aid
                | Relation::Protest
                | Relation::Investigate
        );

        // Roles.
        let (mut sources, mut targets): (Vec<usize>, Vec<usize>);
        // The parties of talks a host held, who came to meet each other.
        let mut hosted_talks = false;
        // An arrival whose place is only the dateline's.
        let mut dateline_place = false;
        let mut pairs_within = false;
        // The words that named a force standing for its state, if one did.
        let mut force_words: Option<String> = None;
        let mut welcomed_act = false;
        if passive {
            let search = ObjectSearch {
                after_by: true,
                physical,
                that_clause: false,
                adjective: false,
            };
            // "Sanctions were imposed on Iran by the EU": a wording that
            // ends in its preposition has the patient right after it, then
            // the agent after "by".
            let pp_patient = if tr.pattern.ends_with(" on") || tr.pattern.ends_with(" against") {
                mentions
                    .iter()
                    .position(|m| m.start == f.end && lw(toks, m.end) == "by")
            } else {
                None
            };
            let agents_from = pp_patient.map_or(f.end, |mi| mentions[mi].end);
            let mut agents = self.object_after(toks, mentions, agents_from, claimed, times, search);
            // "was struck by Russian missiles", "hit by an Israeli drone":
            // the weapon's country is the agent.
            if agents.is_empty() && physical && lw(toks, f.end) == "by" {
                let mut k = f.end + 1;
                if DETERMINERS.has_at(toks, k) {
                    k += 1;
                }
                if let Some(c) = self.adjective_country(toks, k) {
                    agents = vec![c];
                }
            }
            // "Forty-five Russian diplomats were expelled from Moldova",
            // "were ordered out of Moldova": the state that expels them.
            if agents.is_empty() && base_relation == Relation::Sanction {
                let at = match (lw(toks, f.end), lw(toks, f.end + 1)) {
                    ("from", _) => Some(f.end + 1),
                    ("out", "of") => Some(f.end + 2),
                    _ if tr.pattern.ends_with(" of") => Some(f.end),
                    _ => None,
                };
                if let Some(m) = at.and_then(|at| {
                    let at = if DETERMINERS.has_at(toks, at) {
                        at + 1
                    } else {
                        at
                    };
                    mentions.iter().find(|m| m.start == at)
                }) {
                    if m.actors
                        .iter()
                        .all(|&a| self.cast.kind(a) == ActorKind::Country)
                    {
                        agents = m.actors.clone();
                    }
                }
            }
            // "Mwangi was arrested on Monday at his hotel in Dar es
            // Salaam", "was detained in Moscow": with no agent named, the
            // state where it was done did it.
            if agents.is_empty() && base_relation == Relation::Coerce && !is_noun {
                let stop = (f.end..(f.end + 12).min(toks.len()))
                    .find(|&k| {
                        matches!(
                            lw(toks, k),
                            ";" | "," | "." | "which" | "who" | "that" | "but" | "and" | "after"
                        )
                    })
                    .unwrap_or((f.end + 12).min(toks.len()));
                if let Some(m) = mentions.iter().find(|m| {
                    m.start > f.end
                        && m.start < stop
                        && lw(toks, m.start - 1) == "in"
                        && !m.actors.is_empty()
                        && m.actors
                            .iter()
                            .all(|&a| self.cast.kind(a) == ActorKind::Country)
                }) {
                    agents = m.actors.clone();
                }
            }
            // "The accord was concluded in Vienna between Iran and the
            // United States", "talks were held between X and Y": the two
            // parties of a shared act, with no agent named.
            if agents.is_empty() && base_relation.is_symmetric() {
                let between = (f.end..(f.end + 10).min(toks.len()))
                    .take_while(|&k| {
                        !matches!(lw(toks, k), ";" | "," | "which" | "who" | "that" | "but")
                    })
                    .find(|&k| lw(toks, k) == "between");
                if let Some(mi) =
                    between.and_then(|k| mentions_after(toks, mentions, k).next().map(|(i, _)| i))
                {
                    let parties = coordinated_right(toks, mentions, mi, claimed);
                    if parties.len() >= 2 {
                        agents = parties;
                    }
                }
            }
            // "a ceasefire signed by X and Y": a reduced relative's patient
            // is the noun it follows, never the clause's subject before it.
            // ("The summit, co-chaired by X and Y": a wording between its
            // agents alone has no patient.)
            let mut patient = if let Some(mi) = pp_patient {
                claimed.insert(mi);
                mentions[mi].actors.clone()
            } else if reduced_relative
                || f.pair_only
                || after_noun && base_relation.is_symmetric() && cameo != "045" && agents.len() >= 2
            {
                Vec::new()
            } else {
                self.subject_before(toks, mentions, chain_start, claimed, subjects_used, false)
            };
            // A subject that names no actor itself: where or what it was.
            if patient.is_empty() && !agents.is_empty() && !f.pair_only {
                let mut np = chain_start;
                while np > 0 && chain_start - np < 5 && toks[np - 1].is_word() {
                    np -= 1;
                }
                // "A hospital in Kyiv was struck by Russian missiles": a
                // place in the subject stands for its country.
                if physical {
                    if let Some(m) = mentions.iter().find(|m| {
                        m.start >= np
                            && m.start > 0
                            && m.end <= chain_start
                            && lw(toks, m.start - 1) == "in"
                            && m.actors
                                .iter()
                                .all(|&a| self.cast.kind(a) == ActorKind::Country)
                    }) {
                        patient = others(&m.actors, &agents);
                    }
                    // "Kharkiv and Odesa were shelled by Russian forces":
                    // a town struck is its country struck.
                    if patient.is_empty() {
                        if let Some(m) = mentions
                            .iter()
                            .find(|m| m.start >= np && m.end <= chain_start && m.place)
                        {
                            patient = others(&m.actors, &agents);
                        }
                    }
                }
                // "agreed to a ceasefire at talks hosted by Anwar": the
                // host received the parties of the talks.
                if patient.is_empty() && base_relation == Relation::Host {
                    patient = self.parties_of_hosted(toks, chain_start, s.index, &agents);
                }
                // "The accusation was rejected by Frederiksen", "The
                // American claims were rejected by Nielsen": the act's
                // agent, as after an active verb.
                if patient.is_empty() {
                    patient = self.act_participant(toks, mentions, np, base_relation, &agents);
                }
                if patient.is_empty() {
                    patient = self.act_antecedent(toks, np, s.index, base_relation, &agents);
                }
                if patient.is_empty() && !base_relation.is_symmetric() {
                    patient = self.subject_owner(toks, mentions, chain_start, &agents);
                }
            }
            // "Russia arrested Frode Berg in 2017. He was released on
            // Friday": freed by whoever held him.
            if agents.is_empty() && base_relation == Relation::Yield {
                // (Not by unnamed police: the state that frees is not
                // known from them.)
                if let &[held] = patient.as_slice() {
                    agents.extend(
                        self.cast
                            .captor_of(held)
                            .filter(|&c| self.cast.kind(c) != ActorKind::Group),
                    );
                }
                // "Five U.S. citizens held in Iran were released": the
                // state they were held in let them go.
                if agents.is_empty() {
                    let from = chain_start.saturating_sub(8);
                    let holder = mentions.iter().find(|m| {
                        !m.place
                            && m.start >= from + 2
                            && m.end <= chain_start
                            && m.actors.len() == 1
                            && self.cast.kind(m.actors[0]) == ActorKind::Country
                            && lw(toks, m.start - 1) == "in"
                            && matches!(
                                lw(toks, m.start - 2),
                                "held" | "detained" | "jailed" | "imprisoned" | "captive"
                            )
                    });
                    if let Some(m) = holder {
                        let state = m.actors[0];
                        if !patient.contains(&state) {
                            agents.push(state);
                        }
                    }
                }
            }
            // "Wibisono was received in Beijing with full honours": a guest
            // received in a capital, by no one named, is the state's.
            // ("was received with pomp in Riyadh": a manner may come
            // first.)
            if agents.is_empty() && base_relation == Relation::Host && !patient.is_empty() {
                let at = (f.end..(f.end + 5).min(toks.len()))
                    .take_while(|&k| {
                        toks[k].is_word() && !toks[k].is_capitalized() && lw(toks, k) != "by"
                    })
                    .find(|&k| matches!(lw(toks, k), "in" | "at"));
                // (The guest is the passive's own subject: not "remarks
                // that were received coldly in Santiago".)
                let guest_subject = mentions
                    .iter()
                    .any(|m| m.end == chain_start && m.actors == patient);
                if let Some(m) = mentions.iter().find(|m| {
                    guest_subject
                        && at.is_some_and(|k| m.start == k + 1)
                        && m.actors.len() == 1
                        && self.cast.kind(m.actors[0]) == ActorKind::Country
                        && !patient.contains(&m.actors[0])
                }) {
                    agents = m.actors.clone();
                }
            }
            // "Relief supplies from China and India were flown into
            // Myanmar": goods brought in, in the passive, are the aid of
            // those they came from, to the state they were brought to.
            if agents.is_empty() && base_relation == Relation::Visit {
                let land = mentions
                    .iter()
                    .find(|m| m.start == f.end || m.start == f.end + 1 && lw(toks, f.end) == "the")
                    .map(|m| m.actors.clone());
                let mut givers = goods_givers(toks, mentions, chain_start, false);
                // ("Egyptian military rescue teams were flown to Libya".)
                if givers.is_empty() {
                    givers = self
                        .aid_bearers(toks, mentions, chain_start)
                        .unwrap_or_default();
                }
                if let (false, Some(land)) = (givers.is_empty(), land) {
                    patient = others(&land, &givers);
                    agents = givers;
                    relation = Relation::Aid;
                    cameo = "070";
                }
            }
            match (agents.is_empty(), patient.is_empty()) {
                (true, _) => no_event!(f),
                (false, true) => {
                    if !base_relation.is_symmetric() || agents.len() < 2 {
                        no_event!(f);
                    }
                    sources = agents;
                    targets = Vec::new();
                    pairs_within = true;
                }
                (false, false) => {
                    sources = agents;
                    targets = patient;
                }
            }
        } else {
            let subj_limit = chain_start;
            // "the expulsion of its diplomats by Norway": a noun's agent
            // named after "by" in its own phrase.
            let by_agent = || {
                let by = (f.end..(f.end + 6).min(toks.len()))
                    .take_while(|&x| {
                        let t = &toks[x];
                        t.is_word() && !AUX.has(t) && !REPORTING_VERBS.has(t) || t.lower == "'s"
                    })
                    .find(|&x| lw(toks, x) == "by")?;
                let m = mentions
                    .iter()
                    .find(|m| m.start == by + 1 && !m.place && m.kind == MentionKind::Name)?;
                Some(m.actors.clone())
            };
            let noun_by = (is_noun && !base_relation.is_symmetric())
                .then(by_agent)
                .flatten();
            sources = if let Some(agent) = noun_by {
                agent
            } else if is_noun && answered_act(toks, f.start) {
                Vec::new()
            } else if is_noun {
                let shared = base_relation.is_symmetric();
                self.noun_subject(toks, mentions, f.start, shared, claimed, subjects_used)
            } else if self.owned_thing_before(toks, mentions, subj_limit) {
                Vec::new()
            } else {
                self.subject_before(toks, mentions, subj_limit, claimed, subjects_used, true)
            };
            // "Lula's plane touched down in Pretoria": whose plane it is
            // made the trip.
            if sources.is_empty()
                && base_relation == Relation::Visit
                && subj_limit >= 2
                && matches!(
                    lw(toks, subj_limit - 1),
                    "plane" | "aircraft" | "jet" | "motorcade" | "convoy" | "delegation"
                )
                && matches!(lw(toks, subj_limit - 2), "'s" | "'")
            {
                // (The "'s" is its own token, or inside the mention.)
                if let Some(m) = mentions
                    .iter()
                    .find(|m| m.possessive && (m.end + 2 == subj_limit || m.end + 1 == subj_limit))
                {
                    sources = m.actors.clone();
                }
            }
            // "After visiting Kyiv, Scholz went on to Warsaw", "Having met
            // Xi, Macron flew south": a participle opening the sentence has
            // the main clause's subject.
            if sources.is_empty()
                && !is_noun
                && matches!(
                    f.head,
                    HeadForm::Ing | HeadForm::PastOrParticiple | HeadForm::Participle
                )
            {
                sources = fronted_participle_subject(toks, mentions, subj_limit, f.end);
            }
            // "A third Patriot system supplied by Germany has arrived in
            // Ukraine", "Relief supplies from China and India were flown
            // into Myanmar": goods that a state sent arriving are its aid.
            let mut delivered = false;
            if sources.is_empty() && base_relation == Relation::Visit && !is_noun {
                sources = goods_givers(toks, mentions, subj_limit, true);
                delivered = !sources.is_empty();
            }
            // "A Chinese rescue team arrived in Yangon", "An Indian Air
            // Force plane carrying relief material landed in Yangon": help
            // that arrives is its sender's aid.
            if base_relation == Relation::Visit && !is_noun && !delivered {
                if let Some(givers) = self.aid_bearers(toks, mentions, subj_limit) {
                    sources = givers;
                    delivered = true;
                }
            }
            // "condemned as 'an authoritarian act' the storming of the
            // embassy": a verdict said before the object; the object
            // follows it.
            let object_from = if is_judgement(base_relation) && !is_noun {
                fronted_verdict_end(toks, f.end).unwrap_or(f.end)
            } else {
                f.end
            };
            // "sent a delegation led by Osman Saleh to Addis Ababa": the
            // slot after "by" is who leads the party, the visitor; where it
            // went follows.
            // ("sent Deputy Foreign Minister Yabunaka to Rangoon": so is
            // one sent, if a person.)
            let sent = tr.relation == Relation::Visit && tr.pattern.ends_with(" @ to");
            let leader_slot = f.slot.filter(|_| tr.pattern.contains(" by @") || sent);
            if let Some(at) = leader_slot {
                match mentions.iter().find(|m| m.start == at && !m.place) {
                    Some(m)
                        if !sent
                            || m.actors
                                .iter()
                                .all(|&a| self.cast.kind(a) == ActorKind::Person) =>
                    {
                        sources = m.actors.clone();
                    }
                    _ if sent => no_event!(f),
                    _ => {}
                }
            }
            targets = if f.pair_only {
                Vec::new()
            } else if let Some(at) = misdeed_by.or(f.slot.filter(|_| leader_slot.is_none())) {
                match mentions.iter().position(|m| m.start == at) {
                    Some(mi) => {
                        // ("vowed that Israel would be punished for an air
                        // strike that ...": the subject of a clause told
                        // inside the wording may still act in what follows.)
                        if !matches!(lw(toks, mentions[mi].end), "would" | "will") {
                            claimed.insert(mi);
                        }
                        coordinated_right(toks, mentions, mi, claimed)
                    }
                    None => Vec::new(),
                }
            } else {
                // "demanded on Friday that Niger's military return": the
                // subject of the demanded act is whom the demand is made of.
                let that_clause = matches!(base_relation, Relation::Demand | Relation::Urge);
                let search = ObjectSearch {
                    after_by: false,
                    // "visited the Pituffik Space Base in Greenland": where
                    // a visit went is named as a physical act's target is.
                    physical: physical || base_relation == Relation::Visit,
                    that_clause,
                    adjective: base_relation != Relation::Say,
                };
                // "warned that X could ...": X is the clause's subject, not
                // the one warned.
                if base_relation == Relation::Threaten && !is_noun {
                    let threat = self.threat_clause(toks, mentions, f.end, times, &sources);
                    // ("threatened on Monday to", "for weeks to".)
                    let mut to = f.end;
                    loop {
                        if let Some(end) = duration_end(toks, to) {
                            to = end;
                        } else if in_time_phrase(times, to) || ADVERBS.has_at(toks, to) {
                            to += 1;
                        } else {
                            break;
                        }
                    }
                    if !threat.is_empty() || self.that_follows(toks, f.end, times) {
                        threat
                    } else if lw(toks, to) == "to"
                        && toks
                            .get(to + 1)
                            .is_some_and(|t| t.is_word() && !t.is_capitalized())
                    {
                        // "threatened to block Sweden's membership": the
                        // object of the act threatened; "threatened to order
                        // the army into action against South Korea": whom
                        // it would be against.
                        let object =
                            self.object_after(toks, mentions, to + 2, claimed, times, search);
                        if object.is_empty() {
                            (to + 2..(to + 14).min(toks.len()))
                                .take_while(|&k| {
                                    !matches!(lw(toks, k), "," | ";" | "." | "if" | "unless")
                                })
                                .find(|&k| lw(toks, k) == "against")
                                .and_then(|k| {
                                    mentions_after(toks, mentions, k)
                                        .map(|(_, m)| m)
                                        .find(|m| !m.place)
                                })
                                .map(|m| m.actors.clone())
                                .unwrap_or_default()
                        } else {
                            object
                        }
                    } else {
                        self.object_after(toks, mentions, f.end, claimed, times, search)
                    }
                } else {
                    self.object_after(toks, mentions, object_from, claimed, times, search)
                }
            };
            if delivered {
                relation = Relation::Aid;
                cameo = "070";
                // (Rescuers and relief are humanitarian aid.)
                if (subj_limit.saturating_sub(16)..subj_limit)
                    .any(|k| AID_BEARER_WORDS.contains(&lw(toks, k)))
                {
                    cameo = "073";
                }
            }
            // "Colombia extradited Otoniel, the Clan del Golfo leader, to
            // the United States": judicial cooperation is with the state
            // the person was handed to.
            if cameo == "063"
                && !is_noun
                && !targets.is_empty()
                && targets
                    .iter()
                    .all(|&t| self.cast.kind(t) == ActorKind::Person)
            {
                let receiver = (object_from..(object_from + 16).min(toks.len()))
                    .take_while(|&k| !matches!(lw(toks, k), ";" | "." | "after" | "which" | "who"))
                    .filter(|&k| lw(toks, k) == "to")
                    .find_map(|k| {
                        mentions_after(toks, mentions, k).map(|(_, m)| m).find(|m| {
                            m.actors.len() == 1 && self.cast.kind(m.actors[0]) == ActorKind::Country
                        })
                    });
                if let Some(m) = receiver {
                    targets = m.actors.clone();
                }
            }
            // "condemned the storming of Mexico's embassy by Ecuadorean
            // police": an act judged is its agent's, named after "by".
            if base_relation == Relation::Criticize && !is_noun {
                if let Some(agents) = act_agent_by(toks, mentions, object_from) {
                    targets = agents;
                }
            }
            // "held bilateral meetings with the Presidents of Uzbekistan,
            // Kyrgyzstan and Tajikistan": each state's holder of the office
            // on the story's date, or the state where none is known.
            if targets.is_empty() && !is_noun {
                let k = if lw(toks, f.end) == "the" {
                    f.end + 1
                } else {
                    f.end
                };
                let (office, len) = match (lw(toks, k), lw(toks, k + 1)) {
                    ("presidents", _) => ("president", 1),
                    ("prime", "ministers") => ("prime minister", 2),
                    ("foreign", "ministers") => ("foreign minister", 2),
                    ("leaders", _) => ("leader", 1),
                    _ => ("", 0),
                };
                if len > 0 && lw(toks, k + len) == "of" {
                    if let Some(mi) = mentions.iter().position(|m| m.start == k + len + 1) {
                        let states = coordinated_right(toks, mentions, mi, claimed);
                        for st in states {
                            if self.cast.kind(st) != ActorKind::Country {
                                continue;
                            }
                            let code = self.cast.actors[st].country.clone();
                            let holder = code
                                .map(|c| self.lex.office_holders(&c, office, self.article.date))
                                .filter(|h| h.len() == 1)
                                .map(|h| self.cast_index_of_lexicon(h[0]));
                            let t = holder.unwrap_or(st);
                            if !sources.contains(&t) && !targets.contains(&t) {
                                targets.push(t);
                            }
                        }
                    }
                }
            }
            // "congratulated the winner, Mahmoud Ali Youssouf": a person
            // in apposition to an unnamed object is the object.
            // ("hosted the leaders of the two Horn of Africa neighbours,
            // Abiy Ahmed and Hassan Sheikh Mohamud": a list of them.)
            if targets.is_empty() && !is_noun && DETERMINERS.has_at(toks, f.end) {
                let comma = (f.end + 1..(f.end + 10).min(toks.len()))
                    .take_while(|&k| {
                        toks[k].is_word() && !mentions.iter().any(|m| m.start == k)
                            || toks[k].text == ","
                    })
                    .find(|&k| toks[k].text == ",");
                if let Some(c) = comma {
                    if let Some(mi) = mentions.iter().position(|m| m.start == c + 1) {
                        let m = &mentions[mi];
                        if m.kind == MentionKind::Name
                            && m.actors.len() == 1
                            && self.cast.kind(m.actors[0]) == ActorKind::Person
                            && !sources.contains(&m.actors[0])
                        {
                            targets = coordinated_right(toks, mentions, mi, claimed);
                            targets.retain(|&t| {
                                !sources.contains(&t) && self.cast.kind(t) == ActorKind::Person
                            });
                        }
                    }
                }
            }
            // "held talks with Minister for Foreign Affairs and External
            // Trade Peter Shanel Agovaka": a long title, unread or read as
            // the subject's own, goes on to the name it belongs to.
            if !is_noun && targets.iter().all(|t| sources.contains(t)) {
                if let Some(named) = title_chain_name(toks, mentions, f.end, &sources) {
                    targets = named;
                }
            }
            // "turned away a joint delegation of ECOWAS, the African Union
            // and the United Nations": the wording ends inside a mention
            // that began within it; that mention (and its list) is the
            // object.
            if targets.is_empty() && !f.pair_only {
                if let Some(mi) = mentions
                    .iter()
                    .position(|m| m.start > f.start && m.start < f.end && m.end > f.end)
                {
                    targets = coordinated_right(toks, mentions, mi, claimed);
                    targets.retain(|a| !sources.contains(a));
                }
            }
            // "accused each other", "pledged not to use force against one
            // another": the subjects act on one another, each on the other.
            if targets.is_empty()
                && sources.len() >= 2
                && !base_relation.is_symmetric()
                && reciprocal_after(toks, f.end)
            {
                targets = sources.clone();
            }
            // "talks between X and Y": the pair is the object list.
            // ("Turkey hosted talks between Ethiopia and Somalia",
            // "Qatar mediated between Israel and Hamas": a host or a
            // mediator who is the subject acts on both.)
            let third_party = !is_noun && !sources.is_empty() && cameo == "045"
                || base_relation == Relation::Host;
            // ("clashes between Kyrgyz and Tajik troops": a fight between
            // two is each side's attack on the other.)
            let mut fight_between = false;
            if f.end > 0
                && matches!(lw(toks, f.end - 1), "between" | "among")
                && targets.len() >= 2
                && !third_party
            {
                sources = std::mem::take(&mut targets);
                fight_between = is_noun && base_relation == Relation::Attack;
            }
            // "X, whom he invited": the object is the antecedent; "X, with
            // whom he signed a deal": the partner is.
            if targets.is_empty() {
                targets = relative_antecedent(toks, mentions, subj_limit, &sources, f.pair_only);
            }
            // "protested against the visit of Erdogan", "a protest against
            // the agreement with the United States": the act's own party.
            if targets.is_empty() && !f.pair_only {
                targets = self.act_participant(toks, mentions, f.end, base_relation, &sources);
            }
            // "Brazil condemned the incursion": the act stands for its agent.
            if targets.is_empty() && !f.pair_only && !is_noun {
                targets = self.act_antecedent(toks, object_from, s.index, base_relation, &sources);
                // "declared the memorandum null and void": the act inside
                // the wording.
                if targets.is_empty() && f.end > f.start + 2 {
                    targets =
                        self.act_antecedent(toks, f.start + 1, s.index, base_relation, &sources);
                }
                // "recognised Palestine, in a move Israel called a reward
                // for terrorism": the act judged is the noun the judge's
                // relative clause hangs on, when this sentence told it as
                // an event (else its subject is the one judged, below).
                let told_here = self
                    .events
                    .last()
                    .is_some_and(|e| e.evidence[0].sentence == s.index);
                if targets.is_empty() && judged && told_here {
                    let hung_on = mentions
                        .iter()
                        .find(|m| m.end == f.start && m.start >= 2)
                        .map(|m| m.start - 2)
                        .filter(|&det| {
                            matches!(lw(toks, det), "a" | "the" | "what")
                                && act_noun(lw(toks, det + 1)).is_some()
                        });
                    if let Some(det) = hung_on {
                        targets = self.act_antecedent(toks, det, s.index, base_relation, &sources);
                    }
                }
            }
            // "China urged restraint", "called for calm": an appeal with no
            // one named is to the sides of the fighting just told.
            // With no fighting told, an unrest's: the state the story was
            // last about, if no other reading names someone (kept for last).
            let mut unrest_state = None;
            if targets.is_empty()
                && !is_noun
                && matches!(base_relation, Relation::Urge | Relation::Demand)
            {
                // (The appeal's words may end the wording: "called for calm".)
                let mut k = if matches!(
                    lw(toks, f.end.saturating_sub(1)),
                    "restraint" | "calm" | "de-escalation" | "ceasefire"
                ) {
                    f.end - 1
                } else {
                    f.end
                };
                while matches!(
                    lw(toks, k),
                    "for"
                        | "an"
                        | "a"
                        | "maximum"
                        | "immediate"
                        | "utmost"
                        | "both"
                        | "sides"
                        | "to"
                        | "exercise"
                        | "show"
                ) {
                    k += 1;
                }
                if matches!(
                    lw(toks, k),
                    "restraint" | "calm" | "de-escalation" | "ceasefire" | "truce"
                ) {
                    let own: Vec<&str> = sources.iter().map(|&a| self.cast.side(a)).collect();
                    if let Some(pair) = self.cast.recent_fighting(s.index, 4) {
                        targets = pair
                            .iter()
                            .copied()
                            .filter(|&a| !own.contains(&self.cast.side(a)))
                            .collect();
                    } else {
                        unrest_state = self
                            .cast
                            .earlier_named(s.index, 2)
                            .find(|&a| self.cast.kind(a) == ActorKind::Country)
                            .or(self.cast.home_state())
                            .filter(|&a| !own.contains(&self.cast.side(a)));
                    }
                }
            }
            // "hosted two rounds of talks in Ankara between X and Y",
            // "Wang Yi hosted the negotiations": the parties of the talks.
            if targets.is_empty() && base_relation == Relation::Host && !is_noun {
                targets = self.hosted_parties(toks, mentions, f.end, s.index, &sources, times);
                hosted_talks = !targets.is_empty();
            }
            // "When North Korea fired a missile over Hokkaido, Abe called it
            // a grave threat": "it" is the act of the clause before.
            if targets.is_empty() && !f.pair_only && !is_noun && lw(toks, f.end) == "it" {
                targets =
                    self.opening_clause_agent(toks, mentions, subj_limit, base_relation, &sources);
            }
            // "..., an exercise Caracas denounced as a provocation".
            if targets.is_empty() && !f.pair_only && !is_noun {
                targets =
                    self.summed_act_agent(toks, mentions, subj_limit, base_relation, &sources);
            }
            // "Doha welcomes the Kuwaiti emir's efforts": a person's merit
            // welcomed is praise of the person, not a reception.
            if base_relation == Relation::Host && !is_noun && tr.pattern == "welcome" {
                let owner = mentions.iter().find(|m| {
                    m.possessive
                        && m.start >= f.end
                        && (f.end..m.start).all(|k| DETERMINERS.has(&toks[k]))
                        && [m.end, m.end + 1].iter().any(|&k| {
                            MERITS.contains(&lw(toks, k)) || act_noun(lw(toks, k)).is_some()
                        })
                });
                if let Some(m) = owner {
                    targets = others(&m.actors, &sources);
                    relation = Relation::Praise;
                    cameo = "051";
                    welcomed_act = true;
                }
            }
            // "welcomed the ruling", "welcomed the measures announced by
            // Seoul": one welcomes a visitor as host, an act as praise.
            if base_relation == Relation::Host
                && !welcomed_act
                && !is_noun
                && tr.pattern == "welcome"
                && targets
                    .iter()
                    .all(|&t| self.cast.kind(t) != ActorKind::Person)
            {
                let mut agents =
                    self.act_participant(toks, mentions, f.end, Relation::Praise, &sources);
                if agents.is_empty() {
                    agents = self.act_antecedent(toks, f.end, s.index, Relation::Praise, &sources);
                }
                // "welcomed the wisdom of the Malian authorities",
                // "welcomed the efforts of Qatar": a merit and its owner.
                if agents.is_empty() && DETERMINERS.has_at(toks, f.end) {
                    let k = f.end + 1;
                    let merit = MERITS.contains(&lw(toks, k)) || act_noun(lw(toks, k)).is_some();
                    if merit && lw(toks, k + 1) == "of" {
                        if let Some(m) = mentions.iter().find(|m| {
                            (m.start == k + 2
                                || m.start == k + 3 && DETERMINERS.has_at(toks, k + 2))
                                && !m.place
                        }) {
                            agents = others(&m.actors, &sources);
                        }
                    }
                }
                // "welcomed Pakistan's decision": the possessor's act.
                if agents.is_empty() {
                    if let Some(m) = mentions.iter().find(|m| {
                        m.possessive
                            && (f.end..m.start).all(|k| DETERMINERS.has(&toks[k]))
                            && act_noun(lw(toks, m.end + 1)).is_some()
                    }) {
                        agents = m.actors.clone();
                    }
                }
                if !agents.is_empty() {
                    targets = agents;
                    relation = Relation::Praise;
                    cameo = "051";
                    welcomed_act = true;
                }
            }
            // "Rubio, in a telephone call with Mr Kagame, pressed for a
            // ceasefire": the one the frame names is whom the words were for.
            if targets.is_empty()
                && !is_noun
                && matches!(
                    base_relation,
                    Relation::Urge
                        | Relation::Demand
                        | Relation::Say
                        | Relation::Praise
                        | Relation::Criticize
                        | Relation::Threaten
                        | Relation::Pledge
                )
            {
                targets = frame_partner(toks, mentions, &sources);
            }
            // "India struck nine sites in Pakistan. Sharif vowed to avenge
            // the attack": a threat with no one named answers the last
            // hostile act against the one threatening.
            if targets.is_empty()
                && (base_relation == Relation::Threaten || relation == Relation::Threaten)
                && !is_noun
                && ([
                    "avenge",
                    "retaliat",
                    "revenge",
                    "response",
                    "consequences",
                    "countermeasure",
                ]
                .iter()
                .any(|w| tr.pattern.contains(w))
                    // ("warned that any attack would draw an immediate
                    // response")
                    || (f.end..(f.end + 16).min(toks.len())).any(|k| {
                        matches!(
                            lw(toks, k),
                            "response"
                                | "retaliation"
                                | "retaliate"
                                | "consequences"
                                | "revenge"
                                | "countermeasures"
                                | "counter-measures"
                                | "reprisals"
                                // ("warned that Japan would suffer a
                                // crushing defeat")
                                | "suffer"
                                | "defeat"
                                | "punishment"
                                // ("would be in great danger")
                                | "danger"
                        )
                    }))
            {
                // "warned of serious consequences unless Tehran released
                // the ship": the one the condition names, first.
                let condition = (f.end..(f.end + 16).min(toks.len()))
                    .find(|&k| matches!(lw(toks, k), "unless" | "if"))
                    .and_then(|k| mentions.iter().find(|m| m.start == k + 1 && !m.place))
                    .map(|m| m.actors.clone())
                    .filter(|a| a.iter().all(|x| !sources.contains(x)));
                targets = condition.unwrap_or_else(|| self.provoker(&sources, s.index));
                // "warned that even the tiniest Israeli response would be
                // met": with no act before, the other side the warning
                // itself names.
                // ("warned on Sunday that ...")
                let that = (f.end..(f.end + 5).min(toks.len()))
                    .take_while(|&k| !mentions.iter().any(|m| m.start == k))
                    .find(|&k| lw(toks, k) == "that");
                if let Some(that) = that.filter(|_| targets.is_empty()) {
                    let window = that..(that + 16).min(toks.len());
                    let first_mention = mentions
                        .iter()
                        .find(|m| {
                            window.contains(&m.start) && !m.place && !preceded_by_prep(toks, m)
                        })
                        .map(|m| (m.start, m.actors.clone()));
                    let first_adjective = self
                        .adjectives
                        .iter()
                        .find(|&&(at, _)| window.contains(&at))
                        .map(|&(at, a)| (at, vec![a]));
                    let named = match (first_mention, first_adjective) {
                        (Some(m), Some(a)) => Some(if a.0 < m.0 { a } else { m }),
                        (m, a) => m.or(a),
                    };
                    let sides: Vec<&str> = sources.iter().map(|&a| self.cast.side(a)).collect();
                    if let Some((_, named)) = named
                        .filter(|(_, n)| n.iter().all(|&x| !sides.contains(&self.cast.side(x))))
                    {
                        targets = named;
                    }
                }
                // "Finland joined NATO on Tuesday. Peskov warned of
                // consequences": with no hostile act before, the one who
                // acted in the sentence before, of another side.
                if targets.is_empty() {
                    targets.extend(self.other_side_before(&sources, s.index, false));
                }
            }
            // "turned down an invitation to join the BRICS bloc", "rejected
            // a proposal from Kyiv": what was refused names its party.
            if targets.is_empty() && base_relation == Relation::Reject && !is_noun {
                targets = refused_party(toks, mentions, f.end, &sources);
                // "Lula said Milei owed him an apology. Milei has refused to
                // apologise": a refusal with no party answers the last
                // demand, appeal or invitation made of the refuser.
                if targets.is_empty() {
                    targets = self.asker_of(&sources, s.index);
                }
            }
            // "Biden invited Bastien to Washington. Bastien accepted the
            // invitation": the acceptance answers the last invitation made
            // to the one who accepts.
            if targets.is_empty() && base_relation == Relation::Pledge && cameo == "036" && !is_noun
            {
                targets = self.last_act_on(&sources, s.index, &[Relation::Invite]);
            }
            // "India publishes a new map. Nepal objects.": a judgement with
            // nothing after it answers whoever of another side acted in the
            // sentence before.
            // ("Lithuania opened a Taiwanese office. Beijing downgraded
            // diplomatic relations.": ties cut answer the act too.)
            let ties_cut = base_relation == Relation::Sanction
                && matches!(lw(toks, f.end - 1), "relations" | "ties");
            if targets.is_empty()
                && !is_noun
                && (matches!(base_relation, Relation::Criticize | Relation::Reject) || ties_cut)
                // (A short clause of its own: not "a charge Ramdin rejected.")
                && f.start <= 4
                && !(0..f.start).any(|k| {
                    matches!(lw(toks, k), "that" | "which" | "who" | "a" | "an" | "the" | ",")
                })
                && toks.get(f.end).is_none_or(|t| matches!(t.text, "." | ";" | "!" | ","))
            {
                targets.extend(self.other_side_before(&sources, s.index, true));
            }
            // "airlifted 1,000 family tents and 15 tonnes of food to Kabul":
            // the recipient after a long list of goods.
            if targets.is_empty() && !is_noun && base_relation == Relation::Aid {
                if let Some(m) = (f.end.saturating_sub(1)..(f.end + 16).min(toks.len()))
                    .take_while(|&k| {
                        !matches!(
                            lw(toks, k),
                            "," | ";" | "." | ":" | "which" | "who" | "that"
                        )
                    })
                    .filter(|&k| lw(toks, k) == "to")
                    .find_map(|k| {
                        mentions.iter().find(|m| m.start == k + 1).or_else(|| {
                            // "to the civilian population in Gaza", "to
                            // displaced people in Sudan": the people's land.
                            let j = (k + 1..(k + 5).min(toks.len())).find(|&j| {
                                matches!(lw(toks, j), "in" | "of")
                                    && (k + 1..j).all(|x| {
                                        toks[x].is_word()
                                            && !toks[x].is_capitalized()
                                            && !PREPOSITIONS.has(&toks[x])
                                    })
                            })?;
                            mentions.iter().find(|m| m.start == j + 1)
                        })
                    })
                {
                    targets = others(&m.actors, &sources);
                }
            }
            // "Egypt, Turkey and Algeria have also sent rescue teams":
            // relief that names no recipient goes to the state the story
            // is about.
            if targets.is_empty()
                && !is_noun
                && base_relation == Relation::Aid
                && !sources.is_empty()
                && !planned
                && [
                    "rescue",
                    "relief",
                    "tents",
                    "medic",
                    "humanitarian",
                    "supplies",
                ]
                .iter()
                .any(|w| tr.pattern.contains(w))
            {
                let own: Vec<&str> = sources.iter().map(|&a| self.cast.side(a)).collect();
                if let Some(state) = self.cast.most_named_state(&own) {
                    targets = vec![state];
                }
            }
            // "Nepal's new map claims Kalapani, which India also claims ...
            // Kathmandu has repeatedly asked for talks": a judgement, appeal,
            // demand, refusal or threat that names no one, by one side of
            // the story's pair of states, is aimed at the other side.
            // (Not "call", "call on": with no one named they are calls and
            // visits; nor a participle, which often goes on with another
            // clause's act.)
            if targets.is_empty()
                && !is_noun
                && !f.pair_only
                && !sources.is_empty()
                && tr.without_to.is_none()
                && f.head != HeadForm::Ing
                && (matches!(
                    base_relation,
                    Relation::Criticize
                        | Relation::Urge
                        | Relation::Demand
                        | Relation::Reject
                        | Relation::Threaten
                        | Relation::Yield
                        | Relation::Sanction
                        | Relation::Mobilize
                ) || relation == Relation::Reject)
            {
                if let Some(pair) = self.cast.story_dyad(s.index, 12) {
                    let own: Vec<&str> = sources.iter().map(|&a| self.cast.side(a)).collect();
                    let (x, y) = (self.cast.side(pair[0]), self.cast.side(pair[1]));
                    if own.contains(&x) && !own.contains(&y) {
                        targets = vec![pair[1]];
                    } else if own.contains(&y) && !own.contains(&x) {
                        targets = vec![pair[0]];
                    }
                }
            }
            // "signed an action plan for a comprehensive strategic
            // partnership with China": a signing whose document runs long
            // is with the party named after "with" in its clause.
            if targets.is_empty() && base_relation == Relation::SignDeal && !is_noun {
                // ("with the breakaway region of Somaliland": a region's
                // or government's name after "of".)
                let after_with = |m: &Mention| {
                    lw(toks, m.start - 1) == "with"
                        || lw(toks, m.start - 1) == "of"
                            && (m.start.saturating_sub(6)..m.start - 1)
                                .any(|k| lw(toks, k) == "with")
                            && matches!(
                                lw(toks, m.start - 2),
                                "region" | "government" | "republic" | "authorities" | "state"
                            )
                };
                if let Some(m) = mentions.iter().find(|m| {
                    m.start > f.end
                        && m.start <= f.end + 14
                        && after_with(m)
                        && !m.place
                        && !(f.end..m.start).any(|k| {
                            matches!(lw(toks, k), "," | ";" | ":" | "which" | "that" | "who")
                                || AUX.has(&toks[k])
                        })
                }) {
                    targets = others(&m.actors, &sources);
                }
            }
            // "set fire to a Swedish flag": the country the wording names.
            if targets.is_empty() && base_relation == Relation::Protest {
                if let Some(&(_, a)) = self
                    .adjectives
                    .iter()
                    .find(|&&(at, a)| at >= f.start && at < f.end && !sources.contains(&a))
                {
                    targets = vec![a];
                }
            }
            // "Thousands of protesters marched through Tbilisi": a crowd
            // that names no one protests to the state it marches in.
            // (A headline's present tense reads a verb as the noun it may
            // be: "Tens of thousands march in Yangon": right after the
            // crowd, a verb.)
            let verb_after_crowd =
                is_noun && mentions.iter().any(|m| m.end == f.start && !m.possessive);
            if targets.is_empty()
                && base_relation == Relation::Protest
                && (!is_noun || verb_after_crowd)
                && !sources.is_empty()
                && sources
                    .iter()
                    .all(|&a| self.cast.kind(a) == ActorKind::Group)
            {
                // ("Tens of thousands march in Yangon against the coup": the
                // place may stand inside the wording. "Farmers marched in
                // Brussels": the seat of a body is the body's.)
                if let Some(m) = mentions.iter().find(|m| {
                    m.start > f.start
                        && m.start <= f.end + 6
                        && matches!(lw(toks, m.start - 1), "in" | "through" | "across")
                        && m.actors.len() == 1
                        && (m.place && self.cast.kind(m.actors[0]) == ActorKind::Country
                            || m.end == m.start + 1
                                && self.cast.kind(m.actors[0]) == ActorKind::Organisation
                                && toks[m.start]
                                    .text
                                    .bytes()
                                    .skip(1)
                                    .all(|b| b.is_ascii_lowercase()))
                        && !(f.end.min(m.start)..m.start).any(|k| CLAUSE_BREAKS.has(&toks[k]))
                }) {
                    targets = m.actors.clone();
                } else if (f.start..(f.end + 4).min(toks.len())).any(|k| {
                    // "Thousands of Venezuelans marched against the official
                    // result": a people's protest at a thing named (not at a
                    // party, not in solidarity with others) is at home.
                    matches!(lw(toks, k), "against" | "over")
                        && toks
                            .get(k + 1)
                            .is_some_and(|t| t.is_word() && !t.is_capitalized())
                        && !mentions
                            .iter()
                            .any(|m| m.start == k + 1 || m.start == k + 2)
                }) {
                    let home = sources
                        .iter()
                        .find_map(|&a| self.cast.actors[a].country.clone())
                        .and_then(|c| self.lex.country(&c))
                        .map(|li| self.cast_index_of_lexicon(li));
                    if let Some(state) = home.filter(|s| !sources.contains(s)) {
                        targets = vec![state];
                    }
                }
            }
            // "X and Y agreed to restore ties with Qatar, signing a
            // declaration": the participle goes on with the clause's object.
            if targets.is_empty()
                && f.pair_only
                && f.head == HeadForm::Ing
                && f.start > 0
                && lw(toks, f.start - 1) == ","
            {
                if let Some((at, obj)) = &self.clause_object {
                    if *at <= f.start && obj.iter().all(|o| !sources.contains(o)) {
                        targets = obj.clone();
                    }
                }
            }
            // "sent Germany a note demanding reparations": a participle of
            // demand or blame with no object of its own is aimed at the
            // clause's object.
            // ("slapped sanctions on three Turkish ministers and demanded
            // an immediate ceasefire": a demand joined to the clause by
            // "and", with no one of its own, is made of the same party.)
            // ("met Foreign Minister Nyan Win, lodged a protest over the
            // death and demanded": so is the next verb of a list that
            // goes on right after the object, when it is an act addressed
            // to someone; "spoke with Doval, condemned the Uri attack"
            // condemns whoever attacked.)
            let listed_after_object = f.start > 1
                && (base_relation != Relation::Criticize
                    || tr.pattern.contains("protest")
                    || tr.pattern.contains("complaint"))
                && lw(toks, f.start - 1) == ","
                && self.clause_object.as_ref().is_some_and(|(_, obj)| {
                    mentions
                        .iter()
                        .any(|m| m.end == f.start - 1 && m.actors == *obj)
                });
            let joined_demand = f.start > 0
                && (lw(toks, f.start - 1) == "and" || listed_after_object)
                && matches!(f.head, HeadForm::Past | HeadForm::PastOrParticiple);
            if targets.is_empty()
                && (f.head == HeadForm::Ing
                    && f.start > 0
                    && !PREPOSITIONS.has(&toks[f.start - 1])
                    && !matches!(lw(toks, f.start - 1), "and" | "or" | "to")
                    || joined_demand)
                && tr.without_to.is_none()
                && matches!(
                    base_relation,
                    Relation::Demand | Relation::Urge | Relation::Criticize
                )
            {
                if let Some((at, obj)) = &self.clause_object {
                    if *at <= f.start && obj.iter().all(|o| !sources.contains(o)) {
                        targets = obj.clone();
                    }
                }
            }
            // "the two countries signed a security pact that alarmed
            // Australia": a symmetric act of a pair does not reach into a
            // relative clause for a third party.
            if base_relation.is_symmetric() && sources.len() >= 2 && !targets.is_empty() {
                let at = mentions
                    .iter()
                    .filter(|m| m.start >= f.end && m.actors.iter().any(|a| targets.contains(a)))
                    .map(|m| m.start)
                    .min();
                // ("signed a five-year agreement guaranteeing Bangladesh a
                // minimum flow": nor into a participle's clause.)
                if at.is_some_and(|at| {
                    (f.end..at).any(|k| {
                        matches!(lw(toks, k), "that" | "which" | "who")
                            || base_relation == Relation::SignDeal
                                && lw(toks, k).len() > 5
                                && lw(toks, k).ends_with("ing")
                                && toks[k].is_word()
                                && !toks[k].is_capitalized()
                    })
                }) {
                    targets.clear();
                }
            }
            // "Algeria has dispatched eight military aircraft": in a story
            // of a disaster, relief sent to no one named goes where the
            // relief told before it went, or else to the state struck.
            if targets.is_empty() && base_relation == Relation::Aid && !is_noun && !planned {
                targets.extend(self.relief_recipient(&sources));
            }
            // "demanded the release of 13 Djiboutian soldiers held by
            // Eritrea": the holder named after the captives is the one
            // asked.
            if matches!(
                base_relation,
                Relation::Demand | Relation::Urge | Relation::Criticize
            ) && (f.start..f.end + 8)
                // ("demanded on 10 June the immediate and unconditional
                // release of": a time and two modifiers may come first.)
                .take_while(|&k| !matches!(lw(toks, k), "." | ";" | ","))
                .any(|k| matches!(lw(toks, k), "release" | "freedom" | "return"))
            {
                let window_end = (f.end + 14).min(toks.len());
                let holder = (f.end..window_end)
                    .take_while(|&k| !matches!(lw(toks, k), "." | ";"))
                    .find(|&k| {
                        matches!(
                            lw(toks, k),
                            "held" | "detained" | "jailed" | "imprisoned" | "captured" | "abducted"
                        ) && matches!(lw(toks, k + 1), "by" | "in")
                            // (Right after the captives: not "talks held in
                            // Doha".)
                            && (mentions.iter().any(|m| m.end == k)
                                || CAPTIVE_NOUNS.contains(&lw(toks, k.saturating_sub(1))))
                    })
                    .and_then(|k| mentions.iter().find(|m| m.start == k + 2))
                    .map(|m| m.actors.clone())
                    .filter(|h| h.iter().all(|a| !sources.contains(a)));
                if let Some(h) = holder {
                    targets = h;
                }
            }
            // "The White House condemned the detention and demanded his
            // release": whoever is held stands for whoever holds them.
            if targets.len() == 1
                && matches!(
                    base_relation,
                    Relation::Demand | Relation::Urge | Relation::Criticize
                )
            {
                if let Some(holder) = self
                    .cast
                    .captor_of(targets[0])
                    .filter(|h| !sources.contains(h))
                {
                    let held = (f.start..(f.end + 8).min(toks.len())).any(|k| {
                        matches!(
                            lw(toks, k),
                            "release"
                                | "freedom"
                                | "freeing"
                                | "detention"
                                | "arrest"
                                | "imprisonment"
                                | "jailing"
                                | "sentencing"
                        )
                    });
                    if held {
                        targets = vec![holder];
                    }
                }
            }
            // "released 55 prisoners of war to Ukraine": captives handed
            // to their side are a concession to it.
            if base_relation == Relation::Yield && targets.len() == 1 {
                let held = mentions.iter().find(|m| {
                    m.start >= f.end
                        && m.actors == targets
                        && self.cast.kind(targets[0]) == ActorKind::Group
                        && matches!(lw(toks, m.start), "prisoners" | "detainees")
                });
                if let Some(to) = held.and_then(|m| {
                    (lw(toks, m.end) == "to")
                        .then(|| mentions.iter().find(|n| n.start == m.end + 1))
                        .flatten()
                }) {
                    targets = to.actors.clone();
                }
            }
            // "told an emergency meeting of the U.N. Security Council that":
            // the body that met was told (see the audiences below).
            // "told Al Jazeera", "told Le Monde": a news outlet is the
            // reporter's channel, not a party spoken to.
            if base_relation == Relation::Say {
                targets.retain(|&t| {
                    let name = self.cast.actors[t].name.to_lowercase();
                    let name = name.strip_prefix("the ").unwrap_or(&name);
                    !NEWS_OUTLETS.contains(&name)
                });
            }
            if targets.is_empty() && base_relation == Relation::Say && !is_noun {
                targets =
                    body_addressed(toks, mentions, times, f.end, &sources).unwrap_or_default();
            }
            if targets.is_empty() {
                targets.extend(unrest_state);
            }
            // "Tonga promised to send a team of nurses to Fiji", "offered
            // to mediate between Sudan and the UAE": an act promised that
            // no wording names is a pledge to the first other party in it.
            // (When a wording follows, "pledged to send aid to Gaza", the
            // act read from it is the promise.)
            // ("offered to buy Greenland" is a bid, not a promise of help.)
            if matches!(tr.pattern.as_str(), "promise" | "pledge" | "offer")
                && !is_noun
                && lw(toks, f.end) == "to"
                && !matches!(
                    lw(toks, f.end + 1),
                    "buy" | "purchase" | "acquire" | "annex" | "resign" | "quit"
                )
            {
                let vp_end = (f.end..(f.end + 14).min(toks.len()))
                    .find(|&k| {
                        matches!(lw(toks, k), "." | ";" | "but" | "while" | "said" | "after")
                    })
                    .unwrap_or((f.end + 14).min(toks.len()));
                if all_found
                    .iter()
                    .any(|g| g.start >= f.start && g.end > f.end && g.start < vp_end)
                {
                    no_event!(f);
                }
                if targets.is_empty() {
                    let own: Vec<&str> = sources.iter().map(|&a| self.cast.side(a)).collect();
                    targets.extend(
                        mentions
                            .iter()
                            .filter(|m| m.start >= f.end && m.end <= vp_end)
                            .find(|m| {
                                // (Not a clause's subject, "rebuild what
                                // Israel destroyed", nor a flag on a
                                // building, "the US embassy in Honiara".)
                                let next = lw(toks, m.end);
                                m.kind != MentionKind::Pronoun
                                    && lw(toks, m.end - 1) != "embassy"
                                    && !(next.len() > 3 && next.ends_with("ed"))
                                    && m.actors.iter().all(|&a| !own.contains(&self.cast.side(a)))
                            })
                            .map(|m| m.actors.clone())
                            .unwrap_or_default(),
                    );
                }
            }
            // "scrambled fighter jets after four Chinese military drones
            // flew near Okinawa": the jets go up against whoever the
            // sentence names after them.
            // (After "after", "when" or a watch verb; not "to force a
            // flight from Athens to land".)
            if targets.is_empty() && tr.pattern.starts_with("scramble ") {
                let own: Vec<&str> = sources.iter().map(|&a| self.cast.side(a)).collect();
                let why = (f.end..(f.end + 6).min(toks.len())).find(|&k| {
                    matches!(
                        lw(toks, k),
                        "after" | "when" | "intercept" | "monitor" | "shadow" | "track" | "escort"
                    )
                });
                if let Some(m) = why.and_then(|w| {
                    mentions.iter().find(|m| {
                        m.start > w
                            && m.start <= w + 6
                            && !m.place
                            && m.actors.iter().all(|&a| !own.contains(&self.cast.side(a)))
                    })
                }) {
                    targets = m.actors.clone();
                }
            }
            // "Hundreds of Palestinians demonstrated in the West Bank": a
            // crowd's own land where it marched is the venue, not the
            // target.
            if base_relation == Relation::Protest && !targets.is_empty() {
                let own: Vec<&str> = sources
                    .iter()
                    .filter(|&&a| self.cast.kind(a) == ActorKind::Group)
                    .filter_map(|&a| self.cast.actors[a].country.as_deref())
                    .collect();
                if !own.is_empty() {
                    let cast = &self.cast;
                    targets.retain(|&t| {
                        let named = mentions
                            .iter()
                            .filter(|m| m.start >= f.end && m.actors.contains(&t));
                        let only_place =
                            named.clone().count() > 0 && named.clone().all(|m| m.place);
                        !(only_place && own.contains(&cast.side(t)))
                    });
                }
            }
            // "Thousands of protesters marched in Tbilisi": a crowd's
            // protest aimed at no one named is against the state it
            // marched in. (Not when the sentence says what it was for or
            // against: "rallied in Bamako to protest against the
            // sanctions".)
            let purpose = || {
                let clause_end = (f.end..toks.len())
                    .find(|&k| matches!(lw(toks, k), "." | ";"))
                    .unwrap_or(toks.len());
                // (The wording's own words are no purpose: "took to the
                // streets of Tbilisi".)
                // A purpose at home ("against proposed constitutional
                // amendments", "over water and power cuts", "for early
                // elections") is still aimed at the state marched in; one
                // abroad ("against the sanctions", "in solidarity with")
                // is not.
                let own_to = tr.pattern.contains(" to ");
                // ("chanting slogans against France": a state named as
                // what the crowd is against is abroad too.)
                let abroad = (f.start..clause_end).any(|k| {
                    FOREIGN_GRIEVANCES.contains(&lw(toks, k))
                        || lw(toks, k) == "against"
                            && mentions.iter().any(|m| {
                                m.start > k
                                    && m.start <= k + 3
                                    && m.actors
                                        .iter()
                                        .any(|&a| self.cast.kind(a) == ActorKind::Country)
                            })
                });
                (f.start..clause_end).any(|k| {
                    (matches!(lw(toks, k), "solidarity" | "support")
                        || abroad
                            && matches!(
                                lw(toks, k),
                                "against" | "to" | "for" | "over" | "chanting"
                            ))
                        && !(own_to && k < f.end && lw(toks, k) == "to")
                }) || mentions
                    .iter()
                    .filter(|m| m.start >= f.end && m.start < clause_end)
                    .any(|m| {
                        m.actors
                            .iter()
                            .all(|&a| self.cast.kind(a) != ActorKind::Country)
                    })
            };
            // "marched towards the Indian High Commission in Dhaka": a
            // state's mission that the crowd went to is what it is against.
            if targets.is_empty() && base_relation == Relation::Protest && !is_noun {
                let mission = mentions
                    .iter()
                    .filter(|m| m.start > f.start && m.start <= f.end + 6)
                    .take_while(|m| {
                        !(f.end..m.start)
                            .any(|k| matches!(lw(toks, k), "." | ";" | "that" | "which" | ","))
                    })
                    .find(|m| {
                        matches!(
                            lw(toks, m.end - 1),
                            "embassy" | "consulate" | "commission" | "consulate-general"
                        ) && matches!(
                            lw(toks, m.start.saturating_sub(1)),
                            "to" | "towards" | "toward" | "on" | "outside" | "at" | "near"
                        )
                    });
                if let Some(m) = mission {
                    targets = others(&m.actors, &sources);
                }
            }
            // "met Bainimarama the next day and pledged more support on
            // climate change", "welcomed him at Parliament, promised NZ$20
            // million in budget support": a promise naming no one, in a verb
            // phrase joined to one whose object was named, is made to that
            // object.
            // (Something promised, not one's own deed, "pledged to press
            // ahead with reforms", nor sympathy, "offered condolences".)
            if targets.is_empty()
                && base_relation == Relation::Pledge
                && !is_noun
                && sources.len() == 1
                && f.start > 0
                && matches!(lw(toks, f.start - 1), "and" | "," | "also" | "then")
                && !matches!(
                    lw(toks, f.end),
                    "to" | "condolences" | "sympathy" | "sympathies" | "that"
                )
            {
                let joined = self.events.iter().rev().find(|e| {
                    e.evidence[0].sentence == s.index
                        && !e.planned
                        && matches!(
                            e.relation,
                            Relation::Meet | Relation::Host | Relation::Say | Relation::Praise
                        )
                        && self
                            .cast
                            .index_of(e.source.as_str())
                            .is_some_and(|a| sources.contains(&a))
                });
                if let Some(t) = joined.and_then(|e| self.cast.index_of(e.target.as_str())) {
                    if !sources.contains(&t) {
                        targets.push(t);
                    }
                }
            }
            // "put the army on full alert and ordered units closer to the
            // boundary with Kosovo", "deployed troops to Mandera, near the
            // Somali border": a force made ready or sent faces the state
            // whose border the clause names.
            if targets.is_empty() && base_relation == Relation::Mobilize && !is_noun {
                let facing = (f.end..toks.len())
                    .take_while(|&k| !matches!(lw(toks, k), "." | ";" | "but" | "while"))
                    .filter(|&k| matches!(lw(toks, k), "border" | "boundary" | "frontier"))
                    .find_map(|k| {
                        if lw(toks, k + 1) == "with" {
                            mentions
                                .iter()
                                .find(|m| m.start == k + 2 && !m.possessive)
                                .filter(|m| {
                                    m.actors.len() == 1
                                        && self.cast.kind(m.actors[0]) == ActorKind::Country
                                })
                                .map(|m| m.actors[0])
                        } else if k > 0 && toks[k - 1].is_capitalized() {
                            self.adjective_country(toks, k - 1)
                        } else {
                            None
                        }
                    });
                if let Some(state) = facing {
                    targets = others(&[state], &sources);
                    // (Not one's own side of it: "along its border".)
                    targets.retain(|&t| {
                        sources.iter().all(|&a| {
                            self.cast.actors[a].country.is_none()
                                || self.cast.actors[a].country != self.cast.actors[t].country
                        })
                    });
                }
            }
            if targets.is_empty() && base_relation == Relation::Protest && !is_noun && !purpose() {
                let venue = mentions
                    .iter()
                    .filter(|m| m.start > f.start && m.start <= f.end + 8)
                    .take_while(|m| {
                        !(f.end..m.start)
                            .any(|k| matches!(lw(toks, k), "." | ";" | "that" | "which"))
                    })
                    .find(|m| {
                        m.actors.len() == 1
                            && self.cast.kind(m.actors[0]) == ActorKind::Country
                            && matches!(
                                lw(toks, m.start.saturating_sub(1)),
                                "in" | "through" | "across" | "of"
                            )
                    })
                    .map(|m| m.actors[0]);
                // (A crowd named by its people, "Palestinians demonstrated
                // in the West Bank", is not against its own state, unless
                // it marched against something at home: "Georgians marched
                // in Tbilisi against the bill".)
                let against_at_home =
                    (f.start..(f.end + 4).min(toks.len())).any(|k| lw(toks, k) == "against");
                if let Some(state) = venue {
                    let code = self.cast.actors[state].country.clone();
                    if sources.iter().all(|&a| {
                        self.cast.kind(a) == ActorKind::Group
                            && (self.cast.actors[a].country.is_none()
                                || against_at_home && self.cast.actors[a].country == code)
                    }) {
                        targets.push(state);
                    }
                }
            }
            // "Protesters stormed parliament on Monday. Oli resigned on
            // Tuesday": a leader's resignation answers the protesters the
            // story told of lately.
            if targets.is_empty()
                && base_relation == Relation::Yield
                && matches!(tr.pattern.as_str(), "resign" | "step down")
            {
                targets.extend(self.cast.earlier_named(s.index + 1, 4).find(|&a| {
                    self.cast.kind(a) == ActorKind::Group
                        && self.cast.actors[a]
                            .name
                            .split_whitespace()
                            .any(|w| w.eq_ignore_ascii_case("protesters"))
                }));
            }
            // "TEHRAN, March 4 - Grossi, who arrived on Friday": one from
            // abroad who arrives nowhere named arrives where the story is
            // filed from.
            if targets.is_empty() && matches!(tr.pattern.as_str(), "arrive" | "fly in") && !is_noun
            {
                if let Some(h) = self.cast.dateline_state() {
                    let home = self.cast.actors[h].country.clone();
                    if !sources.is_empty()
                        && sources.iter().all(|&a| {
                            self.cast.actors[a].country.is_some()
                                && self.cast.actors[a].country != home
                        })
                    {
                        targets.push(h);
                        dateline_place = true;
                    }
                }
            }
            // "Jordan hosted a meeting on Syria in Aqaba, attended by
            // Blinken and Fidan": the gathering's guests are those who
            // attended it.
            if targets.is_empty() && base_relation == Relation::Host && !is_noun {
                let by = (f.end..toks.len())
                    .take_while(|&k| !matches!(lw(toks, k), ";" | "." | "which" | "who"))
                    .find(|&k| lw(toks, k) == "attended" && lw(toks, k + 1) == "by");
                if let Some((mi, _)) = by.and_then(|k| mentions_after(toks, mentions, k + 1).next())
                {
                    targets = coordinated_right(toks, mentions, mi, claimed);
                    targets.retain(|a| !sources.contains(a));
                }
            }
            // "in a message clearly aimed at New Delhi, Pakistan test-fired
            // a missile": a show of force or a threat is against whom the
            // sentence says it was aimed at.
            if targets.is_empty()
                && matches!(base_relation, Relation::Mobilize | Relation::Threaten)
            {
                if let Some(m) = (1..toks.len()).find_map(|k| {
                    let aimed = matches!(lw(toks, k - 1), "aimed" | "directed" | "targeted")
                        && lw(toks, k) == "at"
                        || matches!(lw(toks, k - 1), "warning" | "message" | "signal")
                            && lw(toks, k) == "to";
                    if !aimed {
                        return None;
                    }
                    let at = if DETERMINERS.has_at(toks, k + 1) {
                        k + 2
                    } else {
                        k + 1
                    };
                    mentions.iter().find(|m| {
                        m.start == at && m.actors.len() == 1 && !sources.contains(&m.actors[0])
                    })
                }) {
                    targets.push(m.actors[0]);
                }
            }
            if targets.is_empty() {
                // "X and Y mediated": mediators (CAMEO 045) work together on a
                // third party's dispute, they do not meet each other.
                // "India and Pakistan exchanged fire": a shared fight is
                // each side's attack on the other.
                // ("Both armies rushed reinforcements to the frontier": two
                // sides massing on their shared border face each other.)
                let facing = base_relation == Relation::Mobilize
                    && sources.len() == 2
                    && (f.start..(f.end + 3).min(toks.len()))
                        .any(|k| matches!(lw(toks, k), "border" | "frontier" | "borders"));
                // ("Xi and Putin pledged to deepen a partnership": a
                // pledge of a pair to grow what binds them.)
                let bond = matches!(base_relation, Relation::Pledge | Relation::Aid)
                    && lw(toks, f.end - 1) == "to"
                    && pledged_to_each_other(toks, f.end);
                let mutual = base_relation.is_symmetric()
                    || base_relation == Relation::Attack
                        && (tr.pair_only
                            || fight_between
                            || fought_each_other(toks, &tr.pattern, f.start, f.end))
                    || facing
                    // ("Washington and Moscow exchanged prisoners": each
                    // frees the other's.)
                    // ("Xi and Yoon exchanged congratulatory messages":
                    // each to the other.)
                    || matches!(base_relation, Relation::Yield | Relation::Praise | Relation::Say)
                        && tr.pair_only
                    || bond;
                // "Hadley and Steinberg met the president-elect": an object
                // no actor names still takes the verb; they did not meet
                // each other. ("met the next day" is a time.)
                let unnamed_object = !is_noun
                    && f.end == f.start + 1
                    && matches!(lw(toks, f.start), "met" | "meet" | "meets")
                    && matches!(
                        lw(toks, f.end),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "several"
                    )
                    && !crate::time::find(&toks[f.end..(f.end + 6).min(toks.len())])
                        .iter()
                        .any(|t| t.start == 0);
                if mutual && sources.len() >= 2 && cameo != "045" && !unnamed_object {
                    pairs_within = true;
                    if bond {
                        relation = Relation::Pledge;
                        cameo = "030";
                    }
                } else {
                    if !sources.is_empty() && !is_noun && !tr.reverse && !planned {
                        self.bare_acts.push((s.index, base_relation, sources));
                    }
                    no_event!(f);
                }
            }
            // "Raisi ordered the interior minister to follow up the case":
            // an order to one's own government is no demand between states.
            // (A crowd's demand of its own government stands: "Mongolians
            // rallied, demanding the resignation of the prime minister".)
            if base_relation == Relation::Demand
                && sources.len() == 1
                && self.cast.kind(sources[0]) != ActorKind::Group
            {
                let own = self.cast.side(sources[0]);
                targets.retain(|&t| self.cast.side(t) != own);
                if targets.is_empty() {
                    no_event!(f);
                }
            }
            // "X and Y agreed": an agreement between two. Three or more
            // who agree usually agree on someone else ("Saudi Arabia, the
            // UAE, Bahrain and Egypt agreed to restore ties with Qatar").
            // "invited the Kingdom of Denmark to withdraw its troops": an
            // invitation to stop, give up or comply is an appeal, as
            // diplomatic French has it ("invited Indian companies to
            // invest" stays an invitation).
            if relation == Relation::Invite && !is_noun {
                let act = (f.end..toks.len().min(f.end + 10))
                    .take_while(|&k| !matches!(lw(toks, k), "," | ";" | "."))
                    .find(|&k| lw(toks, k) == "to")
                    .and_then(|k| toks.get(k + 1));
                if act.is_some_and(|t| APPEALED_TO.contains(&t.lower_str())) {
                    relation = Relation::Urge;
                    cameo = "020";
                }
            }
            // "gave the military junta in Niger one week to reinstate
            // Bazoum": time given to act is an ultimatum, not a gift.
            if relation == Relation::Aid
                && !is_noun
                && tr.pattern == "give"
                && (f.end..(f.end + 10).min(toks.len())).any(|k| {
                    matches!(
                        lw(toks, k),
                        "day" | "days" | "hours" | "week" | "weeks" | "month" | "months"
                    ) && lw(toks, k + 1) == "to"
                })
            {
                relation = Relation::Demand;
                cameo = "100";
            }
            // "pledged to address Turkey's concerns": an infinitive after
            // an aid wording's "to" is a promise of that act, not a gift
            // to someone ("pledged $50 million to Ukraine"). Money a
            // lender approved or a donor gave "to help Paraguay extend
            // piped water" is given for that end, not promised.
            let given = tr.pattern.contains(" * ")
                && matches!(
                    tr.pattern.split(' ').next(),
                    Some(
                        "approve"
                            | "provide"
                            | "grant"
                            | "extend"
                            | "give"
                            | "donate"
                            | "disburse"
                            | "allocate"
                            | "lend"
                            | "supply"
                            | "deliver"
                            | "transfer"
                            | "release"
                    )
                );
            if relation == Relation::Aid
                && !is_noun
                && !given
                && tr.pattern.ends_with(" to")
                && toks.get(f.end).is_some_and(|t| {
                    t.is_word()
                        && !t.is_capitalized()
                        && !DETERMINERS.has(t)
                        && !amount_word(t)
                        // ("a lifeline to flood-stricken Libya": no verb.)
                        && !t.lower_str().contains('-')
                        && !matches!(t.lower_str(), "its" | "their" | "his" | "her" | "our")
                })
            {
                relation = Relation::Pledge;
                cameo = "030";
            }
            // "withdrew from the International Criminal Court", "announced
            // its withdrawal from the OAS": leaving a body is a break with
            // it, not a retreat.
            if base_relation == Relation::Yield
                && matches!(
                    tr.pattern.as_str(),
                    "withdraw from" | "withdrawal from" | "pull out of"
                )
                && !targets.is_empty()
                && targets
                    .iter()
                    .all(|&t| self.cast.kind(t) == ActorKind::Organisation)
            {
                relation = Relation::Sanction;
                cameo = "161";
            }
            // "Protesters stormed parliament", "crowds torched the Saudi
            // embassy": a building stormed or burned by a crowd is a
            // violent protest (CAMEO 145), not an armed attack. (A clash
            // with police is left a fight: readers split on it.)
            if base_relation == Relation::Attack
                && matches!(
                    tr.pattern.split(' ').next(),
                    Some(
                        "storm"
                            | "overrun"
                            | "torch"
                            | "ransack"
                            | "set"
                            | "break"
                            | "burn"
                            | "occupy"
                    )
                )
                && !sources.is_empty()
                && sources.iter().all(|&a| self.is_crowd(a))
            {
                relation = Relation::Protest;
                cameo = "145";
            }
            // "Thousands of students protested the visit": a crowd's
            // protest is a demonstration, a government's a complaint.
            if base_relation == Relation::Criticize
                && tr.pattern.starts_with("protest")
                && !is_noun
                && !sources.is_empty()
                && sources
                    .iter()
                    .all(|&a| self.cast.kind(a) == ActorKind::Group)
            {
                relation = Relation::Protest;
                cameo = "141";
            }
            // ("Ethiopia signed a memorandum of understanding on New Year's
            // Day with Somaliland": one party, and the other found after
            // "with" further on.)
            if tr.pair_only && sources.len() != 2 && (sources.len() != 1 || targets.is_empty()) {
                no_event!(f);
            }
            // "agreed on Tuesday to restore ties with Qatar": an agreement
            // reached is cooperation done, not a promise of it.
            if relation == Relation::Pledge
                && base_relation == Relation::Pledge
                && tr.pattern.starts_with("agree to ")
                && matches!(f.head, HeadForm::Past | HeadForm::PastOrParticiple)
            {
                relation = Relation::Cooperate;
            }
            // "Macron, whose remark that Russia must not be humiliated had
            // angered Kyiv": the critic's target is the one whose remark it
            // was, not a state named inside it.
            if tr.reverse && base_relation == Relation::Criticize && !is_noun {
                let whose = (1..chain_start)
                    .rev()
                    .find(|&k| lw(toks, k) == "whose" && lw(toks, k - 1) == ",")
                    .and_then(|k| mentions.iter().find(|m| m.end + 1 == k && !m.place));
                if let Some(m) = whose {
                    sources = m.actors.clone();
                }
            }
            // "Abe's visit drew condemnation from China", "The move drew
            // criticism from Beijing": the one who drew it is the owner of
            // the thing that did, or the agent of the act it names.
            if tr.reverse && sources.is_empty() && base_relation == Relation::Criticize && !is_noun
            {
                sources = self.subject_owner(toks, mentions, chain_start, &targets);
                if sources.is_empty() {
                    let det = (chain_start.saturating_sub(4)..chain_start)
                        .rev()
                        .find(|&k| DETERMINERS.has(&toks[k]))
                        .filter(|&k| {
                            (k + 1..chain_start)
                                .all(|j| toks[j].is_word() && !toks[j].is_capitalized())
                        });
                    if let Some(det) = det {
                        sources =
                            self.act_antecedent(toks, det, s.index, Relation::Criticize, &targets);
                    }
                }
                if sources.is_empty() {
                    no_event!(f);
                }
            }
            if tr.reverse {
                std::mem::swap(&mut sources, &mut targets);
            }
            // "a state visit to Jakarta by Nguyen Xuan Phuc", "strikes on
            // Kyiv by Russia": a noun's agent after its object, behind "by".
            if sources.is_empty() && is_noun && !targets.is_empty() {
                if let Some(m) = mentions.iter().find(|m| {
                    m.start >= f.end
                        && m.actors.iter().any(|a| targets.contains(a))
                        && lw(toks, m.end) == "by"
                }) {
                    if let Some(mi) = mentions.iter().position(|x| x.start == m.end + 1) {
                        sources = coordinated_right(toks, mentions, mi, claimed);
                        sources.retain(|a| !targets.contains(a));
                    }
                }
            }
            // "Security forces opened fire on protesters in Almaty": a
            // force no state was named for, used on a crowd at home, is
            // that state's.
            if matches!(base_relation, Relation::Attack | Relation::Coerce) && !is_noun {
                // A force with no state: none named as subject, or a group
                // that is a force's bare name ("police").
                let named_force = sources.len() == 1 && {
                    let a = &self.cast.actors[sources[0]];
                    a.kind == ActorKind::Group
                        && a.country.is_none()
                        && is_force_name(&a.name.to_lowercase())
                };
                let written = if sources.is_empty() || named_force {
                    unnamed_force_span(toks, f.start)
                        .or_else(|| force_subject_of_purpose(toks, f.start))
                } else {
                    None
                };
                let force = if named_force {
                    written.or_else(|| {
                        mentions
                            .iter()
                            .rev()
                            .find(|m| m.end <= f.start && m.actors.contains(&sources[0]))
                            .map(|m| (m.start, m.end))
                    })
                } else {
                    written
                };
                if let Some((a, b)) = force {
                    // ("TBILISI - Riot police used water cannon ... to
                    // clear protesters": at home where the story is filed.)
                    if let Some(state) = self
                        .home_of_crowd(&targets)
                        .or_else(|| self.cast.dateline_state())
                    {
                        sources = vec![state];
                    }
                    // The words written stay on the event: "Riot police",
                    // not the state they serve nor a shorter name.
                    if sources.len() == 1 {
                        force_words = Some(span_text(toks, a, b));
                    }
                }
            }
            if sources.is_empty() {
                no_event!(f);
            }
            // "recognised a Palestinian state on Tuesday, alongside Spain
            // and Ireland": others named at the clause's end act with them.
            if !is_noun {
                for a in co_agents(toks, mentions, f.end, claimed) {
                    if !sources.contains(&a) && !targets.contains(&a) {
                        sources.push(a);
                    }
                }
            }
            if sources.len() >= 2 {
                self.cast.note_group(&sources, s.index);
            }
            subjects_used.push((f.start, sources.clone()));
            if !targets.is_empty() {
                self.clause_object = Some((f.end, targets.clone()));
            }
            // "deals with the UAE and Bahrain ... both Gulf states": states
            // acted on together are a group too (people are not: "the two
            // men" are more often the agent and the one met).
            if targets.len() >= 2
                && targets
                    .iter()
                    .all(|&t| self.cast.kind(t) != ActorKind::Person)
            {
                self.cast.note_group(&targets, s.index);
            } else if targets.len() >= 2 {
                self.cast.note_object_group(&targets, s.index);
                if relation == Relation::Host {
                    let people: Vec<usize> = targets
                        .iter()
                        .copied()
                        .filter(|&t| self.cast.kind(t) == ActorKind::Person)
                        .collect();
                    self.cast.note_guests(&people, s.index);
                }
            }
        }

        // "called on Hossain" pays a call; "called on X to act" urges.
        if let Some(other) = tr.without_to.filter(|_| !judged) {
            if !pairs_within && relation == base_relation {
                // (The object as named: a later "they" for the same
                // actors is in a clause of its own.)
                let last = mentions
                    .iter()
                    .filter(|m| {
                        m.start >= f.end
                            // ("called on Russia to withdraw its troops":
                            // nor a possessive inside the infinitive. A
                            // pronoun right after the verb is its object:
                            // "called on it to stop".)
                            && (m.start == f.end || !matches!(
                                lw(toks, m.start),
                                "they"
                                    | "them"
                                    | "their"
                                    | "it"
                                    | "its"
                                    | "he"
                                    | "she"
                                    | "him"
                                    | "her"
                            ))
                            && targets.iter().any(|t| m.actors.contains(t))
                    })
                    .map(|m| m.end)
                    .max();
                let to_at = last.and_then(|e| {
                    (e..(e + 12).min(toks.len())).find(|&k| {
                        // ("called on Moscow to 'face up to'": a quotation
                        // mark may open the infinitive.)
                        let verb = if toks.get(k + 1).is_some_and(quote_mark) {
                            k + 2
                        } else {
                            k + 1
                        };
                        lw(toks, k) == "to"
                            && toks.get(verb).is_some_and(|t| {
                                t.is_word() && !t.is_capitalized() && !DETERMINERS.has(t)
                            })
                    })
                });
                // "called Bayramov to express his solidarity": the purpose
                // of the call, not what the other was urged to do.
                let purpose = to_at.is_some_and(|k| CONTACT_PURPOSES.contains(&lw(toks, k + 1)));
                // "called Serbia an ironclad friend", "called Maduro's
                // election a fraud": a judgement, no call at all.
                // ("called on Venezuela's electoral authority to publish":
                // after "on" it is an appeal to the owner's body.)
                let particle = tr.pattern.ends_with(" on") || tr.pattern.ends_with(" upon");
                let judgement = !particle
                    && last.is_some_and(|e| {
                        toks.get(e).is_some_and(|t| {
                            t.lower == "'s"
                                || t.lower == "'"
                                || matches!(t.text, "\"" | "“" | "‘")
                                || DETERMINERS.has(t)
                                || t.is_word()
                                    && !t.is_capitalized()
                                    && !PREPOSITIONS.has(t)
                                    && !CLAUSE_BREAKS.has(t)
                                    && !matches!(t.lower_str(), "and" | "to" | "by" | "over")
                                    && !ADVERBS.has(t)
                                    && !NEGATORS.has(t)
                                    && !in_time_phrase(times, e)
                                    // ("called Duhalde twice": how often.)
                                    && !matches!(
                                        t.lower_str(),
                                        "twice" | "again" | "repeatedly" | "personally" | "directly"
                                    )
                        })
                    });
                // ("called the American decision 'a clear retreat'": a
                // noun phrase, then a quotation that names it.)
                let named_in_quotes = !particle && {
                    let mut k = f.end;
                    while k < (f.end + 8).min(toks.len())
                        && toks[k].is_word()
                        && !PREPOSITIONS.has(&toks[k])
                        && !CLAUSE_BREAKS.has(&toks[k])
                        && !matches!(lw(toks, k), "to" | "and")
                    {
                        k += 1;
                    }
                    k > f.end + 1
                        && toks
                            .get(k)
                            .is_some_and(|t| matches!(t.text, "\"" | "“" | "‘"))
                };
                if judgement || named_in_quotes {
                    no_event!(f);
                }
                if to_at.is_none() || purpose {
                    relation = other;
                    cameo = tr
                        .without_to_cameo
                        .as_deref()
                        .unwrap_or_else(|| other.cameo());
                }
            }
        }
        // "told Canada to pull out its diplomats", "ordered X to": a demand.
        if relation == Relation::Say && !pairs_within {
            if let Some(last) = mentions
                .iter()
                .filter(|m| m.start >= f.end && targets.iter().any(|t| m.actors.contains(t)))
                .map(|m| m.end)
                .min()
            {
                if lw(toks, last) == "to"
                    && toks
                        .get(last + 1)
                        .is_some_and(|t| !DETERMINERS.has(t) && !t.is_capitalized())
                {
                    relation = Relation::Demand;
                    cameo = "100";
                }
            }
        }

        // "asked Zelensky to attend his swearing-in", "urged Xi to visit":
        // an appeal to come is an invitation.
        if relation == Relation::Urge && !pairs_within && !is_noun {
            if let Some(last) = mentions
                .iter()
                .filter(|m| m.start >= f.end && targets.iter().any(|t| m.actors.contains(t)))
                .map(|m| m.end)
                .min()
            {
                let come = lw(toks, last) == "to"
                    && (matches!(
                        lw(toks, last + 1),
                        "attend" | "visit" | "participate" | "come"
                    ) || lw(toks, last + 1) == "take" && lw(toks, last + 2) == "part");
                if come {
                    relation = Relation::Invite;
                    cameo = "036";
                }
            }
        }

        // "insisted that X remains a partner" reports a view; only "insisted
        // that X withdraw" (or "should withdraw") is a demand.
        // "insisted (on Friday) that X remains a partner" reports a view;
        // only "insisted that X withdraw" (or "should withdraw") is a
        // demand. The verb read is the one right after the first target
        // named directly after the trigger ("that", a time or an adverb
        // between): "insists, until Armenia rewrites" is another clause.
        if base_relation == Relation::Demand && !is_noun {
            let first = mentions
                .iter()
                .filter(|m| m.start >= f.end && targets.iter().any(|t| m.actors.contains(t)))
                .min_by_key(|m| m.start);
            if let Some(m) = first.filter(|m| {
                (f.end..m.start).all(|k| {
                    lw(toks, k) == "that" || ADVERBS.has(&toks[k]) || in_time_phrase(times, k)
                })
            }) {
                let w = lw(toks, m.end);
                if matches!(
                    w,
                    "is" | "was" | "are" | "were" | "has" | "had" | "remains" | "remained"
                ) || (w.len() > 3
                    && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss")))
                {
                    no_event!(f);
                }
            }
        }

        // "told supporters", "told villagers": words to a crowd are no
        // statement to another party.
        if matches!(relation, Relation::Say | Relation::Reject) {
            targets.retain(|&t| {
                let a = &self.cast.actors[t];
                a.kind != ActorKind::Group
                    || !a.name.split_whitespace().any(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "supporters"
                                | "villagers"
                                | "reporters"
                                | "journalists"
                                | "students"
                                | "crowd"
                                | "crowds"
                                | "people"
                                | "residents"
                                | "citizens"
                                | "audience"
                                | "workers"
                                | "troops"
                                | "soldiers"
                                | "voters"
                                | "followers"
                                | "demonstrators"
                                | "protesters"
                        )
                    })
            });
            if targets.is_empty() && !pairs_within {
                no_event!(f);
            }
        }
        // "told reporters the visit showed that Washington ...", "tells
        // parliament the CSTO's mission is over": an audience that is no
        // actor is the addressee, and what follows is what was said.
        if base_relation == Relation::Say && !is_noun && !tr.pattern.contains(' ') {
            let mut k = told_start(toks, times, f.end);
            // ("told state media", "told visiting reporters")
            if matches!(
                lw(toks, k),
                "state" | "local" | "foreign" | "national" | "visiting" | "assembled" | "gathered"
            ) {
                k += 1;
            }
            // ("told an emergency meeting of the Security Council")
            if GATHERING_KINDS.contains(&lw(toks, k)) && AUDIENCES.contains(&lw(toks, k + 1)) {
                k += 1;
            }
            if AUDIENCES.contains(&lw(toks, k)) && !mentions.iter().any(|m| m.start == k) {
                match body_addressed(toks, mentions, times, f.end, &sources) {
                    Some(a) => targets = a,
                    None => {
                        // What was told is no object of the telling:
                        // "told reporters that Macron met Modi" leaves
                        // Macron free to be the subject of his verb.
                        // (A person's: a state named there is told of by
                        // one who speaks for it, and is read as the
                        // speaker's act.)
                        for (mi, m) in mentions.iter().enumerate() {
                            if m.start > k
                                && m.kind == MentionKind::Name
                                && m.actors.len() == 1
                                && self.cast.kind(m.actors[0]) == ActorKind::Person
                            {
                                claimed.remove(&mi);
                            }
                        }
                        no_event!(f)
                    }
                }
            }
        }
        // "held talks with General Secretary of the Communist Party of
        // China and President of the People's Republic of China Xi
        // Jinping": a title read as the subject's own goes on, through
        // "of" and "and", to the name it belongs to.
        if !targets.is_empty() && targets.iter().all(|t| sources.contains(t)) {
            if let Some(named) = title_chain_name(toks, mentions, f.end, &sources) {
                targets = named;
            }
        }
        // "received a letter from King Salman": a thing received from
        // someone is no visit of theirs.
        if relation == Relation::Host
            && !is_noun
            && DETERMINERS.has_at(toks, f.end)
            && !mentions.iter().any(|m| m.start == f.end)
            && mentions.iter().any(|m| {
                m.start > f.end
                    && m.start <= f.end + 5
                    && lw(toks, m.start - 1) == "from"
                    && m.actors.iter().any(|a| targets.contains(a))
            })
        {
            no_event!(f);
        }
        // Object kind restriction ("receive" a person, not a letter).
        if !tr.object_kinds.is_empty() && !welcomed_act {
            // "welcomed the two delegations": people who stand for their
            // states are people still.
            let people_of = |t: usize| {
                tr.object_kinds.contains(&ActorKind::Person)
                    && mentions.iter().enumerate().any(|(mi, m)| {
                        let envoy = |w: &str| {
                            matches!(
                                w,
                                "delegation"
                                    | "delegations"
                                    | "envoy"
                                    | "emissary"
                                    | "official"
                                    | "minister"
                                    | "negotiators"
                                    | "officials"
                                    | "ministers"
                                    | "leaders"
                                    | "envoys"
                                    | "diplomats"
                                    | "counterparts"
                                    | "ambassador"
                                    | "ambassadors"
                            )
                        };
                        m.start >= f.end
                            && m.start <= f.end + 3
                            && (envoy(lw(toks, m.end - 1))
                                // ("received the ambassadors of the United
                                // States, France and Germany": each state's.)
                                || lw(toks, m.start) == "the"
                                    && envoy(lw(toks, m.start + 1))
                                    && lw(toks, m.start + 2) == "of")
                            && names_in_list(toks, mentions, mi, t)
                    })
                    // ("A joint delegation from Mali and Burkina Faso was
                    // received by Tiani": the states whose envoys, in the
                    // passive, come first.)
                    || passive
                        && mentions.iter().enumerate().any(|(mi, m)| {
                            m.end <= f.start
                                && envoys_of(toks, m.start)
                                && names_in_list(toks, mentions, mi, t)
                        })
            };
            targets.retain(|&t| tr.object_kinds.contains(&self.cast.kind(t)) || people_of(t));
            if targets.is_empty() && !pairs_within {
                no_event!(f);
            }
        }
        // "a crowd of supporters greeted him at the airport": a crowd that
        // greets is no host.
        if relation == Relation::Host
            && !sources.is_empty()
            && sources
                .iter()
                .all(|&a| self.cast.kind(a) == ActorKind::Group)
        {
            no_event!(f);
        }
        if !tr.subject_kinds.is_empty() {
            sources.retain(|&a| tr.subject_kinds.contains(&self.cast.kind(a)));
            if sources.is_empty() {
                no_event!(f);
            }
        }

        // Date.
        let tense = if planned {
            Tense::Future
        } else if governed_past
            || matches!(
                f.head,
                HeadForm::Past | HeadForm::PastOrParticiple | HeadForm::Participle
            )
            || chain
            .iter()
            .any(|t| matches!(t.lower_str(), "was" | "were" | "had" | "did"))
            // ("Zarif's first stop was Beijing": the wording's own verb.)
            || is_noun && (f.start + 1..f.end).any(|k| matches!(lw(toks, k), "was" | "were"))
            // ('"We condemn this," Scholz said': performed when said.)
            || self
                .performed_past
                .iter()
                .any(|&(a, b)| (a..b).contains(&f.start))
            // "flew to Beijing on Tuesday for talks with Xi": talks that
            // a journey was for share the journey's past.
            || (is_noun
                && f.start > 0
                && lw(toks, f.start - 1) == "for"
                && all_found.iter().any(|o| {
                    o.end < f.start
                        && f.start - o.end <= 8
                        && matches!(o.head, HeadForm::Past | HeadForm::PastOrParticiple)
                        && !(o.end..f.start).any(|k| {
                            matches!(lw(toks, k), ";" | "that" | "which" | "who" | "but" | "while")
                        })
                }))
            || (is_noun
                && (f.start.saturating_sub(8)..f.start).any(|k| {
                    matches!(
                        lw(toks, k),
                        "was" | "were" | "had" | "held" | "made" | "paid" | "began" | "started"
                    )
                })
                // "A visit to Greenland was made on Friday by Vance": the
                // clause's own verb after the noun.
                // (Only a passive light verb: "a deal his minister had
                // disclosed" is a relative clause's own past.)
                || (f.end..(f.end + 12).min(toks.len()))
                    .find(|&k| {
                        let w = lw(toks, k);
                        AUX.contains(&w) || MODALS.contains(&w) || w == ";"
                    })
                    .is_some_and(|k| {
                        matches!(lw(toks, k), "was" | "were")
                            && toks.get(k + 1).is_some_and(|t| {
                                let w = t.lower_str();
                                w.len() > 3 && w.ends_with("ed")
                                    || matches!(w, "made" | "paid" | "held" | "given" | "cut")
                            })
                    }))
            // "announced the expulsion of 23 Russian diplomats on
            // Wednesday": a noun that a past verb governs is past.
            || (is_noun
                && (f.start.saturating_sub(3)..f.start).any(|k| {
                    past_form(lw(toks, k))
                        && !toks[k].is_capitalized()
                        && (k + 1..f.start).all(|x| {
                            DETERMINERS.has(&toks[x])
                                || toks[x].is_word() && !toks[x].is_capitalized()
                        })
                }))
            // "Putin, in telephone conversations with Japarov and Rahmon on
            // Saturday, urged ...": talks told in an adjunct share the
            // tense of the clause's verb after them.
            || (is_noun
                && (f.start.saturating_sub(4)..f.start).any(|k| {
                    matches!(lw(toks, k), "in" | "during" | "at" | "after" | "following")
                        && (k + 1..f.start)
                            .all(|x| toks[x].is_word() && !toks[x].is_capitalized())
                })
                && (f.end..(f.end + 16).min(toks.len()))
                    .take_while(|&k| !matches!(lw(toks, k), "." | ";" | ":"))
                    .any(|k| {
                        let w = lw(toks, k);
                        past_form(w)
                            && !toks[k].is_capitalized()
                            && !DETERMINERS.has_at(toks, k - 1)
                            && !AUX.has_at(toks, k - 1)
                            && !matches!(lw(toks, k - 1), "was" | "were" | "been")
                    }))
        {
            Tense::Past
        } else {
            Tense::Present
        };
        // Each time phrase belongs to the trigger nearest to it ("invited
        // Lula to return for a state visit next year": "next year" dates
        // the visit, not the invitation).
        // A phrase before the trigger (a sentence-initial "On Monday") dates
        // everything after it.
        // ("The contract expires on January 1, and Zelensky told EU
        // leaders on December 19": a phrase before ", and" dates its own
        // clause, not the one after it.)
        let distance = |t: &time::TimeExpr, a: usize, b: usize| {
            if t.end <= a {
                let joined = (t.end..a.saturating_sub(1)).any(|k| {
                    lw(toks, k) == "," && matches!(lw(toks, k + 1), "and" | "but" | "while")
                });
                a - t.end + if joined { 50 } else { 0 }
            } else {
                t.start.saturating_sub(b)
            }
        };
        // "until February 24", "by Friday": a deadline, not when it happened.
        // "his first visit since 2017": when something last happened.
        // ("since February, when they held talks in Munich": the clause
        // after ", when" happened then.)
        let deadline = |t: &time::TimeExpr| {
            let when_clause =
                lw(toks, t.end) == "," && lw(toks, t.end + 1) == "when" && f.start > t.end + 1;
            // "by the end of the year", "until the end of May".
            let end_of = t.start >= 3
                && lw(toks, t.start - 1) == "of"
                && lw(toks, t.start - 2) == "end"
                && matches!(
                    word_before(
                        toks,
                        t.start - 2 - usize::from(lw(toks, t.start - 3) == "the")
                    ),
                    "until" | "till" | "by" | "before"
                );
            !when_clause
                && (end_of
                    || matches!(lw(toks, t.start), "until" | "till" | "since")
                    || matches!(
                        word_before(toks, t.start),
                        "until" | "till" | "by" | "since"
                    )
                    // "invited Argentina to become a full member from
                    // January": when a state begins, not when the act was
                    // done (a stay "from Monday to Wednesday" is dated).
                    || t.start >= f.end
                        && matches!(word_before(toks, t.start), "from" | "starting" | "effective")
                        && !matches!(
                            relation,
                            Relation::Visit
                                | Relation::Meet
                                | Relation::Host
                                | Relation::Attack
                                | Relation::Mobilize
                        )
                    // "invited his host to the launch of the port,
                    // scheduled for June 25": when something else is
                    // planned to happen.
                    || t.start > f.end + 2
                        && t.start >= 2
                        && matches!(word_before(toks, t.start), "for")
                        && matches!(
                            lw(toks, t.start - 2),
                            "scheduled" | "slated" | "set" | "planned" | "penciled" | "pencilled"
                        )
                    // "the first such visit since the war began in 2011",
                    // "since it joined NATO in April": a time inside a
                    // clause opened by "since" dates what happened then.
                    // (Last: the scan back is the dearest test.)
                    || since_clause(toks, t))
        };
        // A phrase after the trigger behind ", and" or ";" opens the next
        // clause ("X recalled its ambassador, and on 23 May Y was
        // summoned"): it dates that clause, not this one.
        // The same holds for a phrase inside an earlier clause ("X
        // threatened last month to ..., and Iran has condemned"), unless
        // it opens the sentence and so dates all of it.
        // With `own_subject`, only a clause that names its own subject
        // counts (", and Iran has condemned", not ", and called on").
        let clause_break = |a: usize, b: usize, own_subject: bool| {
            (a..b).any(|k| {
                !own_subject && lw(toks, k) == ";"
                    || lw(toks, k) == ","
                        && matches!(lw(toks, k + 1), "and" | "but" | "while" | "whereas")
                        && (!own_subject
                            || toks.get(k + 2).is_some_and(|t| {
                                t.is_capitalized()
                                    || DETERMINERS.has(t)
                                    || matches!(t.lower_str(), "he" | "she" | "they" | "it" | "we")
                            }))
            })
        };
        // ", which Sisi signed in March 2015": a relative clause dates
        // its own verb.
        // So does "the conflict that killed dozens in July": "that" after a
        // noun, before a verb in the past ("said that X met on Monday" is
        // the reported act itself).
        let relative = |a: usize, b: usize| {
            (a..b).any(|k| {
                lw(toks, k) == "," && matches!(lw(toks, k + 1), "which" | "who" | "whom" | "whose")
                    // ", with whom he signed a peace agreement in 2018".
                    || lw(toks, k) == ","
                        && PREPOSITIONS.has_at(toks, k + 1)
                        && matches!(lw(toks, k + 2), "whom" | "which")
                    || k > a
                        && matches!(lw(toks, k), "that" | "which")
                        && toks[k - 1].is_word()
                        && !toks[k - 1].is_capitalized()
                        && !lw(toks, k - 1).ends_with("ed")
                        && !REPORTING_VERBS.has(&toks[k - 1])
                        && !THAT_VERBS.contains(&lw(toks, k - 1))
                        && toks.get(k + 1).is_some_and(|t| {
                            let w = t.lower_str();
                            w.ends_with("ed") && w.len() > 4
                                || matches!(w, "had" | "has" | "have" | "was" | "were")
                        })
            })
        };
        // "Scholz, who visited Washington in March, criticised China": a
        // relative clause closed before the verb keeps its date.
        let closed_relative = |t: &time::TimeExpr| {
            t.end <= f.start
                && (t.start.saturating_sub(12)..t.start).any(|k| {
                    lw(toks, k) == ","
                        && matches!(lw(toks, k + 1), "who" | "which" | "whom" | "whose")
                })
                && (t.end..f.start).any(|k| lw(toks, k) == ",")
                // ("Tokayev, who dismissed the government on Wednesday,
                // asked for help late that night": it is what "that night"
                // counts from.)
                && !times
                    .iter()
                    .any(|o| matches!(o.kind, time::TimeKind::RefOffset(_)))
        };
        let next_clause = |t: &time::TimeExpr| {
            t.start > f.end && (clause_break(f.end, t.start, false) || relative(f.end, t.start))
                || t.end <= f.start
                    && !(t.start <= 1 || lw(toks, t.end) == ",")
                    && clause_break(t.end, f.start, true)
                || closed_relative(t)
        };
        // "on January 29, two days after the M23 captured Goma", "on
        // Thursday, a day after Iran hit targets in Pakistan": an act in
        // the clause after such a phrase happened that long before (or
        // after) the sentence's own time, and the phrase dates nothing else
        // when the sentence has a time of its own.
        let gap_of = |t: &time::TimeExpr| -> Option<(time::Span, i32)> {
            match t.kind {
                time::TimeKind::Gap(span, n) => Some((span, n)),
                time::TimeKind::RefOffset(n)
                    if t.end > 0 && matches!(lw(toks, t.end - 1), "after" | "before") =>
                {
                    Some((time::Span::Days, n as i32))
                }
                _ => None,
            }
        };
        let own_time = |t: &time::TimeExpr| gap_of(t).is_none() && !deadline(t);
        // ("comes two weeks after Misri visited Dhaka on December 9": the
        // act's own date, right after it, wins.)
        let dated_itself = times.iter().any(|o| {
            own_time(o)
                && o.start >= f.end
                && o.start <= f.end + 6
                && !(f.end..o.start).any(|k| matches!(lw(toks, k), "," | ";" | ":"))
        });
        let gap_clause = times
            .iter()
            .find(|t| {
                gap_of(t).is_some()
                    && !dated_itself
                    && t.end <= f.start
                    && !(t.end..f.start).any(|k| matches!(lw(toks, k), "," | ";" | ":"))
            })
            .copied();
        let gap_when = match (gap_clause, self.article.date) {
            (Some(g), Some(pubd)) => {
                let base = times
                    .iter()
                    .filter(|o| own_time(o))
                    .min_by_key(|o| distance(o, g.start, g.end))
                    .map(|o| {
                        let anchor = self.anchor(o, pubd);
                        time::resolve(o.kind, anchor, Tense::Past, "")
                    })
                    .filter(|w| w.date.is_some())
                    .or_else(|| self.reference.map(|r| When::day(r, "")));
                let raw = span_text(toks, g.start, g.end);
                Some(match (base, gap_of(&g)) {
                    (Some(b), Some((span, n))) => {
                        let d = b.date.unwrap_or(pubd);
                        match (span, b.precision) {
                            (time::Span::Days, Precision::Day) => {
                                When::day(d - chrono::Duration::days(n as i64), &raw)
                            }
                            (time::Span::Months, Precision::Day | Precision::Month) => {
                                let m = chrono::Months::new(n.unsigned_abs());
                                match if n > 0 {
                                    d.checked_sub_months(m)
                                } else {
                                    d.checked_add_months(m)
                                } {
                                    Some(x) => When::month(x, &raw),
                                    None => When::unknown(),
                                }
                            }
                            (time::Span::Years, _) => match d.with_year(d.year() - n) {
                                Some(x) => When::year(x, &raw),
                                None => When::unknown(),
                            },
                            _ => When::unknown(),
                        }
                    }
                    _ => When::unknown(),
                })
            }
            _ => None,
        };
        let has_own_time = times.iter().any(own_time);
        // ("have held talks, their first since Beijing and Seoul agreed
        // last month": a time in a clause of "since" dates that clause's
        // act, not this one. The clause ends at a comma: "his first since
        // the invasion, began on Monday".)
        let subordinate = |t: &time::TimeExpr| {
            t.start > f.end + 1
                && (f.end..t.start - 1)
                    .rev()
                    .take_while(|&k| !matches!(lw(toks, k), "," | ";" | ":"))
                    .any(|k| lw(toks, k) == "since")
        };
        // ("told supporters on Monday that he would travel to Washington to
        // discuss migration with Biden": the day of the telling is not the
        // day of what is planned.)
        let told_before = |t: &time::TimeExpr| {
            planned
                && t.end < f.start
                && (t.end..f.start).any(|k| lw(toks, k) == "that")
                && (t.start.saturating_sub(4)..t.start).any(|k| REPORTING_VERBS.has_at(toks, k))
        };
        let nearest = times
            .iter()
            .filter(|t| !deadline(t) && !next_clause(t) && !subordinate(t) && !told_before(t))
            .filter(|t| {
                reduced_relative_time(toks, t)
                    .or_else(|| agent_participle_time(toks, t))
                    .is_none_or(|p| (f.start..f.end).contains(&p))
            })
            // ("expelled a diplomat, a day after Ottawa kicked out an
            // official": a gap after the act counts from an act whose date
            // is not told; it does not count from the day of publication.)
            .filter(|t| gap_of(t).is_none() || !has_own_time && t.end <= f.start)
            // "invited Boakai to the summit in Freetown in July", "invited
            // him to attend the forum next year": a time in what the guest
            // is invited to dates that event, not the invitation.
            // (A frame between says when the invitation itself was made:
            // "to the summit during a phone call on Friday", "in a letter
            // ... last month", "when the two met on Tuesday"; and a year
            // named outright is kept.)
            .filter(|t| {
                relation != Relation::Invite
                    || t.start < f.end
                    || t.kind.named_year().is_some()
                    || (f.end..t.start)
                        .find(|&k| lw(toks, k) == "to")
                        .is_none_or(|to| {
                            (to..t.start).any(|k| {
                                matches!(lw(toks, k), "during" | "when" | "," | "by" | "via")
                                    || lw(toks, k) == "in" && matches!(lw(toks, k + 1), "a" | "an")
                                    // "invited Finland to join the alliance
                                    // at its summit in Madrid on Wednesday":
                                    // the inviter's own gathering.
                                    || lw(toks, k) == "at"
                                        && matches!(lw(toks, k + 1), "its" | "their" | "his" | "her")
                                    || REPORTING_VERBS.has_at(toks, k)
                            })
                        })
            })
            .filter(|t| {
                // ("has ordered diplomats from Argentina to leave the
                // country, the foreign minister announced last night": a
                // report's time after a comma dates the act reported, not
                // the infinitive before it.)
                // (So does a medium's: "..., in an interview aired on
                // Sunday".)
                let report_frame = || {
                    reporting_verb_before(toks, t)
                        .or_else(|| medium_verb_before(toks, t))
                        .is_some_and(|v| v >= f.end && (f.end..v).any(|k| lw(toks, k) == ","))
                };
                t.end <= f.start
                    || tense == Tense::Past && report_frame()
                    // ("urged India to condemn the war on Monday": a day
                    // gone by dates the appeal, not the act it asks for.)
                    || matches!(relation, Relation::Urge | Relation::Demand)
                        && tense == Tense::Past
                        && matches!(
                            t.kind,
                            time::TimeKind::Weekday(_, 0 | -1) | time::TimeKind::DayOffset(-1 | 0)
                        )
                    // ("refused to sign the communique on Sunday": a
                    // refusal is when the act refused would have been.)
                    || relation == Relation::Reject
                        && tr.pattern == "refuse"
                        && lw(toks, f.end) == "to"
                    || !all_found.iter().any(|o| {
                        o.start >= f.end
                            && o.end <= t.start
                            && o.start > 0
                            // ("invited Murmu to pay a state visit when the
                            // two spoke by telephone on Tuesday": a clause
                            // of its own frames the first act.)
                            && !(o.end..t.start)
                                .any(|k| matches!(lw(toks, k), "when" | "during" | "as"))
                            && (matches!(lw(toks, o.start - 1), "to" | "for")
                                // "in a telephone call on Wednesday" frames
                                // this act; "for a state visit next year"
                                // is another.
                                // ("handed back a captured pilot on
                                // Friday": an adjective is no act.)
                                || matches!(lw(toks, o.start - 1), "a" | "an")
                                    && o.head == HeadForm::Noun
                                    && !matches!(
                                        word_before(toks, o.start - 1),
                                        "in" | "during" | "at" | "over"
                                    ))
                    })
            })
            // (On a tie, not a phrase that dates the verb before "and":
            // "visited Dhaka on Saturday and flew to Naypyitaw the next
            // day".)
            .min_by_key(|t| {
                let earlier_verbs = t.end <= f.start
                    && f.start > 0
                    && lw(toks, f.start - 1) == "and"
                    && all_found.iter().any(|o| o.end <= t.start);
                (distance(t, f.start, f.end), earlier_verbs)
            })
            .copied();
        // "said on Sunday it would not ...": a promise or refusal is made
        // when it is said, so a phrase before the act takes the tense of
        // the reporting verb, not of the act promised.
        let tense = match nearest {
            // "said Biden would host Modi on June 22": a time after the act
            // promised is when it is to happen.
            // ("France will withdraw its forces within a month, the
            // ministry said on Wednesday": a time after a past reporting
            // verb is when it was said.)
            Some(t)
                if intent_word
                    && t.start >= f.end
                    && !matches!(lw(toks, t.start), "last" | "previous" | "past")
                    && !reporting_verb_before(toks, &t).is_some_and(|v| {
                        v >= f.end && !matches!(lw(toks, v), "says" | "say" | "tells" | "announces")
                    }) =>
            {
                Tense::Future
            }
            Some(t) if promised && t.end <= chain_start => {
                let said_past = (0..t.start.max(chain_start))
                    .filter(|&k| REPORTING_VERBS.has(&toks[k]))
                    .any(|k| !matches!(lw(toks, k), "says" | "say" | "tells" | "announces"));
                if said_past {
                    Tense::Past
                } else {
                    tense
                }
            }
            // "Copenhagen said on Thursday ..., with Kofod accusing the
            // junta": a participle's act is dated by the past verb the
            // phrase follows.
            // "Erdogan spoke after a meeting with Kristersson on Monday":
            // a noun's act after a preposition is as past as the clause's
            // verb before it.
            Some(t)
                if tense == Tense::Present
                    && is_noun
                    && t.start >= f.end
                    && past_verb_before_noun(toks, f.start) =>
            {
                Tense::Past
            }
            Some(t) if tense == Tense::Present && t.end <= f.start => {
                let verb = word_before(toks, phrase_start(toks, &t, &["on"]));
                if past_form(verb) {
                    Tense::Past
                } else {
                    tense
                }
            }
            _ => tense,
        };
        let chronicle = self.chronicle_day();
        let by_chronicle = chronicle.is_some()
            && tense != Tense::Future
            && nearest.is_some_and(|t| matches!(t.kind, time::TimeKind::Weekday(_, 0)));
        // "the 1965 treaty", "the 2015 Declaration of Principles signed by":
        // a document named with its year was signed that year.
        let doc_year = (relation == Relation::SignDeal)
            .then(|| document_year(toks, f.start, f.end))
            .flatten();
        let when = match (nearest, self.article.date) {
            _ if gap_when.is_some() => gap_when.unwrap_or_else(When::unknown),
            _ if doc_year.is_some() => doc_year.unwrap_or_else(When::unknown),
            (Some(t), Some(pubd)) => match (t.kind, chronicle) {
                // A bare weekday in a chronicle: the next such day.
                (time::TimeKind::Weekday(wd, 0), Some(r)) if tense != Tense::Future => {
                    // (The reference day's own weekday is the week after:
                    // that same day would be "the same day". "revoked the
                    // agreements on Aug. 3. On Thursday, its supporters
                    // rallied" is the Thursday after.)
                    let ahead = match (wd.num_days_from_monday() as i64
                        - r.weekday().num_days_from_monday() as i64)
                        .rem_euclid(7)
                    {
                        0 if r + chrono::Duration::days(7) <= pubd => 7,
                        n => n,
                    };
                    When::day(
                        r + chrono::Duration::days(ahead),
                        &span_text(toks, t.start, t.end),
                    )
                }
                // "A month later": from the date last told, at no finer a
                // precision than it had; with none told lately, unknown.
                // (A date told earlier in the same sentence comes first: "signed
                // an agreement on March 2, and four days later Sisi made his
                // first trip".)
                (time::TimeKind::Later(..), _) => {
                    let earlier_here = times
                        .iter()
                        .rfind(|o| {
                            o.end <= t.start
                                && own_time(o)
                                && !matches!(o.kind, time::TimeKind::Later(..))
                                && !since_clause(toks, o)
                        })
                        .map(|o| time::resolve(o.kind, self.anchor(o, pubd), tense, ""))
                        .filter(|w| w.precision != Precision::Year)
                        .and_then(|w| Some((w.date?, w.precision)));
                    match earlier_here.or_else(|| {
                        self.last_told
                            .as_ref()
                            .filter(|(_, at)| s.index.saturating_sub(*at) <= 6)
                            .and_then(|(w, _)| Some((w.date?, w.precision)))
                    }) {
                        Some((base, precision)) => {
                            let raw = span_text(toks, t.start, t.end);
                            let w = time::resolve(t.kind, base, tense, &raw);
                            match (w.date, precision) {
                                (Some(d), Precision::Month) if w.precision == Precision::Day => {
                                    When::month(d.with_day(1).unwrap_or(d), &raw)
                                }
                                (Some(d), Precision::Year) if w.precision != Precision::Year => {
                                    When::year(
                                        d.with_day(1).and_then(|x| x.with_month(1)).unwrap_or(d),
                                        &raw,
                                    )
                                }
                                _ => w,
                            }
                        }
                        None => When::unknown(),
                    }
                }
                _ => {
                    let anchor = self.anchor(&t, pubd);
                    time::resolve(t.kind, anchor, tense, &span_text(toks, t.start, t.end))
                }
            },
            (Some(t), None) => time::resolve_absolute(t.kind, &span_text(toks, t.start, t.end))
                .unwrap_or_else(When::unknown),
            (None, Some(pubd)) => {
                let earlier = chain.iter().any(|t| EARLIER_MARKERS.has(t))
                    || (f.start.saturating_sub(3)..f.start).any(|k| {
                        matches!(
                            lw(toks, k),
                            "earlier" | "previously" | "last" | "once" | "had"
                        )
                    });
                // "Ali said he had made clear to Maduro": a past perfect under
                // a reporting verb is the reported past shifted back, not an
                // earlier time.
                let only_had = |k: usize| {
                    let t = &toks[k];
                    t.lower_str() == "had" || !EARLIER_MARKERS.has(t)
                };
                let backshifted = (f.start.saturating_sub(3)..f.start)
                    .any(|k| lw(toks, k) == "had")
                    && (chain_start..f.start).all(only_had)
                    && (f.start.saturating_sub(3)..f.start).all(only_had)
                    && (chain_start.saturating_sub(6)..chain_start)
                        .any(|k| REPORTING_VERBS.has_at(toks, k));
                let earlier = earlier && !backshifted;
                let present_after_past = self.reference_past
                    && f.head == HeadForm::Third
                    && !chain
                        .iter()
                        .any(|t| matches!(t.lower_str(), "was" | "were" | "had" | "did"));
                let entry = self
                    .entry_year_now()
                    .and_then(|y| chrono::NaiveDate::from_ymd_opt(y, 1, 1))
                    .filter(|&d| d < pubd);
                if planned || earlier {
                    When::unknown()
                } else if let Some(d) = entry {
                    When::year(d, &d.year().to_string())
                } else if let Some(p) = self.period_now(s.index).filter(|_| tense == Tense::Past) {
                    p
                } else if let Some(d) = self
                    .pair_day(&sources, &targets, s.index)
                    .filter(|_| tense == Tense::Past && !present_after_past)
                {
                    // "Kim's train crossed into Russia on Tuesday. Kim told
                    // Putin ...": the two were last told of together on the
                    // day they met, not the day the story last named.
                    When {
                        raw: String::new(),
                        source: DateSource::Publication,
                        ..When::day(d, "")
                    }
                } else if let Some(r) = self.reference.filter(|_| !present_after_past) {
                    When {
                        raw: String::new(),
                        source: DateSource::Publication,
                        ..When::day(r, "")
                    }
                } else {
                    When::publication(pubd)
                }
            }
            (None, None) => When::unknown(),
        };
        // A meeting or visit dated after publication is still to come,
        // however it was worded ("leaves for Beijing on Monday").
        if !planned && scheduled(relation) && when.source == DateSource::Text {
            if let (Some(d), Some(p)) = (when.date, self.article.date) {
                planned = match when.precision {
                    Precision::Day => d > p,
                    Precision::Month => (d.year(), d.month()) > (p.year(), p.month()),
                    Precision::Year => d.year() > p.year(),
                    Precision::Unknown => false,
                };
            }
        }
        if planned {
            // A plan counts only with a stated date, and only for acts that
            // are scheduled.
            // (The day of the leg before, "arrives in Tonga today before
            // moving on to", does not date the leg after.)
            let dated = !(leg_ahead && nearest.is_some_and(|t| t.end <= f.start))
                && when.is_known()
                && when.source == DateSource::Text
                && self.article.date.is_none_or(|p| {
                    when.date.is_some_and(|d| d >= p.pred_opt().unwrap_or(p))
                        || when.precision != crate::model::Precision::Day
                            && when.date.is_some_and(|d| d.year() >= p.year())
                });
            // ("is expected to pay a state visit soon, officials said on
            // Wednesday": the day is the report's, not the plan's.)
            let report_day = nearest.is_some_and(|t| {
                let mut k = t.start;
                if k > 0 && matches!(lw(toks, k - 1), "on" | "in" | "at") {
                    k -= 1;
                }
                k > 0 && REPORTING_VERBS.has_at(toks, k - 1)
            });
            // "... later this month, though no date has been set": the
            // sentence itself says the plan has no date.
            let no_date = toks
                .windows(2)
                .any(|w| w[0].lower_str() == "no" && matches!(w[1].lower_str(), "date" | "dates"));
            if !dated || report_day || no_date || !scheduled(relation) {
                no_event!(f);
            }
            confidence -= 0.1;
        }

        // A day the text fixed for a reported (not planned) event becomes
        // the story's reference day, if it is near the publication date
        // (or one of a chronicle), and so does a day the story is still in.
        // (An arrival placed only by the dateline is background to the
        // story's acts: "Mirziyoyev, who arrived on Tuesday evening, was
        // received by Tokayev" is received on the story's day.)
        if !planned
            && !dateline_place
            && matches!(when.source, DateSource::Text | DateSource::Context)
            && when.precision == crate::model::Precision::Day
        {
            // ("King Mohammed VI, in a speech on July 31, had invited
            // Tebboune": a flashback in the past perfect opens no chronicle;
            // the story's own days stay where they were.)
            let flashback = chain.iter().any(|t| t.lower_str() == "had");
            // ("who is on a State Visit to India from 06 to 10 October": a
            // span of days still running dates the stay, not the story's
            // day; one told in the past may be where the story goes on.)
            let span = tense != Tense::Past && nearest.is_some_and(|t| time::is_day_span(toks, &t));
            if let (Some(d), Some(p), false) = (when.date, self.article.date, span) {
                let near = (p - d).num_days().abs() <= 7;
                if near
                    || by_chronicle && !flashback
                    || !flashback
                        && nearest.is_some_and(|t| {
                            chronicle_date(toks, &t, d, p)
                                && !self.background_day(toks, &t, d, p)
                                && !since_clause(toks, &t)
                        })
                {
                    self.reference = Some(d);
                    self.reference_past = tense == Tense::Past;
                    self.reference_at = s.index;
                    self.reference_by = nearest.map(|t| t.start);
                    self.chronicle = !near;
                }
            }
        }

        // Build the events.
        // The words that named each actor: the mention nearest the trigger.
        let mention_of = |a: usize| -> String {
            if let Some(w) = force_words.as_ref().filter(|_| sources.first() == Some(&a)) {
                return w.clone();
            }
            mentions
                .iter()
                .filter(|m| m.actors.contains(&a))
                .min_by_key(|m| {
                    if m.end <= f.start {
                        f.start - m.end
                    } else {
                        m.start.saturating_sub(f.end)
                    }
                })
                .map(|m| m.text(toks))
                .unwrap_or_default()
        };
        let pronoun_used = mentions.iter().any(|m| {
            m.kind == MentionKind::Pronoun
                && (m
                    .actors
                    .iter()
                    .any(|a| sources.contains(a) || targets.contains(a)))
        });
        if pronoun_used {
            confidence -= 0.1;
        }
        // The reader's buffer, put back after the pairs are read.
        let mut pairs = std::mem::take(&mut self.pairs);
        pairs.clear();
        if pairs_within {
            // "Leaders of the United States, India, Saudi Arabia, the UAE,
            // France, Germany, Italy and the EU signed a memorandum": among
            // six or more, each pair is no event of its own (28 here); the
            // first named is paired with the rest. (Measured: a cap at four
            // or five costs as many rows as it saves.)
            let many = sources.len() >= 6;
            for (x, &a) in sources.iter().enumerate() {
                if many && x > 0 {
                    break;
                }
                for &b in &sources[x + 1..] {
                    pairs.push((a, b));
                    // "X and Y agreed to resume talks": each pledged to the other.
                    if !relation.is_symmetric() {
                        pairs.push((b, a));
                    }
                }
            }
        } else {
            for &a in &sources {
                for &b in &targets {
                    pairs.push((a, b));
                }
            }
            // "Abiy and Hassan Sheikh held talks with Erdogan": those who
            // sat down together with a third met one another too.
            // (Not two of one state: "Blinken and Austin met the Philippine
            // delegation" are colleagues, not parties to a meeting.)
            if relation == Relation::Meet
                && cameo != "045"
                && cameo != "041"
                && sources.len() == 2
                && !is_noun
                && self.cast.side(sources[0]) != self.cast.side(sources[1])
            {
                pairs.push((sources[0], sources[1]));
            }
            // "X brought together Y and Z": the two it convened met too.
            // So did the other two of "a three-way meeting with Y and Z".
            let three_way = relation == Relation::Meet
                && sources.len() == 1
                && targets.len() == 2
                && self.cast.side(targets[0]) != self.cast.side(targets[1])
                && (f.start.saturating_sub(3)..f.end).any(|k| {
                    matches!(
                        lw(toks, k),
                        "three-way" | "trilateral" | "tripartite" | "three-party" | "three-nation"
                    )
                });
            if three_way || tr.pattern.starts_with("bring") && tr.pattern.ends_with("together") {
                for (x, &a) in targets.iter().enumerate() {
                    for &b in &targets[x + 1..] {
                        pairs.push((a, b));
                    }
                }
            }
        }
        // Where a meeting took place: "in"/"at" a country, capital or city
        // right after the trigger or a party's name (a time phrase may come
        // between), or opening the sentence ("In Moscow on Thursday, ...").
        // "to discuss the war in Ukraine" names no place of meeting.
        // (A signing is a meeting too: "initialled a peace agreement at
        // the White House".)
        let meeting_place = if matches!(
            relation,
            Relation::Meet | Relation::SignDeal | Relation::Host
        ) {
            // "held talks in Niamey with": the place inside the wording.
            let mut anchors: Vec<usize> = (f.start..=f.end).collect();
            anchors.extend(
                mentions
                    .iter()
                    .filter(|m| {
                        m.actors
                            .iter()
                            .any(|a| sources.contains(a) || targets.contains(a))
                    })
                    .map(|m| m.end),
            );
            let timed: Vec<usize> = times
                .iter()
                .filter(|t| {
                    anchors.contains(&t.start) || t.start > 0 && anchors.contains(&(t.start - 1))
                })
                .map(|t| t.end)
                .collect();
            anchors.extend(timed);
            mentions
                .iter()
                .find(|m| {
                    // ("welcomed Mirziyoyev and Japarov to Astana": where
                    // guests are welcomed to is where they were received.)
                    m.start > 0
                        && (matches!(lw(toks, m.start - 1), "in" | "at")
                            || relation == Relation::Host && lw(toks, m.start - 1) == "to")
                        && (anchors.contains(&(m.start - 1)) || m.start == 1)
                        && m.actors.len() == 1
                        && self.cast.kind(m.actors[0]) == ActorKind::Country
                        && !sources.contains(&m.actors[0])
                        && !targets.contains(&m.actors[0])
                })
                .map(|m| m.actors[0])
        } else {
            None
        };
        // "Several hundred people rallied in Ouagadougou to demand the
        // departure of French forces": what a crowd marched for is its
        // protest, against whom it was made of.
        if matches!(relation, Relation::Demand | Relation::Urge)
            && !is_noun
            && !sources.is_empty()
            && sources
                .iter()
                .all(|&a| self.cast.kind(a) == ActorKind::Group)
            && (chain_start..f.start)
                .find(|&k| lw(toks, k) == "to")
                .and_then(|k| {
                    (k.saturating_sub(8)..k).rev().find(|&j| {
                        matches!(
                            lw(toks, j),
                            "rallied" | "marched" | "protested" | "demonstrated" | "gathered"
                        )
                    })
                })
                .is_some()
        {
            relation = Relation::Protest;
            cameo = "141";
        }
        let trigger_text = span_text(toks, f.start, f.end);
        let sentence_text = self.cited_sentence(s);
        // One report of an event read from this sentence.
        let report = |this: &Self,
                      src: usize,
                      dst: usize,
                      relation: Relation,
                      cameo: &str,
                      confidence: f32| Event {
            source: this.cast.actors[src].id.clone(),
            target: this.cast.actors[dst].id.clone(),
            relation,
            cameo: cameo.to_string(),
            when: when.clone(),
            confidence: confidence.clamp(0.05, 1.0),
            planned,
            evidence: vec![Evidence {
                article: this.cited.article.clone(),
                title: this.cited.title.clone(),
                url: this.cited.url.clone(),
                sentence: s.index,
                text: sentence_text.clone(),
                span: (s.start, s.end),
                source_mention: mention_of(src),
                target_mention: mention_of(dst),
                trigger: trigger_text.clone(),
            }],
        };
        for &(a, b) in &pairs {
            let Some((a, b)) = self.adjust(relation, a, b) else {
                continue;
            };
            // Being hosted means having visited: "Lula received Lavrov in
            // Brasilia" is also Lavrov's visit to Brazil. (Not for a host
            // of several guests, who came to a summit or to talks among
            // themselves there: "Erdogan hosted Abiy and Hassan Sheikh".)
            // ("... received them": a delegation of one state, whose
            // countries as far as known are one, is one party.)
            let one_party = !hosted_talks && {
                let mut known = targets
                    .iter()
                    .filter_map(|&t| self.cast.actors[t].country.as_deref());
                let first = known.next();
                targets.len() == 1 || first.is_some() && known.all(|c| Some(c) == first)
            };
            // ("hosted Hun Manet and Phumtham in Putrajaya": guests of
            // several states received in a place of the host's state each
            // came there.)
            let host_code = self.cast.actors[a].country.clone();
            let received_at_home = !hosted_talks
                && meeting_place.is_some_and(|p| {
                    host_code.is_some() && self.cast.actors[p].country == host_code
                });
            // ("received the ambassadors of the United States, France and
            // Germany": envoys who live there made no trip.)
            let resident_envoy = |x: usize| {
                mentions.iter().enumerate().any(|(mi, m)| {
                    (m.start..m.end).any(|k| {
                        matches!(
                            lw(toks, k),
                            "ambassador" | "ambassadors" | "chargé" | "charge" | "commissioner"
                        )
                    }) && names_in_list(toks, mentions, mi, x)
                })
            };
            if relation == Relation::Host
                && !planned
                && (one_party || received_at_home)
                && !resident_envoy(b)
            {
                let host_country = host_code.and_then(|code| self.lex.country(&code));
                if let Some(c) = host_country {
                    let place = self.cast_index_of_lexicon(c);
                    if let Some((v, place)) = self.adjust(Relation::Visit, b, place) {
                        let mut visit =
                            report(self, v, place, Relation::Visit, "042", confidence - 0.1);
                        // The words that named them: the guest and the host.
                        visit.evidence[0].source_mention = mention_of(b);
                        visit.evidence[0].target_mention = mention_of(a);
                        self.push_derived(visit);
                    }
                }
            }
            // Meeting someone in their capital means having gone there: "Xi
            // met Putin in Moscow" is also Xi's visit to Russia.
            if matches!(relation, Relation::Meet | Relation::SignDeal) && !planned {
                if let Some(place) = meeting_place {
                    for (guest, other) in [(a, b), (b, a)] {
                        let Some((v, place)) = self.foreign_guest(guest, other, place) else {
                            continue;
                        };
                        let mut visit =
                            report(self, v, place, Relation::Visit, "042", confidence - 0.15);
                        visit.evidence[0].target_mention = mention_of(place);
                        self.push_derived(visit);
                    }
                }
            }
            // A visit long before the story ("The last time he came, in
            // 2012, he was received by Morsi") says nothing of who is whose
            // guest now.
            let current = match (when.date, self.article.date) {
                (Some(d), Some(p)) => (p - d).num_days() <= 31,
                _ => true,
            };
            if !planned && current {
                self.cast.note_visit(relation, a, b);
            }
            self.cast.note_sides(relation, a, b, s.index);
            if relation == Relation::Coerce
                && matches!(self.cast.kind(b), ActorKind::Person | ActorKind::Group)
            {
                self.cast.note_captive(a, b);
            }
            let mut e = report(self, a, b, relation, cameo, confidence);
            // "visited Fiji on Thursday and Tonga on Friday": a later item
            // of the list with its own weekday is dated by it.
            let weekday = |t: &time::TimeExpr| matches!(t.kind, time::TimeKind::Weekday(_, 0));
            if let (Some(n), Some(pubd)) = (nearest.filter(|n| weekday(n)), self.article.date) {
                let own = mentions
                    .iter()
                    .filter(|m| m.start > n.end && m.actors.contains(&b))
                    .find_map(|m| {
                        times.iter().find(|t| {
                            (t.start == m.end
                                || t.start == m.end + 1 && matches!(lw(toks, m.end), "on" | "in"))
                                && weekday(t)
                        })
                    });
                if let Some(t) = own {
                    e.when = time::resolve(t.kind, pubd, tense, &span_text(toks, t.start, t.end));
                }
            }
            // "Sweden pledged to address Turkey's concerns": two wordings
            // of one sentence may read the same act, code and all; it is
            // told once.
            if let Some(same) = self.told_in_sentence(&e, true) {
                if e.confidence > self.events[same].confidence {
                    self.events[same] = e;
                }
                continue;
            }
            self.events.push(e);
        }
        self.pairs = pairs;
    }

    /// Adds a visit read from another event of the sentence ("met Aoun,
    /// Diab and Berri in Beirut" is one visit to Lebanon, however many
    /// were met): once, if the sentence told it already.
    fn push_derived(&mut self, e: Event) {
        if self.told_in_sentence(&e, false).is_none() {
            self.events.push(e);
        }
    }

    /// Where the events of `e`'s sentence already tell the same act: the
    /// same relation (and CAMEO code, if `same_code`) between the same two
    /// actors on the same day.
    fn told_in_sentence(&self, e: &Event, same_code: bool) -> Option<usize> {
        let sentence = e.evidence[0].sentence;
        let n = self.events.len();
        self.events
            .iter()
            .rev()
            .take_while(|x| x.evidence[0].sentence == sentence)
            .position(|x| {
                x.relation == e.relation
                    && (!same_code || x.cameo == e.cameo)
                    && x.source == e.source
                    && x.target == e.target
                    && x.when.date == e.when.date
                    && x.when.precision == e.when.precision
            })
            .map(|back| n - 1 - back)
    }

    /// The day the text fixed for the latest event of the last six
    /// sentences between one of `sources` and one of `targets`, either way
    /// round: what a sentence that names no time tells of the same two
    /// happened then.
    fn pair_day(
        &self,
        sources: &[usize],
        targets: &[usize],
        sentence: usize,
    ) -> Option<chrono::NaiveDate> {
        if sources.is_empty() || targets.is_empty() {
            return None;
        }
        let id = |a: usize| self.cast.actors[a].id.as_str();
        let of = |list: &[usize], x: &str| list.iter().any(|&a| id(a) == x);
        self.events
            .iter()
            .rev()
            .take_while(|e| sentence.saturating_sub(e.evidence[0].sentence) <= 6)
            .find(|e| {
                e.evidence[0].sentence < sentence
                    && (of(sources, &e.source) && of(targets, &e.target)
                        || of(targets, &e.source) && of(sources, &e.target))
            })
            .filter(|e| e.when.precision == Precision::Day && e.when.source == DateSource::Text)
            .and_then(|e| e.when.date)
    }

    /// A visit implied by a meeting in `place` (a country actor): the
    /// person `guest` is from elsewhere, and `other` is from there or not
    /// known to be from anywhere ("talks in Niamey with General X"). At a
    /// summit in a third country, nobody is called a visitor.
    fn foreign_guest(
        &mut self,
        guest: usize,
        other: usize,
        place: usize,
    ) -> Option<(usize, usize)> {
        if self.cast.kind(guest) != ActorKind::Person {
            return None;
        }
        let here = self.cast.actors[place].country.clone()?;
        let theirs = self.cast.actors[other].country.clone();
        // ("the envoy Whitford held talks with Krasniqi in Pristina": one
        // whose state the story never gave, meeting someone at home, came.)
        let from = match self.cast.actors[guest].country.clone() {
            Some(c) => c,
            None if theirs.as_deref() == Some(here.as_str())
                && self.cast.kind(other) == ActorKind::Person =>
            {
                String::new()
            }
            None => return None,
        };
        if from == here || theirs.is_some_and(|c| c != here) {
            return None;
        }
        self.adjust(Relation::Visit, guest, place)
    }

    /// Final sanity of a pair: no self-loops; a visit goes to a place, so a
    /// visited person stands for their country, and nobody visits home.
    fn adjust(&mut self, relation: Relation, a: usize, b: usize) -> Option<(usize, usize)> {
        if a == b {
            return None;
        }
        let mut b = b;
        if relation == Relation::Visit && self.cast.kind(b) == ActorKind::Person {
            let code = self.cast.actors[b].country.clone()?;
            let c = self.lex.country(&code)?;
            b = self.cast_index_of_lexicon(c);
        }
        let ca = self.cast.actors[a].country.as_deref();
        let cb = self.cast.actors[b].country.as_deref();
        if relation == Relation::Visit
            && self.cast.kind(b) == ActorKind::Country
            && ca.is_some()
            && ca == cb
        {
            return None;
        }
        if a == b {
            return None;
        }
        // A person acting on their own country is not diplomacy.
        if self.cast.kind(b) == ActorKind::Country
            && self.cast.kind(a) == ActorKind::Person
            && ca == cb
            && !matches!(
                relation,
                Relation::Criticize | Relation::Urge | Relation::Demand | Relation::Protest
            )
        {
            return None;
        }
        Some((a, b))
    }

    fn cast_index_of_lexicon(&mut self, li: usize) -> usize {
        let id = self.lex.actors[li].id.clone();
        if let Some(i) = self.cast.actors.iter().position(|a| a.id == id) {
            return i;
        }
        // Bring the country into the cast through a scan of its name.
        let name = self.lex.actors[li].name.clone();
        let toks = crate::text::tokenize(&name, 0);
        let sc = Scanner {
            lex: self.lex,
            date: self.article.date,
            sentence: usize::MAX / 2,
        };
        let ms = sc.scan(&toks, &mut self.cast);
        ms.first()
            .and_then(|m| m.actors.first().copied())
            .unwrap_or(0)
    }

    /// The agent of a verb: the nearest actor to the left that is not in a
    /// prepositional phrase, with its coordinated partners.
    fn subject_before(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        limit: usize,
        claimed: &FastSet<usize>,
        subjects_used: &[(usize, Vec<usize>)],
        active: bool,
    ) -> Vec<usize> {
        // "which the UN says arms the Houthis": the mention before a
        // reporting verb is who says it, not who acts. (Not before an
        // infinitive: "Bolivia vowed to send aid" is Bolivia's act.)
        if active && limit > 0 && REPORTING_VERBS.has_at(toks, limit - 1) && lw(toks, limit) != "to"
        {
            return Vec::new();
        }
        // "which Kinshasa and the UN say is armed by Rwanda": nor are the
        // speakers what a passive after their verb acts on.
        if !active
            && limit > 1
            && (REPORTING_VERBS.has_at(toks, limit - 1)
                || BE.has_at(toks, limit - 1) && REPORTING_VERBS.has_at(toks, limit - 2))
        {
            return Vec::new();
        }
        // "a summit with Isaias Afwerki, who greeted him": the antecedent
        // of "who" is the subject, even as a preposition's object.
        if active && limit > 0 && lw(toks, limit - 1) == "who" {
            let e = if limit >= 2 && lw(toks, limit - 2) == "," {
                limit - 2
            } else {
                limit - 1
            };
            if let Some(m) = mentions
                .iter()
                .find(|m| m.end == e && !m.place && m.kind != MentionKind::Pronoun)
            {
                return m.actors.clone();
            }
            // "the military officers who seized power": an antecedent no
            // actor names leaves the clause without one, unless it is an
            // appositive of a name ("Peskov, the Kremlin's man who").
            if e > 0 && toks[e - 1].is_word() && !toks[e - 1].is_capitalized() {
                return mentions
                    .iter()
                    .rev()
                    .find(|m| {
                        m.end < e
                            && e - m.end <= 6
                            && lw(toks, m.end) == ","
                            && DETERMINERS.has_at(toks, m.end + 1)
                            && !m.place
                    })
                    .map(|m| m.actors.clone())
                    .unwrap_or_default();
            }
        }
        // "Borrell said the law was incompatible with Georgia's ambition
        // and urged the government": when what was said names no one who
        // acts, the verb after "and" is the speaker's.
        if active && limit > 2 && lw(toks, limit - 1) == "and" {
            let said = (1..limit - 1)
                .rev()
                .take_while(|&k| !matches!(lw(toks, k), ";" | ":" | "."))
                .find(|&k| REPORTING_VERBS.has_at(toks, k));
            if let Some(k) = said {
                let speaker = mentions.iter().find(|m| {
                    (m.end == k || m.end + 1 == k && AUX.has_at(toks, m.end)) && !m.place
                });
                let actor_inside = mentions
                    .iter()
                    .any(|m| m.start > k && m.end < limit && !m.possessive && !m.place);
                // ("Reinsalu said Tallinn would not be intimidated and
                // called on EU partners": a past verb does not go on from a
                // modal's clause; it is the speaker's, as "said" is.)
                let modal_inside = (k + 1..limit - 1).any(|x| MODALS.has_at(toks, x))
                    && toks.get(limit).is_some_and(|t| {
                        let w = t.lower_str();
                        w.len() > 4 && w.ends_with("ed")
                    })
                    && matches!(lw(toks, k), "said" | "told" | "warned" | "insisted");
                // ("Modi announces that the African Union has been admitted
                // and invites Azali Assoumani": a present verb after "and"
                // goes on from the present reporting verb, not from a
                // perfect or a past inside what was said.)
                let present_pair = lw(toks, k).ends_with('s')
                    && !lw(toks, k).ends_with("ss")
                    && toks.get(limit).is_some_and(|t| {
                        let w = t.lower_str();
                        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !t.is_capitalized()
                    })
                    && (k + 1..limit - 1).any(|x| {
                        matches!(
                            lw(toks, x),
                            "has" | "have" | "had" | "was" | "were" | "been"
                        )
                    });
                if let (Some(m), true) = (speaker, !actor_inside || modal_inside || present_pair) {
                    return m.actors.clone();
                }
            }
        }
        // "Brazil, Chile and Cuba were among the countries that condemned
        // the raid": those said to be among the ones who acted, acted.
        if active {
            if let Some(be) = among_the_ones(toks, limit) {
                if let Some(mi) = mentions.iter().rposition(|m| m.end == be && !m.place) {
                    return coordinated_left(toks, mentions, mi);
                }
            }
        }
        // "Chinese coast guard vessels, which fired water cannon at": a
        // state's craft or forces named right before ", which" act.
        // So is a state or body named right before ", which" ("India blamed
        // Bangladesh, which then condemned Pakistan"), past an adverb or an
        // auxiliary. (Not before a present verb, which describes the state:
        // "angered Algeria, which backs the Polisario Front".)
        let present = lw(toks, limit).ends_with('s')
            && !lw(toks, limit).ends_with("ss")
            && !AUX.has_at(toks, limit);
        let which = (limit >= 2 && lw(toks, limit - 1) == "which" && !present)
            .then_some(limit - 1)
            .or_else(|| {
                (limit >= 3
                    && lw(toks, limit - 2) == "which"
                    && (AUX.has_at(toks, limit - 1)
                        || matches!(lw(toks, limit - 1), "then" | "later" | "also" | "itself")))
                .then_some(limit - 2)
            });
        if let Some(w) = which.filter(|&w| active && lw(toks, w - 1) == ",") {
            if let Some(m) = mentions.iter().find(|m| {
                m.end == w - 1
                    && !m.place
                    && !m.possessive
                    && (m.kind == MentionKind::Description && m.end - m.start >= 2
                        || m.kind == MentionKind::Name
                            && m.actors
                                .iter()
                                .all(|&a| self.cast.kind(a) != ActorKind::Person))
            }) {
                return m.actors.clone();
            }
        }
        // The mentions that end before the limit, with their positions
        // (walked from the last, and not collected: this runs for every
        // trigger).
        let before = || mentions.iter().enumerate().filter(|(_, m)| m.end <= limit);
        // "welcomed India's offer to host the summit": the possessor of an
        // intent noun is who would act, whoever welcomes it.
        // (The limit may fall before or after the "to" of the infinitive.)
        let intent_at = [limit.wrapping_sub(2), limit.wrapping_sub(1), limit]
            .into_iter()
            .find(|&k| {
                k < toks.len() && INTENT_NOUNS.contains(&lw(toks, k)) && lw(toks, k + 1) == "to"
            });
        if let Some(noun) = intent_at {
            if let Some(m) = mentions.iter().find(|m| m.possessive && m.end + 1 == noun) {
                return m.actors.clone();
            }
        }
        // "the alliance's 30 leaders formally invited", "Haftar's forces
        // fired rockets": the people or forces a state or body is named as
        // owning act for it.
        if active {
            let mut end = limit;
            while end > 0 && ADVERBS.has_at(toks, end - 1) {
                end -= 1;
            }
            if let Some((_, m)) = before().rev().find(|(_, m)| m.end < end) {
                let mut k = m.end;
                if m.possessive && matches!(lw(toks, k), "'s" | "'") {
                    k += 1;
                }
                while k < end && amount_word(&toks[k]) {
                    k += 1;
                }
                let own = match end.checked_sub(k) {
                    Some(1) => OWNED_PEOPLE.contains(&lw(toks, k)),
                    Some(2) => {
                        matches!(lw(toks, k), "foreign" | "defence" | "defense" | "finance")
                            && matches!(lw(toks, k + 1), "ministers" | "minister")
                    }
                    _ => false,
                };
                if m.possessive && !m.place && own {
                    return m.actors.clone();
                }
            }
        }
        // "Medvedev, deputy chairman of Russia's Security Council, mocked
        // Zelensky": an appositive between commas describes the head before
        // it, which is the subject.
        // (Not for a participle after the comma: "A, B, C and D severed
        // ties with Qatar, accusing Doha" goes on with the whole clause.)
        if active && limit > 1 && lw(toks, limit - 1) == "," && !lw(toks, limit).ends_with("ing") {
            if let Some(open) = (0..limit - 1).rev().take(12).find(|&k| lw(toks, k) == ",") {
                if let Some((hi, head)) = before().rev().find(|(_, m)| m.end == open) {
                    // ("after M23 fighters, whom Kinshasa says Rwanda backs,
                    // seized Goma": "after" opens a clause here.)
                    let opens_clause =
                        head.start > 0 && SUBORDINATORS.contains(&lw(toks, head.start - 1));
                    if !head.place
                        && !head.possessive
                        && (!preceded_by_prep(toks, head) || opens_clause)
                        && !claimed.contains(&hi)
                    {
                        return coordinated_left(toks, mentions, hi);
                    }
                }
            }
        }
        // "imposed sanctions on Ivanishvili, the billionaire founder of
        // Georgia's ruling Georgian Dream party, accusing him": before a
        // participle after a comma, an appositive that describes the name
        // before it names no one who acts.
        let appositive =
            (limit > 1 && lw(toks, limit - 1) == "," && lw(toks, limit).ends_with("ing"))
                .then(|| {
                    (limit.saturating_sub(14)..limit - 1)
                        .rev()
                        .find(|&k| lw(toks, k) == ",")
                        .filter(|&open| {
                            DETERMINERS.has_at(toks, open + 1)
                                && mentions.iter().any(|x| x.end == open && !x.place)
                                && !mentions.iter().any(|x| x.start == open + 1)
                        })
                })
                .flatten();
        for (mi, m) in before().rev() {
            if (m.start..limit).any(|k| matches!(lw(toks, k), ";" | ":")) {
                break;
            }
            if appositive.is_some_and(|open| m.start > open) {
                continue;
            }
            // "X said the clause gave Y a veto": after a reporting verb, a
            // noun phrase that names no actor is the verb's subject. Not
            // before a participle after a comma ("announced the rupture,
            // calling it a violation"), which goes on with the sentence's
            // subject.
            let participle_clause =
                limit > 0 && lw(toks, limit - 1) == "," && lw(toks, limit).ends_with("ing");
            if active
                && !participle_clause
                && (m.end..limit).any(|r| {
                    let next = if lw(toks, r + 1) == "that" {
                        r + 2
                    } else {
                        r + 1
                    };
                    REPORTING_VERBS.has_at(toks, r)
                        && next < limit
                        && DETERMINERS.has_at(toks, next)
                        && !mentions.iter().any(|x| x.start >= next && x.start < limit)
                })
            {
                // "Ampuero said the judgment had settled the matter and
                // urged La Paz to turn the page": after the reported
                // clause's own verb, "and" goes back to the speaker.
                let own_verb = (m.end..limit.saturating_sub(1)).any(|k| {
                    AUX.has_at(toks, k)
                        && toks
                            .get(k + 1)
                            .is_some_and(|t| t.is_word() && lw(toks, k + 1).ends_with("ed"))
                });
                if limit > 0 && lw(toks, limit - 1) == "and" && own_verb && !claimed.contains(&mi) {
                    return coordinated_left(toks, mentions, mi);
                }
                break;
            }
            // "since he met": a conjunction, not a preposition, when the
            // mention is right before the verb.
            // So too when a verb follows it ("after Ecuadorian police forced
            // their way in ... and arrested X").
            // (Or when only the comma closing its appositive comes
            // between: "days after France's foreign minister, Jean-Yves Le
            // Drian, called the junta illegitimate".)
            let apposed = m.end + 1 == limit
                && lw(toks, m.end) == ","
                && (m.start..m.end).any(|x| lw(toks, x) == ",");
            let conj = m.start > 0
                && SUBORDINATORS.contains(&lw(toks, m.start - 1))
                && (m.end == limit || apposed || verb_follows(toks, m.end));
            // "Mr Sogavare's government cut ties": the possessor of a body
            // that acts for it is the agent.
            let owner = m.possessive && self.body_after(toks, m.end + 1);
            if m.place
                || (m.possessive && !owner)
                || (preceded_by_prep(toks, m) && !conj && !subject_in_phrase(toks, m, limit))
                || modifies_event_noun(toks, m)
            {
                continue;
            }
            // Inside a relative clause closed before the verb ("..., where
            // Russian troops have been accused of X, before being received").
            // ("Aznar, who also holds the rotating presidency of the
            // European Union this semester, called Duhalde".)
            let opener = (m.start.saturating_sub(8)..m.start)
                .rev()
                .take_while(|&k| {
                    !mentions.iter().any(|x| x.end == k + 1) && !matches!(lw(toks, k), "," | ";")
                })
                .any(|k| matches!(lw(toks, k), "where" | "which" | "who" | "whom" | "whose"));
            // (The comma that closes the mention's own appositive closes
            // no clause: "where Finland's president, Sauli Niinisto, is
            // hosting him".)
            let appositive_closer =
                |k: usize| k == m.end && (m.start..m.end).any(|x| lw(toks, x) == ",");
            if opener && (m.end..limit).any(|k| lw(toks, k) == "," && !appositive_closer(k)) {
                continue;
            }
            // "India withdrew the status it had granted Pakistan, imposed a
            // duty": a name right after a verb, then a comma or "and" that
            // chains the next verb, is that verb's object, not the next
            // verb's subject; the chain goes on with the clause's subject.
            // (Not across a relative pronoun: "blamed Pakistan, which
            // denied it" is Pakistan's denial.)
            if active
                && !claimed.contains(&mi)
                && verb_object(toks, m)
                && (m.end..limit).any(|k| matches!(lw(toks, k), "," | "and"))
                && !(m.end..limit)
                    .any(|k| matches!(lw(toks, k), "which" | "who" | "whom" | "whose" | "that"))
            {
                continue;
            }
            // "he opened a building ... and held talks": after "and", the
            // verb shares the clause's subject.
            if active && limit > 0 && lw(toks, limit - 1) == "and" && !claimed.contains(&mi) {
                if let Some(first) = self.clause_subject(toks, mentions, limit) {
                    // The earlier subject has a verb of its own before this
                    // mention ("Tshisekedi compared Kagame to Hitler and
                    // warned"), or a comma sets the rest apart.
                    let own_verb = mentions[first].end < m.start
                        && toks.get(mentions[first].end).is_some_and(|t| {
                            t.is_word()
                                && !t.is_capitalized()
                                && !PREPOSITIONS.has(t)
                                && !DETERMINERS.has(t)
                                && !CLAUSE_BREAKS.has(t)
                                && !matches!(t.lower_str(), "and" | "or" | "'s" | "of")
                        })
                        && !(mentions[first].end..limit).any(|k| {
                            let w = lw(toks, k);
                            SUBORDINATORS.contains(&w)
                                || matches!(w, "who" | "which" | "that" | "because" | "if")
                        });
                    if first != mi
                        && (own_verb
                            || toks[first_token(mentions, first)..limit]
                                .iter()
                                .any(|t| t.text == ","))
                    {
                        return coordinated_left(toks, mentions, first);
                    }
                }
            }
            // A relative clause opened by "who"/"which" after an object:
            // nearest actor is right. After "and" following an object, the
            // earlier subject carries over ("met X and criticised Y").
            if claimed.contains(&mi) {
                let joined = limit > 0 && matches!(lw(toks, limit - 1), "and" | ",") && active;
                if joined {
                    if let Some((_, s)) = subjects_used.last() {
                        return s.clone();
                    }
                }
                continue;
            }
            return coordinated_left(toks, mentions, mi);
        }
        // "X and Y met" where Y is claimed is handled above; nothing found.
        Vec::new()
    }

    /// "where their borders meet": right before the verb, a thing owned
    /// is its subject, not its owner (unless it is a body that acts for
    /// them).
    /// Whether an actor is a crowd ("protesters", "a mob"), named by the
    /// last word of its name.
    fn is_crowd(&self, a: usize) -> bool {
        self.cast.kind(a) == ActorKind::Group
            && self.cast.actors[a]
                .name
                .rsplit(' ')
                .next()
                .is_some_and(|w| CROWD_NOUNS.contains(&w.to_lowercase().as_str()))
    }

    fn owned_thing_before(&self, toks: &[Token], mentions: &[Mention], limit: usize) -> bool {
        limit > 1
            && toks[limit - 1].is_word()
            && !toks[limit - 1].is_capitalized()
            && !AUX.has(&toks[limit - 1])
            && !ADVERBS.has(&toks[limit - 1])
            && mentions.iter().any(|m| m.possessive && m.end + 1 == limit)
            && !self.body_after(toks, limit - 1)
    }

    /// The owner of a passive subject that is a thing, not an actor:
    /// "China's twelve-point plan was brushed aside by Stoltenberg", "the
    /// Chinese proposal was rejected by Kyiv" are acts against China, as
    /// "rejected China's plan" is.
    fn subject_owner(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        limit: usize,
        agents: &[usize],
    ) -> Vec<usize> {
        let is_noun_word = |t: &Token| {
            t.is_word()
                && !t.is_capitalized()
                && !AUX.has(t)
                && !ADVERBS.has(t)
                && !DETERMINERS.has(t)
                && !PREPOSITIONS.has(t)
                && !matches!(
                    t.lower_str(),
                    "and" | "or" | "but" | "that" | "which" | "who"
                )
        };
        if limit == 0 || !is_noun_word(&toks[limit - 1]) {
            return Vec::new();
        }
        // Back over the head noun and up to two modifiers.
        let mut k = limit - 1;
        while k > 0 && limit - k < 3 && is_noun_word(&toks[k - 1]) {
            k -= 1;
        }
        // The noun phrase must open the clause: nothing but a determiner,
        // a comma or the sentence's start before its owner.
        let opens = |at: usize| {
            at == 0
                || matches!(
                    lw(toks, at - 1),
                    "," | ";" | ":" | "and" | "but" | "when" | "after"
                )
                || DETERMINERS.has(&toks[at - 1]) && (at == 1 || !toks[at - 2].is_word())
        };
        let owner: Vec<usize> =
            if let Some(m) = mentions.iter().find(|m| m.possessive && m.end + 1 == k) {
                if !opens(m.start)
                    || toks
                        .get(m.end)
                        .is_some_and(|t| !t.lower_str().ends_with('s'))
                {
                    return Vec::new();
                }
                m.actors.clone()
            } else {
                // "the Chinese plan", "Australian and American criticism".
                let mut found = Vec::new();
                let mut j = k;
                while j > 0 {
                    let Some(a) = self.adjective_country(toks, j - 1) else {
                        break;
                    };
                    found.push(a);
                    j -= 1;
                    if j >= 2 && lw(toks, j - 1) == "and" {
                        j -= 1;
                    } else {
                        break;
                    }
                }
                if found.is_empty() || !opens(j) {
                    return Vec::new();
                }
                found.reverse();
                found
            };
        owner.into_iter().filter(|a| !agents.contains(a)).collect()
    }

    /// A role noun for a body ("government", "forces") starts at `k`,
    /// perhaps after a modifier.
    fn body_after(&self, toks: &[Token], k: usize) -> bool {
        (k..(k + 2).min(toks.len())).any(|j| {
            self.lex
                .roles
                .get(toks[j].lower_str())
                .is_some_and(|list| list.iter().any(|(w, person)| !person && w.len() == 1))
        }) || {
            // "Belarus's State Border Committee": a capitalised name
            // ending in a word for an agency.
            let name_end = (k..(k + 4).min(toks.len()))
                .take_while(|&j| toks[j].is_word() && toks[j].is_capitalized())
                .last();
            name_end.is_some_and(|j| {
                matches!(
                    lw(toks, j),
                    "committee"
                        | "service"
                        | "agency"
                        | "guard"
                        | "council"
                        | "office"
                        | "department"
                        | "directorate"
                        | "bureau"
                        | "command"
                        | "ministry"
                        | "commission"
                )
            })
        }
    }

    /// The first mention of the sentence that can be a subject (not in a
    /// prepositional phrase, not a place or a possessor), before `limit`.
    fn clause_subject(&self, toks: &[Token], mentions: &[Mention], limit: usize) -> Option<usize> {
        // ("the bloc imposed sanctions, after Belarus forced down a jet
        // and arrested X": the clause opened by "after" has its own.)
        let start = (0..limit)
            .rev()
            .find(|&k| {
                // ("they talked over tea before Mr Modi returned to the
                // airport and flew on": without a comma too.)
                matches!(lw(toks, k), ";" | ":")
                    || SUBORDINATORS.contains(&lw(toks, k))
                        && k > 0
                        && mentions.iter().any(|m| m.start == k + 1)
            })
            .map_or(0, |k| k + 1);
        mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.start >= start && m.end <= limit)
            .find(|(_, m)| {
                !m.place
                    && !m.possessive
                    && !preceded_by_prep(toks, m)
                    && !modifies_event_noun(toks, m)
            })
            .map(|(i, _)| i)
    }

    /// The agent of a noun trigger: a possessor ("Macron's visit"), a
    /// country adjective ("a Chinese attack"), or the clause subject when
    /// the noun is not inside a prepositional phrase.
    fn noun_subject(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        head: usize,
        shared: bool,
        claimed: &FastSet<usize>,
        subjects_used: &[(usize, Vec<usize>)],
    ) -> Vec<usize> {
        // Walk left over modifiers to the start of the noun phrase.
        let mut k = head;
        let mut steps = 0;
        while k > 0 && steps < 4 {
            let t = &toks[k - 1];
            let w = t.lower_str();
            if let Some(m) = mentions.iter().find(|m| m.end == k) {
                if m.possessive || toks.get(m.end).is_some_and(|t| t.lower == "'s") {
                    return m.actors.clone();
                }
                // "a large Serbian military deployment": a state's forces
                // named by adjective and role are the act's agent.
                if m.kind == MentionKind::Description
                    && m.end - m.start >= 2
                    && self.adjective_country(toks, m.start).is_some()
                    && matches!(
                        lw(toks, m.end - 1),
                        "military" | "army" | "navy" | "forces" | "troops" | "air force"
                    )
                {
                    return m.actors.clone();
                }
                // "a Chinese attack": an adjective-only mention is rare; a
                // name right before the noun modifies it ("the France visit").
                return Vec::new();
            }
            if w == "'s" || w == "'" {
                k -= 1;
                continue;
            }
            if let Some(c) = self.adjective_country(toks, k - 1) {
                return vec![c];
            }
            if DETERMINERS.has(t) {
                k -= 1;
                break;
            }
            // "a $300 million arms package": an amount is a modifier.
            if amount_word(t) {
                k -= 1;
                continue;
            }
            // "for two days of talks with", "nearly three hours of talks":
            // a measure of the act.
            if w == "of"
                && k >= 2
                && matches!(
                    lw(toks, k - 2),
                    "days" | "day" | "hours" | "hour" | "rounds" | "round" | "weeks" | "months"
                )
            {
                k -= 2;
                steps += 1;
                continue;
            }
            if matches!(w, "nearly" | "almost" | "about" | "some" | "over") {
                k -= 1;
                steps += 1;
                continue;
            }
            if t.is_word()
                && !PREPOSITIONS.has(t)
                && !AUX.has(t)
                && !t.is_capitalized()
                && (w.contains('-')
                    || w.ends_with("al")
                    || w.ends_with("ic")
                    || w.ends_with("ed")
                    || w.ends_with("ive")
                    || w.ends_with("ous")
                    || matches!(
                        w,
                        "state"
                            | "official"
                            | "working"
                            | "direct"
                            | "peace"
                            | "trade"
                            | "security"
                            | "further"
                            | "new"
                            | "fresh"
                            | "high"
                            | "formal"
                            | "joint"
                            | "first"
                            | "two"
                            | "three"
                            | "several"
                            | "rare"
                            | "brief"
                            | "surprise"
                            | "landmark"
                            | "recent"
                            | "closed"
                            | "face"
                            | "summit"
                            | "phone"
                            | "telephone"
                            | "video"
                            | "private"
                            | "secret"
                            | "late"
                            | "long"
                            | "more"
                            | "crisis"
                            | "emergency"
                            | "own"
                    ))
            {
                k -= 1;
                steps += 1;
                continue;
            }
            break;
        }
        // "A visit to Nuuk was paid by his son", "Criticism of Denmark was
        // voiced by Mr Vance": a noun that opens the sentence and a
        // passive light verb put the agent after "by".
        let opens = k == 0
            || (lw(toks, k - 1) == "," && !mentions.iter().any(|m| m.start < k && !m.place))
            // After a dateline ("COPENHAGEN - A visit to ...").
            || (k >= 2
                && matches!(lw(toks, k - 1), "-" | "\u{2014}" | "\u{2013}")
                && toks[..k - 1]
                    .iter()
                    .all(|t| !t.is_word() || t.is_capitalized() || t.lower_str() == "wire"))
            // "A $2.9 billion bailout for Sri Lanka was approved by".
            || toks[..k].iter().all(|t| {
                !t.is_word()
                    || DETERMINERS.has(t)
                    || NUMBER_WORDS.has(t)
                    || t.text.bytes().any(|b| b.is_ascii_digit())
                    || matches!(t.lower_str(), "billion" | "million" | "trillion" | "bn" | "m")
            });
        if opens {
            let be = (head + 1..toks.len().min(head + 12)).find(|&b| {
                BE.has_at(toks, b) || matches!(lw(toks, b), ";" | "which" | "who" | "that")
            });
            if let Some(b) = be.filter(|&b| BE.has_at(toks, b)) {
                let by = (b + 1..toks.len().min(b + 12))
                    .take_while(|&x| !matches!(lw(toks, x), ";" | "which" | "who" | "that"))
                    .find(|&x| lw(toks, x) == "by");
                let light = toks.get(b + 1).is_some_and(|t| {
                    let w = t.lower_str();
                    w.ends_with("ed") || matches!(w, "made" | "paid" | "held" | "given" | "been")
                });
                if let (Some(by), true) = (by, light) {
                    if let Some(m) = mentions.iter().find(|m| m.start == by + 1 && !m.place) {
                        if !m.possessive {
                            return m.actors.clone();
                        }
                        // "paid by his son, Donald Trump Jr": the person named
                        // after the possessed role, not its possessor.
                        let noun = if lw(toks, m.end) == "'s" || lw(toks, m.end) == "\u{2019}s" {
                            m.end + 1
                        } else {
                            m.end
                        };
                        let comma = (noun..(noun + 3).min(toks.len()))
                            .take_while(|&x| {
                                toks[x].is_word() && !toks[x].is_capitalized() || lw(toks, x) == ","
                            })
                            .find(|&x| lw(toks, x) == ",");
                        if let Some(named) = comma.and_then(|c| {
                            mentions.iter().find(|x| {
                                x.start == c + 1
                                    && x.actors.len() == 1
                                    && self.cast.kind(x.actors[0]) == ActorKind::Person
                            })
                        }) {
                            return named.actors.clone();
                        }
                        // "by the IMF's executive board": a body acts for its
                        // owner; "by his son" unnamed is no one we know.
                        let person_role = (noun..(noun + 3).min(toks.len())).any(|j| {
                            let w = toks[j].lower_str();
                            matches!(
                                w,
                                "son" | "daughter" | "wife" | "husband" | "brother" | "sister"
                            ) || self
                                .lex
                                .roles
                                .get(w)
                                .is_some_and(|list| list.iter().any(|(_, person)| *person))
                        });
                        if !person_role {
                            return m.actors.clone();
                        }
                    }
                }
            }
        }
        // "In a telephone call with Erdogan, Trump said ...", "During
        // talks with X on Monday, Y pressed ...": a frame put before the
        // sentence is the act of the subject that follows it.
        // ("Speaking after talks with Scholz in Berlin, Macron said".)
        let opener = if k == 2 && lw(toks, 0).ends_with("ing") {
            1
        } else {
            0
        };
        // ("On Monday evening in Vilnius, after an hour-long meeting with
        // X, Erdogan agreed": the frame may follow a fronted time or place.)
        let after_adjunct = k >= 3
            && lw(toks, k - 2) == ","
            && matches!(lw(toks, k - 1), "during" | "after" | "following")
            && (0..k - 2).all(|x| {
                let t = &toks[x];
                !t.is_word()
                    || t.is_capitalized()
                    || PREPOSITIONS.has(t)
                    || DETERMINERS.has(t)
                    || matches!(
                        t.lower_str(),
                        "morning"
                            | "afternoon"
                            | "evening"
                            | "night"
                            | "day"
                            | "week"
                            | "month"
                            | "year"
                            | "late"
                            | "early"
                            | "last"
                            | "this"
                    )
            })
            && mentions
                .iter()
                .filter(|m| m.end <= k - 2)
                .all(|m| m.place || m.start > 0 && matches!(lw(toks, m.start - 1), "in" | "at"));
        if (k == opener + 1 || after_adjunct)
            && matches!(
                lw(toks, k - 1),
                "in" | "during" | "at" | "after" | "following" | "on"
            )
        {
            let comma = (head + 1..toks.len().min(head + 16)).find(|&c| toks[c].text == ",");
            return comma
                .and_then(|c| {
                    mentions
                        .iter()
                        .find(|m| m.start == c + 1 && !m.place && !m.possessive)
                })
                .map(|m| m.actors.clone())
                .unwrap_or_default();
        }
        if k > 0 && NOUN_BLOCKING_PREPS.contains(&lw(toks, k - 1)) {
            return Vec::new();
        }
        // "urged Serbia to withdraw what it called an unprecedented build-up
        // of troops": who names the act is not its agent; the one urged to
        // undo it is.
        if k >= 3
            && lw(toks, k - 3) == "what"
            && matches!(
                lw(toks, k - 1),
                "called" | "termed" | "dubbed" | "calls" | "described"
            )
        {
            let j = k - 3;
            let urged = (j >= 3 && lw(toks, j - 2) == "to")
                .then(|| {
                    mentions
                        .iter()
                        .find(|m| m.end == j - 2 && !m.place && !m.possessive)
                })
                .flatten()
                .filter(|m| {
                    m.start > 0
                        && matches!(
                            lw(toks, m.start - 1),
                            "urged" | "asked" | "pressed" | "told" | "on" | "called" | "pushed"
                        )
                });
            return urged.map(|m| m.actors.clone()).unwrap_or_default();
        }
        // "... detained reporter Evan Gershkovich, the first arrest of a
        // U.S. correspondent since": a noun in apposition to the clause
        // before sums up its act; the name before the comma is no agent.
        if k > 1
            && lw(toks, k - 1) == ","
            && DETERMINERS.has_at(toks, k)
            && !lw(toks, k).ends_with('s')
            && mentions.iter().any(|m| m.end == k - 1)
        {
            return Vec::new();
        }
        // "Egypt condemned the raid on Gaza": not Egypt's raid. A shared
        // act is the judge's own ("described the talks with Xi as").
        if !shared && k > 0 && judging_verb(lw(toks, k - 1)) {
            return Vec::new();
        }
        // "talks with Fumio Kishida, who is on an official visit to India":
        // the act a relative clause tells is its antecedent's.
        // (Modifiers may be capitalised: "an Official Visit".)
        if let Some(on) = (head.saturating_sub(5)..head)
            .rev()
            .find(|&j| lw(toks, j) == "on")
        {
            if on >= 3
                && BE.has_at(toks, on - 1)
                && lw(toks, on - 2) == "who"
                && lw(toks, on - 3) == ","
                && (on + 1..head).all(|j| toks[j].is_word() && !PREPOSITIONS.has(&toks[j]))
            {
                if let Some(m) = mentions.iter().find(|m| m.end == on - 3 && !m.place) {
                    return m.actors.clone();
                }
            }
        }
        // "a line on trade with China" names no act of the subject; "is on
        // a visit to" does.
        if k > 1 && lw(toks, k - 1) == "on" && !BE.has_at(toks, k - 2) {
            // "Modi, on a visit to Saudi Arabia, held talks": an
            // appositive tells what the name before the comma was doing.
            if lw(toks, k - 2) == "," {
                if let Some(m) = mentions.iter().find(|m| m.end == k - 2 && !m.place) {
                    return m.actors.clone();
                }
            }
            return Vec::new();
        }
        // "Scholz praised Kazakhstan for its efforts ..., during talks with
        // Tokayev": a frame set off by a comma is the act of the
        // sentence's subject, not of the last name before it.
        if k >= 2
            && lw(toks, k - 2) == ","
            && matches!(
                lw(toks, k - 1),
                "during" | "at" | "after" | "following" | "amid"
            )
        {
            if let Some((_, subject)) = subjects_used.iter().find(|(at, _)| *at < k) {
                return subject.clone();
            }
        }
        // "The accord was signed by Hegseth during a visit to Panama": a
        // frame right after a passive's agent is the agent's act, not the
        // grammatical subject's.
        if k >= 2 && matches!(lw(toks, k - 1), "during" | "on" | "at") {
            if let Some(m) = mentions
                .iter()
                .find(|m| m.end == k - 1 && !m.place && m.start >= 3)
            {
                let by = m.start - 1;
                if lw(toks, by) == "by"
                    && (by.saturating_sub(3)..by - 1).any(|x| BE.has_at(toks, x))
                {
                    return m.actors.clone();
                }
            }
        }
        // "The Pentagon announced a new arms package for Taiwan": after a
        // reporting verb, the noun is its object and its subject the agent.
        let limit = if k > 1 && REPORTING_VERBS.has_at(toks, k - 1) {
            k - 1
        } else {
            k
        };
        self.subject_before(toks, mentions, limit, claimed, subjects_used, true)
    }

    /// Whether the clause before `limit` has coordinated subjects ("X and Y
    /// agreed").
    fn coordinated_before(&self, toks: &[Token], mentions: &[Mention], limit: usize) -> bool {
        mentions
            .iter()
            .enumerate()
            .rfind(|(_, m)| m.end <= limit && !m.place && !preceded_by_prep(toks, m))
            .is_some_and(|(i, m)| {
                m.actors.len() >= 2 || coordinated_left(toks, mentions, i).len() >= 2
            })
    }

    /// "flew to Honiara to urge": the word before "to" ends a place that
    /// a preposition introduced, so the infinitive is the trip's purpose.
    ///
    /// A crowd's march is a trip too: "took to the streets (of Mogadishu)
    /// to protest against Ethiopia".
    fn purpose_after_motion(&self, toks: &[Token], mentions: &[Mention], g: usize) -> bool {
        let streets = |k: usize| {
            k >= 2
                && lw(toks, k) == "streets"
                && lw(toks, k - 1) == "the"
                && matches!(
                    lw(toks, k - 2),
                    "to" | "into" | "onto" | "through" | "filled" | "packed" | "lined"
                )
        };
        g > 0 && streets(g - 1)
            || mentions.iter().any(|m| {
                m.end == g
                    && m.start > 0
                    && (matches!(lw(toks, m.start - 1), "to" | "in" | "into" | "at")
                        || m.start > 1 && lw(toks, m.start - 1) == "of" && streets(m.start - 2))
            })
    }

    /// The senders of help whose bearers are the subject ending at `limit`:
    /// "A Chinese rescue team", "An Indian Air Force C-130J carrying relief
    /// material", "Russia's emergencies ministry rescuers". The clause's
    /// words must name rescuers or relief, and a state or body must own
    /// them (a mention, or a country adjective); else `None`.
    fn aid_bearers(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        limit: usize,
    ) -> Option<Vec<usize>> {
        let from = (limit.saturating_sub(16)..limit)
            .rev()
            .take_while(|&k| !matches!(lw(toks, k), "." | ";" | ":" | "that" | "which" | "who"))
            .last()?;
        // ("The first 400 Kenyan police officers of a UN-backed security
        // mission landed in Haiti": forces sent on a mission to help.)
        let helping_forces = || {
            (from..limit).any(|k| {
                matches!(
                    lw(toks, k),
                    "police" | "troops" | "soldiers" | "contingent" | "peacekeepers" | "officers"
                )
            }) && toks.iter().any(|t| {
                matches!(
                    t.lower_str(),
                    "mission" | "peacekeeping" | "multinational" | "request" | "help" | "assist"
                )
            })
        };
        // ("Military transport planes landed in Tonga on Thursday carrying
        // water, shelter kits and ...": what they brought, after the verb.)
        let carrying = || {
            let at = (limit..(limit + 12).min(toks.len()))
                .find(|&k| matches!(lw(toks, k), "carrying" | "bringing" | "laden" | "loaded"));
            at.is_some_and(|at| {
                (at + 1..(at + 8).min(toks.len())).any(|k| {
                    let w = lw(toks, k);
                    DELIVERED_GOODS.contains(&w) || AID_BEARER_WORDS.contains(&w) || w == "water"
                })
            })
        };
        if !(from..limit).any(|k| AID_BEARER_WORDS.contains(&lw(toks, k)))
            && !helping_forces()
            && !carrying()
        {
            return None;
        }
        // ("UN aid chief Martin Griffiths arrived in Kabul": a person
        // named comes, and visits.)
        if mentions.iter().any(|m| {
            m.start >= from
                && m.end <= limit
                && m.actors
                    .iter()
                    .any(|&a| self.cast.kind(a) == ActorKind::Person)
        }) {
            return None;
        }
        // Every owner named ("Australian and New Zealand military transport
        // planes"), in the order written.
        let mut owners: Vec<(usize, usize)> = mentions
            .iter()
            .filter(|m| {
                m.start >= from
                    && m.end <= limit
                    && !m.place
                    && m.kind != MentionKind::Pronoun
                    && m.actors.iter().all(|&a| {
                        matches!(
                            self.cast.kind(a),
                            ActorKind::Country | ActorKind::Organisation
                        )
                    })
            })
            .flat_map(|m| m.actors.iter().map(move |&a| (m.start, a)))
            .collect();
        owners.extend(
            self.adjectives
                .iter()
                .filter(|&&(at, _)| at >= from && at < limit)
                .copied(),
        );
        owners.sort_unstable();
        let mut out: Vec<usize> = Vec::new();
        for (_, a) in owners {
            if !out.contains(&a) {
                out.push(a);
            }
        }
        (!out.is_empty()).then_some(out)
    }

    /// The agents of an act named by a noun as the object of a verb of
    /// judgement: "Brazil condemned the incursion" after "Ecuadorian police
    /// stormed the Mexican embassy" is a criticism of Ecuador; "Pakistan
    /// welcomed the visit" praises the visitor; "condemned the agreements"
    /// criticises their parties.
    ///
    /// The object must be a bare noun phrase ("the", "Monday's", "this
    /// latest", then the noun, then no actor), and the act one this article
    /// has already reported, of a kind the noun can name; the latest such
    /// act is meant, never one by the judge itself.
    fn act_antecedent(
        &mut self,
        toks: &[Token],
        end: usize,
        sentence: usize,
        relation: Relation,
        judges: &[usize],
    ) -> Vec<usize> {
        // ("rallied in Bamako against the sanctions": a crowd's protest
        // judges an act as a verdict does.)
        let crowd = relation == Relation::Protest
            && judges
                .iter()
                .all(|&a| self.cast.kind(a) == ActorKind::Group);
        if !(is_judgement(relation) || crowd) || judges.is_empty() {
            return Vec::new();
        }
        // The head noun: the first word after determiners, a possessive
        // day ("Monday's") and up to two lowercase modifiers.
        let mut k = end;
        let mut modifiers = 0;
        // "condemned the incursion, calling it a violation": an "it" no
        // state took is the act the sentence named before it; with none,
        // the act the previous sentence told ("Police stormed the embassy.
        // Petro called it unacceptable").
        let mut recent_only = false;
        // "accused it of", "urged it to": "it" is a party, not an act.
        let kind = if lw(toks, end) == "it"
            && !toks.get(end + 1).is_some_and(|t| BE.has(t))
            && !matches!(
                lw(toks, end + 1),
                "of" | "to" | "that" | "for" | "with" | "over"
            ) {
            if let Some(j) = (1..end)
                .rev()
                .find(|&j| act_noun(lw(toks, j)).is_some() && DETERMINERS.has(&toks[j - 1]))
            {
                return self.act_antecedent(toks, j, sentence, relation, judges);
            }
            // ("condemned the Israeli attack on Qatar, describing it as
            // a violation": the adjective names the act's agent.)
            if let Some(j) = (2..end).rev().find(|&j| {
                act_noun(lw(toks, j)).is_some()
                    && toks[j - 1].is_capitalized()
                    && DETERMINERS.has(&toks[j - 2])
            }) {
                return self.act_antecedent(toks, j - 1, sentence, relation, judges);
            }
            recent_only = true;
            ActNoun::Any
        } else {
            loop {
                let Some(t) = toks.get(k) else {
                    return Vec::new();
                };
                if let Some(kind) = act_noun(t.lower_str()) {
                    // "praised the constructive approach of the
                    // delegation": a stance whose owner follows is theirs,
                    // not the last speaker's.
                    let after = if toks.get(k + 1).is_some_and(quote_mark) {
                        k + 2
                    } else {
                        k + 1
                    };
                    if OWNED_STANCES.contains(&t.lower_str()) && lw(toks, after) == "of" {
                        return Vec::new();
                    }
                    break kind;
                }
                let w = t.lower_str();
                // "welcoming any step towards peace": no act in particular.
                if matches!(w, "any" | "every" | "no" | "future") {
                    return Vec::new();
                }
                // "condemned the 'terrorist' attack", "condemned 'this
                // cowardly attack'": quotation marks around the words. (A
                // quotation that opens with "a" is a verdict, not an act
                // judged: "a move Georgetown called 'a direct threat'".)
                if quote_mark(t) && (k > end || !matches!(lw(toks, k + 1), "a" | "an")) {
                    k += 1;
                    continue;
                }
                if DETERMINERS.has(t)
                    || w == "'s"
                    || (t.is_capitalized() && lw(toks, k + 1) == "'s")
                {
                    if t.is_capitalized() && !NOT_NAMES.contains(&t.text) {
                        // "Washington's decision" names its agent: not ours to guess.
                        return Vec::new();
                    }
                    k += 1;
                    continue;
                }
                // "the Egyptian statement": the adjective names the agent.
                if t.is_capitalized() && act_noun(lw(toks, k + 1)).is_some() {
                    if let Some(c) = self.adjective_country(toks, k) {
                        if !judges.contains(&c) {
                            return vec![c];
                        }
                    }
                    return Vec::new();
                }
                // ("the South African submission": an adjective of two words.)
                if t.is_capitalized()
                    && toks.get(k + 1).is_some_and(|n| n.is_capitalized())
                    && act_noun(lw(toks, k + 2)).is_some()
                {
                    let second = toks[k + 1].text;
                    let li = self.lex.surfaces_of(t.text).and_then(|list| {
                        list.iter()
                            .find(|s| {
                                s.tokens.len() == 2 && s.tokens[1].eq_ignore_ascii_case(second)
                            })
                            .and_then(|s| s.refs.iter().find(|r| r.form == Form::Adjective))
                            .map(|r| r.actor)
                    });
                    if let Some(c) = li.map(|li| self.cast_index_of_lexicon(li)) {
                        if !judges.contains(&c) {
                            return vec![c];
                        }
                    }
                    return Vec::new();
                }
                if modifiers < 2 && t.is_word() && !t.is_capitalized() && !PREPOSITIONS.has(t) {
                    modifiers += 1;
                    k += 1;
                    continue;
                }
                return Vec::new();
            }
        };
        let fits = |r: Relation| match kind {
            ActNoun::Force => matches!(r, Relation::Attack | Relation::Coerce),
            ActNoun::Show => matches!(
                r,
                Relation::Attack | Relation::Mobilize | Relation::Threaten
            ),
            ActNoun::Deed => matches!(
                r,
                Relation::Attack | Relation::Coerce | Relation::Mobilize | Relation::Sanction
            ),
            ActNoun::Visit => r == Relation::Visit,
            ActNoun::Meeting => matches!(r, Relation::Meet | Relation::Host),
            ActNoun::Proposal => matches!(
                r,
                Relation::Pledge | Relation::Invite | Relation::Urge | Relation::Say
            ),
            ActNoun::Words => matches!(
                r,
                Relation::Say
                    | Relation::Criticize
                    | Relation::Threaten
                    | Relation::Urge
                    | Relation::Demand
                    | Relation::Praise
                    | Relation::Reject
            ),
            ActNoun::Deal => r == Relation::SignDeal,
            // "called the expulsions inhumane": migrants expelled are
            // coerced.
            ActNoun::Penalty => matches!(r, Relation::Sanction | Relation::Coerce),
            // A move or decision is a deed, not words about another's.
            ActNoun::Any => !matches!(
                r,
                Relation::Say
                    | Relation::Meet
                    | Relation::Praise
                    | Relation::Criticize
                    | Relation::Urge
                    | Relation::Demand
            ),
            ActNoun::Ruling => false,
            ActNoun::Concession => r == Relation::Yield,
            ActNoun::Inquiry => r == Relation::Investigate,
            ActNoun::Gift => matches!(r, Relation::Aid | Relation::Pledge),
        };
        // "welcomed the plan": plans are welcomed from many sides, and
        // the one welcomed is often not the last speaker; a plan turned
        // down or attacked is the last one put forward.
        if kind == ActNoun::Proposal && relation == Relation::Praise {
            return Vec::new();
        }
        // "Farmaajo welcomed the ruling", "rejected the award": a court's
        // finding is the court's act, and courts seldom act in our events.
        if kind == ActNoun::Ruling {
            // ("Hamas welcomed the resolution": a council's or an
            // assembly's, as a ruling is a court's.)
            let bodies: &[&str] = if lw(toks, k).starts_with("resolution") {
                &[
                    "Council",
                    "Assembly",
                    "Parliament",
                    "Board",
                    "council",
                    "assembly",
                ]
            } else {
                &["Court", "Tribunal", "Arbitration", "court", "tribunal"]
            };
            // ("The OPCW said Syrian jets dropped sarin. Damascus rejected
            // the findings": with no court, the body that just spoke.)
            return self
                .cast
                .recent_body_named(bodies)
                .or_else(|| {
                    self.cast
                        .earlier_named(sentence, 2)
                        .find(|&a| self.cast.kind(a) == ActorKind::Organisation)
                })
                .filter(|a| !judges.contains(a))
                .into_iter()
                .collect();
        }
        // Nobody judges their own side's act here: "Turkey welcomed the
        // move" is not praise of Erdogan.
        let sides: Vec<Option<&str>> = judges
            .iter()
            .map(|&j| self.cast.actors[j].country.as_deref())
            .collect();
        let own_side = |a: usize| {
            judges.contains(&a)
                || self.cast.actors[a]
                    .country
                    .as_deref()
                    .is_some_and(|c| sides.contains(&Some(c)))
        };
        // "rejected the plan": the last plan whose owner was named.
        if kind == ActNoun::Proposal {
            if let Some((_, owner)) = self
                .proposals
                .iter()
                .rev()
                .find(|(at, _)| *at < sentence && sentence - at <= 6)
            {
                return owner.iter().copied().filter(|&a| !own_side(a)).collect();
            }
        }
        // "the move", "the decision" only reach back to the last few
        // sentences; an attack is named as such much later.
        // ("denounced the drills": joint drills are the hosts' show of
        // force, though told as cooperation between them.)
        let candidate = |e: &&Event| {
            !e.planned
                && (fits(e.relation)
                    || kind == ActNoun::Show
                        && e.relation == Relation::Cooperate
                        && e.cameo == "062")
                && (kind != ActNoun::Any || sentence.saturating_sub(e.evidence[0].sentence) <= 3)
                && (!recent_only || e.evidence[0].sentence + 1 == sentence)
                && self
                    .cast
                    .index_of(e.source.as_str())
                    .is_some_and(|a| !own_side(a))
        };
        // "condemned the meeting": a meeting told as such before a host's
        // welcome of someone else.
        let meeting = (kind == ActNoun::Meeting)
            .then(|| {
                self.events
                    .iter()
                    .rev()
                    .filter(|e| e.relation == Relation::Meet)
                    .find(candidate)
            })
            .flatten();
        // "condemned the action" after a raid and the ruptures it caused:
        // an action condemned is the force, when there was force.
        let force = (kind == ActNoun::Deed)
            .then(|| {
                self.events
                    .iter()
                    .rev()
                    .filter(|e| matches!(e.relation, Relation::Attack | Relation::Coerce))
                    .find(candidate)
            })
            .flatten();
        let event = meeting
            .or(force)
            .or_else(|| self.events.iter().rev().find(candidate));
        // An act told after the last event that fits, with no one acted
        // on, is the one judged: its agents.
        let bare = self
            .bare_acts
            .iter()
            .rev()
            .filter(|(at, r, _)| {
                fits(*r)
                    && *at <= sentence
                    && sentence - at <= 2
                    && (!recent_only || at + 1 == sentence)
                    && event.is_none_or(|e| e.evidence[0].sentence < *at)
            })
            .map(|(_, _, agents)| {
                agents
                    .iter()
                    .copied()
                    .filter(|&a| !own_side(a))
                    .collect::<Vec<usize>>()
            })
            .find(|agents| !agents.is_empty());
        if let Some(agents) = bare {
            return agents;
        }
        // "Blinken remarked that ... . Moscow called the comment
        // offensive": words just told, though they made no event, are
        // their speaker's, not those of an older event's source.
        if kind == ActNoun::Words {
            if let Some(&(_, a)) = self.speakers.iter().rev().find(|&&(at, a)| {
                at < sentence
                    && sentence - at <= 1
                    && event.is_none_or(|e| e.evidence[0].sentence < at)
                    && !own_side(a)
            }) {
                return vec![a];
            }
        }
        let Some(e) = event else {
            // "Nicaragua released 222 prisoners. Blinken welcomed the
            // release": an act that made no event of ours (its object is
            // no actor) is still its subject's.
            // Not for force or a show of it: those the story tells as
            // events, and a sentence's subject is seldom their agent.
            // So too for words ("Trump warned he would take the canal
            // back. Mulino brushed off the threat").
            if matches!(
                kind,
                ActNoun::Any
                    | ActNoun::Concession
                    | ActNoun::Penalty
                    | ActNoun::Words
                    | ActNoun::Proposal
                    | ActNoun::Gift
            ) {
                return self
                    .cast
                    .earlier_subjects(sentence, 1)
                    .find(|&a| !own_side(a))
                    .into_iter()
                    .collect();
            }
            return Vec::new();
        };
        let parties = if kind == ActNoun::Deal { 2 } else { 1 };
        let found: Vec<usize> = [&e.source, &e.target][..parties]
            .iter()
            .filter_map(|id| self.cast.index_of(id.as_str()))
            .filter(|&a| !own_side(a))
            .collect();
        if kind != ActNoun::Deal {
            // "Latvia and Estonia imposed bans on Georgia. Tbilisi condemned
            // the bans": one act told of coordinated agents is all of
            // theirs, so each agent's twin event (same sentence, relation
            // and target) adds its source.
            let mut found = found;
            if parties == 1 {
                let at = e.evidence[0].sentence;
                for twin in self.events.iter().filter(|t| {
                    t.evidence[0].sentence == at
                        && t.relation == e.relation
                        && t.target == e.target
                        && t.source != e.source
                        && !t.planned
                }) {
                    if let Some(a) = self
                        .cast
                        .index_of(twin.source.as_str())
                        .filter(|&a| !own_side(a) && !found.contains(&a))
                    {
                        found.push(a);
                    }
                }
            }
            return found;
        }
        // A deal is its states' ("welcomed the agreement" Albanese and
        // Natano signed is praise of Australia and Tuvalu).
        let mut out: Vec<usize> = Vec::with_capacity(found.len());
        for a in found {
            let state = (self.cast.kind(a) == ActorKind::Person)
                .then(|| self.cast.actors[a].country.clone())
                .flatten()
                .and_then(|c| self.lex.country(&c))
                .map(|li| self.cast_index_of_lexicon(li));
            let x = state.unwrap_or(a);
            if !out.contains(&x) {
                out.push(x);
            }
        }
        out
    }

    /// The subject of the sentence before `sentence` (or, with `named`,
    /// failing one, anyone it named) who is not on the side of `sources`:
    /// whom a warning or objection with no party of its own answers.
    fn other_side_before(&self, sources: &[usize], sentence: usize, named: bool) -> Option<usize> {
        let sides: Vec<&str> = sources.iter().map(|&a| self.cast.side(a)).collect();
        let named = self.cast.earlier_named(sentence, 1).filter(move |_| named);
        self.cast
            .earlier_subjects(sentence, 1)
            .chain(named)
            .find(|&a| !sides.contains(&self.cast.side(a)))
    }

    /// Who last demanded, urged or invited `sources` (or their side)
    /// within the three sentences before `sentence` and this one: whom a
    /// refusal with no party of its own answers.
    fn asker_of(&self, sources: &[usize], sentence: usize) -> Vec<usize> {
        self.last_act_on(
            sources,
            sentence,
            &[Relation::Demand, Relation::Urge, Relation::Invite],
        )
    }

    /// The state the latest aid of the article went to (or, before any,
    /// the stricken state), if the article tells of a disaster striking a
    /// state (see [`Reader::note_disaster`]), and that state is not of
    /// `sources`' side.
    fn relief_recipient(&self, sources: &[usize]) -> Option<usize> {
        let stricken = self.stricken?;
        let sides: Vec<&str> = sources.iter().map(|&a| self.cast.side(a)).collect();
        self.events
            .iter()
            .rev()
            .filter(|e| e.relation == Relation::Aid)
            .find_map(|e| {
                let target = self.cast.index_of(e.target.as_str())?;
                (self.cast.kind(target) == ActorKind::Country).then_some(target)
            })
            .or(Some(stricken))
            .filter(|&t| !sides.contains(&self.cast.side(t)))
    }

    /// "the floods in eastern Libya", "the Moroccan earthquake",
    /// "Myanmar's quake", "quake-hit Turkey": the first state a disaster is
    /// told to have struck, kept for relief sent to no one named.
    fn note_disaster(&mut self, toks: &[Token], mentions: &[Mention]) {
        if self.stricken.is_some() {
            return;
        }
        let disaster = |w: &str| {
            // (Asked of every word of every sentence until one is found: a
            // length and first-letter test rules out nearly all of them.)
            if w.len() < 5
                || !matches!(
                    w.as_bytes()[0],
                    b'e' | b'q' | b'f' | b'c' | b't' | b'h' | b's'
                )
            {
                return false;
            }
            matches!(
                w,
                "earthquake"
                    | "earthquakes"
                    | "quake"
                    | "floods"
                    | "flooding"
                    | "cyclone"
                    | "typhoon"
                    | "hurricane"
                    | "tsunami"
                    | "eruption"
            ) || (w.ends_with("-hit") || w.ends_with("-stricken"))
                && ["quake-", "flood-", "cyclone-", "storm-"]
                    .iter()
                    .any(|p| w.starts_with(p))
        };
        let country = |m: &Mention| match m.actors.as_slice() {
            &[a] if self.cast.kind(a) == ActorKind::Country => Some(a),
            _ => None,
        };
        for k in 0..toks.len() {
            if !disaster(toks[k].lower_str()) {
                continue;
            }
            // After it: "in eastern Libya", "hit Morocco", "quake-hit Turkey".
            let after = mentions
                .iter()
                .filter(|m| m.start > k && m.start <= k + 4)
                .find(|m| {
                    m.start == k + 1
                        || (k + 1..m.start).any(|j| {
                            matches!(
                                lw(toks, j),
                                "in" | "hit"
                                    | "struck"
                                    | "near"
                                    | "across"
                                    | "ravaged"
                                    | "devastated"
                            )
                        })
                })
                .and_then(country);
            // Before it: "Myanmar's quake", "the Moroccan earthquake".
            let before = || {
                mentions
                    .iter()
                    .filter(|m| m.possessive && m.end + 2 >= k && m.end <= k)
                    .find_map(country)
                    .or_else(|| {
                        self.adjectives
                            .iter()
                            .find(|&&(at, _)| at + 2 >= k && at < k)
                            .map(|&(_, a)| a)
                            .filter(|&a| self.cast.kind(a) == ActorKind::Country)
                    })
            };
            if let Some(a) = after.or_else(before) {
                self.stricken = Some(a);
                return;
            }
        }
    }

    /// Who last acted against `sources` (or their side) with force,
    /// coercion, sanctions, a show of force or a threat, within the three
    /// sentences before `sentence` and this one: whom their threat answers.
    fn provoker(&self, sources: &[usize], sentence: usize) -> Vec<usize> {
        self.last_act_on(
            sources,
            sentence,
            &[
                Relation::Attack,
                Relation::Coerce,
                Relation::Sanction,
                Relation::Mobilize,
                Relation::Threaten,
            ],
        )
    }

    /// The source of the latest event of one of `relations` aimed at
    /// `sources` or their side by another side, told within the three
    /// sentences before `sentence` and this one.
    fn last_act_on(
        &self,
        sources: &[usize],
        sentence: usize,
        relations: &[Relation],
    ) -> Vec<usize> {
        let sides: Vec<&str> = sources.iter().map(|&a| self.cast.side(a)).collect();
        self.events
            .iter()
            .rev()
            .take_while(|e| sentence.saturating_sub(e.evidence[0].sentence) <= 3)
            .filter(|e| relations.contains(&e.relation))
            .find_map(|e| {
                let target = self.cast.index_of(e.target.as_str())?;
                let source = self.cast.index_of(e.source.as_str())?;
                let against = sides.contains(&self.cast.side(target));
                (against && !sides.contains(&self.cast.side(source))).then_some(source)
            })
            .into_iter()
            .collect()
    }

    /// The subject of a clause opening the sentence with "when", "after"
    /// or "as", for a judgement of "it" in the main clause: the act judged
    /// is that clause's, and its subject the target.
    fn opening_clause_agent(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        limit: usize,
        relation: Relation,
        judges: &[usize],
    ) -> Vec<usize> {
        if !is_judgement(relation) || !matches!(lw(toks, 0), "when" | "after" | "as" | "once") {
            return Vec::new();
        }
        let Some(comma) = (1..limit).find(|&k| lw(toks, k) == ",") else {
            return Vec::new();
        };
        mentions
            .iter()
            .find(|m| m.start == 1 && m.end < comma && !m.possessive && !m.place)
            .map(|m| {
                m.actors
                    .iter()
                    .copied()
                    .filter(|a| !judges.contains(a))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The parties of talks or a ceremony a subject hosted: named after
    /// "between" further on ("hosted two rounds of indirect talks in Ankara
    /// in July between X and Y"), or those of the meeting or signing the
    /// story told just before ("... signed the accords. Mr Trump hosted the
    /// ceremony").
    fn hosted_parties(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        end: usize,
        sentence: usize,
        hosts: &[usize],
        times: &[time::TimeExpr],
    ) -> Vec<usize> {
        if hosts.is_empty() {
            return Vec::new();
        }
        // The head noun, after determiners, counts and modifiers ("two
        // rounds of indirect talks").
        let Some(noun) = (end..(end + 6).min(toks.len()))
            .take_while(|&k| toks[k].is_word() && !toks[k].is_capitalized())
            .find(|&k| {
                matches!(
                    lw(toks, k),
                    "talks"
                        | "negotiations"
                        | "ceremony"
                        | "signing"
                        | "summit"
                        | "meeting"
                        | "meetings"
                        | "conference"
                        | "dialogue"
                ) && lw(toks, k + 1) != "of"
            })
        else {
            return Vec::new();
        };
        let stop = (noun..(noun + 30).min(toks.len()))
            .find(|&k| matches!(lw(toks, k), ";" | "." | "which" | "who"))
            .unwrap_or_else(|| (noun + 30).min(toks.len()));
        // "between Ethiopia's then foreign minister, Taye Atske Selassie,
        // and Somalia's Ahmed Moalim Fiqi": the two parties, not their
        // possessors or a place.
        if let Some(b) = (noun + 1..stop).find(|&k| lw(toks, k) == "between") {
            // (A party's role in apposition is the same party: "between
            // Hun Manet, Prime Minister of Cambodia, and ...".)
            let mut parties: Vec<usize> = Vec::new();
            for m in mentions
                .iter()
                .filter(|m| m.start > b && m.end <= stop && !m.possessive && !m.place)
            {
                if m.actors.iter().all(|a| parties.contains(a)) {
                    continue;
                }
                parties.extend(m.actors.iter().copied().filter(|a| !hosts.contains(a)));
                if parties.len() >= 2 {
                    break;
                }
            }
            if !parties.is_empty() {
                return parties;
            }
        }
        // A sentence with a time of its own tells other talks ("Four years
        // later, ... the US Treasury hosted months of talks").
        // So does one that moves the story on ("Four years later").
        // (A weekday or a day of this story's week tells the same talks:
        // "Albusaidi, who hosted the meeting on Saturday".)
        let other_time = times.iter().any(|t| {
            !matches!(
                t.kind,
                time::TimeKind::Weekday(_, 0) | time::TimeKind::DayOffset(-1..=0)
            )
        });
        if other_time
            || toks
                .iter()
                .any(|t| matches!(t.lower_str(), "later" | "afterwards" | "subsequently"))
        {
            return Vec::new();
        }
        let host_side: Vec<&str> = hosts
            .iter()
            .filter_map(|&h| self.cast.actors[h].country.as_deref())
            .collect();
        let Some(e) = self.events.iter().rev().find(|e| {
            matches!(e.relation, Relation::Meet | Relation::SignDeal)
                && !e.planned
                && sentence.saturating_sub(e.evidence[0].sentence) <= 2
        }) else {
            return Vec::new();
        };
        self.parties_of(e)
            .filter(|a| {
                !hosts.contains(a)
                    && self.cast.actors[*a]
                        .country
                        .as_deref()
                        .is_none_or(|c| !host_side.contains(&c))
            })
            .collect()
    }

    /// The parties of talks named right before a participle of hosting
    /// ("at talks hosted by Anwar", "The meeting, hosted by X,"): those of
    /// this sentence's meeting, deal or agreement, else of the last meeting
    /// or deal in the two sentences before.
    fn parties_of_hosted(
        &self,
        toks: &[Token],
        at: usize,
        sentence: usize,
        hosts: &[usize],
    ) -> Vec<usize> {
        let noun = if at >= 2 && lw(toks, at - 1) == "," {
            at - 2
        } else {
            at.wrapping_sub(1)
        };
        if !matches!(
            lw(toks, noun),
            "talks" | "negotiations" | "meeting" | "summit" | "ceremony" | "signing" | "dialogue"
        ) {
            return Vec::new();
        }
        let host_ids: Vec<&str> = hosts
            .iter()
            .map(|&h| self.cast.actors[h].id.as_str())
            .collect();
        let fits = |e: &&Event, here: bool| {
            let r = e.relation;
            (matches!(r, Relation::Meet | Relation::SignDeal) || here && r == Relation::Cooperate)
                && !e.planned
                && !host_ids.contains(&e.source.as_str())
                && !host_ids.contains(&e.target.as_str())
        };
        let e = self
            .events
            .iter()
            .rev()
            .find(|e| e.evidence[0].sentence == sentence && fits(e, true))
            .or_else(|| {
                self.events.iter().rev().find(|e| {
                    e.evidence[0].sentence < sentence
                        && sentence - e.evidence[0].sentence <= 2
                        && fits(e, false)
                })
            });
        let Some(e) = e else {
            return Vec::new();
        };
        self.parties_of(e).collect()
    }

    /// The two actors of an event told earlier, as cast indices.
    fn parties_of<'e>(&'e self, e: &'e Event) -> impl Iterator<Item = usize> + 'e {
        [&e.source, &e.target]
            .into_iter()
            .filter_map(|id| self.cast.index_of(id.as_str()))
    }

    /// "..., an exercise Caracas denounced as a provocation", "..., a
    /// comment Addis Ababa denounced as an incitement to war": an act noun
    /// set after a comma or dash sums up the clause before it, so a judge's
    /// verb inside that appositive is aimed at the clause's subject.
    fn summed_act_agent(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        limit: usize,
        relation: Relation,
        judges: &[usize],
    ) -> Vec<usize> {
        if !is_judgement(relation) || judges.is_empty() {
            return Vec::new();
        }
        // The judge's mention, with at most two auxiliaries or adverbs
        // before the verb ("Baku has repeatedly criticised").
        let Some(judge) = mentions.iter().rev().find(|m| m.end <= limit) else {
            return Vec::new();
        };
        if limit - judge.end > 3
            || (judge.end..limit).any(|k| !toks[k].is_word() || toks[k].is_capitalized())
        {
            return Vec::new();
        }
        // Back over the act noun, up to two modifiers and a determiner, to
        // the comma or dash; or over "which" ("Lula floated the idea of a
        // new election - which both Maduro and Machado rejected").
        let mut k = judge.start;
        // (From the first of coordinated judges: "both Maduro and Machado".)
        while let Some(prev) = mentions.iter().rev().find(|m| m.end < k && m.end + 2 >= k) {
            if (prev.end..k).all(|x| matches!(lw(toks, x), "and" | ",")) && prev.end < k {
                k = prev.start;
            } else {
                break;
            }
        }
        if k > 0 && matches!(lw(toks, k - 1), "both" | "all") {
            k -= 1;
        }
        if k >= 2
            && lw(toks, k - 1) == "which"
            && matches!(lw(toks, k - 2), "," | "-" | "\u{2014}" | "\u{2013}")
        {
            return self.clause_subject_before(toks, mentions, k - 2, judges);
        }
        // ("a condition Kyiv quickly dismissed", "a request the alliance
        // turned down": a proposal is its author's act too.)
        if k == 0
            || act_noun(lw(toks, k - 1)).is_none()
                && !(relation == Relation::Reject && PROPOSAL_NOUNS.contains(&lw(toks, k - 1)))
        {
            return Vec::new();
        }
        k -= 1;
        let mut modifiers = 0;
        while k > 0
            && modifiers < 2
            && !DETERMINERS.has(&toks[k - 1])
            && toks[k - 1].is_word()
            && !toks[k - 1].is_capitalized()
        {
            k -= 1;
            modifiers += 1;
        }
        if k < 2
            || !DETERMINERS.has(&toks[k - 1])
            || !matches!(lw(toks, k - 2), "," | "-" | "\u{2014}" | "\u{2013}")
        {
            return Vec::new();
        }
        self.clause_subject_before(toks, mentions, k - 2, judges)
    }

    /// The subject of the clause that ends at `pause` (a comma or dash),
    /// for a judgement in the appositive after it; not the judges' side.
    fn clause_subject_before(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        pause: usize,
        judges: &[usize],
    ) -> Vec<usize> {
        // The clause summed up starts after the last ", and" or ";".
        let start = (1..pause)
            .rev()
            .find(|&j| {
                matches!(lw(toks, j), ";" | ":")
                    || (matches!(lw(toks, j), "and" | "but") && lw(toks, j - 1) == ",")
            })
            .map_or(0, |j| j + 1);
        // A subordinate clause just before the pause is the one summed up
        // when it names an actor ("the treaty cannot be signed, Baku
        // insists, until Armenia rewrites its constitution - a demand
        // Yerevan has declined to meet").
        let start = (start..pause)
            .rev()
            .find(|&j| {
                matches!(
                    lw(toks, j),
                    "until" | "unless" | "because" | "although" | "though" | "whereas"
                ) && mentions
                    .iter()
                    .any(|m| m.start > j && m.end <= pause && !m.place)
            })
            .map_or(start, |j| j + 1);
        let sides: Vec<Option<&str>> = judges
            .iter()
            .map(|&j| self.cast.actors[j].country.as_deref())
            .collect();
        mentions
            .iter()
            .filter(|m| m.start >= start && m.end <= pause)
            .find(|m| {
                !m.place
                    && (!m.possessive || self.body_after(toks, m.end + 1))
                    && !preceded_by_prep(toks, m)
            })
            .map(|m| {
                m.actors
                    .iter()
                    .copied()
                    .filter(|&a| {
                        let side = self.cast.actors[a].country.as_deref();
                        !judges.contains(&a) && (side.is_none() || !sides.contains(&side))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// "against the visit of Erdogan", "the agreement with the United
    /// States", "condemned the talks between X and Y": a judgement or a
    /// protest aimed at an act whose party the noun phrase names. Only for
    /// relations that judge acts, and never the judge's own party.
    fn act_participant(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        end: usize,
        relation: Relation,
        judges: &[usize],
    ) -> Vec<usize> {
        if !matches!(
            relation,
            Relation::Criticize | Relation::Praise | Relation::Reject | Relation::Protest
        ) {
            return Vec::new();
        }
        let mut k = end;
        let mut modifiers = 0;
        while k < toks.len()
            && (DETERMINERS.has(&toks[k])
                || modifiers < 2
                    && act_noun(lw(toks, k)).is_none()
                    && toks[k].is_word()
                    && !toks[k].is_capitalized()
                    && !PREPOSITIONS.has(&toks[k]))
        {
            if !DETERMINERS.has(&toks[k]) {
                modifiers += 1;
            }
            k += 1;
        }
        if act_noun(lw(toks, k)).is_none() {
            return Vec::new();
        }
        // "the measures announced by the Government of Korea": a
        // participle and "by" name the agent as well as "of" does.
        let w1 = lw(toks, k + 1);
        if w1.len() > 4
            && (w1.ends_with("ed") || matches!(w1, "taken" | "made" | "given"))
            && lw(toks, k + 2) == "by"
        {
            k += 1;
        } else if !matches!(w1, "of" | "by" | "with" | "between") {
            return Vec::new();
        }
        match mentions
            .iter()
            .position(|m| m.start == k + 2 || m.start == k + 3 && DETERMINERS.has_at(toks, k + 2))
        {
            Some(mi) => {
                let mut claimed = FastSet::default();
                coordinated_right(toks, mentions, mi, &mut claimed)
                    .into_iter()
                    .filter(|a| !judges.contains(a))
                    .collect()
            }
            None => Vec::new(),
        }
    }

    /// "warned (on Sunday) that Turkey could intervene in Israel", "warned
    /// that Kyiv could ban imports of Polish fruit", "warned that if Canada
    /// retaliated, the US would raise tariffs": a warning whose clause says
    /// what the speaker's own side would do threatens whoever that act is
    /// aimed at, named after the modal or in the condition. A warning of
    /// what someone else might do ("warned that China could invade") is
    /// no threat by the speaker.
    fn threat_clause(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        end: usize,
        times: &[time::TimeExpr],
        speakers: &[usize],
    ) -> Vec<usize> {
        if !self.that_follows(toks, end, times) {
            return Vec::new();
        }
        let mut k = end;
        while lw(toks, k) != "that" {
            k += 1;
        }
        let clause_end = (k..toks.len())
            .find(|&x| matches!(lw(toks, x), ";" | ":" | "."))
            .unwrap_or(toks.len());
        let Some(&speaker) = speakers.first() else {
            return Vec::new();
        };
        let side = |a: usize| a == speaker || self.cast.side(a) == self.cast.side(speaker);
        // The modal, right after a subject of the speaker's side.
        let Some(modal) = (k + 1..clause_end).find(|&x| {
            matches!(
                lw(toks, x),
                "would" | "could" | "will" | "might" | "may" | "'ll" | "can"
            ) && !NEGATORS.has_at(toks, x + 1)
                && mentions.iter().any(|m| {
                    let mut e = m.end;
                    while e < x && ADVERBS.has(&toks[e]) {
                        e += 1;
                    }
                    e == x && !m.actors.is_empty() && m.actors.iter().all(|&a| side(a))
                })
        }) else {
            return self.threatened_fate(toks, mentions, k, clause_end, &side);
        };
        let aimed = |m: &&Mention| !m.actors.is_empty() && m.actors.iter().all(|&a| !side(a));
        if let Some(m) = mentions
            .iter()
            .filter(|m| m.start > modal && m.end <= clause_end)
            .find(aimed)
        {
            return m.actors.clone();
        }
        if let Some(c) = (modal + 1..clause_end)
            .filter_map(|x| self.adjective_country(toks, x))
            .find(|&c| !side(c))
        {
            return vec![c];
        }
        // "if Canada retaliated", "unless Washington backs down".
        let cond = (k..clause_end).find(|&x| matches!(lw(toks, x), "if" | "unless"));
        cond.and_then(|c| {
            mentions
                .iter()
                .filter(|m| m.start > c && m.end <= clause_end)
                .find(aimed)
        })
        .map(|m| m.actors.clone())
        .unwrap_or_default()
    }

    /// The other side's fate told in a threat's "that" clause (opening at
    /// `that`): "threatened that U.S. surveillance planes would be shot
    /// down", "warned that any attempt by India to stop the water would
    /// be considered an act of war". The party named before the modal,
    /// when what follows it is done to them or befalls them.
    fn threatened_fate(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        that: usize,
        clause_end: usize,
        side: &dyn Fn(usize) -> bool,
    ) -> Vec<usize> {
        let Some(modal) =
            (that + 1..clause_end).find(|&x| matches!(lw(toks, x), "would" | "will" | "'ll"))
        else {
            return Vec::new();
        };
        let befalls = match lw(toks, modal + 1) {
            "be" => toks.get(modal + 2).is_some_and(|t| {
                let w = t.lower_str();
                t.is_word()
                    && (w.ends_with("ed") || w.ends_with("en") || matches!(w, "shot" | "met"))
            }),
            "face" | "pay" | "regret" | "suffer" => true,
            // "would meet a severe response".
            "meet" => matches!(lw(toks, modal + 2), "a" | "an" | "with"),
            // "would not go unanswered", "will not go unpunished".
            "not" => {
                lw(toks, modal + 2) == "go"
                    && matches!(lw(toks, modal + 3), "unanswered" | "unpunished")
            }
            _ => false,
        };
        if !befalls {
            return Vec::new();
        }
        if let Some(m) = mentions.iter().find(|m| {
            m.start > that
                && m.end <= modal
                && !m.actors.is_empty()
                && m.actors.iter().all(|&a| !side(a))
        }) {
            return m.actors.clone();
        }
        (that + 1..modal)
            .filter_map(|x| self.adjective_country(toks, x))
            .find(|&c| !side(c))
            .into_iter()
            .collect()
    }

    /// Whether a "that" clause follows the verb ending at `end`, after
    /// adverbs and a time phrase ("warned on Sunday that").
    /// The verdict a wording of judgement passes after its object, read
    /// from `from` to the end of the phrase: `Some(true)` for praise
    /// ("an ironclad friend"), `Some(false)` for criticism ("as unfounded
    /// and reprehensible"), `None` for none or a negated one. A particle
    /// right after the verb ("called on", "called for") makes it another
    /// wording altogether.
    fn verdict_after(&self, toks: &[Token], from: usize) -> Option<bool> {
        if matches!(
            lw(toks, from),
            "on" | "upon" | "for" | "off" | "over" | "in" | "up" | "back" | "out" | "at" | "with"
        ) {
            return None;
        }
        for (k, t) in toks.iter().enumerate().skip(from).take(12) {
            let w = t.lower_str();
            // "an unprecedented, serious and grave threat": a comma between
            // modifiers goes on with the phrase.
            if w == "," {
                let next = toks.get(k + 1);
                if next.is_some_and(|n| {
                    let nw = n.lower_str();
                    n.is_word()
                        && !n.is_capitalized()
                        && !AUX.has(n)
                        && !nw.ends_with("ed")
                        && !nw.ends_with("ing")
                        && !matches!(
                            nw,
                            "and" | "but" | "or" | "which" | "who" | "as" | "then" | "saying"
                        )
                }) {
                    continue;
                }
                return None;
            }
            // "described his offer to buy the island as absurd": the "to"
            // of an intent noun goes on with its phrase.
            if w == "to" && k > 0 && INTENT_NOUNS.contains(&lw(toks, k - 1)) {
                continue;
            }
            // "called it a reward for terrorism", "a recipe for disaster":
            // what the noun is for is part of the verdict.
            if w == "for" && k >= from + 2 && matches!(lw(toks, k - 2), "a" | "an") {
                continue;
            }
            if matches!(
                w,
                "." | ";"
                    | ":"
                    | "to"
                    | "for"
                    | "because"
                    | "after"
                    | "when"
                    | "while"
                    | "which"
                    | "who"
                    | "but"
                    | "since"
                    | "amid"
                    | "during"
                    | "before"
                    | "said"
            ) {
                return None;
            }
            if NEGATORS.has(t) {
                return None;
            }
            // "described Castillo as the victim of harassment": the
            // verdict is on whoever wronged them.
            if matches!(w, "victim" | "victims" | "target" | "targets") {
                return None;
            }
            // A name judges no one ("Great Britain"), but a capitalised
            // word of blame does: "called the Dutch government Nazi
            // remnants".
            if t.is_capitalized() {
                if k > from && self.lex.verdict(w) == Some(false) {
                    return Some(false);
                }
                continue;
            }
            if let Some(v) = self.lex.verdict(w) {
                // "said Russia was responsible for the attack": blame, not
                // the praise of "a responsible partner".
                if w == "responsible" && lw(toks, k + 1) == "for" {
                    return Some(false);
                }
                // "a great foolishness": the noun a praising modifier
                // leads to may judge the other way.
                if v {
                    let head = toks[k + 1..]
                        .iter()
                        .take(3)
                        .take_while(|t| t.is_word() && !t.is_capitalized())
                        .find_map(|t| self.lex.verdict(t.lower_str()));
                    if head == Some(false) {
                        return Some(false);
                    }
                }
                return Some(v);
            }
            // "called the strikes an act of war": war itself judges no
            // one, an act of war is a charge.
            if w == "war"
                && k >= 2
                && lw(toks, k - 1) == "of"
                && matches!(lw(toks, k - 2), "act" | "acts" | "declaration")
            {
                return Some(false);
            }
        }
        None
    }

    fn that_follows(&self, toks: &[Token], end: usize, times: &[time::TimeExpr]) -> bool {
        // (A time phrase's own words, or the preposition that opens it: not
        // the object before "last week" in "warned ECOWAS last week that".)
        let in_time = |k: usize| times.iter().any(|t| (t.start..t.end).contains(&k));
        let mut k = end;
        while k < toks.len()
            && (ADVERBS.has(&toks[k]) || in_time(k) || PREPOSITIONS.has(&toks[k]) && in_time(k + 1))
        {
            k += 1;
        }
        lw(toks, k) == "that"
    }

    /// A noun that names an event ("invasion", "attack"): a PP after it
    /// names its target, not the owner of the thing acted on.
    fn is_event_noun(&self, w: &str) -> bool {
        self.lex
            .triggers_of(w)
            .is_some_and(|cs| cs.iter().any(|c| c.head == HeadForm::Noun))
    }

    fn adjective_country(&self, toks: &[Token], k: usize) -> Option<usize> {
        if let Some(&(_, a)) = self.adjectives.iter().find(|&&(at, _)| at == k) {
            return Some(a);
        }
        let t = toks.get(k)?;
        if !t.is_capitalized() {
            return None;
        }
        let list = self.lex.surfaces_of(&t.text.replace('’', "'"))?;
        let s = list.iter().find(|s| s.tokens.len() == 1)?;
        let r = s.refs.iter().find(|r| r.form == Form::Adjective)?;
        let id = &self.lex.actors[r.actor].id;
        self.cast.actors.iter().position(|a| &a.id == id)
    }

    /// The person named after the comma at `comma`, when the words
    /// `from..comma` are a role ("the head of the GNA") and the name is
    /// closed by a comma, a full stop or a preposition.
    fn appositive_person(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        from: usize,
        comma: usize,
    ) -> Option<usize> {
        if comma - from > 6 {
            return None;
        }
        let role = (from..comma).any(|k| {
            let w = toks[k].lower_str();
            matches!(
                w,
                "head" | "chief" | "leader" | "envoy" | "commander" | "chairman" | "chairwoman"
            ) || self.lex.titles.contains_key(w)
        });
        if !role {
            return None;
        }
        let m = mentions.iter().find(|m| m.start == comma + 1)?;
        let closed = toks
            .get(m.end)
            .is_none_or(|t| matches!(t.text, "," | "." | ";") || PREPOSITIONS.has(t));
        (closed && m.actors.len() == 1 && self.cast.kind(m.actors[0]) == ActorKind::Person)
            .then_some(m.actors[0])
    }

    /// The first actor after the trigger's words, with coordinated ones.
    fn object_after(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        end: usize,
        claimed: &mut FastSet<usize>,
        times: &[time::TimeExpr],
        search: ObjectSearch,
    ) -> Vec<usize> {
        let ObjectSearch {
            after_by,
            physical,
            that_clause,
            adjective,
        } = search;
        let mut k = end;
        // "praised what he called Mirziyoyev's commitment", "criticised
        // what she described as the lack of respect shown by critics in
        // Canberra": the speaker's own words for the object, which follows.
        if lw(toks, k) == "what" && matches!(lw(toks, k + 1), "he" | "she" | "they" | "it" | "we") {
            match lw(toks, k + 2) {
                "called" | "termed" | "dubbed" => k += 3,
                "described" | "characterised" | "characterized" if lw(toks, k + 3) == "as" => {
                    k += 4
                }
                _ => {}
            }
        }
        if after_by {
            // Passive agents follow "by", perhaps after a place and a time
            // ("welcomed at Asmara airport on Sunday by President Isaias").
            let stop = (end..(end + 10).min(toks.len()))
                .take_while(|&x| {
                    // "convicted of X, had been granted asylum by Mexico":
                    // a comma (not a date's) ends this verb's reach.
                    let other_clause =
                        lw(toks, x) == "," && x > end + 1 && !in_time_phrase(times, x);
                    // "were fired upon and seized by Russian border
                    // guards": participles sharing one agent.
                    let shared = lw(toks, x) == "and"
                        && toks.get(x + 1).is_some_and(|t| {
                            t.is_word() && !t.is_capitalized() && t.lower_str().ends_with("ed")
                        })
                        && lw(toks, x + 2) == "by";
                    shared
                        || !other_clause
                            && !matches!(
                                lw(toks, x),
                                ";" | "and" | "but" | "which" | "who" | "that" | "while" | "said"
                            )
                })
                .find(|&x| lw(toks, x) == "by");
            match stop {
                Some(x) => k = x + 1,
                None => return Vec::new(),
            }
            // "signed by H.E. Ambassador Redwan Hussien": the abbreviated
            // "His Excellency" before the agent's title.
            // (Unless the name's mention takes it in.)
            if matches!(lw(toks, k), "h.e." | "h.e") && !mentions.iter().any(|m| m.start == k) {
                k += 1;
            }
        }
        // "hosted leaders at Lancaster House, including President Macron
        // and Chancellor Scholz": people counted by their role, where they
        // met between, then who they were.
        if !after_by {
            let mut j = k;
            while j < k + 2
                && toks
                    .get(j)
                    .is_some_and(|t| t.is_word() && !PREPOSITIONS.has(t))
            {
                if matches!(
                    lw(toks, j),
                    "leaders"
                        | "counterparts"
                        | "ministers"
                        | "delegations"
                        | "envoys"
                        | "officials"
                ) {
                    let including = (j + 1..(j + 9).min(toks.len()))
                        .take_while(|&x| !matches!(lw(toks, x), "." | ";" | ":" | "and" | "who"))
                        .find(|&x| lw(toks, x) == "," && lw(toks, x + 1) == "including");
                    if let Some(mi) = including
                        .and_then(|x| mentions.iter().position(|m| m.start == x + 2 && !m.place))
                    {
                        claimed.insert(mi);
                        return coordinated_right(toks, mentions, mi, claimed);
                    }
                    break;
                }
                j += 1;
            }
        }
        let mut skipped = 0;
        let mut capitalized_skipped = false;
        // A physical act's object may name a spot, then where it lies
        // ("hideouts of separatist groups near Saravan in Iran's province").
        let reach = if physical { 10 } else { 6 };
        while k < toks.len() && skipped <= reach {
            // A time phrase right after the verb ("demanded on Friday that
            // ...", "freed on Wednesday X") is not part of the object.
            if skipped == 0 && !after_by {
                let at = if matches!(lw(toks, k), "on" | "in" | "at" | "late" | "early") {
                    k + 1
                } else {
                    k
                };
                if let Some(t) = times.iter().find(|t| t.start == at || t.start == k) {
                    k = t.end;
                    continue;
                }
                // ("met for two hours Scholz" is not English, but "urged
                // for weeks the EU to act" is.)
                if let Some(end) = duration_end(toks, k) {
                    k = end;
                    continue;
                }
                if that_clause && lw(toks, k) == "that" {
                    k += 1;
                    skipped += 1;
                    continue;
                }
                // "rammed and boarded Philippine boats", "condemned and
                // then ignored the statement": two verbs joined before
                // their one object share it.
                if let Some(next) = joined_verb_end(toks, k) {
                    k = next;
                    continue;
                }
            }
            if !after_by {
                let t = &toks[k];
                // "on C$30 billion ($20.7 billion) of American goods": an
                // amount, its currency's letters and a bracketed conversion
                // stand before the object, and are not it.
                let currency_letters = t.is_word()
                    && t.text.len() <= 3
                    && t.text.bytes().all(|b| b.is_ascii_uppercase())
                    && toks.get(k + 1).is_some_and(|n| n.text == "$");
                if (amount_word(t) && t.text != "(") || currency_letters {
                    k += 1;
                    continue;
                }
                if t.text == "(" && toks.get(k + 1).is_some_and(amount_word) {
                    if let Some(close) =
                        (k + 2..(k + 8).min(toks.len())).find(|&x| toks[x].text == ")")
                    {
                        k = close + 1;
                        continue;
                    }
                }
                if t.text == "of"
                    && k > end
                    && (amount_word(&toks[k - 1]) || toks[k - 1].text == ")")
                {
                    k += 1;
                    continue;
                }
                // "fired missiles at what it said were bases", "hit what
                // Islamabad called hideouts": the one who names the spot is
                // not what was hit.
                if t.text == "what" && physical {
                    // (The speaker a mention, or a pronoun left unread as
                    // the clause's own subject: "what it said were".)
                    let speaker_end = mentions
                        .iter()
                        .find(|m| m.start == k + 1)
                        .map(|m| m.end)
                        .or_else(|| {
                            matches!(lw(toks, k + 1), "it" | "they" | "he" | "she").then_some(k + 2)
                        });
                    if let Some(speaker_end) = speaker_end {
                        if matches!(
                            lw(toks, speaker_end),
                            "said"
                                | "says"
                                | "called"
                                | "calls"
                                | "described"
                                | "termed"
                                | "claimed"
                                | "claims"
                        ) {
                            k = speaker_end + 1;
                            if matches!(lw(toks, k), "were" | "was" | "are" | "is" | "as") {
                                k += 1;
                            }
                            skipped += 1;
                            continue;
                        }
                    }
                }
            }
            // "lifted restrictions on exports of three chemicals to South
            // Korea", "suspended shipments of grain from Ukraine": a trade
            // flow's far end is who the measure is on.
            if !after_by
                && skipped == 0
                && matches!(lw(toks, k), "exports" | "imports" | "shipments")
            {
                let far_end = (k + 1..(k + 9).min(toks.len()))
                    .take_while(|&x| {
                        !matches!(lw(toks, x), "." | ";" | "," | "which" | "that" | "but")
                    })
                    .filter(|&x| matches!(lw(toks, x), "to" | "from" | "into"))
                    .find_map(|x| {
                        mentions
                            .iter()
                            .position(|m| m.start == x + 1 && !m.possessive && !m.actors.is_empty())
                    });
                if let Some(ni) = far_end {
                    claimed.insert(ni);
                    return coordinated_right(toks, mentions, ni, claimed);
                }
            }
            if let Some(mi) = mentions.iter().position(|m| m.start == k) {
                let mut mi = mi;
                // "held talks with his host Alexander Lukashenko", "met her
                // old friend X": whose role it is does not matter, the name
                // in apposition does.
                if mentions[mi].kind == MentionKind::Pronoun && mentions[mi].possessive {
                    let mut j = mentions[mi].end;
                    while j < mentions[mi].end + 3
                        && toks.get(j).is_some_and(|t| {
                            t.is_word() && !t.is_capitalized() && !PREPOSITIONS.has(t)
                        })
                    {
                        j += 1;
                    }
                    // "met his counterparts from Saudi Arabia and Egypt":
                    // the peers' states.
                    if j > mentions[mi].end
                        && lw(toks, j) == "from"
                        && matches!(
                            lw(toks, j - 1),
                            "counterparts" | "counterpart" | "colleagues" | "peers" | "brothers"
                        )
                    {
                        if let Some(ni) = mentions.iter().position(|x| {
                            x.start == j + 1
                                && !x.possessive
                                && x.actors
                                    .iter()
                                    .all(|&a| self.cast.kind(a) == ActorKind::Country)
                        }) {
                            claimed.insert(ni);
                            return coordinated_right(toks, mentions, ni, claimed);
                        }
                    }
                    if j > mentions[mi].end {
                        if let Some(ni) = mentions.iter().position(|x| {
                            x.start == j
                                && x.kind == MentionKind::Name
                                && !x.possessive
                                && !x.place
                                && x.actors.len() == 1
                                && self.cast.kind(x.actors[0]) == ActorKind::Person
                        }) {
                            mi = ni;
                        }
                    }
                }
                let m = &mentions[mi];
                // "granted asylum to Castillo's wife, Lilia Paredes": the
                // one named in apposition to the possessed role.
                // ("met the EU foreign policy chief, Federica Mogherini": a
                // body's name as the role's modifier, the same.)
                let modifier_of_role = !m.possessive && m.kind == MentionKind::Name && {
                    let mut j = m.end;
                    while j < m.end + 4
                        && toks
                            .get(j)
                            .is_some_and(|t| t.is_word() && !t.is_capitalized())
                    {
                        j += 1;
                    }
                    j > m.end
                        && lw(toks, j) == ","
                        && matches!(
                            lw(toks, j - 1),
                            "chief"
                                | "head"
                                | "minister"
                                | "envoy"
                                | "commissioner"
                                | "ambassador"
                                | "spokesman"
                                | "spokeswoman"
                                | "spokesperson"
                                | "negotiator"
                                | "representative"
                                | "secretary"
                                | "president"
                                | "leader"
                        )
                };
                if (m.possessive || modifier_of_role) && !after_by {
                    let mut j = if m.possessive { m.end + 1 } else { m.end };
                    // ("the commander of Sudan's Rapid Support Forces,
                    // Mohamed Hamdan Dagalo": the possessed thing a name.)
                    if let Some(owned) = mentions
                        .iter()
                        .find(|x| x.start == j && !x.possessive && x.end < j + 6)
                    {
                        j = owned.end;
                    }
                    while j < m.end + 4
                        && toks
                            .get(j)
                            .is_some_and(|t| t.is_word() && !t.is_capitalized())
                    {
                        j += 1;
                    }
                    if j > m.end + 1 && lw(toks, j) == "," {
                        if let Some(ni) = mentions.iter().position(|x| {
                            x.start == j + 1
                                && x.kind == MentionKind::Name
                                && x.actors.len() == 1
                                && self.cast.kind(x.actors[0]) == ActorKind::Person
                        }) {
                            claimed.insert(ni);
                            return coordinated_right(toks, mentions, ni, claimed);
                        }
                    }
                }
                if capitalized_skipped
                    && !(m.actors.len() == 1 && self.cast.kind(m.actors[0]) == ActorKind::Person)
                {
                    return Vec::new();
                }
                // "arrested several senior PTI leaders, including former
                // foreign minister X": members of a body, then who they were.
                if matches!(
                    lw(toks, m.end - 1),
                    "leaders" | "members" | "officials" | "activists" | "figures"
                ) {
                    let at = if lw(toks, m.end) == "," {
                        m.end + 1
                    } else {
                        m.end
                    };
                    if lw(toks, at) == "including" {
                        if let Some(ni) = mentions.iter().position(|x| {
                            x.start == at + 1
                                && x.actors.len() == 1
                                && self.cast.kind(x.actors[0]) == ActorKind::Person
                        }) {
                            claimed.insert(ni);
                            return coordinated_right(toks, mentions, ni, claimed);
                        }
                    }
                }
                claimed.insert(mi);
                return coordinated_right(toks, mentions, mi, claimed);
            }
            let t = &toks[k];
            let w = t.lower_str();
            if k > end && land_of(toks, k) {
                // ("the Panjgur district of Pakistan": the capitalised
                // words named a spot inside the state that follows.)
                if physical {
                    capitalized_skipped = false;
                }
                k += 1;
                skipped += 1;
                continue;
            }
            // "more than a dozen", "dozens of": quantities.
            if (w == "at" && lw(toks, k + 1) == "least")
                || QUANTITY_WORDS.has(t)
                || (w == "than" && k > end && matches!(lw(toks, k - 1), "more" | "less" | "fewer"))
                || (w == "of" && k > end && QUANTITY_WORDS.has(&toks[k - 1]))
            {
                k += 1;
                skipped += 1;
                continue;
            }
            // "an investigation into crimes against humanity in Venezuela":
            // the name of a crime, not whom it is against.
            if w == "against" && k > end && lw(toks, k + 1) == "humanity" {
                k += 2;
                skipped += 1;
                continue;
            }
            // "an ultimatum from X", "the courage of X", and for physical
            // acts "towns inside X": after a common noun, a short PP names
            // whose it is, or where.
            // ("accused critics in Australia", "officials in Kyiv said":
            // people in a state stand for it.)
            let locative = matches!(w, "in" | "inside" | "near" | "across" | "along") && physical
                || w == "in"
                    && k > end
                    && matches!(
                        lw(toks, k - 1),
                        "critics"
                            | "officials"
                            | "politicians"
                            | "lawmakers"
                            | "hardliners"
                            | "nationalists"
                            | "activists"
                            | "authorities"
                            | "people"
                    )
                // ("urged all sides in Gabon", "all parties in Bosnia and
                // Herzegovina"; not "backed opposing sides in Yemen".)
                || w == "in"
                    && k > end + 1
                    && matches!(lw(toks, k - 1), "sides" | "parties" | "factions")
                    && matches!(lw(toks, k - 2), "all" | "both" | "warring" | "political");
            if !after_by
                && skipped > 0
                && (matches!(w, "of" | "from" | "by") || locative)
                && toks[k - 1].is_word()
                && (!toks[k - 1].is_capitalized() || locative && capitalized_skipped)
                && !DETERMINERS.has(&toks[k - 1])
                && (w == "from"
                    || w == "by"
                    || !self.is_event_noun(lw(toks, k - 1))
                    // "salutes the solidarity of Guinea": a stance's holder.
                    || STANCE_NOUNS.contains(&lw(toks, k - 1)))
            {
                // "the Panjgur district in Pakistan", "the Pituffik Space
                // Base in Greenland": the capitalised words named the spot;
                // the place after it is the target.
                if locative {
                    capitalized_skipped = false;
                }
                k += 1;
                skipped += 1;
                continue;
            }
            // "sent troops to the frontier with Cambodia", "up to its
            // border with Armenia": the neighbour across the line.
            if !after_by
                && skipped > 0
                && w == "with"
                && matches!(
                    lw(toks, k - 1),
                    "border" | "borders" | "frontier" | "boundary" | "line"
                )
            {
                k += 1;
                skipped += 1;
                continue;
            }
            // "sanctions on four companies linked to the RSF": what the
            // things are tied to is the target.
            if !after_by
                && skipped > 0
                && toks[k - 1].is_word()
                && !toks[k - 1].is_capitalized()
                && matches!(
                    w,
                    "linked"
                        | "tied"
                        | "connected"
                        | "close"
                        | "loyal"
                        | "affiliated"
                        | "allied"
                        | "belonging"
                        | "owned"
                        | "controlled"
                        | "backed"
                        | "run"
                )
                && matches!(lw(toks, k + 1), "to" | "with" | "by")
            {
                k += 2;
                skipped += 1;
                continue;
            }
            // "banned Ukrainian grain", "condemned Russian aggression": a
            // country adjective on the object noun names whom it is aimed at.
            // ("sanctioned Israeli ministers Itamar Ben-Gvir and ...": the
            // people named after the role are the objects.)
            let named_after = |state: usize| {
                let code = self.cast.actors[state].country.as_deref();
                mentions.iter().any(|m| {
                    m.start == k + 2
                        && m.kind == MentionKind::Name
                        && m.actors.len() == 1
                        && self.cast.kind(m.actors[0]) == ActorKind::Person
                        && code.is_some()
                        && self.cast.actors[m.actors[0]].country.as_deref() == code
                })
            };
            if adjective && !after_by && !capitalized_skipped {
                if let Some(&(_, a)) = self.adjectives.iter().find(|&&(at, _)| at == k) {
                    if !named_after(a) {
                        // ("rejected Australian and American criticism":
                        // each adjective of a list.)
                        let mut all = vec![a];
                        let mut j = k + 1;
                        loop {
                            while matches!(lw(toks, j), "," | "and") {
                                j += 1;
                            }
                            match self.adjectives.iter().find(|&&(at, _)| at == j) {
                                Some(&(_, b)) if matches!(lw(toks, j - 1), "," | "and") => {
                                    if !all.contains(&b) {
                                        all.push(b);
                                    }
                                    j += 1;
                                }
                                _ => break,
                            }
                        }
                        return all;
                    }
                }
            }
            // A capitalised word that is no actor may be a modifier ("Wall
            // Street Journal reporter X"); a person must follow for it to
            // count, checked below.
            // ("held talks with State Councilor and Foreign Minister Wang
            // Yi": two titles of one person.)
            let titles_joined = w == "and"
                && capitalized_skipped
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_capitalized() && n.is_word())
                // (Not before another's name: "with Kenya and Somalia".)
                && !mentions.iter().any(|m| {
                    m.start == k + 1
                        && (m.kind != MentionKind::Name
                            || m.actors
                                .iter()
                                .any(|&a| self.cast.kind(a) != ActorKind::Person))
                });
            if (t.is_capitalized() && t.is_word() || titles_joined)
                && !after_by
                && skipped < reach - 1
            {
                capitalized_skipped = true;
                k += 1;
                skipped += 1;
                continue;
            }
            // "invited six countries, among them Saudi Arabia, Iran and
            // Egypt": the named members of a counted group are the objects.
            if skipped > 0 && !after_by {
                let from = if w == "," { k + 1 } else { k };
                let list = match (lw(toks, from), lw(toks, from + 1)) {
                    ("including" | "notably" | "namely", _) => Some(from + 1),
                    ("among", "them") | ("such", "as") => Some(from + 2),
                    _ => None,
                };
                if let Some(mut at) = list {
                    // "including those of Kenya, Rwanda and France".
                    if lw(toks, at) == "those" && lw(toks, at + 1) == "of" {
                        at += 2;
                    }
                    // "including House Speaker Mike Johnson": a capitalised
                    // word of the role the name left out.
                    let at_mention = |x: usize| mentions.iter().any(|m| m.start == x);
                    if !at_mention(at)
                        && toks
                            .get(at)
                            .is_some_and(|t| t.is_word() && t.is_capitalized())
                        && at_mention(at + 1)
                    {
                        at += 1;
                    }
                    if let Some(mi) = mentions.iter().position(|m| m.start == at) {
                        claimed.insert(mi);
                        return coordinated_right(toks, mentions, mi, claimed);
                    }
                }
            }
            // "meeting the new administration's leader, Ahmed al-Sharaa":
            // a role owned by what names no actor, then the person.
            if w == "'s" && !after_by && skipped > 1 && DETERMINERS.has(&toks[end]) {
                if let Some(comma) = (k + 2..(k + 4).min(toks.len())).find(|&c| lw(toks, c) == ",")
                {
                    if let Some(p) = self.appositive_person(toks, mentions, end, comma) {
                        return vec![p];
                    }
                }
            }
            // "signed with the head of the GNA, Fayez al-Sarraj, in
            // Istanbul": a person named in apposition to a role.
            if w == "," && !after_by && skipped > 1 && DETERMINERS.has(&toks[end]) {
                if let Some(p) = self.appositive_person(toks, mentions, end, k) {
                    return vec![p];
                }
            }
            if !t.is_word()
                || CLAUSE_BREAKS.has(t)
                || PREPOSITIONS.has(t)
                || AUX.has(t)
                || t.is_capitalized()
            {
                // Inside the object NP, a mention may sit after a determiner:
                // handled above; anything else ends the search.
                if !(DETERMINERS.has(t)) {
                    return Vec::new();
                }
            }
            k += 1;
            skipped += 1;
        }
        Vec::new()
    }
}

/// The year a timeline entry opens with ("2015 – In May, ...", "1816:
/// Nepal and the East India Company sign ..."), if the sentence is one.
/// The year a signed document is named with, if the trigger at
/// `start..end` is that document or signs it: "the 1965 treaty", "signed
/// the 2015 accord", "the 2018 agreement signed by".
fn document_year(toks: &[Token], start: usize, end: usize) -> Option<When> {
    let from = start.saturating_sub(6);
    let to = (end + 2).min(toks.len());
    (from..to).find_map(|k| {
        let t = &toks[k];
        let y = written_year(t)?;
        if k == 0 || lw(toks, k - 1) != "the" {
            return None;
        }
        let doc = (k + 1..(k + 5).min(toks.len())).find(|&j| {
            matches!(
                lw(toks, j),
                "treaty"
                    | "agreement"
                    | "accord"
                    | "accords"
                    | "deal"
                    | "pact"
                    | "declaration"
                    | "memorandum"
                    | "protocol"
                    | "charter"
                    | "convention"
                    | "communique"
                    | "communiqué"
                    | "ceasefire"
                    | "truce"
            )
        })?;
        // The trigger is the document, or signs it just before or after.
        let near =
            (k + 1..=doc).contains(&start) || start > doc && start <= doc + 5 || k == end + 1;
        let date = chrono::NaiveDate::from_ymd_opt(y, 1, 1)?;
        near.then(|| When::year(date, t.text))
    })
}

/// Whether the sentence opens a digest's item under a heading in capitals
/// ("SRI LANKA - ...", "DR CONGO / RWANDA – ...").
fn digest_item(toks: &[Token]) -> bool {
    let Some(at) = toks.iter().take(7).position(dash) else {
        return false;
    };
    at > 0
        && toks[..at].iter().all(|t| {
            !t.is_word() && matches!(t.text, "/" | "&" | "'")
                || t.is_word() && t.text.chars().all(|c| !c.is_lowercase())
        })
        && toks[..at].iter().any(|t| t.is_word() && t.text.len() >= 2)
}

/// Whether the sentence opens a live blog's timed entry ("13:05 - ...",
/// "09.40 – ...").
fn clock_entry(toks: &[Token]) -> bool {
    let digits = |k: usize, n: std::ops::RangeInclusive<usize>| {
        toks.get(k).is_some_and(|t| {
            n.contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_digit())
        })
    };
    digits(0, 1..=2)
        && toks.get(1).is_some_and(|t| matches!(t.text, ":" | "."))
        && digits(2, 2..=2)
        // ("11:15 Nicaragua says": a live blog may set off its times with
        // no dash.)
        && toks
            .get(3)
            .is_some_and(|t| dash(t) || t.text == ":" || t.is_capitalized() && t.is_word())
}

fn entry_year(toks: &[Token]) -> Option<i32> {
    let y = written_year(toks.first()?)?;
    toks.get(1)
        .is_some_and(|t| dash(t) || t.text == ":")
        .then_some(y)
}

/// A dash that sets off a heading, a dateline or an entry's time.
fn dash(t: &Token) -> bool {
    matches!(t.text, "-" | "--" | "\u{2013}" | "\u{2014}")
}

/// A quotation mark, straight or curly, single or double.
fn quote_mark(t: &Token) -> bool {
    matches!(
        t.text,
        "'" | "\"" | "\u{2018}" | "\u{2019}" | "\u{201c}" | "\u{201d}"
    )
}

/// A year written in four digits, 1800 to 2100.
fn written_year(t: &Token) -> Option<i32> {
    let y: i32 = t.text.parse().ok().filter(|_| t.text.len() == 4)?;
    (1800..=2100).contains(&y).then_some(y)
}

/// People held by another side, named by what they are.
const CAPTIVE_NOUNS: &[&str] = &[
    "soldiers",
    "prisoners",
    "hostages",
    "detainees",
    "citizens",
    "nationals",
    "sailors",
    "fishermen",
    "journalists",
    "activists",
    "crew",
    "pilots",
    "civilians",
    "people",
    "staff",
    "workers",
    "employees",
    "personnel",
];

/// The heads of a crowd's name: a crowd that uses force protests.
const CROWD_NOUNS: &[&str] = &[
    "protesters",
    "protestors",
    "demonstrators",
    "crowds",
    "crowd",
    "rioters",
    "marchers",
    "mob",
    "mobs",
];

/// Whether token `k` is part of a time phrase or the preposition that
/// opens one ("on Friday").
fn in_time_phrase(times: &[time::TimeExpr], k: usize) -> bool {
    times
        .iter()
        .any(|t| (t.start.saturating_sub(1)..t.end).contains(&k))
}

/// The actors of a mention other than those already on the other side:
/// an object never includes the subject.
fn others(actors: &[usize], excluded: &[usize]) -> Vec<usize> {
    actors
        .iter()
        .copied()
        .filter(|a| !excluded.contains(a))
        .collect()
}

/// Goods and help whose arrival somewhere is a state's aid to it, for
/// "supplies from China arrived in Myanmar".
const DELIVERED_GOODS: &[&str] = &[
    "aid",
    "supplies",
    "relief",
    "tents",
    "food",
    "medicine",
    "medicines",
    "vaccines",
    "doses",
    "equipment",
    "system",
    "systems",
    "weapons",
    "ammunition",
    "shipment",
    "shipments",
    "consignment",
    "cargo",
    "convoy",
    "rescuers",
    "teams",
    "tanks",
    "jets",
    "howitzers",
];

/// The subject of a participle that opens the sentence ("After meeting
/// Xi, Macron ...", "Before leaving for Kyiv, Scholz ...", "Having met Xi,
/// Macron ..."): the name right after the clause's comma, when what comes
/// before the participle is only a subordinator, a conjunction or another
/// participle ("Speaking after meeting Xi,").
fn fronted_participle_subject(
    toks: &[Token],
    mentions: &[Mention],
    chain_start: usize,
    end: usize,
) -> Vec<usize> {
    if chain_start > 3 {
        return Vec::new();
    }
    let opener = toks[..chain_start].iter().all(|t| {
        let w = t.lower_str();
        matches!(
            w,
            "after" | "before" | "while" | "when" | "upon" | "on" | "since" | "by" | "but" | "and"
        ) || w.len() > 4 && w.ends_with("ing")
    });
    // ("Having met Xi": the auxiliary is in the chain.)
    let having = lw(toks, chain_start) == "having";
    let participle = lw(toks, end.saturating_sub(1)).ends_with("ing")
        || having
        || toks[..chain_start]
            .iter()
            .any(|t| t.lower_str().ends_with("ing"));
    if !opener || !participle {
        return Vec::new();
    }
    let Some(comma) = (end..toks.len().min(end + 25)).find(|&k| {
        matches!(
            lw(toks, k),
            "," | ";" | "." | ":" | "\"" | "\u{201c}" | "\u{201d}"
        )
    }) else {
        return Vec::new();
    };
    if lw(toks, comma) != "," {
        return Vec::new();
    }
    mentions
        .iter()
        .find(|m| m.start == comma + 1 && !m.place && !m.possessive)
        .filter(|m| {
            toks.get(m.end)
                .is_some_and(|t| t.is_word() && !t.is_capitalized())
        })
        .map(|m| m.actors.clone())
        .unwrap_or_default()
}

/// The end of a phrase of duration or of count starting at `k`, which
/// sits between a verb and the rest of its wording as a time phrase does:
/// "threatened for weeks to block", "met for two hours with", "travelled
/// for the first time to", "for more than an hour".
fn duration_end(toks: &[Token], k: usize) -> Option<usize> {
    if lw(toks, k) != "for" {
        return None;
    }
    for (j, t) in toks.iter().enumerate().take(k + 5).skip(k + 1) {
        let w = t.lower_str();
        if matches!(
            w,
            "minutes" | "hour" | "hours" | "days" | "weeks" | "months" | "years" | "decades"
        ) || w == "time" && j > k + 2
        {
            return Some(j + 1);
        }
        // Only a count or a measure may come before the unit: "for two
        // hours", "for the first time", "for more than a year".
        let counted = amount_word(t)
            || matches!(
                w,
                "a" | "an"
                    | "the"
                    | "more"
                    | "less"
                    | "than"
                    | "nearly"
                    | "almost"
                    | "about"
                    | "over"
                    | "several"
                    | "many"
                    | "some"
                    | "few"
                    | "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "last"
                    | "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "ten"
            );
        if !counted {
            return None;
        }
    }
    None
}

/// How [`Reader::object_after`] looks for an object.
#[derive(Debug, Clone, Copy)]
struct ObjectSearch {
    /// A passive: the agent follows "by".
    after_by: bool,
    /// A physical act: "towns inside X" names the target.
    physical: bool,
    /// A demand or appeal: "that X act" names whom it is made of.
    that_clause: bool,
    /// A country adjective on the object noun may name the target
    /// ("banned Ukrainian grain"); not for words said ("told Swedish
    /// broadcasters" speaks to the press, not to Sweden).
    adjective: bool,
}

/// Nouns for a stance or a contribution, whose "of" names who holds or
/// makes it ("praised the solidarity of Guinea", "thanked for the support
/// of Qatar"), though some of them name acts too.
const STANCE_NOUNS: &[&str] = &[
    "solidarity",
    "support",
    "efforts",
    "role",
    "contribution",
    "leadership",
    "commitment",
    "position",
    "stance",
    "generosity",
    "mediation",
    "help",
    "assistance",
    "cooperation",
    "hospitality",
    "courage",
    "friendship",
];

/// A word of an amount: a currency sign, a number, or "million" and the
/// like ("pledged $50 million in aid", "a $300 million arms package").
/// "of up to 218%", "of 25 percent", "of about $2 billion": where such a
/// rate or sum phrase opens at `k`, the position after it.
fn rate_phrase_end(toks: &[Token], k: usize) -> Option<usize> {
    if lw(toks, k) != "of" {
        return None;
    }
    let mut q = k + 1;
    match lw(toks, q) {
        "up" if lw(toks, q + 1) == "to" => q += 2,
        "more" | "less" if lw(toks, q + 1) == "than" => q += 2,
        "at" if matches!(lw(toks, q + 1), "least" | "most") => q += 2,
        "about" | "around" | "over" | "nearly" | "roughly" | "almost" | "some" => q += 1,
        _ => {}
    }
    let start = q;
    while toks.get(q).is_some_and(amount_word) {
        q += 1;
    }
    // (A bare number counts things: "the signing of 22 agreements".)
    let rate = toks[start..q].iter().any(|t| {
        !t.text
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    });
    (q > start && rate).then_some(q)
}

fn amount_word(t: &Token) -> bool {
    matches!(t.text, "$" | "€" | "£" | "¥" | "%")
        || t.text.bytes().next().is_some_and(|b| b.is_ascii_digit())
        || matches!(
            t.lower_str(),
            "million"
                | "billion"
                | "trillion"
                | "dollars"
                | "euros"
                | "pounds"
                | "bn"
                | "percent"
                | "yuan"
                | "yen"
                | "rupees"
                | "roubles"
                | "rubles"
                | "francs"
                | "riyals"
                | "dirhams"
                | "dinars"
                | "shillings"
                | "naira"
                | "pesos"
                | "reais"
                | "lira"
                | "kroner"
                | "kronor"
                | "zlotys"
        )
}

/// Whether the word before a verb's -s or base form makes it a noun: a
/// preposition, a determiner, a number or an adjective ("on exports",
/// "the new unilateral sanctions", "a $300 million arms package").
fn plural_noun_context(prev: &Token) -> bool {
    let w = prev.lower_str();
    matches!(
        w,
        "on" | "of"
            | "for"
            | "in"
            | "with"
            | "about"
            | "against"
            | "from"
            | "by"
            | "'s"
            | "new"
            | "fresh"
            | "further"
            | "million"
            | "billion"
            | "trillion"
    ) || DETERMINERS.has(prev)
        || prev.text.bytes().all(|b| b.is_ascii_digit())
        || NUMBER_WORDS.has(prev)
        || prev.is_word()
            && !prev.is_capitalized()
            && w.len() > 4
            && (w.ends_with("al") || w.ends_with("ic") || w.ends_with("ous"))
}

/// What one is "invited" to do that makes the invitation an appeal, as
/// diplomatic French has it ("invited the Kingdom of Denmark to withdraw
/// its troops"): to stop, give up or comply. Anything else is an
/// invitation: to come, take part, talk, invest, bid, work together.
const APPEALED_TO: &[&str] = &[
    "withdraw",
    "stop",
    "cease",
    "halt",
    "end",
    "refrain",
    "desist",
    "respect",
    "comply",
    "abide",
    "honour",
    "honor",
    "implement",
    "release",
    "free",
    "abandon",
    "renounce",
    "reverse",
    "reconsider",
    "revoke",
    "lift",
    "drop",
    "leave",
    "vacate",
    "restrain",
    "exercise",
    "show",
    "explain",
    "clarify",
    "apologise",
    "apologize",
];

/// Texts whose participle is their author's act: "issued a statement
/// calling on Maduro", "sent a letter urging".
const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "communique",
    "communiqué",
    "declaration",
    "letter",
    "letters",
    "message",
    "note",
    "resolution",
    "tweet",
    "post",
    "video",
    "speech",
    "editorial",
    "op-ed",
    "memo",
    "motion",
    "decision",
    "decree",
    "memorandum",
    "order",
    "directive",
    "proclamation",
];

/// Verbs after which an -ing form is the act going on, not a modifier:
/// "began delivering weapons", "kept sending troops".
const ASPECT_VERBS: &[&str] = &[
    "began",
    "begin",
    "begins",
    "begun",
    "started",
    "start",
    "starts",
    "continued",
    "continue",
    "continues",
    "kept",
    "keep",
    "keeps",
    "resumed",
    "resume",
    "resumes",
];

/// Words after which "that" opens a complement, not a relative clause:
/// "agree that", "warn that", "so that", "clear that".
const THAT_VERBS: &[&str] = &[
    "agree", "agrees", "warn", "warns", "insist", "insists", "claim", "claims", "believe",
    "believes", "know", "knows", "ensure", "ensures", "show", "shows", "suggest", "suggests",
    "argue", "argues", "note", "notes", "add", "adds", "so", "such", "clear", "sure", "now",
    "fact", "hope", "hopes", "fear", "fears", "think", "thinks", "mean", "means", "is", "was",
    "tell", "reported", "confirm", "confirms", "deny", "denies", "found", "find", "finds",
    "learned", "ruled", "rules", "signal", "signals", "given",
];

/// What kind of act a noun can name, for [`Reader::act_antecedent`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ActNoun {
    /// An attack, a raid, an arrest.
    Force,
    /// A show of force: drills, a missile test.
    Show,
    /// "the action", "the operation": force or a penalty.
    Deed,
    Visit,
    /// "the meeting", "the talks": its first party is its agent.
    Meeting,
    /// Something said.
    Words,
    /// A plan, proposal or offer: words that propose.
    Proposal,
    /// An agreement: its parties are its agents.
    Deal,
    /// A sanction, an expulsion.
    Penalty,
    /// A court's ruling, award or findings: the court's act.
    Ruling,
    /// A release of prisoners, a handover, a withdrawal.
    Concession,
    /// "the probe", "the investigation": the investigator's act.
    Inquiry,
    /// "the shipments", "the deliveries": what was sent, the sender's act.
    Gift,
    /// "the move", "the decision": any act but talk.
    Any,
}

/// Nouns of a stance ("the Jordanian stance", "Turkey's position"): words
/// judged, whose owner an adjective or an "of" names.
const OWNED_STANCES: &[&str] = &[
    "stance",
    "position",
    "positions",
    "attitude",
    "approach",
    "conduct",
];

/// A state's armed or police force named without its state: "police",
/// "security forces", "riot police", "soldiers".
fn is_force_name(name: &str) -> bool {
    let name = name.strip_prefix("the ").unwrap_or(name);
    matches!(
        name,
        "police"
            | "riot police"
            | "security forces"
            | "forces"
            | "troops"
            | "soldiers"
            | "army"
            | "military"
            | "gendarmes"
            | "soldiers and police"
            | "police and soldiers"
            | "security personnel"
            | "government forces"
            | "government troops"
    )
}

/// Where such a force, and nothing else, is named right before `verb`
/// ("Security forces opened fire", "The police fired"), as a span.
fn unnamed_force_span(toks: &[Token], verb: usize) -> Option<(usize, usize)> {
    let mut k = verb;
    while k > 0
        && matches!(
            lw(toks, k - 1),
            "also" | "then" | "later" | "reportedly" | "had" | "have" | "has"
        )
    {
        k -= 1;
    }
    (k.saturating_sub(3)..k)
        .find(|&j| {
            (j == 0 || !toks[j - 1].is_word() || toks[j - 1].text == ",")
                && is_force_name(&span_text(toks, j, k).to_lowercase())
        })
        .map(|j| (j, k))
}

/// "called Marcos on Tuesday to congratulate him", "telephoned his rival
/// to congratulate him": the purpose of a call that was made (the "to" at
/// `g` follows whom the call reached, and at most a time phrase) is what
/// the call did.
fn purpose_of_call(toks: &[Token], mentions: &[Mention], g: usize) -> bool {
    mentions.iter().any(|m| {
        m.end <= g
            && m.end + 4 >= g
            && m.start > 0
            && (m.end..g).all(|x| toks[x].is_word() && !matches!(lw(toks, x), "and" | "but" | "or"))
            && {
                let mut k = m.start - 1;
                if k > 0 && matches!(lw(toks, k), "with" | "to") {
                    k -= 1;
                }
                matches!(
                    lw(toks, k),
                    "called" | "telephoned" | "phoned" | "rang" | "spoke" | "wrote"
                )
            }
    })
}

/// Such a force as the subject of the sentence whose purpose clause
/// holds `verb`: "Security forces fired tear gas to disperse protesters",
/// "Riot police used water cannon, tear gas and pepper spray to clear
/// them" (after a dateline, if any).
fn force_subject_of_purpose(toks: &[Token], verb: usize) -> Option<(usize, usize)> {
    if verb == 0 || lw(toks, verb - 1) != "to" {
        return None;
    }
    // The sentence's start, or the word after a dateline's dash.
    let starts = std::iter::once(0).chain(
        (1..verb.min(8)).filter(|&k| matches!(toks[k - 1].text, "-" | "\u{2013}" | "\u{2014}")),
    );
    for j in starts {
        let j = if lw(toks, j) == "the" { j + 1 } else { j };
        if let Some(e) = (j + 1..(j + 4).min(verb)).find(|&e| {
            is_force_name(&span_text(toks, j, e).to_lowercase())
                && toks[e].is_word()
                && !toks[e].is_capitalized()
                && !PREPOSITIONS.has(&toks[e])
        }) {
            return Some((j, e));
        }
    }
    None
}

/// Past forms of verbs that report words: a sentence with one and a
/// subject tells what its subject said.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "remarked",
    "told",
    "wrote",
    "stated",
    "declared",
    "tweeted",
    "posted",
    "suggested",
    "argued",
    "claimed",
    "insisted",
    "asserted",
    "quipped",
    "joked",
    "mused",
    "commented",
    "alleged",
];

fn act_noun(w: &str) -> Option<ActNoun> {
    Some(match w {
        "incursion" | "raid" | "attack" | "attacks" | "strike" | "strikes" | "airstrike"
        | "airstrikes" | "assault" | "bombing" | "bombings" | "bombardment" | "shelling"
        | "invasion" | "offensive" | "storming" | "aggression" | "seizure" | "boarding"
        | "arrest" | "arrests" | "detention" | "annexation" | "occupation" | "killing"
        | "killings" | "takeover" | "coup" | "crackdown" | "incursions" | "raids" | "seizures"
        | "abduction" | "kidnapping" | "execution" | "executions" | "intrusion" | "downing"
        | "shootdown" | "detentions" | "deportation" | "deportations" | "violence"
        | "bloodshed" | "repression" | "massacre" | "massacres" | "atrocities" | "brutality"
        | "clampdown" | "shooting" | "shootings" => ActNoun::Force,
        "provocation" | "provocations" | "launch" | "launches" | "drills" | "exercises"
        | "exercise" | "deployment" | "test" | "tests" | "flights" | "flight" | "patrols"
        | "manoeuvres" | "maneuvers" | "build-up" | "buildup" | "dispatch" => ActNoun::Show,
        "action" | "actions" | "operation" | "act" | "activities" | "activity" => ActNoun::Deed,
        "visit" | "trip" | "stopover" | "tour" | "journey" | "arrival" => ActNoun::Visit,
        "meeting" | "meetings" | "talks" | "summit" | "encounter" => ActNoun::Meeting,
        "statement" | "statements" | "remarks" | "comments" | "remark" | "comment"
        | "announcement" | "speech" | "words" | "accusation" | "accusations" | "threat"
        | "threats" | "criticism" | "insult" | "insults" | "claims" | "rhetoric" | "ultimatum"
        | "appeal" | "call" | "demand" | "demands" | "submission" | "complaint" | "lawsuit"
        | "allegation" | "allegations" | "tweet" | "post" | "claim" | "view" | "views"
        | "assertion" | "assertions" | "argument" | "narrative" | "reading" | "report"
        | "reports" | "insinuations" | "declarations" | "charge" | "charges"
        // ("rejected the protest": a formal protest is words; crowds'
        // "protests" are not. "condemned the letter as interference".)
        | "protest" | "letter" => ActNoun::Words,
        w if OWNED_STANCES.contains(&w) => ActNoun::Words,
        "plan" | "plans" | "proposal" | "proposals" | "initiative" | "idea" => ActNoun::Proposal,
        "agreement" | "agreements" | "deal" | "deals" | "accord" | "accords" | "pact"
        | "treaty" | "memorandum" | "signing" | "ceasefire" | "truce" => ActNoun::Deal,
        "release" | "releases" | "handover" | "withdrawal" | "exchange" | "swap" | "pardon" => {
            ActNoun::Concession
        }
        "sanctions" | "expulsion" | "expulsions" | "tariffs" | "tariff" | "embargo"
        | "embargoes" | "ban" | "bans" | "recall" | "suspension" | "blockade" | "closure"
        | "closures" | "restrictions" | "curbs" | "levies" | "duties" | "penalties" | "boycott" => {
            ActNoun::Penalty
        }
        "move" | "moves" | "decision" | "decisions" | "step" | "steps" | "measure" | "measures"
        | "vote" | "ratification" | "approval" | "reversal" | "refusal" | "rejection"
        | "cancellation" | "postponement" | "recognition" | "reaction" | "response" | "absence"
        | "order" | "decree" | "directive" => ActNoun::Any,
        "ruling" | "rulings" | "verdict" | "judgment" | "judgement" | "award" | "findings"
        | "resolution" | "resolutions" => ActNoun::Ruling,
        "probe" | "probes" | "investigation" | "investigations" | "inquiry" | "inquiries" => {
            ActNoun::Inquiry
        }
        "shipment" | "shipments" | "deliveries" | "delivery" | "transfers" | "sales" => {
            ActNoun::Gift
        }
        _ => return None,
    })
}

/// News outlets named as whom a leader "told": interviews, not events
/// between parties (lowercase, without a leading "the").
const NEWS_OUTLETS: &[&str] = &[
    "al jazeera",
    "al arabiya",
    "le monde",
    "le figaro",
    "reuters",
    "bbc",
    "cnn",
    "tass",
    "xinhua",
    "ria novosti",
    "interfax",
    "associated press",
    "afp",
    "bloomberg",
    "new york times",
    "washington post",
    "wall street journal",
    "financial times",
    "guardian",
    "der spiegel",
    "spiegel",
    "fox news",
    "sky news",
    "nbc",
    "cbs",
    "abc",
    "euronews",
    "anadolu",
    "irna",
    "kcna",
    "yonhap",
    "kyodo",
    "nhk",
    "politico",
    "axios",
    "economist",
    "el país",
    "el pais",
    "haaretz",
    "times of israel",
    "the hindu",
    "times of india",
    "ndtv",
    "france 24",
    "rfi",
    "voice of america",
    "sputnik",
    "global times",
];

/// Merits one welcomes or thanks someone for: "welcomed the efforts of
/// Qatar", "welcomed the Kuwaiti emir's mediation".
const MERITS: &[&str] = &[
    "wisdom",
    "courage",
    "efforts",
    "effort",
    "leadership",
    "role",
    "commitment",
    "mediation",
    "help",
    "support",
    "restraint",
    "goodwill",
    "contribution",
    "contributions",
    "decision",
    "gesture",
];

/// Listeners who are no actor: after "told", "briefed", "informed" they
/// are the addressee, and the actors named next are what was said.
const AUDIENCES: &[&str] = &[
    "reporters",
    "journalists",
    "press",
    "media",
    "parliament",
    "lawmakers",
    "legislators",
    "mps",
    "senators",
    "deputies",
    "chamber",
    "meeting",
    "summit",
    "conference",
    "audience",
    "crowd",
    "crowds",
    "supporters",
    "delegates",
    "students",
    "nation",
    "country",
    "viewers",
    "listeners",
    "broadcaster",
    "television",
    "newspaper",
    "interviewer",
    "forum",
    "assembly",
    "gathering",
    "rally",
    "congress",
];

/// A verdict on someone or their act (criticism, praise, rejection): the
/// relations whose target may be the agent of an act judged.
/// Acts that are scheduled (visits, meetings, hosting, signings): a plan
/// of one with a stated date is kept as `planned`.
fn scheduled(relation: Relation) -> bool {
    matches!(
        relation,
        Relation::Visit | Relation::Meet | Relation::Host | Relation::SignDeal
    )
}

/// Where the clause a "said" reports starts: after "that", when a short
/// adjunct comes first ("said on Tuesday that", "said in a statement
/// that"), else right after the verb.
fn said_clause_start(toks: &[Token], end: usize) -> usize {
    (end..(end + 6).min(toks.len()))
        .find(|&j| lw(toks, j) == "that")
        .filter(|&j| (end..j).all(|x| toks[x].is_word() || lw(toks, x) == ","))
        .map_or(end, |j| j + 1)
}

/// Where the party stands whom a "said" accuses of a wrong of the class
/// `misdeed`: "said Mexico had abused the immunities", "said on Tuesday
/// that Turkey had 'once again' violated Iraq's sovereignty", "says it is
/// 'overwhelmingly likely' that Putin personally ordered the attack". The
/// party must be named first in the reported clause; "not" ends it.
fn reported_misdeed(
    lex: &Lexicon,
    toks: &[Token],
    mentions: &[Mention],
    end: usize,
) -> Option<usize> {
    let mut k = said_clause_start(toks, end);
    // "it is (highly) likely that", "it was clear that".
    if lw(toks, k) == "it" && matches!(lw(toks, k + 1), "is" | "was") {
        if let Some(j) = (k + 2..(k + 7).min(toks.len())).find(|&j| lw(toks, j) == "that") {
            k = j + 1;
        }
    }
    let m = mentions.iter().find(|m| m.start == k && !m.possessive)?;
    // Auxiliaries, adverbs and quotation marks before the wrong: "had
    // 'once again'", "was personally", "had repeatedly".
    for j in m.end..(m.end + 7).min(toks.len()) {
        if lex.misdeed_at(toks, j) {
            return Some(k);
        }
        let t = &toks[j];
        let w = t.lower_str();
        if NEGATORS.has(t)
            || !(AUX.has(t)
                || ADVERBS.has(t)
                || quote_mark(t)
                || w == "once"
                || w == "again"
                || w.ends_with("ly"))
        {
            return None;
        }
    }
    None
}

/// The reporting verbs whose clause is read for a wrong or a verdict, as
/// "say"'s is.
fn said_like(pattern: &str) -> bool {
    matches!(
        pattern,
        "say" | "retort" | "allege" | "argue" | "claim" | "complain"
    )
}

/// Where a verdict reported with "said" opens: the subject of a copular
/// clause that judges a party or its act ("said Lavrov's presence was an
/// insult", "said the decision was unacceptable", "says Russia is a
/// threat"). `None` when the words after "said" are no such clause: a
/// bare "said" reports all manner of things, and only this shape is a
/// verdict on someone.
fn reported_verdict_subject(
    lex: &Lexicon,
    toks: &[Token],
    mentions: &[Mention],
    end: usize,
) -> Option<usize> {
    let k = said_clause_start(toks, end);
    let subject = k;
    // The subject: a party ("Russia", "Lavrov's presence") or a
    // determined act ("the decision", "this move").
    let first = if let Some(m) = mentions.iter().find(|m| m.start == k && !m.place) {
        if m.possessive && lw(toks, m.end) == "'s" {
            m.end + 1
        } else if m.possessive {
            m.end
        } else {
            // "said Russia was a threat": the party itself.
            return copula_then_verdict(lex, toks, m.end).then_some(subject);
        }
    } else if matches!(
        lw(toks, k),
        "the" | "this" | "that" | "these" | "its" | "their"
    ) {
        k + 1
    } else {
        return None;
    };
    // Owned by a party named (or a possessive pronoun), not by "its".
    let owned = mentions.iter().any(|m| m.start == k);
    // Up to two modifiers, then the head noun: an act when no party owns
    // it ("the decision"); any thing a party owns ("Lavrov's presence in
    // Skopje", "Sweden's accession to NATO"), with a short phrase after.
    for head in first..first + 3 {
        let t = toks.get(head)?;
        let kind = act_noun(t.lower_str());
        let copula = copula_after_phrase(toks, head + 1);
        if kind.is_some() || owned && t.is_word() && !t.is_capitalized() && copula.is_some() {
            // A meeting or deal called a success praises no party.
            if matches!(
                kind,
                Some(ActNoun::Meeting | ActNoun::Deal | ActNoun::Visit)
            ) {
                return None;
            }
            return copula_then_verdict(lex, toks, copula?).then_some(subject);
        }
        if !t.is_word() || t.is_capitalized() {
            return None;
        }
    }
    None
}

/// Where the copula stands after a noun's short trailing phrase ("in
/// Skopje", "to NATO", "of the two countries"): at `at` itself or after a
/// preposition and up to four words.
fn copula_after_phrase(toks: &[Token], at: usize) -> Option<usize> {
    let is_copula = |k: usize| {
        matches!(
            lw(toks, k),
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "would"
                | "amounted"
                | "amounts"
                | "constituted"
                | "constitutes"
                | "represented"
                | "represents"
                | "remained"
                | "remains"
        )
    };
    if is_copula(at) {
        return Some(at);
    }
    if !PREPOSITIONS.has(toks.get(at)?) {
        return None;
    }
    (at + 1..(at + 6).min(toks.len()))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| is_copula(k))
}

/// Whether a copula ("was", "is", "had been", "amounted to") starts at
/// `at` and a judging word follows it closely: "was 'an insult'", "is a
/// clear provocation", "had been completely unacceptable".
fn copula_then_verdict(lex: &Lexicon, toks: &[Token], at: usize) -> bool {
    let mut k = at;
    match lw(toks, k) {
        "is" | "was" | "are" | "were" => k += 1,
        "has" | "had" | "have" if lw(toks, k + 1) == "been" => k += 2,
        "would" | "will" if lw(toks, k + 1) == "be" => k += 2,
        "amounted" | "amounts" | "amount" if lw(toks, k + 1) == "to" => k += 2,
        "constituted" | "constitutes" | "represented" | "represents" | "remained" | "remains" => {
            k += 1
        }
        _ => return false,
    }
    // "had been charged with", "was seriously concerned by": a passive
    // or a state of mind, not a verdict on the subject.
    if let Some(first) = (k..(k + 3).min(toks.len())).find(|&x| {
        !matches!(lw(toks, x), "a" | "an" | "the")
            && !ADVERBS.has(&toks[x])
            && !quote_mark(&toks[x])
    }) {
        let w = lw(toks, first);
        if w.ends_with("ed") && lex.verdict(w).is_none() {
            return false;
        }
    }
    // The verdict must come within a few words, before any preposition:
    // "was a clear and flagrant violation of", not "was concerned by the
    // dangerous actions". ("was retaliation for": a reason given.)
    for t in toks.iter().skip(k).take(6) {
        let w = t.lower_str();
        if matches!(
            w,
            "," | "." | ";" | "not" | "no" | "never" | "retaliation" | "response"
        ) || PREPOSITIONS.has(t)
        {
            return false;
        }
        if lex.verdict(w).is_some() {
            return true;
        }
    }
    false
}

/// Where the object starts after a verdict said before it: "condemned
/// as 'reckless' the Israeli strike", "denounced as null and void a
/// memorandum". `at` is the word after the verb; `None` if it is not
/// "as" or no object follows the verdict.
fn fronted_verdict_end(toks: &[Token], at: usize) -> Option<usize> {
    if lw(toks, at) != "as" {
        return None;
    }
    let next = toks.get(at + 1)?;
    let end = if quote_mark(next) {
        // A quotation: the object starts after its closing mark.
        (at + 2..(at + 14).min(toks.len())).find(|&k| quote_mark(&toks[k]))? + 1
    } else {
        // A few lowercase words ("null and void", "deeply regrettable").
        let mut k = at + 1;
        while k < toks.len()
            && k < at + 5
            && toks[k].is_word()
            && !toks[k].is_capitalized()
            && !DETERMINERS.has(&toks[k])
            && !PREPOSITIONS.has(&toks[k])
        {
            k += 1;
        }
        k
    };
    // The object: a determiner or a name, not a clause going on ("as
    // reckless, saying").
    let t = toks.get(end)?;
    (end > at + 1 && (DETERMINERS.has(t) || t.is_capitalized() && t.is_word())).then_some(end)
}

/// The agent of an act named as the object at `at`: "the storming of
/// Mexico's embassy by Ecuadorean police", "the attack on the convoy by
/// Israeli forces". `None` unless the object is a deed of force or a show
/// of it and "by" and an actor end its phrase.
fn act_agent_by(toks: &[Token], mentions: &[Mention], at: usize) -> Option<Vec<usize>> {
    let mut k = at;
    while k < at + 3
        && (DETERMINERS.has_at(toks, k)
            || toks.get(k).is_some_and(|t| {
                t.is_word() && !t.is_capitalized() && act_noun(t.lower_str()).is_none()
            }))
    {
        k += 1;
    }
    if !matches!(act_noun(lw(toks, k)), Some(ActNoun::Force | ActNoun::Show)) {
        return None;
    }
    if !matches!(lw(toks, k + 1), "of" | "on" | "against") {
        return None;
    }
    let by = (k + 2..(k + 12).min(toks.len()))
        .take_while(|&j| !matches!(lw(toks, j), "," | ";" | "." | "and" | "which" | "that"))
        .find(|&j| lw(toks, j) == "by")?;
    mentions_after(toks, mentions, by)
        .next()
        .map(|(_, m)| m)
        .filter(|m| !m.place && !m.actors.is_empty())
        .map(|m| m.actors.clone())
}

/// The mentions that start right after the word at `k`, or after a
/// determiner there ("against Iran", "to the United States"), with their
/// indices, in order.
fn mentions_after<'m>(
    toks: &'m [Token],
    mentions: &'m [Mention],
    k: usize,
) -> impl Iterator<Item = (usize, &'m Mention)> + 'm {
    mentions.iter().enumerate().filter(move |(_, m)| {
        m.start == k + 1 || m.start == k + 2 && DETERMINERS.has_at(toks, k + 1)
    })
}

/// An act named as what a response answers: "joining others in a
/// coordinated response to the nerve-agent attack on": the clause's
/// subject responds to it and did not do it.
fn answered_act(toks: &[Token], at: usize) -> bool {
    let mut k = at;
    while k > 0
        && k + 4 > at
        && (DETERMINERS.has_at(toks, k - 1)
            || toks[k - 1].is_word()
                && !toks[k - 1].is_capitalized()
                && !PREPOSITIONS.has(&toks[k - 1]))
    {
        k -= 1;
    }
    k >= 2
        && matches!(lw(toks, k - 1), "to" | "for" | "over")
        && matches!(
            lw(toks, k - 2),
            "response"
                | "reaction"
                | "retaliation"
                | "reply"
                | "answer"
                | "revenge"
                | "reprisal"
                | "reprisals"
                | "responses"
                | "reactions"
        )
}

fn is_judgement(relation: Relation) -> bool {
    matches!(
        relation,
        Relation::Criticize | Relation::Praise | Relation::Reject
    )
}

/// Proposals a party can turn down: "a condition Kyiv dismissed", "a
/// request the alliance turned down" are aimed at whoever made them.
const PROPOSAL_NOUNS: &[&str] = &[
    "condition",
    "conditions",
    "request",
    "requests",
    "proposal",
    "proposals",
    "offer",
    "plan",
    "idea",
    "suggestion",
    "demand",
    "demands",
    "precondition",
    "preconditions",
];

/// Nouns of intent whose infinitive is the possessor's act: "India's offer
/// to host", "Russia's decision to withdraw".
const INTENT_NOUNS: &[&str] = &[
    "offer",
    "plan",
    "plans",
    "bid",
    "decision",
    "proposal",
    "promise",
    "pledge",
    "refusal",
    "attempt",
    "attempts",
    "effort",
    "efforts",
    "intention",
    "readiness",
    "willingness",
    "move",
    "threat",
    "failure",
];

/// Things one refuses that name a party: an offer, an invitation, a plan.
const REFUSABLE: &[&str] = &[
    "invitation",
    "invitations",
    "offer",
    "offers",
    "proposal",
    "proposals",
    "request",
    "requests",
    "demand",
    "demands",
    "plan",
    "call",
    "calls",
    "appeal",
    "appeals",
    "bid",
    "overture",
    "overtures",
    "initiative",
    "ultimatum",
    "conditions",
    "terms",
    "policy",
    "policies",
    "idea",
    // "refused to sign the final declaration of a CSTO summit": a text
    // refused is its authors'.
    "declaration",
    "communique",
    "communiqué",
    "resolution",
];

/// The party of a refused thing right after a verb of refusal: the first
/// name within the next twelve words, past a word of [`REFUSABLE`] and before
/// the clause ends ("an invitation to join the BRICS bloc", "a proposal
/// from Kyiv").
fn refused_party(
    toks: &[Token],
    mentions: &[Mention],
    end: usize,
    sources: &[usize],
) -> Vec<usize> {
    let mut seen_thing = false;
    for k in end..(end + 12).min(toks.len()) {
        let t = &toks[k];
        if REFUSABLE.contains(&t.lower_str()) {
            seen_thing = true;
            continue;
        }
        if matches!(t.text, "," | ";" | "." | ":") || SUBORDINATORS.contains(&t.lower_str()) {
            break;
        }
        // "calls to arrest the Russian leader": the one to be acted on is
        // not the party; "an invitation to join the bloc" names it.
        if seen_thing
            && t.lower_str() == "to"
            && !matches!(
                lw(toks, k + 1),
                "join" | "attend" | "visit" | "become" | "enter" | "meet" | "talks" | "the"
            )
        {
            break;
        }
        if let Some(m) = mentions.iter().find(|m| m.start == k) {
            if !seen_thing || m.place || matches!(word_before(toks, k), "in" | "at" | "on") {
                break;
            }
            let party = others(&m.actors, sources);
            // "an invitation for his country to join the BRICS bloc": the
            // refuser's own side is who was asked; the party comes after.
            if party.is_empty() && m.kind == MentionKind::Pronoun {
                continue;
            }
            return party;
        }
    }
    Vec::new()
}

/// "X and Y were among the (dozen) countries that condemned": for the verb
/// at `verb`, the position of "were" after the subjects, when the verb is
/// in a relative clause on a group the subjects are said to be among.
fn among_the_ones(toks: &[Token], verb: usize) -> Option<usize> {
    if verb < 4 || !matches!(lw(toks, verb - 1), "that" | "who" | "which") {
        return None;
    }
    let head = verb - 2;
    if !matches!(
        lw(toks, head),
        "countries" | "states" | "nations" | "governments" | "leaders" | "those" | "members"
    ) {
        return None;
    }
    // Up to three words between "among" and the head ("about a dozen").
    let among = (head.saturating_sub(4)..head)
        .rev()
        .find(|&k| lw(toks, k) == "among")?;
    (among >= 1
        && matches!(lw(toks, among - 1), "were" | "was" | "are" | "is")
        && (among + 1..head).all(|k| toks[k].is_word() && !toks[k].is_capitalized()))
    .then(|| among - 1)
}

/// "Kyrgyzstan and Tajikistan fought for three days": two who fought
/// with no one else named fought each other, unless they fought side by
/// side ("fought alongside", "fought together").
/// Nor wars counted ("have fought two wars over Karabakh": a history,
/// where "fought a border war in 2008" is an act), nor a fight helped
/// ("to help Kinshasa fight armed groups").
fn fought_each_other(toks: &[Token], pattern: &str, start: usize, end: usize) -> bool {
    let helped = |w: &str| matches!(w, "to" | "help" | "helped" | "helping" | "helps");
    matches!(pattern, "fight" | "battle")
        && !(helped(word_before(toks, start)) || start >= 2 && helped(lw(toks, start - 2)))
        && !(end..(end + 4).min(toks.len())).any(|k| {
            matches!(
                lw(toks, k),
                "alongside" | "together" | "side" | "jointly" | "shoulder" | "off" | "wars"
            )
        })
}

/// Where the object of a past verb ending at `k` starts, when "and"
/// (perhaps "and then") joins it there to a second past verb that takes
/// the same object: "rammed and boarded Philippine boats". The second
/// verb must be one word with its object right after it, so that "met
/// and spoke to reporters" or "arrived and said" keep their own reach.
fn joined_verb_end(toks: &[Token], k: usize) -> Option<usize> {
    if k == 0 || lw(toks, k) != "and" || !past_form(lw(toks, k - 1)) {
        return None;
    }
    let mut j = k + 1;
    if matches!(lw(toks, j), "then" | "later" | "subsequently" | "also") {
        j += 1;
    }
    let verb = toks.get(j)?;
    let next = toks.get(j + 1)?;
    (verb.is_word()
        && !verb.is_capitalized()
        && past_form(verb.lower_str())
        && !matches!(
            verb.lower_str(),
            "said" | "told" | "added" | "noted" | "stated"
        )
        && next.is_word()
        && !PREPOSITIONS.has(next)
        && !AUX.has(next)
        && !CLAUSE_BREAKS.has(next)
        && next.lower_str() != "to")
        .then_some(j + 1)
}

/// Whether a word is a verb's past form: a regular one, or one of the
/// irregular pasts news reports use most.
fn past_form(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ed")
        || matches!(
            w,
            "said"
                | "told"
                | "met"
                | "held"
                | "made"
                | "spoke"
                | "wrote"
                | "sent"
                | "gave"
                | "began"
                | "took"
                | "went"
                | "came"
                | "flew"
                | "left"
                | "struck"
                | "won"
                | "broke"
                | "drew"
        )
}

/// Whether the noun at `noun` follows "after", "following", "during" or
/// "at" (past up to three modifiers), and before that, in the same clause,
/// a past verb that no auxiliary of the present or a modal governs:
/// "spoke after a three-way meeting", "agreed at talks".
fn past_verb_before_noun(toks: &[Token], noun: usize) -> bool {
    let Some(prep) = (noun.saturating_sub(4)..noun)
        .rev()
        .find(|&k| matches!(lw(toks, k), "after" | "following" | "during" | "at"))
    else {
        return false;
    };
    if !(prep + 1..noun).all(|k| toks[k].is_word() && !toks[k].is_capitalized()) {
        return false;
    }
    for k in (prep.saturating_sub(12)..prep).rev() {
        let t = &toks[k];
        let w = t.lower_str();
        if matches!(w, ";" | ":" | "that" | "which" | "who" | "and" | "but") {
            return false;
        }
        if !t.is_word() || t.is_capitalized() {
            continue;
        }
        if past_form(w) {
            let before = word_before(toks, k);
            return !(DETERMINERS.contains(&before)
                || AUX.contains(&before)
                    && !matches!(before, "was" | "were" | "had" | "has" | "have")
                || MODALS.contains(&before)
                || before == "to");
        }
    }
    false
}

/// The lowercase word before token `i`, or "" at the start.
fn word_before<'t>(toks: &'t [Token], i: usize) -> &'t str {
    if i > 0 {
        lw(toks, i - 1)
    } else {
        ""
    }
}

/// What [`match_rest`] reads besides the pattern, passed down its
/// recursion as one reference instead of five arguments (it runs for every
/// candidate pattern of every trigger word).
#[derive(Clone, Copy)]
struct MatchCtx<'m, 't> {
    toks: &'m [Token<'t>],
    /// Inside an actor name, by token (see [`TriggerScratch::named`]): the
    /// slice itself rather than a closure over it, which was an indirect
    /// call for every word a pattern looked at.
    named: &'m [bool],
    /// Inside a state's name (see [`TriggerScratch::states`]).
    states: &'m [bool],
    ends: &'m [Option<usize>],
    skippable: &'m [bool],
    noun: bool,
}

/// Matches the words after a trigger head. Time phrases and adverbs may
/// stand between the words; a noun's final "with" also matches "between"
/// ("talks between X and Y").
fn match_rest(cx: &MatchCtx, pos: usize, rest: &[PatWord]) -> Option<usize> {
    let Some((first, tail)) = rest.split_first() else {
        return Some(pos);
    };
    let MatchCtx {
        toks,
        named,
        states,
        ends,
        skippable,
        noun,
    } = *cx;
    let in_mention = |i: usize| named.get(i).copied().unwrap_or(false);
    match first {
        PatWord::Word(w) => {
            // Step over a time phrase or a place, unless the word itself
            // is there ("was in Washington").
            let mut p = pos;
            // "recalled its envoy, Sohail Mahmood, from New Delhi": a name
            // set off by commas after the noun is stepped over, when the
            // word comes right after it.
            if lw(toks, pos) == "," && in_mention(pos + 1) {
                let close = (pos + 1..toks.len()).find(|&k| !in_mention(k));
                if let Some(q) = close.filter(|&q| {
                    q <= pos + 6
                        && lw(toks, q) == ","
                        && toks.get(q + 1).is_some_and(|t| same_word(&t.lower, w))
                }) {
                    p = q + 1;
                }
            }
            if toks.get(p).is_none_or(|t| !same_word(&t.lower, w)) {
                // "on" before "Tuesday" goes with it.
                // A closing quotation mark goes with the words it closes
                // ("conveyed 'grave concerns' to").
                let skip = |p: usize| {
                    skippable.get(p).copied().unwrap_or(false)
                        || PREPOSITIONS.has_at(toks, p)
                            && skippable.get(p + 1).copied().unwrap_or(false)
                        || p == pos && p > 0 && toks.get(p).is_some_and(quote_mark)
                };
                // (Past a closing mark or a time phrase, the word itself
                // stops the skipping: 'expressed "grave concern" over
                // Nicaragua's decision' and "arrived on Sunday in Yangon"
                // do not step over a place "over Nicaragua", "in Yangon".
                // Past an adverb it does not: "was also in New York" is
                // no visit.)
                while skip(p) && p < pos + 10 {
                    p += 1;
                    if toks.get(p).is_some_and(|t| same_word(&t.lower, w))
                        && !ADVERBS.has_at(toks, p - 1)
                    {
                        break;
                    }
                }
                // "tariffs of up to 218% on": a measure's rate.
                if p > 0 {
                    if let Some(e) = rate_phrase_end(toks, p) {
                        p = e;
                    }
                }
            }
            let t = toks.get(p)?;
            let last_with = noun
                && tail.is_empty()
                && w == "with"
                && matches!(t.lower_str(), "between" | "among");
            // "counter-tariffs" is a kind of "tariffs". Worked out only when
            // the plain comparison fails (most words fail both).
            let lower = t.lower_str();
            let compound = || {
                lower.len() > w.len() + 1
                    && lower.ends_with(w.as_str())
                    && lower.as_bytes()[lower.len() - w.len() - 1] == b'-'
            };
            if same_word(&t.lower, w)
                || compound()
                || last_with
                || (w.len() > 3 && same_but_plural(lower, w))
            {
                match_rest(cx, p + 1, tail)
            } else {
                None
            }
        }
        PatWord::Gap => {
            // Up to five words of modifiers; a time phrase or an amount
            // stepped over costs none ("pledged on Thursday an additional
            // $300 million in financial support to").
            let mut free = 0;
            let mut skip = 0;
            while skip <= 5 + free.min(7) {
                if skip > 0 {
                    let k = pos + skip - 1;
                    let t = toks.get(k)?;
                    let w = t.lower_str();
                    // A gap is a few modifiers ("a state", "an official"),
                    // never another clause's verb or preposition.
                    // A time phrase may sit in a gap ("gave X until
                    // Friday to leave").
                    let timeish = |x: usize| skippable.get(x).copied().unwrap_or(false);
                    // A possessor names whose thing it is ("recalled
                    // Israel's ambassador to Norway"); a list of
                    // modifiers has commas ("cut diplomatic, trade and
                    // transport links with").
                    let possessor = |x: usize| {
                        matches!(lw(toks, x), "'s" | "'")
                            || toks
                                .get(x + 1)
                                .is_some_and(|n| matches!(n.lower_str(), "'s" | "'"))
                    };
                    // "held four hours of talks", "a new round of
                    // sanctions on": "of" after a measure of the act.
                    // (And "two C-130s of relief goods": aircraft by their
                    // type, a plural with digits.)
                    let measure_of = w == "of"
                        && k > 0
                        && (MEASURE_NOUNS.contains(&lw(toks, k - 1)) || {
                            let m = lw(toks, k - 1);
                            m.ends_with('s') && m.bytes().any(|b| b.is_ascii_digit())
                        })
                        && !in_mention(k + 1);
                    // ("approved a three-year, $3 billion loan for": an
                    // amount after the comma.)
                    let list_comma = w == ","
                        && skip > 1
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| n.is_word() || amount_word(n))
                        && !in_mention(k + 1);
                    // "declared two employees of the French embassy":
                    // the people of a mission named after "of".
                    let staff_of = w == "of"
                        && k > 0
                        && matches!(
                            lw(toks, k - 1),
                            "employees"
                                | "members"
                                | "staff"
                                | "officials"
                                | "officers"
                                | "diplomats"
                        )
                        && (in_mention(k + 1)
                            || DETERMINERS.has_at(toks, k + 1) && in_mention(k + 2));
                    // "pledged $50 million in aid to": an amount, and the
                    // "in" after it.
                    let amount = |x: usize| toks.get(x).is_some_and(amount_word);
                    let in_after_amount = w == "in" && k > 0 && amount(k - 1);
                    // "flew in several hundred more troops to", "sent in
                    // 200 police": the verb's particle, before a count.
                    let particle_in = w == "in"
                        && skip == 1
                        && !in_mention(k + 1)
                        && (amount(k + 1)
                            || NUMBER_WORDS.has_at(toks, k + 1)
                            || matches!(
                                lw(toks, k + 1),
                                "several"
                                    | "more"
                                    | "additional"
                                    | "extra"
                                    | "further"
                                    | "hundreds"
                                    | "thousands"
                                    | "dozens"
                            ));

                    // "tariffs of more than 80% on": a bound on an amount.
                    // ("sending about 200 soldiers to": an approximate one.)
                    let bound = (w == "than"
                        || w == "to" && k > 0 && lw(toks, k - 1) == "up"
                        || matches!(
                            w,
                            "about" | "around" | "over" | "nearly" | "roughly" | "almost"
                        ))
                        && (amount(k + 1) || NUMBER_WORDS.has_at(toks, k + 1));
                    // A plural possessor's apostrophe: "closed its members'
                    // borders with".
                    let plural_possessive = matches!(t.text, "'" | "\u{2019}")
                        && k > 0
                        && toks
                            .get(k - 1)
                            .is_some_and(|p| p.is_word() && p.lower_str().ends_with('s'));
                    // A common noun's: "lift the country's veto on".
                    // ("recalled Israel's ambassadors to": a named
                    // possessor's apostrophe, after the mention.)
                    let noun_possessive = w == "'s"
                        && skip > 1
                        && toks.get(k - 1).is_some_and(|p| {
                            p.is_word() && (!p.is_capitalized() || in_mention(k - 1))
                        });
                    // A state's name as a modifier: "froze US aid to".
                    let name_modifier = |x: usize| {
                        states.get(x).copied().unwrap_or(false)
                            && (x == pos || !in_mention(x - 1))
                            && !in_mention(x + 1)
                            && toks.get(x + 1).is_some_and(|n| {
                                n.is_word()
                                    && !n.is_capitalized()
                                    && !PREPOSITIONS.has(n)
                                    && !AUX.has(n)
                                    && !CLAUSE_BREAKS.has(n)
                            })
                    };
                    if (timeish(k) || PREPOSITIONS.has(t) && timeish(k + 1)) && !in_mention(k)
                        || in_mention(k) && possessor(k)
                        || in_mention(k) && name_modifier(k)
                        || list_comma
                        || measure_of
                        || staff_of
                        || amount(k) && !in_mention(k)
                        || in_after_amount
                        || particle_in
                        || bound
                        || plural_possessive
                        || noun_possessive
                    {
                        // stepped over below
                        if (timeish(k) || amount(k) || in_after_amount) && !in_mention(k) {
                            free += 1;
                        }
                    } else if !t.is_word()
                        && t.text != "-"
                        // "imposed 'crippling' sanctions on": quotation
                        // marks around a modifier.
                        && !quote_mark(t)
                        || in_mention(k)
                        || (CLAUSE_BREAKS.has(t) && w != "and")
                        || PREPOSITIONS.has(t)
                        || AUX.has(t)
                        || NEGATORS.has(t)
                        // "had postponed a meeting with": after "had", a
                        // participle is the verb, not a modifier.
                        || (skip == 1
                            && k > 0
                            && AUX.has(&toks[k - 1])
                            && w.len() > 4
                            && w.ends_with("ed"))
                    {
                        return None;
                    }
                }
                if let Some(e) = match_rest(cx, pos + skip, tail) {
                    return Some(e);
                }
                skip += 1;
            }
            None
        }
        PatWord::Slot => {
            // One mention, perhaps closed by the comma of an appositive
            // ("the Mexican ambassador, Raquel Serur, persona non grata").
            let end = (*ends.get(pos)?)?;
            let next = if lw(toks, end) == "," { end + 1 } else { end };
            match_rest(cx, next, tail).or_else(|| {
                // "ordered 45 Russian diplomats and embassy staff to
                // leave": more of the same people after "and".
                if lw(toks, end) != "and" {
                    return None;
                }
                (end + 2..(end + 4).min(toks.len()))
                    .filter(|&k| {
                        (end + 1..k).all(|x| {
                            toks[x].is_word()
                                && !toks[x].is_capitalized()
                                && !PREPOSITIONS.has(&toks[x])
                                && !AUX.has(&toks[x])
                                && !in_mention(x)
                        })
                    })
                    .find_map(|k| match_rest(cx, k, tail))
            })
        }
    }
}

/// Whether the infinitive after a pledge (at `at`) grows a bond: "to
/// deepen a partnership", "to strengthen their ties", pledged by a pair
/// to each other.
fn pledged_to_each_other(toks: &[Token], at: usize) -> bool {
    let grow = matches!(
        lw(toks, at),
        "deepen"
            | "strengthen"
            | "expand"
            | "boost"
            | "enhance"
            | "broaden"
            | "develop"
            | "promote"
            | "advance"
            | "upgrade"
            | "intensify"
            | "bolster"
            | "build"
    );
    grow && (at + 1..(at + 6).min(toks.len()))
        .take_while(|&k| toks[k].is_word() && !matches!(lw(toks, k), "with" | "and" | "to"))
        .any(|k| {
            matches!(
                lw(toks, k),
                "partnership"
                    | "ties"
                    | "relations"
                    | "relationship"
                    | "cooperation"
                    | "co-operation"
                    | "coordination"
                    | "friendship"
                    | "links"
                    | "alliance"
                    | "trade"
            )
        })
}

/// Goods named in the clause before `limit` ("relief supplies", "a
/// Patriot system"), and the states they came from ("from China and
/// India", with `by_too` also "supplied by Germany"): those states, or none.
fn goods_givers(toks: &[Token], mentions: &[Mention], limit: usize, by_too: bool) -> Vec<usize> {
    let from = (0..limit)
        .rev()
        .take_while(|&k| !matches!(lw(toks, k), ";" | ":" | "that" | "which" | "who"))
        .last()
        .unwrap_or(limit);
    if !toks[from..limit]
        .iter()
        .any(|t| DELIVERED_GOODS.contains(&t.lower_str()))
    {
        return Vec::new();
    }
    let giver = mentions.iter().position(|m| {
        m.start > from
            && m.end <= limit
            && !m.place
            && (lw(toks, m.start - 1) == "from"
                || by_too
                    && lw(toks, m.start - 1) == "by"
                    && m.start >= 2
                    && lw(toks, m.start - 2).ends_with("ed"))
    });
    match giver {
        Some(mi) => coordinated_right(toks, mentions, mi, &mut FastSet::default()),
        None => Vec::new(),
    }
}

/// Where the words told to start after a telling verb ending at `end`:
/// past a time phrase ("told on Monday") and a determiner.
fn told_start(toks: &[Token], times: &[time::TimeExpr], end: usize) -> usize {
    let mut k = end;
    if let Some(t) = times.iter().find(|t| t.start == k || t.start == k + 1) {
        k = t.end;
    }
    if DETERMINERS.has_at(toks, k) {
        k += 1;
    }
    k
}

/// Words that say what kind of gathering was told: "an emergency meeting".
const GATHERING_KINDS: &[&str] = &["emergency", "special", "closed", "extraordinary"];

/// "told an emergency meeting of the U.N. Security Council that ...": the
/// body whose gathering was told, after a telling verb ending at `end`
/// (a time, a determiner and a word like "emergency" may come between),
/// other than the speakers.
fn body_addressed(
    toks: &[Token],
    mentions: &[Mention],
    times: &[time::TimeExpr],
    end: usize,
    speakers: &[usize],
) -> Option<Vec<usize>> {
    let mut k = told_start(toks, times, end);
    if GATHERING_KINDS.contains(&lw(toks, k)) {
        k += 1;
    }
    if !matches!(
        lw(toks, k),
        "meeting" | "summit" | "conference" | "assembly" | "gathering" | "forum"
    ) || lw(toks, k + 1) != "of"
    {
        return None;
    }
    let m = mentions.iter().find(|m| {
        !m.place && (m.start == k + 2 || m.start == k + 3 && DETERMINERS.has_at(toks, k + 2))
    })?;
    Some(others(&m.actors, speakers)).filter(|a| !a.is_empty())
}

/// Whether two words are the same but for final "s"es, as
/// `a.trim_end_matches('s') == b.trim_end_matches('s')`. Asked of nearly
/// every pattern word that is not the token: the first bytes rule most
/// pairs out, and the rest are compared as bytes ('s' is one byte in
/// UTF-8), without the generic pattern search.
fn same_but_plural(a: &str, b: &str) -> bool {
    fn stem(w: &[u8]) -> &[u8] {
        let mut n = w.len();
        while n > 0 && w[n - 1] == b's' {
            n -= 1;
        }
        &w[..n]
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    match (a.first(), b.first()) {
        // Equal stems start alike, or are both empty (words of "s"es).
        (Some(x), Some(y)) if x != y => false,
        _ => stem(a) == stem(b),
    }
}

/// Whether the word at `i` reads as a noun (after a determiner, a
/// possessive, a modifier or a preposition) rather than a verb.
fn noun_context(toks: &[Token], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let p = &toks[i - 1];
    let w = p.lower_str();
    if DETERMINERS.has(p) || w == "'s" || w == "'" || PREPOSITIONS.has(p) && w != "to" {
        return true;
    }
    if w.chars().next().is_some_and(|c| c.is_ascii_digit()) || w.contains('-') {
        return true;
    }
    if matches!(
        w,
        "state"
            | "official"
            | "working"
            | "historic"
            | "first"
            | "rare"
            | "surprise"
            | "brief"
            | "landmark"
            | "planned"
            | "recent"
            | "latest"
            | "bilateral"
            | "direct"
            | "peace"
            | "new"
            | "further"
            | "formal"
            | "joint"
            | "fresh"
            | "trade"
            | "security"
            | "high"
            | "private"
            | "secret"
            | "two"
            | "three"
            | "lengthy"
            | "marathon"
            | "unannounced"
            | "unscheduled"
            | "lightning"
            | "whirlwind"
            | "separate"
            | "crucial"
            | "key"
            | "major"
            | "tense"
            | "diplomatic"
            | "military"
            | "phone"
            | "telephone"
            | "video"
            | "summit"
            | "emergency"
            | "ceasefire"
            | "much"
            | "many"
            | "more"
            | "tougher"
            | "tough"
            | "economic"
            | "western"
            | "international"
    ) {
        return true;
    }
    // A capitalised adjective of a country ("a Chinese visit").
    if p.is_capitalized() && i >= 2 && DETERMINERS.has(&toks[i - 2]) {
        return true;
    }
    false
}

/// A name used as a modifier of an event noun ("the Belgrade stop", "the
/// Kyiv talks"): the noun, not the name, is the phrase's head.
fn modifies_event_noun(toks: &[Token], m: &Mention) -> bool {
    // After a determiner (in the mention or before it): "which saw Mr Xi
    // visit Moscow" has a verb.
    (DETERMINERS.has(&toks[m.start]) || m.start > 0 && DETERMINERS.has(&toks[m.start - 1]))
        && toks.get(m.end).is_some_and(|t| {
            t.is_word()
            && !t.is_capitalized()
            // ("the BRICS group meeting in Johannesburg": a participle.)
            && !t.lower_str().ends_with("ing")
            && (matches!(
                act_noun(t.lower_str()),
                Some(ActNoun::Visit | ActNoun::Meeting | ActNoun::Deal)
            ) || matches!(
                t.lower_str(),
                "stop" | "leg" | "process" | "format" | "round"
            ))
        })
}

fn first_token(mentions: &[Mention], mi: usize) -> usize {
    mentions[mi].start
}

fn preceded_by_prep(toks: &[Token], m: &Mention) -> bool {
    if m.start == 0 {
        return false;
    }
    let pt = &toks[m.start - 1];
    let p = pt.lower_str();
    // "Thousands of protesters": a quantity, not a prepositional phrase.
    // ("A team of Turkish investigators": a body made of them.)
    if p == "of"
        && m.start >= 2
        && (QUANTITY_WORDS.has(&toks[m.start - 2])
            || matches!(
                toks[m.start - 2].lower_str(),
                "team" | "group" | "contingent" | "unit" | "squad" | "crowd" | "convoy" | "column"
            ))
    {
        return false;
    }
    PREPOSITIONS.has(pt)
}

/// Whether mention `m` is the object of the verb right before it ("had
/// granted Pakistan", "angered the Serbian government"): a lowercase past
/// form, past at most an article or possessive, that is no reporting verb
/// and no noun after a determiner.
fn verb_object(toks: &[Token], m: &Mention) -> bool {
    let mut k = m.start;
    if k > 0
        && matches!(
            lw(toks, k - 1),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        )
    {
        k -= 1;
    }
    if k == 0 {
        return false;
    }
    let t = &toks[k - 1];
    let w = t.lower_str();
    t.is_word()
        && !t.is_capitalized()
        && past_form(w)
        && !REPORTING_VERBS.has_at(toks, k - 1)
        && !DETERMINERS.contains(&word_before(toks, k - 1))
}

/// The mention at `mi` and those joined to it on the left by "and" / ",".
/// A list joins with "," only if it ends with "and" ("A, B and C"), so the
/// last gap of a chain must be "and" and the others commas.
fn coordinated_left(toks: &[Token], mentions: &[Mention], mi: usize) -> Vec<usize> {
    // "France, Germany, Britain and a dozen other Western countries": the
    // unnamed rest, summed up by a description, ends a list of names; the
    // names are the ones who act.
    if mi > 0 {
        let prev = &mentions[mi - 1];
        let mut buf = [""; GAP_WORDS];
        let gap = gap_words(toks, prev.end, mentions[mi].start, &mut buf);
        if gap.len() >= 2
            && gap[0] == "and"
            && gap.last() == Some(&"other")
            && prev.kind == MentionKind::Name
            && !prev.possessive
        {
            let mut out = prev.actors.clone();
            let mut cur = mi - 1;
            while cur > 0 {
                let (p, m) = (&mentions[cur - 1], &mentions[cur]);
                if m.start != p.end + 1 || lw(toks, p.end) != "," || p.possessive || p.place {
                    break;
                }
                for &a in p.actors.iter().rev() {
                    if !out.contains(&a) {
                        out.insert(0, a);
                    }
                }
                cur -= 1;
            }
            return out;
        }
    }
    let mut out: Vec<usize> = mentions[mi].actors.clone();
    // "..., Sheikh Mohamed, and the two sides signed": a plural that sums
    // up others is no member of a list.
    if out.len() >= 2 && mentions[mi].kind != MentionKind::Name {
        return out;
    }
    let mut cur = mi;
    let mut first = true;
    let mut inner_used = false;
    // "Saudi Arabia, Russia and the other members sealed the deal": the
    // list's "and" comes after its last name, before the rest unnamed.
    let e = mentions[mi].end;
    let open_tail = lw(toks, e) == "and"
        && matches!(
            lw(toks, e + 1),
            "the" | "other" | "its" | "their" | "several" | "some"
        )
        && (e + 1..(e + 4).min(toks.len())).any(|k| {
            matches!(
                lw(toks, k),
                "other" | "others" | "members" | "partners" | "allies" | "countries" | "states"
            )
        });
    while cur > 0 {
        let m = &mentions[cur];
        let prev = &mentions[cur - 1];
        let mut buf = [""; GAP_WORDS];
        let gap = gap_words(toks, prev.end, m.start, &mut buf);
        // ("Sudan's army and the paramilitary RSF": a state's armed body,
        // then the other party.)
        let body_and = prev.possessive
            && gap.len() >= 3
            && gap.len() <= 5
            && matches!(
                gap[1],
                "army" | "military" | "forces" | "government" | "police" | "navy"
            )
            && gap[2] == "and"
            && gap[3..].iter().enumerate().all(|(j, w)| {
                j == 0 && *w == "the"
                    || toks[prev.end + 3 + j].is_word() && !toks[prev.end + 3 + j].is_capitalized()
            });
        let and = body_and
            || matches!(
                gap,
                ["and"]
                    | [",", "and"]
                    | ["as", "well", "as"]
                    | ["&"]
                    | ["and", "his"]
                    | ["and", "her"]
            )
            // "The European Union and the South American Mercosur bloc":
            // a region's name before the next member.
            || lw(toks, prev.end) == "and"
                && (2..=4).contains(&(m.start - prev.end))
                && (prev.end + 1..m.start)
                    .all(|k| lw(toks, k) == "the" || toks[k].is_word() && toks[k].is_capitalized())
            // "Sierra Leone's government and the main opposition All
            // People's Congress signed": a party's name after words that
            // say what it is.
            || described_after_and(toks, prev.end, m);
        // ("... violence against Sikh separatists, and New Delhi
        // retaliated": after ", and" a new clause with its own subject,
        // unless a list of three or more runs on before it.)
        let and = and
            && !(gap == [",", "and"]
                && prev.start > 0
                && !(lw(toks, prev.start - 1) == ","
                    && cur >= 2
                    && mentions[cur - 2].end + 1 == prev.start)
                && !matches!(lw(toks, prev.start - 1), ":" | ";" | "-" | "—" | "both"));
        let comma = gap == [","];
        // ("At a summit in Madrid, Turkey, Sweden and Finland signed": a
        // place after a preposition opens no list.)
        let located = prev.start > 0
            && matches!(
                lw(toks, prev.start - 1),
                "in" | "at"
                    | "on"
                    | "near"
                    | "during"
                    | "after"
                    | "before"
                    | "from"
                    | "to"
                    | "into"
            )
            && !envoys_of(toks, prev.start)
            // ("a day after Isaias and Abiy signed": "after" opens a clause
            // whose subject the list is, when a verb follows it.)
            && !(matches!(lw(toks, prev.start - 1), "after" | "before")
                && verb_follows(toks, mentions[mi].end));
        // ("the presidents of Poland, Lithuania, Estonia and Ukraine and
        // the prime minister of Latvia": a list of names inside the list,
        // whose own "and" comes after a comma-led run.)
        let inner_and = and
            && !first
            && !inner_used
            && gap == ["and"]
            && prev.start > 1
            && lw(toks, prev.start - 1) == ","
            && cur >= 2
            && mentions[cur - 2].end + 1 == prev.start;
        if !(and && first || inner_and || comma && (!first || open_tail)) || prev.place || located {
            break;
        }
        inner_used |= inner_and;
        for &a in &prev.actors {
            if !out.contains(&a) {
                out.insert(0, a);
            }
        }
        first = false;
        cur -= 1;
    }
    out
}

/// Whether the word at `k` may be a verb of the clause: a lowercase word
/// that is no preposition, determiner, conjunction or possessive.
fn verb_follows(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.is_word()
            && !t.is_capitalized()
            && !PREPOSITIONS.has(t)
            && !DETERMINERS.has(t)
            && !CLAUSE_BREAKS.has(t)
            && !matches!(t.lower_str(), "and" | "or" | "'s")
    })
}

/// "Officials from both sides held talks", "troops from the SADC
/// deployed", "representatives of Sudan's army and the RSF signed": a
/// mention at `at` after people "from" or "of" it names whom they act for.
fn envoys_of(toks: &[Token], at: usize) -> bool {
    at >= 2
        && matches!(lw(toks, at - 1), "from" | "of")
        && matches!(
            lw(toks, at - 2),
            "officials"
                | "representatives"
                | "delegations"
                | "delegation"
                | "delegates"
                | "envoys"
                | "diplomats"
                | "negotiators"
                | "troops"
                | "soldiers"
                | "forces"
                | "contingents"
                | "contingent"
                // "Members of the European Parliament accused the
                // Commission": a body's members act for it.
                | "members"
                | "lawmakers"
                | "legislators"
                | "deputies"
                // "the government of Prime Minister X expelled": whose
                // government acts.
                | "government"
                | "administration"
                | "cabinet"
                | "regime"
                | "authorities"
                | "leadership"
        )
        // ("accompanied by a delegation from Oman": the whole noun phrase
        // is the object of a preposition, and acts for no one here.)
        && {
            let mut k = at - 2;
            while k > 0 && (DETERMINERS.has_at(toks, k - 1) || lw(toks, k - 1) == "senior") {
                k -= 1;
            }
            k == 0 || !PREPOSITIONS.has_at(toks, k - 1)
        }
}

/// Whether the mention `mi`, or the list it opens ("the ambassadors of the
/// United States, France and Germany"), names the actor `a`.
fn names_in_list(toks: &[Token], mentions: &[Mention], mi: usize, a: usize) -> bool {
    mentions[mi].actors.contains(&a)
        || coordinated_right(toks, mentions, mi, &mut FastSet::default()).contains(&a)
}

/// Whether the token at `k` is a lowercase word that heads a verb wording
/// in its base form ("help impound", "his speech to call"): a verb, not a
/// noun after "to".
fn base_verb_at(lex: &Lexicon, toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.is_word()
            && !t.is_capitalized()
            && lex
                .triggers_of_token(t)
                .is_some_and(|cs| cs.iter().any(|c| c.head == HeadForm::Base))
    })
}

/// Whether "each other" or "one another" follows `from` in its clause.
fn reciprocal_after(toks: &[Token], from: usize) -> bool {
    // "each side accusing the other": after "each", "the other" is the
    // other of the pair.
    if (lw(toks, from), lw(toks, from + 1)) == ("the", "other")
        && (0..from).any(|k| lw(toks, k) == "each")
    {
        return true;
    }
    (from..(from + 14).min(toks.len()))
        .take_while(|&k| !matches!(lw(toks, k), ";" | "." | ":"))
        .any(|k| {
            // ("respect each other's sovereignty" owns, and acts on no one.)
            matches!(
                (lw(toks, k), lw(toks, k + 1)),
                ("each", "other") | ("one", "another")
            ) && !matches!(lw(toks, k + 2), "'s" | "'")
        })
}

/// "Security forces loyal to President Salva Kiir arrested Machar": armed
/// men loyal to someone act for them.
fn forces_loyal_to(toks: &[Token], at: usize) -> bool {
    at >= 3
        && lw(toks, at - 1) == "to"
        && matches!(lw(toks, at - 2), "loyal" | "answerable")
        && matches!(
            lw(toks, at - 3),
            "forces"
                | "troops"
                | "soldiers"
                | "fighters"
                | "militias"
                | "militia"
                | "militiamen"
                | "units"
                | "guards"
                | "gunmen"
                | "police"
        )
}

/// The person a chain of titles after `end` ends in, when its first
/// title was read as one of `sources` ("General Secretary of the Communist
/// Party of China and President of the People's Republic of China Xi
/// Jinping"): the next mention, reached through capitalised words, "of",
/// "the", "'s" and "and" only.
fn title_chain_name(
    toks: &[Token],
    mentions: &[Mention],
    end: usize,
    sources: &[usize],
) -> Option<Vec<usize>> {
    let first = mentions.iter().position(|m| m.start >= end)?;
    let m = &mentions[first];
    // The chain starts with the subject's own title read as theirs, or with
    // a capitalised title word no mention took ("Prime Cabinet Secretary").
    let end = if lw(toks, end) == "the" { end + 1 } else { end };
    let (mut at, rest) = if m.start == end
        && m.kind == MentionKind::Description
        && m.actors.iter().all(|a| sources.contains(a))
    {
        (m.end, first + 1)
    } else if m.start > end
        && toks
            .get(end)
            .is_some_and(|t| t.is_word() && t.is_capitalized())
        // (An office, not a body: "the National Electoral Council".)
        && (end..m.start).any(|k| {
            matches!(
                lw(toks, k),
                "minister"
                    | "secretary"
                    | "president"
                    | "premier"
                    | "chancellor"
                    | "ambassador"
                    | "envoy"
                    | "commissioner"
                    | "governor"
                    | "speaker"
                    | "representative"
            )
        })
    {
        (end, first)
    } else {
        return None;
    };
    for next in &mentions[rest..] {
        let linked = (at..next.start).all(|k| {
            let t = &toks[k];
            matches!(t.lower_str(), "of" | "the" | "'s" | "and" | "for" | "&")
                || t.is_word() && t.is_capitalized()
        });
        if !linked || next.start > at + 12 {
            return None;
        }
        // (A state after "of" qualifies a title: "of China" is not whom.)
        if next.kind == MentionKind::Name
            && lw(toks, next.start.wrapping_sub(1)) != "of"
            && !next.actors.iter().any(|a| sources.contains(a))
        {
            return Some(next.actors.clone());
        }
        at = next.end;
    }
    None
}

/// A mention after a preposition that is the subject all the same: people
/// "from" a state ([`envoys_of`]), the leader of a group that acts
/// ([`leader_of_subject`]), and the subject of an absolute construction
/// ("..., with Trump playing host to Netanyahu").
fn subject_in_phrase(toks: &[Token], m: &Mention, limit: usize) -> bool {
    envoys_of(toks, m.start)
        || forces_loyal_to(toks, m.start)
        || leader_of_subject(toks, m, limit)
        || lw(toks, m.start - 1) == "with" && m.end == limit && lw(toks, limit).ends_with("ing")
        // "Ethiopia and the breakaway region of Somaliland signed": in a
        // list, the land named after "of" is the land the phrase is about.
        || m.start >= 4
            && (m.start.saturating_sub(6)..m.start - 2).any(|k| lw(toks, k) == "and")
            && land_of(toks, m.start - 1)
            && (DETERMINERS.has_at(toks, m.start - 3)
                || toks[m.start - 3].is_word() && !toks[m.start - 3].is_capitalized())
            && m.end == limit
}

/// "A delegation of African leaders led by Ramaphosa implored Putin": the
/// one who leads the group that acts, named right before the verb, acts
/// with it.
fn leader_of_subject(toks: &[Token], m: &Mention, limit: usize) -> bool {
    m.start >= 2
        && lw(toks, m.start - 1) == "by"
        && matches!(
            lw(toks, m.start - 2),
            "led" | "headed" | "chaired" | "fronted" | "spearheaded"
        )
        && (m.end..limit).all(|k| ADVERBS.has(&toks[k]))
}

/// How many words between two mentions [`gap_words`] keeps.
const GAP_WORDS: usize = 6;

/// The lowercase words from `from` to `to` (the gap between two mentions of
/// a list), in `buf`: all of them when there are at most [`GAP_WORDS`],
/// else the first [`GAP_WORDS`]. The list rules ask only for gaps of up to
/// five words, a gap's first word, and whether it is longer than five, so a
/// longer gap cut there answers them all alike; and a vector collected for
/// every pair of neighbouring mentions was one allocation in fourteen of
/// extraction.
fn gap_words<'t, 'b>(
    toks: &'t [Token],
    from: usize,
    to: usize,
    buf: &'b mut [&'t str; GAP_WORDS],
) -> &'b [&'t str] {
    let mut n = 0;
    for (slot, k) in buf.iter_mut().zip(from..to) {
        *slot = lw(toks, k);
        n += 1;
    }
    &buf[..n]
}

/// Actors named after ", alongside", ", along with" or ", together with"
/// ending the sentence whose verb ends at `from`: they share its act. Only
/// after the clause's first comma, which sets the phrase apart from the
/// object ("met Xi alongside his ministers" is no one's act).
fn co_agents(
    toks: &[Token],
    mentions: &[Mention],
    from: usize,
    claimed: &mut FastSet<usize>,
) -> Vec<usize> {
    let mut k = from;
    while k < toks.len() {
        let w = lw(toks, k);
        if matches!(
            w,
            ";" | "." | "but" | "while" | "which" | "who" | "after" | "before"
        ) {
            return Vec::new();
        }
        if w == "," {
            let next = lw(toks, k + 1);
            let at = match next {
                "alongside" => k + 2,
                "along" | "together" if lw(toks, k + 2) == "with" => k + 3,
                // Past another comma the clause has gone on to something
                // else.
                _ => return Vec::new(),
            };
            let Some(mi) = mentions.iter().position(|m| m.start == at && !m.place) else {
                return Vec::new();
            };
            // The phrase ends the clause: a verb after it would be its own.
            // (A comment set off by a comma may follow: "alongside Spain and
            // Ireland, in a move Israel called a reward for terrorism".)
            let list = coordinated_right(toks, mentions, mi, claimed);
            let last = mentions
                .iter()
                .filter(|m| m.start >= at && m.actors.iter().any(|a| list.contains(a)))
                .map(|m| m.end)
                .max()
                .unwrap_or(at);
            let comment_after = lw(toks, last) == ","
                && (matches!(lw(toks, last + 1), "in" | "a" | "as")
                    || lw(toks, last + 1).ends_with("ing"));
            return if matches!(lw(toks, last), "." | ";" | "") || comment_after {
                list
            } else {
                Vec::new()
            };
        }
        k += 1;
    }
    Vec::new()
}

/// The mention at `mi` and those joined to it on the right.
fn coordinated_right(
    toks: &[Token],
    mentions: &[Mention],
    mi: usize,
    claimed: &mut FastSet<usize>,
) -> Vec<usize> {
    let mut out: Vec<usize> = mentions[mi].actors.clone();
    let mut pending: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut cur = mi;
    while cur + 1 < mentions.len() {
        let m = &mentions[cur];
        let next = &mentions[cur + 1];
        let mut buf = [""; GAP_WORDS];
        let gap = gap_words(toks, m.end, next.start, &mut buf);
        // "Prime Minister Narendra Modi of India, and ...": the country
        // after "of" says whose minister; the list goes on after it.
        // (So does the same person's role in apposition: "Hun Manet, Prime
        // Minister of the Kingdom of Cambodia, and ...".)
        if gap == ["of"] && !m.place
            || gap == [","] && next.actors == m.actors && next.kind != MentionKind::Name
        {
            cur += 1;
            continue;
        }
        // "held talks with William Ruto in Nairobi, Cyril Ramaphosa in
        // Pretoria and Paul Kagame in Kigali": each name with its place;
        // the place is no item of the list.
        if matches!(gap, ["in"] | ["at"]) && cur + 3 < mentions.len() {
            let (after, then) = (&mentions[cur + 2], &mentions[cur + 3]);
            let mut b2 = [""; GAP_WORDS];
            let mut b3 = [""; GAP_WORDS];
            let joined = matches!(
                gap_words(toks, next.end, after.start, &mut b2),
                [","] | ["and"] | [",", "and"]
            );
            if joined
                && matches!(
                    gap_words(toks, after.end, then.start, &mut b3),
                    ["in"] | ["at"]
                )
            {
                cur += 1;
                continue;
            }
        }
        // "visited Fiji on Thursday and Tonga on Friday": each item with
        // its own day; the day is no item of the list.
        let dayish = |w: &str| {
            time::is_weekday_name(w)
                || time::month_named(w).is_some()
                || w.bytes().all(|b| b.is_ascii_digit())
        };
        let gapped = gap.len() >= 3
            && matches!(gap[0], "on" | "in")
            && gap.last() == Some(&"and")
            && gap[1..gap.len() - 1]
                .iter()
                .all(|w| dayish(w) || matches!(*w, "," | "."))
            && dayish(gap[1])
            && !m.possessive
            && !next.possessive
            && toks
                .get(next.end)
                .is_none_or(|t| matches!(t.lower_str(), "on" | "in" | "." | "," | ";"));
        // "the Sudanese army and the paramilitary Rapid Support Forces".
        let and = gapped
            || described_after_and(toks, m.end, next)
            || matches!(
                gap,
                ["and"]
                    | [",", "and"]
                    | ["as", "well", "as"]
                    | ["&"]
                    | ["and", "the"]
                    | ["and", "his" | "her", "excellency"]
                    | [",", "and", "his" | "her", "excellency"]
                    | ["or"]
                    | [",", "or"]
            );
        // "spoke with Putin and later with Mirziyoyev", "held talks with
        // Jaishankar, and separately with Wong": the wording's preposition
        // said again after "and" goes on with its list.
        let prep = mentions[mi].start.checked_sub(1).map(|k| lw(toks, k));
        let and = and
            || matches!(prep, Some("with" | "to" | "against")) && gap.last().copied() == prep && {
                let inner = &gap[..gap.len() - 1];
                let inner = inner.strip_prefix(&[","]).unwrap_or(inner);
                // ("and, separately, with Retno Marsudi": commas around
                // the adverb.)
                inner.first() == Some(&"and")
                    && inner[1..].iter().all(|w| {
                        matches!(
                            *w,
                            "," | "later"
                                | "then"
                                | "also"
                                | "separately"
                                | "afterwards"
                                | "subsequently"
                                | "again"
                        )
                    })
            };
        // "met Nguyen Phu Trong, and later Vuong Dinh Hue.": with no
        // preposition to repeat, an item closed by punctuation or a
        // preposition (not a verb of its own clause, "and later Hue said").
        // ("met Mogherini, and then the foreign ministers of the three
        // European signatories, Boris Johnson, ...": people described
        // before their names.)
        let plain_and = and;
        let and = and || described_list_after_and(toks, m.end, next.start);
        let and = and || {
            let inner = gap.strip_prefix(&[","]).unwrap_or(gap);
            inner.len() >= 2
                && inner[0] == "and"
                && inner[1..].iter().any(|w| *w != ",")
                && inner[1..].iter().all(|w| {
                    matches!(
                        *w,
                        "," | "later" | "then" | "separately" | "afterwards" | "subsequently"
                    )
                })
                && toks
                    .get(next.end)
                    .is_none_or(|t| matches!(t.text, "," | "." | ";") || PREPOSITIONS.has(t))
        };
        // ("visited Rabat, the Tindouf camps, Algiers and Nouakchott": an
        // item no actor names, between commas, is one more of the list.)
        let unnamed_stop = !m.possessive
            && next.start - m.end == gap.len()
            && (4..=GAP_WORDS).contains(&gap.len())
            && gap[0] == ","
            && gap[1] == "the"
            && gap[gap.len() - 1] == ","
            && gap[2..gap.len() - 1]
                .iter()
                .all(|w| !matches!(*w, "and" | "or" | "which" | "who" | "where" | "when"));
        // "held talks with To Lam, with Nguyen Phu Trong and with Pham
        // Minh Chinh": the wording's preposition said again after a comma.
        let comma = gap == [","]
            || unnamed_stop
            || two_titles_gap(toks, m.end, next.start)
            || matches!(prep, Some("with" | "to" | "against"))
                && gap.len() == 2
                && gap[0] == ","
                && Some(gap[1]) == prep;
        if !and && !comma {
            // "between Ali Shamkhani, secretary of Iran's Supreme National
            // Security Council, and Musaed al-Aiban": an appositive between
            // commas, then the list goes on.
            if gap.first() == Some(&",") && pending.is_empty() {
                if let Some(y) = appositive_then_and(toks, mentions, m.end) {
                    claimed.insert(y);
                    for &a in &mentions[y].actors {
                        if !out.contains(&a) {
                            out.push(a);
                        }
                    }
                }
            }
            break;
        }
        // "a deal with Israel, and Iran has condemned it": a name followed
        // by its own verb opens a new clause.
        // So does "..., and the two sides signed agreements": a past-tense
        // verb after the name.
        // ("..., and Brazil, Colombia and Chile condemned the raid": so
        // does a list of names with a verb after its last.)
        let mut last = cur + 1;
        if gap == [",", "and"] {
            while last + 1 < mentions.len() {
                let mut b = [""; GAP_WORDS];
                if !matches!(
                    gap_words(toks, mentions[last].end, mentions[last + 1].start, &mut b),
                    [","] | ["and"] | [",", "and"]
                ) {
                    break;
                }
                last += 1;
            }
        }
        if toks.get(mentions[last].end).is_some_and(|t| {
            AUX.has(t)
                || MODALS.has(t)
                || (t.is_word()
                    && !t.is_capitalized()
                    && t.lower_str().len() > 3
                    && (t.lower_str().ends_with("ed")
                        || matches!(
                            t.lower_str(),
                            "held" | "spoke" | "said" | "made" | "took" | "gave" | "sent" | "told"
                        )))
        }) && gap.first() == Some(&",")
        {
            break;
        }
        pending.push((cur + 1, next.actors.clone()));
        cur += 1;
        if and {
            // "during Modi's visit to China, India and China agreed": a
            // name said twice is no list; the comma ended the phrase.
            let repeated = pending.iter().enumerate().any(|(n, (_, actors))| {
                actors.iter().any(|a| {
                    mentions[mi].actors.contains(a)
                        || pending[..n].iter().any(|(_, before)| before.contains(a))
                })
            });
            if repeated {
                break;
            }
            // The list is closed: everything pending belongs to it.
            for (idx, actors) in pending.drain(..) {
                claimed.insert(idx);
                for a in actors {
                    if !out.contains(&a) {
                        out.push(a);
                    }
                }
            }
            // ("met Mogherini, and then Boris Johnson, Le Drian and Heiko
            // Maas": after "and then" a second list may open.)
            if plain_and {
                break;
            }
        }
    }
    out
}

/// After a list item ending at `end`: ", and then the foreign ministers of
/// the three signatories," before the next name at `next`: more people, told
/// by their role first. (Only after an adverb of sequence and for a plural
/// role: "and the president's envoy, X" is one person and reads well
/// already.)
fn described_list_after_and(toks: &[Token], end: usize, next: usize) -> bool {
    let mut k = end;
    if lw(toks, k) == "," {
        k += 1;
    }
    if lw(toks, k) != "and"
        || !matches!(
            lw(toks, k + 1),
            "then" | "later" | "separately" | "afterwards" | "subsequently"
        )
        || lw(toks, k + 2) != "the"
    {
        return false;
    }
    let from = k + 3;
    if next < from + 1 || next > from + 10 || lw(toks, next - 1) != "," {
        return false;
    }
    (from..next - 1).all(|j| {
        let t = &toks[j];
        t.is_word() && !AUX.has(t) && !matches!(t.lower_str(), "and" | "who" | "which" | "that")
    }) && (from..next - 1).any(|j| {
        matches!(
            lw(toks, j),
            "ministers" | "leaders" | "presidents" | "counterparts" | "envoys" | "heads"
        )
    })
}

/// ", Qatari Prime Minister and Foreign Minister Sheikh Mohammed": between
/// a list item ending at `end` and the next name at `next`, the first of
/// two titles the next person holds, joined by "and" to the second, which
/// the mention holds. The list goes on through it.
fn two_titles_gap(toks: &[Token], end: usize, next: usize) -> bool {
    if lw(toks, end) != "," || next < end + 3 || next > end + 6 || lw(toks, next - 1) != "and" {
        return false;
    }
    let words = end + 1..next - 1;
    words
        .clone()
        .all(|k| toks[k].is_word() && toks[k].is_capitalized())
        && matches!(
            lw(toks, next - 2),
            "minister" | "president" | "secretary" | "chancellor" | "premier" | "chairman"
        )
        && toks[next].is_capitalized()
}

/// "X and the main opposition Y", "X and the paramilitary Y": after the
/// mention ending at `end`, "and the", a few words that say what the next
/// party is, then its name, `name`.
fn described_after_and(toks: &[Token], end: usize, name: &Mention) -> bool {
    lw(toks, end) == "and"
        && lw(toks, end + 1) == "the"
        && name.start > end
        && (3..=5).contains(&(name.start - end))
        && name.kind == MentionKind::Name
        && !name.place
        && (end + 2..name.start).all(|k| {
            toks[k].is_word()
                && !toks[k].is_capitalized()
                && !AUX.has(&toks[k])
                // ("and the breakaway region of Somaliland": "of" after a
                // kind of land names it.)
                && (!PREPOSITIONS.has(&toks[k])
                    || k + 1 == name.start && land_of(toks, k))
                && !toks[k].lower_str().ends_with("ed")
        })
}

/// After a name ending at `end`, an appositive set off by commas ("...,
/// secretary of Iran's security council, and ..."; "..., a senior
/// official, and ...") followed by "and" and a name: that name's mention.
fn appositive_then_and(toks: &[Token], mentions: &[Mention], end: usize) -> Option<usize> {
    // (A readout's capitalised style too: "between Samdech Hun Manet, Prime
    // Minister of the Kingdom of Cambodia, and His Excellency Phumtham".)
    let open = toks.get(end + 1)?;
    if !(DETERMINERS.has(open) || open.is_word()) {
        return None;
    }
    let close = (end + 2..(end + 14).min(toks.len())).find(|&k| {
        !matches!(lw(toks, k), ";" | "." | "who" | "which" | "said" | "says") && lw(toks, k) == ","
    })?;
    // A role, not a clause: no verb inside ("..., has welcomed the talks,
    // and ..." goes on with another clause).
    if (end + 1..close).any(|k| {
        let t = &toks[k];
        let w = t.lower_str();
        matches!(w, ";" | "." | "who" | "which" | "and")
            || AUX.has(t)
            || MODALS.has(t)
            || (!t.is_capitalized() && (w.ends_with("ed") || w.ends_with("ing")))
    }) {
        return None;
    }
    if lw(toks, close + 1) != "and" {
        return None;
    }
    let at = if lw(toks, close + 2) == "the" {
        close + 3
    } else if matches!(lw(toks, close + 2), "his" | "her") && lw(toks, close + 3) == "excellency" {
        close + 4
    } else {
        close + 2
    };
    mentions.iter().position(|m| m.start == at)
}

/// The other party of a meeting that frames the sentence ("in a telephone
/// call with Mr Kagame", "during talks with Xi"), if not among `sources`.
fn frame_partner(toks: &[Token], mentions: &[Mention], sources: &[usize]) -> Vec<usize> {
    for k in 1..toks.len().saturating_sub(1) {
        if lw(toks, k) != "with"
            || !matches!(
                lw(toks, k - 1),
                "call" | "calls" | "talks" | "meeting" | "conversation" | "phone" | "summit"
            )
        {
            continue;
        }
        // The frame opens with "in", "during" or "at" a few words before.
        let opens =
            (k.saturating_sub(5)..k - 1).any(|x| matches!(lw(toks, x), "in" | "during" | "at"));
        if !opens {
            continue;
        }
        if let Some((_, m)) = mentions_after(toks, mentions, k)
            .find(|(_, m)| !m.place && m.actors.iter().all(|a| !sources.contains(a)))
        {
            return m.actors.clone();
        }
    }
    Vec::new()
}

/// "von der Leyen, whom he invited": the antecedent of a relative pronoun
/// right before the subject.
fn relative_antecedent(
    toks: &[Token],
    mentions: &[Mention],
    limit: usize,
    sources: &[usize],
    pair_only: bool,
) -> Vec<usize> {
    let Some(subj) = mentions
        .iter()
        .rev()
        .find(|m| m.end <= limit && sources.iter().any(|a| m.actors.contains(a)))
    else {
        return Vec::new();
    };
    let k = subj.start;
    if k == 0 || !matches!(lw(toks, k - 1), "whom" | "who" | "which" | "that") {
        return Vec::new();
    }
    let thing = matches!(lw(toks, k - 1), "which" | "that");
    let mut e = k - 1;
    let with_whom = lw(toks, e) == "whom" && e > 0 && lw(toks, e - 1) == "with";
    if with_whom {
        e -= 1;
    } else if pair_only {
        return Vec::new();
    }
    if e > 0 && lw(toks, e - 1) == "," {
        e -= 1;
    }
    // "talks with Mr Xi, which officials described as friendly": after a
    // preposition the name ends a longer phrase, and "which" is its head.
    mentions
        .iter()
        .find(|m| m.end == e && !(thing && preceded_by_prep(toks, m)))
        .map(|m| m.actors.clone())
        .unwrap_or_default()
}

/// Verbs whose object is an act still to come ("plans a trip to"). Not
/// "scheduled" or "proposed", which as adjectives may name an act held
/// ("the scheduled talks went ahead").
const PLAN_VERBS: &[&str] = &[
    "plan",
    "plans",
    "planning",
    "schedule",
    "schedules",
    "scheduling",
    "propose",
    "proposes",
    "proposing",
    "mull",
    "mulls",
    "mulling",
    "considering",
    "eyeing",
    "eyes",
    "preparing",
    "prepares",
];

/// The reporting verb a time phrase follows ("said on Wednesday",
/// "announced last night"), if any: its index.
fn reporting_verb_before(toks: &[Token], t: &time::TimeExpr) -> Option<usize> {
    word_before_time(toks, t).filter(|&v| REPORTING_VERBS.has_at(toks, v))
}

/// The verb of a medium a time phrase follows ("an interview aired on
/// Sunday", "a statement published last night"), if any: its index.
fn medium_verb_before(toks: &[Token], t: &time::TimeExpr) -> Option<usize> {
    word_before_time(toks, t).filter(|&v| {
        matches!(
            lw(toks, v),
            "aired" | "broadcast" | "published" | "posted" | "televised"
        )
    })
}

/// The index of the word before a time phrase and its preposition.
fn word_before_time(toks: &[Token], t: &time::TimeExpr) -> Option<usize> {
    phrase_start(toks, t, &["on", "in", "at"]).checked_sub(1)
}

/// Where a time phrase starts with its preposition: the phrase's own first
/// word if it is one of `preps`, else one word earlier if that is.
fn phrase_start(toks: &[Token], t: &time::TimeExpr, preps: &[&str]) -> usize {
    if !preps.contains(&lw(toks, t.start)) && preps.contains(&word_before(toks, t.start)) {
        t.start - 1
    } else {
        t.start
    }
}

/// The participle of a reduced relative clause that a time phrase
/// follows, if any: "the security agreement between them signed on April
/// 17, 2001", "a truce agreed in 2022". The phrase dates that participle's
/// act (background), not the clause's own verb.
fn reduced_relative_time(toks: &[Token], t: &time::TimeExpr) -> Option<usize> {
    let at = phrase_start(toks, t, &["on", "in"]);
    if at < 2 {
        return None;
    }
    let p = at - 1;
    // Only a deal's verbs, which need an object when they are the main
    // verb ("The truce collapsed on Friday" is no relative clause).
    let participle = matches!(
        lw(toks, p),
        "signed"
            | "agreed"
            | "concluded"
            | "reached"
            | "adopted"
            | "brokered"
            | "initialled"
            | "initialed"
            | "ratified"
            | "negotiated"
    );
    let head = matches!(
        lw(toks, p - 1),
        "them"
            | "agreement"
            | "agreements"
            | "deal"
            | "treaty"
            | "accord"
            | "accords"
            | "protocol"
            | "memorandum"
            | "declaration"
            | "ceasefire"
            | "truce"
            | "pact"
            | "charter"
            | "convention"
            | "framework"
    );
    (participle && head).then_some(p)
}

/// Whether a time phrase closes a participle phrase with its agent after a
/// noun ("the measures announced by the Korean Government on 6 March"), as
/// the participle's index: it dates what the noun names, not the sentence's
/// act or the story. Not after "was", "had" and the
/// like, where the participle is the clause's own verb ("The deal was
/// signed by both ministers on Monday"), nor after a meeting, whose day is
/// the day of what is done at it ("After a meeting chaired by Sharif on
/// Thursday, the committee rejected").
fn agent_participle_time(toks: &[Token], t: &time::TimeExpr) -> Option<usize> {
    let at = phrase_start(toks, t, &["on", "in"]);
    let by = (at.saturating_sub(8)..at)
        .rev()
        .find(|&k| lw(toks, k) == "by")?;
    if by < 2
        || !(by + 1..at).all(|k| toks[k].is_capitalized() || matches!(lw(toks, k), "the" | "of"))
    {
        return None;
    }
    let p = &toks[by - 1];
    (p.is_word()
        && !p.is_capitalized()
        && p.lower_str().ends_with("ed")
        && toks[by - 2].is_word()
        && !toks[by - 2].is_capitalized()
        && !BE.has_at(toks, by - 2)
        && !AUX.has_at(toks, by - 2)
        && !matches!(
            lw(toks, by - 2),
            "meeting" | "summit" | "session" | "talks" | "conference" | "call" | "ceremony"
        ))
    .then_some(by - 1)
}

/// Whether a time phrase lies in a clause opened by "since" ("his first
/// trip since the army seized power on February 1"), within seven words
/// and no clause break back: it dates what happened then, not the act
/// before "since", and as the story's background it opens no chronicle.
fn since_clause(toks: &[Token], t: &time::TimeExpr) -> bool {
    (t.start.saturating_sub(7)..t.start)
        .rev()
        .take_while(|&k| !matches!(lw(toks, k), "," | ";" | ":" | "and" | "but"))
        .any(|k| lw(toks, k) == "since")
}

/// Whether a time phrase fixes the day of a chronicle: a full date ("on
/// Tuesday, January 16", "before dawn on 18 January") that opens the
/// sentence or follows "on", in the past of publication. A date that
/// qualifies a noun ("for a February 14 suicide bombing") is background.
fn chronicle_date(
    toks: &[Token],
    t: &time::TimeExpr,
    d: chrono::NaiveDate,
    published: chrono::NaiveDate,
) -> bool {
    matches!(
        t.kind,
        time::TimeKind::Date(_)
            | time::TimeKind::MonthDay(..)
            | time::TimeKind::MonthInYear(_, Some(_), _)
    ) && d < published
        && (t.start == 0
            || matches!(word_before(toks, t.start), "on" | "of")
            || lw(toks, t.start) == "on")
}

/// Nouns that make a crowd's grievance one with a foreign power ("rallied
/// in Bamako against the sanctions", "marched against the visit"), so the
/// state it marched in is not what it protests.
const FOREIGN_GRIEVANCES: &[&str] = &[
    "sanction",
    "sanctions",
    "embargo",
    "blockade",
    "visit",
    "visits",
    "deal",
    "agreement",
    "treaty",
    "accord",
    "occupation",
    "invasion",
    "intervention",
    "war",
    "strikes",
    "airstrikes",
    "bombing",
    "bombardment",
    "presence",
    "base",
    "bases",
    "troops",
    "soldiers",
    "embassy",
    "tariffs",
    "annexation",
    "offensive",
    "forces",
    "boycott",
    "cartoon",
    "cartoons",
    "quran",
    "koran",
    "burning",
    "desecration",
    "killing",
    "killings",
    "massacre",
    "siege",
    "summit",
];

#[cfg(test)]
mod tests {
    use super::same_but_plural;

    #[test]
    fn same_but_plural_is_the_trimmed_comparison() {
        let words = [
            "talks",
            "talk",
            "tariffs",
            "tariff",
            "ss",
            "s",
            "",
            "sanctions",
            "sanction",
            "assess",
            "asses",
            "ties",
            "tie",
            "bus",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    same_but_plural(a, b),
                    a.trim_end_matches('s') == b.trim_end_matches('s'),
                    "{a} {b}"
                );
            }
        }
    }
}
