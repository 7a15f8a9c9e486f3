//! Closed-class English words the grammar rules lean on. These are grammar,
//! not lexicon: they do not change with the news.

use std::sync::OnceLock;

use crate::fasthash::{FastMap, WordTable};
use crate::text::Token;

/// The lowercase word at token `i`, or "" past the end (as the empty word
/// would be).
pub fn lw<'t>(toks: &'t [Token], i: usize) -> &'t str {
    toks.get(i).map(|t| t.lower_str()).unwrap_or("")
}

/// `a == b`, with the lengths and then the first bytes compared before the
/// rest. The rules compare tokens with pattern, title and list words by
/// the hundred thousand, and most pairs of one length differ in their
/// first byte; the library's comparison calls `memcmp` for every pair of
/// one length, which was a few percent of extraction.
#[inline]
pub(crate) fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// A fixed word list, identified by one bit of a word's class mask.
///
/// The grammar asks "is this word a preposition, an auxiliary, an
/// adverb...?" many times per token. Every word of every list maps to the
/// mask of the lists it is in, in one table; a token looks its mask up once,
/// when it is cut ([`crate::text::Token::classes`]), so that membership of a
/// token is one bit test instead of a hash lookup per question.
pub struct WordSet {
    mask: u32,
    words: &'static [&'static str],
}

impl WordSet {
    /// The list's bit in a token's class mask.
    pub const fn mask(&self) -> u32 {
        self.mask
    }

    pub const fn new(bit: u32, words: &'static [&'static str]) -> WordSet {
        WordSet {
            mask: 1 << bit,
            words,
        }
    }

    /// Whether a word (lowercase, as the lists spell it) is in the list.
    pub fn contains(&self, w: &&str) -> bool {
        classes_of(w) & self.mask != 0
    }

    /// Whether a token's lowercase form is in the list: the same answer as
    /// `contains(&t.lower_str())`, from the mask the token carries.
    #[inline]
    pub fn has(&self, t: &Token) -> bool {
        t.classes & self.mask != 0
    }

    /// [`WordSet::has`] for token `i`, false past the end (as the empty
    /// word would be).
    #[inline]
    pub fn has_at(&self, toks: &[Token], i: usize) -> bool {
        toks.get(i).is_some_and(|t| self.has(t))
    }
}

/// Every list, for the class table. Each list's bit is its index here.
static ALL: [&WordSet; 27] = [
    &DETERMINERS,
    &PREPOSITIONS,
    &BE,
    &AUX,
    &NEGATORS,
    &MODALS,
    &FUTURE,
    &ADVERBS,
    &IRREALIS_GOVERNORS,
    &REFUSAL_GOVERNORS,
    &PROMISE_GOVERNORS,
    &THREAT_GOVERNORS,
    &REALIS_GOVERNORS,
    &EARLIER_MARKERS,
    &CLAUSE_BREAKS,
    &HONORIFICS,
    &TITLE_MODIFIERS,
    &NAME_PARTICLES,
    &NOT_NAMES,
    &GROUP_NOUNS,
    &REPORTING_VERBS,
    &QUANTITY_WORDS,
    &NUMBER_WORDS,
    &NAME_CONTINUERS_NOT,
    &TIME_OPENERS,
    &ABBREVIATIONS,
    &REFERENCE_OPENERS,
];

// The lexicon's first-word bits share a token's class mask above the lists'.
const _: () = assert!(ALL.len() as u32 <= crate::text::FIRST_SHIFT);

/// Every word of every list with the mask of the lists it is in, for a
/// lexicon's combined table (`Lexicon::word_classes`).
pub(crate) fn grammar_classes() -> FastMap<&'static str, u32> {
    let mut t: FastMap<&'static str, u32> = FastMap::default();
    for set in ALL {
        for &word in set.words {
            *t.entry(word).or_insert(0) |= set.mask;
        }
    }
    t
}

