#include "base/Clock.h"

#include <chrono>

namespace virtuoso {

qint64 SystemClock::monotonicNs() const
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 SystemClock::epochMs() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace virtuoso
