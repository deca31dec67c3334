// Trading through the real daemon (`virtuoso --daemon`, paper venue on the embedded simulator's
// market): the read endpoints with the monitoring token, orders and the kill switch with the
// trading token only, risk refusals with the rule and the numbers, and SIGUSR1.
#include "ApiTestSupport.h"
#include "ExitCode.h"
#include "TestSupport.h"
#include "model/market/FixedPoint.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <cmath>
#include <csignal>
#include <optional>

using namespace virtuoso::test;

namespace {

const QByteArray kMonitoringToken = "monitoring-token-0123456789abcdef";
const QByteArray kTradingToken = "trading-token-fedcba9876543210";

// A decimal as the API lists it, exactly: an integer of 1e-8 (nothing when it is not a decimal).
std::optional<qint64> exactDecimal(const QString &text)
{
    const auto v = virtuoso::exchange::parseScaled(text.toStdString(), 8);
    return v ? std::optional<qint64>(v.value) : std::nullopt;
}

// A price in whole cents, truncated (0 when it is not a decimal).
qint64 cents(const QString &text)
{
    const auto v = exactDecimal(text);
    return v ? *v / 1'000'000 : 0;
}

class ApiTradingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_env = headlessEnvironment(m_home);
        // This daemon's own audit log.
        m_env.insert(QStringLiteral("STATE_DIRECTORY"), m_home.filePath(QStringLiteral("state")));
        m_monitoringFile = writeToken(QStringLiteral("monitoring.token"), kMonitoringToken);
        m_tradingFile = writeToken(QStringLiteral("trading.token"), kTradingToken);
    }
    void TearDown() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    QString writeToken(const QString &name, const QByteArray &token)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(token + "\n");
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

    quint16 startDaemon(const QString &tradingTokenFile)
    {
        const quint16 port = startDaemonProcess(
            m_process, m_env,
            QStringList{QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0"), QStringLiteral("--set"),
                        QStringLiteral("api.token_file=") + m_monitoringFile, QStringLiteral("--set"),
                        QStringLiteral("trading.token_file=") + tradingTokenFile, QStringLiteral("--set"),
                        QStringLiteral("exchange.symbols=BTCUSDT,ETHUSDT")} +
                m_extra,
            &m_err);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        return port;
    }

    HttpReply get(const QString &path) { return httpGet(m_nam, QUrl(m_base + path), kMonitoringToken); }
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &token)
    {
        return httpSend(m_nam, method, QUrl(m_base + path), body, token);
    }
    QJsonObject account() { return get(QStringLiteral("/api/v1/account")).json(); }
    // Signed size of the symbol's position in the view, 0 when flat or absent.
    double positionSize(const QString &symbol)
    {
        for (const QJsonValue &p :
             get(QStringLiteral("/api/v1/positions")).json().value(QStringLiteral("positions")).toArray())
            if (p.toObject().value(QStringLiteral("symbol")).toString() == symbol) {
                const double size = p.toObject().value(QStringLiteral("size")).toString().toDouble();
                return p.toObject().value(QStringLiteral("side")).toString() == u"Short" ? -size : size;
            }
        return 0;
    }

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QProcess m_process;
    QByteArray m_err;
    QNetworkAccessManager m_nam;
    QString m_base;
    QString m_monitoringFile;
    QString m_tradingFile;
    QStringList m_extra; // more daemon arguments
};

} // namespace

