//! `dipgraph build`: articles in, a merged event graph out.

use std::path::PathBuf;

use dipgraph::graph::EventGraph;
use dipgraph::pipeline::{add_to_graph, for_each_extraction, Shard};

use super::common::{run_code, InputArgs, Reporter};
use super::{write_graph, CliError, CliResult, GraphFormat};

/// Read articles, extract events, merge them into a graph and write it.
///
/// The output format follows the extension of FILE (.ron graph store that
/// dipgraph reloads, .dot for Graphviz, .jsonl event list, .graphml, .json
/// node-link, .csv for Neo4j) unless --format is given. The same input
/// always gives the same bytes, whatever the file order or thread count.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Where to write the graph (- for stdout).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: PathBuf,
    /// Output format, overriding the extension.
    #[arg(long, value_enum, ignore_case = true)]
    format: Option<GraphFormat>,
    /// Merge the new events into this existing graph (.ron) first.
    #[arg(long, value_name = "GRAPH.ron")]
    into: Option<PathBuf>,
    /// Take a deterministic share I of N of the articles (by article id),
    /// to build shards on several machines and `dipgraph merge` them.
    #[arg(long, value_name = "I/N", value_parser = Shard::parse)]
    shard: Option<Shard>,
}

pub fn run(args: Args) -> CliResult {
    let format = GraphFormat::pick(args.format, &args.output)?;
    args.input.init_threads();
    let lex = args.input.lexicon()?;
    let mut graph = match &args.into {
        Some(p) => EventGraph::load(p).map_err(|e| CliError::fail(e.to_string()))?,
        None => EventGraph::new(),
    };
    let mut reporter = Reporter::new(args.input.quiet);
    let stats = for_each_extraction(
        &lex,
        &args.input.inputs,
        &args.input.load_options(),
        args.shard,
        |p| reporter.handle(p),
        |a, x| add_to_graph(&mut graph, a, x),
    );
    reporter.finish(
        &stats,
        &format!(
            " -> {} actors, {} edges",
            graph.actor_count(),
            graph.event_count()
        ),
    );
    // A shard may get no article of a small collection: that is an empty
    // graph, not a failure, so a job array's merge step still runs.
    let empty_shard = args.shard.is_some() && stats.read == 0 && stats.skipped == 0;
    let code = if empty_shard {
        Ok(super::EXIT_OK)
    } else {
        run_code(&stats, args.input.strict)
    };
    if stats.read == 0 && !empty_shard {
        return code;
    }
    write_graph(&graph, &args.output, format)?;
    // Freeing a graph of two million events one allocation at a time took
    // two seconds, for nothing: the process ends here and the system takes
    // the memory back at once.
    std::mem::forget(graph);
    code
}
