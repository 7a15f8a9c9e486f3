//! `dipgraph query GRAPH ...`: ask a graph questions.
//!
//! The library answers with plain data (`dipgraph::query`); this file only
//! parses arguments, resolves the names typed into actors, and prints the
//! answer as an aligned table or as JSON. Answers go to stdout and nothing
//! else does; notes ("no events match") go to stderr.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap::Subcommand;

use dipgraph::graph::EventGraph;
use dipgraph::model::Actor;
use dipgraph::query::{self, Filter, FilterSpec, QueryError};

use super::{CliError, CliResult, GraphFormat, EXIT_OK};

/// Ask a graph questions: who dealt with whom, what happened between two
/// actors and when, how two actors are connected, who matters most.
///
/// Actors can be named as you would type them: an id, a name or an alias,
/// in any case, with or without accents or titles ("macron", "Mr Xi",
/// "President Biden", "the Kremlin").
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A graph file written by `dipgraph build` (.ron).
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,
    #[command(subcommand)]
    query: Query,
}

#[derive(Subcommand, Debug)]
enum Query {
    /// Every actor linked to ACTOR, with relation counts in each direction
    /// and the first and last dates.
    Neighbors {
        /// The actor: id, name, alias or surname.
        actor: String,
        #[command(flatten)]
        common: Common,
    },
    /// Every event between A and B, in time order, with evidence.
    Between {
        a: String,
        b: String,
        #[command(flatten)]
        common: Common,
    },
    /// ACTOR's events in time order; undated events last.
    Timeline {
        actor: String,
        #[command(flatten)]
        common: Common,
    },
    /// The shortest chain of relations linking A to B, ignoring direction;
    /// with --all, every simple path up to --max-hops.
    Path {
        a: String,
        b: String,
        /// Every simple path, not just the shortest.
        #[arg(long)]
        all: bool,
        /// The longest path wanted (with --all: default 4, at most 8).
        #[arg(long, value_name = "N")]
        max_hops: Option<usize>,
        /// With --all, the most paths to print (0: no limit).
        #[arg(long, value_name = "N", default_value_t = 100)]
        limit: usize,
        #[command(flatten)]
        common: Common,
    },
    /// Actors ranked by PageRank, degree (events) or reports (weighted
    /// degree).
    Top {
        /// What to rank by: pagerank, degree or reports.
        #[arg(long, value_name = "MEASURE", default_value = "pagerank")]
        by: String,
        /// How many actors to print (0: all).
        #[arg(long, value_name = "N", default_value_t = 20)]
        limit: usize,
        #[command(flatten)]
        common: Common,
    },
    /// ACTOR's neighbourhood within --depth hops. With -o, the subgraph is
    /// written as a graph file in any format `export` writes (.dot, .ron,
    /// .jsonl, ...); without, its actors are listed.
    Ego {
        actor: String,
        /// Hops from ACTOR, ignoring direction.
        #[arg(long, value_name = "N", default_value_t = 1)]
        depth: usize,
        /// Write the subgraph here (- for stdout, as DOT unless
        /// --graph-format says otherwise).
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The subgraph's file format, if not the output's extension.
        #[arg(long, value_enum, ignore_case = true, value_name = "FORMAT")]
        graph_format: Option<GraphFormat>,
        #[command(flatten)]
        common: Common,
    },
}

/// Options every query takes.
#[derive(clap::Args, Debug)]
struct Common {
    #[command(flatten)]
    filter: FilterArgs,
    /// table (aligned, cut to the terminal width) or json (one stable
    /// schema per query, for scripts).
    #[arg(long, value_enum, ignore_case = true, default_value_t = OutputFormat::Table)]
    format: OutputFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "lower")]
enum OutputFormat {
    Table,
    Json,
}

/// Which events to look at; shared with `render` through
/// `#[command(flatten)]`.
#[derive(clap::Args, Debug, Clone, Default)]
pub(crate) struct FilterArgs {
    /// Only these relations (comma-separated or repeated): visit,meet.
    #[arg(long = "relation", value_name = "REL,...")]
    pub relation: Vec<String>,
    /// Only events on or after this date: YYYY-MM-DD, YYYY-MM or YYYY.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only events on or before this date; a month or year includes all of
    /// it (--until 2023-04 takes in April 30).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only events where either side belongs to one of these countries
    /// (ISO alpha-3, comma-separated): FRA,DEU.
    #[arg(long = "country", value_name = "ISO3,...")]
    pub country: Vec<String>,
    /// Only counterparts (or, for top and render, actors) of these kinds:
    /// person, country, organisation, group.
    #[arg(long = "kind", value_name = "KIND,...")]
    pub kind: Vec<String>,
    /// Only events with at least N reports.
    #[arg(long, value_name = "N")]
    pub min_reports: Option<usize>,
}

