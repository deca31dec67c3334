// BybitVenue over a scripted transport and socket: orders, the duplicate after a clock re-sync,
// complete queries (every page), leverage, DCP and the stream's reports reaching the listener.
#include "ScriptedIO.h"

#include "base/Clock.h"
#include "base/config/Config.h"
#include "connector/RequestSigner.h"
#include "trading/BybitVenue.h"
#include "trading/TradingService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::trading;
using exchange::RequestSigner;

namespace {

struct Listener final : VenueListener
{
    void onVenueOrder(const OrderUpdate &u) override { orders.push_back(u); }
    void onVenueExecution(const Execution &e) override { executions.push_back(e); }
    void onVenuePosition(const PositionReport &p) override { positions.push_back(p); }
    void onVenueWallet(const WalletReport &w) override { wallets.push_back(w); }
    void onVenueStream(bool up, const std::string &reason) override { stream.emplace_back(up, reason); }

    std::vector<OrderUpdate> orders;
    std::vector<Execution> executions;
    std::vector<PositionReport> positions;
    std::vector<WalletReport> wallets;
    std::vector<std::pair<bool, std::string>> stream;
};

QByteArray execution(const char *id, qint64 timeMs)
{
    return QStringLiteral(R"({"symbol":"BTCUSDT","execId":"%1","orderId":"o1","orderLinkId":"vw-1","side":"Buy",)"
                          R"("execPrice":"27450.50","execQty":"0.001","execFee":"0.01","isMaker":true,)"
                          R"("execType":"Trade","execTime":"%2"})")
        .arg(QLatin1String(id))
        .arg(timeMs)
        .toUtf8();
}

struct VenueTest : ::testing::Test
{
    ManualClock clock{1'700'000'000'000};
    test::ScriptedHttp http;
    test::ScriptedSocket socket;
    test::SampleInstruments instruments;
    Listener listener;
    std::unique_ptr<BybitVenue> venue;

    void make(int dcpSeconds = 0)
    {
        BybitVenueSettings settings;
        settings.kind = VenueKind::Simulator;
        settings.restUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
        settings.streamUrl = QUrl(QStringLiteral("ws://127.0.0.1:2/v5/private"));
        settings.pollIntervalMs = 0;
        settings.dcpWindowSeconds = dcpSeconds;
        settings.rest.seed = 1;
        settings.stream.seed = 1;
        http.serverTimeMs = clock.epochMs();
        venue = std::make_unique<BybitVenue>(settings, std::make_shared<RequestSigner>("k", "s"), instruments.lookup(),
                                             clock, &http, &socket);
        venue->setListener(&listener);
    }
    static OrderIntent intent()
    {
        OrderIntent i;
        i.orderLinkId = "vw-1";
        i.symbol = "BTCUSDT";
        i.price = 274505;
        i.quantity = 12;
        return i;
    }
    QString queryValue(std::size_t i, const char *key) const
    {
        return QUrlQuery(QString::fromUtf8(http.query(i))).queryItemValue(QLatin1String(key), QUrl::FullyEncoded);
    }
};

} // namespace

TEST_F(VenueTest, ACreateIsAcknowledgedWithTheExchangesOrderId)
{
    make();
    std::vector<VenueReply> replies;
    venue->create(intent(), [&](const VenueReply &r) { replies.push_back(r); });
    ASSERT_EQ(http.sent.size(), 1u);
    EXPECT_EQ(http.path(0), QStringLiteral("/v5/order/create"));
    EXPECT_NE(http.sent[0].request.body.indexOf(R"("price":"27450.50")"), -1);
    http.answerOk(0, R"({"orderId":"1321003749386327552","orderLinkId":"vw-1"})");
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_TRUE(replies[0].ok);
    EXPECT_EQ(replies[0].orderId, "1321003749386327552");
    EXPECT_EQ(replies[0].orderLinkId, "vw-1");
}

