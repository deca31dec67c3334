#pragma once
// The order manager's test fixture: a scripted venue that holds every request until the test answers
// it, a journal that records what the manager writes, and a BTCUSDT-like instrument.
#include "base/Clock.h"
#include "trading/OrderManager.h"
#include "trading/TradingJournal.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <map>
#include <set>

using namespace virtuoso;
using namespace virtuoso::trading;

namespace {

struct Call
{
    std::string kind; // create, amend, cancel, cancel_all, query, open, executions, positions, wallet
    std::string symbol;
    std::string orderLinkId;
    OrderIntent intent;
    int journalSizeAtCall = 0;
    Venue::ReplyFn reply;
    Venue::OrdersFn orders;
    Venue::ExecutionsFn executions;
    Venue::PositionsFn positions;
    Venue::WalletFn wallet;
};

class RecordingJournal final : public TradingJournal
{
public:
    std::vector<std::string> entries;
    std::vector<RecordedIntent> unfinished;
    std::optional<RecordedKill> kill; // what engagedKillSwitch() finds

    bool failIntents = false;
    bool intent(const OrderIntent &i, qint64) override
    {
        if (failIntents)
            return false;
        entries.push_back("intent " + i.orderLinkId);
        return true;
    }
    void riskDecision(const OrderIntent &i, const RiskDecision &d, qint64) override
    {
        entries.push_back("risk " + i.orderLinkId + " " + riskRuleName(d.rule));
    }
    void request(std::string_view what, std::string_view, std::string_view id, qint64) override
    {
        entries.push_back("request " + std::string(what) + " " + std::string(id));
    }
    void reply(std::string_view what, std::string_view, std::string_view id, const VenueReply &r, qint64) override
    {
        entries.push_back("reply " + std::string(what) + " " + std::string(id) + " " + std::to_string(r.retCode));
    }
    void orderUpdate(const OrderUpdate &u, qint64) override
    {
        entries.push_back("update " + u.orderLinkId + " " + orderStatusName(u.status));
    }
    void execution(const Execution &e, qint64) override { entries.push_back("execution " + e.execId); }
    void killSwitch(std::string_view action, std::string_view, qint64) override
    {
        entries.push_back("kill " + std::string(action));
    }
    void venueState(bool up, std::string_view, qint64) override { entries.push_back(up ? "venue up" : "venue down"); }
    void note(std::string_view kind, std::string_view, qint64) override
    {
        entries.push_back("note " + std::string(kind));
    }
    std::vector<RecordedIntent> unfinishedIntents() override { return unfinished; }
    std::optional<RecordedKill> engagedKillSwitch() override { return kill; }

    int count(const std::string &prefix) const
    {
        int n = 0;
        for (const std::string &e : entries)
            n += e.rfind(prefix, 0) == 0;
        return n;
    }
};

inline VenueReply ok(const std::string &orderId = {})
{
    VenueReply r;
    r.ok = true;
    r.retCode = 0;
    r.retMsg = "OK";
    r.orderId = orderId;
    return r;
}

class ScriptedVenue final : public Venue
{
public:
    explicit ScriptedVenue(RecordingJournal &journal)
        : m_journal(journal)
    {}
    std::deque<Call> calls;
    int started = 0;
    // Every request answered inside the call, as the paper broker does: creates and cancels with
    // OK, open orders with none, positions with the next list of `positionsAtOnce` (then none).
    bool answerAtOnce = false;
    std::deque<std::vector<PositionReport>> positionsAtOnce;

    VenueListener *listener() const { return m_listener; }
    VenueKind kind() const override { return VenueKind::Simulator; }
    void start() override { ++started; }
    void stop() override {}
    void create(const OrderIntent &intent, ReplyFn done) override
    {
        Call c = make("create", intent.symbol, intent.orderLinkId);
        c.intent = intent;
        if (answerAtOnce) {
            done(ok("at-once-" + intent.orderLinkId));
            return;
        }
        c.reply = std::move(done);
        calls.push_back(std::move(c));
    }
    void amend(const std::string &symbol, const std::string &linkId, const std::string &, std::optional<Ticks>,
               std::optional<Lots>, ReplyFn done) override
    {
        Call c = make("amend", symbol, linkId);
        c.reply = std::move(done);
        calls.push_back(std::move(c));
    }
    void cancel(const std::string &symbol, const std::string &linkId, const std::string &, ReplyFn done) override
    {
        Call c = make("cancel", symbol, linkId);
        c.reply = std::move(done);
        calls.push_back(std::move(c));
    }
    void cancelAll(const std::string &symbol, ReplyFn done) override
    {
        if (answerAtOnce) {
            done(ok());
            return;
        }
        Call c = make("cancel_all", symbol, {});
        c.reply = std::move(done);
        calls.push_back(std::move(c));
    }
    void setLeverage(const std::string &symbol, double, ReplyFn done) override
    {
        Call c = make("leverage", symbol, {});
        c.reply = std::move(done);
        calls.push_back(std::move(c));
    }
    void queryOrder(const std::string &symbol, const std::string &linkId, OrdersFn done) override
    {
        Call c = make("query", symbol, linkId);
        c.orders = std::move(done);
        calls.push_back(std::move(c));
    }
    void openOrders(OrdersFn done) override
    {
        if (answerAtOnce) {
            done(ok(), {});
            return;
        }
        Call c = make("open", {}, {});
        c.orders = std::move(done);
        calls.push_back(std::move(c));
    }
    void executionsSince(qint64, ExecutionsFn done) override
    {
        Call c = make("executions", {}, {});
        c.executions = std::move(done);
        calls.push_back(std::move(c));
    }
    void positions(PositionsFn done) override
    {
        if (answerAtOnce) {
            std::vector<PositionReport> list;
            if (!positionsAtOnce.empty()) {
                list = std::move(positionsAtOnce.front());
                positionsAtOnce.pop_front();
            }
            done(ok(), list);
            return;
        }
        Call c = make("positions", {}, {});
        c.positions = std::move(done);
        calls.push_back(std::move(c));
    }
    void wallet(WalletFn done) override
    {
        Call c = make("wallet", {}, {});
        c.wallet = std::move(done);
        calls.push_back(std::move(c));
    }

