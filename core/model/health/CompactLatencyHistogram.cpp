#include "model/health/CompactLatencyHistogram.h"

namespace virtuoso::health {

HandlerLatency CompactLatencyHistogram::summary() const
{
    HandlerLatency l;
    l.p50Us = quantile(0.50) / 1000;
    l.p99Us = quantile(0.99) / 1000;
    l.maxUs = max() / 1000;
    l.count = m_count;
    return l;
}

} // namespace virtuoso::health
