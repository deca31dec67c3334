#pragma once

#include "TestSupport.h"

#include "base/Clock.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"
#include "sim/server/EmbeddedSimulator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

namespace virtuoso::test {

// The connector (a whole CoreRuntime) against the embedded Bybit simulator, with short timings so
// faults are detected and recovered from within seconds, and the simulator's control API at hand.
class SimulatorFixture : public ::testing::Test
{
public:
    // Connection timings the tests rely on: first backoff ≤ 500 ms, at most 2 s.
    static constexpr qint64 kBackoffBoundMs = 2000;

protected:
    void SetUp() override
    {
        sim::SimulatorOptions options;
        options.symbols = symbols();
        simulator = std::make_unique<sim::EmbeddedSimulator>(options);
        QString error;
        ASSERT_TRUE(simulator->start(&error)) << error.toStdString();
    }
    void TearDown() override
    {
        if (runtime)
            runtime->stop();
        runtime.reset();
        simulator.reset();
    }

    virtual QStringList symbols() const { return {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")}; }

    void startCore(QStringList extra = {}, QStringList watched = {})
    {
        Config::LoadOptions options;
        options.searchDefaultLocations = false;
        options.overrides = QStringList{QStringLiteral("exchange.rest_url=%1").arg(simulator->restUrl()),
                                        QStringLiteral("exchange.ws_public_url=%1").arg(simulator->wsPublicUrl()),
                                        QStringLiteral("exchange.symbols=%1")
                                            .arg((watched.isEmpty() ? symbols() : watched).join(QLatin1Char(','))),
                                        QStringLiteral("connection.backoff_initial_ms=500"),
                                        QStringLiteral("connection.backoff_max_ms=%1").arg(kBackoffBoundMs),
                                        QStringLiteral("connection.ping_interval_s=5"),
                                        QStringLiteral("connection.pong_timeout_s=2"),
                                        QStringLiteral("connection.stale_factor=1.5"),
                                        QStringLiteral("rest.timeout_ms=2000"),
                                        QStringLiteral("rest.ban_pause_s=10")} +
                            extra;
        auto loaded = Config::load(options);
        ASSERT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
        runtime = std::make_unique<CoreRuntime>(loaded.config, Clock::system());
        QString error;
        ASSERT_TRUE(runtime->start(&error)) << error.toStdString();
    }

    bool allLive() const
    {
        const auto connections = runtime->connections();
        if (connections.empty())
            return false;
        for (const auto &c : connections)
            if (c.state != health::ConnectionState::Live)
                return false;
        return true;
    }

    int reconnects() const
    {
        int n = 0;
        for (const auto &c : runtime->connections())
            n += c.reconnects;
        return n;
    }

    int journalCount(health::TimeoutKind kind) const { return runtime->timeoutJournal().count(kind); }

    // POST/GET on the simulator's control API; the JSON answer (empty on failure).
    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager http;
        QNetworkRequest request(QUrl(simulator->controlUrl() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = method == "POST" ? http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))
                                                : http.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200)
            << path.toStdString() << ": " << QJsonDocument(answer).toJson().toStdString();
        reply->deleteLater();
        return answer;
    }
    void fault(const QJsonObject &fault) { control("POST", QStringLiteral("/faults"), fault); }
    void pauseFeed(bool paused) { control("POST", QStringLiteral("/feed"), {{"paused", paused}}); }

    // With the feed paused, the connector's book must equal the simulator's truth, level by level.
    ::testing::AssertionResult bookEqualsTruth(const QString &symbol, int depth = 50)
    {
        QJsonObject truth;
        std::optional<OrderBookView> ours;
        const bool same = waitFor(
            [&] {
                truth = control("GET", QStringLiteral("/truth/orderbook?symbol=%1&depth=%2").arg(symbol).arg(depth));
                ours = runtime->orderBook(symbol, depth);
                return ours && ours->valid && ours->updateId == quint64(truth.value(QLatin1String("u")).toDouble());
            },
            5000);
        if (!same)
            return ::testing::AssertionFailure()
                   << symbol.toStdString() << ": book u " << (ours ? ours->updateId : 0) << " never reached truth u "
                   << quint64(truth.value(QLatin1String("u")).toDouble());
        const auto compare = [&](const char *side, const std::vector<std::pair<QString, QString>> &levels) {
            const QJsonArray expected = truth.value(QLatin1String(side)).toArray();
            if (qsizetype(levels.size()) != expected.size())
                return QStringLiteral("%1: %2 levels, truth has %3")
                    .arg(QLatin1String(side))
                    .arg(levels.size())
                    .arg(expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                const QJsonArray level = expected[i].toArray();
                if (levels[size_t(i)].first.toDouble() != level[0].toString().toDouble() ||
                    levels[size_t(i)].second.toDouble() != level[1].toString().toDouble())
                    return QStringLiteral("%1[%2]: %3 x %4, truth %5 x %6")
                        .arg(QLatin1String(side))
                        .arg(i)
                        .arg(levels[size_t(i)].first, levels[size_t(i)].second, level[0].toString(),
                             level[1].toString());
            }
            return QString();
        };
        QString diff = compare("b", ours->bids);
        if (diff.isEmpty())
            diff = compare("a", ours->asks);
        if (!diff.isEmpty())
            return ::testing::AssertionFailure() << symbol.toStdString() << " " << diff.toStdString();
        return ::testing::AssertionSuccess();
    }

    // Each topic subscribed once on each socket (a resync unsubscribes first), and the simulator
    // holds exactly the topics the connector asked for and the exchange accepted.
    ::testing::AssertionResult noDuplicateSubscriptions()
    {
        int ours = 0;
        for (const auto &c : runtime->connections()) {
            if (c.maxSubscribesPerTopic > 1)
                return ::testing::AssertionFailure()
                       << c.connId.toStdString() << " subscribed a topic " << c.maxSubscribesPerTopic << " times";
            ours += c.topicsTotal - int(c.rejectedTopics.size());
        }
        int theirs = 0;
        const QJsonArray connections =
            control("GET", QStringLiteral("/connections")).value(QLatin1String("connections")).toArray();
        for (const QJsonValue &c : connections)
            theirs += int(c.toObject().value(QLatin1String("topics")).toArray().size());
        if (ours != theirs)
            return ::testing::AssertionFailure() << "connector holds " << ours << " topics, simulator " << theirs;
        return ::testing::AssertionSuccess();
    }

    std::unique_ptr<sim::EmbeddedSimulator> simulator;
    std::unique_ptr<CoreRuntime> runtime;
};

} // namespace virtuoso::test
