#include "sim/server/RestMarketApi.h"

#include "base/Clock.h"
#include "model/market/FixedPoint.h"
#include "sim/market/MarketSimulator.h"
#include "sim/server/StreamFrames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace virtuoso::sim {

QByteArray bybitEnvelope(int retCode, const QString &retMsg, const QJsonValue &result, qint64 timeMs)
{
    QByteArray out = "{\"retCode\":" + QByteArray::number(retCode) + ",\"retMsg\":";
    frames::appendJsonString(out, retMsg.toUtf8());
    out += ",\"result\":";
    if (result.isObject())
        out += QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact);
    else if (result.isArray())
        out += QJsonDocument(result.toArray()).toJson(QJsonDocument::Compact);
    else
        out += "{}";
    out += ",\"retExtInfo\":{},\"time\":" + QByteArray::number(timeMs) + '}';
    return out;
}

namespace {

constexpr int kParamsError = 10001;

QString str(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QString str(const std::string &text)
{
    return QString::fromStdString(text);
}

// Steps of a grid as the exchange prints them ("96500.10").
QString text(const exchange::DecimalGrid &grid, qint64 steps)
{
    char buffer[48];
    return QString::fromLatin1(buffer, static_cast<qsizetype>(grid.format(steps, buffer, sizeof buffer)));
}

QString number(double value, int decimals)
{
    if (!std::isfinite(value))
        value = 0;
    return QString::number(value, 'f', decimals);
}

// A request parameter check; `error` set means answer 10001 with it.
struct Params
{
    const HttpRequest &request;
    QString error;

    bool ok() const { return error.isEmpty(); }

    void requireLinear()
    {
        if (!ok())
            return;
        const QString category = request.queryValue(QStringLiteral("category"));
        if (category.isEmpty())
            error = QStringLiteral("params error: category is required");
        else if (category != u"linear")
            error = QStringLiteral("params error: category only supports linear in the simulator");
    }

    // An integer parameter in [min, max] with a default when absent.
    int integer(const QString &name, int def, int min, int max)
    {
        if (!ok() || !request.hasQueryValue(name))
            return def;
        bool okNumber = false;
        const int value = request.queryValue(name).toInt(&okNumber);
        if (!okNumber || value < min || value > max) {
            error = QStringLiteral("params error: %1 must be an integer from %2 to %3").arg(name).arg(min).arg(max);
            return def;
        }
        return value;
    }

    qint64 time(const QString &name, qint64 def)
    {
        if (!ok() || !request.hasQueryValue(name))
            return def;
        bool okNumber = false;
        const qint64 value = request.queryValue(name).toLongLong(&okNumber);
        if (!okNumber || value < 0) {
            error = QStringLiteral("params error: %1 must be a time in milliseconds").arg(name);
            return def;
        }
        return value;
    }
};

const SimInstrument *symbolParam(const MarketSimulator &market, Params &p, bool required = true)
{
    if (!p.ok())
        return nullptr;
    const QString symbol = p.request.queryValue(QStringLiteral("symbol"));
    if (symbol.isEmpty()) {
        if (required)
            p.error = QStringLiteral("params error: symbol is required");
        return nullptr;
    }
    const SimInstrument *instrument = market.instrument(symbol.toUpper());
    if (!instrument)
        p.error = QStringLiteral("params error: symbol invalid");
    return instrument;
}

// Bybit's period names for open interest and the long/short ratio.
std::optional<int> periodMinutes(const QString &period)
{
    static const std::pair<const char *, int> periods[] = {{"5min", 5}, {"15min", 15}, {"30min", 30},
                                                           {"1h", 60},  {"4h", 240},   {"1d", 1440}};
    for (const auto &[name, minutes] : periods) {
        if (period == QLatin1String(name))
            return minutes;
    }
    return std::nullopt;
}

std::optional<int> klineMinutes(const QString &interval)
{
    static const std::pair<const char *, int> intervals[] = {
        {"1", 1},     {"3", 3},     {"5", 5},     {"15", 15},  {"30", 30},   {"60", 60},  {"120", 120},
        {"240", 240}, {"360", 360}, {"720", 720}, {"D", 1440}, {"W", 10080}, {"M", 43200}};
    for (const auto &[name, minutes] : intervals) {
        if (interval == QLatin1String(name))
            return minutes;
    }
    return std::nullopt;
}

// Cursors are opaque to clients; here they carry the offset of the next page.
QString cursorFor(qsizetype offset)
{
    return QString::fromLatin1(
        QByteArray("next=" + QByteArray::number(offset)).toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<qsizetype> offsetFromCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("next="))
        return std::nullopt;
    bool ok = false;
    const qsizetype offset = decoded.decoded.mid(5).toLongLong(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return offset;
}

} // namespace

QJsonArray levelsJson(const std::vector<PriceLevel> &levels, const exchange::InstrumentSpec &spec)
{
    QJsonArray out;
    for (const PriceLevel &l : levels)
        out.append(QJsonArray{text(spec.price, l.price), text(spec.quantity, l.size)});
    return out;
}

RestMarketApi::RestMarketApi(const MarketSimulator *market, const Clock &clock)
    : m_market(market)
    , m_clock(clock)
{}

HttpResponse RestMarketApi::handle(const HttpRequest &request) const
{
    const QString endpoint = request.path.mid(QStringLiteral("/v5/market/").size());
    Answer answer;
    bool known = true;
    if (request.method != "GET") {
        answer = {kParamsError, QStringLiteral("Method not supported: use GET"), {}};
    } else if (endpoint == u"time") {
        answer = serverTime();
    } else if (!m_market) {
        answer = {kParamsError, QStringLiteral("not available while replaying a recording"), {}};
    } else if (endpoint == u"instruments-info") {
        answer = instrumentsInfo(request);
    } else if (endpoint == u"orderbook") {
        answer = orderbook(request);
    } else if (endpoint == u"recent-trade") {
        answer = recentTrades(request);
    } else if (endpoint == u"tickers") {
        answer = tickers(request);
    } else if (endpoint == u"kline") {
        answer = klines(request);
    } else if (endpoint == u"open-interest") {
        answer = openInterest(request);
    } else if (endpoint == u"funding/history") {
        answer = fundingHistory(request);
    } else if (endpoint == u"account-ratio") {
        answer = accountRatio(request);
    } else {
        known = false;
    }
    if (!known)
        return HttpResponse::json(404,
                                  bybitEnvelope(404, QStringLiteral("Not Found"), QJsonObject{}, m_clock.epochMs()));
    if (answer.retCode != 0 && answer.result.isUndefined())
        answer.result = QJsonObject{};
    return HttpResponse::json(200, bybitEnvelope(answer.retCode, answer.retMsg, answer.result, m_clock.epochMs()));
}

RestMarketApi::Answer RestMarketApi::serverTime() const
{
    const qint64 ms = m_clock.epochMs();
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("timeSecond"), QString::number(ms / 1000)},
                        {QStringLiteral("timeNano"), QString::number(ms) + QStringLiteral("000000")}}};
}

