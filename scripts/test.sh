#!/usr/bin/env bash
# Fresh machine → whole test suite: installs what is missing, builds everything (tests and
# benchmarks included) and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
BUILD_DIR=${BUILD_DIR:-build}
# Tests get their own throwaway home so nothing from the user's environment leaks in.
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "${JOBS:-$(nproc)}" "$@"
