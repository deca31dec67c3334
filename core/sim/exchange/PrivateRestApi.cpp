#include "sim/exchange/PrivateRestApi.h"

#include "base/Clock.h"
#include "sim/exchange/ExchangeJson.h"
#include "sim/exchange/SimExchange.h"
#include "sim/server/RestMarketApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <tuple>

#include <algorithm>
#include <cmath>

namespace virtuoso::sim {

namespace {

using trading::retcode::Ok;
constexpr qint64 kDefaultRecvWindowMs = 5000;
constexpr qint64 kFutureToleranceMs = 1000; // Bybit: a timestamp may run at most 1 s ahead of the server

const QStringList &privatePaths()
{
    static const QStringList paths{QStringLiteral("/v5/order/create"),
                                   QStringLiteral("/v5/order/amend"),
                                   QStringLiteral("/v5/order/cancel"),
                                   QStringLiteral("/v5/order/cancel-all"),
                                   QStringLiteral("/v5/order/realtime"),
                                   QStringLiteral("/v5/order/history"),
                                   QStringLiteral("/v5/execution/list"),
                                   QStringLiteral("/v5/position/list"),
                                   QStringLiteral("/v5/position/set-leverage"),
                                   QStringLiteral("/v5/account/wallet-balance"),
                                   QStringLiteral("/v5/order/disconnected-cancel-all"),
                                   QStringLiteral("/v5/account/info"),
                                   QStringLiteral("/v5/user/query-api"),
                                   QStringLiteral("/v5/asset/coin/query-info")};
    return paths;
}

bool isPost(const QString &path)
{
    return path == u"/v5/order/create" || path == u"/v5/order/amend" || path == u"/v5/order/cancel" ||
           path == u"/v5/order/cancel-all" || path == u"/v5/position/set-leverage" ||
           path == u"/v5/order/disconnected-cancel-all";
}

// A request field as text: strings as sent, numbers in their shortest form, booleans as true/false.
QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool flag(const QJsonValue &value)
{
    return value.isBool() ? value.toBool() : (text(value) == u"true" || text(value) == u"1");
}

// The page of `list` that `cursor` (an offset, from a previous nextPageCursor) and `limit` select.
QJsonObject page(const QJsonArray &list, const QString &cursor, int limit)
{
    const int start = std::clamp(cursor.toInt(), 0, static_cast<int>(list.size()));
    QJsonArray out;
    for (int i = start; i < list.size() && i < start + limit; ++i)
        out.append(list.at(i));
    const bool more = start + limit < list.size();
    return QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")},
                       {QStringLiteral("list"), out},
                       {QStringLiteral("nextPageCursor"), more ? QString::number(start + limit) : QString()}};
}

int limitOf(const HttpRequest &request, int fallback, int maximum, bool *ok)
{
    *ok = true;
    if (!request.hasQueryValue(QStringLiteral("limit")))
        return fallback;
    const int limit = request.queryValue(QStringLiteral("limit")).toInt(ok);
    *ok = *ok && limit >= 1 && limit <= maximum;
    return limit;
}

} // namespace

SignatureCheck checkSignature(const HttpRequest &request, const SimExchange &exchange, const Clock &clock)
{
    SignatureCheck check;
    const QByteArray key = request.header("x-bapi-api-key");
    const QByteArray timestampText = request.header("x-bapi-timestamp");
    const QByteArray sign = request.header("x-bapi-sign").toLower();
    const QByteArray recvWindowText = request.header("x-bapi-recv-window");
    const SimAccount *account = key.isEmpty() ? nullptr : exchange.account(QString::fromUtf8(key));
    if (!account) {
        check.retCode = privatecode::InvalidKey;
        check.retMsg = QStringLiteral("API key is invalid.");
        return check;
    }
    bool ok = false;
    const qint64 timestamp = timestampText.toLongLong(&ok);
    bool windowOk = true;
    const qint64 recvWindow = recvWindowText.isEmpty() ? kDefaultRecvWindowMs : recvWindowText.toLongLong(&windowOk);
    const qint64 now = clock.epochMs();
    if (!ok || !windowOk || recvWindow <= 0 || timestamp < now - recvWindow || timestamp >= now + kFutureToleranceMs) {
        check.retCode = privatecode::TimestampOutOfWindow;
        check.retMsg = QStringLiteral("invalid request, please check your server timestamp or recv_window param. "
                                      "req_timestamp[%1],server_timestamp[%2],recv_window[%3]")
                           .arg(QString::fromUtf8(timestampText))
                           .arg(now)
                           .arg(QString::fromUtf8(recvWindowText.isEmpty() ? QByteArray("5000") : recvWindowText));
        return check;
    }
    const QByteArray payload = timestampText + key + (recvWindowText.isEmpty() ? QByteArray() : recvWindowText) +
                               (request.method == "GET" ? request.rawQuery : request.body);
    if (!sameSignature(hmacSha256Hex(account->secret, payload), sign)) {
        check.retCode = privatecode::BadSignature;
        check.retMsg = QStringLiteral("error sign! origin_string[%1]").arg(QString::fromUtf8(payload));
        return check;
    }
    check.key = account->key;
    return check;
}

