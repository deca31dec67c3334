#!/usr/bin/env bash
# The code's layout check: every C++ file the repository tracks (or every .cpp/.h under SOURCE_ROOT
# when it is not a git checkout) must be as clang-format prints it with the repository's
# .clang-format. Prints each file that differs and exits 1 when there is one; exits 0 and says how
# many files it read otherwise; exits 77 (a skipped test) when clang-format is not installed.
#   scripts/check_format.sh [SOURCE_ROOT]
# Fix what it names with: clang-format -i FILE...
set -uo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
command -v clang-format >/dev/null 2>&1 || { echo "check_format: clang-format is not installed; skipped"; exit 77; }
cd "$root" || exit 2
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find . -path ./build -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sed 's|^\./||' | sort)
fi
# clang-format --dry-run prints "FILE:LINE:COL: warning: code should be clang-formatted" per change.
mapfile -t differing < <(printf '%s\0' "${files[@]}" | xargs -0 -r -n 64 -P 2 clang-format --dry-run 2>&1 |
  sed -n 's/^\(.*\):[0-9]*:[0-9]*: \(warning\|error\): code should be clang-formatted.*/\1/p' | sort -u)
for f in "${differing[@]}"; do echo "not formatted: $f"; done
bad=${#differing[@]}
if [ "$bad" -gt 0 ]; then
  echo "check_format: $bad of ${#files[@]} files differ from clang-format's layout (clang-format -i FILE fixes them)"
  exit 1
fi
echo "check_format: ${#files[@]} files as clang-format prints them"