/// The mask of the lists `w` is in (0 for most words).
///
/// Asked once for every token of every article, so the table is built for
/// that question: see [`WordTable`].
pub fn classes_of(w: &str) -> u32 {
    static TABLE: OnceLock<WordTable<u32>> = OnceLock::new();
    TABLE
        .get_or_init(|| WordTable::new(grammar_classes().into_iter()))
        .get(w)
}

pub static DETERMINERS: WordSet = WordSet::new(
    0,
    &[
        "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those",
        "my", "your", "both", "some", "several", "many", "all", "another", "each",
    ],
);

pub static PREPOSITIONS: WordSet = WordSet::new(
    1,
    &[
        "in",
        "at",
        "on",
        "with",
        "to",
        "from",
        "of",
        "for",
        "by",
        "about",
        "against",
        "between",
        "into",
        "over",
        "near",
        "toward",
        "towards",
        "under",
        "after",
        "before",
        "during",
        "amid",
        "amidst",
        "than",
        "like",
        "including",
        "via",
        "through",
        "across",
        "among",
        "despite",
        "within",
        "without",
        "beyond",
        "around",
        "behind",
        "inside",
        "outside",
        "onto",
        "upon",
        "alongside",
        "unlike",
        "since",
        "until",
        "per",
        "off",
        "as",
        "besides",
        "except",
    ],
);

pub static BE: WordSet = WordSet::new(
    2,
    &[
        "is", "are", "was", "were", "be", "been", "being", "'s", "am", "get", "gets", "got",
        "getting", "gotten",
    ],
);

pub static AUX: WordSet = WordSet::new(
    3,
    &[
        "has", "have", "had", "having", "did", "does", "do", "will", "would", "shall", "should",
        "could", "can", "may", "might", "must", "'ll", "'d", "is", "are", "was", "were", "be",
        "been", "being",
    ],
);

pub static NEGATORS: WordSet = WordSet::new(
    4,
    &[
        "not",
        "n't",
        "never",
        "no",
        "neither",
        "nor",
        "didn't",
        "don't",
        "doesn't",
        "won't",
        "wouldn't",
        "can't",
        "cannot",
        "couldn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "hadn't",
        "shouldn't",
        "mustn't",
        "without",
        "nobody",
        "none",
    ],
);

pub static MODALS: WordSet = WordSet::new(
    5,
    &[
        "could",
        "would",
        "might",
        "may",
        "should",
        "must",
        "can",
        "ought",
        "'d",
        "couldn't",
        "wouldn't",
        "shouldn't",
    ],
);

pub static FUTURE: WordSet = WordSet::new(6, &["will", "'ll", "shall", "won't"]);

