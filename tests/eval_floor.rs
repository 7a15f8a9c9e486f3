//! Extraction quality may not fall below a floor: the release binary's
//! `extract --format jsonl` over the annotated sets in `tests/data/`
//! (eval-a to eval-z, eval-aa to eval-az, eval-ba to eval-bj, eval-short
//! to eval-short14), scored exactly as `shared/eval/score.py` scores it.
//!
//! The scorer below is a line-by-line port of `score.py`: actor names as
//! sets of `[a-z0-9]+` words of the lowercased id, name and mention (and
//! aliases); `meet`, `sign_deal` and `cooperate` match in either direction;
//! system events with the same (article, relation, source id, target id,
//! date) count once; gold rows take the first unused matching event in
//! output order; extras are unused events that match no gold row of their
//! article; recall counts only `required` rows.
//!
//! Raise a floor when extraction improves; never lower one to make a change
//! pass. Run with `--nocapture` to see the scores.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

const SYMMETRIC: [&str; 3] = ["meet", "sign_deal", "cooperate"];

/// `set(re.findall(r"[a-z0-9]+", s.lower()))`.
fn words(s: &str) -> HashSet<String> {
    let lower = s.to_lowercase();
    let mut out = HashSet::new();
    let mut cur = String::new();
    for c in lower.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            cur.push(c);
        } else if !cur.is_empty() {
            out.insert(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.insert(cur);
    }
    out
}

/// Python's `str(x)` for the JSON values that can occur.
fn py_str(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Python truthiness of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// All words by which a system actor can be recognised: id, name, mention
/// (strings or lists) and aliases.
fn actor_words(actor: &Value) -> HashSet<String> {
    match actor {
        Value::Null => HashSet::new(),
        Value::String(s) => words(s),
        Value::Object(o) => {
            let mut out = HashSet::new();
            for key in ["id", "name", "mention"] {
                match o.get(key) {
                    Some(Value::String(s)) => out.extend(words(s)),
                    Some(Value::Array(xs)) => {
                        for x in xs {
                            out.extend(words(&py_str(x)));
                        }
                    }
                    _ => {}
                }
            }
            if let Some(Value::Array(xs)) = o.get("aliases") {
                for x in xs {
                    out.extend(words(x.as_str().unwrap_or_default()));
                }
            }
            out
        }
        _ => HashSet::new(),
    }
}

/// One accepted name of the gold row is wholly contained in the actor's words.
fn matches(aliases: &Value, actor: &Value) -> bool {
    let got = actor_words(actor);
    aliases.as_array().is_some_and(|names| {
        names.iter().any(|a| {
            let w = words(a.as_str().unwrap_or_default());
            !w.is_empty() && w.is_subset(&got)
        })
    })
}

fn relations(g: &Value) -> Vec<&str> {
    match &g["relation"] {
        Value::Array(rs) => rs.iter().filter_map(Value::as_str).collect(),
        Value::String(r) => vec![r.as_str()],
        _ => Vec::new(),
    }
}

fn event_matches(g: &Value, e: &Value) -> bool {
    let Some(rel) = e.get("relation").and_then(Value::as_str) else {
        return false;
    };
    if !relations(g).contains(&rel) {
        return false;
    }
    let (s, t) = (
        e.get("source").unwrap_or(&Value::Null),
        e.get("target").unwrap_or(&Value::Null),
    );
    if matches(&g["source"], s) && matches(&g["target"], t) {
        return true;
    }
    SYMMETRIC.contains(&rel) && matches(&g["source"], t) && matches(&g["target"], s)
}

fn date_agrees(g: &Value, e: &Value) -> bool {
    let want = g.get("date").unwrap_or(&Value::Null);
    let mut got = e
        .get("date")
        .filter(|d| truthy(d))
        .cloned()
        .unwrap_or(Value::String(String::new()));
    if let Value::Object(o) = &got {
        got = o
            .get("value")
            .filter(|v| truthy(v))
            .or_else(|| o.get("date").filter(|v| truthy(v)))
            .cloned()
            .unwrap_or(Value::String(String::new()));
    }
    truthy(want) && py_str(&got).starts_with(&py_str(want))
}

/// The duplicate key: (article, relation, source id or name, target id or
/// name, str(date)).
fn key(e: &Value) -> [String; 5] {
    let name = |a: Option<&Value>| match a {
        Some(Value::Object(o)) => {
            let id = o.get("id").filter(|v| truthy(v));
            py_str(id.or_else(|| o.get("name")).unwrap_or(&Value::Null))
        }
        Some(v) => py_str(v),
        None => "None".into(),
    };
    let get = |k: &str| py_str(e.get(k).unwrap_or(&Value::Null));
    [
        get("article"),
        get("relation"),
        name(e.get("source")),
        name(e.get("target")),
        get("date"),
    ]
}

fn is_required(g: &Value) -> bool {
    g.get("required").map(truthy).unwrap_or(true)
}

#[derive(Debug, Clone, PartialEq)]
struct Score {
    events: usize,
    gold: usize,
    required: usize,
    matched: usize,
    extras: usize,
    precision: f64,
    recall: f64,
    f1: f64,
    date_accuracy: f64,
    dated: usize,
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "events={} gold={} required={} matched={} precision={:.3} recall={:.3} f1={:.3} date_accuracy={:.3} dated={}",
            self.events, self.gold, self.required, self.matched, self.precision, self.recall, self.f1, self.date_accuracy, self.dated
        )
    }
}

/// `score.py`'s `main` without the printing.
fn score(gold: &[Value], events: &[Value]) -> Score {
    // Duplicates count once; the first one seen stays, in output order.
    let mut seen = HashSet::new();
    let events: Vec<&Value> = events.iter().filter(|e| seen.insert(key(e))).collect();

    let article = |v: &Value| py_str(v.get("article").unwrap_or(&Value::Null));
    let mut by_article: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, e) in events.iter().enumerate() {
        by_article.entry(article(e)).or_default().push(i);
    }

    let mut used: HashSet<usize> = HashSet::new();
    let (mut hit_required, mut dated, mut dated_ok) = (0, 0, 0);
    for g in gold {
        let found = by_article
            .get(&article(g))
            .into_iter()
            .flatten()
            .copied()
            .find(|&i| !used.contains(&i) && event_matches(g, events[i]));
        let Some(i) = found else { continue };
        used.insert(i);
        if is_required(g) {
            hit_required += 1;
        }
        if g.get("date").is_some_and(truthy) {
            dated += 1;
            if date_agrees(g, events[i]) {
                dated_ok += 1;
            }
        }
    }

    // An extra that matches an already-used gold row (a duplicate mention
    // under another name) is neither credited nor charged.
    let extras = (0..events.len())
        .filter(|i| !used.contains(i))
        .filter(|&i| {
            let e = events[i];
            !gold
                .iter()
                .any(|g| article(g) == article(e) && event_matches(g, e))
        })
        .count();
    let required = gold.iter().filter(|g| is_required(g)).count();
    let tp = used.len();
    let precision = if tp + extras > 0 {
        tp as f64 / (tp + extras) as f64
    } else {
        0.0
    };
    let recall = if required > 0 {
        hit_required as f64 / required as f64
    } else {
        0.0
    };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let date_accuracy = if dated > 0 {
        dated_ok as f64 / dated as f64
    } else {
        0.0
    };
    Score {
        events: events.len(),
        gold: gold.len(),
        required,
        matched: tp,
        extras,
        precision,
        recall,
        f1,
        date_accuracy,
        dated,
    }
}