PrivateRestApi::PrivateRestApi(SimExchange &exchange, const Clock &clock)
    : m_exchange(exchange)
    , m_clock(clock)
{}

bool PrivateRestApi::handles(const QString &path)
{
    return privatePaths().contains(path);
}

HttpResponse PrivateRestApi::handle(const HttpRequest &request)
{
    Answer answer;
    const bool post = isPost(request.path);
    if ((post && request.method != "POST") || (!post && request.method != "GET")) {
        answer.retCode = privatecode::ParamError;
        answer.retMsg = QStringLiteral("params error: use %1").arg(post ? u"POST" : u"GET");
        answer.result = QJsonObject{};
    } else {
        const SignatureCheck check = checkSignature(request, m_exchange, m_clock);
        if (check.retCode != Ok) {
            answer.retCode = check.retCode;
            answer.retMsg = check.retMsg;
            answer.result = QJsonObject{};
        } else {
            answer = dispatch(request, check.key);
        }
    }
    HttpResponse response =
        HttpResponse::json(200, bybitEnvelope(answer.retCode, answer.retMsg, answer.result, m_clock.epochMs()));
    response.dropConnection = answer.dropAnswer;
    return response;
}

PrivateRestApi::Answer PrivateRestApi::dispatch(const HttpRequest &request, const QString &key)
{
    const QString &path = request.path;
    QJsonObject body;
    if (request.method == "POST") {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject() && !request.body.trimmed().isEmpty())
            return {privatecode::ParamError, QStringLiteral("params error: the body must be a JSON object"),
                    QJsonObject{}};
        body = doc.object();
    }
    const QString category = request.method == "POST" ? text(body.value(QStringLiteral("category")))
                                                      : request.queryValue(QStringLiteral("category"));
    const bool needsCategory = path.startsWith(QLatin1String("/v5/order/")) ||
                               path.startsWith(QLatin1String("/v5/position/")) || path == u"/v5/execution/list";
    if (needsCategory && path != u"/v5/order/disconnected-cancel-all" && category != u"linear")
        return {privatecode::ParamError, QStringLiteral("params error: Category is invalid"), QJsonObject{}};
    // The symbol named by the request gets the market's current book before the engine sees it.
    const QString symbol = (request.method == "POST" ? text(body.value(QStringLiteral("symbol")))
                                                     : request.queryValue(QStringLiteral("symbol")))
                               .toUpper();
    if (!symbol.isEmpty()) {
        if (!m_exchange.spec(symbol))
            return {privatecode::ParamError, QStringLiteral("params error: symbol invalid"), QJsonObject{}};
        m_exchange.watch(symbol);
    }
    if (path == u"/v5/order/create")
        return create(key, body);
    if (path == u"/v5/order/amend")
        return amend(key, body);
    if (path == u"/v5/order/cancel")
        return cancel(key, body);
    if (path == u"/v5/order/cancel-all")
        return cancelAll(key, body);
    if (path == u"/v5/order/realtime")
        return openOrders(key, request);
    if (path == u"/v5/order/history")
        return history(key, request);
    if (path == u"/v5/execution/list")
        return executions(key, request);
    if (path == u"/v5/position/list")
        return positions(key, request);
    if (path == u"/v5/position/set-leverage")
        return setLeverage(key, body);
    if (path == u"/v5/account/wallet-balance")
        return wallet(key, request);
    if (path == u"/v5/order/disconnected-cancel-all")
        return dcp(key, body);
    if (path == u"/v5/account/info")
        return accountInfo(key);
    if (path == u"/v5/user/query-api")
        return apiKeyInfo(key);
    // /v5/asset/coin/query-info: the one coin the exchange settles in.
    const trading::ExchangeWallet w = m_exchange.engine().wallet(key.toStdString());
    return {Ok, QStringLiteral("success"),
            QJsonObject{{QStringLiteral("rows"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("USDT")},
                                                {QStringLiteral("coin"), QStringLiteral("USDT")},
                                                {QStringLiteral("remainAmount"), exchangejson::money(w.available)},
                                                {QStringLiteral("chains"), QJsonArray{}}}}}}};
}

