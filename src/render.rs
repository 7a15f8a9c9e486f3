//! Pictures: Graphviz runs for the graph ([`render`]), and a timeline drawn
//! by our own SVG code ([`timeline_svg`]).
//!
//! Graphviz is run as a program (`dot`, `sfdp` or `neato`), fed DOT on
//! stdin, its image read from stdout. Its stderr is captured and any word on
//! it fails the run: Graphviz reports bad input as a warning and then draws
//! something anyway, and a silently wrong picture is worse than an error.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};
use std::io::Write as _;
use std::process::{Command, Stdio};

use chrono::{Datelike, Months, NaiveDate};

use crate::export::style::{self, LARGE_GRAPH_ACTORS};
use crate::export::{truncate_chars, xml_escape};
use crate::graph::EventGraph;
use crate::model::{Event, Precision};

/// A Graphviz layout program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// Layered layout: readable direction of events, slow on big graphs.
    Dot,
    /// Multiscale force-directed layout: for hundreds to thousands of actors.
    Sfdp,
    /// Spring model layout: small graphs without a direction.
    Neato,
}

impl Engine {
    /// The program name.
    pub fn program(self) -> &'static str {
        match self {
            Engine::Dot => "dot",
            Engine::Sfdp => "sfdp",
            Engine::Neato => "neato",
        }
    }

    /// `dot` up to [`LARGE_GRAPH_ACTORS`] actors, `sfdp` beyond, where `dot`
    /// takes minutes.
    pub fn for_size(actors: usize) -> Engine {
        if actors > LARGE_GRAPH_ACTORS {
            Engine::Sfdp
        } else {
            Engine::Dot
        }
    }
}

impl fmt::Display for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.program())
    }
}

/// An image format Graphviz writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Svg,
    Png,
    Pdf,
}

impl ImageFormat {
    /// The `-T` argument.
    pub fn graphviz_name(self) -> &'static str {
        match self {
            ImageFormat::Svg => "svg",
            ImageFormat::Png => "png",
            ImageFormat::Pdf => "pdf",
        }
    }

    /// The format a file name asks for by its extension (case-blind).
    pub fn from_extension(path: &std::path::Path) -> Option<ImageFormat> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(ImageFormat::Svg),
            "png" => Some(ImageFormat::Png),
            "pdf" => Some(ImageFormat::Pdf),
            _ => None,
        }
    }
}

/// Why Graphviz gave no picture.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(
        "Graphviz's `{program}` was not found on PATH; install Graphviz \
         (Debian/Ubuntu: `apt-get install graphviz`, macOS: `brew install graphviz`, \
         others: https://graphviz.org/download/), or export DOT with \
         `dipgraph export --format dot` and render it elsewhere"
    )]
    NotInstalled { program: &'static str },
    #[error("cannot run Graphviz's `{program}`: {source}")]
    Io {
        program: &'static str,
        #[source]
        source: std::io::Error,
    },
    #[error("Graphviz's `{program}` failed ({status}): {stderr}")]
    Failed {
        program: &'static str,
        status: String,
        stderr: String,
    },
    #[error("Graphviz's `{program}` warned, so the picture may be wrong: {stderr}")]
    Warned {
        program: &'static str,
        stderr: String,
    },
}

/// Runs a Graphviz engine on DOT text and returns the image bytes.
///
/// DOT is written from a separate thread while the main thread collects
/// stdout and stderr, so that neither side can block on a full pipe.
pub fn run_graphviz(
    dot: &str,
    engine: Engine,
    format: ImageFormat,
) -> Result<Vec<u8>, RenderError> {
    let program = engine.program();
    let mut child = Command::new(program)
        .arg(format!("-T{}", format.graphviz_name()))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => RenderError::NotInstalled { program },
            _ => RenderError::Io { program, source: e },
        })?;
    let mut stdin = child.stdin.take().ok_or_else(|| RenderError::Io {
        program,
        source: std::io::Error::other("no stdin pipe"),
    })?;
    let input = dot.as_bytes().to_vec();
    let writer = std::thread::spawn(move || {
        let r = stdin.write_all(&input);
        drop(stdin);
        r
    });
    let out = child
        .wait_with_output()
        .map_err(|e| RenderError::Io { program, source: e })?;
    let wrote = writer.join();
    let stderr = String::from_utf8_lossy(&out.stderr).trim().to_string();
    if !out.status.success() {
        return Err(RenderError::Failed {
            program,
            status: out.status.to_string(),
            stderr,
        });
    }
    if !stderr.is_empty() {
        return Err(RenderError::Warned { program, stderr });
    }
    match wrote {
        Ok(Ok(())) => {}
        // Graphviz succeeded without reading all of its input: that should
        // not happen, and the picture would be missing parts.
        Ok(Err(e)) => return Err(RenderError::Io { program, source: e }),
        Err(_) => {
            return Err(RenderError::Io {
                program,
                source: std::io::Error::other("the thread feeding Graphviz panicked"),
            })
        }
    }
    Ok(out.stdout)
}

