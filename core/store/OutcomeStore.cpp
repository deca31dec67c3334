#include "store/OutcomeStore.h"

#include "store/HistoryStore.h"
#include "store/SqliteFile.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace virtuoso::store {

using namespace outcomes;

namespace {

// Step N takes the schema from version N-1 to N. Steps are append-only: a released step never changes.
const std::vector<std::vector<const char *>> &migrations()
{
    static const std::vector<std::vector<const char *>> steps = {
        // 1: the first schema.
        {
            "CREATE TABLE runs (run TEXT PRIMARY KEY, kind TEXT NOT NULL, created_ms INTEGER NOT NULL, "
            "settings TEXT NOT NULL DEFAULT '{}')",
            "CREATE TABLE outcomes (run TEXT NOT NULL, id TEXT NOT NULL, symbol TEXT NOT NULL, "
            "signal_ms INTEGER NOT NULL, number INTEGER NOT NULL, direction TEXT NOT NULL, score REAL, "
            "reliability REAL, dominant INTEGER NOT NULL, tf_agreeing INTEGER NOT NULL, tf_scored INTEGER NOT NULL, "
            "regime TEXT NOT NULL, adx REAL, reference_price REAL, atr REAL, swing_low REAL, swing_high REAL, "
            "status TEXT NOT NULL, why TEXT NOT NULL DEFAULT '', plan_valid INTEGER NOT NULL, entry REAL, stop REAL, "
            "risk REAL, stop_basis TEXT NOT NULL DEFAULT '', target1 REAL, target2 REAL, target3 REAL, "
            "entry_ms INTEGER NOT NULL, exit_ms INTEGER NOT NULL, exit_price REAL, exit_reason TEXT NOT NULL, "
            "gross_r REAL, cost_r REAL, net_r REAL, mfe_r REAL, mae_r REAL, ttt1 INTEGER NOT NULL, "
            "ttt2 INTEGER NOT NULL, ttt3 INTEGER NOT NULL, fwd1 REAL, fwd2 REAL, fwd3 REAL, "
            "exit_pending INTEGER NOT NULL, PRIMARY KEY (run, id)) WITHOUT ROWID",
            "CREATE INDEX outcomes_signal ON outcomes (run, signal_ms)",
            "CREATE TABLE samples (run TEXT NOT NULL, symbol TEXT NOT NULL, time_ms INTEGER NOT NULL, "
            "number INTEGER NOT NULL, score REAL, signal INTEGER NOT NULL, direction TEXT NOT NULL, "
            "reference_price REAL, fwd1 REAL, fwd2 REAL, fwd3 REAL, PRIMARY KEY (run, symbol, time_ms, number)) "
            "WITHOUT ROWID",
            "CREATE TABLE scorecards (run TEXT NOT NULL, computed_ms INTEGER NOT NULL, card TEXT NOT NULL, "
            "PRIMARY KEY (run, computed_ms))",
        },
    };
    return steps;
}

// SQLite stores NaN as NULL: read it back as NaN.
QVariant real(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant();
}

double realOf(const QVariant &v)
{
    return v.isNull() ? NAN : v.toDouble();
}

// The names a row holds → the static strings the model points to.
const char *staticText(const QString &text, std::initializer_list<const char *> known)
{
    for (const char *k : known)
        if (text == QLatin1String(k))
            return k;
    return "";
}

Direction directionOf(const QString &text)
{
    return text == u"long" ? Direction::Long : text == u"short" ? Direction::Short : Direction::Neutral;
}

const char *const OutcomeColumns =
    "id, symbol, signal_ms, number, direction, score, reliability, dominant, tf_agreeing, tf_scored, regime, adx, "
    "reference_price, atr, swing_low, swing_high, status, why, plan_valid, entry, stop, risk, stop_basis, target1, "
    "target2, target3, entry_ms, exit_ms, exit_price, exit_reason, gross_r, cost_r, net_r, mfe_r, mae_r, ttt1, ttt2, "
    "ttt3, fwd1, fwd2, fwd3, exit_pending";

int numberOf(const std::string &id)
{
    const auto dash = id.rfind('-');
    return dash == std::string::npos ? 0 : std::atoi(id.c_str() + dash + 1);
}

Outcome readOutcome(const QSqlQuery &q)
{
    Outcome o;
    int i = 0;
    const auto next = [&q, &i] { return q.value(i++); };
    o.id = next().toString().toStdString();
    SignalContext &c = o.signal;
    c.symbol = next().toString().toStdString();
    c.timeMs = next().toLongLong();
    next(); // number
    c.direction = directionOf(next().toString());
    c.score = realOf(next());
    c.reliability = realOf(next());
    c.dominant = next().toInt();
    c.timeframesAgreeing = next().toInt();
    c.timeframesScored = next().toInt();
    const QString regime = next().toString();
    c.regime = regime == u"trend" ? Regime::Trend : regime == u"range" ? Regime::Range : Regime::Unknown;
    c.adx = realOf(next());
    c.referencePrice = realOf(next());
    c.atr = realOf(next());
    c.swingLow = realOf(next());
    c.swingHigh = realOf(next());
    const QString status = next().toString();
    o.status = status == u"open"      ? OutcomeStatus::Open
               : status == u"closed"  ? OutcomeStatus::Closed
               : status == u"no_plan" ? OutcomeStatus::NoPlan
                                      : OutcomeStatus::Pending;
    o.plan.why = staticText(next().toString(), {"no ATR yet", "no price yet", "no entry price", "no direction",
                                                "the stop is not below the entry"});
    o.plan.valid = next().toBool();
    o.plan.direction = c.direction;
    o.plan.atr = c.atr;
    o.plan.entry = realOf(next());
    o.plan.stop = realOf(next());
    o.plan.risk = realOf(next());
    o.plan.stopBasis = staticText(next().toString(), {"atr", "swing"});
    for (double &t : o.plan.targets)
        t = realOf(next());
    if (!o.plan.valid)
        o.plan.atr = NAN;
    o.entryTimeMs = next().toLongLong();
    o.exitTimeMs = next().toLongLong();
    o.exitPrice = realOf(next());
    const QString reason = next().toString();
    o.exitReason = reason == u"stop"       ? ExitReason::Stop
                   : reason == u"target"   ? ExitReason::Target
                   : reason == u"horizon"  ? ExitReason::Horizon
                   : reason == u"opposite" ? ExitReason::Opposite
                                           : ExitReason::None;
    o.grossR = realOf(next());
    o.costR = realOf(next());
    o.netR = realOf(next());
    o.mfeR = realOf(next());
    o.maeR = realOf(next());
    for (auto &t : o.timeToTargetMs)
        t = next().toLongLong();
    for (double &f : o.forwardReturn)
        f = realOf(next());
    o.exitPending = next().toBool();
    return o;
}

} // namespace

