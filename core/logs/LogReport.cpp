#include "logs/LogReport.h"

#include "logs/TemplateMiner.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

namespace virtuoso::logs {

namespace {

constexpr std::int64_t UsPerHour = 3'600'000'000LL;

QString hourText(std::int64_t hour)
{
    return formatTimestamp(hour * UsPerHour).left(13) + QStringLiteral(":00Z");
}

QString number(std::int64_t n)
{
    return QLocale::c().toString(static_cast<qlonglong>(n)).replace(QLatin1Char(','), QLatin1Char(','));
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', share < 0.01 ? 2 : 1) + QLatin1Char('%');
}

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *n : needles)
        if (text.contains(QLatin1String(n), Qt::CaseInsensitive))
            return true;
    return false;
}

// Codes this product raises about data it has not got yet or got thin: expected while warming up,
// not a fault. Matching text covers the service the product replaced.
bool isDataQuality(const QString &text, const QStringList &codes)
{
    static const QSet<QString> dataCodes = {
        QStringLiteral("DATA_SUFFICIENCY"),    QStringLiteral("TRADES_INSUFFICIENT"),
        QStringLiteral("KLINES_INSUFFICIENT"), QStringLiteral("BOOK_SHALLOW"),
        QStringLiteral("BOOK_RESYNC"),         QStringLiteral("TOPIC_RESYNC"),
        QStringLiteral("INSTRUMENT_SKIPPED")};
    for (const QString &c : codes)
        if (dataCodes.contains(c))
            return true;
    return containsAny(text, {"Insufficient trade history", "Insufficient kline", "Insufficient data",
                              "Shallow orderbook", "Shallow order book", "warming up", "DATA_SUFFICIENCY",
                              "TRADES_INSUFFICIENT", "Not enough data"});
}

struct Ids
{
    QStringList connections, symbols, hosts, paths;
};

void addUnique(QStringList &list, const QString &v)
{
    if (!v.isEmpty() && !list.contains(v) && list.size() < 50)
        list << v;
}

// Connection ids, symbols, hosts and API paths among a template's words and variable values. Each
// expression runs only on a token that holds what it needs to match (a template has up to 32
// values a variable, and most are numbers), which keeps the report's cost off the analysis.
void collectIds(const QString &token, Ids &ids)
{
    thread_local const QRegularExpression conn(QStringLiteral(R"(\b(conn[_-]?\d+)\b)"));
    thread_local const QRegularExpression symbol(QStringLiteral(R"(^[A-Z0-9]{2,16}(USDT|USDC|USD|PERP)$)"));
    thread_local const QRegularExpression url(
        QStringLiteral(R"(^(?:[a-z]+://)?((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?::\d+)?(/[^\s?#]*)?)"));
    thread_local const QRegularExpression path(QStringLiteral(R"(^(/v\d+/[A-Za-z0-9_/.-]+))"));
    static const QString leading = QStringLiteral("([{'\"<");
    static const QString trailing = QStringLiteral(")]}'\",;:.>");
    QStringView t = token;
    while (!t.isEmpty() && leading.contains(t.front()))
        t = t.mid(1);
    while (!t.isEmpty() && trailing.contains(t.back()))
        t.chop(1);
    if (t.isEmpty() || t.contains(TemplateMiner::wildcard()))
        return;
    if (t.contains(QLatin1String("conn")))
        if (const auto m = conn.match(t); m.hasMatch())
            addUnique(ids.connections, m.captured(1));
    if (t.size() <= 20 &&
        (t.endsWith(QLatin1String("USD")) || t.endsWith(QLatin1String("USDT")) || t.endsWith(QLatin1String("USDC")) ||
         t.endsWith(QLatin1String("PERP"))) &&
        symbol.match(t).hasMatch())
        addUnique(ids.symbols, t.toString());
    // Dotted words are hosts when a scheme says so or they end in a common top-level domain (not
    // "src.core.market", a logger name).
    static const QSet<QString> tlds = {QStringLiteral("com"), QStringLiteral("net"),      QStringLiteral("org"),
                                       QStringLiteral("io"),  QStringLiteral("dev"),      QStringLiteral("cloud"),
                                       QStringLiteral("co"),  QStringLiteral("internal"), QStringLiteral("local"),
                                       QStringLiteral("lan"), QStringLiteral("info"),     QStringLiteral("app")};
    const auto m = t.contains(QLatin1Char('.')) ? url.match(t) : QRegularExpressionMatch();
    const bool host = m.hasMatch() && !t.at(0).isDigit() &&
                      (t.contains(QLatin1String("://")) || tlds.contains(m.captured(1).section(QLatin1Char('.'), -1)));
    if (host) {
        addUnique(ids.hosts, m.captured(1));
        if (!m.captured(2).isEmpty() && m.captured(2) != QLatin1String("/"))
            addUnique(ids.paths, m.captured(2));
    } else if (t.startsWith(QLatin1String("/v"))) {
        if (const auto p = path.match(t); p.hasMatch())
            addUnique(ids.paths, p.captured(1));
    }
}

