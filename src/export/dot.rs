//! Graphviz DOT for pictures of the graph.
//!
//! Written with the `dot-writer` crate, which writes ids and attribute values
//! *raw*: it neither quotes ids nor escapes anything inside the quotes it
//! puts around labels. So every node gets a synthetic id (`a0`, `a1`, ...,
//! in actor-id order) and every piece of text passes through
//! [`escape_label`] or [`escape_tooltip`] before it reaches the writer. The
//! writer also `unwrap()`s every write, so it writes into memory, where
//! writes cannot fail.
//!
//! ```
//! use dipgraph::graph::EventGraph;
//! use dipgraph::model::*;
//! let mut g = EventGraph::new();
//! g.add_actor(Actor::new("fra", "France \"FR\"", ActorKind::Country));
//! let dot = dipgraph::export::dot::to_dot(&g);
//! assert!(dot.contains(r#"label="France \"FR\"""#));
//! ```

use std::collections::BTreeMap;

use dot_writer::{Attributes, DotWriter};

use super::style::{self, FoldedEdge, LARGE_GRAPH_ACTORS};
use super::{graph_title, truncate_chars};
use crate::graph::EventGraph;
use crate::model::Actor;

/// Most characters of one edge or node tooltip. Browsers show tooltips as
/// one box; beyond a few thousand characters it no longer fits a screen,
/// and big graphs would grow by megabytes.
pub const TOOLTIP_MAX_CHARS: usize = 2000;
/// Most characters of one evidence sentence inside a tooltip.
pub const TOOLTIP_SENTENCE_CHARS: usize = 240;

/// Escapes text for a quoted DOT label (`label`, `xlabel`, graph title).
///
/// Inside DOT quotes only `\"` is an escape at the lexer level, but Graphviz
/// then reads labels as "escString": `\N`, `\G`, `\E`... are substituted,
/// `\n`, `\l`, `\r` break lines, and record shapes give `{ } | < >` meaning.
/// So: backslash doubled, quote escaped, line breaks as `\n`, the record
/// characters backslash-escaped (a no-op outside records), `&` as `&amp;`
/// (Graphviz passes entity-looking text through to SVG), and other control
/// characters dropped to a space.
pub fn escape_label(s: &str) -> String {
    escape(s, "\\\\")
}

/// Escapes text for a quoted DOT tooltip.
///
/// Tooltips go through Graphviz's substitution *twice* (measured with
/// Graphviz 2.43: `\\N` in a tooltip comes out as the node name), so a
/// literal backslash needs four. Everything else is as [`escape_label`].
pub fn escape_tooltip(s: &str) -> String {
    escape(s, "\\\\\\\\")
}

