#!/usr/bin/env bash
# Configures (once) and builds the project into build/. Extra arguments go to cmake --build.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}

# Let ccache share results between checkouts in different folders (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR=1

configure_args=(-S . -B "$BUILD_DIR" -G Ninja)
# CI treats warnings as errors.
if [ "${CI:-}" = "true" ]; then configure_args+=(-DVIRTUOSO_WERROR=ON); fi
if [ ! -f "$BUILD_DIR/build.ninja" ] || [ "${CI:-}" = "true" ]; then
  cmake "${configure_args[@]}" >/dev/null
fi
cmake --build "$BUILD_DIR" -j "$JOBS" "$@"
