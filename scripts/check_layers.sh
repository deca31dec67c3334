#!/usr/bin/env bash
# The include-direction check (docs/architecture.md, "Layers"): every #include "x/y.h" of a file
# under core/, ui/ or app/ must point at its own layer's library or one below it. Prints each
# include that points upward or sideways and exits 1 when there is one; exits 0 and says how many
# includes it read otherwise. The layer of a file is the folder it lies in.
#   scripts/check_layers.sh [SOURCE_ROOT]
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}

# layer_of PATH (relative to core/, or ui/..., app/...): "RANK LIBRARY". Each layer is one folder
# and one CMake library (core/CMakeLists.txt); libraries of one rank stand side by side and may not
# include each other.
layer_of() {
  case "$1" in
  app/*) echo "9 app" ;;
  ui/*) echo "8 ui" ;;
  base/*) echo "0 base" ;;
  model/*) echo "1 model" ;;
  connector/*) echo "2 connector" ;;
  store/*) echo "2 store" ;;
  logs/*) echo "2 logs" ;;
  sim/*) echo "2 sim" ;;
  trading/*) echo "3 trading" ;;
  alerts/*) echo "3 alerts" ;;
  engine/*) echo "4 engine" ;;
  api/*) echo "5 api" ;;
  *) echo "" ;;
  esac
}

found=$(mktemp)
trap 'rm -f "$found"' EXIT
n=0
while IFS= read -r file; do
  rel=${file#"$root"/}
  case "$rel" in core/*) from=${rel#core/} ;; *) from=$rel ;; esac
  read -r frank flib <<<"$(layer_of "$from")"
  if [[ -z "${frank:-}" ]]; then
    [[ "$rel" == core/* ]] && echo "$rel is in no layer (core/<layer>/...)" >>"$found"
    continue
  fi
  while IFS= read -r inc; do
    read -r trank tlib <<<"$(layer_of "$inc")"
    [[ -z "${trank:-}" ]] && continue # a header of another project (Qt, ...) or of the tests
    n=$((n + 1))
    if ((trank > frank)) || { ((trank == frank)) && [[ "$tlib" != "$flib" ]]; }; then
      echo "$rel -> $inc ($flib includes $tlib)" >>"$found"
    fi
  done < <(sed -nE 's/^[[:space:]]*#[[:space:]]*include[[:space:]]+"([a-z]+\/[A-Za-z0-9_.\/]+)".*/\1/p' "$file")
done < <(find "$root/core" "$root/ui" "$root/app" -type f \( -name '*.h' -o -name '*.cpp' \) 2>/dev/null | sort)
sort -u -o "$found" "$found"
checked=$n
if [[ -s "$found" ]]; then
  echo "includes that point upward or sideways (a layer may include only its own library and those below):"
  sed 's/^/  /' "$found"
  echo "layers: $(wc -l <"$found") of $checked project includes point upward or sideways"
  exit 1
fi
echo "layers: all $checked project includes point downward or within their library"