    // Takes the oldest call of `kind`; fails the test when there is none.
    Call take(const std::string &kind)
    {
        for (auto it = calls.begin(); it != calls.end(); ++it) {
            if (it->kind == kind) {
                Call c = std::move(*it);
                calls.erase(it);
                return c;
            }
        }
        ADD_FAILURE() << "no " << kind << " call";
        return {};
    }
    int pending(const std::string &kind) const
    {
        int n = 0;
        for (const Call &c : calls)
            n += c.kind == kind;
        return n;
    }

private:
    Call make(std::string kind, std::string symbol, std::string linkId)
    {
        Call c;
        c.kind = std::move(kind);
        c.symbol = std::move(symbol);
        c.orderLinkId = std::move(linkId);
        c.journalSizeAtCall = static_cast<int>(m_journal.entries.size());
        return c;
    }
    RecordingJournal &m_journal;
};

inline VenueReply lost()
{
    VenueReply r;
    r.answerLost = true;
    r.retMsg = "timeout";
    return r;
}

inline VenueReply refused(int code, const std::string &msg)
{
    VenueReply r;
    r.retCode = code;
    r.retMsg = msg;
    return r;
}

inline OrderUpdate update(const Call &create, const std::string &orderId, OrderStatus status, Lots filled = 0)
{
    OrderUpdate u;
    u.orderId = orderId;
    u.orderLinkId = create.intent.orderLinkId;
    u.symbol = create.intent.symbol;
    u.side = create.intent.side;
    u.status = status;
    u.cumulativeFilled = filled;
    u.price = create.intent.price;
    u.quantity = create.intent.quantity;
    return u;
}

inline Execution fill(const std::string &execId, const Call &create, const std::string &orderId, Ticks price, Lots qty)
{
    Execution e;
    e.execId = execId;
    e.orderId = orderId;
    e.orderLinkId = create.intent.orderLinkId;
    e.symbol = create.intent.symbol;
    e.side = create.intent.side;
    e.price = price;
    e.quantity = qty;
    e.fee = exchange::Decimal{0, 0};
    e.timeMs = 1'700'000'000'000;
    return e;
}

class OrderManagerTest : public ::testing::Test
{
protected:
    OrderManagerTest()
    {
        // BTCUSDT-like: tick 0.1, lot 0.001.
        spec.symbol = *exchange::Symbol::from("BTCUSDT");
        spec.price = exchange::DecimalGrid(1, 1);
        spec.quantity = exchange::DecimalGrid(1, 3);
        spec.minOrderLots = 1;
        other = spec;
        other.symbol = *exchange::Symbol::from("ETHUSDT");
    }

    std::unique_ptr<OrderManager> make(TradingSettings settings = {})
    {
        auto manager = std::make_unique<OrderManager>(
            venue, clock,
            [this](const std::string &symbol) -> const exchange::InstrumentSpec * {
                if (symbol == "BTCUSDT")
                    return &spec;
                if (symbol.size() == 7 && symbol.substr(3) == "USDT")
                    return &other;
                return nullptr;
            },
            &journal, settings);
        manager->start();
        return manager;
    }

public:
    static OrderRequest limitBuy(Ticks price = 500'000, Lots qty = 10)
    {
        OrderRequest r;
        r.symbol = "BTCUSDT";
        r.side = Side::Buy;
        r.type = OrderType::Limit;
        r.price = price;
        r.quantity = qty;
        return r;
    }

protected:
    ManualClock clock;
    RecordingJournal journal;
    ScriptedVenue venue{journal};
    exchange::InstrumentSpec spec;
    exchange::InstrumentSpec other;
};

} // namespace