PrivateRestApi::Answer PrivateRestApi::create(const QString &key, const QJsonObject &body)
{
    auto bad = [](const QString &why) { return Answer{privatecode::ParamError, why, QJsonObject{}}; };
    const QString symbol = text(body.value(QStringLiteral("symbol"))).toUpper();
    const exchange::InstrumentSpec *spec = m_exchange.spec(symbol);
    if (!spec)
        return bad(QStringLiteral("params error: symbol invalid"));
    trading::NewOrder order;
    order.symbol = symbol.toStdString();
    const QString side = text(body.value(QStringLiteral("side")));
    if (side != u"Buy" && side != u"Sell")
        return bad(QStringLiteral("params error: side invalid"));
    order.side = side == u"Buy" ? trading::Side::Buy : trading::Side::Sell;
    const QString type = text(body.value(QStringLiteral("orderType")));
    if (type != u"Market" && type != u"Limit")
        return bad(QStringLiteral("params error: orderType invalid"));
    order.type = type == u"Market" ? trading::OrderType::Market : trading::OrderType::Limit;
    const auto qty = spec->quantity.toNonNegativeSteps(text(body.value(QStringLiteral("qty"))).toStdString());
    if (!qty || qty.value <= 0)
        return bad(QStringLiteral("params error: qty invalid"));
    if (qty.value < spec->minOrderLots)
        return bad(QStringLiteral("The number of contracts exceeds minimum limit allowed"));
    if (spec->maxOrderLots > 0 && qty.value > spec->maxOrderLots)
        return bad(QStringLiteral("The number of contracts exceeds maximum limit allowed"));
    order.quantity = qty.value;
    const QString price = text(body.value(QStringLiteral("price")));
    if (order.type == trading::OrderType::Limit) {
        const auto ticks = spec->price.toNonNegativeSteps(price.toStdString());
        if (!ticks || ticks.value <= 0)
            return bad(QStringLiteral("params error: price invalid"));
        order.price = ticks.value;
    }
    const QString tif = text(body.value(QStringLiteral("timeInForce")));
    if (tif.isEmpty() || tif == u"GTC")
        order.timeInForce = trading::TimeInForce::GTC;
    else if (tif == u"IOC")
        order.timeInForce = trading::TimeInForce::IOC;
    else if (tif == u"FOK")
        order.timeInForce = trading::TimeInForce::FOK;
    else if (tif == u"PostOnly")
        order.timeInForce = trading::TimeInForce::PostOnly;
    else
        return bad(QStringLiteral("params error: timeInForce invalid"));
    if (order.type == trading::OrderType::Market)
        order.timeInForce = trading::TimeInForce::IOC; // market orders are always IOC
    const QString link = text(body.value(QStringLiteral("orderLinkId")));
    static const QRegularExpression linkPattern(QStringLiteral("^[A-Za-z0-9_\\-]{1,36}$"));
    if (!link.isEmpty() && !linkPattern.match(link).hasMatch())
        return bad(QStringLiteral("params error: orderLinkId invalid"));
    order.orderLinkId = link.toStdString();
    order.reduceOnly = flag(body.value(QStringLiteral("reduceOnly")));
    const QString positionIdx = text(body.value(QStringLiteral("positionIdx")));
    if (!positionIdx.isEmpty() && positionIdx != u"0")
        return bad(QStringLiteral("position idx not match position mode"));
    // Take-profit and stop-loss of the whole position ("Full" mode, closed at market).
    const QString tpslMode = text(body.value(QStringLiteral("tpslMode")));
    if (!tpslMode.isEmpty() && tpslMode != u"Full")
        return bad(QStringLiteral("params error: only tpslMode Full is supported"));
    for (const auto &[field, by, target, trigger] :
         {std::tuple{"takeProfit", "tpTriggerBy", &order.takeProfit, &order.tpTriggerBy},
          std::tuple{"stopLoss", "slTriggerBy", &order.stopLoss, &order.slTriggerBy}}) {
        const QString value = text(body.value(QLatin1String(field)));
        if (!value.isEmpty() && value != u"0") {
            const auto ticks = spec->price.toNonNegativeSteps(value.toStdString());
            if (!ticks || ticks.value <= 0)
                return bad(QStringLiteral("params error: %1 invalid").arg(QLatin1String(field)));
            *target = ticks.value;
        }
        const auto triggerBy = trading::triggerByFromName(text(body.value(QLatin1String(by))).toStdString());
        if (!triggerBy)
            return bad(QStringLiteral("params error: %1 invalid").arg(QLatin1String(by)));
        *trigger = *triggerBy;
    }

    const trading::MatchResult r = m_exchange.engine().create(key.toStdString(), order, m_exchange.nowMs());
    if (!r.ok())
        return {r.retCode, QString::fromStdString(r.retMsg), QJsonObject{}};
    Answer answer{Ok, QStringLiteral("OK"),
                  QJsonObject{{QStringLiteral("orderId"), QString::fromStdString(r.orderId)},
                              {QStringLiteral("orderLinkId"), QString::fromStdString(r.orderLinkId)}}};
    answer.dropAnswer = m_exchange.takeAckLost(key);
    return answer;
}