/// Adverbs that may sit between an auxiliary and its verb.
pub static ADVERBS: WordSet = WordSet::new(
    7,
    &[
        // "flew instead to Paris".
        "instead",
        "also",
        "already",
        "just",
        "still",
        "then",
        "later",
        "earlier",
        "again",
        "reportedly",
        "publicly",
        "privately",
        "formally",
        "officially",
        "personally",
        "jointly",
        "recently",
        "swiftly",
        "quickly",
        "repeatedly",
        "strongly",
        "sharply",
        "firmly",
        "once",
        "now",
        "finally",
        "eventually",
        "initially",
        "subsequently",
        "separately",
        "respectively",
        "individually",
        "directly",
        "openly",
        "briefly",
        "even",
        "only",
        "yet",
        "ever",
        "allegedly",
        "apparently",
        "last",
        "first",
        "previously",
        "today",
        "yesterday",
        "so",
        // ("has so far rejected", "has thus far refused")
        "far",
        "thus",
        "further",
        "too",
        "personally",
        "warmly",
        "effectively",
        "explicitly",
        "implicitly",
        "reluctantly",
        "quietly",
        "secretly",
        // ("Beijing could next target Australian wine")
        "next",
        // Manner and degree: "was fully lifting the ban", "has
        // unilaterally halted", "roundly condemned".
        "fully",
        "partially",
        "partly",
        "gradually",
        "immediately",
        "unilaterally",
        "temporarily",
        "permanently",
        "indefinitely",
        "largely",
        "completely",
        "entirely",
        "roundly",
        "vehemently",
        "bitterly",
        "fiercely",
        "harshly",
        "angrily",
        "flatly",
        "bluntly",
        "sternly",
        "categorically",
        "emphatically",
        "forcefully",
        "strenuously",
        "vigorously",
        "unanimously",
        "overwhelmingly",
        "narrowly",
        "abruptly",
        "suddenly",
        "hastily",
        "belatedly",
        "tacitly",
        "expressly",
        "specifically",
        "ultimately",
        "simultaneously",
        "urgently",
        "successfully",
        "unexpectedly",
        "promptly",
        "actively",
        "heavily",
        "deliberately",
        // Manner of a statement or act: "We solemnly urge", "unreservedly
        // condemned", "was illegally detained".
        "solemnly",
        "seriously",
        "earnestly",
        "sincerely",
        "resolutely",
        "unequivocally",
        "unreservedly",
        "wholeheartedly",
        "cordially",
        "readily",
        "collectively",
        "mutually",
        "bilaterally",
        "informally",
        "indirectly",
        "routinely",
        "regularly",
        "frequently",
        "constantly",
        "continually",
        "increasingly",
        "consistently",
        "persistently",
        "squarely",
        "clearly",
        "plainly",
        "loudly",
        "forcibly",
        "violently",
        "brutally",
        "illegally",
        "unlawfully",
        "arbitrarily",
        "deeply",
        "greatly",
        "highly",
        "duly",
    ],
);

/// Verbs that, governing "to + trigger", turn the trigger into something
/// that has not happened (a plan, a wish, a possibility).
pub static IRREALIS_GOVERNORS: WordSet = WordSet::new(
    8,
    &[
        "expected",
        "expect",
        "expects",
        "plan",
        "plans",
        "planned",
        "planning",
        "hope",
        "hopes",
        "hoped",
        "hoping",
        "want",
        "wants",
        "wanted",
        "wanting",
        "intend",
        "intends",
        "intended",
        "aim",
        "aims",
        "aimed",
        "aiming",
        "seek",
        "seeks",
        "sought",
        "seeking",
        "set",
        "due",
        "scheduled",
        "likely",
        "unlikely",
        "ready",
        "willing",
        "prepared",
        "preparing",
        "going",
        "try",
        "tries",
        "tried",
        "trying",
        "attempt",
        "attempts",
        "attempted",
        "wish",
        "wishes",
        "wished",
        "able",
        "unable",
        "eager",
        "keen",
        "poised",
        "slated",
        "supposed",
        "proposed",
        "propose",
        "proposes",
        "offer",
        "offers",
        "offered",
        "urged",
        "urge",
        "urges",
        "urging",
        "asked",
        "ask",
        "asks",
        "invited",
        "invite",
        "called",
        "calls",
        "pressed",
        "pressing",
        "encouraged",
        "allowed",
        "need",
        "needs",
        "needed",
        "ought",
        "has",
        "have",
        "had",
        "would",
        "decide",
        "decided",
        "agreed",
        "agree",
        "agrees",
        "promised",
        "pledged",
        "vowed",
        "vows",
        "pledges",
        "promises",
        "threatened",
        "threatens",
        "threaten",
        "refused",
        "refuses",
        "refuse",
        "declined",
        "declines",
        "decline",
        "denied",
        "denies",
        "deny",
        "failed",
        "fails",
        "fail",
        "is",
        "are",
        "was",
        "were",
        "be",
        "continue",
        "continues",
        "continued",
        "help",
        "helps",
        "helped",
        "order",
        "ordered",
        "orders",
        "told",
        "warned",
        "demanded",
        "demand",
        "demands",
        "insisted",
        "sought",
        "moving",
        "moved",
        "move",
        "appear",
        "appeared",
        "appears",
        "seem",
        "seemed",
        "seems",
        "chose",
        "choose",
    ],
);

