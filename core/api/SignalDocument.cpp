// The confluence signal as the stream and the workstation read it, and its patch between two signals.
#include "api/DocumentFields.h"
#include "base/JsonMergePatch.h"

namespace virtuoso::api::snapshot_document {

using namespace detail;

namespace {

// The signal's JSON is written here member by member, the same document ConfluenceSignal::toJson()
// writes (a test compares them) plus what the workstation's breakdown draws, without a text round
// trip: the stream builds hundreds of these per tick.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject subIndicator(const confluence::SubIndicatorReading &sub)
{
    QJsonObject o{{QStringLiteral("name"), QLatin1String(sub.name)},
                  {QStringLiteral("state"), QLatin1String(confluence::sufficiencyName(sub.state))}};
    if (sub.state == confluence::Sufficiency::Warming) {
        o.insert(QStringLiteral("have"), sub.have);
        o.insert(QStringLiteral("need"), sub.need);
    } else if (sub.state == confluence::Sufficiency::Unavailable) {
        o.insert(QStringLiteral("why"), QLatin1String(sub.why ? sub.why : ""));
    } else {
        o.insert(QStringLiteral("value"), number(sub.value));
        o.insert(QStringLiteral("score"), number(sub.score));
        QJsonObject inputs;
        for (int i = 0; i < sub.inputCount; ++i)
            inputs.insert(QLatin1String(sub.inputs[size_t(i)].name), number(sub.inputs[size_t(i)].value));
        o.insert(QStringLiteral("inputs"), inputs);
    }
    return o;
}

QJsonArray subIndicators(const confluence::ComponentReading &r);

QJsonObject reading(const confluence::ComponentReading &r)
{
    return QJsonObject{{QStringLiteral("score"), number(r.score)},
                       {QStringLiteral("sub_indicators"), subIndicators(r)}};
}

QJsonObject component(const confluence::ComponentSummary &c)
{
    QJsonObject o{{QStringLiteral("weight"), number(c.weight)},
                  {QStringLiteral("score"), number(c.score)},
                  {QStringLiteral("coverage"), number(c.coverage)}};
    if (c.perTimeframe) {
        QJsonObject timeframes;
        for (int t = 0; t < confluence::kTimeframeCount; ++t)
            timeframes.insert(QLatin1String(confluence::timeframeName(static_cast<confluence::Timeframe>(t))),
                              reading(c.timeframes[size_t(t)]));
        o.insert(QStringLiteral("timeframes"), timeframes);
    } else {
        o.insert(QStringLiteral("live"), reading(c.timeframes[0]));
    }
    QJsonArray blended;
    for (double v : c.blended)
        blended.append(number(v));
    QJsonArray ready;
    for (bool r : c.timeframeReady)
        ready.append(r);
    o.insert(QStringLiteral("blended"), blended);
    o.insert(QStringLiteral("timeframe_ready"), ready);
    return o;
}

// Everything of a signal but its components.
QJsonObject signalHead(const confluence::ConfluenceSignal &s)
{
    QJsonArray conflicts;
    for (int i = 0; i < s.conflictCount; ++i) {
        const confluence::SignalConflict &c = s.conflicts[size_t(i)];
        conflicts.append(
            QJsonObject{{QStringLiteral("component"), QLatin1String(confluence::componentName(c.component))},
                        {QStringLiteral("high"), QLatin1String(c.high)},
                        {QStringLiteral("high_score"), number(c.highScore)},
                        {QStringLiteral("low"), QLatin1String(c.low)},
                        {QStringLiteral("low_score"), number(c.lowScore)}});
    }
    return QJsonObject{{QStringLiteral("symbol"), QString::fromStdString(s.symbol)},
                       {QStringLiteral("ts"), static_cast<qint64>(s.timestampMs)},
                       {QStringLiteral("seq"), static_cast<qint64>(s.sequence)},
                       {QStringLiteral("score"), number(s.score)},
                       {QStringLiteral("direction"), QLatin1String(confluence::directionName(s.direction))},
                       {QStringLiteral("reliability"), number(s.reliability)},
                       {QStringLiteral("coverage"), number(s.coverage)},
                       {QStringLiteral("agreement"), number(s.agreement)},
                       {QStringLiteral("mixed_signals"), s.mixedSignals()},
                       {QStringLiteral("conflicts"), conflicts},
                       {QStringLiteral("ready"), s.ready}};
}

bool sameSub(const confluence::SubIndicatorReading &a, const confluence::SubIndicatorReading &b)
{
    if (a.name != b.name || a.state != b.state || a.have != b.have || a.need != b.need || a.why != b.why ||
        !same(a.value, b.value) || !same(a.score, b.score) || a.inputCount != b.inputCount)
        return false;
    for (int i = 0; i < a.inputCount; ++i) {
        if (a.inputs[size_t(i)].name != b.inputs[size_t(i)].name ||
            !same(a.inputs[size_t(i)].value, b.inputs[size_t(i)].value))
            return false;
    }
    return true;
}

bool sameReading(const confluence::ComponentReading &a, const confluence::ComponentReading &b)
{
    if (a.count != b.count || !same(a.score, b.score))
        return false;
    for (int i = 0; i < a.count; ++i) {
        if (!sameSub(a.subs[size_t(i)], b.subs[size_t(i)]))
            return false;
    }
    return true;
}

bool sameComponent(const confluence::ComponentSummary &a, const confluence::ComponentSummary &b)
{
    if (a.id != b.id || !same(a.weight, b.weight) || a.perTimeframe != b.perTimeframe ||
        a.timeframeReady != b.timeframeReady || !same(a.score, b.score) || !same(a.coverage, b.coverage))
        return false;
    for (size_t i = 0; i < a.blended.size(); ++i) {
        if (!same(a.blended[i], b.blended[i]))
            return false;
    }
    for (int t = 0; t < (a.perTimeframe ? confluence::kTimeframeCount : 1); ++t) {
        if (!sameReading(a.timeframes[size_t(t)], b.timeframes[size_t(t)]))
            return false;
    }
    return true;
}

QJsonArray subIndicators(const confluence::ComponentReading &r)
{
    QJsonArray subs;
    for (int i = 0; i < r.count; ++i)
        subs.append(subIndicator(r.subs[size_t(i)]));
    return subs;
}

// merge_patch::diff(component(a), component(b)): arrays are replaced whole, so a timeframe's
// sub-indicators are written only when one of them changed.
QJsonObject componentPatchOf(const confluence::ComponentSummary &a, const confluence::ComponentSummary &b)
{
    QJsonObject patch;
    const auto scalar = [&](const char *key, double from, double to) {
        if (!same(from, to) && number(from) != number(to))
            patch.insert(QLatin1String(key), number(to));
    };
    scalar("weight", a.weight, b.weight);
    scalar("score", a.score, b.score);
    scalar("coverage", a.coverage, b.coverage);
    const auto readingPatch = [](const confluence::ComponentReading &x, const confluence::ComponentReading &y) {
        QJsonObject p;
        if (!same(x.score, y.score) && number(x.score) != number(y.score))
            p.insert(QStringLiteral("score"), number(y.score));
        bool subsSame = x.count == y.count;
        for (int i = 0; subsSame && i < y.count; ++i)
            subsSame = sameSub(x.subs[size_t(i)], y.subs[size_t(i)]);
        if (!subsSame) {
            const QJsonArray subs = subIndicators(y);
            if (subs != subIndicators(x))
                p.insert(QStringLiteral("sub_indicators"), subs);
        }
        return p;
    };
    if (a.perTimeframe != b.perTimeframe)
        return merge_patch::diff(component(a), component(b));
    if (b.perTimeframe) {
        QJsonObject timeframes;
        for (int t = 0; t < confluence::kTimeframeCount; ++t) {
            const QJsonObject p = readingPatch(a.timeframes[size_t(t)], b.timeframes[size_t(t)]);
            if (!p.isEmpty())
                timeframes.insert(QLatin1String(confluence::timeframeName(static_cast<confluence::Timeframe>(t))), p);
        }
        if (!timeframes.isEmpty())
            patch.insert(QStringLiteral("timeframes"), timeframes);
    } else {
        const QJsonObject p = readingPatch(a.timeframes[0], b.timeframes[0]);
        if (!p.isEmpty())
            patch.insert(QStringLiteral("live"), p);
    }
    bool blendedSame = true;
    for (size_t i = 0; i < b.blended.size(); ++i)
        blendedSame = blendedSame && number(a.blended[i]) == number(b.blended[i]);
    if (!blendedSame) {
        QJsonArray blended;
        for (double v : b.blended)
            blended.append(number(v));
        patch.insert(QStringLiteral("blended"), blended);
    }
    if (a.timeframeReady != b.timeframeReady) {
        QJsonArray ready;
        for (bool r : b.timeframeReady)
            ready.append(r);
        patch.insert(QStringLiteral("timeframe_ready"), ready);
    }
    return patch;
}

} // namespace

QJsonObject detail::signalPatch(const confluence::ConfluenceSignal &from, const confluence::ConfluenceSignal &to)
{
    QJsonObject patch = merge_patch::diff(signalHead(from), signalHead(to));
    QJsonObject components;
    for (size_t i = 0; i < to.components.size(); ++i) {
        const confluence::ComponentSummary &a = from.components[i];
        const confluence::ComponentSummary &b = to.components[i];
        if (a.id != b.id) // never in practice: the components are in a fixed order
            return merge_patch::diff(signal(from), signal(to));
        if (sameComponent(a, b))
            continue;
        const QJsonObject componentPatch = componentPatchOf(a, b);
        if (!componentPatch.isEmpty())
            components.insert(QLatin1String(confluence::componentName(b.id)), componentPatch);
    }
    if (!components.isEmpty())
        patch.insert(QStringLiteral("components"), components);
    return patch;
}

QJsonObject signal(const confluence::ConfluenceSignal &s)
{
    QJsonObject out = signalHead(s);
    QJsonObject components;
    for (const confluence::ComponentSummary &c : s.components)
        components.insert(QLatin1String(confluence::componentName(c.id)), component(c));
    out.insert(QStringLiteral("components"), components);
    return out;
}

} // namespace virtuoso::api::snapshot_document
