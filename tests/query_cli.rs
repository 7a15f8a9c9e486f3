//! `dipgraph query` end to end: a hand-built graph written with the
//! library, then the binary run on it for every query, as a table and as
//! JSON.

use std::path::PathBuf;

use assert_cmd::Command;
use chrono::NaiveDate;
use dipgraph::graph::EventGraph;
use dipgraph::model::{Actor, ActorKind, Event, Evidence, Relation, When};

fn day(d: &str) -> When {
    When::day(
        NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("test date"),
        d,
    )
}

fn ev(s: &str, t: &str, r: Relation, when: When, texts: &[&str]) -> Event {
    Event {
        source: s.into(),
        target: t.into(),
        relation: r,
        cameo: r.cameo().into(),
        when,
        confidence: 0.9,
        planned: false,
        evidence: texts
            .iter()
            .enumerate()
            .map(|(i, text)| Evidence {
                article: format!("a{}", i + 1).into(),
                title: None,
                url: None,
                sentence: i,
                text: (*text).into(),
                span: (0, text.len()),
                source_mention: s.into(),
                target_mention: t.into(),
                trigger: r.name().into(),
            })
            .collect(),
    }
}

/// Six actors, six events (the same shape as the unit tests' graph, smaller).
fn graph() -> EventGraph {
    let mut g = EventGraph::new();
    g.add_actor(
        Actor::new("emmanuel-macron", "Emmanuel Macron", ActorKind::Person).with_country("FRA"),
    );
    g.add_actor(Actor::new("xi-jinping", "Xi Jinping", ActorKind::Person).with_country("CHN"));
    g.add_actor(Actor::new("joe-biden", "Joe Biden", ActorKind::Person).with_country("USA"));
    g.add_actor(Actor::new("olaf-scholz", "Olaf Scholz", ActorKind::Person).with_country("DEU"));
    g.add_actor(Actor::new("chn", "China", ActorKind::Country).with_country("CHN"));
    let mut rus = Actor::new("rus", "Russia", ActorKind::Country).with_country("RUS");
    rus.add_aliases(["the Kremlin".to_string()]);
    g.add_actor(rus);
    g.add_event(ev(
        "xi-jinping",
        "emmanuel-macron",
        Relation::Meet,
        day("2023-04-06"),
        &[
            "Xi Jinping met Emmanuel Macron in Guangzhou on Thursday for talks on Ukraine and trade.",
            "The two leaders met for six hours.",
        ],
    ));
    g.add_event(ev(
        "emmanuel-macron",
        "chn",
        Relation::Visit,
        day("2023-04-05"),
        &["Macron arrived in China for a three-day state visit."],
    ));
    g.add_event(ev(
        "xi-jinping",
        "emmanuel-macron",
        Relation::Praise,
        day("2023-04-07"),
        &["Xi praised Macron."],
    ));
    g.add_event(ev(
        "emmanuel-macron",
        "olaf-scholz",
        Relation::Praise,
        When::unknown(),
        &["Macron praised Scholz."],
    ));
    g.add_event(ev(
        "joe-biden",
        "xi-jinping",
        Relation::Meet,
        day("2023-11-15"),
        &["Biden met Xi near San Francisco."],
    ));
    g.add_event(ev(
        "olaf-scholz",
        "chn",
        Relation::Visit,
        day("2022-11-04"),
        &["Scholz visited Beijing."],
    ));
    g
}

struct Fixture {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("g.ron");
    std::fs::write(&path, graph().to_ron_string()).expect("write graph");
    Fixture { _dir: dir, path }
}

