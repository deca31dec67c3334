#include "sim/server/ControlApi.h"

#include "sim/server/FaultPlan.h"
#include "sim/server/SimulatorService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace virtuoso::sim {

namespace {

HttpResponse jsonResponse(int status, const QJsonObject &object)
{
    return HttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse error(int status, const QString &message)
{
    return jsonResponse(status, QJsonObject{{QStringLiteral("error"), message}});
}

std::optional<QJsonObject> bodyObject(const HttpRequest &request, QString *why)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

HttpResponse ControlApi::handle(const HttpRequest &request)
{
    const QString rest = request.path.mid(QStringLiteral("/sim/v1").size());
    if (rest.isEmpty() || rest == u"/") {
        return jsonResponse(
            200, QJsonObject{
                     {QStringLiteral("endpoints"),
                      QJsonArray{
                          QStringLiteral("GET|POST /sim/v1/faults"), QStringLiteral("GET|POST /sim/v1/feed"),
                          QStringLiteral("GET /sim/v1/truth/orderbook?symbol=S&depth=N"),
                          QStringLiteral("GET /sim/v1/connections"), QStringLiteral("POST /sim/v1/market/liquidations"),
                          QStringLiteral("POST /sim/v1/market/volatility"), QStringLiteral("GET /sim/v1/accounts"),
                          QStringLiteral("GET /sim/v1/truth/account?key=K")}}});
    }
    if (rest == u"/faults")
        return faults(request);
    if (rest == u"/feed")
        return feed(request);
    if (rest == u"/truth/orderbook")
        return truth(request);
    if (rest == u"/accounts") {
        if (request.method != "GET")
            return error(405, QStringLiteral("use GET"));
        return jsonResponse(
            200, QJsonObject{{QStringLiteral("accounts"), QJsonArray::fromStringList(m_service.accountKeys())}});
    }
    if (rest == u"/truth/account") {
        if (request.method != "GET")
            return error(405, QStringLiteral("use GET"));
        const QString key = request.queryValue(QStringLiteral("key"));
        const auto truth = m_service.truthAccount(key);
        if (!truth)
            return error(404, QStringLiteral("no account with API key '%1'").arg(key));
        return jsonResponse(200, *truth);
    }
    if (rest == u"/connections") {
        if (request.method != "GET")
            return error(405, QStringLiteral("use GET"));
        return jsonResponse(200, QJsonObject{{QStringLiteral("connections"), m_service.connections()}});
    }
    if (rest == u"/market/liquidations" || rest == u"/market/volatility")
        return market(request, rest.mid(8));
    return error(404, QStringLiteral("no control endpoint %1").arg(request.path));
}

HttpResponse ControlApi::faults(const HttpRequest &request)
{
    if (request.method == "GET")
        return jsonResponse(200, m_service.faultReport());
    if (request.method != "POST")
        return error(405, QStringLiteral("use GET or POST"));
    QString why;
    const auto object = bodyObject(request, &why);
    if (!object)
        return error(400, why);
    const auto fault = faultFromJson(*object, &why);
    if (!fault)
        return error(400, why);
    why = m_service.fire(*fault);
    if (!why.isEmpty())
        return error(404, why);
    return jsonResponse(200, QJsonObject{{QStringLiteral("fired"), fault->toJson()}});
}

HttpResponse ControlApi::feed(const HttpRequest &request)
{
    if (request.method == "POST") {
        QString why;
        const auto object = bodyObject(request, &why);
        if (!object)
            return error(400, why);
        const QJsonValue paused = object->value(QStringLiteral("paused"));
        if (!paused.isBool())
            return error(400, QStringLiteral("expected {\"paused\": true|false}"));
        m_service.setFeedPaused(paused.toBool());
    } else if (request.method != "GET") {
        return error(405, QStringLiteral("use GET or POST"));
    }
    return jsonResponse(200, QJsonObject{{QStringLiteral("paused"), m_service.feedPaused()}});
}

HttpResponse ControlApi::truth(const HttpRequest &request)
{
    if (request.method != "GET")
        return error(405, QStringLiteral("use GET"));
    const QString symbol = request.queryValue(QStringLiteral("symbol")).toUpper();
    bool ok = true;
    const int depth =
        request.hasQueryValue(QStringLiteral("depth")) ? request.queryValue(QStringLiteral("depth")).toInt(&ok) : 50;
    if (symbol.isEmpty())
        return error(400, QStringLiteral("symbol is required"));
    if (!ok || depth < 1 || depth > 1000)
        return error(400, QStringLiteral("depth must be from 1 to 1000"));
    QString why;
    const auto book = m_service.truthBook(symbol, depth, &why);
    if (!book)
        return error(404, why);
    return jsonResponse(200, *book);
}

HttpResponse ControlApi::market(const HttpRequest &request, const QString &action)
{
    if (request.method != "POST")
        return error(405, QStringLiteral("use POST"));
    QString why;
    const auto object = bodyObject(request, &why);
    if (!object)
        return error(400, why);
    const QString symbol = object->value(QStringLiteral("symbol")).toString().toUpper();
    if (action == u"liquidations") {
        const double scale = object->value(QStringLiteral("scale")).toDouble(1.0);
        if (!(scale >= 1 && scale <= 1000))
            return error(400, QStringLiteral("scale is a number from 1 (a burst) to 1000 (a cascade)"));
        why = m_service.triggerLiquidations(symbol, scale);
    } else {
        why = m_service.triggerVolatility(symbol, object->value(QStringLiteral("seconds")).toInt(60));
    }
    if (!why.isEmpty())
        return error(404, why);
    return jsonResponse(200, QJsonObject{{QStringLiteral("ok"), true}});
}

} // namespace virtuoso::sim
