#!/usr/bin/env bash
# Configures (once) and builds the project into build/. Extra arguments go to cmake --build.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}

configure_args=(-S . -B "$BUILD_DIR" -G Ninja)
# CI treats warnings as errors.
if [ "${CI:-}" = "true" ]; then configure_args+=(-DVIRTUOSO_WERROR=ON); fi
if [ ! -f "$BUILD_DIR/build.ninja" ] || [ "${CI:-}" = "true" ]; then
  cmake "${configure_args[@]}" >/dev/null
fi
cmake --build "$BUILD_DIR" -j "$JOBS" "$@"
