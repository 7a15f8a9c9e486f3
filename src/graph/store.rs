//! A fast path for the RON graph store.
//!
//! The `ron` crate reads and writes any serde type, and pays for that
//! generality: parsing a 150 MB graph (200,000 events) took about 2.5 s,
//! almost all of it in its character-by-character tokenizer, and writing a
//! million events took over 20 s. Graph files have one fixed shape, so this
//! module writes and reads exactly that shape directly.
//!
//! The contract that keeps the two paths honest:
//! - [`write_graph`] produces the same bytes as `ron`'s pretty printer with
//!   the store's settings (two-space indent, no struct names). Tests compare
//!   both on random graphs, strings full of escapes included.
//! - [`read_graph`] accepts the layout the writer produces (any whitespace,
//!   optional fields left out, trailing commas) and returns `None` for
//!   anything else: comments, raw strings, struct names, unknown fields,
//!   extensions or a syntax error. The caller then hands the text to `ron`,
//!   which reads whatever valid RON a person may have written and reports
//!   errors with line and column. Whenever the fast reader succeeds, it yields
//!   what `ron` would have yielded.

use std::io::{self, Write};
use std::str::FromStr;

use chrono::NaiveDate;

use super::{ArticleMeta, GraphFile};
use crate::model::{Actor, ActorKind, DateSource, Event, Evidence, Precision, Relation, When};
use crate::prefetch::prefetch;

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

/// Writes `file` as pretty RON, byte-identical to the `ron` crate's output
/// with two-space indentation and no struct names.
pub fn write_graph<W: Write>(file: &GraphFile, w: W) -> io::Result<()> {
    write_parts(file.version, &file.actors, &file.events, &file.articles, w)
}

/// Bytes handed to the writer at a time: large enough that a file writer
/// sees few calls, small enough that the text is never in memory whole.
const FLUSH_AT: usize = 1 << 16;

/// Events formatted as one piece by one thread: about a megabyte of text.
const EVENTS_PER_PIECE: usize = 1024;

/// [`write_graph`] over borrowed parts, so that a graph in memory is written
/// without first being copied into a [`GraphFile`].
///
/// The events, nine tenths of the text, are formatted in pieces on all
/// threads and written in order; a window of a few pieces per thread is in
/// memory at a time, so a million-event graph still streams.
pub fn write_parts<'a, W: Write>(
    version: u32,
    actors: impl IntoIterator<Item = &'a Actor>,
    events: impl IntoIterator<Item = &'a Event>,
    articles: impl IntoIterator<Item = &'a ArticleMeta>,
    mut w: W,
) -> io::Result<()> {
    let mut b = Buf(Vec::with_capacity(2 * FLUSH_AT));
    b.raw("(\n  version: ");
    b.int(version as u64);
    b.raw(",\n  actors: ");
    top_list(&mut b, &mut w, actors, write_actor)?;
    b.raw(",\n  events: ");
    let events: Vec<&Event> = events.into_iter().collect();
    if events.is_empty() {
        b.raw("[]");
    } else {
        b.raw("[\n");
        b.flush_to(&mut w, 0)?;
        let window = EVENTS_PER_PIECE * 4 * rayon::current_num_threads().max(1);
        let mut windows = events.chunks(window);
        let mut ready = windows.next().map(event_window);
        while let Some(pieces) = ready.take() {
            // The pool formats the next window while this thread writes the
            // last one, so that formatting and the copy to the file (or the
            // growing string) overlap. `in_place_scope` runs the writing here,
            // on the calling thread: the writer need not be `Send`.
            let next = windows.next();
            let mut formatted = None;
            let mut written = Ok(());
            rayon::in_place_scope(|scope| {
                if let Some(part) = next {
                    scope.spawn(|_| formatted = Some(event_window(part)));
                }
                written = pieces.iter().try_for_each(|piece| w.write_all(piece));
            });
            written?;
            ready = formatted;
        }
        b.indent(1);
        b.raw("]");
    }
    b.raw(",\n  articles: ");
    top_list(&mut b, &mut w, articles, write_article)?;
    b.raw(",\n)");
    b.flush_to(&mut w, 0)?;
    w.flush()
}

/// A window of the events list as pieces, formatted on the rayon pool.
fn event_window(events: &[&Event]) -> Vec<Vec<u8>> {
    if events.len() <= EVENTS_PER_PIECE {
        return vec![event_piece(events)];
    }
    use rayon::prelude::*;
    events
        .par_chunks(EVENTS_PER_PIECE)
        .map(event_piece)
        .collect()
}

/// The text of consecutive items of the events list, each on its own lines
/// and followed by a comma, as the list writer lays them out.
fn event_piece(events: &[&Event]) -> Vec<u8> {
    let mut b = Buf(Vec::with_capacity(events.len() * 1024));
    for (k, e) in events.iter().enumerate() {
        // See `prefetch_strings`: each step reads what the one before it
        // asked for, an event's struct, then its evidence list, then the
        // strings they point to.
        if let Some(ahead) = events.get(k + 3 * PREFETCH_AHEAD) {
            prefetch(*ahead);
        }
        if let Some(ahead) = events.get(k + 2 * PREFETCH_AHEAD) {
            prefetch(ahead.evidence.as_slice());
        }
        if let Some(ahead) = events.get(k + PREFETCH_AHEAD) {
            prefetch_strings(ahead);
        }
        b.indent(2);
        write_event(&mut b, e, 2);
        b.raw(",\n");
    }
    b.0
}

/// How many events ahead of the one being written [`event_piece`] asks for
/// each level of an event's memory: far enough that it has arrived when
/// the next level or the writer gets there (an event takes a few hundred
/// nanoseconds to write), near enough that it is still in the cache.
const PREFETCH_AHEAD: usize = 4;

