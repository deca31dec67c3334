#include "sim/server/RestMarketApi.h"

#include "base/Clock.h"
#include "sim/market/MarketSimulator.h"
#include "sim/server/DecimalText.h"
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

const InstrumentSpec *symbolParam(const MarketSimulator &market, Params &p, bool required = true)
{
    if (!p.ok())
        return nullptr;
    const QString symbol = p.request.queryValue(QStringLiteral("symbol"));
    if (symbol.isEmpty()) {
        if (required)
            p.error = QStringLiteral("params error: symbol is required");
        return nullptr;
    }
    const InstrumentSpec *spec = market.instrument(symbol.toUpper());
    if (!spec)
        p.error = QStringLiteral("params error: symbol invalid");
    return spec;
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
        {"1", 1},     {"3", 3},     {"5", 5},     {"15", 15},   {"30", 30},  {"60", 60},    {"120", 120},
        {"240", 240}, {"360", 360}, {"720", 720}, {"D", 1440},  {"W", 10080}, {"M", 43200}};
    for (const auto &[name, minutes] : intervals) {
        if (interval == QLatin1String(name))
            return minutes;
    }
    return std::nullopt;
}

// Cursors are opaque to clients; here they carry the offset of the next page.
QString cursorFor(qsizetype offset)
{
    return QString::fromLatin1(QByteArray("next=" + QByteArray::number(offset)).toBase64(QByteArray::Base64UrlEncoding));
}

std::optional<qsizetype> offsetFromCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding
                                                                               | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("next="))
        return std::nullopt;
    bool ok = false;
    const qsizetype offset = decoded.decoded.mid(5).toLongLong(&ok);
    if (!ok || offset < 0)
        return std::nullopt;
    return offset;
}

QJsonArray levels(const std::vector<PriceLevel> &list, const DecimalText &px, const DecimalText &qty)
{
    QJsonArray out;
    for (const PriceLevel &l : list)
        out.append(QJsonArray{str(px.text(l.price)), str(qty.text(l.size))});
    return out;
}

} // namespace

