//! The event graph: actors as nodes, events as edges, merged with their
//! evidence, and its versioned RON store.
//!
//! Actors and events live in sorted maps keyed by our own ids, so that the
//! same input always gives the same bytes; the petgraph view is derived from
//! them on demand and never persisted (petgraph indices are not stable).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::fasthash::{FastMap, FastSet, FxHasher};
use crate::model::{Actor, ActorId, Event, Precision, Relation, When};

pub mod store;

/// The graph file format version written by this build.
pub const FORMAT_VERSION: u32 = 1;

/// Metadata of an article that contributed to a graph.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ArticleMeta {
    pub id: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// A multigraph of diplomatic events with timestamps and provenance.
///
/// ```
/// use dipgraph::graph::EventGraph;
/// use dipgraph::model::*;
/// let mut g = EventGraph::new();
/// g.add_actor(Actor::new("fra", "France", ActorKind::Country));
/// g.add_actor(Actor::new("chn", "China", ActorKind::Country));
/// g.add_event(Event {
///     source: "fra".into(), target: "chn".into(), relation: Relation::Visit,
///     cameo: "042".into(), when: When::unknown(), confidence: 0.9, planned: false,
///     evidence: vec![],
/// });
/// assert_eq!(g.event_count(), 1);
/// assert_eq!(g.petgraph().0.edge_count(), 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct EventGraph {
    actors: BTreeMap<ActorId, Actor>,
    /// Events by their key, whose actor ids are numbers in `ids`.
    events: Events,
    articles: BTreeMap<String, ArticleMeta>,
    /// The numbers of the actor ids that event keys name.
    ids: Ids,
}

/// Two graphs are equal when their actors, events and articles are: the
/// numbering of actor ids is only storage.
impl PartialEq for EventGraph {
    fn eq(&self, other: &EventGraph) -> bool {
        self.actors == other.actors
            && self.articles == other.articles
            && self.events.len() == other.events.len()
            && self.events().eq(other.events())
    }
}

/// Actor ids numbered in the order they were first seen.
#[derive(Debug, Clone)]
struct Ids {
    numbers: FastMap<Arc<str>, u32>,
    names: Vec<Arc<str>>,
    /// Every id came after all those before it in name order, so that
    /// numbers order as the ids do (true of a loaded graph, whose actors
    /// are numbered in order).
    in_order: bool,
}

impl Default for Ids {
    fn default() -> Ids {
        Ids {
            numbers: FastMap::default(),
            names: Vec::new(),
            in_order: true,
        }
    }
}

impl Ids {
    /// The number of `id`, given on first use.
    fn number(&mut self, id: &str) -> u32 {
        if let Some(&n) = self.numbers.get(id) {
            return n;
        }
        let n = u32::try_from(self.names.len()).expect("fewer than 2^32 actor ids");
        if self.names.last().is_some_and(|last| **last > *id) {
            self.in_order = false;
        }
        let shared: Arc<str> = Arc::from(id);
        self.numbers.insert(Arc::clone(&shared), n);
        self.names.push(shared);
        n
    }

    /// The place of each number's id in name order.
    fn ranks(&self) -> Vec<u32> {
        let mut by_name: Vec<u32> = (0..self.names.len() as u32).collect();
        by_name.sort_unstable_by(|&a, &b| self.names[a as usize].cmp(&self.names[b as usize]));
        let mut rank = vec![0; by_name.len()];
        for (r, &n) in by_name.iter().enumerate() {
            rank[n as usize] = r as u32;
        }
        rank
    }
}

/// The merge key of an event, [`Event::key`] in the form the graph keeps.
///
/// A graph of a hundred thousand articles holds two million events, and
/// `EventKey` took three allocations for each (two actor ids and the date
/// label), about 180 bytes an event beside the event itself. Here the ids
/// are numbers (see [`Ids`]) and the label is kept inline, so that keys
/// compare as integers: comparing the ids as strings, some thirty times
/// per insert into a map of two million, was most of the cost of merging.
///
/// Keys order as the numbers do. Events are listed in `EventKey`'s order
/// (source, target, relation, date label): when the numbers follow the
/// ids' order that is the keys' own order, and otherwise the keys are
/// sorted by the ids' places in name order (see [`EventGraph::entries`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    source: u32,
    target: u32,
    relation: Relation,
    date: DateLabel,
}

/// Four words, hashed as such (the derived hash would feed the date's
/// sixteen bytes with their length).
impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(u64::from(self.source) << 32 | u64::from(self.target));
        let date = u128::from_le_bytes(self.date.0);
        state.write_u64(date as u64 ^ (self.relation as u64) << 56);
        state.write_u64((date >> 64) as u64);
    }
}

