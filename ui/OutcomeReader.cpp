#include "OutcomeReader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace virtuoso::ui::outcome_reader {

namespace {

using confluence::Direction;
using outcomes::Calibration;
using outcomes::CalibrationRow;
using outcomes::ExitReason;
using outcomes::Outcome;
using outcomes::OutcomeStatus;
using outcomes::Regime;
using outcomes::ScoreRow;
using outcomes::ScoreStats;

constexpr double kLargestWhole = 9'007'199'254'740'992.0; // 2^53: beyond it a JSON number is not exact

QString say(const char *text)
{
    return QCoreApplication::translate("OutcomeReader", text);
}

// The fields of one JSON object, read against their documented types. The first violation is kept
// in `error` ("outcomes[3].plan.entry is not a number"); later reads return defaults.
class Fields
{
public:
    Fields(const QJsonObject &object, QString path, QString &error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    bool ok() const { return m_error.isEmpty(); }
    const QString &path() const { return m_path; }
    QString pathOf(const char *key) const
    {
        return m_path.isEmpty() ? QLatin1String(key) : m_path + QLatin1Char('.') + QLatin1String(key);
    }
    void fail(const QString &where, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = where.isEmpty() ? what : where + QLatin1Char(' ') + what;
    }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    // A number, or NaN for null when `nullable`. Infinite values are refused.
    double number(const char *key, bool nullable = true)
    {
        const QJsonValue v = value(key);
        return numberOf(v, pathOf(key), nullable);
    }
    double numberOf(const QJsonValue &v, const QString &where, bool nullable = true)
    {
        if (!ok())
            return NAN;
        if (v.isNull() && nullable)
            return NAN;
        if (!v.isDouble()) {
            fail(where, v.isUndefined() ? say(QT_TRANSLATE_NOOP("OutcomeReader", "is missing"))
                                        : say(QT_TRANSLATE_NOOP("OutcomeReader", "is not a number")));
            return NAN;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d)) {
            fail(where, say(QT_TRANSLATE_NOOP("OutcomeReader", "is not a finite number")));
            return NAN;
        }
        return d;
    }
    // A whole number in [low, high]; `nullValue` for null when `nullable`.
    qint64 integer(const char *key, qint64 low, qint64 high, bool nullable = false, qint64 nullValue = -1)
    {
        return integerOf(value(key), pathOf(key), low, high, nullable, nullValue);
    }
    qint64 integerOf(const QJsonValue &v, const QString &where, qint64 low, qint64 high, bool nullable = false,
                     qint64 nullValue = -1)
    {
        if (!ok())
            return nullValue;
        if (v.isNull() && nullable)
            return nullValue;
        const double d = v.isDouble() ? v.toDouble() : NAN;
        if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || std::fabs(d) > kLargestWhole) {
            fail(where, v.isUndefined() ? say(QT_TRANSLATE_NOOP("OutcomeReader", "is missing"))
                                        : say(QT_TRANSLATE_NOOP("OutcomeReader", "is not a whole number")));
            return nullValue;
        }
        const auto n = static_cast<qint64>(d);
        if (n < low || n > high) {
            fail(where, say(QT_TRANSLATE_NOOP("OutcomeReader", "is out of range")));
            return nullValue;
        }
        return n;
    }
    QString text(const char *key, bool optional = false)
    {
        const QJsonValue v = value(key);
        if (!ok() || (optional && v.isUndefined()))
            return {};
        if (!v.isString()) {
            fail(pathOf(key), v.isUndefined() ? say(QT_TRANSLATE_NOOP("OutcomeReader", "is missing"))
                                              : say(QT_TRANSLATE_NOOP("OutcomeReader", "is not a text")));
            return {};
        }
        QString s = v.toString();
        if (s.size() > kMaxText) {
            fail(pathOf(key), say(QT_TRANSLATE_NOOP("OutcomeReader", "is too long")));
            return {};
        }
        return s;
    }
    QJsonArray array(const char *key, qsizetype maxSize)
    {
        const QJsonValue v = value(key);
        if (!ok())
            return {};
        if (!v.isArray()) {
            fail(pathOf(key), v.isUndefined() ? say(QT_TRANSLATE_NOOP("OutcomeReader", "is missing"))
                                              : say(QT_TRANSLATE_NOOP("OutcomeReader", "is not a list")));
            return {};
        }
        QJsonArray a = v.toArray();
        if (a.size() > maxSize) {
            fail(pathOf(key),
                 say(QT_TRANSLATE_NOOP("OutcomeReader", "has more entries than any host sends (%1, at most %2)"))
                     .arg(a.size())
                     .arg(maxSize));
            return {};
        }
        return a;
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = value(key);
        if (!ok())
            return {};
        if (!v.isObject()) {
            fail(pathOf(key), v.isUndefined() ? say(QT_TRANSLATE_NOOP("OutcomeReader", "is missing"))
                                              : say(QT_TRANSLATE_NOOP("OutcomeReader", "is not an object")));
            return {};
        }
        return v.toObject();
    }
    // One of `names`; its index, or -1 (and the error) for anything else.
    int oneOf(const char *key, std::initializer_list<const char *> names)
    {
        const QString s = text(key);
        if (!ok())
            return -1;
        int i = 0;
        for (const char *name : names) {
            if (s == QLatin1String(name))
                return i;
            ++i;
        }
        fail(pathOf(key), say(QT_TRANSLATE_NOOP("OutcomeReader", "is not one of the documented values")));
        return -1;
    }

private:
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    const QJsonObject &m_object;
    QString m_path;
    QString &m_error;
};

