#!/usr/bin/env bash
# The scripted "day of use" behind the memory figures in docs/performance.md (section "Memory with
# the ten-year store"): starts Dagpuzzel on a copy of a store under its own Xvfb, waits for the
# Today board, walks through the app with the keyboard like a day's work and prints the resident
# size (RSS) of the app's JVM at start, after the session and after an idle pause.
#
# Needs: Xvfb and xdotool. A missing xdotool is installed with `apt-get install -y xdotool` when the
# script runs as root on Debian/Ubuntu (it says so on the terminal); otherwise install it yourself.
# JDK 25 (JAVA_HOME, or /usr/lib/jvm/temurin-25-jdk-amd64), and a compiled project
# (`mvn -o compile`; the class path comes from `mvn -o dependency:build-classpath`, cached in
# target/memory-session-cp.txt).
#
# The JVM is started directly, not through Maven, with the JVM options of the installed app: every
# `--java-options` line of installer/common.jpackage, JavaFX on the module path as in the app's
# runtime image. No AOT cache (the installed app has one; it maps ~14 MB of class data, see the docs).
#
#   src/bench/memory-session.sh [options] [-- extra JVM options]
#     --store DIR     the store to copy (default /tmp/big10, made by be.dagpuzzel.bench.BigStore)
#     --rounds N      rounds of the day's walk (default 15)
#     --idle S        the idle pause after the session, seconds (default 40)
#     --nmt           Native Memory Tracking: -XX:NativeMemoryTracking=summary and
#                     `jcmd PID VM.native_memory summary` after the session and after the pause,
#                     with RSS minus NMT's committed total (what the JVM does not track: native
#                     libraries, JavaFX/Prism/GTK/Mesa mallocs, glibc arenas)
#     --live          at the end, a full GC (jcmd GC.run) and the heap that is left (the live data)
#     --histo FILE    at the very end, the class histogram of the live heap (jcmd GC.class_histogram)
#     --hprof FILE    at the very end, a heap dump (jcmd GC.heap_dump; ~200 MB)
#     --no-options    leave out common.jpackage's options (JVM defaults), extra options still apply
#     --shots DIR     screenshots of the first round into DIR (ImageMagick's import), to check the walk
#     --keep          keep the copied store and the app's output (printed at the end)
#   environment: MALLOC_ARENA_MAX etc. pass through to the app.
#
# Output lines start with "memory-session"; the RSS line is:
#   memory-session rss-mb start=... after-session=... after-idle=...
# It keeps the two cores mostly idle (one key every ~1 s); a run takes about 5 minutes at 15 rounds.
set -euo pipefail
project=$(cd "$(dirname "$0")/../.." && pwd)

store=/tmp/big10
rounds=15
idle=40
nmt=false
live=false
use_options=true
keep=false
shots=
histo=
hprof=
extra=()
while [ $# -gt 0 ]; do
  case $1 in
    --store) store=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --idle) idle=$2; shift 2 ;;
    --nmt) nmt=true; shift ;;
    --live) live=true; shift ;;
    --no-options) use_options=false; shift ;;
    --keep) keep=true; shift ;;
    --histo) histo=$2; shift 2 ;;
    --hprof) hprof=$2; shift 2 ;;
    --shots) shots=$2; mkdir -p "$shots"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,/^set -euo/{/^set -euo/!p}' "$0"; exit 0 ;;
    *) echo "memory-session: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

if ! command -v xdotool >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "memory-session: xdotool is missing; installing it with apt-get" >&2
  apt-get install -y -q xdotool >&2
fi
for tool in Xvfb xdotool; do
  command -v $tool >/dev/null || { echo "memory-session: $tool is missing (apt-get install xvfb xdotool)" >&2; exit 1; }
done
if [ -z "${JAVA_HOME:-}" ] || ! [ -x "$JAVA_HOME/bin/jcmd" ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java=$JAVA_HOME/bin/java
jcmd=$JAVA_HOME/bin/jcmd
[ -f "$store/dagpuzzel.mv.db" ] || { echo "memory-session: no store in $store (make one with be.dagpuzzel.bench.BigStore)" >&2; exit 1; }
[ -d "$project/target/classes/be" ] || { echo "memory-session: compile first (mvn -o compile)" >&2; exit 1; }

# Class path: the runtime libraries; JavaFX's platform jars go on the module path.
cpfile=$project/target/memory-session-cp.txt
if [ ! -s "$cpfile" ] || [ "$project/pom.xml" -nt "$cpfile" ]; then
  (cd "$project" && mvn -B -o -q dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile="$cpfile" >/dev/null 2>&1) || { echo "memory-session: mvn dependency:build-classpath failed" >&2; exit 1; }
fi
classpath=$project/target/classes
modulepath=
IFS=: read -r -a jars < "$cpfile" || true
for jar in "${jars[@]}"; do
  case $(basename "$jar") in
    javafx-*-linux.jar) modulepath=${modulepath:+$modulepath:}$jar ;;
    javafx-*) ;;
    *) classpath=$classpath:$jar ;;
  esac
done

# The installed app's JVM options.
options=()
if $use_options; then
  while read -r flag value; do
    [ "$flag" = --java-options ] && options+=("${value//\"/}")
  done < "$project/installer/common.jpackage"
fi
$nmt && options+=(-XX:NativeMemoryTracking=summary)
options+=(${extra[@]+"${extra[@]}"})

work=$(mktemp -d /tmp/memory-session.XXXXXX)
cp -r "$store"/. "$work/data"
rm -f "$work/data/dagpuzzel.lock"