fn parse_jsonl(text: &str, what: &str) -> Vec<Value> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{what}:{}: invalid JSON ({e}): {l}", n + 1))
        })
        .collect()
}

fn set_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

/// What `score.py SET --bin dipgraph` computes: runs `extract --format
/// jsonl SET/articles.jsonl` and scores its stdout against SET/gold.jsonl.
fn score_set(name: &str) -> Score {
    let dir = set_dir(name);
    let gold_path = dir.join("gold.jsonl");
    let gold = parse_jsonl(
        &std::fs::read_to_string(&gold_path)
            .unwrap_or_else(|e| panic!("{}: {e}", gold_path.display())),
        &gold_path.display().to_string(),
    );
    let out = Command::new(env!("CARGO_BIN_EXE_dipgraph"))
        .args(["extract", "--format", "jsonl"])
        .arg(dir.join("articles.jsonl"))
        .output()
        .expect("dipgraph runs");
    assert!(
        out.status.success(),
        "dipgraph extract failed on {name} ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let events = parse_jsonl(
        &String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        "stdout",
    );
    score(&gold, &events)
}

fn floor(name: &str, min_f1: f64) {
    let s = score_set(name);
    println!("{name}: {s}");
    assert!(
        s.f1 >= min_f1,
        "{name}: F1 {:.3} fell below the floor {min_f1} ({s})",
        s.f1
    );
}

/// (A host of several guests stopping to imply a visit by each raised eight
/// other sets, the blind ones among them, and cost this one a summit's
/// visits: 0.704 to 0.696. Later rules brought it to 0.714.)
#[test]
fn floor_eval_a() {
    floor("eval-a", 0.72);
}

/// (0.782 until the twelfth session read a party angered as a critic: "Macron,
/// whose earlier remark ... had angered Kyiv" is now Kyiv's criticism of
/// Macron, which the gold does not code, and the set fell to 0.778.)
#[test]
fn floor_eval_b() {
    floor("eval-b", 0.78);
}

/// eval-c was written after the extractor, by someone who had not read it.
#[test]
fn floor_eval_c() {
    floor("eval-c", 0.74);
}

/// eval-d and eval-short2 too, by a helper who read neither the extractor
/// nor its lexicons; their first scores were F1 0.418 and 0.571.
#[test]
fn floor_eval_d() {
    floor("eval-d", 0.71);
}

/// eval-e is held out: 14 articles in styles the others lack (live blog,
/// press release, Q&A, chronology, podcast notes, fact-check), written by a
/// helper who read neither the extractor nor its lexicons. Its first score
/// was F1 0.411; it is measured, not tuned to.
#[test]
fn floor_eval_e() {
    floor("eval-e", 0.59);
}

/// eval-f is held out too: 14 articles (399 gold rows) on regions and
/// events the others barely touch (Armenia-Azerbaijan, Ethiopia-Somalia,
/// the DRC, Venezuela, Greenland, the Baltic Sea), in wire, analysis, live
/// blog, first-person release, Q&A, regional-paper, roundup, obituary,
/// chronology, communique, pronoun-heavy, op-ed, translated and passive
/// styles, by a helper who read neither the extractor nor its lexicons.
/// Its first score was F1 0.398 (precision 0.59, recall 0.30); its misses
/// have since been read for general gaps.
#[test]
fn floor_eval_f() {
    floor("eval-f", 0.68);
}

/// eval-g is the newest held-out set: 14 articles (264 gold rows) on
/// Kazakhstan, Somalia-Kenya, ECOWAS-Niger, Japan-Korea, Algeria-Morocco,
/// Serbia-Kosovo, ASEAN-Myanmar, Colombia-Venezuela, the Nile dam, the Gulf
/// rift, Pakistan-Afghanistan, Tuvalu, Bolivia-Chile and Vietnam-Indonesia,
/// by a helper who read neither the extractor nor its lexicons. Its first
/// score was F1 0.543 (precision 0.72, recall 0.44, dates 0.69): the first
/// held-out set to start above 0.5. Its misses are not read, so that it
/// keeps measuring what carries over: the fifth session's rules, drawn
/// from eval-h, took it to 0.577, and the sixth session's to 0.585.
#[test]
fn floor_eval_g() {
    floor("eval-g", 0.60);
}

/// eval-h: 15 articles (333 gold rows) on Armenia-Azerbaijan, Sudan's war
/// talks, the South China Sea, the Poland-Belarus border, Iran and the
/// IAEA, Greenland, DRC-Rwanda, Sweden's NATO bid, Peru, India-China,
/// Israel-UAE, Mali-France and the Tigray deal, in wire, analysis, press
/// release, live blog, Q&A, op-ed, explainer, timeline, digest, translated
/// state media and feature styles, by a helper who read neither the
/// extractor nor its lexicons. Its first score was F1 0.445 (precision
/// 0.66, recall 0.34, dates 0.76); its misses are read for general gaps,
/// which took it to 0.54.
#[test]
fn floor_eval_h() {
    floor("eval-h", 0.60);
}

/// eval-i: 15 articles (412 gold rows) on the Thailand-Cambodia ceasefire,
/// the Berlin conference on Libya, Turkey's reset with Greece and Egypt,
/// Lula and Milei, Biden in Hanoi, Yemen, the Qatar blockade, Kenya in
/// Haiti, India-Maldives, Putin in Pyongyang, Georgia and the European
/// Parliament, Iran-Pakistan, Nauru, the Australia-China thaw and Cyprus, in
/// wire, live blog, analysis, op-ed, release, Q&A, timeline, digest,
/// feature, fact-check, state-media readout, debate summary, podcast notes,
/// newsletter and explainer styles, by a sixth helper who read neither the
/// extractor nor its lexicons. Its first score was F1 0.549 (precision
/// 0.74, recall 0.44, dates 0.80). Like eval-g it is kept blind: its
/// misses are not read.
#[test]
fn floor_eval_i() {
    floor("eval-i", 0.60);
}

