//! The actor and relation vocabularies, compiled once into lookup tables.
//!
//! The defaults in `data/*.ron` are embedded in the binary, so the tool
//! needs no setup; users add their own files of the same shape. Compiling
//! turns every name into a token sequence keyed by its first token, and every
//! trigger pattern into inflected word sequences keyed by their first word,
//! so that matching a sentence costs one hash lookup per token.

pub mod inflect;
mod prefilter;
pub mod schema;

pub(crate) use prefilter::token_bits;
pub use prefilter::FirstWord;

use crate::fasthash::{FastMap, FastSet, WordTable};
use std::path::Path;

use chrono::NaiveDate;

use crate::error::Error;
use crate::model::{slug, Actor, ActorKind, Relation};
use crate::text::{tokenize, Sentence, Token, FIRST_SHIFT, LEXICON_CLASSES};
use schema::{ActorsFile, Pos, RelationsFile, Trigger};

/// The embedded default lexicon files.
const DEFAULT_ACTORS: &[(&str, &str)] = &[
    (
        "data/actors/countries.ron",
        include_str!("../../data/actors/countries.ron"),
    ),
    (
        "data/actors/organisations.ron",
        include_str!("../../data/actors/organisations.ron"),
    ),
    (
        "data/actors/people_g20.ron",
        include_str!("../../data/actors/people_g20.ron"),
    ),
    (
        "data/actors/people_world.ron",
        include_str!("../../data/actors/people_world.ron"),
    ),
    (
        "data/actors/people_more.ron",
        include_str!("../../data/actors/people_more.ron"),
    ),
    (
        "data/actors/people_history.ron",
        include_str!("../../data/actors/people_history.ron"),
    ),
];
const DEFAULT_RELATIONS: &str = include_str!("../../data/relations.ron");

/// Parses the embedded lexicon files, on two threads.
///
/// Parsing the RON (about 650 KB) was two thirds of the lexicon's load,
/// which every run pays before reading its first article (about 100M of
/// the 150M instructions; 5% of extracting 2,000 articles). The files are
/// independent, so a second thread takes the relations file and the actor
/// files that balance it by size: the calling thread's share of the load
/// falls from 149M to 99M instructions. The parsed files come back in
/// their fixed order and are added on one thread as before, so the
/// lexicon is the same. User files are still read after, in order, so
/// their errors are reported as before.
fn parse_embedded() -> (Vec<ActorsFile>, RelationsFile) {
    fn actors((name, text): &(&str, &str)) -> ActorsFile {
        ron::Options::default()
            .from_str(text)
            .unwrap_or_else(|e| panic!("embedded {name} is invalid: {e}"))
    }
    // Greedily by size: each actor file to the lighter side, the spawned
    // thread starting with the relations file.
    let (mut here, mut there) = (0, DEFAULT_RELATIONS.len());
    let on_other: Vec<bool> = DEFAULT_ACTORS
        .iter()
        .map(|(_, text)| {
            let other = there < here;
            *(if other { &mut there } else { &mut here }) += text.len();
            other
        })
        .collect();
    std::thread::scope(|scope| {
        let other = scope.spawn(|| {
            let relations: RelationsFile = ron::Options::default()
                .from_str(DEFAULT_RELATIONS)
                .unwrap_or_else(|e| panic!("embedded data/relations.ron is invalid: {e}"));
            let files: Vec<ActorsFile> = DEFAULT_ACTORS
                .iter()
                .zip(&on_other)
                .filter(|(_, &o)| o)
                .map(|(f, _)| actors(f))
                .collect();
            (files, relations)
        });
        let mut mine: Vec<ActorsFile> = DEFAULT_ACTORS
            .iter()
            .zip(&on_other)
            .filter(|(_, &o)| !o)
            .map(|(f, _)| actors(f))
            .collect();
        let (theirs, relations) = other
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        // Back into the files' order.
        let (mut mine_it, mut theirs_it) = (mine.drain(..), theirs.into_iter());
        let files = on_other
            .iter()
            .map(|&o| {
                if o { theirs_it.next() } else { mine_it.next() }.expect("one parse per file")
            })
            .collect();
        (files, relations)
    })
}

/// How a surface form names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The actor's name or an alias ("France", "Emmanuel Macron", "NATO").
    Name,
    /// A single-word surname alias of a person ("Macron").
    Surname,
    /// A country adjective or demonym ("French").
    Adjective,
    /// A capital or seat of government used as metonym ("Beijing").
    Capital,
    /// Another city of the country ("Guangzhou").
    City,
}

/// One actor a surface may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SurfaceRef {
    pub actor: usize,
    pub form: Form,
}

/// A name as a token sequence.
#[derive(Debug, Clone)]
pub struct Surface {
    pub tokens: Vec<String>,
    pub refs: Vec<SurfaceRef>,
}

/// A term of office, compiled.
#[derive(Debug, Clone)]
pub struct Term {
    pub person: usize,
    pub country: Option<String>,
    pub org: Option<String>,
    pub title: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub leader: bool,
}

/// Gender, for pronoun resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

/// A word of a compiled trigger pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatWord {
    Word(String),
    Gap,
    /// `@`: the object's place inside the wording ("declare @ persona non
    /// grata", "order @ to leave"): exactly one actor mention.
    Slot,
}

