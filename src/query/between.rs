//! `between A B`: every event between two actors, in time order.

use serde::Serialize;

use crate::graph::EventGraph;
use crate::model::Event;

use super::{time_order, ActorRef, EventRow, Filter};

/// The answer to `between`: see the schema in [the module
/// documentation](super).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Between {
    pub a: ActorRef,
    pub b: ActorRef,
    /// Dated events by date, undated last; both directions.
    pub events: Vec<EventRow>,
}

/// Every event that passes `filter` with `a` on one side and `b` on the
/// other, in either direction. `--kind` does not apply: both sides are the
/// actors asked about.
pub fn between(g: &EventGraph, a: &str, b: &str, filter: &Filter) -> Between {
    let mut found: Vec<&Event> = g
        .events()
        .filter(|e| (e.source == a && e.target == b) || (e.source == b && e.target == a))
        .filter(|e| filter.matches_around(e, g, &[a, b]))
        .collect();
    found.sort_by(|x, y| time_order(x, y));
    Between {
        a: ActorRef::lookup(g, a),
        b: ActorRef::lookup(g, b),
        events: found.into_iter().map(EventRow::from).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::sample;
    use crate::query::FilterSpec;

    fn list(b: &Between) -> Vec<String> {
        b.events
            .iter()
            .map(|e| {
                format!(
                    "{} {} {} {} x{}",
                    e.date.as_deref().unwrap_or("undated"),
                    e.source,
                    e.relation,
                    e.target,
                    e.reports
                )
            })
            .collect()
    }

    #[test]
    fn both_directions_in_time_order_with_evidence() {
        let g = sample();
        let b = between(&g, "xi-jinping", "emmanuel-macron", &Filter::default());
        assert_eq!(
            list(&b),
            [
                "2023-04-06 emmanuel-macron meet xi-jinping x2",
                "2023-04-07 xi-jinping praise emmanuel-macron x1",
            ]
        );
        assert_eq!(b.a.id, "xi-jinping");
        // The meet was reported from Xi's side; the stored pair is
        // canonical but the evidence is kept whole.
        assert_eq!(
            b.events[0].evidence[1].text,
            "xi-jinping meet emmanuel-macron (report 2)."
        );
    }

    #[test]
    fn filters_apply() {
        let g = sample();
        let f = FilterSpec {
            relations: vec!["praise".into()],
            ..FilterSpec::default()
        }
        .parse()
        .unwrap();
        let b = between(&g, "emmanuel-macron", "xi-jinping", &f);
        assert_eq!(
            list(&b),
            ["2023-04-07 xi-jinping praise emmanuel-macron x1"]
        );
        let f = FilterSpec {
            min_reports: Some(3),
            ..FilterSpec::default()
        }
        .parse()
        .unwrap();
        assert!(between(&g, "emmanuel-macron", "xi-jinping", &f)
            .events
            .is_empty());
        assert!(between(&g, "joe-biden", "fra", &Filter::default())
            .events
            .is_empty());
    }
}
