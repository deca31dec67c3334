// The paper account across restarts: the file the paper broker keeps, what it restores, what it
// refuses, and the order manager finding its orders again after the program died.
#include "BtcSpec.h"
#include "base/Clock.h"
#include "store/AuditLog.h"
#include "trading/AuditJournal.h"
#include "trading/OrderManager.h"
#include "trading/PaperAccountFile.h"
#include "trading/PaperVenue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <set>

using namespace virtuoso;
using namespace virtuoso::trading;

namespace {

// BTCUSDT with tick 0.1 and lot 0.001 (BtcSpec.h).
exchange::InstrumentSpec btc()
{
    return fixtures::btcSpec();
}

OrderIntent intent(const std::string &linkId, Side side, OrderType type, Ticks price, Lots qty)
{
    OrderIntent i;
    i.orderLinkId = linkId;
    i.symbol = "BTCUSDT";
    i.side = side;
    i.type = type;
    i.timeInForce = type == OrderType::Market ? TimeInForce::IOC : TimeInForce::GTC;
    i.price = price;
    i.quantity = qty;
    return i;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

class PaperAccount : public ::testing::Test
{
protected:
    // A paper broker on the account in the file, fed one book; nothing is fed before keepAccountIn,
    // as after a restart (the catalog arrives later).
    std::unique_ptr<PaperVenue> open(std::string *error = nullptr, bool withInstrument = true)
    {
        auto venue = std::make_unique<PaperVenue>(10'000);
        venue->setClock([this] { return now; });
        std::string why;
        if (!venue->keepAccountIn(path, &why)) {
            if (error)
                *error = why;
            return nullptr;
        }
        if (withInstrument) {
            venue->addInstrument(btc());
            venue->onMark("BTCUSDT", 10'000, now);
            venue->onBook("BTCUSDT", {{9'999, 300}, {9'998, 500}}, {{10'000, 500}, {10'001, 500}}, now);
        }
        return venue;
    }

    static VenueReply send(PaperVenue &venue, const OrderIntent &i)
    {
        VenueReply out;
        venue.create(i, [&](const VenueReply &r) { out = r; });
        return out;
    }

    static std::vector<OrderUpdate> query(PaperVenue &venue, const std::string &linkId)
    {
        std::vector<OrderUpdate> out;
        venue.queryOrder("BTCUSDT", linkId, [&](const VenueReply &, const std::vector<OrderUpdate> &o) { out = o; });
        return out;
    }

    static std::vector<PositionReport> positions(PaperVenue &venue)
    {
        std::vector<PositionReport> out;
        venue.positions([&](const VenueReply &, const std::vector<PositionReport> &p) { out = p; });
        return out;
    }

    static WalletReport wallet(PaperVenue &venue)
    {
        WalletReport out;
        venue.wallet([&](const VenueReply &, const WalletReport &w) { out = w; });
        return out;
    }

    static std::vector<Execution> executions(PaperVenue &venue)
    {
        std::vector<Execution> out;
        venue.executionsSince(0, [&](const VenueReply &, const std::vector<Execution> &x) { out = x; });
        return out;
    }

    // An account with a filled market buy, a resting limit buy, a take-profit and leverage 5.
    void trade(PaperVenue &venue)
    {
        VenueReply lev;
        venue.setLeverage("BTCUSDT", 5, [&](const VenueReply &r) { lev = r; });
        ASSERT_TRUE(lev.ok) << lev.retMsg;
        OrderIntent buy = intent("buy-1", Side::Buy, OrderType::Market, 0, 20);
        buy.takeProfit = 10'500;
        ASSERT_TRUE(send(venue, buy).ok);
        ASSERT_TRUE(send(venue, intent("rest-1", Side::Buy, OrderType::Limit, 9'998, 30)).ok);
    }

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("paper-account.json"));
    qint64 now = 1'700'000'000'000;
};

TEST_F(PaperAccount, ANewAccountIsWrittenAtOnceForItsOwnerOnly)
{
    auto venue = open();
    ASSERT_TRUE(venue);
    ASSERT_TRUE(QFile::exists(path));
    EXPECT_EQ(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
    const std::optional<AccountImage> image = paper_file::fromJson(readAll(path), nullptr);
    ASSERT_TRUE(image);
    EXPECT_EQ(image->account, "paper");
    EXPECT_EQ(image->deposit, 10'000);
}

TEST_F(PaperAccount, OrdersPositionsAndMoneySurviveTheProgram)
{
    WalletReport before;
    std::vector<PositionReport> positionsBefore;
    std::vector<Execution> fillsBefore;
    std::string filledOrderId;
    {
        auto venue = open();
        ASSERT_TRUE(venue);
        trade(*venue);
        before = wallet(*venue);
        positionsBefore = positions(*venue);
        fillsBefore = executions(*venue);
        filledOrderId = query(*venue, "buy-1").at(0).orderId;
        // No stop(), no save call: the venue is gone as in a crash.
    }
    now += 60'000;
    auto venue = open(nullptr, /*withInstrument=*/false);
    ASSERT_TRUE(venue);
    // Before the catalog arrives the account is already whole: lookups find the orders.
    const std::vector<OrderUpdate> filled = query(*venue, "buy-1");
    ASSERT_EQ(filled.size(), 1u);
    EXPECT_EQ(filled[0].status, OrderStatus::Filled);
    EXPECT_EQ(filled[0].orderId, filledOrderId);
    EXPECT_EQ(filled[0].cumulativeFilled, 20);
    const std::vector<OrderUpdate> resting = query(*venue, "rest-1");
    ASSERT_EQ(resting.size(), 1u);
    EXPECT_EQ(resting[0].status, OrderStatus::New);
    EXPECT_EQ(resting[0].price, 9'998);

    venue->addInstrument(btc());
    venue->onMark("BTCUSDT", 10'000, now);
    const std::vector<PositionReport> after = positions(*venue);
    ASSERT_EQ(after.size(), positionsBefore.size());
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].size, 20);
    EXPECT_DOUBLE_EQ(after[0].averagePrice, positionsBefore[0].averagePrice);
    EXPECT_EQ(after[0].takeProfit, 10'500);
    EXPECT_EQ(after[0].leverage, 5);
    EXPECT_DOUBLE_EQ(after[0].cumulativeRealisedPnl, positionsBefore[0].cumulativeRealisedPnl);
    const WalletReport money = wallet(*venue);
    EXPECT_DOUBLE_EQ(money.walletBalance, before.walletBalance);
    EXPECT_DOUBLE_EQ(money.available, before.available); // the resting order's margin is held again
    EXPECT_DOUBLE_EQ(money.cumulativeRealisedPnl, before.cumulativeRealisedPnl);
    const std::vector<Execution> fills = executions(*venue);
    ASSERT_EQ(fills.size(), fillsBefore.size());
    EXPECT_EQ(fills.back().execId, fillsBefore.back().execId);

    // The restored order still rests: a trade through its price fills it, under new ids only.
    venue->onBook("BTCUSDT", {{9'999, 300}, {9'998, 500}}, {{10'000, 500}, {10'001, 500}}, now);
    venue->onTrade("BTCUSDT", exchange::Side::Sell, 9'997, 1'000, now);
    EXPECT_EQ(query(*venue, "rest-1").at(0).status, OrderStatus::Filled);
    const VenueReply next = send(*venue, intent("buy-2", Side::Buy, OrderType::Market, 0, 10));
    ASSERT_TRUE(next.ok) << next.retMsg;
    EXPECT_NE(next.orderId, filledOrderId);
    std::set<std::string> execIds;
    for (const Execution &x : executions(*venue))
        EXPECT_TRUE(execIds.insert(x.execId).second) << "execId " << x.execId << " twice";
    EXPECT_EQ(positions(*venue).at(0).size, 60);

    // And that fill is on the disk too.
    venue.reset();
    venue = open();
    ASSERT_TRUE(venue);
    EXPECT_EQ(positions(*venue).at(0).size, 60);
    EXPECT_EQ(query(*venue, "rest-1").at(0).status, OrderStatus::Filled);
}

TEST_F(PaperAccount, AFileThatCannotBeReadIsRefusedAndLeftAsItWas)
{
    {
        auto venue = open();
        ASSERT_TRUE(venue);
        trade(*venue);
    }
    ASSERT_TRUE(QFile::exists(path + QStringLiteral(".changes")));
    ASSERT_TRUE(open()); // which writes the account whole and ends its changes
    ASSERT_TRUE(readAll(path + QStringLiteral(".changes")).isEmpty());
    const QByteArray good = readAll(path);
    const auto refused = [&](const QByteArray &bytes, const std::string &expected) {
        writeAll(path, bytes);
        std::string error;
        EXPECT_FALSE(open(&error)) << expected;
        EXPECT_NE(error.find(expected), std::string::npos) << error;
        EXPECT_EQ(readAll(path), bytes) << "the refused file was changed";
    };
    refused("garbage", "not JSON");
    refused(good.left(good.size() / 2), "not JSON");
    refused("[]", "not a JSON object");
    refused(QByteArray(good).replace("virtuoso-paper-account", "something-else"), "not a paper account");
    refused(QByteArray(good).replace("\"version\": 1", "\"version\": 9"), "version 9");
    refused(QByteArray(good).replace("\"leverage\": 5", "\"leverage\": \"5\""), "\"leverage\" should be a number");
    refused(QByteArray(good).replace("\"qty\": \"30\"", "\"qty\": \"3x\""), "\"qty\" should be a whole number");
    refused(QByteArray(good).replace("\"account\": \"paper\"", "\"account\": \"other\""), "holds account \"other\"");
    // An open order said to be finished elsewhere, or overfilled: the image does not hold together.
    refused(QByteArray(good).replace("\"filled\": \"0\"", "\"filled\": \"99\""), "filled");
    // Sizes whose products would overflow the engine's arithmetic.
    refused(QByteArray(good).replace("\"qty\": \"30\"", "\"qty\": \"9000000000000000000\""), "out of range");
    refused(QByteArray(good).replace("\"size\": \"20\"", "\"size\": \"-9000000000000000000\""), "out of range");

    // Every truncation of a good file is refused with a reason, never half taken.
    for (qsizetype cut = 1; cut < good.size(); cut += 37) {
        writeAll(path, good.left(cut));
        std::string error;
        EXPECT_FALSE(open(&error)) << cut;
        EXPECT_FALSE(error.empty());
    }
    writeAll(path, good);
    EXPECT_TRUE(open());
}

TEST_F(PaperAccount, EachChangeIsOneLineAndALineCutOffByACrashIsLeftOut)
{
    {
        auto venue = open();
        ASSERT_TRUE(venue);
        trade(*venue); // leverage, a market buy (order, fill), a resting limit: one line each
    }
    const QString changes = path + QStringLiteral(".changes");
    const QByteArray lines = readAll(changes);
    EXPECT_EQ(lines.count('\n'), 3) << lines.toStdString();
    EXPECT_TRUE(lines.endsWith('\n'));
    EXPECT_EQ(QFileInfo(changes).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);

    // The last line half written when the program died: its request was never answered.
    writeAll(changes, lines.left(lines.size() - 40));
    {
        auto venue = open();
        ASSERT_TRUE(venue);
        EXPECT_EQ(positions(*venue).at(0).size, 20);
        EXPECT_TRUE(query(*venue, "rest-1").empty());
        ASSERT_TRUE(send(*venue, intent("rest-2", Side::Buy, OrderType::Limit, 9'997, 30)).ok);
    }
    // A damaged line before the last is refused: what follows it cannot be trusted.
    const QByteArray now = readAll(changes);
    writeAll(changes, "{\"format\": 1}\n" + now);
    std::string error;
    EXPECT_FALSE(open(&error));
    EXPECT_NE(error.find(".changes, line 1"), std::string::npos) << error;
    // Changes without the document they change: refused, not taken for a whole account.
    writeAll(changes, now);
    const QByteArray document = readAll(path);
    ASSERT_TRUE(QFile::remove(path));
    EXPECT_FALSE(open(&error));
    EXPECT_NE(error.find("is missing"), std::string::npos) << error;
    writeAll(path, document);
    auto venue = open();
    ASSERT_TRUE(venue);
    EXPECT_EQ(query(*venue, "rest-2").at(0).status, OrderStatus::New);
}

TEST_F(PaperAccount, ALongSessionIsWrittenWholeEveryThousandChanges)
{
    auto venue = open();
    ASSERT_TRUE(venue);
    const QString changes = path + QStringLiteral(".changes");
    for (std::size_t i = 0; i < PaperVenue::kChangesPerSave; ++i)
        ASSERT_TRUE(
            send(*venue, intent("buy-" + std::to_string(i), i % 2 ? Side::Sell : Side::Buy, OrderType::Market, 0, 20))
                .ok);
    EXPECT_EQ(readAll(changes).count('\n'), static_cast<qsizetype>(PaperVenue::kChangesPerSave));
    ASSERT_TRUE(send(*venue, intent("buy-last", Side::Buy, OrderType::Market, 0, 20)).ok);
    EXPECT_EQ(readAll(changes).count('\n'), 0); // written whole, the changes started again
    const std::optional<AccountImage> image = paper_file::fromJson(readAll(path), nullptr);
    ASSERT_TRUE(image);
    EXPECT_EQ(image->finishedOrders.size(), PaperVenue::kKeepFinished);
    EXPECT_EQ(image->finishedOrders.back().orderLinkId, "buy-last");
    const Lots size = positions(*venue).at(0).size;
    EXPECT_EQ(image->positions.at(0).size, size);
    venue.reset();
    venue = open();
    EXPECT_EQ(positions(*venue).at(0).size, size);
}

TEST_F(PaperAccount, AnInstrumentWhoseGridChangedIsRefused)
{
    {
        auto venue = open();
        ASSERT_TRUE(venue);
        trade(*venue);
    }
    PaperVenue venue(10'000);
    exchange::InstrumentSpec coarser = btc();
    coarser.price = exchange::DecimalGrid(5, 1); // 0.5 now, 0.1 when saved: every saved tick would be wrong
    venue.addInstrument(coarser);
    std::string error;
    EXPECT_FALSE(venue.keepAccountIn(path, &error));
    EXPECT_NE(error.find("tick or lot size"), std::string::npos) << error;
}

TEST_F(PaperAccount, AGridThatChangesAfterTheAccountWasRestoredStopsPaperOrdersInItsSymbol)
{
    {
        auto venue = open();
        ASSERT_TRUE(venue);
        trade(*venue);
    }
    // Restored before the catalog, as a daemon starts; then the catalog says the tick is 0.5.
    auto venue = open(nullptr, /*withInstrument=*/false);
    ASSERT_TRUE(venue);
    exchange::InstrumentSpec coarser = btc();
    coarser.price = exchange::DecimalGrid(5, 1);
    venue->addInstrument(coarser);
    const VenueReply refused = send(*venue, intent("buy-9", Side::Buy, OrderType::Market, 0, 20));
    EXPECT_FALSE(refused.ok);
    EXPECT_NE(refused.retMsg.find("tick or lot size changed"), std::string::npos) << refused.retMsg;
    // The account keeps its own grid: the position's numbers mean what they meant.
    EXPECT_EQ(venue->engine().instrument("BTCUSDT")->price, btc().price);
    EXPECT_EQ(positions(*venue).at(0).size, 20);
}

TEST_F(PaperAccount, AFailedSaveIsReportedAndRetried)
{
    auto venue = open();
    ASSERT_TRUE(venue);
    // The folder goes away: the next change cannot be written, and says so.
    ASSERT_TRUE(dir.remove());
    ASSERT_TRUE(send(*venue, intent("buy-1", Side::Buy, OrderType::Market, 0, 20)).ok);
    EXPECT_NE(venue->saveError().find("was removed"), std::string::npos) << venue->saveError();
    // It comes back: the next change writes the whole account, the earlier fill included.
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    ASSERT_TRUE(send(*venue, intent("buy-2", Side::Buy, OrderType::Market, 0, 30)).ok);
    EXPECT_TRUE(venue->saveError().empty()) << venue->saveError();
    const std::optional<AccountImage> image = paper_file::fromJson(readAll(path), nullptr);
    ASSERT_TRUE(image);
    ASSERT_EQ(image->positions.size(), 1u);
    EXPECT_EQ(image->positions[0].size, 50);
}

TEST_F(PaperAccount, OneProgramAtATimeKeepsTheAccount)
{
    auto first = open();
    ASSERT_TRUE(first);
    std::string error;
    EXPECT_FALSE(open(&error));
    EXPECT_NE(error.find("is in use by"), std::string::npos) << error;
    first.reset();
    EXPECT_TRUE(open());

    // The lock of a holder that died (a process that no longer exists) is taken over.
    {
        QFile lock(path + QStringLiteral(".lock"));
        ASSERT_TRUE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write("2147483646\nvirtuosod\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    error.clear();
    EXPECT_TRUE(open(&error)) << error;
}

// The whole path of a paper order: the order manager journals to the audit log and sends to the
// paper broker; the program dies; the next run finds every order as it was, none "never sent".
TEST_F(PaperAccount, TheOrderManagerFindsItsPaperOrdersAfterACrash)
{
    ManualClock clock(now);
    const QString auditPath = dir.filePath(QStringLiteral("trading-audit.sqlite"));
    const exchange::InstrumentSpec spec = btc();
    const auto instruments = [&spec](const std::string &symbol) -> const exchange::InstrumentSpec * {
        return symbol == "BTCUSDT" ? &spec : nullptr;
    };
    struct Run
    {
        store::AuditLog audit;
        std::unique_ptr<AuditJournal> journal;
        PaperVenue venue{10'000};
        std::unique_ptr<OrderManager> manager;
        explicit Run(const Clock &clock)
            : audit(clock)
        {}
    };
    const auto run = [&] {
        auto r = std::make_unique<Run>(clock);
        EXPECT_TRUE(r->audit.open(auditPath)) << r->audit.lastError().toStdString();
        r->audit.setVenue(QStringLiteral("paper"));
        r->journal = std::make_unique<AuditJournal>(r->audit, instruments);
        r->venue.setClock([&clock] { return clock.epochMs(); });
        std::string error;
        EXPECT_TRUE(r->venue.keepAccountIn(path, &error)) << error;
        r->venue.addInstrument(spec);
        r->venue.onMark("BTCUSDT", 10'000, clock.epochMs());
        r->venue.onBook("BTCUSDT", {{9'999, 300}}, {{10'000, 500}}, clock.epochMs());
        r->manager = std::make_unique<OrderManager>(r->venue, clock, instruments, r->journal.get(), TradingSettings{});
        r->manager->start();
        return r;
    };

    std::string market, limit;
    {
        auto first = run();
        OrderRequest buy;
        buy.symbol = "BTCUSDT";
        buy.type = OrderType::Market;
        buy.quantity = 20;
        market = first->manager->place(buy).orderLinkId;
        OrderRequest rest = buy;
        rest.type = OrderType::Limit;
        rest.price = 9'990;
        limit = first->manager->place(rest).orderLinkId;
        ASSERT_EQ(first->manager->orders().find(market)->status, OrderStatus::Filled);
        ASSERT_EQ(first->manager->orders().find(limit)->status, OrderStatus::New);
        // The market order's end is journalled from its fill: only the limit is unfinished.
        const std::vector<RecordedIntent> unfinished = first->journal->unfinishedIntents();
        ASSERT_EQ(unfinished.size(), 1u);
        EXPECT_EQ(unfinished[0].intent.orderLinkId, limit);
    }
    clock.advanceMs(120'000); // past every lookup window

    auto second = run();
    for (int i = 0; i < 10; ++i) {
        clock.advanceMs(1'000);
        second->manager->tick();
    }
    const Order *resting = second->manager->orders().find(limit);
    ASSERT_NE(resting, nullptr);
    EXPECT_EQ(resting->status, OrderStatus::New) << resting->reason;
    const auto &venuePositions = second->manager->venuePositions();
    ASSERT_EQ(venuePositions.count("BTCUSDT"), 1u);
    EXPECT_EQ(venuePositions.at("BTCUSDT").size, 20);
    // The resting order can still be cancelled, at the venue that kept it.
    EXPECT_EQ(second->manager->cancel(limit), "");
    EXPECT_EQ(second->manager->orders().find(limit)->status, OrderStatus::Cancelled);

    // A kill switch engaged and not reset stays engaged across a restart, and runs again.
    bool killed = false;
    second->manager->engageKillSwitch("operator", [&killed](const KillReport &) { killed = true; });
    ASSERT_TRUE(killed);
    EXPECT_EQ(second->manager->venuePositions().at("BTCUSDT").size, 0);
    second.reset();
    auto third = run();
    EXPECT_TRUE(third->manager->killSwitchEngaged());
    OrderRequest buy;
    buy.symbol = "BTCUSDT";
    buy.type = OrderType::Market;
    buy.quantity = 5;
    EXPECT_EQ(third->manager->place(buy).decision.rule, RiskRule::KillSwitch);
    third->manager->onInstrumentsKnown(); // as the trading service does when the catalog is there
    ASSERT_TRUE(third->manager->lastKill().finished());
    EXPECT_NE(third->manager->lastKill().reason.find("after a restart"), std::string::npos);
    std::string error;
    EXPECT_TRUE(third->manager->resetKillSwitch(&error)) << error;
    third.reset();
    auto fourth = run(); // reset before the restart: trading as before
    EXPECT_FALSE(fourth->manager->killSwitchEngaged());
    EXPECT_TRUE(fourth->manager->place(buy).sent);
}

} // namespace
