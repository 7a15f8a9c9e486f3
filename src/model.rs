//! The vocabulary every stage shares: actors, relations, dates and events.
//!
//! These types are plain data. They carry no behaviour beyond naming and
//! ordering, so that the extractor, the graph and the exporters can agree on
//! them without knowing about each other.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A stable, human-readable actor identifier: a lowercase ASCII slug such as
/// `emmanuel-macron` or `fra`. Files refer to actors by this id, never by a
/// graph index, so that graphs can be saved, merged and reloaded safely.
pub type ActorId = String;

/// What sort of thing an actor is. It picks the node shape in pictures and
/// the pronouns that may refer to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Person,
    Country,
    Organisation,
    Group,
}

impl ActorKind {
    pub fn name(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Country => "country",
            ActorKind::Organisation => "organisation",
            ActorKind::Group => "group",
        }
    }
}

impl FromStr for ActorKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "person" | "people" => Ok(ActorKind::Person),
            "country" | "state" => Ok(ActorKind::Country),
            "organisation" | "organization" | "org" => Ok(ActorKind::Organisation),
            "group" => Ok(ActorKind::Group),
            _ => Err(format!(
                "unknown actor kind '{s}': expected person, country, organisation or group"
            )),
        }
    }
}

/// A participant in diplomatic events.
///
/// ```
/// use dipgraph::model::{Actor, ActorKind};
/// let a = Actor::new("fra", "France", ActorKind::Country).with_country("FRA");
/// assert_eq!(a.country.as_deref(), Some("FRA"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub id: ActorId,
    pub name: String,
    pub kind: ActorKind,
    /// ISO 3166 alpha-3 code of the country the actor belongs to or is.
    #[serde(default)]
    pub country: Option<String>,
    /// Other names seen or known for the actor, sorted and without duplicates.
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl Actor {
    pub fn new(id: impl Into<String>, name: impl Into<String>, kind: ActorKind) -> Actor {
        Actor {
            id: id.into(),
            name: name.into(),
            kind,
            country: None,
            aliases: Vec::new(),
        }
    }

    pub fn with_country(mut self, code: impl Into<String>) -> Actor {
        self.country = Some(code.into());
        self
    }

    /// Adds aliases, keeping the list sorted and unique (determinism matters:
    /// aliases are written to graph files).
    pub fn add_aliases<I: IntoIterator<Item = String>>(&mut self, names: I) {
        for n in names {
            if n != self.name && !self.aliases.contains(&n) {
                self.aliases.push(n);
            }
        }
        self.aliases.sort();
    }

    /// Merges what another record of the same actor knows into this one.
    pub fn absorb(&mut self, other: &Actor) {
        if self.country.is_none() {
            self.country = other.country.clone();
        }
        let mut names = other.aliases.clone();
        names.push(other.name.clone());
        self.add_aliases(names);
    }
}

/// Appends the last `width` decimal digits of `n`, zero-padded: for
/// `n < 10^width`, what `{n:0width$}` prints.
fn push_digits(s: &mut String, n: u32, width: u32) {
    for k in (0..width).rev() {
        let digit = (n / 10u32.pow(k)) % 10;
        s.push(char::from(b'0' + digit as u8));
    }
}

/// Turns a name into an actor id: lowercase ASCII words joined by `-`.
/// Letters outside ASCII are kept (lowercased) so that non-Latin names still
/// get a distinct id.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_slug(&mut out, name);
    out
}

/// Appends the slug of `name` to `out` as a further word of the same name:
/// pushing words one by one gives the [`slug`] of the words joined by
/// spaces (a space is one more non-alphanumeric character, which only sets
/// the dash that the words' own separators would). The mention scanner
/// asks for the id of a run of tokens without joining them into a string
/// first.
pub(crate) fn push_slug(out: &mut String, name: &str) {
    if name.is_ascii() {
        push_slug_ascii(out, name);
    } else {
        push_slug_chars(out, name);
    }
}

/// [`push_slug`] of any name, character by character.
fn push_slug_chars(out: &mut String, name: &str) {
    let mut dash = true;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            // ASCII (nearly every name) lowercases to one ASCII character,
            // without the Unicode tables.
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                for l in c.to_lowercase() {
                    match fold_latin(l) {
                        Some(plain) => out.push_str(plain),
                        None => out.push(l),
                    }
                }
            }
        } else {
            dash = true;
        }
    }
}

