#pragma once

#include "SimFixture.h"

#include "TestSupport.h"

#include "sim/exchange/SimAccounts.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <cmath>

namespace virtuoso::sim::test {

// A simulator with one known account, and signed requests as a Bybit client makes them.
class ExchangeFixture : public SimFixture
{
protected:
    const QString key = QStringLiteral("TESTKEY0000000001");
    const QByteArray secret = "TESTSECRET00000000000000000000000001";

    void startExchange()
    {
        SimulatorOptions options;
        options.accounts.push_back(SimAccount{key, secret, 100'000});
        startSim(options);
        rest = std::make_unique<RestClient>(restUrl());
    }

    QList<QPair<QByteArray, QByteArray>> signedHeaders(const QByteArray &payload, qint64 timestamp = 0,
                                                       const QString &apiKey = {}, const QByteArray &withSecret = {})
    {
        const QByteArray ts = QByteArray::number(timestamp ? timestamp : clock.epochMs());
        const QByteArray k = (apiKey.isEmpty() ? key : apiKey).toUtf8();
        const QByteArray recv = "5000";
        const QByteArray sign = hmacSha256Hex(withSecret.isEmpty() ? secret : withSecret, ts + k + recv + payload);
        return {{"X-BAPI-API-KEY", k}, {"X-BAPI-TIMESTAMP", ts}, {"X-BAPI-RECV-WINDOW", recv}, {"X-BAPI-SIGN", sign}};
    }
    HttpResult signedGet(const QString &path, const QString &query, qint64 timestamp = 0)
    {
        return rest->send("GET", path + QStringLiteral("?") + query, {}, signedHeaders(query.toUtf8(), timestamp));
    }
    HttpResult signedPost(const QString &path, const QJsonObject &body)
    {
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return rest->send("POST", path, json, signedHeaders(json));
    }
    static int retCode(const HttpResult &r) { return r.json().value(QStringLiteral("retCode")).toInt(-1); }
    static QJsonObject result(const HttpResult &r) { return r.json().value(QStringLiteral("result")).toObject(); }
    static QJsonArray list(const HttpResult &r) { return result(r).value(QStringLiteral("list")).toArray(); }

    // The n-th level (0 = best) of one side of the simulated book, as its price text.
    QString bookPrice(const QString &symbol, const char *side, int level)
    {
        const HttpResult r =
            rest->get(QStringLiteral("/v5/market/orderbook?category=linear&symbol=%1&limit=50").arg(symbol));
        const QJsonArray levels = result(r).value(QLatin1String(side)).toArray();
        return levels.at(std::min(level, static_cast<int>(levels.size()) - 1)).toArray().at(0).toString();
    }
    // A buy price `fraction` of the best bid, on the tick grid: an order there rests for the whole test.
    QString farBuyPrice(double fraction)
    {
        const HttpResult info = rest->get(QStringLiteral("/v5/market/instruments-info?category=linear&symbol=BTCUSDT"));
        const QString tick = list(info)
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("priceFilter"))
                                 .toObject()
                                 .value(QStringLiteral("tickSize"))
                                 .toString();
        const int decimals =
            tick.contains(QLatin1Char('.')) ? static_cast<int>(tick.size() - tick.indexOf('.') - 1) : 0;
        const double step = tick.toDouble();
        const double price =
            std::floor(bookPrice(QStringLiteral("BTCUSDT"), "b", 0).toDouble() * fraction / step) * step;
        return QString::number(price, 'f', decimals);
    }
    QJsonObject truth() { return rest->get(QStringLiteral("/sim/v1/truth/account?key=%1").arg(key)).json(); }
    QJsonObject limitOrder(const QString &side, const QString &price, const QString &qty, const QString &link = {})
    {
        QJsonObject o{{QStringLiteral("category"), QStringLiteral("linear")},
                      {QStringLiteral("symbol"), QStringLiteral("BTCUSDT")},
                      {QStringLiteral("side"), side},
                      {QStringLiteral("orderType"), QStringLiteral("Limit")},
                      {QStringLiteral("qty"), qty},
                      {QStringLiteral("price"), price}};
        if (!link.isEmpty())
            o.insert(QStringLiteral("orderLinkId"), link);
        return o;
    }
    QJsonObject marketOrder(const QString &side, const QString &qty, bool reduceOnly = false)
    {
        return QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")},
                           {QStringLiteral("symbol"), QStringLiteral("BTCUSDT")},
                           {QStringLiteral("side"), side},
                           {QStringLiteral("orderType"), QStringLiteral("Market")},
                           {QStringLiteral("qty"), qty},
                           {QStringLiteral("reduceOnly"), reduceOnly}};
    }
    // Opens /v5/private and authenticates as the test account, subscribed to the four topics.
    void openPrivate(StreamClient &stream)
    {
        ASSERT_TRUE(stream.open(QStringLiteral("ws://127.0.0.1:%1/v5/private").arg(sim->port())));
        const qint64 expires = clock.epochMs() + 10'000;
        stream.send(QJsonObject{
            {QStringLiteral("op"), QStringLiteral("auth")},
            {QStringLiteral("args"),
             QJsonArray{key, static_cast<double>(expires),
                        QString::fromLatin1(hmacSha256Hex(secret, "GET/realtime" + QByteArray::number(expires)))}}});
        const auto auth = stream.waitForOp(QStringLiteral("auth"));
        ASSERT_TRUE(auth);
        ASSERT_TRUE(auth->value(QStringLiteral("success")).toBool()) << QJsonDocument(*auth).toJson().toStdString();
        stream.send(
            QJsonObject{{QStringLiteral("op"), QStringLiteral("subscribe")},
                        {QStringLiteral("req_id"), QStringLiteral("s1")},
                        {QStringLiteral("args"), QJsonArray{QStringLiteral("order"), QStringLiteral("execution"),
                                                            QStringLiteral("position"), QStringLiteral("wallet")}}});
        const auto sub = stream.waitForOp(QStringLiteral("subscribe"));
        ASSERT_TRUE(sub && sub->value(QStringLiteral("success")).toBool());
    }
    // The messages of `topic` the stream has received so far.
    static QList<QJsonObject> messages(const StreamClient &stream, const QString &topic)
    {
        QList<QJsonObject> out;
        for (const QString &t : stream.texts) {
            const QJsonObject o = QJsonDocument::fromJson(t.toUtf8()).object();
            if (o.value(QStringLiteral("topic")).toString() == topic)
                out << o;
        }
        return out;
    }

    std::unique_ptr<RestClient> rest;
};

} // namespace virtuoso::sim::test
