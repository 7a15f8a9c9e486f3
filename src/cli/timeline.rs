//! `dipgraph timeline GRAPH --actor X [--actor Y] -o FILE.svg`: a picture
//! of one or more actors' events over time.

use std::collections::BTreeSet;
use std::path::PathBuf;

use dipgraph::graph::EventGraph;
use dipgraph::query;

use super::query::FilterArgs;
use super::{write_output, CliError, CliResult, EXIT_OK};

/// Draw a timeline of one or more actors' events as SVG.
///
/// Time runs left to right (ticks by month, or by year for long spans);
/// each counterpart gets a lane; each event is a mark coloured by CAMEO quad
/// class and labelled with its relation: a dot when the day is known, a bar
/// over the month or year when only that is, hollow when the focus actor is
/// the target. Undated events sit in a column of their own. Hovering a mark
/// shows its evidence. Needs no Graphviz.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A graph file written by `dipgraph build` (.ron).
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,
    /// The actor to follow: an id, name or alias. Repeat for several.
    #[arg(long, value_name = "NAME", required = true)]
    actor: Vec<String>,
    /// The picture (.svg), or - for stdout.
    #[arg(short = 'o', long, value_name = "FILE.svg", default_value = "-")]
    output: PathBuf,
    #[command(flatten)]
    filter: FilterArgs,
}

pub fn run(args: Args) -> CliResult {
    let is_svg = args
        .output
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"));
    if args.output.as_os_str() != "-" && !is_svg {
        return Err(CliError::usage(format!(
            "timelines are SVG: name the output .svg (got '{}')",
            args.output.display()
        )));
    }
    let filter = args.filter.to_filter()?;
    let g = EventGraph::load(&args.graph).map_err(|e| CliError::fail(e.to_string()))?;
    let mut ids: Vec<String> = Vec::new();
    for name in &args.actor {
        let a = query::resolve(&g, name).map_err(|e| CliError::usage(e.to_string()))?;
        if !ids.contains(&a.id) {
            ids.push(a.id.clone());
        }
    }
    let focus: Vec<&str> = ids.iter().map(String::as_str).collect();
    let picture = if filter.is_empty() {
        g
    } else {
        let mut sub = EventGraph::new();
        let mut touched: BTreeSet<&str> = focus.iter().copied().collect();
        for e in g.events().filter(|e| filter.matches_around(e, &g, &focus)) {
            touched.insert(&e.source);
            touched.insert(&e.target);
            sub.add_event(e.clone());
        }
        for id in touched {
            if let Some(a) = g.actor(id) {
                sub.add_actor(a.clone());
            }
        }
        sub
    };
    let svg = dipgraph::render::timeline_svg(&picture, &focus);
    write_output(&args.output, svg.as_bytes())?;
    Ok(EXIT_OK)
}
