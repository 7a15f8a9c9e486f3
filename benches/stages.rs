//! Per-stage benchmarks: sentence splitting, lexicon compilation, extraction
//! of one article, merging extractions into a graph, and saving and loading
//! the RON store of a synthetic 50k-event graph.
//!
//! `cargo bench --bench stages` runs them all in a few minutes on 2 cores;
//! `cargo bench --bench stages -- extract` runs one group.
//!
//! A one-shot timing of a larger store (not a criterion run):
//! `DIPGRAPH_BENCH_STORE_EVENTS=1000000 cargo bench --bench stages -- store_once`
//! builds a graph of that many events and prints seconds to save and load it,
//! and to save it streamed into a file as `dipgraph build` does.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{criterion_group, BatchSize, Criterion, Throughput};

use dipgraph::articles::{load_all, Article, LoadOptions};
use dipgraph::extract::{extract, Extraction};
use dipgraph::graph::EventGraph;
use dipgraph::lexicon::Lexicon;
use dipgraph::model::{Actor, ActorKind, Event, Evidence, Relation, When};
use dipgraph::pipeline::add_to_graph;

/// The real articles of the test sets: eval-a and eval-b.
fn articles() -> Vec<Article> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let inputs: Vec<PathBuf> = ["eval-a", "eval-b"]
        .iter()
        .map(|s| root.join(s).join("articles.jsonl"))
        .collect();
    let (arts, _) = load_all(&inputs, &LoadOptions::default());
    assert!(
        !arts.is_empty(),
        "no test articles under {}",
        root.display()
    );
    arts
}

/// The longest test article, the one the single-article benches use.
fn longest(arts: &[Article]) -> &Article {
    arts.iter().max_by_key(|a| a.text.len()).expect("articles")
}

fn bench_split(c: &mut Criterion) {
    let arts = articles();
    let a = longest(&arts);
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(a.text.len() as u64));
    g.bench_function("split_longest_article", |b| {
        b.iter(|| dipgraph::text::split(black_box(&a.text)))
    });
    g.finish();
}

fn bench_lexicon(c: &mut Criterion) {
    let mut g = c.benchmark_group("lexicon");
    g.sample_size(10);
    g.bench_function("builtin_compile", |b| b.iter(Lexicon::builtin));
    g.finish();
}

fn bench_extract(c: &mut Criterion) {
    let lex = Lexicon::builtin();
    let arts = articles();
    let a = longest(&arts);
    let total: usize = arts.iter().map(|a| a.text.len()).sum();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(a.text.len() as u64));
    g.bench_function("one_article", |b| b.iter(|| extract(&lex, black_box(a))));
    g.throughput(Throughput::Bytes(total as u64));
    g.bench_function("all_test_articles", |b| {
        b.iter(|| {
            for a in &arts {
                black_box(extract(&lex, a));
            }
        })
    });
    g.finish();
}

/// The test articles' extractions, repeated under distinct article ids so
/// that merging sees many reports of the same edges, as in a large corpus.
fn many_extractions(copies: usize) -> Vec<(Article, Extraction)> {
    let lex = Lexicon::builtin();
    let arts = articles();
    let base: Vec<(Article, Extraction)> =
        arts.iter().map(|a| (a.clone(), extract(&lex, a))).collect();
    let mut out = Vec::with_capacity(base.len() * copies);
    for k in 0..copies {
        for (a, x) in &base {
            let mut a = a.clone();
            let mut x = x.clone();
            a.id = format!("{}-{k}", a.id);
            for e in &mut x.events {
                for ev in &mut e.evidence {
                    ev.article = a.id.as_str().into();
                }
            }
            out.push((a, x));
        }
    }
    out
}

fn bench_merge(c: &mut Criterion) {
    let xs = many_extractions(40);
    let reports: usize = xs.iter().map(|(_, x)| x.events.len()).sum();
    let mut g = c.benchmark_group("graph");
    g.sample_size(10);
    g.throughput(Throughput::Elements(reports as u64));
    g.bench_function(
        format!("merge_{}_extractions_{reports}_reports", xs.len()),
        |b| {
            b.iter_batched(
                || xs.clone(),
                |xs| {
                    let mut graph = EventGraph::new();
                    for (a, x) in xs {
                        add_to_graph(&mut graph, &a, x);
                    }
                    graph
                },
                BatchSize::LargeInput,
            )
        },
    );
    g.finish();
}