#[test]
fn floor_eval_short() {
    floor("eval-short", 0.96);
}

#[test]
fn floor_eval_short2() {
    floor("eval-short2", 0.86);
}

/// eval-short3: 80 short articles by a helper who read neither the
/// extractor nor its lexicons, for wordings and regions the others lack
/// (uncommon verbs, every relation at least three times, 14 traps). Its
/// first score was F1 0.62; its misses were then read to find general gaps
/// (0.78 after), so it measures development, not generalisation.
#[test]
fn floor_eval_short3() {
    floor("eval-short3", 0.83);
}

/// eval-short4: 70 items in regional-press styles by a helper who read
/// neither the extractor, its lexicons nor eval-short3, and kept blind:
/// only its score is read. Its first score was F1 0.558.
#[test]
fn floor_eval_short4() {
    floor("eval-short4", 0.66);
}

/// eval-short5: 80 short items about less-covered regions, by a helper who
/// read neither the extractor nor its lexicons. Its first score was F1
/// 0.653; its misses were then read to find general gaps.
#[test]
fn floor_eval_short5() {
    floor("eval-short5", 0.77);
}

/// eval-j: 30 longer articles in seven styles (wire, analysis, readout, live
/// blog, regional press, explainer, quotations), by a helper who read
/// neither the extractor nor its lexicons. Its first score was F1 0.579;
/// its misses and extras were then read.
#[test]
fn floor_eval_j() {
    floor("eval-j", 0.65);
}

/// eval-k: 50 articles (30 short, 20 medium) in mixed styles over every
/// region, by a helper who read neither the extractor nor its lexicons,
/// and kept blind: only its score is read. Scored first at 0.641 (the
/// binary of the session's start scored 0.616 on it).
#[test]
fn floor_eval_k() {
    floor("eval-k", 0.68);
}

// ---------------------------------------------------------------- the scorer itself

fn ev(
    article: &str,
    relation: &str,
    source: (&str, &str, &str),
    target: (&str, &str, &str),
    date: Option<&str>,
) -> Value {
    let actor = |(id, name, mention): (&str, &str, &str)| serde_json::json!({"id": id, "name": name, "mention": mention});
    serde_json::json!({
        "article": article, "relation": relation,
        "source": actor(source), "target": actor(target), "date": date,
    })
}

#[test]
fn words_are_ascii_runs_of_the_lowercased_text() {
    let w = words("Luiz Inácio Lula da Silva, U.N. G20");
    let mut w: Vec<String> = w.into_iter().collect();
    w.sort();
    assert_eq!(
        w,
        ["cio", "da", "g20", "in", "luiz", "lula", "n", "silva", "u"]
    );
    assert!(words("").is_empty());
}

/// A tiny hand-made gold/system pair covering each rule. The expected numbers
/// agree with `score.py --events` on the same rows.
#[test]
fn scorer_port_on_a_hand_made_pair() {
    let macron = (
        "emmanuel-macron",
        "Emmanuel Macron",
        "French President Emmanuel Macron",
    );
    let xi = ("xi-jinping", "Xi Jinping", "Chinese leader Xi");
    let scholz = ("olaf-scholz", "Olaf Scholz", "Chancellor Olaf Scholz");
    let chn = ("chn", "China", "Beijing");
    let gold = parse_jsonl(
        r#"
{"article": "a1", "relation": "meet", "source": ["Emmanuel Macron", "Macron"], "target": ["Xi Jinping", "Xi"], "date": "2023-04-06", "required": true}
{"article": "a1", "relation": "visit", "source": ["Macron"], "target": ["China"], "date": "2023-04", "required": true}
{"article": "a1", "relation": ["pledge", "cooperate"], "source": ["France"], "target": ["China"], "date": null, "required": false}
{"article": "a1", "relation": "urge", "source": ["Macron"], "target": ["Xi"], "date": "2023-04-06"}
{"article": "a2", "relation": "criticize", "source": ["Olaf Scholz"], "target": ["China"], "date": "2023", "required": true}
{"article": "a2", "relation": "host", "source": ["Scholz"], "target": ["Xi"], "date": null, "required": false}
"#,
        "gold",
    );
    let events = vec![
        // Symmetric: gold meet(Macron, Xi) found as meet(Xi, Macron), date right.
        ev("a1", "meet", xi, macron, Some("2023-04-06")),
        // The same event again: a duplicate, counted once.
        ev("a1", "meet", xi, macron, Some("2023-04-06")),
        // visit is not symmetric: China -> Macron matches nothing; an extra.
        ev("a1", "visit", chn, macron, Some("2023-04-05")),
        // Every word of an accepted name must appear: "fra-chn" and
        // "Beijing" hold no "china", so this is an extra.
        ev(
            "a1",
            "visit",
            macron,
            ("fra-chn", "Beijing", "Beijing"),
            Some("2023-04-05"),
        ),
        // Matches the second gold row, date "2023-04-05" starts with "2023-04".
        ev(
            "a1",
            "visit",
            macron,
            ("chn", "China", "China"),
            Some("2023-04-05"),
        ),
        // A second meet under another date: the gold row is used, so it is
        // neither credited nor charged.
        ev("a1", "meet", macron, xi, Some("2023-04-07")),
        // urge: the relation must be equal; this one is an extra.
        ev("a1", "demand", macron, xi, Some("2023-04-06")),
        // urge found, but with no date: dated and wrong.
        ev("a1", "urge", macron, xi, None),
        // Right relation and actors, wrong article: an extra.
        ev("a2", "meet", macron, xi, None),
        // Borderline gold row found: credited as a match, not in recall.
        ev("a2", "host", scholz, xi, None),
    ];
    let s = score(&gold, &events);
    // 9 unique events; matched: meet, visit(China), urge, host = 4;
    // extras: visit(China -> Macron), visit(-> Beijing), demand, meet in a2 = 4.
    assert_eq!(s.events, 9);
    assert_eq!(s.gold, 6);
    assert_eq!(s.required, 4);
    assert_eq!(s.matched, 4);
    assert_eq!(s.extras, 4);
    assert!((s.precision - 0.5).abs() < 1e-12, "{s}");
    // Required rows found: meet, visit, urge of 4 (criticize missed).
    assert!((s.recall - 0.75).abs() < 1e-12, "{s}");
    assert!((s.f1 - 0.6).abs() < 1e-12, "{s}");
    // Dated matched rows: meet (ok), visit (ok), urge (no date) = 2 of 3.
    assert_eq!(s.dated, 3);
    assert!((s.date_accuracy - 2.0 / 3.0).abs() < 1e-12, "{s}");
}