RestMarketApi::RestMarketApi(const MarketSimulator *market, const Clock &clock)
    : m_market(market)
    , m_clock(clock)
{
}

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
        return HttpResponse::json(404, bybitEnvelope(404, QStringLiteral("Not Found"), QJsonObject{}, m_clock.epochMs()));
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

    std::vector<const InstrumentSpec *> selected;
    for (const InstrumentSpec &spec : m_market->instruments()) {
        if (symbol.isEmpty() || spec.symbol == symbol)
            selected.push_back(&spec);
    }
    std::sort(selected.begin(), selected.end(),
              [](const InstrumentSpec *a, const InstrumentSpec *b) { return a->symbol < b->symbol; });
    QJsonArray list;
    const qsizetype begin = std::min<qsizetype>(*offset, static_cast<qsizetype>(selected.size()));
    const qsizetype end = std::min<qsizetype>(begin + limit, static_cast<qsizetype>(selected.size()));
    for (qsizetype i = begin; i < end; ++i) {
        const InstrumentSpec &s = *selected[static_cast<size_t>(i)];
        const DecimalText px = DecimalText::price(s);
        const DecimalText qty = DecimalText::quantity(s);
        const Lots maxLots = s.maxOrderLots > 0 ? s.maxOrderLots : s.minOrderLots * 1'000'000;
        const qint64 maxPriceTicks = std::llround(std::max(s.initialPrice, 1.0) * 100.0 / s.tickSize);
        list.append(QJsonObject{
            {QStringLiteral("symbol"), s.symbol},
            {QStringLiteral("contractType"), QStringLiteral("LinearPerpetual")},
            {QStringLiteral("status"), QStringLiteral("Trading")},
            {QStringLiteral("baseCoin"), s.baseCoin},
            {QStringLiteral("quoteCoin"), s.quoteCoin},
            {QStringLiteral("launchTime"), QString::number(s.launchTimeMs)},
            {QStringLiteral("deliveryTime"), QStringLiteral("0")},
            {QStringLiteral("deliveryFeeRate"), QString()},
            {QStringLiteral("priceScale"), QString::number(s.priceDecimals)},
            {QStringLiteral("leverageFilter"),
             QJsonObject{{QStringLiteral("minLeverage"), QStringLiteral("1")},
                         {QStringLiteral("maxLeverage"), QStringLiteral("100.00")},
                         {QStringLiteral("leverageStep"), QStringLiteral("0.01")}}},
            {QStringLiteral("priceFilter"),
             QJsonObject{{QStringLiteral("minPrice"), str(px.text(1))},
                         {QStringLiteral("maxPrice"), str(px.text(maxPriceTicks))},
                         {QStringLiteral("tickSize"), str(px.text(1))}}},
            {QStringLiteral("lotSizeFilter"),
             QJsonObject{{QStringLiteral("maxOrderQty"), str(qty.text(maxLots))},
                         {QStringLiteral("minOrderQty"), str(qty.text(s.minOrderLots))},
                         {QStringLiteral("qtyStep"), str(qty.text(1))},
                         {QStringLiteral("postOnlyMaxOrderQty"), str(qty.text(maxLots))},
                         {QStringLiteral("maxMktOrderQty"), str(qty.text(std::max<Lots>(1, maxLots / 5)))},
                         {QStringLiteral("minNotionalValue"), QStringLiteral("5")}}},
            {QStringLiteral("unifiedMarginTrade"), true},
            {QStringLiteral("fundingInterval"), 480},
            {QStringLiteral("settleCoin"), s.quoteCoin},
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
    const InstrumentSpec *spec = symbolParam(*m_market, p);
    const int limit = p.integer(QStringLiteral("limit"), 25, 1, 500);
    if (!p.ok())
        return {kParamsError, p.error, {}};
    const BookSnapshot book = m_market->book(spec->symbol, limit);
    const DecimalText px = DecimalText::price(*spec);
    const DecimalText qty = DecimalText::quantity(*spec);
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("s"), spec->symbol},
                        {QStringLiteral("b"), levels(book.bids, px, qty)},
                        {QStringLiteral("a"), levels(book.asks, px, qty)},
                        {QStringLiteral("ts"), static_cast<double>(m_market->nowMs())},
                        {QStringLiteral("u"), static_cast<double>(book.u)},
                        {QStringLiteral("seq"), static_cast<double>(book.seq)},
                        {QStringLiteral("cts"), static_cast<double>(book.epochMs)}}};
}