Ids idsOf(const TemplateStats &t)
{
    Ids ids;
    for (const QString &token : t.text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        collectIds(token, ids);
    for (const TemplateVariable &v : t.variables)
        for (const auto &[value, count] : v.values)
            collectIds(value, ids);
    std::sort(ids.connections.begin(), ids.connections.end(),
              [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
    ids.symbols.sort();
    return ids;
}

// The ids of each template, found once: the error list, the warnings, the verdict and the rules
// all ask for them.
class IdsCache
{
public:
    const Ids &of(const TemplateStats &t)
    {
        auto it = m_ids.find(&t);
        if (it == m_ids.end())
            it = m_ids.emplace(&t, idsOf(t)).first;
        return it->second;
    }

private:
    std::unordered_map<const TemplateStats *, Ids> m_ids;
};

QJsonArray strings(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QJsonObject levelObject(const LevelCounts &c)
{
    QJsonObject o;
    for (int l = 0; l < 8; ++l)
        if (c[static_cast<size_t>(l)])
            o.insert(QLatin1String(levelName(l)), static_cast<qint64>(c[static_cast<size_t>(l)]));
    return o;
}

std::int64_t errorsIn(const LevelCounts &c)
{
    return c[0] + c[1] + c[2] + c[3];
}

QJsonObject templateObject(const TemplateStats &t, std::int64_t totalLines, bool withDetail, IdsCache &idsCache)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), t.id);
    o.insert(QStringLiteral("template"), t.text);
    o.insert(QStringLiteral("level"), QLatin1String(levelName(t.level)));
    o.insert(QStringLiteral("count"), static_cast<qint64>(t.count));
    o.insert(QStringLiteral("share"),
             totalLines ? static_cast<double>(t.count) / static_cast<double>(totalLines) : 0.0);
    o.insert(QStringLiteral("first_seen"), formatTimestamp(t.firstUs));
    o.insert(QStringLiteral("last_seen"), formatTimestamp(t.lastUs));
    o.insert(QStringLiteral("kind"), patternKindName(classifyPattern(t.text, t.codes)));
    if (!withDetail)
        return o;
    o.insert(QStringLiteral("levels"), levelObject(t.byLevel));
    if (!t.units.isEmpty())
        o.insert(QStringLiteral("units"), strings(t.units));
    if (!t.codes.isEmpty())
        o.insert(QStringLiteral("codes"), strings(t.codes));
    QJsonArray hourly;
    for (const auto &[hour, count] : t.hourly)
        hourly.append(QJsonObject{{QStringLiteral("hour"), hourText(hour)},
                                  {QStringLiteral("count"), static_cast<qint64>(count)}});
    o.insert(QStringLiteral("hourly"), hourly);
    QJsonArray examples;
    for (const TemplateExample &e : t.examples)
        examples.append(
            QJsonObject{{QStringLiteral("ts"), formatTimestamp(e.timestampUs)}, {QStringLiteral("text"), e.text}});
    o.insert(QStringLiteral("examples"), examples);
    QJsonArray variables;
    for (const TemplateVariable &v : t.variables) {
        QJsonArray values;
        for (const auto &[value, count] : v.values)
            values.append(
                QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("count"), static_cast<qint64>(count)}});
        variables.append(QJsonObject{{QStringLiteral("position"), v.position},
                                     {QStringLiteral("token"), v.token},
                                     {QStringLiteral("values"), values},
                                     {QStringLiteral("more"), v.more}});
    }
    o.insert(QStringLiteral("variables"), variables);
    const Ids &ids = idsCache.of(t);
    QJsonObject idObject;
    if (!ids.connections.isEmpty())
        idObject.insert(QStringLiteral("connections"), strings(ids.connections));
    if (!ids.symbols.isEmpty())
        idObject.insert(QStringLiteral("symbols"), strings(ids.symbols));
    if (!ids.hosts.isEmpty())
        idObject.insert(QStringLiteral("hosts"), strings(ids.hosts));
    if (!ids.paths.isEmpty())
        idObject.insert(QStringLiteral("paths"), strings(ids.paths));
    o.insert(QStringLiteral("ids"), idObject);
    return o;
}

