#!/usr/bin/env bash
# Measures the start-up of a packaged Dagpuzzel: N starts (default 7) with --measure-startup on a
# data folder holding the demo centre (made by a first, uncounted start), then prints every run
# and the median of first-frame-ms and data-shown-ms. Needs a display (DISPLAY, e.g. Xvfb).
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
first=(); shown=()
for i in $(seq "$runs"); do
  output=$("$launcher" --data-dir "$data" --measure-startup 2>/dev/null)
  f=$(sed -n 's/^startup first-frame-ms=//p' <<<"$output")
  s=$(sed -n 's/^startup data-shown-ms=//p' <<<"$output")
  [ -n "$f" ] && [ -n "$s" ] || { echo "run $i printed no measurement: $output" >&2; exit 1; }
  echo "run $i: first-frame-ms=$f data-shown-ms=$s"
  first+=("$f"); shown+=("$s")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END{print (NR%2) ? v[(NR+1)/2] : int((v[NR/2]+v[NR/2+1])/2)}'; }
echo "median: first-frame-ms=$(median "${first[@]}") data-shown-ms=$(median "${shown[@]}") ($runs runs, $launcher)"