QString indexed(const QString &path, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(path).arg(i);
}

// An array element that must be an object.
bool elementObject(Fields &parent, const QJsonValue &v, const QString &where, QJsonObject &out)
{
    if (!v.isObject()) {
        parent.fail(where, say(QT_TRANSLATE_NOOP("OutcomeReader", "is not an object")));
        return false;
    }
    out = v.toObject();
    return true;
}

void readStats(Fields &f, ScoreStats &s)
{
    s.count = int(f.integer("count", 0, kMaxEquityPoints));
    s.wins = int(f.integer("wins", 0, kMaxEquityPoints));
    s.hitRate = f.number("hit_rate");
    s.averageR = f.number("average_r");
    s.expectancyBps = f.number("expectancy_bps");
    s.profitFactor = f.number("profit_factor");
    s.totalR = f.number("total_r", false);
    s.maxDrawdownR = f.number("max_drawdown_r", false);
    s.averageWinR = f.number("average_win_r");
    s.averageLossR = f.number("average_loss_r");
    s.averageMfeR = f.number("average_mfe_r");
    s.averageMaeR = f.number("average_mae_r");
    if (f.ok() && s.wins > s.count)
        f.fail(f.pathOf("wins"), say(QT_TRANSLATE_NOOP("OutcomeReader", "is more than the count")));
}

void readRows(Fields &card, const char *key, std::vector<ScoreRow> &rows)
{
    const QJsonArray array = card.array(key, kMaxRows);
    const QString path = card.pathOf(key);
    rows.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size() && card.ok(); ++i) {
        QJsonObject object;
        if (!elementObject(card, array.at(i), indexed(path, i), object))
            return;
        QString error;
        Fields f(object, indexed(path, i), error);
        ScoreRow row;
        row.key = f.text("key").toStdString();
        readStats(f, row.stats);
        if (!f.ok()) {
            card.fail({}, error);
            return;
        }
        rows.push_back(std::move(row));
    }
}

// "70-75" → [70, 75); the API does not send the bounds apart.
bool bucketBounds(const QString &bucket, double &low, double &high)
{
    const qsizetype dash = bucket.indexOf(QLatin1Char('-'), 1);
    if (dash < 0)
        return false;
    bool okLow = false, okHigh = false;
    low = bucket.left(dash).toDouble(&okLow);
    high = bucket.mid(dash + 1).toDouble(&okHigh);
    return okLow && okHigh && low >= 0 && high <= 100 && low < high;
}

