#include "trading/PaperVenue.h"

#include "base/logging/Log.h"
#include "trading/PaperAccountFile.h"

#include <QDateTime>

#include <algorithm>
#include <tuple>

#include <cmath>
#include <cstdlib>
#include <limits>

namespace virtuoso::trading {

namespace {

constexpr int kMoneyScale = 10;

} // namespace

PaperVenue::PaperVenue(double startingUsdt, MatchingSettings settings)
    : m_engine(settings, this)
    , m_startingUsdt(startingUsdt)
{
    m_engine.addAccount(kAccount, startingUsdt);
}

PaperVenue::~PaperVenue() = default;

void PaperVenue::start()
{
    m_running = true;
    if (m_listener)
        m_listener->onVenueStream(true, "paper");
}

void PaperVenue::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_listener)
        m_listener->onVenueStream(false, "stopped");
}

bool PaperVenue::keepAccountIn(const QString &path, std::string *error)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // held for the program's life: stale only when its holder is gone
    if (!lock->tryLock()) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        *error = lock->error() == QLockFile::LockFailedError
                     ? path.toStdString() + " is in use by " + application.toStdString() + " (process " +
                           std::to_string(pid) + "): one program at a time keeps a paper account"
                     : "cannot lock " + path.toStdString() + " (is its folder writable?)";
        return false;
    }
    const std::string fresh = " (move the file away to start a new paper account)";
    std::string warning;
    std::optional<AccountImage> saved = paper_file::load(path, kKeepFinished, kKeepExecutions, error, &warning);
    if (!error->empty()) {
        *error += fresh;
        return false;
    }
    if (!warning.empty()) {
        VLOG(Warning, "trading", "PAPER_ACCOUNT_CUT_OFF") << QString::fromStdString(warning);
    }
    if (saved) {
        if (saved->account != kAccount) {
            *error = path.toStdString() + " holds account \"" + saved->account + "\", not \"" + kAccount + "\"" + fresh;
            return false;
        }
        std::string why;
        if (!m_engine.restore(*saved, &why)) {
            *error = path.toStdString() + ": " + why + fresh;
            return false;
        }
        m_startingUsdt = saved->deposit;
        VLOG(Notice, "trading", "PAPER_ACCOUNT_RESTORED")
            << QStringLiteral("paper account restored from %1: %2 positions, %3 open orders")
                   .arg(path)
                   .arg(saved->positions.size())
                   .arg(saved->openOrders.size());
    }
    m_path = path;
    m_lock = std::move(lock);
    // Written whole at once: the file exists from here on, and the changes start empty.
    m_dirty = true;
    m_needsWhole = true;
    saveIfChanged();
    *error = m_saveError;
    return m_saveError.empty();
}

void PaperVenue::noteChange(const std::string &symbol, const std::string &orderId)
{
    if (m_path.isEmpty())
        return; // in memory only
    m_dirty = true;
    if (!symbol.empty() &&
        std::find(m_changedSymbols.begin(), m_changedSymbols.end(), symbol) == m_changedSymbols.end())
        m_changedSymbols.push_back(symbol);
    if (!orderId.empty() && std::find(m_changedOrders.begin(), m_changedOrders.end(), orderId) == m_changedOrders.end())
        m_changedOrders.push_back(orderId);
}

bool PaperVenue::writeChanges(std::string *why)
{
    const bool whole = m_needsWhole || m_changes.lines() >= kChangesPerSave;
    if (whole) {
        // The account whole, which also ends the change file; a new one is opened after it.
        return paper_file::save(m_path, m_engine.image(kAccount, kKeepFinished, kKeepExecutions), now(), why) &&
               m_changes.open(m_path, why);
    }
    AccountImage change;
    change.account = kAccount;
    change.deposit = m_startingUsdt;
    std::tie(change.orderCounter, change.execCounter) = m_engine.idCounters();
    for (const std::string &orderId : m_changedOrders) {
        if (const ExchangeOrder *order = m_engine.order(kAccount, orderId, {}))
            (isFinal(order->status) ? change.finishedOrders : change.openOrders).push_back(*order);
    }
    for (const std::string &symbol : m_changedSymbols) {
        if (const exchange::InstrumentSpec *spec = m_engine.instrument(symbol))
            change.instruments.push_back(*spec);
        if (std::optional<AccountImage::Position> position = m_engine.positionImage(kAccount, symbol))
            change.positions.push_back(*position);
    }
    change.executions = m_newExecutions;
    return m_changes.append(paper_file::changeLine(change, now()), why);
}

