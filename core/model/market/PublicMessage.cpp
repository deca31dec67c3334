#include "model/market/PublicMessage.h"

#include <charconv>

namespace virtuoso::exchange {

namespace {

bool parsePositiveInt(std::string_view s, int &out)
{
    if (s.empty() || s.size() > 6)
        return false;
    int v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || v <= 0)
        return false;
    out = v;
    return true;
}

} // namespace

std::optional<int> klineIntervalMinutes(std::string_view token)
{
    if (token == "D")
        return 1440;
    if (token == "W")
        return 10080;
    if (token == "M")
        return 43200;
    int minutes = 0;
    if (!parsePositiveInt(token, minutes))
        return std::nullopt;
    switch (minutes) {
    case 1:
    case 3:
    case 5:
    case 15:
    case 30:
    case 60:
    case 120:
    case 240:
    case 360:
    case 720:
        return minutes;
    default:
        return std::nullopt;
    }
}

std::string klineIntervalToken(int minutes)
{
    switch (minutes) {
    case 1440:
        return "D";
    case 10080:
        return "W";
    case 43200:
        return "M";
    default:
        return klineIntervalMinutes(std::to_string(minutes)) ? std::to_string(minutes) : std::string();
    }
}

std::optional<TopicKey> TopicKey::parse(std::string_view topic)
{
    const std::size_t firstDot = topic.find('.');
    if (firstDot == std::string_view::npos)
        return std::nullopt;
    const std::string_view head = topic.substr(0, firstDot);
    const std::string_view rest = topic.substr(firstDot + 1);

    auto withSymbol = [](TopicKind kind, int param, std::string_view name) -> std::optional<TopicKey> {
        if (name.find('.') != std::string_view::npos)
            return std::nullopt;
        const auto symbol = Symbol::from(name);
        if (!symbol)
            return std::nullopt;
        return TopicKey{kind, param, *symbol};
    };

    if (head == "publicTrade")
        return withSymbol(TopicKind::PublicTrade, 0, rest);
    if (head == "tickers")
        return withSymbol(TopicKind::Ticker, 0, rest);
    if (head == "allLiquidation")
        return withSymbol(TopicKind::Liquidation, 0, rest);

    const std::size_t secondDot = rest.find('.');
    if (secondDot == std::string_view::npos)
        return std::nullopt;
    const std::string_view param = rest.substr(0, secondDot);
    const std::string_view name = rest.substr(secondDot + 1);
    if (head == "orderbook") {
        int depth = 0;
        if (!parsePositiveInt(param, depth))
            return std::nullopt;
        return withSymbol(TopicKind::OrderBook, depth, name);
    }
    if (head == "kline") {
        const auto minutes = klineIntervalMinutes(param);
        if (!minutes)
            return std::nullopt;
        return withSymbol(TopicKind::Kline, *minutes, name);
    }
    // trade.{category}.{symbol}: the legacy name of publicTrade found in older captures.
    if (head == "trade" && (param == "linear" || param == "inverse" || param == "spot" || param == "option"))
        return withSymbol(TopicKind::PublicTrade, 0, name);
    return std::nullopt;
}

std::string TopicKey::toString() const
{
    std::string s;
    s.reserve(48);
    switch (kind) {
    case TopicKind::OrderBook:
        s += "orderbook.";
        s += std::to_string(param);
        s += '.';
        break;
    case TopicKind::PublicTrade:
        s += "publicTrade.";
        break;
    case TopicKind::Ticker:
        s += "tickers.";
        break;
    case TopicKind::Kline:
        s += "kline.";
        s += klineIntervalToken(param);
        s += '.';
        break;
    case TopicKind::Liquidation:
        s += "allLiquidation.";
        break;
    }
    s += symbol.view();
    return s;
}

const char *tickerFieldName(TickerField field)
{
    switch (field) {
    case TickerField::LastPrice:
        return "lastPrice";
    case TickerField::MarkPrice:
        return "markPrice";
    case TickerField::IndexPrice:
        return "indexPrice";
    case TickerField::PrevPrice24h:
        return "prevPrice24h";
    case TickerField::HighPrice24h:
        return "highPrice24h";
    case TickerField::LowPrice24h:
        return "lowPrice24h";
    case TickerField::PrevPrice1h:
        return "prevPrice1h";
    case TickerField::Price24hPcnt:
        return "price24hPcnt";
    case TickerField::OpenInterest:
        return "openInterest";
    case TickerField::OpenInterestValue:
        return "openInterestValue";
    case TickerField::Turnover24h:
        return "turnover24h";
    case TickerField::Volume24h:
        return "volume24h";
    case TickerField::FundingRate:
        return "fundingRate";
    case TickerField::NextFundingTime:
        return "nextFundingTime";
    case TickerField::FundingIntervalHour:
        return "fundingIntervalHour";
    case TickerField::Bid1Price:
        return "bid1Price";
    case TickerField::Bid1Size:
        return "bid1Size";
    case TickerField::Ask1Price:
        return "ask1Price";
    case TickerField::Ask1Size:
        return "ask1Size";
    case TickerField::Basis:
        return "basis";
    case TickerField::BasisRate:
        return "basisRate";
    case TickerField::DeliveryTime:
        return "deliveryTime";
    case TickerField::Count:
        break;
    }
    return "";
}

void TickerMessage::merge(const TickerMessage &delta)
{
    for (std::size_t f = 0; f < values.size(); ++f) {
        if ((delta.present >> f) & 1u)
            values[f] = delta.values[f];
    }
    present |= delta.present;
    if (delta.tickDirection)
        tickDirection = delta.tickDirection;
    if (delta.tsMs)
        tsMs = delta.tsMs;
    if (delta.crossSeq)
        crossSeq = delta.crossSeq;
}

const char *decodeErrorKindName(DecodeErrorKind kind)
{
    switch (kind) {
    case DecodeErrorKind::MalformedJson:
        return "malformed JSON";
    case DecodeErrorKind::UnexpectedShape:
        return "unexpected message shape";
    case DecodeErrorKind::UnknownTopic:
        return "unknown topic";
    case DecodeErrorKind::UnknownInstrument:
        return "unknown instrument";
    case DecodeErrorKind::BadNumber:
        return "bad number";
    case DecodeErrorKind::FrameTooLarge:
        return "frame too large";
    }
    return "decode error";
}

std::optional<TopicKey> PublicMessage::topic() const
{
    return std::visit(
        [](const auto &m) -> std::optional<TopicKey> {
            using M = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<M, OpResponse>)
                return std::nullopt;
            else
                return m.topic;
        },
        body);
}

} // namespace virtuoso::exchange