OutcomeStore::OutcomeStore() = default;

OutcomeStore::~OutcomeStore()
{
    close();
}

bool OutcomeStore::fail(const QString &error) const
{
    m_error = error;
    return false;
}

void OutcomeStore::close()
{
    closeSqliteFile(m_db, m_connectionName);
}

int OutcomeStore::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")))
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}

bool OutcomeStore::open(const QString &path, bool readOnly)
{
    close();
    const QString cannot = QStringLiteral("the outcome store %1 cannot be used: %2");
    if (const QString error = openSqliteFile(path, readOnly, QStringLiteral("virtuoso-outcomes"),
                                             QStringLiteral("outcome store"), m_db, m_connectionName);
        !error.isEmpty())
        return fail(error);
    QSqlQuery q(m_db);
    if (readOnly) {
        const int version = schemaVersion();
        if (version < 1 || version > SchemaVersion) {
            close();
            return fail(cannot.arg(
                path, QStringLiteral("schema version %1, this program reads %2").arg(version).arg(SchemaVersion)));
        }
        return true;
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        const QString why = sqlErrorText(q.lastError());
        close();
        return fail(cannot.arg(path, why));
    }
    const int version = schemaVersion();
    if (version > SchemaVersion) {
        close();
        return fail(QStringLiteral("the outcome store %1 has schema version %2, newer than this program's %3; use a "
                                   "newer program or another file")
                        .arg(path)
                        .arg(version)
                        .arg(SchemaVersion));
    }
    if (version < 0 || !migrate(version)) {
        const QString why = m_error;
        close();
        return fail(cannot.arg(path, why));
    }
    return true;
}