void PaperVenue::saveIfChanged()
{
    if (m_path.isEmpty() || !m_dirty)
        return;
    std::string why;
    const bool saved = writeChanges(&why);
    // Either way these changes are dealt with: written, or — after a failure — left to the whole
    // account the next attempt writes.
    m_changedOrders.clear();
    m_changedSymbols.clear();
    m_newExecutions.clear();
    if (saved) {
        if (!m_saveError.empty()) {
            VLOG(Notice, "trading", "PAPER_ACCOUNT_SAVED") << "the paper account is saved again";
        }
        m_saveError.clear();
        m_dirty = false;
        m_needsWhole = false;
        return;
    }
    // Still dirty: the next change tries again, with the whole account. Said once per run of failures.
    m_needsWhole = true;
    if (m_saveError.empty()) {
        VLOG(Error, "trading", "PAPER_ACCOUNT_UNSAVED")
            << QString::fromStdString(why) << "; the paper account's latest changes would not survive a restart";
    }
    m_saveError = why;
}

qint64 PaperVenue::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

// ---- The public market ----

void PaperVenue::addInstrument(const exchange::InstrumentSpec &spec)
{
    const std::string symbol = spec.symbol.toStdString();
    const exchange::InstrumentSpec *known = m_engine.instrument(symbol);
    const std::string change = known && !m_path.isEmpty() ? gridChange(spec, *known) : std::string();
    if (!change.empty()) {
        // The account holds this symbol's orders and position in ticks and lots of the grid it was
        // saved with (checked when it was restored, if the catalog was in by then): read on another
        // grid they would mean other prices. The symbol is not traded on paper any more; moving the
        // account file away starts a new account on the new grid.
        if (m_gridChanged.insert(symbol).second) {
            VLOG(Error, "trading", "PAPER_GRID_CHANGED") << QString::fromStdString(
                symbol + "'s " + change + " when the paper account was saved; paper orders in " + symbol +
                " are refused");
        }
        return;
    }
    m_engine.addInstrument(spec);
}

bool PaperVenue::refusedForGrid(const std::string &symbol, ReplyFn &done) const
{
    if (!m_gridChanged.count(symbol))
        return false;
    VenueReply r;
    r.retCode = retcode::ParamError;
    r.retMsg = symbol + "'s tick or lot size changed since the paper account was saved";
    if (done)
        done(r);
    return true;
}

void PaperVenue::onBook(const std::string &symbol, const std::vector<exchange::BookLevel> &bids,
                        const std::vector<exchange::BookLevel> &asks, qint64 nowMs)
{
    m_engine.onBook(symbol, bids, asks, nowMs);
    saveIfChanged();
}

void PaperVenue::onTrade(const std::string &symbol, exchange::Side takerSide, Ticks price, Lots size, qint64 nowMs)
{
    m_engine.onTrade(symbol, takerSide, price, size, nowMs);
    saveIfChanged();
}

void PaperVenue::onMark(const std::string &symbol, Ticks markTicks, qint64 nowMs)
{
    m_engine.onMark(symbol, markTicks, nowMs);
    saveIfChanged();
}

// ---- Requests ----

VenueReply PaperVenue::reply(const MatchResult &result)
{
    VenueReply r;
    r.ok = result.ok();
    r.retCode = result.retCode;
    r.retMsg = result.retMsg;
    r.orderId = result.orderId;
    r.orderLinkId = result.orderLinkId;
    return r;
}

