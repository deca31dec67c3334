#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png in English, and docs/screenshots/de and docs/screenshots/zh_CN
# in German and Simplified Chinese: builds the workstation, runs it on the embedded simulator under a
# virtual X server, lets the data go live and fill the charts, then writes one PNG per view (the app's
# screenshot mode, VIRTUOSO_SCREENSHOT_DIR) plus the whole window. The screenshot mode fires a book
# gap, a stalled stream and a dropped socket through the embedded simulator's control API
# (VIRTUOSO_SCREENSHOT_FAULTS=1) so the timeout and connection views show an incident, places three
# paper orders through the trading desk's ticket (VIRTUOSO_SCREENSHOT_ORDERS=1: one refused by the
# risk gate, market buys — one with a take-profit and a stop-loss —, resting limits, two of them near
# the touch so the ladder shows them, and the ticket left prepared with % risk sizing; the desk is shot
# first, with close-ups of the ticket, the ladder, the account with its equity curve and the positions:
# trading*.png), and the log analysis view analyses this run's own log (VIRTUOSO_SCREENSHOT_LOG) before
# the capture. The symbols are spread over three connections so that
# a fault on all of them shows as an incident.
# Then remote mode, three daemons on loopback ports:
#   remote-outage.png  the current daemon frozen (SIGSTOP) shortly before the capture: the banner and
#                      the greyed views of an outage
#   remote-hosts.png   the current daemon frozen and resumed (its outage on the state timeline and in
#                      the timeout history), a second one live, a third killed (a dead host)
#   BUILD_DIR        build directory (default: build)
#   SETTLE_S         seconds of live data before the local capture (default: 90)
#   REMOTE_SETTLE_S  seconds before each remote capture (default: 40; at least 30)
#   LANGUAGES        which of "en de zh_CN" (default: all three)
#   VIRTUOSO_ARGS    extra arguments for virtuoso
#   REMOTE_PORT1..3  the daemons' API ports (default: 18781, 18782, 18783)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
SETTLE_S=${SETTLE_S:-90}
REMOTE_SETTLE_S=${REMOTE_SETTLE_S:-40}
[ "$REMOTE_SETTLE_S" -ge 30 ] || REMOTE_SETTLE_S=30
LANGUAGES=${LANGUAGES:-en de zh_CN}
ports=("${REMOTE_PORT1:-18781}" "${REMOTE_PORT2:-18782}" "${REMOTE_PORT3:-18783}")

BUILD_DIR="$BUILD_DIR" scripts/build.sh --target virtuoso
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb" >&2; exit 1; }

home=""
daemons=()
cleanup() {
  for pid in "${daemons[@]}"; do kill -CONT "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  for pid in "${daemons[@]}"; do wait "$pid" 2>/dev/null || true; done
  daemons=()
  [ -z "$home" ] || rm -rf "$home"
}
trap cleanup EXIT

# A clean home per run: default layout and settings, no user configuration. Dark theme reads well in docs.
fresh_home() {
  [ -z "$home" ] || rm -rf "$home"
  home=$(mktemp -d)
  mkdir -p "$home/.config/virtuoso"
  printf '[appearance]\ntheme=dark\n' > "$home/.config/virtuoso/workstation.ini"
}

start_daemons() {
  local symbols=("BTCUSDT,ETHUSDT,SOLUSDT" "XRPUSDT,DOGEUSDT" "ADAUSDT,LINKUSDT")
  for i in 0 1 2; do
    HOME="$home" XDG_CONFIG_HOME="$home/.config" "$BUILD_DIR/bin/virtuoso" --daemon \
      --set api.listen=127.0.0.1:${ports[$i]} --set exchange.symbols=${symbols[$i]} 2> "$home/daemon$i.log" &
    daemons+=($!)
  done
  for port in "${ports[@]}"; do
    for _ in $(seq 1 60); do
      curl -sf "http://127.0.0.1:$port/ready" >/dev/null && break
      sleep 1
    done
  done
}

