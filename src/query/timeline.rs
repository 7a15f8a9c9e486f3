//! `timeline ACTOR`: what the actor did and had done to it, in time order.

use serde::Serialize;

use crate::graph::EventGraph;
use crate::model::Event;

use super::{time_order, ActorRef, EventRow, Filter};

/// The answer to `timeline`: see the schema in [the module
/// documentation](super).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    pub actor: ActorRef,
    /// Dated events by date, undated last.
    pub events: Vec<TimelineEntry>,
}

/// Which way an event points, seen from the actor asked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The actor did it.
    Out,
    /// It was done to the actor.
    In,
    /// A symmetric relation: both did it.
    Mutual,
}

impl Direction {
    pub fn arrow(self) -> &'static str {
        match self {
            Direction::Out => "->",
            Direction::In => "<-",
            Direction::Mutual => "<->",
        }
    }
}

/// One event on an actor's timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    pub direction: Direction,
    pub counterpart: ActorRef,
    #[serde(flatten)]
    pub event: EventRow,
}

/// Every event that passes `filter` with `id` on either side. `--kind`
/// judges the counterpart.
pub fn timeline(g: &EventGraph, id: &str, filter: &Filter) -> Timeline {
    let mut found: Vec<&Event> = g
        .events()
        .filter(|e| e.source == id || e.target == id)
        .filter(|e| filter.matches_around(e, g, &[id]))
        .collect();
    found.sort_by(|x, y| time_order(x, y));
    let events = found
        .into_iter()
        .map(|e| {
            let (direction, other) = if e.relation.is_symmetric() {
                let other = if e.source == id { &e.target } else { &e.source };
                (Direction::Mutual, other)
            } else if e.source == id {
                (Direction::Out, &e.target)
            } else {
                (Direction::In, &e.source)
            };
            TimelineEntry {
                direction,
                counterpart: ActorRef::lookup(g, other),
                event: EventRow::from(e),
            }
        })
        .collect();
    Timeline {
        actor: ActorRef::lookup(g, id),
        events,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::sample;
    use crate::query::FilterSpec;

    fn list(t: &Timeline) -> Vec<String> {
        t.events
            .iter()
            .map(|e| {
                format!(
                    "{} {} {} {}",
                    e.event.date.as_deref().unwrap_or("undated"),
                    e.event.relation,
                    e.direction.arrow(),
                    e.counterpart.id
                )
            })
            .collect()
    }

    #[test]
    fn time_order_with_undated_last() {
        let g = sample();
        let t = timeline(&g, "emmanuel-macron", &Filter::default());
        assert_eq!(
            list(&t),
            [
                "2023-04-05 visit -> chn",
                "2023-04-06 meet <-> xi-jinping",
                "2023-04-07 praise <- xi-jinping",
                "undated praise -> olaf-scholz",
            ]
        );
        assert_eq!(
            t.events[3].event.precision,
            crate::model::Precision::Unknown
        );
    }

    #[test]
    fn coarse_dates_sort_by_their_first_day() {
        let g = sample();
        let t = timeline(&g, "chn", &Filter::default());
        assert_eq!(
            list(&t),
            [
                "2022 urge <- ursula-von-der-leyen",
                "2022-11-04 visit <- olaf-scholz",
                "2023-04-05 visit <- emmanuel-macron",
            ]
        );
    }

    #[test]
    fn filters_apply() {
        let g = sample();
        let f = FilterSpec {
            since: Some("2023-04-06".into()),
            ..FilterSpec::default()
        }
        .parse()
        .unwrap();
        let t = timeline(&g, "emmanuel-macron", &f);
        assert_eq!(
            list(&t),
            [
                "2023-04-06 meet <-> xi-jinping",
                "2023-04-07 praise <- xi-jinping"
            ]
        );
    }
}
