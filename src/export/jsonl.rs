//! JSON Lines: one object per event *report* per line, in the extraction
//! contract of `shared/eval/README.md` (`article`, `relation`, `cameo`,
//! `source`, `target`, `date`, `evidence`, `sentence`), plus `precision`,
//! `date_raw`, `confidence`, `reports` and `planned`.
//!
//! Field order is part of what people see (`head`, `jq -c`, diffs), and
//! `serde_json::Value` sorts keys (the crate is built without
//! `preserve_order`), so lines are written from [`EventLine`], a struct
//! whose derived `Serialize` keeps declaration order.
//!
//! ```
//! use dipgraph::export::jsonl::to_jsonl;
//! use dipgraph::graph::EventGraph;
//! assert_eq!(to_jsonl(&EventGraph::new()), "");
//! ```

use serde::Serialize;

use crate::graph::EventGraph;
use crate::model::{Actor, Event, Evidence};

/// One line of the contract. Borrowing: building it copies nothing but the
/// date label.
#[derive(Debug, Clone, Serialize)]
pub struct EventLine<'a> {
    pub article: &'a str,
    pub relation: &'static str,
    pub cameo: &'a str,
    pub source: ActorRef<'a>,
    pub target: ActorRef<'a>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or `null`.
    pub date: Option<String>,
    /// The sentence the event was read from.
    pub evidence: &'a str,
    /// Index of that sentence in the article, from 0.
    pub sentence: usize,
    pub precision: &'static str,
    /// The words the date was read from ("" for a publication date).
    pub date_raw: &'a str,
    /// The extractor's `f32` confidence, widened by its shortest decimal
    /// form so that `0.8` prints as `0.8`, through a `Value` too.
    pub confidence: f64,
    /// How many reports the merged event has over all articles.
    pub reports: usize,
    /// A visit or meeting scheduled for a stated date, not yet held.
    pub planned: bool,
}

/// An actor as one line names it: who it is, and the words that named it in
/// this sentence.
#[derive(Debug, Clone, Serialize)]
pub struct ActorRef<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: &'static str,
    pub country: Option<&'a str>,
    pub mention: &'a str,
}

/// `f32` to `f64` through its shortest decimal form: `0.8f32 as f64` is
/// `0.800000011920929`, which is noise in every line.
///
/// Remembered per thread for the last few values: confidences come from a
/// few sums of rule weights, so nearly every line repeats one seen before,
/// and formatting and parsing it again was a fifth of building a line.
fn widen(x: f32) -> f64 {
    /// Direct-mapped by the low bits of the value's bits. Every entry starts
    /// as `0.0f32` (bits 0), which widens to `0.0`: a correct entry.
    const SLOTS: usize = 32;
    thread_local! {
        static WIDENED: std::cell::RefCell<[(u32, f64); SLOTS]> =
            const { std::cell::RefCell::new([(0, 0.0); SLOTS]) };
    }
    let bits = x.to_bits();
    let slot = (bits ^ (bits >> 16)) as usize % SLOTS;
    WIDENED.with(|w| {
        let mut w = w.borrow_mut();
        if w[slot].0 != bits {
            w[slot] = (bits, widen_uncached(x));
        }
        w[slot].1
    })
}

/// [`widen`] worked out.
fn widen_uncached(x: f32) -> f64 {
    // This runs for every line: format on the stack, not in a String.
    let mut buf = StackText::default();
    if std::fmt::Write::write_fmt(&mut buf, format_args!("{x}")).is_ok() {
        if let Some(s) = buf.as_str() {
            return s.parse().unwrap_or(f64::from(x));
        }
    }
    format!("{x}").parse().unwrap_or(f64::from(x))
}

/// A small fixed buffer for formatting a number without allocating; a
/// write that does not fit fails (and the caller falls back to a String).
struct StackText {
    bytes: [u8; 64],
    len: usize,
}

impl Default for StackText {
    fn default() -> Self {
        StackText {
            bytes: [0; 64],
            len: 0,
        }
    }
}

impl StackText {
    fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes[..self.len]).ok()
    }
}

impl std::fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        if end > self.bytes.len() {
            return Err(std::fmt::Error);
        }
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

impl ActorRef<'_> {
    /// Compact JSON, as serde_json writes the derived form (see
    /// [`EventLine::write_json`]).
    fn write_json<W: std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b"{\"id\":")?;
        write_json_str(w, self.id)?;
        w.write_all(b",\"name\":")?;
        write_json_str(w, self.name)?;
        w.write_all(b",\"kind\":")?;
        write_json_str(w, self.kind)?;
        w.write_all(b",\"country\":")?;
        write_json_opt_str(w, self.country)?;
        w.write_all(b",\"mention\":")?;
        write_json_str(w, self.mention)?;
        w.write_all(b"}")
    }
}

