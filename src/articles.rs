//! Loading articles: plain text and Markdown files with an optional metadata
//! block, JSON-lines collections, directories (recursively) and stdin.
//!
//! Loading never stops at a bad article: each one is reported as a [`Skip`]
//! with its file, line and reason, and the rest go on. JSON-lines files are
//! read one line at a time, so a large collection is never held in memory.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// One news article, ready for extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub id: String,
    /// Publication date, the anchor for relative dates ("yesterday").
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub text: String,
    /// Where it came from: `path` or `path:line`, for messages.
    pub origin: String,
}

/// An article that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    pub origin: String,
    pub reason: String,
}

/// What loading yields, in input order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    Article(Article),
    /// The input was used, with a caveat (lossy UTF-8, a bad date).
    Warning(Skip),
    Skipped(Skip),
}

/// Options for loading.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Publication date for articles that carry none.
    pub default_date: Option<NaiveDate>,
}

/// Expands the command-line inputs into a sorted list of files, with `-`
/// kept as stdin. Directories are walked recursively; only `.txt`, `.md`,
/// `.markdown`, `.jsonl` and `.ndjson` files are taken from them. Paths that
/// cannot be read come back as skips.
pub fn expand_inputs(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<Skip>) {
    let mut files = Vec::new();
    let mut skips = Vec::new();
    // Directories already walked, by canonical path: a symbolic link back up
    // the tree (`ln -s .. loop`) would otherwise be walked again and again,
    // and two such links make the walk exponential.
    let mut seen = std::collections::BTreeSet::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(input.clone());
            continue;
        }
        match std::fs::metadata(input) {
            Ok(m) if m.is_dir() => {
                let before = (files.len(), skips.len());
                walk(input, &mut files, &mut skips, &mut seen);
                // Said once: an unreadable directory is not also empty.
                if (files.len(), skips.len()) == before {
                    skips.push(Skip {
                        origin: input.display().to_string(),
                        reason: "directory holds no .txt, .md or .jsonl articles".into(),
                    });
                }
            }
            Ok(_) => files.push(input.clone()),
            Err(e) => skips.push(Skip {
                origin: input.display().to_string(),
                reason: format!("cannot read: {e}"),
            }),
        }
    }
    (files, skips)
}

fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    skips: &mut Vec<Skip>,
    seen: &mut std::collections::BTreeSet<PathBuf>,
) {
    if let Ok(canonical) = std::fs::canonicalize(dir) {
        if !seen.insert(canonical) {
            return;
        }
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            skips.push(Skip {
                origin: dir.display().to_string(),
                reason: format!("cannot read directory: {e}"),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        // `metadata` follows symbolic links; a dangling link has none and
        // is passed over like any other file that is not an article.
        let Ok(meta) = std::fs::metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            walk(&p, files, skips, seen);
        } else if meta.is_file()
            && matches!(
                extension(&p).as_str(),
                "txt" | "md" | "markdown" | "jsonl" | "ndjson"
            )
        {
            // Only regular files: opening a FIFO named `x.txt` would wait
            // forever for a writer, and a device would never end.
            files.push(p);
        }
    }
}

fn extension(p: &Path) -> String {
    p.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Reads one input file (or stdin for `-`) and calls `sink` for every
/// article, warning and skip in it.
pub fn load_file<F: FnMut(Loaded)>(path: &Path, opts: &LoadOptions, mut sink: F) {
    let origin = path.display().to_string();
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        if let Err(e) = io::stdin().lock().read_to_end(&mut buf) {
            sink(Loaded::Skipped(Skip {
                origin: "<stdin>".into(),
                reason: format!("cannot read stdin: {e}"),
            }));
            return;
        }
        let first = buf.iter().find(|b| !b.is_ascii_whitespace()).copied();
        if first == Some(b'{') {
            load_jsonl(io::Cursor::new(buf), "<stdin>", "stdin", opts, &mut sink);
        } else {
            load_text(&buf, "<stdin>", "stdin", opts, &mut sink);
        }
        return;
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "article".into());
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => {
            sink(Loaded::Skipped(Skip {
                origin,
                reason: format!("cannot open: {e}"),
            }));
            return;
        }
    };
    match extension(path).as_str() {
        "jsonl" | "ndjson" | "json" => {
            load_jsonl(BufReader::new(file), &origin, &stem, opts, &mut sink)
        }
        _ => {
            let mut buf = Vec::new();
            if let Err(e) = BufReader::new(file).read_to_end(&mut buf) {
                sink(Loaded::Skipped(Skip {
                    origin,
                    reason: format!("cannot read: {e}"),
                }));
                return;
            }
            load_text(&buf, &origin, &stem, opts, &mut sink);
        }
    }
}

