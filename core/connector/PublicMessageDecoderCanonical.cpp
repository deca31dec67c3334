// The order book frame in the shape the exchange sends it, read in one pass over its text: the hot
// path of the public stream. Anything else, valid or not, is left to the general parser.
//
// Why a second reader: the general path runs simdjson's structural scan over the frame, walks its
// envelope through the on-demand iterator and skips each level list once to find its extent before
// reading it as text. On the ~400-byte deltas of orderbook.50 that is ~0.7 µs a frame, most of it
// bookkeeping; this reader touches each byte once. It accepts only strict JSON of one shape, so
// every byte it accepts has been checked against the grammar (numbers, ASCII strings without
// escapes, structure), and the general path would decode the same text to the same message. The
// differential test and fuzz target hold the two paths to that.
#include "connector/PublicMessageDecoderInternal.h"

namespace virtuoso::exchange::decoder_detail {

namespace {

class Cursor
{
public:
    explicit Cursor(std::string_view text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {}

    void skipSpace()
    {
        while (m_p < m_end && isJsonSpace(*m_p))
            ++m_p;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    // A string of printable ASCII without escapes; its content in `v`.
    bool plainString(std::string_view &v)
    {
        if (!take('"'))
            return false;
        const char *begin = m_p;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                v = std::string_view(begin, static_cast<std::size_t>(m_p - begin));
                ++m_p;
                return true;
            }
            if (c < 0x20 || c >= 0x80 || c == '\\')
                return false;
            ++m_p;
        }
        return false;
    }

    // A JSON integer, -?(0|[1-9][0-9]*), of at most 18 digits, followed by a delimiter (not a
    // fraction or an exponent).
    bool integer(qint64 &v, bool allowNegative)
    {
        skipSpace();
        bool negative = false;
        if (m_p < m_end && *m_p == '-') {
            if (!allowNegative)
                return false;
            negative = true;
            ++m_p;
        }
        const char *begin = m_p;
        std::uint64_t value = 0;
        while (m_p < m_end && static_cast<unsigned>(*m_p - '0') < 10u) {
            value = value * 10 + static_cast<unsigned>(*m_p - '0');
            ++m_p;
        }
        const std::ptrdiff_t digits = m_p - begin;
        if (digits == 0 || digits > 18 || (digits > 1 && *begin == '0'))
            return false;
        if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        v = negative ? -static_cast<qint64>(value) : static_cast<qint64>(value);
        return true;
    }

    bool unsignedInteger(quint64 &v)
    {
        qint64 signedValue = 0;
        if (!integer(signedValue, false))
            return false;
        v = static_cast<quint64>(signedValue);
        return true;
    }

    // A quoted plain decimal onto `grid`: the same one-pass scan the general path's level reader
    // starts with, and nothing else (a sign, an exponent, more digits than the grid holds, a value
    // between its steps all decline).
    bool onGrid(const DecimalGrid &grid, qint64 &steps)
    {
        if (!take('"'))
            return false;
        qint64 scaled = 0;
        if (!scanPlainDecimal(m_p, m_end, grid.parseDecimals(), scaled))
            return false;
        const qint64 units = grid.parseUnits();
        if (units == 1) {
            steps = scaled;
            return true;
        }
        if (scaled % units != 0)
            return false;
        steps = scaled / units;
        return true;
    }

    // [["price","size"],...]
    bool levels(const InstrumentSpec &spec, std::vector<BookLevel> &out)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        for (;;) {
            BookLevel level;
            if (!take('[') || !onGrid(spec.price, level.price) || !take(',') || !onGrid(spec.quantity, level.size) ||
                !take(']'))
                return false;
            out.push_back(level);
            if (take(','))
                continue;
            return take(']');
        }
    }

    // An object, {"key":value,...}: `member(key)` reads the value after the colon and returns the
    // key's bit, or 0 to decline the key or its value. False when a member is declined or repeated,
    // or the object is malformed; `seen` has the bits of the members read.
    template<typename Member>
    bool object(unsigned &seen, Member &&member)
    {
        seen = 0;
        if (!take('{'))
            return false;
        do {
            std::string_view key;
            if (!plainString(key) || !take(':'))
                return false;
            const unsigned bit = member(key);
            if (bit == 0 || (seen & bit))
                return false;
            seen |= bit;
        } while (take(','));
        return take('}');
    }

private:
    const char *m_p;
    const char *m_end;
};

// The members of "data"; true when every one was plain and "u" was among them.
bool readData(Cursor &c, const InstrumentSpec &spec, OrderBookMessage &m)
{
    constexpr unsigned kS = 1, kB = 2, kA = 4, kU = 8, kSeq = 16;
    unsigned seen = 0;
    const bool read = c.object(seen, [&](std::string_view key) -> unsigned {
        if (key == "s") {
            std::string_view symbol;
            return c.plainString(symbol) ? kS : 0;
        }
        if (key == "b")
            return c.levels(spec, m.bids) ? kB : 0;
        if (key == "a")
            return c.levels(spec, m.asks) ? kA : 0;
        if (key == "u")
            return c.unsignedInteger(m.updateId) ? kU : 0;
        if (key == "seq")
            return c.unsignedInteger(m.seq) ? kSeq : 0;
        return 0;
    });
    return read && (seen & kU);
}

} // namespace

bool decodeCanonicalOrderBook(std::string_view frame, RecentTopic &recent, const InstrumentCatalog &catalog,
                              PublicMessage &out)
{
    constexpr unsigned kTopic = 1, kType = 2, kTs = 4, kData = 8, kCts = 16;
    Cursor c(frame);
    unsigned seen = 0;
    const TopicKey *topic = nullptr;
    bool snapshot = false;
    qint64 ts = 0;
    qint64 cts = 0;
    OrderBookMessage *m = nullptr;
    const bool read = c.object(seen, [&](std::string_view key) -> unsigned {
        if (key == "topic") {
            std::string_view name;
            if (!c.plainString(name))
                return 0;
            const std::optional<TopicKey> &parsed = recent.parse(name);
            if (!parsed || parsed->kind != TopicKind::OrderBook)
                return 0;
            topic = &*parsed;
            return kTopic;
        }
        if (key == "type") {
            std::string_view type;
            if (!c.plainString(type))
                return 0;
            snapshot = type == "snapshot";
            return snapshot || type == "delta" ? kType : 0;
        }
        if (key == "ts")
            return c.integer(ts, true) ? kTs : 0;
        if (key == "cts")
            return c.integer(cts, true) ? kCts : 0;
        if (key == "data" && topic) {
            const InstrumentSpec *spec = recent.instrument(topic->symbol, catalog);
            if (!spec)
                return 0;
            m = &reuse<OrderBookMessage>(out);
            m->bids.clear();
            m->asks.clear();
            m->updateId = m->seq = 0;
            return readData(c, *spec, *m) ? kData : 0;
        }
        return 0;
    });
    if (!read || !c.atEnd() || !(seen & kType) || !m)
        return false;
    m->topic = *topic;
    m->tsMs = ts;
    m->snapshot = snapshot;
    m->ctsMs = cts;
    return true;
}

} // namespace virtuoso::exchange::decoder_detail
