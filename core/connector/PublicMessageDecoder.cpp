// The frame: its envelope read in one pass, the data handed to the reader of its topic
// (PublicMessageDecoderBook.cpp, PublicMessageDecoderTopics.cpp), op replies, and failures turned
// into DecodeError.
#include "connector/PublicMessageDecoder.h"

#include "connector/PublicMessageDecoderInternal.h"

#include <cstring>
#include <utility>

namespace virtuoso::exchange {

using namespace decoder_detail;

namespace {

void setError(PublicMessage &out, Failure failure, const std::optional<TopicKey> &topic)
{
    DecodeError &e = reuse<DecodeError>(out);
    e.kind = failure.kind;
    e.detail = std::move(failure.detail);
    e.topic = topic;
}

// Fields of the envelope (everything but data), as seen in one pass over the root object.
struct Envelope
{
    std::string_view topic;
    // type, classified at once: a second pass over the document reuses the string buffer.
    enum class Type { Missing, Snapshot, Delta, Other } type = Type::Missing;
    std::string otherType;
    qint64 ts = 0;
    qint64 cts = 0;
    quint64 cs = 0;
    bool hasTopic = false;
    // Op replies.
    std::string_view op;
    std::string_view retMsg;
    std::string_view connId;
    std::string_view reqId;
    qint64 retCode = 0;
    bool success = false;
    bool isReply = false;
};

void parseRejectedTopics(std::string_view message, std::vector<std::string> &out)
{
    constexpr std::string_view kMarker = "topic:";
    std::size_t pos = 0;
    while ((pos = message.find(kMarker, pos)) != std::string_view::npos) {
        pos += kMarker.size();
        while (pos < message.size() && message[pos] == ' ')
            ++pos;
        std::size_t end = pos;
        while (end < message.size() && message[end] != ',' && message[end] != ' ' && message[end] != ']')
            ++end;
        if (end > pos)
            out.emplace_back(message.substr(pos, end - pos));
        pos = end;
    }
}

OpKind opKindOf(std::string_view op)
{
    if (op == "subscribe")
        return OpKind::Subscribe;
    if (op == "unsubscribe")
        return OpKind::Unsubscribe;
    if (op == "ping")
        return OpKind::Ping;
    if (op == "pong")
        return OpKind::Pong;
    if (op == "auth")
        return OpKind::Auth;
    return OpKind::Other;
}

} // namespace

struct PublicMessageDecoder::Parser
{
    od::parser parser;
    std::vector<char> buffer; // the frame copied with simdjson's padding
    RecentTopic recent;
    LevelFallback levelFallback;
};

PublicMessageDecoder::PublicMessageDecoder(std::shared_ptr<const InstrumentCatalog> catalog)
    : m_parser(std::make_unique<Parser>())
    , m_catalog(catalog ? std::move(catalog) : std::make_shared<const InstrumentCatalog>())
{}

PublicMessageDecoder::~PublicMessageDecoder() = default;

void PublicMessageDecoder::setCatalog(std::shared_ptr<const InstrumentCatalog> catalog)
{
    m_catalog = catalog ? std::move(catalog) : std::make_shared<const InstrumentCatalog>();
    m_parser->recent.forgetInstrument();
}

PublicMessage PublicMessageDecoder::decode(std::string_view frame, qint64 receivedNs)
{
    PublicMessage out;
    decode(frame, receivedNs, out);
    return out;
}

void PublicMessageDecoder::decode(std::string_view frame, qint64 receivedNs, PublicMessage &out) noexcept
{
    decode(frame, false, receivedNs, out);
}

void PublicMessageDecoder::decodePadded(std::string_view frame, qint64 receivedNs, PublicMessage &out) noexcept
{
    decode(frame, true, receivedNs, out);
}

void PublicMessageDecoder::decode(std::string_view frame, bool padded, qint64 receivedNs, PublicMessage &out) noexcept
{
    out.receivedNs = receivedNs;
    ++m_decoded;
    std::optional<TopicKey> topic;
    Outcome failure;
    try {
        failure = [&]() -> Outcome {
            if (frame.size() > kMaxFrameBytes)
                return Failure{DecodeErrorKind::FrameTooLarge,
                               "frame of " + std::to_string(frame.size()) + " bytes exceeds the limit"};
            Parser &p = *m_parser;
            if (m_canonicalPath && decodeCanonicalOrderBook(frame, p.recent, *m_catalog, out)) {
                ++m_canonical;
                return std::nullopt;
            }
            const char *input = frame.data();
            std::size_t capacity = frame.size() + simdjson::SIMDJSON_PADDING;
            if (!padded) {
                if (p.buffer.size() < capacity)
                    p.buffer.resize(capacity + capacity / 2);
                std::memcpy(p.buffer.data(), frame.data(), frame.size());
                std::memset(p.buffer.data() + frame.size(), 0, simdjson::SIMDJSON_PADDING);
                input = p.buffer.data();
                capacity = p.buffer.size();
            }

            od::document doc;
            if (auto error = p.parser.iterate(input, frame.size(), capacity).get(doc))
                return jsonFailure(error, "frame");
            od::object root;
            if (auto error = doc.get_object().get(root))
                return jsonFailure(error, "frame");

            Envelope env;
            bool dataSeen = false;
            bool dataDone = false;
            const InstrumentSpec *spec = nullptr;

            // Parses `data` once the topic is known.
            auto parseData = [&](od::value &data) -> Outcome {
                if (!topic) {
                    if (!env.hasTopic)
                        return shapeFailure("data before topic");
                    return Failure{DecodeErrorKind::UnknownTopic, "unknown topic '" + excerpt(env.topic) + "'"};
                }
                if (topic->kind != TopicKind::Ticker && topic->kind != TopicKind::Liquidation) {
                    spec = p.recent.instrument(topic->symbol, *m_catalog);
                    if (!spec)
                        return Failure{DecodeErrorKind::UnknownInstrument,
                                       std::string(topic->symbol.view()) + " is not in the instrument catalog"};
                }
                switch (topic->kind) {
                case TopicKind::OrderBook: {
                    OrderBookMessage &m = reuse<OrderBookMessage>(out);
                    m.bids.clear();
                    m.asks.clear();
                    m.updateId = m.seq = 0;
                    return readOrderBook(data, *spec, m, p.levelFallback);
                }
                case TopicKind::PublicTrade: {
                    TradeMessage &m = reuse<TradeMessage>(out);
                    m.trades.clear();
                    return readTrades(data, *spec, m);
                }
                case TopicKind::Ticker: {
                    TickerMessage &m = reuse<TickerMessage>(out);
                    m.present = 0;
                    m.tickDirection.reset();
                    return readTicker(data, m);
                }
                case TopicKind::Kline: {
                    KlineMessage &m = reuse<KlineMessage>(out);
                    m.candles.clear();
                    return readCandles(data, *spec, m);
                }
                case TopicKind::Liquidation: {
                    LiquidationMessage &m = reuse<LiquidationMessage>(out);
                    m.liquidations.clear();
                    return readLiquidations(data, m);
                }
                }
                return shapeFailure("unhandled topic kind");
            };

            for (auto fieldResult : root) {
                od::field field;
                if (auto error = std::move(fieldResult).get(field))
                    return jsonFailure(error, "frame");
                const od::raw_json_string key = field.key();
                od::value &v = field.value();
                Outcome f;
                if (key == "topic") {
                    if (!(f = readString(v, env.topic, "topic"))) {
                        env.hasTopic = true;
                        topic = p.recent.parse(env.topic);
                    }
                } else if (key == "type") {
                    std::string_view type;
                    if (!(f = readString(v, type, "type"))) {
                        if (type == "snapshot")
                            env.type = Envelope::Type::Snapshot;
                        else if (type == "delta")
                            env.type = Envelope::Type::Delta;
                        else {
                            env.type = Envelope::Type::Other;
                            env.otherType = excerpt(type);
                        }
                    }
                } else if (key == "ts")
                    f = readInteger(v, env.ts, "ts");
                else if (key == "cts")
                    f = readInteger(v, env.cts, "cts");
                else if (key == "cs")
                    f = readUnsigned(v, env.cs, "cs");
                else if (key == "data") {
                    dataSeen = true;
                    if (env.hasTopic) {
                        f = parseData(v);
                        dataDone = true;
                    }
                } else if (key == "op") {
                    f = readString(v, env.op, "op");
                    env.isReply = true;
                } else if (key == "success") {
                    f = readBool(v, env.success, "success");
                    env.isReply = true;
                } else if (key == "ret_msg" || key == "retMsg")
                    f = readString(v, env.retMsg, "ret_msg");
                else if (key == "conn_id" || key == "connId")
                    f = readString(v, env.connId, "conn_id");
                else if (key == "req_id" || key == "reqId")
                    f = readString(v, env.reqId, "req_id");
                else if (key == "retCode")
                    f = readInteger(v, env.retCode, "retCode");
                if (f)
                    return f;
            }
            if (env.hasTopic) {
                if (!topic)
                    return Failure{DecodeErrorKind::UnknownTopic, "unknown topic '" + excerpt(env.topic) + "'"};
                if (!dataSeen)
                    return shapeFailure("message without data");
                if (!dataDone) {
                    // data came before topic: a second pass over the same document.
                    doc.rewind();
                    od::value data;
                    if (auto error = doc.find_field_unordered("data").get(data))
                        return jsonFailure(error, "data");
                    if (auto f = parseData(data))
                        return f;
                }
                const bool snapshot = env.type == Envelope::Type::Snapshot;
                if (!snapshot && env.type != Envelope::Type::Delta && topic->kind != TopicKind::PublicTrade &&
                    topic->kind != TopicKind::Kline && topic->kind != TopicKind::Liquidation)
                    return shapeFailure("type '" + env.otherType + "' is neither snapshot nor delta");
                std::visit(
                    [&](auto &m) {
                        using M = std::decay_t<decltype(m)>;
                        if constexpr (!std::is_same_v<M, DecodeError> && !std::is_same_v<M, OpResponse>) {
                            m.topic = *topic;
                            m.tsMs = env.ts;
                        }
                        if constexpr (std::is_same_v<M, OrderBookMessage>) {
                            m.snapshot = snapshot;
                            m.ctsMs = env.cts;
                        }
                        if constexpr (std::is_same_v<M, TickerMessage>) {
                            m.snapshot = snapshot;
                            m.crossSeq = env.cs;
                        }
                    },
                    out.body);
                return std::nullopt;
            }
            if (env.isReply) {
                OpResponse &r = reuse<OpResponse>(out);
                r.opText.assign(env.op);
                r.op = opKindOf(env.op);
                r.success = env.success;
                r.retMsg.assign(env.retMsg);
                r.connId.assign(env.connId);
                r.reqId.assign(env.reqId);
                r.retCode = env.retCode;
                r.rejectedTopics.clear();
                if (!r.success)
                    parseRejectedTopics(env.retMsg, r.rejectedTopics);
                return std::nullopt;
            }
            return shapeFailure("neither a topic message nor an op reply");
        }();
    } catch (const std::exception &e) {
        failure = Failure{DecodeErrorKind::MalformedJson, std::string("decoder exception: ") + e.what()};
    } catch (...) {
        failure = Failure{DecodeErrorKind::MalformedJson, "decoder exception"};
    }
    if (failure) {
        ++m_errors;
        try {
            setError(out, std::move(*failure), topic);
        } catch (...) {
            out.body.emplace<DecodeError>();
        }
    }
}

} // namespace virtuoso::exchange