/// Parses the bytes of one `.txt`/`.md` article (the form [`load_file`]
/// reads from disk): metadata block, Markdown title, body. `origin` names it
/// in messages; the article id defaults to `stem`. Never panics, whatever
/// the bytes; used by the fuzz targets.
///
/// ```
/// use dipgraph::articles::{parse_text_article, LoadOptions, Loaded};
/// let out = parse_text_article(b"Title: Talks\n\nBody.", "t.txt", "t", &LoadOptions::default());
/// assert!(matches!(&out[0], Loaded::Article(a) if a.title.as_deref() == Some("Talks")));
/// ```
pub fn parse_text_article(
    bytes: &[u8],
    origin: &str,
    stem: &str,
    opts: &LoadOptions,
) -> Vec<Loaded> {
    let mut out = Vec::new();
    load_text(bytes, origin, stem, opts, &mut |l| out.push(l));
    out
}

/// Parses a JSON-lines collection held in memory: one article per line,
/// bad lines reported as skips with `origin:line`. Never panics, whatever
/// the bytes; used by the fuzz targets.
///
/// ```
/// use dipgraph::articles::{parse_jsonl, LoadOptions, Loaded};
/// let out = parse_jsonl(b"{\"text\":\"One.\"}\nnot json\n", "f.jsonl", "f", &LoadOptions::default());
/// assert!(matches!(&out[0], Loaded::Article(a) if a.id == "f-1"));
/// assert!(matches!(&out[1], Loaded::Skipped(s) if s.origin == "f.jsonl:2"));
/// ```
pub fn parse_jsonl(bytes: &[u8], origin: &str, stem: &str, opts: &LoadOptions) -> Vec<Loaded> {
    let mut out = Vec::new();
    load_jsonl(bytes, origin, stem, opts, &mut |l| out.push(l));
    out
}

/// Share of control bytes above which a file is taken for binary.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let ctrl = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    ctrl * 10 > sample.len().max(1)
}

