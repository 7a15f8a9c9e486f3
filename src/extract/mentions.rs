//! Actor mentions in a sentence and the article-wide memory that resolves
//! pronouns, surnames and role descriptions to actors.
//!
//! A mention is the longest phrase that names an actor: "French leader
//! Emmanuel Macron", "his Chinese counterpart Xi Jinping", "Kremlin
//! spokesman Dmitry Peskov" (a person the lexicon does not know, affiliated
//! to Russia by the word before the title), "Chinese and French officials"
//! (two countries), "the French president" (whoever held the office on the
//! article's date), "he" or "the two men".

use chrono::NaiveDate;

use super::words::*;
use crate::fasthash::FastMap;
use crate::lexicon::{
    Form, Gender, Lexicon, Surface, SurfaceRef, FIRST_ROLE, FIRST_SURFACE, FIRST_TITLE,
};
use crate::model::{push_slug, slug, Actor, ActorKind, Relation};
use crate::text::Token;

/// How a mention names its actors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A name from the lexicon or a discovered name.
    Name,
    /// A pronoun resolved to an earlier actor.
    Pronoun,
    /// A description ("the French president", "Chinese officials").
    Description,
}

/// An actor mention: tokens `start..end` of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// Local actor indices (several for "the two leaders").
    pub actors: Vec<usize>,
    pub kind: MentionKind,
    /// A city or other place: only a destination, never an agent.
    pub place: bool,
    /// Directly followed by a possessive "'s" (or is "his"/"her"/"their").
    pub possessive: bool,
    /// A role that named one person but could only be resolved to their
    /// country ("Australia's minister for the Pacific"), for appositives.
    pub unnamed_role: bool,
}

/// The actors an article mentions, with what we learn of them as we read.
#[derive(Debug)]
pub struct Cast {
    pub actors: Vec<Actor>,
    /// The last object pronoun ("him", "her") resolved: its sentence and
    /// person. "Museveni welcomed him first. Abiy received him the next
    /// day": the same word in the same place is the same person.
    last_object_pronoun: Option<(usize, usize)>,
    genders: Vec<Gender>,
    /// Lowercase titles known for the actor ("foreign minister").
    titles: Vec<Vec<String>>,
    /// Keyed by our own ids and names: the fast hasher is enough.
    by_id: FastMap<String, usize>,
    /// Surnames of people met in this article.
    surnames: FastMap<String, usize>,
    /// Two-word short forms of people's three-word names, by slug: the
    /// given names ("Hassan Sheikh" for Hassan Sheikh Mohamud) and the
    /// double surname ("Barth Eide" for Espen Barth Eide).
    short_names: FastMap<String, usize>,
    /// Acronyms the text gave in brackets after a name the lexicon does
    /// not know ("the All People's Congress (APC)"), with their actor.
    acronyms: FastMap<String, usize>,
    /// Local index -> lexicon index, for lexicon actors.
    lex_index: Vec<Option<usize>>,
    /// Lexicon index -> local index, for every lexicon actor resolved so
    /// far: [`Cast::lexicon_actor`] is asked for each name the gazetteer
    /// matches, and hashing an integer is cheaper than hashing the id.
    /// (Only a cache of `by_id`: an id, once in the cast, keeps its index.)
    by_lex: FastMap<usize, usize>,
    /// Most recent first: (actor, sentence, was a subject).
    recent: Vec<(usize, usize, bool)>,
    /// How many times each actor was named: a profile's subject is the
    /// person named most ([`Cast::protagonist`]).
    times_named: Vec<u32>,
    /// The last group of two or more actors named together.
    last_group: Option<(Vec<usize>, usize)>,
    /// The last two people who met, hosted or signed with each other, and
    /// where: "Mirziyoyev held talks with Rahmon ... the Presidents
    /// signed" are those two.
    met_pair: Option<([usize; 2], usize)>,
    /// The last body whose members were named as a group ("EU leaders",
    /// "Quad foreign ministers"), with its sentence: whom a later "the
    /// leaders" means when no people were named together.
    collective: Option<(usize, usize)>,
    /// The last state whose police were named ("Ecuadorean police"), with
    /// its sentence: whose "Police" the next sentences' are.
    police_of: Option<(usize, usize)>,
    /// Lists of three or more states named together ("Mexico, Argentina,
    /// Colombia and Bolivia signed"), most recent last, with their
    /// sentence: what "the four countries" or "all three" count back to.
    state_lists: Vec<(Vec<usize>, usize)>,
    /// The last two or more people acted on together ("hosted Mirzoyan
    /// and Bayramov"): who "them" is, though not "the two men".
    object_group: Option<(Vec<usize>, usize)>,
    /// Guests a host received together, with the sentence: "Lourenço hosted
    /// Tshisekedi and Kagame ... The two leaders agreed" are the guests.
    guests_group: Option<(Vec<usize>, usize)>,
    /// Subjects by sentence, for pronouns.
    subjects: Vec<(usize, usize)>,
    /// The two sides of the last deal or fighting between states or
    /// armed groups, with its sentence: who "both parties" and "the two
    /// sides" are when others were named since ("... signed the truce.
    /// Abiy thanked the AU and South Africa. Blinken urged both parties").
    sides: Option<([usize; 2], usize, Relation)>,
    /// Pairs of states (a person counts for their country) that events
    /// have joined, with how many events and the last one's sentence: the
    /// story's own pair is who "the two countries" are when others were
    /// named since ("Solomon Islands ... China ... Australia and the
    /// United States voiced concern ... the two countries' ministers had
    /// signed").
    dyads: Vec<([usize; 2], u32, usize)>,
    /// Pairs of states the lede (its first two sentences) set against
    /// each other: a criticism, penalty, threat, refusal or use of force.
    lede_rivals: Vec<[usize; 2]>,
    /// Who holds whom, from coercion told (arrests, detentions,
    /// seizures): (held, holder), latest last. "Demanded his release"
    /// is made of the holder.
    captors: Vec<(usize, usize)>,
    /// The last visit's guest and host (people), for "his guest", "the
    /// visitor", "her host".
    guest: Option<usize>,
    host: Option<usize>,
    /// Who "I" and "me" are outside quotes: the person a first-person
    /// release or op-ed names in its heading or byline. Decided at the
    /// first such pronoun (`Some(None)`: nobody was named before it).
    narrator: Option<Option<usize>>,
    /// The first person named, and in which sentence: a release's
    /// heading or an op-ed's byline names its narrator.
    first_person_named: Option<(usize, usize)>,
    /// The article is an interview: it has "Q:" lines. "I" in the answers
    /// and "you" in the questions are the person it introduces.
    interview: bool,
    /// The person a transcript last labelled as speaking ("HRVP Borrell:
    /// Good evening."): who "I" is in their paragraphs, up to the next
    /// label.
    speaker: Option<usize>,
    /// The paragraph is a question or a speaker we do not know
    /// ("QUESTION:", "Reporter:"): its "I" is nobody of the story.
    questioning: bool,
    /// The ":" that ends the speaker's label in the sentence being read,
    /// until the label's name is scanned.
    label_colon: Option<usize>,
    /// The state an official text speaks for: the one its opening names
    /// ("The Government of the Transition of the Republic of Mali", a
    /// release's "Department of Foreign Affairs, Manila"). "The
    /// Government" and "The Department", capitalised, are that state's.
    home_state: Option<usize>,
    /// Whether `home_state` came from a dateline only, and a body named
    /// with its state may still replace it.
    home_from_dateline: bool,
}

/// Room a new cast makes for actors before it grows: more than most
/// articles name.
const CAST_ROOM: usize = 32;

impl Default for Cast {
    /// An empty cast with room for [`CAST_ROOM`] actors in its per-actor
    /// lists and id maps. A cast is made for every article and grown one
    /// actor at a time: from empty, its four lists and two maps were
    /// reallocated some five times each, about 1% of extraction.
    /// (Neither map is ever iterated, so their room changes nothing read.)
    fn default() -> Cast {
        Cast {
            actors: Vec::with_capacity(CAST_ROOM),
            last_object_pronoun: None,
            genders: Vec::with_capacity(CAST_ROOM),
            titles: Vec::with_capacity(CAST_ROOM),
            by_id: FastMap::with_capacity_and_hasher(CAST_ROOM, Default::default()),
            surnames: FastMap::default(),
            short_names: FastMap::default(),
            acronyms: FastMap::default(),
            lex_index: Vec::with_capacity(CAST_ROOM),
            by_lex: FastMap::with_capacity_and_hasher(CAST_ROOM, Default::default()),
            recent: Vec::new(),
            times_named: Vec::with_capacity(CAST_ROOM),
            last_group: None,
            met_pair: None,
            collective: None,
            police_of: None,
            state_lists: Vec::new(),
            object_group: None,
            guests_group: None,
            subjects: Vec::new(),
            sides: None,
            dyads: Vec::new(),
            lede_rivals: Vec::new(),
            captors: Vec::new(),
            guest: None,
            host: None,
            narrator: None,
            first_person_named: None,
            interview: false,
            speaker: None,
            questioning: false,
            label_colon: None,
            home_state: None,
            home_from_dateline: false,
        }
    }
}

impl Cast {
    /// The side an actor is on: its country's code, or its own id for an
    /// actor with none (an organisation, a person of unknown country).
    pub fn side(&self, a: usize) -> &str {
        let x = &self.actors[a];
        x.country.as_deref().unwrap_or(&x.id)
    }

    pub fn gender(&self, a: usize) -> Gender {
        self.genders[a]
    }

    pub fn kind(&self, a: usize) -> ActorKind {
        self.actors[a].kind
    }

    /// At the first "I" or "me" outside quotes, decides who the narrator
    /// is: the first person named before it, in a release's heading
    /// ("MEDIA RELEASE - The Hon Anthony Albanese MP") or an op-ed's
    /// byline. Call before the sentence is scanned, so that nobody the
    /// sentence itself names ("President Xi received me") is taken.
    ///
    /// Only near the top: a columnist's "I do not expect" deep in an op-ed
    /// is nobody the story named, so the narrator must be named in the
    /// first two sentences and speak by the fifth.
    pub fn meet_narrator(&mut self, toks: &[Token], sentence: usize) {
        if !self.interview
            && sentence <= 12
            && toks.first().is_some_and(|t| t.text == "Q")
            && toks.get(1).is_some_and(|t| t.text == ":")
        {
            self.interview = true;
        }
        // Past the fifth sentence nobody can be the narrator any more (in
        // an interview, past the first answers), and leaving `narrator`
        // undecided reads the same as deciding on nobody (only its
        // flattened value is used): no need to look for quotes and
        // pronouns in every later sentence.
        let last = if self.interview { 16 } else { 4 };
        if self.narrator.is_some()
            || sentence > last
            || !narrated(toks)
            || !(0..toks.len())
                .any(|i| first_person(toks, i) || self.interview && second_person(toks, i))
        {
            return;
        }
        let named = self
            .first_person_named
            // (An interview's guest may first say "I" in a later answer.)
            .filter(|&(_, s)| s <= 1 && s < sentence && (sentence <= 4 || self.interview))
            .map(|(a, _)| a);
        self.narrator = Some(named);
    }

    /// At a paragraph's start: reads a transcript's speaker label
    /// ("HRVP Borrell:", "LACALLE POU:", "QUESTION:"). Call before the
    /// sentence is scanned; [`Cast::close_label`] after.
    pub fn open_paragraph(&mut self, toks: &[Token]) {
        self.questioning = false;
        self.label_colon = None;
        let Some(colon) = speaker_label(toks) else {
            return;
        };
        let first = toks[0].lower_str();
        if colon == 1 && matches!(first, "a" | "answer") {
            return;
        }
        if QUESTIONERS.contains(&first) || colon == 1 && first == "q" {
            self.questioning = true;
            return;
        }
        self.label_colon = Some(colon);
    }

    /// After a labelled sentence is scanned: the person its label names
    /// speaks from here on; a label naming no one we know is a voice of
    /// its own.
    pub fn close_label(&mut self, toks: &[Token], mentions: &[Mention]) {
        let Some(colon) = self.label_colon.take() else {
            return;
        };
        let named = self
            .label_person(colon, mentions)
            .or_else(|| self.capitals_label(&toks[..colon]));
        match named {
            Some(a) => self.speaker = Some(a),
            None => {
                self.speaker = None;
                self.questioning = true;
            }
        }
    }

    /// The person a label in capitals names by surname ("LACALLE POU:",
    /// "SPOKESPERSON WANG WENBIN:"): someone the story has named, the
    /// latest first.
    fn capitals_label(&self, label: &[Token]) -> Option<usize> {
        let last = label.last()?;
        if label.iter().any(|t| t.text.chars().any(char::is_lowercase)) || last.text.len() < 3 {
            return None;
        }
        let surname = last.lower_str();
        self.recent_people().find(|&a| {
            self.actors[a]
                .name
                .split_whitespace()
                .last()
                .is_some_and(|w| w.to_lowercase() == surname)
        })
    }

    /// The person named by the label ending at `colon`, among the
    /// sentence's mentions.
    fn label_person(&self, colon: usize, mentions: &[Mention]) -> Option<usize> {
        mentions
            .iter()
            .find(|m| m.end == colon && m.actors.len() == 1)
            .map(|m| m.actors[0])
            .filter(|&a| self.kind(a) == ActorKind::Person)
    }

    fn lexicon_actor(&mut self, lex: &Lexicon, li: usize, date: Option<NaiveDate>) -> usize {
        if let Some(&i) = self.by_lex.get(&li) {
            return i;
        }
        let id = &lex.actors[li].id;
        if let Some(&i) = self.by_id.get(id) {
            self.by_lex.insert(li, i);
            return i;
        }
        let i = self.push(lex.actors[li].clone(), lex.genders[li], Some(li));
        self.by_lex.insert(li, i);
        let titles: Vec<String> = lex
            .titles_of(li, date)
            .into_iter()
            .map(|t| t.title.clone())
            .collect();
        self.titles[i] = titles;
        if lex.actors[li].kind == ActorKind::Person {
            let name = &lex.actors[li].name;
            let first = name.split_whitespace().next();
            if let Some(last) = name.split_whitespace().last() {
                self.surnames.entry(last.to_string()).or_insert(i);
            }
            // A short form with the same given name names the surname
            // people use: "Bruno Rodríguez" for Bruno Rodríguez Parrilla,
            // "Rodrigo Paz" for Rodrigo Paz Pereira.
            for alias in &lex.actors[li].aliases {
                let words: Vec<&str> = alias.split_whitespace().collect();
                if let [given, surname] = words[..] {
                    if Some(given) == first {
                        self.surnames.entry(surname.to_string()).or_insert(i);
                    }
                }
            }
            self.note_short_names(name, i);
        }
        i
    }

    /// Registers the two-word short forms of a three-word personal name.
    /// Names with particles ("Mohammed bin Salman") have no such forms.
    fn note_short_names(&mut self, name: &str, i: usize) {
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() != 3
            || !words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        {
            return;
        }
        for pair in [&words[..2], &words[1..]] {
            self.short_names.entry(slug(&pair.join(" "))).or_insert(i);
        }
    }

    fn push(&mut self, actor: Actor, gender: Gender, li: Option<usize>) -> usize {
        let i = self.actors.len();
        self.by_id.insert(actor.id.clone(), i);
        self.actors.push(actor);
        self.genders.push(gender);
        self.titles.push(Vec::new());
        self.lex_index.push(li);
        self.times_named.push(0);
        i
    }

    /// The state the story names most (at least three times, and alone at
    /// the top), leaving out the sides in `except`: whom relief that names
    /// no recipient goes to in a story about a stricken country.
    pub fn most_named_state(&self, except: &[&str]) -> Option<usize> {
        self.most_named(|a| {
            self.actors[a].kind == ActorKind::Country && !except.contains(&self.side(a))
        })
    }

    /// The person the story is about: named at least three times and more
    /// often than anyone else (a profile's or an obituary's subject).
    fn protagonist(&self) -> Option<usize> {
        self.most_named(|a| self.actors[a].kind == ActorKind::Person)
    }

    /// The actor that `fits` the story names most: at least three times,
    /// and alone at the top.
    fn most_named(&self, fits: impl Fn(usize) -> bool) -> Option<usize> {
        let mut best: Option<(usize, u32)> = None;
        let mut tie = false;
        for (a, &n) in self.times_named.iter().enumerate() {
            if !fits(a) {
                continue;
            }
            match best {
                Some((_, m)) if n == m => tie = true,
                Some((_, m)) if n < m => {}
                _ => {
                    best = Some((a, n));
                    tie = false;
                }
            }
        }
        best.filter(|&(_, n)| n >= 3 && !tie).map(|(a, _)| a)
    }

    /// A person the lexicon does not know, named in the text.
    fn discover(
        &mut self,
        lex: &Lexicon,
        name: &str,
        country: Option<String>,
        gender: Gender,
        title: Option<&str>,
    ) -> usize {
        // "Prime Minister John Briceño": no title word says "he", but the
        // given name does.
        let gender = match gender {
            Gender::Unknown => name
                .split_whitespace()
                .next()
                .map_or(Gender::Unknown, |g| lex.given_name_gender(g)),
            g => g,
        };
        let id = slug(name);
        let i = match self.by_id.get(&id) {
            Some(&i) => i,
            None => {
                let mut a = Actor::new(id, name, ActorKind::Person);
                a.country = country.clone();
                self.push(a, gender, None)
            }
        };
        if self.actors[i].country.is_none() {
            self.actors[i].country = country;
        }
        if self.genders[i] == Gender::Unknown {
            self.genders[i] = gender;
        }
        if let Some(t) = title {
            if !self.titles[i].iter().any(|x| x == t) {
                self.titles[i].push(t.to_string());
            }
        }
        if let Some(last) = name.split_whitespace().last() {
            // A person is found again far more often than first: the key
            // is made only the first time.
            match self.surnames.get_mut(last) {
                Some(p) => *p = i,
                None => {
                    self.surnames.insert(last.to_string(), i);
                }
            }
        }
        self.note_short_names(name, i);
        i
    }

    /// An organisation the lexicon does not know ("the Hudson Institute",
    /// "Iran's Quds Force"), of a country when the text says so.
    fn discover_org(&mut self, name: &str, country: Option<String>) -> usize {
        self.body(name, country, ActorKind::Organisation)
    }

    /// A group actor named by a common noun ("Palestinian protesters").
    fn group(&mut self, name: &str, country: Option<String>) -> usize {
        self.body(name, country, ActorKind::Group)
    }

    /// The actor a name found in the text stands for, made on first sight.
    fn body(&mut self, name: &str, country: Option<String>, kind: ActorKind) -> usize {
        let id = slug(name);
        if let Some(&i) = self.by_id.get(&id) {
            return i;
        }
        let mut a = Actor::new(id, name, kind);
        a.country = country;
        self.push(a, Gender::Unknown, None)
    }

    /// Notes that actors were mentioned, most recent last.
    pub fn note(&mut self, actors: &[usize], sentence: usize, subject: bool) {
        if self.first_person_named.is_none() {
            self.first_person_named = actors
                .iter()
                .find(|&&a| self.kind(a) == ActorKind::Person)
                .map(|&a| (a, sentence));
        }
        for &a in actors {
            self.times_named[a] += 1;
            // `recent` holds each actor once (only this adds to it): move
            // its entry to the front, rather than filter the whole list
            // and shift all of it again to insert.
            match self.recent.iter().position(|&(x, _, _)| x == a) {
                Some(p) => {
                    self.recent[..=p].rotate_right(1);
                    self.recent[0] = (a, sentence, subject);
                }
                None => self.recent.insert(0, (a, sentence, subject)),
            }
        }
        if actors.len() >= 2 {
            self.last_group = Some((actors.to_vec(), sentence));
        }
    }

    /// Remembers a list of three or more states named together, for a
    /// later count of them ("the four countries", "all three").
    pub fn note_state_list(&mut self, actors: &[usize], sentence: usize) {
        if actors.len() >= 3 && !self.state_lists.iter().any(|(l, _)| l == actors) {
            if self.state_lists.len() == 8 {
                self.state_lists.remove(0);
            }
            self.state_lists.push((actors.to_vec(), sentence));
        }
    }

    /// The latest list of exactly `n` states named in the last ten
    /// sentences.
    fn state_list(&self, n: usize, sentence: usize) -> Option<&Vec<usize>> {
        self.state_lists
            .iter()
            .rev()
            .find(|(l, at)| l.len() == n && sentence.saturating_sub(*at) <= 10)
            .map(|(l, _)| l)
    }

    /// Remembers actors named together ("X, Y and Z met") for later
    /// plural references.
    pub fn note_group(&mut self, actors: &[usize], sentence: usize) {
        if actors.len() >= 2 {
            self.last_group = Some((actors.to_vec(), sentence));
        }
    }

    /// Remembers the sides of a deal or fighting just read, as
    /// states or groups (people stand for their own state).
    pub fn note_sides(&mut self, relation: Relation, a: usize, b: usize, sentence: usize) {
        if matches!(
            relation,
            Relation::Meet | Relation::Host | Relation::SignDeal
        ) && self.kind(a) == ActorKind::Person
            && self.kind(b) == ActorKind::Person
            && a != b
        {
            self.met_pair = Some(([a, b], sentence));
        }
        let side = |x: usize| match self.kind(x) {
            ActorKind::Person => {
                let c = self.actors[x].country.as_deref()?;
                self.actors
                    .iter()
                    .position(|y| y.kind == ActorKind::Country && y.country.as_deref() == Some(c))
            }
            _ => Some(x),
        };
        let (Some(x), Some(y)) = (side(a), side(b)) else {
            return;
        };
        if x == y {
            return;
        }
        if matches!(relation, Relation::SignDeal | Relation::Attack) {
            self.sides = Some(([x, y], sentence, relation));
        }
        // A dyad only from parties named as such: a person's own country
        // need not be the side they act for (the Commission's German
        // president).
        if self.kind(a) == ActorKind::Person || self.kind(b) == ActorKind::Person {
            return;
        }
        let pair = [x.min(y), x.max(y)];
        let rivals = matches!(
            relation,
            Relation::Criticize
                | Relation::Sanction
                | Relation::Threaten
                | Relation::Reject
                | Relation::Demand
                | Relation::Attack
                | Relation::Coerce
                | Relation::Mobilize
        );
        if sentence <= 1 && rivals && !self.lede_rivals.contains(&pair) {
            self.lede_rivals.push(pair);
        }
        match self.dyads.iter_mut().find(|d| d.0 == pair) {
            Some(d) => {
                d.1 += 1;
                d.2 = sentence;
            }
            None => self.dyads.push((pair, 1, sentence)),
        }
    }

    /// The story's pair of states: the one most events joined (at least
    /// two), the latest on a tie, if one was told within `within`
    /// sentences of `sentence`.
    pub fn main_dyad(
        &self,
        sentence: usize,
        within: usize,
        fits: impl Fn(usize) -> bool,
    ) -> Option<[usize; 2]> {
        self.dyads
            .iter()
            .filter(|d| {
                d.1 >= 2 && sentence.saturating_sub(d.2) <= within && d.0.iter().all(|&a| fits(a))
            })
            .max_by_key(|d| (d.1, d.2))
            .map(|d| d.0)
    }

    /// The pair of states an act that names no one is aimed across: the
    /// story's pair ([`Cast::main_dyad`]) or, before a second event
    /// joins any pair, the one pair of rivals the lede told of ("Spain
    /// has withdrawn its ambassador to Buenos Aires ... warned that Spain
    /// would take all the measures necessary").
    pub fn story_dyad(&self, sentence: usize, within: usize) -> Option<[usize; 2]> {
        self.main_dyad(sentence, within, |_| true)
            .or(match self.lede_rivals.as_slice() {
                [pair] if sentence <= within => Some(*pair),
                _ => None,
            })
    }

    /// Remembers that `holder` coerced `held` (an arrest, a detention).
    pub fn note_captive(&mut self, holder: usize, held: usize) {
        self.captors.push((held, holder));
    }

    /// Who last held `held`, if coercion of them was told.
    pub fn captor_of(&self, held: usize) -> Option<usize> {
        self.captors
            .iter()
            .rev()
            .find(|&&(h, _)| h == held)
            .map(|&(_, holder)| holder)
    }

    /// Whether an event joined these two states.
    pub fn is_dyad(&self, pair: [usize; 2]) -> bool {
        let p = [pair[0].min(pair[1]), pair[0].max(pair[1])];
        self.dyads.iter().any(|d| d.0 == p)
    }

    /// The sides of the last fighting, if told within `within` sentences
    /// of `sentence` (and no deal was told since).
    pub fn recent_fighting(&self, sentence: usize, within: usize) -> Option<[usize; 2]> {
        self.sides
            .filter(|&(_, at, r)| r == Relation::Attack && sentence.saturating_sub(at) <= within)
            .map(|(p, _, _)| p)
    }

    /// Remembers who visited whom, from an event just read.
    pub fn note_visit(&mut self, relation: Relation, a: usize, b: usize) {
        let person = |x: usize| (self.kind(x) == ActorKind::Person).then_some(x);
        match relation {
            Relation::Host => {
                if let (Some(h), Some(g)) = (person(a), person(b)) {
                    self.host = Some(h);
                    self.guest = Some(g);
                }
            }
            Relation::Visit => {
                if let Some(g) = person(a) {
                    if self.guest != Some(g) {
                        self.host = None;
                    }
                    self.guest = Some(g);
                    // "Sisi had come to the airport. It was the Turkish
                    // president's first visit to Egypt": with no host
                    // named, the last person of the visited country read.
                    if self.host.is_none() && self.kind(b) == ActorKind::Country {
                        let land = self.actors[b].country.as_deref();
                        self.host = self
                            .recent
                            .iter()
                            .map(|r| r.0)
                            .filter(|&x| x != g && self.kind(x) == ActorKind::Person)
                            .find(|&x| land.is_some() && self.actors[x].country.as_deref() == land);
                    }
                }
            }
            _ => {}
        }
    }

    /// Remembers the guests of one host received together.
    pub fn note_guests(&mut self, actors: &[usize], sentence: usize) {
        if actors.len() >= 2 {
            self.guests_group = Some((actors.to_vec(), sentence));
        }
    }

    /// Remembers people acted on together, for a later "them".
    pub fn note_object_group(&mut self, actors: &[usize], sentence: usize) {
        if actors.len() >= 2 {
            self.object_group = Some((actors.to_vec(), sentence));
        }
    }

    pub fn note_subject(&mut self, actor: usize, sentence: usize) {
        self.subjects.push((sentence, actor));
    }

    /// The subjects of the sentences before `sentence`, latest first, no
    /// more than `within` sentences back.
    pub fn earlier_subjects(
        &self,
        sentence: usize,
        within: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        self.subjects
            .iter()
            .rev()
            .filter(move |&&(s, _)| s < sentence && sentence - s <= within)
            .map(|&(_, a)| a)
    }

    /// The actors named in the `within` sentences before `sentence`, the
    /// most recently named first.
    pub fn earlier_named(
        &self,
        sentence: usize,
        within: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        self.recent
            .iter()
            .filter(move |&&(_, s, _)| s < sentence && sentence - s <= within)
            .map(|&(a, _, _)| a)
    }

    fn recent_people(&self) -> impl Iterator<Item = usize> + '_ {
        self.recent
            .iter()
            .filter(|(a, _, _)| self.actors[*a].kind == ActorKind::Person)
            .map(|(a, _, _)| *a)
    }

    pub fn lexicon_index(&self, a: usize) -> Option<usize> {
        self.lex_index[a]
    }

    /// The position of the actor with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The organisation met most recently whose name has one of `words`
    /// ("Court", "Tribunal"): who "the ruling" came from.
    pub fn recent_body_named(&self, words: &[&str]) -> Option<usize> {
        self.recent
            .iter()
            .find(|&&(a, _, _)| {
                let x = &self.actors[a];
                x.kind == ActorKind::Organisation
                    && x.name.split_whitespace().any(|w| words.contains(&w))
            })
            .map(|&(a, _, _)| a)
    }

    /// The state an official text speaks for, or that its dateline
    /// names (see [`Cast::home_state`]'s field).
    pub fn home_state(&self) -> Option<usize> {
        self.home_state
    }

    /// The state of the article's dateline ("TEHRAN, March 4 -"), when
    /// that is where the home state came from.
    pub fn dateline_state(&self) -> Option<usize> {
        self.home_state.filter(|_| self.home_from_dateline)
    }

    /// The actors, in the order they were met.
    pub fn into_actors(self) -> Vec<Actor> {
        self.actors
    }
}

fn gender_ok(g: Gender, want: Gender) -> bool {
    want == Gender::Unknown || g == Gender::Unknown || g == want
}

impl Mention {
    /// The words as written, from the sentence's tokens. Made when asked
    /// rather than kept: only the mentions that name an event's actors are
    /// written out, and a string per mention was one of the larger sources
    /// of small allocations.
    pub fn text(&self, toks: &[Token]) -> String {
        span_text(toks, self.start, self.end)
    }
}

/// Offices over a body that a name in apposition may hold ("the head of
/// the X, Name"); see [`Scanner::body_heads_named`].
const BODY_HEADS: &[&str] = &[
    "head",
    "chief",
    "director",
    "director-general",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "president",
    "secretary-general",
    "commander",
    "governor",
    "speaker",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "ambassador",
    "minister",
    "secretary",
    "rector",
    "founder",
];

/// The people of an opposition named as a group ("opposition activists",
/// "opposition parties"); see the group rules of [`Scanner::phrase`].
const OPPOSITION_MEMBERS: &[&str] = &[
    "activists",
    "supporters",
    "leaders",
    "figures",
    "parties",
    "groups",
    "politicians",
    "lawmakers",
    "legislators",
    "deputies",
    "members",
    "candidates",
    "journalists",
    "protesters",
    "demonstrators",
    "coalition",
    "alliance",
    "bloc",
    "movement",
    "forces",
    "fighters",
    "platform",
    "camp",
    "mps",
    "senators",
    "aides",
];

/// How many a count word says ("both" and "two" to "ten"), for "the two
/// leaders", "all three", "the four countries".
fn count_of(w: &str) -> Option<usize> {
    Some(match w {
        "two" | "both" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => return None,
    })
}

/// Finds the mentions of one sentence, left to right, updating the cast.
pub struct Scanner<'a> {
    pub lex: &'a Lexicon,
    pub date: Option<NaiveDate>,
    pub sentence: usize,
}

/// Whether the gazetteer match ending at `end` is a city or capital only,
/// and the next word names a group ("the Lima Group", "the Visegrad
/// Group"): a body of several states, no single state's.
fn city_names_group(toks: &[Token], end: usize, refs: &[SurfaceRef]) -> bool {
    refs.iter()
        .all(|r| matches!(r.form, Form::City | Form::Capital))
        && toks
            .get(end)
            .is_some_and(|n| matches!(n.text, "Group" | "Alliance" | "Coalition" | "Forum"))
}

/// "Vienna Convention", "Abraham Accords": a text signed, never a person.
fn instrument_word(t: &Token) -> bool {
    matches!(
        t.lower_str(),
        "convention"
            | "conventions"
            | "treaty"
            | "accord"
            | "accords"
            | "agreement"
            | "protocol"
            | "charter"
            | "declaration"
            | "pact"
            | "memorandum"
            | "resolution"
            | "act"
            | "doctrine"
            | "initiative"
            | "plan"
            // ("adopted a Vision Document", "the Joint Communique").
            | "document"
            | "documents"
            | "statement"
            | "communique"
            | "communiqué"
            | "framework"
            | "roadmap"
            | "programme"
            | "program"
            | "strategy"
            | "compact"
            | "partnership"
    )
}