TEST_F(ApiTradingTest, OnlyTheTradingTokenTradesAndTheKillSwitchFlattens)
{
    ASSERT_NE(startDaemon(m_tradingFile), 0) << m_err.toStdString();
    // Paper trading runs and the market has a book to fill against.
    ASSERT_TRUE(waitFor([&] { return account().value(QStringLiteral("running")).toBool(); }, 15000))
        << get(QStringLiteral("/api/v1/account")).body.toStdString();
    EXPECT_EQ(account().value(QStringLiteral("venue")).toString(), QStringLiteral("paper"));
    ASSERT_TRUE(waitFor([&] { return get(QStringLiteral("/api/v1/orderbook/BTCUSDT?depth=5")).status == 200; }, 15000));

    const QByteArray market = R"({"symbol":"BTCUSDT","side":"Buy","type":"Market","qty":"0.005"})";
    // Reading needs the monitoring token; trading refuses it.
    EXPECT_EQ(httpGet(m_nam, QUrl(m_base + QStringLiteral("/api/v1/orders"))).status, 401);
    EXPECT_EQ(send("POST", QStringLiteral("/api/v1/orders"), market, {}).status, 401);
    const HttpReply withMonitoring = send("POST", QStringLiteral("/api/v1/orders"), market, kMonitoringToken);
    EXPECT_EQ(withMonitoring.status, 403);
    EXPECT_TRUE(withMonitoring.body.contains("monitoring token cannot trade")) << withMonitoring.body.toStdString();
    EXPECT_EQ(send("POST", QStringLiteral("/api/v1/kill"), {}, kMonitoringToken).status, 403);

    // Malformed tickets are refused with a sentence, and nothing is sent.
    EXPECT_EQ(send("POST", QStringLiteral("/api/v1/orders"), "not json", kTradingToken).status, 400);
    EXPECT_EQ(
        send("POST", QStringLiteral("/api/v1/orders"), R"({"symbol":"BTCUSDT","side":"Buy","qty":5})", kTradingToken)
            .status,
        400);
    const HttpReply offGrid =
        send("POST", QStringLiteral("/api/v1/orders"),
             R"({"symbol":"BTCUSDT","side":"Buy","type":"Market","qty":"0.0005"})", kTradingToken);
    EXPECT_EQ(offGrid.status, 400) << offGrid.body.toStdString();
    EXPECT_EQ(get(QStringLiteral("/api/v1/orders?status=bogus")).status, 400);

    // The risk gate names the rule and the numbers (max_order_notional is 1000 by default).
    const HttpReply tooBig = send("POST", QStringLiteral("/api/v1/orders"),
                                  R"({"symbol":"BTCUSDT","side":"Buy","type":"Market","qty":"1.000"})", kTradingToken);
    EXPECT_EQ(tooBig.status, 422) << tooBig.body.toStdString();
    EXPECT_EQ(tooBig.json().value(QStringLiteral("rule")).toString(), QStringLiteral("max_order_notional"));
    EXPECT_TRUE(tooBig.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("1000.00")));

    const HttpReply placed = send("POST", QStringLiteral("/api/v1/orders"), market, kTradingToken);
    ASSERT_EQ(placed.status, 201) << placed.body.toStdString();
    const QString linkId = placed.json().value(QStringLiteral("order_link_id")).toString();
    EXPECT_FALSE(linkId.isEmpty());
    ASSERT_TRUE(waitFor([&] { return positionSize(QStringLiteral("BTCUSDT")) > 0; }, 10000))
        << get(QStringLiteral("/api/v1/orders?status=all")).body.toStdString();
    EXPECT_NEAR(positionSize(QStringLiteral("BTCUSDT")), 0.005, 1e-9);
    const QJsonArray fills =
        get(QStringLiteral("/api/v1/executions")).json().value(QStringLiteral("executions")).toArray();
    ASSERT_FALSE(fills.isEmpty());
    EXPECT_EQ(fills.first().toObject().value(QStringLiteral("order_link_id")).toString(), linkId);

    // A resting order far below the market, then SIGUSR1: everything cancelled, the position flat.
    const HttpReply resting =
        send("POST", QStringLiteral("/api/v1/orders"),
             R"({"symbol":"BTCUSDT","side":"Buy","type":"Limit","qty":"0.001","price":"1000.0"})", kTradingToken);
    // The price band (5 % of the mark) refuses a fat finger like this one.
    EXPECT_EQ(resting.status, 422) << resting.body.toStdString();
    EXPECT_EQ(resting.json().value(QStringLiteral("rule")).toString(), QStringLiteral("price_band_percent"));

    ::kill(static_cast<pid_t>(m_process.processId()), SIGUSR1);
    ASSERT_TRUE(waitFor(
        [&] {
            const QJsonObject kill = account().value(QStringLiteral("kill_switch")).toObject();
            return kill.value(QStringLiteral("last")).toObject().value(QStringLiteral("finished")).toBool();
        },
        10000))
        << get(QStringLiteral("/api/v1/account")).body.toStdString();
    const QJsonObject kill = account().value(QStringLiteral("kill_switch")).toObject();
    EXPECT_TRUE(kill.value(QStringLiteral("engaged")).toBool());
    const QJsonObject report = kill.value(QStringLiteral("last")).toObject();
    EXPECT_TRUE(report.value(QStringLiteral("clean")).toBool()) << QJsonDocument(report).toJson().toStdString();
    EXPECT_EQ(report.value(QStringLiteral("reason")).toString(), QStringLiteral("SIGUSR1"));
    EXPECT_EQ(report.value(QStringLiteral("positions_to_flatten")).toInt(), 1);
    EXPECT_EQ(positionSize(QStringLiteral("BTCUSDT")), 0);

    // Engaged: new risk is refused until the reset, which only the trading token may do.
    const HttpReply refused = send("POST", QStringLiteral("/api/v1/orders"), market, kTradingToken);
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(refused.json().value(QStringLiteral("rule")).toString(), QStringLiteral("kill_switch"));
    EXPECT_EQ(send("POST", QStringLiteral("/api/v1/kill/reset"), {}, kMonitoringToken).status, 403);
    EXPECT_EQ(send("POST", QStringLiteral("/api/v1/kill/reset"), {}, kTradingToken).status, 200);
    EXPECT_EQ(send("POST", QStringLiteral("/api/v1/orders"), market, kTradingToken).status, 201);

    // And through the API: engaged with a reason, reported.
    const HttpReply viaApi = send("POST", QStringLiteral("/api/v1/kill"), R"({"reason":"drill"})", kTradingToken);
    EXPECT_EQ(viaApi.status, 202) << viaApi.body.toStdString();
    ASSERT_TRUE(waitFor(
        [&] {
            const QJsonObject last =
                account().value(QStringLiteral("kill_switch")).toObject().value(QStringLiteral("last")).toObject();
            return last.value(QStringLiteral("reason")).toString() == u"API: drill" &&
                   last.value(QStringLiteral("finished")).toBool();
        },
        10000));
    EXPECT_EQ(positionSize(QStringLiteral("BTCUSDT")), 0);
    EXPECT_EQ(send("POST", QStringLiteral("/api/v1/kill"), "[1]", kTradingToken).status, 400);
}

