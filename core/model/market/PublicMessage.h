#pragma once

#include "model/market/FixedPoint.h"
#include "model/market/Symbol.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace virtuoso::exchange {

// ---------------------------------------------------------------------------------------------
// Topics

enum class TopicKind : std::uint8_t {
    OrderBook,   // orderbook.{depth}.{symbol}
    PublicTrade, // publicTrade.{symbol}
    Ticker,      // tickers.{symbol}
    Kline,       // kline.{interval}.{symbol}
    Liquidation, // allLiquidation.{symbol}
};

// One public-stream topic in structured form; the stable key for subscriptions, resyncs and state.
struct TopicKey
{
    TopicKind kind = TopicKind::OrderBook;
    // Book depth (1, 50, 200, 1000) for OrderBook; interval in minutes for Kline (D = 1440,
    // W = 10080, M = 43200); 0 for the others.
    int param = 0;
    Symbol symbol;

    static TopicKey orderBook(const Symbol &s, int depth) { return {TopicKind::OrderBook, depth, s}; }
    static TopicKey publicTrade(const Symbol &s) { return {TopicKind::PublicTrade, 0, s}; }
    static TopicKey ticker(const Symbol &s) { return {TopicKind::Ticker, 0, s}; }
    static TopicKey kline(const Symbol &s, int intervalMinutes) { return {TopicKind::Kline, intervalMinutes, s}; }
    static TopicKey liquidation(const Symbol &s) { return {TopicKind::Liquidation, 0, s}; }

    // Parses a Bybit topic name ("orderbook.50.BTCUSDT", "kline.D.ETHUSDT"); nothing when the
    // name is not one of the public topics above or its parameter is invalid.
    static std::optional<TopicKey> parse(std::string_view topic);
    // The Bybit topic name, the exact inverse of parse().
    std::string toString() const;
    QString toQString() const { return QString::fromStdString(toString()); }

    friend bool operator==(const TopicKey &, const TopicKey &) = default;
};

// Bybit's kline interval token ("1", "60", "D", "W", "M") ⇄ minutes; nothing/empty when unknown.
std::optional<int> klineIntervalMinutes(std::string_view token);
std::string klineIntervalToken(int minutes);

// ---------------------------------------------------------------------------------------------
// Messages. Every decoded frame becomes exactly one PublicMessage.

enum class Side : std::uint8_t { Buy, Sell };

struct BookLevel
{
    Ticks price = 0;
    Lots size = 0; // 0 in a delta deletes the level

    friend bool operator==(const BookLevel &, const BookLevel &) = default;
};

// orderbook.{depth}.{symbol}: a full snapshot or a delta of changed levels.
struct OrderBookMessage
{
    TopicKey topic;              // kind OrderBook; param = depth; symbol
    bool snapshot = false;       // "type":"snapshot" replaces the book; "delta" updates it
    quint64 updateId = 0;        // data.u; deltas must follow previous+1; u = 1 marks a service restart
    quint64 seq = 0;             // data.seq, the cross sequence
    qint64 tsMs = 0;             // ts: when the system produced the data
    qint64 ctsMs = 0;            // cts: matching-engine time of the update (0 when absent)
    std::vector<BookLevel> bids; // in the order the exchange sent them (best first in snapshots)
    std::vector<BookLevel> asks;
};

struct Trade
{
    qint64 timeMs = 0;       // T
    Ticks price = 0;         // p
    Lots size = 0;           // v
    quint64 idHash = 0;      // 64-bit hash of i (the id itself is a UUID; kept small for rings)
    quint64 seq = 0;         // seq when present
    Side side = Side::Buy;   // S: taker side
    bool blockTrade = false; // BT
};

// publicTrade.{symbol}: up to 1024 trades, oldest first.
struct TradeMessage
{
    TopicKey topic;
    qint64 tsMs = 0;
    std::vector<Trade> trades;
};

enum class TickerField : std::uint8_t {
    LastPrice,
    MarkPrice,
    IndexPrice,
    PrevPrice24h,
    HighPrice24h,
    LowPrice24h,
    PrevPrice1h,
    Price24hPcnt,
    OpenInterest,
    OpenInterestValue,
    Turnover24h,
    Volume24h,
    FundingRate,
    NextFundingTime, // epoch ms, scale 0
    FundingIntervalHour,
    Bid1Price,
    Bid1Size,
    Ask1Price,
    Ask1Size,
    Basis,
    BasisRate,
    DeliveryTime, // epoch ms, scale 0 (0 for perpetuals)
    Count
};
const char *tickerFieldName(TickerField field); // Bybit's JSON name, e.g. "markPrice"

enum class TickDirection : std::uint8_t { PlusTick, ZeroPlusTick, MinusTick, ZeroMinusTick };

