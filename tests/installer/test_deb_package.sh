#!/usr/bin/env bash
# Builds the two .debs from the build tree with CPack (what `cmake --build build --target package`
# runs after building): `virtuoso` (the desktop program) and `virtuoso-daemon` (virtuosod, the unit).
# Unpacks each with dpkg -x into a throwaway root, checks payloads and shlibdeps dependencies (the
# daemon's name no GUI library, and ldd finds none in virtuosod), runs the packaged binaries, runs
# the unpacked virtuosod against the unpacked `virtuosod sim` until its API reports the feed live,
# and verifies the systemd unit with systemd-analyze (a copy whose ExecStart points at the
# unpacked binary).
#   test_deb_package.sh BUILD_DIR SOURCE_DIR BUILT_VIRTUOSO [BUILT_VIRTUOSOD]
# Exit 0: passed; 1: failed; 77: skipped because a tool is missing (said on stderr).
set -uo pipefail

build=$1
src=$2
built=$3
builtd=${4:-}
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
[[ -z "$builtd" || -x "$builtd" ]] || { echo "FAILED: $builtd is not built" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  [[ -n "${daemonpid:-}" ]] && kill "$daemonpid" 2>/dev/null && wait "$daemonpid" 2>/dev/null
  [[ -n "${simpid:-}" ]] && kill "$simpid" 2>/dev/null && wait "$simpid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The package.
if ! cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  echo "FAILED: cpack" >&2
  exit 1
fi
deb=$(find "$work/out" -maxdepth 1 -name 'virtuoso_*.deb' | head -1)
daemondeb=$(find "$work/out" -maxdepth 1 -name 'virtuoso-daemon_*.deb' | head -1)
[[ -n "$deb" ]] || { cat "$work/cpack.log" >&2; echo "FAILED: cpack made no virtuoso_*.deb" >&2; exit 1; }
[[ -n "$daemondeb" ]] || { cat "$work/cpack.log" >&2; echo "FAILED: cpack made no virtuoso-daemon_*.deb" >&2; exit 1; }
echo "packages: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), $(basename "$daemondeb") ($(du -k "$daemondeb" | cut -f1) KiB)"

# 2. Control data: dependencies come from dpkg-shlibdeps plus the plugins the binaries load
# (named in installer/CMakeLists.txt); the daemon package carries the maintainer scripts.
depends=$(dpkg-deb -f "$deb" Depends)
echo "virtuoso Depends: $depends"
check "Depends names the Qt core library (from shlibdeps)" grep -q 'libqt6core6' <<<"$depends"
check "Depends names libc (from shlibdeps)" grep -q 'libc6' <<<"$depends"
check "Depends names the SQLite plugin of Qt (a plugin, invisible to shlibdeps)" grep -qE '(^|, )libqt6sql6-sqlite( |,|$)' <<<"$depends"
check "the desktop package names the widgets library" grep -q 'libqt6widgets6' <<<"$depends"
check "package name is virtuoso" test "$(dpkg-deb -f "$deb" Package)" = virtuoso
daemondepends=$(dpkg-deb -f "$daemondeb" Depends)
echo "virtuoso-daemon Depends: $daemondepends"
check "package name is virtuoso-daemon" test "$(dpkg-deb -f "$daemondeb" Package)" = virtuoso-daemon
check "the daemon package names the Qt core library" grep -q 'libqt6core6' <<<"$daemondepends"
check "the daemon package names the SQLite plugin" grep -qE '(^|, )libqt6sql6-sqlite( |,|$)' <<<"$daemondepends"
for gui in libqt6gui6 libqt6widgets6 libqt6charts6 libqt6opengl6 libgl1 libx11; do
  check "the daemon package does not depend on $gui" bash -c '! grep -q "$1" <<<"$2"' _ "$gui" "$daemondepends"
done
mkdir -p "$work/control"
dpkg-deb -e "$daemondeb" "$work/control"
check "postinst is in the daemon package" test -x "$work/control/postinst"
check "prerm is in the daemon package" test -x "$work/control/prerm"

# 3. The payloads, unpacked into throwaway roots.
root="$work/root"
dpkg -x "$deb" "$root"
for path in usr/bin/virtuoso \
  usr/share/doc/virtuoso/README.md \
  usr/share/applications/virtuoso.desktop \
  usr/share/icons/hicolor/scalable/apps/virtuoso.svg \
  usr/share/metainfo/invalid.virtuoso.Workstation.metainfo.xml \
  usr/share/virtuoso/translations/virtuoso_de.qm \
  usr/share/virtuoso/translations/virtuoso_zh_CN.qm; do
  check "virtuoso payload has /$path" test -s "$root/$path"
done
check "the packaged binary is executable" test -x "$root/usr/bin/virtuoso"
droot="$work/daemonroot"
dpkg -x "$daemondeb" "$droot"
for path in usr/bin/virtuosod \
  usr/lib/systemd/system/virtuoso.service \
  usr/lib/sysusers.d/virtuoso.conf \
  usr/share/doc/virtuoso-daemon/virtuoso.example.conf \
  usr/share/doc/virtuoso-daemon/README.md; do
  check "virtuoso-daemon payload has /$path" test -s "$droot/$path"
done
check "the daemon package carries no desktop file" test ! -e "$droot/usr/share/applications/virtuoso.desktop"
check "the daemon package carries no workstation binary" test ! -e "$droot/usr/bin/virtuoso"
check "the unit in the package is the one in the source tree" cmp -s "$droot/usr/lib/systemd/system/virtuoso.service" \
  "$src/installer/virtuoso.service"
check "the unit runs virtuosod" grep -q '^ExecStart=/usr/bin/virtuosod ' "$droot/usr/lib/systemd/system/virtuoso.service"
libs=$(ldd "$droot/usr/bin/virtuosod")
for gui in libQt6Widgets libQt6Charts libQt6OpenGL libQt6Gui libGL libX11; do
  check "ldd virtuosod lists no $gui" bash -c '! grep -q "$1" <<<"$2"' _ "$gui" "$libs"
done

# 4. The packaged binary runs and says which version it is.
version=$("$root/usr/bin/virtuoso" --version 2>&1)
rc=$?
echo "virtuoso --version: $version"
check "virtuoso --version exits 0" test "$rc" -eq 0
expected=$(dpkg-deb -f "$deb" Version)
check "virtuoso --version prints the package version $expected" grep -qF "$expected" <<<"$version"
dversion=$("$droot/usr/bin/virtuosod" --version 2>&1)
echo "virtuosod --version: $dversion"
check "virtuosod --version prints the package version" grep -qF "virtuosod $expected" <<<"$dversion"

# 4b. The unpacked virtuosod serves its API on the unpacked `virtuosod sim`, in a throwaway home.
dhome="$work/home"
mkdir -p "$dhome"
HOME="$dhome" XDG_CONFIG_HOME="$dhome/config" XDG_STATE_HOME="$dhome/state" \
  "$droot/usr/bin/virtuosod" sim --port 0 >"$work/sim.out" 2>"$work/sim.err" &
simpid=$!
simport=
for _ in $(seq 1 300); do # the announced line, not a duration: at most 30 s for a slow machine
  simport=$(sed -nE 's/^virtuoso sim listening on 127\.0\.0\.1:([0-9]+).*/\1/p' "$work/sim.out" | head -1)
  [[ -n "$simport" ]] && break
  kill -0 "$simpid" 2>/dev/null || break
  sleep 0.1
done
check "virtuosod sim announced its port" test -n "$simport"
http_get() { # http_get PORT PATH: the body, over bash's /dev/tcp (no client needed)
  exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$2" >&3
  sed '1,/^\r$/d' <&3
  exec 3<&-
}
if [[ -n "$simport" ]]; then
  HOME="$dhome" XDG_CONFIG_HOME="$dhome/config" XDG_STATE_HOME="$dhome/state" \
    "$droot/usr/bin/virtuosod" --set api.listen=127.0.0.1:0 --set logging.target=stderr --set logging.level=notice \
    --set store.enabled=false --set exchange.symbols=BTCUSDT,ETHUSDT \
    --set "exchange.rest_url=http://127.0.0.1:$simport" \
    --set "exchange.ws_public_url=ws://127.0.0.1:$simport/v5/public/linear" 2>"$work/daemon.err" &
  daemonpid=$!
  apiport=
  live=
  for _ in $(seq 1 600); do # until its API says the feed is live; at most 60 s
    [[ -z "$apiport" ]] && apiport=$(grep -oE 'listening on http://127\.0\.0\.1:[0-9]+' "$work/daemon.err" | head -1 | sed 's/.*://')
    if [[ -n "$apiport" ]] && http_get "$apiport" /api/v1/status 2>/dev/null | grep -q '"live":[1-9]'; then
      live=1
      break
    fi
    kill -0 "$daemonpid" 2>/dev/null || break
    sleep 0.1
  done
  [[ -z "$live" ]] && cat "$work/daemon.err" >&2
  check "the unpacked virtuosod reports a live connection to the simulator" test -n "$live"
  check "the unpacked virtuosod answers /health" bash -c 'grep -q "\"status\":\"ok\"" <<<"$1"' _ "$(http_get "$apiport" /health 2>/dev/null)"
  kill -TERM "$daemonpid" 2>/dev/null
  wait "$daemonpid"
  rc=$?
  daemonpid=
  check "virtuosod stops cleanly on SIGTERM (exit 0)" test "$rc" -eq 0
fi

# 5. The unit passes systemd-analyze verify. ExecStart must name an existing executable, so a
# copy points at the unpacked binary; everything else is verified as shipped.
if command -v systemd-analyze >/dev/null; then
  unitdir="$work/units"
  mkdir -p "$unitdir"
  sed "s|^ExecStart=/usr/bin/virtuosod |ExecStart=$droot/usr/bin/virtuosod |" \
    "$droot/usr/lib/systemd/system/virtuoso.service" >"$unitdir/virtuoso.service"
  check "the copy's ExecStart points at the unpacked binary" grep -q "^ExecStart=$droot/usr/bin/virtuosod " \
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