TEST_F(ApiTradingTest, TheMonitoringTokenCannotBeTheTradingToken)
{
    startDaemon(m_monitoringFile);
    if (m_process.state() != QProcess::NotRunning) {
        ASSERT_TRUE(m_process.waitForFinished(15000));
    }
    m_err += m_process.readAllStandardError();
    EXPECT_EQ(m_process.exitCode(), virtuoso::ExitConfigInvalid) << m_err.toStdString();
    EXPECT_TRUE(m_err.contains("trading.token_file holds the same token as api.token_file")) << m_err.toStdString();
}

TEST_F(ApiTradingTest, LiveTradingNeedsTheConfigAndTheTypedConfirmation)
{
    // venue = live alone: trading stays off and says why; monitoring runs on.
    m_extra = {QStringLiteral("--set"), QStringLiteral("trading.venue=live")};
    ASSERT_NE(startDaemon(m_tradingFile), 0) << m_err.toStdString();
    ASSERT_TRUE(waitFor([&] { return account().contains(QStringLiteral("error")); }, 15000));
    EXPECT_FALSE(account().value(QStringLiteral("running")).toBool());
    EXPECT_EQ(account().value(QStringLiteral("venue")).toString(), QStringLiteral("live"));
    EXPECT_TRUE(account().value(QStringLiteral("error")).toString().contains(QStringLiteral("trading.allow_live")));
    const HttpReply refused = send("POST", QStringLiteral("/api/v1/orders"),
                                   R"({"symbol":"BTCUSDT","side":"Buy","type":"Market","qty":"0.001"})", kTradingToken);
    EXPECT_EQ(refused.status, 400) << refused.body.toStdString();
    EXPECT_EQ(get(QStringLiteral("/health")).status, 200);
    m_process.kill();
    m_process.waitForFinished(5000);

    // allow_live as well, but no typed confirmation: still off.
    m_err.clear();
    m_extra = {QStringLiteral("--set"), QStringLiteral("trading.venue=live"), QStringLiteral("--set"),
               QStringLiteral("trading.allow_live=true")};
    ASSERT_NE(startDaemon(m_tradingFile), 0) << m_err.toStdString();
    ASSERT_TRUE(waitFor([&] { return account().contains(QStringLiteral("error")); }, 15000));
    EXPECT_TRUE(account().value(QStringLiteral("error")).toString().contains(QStringLiteral("typed confirmation")));
}

