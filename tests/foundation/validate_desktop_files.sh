#!/bin/sh
# The desktop entry and the AppStream metainfo installed with the program pass their validators.
# Exit 77 (skipped) when a validator is not installed: scripts/setup.sh installs both.
set -u
src=$1
for tool in desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null 2>&1 || { echo "skipped: $tool is not installed (scripts/setup.sh installs it)"; exit 77; }
done
status=0
desktop-file-validate "$src/resources/virtuoso.desktop" || status=1
# Hints and infos are advice; warnings and errors fail.
appstreamcli validate --no-net "$src/resources/invalid.virtuoso.Workstation.metainfo.xml" || status=1
launchable=$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$src/resources/invalid.virtuoso.Workstation.metainfo.xml")
[ "$launchable" = "virtuoso.desktop" ] || { echo "metainfo launches '$launchable', not virtuoso.desktop"; status=1; }
exit $status
