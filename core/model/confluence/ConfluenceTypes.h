#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <string>

namespace virtuoso::confluence {

enum class ComponentId : std::uint8_t { Orderflow, Orderbook, Volume, PriceStructure, Technical, Sentiment };
constexpr int kComponentCount = 6;
const char *componentName(ComponentId id);

enum class Timeframe : std::uint8_t { M1, M5, M30, H4 };
constexpr int kTimeframeCount = 4;
constexpr std::array<int, kTimeframeCount> kTimeframeMinutes = {1, 5, 30, 240};
const char *timeframeName(Timeframe tf);

// Data sufficiency of one sub-indicator: a state with progress, never a warning per calculation.
enum class Sufficiency : std::uint8_t { Ready, Warming, Unavailable };
const char *sufficiencyName(Sufficiency s);

enum class Direction : std::uint8_t { Neutral, Long, Short };
const char *directionName(Direction d);

// One input a score was computed from (names are static strings: no allocation per calculation).
struct ScoreInput
{
    const char *name = nullptr;
    double value = NAN;
};

struct SubIndicatorReading
{
    const char *name = nullptr;
    Sufficiency state = Sufficiency::Unavailable;
    int have = 0; // warming progress
    int need = 0;
    const char *why = nullptr; // unavailable: what data is missing
    double value = NAN;        // the indicator's own reading
    double score = NAN;        // 0..100, 50 neutral; only when ready
    std::array<ScoreInput, 4> inputs{};
    int inputCount = 0;

    void setReady(double v, double s, std::initializer_list<ScoreInput> in);
    void setWarming(int haveNow, int needed);
    void setUnavailable(const char *reason);
};

constexpr int kMaxSubIndicators = 8;

// A component at one timeframe (or live, for orderbook and sentiment).
struct ComponentReading
{
    std::array<SubIndicatorReading, kMaxSubIndicators> subs{};
    int count = 0;
    double score = NAN; // mean of the ready sub-scores; NaN when none is ready
    int ready = 0;

    SubIndicatorReading &add(const char *name);
    void finish();
};

struct ComponentSummary
{
    ComponentId id = ComponentId::Orderflow;
    double weight = 0;
    bool perTimeframe = true;
    std::array<ComponentReading, kTimeframeCount> timeframes{}; // only [0] for live components
    std::array<bool, kTimeframeCount> timeframeReady{};
    double score = NAN;  // timeframe-weighted, renormalised over ready timeframes
    double coverage = 0; // share of sub-indicator slots that are ready
    // Sub-scores blended across timeframes, for mixed-signal detection and the summary view.
    std::array<double, kMaxSubIndicators> blended{};
};

struct SignalConflict
{
    ComponentId component = ComponentId::Orderflow;
    const char *high = nullptr; // a sub-indicator scoring above 60
    double highScore = NAN;
    const char *low = nullptr; // one scoring below 40 in the same component
    double lowScore = NAN;
};

// What operators read per symbol: score, direction, reliability, conflicts and the full breakdown.
struct ConfluenceSignal
{
    std::string symbol;
    std::int64_t timestampMs = 0; // exchange time of the newest input
    std::uint64_t sequence = 0;   // evaluations of this symbol so far
    double score = 50;
    Direction direction = Direction::Neutral;
    double reliability = 0; // coverage × agreement
    double coverage = 0;
    double agreement = 0;
    bool ready = false; // at least one component had data
    std::array<ComponentSummary, kComponentCount> components{};
    std::array<SignalConflict, kComponentCount> conflicts{};
    int conflictCount = 0;
    bool mixedSignals() const { return conflictCount > 0; }

    // The whole signal as one JSON object; the same signal gives the same bytes.
    std::string toJson() const;
};

} // namespace virtuoso::confluence