fn escape(s: &str, backslash: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str(backslash),
            '"' => out.push_str("\\\""),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '{' | '}' | '|' | '<' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Sets a quoted, escaped label-like attribute.
fn set_text<A: Attributes>(a: &mut A, name: &str, value: &str) {
    a.set(name, &escape_label(value), true);
}

fn set_tooltip<A: Attributes>(a: &mut A, value: &str) {
    a.set("tooltip", &escape_tooltip(value), true);
}

/// The graph as DOT, ready for `dot -Tsvg` (or `sfdp` past
/// [`LARGE_GRAPH_ACTORS`] actors, for which the file carries `sfdp` layout
/// hints and leaves out edge labels).
///
/// Actors are nodes shaped by kind and filled by country; events between the
/// same pair with the same relation are folded into one edge labelled
/// `relation ×N, first–last`, coloured and styled by CAMEO quad class, as
/// thick as the number of reports, with every event and evidence sentence in
/// its tooltip (SVG output shows it on hover).
pub fn to_dot(graph: &EventGraph) -> String {
    let large = graph.actor_count() > LARGE_GRAPH_ACTORS;
    let ids: BTreeMap<&str, String> = graph
        .actors()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), format!("a{i}")))
        .collect();
    let folded = style::fold_edges(graph);

    let mut out: Vec<u8> = Vec::new();
    if large {
        out.extend_from_slice(
            format!(
                "// {} actors: lay out with sfdp (`sfdp -Tsvg`); dot takes minutes on graphs this size.\n",
                graph.actor_count()
            )
            .as_bytes(),
        );
    }
    {
        let mut writer = DotWriter::from(&mut out);
        // Pretty mode: compact mode strips spaces even inside quoted labels.
        writer.set_pretty_print(true);
        let mut g = writer.digraph();
        {
            let mut ga = g.graph_attributes();
            set_text(&mut ga, "label", &graph_title(graph));
            ga.set("labelloc", "t", false);
            ga.set("fontname", "Helvetica", true);
            ga.set("fontsize", "16", false);
            if large {
                ga.set("overlap", "prism", false);
                ga.set("outputorder", "edgesfirst", false);
                ga.set("splines", "false", false);
            } else {
                ga.set("rankdir", "LR", false);
                ga.set("nodesep", "0.4", false);
            }
        }
        {
            let mut na = g.node_attributes();
            na.set("style", "filled", true);
            na.set("fontname", "Helvetica", true);
            na.set("fontsize", "11", false);
        }
        {
            let mut ea = g.edge_attributes();
            ea.set("fontname", "Helvetica", true);
            ea.set("fontsize", "9", false);
        }
        write_legend(&mut g);
        for a in graph.actors() {
            let Some(id) = ids.get(a.id.as_str()) else {
                continue;
            };
            let mut n = g.node_named(id.as_str());
            set_text(&mut *n, "label", &a.name);
            n.set("shape", style::kind_shape(a.kind), false);
            n.set("fillcolor", style::country_fill(a.country.as_deref()), true);
            set_tooltip(&mut *n, &actor_tooltip(a));
        }
        for f in &folded {
            let (Some(s), Some(t)) = (ids.get(f.source), ids.get(f.target)) else {
                // An event whose actor is missing from the graph (possible
                // only for graphs built in code): nothing to attach it to.
                continue;
            };
            let q = f.relation.quad_class();
            let mut e = g.edge(s.as_str(), t.as_str()).attributes();
            if !large {
                set_text(&mut e, "label", &f.label());
            }
            e.set("color", style::quad_color(q), true);
            e.set("fontcolor", style::quad_color(q), true);
            e.set("style", style::quad_style(q), true);
            e.set("penwidth", &penwidth(f.reports()), false);
            if f.relation.is_symmetric() {
                e.set("dir", "none", false);
            }
            // The label shows this tooltip too: Graphviz falls back from
            // `labeltooltip` to `tooltip`, so it is written once.
            set_tooltip(&mut e, &edge_tooltip(graph, f));
        }
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Line width by number of reports: 1 for one, growing with the logarithm
/// so that a hundred reports do not blot out the picture; at most 8.
fn penwidth(reports: usize) -> String {
    let w = 1.0 + 1.5 * (reports.max(1) as f64).log2();
    format!("{:.1}", w.min(8.0))
}

/// The legend: one node per actor kind in its shape, one edge per quad class
/// in its colour and style.
fn write_legend(g: &mut dot_writer::Scope<'_, '_>) {
    let mut c = g.cluster();
    {
        let mut ga = c.graph_attributes();
        ga.set("label", "Legend", true);
        ga.set("style", "rounded,dashed", true);
        ga.set("color", "#999999", true);
        ga.set("fontsize", "12", false);
    }
    for (i, k) in style::ACTOR_KINDS.iter().enumerate() {
        let mut n = c.node_named(format!("legend_k{i}"));
        n.set("label", k.name(), true);
        n.set("shape", style::kind_shape(*k), false);
        n.set("fillcolor", "#ffffff", true);
        n.set("tooltip", &format!("actor kind: {}", k.name()), true);
    }
    // Invisible links keep the kinds in one row instead of a column.
    {
        let ids: Vec<String> = (0..style::ACTOR_KINDS.len())
            .map(|i| format!("legend_k{i}"))
            .collect();
        if let Some(e) = c.edges(ids) {
            e.attributes().set("style", "invis", false);
        }
    }
    for (i, q) in style::QUAD_CLASSES.iter().enumerate() {
        for end in ["a", "b"] {
            let mut n = c.node_named(format!("legend_q{i}{end}"));
            n.set("label", "", true);
            n.set("shape", "point", false);
            n.set("width", "0.05", false);
            n.set("color", "#999999", true);
        }
        let mut e = c
            .edge(format!("legend_q{i}a"), format!("legend_q{i}b"))
            .attributes();
        e.set("label", q.name(), true);
        e.set("color", style::quad_color(*q), true);
        e.set("fontcolor", style::quad_color(*q), true);
        e.set("style", style::quad_style(*q), true);
        e.set("tooltip", &format!("CAMEO quad class: {}", q.name()), true);
    }
}

fn actor_tooltip(a: &Actor) -> String {
    let mut s = format!("{}\n{}", a.name, a.kind.name());
    if let Some(c) = &a.country {
        s.push_str(&format!(", {c}"));
    }
    s.push_str(&format!("\nid: {}", a.id));
    if !a.aliases.is_empty() {
        s.push_str(&format!("\naka: {}", a.aliases.join("; ")));
    }
    truncate_chars(&s, TOOLTIP_MAX_CHARS)
}

/// Every folded event with its date, code and evidence sentences, cut at
/// [`TOOLTIP_MAX_CHARS`] with a count of what was left out.
fn edge_tooltip(graph: &EventGraph, f: &FoldedEdge<'_>) -> String {
    let name = |id: &str| graph.actor(id).map_or(id.to_string(), |a| a.name.clone());
    let arrow = if f.relation.is_symmetric() {
        "—"
    } else {
        "→"
    };
    let mut s = format!(
        "{} {arrow} {}: {} ({}, {} report{})",
        name(f.source),
        name(f.target),
        f.label(),
        f.relation.quad_class().name(),
        f.reports(),
        if f.reports() == 1 { "" } else { "s" }
    );
    let total: usize = f.events.len() + f.reports();
    let mut shown = 0;
    'outer: for e in &f.events {
        let line = format!(
            "\n• {} {} [CAMEO {}], confidence {:.2}{}",
            e.when,
            e.relation.name(),
            e.cameo,
            e.confidence,
            if e.planned { ", planned" } else { "" }
        );
        if s.chars().count() + line.chars().count() > TOOLTIP_MAX_CHARS {
            break;
        }
        s.push_str(&line);
        shown += 1;
        for ev in &e.evidence {
            let line = format!(
                "\n   “{}” ({} #{})",
                truncate_chars(ev.text.trim(), TOOLTIP_SENTENCE_CHARS),
                ev.article,
                ev.sentence
            );
            if s.chars().count() + line.chars().count() > TOOLTIP_MAX_CHARS {
                break 'outer;
            }
            s.push_str(&line);
            shown += 1;
        }
    }
    if shown < total {
        s.push_str(&format!("\n… {} more events and reports", total - shown));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixtures;
    use std::io::Write;
    use std::process::{Command, Stdio};

    #[test]
    fn labels_escape_quotes_backslashes_and_newlines() {
        assert_eq!(escape_label(r#"a "b" \N"#), r#"a \"b\" \\N"#);
        assert_eq!(escape_label("x\ny\r\nz\u{7}"), "x\\ny\\nz ");
        assert_eq!(escape_label("{a|b} <c>"), "\\{a\\|b\\} \\<c\\>");
        assert_eq!(escape_label("R&D"), "R&amp;D");
        assert_eq!(escape_tooltip("\\N"), "\\\\\\\\N");
    }

    #[test]
    fn non_latin_scripts_pass_through() {
        for s in ["القاهرة", "北京", "Москва"] {
            assert_eq!(escape_label(s), s);
        }
    }

    #[test]
    fn hostile_names_cannot_end_the_string() {
        let dot = to_dot(&fixtures::hostile());
        // Every quote in the output is either escaped or part of an
        // attribute: counting unescaped quotes per line must give an even
        // number on every line.
        for line in dot.lines() {
            let mut n = 0;
            let mut esc = false;
            for c in line.chars() {
                match (esc, c) {
                    (false, '\\') => esc = true,
                    (false, '"') => n += 1,
                    _ => esc = false,
                }
            }
            assert_eq!(n % 2, 0, "unbalanced quotes in: {line}");
        }
        // The name that tries to open a second graph stays inside its label.
        assert_eq!(
            dot.lines()
                .filter(|l| l.trim_start().starts_with("digraph"))
                .count(),
            1
        );
        assert!(dot.contains("القاهرة") && dot.contains("北京") && dot.contains("Москва"));
    }

    #[test]
    fn same_graph_same_bytes() {
        assert_eq!(to_dot(&fixtures::small()), to_dot(&fixtures::small()));
    }

    #[test]
    fn shapes_colours_and_folding() {
        let dot = to_dot(&fixtures::small());
        assert!(dot.contains("shape=ellipse"));
        assert!(dot.contains("shape=hexagon"));
        assert!(dot.contains("shape=octagon"));
        assert!(dot.contains("visit ×2, 2023-03-05–2023-04-06"));
        assert!(dot.contains("rankdir=LR"));
        assert!(
            dot.contains("dir=none"),
            "symmetric sign_deal is undirected"
        );
    }

    #[test]
    fn large_graphs_get_sfdp_hints_and_no_edge_labels() {
        let mut g = EventGraph::new();
        for i in 0..=LARGE_GRAPH_ACTORS {
            g.add_actor(crate::model::Actor::new(
                format!("x{i}"),
                format!("X {i}"),
                crate::model::ActorKind::Group,
            ));
        }
        for i in 0..LARGE_GRAPH_ACTORS {
            g.add_event(fixtures::event(
                &format!("x{i}"),
                &format!("x{}", i + 1),
                crate::model::Relation::Meet,
                crate::model::When::unknown(),
                vec![],
            ));
        }
        let dot = to_dot(&g);
        assert!(dot.contains("overlap=prism"));
        assert!(!dot.contains("rankdir"));
        assert!(!dot.contains("label=\"meet"));
    }

    #[test]
    fn tooltips_are_capped() {
        let mut g = fixtures::small();
        let long = "word ".repeat(200);
        for i in 0..40 {
            g.add_event(fixtures::event(
                "fra",
                "chn",
                crate::model::Relation::Say,
                crate::model::When::unknown(),
                vec![crate::model::Evidence {
                    article: format!("x{i}").into(),
                    title: None,
                    url: None,
                    sentence: i,
                    text: long.as_str().into(),
                    span: (0, 1),
                    source_mention: "France".into(),
                    target_mention: "China".into(),
                    trigger: String::new(),
                }],
            ));
        }
        let folded = style::fold_edges(&g);
        let say = folded
            .iter()
            .find(|f| f.relation == crate::model::Relation::Say)
            .expect("say edge");
        let tip = edge_tooltip(&g, say);
        assert!(
            tip.chars().count() <= TOOLTIP_MAX_CHARS + 60,
            "{}",
            tip.len()
        );
        assert!(tip.contains("more events and reports"));
    }

    /// Runs Graphviz on the output, when it is installed: the real test of
    /// the escaping is that `dot` accepts the file without a word.
    #[test]
    fn graphviz_accepts_hostile_dot_silently() {
        let dot = to_dot(&fixtures::hostile());
        let child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn();
        let Ok(mut child) = child else {
            eprintln!("skipped: Graphviz `dot` is not on PATH (apt-get install graphviz)");
            return;
        };
        child
            .stdin
            .take()
            .expect("piped stdin")
            .write_all(dot.as_bytes())
            .expect("write DOT to dot");
        let out = child.wait_with_output().expect("dot runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "dot failed: {stderr}\n{dot}");
        assert!(stderr.trim().is_empty(), "dot warned: {stderr}\n{dot}");
        let svg = String::from_utf8_lossy(&out.stdout);
        // Names arrive intact, and hostile text stays text.
        assert!(svg.contains("القاهرة"));
        assert!(svg.contains("北京 中华人民共和国"));
        assert!(svg.contains("Москва «Кремль»"));
        assert!(svg.contains("&lt;html&gt;&lt;b&gt;bold"));
        assert!(!svg.contains("<html>"));
        // A literal backslash survives in labels and tooltips, and `\N` is
        // not replaced by the node name.
        assert!(
            svg.contains("Say &quot;hi&quot; \\N \\\\ {x} | &lt;y&gt;"),
            "{svg}"
        );
        assert!(
            svg.contains("xlink:title=\"Say &quot;hi&quot; \\N \\\\ {x}"),
            "{svg}"
        );
    }

    #[test]
    fn snapshot_small_graph() {
        insta::assert_snapshot!(to_dot(&fixtures::small()));
    }
}