TEST_F(VenueTest, ADuplicateAfterAClockResyncIsLookedUpNotFailed)
{
    make();
    std::vector<VenueReply> replies;
    venue->create(intent(), [&](const VenueReply &r) { replies.push_back(r); });
    http.answerCode(0, 10002);
    ASSERT_EQ(http.sent.size(), 2u);
    http.answerCode(1, 110072, "OrderLinkedID is duplicate");
    ASSERT_EQ(http.sent.size(), 3u);
    EXPECT_EQ(http.path(2), QStringLiteral("/v5/order/realtime"));
    EXPECT_EQ(queryValue(2, "orderLinkId"), QStringLiteral("vw-1"));
    EXPECT_TRUE(replies.empty());
    http.answerOk(2, R"({"list":[{"orderId":"777","orderLinkId":"vw-1","symbol":"BTCUSDT","side":"Buy",)"
                     R"("orderType":"Limit","price":"27450.50","qty":"0.012","cumExecQty":"0",)"
                     R"("orderStatus":"New","timeInForce":"GTC","updatedTime":"1"}],"nextPageCursor":""})");
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_TRUE(replies[0].ok);
    EXPECT_EQ(replies[0].orderId, "777");
    EXPECT_FALSE(replies[0].answerLost);
}

TEST_F(VenueTest, ALostCreateIsReportedLostAndNotRepeated)
{
    make();
    std::vector<VenueReply> replies;
    venue->create(intent(), [&](const VenueReply &r) { replies.push_back(r); });
    http.fail(0);
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_TRUE(replies[0].answerLost);
    EXPECT_EQ(replies[0].orderLinkId, "vw-1");
    EXPECT_EQ(http.sent.size(), 1u);
    // A create the venue cannot even write is refused before anything is sent.
    OrderIntent bad = intent();
    bad.symbol = "NOPEUSDT";
    venue->create(bad, [&](const VenueReply &r) { replies.push_back(r); });
    ASSERT_EQ(replies.size(), 2u);
    EXPECT_FALSE(replies[1].ok);
    EXPECT_NE(replies[1].retMsg.find("unknown instrument"), std::string::npos);
    EXPECT_EQ(http.sent.size(), 1u);
}

TEST_F(VenueTest, ExecutionsArePagedToTheEndOldestFirstEachOnce)
{
    make();
    std::vector<Execution> got;
    bool ok = false;
    int calls = 0;
    const qint64 since = clock.epochMs() - 3600'000;
    venue->executionsSince(since, [&](const VenueReply &r, const std::vector<Execution> &e) {
        ++calls;
        ok = r.ok;
        got = e;
    });
    ASSERT_EQ(http.sent.size(), 1u);
    EXPECT_EQ(http.path(0), QStringLiteral("/v5/execution/list"));
    EXPECT_EQ(queryValue(0, "startTime"), QString::number(since));
    // The window reaches past now: an estimate of the exchange's clock that lags it (within
    // recv_window, so no request was refused) must not leave the newest fills out.
    EXPECT_GE(queryValue(0, "endTime").toLongLong(), clock.epochMs() + 5000);
    EXPECT_TRUE(queryValue(0, "cursor").isEmpty());
    // Newest first, as Bybit pages them.
    http.answerOk(0, R"({"list":[)" + execution("e3", 300) + "," + execution("e2", 200) +
                         R"(],"nextPageCursor":"132766%3A2%2C132766%3A2"})");
    ASSERT_EQ(http.sent.size(), 2u);
    EXPECT_EQ(queryValue(1, "cursor"), QStringLiteral("132766%3A2%2C132766%3A2"));
    http.answerOk(1, R"({"list":[)" + execution("e2", 200) + "," + execution("e1", 100) + R"(],"nextPageCursor":""})");
    ASSERT_EQ(calls, 1);
    EXPECT_TRUE(ok);
    ASSERT_EQ(got.size(), 3u);
    EXPECT_EQ(got[0].execId, "e1");
    EXPECT_EQ(got[1].execId, "e2");
    EXPECT_EQ(got[2].execId, "e3");
    EXPECT_EQ(got[0].price, 274505);
}

TEST_F(VenueTest, ExecutionsOlderThanAWeekAreFetchedWindowByWindow)
{
    make();
    int calls = 0;
    venue->executionsSince(clock.epochMs() - 10LL * 24 * 3600 * 1000,
                           [&](const VenueReply &, const std::vector<Execution> &) { ++calls; });
    ASSERT_EQ(http.sent.size(), 1u);
    http.answerOk(0, R"({"list":[],"nextPageCursor":""})");
    ASSERT_EQ(http.sent.size(), 2u); // the second window
    EXPECT_EQ(queryValue(1, "startTime").toLongLong(), queryValue(0, "endTime").toLongLong() + 1);
    EXPECT_EQ(calls, 0);
    http.answerOk(1, R"({"list":[],"nextPageCursor":""})");
    EXPECT_EQ(calls, 1);
}

