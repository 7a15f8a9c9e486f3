//! Building in pieces gives the same bytes as building at once: shards
//! merged with `dipgraph merge`, incremental `build --into`, inputs in
//! another order, and another thread count.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn data(set: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(set)
        .join("articles.jsonl")
}

fn dipgraph() -> Command {
    Command::cargo_bin("dipgraph").expect("the dipgraph binary is built")
}

/// Runs `dipgraph build -q ARGS... INPUTS... -o OUT` and returns the bytes.
fn build(inputs: &[PathBuf], out: &Path, extra: &[&str]) -> Vec<u8> {
    dipgraph()
        .arg("build")
        .arg("-q")
        .args(extra)
        .args(inputs)
        .arg("-o")
        .arg(out)
        .assert()
        .success();
    std::fs::read(out).expect("build wrote its output")
}

fn both() -> Vec<PathBuf> {
    vec![data("eval-a"), data("eval-b")]
}

/// Compares two graph files and, on a difference, shows the first line that
/// differs rather than two walls of bytes.
fn assert_same(what: &str, left: &[u8], right: &[u8]) {
    if left == right {
        return;
    }
    let l = String::from_utf8_lossy(left);
    let r = String::from_utf8_lossy(right);
    let at = l
        .lines()
        .zip(r.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| l.lines().count().min(r.lines().count()));
    panic!(
        "{what}: outputs differ ({} vs {} bytes) first at line {}:\n  left:  {:?}\n  right: {:?}",
        left.len(),
        right.len(),
        at + 1,
        l.lines().nth(at),
        r.lines().nth(at)
    );
}

#[test]
fn shards_merged_equal_one_build() {
    let dir = tempfile::tempdir().unwrap();
    let all = build(&both(), &dir.path().join("all.ron"), &[]);
    assert!(!all.is_empty());

    let mut shards = Vec::new();
    for i in 1..=3 {
        let out = dir.path().join(format!("shard{i}.ron"));
        let spec = format!("{i}/3");
        build(&both(), &out, &["--shard", &spec]);
        shards.push(out);
    }

    let merged = dir.path().join("merged.ron");
    dipgraph()
        .arg("merge")
        .args(&shards)
        .arg("-o")
        .arg(&merged)
        .assert()
        .success();
    assert_same(
        "merge of 3 shards vs one build",
        &std::fs::read(&merged).unwrap(),
        &all,
    );

    // The order of the shards on the command line does not matter.
    let reversed = dir.path().join("merged-rev.ron");
    dipgraph()
        .arg("merge")
        .arg("-q")
        .args(shards.iter().rev())
        .arg("-o")
        .arg(&reversed)
        .assert()
        .success();
    assert_same(
        "merge in reverse order",
        &std::fs::read(&reversed).unwrap(),
        &all,
    );
}

#[test]
fn incremental_build_equals_build_of_both() {
    let dir = tempfile::tempdir().unwrap();
    let all = build(&both(), &dir.path().join("all.ron"), &[]);
    let first = dir.path().join("first.ron");
    build(&[data("eval-a")], &first, &[]);
    let first_arg = first.to_str().unwrap().to_string();
    let inc = build(
        &[data("eval-b")],
        &dir.path().join("inc.ron"),
        &["--into", &first_arg],
    );
    assert_same("build --into vs one build", &inc, &all);
}

#[test]
fn input_order_does_not_matter() {
    let dir = tempfile::tempdir().unwrap();
    let fwd = build(&both(), &dir.path().join("fwd.ron"), &[]);
    let rev_inputs: Vec<PathBuf> = both().into_iter().rev().collect();
    let rev = build(&rev_inputs, &dir.path().join("rev.ron"), &[]);
    assert_same("inputs reversed", &rev, &fwd);
}

#[test]
fn thread_count_does_not_matter() {
    let dir = tempfile::tempdir().unwrap();
    let one = build(&both(), &dir.path().join("t1.ron"), &["--threads", "1"]);
    let two = build(&both(), &dir.path().join("t2.ron"), &["--threads", "2"]);
    assert_same("--threads 1 vs --threads 2", &one, &two);
}

#[test]
fn merge_writes_other_formats() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.ron");
    build(&[data("eval-a")], &g, &[]);
    dipgraph()
        .args(["merge", "-q"])
        .arg(&g)
        .arg("-o")
        .arg("-")
        .args(["--format", "jsonl"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"relation\""));
}

#[test]
fn merge_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.ron");
    dipgraph()
        .arg("merge")
        .arg(&missing)
        .arg("-o")
        .arg(dir.path().join("out.ron"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing.ron"));

    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(version: 1, actors: [oops").unwrap();
    dipgraph()
        .arg("merge")
        .arg(&bad)
        .arg("-o")
        .arg(dir.path().join("out.ron"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.ron:1:"));
    assert!(!dir.path().join("out.ron").exists(), "no output on error");

    dipgraph()
        .arg("merge")
        .arg(&bad)
        .arg("-o")
        .arg(dir.path().join("out.xyz"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("out.xyz"));
}
