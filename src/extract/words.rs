//! Closed-class English words the grammar rules lean on. These are grammar,
//! not lexicon: they do not change with the news.

pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those",
    "my", "your", "both", "some", "several", "many", "all", "another", "each",
];

pub const PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "with", "to", "from", "of", "for", "by", "about", "against", "between",
    "into", "over", "near", "toward", "towards", "under", "after", "before", "during", "amid",
    "amidst", "than", "like", "including", "via", "through", "across", "among", "despite",
    "within", "without", "beyond", "around", "behind", "inside", "outside", "onto", "upon",
    "alongside", "unlike", "since", "until", "per", "off", "as", "besides", "except",
];

pub const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "'s", "am", "get", "gets", "got",
    "getting", "gotten",
];

pub const AUX: &[&str] = &[
    "has", "have", "had", "having", "did", "does", "do", "will", "would", "shall", "should",
    "could", "can", "may", "might", "must", "'ll", "'d", "is", "are", "was", "were", "be",
    "been", "being",
];

pub const NEGATORS: &[&str] = &[
    "not", "n't", "never", "no", "neither", "nor", "didn't", "don't", "doesn't", "won't",
    "wouldn't", "can't", "cannot", "couldn't", "isn't", "aren't", "wasn't", "weren't", "hasn't",
    "haven't", "hadn't", "shouldn't", "mustn't", "without", "nobody", "none",
];

pub const MODALS: &[&str] = &[
    "could", "would", "might", "may", "should", "must", "can", "ought", "'d", "couldn't",
    "wouldn't", "shouldn't",
];

pub const FUTURE: &[&str] = &["will", "'ll", "shall", "won't"];

/// Adverbs that may sit between an auxiliary and its verb.
pub const ADVERBS: &[&str] = &[
    "also", "already", "just", "still", "then", "later", "earlier", "again", "reportedly",
    "publicly", "privately", "formally", "officially", "personally", "jointly", "recently",
    "swiftly", "quickly", "repeatedly", "strongly", "sharply", "firmly", "once", "now",
    "finally", "eventually", "initially", "subsequently", "separately", "directly", "openly",
    "briefly", "even", "only", "yet", "ever", "allegedly", "apparently", "last", "first",
    "previously", "today", "yesterday", "so", "further", "too", "personally", "warmly",
    "effectively", "explicitly", "implicitly", "reluctantly", "quietly", "secretly",
];

/// Verbs that, governing "to + trigger", turn the trigger into something
/// that has not happened (a plan, a wish, a possibility).
pub const IRREALIS_GOVERNORS: &[&str] = &[
    "expected", "expect", "expects", "plan", "plans", "planned", "planning", "hope", "hopes",
    "hoped", "hoping", "want", "wants", "wanted", "wanting", "intend", "intends", "intended",
    "aim", "aims", "aimed", "aiming", "seek", "seeks", "sought", "seeking", "set", "due",
    "scheduled", "likely", "unlikely", "ready", "willing", "prepared", "preparing", "going",
    "try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "wish", "wishes",
    "wished", "able", "unable", "eager", "keen", "poised", "slated", "supposed", "proposed",
    "propose", "proposes", "offer", "offers", "offered", "urged", "urge", "urges", "urging",
    "asked", "ask", "asks", "invited", "invite", "called", "calls", "pressed", "pressing",
    "encouraged", "allowed", "need", "needs", "needed", "ought", "has", "have", "had",
    "would", "decide", "decided", "agreed", "agree", "agrees", "promised", "pledged", "vowed",
    "vows", "pledges", "promises", "threatened", "threatens", "threaten", "refused",
    "refuses", "refuse", "declined", "declines", "decline", "denied", "denies", "deny",
    "failed", "fails", "fail", "is", "are", "was", "were", "be", "continue", "continues",
    "continued", "help", "helps", "helped", "order", "ordered", "orders", "told", "warned",
    "demanded", "demand", "demands", "insisted", "sought", "moving", "moved", "move",
    "appear", "appeared", "appears", "seem", "seemed", "seems", "chose", "choose",
];

/// Governors that make the governed act a refusal (`reject`).
pub const REFUSAL_GOVERNORS: &[&str] = &[
    "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining",
    "rejected", "rejects", "reject",
];

/// Governors that make the governed act a promise (`pledge`).
pub const PROMISE_GOVERNORS: &[&str] = &[
    "pledged", "pledges", "pledge", "vowed", "vows", "vow", "promised", "promises", "promise",
    "agreed", "agrees", "agree", "committed", "commits", "offered", "offers",
];

/// Governors that make the governed act a threat (`threaten`).
pub const THREAT_GOVERNORS: &[&str] = &["threatened", "threatens", "threaten", "threatening"];