/// Governors that make the governed act a refusal (`reject`).
pub static REFUSAL_GOVERNORS: WordSet = WordSet::new(
    9,
    &[
        "refused",
        "refuses",
        "refuse",
        "refusing",
        "declined",
        "declines",
        "decline",
        "declining",
        "rejected",
        "rejects",
        "reject",
    ],
);

/// Governors that make the governed act a promise (`pledge`).
pub static PROMISE_GOVERNORS: WordSet = WordSet::new(
    10,
    &[
        "pledged",
        "pledges",
        "pledge",
        "vowed",
        "vows",
        "vow",
        "promised",
        "promises",
        "promise",
        "agreed",
        "agrees",
        "agree",
        "committed",
        "commits",
        "offered",
        "offers",
    ],
);

/// Governors that make the governed act a threat (`threaten`).
pub static THREAT_GOVERNORS: WordSet =
    WordSet::new(11, &["threatened", "threatens", "threaten", "threatening"]);

/// Governors under which the act did happen ("went on to", "managed to").
pub static REALIS_GOVERNORS: WordSet = WordSet::new(
    12,
    &[
        "managed",
        "went",
        "proceeded",
        "moved",
        "began",
        "started",
        "continued",
        // "has been compelled to downgrade relations": made to act, it
        // acted (a modal before it still makes it unreal).
        "compelled",
        "forced",
        "obliged",
        // "Washington was quick to condemn", "chose to boycott": the
        // manner or the choice of an act done.
        "quick",
        "quicker",
        "swift",
        "hastened",
        "chose",
        "opted",
    ],
);

/// Words that mark the event as before the story's present.
pub static EARLIER_MARKERS: WordSet = WordSet::new(
    13,
    &[
        "earlier",
        "previously",
        "once",
        "formerly",
        "ago",
        "last",
        "past",
        "before",
        "had",
        "since",
    ],
);

/// Words that end the noun phrase an object may be found in.
pub static CLAUSE_BREAKS: WordSet = WordSet::new(
    14,
    &[
        "that", "which", "who", "whom", "whose", "but", "while", "whereas", "because", "although",
        "though", "after", "before", "when", "where", "if", "unless", "as", "so", "and", "or",
        "said", "says", "say", "told", "tells",
    ],
);

/// Honorifics and titles that introduce a person's name.
pub static HONORIFICS: WordSet = WordSet::new(
    15,
    &[
        "mr",
        "mr.",
        // ("Mister Mekdad", "Madame Colonna": translated styles.)
        "mister",
        "madame",
        "mme",
        "mme.",
        // "Foreign Minister Hon. Jotham Napat": a Pacific and Commonwealth
        // style.
        "hon",
        "hon.",
        // Indian honorifics: "President Smt. Droupadi Murmu", "Shri Modi".
        "smt",
        "smt.",
        // "paid a courtesy call on H.E. Ms. Park Geun-hye": His or Her
        // Excellency, abbreviated.
        "h.e.",
        "h.e",
        "shri",
        "sri",
        // Malaysian titles of honour: "Dato' Seri Anwar Ibrahim", "Tun
        // Mahathir", "Datuk Seri Najib".
        "seri",
        "dato",
        "dato'",
        "datuk",
        "datin",
        "tun",
        // Cambodian: "Samdech Hun Manet", "Samdech Techo Hun Sen".
        "samdech",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dr",
        "dr.",
        "sir",
        "dame",
        "sheikh",
        "sheik",
        "shaikh",
        "prince",
        "princess",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
        "pope",
        "cardinal",
        "general",
        "gen.",
        "gen",
        "admiral",
        "adm.",
        "colonel",
        "col.",
        "lt.",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "governor",
        "gov.",
        "mayor",
        "ambassador",
        "minister",
        "president",
        "chancellor",
        "premier",
        "secretary",
        "chief",
        "judge",
        "justice",
        "professor",
        "prof.",
        "commander",
        "marshal",
        "field",
        "crown",
        "ayatollah",
        "imam",
        "rabbi",
        "bishop",
        "archbishop",
        "patriarch",
        "lord",
        "lady",
        "baroness",
        "baron",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "leader",
        "head",
        "director",
        "counterpart",
        "deputy",
        "vice",
        "foreign",
        "defence",
        "defense",
        "prime",
        "mp",
        // Office-holders to be: "President-elect Donald Trump".
        "president-elect",
        "president-designate",
        "chancellor-elect",
        "premier-designate",
    ],
);

