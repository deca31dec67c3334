#include "engine/SignalOutcomes.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "connector/FeedApplier.h"
#include "model/market/InstrumentSpec.h"
#include "store/OutcomeStore.h"

#include <algorithm>
#include <cmath>

namespace virtuoso {

namespace {

std::string sampleKey(const outcomes::ForwardSample &s)
{
    return s.symbol + '|' + std::to_string(s.timeMs) + '|' + std::to_string(s.signalNumber);
}

int resolvedHorizons(const outcomes::ForwardSample &s)
{
    int n = 0;
    for (double r : s.forwardReturn)
        n += std::isnan(r) ? 0 : 1;
    return n;
}

} // namespace

SignalOutcomes::SignalOutcomes(const Clock &clock, outcomes::OutcomeSettings settings, BatchSink sink,
                               qint64 flushIntervalMs)
    : m_clock(clock)
    , m_tracker(std::move(settings), outcomes::OutcomeTracker::PriceSource::Trades)
    , m_sink(std::move(sink))
    , m_flushIntervalMs(flushIntervalMs)
{}

SignalOutcomes::~SignalOutcomes()
{
    if (exchange::FeedApplier *applier = m_applier)
        applier->removeObserver(this);
}

void SignalOutcomes::start(exchange::FeedApplier *applier)
{
    m_applier = applier;
    if (applier)
        applier->addObserver(this);
    m_lastFlushMs = m_clock.monotonicMs();
}

void SignalOutcomes::stop()
{
    flush();
    if (exchange::FeedApplier *applier = m_applier)
        applier->removeObserver(this);
    m_applier = nullptr;
}

void SignalOutcomes::onTrades(const exchange::TradeMessage &message, const exchange::InstrumentSpec &spec)
{
    const std::string symbol = message.topic.symbol.toQString().toStdString();
    for (const exchange::Trade &t : message.trades) {
        m_tracker.feedTrade(symbol, t.timeMs, spec.price.toDouble(t.price));
        m_lastDataMs = std::max(m_lastDataMs, t.timeMs);
    }
    m_dirty = true;
}

void SignalOutcomes::onCandles(const exchange::KlineMessage &message, const exchange::InstrumentSpec &spec)
{
    if (message.topic.param != 1) // the tracker builds its plan timeframe from the 1m candles
        return;
    const std::string symbol = message.topic.symbol.toQString().toStdString();
    for (const exchange::Candle &c : message.candles) {
        if (!c.confirmed)
            continue;
        m_tracker.feedCandle(symbol, {c.startMs, spec.price.toDouble(c.open), spec.price.toDouble(c.high),
                                      spec.price.toDouble(c.low), spec.price.toDouble(c.close),
                                      spec.quantity.toDouble(c.volume)});
    }
    m_dirty = true;
}

void SignalOutcomes::onLiquidations(const exchange::LiquidationMessage &)
{}

void SignalOutcomes::onTicker(const exchange::TickerMessage &, const exchange::InstrumentSpec &)
{}

void SignalOutcomes::onSignal(const confluence::ConfluenceSignal &signal)
{
    m_tracker.onSignal(signal);
    m_lastDataMs = std::max<qint64>(m_lastDataMs, signal.timestampMs);
    m_dirty = true;
}

void SignalOutcomes::afterDrain()
{
    if (m_dirty && m_clock.monotonicMs() - m_lastFlushMs >= m_flushIntervalMs)
        flush();
}

void SignalOutcomes::flush()
{
    m_lastFlushMs = m_clock.monotonicMs();
    m_dirty = false;
    OutcomeBatch batch;
    batch.outcomes = m_tracker.takeChanged();
    for (outcomes::ForwardSample &s : m_tracker.samples()) {
        const int resolved = resolvedHorizons(s);
        auto [it, added] = m_samplesHanded.try_emplace(sampleKey(s), resolved);
        if (!added && it->second == resolved)
            continue;
        it->second = resolved;
        batch.samples.push_back(std::move(s));
    }
    int active = 0;
    for (const outcomes::Outcome &o : m_tracker.outcomes())
        active += o.active() ? 1 : 0;
    // Done, handed on and a day old in data time: nothing will change them again.
    if (m_lastDataMs > KeepMs) {
        const qint64 before = m_lastDataMs - KeepMs;
        m_tracker.forgetResolvedBefore(before);
        std::erase_if(m_samplesHanded, [&](const auto &entry) {
            const auto first = entry.first.find('|');
            const auto second = entry.first.find('|', first + 1);
            return std::stoll(entry.first.substr(first + 1, second - first - 1)) < before;
        });
    }
    m_handedOn += static_cast<long long>(batch.outcomes.size());
    {
        std::lock_guard lock(m_summaryMutex);
        const auto &c = m_tracker.counters();
        m_summary.evaluations = c.evaluations;
        m_summary.opened = c.signalsOpened;
        m_summary.noPlan = c.noPlan;
        m_summary.active = active;
        m_summary.handedOn = m_handedOn;
        m_summary.lastDataTimeMs = m_lastDataMs;
    }
    if (m_sink && (!batch.outcomes.empty() || !batch.samples.empty()))
        m_sink(std::move(batch));
}

OutcomesSummary SignalOutcomes::summary() const
{
    std::lock_guard lock(m_summaryMutex);
    return m_summary;
}

OutcomeWriter::OutcomeWriter(QString path, std::string settingsJson, qint64 createdMs)
    : m_path(std::move(path))
    , m_settingsJson(std::move(settingsJson))
    , m_createdMs(createdMs)
{}

OutcomeWriter::~OutcomeWriter() = default;

bool OutcomeWriter::open()
{
    if (m_store)
        return true;
    if (m_failed)
        return false;
    auto store = std::make_unique<store::OutcomeStore>();
    if (!store->open(m_path) || !store->saveRun(liveRun(), QStringLiteral("live"), m_createdMs, m_settingsJson)) {
        m_failed = true;
        VLOG(Error, "outcomes", "OUTCOMES_STORE_UNAVAILABLE")
            << "signal outcomes are tracked but not kept: " << store->lastError();
        return false;
    }
    m_store = std::move(store);
    return true;
}

void OutcomeWriter::write(const OutcomeBatch &batch)
{
    if (!open())
        return;
    if ((!batch.outcomes.empty() && !m_store->saveOutcomes(liveRun(), batch.outcomes)) ||
        (!batch.samples.empty() && !m_store->saveSamples(liveRun(), batch.samples))) {
        VLOG(Warning, "outcomes", "OUTCOMES_WRITE_FAILED") << "signal outcomes not written: " << m_store->lastError();
    }
}

} // namespace virtuoso
