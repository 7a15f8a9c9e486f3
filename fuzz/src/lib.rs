//! The bodies of the fuzz targets, as plain functions of the input bytes.
//!
//! Each panics when dipgraph misbehaves (a panic inside dipgraph, or an
//! invariant broken), which is what libFuzzer reports as a crash. The same
//! file is compiled into `tests/proptests.rs` (with `#[path]`), so that the
//! bodies also run under proptest where no nightly toolchain is available:
//! `PROPTEST_CASES=20000 cargo test --test proptests -- --ignored`.

use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use dipgraph::articles::{parse_jsonl, parse_text_article, Article, LoadOptions, Loaded};
use dipgraph::extract::extract as run_extract;
use dipgraph::graph::EventGraph;
use dipgraph::lexicon::Lexicon;
use dipgraph::pipeline::add_to_graph;

/// The built-in lexicon, compiled once per process.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::builtin)
}

/// Publication dates to try: none, ordinary ones, and the edges of what the
/// loader accepts (years 0 and 9999). `NaiveDate::MIN`/`MAX` (reachable with
/// `--date`) are left out while src/time.rs panics on them; see the ignored
/// test `relative_dates_at_the_edge_of_the_calendar_do_not_panic`.
pub fn date_for(selector: u8) -> Option<NaiveDate> {
    let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    match selector % 8 {
        0 => None,
        1 => ymd(2023, 4, 6),
        2 => ymd(2024, 2, 29),
        3 => ymd(2000, 1, 1),
        4 => ymd(0, 1, 1),
        5 => ymd(9999, 12, 31),
        6 => ymd(1970, 1, 1),
        _ => ymd(2022, 12, 31),
    }
}

fn check_loaded(out: &[Loaded], origin: &str) {
    for l in out {
        match l {
            Loaded::Article(a) => {
                assert!(
                    !a.text.trim().is_empty(),
                    "an empty article was let through"
                );
                assert!(a.origin.starts_with(origin), "origin {:?}", a.origin);
            }
            Loaded::Skipped(s) | Loaded::Warning(s) => {
                assert!(s.origin.starts_with(origin), "origin {:?}", s.origin);
                assert!(!s.reason.is_empty(), "a skip without a reason");
            }
        }
    }
}

/// A `.txt`/`.md` article from arbitrary bytes: no panic, never an empty
/// article, every note names the file.
pub fn text_article(data: &[u8]) {
    let opts = LoadOptions {
        default_date: data.first().and_then(|&b| date_for(b)),
    };
    let out = parse_text_article(data, "f.txt", "f", &opts);
    check_loaded(&out, "f.txt");
    let articles = out
        .iter()
        .filter(|l| matches!(l, Loaded::Article(_)))
        .count();
    let skips = out
        .iter()
        .filter(|l| matches!(l, Loaded::Skipped(_)))
        .count();
    assert_eq!(
        articles + skips,
        1,
        "one file is one article or one skip: {out:?}"
    );
}

/// A JSON-lines collection from arbitrary bytes: no panic, and each line is
/// at most one article or skip, named by its line number, in order.
pub fn jsonl(data: &[u8]) {
    let out = parse_jsonl(data, "f.jsonl", "f", &LoadOptions::default());
    check_loaded(&out, "f.jsonl:");
    let lines = data.split(|&b| b == b'\n').count();
    let mut last = 0usize;
    for l in &out {
        let origin = match l {
            Loaded::Article(a) => &a.origin,
            Loaded::Skipped(s) | Loaded::Warning(s) => &s.origin,
        };
        let n: usize = origin["f.jsonl:".len()..]
            .parse()
            .expect("origin ends with a line number");
        assert!(
            n >= last && n >= 1 && n <= lines,
            "line {n} after {last} of {lines}"
        );
        last = n;
    }
}

/// Extraction from arbitrary text: no panic; every event refers to actors
/// of the extraction, every evidence span is the sentence it quotes; and the
/// graph made of it round-trips through RON byte for byte.
pub fn extract(data: &[u8]) {
    let (date, text) = match data.split_first() {
        Some((&b, rest)) => (date_for(b), String::from_utf8_lossy(rest).into_owned()),
        None => (None, String::new()),
    };
    extract_text(&text, date);
}

/// [`extract`] for a string and a publication date.
pub fn extract_text(text: &str, date: Option<NaiveDate>) {
    let article = Article {
        id: "fuzz".into(),
        date,
        title: Some("Fuzz \"title\"".into()),
        url: None,
        text: text.to_string(),
        origin: "fuzz.txt".into(),
    };
    let x = run_extract(lexicon(), &article);
    for e in &x.events {
        assert!(x.actor(&e.source).is_some(), "unknown source {}", e.source);
        assert!(x.actor(&e.target).is_some(), "unknown target {}", e.target);
        assert!(
            (0.0..=1.0).contains(&e.confidence),
            "confidence {}",
            e.confidence
        );
        for ev in &e.evidence {
            let quoted = text.get(ev.span.0..ev.span.1);
            assert_eq!(quoted, Some(&*ev.text), "span {:?}", ev.span);
        }
    }
    let mut g = EventGraph::new();
    add_to_graph(&mut g, &article, x);
    let ron = g.to_ron_string();
    let back = EventGraph::from_ron_str(&ron, Path::new("fuzz.ron")).expect("own RON reloads");
    assert_eq!(
        back.to_ron_string(),
        ron,
        "RON round trip changed the bytes"
    );
    for line in dipgraph::export::jsonl::to_jsonl(&g).lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("JSON line parses");
    }
}
