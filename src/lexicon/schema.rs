//! The RON file formats of the lexicons in `data/`.
//!
//! Users extend the built-in lexicons with files of the same shape
//! (`--actors FILE.ron`, `--relations FILE.ron`); every list is optional so
//! that a user file may hold just the entries it adds.

use serde::{Deserialize, Serialize};

use crate::model::{ActorKind, Relation};

/// An actors file: any of the four lists may be missing.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ActorsFile {
    pub countries: Vec<CountryEntry>,
    pub organisations: Vec<OrgEntry>,
    pub people: Vec<PersonEntry>,
    /// Role words that, after a country adjective or name, stand for the
    /// country's government or a person of it ("officials", "diplomats").
    pub roles: Vec<RoleWord>,
}

/// A country or territory.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CountryEntry {
    /// ISO 3166-1 alpha-3 code; also the actor id, lowercased.
    pub code: String,
    /// The short name used in news ("France", "Iran", "South Korea").
    pub name: String,
    /// Other names: official long forms and common variants ("Republic of
    /// Korea", "ROK"). Matched case-sensitively as written.
    #[serde(default)]
    pub names: Vec<String>,
    /// Adjectives and demonyms ("French", "Frenchman", "Emirati").
    #[serde(default)]
    pub adjectives: Vec<String>,
    /// Capitals and seats of government used as metonyms ("Paris",
    /// "the Elysee", "Downing Street").
    #[serde(default)]
    pub capitals: Vec<String>,
    /// Other cities of the country that a visit may name ("Guangzhou").
    #[serde(default)]
    pub cities: Vec<String>,
}

/// An international or national organisation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OrgEntry {
    /// Actor id: a lowercase slug ("un-security-council").
    pub id: String,
    /// Display name ("UN Security Council").
    pub name: String,
    /// Every other way it is written: acronyms, long forms ("UNSC",
    /// "United Nations Security Council", "Security Council").
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default = "org_kind")]
    pub kind: ActorKind,
    /// ISO alpha-3 code for a national body (a ministry, a company).
    #[serde(default)]
    pub country: Option<String>,
}

fn org_kind() -> ActorKind {
    ActorKind::Organisation
}

/// A known person, with the offices held, so that "the French president"
/// resolves to whoever held the office on the article's date.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PersonEntry {
    /// Full name as usually written ("Emmanuel Macron").
    pub name: String,
    /// Other names, including the surname used alone ("Macron") and
    /// transliteration variants ("Zelenskyy").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// ISO alpha-3 code of the person's country, if any.
    #[serde(default)]
    pub country: Option<String>,
    /// Organisation id for officials of an organisation ("eu-commission").
    #[serde(default)]
    pub org: Option<String>,
    /// "m" or "f", for pronouns; empty when unknown.
    #[serde(default)]
    pub gender: String,
    #[serde(default)]
    pub roles: Vec<Office>,
}

/// One term of office.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Office {
    /// Lowercase title as news writes it ("president", "prime minister",
    /// "foreign minister", "chancellor", "secretary of state").
    pub title: String,
    /// First day in office, `YYYY-MM-DD`.
    pub from: String,
    /// Last day in office, `YYYY-MM-DD`; `None` while in office.
    #[serde(default)]
    pub to: Option<String>,
    /// The office is what news calls the country's "leader".
    #[serde(default)]
    pub leader: bool,
}

/// A role noun ("officials", "spokesman", "diplomat").
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RoleWord {
    pub word: String,
    /// The word names one person ("spokesman") rather than a body
    /// ("officials", "government").
    #[serde(default)]
    pub person: bool,
}

/// A relations file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RelationsFile {
    /// Named lists of words that a pattern may name in braces: with
    /// `goods: ["aid", "food", "medical supplies"]`, the pattern
    /// `"deliver * {goods} to"` stands for one pattern per entry. A user
    /// file may use the built-in classes and add its own.
    pub classes: std::collections::BTreeMap<String, Vec<String>>,
    pub triggers: Vec<Trigger>,
    /// Words of a verdict, for triggers with a `verdict`.
    pub verdicts: Verdicts,
}

/// Words that, said of an actor or an act, are a verdict on it: "called
/// Serbia an ironclad *friend*", "described the expulsion as *unfounded*".
/// Single lowercase words, every form that is written (they are not
/// inflected).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Verdicts {
    /// Praise (CAMEO 051).
    pub positive: Vec<String>,
    /// Criticism (CAMEO 111).
    pub negative: Vec<String>,
}

/// Whether a trigger's meaning hangs on a verdict after its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictUse {
    /// Without a verdict there is no event ("described the talks as
    /// lengthy").
    Required,
    /// Without a verdict the trigger means what it says ("called Macron on
    /// Monday" is a call).
    Optional,
}

/// Part of speech of a trigger's head word: how it is inflected and how its
/// subject is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pos {
    /// The first word is a verb lemma, inflected automatically
    /// (meet, meets, met, meeting).
    Verb,
    /// The first word is a noun, matched in singular and plural
    /// ("visit to" also matches "visits to").
    Noun,
}

/// A word pattern that signals a relation.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Trigger {
    /// Words, lowercase, separated by spaces. The first word is the head
    /// (inflected per `pos`). `*` stands for a gap of zero to five words
    /// ("pay * visit to" matches "paid a state visit to"). `{name}` stands
    /// for each word of a class ([`RelationsFile::classes`]). `@` marks where
    /// the object stands when the wording goes on after it ("declare @
    /// persona non grata", "order @ to leave").
    pub pattern: String,
    pub pos: Pos,
    pub relation: Relation,
    /// CAMEO code for this wording ("042"); defaults to the relation's.
    #[serde(default)]
    pub cameo: Option<String>,
    /// The grammatical subject is the target and the object the source
    /// ("receive a visit from X": X visits the subject).
    #[serde(default)]
    pub reverse: bool,
    /// Kinds the object must be, when the word is ambiguous ("receive" a
    /// person, not a letter). Empty: any.
    #[serde(default)]
    pub object_kinds: Vec<ActorKind>,
    /// Kinds the subject must be ("was in Washington" is a visit by a
    /// person, not by a country's troops). Empty: any.
    #[serde(default)]
    pub subject_kinds: Vec<ActorKind>,
    /// Extra confidence adjustment, for weak wordings (negative).
    #[serde(default)]
    pub weight: f32,
    /// The relation when no "to" + verb follows the object: "called on X
    /// to withdraw" urges, "called on X" pays a call (`meet`).
    #[serde(default)]
    pub without_to: Option<Relation>,
    /// CAMEO code for the `without_to` reading ("041" for a phone call);
    /// defaults to that relation's.
    #[serde(default)]
    pub without_to_cameo: Option<String>,
    /// Holds only between coordinated subjects and names no object ("X
    /// and Y agreed to ...": an agreement between the two).
    #[serde(default)]
    pub pair_only: bool,
    /// A verdict on the object may follow it ("called X an ironclad
    /// friend", "described X as reckless"): a positive one makes the event
    /// `praise` (051), a negative one `criticize` (111).
    #[serde(default)]
    pub verdict: Option<VerdictUse>,
}