#[test]
fn scorer_edge_cases() {
    // Nothing at all: zeros, not NaN.
    let s = score(&[], &[]);
    assert_eq!(
        (s.precision, s.recall, s.f1, s.date_accuracy),
        (0.0, 0.0, 0.0, 0.0)
    );
    // Plain-string actors and an id-less actor keyed by name.
    let g = parse_jsonl(
        r#"{"article": "x", "relation": "sign_deal", "source": ["Saudi Arabia"], "target": ["Iran"], "date": "2023-03-10"}"#,
        "gold",
    );
    let e = parse_jsonl(
        r#"{"article": "x", "relation": "sign_deal", "source": "Islamic Republic of Iran", "target": {"name": "Kingdom of Saudi Arabia"}, "date": "2023-03-10"}
{"article": "x", "relation": "sign_deal", "source": "Islamic Republic of Iran", "target": {"name": "Kingdom of Saudi Arabia"}, "date": "2023-03-10"}"#,
        "events",
    );
    let s = score(&g, &e);
    assert_eq!((s.events, s.matched, s.extras, s.dated), (1, 1, 0, 1));
    assert_eq!(
        (s.precision, s.recall, s.f1, s.date_accuracy),
        (1.0, 1.0, 1.0, 1.0)
    );
    // An empty accepted name matches nothing.
    let g = parse_jsonl(
        r#"{"article": "x", "relation": "meet", "source": [""], "target": ["Iran"], "date": null}"#,
        "gold",
    );
    assert_eq!(score(&g, &e).matched, 0);
}

/// eval-l: 40 articles (467 gold rows, 358 required) in ten styles (wire,
/// feature, live blog, press release, translated statement, op-ed,
/// retrospective, interview, digest, obituary) on less-covered regions, by
/// a helper who read neither the extractor nor its lexicons, and kept
/// blind: only its score is read. The binary of the session that added it
/// scored 0.635 at its start and 0.653 at its end.
#[test]
fn floor_eval_l() {
    floor("eval-l", 0.69);
}

/// eval-short6: 90 short reports (304 gold rows) covering every relation
/// at least three times with varied wordings and 17 traps, by a helper who
/// read neither the extractor nor its lexicons. Its first score was F1
/// 0.606; its misses were then read to find general gaps.
#[test]
fn floor_eval_short6() {
    floor("eval-short6", 0.72);
}

/// eval-short7: 90 short reports (328 gold rows, 241 required) weighted to
/// the relations recalled least (threaten, demand, protest, yield,
/// mobilize, investigate, reject, coerce), by a helper who read neither
/// the extractor nor its lexicons. Its first score was F1 0.506; its misses
/// were then read to find general gaps.
#[test]
fn floor_eval_short7() {
    floor("eval-short7", 0.64);
}

/// eval-short8: 90 short reports (412 gold rows, 312 required) in wire,
/// bulletin, readout, live-blog and translated styles, weighted to the
/// relations with the most events (visit, criticize, meet, host, sanction,
/// praise), by a helper who read neither the extractor nor its lexicons.
/// Its first score was F1 0.689; its misses were then read to find
/// general gaps.
#[test]
fn floor_eval_short8() {
    floor("eval-short8", 0.73);
}

/// eval-q: 36 long articles (515 gold rows, 384 required) in wire,
/// analysis, press-release, live-blog, state-media, regional and feature
/// styles, from every region, by a helper who read neither the extractor
/// nor its lexicons. Its first score was F1 0.635 (dates 0.749); its
/// misses were then read to find general gaps.
#[test]
fn floor_eval_q() {
    floor("eval-q", 0.67);
}

/// eval-short9: 110 short reports (303 gold rows, 229 required), five for
/// each of the 22 relations, worded to vary verbs, nominal forms, voice
/// and style, by a helper who read neither the extractor nor its
/// lexicons. Its first score was F1 0.662; its misses were then read to
/// find general gaps.
#[test]
fn floor_eval_short9() {
    floor("eval-short9", 0.73);
}

/// eval-r: 36 long articles (557 gold rows, 422 required) in wire,
/// analysis, press-release, live-blog, explainer, regional, interview and
/// round-up styles, weighted to protests, crackdowns, appeals, refusals and
/// concessions in smaller states, by a helper who read neither the
/// extractor nor its lexicons. Its first score was F1 0.447 (dates 0.839);
/// its misses were then read to find general gaps.
#[test]
fn floor_eval_r() {
    floor("eval-r", 0.52);
}

/// eval-s: 30 long articles (488 gold rows, 348 required) in wire,
/// communique, live-blog, explainer, profile, analysis, round-up and
/// translated state-media styles from every region, by a helper of the
/// fifteenth session who read neither the extractor nor its lexicons, and
/// kept blind: only its score is read. It landed at the session's end:
/// F1 0.534 with the session's first binary, 0.531 with its last.
#[test]
fn floor_eval_s() {
    floor("eval-s", 0.54);
}

/// eval-t: 30 articles (510 gold rows, 383 required) of three lengths in
/// wire, readout, live-blog, explainer, interview, timeline, digest and
/// opinion styles from every region, by a helper of the sixteenth session
/// who read neither the extractor nor its lexicons, and kept blind: only
/// its score is read. F1 0.589 with the session's first binary.
#[test]
fn floor_eval_t() {
    floor("eval-t", 0.63);
}

/// eval-u: 30 articles (555 gold rows, 432 required) of three lengths in
/// wire, readout, communiqué, live-blog, explainer, Q&A, digest, opinion,
/// timeline and feature styles, favouring less-covered regions, by a
/// helper of the seventeenth session who read neither the extractor nor
/// its lexicons. Readable: the session studied its misses. F1 0.547 with
/// the session's first binary.
#[test]
fn floor_eval_u() {
    floor("eval-u", 0.60);
}

/// eval-v: 30 articles (499 gold rows, 406 required) of three lengths in
/// wire, media-release, readout, explainer, opinion, live-blog, timeline,
/// Q&A, feature, weekly-roundup and UN-statement styles, favouring
/// less-covered regions, by a helper of the eighteenth session who read
/// neither the extractor nor its lexicons. Readable. F1 0.654 with the
/// session's first binary.
#[test]
fn floor_eval_v() {
    floor("eval-v", 0.71);
}

