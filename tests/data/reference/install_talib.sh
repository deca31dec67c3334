#!/usr/bin/env bash
# Installs the npm package `talib` (pinned in package.json) into ./node_modules.
# Its tarball ships prebuilt macOS archives of TA-Lib that a Linux linker rejects, so a plain
# `npm install` fails; this builds the bundled TA-Lib C sources for this machine first.
set -euo pipefail
cd "$(dirname "$0")"
version=$(node -p "require('./package.json').dependencies.talib")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "talib@$version" >/dev/null && tar xzf "talib-$version.tgz")
pkg="$work/package"
rm -f "$pkg"/src/lib/lib/*.a
find "$pkg/src/lib/temp" -name '*.o' -delete
make -C "$pkg/src/lib/make/csr/linux/g++" >/dev/null
(cd "$pkg" && npm install --ignore-scripts --no-audit --no-fund >/dev/null)
rm -rf "$pkg/build"
nodedir=$(dirname "$(dirname "$(command -v node)")")
gyp="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")/node_modules/node-gyp/bin/node-gyp.js"
(cd "$pkg" && node "$gyp" configure --nodedir="$nodedir" >/dev/null && node "$gyp" build --nodedir="$nodedir" >/dev/null)
mkdir -p node_modules
rm -rf node_modules/talib
cp -r "$pkg" node_modules/talib
echo "talib $version installed in $(pwd)/node_modules/talib"
