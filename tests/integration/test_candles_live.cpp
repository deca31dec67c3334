// The candles the core holds per symbol and interval — bootstrap history joined by the kline
// stream — read through CoreRuntime::candles and compared with the exchange's own REST answer.
#include "SimulatorFixture.h"

#include <QJsonArray>

#include <map>

namespace virtuoso::test {
namespace {

class CandlesLive : public SimulatorFixture
{
protected:
    QStringList symbols() const override { return {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")}; }

    // GET /v5/market/kline from the simulator's REST side: start → [open, high, low, close, volume].
    std::map<qint64, std::array<double, 5>> exchangeCandles(const QString &symbol, int interval, int limit)
    {
        QNetworkAccessManager http;
        QNetworkRequest request(QUrl(simulator->restUrl() + QStringLiteral("/v5/market/kline?category=linear&symbol=%1"
                                                                           "&interval=%2&limit=%3")
                                                                .arg(symbol)
                                                                .arg(interval)
                                                                .arg(limit)));
        QNetworkReply *reply = http.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        std::map<qint64, std::array<double, 5>> out;
        for (const QJsonValue &row :
             answer.value(QStringLiteral("result")).toObject().value(QStringLiteral("list")).toArray()) {
            const QJsonArray r = row.toArray();
            out[r.at(0).toString().toLongLong()] = {r.at(1).toString().toDouble(), r.at(2).toString().toDouble(),
                                                    r.at(3).toString().toDouble(), r.at(4).toString().toDouble(),
                                                    r.at(5).toString().toDouble()};
        }
        return out;
    }
};

TEST_F(CandlesLive, HistoryAndStreamFormOneSeriesEqualToTheExchange)
{
    startCore();
    ASSERT_TRUE(runtime);
    // The bootstrap brings at least a day of 1m candles and 200 of each higher interval.
    ASSERT_TRUE(waitFor(
        [&] {
            const auto minute = runtime->candles(QStringLiteral("BTCUSDT"), 1, 1500);
            const auto fourHours = runtime->candles(QStringLiteral("ETHUSDT"), 240, 1500);
            return minute && minute->bars.size() >= 1440 && fourHours && fourHours->bars.size() >= 200;
        },
        20000));

    for (const int interval : {1, 5, 30, 240}) {
        SCOPED_TRACE(interval);
        const auto series = runtime->candles(QStringLiteral("BTCUSDT"), interval, 1500);
        ASSERT_TRUE(series);
        EXPECT_EQ(series->symbol, QStringLiteral("BTCUSDT"));
        EXPECT_EQ(series->intervalMinutes, interval);
        ASSERT_GE(series->bars.size(), 200u);
        for (size_t i = 0; i < series->bars.size(); ++i) {
            const CandleSeriesView::Bar &b = series->bars[i];
            ASSERT_GE(b.high, std::max(b.open, b.close)) << i;
            ASSERT_LE(b.low, std::min(b.open, b.close)) << i;
            ASSERT_GE(b.volume, 0.0) << i;
            if (i > 0) {
                // Oldest first, one bar per interval, no gap and no repeat where history meets the stream.
                ASSERT_EQ(b.startMs - series->bars[i - 1].startMs, qint64(interval) * 60'000) << i;
            }
            if (i + 1 < series->bars.size()) {
                ASSERT_TRUE(b.confirmed) << "only the newest bar may be open, bar " << i;
            }
        }
    }

    // The closed 1m bars equal what the exchange answers for the same minutes.
    pauseFeed(true);
    const auto ours = runtime->candles(QStringLiteral("BTCUSDT"), 1, 200);
    ASSERT_TRUE(ours);
    const auto theirs = exchangeCandles(QStringLiteral("BTCUSDT"), 1, 200);
    ASSERT_GE(theirs.size(), 100u);
    int compared = 0;
    for (const CandleSeriesView::Bar &b : ours->bars) {
        const auto it = theirs.find(b.startMs);
        if (!b.confirmed || it == theirs.end())
            continue;
        EXPECT_DOUBLE_EQ(b.open, it->second[0]) << b.startMs;
        EXPECT_DOUBLE_EQ(b.high, it->second[1]) << b.startMs;
        EXPECT_DOUBLE_EQ(b.low, it->second[2]) << b.startMs;
        EXPECT_DOUBLE_EQ(b.close, it->second[3]) << b.startMs;
        EXPECT_DOUBLE_EQ(b.volume, it->second[4]) << b.startMs;
        ++compared;
    }
    EXPECT_GE(compared, 100);

    // A limit keeps the newest bars; unknown symbols and intervals are nothing, not an error.
    const auto newest = runtime->candles(QStringLiteral("BTCUSDT"), 1, 10);
    ASSERT_TRUE(newest);
    ASSERT_EQ(newest->bars.size(), 10u);
    EXPECT_EQ(newest->bars.back().startMs, ours->bars.back().startMs);
    EXPECT_FALSE(runtime->candles(QStringLiteral("NOPEUSDT"), 1, 10));
    EXPECT_FALSE(runtime->candles(QStringLiteral("BTCUSDT"), 7, 10));
}

} // namespace
} // namespace virtuoso::test