/// Events per chunk of [`Events`]: 64 Ki events of about 180 bytes.
const CHUNK: usize = 1 << 16;

/// The events of a graph with their keys, in the order they were first
/// added, found by key through a hash table.
///
/// This was a `BTreeMap<Key, Event>`. Merging a 100,000-article build into
/// it searched a tree of nearly two million events for every report, a
/// chain of cache misses, and shifted 180-byte events within its nodes:
/// three of the four CPU seconds of merging, on the thread that also feeds
/// the extracting ones. A hash lookup is one or two misses; the order the
/// output needs is made once, when the events are listed (a loaded graph
/// is already in that order). The events sit in fixed-size chunks, so that
/// growing never copies them nor holds two copies at once.
///
/// The table holds only each event's number and half its key's hash, 8
/// bytes a slot instead of the 32 of a key and a number: fresh memory is
/// dear on these machines (the system zeroes every page a process first
/// touches), and the table is rebuilt larger as it grows.
#[derive(Debug, Clone)]
struct Events {
    chunks: Vec<Vec<(Key, Event)>>,
    len: usize,
    /// Each event's number and [`Events::hash`] of its key; empty until
    /// the first lookup in a graph read from a file (`indexed` false),
    /// which is often only queried.
    index: hashbrown::HashTable<(u32, u32)>,
    indexed: bool,
    /// Every key came after all those before it, so that the order of
    /// adding is the keys' order (true of a graph read from a file).
    increasing: bool,
}

impl Default for Events {
    fn default() -> Events {
        Events {
            chunks: Vec::new(),
            len: 0,
            index: hashbrown::HashTable::new(),
            indexed: true,
            increasing: true,
        }
    }
}

impl Events {
    /// Events in strictly increasing key order, without an index yet.
    fn from_increasing(keyed: Vec<(Key, Event)>) -> Events {
        let mut events = Events {
            indexed: false,
            ..Events::default()
        };
        for (k, e) in keyed {
            events.append(k, e);
        }
        events
    }

    fn len(&self) -> usize {
        self.len
    }

    /// Half the key's hash, kept in the table.
    fn hash(key: &Key) -> u32 {
        let mut h = FxHasher::default();
        key.hash(&mut h);
        (h.finish() >> 32) as u32
    }

    /// The table's hash of a kept half: its low bits place the slot and
    /// its top seven bits tag it, so both must come from all 32.
    fn spread(half: u32) -> u64 {
        u64::from(half).wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }

    fn at(&mut self, n: u32) -> &mut Event {
        let n = n as usize;
        &mut self.chunks[n / CHUNK][n % CHUNK].1
    }

    /// Adds an event at the end, without indexing it.
    fn append(&mut self, key: Key, event: Event) {
        if self.chunks.last().is_none_or(|c| c.len() == CHUNK) {
            self.chunks.push(Vec::with_capacity(CHUNK));
        }
        if self.increasing && self.len > 0 {
            let last = &self.chunks[(self.len - 1) / CHUNK];
            if last.last().is_some_and(|(k, _)| *k >= key) {
                self.increasing = false;
            }
        }
        self.chunks
            .last_mut()
            .expect("a chunk with room")
            .push((key, event));
        self.len += 1;
    }

    fn number(&self) -> u32 {
        u32::try_from(self.len).expect("fewer than 2^32 events")
    }

    /// Merges `event` into the event stored under `key` with `merge`, or
    /// stores it under `key`.
    fn merge_or_push(&mut self, key: Key, event: Event, merge: impl FnOnce(&mut Event, Event)) {
        self.ensure_index();
        let half = Events::hash(&key);
        let chunks = &self.chunks;
        let found = self.index.entry(
            Events::spread(half),
            |&(n, h)| h == half && chunks[n as usize / CHUNK][n as usize % CHUNK].0 == key,
            |&(_, h)| Events::spread(h),
        );
        match found {
            hashbrown::hash_table::Entry::Occupied(slot) => {
                let n = slot.get().0;
                merge(self.at(n), event);
            }
            hashbrown::hash_table::Entry::Vacant(slot) => {
                slot.insert((
                    u32::try_from(self.len).expect("fewer than 2^32 events"),
                    half,
                ));
                self.append(key, event);
            }
        }
    }

    /// Adds an event whose key is not there yet.
    fn push(&mut self, key: Key, event: Event) {
        if self.indexed {
            let entry = (self.number(), Events::hash(&key));
            self.index
                .insert_unique(Events::spread(entry.1), entry, |&(_, h)| Events::spread(h));
        }
        self.append(key, event);
    }