void readCalibration(Fields &card, std::vector<Calibration> &out)
{
    const QJsonArray array = card.array("calibration", kMaxCalibrations);
    const QString path = card.pathOf("calibration");
    for (qsizetype i = 0; i < array.size() && card.ok(); ++i) {
        QJsonObject object;
        if (!elementObject(card, array.at(i), indexed(path, i), object))
            return;
        QString error;
        Fields f(object, indexed(path, i), error);
        Calibration c;
        c.horizon = f.text("horizon").toStdString();
        c.n = int(f.integer("n", 0, std::numeric_limits<int>::max()));
        c.signalSamples = int(f.integer("signals", 0, c.n));
        c.spearman = f.number("spearman");
        if (f.ok() && !std::isnan(c.spearman) && std::fabs(c.spearman) > 1)
            f.fail(f.pathOf("spearman"), say(QT_TRANSLATE_NOOP("OutcomeReader", "is out of range")));
        const QJsonArray rows = f.array("rows", kMaxCalibrationRows);
        for (qsizetype k = 0; k < rows.size() && f.ok(); ++k) {
            const QString where = indexed(f.pathOf("rows"), k);
            QJsonObject rowObject;
            if (!elementObject(f, rows.at(k), where, rowObject))
                break;
            QString rowError;
            Fields r(rowObject, where, rowError);
            CalibrationRow row;
            const QString bucket = r.text("bucket");
            if (r.ok() && !bucketBounds(bucket, row.low, row.high))
                r.fail(r.pathOf("bucket"),
                       say(QT_TRANSLATE_NOOP("OutcomeReader", "is not a score range such as 70-75")));
            row.bucket = bucket.toStdString();
            row.n = int(r.integer("n", 0, c.n));
            row.meanBps = r.number("mean_bps");
            row.ciLowBps = r.number("ci95_low_bps");
            row.ciHighBps = r.number("ci95_high_bps");
            if (!r.ok()) {
                f.fail({}, rowError);
                break;
            }
            c.rows.push_back(std::move(row));
        }
        if (!f.ok()) {
            card.fail({}, error);
            return;
        }
        out.push_back(std::move(c));
    }
}

const char *staticText(const QString &text, std::initializer_list<const char *> known)
{
    for (const char *k : known)
        if (text == QLatin1String(k))
            return k;
    return "";
}

// "3/4" → 3 agreeing of 4 scored.
bool agreementOf(const QString &label, int &agreeing, int &scored)
{
    const QStringList parts = label.split(QLatin1Char('/'));
    bool okA = false, okS = false;
    if (parts.size() != 2)
        return false;
    agreeing = parts[0].toInt(&okA);
    scored = parts[1].toInt(&okS);
    return okA && okS && agreeing >= 0 && scored >= agreeing && scored <= confluence::kTimeframeCount;
}