/// "eighth", "21st": what follows is a thing counted ("the eighth Annual
/// Leaders' Meeting"), not a person.
fn ordinal(t: &Token) -> bool {
    let w = t.lower_str();
    matches!(
        w,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "eleventh"
            | "twelfth"
            | "last"
            | "next"
            | "annual"
    ) || w.len() > 2
        && w.as_bytes()[0].is_ascii_digit()
        && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
}

/// Where the next item of a list of `n` starts, after `have` items read
/// and the last ending at `k`: past "and", ", and", or a comma while more
/// than one item is still to come; `None` when the list ends.
fn next_in_list(toks: &[Token], k: usize, have: usize, n: usize) -> Option<usize> {
    match (lw(toks, k), lw(toks, k + 1)) {
        ("and", _) => Some(k + 1),
        (",", "and") => Some(k + 2),
        (",", _) if have + 1 < n => Some(k + 1),
        _ => None,
    }
}

/// Past a second title of honour at `e` before a name ("Datuk Seri
/// Najib", "Samdech Techo Hun Sen", "Dato' Seri Anwar Ibrahim").
fn after_second_honour(toks: &[Token], e: usize) -> usize {
    let second = toks.get(e).is_some_and(|n| {
        n.is_capitalized() && matches!(n.lower_str(), "seri" | "sri" | "techo" | "thipadei")
    });
    if second && toks.get(e + 1).is_some_and(|n| n.is_capitalized()) {
        e + 1
    } else {
        e
    }
}

/// The actors of the last list of two or more mentions in `so_far` joined
/// by commas and "and" ("Mexico, Argentina, Colombia and Bolivia"), none
/// of them a place.
fn listed(toks: &[Token], so_far: &[Mention]) -> Option<Vec<usize>> {
    // (What the second mention left out may sit after the joint: "Luis
    // Arce and the Colombian Gustavo Petro".)
    let joined = |a: &Mention, b: &Mention| {
        let gap = &toks[a.end..b.start];
        let sep = match (
            gap.first().map(|t| t.lower_str()),
            gap.get(1).map(|t| t.lower_str()),
        ) {
            (Some(","), Some("and")) => 2,
            (Some("," | "and"), _) => 1,
            _ => return false,
        };
        gap.len() - sep <= 3
            && gap[sep..]
                .iter()
                .all(|t| DETERMINERS.has(t) || t.is_capitalized() && t.is_word())
    };
    let last = so_far
        .iter()
        .rposition(|m| !m.place && m.kind != MentionKind::Pronoun)?;
    let mut first = last;
    while first > 0
        && !so_far[first - 1].place
        && so_far[first - 1].kind != MentionKind::Pronoun
        && joined(&so_far[first - 1], &so_far[first])
    {
        first -= 1;
    }
    if first == last {
        return None;
    }
    let mut g: Vec<usize> = so_far[first..=last]
        .iter()
        .flat_map(|m| m.actors.iter().copied())
        .collect();
    g.sort_unstable();
    g.dedup();
    (g.len() >= 2).then_some(g)
}

/// The states of a region named among the modifiers of a counted plural
/// ("the two Nordic countries", "both Gulf states", "the five Central
/// Asian republics"), by ISO code.
fn region_named(toks: &[Token], from: usize, end: usize) -> Option<&'static [&'static str]> {
    (from..end.min(toks.len())).find_map(|k| {
        Some(match toks[k].lower_str() {
            "nordic" => &["SWE", "FIN", "NOR", "DNK", "ISL"][..],
            "scandinavian" => &["SWE", "NOR", "DNK"][..],
            "baltic" => &["EST", "LVA", "LTU"][..],
            "gulf" => &["SAU", "ARE", "QAT", "KWT", "BHR", "OMN"][..],
            "asian" if k > from && toks[k - 1].lower_str() == "central" => {
                &["KAZ", "KGZ", "TJK", "TKM", "UZB"][..]
            }
            "caucasus" | "caucasian" => &["ARM", "AZE", "GEO"][..],
            "sahel" | "sahelian" => &["MLI", "BFA", "NER"][..],
            "andean" => &["BOL", "COL", "ECU", "PER"][..],
            "benelux" => &["BEL", "NLD", "LUX"][..],
            "maghreb" => &["MAR", "DZA", "TUN", "LBY", "MRT"][..],
            _ => return None,
        })
    })
}

/// "A.Kamilov", "Sh.M.Qureshi": initials set against a person's name
/// with no space belong to the mention of the name, so that what comes
/// before them reaches it ("invited Ch.Aidarbekov to").
fn initials_before_names(toks: &[Token], out: &mut [Mention]) {
    // (Never over another mention's words.)
    let ends: Vec<usize> = out.iter().map(|m| m.end).collect();
    for m in out.iter_mut().filter(|m| m.kind == MentionKind::Name) {
        while m.start >= 2 && !ends.iter().any(|&e| e > m.start - 2 && e <= m.start) {
            let (dot, init, name) = (&toks[m.start - 1], &toks[m.start - 2], &toks[m.start]);
            let initial = init.is_capitalized() && init.text.chars().count() <= 2 && init.is_word();
            if dot.text == "." && init.end == dot.start && dot.end == name.start && initial {
                m.start -= 2;
            } else {
                break;
            }
        }
    }
}

/// "Latin America", "Central American", "North Americans": a region of
/// the continent at `i`, not the United States.
#[inline]
fn continental(toks: &[Token], i: usize) -> bool {
    // Asked of most tokens: the capital letter, a flag, rules out most of
    // them before the comparisons.
    toks[i].is_capitalized()
        && matches!(toks[i].text, "Latin" | "Central" | "South" | "North")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.text, "America" | "American" | "Americans"))
}

/// "the former Soviet republics", "former Yugoslav states": the lands a
/// state that is gone once held, at `i`, not the state.
#[inline]
fn bygone_lands(toks: &[Token], i: usize) -> bool {
    toks[i].is_capitalized()
        && matches!(toks[i].text, "Soviet" | "Yugoslav" | "Czechoslovak")
        && i > 0
        && matches!(toks[i - 1].lower_str(), "former" | "ex")
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.lower_str(),
                "republics" | "republic" | "states" | "countries" | "space" | "bloc" | "nations"
            )
        })
}

/// Capitalised heads of what is named after a person ("the Reagan
/// Library", "Mandela Day", "the Nobel Prize").
const NAMESAKE_HEADS: &[&str] = &[
    "Library",
    "Fund",
    "Trust",
    "Society",
    "Center",
    "Centre",
    "Foundation",
    "Institute",
    "Museum",
    "University",
    "College",
    "School",
    "Airport",
    "Prize",
    "Avenue",
    "Street",
    "Boulevard",
    "Stadium",
    "Bridge",
    "Doctrine",
    "Day",
    "Memorial",
    "Square",
];

/// A sentence the narrator may speak in: one without quotation marks. The
/// per-sentence quote mask cannot see a quote that opens in one sentence
/// and closes two later, and "I" inside one is the speaker quoted.
fn narrated(toks: &[Token]) -> bool {
    !toks
        .iter()
        .any(|t| matches!(t.text, "\"" | "“" | "”" | "«" | "»"))
}

/// The last word of a document's or a process's name ("the Defense
/// Cooperation Agreement", "the Abraham Accords"), which no person bears.
fn document_word(w: &str) -> bool {
    matches!(
        w,
        "agreement"
            | "agreements"
            | "accord"
            | "accords"
            | "treaty"
            | "pact"
            | "declaration"
            | "memorandum"
            | "protocol"
            | "framework"
            | "convention"
            | "charter"
            | "initiative"
            | "partnership"
            | "dialogue"
            | "summit"
            | "act"
            | "plan"
            | "strategy"
            | "programme"
            | "program"
            | "communique"
            | "roadmap"
    )
}

/// A weapon's model ("F-16", "Su-34", "MiG-29"): a capital, a hyphen and
/// a digit.
fn model_designation(t: &Token) -> bool {
    // ("F-16", "Su-25", "Sukhoi-25")
    t.is_capitalized()
        && t.text.len() <= 12
        && t.text.contains('-')
        && t.text.bytes().any(|b| b.is_ascii_digit())
}

/// Whether a phrase at `i` is a verb's object: right after a lowercase
/// word that is no conjunction ("implored both sides", "invited both men").
/// "Myanmar's military government", "the Malian military junta": a
/// state's armed forces before a word for its rulers are one body, the
/// state (else the mention would end on "military", and the noun after it
/// would read as what the military qualifies).
fn military_governments(toks: &[Token], out: &mut [Mention], cast: &Cast) {
    for m in out.iter_mut() {
        if m.possessive
            || !matches!(m.actors.as_slice(), &[a] if cast.kind(a) == ActorKind::Country)
            || !matches!(lw(toks, m.end - 1), "military" | "army")
            || !matches!(
                lw(toks, m.end),
                "government" | "junta" | "regime" | "rulers" | "leadership" | "authorities"
            )
        {
            continue;
        }
        m.end += 1;
        m.possessive = matches!(lw(toks, m.end), "'s" | "'");
    }
}

fn object_position(toks: &[Token], i: usize) -> bool {
    i > 0
        && toks[i - 1].is_word()
        && !toks[i - 1].is_capitalized()
        && !matches!(
            toks[i - 1].lower_str(),
            "and"
                | "but"
                | "then"
                | "so"
                | "while"
                | "when"
                | "as"
                | "where"
                | "after"
                | "before"
                // ("in which both sides": a relative clause's subject.)
                | "which"
                | "that"
                | "who"
                | "whom"
                | "because"
                | "since"
                | "if"
                | "whereby"
        )
}

/// "you" or "your": in an interview's question, the one interviewed.
fn second_person(toks: &[Token], i: usize) -> bool {
    matches!(toks[i].lower_str(), "you" | "your")
}

/// Who asks in a transcript: a label of these words is no speaker of the
/// story.
const QUESTIONERS: &[&str] = &[
    "question",
    "questions",
    "reporter",
    "journalist",
    "moderator",
    "interviewer",
    "audience",
    "participant",
];

/// The ":" that ends a speaker's label opening a transcript's paragraph:
/// one to five capitalised words, then the colon, then more text ("HRVP
/// Borrell: Good evening", "SPOKESPERSON WANG WENBIN: ...", "Q: ...").
fn speaker_label(toks: &[Token]) -> Option<usize> {
    let colon = toks.iter().take(6).position(|t| t.text == ":")?;
    (colon >= 1
        && colon + 1 < toks.len()
        && toks[..colon]
            .iter()
            .all(|t| t.is_word() && t.is_capitalized() || t.text == "."))
    .then_some(colon)
}

/// A first-person singular pronoun: "me", "my", "myself", or "I" as a
/// word, not a numeral ("World War I", "Elizabeth I of England"), so
/// followed by a lowercase word.
fn first_person(toks: &[Token], i: usize) -> bool {
    match toks[i].text {
        "me" | "my" | "myself" | "Me" | "My" => true,
        "I" => toks.get(i + 1).is_some_and(|n| {
            n.is_word() && !n.is_capitalized() && !matches!(n.lower_str(), "of" | "and")
        }),
        _ => false,
    }
}

/// The token as the gazetteer spells it (typographic apostrophes plain),
/// borrowed unless it needs changing: this runs for every token.
fn norm<'t>(t: &'t Token) -> std::borrow::Cow<'t, str> {
    // ASCII first (a flag of the token): a cheaper test than a search
    // for the three-byte '’'.
    if !t.is_ascii() && t.text.contains('’') {
        std::borrow::Cow::Owned(t.text.replace('’', "'"))
    } else {
        std::borrow::Cow::Borrowed(t.text)
    }
}

/// How many qualifiers of a phrase [`Qualifiers`] keeps on the stack.
const QUALIFIERS_INLINE: usize = 4;

/// The lexicon actors that qualify a phrase's title ("French and Chinese
/// officials"), in order: on the stack up to [`QUALIFIERS_INLINE`], in a
/// vector past that. Nearly every phrase has none or one, and a vector of
/// its own for each phrase with one was 57,000 allocations per 1,000
/// articles.
#[derive(Default)]
struct Qualifiers {
    inline: [usize; QUALIFIERS_INLINE],
    len: usize,
    /// All of them, once there are more than fit inline.
    spilled: Vec<usize>,
}

impl Qualifiers {
    #[inline]
    fn push(&mut self, actor: usize) {
        if self.spilled.is_empty() && self.len < QUALIFIERS_INLINE {
            self.inline[self.len] = actor;
            self.len += 1;
            return;
        }
        if self.spilled.is_empty() {
            self.spilled.extend_from_slice(&self.inline[..self.len]);
        }
        self.spilled.push(actor);
    }
}

impl std::ops::Deref for Qualifiers {
    type Target = [usize];
    #[inline]
    fn deref(&self) -> &[usize] {
        if self.spilled.is_empty() {
            &self.inline[..self.len]
        } else {
            &self.spilled
        }
    }
}

impl<'a> Scanner<'a> {
    pub fn scan(&self, toks: &[Token], cast: &mut Cast) -> Vec<Mention> {
        let mut out = Vec::new();
        self.scan_into(toks, cast, &mut out);
        out
    }

