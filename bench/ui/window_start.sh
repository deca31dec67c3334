#!/usr/bin/env bash
# How long the workstation takes from process start to its main window shown, as the program itself
# reports it (MAIN_WINDOW_SHOWN "shown after N ms"), over N fresh starts on the offscreen platform
# with a scratch HOME; the core on the embedded simulator, as the first run of a user.
#   bench/ui/window_start.sh [BUILD_DIR] [RUNS]
# Prints each run and min / median / max. Budget: 1,500 ms on the reference machine.
set -euo pipefail
build=${1:-build}
runs=${2:-10}
binary="$build/bin/virtuoso"
[ -x "$binary" ] || { echo "no $binary" >&2; exit 2; }
times=()
for i in $(seq 1 "$runs"); do
  home=$(mktemp -d)
  log="$home/stderr"
  HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" XDG_RUNTIME_DIR="$home" \
    QT_QPA_PLATFORM=offscreen "$binary" 2>"$log" &
  pid=$!
  # Wait for the event, not for a time: the line that says the window is shown (or the process ending).
  until grep -q "MAIN_WINDOW_SHOWN" "$log" 2>/dev/null || ! kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" || true
  ms=$(sed -n 's/.*MAIN_WINDOW_SHOWN.*shown after \([0-9]*\) ms.*/\1/p' "$log" | head -1)
  rm -rf "$home"
  [ -n "$ms" ] || { echo "run $i: the window was never shown" >&2; exit 1; }
  echo "run $i: $ms ms"
  times+=("$ms")
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "min %d ms, median %d ms, max %d ms over %d starts\n", a[1], a[int((NR+1)/2)], a[NR], NR}'