PrivateRestApi::Answer PrivateRestApi::amend(const QString &key, const QJsonObject &body)
{
    const QString symbol = text(body.value(QStringLiteral("symbol"))).toUpper();
    const exchange::InstrumentSpec *spec = m_exchange.spec(symbol);
    if (!spec)
        return {privatecode::ParamError, QStringLiteral("params error: symbol invalid"), QJsonObject{}};
    std::optional<Ticks> price;
    std::optional<Lots> qty;
    const QString priceText = text(body.value(QStringLiteral("price")));
    const QString qtyText = text(body.value(QStringLiteral("qty")));
    if (!priceText.isEmpty()) {
        const auto t = spec->price.toNonNegativeSteps(priceText.toStdString());
        if (!t || t.value <= 0)
            return {privatecode::ParamError, QStringLiteral("params error: price invalid"), QJsonObject{}};
        price = t.value;
    }
    if (!qtyText.isEmpty()) {
        const auto q = spec->quantity.toNonNegativeSteps(qtyText.toStdString());
        if (!q || q.value <= 0)
            return {privatecode::ParamError, QStringLiteral("params error: qty invalid"), QJsonObject{}};
        qty = q.value;
    }
    const std::string orderId = text(body.value(QStringLiteral("orderId"))).toStdString();
    const std::string link = text(body.value(QStringLiteral("orderLinkId"))).toStdString();
    if (orderId.empty() && link.empty())
        return {privatecode::ParamError, QStringLiteral("params error: orderId or orderLinkId is required"),
                QJsonObject{}};
    const trading::MatchResult r = m_exchange.engine().amend(key.toStdString(), symbol.toStdString(), orderId, link,
                                                             price, qty, m_exchange.nowMs());
    if (!r.ok())
        return {r.retCode, QString::fromStdString(r.retMsg), QJsonObject{}};
    return {Ok, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("orderId"), QString::fromStdString(r.orderId)},
                        {QStringLiteral("orderLinkId"), QString::fromStdString(r.orderLinkId)}}};
}

PrivateRestApi::Answer PrivateRestApi::cancel(const QString &key, const QJsonObject &body)
{
    const QString symbol = text(body.value(QStringLiteral("symbol"))).toUpper();
    if (symbol.isEmpty())
        return {privatecode::ParamError, QStringLiteral("params error: symbol invalid"), QJsonObject{}};
    const std::string orderId = text(body.value(QStringLiteral("orderId"))).toStdString();
    const std::string link = text(body.value(QStringLiteral("orderLinkId"))).toStdString();
    if (orderId.empty() && link.empty())
        return {privatecode::ParamError, QStringLiteral("params error: orderId or orderLinkId is required"),
                QJsonObject{}};
    const trading::MatchResult r =
        m_exchange.engine().cancel(key.toStdString(), symbol.toStdString(), orderId, link, m_exchange.nowMs());
    if (!r.ok())
        return {r.retCode, QString::fromStdString(r.retMsg), QJsonObject{}};
    return {Ok, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("orderId"), QString::fromStdString(r.orderId)},
                        {QStringLiteral("orderLinkId"), QString::fromStdString(r.orderLinkId)}}};
}