/// Words that may modify a title ("former", "visiting", "top").
pub static TITLE_MODIFIERS: WordSet = WordSet::new(
    16,
    &[
        "former",
        "deputy",
        "vice",
        "acting",
        "interim",
        "then",
        "new",
        "incoming",
        "outgoing",
        "top",
        "senior",
        "junior",
        "visiting",
        "opposition",
        "veteran",
        "powerful",
        "newly",
        "elected",
        "ex",
        "de",
        "facto",
        "longtime",
        "long-time",
        "embattled",
        "late",
        "outspoken",
        "hardline",
        "hard-line",
        "reformist",
        "conservative",
        "liberal",
        "populist",
        "nationalist",
        "military",
        "civilian",
        "royal",
        "supreme",
        "chief",
        "assistant",
        "under",
        "special",
        "presidential",
        "government",
        "foreign",
        "ministry",
        "state",
        "party",
        "rebel",
        // Portfolios before a role: "Iran's top security official",
        // "Iranian security chief Ali Shamkhani".
        "security",
        "intelligence",
        "nuclear",
        "climate",
        "police",
        "border",
        "counterterrorism",
        // "the Taliban's political chief", "Iran's spiritual leader".
        "political",
        "spiritual",
        // "the French left-wing politician Jean-Luc Melenchon".
        "left-wing",
        "right-wing",
        "far-right",
        "far-left",
        "centrist",
        "socialist",
        "communist",
        "prominent",
        "leading",
        // "parliament speaker Aguila Saleh", "army chief Asim Munir": what
        // body the office is of. (Not the compass points: "eastern" reads as
        // a place as often, and events were lost with it.)
        "parliament",
        "parliamentary",
        "army",
        "militia",
        "tribal",
        "regional",
        "provincial",
    ],
);

/// Particles inside personal names ("Ursula von der Leyen", "bin Salman").
pub static NAME_PARTICLES: WordSet = WordSet::new(
    17,
    &[
        "von", "der", "van", "den", "de", "da", "del", "della", "di", "du", "la", "le", "bin",
        "ibn", "al", "el", "abu", "ben", "dos", "das", "y", "al-", "bint", "ould", "ag",
    ],
);

/// Capitalised words that may follow a surname without being more of the
/// name ("the Trump Administration", "Marcos Jr"): see
/// `Scanner::name_runs_on`.
pub static NAME_CONTINUERS_NOT: WordSet = WordSet::new(
    23,
    &[
        "administration",
        "government",
        "cabinet",
        "presidency",
        "camp",
        "campaign",
        "doctrine",
        "era",
        "jr",
        "sr",
        "ii",
        "iii",
        "iv",
    ],
);

