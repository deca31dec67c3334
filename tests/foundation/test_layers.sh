#!/usr/bin/env bash
# The include-direction check must fail on an include that points upward or sideways: a throwaway
# tree with planted includes, checked by scripts/check_layers.sh, must be refused with each of
# them named, and a downward include must pass.
#   test_layers.sh SOURCE_ROOT
set -uo pipefail
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/core/model/market" "$work/core/connector" "$work/core/base" "$work/core/api" "$work/core/stray" "$work/ui"
printf '#include "engine/CoreRuntime.h"\n' >"$work/core/model/market/Planted.h"     # model -> engine
printf '#include "store/HistoryStore.h"\n' >"$work/core/connector/Sideways.cpp"        # connector -> store
printf '#include "connector/PublicMarketFeed.h"\n' >"$work/core/base/Clock.h"         # base -> connector
printf '#include "model/market/OrderBook.h"\n#include <QString>\n' >"$work/core/api/Fine.cpp" # api -> model
printf '#include "base/Clock.h"\n' >"$work/core/stray/Loose.h"                         # a file in no layer
printf '#include "api/ApiClient.h"\n' >"$work/ui/AlsoFine.cpp"                      # ui -> api

fail=0
out=$(bash "$src/scripts/check_layers.sh" "$work")
rc=$?
echo "$out"
[[ $rc -eq 1 ]] || { echo "FAILED: planted upward includes were not refused (exit $rc)"; fail=1; }
for planted in "core/model/market/Planted.h -> engine/CoreRuntime.h" "core/connector/Sideways.cpp -> store/HistoryStore.h" \
  "core/base/Clock.h -> connector/PublicMarketFeed.h" "core/stray/Loose.h is in no layer"; do
  grep -qF "$planted" <<<"$out" || { echo "FAILED: not named: $planted"; fail=1; }
done
for fine in "core/api/Fine.cpp" "ui/AlsoFine.cpp"; do
  grep -qF "$fine" <<<"$out" && { echo "FAILED: a downward include was refused: $fine"; fail=1; }
done
rm "$work/core/model/market/Planted.h" "$work/core/connector/Sideways.cpp" "$work/core/base/Clock.h" "$work/core/stray/Loose.h"
bash "$src/scripts/check_layers.sh" "$work" >/dev/null || { echo "FAILED: the tree without them was refused"; fail=1; }
[[ $fail -eq 0 ]] && echo "layers test: passed"
exit $fail