    fn ensure_index(&mut self) {
        if !self.indexed {
            self.index.reserve(self.len, |&(_, h)| Events::spread(h));
            for (n, (k, _)) in self.chunks.iter().flatten().enumerate() {
                let h = Events::hash(k);
                self.index
                    .insert_unique(Events::spread(h), (n as u32, h), |&(_, h)| {
                        Events::spread(h)
                    });
            }
            self.indexed = true;
        }
    }

    /// Keys and events in the order they were added.
    fn iter(&self) -> impl Iterator<Item = &(Key, Event)> + '_ {
        self.chunks.iter().flatten()
    }

    fn into_values(self) -> impl Iterator<Item = Event> {
        self.chunks.into_iter().flatten().map(|(_, e)| e)
    }

    /// Keeps the events for which `keep` is true, in the same order.
    fn retain(&mut self, mut keep: impl FnMut(&Key) -> bool) {
        let old = std::mem::take(self);
        self.increasing = old.increasing;
        for (k, e) in old.chunks.into_iter().flatten() {
            if keep(&k) {
                self.push(k, e);
            }
        }
    }
}

/// [`When::label`] as bytes padded with zeros, all zeros for no label.
///
/// It orders as the `Option<String>` label does: no label comes first, and a
/// label that is a prefix of another (`2023`, `2023-04`) first of the two,
/// since no label holds a zero byte. Labels are at most 13 bytes
/// (`+262143-12-31`: chrono's years end there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct DateLabel([u8; 16]);

/// The bytes' order, as one comparison of two 128-bit numbers.
impl Ord for DateLabel {
    fn cmp(&self, other: &DateLabel) -> Ordering {
        u128::from_be_bytes(self.0).cmp(&u128::from_be_bytes(other.0))
    }
}

impl PartialOrd for DateLabel {
    fn partial_cmp(&self, other: &DateLabel) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl DateLabel {
    fn of(when: &When) -> DateLabel {
        use chrono::Datelike;
        let mut b = [0u8; 16];
        let put = |b: &mut [u8], n: u32| {
            let mut n = n;
            for d in b.iter_mut().rev() {
                *d = b'0' + (n % 10) as u8;
                n /= 10;
            }
        };
        match (when.date, when.precision) {
            // Four-digit years, spelled directly as `label` spells them:
            // this runs for every event added.
            (Some(d), Precision::Day | Precision::Month | Precision::Year)
                if (0..=9999).contains(&d.year()) =>
            {
                put(&mut b[0..4], d.year() as u32);
                if when.precision != Precision::Year {
                    b[4] = b'-';
                    put(&mut b[5..7], d.month());
                }
                if when.precision == Precision::Day {
                    b[7] = b'-';
                    put(&mut b[8..10], d.day());
                }
            }
            _ => {
                if let Some(label) = when.label() {
                    let n = label.len();
                    assert!(n <= b.len(), "date label {label:?} longer than 16 bytes");
                    b[..n].copy_from_slice(label.as_bytes());
                }
            }
        }
        DateLabel(b)
    }
}

/// Merges a report of an event into the stored event with the same key.
fn merge_event(existing: &mut Event, event: Event) {
    // Grow the evidence by a quarter at least, not by doubling: nearly
    // every event has one or two reports, and a doubled list of 192-byte
    // records left two empty slots in every event reported twice.
    let needed = existing.evidence.len() + event.evidence.len();
    if needed > existing.evidence.capacity() {
        let more = event.evidence.len().max(existing.evidence.len() / 4);
        existing.evidence.reserve_exact(more);
    }
    // Both lists are sorted: insert each new report in place.
    // Reports mostly come in order, so this is an append, and a
    // collection that repeats one event many times stays linear.
    for ev in event.evidence {
        if let Err(i) = existing.evidence.binary_search(&ev) {
            existing.evidence.insert(i, ev);
        }
    }
    if event.confidence > existing.confidence {
        existing.confidence = event.confidence;
    }
    existing.planned = existing.planned && event.planned;
    // The finer CAMEO code and the raw date words are chosen
    // deterministically, whatever order the reports come in.
    if event.cameo > existing.cameo {
        existing.cameo = event.cameo;
    }
    if (&event.when.raw, event.when.source) > (&existing.when.raw, existing.when.source) {
        existing.when = event.when;
    }
}

/// The on-disk form: our own versioned struct, referring to actors by id.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GraphFile {
    pub version: u32,
    pub actors: Vec<Actor>,
    pub events: Vec<Event>,
    #[serde(default)]
    pub articles: Vec<ArticleMeta>,
}