// Take-profit and stop-loss through POST /api/v1/orders and `virtuoso order --api`: they go with the
// order (listed with it), and values on the wrong side, off the grid or of the wrong type are a 400
// with the reason, nothing sent.
TEST_F(ApiTradingTest, TakeProfitAndStopLossGoWithTheOrderAndBadOnesAreRefusedWithTheReason)
{
    ASSERT_NE(startDaemon(m_tradingFile), 0) << m_err.toStdString();
    ASSERT_TRUE(waitFor([&] { return account().value(QStringLiteral("running")).toBool(); }, 15000));
    QString bidText;
    ASSERT_TRUE(waitFor(
        [&] {
            const QJsonArray bids =
                get(QStringLiteral("/api/v1/orderbook/BTCUSDT?depth=5")).json().value(QStringLiteral("b")).toArray();
            if (bids.isEmpty())
                return false;
            bidText = bids.first().toArray().first().toString();
            return bidText.toDouble() > 0;
        },
        15000));
    const double bid = bidText.toDouble();
    // Whole dollars lie on the tick grid; 1 % either side stays inside the 5 % price band.
    const QString above = QString::number(std::floor(bid * 1.01));
    const QString below = QString::number(std::floor(bid * 0.99));
    const auto ticket = [&](const QString &tp, const QString &sl, const QString &extra = {}) {
        return QStringLiteral(R"({"symbol":"BTCUSDT","side":"Buy","type":"Limit","qty":"0.001","price":"%1",)"
                              R"("take_profit":"%2","stop_loss":"%3"%4})")
            .arg(bidText, tp, sl, extra)
            .toUtf8();
    };
    const auto openOrders = [&] {
        return get(QStringLiteral("/api/v1/orders?status=all")).json().value(QStringLiteral("orders")).toArray().size();
    };
    const qsizetype before = openOrders();

    const struct
    {
        QByteArray body;
        const char *reason;
    } bad[] = {
        {ticket(above, above), "the stop-loss of a buy must be below"},
        {ticket(below, below), "the take-profit of a buy must be above"},
        {ticket(above, QStringLiteral("12.34567")), "is not a positive multiple of the tick"},
        {ticket(above, QStringLiteral("-5")), "stop-loss"},
        {ticket(above, below, QStringLiteral(R"(,"sl_trigger_by":"IndexPrice")")),
         "trigger must be LastPrice or MarkPrice"},
        {QByteArray(R"({"symbol":"BTCUSDT","side":"Buy","type":"Limit","qty":"0.001","price":"1","take_profit":5})"),
         "take_profit"},
        {ticket(above, below, QStringLiteral(R"(,"reduce_only":true)")), "a reduce-only order takes no take-profit"},
    };
    for (const auto &b : bad) {
        const HttpReply reply = send("POST", QStringLiteral("/api/v1/orders"), b.body, kTradingToken);
        EXPECT_EQ(reply.status, 400) << b.body.toStdString() << " → " << reply.body.toStdString();
        EXPECT_TRUE(reply.json().value(QStringLiteral("error")).toString().contains(QLatin1String(b.reason)))
            << reply.body.toStdString();
    }
    EXPECT_EQ(openOrders(), before) << "nothing was recorded or sent";

    const HttpReply placed =
        send("POST", QStringLiteral("/api/v1/orders"),
             ticket(above, below, QStringLiteral(R"(,"tp_trigger_by":"MarkPrice")")), kTradingToken);
    ASSERT_EQ(placed.status, 201) << placed.body.toStdString();
    const QString linkId = placed.json().value(QStringLiteral("order_link_id")).toString();
    const auto listed = [&](const QString &id) {
        for (const QJsonValue &o :
             get(QStringLiteral("/api/v1/orders?status=all")).json().value(QStringLiteral("orders")).toArray())
            if (o.toObject().value(QStringLiteral("order_link_id")).toString() == id)
                return o.toObject();
        return QJsonObject{};
    };
    ASSERT_TRUE(waitFor([&] { return !listed(linkId).isEmpty(); }, 10000));
    EXPECT_DOUBLE_EQ(listed(linkId).value(QStringLiteral("take_profit")).toString().toDouble(), above.toDouble());
    EXPECT_DOUBLE_EQ(listed(linkId).value(QStringLiteral("stop_loss")).toString().toDouble(), below.toDouble());

    // The command line sends the same fields, and shows the same refusal.
    const auto cli = [&](const QStringList &more, QString *out, QString *err) {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(VIRTUOSO_BINARY),
                      QStringList{QStringLiteral("order"), QStringLiteral("--api"), m_base,
                                  QStringLiteral("--trading-token-file"), m_tradingFile, QStringLiteral("--symbol"),
                                  QStringLiteral("BTCUSDT"), QStringLiteral("--side"), QStringLiteral("buy"),
                                  QStringLiteral("--qty"), QStringLiteral("0.001"), QStringLiteral("--price"),
                                  bidText} +
                          more);
        EXPECT_TRUE(process.waitForFinished(30000));
        *out = QString::fromUtf8(process.readAllStandardOutput());
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    };
    QString out, err;
    EXPECT_EQ(cli({QStringLiteral("--take-profit"), below, QStringLiteral("--stop-loss"), above}, &out, &err),
              virtuoso::ExitFailure);
    EXPECT_TRUE(err.contains(QStringLiteral("the take-profit of a buy must be above"))) << err.toStdString();
    ASSERT_EQ(cli({QStringLiteral("--take-profit"), above, QStringLiteral("--stop-loss"), below,
                   QStringLiteral("--tpsl-trigger"), QStringLiteral("MarkPrice")},
                  &out, &err),
              virtuoso::ExitOk)
        << err.toStdString();
    const QString cliId = out.trimmed().section(u' ', 1, 1);
    ASSERT_TRUE(waitFor([&] { return !listed(cliId).isEmpty(); }, 10000)) << out.toStdString();
    EXPECT_DOUBLE_EQ(listed(cliId).value(QStringLiteral("take_profit")).toString().toDouble(), above.toDouble());
    EXPECT_DOUBLE_EQ(listed(cliId).value(QStringLiteral("stop_loss")).toString().toDouble(), below.toDouble());
}