bool OutcomeStore::migrate(int from)
{
    QSqlQuery q(m_db);
    const auto &steps = migrations();
    if (from == 0 && !q.exec(QStringLiteral("INSERT INTO schema_version (version) SELECT 0 WHERE NOT EXISTS "
                                            "(SELECT 1 FROM schema_version)")))
        return fail(sqlErrorText(q.lastError()));
    for (int next = from + 1; next <= SchemaVersion; ++next) {
        if (!m_db.transaction())
            return fail(sqlErrorText(m_db.lastError()));
        for (const char *sql : steps[static_cast<size_t>(next - 1)]) {
            if (!q.exec(QLatin1String(sql))) {
                const QString why = sqlErrorText(q.lastError());
                m_db.rollback();
                return fail(QStringLiteral("migration to schema version %1 failed: %2").arg(next).arg(why));
            }
        }
        if (!q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(next)) || !m_db.commit()) {
            const QString why = sqlErrorText(q.lastError());
            m_db.rollback();
            return fail(why);
        }
    }
    return true;
}

bool OutcomeStore::saveRun(const QString &run, const QString &kind, qint64 createdMs, const std::string &settingsJson)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO runs (run, kind, created_ms, settings) VALUES (?, ?, ?, ?)"));
    q.addBindValue(run);
    q.addBindValue(kind);
    q.addBindValue(createdMs);
    q.addBindValue(QString::fromStdString(settingsJson));
    return q.exec() || fail(sqlErrorText(q.lastError()));
}

QStringList OutcomeStore::runs() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT run FROM runs ORDER BY created_ms, run"))) {
        fail(sqlErrorText(q.lastError()));
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool OutcomeStore::deleteRun(const QString &run)
{
    if (!m_db.transaction())
        return fail(sqlErrorText(m_db.lastError()));
    QSqlQuery q(m_db);
    for (const char *table : {"runs", "outcomes", "samples", "scorecards"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE run = ?").arg(QLatin1String(table)));
        q.addBindValue(run);
        if (!q.exec()) {
            const QString why = sqlErrorText(q.lastError());
            m_db.rollback();
            return fail(why);
        }
    }
    return m_db.commit() || fail(sqlErrorText(m_db.lastError()));
}

bool OutcomeStore::saveOutcomes(const QString &run, const std::vector<Outcome> &outcomes)
{
    if (!m_db.transaction())
        return fail(sqlErrorText(m_db.lastError()));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO outcomes (run, %1) VALUES (?%2)")
                  .arg(QLatin1String(OutcomeColumns), QStringLiteral(", ?").repeated(42)));
    for (const Outcome &o : outcomes) {
        const SignalContext &c = o.signal;
        q.addBindValue(run);
        q.addBindValue(QString::fromStdString(o.id));
        q.addBindValue(QString::fromStdString(c.symbol));
        q.addBindValue(static_cast<qint64>(c.timeMs));
        q.addBindValue(numberOf(o.id));
        q.addBindValue(QLatin1String(confluence::directionName(c.direction)));
        q.addBindValue(real(c.score));
        q.addBindValue(real(c.reliability));
        q.addBindValue(c.dominant);
        q.addBindValue(c.timeframesAgreeing);
        q.addBindValue(c.timeframesScored);
        q.addBindValue(QLatin1String(regimeName(c.regime)));
        q.addBindValue(real(c.adx));
        q.addBindValue(real(c.referencePrice));
        q.addBindValue(real(c.atr));
        q.addBindValue(real(c.swingLow));
        q.addBindValue(real(c.swingHigh));
        q.addBindValue(QLatin1String(statusName(o.status)));
        q.addBindValue(QLatin1String(o.plan.why));
        q.addBindValue(o.plan.valid ? 1 : 0);
        q.addBindValue(real(o.plan.entry));
        q.addBindValue(real(o.plan.stop));
        q.addBindValue(real(o.plan.risk));
        q.addBindValue(QLatin1String(o.plan.stopBasis));
        for (const double t : o.plan.targets)
            q.addBindValue(real(t));
        q.addBindValue(static_cast<qint64>(o.entryTimeMs));
        q.addBindValue(static_cast<qint64>(o.exitTimeMs));
        q.addBindValue(real(o.exitPrice));
        q.addBindValue(QLatin1String(exitReasonName(o.exitReason)));
        q.addBindValue(real(o.grossR));
        q.addBindValue(real(o.costR));
        q.addBindValue(real(o.netR));
        q.addBindValue(real(o.mfeR));
        q.addBindValue(real(o.maeR));
        for (const auto t : o.timeToTargetMs)
            q.addBindValue(static_cast<qint64>(t));
        for (const double f : o.forwardReturn)
            q.addBindValue(real(f));
        q.addBindValue(o.exitPending ? 1 : 0);
        if (!q.exec()) {
            const QString why = sqlErrorText(q.lastError());
            m_db.rollback();
            return fail(why);
        }
    }
    return m_db.commit() || fail(sqlErrorText(m_db.lastError()));
}