    /// [`Scanner::scan`] into `out` (its old contents are dropped): a
    /// reader keeps one list for all its sentences rather than allocating
    /// one per sentence.
    pub fn scan_into(&self, toks: &[Token], cast: &mut Cast, out: &mut Vec<Mention>) {
        out.clear();
        let mut i = 0;
        while i < toks.len() {
            // (Most tokens open neither a counted crowd nor a ship: the
            // first byte and length say so without comparing words, which
            // cost 3% of extraction when asked of every token.)
            if may_open_crowd_or_ship(toks[i].lower_str()) {
                if let Some(m) = self.crowd_at(toks, i, cast) {
                    i = m.end;
                    out.push(m);
                    continue;
                }
                if let Some(m) = self.ship_at(toks, i, cast) {
                    i = m.end;
                    out.push(m);
                    continue;
                }
            }
            // Only a determiner or a pronoun opens the forms tried before
            // a phrase (plural and body descriptions, "his guest",
            // pronouns): one test passes over the other words, most of the
            // text, instead of each rule asking again.
            if !REFERENCE_OPENERS.has(&toks[i]) {
                // "US$11 million", "NZ$18.2 million": a currency's prefix
                // names no one.
                if toks
                    .get(i + 1)
                    .is_some_and(|n| n.text == "$" && n.start == toks[i].end)
                {
                    i += 1;
                    continue;
                }
                if continental(toks, i) {
                    i += 2;
                    continue;
                }
                if bygone_lands(toks, i) {
                    i += 1;
                    continue;
                }
                if let Some(m) = self.drafter_at(toks, i, cast) {
                    i = m.end;
                    out.push(m);
                    continue;
                }
                if toks[i].text == "Congress" {
                    if let Some(m) = self.bare_congress(toks, i, cast) {
                        i = m.end;
                        out.push(m);
                        continue;
                    }
                }
                i = self.phrase_at(toks, i, cast, out);
                continue;
            }
            // "welcomed the distinguished guest": the visitor the story
            // last told of.
            if toks[i].lower_str() == "the" {
                let head = if matches!(lw(toks, i + 1), "guest" | "visitor") {
                    Some(i + 2)
                } else if matches!(
                    lw(toks, i + 1),
                    "distinguished" | "honoured" | "honored" | "visiting" | "foreign" | "royal"
                ) && matches!(lw(toks, i + 2), "guest" | "visitor")
                {
                    Some(i + 3)
                } else if lw(toks, i + 1) == "visiting" {
                    // "received the visiting premier": the visitor by office.
                    self.title(toks, i + 2)
                        .filter(|&(_, _, person)| person)
                        .map(|(end, _, _)| end)
                        .filter(|&end| !toks.get(end).is_some_and(|t| t.is_capitalized()))
                } else {
                    None
                };
                if let (Some(end), Some(g)) = (head, cast.guest) {
                    out.push(self.mention(i, end, vec![g], MentionKind::Description));
                    i = end;
                    continue;
                }
            }
            // "Moon urged the North to pursue dialogue": in a story of the
            // two Koreas, "the North" and "the South" are the states.
            if toks[i].lower_str() == "the"
                && toks
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.text, "North" | "South"))
                && !toks.get(i + 2).is_some_and(|t| t.is_capitalized())
            {
                let (north, south) = (self.lex.country("PRK"), self.lex.country("KOR"));
                let in_story = [north, south]
                    .iter()
                    .flatten()
                    .any(|li| cast.by_lex.contains_key(li));
                if in_story {
                    let state = if toks[i + 1].text == "North" {
                        north
                    } else {
                        south
                    };
                    if let Some(li) = state {
                        let a = cast.lexicon_actor(self.lex, li, self.date);
                        let mut m = self.mention(i, i + 2, vec![a], MentionKind::Description);
                        self.after_mention(toks, &mut m, cast);
                        i = m.end;
                        out.push(m);
                        continue;
                    }
                }
            }
            // "the man known as Hemedti": the name after "known as" says who.
            if matches!(toks[i].lower_str(), "the" | "a")
                && lw(toks, i + 2) == "known"
                && lw(toks, i + 3) == "as"
                && toks
                    .get(i + 1)
                    .is_some_and(|t| t.is_word() && !t.is_capitalized())
            {
                if let Some(named) = self.phrase(toks, i + 4, cast, out) {
                    if named.actors.len() == 1 && cast.kind(named.actors[0]) == ActorKind::Person {
                        let m = self.mention(i, named.end, named.actors, MentionKind::Name);
                        i = m.end;
                        out.push(m);
                        continue;
                    }
                }
            }
            if let Some(mut m) = self.plural_description(toks, i, cast, out) {
                i = m.end;
                self.after_mention(toks, &mut m, cast);
                out.push(m);
                continue;
            }
            let lw = toks[i].lower_str();
            // A count opens nothing else below.
            if lw == "all" || count_of(lw).is_some_and(|n| n >= 3) {
                i = self.phrase_at(toks, i, cast, out);
                continue;
            }
            if matches!(lw, "his" | "her" | "their") {
                // "his guest", "her counterpart": the other person.
                if let Some(t) = toks.get(i + 1) {
                    // "his counterpart, Mauro Vieira": the name says who.
                    if toks.get(i + 2).is_some_and(|c| c.text == ",")
                        && matches!(t.lower_str(), "counterpart" | "host" | "guest" | "visitor")
                    {
                        if let Some(named) = self.phrase(toks, i + 3, cast, out) {
                            // ("Standing beside his host, the Turkish leader
                            // said": a verb after the name makes it the
                            // clause's subject, not an appositive.)
                            if named.actors.len() == 1
                                && cast.kind(named.actors[0]) == ActorKind::Person
                                && !toks.get(named.end).is_some_and(may_be_verb)
                            {
                                i = self.push_prefixed(toks, named, i, cast, out);
                                continue;
                            }
                        }
                    }
                    if matches!(
                        t.lower_str(),
                        "guest"
                            | "guests"
                            | "host"
                            | "hosts"
                            | "visitor"
                            | "visitors"
                            | "counterpart"
                            | "opposite"
                    ) {
                        let subject = out
                            .iter()
                            .find(|m| {
                                m.actors.len() == 1 && cast.kind(m.actors[0]) == ActorKind::Person
                            })
                            .map(|m| m.actors[0]);
                        // The visit read last says who is whose guest.
                        let visit_role = match t.lower_str() {
                            "guest" | "visitor" => cast.guest,
                            "host" => cast.host,
                            _ => None,
                        };
                        let other = visit_role
                            .filter(|&a| Some(a) != subject)
                            .or_else(|| cast.recent_people().find(|&a| Some(a) != subject));
                        if let Some(o) = other {
                            let end = if t.lower == "opposite"
                                && toks.get(i + 2).is_some_and(|x| x.lower == "number")
                            {
                                i + 3
                            } else {
                                i + 2
                            };
                            let m = self.mention(i, end, vec![o], MentionKind::Pronoun);
                            i = end;
                            out.push(m);
                            continue;
                        }
                    }
                }
            }
            if matches!(lw, "his" | "her" | "their" | "its") {
                if let Some(mut m) = self.phrase(toks, i + 1, cast, out) {
                    self.owners_official(toks, i, &mut m, cast, out);
                    i = self.push_prefixed(toks, m, i, cast, out);
                    continue;
                }
            }
            if let Some(m) = self.bare_congress(toks, i, cast) {
                i = m.end;
                out.push(m);
                continue;
            }
            if let Some(m) = self.leaders_of_states(toks, i, cast) {
                i = m.end;
                out.push(m);
                continue;
            }
            if let Some(m) = self.state_body(toks, i, cast, out) {
                i = m.end;
                out.push(m);
                continue;
            }
            if let Some(m) = self.body_description(toks, i, cast, out) {
                i = m.end;
                out.push(m);
                continue;
            }
            if let Some(m) = self.country_description(toks, i, cast, out) {
                i = m.end;
                out.push(m);
                continue;
            }
            if let Some(m) = self.pronoun(toks, i, cast, out) {
                i = m.end;
                out.push(m);
                continue;
            }
            i = self.phrase_at(toks, i, cast, out);
        }
        family_name_tails(toks, out, cast);
        initials_before_names(toks, out);
        double_titles(toks, out, cast);
        self.place_titles(toks, out, cast);
        self.appositives(toks, out, cast);
        self.body_heads_named(toks, out, cast);
        self.leaders_governments(toks, out, cast);
        military_governments(toks, out, cast);
        attributive_surnames(toks, out, cast);
        plural_role_names(toks, out, cast);
        national_councils(toks, out, cast);
        unnamed_members(toks, out, cast);
        self.possessed_role_names(toks, out, cast);
        self.judged_government(toks, out, cast);
        self.note_home_state(toks, out, cast);
    }

    /// "Ukraine's trade representative, Taras Kachka,": a person named in
    /// apposition to a state's role the lexicon does not know is of that
    /// state.
    fn possessed_role_names(&self, toks: &[Token], out: &[Mention], cast: &mut Cast) {
        for x in out {
            let &[p] = x.actors.as_slice() else {
                continue;
            };
            if x.kind != MentionKind::Name
                || cast.kind(p) != ActorKind::Person
                || cast.actors[p].country.is_some()
                || x.start < 4
                || toks[x.start - 1].text != ","
            {
                continue;
            }
            // Back over the role's lowercase words to "'s".
            let mut k = x.start - 1;
            let mut words = 0;
            while k > 0 && words < 4 && toks[k - 1].is_word() && !toks[k - 1].is_capitalized() {
                k -= 1;
                words += 1;
            }
            if words == 0 || k == 0 || !matches!(lw(toks, k - 1), "'s" | "'") {
                continue;
            }
            let state = out.iter().find(|m| {
                m.possessive
                    && m.end + 1 == k
                    && m.actors.len() == 1
                    && cast.kind(m.actors[0]) == ActorKind::Country
            });
            if let Some(c) = state.and_then(|m| cast.actors[m.actors[0]].country.clone()) {
                cast.actors[p].country = Some(c);
            }
        }
    }

    /// "Musyoka accused the government of ...", "Zourabichvili accused the
    /// government of waging war": a government judged with no state named
    /// is the one the story is set in (its dateline's or official text's
    /// state), else the judge's own. This is the fallback of the reading in
    /// [`Scanner::state_body`], which names the critic's own state or the
    /// story's while the sentence is read and leaves to this pass the
    /// bodies it could not place.
    fn judged_government(&self, toks: &[Token], out: &mut Vec<Mention>, cast: &mut Cast) {
        let Some(at) = (2..toks.len().saturating_sub(1)).find(|&k| {
            lw(toks, k) == "the"
                && matches!(lw(toks, k + 1), "government" | "regime" | "authorities")
                // ("the government of Mali" names its state; "accused the
                // government of lying" does not.)
                && !matches!(lw(toks, k + 2), "'s" | "in")
                && !(lw(toks, k + 2) == "of"
                    && toks
                        .get(k + 3)
                        .is_some_and(|t| t.is_capitalized() || t.lower_str() == "the"))
                && matches!(
                    lw(toks, k - 1),
                    "accused"
                        | "accuses"
                        | "criticised"
                        | "criticized"
                        | "criticises"
                        | "criticizes"
                        | "blamed"
                        | "blames"
                        | "condemned"
                        | "condemns"
                        | "denounced"
                        | "denounces"
                        | "attacked"
                        | "slammed"
                )
                && !out.iter().any(|m| m.start <= k + 1 && m.end > k)
        }) else {
            return;
        };
        let judge = out
            .iter()
            .rev()
            .find(|m| {
                m.end < at && m.actors.len() == 1 && cast.kind(m.actors[0]) == ActorKind::Person
            })
            .map(|m| m.actors[0]);
        let state = cast.home_state.or_else(|| self.state_of(judge?, cast));
        let Some(state) = state.filter(|&x| Some(x) != judge) else {
            return;
        };
        let m = self.mention(at, at + 2, vec![state], MentionKind::Description);
        let pos = out.iter().position(|x| x.start > at).unwrap_or(out.len());
        out.insert(pos, m);
    }

    /// Sets [`Cast::home_state`] from the opening sentences: a body "of"
    /// a state ("The Government of the Transition of the Republic of
    /// Mali", "the Ministry of Foreign Affairs of Egypt"), or else a
    /// dateline's place ("Bamako, 1 February 2022 -", "PRESS RELEASE -
    /// Department of Foreign Affairs, Manila, 7 August 2023").
    fn note_home_state(&self, toks: &[Token], out: &[Mention], cast: &mut Cast) {
        if self.sentence > 2 || cast.home_state.is_some() && !cast.home_from_dateline {
            return;
        }
        let body = (0..toks.len()).find(|&k| {
            matches!(
                toks[k].text,
                "Government" | "Ministry" | "Department" | "Presidency" | "Office"
            ) && lw(toks, k + 1) == "of"
        });
        if let Some(b) = body {
            let state = out
                .iter()
                .find(|m| m.start > b && m.start <= b + 12 && lw(toks, m.start - 1) == "of");
            if let Some(&a) = state.and_then(|m| m.actors.first()) {
                if cast.kind(a) == ActorKind::Country {
                    cast.home_state = Some(a);
                    cast.home_from_dateline = false;
                    return;
                }
            }
        }
        if self.sentence == 0 && cast.home_state.is_none() {
            let dateline = out.iter().find(|m| {
                m.start <= 10
                    && lw(toks, m.end) == ","
                    && m.actors.len() == 1
                    && cast.kind(m.actors[0]) == ActorKind::Country
            });
            if let Some(m) = dateline {
                cast.home_state = Some(m.actors[0]);
                cast.home_from_dateline = true;
            } else if let Some(a) = self.capitals_dateline(toks, cast) {
                cast.home_state = Some(a);
                cast.home_from_dateline = true;
            }
        }
    }

    /// The state of a dateline written in capitals ("TEHRAN, March 4
    /// (Reuters) -", "NEW DELHI, May 2 -"), which the case-sensitive
    /// gazetteer does not see: its place, read in title case.
    fn capitals_dateline(&self, toks: &[Token], cast: &mut Cast) -> Option<usize> {
        let run = toks
            .iter()
            .take(4)
            .take_while(|t| {
                t.is_word()
                    && t.text.len() >= 2
                    && t.text.chars().all(|c| !c.is_lowercase())
                    && t.text.chars().any(|c| c.is_alphabetic())
            })
            .count();
        if run == 0 || lw(toks, run) != "," {
            return None;
        }
        let words: Vec<String> = toks[..run].iter().map(|t| title_case(t.text)).collect();
        let text = words.join(" ");
        let titled = crate::text::tokenize(&text, 0);
        let (end, refs) = self.gazetteer(&titled, 0)?;
        if end != titled.len() {
            return None;
        }
        let r = refs.first()?;
        (self.lex.actors[r.actor].kind == ActorKind::Country)
            .then(|| self.country_or_org(r.actor, cast))
    }

    /// "the Biden administration", "the Lukashenko regime", "the Modi
    /// government": a leader's name before a body of state names the
    /// state, and the mention keeps the name.
    fn leaders_governments(&self, toks: &[Token], out: &mut [Mention], cast: &mut Cast) {
        for x in 0..out.len() {
            let m = &mut out[x];
            let &[a] = m.actors.as_slice() else {
                continue;
            };
            // ("Maduro's government", "Noboa's office": the same with a
            // possessive.)
            let body = if m.possessive { m.end + 1 } else { m.end };
            let government = matches!(
                lw(toks, body),
                "administration" | "government" | "regime" | "cabinet" | "junta"
            );
            let office = m.possessive && lw(toks, body) == "office";
            if cast.kind(a) != ActorKind::Person || !(government || office) {
                continue;
            }
            let Some(state) = self.state_of(a, cast) else {
                continue;
            };
            // ("Mr Abe's government ... He made": the leader is still
            // whom "he" means next.)
            if m.possessive {
                cast.note_subject(a, self.sentence);
            }
            m.actors = vec![state];
            m.end = body + 1;
            m.possessive = matches!(lw(toks, m.end), "'s" | "'");
            // "Maduro's government said that it rejected": an "it" read
            // before the body was known, with no other state named
            // between, is that state.
            let p = out[x + 1..]
                .iter()
                .position(|n| {
                    n.kind != MentionKind::Pronoun || !matches!(lw(toks, n.start), "it" | "its")
                })
                .map_or(out.len(), |q| x + 1 + q);
            for n in &mut out[x + 1..p] {
                if n.actors.len() == 1 && cast.kind(n.actors[0]) == ActorKind::Country {
                    n.actors = vec![state];
                }
            }
        }
    }

    /// The phrase at `i`, if one starts there, added to `out`; returns
    /// where scanning goes on.
    ///
    /// Inlined, so that the test that rules out most tokens runs in the
    /// scanner's loop: two of every three calls ended there, and each paid
    /// for the call and for saving the registers the phrase search needs.
    /// (Plain `#[inline]` left it out of line: the scanner calls it from
    /// several places.)
    #[inline(always)]
    fn phrase_at(
        &self,
        toks: &[Token],
        i: usize,
        cast: &mut Cast,
        out: &mut Vec<Mention>,
    ) -> usize {
        if !self.may_start_phrase(&toks[i]) {
            return i + 1;
        }
        self.phrase_found_at(toks, i, cast, out)
    }

    /// [`Scanner::phrase_at`] past its first test, out of line.
    #[inline(never)]
    fn phrase_found_at(
        &self,
        toks: &[Token],
        i: usize,
        cast: &mut Cast,
        out: &mut Vec<Mention>,
    ) -> usize {
        if let Some(m) = self.delegate_of(toks, i, cast) {
            let end = m.end;
            cast.note(&m.actors, self.sentence, false);
            out.push(m);
            return end;
        }
        match self.phrase(toks, i, cast, out) {
            Some(m) => self.push_phrase(toks, m, cast, out, i),
            None => i + 1,
        }
    }

    /// "LINDA THOMAS-GREENFIELD (United States) said", "Fu Cong (China)":
    /// a speaker at a council's meeting, named with the state whose seat
    /// they hold. Names in capitals, as records of meetings print them, are
    /// read in title case.
    fn delegate_of(&self, toks: &[Token], i: usize, cast: &mut Cast) -> Option<Mention> {
        let t = &toks[i];
        if !t.is_capitalized() || !t.is_word() {
            return None;
        }
        // (Most capitalised words have no bracket after them.)
        let open = (i + 2..(i + 6).min(toks.len())).find(|&k| toks[k].text == "(")?;
        if self.gazetteer(toks, i).is_some() {
            return None;
        }
        let end = self.name(toks, i).filter(|&e| e == open)?;
        let (gend, refs) = self.gazetteer(toks, open + 1)?;
        if toks.get(gend).is_none_or(|t| t.text != ")") {
            return None;
        }
        let state = refs.iter().find(|r| {
            self.lex.actors[r.actor].kind == ActorKind::Country && r.form != Form::Adjective
        })?;
        let words: Vec<String> = toks[i..end]
            .iter()
            .map(|w| {
                let loud = w.text.chars().filter(|c| c.is_alphabetic()).count() > 1
                    && !w.text.chars().any(|c| c.is_lowercase());
                if loud {
                    title_case(w.text)
                } else {
                    w.text.to_string()
                }
            })
            .collect();
        let p = self.named_person(&words.join(" "), &[state.actor], "", cast);
        Some(self.mention(i, gend + 1, vec![p], MentionKind::Name))
    }

    /// Adds a phrase found at `i` to `out`, with what follows it; returns
    /// where scanning goes on.
    fn push_phrase(
        &self,
        toks: &[Token],
        mut m: Mention,
        cast: &mut Cast,
        out: &mut Vec<Mention>,
        i: usize,
    ) -> usize {
        // "the main opposition All People's Congress (APC) signed": an
        // acronym in brackets is part of the mention, and names its actor
        // from here on.
        if toks.get(m.end).is_some_and(|t| t.text == "(")
            && toks.get(m.end + 2).is_some_and(|t| t.text == ")")
            && m.actors.len() == 1
        {
            let a = &toks[m.end + 1];
            if (2..=6).contains(&a.text.len())
                && a.text
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && a.text
                    .bytes()
                    .next()
                    .is_some_and(|b| b.is_ascii_uppercase())
            {
                if self.gazetteer(toks, m.end + 1).is_none() {
                    cast.acronyms
                        .entry(a.text.to_string())
                        .or_insert(m.actors[0]);
                }
                m.end += 3;
                // "the National Liberation Army (ELN) guerrillas": the
                // group's fighters after its acronym are the group.
                if toks.get(m.end).is_some_and(|t| GROUP_NOUNS.has(t))
                    && cast.kind(m.actors[0]) == ActorKind::Group
                {
                    m.end += 1;
                }
            }
        }
        let next = m.end.max(i + 1);
        // "EU leaders", "ASEAN foreign ministers": a body's members named
        // as a group.
        if m.kind == MentionKind::Description
            && m.end > m.start + 1
            && matches!(
                toks[m.end - 1].lower_str(),
                "leaders" | "ministers" | "presidents" | "premiers"
            )
        {
            if let &[a] = m.actors.as_slice() {
                if cast.kind(a) == ActorKind::Organisation {
                    cast.collective = Some((a, self.sentence));
                }
            }
        }
        self.after_mention(toks, &mut m, cast);
        let after_comma = m.start > 0 && toks[m.start - 1].text == ",";
        out.push(m);
        if after_comma {
            cataphora(toks, out, cast);
        }
        next
    }

    /// Country adjectives outside any mention that modify a common noun
    /// ("Ukrainian grain", "Russian aggression"), with the country each
    /// names, added to the cast: such a phrase can be what an act is aimed
    /// at ("banned Ukrainian grain"). Positions in token order.
    pub fn adjectives(
        &self,
        toks: &[Token],
        mentions: &[Mention],
        cast: &mut Cast,
        out: &mut Vec<(usize, usize)>,
    ) {
        out.clear();
        let mut m = 0;
        for (k, t) in toks.iter().enumerate() {
            while m < mentions.len() && mentions[m].end <= k {
                m += 1;
            }
            if !t.is_capitalized()
                || mentions.get(m).is_some_and(|x| x.start <= k)
                || k > 0 && continental(toks, k - 1)
                || bygone_lands(toks, k)
            {
                continue;
            }
            let modifies = |j: usize| {
                toks.get(j)
                    .is_some_and(|n| n.is_word() && !n.is_capitalized() && n.lower_str() != "and")
            };
            // "Australian and American criticism", "British, French and
            // German diplomats": one of a list of adjectives before a noun.
            let in_list = || {
                let mut j = k + 1;
                let mut words = 0;
                while j < toks.len() && words < 6 {
                    match toks[j].lower_str() {
                        "," | "and" => j += 1,
                        _ if toks[j].is_word() && toks[j].is_capitalized() => {
                            j += 1;
                            words += 1;
                        }
                        _ => break,
                    }
                }
                words > 0 && toks[j - 1].is_capitalized() && modifies(j)
            };
            if !(modifies(k + 1) || matches!(lw(toks, k + 1), "," | "and") && in_list()) {
                continue;
            }
            // "a British-flagged tanker", "a Chinese-owned port": the
            // country adjective before the hyphen.
            let flagged = t
                .text
                .as_bytes()
                .contains(&b'-')
                .then(|| t.text.split_once('-'))
                .flatten()
                .and_then(|(a, b)| {
                    matches!(
                        b,
                        "flagged" | "owned" | "registered" | "operated" | "made" | "built"
                    )
                    .then_some(a)
                });
            // The first-word bit rules out most capitalised words without
            // hashing them for the map.
            if flagged.is_none() && self.lex.first_of(t) & FIRST_SURFACE == 0 {
                continue;
            }
            let Some(list) = self.lex.surfaces_of(flagged.unwrap_or(t.text)) else {
                continue;
            };
            let adjective = list.iter().find(|s| s.tokens.len() == 1).and_then(|s| {
                s.refs.iter().find(|r| {
                    r.form == Form::Adjective && self.lex.actors[r.actor].kind == ActorKind::Country
                })
            });
            if let Some(r) = adjective {
                out.push((k, cast.lexicon_actor(self.lex, r.actor, self.date)));
            }
        }
    }

    /// "Bali governor Wayan Koster", "Texas governor Greg Abbott": a place
    /// before a lowercase title and a name is part of the person's
    /// mention, not a place of its own (which would split "Ganjar Pranowo
    /// and Bali governor Wayan Koster" into two clauses).
    fn place_titles(&self, toks: &[Token], out: &mut Vec<Mention>, cast: &mut Cast) {
        let mut k = 0;
        while k + 1 < out.len() {
            let (place, person) = (&out[k], &out[k + 1]);
            let titled = place.place
                && person.actors.len() == 1
                && cast.kind(person.actors[0]) == ActorKind::Person
                && person.start >= place.end
                && !toks[place.end].is_capitalized()
                && self
                    .title(toks, place.end)
                    .is_some_and(|(end, _, one)| one && end <= person.end && end >= person.start);
            if titled {
                let start = out[k].start;
                let country = out[k].actors.first().copied();
                let p = out[k + 1].actors[0];
                if cast.actors[p].country.is_none() {
                    if let Some(c) = country.filter(|&c| cast.kind(c) == ActorKind::Country) {
                        cast.actors[p].country = cast.actors[c].country.clone();
                    }
                }
                out[k + 1].start = start;
                out.remove(k);
                continue;
            }
            k += 1;
        }
    }

    /// "Australia's minister for the Pacific, Zed Seselja," and "Zed
    /// Seselja, Australia's minister for the Pacific,": a name beside an
    /// unnamed official is that official.
    fn appositives(&self, toks: &[Token], out: &mut Vec<Mention>, cast: &mut Cast) {
        // A name in apposition ends at a comma or the end of the phrase.
        let closes = |e: usize| {
            toks.get(e)
                .is_none_or(|t| matches!(t.text, "," | "." | ";" | ":" | ")"))
        };
        let mut k = 0;
        while k < out.len() {
            // Copied (the rules below change `out`) only for the few
            // mentions the rules are about: a copy of every mention was a
            // tenth of the scanner's allocations.
            let one = out[k].actors.len() == 1;
            let described = out[k].kind == MentionKind::Description
                && toks.get(out[k].end).is_some_and(|t| t.text == ",");
            if !(one && (out[k].unnamed_role || described)) {
                k += 1;
                continue;
            }
            let m = out[k].clone();
            // "the Israeli foreign minister, Eli Cohen,": the name says who
            // held the office, whoever the lexicon has in it.
            if m.kind == MentionKind::Description
                && m.actors.len() == 1
                && cast.kind(m.actors[0]) == ActorKind::Person
                && toks.get(m.end).is_some_and(|t| t.text == ",")
            {
                let named = out
                    .iter()
                    .position(|x| {
                        x.start == m.end + 1
                            && x.kind == MentionKind::Name
                            && x.actors.len() == 1
                            && cast.kind(x.actors[0]) == ActorKind::Person
                            && closes(x.end)
                    })
                    .map(|xi| (xi, out[xi].actors[0], out[xi].end));
                if let Some((xi, p, end)) = named {
                    out[k] = self.mention(m.start, end, vec![p], MentionKind::Name);
                    out.remove(xi);
                    k += 1;
                    continue;
                }
                if !out.iter().any(|x| x.start == m.end + 1) {
                    if let Some(nend) = self.name(toks, m.end + 1).filter(|&e| closes(e)) {
                        let name = span_text(toks, m.end + 1, nend);
                        let held = &cast.actors[m.actors[0]];
                        if nend - (m.end + 1) >= 2 && !held.name.contains(name.as_str()) {
                            let country = held.country.clone();
                            let p = cast.discover(self.lex, &name, country, Gender::Unknown, None);
                            out[k] = self.mention(m.start, nend, vec![p], MentionKind::Name);
                            cast.note(&[p], self.sentence, false);
                            k += 1;
                            continue;
                        }
                    }
                }
            }
            if m.unnamed_role && m.actors.len() == 1 {
                let country = cast.actors[m.actors[0]].country.clone();
                // "the Taliban's political chief, Abdul Ghani Baradar,": a
                // person the lexicon knows, named in apposition, holds
                // the role (when of the role's country, or of none).
                let named = toks
                    .get(m.end)
                    .is_some_and(|t| t.text == ",")
                    .then(|| {
                        out.iter().position(|x| {
                            // (After an honorific: "Mullah Abdul Ghani
                            // Baradar".)
                            (x.start == m.end + 1
                                || x.start == m.end + 2
                                    && toks[m.end + 1].is_capitalized()
                                    && toks[m.end + 1].is_word())
                                && x.kind == MentionKind::Name
                                && x.actors.len() == 1
                                && cast.kind(x.actors[0]) == ActorKind::Person
                                && cast.lexicon_index(x.actors[0]).is_some()
                                && closes(x.end)
                                && cast.actors[x.actors[0]]
                                    .country
                                    .as_ref()
                                    .is_none_or(|c| country.as_ref().is_none_or(|r| r == c))
                        })
                    })
                    .flatten();
                if let Some(xi) = named {
                    let (p, end) = (out[xi].actors[0], out[xi].end);
                    out[k] = self.mention(m.start, end, vec![p], MentionKind::Name);
                    out.remove(xi);
                    k += 1;
                    continue;
                }
                // A name found on its own (see `bare_name`) next to the
                // role: one person, of the role's country.
                let bare = |x: &Mention| {
                    x.kind == MentionKind::Name
                        && x.actors.len() == 1
                        && cast.kind(x.actors[0]) == ActorKind::Person
                        && cast.actors[x.actors[0]].country.is_none()
                        && cast.lexicon_index(x.actors[0]).is_none()
                };
                let joined = if toks.get(m.end).is_some_and(|t| t.text == ",") {
                    out.iter()
                        .position(|x| x.start == m.end + 1 && bare(x))
                        .map(|xi| (xi, m.start, out[xi].end))
                } else {
                    None
                }
                .or_else(|| {
                    (m.start >= 1 && toks[m.start - 1].text == ",")
                        .then(|| {
                            out.iter()
                                .position(|x| x.end + 1 == m.start && bare(x))
                                .map(|xi| (xi, out[xi].start, m.end))
                        })
                        .flatten()
                });
                if let Some((xi, start, end)) = joined {
                    let p = out[xi].actors[0];
                    if cast.actors[p].country.is_none() {
                        cast.actors[p].country = country.clone();
                    }
                    out[k] = self.mention(start, end, vec![p], MentionKind::Name);
                    out.remove(xi);
                    if xi < k {
                        k -= 1;
                    }
                    k += 1;
                    continue;
                }
                // Role first, then ", Name".
                let mut e = m.end;
                // "minister for the Pacific": a short complement.
                let mut steps = 0;
                while steps < 4
                    && toks.get(e).is_some_and(|t| t.text != ",")
                    && !out.iter().any(|x| x.start == e)
                {
                    e += 1;
                    steps += 1;
                }
                if toks.get(e).is_some_and(|t| t.text == ",") {
                    if let Some(nend) = self.name(toks, e + 1) {
                        if !out.iter().any(|x| x.start < nend && e + 1 < x.end)
                            && nend - (e + 1) >= 2
                        {
                            let name = span_text(toks, e + 1, nend);
                            let p = cast.discover(
                                self.lex,
                                &name,
                                country.clone(),
                                Gender::Unknown,
                                None,
                            );
                            out[k] = self.mention(m.start, nend, vec![p], MentionKind::Name);
                            cast.note(&[p], self.sentence, false);
                            k += 1;
                            continue;
                        }
                    }
                }
                // Name first: "Name, <role>".
                if m.start >= 3 && toks[m.start - 1].text == "," {
                    let mut st = m.start - 1;
                    while st > 0
                        && toks[st - 1].is_capitalized()
                        && toks[st - 1].is_word()
                        && m.start - 1 - st < 4
                    {
                        st -= 1;
                    }
                    let name_end = m.start - 1;
                    if name_end - st >= 2
                        && self.name(toks, st) == Some(name_end)
                        && !out.iter().any(|x| x.end > st && x.start < name_end)
                    {
                        let name = span_text(toks, st, name_end);
                        let p = cast.discover(self.lex, &name, country, Gender::Unknown, None);
                        out[k] = self.mention(st, m.end, vec![p], MentionKind::Name);
                        cast.note(&[p], self.sentence, false);
                    }
                }
            }
            k += 1;
        }
    }

    /// "the head of the Atomic Energy Organization of Iran, Mohammad
    /// Eslami": an office, in lowercase, over a body named in capitals
    /// (which the lexicon may not know), then a name in apposition. The
    /// whole phrase is that person, of the state the body's name holds; the
    /// body is no party of its own (in "met Raisi and the head of ..., X"
    /// the list's second item is X, not the body).
    fn body_heads_named(&self, toks: &[Token], out: &mut Vec<Mention>, cast: &mut Cast) {
        let closes = |e: usize| {
            toks.get(e)
                .is_none_or(|t| matches!(t.text, "," | "." | ";" | ":" | ")"))
        };
        let mut i = 0;
        while i + 4 < toks.len() {
            let t = &toks[i];
            if !(t.is_word()
                && !t.is_capitalized()
                && BODY_HEADS.contains(&t.lower_str())
                && matches!(lw(toks, i + 1), "of" | "for")
                && !out.iter().any(|x| x.start <= i && i < x.end))
            {
                i += 1;
                continue;
            }
            let mut e = i + 2;
            while e < toks.len()
                && e < i + 12
                && (toks[e].is_word() && toks[e].is_capitalized()
                    || matches!(lw(toks, e), "of" | "the" | "and" | "for" | "'s" | "-"))
            {
                e += 1;
            }
            if lw(toks, e) != "," || !toks[e - 1].is_capitalized() || e == i + 2 {
                i += 1;
                continue;
            }
            let inside: Vec<usize> = (0..out.len())
                .filter(|&x| out[x].start >= i + 2 && out[x].end <= e)
                .collect();
            // (A person inside is someone's office: "the spokesman for
            // President Ruto, ..." is Ruto's man, read elsewhere.)
            if inside.iter().any(|&x| {
                out[x]
                    .actors
                    .iter()
                    .any(|&a| cast.kind(a) == ActorKind::Person)
            }) {
                i += 1;
                continue;
            }
            let start = if i > 0 && lw(toks, i - 1) == "the" {
                i - 1
            } else {
                i
            };
            let known = out.iter().position(|x| {
                x.start == e + 1
                    && x.kind == MentionKind::Name
                    && x.actors.len() == 1
                    && cast.kind(x.actors[0]) == ActorKind::Person
                    && closes(x.end)
            });
            let (p, end) = if let Some(xi) = known {
                (out[xi].actors[0], out[xi].end)
            } else {
                let Some(nend) = self.name(toks, e + 1).filter(|&n| closes(n)) else {
                    i += 1;
                    continue;
                };
                if nend - (e + 1) < 2 || out.iter().any(|x| x.start < nend && e + 1 < x.end) {
                    i += 1;
                    continue;
                }
                let country = inside.iter().find_map(|&x| {
                    out[x]
                        .actors
                        .iter()
                        .find_map(|&a| cast.actors[a].country.clone())
                });
                let name = span_text(toks, e + 1, nend);
                let p = cast.discover(self.lex, &name, country, Gender::Unknown, None);
                (p, nend)
            };
            out.retain(|x| !(x.start >= start && x.end <= end));
            let at = out
                .iter()
                .position(|x| x.start > start)
                .unwrap_or(out.len());
            out.insert(at, self.mention(start, end, vec![p], MentionKind::Name));
            cast.note(&[p], self.sentence, false);
            i = end;
        }
    }

    /// "He also confirmed ..., a deal his foreign minister had disclosed":
    /// an official described by title after "his" or "her" serves the
    /// owner's country, whoever else with that title the story named last.
    fn owners_official(
        &self,
        toks: &[Token],
        i: usize,
        m: &mut Mention,
        cast: &mut Cast,
        so_far: &[Mention],
    ) {
        if m.kind != MentionKind::Description
            || m.actors.len() != 1
            || cast.kind(m.actors[0]) != ActorKind::Person
            || !matches!(toks[i].lower_str(), "his" | "her")
            || !toks[i + 1..m.end]
                .iter()
                .all(|t| t.is_word() && !t.is_capitalized())
        {
            return;
        }
        let Some(owner) = self.pronoun(toks, i, cast, so_far).map(|p| p.actors[0]) else {
            return;
        };
        let Some(code) = cast.actors[owner].country.clone() else {
            return;
        };
        if cast.actors[m.actors[0]].country.as_deref() == Some(code.as_str()) {
            return;
        }
        let Some(c) = self.lex.country(&code) else {
            return;
        };
        let title = span_text(toks, i + 1, m.end).to_lowercase();
        if let Some(a) = self.describe(toks, &[c], &title, cast, so_far) {
            if a != owner {
                m.actors = vec![a];
            }
        }
    }

    /// Pushes a phrase found after a possessive ("his Chinese counterpart
    /// Xi Jinping") as one mention starting at the possessive; returns where
    /// scanning goes on.
    fn push_prefixed(
        &self,
        toks: &[Token],
        mut m: Mention,
        start: usize,
        cast: &mut Cast,
        out: &mut Vec<Mention>,
    ) -> usize {
        m.start = start;
        self.after_mention(toks, &mut m, cast);
        let end = m.end;
        out.push(m);
        end
    }

    fn after_mention(&self, toks: &[Token], m: &mut Mention, cast: &mut Cast) {
        if toks
            .get(m.end)
            .is_some_and(|t| t.lower == "'s" || t.lower == "'")
        {
            // "Putin's motorcade rolled into Hanoi": a leader's vehicle
            // goes where the leader goes.
            if m.actors.len() == 1
                && cast.kind(m.actors[0]) == ActorKind::Person
                && matches!(
                    lw(toks, m.end + 1),
                    "motorcade" | "convoy" | "cortege" | "plane" | "jet" | "aircraft"
                )
            {
                m.end += 2;
            } else {
                m.possessive = true;
            }
        }
        // "..., according to Ortega. On Friday, a court sentenced him": a
        // source cited is no one the story goes on about.
        let cited =
            m.start >= 2 && lw(toks, m.start - 2) == "according" && lw(toks, m.start - 1) == "to";
        if !m.place && !cited {
            cast.note(&m.actors, self.sentence, false);
        }
    }

    /// "the two leaders", "both sides", "the pair", "the three leaders",
    /// "the visitors".
    fn plural_description(
        &self,
        toks: &[Token],
        i: usize,
        cast: &mut Cast,
        so_far: &[Mention],
    ) -> Option<Mention> {
        let w = |k: usize| toks.get(k).map(|t| t.lower_str()).unwrap_or("");
        // Every form below opens with "the" or "both"; this runs for every
        // token, and most are neither.
        // ("praised his two counterparts": a count after a possessive
        // too.)
        let owned = matches!(w(i), "his" | "her" | "their") && count_of(w(i + 1)).is_some();
        // "the security chiefs, Kamchybek Tashiev and Saymumin Yatimov,":
        // uncounted people named right after, in apposition, as many as
        // the list has.
        if w(i) == "the" {
            let head = (i + 1..i + 5).find(|&k| {
                matches!(
                    w(k),
                    "ministers"
                        | "leaders"
                        | "presidents"
                        | "counterparts"
                        | "chiefs"
                        | "envoys"
                        | "negotiators"
                        | "premiers"
                        | "commanders"
                        | "mediators"
                )
            });
            if let Some(h) = head.filter(|&h| {
                w(h + 1) == ","
                    && (i + 1..h).all(|m| {
                        toks[m].is_word()
                            && !AUX.has(&toks[m])
                            && !PREPOSITIONS.has(&toks[m])
                            && !matches!(w(m), "and" | "or")
                    })
            }) {
                for n in 2..=4 {
                    if let Some((named, k)) = self.named_after(toks, h + 1, n, cast) {
                        return Some(self.mention(i, k, named, MentionKind::Description));
                    }
                }
            }
        }
        // "each side accusing the other": the pair, as "both sides".
        let each = w(i) == "each"
            && matches!(
                w(i + 1),
                "side" | "party" | "country" | "government" | "army" | "camp"
            );
        if !matches!(w(i), "the" | "both") && !owned && !each {
            return self.counted_states(toks, i, cast);
        }
        const PEOPLE: &[&str] = &[
            "leaders",
            "men",
            "women",
            "presidents",
            "ministers",
            "heads",
            "pair",
            "trio",
            "visitors",
            "guests",
            "counterparts",
            "premiers",
            "diplomats",
            "envoys",
            "advisers",
            "advisors",
        ];
        const STATES: &[&str] = &[
            "sides",
            "countries",
            "nations",
            "governments",
            "delegations",
            "allies",
            "neighbours",
            "neighbors",
            "states",
            "capitals",
            "parties",
            "forces",
            "factions",
            "rivals",
            "armies",
            "militaries",
            // "the three juntas": the states they rule.
            "juntas",
            "regimes",
        ];
        // "the two leaders", "both sides", and with up to four modifiers
        // before the plural noun "the two national security advisers",
        // "both Gulf states", "the two Horn of Africa neighbours".
        let plural_head = |from: usize| {
            (from..from + 5).find(|&k| {
                let x = w(k);
                (PEOPLE.contains(&x) || STATES.contains(&x))
                    && (from..k).all(|m| {
                        toks.get(m).is_some_and(|t| {
                            // ("of" inside a capitalised name.)
                            let name_of = t.lower_str() == "of"
                                && m > from
                                && toks[m - 1].is_capitalized()
                                && toks.get(m + 1).is_some_and(|n| n.is_capitalized());
                            name_of
                                || t.is_word()
                                    && !AUX.has(t)
                                    && !PREPOSITIONS.has(t)
                                    && !DETERMINERS.has(t)
                                    && !matches!(t.lower_str(), "and" | "or" | "of")
                        })
                    })
            })
        };
        let counted_group = if matches!(w(i), "the" | "both") || owned {
            let from = if w(i) == "both" { i + 1 } else { i + 2 };
            let counted = w(i) == "both" || count_of(w(i + 1)).is_some();
            // The head is looked for only after a count: most "the" have
            // none, and the search compares three words with every plural.
            counted.then(|| plural_head(from)).flatten().map(|h| {
                let n = if w(i) == "both" {
                    2
                } else {
                    count_of(w(i + 1)).unwrap_or(2)
                };
                (h + 1, PEOPLE.contains(&w(h)), n)
            })
        } else {
            None
        };
        let (end, people, n) = if let Some(x) = counted_group {
            x
        } else {
            // Where uncounted leaders end: "the Presidents", "the Heads of
            // State".
            let leaders_end = || match w(i + 1) {
                "leaders" | "ministers" | "presidents" | "premiers" => Some(i + 2),
                "heads" if w(i + 2) == "of" && matches!(w(i + 3), "state" | "government") => {
                    Some(i + 4)
                }
                _ => None,
            };
            match (w(i), w(i + 1), w(i + 2)) {
                ("the", "pair" | "visitors" | "guests" | "duo", _) => (i + 2, true, 2),
                _ if each => (i + 2, false, 2),
                // "... signed a truce. The WFP urged the parties to open the
                // roads": uncounted parties are those of the last deal or
                // fighting, told lately.
                ("the", "parties" | "belligerents" | "sides", next)
                    if !matches!(next, "of" | "in" | "'s")
                        && cast
                            .sides
                            .is_some_and(|(_, at, _)| self.sentence.saturating_sub(at) <= 6) =>
                {
                    (i + 2, false, 2)
                }
                // "Nazarbayev held talks with Merkel ... The sides signed a
                // joint statement": uncounted sides that sign, agree or
                // hold talks are the pair the story is about.
                (
                    "the",
                    "parties" | "sides",
                    "signed" | "agreed" | "held" | "discussed" | "exchanged" | "reached"
                    | "adopted" | "issued" | "reaffirmed" | "pledged" | "committed" | "expressed",
                ) => (i + 2, false, 2),
                // ("the warring parties": at war, whoever the story's pair
                // is, though no fighting was told lately.)
                ("the", "warring", "parties" | "sides" | "factions") => (i + 3, false, 2),
                ("the", "trio", _) => (i + 2, true, 3),
                // "Lula met Fernandez ... The neighbours signed agreements":
                // uncounted neighbours acting are a pair.
                ("the", "neighbours" | "neighbors", next)
                    if AUX.has_at(toks, i + 2)
                        || ADVERBS.has_at(toks, i + 2)
                        || next.ends_with("ed")
                        || matches!(next, "met" | "held" | "signed" | "agreed" | "struck") =>
                {
                    (i + 2, false, 2)
                }
                // "the four leaders adopted a declaration ... The leaders
                // condemned": uncounted, the group of leaders named lately.
                ("the", "leaders" | "ministers" | "presidents" | "premiers", next)
                    if !matches!(next, "of" | "'s" | "from" | "in" | "who" | "whose")
                        && cast.last_group.as_ref().is_some_and(|(g, at)| {
                            g.len() >= 2
                                && self.sentence.saturating_sub(*at) <= 6
                                && g.iter().all(|&a| cast.kind(a) == ActorKind::Person)
                        }) =>
                {
                    let n = cast.last_group.as_ref().map_or(2, |(g, _)| g.len());
                    (i + 2, true, n)
                }
                // "Mirziyoyev held talks with Rahmon ... Following the
                // talks, the Presidents signed a treaty": uncounted leaders
                // (or "the Heads of State") who sign or agree are the two
                // who just met.
                ("the", _, _)
                    if cast
                        .met_pair
                        .is_some_and(|(_, at)| self.sentence.saturating_sub(at) <= 3)
                        // (Not at a summit of more: "the leaders adopted a
                        // joint declaration" in Kazan.)
                        && !cast.last_group.as_ref().is_some_and(|(g, at)| {
                            g.len() >= 3 && self.sentence.saturating_sub(*at) <= 8
                        })
                        && cast
                            .collective
                            .is_none_or(|(_, at)| self.sentence.saturating_sub(at) > 8)
                        && leaders_end().is_some_and(|end| {
                            matches!(w(end), "signed" | "witnessed" | "exchanged" | "discussed")
                        }) =>
                {
                    let end = leaders_end()?;
                    let pair = cast.met_pair.map(|(p, _)| p.to_vec())?;
                    return Some(self.mention(i, end, pair, MentionKind::Description));
                }
                // "EU leaders met in Brussels ... The leaders demanded his
                // release": with no people named together, the body whose
                // members were named as a group lately.
                ("the", "leaders" | "ministers" | "presidents" | "premiers", next)
                    if !matches!(
                        next,
                        "of" | "'s" | "'" | "\u{2019}" | "from" | "in" | "who" | "whose"
                    ) && cast
                        .collective
                        .is_some_and(|(_, at)| self.sentence.saturating_sub(at) <= 3) =>
                {
                    let body = cast.collective.map(|(a, _)| a)?;
                    return Some(self.mention(i, i + 2, vec![body], MentionKind::Description));
                }
                ("the", c, n)
                    if count_of(c).is_some()
                        && (!n.chars().next().is_some_and(|c| c.is_alphabetic())
                            || AUX.has_at(toks, i + 2)
                            || ADVERBS.has_at(toks, i + 2)
                            || n.ends_with("ed")
                            || matches!(
                                n,
                                "held"
                                    | "met"
                                    | "spoke"
                                    | "sat"
                                    | "made"
                                    | "took"
                                    | "gave"
                                    | "shook"
                                    | "struck"
                                    | "signed"
                                    | "hold"
                                    | "meet"
                                    | "sign"
                                    | "agree"
                            )) =>
                {
                    (i + 2, true, count_of(c).unwrap_or(2))
                }
                _ => return None,
            }
        };
        if people {
            if let Some((named, k)) = self.named_after(toks, end, n, cast) {
                return Some(self.mention(i, k, named, MentionKind::Description));
            }
        } else if let Some(named) = self.states_named_after(toks, end, n, cast) {
            // The mention stays the description: the names are read again
            // as mentions of their own.
            return Some(self.mention(i, end, named, MentionKind::Description));
        }
        let group: Vec<usize> = if people {
            // People already named in this clause are not "the two men"
            // they are acting on ("Trump, who invited both men").
            let object_position = object_position(toks, i);
            // The agent acting on them is the last person named before.
            let agent: Option<usize> = if object_position {
                so_far
                    .iter()
                    .rev()
                    .find(|m| m.actors.len() == 1 && cast.kind(m.actors[0]) == ActorKind::Person)
                    .map(|m| m.actors[0])
            } else {
                None
            };
            // A group of `n` people named within `within` sentences, none
            // of them the agent, and no one else named in this sentence
            // ("In his meeting with Modi, the two leaders" is stale).
            let fits = |g: &[usize], at: usize, within: usize| {
                g.len() == n
                    && self.sentence.saturating_sub(at) <= within
                    && g.iter().all(|&a| cast.kind(a) == ActorKind::Person)
                    && agent.is_none_or(|x| !g.contains(&x))
                    && so_far.iter().all(|m| {
                        m.actors
                            .iter()
                            .all(|&a| cast.kind(a) != ActorKind::Person || g.contains(&a))
                    })
            };
            // The guests a host received together, lately ("Lourenço
            // hosted Tshisekedi and Kagame. The two leaders agreed").
            if let Some((g, at)) = &cast.guests_group {
                if fits(g, *at, 1) {
                    let mut v = g.clone();
                    v.sort_unstable();
                    return Some(self.mention(i, end, v, MentionKind::Pronoun));
                }
            }
            // A group of that size named together recently wins ("Macron,
            // Scholz and Draghi ... the trio").
            if let Some((g, at)) = &cast.last_group {
                if fits(g, *at, 6)
                    // So do two other people named since ("... their foreign
                    // ministers, Fidan and Shoukry, signed. He had come
                    // ... beside his host ... Both men demanded").
                    && cast
                        .recent
                        .iter()
                        .filter(|r| {
                            r.1 > *at && cast.kind(r.0) == ActorKind::Person && !g.contains(&r.0)
                        })
                        .count()
                        < n.min(2)
                    // And the story going back to a visit's guest or host
                    // after it ("... Fidan and Shoukry signed. The Turkish
                    // leader said ... Both men demanded").
                    && !(n == 2
                        && cast.guest.is_some_and(|x| !g.contains(&x))
                        && cast.host.is_some_and(|x| !g.contains(&x))
                        && cast.subjects.iter().any(|&(s, a)| {
                            s > *at && (Some(a) == cast.guest || Some(a) == cast.host)
                        }))
                {
                    let mut v = g.clone();
                    v.sort_unstable();
                    return Some(Mention {
                        start: i,
                        end,
                        actors: v,
                        kind: MentionKind::Pronoun,
                        place: false,
                        possessive: false,
                        unnamed_role: false,
                    });
                }
            }
            // A visit read lately: its guest and host are the pair ("It
            // was Erdogan's first visit to Egypt. The last time he came,
            // he was received by Morsi ... The two leaders drove").
            if let (2, Some(g), Some(h)) = (n, cast.guest, cast.host) {
                // (By name: "he" and "his host" do not refresh recency.)
                let lately = |a: usize| {
                    cast.recent
                        .iter()
                        .any(|r| r.0 == a && self.sentence.saturating_sub(r.1) <= 8)
                };
                if g != h
                    && lately(g)
                    && lately(h)
                    && agent.is_none()
                    && so_far.iter().all(|m| {
                        m.actors
                            .iter()
                            .all(|&a| cast.kind(a) != ActorKind::Person || a == g || a == h)
                    })
                {
                    let mut v = vec![g, h];
                    v.sort_unstable();
                    return Some(self.mention(i, end, v, MentionKind::Pronoun));
                }
            }
            // People named earlier in this sentence come first ("In his
            // meeting with Modi, the two leaders"), then the most recent.
            // A run of as many people joined by "and" or commas wins
            // ("Nurtleu hosted Mirzoyan and Bayramov, and Tokayev received
            // both men").
            let person = |m: &Mention| {
                m.actors.len() == 1
                    && cast.kind(m.actors[0]) == ActorKind::Person
                    && Some(m.actors[0]) != agent
            };
            if let Some(v) = joined_run(toks, so_far, n, person) {
                return Some(self.mention(i, end, v, MentionKind::Pronoun));
            }
            // "Ethiopia and Somalia agreed ..., after Erdogan hosted the
            // two leaders": with no people named together, the leaders of
            // the states this sentence joined in a list.
            let country = |m: &Mention| {
                !m.possessive
                    && !m.place
                    && m.actors.len() == 1
                    && cast.kind(m.actors[0]) == ActorKind::Country
            };
            if let Some(v) = joined_run(toks, so_far, n, country) {
                return Some(self.mention(i, end, v, MentionKind::Pronoun));
            }
            let here = || {
                so_far
                    .iter()
                    .filter(|m| m.actors.len() == 1 && cast.kind(m.actors[0]) == ActorKind::Person)
                    .map(|m| m.actors[0])
            };
            // "Clinton called on the three presidents": people the story
            // gave that office, when there are as many, before the rest.
            let office: &[&str] = match toks[end - 1].lower_str() {
                "presidents" => &["president"],
                "ministers" | "premiers" => &["minister", "premier"],
                "leaders" => &[
                    "president",
                    "prime minister",
                    "premier",
                    "chancellor",
                    "king",
                    "emir",
                    "leader",
                ],
                _ => &[],
            };
            let holds = |a: usize| {
                cast.titles[a]
                    .iter()
                    .chain(
                        cast.lexicon_index(a)
                            .map(|li| self.lex.titles_of(li, self.date))
                            .unwrap_or_default()
                            .iter()
                            .map(|t| &t.title),
                    )
                    .any(|t| office.iter().any(|o| t.contains(o)))
            };
            // Up to `n` people named here or lately, but the agent, that
            // `want` accepts.
            let fill = |want: &dyn Fn(usize) -> bool| {
                let mut v: Vec<usize> = Vec::with_capacity(n);
                for a in here().chain(cast.recent_people()).filter(|&a| want(a)) {
                    if v.len() < n && Some(a) != agent && !v.contains(&a) {
                        v.push(a);
                    }
                }
                v
            };
            let holders = if office.is_empty() {
                Vec::new()
            } else {
                fill(&holds)
            };
            let others = if holders.len() == n {
                holders
            } else {
                fill(&|_| true)
            };
            // "Trump said he had spoken to both leaders": an outsider
            // acting on the pair means the story's two states at odds,
            // when the people lately named are not their two leaders.
            if let (2, Some(x)) = (n, agent) {
                let country = |a: usize| cast.kind(a) == ActorKind::Country;
                if let Some(d) = cast.main_dyad(self.sentence, 12, country) {
                    let code = |a: usize| cast.actors[a].country.clone();
                    let in_dyad =
                        |a: usize| code(a).is_some() && d.iter().any(|&s| code(s) == code(a));
                    let leaders = others.len() == 2
                        && in_dyad(others[0])
                        && in_dyad(others[1])
                        && code(others[0]) != code(others[1]);
                    if !in_dyad(x) && !leaders {
                        // Each state's latest person named, else the state.
                        let mut v: Vec<usize> = d
                            .iter()
                            .map(|&st| {
                                cast.recent_people()
                                    .find(|&p| p != x && code(p).is_some() && code(p) == code(st))
                                    .unwrap_or(st)
                            })
                            .collect();
                        v.sort_unstable();
                        return Some(self.mention(i, end, v, MentionKind::Pronoun));
                    }
                }
            }
            let mut v = if others.len() == n {
                others
            } else {
                cast.recent_people().take(n).collect()
            };
            v.sort_unstable();
            v
        } else {
            // "the two countries": the last two states named; "both sides"
            // may also be bodies.
            let only_countries = matches!(
                toks.get(end - 1).map(|t| t.lower_str()),
                Some(
                    "countries"
                        | "nations"
                        | "states"
                        | "neighbours"
                        | "neighbors"
                        | "capitals"
                        | "governments"
                )
            );
            // "the two Nordic countries", "both Gulf states": the region's
            // states named lately, when as many were.
            if let Some(region) = region_named(toks, i, end) {
                let mut picked: Vec<usize> = cast
                    .recent
                    .iter()
                    .filter(|&&(a, at, _)| {
                        self.sentence.saturating_sub(at) <= 12
                            && cast.kind(a) == ActorKind::Country
                            && cast.actors[a]
                                .country
                                .as_deref()
                                .is_some_and(|c| region.contains(&c))
                    })
                    .map(|&(a, _, _)| a)
                    .take(n)
                    .collect();
                if picked.len() == n {
                    picked.sort_unstable();
                    return Some(self.mention(i, end, picked, MentionKind::Description));
                }
            }
            // ("both forces", "the two factions": armed groups too.)
            let states = |cast: &Cast, a: &usize| match cast.kind(*a) {
                ActorKind::Country => true,
                ActorKind::Organisation | ActorKind::Group => !only_countries,
                _ => false,
            };
            // "Swaraj went to Islamabad, where the two governments agreed":
            // the states this sentence has named so far, people standing
            // for their own, when there are just as many as counted.
            let mut here: Vec<usize> = Vec::new();
            for m in so_far.iter().filter(|m| !m.possessive || m.place) {
                for &a in &m.actors {
                    let state = match cast.kind(a) {
                        ActorKind::Person => cast.actors[a]
                            .country
                            .clone()
                            .and_then(|c| self.lex.country(&c)),
                        _ if states(cast, &a) => {
                            if !here.contains(&a) {
                                here.push(a);
                            }
                            None
                        }
                        _ => None,
                    };
                    let state = state.map(|li| cast.lexicon_actor(self.lex, li, self.date));
                    if let Some(x) = state.filter(|x| !here.contains(x)) {
                        here.push(x);
                    }
                }
            }
            // States this sentence named in a run joined by "and" or
            // commas, as many as counted.
            let state_mention = |m: &Mention| {
                !m.possessive && !m.place && m.actors.len() == 1 && states(cast, &m.actors[0])
            };
            let listed_here = joined_run(toks, so_far, n, state_mention);
            let listed = (n >= 3)
                .then(|| cast.state_list(n, self.sentence))
                .flatten()
                .cloned();
            // Five or more ("four of the five parties") count only a list
            // of as many states.
            if n >= 5 && listed.is_none() {
                return None;
            }
            // "both parties", "the two sides": those of the last deal or
            // fighting, though others were named since. Not when one of
            // them speaks ("Moscow urged both sides").
            let last_sides = cast
                .sides
                .filter(|(p, at, _)| {
                    n == 2
                        && matches!(
                            toks.get(end - 1).map(|t| t.lower_str()),
                            Some("sides" | "parties" | "side" | "party")
                        )
                        && self.sentence.saturating_sub(*at) <= 8
                        && !so_far
                            .iter()
                            .any(|m| m.actors.iter().any(|a| p.contains(a)))
                })
                .map(|(p, _, _)| {
                    let mut v = p.to_vec();
                    v.sort_unstable();
                    v
                });
            // The story's pair, when no party of it is named here.
            let dyad_here = (n == 2)
                .then(|| cast.main_dyad(self.sentence, 12, |a| states(cast, &a)))
                .flatten()
                .filter(|d| {
                    !so_far
                        .iter()
                        .any(|m| m.actors.iter().any(|a| d.contains(a)))
                })
                .map(|d| {
                    let mut v = d.to_vec();
                    v.sort_unstable();
                    v
                });
            match &cast.last_group {
                // "Anwar, the ASEAN chair, implored both sides": as an
                // object, those sides first, not the states just named (who
                // act on them).
                _ if last_sides.is_some() && object_position(toks, i) => {
                    last_sides.unwrap_or_default()
                }
                // (Not right after a verb, when the clause's own actors act
                // on them: "the AU and IGAD urged both governments". After a
                // noun or a preposition they may well be the states named:
                // "the agreement the two governments signed", "agreements
                // between the two countries".)
                _ if here.len() == n
                    && !(object_position(toks, i) && {
                        let v = toks[i - 1].lower_str();
                        v.ends_with("ed") || matches!(v, "met" | "told" | "sent" | "urge" | "urges")
                    }) =>
                {
                    here.sort_unstable();
                    here
                }
                // "Mexico, Argentina, Colombia and Bolivia signed ... Lima
                // called its ambassadors in the four countries".
                // "Thailand and Cambodia agreed to a ceasefire, Anwar said
                // after hosting talks between the two sides": states joined
                // in a list in this sentence, though a person's state was
                // named too.
                _ if listed_here.is_some()
                    && !(object_position(toks, i) && {
                        let v = toks[i - 1].lower_str();
                        v.ends_with("ed") || matches!(v, "met" | "told" | "sent" | "urge" | "urges")
                    }) =>
                {
                    listed_here.unwrap_or_default()
                }
                _ if listed.is_some() => listed.unwrap_or_default(),
                _ if last_sides.is_some() => last_sides.unwrap_or_default(),
                // "Brazil and Colombia condemned the raid ... Washington
                // urged the two countries to resolve their differences":
                // a pair acted on is the story's pair, not two states that
                // acted side by side.
                Some((g, _))
                    if n == 2
                        && g.len() == 2
                        && object_position(toks, i)
                        && !cast.is_dyad([g[0], g[1]])
                        && dyad_here.is_some() =>
                {
                    dyad_here.unwrap_or_default()
                }
                // (Not more than a pair counted: "Brazil, Colombia and
                // Chile condemned the raid ... urged both countries" are
                // not the two.)
                Some((g, s))
                    if self.sentence.saturating_sub(*s) <= 3
                        && !(n == 2 && g.len() > 2)
                        && g.iter().all(|a| states(cast, a)) =>
                {
                    g.clone()
                }
                // "The presidents of Venezuela and Guyana promised ... the
                // two governments agreed": the states of the people just
                // named together, one each.
                Some((g, s))
                    if self.sentence.saturating_sub(*s) <= 3
                        && g.len() == n
                        && g.iter().all(|&a| {
                            cast.kind(a) == ActorKind::Person && cast.actors[a].country.is_some()
                        })
                        && g.iter().enumerate().all(|(x, &a)| {
                            g[..x]
                                .iter()
                                .all(|&b| cast.actors[b].country != cast.actors[a].country)
                        }) =>
                {
                    let g = g.clone();
                    let mut v: Vec<usize> =
                        g.iter().filter_map(|&a| self.state_of(a, cast)).collect();
                    v.sort_unstable();
                    v
                }
                _ => {
                    // The speaker's own state is not among "the two
                    // neighbours" it talks about ("Iran's Foreign Minister
                    // offers to mediate between the two neighbours").
                    let code = |cast: &Cast, a: usize| cast.side(a).to_string();
                    // "UN Secretary-General António Guterres": the body
                    // qualifies the person who acts for it.
                    let qualifies_person = |m: &Mention| {
                        so_far.iter().any(|p| {
                            p.start >= m.end
                                && p.start <= m.end + 3
                                && p.actors.iter().all(|&a| cast.kind(a) == ActorKind::Person)
                                && (m.end..p.start).all(|k| {
                                    toks[k].is_word()
                                        && !matches!(toks[k].lower_str(), "and" | "or" | "with")
                                        || toks[k].text == "-"
                                })
                        })
                    };
                    // In object position the clause's own actors are not
                    // the ones acted on ("Iran has condemned both Gulf
                    // states").
                    let object_position = i > 0
                        && toks[i - 1].is_word()
                        && !toks[i - 1].is_capitalized()
                        && !matches!(toks[i - 1].lower_str(), "and" | "but" | "while" | "as");
                    let clause_start = (1..i)
                        .rev()
                        .find(|&k| {
                            toks[k].text == ";"
                                || toks[k - 1].text == ","
                                    && matches!(toks[k].lower_str(), "and" | "but" | "while")
                        })
                        .unwrap_or(0);
                    // Whole mentions that are excluded, and the countries
                    // of people named.
                    let mut own: Vec<String> = Vec::new();
                    for m in so_far {
                        let whole = m.possessive
                            || qualifies_person(m)
                            || object_position && m.actors.len() == 1 && m.start >= clause_start;
                        let named = m.place || m.kind == MentionKind::Name;
                        for &a in &m.actors {
                            if whole || named && cast.kind(a) == ActorKind::Person {
                                own.push(code(cast, a));
                            }
                        }
                    }
                    let mut v: Vec<usize> = cast
                        .recent
                        .iter()
                        .map(|x| x.0)
                        .filter(|a| states(cast, a) && !own.contains(&code(cast, *a)))
                        .take(n)
                        .collect();
                    // "Lula met Fernandez ... The neighbours signed": the
                    // states of the people lately named, when too few states
                    // were named themselves and the people's states are just
                    // as many as counted (with a mediator's, they are too
                    // many to tell the pair).
                    if v.len() < n {
                        let people: Vec<usize> = cast.recent_people().collect();
                        let mut theirs: Vec<usize> = Vec::new();
                        for p in people {
                            let Some(c) = self.state_of(p, cast) else {
                                continue;
                            };
                            if !theirs.contains(&c) && !own.contains(&code(cast, c)) {
                                theirs.push(c);
                            }
                        }
                        if theirs.len() == n && v.iter().all(|a| theirs.contains(a)) {
                            v = theirs;
                        }
                    }
                    v.sort_unstable();
                    // The two last named may be bystanders: the story's
                    // own pair, when events joined it and not them.
                    if n == 2 && v.len() == 2 && !cast.is_dyad([v[0], v[1]]) {
                        if let Some(d) = cast
                            .main_dyad(self.sentence, 12, |a| states(cast, &a))
                            .filter(|d| d.iter().all(|&a| !own.contains(&code(cast, a))))
                        {
                            v = d.to_vec();
                        }
                    }
                    v
                }
            }
        };
        if group.len() < 2 {
            return None;
        }
        Some(Mention {
            start: i,
            end,
            actors: group,
            kind: MentionKind::Pronoun,
            place: false,
            possessive: false,
            unnamed_role: false,
        })
    }

    fn pronoun(
        &self,
        toks: &[Token],
        i: usize,
        cast: &mut Cast,
        so_far: &[Mention],
    ) -> Option<Mention> {
        let we = toks[i].lower_str() == "we";
        let you = cast.interview && second_person(toks, i);
        // A transcript: "I" is the speaker its label names.
        if (first_person(toks, i) || we)
            && (cast.speaker.is_some() || cast.questioning || cast.label_colon.is_some())
        {
            if !narrated(toks) || cast.questioning {
                return None;
            }
            let speaker = match cast.label_colon {
                Some(colon) if i > colon => cast.label_person(colon, so_far),
                _ => cast.speaker,
            }?;
            return Some(Mention {
                start: i,
                end: i + 1,
                actors: vec![speaker],
                kind: MentionKind::Pronoun,
                place: false,
                possessive: matches!(toks[i].lower_str(), "my" | "our"),
                unnamed_role: false,
            });
        }
        if first_person(toks, i) || you || we && cast.narrator.flatten().is_some() {
            if !narrated(toks) {
                return None;
            }
            let narrator = cast.narrator.flatten()?;
            let mut actors = vec![narrator];
            if we {
                // "Yesterday President Xi received me. We had a warm
                // discussion": the narrator and whom they were last with.
                let partner = so_far
                    .iter()
                    .rev()
                    .flat_map(|m| m.actors.iter().copied())
                    .chain(
                        cast.recent
                            .iter()
                            .filter(|r| self.sentence.saturating_sub(r.1) <= 1)
                            .map(|r| r.0),
                    )
                    .find(|&a| a != narrator && cast.kind(a) == ActorKind::Person);
                actors.extend(partner);
            }
            return Some(Mention {
                start: i,
                end: i + 1,
                actors,
                kind: MentionKind::Pronoun,
                place: false,
                possessive: matches!(toks[i].lower_str(), "my" | "your"),
                unnamed_role: false,
            });
        }
        let lw = toks[i].lower_str();
        // "His Excellency the Minister", "Her Majesty": a form of address,
        // not a pronoun.
        if matches!(lw, "his" | "her" | "their")
            && toks.get(i + 1).is_some_and(|t| {
                matches!(
                    t.text,
                    "Excellency"
                        | "Excellencies"
                        | "Majesty"
                        | "Majesties"
                        | "Highness"
                        | "Holiness"
                        | "Royal"
                        | "Eminence"
                        | "Beatitude"
                )
            })
        {
            return None;
        }
        let (gender, plural, object) = match lw {
            "he" => (Gender::Male, false, false),
            "she" => (Gender::Female, false, false),
            "him" | "himself" => (Gender::Male, false, true),
            "his" => (Gender::Male, false, false),
            // "her government" is whose; "received her warmly" whom.
            "her" => {
                let whose = toks.get(i + 1).is_some_and(|t| {
                    t.is_word()
                        && !PREPOSITIONS.has(t)
                        && !DETERMINERS.has(t)
                        && !t.lower_str().ends_with("ly")
                        && !matches!(t.lower_str(), "that" | "and" | "or" | "but" | "as" | "to")
                });
                (Gender::Female, false, !whose)
            }
            "herself" => (Gender::Female, false, true),
            "they" | "them" | "their" => (Gender::Unknown, true, lw == "them"),
            // "..., and both warned Israel": "both" as a clause's subject.
            "both"
                if (i == 0 || matches!(toks[i - 1].lower_str(), "," | "and" | ";"))
                    && toks.get(i + 1).is_some_and(may_be_verb)
                    && !toks
                        .get(i + 1)
                        .is_some_and(|t| t.lower_str().ends_with("ing")) =>
            {
                (Gender::Unknown, true, false)
            }
            "it" => return self.it_pronoun(toks, i, cast, so_far),
            _ => return None,
        };
        let actors = if plural {
            // "Polish prosecutors said they had opened": the speaker named
            // right before the reporting verb is who "they" are.
            let verb = if i >= 2 && toks[i - 1].lower_str() == "that" {
                i - 2
            } else {
                i - 1
            };
            if lw == "they" && i >= 2 && REPORTING_VERBS.has(&toks[verb]) {
                if let Some(m) = so_far.iter().find(|m| {
                    m.end == verb
                        && !m.place
                        && m.kind != MentionKind::Pronoun
                        && (m.actors.len() > 1
                            || m.actors.iter().all(|&a| cast.kind(a) != ActorKind::Person))
                }) {
                    // ("The Netherlands and Australia said they": the
                    // whole coordinated speaker.)
                    let mut actors = m.actors.clone();
                    let mut start = m.start;
                    while let Some(p) = so_far.iter().find(|p| {
                        !p.place
                            && (p.end + 1 == start
                                && matches!(toks[p.end].lower_str(), "and" | ",")
                                || p.end + 2 == start
                                    && toks[p.end].text == ","
                                    && toks[p.end + 1].lower_str() == "and")
                    }) {
                        for &a in &p.actors {
                            if !actors.contains(&a) {
                                actors.insert(0, a);
                            }
                        }
                        start = p.start;
                    }
                    return Some(self.mention(i, i + 1, actors, MentionKind::Pronoun));
                }
            }
            // "hosted Mirzoyan and Bayramov, and Tokayev received them".
            let here = so_far.windows(2).rev().find_map(|w| {
                let people = |m: &Mention| {
                    m.actors.len() == 1 && cast.kind(m.actors[0]) == ActorKind::Person
                };
                (object
                    && people(&w[0])
                    && people(&w[1])
                    && w[1].start == w[0].end + 1
                    && toks[w[0].end].lower_str() == "and")
                    .then(|| (vec![w[0].actors[0], w[1].actors[0]], self.sentence))
            });
            // "the Governments of Mexico, Argentina, Colombia and Bolivia
            // signed a communiqué in which they described": a list named
            // earlier in the sentence.
            let here = here.or_else(|| {
                // ("Obama and Castro told their countries": whose
                // people they addressed is no party to it.)
                (lw == "they"
                    || lw == "their"
                        && !toks.get(i + 1).is_some_and(|n| {
                            matches!(
                                n.lower_str(),
                                "countries"
                                    | "nations"
                                    | "peoples"
                                    | "people"
                                    | "citizens"
                                    | "publics"
                                    | "voters"
                                    | "supporters"
                                    | "parliaments"
                            )
                        }))
                .then(|| listed(toks, so_far))
                .flatten()
                .map(|g| (g, self.sentence))
            });
            let objects = here.as_ref().or(cast
                .object_group
                .as_ref()
                .filter(|(_, s)| object && self.sentence.saturating_sub(*s) <= 1));
            match objects.or(cast.last_group.as_ref()) {
                Some((g, s)) if self.sentence.saturating_sub(*s) <= 1 => g.clone(),
                // "The Quad leaders met. They condemned ...": a body or
                // group that was the last subject.
                _ if !object => {
                    let &(_, a) = cast
                        .subjects
                        .iter()
                        .rev()
                        .find(|&&(s, _)| s < self.sentence && self.sentence - s <= 1)?;
                    if matches!(cast.kind(a), ActorKind::Organisation | ActorKind::Group) {
                        vec![a]
                    } else {
                        // "Erdogan met Sisi in Cairo. Both demanded ...":
                        // the two people the sentence before named, and
                        // only two.
                        let prev: Vec<usize> = cast
                            .recent
                            .iter()
                            .filter(|r| {
                                r.1 + 1 == self.sentence && cast.kind(r.0) == ActorKind::Person
                            })
                            .map(|r| r.0)
                            .collect();
                        if prev.len() != 2 || !prev.contains(&a) {
                            return None;
                        }
                        let mut pair = prev;
                        pair.sort_unstable();
                        pair
                    }
                }
                _ => return None,
            }
        } else {
            // The sentence's first actor, when a person: a person after a
            // body ("The ministry summoned Iran's ambassador, X, and handed
            // him a note") is no subject.
            let sentence_subject = so_far
                .iter()
                .find(|m| !m.place && !m.possessive)
                .filter(|m| m.actors.len() == 1 && cast.kind(m.actors[0]) == ActorKind::Person)
                .map(|m| m.actors[0]);
            let here: Vec<usize> = so_far
                .iter()
                .rev()
                .filter(|m| m.actors.len() == 1 && cast.kind(m.actors[0]) == ActorKind::Person)
                .map(|m| m.actors[0])
                .filter(|&a| gender_ok(cast.gender(a), gender))
                .collect();
            let reflexive = matches!(lw, "himself" | "herself");
            let pick = if reflexive {
                // "Mr Modi himself": a reflexive is its own clause's subject.
                here.first().copied().or_else(|| {
                    cast.recent_people()
                        .find(|&a| gender_ok(cast.gender(a), gender))
                })
            } else if let Some(m) = so_far
                .iter()
                .filter(|_| object)
                .rfind(|m| m.kind == MentionKind::Pronoun && toks[m.start].lower_str() == lw)
            {
                // "sentenced him ... and stripped him of his citizenship":
                // the same word twice in a sentence is the same person.
                m.actors.first().copied()
            } else if object {
                // An object pronoun is not the subject of its own clause
                // ("Giammattei received her"), the nearest name before it
                // that a verb follows; it is most often the sentence's
                // subject when that is someone else ("Tsai flew from
                // Guatemala, where Giammattei received her").
                // ("Massimov has been arrested, and prosecutors have
                // opened a case against him": a clause of its own whose
                // subject is no person leaves the person free.)
                // A mention a verb follows, or "who" ("Isaias Afwerki, who
                // greeted him": the relative clause's subject).
                // ("where Finland's president, Sauli Niinisto, is hosting
                // him": an auxiliary after an appositive's closing comma.)
                let opens_clause = |m: &&Mention| {
                    toks.get(m.end).is_some_and(may_be_verb)
                        || super::words::lw(toks, m.end) == "who"
                        || super::words::lw(toks, m.end) == ","
                            && super::words::lw(toks, m.end + 1) == "who"
                };
                // The nearest such mention may also be an appositive set off
                // by commas before its verb.
                let appositive_subject = |m: &&Mention| {
                    super::words::lw(toks, m.end) == ","
                        && (AUX.has_at(toks, m.end + 1)
                            || (m.start.saturating_sub(1)..m.end).any(|x| toks[x].text == ",")
                                && toks.get(m.end + 1).is_some_and(|t| {
                                    may_be_verb(t) && t.lower_str().ends_with("ed")
                                }))
                };
                let person = |m: &&Mention| {
                    m.actors.len() == 1 && cast.kind(m.actors[0]) == ActorKind::Person
                };
                let clause_subject = so_far
                    .iter()
                    .rev()
                    .find(|m| !m.place && (opens_clause(m) || appositive_subject(m)));
                let local = match clause_subject {
                    Some(m) if person(&m) => Some(m.actors[0]),
                    Some(m)
                        if m.kind != MentionKind::Pronoun
                            && m.start >= 2
                            && super::words::lw(toks, m.start - 1) == "and"
                            && super::words::lw(toks, m.start - 2) == "," =>
                    {
                        None
                    }
                    _ => so_far
                        .iter()
                        .rev()
                        .find(|m| person(m) && opens_clause(m))
                        .map(|m| m.actors[0])
                        .or(sentence_subject),
                };
                let parallel = cast
                    .last_object_pronoun
                    .filter(|&(s, a)| {
                        s + 1 == self.sentence
                            && Some(a) != local
                            && gender_ok(cast.gender(a), gender)
                    })
                    .map(|(_, a)| a);
                // ("Trump met him in Riyadh", in a profile of Sharaa: the
                // one the story is about.)
                let protagonist = cast
                    .protagonist()
                    .filter(|&a| Some(a) != local && gender_ok(cast.gender(a), gender));
                // "Panuelo wrote to Sogavare urging him to reconsider": a
                // participle right after an object goes on with the
                // sentence's subject, so its pronoun is that object.
                let participle_object = (i > 1
                    && !toks[i - 1].is_capitalized()
                    && toks[i - 1].lower_str().ends_with("ing"))
                .then(|| so_far.iter().rfind(|m| m.end == i - 1))
                .flatten()
                .filter(|m| {
                    person(m)
                        && m.start > 0
                        // (Not "a letter from King Salman inviting him",
                        // "with the crown prince embracing him": there the
                        // name is the participle's own subject.)
                        && (toks[m.start - 1].lower_str() == "to"
                            || toks[m.start - 1].is_word()
                                && !toks[m.start - 1].is_capitalized()
                                && !PREPOSITIONS.has(&toks[m.start - 1])
                                && may_be_verb(&toks[m.start - 1]))
                        && sentence_subject.is_some_and(|s| s != m.actors[0])
                        && gender_ok(cast.gender(m.actors[0]), gender)
                })
                .map(|m| m.actors[0]);
                let pick = participle_object
                    .or_else(|| {
                        sentence_subject
                            .filter(|&a| Some(a) != local && gender_ok(cast.gender(a), gender))
                    })
                    .or_else(|| here.iter().copied().find(|&a| Some(a) != local))
                    .or(parallel)
                    .or(protagonist)
                    .or_else(|| {
                        cast.recent_people()
                            .find(|&a| Some(a) != local && gender_ok(cast.gender(a), gender))
                    });
                if let Some(a) = pick {
                    cast.last_object_pronoun = Some((self.sentence, a));
                }
                pick
            } else if let Some(a) = self.speaker_before(toks, i, cast, so_far, gender) {
                // "After talks with Xi, Macron said he would": whoever
                // says it, named right before the reporting verb.
                Some(a)
            } else if let Some(&a) = here.last() {
                // Earliest compatible person in this sentence ("Macron said he").
                Some(a)
            } else {
                let prev = cast
                    .subjects
                    .iter()
                    .rev()
                    .find(|&&(s, a)| {
                        s < self.sentence
                            && self.sentence - s <= 3
                            && cast.kind(a) == ActorKind::Person
                            && gender_ok(cast.gender(a), gender)
                    })
                    .map(|&(_, a)| a);
                prev.or_else(|| {
                    cast.recent_people()
                        .find(|&a| gender_ok(cast.gender(a), gender))
                })
            };
            vec![pick?]
        };
        Some(Mention {
            start: i,
            end: i + 1,
            actors,
            kind: MentionKind::Pronoun,
            place: false,
            possessive: matches!(lw, "his" | "their")
                || (lw == "her"
                    && toks
                        .get(i + 1)
                        .is_some_and(|t| t.is_word() && !PREPOSITIONS.has(t))),
            unnamed_role: false,
        })
    }

    /// The person named right before the reporting verb that introduces
    /// the clause of the subject pronoun at `i` ("Macron said he", "Macron
    /// said that he", "Macron told reporters he").
    fn speaker_before(
        &self,
        toks: &[Token],
        i: usize,
        cast: &Cast,
        so_far: &[Mention],
        gender: Gender,
    ) -> Option<usize> {
        let mut verb = i.checked_sub(1)?;
        if toks[verb].lower_str() == "that" {
            verb = verb.checked_sub(1)?;
        }
        if matches!(toks[verb].lower_str(), "reporters" | "journalists") {
            verb = verb.checked_sub(1)?;
        }
        if !REPORTING_VERBS.has(&toks[verb]) {
            return None;
        }
        let m = so_far.iter().find(|m| m.end == verb && !m.place)?;
        (m.actors.len() == 1
            && cast.kind(m.actors[0]) == ActorKind::Person
            && gender_ok(cast.gender(m.actors[0]), gender))
        .then(|| m.actors[0])
    }

    /// "all three", "all four countries", "seven Latin American countries
    /// that had questioned the result: Argentina, Chile, ...": a count of
    /// states without "the", which counts only when the states it counts
    /// are named right after it or were listed lately, as many as it says.
    fn counted_states(&self, toks: &[Token], i: usize, cast: &mut Cast) -> Option<Mention> {
        let w = |k: usize| toks.get(k).map(|t| t.lower_str()).unwrap_or("");
        let (at, all) = if w(i) == "all" {
            (i + 1, true)
        } else {
            (i, false)
        };
        let n = count_of(w(at)).filter(|&n| n >= 3)?;
        // The plural noun, after up to two modifiers ("seven Latin
        // American countries").
        let head = (at + 1..at + 4).find(|&k| {
            matches!(
                w(k),
                "countries"
                    | "nations"
                    | "states"
                    | "governments"
                    | "neighbours"
                    | "neighbors"
                    // "six world powers: the United States, Britain, ...".
                    | "powers"
                    | "allies"
                    | "partners"
            )
        });
        let end = match head {
            Some(h) => h + 1,
            // "filed complaints against all three at the WTO".
            None if all
                && toks
                    .get(at + 1)
                    .is_none_or(|t| !t.is_word() || PREPOSITIONS.has(t)) =>
            {
                at + 1
            }
            None => return None,
        };
        if let Some(named) = head.and_then(|_| self.states_named_after(toks, end, n, cast)) {
            return Some(self.mention(i, end, named, MentionKind::Description));
        }
        // Without "all" or "the", a bare count ("three countries") is
        // any three.
        let definite = all || i > 0 && w(i - 1) == "the";
        if !definite {
            return None;
        }
        let list = cast.state_list(n, self.sentence)?.clone();
        // ("the three governments" are states, not a list that named a
        // bloc among them.)
        if head.is_some() && list.iter().any(|&a| cast.kind(a) != ActorKind::Country) {
            return None;
        }
        Some(self.mention(i, end, list, MentionKind::Description))
    }

    /// "the three European parties to the JCPOA - the French Republic, the
    /// Federal Republic of Germany and the United Kingdom -": states named
    /// in apposition to a counted plural, after at most a short qualifier.
    fn states_named_after(
        &self,
        toks: &[Token],
        end: usize,
        n: usize,
        cast: &mut Cast,
    ) -> Option<Vec<usize>> {
        let sep = (end..(end + 10).min(toks.len())).find(|&k| {
            matches!(
                toks[k].text,
                "," | "-" | "\u{2013}" | "\u{2014}" | ":" | "("
            )
        })?;
        let mut states = Vec::new();
        let mut k = sep + 1;
        loop {
            if lw(toks, k) == "the" {
                k += 1;
            }
            let (e, refs) = self.gazetteer(toks, k)?;
            let r = refs.iter().find(|r| {
                r.form != Form::City
                    && r.form != Form::Adjective
                    && matches!(
                        self.lex.actors[r.actor].kind,
                        ActorKind::Country | ActorKind::Organisation
                    )
            })?;
            states.push(r.actor);
            match next_in_list(toks, e, states.len(), n) {
                Some(next) => k = next,
                None => break,
            }
        }
        if states.len() != n {
            return None;
        }
        let mut v: Vec<usize> = states
            .into_iter()
            .map(|a| self.country_or_org(a, cast))
            .collect();
        v.sort_unstable();
        v.dedup();
        (v.len() == n).then_some(v)
    }

    /// "the two agriculture ministers, Robert Telus and Mykola Solskyi,":
    /// names in apposition to a plural description of `n` people say who
    /// they are, even names no title introduces. Returns the people and
    /// where the list ends.
    fn named_after(
        &self,
        toks: &[Token],
        end: usize,
        n: usize,
        cast: &mut Cast,
    ) -> Option<(Vec<usize>, usize)> {
        if toks.get(end)?.text != "," {
            return None;
        }
        // Known people, or the spans of names to discover once the whole
        // list is read: a list that fails leaves the cast as it was.
        let mut people: Vec<Result<usize, (usize, usize)>> = Vec::new();
        let mut k = end + 1;
        loop {
            let known = self
                .gazetteer(toks, k)
                .and_then(|(e, refs)| Some((e, self.pick_person(refs, cast)?)));
            let e = match known {
                Some((e, p)) => {
                    people.push(Ok(p));
                    e
                }
                None => {
                    let e = self.name(toks, k).filter(|&e| e >= k + 2)?;
                    people.push(Err((k, e)));
                    e
                }
            };
            k = e;
            match next_in_list(toks, e, people.len(), n) {
                Some(next) => k = next,
                None => break,
            }
        }
        // The list closes the apposition and has as many names as counted.
        let closed = toks
            .get(k)
            .is_none_or(|t| matches!(t.text, "," | "." | ";"));
        if people.len() != n || !closed {
            return None;
        }
        let people = people
            .into_iter()
            .map(|p| {
                p.unwrap_or_else(|(a, b)| {
                    cast.discover(
                        self.lex,
                        &span_text(toks, a, b),
                        None,
                        Gender::Unknown,
                        None,
                    )
                })
            })
            .collect();
        Some((people, k))
    }

    /// "it" as the subject of a clause, for a state or organisation: "Mogadishu
    /// declared the deal void. In April it expelled Ethiopia's ambassador";
    /// "Turkey said it would host the talks".
    ///
    /// Only where "it" starts a clause (after a comma, a conjunction, a
    /// reporting verb or a leading time phrase) and is not the dummy subject
    /// of "it is", "it seems": an "it" after a verb is the object, and
    /// stands for a thing far more often than for a state.
    fn it_pronoun(
        &self,
        toks: &[Token],
        i: usize,
        cast: &Cast,
        so_far: &[Mention],
    ) -> Option<Mention> {
        let starts_clause = match i.checked_sub(1).map(|p| &toks[p]) {
            None => true,
            Some(p) => {
                matches!(
                    p.lower_str(),
                    "," | ";"
                        | "and"
                        | "but"
                        | "that"
                        | "when"
                        | "as"
                        | "while"
                        | "because"
                        | "then"
                ) || REPORTING_VERBS.has(p)
                    || (p.is_capitalized() && i >= 2 && PREPOSITIONS.has(&toks[i - 2]))
                    || (p.text.bytes().all(|b| b.is_ascii_digit()) && i >= 2)
            }
        };
        // "never set foot in the United States, calling it a lousy
        // country": the thing a name is given is the state last named
        // after the subject.
        let naming = i > 0
            && matches!(
                toks[i - 1].lower_str(),
                "calling" | "describing" | "branding" | "labelling" | "labeling" | "terming"
            );
        if naming {
            let first = so_far.iter().position(|m| !m.place);
            return so_far
                .iter()
                .enumerate()
                .rev()
                .find(|&(n, m)| {
                    Some(n) != first
                        && !m.possessive
                        && !m.actors.is_empty()
                        && m.actors.iter().all(|&a| cast.kind(a) != ActorKind::Person)
                })
                .map(|(_, m)| self.mention(i, i + 1, m.actors.clone(), MentionKind::Pronoun));
        }
        // "urged it in November to halt the expulsions", "accused it of
        // lying": "it" as the party a verb of appeal or blame acts on is
        // the state or body the story last had act.
        let party_verb = i > 0
            && (matches!(
                toks[i - 1].lower_str(),
                "urged"
                    | "urges"
                    | "accused"
                    | "accuses"
                    | "warned"
                    | "warns"
                    | "invited"
                    | "invites"
                    | "pressed"
                    | "presses"
                    | "asked"
                    | "asks"
            ) || i > 1
                && matches!(toks[i - 1].lower_str(), "on" | "upon")
                && matches!(toks[i - 2].lower_str(), "called" | "calls"));
        let party_reading = (i + 1..(i + 5).min(toks.len()))
            .take_while(|&k| toks[k].is_word())
            .any(|k| matches!(toks[k].lower_str(), "to" | "of" | "not"));
        if party_verb && party_reading {
            let state =
                |a: usize| matches!(cast.kind(a), ActorKind::Country | ActorKind::Organisation);
            // One named earlier in the sentence but not its subject ("He
            // blamed Manila for the incident and urged it to stop"), else
            // the latest state that was a subject lately.
            let first = so_far.iter().position(|m| !m.place);
            let here = so_far
                .iter()
                .enumerate()
                .rev()
                .find(|&(n, m)| {
                    // (The object of a verb: "the UN human rights chief,
                    // Volker Türk, urged it" is no party urged.)
                    let after_verb = m.start > 0 && {
                        let p = &toks[m.start - 1];
                        p.is_word()
                            && !p.is_capitalized()
                            && !PREPOSITIONS.has(p)
                            && !DETERMINERS.has(p)
                    };
                    Some(n) != first
                        && after_verb
                        && !m.possessive
                        && m.actors.len() == 1
                        && state(m.actors[0])
                })
                .map(|(_, m)| m.actors[0]);
            let own: Vec<usize> = so_far
                .iter()
                .flat_map(|m| m.actors.iter().copied())
                .collect();
            // ("Pakistan denied any role after India accused it of backing
            // the militants": the sentence's subject, when another subject
            // comes between it and the verb, is whom a clause after it
            // blames; the verb's own subject is never its object.)
            let main_subject = first.and_then(|f| {
                let m = &so_far[f];
                let verb_subject = so_far.iter().rposition(|x| !x.place && x.end < i);
                // (Across a subordinate clause's opener: not "The UN human
                // rights chief, Volker Türk, urged it".)
                let subordinate = verb_subject.is_some_and(|v| {
                    (m.end..so_far[v].start).any(|k| {
                        matches!(
                            lw(toks, k),
                            "after" | "when" | "because" | "as" | "since" | "while" | "before"
                        )
                    })
                });
                (verb_subject != Some(f)
                    && subordinate
                    && m.actors.len() == 1
                    && state(m.actors[0])
                    && toks.get(m.end).is_some_and(may_be_verb))
                .then(|| m.actors[0])
            });
            return here
                .or(main_subject)
                .or_else(|| {
                    cast.subjects
                        .iter()
                        .rev()
                        .take_while(|&&(s, _)| self.sentence.saturating_sub(s) <= 2)
                        .find(|&&(s, a)| s < self.sentence && state(a) && !own.contains(&a))
                        .map(|&(_, a)| a)
                })
                .map(|a| self.mention(i, i + 1, vec![a], MentionKind::Pronoun));
        }
        if !starts_clause {
            return None;
        }
        let mut k = i + 1;
        while ADVERBS.has_at(toks, k) {
            k += 1;
        }
        let next = toks.get(k)?;
        if BE.has(next)
            || !next.is_word()
            || matches!(
                next.lower_str(),
                "seems"
                    | "seemed"
                    | "appears"
                    | "appeared"
                    | "remains"
                    | "remained"
                    | "means"
                    | "meant"
                    | "emerged"
                    | "took"
                    | "takes"
                    | "came"
                    | "comes"
                    | "is"
                    | "was"
                    | "'s"
                    | "matters"
                    | "mattered"
                    | "depends"
                    | "follows"
                    | "followed"
            )
        {
            return None;
        }
        let state = |a: usize| {
            matches!(
                cast.kind(a),
                ActorKind::Country | ActorKind::Organisation | ActorKind::Group
            )
        };
        // The nearest state or organisation before it in this sentence that
        // is not in a prepositional phrase ("Turkey said it"; "officials in
        // Dhaka say ..., and India has given no sign that it"), else the
        // latest such subject of the two sentences before.
        let candidate = |m: &&Mention| {
            m.actors.len() == 1
                && !m.place
                && !m.possessive
                && state(m.actors[0])
                && !(m.start > 0 && PREPOSITIONS.has(&toks[m.start - 1]))
        };
        // A state that was a clause's subject (a verb follows it) before
        // one it acted on: "his government ordered the Vatican's
        // ambassador to leave, and in October it declared".
        let here = so_far
            .iter()
            .rev()
            .filter(candidate)
            .find(|m| toks.get(m.end).is_some_and(may_be_verb))
            .or_else(|| so_far.iter().rev().find(candidate))
            .map(|m| m.actors[0]);
        let pick = here.or_else(|| {
            cast.subjects
                .iter()
                .rev()
                .take_while(|&&(s, _)| self.sentence.saturating_sub(s) <= 2)
                .find(|&&(s, a)| s < self.sentence && state(a))
                .map(|&(_, a)| a)
        })?;
        Some(Mention {
            start: i,
            end: i + 1,
            actors: vec![pick],
            kind: MentionKind::Pronoun,
            place: false,
            possessive: false,
            unnamed_role: false,
        })
    }

    /// "The leaders of Germany, France and Italy arrived in Kyiv", "the
    /// presidents of Russia and China": the people who held those offices
    /// on the story's date, when the lexicon knows one holder for each
    /// state named (else the states are read as they are written).
    fn leaders_of_states(&self, toks: &[Token], i: usize, cast: &mut Cast) -> Option<Mention> {
        if toks[i].lower_str() != "the" {
            return None;
        }
        let (title, of) = match (lw(toks, i + 1), lw(toks, i + 2), lw(toks, i + 3)) {
            ("leaders", "of", _) => ("leader", i + 2),
            ("presidents", "of", _) => ("president", i + 2),
            ("prime", "ministers", "of") => ("prime minister", i + 3),
            ("heads", "of", "state" | "government") if lw(toks, i + 4) == "of" => ("leader", i + 4),
            _ => return None,
        };
        let mut k = of + 1;
        let mut holders = Vec::new();
        loop {
            if lw(toks, k) == "the" {
                k += 1;
            }
            let (e, refs) = self.gazetteer(toks, k)?;
            let r = refs.iter().find(|r| {
                r.form != Form::City
                    && r.form != Form::Adjective
                    && self.lex.actors[r.actor].kind == ActorKind::Country
            })?;
            let code = self.lex.actors[r.actor].country.as_deref()?;
            let &[holder] = self.lex.office_holders(code, title, self.date).as_slice() else {
                return None;
            };
            holders.push(holder);
            match (lw(toks, e), lw(toks, e + 1)) {
                ("and", _) => k = e + 1,
                (",", "and") => k = e + 2,
                (",", _) => k = e + 1,
                _ => {
                    if holders.len() < 2 {
                        return None;
                    }
                    let people = holders
                        .into_iter()
                        .map(|h| cast.lexicon_actor(self.lex, h, self.date))
                        .collect();
                    return Some(self.mention(i, e, people, MentionKind::Description));
                }
            }
        }
    }

    /// "Kariņš urged Congress to approve aid", "pensioners marched on
    /// Congress": a congress no word ties to a state is the legislature of
    /// the story's home state, of the state it names most or of the latest
    /// named, when that state has a congress; else of the United States,
    /// when the story names them. ("the Congress party", "Congress leader Rahul Gandhi",
    /// "the Congress of New Caledonia" are other bodies.)
    fn bare_congress(&self, toks: &[Token], i: usize, cast: &mut Cast) -> Option<Mention> {
        let at = if toks[i].lower_str() == "the" {
            i + 1
        } else {
            i
        };
        let t = toks.get(at)?;
        if t.text != "Congress" {
            return None;
        }
        if at == i && i > 0 && toks[i - 1].is_capitalized() && toks[i - 1].is_word() {
            return None;
        }
        if matches!(
            lw(toks, at + 1),
            "party"
                | "leader"
                | "leaders"
                | "of"
                | "'s"
                | "'"
                | "president"
                | "chief"
                | "in"
                | "building"
        ) || toks
            .get(at + 1)
            .is_some_and(|n| n.is_capitalized() && n.is_word())
        {
            return None;
        }
        const WITH_CONGRESS: &[&str] = &[
            "USA", "ARG", "PER", "GTM", "COL", "MEX", "BRA", "PHL", "HND", "PRY", "CHL", "ECU",
            "BOL", "SLV", "FSM", "DOM",
        ];
        let has_congress = |a: usize| {
            cast.actors[a]
                .country
                .as_deref()
                .is_some_and(|c| WITH_CONGRESS.contains(&c))
        };
        let state = cast
            .home_state
            .filter(|&h| has_congress(h))
            .or_else(|| cast.most_named_state(&[]).filter(|&h| has_congress(h)))
            .or_else(|| {
                cast.recent
                    .iter()
                    .take_while(|&&(_, s, _)| self.sentence.saturating_sub(s) <= 3)
                    .map(|&(a, _, _)| a)
                    .find(|&a| cast.kind(a) == ActorKind::Country && has_congress(a))
            })
            .or_else(|| cast.by_id.get("usa").copied())?;
        Some(self.mention(i, at + 1, vec![state], MentionKind::Name))
    }

    /// "Its foreign ministry rejected ...", "the government recalled ...":
    /// a body of a state that the sentence does not name speaks for the
    /// state the story is about at that point.
    ///
    /// "its"/"their" + body is the state "it" would be (see
    /// [`Scanner::it_pronoun`]); "the" + body only as the subject of a
    /// clause, where it is the latest state that was a subject in the two
    /// sentences before ("The foreign ministry on Thursday condemned ...").
    fn state_body(
        &self,
        toks: &[Token],
        i: usize,
        cast: &mut Cast,
        so_far: &[Mention],
    ) -> Option<Mention> {
        let det = toks[i].lower_str();
        if !matches!(det, "its" | "their" | "the" | "his" | "her") {
            return None;
        }
        let mut k = i + 1;
        if lw(toks, k) == "own" {
            k += 1;
        }
        // "the Taliban-run foreign ministry in Kabul": who runs the body
        // does not change whose body it is.
        if det == "the"
            && lw(toks, k).rsplit_once('-').is_some_and(|(by, how)| {
                !by.is_empty()
                    && matches!(
                        how,
                        "run" | "led" | "controlled" | "installed" | "appointed"
                    )
            })
        {
            k += 1;
        }
        // The first word once, then the rest only of the bodies it opens.
        let first = lw(toks, k);
        let len = STATE_BODIES
            .iter()
            .find(|b| {
                same_word(b[0], first)
                    && b[1..]
                        .iter()
                        .enumerate()
                        .all(|(n, w)| same_word(lw(toks, k + 1 + n), w))
            })?
            .len();
        let end = k + len;
        // Arms and the men who bear them ("its aircraft struck", "his
        // soldiers opened fire") stand for their state only as a clause's
        // subject: "withdraw its soldiers from" names what is withdrawn,
        // and "his aircraft" is the plane a man flew in.
        if ARMS.contains(&first)
            && (matches!(det, "his" | "her") && matches!(first, "aircraft" | "jets")
                || matches!(
                    lw(toks, end),
                    "" | "from"
                        | "to"
                        | "into"
                        | "out"
                        | "of"
                        | "back"
                        | "home"
                        | "with"
                        | "and"
                        | ","
                        | "."
                        | ";"
                        | "at"
                        | "for"
                ))
        {
            return None;
        }
        // "the authorities in Managua", "the government in Kabul": the
        // state whose capital or land is named.
        if det == "the" && lw(toks, end) == "in" {
            let place = self.phrase(toks, end + 1, cast, so_far)?;
            let &[a] = place.actors.as_slice() else {
                return None;
            };
            let country = match cast.kind(a) {
                ActorKind::Country => a,
                _ => return None,
            };
            return Some(self.mention(i, place.end, vec![country], MentionKind::Name));
        }
        // "Ortega has responded ...: his government ordered": the state
        // of the person "his" is.
        if matches!(det, "his" | "her") {
            let person = self.pronoun(toks, i, cast, so_far)?.actors[0];
            let state = self.state_of(person, cast)?;
            return Some(self.mention(i, end, vec![state], MentionKind::Pronoun));
        }
        // "The Government of the Transition": a name for the home state's
        // government, naming no other state.
        if det == "the"
            && toks[k].is_capitalized()
            && lw(toks, end) == "of"
            && lw(toks, end + 1) == "the"
            && toks
                .get(end + 2)
                .is_some_and(|t| t.is_capitalized() && t.is_word())
            && self.gazetteer(toks, end + 2).is_none()
            && !toks
                .get(end + 3)
                .is_some_and(|t| t.is_capitalized() || t.text == "of")
        {
            if let Some(home) = cast.home_state {
                return Some(self.mention(i, end + 3, vec![home], MentionKind::Pronoun));
            }
        }
        // "Human Rights Watch has accused the army of burning villages",
        // "the opposition accused the government of lying": the body
        // blamed is the critic's own state when the critic is a person or
        // group of one (criticism at home is the common case), else the
        // state the story is about. (When none is found here, a government,
        // regime or authorities judged is still read after the sentence by
        // [`Scanner::judged_government`], from the story's home state or
        // the judge's.)
        let accused = det == "the"
            && i > 0
            && ACCUSING.contains(&lw(toks, i - 1))
            && (lw(toks, end) == "for"
                // ("accusing the government of President Xiomara Castro
                // of ...": the government is named.)
                || lw(toks, end) == "of" && toks.get(end + 1).is_some_and(|t| !t.is_capitalized()));
        if accused {
            let critic = so_far
                .iter()
                .rev()
                // (Not "a professor at the University of Indonesia".)
                .find(|m| {
                    !(m.possessive
                        || m.place
                        || m.actors.len() != 1
                        || m.start > 0 && PREPOSITIONS.has(&toks[m.start - 1]))
                })
                .map(|m| m.actors[0]);
            let own = critic
                .filter(|&c| !matches!(cast.kind(c), ActorKind::Country))
                .and_then(|c| self.state_of(c, cast));
            // A state that was a subject first ("Jakarta has insisted it
            // has no claims with China. X accused the government of ...").
            let fits = |a: usize| cast.kind(a) == ActorKind::Country && Some(a) != critic;
            let subject = cast
                .subjects
                .iter()
                .rev()
                .take_while(|&&(s, _)| self.sentence.saturating_sub(s) <= 3)
                .map(|&(_, a)| a)
                .find(|&a| fits(a));
            let named = || {
                cast.recent
                    .iter()
                    .take_while(|&&(_, s, _)| self.sentence.saturating_sub(s) <= 3)
                    .map(|&(a, _, _)| a)
                    .find(|&a| fits(a))
            };
            let pick = own
                .or(subject)
                .or_else(named)
                .or(cast.home_state.filter(|&h| Some(h) != critic))?;
            return Some(self.mention(i, end, vec![pick], MentionKind::Pronoun));
        }
        // "the government of Peru", "the government's": named or owned.
        if matches!(lw(toks, end), "of" | "'s" | "'") {
            return None;
        }
        // "The Government recalls that ...", "The Department rejects this
        // claim": capitalised, the body of the state the text speaks for.
        if det == "the" && toks[k].is_capitalized() && (k > 0) {
            if let Some(home) = cast.home_state {
                return Some(self.mention(i, end, vec![home], MentionKind::Pronoun));
            }
        }
        let state = |a: usize| matches!(cast.kind(a), ActorKind::Country | ActorKind::Organisation);
        // "India urged the authorities to show restraint", "called on the
        // government to investigate": the body appealed to is the state
        // the story was last about, if the sentence has not named it (it
        // is not the one appealing).
        let appealed_to = det == "the"
            && i > 0
            && (matches!(
                lw(toks, i - 1),
                "urged" | "urges" | "urging" | "pressed" | "pressing"
            ) || i > 1
                && lw(toks, i - 1) == "on"
                && matches!(lw(toks, i - 2), "called" | "calls" | "calling"));
        if appealed_to {
            // The latest state the sentences before named.
            // ("marched through Conakry against President Alpha Condé's
            // plan ... A court sentenced ... The EU urged the government":
            // a person named there stands for the state they serve.)
            let named: Vec<(usize, usize)> = cast
                .recent
                .iter()
                .take_while(|&&(_, s, _)| self.sentence.saturating_sub(s) <= 3)
                .filter(|&&(_, s, _)| s < self.sentence)
                .map(|&(a, s, _)| (a, s))
                .collect();
            let mut latest = None;
            for (a, s) in named {
                latest = match cast.kind(a) {
                    ActorKind::Country if self.sentence - s <= 2 => Some(a),
                    ActorKind::Person => self.state_of(a, cast),
                    _ => None,
                };
                if latest.is_some() {
                    break;
                }
            }
            // ("said the law was incompatible with Georgia's ambition and
            // urged the government": an owner is no speaker.)
            let speakers: Vec<usize> = so_far
                .iter()
                .filter(|m| !m.possessive)
                .flat_map(|m| m.actors.iter().copied())
                .collect();
            let side = |a: usize| cast.actors[a].country.as_deref();
            let speaks = |a: usize| {
                speakers
                    .iter()
                    .any(|&x| x == a || side(x).is_some() && side(x) == side(a))
            };
            // A state this sentence named as an owner, else the latest
            // one the sentences before named.
            let owner = so_far
                .iter()
                .rev()
                .filter(|m| m.possessive && m.actors.len() == 1)
                .map(|m| m.actors[0])
                .find(|&a| cast.kind(a) == ActorKind::Country && !speaks(a));
            // ("marched through Conakry against President Alpha Condé's
            // plan ... A court sentenced ... The EU urged the government":
            // a person named there stands for the state they serve.)
            let pick = match owner {
                Some(a) => a,
                None => latest.filter(|&a| !speaks(a))?,
            };
            return Some(self.mention(i, end, vec![pick], MentionKind::Pronoun));
        }
        let pick = if det == "the" {
            let clause_start = i == 0
                || matches!(lw(toks, i - 1), "," | ";" | "and" | "but" | "that")
                || REPORTING_VERBS.has(&toks[i - 1])
                || fronted_time(toks, i);
            // A subject: a verb (or an adverb or time phrase) follows.
            let next = toks.get(end)?;
            if !clause_start
                || !next.is_word()
                || next.is_capitalized()
                || PREPOSITIONS.has(next) && !matches!(next.lower_str(), "on" | "in" | "at")
            {
                return None;
            }
            if so_far.iter().any(|m| m.actors.iter().any(|&a| state(a))) {
                return None;
            }
            // The state the story was last about: the latest one named in
            // the two sentences before, as subject or not ("Beijing's anger
            // was immediate. The foreign ministry ...").
            // Not a state the rest of the sentence names as a verb's
            // object: that one is acted on ("The foreign ministry warned
            // Manila"; not "to defend China's sovereignty").
            // (Only in the body's own clause: "..., and Israel responded
            // by calling its ambassador home from Pretoria" acts on no one
            // of the first clause.)
            let clause_end = (end..toks.len())
                .find(|&j| matches!(lw(toks, j), "," | ";" | ":"))
                .unwrap_or(toks.len());
            // The states of the two sentences before, latest first; a
            // person named there stands for the state they serve
            // ("Nicaragua's President Daniel Ortega ... Last year the
            // government expelled the nuncio").
            let named_before: Vec<usize> = cast
                .recent
                .iter()
                .take_while(|&&(_, s, _)| self.sentence.saturating_sub(s) <= 2)
                .filter(|&&(_, s, _)| s < self.sentence)
                .map(|&(a, _, _)| a)
                .collect();
            let mut recent_states: Vec<usize> = Vec::new();
            for a in named_before {
                let st = match cast.kind(a) {
                    ActorKind::Country => Some(a),
                    ActorKind::Person => self.state_of(a, cast),
                    _ => None,
                };
                if let Some(st) = st.filter(|st| !recent_states.contains(st)) {
                    recent_states.push(st);
                }
            }
            let named_later = |a: usize| {
                cast.lexicon_index(a).is_some_and(|li| {
                    (end + 1..toks.len()).any(|j| {
                        let before = &toks[j - 1];
                        before.is_word()
                            && !before.is_capitalized()
                            // ("recalled its ambassador to Kenya", "cut
                            // ties with Qatar": acted on, after the
                            // preposition of the act.)
                            && (!PREPOSITIONS.has(before)
                                || j < clause_end
                                    && matches!(
                                        before.lower_str(),
                                        "to" | "with" | "against" | "from" | "toward" | "towards"
                                    ))
                            && !DETERMINERS.has(before)
                            // ("said Pretoria had warned": a subject.)
                            && !matches!(
                                before.lower_str(),
                                "that"
                                    | "and"
                                    | "or"
                                    | "but"
                                    | "said"
                                    | "says"
                                    | "say"
                                    | "added"
                                    | "stated"
                                    | "noted"
                                    | "announced"
                                    | "claimed"
                                    | "insisted"
                                    | "believed"
                                    | "believes"
                                    | "thinks"
                                    | "hoped"
                                    | "hopes"
                                    | "expects"
                                    | "expected"
                                    | "while"
                                    | "as"
                                    | "if"
                                    | "when"
                            )
                            && self.gazetteer(toks, j).is_some_and(|(e, refs)| {
                                // ("summoned Ukraine's ambassador": a
                                // state's envoy acted on is the state.)
                                (!matches!(lw(toks, e), "'s" | "'")
                                    || ENVOY_NOUNS.contains(&lw(toks, e + 1)))
                                    && refs.iter().any(|r| r.actor == li)
                            })
                    })
                })
            };
            let mut recent = recent_states.iter().copied();
            let latest = recent.next()?;
            if named_later(latest) {
                // Another state the story was about: one that was a
                // subject lately first, then any named.
                let was_subject = |a: usize| {
                    cast.subjects
                        .iter()
                        .rev()
                        .take_while(|&&(s, _)| self.sentence.saturating_sub(s) <= 2)
                        .any(|&(s, x)| s < self.sentence && x == a)
                };
                let others: Vec<usize> =
                    recent.filter(|&a| a != latest && !named_later(a)).collect();
                others
                    .iter()
                    .copied()
                    .find(|&a| was_subject(a))
                    .or(others.first().copied())
                    .unwrap_or(latest)
            } else {
                latest
            }
        } else {
            let here = so_far
                .iter()
                .rev()
                .find(|m| m.actors.len() == 1 && !m.place && state(m.actors[0]))
                .map(|m| m.actors[0]);
            here.or_else(|| {
                cast.subjects
                    .iter()
                    .rev()
                    .take_while(|&&(s, _)| self.sentence.saturating_sub(s) <= 2)
                    .find(|&&(s, a)| s < self.sentence && state(a))
                    .map(|&(_, a)| a)
            })?
        };
        Some(self.mention(i, end, vec![pick], MentionKind::Pronoun))
    }

    /// A state named by what it is: "the Andean nation", "the Gulf
    /// state", "the island nation", or after a preposition "the country"
    /// ("cut ties with the country"). It is the latest state the last
    /// three sentences named that this sentence has not named yet (its
    /// own actors, and their countries, act on it).
    fn country_description(
        &self,
        toks: &[Token],
        i: usize,
        cast: &Cast,
        so_far: &[Mention],
    ) -> Option<Mention> {
        // "thanked the Sultanate", "the Kingdom's position": a state named
        // by the form of its official name, the latest such state named.
        if lw(toks, i) == "the"
            && toks.get(i + 1).is_some_and(|t| {
                t.is_capitalized()
                    && matches!(
                        t.lower_str(),
                        "sultanate" | "kingdom" | "emirate" | "principality"
                    )
            })
            && lw(toks, i + 2) != "of"
        {
            let form = format!("{} of ", toks[i + 1].text);
            let pick = cast.recent.iter().find(|&&(a, _, _)| {
                cast.kind(a) == ActorKind::Country
                    && cast.actors[a].aliases.iter().any(|n| n.starts_with(&form))
            });
            if let Some(&(a, _, _)) = pick {
                return Some(self.mention(i, i + 2, vec![a], MentionKind::Description));
            }
        }
        // "severed ties with its neighbour", "its eastern neighbour": the
        // same, said from the side of the one acting.
        let neighbour = lw(toks, i) == "its";
        if lw(toks, i) != "the" && !neighbour {
            return None;
        }
        let is_head = |k: usize| {
            if neighbour {
                return matches!(lw(toks, k), "neighbour" | "neighbor");
            }
            matches!(
                lw(toks, k),
                "nation" | "country" | "kingdom" | "republic" | "emirate" | "state" | "monarchy"
            )
        };
        // Up to two modifiers, none a country's own adjective (those name
        // it: "the Ecuadorian nation" is read elsewhere).
        let mut k = i + 1;
        while k < i + 3 && !is_head(k) {
            let t = toks.get(k)?;
            if !t.is_word() || DETERMINERS.has(t) || PREPOSITIONS.has(t) || AUX.has(t) {
                return None;
            }
            if t.is_capitalized() && self.gazetteer(toks, k).is_some() {
                return None;
            }
            // "the first country to recognise", "the largest state", "the
            // same country": a rank or a comparison, no reference.
            let w = t.lower_str();
            if matches!(
                w,
                "first"
                    | "only"
                    | "last"
                    | "second"
                    | "third"
                    | "next"
                    | "same"
                    | "other"
                    | "whole"
            ) || w.len() > 4 && w.ends_with("est")
            {
                return None;
            }
            k += 1;
        }
        if !is_head(k) {
            return None;
        }
        let end = k + 1;
        // "the country's president", "the state of emergency", "the state
        // visit": another phrase.
        // The head ends the noun phrase ("the state mining authority" is
        // the authority).
        let next_noun = toks.get(end).is_some_and(|t| {
            let w = t.lower_str();
            t.is_word()
                && !t.is_capitalized()
                && !PREPOSITIONS.has(t)
                && !AUX.has(t)
                && !MODALS.has(t)
                && !ADVERBS.has(t)
                && !DETERMINERS.has(t)
                && !matches!(w, "and" | "or" | "but" | "that" | "which" | "who" | "whose")
                && !w.ends_with("ed")
        });
        // "accused its neighbour of spying": the charge, not a phrase.
        let charge = neighbour && lw(toks, end) == "of" && lw(toks, end + 1).ends_with("ing");
        if next_noun || !charge && matches!(lw(toks, end), "'s" | "'" | "-" | "of") {
            return None;
        }
        // A clause's subject: "The kingdom also pledged", "A day earlier,
        // the country had recalled its ambassador".
        let subject = !neighbour
            && (i == 0
                || matches!(lw(toks, i - 1), "," | ";" | "and" | "but")
                || fronted_time(toks, i))
            && toks.get(end).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && (AUX.has(t)
                        || MODALS.has(t)
                        || ADVERBS.has(t)
                        || t.lower_str().len() > 4 && t.lower_str().ends_with("ed"))
            });
        // Bare "the country" only as a preposition's object or a subject.
        let object = i > 0 && matches!(lw(toks, i - 1), "with" | "against" | "on" | "to" | "into");
        if k == i + 1 && !neighbour && !subject && !object {
            return None;
        }
        let here: Vec<usize> = so_far
            .iter()
            .flat_map(|m| m.actors.iter().copied())
            .collect();
        // A subject goes on about the state the sentences before were
        // about: their latest subject that is a state.
        if subject {
            if let Some(a) = cast.earlier_subjects(self.sentence, 2).find(|&a| {
                cast.kind(a) == ActorKind::Country
                    && !here.iter().any(|&h| h == a || cast.side(h) == cast.side(a))
            }) {
                return Some(self.mention(i, end, vec![a], MentionKind::Description));
            }
        }
        let pick = cast
            .recent
            .iter()
            .take_while(|&&(_, s, _)| self.sentence.saturating_sub(s) <= 3)
            .find(|&&(a, s, _)| {
                s < self.sentence
                    && cast.kind(a) == ActorKind::Country
                    && !here.iter().any(|&h| h == a || cast.side(h) == cast.side(a))
            })
            .map(|&(a, _, _)| a)?;
        Some(self.mention(i, end, vec![pick], MentionKind::Description))
    }

    /// Cheap test before [`Scanner::phrase`]: an actor phrase starts with a
    /// capital, a determiner, a role or title word, or a group noun. Most
    /// tokens are none of these, and skipping them is most of the speed.
    /// A body named by what it is, once the article has named it: "the
    /// court" or "the judges" after the International Court of Justice,
    /// "the commission", "the council", "the fund", "the lender"; "the
    /// bloc", "the alliance" or "the watchdog" is the latest international
    /// organisation named; "the
    /// junta" or "the regime" the latest country of the sentences before.
    /// One lowercase modifier may come between ("the regional bloc").
    fn body_description(
        &self,
        toks: &[Token],
        i: usize,
        cast: &Cast,
        so_far: &[Mention],
    ) -> Option<Mention> {
        if toks[i].lower_str() != "the" {
            return None;
        }
        let mut k = i + 1;
        let head = |k: usize| -> Option<&'static str> {
            Some(match lw(toks, k) {
                "court" | "judges" => "Court",
                "tribunal" => "Tribunal",
                "commission" => "Commission",
                "council" => "Council",
                "fund" => "Fund",
                "board" => "Board",
                "committee" => "Committee",
                "bank" => "Bank",
                // "the lender": the fund or bank named lately.
                "lender" => "lender",
                "agency" => "Agency",
                "union" => "Union",
                "bloc" | "alliance" | "organisation" | "organization" | "grouping" | "watchdog" => {
                    ""
                }
                "junta" | "regime" => "state",
                // "demanded that the group stop the siege": the armed group
                // or movement named lately.
                "group" | "militia" | "movement" | "rebels" | "insurgents" => "group",
                // ("the military government", "the military rulers")
                "government" | "rulers" | "authorities" if lw(toks, k - 1) == "military" => "state",
                _ => return None,
            })
        };
        // ("the Russian-led bloc", "the Saudi-backed alliance": a
        // capitalised modifier that says who leads it is still one.)
        let lower = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.is_word()
                    && (!t.is_capitalized()
                        || [
                            "-led",
                            "-backed",
                            "-based",
                            "-dominated",
                            "-brokered",
                            "-funded",
                        ]
                        .iter()
                        .any(|x| t.lower_str().ends_with(x)))
            })
        };
        // "The Board passed a resolution": capitalised, the body named
        // before is meant all the same.
        let mut word =
            head(k).filter(|_| lower(k) || !toks.get(k + 1).is_some_and(|t| t.is_capitalized()));
        if word.is_none() && lower(k) {
            k += 1;
            word = head(k).filter(|_| lower(k));
        }
        let word = word?;
        // ("the Group of 20" is a name, not the group told before.)
        if word == "group" && toks[k].is_capitalized() {
            return None;
        }
        let end = k + 1;
        // "the court of Appeal", "the bloc's": named or owned. ("accused
        // the court of overreach" is neither.)
        let named = lw(toks, end) == "of" && toks.get(end + 1).is_some_and(|t| t.is_capitalized());
        // (But "the alliance's 30 leaders formally invited": the people it
        // owns act for it, so the owner is read.)
        let owned_people = matches!(lw(toks, end), "'s" | "'") && {
            let mut j = end + 1;
            while toks
                .get(j)
                .is_some_and(|t| t.text.as_bytes()[0].is_ascii_digit() || NUMBER_WORDS.has(t))
            {
                j += 1;
            }
            OWNED_PEOPLE.contains(&lw(toks, j))
        };
        if (named || matches!(lw(toks, end), "'s" | "'")) && word != "state" && !owned_people {
            return None;
        }
        // "the regional bloc IGAD", "the nuclear watchdog IAEA": the name
        // right after says which body; it is read as the mention.
        if toks
            .get(end)
            .is_some_and(|t| t.is_capitalized() && t.is_word())
            && self.gazetteer(toks, end).is_some()
        {
            return None;
        }
        let pick = if word == "group" {
            cast.recent
                .iter()
                .take_while(|&&(_, s, _)| self.sentence.saturating_sub(s) <= 3)
                .find(|&&(a, _, _)| cast.kind(a) == ActorKind::Group)
                .map(|&(a, _, _)| a)?
        } else if word == "state" {
            cast.recent
                .iter()
                .take_while(|&&(_, s, _)| self.sentence.saturating_sub(s) <= 3)
                .find(|&&(a, s, _)| {
                    // (Nor the state of someone named already: "Le Drian
                    // called the junta illegitimate" is not France's.)
                    s < self.sentence
                        && cast.kind(a) == ActorKind::Country
                        && !so_far.iter().any(|m| {
                            m.actors.iter().any(|&b| {
                                b == a
                                    || cast.actors[b].country.is_some()
                                        && cast.actors[b].country == cast.actors[a].country
                            })
                        })
                })
                .map(|&(a, _, _)| a)?
        } else {
            cast.recent
                .iter()
                .find(|&&(a, _, _)| {
                    let x = &cast.actors[a];
                    x.kind == ActorKind::Organisation
                        && if word.is_empty() {
                            x.country.is_none()
                        } else if word == "lender" {
                            x.name
                                .split_whitespace()
                                .any(|w| w == "Fund" || w == "Bank")
                        } else {
                            x.name.split_whitespace().any(|w| w == word)
                        }
                })
                .map(|&(a, _, _)| a)?
        };
        let mut m = self.mention(i, end, vec![pick], MentionKind::Pronoun);
        m.possessive = owned_people;
        Some(m)
    }

    #[inline]
    fn may_start_phrase(&self, t: &Token) -> bool {
        if t.is_capitalized() {
            return true;
        }
        let w = t.lower_str();
        if matches!(w, "the" | "a" | "an" | "opposition")
            || GROUP_NOUNS.has(t)
            || TITLE_MODIFIERS.has(t)
            || HONORIFICS.has(t)
        {
            return true;
        }
        // One lookup for roles, titles and surfaces; a surface key is as
        // written, so a possible one is checked exactly.
        let first = self.lex.first_of(t);
        first & (FIRST_ROLE | FIRST_TITLE) != 0
            || first & FIRST_SURFACE != 0 && self.lex.surfaces_of(t.text).is_some()
    }

    /// The longest gazetteer match at `j`.
    fn gazetteer(&self, toks: &[Token], j: usize) -> Option<(usize, &'a [SurfaceRef])> {
        let t = toks.get(j)?;
        // Most tokens asked about begin no surface, and the token's
        // first-word bits say so without hashing its text for the map.
        if self.lex.first_of(t) & FIRST_SURFACE == 0 {
            return None;
        }
        let first = norm(t);
        let list = self.lex.surfaces_of(first.as_ref())?;
        let mut single = None;
        for s in list {
            let end = j + s.tokens.len();
            if end > toks.len() {
                continue;
            }
            // The first token is the key, which matched already.
            if s.tokens[1..]
                .iter()
                .zip(&toks[j + 1..end])
                .all(|(a, b)| same_word(a, &norm(b)))
            {
                // Do not match a name that is only the start of a longer
                // hyphenated or capitalised compound ("Paris-based").
                // (A one-word name before a middle initial may be the
                // start of a longer one: "Antony J. Blinken" is not "A. K.
                // Antony".)
                if end == j + 1 && single.is_none() {
                    single = Some((end, s.refs.as_slice()));
                    continue;
                }
                return Some((end, &s.refs));
            }
        }
        self.initialled(toks, j, list).or(single)
    }

    /// "Antony J. Blinken", "George W. Bush": a person's name with a middle
    /// initial the lexicon's name leaves out. (Only when the name runs on
    /// after it, with at least one more word.)
    fn initialled(
        &self,
        toks: &[Token],
        j: usize,
        list: &'a [Surface],
    ) -> Option<(usize, &'a [SurfaceRef])> {
        let initial = toks.get(j + 1).filter(|n| {
            let b = n.text.as_bytes();
            b.len() <= 2 && b[0].is_ascii_uppercase() && (b.len() == 1 || b[1] == b'.')
        })?;
        let skip = if initial.text.len() == 1 && toks.get(j + 2).is_some_and(|n| n.text == ".") {
            2
        } else {
            1
        };
        for s in list {
            let n = s.tokens.len();
            let end = j + skip + n;
            if n < 2 || end > toks.len() {
                continue;
            }
            let person = s
                .refs
                .iter()
                .all(|r| self.lex.actors[r.actor].kind == ActorKind::Person);
            if person
                && s.tokens[1..]
                    .iter()
                    .zip(&toks[j + 1 + skip..end])
                    .all(|(a, b)| same_word(a, &norm(b)))
            {
                return Some((end, &s.refs));
            }
        }
        None
    }

    /// Picks one actor among the refs of a person surface.
    fn pick_person(&self, refs: &[SurfaceRef], cast: &mut Cast) -> Option<usize> {
        let mut people = refs
            .iter()
            .filter(|r| {
                matches!(r.form, Form::Name | Form::Surname)
                    && self.lex.actors[r.actor].kind == ActorKind::Person
            })
            .map(|r| r.actor);
        // Nearly always none or one: collect only when there are more.
        let (first, second) = (people.next(), people.next());
        match (first, second) {
            (None, _) => None,
            (Some(p), None) => Some(cast.lexicon_actor(self.lex, p, self.date)),
            (Some(p), Some(q)) => {
                let people: Vec<usize> = [p, q].into_iter().chain(people).collect();
                // Already in the article?
                for &(a, _, _) in &cast.recent {
                    if let Some(li) = cast.lexicon_index(a) {
                        if people.contains(&li) {
                            return Some(a);
                        }
                    }
                }
                // In office on the article's date?
                let active: Vec<usize> = people
                    .iter()
                    .copied()
                    .filter(|&p| {
                        !self.lex.titles_of(p, self.date).is_empty() && self.date.is_some()
                    })
                    .collect();
                if active.len() == 1 {
                    return Some(cast.lexicon_actor(self.lex, active[0], self.date));
                }
                // None in office: the one out of it most lately, if only one.
                if let (true, Some(d)) = (active.is_empty(), self.date) {
                    let mut last: Vec<(NaiveDate, usize)> = people
                        .iter()
                        .filter_map(|&p| self.lex.last_in_office(p, d).map(|l| (l, p)))
                        .collect();
                    last.sort_unstable_by(|a, b| b.cmp(a));
                    if let [(l1, p), rest @ ..] = last.as_slice() {
                        if rest.first().is_none_or(|(l2, _)| l2 < l1) {
                            return Some(cast.lexicon_actor(self.lex, *p, self.date));
                        }
                    }
                }
                None
            }
        }
    }

    /// A title or role at `k`: (end, lowercase title, names one person).
    fn title(&self, toks: &[Token], k: usize) -> Option<(usize, String, bool)> {
        let mut j = k;
        // The longest title or role so far: its end, its words and whether
        // it names one person. The words are joined once, for the one
        // returned.
        let mut best: Option<(usize, &[String], bool)> = None;
        // Modifiers are optional; try from each start.
        loop {
            let t = toks.get(j)?;
            let lw = t.lower_str();
            // One lookup says whether either table has the word.
            let first = self.lex.first_of(t);
            let roles = (first & FIRST_ROLE != 0)
                .then(|| self.lex.roles.get(lw))
                .flatten();
            let titles = (first & FIRST_TITLE != 0)
                .then(|| self.lex.titles.get(lw))
                .flatten();
            for (words, person) in roles.into_iter().flatten() {
                if matches_lower(toks, j, words)
                    && best.as_ref().is_none_or(|b| j + words.len() > b.0)
                {
                    best = Some((j + words.len(), words, *person));
                }
            }
            for words in titles.into_iter().flatten() {
                if matches_lower(toks, j, words)
                    && best.as_ref().is_none_or(|b| j + words.len() > b.0)
                {
                    best = Some((j + words.len(), words, true));
                }
            }
            let found = match best {
                // "The PM told": the office in full, as the lexicon has it.
                Some((e, words, p)) if words.len() == 1 && words[0] == "pm" => {
                    Some((e, "prime minister".to_string(), p))
                }
                Some((e, words, p)) => Some((e, words.join(" "), p)),
                // ("Vice Foreign Minister": a modifier whose title follows
                // is not an honorific of its own.)
                None if HONORIFICS.has(t)
                    && t.is_capitalized()
                    && !(TITLE_MODIFIERS.has(t) && self.title(toks, j + 1).is_some()) =>
                {
                    // ("Ms. Park": the abbreviation's dot, cut off as a
                    // token of its own, goes with it.)
                    let e = if toks.get(j + 1).is_some_and(|n| n.text == ".") && !lw.ends_with('.')
                    {
                        j + 2
                    } else {
                        j + 1
                    };
                    // ("H.E. Ambassador Redwan Hussien": the form of address
                    // before a title gives way to the title.)
                    if matches!(lw, "h.e." | "h.e") {
                        if let Some(t) = self.title(toks, e) {
                            return Some(t);
                        }
                    }
                    let e = after_second_honour(toks, e);
                    Some((e, lw.trim_end_matches('.').to_string(), true))
                }
                None => None,
            };
            if let Some((e, mut w, p)) = found {
                // "Russian drone strikes on Kyiv", "Israeli missile
                // attacks": the craft names the kind of act, whose agent is
                // the adjective.
                if !p
                    && toks.get(e).is_some_and(|n| {
                        matches!(
                            n.lower_str(),
                            "strike"
                                | "strikes"
                                | "attack"
                                | "attacks"
                                | "raid"
                                | "raids"
                                | "barrage"
                                | "barrages"
                                | "incursion"
                                | "incursions"
                        )
                    })
                {
                    return None;
                }
                // "parliament speaker Aguila Saleh": a body before a
                // person's office says whose office it is.
                if !p {
                    if let Some(office) = self.title(toks, e).filter(|o| o.2) {
                        return Some(office);
                    }
                }
                // "Deputy Prime Minister", "former president": another
                // office than the one named, never its holder.
                if let Some(m) = (k..j)
                    .map(|x| toks[x].lower_str())
                    .find(|m| matches!(*m, "deputy" | "vice" | "former" | "ex"))
                {
                    w = format!("{m} {w}");
                }
                // "President Smt. Droupadi Murmu": an honorific with its
                // full stop between the title and the name.
                // (So "Prime Minister Dato' Seri Anwar Ibrahim", with the
                // title of honour's apostrophe and a second one.)
                let mut e = e;
                if toks
                    .get(e)
                    .is_some_and(|t| HONORIFICS.has(t) && t.is_capitalized())
                    && toks
                        .get(e + 1)
                        .is_some_and(|t| t.text == "." || t.text == "'")
                    && toks.get(e + 2).is_some_and(|t| t.is_capitalized())
                {
                    e = after_second_honour(toks, e + 2);
                }
                // Titles chain: "Foreign Minister" after "Deputy", "opposition
                // leader", "Secretary General".
                if let Some((e2, w2, p2)) = self.title_tail(toks, e) {
                    return Some((e2, format!("{w} {w2}"), p2 || p));
                }
                return Some((e, w, p));
            }
            // ("under" only in "Under Secretary": "talks under President
            // Trump" name no office.)
            // ("Sudan's army-aligned foreign ministry": whom a body sides
            // with does not change whose body it is.)
            if (TITLE_MODIFIERS.has(t) || allegiance_compound(lw))
                && j < k + 3
                && (lw != "under" || toks.get(j + 1).is_some_and(|n| n.lower == "secretary"))
            {
                j += 1;
                continue;
            }
            return None;
        }
    }

    fn title_tail(&self, toks: &[Token], k: usize) -> Option<(usize, String, bool)> {
        let t = toks.get(k)?;
        let lw = t.lower_str();
        if matches!(
            lw,
            "general"
                | "minister"
                | "secretary"
                | "chief"
                | "leader"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "envoy"
                | "adviser"
                | "advisor"
        ) {
            return Some((k + 1, lw.to_string(), true));
        }
        None
    }

    /// A personal name of capitalised words at `k` (with particles).
    fn name(&self, toks: &[Token], k: usize) -> Option<usize> {
        let mut j = k;
        let mut last_cap = None;
        while j < toks.len() && j < k + 5 {
            let t = &toks[j];
            if t.is_capitalized()
                && t.is_word()
                && !NOT_NAMES.contains(&t.text)
                && !t.text.ends_with('.')
                || (t.text.ends_with('.') && t.text.len() == 2 && t.is_capitalized())
            {
                // A country or organisation name ends the personal name.
                if j > k {
                    if let Some((_, refs)) = self.gazetteer(toks, j) {
                        if refs
                            .iter()
                            .all(|r| self.lex.actors[r.actor].kind != ActorKind::Person)
                        {
                            break;
                        }
                    }
                }
                last_cap = Some(j + 1);
                j += 1;
            } else if j > k && NAME_PARTICLES.has(t) && !t.is_capitalized() {
                j += 1;
            } else if t.text == "."
                && j > k
                && toks[j - 1].is_capitalized()
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.is_capitalized() && n.is_word())
                && (toks[j - 1].text.len() == 1
                    // "Ch.Aidarbekov", "Sh.M.Qureshi": initials of two
                    // letters set against the name, as translated
                    // statements write them.
                    || toks[j - 1].text.len() == 2
                        && toks[j - 1].end == t.start
                        && toks[j + 1].start == t.end)
            {
                // A middle initial: "Mute B. Egede".
                j += 1;
            } else {
                break;
            }
        }
        last_cap
    }

    /// Whether a one-word lexicon match at `start..end` is only the first
    /// word of a longer personal name: "Anwar Gargash" is not Anwar Ibrahim,
    /// whom the lexicon knows as "Anwar". A capitalised word that is no
    /// actor, date or institution ("Trump Administration") continues it.
    fn name_runs_on(&self, toks: &[Token], start: usize, end: usize) -> bool {
        if end != start + 1 {
            return false;
        }
        let Some(t) = toks.get(end) else {
            return false;
        };
        t.is_capitalized()
            && t.is_word()
            && !t.text.ends_with('.')
            && !NOT_NAMES.contains(&t.text)
            && !NAME_CONTINUERS_NOT.has(t)
            // ("Abbas Mousavi": a surname the lexicon knows after a given
            // name it knows as someone else's surname is a third person.)
            && self.gazetteer(toks, end).is_none_or(|(e, refs)| {
                e == end + 1
                    && refs.iter().all(|r| {
                        r.form == Form::Surname && self.lex.actors[r.actor].kind == ActorKind::Person
                    })
            })
    }

    /// An actor phrase at `i`: names with their titles, descriptions.
    fn phrase(
        &self,
        toks: &[Token],
        i: usize,
        cast: &mut Cast,
        so_far: &[Mention],
    ) -> Option<Mention> {
        let mut j = i;
        let lw = toks.get(j)?.lower_str();
        let has_det = matches!(lw, "the" | "a" | "an");
        if has_det {
            j += 1;
        }
        // "the Russian-led CSTO", "Iran-backed Houthis": who leads or backs
        // a body is not the body. (The last hyphen found by a plain byte
        // scan: `rsplit_once` is a generic searcher, and this is asked of
        // every capitalised run.)
        if toks.get(j).is_some_and(|t| {
            let b = t.text.as_bytes();
            b.iter().rposition(|&c| c == b'-').is_some_and(|d| {
                matches!(
                    &b[d + 1..],
                    b"led"
                        | b"backed"
                        | b"based"
                        | b"brokered"
                        | b"sponsored"
                        | b"funded"
                        | b"allied"
                        | b"aligned"
                        | b"controlled"
                        | b"dominated"
                        | b"run"
                        | b"supported"
                )
            })
        }) && toks.get(j + 1).is_some_and(|t| t.is_capitalized())
        {
            j += 1;
        }
        // A country or organisation that qualifies a title, possibly
        // coordinated ("French and Chinese officials").
        let mut ctx = Qualifiers::default();
        let mut k = j;
        let mut gaz_first: Option<(usize, &[SurfaceRef])> = None;
        while let Some((end, refs)) = self.gazetteer(toks, k) {
            if gaz_first.is_none() {
                gaz_first = Some((end, refs));
            }
            // The first ref that can qualify (only it is used).
            let Some(qual) = refs.iter().find(|r| {
                self.lex.actors[r.actor].kind != ActorKind::Person && r.form != Form::City
            }) else {
                break;
            };
            let mut e = end;
            if toks
                .get(e)
                .is_some_and(|t| t.lower == "'s" || t.lower == "'")
            {
                e += 1;
            }
            ctx.push(qual.actor);
            k = e;
            // Coordination of qualifiers. A comma joins adjectives only
            // ("French, German and Italian leaders"): after a name it ends
            // a phrase ("talks with Ukraine, German Chancellor Olaf
            // Scholz suggested").
            let w = toks.get(k).map(|t| t.lower_str()).unwrap_or("");
            if (w == "and" || w == "," && qual.form == Form::Adjective)
                && self.gazetteer(toks, k + 1).is_some()
            {
                let save = k;
                k += 1;
                if self
                    .gazetteer(toks, k)
                    .is_some_and(|(_, r)| r.iter().any(|x| x.form == Form::Adjective))
                {
                    continue;
                }
                k = save;
            }
            break;
        }
        // Title or role after the qualifier (or on its own).
        let mut title_start = if ctx.is_empty() { j } else { k };
        // "Thai F-16 fighter jets", "Russian Su-34 bombers": a model
        // between the country and the role.
        if !ctx.is_empty() && toks.get(title_start).is_some_and(model_designation) {
            title_start += 1;
        }
        let head = toks.get(title_start).map(|t| t.lower_str()).unwrap_or("");
        // "the Cambodia National Rescue Party": a capitalised word after a
        // country's name that opens the name of a body is part of that
        // name, not a role ("a Cambodian national").
        // (An adjective's bodies are read below, after the roles:
        // "Vietnamese Communist Party chief To Lam" is a person.)
        if ctx.len() == 1
            && k == j + 1
            && toks.get(k).is_some_and(|t| t.is_capitalized())
            && self.lex.actors[ctx[0]].kind == ActorKind::Country
            && gaz_first.is_some_and(|(_, refs)| refs.iter().all(|r| r.form != Form::Adjective))
        {
            if let Some((oend, _)) = self.org_name(toks, k, true).filter(|&(e, _)| {
                e >= k + 2 && org_head(&toks[e - 1]) && self.title(toks, e).is_none()
            }) {
                let country = self.lex.actors[ctx[0]].country.clone();
                let o = cast.discover_org(&span_text(toks, j, oend), country);
                return Some(self.mention(i, oend, vec![o], MentionKind::Name));
            }
        }
        // "the Vietnamese capital": the country, as a place.
        if !ctx.is_empty() && matches!(head, "capital" | "capital city") {
            let c = self.country_or_org(ctx[0], cast);
            let mut m = self.mention(i, title_start + 1, vec![c], MentionKind::Description);
            m.place = true;
            return Some(m);
        }
        // "in the Ugandan city of Entebbe", "the Turkish port of Mersin":
        // a place in the country, named or not.
        if ctx.len() == 1
            && self.lex.actors[ctx[0]].kind == ActorKind::Country
            && matches!(
                head,
                "city" | "town" | "port" | "resort" | "village" | "island" | "province"
            )
        {
            let mut end = title_start + 1;
            if toks.get(end).is_some_and(|t| t.lower == "of")
                && toks.get(end + 1).is_some_and(|t| t.is_capitalized())
            {
                end += 2;
                while toks
                    .get(end)
                    .is_some_and(|t| t.is_capitalized() && t.is_word())
                {
                    end += 1;
                }
            }
            let c = self.country_or_org(ctx[0], cast);
            let mut m = self.mention(i, end, vec![c], MentionKind::Description);
            m.place = true;
            return Some(m);
        }
        // "the Venezuelan opposition", "opposition activists", "Georgia's
        // opposition said": those against a government, a group of their
        // own, of the state named with them. Not the stance ("its
        // opposition to the deal", "the opposition of Hungary") nor the
        // title of one of them ("the opposition leader Juan Guaidó").
        if head == "opposition" {
            let next = toks.get(title_start + 1);
            let nw = next.map_or("", |t| t.lower_str());
            let members = OPPOSITION_MEMBERS.contains(&nw);
            let alone = (has_det || !ctx.is_empty())
                && next.is_none_or(|t| {
                    !t.is_word()
                        || AUX.has(t)
                        || MODALS.has(t)
                        || REPORTING_VERBS.has(t)
                        || matches!(
                            nw,
                            "and" | "or" | "who" | "which" | "that" | "in" | "at" | "on"
                        )
                        || !t.is_capitalized() && nw.len() > 4 && nw.ends_with("ed")
                });
            if members || alone {
                let end = title_start + 1 + usize::from(members);
                let country = ctx
                    .first()
                    .and_then(|&c| self.lex.actors[c].country.clone());
                let name = span_text(toks, if ctx.is_empty() { title_start } else { j }, end);
                let g = cast.group(&name, country);
                return Some(self.mention(i, end, vec![g], MentionKind::Description));
            }
        }
        // "Ecuadorean police stormed the embassy ... Police scaled the
        // walls": police named without their state are the state's whose
        // police were named lately.
        if matches!(
            head,
            "police" | "gendarmes" | "prosecutors" | "investigators"
        ) && GROUP_NOUNS.has_at(toks, title_start)
        {
            if let Some(&c) = ctx.first() {
                if self.lex.actors[c].kind == ActorKind::Country {
                    let state = self.country_or_org(c, cast);
                    cast.police_of = Some((state, self.sentence));
                }
            } else if let Some((state, at)) = cast.police_of {
                if self.sentence.saturating_sub(at) <= 3 {
                    return Some(self.mention(
                        i,
                        title_start + 1,
                        vec![state],
                        MentionKind::Description,
                    ));
                }
            }
        }
        // "offered to lead a multinational police force in Haiti": a force
        // or mission yet to be formed is a thing, not someone acting.
        if GROUP_NOUNS.has_at(toks, title_start)
            && matches!(
                toks.get(title_start + 1).map(|t| t.lower_str()),
                Some("force" | "mission" | "contingent")
            )
            && (title_start.saturating_sub(3)..title_start)
                .rev()
                .take_while(|&k| toks[k].is_word() && !toks[k].is_capitalized())
                .any(|k| matches!(toks[k].lower_str(), "a" | "an"))
        {
            return None;
        }
        // Protesters, militants, rebels: a group actor of their own. (A
        // state's police, "Ecuadorian police", act for the state.)
        if GROUP_NOUNS.has_at(toks, title_start)
            && (!matches!(
                head,
                "police"
                    | "gendarmes"
                    | "rangers"
                    | "paramilitaries"
                    | "prosecutors"
                    | "investigators"
                    // ("five American prisoners": the state whose people
                    // they are, as before the group was known.)
                    | "prisoners"
                    | "detainees"
            ) || ctx.is_empty())
        {
            // "Hamas fighters", "M23 rebels": the armed men of a group the
            // lexicon knows are that group; so are those it leads ("Hamas-led
            // militants"; the backed are not the backer's own).
            let leader = || {
                let stem = toks
                    .get(title_start.checked_sub(1)?)?
                    .text
                    .strip_suffix("-led")?;
                self.one_word_actor(stem, |k| k == ActorKind::Group)
            };
            let leader = if ctx.is_empty() { leader() } else { None };
            if let Some(c) = leader {
                let g = cast.lexicon_actor(self.lex, c, self.date);
                return Some(self.mention(
                    title_start - 1,
                    title_start + 1,
                    vec![g],
                    MentionKind::Description,
                ));
            }
            if let Some(&c) = ctx.first() {
                if self.lex.actors[c].kind == ActorKind::Group {
                    let g = cast.lexicon_actor(self.lex, c, self.date);
                    return Some(self.mention(
                        i,
                        title_start + 1,
                        vec![g],
                        MentionKind::Description,
                    ));
                }
            }
            let mut end = title_start + 1;
            // "released three prisoners, among them an American citizen":
            // the captives named after the count are the ones freed.
            // ("political prisoners in Belarus": those the state named
            // holds stand for it, as a captor.)
            if matches!(head, "prisoners" | "detainees")
                && (toks.get(end).is_some_and(|t| t.lower_str() == ",")
                    && toks
                        .get(end + 1)
                        .is_some_and(|t| matches!(t.lower_str(), "including" | "among"))
                    || toks
                        .get(end)
                        .is_some_and(|t| matches!(t.lower_str(), "in" | "held")))
            {
                return None;
            }
            // "prisoners of war": one name.
            if head == "prisoners"
                && toks.get(end).is_some_and(|t| t.lower_str() == "of")
                && toks.get(end + 1).is_some_and(|t| t.lower_str() == "war")
            {
                end += 2;
            }
            let mut country = ctx
                .first()
                .and_then(|&c| self.lex.actors[c].country.clone());
            // "militants in Gaza": the place is part of the name.
            if ctx.is_empty()
                && !matches!(head, "prisoners" | "detainees")
                && matches!(toks.get(end).map(|t| t.lower_str()), Some("in" | "from"))
            {
                if let Some((pend, refs)) = self.gazetteer(toks, end + 1) {
                    if let Some(r) = refs
                        .iter()
                        .find(|r| self.lex.actors[r.actor].kind == ActorKind::Country)
                    {
                        country = self.lex.actors[r.actor].country.clone();
                        end = pend;
                    }
                }
            }
            let mut name = span_text(toks, if ctx.is_empty() { title_start } else { j }, end);
            // One name for one crowd: "demonstrators" and "protestors" are
            // the protesters they are called as often (the words written
            // stay on the mention).
            if matches!(head, "demonstrators" | "protestors" | "marchers") {
                name = name.replacen(toks[title_start].text, "protesters", 1);
            }
            let g = cast.group(&name, country);
            return Some(self.mention(i, end, vec![g], MentionKind::Description));
        }
        // "Saudi Arabia's King Salman", "Iran's Revolutionary Guards": a
        // name the lexicon knows, title and all, after the country.
        if !ctx.is_empty() && title_start > j {
            // (Not when the name goes on: "Chinese President Xi Jinping" is
            // read with its title below.)
            if let Some((gend, refs)) = self
                .gazetteer(toks, title_start)
                .filter(|&(e, _)| !toks.get(e).is_some_and(|t| t.is_capitalized()))
            {
                // Only the country's own ("Russia's Security Council" is
                // not the UN's).
                let country = self.lex.actors[ctx[0]].country.as_deref();
                let own = |li: usize| {
                    country.is_some() && self.lex.actors[li].country.as_deref() == country
                };
                if let Some(p) = self
                    .pick_person(refs, cast)
                    .filter(|&p| country.is_some() && cast.actors[p].country.as_deref() == country)
                {
                    return Some(self.mention(i, gend, vec![p], MentionKind::Name));
                }
                if let Some(r) = refs.iter().find(|r| {
                    matches!(
                        self.lex.actors[r.actor].kind,
                        ActorKind::Organisation | ActorKind::Group
                    ) && r.form != Form::Adjective
                        && own(r.actor)
                }) {
                    let o = cast.lexicon_actor(self.lex, r.actor, self.date);
                    return Some(self.mention(i, gend, vec![o], MentionKind::Name));
                }
            }
        }
        if let Some((mut tend, title, person_role)) = self.title(toks, title_start) {
            // "the President of the United Arab Emirates", "the foreign
            // minister of Kenya": the country after "of" qualifies the
            // title as an adjective before it would.
            if ctx.is_empty() && toks.get(tend).is_some_and(|t| t.lower == "of") {
                let at = if toks.get(tend + 1).is_some_and(|t| t.lower == "the") {
                    tend + 2
                } else {
                    tend + 1
                };
                if let Some((gend, refs)) = self.gazetteer(toks, at) {
                    if let Some(r) = refs.iter().find(|r| {
                        self.lex.actors[r.actor].kind != ActorKind::Person
                            && !matches!(r.form, Form::City | Form::Adjective)
                    }) {
                        ctx.push(r.actor);
                        tend = gend;
                    }
                }
            }
            // "US Ambassador to Japan Rahm Emanuel": the post between an
            // envoy's title and name says where, not whose, the envoy is.
            if (title.ends_with("ambassador") || title.ends_with("envoy"))
                && toks.get(tend).is_some_and(|t| t.lower == "to")
            {
                let at = if toks.get(tend + 1).is_some_and(|t| t.lower == "the") {
                    tend + 2
                } else {
                    tend + 1
                };
                if let Some((gend, _)) = self.gazetteer(toks, at) {
                    if self.name(toks, gend).is_some_and(|e| e >= gend + 2)
                        && self.gazetteer(toks, gend).is_none()
                    {
                        tend = gend;
                    }
                }
            }
            // A name after the title?
            if let Some((nend, refs)) = self
                .gazetteer(toks, tend)
                .filter(|&(e, _)| !self.name_runs_on(toks, tend, e))
            {
                if let Some(p) = self.pick_person(refs, cast) {
                    self.learn_title(cast, p, &title);
                    return Some(self.mention(i, nend, vec![p], MentionKind::Name));
                }
            }
            let title_capitalised = toks[title_start].is_capitalized() || !ctx.is_empty();
            let long_name = |e: usize| e >= tend + LOWER_TITLES_OK;
            // ("the National Electoral Council": a body's name goes on
            // after what looked like a role and a name.)
            // ("a Defense Cooperation Agreement": nor is a document's.)
            let body_goes_on = |e: usize| {
                toks.get(e)
                    .is_some_and(|t| t.is_capitalized() && org_head(t))
                    || e > tend && document_word(toks[e - 1].lower_str())
            };
            if let Some(nend) = self
                .name(toks, tend)
                .filter(|&e| person_role && (title_capitalised || long_name(e)))
                .filter(|&e| !body_goes_on(e))
            {
                let name = span_text(toks, tend, nend);
                let p = self.named_person(&name, &ctx, &title, cast);
                return Some(self.mention(i, nend, vec![p], MentionKind::Name));
            }
            // "he became the first Japanese prime minister to visit
            // Iran": a rank among holders of an office names none of them.
            // (Also when the phrase starts after its nationality: "the
            // first Israeli prime minister" is read again from "prime".)
            let mut b = i;
            while b > 0
                && b + 4 > i
                && (toks[b - 1].is_capitalized()
                    || TITLE_MODIFIERS.has(&toks[b - 1])
                    || matches!(
                        toks[b - 1].lower_str(),
                        "prime" | "foreign" | "deputy" | "vice" | "defence" | "defense"
                    ))
            {
                b -= 1;
            }
            if [i, b].iter().any(|&s| {
                s > 0
                    && matches!(
                        toks[s - 1].lower_str(),
                        "first" | "last" | "only" | "second" | "third" | "youngest" | "oldest"
                    )
            }) {
                return None;
            }
            // A description without a name.
            if !person_role {
                if ctx.is_empty() {
                    return None;
                }
                let actors: Vec<usize> =
                    ctx.iter().map(|&c| self.country_or_org(c, cast)).collect();
                return Some(self.mention(i, tend, actors, MentionKind::Description));
            }
            // ("the Special Representative of the Secretary-General,
            // Valentine Rugwabiza": the chief owns the office named.)
            let owner_chief = ctx.is_empty()
                && matches!(title.as_str(), "secretary-general" | "secretary general")
                && i > 0
                && toks[i - 1].lower_str() == "of";
            if let Some(p) = (!owner_chief)
                .then(|| self.describe(toks, &ctx, &title, cast, so_far))
                .flatten()
            {
                return Some(self.mention(i, tend, vec![p], MentionKind::Description));
            }
            if ctx.len() == 1 && title != "counterpart" {
                // An official we cannot name acts for the country.
                let c = self.country_or_org(ctx[0], cast);
                let mut m = self.mention(i, tend, vec![c], MentionKind::Description);
                m.unnamed_role = true;
                return Some(m);
            }
            return None;
        }
        // "the Lima Group": a capital that names a body of several states
        // is no state's (see `org_name` for other cities).
        if ctx.len() == 1
            && k == j + 1
            && gaz_first.is_some_and(|(e, refs)| e == k && city_names_group(toks, e, refs))
        {
            let o = cast.discover_org(&span_text(toks, j, k + 1), None);
            return Some(self.mention(i, k + 1, vec![o], MentionKind::Name));
        }
        // "Iran's Quds Force": a body of the country.
        if !ctx.is_empty() && k > 0 && matches!(toks[k - 1].lower_str(), "'s" | "'") {
            if let Some((oend, _)) = self.org_name(toks, k, false) {
                let country = self.lex.actors[ctx[0]].country.clone();
                let o = cast.discover_org(&span_text(toks, k, oend), country);
                return Some(self.mention(i, oend, vec![o], MentionKind::Name));
            }
        }
        // "Colombia's Gustavo Petro": a possessive country before a name.
        if !ctx.is_empty() && k > 0 && matches!(toks[k - 1].lower_str(), "'s" | "'") {
            if let Some((nend, refs)) = self.gazetteer(toks, k) {
                if let Some(p) = self.pick_person(refs, cast) {
                    return Some(self.mention(i, nend, vec![p], MentionKind::Name));
                }
            }
            if let Some(nend) = self.name(toks, k).filter(|&e| e >= k + 2) {
                let name = span_text(toks, k, nend);
                let p = self.named_person(&name, &ctx, "", cast);
                return Some(self.mention(i, nend, vec![p], MentionKind::Name));
            }
        }
        // An acronym the text gave earlier: "the APC".
        if gaz_first.is_none() && ctx.is_empty() {
            if let Some(&a) = toks.get(j).and_then(|t| cast.acronyms.get(t.text)) {
                return Some(self.mention(i, j + 1, vec![a], MentionKind::Name));
            }
        }
        // A person met earlier in the article and not in the lexicon: the
        // full name again ("Hun Manet") or the surname alone ("Marape").
        if gaz_first.is_none() && !has_det && ctx.is_empty() {
            if let Some(m) = self.known_person(toks, i, j, cast) {
                return Some(m);
            }
        }
        // "the Korean Confederation of Trade Unions": a country adjective
        // that begins a body's name gives it its country.
        if ctx.len() == 1 && k == j + 1 && self.lex.actors[ctx[0]].kind == ActorKind::Country {
            if let Some((oend, _)) = self.org_name(toks, k, false) {
                let country = self.lex.actors[ctx[0]].country.clone();
                let o = cast.discover_org(&span_text(toks, j, oend), country);
                return Some(self.mention(i, oend, vec![o], MentionKind::Name));
            }
        }
        // A body or a person the lexicon does not know.
        if ctx.is_empty()
            && gaz_first.is_none_or(|(gend, refs)| {
                refs.iter()
                    .all(|r| self.lex.actors[r.actor].kind == ActorKind::Country)
                    // ("the Reagan Library": named after a person.)
                    || toks.get(gend).is_some_and(|t| NAMESAKE_HEADS.contains(&t.text))
                        && refs
                            .iter()
                            .all(|r| self.lex.actors[r.actor].kind == ActorKind::Person)
            })
        {
            if let Some((oend, country)) = self.org_name(toks, j, false) {
                let o = cast.discover_org(&span_text(toks, j, oend), country);
                return Some(self.mention(i, oend, vec![o], MentionKind::Name));
            }
        }
        if gaz_first.is_none() && !has_det && ctx.is_empty() {
            if let Some(m) = self.bare_person(toks, i, cast) {
                return Some(m);
            }
        }
        // A plain name.
        let (end, refs) = gaz_first?;
        if self.name_runs_on(toks, j, end) && refs.iter().all(|r| r.form != Form::Adjective) {
            // "Victoria Nuland": a place's name as a given name (which
            // the loop above took for a qualifier).
            if !has_det && ctx.len() <= 1 {
                if let Some(m) = self.bare_person(toks, i, cast) {
                    return Some(m);
                }
            }
            return None;
        }
        // "the Reagan Library", "the Kennedy Center": a place or thing
        // named after a person is not the person.
        if toks
            .get(end)
            .is_some_and(|t| NAMESAKE_HEADS.contains(&t.text))
            && refs
                .iter()
                .all(|r| self.lex.actors[r.actor].kind == ActorKind::Person)
        {
            return None;
        }
        // "camps near Qandil": after a preposition of place, a surname of
        // someone out of office and not in the story is a place's name.
        if j > 0
            && matches!(
                toks[j - 1].lower_str(),
                "near" | "in" | "at" | "towards" | "toward"
            )
            && toks.get(end).is_none_or(|t| t.lower_str() != "'s")
            && refs.iter().all(|r| {
                r.form == Form::Surname
                    && !cast.by_lex.contains_key(&r.actor)
                    && self.lex.titles_of(r.actor, self.date).is_empty()
            })
        {
            return None;
        }
        // "Aguila Saleh ... Saleh has refused": a surname the story gave
        // someone the lexicon does not know is theirs, not a namesake's.
        // (Unless that someone is the known person under a longer name:
        // "Presidents Félix Tshisekedi and Paul Kagame".)
        if !has_det && ctx.is_empty() && refs.iter().all(|r| r.form == Form::Surname) {
            if let Some(m) = self.known_person(toks, i, j, cast) {
                let same = m.actors.iter().any(|&a| {
                    refs.iter().any(|r| {
                        cast.actors[a]
                            .name
                            .contains(self.lex.actors[r.actor].name.as_str())
                    })
                });
                if !same {
                    return Some(m);
                }
            }
        }
        if let Some(p) = self.pick_person(refs, cast) {
            // "Donald Trump Jr.": the son, not the father.
            if toks
                .get(end)
                .is_some_and(|t| matches!(t.text, "Jr" | "Jr." | "Sr" | "Sr." | "II" | "III"))
            {
                let country = cast.actors[p].country.clone();
                let name = span_text(toks, j, end + 1);
                let son = cast.discover(self.lex, &name, country, cast.gender(p), None);
                return Some(self.mention(i, end + 1, vec![son], MentionKind::Name));
            }
            return Some(self.mention(i, end, vec![p], MentionKind::Name));
        }
        // The first ref that names rather than qualifies.
        let named = refs.iter().find(|r| r.form != Form::Adjective);
        // A plural demonym on its own ("Palestinians demonstrated") stands
        // for its country; a singular adjective ("French wine") does not.
        if named.is_none() && end == j + 1 && toks[j].text.ends_with('s') && !has_det {
            if let Some(r) = refs.iter().find(|r| r.form == Form::Adjective) {
                let a = cast.lexicon_actor(self.lex, r.actor, self.date);
                return Some(self.mention(i, end, vec![a], MentionKind::Name));
            }
        }
        if let Some(r) = named {
            if refs.iter().any(|r| r.form == Form::Surname) {
                return None; // an ambiguous surname we could not pick
            }
            // "the Minsk agreements", "the Zurich protocols", "the Paris
            // Agreement": a city names a document, not a party to it.
            if matches!(r.form, Form::Capital | Form::City)
                && toks.get(end).is_some_and(|t| {
                    matches!(
                        t.lower_str(),
                        "agreement"
                            | "agreements"
                            | "accord"
                            | "accords"
                            | "protocol"
                            | "protocols"
                            | "treaty"
                            | "declaration"
                            | "format"
                            | "process"
                            | "memorandum"
                            | "communique"
                            | "convention"
                    )
                })
            {
                return None;
            }
            let a = cast.lexicon_actor(self.lex, r.actor, self.date);
            let mut m = self.mention(i, end, vec![a], MentionKind::Name);
            m.place = r.form == Form::City;
            return Some(m);
        }
        // An adjective alone stands for its country only before a noun that
        // can act ("Chinese corporations" is handled above as a role): here
        // we also accept an adjective directly before a trigger-like noun,
        // leaving that decision to the clause rules via `place`.
        if has_det {
            return None;
        }
        // A surname of a discovered person ("Peskov").
        None
    }

    /// The name of an organisation at `k`: two or more capitalised words
    /// (with "of", "for", "and", "the" between them) of which one is a
    /// word that names bodies ("Institute", "Forces", "Office") and one is
    /// not a generic word, so that "the Foreign Ministry" is left to the
    /// state-body rules and "the Hudson Institute" is found. A country
    /// named inside ("Office of the U.S. Trade Representative") is the
    /// body's country. Returns the end and that country. `after_country`:
    /// the name follows a country's, which makes a party's name its own
    /// even when its other words are generic.
    fn org_name(
        &self,
        toks: &[Token],
        k: usize,
        after_country: bool,
    ) -> Option<(usize, Option<String>)> {
        let mut j = k;
        let mut end = None;
        let (mut caps, mut heads, mut distinct) = (0, 0, 0);
        let mut country = None;
        // ("the King Salman Humanitarian Aid and Relief Centre": a body
        // named after a person, whose name opens it.)
        let mut namesake = false;
        while j < toks.len() && j < k + 9 {
            let t = &toks[j];
            if t.is_capitalized() && t.is_word() && !t.text.bytes().any(|b| b.is_ascii_digit()) {
                if let Some((gend, refs)) = self.gazetteer(toks, j) {
                    let r = refs.first()?;
                    let a = &self.lex.actors[r.actor];
                    if j == k
                        && a.kind == ActorKind::Person
                        && toks
                            .get(gend)
                            .is_some_and(|n| n.is_capitalized() && n.is_word())
                    {
                        namesake = true;
                        caps += 1;
                        distinct += 1;
                        end = Some(gend);
                        j = gend;
                        continue;
                    }
                    // "the Lima Group", "the Visegrad Group": a city that
                    // names a body of several states is no state's.
                    if j == k && city_names_group(toks, gend, refs) {
                        caps += 1;
                        distinct += 1;
                        end = Some(gend);
                        j = gend;
                        continue;
                    }
                    if a.kind != ActorKind::Country || j == k {
                        break;
                    }
                    country = country.or_else(|| a.country.clone());
                    caps += 1;
                    end = Some(gend);
                    j = gend;
                    continue;
                }
                caps += 1;
                if org_head(t) {
                    heads += 1;
                } else if !NOT_NAMES.contains(&t.text) && !generic_org_word(t) {
                    distinct += 1;
                }
                end = Some(j + 1);
                j += 1;
            } else if end.is_some() && matches!(t.lower_str(), "of" | "for" | "and" | "the") {
                j += 1;
            } else if end == Some(j)
                && matches!(t.lower_str(), "'s" | "'")
                && matches!(
                    toks[j - 1].text,
                    "People" | "Peoples" | "Workers" | "Women" | "Citizens" | "Farmers"
                )
                && toks.get(j + 1).is_some_and(|n| n.is_capitalized())
            {
                // "the Sudan People's Liberation Movement", "the Kurdistan
                // Workers' Party": whose party the name says is part of it.
                j += 1;
            } else {
                break;
            }
        }
        let end = end?;
        // "the Falepili Union treaty": the name of a document or a meeting.
        if toks.get(end).is_some_and(|t| {
            matches!(
                t.lower_str(),
                "treaty"
                    | "agreement"
                    | "accord"
                    | "deal"
                    | "pact"
                    | "declaration"
                    | "framework"
                    | "summit"
                    | "talks"
                    | "meeting"
                    | "conference"
                    | "format"
                    | "initiative"
                    | "plan"
                    | "charter"
                    | "process"
                    | "resolution"
                    | "report"
                    | "building"
            )
        }) {
            return None;
        }
        let last_head = org_head(&toks[end - 1]) || org_head(&toks[k]);
        // After a country's name, a party's generic words are its own
        // ("the Uganda People's Congress"); a ministry's are the state's.
        let party = after_country
            && matches!(
                toks[end - 1].lower_str(),
                "party" | "congress" | "movement" | "front" | "alliance" | "league" | "union"
            );
        // So are a company's ("Myanmar Economic Holdings", "Qatar Airways").
        let company = after_country
            && matches!(
                toks[end - 1].lower_str(),
                "holdings"
                    | "enterprise"
                    | "enterprises"
                    | "corporation"
                    | "company"
                    | "industries"
                    | "airways"
                    | "airlines"
            );
        // (Only heads of what bears a person's name, as a plain name
        // before them is read too: not "the Biden Administration".)
        let namesake_ok = !namesake || NAMESAKE_HEADS.contains(&toks[end - 1].text);
        (caps >= 2 && heads >= 1 && (distinct >= 1 || party || company) && last_head && namesake_ok)
            .then_some((end, country))
    }

    /// A person named at `i` by a bare name (see [`Scanner::bare_name`]),
    /// discovered for the article.
    fn bare_person(&self, toks: &[Token], i: usize, cast: &mut Cast) -> Option<Mention> {
        let nend = self.bare_name(toks, i)?;
        let name = span_text(toks, i, nend);
        let p = cast.discover(self.lex, &name, None, Gender::Unknown, None);
        Some(self.mention(i, nend, vec![p], MentionKind::Name))
    }

    /// A personal name the lexicon does not know and no title introduces,
    /// at `i`: two or three capitalised words, none of them generic, acting
    /// in the sentence ("Victoria Nuland held talks", "..., Diego Pary,
    /// dismissed"). After "in", "at", "from" or "to" it is more often a
    /// place, and after "the" a thing.
    fn bare_name(&self, toks: &[Token], i: usize) -> Option<usize> {
        // The run of capitals starts here ("South China Sea" is no "China
        // Sea").
        if i > 0 && toks[i - 1].is_capitalized() && toks[i - 1].is_word() {
            return None;
        }
        // ("sanctions on Itamar Ben-Gvir": after a penalty, "on" names
        // whom it falls on.)
        let penalised = i > 1
            && lw(toks, i - 1) == "on"
            && matches!(
                lw(toks, i - 2),
                "sanctions" | "bans" | "freezes" | "restrictions" | "sanction" | "ban"
            );
        // ("granted asylum to Jorge Glas", "a letter from Maria Lopez": a
        // given name some known person bears starts a name, not a place.)
        // ("an aide to David Ben-Gurion" is no party: one who serves or is
        // kin to the person is.)
        let given = i > 1
            && matches!(lw(toks, i - 1), "to" | "from")
            && !matches!(
                lw(toks, i - 2),
                "aide"
                    | "adviser"
                    | "advisor"
                    | "assistant"
                    | "deputy"
                    | "successor"
                    | "heir"
                    | "secretary"
                    | "spokesman"
                    | "spokeswoman"
                    | "married"
                    | "related"
                    | "close"
                    | "loyal"
                    | "next"
            )
            && self.lex.is_given_name(toks[i].text);
        if i > 0
            && !penalised
            && !given
            && matches!(
                lw(toks, i - 1),
                "in" | "at" | "from" | "to" | "near" | "into" | "across" | "of" | "on" | "the"
                // "the oil tanker Stena Impero": a vessel's name.
                    | "tanker"
                    | "supertanker"
                    | "ship"
                    | "vessel"
                    | "freighter"
                    | "frigate"
                    | "destroyer"
                    | "carrier"
                    | "warship"
                    | "cruiser"
                    | "submarine"
                    | "boat"
                    | "ferry"
                    | "yacht"
                    | "trawler"
            )
        {
            return None;
        }
        let end = self.name(toks, i)?;
        if !(i + 2..=i + 3).contains(&end) {
            return None;
        }
        let words = &toks[i..end];
        if words.iter().any(|t| {
            !t.is_word()
                || t.text.len() < 2
                || t.text.bytes().all(|b| b.is_ascii_uppercase())
                || t.text.bytes().any(|b| b.is_ascii_digit())
                || org_head(t)
                || generic_org_word(t)
                || NOT_NAMES.contains(&t.text)
                || instrument_word(t)
        }) {
            return None;
        }
        // "Wall Street Journal reporter Evan Gershkovich": a name before a
        // role and its holder's name is whom the holder works for.
        if self
            .title(toks, end)
            .is_some_and(|(e, _, _)| toks.get(e).is_some_and(|t| t.is_capitalized()))
        {
            return None;
        }
        // It acts (a lowercase word, a verb, or a comma follows) or is
        // acted on (a verb, "with" or "by" comes before).
        let next = toks.get(end)?;
        // ("Manuel Adorni on Tuesday described ...")
        let acts = next.text == ","
            || next.lower_str() == "on"
                && toks
                    .get(end + 1)
                    .is_some_and(|t| crate::time::is_weekday_name(t.lower_str()))
            || next.is_word()
                && !next.is_capitalized()
                && !PREPOSITIONS.has(next)
                && !matches!(next.lower_str(), "and" | "or" | "of");
        let object = i > 0 && {
            let p = &toks[i - 1];
            p.is_word()
                && !p.is_capitalized()
                && !DETERMINERS.has(p)
                && !ordinal(p)
                && !p.text.bytes().any(|b| b.is_ascii_digit())
        };
        (acts || object).then_some(end)
    }

    /// "Tens of thousands of Georgians marched", "several hundred people
    /// rallied": a crowd counted, whose verb says it protests, is a group
    /// of protesters (of the state its people are named by). Without the
    /// verb a count of people is left alone: "killed dozens of
    /// Ukrainians" names the state's people, not a group.
    #[inline(never)]
    fn crowd_at(&self, toks: &[Token], i: usize, cast: &mut Cast) -> Option<Mention> {
        let w = toks[i].lower_str();
        let mut k = i;
        if matches!(
            w,
            "tens" | "hundreds" | "thousands" | "dozens" | "scores" | "millions"
        ) {
            k += 1;
            if w == "tens" || w == "hundreds" && lw(toks, k + 1) == "thousands" {
                if lw(toks, k) != "of" || lw(toks, k + 1) != "thousands" {
                    return None;
                }
                k += 2;
            }
            // ("Tens of thousands marched": the count alone.)
            if lw(toks, k) != "of" {
                return crowd_verb(toks, k).then(|| self.crowd(i, k, None, "protesters", cast));
            }
            k += 1;
        } else if matches!(
            w,
            "several" | "some" | "about" | "around" | "nearly" | "over" | "a" | "an"
        ) || w.starts_with(|c: char| c.is_ascii_digit())
        {
            // "several hundred people", "about 1,000 people", "about a
            // thousand people", "a thousand people".
            k += 1;
            if matches!(lw(toks, k), "a" | "an")
                && matches!(w, "about" | "around" | "nearly" | "over" | "some")
            {
                k += 1;
            }
            let count = k;
            while matches!(lw(toks, k), "hundred" | "thousand" | "000" | ",")
                || toks
                    .get(k)
                    .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_digit()))
            {
                k += 1;
            }
            if k == count && !w.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
        } else {
            return None;
        }
        // "thousands of young Mongolians".
        if matches!(
            lw(toks, k),
            "young" | "angry" | "mostly" | "ordinary" | "jubilant"
        ) {
            k += 1;
        }
        let head = toks.get(k)?;
        let (end, country) =
            if matches!(head.lower_str(), "people" | "demonstrators" | "protesters") {
                (k + 1, None)
            } else if CROWD_HEADS.contains(&head.lower_str()) {
                // "Hundreds of women marched", "dozens of students staged a
                // sit-in": people who gather as a crowd, by what they are.
                let end = k + 1;
                if !crowd_verb(toks, end) {
                    return None;
                }
                return Some(self.crowd(i, end, None, head.lower_str(), cast));
            } else if head.is_capitalized()
                // ("hundreds of Guyanese marched": a people whose name is
                // its adjective.)
                && (head.lower_str().ends_with('s') || head.lower_str().ends_with("ese"))
            {
                let (end, refs) = self.gazetteer(toks, k)?;
                let r = refs.iter().find(|r| {
                    r.form == Form::Adjective && self.lex.actors[r.actor].kind == ActorKind::Country
                })?;
                (end, self.lex.actors[r.actor].country.clone())
            } else {
                return None;
            };
        if !crowd_verb(toks, end) {
            return None;
        }
        let name = if country.is_some() {
            toks[k].text.to_string()
        } else {
            "protesters".to_string()
        };
        Some(self.crowd(i, end, country, &name, cast))
    }

    /// "vetoed a US-drafted resolution", "a French-sponsored text": the
    /// state or body that wrote a text, at `i`, stands for the text's
    /// author, the party a veto or a vote answers.
    fn drafter_at(&self, toks: &[Token], i: usize, cast: &mut Cast) -> Option<Mention> {
        let t = &toks[i];
        // (Asked of every capitalised word outside a reference: the "-ed"
        // every such wording ends in rules out nearly all before a search.)
        if !t.is_capitalized() || !t.text.ends_with("ed") {
            return None;
        }
        let (stem, how) = t.text.rsplit_once('-')?;
        if !matches!(
            how,
            "drafted" | "sponsored" | "authored" | "proposed" | "tabled"
        ) {
            return None;
        }
        let text = toks.get(i + 1..(i + 4).min(toks.len()))?.iter().any(|n| {
            matches!(
                n.lower_str(),
                "resolution" | "resolutions" | "draft" | "text" | "motion" | "proposal" | "bill"
            )
        });
        if !text {
            return None;
        }
        let li = self.one_word_actor(stem, |k| {
            matches!(k, ActorKind::Country | ActorKind::Organisation)
        })?;
        let a = cast.lexicon_actor(self.lex, li, self.date);
        Some(self.mention(i, i + 1, vec![a], MentionKind::Name))
    }

    /// The lexicon actor of a kind `kind` accepts that a single word names
    /// ("US" of "US-drafted", "Hamas" of "Hamas-led").
    fn one_word_actor(&self, word: &str, kind: impl Fn(ActorKind) -> bool) -> Option<usize> {
        self.lex.surfaces_of(word)?.iter().find_map(|s| {
            let r = s.refs.iter().find(|r| kind(self.lex.actors[r.actor].kind));
            r.filter(|_| s.tokens.len() == 1).map(|r| r.actor)
        })
    }

    /// "seized the oil tanker Eagle S", "the container ship MSC Aries": a
    /// ship named after its kind is an actor of its own, the one acted on
    /// (its flag is not its owner, and is left out).
    #[inline(never)]
    fn ship_at(&self, toks: &[Token], i: usize, cast: &mut Cast) -> Option<Mention> {
        if !matches!(
            toks[i].lower_str(),
            "tanker" | "ship" | "vessel" | "carrier" | "freighter" | "trawler" | "cutter"
        ) {
            return None;
        }
        let start = i + 1;
        let mut end = start;
        while end < toks.len()
            && end < start + 4
            && (toks[end].is_capitalized() && toks[end].is_word()
                || end > start && toks[end].text.bytes().all(|b| b.is_ascii_digit()))
        {
            end += 1;
        }
        if end == start || self.gazetteer(toks, start).is_some() {
            return None;
        }
        let name = span_text(toks, start, end);
        let o = cast.discover_org(&name, None);
        Some(self.mention(start, end, vec![o], MentionKind::Name))
    }

    fn crowd(
        &self,
        i: usize,
        end: usize,
        country: Option<String>,
        name: &str,
        cast: &mut Cast,
    ) -> Mention {
        let g = cast.group(name, country);
        self.mention(i, end, vec![g], MentionKind::Description)
    }

    fn mention(&self, i: usize, end: usize, actors: Vec<usize>, kind: MentionKind) -> Mention {
        Mention {
            start: i,
            end,
            actors,
            kind,
            place: false,
            possessive: false,
            unnamed_role: false,
        }
    }

    /// The state a person of the cast is from, as a cast actor.
    fn state_of(&self, person: usize, cast: &mut Cast) -> Option<usize> {
        let code = cast.actors[person].country.clone()?;
        let li = self.lex.country(&code)?;
        Some(cast.lexicon_actor(self.lex, li, self.date))
    }

    fn country_or_org(&self, lex_actor: usize, cast: &mut Cast) -> usize {
        cast.lexicon_actor(self.lex, lex_actor, self.date)
    }

    fn learn_title(&self, cast: &mut Cast, p: usize, title: &str) {
        if !title.is_empty()
            && !matches!(title, "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame")
            && !cast.titles[p].iter().any(|t| t == title)
        {
            cast.titles[p].push(title.to_string());
        }
        if cast.genders[p] == Gender::Unknown {
            cast.genders[p] = title_gender(title);
        }
    }

    /// A discovered person named again at `j`, by full name or surname.
    fn known_person(&self, toks: &[Token], i: usize, j: usize, cast: &Cast) -> Option<Mention> {
        let t = toks.get(j)?;
        if !t.is_capitalized() || !t.is_word() {
            return None;
        }
        if let Some(nend) = self.name(toks, j).filter(|&e| e >= j + 2) {
            let id = span_slug(toks, j, nend);
            if let Some(&p) = cast.by_id.get(&id) {
                if cast.actors[p].kind == ActorKind::Person {
                    return Some(self.mention(i, nend, vec![p], MentionKind::Name));
                }
            }
            if nend == j + 2 {
                if let Some(&p) = cast.short_names.get(&id) {
                    return Some(self.mention(i, nend, vec![p], MentionKind::Name));
                }
            }
        }
        let &p = cast.surnames.get(t.text)?;
        // "Marape James" is not "Marape": a surname ends the name.
        if toks
            .get(j + 1)
            .is_some_and(|n| n.is_capitalized() && n.is_word())
        {
            return None;
        }
        Some(self.mention(i, j + 1, vec![p], MentionKind::Name))
    }

    /// A person named after a title, who may be known by surname already.
    fn named_person(&self, name: &str, ctx: &[usize], title: &str, cast: &mut Cast) -> usize {
        if let Some(p) = self.initialled_person(name, ctx, cast) {
            self.learn_title(cast, p, title);
            return p;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        // "Mr Peskov" after "Dmitry Peskov".
        if words.len() == 1 {
            if let Some(&p) = cast.surnames.get(words[0]) {
                self.learn_title(cast, p, title);
                return p;
            }
            // "Prince Mohammed", "Sheikh Tamim", "King Salman": royals are
            // called by their first name; the one named lately.
            if matches!(
                title,
                "prince" | "crown prince" | "sheikh" | "king" | "emir" | "sultan" | "queen"
            ) {
                let first = cast.recent_people().find(|&a| {
                    cast.actors[a].name.split_whitespace().next() == Some(words[0])
                        && cast.actors[a].name.split_whitespace().count() > 1
                });
                if let Some(p) = first {
                    return p;
                }
            }
            // "Beninese President Talon": the one person the lexicon knows
            // by that last name who holds the title on the story's date
            // (of the country named, if one is).
            if !title.is_empty() {
                if let Some(li) = self.titled_last_name(words[0], ctx, title) {
                    let p = cast.lexicon_actor(self.lex, li, self.date);
                    self.learn_title(cast, p, title);
                    return p;
                }
            }
        }
        let country = ctx.first().and_then(|&c| {
            let a = &self.lex.actors[c];
            a.country.clone()
        });
        let p = cast.discover(self.lex, name, country, title_gender(title), None);
        self.learn_title(cast, p, title);
        p
    }

    /// A name written with initials before the last name ("A. Kamilov",
    /// "Ch.Aidarbekov", "Sh.M.Qureshi"): the one person the story or the
    /// lexicon knows by that last name whose first name has that initial
    /// (of the country in `ctx` when there is one).
    fn initialled_person(&self, name: &str, ctx: &[usize], cast: &mut Cast) -> Option<usize> {
        let parts: Vec<&str> = name
            .split(|c: char| c.is_whitespace() || c == '.')
            .filter(|p| !p.is_empty())
            .collect();
        let (&last, initials) = parts.split_last()?;
        if initials.is_empty()
            || last.chars().count() < 3
            || !initials
                .iter()
                .all(|i| i.chars().count() <= 2 && i.starts_with(char::is_uppercase))
        {
            return None;
        }
        let first = initials[0].chars().next()?;
        let fits = |full: &str| {
            let mut w = full.split_whitespace();
            w.next().and_then(|f| f.chars().next()) == Some(first)
                && full.split_whitespace().last() == Some(last)
        };
        if let Some(&p) = cast.surnames.get(last) {
            if fits(&cast.actors[p].name) {
                return Some(p);
            }
        }
        let country = ctx
            .first()
            .and_then(|&c| self.lex.actors[c].country.as_deref());
        let mut found = self
            .lex
            .people_with_last_name(last)
            .iter()
            .copied()
            .filter(|&li| {
                let a = &self.lex.actors[li];
                country.is_none_or(|c| a.country.as_deref() == Some(c))
                    && (fits(&a.name) || a.aliases.iter().any(|n| fits(n)))
            });
        let li = found.next()?;
        found
            .next()
            .is_none()
            .then(|| cast.lexicon_actor(self.lex, li, self.date))
    }

    /// The lexicon's one person with this last name whose terms give
    /// them `title` on the story's date, of the country in `ctx` when
    /// there is one.
    fn titled_last_name(&self, last: &str, ctx: &[usize], title: &str) -> Option<usize> {
        let country = ctx
            .first()
            .and_then(|&c| self.lex.actors[c].country.as_deref());
        let mut found =
            self.lex
                .people_with_last_name(last)
                .iter()
                .copied()
                .filter(|&li| {
                    country.is_none_or(|c| self.lex.actors[li].country.as_deref() == Some(c))
                        && self.lex.titles_of(li, self.date).iter().any(|t| {
                            t.title.eq_ignore_ascii_case(title) || t.title.ends_with(title)
                        })
                });
        let li = found.next()?;
        found.next().is_none().then_some(li)
    }

    /// "the French president", "the spokesman", "his Chinese counterpart".
    /// Whether the person `a` is their country's foreign minister on the
    /// article's date, by the lexicon's terms or by a title the story gave.
    fn foreign_minister(&self, cast: &Cast, a: usize) -> bool {
        cast.lexicon_index(a).is_some_and(|li| {
            self.lex
                .titles_of(li, self.date)
                .iter()
                .any(|t| FOREIGN_MINISTER_TITLES.contains(&t.title.as_str()))
        }) || cast.titles[a]
            .iter()
            .any(|t| FOREIGN_MINISTER_TITLES.iter().any(|f| t.ends_with(f)))
    }

    fn describe(
        &self,
        toks: &[Token],
        ctx: &[usize],
        title: &str,
        cast: &mut Cast,
        so_far: &[Mention],
    ) -> Option<usize> {
        let last = title.split_whitespace().last().unwrap_or(title);
        // A deputy or a former holder is named by the whole title only.
        let last = if ["deputy ", "vice ", "former ", "ex "]
            .iter()
            .any(|p| title.starts_with(p))
        {
            title
        } else {
            last
        };
        if let Some(&c) = ctx.first() {
            let code = self.lex.actors[c]
                .country
                .clone()
                .unwrap_or_else(|| self.lex.actors[c].id.clone());
            // "the Turkish leader": whoever leads it, if the story has
            // named them, before any other Turk it named since (a
            // minister is no leader).
            if last == "leader" {
                let holders = self.lex.office_holders(&code, "leader", self.date);
                let leads = |a: usize| {
                    cast.lexicon_index(a)
                        .is_some_and(|li| holders.contains(&li))
                        || cast.titles[a].iter().any(|t| {
                            let t = t.rsplit(' ').next().unwrap_or(t);
                            matches!(
                                t,
                                "president"
                                    | "minister"
                                    | "chancellor"
                                    | "premier"
                                    | "king"
                                    | "emir"
                                    | "leader"
                                    | "sultan"
                                    | "taoiseach"
                            )
                        }) && !cast.titles[a].iter().any(|t| {
                            ["foreign", "defence", "defense", "finance", "deputy", "vice"]
                                .iter()
                                .any(|w| t.contains(w))
                        })
                };
                if let Some(&(a, _, _)) = cast.recent.iter().find(|&&(a, _, _)| {
                    cast.actors[a].kind == ActorKind::Person
                        && cast.actors[a].country.as_deref() == Some(code.as_str())
                        && leads(a)
                }) {
                    return Some(a);
                }
            }
            // "the top US diplomat", "the American diplomat" after Blinken:
            // its foreign minister the story named, whatever the office is
            // called there.
            if last == "diplomat" {
                if let Some(&(a, _, _)) = cast.recent.iter().find(|&&(a, _, _)| {
                    cast.actors[a].kind == ActorKind::Person
                        && cast.actors[a].country.as_deref() == Some(code.as_str())
                        && self.foreign_minister(cast, a)
                }) {
                    return Some(a);
                }
                // (Not the office holder unnamed: "Russia's top diplomat in
                // Tallinn" is its ambassador.)
            }
            // Someone of that country with that title already in the story.
            for &(a, _, _) in &cast.recent {
                if cast.actors[a].kind == ActorKind::Person
                    && cast.actors[a].country.as_deref() == Some(code.as_str())
                    && (last == "counterpart"
                        || last == "leader"
                        || cast.titles[a]
                            .iter()
                            .any(|t| t == title || t.ends_with(last)))
                {
                    return Some(a);
                }
            }
            // "Wang Yi ... met his Indian counterpart": the holder there of
            // the office the last foreign person named holds, when that is
            // the foreign minister's.
            if last == "counterpart" {
                let other = cast.recent.iter().map(|&(a, _, _)| a).find(|&a| {
                    cast.actors[a].kind == ActorKind::Person
                        && cast.actors[a].country.as_deref() != Some(code.as_str())
                });
                if other.is_some_and(|a| self.foreign_minister(cast, a)) {
                    // The first name of the office that one person holds
                    // there (India's "foreign secretary" is another post).
                    let holder = FOREIGN_MINISTER_TITLES.iter().find_map(|t| {
                        match self.lex.office_holders(&code, t, self.date).as_slice() {
                            [one] => Some(*one),
                            _ => None,
                        }
                    });
                    if let Some(one) = holder {
                        return Some(cast.lexicon_actor(self.lex, one, self.date));
                    }
                }
            }
            let lookup = if matches!(last, "counterpart" | "leader" | "head") {
                "leader"
            } else {
                title
            };
            let org_or_country = if self.lex.actors[c].kind == ActorKind::Country {
                code.clone()
            } else {
                self.lex.actors[c].id.clone()
            };
            let mut holders = self.lex.office_holders(&org_or_country, lookup, self.date);
            if holders.is_empty() && self.lex.actors[c].kind != ActorKind::Country {
                holders = self
                    .body_office_holder(&org_or_country, lookup)
                    .into_iter()
                    .collect();
            }

            if holders.len() == 1 && self.date.is_some() {
                return Some(cast.lexicon_actor(self.lex, holders[0], self.date));
            }
            return None;
        }
        // No country: someone already in the story with that title.
        let exclude: Vec<usize> = so_far
            .iter()
            .flat_map(|m| m.actors.iter().copied())
            .collect();
        // One named already in the sentence by another title comes last:
        // "the Saudi Crown Prince received the Prime Minister" is not him
        // receiving himself, though he is prime minister too. (Named by
        // this title, he is meant: "Prime Minister Kishida ... the Prime
        // Minister's leadership".)
        let other_title = |a: usize| {
            so_far.iter().any(|m| {
                m.actors.contains(&a)
                    && !toks[m.start..m.end.min(toks.len())]
                        .iter()
                        .any(|t| t.lower_str() == last)
            })
        };
        let fits = |a: usize| {
            cast.actors[a].kind == ActorKind::Person
                && cast.titles[a]
                    .iter()
                    .any(|t| t == title || t.ends_with(last))
                && !(last == "counterpart" && exclude.contains(&a))
        };
        let recent = || cast.recent.iter().map(|&(a, _, _)| a);
        // ("President Duda held talks with Xi ... asked him to use his
        // influence on Vladimir Putin. The president arrived on Saturday":
        // the one the story is about, of those who hold the title.)
        let named = cast
            .protagonist()
            .filter(|&a| fits(a) && !other_title(a) && !exclude.contains(&a))
            .or_else(|| recent().find(|&a| fits(a) && !other_title(a)))
            .or_else(|| recent().find(|&a| fits(a)));
        if named.is_some() || !matches!(title, "secretary-general" | "secretary general") {
            return named;
        }
        // "the Secretary-General convened": a UN text's own chief, or the
        // chief of the body the story last named that has one, on the
        // story's date.
        let bodies: Vec<String> = recent()
            .filter(|&a| cast.actors[a].kind == ActorKind::Organisation)
            .map(|a| cast.actors[a].id.clone())
            .chain(std::iter::once("un".to_string()))
            .collect();
        let holder = bodies.iter().find_map(|org| {
            ["secretary-general", "secretary general"]
                .iter()
                .find_map(|office| self.body_office_holder(org, office))
        })?;
        (self.date.is_some()).then(|| cast.lexicon_actor(self.lex, holder, self.date))
    }

    /// The one holder on the story's date of a body's office, which the
    /// lexicon names with the body's id ("un secretary-general").
    fn body_office_holder(&self, org: &str, office: &str) -> Option<usize> {
        match self
            .lex
            .office_holders(org, &format!("{org} {office}"), self.date)
            .as_slice()
        {
            [one] => Some(*one),
            _ => None,
        }
    }
}