fn decode<F: FnMut(Loaded)>(bytes: &[u8], origin: &str, sink: &mut F) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(e) => {
            sink(Loaded::Warning(Skip {
                origin: origin.to_string(),
                reason: format!(
                    "invalid UTF-8 at byte {}; decoded with replacement characters",
                    e.valid_up_to()
                ),
            }));
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

/// A `.txt`/`.md` article: an optional block of `Key: value` lines (Title,
/// Date, URL, Id), ended by a blank line, then the text.
fn load_text<F: FnMut(Loaded)>(
    bytes: &[u8],
    origin: &str,
    stem: &str,
    opts: &LoadOptions,
    sink: &mut F,
) {
    if looks_binary(bytes) {
        sink(Loaded::Skipped(Skip {
            origin: origin.to_string(),
            reason: "binary file, not an article".into(),
        }));
        return;
    }
    let text = decode(bytes, origin, sink);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let (meta, body) = split_metadata(text);
    let mut article = Article {
        id: stem.to_string(),
        date: None,
        title: None,
        url: None,
        text: String::new(),
        origin: origin.to_string(),
    };
    for (line, key, value) in meta {
        match key.as_str() {
            "title" => article.title = Some(value),
            "url" | "link" => article.url = Some(value),
            "id" => article.id = value,
            "date" | "published" | "pubdate" => match parse_date(&value) {
                Some(d) => article.date = Some(d),
                None => sink(Loaded::Warning(Skip {
                    origin: format!("{origin}:{line}"),
                    reason: format!("'{value}' is not a valid date (expected YYYY-MM-DD); the article is read without a publication date"),
                })),
            },
            _ => {}
        }
    }
    // Markdown: a leading `# Title` line is the title.
    let mut body = body.trim_start_matches(['\n', '\r']);
    if article.title.is_none() {
        if let Some(rest) = body.strip_prefix("# ") {
            let end = rest.find('\n').unwrap_or(rest.len());
            article.title = Some(rest[..end].trim().to_string());
            body = &rest[end..];
        }
    }
    article.text = normalize_paragraphs(body);
    finish(article, opts, sink);
}

/// Splits a leading metadata block from the body. Returns (line, key, value)
/// triples with lowercase keys. The block counts only if every line before
/// the first blank line is `Key: value` with a short key.
fn split_metadata(text: &str) -> (Vec<(usize, String, String)>, &str) {
    let mut meta = Vec::new();
    let mut offset = 0;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if meta.is_empty() {
                return (Vec::new(), text);
            }
            return (meta, &text[offset + line.len()..]);
        }
        let Some((k, v)) = trimmed.split_once(':') else {
            return (Vec::new(), text);
        };
        let k = k.trim();
        if k.is_empty()
            || k.len() > 20
            || !k
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == ' ')
        {
            return (Vec::new(), text);
        }
        meta.push((i + 1, k.to_ascii_lowercase(), v.trim().to_string()));
        offset += line.len();
    }
    // Only metadata lines and no body: not a metadata block after all.
    (Vec::new(), text)
}

/// Paragraphs are separated by blank lines in files; inside the article text
/// they are single newlines (the JSON-lines convention), and lines wrapped
/// inside a paragraph are joined with a space.
fn normalize_paragraphs(body: &str) -> String {
    let mut paras: Vec<String> = Vec::new();
    let mut cur = String::new();
    for line in body.lines() {
        let t = line.trim();
        if t.is_empty() {
            if !cur.is_empty() {
                paras.push(std::mem::take(&mut cur));
            }
        } else {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(t);
        }
    }
    if !cur.is_empty() {
        paras.push(cur);
    }
    paras.join("\n")
}

/// A string field, or `None` with a warning when it holds something else.
fn string_field<F: FnMut(Loaded)>(
    value: Option<serde_json::Value>,
    name: &str,
    origin: &str,
    sink: &mut F,
) -> Option<String> {
    match value? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Null => None,
        other => {
            sink(Loaded::Warning(Skip {
                origin: origin.to_string(),
                reason: format!("\"{name}\" is {}, not a string; ignored", json_kind(&other)),
            }));
            None
        }
    }
}

