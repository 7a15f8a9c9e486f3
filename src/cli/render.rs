//! `dipgraph render GRAPH -o FILE.svg|.png|.pdf`: draw a graph with
//! Graphviz.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use dipgraph::graph::EventGraph;
use dipgraph::query::{self, Filter};
use dipgraph::render::{self as pictures, Engine, ImageFormat};

use super::query::FilterArgs;
use super::{write_output, CliError, CliResult, EXIT_OK};

/// Draw a graph as SVG, PNG or PDF with Graphviz.
///
/// Actors are shaped by kind and filled by country; events between the same
/// two actors with the same relation are one edge, coloured by CAMEO quad
/// class (blue/green: cooperation, orange/red: conflict), as thick as the
/// number of reports. In SVG, hovering an edge shows every event and its
/// evidence. Graphs over 300 actors are laid out with `sfdp`, without edge
/// labels. Needs Graphviz (`apt-get install graphviz`,
/// `brew install graphviz`).
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A graph file written by `dipgraph build` (.ron).
    #[arg(value_name = "GRAPH")]
    graph: PathBuf,
    /// The picture: .svg, .png or .pdf (- writes SVG to stdout).
    #[arg(short = 'o', long, value_name = "FILE")]
    output: PathBuf,
    /// The Graphviz layout program (default: dot, or sfdp past 300 actors).
    #[arg(long, value_enum, ignore_case = true)]
    engine: Option<EngineArg>,
    /// Draw only this actor's neighbourhood: an id, name or alias.
    #[arg(long, value_name = "NAME")]
    actor: Option<String>,
    /// With --actor: hops from the actor, ignoring direction.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "actor")]
    depth: usize,
    #[command(flatten)]
    filter: FilterArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "lower")]
enum EngineArg {
    Dot,
    Sfdp,
    Neato,
}

impl From<EngineArg> for Engine {
    fn from(e: EngineArg) -> Engine {
        match e {
            EngineArg::Dot => Engine::Dot,
            EngineArg::Sfdp => Engine::Sfdp,
            EngineArg::Neato => Engine::Neato,
        }
    }
}

pub fn run(args: Args) -> CliResult {
    let format = image_format(&args.output)?;
    let filter = args.filter.to_filter()?;
    let g = EventGraph::load(&args.graph).map_err(|e| CliError::fail(e.to_string()))?;
    let picture = match &args.actor {
        Some(name) => {
            let a = query::resolve(&g, name).map_err(|e| CliError::usage(e.to_string()))?;
            query::ego::subgraph(&g, &a.id, args.depth, &filter)
        }
        None if filter.is_empty() => g,
        None => filtered(&g, &filter),
    };
    if picture.event_count() == 0 {
        eprintln!("dipgraph: no events to draw; the picture shows only the legend and any actors");
    }
    let bytes = pictures::render(&picture, args.engine.map(Engine::from), format)
        .map_err(|e| CliError::fail(e.to_string()))?;
    write_output(&args.output, &bytes)?;
    Ok(EXIT_OK)
}

/// The image format by extension; `-` is SVG on stdout.
fn image_format(path: &Path) -> Result<ImageFormat, CliError> {
    if path.as_os_str() == "-" {
        return Ok(ImageFormat::Svg);
    }
    ImageFormat::from_extension(path).ok_or_else(|| {
        CliError::usage(format!(
            "cannot tell the picture format of '{}'; name it .svg, .png or .pdf \
             (for DOT itself, use `dipgraph export --format dot`)",
            path.display()
        ))
    })
}

/// The events the filter keeps, with the actors they touch and the articles
/// they cite (so that the picture's title counts only those).
fn filtered(g: &EventGraph, filter: &Filter) -> EventGraph {
    let mut sub = EventGraph::new();
    let mut actors: BTreeSet<&str> = BTreeSet::new();
    let mut cited: BTreeSet<&str> = BTreeSet::new();
    for e in g.events().filter(|e| filter.matches(e, g)) {
        actors.insert(&e.source);
        actors.insert(&e.target);
        cited.extend(e.evidence.iter().map(|v| &*v.article));
        sub.add_event(e.clone());
    }
    for id in actors {
        if let Some(a) = g.actor(id) {
            sub.add_actor(a.clone());
        }
    }
    for m in g.articles().filter(|m| cited.contains(m.id.as_str())) {
        sub.add_article(m.clone());
    }
    sub
}