/// What the foreign minister's office is called, country by country.
const FOREIGN_MINISTER_TITLES: &[&str] = &[
    "foreign minister",
    "secretary of state",
    "foreign secretary",
    "minister of foreign affairs",
    "external affairs minister",
];

/// "During his re-election campaign, President Tshisekedi compared ...": a
/// "his" or "her" in an opening prepositional phrase looks ahead to the
/// person who is the subject after the comma, not back to the last person
/// of the story.
///
/// The opening phrase may follow a short time phrase: "This Wednesday, in
/// his morning conference, President López Obrador insisted"; a dateline;
/// or be described before the subject: "During his visit to Rabat, the
/// first by an Israeli foreign minister, Mr Lapid signed".
fn cataphora(toks: &[Token], out: &mut [Mention], cast: &Cast) {
    let Some(last) = out.last() else {
        return;
    };
    let Some(comma) = last.start.checked_sub(1).filter(|&c| toks[c].text == ",") else {
        return;
    };
    // After a dateline's dash, if any ("ABUJA, May 9 (Wire) - During his
    // visit, ...").
    let open = toks
        .iter()
        .take(12)
        .position(|t| matches!(t.text, "-" | "\u{2013}" | "\u{2014}"))
        .filter(|&d| d > 0 && d < comma && toks[..d].iter().any(|t| t.is_capitalized()))
        .map_or(0, |d| d + 1);
    let Some(first_comma) = toks[open..]
        .iter()
        .position(|t| t.text == ",")
        .map(|c| c + open)
    else {
        return;
    };
    let between = &toks[(first_comma + 1).min(comma)..comma];
    let named_before = |at: usize| {
        out.iter()
            .any(|m| m.start >= open && m.start < at && m.kind != MentionKind::Pronoun)
    };
    let phrase = if first_comma == comma {
        open
    } else if !between.iter().any(|t| t.text == ",")
        && first_comma <= open + 4
        && !named_before(first_comma)
    {
        // One short opener before it, naming nobody.
        first_comma + 1
    } else if !between.iter().any(|t| t.text == ",")
        && DETERMINERS.has_at(toks, first_comma + 1)
        && !out.iter().any(|m| {
            let person = m.actors.iter().any(|&a| cast.kind(a) == ActorKind::Person);
            // (A role in the description may be the subject's own: "the
            // first by an Israeli foreign minister".)
            person
                && m.start >= open
                && (m.end <= first_comma && m.kind != MentionKind::Pronoun
                    || m.end <= comma && m.kind == MentionKind::Name)
        })
    {
        // Or a phrase and a description of it: "During his visit to
        // Rabat on 11 August, the first by an Israeli foreign minister,
        // Mr Lapid signed".
        open
    } else {
        return;
    };
    if !PREPOSITIONS.has(&toks[phrase]) {
        return;
    }
    let Some(subject) = Some(last)
        .filter(|m| m.actors.len() == 1 && cast.kind(m.actors[0]) == ActorKind::Person)
        .map(|m| m.actors[0])
    else {
        return;
    };
    for m in out.iter_mut().filter(|m| m.start >= open && m.end <= comma) {
        let want = match toks[m.start].lower_str() {
            "his" => Gender::Male,
            "her" => Gender::Female,
            _ => continue,
        };
        if m.kind == MentionKind::Pronoun && gender_ok(cast.gender(subject), want) {
            m.actors = vec![subject];
        }
    }
}

