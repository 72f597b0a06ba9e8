#!/usr/bin/env bash
# Exports the Dagpuzzel icon from its SVG drawings to every file the app and the installers use.
# Rerun after changing dagpuzzel.svg or dagpuzzel-small.svg; commit the results.
#
# Needs (Debian): apt-get install librsvg2-bin imagemagick icnsutils
#   rsvg-convert  SVG -> PNG
#   convert       PNGs -> Windows .ico (ImageMagick)
#   png2icns      PNGs -> macOS .icns (icnsutils)
#
# Writes:
#   icons/png/dagpuzzel-N.png           N = 16 24 32 48 64 128 256 512
#   icons/dagpuzzel.ico                 16-256, for the Windows installer and shortcuts
#   icons/dagpuzzel.icns                16-512, for the macOS app bundle and .dmg
#   src/main/resources/be/dagpuzzel/icons/dagpuzzel-N.png   window/taskbar icons (AppIcon.java)
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert convert png2icns; do
  command -v "$tool" >/dev/null || { echo "export.sh needs $tool: apt-get install librsvg2-bin imagemagick icnsutils" >&2; exit 1; }
done

out=png
resources=../src/main/resources/be/dagpuzzel/icons
mkdir -p "$out" "$resources"

# 16 and 24 px come from the simplified drawing (no rays, bigger piece); the rest from the master.
for size in 16 24 32 48 64 128 256 512; do
  if [ "$size" -le 24 ]; then src=dagpuzzel-small.svg; else src=dagpuzzel.svg; fi
  rsvg-convert --width "$size" --height "$size" --format png "$src" --output "$out/dagpuzzel-$size.png"
done

# Windows: one .ico with the usual sizes (256 stored as PNG inside, which Windows Vista+ reads).
convert "$out"/dagpuzzel-{16,24,32,48,64,128,256}.png -define png:exclude-chunks=date,time dagpuzzel.ico

# macOS: png2icns takes 16, 32, 48, 128, 256 and 512.
png2icns dagpuzzel.icns "$out"/dagpuzzel-{16,32,48,128,256,512}.png >/dev/null

# The window icons the app loads at run time (JavaFX picks the best size for title bar and taskbar).
for size in 16 24 32 48 64 128 256; do
  cp "$out/dagpuzzel-$size.png" "$resources/dagpuzzel-$size.png"
done

echo "Icons written: icons/png/, icons/dagpuzzel.ico, icons/dagpuzzel.icns, $resources"
