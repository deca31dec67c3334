#!/usr/bin/env bash
# Log analyzer throughput on a generated 2 GB input, journal JSON and plain text, against grep -c.
#
#   bench/logs/bench_logs.sh [BUILD_DIR] [SIZE_MB] [WORK_DIR]
#
# Generates (once, kept in WORK_DIR) a journalctl -o json file and a plain text file of SIZE_MB
# (default 2048), then for each: `virtuoso logs analyze FILE --report json` under /usr/bin/time -v
# (elapsed, peak RSS), MB/s, and the time of `grep -c ERROR FILE` on the same file with the ratio.
# Inputs are read once before timing so both tools start from the page cache.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
size_mb="${2:-2048}"
work="${3:-${TMPDIR:-/tmp}/virtuoso-bench-logs}"
bin="$build/bin/virtuoso"
[ -x "$bin" ] || { echo "bench_logs: $bin not built" >&2; exit 2; }
mkdir -p "$work"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
for fmt in journal-json plain; do
    file="$work/input-$fmt-$size_mb.log"
    if [ ! -s "$file" ]; then
        python3 "$here/make_logs.py" "$fmt" "$size_mb" "$file"
    fi
    cat "$file" > /dev/null # warm the page cache for both tools alike
    bytes=$(stat -c %s "$file")
    tv="$work/time-$fmt.txt"
    /usr/bin/time -v "$bin" logs analyze "$file" --report json --out "$work/report-$fmt.json" 2> "$tv"
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tv")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
    cpu=$(awk -F': ' '/Percent of CPU/ {print $2}' "$tv")
    cpusecs=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$tv")
    gstart=$(date +%s.%N)
    errors=$(grep -c ERROR "$file" || true)
    gend=$(date +%s.%N)
    gsecs=$(echo "$gend - $gstart" | bc -l)
    mbs=$(echo "$bytes / 1048576 / $secs" | bc -l)
    # CPU seconds tell what the run cost whatever else the machine was doing.
    percpu=$(echo "$bytes / 1048576 / $cpusecs" | bc -l)
    printf '%-13s %6.0f MB  analyze %6.2f s = %5.0f MB/s (CPU %s = %.2f CPU-s, %4.0f MB per CPU-s, peak RSS %s MB)  grep -c ERROR %5.2f s (%s lines)  analyze/grep %4.1fx\n' \
        "$fmt" "$(echo "$bytes / 1048576" | bc -l)" "$secs" "$mbs" "$cpu" "$cpusecs" "$percpu" "$((rss_kb / 1024))" "$gsecs" "$errors" \
        "$(echo "$secs / $gsecs" | bc -l)"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