/// Starts loading the strings of an event and of its evidence into the
/// cache. A built graph's strings were allocated article by article, on
/// every thread, among the extraction's short-lived data; written in key
/// order they are read all over a heap of a gigabyte or more, and each was
/// a cache miss the writer waited for: two thirds of the time of writing a
/// 100k-article graph went to the first byte of a string. Asked for ahead
/// of time, the loads overlap instead of queueing one after the other.
/// (The event and its evidence list, which hold the strings' addresses,
/// were asked for earlier still: see [`event_piece`].)
fn prefetch_strings(e: &Event) {
    for s in [&e.source, &e.target, &e.cameo, &e.when.raw] {
        prefetch(s.as_bytes());
    }
    for ev in &e.evidence {
        prefetch(ev.article.as_bytes());
        if let Some(t) = &ev.title {
            prefetch(t.as_bytes());
        }
        prefetch(ev.text.as_bytes());
        for s in [&ev.source_mention, &ev.target_mention, &ev.trigger] {
            prefetch(s.as_bytes());
        }
    }
}

/// A list at the top level of the file, written out as it grows.
fn top_list<'a, T: 'a, W: Write>(
    b: &mut Buf,
    w: &mut W,
    items: impl IntoIterator<Item = &'a T>,
    item: fn(&mut Buf, &T, usize),
) -> io::Result<()> {
    let mut items = items.into_iter().peekable();
    if items.peek().is_none() {
        b.raw("[]");
        return Ok(());
    }
    b.raw("[\n");
    for x in items {
        b.indent(2);
        item(b, x, 2);
        b.raw(",\n");
        b.flush_to(w, FLUSH_AT)?;
    }
    b.indent(1);
    b.raw("]");
    Ok(())
}

/// Text being formatted; the formatting helpers cannot fail.
struct Buf(Vec<u8>);

/// Slots of [`Buf::float`]'s memo.
const FLOAT_SLOTS: usize = 64;

/// A float and its text as `{:?}` writes it (`len == 0`: an empty slot;
/// no float's text is empty).
#[derive(Clone, Copy, Default)]
struct FloatText {
    bits: u32,
    len: u8,
    text: [u8; 27],
}

std::thread_local! {
    /// [`Buf::float`]'s memo: direct-mapped, by the float's bits.
    static FLOAT_TEXT: std::cell::RefCell<[FloatText; FLOAT_SLOTS]> =
        std::cell::RefCell::new([FloatText::default(); FLOAT_SLOTS]);
}

const INDENT: &str = "                                                                ";

/// Bytes that `char::escape_debug` leaves alone among ASCII: the printable
/// ones but the quotes and the backslash. A byte of 0x80 and up starts a
/// character that needs a closer look.
const PLAIN_ASCII: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = b' ';
    while b <= b'~' {
        t[b as usize] = !matches!(b, b'"' | b'\'' | b'\\');
        b += 1;
    }
    t
};

/// Bytes looked at together by the string scanners: the tests below are
/// written byte by byte over a fixed-size block, with no early exit, so
/// that the compiler turns each into a few vector instructions (SSE2 on
/// x86-64) instead of a loop.
const BLOCK: usize = 16;

/// Some byte of `block` is not printable ASCII, or is a quote, an
/// apostrophe or a backslash: a byte the string writer must look at.
fn any_unplain(block: &[u8; BLOCK]) -> bool {
    let mut any = false;
    for &b in block {
        // `b - 0x20 >= 0x5f`: below a space, or 0x7f and up.
        any |= (b.wrapping_sub(0x20) >= 0x5f) | (b == b'"') | (b == b'\'') | (b == b'\\');
    }
    any
}

/// Some byte of `block` is a quote or a backslash.
fn any_quote_or_backslash(block: &[u8; BLOCK]) -> bool {
    let mut any = false;
    for &b in block {
        any |= (b == b'"') | (b == b'\\');
    }
    any
}

/// The block of `s` starting at `i`, if `s` holds a whole one there.
fn block_at(s: &[u8], i: usize) -> Option<&[u8; BLOCK]> {
    s.get(i..i + BLOCK)
        .map(|b| b.try_into().expect("BLOCK bytes"))
}

impl Buf {
    /// Hands the text to `w` once it holds at least `at` bytes.
    fn flush_to<W: Write>(&mut self, w: &mut W, at: usize) -> io::Result<()> {
        if self.0.len() >= at && !self.0.is_empty() {
            w.write_all(&self.0)?;
            self.0.clear();
        }
        Ok(())
    }

    fn raw(&mut self, s: &str) {
        self.0.extend_from_slice(s.as_bytes());
    }

    fn indent(&mut self, depth: usize) {
        self.raw(&INDENT[..(2 * depth).min(INDENT.len())]);
        for _ in INDENT.len() / 2..depth {
            self.raw("  ");
        }
    }

