#!/usr/bin/env bash
# Times `virtuoso backtest` on one core: a day of 1m candles for 300 symbols (432,000 candles) and a
# one-hour simulator recording of 50 symbols replayed through the decoder, market state and engine.
#   bench/bench_backtest.sh [BUILD_DIR] [WORK_DIR]
# The build needs the targets virtuoso and bench_backtest. The inputs are made deterministically by
# build/bench/bench_backtest and kept in WORK_DIR (default: a temporary folder, removed afterwards).
set -euo pipefail
build=${1:-build}
work=${2:-}
if [[ -z "$work" ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
virtuoso="$build/bin/virtuoso"
export QT_QPA_PLATFORM=offscreen

if [[ ! -d "$work/candles" ]]; then
  "$build/bench/bench_backtest" candles "$work/candles" --symbols 300 --minutes 1440
fi
/usr/bin/time -f "klines: %e s wall, %U s user, %S s system, %M KiB peak RSS" \
  taskset -c 0 "$virtuoso" backtest --klines "$work/candles" --report json --out "$work/klines.json"
/usr/bin/time -f "klines with --sweep (7 trackers): %e s wall, %U s user, %M KiB peak RSS" \
  taskset -c 0 "$virtuoso" backtest --klines "$work/candles" --sweep --report html --out "$work/klines.html"

if [[ ! -d "$work/recording" ]]; then
  "$build/bench/bench_backtest" record "$work/recording" --symbols 50 --minutes 60 --steps 10
fi
du -sh "$work/recording"
start=$(date +%s.%N)
/usr/bin/time -f "replay: %e s wall, %U s user, %S s system, %M KiB peak RSS" \
  taskset -c 0 "$virtuoso" backtest --replay "$work/recording" --plan-timeframe 1 --report json --out "$work/replay.json"
end=$(date +%s.%N)
python3 - "$work/replay.json" "$start" "$end" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
span = (r["to_ms"] - r["from_ms"]) / 1000
wall = float(sys.argv[3]) - float(sys.argv[2])
print(f"replay: {r['messages']} messages, {r['evaluations']} evaluations, {span:.0f} s recorded, "
      f"{r['scorecard']['signals']} signals; {span / wall:.0f}x real time")
PY
