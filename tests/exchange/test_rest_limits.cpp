#include "base/Clock.h"
#include "connector/BulkFetch.h"
#include "connector/RateLimiter.h"
#include "model/health/TimeoutJournal.h"

#include <gtest/gtest.h>

#include <map>

using namespace virtuoso;
using namespace virtuoso::exchange;

namespace {
const QString kKline = QStringLiteral("/v5/market/kline");
const QString kTrades = QStringLiteral("/v5/market/recent-trade");
} // namespace

TEST(RateLimiter, KeepsTheIpBudgetOverASlidingFiveSeconds)
{
    RateLimiter limiter({10, 600'000, 1000, 30'000});
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(limiter.acquire(kKline, 1000 + i), 0);
    const qint64 wait = limiter.acquire(kTrades, 1100);
    EXPECT_EQ(wait, 1000 + 5000 - 1100); // until the first request leaves the window
    EXPECT_EQ(limiter.acquire(kTrades, 6000), 0);
    EXPECT_EQ(limiter.inWindow(6000), 10);
}

TEST(RateLimiter, EndpointBucketsTightenFromHeaders)
{
    RateLimiter limiter({500, 600'000, 1000, 30'000});
    const qint64 epoch = 1'700'000'000'000;
    ASSERT_EQ(limiter.acquire(kKline, 0), 0);
    RateLimitHeaders h = readRateLimitHeaders("10", "1", QByteArray::number(epoch + 800));
    EXPECT_EQ(limiter.onReply(kKline, 200, 0, h, 0, epoch), RateVerdict::Ok);
    EXPECT_EQ(limiter.acquire(kKline, 10), 0);   // the last one of the window
    EXPECT_EQ(limiter.acquire(kKline, 20), 780); // bucket empty until the reset
    EXPECT_EQ(limiter.acquire(kTrades, 20), 0);  // other endpoints unaffected
    EXPECT_EQ(limiter.acquire(kKline, 800), 0);  // window reset
}

TEST(RateLimiter, RetCode10006WaitsForTheResetHeader)
{
    RateLimiter limiter({500, 600'000, 1000, 30'000});
    const qint64 epoch = 1'700'000'000'000;
    const RateLimitHeaders h = readRateLimitHeaders("", "0", QByteArray::number(epoch + 2500));
    EXPECT_EQ(limiter.onReply(kKline, 200, 10006, h, 100, epoch), RateVerdict::RateLimited);
    EXPECT_EQ(limiter.acquire(kKline, 100), 2500);
    EXPECT_EQ(limiter.acquire(kKline, 2600), 0);
}

TEST(RateLimiter, RetCode10006WithoutHeaderBacksOffAndGrows)
{
    RateLimiter limiter({500, 600'000, 1000, 30'000});
    const RateLimitHeaders none;
    EXPECT_EQ(limiter.onReply(kKline, 200, 10006, none, 0, 0), RateVerdict::RateLimited);
    EXPECT_EQ(limiter.acquire(kKline, 0), 1000);
    EXPECT_EQ(limiter.onReply(kKline, 200, 10006, none, 1000, 0), RateVerdict::RateLimited);
    EXPECT_EQ(limiter.acquire(kKline, 1000), 2000);
    EXPECT_EQ(limiter.onReply(kKline, 429, 0, none, 3000, 0), RateVerdict::RateLimited); // HTTP 429 too
    EXPECT_EQ(limiter.acquire(kKline, 3000), 4000);
    // A success forgets the strikes.
    EXPECT_EQ(limiter.onReply(kKline, 200, 0, none, 7000, 0), RateVerdict::Ok);
    EXPECT_EQ(limiter.onReply(kKline, 200, 10006, none, 7000, 0), RateVerdict::RateLimited);
    EXPECT_EQ(limiter.acquire(kKline, 7000), 1000);
}

