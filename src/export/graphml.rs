//! GraphML for Gephi, yEd, Cytoscape and networkx (`read_graphml`).
//!
//! Nodes are actors, with their actor id as the GraphML node id; edges are
//! events, one per event (parallel edges are allowed, so a multigraph
//! reader sees every event). Every attribute is declared with a typed
//! `<key>`, so that readers get numbers as numbers. Symmetric relations
//! (`meet`, `sign_deal`, `cooperate`) are stored once with the smaller id as
//! source and flagged `symmetric=true`, because GraphML cannot mix directed
//! and undirected edges in one graph portably.
//!
//! ```
//! use dipgraph::export::graphml::to_graphml;
//! use dipgraph::graph::EventGraph;
//! let xml = to_graphml(&EventGraph::new());
//! assert!(xml.contains("edgedefault=\"directed\""));
//! ```

use std::collections::BTreeSet;
use std::fmt::Write;

use super::xml_escape;
use crate::graph::EventGraph;

/// (id, for, attr.name, attr.type): the declared attributes.
const KEYS: [(&str, &str, &str, &str); 15] = [
    ("g_title", "graph", "title", "string"),
    ("n_name", "node", "name", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_country", "node", "country", "string"),
    ("n_aliases", "node", "aliases", "string"),
    ("e_relation", "edge", "relation", "string"),
    ("e_cameo", "edge", "cameo", "string"),
    ("e_quad_class", "edge", "quad_class", "string"),
    ("e_date", "edge", "date", "string"),
    ("e_precision", "edge", "precision", "string"),
    ("e_confidence", "edge", "confidence", "double"),
    ("e_reports", "edge", "reports", "int"),
    ("e_evidence", "edge", "evidence", "string"),
    ("e_articles", "edge", "articles", "string"),
    ("e_symmetric", "edge", "symmetric", "boolean"),
];

fn data(out: &mut String, indent: &str, key: &str, value: &str) {
    // Writing into a String cannot fail.
    let _ = writeln!(
        out,
        "{indent}<data key=\"{key}\">{}</data>",
        xml_escape(value)
    );
}

/// The graph as GraphML. Lists (aliases, article ids) are joined with `; `
/// because GraphML has no list type. `evidence` is the first report's
/// sentence; the number of reports is in `reports`. Undated events have no
/// `date` data element (readers treat it as missing, not as "").
pub fn to_graphml(graph: &EventGraph) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" \
         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns \
         http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
    );
    for (id, for_, name, ty) in KEYS {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{for_}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
        );
    }
    out.push_str("  <graph id=\"dipgraph\" edgedefault=\"directed\">\n");
    data(&mut out, "    ", "g_title", &super::graph_title(graph));
    for a in graph.actors() {
        let _ = writeln!(out, "    <node id=\"{}\">", xml_escape(&a.id));
        data(&mut out, "      ", "n_name", &a.name);
        data(&mut out, "      ", "n_kind", a.kind.name());
        if let Some(c) = &a.country {
            data(&mut out, "      ", "n_country", c);
        }
        if !a.aliases.is_empty() {
            data(&mut out, "      ", "n_aliases", &a.aliases.join("; "));
        }
        out.push_str("    </node>\n");
    }
    let mut n = 0;
    for e in graph.events() {
        if graph.actor(&e.source).is_none() || graph.actor(&e.target).is_none() {
            // A dangling edge would make the whole file invalid.
            continue;
        }
        let _ = writeln!(
            out,
            "    <edge id=\"e{n}\" source=\"{}\" target=\"{}\">",
            xml_escape(&e.source),
            xml_escape(&e.target)
        );
        n += 1;
        let ind = "      ";
        data(&mut out, ind, "e_relation", e.relation.name());
        data(&mut out, ind, "e_cameo", &e.cameo);
        data(
            &mut out,
            ind,
            "e_quad_class",
            e.relation.quad_class().name(),
        );
        if let Some(d) = e.when.label() {
            data(&mut out, ind, "e_date", &d);
        }
        data(&mut out, ind, "e_precision", e.when.precision.name());
        data(&mut out, ind, "e_confidence", &format!("{}", e.confidence));
        data(&mut out, ind, "e_reports", &e.evidence.len().to_string());
        if let Some(first) = e.evidence.first() {
            data(&mut out, ind, "e_evidence", &first.text);
        }
        let articles: BTreeSet<&str> = e.evidence.iter().map(|v| &*v.article).collect();
        if !articles.is_empty() {
            let list: Vec<&str> = articles.into_iter().collect();
            data(&mut out, ind, "e_articles", &list.join("; "));
        }
        data(
            &mut out,
            ind,
            "e_symmetric",
            if e.relation.is_symmetric() {
                "true"
            } else {
                "false"
            },
        );
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixtures;

    /// A small structural check without an XML crate: tags balance, and the
    /// counts of nodes and edges match the graph.
    fn check(xml: &str) -> (usize, usize) {
        let mut stack: Vec<String> = Vec::new();
        let mut nodes = 0;
        let mut edges = 0;
        let mut rest = xml;
        while let Some(start) = rest.find('<') {
            let end = rest[start..].find('>').expect("tag closes") + start;
            let tag = &rest[start + 1..end];
            rest = &rest[end + 1..];
            assert!(!tag.contains('<'), "'<' inside a tag: {tag}");
            if tag.starts_with('?') {
                continue;
            }
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '/')
                .collect();
            if let Some(closing) = tag.strip_prefix('/') {
                assert_eq!(
                    stack.pop().as_deref(),
                    Some(closing.trim()),
                    "mismatched </{closing}>"
                );
            } else {
                if name == "node" {
                    nodes += 1;
                }
                if name == "edge" {
                    edges += 1;
                }
                if !tag.ends_with('/') {
                    stack.push(name);
                }
            }
            // Text between tags has no raw markup characters.
            let text_end = rest.find('<').unwrap_or(rest.len());
            assert!(!rest[..text_end].contains('>'), "raw '>' in text");
        }
        assert!(stack.is_empty(), "unclosed: {stack:?}");
        (nodes, edges)
    }

    #[test]
    fn counts_match_and_tags_balance() {
        let g = fixtures::small();
        let (n, e) = check(&to_graphml(&g));
        assert_eq!((n, e), (g.actor_count(), g.event_count()));
    }

    #[test]
    fn hostile_text_is_escaped() {
        let g = fixtures::hostile();
        let xml = to_graphml(&g);
        let (n, e) = check(&xml);
        assert_eq!((n, e), (g.actor_count(), g.event_count()));
        assert!(xml.contains("&lt;html&gt;&lt;b&gt;bold"));
        assert!(xml.contains("北京 中华人民共和国"));
        assert!(!xml.contains('\u{1}'));
    }

    #[test]
    fn typed_keys_and_symmetry_flag() {
        let xml = to_graphml(&fixtures::small());
        assert!(xml.contains("attr.name=\"confidence\" attr.type=\"double\""));
        assert!(xml.contains("attr.name=\"reports\" attr.type=\"int\""));
        assert!(xml.contains("<data key=\"e_symmetric\">true</data>"));
        assert_eq!(xml, to_graphml(&fixtures::small()));
    }
}