RestMarketApi::Answer RestMarketApi::instrumentsInfo(const HttpRequest &request) const
{
    // Clients that load every category (ccxt does) get an empty list for the ones not simulated.
    const QString category = request.queryValue(QStringLiteral("category"));
    if (category == u"spot" || category == u"inverse" || category == u"option")
        return {0, QStringLiteral("OK"),
                QJsonObject{{QStringLiteral("category"), category},
                            {QStringLiteral("list"), QJsonArray{}},
                            {QStringLiteral("nextPageCursor"), QString()}}};
    Params p{request, {}};
    p.requireLinear();
    const int limit = p.integer(QStringLiteral("limit"), 500, 1, 1000);
    const QString symbol = request.queryValue(QStringLiteral("symbol")).toUpper();
    const auto offset = offsetFromCursor(request.queryValue(QStringLiteral("cursor")));
    if (p.ok() && !offset)
        p.error = QStringLiteral("params error: cursor invalid");
    if (!p.ok())
        return {kParamsError, p.error, {}};

    std::vector<const SimInstrument *> selected;
    for (const SimInstrument &instrument : m_market->instruments()) {
        if (symbol.isEmpty() || instrument.name == symbol)
            selected.push_back(&instrument);
    }
    std::sort(selected.begin(), selected.end(),
              [](const SimInstrument *a, const SimInstrument *b) { return a->spec.symbol < b->spec.symbol; });
    QJsonArray list;
    const qsizetype begin = std::min<qsizetype>(*offset, static_cast<qsizetype>(selected.size()));
    const qsizetype end = std::min<qsizetype>(begin + limit, static_cast<qsizetype>(selected.size()));
    for (qsizetype i = begin; i < end; ++i) {
        const SimInstrument &instrument = *selected[static_cast<size_t>(i)];
        const exchange::InstrumentSpec &s = instrument.spec;
        const Lots maxLots = s.maxOrderLots > 0 ? s.maxOrderLots : s.minOrderLots * 1'000'000;
        const qint64 maxPriceTicks =
            std::llround(std::max(instrument.initialPrice, 1.0) * 100.0 / instrument.tickSize());
        list.append(QJsonObject{
            {QStringLiteral("symbol"), instrument.name},
            {QStringLiteral("contractType"), str(s.contractType)},
            {QStringLiteral("status"), str(s.status)},
            {QStringLiteral("baseCoin"), str(s.baseCoin)},
            {QStringLiteral("quoteCoin"), str(s.quoteCoin)},
            {QStringLiteral("launchTime"), QString::number(instrument.launchTimeMs)},
            {QStringLiteral("deliveryTime"), QStringLiteral("0")},
            {QStringLiteral("deliveryFeeRate"), QString()},
            {QStringLiteral("priceScale"), QString::number(s.price.decimals())},
            {QStringLiteral("leverageFilter"), QJsonObject{{QStringLiteral("minLeverage"), QStringLiteral("1")},
                                                           {QStringLiteral("maxLeverage"), QStringLiteral("100.00")},
                                                           {QStringLiteral("leverageStep"), QStringLiteral("0.01")}}},
            {QStringLiteral("priceFilter"), QJsonObject{{QStringLiteral("minPrice"), text(s.price, 1)},
                                                        {QStringLiteral("maxPrice"), text(s.price, maxPriceTicks)},
                                                        {QStringLiteral("tickSize"), text(s.price, 1)}}},
            {QStringLiteral("lotSizeFilter"),
             QJsonObject{{QStringLiteral("maxOrderQty"), text(s.quantity, maxLots)},
                         {QStringLiteral("minOrderQty"), text(s.quantity, s.minOrderLots)},
                         {QStringLiteral("qtyStep"), text(s.quantity, 1)},
                         {QStringLiteral("postOnlyMaxOrderQty"), text(s.quantity, maxLots)},
                         {QStringLiteral("maxMktOrderQty"), text(s.quantity, std::max<Lots>(1, maxLots / 5))},
                         {QStringLiteral("minNotionalValue"), QStringLiteral("5")}}},
            {QStringLiteral("unifiedMarginTrade"), true},
            {QStringLiteral("fundingInterval"), s.fundingIntervalMinutes},
            {QStringLiteral("settleCoin"), str(s.quoteCoin)},
            {QStringLiteral("copyTrading"), QStringLiteral("both")},
            {QStringLiteral("upperFundingRate"), QStringLiteral("0.02")},
            {QStringLiteral("lowerFundingRate"), QStringLiteral("-0.02")},
            {QStringLiteral("isPreListing"), false},
            {QStringLiteral("preListingInfo"), QJsonValue::Null},
        });
    }
    const QString next = end < static_cast<qsizetype>(selected.size()) ? cursorFor(end) : QString();
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")},
                        {QStringLiteral("list"), list},
                        {QStringLiteral("nextPageCursor"), next}}};
}