/// [`push_slug`] of an ASCII name (nearly every name), byte by byte: the
/// same letters and dashes without decoding each character. Slugs are made
/// for every name an article introduces.
fn push_slug_ascii(out: &mut String, name: &str) {
    let mut dash = true;
    for &b in name.as_bytes() {
        if b.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(char::from(b.to_ascii_lowercase()));
        } else {
            dash = true;
        }
    }
}

/// The plain letters of a lowercase Latin letter with a diacritic, so that
/// ids read the same however a name was typed: "Erdoğan" and "Erdogan"
/// are both `erdogan`, "Rodríguez" is `rodriguez`. Other scripts stay as
/// they are. The query resolver folds names the user types with it too.
pub(crate) fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// The 22 relations dipgraph codes, one per CAMEO root plus `visit`, `host`,
/// `praise`, `sign_deal` and `invite`, which analysts ask for by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Say,
    Urge,
    Pledge,
    Meet,
    Visit,
    Host,
    Praise,
    SignDeal,
    Cooperate,
    Aid,
    Yield,
    Investigate,
    Demand,
    Criticize,
    Reject,
    Threaten,
    Protest,
    Mobilize,
    Sanction,
    Coerce,
    Attack,
    Invite,
}

/// CAMEO's four quad classes, used to colour pictures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuadClass {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

impl QuadClass {
    pub fn name(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal cooperation",
            QuadClass::MaterialCooperation => "material cooperation",
            QuadClass::VerbalConflict => "verbal conflict",
            QuadClass::MaterialConflict => "material conflict",
        }
    }
}

impl Relation {
    pub const ALL: [Relation; 22] = [
        Relation::Say,
        Relation::Urge,
        Relation::Pledge,
        Relation::Meet,
        Relation::Visit,
        Relation::Host,
        Relation::Praise,
        Relation::SignDeal,
        Relation::Cooperate,
        Relation::Aid,
        Relation::Yield,
        Relation::Investigate,
        Relation::Demand,
        Relation::Criticize,
        Relation::Reject,
        Relation::Threaten,
        Relation::Protest,
        Relation::Mobilize,
        Relation::Sanction,
        Relation::Coerce,
        Relation::Attack,
        Relation::Invite,
    ];

    /// The name used in files and on the command line (`sign_deal`).
    pub fn name(self) -> &'static str {
        match self {
            Relation::Say => "say",
            Relation::Urge => "urge",
            Relation::Pledge => "pledge",
            Relation::Meet => "meet",
            Relation::Visit => "visit",
            Relation::Host => "host",
            Relation::Praise => "praise",
            Relation::SignDeal => "sign_deal",
            Relation::Cooperate => "cooperate",
            Relation::Aid => "aid",
            Relation::Yield => "yield",
            Relation::Investigate => "investigate",
            Relation::Demand => "demand",
            Relation::Criticize => "criticize",
            Relation::Reject => "reject",
            Relation::Threaten => "threaten",
            Relation::Protest => "protest",
            Relation::Mobilize => "mobilize",
            Relation::Sanction => "sanction",
            Relation::Coerce => "coerce",
            Relation::Attack => "attack",
            Relation::Invite => "invite",
        }
    }

    /// The CAMEO code used when the wording does not pick a finer one.
    pub fn cameo(self) -> &'static str {
        match self {
            Relation::Say => "010",
            Relation::Urge => "020",
            Relation::Pledge => "030",
            Relation::Meet => "040",
            Relation::Visit => "042",
            Relation::Host => "043",
            Relation::Praise => "051",
            Relation::SignDeal => "057",
            Relation::Cooperate => "050",
            Relation::Aid => "070",
            Relation::Yield => "080",
            Relation::Investigate => "090",
            Relation::Demand => "100",
            Relation::Criticize => "111",
            Relation::Reject => "120",
            Relation::Threaten => "130",
            Relation::Protest => "140",
            Relation::Mobilize => "150",
            Relation::Sanction => "160",
            Relation::Coerce => "170",
            Relation::Attack => "190",
            Relation::Invite => "036",
        }
    }

    /// Relations with no direction: stored once per pair.
    pub fn is_symmetric(self) -> bool {
        matches!(
            self,
            Relation::Meet | Relation::SignDeal | Relation::Cooperate
        )
    }

    pub fn quad_class(self) -> QuadClass {
        use Relation::*;
        match self {
            Say | Urge | Pledge | Meet | Visit | Host | Praise | Invite => {
                QuadClass::VerbalCooperation
            }
            SignDeal | Cooperate | Aid | Yield => QuadClass::MaterialCooperation,
            Investigate | Demand | Criticize | Reject | Threaten | Protest => {
                QuadClass::VerbalConflict
            }
            Mobilize | Sanction | Coerce | Attack => QuadClass::MaterialConflict,
        }
    }
}