/// Capitalised words that never start a personal name.
pub static NOT_NAMES: WordSet = WordSet::new(
    18,
    &[
        "The",
        "A",
        "An",
        // A question's auxiliary: "Did Scholz raise it?"
        "Did",
        "Does",
        "Should",
        "Would",
        "Could",
        "Has",
        "Have",
        "In",
        "On",
        "At",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "But",
        "And",
        "Or",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "Since",
        "This",
        "That",
        "These",
        "Those",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "As",
        "So",
        "For",
        "With",
        "From",
        "By",
        "To",
        "Of",
        "Speaking",
        "According",
        "Meanwhile",
        "However",
        "Also",
        "Both",
        "Later",
        "Earlier",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Last",
        "Next",
        "During",
        "Despite",
        "Amid",
        "Under",
        "Over",
        "Following",
        "Asked",
        // Sentence adverbs and linkers that open a sentence before a
        // surname: "Yet Erdogan kept raising the bar", "Still Kim refused".
        "Yet",
        "Still",
        "Now",
        "Then",
        "Instead",
        "Indeed",
        "Even",
        "Only",
        "Thus",
        "Hence",
        "Nevertheless",
        "Nonetheless",
        "Moreover",
        "Furthermore",
        "Besides",
        "Eventually",
        "Finally",
        "Separately",
        "Afterwards",
        "Afterward",
        "Subsequently",
        "Elsewhere",
        "Initially",
        "Previously",
        "Recently",
        "Ultimately",
        "Reportedly",
        "Once",
        "Soon",
        "Although",
        "Though",
        "Because",
        "Unlike",
        "Until",
        "Without",
        "Whether",
        "Where",
        "What",
        "Which",
        "Who",
        "Why",
        "How",
        // An official readout's capitalised occasions: "on an Official
        // Visit to India", "the Working Meeting" (no official's name).
        "Visit",
        "Visits",
        // A release's own heading ("Press Release, Dhaka, 8 June 2015").
        "Press",
        "Release",
        "Readout",
        "Communique",
        "Meeting",
        "Talks",
        "Tour",
        "Trip",
        "Government",
        "Ministry",
        "Office",
        "Council",
        // Words of institutions' names, which are no one's name.
        "Security",
        "Committee",
        "Commission",
        "Department",
        "Agency",
        "Service",
        "Services",
        "Affairs",
        "Defence",
        "Defense",
        "Foreign",
        "National",
        "State",
        "Forces",
        "Force",
        "Army",
        "Navy",
        "Guard",
        "Police",
        "Parliament",
        "Assembly",
        "Court",
        "Party",
        "Front",
        "Union",
        "Bank",
        "Fund",
        "Organisation",
        "Organization",
        "Administration",
        "Cabinet",
        "Republic",
        "Kingdom",
        "Federation",
        "Senate",
        "Congress",
        "Embassy",
        "Mission",
        "Bureau",
        "Authority",
    ],
);

/// Common nouns for crowds and armed groups that act in the news.
pub static GROUP_NOUNS: WordSet = WordSet::new(
    19,
    &[
        "protesters",
        "protestors",
        "demonstrators",
        "police",
        "militants",
        "rebels",
        "guerrillas",
        "insurgents",
        "separatists",
        "gunmen",
        "activists",
        "students",
        "workers",
        "farmers",
        "rioters",
        "fighters",
        "jihadists",
        "extremists",
        "settlers",
        "hackers",
        "pirates",
        "mercenaries",
        "supporters",
        "crowds",
        "crowd",
        "residents",
        "villagers",
        "youths",
        "mourners",
        "marchers",
        "strikers",
        "unions",
        "protesters",
        "gangs",
        "prisoners",
        "detainees",
        // Crowds named by who they are ("Tibetan exiles rallied outside").
        "exiles",
        "veterans",
        "nationalists",
        "dissidents",
        "monks",
        "fishermen",
        "truckers",
        "pensioners",
        "loyalists",
        "smugglers",
        "traffickers",
        // A state's armed men, when no state is named with them.
        "gendarmes",
        "rangers",
        "paramilitaries",
        // A state's law officers ("Prosecutors opened an investigation").
        "prosecutors",
        "investigators",
    ],
);

/// Verbs that report speech: a "would"/"will" under them is a promise or a
/// threat made by the speaker, not a hypothetical.
pub static REPORTING_VERBS: WordSet = WordSet::new(
    20,
    &[
        "said",
        "says",
        "say",
        "told",
        "tells",
        "announced",
        "announces",
        "added",
        "insisted",
        "confirmed",
        "declared",
        "stated",
        "promised",
        "pledged",
        "vowed",
        "warned",
        "assured",
        "affirmed",
        "reaffirmed",
        "stressed",
        "signalled",
        "signaled",
        "indicated",
        "wrote",
    ],
);

