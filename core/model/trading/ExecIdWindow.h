#pragma once

#include <QtGlobal>

#include <cstddef>
#include <deque>
#include <string>
#include <unordered_set>
#include <vector>

namespace virtuoso::trading {

// The execIds of the fills counted, so that each fill is counted once, in memory that does not grow
// with the length of a session. An id is let go (forget) only when both hold:
// - its fill is more than `keepMs` older than the newest fill seen: reconciliation asks for fills
//   from a few minutes before the newest one (OrderManager keeps `keepMs` well beyond that), and the
//   private stream reports a fill within seconds;
// - it was first reported more than `keepMs` ago: a list read in pages, newest first, or a stream
//   and a reconciliation answering at once may report an old fill twice within seconds.
// No source reports a fill again after both, so a fill's second report is always recognised.
class ExecIdWindow
{
public:
    static constexpr qint64 kDefaultKeepMs = 3'600'000;

    explicit ExecIdWindow(qint64 keepMs = kDefaultKeepMs)
        : m_keepMs(keepMs)
    {}
    // Its queues point into its set: moved (the elements stay where they are), never copied.
    ExecIdWindow(const ExecIdWindow &) = delete;
    ExecIdWindow &operator=(const ExecIdWindow &) = delete;
    ExecIdWindow(ExecIdWindow &&) = default;
    ExecIdWindow &operator=(ExecIdWindow &&) = default;

    // True (and recorded) when the id is new; false for a repeat. `fillMs` is the fill's time (0:
    // unknown, taken as the newest), `nowMs` the time it was reported (0 or earlier: the latest report
    // time given).
    bool admit(const std::string &execId, qint64 fillMs, qint64 nowMs);
    bool knows(const std::string &execId) const { return m_ids.count(execId) != 0; }
    // Lets go of the ids both rules above allow; returns how many went.
    std::size_t forget(qint64 nowMs);

    void setKeepMs(qint64 keepMs) { m_keepMs = keepMs; }
    qint64 keepMs() const { return m_keepMs; }
    std::size_t size() const { return m_ids.size(); }
    qint64 newestFillMs() const { return m_newestFillMs; }

private:
    struct Entry
    {
        qint64 fillMs;
        qint64 reportedMs;
        const std::string *id; // into m_ids, whose elements stay where they are when it rehashes
    };

    qint64 m_keepMs;
    qint64 m_newestFillMs = 0;
    qint64 m_latestReportMs = 0;
    std::unordered_set<std::string> m_ids;
    std::deque<Entry> m_byReport; // in the order the ids were first reported: reported long ago first
    std::vector<Entry> m_byFill;  // reported long ago, fill still recent: a heap, the oldest fill on top
};

} // namespace virtuoso::trading
