#pragma once

#include <algorithm>

namespace virtuoso::confluence {

// How far an indicator is from its first value: `have` inputs seen of the `need` it takes.
struct Warmup
{
    int have = 0;
    int need = 0;

    bool ready() const { return have >= need; }
    static Warmup of(long long seen, int need) { return {static_cast<int>(std::min<long long>(seen, need)), need}; }
};

// TA-Lib's test for "zero" before a division (TA_IS_ZERO with TA_EPSILON = 1e-14).
inline bool taIsZero(double v)
{
    return -1e-14 < v && v < 1e-14;
}

} // namespace virtuoso::confluence
