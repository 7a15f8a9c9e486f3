//! `dipgraph export`: convert a saved graph to another format.

use std::path::PathBuf;

use dipgraph::graph::EventGraph;

use super::{write_graph, CliError, CliResult, GraphFormat, EXIT_OK};

/// Convert a graph written by `dipgraph build` (.ron) to DOT, RON, JSON
/// lines, GraphML, node-link JSON or Neo4j CSV.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The graph file (.ron).
    graph: PathBuf,
    /// Where to write (- for stdout); the extension picks the format.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: PathBuf,
    /// Output format, overriding the extension.
    #[arg(long, value_enum, ignore_case = true)]
    format: Option<GraphFormat>,
}

pub fn run(args: Args) -> CliResult {
    let format = GraphFormat::pick(args.format, &args.output)?;
    let graph = EventGraph::load(&args.graph).map_err(|e| CliError::fail(e.to_string()))?;
    write_graph(&graph, &args.output, format)?;
    // The process ends here: freeing the graph allocation by allocation
    // would only cost time.
    std::mem::forget(graph);
    Ok(EXIT_OK)
}