PrivateRestApi::Answer PrivateRestApi::cancelAll(const QString &key, const QJsonObject &body)
{
    const QString symbol = text(body.value(QStringLiteral("symbol"))).toUpper();
    const QString settleCoin = text(body.value(QStringLiteral("settleCoin")));
    const QString baseCoin = text(body.value(QStringLiteral("baseCoin")));
    if (symbol.isEmpty() && settleCoin.isEmpty() && baseCoin.isEmpty())
        return {privatecode::ParamError, QStringLiteral("params error: symbol, baseCoin or settleCoin is required"),
                QJsonObject{}};
    QJsonArray list;
    for (const trading::ExchangeOrder &o :
         m_exchange.engine().cancelAll(key.toStdString(), symbol.toStdString(), m_exchange.nowMs())) {
        list.append(QJsonObject{{QStringLiteral("orderId"), QString::fromStdString(o.orderId)},
                                {QStringLiteral("orderLinkId"), QString::fromStdString(o.orderLinkId)}});
    }
    return {Ok, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("list"), list}, {QStringLiteral("success"), QStringLiteral("1")}}};
}

PrivateRestApi::Answer PrivateRestApi::openOrders(const QString &key, const HttpRequest &request)
{
    bool ok = false;
    const int limit = limitOf(request, 20, 50, &ok);
    if (!ok)
        return {privatecode::ParamError, QStringLiteral("params error: limit invalid"), QJsonObject{}};
    const std::string account = key.toStdString();
    const QString symbol = request.queryValue(QStringLiteral("symbol")).toUpper();
    const std::string orderId = request.queryValue(QStringLiteral("orderId")).toStdString();
    const std::string link = request.queryValue(QStringLiteral("orderLinkId")).toStdString();
    QJsonArray list;
    if (!orderId.empty() || !link.empty()) {
        // By id the recent closed orders are found as well: how a client learns a lost create's fate.
        const trading::ExchangeOrder *o = m_exchange.engine().order(account, orderId, link);
        if (o && (symbol.isEmpty() || o->symbol == symbol.toStdString())) {
            if (const auto *spec = m_exchange.spec(QString::fromStdString(o->symbol)))
                list.append(exchangejson::order(*o, *spec));
        }
    } else {
        std::vector<trading::ExchangeOrder> orders = m_exchange.engine().openOrders(account, symbol.toStdString());
        std::stable_sort(orders.begin(), orders.end(),
                         [](const auto &a, const auto &b) { return a.createdMs > b.createdMs; });
        for (const trading::ExchangeOrder &o : orders) {
            if (const auto *spec = m_exchange.spec(QString::fromStdString(o.symbol)))
                list.append(exchangejson::order(o, *spec));
        }
    }
    return {Ok, QStringLiteral("OK"), page(list, request.queryValue(QStringLiteral("cursor")), limit)};
}