/// Starts loading into the cache the strings that the lines of `event`
/// (see [`EventLine::new`]) are written from, apart from its actors'.
///
/// `extract` writes an article's lines on another thread than the one
/// that made its events: every string is in the other core's cache or in
/// memory, and waiting for the first bytes of each was most of the time of
/// writing them. Asked for one event ahead, the loads overlap the writing
/// of the event before. Only a hint: the output is the same without it.
pub fn prefetch_event(event: &Event) {
    use crate::prefetch::prefetch;
    prefetch(event.cameo.as_bytes());
    prefetch(event.when.raw.as_bytes());
    for ev in &event.evidence {
        for s in [&ev.article, &ev.text] {
            prefetch(s.as_bytes());
        }
        for s in [&ev.source_mention, &ev.target_mention] {
            prefetch(s.as_bytes());
        }
    }
}

/// [`prefetch_event`] for an actor: the strings its part of a line is
/// written from.
pub fn prefetch_actor(actor: &Actor) {
    use crate::prefetch::prefetch;
    for s in [&actor.id, &actor.name] {
        prefetch(s.as_bytes());
    }
    if let Some(c) = &actor.country {
        prefetch(c.as_bytes());
    }
}

/// A value as serde_json writes it.
fn write_json_value<W: std::io::Write, T: Serialize>(w: &mut W, v: &T) -> std::io::Result<()> {
    serde_json::to_writer(w, v).map_err(std::io::Error::from)
}

/// A string or `null`, as serde_json writes an `Option<&str>`.
fn write_json_opt_str<W: std::io::Write>(w: &mut W, s: Option<&str>) -> std::io::Result<()> {
    match s {
        Some(s) => write_json_str(w, s),
        None => w.write_all(b"null"),
    }
}

/// A JSON string as serde_json writes it. serde_json escapes only `"`,
/// `\\` and bytes below 0x20, and copies everything else as it is; so a
/// string with none of those is written as itself between quotes, and the
/// rare other one is handed to serde_json.
fn write_json_str<W: std::io::Write>(w: &mut W, s: &str) -> std::io::Result<()> {
    if needs_json_escape(s.as_bytes()) {
        return write_json_value(w, &s);
    }
    w.write_all(b"\"")?;
    w.write_all(s.as_bytes())?;
    w.write_all(b"\"")
}

/// Whether any byte is `"`, `\\` or below 0x20. Eight bytes at a time
/// (the classic bit tricks for "has a byte less than n" and "has a zero
/// byte", which never miss one); a flagged word is checked byte by byte.
fn needs_json_escape(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let escapes = |c: u8| c < 0x20 || c == b'"' || c == b'\\';
    let flagged = |word: [u8; 8]| {
        let x = u64::from_le_bytes(word);
        let below_space = x.wrapping_sub(ONES * 0x20) & !x;
        let q = x ^ (ONES * u64::from(b'"'));
        let quote = q.wrapping_sub(ONES) & !q;
        let s = x ^ (ONES * u64::from(b'\\'));
        let slash = s.wrapping_sub(ONES) & !s;
        (below_space | quote | slash) & HIGH != 0
    };
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(c);
        if flagged(word) && c.iter().any(|&c| escapes(c)) {
            return true;
        }
    }
    // The last few bytes as one more word, padded with spaces (which need
    // no escape): most strings written are short ids and names, and a
    // byte loop over the tail was most of the cost of this test.
    let rest = chunks.remainder();
    let mut word = [b' '; 8];
    word[..rest.len()].copy_from_slice(rest);
    flagged(word) && rest.iter().any(|&c| escapes(c))
}

fn actor_ref<'a>(a: &'a Actor, mention: &'a str) -> ActorRef<'a> {
    ActorRef {
        id: &a.id,
        name: &a.name,
        kind: a.kind.name(),
        country: a.country.as_deref(),
        // A mention is what the scorer matches names against; an empty one
        // (an event built in code) falls back to the actor's name.
        mention: if mention.is_empty() { &a.name } else { mention },
    }
}

