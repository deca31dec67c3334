#include "model/outcomes/OutcomeTracker.h"

#include "model/confluence/TrendIndicators.h"

#include <algorithm>
#include <tuple>

namespace virtuoso::outcomes {

using confluence::ComponentId;
using confluence::ConfluenceSignal;

namespace {

constexpr std::int64_t kMinuteMs = 60'000;
constexpr std::int64_t kNoTime = std::numeric_limits<std::int64_t>::min();

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64 finaliser
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// A uniform number in [0, 1) from the seed, the symbol and the minute: the same for every run and
// every arrival order.
double baselineDraw(std::uint64_t seed, std::string_view symbol, std::int64_t minute)
{
    std::uint64_t h = 1469598103934665603ull; // FNV-1a
    for (const char c : symbol) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    const std::uint64_t x = mix(seed ^ mix(h ^ mix(static_cast<std::uint64_t>(minute))));
    return static_cast<double>(x >> 11) * 0x1.0p-53;
}

std::int64_t floorTo(std::int64_t t, std::int64_t step)
{
    std::int64_t r = t % step;
    if (r < 0)
        r += step;
    return t - r;
}

Direction opposite(Direction d)
{
    return d == Direction::Long ? Direction::Short : d == Direction::Short ? Direction::Long : Direction::Neutral;
}

bool ordered(const SignalContext &a, int na, const SignalContext &b, int nb)
{
    return std::tie(a.timeMs, a.symbol, na) < std::tie(b.timeMs, b.symbol, nb);
}

int numberOf(const Outcome &o)
{
    const auto dash = o.id.rfind('-');
    return dash == std::string::npos ? 0 : std::atoi(o.id.c_str() + dash + 1);
}

} // namespace

struct OutcomeTracker::SymbolState
{
    std::string name;
    Direction zone = Direction::Neutral;
    int signalNumber = 0;
    std::int64_t lastMinuteOpen = kNoTime;
    // The plan timeframe, built from the 1m candles.
    Candle bar;
    bool barOpen = false;
    PlanTimeframe plan;
    confluence::DirectionalMovement dmi{14};
    // Prices.
    double lastPrice = NAN;
    std::int64_t lastPriceMs = kNoTime;
    // The newest 1m close: a signal's reference price until the first trade of the stream arrives
    // (the history's candles land before the stream's trades; the entry still waits for a trade).
    double lastClose = NAN;
    double knownPrice() const { return std::isfinite(lastPrice) ? lastPrice : lastClose; }
    // Outcomes in signal order; `forgotten` were dropped from the front.
    std::vector<Outcome> outcomes;
    int forgottenOutcomes = 0;
    std::vector<size_t> active; // Pending or Open, oldest first
    std::vector<std::uint8_t> changed;
    std::vector<size_t> changedList;
    std::vector<ForwardSample> samples;
    std::array<size_t, 3> firstUnresolved{};
    std::int64_t lastSampledMinute = kNoTime;
};

OutcomeTracker::OutcomeTracker(OutcomeSettings settings, PriceSource prices)
    : m_settings(settings)
    , m_prices(prices)
{
    m_settings.planTimeframeMinutes = std::max(1, m_settings.planTimeframeMinutes);
    m_settings.swingLookback = std::max(3, m_settings.swingLookback);
}

OutcomeTracker::~OutcomeTracker() = default;

OutcomeTracker::SymbolState &OutcomeTracker::state(std::string_view symbol)
{
    auto it = m_symbols.find(symbol);
    if (it == m_symbols.end()) {
        auto s = std::make_unique<SymbolState>();
        s->plan = PlanTimeframe(m_settings.swingLookback);
        s->name = std::string(symbol);
        it = m_symbols.emplace(s->name, std::move(s)).first;
    }
    return *it->second;
}

void OutcomeTracker::feedCandle(std::string_view symbol, const Candle &minute)
{
    SymbolState &s = state(symbol);
    const bool finite = std::isfinite(minute.open) && std::isfinite(minute.high) && std::isfinite(minute.low) &&
                        std::isfinite(minute.close) && minute.high >= minute.low;
    if (minute.openTimeMs <= s.lastMinuteOpen || !finite)
        return;
    s.lastMinuteOpen = minute.openTimeMs;
    s.lastClose = minute.close;
    if (m_prices == PriceSource::Candles)
        priceEvent(s, minute.openTimeMs, minute, true);
    addPlanMinute(s, minute);
}

void OutcomeTracker::feedTrade(std::string_view symbol, std::int64_t timeMs, double price)
{
    if (m_prices != PriceSource::Trades || !std::isfinite(price) || price <= 0)
        return;
    SymbolState &s = state(symbol);
    const std::int64_t t = std::max(timeMs, s.lastPriceMs);
    priceEvent(s, t, Candle{t, price, price, price, price, 0}, false);
}

void OutcomeTracker::addPlanMinute(SymbolState &s, const Candle &minute)
{
    const std::int64_t tfMs = m_settings.planTimeframeMinutes * kMinuteMs;
    const std::int64_t start = floorTo(minute.openTimeMs, tfMs);
    if (s.barOpen && start != s.bar.openTimeMs)
        closePlanBar(s);
    if (!s.barOpen) {
        s.bar = minute;
        s.bar.openTimeMs = start;
        s.barOpen = true;
    } else {
        s.bar.high = std::max(s.bar.high, minute.high);
        s.bar.low = std::min(s.bar.low, minute.low);
        s.bar.close = minute.close;
        s.bar.volume += minute.volume;
    }
    if (minute.openTimeMs + kMinuteMs >= start + tfMs)
        closePlanBar(s);
}

void OutcomeTracker::closePlanBar(SymbolState &s)
{
    s.barOpen = false;
    s.plan.addBar(s.bar);
    s.dmi.update(s.bar);
}

void OutcomeTracker::onSignal(const ConfluenceSignal &signal)
{
    ++m_counters.evaluations;
    SymbolState &s = state(signal.symbol);
    const Direction zone = !signal.ready                               ? Direction::Neutral
                           : signal.score >= m_settings.longThreshold  ? Direction::Long
                           : signal.score <= m_settings.shortThreshold ? Direction::Short
                                                                       : Direction::Neutral;
    const Direction before = s.zone;
    s.zone = zone;
    const bool inWindow = signal.timestampMs >= m_settings.fromMs && signal.timestampMs < m_settings.toMs;
    if (zone != Direction::Neutral && zone != before) {
        // An opposite signal closes what is open the other way, at the next price.
        for (const size_t i : s.active) {
            Outcome &o = s.outcomes[i];
            if (o.signal.direction == opposite(zone) && !o.exitPending) {
                o.exitPending = true;
                markChanged(s, i);
            }
        }
        if (inWindow)
            openSignal(s, signal, zone);
        return;
    }
    if (!inWindow || !signal.ready || m_settings.baselineRate <= 0)
        return;
    const std::int64_t minute = floorTo(signal.timestampMs, kMinuteMs) / kMinuteMs;
    if (minute == s.lastSampledMinute)
        return;
    if (baselineDraw(m_settings.baselineSeed, s.name, minute) >= m_settings.baselineRate)
        return;
    s.lastSampledMinute = minute;
    addSample(s, signal, false, Direction::Neutral);
}

void OutcomeTracker::openSignal(SymbolState &s, const ConfluenceSignal &signal, Direction direction)
{
    ++m_counters.signalsOpened;
    Outcome o;
    o.id = s.name + "-" + std::to_string(++s.signalNumber);
    SignalContext &c = o.signal;
    c.symbol = s.name;
    c.timeMs = signal.timestampMs;
    c.score = signal.score;
    c.direction = direction;
    c.reliability = signal.reliability;
    const double sign = direction == Direction::Long ? 1.0 : -1.0;
    double best = 0;
    for (const auto &comp : signal.components) {
        if (!std::isfinite(comp.score))
            continue;
        const double lean = comp.weight * (comp.score - 50) * sign;
        if (lean > best) {
            best = lean;
            c.dominant = static_cast<int>(comp.id);
        }
    }
    for (int tf = 0; tf < confluence::kTimeframeCount; ++tf) {
        double lean = 0;
        bool any = false;
        for (const auto &comp : signal.components) {
            const auto &reading = comp.timeframes[static_cast<size_t>(tf)];
            if (!comp.perTimeframe || reading.ready == 0 || !std::isfinite(reading.score))
                continue;
            lean += comp.weight * (reading.score - 50);
            any = true;
        }
        if (any) {
            ++c.timeframesScored;
            c.timeframesAgreeing += lean * sign > 0 ? 1 : 0;
        }
    }
    if (s.dmi.warmup().ready()) {
        c.adx = s.dmi.adx();
        c.regime = c.adx >= m_settings.adxTrend ? Regime::Trend : Regime::Range;
    }
    c.referencePrice = s.knownPrice();
    c.atr = s.plan.atr();
    const SwingLevels swings = s.plan.swings();
    c.swingLow = swings.low;
    c.swingHigh = swings.high;
    o.plan.direction = direction;
    if (!std::isfinite(c.atr)) {
        o.status = OutcomeStatus::NoPlan;
        o.plan.why = "no ATR yet";
    } else if (!std::isfinite(c.referencePrice)) {
        o.status = OutcomeStatus::NoPlan;
        o.plan.why = "no price yet";
    }
    if (o.status == OutcomeStatus::NoPlan)
        ++m_counters.noPlan;
    s.outcomes.push_back(std::move(o));
    s.changed.push_back(0);
    const size_t index = s.outcomes.size() - 1;
    if (s.outcomes.back().active())
        s.active.push_back(index);
    markChanged(s, index);
    addSample(s, signal, true, direction);
}

void OutcomeTracker::addSample(SymbolState &s, const ConfluenceSignal &signal, bool isSignal, Direction direction)
{
    const double price = s.knownPrice();
    if (!std::isfinite(price) || price <= 0)
        return;
    ForwardSample sample;
    sample.symbol = s.name;
    sample.timeMs = signal.timestampMs;
    sample.score = signal.score;
    sample.signal = isSignal;
    sample.direction = direction;
    sample.referencePrice = price;
    sample.signalNumber = isSignal ? s.signalNumber : 0;
    if (!isSignal)
        ++m_counters.baselineSamples;
    s.samples.push_back(std::move(sample));
}

void OutcomeTracker::markChanged(SymbolState &s, size_t index)
{
    if (!s.changed[index]) {
        s.changed[index] = 1;
        s.changedList.push_back(index);
    }
}

void OutcomeTracker::fill(Outcome &o, std::int64_t timeMs, double price)
{
    const SignalContext &c = o.signal;
    o.plan = makeTradePlan(c.direction, price, c.atr, c.swingLow, c.swingHigh, m_settings.plan);
    o.entryTimeMs = timeMs;
    if (!o.plan.valid) {
        o.status = OutcomeStatus::NoPlan;
        ++m_counters.noPlan;
        return;
    }
    o.status = OutcomeStatus::Open;
}

void OutcomeTracker::close(SymbolState &s, size_t index, std::int64_t timeMs, double price, ExitReason reason)
{
    Outcome &o = s.outcomes[index];
    o.status = OutcomeStatus::Closed;
    o.exitPending = false;
    o.exitTimeMs = timeMs;
    o.exitPrice = price;
    o.exitReason = reason;
    o.grossR = o.plan.rAt(price);
    const double perFill = (m_settings.feeBps + m_settings.slippageBps) / 10'000.0;
    o.costR = (o.plan.entry + price) * perFill / o.plan.risk;
    o.netR = o.grossR - o.costR;
    markChanged(s, index);
}

void OutcomeTracker::priceEvent(SymbolState &s, std::int64_t timeMs, const Candle &range, bool candle)
{
    const std::int64_t endMs = candle ? range.openTimeMs + kMinuteMs : timeMs;
    // Entries waiting for this price, and exits an opposite signal asked for.
    for (const size_t i : s.active) {
        Outcome &o = s.outcomes[i];
        if (o.status == OutcomeStatus::Pending) {
            fill(o, timeMs, range.open);
            markChanged(s, i);
        }
        if (o.status == OutcomeStatus::Open && o.exitPending)
            close(s, i, timeMs, range.open, ExitReason::Opposite);
    }
    const double finalR = m_settings.finalTargetR;
    for (const size_t i : s.active) {
        Outcome &o = s.outcomes[i];
        if (o.status != OutcomeStatus::Open)
            continue;
        const TradePlan &p = o.plan;
        const bool isLong = p.direction == Direction::Long;
        const std::int64_t expiry = o.entryTimeMs + m_settings.horizonMs;
        if (timeMs >= expiry) {
            close(s, i, timeMs, range.open, ExitReason::Horizon);
            continue;
        }
        // Excursions only grow: a change is worth handing over (takeChanged) when they do.
        const double mfeBefore = o.mfeR, maeBefore = o.maeR;
        const auto targetsBefore = o.timeToTargetMs;
        const double adverse = isLong ? range.low : range.high;
        const double favourable = isLong ? range.high : range.low;
        const double openR = p.rAt(range.open);
        if (isLong ? adverse <= p.stop : adverse >= p.stop) {
            // Conservative: when the candle reached a target too, the stop came first (no target time
            // and no excursion beyond the open is counted from it). A gap through the stop, or a trade
            // through it, fills at that price.
            const bool gap = openR <= -1;
            const double exit = gap ? range.open : p.stop;
            o.mfeR = std::max(o.mfeR, openR);
            o.maeR = std::max(o.maeR, -p.rAt(exit));
            close(s, i, gap ? timeMs : endMs, exit, ExitReason::Stop);
            continue;
        }
        o.maeR = std::max(o.maeR, -p.rAt(adverse));
        const bool targetHit = p.rAt(favourable) >= finalR;
        const double reach = targetHit ? finalR : p.rAt(favourable);
        o.mfeR = std::max(o.mfeR, reach);
        for (size_t k = 0; k < o.timeToTargetMs.size(); ++k) {
            const double r = m_settings.plan.targetsR[k];
            if (o.timeToTargetMs[k] < 0 && r <= finalR && reach >= r)
                o.timeToTargetMs[k] = (openR >= r ? timeMs : endMs) - o.entryTimeMs;
        }
        if (targetHit) {
            // A resting limit order at the final target fills at its price.
            close(s, i, openR >= finalR ? timeMs : endMs, p.priceAtR(finalR), ExitReason::Target);
            continue;
        }
        if (candle && endMs >= expiry)
            close(s, i, endMs, range.close, ExitReason::Horizon);
        else if (o.mfeR != mfeBefore || o.maeR != maeBefore || o.timeToTargetMs != targetsBefore)
            markChanged(s, i);
    }
    std::erase_if(s.active, [&s](size_t i) { return !s.outcomes[i].active(); });
    resolveForward(s, endMs, range.close, candle);
    s.lastPrice = range.close;
    s.lastPriceMs = endMs;
}

void OutcomeTracker::resolveForward(SymbolState &s, std::int64_t timeMs, double price, bool candle)
{
    for (size_t h = 0; h < m_settings.forwardMs.size(); ++h) {
        size_t &next = s.firstUnresolved[h];
        while (next < s.samples.size()) {
            ForwardSample &sample = s.samples[next];
            const std::int64_t due = sample.timeMs + m_settings.forwardMs[h];
            // A candle closing exactly at the due time carries the price then; otherwise the price
            // is the last one before the first event past the due time.
            double at = NAN;
            if (candle && timeMs == due)
                at = price;
            else if (timeMs > due)
                at = s.lastPrice;
            else
                break;
            sample.forwardReturn[h] = at / sample.referencePrice - 1;
            if (sample.signalNumber > 0) {
                const auto index = static_cast<size_t>(sample.signalNumber - 1 - s.forgottenOutcomes);
                if (sample.signalNumber - 1 >= s.forgottenOutcomes && index < s.outcomes.size()) {
                    s.outcomes[index].forwardReturn[h] = sample.forwardReturn[h];
                    markChanged(s, index);
                }
            }
            ++next;
        }
    }
}

std::vector<Outcome> OutcomeTracker::outcomes() const
{
    std::vector<Outcome> out;
    for (const auto &entry : m_symbols)
        out.insert(out.end(), entry.second->outcomes.begin(), entry.second->outcomes.end());
    std::sort(out.begin(), out.end(),
              [](const Outcome &a, const Outcome &b) { return ordered(a.signal, numberOf(a), b.signal, numberOf(b)); });
    return out;
}

std::vector<ForwardSample> OutcomeTracker::samples() const
{
    std::vector<ForwardSample> out;
    for (const auto &entry : m_symbols)
        out.insert(out.end(), entry.second->samples.begin(), entry.second->samples.end());
    std::sort(out.begin(), out.end(), [](const ForwardSample &a, const ForwardSample &b) {
        return std::tie(a.timeMs, a.symbol, a.signalNumber) < std::tie(b.timeMs, b.symbol, b.signalNumber);
    });
    return out;
}

std::vector<Outcome> OutcomeTracker::takeChanged()
{
    std::vector<Outcome> out;
    for (auto &entry : m_symbols) {
        SymbolState &s = *entry.second;
        for (const size_t i : s.changedList) {
            out.push_back(s.outcomes[i]);
            s.changed[i] = 0;
        }
        s.changedList.clear();
    }
    std::sort(out.begin(), out.end(),
              [](const Outcome &a, const Outcome &b) { return ordered(a.signal, numberOf(a), b.signal, numberOf(b)); });
    return out;
}

void OutcomeTracker::forgetResolvedBefore(std::int64_t timeMs)
{
    for (auto &entry : m_symbols) {
        SymbolState &s = *entry.second;
        // Samples: a resolved prefix.
        size_t samples = 0;
        const size_t resolved = *std::min_element(s.firstUnresolved.begin(), s.firstUnresolved.end());
        while (samples < resolved && s.samples[samples].timeMs < timeMs)
            ++samples;
        if (samples > 0) {
            s.samples.erase(s.samples.begin(), s.samples.begin() + static_cast<std::ptrdiff_t>(samples));
            for (size_t &f : s.firstUnresolved)
                f -= samples;
        }
        // Outcomes: a prefix that is done, resolved and not waiting to be taken.
        size_t drop = 0;
        while (drop < s.outcomes.size()) {
            const Outcome &o = s.outcomes[drop];
            const std::int64_t longest = *std::max_element(m_settings.forwardMs.begin(), m_settings.forwardMs.end());
            const bool waitingForward = o.signal.timeMs + longest >= s.lastPriceMs;
            if (o.active() || o.signal.timeMs >= timeMs || s.changed[drop] || waitingForward)
                break;
            ++drop;
        }
        if (drop == 0)
            continue;
        s.outcomes.erase(s.outcomes.begin(), s.outcomes.begin() + static_cast<std::ptrdiff_t>(drop));
        s.changed.erase(s.changed.begin(), s.changed.begin() + static_cast<std::ptrdiff_t>(drop));
        s.forgottenOutcomes += static_cast<int>(drop);
        for (size_t &i : s.active)
            i -= drop;
    }
}

} // namespace virtuoso::outcomes
