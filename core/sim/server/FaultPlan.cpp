#include "sim/server/FaultPlan.h"

#include <QFile>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace virtuoso::sim {

namespace {

struct KindName
{
    FaultKind kind;
    const char *name;
};

constexpr std::array<KindName, 15> kKinds = {{
    {FaultKind::Drop, "drop"},
    {FaultKind::Stall, "stall"},
    {FaultKind::NoPong, "no_pong"},
    {FaultKind::SlowTime, "slow_time"},
    {FaultKind::RateLimit, "rate_limit"},
    {FaultKind::Ban, "ban"},
    {FaultKind::Http5xx, "http_5xx"},
    {FaultKind::Malformed, "malformed"},
    {FaultKind::UGap, "u_gap"},
    {FaultKind::Restart, "restart"},
    {FaultKind::SlowSend, "slow_send"},
    {FaultKind::AckLost, "ack_lost"},
    {FaultKind::PrivateDrop, "private_drop"},
    {FaultKind::ExecDelay, "exec_delay"},
    {FaultKind::ClockSkew, "clock_skew"},
}};

qint64 defaultDurationMs(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Stall:
        return 10'000;
    case FaultKind::NoPong:
        return 60'000;
    case FaultKind::SlowTime:
        return 30'000;
    case FaultKind::RateLimit:
        return 5'000;
    case FaultKind::Ban:
        return 600'000; // Bybit bans an IP for at least ten minutes
    case FaultKind::Http5xx:
        return 10'000;
    case FaultKind::SlowSend:
        return 30'000;
    case FaultKind::ExecDelay:
        return 30'000;
    default:
        return 0;
    }
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

std::optional<bool> boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString s = value.toString().toLower();
        if (s == u"true" || s == u"yes" || s == u"1")
            return true;
        if (s == u"false" || s == u"no" || s == u"0")
            return false;
    }
    return std::nullopt;
}

// "12", "12s", "1.5s", "500ms", "2m"
std::optional<qint64> parseOffset(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s|m)?$"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    double ms = value * 1000.0;
    if (unit == u"ms")
        ms = value;
    else if (unit == u"m")
        ms = value * 60'000.0;
    if (ms > 1e12)
        return std::nullopt;
    return static_cast<qint64>(std::llround(ms));
}

} // namespace

const char *faultKindName(FaultKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return k.name;
    }
    return "unknown";
}

std::optional<FaultKind> parseFaultKind(const QString &name)
{
    for (const auto &k : kKinds) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

bool faultHasWindow(FaultKind kind)
{
    return defaultDurationMs(kind) > 0;
}

QJsonObject Fault::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), QString::fromLatin1(faultKindName(kind))}, {QStringLiteral("conn"), conn}};
    if (faultHasWindow(kind))
        o.insert(QStringLiteral("seconds"), static_cast<double>(durationMs) / 1000.0);
    switch (kind) {
    case FaultKind::SlowTime:
        o.insert(QStringLiteral("delay_ms"), static_cast<double>(delayMs));
        break;
    case FaultKind::RateLimit:
        o.insert(QStringLiteral("headers"), resetHeaders);
        break;
    case FaultKind::Http5xx:
        o.insert(QStringLiteral("status"), status);
        break;
    case FaultKind::Malformed:
        o.insert(QStringLiteral("count"), count);
        o.insert(QStringLiteral("variant"), variant);
        break;
    case FaultKind::UGap:
        o.insert(QStringLiteral("count"), count);
        break;
    case FaultKind::SlowSend:
        o.insert(QStringLiteral("bytes_per_second"), static_cast<double>(bytesPerSecond));
        break;
    case FaultKind::AckLost:
        o.insert(QStringLiteral("count"), count);
        o.insert(QStringLiteral("account"), account);
        break;
    case FaultKind::PrivateDrop:
        o.insert(QStringLiteral("account"), account);
        o.insert(QStringLiteral("on"), trigger);
        break;
    case FaultKind::ExecDelay:
        o.insert(QStringLiteral("delay_ms"), static_cast<double>(delayMs));
        o.insert(QStringLiteral("account"), account);
        break;
    case FaultKind::ClockSkew:
        o.insert(QStringLiteral("skew_ms"), static_cast<double>(skewMs));
        break;
    default:
        break;
    }
    return o;
}

