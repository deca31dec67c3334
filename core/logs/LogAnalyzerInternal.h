#pragma once
// Inside the log analyzer: the worker that turns records into per-shape statistics, and what it
// keeps per shape. Included by LogAnalyzer.cpp (reading the inputs in chunks onto worker threads),
// LogAnalyzerWorker.cpp (one worker's statistics) and LogAnalyzerMerge.cpp (the workers' statistics
// merged into the result) only.

#include "logs/LogAnalyzer.h"
#include "logs/TemplateMiner.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace virtuoso::logs::analyzer_detail {

// Per message shape and per template: the distinct values kept of each variable, the examples kept.
constexpr size_t MaxValuesPerVariable = 32;
constexpr int ExamplesKept = 3;

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
    // that, values such as sequence numbers are only marked as "more" (scanning them costs). `end`:
    // how far the bytes after `v` may be read (the end of its message).
    void add(std::string_view v, const char *end);
};

struct Example
{
    std::int64_t ts = 0;
    std::int64_t offset = 0;
    int input = 0;
    std::string text;
};

inline bool earlier(std::int64_t ts1, int in1, std::int64_t off1, std::int64_t ts2, int in2, std::int64_t off2)
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

class ChunkQueue;
class ChunkPool;

// One worker thread: parses the chunks it is handed and folds every record into the statistics of
// its message shape.
class Worker final : public RecordSink
{
public:
    Worker(const AnalyzeOptions &options, const std::vector<std::string> &unitFilter)
        : m_options(options)
        , m_unitFilter(unitFilter)
    {}

    // Takes chunks from the queue until it closes, handing each back to the pool once parsed.
    void run(ChunkQueue &queue, ChunkPool &pool);
    void problem(const ReadProblem &p) override;
    void record(const LogRecord &r) override;

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
    KeyStats newKey(int local, int level, int unit, std::string_view code, const std::vector<Token> &tokens);
    bool unitMatches(std::string_view unit) const;
    int internUnit(std::string_view unit);

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

// Every worker's templates go through one miner, which joins equal and similar ones; then the
// shapes are summed per template.
void mergeWorkers(const std::vector<std::unique_ptr<Worker>> &workers, AnalysisResult &result);

} // namespace virtuoso::logs::analyzer_detail
