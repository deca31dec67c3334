#!/usr/bin/env bash
# Runs the libFuzzer targets of fuzz/ (docs/testing.md, "Fuzzing").
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]
#
# TARGET is a name such as public_messages or fuzz_public_messages (default: all, one after the
# other); SECONDS is each run's length (default 300; the acceptance runs use 1800). Builds the clang
# fuzz build in build-fuzz/ first (configured on the first run). Each run is one libFuzzer job in
# this process; it grows its own corpus in fuzz-runs/corpus/TARGET from the seeds in
# fuzz/corpus/TARGET, writes its full output to fuzz-runs/logs/TARGET-DATE.log, crash/leak/timeout
# inputs to fuzz-runs/artifacts/TARGET/, and appends one line to fuzz-runs/runs.log:
#   date target seconds exit-code executions cov ft corpus-size findings
#
# Environment: BUILD_DIR (build-fuzz), RUNS_DIR (fuzz-runs), JOBS (build jobs, 2),
# FUZZ_ARGS (extra libFuzzer flags), MAX_LEN (overrides the per-target input limit), BACKGROUND=1
# (run at the lowest priority beside other work: `nice` alone is not enough where the kernel groups
# each session's processes and shares the CPU between the groups, so the session's group is lowered
# too).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BACKGROUND:-0}" = 1 ]; then
    renice -n 19 $$ >/dev/null
    echo 19 >/proc/self/autogroup 2>/dev/null || true
fi

TARGET=${1:-all}
SECONDS_PER_RUN=${2:-300}
BUILD_DIR=${BUILD_DIR:-build-fuzz}
RUNS_DIR=${RUNS_DIR:-fuzz-runs}
JOBS=${JOBS:-2}

# target → largest input (bytes), suited to the format: frames are small, recordings and HTTP
# pipelines longer.
declare -A MAX_LENS=(
    [log_readers]=65536
    [public_messages]=16384
    [websocket_frames]=8192
    [private_stream]=16384
    [rest_responses]=16384
    [http_requests]=8192
    [remote_state]=32768
    [config]=8192
    [candles_recordings]=16384
    [alert_answers]=1024
    [template_miner]=16384
    [paper_account]=16384
)
# Targets whose inputs are mostly JSON get fuzz/json.dict (edge numbers and tokens).
declare -A JSON_TARGETS=([public_messages]=1 [private_stream]=1 [rest_responses]=1 [remote_state]=1
                         [candles_recordings]=1 [alert_answers]=1 [paper_account]=1)
ALL=(public_messages websocket_frames private_stream rest_responses http_requests remote_state config paper_account
     candles_recordings alert_answers log_readers template_miner)

if [ "$TARGET" = all ]; then
    targets=("${ALL[@]}")
else
    TARGET=${TARGET#fuzz_}
    if [ -z "${MAX_LENS[$TARGET]:-}" ]; then
        echo "unknown target '$TARGET'; one of: ${ALL[*]}" >&2
        exit 2
    fi
    targets=("$TARGET")
fi

export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR=1
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    # -O1 with assertions on (no NDEBUG): what the sanitizers and libFuzzer want.
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DVIRTUOSO_FUZZ=ON \
        -DVIRTUOSO_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g -fno-omit-frame-pointer" >/dev/null
fi
cmake --build "$BUILD_DIR" -j "$JOBS" --target "${targets[@]/#/fuzz_}"

mkdir -p "$RUNS_DIR/logs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
for t in "${targets[@]}"; do
    corpus="$RUNS_DIR/corpus/$t"
    artifacts="$RUNS_DIR/artifacts/$t/"
    mkdir -p "$corpus" "$artifacts"
    stamp=$(date -u +%Y-%m-%dT%H:%M:%SZ)
    log="$RUNS_DIR/logs/$t-$stamp.log"
    dict=()
    if [ -n "${JSON_TARGETS[$t]:-}" ]; then dict=(-dict=fuzz/json.dict); fi
    echo "fuzz_$t: ${SECONDS_PER_RUN}s, log $log"
    set +e
    # shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
    "$BUILD_DIR/fuzz/fuzz_$t" -max_total_time="$SECONDS_PER_RUN" -max_len="${MAX_LEN:-${MAX_LENS[$t]}}" \
        -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$artifacts" "${dict[@]}" ${FUZZ_ARGS:-} "$corpus" "fuzz/corpus/$t" >"$log" 2>&1
    rc=$?
    set -e
    # libFuzzer's last status line: "#N DONE cov: C ft: F corp: K/..." (or the last pulse).
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -1)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
    corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$last")
    findings=$(grep -c 'Test unit written to' "$log" || true)
    line="$stamp fuzz_$t ${SECONDS_PER_RUN}s rc=$rc execs=${execs:-?} cov=${cov:-?} ft=${ft:-?} corpus=${corp:-?} findings=$findings"
    echo "$line" | tee -a "$RUNS_DIR/runs.log"
done