impl FilterArgs {
    /// The options as the library's plain strings.
    pub(crate) fn spec(&self) -> FilterSpec {
        FilterSpec {
            relations: self.relation.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            countries: self.country.clone(),
            kinds: self.kind.clone(),
            min_reports: self.min_reports,
        }
    }

    /// The parsed filter; a bad option is a usage error.
    pub(crate) fn to_filter(&self) -> Result<Filter, CliError> {
        self.spec().parse().map_err(usage)
    }
}

fn usage(e: QueryError) -> CliError {
    CliError::usage(e.to_string())
}

fn resolve<'g>(g: &'g EventGraph, name: &str) -> Result<&'g Actor, CliError> {
    query::resolve(g, name).map_err(usage)
}

pub fn run(args: Args) -> CliResult {
    let g = EventGraph::load(&args.graph).map_err(|e| CliError::fail(e.to_string()))?;
    let result = answer(&g, args);
    // Freeing a large graph one allocation at a time costs a tenth of a
    // second on 200,000 events, for nothing: the process ends here and the
    // system takes the memory back at once.
    std::mem::forget(g);
    result
}

fn answer(g: &EventGraph, args: Args) -> CliResult {
    let width = terminal_width();
    let out = match args.query {
        Query::Neighbors { actor, common } => {
            let filter = common.filter.to_filter()?;
            let a = resolve(g, &actor)?;
            let ans = query::neighbors::neighbors(g, &a.id, &filter);
            if ans.neighbors.is_empty() {
                note(&format!(
                    "{} has no neighbours{}",
                    a.name,
                    filtered(&filter)
                ));
            }
            emit(common.format, &ans, || neighbors_table(&ans, width))?
        }
        Query::Between { a, b, common } => {
            let filter = common.filter.to_filter()?;
            let (a, b) = (resolve(g, &a)?, resolve(g, &b)?);
            let ans = query::between::between(g, &a.id, &b.id, &filter);
            if ans.events.is_empty() {
                note(&format!(
                    "no events between {} and {}{}",
                    a.name,
                    b.name,
                    filtered(&filter)
                ));
            }
            emit(common.format, &ans, || between_table(&ans, width))?
        }
        Query::Timeline { actor, common } => {
            let filter = common.filter.to_filter()?;
            let a = resolve(g, &actor)?;
            let ans = query::timeline::timeline(g, &a.id, &filter);
            if ans.events.is_empty() {
                note(&format!("{} has no events{}", a.name, filtered(&filter)));
            }
            emit(common.format, &ans, || timeline_table(&ans, width))?
        }
        Query::Path {
            a,
            b,
            all,
            max_hops,
            limit,
            common,
        } => {
            let filter = common.filter.to_filter()?;
            let (a, b) = (resolve(g, &a)?, resolve(g, &b)?);
            let opts = query::path::PathOptions {
                all,
                max_hops,
                limit,
            };
            let ans = query::path::paths(g, &a.id, &b.id, &filter, opts).map_err(usage)?;
            if ans.paths.is_empty() {
                let within = ans
                    .max_hops
                    .map(|h| format!(" within {h} hops"))
                    .unwrap_or_default();
                note(&format!(
                    "no path links {} and {}{within}{}",
                    a.name,
                    b.name,
                    filtered(&filter)
                ));
            }
            if ans.truncated {
                note(&format!(
                    "showing the first {} paths; there are more (raise --limit or lower --max-hops)",
                    ans.paths.len()
                ));
            }
            emit(common.format, &ans, || path_table(&ans, width))?
        }
        Query::Top { by, limit, common } => {
            let filter = common.filter.to_filter()?;
            let by = by.parse().map_err(CliError::usage)?;
            let ans = query::top::top(g, &filter, by, limit);
            if ans.actors.is_empty() {
                note(&format!(
                    "no actor takes part in any event{}",
                    filtered(&filter)
                ));
            }
            emit(common.format, &ans, || top_table(&ans, width))?
        }
        Query::Ego {
            actor,
            depth,
            output,
            graph_format,
            common,
        } => {
            let filter = common.filter.to_filter()?;
            let a = resolve(g, &actor)?;
            if let Some(path) = output {
                let format = ego_format(graph_format, &path)?;
                let sub = query::ego::subgraph(g, &a.id, depth, &filter);
                // .dot goes through dipgraph::export::dot::to_dot, like
                // every other format, in write_graph.
                super::write_graph(&sub, &path, format)?;
                if path.as_os_str() != "-" {
                    note(&format!(
                        "wrote {} actors and {} events within {depth} hops of {} to {}",
                        sub.actor_count(),
                        sub.event_count(),
                        a.name,
                        path.display()
                    ));
                }
                return Ok(EXIT_OK);
            }
            let ans = query::ego::ego(g, &a.id, depth, &filter);
            emit(common.format, &ans, || ego_table(&ans, width))?
        }
    };
    super::write_output(Path::new("-"), out.as_bytes())?;
    Ok(EXIT_OK)
}

