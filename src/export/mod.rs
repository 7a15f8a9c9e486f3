//! Exporters: one file per format, each a pure function of an
//! [`EventGraph`](crate::graph::EventGraph) that returns text.
//!
//! Every exporter is deterministic: the same graph gives byte-identical
//! output, because the graph iterates actors and events in sorted order and
//! the exporters never iterate a `HashMap` or format a float with
//! platform-dependent precision. None of them writes files: the CLI decides
//! where bytes go (atomically, or to stdout), so that a closed pipe or a full
//! disk is reported once, in one place.
//!
//! | format | function | for |
//! | --- | --- | --- |
//! | DOT | [`dot::to_dot`] | Graphviz pictures (`dipgraph render`) |
//! | JSON Lines | [`jsonl::to_jsonl`] | the extraction contract, scripts, `jq` |
//! | GraphML | [`graphml::to_graphml`] | Gephi, yEd, networkx `read_graphml` |
//! | node-link JSON | [`json::to_node_link`] | D3, networkx `node_link_graph` |
//! | CSV | [`csv::to_neo4j`] | `neo4j-admin database import full` |

pub mod csv;
pub mod dot;
pub mod graphml;
pub mod json;
pub mod jsonl;
pub mod style;

#[cfg(test)]
pub(crate) mod fixtures;

use crate::graph::EventGraph;

/// Escapes text for XML content and attribute values (GraphML, SVG).
///
/// Characters XML 1.0 cannot carry at all, even as references (C0 controls
/// other than tab, newline and carriage return), are replaced by U+FFFD so
/// that a stray byte in an article cannot make the whole file unreadable.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Cuts `s` to at most `max` characters (not bytes: never splits a UTF-8
/// sequence), marking the cut with an ellipsis.
pub fn truncate_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some(_) => {
            let keep: String = s.chars().take(max.saturating_sub(1)).collect();
            format!("{keep}…")
        }
    }
}

/// The first and last known event dates of a graph, as labels
/// (`2023-04-06`, `2023-04`, `2023`), ordered by the date they start on.
pub fn date_span(graph: &EventGraph) -> Option<(String, String)> {
    let first = graph
        .events()
        .filter(|e| e.when.is_known())
        .min_by_key(|e| e.when.sort_key())?;
    let last = graph
        .events()
        .filter(|e| e.when.is_known())
        .max_by_key(|e| e.when.sort_key())?;
    Some((first.when.label()?, last.when.label()?))
}

/// A one-line description of a graph used as picture title and graph
/// attribute: counts and the date span.
pub fn graph_title(graph: &EventGraph) -> String {
    let span = match date_span(graph) {
        Some((a, b)) if a == b => a,
        Some((a, b)) => format!("{a} – {b}"),
        None => "undated".to_string(),
    };
    format!(
        "dipgraph: {} actors, {} events from {} articles, {}",
        graph.actor_count(),
        graph.event_count(),
        graph.article_count(),
        span
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escape_handles_markup_and_controls() {
        assert_eq!(
            xml_escape("<a href=\"x\">R&D's</a>\u{1}"),
            "&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt;\u{FFFD}"
        );
    }

    #[test]
    fn truncation_respects_characters() {
        assert_eq!(truncate_chars("北京北京", 3), "北京…");
        assert_eq!(truncate_chars("abc", 3), "abc");
    }

    #[test]
    fn title_has_span_and_counts() {
        let g = fixtures::small();
        let t = graph_title(&g);
        assert!(t.ends_with("from 2 articles, 2023 – 2023-04-06"), "{t}");
    }
}
