#include "base/logging/LogSinks.h"

#include <QDateTime>

#include <sys/stat.h>
#include <sys/uio.h>
#include <systemd/sd-journal.h>
#include <unistd.h>

namespace virtuoso::log {

QByteArray StderrSink::format(const Entry &entry, Style style)
{
    QByteArray line;
    line.reserve(128 + entry.message.size());
    if (style == Style::SyslogPrefix) {
        // journald adds its own timestamp.
        line += '<' + QByteArray::number(static_cast<int>(entry.level)) + '>';
    } else {
        line += QDateTime::fromMSecsSinceEpoch(entry.epochMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
        line += ' ';
        // Padded to one column, with at least one space before the category ("CRITICAL api").
        QByteArray level = QByteArray(levelName(entry.level)).toUpper();
        level.resize(std::max<qsizetype>(level.size() + 1, 9), ' ');
        line += level;
    }
    line += entry.category;
    if (!entry.code.isEmpty())
        line += " [" + entry.code + ']';
    for (const Field &f : entry.fields)
        line += ' ' + f.name.toLower() + '=' + f.value.toUtf8();
    line += ": ";
    QByteArray message = entry.message.toUtf8();
    message.replace('\n', "\\n"); // one entry, one line
    line += message;
    line += '\n';
    return line;
}

void StderrSink::write(const Entry &entry)
{
    const QByteArray line = format(entry, m_style);
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), m_out);
    std::fflush(m_out);
}

JournalSink::JournalSink(Sender sender)
    : m_sender(std::move(sender))
{
    if (!m_sender)
        m_sender = [](const struct iovec *iov, int n) { return sd_journal_sendv(iov, n); };
}

void JournalSink::write(const Entry &entry)
{
    std::vector<QByteArray> fields;
    fields.reserve(5 + entry.fields.size());
    fields.push_back("MESSAGE=" + entry.message.toUtf8());
    fields.push_back("PRIORITY=" + QByteArray::number(static_cast<int>(entry.level)));
    fields.push_back("SYSLOG_IDENTIFIER=virtuoso");
    fields.push_back("CATEGORY=" + entry.category);
    if (!entry.code.isEmpty())
        fields.push_back("CODE=" + entry.code);
    for (const Field &f : entry.fields)
        fields.push_back(f.name + '=' + f.value.toUtf8());

    std::vector<struct iovec> iov(fields.size());
    for (size_t i = 0; i < fields.size(); ++i) {
        iov[i].iov_base = const_cast<char *>(fields[i].constData());
        iov[i].iov_len = static_cast<size_t>(fields[i].size());
    }
    m_sender(iov.data(), static_cast<int>(iov.size()));
}

void MemorySink::write(const Entry &entry)
{
    std::lock_guard lock(m_mutex);
    m_entries.push_back(entry);
    while (m_entries.size() > m_capacity)
        m_entries.pop_front();
}

std::vector<Entry> MemorySink::entries() const
{
    std::lock_guard lock(m_mutex);
    return {m_entries.begin(), m_entries.end()};
}

void MemorySink::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

bool stderrIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const qsizetype colon = stream.indexOf(':');
    if (colon <= 0)
        return false;
    struct stat st
    {
    };
    if (fstat(STDERR_FILENO, &st) != 0)
        return false;
    return stream.left(colon).toULongLong() == static_cast<qulonglong>(st.st_dev) &&
           stream.mid(colon + 1).toULongLong() == static_cast<qulonglong>(st.st_ino);
}

} // namespace virtuoso::log