bool readOutcomeAt(const QJsonObject &object, const QString &path, Outcome &o, QString &error)
{
    Fields f(object, path, error);
    o = Outcome{};
    o.id = f.text("id").toStdString();
    auto &c = o.signal;
    c.symbol = f.text("symbol").toStdString();
    if (f.ok() && (o.id.empty() || c.symbol.empty()))
        f.fail(f.pathOf(o.id.empty() ? "id" : "symbol"), say(QT_TRANSLATE_NOOP("OutcomeReader", "is empty")));
    constexpr qint64 kYear3000 = 32'503'680'000'000;
    c.timeMs = f.integer("signal_ms", 0, kYear3000);
    const int direction = f.oneOf("direction", {"long", "short", "neutral"});
    c.direction = direction == 0 ? Direction::Long : direction == 1 ? Direction::Short : Direction::Neutral;
    c.score = f.number("score");
    if (f.ok() && !std::isnan(c.score) && (c.score < 0 || c.score > 100))
        f.fail(f.pathOf("score"), say(QT_TRANSLATE_NOOP("OutcomeReader", "is out of range")));
    c.reliability = f.number("reliability");
    const QString dominant = f.text("dominant");
    c.dominant = -1;
    for (int i = 0; i < confluence::kComponentCount && f.ok(); ++i)
        if (dominant == QLatin1String(confluence::componentName(static_cast<confluence::ComponentId>(i))))
            c.dominant = i;
    if (f.ok() && c.dominant < 0 && dominant != u"none")
        f.fail(f.pathOf("dominant"), say(QT_TRANSLATE_NOOP("OutcomeReader", "is not one of the documented values")));
    const QString agreement = f.text("agreement");
    if (f.ok() && !agreementOf(agreement, c.timeframesAgreeing, c.timeframesScored))
        f.fail(f.pathOf("agreement"),
               say(QT_TRANSLATE_NOOP("OutcomeReader", "is not a count of timeframes such as 3/4")));
    const int regime = f.oneOf("regime", {"unknown", "trend", "range"});
    c.regime = regime == 1 ? Regime::Trend : regime == 2 ? Regime::Range : Regime::Unknown;
    c.adx = f.number("adx");
    c.referencePrice = f.number("reference_price");
    c.atr = f.number("atr");
    c.swingLow = f.number("swing_low");
    c.swingHigh = f.number("swing_high");
    const int status = f.oneOf("status", {"pending", "open", "closed", "no_plan"});
    o.status = status == 1   ? OutcomeStatus::Open
               : status == 2 ? OutcomeStatus::Closed
               : status == 3 ? OutcomeStatus::NoPlan
                             : OutcomeStatus::Pending;
    if (o.status == OutcomeStatus::NoPlan)
        o.plan.why = staticText(f.text("why", true), {"no ATR yet", "no price yet", "no entry price", "no direction",
                                                      "the stop is not below the entry"});
    if (f.has("plan")) {
        const QJsonObject planObject = f.object("plan");
        QString planError;
        Fields p(planObject, f.pathOf("plan"), planError);
        o.plan.valid = true;
        o.plan.direction = c.direction;
        o.plan.atr = c.atr;
        o.plan.entry = p.number("entry", false);
        o.plan.stop = p.number("stop", false);
        o.plan.risk = p.number("risk", false);
        o.plan.stopBasis = staticText(p.text("stop_basis"), {"atr", "swing"});
        const QJsonArray targets = p.array("targets", qsizetype(o.plan.targets.size()));
        if (p.ok() && targets.size() != qsizetype(o.plan.targets.size()))
            p.fail(p.pathOf("targets"), say(QT_TRANSLATE_NOOP("OutcomeReader", "does not hold three prices")));
        for (qsizetype i = 0; i < targets.size() && p.ok(); ++i)
            o.plan.targets[size_t(i)] = p.numberOf(targets.at(i), indexed(p.pathOf("targets"), i), false);
        if (p.ok() && !(o.plan.risk > 0))
            p.fail(p.pathOf("risk"), say(QT_TRANSLATE_NOOP("OutcomeReader", "is not positive")));
        if (!p.ok())
            f.fail({}, planError);
    }
    o.entryTimeMs = f.integer("entry_ms", -1, kYear3000);
    o.exitTimeMs = f.integer("exit_ms", -1, kYear3000);
    o.exitPrice = f.number("exit_price");
    const int exit = f.oneOf("exit_reason", {"", "stop", "target", "horizon", "opposite"});
    o.exitReason = exit < 0 ? ExitReason::None : static_cast<ExitReason>(exit);
    o.grossR = f.number("gross_r");
    o.costR = f.number("cost_r");
    o.netR = f.number("net_r");
    o.mfeR = f.number("mfe_r", false);
    o.maeR = f.number("mae_r", false);
    const QJsonArray ttt = f.array("time_to_target_ms", 3);
    if (f.ok() && ttt.size() != 3)
        f.fail(f.pathOf("time_to_target_ms"), say(QT_TRANSLATE_NOOP("OutcomeReader", "does not hold three times")));
    for (qsizetype i = 0; i < ttt.size() && f.ok(); ++i)
        o.timeToTargetMs[size_t(i)] =
            f.integerOf(ttt.at(i), indexed(f.pathOf("time_to_target_ms"), i), 0, kYear3000, true, -1);
    const QJsonArray forward = f.array("forward_return", 3);
    if (f.ok() && forward.size() != 3)
        f.fail(f.pathOf("forward_return"), say(QT_TRANSLATE_NOOP("OutcomeReader", "does not hold three returns")));
    for (qsizetype i = 0; i < forward.size() && f.ok(); ++i)
        o.forwardReturn[size_t(i)] = f.numberOf(forward.at(i), indexed(f.pathOf("forward_return"), i));
    o.exitPending = f.has("exit_pending");
    if (f.ok() && o.closed() && (!o.plan.valid || o.exitReason == ExitReason::None))
        f.fail(f.pathOf("status"), say(QT_TRANSLATE_NOOP("OutcomeReader", "is closed without a plan or an exit")));
    return f.ok();
}

} // namespace

