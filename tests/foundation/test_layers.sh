#!/usr/bin/env bash
# The include-direction check must fail on an include that points upward or sideways: a throwaway
# tree with planted includes, checked by scripts/check_layers.sh, must be refused with each of
# them named, and a downward include must pass.
#   test_layers.sh SOURCE_ROOT
set -uo pipefail
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/core/market" "$work/core/exchange" "$work/core/runtime" "$work/core/api" "$work/ui"
printf '#include "runtime/CoreRuntime.h"\n' >"$work/core/market/Planted.h"        # model -> engine
printf '#include "store/HistoryStore.h"\n' >"$work/core/exchange/Sideways.cpp"     # connector -> store
printf '#include "exchange/PublicMarketFeed.h"\n' >"$work/core/runtime/Clock.h"    # base -> connector
printf '#include "market/OrderBook.h"\n#include <QString>\n' >"$work/core/api/Fine.cpp" # api -> model
printf '#include "api/ApiClient.h"\n' >"$work/ui/AlsoFine.cpp"                      # ui -> api

fail=0
out=$(bash "$src/scripts/check_layers.sh" "$work")
rc=$?
echo "$out"
[[ $rc -eq 1 ]] || { echo "FAILED: planted upward includes were not refused (exit $rc)"; fail=1; }
for planted in "core/market/Planted.h -> runtime/CoreRuntime.h" "core/exchange/Sideways.cpp -> store/HistoryStore.h" \
  "core/runtime/Clock.h -> exchange/PublicMarketFeed.h"; do
  grep -qF "$planted" <<<"$out" || { echo "FAILED: not named: $planted"; fail=1; }
done
for fine in "core/api/Fine.cpp" "ui/AlsoFine.cpp"; do
  grep -qF "$fine" <<<"$out" && { echo "FAILED: a downward include was refused: $fine"; fail=1; }
done
rm "$work/core/market/Planted.h" "$work/core/exchange/Sideways.cpp" "$work/core/runtime/Clock.h"
bash "$src/scripts/check_layers.sh" "$work" >/dev/null || { echo "FAILED: the tree without them was refused"; fail=1; }
[[ $fail -eq 0 ]] && echo "layers test: passed"
exit $fail