std::optional<Fault> faultFromJson(const QJsonObject &object, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Fault> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString kindName = object.value(QStringLiteral("kind")).toString();
    const auto kind = parseFaultKind(kindName);
    if (!kind) {
        QStringList names;
        for (const auto &k : kKinds)
            names << QString::fromLatin1(k.name);
        return fail(
            QStringLiteral("unknown fault kind '%1'; one of: %2").arg(kindName, names.join(QStringLiteral(", "))));
    }
    Fault fault;
    fault.kind = *kind;
    fault.durationMs = defaultDurationMs(*kind);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == u"kind") {
            continue;
        } else if (key == u"conn") {
            if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 128)
                return fail(QStringLiteral("conn must be \"all\" or a conn_id"));
            fault.conn = value.toString();
        } else if (key == u"seconds") {
            const auto s = number(value);
            if (!s || *s < 0 || *s > 86'400)
                return fail(QStringLiteral("seconds must be a number from 0 to 86400"));
            fault.durationMs = static_cast<qint64>(std::llround(*s * 1000.0));
        } else if (key == u"delay_ms") {
            const auto d = number(value);
            if (!d || *d < 0 || *d > 600'000)
                return fail(QStringLiteral("delay_ms must be a number from 0 to 600000"));
            fault.delayMs = static_cast<qint64>(*d);
        } else if (key == u"headers") {
            const auto b = boolean(value);
            if (!b)
                return fail(QStringLiteral("headers must be true or false"));
            fault.resetHeaders = *b;
        } else if (key == u"status") {
            const auto s = number(value);
            if (!s || *s < 500 || *s > 599)
                return fail(QStringLiteral("status must be an HTTP 5xx code"));
            fault.status = static_cast<int>(*s);
        } else if (key == u"count") {
            const auto c = number(value);
            if (!c || *c < 1 || *c > 10'000)
                return fail(QStringLiteral("count must be from 1 to 10000"));
            fault.count = static_cast<int>(*c);
        } else if (key == u"variant") {
            const QString v = value.toString();
            if (v != u"truncated" && v != u"not_json" && v != u"binary")
                return fail(QStringLiteral("variant must be truncated, not_json or binary"));
            fault.variant = v;
        } else if (key == u"bytes_per_second") {
            const auto b = number(value);
            if (!b || *b < 1 || *b > 1e9)
                return fail(QStringLiteral("bytes_per_second must be from 1 to 1000000000"));
            fault.bytesPerSecond = static_cast<qint64>(*b);
        } else if (key == u"account") {
            if (!value.isString() || value.toString().isEmpty() || value.toString().size() > 64)
                return fail(QStringLiteral("account must be \"all\" or an API key"));
            fault.account = value.toString();
        } else if (key == u"on") {
            const QString v = value.toString();
            if (v != u"now" && v != u"partial_fill" && v != u"fill")
                return fail(QStringLiteral("on must be now, partial_fill or fill"));
            fault.trigger = v;
        } else if (key == u"skew_ms") {
            const auto d = number(value);
            if (!d || *d < -86'400'000 || *d > 86'400'000)
                return fail(QStringLiteral("skew_ms must be a number from -86400000 to 86400000"));
            fault.skewMs = static_cast<qint64>(*d);
        } else {
            return fail(QStringLiteral("unknown field '%1' for fault %2").arg(key, kindName));
        }
    }
    return fault;
}

FaultScript parseFaultScript(const QString &text)
{
    FaultScript script;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList words = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        auto fail = [&](const QString &why) {
            script.faults.clear();
            script.error = QStringLiteral("line %1: %2").arg(i + 1).arg(why);
            return script;
        };
        if (words.size() < 2)
            return fail(QStringLiteral("expected '<offset> <kind> [key=value ...]'"));
        const auto offset = parseOffset(words.at(0));
        if (!offset)
            return fail(QStringLiteral("bad time offset '%1' (use e.g. 30, 30s, 500ms, 2m)").arg(words.at(0)));
        QJsonObject object{{QStringLiteral("kind"), words.at(1)}};
        for (int w = 2; w < words.size(); ++w) {
            const qsizetype eq = words.at(w).indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(QStringLiteral("expected key=value, got '%1'").arg(words.at(w)));
            object.insert(words.at(w).left(eq), words.at(w).mid(eq + 1));
        }
        QString error;
        auto fault = faultFromJson(object, &error);
        if (!fault)
            return fail(error);
        fault->atOffsetMs = *offset;
        script.faults.push_back(*fault);
    }
    std::stable_sort(script.faults.begin(), script.faults.end(),
                     [](const Fault &a, const Fault &b) { return a.atOffsetMs < b.atOffsetMs; });
    return script;
}

FaultScript loadFaultScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        FaultScript script;
        script.error = QStringLiteral("cannot read fault script %1: %2").arg(path, file.errorString());
        return script;
    }
    if (file.size() > 4 * 1024 * 1024) {
        FaultScript script;
        script.error = QStringLiteral("fault script %1 is larger than 4 MiB").arg(path);
        return script;
    }
    FaultScript script = parseFaultScript(QString::fromUtf8(file.readAll()));
    if (!script.ok())
        script.error = QStringLiteral("%1: %2").arg(path, script.error);
    return script;
}

} // namespace virtuoso::sim
