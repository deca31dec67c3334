#!/usr/bin/env bash
# Daemon memory soak (BENCHMARKS.md): starts `virtuoso --daemon` on the embedded simulator with
# N symbols (default 300: the 20 built-in instruments plus generated XnnnUSDT ones, which the
# simulator derives from the name), samples the process's resident memory for the duration and
# checks, at the end, that every symbol has market state and every connection is live.
# SIM=external runs the simulator as its own process (`virtuoso sim`) instead, so the daemon's
# figure is what it uses against an exchange; the simulator's RSS is then shown next to it.
# Exits 1 when the daemon's final RSS reaches the limit or the symbols are not all streaming.
#
#   bench/daemon/daemon_rss.sh [path/to/virtuoso]
#   SIM=embedded|external SYMBOLS=300 DURATION_S=600 INTERVAL_S=30 LIMIT_MB=150 LOG_LEVEL=notice \
#     bench/daemon/daemon_rss.sh build/bin/virtuoso
# LOG_LEVEL=info also shows how much freed memory the daemon returned after its history bootstrap;
# MALLOC_ARENA_MAX, when set, is passed to the daemon (glibc's limit on malloc arenas).
# SUBSCRIBERS=N holds N /api/v1/stream subscribers, and STALLED=N subscribers that never read, for
# the whole run (with bench/api/api_load next to the binary's build tree); they connect once every
# symbol streams, and the rows after that show what they cost.
set -euo pipefail

BIN=${1:-build/bin/virtuoso}
SYMBOLS=${SYMBOLS:-300}
DURATION_S=${DURATION_S:-600}
INTERVAL_S=${INTERVAL_S:-30}
LIMIT_MB=${LIMIT_MB:-150}
SIM=${SIM:-embedded}
SUBSCRIBERS=${SUBSCRIBERS:-0}
STALLED=${STALLED:-0}
LOG_LEVEL=${LOG_LEVEL:-notice}

[[ -x "$BIN" ]] || { echo "daemon_rss: $BIN is not an executable (build the virtuoso target)" >&2; exit 2; }
command -v curl >/dev/null || { echo "daemon_rss: curl is needed to read the API" >&2; exit 2; }