/// "Sheikh Tamim bin Hamad al-Thani": a known person's name matched
/// without the family name after it ("al-Thani", "el-Sisi") takes it in,
/// so that what follows the name is read after the whole of it.
fn family_name_tails(toks: &[Token], out: &mut [Mention], cast: &Cast) {
    for i in 0..out.len() {
        let m = &out[i];
        let person = m.kind == MentionKind::Name
            && m.actors.len() == 1
            && cast.kind(m.actors[0]) == ActorKind::Person;
        let next_starts = out.get(i + 1).is_some_and(|n| n.start == m.end);
        let tail = toks.get(m.end).is_some_and(|t| {
            let w = t.lower_str();
            t.is_word() && w.len() > 4 && (w.starts_with("al-") || w.starts_with("el-"))
        });
        if person && tail && !next_starts {
            out[i].end += 1;
        }
    }
}

/// "sanctioned Israeli ministers Itamar Ben-Gvir and Bezalel Smotrich":
/// a state's people named by a plural role and then by name are those
/// people, of that state; the role is no actor of its own.
fn plural_role_names(toks: &[Token], out: &mut Vec<Mention>, cast: &mut Cast) {
    let person_name = |m: &Mention, cast: &Cast| {
        m.kind == MentionKind::Name
            && m.actors.len() == 1
            && cast.kind(m.actors[0]) == ActorKind::Person
    };
    let mut k = 0;
    while k + 1 < out.len() {
        let (role, next) = (&out[k], &out[k + 1]);
        let plural_role = role.end > role.start + 1
            && !role.possessive
            && role.actors.len() == 1
            && cast.kind(role.actors[0]) == ActorKind::Country
            && matches!(
                lw(toks, role.end - 1),
                "ministers"
                    | "officials"
                    | "leaders"
                    | "diplomats"
                    | "generals"
                    | "commanders"
                    | "lawmakers"
                    | "politicians"
                    | "legislators"
                    | "envoys"
                    | "presidents"
                    | "activists"
                    | "journalists"
            );
        if !(plural_role && next.start == role.end && person_name(next, cast)) {
            k += 1;
            continue;
        }
        let country = cast.actors[role.actors[0]].country.clone();
        // The names listed after the role: "X and Y", "X, Y and Z".
        let mut j = k + 1;
        loop {
            let p = out[j].actors[0];
            if cast.actors[p].country.is_none() {
                cast.actors[p].country = country.clone();
            }
            let Some(n) = out.get(j + 1) else { break };
            let between = &toks[out[j].end..n.start];
            let joined = !between.is_empty()
                && between.len() <= 2
                && between.iter().all(|t| matches!(t.lower_str(), "," | "and"));
            if !(joined && person_name(n, cast)) {
                break;
            }
            j += 1;
        }
        out.remove(k);
    }
}

