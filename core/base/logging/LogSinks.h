#pragma once

#include "base/logging/Log.h"

#include <QStringList>

#include <cstdio>
#include <deque>
#include <functional>

struct iovec;

namespace virtuoso::log {

// Human-readable lines on stderr; with Style::SyslogPrefix each line starts with "<N>" so that
// journald (SyslogLevelPrefix=yes, its default) stores the right priority.
class StderrSink final : public Sink
{
public:
    enum class Style { Readable, SyslogPrefix };
    explicit StderrSink(Style style, FILE *out = stderr)
        : m_style(style)
        , m_out(out)
    {}
    void write(const Entry &entry) override;

    static QByteArray format(const Entry &entry, Style style);

private:
    Style m_style;
    FILE *m_out;
};

// Native journal entries: MESSAGE, PRIORITY, SYSLOG_IDENTIFIER plus CODE, CATEGORY and every
// structured field, so `journalctl -p err CODE=PONG_TIMEOUT` works.
class JournalSink final : public Sink
{
public:
    using Sender = std::function<int(const struct iovec *fields, int count)>;
    // The default sender is sd_journal_sendv; tests inject their own.
    explicit JournalSink(Sender sender = {});
    void write(const Entry &entry) override;

private:
    Sender m_sender;
};

// The last `capacity` entries in memory, for tests and for views that show recent log lines.
class MemorySink final : public Sink
{
public:
    explicit MemorySink(std::size_t capacity = 1000)
        : m_capacity(capacity)
    {}
    void write(const Entry &entry) override;
    std::vector<Entry> entries() const;
    void clear();

private:
    mutable std::mutex m_mutex;
    std::size_t m_capacity;
    std::deque<Entry> m_entries;
};

enum class LogTarget { Auto, Journal, Stderr, SyslogPrefix };

// True when stderr is the journal's stream ($JOURNAL_STREAM names stderr's device and inode).
bool stderrIsJournal();

} // namespace virtuoso::log
