#include "logs/LogAnalyzer.h"

#include "logs/LogInput.h"
#include "logs/TemplateMiner.h"

#include <QElapsedTimer>

#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>
#include <unordered_map>

#include <sys/mman.h>

namespace virtuoso::logs {

namespace {

constexpr std::int64_t UsPerHour = 3'600'000'000LL;
constexpr std::int64_t UsPerSecond = 1'000'000LL;
constexpr size_t MaxMinedBytes = 16 * 1024; // longer messages are mined on their start
constexpr size_t MaxTrackedTokens = 128;    // longer messages keep no per-variable values
constexpr size_t MaxValuesPerVariable = 32;
constexpr size_t MaxExampleBytes = 400;
constexpr size_t MaxKeysPerWorker = 40'000; // distinct message shapes before falling back per template
constexpr int ExamplesKept = 3;

struct Chunk
{
    std::vector<char> data; // capacity; only grows, so refills cost no zeroing
    size_t size = 0;
    const char *mapped = nullptr; // instead of data: a range of a mapped file, released after parsing
    std::int64_t baseOffset = 0;
    LogFormat format = LogFormat::Plain;
    int input = 0;
};

// A bounded pool of chunk buffers: the reader blocks when every buffer is in flight, which bounds
// memory whatever the input size.
class ChunkPool
{
public:
    explicit ChunkPool(size_t count)
    {
        for (size_t i = 0; i < count; ++i)
            m_free.push_back(std::make_unique<Chunk>());
    }
    std::unique_ptr<Chunk> take()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return !m_free.empty(); });
        auto c = std::move(m_free.back());
        m_free.pop_back();
        return c;
    }
    void give(std::unique_ptr<Chunk> c)
    {
        {
            std::lock_guard lock(m_mutex);
            m_free.push_back(std::move(c));
        }
        m_cv.notify_one();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<std::unique_ptr<Chunk>> m_free;
};

class ChunkQueue
{
public:
    void push(std::unique_ptr<Chunk> c)
    {
        {
            std::lock_guard lock(m_mutex);
            m_items.push_back(std::move(c));
        }
        m_cv.notify_one();
    }
    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_cv.notify_all();
    }
    std::unique_ptr<Chunk> pop()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return nullptr;
        auto c = std::move(m_items.front());
        m_items.pop_front();
        return c;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<std::unique_ptr<Chunk>> m_items;
    bool m_closed = false;
};