# The workstation in remote mode watching the daemons in the order given; one window PNG.
remote_capture() {
  local out=$1 name=$2 lang_args=$3
  shift 3
  local remotes=()
  for port in "$@"; do remotes+=(--remote "http://127.0.0.1:$port"); done
  HOME="$home" XDG_CONFIG_HOME="$home/.config" VIRTUOSO_SCREENSHOT_DIR="$PWD/$out" \
  VIRTUOSO_SCREENSHOT_WINDOW="$name" VIRTUOSO_SCREENSHOT_DELAY_S="$REMOTE_SETTLE_S" QT_QPA_PLATFORM=xcb \
    timeout $((REMOTE_SETTLE_S + 120)) xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$BUILD_DIR/bin/virtuoso" "${remotes[@]}" $lang_args ${VIRTUOSO_ARGS:-} 2> "$home/remote.log" || {
      echo "the remote workstation did not finish its screenshot; its log:" >&2
      tail -40 "$home/remote.log" >&2
      exit 1
    }
  grep -h "SCREENSHOTS_WRITTEN" "$home/remote.log" || true
}

for lang in $LANGUAGES; do
  if [ "$lang" = en ]; then out=docs/screenshots; lang_args=""; else out=docs/screenshots/$lang; lang_args="--lang $lang"; fi
  mkdir -p "$out"
  echo "== $lang → $out"

  fresh_home
  # Alerts for the Alerts view: the desktop, and a webhook nobody answers (its retries and failing
  # state); whales, the liquidation cascade the screenshot mode fires, stale connections, incidents.
  printf 'http://127.0.0.1:9/hook\n' > "$home/hook.url"
  chmod 600 "$home/hook.url"
  alert_args=(--set channel.desk.type=desktop --set channel.ops.type=webhook --set "channel.ops.url_file=$home/hook.url"
              --set rule.whales.source=whale --set rule.whales.min_notional=250000 --set rule.whales.channels=desk
              --set rule.cascade.source=liquidation --set rule.cascade.total_notional=2000000 --set rule.cascade.window_s=300
              --set rule.cascade.channels=desk,ops --set rule.feed.source=connection --set rule.feed.stale_after_s=5
              --set rule.feed.channels=desk,ops --set rule.incidents.source=incident --set rule.incidents.channels=desk,ops
              --set rule.incidents.severity=critical
              # Narrower neutral band than the defaults (70/35), so that the simulator's market gives
              # signals within the minute the screenshots wait, and the Performance view has outcomes.
              --set confluence.long_threshold=57 --set confluence.short_threshold=43)
  HOME="$home" XDG_CONFIG_HOME="$home/.config" VIRTUOSO_SCREENSHOT_DIR="$PWD/$out" \
  VIRTUOSO_SCREENSHOT_DELAY_S="$SETTLE_S" VIRTUOSO_SCREENSHOT_FAULTS=1 VIRTUOSO_SCREENSHOT_ORDERS=1 \
  VIRTUOSO_SCREENSHOT_LOG="$home/virtuoso.log" QT_QPA_PLATFORM=xcb \
    timeout $((SETTLE_S + 240)) xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$BUILD_DIR/bin/virtuoso" --set connection.max_args_chars=700 "${alert_args[@]}" $lang_args ${VIRTUOSO_ARGS:-} \
    2> "$home/virtuoso.log" || {
      echo "the workstation did not finish its screenshots; its log:" >&2
      tail -40 "$home/virtuoso.log" >&2
      exit 1
    }
  grep -h "SCREENSHOTS_WRITTEN" "$home/virtuoso.log" || true

  # An outage as it happens: the current daemon frozen ten seconds before the capture.
  cleanup
  fresh_home
  start_daemons
  ( sleep $((REMOTE_SETTLE_S - 6)); kill -STOP "${daemons[0]}" ) &
  freezer=$!
  remote_capture "$out" remote-outage.png "$lang_args" "${ports[0]}" "${ports[1]}"
  wait "$freezer" || true
  cleanup

  # After the outage: frozen for about twelve seconds and resumed, a second daemon live, a third dead.
  fresh_home
  start_daemons
  ( sleep $((REMOTE_SETTLE_S - 22)); kill -STOP "${daemons[0]}"; sleep 12; kill -CONT "${daemons[0]}" ) &
  freezer=$!
  ( sleep $((REMOTE_SETTLE_S - 18)); kill -KILL "${daemons[2]}" ) &
  killer=$!
  remote_capture "$out" remote-hosts.png "$lang_args" "${ports[0]}" "${ports[1]}" "${ports[2]}"
  wait "$freezer" "$killer" || true
  cleanup
  ls -1 "$out"/*.png
done
