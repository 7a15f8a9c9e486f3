//! `dipgraph extract`: events as read from each article, without merging.

use std::io::{self, Write};

use dipgraph::export::jsonl::{self, EventLine};
use dipgraph::pipeline::for_each_extraction;

use super::common::{run_code, InputArgs, Reporter};
use super::{CliError, CliResult};

/// Print the events found in articles, one per report, in reading order.
///
/// The JSON-lines form is the evaluation contract: one object per event with
/// article, relation, cameo, source and target (id, name, kind, country,
/// mention), date, evidence and sentence.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(
        long,
        short = 'f',
        value_enum,
        default_value = "jsonl",
        ignore_case = true
    )]
    format: Format,
    /// Only events of this shard of the collection (I/N).
    #[arg(long, value_name = "I/N", value_parser = dipgraph::pipeline::Shard::parse)]
    shard: Option<dipgraph::pipeline::Shard>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Jsonl,
    Table,
}

pub fn run(args: Args) -> CliResult {
    args.input.init_threads();
    let lex = args.input.lexicon()?;
    let mut reporter = Reporter::new(args.input.quiet);
    let stdout = io::stdout();
    // Lines average half a kilobyte: a larger buffer than the default
    // 8 KiB means a write system call per hundred lines, not per sixteen.
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut write_err: Option<io::Error> = None;
    let stats = for_each_extraction(
        &lex,
        &args.input.inputs,
        &args.input.load_options(),
        args.shard,
        |p| reporter.handle(p),
        |_, x| {
            if write_err.is_some() {
                return;
            }
            // See `prefetch_event`: the actors first, then each event's
            // strings while the one before it is written.
            if args.format == Format::Jsonl {
                x.actors.iter().for_each(jsonl::prefetch_actor);
                if let Some(first) = x.events.first() {
                    jsonl::prefetch_event(first);
                }
            }
            for (k, e) in x.events.iter().enumerate() {
                if let Some(next) = x.events.get(k + 1).filter(|_| args.format == Format::Jsonl) {
                    jsonl::prefetch_event(next);
                }
                let (Some(s), Some(t)) = (x.actor(&e.source), x.actor(&e.target)) else {
                    continue;
                };
                for ev in &e.evidence {
                    let r = match args.format {
                        Format::Jsonl => EventLine::new(e, ev, s, t)
                            .write_json(&mut out)
                            .and_then(|()| out.write_all(b"\n")),
                        Format::Table => writeln!(
                            out,
                            "{:<10}  {:<11}  {:<24}  {:<24}  {}",
                            e.when.to_string(),
                            e.relation.name(),
                            truncate(&s.name, 24),
                            truncate(&t.name, 24),
                            ev.article
                        ),
                    };
                    if let Err(err) = r {
                        write_err = Some(err);
                        return;
                    }
                }
            }
        },
    );
    if let Some(e) = write_err {
        return Err(CliError::from(e));
    }
    out.flush().map_err(CliError::from)?;
    reporter.finish(&stats, "");
    run_code(&stats, args.input.strict)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
