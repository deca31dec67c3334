// One worker's statistics: each record is filtered by time and unit, folded into its message shape
// (the words with every digit run set aside) and counted there; a new shape's text goes through the
// worker's own template miner.
#include "logs/LogAnalyzerInternal.h"

#include <array>
#include <cstring>

namespace virtuoso::logs::analyzer_detail {

namespace {

constexpr std::int64_t UsPerHour = 3'600'000'000LL;
constexpr std::int64_t UsPerSecond = 1'000'000LL;
constexpr size_t MaxMinedBytes = 16 * 1024; // longer messages are mined on their start
constexpr size_t MaxTrackedTokens = 128;    // longer messages keep no per-variable values
constexpr size_t MaxExampleBytes = 400;
constexpr size_t MaxKeysPerWorker = 40'000; // distinct message shapes before falling back per template
constexpr std::uint64_t ShapeSeed = 1469598103934665603ULL;

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

// A short run of bytes into the shape hash, eight at a time (runs are mostly a few bytes long, so
// a call into a general hash function would cost more than the hashing). The last bytes are read as
// one word when the message goes on far enough after them (`end`), else one by one; both give the
// same value.
// Inlined: it runs once a word, and a call costs as much as the hashing.
inline __attribute__((always_inline)) std::uint64_t mixBytes(std::uint64_t h, const char *p, size_t n, const char *end)
{
    while (n >= 8) {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    std::uint64_t v = 0;
    if (end - p >= 8) {
        std::memcpy(&v, p, 8);
        v &= (std::uint64_t(1) << (8 * n)) - 1; // n < 8
    } else {
        for (size_t i = 0; i < n; ++i)
            v |= static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
    }
    v |= static_cast<std::uint64_t>(n) << 56;
    h = (h ^ v) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
}

enum ByteClass : std::uint8_t { Other = 0, Space = 1, Digit = 2, HexLetter = 3 };

constexpr std::array<std::uint8_t, 256> byteClasses()
{
    std::array<std::uint8_t, 256> t{};
    t[' '] = t['\t'] = Space;
    for (int c = '0'; c <= '9'; ++c)
        t[static_cast<size_t>(c)] = Digit;
    for (int c = 'a'; c <= 'f'; ++c)
        t[static_cast<size_t>(c)] = t[static_cast<size_t>(c - 'a' + 'A')] = HexLetter;
    return t;
}

std::uint8_t byteClass(char c)
{
    static constexpr std::array<std::uint8_t, 256> table = byteClasses();
    return table[static_cast<unsigned char>(c)];
}

} // namespace

void DigitSlot::add(std::string_view v, const char *end)
{
    if (more)
        return;
    v = v.substr(0, 200);
    const std::uint64_t h = mixBytes(0x5bd1e995ULL, v.data(), v.size(), end);
    for (size_t i = 0; i < hashes.size(); ++i)
        if (hashes[i] == h && values[i].first == v) {
            ++values[i].second;
            return;
        }
    if (values.size() < MaxValuesPerVariable) {
        hashes.push_back(h);
        values.emplace_back(std::string(v), 1);
    } else {
        more = true;
    }
}

void Worker::problem(const ReadProblem &p)
{
    ++m_unreadable;
    if (m_problems.size() < 10)
        m_problems.emplace_back(m_input, p);
}

void Worker::record(const LogRecord &r)
{
    ++m_entries;
    if (r.timestampUs) {
        if ((m_options.sinceUs && r.timestampUs < *m_options.sinceUs) ||
            (m_options.untilUs && r.timestampUs >= *m_options.untilUs))
            return;
    } else if (m_options.sinceUs || m_options.untilUs) {
        return;
    }
    if (!m_unitFilter.empty() && !unitMatches(r.unit))
        return;
    ++m_analysed;
    const int level = std::clamp(r.level(), 0, 7);
    if (r.priority >= 5 && r.textLevel >= 0 && r.textLevel <= LevelError)
        ++m_textOnlyErrors;
    if (r.binaryMessage)
        ++m_binary;
    const int unit = internUnit(r.unit);
    ++m_byLevel[static_cast<size_t>(level)];
    ++m_byUnit[static_cast<size_t>(unit)][static_cast<size_t>(level)];
    if (r.timestampUs) {
        if (!m_first || r.timestampUs < m_first)
            m_first = r.timestampUs;
        if (r.timestampUs > m_last)
            m_last = r.timestampUs;
        const std::int64_t hour = r.timestampUs / UsPerHour;
        if (hour != m_lastHour) {
            m_lastHour = hour;
            m_lastHourCounts = &m_byHour[hour];
        }
        ++(*m_lastHourCounts)[static_cast<size_t>(level)];
    }

    // The shape of the message: its bytes with every digit run folded, so lines that differ
    // only in numbers and ids share one key and reach the miner once.
    const std::string_view msg = r.message;
    const size_t n = msg.size();
    const char *p = msg.data();
    bool tooMany = false;
    m_tokens.clear();
    std::uint64_t h = ShapeSeed;
    size_t i = 0;
    while (i < n) {
        while (i < n && byteClass(p[i]) == Space)
            ++i;
        if (i >= n)
            break;
        const size_t start = i;
        bool digit = false;
        std::uint8_t c = 0;
        while (i < n && (c = byteClass(p[i])) != Space) {
            digit = digit || c == Digit;
            ++i;
        }
        if (!digit) {
            h = mixBytes(h, p + start, i - start, p + n);
        } else {
            // Runs of digits and hex letters that hold a digit are values (12, 0x1f, c3f9a0b2);
            // the rest of the token is wording (conn_, v, HTTP/).
            size_t j = start;
            size_t segment = start;
            while (j < i) {
                if (byteClass(p[j]) < Digit) {
                    ++j;
                    continue;
                }
                size_t e = j;
                bool runDigit = false;
                while (e < i && byteClass(p[e]) >= Digit) {
                    runDigit = runDigit || byteClass(p[e]) == Digit;
                    ++e;
                }
                if (runDigit) {
                    if (j > segment)
                        h = mixBytes(h, p + segment, j - segment, p + n);
                    h = mix(h, 0x31);
                    segment = e;
                }
                j = e;
            }
            if (i > segment)
                h = mixBytes(h, p + segment, i - segment, p + n);
        }
        h = mix(h, 0x20);
        if (m_tokens.size() < MaxTrackedTokens)
            m_tokens.push_back({msg.substr(start, i - start), digit});
        else
            tooMany = true;
    }
    std::uint64_t key = mix(mix(h, static_cast<std::uint64_t>(level)), static_cast<std::uint64_t>(unit));
    if (!r.code.empty())
        key = mix(key, std::hash<std::string_view>{}(r.code));

    KeyStats *k = nullptr;
    key ^= key >> 32; // the low bits pick the slot
    if (const std::uint32_t found = m_keyIndex.find(key); found != ShapeIndex::None) {
        k = &m_keys[found];
    } else {
        const QString text = QString::fromUtf8(msg.data(), static_cast<qsizetype>(std::min(n, MaxMinedBytes)));
        const int local = m_miner.addForId(text);
        if (m_keys.size() >= MaxKeysPerWorker) {
            // Too many shapes (free text without repeats): one key per template and level.
            const std::uint64_t fallback = mix(0xfeedULL + static_cast<std::uint64_t>(local) * 8, level);
            auto [it, added] = m_fallbackIndex.try_emplace(fallback, m_keys.size());
            if (added)
                m_keys.push_back(newKey(local, level, unit, r.code, {}));
            k = &m_keys[it->second];
        } else {
            m_keyIndex.insert(key, static_cast<std::uint32_t>(m_keys.size()));
            m_keys.push_back(newKey(local, level, unit, r.code, tooMany ? std::vector<Token>{} : m_tokens));
            k = &m_keys.back();
        }
    }

    ++k->count;
    if (r.timestampUs) {
        if (!k->first || r.timestampUs < k->first)
            k->first = r.timestampUs;
        if (r.timestampUs > k->last)
            k->last = r.timestampUs;
        k->addHour(r.timestampUs / UsPerHour);
        if (level <= LevelError)
            ++m_errorSeconds[(static_cast<std::uint64_t>(r.timestampUs / UsPerSecond) << 24) |
                             (static_cast<std::uint64_t>(&*k - m_keys.data()) & 0xFFFFFF)];
    }
    if (static_cast<int>(k->examples.size()) < ExamplesKept ||
        earlier(r.timestampUs, m_input, r.offset, k->examples.back().ts, k->examples.back().input,
                k->examples.back().offset)) {
        Example e{r.timestampUs, r.offset, m_input, std::string(msg.substr(0, MaxExampleBytes))};
        auto at = std::find_if(k->examples.begin(), k->examples.end(), [&](const Example &x) {
            return earlier(e.ts, e.input, e.offset, x.ts, x.input, x.offset);
        });
        k->examples.insert(at, std::move(e));
        if (static_cast<int>(k->examples.size()) > ExamplesKept)
            k->examples.pop_back();
    }
    if (!k->tokens.empty() && k->tokens.size() == m_tokens.size()) {
        size_t s = 0;
        for (size_t t = 0; t < m_tokens.size() && s < k->digitSlots.size(); ++t)
            if (m_tokens[t].digit && k->digitSlots[s].position == t)
                k->digitSlots[s++].add(m_tokens[t].text, p + n);
    }
}

KeyStats Worker::newKey(int local, int level, int unit, std::string_view code, const std::vector<Token> &tokens)
{
    KeyStats k;
    k.localTemplate = local;
    k.level = level;
    k.unit = unit;
    k.code.assign(code);
    k.tokens.reserve(tokens.size());
    for (size_t t = 0; t < tokens.size(); ++t) {
        k.tokens.emplace_back(tokens[t].text.substr(0, 200));
        if (tokens[t].digit)
            k.digitSlots.push_back(DigitSlot{static_cast<std::uint16_t>(t), false, {}, {}});
    }
    return k;
}

bool Worker::unitMatches(std::string_view unit) const
{
    for (const std::string &u : m_unitFilter) {
        if (unit == u)
            return true;
        if (unit.size() > u.size() && unit.substr(0, u.size()) == u && unit[u.size()] == '.')
            return true; // "virtuoso" matches virtuoso.service
    }
    return false;
}

int Worker::internUnit(std::string_view unit)
{
    if (m_lastUnit >= 0 && m_units[static_cast<size_t>(m_lastUnit)] == unit)
        return m_lastUnit;
    auto it = m_unitIndex.find(std::string(unit));
    if (it == m_unitIndex.end()) {
        it = m_unitIndex.emplace(std::string(unit), static_cast<int>(m_units.size())).first;
        m_units.emplace_back(unit);
        m_byUnit.push_back({});
    }
    m_lastUnit = it->second;
    return m_lastUnit;
}

} // namespace virtuoso::logs::analyzer_detail