TEST_F(VenueTest, QueryOrderLooksInTheHistoryWhenTheOrderIsNotRecent)
{
    make();
    std::vector<OrderUpdate> found;
    venue->queryOrder("BTCUSDT", "vw-9", [&](const VenueReply &, const std::vector<OrderUpdate> &o) { found = o; });
    http.answerOk(0, R"({"list":[],"nextPageCursor":""})");
    ASSERT_EQ(http.sent.size(), 2u);
    EXPECT_EQ(http.path(1), QStringLiteral("/v5/order/history"));
    http.answerOk(1, R"({"list":[{"orderId":"9","orderLinkId":"vw-9","symbol":"BTCUSDT","side":"Sell",)"
                     R"("orderType":"Limit","price":"27450.50","qty":"0.012","cumExecQty":"0.012",)"
                     R"("orderStatus":"Filled","timeInForce":"GTC","updatedTime":"5"}],"nextPageCursor":""})");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].status, OrderStatus::Filled);
    EXPECT_EQ(found[0].cumulativeFilled, 12);
}

TEST_F(VenueTest, LeverageAlreadySetIsASuccess)
{
    make();
    std::vector<VenueReply> replies;
    venue->setLeverage("BTCUSDT", 5, [&](const VenueReply &r) { replies.push_back(r); });
    EXPECT_EQ(http.path(0), QStringLiteral("/v5/position/set-leverage"));
    http.answerCode(0, 110043, "leverage not modified");
    ASSERT_EQ(replies.size(), 1u);
    EXPECT_TRUE(replies[0].ok);
}

TEST_F(VenueTest, WalletAndPositions)
{
    make();
    WalletReport wallet;
    std::vector<PositionReport> positions;
    venue->wallet([&](const VenueReply &, const WalletReport &w) { wallet = w; });
    EXPECT_EQ(queryValue(0, "accountType"), QStringLiteral("UNIFIED"));
    http.answerOk(0, R"({"list":[{"totalAvailableBalance":"900","coin":[{"coin":"USDT","equity":"1000",)"
                     R"("walletBalance":"990","availableToWithdraw":"","unrealisedPnl":"10","cumRealisedPnl":"-5",)"
                     R"("totalPositionIM":"50","totalOrderIM":"25"}]}]})");
    EXPECT_DOUBLE_EQ(wallet.equity, 1000);
    EXPECT_DOUBLE_EQ(wallet.available, 900);
    EXPECT_DOUBLE_EQ(wallet.initialMargin, 75);
    venue->positions([&](const VenueReply &, const std::vector<PositionReport> &p) { positions = p; });
    EXPECT_EQ(queryValue(1, "settleCoin"), QStringLiteral("USDT"));
    http.answerOk(1, R"({"list":[{"symbol":"BTCUSDT","side":"Buy","size":"0.005","avgPrice":"27000",)"
                     R"("markPrice":"27450.50","leverage":"5","updatedTime":"9"}],"nextPageCursor":""})");
    ASSERT_EQ(positions.size(), 1u);
    EXPECT_EQ(positions[0].size, 5);
    EXPECT_EQ(positions[0].markTicks, 274505);
}

TEST_F(VenueTest, StreamReportsReachTheListenerAndDcpIsEnabledOnStart)
{
    make(10);
    venue->start();
    ASSERT_EQ(http.sent.size(), 1u);
    EXPECT_EQ(http.path(0), QStringLiteral("/v5/order/disconnected-cancel-all"));
    EXPECT_EQ(http.sent[0].request.body, R"({"product":"DERIVATIVES","timeWindow":10})");
    http.answerOk(0);
    ASSERT_EQ(socket.opens, 1);
    socket.accept();
    socket.receive(R"({"success":true,"ret_msg":"","op":"auth","conn_id":"c"})");
    const auto subs = socket.ops(QStringLiteral("subscribe"));
    ASSERT_EQ(subs.size(), 1u);
    EXPECT_TRUE(subs[0].value(QLatin1String("args")).toArray().contains(QStringLiteral("dcp.future")));
    socket.receive(R"({"success":true,"ret_msg":"","op":"subscribe","conn_id":"c"})");
    ASSERT_EQ(listener.stream.size(), 1u);
    EXPECT_TRUE(listener.stream[0].first);
    socket.receive(test::readSample("ws_execution.json"));
    socket.receive(test::readSample("ws_position.json"));
    ASSERT_EQ(listener.executions.size(), 1u);
    ASSERT_EQ(listener.positions.size(), 1u);
    socket.peerClose(QStringLiteral("gone"));
    ASSERT_EQ(listener.stream.size(), 2u);
    EXPECT_FALSE(listener.stream[1].first);
    venue->stop();
}

