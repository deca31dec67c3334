#include "model/outcomes/OutcomeTypes.h"

#include "base/JsonText.h"

namespace virtuoso::outcomes {

namespace json = confluence::json;

const char *statusName(OutcomeStatus s)
{
    switch (s) {
    case OutcomeStatus::Pending:
        return "pending";
    case OutcomeStatus::Open:
        return "open";
    case OutcomeStatus::Closed:
        return "closed";
    case OutcomeStatus::NoPlan:
        return "no_plan";
    }
    return "?";
}

const char *exitReasonName(ExitReason r)
{
    switch (r) {
    case ExitReason::None:
        return "";
    case ExitReason::Stop:
        return "stop";
    case ExitReason::Target:
        return "target";
    case ExitReason::Horizon:
        return "horizon";
    case ExitReason::Opposite:
        return "opposite";
    }
    return "?";
}

const char *regimeName(Regime r)
{
    switch (r) {
    case Regime::Unknown:
        return "unknown";
    case Regime::Trend:
        return "trend";
    case Regime::Range:
        return "range";
    }
    return "?";
}

std::string horizonLabel(std::int64_t ms)
{
    if (ms % 3'600'000 == 0)
        return std::to_string(ms / 3'600'000) + "h";
    if (ms % 60'000 == 0)
        return std::to_string(ms / 60'000) + "m";
    if (ms % 1000 == 0)
        return std::to_string(ms / 1000) + "s";
    return std::to_string(ms) + "ms";
}

std::string SignalContext::dominantName() const
{
    return dominant < 0 ? std::string("none")
                        : std::string(confluence::componentName(static_cast<confluence::ComponentId>(dominant)));
}

std::string SignalContext::agreementLabel() const
{
    return std::to_string(timeframesAgreeing) + "/" + std::to_string(timeframesScored);
}

namespace {

void number(std::string &out, const char *key, double v, bool &first)
{
    json::appendKey(out, key, first);
    json::appendNumber(out, v);
}

void integer(std::string &out, const char *key, long long v, bool &first)
{
    json::appendKey(out, key, first);
    json::appendInteger(out, v);
}

void text(std::string &out, const char *key, std::string_view v, bool &first)
{
    json::appendKey(out, key, first);
    json::appendString(out, v);
}

// [r1, r2, r3] in the order of OutcomeSettings::forwardMs; null until resolved.
void forwardArray(std::string &out, const std::array<double, 3> &returns)
{
    out += '[';
    for (size_t i = 0; i < returns.size(); ++i) {
        if (i)
            out += ',';
        json::appendNumber(out, returns[i]);
    }
    out += ']';
}

} // namespace

std::string Outcome::toJson() const
{
    std::string out = "{";
    bool first = true;
    text(out, "id", id, first);
    text(out, "symbol", signal.symbol, first);
    integer(out, "signal_ms", signal.timeMs, first);
    text(out, "direction", confluence::directionName(signal.direction), first);
    number(out, "score", signal.score, first);
    number(out, "reliability", signal.reliability, first);
    text(out, "dominant", signal.dominantName(), first);
    text(out, "agreement", signal.agreementLabel(), first);
    text(out, "regime", regimeName(signal.regime), first);
    number(out, "adx", signal.adx, first);
    number(out, "reference_price", signal.referencePrice, first);
    number(out, "atr", signal.atr, first);
    number(out, "swing_low", signal.swingLow, first);
    number(out, "swing_high", signal.swingHigh, first);
    text(out, "status", statusName(status), first);
    if (status == OutcomeStatus::NoPlan)
        text(out, "why", plan.why, first);
    if (plan.valid) {
        json::appendKey(out, "plan", first);
        out += '{';
        bool f = true;
        number(out, "entry", plan.entry, f);
        number(out, "stop", plan.stop, f);
        number(out, "risk", plan.risk, f);
        text(out, "stop_basis", plan.stopBasis, f);
        json::appendKey(out, "targets", f);
        out += '[';
        for (size_t i = 0; i < plan.targets.size(); ++i) {
            if (i)
                out += ',';
            json::appendNumber(out, plan.targets[i]);
        }
        out += "]}";
    }
    integer(out, "entry_ms", entryTimeMs, first);
    integer(out, "exit_ms", exitTimeMs, first);
    number(out, "exit_price", exitPrice, first);
    text(out, "exit_reason", exitReasonName(exitReason), first);
    number(out, "gross_r", grossR, first);
    number(out, "cost_r", costR, first);
    number(out, "net_r", netR, first);
    number(out, "mfe_r", mfeR, first);
    number(out, "mae_r", maeR, first);
    json::appendKey(out, "time_to_target_ms", first);
    out += '[';
    for (size_t i = 0; i < timeToTargetMs.size(); ++i) {
        if (i)
            out += ',';
        if (timeToTargetMs[i] < 0)
            out += "null";
        else
            json::appendInteger(out, timeToTargetMs[i]);
    }
    out += ']';
    json::appendKey(out, "forward_return", first);
    forwardArray(out, forwardReturn);
    if (exitPending)
        text(out, "exit_pending", "opposite", first);
    out += '}';
    return out;
}

std::string ForwardSample::toJson() const
{
    std::string out = "{";
    bool first = true;
    text(out, "symbol", symbol, first);
    integer(out, "time_ms", timeMs, first);
    number(out, "score", score, first);
    json::appendKey(out, "signal", first);
    out += signal ? "true" : "false";
    text(out, "direction", confluence::directionName(direction), first);
    number(out, "reference_price", referencePrice, first);
    json::appendKey(out, "forward_return", first);
    forwardArray(out, forwardReturn);
    out += '}';
    return out;
}

} // namespace virtuoso::outcomes