PrivateRestApi::Answer PrivateRestApi::history(const QString &key, const HttpRequest &request)
{
    bool ok = false;
    const int limit = limitOf(request, 20, 50, &ok);
    if (!ok)
        return {privatecode::ParamError, QStringLiteral("params error: limit invalid"), QJsonObject{}};
    const std::string account = key.toStdString();
    const std::string symbol = request.queryValue(QStringLiteral("symbol")).toUpper().toStdString();
    const std::string orderId = request.queryValue(QStringLiteral("orderId")).toStdString();
    const std::string link = request.queryValue(QStringLiteral("orderLinkId")).toStdString();
    const QString status = request.queryValue(QStringLiteral("orderStatus"));
    std::vector<trading::ExchangeOrder> orders = m_exchange.engine().openOrders(account, symbol);
    for (trading::ExchangeOrder &o : m_exchange.engine().orderHistory(account, symbol, 10'000))
        orders.push_back(std::move(o));
    std::stable_sort(orders.begin(), orders.end(),
                     [](const auto &a, const auto &b) { return a.updatedMs > b.updatedMs; });
    QJsonArray list;
    for (const trading::ExchangeOrder &o : orders) {
        if ((!orderId.empty() && o.orderId != orderId) || (!link.empty() && o.orderLinkId != link))
            continue;
        if (!status.isEmpty() && status != QLatin1String(exchangejson::bybitOrderStatus(o.status)))
            continue;
        if (const auto *spec = m_exchange.spec(QString::fromStdString(o.symbol)))
            list.append(exchangejson::order(o, *spec));
    }
    return {Ok, QStringLiteral("OK"), page(list, request.queryValue(QStringLiteral("cursor")), limit)};
}

PrivateRestApi::Answer PrivateRestApi::executions(const QString &key, const HttpRequest &request)
{
    bool ok = false;
    const int limit = limitOf(request, 50, 100, &ok);
    if (!ok)
        return {privatecode::ParamError, QStringLiteral("params error: limit invalid"), QJsonObject{}};
    const std::string account = key.toStdString();
    const QString symbol = request.queryValue(QStringLiteral("symbol")).toUpper();
    const std::string orderId = request.queryValue(QStringLiteral("orderId")).toStdString();
    const std::string link = request.queryValue(QStringLiteral("orderLinkId")).toStdString();
    const qint64 since = request.queryValue(QStringLiteral("startTime")).toLongLong();
    const qint64 until = request.hasQueryValue(QStringLiteral("endTime"))
                             ? request.queryValue(QStringLiteral("endTime")).toLongLong()
                             : std::numeric_limits<qint64>::max();
    QJsonArray list;
    for (const trading::ExchangeExecution &e :
         m_exchange.engine().executions(account, symbol.toStdString(), since, 100'000)) {
        if ((!orderId.empty() && e.orderId != orderId) || (!link.empty() && e.orderLinkId != link) || e.timeMs > until)
            continue;
        const QString s = QString::fromStdString(e.symbol);
        if (const auto *spec = m_exchange.spec(s))
            list.append(exchangejson::execution(e, m_exchange.engine().order(account, e.orderId, {}), *spec,
                                                m_exchange.markTicks(s)));
    }
    return {Ok, QStringLiteral("OK"), page(list, request.queryValue(QStringLiteral("cursor")), limit)};
}

PrivateRestApi::Answer PrivateRestApi::positions(const QString &key, const HttpRequest &request)
{
    bool ok = false;
    const int limit = limitOf(request, 20, 200, &ok);
    if (!ok)
        return {privatecode::ParamError, QStringLiteral("params error: limit invalid"), QJsonObject{}};
    const QString symbol = request.queryValue(QStringLiteral("symbol")).toUpper();
    const QString settleCoin = request.queryValue(QStringLiteral("settleCoin"));
    if (symbol.isEmpty() && settleCoin.isEmpty())
        return {privatecode::ParamError, QStringLiteral("params error: symbol or settleCoin is required"),
                QJsonObject{}};
    const std::string account = key.toStdString();
    QJsonArray list;
    std::vector<trading::ExchangePosition> held = m_exchange.engine().positions(account, symbol.toStdString());
    if (!symbol.isEmpty() && held.empty()) {
        trading::ExchangePosition flat; // a symbol asked for by name is listed even when flat
        flat.symbol = symbol.toStdString();
        flat.leverage = m_exchange.engine().settings().defaultLeverage;
        flat.markTicks = m_exchange.markTicks(symbol);
        flat.updatedMs = m_exchange.nowMs();
        held.push_back(flat);
    }
    for (const trading::ExchangePosition &p : held) {
        if (symbol.isEmpty() && p.size == 0)
            continue;
        if (const auto *spec = m_exchange.spec(QString::fromStdString(p.symbol)))
            list.append(exchangejson::position(p, *spec));
    }
    return {Ok, QStringLiteral("OK"), page(list, request.queryValue(QStringLiteral("cursor")), limit)};
}

PrivateRestApi::Answer PrivateRestApi::wallet(const QString &key, const HttpRequest &request)
{
    const QString type = request.queryValue(QStringLiteral("accountType"));
    if (type != u"UNIFIED" && type != u"CONTRACT")
        return {privatecode::ParamError, QStringLiteral("accountType only support UNIFIED."), QJsonObject{}};
    const std::string account = key.toStdString();
    double realised = 0;
    for (const trading::ExchangePosition &p : m_exchange.engine().positions(account, {}))
        realised += p.cumulativeRealisedPnl;
    QJsonObject w = exchangejson::wallet(m_exchange.engine().wallet(account), realised);
    if (type == u"CONTRACT")
        w.insert(QStringLiteral("accountType"), type);
    return {Ok, QStringLiteral("OK"), QJsonObject{{QStringLiteral("list"), QJsonArray{w}}}};
}

PrivateRestApi::Answer PrivateRestApi::setLeverage(const QString &key, const QJsonObject &body)
{
    const QString symbol = text(body.value(QStringLiteral("symbol"))).toUpper();
    const QString buy = text(body.value(QStringLiteral("buyLeverage")));
    const QString sell = text(body.value(QStringLiteral("sellLeverage")));
    bool ok = false;
    const double leverage = buy.toDouble(&ok);
    if (!ok || buy.toDouble() != sell.toDouble() || leverage <= 0)
        return {privatecode::ParamError, QStringLiteral("params error: buyLeverage must equal sellLeverage"),
                QJsonObject{}};
    const std::string account = key.toStdString();
    const auto held = m_exchange.engine().positions(account, symbol.toStdString());
    const double current = held.empty() ? m_exchange.engine().settings().defaultLeverage : held.front().leverage;
    if (std::abs(current - leverage) < 1e-9)
        return {privatecode::LeverageNotModified, QStringLiteral("leverage not modified"), QJsonObject{}};
    const trading::MatchResult r =
        m_exchange.engine().setLeverage(account, symbol.toStdString(), leverage, m_exchange.nowMs());
    if (!r.ok())
        return {r.retCode, QString::fromStdString(r.retMsg), QJsonObject{}};
    return {Ok, QStringLiteral("OK"), QJsonObject{}};
}

PrivateRestApi::Answer PrivateRestApi::dcp(const QString &key, const QJsonObject &body)
{
    bool ok = false;
    const int seconds = text(body.value(QStringLiteral("timeWindow"))).toInt(&ok);
    if (!ok || seconds < 3 || seconds > 300)
        return {privatecode::ParamError, QStringLiteral("params error: timeWindow must be from 3 to 300"),
                QJsonObject{}};
    m_exchange.setDcpWindow(key, seconds);
    return {Ok, QStringLiteral("success"), QJsonObject{}};
}

PrivateRestApi::Answer PrivateRestApi::accountInfo(const QString &key)
{
    const int window = m_exchange.dcpWindow(key);
    return {Ok, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("unifiedMarginStatus"), 6},
                        {QStringLiteral("marginMode"), QStringLiteral("REGULAR_MARGIN")},
                        {QStringLiteral("isMasterTrader"), false},
                        {QStringLiteral("spotHedgingStatus"), QStringLiteral("OFF")},
                        {QStringLiteral("updatedTime"), QString::number(m_exchange.nowMs())},
                        {QStringLiteral("dcpStatus"), window > 0 ? QStringLiteral("ON") : QStringLiteral("OFF")},
                        {QStringLiteral("timeWindow"), window},
                        {QStringLiteral("smpGroup"), 0}}};
}

PrivateRestApi::Answer PrivateRestApi::apiKeyInfo(const QString &key)
{
    const QJsonArray trade{QStringLiteral("Order"), QStringLiteral("Position")};
    return {Ok, QStringLiteral(""),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                        {QStringLiteral("note"), QStringLiteral("virtuoso simulator")},
                        {QStringLiteral("apiKey"), key},
                        {QStringLiteral("readOnly"), 0},
                        {QStringLiteral("secret"), QString()},
                        {QStringLiteral("permissions"), QJsonObject{{QStringLiteral("ContractTrade"), trade},
                                                                    {QStringLiteral("Spot"), QJsonArray{}},
                                                                    {QStringLiteral("Wallet"), QJsonArray{}},
                                                                    {QStringLiteral("Options"), QJsonArray{}},
                                                                    {QStringLiteral("Derivatives"), QJsonArray{}},
                                                                    {QStringLiteral("Exchange"), QJsonArray{}}}},
                        {QStringLiteral("ips"), QJsonArray{QStringLiteral("*")}},
                        {QStringLiteral("type"), 1},
                        {QStringLiteral("unified"), 0},
                        {QStringLiteral("uta"), 1},
                        {QStringLiteral("userID"), 1},
                        {QStringLiteral("isMaster"), true}}};
}

} // namespace virtuoso::sim
