#include "model/alerts/AlertDetectors.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace virtuoso::alerts {

namespace {

AlertEvent makeEvent(AlertSource source, AlertSeverity severity, QString key, const QString &symbol, QString title,
                     qint64 epochMs, double value)
{
    AlertEvent e;
    e.source = source;
    e.severity = severity;
    e.key = std::move(key);
    e.symbol = symbol;
    e.title = std::move(title);
    e.timeMs = epochMs;
    e.value = value;
    return e;
}

QString side(bool buy)
{
    return buy ? QStringLiteral("Buy") : QStringLiteral("Sell");
}

} // namespace

QString formatAmount(double value)
{
    if (std::fabs(value) >= 1000) {
        QLocale grouped = QLocale::c();
        grouped.setNumberOptions(QLocale::DefaultNumberOptions); // C omits the thousands separator
        return grouped.toString(std::round(value), 'f', 0);
    }
    return QString::number(value, 'g', 10);
}

void SignalZoneDetector::configure(double longThreshold, double shortThreshold, double hysteresis)
{
    m_long = longThreshold;
    m_short = shortThreshold;
    m_hysteresis = hysteresis;
}

void SignalZoneDetector::observe(const QString &symbol, double score, qint64 epochMs, std::vector<AlertEvent> &out)
{
    Zone &zone = m_zone[symbol];
    const auto raise = [&](const char *what, AlertSeverity severity, const QString &title) {
        AlertEvent e =
            makeEvent(AlertSource::Signal, severity, QStringLiteral("signal:%1:%2").arg(symbol, QLatin1String(what)),
                      symbol, title, epochMs, score);
        e.fields.push_back({QStringLiteral("Score"), QString::number(score, 'f', 1)});
        e.fields.push_back({QStringLiteral("Long at"), QString::number(m_long, 'g', 6)});
        e.fields.push_back({QStringLiteral("Short at"), QString::number(m_short, 'g', 6)});
        out.push_back(std::move(e));
    };
    if (zone == Zone::Long && score < m_long - m_hysteresis) {
        zone = Zone::Neutral;
        raise("long-left", AlertSeverity::Info, QStringLiteral("%1 left the long zone").arg(symbol));
    } else if (zone == Zone::Short && score > m_short + m_hysteresis) {
        zone = Zone::Neutral;
        raise("short-left", AlertSeverity::Info, QStringLiteral("%1 left the short zone").arg(symbol));
    }
    if (zone != Zone::Long && score >= m_long) {
        zone = Zone::Long;
        raise("long", AlertSeverity::Warning, QStringLiteral("%1 signal is long").arg(symbol));
    } else if (zone != Zone::Short && score <= m_short) {
        zone = Zone::Short;
        raise("short", AlertSeverity::Warning, QStringLiteral("%1 signal is short").arg(symbol));
    }
}

// Written only for a whale alert that goes out: raw = {price, qty, buy}.
static void describeWhale(AlertEvent &e)
{
    const bool buy = e.raw[2] != 0;
    e.title = QStringLiteral("%1 large %2: %3 USDT").arg(e.symbol, side(buy).toLower(), formatAmount(e.value));
    e.fields.push_back({QStringLiteral("Side"), side(buy)});
    e.fields.push_back({QStringLiteral("Price"), QString::number(e.raw[0], 'g', 12)});
    e.fields.push_back({QStringLiteral("Quantity"), QString::number(e.raw[1], 'g', 12)});
    e.fields.push_back({QStringLiteral("Notional"), formatAmount(e.value)});
}

// Written only for a single liquidation's alert that goes out: raw = {price, qty, buy}.
static void describeLiquidation(AlertEvent &e)
{
    const bool buy = e.raw[2] != 0;
    e.title = QStringLiteral("%1 %2 liquidation: %3 USDT")
                  .arg(e.symbol, buy ? QStringLiteral("short") : QStringLiteral("long"), formatAmount(e.value));
    e.fields.push_back({QStringLiteral("Side"), side(buy)});
    e.fields.push_back({QStringLiteral("Price"), QString::number(e.raw[0], 'g', 12)});
    e.fields.push_back({QStringLiteral("Notional"), formatAmount(e.value)});
}

void WhaleDetector::observe(const QString &symbol, bool buy, double price, double qty, qint64 epochMs,
                            std::vector<AlertEvent> &out) const
{
    const double notional = price * qty;
    if (m_min <= 0 || notional < m_min)
        return;
    AlertEvent e;
    e.source = AlertSource::Whale;
    e.severity = notional >= 10 * m_min ? AlertSeverity::Critical : AlertSeverity::Warning;
    e.key = QStringLiteral("whale:") + symbol + (buy ? QStringLiteral(":Buy") : QStringLiteral(":Sell"));
    e.symbol = symbol;
    e.timeMs = epochMs;
    e.value = notional;
    e.raw[0] = price;
    e.raw[1] = qty;
    e.raw[2] = buy ? 1 : 0;
    e.describe = &describeWhale;
    out.push_back(std::move(e));
}