std::vector<Outcome> OutcomeStore::loadOutcomes(const QString &run, const OutcomeQuery &query) const
{
    std::vector<Outcome> out;
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("SELECT %1 FROM (SELECT * FROM outcomes WHERE run = ? AND signal_ms >= ?")
                      .arg(QLatin1String(OutcomeColumns));
    if (query.untilMs > 0)
        sql += QStringLiteral(" AND signal_ms < ?");
    if (!query.symbol.isEmpty())
        sql += QStringLiteral(" AND symbol = ?");
    sql += QStringLiteral(" ORDER BY signal_ms DESC, symbol DESC, number DESC LIMIT ?) "
                          "ORDER BY signal_ms, symbol, number");
    q.prepare(sql);
    q.addBindValue(run);
    q.addBindValue(query.sinceMs);
    if (query.untilMs > 0)
        q.addBindValue(query.untilMs);
    if (!query.symbol.isEmpty())
        q.addBindValue(query.symbol);
    q.addBindValue(std::max(0, query.limit));
    if (!q.exec()) {
        fail(sqlErrorText(q.lastError()));
        return out;
    }
    while (q.next())
        out.push_back(readOutcome(q));
    return out;
}

bool OutcomeStore::saveSamples(const QString &run, const std::vector<ForwardSample> &samples)
{
    if (!m_db.transaction())
        return fail(sqlErrorText(m_db.lastError()));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO samples (run, symbol, time_ms, number, score, signal, direction, "
                             "reference_price, fwd1, fwd2, fwd3) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const ForwardSample &s : samples) {
        q.addBindValue(run);
        q.addBindValue(QString::fromStdString(s.symbol));
        q.addBindValue(static_cast<qint64>(s.timeMs));
        q.addBindValue(s.signalNumber);
        q.addBindValue(real(s.score));
        q.addBindValue(s.signal ? 1 : 0);
        q.addBindValue(QLatin1String(confluence::directionName(s.direction)));
        q.addBindValue(real(s.referencePrice));
        for (const double f : s.forwardReturn)
            q.addBindValue(real(f));
        if (!q.exec()) {
            const QString why = sqlErrorText(q.lastError());
            m_db.rollback();
            return fail(why);
        }
    }
    return m_db.commit() || fail(sqlErrorText(m_db.lastError()));
}

std::vector<ForwardSample> OutcomeStore::loadSamples(const QString &run) const
{
    std::vector<ForwardSample> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT symbol, time_ms, number, score, signal, direction, reference_price, fwd1, fwd2, "
                             "fwd3 FROM samples WHERE run = ? ORDER BY time_ms, symbol, number"));
    q.addBindValue(run);
    if (!q.exec()) {
        fail(sqlErrorText(q.lastError()));
        return out;
    }
    while (q.next()) {
        ForwardSample s;
        s.symbol = q.value(0).toString().toStdString();
        s.timeMs = q.value(1).toLongLong();
        s.signalNumber = q.value(2).toInt();
        s.score = realOf(q.value(3));
        s.signal = q.value(4).toBool();
        s.direction = directionOf(q.value(5).toString());
        s.referencePrice = realOf(q.value(6));
        for (int h = 0; h < 3; ++h)
            s.forwardReturn[static_cast<size_t>(h)] = realOf(q.value(7 + h));
        out.push_back(std::move(s));
    }
    return out;
}

bool OutcomeStore::saveScorecard(const QString &run, const Scorecard &card, qint64 computedMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO scorecards (run, computed_ms, card) VALUES (?, ?, ?)"));
    q.addBindValue(run);
    q.addBindValue(computedMs);
    q.addBindValue(QString::fromStdString(card.toJson()));
    return q.exec() || fail(sqlErrorText(q.lastError()));
}

std::optional<std::string> OutcomeStore::loadScorecard(const QString &run) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT card FROM scorecards WHERE run = ? ORDER BY computed_ms DESC LIMIT 1"));
    q.addBindValue(run);
    if (!q.exec()) {
        fail(sqlErrorText(q.lastError()));
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString().toStdString();
}

QString OutcomeStore::defaultPath()
{
    return QFileInfo(HistoryStore::defaultHistoryPath()).absolutePath() + QStringLiteral("/outcomes.sqlite");
}

} // namespace virtuoso::store