std::uint64_t mix(std::uint64_t h, std::uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

// A short run of bytes into the shape hash, eight at a time (runs are mostly a few bytes long, so
// a call into a general hash function would cost more than the hashing).
std::uint64_t mixBytes(std::uint64_t h, const char *p, size_t n)
{
    while (n >= 8) {
        std::uint64_t v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    std::uint64_t v = n;
    for (size_t i = 0; i < n; ++i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
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

// Shape hash → key index, open addressing: one probe for almost every line (the standard map
// chases a node and divides by a prime on each lookup).
class ShapeIndex
{
public:
    static constexpr std::uint32_t None = 0xFFFFFFFF;

    std::uint32_t find(std::uint64_t hash) const
    {
        if (m_slots.empty())
            return None;
        for (size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &s = m_slots[i];
            if (s.value == None || s.hash == hash)
                return s.value;
        }
    }
    void insert(std::uint64_t hash, std::uint32_t value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        place(hash, value);
        ++m_size;
    }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t value = None;
    };
    void place(std::uint64_t hash, std::uint32_t value)
    {
        size_t i = hash & m_mask;
        while (m_slots[i].value != None)
            i = (i + 1) & m_mask;
        m_slots[i] = Slot{hash, value};
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<size_t>(1024, old.size() * 2), Slot{});
        m_mask = m_slots.size() - 1;
        for (const Slot &s : old)
            if (s.value != None)
                place(s.hash, s.value);
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    size_t m_size = 0;
};

// Variable values seen at one token position of a message shape.
struct DigitSlot
{
    std::uint16_t position = 0;
    bool more = false;
    std::vector<std::uint64_t> hashes; // of values, compared before the text
    std::vector<std::pair<std::string, std::int64_t>> values;

    // Counts are exact while a variable has at most MaxValuesPerVariable values in a shape; past
    // that, values such as sequence numbers are only marked as "more" (scanning them costs).
    void add(std::string_view v)
    {
        if (more)
            return;
        v = v.substr(0, 200);
        const std::uint64_t h = std::hash<std::string_view>{}(v);
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
};

struct Example
{
    std::int64_t ts = 0;
    std::int64_t offset = 0;
    int input = 0;
    std::string text;
};

bool earlier(std::int64_t ts1, int in1, std::int64_t off1, std::int64_t ts2, int in2, std::int64_t off2)
{
    // Entries without time sort by position.
    const std::int64_t a = ts1 ? ts1 : std::numeric_limits<std::int64_t>::max();
    const std::int64_t b = ts2 ? ts2 : std::numeric_limits<std::int64_t>::max();
    if (a != b)
        return a < b;
    if (in1 != in2)
        return in1 < in2;
    return off1 < off2;
}

// Every entry of one message shape (same words; digits aside), level, unit and code.
struct KeyStats
{
    int localTemplate = 0;
    int level = LevelInfo;
    int unit = -1;
    std::string code;
    std::int64_t count = 0;
    std::int64_t first = 0;
    std::int64_t last = 0;
    std::vector<std::pair<std::int64_t, std::int64_t>> hours;
    std::vector<Example> examples;
    std::vector<std::string> tokens; // of the first entry; empty when too many to track
    std::vector<DigitSlot> digitSlots;

    void addHour(std::int64_t hour)
    {
        for (auto it = hours.rbegin(); it != hours.rend(); ++it)
            if (it->first == hour) {
                ++it->second;
                return;
            }
        hours.emplace_back(hour, 1);
    }
};

struct Token
{
    std::string_view text;
    bool digit = false;
};

class Worker final : public RecordSink
{
public:
    Worker(const AnalyzeOptions &options, const std::vector<std::string> &unitFilter)
        : m_options(options)
        , m_unitFilter(unitFilter)
    {}

    void run(ChunkQueue &queue, ChunkPool &pool)
    {
        while (auto chunk = queue.pop()) {
            m_input = chunk->input;
            const char *bytes = chunk->mapped ? chunk->mapped : chunk->data.data();
            parseEntries(chunk->format, std::string_view(bytes, chunk->size), chunk->baseOffset, m_options.year, *this,
                         m_scratch);
            if (chunk->mapped) {
                // Done with these pages: drop them from this process (they stay in the page cache), so
                // resident memory stays at the chunks in flight, not the file size.
                const std::uintptr_t page = 4096;
                const std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(bytes) + page - 1) & ~(page - 1);
                const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(bytes) + chunk->size) & ~(page - 1);
                if (end > begin)
                    ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED);
                chunk->mapped = nullptr;
            }
            chunk->size = 0;
            if (chunk->data.size() > static_cast<size_t>(m_options.chunkBytes) * 4)
                std::vector<char>().swap(chunk->data); // after a giant entry: give the memory back
            pool.give(std::move(chunk));
        }
    }

    void problem(const ReadProblem &p) override
    {
        ++m_unreadable;
        if (m_problems.size() < 10)
            m_problems.emplace_back(m_input, p);
    }

    void record(const LogRecord &r) override
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
        std::string_view msg = r.message;
        m_tokens.clear();
        std::uint64_t h = 1469598103934665603ULL;
        size_t i = 0;
        const size_t n = msg.size();
        const char *p = msg.data();
        bool tooMany = false;
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
                h = mixBytes(h, p + start, i - start);
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
                            h = mixBytes(h, p + segment, j - segment);
                        h = mix(h, 0x31);
                        segment = e;
                    }
                    j = e;
                }
                if (i > segment)
                    h = mixBytes(h, p + segment, i - segment);
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
                    k->digitSlots[s++].add(m_tokens[t].text);
        }
    }

    // Results, read after the thread ended.
    TemplateMiner m_miner;
    std::vector<KeyStats> m_keys;
    std::vector<std::string> m_units;
    std::vector<LevelCounts> m_byUnit;
    LevelCounts m_byLevel{};
    std::unordered_map<std::int64_t, LevelCounts> m_byHour;
    std::unordered_map<std::uint64_t, std::int64_t> m_errorSeconds;
    std::vector<std::pair<int, ReadProblem>> m_problems;
    std::int64_t m_entries = 0;
    std::int64_t m_analysed = 0;
    std::int64_t m_unreadable = 0;
    std::int64_t m_textOnlyErrors = 0;
    std::int64_t m_binary = 0;
    std::int64_t m_first = 0;
    std::int64_t m_last = 0;

