//! Properties that must hold for any input: the loaders and the extractor
//! never panic, sentence spans are char boundaries in order, and graphs of
//! arbitrary Unicode round-trip through RON and JSON lines exactly.
//!
//! Case counts are modest so that the suite stays fast; the fuzz bodies
//! (shared with `fuzz/`) also run as long, ignored tests for machines
//! without a nightly toolchain:
//!
//! ```text
//! PROPTEST_CASES=20000 cargo test --release --test proptests -- --ignored
//! ```

use std::path::Path;

use chrono::NaiveDate;
use proptest::prelude::*;

use dipgraph::graph::{store, ArticleMeta, EventGraph, GraphFile};
use dipgraph::model::{Actor, ActorKind, DateSource, Event, Evidence, Precision, Relation, When};

#[path = "../fuzz/src/lib.rs"]
mod fuzz_bodies;

// ------------------------------------------------------------- strategies

/// Words that make the extractor work: actors, triggers, dates, negation,
/// quotes, abbreviations, and scripts other than Latin.
const WORDS: &[&str] = &[
    "Macron",
    "Emmanuel",
    "President",
    "Xi",
    "Jinping",
    "Biden",
    "Putin",
    "Zelensky",
    "Modi",
    "France",
    "China",
    "Russia",
    "Ukraine",
    "U.S.",
    "UN",
    "NATO",
    "EU",
    "Beijing",
    "Kyiv",
    "Moscow",
    "the",
    "French",
    "Chinese",
    "officials",
    "minister",
    "foreign",
    "he",
    "she",
    "they",
    "met",
    "visited",
    "visit",
    "to",
    "urged",
    "criticized",
    "signed",
    "deal",
    "with",
    "hosted",
    "talks",
    "held",
    "refused",
    "threatened",
    "did",
    "not",
    "would",
    "may",
    "if",
    "by",
    "was",
    "on",
    "in",
    "Thursday",
    "Monday",
    "yesterday",
    "tomorrow",
    "last",
    "next",
    "week",
    "month",
    "year",
    "2023",
    "April",
    "6",
    "31",
    "February",
    "1999",
    "said",
    ".",
    ",",
    ";",
    ":",
    "\"",
    "“",
    "”",
    "’s",
    "'",
    "(",
    ")",
    "—",
    "-",
    "Mr.",
    "Dr.",
    "Gen.",
    "W.",
    "...",
    "?",
    "!",
    "\n",
    "\n\n",
    "Путин",
    "встретился",
    "习近平",
    "会见",
    "بوتين",
    "التقى",
    "\u{200f}",
    "\u{0}",
    "\u{feff}",
    "\r\n",
    "\t",
    "é",
    "e\u{301}",
    "🇫🇷",
    "Title:",
    "Date:",
    "#",
];

fn wordy_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..80).prop_map(|ws| {
        let mut s = String::new();
        for w in ws {
            s.push_str(w);
            s.push(' ');
        }
        s
    })
}

/// Any Unicode, or text made of the extractor's own words.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), wordy_text(), "[ -~\n]{0,200}"]
}

fn date() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        (-4000i32..=12000, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(
            y,
            m,
            d.min(28)
        )),
        Just(NaiveDate::from_ymd_opt(0, 1, 1)),
        Just(NaiveDate::from_ymd_opt(9999, 12, 31)),
    ]
}

fn kind() -> impl Strategy<Value = ActorKind> {
    prop::sample::select(vec![
        ActorKind::Person,
        ActorKind::Country,
        ActorKind::Organisation,
        ActorKind::Group,
    ])
}

fn relation() -> impl Strategy<Value = Relation> {
    prop::sample::select(Relation::ALL.to_vec())
}

fn actor() -> impl Strategy<Value = Actor> {
    (
        any::<String>(),
        any::<String>(),
        kind(),
        prop::option::of(any::<String>()),
        prop::collection::vec(any::<String>(), 0..3),
    )
        .prop_map(|(id, name, kind, country, aliases)| {
            let mut a = Actor::new(id, name, kind);
            a.country = country;
            a.add_aliases(aliases);
            a
        })
}

fn when() -> impl Strategy<Value = When> {
    (
        date(),
        prop::sample::select(vec![
            Precision::Day,
            Precision::Month,
            Precision::Year,
            Precision::Unknown,
        ]),
        any::<String>(),
        prop::sample::select(vec![
            DateSource::Text,
            DateSource::Publication,
            DateSource::None,
        ]),
    )
        .prop_map(|(date, precision, raw, source)| When {
            date,
            precision,
            raw,
            source,
        })
}

fn evidence() -> impl Strategy<Value = Evidence> {
    (
        any::<String>(),
        prop::option::of(any::<String>()),
        prop::option::of(any::<String>()),
        0usize..1000,
        any::<String>(),
        (0usize..10_000, 0usize..10_000),
        (any::<String>(), any::<String>(), any::<String>()),
    )
        .prop_map(
            |(article, title, url, sentence, text, span, (sm, tm, trigger))| Evidence {
                article: article.into(),
                title: title.map(Into::into),
                url: url.map(Into::into),
                sentence,
                text: text.into(),
                span,
                source_mention: sm,
                target_mention: tm,
                trigger,
            },
        )
}

