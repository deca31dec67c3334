#!/usr/bin/env bash
# Two or more `virtuoso` builds on the same log file, runs interleaved so every build sees the same
# load: CPU seconds (user + sys) and wall seconds of each run, sorted, per build.
#
#   bench/logs/ab_logs.sh FILE RUNS BINARY... [-- ANALYZE_OPTIONS...]
#
# e.g. bench/logs/ab_logs.sh /tmp/plain-128.log 7 /tmp/virtuoso-before build/bin/virtuoso -- --threads 1
# Each run is `BINARY logs analyze FILE --report json --out /dev/null ANALYZE_OPTIONS`. On a shared
# machine compare the lowest CPU figures; the wall time depends on what else runs.
set -euo pipefail
[ $# -ge 3 ] || { sed -n 2,10p "$0" >&2; exit 2; }
file=$1
runs=$2
shift 2
bins=()
extra=()
while [ $# -gt 0 ]; do
    if [ "$1" = "--" ]; then
        shift
        extra=("$@")
        break
    fi
    bins+=("$1")
    shift
done
times=$(mktemp)
trap 'rm -f "$times"' EXIT
declare -A cpu wall
for _ in $(seq "$runs"); do
    for b in "${bins[@]}"; do
        /usr/bin/time -f "%e %U %S" -o "$times" "$b" logs analyze "$file" --report json --out /dev/null \
            "${extra[@]}" > /dev/null 2>&1 || true
        read -r w u s < <(tail -1 "$times")
        cpu[$b]+="$(echo "$u + $s" | bc) "
        wall[$b]+="$w "
    done
done
sorted() { tr ' ' '\n' | grep . | sort -n | tr '\n' ' '; }
for b in "${bins[@]}"; do
    echo "$b: CPU-s $(echo "${cpu[$b]}" | sorted)| wall s $(echo "${wall[$b]}" | sorted)"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