/// The actors, sorted, of the last run of `n` mentions in `so_far` that
/// `keep` accepts and that "and" or commas join ("Mirzoyan and Bayramov",
/// "Ethiopia and Somalia"), when they are `n` different actors: who "the
/// two men" or "the two sides" of the same sentence are.
fn joined_run(
    toks: &[Token],
    so_far: &[Mention],
    n: usize,
    keep: impl Fn(&Mention) -> bool,
) -> Option<Vec<usize>> {
    let joined = |a: &Mention, b: &Mention| {
        a.end < b.start
            && toks[a.end..b.start]
                .iter()
                .all(|t| matches!(t.lower_str(), "and" | ","))
    };
    let mut v = (n..=so_far.len()).rev().find_map(|to| {
        let r = &so_far[to - n..to];
        (r.iter().all(&keep) && r.windows(2).all(|w| joined(&w[0], &w[1])))
            .then(|| r.iter().map(|m| m.actors[0]).collect::<Vec<usize>>())
    })?;
    v.sort_unstable();
    v.dedup();
    (v.len() == n).then_some(v)
}

/// "Algeria's High Security Council", "Iraq's National Security Council":
/// a body's name that the lexicon knows for an international one ("Security
/// Council"), owned by a state or led by a word of rank, is that state's
/// own body. The state acts; with no owner named, no one the lexicon
/// knows does.
fn national_councils(toks: &[Token], out: &mut Vec<Mention>, cast: &Cast) {
    let mut k = 0;
    while k < out.len() {
        let m = &out[k];
        let body = m.kind == MentionKind::Name
            && m.actors.len() == 1
            && cast.kind(m.actors[0]) == ActorKind::Organisation
            && toks[m.start].is_capitalized()
            && toks[m.start..m.end]
                .iter()
                .any(|t| matches!(t.lower_str(), "council" | "assembly" | "commission"));
        if !body {
            k += 1;
            continue;
        }
        // The capitalised words of rank before the name.
        let mut j = m.start;
        while j > 0
            && matches!(
                toks[j - 1].text,
                "National" | "High" | "Supreme" | "Federal" | "Defence" | "Defense" | "State"
            )
        {
            j -= 1;
        }
        let owner = (k > 0)
            .then(|| &out[k - 1])
            .filter(|o| {
                o.possessive
                    && o.end + 1 == j
                    && o.actors.len() == 1
                    && cast.kind(o.actors[0]) == ActorKind::Country
            })
            .map(|o| o.actors[0]);
        match owner {
            Some(state) => {
                let start = out[k - 1].start;
                let end = out[k].end;
                out[k - 1] = Mention {
                    start,
                    end,
                    actors: vec![state],
                    kind: MentionKind::Name,
                    place: false,
                    possessive: false,
                    unnamed_role: false,
                };
                out.remove(k);
            }
            None if j < m.start => {
                out.remove(k);
            }
            None => k += 1,
        }
    }
}

