//! Pieces shared by the subcommands that read articles.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressStyle};

use dipgraph::articles::{LoadOptions, Loaded};
use dipgraph::lexicon::Lexicon;
use dipgraph::pipeline::{Progress, RunStats};

use super::CliError;

/// Where articles come from and how to read them.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Articles: .txt/.md files (optional `Key: value` header), .jsonl
    /// collections, directories (read recursively), or - for stdin.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for articles that carry none; relative
    /// dates ("yesterday") are resolved against it.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub date: Option<NaiveDate>,
    /// Extra actors (RON, same shape as data/actors/*.ron). Repeatable.
    #[arg(long = "actors", value_name = "FILE.ron")]
    pub actors: Vec<PathBuf>,
    /// Extra relation triggers (RON, same shape as data/relations.ron).
    #[arg(long = "relations", value_name = "FILE.ron")]
    pub relations: Vec<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    /// No progress bar and no summary line.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Exit with status 1 if any article was skipped.
    #[arg(long)]
    pub strict: bool,
}

pub fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a date of the form YYYY-MM-DD"))
}

impl InputArgs {
    pub fn lexicon(&self) -> Result<Lexicon, CliError> {
        if self.actors.is_empty() && self.relations.is_empty() {
            return Ok(Lexicon::builtin());
        }
        let a: Vec<&std::path::Path> = self.actors.iter().map(|p| p.as_path()).collect();
        let r: Vec<&std::path::Path> = self.relations.iter().map(|p| p.as_path()).collect();
        Lexicon::with_files(&a, &r).map_err(|e| CliError::usage(e.to_string()))
    }

    pub fn load_options(&self) -> LoadOptions {
        LoadOptions {
            default_date: self.date,
        }
    }

    pub fn init_threads(&self) {
        if let Some(n) = self.threads {
            // Fails only if a pool exists already, which is fine.
            let _ = rayon::ThreadPoolBuilder::new()
                .num_threads(n.max(1))
                .build_global();
        }
    }
}

/// Prints notes as they come and shows a progress bar on a terminal once a
/// run takes longer than a second.
pub struct Reporter {
    quiet: bool,
    started: Instant,
    bar: Option<ProgressBar>,
    tty: bool,
}

impl Reporter {
    pub fn new(quiet: bool) -> Reporter {
        Reporter {
            quiet,
            started: Instant::now(),
            bar: None,
            tty: std::io::stderr().is_terminal(),
        }
    }

    pub fn handle(&mut self, p: Progress<'_>) {
        match p {
            Progress::Note(Loaded::Skipped(s)) => {
                self.println(format!("skipped {}: {}", s.origin, s.reason))
            }
            Progress::Note(Loaded::Warning(s)) => {
                self.println(format!("warning: {}: {}", s.origin, s.reason))
            }
            Progress::Note(Loaded::Article(_)) => {}
            Progress::Advance { articles, bytes } => {
                if self.quiet || !self.tty {
                    return;
                }
                if self.bar.is_none() && self.started.elapsed() > Duration::from_secs(1) {
                    let bar = ProgressBar::new_spinner();
                    bar.set_style(
                        ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
                            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                    );
                    bar.enable_steady_tick(Duration::from_millis(200));
                    self.bar = Some(bar);
                }
                if let Some(bar) = &self.bar {
                    let secs = self.started.elapsed().as_secs_f64().max(1e-9);
                    bar.set_message(format!(
                        "{articles} articles, {:.0} articles/s, {:.1} MB/s",
                        articles as f64 / secs,
                        bytes as f64 / secs / 1e6
                    ));
                }
            }
        }
    }

    fn println(&self, msg: String) {
        match &self.bar {
            Some(b) => b.println(msg),
            None => eprintln!("{msg}"),
        }
    }

    /// Clears the bar and prints the summary line.
    pub fn finish(&mut self, stats: &RunStats, what: &str) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
        if !self.quiet {
            let secs = self.started.elapsed().as_secs_f64();
            eprintln!(
                "{} articles read, {} skipped, {} warnings, {} events{what} in {:.2}s",
                stats.read, stats.skipped, stats.warnings, stats.events, secs
            );
        }
    }
}

/// The exit code a run deserves: failure when nothing could be read, or
/// with --strict when anything was skipped.
pub fn run_code(stats: &RunStats, strict: bool) -> Result<i32, CliError> {
    if stats.read == 0 {
        return Err(CliError::fail(
            "no article could be read; check the paths and formats above (.txt, .md, .jsonl, a directory, or - for stdin)",
        ));
    }
    if strict && stats.skipped > 0 {
        return Err(CliError::fail(format!(
            "{} input(s) skipped and --strict is set",
            stats.skipped
        )));
    }
    Ok(super::EXIT_OK)
}