void PaperVenue::create(const OrderIntent &intent, ReplyFn done)
{
    if (refusedForGrid(intent.symbol, done))
        return;
    NewOrder order;
    order.orderLinkId = intent.orderLinkId;
    order.symbol = intent.symbol;
    order.side = intent.side;
    order.type = intent.type;
    order.timeInForce = intent.timeInForce;
    order.price = intent.price;
    order.quantity = intent.quantity;
    order.reduceOnly = intent.reduceOnly;
    order.takeProfit = intent.takeProfit;
    order.stopLoss = intent.stopLoss;
    order.tpTriggerBy = intent.tpTriggerBy;
    order.slTriggerBy = intent.slTriggerBy;
    const VenueReply r = reply(m_engine.create(kAccount, order, now()));
    saveIfChanged();
    if (done)
        done(r);
}

void PaperVenue::amend(const std::string &symbol, const std::string &orderLinkId, const std::string &orderId,
                       std::optional<Ticks> price, std::optional<Lots> quantity, ReplyFn done)
{
    if (refusedForGrid(symbol, done))
        return;
    const VenueReply r = reply(m_engine.amend(kAccount, symbol, orderId, orderLinkId, price, quantity, now()));
    saveIfChanged();
    if (done)
        done(r);
}

void PaperVenue::cancel(const std::string &symbol, const std::string &orderLinkId, const std::string &orderId,
                        ReplyFn done)
{
    const VenueReply r = reply(m_engine.cancel(kAccount, symbol, orderId, orderLinkId, now()));
    saveIfChanged();
    if (done)
        done(r);
}

void PaperVenue::cancelAll(const std::string &symbol, ReplyFn done)
{
    m_engine.cancelAll(kAccount, symbol, now());
    saveIfChanged();
    if (done)
        done(reply(MatchResult{}));
}

void PaperVenue::setLeverage(const std::string &symbol, double leverage, ReplyFn done)
{
    const VenueReply r = reply(m_engine.setLeverage(kAccount, symbol, leverage, now()));
    if (r.ok)
        noteChange(symbol, {});
    saveIfChanged();
    if (done)
        done(r);
}

// ---- Queries ----

void PaperVenue::queryOrder(const std::string &symbol, const std::string &orderLinkId, OrdersFn done)
{
    std::vector<OrderUpdate> out;
    const ExchangeOrder *o = orderLinkId.empty() ? nullptr : m_engine.order(kAccount, {}, orderLinkId);
    if (o && (symbol.empty() || o->symbol == symbol))
        out.push_back(toOrderUpdate(*o));
    if (done)
        done(reply(MatchResult{}), out);
}

void PaperVenue::openOrders(OrdersFn done)
{
    std::vector<OrderUpdate> out;
    for (const ExchangeOrder &o : m_engine.openOrders(kAccount, {}))
        out.push_back(toOrderUpdate(o));
    if (done)
        done(reply(MatchResult{}), out);
}

void PaperVenue::executionsSince(qint64 sinceMs, ExecutionsFn done)
{
    // The engine answers newest first; the venue contract is oldest first.
    const std::vector<ExchangeExecution> newestFirst =
        m_engine.executions(kAccount, {}, sinceMs, std::numeric_limits<std::size_t>::max());
    std::vector<Execution> out;
    out.reserve(newestFirst.size());
    for (auto it = newestFirst.rbegin(); it != newestFirst.rend(); ++it)
        out.push_back(toExecution(*it));
    if (done)
        done(reply(MatchResult{}), out);
}

void PaperVenue::positions(PositionsFn done)
{
    std::vector<PositionReport> out;
    for (const ExchangePosition &p : m_engine.positions(kAccount, {}))
        out.push_back(toPositionReport(p));
    if (done)
        done(reply(MatchResult{}), out);
}

void PaperVenue::wallet(WalletFn done)
{
    const WalletReport w = toWalletReport(m_engine.wallet(kAccount), now());
    if (done)
        done(reply(MatchResult{}), w);
}

// ---- Conversions ----