/// "hideouts of Baloch separatist groups": a lone surname between a
/// preposition or determiner and a lowercase modifier of a plural noun is
/// a word used attributively (a people, a place), not the person the story
/// named.
fn attributive_surnames(toks: &[Token], out: &mut Vec<Mention>, cast: &Cast) {
    out.retain(|m| {
        let lone = m.end == m.start + 1
            && m.kind == MentionKind::Name
            && m.actors.len() == 1
            && cast.kind(m.actors[0]) == ActorKind::Person
            && !m.possessive;
        if !lone || m.start == 0 {
            return true;
        }
        let before = &toks[m.start - 1];
        let lower = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.is_word() && !t.is_capitalized())
        };
        let attributive = (PREPOSITIONS.has(before) || DETERMINERS.has(before))
            && lower(m.end)
            && !AUX.has_at(toks, m.end)
            // ("spoke with Nyusi the previous week": a time after the
            // name.)
            && !DETERMINERS.has_at(toks, m.end)
            && !ADVERBS.has_at(toks, m.end)
            && !lw(toks, m.end).ends_with("ed")
            && lower(m.end + 1)
            && lw(toks, m.end + 1).len() > 3
            && lw(toks, m.end + 1).ends_with('s')
            && !lw(toks, m.end + 1).ends_with("ss");
        !attributive
    });
}

