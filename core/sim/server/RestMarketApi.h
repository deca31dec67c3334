#pragma once

#include "base/http/HttpMessage.h"
#include "sim/market/SimTypes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>
#include <vector>

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

using api::HttpRequest;
using api::HttpResponse;

class MarketSimulator;

// Bybit's envelope {retCode,retMsg,result,retExtInfo,time}, fields in the exchange's order.
QByteArray bybitEnvelope(int retCode, const QString &retMsg, const QJsonValue &result, qint64 timeMs);

// One side of a book as the REST answers list it, [["price","size"], ...], printed with the grids of `spec`.
QJsonArray levelsJson(const std::vector<PriceLevel> &levels, const exchange::InstrumentSpec &spec);

// The public market endpoints of Bybit v5 (/v5/market/...) answered from the simulated market.
// Validation errors use the exchange's retCodes (10001 params error) and messages.
class RestMarketApi
{
public:
    RestMarketApi(const MarketSimulator *market, const Clock &clock);

    static bool handles(const QString &path) { return path.startsWith(QLatin1String("/v5/market/")); }
    // The envelope body; HTTP 404 with an envelope when the path is not a known endpoint.
    HttpResponse handle(const HttpRequest &request) const;

private:
    struct Answer
    {
        int retCode = 0;
        QString retMsg = QStringLiteral("OK");
        QJsonValue result;
    };
    Answer serverTime() const;
    Answer instrumentsInfo(const HttpRequest &request) const;
    Answer orderbook(const HttpRequest &request) const;
    Answer recentTrades(const HttpRequest &request) const;
    Answer tickers(const HttpRequest &request) const;
    Answer klines(const HttpRequest &request) const;
    Answer openInterest(const HttpRequest &request) const;
    Answer fundingHistory(const HttpRequest &request) const;
    Answer accountRatio(const HttpRequest &request) const;

    const MarketSimulator *m_market; // null in replay mode: only the server time is served
    const Clock &m_clock;
};

} // namespace virtuoso::sim