/// eval-short10: 132 short reports (238 gold rows, 194 required), six for
/// each of the 22 relations, a third with a trap (a negated, hypothetical,
/// undated or denied act, or a second event), by a helper who read neither
/// the extractor nor its lexicons, and kept blind: only its score is read.
/// Its first score was F1 0.721.
#[test]
fn floor_eval_short10() {
    floor("eval-short10", 0.72);
}

/// eval-short11: 110 short reports (252 gold rows, 174 required), at least
/// four for each of the 22 relations and fifteen traps, by a helper of the
/// seventeenth session who read neither the extractor nor its lexicons.
/// Readable. F1 0.701 with the session's first binary.
#[test]
fn floor_eval_short11() {
    floor("eval-short11", 0.74);
}

/// eval-short12: 110 short reports (277 gold rows, 212 required), at least
/// five for each of the 22 relations and nineteen traps, by a helper of
/// the eighteenth session who read neither the extractor nor its lexicons.
/// Readable. F1 0.739 with the session's first binary.
#[test]
fn floor_eval_short12() {
    floor("eval-short12", 0.79);
}

/// eval-n: 40 articles (465 gold rows, 379 required) in ten styles, weighted
/// to West and East Africa, the Horn, the Andes, the Gulf, the Balkans,
/// the Caucasus, the Mekong and the Pacific, by a helper who read neither
/// the extractor nor its lexicons. Its first score was F1 0.429, the lowest
/// of any set; its misses were then read to find general gaps, and the
/// session ended at 0.515.
#[test]
fn floor_eval_n() {
    floor("eval-n", 0.54);
}

/// eval-m: 40 articles (556 gold rows, 436 required) in ten styles across
/// every region, dense with events, by a helper who read neither the
/// extractor nor its lexicons, and kept blind: only its score is read. Its
/// first score was F1 0.443, 0.453 at the end of the session that added it.
#[test]
fn floor_eval_m() {
    floor("eval-m", 0.47);
}

/// eval-o: 36 articles (488 gold rows, 403 required) in nine styles on
/// South and Southeast Asia, Africa, Eastern Europe, the Middle East and
/// Latin America, by a helper who read neither the extractor nor its
/// lexicons. The session's first binary scored F1 0.479 on it; its
/// binary when the set landed (before the set was read) 0.494; read
/// after that, it ended the session at 0.524.
#[test]
fn floor_eval_o() {
    floor("eval-o", 0.56);
}

/// eval-p: 36 articles (470 gold rows, 398 required) in eleven styles
/// (wire, briefs, live blogs, analysis, explainers, editorials, readouts,
/// "asked about X" briefings, digests, quote-heavy pieces, British-spelling
/// regional outlets) across every region, by a helper of the twelfth
/// session who read neither the extractor nor its lexicons. Kept blind:
/// only its score is read. The session's first binary scored F1 0.503.
#[test]
fn floor_eval_p() {
    floor("eval-p", 0.52);
}

/// eval-w: 30 articles of three lengths (437 gold rows, 361 required) in
/// twelve styles, on the small states of every region (Liberia, Eswatini,
/// Palau, Belize, the Faroes, Turkmenistan ...), by a helper of the
/// nineteenth session who read neither the extractor nor its lexicons. Its
/// first score was F1 0.519 (dates 0.768); its misses were then read to
/// find general gaps.
#[test]
fn floor_eval_w() {
    floor("eval-w", 0.55);
}

/// eval-short13: 110 short reports (255 gold rows, 211 required) on more
/// than 80 states, at least eight for each relation, with 21 traps, by a
/// helper of the nineteenth session who read neither the extractor nor
/// its lexicons. Its first score was F1 0.691; its misses were then read
/// to find general gaps.
#[test]
fn floor_eval_short13() {
    floor("eval-short13", 0.74);
}

/// eval-x: 24 long articles (444 gold rows, 368 required) written to read
/// like real wire and newspaper copy on real episodes of 2016 to 2023,
/// with quotes, background and reactions, by a helper of the nineteenth
/// session who read neither the extractor nor its lexicons. Kept blind:
/// only its score is read. The session's first binary scored F1 0.481.
#[test]
fn floor_eval_x() {
    floor("eval-x", 0.47);
}

/// eval-y: 26 articles (471 gold rows, 346 required) in eleven styles
/// (wire, analysis, live blog, chronology, Q&A, protocol release, op-ed,
/// state media, sports diplomacy, debate summary, NGO statement) on Latin
/// America, Central Asia, the Pacific, the Horn, the Balkans, Southeast
/// Asia, the Gulf and the Arctic, by a helper of the twentieth session who
/// read neither the extractor nor its lexicons. Its first score was F1
/// 0.526 (dates 0.787); its misses were then read to find general gaps.
#[test]
fn floor_eval_y() {
    floor("eval-y", 0.57);
}

/// eval-z: 24 articles (490 gold rows, 329 required) written to read like
/// wire copy, features, live blogs and explainers on real episodes of 2014
/// to 2025 in every region, by a helper of the twentieth session who read
/// neither the extractor nor its lexicons. Kept blind: only its score is
/// read. The session's first binary scored F1 0.559 (dates 0.837).
#[test]
fn floor_eval_z() {
    floor("eval-z", 0.54);
}

/// eval-aa: 26 articles (512 gold rows, 400 required) on the Gulf, the
/// Levant, North Africa, the Pacific, Central Asia, the Balkans, the
/// Caucasus and Southeast Asia, in nine styles (wire, analysis, press
/// release, live blog, round-up, Q&A, op-ed, chronology, translated press),
/// by a helper of the twenty-first session who read neither the extractor
/// nor its lexicons. Its first score was F1 0.533 (dates 0.866); its misses
/// are read to find general gaps.
#[test]
fn floor_eval_aa() {
    floor("eval-aa", 0.57);
}

/// eval-ab: 24 articles (496 gold rows, 360 required) written as wire copy
/// of Reuters, AP, AFP and regional papers on real episodes of 2012 to 2025
/// in Africa, South Asia, East Asia, Latin America and Eastern Europe, by a
/// helper of the twenty-first session who read neither the extractor nor
/// its lexicons. Kept blind: only its score is read. The session's first
/// binary scored F1 0.632 (dates 0.800).
#[test]
fn floor_eval_ab() {
    floor("eval-ab", 0.62);
}

