#!/usr/bin/env bash
# Runs each cargo-fuzz target of fuzz/ for a bounded time.
#
#   scripts/fuzz.sh              # every target, 60 s each
#   scripts/fuzz.sh 300 extract  # one target, 5 minutes
#
# Not run in CI: libFuzzer needs a nightly toolchain (`-Z sanitizer`) and
# cargo-fuzz, which CI does not install. Set them up once with
#   rustup toolchain install nightly && cargo install cargo-fuzz
# Without nightly, the same target bodies (fuzz/src/lib.rs) run under
# proptest instead, which this script falls back to:
#   PROPTEST_CASES=20000 cargo test --release --test proptests -- --ignored
#
# Crashes land in fuzz/artifacts/TARGET/; replay one with
#   cargo +nightly fuzz run TARGET fuzz/artifacts/TARGET/crash-...
# The corpus grows in fuzz/corpus/TARGET/ (git-ignored); it is seeded from
# data/articles and tests/data on the first run.
set -euo pipefail

secs="${1:-60}"
shift || true
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(text_article jsonl extract)
fi

if ! cargo +nightly --version >/dev/null 2>&1 || ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: no nightly toolchain or no cargo-fuzz; running the fuzz bodies under proptest" >&2
    PROPTEST_CASES="${PROPTEST_CASES:-20000}" exec cargo test --release --test proptests -- --ignored
fi

seed() {
    local target="$1" dir="fuzz/corpus/$1"
    [ -d "$dir" ] && return
    mkdir -p "$dir"
    case "$target" in
        text_article|extract) cp data/articles/* "$dir"/ 2>/dev/null || true ;;
        jsonl) head -n 20 tests/data/eval-a/articles.jsonl > "$dir/eval-a.jsonl" 2>/dev/null || true ;;
    esac
}

status=0
for t in "${targets[@]}"; do
    seed "$t"
    echo "== fuzzing $t for ${secs}s" >&2
    # -rss_limit_mb: the extractor on a long random input is allowed 4 GB.
    if ! cargo +nightly fuzz run --fuzz-dir fuzz "$t" -- \
        -max_total_time="$secs" -max_len=65536 -rss_limit_mb=4096 -timeout=30; then
        echo "fuzz.sh: $t found a crash; see fuzz/artifacts/$t/" >&2
        status=1
    fi
done
exit $status
