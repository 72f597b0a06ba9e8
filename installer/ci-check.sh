#!/usr/bin/env bash
# CI packaging check (run by .ci/run after `mvn verify`): builds the Linux app-image, and the .deb
# when fakeroot can be had, then starts the packaged app under Xvfb with --measure-startup, which
# exits after the data is shown. Fails when the packaged app does not start.
# On a fresh Debian 12 run as root it installs what it needs with apt-get.
#
#   installer/ci-check.sh                      install what is missing, build, start, check
#   installer/ci-check.sh --start-only [DIR]   only start and check an app-image built before
#                                              (default target/installer/image/Dagpuzzel)
set -euo pipefail
cd "$(dirname "$0")/.."

start_only=false
image=target/installer/image/Dagpuzzel
if [ "${1:-}" = --start-only ]; then
  start_only=true
  image=${2:-$image}
fi

if ! $start_only; then
  need=()
  command -v xvfb-run >/dev/null || need+=(xvfb xauth)
  dpkg -s libgtk-3-0 >/dev/null 2>&1 || need+=(libgtk-3-0)
  command -v fakeroot >/dev/null || need+=(fakeroot)
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "[ci-check] apt-get install ${need[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null
      for pkg in "${need[@]}"; do
        apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null \
          || echo "[ci-check] could not install $pkg"
      done
    else
      echo "[ci-check] missing ${need[*]} and cannot apt-get them (not root?)" >&2
    fi
  fi
  command -v xvfb-run >/dev/null || { echo "[ci-check] xvfb-run is needed to start the packaged app" >&2; exit 1; }

  types=(app-image)
  if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
    types+=(deb)
  else
    echo "[ci-check] no fakeroot/dpkg-deb: building the app-image only"
  fi
  installer/build.sh "${types[@]}"
fi

# Start the packaged app as a user would (its own launcher, its own runtime, no Monocle) on an
# empty data folder with the demo centre; it prints its start-up times and exits.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
launcher=$image/bin/Dagpuzzel
set +e
output=$(timeout 120 xvfb-run -a -s "-screen 0 1280x900x24" "$launcher" --data-dir "$data" --demo --measure-startup 2>&1)
status=$?
set -e
if [ $status -ne 0 ] || ! grep -q '^startup data-shown-ms=' <<<"$output"; then
  echo "$output" >&2
  echo "[ci-check] FAILED: the packaged app did not start (exit $status)" >&2
  exit 1
fi
grep '^startup ' <<<"$output" | sed 's/^/[ci-check] packaged app: /'
# An error page also counts as "data shown": the log must say the store opened, without errors.
if ! grep 'Store open in' "$data"/logs/*.log >/dev/null 2>&1 || grep -E 'SEVERE|Exception' "$data"/logs/*.log >/dev/null 2>&1; then
  cat "$data"/logs/*.log >&2 2>/dev/null || true
  echo "[ci-check] FAILED: the packaged app did not open its store cleanly" >&2
  exit 1
fi

deb=$(ls target/installer/dagpuzzel_*.deb 2>/dev/null | head -1 || true)
if ! $start_only && [ -n "$deb" ]; then
  dpkg-deb -f "$deb" Depends | grep 'libgtk-3-0' >/dev/null || { echo "[ci-check] FAILED: $deb does not depend on libgtk-3-0" >&2; exit 1; }
  dpkg-deb -c "$deb" | grep './opt/dagpuzzel/lib/dagpuzzel-Dagpuzzel.desktop' >/dev/null || { echo "[ci-check] FAILED: no menu entry in $deb" >&2; exit 1; }
  echo "[ci-check] $(basename "$deb"): $(du -h "$deb" | cut -f1), depends on libgtk-3-0, has a menu entry"
fi
echo "[ci-check] packaging OK"