exchange::Decimal PaperVenue::toDecimal(double value)
{
    exchange::Decimal d;
    d.units = std::llround(value * std::pow(10.0, kMoneyScale));
    d.scale = kMoneyScale;
    // The shortest scale that holds it exactly ("0.55" rather than "0.5500000000").
    while (d.scale > 0 && d.units % 10 == 0) {
        d.units /= 10;
        --d.scale;
    }
    return d;
}

OrderUpdate PaperVenue::toOrderUpdate(const ExchangeOrder &o)
{
    OrderUpdate u;
    u.orderId = o.orderId;
    u.orderLinkId = o.orderLinkId;
    u.symbol = o.symbol;
    u.side = o.side;
    u.type = o.type;
    u.timeInForce = o.timeInForce;
    u.reduceOnly = o.reduceOnly;
    u.status = o.status;
    u.cumulativeFilled = o.filled;
    u.price = o.price;
    u.quantity = o.quantity;
    u.reason = o.rejectReason.empty() ? o.cancelType : o.rejectReason;
    u.stopOrderType = o.stopOrderType;
    u.takeProfit = o.takeProfit;
    u.stopLoss = o.stopLoss;
    u.timeMs = o.updatedMs;
    return u;
}

Execution PaperVenue::toExecution(const ExchangeExecution &x)
{
    Execution e;
    e.execId = x.execId;
    e.orderId = x.orderId;
    e.orderLinkId = x.orderLinkId;
    e.symbol = x.symbol;
    e.side = x.side;
    e.price = x.price;
    e.quantity = x.quantity;
    e.fee = toDecimal(x.fee);
    e.maker = x.maker;
    e.timeMs = x.timeMs;
    return e;
}

PositionReport PaperVenue::toPositionReport(const ExchangePosition &p) const
{
    PositionReport r;
    r.symbol = p.symbol;
    r.size = p.size;
    if (p.size != 0) {
        const exchange::InstrumentSpec *spec = m_engine.instrument(p.symbol);
        const double tick = spec ? spec->price.toDouble(1) : 1.0;
        r.averagePrice = static_cast<double>(p.entryValue) / static_cast<double>(std::llabs(p.size)) * tick;
    }
    r.markTicks = p.markTicks;
    r.liquidationPrice = p.liquidationPrice;
    r.takeProfit = p.takeProfit;
    r.stopLoss = p.stopLoss;
    r.unrealisedPnl = p.unrealisedPnl;
    r.cumulativeRealisedPnl = p.cumulativeRealisedPnl;
    r.leverage = p.leverage;
    r.initialMargin = p.initialMargin;
    r.timeMs = p.updatedMs;
    return r;
}

WalletReport PaperVenue::toWalletReport(const ExchangeWallet &w, qint64 nowMs) const
{
    WalletReport r;
    r.equity = w.equity;
    r.walletBalance = w.walletBalance;
    r.available = w.available;
    r.unrealisedPnl = w.unrealisedPnl;
    r.cumulativeRealisedPnl = w.walletBalance - m_startingUsdt; // realised PnL minus fees
    r.initialMargin = w.positionMargin + w.orderMargin;
    r.timeMs = nowMs;
    return r;
}

// ---- The engine's reports ----

void PaperVenue::onOrder(const std::string &, const ExchangeOrder &order)
{
    noteChange(order.symbol, order.orderId);
    if (m_running && m_listener)
        m_listener->onVenueOrder(toOrderUpdate(order));
}

void PaperVenue::onExecution(const std::string &, const ExchangeExecution &execution)
{
    noteChange(execution.symbol, {});
    if (!m_path.isEmpty())
        m_newExecutions.push_back(execution);
    if (m_running && m_listener)
        m_listener->onVenueExecution(toExecution(execution));
}

void PaperVenue::onPosition(const std::string &, const ExchangePosition &position)
{
    if (m_running && m_listener)
        m_listener->onVenuePosition(toPositionReport(position));
}

void PaperVenue::onWallet(const std::string &, const ExchangeWallet &wallet)
{
    if (m_running && m_listener)
        m_listener->onVenueWallet(toWalletReport(wallet, now()));
}

} // namespace virtuoso::trading
