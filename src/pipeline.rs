//! Running extraction over a collection: streaming input in batches,
//! extracting in parallel, merging in input order.
//!
//! Articles are read file by file and line by line, gathered into batches,
//! and each batch is extracted on the rayon pool; the whole collection's text
//! is never in memory at once. Results are consumed in input order, so the
//! output does not depend on thread timing.

use std::path::PathBuf;

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

/// Runs extraction over the inputs and hands each article's result, in
/// input order, to `sink`.
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
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut flush = |batch: &mut Vec<Article>, stats: &mut RunStats, progress: &mut P| {
        if batch.is_empty() {
            return;
        }
        let results: Vec<Extraction> = batch.par_iter().map(|a| extract(lex, a)).collect();
        for (a, x) in batch.iter().zip(results) {
            stats.events += x.events.len();
            sink(a, x);
        }
        batch.clear();
        progress(Progress::Advance {
            articles: stats.read,
            bytes: stats.bytes,
        });
    };
    for f in files {
        load_file(&f, opts, |l| match l {
            Loaded::Article(a) => {
                if shard.is_some_and(|s| !s.takes(&a.id)) {
                    return;
                }
                stats.read += 1;
                stats.bytes += a.text.len();
                batch.push(a);
                if batch.len() >= BATCH {
                    flush(&mut batch, &mut stats, &mut progress);
                }
            }
            other => {
                match &other {
                    Loaded::Skipped(_) => stats.skipped += 1,
                    Loaded::Warning(_) => stats.warnings += 1,
                    Loaded::Article(_) => {}
                }
                progress(Progress::Note(&other));
            }
        });
    }
    flush(&mut batch, &mut stats, &mut progress);
    stats
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
