//! The visual vocabulary shared by the DOT exporter and the timeline
//! picture: colours by CAMEO quad class, node shapes by actor kind, fills by
//! country, and the folding of parallel events into one drawn edge.
//!
//! Kept in one place so that a picture made with `render` and one made with
//! `timeline` read the same way.

use std::collections::BTreeMap;

use crate::graph::EventGraph;
use crate::model::{ActorKind, Event, QuadClass, Relation};

/// Above this many actors, pictures switch to large-graph settings: `sfdp`
/// instead of `dot`, no edge labels, `overlap=prism`. Graphviz `dot` takes
/// minutes past a few hundred nodes (see DESIGN.md).
pub const LARGE_GRAPH_ACTORS: usize = 300;

/// Colour of a quad class: cooperation cool (blue, green), conflict warm
/// (orange, red), so that the mood of a picture reads at a glance.
pub fn quad_color(q: QuadClass) -> &'static str {
    match q {
        QuadClass::VerbalCooperation => "#1f77b4",
        QuadClass::MaterialCooperation => "#2ca02c",
        QuadClass::VerbalConflict => "#ff7f0e",
        QuadClass::MaterialConflict => "#d62728",
    }
}

/// Line style of a quad class: words dashed, deeds solid.
pub fn quad_style(q: QuadClass) -> &'static str {
    match q {
        QuadClass::VerbalCooperation | QuadClass::VerbalConflict => "dashed",
        QuadClass::MaterialCooperation | QuadClass::MaterialConflict => "solid",
    }
}

pub const QUAD_CLASSES: [QuadClass; 4] = [
    QuadClass::VerbalCooperation,
    QuadClass::MaterialCooperation,
    QuadClass::VerbalConflict,
    QuadClass::MaterialConflict,
];

pub const ACTOR_KINDS: [ActorKind; 4] = [
    ActorKind::Person,
    ActorKind::Country,
    ActorKind::Organisation,
    ActorKind::Group,
];

/// Graphviz node shape of an actor kind.
pub fn kind_shape(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Person => "ellipse",
        ActorKind::Country => "box",
        ActorKind::Organisation => "hexagon",
        ActorKind::Group => "octagon",
    }
}

/// Fill for actors without a country.
pub const NO_COUNTRY_FILL: &str = "#f0f0f0";

/// Light fills, dark enough to tell apart and light enough for black text.
const PALETTE: [&str; 12] = [
    "#a6cee3", "#b2df8a", "#fb9a99", "#fdbf6f", "#cab2d6", "#ffff99", "#8dd3c7", "#bebada",
    "#fccde5", "#d9d9d9", "#ccebc5", "#ffed6f",
];

/// Fill colour of a country code, the same in every picture and on every
/// machine: a fixed hash (FNV-1a) of the code picks from a fixed palette.
/// `std`'s hasher is randomly seeded per process, so it cannot be used here.
pub fn country_fill(country: Option<&str>) -> &'static str {
    let Some(code) = country.filter(|c| !c.is_empty()) else {
        return NO_COUNTRY_FILL;
    };
    let mut h: u32 = 0x811c_9dc5;
    for b in code.to_ascii_uppercase().bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    PALETTE[(h as usize) % PALETTE.len()]
}

/// All events between one ordered pair of actors with one relation: what a
/// picture draws as a single edge.
#[derive(Debug, Clone)]
pub struct FoldedEdge<'g> {
    pub source: &'g str,
    pub target: &'g str,
    pub relation: Relation,
    /// Sorted by date (undated last), then by the graph's key order.
    pub events: Vec<&'g Event>,
}

impl FoldedEdge<'_> {
    /// Number of reports (evidence sentences) over all folded events.
    pub fn reports(&self) -> usize {
        self.events.iter().map(|e| e.evidence.len()).sum()
    }

    /// First and last known date labels, if any event is dated.
    pub fn date_range(&self) -> Option<(String, String)> {
        let dated: Vec<&&Event> = self.events.iter().filter(|e| e.when.is_known()).collect();
        let first = dated.first()?.when.label()?;
        let last = dated.last()?.when.label()?;
        Some((first, last))
    }

    /// `visit ×3, 2023-03-05–2023-04-06`: the edge label.
    pub fn label(&self) -> String {
        let mut s = self.relation.name().to_string();
        if self.events.len() > 1 {
            s.push_str(&format!(" ×{}", self.events.len()));
        }
        match self.date_range() {
            Some((a, b)) if a == b => s.push_str(&format!(", {a}")),
            Some((a, b)) => s.push_str(&format!(", {a}–{b}")),
            None => s.push_str(", undated"),
        }
        s
    }
}

/// Folds the graph's events into one edge per (source, target, relation),
/// in a deterministic order. Symmetric events are already stored with the
/// smaller id first, so both directions of a `meet` fold together.
pub fn fold_edges(graph: &EventGraph) -> Vec<FoldedEdge<'_>> {
    let mut groups: BTreeMap<(&str, &str, Relation), Vec<&Event>> = BTreeMap::new();
    for e in graph.events() {
        groups
            .entry((e.source.as_str(), e.target.as_str(), e.relation))
            .or_default()
            .push(e);
    }
    groups
        .into_iter()
        .map(|((source, target, relation), mut events)| {
            // Stable sort: ties keep the graph's key order.
            events.sort_by_key(|e| e.when.sort_key());
            FoldedEdge {
                source,
                target,
                relation,
                events,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixtures;

    #[test]
    fn country_fill_is_stable_and_case_blind() {
        assert_eq!(country_fill(Some("FRA")), country_fill(Some("fra")));
        assert_eq!(country_fill(None), NO_COUNTRY_FILL);
        assert_eq!(country_fill(Some("")), NO_COUNTRY_FILL);
    }

    #[test]
    fn parallel_events_fold_into_one_edge() {
        let g = fixtures::small();
        let folded = fold_edges(&g);
        let visit = folded
            .iter()
            .find(|f| f.relation == Relation::Visit)
            .expect("visit edge");
        assert_eq!(visit.events.len(), 2);
        assert_eq!(visit.reports(), 3);
        assert_eq!(visit.label(), "visit ×2, 2023-03-05–2023-04-06");
        assert_eq!(folded.len(), 4);
    }
}