RestMarketApi::Answer RestMarketApi::recentTrades(const HttpRequest &request) const
{
    Params p{request, {}};
    p.requireLinear();
    const InstrumentSpec *spec = symbolParam(*m_market, p);
    const int limit = p.integer(QStringLiteral("limit"), 500, 1, 1000);
    if (!p.ok())
        return {kParamsError, p.error,
                QJsonObject{{QStringLiteral("category"), QString()}, {QStringLiteral("list"), QJsonArray{}}}};
    const DecimalText px = DecimalText::price(*spec);
    const DecimalText qty = DecimalText::quantity(*spec);
    QJsonArray list;
    for (const TradePrint &t : m_market->recentTrades(spec->symbol, limit)) {
        list.append(QJsonObject{{QStringLiteral("execId"), t.id},
                                {QStringLiteral("symbol"), spec->symbol},
                                {QStringLiteral("price"), str(px.text(t.price))},
                                {QStringLiteral("size"), str(qty.text(t.size))},
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
    const InstrumentSpec *only = symbolParam(*m_market, p, /*required=*/false);
    if (!p.ok())
        return {kParamsError, p.error, {}};
    QJsonArray list;
    for (const InstrumentSpec &spec : m_market->instruments()) {
        if (only && only->symbol != spec.symbol)
            continue;
        const frames::InstrumentText inst{spec.symbol.toUtf8(), DecimalText::price(spec), DecimalText::quantity(spec)};
        QJsonObject o;
        for (const auto &[name, value] : frames::tickerFields(m_market->ticker(spec.symbol), inst)) {
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
    const InstrumentSpec *spec = symbolParam(*m_market, p);
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
    const DecimalText px = DecimalText::price(*spec);
    const DecimalText qty = DecimalText::quantity(*spec);
    QJsonArray list;
    for (const Candle &c : m_market->klines(spec->symbol, *minutes, start, end, limit)) {
        list.append(QJsonArray{QString::number(c.startMs), str(px.text(c.open)), str(px.text(c.high)),
                               str(px.text(c.low)), str(px.text(c.close)), str(qty.text(c.volume)),
                               number(c.turnover, 4)});
    }
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")},
                        {QStringLiteral("symbol"), spec->symbol},
                        {QStringLiteral("list"), list}}};
}

RestMarketApi::Answer RestMarketApi::openInterest(const HttpRequest &request) const
{
    Params p{request, {}};
    p.requireLinear();
    const InstrumentSpec *spec = symbolParam(*m_market, p);
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
    std::vector<OpenInterestPoint> points = m_market->openInterest(spec->symbol, *minutes, 100'000);
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
            QJsonObject{{QStringLiteral("symbol"), spec->symbol},
                        {QStringLiteral("category"), QStringLiteral("linear")},
                        {QStringLiteral("list"), list},
                        {QStringLiteral("nextPageCursor"),
                         endIndex < static_cast<qsizetype>(points.size()) ? cursorFor(endIndex) : QString()}}};
}

RestMarketApi::Answer RestMarketApi::fundingHistory(const HttpRequest &request) const
{
    Params p{request, {}};
    p.requireLinear();
    const InstrumentSpec *spec = symbolParam(*m_market, p);
    const int limit = p.integer(QStringLiteral("limit"), 200, 1, 200);
    const qint64 startTime = p.time(QStringLiteral("startTime"), 0);
    const qint64 endTime = p.time(QStringLiteral("endTime"), std::numeric_limits<qint64>::max());
    if (!p.ok())
        return {kParamsError, p.error, {}};
    std::vector<FundingPoint> points = m_market->fundingHistory(spec->symbol, 100'000);
    std::erase_if(points, [&](const FundingPoint &pt) { return pt.epochMs < startTime || pt.epochMs > endTime; });
    QJsonArray list;
    for (size_t i = 0; i < points.size() && static_cast<int>(i) < limit; ++i) {
        list.append(QJsonObject{{QStringLiteral("symbol"), spec->symbol},
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
    const InstrumentSpec *spec = symbolParam(*m_market, p);
    const QString period = request.queryValue(QStringLiteral("period"));
    const auto minutes = periodMinutes(period);
    if (p.ok() && !minutes)
        p.error = period.isEmpty() ? QStringLiteral("params error: period is required")
                                   : QStringLiteral("params error: period invalid");
    const int limit = p.integer(QStringLiteral("limit"), 50, 1, 500);
    if (!p.ok())
        return {kParamsError, p.error, {}};
    QJsonArray list;
    for (const LongShortPoint &pt : m_market->longShortRatio(spec->symbol, *minutes, limit)) {
        list.append(QJsonObject{{QStringLiteral("symbol"), spec->symbol},
                                {QStringLiteral("buyRatio"), number(pt.buyRatio, 4)},
                                {QStringLiteral("sellRatio"), number(1.0 - pt.buyRatio, 4)},
                                {QStringLiteral("timestamp"), QString::number(pt.epochMs)}});
    }
    return {0, QStringLiteral("OK"),
            QJsonObject{{QStringLiteral("list"), list}, {QStringLiteral("nextPageCursor"), QString()}}};
}

} // namespace virtuoso::sim