impl fmt::Display for Relation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Relation {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let norm = match norm.as_str() {
            "criticise" => "criticize".to_string(),
            "mobilise" => "mobilize".to_string(),
            "signdeal" | "sign" => "sign_deal".to_string(),
            _ => norm,
        };
        Relation::ALL
            .iter()
            .copied()
            .find(|r| r.name() == norm)
            .ok_or_else(|| {
                let names: Vec<&str> = Relation::ALL.iter().map(|r| r.name()).collect();
                format!(
                    "unknown relation '{s}': expected one of {}",
                    names.join(", ")
                )
            })
    }
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    Day,
    Month,
    Year,
    Unknown,
}

impl Precision {
    /// The name used in files and output (`day`, `month`, `year`,
    /// `unknown`), as serde spells it.
    pub fn name(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Unknown => "unknown",
        }
    }
}

/// Where a date came from: words in the sentence, or the article's
/// publication date when the sentence reports the day's news without naming a
/// time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// An explicit or relative time expression in the text.
    Text,
    /// The publication date, for a sentence in the reporting tense.
    Publication,
    /// Nothing fixes the date.
    None,
    /// A time expression of an earlier sentence of the same paragraph
    /// that the story is still in ("In July 2019 Japan restricted exports.
    /// Seoul called the measures retaliation"); `raw` holds its words.
    Context,
}

impl DateSource {
    /// The name used in files (`text`, `publication`, `none`, `context`), as serde
    /// spells it.
    pub fn name(self) -> &'static str {
        match self {
            DateSource::Text => "text",
            DateSource::Publication => "publication",
            DateSource::None => "none",
            DateSource::Context => "context",
        }
    }
}

/// When an event happened, as precisely as the text tells.
///
/// ```
/// use dipgraph::model::{When, Precision};
/// use chrono::NaiveDate;
/// let w = When::month(NaiveDate::from_ymd_opt(2022, 11, 1).unwrap(), "in November");
/// assert_eq!(w.to_string(), "2022-11");
/// assert_eq!(w.precision, Precision::Month);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct When {
    /// The first day of the period the date names.
    pub date: Option<NaiveDate>,
    pub precision: Precision,
    /// The words the date was read from (empty for a publication date).
    #[serde(default)]
    pub raw: String,
    #[serde(default = "default_source")]
    pub source: DateSource,
}

fn default_source() -> DateSource {
    DateSource::Text
}

impl When {
    pub fn unknown() -> When {
        When {
            date: None,
            precision: Precision::Unknown,
            raw: String::new(),
            source: DateSource::None,
        }
    }
    pub fn day(d: NaiveDate, raw: &str) -> When {
        When {
            date: Some(d),
            precision: Precision::Day,
            raw: raw.to_string(),
            source: DateSource::Text,
        }
    }
    pub fn month(d: NaiveDate, raw: &str) -> When {
        When {
            date: d.with_day(1),
            precision: Precision::Month,
            raw: raw.to_string(),
            source: DateSource::Text,
        }
    }
    pub fn year(d: NaiveDate, raw: &str) -> When {
        When {
            date: NaiveDate::from_ymd_opt(d.year(), 1, 1),
            precision: Precision::Year,
            raw: raw.to_string(),
            source: DateSource::Text,
        }
    }
    pub fn publication(d: NaiveDate) -> When {
        When {
            date: Some(d),
            precision: Precision::Day,
            raw: String::new(),
            source: DateSource::Publication,
        }
    }

    pub fn is_known(&self) -> bool {
        self.date.is_some() && self.precision != Precision::Unknown
    }

