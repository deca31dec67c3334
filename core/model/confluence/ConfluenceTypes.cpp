#include "model/confluence/ConfluenceTypes.h"

#include "base/JsonText.h"

namespace virtuoso::confluence {

const char *componentName(ComponentId id)
{
    switch (id) {
    case ComponentId::Orderflow:
        return "orderflow";
    case ComponentId::Orderbook:
        return "orderbook";
    case ComponentId::Volume:
        return "volume";
    case ComponentId::PriceStructure:
        return "price_structure";
    case ComponentId::Technical:
        return "technical";
    case ComponentId::Sentiment:
        return "sentiment";
    }
    return "?";
}

const char *timeframeName(Timeframe tf)
{
    switch (tf) {
    case Timeframe::M1:
        return "1m";
    case Timeframe::M5:
        return "5m";
    case Timeframe::M30:
        return "30m";
    case Timeframe::H4:
        return "4h";
    }
    return "?";
}

const char *sufficiencyName(Sufficiency s)
{
    switch (s) {
    case Sufficiency::Ready:
        return "ready";
    case Sufficiency::Warming:
        return "warming";
    case Sufficiency::Unavailable:
        return "unavailable";
    }
    return "?";
}

const char *directionName(Direction d)
{
    switch (d) {
    case Direction::Long:
        return "long";
    case Direction::Short:
        return "short";
    case Direction::Neutral:
        return "neutral";
    }
    return "?";
}

void SubIndicatorReading::setReady(double v, double s, std::initializer_list<ScoreInput> in)
{
    state = Sufficiency::Ready;
    value = v;
    score = std::isfinite(s) ? std::min(100.0, std::max(0.0, s)) : 50.0;
    have = need = 0;
    why = nullptr;
    inputCount = 0;
    for (const ScoreInput &i : in) {
        if (inputCount < static_cast<int>(inputs.size()))
            inputs[static_cast<size_t>(inputCount++)] = i;
    }
}

void SubIndicatorReading::setWarming(int haveNow, int needed)
{
    state = Sufficiency::Warming;
    have = haveNow;
    need = needed;
    why = nullptr;
    value = score = NAN;
    inputCount = 0;
}

void SubIndicatorReading::setUnavailable(const char *reason)
{
    state = Sufficiency::Unavailable;
    have = need = 0;
    why = reason;
    value = score = NAN;
    inputCount = 0;
}

SubIndicatorReading &ComponentReading::add(const char *name)
{
    SubIndicatorReading &sub = subs[static_cast<size_t>(count++)];
    sub = SubIndicatorReading{};
    sub.name = name;
    return sub;
}

void ComponentReading::finish()
{
    double sum = 0;
    ready = 0;
    for (int i = 0; i < count; ++i) {
        if (subs[static_cast<size_t>(i)].state == Sufficiency::Ready) {
            sum += subs[static_cast<size_t>(i)].score;
            ++ready;
        }
    }
    score = ready > 0 ? sum / ready : NAN;
}

namespace {

void appendSub(std::string &out, const SubIndicatorReading &sub)
{
    out += '{';
    bool first = true;
    json::appendKey(out, "name", first);
    json::appendString(out, sub.name);
    json::appendKey(out, "state", first);
    json::appendString(out, sufficiencyName(sub.state));
    if (sub.state == Sufficiency::Warming) {
        json::appendKey(out, "have", first);
        json::appendInteger(out, sub.have);
        json::appendKey(out, "need", first);
        json::appendInteger(out, sub.need);
    } else if (sub.state == Sufficiency::Unavailable) {
        json::appendKey(out, "why", first);
        json::appendString(out, sub.why ? sub.why : "");
    } else {
        json::appendKey(out, "value", first);
        json::appendNumber(out, sub.value);
        json::appendKey(out, "score", first);
        json::appendNumber(out, sub.score);
        json::appendKey(out, "inputs", first);
        out += '{';
        bool firstInput = true;
        for (int i = 0; i < sub.inputCount; ++i) {
            json::appendKey(out, sub.inputs[static_cast<size_t>(i)].name, firstInput);
            json::appendNumber(out, sub.inputs[static_cast<size_t>(i)].value);
        }
        out += '}';
    }
    out += '}';
}

void appendReading(std::string &out, const ComponentReading &reading)
{
    out += '{';
    bool first = true;
    json::appendKey(out, "score", first);
    json::appendNumber(out, reading.score);
    json::appendKey(out, "sub_indicators", first);
    out += '[';
    for (int i = 0; i < reading.count; ++i) {
        if (i)
            out += ',';
        appendSub(out, reading.subs[static_cast<size_t>(i)]);
    }
    out += "]}";
}

} // namespace

std::string ConfluenceSignal::toJson() const
{
    std::string out;
    out.reserve(16384);
    out += '{';
    bool first = true;
    json::appendKey(out, "symbol", first);
    json::appendString(out, symbol);
    json::appendKey(out, "ts", first);
    json::appendInteger(out, timestampMs);
    json::appendKey(out, "seq", first);
    json::appendInteger(out, static_cast<long long>(sequence));
    json::appendKey(out, "score", first);
    json::appendNumber(out, score);
    json::appendKey(out, "direction", first);
    json::appendString(out, directionName(direction));
    json::appendKey(out, "reliability", first);
    json::appendNumber(out, reliability);
    json::appendKey(out, "coverage", first);
    json::appendNumber(out, coverage);
    json::appendKey(out, "agreement", first);
    json::appendNumber(out, agreement);
    json::appendKey(out, "mixed_signals", first);
    out += mixedSignals() ? "true" : "false";
    json::appendKey(out, "conflicts", first);
    out += '[';
    for (int i = 0; i < conflictCount; ++i) {
        const SignalConflict &c = conflicts[static_cast<size_t>(i)];
        if (i)
            out += ',';
        out += '{';
        bool f = true;
        json::appendKey(out, "component", f);
        json::appendString(out, componentName(c.component));
        json::appendKey(out, "high", f);
        json::appendString(out, c.high);
        json::appendKey(out, "high_score", f);
        json::appendNumber(out, c.highScore);
        json::appendKey(out, "low", f);
        json::appendString(out, c.low);
        json::appendKey(out, "low_score", f);
        json::appendNumber(out, c.lowScore);
        out += '}';
    }
    out += ']';
    json::appendKey(out, "components", first);
    out += '{';
    bool firstComponent = true;
    for (const ComponentSummary &c : components) {
        json::appendKey(out, componentName(c.id), firstComponent);
        out += '{';
        bool f = true;
        json::appendKey(out, "weight", f);
        json::appendNumber(out, c.weight);
        json::appendKey(out, "score", f);
        json::appendNumber(out, c.score);
        json::appendKey(out, "coverage", f);
        json::appendNumber(out, c.coverage);
        if (c.perTimeframe) {
            json::appendKey(out, "timeframes", f);
            out += '{';
            bool ft = true;
            for (int t = 0; t < kTimeframeCount; ++t) {
                json::appendKey(out, timeframeName(static_cast<Timeframe>(t)), ft);
                appendReading(out, c.timeframes[static_cast<size_t>(t)]);
            }
            out += '}';
        } else {
            json::appendKey(out, "live", f);
            appendReading(out, c.timeframes[0]);
        }
        out += '}';
    }
    out += "}}";
    return out;
}

} // namespace virtuoso::confluence
