//! `dipgraph export`, `render` and `timeline` end to end: a hand-built graph
//! written with the library, the binary run on it, and the files read back
//! by other tools (networkx for GraphML and node-link JSON, Graphviz for
//! pictures) where those are installed.

use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

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
        confidence: 0.75,
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

/// Five actors (one with a hostile name), six events: two parallel visits,
/// a symmetric meet, an undated event.
fn graph() -> EventGraph {
    let mut g = EventGraph::new();
    g.add_actor(
        Actor::new("emmanuel-macron", "Emmanuel Macron", ActorKind::Person).with_country("FRA"),
    );
    g.add_actor(Actor::new("xi-jinping", "Xi Jinping", ActorKind::Person).with_country("CHN"));
    g.add_actor(Actor::new("chn", "China", ActorKind::Country).with_country("CHN"));
    g.add_actor(Actor::new("un", "United Nations", ActorKind::Organisation));
    let mut odd = Actor::new("odd", "Group \"<b>\" \\ {x}\nمجموعة 小组", ActorKind::Group);
    odd.add_aliases(["a;b, c".to_string()]);
    g.add_actor(odd);
    g.add_event(ev(
        "xi-jinping",
        "emmanuel-macron",
        Relation::Meet,
        day("2023-04-06"),
        &[
            "Xi Jinping met Emmanuel Macron in Guangzhou.",
            "The two leaders met for six hours.",
        ],
    ));
    g.add_event(ev(
        "emmanuel-macron",
        "chn",
        Relation::Visit,
        day("2023-04-05"),
        &["Macron arrived in China for a state visit."],
    ));
    g.add_event(ev(
        "emmanuel-macron",
        "chn",
        Relation::Visit,
        day("2019-11-04"),
        &["Macron visited Shanghai."],
    ));
    g.add_event(ev(
        "un",
        "odd",
        Relation::Criticize,
        When::unknown(),
        &["The UN condemned the \"group\", saying: <stop>."],
    ));
    g.add_event(ev(
        "odd",
        "un",
        Relation::Attack,
        day("2023-01-10"),
        &["The group attacked a UN convoy."],
    ));
    g.add_event(ev(
        "chn",
        "un",
        Relation::Aid,
        day("2023-02-01"),
        &["China gave aid through the UN."],
    ));
    g
}

struct Fixture {
    dir: tempfile::TempDir,
    graph: PathBuf,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("g.ron");
    std::fs::write(&path, graph().to_ron_string()).expect("write graph");
    Fixture { dir, graph: path }
}

