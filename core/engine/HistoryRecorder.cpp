#include "engine/HistoryRecorder.h"

#include "base/Clock.h"
#include "model/health/ConnectionStatus.h"
#include "model/health/TimeoutJournal.h"
#include "model/health/WarningAggregator.h"
#include "store/HistoryStore.h"

#include <QTimer>

namespace virtuoso {

namespace {

constexpr qint64 MinuteMs = 60'000;

QString aggregateKey(const health::WarningAggregate &a)
{
    QString key = QString::fromLatin1(a.code);
    for (const log::Field &f : a.keyFields)
        key += QLatin1Char(' ') + QString::fromLatin1(f.name) + QLatin1Char('=') + f.value;
    return key;
}

} // namespace

HistoryRecorder::HistoryRecorder(store::HistoryStore &store, const health::TimeoutJournal &journal,
                                 const health::ConnectionStatusBoard &board, const health::WarningAggregator *warnings,
                                 const Clock &clock, HistoryRecorderSettings settings)
    : m_store(store)
    , m_journal(journal)
    , m_board(board)
    , m_warningSource(warnings)
    , m_clock(clock)
    , m_settings(settings)
{}

void HistoryRecorder::start()
{
    if (m_timer)
        return;
    m_timer = new QTimer(this);
    m_timer->setInterval(std::max(10, m_settings.intervalMs));
    connect(m_timer, &QTimer::timeout, this, &HistoryRecorder::collect);
    m_timer->start();
}

void HistoryRecorder::stop()
{
    if (m_timer)
        m_timer->stop();
    collect();
    collectWarnings(true);
    collectSignals(true);
}

void HistoryRecorder::onSnapshot(CoreSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
}

void HistoryRecorder::collect()
{
    const quint64 before = m_lastTimeoutId;
    m_lastTimeoutId = m_store.recordTimeoutsAfter(m_journal, m_lastTimeoutId);
    m_timeouts += m_lastTimeoutId - before;
    collectStates();
    collectWarnings(false);
    collectSignals(false);
}

void HistoryRecorder::collectStates()
{
    for (const health::ConnectionStatus &s : m_board.read()) {
        // Kept oldest first and bounded. A reconnect makes several transitions within a millisecond,
        // and a collection may fall between them: what is new is everything after the newest time
        // written, and at that time everything after the ones already written.
        WrittenTransitions &written = m_lastTransition[s.connId];
        WrittenTransitions next = written;
        int atNewest = 0;
        for (const health::ConnectionTransition &t : s.transitions) {
            if (t.epochMs < written.epochMs || (t.epochMs == written.epochMs && atNewest++ < written.atEpoch))
                continue;
            m_store.recordStateChange(s.connId, t.from, t.to, t.reason, t.epochMs);
            ++m_states;
            if (t.epochMs > next.epochMs)
                next = {t.epochMs, 1};
            else
                ++next.atEpoch;
        }
        written = next;
    }
}

void HistoryRecorder::collectWarnings(bool force)
{
    if (!m_warningSource)
        return;
    const qint64 now = m_clock.monotonicMs();
    if (!force && m_lastWarningWriteMs >= 0 && now - m_lastWarningWriteMs < m_settings.warningIntervalMs)
        return;
    m_lastWarningWriteMs = now;
    std::vector<health::WarningAggregate> changed;
    for (health::WarningAggregate &a : m_warningSource->snapshot()) {
        qint64 &written = m_warningCounts[aggregateKey(a)];
        if (a.count == written)
            continue;
        written = a.count;
        changed.push_back(std::move(a));
    }
    if (changed.empty())
        return;
    m_store.recordWarnings(changed, m_clock.epochMs());
    m_warnings += changed.size();
}

void HistoryRecorder::collectSignals(bool force)
{
    const qint64 now = m_clock.monotonicMs();
    if (m_snapshot) {
        for (const auto &signal : m_snapshot->confluenceSignals) {
            if (!signal || !signal->ready)
                continue;
            const QString symbol = QString::fromStdString(signal->symbol);
            const qint64 ts = signal->timestampMs > 0 ? signal->timestampMs : m_snapshot->epochMs;
            const qint64 minute = ts - ts % MinuteMs;
            SignalState &st = m_signalState[symbol];
            if (minute != st.minuteMs) {
                // A new minute: the previous one's last score is final.
                if (!st.written && st.minuteMs >= 0) {
                    m_store.recordSignal(symbol, st.minuteMs, st.score);
                    ++m_signals;
                }
                st.minuteMs = minute;
                st.score = signal->score;
                st.written = false;
                st.writtenAtMs = -1;
            } else if (signal->score != st.score) {
                st.score = signal->score;
                st.written = false;
            }
        }
        m_snapshot.reset();
    }
    // The current minute is rewritten now and then, so a crash loses at most a few seconds of it.
    for (auto &[symbol, st] : m_signalState) {
        if (st.written)
            continue;
        if (!force && st.writtenAtMs >= 0 && now - st.writtenAtMs < m_settings.signalIntervalMs)
            continue;
        m_store.recordSignal(symbol, st.minuteMs, st.score);
        ++m_signals;
        st.written = true;
        st.writtenAtMs = now;
    }
}

} // namespace virtuoso
