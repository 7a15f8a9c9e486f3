//! Running extraction over a collection: streaming input in batches,
//! extracting in parallel, merging in input order.
//!
//! Articles are read file by file and line by line, gathered into batches,
//! and each batch is extracted on the rayon pool; the whole collection's text
//! is never in memory at once. Results are consumed in input order, so the
//! output does not depend on thread timing.

use std::path::PathBuf;
use std::sync::mpsc;

use rayon::prelude::*;

use crate::articles::{expand_inputs, load_file, Article, LoadOptions, Loaded, Skip};
use crate::extract::{extract, Extraction};
use crate::graph::{ArticleMeta, EventGraph};
use crate::lexicon::Lexicon;

/// Articles per parallel batch: large enough to keep every core busy,
/// small enough to bound memory.
const BATCH: usize = 512;

/// Which part of the collection this run handles (`--shard I/N`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// 0-based index.
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// Parses `I/N` with 1 <= I <= N.
    pub fn parse(s: &str) -> Result<Shard, String> {
        let (i, n) = s
            .split_once('/')
            .ok_or_else(|| format!("shard '{s}' is not of the form I/N (e.g. 2/8)"))?;
        let i: u32 = i
            .trim()
            .parse()
            .map_err(|_| format!("shard index '{i}' is not a number"))?;
        let n: u32 = n
            .trim()
            .parse()
            .map_err(|_| format!("shard count '{n}' is not a number"))?;
        if n == 0 || i == 0 || i > n {
            return Err(format!("shard {i}/{n} is out of range: use 1/N to N/N"));
        }
        Ok(Shard {
            index: i - 1,
            count: n,
        })
    }

    /// Whether an article belongs to this shard: a stable hash of its id,
    /// so that every machine agrees without coordination.
    pub fn takes(&self, article_id: &str) -> bool {
        fnv1a(article_id.as_bytes()) % u64::from(self.count) == u64::from(self.index)
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Counts of a run, for the summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunStats {
    pub read: usize,
    pub skipped: usize,
    pub warnings: usize,
    pub events: usize,
    pub bytes: usize,
}

/// What the pipeline reports as it goes.
pub enum Progress<'a> {
    /// A skipped article or a warning, to print at once.
    Note(&'a Loaded),
    /// A batch finished: articles and bytes so far.
    Advance { articles: usize, bytes: usize },
}

/// What the reading thread hands to the extracting one, in input order.
enum Input {
    /// A skipped input or a warning.
    Note(Loaded),
    /// Up to [`BATCH`] articles, and their text's length in bytes.
    Batch(Vec<Article>, usize),
}

/// Batches read ahead of the one being extracted. Two keep the extracting
/// threads fed while bounding memory to a few batches.
const READ_AHEAD: usize = 2;

/// Runs extraction over the inputs and hands each article's result, in
/// input order, to `sink`.
///
/// Three things overlap: a thread reads and parses the input a few batches
/// ahead, the rayon pool extracts one batch, and the calling thread hands
/// the previous batch's results to `sink` (writing output, merging into a
/// graph). Done one after the other, reading and writing were an eighth of
/// a single-threaded run. `sink` and `progress` run on the calling thread
/// only, and always in input order.
///
/// Not to be called from a task on the rayon pool: the calling thread waits
/// for the pool's results.
pub fn for_each_extraction<S, P>(
    lex: &Lexicon,
    inputs: &[PathBuf],
    opts: &LoadOptions,
    shard: Option<Shard>,
    mut progress: P,
    mut sink: S,
) -> RunStats
where
    S: FnMut(&Article, Extraction),
    P: FnMut(Progress<'_>),
{
    let mut stats = RunStats::default();
    let (files, skips) = expand_inputs(inputs);
    for s in skips {
        stats.skipped += 1;
        progress(Progress::Note(&Loaded::Skipped(s)));
    }
    let (tx, rx) = mpsc::sync_channel::<Input>(READ_AHEAD);
    std::thread::scope(|threads| {
        threads.spawn(move || read_batches(&files, opts, shard, &tx));
        rayon::in_place_scope(|pool| {
            // The batch being extracted: its articles come back with their
            // results once the pool is done with them.
            type Done = (Vec<Article>, Vec<Extraction>);
            let mut in_flight: Option<mpsc::Receiver<Done>> = None;
            let mut finish = |pending: mpsc::Receiver<Done>, stats: &mut RunStats| {
                // The pool always sends unless extraction panicked, and a
                // panic there is re-raised when the scope ends.
                let Ok((batch, results)) = pending.recv() else {
                    return;
                };
                for (a, x) in batch.iter().zip(results) {
                    stats.events += x.events.len();
                    sink(a, x);
                }
            };
            for input in rx {
                match input {
                    Input::Note(l) => {
                        match &l {
                            Loaded::Skipped(_) => stats.skipped += 1,
                            Loaded::Warning(_) => stats.warnings += 1,
                            Loaded::Article(_) => {}
                        }
                        progress(Progress::Note(&l));
                    }
                    Input::Batch(batch, bytes) => {
                        // Counted when handed on, so that the progress line
                        // counts articles read, as it always did.
                        stats.read += batch.len();
                        stats.bytes += bytes;
                        let (done_tx, done_rx) = mpsc::sync_channel(1);
                        pool.spawn(move |_| {
                            let results: Vec<Extraction> =
                                batch.par_iter().map(|a| extract(lex, a)).collect();
                            let _ = done_tx.send((batch, results));
                        });
                        if let Some(prev) = in_flight.replace(done_rx) {
                            finish(prev, &mut stats);
                            progress(Progress::Advance {
                                articles: stats.read,
                                bytes: stats.bytes,
                            });
                        }
                    }
                }
            }
            if let Some(prev) = in_flight.take() {
                finish(prev, &mut stats);
                progress(Progress::Advance {
                    articles: stats.read,
                    bytes: stats.bytes,
                });
            }
        });
    });
    stats
}

/// The reading thread: loads every file, keeps this shard's articles and
/// sends them on in batches, with notes in their place between them.
fn read_batches(
    files: &[PathBuf],
    opts: &LoadOptions,
    shard: Option<Shard>,
    tx: &mpsc::SyncSender<Input>,
) {
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut bytes = 0;
    // A send fails only when the receiving side is gone (it panicked);
    // reading on would be wasted.
    let mut open = true;
    for f in files {
        if !open {
            break;
        }
        load_file(f, opts, |l| {
            if !open {
                return;
            }
            match l {
                Loaded::Article(a) => {
                    if shard.is_some_and(|s| !s.takes(&a.id)) {
                        return;
                    }
                    bytes += a.text.len();
                    batch.push(a);
                    if batch.len() >= BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        open = tx
                            .send(Input::Batch(full, std::mem::take(&mut bytes)))
                            .is_ok();
                    }
                }
                other => open = tx.send(Input::Note(other)).is_ok(),
            }
        });
    }
    if open && !batch.is_empty() {
        let _ = tx.send(Input::Batch(batch, bytes));
    }
}

/// Adds one article's extraction to a graph.
pub fn add_to_graph(graph: &mut EventGraph, article: &Article, x: Extraction) {
    graph.add_article(ArticleMeta {
        id: article.id.clone(),
        date: article.date.map(|d| d.format("%Y-%m-%d").to_string()),
        title: article.title.clone(),
        url: article.url.clone(),
    });
    for a in x.actors {
        graph.add_actor(a);
    }
    for e in x.events {
        graph.add_event(e);
    }
}

/// Builds a graph from inputs (a convenience over [`for_each_extraction`]).
pub fn build_graph(
    lex: &Lexicon,
    inputs: &[PathBuf],
    opts: &LoadOptions,
) -> (EventGraph, RunStats, Vec<Skip>) {
    let mut g = EventGraph::new();
    let mut notes = Vec::new();
    let stats = for_each_extraction(
        lex,
        inputs,
        opts,
        None,
        |p| {
            if let Progress::Note(Loaded::Skipped(s) | Loaded::Warning(s)) = p {
                notes.push(s.clone());
            }
        },
        |a, x| add_to_graph(&mut g, a, x),
    );
    (g, stats, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_partition_ids() {
        let shards: Vec<Shard> = (1..=3)
            .map(|i| Shard::parse(&format!("{i}/3")).unwrap())
            .collect();
        for id in ["a", "b", "macron-xi", "42", ""] {
            assert_eq!(shards.iter().filter(|s| s.takes(id)).count(), 1);
        }
        assert!(Shard::parse("0/3").is_err());
        assert!(Shard::parse("4/3").is_err());
        assert!(Shard::parse("x").is_err());
    }
}
