// A changed symbol set on running connections: the plan keeps conn_N names and leaves untouched
// every connection whose symbols did not change; the core applies it without a restart.
#include "TestSupport.h"

#include "base/Clock.h"
#include "base/config/Config.h"
#include "base/config/ConfigKeys.h"
#include "connector/PublicMarketFeed.h"
#include "engine/CoreRuntime.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::exchange;
using virtuoso::test::waitFor;

namespace {

// Two symbols (8 topics each, about 180 characters) per connection.
TopicPlanSettings twoPerConnection()
{
    TopicPlanSettings s;
    s.maxArgsChars = 400;
    return s;
}

QStringList list(const char *csv)
{
    return QString::fromLatin1(csv).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

TEST(SymbolSetChange, TheSameSetChangesNothing)
{
    const auto settings = twoPerConnection();
    const auto plan = TopicPlanner::plan(list("BTCUSDT,ETHUSDT,ADAUSDT"), settings);
    const SymbolSetChange change = PublicMarketFeed::replan(plan, list("ethusdt, ADAUSDT,BTCUSDT,BTCUSDT"), settings);
    EXPECT_TRUE(change.changed.empty());
    EXPECT_TRUE(change.added.isEmpty());
    EXPECT_TRUE(change.removed.isEmpty());
    EXPECT_EQ(change.symbols, list("ADAUSDT,BTCUSDT,ETHUSDT"));
}

TEST(SymbolSetChange, ARemovedSymbolChangesOnlyItsConnection)
{
    const auto settings = twoPerConnection();
    const auto plan = TopicPlanner::plan(list("ADAUSDT,BNBUSDT,BTCUSDT,ETHUSDT"), settings);
    ASSERT_EQ(plan.size(), 2u);
    ASSERT_EQ(plan[1].symbols, list("BTCUSDT,ETHUSDT"));
    const SymbolSetChange change = PublicMarketFeed::replan(plan, list("ADAUSDT,BNBUSDT,BTCUSDT"), settings);
    EXPECT_EQ(change.removed, list("ETHUSDT"));
    EXPECT_EQ(change.changed, std::vector<int>{1});
    EXPECT_EQ(change.plan[0].topics, plan[0].topics);
    EXPECT_EQ(change.plan[1].symbols, list("BTCUSDT"));
    EXPECT_EQ(change.plan[1].topics, TopicPlanner::topicsForSymbol(QStringLiteral("BTCUSDT"), settings));
}

TEST(SymbolSetChange, AnAddedSymbolJoinsAChangedConnectionWithRoom)
{
    const auto settings = twoPerConnection();
    const auto plan = TopicPlanner::plan(list("ADAUSDT,BNBUSDT,BTCUSDT,ETHUSDT"), settings);
    const SymbolSetChange change = PublicMarketFeed::replan(plan, list("ADAUSDT,BNBUSDT,BTCUSDT,SOLUSDT"), settings);
    EXPECT_EQ(change.added, list("SOLUSDT"));
    EXPECT_EQ(change.removed, list("ETHUSDT"));
    ASSERT_EQ(change.plan.size(), 2u);
    EXPECT_EQ(change.changed, std::vector<int>{1});
    EXPECT_EQ(change.plan[1].connId, QStringLiteral("conn_1"));
    EXPECT_EQ(change.plan[1].symbols, list("BTCUSDT,SOLUSDT"));
}

TEST(SymbolSetChange, AdditionsAloneOpenANewConnectionAndLeaveTheOthersAlone)
{
    const auto settings = twoPerConnection();
    const auto plan = TopicPlanner::plan(list("ADAUSDT,BNBUSDT,BTCUSDT"), settings);
    ASSERT_EQ(plan.size(), 2u); // conn_1 has room for one more, but it is untouched
    const SymbolSetChange change =
        PublicMarketFeed::replan(plan, list("ADAUSDT,BNBUSDT,BTCUSDT,XRPUSDT,SOLUSDT,DOGEUSDT"), settings);
    EXPECT_EQ(change.added, list("DOGEUSDT,SOLUSDT,XRPUSDT"));
    ASSERT_EQ(change.plan.size(), 4u);
    EXPECT_EQ(change.changed, (std::vector<int>{2, 3}));
    EXPECT_EQ(change.plan[0].topics, plan[0].topics);
    EXPECT_EQ(change.plan[1].topics, plan[1].topics);
    EXPECT_EQ(change.plan[2].connId, QStringLiteral("conn_2"));
    EXPECT_EQ(change.plan[2].symbols, list("DOGEUSDT,SOLUSDT"));
    EXPECT_EQ(change.plan[3].connId, QStringLiteral("conn_3"));
    EXPECT_EQ(change.plan[3].symbols, list("XRPUSDT"));
    for (const ConnectionPlan &p : change.plan)
        EXPECT_LE(TopicPlanner::argsChars(p.topics), settings.maxArgsChars) << p.connId.toStdString();
}

TEST(SymbolSetChange, AnEmptiedConnectionKeepsItsSlotForTheNextAddition)
{
    const auto settings = twoPerConnection();
    const auto plan = TopicPlanner::plan(list("ADAUSDT,BNBUSDT,BTCUSDT,ETHUSDT"), settings);
    const SymbolSetChange emptied = PublicMarketFeed::replan(plan, list("BTCUSDT,ETHUSDT"), settings);
    ASSERT_EQ(emptied.plan.size(), 2u);
    EXPECT_TRUE(emptied.plan[0].topics.isEmpty());
    EXPECT_EQ(emptied.plan[0].connId, QStringLiteral("conn_0"));
    EXPECT_EQ(emptied.changed, std::vector<int>{0});

    const SymbolSetChange refilled = PublicMarketFeed::replan(emptied.plan, list("BTCUSDT,ETHUSDT,XRPUSDT"), settings);
    ASSERT_EQ(refilled.plan.size(), 2u);
    EXPECT_EQ(refilled.changed, std::vector<int>{0});
    EXPECT_EQ(refilled.plan[0].symbols, list("XRPUSDT"));
    EXPECT_EQ(refilled.plan[1].topics, plan[1].topics);
}

// The core on the embedded simulator: a symbol leaves conn_1 and another takes its place; conn_0
// keeps its socket, the market state of the removed symbol goes, the added one streams.
TEST(SymbolSetChange, TheCoreAppliesANewSetWithoutTouchingUnchangedConnections)
{
    Config::LoadOptions options;
    options.searchDefaultLocations = false;
    options.overrides = QStringList{
        QStringLiteral("exchange.source=sim"), QStringLiteral("exchange.symbols=ADAUSDT,BNBUSDT,BTCUSDT,ETHUSDT"),
        QStringLiteral("connection.max_args_chars=400"), QStringLiteral("connection.orderbook_depth=1")};
    const auto loaded = Config::load(options);
    ASSERT_TRUE(loaded.ok()) << loaded.errorText().toStdString();

    CoreRuntime runtime(loaded.config, Clock::system());
    CoreSnapshotPtr last;
    QObject::connect(&runtime, &CoreRuntime::snapshotPublished, [&](const CoreSnapshotPtr &s) { last = s; });
    QString error;
    ASSERT_TRUE(runtime.start(&error)) << error.toStdString();

    const auto symbols = [&] {
        QStringList out;
        if (last)
            for (const MarketSummary &m : last->markets)
                if (m.bookValid)
                    out << m.symbol;
        out.sort();
        return out;
    };
    const auto conn = [&](const QString &id) -> const health::ConnectionStatus * {
        if (last)
            for (const auto &c : last->connections)
                if (c.connId == id)
                    return &c;
        return nullptr;
    };
    const auto allLive = [&](int count) {
        if (!last || static_cast<int>(last->connections.size()) != count)
            return false;
        for (const auto &c : last->connections)
            if (c.state != health::ConnectionState::Live)
                return false;
        return true;
    };
    ASSERT_TRUE(waitFor([&] { return allLive(2) && symbols() == list("ADAUSDT,BNBUSDT,BTCUSDT,ETHUSDT"); }, 15000))
        << (last ? last->feedState.toStdString() : "no snapshot");
    const health::ConnectionStatus conn0 = *conn(QStringLiteral("conn_0"));

    Config::LoadOptions next = options;
    next.overrides[1] = QStringLiteral("exchange.symbols=ADAUSDT,BNBUSDT,BTCUSDT,SOLUSDT");
    const auto reloaded = Config::load(next);
    ASSERT_TRUE(reloaded.ok());
    EXPECT_TRUE(runtime.applyConfig(reloaded.config).isEmpty()) << "a symbol change needs no restart";

    ASSERT_TRUE(waitFor([&] { return allLive(2) && symbols() == list("ADAUSDT,BNBUSDT,BTCUSDT,SOLUSDT"); }, 15000))
        << symbols().join(u',').toStdString();
    for (const MarketSummary &m : last->markets)
        EXPECT_NE(m.symbol, QStringLiteral("ETHUSDT")) << "the removed symbol's state is gone";
    const health::ConnectionStatus *after0 = conn(QStringLiteral("conn_0"));
    ASSERT_NE(after0, nullptr);
    EXPECT_EQ(after0->reconnects, conn0.reconnects);
    EXPECT_EQ(after0->sinceEpochMs, conn0.sinceEpochMs) << "conn_0 stayed live on the same socket";
    EXPECT_GT(after0->framesReceived, conn0.framesReceived);
    EXPECT_EQ(conn(QStringLiteral("conn_1"))->topicsTotal, 16);

    // A key the core cannot change while running is reported, not silently ignored.
    next.overrides << QStringLiteral("connection.queue_capacity=4096");
    const auto cold = Config::load(next);
    ASSERT_TRUE(cold.ok());
    EXPECT_EQ(runtime.applyConfig(cold.config), QStringList{key::ConnectionQueueCapacity.qualifiedName()});
    runtime.stop();
}
