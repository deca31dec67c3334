#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: builds the workstation, runs it on the embedded simulator
# under a virtual X server, lets the data go live and fill the charts, then writes one PNG per
# view (the app's screenshot mode, VIRTUOSO_SCREENSHOT_DIR) plus the whole window. The screenshot
# mode fires a book gap, a stalled stream and a dropped socket through the embedded simulator's
# control API (VIRTUOSO_SCREENSHOT_FAULTS=1) so the timeout and connection views show an incident.
#   BUILD_DIR   build directory (default: build)
#   SETTLE_S    seconds of live data before the capture (default: 90)
#   VIRTUOSO_ARGS  extra arguments for virtuoso (e.g. "--lang de")
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
SETTLE_S=${SETTLE_S:-90}
OUT=docs/screenshots

BUILD_DIR="$BUILD_DIR" scripts/build.sh --target virtuoso
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb" >&2; exit 1; }

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$OUT"
# A clean home: default layout and settings, no user configuration. Dark theme reads well in docs.
mkdir -p "$home/.config/virtuoso"
printf '[appearance]\ntheme=dark\n' > "$home/.config/virtuoso/workstation.ini"

HOME="$home" XDG_CONFIG_HOME="$home/.config" VIRTUOSO_SCREENSHOT_DIR="$PWD/$OUT" \
VIRTUOSO_SCREENSHOT_DELAY_S="$SETTLE_S" VIRTUOSO_SCREENSHOT_FAULTS=1 QT_QPA_PLATFORM=xcb \
  timeout $((SETTLE_S + 240)) xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$BUILD_DIR/bin/virtuoso" ${VIRTUOSO_ARGS:-} 2> "$home/virtuoso.log" || {
    echo "the workstation did not finish its screenshots; its log:" >&2
    tail -40 "$home/virtuoso.log" >&2
    exit 1
  }
grep -h "SCREENSHOTS_WRITTEN" "$home/virtuoso.log" || true
ls -1 "$OUT"/*.png