/// A graph of random actors and of events between them, every string
/// arbitrary Unicode.
fn graph() -> impl Strategy<Value = EventGraph> {
    let events = prop::collection::vec(
        (
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>(),
            relation(),
            any::<String>(),
            when(),
            0.0f32..=1.0,
            any::<bool>(),
            prop::collection::vec(evidence(), 0..3),
        ),
        0..12,
    );
    let articles = prop::collection::vec(
        (
            any::<String>(),
            prop::option::of(any::<String>()),
            prop::option::of(any::<String>()),
            prop::option::of(any::<String>()),
        ),
        0..4,
    );
    (prop::collection::vec(actor(), 1..8), events, articles).prop_map(
        |(actors, events, articles)| {
            let mut g = EventGraph::new();
            let ids: Vec<String> = actors.iter().map(|a| a.id.clone()).collect();
            for a in actors {
                g.add_actor(a);
            }
            for (id, date, title, url) in articles {
                g.add_article(ArticleMeta {
                    id,
                    date,
                    title,
                    url,
                });
            }
            for (s, t, relation, cameo, when, confidence, planned, evidence) in events {
                g.add_event(Event {
                    source: s.get(&ids).clone(),
                    target: t.get(&ids).clone(),
                    relation,
                    cameo,
                    when,
                    confidence,
                    planned,
                    evidence,
                });
            }
            g
        },
    )
}

// ------------------------------------------------------------- properties