struct Incident
{
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::map<int, std::int64_t> templates;
    std::int64_t lines = 0;
};

std::vector<Incident> findIncidents(const AnalysisResult &r, int windowSeconds)
{
    std::vector<Incident> out;
    Incident current;
    bool open = false;
    auto close = [&] {
        if (open && current.templates.size() >= 2)
            out.push_back(current);
        current = Incident{};
        open = false;
    };
    for (const auto &e : r.errorSeconds) {
        if (open && e.second - current.end > windowSeconds)
            close();
        if (!open) {
            current.start = e.second;
            open = true;
        }
        current.end = e.second;
        current.templates[e.templateId] += e.count;
        current.lines += e.count;
    }
    close();
    return out;
}

// ---- recommendations: one rule a row ----------------------------------------------------

struct RuleContext
{
    const AnalysisResult &result;
    const ReportOptions &options;
    const std::vector<Incident> &incidents;
    std::vector<PatternKind> kinds; // by template id
    IdsCache *ids = nullptr;
    std::int64_t lines = 0;
    double hours = 1;
};

struct Rule
{
    const char *id;
    std::function<QString(const RuleContext &)> apply; // empty: the rule does not fire
};

QString idsText(const QStringList &l, int max = 6)
{
    QStringList shown = l.mid(0, max);
    if (l.size() > max)
        shown << QStringLiteral("…");
    return shown.join(QStringLiteral(", "));
}

std::int64_t linesOfKind(const RuleContext &c, PatternKind kind, int maxLevel, const TemplateStats **top = nullptr)
{
    std::int64_t n = 0;
    std::int64_t best = 0;
    for (const TemplateStats &t : c.result.templates) {
        if (c.kinds[static_cast<size_t>(t.id)] != kind)
            continue;
        std::int64_t sum = 0;
        for (int l = 0; l <= maxLevel; ++l)
            sum += t.byLevel[static_cast<size_t>(l)];
        n += sum;
        if (top && sum > best) {
            best = sum;
            *top = &t;
        }
    }
    return n;
}