/// The graph as an image: [`crate::export::dot::to_dot`] through Graphviz,
/// with `engine`, or by default the engine [`Engine::for_size`] picks.
///
/// ```no_run
/// use dipgraph::render::{render, ImageFormat};
/// # let graph = dipgraph::graph::EventGraph::new();
/// let svg = render(&graph, None, ImageFormat::Svg)?;
/// # Ok::<(), dipgraph::render::RenderError>(())
/// ```
pub fn render(
    graph: &EventGraph,
    engine: Option<Engine>,
    format: ImageFormat,
) -> Result<Vec<u8>, RenderError> {
    let engine = engine.unwrap_or_else(|| Engine::for_size(graph.actor_count()));
    run_graphviz(&crate::export::dot::to_dot(graph), engine, format)
}

// ---------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------

const WIDTH: f64 = 1100.0;
const LEFT: f64 = 230.0;
const RIGHT_PAD: f64 = 30.0;
const UNDATED_W: f64 = 130.0;
const TOP: f64 = 80.0;
const LANE_H: f64 = 36.0;
const MARK_R: f64 = 5.0;
/// Undated marks shown per lane before a "+N" count.
const UNDATED_MAX: usize = 8;

/// One event as the timeline draws it.
struct Mark<'g> {
    event: &'g Event,
    /// The focus actor is the event's target (drawn hollow).
    passive: bool,
}