fn json_kind(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

fn load_jsonl<R: BufRead, F: FnMut(Loaded)>(
    mut reader: R,
    origin: &str,
    stem: &str,
    opts: &LoadOptions,
    sink: &mut F,
) {
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                sink(Loaded::Skipped(Skip {
                    origin: format!("{origin}:{}", line_no + 1),
                    reason: format!("cannot read: {e}"),
                }));
                break;
            }
        }
        line_no += 1;
        let here = format!("{origin}:{line_no}");
        let line = decode(&buf, &here, sink);
        let line = line.trim().trim_start_matches('\u{feff}');
        if line.is_empty() {
            continue;
        }
        // A map of raw values, so that a field of the wrong type
        // (`"date": 20230406`, `"title": ["a"]`) costs only that field, with
        // a warning, not the whole article.
        let mut parsed: serde_json::Map<String, serde_json::Value> =
            match serde_json::from_str(line) {
                Ok(a) => a,
                Err(e) => {
                    let reason = match e.classify() {
                        serde_json::error::Category::Data => {
                            format!(
                            "not an article: expected a JSON object with a \"text\" string: {e}"
                        )
                        }
                        _ => format!("invalid JSON: {e}"),
                    };
                    sink(Loaded::Skipped(Skip {
                        origin: here,
                        reason,
                    }));
                    continue;
                }
            };
        let text = match parsed.remove("text") {
            Some(serde_json::Value::String(t)) => t,
            None | Some(serde_json::Value::Null) => {
                sink(Loaded::Skipped(Skip {
                    origin: here,
                    reason: "no \"text\" field".into(),
                }));
                continue;
            }
            Some(other) => {
                sink(Loaded::Skipped(Skip {
                    origin: here,
                    reason: format!("\"text\" is {}, not a string", json_kind(&other)),
                }));
                continue;
            }
        };
        let id = match parsed.remove("id") {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            _ => format!("{stem}-{line_no}"),
        };
        let mut date = None;
        let date_value = match parsed.remove("date") {
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            other => string_field(other, "date", &here, sink),
        };
        if let Some(d) = date_value.as_deref().filter(|d| !d.trim().is_empty()) {
            match parse_date(d) {
                Some(d) => date = Some(d),
                None => sink(Loaded::Warning(Skip {
                    origin: here.clone(),
                    reason: format!("'{d}' is not a valid date (expected YYYY-MM-DD); the article is read without a publication date"),
                })),
            }
        }
        let title = string_field(parsed.remove("title"), "title", &here, sink);
        let url = string_field(parsed.remove("url"), "url", &here, sink);
        let article = Article {
            id,
            date,
            title,
            url,
            text,
            origin: here,
        };
        finish(article, opts, sink);
    }
}

fn finish<F: FnMut(Loaded)>(mut article: Article, opts: &LoadOptions, sink: &mut F) {
    if article.text.trim().is_empty() {
        sink(Loaded::Skipped(Skip {
            origin: article.origin,
            reason: "empty article".into(),
        }));
        return;
    }
    if article.date.is_none() {
        article.date = opts.default_date;
    }
    sink(Loaded::Article(article));
}

