#!/usr/bin/env bash
# Log analyzer throughput on generated input, journal JSON and plain text, against grep -c.
#
#   bench/logs/bench_logs.sh [BUILD_DIR] [SIZE_MB] [WORK_DIR] [RUNS] [BASELINE]
#
# Generates (once, kept in WORK_DIR) a journalctl -o json file and a plain text file of SIZE_MB
# (default 2048; make_logs.py describes both), then RUNS times (default 3) for each:
# `virtuoso logs analyze FILE --report json` and `grep -c ERROR FILE`, both under /usr/bin/time
# (wall, user+sys CPU seconds, peak RSS), with the load average before each run. Inputs are read
# once before timing so both tools start from the page cache. On a shared machine the wall time
# depends on what else runs; CPU seconds say what a run cost. BASELINE, a second `virtuoso` binary
# (an earlier build), runs interleaved with this one, so both see the same load.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
size_mb="${2:-2048}"
work="${3:-${TMPDIR:-/tmp}/virtuoso-bench-logs}"
runs="${4:-3}"
baseline="${5:-}"
bin="$build/bin/virtuoso"
[ -x "$bin" ] || { echo "bench_logs: $bin not built" >&2; exit 2; }
[ -z "$baseline" ] || [ -x "$baseline" ] || { echo "bench_logs: $baseline is no program" >&2; exit 2; }
mkdir -p "$work"

# "wall user sys maxrss_kb" of a command, its output kept in a file: GNU grep stops at the first
# match when its output is /dev/null, which would time a count it never made.
timed() {
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2>&1 || true
    tail -1 "$work/time.txt"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
for fmt in journal-json plain; do
    file="$work/input-v2-$fmt-$size_mb.log"
    if [ ! -s "$file" ]; then
        python3 "$here/make_logs.py" "$fmt" "$size_mb" "$file"
    fi
    cat "$file" > /dev/null # warm the page cache for both tools alike
    mb=$(echo "$(stat -L -c %s "$file") / 1048576" | bc -l)
    for run in $(seq "$runs"); do
        for which in $baseline "$bin"; do
            label=$([ "$which" = "$bin" ] && echo "" || echo " baseline")
            load=$(cut -d' ' -f1 /proc/loadavg)
            read -r secs user sys rss_kb < <(timed "$which" logs analyze "$file" --report json --out "$work/report-$fmt.json")
            read -r gsecs guser gsys _ < <(timed grep -c ERROR "$file")
            cpu=$(echo "$user + $sys" | bc -l)
            gcpu=$(echo "$guser + $gsys" | bc -l)
            printf '%-12s %5.0f MB run %d%s (load %s): analyze %5.2f s = %5.0f MB/s, %5.2f CPU-s = %5.0f MB/CPU-s, RSS %3d MB | grep -c ERROR %5.2f s = %5.0f MB/s, %5.2f CPU-s | analyze/grep speed %4.2f\n' \
                "$fmt" "$mb" "$run" "$label" "$load" "$secs" "$(echo "$mb / $secs" | bc -l)" "$cpu" "$(echo "$mb / $cpu" | bc -l)" \
                "$((rss_kb / 1024))" "$gsecs" "$(echo "$mb / $gsecs" | bc -l)" "$gcpu" "$(echo "$gsecs / $secs" | bc -l)"
        done
    done
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