/// Runs `dipgraph query GRAPH args...` with a fixed width; returns
/// (status, stdout, stderr).
fn query(f: &Fixture, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("dipgraph")
        .expect("binary")
        .env("COLUMNS", "100")
        .arg("query")
        .arg(&f.path)
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(f: &Fixture, args: &[&str]) -> String {
    let (code, out, err) = query(f, args);
    assert_eq!(code, 0, "stderr: {err}");
    out
}

fn json(f: &Fixture, args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    serde_json::from_str(&ok(f, &all)).expect("valid JSON")
}

fn lines(s: &str) -> Vec<&str> {
    s.lines().collect()
}

#[test]
fn neighbors_table_and_json() {
    let f = fixture();
    assert_eq!(
        lines(&ok(&f, &["neighbors", "macron"])),
        [
            "COUNTERPART  EVENTS  REPORTS  FIRST       LAST        RELATIONS",
            "Xi Jinping        2        3  2023-04-06  2023-04-07  <- praise 1, <-> meet 1",
            "China             1        1  2023-04-05  2023-04-05  -> visit 1",
            "Olaf Scholz       1        1  -           -           -> praise 1",
        ]
    );
    let j = json(&f, &["neighbors", "Emmanuel Macron"]);
    assert_eq!(j["actor"]["id"], "emmanuel-macron");
    assert_eq!(
        j["neighbors"][0],
        serde_json::json!({
            "actor": {"id": "xi-jinping", "name": "Xi Jinping", "kind": "person", "country": "CHN"},
            "outgoing": {},
            "incoming": {"praise": 1},
            "mutual": {"meet": 1},
            "events": 2,
            "reports": 3,
            "first": "2023-04-06",
            "last": "2023-04-07"
        })
    );
    assert_eq!(j["neighbors"].as_array().map(Vec::len), Some(3));
    assert_eq!(j["neighbors"][2]["first"], serde_json::Value::Null);
}

#[test]
fn between_table_and_json() {
    let f = fixture();
    assert_eq!(
        lines(&ok(&f, &["between", "Mr Xi", "macron"])),
        [
            "DATE        SOURCE           RELATION  TARGET           REPORTS  EVIDENCE",
            "2023-04-06  Emmanuel Macron  meet      Xi Jinping             2  Xi Jinping met Emmanuel Macron in…",
            "2023-04-07  Xi Jinping       praise    Emmanuel Macron        1  Xi praised Macron.",
        ]
    );
    let j = json(&f, &["between", "xi", "macron"]);
    assert_eq!(j["a"]["id"], "xi-jinping");
    assert_eq!(j["b"]["id"], "emmanuel-macron");
    assert_eq!(
        j["events"][1],
        serde_json::json!({
            "date": "2023-04-07",
            "precision": "day",
            "planned": false,
            "source": "xi-jinping",
            "target": "emmanuel-macron",
            "relation": "praise",
            "cameo": "051",
            "confidence": 0.9,
            "reports": 1,
            "evidence": [{
                "article": "a1", "title": null, "url": null, "sentence": 0,
                "text": "Xi praised Macron.", "trigger": "praise"
            }]
        })
    );
    assert_eq!(
        j["events"][0]["evidence"][1]["text"],
        "The two leaders met for six hours."
    );
}

#[test]
fn timeline_table_and_json_put_undated_last() {
    let f = fixture();
    assert_eq!(
        lines(&ok(&f, &["timeline", "President Macron"])),
        [
            "DATE        RELATION  DIR  COUNTERPART  REPORTS  EVIDENCE",
            "2023-04-05  visit     ->   China              1  Macron arrived in China for a three-day state visi…",
            "2023-04-06  meet      <->  Xi Jinping         2  Xi Jinping met Emmanuel Macron in Guangzhou on Thu…",
            "2023-04-07  praise    <-   Xi Jinping         1  Xi praised Macron.",
            "undated     praise    ->   Olaf Scholz        1  Macron praised Scholz.",
        ]
    );
    let j = json(&f, &["timeline", "macron"]);
    let events = j["events"].as_array().expect("events");
    let summary: Vec<String> = events
        .iter()
        .map(|e| {
            format!(
                "{} {} {} {}",
                e["date"], e["direction"], e["relation"], e["counterpart"]["id"]
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            r#""2023-04-05" "out" "visit" "chn""#,
            r#""2023-04-06" "mutual" "meet" "xi-jinping""#,
            r#""2023-04-07" "in" "praise" "xi-jinping""#,
            r#"null "out" "praise" "olaf-scholz""#,
        ]
    );
    assert_eq!(events[3]["precision"], "unknown");
}

#[test]
fn path_table_and_json() {
    let f = fixture();
    assert_eq!(
        lines(&ok(&f, &["path", "biden", "chn"])),
        [
            "PATH  HOP  FROM             TO               RELATIONS",
            "   1    1  Joe Biden        Xi Jinping       <-> meet 1",
            "   1    2  Xi Jinping       Emmanuel Macron  <-> meet 1, -> praise 1",
            "   1    3  Emmanuel Macron  China            -> visit 1",
        ]
    );
    // Two events on the Xi-Macron link do not make two paths.
    assert_eq!(
        lines(&ok(
            &f,
            &["path", "xi", "china", "--all", "--max-hops", "3"]
        )),
        [
            "PATH  HOP  FROM             TO               RELATIONS",
            "   1    1  Xi Jinping       Emmanuel Macron  <-> meet 1, -> praise 1",
            "   1    2  Emmanuel Macron  China            -> visit 1",
            "   2    1  Xi Jinping       Emmanuel Macron  <-> meet 1, -> praise 1",
            "   2    2  Emmanuel Macron  Olaf Scholz      -> praise 1",
            "   2    3  Olaf Scholz      China            -> visit 1",
        ]
    );
    let j = json(&f, &["path", "xi", "china", "--all"]);
    assert_eq!(j["max_hops"], 4);
    assert_eq!(j["truncated"], false);
    let paths: Vec<Vec<String>> = j["paths"]
        .as_array()
        .expect("paths")
        .iter()
        .map(|p| {
            p["actors"]
                .as_array()
                .expect("actors")
                .iter()
                .map(|a| a["id"].as_str().unwrap_or("?").to_string())
                .collect()
        })
        .collect();
    assert_eq!(
        paths,
        [
            vec!["xi-jinping", "emmanuel-macron", "chn"],
            vec!["xi-jinping", "emmanuel-macron", "olaf-scholz", "chn"],
        ]
    );
    assert_eq!(
        j["paths"][0]["steps"][0],
        serde_json::json!({
            "from": "xi-jinping",
            "to": "emmanuel-macron",
            "links": [
                {"relation": "meet", "direction": "mutual", "events": 1, "reports": 2},
                {"relation": "praise", "direction": "forward", "events": 1, "reports": 1}
            ]
        })
    );
    // Not connected: no answer, a note, success.
    let (code, out, err) = query(&f, &["path", "biden", "the Kremlin"]);
    assert_eq!((code, out.as_str()), (0, ""));
    assert!(err.contains("no path links Joe Biden and Russia"), "{err}");
}

#[test]
fn top_table_and_json() {
    let f = fixture();
    assert_eq!(
        lines(&ok(&f, &["top"])),
        [
            "RANK  ID               KIND     DEGREE  NEIGHBORS  REPORTS  PAGERANK  NAME",
            "   1  xi-jinping       person        3          2        4    0.2816  Xi Jinping",
            "   2  emmanuel-macron  person        4          3        5    0.2474  Emmanuel Macron",
            "   3  chn              country       2          2        2    0.2228  China",
            "   4  joe-biden        person        1          1        1    0.1277  Joe Biden",
            "   5  olaf-scholz      person        2          2        2    0.1205  Olaf Scholz",
        ]
    );
    let j = json(&f, &["top", "--by", "degree", "--limit", "2"]);
    assert_eq!(j["by"], "degree");
    assert_eq!(j["ranked"], 5);
    let ids: Vec<&str> = j["actors"]
        .as_array()
        .expect("actors")
        .iter()
        .map(|a| a["actor"]["id"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(ids, ["emmanuel-macron", "xi-jinping"]);
    let j = json(&f, &["top", "--limit", "0"]);
    let sum: f64 = j["actors"]
        .as_array()
        .expect("actors")
        .iter()
        .map(|a| a["pagerank"].as_f64().unwrap_or(0.0))
        .sum();
    assert!((sum - 1.0).abs() < 1e-9, "{sum}");
}

#[test]
fn ego_lists_or_writes_the_neighbourhood() {
    let f = fixture();
    assert_eq!(
        lines(&ok(&f, &["ego", "xi", "--depth", "1"])),
        [
            "DISTANCE  ID               KIND    COUNTRY  NAME",
            "       0  xi-jinping       person  CHN      Xi Jinping",
            "       1  emmanuel-macron  person  FRA      Emmanuel Macron",
            "       1  joe-biden        person  USA      Joe Biden",
        ]
    );
    let j = json(&f, &["ego", "xi", "--depth", "2"]);
    assert_eq!(j["depth"], 2);
    assert_eq!(j["events"], 6);
    assert_eq!(j["actors"].as_array().map(Vec::len), Some(5));

    let dir = tempfile::tempdir().expect("temp dir");
    let ron = dir.path().join("ego.ron");
    let (code, out, err) = query(
        &f,
        &[
            "ego",
            "xi",
            "--depth",
            "1",
            "-o",
            ron.to_str().expect("utf-8 path"),
        ],
    );
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    assert!(
        err.contains("wrote 3 actors and 3 events within 1 hops of Xi Jinping"),
        "{err}"
    );
    let sub = EventGraph::load(&ron).expect("ego graph loads");
    let ids: Vec<&str> = sub.actors().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["emmanuel-macron", "joe-biden", "xi-jinping"]);
    assert_eq!(sub.event_count(), 3);

    let dot = dir.path().join("ego.dot");
    ok(&f, &["ego", "xi", "-o", dot.to_str().expect("utf-8 path")]);
    let text = std::fs::read_to_string(&dot).expect("dot written");
    assert!(text.contains("digraph"), "{text}");
    let (code, _, err) = query(&f, &["ego", "xi", "-o", "ego.txt"]);
    assert_eq!(code, 2);
    assert!(err.contains("pass --graph-format"), "{err}");
}

#[test]
fn unknown_and_ambiguous_actors_exit_2_with_suggestions() {
    let f = fixture();
    let (code, out, err) = query(&f, &["neighbors", "Macrno"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "dipgraph: no actor is called 'Macrno'; did you mean emmanuel-macron (Emmanuel Macron)? \
         Give an id, a name or an alias as the graph has it.\n"
    );
    let (code, _, err) = query(&f, &["between", "xi", "Olaf Scholtz"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("did you mean olaf-scholz (Olaf Scholz)?"),
        "{err}"
    );
    // Nothing close at all: no suggestions, a pointer to the actor list.
    let (code, _, err) = query(&f, &["timeline", "Q"]);
    assert_eq!(code, 2);
    assert!(err.contains("no actor is called 'Q'"), "{err}");
}

#[test]
fn filters_apply_from_the_command_line() {
    let f = fixture();
    assert_eq!(
        lines(&ok(&f, &["timeline", "macron", "--relation", "praise,visit", "--until", "2023-04"])),
        [
            "DATE        RELATION  DIR  COUNTERPART  REPORTS  EVIDENCE",
            "2023-04-05  visit     ->   China              1  Macron arrived in China for a three-day state visi…",
            "2023-04-07  praise    <-   Xi Jinping         1  Xi praised Macron.",
        ]
    );
    assert_eq!(
        lines(&ok(
            &f,
            &["neighbors", "chn", "--country", "deu", "--kind", "person"]
        )),
        [
            "COUNTERPART  EVENTS  REPORTS  FIRST       LAST        RELATIONS",
            "Olaf Scholz       1        1  2022-11-04  2022-11-04  <- visit 1",
        ]
    );
    assert_eq!(
        lines(&ok(
            &f,
            &[
                "between",
                "macron",
                "xi",
                "--min-reports",
                "2",
                "--since",
                "2023"
            ]
        ))
        .len(),
        2
    );
    // Nothing matches: empty stdout, a note on stderr, success.
    let (code, out, err) = query(&f, &["timeline", "macron", "--since", "2024"]);
    assert_eq!((code, out.as_str()), (0, ""));
    assert!(err.contains("has no events with these filters"), "{err}");
    let (code, _, err) = query(&f, &["timeline", "macron", "--since", "April"]);
    assert_eq!(code, 2);
    assert!(err.contains("--since 'April' is not a date"), "{err}");
}

#[test]
fn tables_follow_columns() {
    let f = fixture();
    let out = Command::cargo_bin("dipgraph")
        .expect("binary")
        .env("COLUMNS", "60")
        .args(["query"])
        .arg(&f.path)
        .args(["between", "xi", "macron"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        lines(&text),
        [
            "DATE        SOURCE           RELATION  TARGET           REPORTS  EVIDENCE",
            "2023-04-06  Emmanuel Macron  meet      Xi Jinping             2  Xi Jinping…",
            "2023-04-07  Xi Jinping       praise    Emmanuel Macron        1  Xi praised…",
        ]
    );
}
