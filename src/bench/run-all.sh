#!/usr/bin/env bash
# All of Dagpuzzel's benchmarks in one command (docs/performance.md, "Ten years of a busy centre:
# all benchmarks (JMH)"):
#   1. builds the test classes (offline Maven);
#   2. makes the ten-year store (BigStore DIR 42 10, a few minutes) unless DIR already holds one;
#   3. runs the JMH suite (src/test/java/be/dagpuzzel/bench/jmh) on a copy of that store:
#      target/bench/jmh.txt (what JMH prints) and target/bench/jmh.json;
#   4. measures the cold start: the app on a copy of the store (--measure-startup) next to an empty
#      JavaFX window (--measure-empty-window), alternating, N times each, through `mvn javafx:run`
#      (under xvfb-run when there is no DISPLAY); prints the medians and the ratios to the empty
#      window's first frame: target/bench/startup.txt.
# With jq installed, target/bench/summary.txt has one line per benchmark (mean, median, p95).
# The load average (uptime) is printed at the start and the end: on a shared machine it says how far
# the figures can be trusted.
#
# Usage: src/bench/run-all.sh [--store DIR] [--runs N] [--no-jmh] [--no-startup] [-- JMH options]
#   --store DIR   the ten-year store (default: $DAGPUZZEL_BENCH_STORE, else /tmp/big10 when it holds
#                 a store, else a new temporary folder); made there when missing, never changed
#   --runs N      start-up runs of each kind (default 5)
#   after --       passed to JMH, e.g. `-- DailyJmh` (a regular expression: only those benchmarks)
#                 or `-- -f 0 -wi 1 -i 1` (a quick look; JMH's -h lists them all)
# JAVA_HOME must be a JDK 25 (default /usr/lib/jvm/temurin-25-jdk-amd64 when that exists).
set -euo pipefail

cd "$(dirname "$0")/../.."
project=$(pwd)

store=${DAGPUZZEL_BENCH_STORE:-}
runs=5
jmh=true
startup=true
jmh_args=()
while [ $# -gt 0 ]; do
  case $1 in
    --store) store=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-jmh) jmh=false; shift ;;
    --no-startup) startup=false; shift ;;
    --) shift; jmh_args=("$@"); break ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) echo "run-all.sh: unknown option $1 (--help lists them)" >&2; exit 2 ;;
  esac
done

if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java=${JAVA_HOME:?set JAVA_HOME to a JDK 25}/bin/java
mvn=(mvn -B -q -o)
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" # quiets Maven's own Guava on JDK 25
out=$project/target/bench
mkdir -p "$out"

load() { echo "[bench] load $1: $(uptime)"; }
load "at start"
echo "[bench] machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ //'), $("$java" -version 2>&1 | head -n 1)"

echo "[bench] building the test classes"
"${mvn[@]}" test-compile
"${mvn[@]}" dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" >/dev/null
cp="$project/target/classes:$project/target/test-classes:$(cat "$out/cp.txt")"

if [ -z "$store" ]; then
  if [ -f /tmp/big10/dagpuzzel.mv.db ]; then store=/tmp/big10; else store=$(mktemp -d -t dagpuzzel-big10.XXXXXX); fi
fi
if [ ! -f "$store/dagpuzzel.mv.db" ]; then
  echo "[bench] making the ten-year store in $store (BigStore, seed 42, 10 years; a few minutes)"
  mkdir -p "$store"
  "$java" -Djava.util.logging.config.file=/dev/null -cp "$cp" be.dagpuzzel.bench.BigStore "$store" 42 10
fi
echo "[bench] ten-year store: $store ($(du -h "$store/dagpuzzel.mv.db" | cut -f1))"

if $jmh; then
  echo "[bench] JMH suite -> $out/jmh.txt, $out/jmh.json"
  "$java" --sun-misc-unsafe-memory-access=allow -Ddagpuzzel.bench.store="$store" -cp "$cp" org.openjdk.jmh.Main \
    -rf json -rff "$out/jmh.json" "${jmh_args[@]}" 2>&1 | tee "$out/jmh.txt"
  if command -v jq >/dev/null; then # one line per benchmark: mean, median and 95th percentile
    jq -r '.[] | [(.benchmark | sub("be.dagpuzzel.bench.jmh."; "")) + ((.params // {}) | to_entries
        | map(" " + .key + "=" + .value) | join("")), .mode,
        (.primaryMetric.score * 100 | round / 100), (.primaryMetric.scorePercentiles["50.0"] * 100 | round / 100),
        (if .mode == "sample" then (.primaryMetric.scorePercentiles["95.0"] * 100 | round / 100) else "-" end),
        .primaryMetric.scoreUnit] | @tsv' "$out/jmh.json" \
      | (printf 'benchmark\tmode\tmean\tmedian\tp95\tunit\n'; cat) | column -t -s $'\t' | tee "$out/summary.txt"
  fi
  load "after JMH"
fi

median() { sort -n | awk '{v[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }

if $startup; then
  # the app writes into its data folder (a lock, the daily backup): it gets a copy
  data=$(mktemp -d -t dagpuzzel-startup.XXXXXX)
  trap 'rm -rf "$data"' EXIT
  cp "$store/dagpuzzel.mv.db" "$data/"
  display=()
  if [ -z "${DISPLAY:-}" ]; then display=(xvfb-run -a -s "-screen 0 1280x900x24"); fi
  app() { timeout 180 "${display[@]}" "${mvn[@]}" javafx:run -Djavafx.args="$1" 2>/dev/null | grep -o 'startup [a-z-]*=[0-9]*' || true; }
  echo "[bench] start-up: one run to record the AOT cache of javafx:run (not counted)"
  app "--data-dir $data --measure-startup" >/dev/null
  : > "$out/startup.txt"
  for i in $(seq 1 "$runs"); do
    app "--measure-empty-window" | sed "s/^/empty $i /" | tee -a "$out/startup.txt"
    app "--data-dir $data --measure-startup" | sed "s/^/store $i /" | tee -a "$out/startup.txt"
  done
  value() { { grep "^$1 .* $2=" "$out/startup.txt" || true; } | sed "s/.*$2=//" | median; }
  empty=$(value empty first-frame-ms)
  echo "[bench] start-up medians of $runs runs each (ms):" | tee -a "$out/startup.txt"
  echo "  empty window: first frame $empty" | tee -a "$out/startup.txt"
  for label in first-frame-ms data-shown-ms board-shown-ms board-checked-ms; do
    v=$(value store "$label")
    ratio=$(awk -v a="$v" -v b="$empty" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }')
    # each run next to the empty window just before it, so the ratio of a pair sees the same load
    pairs=$(for i in $(seq 1 "$runs"); do
      e=$({ grep "^empty $i .* first-frame-ms=" "$out/startup.txt" || true; } | sed 's/.*=//')
      s=$({ grep "^store $i .* $label=" "$out/startup.txt" || true; } | sed 's/.*=//')
      [ -n "$e" ] && [ -n "$s" ] && awk -v a="$s" -v b="$e" 'BEGIN { printf "%.2f\n", a / b }'
    done | median)
    echo "  ten-year store: ${label%-ms} $v (x $ratio the empty window's first frame; median of the $runs pairs' ratios x $pairs)" \
      | tee -a "$out/startup.txt"
  done
  load "at end"
fi