private:
    KeyStats newKey(int local, int level, int unit, std::string_view code, const std::vector<Token> &tokens)
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

    bool unitMatches(std::string_view unit) const
    {
        for (const std::string &u : m_unitFilter) {
            if (unit == u)
                return true;
            if (unit.size() > u.size() && unit.substr(0, u.size()) == u && unit[u.size()] == '.')
                return true; // "virtuoso" matches virtuoso.service
        }
        return false;
    }

    int internUnit(std::string_view unit)
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

    const AnalyzeOptions &m_options;
    const std::vector<std::string> &m_unitFilter;
    int m_input = 0;
    std::string m_scratch;
    std::vector<Token> m_tokens;
    ShapeIndex m_keyIndex;
    std::unordered_map<std::uint64_t, size_t> m_fallbackIndex;
    std::unordered_map<std::string, int> m_unitIndex;
    int m_lastUnit = -1;
    std::int64_t m_lastHour = std::numeric_limits<std::int64_t>::min();
    LevelCounts *m_lastHourCounts = nullptr;
};

void mergeCounts(LevelCounts &into, const LevelCounts &from)
{
    for (size_t i = 0; i < into.size(); ++i)
        into[i] += from[i];
}

QStringList splitTokens(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Every worker's templates go through one miner, which joins equal and similar ones; then the
// shapes are summed per template.
void mergeWorkers(const std::vector<std::unique_ptr<Worker>> &workers, AnalysisResult &result)
{
    TemplateMiner global;
    std::vector<std::vector<int>> localToGlobal(workers.size());
    for (size_t w = 0; w < workers.size(); ++w)
        for (const TemplateMiner::Template &t : workers[w]->m_miner.templates())
            localToGlobal[w].push_back(global.addForId(t.text));

    const int templateCount = global.templateCount();
    result.templates.resize(static_cast<size_t>(templateCount));
    std::vector<std::vector<std::pair<size_t, size_t>>> keysOf(static_cast<size_t>(templateCount));
    std::vector<std::vector<Example>> examplesOf(static_cast<size_t>(templateCount));
    std::map<std::pair<std::int64_t, int>, std::int64_t> errorSeconds;
    for (size_t w = 0; w < workers.size(); ++w) {
        Worker &wk = *workers[w];
        result.entries += wk.m_entries;
        result.analysed += wk.m_analysed;
        result.unreadable += wk.m_unreadable;
        result.textOnlyErrors += wk.m_textOnlyErrors;
        result.binaryMessages += wk.m_binary;
        for (const auto &[input, p] : wk.m_problems)
            if (result.firstProblems.size() < 10)
                result.firstProblems.emplace_back(result.inputs[static_cast<size_t>(input)].name, p);
        if (wk.m_first && (!result.firstUs || wk.m_first < result.firstUs))
            result.firstUs = wk.m_first;
        result.lastUs = std::max(result.lastUs, wk.m_last);
        mergeCounts(result.byLevel, wk.m_byLevel);
        for (size_t u = 0; u < wk.m_units.size(); ++u)
            mergeCounts(
                result.byUnit[QString::fromUtf8(wk.m_units[u].data(), static_cast<qsizetype>(wk.m_units[u].size()))],
                wk.m_byUnit[u]);
        for (const auto &[hour, counts] : wk.m_byHour)
            mergeCounts(result.byHour[hour], counts);
        for (size_t k = 0; k < wk.m_keys.size(); ++k) {
            const KeyStats &key = wk.m_keys[k];
            const int gid = localToGlobal[w][static_cast<size_t>(key.localTemplate)];
            TemplateStats &t = result.templates[static_cast<size_t>(gid)];
            t.count += key.count;
            t.byLevel[static_cast<size_t>(key.level)] += key.count;
            if (key.first && (!t.firstUs || key.first < t.firstUs))
                t.firstUs = key.first;
            t.lastUs = std::max(t.lastUs, key.last);
            for (const auto &[hour, count] : key.hours)
                t.hourly[hour] += count;
            const QString unit =
                QString::fromUtf8(wk.m_units[static_cast<size_t>(key.unit)].data(),
                                  static_cast<qsizetype>(wk.m_units[static_cast<size_t>(key.unit)].size()));
            if (!unit.isEmpty() && !t.units.contains(unit))
                t.units << unit;
            const QString code = QString::fromUtf8(key.code.data(), static_cast<qsizetype>(key.code.size()));
            if (!code.isEmpty() && !t.codes.contains(code))
                t.codes << code;
            keysOf[static_cast<size_t>(gid)].emplace_back(w, k);
            for (const Example &e : key.examples)
                examplesOf[static_cast<size_t>(gid)].push_back(e);
        }
        for (const auto &[packed, count] : wk.m_errorSeconds) {
            const std::int64_t second = static_cast<std::int64_t>(packed >> 24);
            const size_t keyIndex = static_cast<size_t>(packed & 0xFFFFFF);
            if (keyIndex >= wk.m_keys.size())
                continue;
            const int gid = localToGlobal[w][static_cast<size_t>(wk.m_keys[keyIndex].localTemplate)];
            errorSeconds[{second, gid}] += count;
        }
    }
    for (const auto &[at, count] : errorSeconds)
        result.errorSeconds.push_back({at.first, at.second, count});

    for (int gid = 0; gid < templateCount; ++gid) {
        TemplateStats &t = result.templates[static_cast<size_t>(gid)];
        t.id = gid;
        t.text = global.templateText(gid);
        t.level = LevelInfo;
        for (int l = 0; l < 8; ++l)
            if (t.byLevel[static_cast<size_t>(l)] > 0) {
                t.level = l;
                break;
            }
        auto &ex = examplesOf[static_cast<size_t>(gid)];
        std::sort(ex.begin(), ex.end(), [](const Example &a, const Example &b) {
            return earlier(a.ts, a.input, a.offset, b.ts, b.input, b.offset);
        });
        for (size_t e = 0; e < ex.size() && e < static_cast<size_t>(ExamplesKept); ++e)
            t.examples.push_back({ex[e].ts, ex[e].offset,
                                  QString::fromUtf8(ex[e].text.data(), static_cast<qsizetype>(ex[e].text.size()))});

        // The values behind each <*>: digit-bearing tokens were collected per shape; the other
        // tokens are constant within a shape, so its first entry tells them.
        const QStringList tokens = splitTokens(t.text);
        for (int p = 0; p < tokens.size(); ++p) {
            if (!tokens[p].contains(TemplateMiner::wildcard()))
                continue;
            std::map<std::string, std::int64_t> values;
            bool more = false;
            bool known = false;
            for (const auto &[w, k] : keysOf[static_cast<size_t>(gid)]) {
                const KeyStats &key = workers[w]->m_keys[k];
                if (key.tokens.size() != static_cast<size_t>(tokens.size()))
                    continue;
                known = true;
                const auto slot = std::find_if(key.digitSlots.begin(), key.digitSlots.end(),
                                               [p](const DigitSlot &s) { return s.position == p; });
                if (slot != key.digitSlots.end()) {
                    for (const auto &[v, c] : slot->values)
                        values[v] += c;
                    more = more || slot->more;
                } else {
                    values[key.tokens[static_cast<size_t>(p)]] += key.count;
                }
            }
            if (!known)
                continue;
            TemplateVariable var;
            var.position = p;
            var.token = tokens[p];
            for (const auto &[v, c] : values)
                var.values.emplace_back(QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size())), c);
            std::stable_sort(var.values.begin(), var.values.end(),
                             [](const auto &a, const auto &b) { return a.second > b.second; });
            if (var.values.size() > MaxValuesPerVariable) {
                var.values.resize(MaxValuesPerVariable);
                more = true;
            }
            var.more = more;
            t.variables.push_back(std::move(var));
        }
    }
}

} // namespace

