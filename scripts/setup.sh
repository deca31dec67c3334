#!/usr/bin/env bash
# Installs every Debian package a fresh Debian 12 machine needs to build, test and run Virtuoso.
# Idempotent: when everything is present it only checks and returns in well under a second.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev libqt6sql6-sqlite
  qt6-qpa-plugins libgl-dev
  libsimdjson-dev libssl-dev libgtest-dev libgmock-dev libbenchmark-dev libsystemd-dev libsqlite3-dev zlib1g-dev
  xvfb xauth imagemagick fonts-wqy-microhei
  prometheus
  systemd dpkg-dev file fakeroot
  desktop-file-utils appstream
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# Node.js/npm (for the third-party client tests) may come from another source; only add
# Debian's when no npm is on the PATH at all.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

# The metrics test validates /metrics with promtool (Debian package prometheus).
check_tools() {
  command -v promtool >/dev/null 2>&1 || echo "setup: promtool not found after installing 'prometheus'" >&2
}

# ccxt (pinned in tests/thirdparty/ccxt) for the third-party client test, installed into the build tree
# ($BUILD_DIR, default build). Skipped when the installed tree already matches the lock file; a failure
# (e.g. npm registry unreachable) is reported and the test then reports itself as skipped.
install_thirdparty_clients() {
  command -v npm >/dev/null 2>&1 || { echo "setup: npm not found; the ccxt client test will be skipped" >&2; return 0; }
  local root src dest
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  src="$root/tests/thirdparty/ccxt"
  case "${BUILD_DIR:-build}" in /*) dest="${BUILD_DIR}" ;; *) dest="$root/${BUILD_DIR:-build}" ;; esac
  dest="$dest/thirdparty/ccxt"
  if cmp -s "$src/package-lock.json" "$dest/node_modules/.virtuoso-installed-lock" 2>/dev/null; then
    return 0
  fi
  mkdir -p "$dest" && cp "$src/package.json" "$src/package-lock.json" "$dest/" || return 0
  if (cd "$dest" && npm ci --no-audit --no-fund --loglevel=error --fetch-retries=1 --fetch-timeout=30000 >/dev/null 2>"$dest/npm-ci.log"); then
    cp "$src/package-lock.json" "$dest/node_modules/.virtuoso-installed-lock"
    echo "setup: ccxt installed in $dest" >&2
  else
    echo "setup: could not install ccxt into $dest (npm ci failed, see $dest/npm-ci.log); the ccxt client test will be skipped" >&2
  fi
  return 0
}

if [ ${#missing[@]} -eq 0 ]; then
  check_tools
  install_thirdparty_clients
  exit 0
fi

echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done" >&2
check_tools
install_thirdparty_clients