TEST(VenueUrls, EachVenueHasItsOwnHosts)
{
    EXPECT_EQ(defaultRestUrl(VenueKind::Live).host(), QStringLiteral("api.bybit.com"));
    EXPECT_EQ(defaultRestUrl(VenueKind::Testnet).host(), QStringLiteral("api-testnet.bybit.com"));
    EXPECT_EQ(defaultRestUrl(VenueKind::Demo).host(), QStringLiteral("api-demo.bybit.com"));
    EXPECT_EQ(defaultStreamUrl(VenueKind::Testnet).toString(),
              QStringLiteral("wss://stream-testnet.bybit.com/v5/private"));
    EXPECT_TRUE(defaultRestUrl(VenueKind::Simulator).isEmpty());
}

namespace {

// The trading settings of a configuration made of the defaults and `overrides`.
TradingServiceSettings::Result settingsWith(QStringList overrides)
{
    Config::LoadOptions options;
    options.searchDefaultLocations = false;
    options.overrides = std::move(overrides);
    const Config::LoadResult loaded = Config::load(options);
    EXPECT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
    return TradingServiceSettings::fromConfig(loaded.config);
}

} // namespace

// The private stream is read by the same WebSocket implementation as the public connections, with
// the same message limit: native RFC 6455 unless `connection.transport` says "qt".
TEST(BybitVenueTransport, ThePrivateStreamUsesTheConfiguredTransport)
{
    const auto byDefault = settingsWith({});
    ASSERT_TRUE(byDefault.settings) << byDefault.error.toStdString();
    EXPECT_EQ(byDefault.settings->transport.kind, exchange::WebSocketTransportKind::Native);
    EXPECT_EQ(byDefault.settings->transport.maxMessageBytes, 16LL * 1024 * 1024);

    const auto qt =
        settingsWith({QStringLiteral("connection.transport=qt"), QStringLiteral("connection.max_message_mib=4")});
    ASSERT_TRUE(qt.settings) << qt.error.toStdString();
    EXPECT_EQ(qt.settings->transport.kind, exchange::WebSocketTransportKind::Qt);
    EXPECT_EQ(qt.settings->transport.maxMessageBytes, 4LL * 1024 * 1024);
}

// An HTTP 403 bans the IP, public and private REST alike: the trading client pauses for the
// configured rest.ban_pause_s as the public one does, not for a fixed ten minutes.
TEST(BybitVenueTransport, ThePrivateRestPausesAfterABanForTheConfiguredTime)
{
    const auto byDefault = settingsWith({});
    ASSERT_TRUE(byDefault.settings) << byDefault.error.toStdString();
    EXPECT_EQ(byDefault.settings->restBanPauseMs, 600'000);
    const auto shorter = settingsWith({QStringLiteral("rest.ban_pause_s=10")});
    ASSERT_TRUE(shorter.settings) << shorter.error.toStdString();
    EXPECT_EQ(shorter.settings->restBanPauseMs, 10'000);
}

// A listener on another thread takes each view from the signal: a call queued to it may run after
// the service is gone (the core's trading thread deletes the service before the engine thread
// stops; the alert sources once read service->view() there, a use after free).
TEST(TradingServiceView, AQueuedListenerGetsTheViewWithTheSignalAfterTheServiceIsGone)
{
    ManualClock clock;
    TradingServiceSettings settings;
    settings.venue = VenueKind::Live; // refused without trading.allow_live: a view with the reason
    auto service = std::make_unique<TradingService>(settings, clock);
    QObject listener;
    std::vector<TradingViewPtr> views;
    QObject::connect(
        service.get(), &TradingService::viewChanged, &listener,
        [&views](TradingViewPtr view) { views.push_back(std::move(view)); }, Qt::QueuedConnection);
    QString error;
    ASSERT_FALSE(service->start(&error));
    const TradingViewPtr published = service->view();
    service.reset();
    ASSERT_TRUE(views.empty()); // queued: nothing delivered while the service lived
    QCoreApplication::processEvents();
    ASSERT_FALSE(views.empty());
    ASSERT_TRUE(views.front());
    EXPECT_EQ(views.front(), published);
    EXPECT_EQ(views.front()->error, error);
}