/// Where an event's period ends (exclusive): the next day, month or year.
fn period_end(date: NaiveDate, p: Precision) -> NaiveDate {
    let next = match p {
        Precision::Day | Precision::Unknown => date.succ_opt(),
        Precision::Month => date.checked_add_months(Months::new(1)),
        Precision::Year => date.checked_add_months(Months::new(12)),
    };
    next.unwrap_or(date)
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

/// A timeline of the events of one or more focus actors, as SVG text.
///
/// The x axis is time (ticks by month, or by year for spans over ten years),
/// with one lane per counterpart actor, ordered by first dated event. Each
/// event is a mark coloured by CAMEO quad class and labelled with its
/// relation: a dot for a day, a bar over the month or year when the date is
/// only that precise; filled when a focus actor acts, hollow when it is the
/// target. Undated events go to a separate "undated" column on the right.
/// Every mark has a `<title>` with the date, the actors and the first
/// evidence sentence, which browsers show on hover. All text is escaped.
///
/// Unknown ids are kept as their own name (the CLI resolves names first).
///
/// ```
/// use dipgraph::graph::EventGraph;
/// let svg = dipgraph::render::timeline_svg(&EventGraph::new(), &["fra"]);
/// assert!(svg.starts_with("<svg") && svg.contains("no events"));
/// ```
pub fn timeline_svg<S: AsRef<str>>(graph: &EventGraph, actors: &[S]) -> String {
    let focus: Vec<&str> = actors.iter().map(|a| a.as_ref()).collect();
    let focus_set: BTreeSet<&str> = focus.iter().copied().collect();
    let name = |id: &str| graph.actor(id).map_or(id.to_string(), |a| a.name.clone());

    // Lanes: counterpart id -> marks.
    let mut lanes: BTreeMap<&str, Vec<Mark<'_>>> = BTreeMap::new();
    for e in graph.events() {
        let s_in = focus_set.contains(e.source.as_str());
        let t_in = focus_set.contains(e.target.as_str());
        if !s_in && !t_in {
            continue;
        }
        // The counterpart of the first focus actor (in the order given) that
        // takes part; so an event between two focus actors is drawn once.
        let first = focus
            .iter()
            .find(|f| **f == e.source || **f == e.target)
            .copied()
            .unwrap_or(e.source.as_str());
        let (counterpart, passive) = if first == e.source {
            (e.target.as_str(), false)
        } else {
            (e.source.as_str(), true)
        };
        let passive = passive && !e.relation.is_symmetric();
        lanes
            .entry(counterpart)
            .or_default()
            .push(Mark { event: e, passive });
    }
    for marks in lanes.values_mut() {
        marks.sort_by_key(|m| m.event.when.sort_key());
    }
    let mut order: Vec<(&str, Vec<Mark<'_>>)> = lanes.into_iter().collect();
    order.sort_by(|a, b| {
        let ka = a.1.first().map(|m| m.event.when.sort_key());
        let kb = b.1.first().map(|m| m.event.when.sort_key());
        ka.cmp(&kb)
            .then_with(|| name(a.0).cmp(&name(b.0)))
            .then_with(|| a.0.cmp(b.0))
    });

    let events: Vec<&Event> = order
        .iter()
        .flat_map(|l| l.1.iter().map(|m| m.event))
        .collect();
    let dated: Vec<&Event> = events
        .iter()
        .copied()
        .filter(|e| e.when.is_known())
        .collect();
    let has_undated = dated.len() < events.len();

    let title = format!(
        "Timeline: {}",
        focus.iter().map(|f| name(f)).collect::<Vec<_>>().join(", ")
    );
    let lanes_h = (order.len().max(1)) as f64 * LANE_H;
    let axis_y = TOP + lanes_h;
    let height = axis_y + 110.0;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH:.0}\" height=\"{height:.0}\" \
         viewBox=\"0 0 {WIDTH:.0} {height:.0}\" font-family=\"Helvetica, Arial, sans-serif\">"
    );
    let _ = writeln!(svg, "<title>{}</title>", xml_escape(&title));
    let _ = writeln!(
        svg,
        "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
    );
    let _ = writeln!(
        svg,
        "<text x=\"20\" y=\"30\" font-size=\"18\" font-weight=\"bold\">{}</text>",
        xml_escape(&truncate_chars(&title, 110))
    );

    if events.is_empty() {
        let _ = writeln!(
            svg,
            "<text x=\"20\" y=\"60\" font-size=\"13\" fill=\"#666666\">no events for {}</text>\n</svg>",
            xml_escape(&focus.join(", "))
        );
        return svg;
    }

    let span = dated
        .iter()
        .filter_map(|e| e.when.date.map(|d| (d, period_end(d, e.when.precision))))
        .fold(
            None,
            |acc: Option<(NaiveDate, NaiveDate)>, (s, e)| match acc {
                None => Some((s, e)),
                Some((a, b)) => Some((a.min(s), b.max(e))),
            },
        );
    let subtitle = {
        let range = match (dated.first(), dated.last()) {
            (Some(a), Some(b)) if a.when.label() == b.when.label() => a.when.to_string(),
            (Some(a), Some(b)) => format!("{} – {}", a.when, b.when),
            _ => "undated".to_string(),
        };
        let undated = events.len() - dated.len();
        format!(
            "{} events with {} counterparts, {}{}",
            events.len(),
            order.len(),
            range,
            if undated > 0 {
                format!(" ({undated} undated)")
            } else {
                String::new()
            }
        )
    };
    let _ = writeln!(
        svg,
        "<text x=\"20\" y=\"52\" font-size=\"12\" fill=\"#555555\">{}</text>",
        xml_escape(&subtitle)
    );

    let x0 = LEFT;
    let x1 = WIDTH - RIGHT_PAD - if has_undated { UNDATED_W } else { 0.0 };

    // Lane stripes and names.
    for (i, (id, _)) in order.iter().enumerate() {
        let y = TOP + i as f64 * LANE_H;
        if i % 2 == 0 {
            let _ = writeln!(
                svg,
                "<rect x=\"10\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{LANE_H:.1}\" fill=\"#f4f4f4\"/>",
                WIDTH - 20.0
            );
        }
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\"><title>{}</title>{}</text>",
            LEFT - 12.0,
            y + LANE_H / 2.0 + 4.0,
            xml_escape(id),
            xml_escape(&truncate_chars(&name(id), 32))
        );
    }

    // Time axis.
    let scale = span.map(|(first, end)| Scale::new(first, end, x0, x1));
    let _ = writeln!(
        svg,
        "<line x1=\"{x0:.1}\" y1=\"{axis_y:.1}\" x2=\"{x1:.1}\" y2=\"{axis_y:.1}\" stroke=\"#333333\"/>"
    );
    if let Some(sc) = &scale {
        for (d, label) in sc.ticks() {
            let x = sc.x(d);
            let _ = writeln!(
                svg,
                "<line x1=\"{x:.1}\" y1=\"{TOP:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#dddddd\"/>\
                 <text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333333\">{}</text>",
                axis_y + 5.0,
                axis_y + 18.0,
                xml_escape(&label)
            );
        }
    }
    if has_undated {
        let ux = x1 + 20.0;
        let _ = writeln!(
            svg,
            "<line x1=\"{:.1}\" y1=\"{TOP:.1}\" x2=\"{:.1}\" y2=\"{axis_y:.1}\" stroke=\"#999999\" stroke-dasharray=\"4 3\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#333333\">undated</text>",
            ux - 8.0,
            ux - 8.0,
            ux + (UNDATED_W - 20.0) / 2.0,
            axis_y + 18.0
        );
    }

    // Marks.
    for (i, (_, marks)) in order.iter().enumerate() {
        let cy = TOP + i as f64 * LANE_H + LANE_H / 2.0;
        let mut taken: BTreeMap<i64, usize> = BTreeMap::new();
        let mut undated_n = 0;
        for (j, m) in marks.iter().enumerate() {
            let e = m.event;
            let colour = style::quad_color(e.relation.quad_class());
            let fill = if m.passive { "#ffffff" } else { colour };
            let tip = mark_tooltip(graph, e);
            // Labels alternate above and below the lane's centre line so
            // that neighbours overlap less.
            let label_y = if j % 2 == 0 { cy - 9.0 } else { cy + 16.0 };
            let _ = write!(svg, "<g><title>{}</title>", xml_escape(&tip));
            match (&scale, e.when.date.filter(|_| e.when.is_known())) {
                (Some(sc), Some(d)) => {
                    let x = sc.x(d);
                    if e.when.precision == Precision::Day {
                        // Same-day marks in one lane step right instead of
                        // hiding each other.
                        let slot = taken.entry(x.round() as i64).or_insert(0);
                        let x = x + *slot as f64 * (MARK_R * 2.0 + 1.0);
                        *slot += 1;
                        let _ = write!(
                            svg,
                            "<circle cx=\"{x:.1}\" cy=\"{cy:.1}\" r=\"{MARK_R:.1}\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\"/>\
                             <text x=\"{x:.1}\" y=\"{label_y:.1}\" font-size=\"10\" text-anchor=\"middle\" fill=\"{colour}\">{}</text>",
                            xml_escape(e.relation.name())
                        );
                    } else {
                        let xe = sc.x(period_end(d, e.when.precision)).max(x + 4.0);
                        let opacity = if m.passive { "0.15" } else { "0.45" };
                        let _ = write!(
                            svg,
                            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"10\" rx=\"3\" fill=\"{colour}\" fill-opacity=\"{opacity}\" stroke=\"{colour}\" stroke-width=\"1.5\"/>\
                             <text x=\"{:.1}\" y=\"{label_y:.1}\" font-size=\"10\" text-anchor=\"middle\" fill=\"{colour}\">{}</text>",
                            cy - 5.0,
                            xe - x,
                            (x + xe) / 2.0,
                            xml_escape(e.relation.name())
                        );
                    }
                }
                _ => {
                    undated_n += 1;
                    if undated_n <= UNDATED_MAX {
                        let x = x1 + 20.0 + (undated_n - 1) as f64 * (MARK_R * 2.0 + 3.0);
                        let _ = write!(
                            svg,
                            "<circle cx=\"{x:.1}\" cy=\"{cy:.1}\" r=\"{MARK_R:.1}\" fill=\"{fill}\" stroke=\"{colour}\" stroke-width=\"2\"/>"
                        );
                    }
                }
            }
            svg.push_str("</g>\n");
        }
        if undated_n > UNDATED_MAX {
            let _ = writeln!(
                svg,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#333333\">+{}</text>",
                x1 + 20.0 + UNDATED_MAX as f64 * (MARK_R * 2.0 + 3.0),
                cy + 4.0,
                undated_n - UNDATED_MAX
            );
        }
    }

    // Legend.
    let ly = axis_y + 50.0;
    let mut lx = 20.0;
    for q in style::QUAD_CLASSES {
        let c = style::quad_color(q);
        let _ = writeln!(
            svg,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{MARK_R:.1}\" fill=\"{c}\" stroke=\"{c}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\">{}</text>",
            lx + MARK_R,
            ly,
            lx + 3.0 * MARK_R,
            ly + 4.0,
            q.name()
        );
        lx += 170.0;
    }
    let _ = writeln!(
        svg,
        "<text x=\"20\" y=\"{:.1}\" font-size=\"11\" fill=\"#555555\">\
         filled: the focus actor acts · hollow: the focus actor is the target · \
         bar: dated only to a month or year · hover a mark for its evidence</text>",
        ly + 26.0
    );
    svg.push_str("</svg>\n");
    svg
}