impl Fixture {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// Runs the binary; returns (status, stdout, stderr).
fn run(args: &[&std::ffi::OsStr]) -> (i32, Vec<u8>, String) {
    let out = Command::cargo_bin("dipgraph")
        .expect("binary")
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok(args: &[&std::ffi::OsStr]) -> Vec<u8> {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?} failed: {err}");
    out
}

fn export(f: &Fixture, out: &Path) {
    ok(&[
        "export".as_ref(),
        f.graph.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
}

fn has(program: &str, arg: &str) -> bool {
    StdCommand::new(program)
        .arg(arg)
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Python with networkx, installing networkx from PyPI once if it is
/// missing. `None` only when there is no python3 at all.
fn python_with_networkx() -> Option<()> {
    if !has("python3", "--version") {
        return None;
    }
    let import = || {
        StdCommand::new("python3")
            .args(["-c", "import networkx"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    };
    if !import() {
        let _ = StdCommand::new("python3")
            .args(["-m", "pip", "install", "--quiet", "networkx"])
            .status();
    }
    assert!(
        import(),
        "python3 is here but networkx is not, and `python3 -m pip install networkx` failed"
    );
    Some(())
}

fn python(script: &str, file: &Path) -> String {
    let out = StdCommand::new("python3")
        .args(["-c", script])
        .arg(file)
        .output()
        .expect("python3 runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "python failed: {err}");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn graphml_reads_back_in_networkx() {
    let f = fixture();
    let out = f.path("g.graphml");
    export(&f, &out);
    let Some(()) = python_with_networkx() else {
        eprintln!("skipped: python3 is not installed");
        return;
    };
    let script = r#"
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
assert g.is_directed() and g.is_multigraph(), type(g)
odd = g.nodes["odd"]
assert odd["name"] == 'Group "<b>" \\ {x}\nمجموعة 小组', repr(odd["name"])
assert odd["kind"] == "group" and odd["aliases"] == "a;b, c", odd
meet = [d for _, _, d in g.edges(data=True) if d["relation"] == "meet"][0]
assert meet["symmetric"] is True and meet["reports"] == 2, meet
assert isinstance(meet["confidence"], float) and abs(meet["confidence"] - 0.75) < 1e-9
assert meet["date"] == "2023-04-06" and meet["precision"] == "day" and meet["cameo"] == "040"
assert meet["articles"] == "a1; a2", meet
undated = [d for _, _, d in g.edges(data=True) if d["relation"] == "criticize"][0]
assert "date" not in undated and undated["evidence"].startswith('The UN condemned the "group"')
visits = g.number_of_edges("emmanuel-macron", "chn")
print(g.number_of_nodes(), g.number_of_edges(), visits)
"#;
    let g = graph();
    assert_eq!(
        python(script, &out),
        format!("{} {} 2", g.actor_count(), g.event_count())
    );
}

#[test]
fn node_link_json_reads_back_in_networkx() {
    let f = fixture();
    let out = f.path("g.json");
    export(&f, &out);
    let Some(()) = python_with_networkx() else {
        eprintln!("skipped: python3 is not installed");
        return;
    };
    let script = r#"
import sys, json, networkx as nx
data = json.load(open(sys.argv[1], encoding="utf-8"))
g = nx.node_link_graph(data, edges="links")
assert g.is_directed() and g.is_multigraph()
assert sorted(g["emmanuel-macron"]["chn"].keys()) == [0, 1]
assert g.nodes["chn"]["kind"] == "country"
print(g.number_of_nodes(), g.number_of_edges())
"#;
    let g = graph();
    assert_eq!(
        python(script, &out),
        format!("{} {}", g.actor_count(), g.event_count())
    );
}

#[test]
fn exports_are_byte_identical_across_runs() {
    let f = fixture();
    for ext in ["dot", "jsonl", "graphml", "json"] {
        let a = f.path(&format!("a.{ext}"));
        let b = f.path(&format!("b.{ext}"));
        export(&f, &a);
        export(&f, &b);
        assert_eq!(
            std::fs::read(&a).expect("read"),
            std::fs::read(&b).expect("read"),
            "{ext} differs between runs"
        );
    }
}

#[test]
fn jsonl_keeps_the_extraction_contract() {
    let f = fixture();
    let out = ok(&[
        "export".as_ref(),
        f.graph.as_os_str(),
        "-o".as_ref(),
        "-".as_ref(),
        "--format".as_ref(),
        "jsonl".as_ref(),
    ]);
    let text = String::from_utf8(out).expect("utf-8");
    let reports: usize = graph().events().map(|e| e.evidence.len()).sum();
    assert_eq!(text.lines().count(), reports);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        for k in [
            "article", "relation", "cameo", "source", "target", "date", "evidence", "sentence",
        ] {
            assert!(v.get(k).is_some(), "{k} missing: {line}");
        }
        for k in ["id", "name", "kind", "country", "mention"] {
            assert!(v["source"].get(k).is_some(), "source.{k} missing: {line}");
        }
    }
}

#[test]
fn csv_export_writes_two_files_for_neo4j() {
    let f = fixture();
    export(&f, &f.path("neo.csv"));
    let actors = std::fs::read_to_string(f.path("neo.actors.csv")).expect("actors.csv");
    let events = std::fs::read_to_string(f.path("neo.events.csv")).expect("events.csv");
    assert!(actors.starts_with("actorId:ID(Actor),name,kind,country,aliases:string[],:LABEL\n"));
    assert!(events.starts_with(":START_ID(Actor),:END_ID(Actor),:TYPE,"));
    assert_eq!(actors.lines().count(), 1 + graph().actor_count());
    assert_eq!(events.lines().count(), 1 + graph().event_count());
    assert!(
        actors.contains("\"Group \"\"<b>\"\" \\ {x} مجموعة 小组\""),
        "{actors}"
    );
    // Two files cannot go to stdout.
    let (code, _, err) = run(&[
        "export".as_ref(),
        f.graph.as_os_str(),
        "-o".as_ref(),
        "-".as_ref(),
        "--format".as_ref(),
        "csv".as_ref(),
    ]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn render_draws_svg_png_and_pdf_with_graphviz() {
    if !has("dot", "-V") {
        eprintln!("skipped: Graphviz is not installed (apt-get install graphviz)");
        return;
    }
    let f = fixture();
    for (name, magic) in [
        ("g.svg", &b"<?xml"[..]),
        ("g.png", &b"\x89PNG"[..]),
        ("g.pdf", &b"%PDF"[..]),
    ] {
        let out = f.path(name);
        ok(&[
            "render".as_ref(),
            f.graph.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ]);
        let bytes = std::fs::read(&out).expect("picture written");
        assert!(bytes.starts_with(magic), "{name} is not what it says");
    }
    let svg = std::fs::read_to_string(f.path("g.svg")).expect("svg");
    // Graphviz writes `-` as `&#45;` in SVG text.
    assert!(
        svg.contains("visit ×2, 2019&#45;11&#45;04–2023&#45;04&#45;05"),
        "folded edge label"
    );
    assert!(svg.contains("Legend"));
    // Filters and the ego view, with another engine.
    let out = f.path("ego.svg");
    ok(&[
        "render".as_ref(),
        f.graph.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--actor".as_ref(),
        "Macron".as_ref(),
        "--relation".as_ref(),
        "visit".as_ref(),
        "--engine".as_ref(),
        "neato".as_ref(),
    ]);
    let svg = std::fs::read_to_string(&out).expect("svg");
    assert!(svg.contains("China") && !svg.contains("United Nations"));
}

#[test]
fn render_refuses_unknown_picture_formats_and_actors() {
    let f = fixture();
    let out = f.path("g.gif");
    let (code, _, err) = run(&[
        "render".as_ref(),
        f.graph.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains(".svg, .png or .pdf"), "{err}");
    let out = f.path("g.svg");
    let (code, _, _) = run(&[
        "render".as_ref(),
        f.graph.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
        "--actor".as_ref(),
        "Nobody At All".as_ref(),
    ]);
    assert_eq!(code, 2);
}

#[test]
fn timeline_draws_lanes_without_graphviz() {
    let f = fixture();
    let out = f.path("t.svg");
    ok(&[
        "timeline".as_ref(),
        f.graph.as_os_str(),
        "--actor".as_ref(),
        "Macron".as_ref(),
        "--actor".as_ref(),
        "United Nations".as_ref(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    let svg = std::fs::read_to_string(&out).expect("svg");
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("Timeline: Emmanuel Macron, United Nations"));
    for lane in [">China<", ">Xi Jinping<", ">undated<"] {
        assert!(svg.contains(lane), "{lane} missing");
    }
    assert!(
        svg.contains("Group &quot;&lt;b&gt;&quot;"),
        "escaped lane name"
    );
    let (code, _, _) = run(&[
        "timeline".as_ref(),
        f.graph.as_os_str(),
        "--actor".as_ref(),
        "Macron".as_ref(),
        "-o".as_ref(),
        f.path("t.png").as_os_str(),
    ]);
    assert_eq!(code, 2, "timelines are SVG only");
}