// PATCH /api/v1/orders/{id} and `virtuoso amend --api`: a resting order gets a new price and size;
// a change the risk gate refuses (outside the price band) is a 422 and leaves the order as it was;
// malformed changes are a 400 with the reason, an unknown order a 404, and only the trading token
// amends.
TEST_F(ApiTradingTest, ARestingOrderIsAmendedAndAChangeTheRiskGateRefusesLeavesItAsItWas)
{
    ASSERT_NE(startDaemon(m_tradingFile), 0) << m_err.toStdString();
    ASSERT_TRUE(waitFor([&] { return account().value(QStringLiteral("running")).toBool(); }, 15000));
    // The best bid in whole cents, read exactly from its decimal text.
    qint64 bidCents = 0;
    ASSERT_TRUE(waitFor(
        [&] {
            const QJsonArray bids =
                get(QStringLiteral("/api/v1/orderbook/BTCUSDT?depth=1")).json().value(QStringLiteral("b")).toArray();
            bidCents = bids.isEmpty() ? 0 : cents(bids.first().toArray().first().toString());
            return bidCents > 0;
        },
        15000));
    // Whole dollars lie on the tick grid; 2–3 % below the bid rests inside the 5 % band.
    const auto dollarsAt = [&](int percent) { return QString::number(bidCents * percent / 10000); };
    const QString restAt = dollarsAt(98);
    const QString moveTo = dollarsAt(97);
    const HttpReply placed = send("POST", QStringLiteral("/api/v1/orders"),
                                  QStringLiteral(R"({"symbol":"BTCUSDT","side":"Buy","type":"Limit","qty":"0.001",)"
                                                 R"("price":"%1"})")
                                      .arg(restAt)
                                      .toUtf8(),
                                  kTradingToken);
    ASSERT_EQ(placed.status, 201) << placed.body.toStdString();
    const QString id = placed.json().value(QStringLiteral("order_link_id")).toString();
    const auto listed = [&] {
        for (const QJsonValue &o :
             get(QStringLiteral("/api/v1/orders?status=all")).json().value(QStringLiteral("orders")).toArray())
            if (o.toObject().value(QStringLiteral("order_link_id")).toString() == id)
                return o.toObject();
        return QJsonObject{};
    };
    ASSERT_TRUE(waitFor([&] { return listed().value(QStringLiteral("status")).toString() == u"New"; }, 10000))
        << QJsonDocument(listed()).toJson().toStdString();
    const QString path = QStringLiteral("/api/v1/orders/") + id;
    // The order's field as listed is the decimal `value`, compared exactly ("95000.00" is "95000").
    const auto listedAs = [&](const char *field, const QString &value) {
        const auto listedValue = exactDecimal(listed().value(QLatin1String(field)).toString());
        return listedValue && listedValue == exactDecimal(value);
    };

    EXPECT_EQ(send("PATCH", path, R"({"qty":"0.002"})", kMonitoringToken).status, 403);
    const struct
    {
        QByteArray body;
        int status;
        const char *reason;
    } bad[] = {
        {"not json", 400, "JSON object"},
        {"{}", 400, "price, qty or both"},
        {R"({"qty":5})", 400, "decimal text"},
        {R"({"price":"12.34567"})", 400, "not a positive multiple of the tick"},
        {R"({"qty":"-1"})", 400, "not a positive multiple of the lot"},
        {QStringLiteral(R"({"price":"%1"})").arg(dollarsAt(50)).toUtf8(), 422, "band"},
    };
    for (const auto &b : bad) {
        const HttpReply reply = send("PATCH", path, b.body, kTradingToken);
        EXPECT_EQ(reply.status, b.status) << b.body.toStdString() << " → " << reply.body.toStdString();
        EXPECT_TRUE(reply.json().value(QStringLiteral("error")).toString().contains(QLatin1String(b.reason)))
            << reply.body.toStdString();
    }
    EXPECT_EQ(send("PATCH", QStringLiteral("/api/v1/orders/no-such-order"), R"({"qty":"0.002"})", kTradingToken).status,
              404);
    EXPECT_TRUE(listedAs("price", restAt)) << "the refused changes left the order as it was";

    const HttpReply amended =
        send("PATCH", path, QStringLiteral(R"({"price":"%1","qty":"0.002"})").arg(moveTo).toUtf8(), kTradingToken);
    ASSERT_EQ(amended.status, 202) << amended.body.toStdString();
    EXPECT_EQ(amended.json().value(QStringLiteral("status")).toString(), QStringLiteral("PendingAmend"));
    ASSERT_TRUE(waitFor(
        [&] {
            return listed().value(QStringLiteral("status")).toString() == u"New" && listedAs("price", moveTo) &&
                   listedAs("qty", QStringLiteral("0.002"));
        },
        10000))
        << QJsonDocument(listed()).toJson().toStdString();

    // The command line amends the same way.
    QProcess cli;
    cli.setProcessEnvironment(m_env);
    cli.start(QStringLiteral(VIRTUOSO_BINARY),
              {QStringLiteral("amend"), id, QStringLiteral("--api"), m_base, QStringLiteral("--trading-token-file"),
               m_tradingFile, QStringLiteral("--qty"), QStringLiteral("0.003")});
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_EQ(cli.exitCode(), virtuoso::ExitOk) << cli.readAllStandardError().toStdString();
    ASSERT_TRUE(waitFor([&] { return listedAs("qty", QStringLiteral("0.003")); }, 10000))
        << QJsonDocument(listed()).toJson().toStdString();
}
