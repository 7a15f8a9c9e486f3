//! The event graph: actors as nodes, events as edges, merged with their
//! evidence, and its versioned RON store.
//!
//! Actors and events live in sorted maps keyed by our own ids, so that the
//! same input always gives the same bytes; the petgraph view is derived from
//! them on demand and never persisted (petgraph indices are not stable).

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;

use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::model::{Actor, ActorId, Event, EventKey};

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
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventGraph {
    actors: BTreeMap<ActorId, Actor>,
    events: BTreeMap<EventKey, Event>,
    articles: BTreeMap<String, ArticleMeta>,
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

    /// Adds an actor, or merges its names into the actor of the same id.
    pub fn add_actor(&mut self, actor: Actor) {
        match self.actors.get_mut(&actor.id) {
            Some(existing) => existing.absorb(&actor),
            None => {
                let mut a = actor;
                let names = std::mem::take(&mut a.aliases);
                a.add_aliases(names);
                self.actors.insert(a.id.clone(), a);
            }
        }
    }

    pub fn add_article(&mut self, meta: ArticleMeta) {
        self.articles.entry(meta.id.clone()).or_insert(meta);
    }

    /// Adds an event, merging it into the edge with the same key: the
    /// evidence becomes the sorted union, confidence the highest, and the
    /// event counts as planned only while every report says so.
    pub fn add_event(&mut self, mut event: Event) {
        event.canonicalize();
        event.evidence.sort();
        event.evidence.dedup();
        let key = event.key();
        match self.events.get_mut(&key) {
            Some(existing) => {
                let mut set: BTreeSet<_> = existing.evidence.drain(..).collect();
                set.extend(event.evidence);
                existing.evidence = set.into_iter().collect();
                if event.confidence > existing.confidence {
                    existing.confidence = event.confidence;
                }
                existing.planned = existing.planned && event.planned;
                // The finer CAMEO code and the raw date words are chosen
                // deterministically, whatever order the reports come in.
                if event.cameo > existing.cameo {
                    existing.cameo = event.cameo;
                }
                if event.when.raw > existing.when.raw {
                    existing.when = event.when;
                }
            }
            None => {
                self.events.insert(key, event);
            }
        }
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
        self.events.values()
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
        self.events.retain(|_, e| keep(e));
        let used: BTreeSet<&str> = self
            .events
            .values()
            .flat_map(|e| [e.source.as_str(), e.target.as_str()])
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
        for (i, e) in self.events.values().enumerate() {
            if let (Some(&s), Some(&t)) = (index.get(e.source.as_str()), index.get(e.target.as_str()))
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
            events: self.events.values().cloned().collect(),
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
        for (i, e) in file.events.into_iter().enumerate() {
            for id in [&e.source, &e.target] {
                if !g.actors.contains_key(id) {
                    return Err(format!("event {} refers to unknown actor '{id}'", i + 1));
                }
            }
            g.add_event(e);
        }
        Ok(g)
    }

    /// Writes the graph as RON to any writer.
    pub fn write_ron<W: Write>(&self, w: W) -> Result<(), ron::Error> {
        let cfg = ron::ser::PrettyConfig::new()
            .indentor("  ".to_string())
            .struct_names(false);
        ron::Options::default().to_io_writer_pretty(w, &self.to_file(), cfg)
    }

    /// The graph as RON text.
    pub fn to_ron_string(&self) -> String {
        let mut buf = Vec::new();
        self.write_ron(&mut buf)
            .expect("serialising to memory cannot fail for plain data");
        String::from_utf8(buf).expect("RON output is UTF-8")
    }

    /// Parses a graph from RON text; `path` names the file in errors.
    pub fn from_ron_str(text: &str, path: &Path) -> Result<EventGraph, Error> {
        let probe: Result<VersionProbe, _> = ron::Options::default().from_str(text);
        match probe {
            Ok(p) if p.version > FORMAT_VERSION => {
                return Err(Error::GraphVersion {
                    path: path.to_path_buf(),
                    found: p.version,
                    supported: FORMAT_VERSION,
                })
            }
            Ok(p) if p.version == 0 => {
                return Err(Error::GraphVersion {
                    path: path.to_path_buf(),
                    found: 0,
                    supported: FORMAT_VERSION,
                })
            }
            _ => {}
        }
        let file: GraphFile = ron::Options::default()
            .from_str(text)
            .map_err(|e| Error::ron(path, &e))?;
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
                text: format!("sentence {sent}"),
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
        let g = graph(vec![ev("x", "y", Relation::Visit, 1), ev("x", "y", Relation::Visit, 2)]);
        assert_eq!(g.event_count(), 1);
        assert_eq!(g.events().next().unwrap().evidence.len(), 2);
    }

    #[test]
    fn symmetric_relations_are_stored_once_per_pair() {
        let g = graph(vec![ev("y", "x", Relation::Meet, 1), ev("x", "y", Relation::Meet, 2)]);
        assert_eq!(g.event_count(), 1);
        let e = g.events().next().unwrap();
        assert_eq!((e.source.as_str(), e.target.as_str()), ("x", "y"));
        // Mentions follow the swap.
        assert!(e.evidence.iter().all(|ev| ev.source_mention == "x"));
    }

    #[test]
    fn directed_relations_keep_direction() {
        let g = graph(vec![ev("y", "x", Relation::Visit, 1), ev("x", "y", Relation::Visit, 2)]);
        assert_eq!(g.event_count(), 2);
    }

    #[test]
    fn ron_round_trip_is_byte_identical() {
        let g = graph(vec![ev("x", "y", Relation::Meet, 1), ev("z", "x", Relation::Urge, 3)]);
        let text = g.to_ron_string();
        let back = EventGraph::from_ron_str(&text, Path::new("t.ron")).unwrap();
        assert_eq!(back, g);
        assert_eq!(back.to_ron_string(), text);
    }

    #[test]
    fn merge_is_order_independent() {
        let a = graph(vec![ev("x", "y", Relation::Meet, 1)]);
        let b = graph(vec![ev("y", "x", Relation::Meet, 5), ev("z", "y", Relation::Attack, 2)]);
        let mut ab = a.clone();
        ab.merge(b.clone());
        let mut ba = b;
        ba.merge(a);
        assert_eq!(ab.to_ron_string(), ba.to_ron_string());
    }

    #[test]
    fn newer_version_is_refused_with_a_clear_message() {
        let err = EventGraph::from_ron_str(
            "(version: 99, actors: [], events: [])",
            Path::new("g.ron"),
        )
        .unwrap_err();
        assert!(err.to_string().contains("version 99"), "{err}");
    }

    #[test]
    fn unknown_actor_reference_is_an_error() {
        let mut f = graph(vec![ev("x", "y", Relation::Meet, 1)]).to_file();
        f.actors.retain(|a| a.id != "y");
        assert!(EventGraph::from_file(f).is_err());
    }
}