/// The subgraph's format: explicit, else by extension (as `export` picks
/// it), else DOT for stdout, the usual thing to pipe into Graphviz.
fn ego_format(explicit: Option<GraphFormat>, path: &Path) -> Result<GraphFormat, CliError> {
    if explicit.is_none() && path.as_os_str() == "-" {
        return Ok(GraphFormat::Dot);
    }
    GraphFormat::pick(explicit, path).map_err(|e| {
        // Here the flag is --graph-format: --format picks table or JSON.
        CliError::usage(e.msg.replace("pass --format", "pass --graph-format"))
    })
}

fn note(msg: &str) {
    eprintln!("dipgraph: {msg}");
}

fn filtered(f: &Filter) -> &'static str {
    if f.is_empty() {
        ""
    } else {
        " with these filters"
    }
}

/// The answer as JSON, or as the table `table` makes. An empty table prints
/// nothing at all (the note on stderr says why), so that `| wc -l` counts
/// answers.
fn emit<T: serde::Serialize>(
    format: OutputFormat,
    answer: &T,
    table: impl FnOnce() -> Table,
) -> Result<String, CliError> {
    match format {
        OutputFormat::Json => {
            let mut s = serde_json::to_string_pretty(answer)
                .map_err(|e| CliError::fail(format!("cannot write JSON: {e}")))?;
            s.push('\n');
            Ok(s)
        }
        OutputFormat::Table => {
            let t = table();
            Ok(if t.rows.is_empty() {
                String::new()
            } else {
                t.render()
            })
        }
    }
}

/// The width tables are cut to: `$COLUMNS` if set (shells export it to
/// scripts only on request, so tests and pipes get the fixed default), else
/// 100.
fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&w| w > 0)
        .unwrap_or(100)
}

/// An aligned text table whose last column is cut to fit the width.
struct Table {
    headers: Vec<&'static str>,
    /// Right-aligned columns (numbers).
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
    width: usize,
}

/// The last column always gets at least this many characters, however
/// narrow the terminal.
const MIN_LAST: usize = 12;

impl Table {
    fn new(headers: &[(&'static str, bool)], width: usize) -> Table {
        Table {
            headers: headers.iter().map(|h| h.0).collect(),
            right: headers.iter().map(|h| h.1).collect(),
            rows: Vec::new(),
            width,
        }
    }

    fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    fn render(&self) -> String {
        let n = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(c.chars().count());
            }
        }
        let used: usize = widths[..n - 1].iter().map(|w| w + 2).sum();
        let last = self.width.saturating_sub(used).max(MIN_LAST);
        let mut out = String::new();
        let header: Vec<String> = self.headers.iter().map(|h| h.to_string()).collect();
        for cells in std::iter::once(&header).chain(&self.rows) {
            let mut line = String::new();
            for (i, c) in cells.iter().enumerate() {
                if i + 1 == n {
                    line.push_str(&cut(c, last));
                } else {
                    let pad = widths[i] - c.chars().count();
                    if self.right[i] {
                        line.push_str(&" ".repeat(pad));
                        line.push_str(c);
                    } else {
                        line.push_str(c);
                        line.push_str(&" ".repeat(pad));
                    }
                    line.push_str("  ");
                }
            }
            let _ = writeln!(out, "{}", line.trim_end());
        }
        out
    }
}

/// Cuts text to `max` characters, ending with an ellipsis when cut.
/// Newlines in evidence would break the table, so they become spaces.
fn cut(s: &str, max: usize) -> String {
    let s = s.replace(['\n', '\r', '\t'], " ");
    if s.chars().count() <= max {
        return s;
    }
    let t: String = s.chars().take(max.saturating_sub(1)).collect();
    let mut t = t.trim_end().to_string();
    t.push('…');
    t
}

fn date_cell(date: &Option<String>) -> String {
    date.clone().unwrap_or_else(|| "undated".to_string())
}

fn relation_cell(e: &query::EventRow) -> String {
    if e.planned {
        format!("{} (planned)", e.relation)
    } else {
        e.relation.to_string()
    }
}

fn evidence_cell(e: &query::EventRow) -> String {
    e.evidence
        .first()
        .map(|ev| ev.text.clone())
        .unwrap_or_default()
}