fn mark_tooltip(graph: &EventGraph, e: &Event) -> String {
    let name = |id: &str| graph.actor(id).map_or(id.to_string(), |a| a.name.clone());
    let mut s = format!(
        "{}: {} {} {} [CAMEO {}], {} report{}",
        e.when,
        name(&e.source),
        e.relation.name(),
        name(&e.target),
        e.cameo,
        e.evidence.len(),
        if e.evidence.len() == 1 { "" } else { "s" }
    );
    if let Some(ev) = e.evidence.first() {
        s.push_str(&format!(
            "\n“{}” ({} #{})",
            truncate_chars(ev.text.trim(), 300),
            ev.article,
            ev.sentence
        ));
    }
    s
}

/// Maps dates to x positions and picks readable ticks.
struct Scale {
    start: NaiveDate,
    end: NaiveDate,
    x0: f64,
    x1: f64,
    yearly: bool,
}

impl Scale {
    /// Covers `[first, end)` rounded out to whole months, or to whole years
    /// when that is more than ten years.
    fn new(first: NaiveDate, end: NaiveDate, x0: f64, x1: f64) -> Scale {
        let last = end.pred_opt().unwrap_or(end).max(first);
        let months =
            (last.year() - first.year()) * 12 + last.month() as i32 - first.month() as i32 + 1;
        let yearly = months > 120;
        let (start, end) = if yearly {
            (
                NaiveDate::from_ymd_opt(first.year(), 1, 1).unwrap_or(first),
                NaiveDate::from_ymd_opt(last.year() + 1, 1, 1).unwrap_or(end),
            )
        } else {
            let s = month_start(first);
            (
                s,
                month_start(last)
                    .checked_add_months(Months::new(1))
                    .unwrap_or(end),
            )
        };
        Scale {
            start,
            end,
            x0,
            x1,
            yearly,
        }
    }

