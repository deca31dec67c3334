// The views on the real core: the embedded simulator, the connector and the snapshot publisher,
// with a fault fired through the simulator's control API.
#include "ConnectionStateStyle.h"
#include "ConnectionsModel.h"
#include "ConnectionsView.h"
#include "LocalDataSource.h"
#include "MainWindow.h"
#include "MarketView.h"
#include "MarketsModel.h"
#include "TimeoutHistoryModel.h"
#include "WorkstationViews.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"
#include "sim/server/EmbeddedSimulator.h"

#include "TestSupport.h"

#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso;
using health::ConnectionState;
using virtuoso::test::waitFor;

namespace {

Config configFor(const sim::EmbeddedSimulator &simulator)
{
    Config::LoadOptions options;
    options.searchDefaultLocations = false;
    options.overrides = {QStringLiteral("exchange.rest_url=%1").arg(simulator.restUrl()),
                         QStringLiteral("exchange.ws_public_url=%1").arg(simulator.wsPublicUrl()),
                         QStringLiteral("exchange.symbols=BTCUSDT,ETHUSDT,SOLUSDT"),
                         QStringLiteral("connection.backoff_initial_ms=200")};
    auto result = Config::load(options);
    EXPECT_TRUE(result.ok()) << result.errorText().toStdString();
    return result.config;
}

int postJson(const QString &url, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    waitFor([&] { return reply->isFinished(); }, 5000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

TEST(ViewsLive, ADroppedConnectionTurnsToReconnectingWithinASecondThenBackToLive)
{
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    sim::SimulatorOptions simOptions;
    simOptions.symbols = {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT")};
    sim::EmbeddedSimulator simulator(simOptions);
    QString error;
    ASSERT_TRUE(simulator.start(&error)) << error.toStdString();

    CoreRuntime runtime(configFor(simulator), Clock::system());
    ui::MainWindow window(runtime);
    ui::WorkstationViews views(window, std::make_shared<ui::LocalDataSource>(runtime), ui::WorkstationSettings{});
    views.attach(runtime);
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(runtime.start(&error)) << error.toStdString();

    ui::ConnectionsModel *connections = views.connections()->model();
    const auto allRowsIn = [&](auto predicate) {
        if (connections->rowCount() == 0)
            return false;
        for (int r = 0; r < connections->rowCount(); ++r)
            if (!predicate(static_cast<ConnectionState>(
                    connections->index(r, 0).data(ui::ConnectionsModel::StateRole).toInt())))
                return false;
        return true;
    };
    const auto isLive = [](ConnectionState s) { return s == ConnectionState::Live; };
    ASSERT_TRUE(waitFor([&] { return allRowsIn(isLive); }, 15000));
    ASSERT_TRUE(waitFor([&] { return views.market()->model()->rowCount() == 3; }, 5000));
    ASSERT_TRUE(waitFor([&] { return connections->messagesPerSecond(0) > 0; }, 5000));
    EXPECT_EQ(connections->index(0, ui::ConnectionsModel::StateColumn).data().toString(), QStringLiteral("live"));
    // The market view draws the live book of the selected symbol.
    ASSERT_TRUE(waitFor([&] { return views.market()->drawnDepthLevels() > 0; }, 5000));
    // ... and the exchange's candles: the bootstrap history joined by the stream, not a ticker sketch.
    ui::MarketView *market = views.market();
    market->setCandleIntervalMs(60'000);
    ASSERT_TRUE(waitFor(
        [&] { return market->drawsExchangeCandles() && market->drawnCandles() == ui::MarketView::kMaxDrawnCandles; },
        10000))
        << market->drawnCandles();
    // Another interval is asked for at once and drawn when the engine answers (the source is
    // asynchronous: the GUI thread never waits for the engine).
    market->setCandleIntervalMs(14'400'000);
    ASSERT_TRUE(waitFor(
        [&] { return market->drawsExchangeCandles() && market->drawnCandles() == ui::MarketView::kMaxDrawnCandles; },
        5000)) // 300 four-hour bars held
        << market->drawnCandles();
    EXPECT_TRUE(market->candleChart()->chart()->title().contains(QStringLiteral("exchange")));
    market->setCandleIntervalMs(10'000);
    EXPECT_FALSE(market->drawsExchangeCandles()); // 10 s candles come from the ticker

    ASSERT_EQ(
        postJson(simulator.controlUrl() + QStringLiteral("/faults"),
                 {{QStringLiteral("kind"), QStringLiteral("drop")}, {QStringLiteral("conn"), QStringLiteral("all")}}),
        200);
    QElapsedTimer sinceDrop;
    sinceDrop.start();
    const auto reconnecting = [](ConnectionState s) { return ui::isReconnecting(s) || s == ConnectionState::Stale; };
    bool sawReconnecting = false;
    // Poll tightly so a short reconnecting phase is not missed between two looks.
    while (sinceDrop.elapsed() < 1000 && !sawReconnecting) {
        waitFor([] { return false; }, 10);
        sawReconnecting =
            connections->rowCount() > 0 && reconnecting(static_cast<ConnectionState>(
                                               connections->index(0, 0).data(ui::ConnectionsModel::StateRole).toInt()));
    }
    EXPECT_TRUE(sawReconnecting) << "no reconnecting row within 1 s of the drop";
    EXPECT_LT(sinceDrop.elapsed(), 1000);
    ASSERT_TRUE(waitFor([&] { return allRowsIn(isLive); }, 10000));
    EXPECT_GE(connections->index(0, ui::ConnectionsModel::ReconnectsColumn).data().toInt(), 1);

    // The exchange restarts its books (a snapshot with u=1): the market view's depth follows the
    // new book, whose update id starts again below the one drawn before.
    const auto drawnUpdateId = [&] {
        const QString title = market->depthChart()->chart()->title();
        const qsizetype at = title.lastIndexOf(QStringLiteral(" u "));
        return at < 0 ? -1LL : title.mid(at + 3).toLongLong();
    };
    ASSERT_TRUE(waitFor([&] { return drawnUpdateId() > 50; }, 10000)) << drawnUpdateId();
    const qint64 beforeRestart = drawnUpdateId();
    ASSERT_EQ(postJson(simulator.controlUrl() + QStringLiteral("/faults"),
                       {{QStringLiteral("kind"), QStringLiteral("restart")},
                        {QStringLiteral("conn"), QStringLiteral("all")}}),
              200);
    ASSERT_TRUE(waitFor([&] { return drawnUpdateId() > 0 && drawnUpdateId() < beforeRestart; }, 5000))
        << beforeRestart << " → " << drawnUpdateId();
    EXPECT_GT(market->drawnDepthLevels(), 0);
    EXPECT_EQ(views.market()->model()->rowCount(), 3);

    runtime.stop();
    simulator.stop();
}