bool readOutcome(const QJsonObject &object, Outcome &out, QString &error)
{
    error.clear();
    return readOutcomeAt(object, {}, out, error);
}

bool readOutcomes(const QJsonObject &document, std::vector<Outcome> &out, QString &error)
{
    error.clear();
    out.clear();
    Fields f(document, {}, error);
    f.text("run");
    const QJsonArray array = f.array("outcomes", kMaxOutcomes);
    out.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size() && f.ok(); ++i) {
        QJsonObject object;
        if (!elementObject(f, array.at(i), indexed(QStringLiteral("outcomes"), i), object))
            break;
        Outcome o;
        if (!readOutcomeAt(object, indexed(QStringLiteral("outcomes"), i), o, error))
            break;
        out.push_back(std::move(o));
    }
    if (!f.ok())
        out.clear();
    return f.ok();
}

bool readScorecard(const QJsonObject &document, ScorecardDocument &out, QString &error)
{
    error.clear();
    out = ScorecardDocument{};
    Fields top(document, {}, error);
    out.run = top.text("run");
    out.computedMs = top.integer("computed_ms", 0, 32'503'680'000'000);
    const QJsonObject cardObject = top.object("scorecard");
    if (!top.ok())
        return false;
    Fields f(cardObject, QStringLiteral("scorecard"), error);
    outcomes::Scorecard &c = out.card;
    c.signalCount = int(f.integer("signals", 0, std::numeric_limits<int>::max()));
    c.closed = int(f.integer("closed", 0, c.signalCount));
    c.open = int(f.integer("open", 0, c.signalCount));
    c.noPlan = int(f.integer("no_plan", 0, c.signalCount));
    {
        const QJsonObject overall = f.object("overall");
        QString overallError;
        Fields o(overall, f.pathOf("overall"), overallError);
        if (f.ok())
            readStats(o, c.overall);
        if (!o.ok())
            f.fail({}, overallError);
    }
    readRows(f, "by_symbol", c.bySymbol);
    readRows(f, "by_direction", c.byDirection);
    readRows(f, "by_score_bucket", c.byScoreBucket);
    readRows(f, "by_dominant_component", c.byDominant);
    readRows(f, "by_timeframe_agreement", c.byAgreement);
    readRows(f, "by_regime", c.byRegime);
    readRows(f, "by_exit", c.byExit);
    readCalibration(f, c.calibration);
    if (!f.ok()) {
        out = ScorecardDocument{};
        return false;
    }
    const QJsonArray equity = top.array("equity_r", kMaxEquityPoints);
    c.equityR.reserve(size_t(equity.size()));
    for (qsizetype i = 0; i < equity.size() && top.ok(); ++i)
        c.equityR.push_back(top.numberOf(equity.at(i), indexed(QStringLiteral("equity_r"), i), false));
    if (!top.ok())
        out = ScorecardDocument{};
    return top.ok();
}

} // namespace virtuoso::ui::outcome_reader