    fn x(&self, d: NaiveDate) -> f64 {
        let total = (self.end - self.start).num_days().max(1) as f64;
        let off = (d - self.start).num_days() as f64;
        self.x0 + off / total * (self.x1 - self.x0)
    }

    /// Tick dates and labels, spaced at least ~60 pixels apart.
    fn ticks(&self) -> Vec<(NaiveDate, String)> {
        let unit_months: u32 = if self.yearly { 12 } else { 1 };
        let total_units = {
            let m = (self.end.year() - self.start.year()) * 12 + self.end.month() as i32
                - self.start.month() as i32;
            (m.max(1) as u32).div_ceil(unit_months)
        };
        let px_per_unit = (self.x1 - self.x0) / f64::from(total_units.max(1));
        let step = [1u32, 2, 3, 6, 12, 24, 60, 120]
            .into_iter()
            .find(|s| px_per_unit * f64::from(*s) >= 60.0)
            .unwrap_or(240);
        let mut out: Vec<(NaiveDate, String)> = Vec::new();
        let mut d = self.start;
        while d <= self.end {
            // A month tick names its year when the year changes.
            let new_year = match out.last() {
                Some((p, _)) => p.year() != d.year(),
                None => true,
            };
            let label = if self.yearly {
                d.format("%Y").to_string()
            } else if new_year {
                d.format("%b %Y").to_string()
            } else {
                d.format("%b").to_string()
            };
            out.push((d, label));
            match d.checked_add_months(Months::new(step * unit_months)) {
                Some(n) => d = n,
                None => break,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixtures;

    #[test]
    fn engine_by_size() {
        assert_eq!(Engine::for_size(10), Engine::Dot);
        assert_eq!(Engine::for_size(LARGE_GRAPH_ACTORS + 1), Engine::Sfdp);
    }

    #[test]
    fn format_by_extension() {
        use std::path::Path;
        assert_eq!(
            ImageFormat::from_extension(Path::new("g.SVG")),
            Some(ImageFormat::Svg)
        );
        assert_eq!(
            ImageFormat::from_extension(Path::new("g.pdf")),
            Some(ImageFormat::Pdf)
        );
        assert_eq!(ImageFormat::from_extension(Path::new("g.dot")), None);
    }

    fn have(program: &str) -> bool {
        Command::new(program)
            .arg("-V")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok()
    }

    #[test]
    fn renders_svg_and_png_with_graphviz() {
        if !have("dot") {
            eprintln!("skipped: Graphviz `dot` is not on PATH (apt-get install graphviz)");
            return;
        }
        let g = fixtures::hostile();
        let svg = render(&g, None, ImageFormat::Svg).expect("svg");
        assert!(String::from_utf8_lossy(&svg).contains("<svg"));
        let png = render(&fixtures::small(), Some(Engine::Sfdp), ImageFormat::Png).expect("png");
        assert!(png.starts_with(b"\x89PNG"));
    }

    #[test]
    fn graphviz_complaints_are_errors() {
        if !have("dot") {
            eprintln!("skipped: Graphviz `dot` is not on PATH");
            return;
        }
        let err = run_graphviz("digraph { a -> }", Engine::Dot, ImageFormat::Svg).unwrap_err();
        assert!(matches!(err, RenderError::Failed { .. }), "{err}");
        let err = run_graphviz(
            "digraph { a [shape=nosuchshape] }",
            Engine::Dot,
            ImageFormat::Svg,
        )
        .unwrap_err();
        assert!(matches!(err, RenderError::Warned { .. }), "{err}");
    }

    /// Checks that a string is well-formed enough: tags balance and no raw
    /// `<` or `&` sits in text.
    fn balanced(svg: &str) {
        let mut stack: Vec<String> = Vec::new();
        let mut rest = svg;
        while let Some(start) = rest.find('<') {
            let text = &rest[..start];
            assert!(!text.contains('>'), "raw '>' in text: {text}");
            for (i, _) in text.match_indices('&') {
                let ent = &text[i..];
                assert!(
                    ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"]
                        .iter()
                        .any(|e| ent.starts_with(e)),
                    "raw '&' in text: {text}"
                );
            }
            let end = rest[start..].find('>').expect("tag closes") + start;
            let tag = &rest[start + 1..end];
            rest = &rest[end + 1..];
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '/')
                .collect();
            if let Some(closing) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(closing.trim()));
            } else if !tag.ends_with('/') {
                stack.push(name);
            }
        }
        assert!(stack.is_empty(), "unclosed {stack:?}");
    }