void LiquidationDetector::configure(double minSingle, double minTotal, qint64 windowMs)
{
    m_single = minSingle;
    m_total = minTotal;
    m_windowMs = windowMs;
}

void LiquidationDetector::Window::expire(qint64 before)
{
    while (!entries.empty() && entries.front().first < before) {
        sum -= entries.front().second;
        entries.pop_front();
    }
    if (entries.empty())
        sum = 0; // no drift from repeated subtraction
}

void LiquidationDetector::addTo(Window &w, const QString &symbol, qint64 monoMs, double notional, qint64 epochMs,
                                std::vector<AlertEvent> &out)
{
    w.expire(monoMs - m_windowMs);
    w.entries.emplace_back(monoMs, notional);
    w.sum += notional;
    if (w.sum < m_total) {
        w.armed = true;
        return;
    }
    if (!w.armed)
        return;
    w.armed = false;
    const bool all = symbol.isEmpty();
    const QString who = all ? QStringLiteral("all") : symbol;
    const qint64 minutes = std::max<qint64>(1, (m_windowMs + 59'999) / 60'000);
    AlertEvent e = makeEvent(
        AlertSource::Liquidation, all ? AlertSeverity::Critical : AlertSeverity::Warning,
        QStringLiteral("liquidation:%1:total").arg(who), symbol,
        all ? QStringLiteral("Liquidations: %1 USDT in %2 min across symbols").arg(formatAmount(w.sum)).arg(minutes)
            : QStringLiteral("%1 liquidations: %2 USDT in %3 min").arg(symbol, formatAmount(w.sum)).arg(minutes),
        epochMs, w.sum);
    e.fields.push_back({QStringLiteral("Total"), formatAmount(w.sum)});
    e.fields.push_back({QStringLiteral("Liquidations"), QString::number(w.entries.size())});
    e.fields.push_back({QStringLiteral("Window"), QStringLiteral("%1 min").arg(minutes)});
    out.push_back(std::move(e));
}

void LiquidationDetector::observe(const QString &symbol, bool buy, double price, double qty, qint64 monoMs,
                                  qint64 epochMs, std::vector<AlertEvent> &out)
{
    const double notional = price * qty;
    if (m_single > 0 && notional >= m_single) {
        AlertEvent e;
        e.source = AlertSource::Liquidation;
        e.severity = AlertSeverity::Warning;
        e.key = QStringLiteral("liquidation:") + symbol + (buy ? QStringLiteral(":Buy") : QStringLiteral(":Sell"));
        e.symbol = symbol;
        e.timeMs = epochMs;
        e.value = notional;
        e.raw[0] = price;
        e.raw[1] = qty;
        e.raw[2] = buy ? 1 : 0;
        e.describe = &describeLiquidation;
        out.push_back(std::move(e));
    }
    if (m_total > 0) {
        addTo(m_perSymbol[symbol], symbol, monoMs, notional, epochMs, out);
        addTo(m_all, QString(), monoMs, notional, epochMs, out);
    }
}

double LiquidationDetector::totalWithin(const QString &symbol) const
{
    if (symbol.isEmpty())
        return m_all.sum;
    const auto it = m_perSymbol.constFind(symbol);
    return it == m_perSymbol.cend() ? 0 : it->sum;
}

void PriceCrossDetector::observe(const QString &symbol, double price, qint64 epochMs, std::vector<AlertEvent> &out)
{
    auto it = m_last.find(symbol);
    if (it == m_last.end()) {
        m_last.insert(symbol, price);
        return;
    }
    const double last = *it;
    *it = price;
    for (const double level : m_levels) {
        const bool up = last < level && price >= level;
        const bool down = last > level && price <= level;
        if (!up && !down)
            continue;
        const QString levelText = QString::number(level, 'g', 12);
        AlertEvent e = makeEvent(
            AlertSource::Price, AlertSeverity::Warning,
            QStringLiteral("price:%1:%2:%3").arg(symbol, levelText, up ? QStringLiteral("up") : QStringLiteral("down")),
            symbol,
            QStringLiteral("%1 crossed %2 %3")
                .arg(symbol, levelText, up ? QStringLiteral("upward") : QStringLiteral("downward")),
            epochMs, price);
        e.fields.push_back({QStringLiteral("Level"), levelText});
        e.fields.push_back({QStringLiteral("Price"), QString::number(price, 'g', 12)});
        out.push_back(std::move(e));
    }
}

void ConnectionStaleDetector::observe(const QString &connection, bool healthy, qint64 sinceMs, qint64 monoMs,
                                      qint64 epochMs, std::vector<AlertEvent> &out)
{
    bool &raised = m_raised[connection];
    if (healthy) {
        if (raised) {
            raised = false;
            out.push_back(makeEvent(AlertSource::Connection, AlertSeverity::Info,
                                    QStringLiteral("connection:%1:recovered").arg(connection), QString(),
                                    QStringLiteral("%1 is live again").arg(connection), epochMs, 0));
        }
        return;
    }
    const qint64 downMs = monoMs - sinceMs;
    if (raised || downMs < m_after)
        return;
    raised = true;
    AlertEvent e = makeEvent(AlertSource::Connection, AlertSeverity::Critical,
                             QStringLiteral("connection:%1:stale").arg(connection), QString(),
                             QStringLiteral("%1 stale or reconnecting for %2 s").arg(connection).arg(downMs / 1000),
                             epochMs, static_cast<double>(downMs) / 1000.0);
    e.fields.push_back({QStringLiteral("Connection"), connection});
    e.fields.push_back({QStringLiteral("Down for"), QStringLiteral("%1 s").arg(downMs / 1000)});
    out.push_back(std::move(e));
}

void TimeoutBurstDetector::configure(int count, qint64 windowMs)
{
    m_count = std::max(1, count);
    m_windowMs = windowMs;
}

void TimeoutBurstDetector::observe(const QString &kind, qint64 monoMs, qint64 epochMs, std::vector<AlertEvent> &out)
{
    while (!m_times.empty() && m_times.front() < monoMs - m_windowMs)
        m_times.pop_front();
    if (static_cast<int>(m_times.size()) < m_count - 1)
        m_armed = true; // the window held fewer than a burst before this one
    m_times.push_back(monoMs);
    if (static_cast<int>(m_times.size()) < m_count || !m_armed)
        return;
    m_armed = false;
    AlertEvent e = makeEvent(AlertSource::Timeouts, AlertSeverity::Warning, QStringLiteral("timeouts:burst"), QString(),
                             QStringLiteral("%1 timeouts within %2 s").arg(m_times.size()).arg(m_windowMs / 1000),
                             epochMs, static_cast<double>(m_times.size()));
    e.fields.push_back({QStringLiteral("Latest"), kind});
    e.fields.push_back({QStringLiteral("Count"), QString::number(m_times.size())});
    out.push_back(std::move(e));
}

void LevelDetector::configure(AlertSource source, double limit, double recoverRatio)
{
    m_source = source;
    m_limit = limit;
    m_recover = std::clamp(recoverRatio, 0.0, 1.0);
}

void LevelDetector::observe(const QString &subject, double value, qint64 epochMs, std::vector<AlertEvent> &out)
{
    if (m_limit <= 0)
        return;
    bool &over = m_over[subject];
    const QString prefix = QLatin1String(sourceName(m_source));
    if (over) {
        if (value >= m_limit * m_recover)
            return;
        over = false;
        AlertEvent e = makeEvent(m_source, AlertSeverity::Info, QStringLiteral("%1:%2:recovered").arg(prefix, subject),
                                 QString(), QString(), epochMs, value);
        switch (m_source) {
        case AlertSource::Latency:
            e.title = QStringLiteral("%1 handler latency back to %2 ms").arg(subject).arg(value, 0, 'f', 1);
            break;
        case AlertSource::Memory:
            e.title = QStringLiteral("Memory back to %1 MB").arg(value, 0, 'f', 0);
            break;
        default:
            e.title = QStringLiteral("Daily loss back to %1 % of its limit").arg(value, 0, 'f', 0);
            break;
        }
        out.push_back(std::move(e));
        return;
    }
    if (value < m_limit)
        return;
    over = true;
    AlertEvent e = makeEvent(m_source, AlertSeverity::Warning, QStringLiteral("%1:%2:over").arg(prefix, subject),
                             QString(), QString(), epochMs, value);
    switch (m_source) {
    case AlertSource::Latency:
        e.title = QStringLiteral("%1 handler latency %2 ms (limit %3 ms)")
                      .arg(subject)
                      .arg(value, 0, 'f', 1)
                      .arg(m_limit, 0, 'g', 6);
        e.fields.push_back({QStringLiteral("Connection"), subject});
        e.fields.push_back({QStringLiteral("p99"), QStringLiteral("%1 ms").arg(value, 0, 'f', 1)});
        break;
    case AlertSource::Memory:
        e.title = QStringLiteral("Memory %1 MB (limit %2 MB)").arg(value, 0, 'f', 0).arg(m_limit, 0, 'f', 0);
        e.fields.push_back({QStringLiteral("Resident"), QStringLiteral("%1 MB").arg(value, 0, 'f', 0)});
        break;
    default:
        e.severity = AlertSeverity::Critical;
        e.title = QStringLiteral("Daily loss at %1 % of its limit").arg(value, 0, 'f', 0);
        e.fields.push_back({QStringLiteral("Used"), QStringLiteral("%1 %").arg(value, 0, 'f', 0)});
        break;
    }
    e.fields.push_back({QStringLiteral("Limit"), m_source == AlertSource::DailyLoss
                                                     ? QStringLiteral("%1 %").arg(m_limit, 0, 'g', 6)
                                                     : QString::number(m_limit, 'g', 6)});
    out.push_back(std::move(e));
}

} // namespace virtuoso::alerts
