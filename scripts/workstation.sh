#!/usr/bin/env bash
# Fresh machine → running workstation: installs what is missing, builds, and starts the desktop
# app on the embedded simulator. Arguments are passed to virtuoso (e.g. --lang de).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh --target virtuoso
exec build/bin/virtuoso "$@"
