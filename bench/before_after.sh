#!/usr/bin/env bash
# Runs the shipped-path benchmarks on two build trees of the same machine, alternating A and B so
# that a change of load affects both alike, and prints the figures BENCHMARKS.md compares: decode +
# apply (CPU ns per message), the connector end to end (messages/s, handler p99, CPU), the API under
# load (request p99, daemon CPU) and the views (apply a snapshot, sustained 10 Hz).
#   bench/before_after.sh BUILD_A BUILD_B [ROUNDS]
# Each tree needs the targets bench_decode, bench_feed_load, api_load, bench_views, virtuoso.
set -uo pipefail
a=${1:?build tree A}
b=${2:?build tree B}
rounds=${3:-2}
export QT_QPA_PLATFORM=offscreen

decode() {
  "$1/bench/exchange/bench_decode" --benchmark_filter=BM_DecodeAndApplyOrderBookDelta --benchmark_min_time=2 \
    --benchmark_repetitions=3 --benchmark_report_aggregates_only=true 2>/dev/null |
    awk '/_median/ {print "decode+apply median CPU ns/message:", $4}'
}
feed() {
  "$1/bench/exchange/bench_feed_load" --symbols 200 --steps 50 --seconds 20 --warmup 30 2>/dev/null |
    grep -E "messages handled|recent window|threads CPU"
}
apiload() {
  "$1/bench/api/api_load" --spawn --seconds 30 --warmup 20 2>/dev/null | grep -E "^latency us|daemon CPU"
}
views() {
  "$1/bench/ui/bench_views" --benchmark_min_time=2 --benchmark_filter='Apply|Sustained' 2>/dev/null |
    grep -E "^BM_" | awk '{$1=$1; print}'
}

for ((r = 1; r <= rounds; r++)); do
  for tree in "$a" "$b"; do
    echo "== round $r, $tree ($(date -u +%H:%M), load $(cut -d' ' -f1 /proc/loadavg))"
    decode "$tree"
    feed "$tree"
    apiload "$tree"
    views "$tree"
  done
done