AnalysisResult analyzeLogs(const QStringList &inputs, const AnalyzeOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    AnalysisResult result;
    const int threads =
        options.threads > 0 ? options.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    result.threads = threads;

    std::vector<std::string> unitFilter;
    for (const QString &u : options.unit.split(QLatin1Char(','), Qt::SkipEmptyParts))
        unitFilter.push_back(u.trimmed().toStdString());

    std::vector<std::unique_ptr<Worker>> workers;
    std::vector<ChunkQueue> queues(static_cast<size_t>(threads));
    ChunkPool pool(static_cast<size_t>(threads) * 2 + 1);
    std::vector<std::thread> running;
    for (int t = 0; t < threads; ++t) {
        workers.push_back(std::make_unique<Worker>(options, unitFilter));
        running.emplace_back([&, t] { workers[static_cast<size_t>(t)]->run(queues[static_cast<size_t>(t)], pool); });
    }

    // Chunks go round-robin, so each worker sees the same entries on every run: the result does
    // not depend on thread timing.
    size_t next = 0;
    std::vector<char> carry;
    std::vector<std::pair<int, ReadProblem>> readerProblems;
    std::vector<std::unique_ptr<Chunk>> held;
    for (int inputIndex = 0; inputIndex < inputs.size(); ++inputIndex) {
        InputSummary summary;
        LogInput in;
        summary.name = inputs[inputIndex] == QLatin1String("-") ? QStringLiteral("-") : inputs[inputIndex];
        if (!in.open(inputs[inputIndex])) {
            summary.error = in.errorString();
            result.inputs.push_back(summary);
            continue;
        }
        summary.compressed = in.compressed();
        LogFormat format = options.format;
        carry.clear();
        std::int64_t base = 0;
        bool eof = false;
        if (const std::string_view whole = in.mapWhole(); !whole.empty()) {
            // A plain file: chunks are ranges of the mapping, cut at entry boundaries.
            if (format == LogFormat::Auto)
                format = detectLogFormat(whole.substr(0, 64 * 1024));
            size_t pos = 0;
            while (pos < whole.size()) {
                size_t span = static_cast<size_t>(options.chunkBytes);
                size_t complete = 0;
                while (true) {
                    const size_t end = std::min(whole.size(), pos + span);
                    const bool last = end == whole.size();
                    complete = completeEntries(format, whole.substr(pos, end - pos), last);
                    if (complete > 0 || last)
                        break;
                    if (static_cast<std::int64_t>(span) >= options.maxEntryBytes) {
                        complete = end - pos;
                        readerProblems.emplace_back(
                            inputIndex, ReadProblem{static_cast<std::int64_t>(pos),
                                                    "entry longer than " + std::to_string(options.maxEntryBytes >> 20) +
                                                        " MB: cut, the rest reads as further entries"});
                        break;
                    }
                    span *= 2;
                }
                if (complete == 0)
                    break;
                auto chunk = pool.take();
                chunk->mapped = whole.data() + pos;
                chunk->size = complete;
                chunk->baseOffset = static_cast<std::int64_t>(pos);
                chunk->format = format;
                chunk->input = inputIndex;
                queues[next % queues.size()].push(std::move(chunk));
                ++next;
                pos += complete;
            }
            summary.bytes = static_cast<std::int64_t>(whole.size());
            eof = true;
            // The mapping must outlive the workers' use of it: wait until every chunk is back.
            for (size_t i = 0; i < static_cast<size_t>(threads) * 2 + 1; ++i)
                held.push_back(pool.take());
            for (auto &c : held)
                pool.give(std::move(c));
            held.clear();
        }
        while (!eof) {
            auto chunk = pool.take();
            std::vector<char> &buf = chunk->data;
            size_t size = carry.size();
            if (buf.size() < size + static_cast<size_t>(options.chunkBytes))
                buf.resize(size + static_cast<size_t>(options.chunkBytes));
            std::memcpy(buf.data(), carry.data(), carry.size());
            carry.clear();
            size_t complete = 0;
            while (true) {
                if (buf.size() < size + static_cast<size_t>(options.chunkBytes))
                    buf.resize(size + static_cast<size_t>(options.chunkBytes));
                const std::int64_t got = in.read(buf.data() + size, options.chunkBytes);
                size += static_cast<size_t>(std::max<std::int64_t>(got, 0));
                if (got <= 0) {
                    eof = true;
                    if (got < 0)
                        summary.error = in.errorString();
                }
                summary.bytes += std::max<std::int64_t>(got, 0);
                // Sniff once a whole first line is there (or all there is).
                if (format == LogFormat::Auto && (eof || size >= 64 * 1024 || std::memchr(buf.data(), '\n', size)))
                    format = detectLogFormat(std::string_view(buf.data(), std::min<size_t>(size, 64 * 1024)));
                if (format == LogFormat::Auto)
                    continue;
                complete = completeEntries(format, std::string_view(buf.data(), size), eof);
                if (complete > 0 || eof)
                    break;
                if (static_cast<std::int64_t>(size) >= options.maxEntryBytes) {
                    // One entry longer than the limit: cut it here rather than hold it all.
                    complete = size;
                    readerProblems.emplace_back(inputIndex,
                                                ReadProblem{base, "entry longer than " +
                                                                      std::to_string(options.maxEntryBytes >> 20) +
                                                                      " MB: cut, the rest reads as further entries"});
                    break;
                }
            }
            carry.assign(buf.begin() + static_cast<std::ptrdiff_t>(complete),
                         buf.begin() + static_cast<std::ptrdiff_t>(size));
            chunk->size = complete;
            chunk->baseOffset = base;
            chunk->format = format;
            chunk->input = inputIndex;
            base += static_cast<std::int64_t>(complete);
            if (complete == 0) {
                pool.give(std::move(chunk));
                continue;
            }
            queues[next % queues.size()].push(std::move(chunk));
            ++next;
        }
        summary.format = format == LogFormat::Auto ? LogFormat::Plain : format;
        result.bytes += summary.bytes;
        result.inputs.push_back(summary);
    }
    for (ChunkQueue &q : queues)
        q.close();
    for (std::thread &t : running)
        t.join();

    mergeWorkers(workers, result);
    for (const auto &[input, p] : readerProblems) {
        ++result.unreadable;
        if (result.firstProblems.size() < 10)
            result.firstProblems.emplace_back(result.inputs[static_cast<size_t>(input)].name, p);
    }
    result.elapsedSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace virtuoso::logs

namespace virtuoso::logs {

AnalysisResult analyzeRecords(const QString &name, const std::function<QString(RecordSink &)> &produce,
                              const AnalyzeOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    AnalysisResult result;
    result.threads = 1;
    std::vector<std::string> unitFilter;
    for (const QString &u : options.unit.split(QLatin1Char(','), Qt::SkipEmptyParts))
        unitFilter.push_back(u.trimmed().toStdString());
    std::vector<std::unique_ptr<Worker>> workers;
    workers.push_back(std::make_unique<Worker>(options, unitFilter));
    InputSummary summary;
    summary.name = name;
    summary.format = LogFormat::JournalJson;
    summary.error = produce(*workers.front());
    result.inputs.push_back(summary);
    mergeWorkers(workers, result);
    result.elapsedSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace virtuoso::logs