fn title_gender(title: &str) -> Gender {
    match title {
        "mr" | "sir" | "king" | "prince" | "lord" | "baron" | "spokesman" | "emir" | "sultan"
        | "sheikh" => Gender::Male,
        "mrs" | "ms" | "miss" | "dame" | "queen" | "princess" | "lady" | "baroness"
        | "spokeswoman" => Gender::Female,
        _ => Gender::Unknown,
    }
}

fn matches_lower(toks: &[Token], j: usize, words: &[String]) -> bool {
    words.iter().enumerate().all(|(k, w)| {
        toks.get(j + k)
            .is_some_and(|t| same_word(trim_dots(&t.lower), trim_dots(w)))
    })
}

/// `s.trim_end_matches('.')`, by a scan of bytes rather than the generic
/// character search (asked for every word of every title tried).
fn trim_dots(s: &str) -> &str {
    let keep = s.bytes().rposition(|b| b != b'.').map_or(0, |p| p + 1);
    // A cut after a byte that is not a '.' ends a character: a character's
    // last byte is a lone ASCII byte or the last of its encoding.
    &s[..keep]
}

/// `slug(&span_text(toks, i, end))`, made from the tokens directly: a
/// capitalised run is looked up among the article's people by id for
/// nearly every run that is not in the lexicon, and the joined text was
/// one more allocation each time. (`span_text` joins with a space or
/// nothing; either way a non-alphanumeric character separates the words,
/// which is all a slug sees: see [`push_slug`].)
fn span_slug(toks: &[Token], i: usize, end: usize) -> String {
    let span = &toks[i..end.min(toks.len())];
    let room = span.iter().map(|t| t.text.len() + 1).sum::<usize>();
    let mut id = String::with_capacity(room);
    for t in span {
        push_slug(&mut id, t.text);
    }
    id
}

/// The text of tokens `i..end`, with original spacing collapsed.
pub fn span_text(toks: &[Token], i: usize, end: usize) -> String {
    let span = &toks[i..end.min(toks.len())];
    // Room for every token and a space between each two, so that the
    // string is allocated once rather than grown.
    let room = span.iter().map(|t| t.text.len() + 1).sum::<usize>();
    let mut s = String::with_capacity(room);
    for (k, t) in span.iter().enumerate() {
        if k > 0 && !(t.lower == "'s" || t.text == "," || t.text == ".") {
            s.push(' ');
        }
        s.push_str(t.text);
    }
    s
}

/// Bodies that act for a state: "its foreign ministry", "the government".
/// Whether the words before `i` are only a time phrase that opens the
/// sentence ("In March 2022 the government expelled ...", "On Friday the
/// authorities detained ..."): what follows starts the clause as surely as
/// after a comma, which such a short phrase often goes without.
fn fronted_time(toks: &[Token], i: usize) -> bool {
    i <= 8
        && crate::time::find(&toks[..i]).iter().any(|t| {
            t.end == i
                && (t.start == 0
                    || t.start == 1
                        && matches!(toks[0].lower_str(), "in" | "on" | "at" | "by" | "since"))
        })
}

/// A lowercase compound that says whom a body answers to: "army-aligned",
/// "Taliban-run" as written lowercase, "junta-appointed".
fn allegiance_compound(w: &str) -> bool {
    w.rsplit_once('-').is_some_and(|(by, how)| {
        !by.is_empty()
            && matches!(
                how,
                "aligned" | "backed" | "led" | "run" | "controlled" | "appointed" | "installed"
            )
    })
}

/// Verbs whose object is blamed "of" or "for" something.
const ACCUSING: &[&str] = &[
    "accused",
    "accuses",
    "accusing",
    "accuse",
    "blamed",
    "blames",
    "blaming",
    "condemned",
    "condemns",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "denounced",
    "faulted",
    "rebuked",
    "slammed",
];

/// A state's envoys and missions: "Ukraine's ambassador" acted on is
/// Ukraine acted on.
const ENVOY_NOUNS: &[&str] = &[
    "ambassador",
    "envoy",
    "envoys",
    "diplomats",
    "diplomat",
    "charge",
    "chargé",
    "consul",
    "embassy",
    "mission",
];

const STATE_BODIES: &[&[&str]] = &[
    &["foreign", "ministry"],
    &["foreign", "office"],
    &["ministry", "of", "foreign", "affairs"],
    &["foreign", "affairs", "ministry"],
    &["defence", "ministry"],
    &["defense", "ministry"],
    &["ministry", "of", "defence"],
    &["ministry", "of", "defense"],
    &["interior", "ministry"],
    &["government"],
    &["cabinet"],
    &["junta"],
    &["military"],
    &["army"],
    &["navy"],
    &["armed", "forces"],
    &["coast", "guard"],
    &["air", "force"],
    &["air", "defences"],
    &["air", "defenses"],
    &["troops"],
    &["forces"],
    &["security", "forces"],
    // "Israel said its aircraft struck a Hezbollah facility": a state's
    // arms and the men who bear them act for it.
    &["aircraft"],
    &["warplanes"],
    &["jets"],
    &["fighter", "jets"],
    &["drones"],
    &["warships"],
    &["soldiers"],
    &["artillery"],
    &["border", "guards"],
    &["police"],
    &["authorities"],
    &["presidency"],
    &["ministry"],
    &["department"],
];

/// The arms and soldiers among [`STATE_BODIES`].
const ARMS: &[&str] = &[
    "aircraft",
    "warplanes",
    "jets",
    "fighter",
    "drones",
    "warships",
    "soldiers",
    "artillery",
];

/// Whether a word may open a counted crowd ("thousands", "several", a
/// number) or a ship ("tanker", "vessel"): by its first byte and length.
fn may_open_crowd_or_ship(w: &str) -> bool {
    let b = w.as_bytes();
    match (b.first(), b.len()) {
        (Some(b'0'..=b'9'), _) => true,
        // tens, thousands, tanker, trawler; hundreds; dozens; scores,
        // several, some, ship; millions; a, an, about, around; nearly; over;
        // vessel; carrier, cutter; freighter.
        (Some(b't'), 4 | 6 | 7 | 9)
        | (Some(b'h'), 8)
        | (Some(b'd'), 6)
        | (Some(b's'), 4 | 6 | 7)
        | (Some(b'm'), 8)
        | (Some(b'a'), 1 | 2 | 5 | 6)
        | (Some(b'n'), 6)
        | (Some(b'o'), 4)
        | (Some(b'v'), 6)
        | (Some(b'c'), 6 | 7)
        | (Some(b'f'), 9) => true,
        _ => false,
    }
}

/// What the people of a counted crowd may be, besides "people",
/// "protesters" and "demonstrators".
const CROWD_HEADS: &[&str] = &[
    "women",
    "students",
    "workers",
    "residents",
    "farmers",
    "supporters",
    "activists",
    "mourners",
    "villagers",
    "citizens",
];

/// Whether a crowd's verb follows at `k`: right there, or after another
/// verb of the same clause ("Thousands of people banged pots and pans and
/// marched").
fn crowd_verb(toks: &[Token], k: usize) -> bool {
    crowd_verb_at(toks, k)
        || (k + 1..(k + 10).min(toks.len()))
            .take_while(|&j| {
                !matches!(
                    lw(toks, j),
                    "," | ";" | ":" | "." | "who" | "which" | "that" | "said" | "says" | "but"
                )
            })
            .any(|j| lw(toks, j - 1) == "and" && crowd_verb_at(toks, j))
}

/// A verb at `k` that says a counted crowd protests ("marched",
/// "rallied").
fn crowd_verb_at(toks: &[Token], k: usize) -> bool {
    // ("Thousands had marched", "have rallied", "people also protested".)
    let mut k = k;
    while matches!(
        lw(toks, k),
        "had" | "have" | "were" | "also" | "again" | "reportedly" | "then" | "later"
    ) {
        k += 1;
    }
    // A headline's present: "Tens of thousands march in Yangon".
    if matches!(
        lw(toks, k),
        "march" | "rally" | "protest" | "demonstrate" | "gather" | "take"
    ) {
        return true;
    }
    toks.get(k).is_some_and(|t| {
        matches!(
            t.lower_str(),
            "marched"
                | "rallied"
                | "protested"
                | "demonstrated"
                | "gathered"
                | "poured"
                | "thronged"
                | "massed"
                | "took"
                | "filled"
                | "flooded"
                | "converged"
                | "staged"
        )
    })
}

/// "General Secretary and President To Lam": two offices of one person
/// before the name; the first is no one else.
fn double_titles(toks: &[Token], out: &mut Vec<Mention>, cast: &Cast) {
    let drop: Vec<usize> = (0..out.len().saturating_sub(1))
        .filter(|&i| {
            let (m, n) = (&out[i], &out[i + 1]);
            m.kind == MentionKind::Description
                && toks[m.start].is_capitalized()
                && (m.start == 0 || !DETERMINERS.has(&toks[m.start - 1]))
                && n.start == m.end + 1
                && toks[m.end].lower_str() == "and"
                && n.kind == MentionKind::Name
                && n.start + 1 < n.end
                && n.actors.len() == 1
                && cast.kind(n.actors[0]) == ActorKind::Person
        })
        .collect();
    for i in drop.into_iter().rev() {
        out.remove(i);
    }
}

/// "THOMAS-GREENFIELD" -> "Thomas-Greenfield", "AL-HARITH" -> "Al-Harith":
/// a word printed in capitals, in title case.
/// "a NATO member state", "an EU country": one state of a body the text
/// does not name is not the body.
fn unnamed_members(toks: &[Token], out: &mut Vec<Mention>, cast: &Cast) {
    out.retain(|m| {
        let indefinite = matches!(lw(toks, m.start), "a" | "an" | "another")
            || m.start > 0 && matches!(lw(toks, m.start - 1), "a" | "an" | "another");
        !(indefinite
            && m.actors.len() == 1
            && cast.kind(m.actors[0]) == ActorKind::Organisation
            && matches!(
                lw(toks, m.end),
                "member" | "country" | "state" | "ally" | "nation" | "government"
            ))
    });
}

fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::trim_dots;

    #[test]
    fn trim_dots_is_trim_end_matches() {
        for s in [
            "", ".", "..", "gen.", "gen", "u.s.", "é.", ".é", "a.b..", "….",
        ] {
            assert_eq!(trim_dots(s), s.trim_end_matches('.'), "{s}");
        }
    }
}