fn neighbors_table(ans: &query::neighbors::Neighbors, width: usize) -> Table {
    let mut t = Table::new(
        &[
            ("COUNTERPART", false),
            ("EVENTS", true),
            ("REPORTS", true),
            ("FIRST", false),
            ("LAST", false),
            ("RELATIONS", false),
        ],
        width,
    );
    for n in &ans.neighbors {
        let mut rels = Vec::new();
        for (arrow, map) in [("->", &n.outgoing), ("<-", &n.incoming), ("<->", &n.mutual)] {
            for (r, c) in map {
                rels.push(format!("{arrow} {r} {c}"));
            }
        }
        t.row(vec![
            n.actor.name.clone(),
            n.events.to_string(),
            n.reports.to_string(),
            n.first.clone().unwrap_or_else(|| "-".into()),
            n.last.clone().unwrap_or_else(|| "-".into()),
            rels.join(", "),
        ]);
    }
    t
}

fn between_table(ans: &query::between::Between, width: usize) -> Table {
    let name = |id: &str| {
        if id == ans.a.id {
            ans.a.name.clone()
        } else if id == ans.b.id {
            ans.b.name.clone()
        } else {
            id.to_string()
        }
    };
    let mut t = Table::new(
        &[
            ("DATE", false),
            ("SOURCE", false),
            ("RELATION", false),
            ("TARGET", false),
            ("REPORTS", true),
            ("EVIDENCE", false),
        ],
        width,
    );
    for e in &ans.events {
        t.row(vec![
            date_cell(&e.date),
            name(&e.source),
            relation_cell(e),
            name(&e.target),
            e.reports.to_string(),
            evidence_cell(e),
        ]);
    }
    t
}

fn timeline_table(ans: &query::timeline::Timeline, width: usize) -> Table {
    let mut t = Table::new(
        &[
            ("DATE", false),
            ("RELATION", false),
            ("DIR", false),
            ("COUNTERPART", false),
            ("REPORTS", true),
            ("EVIDENCE", false),
        ],
        width,
    );
    for e in &ans.events {
        t.row(vec![
            date_cell(&e.event.date),
            relation_cell(&e.event),
            e.direction.arrow().to_string(),
            e.counterpart.name.clone(),
            e.event.reports.to_string(),
            evidence_cell(&e.event),
        ]);
    }
    t
}

fn path_table(ans: &query::path::Paths, width: usize) -> Table {
    use query::path::LinkDirection;
    let mut t = Table::new(
        &[
            ("PATH", true),
            ("HOP", true),
            ("FROM", false),
            ("TO", false),
            ("RELATIONS", false),
        ],
        width,
    );
    for (i, p) in ans.paths.iter().enumerate() {
        for (h, (step, pair)) in p.steps.iter().zip(p.actors.windows(2)).enumerate() {
            let links: Vec<String> = step
                .links
                .iter()
                .map(|l| {
                    let arrow = match l.direction {
                        LinkDirection::Forward => "->",
                        LinkDirection::Backward => "<-",
                        LinkDirection::Mutual => "<->",
                    };
                    format!("{arrow} {} {}", l.relation, l.events)
                })
                .collect();
            t.row(vec![
                (i + 1).to_string(),
                (h + 1).to_string(),
                pair[0].name.clone(),
                pair[1].name.clone(),
                links.join(", "),
            ]);
        }
        if p.steps.is_empty() {
            let only = p.actors.first().map(|a| a.name.clone()).unwrap_or_default();
            t.row(vec![
                (i + 1).to_string(),
                "0".into(),
                only.clone(),
                only,
                "-".into(),
            ]);
        }
    }
    t
}

fn top_table(ans: &query::top::Top, width: usize) -> Table {
    let mut t = Table::new(
        &[
            ("RANK", true),
            ("ID", false),
            ("KIND", false),
            ("DEGREE", true),
            ("NEIGHBORS", true),
            ("REPORTS", true),
            ("PAGERANK", true),
            ("NAME", false),
        ],
        width,
    );
    for r in &ans.actors {
        t.row(vec![
            r.rank.to_string(),
            r.actor.id.clone(),
            r.actor.kind.name().to_string(),
            r.degree.to_string(),
            r.neighbors.to_string(),
            r.reports.to_string(),
            format!("{:.4}", r.pagerank),
            r.actor.name.clone(),
        ]);
    }
    t
}

fn ego_table(ans: &query::ego::Ego, width: usize) -> Table {
    let mut t = Table::new(
        &[
            ("DISTANCE", true),
            ("ID", false),
            ("KIND", false),
            ("COUNTRY", false),
            ("NAME", false),
        ],
        width,
    );
    for a in &ans.actors {
        t.row(vec![
            a.distance.to_string(),
            a.actor.id.clone(),
            a.actor.kind.name().to_string(),
            a.actor.country.clone().unwrap_or_else(|| "-".into()),
            a.actor.name.clone(),
        ]);
    }
    t
}