/// eval-ac: 24 articles (579 gold rows, 403 required) on Latin America,
/// the Sahel, the Horn of Africa, Central Africa, South Asia, the Arctic
/// and the Indo-Pacific from 2014 to 2026, in seven styles (wire, feature,
/// live blog, ministry readout, interview, explainer, brief), by a helper
/// of the twenty-second session who read neither the extractor nor its
/// lexicons. Its first score was F1 0.544 (dates 0.786); its misses are
/// read to find general gaps.
#[test]
fn floor_eval_ac() {
    floor("eval-ac", 0.56);
}

/// eval-ad: 24 articles (460 gold rows, 371 required) written as real
/// published news of 2008 to 2025 in the manner of public broadcasters,
/// newspapers of record, regional papers, state news agencies and wires,
/// on every region, by a helper of the twenty-second session who read
/// neither the extractor nor its lexicons. Kept blind: only its score is
/// read. The session's first binary scored F1 0.591 (dates 0.874).
#[test]
fn floor_eval_ad() {
    floor("eval-ad", 0.59);
}

/// eval-ae: 24 articles (459 gold rows, 310 required) on Central Asia, the
/// Caucasus, the Balkans, Southeast Asia, the Gulf and Levant, Southern
/// and West Africa, the Pacific, Latin America and the Nordic-Baltic
/// states from 2021 to 2025, as wires, features, live blogs, government
/// readouts, op-eds, regional papers, a Q&A and weekly round-ups, by a
/// helper of the twenty-third session who read neither the extractor nor
/// its lexicons. Its first score was F1 0.630 (dates 0.855), 0.662 at the
/// session's end; its misses are read to find general gaps.
#[test]
fn floor_eval_ae() {
    floor("eval-ae", 0.67);
}

/// eval-short14: 110 short reports (272 gold rows, 192 required) on every
/// continent, at least four for each relation, with 15 traps, by a helper
/// of the twenty-third session who read neither the extractor nor its
/// lexicons. Kept blind: only its score is read. The session's first
/// binary scored F1 0.694 (dates 0.983).
#[test]
fn floor_eval_short14() {
    floor("eval-short14", 0.66);
}

/// eval-af: 24 articles (513 gold rows, 335 required) on the Horn of
/// Africa, the Sahel, the Andes, Central America and the Caribbean,
/// Moldova, the Korean peninsula and Japan, South Asia, Iran and the Gulf,
/// Turkey, Greece and Cyprus, the Arctic and Oceania, and the IAEA, WTO,
/// ICC, ASEAN and UN General Assembly, as wires, analyses, a feature, live
/// blogs, a readout, an editorial, a Q&A, a round-up, a local paper, a
/// translated press release and a timeline, by a helper of the
/// twenty-fourth session who read neither the extractor nor its lexicons.
/// Its first score was F1 0.626 (dates 0.776), 0.649 (dates 0.888) at the
/// session's end; its misses are read to find general gaps.
#[test]
fn floor_eval_af() {
    floor("eval-af", 0.64);
}

/// eval-ag: 24 articles (460 gold rows, 344 required) in the house styles
/// of a British broadsheet, an American wire, an Indian daily, a Gulf news
/// agency, a Latin American paper in translation, an African regional
/// outlet, a think-tank brief, a newsletter, a TV transcript and a
/// parliamentary summary, on trade, arms, migration, climate, energy,
/// prisoner swaps, elections, border clashes, expulsions, sanctions,
/// mediation, state visits, aid appeals and the ICJ, by another helper of
/// the twenty-fourth session. Kept blind: only its score is read. The
/// session's first binary scored F1 0.642 (dates 0.872).
#[test]
fn floor_eval_ag() {
    floor("eval-ag", 0.62);
}

/// eval-ah: 24 articles (457 gold rows, 342 required) on Central Asia,
/// the Balkans, Southeast Asia, West and East Africa, the Baltic and
/// Nordic states, Mercosur, the Levant and Iraq and the Caucasus, as wires,
/// features, analyses, press releases, interviews, timelines, live blogs,
/// round-ups, op-eds and translated-sounding reports, by a helper of the
/// twenty-fifth session who read neither the extractor nor its lexicons.
/// Its first score was F1 0.639 (dates 0.801); its misses are read to find
/// general gaps.
#[test]
fn floor_eval_ah() {
    floor("eval-ah", 0.66);
}

/// eval-ai: 24 articles (524 gold rows, 355 required) on Japan and Korea,
/// India, Pakistan and China, the Pacific, Iran and the IAEA, the Gulf,
/// Turkey and Greece, the Nile dam, Sudan, Venezuela, Guyana and Colombia,
/// Mexico, Canada and India, Taiwan, Myanmar, Afghanistan, Libya, the
/// Maghreb, the G20 and BRICS, the Security Council, Belarus and Hungary,
/// as news stories, long reads, briefs, communiqués, press conferences,
/// chronologies, live pages, explainers, editorials and formal translated
/// reports, by another helper of the twenty-fifth session. Kept blind:
/// only its score is read. The session's first binary scored F1 0.605
/// (dates 0.883).
#[test]
fn floor_eval_ai() {
    floor("eval-ai", 0.58);
}

/// eval-aj: 24 articles (536 gold rows, 343 required) on Horn of Africa
/// mediation, the Pacific and China, the Gulf, the Sahel and ECOWAS, the
/// Korean peninsula, India and Nepal, Venezuela and Guyana, Serbia and
/// Kosovo, the Caucasus, Libya, Myanmar and ASEAN, Cyprus, Western Sahara,
/// Moldova, Afghanistan, Haiti, Yemen and the Taiwan Strait, each of twelve
/// styles twice (wires, features, releases, press-conference transcripts
/// with speaker labels, op-eds, live blogs, briefs, state-media dispatches,
/// UN statements, timelines, hearings, digests), by a helper of the
/// twenty-sixth session who read neither the extractor nor its lexicons.
/// Its first score was F1 0.583 (dates 0.798); its misses are read to find
/// general gaps.
#[test]
fn floor_eval_aj() {
    floor("eval-aj", 0.59);
}

/// eval-ak: 24 articles (501 gold rows, 339 required) on topics of the
/// helper's own choice across every continent, in the same twelve styles,
/// by another helper of the twenty-sixth session. Kept blind: only its
/// score is read. The session's first binary scored F1 0.597 (dates 0.852).
#[test]
fn floor_eval_ak() {
    floor("eval-ak", 0.59);
}

/// eval-al: 24 articles (534 gold rows, 358 required) from every region in
/// eleven styles (wire, analysis, live blog, readouts, digests, editorials,
/// Q&A interviews, chronologies, translated state media, British-spelling
/// regional features), by a helper of the twenty-eighth session who read
/// neither the extractor nor its lexicons. Its first score was F1 0.546
/// (dates 0.782); its misses are read to find general gaps.
#[test]
fn floor_eval_al() {
    floor("eval-al", 0.57);
}