builtin="BTCUSDT ETHUSDT SOLUSDT XRPUSDT DOGEUSDT BNBUSDT ADAUSDT LINKUSDT AVAXUSDT SUIUSDT LTCUSDT DOTUSDT
TRXUSDT TONUSDT NEARUSDT APTUSDT ARBUSDT OPUSDT WIFUSDT"
list=()
for s in $builtin; do (( ${#list[@]} < SYMBOLS )) && list+=("$s"); done
n=1
while (( ${#list[@]} < SYMBOLS )); do list+=("$(printf 'X%03dUSDT' "$n")"); n=$((n + 1)); done
symbols=$(IFS=,; echo "${list[*]}")

work=$(mktemp -d)
log="$work/daemon.log"
cleanup() {
  [[ -n "${pid:-}" ]] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  [[ -n "${simpid:-}" ]] && kill -TERM "$simpid" 2>/dev/null && wait "$simpid" 2>/dev/null || true
  [[ -n "${loadpid:-}" ]] && kill -TERM "$loadpid" 2>/dev/null && wait "$loadpid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

source_args=(--set exchange.source=sim)
if [[ "$SIM" == external ]]; then
  "$BIN" sim --port 0 --symbols "$symbols" >"$work/sim.log" 2>&1 &
  simpid=$!
  simport=
  for _ in $(seq 1 150); do
    simport=$(grep -oE 'listening on 127\.0\.0\.1:[0-9]+' "$work/sim.log" | head -1 | sed 's/.*://' || true)
    [[ -n "$simport" ]] && break
    sleep 0.2
  done
  [[ -n "$simport" ]] || { echo "daemon_rss: the simulator did not start:" >&2; cat "$work/sim.log" >&2; exit 1; }
  source_args=(--set "exchange.rest_url=http://127.0.0.1:$simport"
    --set "exchange.ws_public_url=ws://127.0.0.1:$simport/v5/public/linear")
fi

# A throwaway home: nothing of the user's configuration or state is read or written.
env -i PATH="$PATH" HOME="$work" ${MALLOC_ARENA_MAX:+MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX} XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
  XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache" QT_QPA_PLATFORM=offscreen \
  "$BIN" --daemon "${source_args[@]}" --set "exchange.symbols=$symbols" \
  --set api.listen=127.0.0.1:0 --set api.rate_limit_per_s=10000 \
  --set logging.target=stderr --set "logging.level=$LOG_LEVEL" 2>"$log" &
pid=$!

port=
for _ in $(seq 1 150); do
  port=$(grep -oE 'listening on http://127\.0\.0\.1:[0-9]+' "$log" | head -1 | sed 's/.*://' || true)
  [[ -n "$port" ]] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
if [[ -z "$port" ]]; then
  echo "daemon_rss: the daemon did not report its API port:" >&2
  cat "$log" >&2
  exit 1
fi

cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); split($0, f, " "); printf "%.1f", (f[12] + f[13]) / hz }' "/proc/$pid/stat" 2>/dev/null || echo 0; }
rss_mb() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/${1:-$pid}/status" 2>/dev/null || echo "-"; }
status_line() {
  curl -s "http://127.0.0.1:$port/api/v1/status" | python3 -c '
import json, sys
s = json.load(sys.stdin)
m, c = s.get("markets", {}), s.get("connections", {})
print(m.get("total", 0), m.get("valid_books", 0), c.get("live", 0), c.get("total", 0))' 2>/dev/null || echo "0 0 0 0"
}

echo "daemon_rss: pid $pid, API port $port, $SYMBOLS symbols, $SIM simulator, ${DURATION_S} s, sample every ${INTERVAL_S} s"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%8s %10s %9s %11s %13s %11s\n' "t_s" "rss_mb" "markets" "valid_books" "conns_live" "sim_rss_mb"
start=$(date +%s)
peak=0
while :; do
  now=$(( $(date +%s) - start ))
  kill -0 "$pid" 2>/dev/null || { echo "daemon_rss: the daemon exited" >&2; cat "$log" >&2; exit 1; }
  rss=$(rss_mb)
  read -r markets valid live total < <(status_line)
  simrss="(inside)"
  [[ -n "${simpid:-}" ]] && simrss=$(rss_mb "$simpid")
  printf '%8d %10s %9s %11s %13s %11s\n' "$now" "$rss" "$markets" "$valid" "$live/$total" "$simrss"
  peak=$(awk -v a="$peak" -v b="$rss" 'BEGIN { print (b > a ? b : a) }')
  if [[ -z "${loadpid:-}" ]] && (( SUBSCRIBERS + STALLED > 0 )) && (( markets == SYMBOLS && live == total && total > 0 )); then
    loader="$(dirname "$BIN")/../bench/api/api_load"
    [[ -x "$loader" ]] || { echo "daemon_rss: $loader is needed for subscribers (build the api_load target)" >&2; exit 2; }
    "$loader" --port "$port" --clients 0 --subscribers "$SUBSCRIBERS" --stalled "$STALLED" --warmup 0 \
      --seconds "$(( DURATION_S - now + 5 ))" >"$work/load.log" 2>&1 &
    loadpid=$!
    echo "t=${now}s: $SUBSCRIBERS subscribers and $STALLED that never read connected"
    load_cpu0=$(cpu_s); load_t0=$now
  fi
  (( now >= DURATION_S )) && break
  sleep "$(( INTERVAL_S < DURATION_S - now ? INTERVAL_S : DURATION_S - now ))"
done

final=$(rss_mb)
read -r markets valid live total < <(status_line)
if [[ -n "${loadpid:-}" ]]; then
  subs=$(curl -s "http://127.0.0.1:$port/api/v1/status" | python3 -c 'import json,sys; print(json.load(sys.stdin)["stream"]["subscribers"])' 2>/dev/null || echo "?")
  echo "stream subscribers open at the end: $subs"
  awk -v c0="$load_cpu0" -v c1="$(cpu_s)" -v t0="$load_t0" -v t1="$(( $(date +%s) - start ))" \
    'BEGIN { printf "daemon CPU with the subscribers: %.1f s in %d s (%.0f %% of one core)\n", c1 - c0, t1 - t0, 100 * (c1 - c0) / (t1 - t0) }'
  grep -E '^stream:' "$work/load.log" || true
  curl -s "http://127.0.0.1:$port/metrics" | grep -E '^virtuoso_api_stream_subscribers|^process_cpu_seconds_total' || true
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -h 'MEMORY_RELEASED' "$log" || true
echo "result: final RSS ${final} MB, peak ${peak} MB (limit ${LIMIT_MB} MB); ${markets}/${SYMBOLS} symbols with market state, ${valid} valid books, ${live}/${total} connections live"
ok=1
awk -v r="$final" -v l="$LIMIT_MB" 'BEGIN { exit !(r < l) }' || { echo "daemon_rss: RSS at or above the limit" >&2; ok=0; }
(( markets == SYMBOLS && live == total && total > 0 )) || { echo "daemon_rss: not every symbol is streaming" >&2; ok=0; }
(( ok )) && exit 0 || exit 1
