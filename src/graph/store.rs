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

// ---------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------

/// Writes `file` as pretty RON, byte-identical to the `ron` crate's output
/// with two-space indentation and no struct names.
pub fn write_graph<W: Write>(file: &GraphFile, w: W) -> io::Result<()> {
    write_parts(file.version, &file.actors, &file.events, &file.articles, w)
}

/// [`write_graph`] over borrowed parts, so that a graph in memory is written
/// without first being copied into a [`GraphFile`].
pub fn write_parts<'a, W: Write>(
    version: u32,
    actors: impl IntoIterator<Item = &'a Actor>,
    events: impl IntoIterator<Item = &'a Event>,
    articles: impl IntoIterator<Item = &'a ArticleMeta>,
    w: W,
) -> io::Result<()> {
    let mut out = Out {
        w,
        buf: Vec::with_capacity(1 << 16),
        err: None,
    };
    out.raw("(\n  version: ");
    out.int(version as u64);
    out.raw(",\n  actors: ");
    out.list(actors, 1, write_actor);
    out.raw(",\n  events: ");
    out.list(events, 1, write_event);
    out.raw(",\n  articles: ");
    out.list(articles, 1, write_article);
    out.raw(",\n)");
    out.finish()
}

/// A byte buffer flushed to the writer in large pieces, so that a
/// million-event graph streams to disk instead of being built in memory.
struct Out<W: Write> {
    w: W,
    buf: Vec<u8>,
    /// The first write error: writing stops there and `finish` returns it,
    /// which keeps every formatting helper infallible.
    err: Option<io::Error>,
}

const INDENT: &str = "                                                                ";

impl<W: Write> Out<W> {
    fn raw(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    /// Hands the buffer to the writer once it holds 64 KiB.
    fn maybe_flush(&mut self) {
        if self.buf.len() >= 1 << 16 {
            if self.err.is_none() {
                if let Err(e) = self.w.write_all(&self.buf) {
                    self.err = Some(e);
                }
            }
            self.buf.clear();
        }
    }

    fn finish(mut self) -> io::Result<()> {
        if let Some(e) = self.err.take() {
            return Err(e);
        }
        self.w.write_all(&self.buf)?;
        self.w.flush()
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
        self.buf.extend_from_slice(&digits[i..]);
    }

    /// A string as `ron` escapes it: `char::escape_debug` on every char.
    fn string(&mut self, s: &str) {
        self.buf.push(b'"');
        let mut start = 0;
        for (i, c) in s.char_indices() {
            let plain = match c {
                ' '..='~' => c != '"' && c != '\'' && c != '\\',
                _ => !c.is_ascii() && c.escape_debug().len() == 1,
            };
            if !plain {
                self.buf.extend_from_slice(&s.as_bytes()[start..i]);
                let mut tmp = [0u8; 4];
                for e in c.escape_debug() {
                    self.buf
                        .extend_from_slice(e.encode_utf8(&mut tmp).as_bytes());
                }
                start = i + c.len_utf8();
            }
        }
        self.buf.extend_from_slice(&s.as_bytes()[start..]);
        self.buf.push(b'"');
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
            self.maybe_flush();
        }
        self.indent(depth);
        self.raw("]");
    }
}

// `&String`, not `&str`: the list writer passes `&T` for `T = String`.
#[allow(clippy::ptr_arg)]
fn write_str_item<W: Write>(o: &mut Out<W>, s: &String, _depth: usize) {
    o.string(s);
}

fn write_actor<W: Write>(o: &mut Out<W>, a: &Actor, d: usize) {
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

fn write_event<W: Write>(o: &mut Out<W>, e: &Event, d: usize) {
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
    // `ron` writes floats with `Debug`: the shortest text that round-trips.
    o.raw(&format!("{:?}", e.confidence));
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

fn write_when<W: Write>(o: &mut Out<W>, w: &When, d: usize) {
    o.raw("(\n");
    o.field(d + 1, "date");
    match w.date {
        Some(date) => {
            o.raw("Some(\"");
            o.raw(&date.to_string());
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

fn write_evidence<W: Write>(o: &mut Out<W>, e: &Evidence, d: usize) {
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

fn write_article<W: Write>(o: &mut Out<W>, m: &ArticleMeta, d: usize) {
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

/// The first position of `needle` in `hay`.
fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let mut from = 0;
    while let Some(n) = hay[from..].iter().position(|&b| b == first) {
        let at = from + n;
        if hay[at..].starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

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
        while let Some(&b) = self.s.get(self.i) {
            if b.is_ascii_alphanumeric() || b == b'_' {
                self.i += 1;
            } else {
                break;
            }
        }
        // Raw identifiers (`r#name`) and non-ASCII identifiers go to `ron`.
        if self.i == start || matches!(self.s.get(self.i), Some(b'#') | Some(0x80..)) {
            return None;
        }
        Some(&self.text[start..self.i])
    }

    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let n = self.s[self.i..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\')?;
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
            let n = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
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
                    if !(1..=6).contains(&len) {
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
        (format!("{v:?}") == text).then_some(v)
    }

    fn boolean(&mut self) -> Option<bool> {
        match self.ident()? {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }

    /// A list: `[item, item,]`.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.eat(b'[')?;
        let mut v = Vec::new();
        loop {
            if self.maybe(b']')? {
                return Some(v);
            }
            v.push(item(self)?);
            if !self.maybe(b',')? {
                self.eat(b']')?;
                return Some(v);
            }
        }
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
        let Some(end) = find(&self.s[start..], b"\n  ]").map(|n| start + n + 3) else {
            self.i = start - 1;
            return self.list(Parser::event);
        };
        let pieces = rayon::current_num_threads().max(1) * 4;
        let mut bounds = vec![start];
        for j in 1..pieces {
            let target = start + (end - start) * j / pieces;
            let from = target.max(*bounds.last().expect("starts with start"));
            if let Some(n) = find(&self.s[from..end], b"\n    (\n") {
                let at = from + n + 5;
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
                        Some(s) => Some(NaiveDate::from_str(&s).ok()?),
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
            article: article?,
            title: title.flatten(),
            url: url.flatten(),
            sentence: sentence?,
            text: text?,
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
                    article: format!("art-{i}"),
                    title: Some(format!("Title \"{i}\"\n")),
                    url: None,
                    sentence: i,
                    text: format!("Sentence {i} with\n    (\n      source: \"x\" inside."),
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
        for s in [DateSource::Text, DateSource::Publication, DateSource::None] {
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
