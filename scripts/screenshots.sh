#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: builds the workstation, runs it on the embedded simulator
# under a virtual X server, lets the data go live and fill the charts, then writes one PNG per
# view (the app's screenshot mode, VIRTUOSO_SCREENSHOT_DIR) plus the whole window. The screenshot
# mode fires a book gap, a stalled stream and a dropped socket through the embedded simulator's
# control API (VIRTUOSO_SCREENSHOT_FAULTS=1) so the timeout and connection views show an incident,
# places paper orders through the trading desk's ticket (VIRTUOSO_SCREENSHOT_ORDERS=1: one refused by
# the risk gate, market buys — one with a take-profit and a stop-loss —, resting limits, two of them
# near the touch so the ladder shows them, and the ticket left prepared with % risk sizing; the desk
# is shot first, with close-ups of the ticket, the ladder, the account with its equity curve and the
# positions: trading*.png),
# and the log analysis view analyses this run's own log (VIRTUOSO_SCREENSHOT_LOG) before the capture.
# The symbols are spread over three connections so that a fault on all of them shows as an incident.
#   BUILD_DIR   build directory (default: build)
#   SETTLE_S    seconds of live data before the capture (default: 90)
#   VIRTUOSO_ARGS  extra arguments for virtuoso (e.g. "--lang de")
# Then remote mode (remote-hosts.png): two daemons, the workstation with --remote for both, one
# daemon frozen before the capture so it shows as stale.
#   REMOTE_SETTLE_S  seconds before the remote capture (default: 40)
#   REMOTE_PORT1, REMOTE_PORT2  the daemons' API ports (default: 18781, 18782)
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
VIRTUOSO_SCREENSHOT_DELAY_S="$SETTLE_S" VIRTUOSO_SCREENSHOT_FAULTS=1 VIRTUOSO_SCREENSHOT_ORDERS=1 VIRTUOSO_SCREENSHOT_LOG="$home/virtuoso.log" \
QT_QPA_PLATFORM=xcb \
  timeout $((SETTLE_S + 240)) xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$BUILD_DIR/bin/virtuoso" --set connection.max_args_chars=700 ${VIRTUOSO_ARGS:-} 2> "$home/virtuoso.log" || {
    echo "the workstation did not finish its screenshots; its log:" >&2
    tail -40 "$home/virtuoso.log" >&2
    exit 1
  }
grep -h "SCREENSHOTS_WRITTEN" "$home/virtuoso.log" || true
ls -1 "$OUT"/*.png

# Remote mode: two daemons on loopback ports, the workstation watching both (--remote twice). The
# second daemon is stopped with SIGSTOP shortly before the capture, so the host sidebar shows one
# live and one stale host.
REMOTE_SETTLE_S=${REMOTE_SETTLE_S:-40}
port1=${REMOTE_PORT1:-18781}
port2=${REMOTE_PORT2:-18782}
daemons=()
cleanup() {
  for pid in "${daemons[@]}"; do kill -CONT "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  for pid in "${daemons[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$home"
}
trap cleanup EXIT
HOME="$home" XDG_CONFIG_HOME="$home/.config" "$BUILD_DIR/bin/virtuoso" --daemon \
  --set api.listen=127.0.0.1:$port1 --set exchange.symbols=BTCUSDT,ETHUSDT,SOLUSDT 2> "$home/daemon1.log" &
daemons+=($!)
HOME="$home" XDG_CONFIG_HOME="$home/.config" "$BUILD_DIR/bin/virtuoso" --daemon \
  --set api.listen=127.0.0.1:$port2 --set exchange.symbols=XRPUSDT,DOGEUSDT 2> "$home/daemon2.log" &
daemons+=($!)
for port in $port1 $port2; do
  for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$port/ready" >/dev/null && break
    sleep 1
  done
done
( sleep $((REMOTE_SETTLE_S - 5)); kill -STOP "${daemons[1]}" ) &
HOME="$home" XDG_CONFIG_HOME="$home/.config" VIRTUOSO_SCREENSHOT_DIR="$PWD/$OUT" \
VIRTUOSO_SCREENSHOT_WINDOW=remote-hosts.png VIRTUOSO_SCREENSHOT_DELAY_S="$REMOTE_SETTLE_S" QT_QPA_PLATFORM=xcb \
  timeout $((REMOTE_SETTLE_S + 120)) xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$BUILD_DIR/bin/virtuoso" --remote http://127.0.0.1:$port1 --remote http://127.0.0.1:$port2 \
  ${VIRTUOSO_ARGS:-} 2> "$home/remote.log" || {
    echo "the remote workstation did not finish its screenshot; its log:" >&2
    tail -40 "$home/remote.log" >&2
    exit 1
  }
grep -h "SCREENSHOTS_WRITTEN" "$home/remote.log" || true
ls -1 "$OUT"/remote-hosts.png