TEST(RateLimiter, Http403StopsAllRestForTheBanPause)
{
    RateLimiter limiter({500, 600'000, 1000, 30'000});
    EXPECT_EQ(limiter.onReply(kKline, 403, -1, {}, 5000, 0), RateVerdict::Banned);
    EXPECT_TRUE(limiter.banned(5000));
    EXPECT_EQ(limiter.acquire(kTrades, 5000), 600'000);
    EXPECT_EQ(limiter.acquire(kKline, 305'000), 300'000);
    EXPECT_FALSE(limiter.banned(605'000));
    EXPECT_EQ(limiter.acquire(kKline, 605'000), 0);
}

TEST(RateLimiter, HeadersInSecondsAreAccepted)
{
    const RateLimitHeaders h = readRateLimitHeaders("120", "119", "1700000000");
    EXPECT_EQ(h.limit, 120);
    EXPECT_EQ(h.remaining, 119);
    EXPECT_EQ(h.resetEpochMs, 1'700'000'000'000);
    EXPECT_FALSE(readRateLimitHeaders("x", "", "").limit.has_value());
}

namespace {
// Answers when told to, so the test controls ordering and concurrency.
class ScriptedRest final : public RestRequester
{
public:
    void get(const QString &path, const QUrlQuery &query, Callback callback, const QString &symbol) override
    {
        Q_UNUSED(path);
        Q_UNUSED(query);
        pending.emplace_back(symbol, std::move(callback));
        maxInFlight = std::max(maxInFlight, static_cast<int>(pending.size()));
    }
    void answer(const QString &symbol, bool ok, const QString &error = {})
    {
        for (auto it = pending.begin(); it != pending.end(); ++it) {
            if (it->first != symbol)
                continue;
            auto callback = std::move(it->second);
            pending.erase(it);
            RestReply reply;
            reply.ok = ok;
            reply.httpStatus = ok ? 200 : 0;
            reply.error = error;
            reply.body = ok ? QByteArray("{\"retCode\":0}") : QByteArray();
            callback(reply);
            return;
        }
        FAIL() << "no pending request for " << symbol.toStdString();
    }
    std::vector<std::pair<QString, Callback>> pending;
    int maxInFlight = 0;
};
} // namespace

TEST(BulkFetch, BoundedConcurrencyResultsAsTheyArriveAndAReportNamingFailures)
{
    ManualClock clock;
    health::TimeoutJournal journal(clock);
    ScriptedRest rest;
    std::vector<BulkFetch::Item> items;
    for (const char *s : {"BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "DOGEUSDT"})
        items.push_back({QString::fromLatin1(s), kKline, QUrlQuery()});
    QStringList delivered;
    std::optional<BulkFetch::Report> report;
    BulkFetch fetch(
        rest, journal, QStringLiteral("kline 1m"), items, 2,
        [&](const BulkFetch::Item &item, const RestReply &) { delivered << item.symbol; },
        [&](const BulkFetch::Report &r) { report = r; });
    fetch.start();
    EXPECT_EQ(rest.pending.size(), 2u);
    rest.answer(QStringLiteral("ETHUSDT"), true); // out of order: delivered at once
    EXPECT_EQ(delivered, QStringList{QStringLiteral("ETHUSDT")});
    rest.answer(QStringLiteral("BTCUSDT"), false, QStringLiteral("timeout after 5000 ms on /v5/market/kline"));
    rest.answer(QStringLiteral("SOLUSDT"), true);
    rest.answer(QStringLiteral("XRPUSDT"), false, QStringLiteral("retCode 10001: params error"));
    EXPECT_FALSE(report.has_value());
    rest.answer(QStringLiteral("DOGEUSDT"), true);
    EXPECT_EQ(rest.maxInFlight, 2);
    EXPECT_EQ(delivered.size(), 5);
    ASSERT_TRUE(report.has_value());
    EXPECT_EQ(report->requested, 5);
    EXPECT_EQ(report->succeeded, 3);
    ASSERT_EQ(report->failures.size(), 2u);
    EXPECT_EQ(report->failures[0].symbol, QStringLiteral("BTCUSDT"));
    EXPECT_TRUE(report->failures[0].reason.contains(QLatin1String("timeout")));
    EXPECT_EQ(report->failures[1].symbol, QStringLiteral("XRPUSDT"));
    const auto entries = journal.query({});
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].kind, health::TimeoutKind::BulkFetchPartial);
    EXPECT_TRUE(entries[0].detail.contains(QLatin1String("BTCUSDT")));
    EXPECT_TRUE(entries[0].detail.contains(QLatin1String("XRPUSDT")));
    EXPECT_FALSE(entries[0].detail.contains(QLatin1String("SOLUSDT")));
}

TEST(BulkFetch, CompleteFetchRecordsNothing)
{
    ManualClock clock;
    health::TimeoutJournal journal(clock);
    ScriptedRest rest;
    std::optional<BulkFetch::Report> report;
    BulkFetch fetch(rest, journal, QStringLiteral("trades"), {{QStringLiteral("A"), kTrades, {}}}, 4, nullptr,
                    [&](const BulkFetch::Report &r) { report = r; });
    fetch.start();
    rest.answer(QStringLiteral("A"), true);
    ASSERT_TRUE(report.has_value());
    EXPECT_TRUE(report->complete());
    EXPECT_TRUE(journal.query({}).empty());
}
