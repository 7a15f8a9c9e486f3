//! Node-link JSON, the shape D3 force layouts and networkx's
//! `node_link_graph(data, edges="links")` read:
//! `{"directed", "multigraph", "graph", "nodes": [{"id"}], "links":
//! [{"source", "target", "key"}]}`.
//!
//! One link per event (a multigraph: parallel events stay separate, told
//! apart by `key`, counted per ordered pair from 0 as networkx does). Built
//! from structs, not `serde_json::Value`, so that keys keep a readable order.
//!
//! ```
//! use dipgraph::export::json::to_node_link;
//! use dipgraph::graph::EventGraph;
//! let v: serde_json::Value = serde_json::from_str(&to_node_link(&EventGraph::new())).unwrap();
//! assert_eq!(v["multigraph"], true);
//! ```

use std::collections::BTreeMap;

use serde::Serialize;

use crate::graph::EventGraph;
use crate::model::{Evidence, Precision, QuadClass};

#[derive(Serialize)]
struct NodeLink<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttrs,
    nodes: Vec<Node<'a>>,
    links: Vec<Link<'a>>,
}

#[derive(Serialize)]
struct GraphAttrs {
    name: String,
    actors: usize,
    events: usize,
    articles: usize,
    first_date: Option<String>,
    last_date: Option<String>,
}

#[derive(Serialize)]
struct Node<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'static str,
    country: Option<&'a str>,
    aliases: &'a [String],
}

#[derive(Serialize)]
struct Link<'a> {
    source: &'a str,
    target: &'a str,
    key: usize,
    relation: &'static str,
    cameo: &'a str,
    quad_class: QuadClass,
    symmetric: bool,
    date: Option<String>,
    precision: Precision,
    date_raw: &'a str,
    confidence: f32,
    planned: bool,
    reports: usize,
    evidence: &'a [Evidence],
}

/// The graph as pretty-printed node-link JSON, ending in a newline.
pub fn to_node_link(graph: &EventGraph) -> String {
    let span = super::date_span(graph);
    let mut keys: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let links = graph
        .events()
        .filter(|e| graph.actor(&e.source).is_some() && graph.actor(&e.target).is_some())
        .map(|e| {
            let k = keys
                .entry((e.source.as_str(), e.target.as_str()))
                .or_insert(0);
            let key = *k;
            *k += 1;
            Link {
                source: &e.source,
                target: &e.target,
                key,
                relation: e.relation.name(),
                cameo: &e.cameo,
                quad_class: e.relation.quad_class(),
                symmetric: e.relation.is_symmetric(),
                date: e.when.label(),
                precision: e.when.precision,
                date_raw: &e.when.raw,
                confidence: e.confidence,
                planned: e.planned,
                reports: e.evidence.len(),
                evidence: &e.evidence,
            }
        })
        .collect();
    let doc = NodeLink {
        directed: true,
        multigraph: true,
        graph: GraphAttrs {
            name: super::graph_title(graph),
            actors: graph.actor_count(),
            events: graph.event_count(),
            articles: graph.article_count(),
            first_date: span.as_ref().map(|s| s.0.clone()),
            last_date: span.map(|s| s.1),
        },
        nodes: graph
            .actors()
            .map(|a| Node {
                id: &a.id,
                name: &a.name,
                kind: a.kind.name(),
                country: a.country.as_deref(),
                aliases: &a.aliases,
            })
            .collect(),
        links,
    };
    // Plain strings, numbers and derived structs: serialising to memory
    // cannot fail.
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixtures;

    #[test]
    fn shape_is_node_link() {
        let g = fixtures::small();
        let v: serde_json::Value = serde_json::from_str(&to_node_link(&g)).expect("json");
        assert_eq!(v["directed"], true);
        assert_eq!(v["nodes"].as_array().map(Vec::len), Some(g.actor_count()));
        assert_eq!(v["links"].as_array().map(Vec::len), Some(g.event_count()));
        let visits: Vec<&serde_json::Value> = v["links"]
            .as_array()
            .expect("links")
            .iter()
            .filter(|l| l["relation"] == "visit")
            .collect();
        assert_eq!(visits[0]["key"], 0);
        assert_eq!(visits[1]["key"], 1);
    }

    #[test]
    fn snapshot_small_graph() {
        insta::assert_snapshot!(to_node_link(&fixtures::small()));
    }
}