// tickers.{symbol}: deltas carry only the fields that changed; `present` says which.
struct TickerMessage
{
    TopicKey topic;
    bool snapshot = false;
    qint64 tsMs = 0;
    quint64 crossSeq = 0; // cs
    std::array<Decimal, static_cast<std::size_t>(TickerField::Count)> values{};
    std::uint32_t present = 0; // bit (1 << field)
    std::optional<TickDirection> tickDirection;

    bool has(TickerField f) const { return (present >> static_cast<unsigned>(f)) & 1u; }
    std::optional<Decimal> get(TickerField f) const
    {
        return has(f) ? std::optional<Decimal>(values[static_cast<std::size_t>(f)]) : std::nullopt;
    }
    void set(TickerField f, Decimal v)
    {
        values[static_cast<std::size_t>(f)] = v;
        present |= 1u << static_cast<unsigned>(f);
    }
    // Copies every field present in `delta` onto this ticker (a delta applied to a snapshot).
    void merge(const TickerMessage &delta);
};

struct Candle
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    Ticks open = 0, high = 0, low = 0, close = 0;
    Lots volume = 0;
    qint64 timestampMs = 0; // last match time in the candle
    Decimal turnover;
    bool confirmed = false; // the candle is closed and will not change
};

// kline.{interval}.{symbol}
struct KlineMessage
{
    TopicKey topic; // param = interval minutes
    qint64 tsMs = 0;
    std::vector<Candle> candles;
};

struct Liquidation
{
    qint64 timeMs = 0; // T
    // S: the side of the liquidated position's closing order as Bybit reports it: Buy means a
    // long position was liquidated, Sell a short one.
    Side side = Side::Buy;
    Decimal size;  // v (base coin)
    Decimal price; // p (bankruptcy price; not always on the tick grid)
};

// allLiquidation.{symbol}
struct LiquidationMessage
{
    TopicKey topic;
    qint64 tsMs = 0;
    std::vector<Liquidation> liquidations;
};

enum class OpKind : std::uint8_t { Subscribe, Unsubscribe, Ping, Pong, Auth, Other };

// A reply to one of our requests: subscribe/unsubscribe acks, ping/pong, auth.
struct OpResponse
{
    OpKind op = OpKind::Other;
    std::string opText;   // "subscribe", "ping", ...
    bool success = false; // false when the field is missing
    std::string retMsg;   // ret_msg (public) or retMsg (private)
    std::string connId;   // conn_id / connId
    std::string reqId;    // req_id / reqId, empty when absent
    qint64 retCode = 0;   // private streams only
    // Topics the server named as refused, parsed from ret_msg such as
    // "error:handler not found,topic:orderbook.40.BTCUSDT" or "Invalid topic: invalid.topic.BTCUSDT".
    std::vector<std::string> rejectedTopics;

    // True for the answer to our {"op":"ping"}: public streams answer op "ping" with ret_msg
    // "pong"; private streams answer op "pong".
    bool isPong() const { return op == OpKind::Pong || (op == OpKind::Ping && retMsg == "pong"); }
};

enum class DecodeErrorKind : std::uint8_t {
    MalformedJson,     // not JSON, truncated, or broken
    UnexpectedShape,   // JSON, but a field is missing or has the wrong type
    UnknownTopic,      // a topic this decoder does not handle
    UnknownInstrument, // the symbol is not in the instrument catalog (no tick size to parse with)
    BadNumber,         // a price/size that is malformed, off the instrument's grid or too large
    FrameTooLarge,     // larger than the decoder accepts
};
const char *decodeErrorKindName(DecodeErrorKind kind);

struct DecodeError
{
    DecodeErrorKind kind = DecodeErrorKind::MalformedJson;
    std::string detail;            // what was wrong, for the log ("bad bid price '27450.25' ...")
    std::optional<TopicKey> topic; // set when the topic was read before the error: resync it
};

// Not a frame: the producer's note that frames of `topic` were lost because the hand-over queue was
// full. It takes the place of the loss in the queue's order, so the engine marks the book unusable
// exactly there and waits for the snapshot of the resync the connection has already asked for.
struct HandoverLoss
{
    TopicKey topic;
    qint64 tsMs = 0;
    quint64 lostFrames = 0;
};

// One decoded text frame. `receivedNs` is the monotonic time the frame was read from the socket
// (Clock::monotonicNs()), carried through the hand-over queue to measure handler latency.
struct PublicMessage
{
    using Body = std::variant<DecodeError, OrderBookMessage, TradeMessage, TickerMessage, KlineMessage,
                              LiquidationMessage, OpResponse, HandoverLoss>;

    qint64 receivedNs = 0;
    int connectionIndex = -1; // set by the producer (conn_N) when several queues feed one consumer
    Body body;

    template<typename T>
    const T *as() const
    {
        return std::get_if<T>(&body);
    }
    template<typename T>
    T *as()
    {
        return std::get_if<T>(&body);
    }
    bool isError() const { return std::holds_alternative<DecodeError>(body); }
    // The topic of a data message or of a decode error that got that far; nothing for op replies.
    std::optional<TopicKey> topic() const;
};

} // namespace virtuoso::exchange