/// A deterministic linear congruential generator: the bench needs no
/// randomness crate and gives the same graph every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A graph of `n` distinct events among 2,000 actors, each with one or two
/// reports of news-sized sentences, shaped like what `dipgraph build` writes.
pub fn synthetic_graph(n: usize) -> EventGraph {
    let mut rng = Lcg(42);
    let mut g = EventGraph::new();
    let kinds = [
        ActorKind::Person,
        ActorKind::Country,
        ActorKind::Organisation,
    ];
    let n_actors = 2000;
    let ids: Vec<String> = (0..n_actors).map(|i| format!("actor-{i:04}")).collect();
    for (i, id) in ids.iter().enumerate() {
        let a = Actor::new(id.clone(), format!("Actor Number {i}"), kinds[i % 3])
            .with_country(format!("C{:02}", i % 97));
        g.add_actor(a);
    }
    let base = NaiveDate::from_ymd_opt(2015, 1, 1).expect("date");
    let mut made = 0;
    while made < n {
        let s = rng.below(n_actors);
        let mut t = rng.below(n_actors);
        if t == s {
            t = (t + 1) % n_actors;
        }
        let relation = Relation::ALL[rng.below(Relation::ALL.len())];
        let day = base + chrono::Days::new(rng.below(4000) as u64);
        let when = When::day(day, "on Tuesday");
        let reports = 1 + rng.below(2);
        let evidence = (0..reports)
            .map(|r| {
                let article = format!("article-{:07}", rng.below(n.max(1)));
                let text = format!(
                    "Actor Number {s} {} Actor Number {t} on Tuesday in the capital, officials said, \
                     after talks on trade and security that lasted {} hours.",
                    relation.name(),
                    r + 2
                );
                Evidence {
                    article: article.into(),
                    title: Some(format!("Actor Number {s} and Actor Number {t} in talks").into()),
                    url: None,
                    sentence: rng.below(40),
                    span: (0, text.len()),
                    text: text.into(),
                    source_mention: format!("Actor Number {s}"),
                    target_mention: format!("Actor Number {t}"),
                    trigger: relation.name().to_string(),
                }
            })
            .collect();
        let before = g.event_count();
        g.add_event(Event {
            source: ids[s].clone(),
            target: ids[t].clone(),
            relation,
            cameo: relation.cameo().to_string(),
            when,
            confidence: 0.5 + (rng.below(50) as f32) / 100.0,
            planned: false,
            evidence,
        });
        if g.event_count() > before {
            made += 1;
        }
    }
    g
}

fn bench_store(c: &mut Criterion) {
    let graph = synthetic_graph(50_000);
    let text = graph.to_ron_string();
    let mut g = c.benchmark_group("store_50k_events");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(8));
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("save_to_ron_string", |b| b.iter(|| graph.to_ron_string()));
    g.bench_function("load_from_ron_str", |b| {
        b.iter(|| {
            EventGraph::from_ron_str(black_box(&text), Path::new("bench.ron")).expect("loads")
        })
    });
    g.finish();
}

/// One timed save and load of a large store, outside criterion: run with
/// `DIPGRAPH_BENCH_STORE_EVENTS=1000000 cargo bench --bench stages -- store_once`.
fn store_once() {
    let n: usize = std::env::var("DIPGRAPH_BENCH_STORE_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let t = Instant::now();
    let graph = synthetic_graph(n);
    let build = t.elapsed().as_secs_f64();
    let dir = std::env::temp_dir().join(format!("dipgraph-store-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("big.ron");

    let t = Instant::now();
    let text = graph.to_ron_string();
    let to_string = t.elapsed().as_secs_f64();
    let t = Instant::now();
    std::fs::write(&path, &text).expect("write");
    let write = t.elapsed().as_secs_f64();
    let bytes = text.len();
    drop(text);
    // What `dipgraph build -o big.ron` does: stream into a temporary file,
    // fsync it and rename it into place.
    let streamed = dir.join("streamed.ron");
    let t = Instant::now();
    dipgraph::atomic::write_with(&streamed, |w| graph.write_ron(w)).expect("streams");
    let stream = t.elapsed().as_secs_f64();
    let _ = std::fs::remove_file(&streamed);

    let t = Instant::now();
    let back = EventGraph::load(&path).expect("loads");
    let load = t.elapsed().as_secs_f64();
    assert_eq!(back.event_count(), graph.event_count());
    let _ = std::fs::remove_dir_all(&dir);
    println!(
        "store_once: {n} events, {} actors, {:.0} MB of RON: generate {build:.2} s, \
         save {:.2} s (to_ron_string {to_string:.2} s + write {write:.2} s), load {load:.2} s \
         (EventGraph::load: read + from_ron_str); streamed save as the CLI does it \
         (atomic::write_with + write_ron, fsync included) {stream:.2} s",
        graph.actor_count(),
        bytes as f64 / 1e6,
        to_string + write
    );
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args()
}

criterion_group! {
    name = stages;
    config = config();
    targets = bench_split, bench_lexicon, bench_extract, bench_merge, bench_store
}

fn main() {
    // `cargo bench -- store_once` runs only the one-shot large-store timing.
    if std::env::args().any(|a| a == "store_once") {
        store_once();
        return;
    }
    stages();
    Criterion::default().configure_from_args().final_summary();
}