RestMarketApi::Answer RestMarketApi::orderbook(const HttpRequest &request) const
{
    Params p{request, {}};
    p.requireLinear();
    const SimInstrument *instrument = symbolParam(*m_market, p);
    const int limit = p.integer(QStringLiteral("limit"), 25, 1, 500);
    if (!p.ok())
        return {kParamsError, p.error, {}};
    const QString symbol = instrument->name;
    const BookSnapshot book = m_market->book(symbol, limit);
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("s"), symbol},
                        {QStringLiteral("b"), levelsJson(book.bids, instrument->spec)},
                        {QStringLiteral("a"), levelsJson(book.asks, instrument->spec)},
                        {QStringLiteral("ts"), static_cast<double>(m_market->nowMs())},
                        {QStringLiteral("u"), static_cast<double>(book.u)},
                        {QStringLiteral("seq"), static_cast<double>(book.seq)},
                        {QStringLiteral("cts"), static_cast<double>(book.epochMs)}}};
}

RestMarketApi::Answer RestMarketApi::recentTrades(const HttpRequest &request) const
{
    Params p{request, {}};
    p.requireLinear();
    const SimInstrument *instrument = symbolParam(*m_market, p);
    const int limit = p.integer(QStringLiteral("limit"), 500, 1, 1000);
    if (!p.ok())
        return {kParamsError, p.error,
                QJsonObject{{QStringLiteral("category"), QString()}, {QStringLiteral("list"), QJsonArray{}}}};
    const QString symbol = instrument->name;
    const exchange::InstrumentSpec &spec = instrument->spec;
    QJsonArray list;
    for (const TradePrint &t : m_market->recentTrades(symbol, limit)) {
        list.append(
            QJsonObject{{QStringLiteral("execId"), t.id},
                        {QStringLiteral("symbol"), symbol},
                        {QStringLiteral("price"), text(spec.price, t.price)},
                        {QStringLiteral("size"), text(spec.quantity, t.size)},
                        {QStringLiteral("side"), t.side == Side::Buy ? QStringLiteral("Buy") : QStringLiteral("Sell")},
                        {QStringLiteral("time"), QString::number(t.epochMs)},
                        {QStringLiteral("isBlockTrade"), t.blockTrade},
                        {QStringLiteral("seq"), QString::number(t.seq)}});
    }
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")}, {QStringLiteral("list"), list}}};
}