/// eval-am: 24 articles (549 gold rows, 365 required) on regions away from
/// the great powers (Central Asia, the Horn, the Andes, the Gulf, the
/// Pacific, the Caribbean...) in ten styles, by another helper of the
/// twenty-eighth session. Kept blind: only its score is read. The
/// session's first binary scored F1 0.627 (dates 0.883).
#[test]
fn floor_eval_am() {
    floor("eval-am", 0.62);
}

/// eval-an: 24 articles (600 gold rows, 492 required) on Africa, Latin
/// America, Central Asia, the Caucasus, the Nordic and Baltic states and
/// Southeast Asia in nine styles (wire, analysis, press releases, live
/// blogs, opinion, weekly roundups, Q&A interviews, translated ministry
/// statements, short briefs), by a helper of the twenty-ninth session who
/// read neither the extractor nor its lexicons. Its first score was F1
/// 0.621 (dates 0.791); its misses are read to find general gaps.
#[test]
fn floor_eval_an() {
    floor("eval-an", 0.60);
}

/// eval-ao: 24 articles (597 gold rows, 390 required) on the Gulf, South
/// Asia, East Asia, Oceania and the Balkans in eleven styles (among them
/// parliamentary-debate reports and a ministry briefing transcript), by
/// another helper of the twenty-ninth session. Kept blind: only its score
/// is read. The session's first binary scored F1 0.561 (dates 0.815).
#[test]
fn floor_eval_ao() {
    floor("eval-ao", 0.54);
}

/// eval-ap: 24 articles (600 gold rows, 506 required) on the EU, Russia
/// and Ukraine, Turkey, the Iran talks, Israel, North Africa, the Sahel,
/// the Horn, Canada, Mexico and the Andes in ten styles (front-page
/// stories, wires, explainers, timelines, Security Council coverage,
/// communiqués, press-conference transcripts, columns, obituaries,
/// newsletter briefs), by a helper of the twenty-ninth session who read
/// neither the extractor nor its lexicons. Its first score was F1 0.507
/// (dates 0.780); its misses are read to find general gaps.
#[test]
fn floor_eval_ap() {
    floor("eval-ap", 0.50);
}

/// eval-aq: 24 articles (600 gold rows, 470 required) on US foreign
/// policy, China and its neighbours, the Koreas, Japan, the Pacific,
/// South and Southeast Asia, Brazil, Argentina and Africa in ten styles
/// (readouts, wire flashes, live blogs, translated state media, British
/// regional reports, interviews, question-time reports, think-tank
/// commentary, chronologies, magazine features), by another helper of the
/// twenty-ninth session. Kept blind: only its score is read. The
/// session's first binary scored F1 0.499 (dates 0.743).
#[test]
fn floor_eval_aq() {
    floor("eval-aq", 0.48);
}

/// eval-ar: 24 articles (587 gold rows, 477 required) on Latin America,
/// the Caribbean, Southeast Asia, the Pacific islands, the Horn of Africa,
/// the Balkans and the Caucasus, 2015 to 2025, in seven styles (wires,
/// analyses, press releases, features, briefs, live blogs, translated
/// foreign press), by a helper of the thirtieth session who read neither
/// the extractor nor its lexicons. The session's first binary scored F1
/// 0.550 (dates 0.868); its misses are read to find general gaps.
#[test]
fn floor_eval_ar() {
    floor("eval-ar", 0.53);
}

/// eval-as: 24 articles (719 gold rows, 549 required) on the Middle East
/// and North Africa, Central and South Asia, Scandinavia and the Arctic,
/// West Africa and East Asia in seven styles (wires, op-eds, communiqués,
/// magazine features, briefs, regional press, press-conference summaries),
/// by another helper of the thirtieth session. Kept blind: only its score
/// is read. The session's first binary scored F1 0.633 (dates 0.829).
#[test]
fn floor_eval_as() {
    floor("eval-as", 0.61);
}

/// eval-at: 24 articles (665 gold rows, 513 required) on Southern Africa,
/// the Great Lakes, Eastern Europe and the Baltics, the Mediterranean, the
/// Gulf, Japan and Korea and Central America in eight styles (datelined
/// wires, investigative features, explainer Q&As, parliamentary reports,
/// summit roundups, ministry readouts, diplomats' obituaries, regional
/// newsletters), by a helper of the thirtieth session who read neither the
/// extractor nor its lexicons. The session's first binary scored F1 0.557
/// (dates 0.810); its misses are read to find general gaps.
#[test]
fn floor_eval_at() {
    floor("eval-at", 0.54);
}

/// eval-au: 24 articles (622 gold rows, 448 required) on South America,
/// North Africa, the Levant, Iran and Iraq, the Indian subcontinent,
/// maritime Southeast Asia and the Nordic-Russian border in eight styles
/// (breaking news, broadsheet analysis, state-media translations, UN press
/// summaries, think-tank briefs, chronologies, interviews, explainers), by
/// another helper of the thirtieth session. Kept blind: only its score is
/// read. The session's first binary scored F1 0.602 (dates 0.693).
#[test]
fn floor_eval_au() {
    floor("eval-au", 0.58);
}

/// eval-av: 24 articles (658 gold rows, 483 required) on West and Central
/// Africa, the Andes, Mexico and the US, Turkey and the Caucasus,
/// Australia and the Pacific, China's neighbours and the EU in eight
/// styles (radio bulletins, diplomatic diaries, court reports, sports
/// diplomacy, energy and trade deals, border crises, anniversaries, leaked
/// cables), by a helper of the thirtieth session who read neither the
/// extractor nor its lexicons. The session's first binary scored F1 0.569
/// (dates 0.690); its misses are read to find general gaps.
#[test]
fn floor_eval_av() {
    floor("eval-av", 0.55);
}

/// eval-aw: 24 articles (652 gold rows, 504 required) on East Africa, the
/// Sahel, the eastern Mediterranean, the South Caucasus, Central Asia, the
/// Koreas and Taiwan and the Caribbean in eight styles (breaking-news
/// alerts, long reads, ministry releases, local reports of foreign visits,
/// NGO reports, editorials, interviews, fact boxes), by another helper of
/// the thirtieth session. Kept blind: only its score is read. The session's
/// first binary scored F1 0.573 (dates 0.799).
#[test]
fn floor_eval_aw() {
    floor("eval-aw", 0.55);
}