/// Quantity words that may open a noun phrase ("dozens of", "more than").
pub static QUANTITY_WORDS: WordSet = WordSet::new(
    21,
    &[
        "thousands",
        "hundreds",
        "dozens",
        "scores",
        "tens",
        "millions",
        "dozen",
        "hundred",
        "thousand",
        "some",
        "several",
        "many",
        "most",
        "more",
        "few",
        "fewer",
        "less",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "least",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "all",
        "both",
    ],
);

/// Number words, for telling a participle used as an adjective.
pub static NUMBER_WORDS: WordSet = WordSet::new(
    22,
    &[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "dozens",
        "hundreds",
        "thousands",
        "several",
        "many",
        "few",
    ],
);

/// The lowercase words a time phrase may open with (`time::may_start`):
/// relative day words, "this/last/next ...", "the same day", and the
/// number words of `time::NUMBER_WORDS` ("two days ago"). Asked of every
/// token, where a list of string comparisons was most of `time::find`.
pub static TIME_OPENERS: WordSet = WordSet::new(
    24,
    &[
        "yesterday",
        "today",
        "tonight",
        "tomorrow",
        "this",
        "last",
        "that",
        "same",
        "the",
        "a",
        "one",
        "next",
        "past",
        "coming",
        "earlier",
        "later",
        "an",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "several",
        "fifteen",
        "twenty",
        "twenty-five",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
    ],
);

/// Abbreviations after which a full stop does not end a sentence
/// (`text::split`). A list here rather than in `text` so that the splitter
/// asks the bit its tokens carry: it asks at every full stop, and a scan of
/// fifty strings each time was a percent of extraction.
pub static ABBREVIATIONS: WordSet = WordSet::new(
    25,
    &[
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
        "rep", "sen", "gov", "pres", "st", "jr", "sr", "rev", "hon", "amb", "inc", "ltd", "co",
        "corp", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov",
        "dec", "mt", "ft", "fig", "approx", "dept", "univ", "assn", "bros", "est",
        // Indian honorifics: "President Smt. Droupadi Murmu".
        "smt", "shri", "sri",
    ],
);

/// How many capitalised words a name needs after a lowercase role for the
/// pair to be taken as a person ("reporter Evan Gershkovich").
pub const LOWER_TITLES_OK: usize = 2;

/// Whether a word right after a name can be that name's verb ("Giammattei
/// received", "Abe first took"): a lowercase word that is no preposition,
/// determiner, conjunction or relative pronoun.
pub fn may_be_verb(t: &Token) -> bool {
    t.is_word()
        && !t.is_capitalized()
        && !PREPOSITIONS.has(t)
        && !DETERMINERS.has(t)
        && !matches!(t.lower_str(), "and" | "or" | "but" | "who" | "which")
}

/// Capitalised words that name a kind of body: one of them makes a run of
/// capitalised words an organisation ("the Hudson Institute", "Rapid
/// Support Forces", "Human Rights Watch").
pub fn org_head(t: &Token) -> bool {
    matches!(
        t.lower_str(),
        "institute"
            | "institution"
            | "library"
            | "foundation"
            | "forces"
            | "force"
            | "guards"
            | "guard"
            | "corps"
            | "army"
            | "navy"
            | "brigades"
            | "brigade"
            | "front"
            | "movement"
            | "party"
            | "council"
            | "ministry"
            | "office"
            | "department"
            | "agency"
            | "commission"
            | "committee"
            | "court"
            | "tribunal"
            | "union"
            | "unions"
            | "confederation"
            | "syndicate"
            | "chamber"
            | "association"
            | "organisation"
            | "organization"
            | "federation"
            | "fund"
            | "bank"
            | "authority"
            | "parliament"
            | "assembly"
            | "congress"
            | "command"
            | "service"
            | "group"
            | "company"
            | "corporation"
            | "holdings"
            | "enterprise"
            | "enterprises"
            | "industries"
            | "airlines"
            | "airways"
            | "university"
            | "centre"
            | "center"
            | "network"
            | "alliance"
            | "coalition"
            | "league"
            | "watch"
            | "secretariat"
            | "administration"
            | "bureau"
            | "board"
            | "militia"
            | "palace"
            | "mission"
            | "trust"
            | "society"
            | "conference"
    )
}

