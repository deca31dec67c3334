#include "model/alerts/AlertBoard.h"

#include <QHash>

#include <algorithm>

namespace virtuoso::alerts {

namespace {
constexpr qint64 FiveMinutesMs = 300'000;
constexpr qint64 HourMs = 3'600'000;
} // namespace

void LiquidationTotalsWindow::add(const QString &symbol, double notional, qint64 timeMs)
{
    // Liquidations arrive in time order per symbol, nearly so across symbols: keep the deque sorted.
    auto at = m_entries.end();
    while (at != m_entries.begin() && std::prev(at)->timeMs > timeMs)
        --at;
    m_entries.insert(at, Entry{timeMs, symbol, notional});
}

std::vector<LiquidationTotals> LiquidationTotalsWindow::totals(qint64 nowMs)
{
    while (!m_entries.empty() && m_entries.front().timeMs <= nowMs - HourMs)
        m_entries.pop_front();
    QHash<QString, LiquidationTotals> bySymbol;
    LiquidationTotals all;
    for (const Entry &e : m_entries) {
        LiquidationTotals &t = bySymbol[e.symbol];
        t.symbol = e.symbol;
        t.last1h += e.notional;
        ++t.count1h;
        all.last1h += e.notional;
        ++all.count1h;
        if (e.timeMs > nowMs - FiveMinutesMs) {
            t.last5m += e.notional;
            all.last5m += e.notional;
        }
    }
    std::vector<LiquidationTotals> out;
    out.reserve(static_cast<std::size_t>(bySymbol.size()) + 1);
    for (const LiquidationTotals &t : std::as_const(bySymbol))
        out.push_back(t);
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.symbol < b.symbol; });
    if (!out.empty())
        out.push_back(all);
    return out;
}

} // namespace virtuoso::alerts
