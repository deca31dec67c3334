#!/usr/bin/env bash
# The layout check must fail on a badly laid out file: a throwaway tree (not a git checkout) with the
# repository's .clang-format, one file laid out as clang-format prints it and one that is not, must
# be refused with the second one named and the first one not.
#   test_format.sh SOURCE_ROOT
set -uo pipefail
src=$1
command -v clang-format >/dev/null 2>&1 || { echo "clang-format is not installed; skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$src/.clang-format" "$work/"
mkdir -p "$work/core"
printf 'int tidy(int a)\n{\n    return a + 1;\n}\n' >"$work/core/Tidy.cpp"
printf 'int   messy( int a ){return a+1;}\n' >"$work/core/Messy.cpp"
out=$(bash "$src/scripts/check_format.sh" "$work")
rc=$?
echo "$out"
fail=0
[[ $rc -eq 1 ]] || { echo "FAILED: a badly laid out file was not refused (exit $rc)"; fail=1; }
grep -qF "not formatted: core/Messy.cpp" <<<"$out" || { echo "FAILED: core/Messy.cpp not named"; fail=1; }
grep -qF "core/Tidy.cpp" <<<"$out" && { echo "FAILED: a tidy file was named"; fail=1; }
clang-format -i "$work/core/Messy.cpp"
bash "$src/scripts/check_format.sh" "$work" >/dev/null || { echo "FAILED: the tree was refused after clang-format -i"; fail=1; }
exit $fail
