#include "sim/exchange/SimExchange.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "sim/exchange/ExchangeJson.h"
#include "sim/exchange/PrivateStreams.h"
#include "sim/market/MarketSimulator.h"
#include "sim/server/FaultBoard.h"
#include "sim/server/FaultPlan.h"

#include <algorithm>

namespace virtuoso::sim {

namespace {

// The displayed depth the engine matches against.
constexpr int kEngineDepth = 50;

std::vector<exchange::BookLevel> toLevels(const std::vector<PriceLevel> &levels)
{
    std::vector<exchange::BookLevel> out;
    out.reserve(levels.size());
    for (const PriceLevel &l : levels)
        out.push_back(exchange::BookLevel{l.price, l.size});
    return out;
}

} // namespace

SimExchange::SimExchange(MarketSimulator &market, const Clock &clock, FaultBoard &faults)
    : m_market(market)
    , m_clock(clock)
    , m_faults(faults)
    , m_engine(std::make_unique<trading::MatchingEngine>(trading::MatchingSettings{}, this))
{
    for (const SimInstrument &instrument : m_market.instruments())
        m_engine->addInstrument(instrument.spec);
}

SimExchange::~SimExchange()
{
    m_engine->setListener(nullptr);
}

bool SimExchange::addAccount(const SimAccount &account)
{
    if (m_accounts.count(account.key))
        return false;
    m_accounts.emplace(account.key, account);
    m_engine->addAccount(account.key.toStdString(), account.walletUsdt);
    VLOG_AT(m_quiet ? log::Level::Debug : log::Level::Notice, "sim", "SIM_ACCOUNT")
        << "account " << account.key << " opened with " << account.walletUsdt << " USDT";
    return true;
}

const SimAccount *SimExchange::account(const QString &key) const
{
    const auto it = m_accounts.find(key);
    return it == m_accounts.end() ? nullptr : &it->second;
}

QStringList SimExchange::accountKeys() const
{
    QStringList keys;
    for (const auto &entry : m_accounts)
        keys << entry.first;
    return keys;
}

const exchange::InstrumentSpec *SimExchange::spec(const QString &symbol) const
{
    const SimInstrument *instrument = m_market.instrument(symbol);
    return instrument ? &instrument->spec : nullptr;
}

qint64 SimExchange::nowMs() const
{
    return m_clock.epochMs();
}

void SimExchange::watch(const QString &symbol)
{
    if (!m_market.instrument(symbol))
        return;
    const bool first = !m_watched.contains(symbol);
    if (first)
        m_watched.insert(symbol);
    if (first) {
        const TickerState ticker = m_market.ticker(symbol);
        m_marks[symbol] = ticker.markPrice;
        m_engine->onMark(symbol.toStdString(), ticker.markPrice, nowMs());
    }
    if (first || m_dirtyBooks.contains(symbol)) {
        m_dirtyBooks.remove(symbol);
        std::vector<PriceLevel> bids, asks;
        m_market.bookTop(symbol, kEngineDepth, bids, asks);
        m_engine->onBook(symbol.toStdString(), toLevels(bids), toLevels(asks), nowMs());
    }
}

void SimExchange::flushBooks()
{
    if (m_dirtyBooks.isEmpty())
        return;
    const QSet<QString> dirty = m_dirtyBooks;
    for (const QString &symbol : dirty)
        watch(symbol);
}

exchange::Ticks SimExchange::markTicks(const QString &symbol) const
{
    const auto it = m_marks.find(symbol);
    return it == m_marks.end() ? 0 : it->second;
}

void SimExchange::onBookChange(const BookChange &change)
{
    if (m_next)
        m_next->onBookChange(change);
    if (m_watched.contains(change.symbol))
        m_dirtyBooks.insert(change.symbol);
}

void SimExchange::onTrades(const QString &symbol, const std::vector<TradePrint> &trades)
{
    if (m_next)
        m_next->onTrades(symbol, trades);
    if (!m_watched.contains(symbol))
        return;
    watch(symbol); // the book the trade happened in first
    const std::string name = symbol.toStdString();
    for (const TradePrint &t : trades) {
        m_engine->onTrade(name, t.side == Side::Buy ? exchange::Side::Buy : exchange::Side::Sell, t.price, t.size,
                          nowMs());
    }
}

void SimExchange::onCandle(const QString &symbol, const Candle &candle)
{
    if (m_next)
        m_next->onCandle(symbol, candle);
}

void SimExchange::onTicker(const TickerState &ticker)
{
    if (m_next)
        m_next->onTicker(ticker);
    if (!m_watched.contains(ticker.symbol) || ticker.markPrice <= 0)
        return;
    auto &mark = m_marks[ticker.symbol];
    if (mark != ticker.markPrice) {
        mark = ticker.markPrice;
        m_engine->onMark(ticker.symbol.toStdString(), ticker.markPrice, nowMs());
    }
}

void SimExchange::onLiquidations(const std::vector<Liquidation> &liquidations)
{
    if (m_next)
        m_next->onLiquidations(liquidations);
}

void SimExchange::publish(const QString &key, const QString &topic, const QJsonArray &data)
{
    if (!m_streams)
        return;
    const qint64 now = m_clock.monotonicMs();
    bool hold = false;
    qint64 due = now;
    if (const Fault *delay = m_faults.active(FaultKind::ExecDelay, QStringLiteral("all"), now)) {
        if (delay->account == u"all" || delay->account == key) {
            hold = true;
            due = now + delay->delayMs;
            m_faults.countEffect(FaultKind::ExecDelay);
        }
    }
    // Messages keep their order: behind one held message of the account, the next waits too.
    const bool queued = std::any_of(m_held.begin(), m_held.end(), [&](const Held &h) { return h.key == key; });
    if (hold || queued) {
        if (!hold && queued)
            due = std::max_element(m_held.begin(), m_held.end(), [](const Held &a, const Held &b) {
                      return a.dueMonoMs < b.dueMonoMs;
                  })->dueMonoMs;
        m_held.push_back(Held{due, key, topic, data});
        return;
    }
    m_streams->publish(key, topic, data);
}

void SimExchange::maybeDrop(const QString &key, trading::OrderStatus status)
{
    if (!m_dropArmed || !m_streams)
        return;
    const auto &[account, trigger] = *m_dropArmed;
    if (account != u"all" && account != key)
        return;
    const bool partial = status == trading::OrderStatus::PartiallyFilled;
    const bool filled = status == trading::OrderStatus::Filled;
    if ((trigger == u"partial_fill" && partial) || (trigger == u"fill" && (partial || filled))) {
        m_dropArmed.reset();
        m_faults.countEffect(FaultKind::PrivateDrop);
        m_streams->dropAccount(key);
    }
}

void SimExchange::onOrder(const std::string &account, const trading::ExchangeOrder &order)
{
    const QString key = QString::fromStdString(account);
    maybeDrop(key, order.status); // the cut comes before the report: the client must reconcile
    const exchange::InstrumentSpec *s = spec(QString::fromStdString(order.symbol));
    if (s)
        publish(key, QStringLiteral("order"), QJsonArray{exchangejson::order(order, *s)});
}

void SimExchange::onExecution(const std::string &account, const trading::ExchangeExecution &execution)
{
    const QString symbol = QString::fromStdString(execution.symbol);
    const exchange::InstrumentSpec *s = spec(symbol);
    if (!s)
        return;
    const trading::ExchangeOrder *order = m_engine->order(account, execution.orderId, {});
    // The engine reports a fill's execution before the order's new state: a cut due at this fill
    // comes before either, or the execution would slip out on the connection about to be cut.
    if (order)
        maybeDrop(QString::fromStdString(account), order->status);
    publish(QString::fromStdString(account), QStringLiteral("execution"),
            QJsonArray{exchangejson::execution(execution, order, *s, markTicks(symbol))});
}

void SimExchange::onPosition(const std::string &account, const trading::ExchangePosition &position)
{
    const exchange::InstrumentSpec *s = spec(QString::fromStdString(position.symbol));
    if (s)
        publish(QString::fromStdString(account), QStringLiteral("position"),
                QJsonArray{exchangejson::position(position, *s)});
}

void SimExchange::onWallet(const std::string &account, const trading::ExchangeWallet &wallet)
{
    double realised = 0;
    for (const trading::ExchangePosition &p : m_engine->positions(account, {}))
        realised += p.cumulativeRealisedPnl;
    publish(QString::fromStdString(account), QStringLiteral("wallet"),
            QJsonArray{exchangejson::wallet(wallet, realised)});
}

void SimExchange::setDcpWindow(const QString &key, int seconds)
{
    m_dcpSeconds[key] = seconds;
}

int SimExchange::dcpWindow(const QString &key) const
{
    const auto it = m_dcpSeconds.find(key);
    return it == m_dcpSeconds.end() ? 0 : it->second;
}

void SimExchange::connectionsChanged(const QString &key, int connections)
{
    if (connections > 0) {
        m_dcpDeadlineMonoMs.erase(key);
        return;
    }
    const int window = dcpWindow(key);
    if (window > 0)
        m_dcpDeadlineMonoMs[key] = m_clock.monotonicMs() + window * 1000LL;
}

void SimExchange::fire(const Fault &fault)
{
    switch (fault.kind) {
    case FaultKind::AckLost:
        m_ackLost = fault.count;
        m_ackLostAccount = fault.account;
        break;
    case FaultKind::PrivateDrop:
        if (fault.trigger == u"now") {
            if (m_streams) {
                m_faults.countEffect(FaultKind::PrivateDrop);
                m_streams->dropAccount(fault.account);
            }
        } else {
            m_dropArmed = std::make_pair(fault.account, fault.trigger);
        }
        break;
    default:
        break;
    }
}

bool SimExchange::takeAckLost(const QString &key)
{
    if (m_ackLost <= 0 || (m_ackLostAccount != u"all" && m_ackLostAccount != key))
        return false;
    --m_ackLost;
    m_faults.countEffect(FaultKind::AckLost);
    return true;
}

void SimExchange::tick()
{
    const qint64 now = m_clock.monotonicMs();
    if (!m_held.empty() && m_streams) {
        std::vector<Held> due;
        for (auto it = m_held.begin(); it != m_held.end();) {
            if (it->dueMonoMs <= now) {
                due.push_back(std::move(*it));
                it = m_held.erase(it);
            } else {
                ++it;
            }
        }
        for (const Held &h : due)
            m_streams->publish(h.key, h.topic, h.data);
    }
    for (auto it = m_dcpDeadlineMonoMs.begin(); it != m_dcpDeadlineMonoMs.end();) {
        if (it->second > now) {
            ++it;
            continue;
        }
        const QString key = it->first;
        it = m_dcpDeadlineMonoMs.erase(it);
        const auto cancelled = m_engine->cancelAll(key.toStdString(), {}, nowMs());
        VLOG(Notice, "sim", "SIM_DCP") << "account " << key << " lost its private stream for " << dcpWindow(key)
                                       << " s: disconnect-cancel-all cancelled "
                                       << static_cast<qint64>(cancelled.size()) << " orders";
    }
}

QJsonObject SimExchange::truth(const QString &key) const
{
    const std::string account = key.toStdString();
    QJsonArray open, history, executions, positions;
    for (const trading::ExchangeOrder &o : m_engine->openOrders(account, {})) {
        if (const auto *s = spec(QString::fromStdString(o.symbol)))
            open.append(exchangejson::order(o, *s));
    }
    for (const trading::ExchangeOrder &o : m_engine->orderHistory(account, {}, 10'000)) {
        if (const auto *s = spec(QString::fromStdString(o.symbol)))
            history.append(exchangejson::order(o, *s));
    }
    for (const trading::ExchangeExecution &e : m_engine->executions(account, {}, 0, 100'000)) {
        const QString symbol = QString::fromStdString(e.symbol);
        if (const auto *s = spec(symbol))
            executions.append(
                exchangejson::execution(e, m_engine->order(account, e.orderId, {}), *s, markTicks(symbol)));
    }
    double realised = 0;
    for (const trading::ExchangePosition &p : m_engine->positions(account, {})) {
        realised += p.cumulativeRealisedPnl;
        if (const auto *s = spec(QString::fromStdString(p.symbol)))
            positions.append(exchangejson::position(p, *s));
    }
    return QJsonObject{{QStringLiteral("account"), key},
                       {QStringLiteral("openOrders"), open},
                       {QStringLiteral("closedOrders"), history},
                       {QStringLiteral("executions"), executions},
                       {QStringLiteral("positions"), positions},
                       {QStringLiteral("wallet"), exchangejson::wallet(m_engine->wallet(account), realised)},
                       {QStringLiteral("dcpTimeWindow"), dcpWindow(key)},
                       {QStringLiteral("privateConnections"), m_streams ? m_streams->connections(key) : 0}};
}

} // namespace virtuoso::sim