    #[test]
    fn timeline_has_lanes_marks_and_undated_column() {
        let g = fixtures::small();
        let svg = timeline_svg(&g, &["emmanuel-macron", "un"]);
        balanced(&svg);
        assert!(svg.contains("Timeline: Emmanuel Macron, United Nations"));
        assert!(svg.contains(">China</text>"));
        assert!(svg.contains(">Rebels</text>"));
        assert!(svg.contains(">undated</text>"));
        assert!(svg.contains(">visit</text>"));
        assert!(svg.contains(style::quad_color(crate::model::QuadClass::MaterialConflict)));
        assert!(svg.contains(">Jan 2023<"), "month ticks");
        assert_eq!(svg, timeline_svg(&g, &["emmanuel-macron", "un"]));
    }

    #[test]
    fn timeline_escapes_hostile_text() {
        let g = fixtures::hostile();
        let svg = timeline_svg(&g, &["h", "q"]);
        balanced(&svg);
        assert!(svg.contains("&lt;html&gt;"));
        assert!(!svg.contains("<html>"));
    }

    #[test]
    fn timeline_of_unknown_actor_says_so() {
        let svg = timeline_svg(&fixtures::small(), &["nobody"]);
        balanced(&svg);
        assert!(svg.contains("no events for nobody"));
    }

    #[test]
    fn long_spans_tick_by_year() {
        let s = Scale::new(
            NaiveDate::from_ymd_opt(1990, 5, 1).expect("date"),
            NaiveDate::from_ymd_opt(2020, 5, 1).expect("date"),
            0.0,
            800.0,
        );
        let t = s.ticks();
        assert!(
            t.iter().all(|(d, l)| d.month() == 1 && l.len() == 4),
            "{t:?}"
        );
        assert!(t.len() >= 3 && t.len() <= 15);
    }
}
