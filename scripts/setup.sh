#!/usr/bin/env bash
# Installs every Debian package a fresh Debian 12 machine needs to build, test and run Virtuoso.
# Idempotent: when everything is present it only checks and returns in well under a second.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-charts-dev qt6-httpserver-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev libqt6sql6-sqlite
  qt6-qpa-plugins libgl-dev
  libsimdjson-dev libssl-dev libgtest-dev libgmock-dev libbenchmark-dev libsystemd-dev libsqlite3-dev
  xvfb xauth imagemagick
  prometheus
  systemd dpkg-dev file fakeroot
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

if [ ${#missing[@]} -eq 0 ]; then
  check_tools
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