RestMarketApi::Answer RestMarketApi::tickers(const HttpRequest &request) const
{
    Params p{request, {}};
    p.requireLinear();
    const SimInstrument *only = symbolParam(*m_market, p, /*required=*/false);
    if (!p.ok())
        return {kParamsError, p.error, {}};
    QJsonArray list;
    for (const SimInstrument &instrument : m_market->instruments()) {
        if (only && only != &instrument)
            continue;
        const frames::InstrumentText inst = frames::InstrumentText::of(instrument.spec);
        QJsonObject o;
        for (const auto &[name, value] : frames::tickerFields(m_market->ticker(instrument.name), inst)) {
            if (qstrcmp(name, "tickDirection") != 0 && qstrcmp(name, "fundingIntervalHour") != 0)
                o.insert(QLatin1String(name), str(value));
        }
        for (const char *empty : {"predictedDeliveryPrice", "basisRate", "deliveryFeeRate", "basis"})
            o.insert(QLatin1String(empty), QString());
        o.insert(QStringLiteral("deliveryTime"), QStringLiteral("0"));
        list.append(o);
    }
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")}, {QStringLiteral("list"), list}}};
}

RestMarketApi::Answer RestMarketApi::klines(const HttpRequest &request) const
{
    Params p{request, {}};
    if (request.hasQueryValue(QStringLiteral("category")))
        p.requireLinear(); // Bybit defaults kline's category to linear
    const SimInstrument *instrument = symbolParam(*m_market, p);
    const QString intervalText = request.queryValue(QStringLiteral("interval"));
    const auto minutes = klineMinutes(intervalText);
    if (p.ok() && !minutes)
        p.error = intervalText.isEmpty() ? QStringLiteral("params error: interval is required")
                                         : QStringLiteral("params error: interval invalid");
    const int limit = p.integer(QStringLiteral("limit"), 200, 1, 1000);
    const qint64 end = p.time(QStringLiteral("end"), m_market ? m_market->nowMs() : 0);
    const qint64 start = p.time(QStringLiteral("start"), 0);
    if (p.ok() && start > end)
        p.error = QStringLiteral("params error: start must not be after end");
    if (!p.ok())
        return {kParamsError, p.error, {}};
    const QString symbol = instrument->name;
    const exchange::InstrumentSpec &spec = instrument->spec;
    QJsonArray list;
    for (const Candle &c : m_market->klines(symbol, *minutes, start, end, limit)) {
        list.append(QJsonArray{QString::number(c.startMs), text(spec.price, c.open), text(spec.price, c.high),
                               text(spec.price, c.low), text(spec.price, c.close), text(spec.quantity, c.volume),
                               number(c.turnover, 4)});
    }
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")},
                        {QStringLiteral("symbol"), symbol},
                        {QStringLiteral("list"), list}}};
}

