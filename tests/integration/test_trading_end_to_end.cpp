// The order path end to end: the OrderManager and BybitVenue over real loopback HTTP and
// WebSocket against the simulator's exchange, with its faults fired through its API; after each
// scenario the manager's orders, fills and positions equal the simulator's truth.
#include "TradingFixture.h"

#include "base/logging/Log.h"
#include "store/AuditLog.h"
#include "trading/AuditJournal.h"

#include <QFile>
#include <QTemporaryDir>

#include <mutex>

using namespace virtuoso;
using namespace virtuoso::trading;
using namespace virtuoso::test;

namespace {

// What the manager says it did: its requests and its notes (reconciliations, lookups).
class NotesJournal final : public TradingJournal
{
public:
    std::vector<std::string> requests;
    std::vector<std::string> notes;

    bool intent(const OrderIntent &, qint64) override { return true; }
    void riskDecision(const OrderIntent &, const RiskDecision &, qint64) override {}
    void request(std::string_view what, std::string_view, std::string_view id, qint64) override
    {
        requests.push_back(std::string(what) + " " + std::string(id));
    }
    void reply(std::string_view, std::string_view, std::string_view, const VenueReply &, qint64) override {}
    void orderUpdate(const OrderUpdate &, qint64) override {}
    void execution(const Execution &e, qint64) override
    {
        notes.push_back("execution " + e.execId + " after " + std::to_string(notes.size()) + " notes");
    }
    void venueState(bool up, std::string_view, qint64) override { notes.push_back(up ? "up" : "down"); }
    void killSwitch(std::string_view, std::string_view, qint64) override {}
    void note(std::string_view kind, std::string_view text, qint64) override
    {
        notes.push_back(std::string(kind) + ": " + std::string(text));
    }
    std::vector<RecordedIntent> unfinishedIntents() override { return {}; }
    std::optional<RecordedKill> engagedKillSwitch() override { return std::nullopt; }

    // Fills the reconciliations found that no report had brought.
    int fillsFoundByReconciliation() const
    {
        int n = 0;
        for (const std::string &note : notes) {
            const std::size_t at = note.find(" fills found");
            if (note.rfind("reconcile: ", 0) == 0 && at != std::string::npos)
                n += std::stoi(note.substr(note.rfind(' ', at - 1) + 1));
        }
        return n;
    }
};

class TradingEndToEnd : public TradingFixture
{
protected:
    NotesJournal journal; // outlives the manager, which TearDown stops (its last report is recorded)

    OrderRequest limit(const std::string &symbol, Side side, double fractionFromTouch, double usdt = 50)
    {
        OrderRequest r;
        r.symbol = symbol;
        r.side = side;
        r.type = OrderType::Limit;
        r.price = awayFromTouch(symbol, side, fractionFromTouch);
        r.quantity = lotsWorth(symbol, r.price, usdt);
        return r;
    }
    OrderRequest market(const std::string &symbol, Side side, double usdt = 50)
    {
        OrderRequest r;
        r.symbol = symbol;
        r.side = side;
        r.type = OrderType::Market;
        r.quantity = lotsWorth(symbol, touch(symbol).second, usdt);
        return r;
    }
};

} // namespace

