//! `neighbors ACTOR`: everyone the actor dealt with, how, and over what
//! period.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::graph::EventGraph;
use crate::model::{Event, Relation, When};

use super::{ActorRef, Filter};

/// The answer to `neighbors`: see the schema in [the module
/// documentation](super).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighbors {
    pub actor: ActorRef,
    /// Most events first, then most reports, then by id.
    pub neighbors: Vec<Neighbor>,
}

/// One counterpart and the relations with it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighbor {
    pub actor: ActorRef,
    /// Events from the actor asked about to this one, by relation.
    pub outgoing: BTreeMap<Relation, usize>,
    /// Events from this one to the actor asked about, by relation.
    pub incoming: BTreeMap<Relation, usize>,
    /// Symmetric relations (meet, sign_deal, cooperate), which have no
    /// direction to count in.
    pub mutual: BTreeMap<Relation, usize>,
    pub events: usize,
    pub reports: usize,
    /// The earliest and latest dated events, as labels at their precision.
    pub first: Option<String>,
    pub last: Option<String>,
}

/// Every actor linked to `id` by an event that passes `filter`. One pass
/// over the events.
///
/// ```
/// use dipgraph::graph::EventGraph;
/// use dipgraph::model::*;
/// use dipgraph::query::{neighbors::neighbors, Filter};
/// let mut g = EventGraph::new();
/// g.add_actor(Actor::new("fra", "France", ActorKind::Country));
/// g.add_actor(Actor::new("chn", "China", ActorKind::Country));
/// g.add_event(Event {
///     source: "fra".into(), target: "chn".into(), relation: Relation::Visit,
///     cameo: "042".into(), when: When::unknown(), confidence: 0.9, planned: false,
///     evidence: vec![],
/// });
/// let n = neighbors(&g, "chn", &Filter::default());
/// assert_eq!(n.neighbors[0].actor.id, "fra");
/// assert_eq!(n.neighbors[0].incoming[&Relation::Visit], 1);
/// ```
pub fn neighbors(g: &EventGraph, id: &str, filter: &Filter) -> Neighbors {
    struct Acc<'g> {
        n: Neighbor,
        first: Option<&'g When>,
        last: Option<&'g When>,
    }
    let mut by_id: BTreeMap<&str, Acc> = BTreeMap::new();
    for e in g.events() {
        let other = if e.source == id {
            e.target.as_str()
        } else if e.target == id {
            e.source.as_str()
        } else {
            continue;
        };
        if !filter.matches_around(e, g, &[id]) {
            continue;
        }
        let acc = by_id.entry(other).or_insert_with(|| Acc {
            n: Neighbor {
                actor: ActorRef::lookup(g, other),
                outgoing: BTreeMap::new(),
                incoming: BTreeMap::new(),
                mutual: BTreeMap::new(),
                events: 0,
                reports: 0,
                first: None,
                last: None,
            },
            first: None,
            last: None,
        });
        let bucket = direction_bucket(&mut acc.n, e, id);
        *bucket.entry(e.relation).or_insert(0) += 1;
        acc.n.events += 1;
        acc.n.reports += e.evidence.len();
        if e.when.is_known() {
            if acc.first.is_none_or(|f| e.when.sort_key() < f.sort_key()) {
                acc.first = Some(&e.when);
            }
            if acc.last.is_none_or(|l| e.when.sort_key() > l.sort_key()) {
                acc.last = Some(&e.when);
            }
        }
    }
    let mut list: Vec<Neighbor> = by_id
        .into_values()
        .map(|mut acc| {
            acc.n.first = acc.first.and_then(When::label);
            acc.n.last = acc.last.and_then(When::label);
            acc.n
        })
        .collect();
    list.sort_by(|a, b| {
        b.events
            .cmp(&a.events)
            .then(b.reports.cmp(&a.reports))
            .then_with(|| a.actor.id.cmp(&b.actor.id))
    });
    Neighbors {
        actor: ActorRef::lookup(g, id),
        neighbors: list,
    }
}

fn direction_bucket<'n>(
    n: &'n mut Neighbor,
    e: &Event,
    id: &str,
) -> &'n mut BTreeMap<Relation, usize> {
    if e.relation.is_symmetric() {
        &mut n.mutual
    } else if e.source == id {
        &mut n.outgoing
    } else {
        &mut n.incoming
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::sample;
    use crate::query::FilterSpec;

    fn summary(n: &Neighbors) -> Vec<String> {
        n.neighbors
            .iter()
            .map(|x| {
                let fmt = |m: &BTreeMap<Relation, usize>| {
                    m.iter()
                        .map(|(r, c)| format!("{r}:{c}"))
                        .collect::<Vec<_>>()
                        .join("+")
                };
                format!(
                    "{} out[{}] in[{}] mutual[{}] {}ev {}rep {}..{}",
                    x.actor.id,
                    fmt(&x.outgoing),
                    fmt(&x.incoming),
                    fmt(&x.mutual),
                    x.events,
                    x.reports,
                    x.first.as_deref().unwrap_or("-"),
                    x.last.as_deref().unwrap_or("-"),
                )
            })
            .collect()
    }

    #[test]
    fn counts_each_direction_with_dates() {
        let g = sample();
        let n = neighbors(&g, "emmanuel-macron", &Filter::default());
        assert_eq!(n.actor.name, "Emmanuel Macron");
        assert_eq!(
            summary(&n),
            [
                "xi-jinping out[] in[praise:1] mutual[meet:1] 2ev 3rep 2023-04-06..2023-04-07",
                "chn out[visit:1] in[] mutual[] 1ev 1rep 2023-04-05..2023-04-05",
                "olaf-scholz out[praise:1] in[] mutual[] 1ev 1rep -..-",
            ]
        );
    }

    #[test]
    fn filters_apply_with_kind_on_the_counterpart() {
        let g = sample();
        let f = FilterSpec {
            kinds: vec!["country".into()],
            ..FilterSpec::default()
        }
        .parse()
        .unwrap();
        let n = neighbors(&g, "emmanuel-macron", &f);
        assert_eq!(
            summary(&n),
            ["chn out[visit:1] in[] mutual[] 1ev 1rep 2023-04-05..2023-04-05"]
        );
        let f = FilterSpec {
            relations: vec!["visit,urge".into()],
            ..FilterSpec::default()
        }
        .parse()
        .unwrap();
        let n = neighbors(&g, "chn", &f);
        assert_eq!(
            summary(&n),
            [
                "emmanuel-macron out[] in[visit:1] mutual[] 1ev 1rep 2023-04-05..2023-04-05",
                "olaf-scholz out[] in[visit:1] mutual[] 1ev 1rep 2022-11-04..2022-11-04",
                "ursula-von-der-leyen out[] in[urge:1] mutual[] 1ev 1rep 2022..2022",
            ]
        );
    }

    #[test]
    fn an_actor_without_events_has_no_neighbours() {
        let g = sample();
        assert!(neighbors(&g, "recep-tayyip-erdogan", &Filter::default())
            .neighbors
            .is_empty());
    }
}
