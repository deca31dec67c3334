#!/usr/bin/env bash
# Builds the .deb from the build tree with CPack (what `cmake --build build --target package`
# runs after building), unpacks it with dpkg -x into a throwaway root, checks the payload and the
# shlibdeps dependencies, runs the packaged `virtuoso --version`, and verifies the systemd unit
# with systemd-analyze (a copy whose ExecStart points at the unpacked binary).
#   test_deb_package.sh BUILD_DIR SOURCE_DIR BUILT_BINARY
# Exit 0: passed; 1: failed; 77: skipped because a tool is missing (said on stderr).
set -uo pipefail

build=$1
src=$2
built=$3
fail=0
check() { # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then
    echo "ok: $what"
  else
    echo "FAILED: $what" >&2
    fail=1
  fi
}
skip() {
  echo "SKIPPED: $*" >&2
  exit 77
}

for tool in cpack dpkg-deb dpkg-shlibdeps fakeroot; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/setup.sh installs it)"
done
[[ -f "$build/CPackConfig.cmake" ]] || { echo "FAILED: no CPackConfig.cmake in $build" >&2; exit 1; }
[[ -x "$built" ]] || { echo "FAILED: $built is not built" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. The package.
if ! cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  echo "FAILED: cpack" >&2
  exit 1
fi
deb=$(find "$work/out" -maxdepth 1 -name 'virtuoso_*.deb' | head -1)
[[ -n "$deb" ]] || { cat "$work/cpack.log" >&2; echo "FAILED: cpack made no virtuoso_*.deb" >&2; exit 1; }
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# 2. Its control data: dependencies come from dpkg-shlibdeps plus the plugins the binary loads
# (named in installer/CMakeLists.txt), maintainer scripts are there.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
check "Depends names the Qt core library (from shlibdeps)" grep -q 'libqt6core6' <<<"$depends"
check "Depends names libc (from shlibdeps)" grep -q 'libc6' <<<"$depends"
check "Depends names the SQLite plugin of Qt (a plugin, invisible to shlibdeps)" grep -qE '(^|, )libqt6sql6-sqlite( |,|$)' <<<"$depends"
check "package name is virtuoso" test "$(dpkg-deb -f "$deb" Package)" = virtuoso
mkdir -p "$work/control"
dpkg-deb -e "$deb" "$work/control"
check "postinst is in the package" test -x "$work/control/postinst"
check "prerm is in the package" test -x "$work/control/prerm"

# 3. The payload, unpacked into a throwaway root.
root="$work/root"
dpkg -x "$deb" "$root"
for path in usr/bin/virtuoso \
  usr/lib/systemd/system/virtuoso.service \
  usr/lib/sysusers.d/virtuoso.conf \
  usr/share/doc/virtuoso/virtuoso.example.conf \
  usr/share/applications/virtuoso.desktop \
  usr/share/icons/hicolor/scalable/apps/virtuoso.svg \
  usr/share/metainfo/invalid.virtuoso.Workstation.metainfo.xml \
  usr/share/virtuoso/translations/virtuoso_de.qm \
  usr/share/virtuoso/translations/virtuoso_zh_CN.qm; do
  check "payload has /$path" test -s "$root/$path"
done
check "the packaged binary is executable" test -x "$root/usr/bin/virtuoso"
check "the unit in the package is the one in the source tree" cmp -s "$root/usr/lib/systemd/system/virtuoso.service" \
  "$src/installer/virtuoso.service"

# 4. The packaged binary runs and says which version it is.
version=$("$root/usr/bin/virtuoso" --version 2>&1)
rc=$?
echo "virtuoso --version: $version"
check "virtuoso --version exits 0" test "$rc" -eq 0
expected=$(dpkg-deb -f "$deb" Version)
check "virtuoso --version prints the package version $expected" grep -qF "$expected" <<<"$version"

# 5. The unit passes systemd-analyze verify. ExecStart must name an existing executable, so a
# copy points at the unpacked binary; everything else is verified as shipped.
if command -v systemd-analyze >/dev/null; then
  unitdir="$work/units"
  mkdir -p "$unitdir"
  sed "s|^ExecStart=/usr/bin/virtuoso |ExecStart=$root/usr/bin/virtuoso |" \
    "$root/usr/lib/systemd/system/virtuoso.service" >"$unitdir/virtuoso.service"
  check "the copy's ExecStart points at the unpacked binary" grep -q "^ExecStart=$root/usr/bin/virtuoso " \
    "$unitdir/virtuoso.service"
  verify=$(cd "$unitdir" && SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no ./virtuoso.service 2>&1)
  rc=$?
  [[ -n "$verify" ]] && echo "$verify"
  check "systemd-analyze verify exits 0" test "$rc" -eq 0
  check "systemd-analyze verify says nothing about virtuoso.service" \
    bash -c '! grep -q "virtuoso.service" <<<"$1"' _ "$verify"
  for key in Type=notify WatchdogSec= Restart=on-failure User=virtuoso NoNewPrivileges=yes ProtectSystem=strict \
    ProtectHome=yes PrivateTmp=yes MemoryMax= StateDirectory=virtuoso ConfigurationDirectory=virtuoso \
    ExecReload=; do
    check "unit sets $key" grep -q "^$key" "$unitdir/virtuoso.service"
  done
else
  echo "SKIPPED: systemd-analyze is not installed; the unit was not verified" >&2
  [[ $fail -eq 0 ]] && exit 77
fi

if [[ $fail -ne 0 ]]; then
  echo "installer test: FAILED" >&2
  exit 1
fi
echo "installer test: passed"
