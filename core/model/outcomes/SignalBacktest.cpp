#include "model/outcomes/SignalBacktest.h"

namespace virtuoso::outcomes {

namespace {
constexpr std::int64_t kFlushIntervalMs = 100; // the engine thread's timer for rate-limited evaluations
}

SignalBacktest::SignalBacktest(const confluence::ConfluenceSettings &engine,
                               const std::vector<OutcomeSettings> &trackers, OutcomeTracker::PriceSource prices)
    : m_engine(m_clock, engine)
{
    for (const OutcomeSettings &settings : trackers)
        m_trackers.push_back(std::make_unique<OutcomeTracker>(settings, prices));
    m_engine.setSignalSink([this](const confluence::ConfluenceSignal &signal) {
        ++m_evaluations;
        for (auto &t : m_trackers)
            t->onSignal(signal);
    });
}

SignalBacktest::~SignalBacktest() = default;

void SignalBacktest::advanceTo(std::int64_t epochMs)
{
    if (epochMs > m_nowMs) {
        m_clock.advanceMs(epochMs - m_nowMs);
        m_nowMs = epochMs;
    }
}

const SignalBacktest::Names &SignalBacktest::namesOf(const exchange::Symbol &symbol)
{
    auto it = m_names.find(symbol);
    if (it == m_names.end())
        it = m_names.emplace(symbol, Names{symbol.toQString(), std::string(symbol.view())}).first;
    return it->second;
}

void SignalBacktest::feedCandle(const QString &symbol, const confluence::Candle &minute)
{
    advanceTo(minute.openTimeMs + 60'000);
    const std::string name = symbol.toStdString();
    for (auto &t : m_trackers)
        t->feedCandle(name, minute);
    m_engine.onCandle(symbol, minute);
}

void SignalBacktest::feedMessage(const exchange::PublicMessage &message, const exchange::InstrumentSpec &spec,
                                 std::int64_t recordedMs)
{
    using namespace exchange;
    if (message.as<OpResponse>())
        return;
    advanceTo(recordedMs);
    if (m_nowMs >= m_nextFlushMs) {
        m_engine.flushDue();
        m_nextFlushMs = (m_nowMs / kFlushIntervalMs + 1) * kFlushIntervalMs;
    }
    ++m_messages;
    const market::MarketOutcome outcome = m_market.apply(message);
    if (outcome.needsResync()) {
        // Live, the connection resubscribes; a recording carries on until the next snapshot.
        ++m_resyncs;
        return;
    }
    const Names &names = namesOf(spec.symbol);
    const QString &symbol = names.text;
    const std::string &name = names.key;
    const DecimalGrid &price = spec.price;
    const DecimalGrid &quantity = spec.quantity;
    if (const auto *trades = message.as<TradeMessage>()) {
        for (const Trade &t : trades->trades) {
            const double p = price.toDouble(t.price);
            for (auto &tracker : m_trackers)
                tracker->feedTrade(name, t.timeMs, p);
            m_engine.onTrade(symbol, {t.timeMs, p, quantity.toDouble(t.size), t.side == Side::Buy});
        }
    } else if (const auto *klines = message.as<KlineMessage>()) {
        if (klines->topic.param == 1) {
            for (const exchange::Candle &c : klines->candles) {
                if (!c.confirmed)
                    continue;
                const confluence::Candle minute{c.startMs,
                                                price.toDouble(c.open),
                                                price.toDouble(c.high),
                                                price.toDouble(c.low),
                                                price.toDouble(c.close),
                                                quantity.toDouble(c.volume)};
                for (auto &tracker : m_trackers)
                    tracker->feedCandle(name, minute);
            }
        }
        m_adapter.onKlines(symbol, *klines, price, quantity);
    } else if (const auto *ticker = message.as<TickerMessage>()) {
        m_adapter.onTicker(symbol, *ticker);
    } else if (const auto *liquidations = message.as<LiquidationMessage>()) {
        m_adapter.onLiquidations(symbol, *liquidations);
    } else if (const auto *book = message.as<OrderBookMessage>()) {
        const market::SymbolMarket *m = m_market.find(book->topic.symbol);
        if (const market::OrderBook *b = m ? m->book(book->topic.param) : nullptr)
            m_adapter.onBook(symbol, *b, book->tsMs, price, quantity);
    }
}

} // namespace virtuoso::outcomes