# A display of our own.
display=
for n in $(seq 60 99); do
  if [ ! -e /tmp/.X$n-lock ] && [ ! -e /tmp/.X11-unix/X$n ]; then display=:$n; break; fi
done
[ -n "$display" ] || { echo "memory-session: no free X display" >&2; exit 1; }
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
app=
cleanup() {
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  if $keep; then echo "memory-session kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
export DISPLAY=$display
for i in $(seq 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done

echo "memory-session jvm-options ${options[*]}"
echo "memory-session load-average $(cut -d' ' -f1-3 /proc/loadavg)"
"$java" "${options[@]}" --module-path "$modulepath" --add-modules javafx.controls \
    -cp "$classpath" be.dagpuzzel.app.Main --data-dir "$work/data" >"$work/app.log" 2>&1 &
app=$!

rss_mb() { ps -o rss= -p "$app" | awk '{printf "%d", $1 / 1024}'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }
# Waits until the app used less than 5 % of a core for a second (at most $1 seconds).
settle() {
  local until=$((SECONDS + $1)) a b
  while [ $SECONDS -lt "$until" ]; do
    a=$(cpu_ticks); sleep 1; b=$(cpu_ticks)
    [ $((b - a)) -le 5 ] && return 0
  done
}
shot=0
key() {
  xdotool key --clearmodifiers "$1"; sleep "${2:-1}"
  if [ -n "$shots" ] && [ "${r:-0}" -le 1 ]; then
    shot=$((shot + 1)); import -window root "$shots/$(printf %02d $shot)-$1.png"
  fi
}

window=
for i in $(seq 120); do
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; echo "memory-session: the app stopped" >&2; exit 1; }
  window=$(xdotool search --name '^Dagpuzzel' 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 0.5
done
[ -n "$window" ] || { echo "memory-session: no Dagpuzzel window after 60 s" >&2; exit 1; }
settle 60 # the Today board: its places, the rules compiled, the day checked
start=$(rss_mb)
xdotool windowfocus --sync "$window" 2>/dev/null || true
sleep 0.5

# Once through every section, then the day's walk.
for s in 1 2 3 4 5 6 7; do key ctrl+$s 2; done
for r in $(seq "$rounds"); do
  key ctrl+1                  # Today
  key alt+Left                # the previous working day
  key alt+Right               # and back
  key alt+Left                # one more day back each round: a new day every round
  key ctrl+2                  # Transport (of that day)
  key ctrl+3                  # Review
  key ctrl+5                  # Progress (the overview)
  key ctrl+f 0.3              # the worker search
  key Down                    # the first worker's page
  for d in $(seq $((r % 5))); do key Down 0.6; done # and a few others
  key ctrl+6                  # Participants
  key ctrl+4                  # Staff
done
key ctrl+1
settle 20
after=$(rss_mb)

nmt_report() { # $1: label
  local out total committed rss
  out=$("$jcmd" "$app" VM.native_memory summary 2>/dev/null) || return 0
  rss=$(ps -o rss= -p "$app" | tr -d ' ')
  committed=$(sed -n 's/^Total: reserved=[0-9]*KB, committed=\([0-9]*\)KB.*/\1/p' <<<"$out")
  echo "memory-session nmt $1: rss=$((rss / 1024))MB nmt-committed=$((committed / 1024))MB outside-nmt=$(((rss - committed) / 1024))MB"
  # one line per category: name committed (MB)
  sed -n 's/^-  *\([A-Za-z][A-Za-z ]*[A-Za-z]\) (reserved=[0-9]*KB, committed=\([0-9]*\)KB.*/\1=\2/p' <<<"$out" \
    | awk -F= -v label="$1" '$2 >= 1024 {printf "memory-session nmt %s:   %-22s %6.1f MB\n", label, $1, $2 / 1024}'
  [ -n "${NMT_FILE:-}" ] && echo "$out" > "$NMT_FILE-$1.txt"
  return 0
}
$nmt && nmt_report after-session

# The idle pause, with the RSS every 10 s (G1's periodic GC runs when no GC ran for its interval).
idle_series=
waited=0
while [ "$waited" -lt "$idle" ]; do
  step=$((idle - waited < 10 ? idle - waited : 10))
  sleep "$step"; waited=$((waited + step))
  idle_series="$idle_series ${waited}s=$(rss_mb)"
done
echo "memory-session idle rss-mb:$idle_series"
after_idle=$(rss_mb)
$nmt && nmt_report after-idle
echo "memory-session rss-mb start=$start after-session=$after after-idle=$after_idle (idle ${idle}s, $rounds rounds)"
heap=$("$jcmd" "$app" GC.heap_info 2>/dev/null | sed -n 2p | tr -s ' ' || true)
echo "memory-session heap after-idle:$heap"
if $live; then
  "$jcmd" "$app" GC.run >/dev/null 2>&1 || true
  sleep 3
  heap=$("$jcmd" "$app" GC.heap_info 2>/dev/null | sed -n 2p | tr -s ' ' || true)
  echo "memory-session after a full GC: rss=$(rss_mb)MB heap:$heap"
fi
[ -n "$histo" ] && "$jcmd" "$app" GC.class_histogram > "$histo" 2>&1
[ -n "$hprof" ] && rm -f "$hprof" && "$jcmd" "$app" GC.heap_dump "$hprof" >/dev/null 2>&1
echo "memory-session load-average $(cut -d' ' -f1-3 /proc/loadavg)"
grep -iE 'exception|error' "$work/app.log" | head -5 | sed 's/^/memory-session app-log: /' || true