    fn int(&mut self, mut n: u64) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.0.extend_from_slice(&digits[i..]);
    }

    /// `n` with at least `width` digits, zero-padded.
    fn padded(&mut self, n: u32, width: usize) {
        let mut digits = [b'0'; 10];
        let mut i = digits.len();
        let mut n = n;
        while n > 0 || digits.len() - i < width {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        self.0.extend_from_slice(&digits[i..]);
    }

    /// A date as `Display` spells it: `YYYY-MM-DD` for years 0 to 9999,
    /// written directly because this runs for every event; other years
    /// take chrono's signed form.
    fn date(&mut self, d: NaiveDate) {
        use chrono::Datelike;
        match u32::try_from(d.year()) {
            Ok(y) if y <= 9999 => {
                self.padded(y, 4);
                self.raw("-");
                self.padded(d.month(), 2);
                self.raw("-");
                self.padded(d.day(), 2);
            }
            _ => {
                use std::io::Write as _;
                write!(self.0, "{d}").expect("writing to memory cannot fail");
            }
        }
    }

    /// A float as `ron` writes it: `Debug`, the shortest text that
    /// round-trips.
    ///
    /// The text is remembered per thread by the float's bits: an event's
    /// confidence takes a few dozen values in a whole graph, and the
    /// formatting machinery behind `{:?}` (some 600 instructions a call)
    /// was an eighth of the time of writing an event.
    fn float(&mut self, f: f32) {
        use std::io::Write as _;
        let bits = f.to_bits();
        FLOAT_TEXT.with(|memo| {
            let mut memo = memo.borrow_mut();
            let slot = &mut memo[(bits ^ bits >> 13) as usize % FLOAT_SLOTS];
            if slot.bits == bits && slot.len > 0 {
                self.0
                    .extend_from_slice(&slot.text[..usize::from(slot.len)]);
                return;
            }
            let start = self.0.len();
            write!(self.0, "{f:?}").expect("writing to memory cannot fail");
            let text = &self.0[start..];
            if text.len() <= slot.text.len() {
                slot.bits = bits;
                slot.len = text.len() as u8;
                slot.text[..text.len()].copy_from_slice(text);
            }
        });
    }

    /// A string as `ron` escapes it: `char::escape_debug` on every char.
    /// Runs of plain ASCII, nearly all of a graph's text, are copied whole.
    fn string(&mut self, s: &str) {
        self.0.push(b'"');
        let bytes = s.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            // Plain blocks are skipped whole; the block that is not, or the
            // tail shorter than a block, is looked at char by char.
            while block_at(bytes, i).is_some_and(|b| !any_unplain(b)) {
                i += BLOCK;
            }
            let end = (i + BLOCK).min(bytes.len());
            while i < end {
                let b = bytes[i];
                if PLAIN_ASCII[b as usize] {
                    i += 1;
                    continue;
                }
                // `i` is a char boundary: it follows whole ASCII chars or a
                // whole char decoded below.
                let c = s[i..].chars().next().expect("a char starts here");
                let n = c.len_utf8();
                if b < 0x80 || c.escape_debug().len() != 1 {
                    self.0.extend_from_slice(&bytes[start..i]);
                    let mut tmp = [0u8; 4];
                    for e in c.escape_debug() {
                        self.0.extend_from_slice(e.encode_utf8(&mut tmp).as_bytes());
                    }
                    start = i + n;
                }
                i += n;
            }
        }
        self.0.extend_from_slice(&bytes[start..]);
        self.0.push(b'"');
    }

    fn opt_string(&mut self, s: Option<&str>) {
        match s {
            Some(s) => {
                self.raw("Some(");
                self.string(s);
                self.raw(")");
            }
            None => self.raw("None"),
        }
    }

    /// One `name: ` line opener at `depth`.
    fn field(&mut self, depth: usize, name: &str) {
        self.indent(depth);
        self.raw(name);
        self.raw(": ");
    }

    /// A list nested in an item, written whole.
    fn list<'a, T: 'a>(
        &mut self,
        items: impl IntoIterator<Item = &'a T>,
        depth: usize,
        item: fn(&mut Self, &T, usize),
    ) {
        let mut items = items.into_iter().peekable();
        if items.peek().is_none() {
            self.raw("[]");
            return;
        }
        self.raw("[\n");
        for x in items {
            self.indent(depth + 1);
            item(self, x, depth + 1);
            self.raw(",\n");
        }
        self.indent(depth);
        self.raw("]");
    }
}

// `&String`, not `&str`: the list writer passes `&T` for `T = String`.
#[allow(clippy::ptr_arg)]
fn write_str_item(o: &mut Buf, s: &String, _depth: usize) {
    o.string(s);
}

fn write_actor(o: &mut Buf, a: &Actor, d: usize) {
    o.raw("(\n");
    o.field(d + 1, "id");
    o.string(&a.id);
    o.raw(",\n");
    o.field(d + 1, "name");
    o.string(&a.name);
    o.raw(",\n");
    o.field(d + 1, "kind");
    o.raw(a.kind.name());
    o.raw(",\n");
    o.field(d + 1, "country");
    o.opt_string(a.country.as_deref());
    o.raw(",\n");
    o.field(d + 1, "aliases");
    o.list(&a.aliases, d + 1, write_str_item);
    o.raw(",\n");
    o.indent(d);
    o.raw(")");
}

fn write_event(o: &mut Buf, e: &Event, d: usize) {
    o.raw("(\n");
    o.field(d + 1, "source");
    o.string(&e.source);
    o.raw(",\n");
    o.field(d + 1, "target");
    o.string(&e.target);
    o.raw(",\n");
    o.field(d + 1, "relation");
    o.raw(e.relation.name());
    o.raw(",\n");
    o.field(d + 1, "cameo");
    o.string(&e.cameo);
    o.raw(",\n");
    o.field(d + 1, "when");
    write_when(o, &e.when, d + 1);
    o.raw(",\n");
    o.field(d + 1, "confidence");
    o.float(e.confidence);
    o.raw(",\n");
    o.field(d + 1, "planned");
    o.raw(if e.planned { "true" } else { "false" });
    o.raw(",\n");
    o.field(d + 1, "evidence");
    o.list(&e.evidence, d + 1, write_evidence);
    o.raw(",\n");
    o.indent(d);
    o.raw(")");
}