TEST_F(TradingEndToEnd, LostCreateAnswerIsLookedUpNotResent)
{
    startSim({QStringLiteral("BTCUSDT")});
    startTrading(&journal);
    ASSERT_EQ(fire({{"kind", "ack_lost"}, {"account", key}}), QString());

    std::string linkId;
    const VenueReply reply = placeAndWait(limit("BTCUSDT", Side::Buy, 0.03), &linkId);
    EXPECT_TRUE(reply.answerLost) << reply.retCode << " " << reply.retMsg;
    EXPECT_EQ(sim->faultReport().value(QLatin1String("effects")).toObject().value(QLatin1String("ack_lost")).toInt(),
              1);
    ASSERT_NE(manager->orders().find(linkId), nullptr);
    // Only the REST answer was lost: the order was placed, and the private stream may report it before
    // the lost answer reaches the manager (New, with the exchange's orderId) or not yet (PendingNew).
    if (const Order *early = manager->orders().find(linkId); early->status == OrderStatus::PendingNew) {
        EXPECT_TRUE(early->orderId.empty());
    } else {
        EXPECT_EQ(early->status, OrderStatus::New);
        EXPECT_FALSE(early->orderId.empty());
    }

    // The manager looks the order up by orderLinkId once the request could no longer be accepted.
    runFor(TradingSettings{}.lostAnswerLookupDelayMs + 500);
    ASSERT_TRUE(until([&] { return !manager->orders().find(linkId)->orderId.empty(); }));
    const Order *order = manager->orders().find(linkId);
    EXPECT_EQ(order->status, OrderStatus::New);

    // Exactly one order at the simulator, under that orderLinkId, with the manager's orderId.
    const auto orders = truthOrders();
    ASSERT_EQ(orders.size(), 1u);
    EXPECT_EQ(orders.begin()->first.toStdString(), order->orderId);
    EXPECT_EQ(truthOrdersWithLinkId(linkId), 1);
    EXPECT_EQ(journal.requests, std::vector<std::string>{"create " + linkId});
    expectMatchesTruth();
}

