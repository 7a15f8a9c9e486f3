//! `ego ACTOR --depth N`: the actor's neighbourhood as a graph of its own,
//! for pictures or further queries.

use std::collections::HashSet;

use serde::Serialize;

use crate::graph::EventGraph;

use super::index::{bfs, Index};
use super::{ActorRef, Filter};

/// The answer to `ego` when no file is written: who is in the
/// neighbourhood and how far. See the schema in [the module
/// documentation](super).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ego {
    pub center: ActorRef,
    pub depth: usize,
    /// Events in the subgraph.
    pub events: usize,
    /// Nearest first, then by id; the center first at distance 0.
    pub actors: Vec<EgoActor>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EgoActor {
    pub actor: ActorRef,
    /// Hops from the center, ignoring direction.
    pub distance: usize,
}

/// The actors within `depth` hops of `center` (ignoring direction, over
/// events that pass `filter`) and every passing event among them: the
/// induced subgraph, so links between two neighbours are kept too. The
/// articles its evidence cites come along, so that the result is a
/// complete graph file. `--kind` does not judge the center.
///
/// ```
/// use dipgraph::graph::EventGraph;
/// use dipgraph::model::*;
/// use dipgraph::query::{ego::subgraph, Filter};
/// let mut g = EventGraph::new();
/// for id in ["a", "b", "c"] {
///     g.add_actor(Actor::new(id, id, ActorKind::Country));
/// }
/// for (s, t) in [("a", "b"), ("b", "c")] {
///     g.add_event(Event {
///         source: s.into(), target: t.into(), relation: Relation::Visit,
///         cameo: "042".into(), when: When::unknown(), confidence: 0.9,
///         planned: false, evidence: vec![],
///     });
/// }
/// let sub = subgraph(&g, "a", 1, &Filter::default());
/// assert_eq!((sub.actor_count(), sub.event_count()), (2, 1));
/// ```
pub fn subgraph(g: &EventGraph, center: &str, depth: usize, filter: &Filter) -> EventGraph {
    let ix = Index::build(g, filter, &[center]);
    let mut sub = EventGraph::new();
    let Some(c) = ix.node(center) else {
        return sub;
    };
    let dist = reach(&ix, c, depth);
    for (i, a) in ix.actors.iter().enumerate() {
        if dist[i] != u32::MAX {
            sub.add_actor((*a).clone());
        }
    }
    let mut cited: HashSet<&str> = HashSet::new();
    for e in &ix.edges {
        if dist[e.s as usize] != u32::MAX && dist[e.t as usize] != u32::MAX {
            cited.extend(e.event.evidence.iter().map(|ev| &*ev.article));
            sub.add_event(e.event.clone());
        }
    }
    for m in g.articles() {
        if cited.contains(m.id.as_str()) {
            sub.add_article(m.clone());
        }
    }
    sub
}

/// Who is within `depth` hops of `center`, and how many events link them.
pub fn ego(g: &EventGraph, center: &str, depth: usize, filter: &Filter) -> Ego {
    let ix = Index::build(g, filter, &[center]);
    let mut answer = Ego {
        center: ActorRef::lookup(g, center),
        depth,
        events: 0,
        actors: Vec::new(),
    };
    let Some(c) = ix.node(center) else {
        return answer;
    };
    let dist = reach(&ix, c, depth);
    answer.events = ix
        .edges
        .iter()
        .filter(|e| dist[e.s as usize] != u32::MAX && dist[e.t as usize] != u32::MAX)
        .count();
    let mut found: Vec<(u32, usize)> = dist
        .iter()
        .enumerate()
        .filter(|(_, d)| **d != u32::MAX)
        .map(|(i, d)| (*d, i))
        .collect();
    found.sort_unstable();
    answer.actors = found
        .into_iter()
        .map(|(d, i)| EgoActor {
            actor: ActorRef::from(ix.actors[i]),
            distance: d as usize,
        })
        .collect();
    answer
}

fn reach(ix: &Index, center: u32, depth: usize) -> Vec<u32> {
    let limit = u32::try_from(depth).unwrap_or(u32::MAX);
    bfs(&ix.undirected(), center, limit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::sample;
    use crate::query::FilterSpec;

    fn who(e: &Ego) -> Vec<String> {
        e.actors
            .iter()
            .map(|a| format!("{}@{}", a.actor.id, a.distance))
            .collect()
    }

    #[test]
    fn depth_bounds_the_neighbourhood() {
        let g = sample();
        let e = ego(&g, "xi-jinping", 1, &Filter::default());
        assert_eq!(
            who(&e),
            ["xi-jinping@0", "emmanuel-macron@1", "joe-biden@1"]
        );
        assert_eq!(e.events, 3);
        let e = ego(&g, "xi-jinping", 2, &Filter::default());
        assert_eq!(
            who(&e),
            [
                "xi-jinping@0",
                "emmanuel-macron@1",
                "joe-biden@1",
                "chn@2",
                "olaf-scholz@2"
            ]
        );
        // The chn-scholz visit links two actors at depth 2: kept.
        assert_eq!(e.events, 6);
        assert_eq!(
            who(&ego(&g, "xi-jinping", 0, &Filter::default())),
            ["xi-jinping@0"]
        );
    }

    #[test]
    fn subgraph_is_the_induced_graph_with_its_articles() {
        let mut g = sample();
        g.add_article(crate::graph::ArticleMeta {
            id: "art-joe-biden-xi-jinping-meet".into(),
            date: None,
            title: Some("Biden meets Xi".into()),
            url: None,
        });
        g.add_article(crate::graph::ArticleMeta {
            id: "unrelated".into(),
            date: None,
            title: None,
            url: None,
        });
        let sub = subgraph(&g, "xi-jinping", 1, &Filter::default());
        let ids: Vec<&str> = sub.actors().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["emmanuel-macron", "joe-biden", "xi-jinping"]);
        assert_eq!(sub.event_count(), 3);
        let arts: Vec<&str> = sub.articles().map(|a| a.id.as_str()).collect();
        assert_eq!(arts, ["art-joe-biden-xi-jinping-meet"]);
    }

    #[test]
    fn filters_shape_the_neighbourhood() {
        let g = sample();
        let f = FilterSpec {
            relations: vec!["praise".into()],
            ..FilterSpec::default()
        }
        .parse()
        .unwrap();
        let sub = subgraph(&g, "xi-jinping", 2, &f);
        let ids: Vec<&str> = sub.actors().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["emmanuel-macron", "olaf-scholz", "xi-jinping"]);
        assert_eq!(sub.event_count(), 2);
    }
}