/// Merges two records of one actor; commutative and associative, so that
/// graphs merge the same whatever the order.
fn merge_actor(existing: &mut Actor, other: Actor) {
    existing.kind = existing.kind.min(other.kind);
    existing.country = match (existing.country.take(), other.country) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    // Nearly every record of a known actor brings no new name: then the
    // name and aliases below would come out as they are. The aliases of an
    // actor in the graph are sorted, unique and without its name.
    // The commonest case first, in one pass: a lexicon actor's record
    // carries the same sorted names the graph has for it.
    if other.name == existing.name && other.aliases == existing.aliases {
        return;
    }
    let known = |n: &String| *n == existing.name || existing.aliases.binary_search(n).is_ok();
    if other.name >= existing.name && known(&other.name) && other.aliases.iter().all(known) {
        return;
    }
    let mut names: BTreeSet<String> = std::mem::take(&mut existing.aliases).into_iter().collect();
    names.extend(other.aliases);
    names.insert(existing.name.clone());
    if other.name < existing.name {
        existing.name = other.name;
    } else {
        names.insert(other.name);
    }
    names.remove(&existing.name);
    existing.aliases = names.into_iter().collect();
}

/// The number after a `version:` near the start of a file, if any.
fn leading_version(text: &str) -> Option<u32> {
    let mut n = text.len().min(256);
    while !text.is_char_boundary(n) {
        n -= 1;
    }
    let head = &text[..n];
    let rest = &head[head.find("version")? + "version".len()..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

/// Only the version, read first so that a newer or older file gets a clear
/// message instead of a field-by-field parse error.
#[derive(Deserialize)]
struct VersionProbe {
    version: u32,
}

impl EventGraph {
    pub fn new() -> EventGraph {
        EventGraph::default()
    }

    /// Adds an actor, or merges it into the actor of the same id.
    ///
    /// Merging does not depend on the order the records come in (the same
    /// articles in any file order give the same bytes): the name is the
    /// smallest of the names seen, the others become aliases, the kind is
    /// the first in [`ActorKind`] order and the country the smallest known.
    pub fn add_actor(&mut self, actor: Actor) {
        match self.actors.get_mut(&actor.id) {
            Some(existing) => merge_actor(existing, actor),
            None => {
                let mut a = actor;
                let names = std::mem::take(&mut a.aliases);
                a.add_aliases(names);
                self.actors.insert(a.id.clone(), a);
            }
        }
    }

    /// Records an article's metadata. Two articles with the same id (two
    /// `report.txt` in different folders) keep the smaller record, so that
    /// the result does not depend on which was read first.
    pub fn add_article(&mut self, meta: ArticleMeta) {
        match self.articles.get_mut(&meta.id) {
            Some(existing) => {
                if meta < *existing {
                    *existing = meta;
                }
            }
            None => {
                self.articles.insert(meta.id.clone(), meta);
            }
        }
    }

    /// Adds an event, merging it into the edge with the same key: the
    /// evidence becomes the sorted union, confidence the highest, and the
    /// event counts as planned only while every report says so.
    pub fn add_event(&mut self, mut event: Event) {
        event.canonicalize();
        event.evidence.sort();
        event.evidence.dedup();
        // `Event::key` of the canonical event: the pair is in order already.
        let key = Key {
            source: self.ids.number(&event.source),
            target: self.ids.number(&event.target),
            relation: event.relation,
            date: DateLabel::of(&event.when),
        };
        self.events.merge_or_push(key, event, merge_event);
    }

    /// Merges another graph into this one. Merging is order-independent:
    /// `a.merge(b)` and `b.merge(a)` give equal graphs.
    pub fn merge(&mut self, other: EventGraph) {
        for a in other.actors.into_values() {
            self.add_actor(a);
        }
        for m in other.articles.into_values() {
            self.add_article(m);
        }
        for e in other.events.into_values() {
            self.add_event(e);
        }
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.get(id)
    }
    pub fn actors(&self) -> impl Iterator<Item = &Actor> {
        self.actors.values()
    }
    /// Events in key order (source, target, relation, date).
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        self.entries().map(|(_, e)| e)
    }

    /// The events with their keys, in key order (source, target, relation,
    /// date): the order they were added in when that was the keys' order
    /// and the id numbers follow the ids' order (a loaded graph);
    /// otherwise the events sorted by the ids' places in name order.
    fn entries(&self) -> Box<dyn Iterator<Item = (&Key, &Event)> + '_> {
        let events = &self.events;
        if self.ids.in_order && events.increasing {
            return Box::new(events.iter().map(|(k, e)| (k, e)));
        }
        use rayon::prelude::*;
        // Sorted as (actor pair, event number) pairs, 16 bytes each, with
        // the pair's places in name order worked out once per event: the
        // comparisons then read nothing else. Sorting references to the
        // keys by their ranks looked the keys and the ranks up again in
        // every comparison, from all over two million events. The events
        // of one pair (a few, mostly) are then put in relation and date
        // order.
        let rank = (!self.ids.in_order).then(|| self.ids.ranks());
        let pair = |k: &Key| match &rank {
            Some(rank) => {
                u64::from(rank[k.source as usize]) << 32 | u64::from(rank[k.target as usize])
            }
            None => u64::from(k.source) << 32 | u64::from(k.target),
        };
        let mut order: Vec<(u64, u32)> = events
            .iter()
            .enumerate()
            .map(|(n, (k, _))| (pair(k), n as u32))
            .collect();
        order.par_sort_unstable();
        let entry = move |n: u32| {
            let (k, e) = &events.chunks[n as usize / CHUNK][n as usize % CHUNK];
            (k, e)
        };
        // Keys are unique: an unstable sort gives the one order.
        order
            .par_chunk_by_mut(|a, b| a.0 == b.0)
            .filter(|run| run.len() > 1)
            .for_each(|run| {
                run.sort_unstable_by_key(|&(_, n)| {
                    let k = entry(n).0;
                    (k.relation, k.date)
                })
            });
        Box::new(order.into_iter().map(move |(_, n)| entry(n)))
    }

    pub fn articles(&self) -> impl Iterator<Item = &ArticleMeta> {
        self.articles.values()
    }
    pub fn actor_count(&self) -> usize {
        self.actors.len()
    }
    pub fn event_count(&self) -> usize {
        self.events.len()
    }
    pub fn article_count(&self) -> usize {
        self.articles.len()
    }

    /// Keeps only the events for which `keep` is true, and the actors they
    /// touch.
    pub fn retain_events<F: FnMut(&Event) -> bool>(&mut self, mut keep: F) {
        // `keep` sees the events in the order `events` lists them.
        let dropped: FastSet<Key> = self
            .entries()
            .filter(|(_, e)| !keep(e))
            .map(|(k, _)| *k)
            .collect();
        if !dropped.is_empty() {
            self.events.retain(|k| !dropped.contains(k));
        }
        let used: BTreeSet<&str> = self
            .events
            .iter()
            .flat_map(|(_, e)| [e.source.as_str(), e.target.as_str()])
            .collect();
        self.actors.retain(|id, _| used.contains(id.as_str()));
    }

    /// The petgraph view: one node per actor (weight: actor id), one edge per
    /// event (weight: index into `events()` order). Built on demand; indices
    /// are valid only for this view.
    pub fn petgraph(&self) -> (DiGraph<&str, usize>, BTreeMap<&str, NodeIndex>) {
        let mut g = DiGraph::with_capacity(self.actors.len(), self.events.len());
        let mut index = BTreeMap::new();
        for id in self.actors.keys() {
            index.insert(id.as_str(), g.add_node(id.as_str()));
        }
        for (i, e) in self.events().enumerate() {
            if let (Some(&s), Some(&t)) =
                (index.get(e.source.as_str()), index.get(e.target.as_str()))
            {
                g.add_edge(s, t, i);
            }
        }
        (g, index)
    }

    /// The file form of the graph, in canonical order.
    pub fn to_file(&self) -> GraphFile {
        GraphFile {
            version: FORMAT_VERSION,
            actors: self.actors.values().cloned().collect(),
            events: self.events().cloned().collect(),
            articles: self.articles.values().cloned().collect(),
        }
    }

    /// Rebuilds a graph from its file form, checking that every event refers
    /// to a known actor.
    pub fn from_file(file: GraphFile) -> Result<EventGraph, String> {
        let mut g = EventGraph::new();
        for a in file.actors {
            g.add_actor(a);
        }
        for m in file.articles {
            g.add_article(m);
        }
        use rayon::prelude::*;
        if let Some((i, id)) = file
            .events
            .par_iter()
            .enumerate()
            .find_first(|(_, e)| {
                !g.actors.contains_key(&e.source) || !g.actors.contains_key(&e.target)
            })
            .map(|(i, e)| {
                let id = if g.actors.contains_key(&e.source) {
                    &e.target
                } else {
                    &e.source
                };
                (i, id)
            })
        {
            return Err(format!("event {} refers to unknown actor '{id}'", i + 1));
        }
        let canonical = file.events.par_iter().all(Event::is_canonical);
        // The actors in order: their numbers follow their ids' order, and
        // the map's order is the key order.
        for id in g.actors.keys() {
            g.ids.number(id);
        }
        let ids = &g.ids;
        let number = |id: &str| *ids.numbers.get(id).expect("checked: a known actor");
        let keyed: Vec<(Key, Event)> = file
            .events
            .into_par_iter()
            .map(|e| {
                let (s, t) = if e.relation.is_symmetric() && e.target < e.source {
                    (&e.target, &e.source)
                } else {
                    (&e.source, &e.target)
                };
                let key = Key {
                    source: number(s),
                    target: number(t),
                    relation: e.relation,
                    date: DateLabel::of(&e.when),
                };
                (key, e)
            })
            .collect();
        // A file this program wrote lists canonical events in strictly
        // increasing key order: the map is then built in one pass instead of
        // by 200,000 merging inserts. Anything else takes the merging path.
        if canonical && keyed.windows(2).all(|w| w[0].0 < w[1].0) {
            g.events = Events::from_increasing(keyed);
        } else {
            for (_, e) in keyed {
                g.add_event(e);
            }
        }
        Ok(g)
    }

    /// Writes the graph as RON to any writer, streaming: the text is never
    /// held in memory whole. The bytes are those of the `ron` crate's pretty
    /// printer (see [`store`]).
    pub fn write_ron<W: Write>(&self, w: W) -> std::io::Result<()> {
        store::write_parts(
            FORMAT_VERSION,
            self.actors.values(),
            self.events(),
            self.articles.values(),
            w,
        )
    }

    /// The graph as RON text.
    pub fn to_ron_string(&self) -> String {
        let mut buf = Vec::new();
        self.write_ron(&mut buf)
            .expect("writing to memory cannot fail");
        String::from_utf8(buf).expect("RON output is UTF-8")
    }

    /// Parses a graph from RON text; `path` names the file in errors.
    pub fn from_ron_str(text: &str, path: &Path) -> Result<EventGraph, Error> {
        let version_error = |found: u32| Error::GraphVersion {
            path: path.to_path_buf(),
            found,
            supported: FORMAT_VERSION,
        };
        // Version 1 is the first format there has been, so there is nothing
        // to migrate from yet: any other version is refused with a message
        // that says what to do. A migration from version N goes here, before
        // the parse, when version N + 1 is introduced.
        // The leading `version: N` is read from the first bytes, so a large
        // graph is parsed once, not twice; only a file that does not start
        // that way gets the full probe.
        match leading_version(text) {
            Some(v) if v != FORMAT_VERSION => return Err(version_error(v)),
            Some(_) => {}
            None => {
                let probe: Result<VersionProbe, _> = ron::Options::default().from_str(text);
                if let Ok(p) = probe {
                    if p.version != FORMAT_VERSION {
                        return Err(version_error(p.version));
                    }
                }
            }
        }
        // The fast reader takes the layout `write_ron` produces; anything
        // else (hand-edited files, comments, errors) goes to `ron`.
        let file: GraphFile = match store::read_graph(text) {
            Some(file) => file,
            None => ron::Options::default()
                .from_str(text)
                .map_err(|e| Error::ron(path, &e))?,
        };
        EventGraph::from_file(file).map_err(|msg| Error::Invalid {
            path: path.to_path_buf(),
            msg,
        })
    }

    /// Loads a graph file written by `dipgraph build`.
    pub fn load(path: &Path) -> Result<EventGraph, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        EventGraph::from_ron_str(&text, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    fn ev(s: &str, t: &str, r: Relation, sent: usize) -> Event {
        Event {
            source: s.into(),
            target: t.into(),
            relation: r,
            cameo: r.cameo().into(),
            when: When::unknown(),
            confidence: 0.8,
            planned: false,
            evidence: vec![Evidence {
                article: "a".into(),
                title: None,
                url: None,
                sentence: sent,
                text: format!("sentence {sent}").into(),
                span: (0, 1),
                source_mention: s.into(),
                target_mention: t.into(),
                trigger: String::new(),
            }],
        }
    }

    fn graph(events: Vec<Event>) -> EventGraph {
        let mut g = EventGraph::new();
        for id in ["x", "y", "z"] {
            g.add_actor(Actor::new(id, id.to_uppercase(), ActorKind::Country));
        }
        for e in events {
            g.add_event(e);
        }
        g
    }

    #[test]
    fn same_event_twice_is_one_edge_with_two_reports() {
        let g = graph(vec![
            ev("x", "y", Relation::Visit, 1),
            ev("x", "y", Relation::Visit, 2),
        ]);
        assert_eq!(g.event_count(), 1);
        assert_eq!(g.events().next().unwrap().evidence.len(), 2);
    }

    #[test]
    fn symmetric_relations_are_stored_once_per_pair() {
        let g = graph(vec![
            ev("y", "x", Relation::Meet, 1),
            ev("x", "y", Relation::Meet, 2),
        ]);
        assert_eq!(g.event_count(), 1);
        let e = g.events().next().unwrap();
        assert_eq!((e.source.as_str(), e.target.as_str()), ("x", "y"));
        // Mentions follow the swap.
        assert!(e.evidence.iter().all(|ev| ev.source_mention == "x"));
    }

    #[test]
    fn reports_in_any_order_stay_sorted_and_unique() {
        let order = [5, 1, 9, 1, 3, 5, 0, 7];
        let g = graph(
            order
                .iter()
                .map(|&i| ev("x", "y", Relation::Visit, i))
                .collect(),
        );
        let sents: Vec<usize> = g
            .events()
            .next()
            .unwrap()
            .evidence
            .iter()
            .map(|e| e.sentence)
            .collect();
        assert_eq!(sents, [0, 1, 3, 5, 7, 9]);
    }

    #[test]
    fn directed_relations_keep_direction() {
        let g = graph(vec![
            ev("y", "x", Relation::Visit, 1),
            ev("x", "y", Relation::Visit, 2),
        ]);
        assert_eq!(g.event_count(), 2);
    }

    #[test]
    fn ron_round_trip_is_byte_identical() {
        let g = graph(vec![
            ev("x", "y", Relation::Meet, 1),
            ev("z", "x", Relation::Urge, 3),
        ]);
        let text = g.to_ron_string();
        let back = EventGraph::from_ron_str(&text, Path::new("t.ron")).unwrap();
        assert_eq!(back, g);
        assert_eq!(back.to_ron_string(), text);
    }

    #[test]
    fn merge_is_order_independent() {
        let a = graph(vec![ev("x", "y", Relation::Meet, 1)]);
        let b = graph(vec![
            ev("y", "x", Relation::Meet, 5),
            ev("z", "y", Relation::Attack, 2),
        ]);
        let mut ab = a.clone();
        ab.merge(b.clone());
        let mut ba = b;
        ba.merge(a);
        assert_eq!(ab.to_ron_string(), ba.to_ron_string());
    }

    #[test]
    fn newer_version_is_refused_with_a_clear_message() {
        let err =
            EventGraph::from_ron_str("(version: 99, actors: [], events: [])", Path::new("g.ron"))
                .unwrap_err();
        assert!(err.to_string().contains("version 99"), "{err}");
    }

    #[test]
    fn other_versions_are_refused_even_when_unparseable() {
        for (text, v) in [
            ("(version: 0, actors: [], events: [])", "version 0"),
            (
                "(version: 2, actors: [], events: [], extra: 3)",
                "version 2",
            ),
            ("(version: 2, actors: [Foo<bar>], ???)", "version 2"),
        ] {
            let err = EventGraph::from_ron_str(text, Path::new("g.ron")).unwrap_err();
            assert!(matches!(err, Error::GraphVersion { .. }), "{text}: {err}");
            assert!(err.to_string().contains(v), "{err}");
            assert!(err.to_string().contains("g.ron"), "{err}");
        }
        let err =
            EventGraph::from_ron_str("(actors: [], events: [])", Path::new("g.ron")).unwrap_err();
        assert!(err.to_string().starts_with("g.ron:"), "{err}");
    }

    #[test]
    fn actor_records_merge_in_any_order() {
        let recs = [
            Actor::new("j", "Jean Dupont", ActorKind::Person).with_country("FRA"),
            Actor::new("j", "JEAN DUPONT", ActorKind::Group),
            Actor::new("j", "Jean  Dupont", ActorKind::Person).with_country("BEL"),
            Actor::new("j", "Jean Dupont", ActorKind::Person),
        ];
        let orders: [[usize; 4]; 4] = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]];
        let built: Vec<Actor> = orders
            .iter()
            .map(|o| {
                let mut g = EventGraph::new();
                for &i in o {
                    g.add_actor(recs[i].clone());
                }
                g.actor("j").unwrap().clone()
            })
            .collect();
        assert!(built.windows(2).all(|w| w[0] == w[1]), "{built:#?}");
        assert_eq!(built[0].name, "JEAN DUPONT");
        assert_eq!(built[0].country.as_deref(), Some("BEL"));
        assert_eq!(built[0].aliases, ["Jean  Dupont", "Jean Dupont"]);
    }

    fn whens() -> Vec<When> {
        let mut out = vec![When::unknown()];
        for (y, m, d) in [
            (2023, 4, 6),
            (2023, 4, 1),
            (2023, 1, 1),
            (2023, 12, 31),
            (2022, 5, 5),
            (0, 1, 1),
            (999, 12, 31),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 5, 5),
            (-262000, 1, 1),
            (262000, 12, 31),
        ] {
            let date = chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date");
            out.push(When::day(date, ""));
            out.push(When::month(date, ""));
            out.push(When::year(date, ""));
            out.push(When::publication(date));
            out.push(When {
                precision: Precision::Unknown,
                ..When::day(date, "")
            });
        }
        out
    }

    #[test]
    fn date_labels_spell_and_order_as_when_label() {
        let whens = whens();
        for a in &whens {
            let label = DateLabel::of(a);
            let text = a.label().unwrap_or_default();
            assert_eq!(&label.0[..text.len()], text.as_bytes(), "{a:?}");
            assert!(label.0[text.len()..].iter().all(|&b| b == 0), "{a:?}");
            for b in &whens {
                assert_eq!(label.cmp(&DateLabel::of(b)), a.label().cmp(&b.label()));
            }
        }
    }

    #[test]
    fn events_come_in_event_key_order() {
        let mut g = EventGraph::new();
        for id in ["a", "ab", "b", "b-c", "z"] {
            g.add_actor(Actor::new(id, id, ActorKind::Country));
        }
        let ids = ["z", "b-c", "a", "b", "ab"];
        for (i, when) in whens().into_iter().enumerate() {
            for r in [Relation::Meet, Relation::Visit, Relation::Attack] {
                let mut e = ev(ids[i % 5], ids[(i * 3 + 1) % 5], r, i);
                e.when = when.clone();
                g.add_event(e);
            }
        }
        let keys: Vec<EventKey> = g.events().map(Event::key).collect();
        assert!(keys.len() > 100);
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:#?}");
        let back = EventGraph::from_ron_str(&g.to_ron_string(), Path::new("g.ron")).unwrap();
        assert_eq!(back, g);
    }

    #[test]
    fn ids_numbered_out_of_order_still_list_in_key_order() {
        let g = graph(vec![
            ev("z", "x", Relation::Urge, 1),
            ev("y", "x", Relation::Visit, 2),
            ev("x", "z", Relation::Attack, 3),
            ev("x", "y", Relation::Visit, 4),
            ev("x", "y", Relation::Say, 5),
            ev("z", "y", Relation::Meet, 6),
        ]);
        assert!(!g.ids.in_order);
        let keys: Vec<EventKey> = g.events().map(Event::key).collect();
        assert_eq!(keys.len(), 6);
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:#?}");
        let back = EventGraph::from_ron_str(&g.to_ron_string(), Path::new("g.ron")).unwrap();
        assert!(back.ids.in_order);
        assert_eq!(back, g);
        let mut seen = Vec::new();
        let mut kept = g.clone();
        kept.retain_events(|e| {
            seen.push(e.key());
            e.relation != Relation::Visit
        });
        assert_eq!(seen, keys);
        assert_eq!(kept.event_count(), 4);
    }

    #[test]
    fn many_pairs_of_few_events_list_in_key_order_too() {
        let mut g = EventGraph::new();
        let ids: Vec<String> = (0..40).map(|i| format!("a{}", (i * 17) % 40)).collect();
        for id in &ids {
            g.add_actor(Actor::new(id, id, ActorKind::Country));
        }
        for (i, s) in ids.iter().enumerate() {
            for (j, t) in ids.iter().enumerate().take(i) {
                let r = Relation::ALL[(i + j) % Relation::ALL.len()];
                g.add_event(ev(s, t, r, i * 40 + j));
            }
        }
        assert!(!g.ids.in_order);
        let keys: Vec<EventKey> = g.events().map(Event::key).collect();
        assert_eq!(keys.len(), g.event_count());
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        let back = EventGraph::from_ron_str(&g.to_ron_string(), Path::new("g.ron")).unwrap();
        assert_eq!(back, g);
    }

    #[test]
    fn unknown_actor_reference_is_an_error() {
        let mut f = graph(vec![ev("x", "y", Relation::Meet, 1)]).to_file();
        f.actors.retain(|a| a.id != "y");
        assert!(EventGraph::from_file(f).is_err());
    }
}