/// Governors under which the act did happen ("went on to", "managed to").
pub const REALIS_GOVERNORS: &[&str] = &["managed", "went", "proceeded", "moved", "began", "started", "continued"];

/// Words that mark the event as before the story's present.
pub const EARLIER_MARKERS: &[&str] = &[
    "earlier", "previously", "once", "formerly", "ago", "last", "past", "before", "had",
    "since",
];

/// Words that end the noun phrase an object may be found in.
pub const CLAUSE_BREAKS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "but", "while", "whereas", "because", "although",
    "though", "after", "before", "when", "where", "if", "unless", "as", "so", "and", "or",
    "said", "says", "say", "told", "tells",
];

/// Honorifics and titles that introduce a person's name.
pub const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "sheikh",
    "sheik", "shaikh", "prince", "princess", "king", "queen", "emir", "amir", "sultan", "pope",
    "cardinal", "general", "gen.", "gen", "admiral", "adm.", "colonel", "col.", "lt.",
    "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "ambassador",
    "minister", "president", "chancellor", "premier", "secretary", "chief", "judge",
    "justice", "professor", "prof.", "commander", "marshal", "field", "crown", "ayatollah",
    "imam", "rabbi", "bishop", "archbishop", "patriarch", "lord", "lady", "baroness", "baron",
    "envoy", "spokesman", "spokeswoman", "spokesperson", "leader", "head", "director",
    "counterpart", "deputy", "vice", "foreign", "defence", "defense", "prime", "mp",
];

/// Words that may modify a title ("former", "visiting", "top").
pub const TITLE_MODIFIERS: &[&str] = &[
    "former", "deputy", "vice", "acting", "interim", "then", "new", "incoming", "outgoing",
    "top", "senior", "junior", "visiting", "opposition", "veteran", "powerful", "newly",
    "elected", "ex", "de", "facto", "longtime", "long-time", "embattled", "late", "outspoken",
    "hardline", "hard-line", "reformist", "conservative", "liberal", "populist", "nationalist",
    "military", "civilian", "royal", "supreme", "chief", "assistant", "under", "special",
    "presidential", "government", "foreign", "ministry", "state", "party", "rebel",
];

/// Particles inside personal names ("Ursula von der Leyen", "bin Salman").
pub const NAME_PARTICLES: &[&str] = &[
    "von", "der", "van", "den", "de", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn",
    "al", "el", "abu", "ben", "dos", "das", "y", "al-", "bint", "ould", "ag",
];

/// Capitalised words that never start a personal name.
pub const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But", "And",
    "Or", "If", "When", "While", "After", "Before", "Since", "This", "That", "These", "Those",
    "His", "Her", "Their", "Its", "Our", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August",
    "September", "October", "November", "December", "As", "So", "For", "With", "From", "By",
    "To", "Of", "Speaking", "According", "Meanwhile", "However", "Also", "Both", "Later",
    "Earlier", "Today", "Yesterday", "Tomorrow", "Last", "Next", "During", "Despite", "Amid",
    "Under", "Over", "Following", "Asked", "Government", "Ministry", "Office", "Council",
];

/// Common nouns for crowds and armed groups that act in the news.
pub const GROUP_NOUNS: &[&str] = &[
    "protesters", "protestors", "demonstrators", "militants", "rebels", "insurgents",
    "separatists", "gunmen", "activists", "students", "workers", "farmers", "rioters",
    "fighters", "jihadists", "extremists", "settlers", "hackers", "pirates", "mercenaries",
];

/// Verbs that report speech: a "would"/"will" under them is a promise or a
/// threat made by the speaker, not a hypothetical.
pub const REPORTING_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "announced", "announces", "added", "insisted",
    "confirmed", "declared", "stated", "promised", "pledged", "vowed", "warned", "assured",
    "affirmed", "reaffirmed", "stressed", "signalled", "signaled", "indicated", "wrote",
];

/// Quantity words that may open a noun phrase ("dozens of", "more than").
pub const QUANTITY_WORDS: &[&str] = &[
    "thousands", "hundreds", "dozens", "scores", "tens", "millions", "dozen", "hundred",
    "thousand", "some", "several", "many", "most", "more", "few", "fewer", "less",
    "nearly", "almost", "roughly", "approximately", "least", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "all", "both",
];

/// Number words, for telling a participle used as an adjective.
pub const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "dozens", "hundreds", "thousands", "several", "many", "few",
];

/// Words that may stand before a capitalised name and introduce a person
/// even in lowercase ("reporter Evan Gershkovich").
pub const LOWER_TITLES_OK: usize = 2;