const std::vector<Rule> &rules()
{
    static const std::vector<Rule> table = {
        {"network-path",
         [](const RuleContext &c) -> QString {
             int together = 0;
             QStringList conns;
             QStringList paths;
             for (const Incident &i : c.incidents) {
                 bool handler = false;
                 bool network = false;
                 for (const auto &[id, n] : i.templates) {
                     const PatternKind k = c.kinds[static_cast<size_t>(id)];
                     handler = handler || k == PatternKind::HandlerTimeout;
                     network = network || k == PatternKind::Connectivity || k == PatternKind::ReconnectFailed;
                 }
                 if (!(handler && network))
                     continue;
                 ++together;
                 for (const auto &[id, n] : i.templates) {
                     const Ids &ids = c.ids->of(c.result.templates[static_cast<size_t>(id)]);
                     for (const QString &s : ids.connections)
                         addUnique(conns, s);
                     for (const QString &s : ids.paths)
                         addUnique(paths, s);
                 }
             }
             if (!together)
                 return {};
             return QStringLiteral(
                        "Check the network path: handler timeouts come together with connectivity failures "
                        "in %1 incident(s)%2%3. Test DNS, TCP and TLS to the exchange from this host at those "
                        "times, and whether the process's event loop was blocked (a blocked loop makes both "
                        "fire).")
                 .arg(together)
                 .arg(conns.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(idsText(conns)))
                 .arg(paths.isEmpty() ? QString() : QStringLiteral(", probes to %1").arg(idsText(paths)));
         }},
        {"throttle",
         [](const RuleContext &c) -> QString {
             const std::int64_t n = linesOfKind(c, PatternKind::RateLimit, 7);
             if (!n)
                 return {};
             return QStringLiteral(
                        "Throttle requests: %1 rate-limit replies (10006, 403, 429, \"too many visits\"). "
                        "Share one rate limiter that honours X-Bapi-Limit-Status and backs off on these codes.")
                 .arg(number(n));
         }},
        {"bulk-fetch",
         [](const RuleContext &c) -> QString {
             const std::int64_t n = linesOfKind(c, PatternKind::BulkFetchTimeout, 4);
             if (!n)
                 return {};
             return QStringLiteral(
                        "Give each REST request its own deadline and deliver results as they arrive: %1 bulk "
                        "fetches hit one shared timeout and lost every symbol at once.")
                 .arg(number(n));
         }},
        {"reconnect-storm",
         [](const RuleContext &c) -> QString {
             const std::int64_t n = linesOfKind(c, PatternKind::ReconnectFailed, 4);
             if (n < 10)
                 return {};
             return QStringLiteral("Cap reconnects with exponential backoff and full jitter: %1 failed reconnect "
                                   "attempts.")
                 .arg(number(n));
         }},
        {"warning-flood",
         [](const RuleContext &c) -> QString {
             const TemplateStats *worst = nullptr;
             for (const TemplateStats &t : c.result.templates) {
                 if ((t.level != LevelWarning && t.level != 5) || t.count < c.options.floodMinLines)
                     continue;
                 const double share = c.lines ? static_cast<double>(t.count) / static_cast<double>(c.lines) : 0;
                 const double perHour = static_cast<double>(t.count) / c.hours;
                 if ((share >= c.options.floodShare || perHour >= c.options.floodPerHour) &&
                     (!worst || t.count > worst->count))
                     worst = &t;
             }
             if (!worst)
                 return {};
             return QStringLiteral("Rate-limit the warning \"%1\": %2 lines (%3 of the log, %4 an hour). Log it once "
                                   "per interval with a count, or as a state with entry and exit.")
                 .arg(worst->text, number(worst->count),
                      percent(c.lines ? static_cast<double>(worst->count) / static_cast<double>(c.lines) : 0),
                      QString::number(static_cast<double>(worst->count) / c.hours, 'f', 0));
         }},
        {"priorities",
         [](const RuleContext &c) -> QString {
             if (c.result.textOnlyErrors == 0)
                 return {};
             return QStringLiteral("Log with real priorities: %1 error lines were stored at info priority, so "
                                   "`journalctl -p err` shows none of them.")
                 .arg(number(c.result.textOnlyErrors));
         }},
    };
    return table;
}

} // namespace

PatternKind classifyPattern(const QString &text, const QStringList &codes)
{
    const QString all = text + QLatin1Char(' ') + codes.join(QLatin1Char(' '));
    if (containsAny(all, {"HANDLER_TIMEOUT", "HANDLER_SLOW", "handler timeout", "handler took"}))
        return PatternKind::HandlerTimeout;
    if (containsAny(all, {"10006", "10018", "RATE_LIMITED", "REST_BANNED", "rate limit", "too many visits",
                          "too many requests", " 429"}))
        return PatternKind::RateLimit;
    if (containsAny(all, {"BULK_FETCH_PARTIAL"}) || (all.contains(QLatin1String("timeout"), Qt::CaseInsensitive) &&
                                                     all.contains(QLatin1String("fetch"), Qt::CaseInsensitive)))
        return PatternKind::BulkFetchTimeout;
    if (containsAny(all, {"RECONNECT_FAILED", "failed to reconnect", "reconnect failed", "reconnection failed"}))
        return PatternKind::ReconnectFailed;
    if (containsAny(all, {"connectivity", "connection timeout", "connection refused", "connection reset", "unreachable",
                          "PROBE_FAILED", "CONNECT_TIMEOUT", "name resolution", "could not resolve", "TLS handshake",
                          "timed out connecting"}))
        return PatternKind::Connectivity;
    if (isDataQuality(text, codes))
        return PatternKind::DataQuality;
    return PatternKind::Other;
}