fn write_when(o: &mut Buf, w: &When, d: usize) {
    o.raw("(\n");
    o.field(d + 1, "date");
    match w.date {
        Some(date) => {
            o.raw("Some(\"");
            o.date(date);
            o.raw("\")");
        }
        None => o.raw("None"),
    }
    o.raw(",\n");
    o.field(d + 1, "precision");
    o.raw(w.precision.name());
    o.raw(",\n");
    o.field(d + 1, "raw");
    o.string(&w.raw);
    o.raw(",\n");
    o.field(d + 1, "source");
    o.raw(w.source.name());
    o.raw(",\n");
    o.indent(d);
    o.raw(")");
}

fn write_evidence(o: &mut Buf, e: &Evidence, d: usize) {
    o.raw("(\n");
    o.field(d + 1, "article");
    o.string(&e.article);
    o.raw(",\n");
    o.field(d + 1, "title");
    o.opt_string(e.title.as_deref());
    o.raw(",\n");
    o.field(d + 1, "url");
    o.opt_string(e.url.as_deref());
    o.raw(",\n");
    o.field(d + 1, "sentence");
    o.int(e.sentence as u64);
    o.raw(",\n");
    o.field(d + 1, "text");
    o.string(&e.text);
    o.raw(",\n");
    o.field(d + 1, "span");
    o.raw("(");
    o.int(e.span.0 as u64);
    o.raw(", ");
    o.int(e.span.1 as u64);
    o.raw("),\n");
    o.field(d + 1, "source_mention");
    o.string(&e.source_mention);
    o.raw(",\n");
    o.field(d + 1, "target_mention");
    o.string(&e.target_mention);
    o.raw(",\n");
    o.field(d + 1, "trigger");
    o.string(&e.trigger);
    o.raw(",\n");
    o.indent(d);
    o.raw(")");
}

fn write_article(o: &mut Buf, m: &ArticleMeta, d: usize) {
    o.raw("(\n");
    o.field(d + 1, "id");
    o.string(&m.id);
    o.raw(",\n");
    o.field(d + 1, "date");
    o.opt_string(m.date.as_deref());
    o.raw(",\n");
    o.field(d + 1, "title");
    o.opt_string(m.title.as_deref());
    o.raw(",\n");
    o.field(d + 1, "url");
    o.opt_string(m.url.as_deref());
    o.raw(",\n");
    o.indent(d);
    o.raw(")");
}

// The unit enums are written by their `name()`, which a test checks
// against serde's spelling.

// ---------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------

/// Reads a graph file in the layout [`write_graph`] produces, or returns
/// `None` when the text needs the general `ron` parser (see the module
/// documentation).
pub fn read_graph(text: &str) -> Option<GraphFile> {
    let mut p = Parser {
        s: text.as_bytes(),
        text,
        i: 0,
    };
    let file = p.graph_file()?;
    p.ws()?;
    (p.i == p.s.len()).then_some(file)
}

/// The first position of `needle` in `text` at or after byte `from` (moved
/// up to a char boundary), found with the standard library's vectorised
/// substring search: a byte-by-byte scan of a gigabyte took a second.
fn find_from(text: &str, mut from: usize, needle: &str) -> Option<usize> {
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text[from..].find(needle).map(|n| from + n)
}

/// The position of the first `"` or `\` in `s`, skipping plain text a block
/// at a time.
fn quote_or_backslash(s: &[u8]) -> Option<usize> {
    let mut i = 0;
    while block_at(s, i).is_some_and(|b| !any_quote_or_backslash(b)) {
        i += BLOCK;
    }
    s[i..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\')
        .map(|n| i + n)
}

/// A date as `NaiveDate::from_str` reads it. The `YYYY-MM-DD` the writer
/// produces is read directly, since chrono's general parser was a tenth of
/// the reading time; anything else goes to chrono.
fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) {
            // A digit pattern that is no date (02-30) is refused by both.
            return NaiveDate::from_ymd_opt(y as i32, m, d);
        }
    }
    NaiveDate::from_str(s).ok()
}

/// The bytes of an identifier: ASCII letters, digits and `_`.
const IDENT: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b as u8 == b'_';
        b += 1;
    }
    t
};

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
}

/// A fixed struct layout: fields in order, each either required or with a
/// serde default. The reader walks it with the field names it meets, so a
/// missing defaulted field is skipped and anything unexpected gives `None`.
impl<'a> Parser<'a> {
    /// Skips whitespace. Comments are left to `ron`: `None` on a `/`.
    fn ws(&mut self) -> Option<()> {
        while let Some(&b) = self.s.get(self.i) {
            match b {
                b' ' | b'\n' | b'\t' | b'\r' => self.i += 1,
                b'/' => return None,
                _ => break,
            }
        }
        Some(())
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        self.ws()?;
        (self.s.get(self.i) == Some(&b)).then(|| self.i += 1)
    }

    /// Eats `b` if it is next; `Some(true)` when it was there.
    fn maybe(&mut self, b: u8) -> Option<bool> {
        self.ws()?;
        if self.s.get(self.i) == Some(&b) {
            self.i += 1;
            Some(true)
        } else {
            Some(false)
        }
    }