/// Parses a publication date: `YYYY-MM-DD`, optionally followed by a time
/// (`2023-04-06T10:00:00Z`, `2023-04-06 10:00`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Loads everything from a list of inputs into memory, in input order. For
/// large collections prefer [`expand_inputs`] with [`load_file`].
pub fn load_all(inputs: &[PathBuf], opts: &LoadOptions) -> (Vec<Article>, Vec<Loaded>) {
    let (files, skips) = expand_inputs(inputs);
    let mut articles = Vec::new();
    let mut notes: Vec<Loaded> = skips.into_iter().map(Loaded::Skipped).collect();
    for f in files {
        load_file(&f, opts, |l| match l {
            Loaded::Article(a) => articles.push(a),
            other => notes.push(other),
        });
    }
    (articles, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect_text(s: &str) -> Vec<Loaded> {
        let mut out = Vec::new();
        load_text(
            s.as_bytes(),
            "t.txt",
            "t",
            &LoadOptions::default(),
            &mut |l| out.push(l),
        );
        out
    }

    #[test]
    fn metadata_block_is_read() {
        let out = collect_text(
            "Title: Talks\nDate: 2023-04-06\nURL: http://x\n\nFirst para.\n\nSecond\npara.",
        );
        let Loaded::Article(a) = &out[0] else {
            panic!("{out:?}")
        };
        assert_eq!(a.title.as_deref(), Some("Talks"));
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2023, 4, 6));
        assert_eq!(a.text, "First para.\nSecond para.");
    }

    #[test]
    fn text_without_metadata_is_all_body() {
        let out = collect_text("Macron met Xi: a report.\nMore text.");
        let Loaded::Article(a) = &out[0] else {
            panic!()
        };
        assert_eq!(a.text, "Macron met Xi: a report. More text.");
        assert_eq!(a.date, None);
    }

    #[test]
    fn impossible_date_warns_and_keeps_article() {
        let out = collect_text("Date: 2023-02-30\n\nBody.");
        assert!(matches!(&out[0], Loaded::Warning(s) if s.origin == "t.txt:1"));
        assert!(matches!(&out[1], Loaded::Article(a) if a.date.is_none()));
    }

    #[test]
    fn binary_and_empty_are_skipped() {
        let mut out = Vec::new();
        load_text(
            b"\x00\x01\x02abc",
            "b.txt",
            "b",
            &LoadOptions::default(),
            &mut |l| out.push(l),
        );
        assert!(matches!(&out[0], Loaded::Skipped(s) if s.reason.contains("binary")));
        assert!(
            matches!(&collect_text("Title: x\n\n   \n")[0], Loaded::Skipped(s) if s.reason == "empty article")
        );
    }

    #[test]
    fn invalid_utf8_is_decoded_lossily_with_a_warning() {
        let mut out = Vec::new();
        load_text(
            b"Caf\xe9 talks.",
            "u.txt",
            "u",
            &LoadOptions::default(),
            &mut |l| out.push(l),
        );
        assert!(matches!(&out[0], Loaded::Warning(_)));
        assert!(matches!(&out[1], Loaded::Article(a) if a.text.contains('\u{fffd}')));
    }

    #[test]
    fn jsonl_reports_bad_lines_and_keeps_good_ones() {
        let data = "{\"id\":\"a\",\"date\":\"2023-04-06\",\"text\":\"One.\"}\nnot json\n\n{\"text\":\"Two.\"}\n{\"id\":\"c\"}\n";
        let mut out = Vec::new();
        load_jsonl(
            io::Cursor::new(data),
            "f.jsonl",
            "f",
            &LoadOptions::default(),
            &mut |l| out.push(l),
        );
        let ids: Vec<_> = out
            .iter()
            .filter_map(|l| match l {
                Loaded::Article(a) => Some(a.id.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["a", "f-4"]);
        assert!(out
            .iter()
            .any(|l| matches!(l, Loaded::Skipped(s) if s.origin == "f.jsonl:2")));
        assert!(out
            .iter()
            .any(|l| matches!(l, Loaded::Skipped(s) if s.origin == "f.jsonl:5")));
    }

    #[test]
    fn jsonl_fields_of_the_wrong_type_cost_only_the_field() {
        let data = "{\"id\":\"a\",\"date\":20230406,\"title\":[\"x\"],\"url\":null,\"text\":\"One.\"}\n[1,2]\n{\"text\":42}\n";
        let out = parse_jsonl(data.as_bytes(), "f.jsonl", "f", &LoadOptions::default());
        let warnings: Vec<&str> = out
            .iter()
            .filter_map(|l| match l {
                Loaded::Warning(s) => Some(s.reason.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(warnings.len(), 2, "{out:?}");
        assert!(
            warnings[0].starts_with("'20230406' is not a valid date"),
            "{warnings:?}"
        );
        assert_eq!(warnings[1], "\"title\" is an array, not a string; ignored");
        assert!(matches!(&out[2], Loaded::Article(a) if a.id == "a" && a.title.is_none()));
        assert!(
            matches!(&out[3], Loaded::Skipped(s) if s.origin == "f.jsonl:2" && s.reason.starts_with("not an article: expected a JSON object"))
        );
        assert!(
            matches!(&out[4], Loaded::Skipped(s) if s.origin == "f.jsonl:3" && s.reason == "\"text\" is a number, not a string")
        );
    }

    #[test]
    fn default_date_fills_missing_dates() {
        let opts = LoadOptions {
            default_date: NaiveDate::from_ymd_opt(2020, 1, 2),
        };
        let mut out = Vec::new();
        load_text(b"Body.", "t.txt", "t", &opts, &mut |l| out.push(l));
        assert!(matches!(&out[0], Loaded::Article(a) if a.date == opts.default_date));
    }
}