    /// The date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or `None`.
    pub fn label(&self) -> Option<String> {
        let d = self.date?;
        // Four-digit years directly: chrono's `format` parses its pattern
        // on every call, and this runs for every output line. Other years
        // keep chrono's signed form.
        if let Ok(y) = u32::try_from(d.year()) {
            if y <= 9999 {
                // Digit by digit: what `{y:04}-{m:02}-{day:02}` prints, without
                // the formatting machinery.
                let n = match self.precision {
                    Precision::Day => 3,
                    Precision::Month => 2,
                    Precision::Year => 1,
                    Precision::Unknown => return None,
                };
                let mut s = String::with_capacity(10);
                push_digits(&mut s, y, 4);
                for part in [d.month(), d.day()].into_iter().take(n - 1) {
                    s.push('-');
                    push_digits(&mut s, part, 2);
                }
                return Some(s);
            }
        }
        Some(match self.precision {
            Precision::Day => d.format("%Y-%m-%d").to_string(),
            Precision::Month => d.format("%Y-%m").to_string(),
            Precision::Year => d.format("%Y").to_string(),
            Precision::Unknown => return None,
        })
    }

    /// Sort key: known dates first, in order; unknown last.
    pub fn sort_key(&self) -> (bool, Option<NaiveDate>, Precision) {
        (!self.is_known(), self.date, self.precision)
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(l) => f.write_str(&l),
            None => f.write_str("undated"),
        }
    }
}

/// One sentence that reports an event: where it was read and what it said.
///
/// The article's id, title and url and the sentence text are shared
/// (`Arc<str>`), not owned: every report from an article carries the same
/// three, and every report from a sentence the same text, so the extractor
/// allocates them once per article and once per sentence instead of once
/// per event, and a graph keeps one copy of each however many edges cite
/// it. `Arc<str>` compares, hashes and serialises as the `str` it holds, so
/// order and files are as with `String`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub article: Arc<str>,
    #[serde(default)]
    pub title: Option<Arc<str>>,
    #[serde(default)]
    pub url: Option<Arc<str>>,
    /// Index of the sentence in the article, from 0.
    pub sentence: usize,
    /// The sentence text.
    pub text: Arc<str>,
    /// Byte span of the sentence in the article text.
    pub span: (usize, usize),
    /// The words that named the source and target actors.
    pub source_mention: String,
    pub target_mention: String,
    /// The words that triggered the relation ("held talks with").
    #[serde(default)]
    pub trigger: String,
}

/// A diplomatic event: an edge of the graph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub source: ActorId,
    pub target: ActorId,
    pub relation: Relation,
    pub cameo: String,
    pub when: When,
    /// How sure the extractor is, from 0 to 1.
    pub confidence: f32,
    /// The event is announced for a stated date rather than reported as done.
    #[serde(default)]
    pub planned: bool,
    /// Every report of the event, sorted.
    pub evidence: Vec<Evidence>,
}

impl Event {
    /// The merge key: one edge per (source, target, relation, date). For
    /// symmetric relations the pair is put in a canonical order first.
    pub fn key(&self) -> EventKey {
        let (s, t) = if self.relation.is_symmetric() && self.target < self.source {
            (self.target.clone(), self.source.clone())
        } else {
            (self.source.clone(), self.target.clone())
        };
        EventKey {
            source: s,
            target: t,
            relation: self.relation,
            date: self.when.label(),
        }
    }

    /// The form [`crate::graph::EventGraph`] stores: a symmetric pair in
    /// order, and the evidence sorted without duplicates.
    pub fn is_canonical(&self) -> bool {
        !(self.relation.is_symmetric() && self.target < self.source)
            && self.evidence.windows(2).all(|w| w[0] < w[1])
    }

    /// Puts a symmetric event's pair in canonical order (smaller id first).
    pub fn canonicalize(&mut self) {
        if self.relation.is_symmetric() && self.target < self.source {
            std::mem::swap(&mut self.source, &mut self.target);
            for e in &mut self.evidence {
                std::mem::swap(&mut e.source_mention, &mut e.target_mention);
            }
        }
    }
}

