#!/usr/bin/env bash
# Builds Dagpuzzel's installers with jpackage from JDK 25 and a jlink-trimmed runtime, for the
# system it runs on. See installer/README.md.
#
#   installer/build.sh                 app-image + the native installer (.deb / .msi / .dmg)
#   installer/build.sh app-image       only the portable app-image
#   installer/build.sh deb             app-image + .deb (also: rpm, msi, exe, dmg, pkg)
#   options:  --skip-maven             reuse target/ (jar and copied libraries) from an earlier run
#             --no-aot                 leave out the AOT cache (see docs/packaging.md)
#   environment: DAGPUZZEL_APP_VERSION=x.y.z   installer version (default: the pom version without -SNAPSHOT)
#                DAGPUZZEL_DEB_MAINTAINER="Name <mail>"   the .deb's Maintainer field
#
# Output in target/installer/: image/Dagpuzzel (the app-image) and the installer file.
set -euo pipefail
cd "$(dirname "$0")/.."

types=()
skip_maven=false
aot=true
for arg in "$@"; do
  case "$arg" in
    --skip-maven) skip_maven=true ;;
    --no-aot) aot=false ;;
    --aot) aot=true ;;
    app-image|deb|rpm|msi|exe|dmg|pkg) types+=("$arg") ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument $arg (see --help)" >&2; exit 2 ;;
  esac
done

case "$(uname -s)" in
  Linux*) os=linux; fx_classifier=linux; icon=icons/png/dagpuzzel-256.png; native=deb ;;
  Darwin*) os=macos; fx_classifier=mac; icon=icons/dagpuzzel.icns; native=dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; fx_classifier=win; icon=icons/dagpuzzel.ico; native=msi ;;
  *) echo "build.sh: unknown system $(uname -s)" >&2; exit 1 ;;
