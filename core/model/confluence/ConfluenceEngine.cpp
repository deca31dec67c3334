#include "model/confluence/ConfluenceEngine.h"

#include "base/Clock.h"
#include "base/Sanitizers.h"
#include "base/logging/Log.h"
#include "model/confluence/Components.h"

#include <algorithm>
#include <atomic>

namespace virtuoso::confluence {

namespace {

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::uint8_t kUnknownState = 0xff;

bool perTimeframe(ComponentId id)
{
    return id != ComponentId::Orderbook && id != ComponentId::Sentiment;
}

struct FlowBucket
{
    std::int64_t minute = -1;
    FlowCandle flow;
};

} // namespace

struct ConfluenceEngine::SymbolState
{
    explicit SymbolState(const QString &symbol)
        : name(symbol)
        , series{TimeframeSeries(Timeframe::M1), TimeframeSeries(Timeframe::M5), TimeframeSeries(Timeframe::M30),
                 TimeframeSeries(Timeframe::H4)}
    {
        signal->symbol = symbol.toStdString();
        for (auto &c : lastStates)
            for (auto &tf : c)
                tf.fill(kUnknownState);
    }

    QString name;
    std::array<TimeframeSeries, kTimeframeCount> series;
    std::array<FlowBucket, 4> flow{}; // trade flow per minute, for the candles still to close
    TradeSizeGauge sizes;
    LiveBook book;
    SentimentInputs sentiment;
    Ema volatilityBaseline{100}; // mean 1m ATR% over about 100 minutes
    double openInterest = NAN;
    bool tradesSeen = false;
    bool openInterestSeen = false;
    std::int64_t latestTimeMs = 0;
    std::int64_t lastMinuteOpenMs = INT64_MIN;
    qint64 lastLiveEvaluationMs = 0;
    bool pending = false; // live data arrived since the last signal
    bool hasSignal = false;
    // Shared with whoever published it: an evaluation writes in place only when nobody else holds
    // it (see writableSignal), so one copy per symbol serves the engine and the snapshots alike.
    std::shared_ptr<ConfluenceSignal> signal = std::make_shared<ConfluenceSignal>();
    std::array<std::array<std::array<std::uint8_t, kMaxSubIndicators>, kTimeframeCount>, kComponentCount> lastStates{};
};

ConfluenceEngine::ConfluenceEngine(const Clock &clock, ConfluenceSettings settings)
    : m_clock(clock)
    , m_settings(settings)
{
    m_settings.liveEvaluationsPerSecond = std::max(1, m_settings.liveEvaluationsPerSecond);
}

ConfluenceEngine::~ConfluenceEngine() = default;

ConfluenceEngine::SymbolState &ConfluenceEngine::state(const QString &symbol)
{
    if (SymbolState *s = m_index.value(symbol))
        return *s;
    m_symbols.push_back(std::make_unique<SymbolState>(symbol));
    m_index.insert(symbol, m_symbols.back().get());
    return *m_symbols.back();
}

void ConfluenceEngine::remove(const QString &symbol)
{
    SymbolState *s = m_index.take(symbol);
    if (!s)
        return;
    std::erase_if(m_symbols, [s](const std::unique_ptr<SymbolState> &p) { return p.get() == s; });
}

QStringList ConfluenceEngine::symbols() const
{
    QStringList out;
    for (const auto &s : m_symbols)
        out << s->name;
    return out;
}

bool ConfluenceEngine::onCandle(const QString &symbol, const Candle &minute, bool evaluate)
{
    SymbolState &s = state(symbol);
    // A REST bootstrap and the stream overlap: a minute already counted (or older) is skipped, and
    // so is a candle that no indicator could digest.
    const bool finite = std::isfinite(minute.open) && std::isfinite(minute.high) && std::isfinite(minute.low) &&
                        std::isfinite(minute.close) && std::isfinite(minute.volume);
    if (minute.openTimeMs <= s.lastMinuteOpenMs || !finite || minute.high < minute.low || minute.volume < 0) {
        ++m_skippedCandles;
        return false;
    }
    s.lastMinuteOpenMs = minute.openTimeMs;
    const std::int64_t bucket = minute.openTimeMs / kMinuteMs;
    FlowCandle closed;
    FlowBucket &slot = s.flow[static_cast<size_t>(bucket % static_cast<std::int64_t>(s.flow.size()))];
    if (slot.minute == bucket) {
        closed = slot.flow;
        slot = FlowBucket{};
    }
    closed.candle = minute;
    closed.openInterest = s.openInterest;

    s.series[0].close(closed);
    for (int tf = 1; tf < kTimeframeCount; ++tf)
        s.series[static_cast<size_t>(tf)].addMinute(closed);
    const IndicatorSet &m1 = s.series[0].indicators();
    if (m1.atr14.warmup().ready() && minute.close > 0)
        s.volatilityBaseline.update(m1.atr14.value() / minute.close);
    s.latestTimeMs = std::max(s.latestTimeMs, minute.openTimeMs + kMinuteMs);
    if (evaluate)
        evaluateInto(s);
    return true;
}

void ConfluenceEngine::onTrade(const QString &symbol, const TradeTick &trade)
{
    SymbolState &s = state(symbol);
    s.tradesSeen = true;
    const bool large = s.sizes.add(trade.quantity);
    const std::int64_t minute = trade.timeMs / kMinuteMs;
    FlowBucket &slot = s.flow[static_cast<size_t>(minute % static_cast<std::int64_t>(s.flow.size()))];
    if (slot.minute != minute) {
        slot = FlowBucket{};
        slot.minute = minute;
    }
    if (trade.buyerIsTaker) {
        slot.flow.buyVolume += trade.quantity;
        ++slot.flow.buyTrades;
        if (large)
            slot.flow.largeBuyVolume += trade.quantity;
    } else {
        slot.flow.sellVolume += trade.quantity;
        ++slot.flow.sellTrades;
        if (large)
            slot.flow.largeSellVolume += trade.quantity;
    }
    s.book.onTrade(trade);
    s.latestTimeMs = std::max(s.latestTimeMs, trade.timeMs);
    maybeEvaluateLive(s);
}

void ConfluenceEngine::onBook(const QString &symbol, const BookView &book)
{
    SymbolState &s = state(symbol);
    s.book.onBook(book);
    s.latestTimeMs = std::max(s.latestTimeMs, book.timeMs);
    maybeEvaluateLive(s);
}

void ConfluenceEngine::onFunding(const QString &symbol, double rate, std::int64_t timeMs)
{
    SymbolState &s = state(symbol);
    if (!std::isfinite(rate))
        return;
    s.sentiment.onFunding(rate);
    s.latestTimeMs = std::max(s.latestTimeMs, timeMs);
    maybeEvaluateLive(s);
}

void ConfluenceEngine::onOpenInterest(const QString &symbol, double openInterest, std::int64_t timeMs)
{
    SymbolState &s = state(symbol);
    if (!std::isfinite(openInterest) || openInterest < 0)
        return;
    s.openInterest = openInterest;
    s.openInterestSeen = true;
    s.latestTimeMs = std::max(s.latestTimeMs, timeMs);
}

void ConfluenceEngine::onLiquidation(const QString &symbol, const LiquidationEvent &event)
{
    SymbolState &s = state(symbol);
    s.sentiment.onLiquidation(event);
    s.latestTimeMs = std::max(s.latestTimeMs, event.timeMs);
    maybeEvaluateLive(s);
}

void ConfluenceEngine::onLongShortRatio(const QString &symbol, double ratio, std::int64_t timeMs)
{
    SymbolState &s = state(symbol);
    if (!std::isfinite(ratio) || ratio <= 0)
        return;
    s.sentiment.onLongShortRatio(ratio);
    s.latestTimeMs = std::max(s.latestTimeMs, timeMs);
    maybeEvaluateLive(s);
}

const ConfluenceSignal &ConfluenceEngine::evaluate(const QString &symbol)
{
    SymbolState &s = state(symbol);
    evaluateInto(s);
    return *s.signal;
}

const ConfluenceSignal *ConfluenceEngine::latest(const QString &symbol) const
{
    const SymbolState *s = m_index.value(symbol);
    return s && s->hasSignal ? s->signal.get() : nullptr;
}

std::shared_ptr<const ConfluenceSignal> ConfluenceEngine::publishedLatest(const QString &symbol) const
{
    const SymbolState *s = m_index.value(symbol);
    return s && s->hasSignal ? s->signal : nullptr;
}

void ConfluenceEngine::flushDue(const std::function<void()> &between)
{
    for (auto &s : m_symbols) {
        if (!s->pending)
            continue;
        maybeEvaluateLive(*s);
        if (between)
            between();
    }
}

void ConfluenceEngine::maybeEvaluateLive(SymbolState &s)
{
    const qint64 now = m_clock.monotonicMs();
    const qint64 interval = 1000 / m_settings.liveEvaluationsPerSecond;
    if (s.hasSignal && now - s.lastLiveEvaluationMs < interval) {
        s.pending = true;
        return;
    }
    s.lastLiveEvaluationMs = now;
    evaluateInto(s);
}

namespace {

// The signal to evaluate into: the symbol's own, or a copy of it when a published snapshot still
// holds it (that one must not change under its reader).
ConfluenceSignal &writableSignal(std::shared_ptr<ConfluenceSignal> &signal)
{
#ifdef VIRTUOSO_TSAN
    // ThreadSanitizer does not model fences: the acquire fence below would look like no order at
    // all with the last reader, so under it every evaluation writes into a fresh copy.
    constexpr bool kFencesSeen = false;
#else
    constexpr bool kFencesSeen = true;
#endif
    if (!kFencesSeen || signal.use_count() > 1)
        signal = std::make_shared<ConfluenceSignal>(*signal);
    else
        std::atomic_thread_fence(std::memory_order_acquire); // the last reader's release is seen
    return *signal;
}

} // namespace

void ConfluenceEngine::evaluateInto(SymbolState &s)
{
    ConfluenceSignal &sig = writableSignal(s.signal);
    const auto &tfWeights = m_settings.timeframeWeights;
    FlowAvailability availability{s.tradesSeen, s.openInterestSeen, &s.sizes};

    double weighted = 0, weightSum = 0, coverage = 0, allWeights = 0, agreeNum = 0, agreeDen = 0;
    sig.conflictCount = 0;
    for (int c = 0; c < kComponentCount; ++c) {
        const auto id = static_cast<ComponentId>(c);
        ComponentSummary &comp = sig.components[static_cast<size_t>(c)];
        comp.id = id;
        comp.weight = m_settings.componentWeights[static_cast<size_t>(c)];
        comp.perTimeframe = perTimeframe(id);
        const int frames = comp.perTimeframe ? kTimeframeCount : 1;
        for (int tf = 0; tf < frames; ++tf) {
            ComponentReading &reading = comp.timeframes[static_cast<size_t>(tf)];
            reading.count = 0;
            const TimeframeSeries &series = s.series[static_cast<size_t>(tf)];
            switch (id) {
            case ComponentId::Orderflow:
                scoreOrderflow(series, availability, reading);
                break;
            case ComponentId::Volume:
                scoreVolume(series, reading);
                break;
            case ComponentId::PriceStructure:
                scorePriceStructure(series, reading);
                break;
            case ComponentId::Technical:
                scoreTechnical(series, reading);
                break;
            case ComponentId::Orderbook:
                scoreOrderbook(s.book, s.tradesSeen, reading);
                break;
            case ComponentId::Sentiment:
                scoreSentiment(s.sentiment, s.latestTimeMs, s.series[0], s.volatilityBaseline, reading);
                break;
            }
            comp.timeframeReady[static_cast<size_t>(tf)] = reading.ready > 0;
        }
        // Timeframe blend, renormalised over the timeframes that have a score.
        double sum = 0, wsum = 0, cov = 0, covWeights = 0;
        for (int tf = 0; tf < frames; ++tf) {
            const ComponentReading &reading = comp.timeframes[static_cast<size_t>(tf)];
            const double w = comp.perTimeframe ? tfWeights[static_cast<size_t>(tf)] : 1.0;
            covWeights += w;
            if (reading.count > 0)
                cov += w * reading.ready / reading.count;
            if (reading.ready > 0) {
                sum += w * reading.score;
                wsum += w;
            }
        }
        comp.score = wsum > 0 ? sum / wsum : NAN;
        comp.coverage = covWeights > 0 ? cov / covWeights : 0;
        const int subs = comp.timeframes[0].count;
        const SubIndicatorReading *highest = nullptr;
        const SubIndicatorReading *lowest = nullptr;
        double highScore = 60, lowScore = 40;
        for (int k = 0; k < subs; ++k) {
            double bs = 0, bw = 0;
            for (int tf = 0; tf < frames; ++tf) {
                const SubIndicatorReading &sub = comp.timeframes[static_cast<size_t>(tf)].subs[static_cast<size_t>(k)];
                const double w = comp.perTimeframe ? tfWeights[static_cast<size_t>(tf)] : 1.0;
                if (sub.state == Sufficiency::Ready) {
                    bs += w * sub.score;
                    bw += w;
                }
            }
            const double blended = bw > 0 ? bs / bw : NAN;
            comp.blended[static_cast<size_t>(k)] = blended;
            if (blended > highScore) {
                highScore = blended;
                highest = &comp.timeframes[0].subs[static_cast<size_t>(k)];
            }
            if (blended < lowScore) {
                lowScore = blended;
                lowest = &comp.timeframes[0].subs[static_cast<size_t>(k)];
            }
        }
        if (highest && lowest)
            sig.conflicts[static_cast<size_t>(sig.conflictCount++)] = {id, highest->name, highScore, lowest->name,
                                                                       lowScore};

        allWeights += comp.weight;
        coverage += comp.weight * comp.coverage;
        if (std::isfinite(comp.score)) {
            weighted += comp.weight * comp.score;
            weightSum += comp.weight;
            agreeNum += comp.weight * (comp.score - 50);
            agreeDen += comp.weight * std::fabs(comp.score - 50);
        }
    }
    sig.ready = weightSum > 0;
    sig.score = sig.ready ? weighted / weightSum : 50.0;
    sig.coverage = allWeights > 0 ? coverage / allWeights : 0;
    sig.agreement = agreeDen > 0 ? std::fabs(agreeNum) / agreeDen : 0;
    sig.reliability = sig.coverage * sig.agreement;
    sig.direction = !sig.ready                               ? Direction::Neutral
                    : sig.score >= m_settings.longThreshold  ? Direction::Long
                    : sig.score <= m_settings.shortThreshold ? Direction::Short
                                                             : Direction::Neutral;
    sig.timestampMs = s.latestTimeMs;
    ++sig.sequence;
    s.hasSignal = true;
    s.pending = false;
    logTransitions(s);
    if (m_sink)
        m_sink(sig);
}

void ConfluenceEngine::logTransitions(SymbolState &s)
{
    for (int c = 0; c < kComponentCount; ++c) {
        const ComponentSummary &comp = s.signal->components[static_cast<size_t>(c)];
        const int frames = comp.perTimeframe ? kTimeframeCount : 1;
        for (int tf = 0; tf < frames; ++tf) {
            const ComponentReading &reading = comp.timeframes[static_cast<size_t>(tf)];
            for (int k = 0; k < reading.count; ++k) {
                const SubIndicatorReading &sub = reading.subs[static_cast<size_t>(k)];
                std::uint8_t &last =
                    s.lastStates[static_cast<size_t>(c)][static_cast<size_t>(tf)][static_cast<size_t>(k)];
                const auto now = static_cast<std::uint8_t>(sub.state);
                if (last == now)
                    continue;
                const bool firstSight = last == kUnknownState;
                const std::uint8_t before = last;
                last = now;
                // Ready from the start is the normal case and says nothing; every other change is one line.
                if (firstSight && sub.state == Sufficiency::Ready)
                    continue;
                ++m_transitions;
                const QString where =
                    QStringLiteral("%1/%2/%3")
                        .arg(QLatin1String(componentName(comp.id)),
                             QLatin1String(comp.perTimeframe ? timeframeName(static_cast<Timeframe>(tf)) : "live"),
                             QLatin1String(sub.name));
                QString detail;
                if (sub.state == Sufficiency::Warming)
                    detail = QStringLiteral("warming up %1/%2").arg(sub.have).arg(sub.need);
                else if (sub.state == Sufficiency::Unavailable)
                    detail = QStringLiteral("unavailable: %1").arg(QLatin1String(sub.why ? sub.why : ""));
                else
                    detail = QStringLiteral("ready");
                const QString from = firstSight
                                         ? QString()
                                         : QStringLiteral(" (was %1)")
                                               .arg(QLatin1String(sufficiencyName(static_cast<Sufficiency>(before))));
                VLOG(Debug, "confluence", "DATA_SUFFICIENCY").symbol(s.name)
                    << where << QStringLiteral(": ") << detail << from;
                // Summed up by state, with the reasons counted: warming progress differs per symbol, the
                // reasons do not. Becoming ready is good news and stays at the debug level.
                if (sub.state == Sufficiency::Ready)
                    continue;
                SufficiencyTally &tally = m_sufficiencyTally[QLatin1String(sufficiencyName(sub.state))];
                ++tally.changes;
                tally.symbols.insert(s.name);
                if (sub.state == Sufficiency::Unavailable)
                    ++tally.reasons[QLatin1String(sub.why ? sub.why : "")];
                if (tally.example.isEmpty())
                    tally.example = s.name + QLatin1Char(' ') + where;
            }
        }
    }
    const qint64 now = m_clock.monotonicMs();
    if (!m_sufficiencyTally.empty() && m_sufficiencyFlushMs < 0)
        m_sufficiencyFlushMs = now + SufficiencySummaryMs;
    if (m_sufficiencyFlushMs >= 0 && now >= m_sufficiencyFlushMs)
        flushSufficiencySummary();
}

void ConfluenceEngine::flushSufficiencySummary()
{
    for (const auto &[state, tally] : m_sufficiencyTally) {
        QStringList reasons;
        for (const auto &[why, count] : tally.reasons)
            reasons << QStringLiteral("%1 %2").arg(why).arg(count);
        VLOG(Info, "confluence", "DATA_SUFFICIENCY")
            << state << QStringLiteral(" — sub-indicators: ") << tally.changes << QStringLiteral(", symbols: ")
            << static_cast<qint64>(tally.symbols.size())
            << (reasons.isEmpty() ? QString() : QStringLiteral("; ") + reasons.join(QStringLiteral(", ")))
            << QStringLiteral(" (e.g. ") << tally.example << QStringLiteral(")");
    }
    m_sufficiencyTally.clear();
    m_sufficiencyFlushMs = -1;
}

} // namespace virtuoso::confluence