/// eval-ax: 24 articles (692 gold rows, 510 required) on Southeast Asia,
/// the Pacific islands, Central and South Asia (ASEAN, Myanmar, the
/// Philippines, Fiji, Solomon Islands, Kazakhstan, Bangladesh, Sri Lanka,
/// Nepal) and their dealings with China, India, the US, Japan, Australia
/// and Russia, in ten styles (wire reports, features, briefs, op-eds, live
/// blogs, state media, ministry releases, digests, interviews,
/// retrospectives), by a helper of the thirty-first session who read
/// neither the extractor nor its lexicons. That session's second binary
/// scored F1 0.518 (dates 0.826), its last 0.540; its misses are read to find
/// general gaps.
#[test]
fn floor_eval_ax() {
    floor("eval-ax", 0.49);
}

/// eval-ay: 24 articles (758 gold rows, 554 required) on Africa and the
/// Middle East (the AU, ECOWAS, the Sahel, Ethiopia, Sudan, the Congo and
/// Rwanda, Egypt, the Gulf, Iraq, Lebanon, Israel, Iran, Turkey) in the same
/// ten styles, by another helper of the thirty-first session. Kept blind:
/// only its score is read. That session's second binary scored F1 0.488
/// (dates 0.829), its last 0.523.
#[test]
fn floor_eval_ay() {
    floor("eval-ay", 0.47);
}

/// eval-az: 24 articles (740 gold rows, 539 required) on Latin America and
/// the Caribbean, the Balkans, the Baltic and Nordic states and the
/// Caucasus, in the same ten styles, by a third helper of the thirty-first
/// session. That session's second binary scored F1 0.524 (dates 0.842),
/// its last 0.550; its misses are read.
#[test]
fn floor_eval_az() {
    floor("eval-az", 0.50);
}

/// eval-ba: 24 articles (608 gold rows, 382 required) on East Asia,
/// Russia, Central and Eastern Europe, Turkey and Iran, 1992-2026, in ten
/// styles (wire, readout, analysis, opinion, live blog, interview, briefs,
/// retrospective, translated press, parliament and UN summaries), by a
/// helper of the thirty-second session who read neither the extractor nor
/// its lexicons. That session's first binary scored F1 0.571 (dates 0.710),
/// its last 0.608 (dates 0.729); its misses are read.
#[test]
fn floor_eval_ba() {
    floor("eval-ba", 0.55);
}

/// eval-bb: 24 articles (614 gold rows, 411 required) on the Americas,
/// Western Europe, the Gulf, North and West Africa and Oceania, 1990-2026,
/// in the same ten styles, by another helper of the thirty-second session.
/// Kept blind: only its score is read. That session's first binary scored
/// F1 0.563 (dates 0.740), its last 0.567 (dates 0.767).
#[test]
fn floor_eval_bb() {
    floor("eval-bb", 0.51);
}

/// eval-bd: 24 articles (591 gold rows, 396 required) from anywhere in the
/// world, ten of them before 2005, on multilateral bodies (UN, NATO, EU,
/// AU, ASEAN, OAS, OPEC, WTO, IAEA, ICC) and bilateral diplomacy, in the
/// same ten styles, by a third helper of the thirty-second session. Kept
/// blind: only its score is read. That session's first binary scored F1
/// 0.546 (dates 0.743), its last 0.548 (dates 0.755).
#[test]
fn floor_eval_bd() {
    floor("eval-bd", 0.50);
}

/// eval-bc: 24 articles (589 gold rows, 459 required) on South Asia, East
/// and Southern Africa, the Horn, the Levant and the Gulf, 1994-2026, in
/// the same ten styles, by a fourth helper of the thirty-second session.
/// That session's first binary scored F1 0.626 (dates 0.768), its last
/// 0.643 (dates 0.780); its misses are read.
#[test]
fn floor_eval_bc() {
    floor("eval-bc", 0.59);
}

/// eval-be: 24 articles (600 gold rows, 391 required) on South-East Asia and the
/// Pacific, Latin America and the Nordic and Baltic states, 1992-2026, in
/// ten styles, by a helper of the thirty-third session who read neither
/// the extractor nor its lexicons. That session's first binary scored F1
/// 0.576 (dates 0.846), its last 0.597 (dates 0.850); its misses are read.
#[test]
fn floor_eval_be() {
    floor("eval-be", 0.55);
}

/// eval-bf: 24 articles (596 gold rows, 433 required) on West and Central Africa,
/// the Caucasus and Central Asia, the Balkans, and Canada, Japan and India
/// abroad, 1995-2026, in the same ten styles, by another helper of the
/// thirty-third session. Kept blind: only its score is read. That session's
/// first binary scored F1 0.604 (dates 0.812), its last 0.602 (dates 0.839).
#[test]
fn floor_eval_bf() {
    floor("eval-bf", 0.55);
}

/// eval-bg: 24 articles (622 gold rows, 435 required) on the Middle East and North
/// Africa, Iran, Pakistan and Afghanistan and the big powers there,
/// 1990-2026, in the same ten styles, by a third helper of the thirty-third
/// session. That session's first binary scored F1 0.606 (dates 0.787), its
/// last 0.633 (dates 0.866); its misses are read.
#[test]
fn floor_eval_bg() {
    floor("eval-bg", 0.58);
}

/// eval-bh: 24 articles (629 gold rows, 483 required) from every region, half on
/// multilateral bodies, eight before 2010, in the same ten styles, by a
/// fourth helper of the thirty-third session. Kept blind: only its score is
/// read. That session's first binary scored F1 0.549 (dates 0.759), its last
/// 0.560 (dates 0.783).
#[test]
fn floor_eval_bh() {
    floor("eval-bh", 0.51);
}

/// eval-bi: 24 articles (649 gold rows, 489 required) on Europe's dealings with its
/// neighbours, China and the US, and on Japan, South Korea, Taiwan and
/// Mongolia, 1993-2026, in the same ten styles, by a fifth helper of the
/// thirty-third session. That session's first binary scored F1 0.604 (dates
/// 0.774), its last 0.617 (dates 0.772); its misses are read.
#[test]
fn floor_eval_bi() {
    floor("eval-bi", 0.57);
}

/// eval-bj: 24 articles (598 gold rows, 444 required) on East Africa and the Horn,
/// Southern Africa and South Asia and the Gulf's and China's dealings there,
/// 1994-2026, in the same ten styles, by a sixth helper of the thirty-third
/// session. Kept blind: only its score is read. That session's first binary
/// scored F1 0.569 (dates 0.857), its last 0.578 (dates 0.838).
#[test]
fn floor_eval_bj() {
    floor("eval-bj", 0.53);
}
