#include "base/Clock.h"
#include "base/logging/Log.h"
#include "model/health/TimeoutJournal.h"

#include <gtest/gtest.h>

#include <thread>

using namespace virtuoso;
using namespace virtuoso::health;

namespace {
class CaptureSink : public log::Sink
{
public:
    explicit CaptureSink(std::vector<log::Entry> *out)
        : m_out(out)
    {}
    void write(const log::Entry &entry) override { m_out->push_back(entry); }

private:
    std::vector<log::Entry> *m_out;
};
} // namespace

TEST(TimeoutJournal, RecordsAndQueriesByTimeKindConnectionAndSymbol)
{
    ManualClock clock(1'000'000);
    TimeoutJournal journal(clock, 100);
    journal.record(TimeoutKind::PongTimeout, QStringLiteral("conn_0"), {}, {}, 10000, QStringLiteral("no pong"));
    clock.advanceMs(1000);
    journal.record(TimeoutKind::StaleStream, QStringLiteral("conn_1"), QStringLiteral("tickers.BTCUSDT"),
                   QStringLiteral("BTCUSDT"), 15000, QStringLiteral("silent"));
    clock.advanceMs(1000);
    journal.record(TimeoutKind::BookResync, QStringLiteral("conn_1"), QStringLiteral("orderbook.50.ETHUSDT"),
                   QStringLiteral("ETHUSDT"), 0, QStringLiteral("gap"));

    EXPECT_EQ(journal.query({}).size(), 3u);
    TimeoutQuery byTime;
    byTime.sinceMs = 1'001'000;
    byTime.untilMs = 1'002'000;
    auto r = journal.query(byTime);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].kind, TimeoutKind::StaleStream);
    EXPECT_EQ(r[0].ts, 1'001'000);
    EXPECT_EQ(r[0].durationMs, 15000);

    TimeoutQuery byConn;
    byConn.connId = QStringLiteral("conn_1");
    EXPECT_EQ(journal.query(byConn).size(), 2u);
    TimeoutQuery bySymbol;
    bySymbol.symbol = QStringLiteral("ETHUSDT");
    EXPECT_EQ(journal.query(bySymbol).size(), 1u);
    TimeoutQuery byKind;
    byKind.kind = TimeoutKind::PongTimeout;
    EXPECT_EQ(journal.query(byKind).size(), 1u);
    EXPECT_EQ(journal.count(TimeoutKind::BookResync), 1);
    TimeoutQuery after;
    after.afterId = r[0].id;
    EXPECT_EQ(journal.query(after).size(), 1u);
}

TEST(TimeoutJournal, IsABoundedRingKeepingTheNewest)
{
    ManualClock clock;
    TimeoutJournal journal(clock, 8);
    for (int i = 0; i < 20; ++i)
        journal.record(TimeoutKind::RestTimeout, {}, {}, QStringLiteral("S%1").arg(i), i, QStringLiteral("x"));
    const auto all = journal.query({});
    ASSERT_EQ(all.size(), 8u);
    EXPECT_EQ(all.front().symbol, QStringLiteral("S12"));
    EXPECT_EQ(all.back().symbol, QStringLiteral("S19"));
    const auto tail = journal.tail(3);
    ASSERT_EQ(tail.size(), 3u);
    EXPECT_EQ(tail.back().symbol, QStringLiteral("S19"));
    EXPECT_EQ(journal.lastId(), 20u);
}

TEST(TimeoutJournal, ThreadSafeAppend)
{
    ManualClock clock;
    TimeoutJournal journal(clock, 100000);
    log::Logger::instance().setLevel(log::Level::Critical); // keep the test quiet
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 2000; ++i)
                journal.record(TimeoutKind::HandlerSlow, QStringLiteral("conn_0"), {}, {}, 1, {});
        });
    for (auto &t : threads)
        t.join();
    log::Logger::instance().setLevel(log::Level::Info);
    EXPECT_EQ(journal.count(TimeoutKind::HandlerSlow), 8000);
    std::set<quint64> ids;
    for (const auto &e : journal.query({}))
        ids.insert(e.id);
    EXPECT_EQ(ids.size(), 8000u);
}

TEST(TimeoutJournal, EachEntryIsLoggedOnceWithARealPriority)
{
    ManualClock clock;
    std::vector<log::Entry> logged;
    log::Logger::instance().setSinks({});
    log::Logger::instance().addSink(std::make_unique<CaptureSink>(&logged));
    TimeoutJournal journal(clock);
    journal.record(TimeoutKind::ProbeFailed, QStringLiteral("conn_2"), {}, {}, 5000, QStringLiteral("DNS failed"));
    journal.record(TimeoutKind::BookResync, QStringLiteral("conn_2"), QStringLiteral("orderbook.50.X"),
                   QStringLiteral("X"), 0, QStringLiteral("gap"));
    log::Logger::instance().setSinks({});
    ASSERT_EQ(logged.size(), 2u);
    EXPECT_EQ(logged[0].code, QByteArray("PROBE_FAILED"));
    EXPECT_EQ(logged[0].level, log::Level::Error);
    ASSERT_NE(logged[0].field("CONN_ID"), nullptr);
    EXPECT_EQ(*logged[0].field("CONN_ID"), QStringLiteral("conn_2"));
    EXPECT_EQ(logged[1].code, QByteArray("BOOK_RESYNC"));
    EXPECT_EQ(logged[1].level, log::Level::Notice);
    ASSERT_NE(logged[1].field("SYMBOL"), nullptr);
}

TEST(TimeoutJournal, KindNamesRoundTrip)
{
    for (int k = 0; k <= static_cast<int>(TimeoutKind::BookResync); ++k) {
        const auto kind = static_cast<TimeoutKind>(k);
        EXPECT_EQ(parseTimeoutKind(QString::fromLatin1(timeoutKindName(kind))), kind);
    }
    EXPECT_FALSE(parseTimeoutKind(QStringLiteral("NOPE")).has_value());
}