impl<'a> EventLine<'a> {
    /// The line for one report of an event. `source` and `target` are the
    /// event's actors, looked up by the caller (the graph during export, the
    /// extractor's own table during `extract`).
    pub fn new(
        event: &'a Event,
        evidence: &'a Evidence,
        source: &'a Actor,
        target: &'a Actor,
    ) -> EventLine<'a> {
        EventLine {
            article: &evidence.article,
            relation: event.relation.name(),
            cameo: &event.cameo,
            source: actor_ref(source, &evidence.source_mention),
            target: actor_ref(target, &evidence.target_mention),
            date: event.when.label(),
            evidence: &evidence.text,
            sentence: evidence.sentence,
            precision: event.when.precision.name(),
            date_raw: &event.when.raw,
            confidence: widen(event.confidence),
            reports: event.evidence.len(),
            planned: event.planned,
        }
    }

    /// Writes the line as compact JSON (as [`EventLine::to_json_string`])
    /// straight into `w`, without a String per line.
    ///
    /// `extract` writes one of these per event report, and through the
    /// derived `Serialize` that was a tenth of its run time. The fields are
    /// written here in declaration order, as serde_json's compact form does;
    /// strings that need no escaping (nearly all) are copied whole, the
    /// others and all numbers are left to serde_json itself. A test checks
    /// the result against `to_json_string` byte for byte.
    pub fn write_json<W: std::io::Write>(&self, mut w: W) -> std::io::Result<()> {
        let w = &mut w;
        w.write_all(b"{\"article\":")?;
        write_json_str(w, self.article)?;
        w.write_all(b",\"relation\":")?;
        write_json_str(w, self.relation)?;
        w.write_all(b",\"cameo\":")?;
        write_json_str(w, self.cameo)?;
        w.write_all(b",\"source\":")?;
        self.source.write_json(w)?;
        w.write_all(b",\"target\":")?;
        self.target.write_json(w)?;
        w.write_all(b",\"date\":")?;
        write_json_opt_str(w, self.date.as_deref())?;
        w.write_all(b",\"evidence\":")?;
        write_json_str(w, self.evidence)?;
        w.write_all(b",\"sentence\":")?;
        write_json_value(w, &self.sentence)?;
        w.write_all(b",\"precision\":")?;
        write_json_str(w, self.precision)?;
        w.write_all(b",\"date_raw\":")?;
        write_json_str(w, self.date_raw)?;
        w.write_all(b",\"confidence\":")?;
        write_json_value(w, &self.confidence)?;
        w.write_all(b",\"reports\":")?;
        write_json_value(w, &self.reports)?;
        let planned: &[u8] = if self.planned {
            b",\"planned\":true}"
        } else {
            b",\"planned\":false}"
        };
        w.write_all(planned)
    }

    /// The line as compact JSON, fields in contract order, no newline.
    pub fn to_json_string(&self) -> String {
        // Serialising plain strings and numbers to a String cannot fail;
        // a non-finite confidence becomes `null`.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The contract object for one report of an event, as a `serde_json::Value`
/// (for callers that want to add fields). Note that a `Value` prints its keys
/// in alphabetical order; for the contract's field order print
/// [`EventLine::new`]`(..).to_json_string()` instead.
pub fn event_json(
    event: &Event,
    evidence: &Evidence,
    source: &Actor,
    target: &Actor,
) -> serde_json::Value {
    serde_json::to_value(EventLine::new(event, evidence, source, target))
        .unwrap_or(serde_json::Value::Null)
}

/// Every event of the graph, one line per report (evidence sentence), in the
/// graph's event order and each event's evidence order. An event without
/// evidence (only possible for graphs built in code) still gets one line,
/// with an empty `article` and `evidence`, so that no event is silently lost.
pub fn to_jsonl(graph: &EventGraph) -> String {
    let mut out = String::new();
    let empty = Evidence {
        article: "".into(),
        title: None,
        url: None,
        sentence: 0,
        text: "".into(),
        span: (0, 0),
        source_mention: String::new(),
        target_mention: String::new(),
        trigger: String::new(),
    };
    for e in graph.events() {
        let (Some(s), Some(t)) = (graph.actor(&e.source), graph.actor(&e.target)) else {
            continue;
        };
        let reports: Vec<&Evidence> = if e.evidence.is_empty() {
            vec![&empty]
        } else {
            e.evidence.iter().collect()
        };
        for ev in reports {
            out.push_str(&EventLine::new(e, ev, s, t).to_json_string());
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::fixtures;

    #[test]
    fn one_line_per_report_with_contract_fields_in_order() {
        let g = fixtures::small();
        let text = to_jsonl(&g);
        let reports: usize = g.events().map(|e| e.evidence.len()).sum();
        assert_eq!(text.lines().count(), reports);
        let first = text.lines().next().expect("a line");
        let keys = [
            "\"article\"",
            "\"relation\"",
            "\"cameo\"",
            "\"source\"",
            "\"target\"",
            "\"date\"",
            "\"evidence\"",
            "\"sentence\"",
            "\"precision\"",
            "\"date_raw\"",
            "\"confidence\"",
            "\"reports\"",
            "\"planned\"",
        ];
        let pos: Vec<usize> = keys
            .iter()
            .map(|k| {
                first
                    .find(k)
                    .unwrap_or_else(|| panic!("{k} missing in {first}"))
            })
            .collect();
        assert!(pos.windows(2).all(|w| w[0] < w[1]), "{first}");
        for line in text.lines() {
            let v: serde_json::Value = serde_json::from_str(line).expect("valid JSON");
            assert!(v["source"]["mention"].is_string());
            assert!(v["source"]["kind"].is_string());
        }
    }

    #[test]
    fn values_follow_the_event() {
        let g = fixtures::small();
        let text = to_jsonl(&g);
        let v: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        let visit = v
            .iter()
            .find(|o| o["relation"] == "visit" && o["date"] == "2023-04-06")
            .expect("visit line");
        assert_eq!(visit["cameo"], "042");
        assert_eq!(visit["source"]["id"], "emmanuel-macron");
        assert_eq!(visit["source"]["country"], "FRA");
        assert_eq!(visit["reports"], 2);
        assert_eq!(visit["precision"], "day");
        assert_eq!(visit["date_raw"], "on Thursday");
        let undated = v
            .iter()
            .find(|o| o["relation"] == "criticize")
            .expect("line");
        assert!(undated["date"].is_null());
        assert_eq!(undated["precision"], "unknown");
    }

    #[test]
    fn widening_keeps_the_shortest_decimal() {
        for x in [
            0.8f32,
            0.05,
            1.0,
            0.75,
            0.65000004,
            f32::MIN_POSITIVE,
            f32::MAX,
            1e-45,
            0.0,
            -0.0,
        ] {
            // Twice: worked out, then remembered.
            for _ in 0..2 {
                let want = format!("{x}").parse::<f64>().expect("a number");
                assert_eq!(widen(x).to_bits(), want.to_bits(), "{x}");
            }
        }
        assert!(widen(f32::NAN).is_nan());
        assert!(widen(f32::NAN).is_nan());
    }

    #[test]
    fn written_line_is_the_string_line() {
        let g = fixtures::small();
        let e = g.events().next().expect("event");
        let s = g.actor(&e.source).expect("source");
        let t = g.actor(&e.target).expect("target");
        let line = EventLine::new(e, &e.evidence[0], s, t);
        let mut buf = Vec::new();
        line.write_json(&mut buf).expect("written");
        assert_eq!(
            String::from_utf8(buf).expect("utf-8"),
            line.to_json_string()
        );
    }

    #[test]
    fn written_line_escapes_as_serde_json_does() {
        let g = fixtures::small();
        let e = g.events().next().expect("event");
        let s = g.actor(&e.source).expect("source");
        let t = g.actor(&e.target).expect("target");
        let every_ascii: String = (0u8..128).map(char::from).collect();
        let texts = [
            String::new(),
            "plain words, 12 of them".to_string(),
            "He said \"yes\" \\ then\tleft\n\r\u{8}\u{c}\u{1f}\u{7f}".to_string(),
            "Zürich – “quotes” \u{2028} 日本 ".repeat(3),
            every_ascii.clone(),
            every_ascii.chars().rev().collect(),
        ];
        for text in &texts {
            let mut line = EventLine::new(e, &e.evidence[0], s, t);
            line.evidence = text;
            line.article = text;
            line.source.mention = text;
            line.target.country = None;
            line.date = None;
            line.date_raw = text;
            let mut buf = Vec::new();
            line.write_json(&mut buf).expect("written");
            assert_eq!(
                String::from_utf8(buf).expect("utf-8"),
                line.to_json_string()
            );
            for k in 0..text.len() {
                if let Some(tail) = text.get(k..) {
                    let mut buf = Vec::new();
                    write_json_str(&mut buf, tail).expect("written");
                    assert_eq!(buf, serde_json::to_vec(tail).expect("json"), "{tail:?}");
                }
            }
        }
    }

    #[test]
    fn event_json_matches_the_line() {
        let g = fixtures::small();
        let e = g.events().next().expect("event");
        let s = g.actor(&e.source).expect("source");
        let t = g.actor(&e.target).expect("target");
        let v = event_json(e, &e.evidence[0], s, t);
        let line: serde_json::Value =
            serde_json::from_str(to_jsonl(&g).lines().next().expect("line")).expect("json");
        assert_eq!(v, line);
    }
}
