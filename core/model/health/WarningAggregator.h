#pragma once

#include "base/logging/Log.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace virtuoso {
class Clock;
}

namespace virtuoso::health {

class MetricsRegistry;
class Counter;

// What a warning code means, declared once by the part of the program that raises it.
struct WarningDefinition
{
    QByteArray code; // stable, e.g. TRADES_INSUFFICIENT
    log::Level severity = log::Level::Warning;
    QString templateText;        // e.g. "Insufficient trade history for <symbol>: <have> < <need>"
    QList<QByteArray> keyFields; // which structured fields tell occurrences apart; empty = all but DURATION_MS
};

// One (code, key fields) group as the API and the GUI show it.
struct WarningAggregate
{
    QByteArray code;
    log::Level severity = log::Level::Warning;
    QString templateText;
    std::vector<log::Field> keyFields;
    QString lastMessage;
    qint64 count = 0;
    qint64 firstSeenMs = 0; // epoch ms
    qint64 lastSeenMs = 0;
    double ratePerMin = 0; // occurrences in the last minute (sliding, 1 s resolution)
};

// The line the log gets once per interval instead of every repeat.
struct WarningSummary
{
    QByteArray code;
    log::Level severity = log::Level::Warning;
    qint64 suppressed = 0; // occurrences since the previous line of this code
    qint64 intervalMs = 0; // span the summary covers
    int distinctKeys = 0;
    QString keyNoun; // "symbols", "connections", "topics" or "keys"
    QString lastMessage;
    std::vector<log::Field> fields; // the fields of the last occurrence

    // "TRADES_INSUFFICIENT ×312 in 10 min across 15 symbols"
    QString text() const;
};

struct WarningPolicy
{
    qint64 summaryIntervalMs = 600'000; // logging.summary_interval_s
    int maxLinesPerCodePerMin = 6;      // logging.max_per_code_per_min
};

// Counts every warning by code and key fields, and decides which occurrences reach the log: the
// first of each key, errors, within a per-code line budget; everything else is summarised later.
// Thread-safe; recording is a hash lookup and a few counters under a short lock.
class WarningAggregator
{
public:
    explicit WarningAggregator(const Clock &clock, WarningPolicy policy = {});
    ~WarningAggregator();

    // The process-wide aggregator every VLOG warning goes through (see logging/WarningFilterSink.h).
    static WarningAggregator &process();

    void setClock(const Clock *clock);
    void setPolicy(WarningPolicy policy);
    WarningPolicy policy() const;
    // Each code also counts into virtuoso_warnings_total{code=...}; nullptr detaches.
    void attachMetrics(MetricsRegistry *registry);

    void define(const WarningDefinition &definition);

    struct Verdict
    {
        bool log = false; // write this occurrence now
        bool firstOfKey = false;
        qint64 codeCount = 0; // occurrences of this code so far, this one included
    };

    // Records one occurrence. `fields` are the structured fields of the entry; the definition (or,
    // without one, all fields but the DURATION_MS measurement) says which of them form the key.
    // `templateText` names the code's pattern when no definition does (e.g. a mined template).
    Verdict record(const QByteArray &code, log::Level severity, std::span<const log::Field> fields,
                   const QString &message, const QString &templateText = {});

    // Summaries whose interval has ended and that have something to say; each is returned once.
    std::vector<WarningSummary> takeDueSummaries();
    // Everything counted but not yet summarised, regardless of the interval (at shutdown).
    std::vector<WarningSummary> takeAllSummaries();

    std::vector<WarningAggregate> snapshot() const;
    qint64 totalCount() const;
    qint64 count(const QByteArray &code) const;
    void clear();

private:
    struct KeyState;
    struct CodeState;

    CodeState &codeState(const QByteArray &code, log::Level severity);
    std::vector<WarningSummary> takeSummaries(bool onlyDue);

    mutable std::mutex m_mutex;
    std::atomic<const Clock *> m_clock;
    WarningPolicy m_policy;
    MetricsRegistry *m_metrics = nullptr;
    QHash<QByteArray, WarningDefinition> m_definitions;
    QHash<QByteArray, std::shared_ptr<CodeState>> m_codes;
    CodeState *m_lastCode = nullptr;
    qint64 m_total = 0;
    qint64 m_nextSummaryCheckMs = 0;
};

// Sliding one-minute count with one-second buckets: constant memory, O(1) per event.
class MinuteWindow
{
public:
    void add(qint64 monotonicMs, int n = 1);
    int count(qint64 monotonicMs) const;

private:
    std::array<int, 60> m_counts{};
    std::array<qint64, 60> m_seconds{}; // which second each bucket currently holds
};

} // namespace virtuoso::health