    fn ident(&mut self) -> Option<&'a str> {
        self.ws()?;
        let start = self.i;
        // One table look-up a byte: this runs for every field name.
        while self.s.get(self.i).is_some_and(|&b| IDENT[b as usize]) {
            self.i += 1;
        }
        // Raw identifiers (`r#name`) and non-ASCII identifiers go to `ron`.
        if self.i == start || matches!(self.s.get(self.i), Some(b'#') | Some(0x80..)) {
            return None;
        }
        Some(&self.text[start..self.i])
    }

    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let n = quote_or_backslash(&self.s[self.i..])?;
        if self.s[self.i + n] == b'"' {
            // No escapes, the common case: one exact allocation.
            let out = self.text[self.i..self.i + n].to_string();
            self.i += n + 1;
            return Some(out);
        }
        let mut out = String::new();
        loop {
            let start = self.i;
            let rest = &self.s[start..];
            let n = quote_or_backslash(rest)?;
            out.push_str(&self.text[start..start + n]);
            self.i = start + n;
            if self.s[self.i] == b'"' {
                self.i += 1;
                return Some(out);
            }
            self.i += 1;
            let c = match *self.s.get(self.i)? {
                b'"' => '"',
                b'\'' => '\'',
                b'\\' => '\\',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'0' => '\0',
                b'u' => {
                    // `\u{1F600}`: one to six hex digits in braces.
                    if self.s.get(self.i + 1) != Some(&b'{') {
                        return None;
                    }
                    let hex_start = self.i + 2;
                    let len = self.s[hex_start..].iter().position(|&b| b == b'}')?;
                    // `from_str_radix` would also take a sign ("\u{+3a}"),
                    // which `ron` refuses: only hex digits pass.
                    let hex = &self.s[hex_start..hex_start + len];
                    if !(1..=6).contains(&len) || !hex.iter().all(u8::is_ascii_hexdigit) {
                        return None;
                    }
                    let v = u32::from_str_radix(&self.text[hex_start..hex_start + len], 16).ok()?;
                    self.i = hex_start + len;
                    char::from_u32(v)?
                }
                _ => return None,
            };
            out.push(c);
            self.i += 1;
        }
    }

    fn opt_string(&mut self) -> Option<Option<String>> {
        match self.ident()? {
            "None" => Some(None),
            "Some" => {
                self.eat(b'(')?;
                let s = self.string()?;
                self.maybe(b',')?;
                self.eat(b')')?;
                Some(Some(s))
            }
            _ => None,
        }
    }

    fn uint(&mut self) -> Option<u64> {
        self.ws()?;
        let start = self.i;
        while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        // Underscores, signs, hex and suffixes are valid RON: `ron` reads them.
        if self.i == start
            || matches!(self.s.get(self.i), Some(b) if b.is_ascii_alphanumeric() || *b == b'_' || *b == b'.')
        {
            return None;
        }
        self.text[start..self.i].parse().ok()
    }

    fn usize(&mut self) -> Option<usize> {
        self.uint()?.try_into().ok()
    }

    fn float(&mut self) -> Option<f32> {
        self.ws()?;
        let start = self.i;
        while self
            .s
            .get(self.i)
            .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'-' | b'+'))
        {
            self.i += 1;
        }
        if matches!(self.s.get(self.i), Some(b) if b.is_ascii_alphanumeric() || *b == b'_') {
            return None;
        }
        // Only the canonical spelling `ron` writes (shortest round-trip
        // `Debug`); "1", ".5" or "5e-1" are left to `ron` to accept or not.
        let text = &self.text[start..self.i];
        let v = f32::from_str(text).ok()?;
        // Compared on the stack: this runs for every event.
        let mut buf = [0u8; 48];
        let mut rest = &mut buf[..];
        {
            use std::io::Write as _;
            write!(rest, "{v:?}").ok()?;
        }
        let len = 48 - rest.len();
        (&buf[..len] == text.as_bytes()).then_some(v)
    }

    fn boolean(&mut self) -> Option<bool> {
        match self.ident()? {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }

    /// A list: `[item, item,]`.
    ///
    /// The list is trimmed to its length: a vector's first push makes room
    /// for four items, and an event's one or two 192-byte reports then held
    /// 768 bytes, half a gigabyte over a million loaded events.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.eat(b'[')?;
        let mut v = Vec::new();
        loop {
            if self.maybe(b']')? {
                break;
            }
            v.push(item(self)?);
            if !self.maybe(b',')? {
                self.eat(b']')?;
                break;
            }
        }
        v.shrink_to_fit();
        Some(v)
    }

    /// A struct `(name: value, ...)`: `field` is called with each name in
    /// turn and must consume its value; `false` from it means "not a field
    /// of this struct", and the whole fast read gives up.
    fn structure(&mut self, mut field: impl FnMut(&mut Self, &str) -> Option<()>) -> Option<()> {
        self.eat(b'(')?;
        loop {
            if self.maybe(b')')? {
                return Some(());
            }
            let name = self.ident()?;
            self.eat(b':')?;
            field(self, name)?;
            if !self.maybe(b',')? {
                return self.eat(b')');
            }
        }
    }

    fn graph_file(&mut self) -> Option<GraphFile> {
        let mut version = None;
        let mut actors = None;
        let mut events = None;
        let mut articles = None;
        self.structure(|p, name| {
            match name {
                "version" if version.is_none() => version = Some(u32::try_from(p.uint()?).ok()?),
                "actors" if actors.is_none() => actors = Some(p.list(Parser::actor)?),
                "events" if events.is_none() => events = Some(p.events()?),
                "articles" if articles.is_none() => articles = Some(p.list(Parser::article)?),
                _ => return None,
            }
            Some(())
        })?;
        Some(GraphFile {
            version: version?,
            actors: actors?,
            events: events?,
            articles: articles.unwrap_or_default(),
        })
    }

    /// The events list, nine tenths of a graph file, read in pieces on all
    /// cores.
    ///
    /// The writer starts every event on a line of its own, `    (`, and ends
    /// the list with a line `  ],`; no string holds a raw newline, so these
    /// lines are easy to find. The pieces between them are read in parallel,
    /// and the result is accepted only if every piece ends exactly where the
    /// next begins, on an item boundary: the first piece starts where a
    /// sequential read would, so by induction each piece reads what the
    /// sequential read would read there. Any other layout is read in one
    /// piece.
    fn events(&mut self) -> Option<Vec<Event>> {
        self.eat(b'[')?;
        let start = self.i;
        // The writer follows the events with the articles: the list's end is
        // found from the back, a short search. Like every boundary, it is
        // only a guess that the reads below must confirm.
        let end = match self.text.rfind("\n  ],\n  articles: ") {
            Some(n) if n >= start => Some(n + 3),
            _ => find_from(self.text, start, "\n  ]").map(|n| n + 3),
        };
        let Some(end) = end else {
            self.i = start - 1;
            return self.list(Parser::event);
        };
        let pieces = rayon::current_num_threads().max(1) * 4;
        let mut bounds = vec![start];
        for j in 1..pieces {
            let target = start + (end - start) * j / pieces;
            let from = target.max(*bounds.last().expect("starts with start"));
            if let Some(n) = find_from(&self.text[..end], from, "\n    (\n") {
                let at = n + 5;
                if at > *bounds.last().expect("not empty") && at < end {
                    bounds.push(at);
                }
            }
        }
        bounds.push(end);
        let text = self.text;
        let read = |(from, to): (usize, usize)| -> Option<Vec<Event>> {
            let mut p = Parser {
                s: text.as_bytes(),
                text,
                i: from,
            };
            let mut v = Vec::new();
            loop {
                p.ws()?;
                if p.i == to {
                    return Some(v);
                }
                if p.i > to {
                    return None;
                }
                v.push(p.event()?);
                // Between pieces every item is followed by a comma; only the
                // last item of the list may go without.
                if !p.maybe(b',')? {
                    p.ws()?;
                    return (p.i == to && to == end).then_some(v);
                }
            }
        };
        let ranges: Vec<(usize, usize)> = bounds.windows(2).map(|w| (w[0], w[1])).collect();
        use rayon::prelude::*;
        let parts: Option<Vec<Vec<Event>>> = ranges.into_par_iter().map(read).collect();
        let Some(parts) = parts else {
            // Not this layout after all (an empty list, say): one piece.
            self.i = start - 1;
            return self.list(Parser::event);
        };
        self.i = end;
        self.eat(b']')?;
        let mut all = Vec::with_capacity(parts.iter().map(Vec::len).sum());
        for part in parts {
            all.extend(part);
        }
        Some(all)
    }

    fn actor(&mut self) -> Option<Actor> {
        let (mut id, mut name, mut kind) = (None, None, None);
        let mut country = None;
        let mut aliases = None;
        self.structure(|p, field| {
            match field {
                "id" if id.is_none() => id = Some(p.string()?),
                "name" if name.is_none() => name = Some(p.string()?),
                "kind" if kind.is_none() => {
                    kind = Some(match p.ident()? {
                        "person" => ActorKind::Person,
                        "country" => ActorKind::Country,
                        "organisation" => ActorKind::Organisation,
                        "group" => ActorKind::Group,
                        _ => return None,
                    })
                }
                "country" if country.is_none() => country = Some(p.opt_string()?),
                "aliases" if aliases.is_none() => aliases = Some(p.list(Parser::string)?),
                _ => return None,
            }
            Some(())
        })?;
        Some(Actor {
            id: id?,
            name: name?,
            kind: kind?,
            country: country.flatten(),
            aliases: aliases.unwrap_or_default(),
        })
    }

    fn when(&mut self) -> Option<When> {
        let mut date = None;
        let mut precision = None;
        let mut raw = None;
        let mut source = None;
        self.structure(|p, field| {
            match field {
                "date" if date.is_none() => {
                    date = Some(match p.opt_string()? {
                        Some(s) => Some(parse_date(&s)?),
                        None => None,
                    })
                }
                "precision" if precision.is_none() => {
                    precision = Some(match p.ident()? {
                        "day" => Precision::Day,
                        "month" => Precision::Month,
                        "year" => Precision::Year,
                        "unknown" => Precision::Unknown,
                        _ => return None,
                    })
                }
                "raw" if raw.is_none() => raw = Some(p.string()?),
                "source" if source.is_none() => {
                    source = Some(match p.ident()? {
                        "text" => DateSource::Text,
                        "publication" => DateSource::Publication,
                        "none" => DateSource::None,
                        "context" => DateSource::Context,
                        _ => return None,
                    })
                }
                _ => return None,
            }
            Some(())
        })?;
        Some(When {
            date: date?,
            precision: precision?,
            raw: raw.unwrap_or_default(),
            source: source.unwrap_or(DateSource::Text),
        })
    }

    fn event(&mut self) -> Option<Event> {
        let (mut source, mut target, mut relation) = (None, None, None);
        let (mut cameo, mut when, mut confidence) = (None, None, None);
        let mut planned = None;
        let mut evidence = None;
        self.structure(|p, field| {
            match field {
                "source" if source.is_none() => source = Some(p.string()?),
                "target" if target.is_none() => target = Some(p.string()?),
                "relation" if relation.is_none() => {
                    let name = p.ident()?;
                    relation = Some(*Relation::ALL.iter().find(|r| r.name() == name)?);
                }
                "cameo" if cameo.is_none() => cameo = Some(p.string()?),
                "when" if when.is_none() => when = Some(p.when()?),
                "confidence" if confidence.is_none() => confidence = Some(p.float()?),
                "planned" if planned.is_none() => planned = Some(p.boolean()?),
                "evidence" if evidence.is_none() => evidence = Some(p.list(Parser::evidence)?),
                _ => return None,
            }
            Some(())
        })?;
        Some(Event {
            source: source?,
            target: target?,
            relation: relation?,
            cameo: cameo?,
            when: when?,
            confidence: confidence?,
            planned: planned.unwrap_or(false),
            evidence: evidence?,
        })
    }

    fn evidence(&mut self) -> Option<Evidence> {
        let (mut article, mut title, mut url) = (None, None, None);
        let (mut sentence, mut text, mut span) = (None, None, None);
        let (mut source_mention, mut target_mention, mut trigger) = (None, None, None);
        self.structure(|p, field| {
            match field {
                "article" if article.is_none() => article = Some(p.string()?),
                "title" if title.is_none() => title = Some(p.opt_string()?),
                "url" if url.is_none() => url = Some(p.opt_string()?),
                "sentence" if sentence.is_none() => sentence = Some(p.usize()?),
                "text" if text.is_none() => text = Some(p.string()?),
                "span" if span.is_none() => {
                    p.eat(b'(')?;
                    let a = p.usize()?;
                    p.eat(b',')?;
                    let b = p.usize()?;
                    p.maybe(b',')?;
                    p.eat(b')')?;
                    span = Some((a, b));
                }
                "source_mention" if source_mention.is_none() => source_mention = Some(p.string()?),
                "target_mention" if target_mention.is_none() => target_mention = Some(p.string()?),
                "trigger" if trigger.is_none() => trigger = Some(p.string()?),
                _ => return None,
            }
            Some(())
        })?;
        Some(Evidence {
            article: article?.into(),
            title: title.flatten().map(Into::into),
            url: url.flatten().map(Into::into),
            sentence: sentence?,
            text: text?.into(),
            span: span?,
            source_mention: source_mention?,
            target_mention: target_mention?,
            trigger: trigger.unwrap_or_default(),
        })
    }

    fn article(&mut self) -> Option<ArticleMeta> {
        let (mut id, mut date, mut title, mut url) = (None, None, None, None);
        self.structure(|p, field| {
            match field {
                "id" if id.is_none() => id = Some(p.string()?),
                "date" if date.is_none() => date = Some(p.opt_string()?),
                "title" if title.is_none() => title = Some(p.opt_string()?),
                "url" if url.is_none() => url = Some(p.opt_string()?),
                _ => return None,
            }
            Some(())
        })?;
        Some(ArticleMeta {
            id: id?,
            date: date.flatten(),
            title: title.flatten(),
            url: url.flatten(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::EventGraph;
    use crate::model::Relation;

    fn big_graph(n: usize) -> EventGraph {
        let mut g = EventGraph::new();
        for id in ["a", "b", "c"] {
            g.add_actor(Actor::new(id, id.to_uppercase(), ActorKind::Country));
        }
        for i in 0..n {
            let (s, t) = if i % 2 == 0 { ("a", "b") } else { ("c", "a") };
            g.add_event(Event {
                source: s.into(),
                target: t.into(),
                relation: Relation::ALL[i % Relation::ALL.len()],
                cameo: "040".into(),
                when: When::day(
                    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Days::new(i as u64),
                    "on the day",
                ),
                confidence: i as f32 / n as f32,
                planned: i % 7 == 0,
                evidence: vec![Evidence {
                    article: format!("art-{i}").into(),
                    title: Some(format!("Title \"{i}\"\n").into()),
                    url: None,
                    sentence: i,
                    text: format!("Sentence {i} with\n    (\n      source: \"x\" inside.").into(),
                    span: (i, i + 10),
                    source_mention: s.into(),
                    target_mention: t.into(),
                    trigger: "met".into(),
                }],
            });
        }
        g
    }

    fn by_ron(text: &str) -> GraphFile {
        ron::Options::default()
            .from_str(text)
            .expect("ron reads it")
    }

    #[test]
    fn a_unicode_escape_takes_hex_digits_only() {
        let text = big_graph(2).to_ron_string();
        // The title's escaped quote becomes `\u{22}`, which both read.
        let good = text.replacen("Title \\\"", "Title \\u{22}", 1);
        assert_ne!(good, text);
        assert!(read_graph(&good).is_some());
        // A sign is no hex digit: `ron` refuses it, and so must we.
        let bad = text.replacen("Title \\\"", "Title \\u{+22}", 1);
        assert!(read_graph(&bad).is_none());
        assert!(ron::from_str::<GraphFile>(&bad).is_err());
    }

    #[test]
    fn many_events_are_read_in_pieces_as_ron_reads_them() {
        let g = big_graph(2000);
        let text = g.to_ron_string();
        let fast = read_graph(&text).expect("fast path takes its own layout");
        assert_eq!(fast.events.len(), 2000);
        let mut again = Vec::new();
        write_graph(&fast, &mut again).unwrap();
        assert_eq!(String::from_utf8(again).unwrap(), text);
        let slow = by_ron(&text);
        assert_eq!(EventGraph::from_file(fast), EventGraph::from_file(slow));
    }

    #[test]
    fn events_written_in_parallel_pieces_are_rons_bytes() {
        // More than one window of pieces, and a last piece that is not full.
        let n = EVENTS_PER_PIECE * 4 * rayon::current_num_threads().max(1) + 1500;
        let g = big_graph(n);
        let cfg = ron::ser::PrettyConfig::new()
            .indentor("  ".to_string())
            .struct_names(false);
        let by_ron = ron::Options::default()
            .to_string_pretty(&g.to_file(), cfg)
            .expect("ron serialises");
        assert_eq!(g.to_ron_string(), by_ron);
    }

    #[test]
    fn dates_and_floats_are_written_as_display_and_debug_spell_them() {
        for (y, m, d) in [
            (0, 1, 1),
            (7, 2, 3),
            (999, 12, 31),
            (2023, 4, 6),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 5, 5),
            (-262000, 1, 1),
            (262000, 12, 31),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("a date");
            let mut b = Buf(Vec::new());
            b.date(date);
            assert_eq!(String::from_utf8(b.0).unwrap(), date.to_string());
        }
        // Twice over: the second time from the memo, and with values
        // sharing a slot in between (-0.0 and 0.0 differ in one bit).
        let floats = [
            0.0f32,
            -0.0,
            1.0,
            0.1,
            0.85,
            1e-40,
            f32::MAX,
            -3.5,
            f32::NAN,
        ];
        for f in floats.iter().chain(&floats).copied() {
            let mut b = Buf(Vec::new());
            b.float(f);
            assert_eq!(String::from_utf8(b.0).unwrap(), format!("{f:?}"));
        }
    }

    #[test]
    fn dates_are_read_as_chrono_reads_them() {
        for s in [
            "2023-04-06",
            "0000-01-01",
            "9999-12-31",
            "2023-02-29",
            "2024-02-29",
            "2023-13-01",
            "2023-00-10",
            "2023-4-06",
            "+10000-01-01",
            "-0001-05-05",
            "2023-04-0x",
            "２０２３-04-06",
            "",
        ] {
            assert_eq!(parse_date(s), NaiveDate::from_str(s).ok(), "{s}");
        }
    }

    #[test]
    fn quotes_and_backslashes_are_found_in_any_word() {
        let text = "0123456789abcdefghij".repeat(3);
        for at in 0..text.len() {
            for c in ['"', '\\'] {
                let mut s = text.clone().into_bytes();
                s[at] = c as u8;
                assert_eq!(quote_or_backslash(&s), Some(at));
            }
        }
        assert_eq!(quote_or_backslash(text.as_bytes()), None);
        assert_eq!(quote_or_backslash("\u{e9}\u{1F600}\"".as_bytes()), Some(6));
    }

    #[test]
    fn escapes_are_found_at_any_place_in_a_block() {
        let text = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJ".to_string();
        for at in 0..text.len() {
            for c in [
                '"',
                '\'',
                '\\',
                '\n',
                '\u{7f}',
                '\u{e9}',
                '\u{200b}',
                '\u{1F600}',
            ] {
                let mut s = text.clone();
                s.replace_range(at..at + 1, &c.to_string());
                let mut b = Buf(Vec::new());
                b.string(&s);
                let want: String = s.chars().flat_map(char::escape_debug).collect();
                assert_eq!(
                    String::from_utf8(b.0).unwrap(),
                    format!("\"{want}\""),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn strings_are_escaped_as_escape_debug_does() {
        for s in [
            "",
            "plain words",
            "quotes \" ' and \\ backslash",
            "tab\tnew\nline\r\0 \x07 \x7f",
            "caf\u{e9} \u{301}accent \u{200b}zero-width \u{feff}",
            "\u{1F600} emoji, \u{10FFFF}, \u{85}",
        ] {
            let mut b = Buf(Vec::new());
            b.string(s);
            let want: String = s.chars().flat_map(char::escape_debug).collect();
            assert_eq!(String::from_utf8(b.0).unwrap(), format!("\"{want}\""));
        }
    }

    #[test]
    fn raw_newlines_that_mimic_item_starts_do_not_fool_the_pieces() {
        // A hand-written file may hold raw newlines in strings; make them look
        // like the lines the piece finder searches for.
        let text = big_graph(400)
            .to_ron_string()
            .replace(
                "\\n    (\\n      source: \\\"x\\\" inside",
                "\n    (\n      source: \\\"x\\\" inside",
            )
            .replace("\\n\")", "\n  ]\")");
        assert!(text.contains("with\n    (\n      source: \\\"x\\\""));
        let slow = by_ron(&text);
        match read_graph(&text) {
            Some(fast) => assert_eq!(EventGraph::from_file(fast), EventGraph::from_file(slow)),
            None => panic!("the layout is still ours apart from the strings"),
        }
    }

    #[test]
    fn other_layouts_are_left_to_ron() {
        let g = big_graph(3);
        let text = g.to_ron_string();
        for other in [
            text.replacen("(\n  version", "GraphFile(\n  version", 1),
            text.replacen("  actors", "  // a comment\n  actors", 1),
            text.replacen("trigger: \"met\"", "trigger: r\"met\"", 1),
            text.replacen("sentence: 1,", "sentence: 0x1,", 1),
            text.replacen("planned: false,", "planned: false, extra: 1,", 1),
            text.replacen("version: 1", "version: 1_0", 1),
        ] {
            assert!(read_graph(&other).is_none(), "{other}");
        }
        // Left-out defaulted fields and compact layout are fine.
        let compact = ron::to_string(&g.to_file()).unwrap();
        let fast = read_graph(&compact).expect("compact layout");
        assert_eq!(
            EventGraph::from_file(fast),
            EventGraph::from_file(by_ron(&text))
        );
        let no_trigger = text.replace("          trigger: \"met\",\n", "");
        let fast = read_graph(&no_trigger).expect("a defaulted field left out");
        assert!(fast.events.iter().all(|e| e.evidence[0].trigger.is_empty()));
    }

    #[test]
    fn enum_names_are_serdes() {
        for p in [
            Precision::Day,
            Precision::Month,
            Precision::Year,
            Precision::Unknown,
        ] {
            assert_eq!(ron::to_string(&p).unwrap(), p.name());
        }
        for s in [
            DateSource::Text,
            DateSource::Publication,
            DateSource::None,
            DateSource::Context,
        ] {
            assert_eq!(ron::to_string(&s).unwrap(), s.name());
        }
        for k in [
            ActorKind::Person,
            ActorKind::Country,
            ActorKind::Organisation,
            ActorKind::Group,
        ] {
            assert_eq!(ron::to_string(&k).unwrap(), k.name());
        }
        for r in Relation::ALL {
            assert_eq!(ron::to_string(&r).unwrap(), r.name());
        }
    }
}