/// A file form written out by the store's writer, to compare two reads.
fn canonical(f: &GraphFile) -> String {
    let mut out = Vec::new();
    store::write_graph(f, &mut out).expect("writes to memory");
    String::from_utf8(out).expect("UTF-8")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn extract_never_panics(text in any_text(), date in date()) {
        fuzz_bodies::extract_text(&text, date);
    }

    #[test]
    fn sentences_are_char_boundaries_in_order(text in any_text()) {
        let sentences = dipgraph::text::split(&text);
        let mut last_end = 0;
        for (i, s) in sentences.iter().enumerate() {
            prop_assert_eq!(s.index, i);
            prop_assert!(s.start <= s.end && s.end <= text.len(), "{:?}", (s.start, s.end));
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            prop_assert!(s.start >= last_end, "sentence {} starts before the last ended", i);
            last_end = s.end;
            let mut last_tok = s.start;
            for t in &s.tokens {
                prop_assert!(t.start >= last_tok && t.start < t.end && t.end <= s.end);
                prop_assert_eq!(text.get(t.start..t.end), Some(t.text));
                last_tok = t.end;
            }
        }
    }

    #[test]
    fn text_articles_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600), text in any_text()) {
        fuzz_bodies::text_article(&bytes);
        fuzz_bodies::text_article(text.as_bytes());
    }

    #[test]
    fn jsonl_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600), texts in prop::collection::vec(any_text(), 0..5)) {
        fuzz_bodies::jsonl(&bytes);
        let mut lines = String::new();
        for (i, t) in texts.iter().enumerate() {
            lines.push_str(&serde_json::json!({"id": i, "date": "2023-04-06", "text": t}).to_string());
            lines.push('\n');
        }
        fuzz_bodies::jsonl(lines.as_bytes());
    }

    #[test]
    fn graphs_round_trip_through_ron(g in graph()) {
        let text = g.to_ron_string();
        let back = EventGraph::from_ron_str(&text, Path::new("g.ron"))
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(&back, &g);
        prop_assert_eq!(back.to_ron_string(), text);
    }

    /// The store's own writer gives the bytes of the `ron` crate's pretty
    /// printer, escapes and all.
    #[test]
    fn fast_writer_matches_ron(g in graph()) {
        let cfg = ron::ser::PrettyConfig::new()
            .indentor("  ".to_string())
            .struct_names(false);
        let by_ron = ron::Options::default()
            .to_string_pretty(&g.to_file(), cfg)
            .expect("ron serialises");
        prop_assert_eq!(g.to_ron_string(), by_ron);
    }

    /// The fast reader reads what the writer wrote, as `ron` does, and also
    /// `ron`'s compact layout.
    #[test]
    fn fast_reader_matches_ron(g in graph()) {
        let pretty = g.to_ron_string();
        let fast = store::read_graph(&pretty).expect("the fast reader takes its own output");
        prop_assert_eq!(canonical(&fast), pretty.clone());
        let compact = ron::to_string(&g.to_file()).expect("ron serialises");
        if let Some(fast) = store::read_graph(&compact) {
            prop_assert_eq!(canonical(&fast), pretty);
        }
    }

    /// Whatever the damage to a file, the fast reader either gives up (and
    /// `ron` takes over) or reads exactly what `ron` reads.
    #[test]
    fn fast_reader_never_disagrees_with_ron(
        g in graph(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..4),
    ) {
        let mut bytes = g.to_ron_string().into_bytes();
        for (at, byte, op) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match op {
                0 => { bytes.remove(i); }
                1 => bytes.insert(i, byte),
                _ => bytes[i] = byte,
            }
        }
        let Ok(text) = String::from_utf8(bytes) else { return Ok(()) };
        if let Some(fast) = store::read_graph(&text) {
            let by_ron: Result<GraphFile, _> = ron::Options::default().from_str(&text);
            match by_ron {
                Ok(r) => prop_assert_eq!(canonical(&fast), canonical(&r), "{}", text),
                Err(e) => prop_assert!(false, "fast reader accepted what ron refuses ({}):\n{}", e, text),
            }
        }
    }

    #[test]
    fn graphs_round_trip_through_jsonl(g in graph()) {
        let out = dipgraph::export::jsonl::to_jsonl(&g);
        let mut lines = out.lines();
        for e in g.events() {
            let src = g.actor(&e.source).expect("source");
            let tgt = g.actor(&e.target).expect("target");
            let reports: Vec<Option<&Evidence>> = if e.evidence.is_empty() {
                vec![None]
            } else {
                e.evidence.iter().map(Some).collect()
            };
            for ev in reports {
                let line = lines.next().expect("a line per report");
                let v: serde_json::Value = serde_json::from_str(line)
                    .map_err(|err| TestCaseError::fail(format!("{err}: {line}")))?;
                let str_of = |v: &serde_json::Value| v.as_str().map(str::to_string);
                prop_assert_eq!(str_of(&v["source"]["id"]), Some(src.id.clone()));
                prop_assert_eq!(str_of(&v["source"]["name"]), Some(src.name.clone()));
                prop_assert_eq!(str_of(&v["target"]["id"]), Some(tgt.id.clone()));
                prop_assert_eq!(str_of(&v["target"]["name"]), Some(tgt.name.clone()));
                prop_assert_eq!(str_of(&v["source"]["country"]), src.country.clone());
                prop_assert_eq!(str_of(&v["cameo"]), Some(e.cameo.clone()));
                prop_assert_eq!(str_of(&v["relation"]), Some(e.relation.name().to_string()));
                prop_assert_eq!(str_of(&v["date_raw"]), Some(e.when.raw.clone()));
                prop_assert_eq!(str_of(&v["date"]), e.when.label());
                if let Some(ev) = ev {
                    prop_assert_eq!(str_of(&v["article"]), Some(ev.article.to_string()));
                    prop_assert_eq!(str_of(&v["evidence"]), Some(ev.text.to_string()));
                    let mention = |m: &str, a: &Actor| if m.is_empty() { a.name.clone() } else { m.to_string() };
                    prop_assert_eq!(str_of(&v["source"]["mention"]), Some(mention(&ev.source_mention, src)));
                    prop_assert_eq!(str_of(&v["target"]["mention"]), Some(mention(&ev.target_mention, tgt)));
                    prop_assert_eq!(v["sentence"].as_u64(), Some(ev.sentence as u64));
                }
            }
        }
        prop_assert!(lines.next().is_none(), "more lines than reports");
    }

    /// Merging is order-independent: a + b and b + a are the same bytes.
    #[test]
    fn merge_is_commutative(a in graph(), b in graph()) {
        let mut ab = a.clone();
        ab.merge(b.clone());
        let mut ba = b;
        ba.merge(a);
        prop_assert_eq!(ab.to_ron_string(), ba.to_ron_string());
    }
}

// ------------------------------------------ the fuzz bodies, long-running

/// The fuzz targets' bodies over many cases, for where `cargo fuzz` cannot
/// run (no nightly). Set PROPTEST_CASES (e.g. 20000) and run with
/// `--ignored`, preferably `--release`.
mod long {
    use super::*;

    fn config() -> ProptestConfig {
        // PROPTEST_CASES from the environment, else 20000.
        let cases = std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20_000);
        ProptestConfig {
            cases,
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    fn bytes_or_text() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            prop::collection::vec(any::<u8>(), 0..2000),
            (any::<u8>(), wordy_text()).prop_map(|(d, t)| {
                let mut v = vec![d];
                v.extend_from_slice(t.as_bytes());
                v
            }),
            any::<String>().prop_map(String::into_bytes),
        ]
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        #[ignore = "long: the fuzz bodies under proptest, run with --ignored"]
        fn fuzz_text_article(data in bytes_or_text()) {
            fuzz_bodies::text_article(&data);
        }

        #[test]
        #[ignore = "long: the fuzz bodies under proptest, run with --ignored"]
        fn fuzz_jsonl(data in bytes_or_text()) {
            fuzz_bodies::jsonl(&data);
        }

        #[test]
        #[ignore = "long: the fuzz bodies under proptest, run with --ignored"]
        fn fuzz_extract(data in bytes_or_text()) {
            fuzz_bodies::extract(&data);
        }
    }
}
