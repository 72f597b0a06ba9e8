#!/usr/bin/env bash
# Measures the start-up of a packaged Dagpuzzel: N starts (default 7) with --measure-startup on a
# data folder holding the demo centre (made by a first, uncounted start). For each start it prints
# the app's own first-frame-ms and data-shown-ms, and wall-ms: the time from launching the program
# to reading its data-shown line, measured outside the app. Then the medians. Needs a display
# (DISPLAY, e.g. Xvfb).
#
# Why both: the app counts from the process start time the OS reports (ProcessHandle), which on
# Linux is derived from the boot time in whole seconds, so its figures carry a constant offset of
# 0-1 s per boot. Differences between variants measured in one session are right either way.
#
#   installer/measure.sh [LAUNCHER] [RUNS]
#   LAUNCHER defaults to the app-image built by build.sh (target/installer/image/Dagpuzzel/bin/Dagpuzzel)
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-target/installer/image/Dagpuzzel/bin/Dagpuzzel}
runs=${2:-7}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

"$launcher" --data-dir "$data" --demo --measure-startup >/dev/null 2>&1
first=(); shown=(); wall=()
for i in $(seq "$runs"); do
  f=; s=; w=
  start=$(date +%s%N)
  while IFS= read -r line; do
    case "$line" in
      "startup first-frame-ms="*) f=${line#*=} ;;
      "startup data-shown-ms="*) s=${line#*=}; w=$(( ($(date +%s%N) - start) / 1000000 )) ;;
    esac
  done < <("$launcher" --data-dir "$data" --measure-startup 2>/dev/null)
  [ -n "$f" ] && [ -n "$s" ] || { echo "run $i printed no measurement" >&2; exit 1; }
  echo "run $i: first-frame-ms=$f data-shown-ms=$s wall-ms=$w"
  first+=("$f"); shown+=("$s"); wall+=("$w")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END{print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }
echo "median: first-frame-ms=$(median "${first[@]}") data-shown-ms=$(median "${shown[@]}") wall-ms=$(median "${wall[@]}") ($runs runs, $launcher)"