/// The grammatical form a verb head was matched in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadForm {
    Base,
    Third,
    /// Simple past that is also the past participle ("met", "hosted").
    PastOrParticiple,
    Past,
    Participle,
    Ing,
    Noun,
}

/// A trigger with its head in one inflected form.
#[derive(Debug, Clone)]
pub struct CompiledTrigger {
    pub trigger: usize,
    pub head: HeadForm,
    /// The words after the head.
    pub rest: Vec<PatWord>,
    /// Derived from a symmetric "... with" pattern without its "with": it
    /// holds only between coordinated subjects ("X and Y held talks").
    pub pair_only: bool,
    /// Fires only after a possessive naming two or more actors ("their
    /// summit", "Trump and Kim's talks"): a bare event noun says who took
    /// part only through its possessor.
    pub needs_possessor: bool,
    /// What the tokens after the head must hold for `rest` to match, tested
    /// before the full match (see [`FirstWord`]).
    pub first_word: FirstWord,
}

impl CompiledTrigger {
    fn new(
        trigger: usize,
        head: HeadForm,
        rest: Vec<PatWord>,
        pair_only: bool,
        needs_possessor: bool,
    ) -> CompiledTrigger {
        CompiledTrigger {
            first_word: FirstWord::of(&rest),
            trigger,
            head,
            rest,
            pair_only,
            needs_possessor,
        }
    }
}

/// The compiled lexicon, shared read-only by every extraction thread.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub actors: Vec<Actor>,
    pub genders: Vec<Gender>,
    /// Surfaces by their first token (as written). Crate-private, as are
    /// `titles` and `roles`: `word_classes` is compiled from them and must
    /// not go out of step.
    pub(crate) surfaces: FastMap<String, Vec<Surface>>,
    pub terms: Vec<Term>,
    /// Office titles, lowercase, by first word: ("prime", ["prime minister"]).
    pub(crate) titles: FastMap<String, Vec<Vec<String>>>,
    /// Role nouns: word sequence -> names one person.
    pub(crate) roles: FastMap<String, Vec<(Vec<String>, bool)>>,
    pub triggers: Vec<schema::Trigger>,
    pub trigger_index: FastMap<String, Vec<CompiledTrigger>>,
    /// Verdict words, lowercase: `true` for praise, `false` for criticism.
    verdicts: FastMap<String, bool>,
    /// The word class `misdeed` (wrongs a speaker says a party did:
    /// "violated", "abused the immunities"), as lowercase word sequences,
    /// read by code after "said" rather than spelled out as patterns (one
    /// pattern per wrong and wording was thousands of patterns on "say").
    misdeeds: Vec<Vec<String>>,
    /// Given names of the lexicon's people whose gender all its bearers
    /// share ("John", "Maria"), for people the text introduces.
    given_names: FastMap<String, Gender>,
    /// The lexicon's people by the last word of their name or of an
    /// alias ("Talon" for Patrice Talon): who "President Talon" may be
    /// when the story has not named him in full.
    last_names: FastMap<String, Vec<usize>>,
    by_id: FastMap<String, usize>,
    by_code: FastMap<String, usize>,
    terms_index: TermsIndex,
    /// Every grammar-list word and every word a role, title, surface or
    /// trigger can begin, with its grammar class mask and its `FIRST_*`
    /// bits shifted by [`FIRST_SHIFT`]: see [`Lexicon::first_word`] and
    /// `Lexicon::word_classes`. Asked for nearly every token, hence the
    /// packed table.
    word_classes: WordTable<u32>,
    /// `trigger_index.len()` when `word_classes` was built: the index is
    /// public, and if it has changed since, [`Lexicon::triggers_of`] asks
    /// it directly rather than trust the bit.
    trigger_keys: usize,
    /// `surfaces` again, for [`Lexicon::surfaces_of`]: every list, and each
    /// key's place in `surface_lists` plus one in a packed table. The
    /// gazetteer asks for nearly every capitalised word, and the map's
    /// lookup hashed the word and compared it with a key kept elsewhere in
    /// memory. Built with `word_classes`.
    surface_index: WordTable<u32>,
    surface_lists: Vec<Vec<Surface>>,
}

/// [`Lexicon::first_word`] bit: a key of `roles`.
pub(crate) const FIRST_ROLE: u8 = 1;
/// [`Lexicon::first_word`] bit: a key of `titles`.
pub(crate) const FIRST_TITLE: u8 = 2;
/// [`Lexicon::first_word`] bit: the lowercase form of a key of `surfaces`
/// (keys are as written, so a token with this bit may still miss them;
/// one without it cannot hit them).
pub(crate) const FIRST_SURFACE: u8 = 4;
/// [`Lexicon::first_word`] bit: a key of `trigger_index` (a trigger's head
/// in one of its forms).
pub(crate) const FIRST_TRIGGER: u8 = 8;
// The `FIRST_*` bits sit in a token's class mask between the grammar lists'
// bits and `LEXICON_CLASSES`.
const _: () = assert!((FIRST_TRIGGER as u32) << FIRST_SHIFT < LEXICON_CLASSES);