QString patternKindName(PatternKind kind)
{
    switch (kind) {
    case PatternKind::Other:
        return QStringLiteral("other");
    case PatternKind::HandlerTimeout:
        return QStringLiteral("handler-timeout");
    case PatternKind::Connectivity:
        return QStringLiteral("connectivity");
    case PatternKind::RateLimit:
        return QStringLiteral("rate-limit");
    case PatternKind::BulkFetchTimeout:
        return QStringLiteral("bulk-fetch-timeout");
    case PatternKind::ReconnectFailed:
        return QStringLiteral("reconnect-failed");
    case PatternKind::DataQuality:
        return QStringLiteral("data-quality");
    }
    return {};
}

QJsonObject buildLogReport(const AnalysisResult &r, const ReportOptions &options)
{
    const std::int64_t lines = r.analysed;
    const std::int64_t errors = errorsIn(r.byLevel);
    const std::vector<Incident> incidents = findIncidents(r, options.incidentWindowSeconds);

    IdsCache idsCache;
    RuleContext ctx{r, options, incidents, {}, &idsCache, lines, 1};
    for (const TemplateStats &t : r.templates)
        ctx.kinds.push_back(classifyPattern(t.text, t.codes));
    if (r.lastUs > r.firstUs)
        ctx.hours = std::max(1.0, static_cast<double>(r.lastUs - r.firstUs) / static_cast<double>(UsPerHour));

    // Error patterns: most severe first, then most frequent.
    std::vector<const TemplateStats *> errorTemplates;
    std::vector<const TemplateStats *> warningTemplates;
    for (const TemplateStats &t : r.templates) {
        if (t.count == 0)
            continue;
        if (t.level <= LevelError)
            errorTemplates.push_back(&t);
        else if (t.level == LevelWarning)
            warningTemplates.push_back(&t);
    }
    std::sort(errorTemplates.begin(), errorTemplates.end(), [](const TemplateStats *a, const TemplateStats *b) {
        return a->level != b->level ? a->level < b->level
                                    : (a->count != b->count ? a->count > b->count : a->id < b->id);
    });
    std::sort(warningTemplates.begin(), warningTemplates.end(), [](const TemplateStats *a, const TemplateStats *b) {
        return a->count != b->count ? a->count > b->count : a->id < b->id;
    });

    QJsonArray errorArray;
    for (size_t i = 0; i < errorTemplates.size() && static_cast<int>(i) < options.maxErrorPatterns; ++i)
        errorArray.append(templateObject(*errorTemplates[i], lines, true, idsCache));

    QJsonArray expected;
    QJsonArray unexpected;
    std::int64_t expectedLines = 0;
    std::int64_t unexpectedLines = 0;
    for (const TemplateStats *t : warningTemplates) {
        const bool isExpected = ctx.kinds[static_cast<size_t>(t->id)] == PatternKind::DataQuality;
        QJsonObject o = templateObject(*t, lines, true, idsCache);
        o.insert(QStringLiteral("expected"), isExpected);
        if (isExpected) {
            expectedLines += t->byLevel[LevelWarning];
            o.insert(QStringLiteral("why"), QStringLiteral("this product's data-quality code: data still warming up or "
                                                           "thin, not a fault"));
            if (expected.size() < options.maxWarnings)
                expected.append(o);
        } else {
            unexpectedLines += t->byLevel[LevelWarning];
            if (unexpected.size() < options.maxWarnings)
                unexpected.append(o);
        }
    }

    QJsonArray incidentArray;
    std::vector<const Incident *> biggest;
    for (const Incident &i : incidents)
        biggest.push_back(&i);
    std::stable_sort(biggest.begin(), biggest.end(),
                     [](const Incident *a, const Incident *b) { return a->lines > b->lines; });
    if (static_cast<int>(biggest.size()) > options.maxIncidents)
        biggest.resize(static_cast<size_t>(options.maxIncidents));
    std::sort(biggest.begin(), biggest.end(), [](const Incident *a, const Incident *b) { return a->start < b->start; });
    for (const Incident *i : biggest) {
        QJsonArray members;
        QStringList kinds;
        std::vector<std::pair<int, std::int64_t>> sorted(i->templates.begin(), i->templates.end());
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        for (const auto &[id, n] : sorted) {
            const TemplateStats &t = r.templates[static_cast<size_t>(id)];
            const QString kind = patternKindName(ctx.kinds[static_cast<size_t>(id)]);
            if (!kinds.contains(kind))
                kinds << kind;
            members.append(QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("template"), t.text},
                                       {QStringLiteral("count"), static_cast<qint64>(n)}});
        }
        incidentArray.append(QJsonObject{{QStringLiteral("start"), formatTimestamp(i->start * 1'000'000LL)},
                                         {QStringLiteral("end"), formatTimestamp(i->end * 1'000'000LL)},
                                         {QStringLiteral("seconds"), static_cast<qint64>(i->end - i->start + 1)},
                                         {QStringLiteral("lines"), static_cast<qint64>(i->lines)},
                                         {QStringLiteral("kinds"), strings(kinds)},
                                         {QStringLiteral("templates"), members}});
    }

    // Volume.
    QJsonObject volume;
    volume.insert(QStringLiteral("by_level"), levelObject(r.byLevel));
    QJsonArray units;
    std::vector<std::pair<QString, LevelCounts>> unitRows(r.byUnit.begin(), r.byUnit.end());
    auto total = [](const LevelCounts &c) {
        std::int64_t s = 0;
        for (auto v : c)
            s += v;
        return s;
    };
    std::sort(unitRows.begin(), unitRows.end(),
              [&](const auto &a, const auto &b) { return total(a.second) > total(b.second); });
    for (const auto &[unit, counts] : unitRows)
        units.append(QJsonObject{{QStringLiteral("unit"), unit.isEmpty() ? QStringLiteral("(none)") : unit},
                                 {QStringLiteral("lines"), static_cast<qint64>(total(counts))},
                                 {QStringLiteral("levels"), levelObject(counts)}});
    volume.insert(QStringLiteral("by_unit"), units);
    QJsonArray hours;
    for (const auto &[hour, counts] : r.byHour)
        hours.append(QJsonObject{{QStringLiteral("hour"), hourText(hour)},
                                 {QStringLiteral("lines"), static_cast<qint64>(total(counts))},
                                 {QStringLiteral("errors"), static_cast<qint64>(errorsIn(counts))},
                                 {QStringLiteral("warnings"), static_cast<qint64>(counts[LevelWarning])}});
    volume.insert(QStringLiteral("by_hour"), hours);

    std::vector<const TemplateStats *> noisy;
    for (const TemplateStats &t : r.templates)
        if (t.count)
            noisy.push_back(&t);
    std::sort(noisy.begin(), noisy.end(), [](const TemplateStats *a, const TemplateStats *b) {
        return a->count != b->count ? a->count > b->count : a->id < b->id;
    });
    QJsonArray noisiest;
    for (size_t i = 0; i < noisy.size() && static_cast<int>(i) < options.maxNoisiest; ++i)
        noisiest.append(templateObject(*noisy[i], lines, false, idsCache));

    QJsonArray recommendations;
    for (const Rule &rule : rules()) {
        const QString text = rule.apply(ctx);
        if (!text.isEmpty())
            recommendations.append(
                QJsonObject{{QStringLiteral("rule"), QLatin1String(rule.id)}, {QStringLiteral("text"), text}});
    }

    // Verdict.
    QString state;
    if (lines == 0)
        state = QStringLiteral("empty");
    else if (errors == 0 && unexpectedLines == 0)
        state = QStringLiteral("healthy");
    else if (!incidents.empty() || static_cast<double>(errors) >= 0.01 * static_cast<double>(lines))
        state = QStringLiteral("unhealthy");
    else
        state = QStringLiteral("degraded");
    QString verdict;
    if (lines == 0) {
        verdict = r.entries ? QStringLiteral("No entries match the filters (%1 read).").arg(number(r.entries))
                            : QStringLiteral("No readable log entries.");
    } else {
        const QString span =
            r.firstUs ? QStringLiteral(" from %1 to %2").arg(formatTimestamp(r.firstUs), formatTimestamp(r.lastUs))
                      : QString();
        verdict = QStringLiteral("%1: %2 lines%3; %4 errors in %5 patterns, %6 incidents; %7 warnings (%8 expected).")
                      .arg(state.at(0).toUpper() + state.mid(1), number(lines), span, number(errors))
                      .arg(errorTemplates.size())
                      .arg(incidents.size())
                      .arg(number(expectedLines + unexpectedLines), number(expectedLines));
        if (!errorTemplates.empty()) {
            const TemplateStats &top = *std::max_element(errorTemplates.begin(), errorTemplates.end(),
                                                         [](auto *a, auto *b) { return a->count < b->count; })
                                            .
                                            operator*();
            const Ids &ids = idsCache.of(top);
            verdict += QStringLiteral(" Most frequent error: \"%1\" ×%2%3.")
                           .arg(top.text, number(top.count),
                                ids.connections.isEmpty() ? QString()
                                                          : QStringLiteral(" on %1").arg(idsText(ids.connections)));
        }
    }

    QJsonObject summary;
    summary.insert(QStringLiteral("state"), state);
    summary.insert(QStringLiteral("verdict"), verdict);
    summary.insert(QStringLiteral("lines"), static_cast<qint64>(lines));
    summary.insert(QStringLiteral("entries_read"), static_cast<qint64>(r.entries));
    summary.insert(QStringLiteral("unreadable"), static_cast<qint64>(r.unreadable));
    summary.insert(QStringLiteral("bytes"), static_cast<qint64>(r.bytes));
    summary.insert(QStringLiteral("errors"), static_cast<qint64>(errors));
    summary.insert(QStringLiteral("warnings"), static_cast<qint64>(expectedLines + unexpectedLines));
    summary.insert(QStringLiteral("expected_warnings"), static_cast<qint64>(expectedLines));
    summary.insert(QStringLiteral("text_only_errors"), static_cast<qint64>(r.textOnlyErrors));
    summary.insert(QStringLiteral("binary_messages"), static_cast<qint64>(r.binaryMessages));
    summary.insert(QStringLiteral("templates"), static_cast<qint64>(r.templates.size()));
    summary.insert(QStringLiteral("incidents"), static_cast<qint64>(incidents.size()));
    summary.insert(QStringLiteral("from"), formatTimestamp(r.firstUs));
    summary.insert(QStringLiteral("to"), formatTimestamp(r.lastUs));
    summary.insert(QStringLiteral("seconds"), r.elapsedSeconds);
    QJsonArray inputs;
    for (const InputSummary &in : r.inputs) {
        QJsonObject o{{QStringLiteral("name"), in.name},
                      {QStringLiteral("format"), logFormatName(in.format)},
                      {QStringLiteral("compressed"), in.compressed},
                      {QStringLiteral("bytes"), static_cast<qint64>(in.bytes)}};
        if (!in.error.isEmpty())
            o.insert(QStringLiteral("error"), in.error);
        inputs.append(o);
    }
    summary.insert(QStringLiteral("inputs"), inputs);
    QJsonArray problems;
    for (const auto &[input, p] : r.firstProblems)
        problems.append(QJsonObject{{QStringLiteral("input"), input},
                                    {QStringLiteral("offset"), static_cast<qint64>(p.offset)},
                                    {QStringLiteral("reason"), QString::fromStdString(p.reason)}});
    summary.insert(QStringLiteral("problems"), problems);

    QJsonObject report;
    report.insert(QStringLiteral("summary"), summary);
    report.insert(QStringLiteral("errors"), errorArray);
    report.insert(QStringLiteral("incidents"), incidentArray);
    report.insert(QStringLiteral("warnings"),
                  QJsonObject{{QStringLiteral("unexpected"), unexpected}, {QStringLiteral("expected"), expected}});
    report.insert(QStringLiteral("volume"), volume);
    report.insert(QStringLiteral("noisiest"), noisiest);
    report.insert(QStringLiteral("recommendations"), recommendations);
    return report;
}

} // namespace virtuoso::logs
