#!/usr/bin/env bash
# Builds the project with sanitizers and runs the tests under them (docs/testing.md, "Sanitizers").
#
#   scripts/sanitize.sh asan|tsan [CTEST_ARGS...]
#
# asan: AddressSanitizer + LeakSanitizer + UndefinedBehaviorSanitizer in build-asan/, the whole
#       ctest suite.
# tsan: ThreadSanitizer in build-tsan/, the suites that run threads (TSAN_LABELS below).
# Extra arguments go to ctest (e.g. -L store to run one suite). Each build is configured on its
# first run with -DVIRTUOSO_SANITIZE (cmake/CompilerSettings.cmake), with assertions on.
#
# Every finding fails its test: each sanitizer halts the process on its first report. The reports
# (also those of the virtuoso/virtuosod processes the tests start) are written to
# sanitize-runs/MODE-DATE.reports/, one file per process, and listed at the end; ctest's output is in
# sanitize-runs/MODE-DATE.log. One line per run is appended to sanitize-runs/runs.log:
#   date mode commit build-seconds test-seconds tests passed failed reports
#
# Environment: BUILD_DIR (build-asan / build-tsan), JOBS (build and test jobs, 2), TSAN_LABELS (the
# labels tsan runs, a ctest -L regex; default the threaded suites below), BUILD_TARGETS
# (build only these targets, e.g. "test_history_store virtuosod", with a matching ctest -R; default
# everything), RUNS_DIR (sanitize-runs).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

MODE=${1:-}
shift || true
JOBS=${JOBS:-2}
RUNS_DIR=${RUNS_DIR:-sanitize-runs}
# No colons: the sanitizers split their options at them.
stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
reports="$ROOT/$RUNS_DIR/$MODE-$stamp.reports"

# The threaded suites, by label (each test is labelled with its folder under tests/): the exchange
# connector (network thread, hand-over to the engine thread), integration (the whole CoreRuntime with
# its worker threads against the simulator), the monitoring API (server and client threads), the
# store (writer and query threads), trading (the trading thread, venues), alerts (the dispatcher
# thread) and outcomes (the outcome writer thread).
TSAN_LABELS=${TSAN_LABELS:-'^(exchange|integration|api|store|trading|alerts|outcomes)$'}

case "$MODE" in
    asan)
        BUILD_DIR=${BUILD_DIR:-build-asan}
        SANITIZE='address;undefined'
        # -O0: AddressSanitizer checks every access at any level, and -O0 compiles in about two
        # thirds of -O1's time (the whole project is ~700 instrumented objects).
        OPT=-O0
        # halt_on_error: the first report ends the process and fails the test.
        # detect_stack_use_after_return: also catch references to a dead stack frame.
        export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:print_stacktrace=1:log_path=$reports/asan}
        export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan}
        export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/scripts/sanitizers/lsan.supp:print_suppressions=0}
        ;;
    tsan)
        BUILD_DIR=${BUILD_DIR:-build-tsan}
        SANITIZE='thread'
        # ThreadSanitizer at -O0 runs the threads too slowly to meet the tests' timeouts.
        OPT=-O1
        # ignore_noninstrumented_modules: Qt, GLib and the other system libraries are not built with
        # ThreadSanitizer, and the memory they touch through the runtime's interceptors (malloc, free,
        # memcpy, descriptors) is handed between threads by synchronisation inside them that it
        # cannot see (futex-based QMutex and QSemaphore, atomics). Their accesses are left out; every
        # access of our code is still checked, and the locks and descriptors they use still order.
        # die_after_fork=0: a test that starts a program with QProcess was itself stopped at its next
        # thread start ("starting new threads after multi-threaded fork", 2 runs of 4); the child
        # only execs the program.
        export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1:history_size=4:ignore_noninstrumented_modules=1:die_after_fork=0:suppressions=$ROOT/scripts/sanitizers/tsan.supp:print_suppressions=0:log_path=$reports/tsan}
        ;;
    *)
        echo "usage: scripts/sanitize.sh asan|tsan [CTEST_ARGS...]" >&2
        exit 2
        ;;
esac

export CCACHE_BASEDIR="$ROOT"
export CCACHE_NOHASHDIR=1
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
    # -g1: line tables for the reports' stack traces, at a fraction of -g's compile and link time;
    # lld links the ~130 instrumented programs several times faster than ld.bfd.
    linker=()
    if command -v ld.lld >/dev/null; then linker=(-DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld); fi
    cmake -S . -B "$BUILD_DIR" -G Ninja -DVIRTUOSO_SANITIZE="$SANITIZE" \
        -DVIRTUOSO_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$OPT -g1" "${linker[@]}" >/dev/null
fi
start=$(date +%s)
# shellcheck disable=SC2086 # BUILD_TARGETS is a list of target names
cmake --build "$BUILD_DIR" -j "$JOBS" ${BUILD_TARGETS:+--target $BUILD_TARGETS}
built=$(date +%s)

mkdir -p "$reports"
log="$RUNS_DIR/$MODE-$stamp.log"
selection=()
if [ "$MODE" = tsan ]; then selection=(-L "$TSAN_LABELS"); fi
echo "$MODE: build $((built - start)) s; ctest ${selection[*]} $*; log $log"
set +e
(cd "$BUILD_DIR" && QT_QPA_PLATFORM=offscreen ctest -j "$JOBS" --output-on-failure "${selection[@]}" "$@") \
    >"$log" 2>&1
rc=$?
set -e
end=$(date +%s)
total=$(sed -nE 's/.*tests failed out of ([0-9]+).*/\1/p' "$log")
failed=$(sed -nE 's/.*, ([0-9]+) tests failed out of.*/\1/p' "$log")
found=$(find "$reports" -type f | wc -l)
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo +)
sed -n '/tests passed/,$p' "$log"
if [ "$found" -gt 0 ]; then
    echo "sanitizer reports:"
    for f in "$reports"/*; do
        echo "== $f"
        grep -m1 -E 'ERROR: |WARNING: ThreadSanitizer|runtime error' "$f" || head -3 "$f"
    done
fi
line="$stamp $MODE $commit build=$((built - start))s tests=$((end - built))s run=${total:-?} passed=$(( ${total:-0} - ${failed:-0} )) failed=${failed:-?} reports=$found"
echo "$line" | tee -a "$RUNS_DIR/runs.log"
if [ "$found" -gt 0 ]; then exit 1; fi
exit $rc