TEST_F(TradingEndToEnd, PrivateStreamCutBeforeAPartialFillIsReconciled)
{
    startSim({QStringLiteral("BTCUSDT")});
    startTrading(&journal);
    // A buy at the best ask for more than the ask shows: it takes the level and rests with the rest.
    const auto [bid, ask] = touch("BTCUSDT");
    OrderRequest request;
    request.symbol = "BTCUSDT";
    request.side = Side::Buy;
    request.price = ask;
    const exchange::Lots askSize = bestAskSize("BTCUSDT");
    request.quantity = askSize + lotsWorth("BTCUSDT", ask, 500);
    ASSERT_EQ(fire({{"kind", "private_drop"}, {"account", key}, {"on", "partial_fill"}}), QString());

    std::string linkId;
    const VenueReply reply = placeAndWait(request, &linkId);
    ASSERT_TRUE(reply.ok) << reply.retCode << " " << reply.retMsg;
    EXPECT_EQ(
        sim->faultReport().value(QLatin1String("effects")).toObject().value(QLatin1String("private_drop")).toInt(), 1);
    // The stream goes down, comes back (backoff on the shared clock) and the manager reconciles.
    ASSERT_TRUE(until([&] { return streamDowns >= 1; }, 20'000));
    ASSERT_TRUE(until([&] { return manager->streamUp(); }, 20'000, 1)) << manager->streamReason();
    expectMatchesTruth();
    const Order *order = manager->orders().find(linkId);
    ASSERT_NE(order, nullptr);
    // The take at the ask was reported only to the cut stream: the reconciliation found it. The
    // rest may have filled since, as the market moved while the stream came back.
    EXPECT_GE(order->filled, askSize);
    EXPECT_TRUE(order->status == OrderStatus::PartiallyFilled || order->status == OrderStatus::Filled)
        << orderStatusName(order->status);
    // The take was found by the reconciliation after the reconnect (its reports went with the cut).
    EXPECT_TRUE(until([&] { return journal.fillsFoundByReconciliation() >= 1; })) << [&] {
        std::string all;
        for (const std::string &n : journal.notes)
            all += n + "\n";
        return all;
    }();
    EXPECT_GE(manager->orders().executionCount(), 1u);
    EXPECT_EQ(manager->orders().executionCount(),
              std::size_t(truth().value(QLatin1String("executions")).toArray().size()));
}

TEST_F(TradingEndToEnd, ClockSkewIsResyncedAndTheOrderExistsOnce)
{
    startSim({QStringLiteral("BTCUSDT")});
    startTrading();
    const qint64 offsetBefore = venue->rest().clockOffsetMs();
    ASSERT_EQ(fire({{"kind", "clock_skew"}, {"skew_ms", 30'000}}), QString());

    std::string linkId;
    const VenueReply reply = placeAndWait(limit("BTCUSDT", Side::Buy, 0.03), &linkId);
    ASSERT_TRUE(reply.ok) << reply.retCode << " " << reply.retMsg;
    // The 10002 made the client measure the exchange's clock again.
    EXPECT_NEAR(double(venue->rest().clockOffsetMs() - offsetBefore), 30'000.0, 1'000.0);
    EXPECT_EQ(truthOrdersWithLinkId(linkId), 1);
    EXPECT_EQ(truthOrders().size(), 1u);
    expectMatchesTruth();

    auto cancelled = std::make_shared<std::optional<VenueReply>>();
    ASSERT_EQ(manager->cancel(linkId, [cancelled](const VenueReply &r) { *cancelled = r; }), std::string());
    ASSERT_TRUE(until([&] { return cancelled->has_value(); }));
    EXPECT_TRUE((*cancelled)->ok) << (*cancelled)->retCode << " " << (*cancelled)->retMsg;
    ASSERT_TRUE(until([&] { return manager->orders().find(linkId)->status == OrderStatus::Cancelled; }));
    EXPECT_EQ(truth().value(QLatin1String("openOrders")).toArray().size(), 0);
    expectMatchesTruth();
}

TEST_F(TradingEndToEnd, KillSwitchCancelsTwentyOrdersAndFlattensFivePositions)
{
    const QStringList symbols{QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT"),
                              QStringLiteral("XRPUSDT"), QStringLiteral("DOGEUSDT")};
    startSim(symbols);
    startTrading();
    int i = 0;
    for (const QString &s : symbols) {
        const std::string symbol = s.toStdString();
        const VenueReply opened = placeAndWait(market(symbol, i++ % 2 ? Side::Sell : Side::Buy, 200));
        ASSERT_TRUE(opened.ok) << symbol << ": " << opened.retCode << " " << opened.retMsg;
        for (int k = 0; k < 4; ++k) {
            const VenueReply rested = placeAndWait(limit(symbol, k % 2 ? Side::Sell : Side::Buy, 0.02 + 0.005 * k, 30));
            ASSERT_TRUE(rested.ok) << symbol << ": " << rested.retCode << " " << rested.retMsg;
        }
    }
    ASSERT_TRUE(until([&] { return manager->orders().openOrders().size() == 20; }));
    expectMatchesTruth();
    ASSERT_EQ(truth().value(QLatin1String("openOrders")).toArray().size(), 20);

    std::optional<KillReport> report;
    manager->engageKillSwitch("end-to-end test", [&](const KillReport &r) { report = r; });
    ASSERT_TRUE(until([&] { return report.has_value(); }));
    EXPECT_TRUE(report->clean()) << "open after " << report->openOrdersAfter << ", positions after "
                                 << report->positionsAfter << ", problems "
                                 << (report->problems.empty() ? std::string() : report->problems.front());
    EXPECT_EQ(report->openOrdersBefore, 20);
    EXPECT_EQ(report->positionsToFlatten, 5);
    EXPECT_EQ(report->flattenOrdersSent, 5);

    const QJsonObject t = truth();
    EXPECT_EQ(t.value(QLatin1String("openOrders")).toArray().size(), 0);
    for (const QJsonValue &p : t.value(QLatin1String("positions")).toArray())
        EXPECT_EQ(p.toObject().value(QLatin1String("size")).toString().toDouble(), 0.0)
            << QJsonDocument(p.toObject()).toJson().toStdString();
    expectMatchesTruth();
    EXPECT_TRUE(manager->orders().openOrders().empty());

    // New risk is refused while the switch is engaged; nothing reaches the simulator.
    const std::size_t ordersBefore = truthOrders().size();
    const PlaceResult refused = manager->place(limit("BTCUSDT", Side::Buy, 0.03));
    EXPECT_FALSE(refused.sent);
    EXPECT_EQ(refused.decision.rule, RiskRule::KillSwitch) << refused.error;
    EXPECT_EQ(truthOrders().size(), ordersBefore);
}

namespace {

// Every log entry as text: message, code, category and every field.
class CapturingSink final : public log::Sink
{
public:
    explicit CapturingSink(std::shared_ptr<std::pair<std::mutex, QByteArray>> out)
        : m_out(std::move(out))
    {}
    void write(const log::Entry &entry) override
    {
        QByteArray line = entry.category + ' ' + entry.code + ' ' + entry.message.toUtf8();
        for (const log::Field &f : entry.fields)
            line += ' ' + f.name + '=' + f.value.toUtf8();
        std::lock_guard lock(m_out->first);
        m_out->second += line + '\n';
    }

private:
    std::shared_ptr<std::pair<std::mutex, QByteArray>> m_out;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_F(TradingEndToEnd, NoKeyOrSecretInTheAuditLogTheLogsOrAnyAnswer)
{
    auto captured = std::make_shared<std::pair<std::mutex, QByteArray>>();
    log::Logger::instance().addSink(std::make_unique<CapturingSink>(captured));
    log::Logger::instance().setLevel(log::Level::Debug);
    log::Logger::installQtMessageHandler();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("trading-audit.sqlite"));
    startSim({QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")});
    store::AuditLog audit(clock);
    ASSERT_TRUE(audit.open(dbPath)) << audit.lastError().toStdString();
    audit.setVenue(QStringLiteral("simulator"));
    audit.registerSecret(key.toStdString());
    audit.registerSecret(secret.toStdString());
    AuditJournal journal(audit, [this](const std::string &symbol) { return spec(symbol); });
    startTrading(&journal);

    // Every answer and report the session produces, as text.
    std::string answers;
    auto keep = [&answers](const VenueReply &r) { answers += r.retMsg + ' ' + r.orderId + ' ' + r.orderLinkId + '\n'; };
    auto placeKept = [&](const OrderRequest &request) {
        const VenueReply r = placeAndWait(request);
        keep(r);
        return r;
    };

    std::string restingId;
    const VenueReply rested = placeAndWait(limit("BTCUSDT", Side::Buy, 0.03), &restingId);
    keep(rested);
    ASSERT_TRUE(rested.ok) << rested.retMsg;
    ASSERT_TRUE(placeKept(market("BTCUSDT", Side::Buy, 300)).ok);
    ASSERT_TRUE(placeKept(market("ETHUSDT", Side::Sell, 300)).ok);
    ASSERT_TRUE(placeKept(limit("ETHUSDT", Side::Sell, 0.03)).ok);
    // A refused create: its retMsg passes through to the operator.
    OrderRequest tooFar = limit("BTCUSDT", Side::Buy, 0.5);
    keep(placeAndWait(tooFar));
    auto cancelled = std::make_shared<std::optional<VenueReply>>();
    ASSERT_EQ(manager->cancel(restingId, [cancelled](const VenueReply &r) { *cancelled = r; }), std::string());
    ASSERT_TRUE(until([&] { return cancelled->has_value(); }));
    keep(**cancelled);
    std::optional<KillReport> report;
    manager->engageKillSwitch("secret-grep session", [&](const KillReport &r) { report = r; });
    ASSERT_TRUE(until([&] { return report.has_value(); }));
    EXPECT_TRUE(report->clean());
    answers += report->reason + '\n';
    for (const std::string &p : report->problems)
        answers += p + '\n';
    for (const Order *o : manager->orders().openOrders())
        answers += o->reason + '\n';
    expectMatchesTruth();

    const QByteArray db = readAll(dbPath);
    const QByteArray wal = readAll(dbPath + QStringLiteral("-wal"));
    QByteArray logs;
    {
        std::lock_guard lock(captured->first);
        logs = captured->second;
    }
    // The simulator stands for the exchange and names its accounts' keys by its own rules
    // (docs/simulator.md); the trading side names neither.
    QByteArray tradingLogs;
    for (const QByteArray &line : logs.split('\n')) {
        if (!line.startsWith("sim "))
            tradingLogs += line + '\n';
    }
    // The places searched do hold the session: the grep looks at the right bytes.
    ASSERT_TRUE((db + wal).contains(QByteArray::fromStdString(restingId)));
    ASSERT_FALSE(logs.isEmpty());
    ASSERT_FALSE(answers.empty());

    const QByteArray k = key.toLatin1();
    EXPECT_FALSE(logs.contains(secret)) << "the secret is in the simulator's logs";
    for (const auto &[what, text] : {std::pair<const char *, QByteArray>{"audit database", db},
                                     {"audit WAL", wal},
                                     {"trading logs", tradingLogs},
                                     {"answers", QByteArray::fromStdString(answers)}}) {
        EXPECT_FALSE(text.contains(secret)) << "the secret is in the " << what;
        EXPECT_FALSE(text.contains(k)) << "the API key is in the " << what;
    }
    manager->stop();
    audit.close();
    const QByteArray closed = readAll(dbPath);
    EXPECT_FALSE(closed.contains(secret));
    EXPECT_FALSE(closed.contains(k));
}

TEST_F(TradingEndToEnd, RefusedSignatureAnswerNamesNeitherKeyNorSecret)
{
    auto captured = std::make_shared<std::pair<std::mutex, QByteArray>>();
    log::Logger::instance().addSink(std::make_unique<CapturingSink>(captured));
    log::Logger::instance().setLevel(log::Level::Debug);
    startSim({QStringLiteral("BTCUSDT")});

    // The right key with a wrong secret: the exchange answers 10004 "error sign! origin_string[…]",
    // quoting the signed text — the API key included.
    BybitVenueSettings s;
    s.kind = VenueKind::Simulator;
    s.restUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(sim->port()));
    s.streamUrl = QUrl(QStringLiteral("ws://127.0.0.1:%1/v5/private").arg(sim->port()));
    const QByteArray wrongSecret = randomText(36).toLatin1();
    BybitVenue badVenue(
        s, std::make_shared<exchange::RequestSigner>(key.toStdString(), wrongSecret.toStdString()),
        [this](std::string_view symbol) { return spec(symbol); }, clock);

    OrderIntent intent;
    intent.orderLinkId = "bad-sign-1";
    intent.symbol = "BTCUSDT";
    intent.price = awayFromTouch("BTCUSDT", Side::Buy, 0.03);
    intent.quantity = lotsWorth("BTCUSDT", intent.price, 50);
    std::optional<VenueReply> created;
    badVenue.create(intent, [&](const VenueReply &r) { created = r; });
    std::optional<VenueReply> listed;
    badVenue.openOrders([&](const VenueReply &r, const std::vector<OrderUpdate> &) { listed = r; });
    ASSERT_TRUE(until([&] { return created.has_value() && listed.has_value(); }));

    EXPECT_EQ(created->retCode, 10004) << created->retMsg;
    EXPECT_EQ(listed->retCode, 10004) << listed->retMsg;
    EXPECT_TRUE(truthOrders().empty());
    QByteArray tradingLogs;
    {
        std::lock_guard lock(captured->first);
        for (const QByteArray &line : captured->second.split('\n')) {
            if (!line.startsWith("sim "))
                tradingLogs += line + '\n';
        }
    }
    const QByteArray k = key.toLatin1();
    for (const auto &[what, text] :
         {std::pair<const char *, QByteArray>{"create's answer", QByteArray::fromStdString(created->retMsg)},
          {"query's answer", QByteArray::fromStdString(listed->retMsg)},
          {"trading logs", tradingLogs}}) {
        EXPECT_FALSE(text.contains(k)) << "the API key is in the " << what << ": " << text.toStdString();
        EXPECT_FALSE(text.contains(secret)) << "the secret is in the " << what;
        EXPECT_FALSE(text.contains(wrongSecret)) << "the signing secret is in the " << what;
    }
    // What the operator needs is still there: the exchange's reason.
    EXPECT_NE(created->retMsg.find("error sign!"), std::string::npos) << created->retMsg;
}