/// See [`Event::key`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventKey {
    pub source: ActorId,
    pub target: ActorId,
    pub relation: Relation,
    pub date: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_match_chrono_formatting() {
        for (y, m, d) in [
            (2023, 4, 6),
            (2024, 10, 29),
            (0, 1, 1),
            (1, 1, 1),
            (999, 12, 31),
            (9999, 2, 3),
            (10000, 1, 1),
            (-5, 7, 8),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("a date");
            assert_eq!(
                When::day(date, "").label(),
                Some(date.format("%Y-%m-%d").to_string())
            );
            assert_eq!(
                When::month(date, "").label(),
                Some(date.format("%Y-%m").to_string())
            );
            assert_eq!(
                When::year(date, "").label(),
                Some(date.format("%Y").to_string())
            );
        }
    }

    #[test]
    fn relation_names_round_trip() {
        for r in Relation::ALL {
            assert_eq!(r.name().parse::<Relation>().unwrap(), r);
        }
        assert_eq!(
            "Criticise".parse::<Relation>().unwrap(),
            Relation::Criticize
        );
        assert!("hug".parse::<Relation>().is_err());
    }

    #[test]
    fn ascii_slugs_are_the_character_slugs() {
        for name in [
            "Emmanuel Macron",
            "  von der Leyen ",
            "Wang Yi (China)",
            "O'Neill-Smith 2nd",
            "",
        ] {
            let (mut a, mut c) = (String::from("x"), String::from("x"));
            push_slug_ascii(&mut a, name);
            push_slug_chars(&mut c, name);
            assert_eq!(a, c, "{name}");
        }
    }

    #[test]
    fn pushed_words_slug_as_their_spaced_join() {
        for words in [
            &["Iran", "'s", "Quds", "Force"][..],
            &["Donald", "Trump", "Jr."],
            &["Recep", "Tayyip", "Erdoğan"],
            &["Hun", ",", "Manet"],
            &["-", "x"],
        ] {
            let mut id = String::new();
            for w in words {
                push_slug(&mut id, w);
            }
            assert_eq!(id, slug(&words.join(" ")), "{words:?}");
        }
    }

    #[test]
    fn slug_is_stable() {
        assert_eq!(slug("Emmanuel Macron"), "emmanuel-macron");
        assert_eq!(slug("  von der Leyen "), "von-der-leyen");
        assert_eq!(slug("Wang Yi (China)"), "wang-yi-china");
    }

    #[test]
    fn slug_folds_latin_diacritics_and_keeps_other_scripts() {
        assert_eq!(slug("Recep Tayyip Erdoğan"), slug("Recep Tayyip Erdogan"));
        assert_eq!(
            slug("Luiz Inácio Lula da Silva"),
            "luiz-inacio-lula-da-silva"
        );
        assert_eq!(slug("Lars Løkke Rasmussen"), "lars-lokke-rasmussen");
        assert_eq!(slug("Straße"), "strasse");
        assert_eq!(slug("Зеленський"), "зеленський");
    }

    #[test]
    fn when_labels_follow_precision() {
        let d = NaiveDate::from_ymd_opt(2023, 4, 6).unwrap();
        assert_eq!(When::day(d, "").label().unwrap(), "2023-04-06");
        assert_eq!(When::month(d, "").label().unwrap(), "2023-04");
        assert_eq!(When::year(d, "").label().unwrap(), "2023");
        assert_eq!(When::unknown().label(), None);
        // The plain and the chrono spelling agree at the edges of both.
        for (y, m, dd) in [
            (0, 1, 1),
            (9, 2, 3),
            (999, 12, 31),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 5, 5),
        ] {
            let d = NaiveDate::from_ymd_opt(y, m, dd).unwrap();
            assert_eq!(
                When::day(d, "").label().unwrap(),
                d.format("%Y-%m-%d").to_string()
            );
            assert_eq!(
                When::month(d, "").label().unwrap(),
                d.format("%Y-%m").to_string()
            );
            assert_eq!(
                When::year(d, "").label().unwrap(),
                d.format("%Y").to_string()
            );
        }
    }

    #[test]
    fn symmetric_key_ignores_direction() {
        let mk = |s: &str, t: &str| Event {
            source: s.into(),
            target: t.into(),
            relation: Relation::Meet,
            cameo: "040".into(),
            when: When::unknown(),
            confidence: 1.0,
            planned: false,
            evidence: vec![],
        };
        assert_eq!(mk("a", "b").key(), mk("b", "a").key());
    }
}
