#pragma once

#include "base/http/HttpMessage.h"
#include "model/trading/MatchingEngine.h"

#include <QJsonValue>
#include <QString>

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

using api::HttpRequest;
using api::HttpResponse;

class SimExchange;

// Bybit's retCodes, one list for the exchange and its matching engine (docs/trading.md).
namespace privatecode = trading::retcode;

// The outcome of checking one signed request's X-BAPI-* headers.
struct SignatureCheck
{
    int retCode = 0;
    QString retMsg;
    QString key; // the authenticated account when retCode is 0
};

// Bybit's rule: payload = timestamp + key + recv_window + (raw query | raw body), signature =
// hex(HMAC-SHA256(secret, payload)); the timestamp must lie within [now - recv_window, now + 1000).
SignatureCheck checkSignature(const HttpRequest &request, const SimExchange &exchange, const Clock &clock);

// The private endpoints of Bybit v5 for linear perpetuals (orders, executions, positions, wallet,
// leverage, DCP) and the account look-ups clients make at start (account info, API key info, coins),
// answered from the simulator's exchange. Documented in docs/simulator.md.
class PrivateRestApi
{
public:
    PrivateRestApi(SimExchange &exchange, const Clock &clock);

    static bool handles(const QString &path);
    HttpResponse handle(const HttpRequest &request);

private:
    struct Answer
    {
        int retCode = 0;
        QString retMsg = QStringLiteral("OK");
        QJsonValue result;
        bool dropAnswer = false;
    };
    Answer dispatch(const HttpRequest &request, const QString &key);
    Answer create(const QString &key, const QJsonObject &body);
    Answer amend(const QString &key, const QJsonObject &body);
    Answer cancel(const QString &key, const QJsonObject &body);
    Answer cancelAll(const QString &key, const QJsonObject &body);
    Answer openOrders(const QString &key, const HttpRequest &request);
    Answer history(const QString &key, const HttpRequest &request);
    Answer executions(const QString &key, const HttpRequest &request);
    Answer positions(const QString &key, const HttpRequest &request);
    Answer wallet(const QString &key, const HttpRequest &request);
    Answer setLeverage(const QString &key, const QJsonObject &body);
    Answer dcp(const QString &key, const QJsonObject &body);
    Answer accountInfo(const QString &key);
    Answer apiKeyInfo(const QString &key);

    SimExchange &m_exchange;
    const Clock &m_clock;
};

} // namespace virtuoso::sim