/// Capitalised words common in bodies' names that say nothing of which
/// body: a name made only of these and [`ORG_HEADS`] is no one's own.
pub fn generic_org_word(t: &Token) -> bool {
    matches!(
        t.lower_str(),
        "national"
            | "foreign"
            | "defence"
            | "defense"
            | "interior"
            | "justice"
            | "state"
            | "federal"
            | "central"
            | "supreme"
            | "constitutional"
            | "international"
            | "general"
            | "public"
            | "security"
            | "affairs"
            | "trade"
            | "finance"
            | "economy"
            | "economic"
            | "home"
            | "border"
            | "coast"
            | "air"
            | "armed"
            | "military"
            | "police"
            | "presidential"
            | "prime"
            | "minister"
            | "president"
            | "high"
            | "special"
            | "joint"
            | "european"
            | "united"
            | "nations"
            | "world"
            | "global"
            | "regional"
            | "executive"
            | "human"
            | "rights"
            | "health"
            | "energy"
            | "development"
            | "cooperation"
            | "emergency"
            | "intelligence"
            | "revolutionary"
            | "islamic"
            | "people"
            | "people's"
            | "popular"
            | "democratic"
            | "republican"
            | "socialist"
            | "communist"
            | "liberal"
            | "conservative"
            | "labour"
            | "green"
            | "royal"
            | "imperial"
            | "civil"
            | "aviation"
            | "maritime"
            | "naval"
            | "navy"
            | "government"
            | "ministry"
            | "office"
            | "council"
            | "new"
            | "old"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
    )
}

/// The words that can open one of the forms the mention scanner tries
/// before a phrase (`Scanner::scan`): "the" or "both" (plural and body
/// descriptions, state bodies), a possessive ("his guest", "its army"), a
/// pronoun, or a count of states ("all three", "seven Latin American
/// countries: ..."). Keep in step with those rules' first words. A list
/// rather than a `match`: the scanner asks it of every token, and the bit
/// the token carries answers without comparing strings.
pub static REFERENCE_OPENERS: WordSet = WordSet::new(
    26,
    &[
        "the", "both", "his", "her", "their", "its", "he", "she", "him", "himself", "herself",
        "they", "them", "it", "i", "me", "my", "myself", "we", "you", "your", "all", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "each",
    ],
);

/// Those a state or body is named as owning who act for it: "the
/// alliance's 30 leaders", "Haftar's forces".
pub const OWNED_PEOPLE: &[&str] = &[
    "leaders",
    "members",
    "forces",
    "troops",
    "soldiers",
    "fighters",
    "militia",
    "militias",
    "envoys",
    "negotiators",
    "delegates",
    "delegation",
    "diplomats",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_list_has_its_own_bit() {
        for (i, set) in ALL.iter().enumerate() {
            assert_eq!(set.mask, 1 << i, "list {i} is out of place in ALL");
        }
        assert!(PREPOSITIONS.contains(&"of") && !PREPOSITIONS.contains(&"macron"));
        assert!(AUX.contains(&"has") && !AUX.contains(&""));
        // `has_at` answers false past the end, as `contains` of the empty
        // word does: the rules rely on the two being the same.
        assert_eq!(classes_of(""), 0);
    }

    #[test]
    fn class_table_answers_as_the_lists_do() {
        for set in ALL {
            for w in set.words {
                assert!(set.contains(w), "{w}");
                // A word and its prefixes or extensions are different keys.
                let longer = format!("{w}\0");
                assert!(!set.contains(&longer.as_str()), "{w}");
                if w.is_ascii() {
                    let shorter = &w[..w.len() - 1];
                    let in_list = set.words.contains(&shorter);
                    assert_eq!(set.contains(&shorter), in_list, "{w}");
                }
            }
            for w in ["macron", "a-very-long-word-indeed", "\0", "é", "x"] {
                assert_eq!(set.contains(&w), set.words.contains(&w), "{w}");
            }
        }
    }
}
