#!/usr/bin/env bash
# Builds the example graphs kept in graphs/:
#   graphs/examples.{ron,dot,svg}  from data/articles/
#   graphs/dev.{ron,dot,svg}       from $DEV (default /work/shared/eval/dev/articles.jsonl)
#                                  when it exists.
# The SVG comes from `dipgraph render` when the binary has it, else `dot -Tsvg`.
#
# Usage: scripts/make-graphs.sh   (from anywhere; builds the release binary)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BIN="$ROOT/target/release/dipgraph"
OUT="$ROOT/graphs"
DEV="${DEV:-/work/shared/eval/dev/articles.jsonl}"

cargo build --release --locked --quiet
mkdir -p "$OUT"

have_render() {
    "$BIN" --help | grep -qE '^[[:space:]]+render[[:space:]]'
}

# graph NAME INPUT...: NAME.ron, NAME.dot and NAME.svg in graphs/.
graph() {
    local name=$1
    shift
    echo "== $name: $*"
    "$BIN" build "$@" -o "$OUT/$name.ron"
    "$BIN" export "$OUT/$name.ron" -o "$OUT/$name.dot"
    if have_render; then
        "$BIN" render "$OUT/$name.ron" -o "$OUT/$name.svg"
    else
        local err
        err=$(dot -Tsvg "$OUT/$name.dot" -o "$OUT/$name.svg" 2>&1)
        if [ -n "$err" ]; then
            echo "dot complained about $OUT/$name.dot:" >&2
            echo "$err" >&2
            exit 1
        fi
    fi
    "$BIN" stats "$OUT/$name.ron" | sed 's/^/   /'
}

graph examples "$ROOT/data/articles"

if [ -f "$DEV" ]; then
    graph dev "$DEV"
else
    echo "== dev: $DEV not found, skipped"
fi

ls -l "$OUT"