esac
[ ${#types[@]} -eq 0 ] && types=(app-image "$native")

# JDK 25: JAVA_HOME if it is one, else the usual Debian place.
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep 'version "25' >/dev/null; then
  if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    echo "build.sh needs JDK 25: set JAVA_HOME to it." >&2; exit 1
  fi
fi
export PATH="$JAVA_HOME/bin:$PATH"

out=target/installer
log() { echo "[installer] $*"; }

# 1. The app jar and the libraries it needs at run time (tests ran in `mvn verify` already).
if ! $skip_maven; then
  log "maven package + copy-dependencies"
  rm -rf "$out/deps"
  mvn -B -q -DskipTests package \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$out/deps"
fi
jar=$(ls target/dagpuzzel-*.jar | grep -v -E -- '-(sources|javadoc|tests)\.jar$' | head -1)
version=$(basename "$jar" .jar); version=${version#dagpuzzel-}
app_version=${DAGPUZZEL_APP_VERSION:-${version%%-*}}   # jpackage and MSI want plain numbers: 0.1.0-SNAPSHOT -> 0.1.0
log "version $version (installer version $app_version)"

# 2. Split: JavaFX goes into the runtime (as modules), everything else onto the class path.
rm -rf "$out/javafx" "$out/input" "$out/runtime" "$out/image" "$out/aot"
rm -f "$out"/*.deb "$out"/*.rpm "$out"/*.msi "$out"/*.exe "$out"/*.dmg "$out"/*.pkg
mkdir -p "$out/javafx" "$out/input"
for f in "$out"/deps/*.jar; do
  name=$(basename "$f")
  case "$name" in
    javafx-*-"$fx_classifier"*.jar) cp "$f" "$out/javafx/" ;;
    javafx-*) ;;                      # the classifier-less javafx jars are empty placeholders
    *) cp "$f" "$out/input/" ;;
  esac
done
cp "$jar" "$out/input/"

# 3. The runtime: only the modules Dagpuzzel and its libraries use (jdeps on the jars, checked by
#    starting the app), Dutch/French/German/English locale data, no debug attributes, no java/keytool
#    commands. No JDK CDS archive (--generate-cds-archive): it made no measurable difference next to
#    the AOT cache below and costs 14 MB (docs/packaging.md).
#    A new library may need a module more: `jdeps --print-module-deps` on its jar tells which.
modules=javafx.controls,java.desktop,java.logging,java.management,java.naming,java.scripting,java.sql,java.xml,jdk.net,jdk.unsupported,jdk.localedata,jdk.zipfs
log "jlink runtime"
jlink --module-path "$out/javafx" --add-modules "$modules" \
      --include-locales en,nl,fr,de \
      --strip-java-debug-attributes --strip-native-commands --no-man-pages --no-header-files \
      --output "$out/runtime"

# 4. The portable app-image.
log "jpackage app-image"
jpackage --type app-image @installer/common.jpackage \
         --input "$out/input" --main-jar "$(basename "$jar")" \
         --runtime-image "$out/runtime" --app-version "$app_version" \
         --icon "$icon" --dest "$out/image"

case "$os" in
  macos) app_dir="$out/image/Dagpuzzel.app/Contents/app"; launcher="$out/image/Dagpuzzel.app/Contents/MacOS/Dagpuzzel" ;;
  windows) app_dir="$out/image/Dagpuzzel/app"; launcher="$out/image/Dagpuzzel/Dagpuzzel.exe" ;;
  *) app_dir="$out/image/Dagpuzzel/lib/app"; launcher="$out/image/Dagpuzzel/bin/Dagpuzzel" ;;
esac

# 5. The AOT cache (JDK 25, JEP 483/514/515): a training run of the packaged app records which
#    classes start-up loads and links; the cache makes the next starts skip that work.
#    The training run opens a window (a display is needed; xvfb-run is used when there is none).
if $aot; then
  log "AOT training run"
  mkdir -p "$out/aot"
  run=()
  if [ "$os" = linux ] && [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "build.sh: no DISPLAY and no xvfb-run for the AOT training run (apt-get install xvfb, or use --no-aot)" >&2; exit 1; }
    run=(xvfb-run -a -s "-screen 0 1280x900x24")
  fi
  JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$out/aot/dagpuzzel.aotconf" \
    ${run[@]+"${run[@]}"} "$launcher" --data-dir "$out/aot/training-data" --demo --measure-startup \
    >"$out/aot/training.log" 2>&1 || true
  grep -q '^startup data-shown-ms=' "$out/aot/training.log" \
    || { cat "$out/aot/training.log" >&2; echo "build.sh: the AOT training run did not show the data" >&2; exit 1; }
  JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$out/aot/dagpuzzel.aotconf -XX:AOTCache=$app_dir/dagpuzzel.aot" \
    "$launcher" >"$out/aot/create.log" 2>&1 || true
  [ -s "$app_dir/dagpuzzel.aot" ] || { cat "$out/aot/create.log" >&2; echo "build.sh: the AOT cache was not made" >&2; exit 1; }
  log "AOT cache: $(du -h "$app_dir/dagpuzzel.aot" | cut -f1)"
  # The launcher's configuration gets the cache; $APPDIR is the app folder wherever it is installed.
  printf 'java-options=-XX:AOTCache=$APPDIR/dagpuzzel.aot\n' >> "$app_dir/Dagpuzzel.cfg"
  # jpackage signs the macOS bundle ad hoc; the added files need a new (ad-hoc) signature.
  if [ "$os" = macos ]; then
    codesign --force --deep --sign - "$out/image/Dagpuzzel.app"
  fi
fi

# 6. The installers, from the finished app-image. Built from an app-image, jpackage ignores --icon
#    for the menu entry / shortcuts and takes Dagpuzzel.<png|ico|icns> from --resource-dir instead.
rm -rf "$out/resources"
mkdir -p "$out/resources"
cp "$icon" "$out/resources/Dagpuzzel.${icon##*.}"
# Linux: jpackage's menu entry template plus StartupWMClass (the JavaFX window's WM_CLASS), so
# docks and taskbars match the window to the entry and show its icon; Dutch comment, keywords.
if [ "$os" = linux ]; then
  cp installer/linux/Dagpuzzel.desktop "$out/resources/"
fi
extra=()
if [ "$os" = linux ] && [ -n "${DAGPUZZEL_DEB_MAINTAINER:-}" ]; then
  extra+=(--linux-deb-maintainer "$DAGPUZZEL_DEB_MAINTAINER")
fi
for type in "${types[@]}"; do
  [ "$type" = app-image ] && continue
  log "jpackage $type"
  jpackage --type "$type" --app-image "$out/image/$(ls "$out/image" | head -1)" \
           --name Dagpuzzel --app-version "$app_version" \
           --description "Daily planning for adult day-care centres" --vendor Dagpuzzel \
           --resource-dir "$out/resources" @"installer/$os.jpackage" ${extra[@]+"${extra[@]}"} --dest "$out"
done

log "done:"
du -sh "$out/image"/* 2>/dev/null | sed 's/^/[installer]   /'
ls -l "$out"/*.deb "$out"/*.rpm "$out"/*.msi "$out"/*.exe "$out"/*.dmg "$out"/*.pkg 2>/dev/null | sed 's/^/[installer]   /' || true
