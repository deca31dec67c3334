#pragma once

#include "model/outcomes/OutcomeTypes.h"
#include "model/outcomes/Scorecard.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <vector>

namespace virtuoso::store {

// Which outcomes of a run to read: signals in [sinceMs, untilMs), optionally of one symbol, the
// newest `limit` (oldest first).
struct OutcomeQuery
{
    qint64 sinceMs = 0;
    qint64 untilMs = 0; // 0: no upper bound
    QString symbol;     // empty: every symbol
    int limit = 100'000;
};

// Signal outcomes, forward-return samples and scorecards in one SQLite file (WAL, mode 0600,
// folders 0700), grouped in runs: "live" for the live tracker, a name per backtest. Outcomes are
// written again as they change (insert or replace by run and id), so the newest state is what is
// read. The schema carries its version; a file of a newer program is refused, an older one migrated.
// Not thread-safe: one owner thread (one SQLite connection per thread, as Qt SQL requires).
class OutcomeStore
{
public:
    static constexpr int SchemaVersion = 1;

    OutcomeStore();
    ~OutcomeStore();
    OutcomeStore(const OutcomeStore &) = delete;
    OutcomeStore &operator=(const OutcomeStore &) = delete;

    bool open(const QString &path, bool readOnly = false);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString lastError() const { return m_error; }
    int schemaVersion() const;

    // Creates or updates a run: its kind ("live", "backtest"), when, and its settings as JSON.
    bool saveRun(const QString &run, const QString &kind, qint64 createdMs, const std::string &settingsJson);
    QStringList runs() const;
    // Removes the run with its outcomes, samples and scorecards.
    bool deleteRun(const QString &run);

    // Inserts or replaces each outcome of `run` by its id, in one transaction.
    bool saveOutcomes(const QString &run, const std::vector<outcomes::Outcome> &outcomes);
    std::vector<outcomes::Outcome> loadOutcomes(const QString &run, const OutcomeQuery &query = {}) const;
    // Inserts or replaces samples by (symbol, time, signal number).
    bool saveSamples(const QString &run, const std::vector<outcomes::ForwardSample> &samples);
    std::vector<outcomes::ForwardSample> loadSamples(const QString &run) const;
    // The scorecard as computed at `computedMs` (its JSON); the newest is what loadScorecard reads.
    bool saveScorecard(const QString &run, const outcomes::Scorecard &card, qint64 computedMs);
    std::optional<std::string> loadScorecard(const QString &run) const;

    // outcomes.sqlite beside the history store's default database.
    static QString defaultPath();

private:
    bool fail(const QString &error) const;
    bool migrate(int from);

    QSqlDatabase m_db;
    QString m_connectionName;
    mutable QString m_error;
};

} // namespace virtuoso::store
