//! `dipgraph merge`: several graph files in, one graph out.

use std::path::PathBuf;

use rayon::prelude::*;

use dipgraph::graph::EventGraph;

use super::{write_graph, CliError, CliResult, GraphFormat, EXIT_OK};

/// Merge graph files (.ron, as written by `dipgraph build`) into one graph.
///
/// Events with the same source, target, relation and date become one edge
/// with the union of their evidence, exactly as if the articles had been
/// built together: `build --shard 1/N` ... `N/N` followed by `merge` gives
/// the same bytes as one `build` over everything. The order of the inputs
/// does not matter. The output format follows the extension of FILE unless
/// --format is given.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Graph files (.ron) to merge.
    #[arg(required = true, value_name = "GRAPH.ron")]
    inputs: Vec<PathBuf>,
    /// Where to write the merged graph (- for stdout).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: PathBuf,
    /// Output format, overriding the extension.
    #[arg(long, value_enum, ignore_case = true)]
    format: Option<GraphFormat>,
    /// Threads for reading the inputs (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// No summary line.
    #[arg(long, short = 'q')]
    quiet: bool,
}

pub fn run(args: Args) -> CliResult {
    let format = GraphFormat::pick(args.format, &args.output)?;
    let started = std::time::Instant::now();
    if let Some(p) = args.inputs.iter().find(|p| p.as_os_str() == "-") {
        return Err(CliError::usage(format!(
            "merge reads graph files, not stdin ('{}'): name each .ron file",
            p.display()
        )));
    }
    if let Some(n) = args.threads {
        // Fails only if a pool exists already, which is fine.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
    // Parsing dominates: read the files in parallel. Every error names its
    // file (Error::Io / Parse / Invalid / GraphVersion); the first in
    // command-line order is reported.
    let results: Vec<_> = args
        .inputs
        .par_iter()
        .map(|p| EventGraph::load(p))
        .collect();
    let mut graphs = Vec::with_capacity(results.len());
    for r in results {
        graphs.push(r.map_err(|e| CliError::fail(e.to_string()))?);
    }
    // Merging is order-independent, so start from the largest graph and
    // re-insert only the events of the others.
    let biggest = (0..graphs.len())
        .max_by_key(|&i| (graphs[i].event_count(), std::cmp::Reverse(i)))
        .unwrap_or(0);
    let mut merged = graphs.swap_remove(biggest);
    for g in graphs {
        merged.merge(g);
    }
    write_graph(&merged, &args.output, format)?;
    if !args.quiet {
        eprintln!(
            "{} graphs merged -> {} actors, {} edges, {} articles in {:.2}s",
            args.inputs.len(),
            merged.actor_count(),
            merged.event_count(),
            merged.article_count(),
            started.elapsed().as_secs_f64()
        );
    }
    // The process ends here: freeing the graph allocation by allocation
    // would only cost time.
    std::mem::forget(merged);
    Ok(EXIT_OK)
}