RestMarketApi::Answer RestMarketApi::openInterest(const HttpRequest &request) const
{
    Params p{request, {}};
    p.requireLinear();
    const SimInstrument *instrument = symbolParam(*m_market, p);
    const QString period = request.queryValue(QStringLiteral("intervalTime"));
    const auto minutes = periodMinutes(period);
    if (p.ok() && !minutes)
        p.error = period.isEmpty() ? QStringLiteral("params error: intervalTime is required")
                                   : QStringLiteral("params error: intervalTime invalid");
    const int limit = p.integer(QStringLiteral("limit"), 50, 1, 200);
    const qint64 startTime = p.time(QStringLiteral("startTime"), 0);
    const qint64 endTime = p.time(QStringLiteral("endTime"), std::numeric_limits<qint64>::max());
    const auto offset = offsetFromCursor(request.queryValue(QStringLiteral("cursor")));
    if (p.ok() && !offset)
        p.error = QStringLiteral("params error: cursor invalid");
    if (!p.ok())
        return {kParamsError, p.error, {}};
    const QString symbol = instrument->name;
    std::vector<OpenInterestPoint> points = m_market->openInterest(symbol, *minutes, 100'000);
    std::erase_if(points, [&](const OpenInterestPoint &pt) { return pt.epochMs < startTime || pt.epochMs > endTime; });
    QJsonArray list;
    const qsizetype begin = std::min<qsizetype>(*offset, static_cast<qsizetype>(points.size()));
    const qsizetype endIndex = std::min<qsizetype>(begin + limit, static_cast<qsizetype>(points.size()));
    for (qsizetype i = begin; i < endIndex; ++i) {
        const OpenInterestPoint &pt = points[static_cast<size_t>(i)];
        list.append(QJsonObject{{QStringLiteral("openInterest"), number(pt.openInterest, 8)},
                                {QStringLiteral("timestamp"), QString::number(pt.epochMs)}});
    }
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("symbol"), symbol},
                        {QStringLiteral("category"), QStringLiteral("linear")},
                        {QStringLiteral("list"), list},
                        {QStringLiteral("nextPageCursor"),
                         endIndex < static_cast<qsizetype>(points.size()) ? cursorFor(endIndex) : QString()}}};
}

RestMarketApi::Answer RestMarketApi::fundingHistory(const HttpRequest &request) const
{
    Params p{request, {}};
    p.requireLinear();
    const SimInstrument *instrument = symbolParam(*m_market, p);
    const int limit = p.integer(QStringLiteral("limit"), 200, 1, 200);
    const qint64 startTime = p.time(QStringLiteral("startTime"), 0);
    const qint64 endTime = p.time(QStringLiteral("endTime"), std::numeric_limits<qint64>::max());
    if (!p.ok())
        return {kParamsError, p.error, {}};
    const QString symbol = instrument->name;
    std::vector<FundingPoint> points = m_market->fundingHistory(symbol, 100'000);
    std::erase_if(points, [&](const FundingPoint &pt) { return pt.epochMs < startTime || pt.epochMs > endTime; });
    QJsonArray list;
    for (size_t i = 0; i < points.size() && static_cast<int>(i) < limit; ++i) {
        list.append(QJsonObject{{QStringLiteral("symbol"), symbol},
                                {QStringLiteral("fundingRate"), number(points[i].fundingRate, 8)},
                                {QStringLiteral("fundingRateTimestamp"), QString::number(points[i].epochMs)}});
    }
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")}, {QStringLiteral("list"), list}}};
}

RestMarketApi::Answer RestMarketApi::accountRatio(const HttpRequest &request) const
{
    Params p{request, {}};
    p.requireLinear();
    const SimInstrument *instrument = symbolParam(*m_market, p);
    const QString period = request.queryValue(QStringLiteral("period"));
    const auto minutes = periodMinutes(period);
    if (p.ok() && !minutes)
        p.error = period.isEmpty() ? QStringLiteral("params error: period is required")
                                   : QStringLiteral("params error: period invalid");
    const int limit = p.integer(QStringLiteral("limit"), 50, 1, 500);
    if (!p.ok())
        return {kParamsError, p.error, {}};
    const QString symbol = instrument->name;
    QJsonArray list;
    for (const LongShortPoint &pt : m_market->longShortRatio(symbol, *minutes, limit)) {
        list.append(QJsonObject{{QStringLiteral("symbol"), symbol},
                                {QStringLiteral("buyRatio"), number(pt.buyRatio, 4)},
                                {QStringLiteral("sellRatio"), number(1.0 - pt.buyRatio, 4)},
                                {QStringLiteral("timestamp"), QString::number(pt.epochMs)}});
    }
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("list"), list}, {QStringLiteral("nextPageCursor"), QString()}}};
}

} // namespace virtuoso::sim
