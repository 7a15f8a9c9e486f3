//! `dipgraph stats`: what a graph holds.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;

use dipgraph::graph::EventGraph;
use dipgraph::model::ActorKind;

use super::{CliError, CliResult, EXIT_OK};

/// Summarise a graph: actors by kind, events by relation, date span,
/// articles and reports.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The graph file (.ron).
    graph: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
}

#[derive(serde::Serialize)]
struct Stats {
    actors: usize,
    actors_by_kind: BTreeMap<&'static str, usize>,
    events: usize,
    reports: usize,
    events_by_relation: BTreeMap<&'static str, usize>,
    first_date: Option<String>,
    last_date: Option<String>,
    undated_events: usize,
    articles: usize,
}

pub fn run(args: Args) -> CliResult {
    let g = EventGraph::load(&args.graph).map_err(|e| CliError::fail(e.to_string()))?;
    let mut by_kind: BTreeMap<&'static str, usize> = BTreeMap::new();
    for a in g.actors() {
        *by_kind.entry(a.kind.name()).or_default() += 1;
    }
    for k in [
        ActorKind::Person,
        ActorKind::Country,
        ActorKind::Organisation,
        ActorKind::Group,
    ] {
        by_kind.entry(k.name()).or_default();
    }
    let mut by_rel: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut reports = 0;
    let mut dates: Vec<String> = Vec::new();
    let mut undated = 0;
    for e in g.events() {
        *by_rel.entry(e.relation.name()).or_default() += 1;
        reports += e.evidence.len();
        match e.when.label() {
            Some(d) => dates.push(d),
            None => undated += 1,
        }
    }
    dates.sort();
    let s = Stats {
        actors: g.actor_count(),
        actors_by_kind: by_kind,
        events: g.event_count(),
        reports,
        events_by_relation: by_rel,
        first_date: dates.first().cloned(),
        last_date: dates.last().cloned(),
        undated_events: undated,
        articles: g.article_count(),
    };
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&s).unwrap_or_default()
        )?;
        return Ok(EXIT_OK);
    }
    writeln!(out, "actors    {}", s.actors)?;
    for (k, n) in &s.actors_by_kind {
        writeln!(out, "  {k:<14} {n}")?;
    }
    writeln!(out, "events    {} ({} reports)", s.events, s.reports)?;
    for (r, n) in &s.events_by_relation {
        writeln!(out, "  {r:<14} {n}")?;
    }
    let span = match (&s.first_date, &s.last_date) {
        (Some(a), Some(b)) => format!("{a} .. {b}"),
        _ => "none".into(),
    };
    writeln!(
        out,
        "dates     {span} ({} undated events)",
        s.undated_events
    )?;
    writeln!(out, "articles  {}", s.articles)?;
    Ok(EXIT_OK)
}