/// Where to look in [`Lexicon::terms`]: the terms of each person and of
/// each country code or organisation id, as ascending positions. Who held
/// an office is asked for every role description and every new actor of an
/// article, and a scan of all terms each time was several percent of
/// extraction. Built by the lexicon builder; if `terms` has changed length
/// since, the lookups scan all terms instead.
#[derive(Debug, Clone, Default)]
struct TermsIndex {
    /// `terms.len()` when the index was built.
    len: usize,
    by_person: Vec<Vec<usize>>,
    by_holder: FastMap<String, Vec<usize>>,
}

impl TermsIndex {
    fn build(terms: &[Term]) -> TermsIndex {
        let mut ix = TermsIndex {
            len: terms.len(),
            ..TermsIndex::default()
        };
        for (i, t) in terms.iter().enumerate() {
            if ix.by_person.len() <= t.person {
                ix.by_person.resize_with(t.person + 1, Vec::new);
            }
            ix.by_person[t.person].push(i);
            for holder in [&t.country, &t.org].into_iter().flatten() {
                let list = ix.by_holder.entry(holder.clone()).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        ix
    }
}

impl Lexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Lexicon {
        // Without user files there is no I/O and nothing to report: the
        // embedded files are checked by the tests.
        Lexicon::with_files(&[], &[]).expect("the embedded lexicon loads")
    }

    /// The built-in lexicon extended by user files.
    pub fn with_files(actor_files: &[&Path], relation_files: &[&Path]) -> Result<Lexicon, Error> {
        let (embedded_actors, embedded_relations) = parse_embedded();
        let mut b = Builder::default();
        for f in embedded_actors {
            b.add_actors(f);
        }
        for p in actor_files {
            let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
            let f: ActorsFile = ron::Options::default()
                .from_str(&text)
                .map_err(|e| Error::ron(p, &e))?;
            b.add_actors(f);
        }
        b.add_relations(embedded_relations)
            .unwrap_or_else(|e| panic!("embedded data/relations.ron is invalid: {e}"));
        for p in relation_files {
            let text = std::fs::read_to_string(p).map_err(|e| Error::io(p, e))?;
            let f: RelationsFile = ron::Options::default()
                .from_str(&text)
                .map_err(|e| Error::ron(p, &e))?;
            b.add_relations(f).map_err(|msg| Error::Invalid {
                path: p.to_path_buf(),
                msg,
            })?;
        }
        Ok(b.finish())
    }

    /// Whether a lowercase word is a verdict of praise (`Some(true)`) or
    /// of criticism (`Some(false)`).
    pub fn verdict(&self, word: &str) -> Option<bool> {
        self.verdicts.get(word).copied()
    }

    /// Whether a wrong of the class `misdeed` is written from word `k`
    /// ("violated", "shown intransigence").
    /// (Quotation marks between the words are passed over: "had shown
    /// 'intransigence'".)
    pub fn misdeed_at(&self, toks: &[crate::text::Token], k: usize) -> bool {
        let words = toks[k.min(toks.len())..]
            .iter()
            .filter(|t| !matches!(t.text, "\"" | "'" | "“" | "”" | "‘" | "’"));
        self.misdeeds.iter().any(|m| {
            let mut ws = words.clone();
            m.iter()
                .all(|w| ws.next().is_some_and(|t| t.lower_str() == w))
        })
    }

    /// The lexicon's people whose name (or an alias) ends with `word`.
    pub fn people_with_last_name(&self, word: &str) -> &[usize] {
        self.last_names.get(word).map_or(&[], Vec::as_slice)
    }

    /// The gender that every known person with this given name has, as
    /// the best guess for a newcomer of that name.
    pub fn given_name_gender(&self, given: &str) -> Gender {
        self.given_names
            .get(given)
            .copied()
            .unwrap_or(Gender::Unknown)
    }

    /// Whether some known person has this given name: a newcomer's name
    /// may start with it ("asylum to Jorge Glas").
    pub fn is_given_name(&self, given: &str) -> bool {
        self.given_names.contains_key(given)
    }

    pub fn actor_index(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The country actor for an ISO alpha-3 code.
    pub fn country(&self, code: &str) -> Option<usize> {
        self.by_code.get(&code.to_ascii_uppercase()).copied()
    }

    /// Who held an office on a date: `title` is matched exactly, or any
    /// leader office when `title` is "leader".
    pub fn office_holders(&self, country: &str, title: &str, on: Option<NaiveDate>) -> Vec<usize> {
        let mut out: Vec<usize> = self
            .indexed_terms(self.terms_index.by_holder.get(country))
            .filter(|t| t.country.as_deref() == Some(country) || t.org.as_deref() == Some(country))
            .filter(|t| {
                if title == "leader" {
                    t.leader
                } else {
                    t.title == title
                }
            })
            .filter(|t| match on {
                Some(d) => t.from.is_none_or(|f| f <= d) && t.to.is_none_or(|e| d <= e),
                None => t.to.is_none(),
            })
            .map(|t| t.person)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The terms at the positions an index lists, in order (a superset of
    /// those the caller filters for: none missing), or every term if the
    /// index is out of date.
    fn indexed_terms<'s>(
        &'s self,
        positions: Option<&'s Vec<usize>>,
    ) -> impl Iterator<Item = &'s Term> + 's {
        let current = self.terms_index.len == self.terms.len();
        let all = (!current).then(|| self.terms.iter());
        let listed = current.then(|| {
            positions
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|&i| &self.terms[i])
        });
        all.into_iter()
            .flatten()
            .chain(listed.into_iter().flatten())
    }

    /// The titles a person held on a date.
    /// The last day a person held any office the lexicon lists, up to
    /// `on` (an office still held counts as `on` itself); `None` without
    /// any. Of two namesakes out of office, the one out more lately is
    /// the one a story means ("Abe" in 2022 is Shinzo, not Shintaro).
    pub fn last_in_office(&self, person: usize, on: NaiveDate) -> Option<NaiveDate> {
        self.indexed_terms(self.terms_index.by_person.get(person))
            .filter(|t| t.person == person && t.from.is_none_or(|f| f <= on))
            .map(|t| t.to.map_or(on, |e| e.min(on)))
            .max()
    }

    pub fn titles_of(&self, person: usize, on: Option<NaiveDate>) -> Vec<&Term> {
        self.indexed_terms(self.terms_index.by_person.get(person))
            .filter(|t| t.person == person)
            .filter(|t| match on {
                Some(d) => t.from.is_none_or(|f| f <= d) && t.to.is_none_or(|e| d <= e),
                None => true,
            })
            .collect()
    }
}

#[derive(Default)]
struct Builder {
    lex: Lexicon,
    /// Word classes for patterns (see [`RelationsFile::classes`]), from
    /// every relations file read so far.
    classes: FastMap<String, Vec<String>>,
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

impl Builder {
    fn actor(&mut self, actor: Actor, gender: Gender) -> usize {
        if let Some(&i) = self.lex.by_id.get(&actor.id) {
            let a = actor.clone();
            self.lex.actors[i].absorb(&a);
            return i;
        }
        let i = self.lex.actors.len();
        self.lex.by_id.insert(actor.id.clone(), i);
        self.lex.actors.push(actor);
        self.lex.genders.push(gender);
        i
    }

    fn surface(&mut self, text: &str, actor: usize, form: Form) {
        let text = text.trim();
        let text = text
            .strip_prefix("the ")
            .or_else(|| text.strip_prefix("The "))
            .unwrap_or(text);
        let tokens: Vec<String> = tokenize(text, 0)
            .into_iter()
            .map(|t| t.text.replace('’', "'"))
            .collect();
        let Some(first) = tokens.first().cloned() else {
            return;
        };
        let list = self.lex.surfaces.entry(first).or_default();
        let r = SurfaceRef { actor, form };
        match list.iter_mut().find(|s| s.tokens == tokens) {
            Some(s) => {
                if !s.refs.contains(&r) {
                    s.refs.push(r);
                }
            }
            None => list.push(Surface {
                tokens,
                refs: vec![r],
            }),
        }
    }

    fn add_actors(&mut self, f: ActorsFile) {
        for c in f.countries {
            let code = c.code.to_ascii_uppercase();
            let mut a = Actor::new(
                code.to_ascii_lowercase(),
                c.name.clone(),
                ActorKind::Country,
            )
            .with_country(code.clone());
            a.add_aliases(c.names.iter().cloned());
            let i = self.actor(a, Gender::Unknown);
            self.lex.by_code.insert(code, i);
            self.surface(&c.name, i, Form::Name);
            for n in &c.names {
                self.surface(n, i, Form::Name);
            }
            for n in &c.adjectives {
                self.surface(n, i, Form::Adjective);
            }
            for n in &c.capitals {
                self.surface(n, i, Form::Capital);
            }
            for n in &c.cities {
                self.surface(n, i, Form::City);
            }
        }
        for o in f.organisations {
            let mut a = Actor::new(o.id.clone(), o.name.clone(), o.kind);
            a.country = o.country.clone();
            a.add_aliases(o.aliases.iter().cloned());
            let i = self.actor(a, Gender::Unknown);
            self.surface(&o.name, i, Form::Name);
            for n in &o.aliases {
                self.surface(n, i, Form::Name);
            }
        }
        for p in f.people {
            let gender = match p.gender.as_str() {
                "m" | "M" | "male" => Gender::Male,
                "f" | "F" | "female" => Gender::Female,
                _ => Gender::Unknown,
            };
            let mut a = Actor::new(slug(&p.name), p.name.clone(), ActorKind::Person);
            a.country = p.country.clone();
            a.add_aliases(p.aliases.iter().cloned());
            let i = self.actor(a, gender);
            self.surface(&p.name, i, Form::Name);
            for n in &p.aliases {
                let single = !n.trim().contains(' ');
                self.surface(n, i, if single { Form::Surname } else { Form::Name });
            }
            for r in p.roles {
                let title = r.title.to_lowercase();
                let words: Vec<String> = title.split_whitespace().map(str::to_string).collect();
                if let Some(first) = words.first().cloned() {
                    let list = self.lex.titles.entry(first).or_default();
                    if !list.contains(&words) {
                        list.push(words);
                    }
                }
                self.lex.terms.push(Term {
                    person: i,
                    country: p.country.clone(),
                    org: p.org.clone(),
                    title,
                    from: parse_day(&r.from),
                    to: r.to.as_deref().and_then(parse_day),
                    leader: r.leader,
                });
            }
        }
        for r in f.roles {
            let words: Vec<String> = r
                .word
                .to_lowercase()
                .split_whitespace()
                .map(str::to_string)
                .collect();
            if let Some(first) = words.first().cloned() {
                let list = self.lex.roles.entry(first).or_default();
                if !list.iter().any(|(w, _)| *w == words) {
                    list.push((words, r.person));
                }
            }
        }
    }

    /// One pattern per choice of the word classes it names in braces
    /// ("send * {goods} to"), in the order the classes list them.
    fn expand(&self, t: Trigger) -> Result<Vec<Trigger>, String> {
        let Some(open) = t.pattern.find('{') else {
            return Ok(vec![t]);
        };
        let close = t.pattern[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| {
                format!(
                    "pattern \"{}\" opens a class with '{{' but never closes it",
                    t.pattern
                )
            })?;
        let name = &t.pattern[open + 1..close];
        let words = self.classes.get(name).ok_or_else(|| {
            format!(
                "pattern \"{}\" names the word class {{{name}}}, which no relations file defines; add it under `classes`",
                t.pattern
            )
        })?;
        let mut out = Vec::with_capacity(words.len());
        for w in words {
            let pattern = format!("{}{}{}", &t.pattern[..open], w, &t.pattern[close + 1..]);
            out.extend(self.expand(Trigger {
                pattern,
                ..t.clone()
            })?);
        }
        Ok(out)
    }

    fn add_relations(&mut self, f: RelationsFile) -> Result<(), String> {
        for w in f.verdicts.positive {
            self.lex.verdicts.insert(w.to_lowercase(), true);
        }
        for w in f.verdicts.negative {
            self.lex.verdicts.insert(w.to_lowercase(), false);
        }
        for (name, words) in f.classes {
            self.classes.entry(name).or_default().extend(words);
        }
        // A class may spell out a wording also listed on its own: that
        // one stands, with its own code and weight.
        let key = |t: &Trigger| (t.pattern.clone(), t.relation, t.pos == Pos::Verb);
        let mut listed: FastSet<(String, Relation, bool)> =
            self.lex.triggers.iter().map(key).collect();
        listed.extend(
            f.triggers
                .iter()
                .filter(|t| !t.pattern.contains('{'))
                .map(key),
        );
        let mut triggers = Vec::with_capacity(f.triggers.len());
        for t in f.triggers {
            if t.pattern.contains('{') {
                let mut expanded = self.expand(t)?;
                expanded.retain(|x| listed.insert(key(x)));
                triggers.extend(expanded);
            } else {
                triggers.push(t);
            }
        }
        for t in triggers {
            let idx = self.lex.triggers.len();
            let words: Vec<&str> = t.pattern.split_whitespace().collect();
            let Some((head, rest)) = words.split_first() else {
                continue;
            };
            let rest: Vec<PatWord> = rest
                .iter()
                .map(|w| {
                    if *w == "*" {
                        PatWord::Gap
                    } else if *w == "@" {
                        PatWord::Slot
                    } else {
                        PatWord::Word(w.to_lowercase())
                    }
                })
                .collect();
            let forms: Vec<(String, HeadForm)> = match t.pos {
                Pos::Verb => inflect::verb_forms(&head.to_lowercase()),
                Pos::Noun => inflect::noun_forms(&head.to_lowercase())
                    .into_iter()
                    .map(|f| (f, HeadForm::Noun))
                    .collect(),
            };
            // "X and Y restored relations": a symmetric pattern ending in
            // "with" also holds without it, between coordinated subjects.
            // Only multiword verb phrases: a bare "work" or a noun without
            // its preposition says too little.
            let pair_rest = match rest.split_last() {
                Some((PatWord::Word(w), init))
                    if w == "with"
                        && !init.is_empty()
                        && t.pos == Pos::Verb
                        && t.relation.is_symmetric()
                        && !t.reverse
                        // (Time spent says whom with only by "with": "he and
                        // Vance spent 48 hours engaging with Modi". A pair
                        // spends it "together".)
                        && !t.pattern.starts_with("spend ") =>
                {
                    Some(init.to_vec())
                }
                _ => None,
            };
            // "summit with" also holds as "their summit": the bare noun,
            // only after a possessor that names the pair.
            let possessed = t.pos == Pos::Noun
                && t.relation.is_symmetric()
                && !t.reverse
                && matches!(rest.as_slice(), [PatWord::Word(w)] if w == "with");
            if possessed {
                for (form, hf) in &forms {
                    self.lex
                        .trigger_index
                        .entry(form.clone())
                        .or_default()
                        .push(CompiledTrigger::new(idx, *hf, Vec::new(), true, true));
                }
            }
            // A bare noun ("sanctions") names no target; it would only pick
            // up whatever actor follows.
            if t.pos == Pos::Noun && rest.is_empty() {
                self.lex.triggers.push(t);
                continue;
            }
            for (form, hf) in forms {
                let list = self.lex.trigger_index.entry(form).or_default();
                list.push(CompiledTrigger::new(
                    idx,
                    hf,
                    rest.clone(),
                    t.pair_only && t.relation.is_symmetric(),
                    false,
                ));
                if let Some(pr) = &pair_rest {
                    list.push(CompiledTrigger::new(idx, hf, pr.clone(), true, false));
                }
            }
            self.lex.triggers.push(t);
        }
        Ok(())
    }

    fn finish(mut self) -> Lexicon {
        // Longest surfaces first, so the first match at a position is the
        // longest one.
        for list in self.lex.surfaces.values_mut() {
            list.sort_by(|a, b| {
                b.tokens
                    .len()
                    .cmp(&a.tokens.len())
                    .then_with(|| a.tokens.cmp(&b.tokens))
            });
        }
        for list in self.lex.trigger_index.values_mut() {
            list.sort_by(|a, b| {
                b.rest
                    .len()
                    .cmp(&a.rest.len())
                    .then(a.trigger.cmp(&b.trigger))
            });
        }
        for list in self.lex.roles.values_mut() {
            list.sort_by_key(|b| std::cmp::Reverse(b.0.len()));
        }
        for list in self.lex.titles.values_mut() {
            list.sort_by_key(|b| std::cmp::Reverse(b.len()));
        }
        self.lex.misdeeds = self
            .classes
            .get("misdeed")
            .map(|ws| {
                ws.iter()
                    .map(|w| w.split_whitespace().map(str::to_lowercase).collect())
                    .collect()
            })
            .unwrap_or_default();
        self.lex.terms_index = TermsIndex::build(&self.lex.terms);
        self.lex.given_names = given_names(&self.lex);
        self.lex.last_names = last_names(&self.lex);
        let mut classes: FastMap<String, u32> = first_words(&self.lex)
            .into_iter()
            .map(|(w, b)| (w, u32::from(b) << FIRST_SHIFT))
            .collect();
        for (w, c) in crate::extract::words::grammar_classes() {
            *classes.entry(w.to_string()).or_insert(0) |= c;
        }
        self.lex.word_classes = WordTable::new(classes.iter().map(|(w, &c)| (w.as_str(), c)));
        self.lex.trigger_keys = self.lex.trigger_index.len();
        let mut lists = Vec::with_capacity(self.lex.surfaces.len());
        let places: Vec<(&str, u32)> = self
            .lex
            .surfaces
            .iter()
            .map(|(k, list)| {
                lists.push(list.clone());
                (k.as_str(), lists.len() as u32)
            })
            .collect();
        self.lex.surface_index = WordTable::new(places.into_iter());
        self.lex.surface_lists = lists;
        self.lex
    }
}

/// The `FIRST_*` bits of a `Lexicon::word_classes` entry.
#[inline]
fn first_bits(classes: u32) -> u8 {
    (classes >> FIRST_SHIFT) as u8 & (FIRST_ROLE | FIRST_TITLE | FIRST_SURFACE | FIRST_TRIGGER)
}

/// The lexicon's people by the last word of each name they go by, when
/// that name has two words or more.
fn last_names(lex: &Lexicon) -> FastMap<String, Vec<usize>> {
    let mut out: FastMap<String, Vec<usize>> = FastMap::default();
    for (i, a) in lex.actors.iter().enumerate() {
        if a.kind != ActorKind::Person {
            continue;
        }
        for name in std::iter::once(&a.name).chain(&a.aliases) {
            let mut words = name.split_whitespace();
            let (Some(_), Some(last)) = (words.next(), words.next_back()) else {
                continue;
            };
            let list = out.entry(last.to_string()).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
    }
    out
}

/// Given names whose known bearers all have one gender. A name is a
/// person's first word when that is not a title ("King Hamad"); names of
/// one letter or with a hyphen are left out as too unsure.
fn given_names(lex: &Lexicon) -> FastMap<String, Gender> {
    let mut seen: FastMap<String, Option<Gender>> = FastMap::default();
    for (a, &g) in lex.actors.iter().zip(&lex.genders) {
        if a.kind != ActorKind::Person || g == Gender::Unknown {
            continue;
        }
        let Some(first) = a.name.split_whitespace().next() else {
            continue;
        };
        if first.chars().count() < 3 || lex.titles.contains_key(&first.to_lowercase()) {
            continue;
        }
        let e = seen.entry(first.to_string()).or_insert(Some(g));
        if *e != Some(g) {
            *e = None;
        }
    }
    seen.into_iter()
        .filter_map(|(k, g)| g.map(|g| (k, g)))
        .collect()
}

/// The first-word bits behind [`Lexicon::first_word`].
fn first_words(lex: &Lexicon) -> FastMap<String, u8> {
    let mut t: FastMap<String, u8> = FastMap::default();
    for k in lex.roles.keys() {
        *t.entry(k.clone()).or_insert(0) |= FIRST_ROLE;
    }
    for k in lex.titles.keys() {
        *t.entry(k.clone()).or_insert(0) |= FIRST_TITLE;
    }
    for k in lex.surfaces.keys() {
        // Lowercased as a token whose text is `k` is (see `text::push`;
        // keys have plain apostrophes already).
        *t.entry(k.to_lowercase().replace('’', "'")).or_insert(0) |= FIRST_SURFACE;
    }
    for k in lex.trigger_index.keys() {
        *t.entry(k.clone()).or_insert(0) |= FIRST_TRIGGER;
    }
    t
}

impl Lexicon {
    /// What the lowercase form of a token can begin, as `FIRST_*` bits: one
    /// lookup that answers for roles and titles, and rules surfaces out,
    /// where the phrase scanner asked three tables for nearly every token.
    #[inline]
    pub(crate) fn first_word(&self, lower: &str) -> u8 {
        first_bits(self.word_classes.get(lower))
    }

    /// [`Lexicon::first_word`] of a token's lowercase form: read from the
    /// token when it was cut with this lexicon's table (see
    /// [`Lexicon::split`]), looked up otherwise.
    #[inline]
    pub(crate) fn first_of(&self, t: &Token) -> u8 {
        if t.classes & LEXICON_CLASSES != 0 {
            first_bits(t.classes)
        } else {
            self.first_word(t.lower_str())
        }
    }

    /// An article's sentences (`lowered` is its ASCII-lowercased copy),
    /// each token classified by this lexicon's table: see
    /// [`crate::text::split_classified`].
    pub(crate) fn split<'a>(&'a self, text: &'a str, lowered: &'a str) -> Vec<Sentence<'a>> {
        crate::text::split_classified(text, lowered, &self.word_classes)
    }

    /// The surfaces whose first token is `first` (as written, with plain
    /// apostrophes), longest first: `surfaces.get(first)`, answered from the
    /// packed table while `surfaces` has the keys it was built from.
    #[inline]
    pub(crate) fn surfaces_of(&self, first: &str) -> Option<&[Surface]> {
        if self.surface_lists.len() != self.surfaces.len() {
            return self.surfaces.get(first).map(Vec::as_slice);
        }
        match self.surface_index.get(first) {
            0 => None,
            place => self
                .surface_lists
                .get(place as usize - 1)
                .map(Vec::as_slice),
        }
    }

    /// [`Lexicon::triggers_of`] for a token, its `FIRST_TRIGGER` bit read
    /// from the token (see [`Lexicon::first_of`]).
    #[inline]
    pub(crate) fn triggers_of_token(&self, t: &Token) -> Option<&Vec<CompiledTrigger>> {
        if self.trigger_keys == self.trigger_index.len() && self.first_of(t) & FIRST_TRIGGER == 0 {
            return None;
        }
        self.trigger_index.get(t.lower_str())
    }

    /// The compiled triggers whose head is `word` (a lowercase token), as
    /// `trigger_index.get(word)`. Asked of nearly every token, most of which
    /// head no trigger: the packed first-word table answers for those
    /// without hashing the word for the map.
    #[inline]
    pub(crate) fn triggers_of(&self, word: &str) -> Option<&Vec<CompiledTrigger>> {
        if self.trigger_keys == self.trigger_index.len()
            && self.first_word(word) & FIRST_TRIGGER == 0
        {
            return None;
        }
        self.trigger_index.get(word)
    }

    /// The relation and CAMEO code of a trigger.
    pub fn trigger_relation(&self, t: usize) -> (Relation, String) {
        let tr = &self.triggers[t];
        let cameo = tr
            .cameo
            .clone()
            .unwrap_or_else(|| tr.relation.cameo().to_string());
        (tr.relation, cameo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexed_term_lookups_match_a_scan_of_all_terms() {
        let lex = Lexicon::builtin();
        let mut stale = lex.clone();
        stale.terms_index = TermsIndex::default();
        stale.terms_index.len = usize::MAX; // forces the full scan
        let dates = [
            None,
            NaiveDate::from_ymd_opt(2023, 4, 6),
            NaiveDate::from_ymd_opt(2015, 1, 1),
        ];
        for d in dates {
            for p in 0..lex.actors.len() {
                let a = format!("{:?}", lex.titles_of(p, d));
                let b = format!("{:?}", stale.titles_of(p, d));
                assert_eq!(a, b, "person {p}");
            }
            let holders: Vec<String> = lex
                .terms
                .iter()
                .flat_map(|t| [t.country.clone(), t.org.clone()])
                .flatten()
                .collect();
            for h in holders
                .iter()
                .chain(&["FRA".to_string(), "nowhere".to_string()])
            {
                for title in ["leader", "president", "foreign minister", "prime minister"] {
                    assert_eq!(
                        lex.office_holders(h, title, d),
                        stale.office_holders(h, title, d),
                        "{h} {title}"
                    );
                }
            }
        }
    }

    #[test]
    fn tokens_cut_with_the_lexicon_carry_its_lookups() {
        let lex = Lexicon::builtin();
        let text = "French Foreign Minister Catherine Colonna met the Prime Minister \
                    of India in New Delhi on Monday. Beijing re-imposed sanctions; \
                    talks between Ukraine’s envoys and NATO were not held.";
        let lowered = text.to_ascii_lowercase();
        let mut seen = 0;
        for s in lex.split(text, &lowered) {
            for t in &s.tokens {
                assert_ne!(t.classes & LEXICON_CLASSES, 0, "{}", t.text);
                assert_eq!(lex.first_of(t), lex.first_word(t.lower_str()), "{}", t.text);
                assert_eq!(
                    t.classes & ((1 << FIRST_SHIFT) - 1),
                    crate::extract::words::classes_of(t.lower_str()),
                    "{}",
                    t.text
                );
                seen |= lex.first_of(t);
            }
        }
        // Every kind of bit came from the table at least once.
        assert_eq!(
            seen,
            FIRST_ROLE | FIRST_TITLE | FIRST_SURFACE | FIRST_TRIGGER
        );
        // A token cut without the table still answers, by lookup.
        let t = &tokenize("Minister", 0)[0];
        assert_eq!(t.classes & LEXICON_CLASSES, 0);
        assert_eq!(lex.first_of(t), lex.first_word("minister"));
    }

    #[test]
    fn builtin_lexicon_loads_and_knows_the_basics() {
        let lex = Lexicon::builtin();
        assert!(lex.actors.len() > 400, "{} actors", lex.actors.len());
        let fra = lex.country("FRA").unwrap();
        assert_eq!(lex.actors[fra].name, "France");
        assert!(lex.surfaces.contains_key("French"));
        assert_eq!(lex.first_word("french"), FIRST_SURFACE);
        assert_ne!(lex.first_word("minister") & (FIRST_ROLE | FIRST_TITLE), 0);
        assert_eq!(lex.first_word("macaroni"), 0);
        assert!(lex.trigger_index.contains_key("met"));
        assert!(lex.trigger_index.contains_key("talks"));
        assert_ne!(lex.first_word("met") & FIRST_TRIGGER, 0);
        assert_eq!(lex.first_word("macaroni") & FIRST_TRIGGER, 0);
        // Every key has the bit, and the bit holds no other word.
        for k in lex.trigger_index.keys() {
            assert!(lex.triggers_of(k).is_some(), "{k}");
        }
        assert!(lex.triggers_of("french").is_none());
        // A key added after the build is still found.
        let mut grown = lex.clone();
        grown.trigger_index.insert("macaroni".into(), Vec::new());
        assert!(grown.triggers_of("macaroni").is_some());
        let d = NaiveDate::from_ymd_opt(2023, 4, 6);
        let pres = lex.office_holders("FRA", "president", d);
        assert_eq!(lex.actors[pres[0]].name, "Emmanuel Macron");
        let lead = lex.office_holders("DEU", "leader", NaiveDate::from_ymd_opt(2020, 1, 1));
        assert_eq!(lex.actors[lead[0]].name, "Angela Merkel");
    }

    #[test]
    fn every_office_belongs_to_a_known_state_or_body() {
        // (Offices of an unknown body are never found by their body: the
        // European Commission's were filed under a misspelt id once.)
        let lex = Lexicon::builtin();
        assert!(lex.terms.len() > 3000, "{} terms", lex.terms.len());
        for t in &lex.terms {
            let who = &lex.actors[t.person].name;
            if let Some(c) = &t.country {
                assert!(lex.country(c).is_some(), "{who}: unknown state {c}");
            }
            if let Some(o) = &t.org {
                assert!(lex.actor_index(o).is_some(), "{who}: unknown body {o}");
            }
        }
        // Namesakes of different decades are told apart by their years.
        let abe = |name: &str| lex.actors.iter().position(|a| a.name == name).unwrap();
        let d = NaiveDate::from_ymd_opt(2022, 7, 9).unwrap();
        assert!(
            lex.last_in_office(abe("Shinzo Abe"), d) > lex.last_in_office(abe("Shintaro Abe"), d)
        );
    }

    #[test]
    fn user_file_errors_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bad.ron");
        std::fs::write(&p, "(countries: [\n  (code: \"XXA\", name: 3)\n])").unwrap();
        let err = Lexicon::with_files(&[p.as_path()], &[])
            .unwrap_err()
            .to_string();
        assert!(err.contains("bad.ron:2:"), "{err}");
    }

    #[test]
    fn user_actors_extend_the_builtin_ones() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("mine.ron");
        std::fs::write(&p, "(people: [(name: \"Jane Roe\", aliases: [\"Roe\"], country: Some(\"FRA\"), gender: \"f\")])").unwrap();
        let lex = Lexicon::with_files(&[p.as_path()], &[]).unwrap();
        assert!(lex.actor_index("jane-roe").is_some());
        assert!(lex.surfaces.contains_key("Roe"));
    }

    #[test]
    fn a_class_in_braces_stands_for_each_of_its_words() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("mine.ron");
        // A class of the user's own, and one of the built-in ones.
        std::fs::write(
            &p,
            r#"(classes: {"treats": ["macaroons", "nougat"]},
                triggers: [
                  (pattern: "bake * {treats} for", pos: verb, relation: praise),
                  (pattern: "airmail * {goods} to", pos: verb, relation: aid),
                ])"#,
        )
        .unwrap();
        let lex = Lexicon::with_files(&[], &[p.as_path()]).unwrap();
        let patterns: Vec<&str> = lex.triggers.iter().map(|t| t.pattern.as_str()).collect();
        for want in [
            "bake * macaroons for",
            "bake * nougat for",
            "airmail * drinking water to",
        ] {
            assert!(patterns.contains(&want), "{want}");
        }
        assert!(!patterns.iter().any(|p| p.contains('{')));
        // The built-in file's own expansions, each listed once.
        let aid = patterns
            .iter()
            .filter(|p| **p == "deliver * drinking water to")
            .count();
        assert_eq!(aid, 1);
    }

    #[test]
    fn an_unknown_class_names_the_file_and_the_class() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("mine.ron");
        std::fs::write(
            &p,
            r#"(triggers: [(pattern: "bake * {pastries} for", pos: verb, relation: praise)])"#,
        )
        .unwrap();
        let err = Lexicon::with_files(&[], &[p.as_path()])
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("mine.ron") && err.contains("{pastries}"),
            "{err}"
        );
    }
}
