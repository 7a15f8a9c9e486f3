//! Command-line definitions, one file per subcommand. Each subcommand file
//! holds its clap `Args`, whose doc comment is its `--help`, and a `run`
//! function that turns them into library calls.

use std::io::{self, Write};
use std::path::Path;

use clap::{Parser, Subcommand};

mod build;
mod common;
mod export;
mod extract;
mod merge;
mod query;
mod render;
mod stats;
mod timeline;

/// Turn news articles into a time-stamped knowledge graph of diplomatic
/// events: who visited, met, urged, criticised, hosted or signed deals with
/// whom, when, and on the strength of which sentence.
#[derive(Parser, Debug)]
#[command(name = "dipgraph", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Build(build::Args),
    Extract(extract::Args),
    Merge(merge::Args),
    Export(export::Args),
    Query(query::Args),
    Render(render::Args),
    Stats(stats::Args),
    Timeline(timeline::Args),
}

/// Exit codes: 0 success, 1 failure (nothing could be done, or `--strict`
/// and something was skipped), 2 usage errors (bad arguments, unknown actor).
pub const EXIT_OK: i32 = 0;
pub const EXIT_FAIL: i32 = 1;
pub const EXIT_USAGE: i32 = 2;

pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    let result = match cli.command {
        Command::Build(a) => build::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Merge(a) => merge::run(a),
        Command::Export(a) => export::run(a),
        Command::Query(a) => query::run(a),
        Command::Render(a) => render::run(a),
        Command::Stats(a) => stats::run(a),
        Command::Timeline(a) => timeline::run(a),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => EXIT_OK,
        Err(e) => {
            eprintln!("dipgraph: {e}");
            e.code
        }
    }
}

/// An error for the user, with the exit code it should give.
#[derive(Debug)]
pub struct CliError {
    pub msg: String,
    pub code: i32,
    pub broken_pipe: bool,
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg)
    }
}

impl CliError {
    pub fn usage(msg: impl Into<String>) -> CliError {
        CliError {
            msg: msg.into(),
            code: EXIT_USAGE,
            broken_pipe: false,
        }
    }
    pub fn fail(msg: impl Into<String>) -> CliError {
        CliError {
            msg: msg.into(),
            code: EXIT_FAIL,
            broken_pipe: false,
        }
    }
}

impl From<dipgraph::error::Error> for CliError {
    fn from(e: dipgraph::error::Error) -> CliError {
        let code = match e {
            dipgraph::error::Error::Usage(_) => EXIT_USAGE,
            _ => EXIT_FAIL,
        };
        CliError {
            msg: e.to_string(),
            code,
            broken_pipe: false,
        }
    }
}

impl From<io::Error> for CliError {
    fn from(e: io::Error) -> CliError {
        CliError {
            broken_pipe: e.kind() == io::ErrorKind::BrokenPipe,
            msg: format!("cannot write output: {e}"),
            code: EXIT_FAIL,
        }
    }
}

fn is_broken_pipe(e: &CliError) -> bool {
    e.broken_pipe
}

pub type CliResult = Result<i32, CliError>;

/// Writes a graph in a format, atomically (or to stdout for `-`).
pub fn write_graph(
    graph: &dipgraph::graph::EventGraph,
    path: &Path,
    format: GraphFormat,
) -> Result<(), CliError> {
    use dipgraph::export;
    match format {
        // Streamed: a million-event graph is never held in memory as text.
        GraphFormat::Ron => write_output_with(path, |w| graph.write_ron(w)),
        GraphFormat::Dot => write_output(path, export::dot::to_dot(graph).as_bytes()),
        GraphFormat::Jsonl => write_output(path, export::jsonl::to_jsonl(graph).as_bytes()),
        GraphFormat::Graphml => write_output(path, export::graphml::to_graphml(graph).as_bytes()),
        GraphFormat::Json => write_output(path, export::json::to_node_link(graph).as_bytes()),
        GraphFormat::Csv => {
            let (actors, events) = export::csv::output_paths(path).map_err(CliError::usage)?;
            if let Some(dir) = actors.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .map_err(|e| CliError::fail(format!("{}: {e}", dir.display())))?;
            }
            let (a, e) = export::csv::to_neo4j(graph);
            write_output(&actors, a.as_bytes())?;
            write_output(&events, e.as_bytes())
        }
    }
}

/// Writes bytes to a file atomically, or to stdout for `-`.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<(), CliError> {
    write_output_with(path, |w| w.write_all(bytes))
}

/// [`write_output`] for output produced piece by piece by `fill`.
pub fn write_output_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), CliError> {
    if path.as_os_str() == "-" {
        let stdout = io::stdout();
        let mut lock = io::BufWriter::with_capacity(1 << 16, stdout.lock());
        fill(&mut lock)?;
        lock.flush()?;
        Ok(())
    } else {
        // Like the CSV export, create the folder the user named.
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| {
                CliError::fail(format!(
                    "{}: cannot create folder {}: {e}",
                    path.display(),
                    dir.display()
                ))
            })?;
        }
        dipgraph::atomic::write_with(path, |w| fill(w)).map_err(CliError::from)
    }
}

/// Output formats for graph files, picked by extension unless given.
/// `csv` writes two files for Neo4j: `PREFIX.actors.csv` and
/// `PREFIX.events.csv` for `-o PREFIX.csv`, or `actors.csv` and
/// `events.csv` inside a directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
#[value(rename_all = "lower")]
pub enum GraphFormat {
    Ron,
    Dot,
    Jsonl,
    Graphml,
    Json,
    Csv,
}

impl GraphFormat {
    pub fn pick(explicit: Option<GraphFormat>, path: &Path) -> Result<GraphFormat, CliError> {
        if let Some(f) = explicit {
            return Ok(f);
        }
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "ron" => Ok(GraphFormat::Ron),
            "dot" | "gv" => Ok(GraphFormat::Dot),
            "jsonl" | "ndjson" => Ok(GraphFormat::Jsonl),
            "graphml" => Ok(GraphFormat::Graphml),
            "json" => Ok(GraphFormat::Json),
            "csv" => Ok(GraphFormat::Csv),
            _ => Err(CliError::usage(format!(
                "cannot tell the output format of '{}' from its extension; name it .ron, .dot, .jsonl, .graphml, .json or .csv, or pass --format",
                path.display()
            ))),
        }
    }
}
