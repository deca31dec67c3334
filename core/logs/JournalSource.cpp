#include "logs/JournalSource.h"

#include <QElapsedTimer>

#include <systemd/sd-journal.h>

#include <cstring>
#include <string>

namespace virtuoso::logs {

namespace {

std::string_view field(sd_journal *j, const char *name)
{
    const void *data = nullptr;
    size_t length = 0;
    if (sd_journal_get_data(j, name, &data, &length) < 0)
        return {};
    const std::string_view all(static_cast<const char *>(data), length);
    const size_t prefix = std::strlen(name) + 1; // "NAME="
    return all.size() >= prefix ? all.substr(prefix) : std::string_view{};
}

} // namespace

QString readJournal(const JournalQuery &query, RecordSink &sink)
{
    sd_journal *j = nullptr;
    const int rc = sd_journal_open(&j, SD_JOURNAL_LOCAL_ONLY);
    if (rc < 0)
        return QStringLiteral("journal not available: %1").arg(QString::fromLocal8Bit(std::strerror(-rc)));
    const QByteArray match = "SYSLOG_IDENTIFIER=" + query.identifier.toUtf8();
    sd_journal_add_match(j, match.constData(), static_cast<size_t>(match.size()));
    sd_journal_set_data_threshold(j, 64 * 1024); // long messages are analysed by their start
    if (query.sinceUs > 0)
        sd_journal_seek_realtime_usec(j, static_cast<uint64_t>(query.sinceUs));
    QElapsedTimer timer;
    timer.start();
    QString stopped;
    std::int64_t entries = 0;
    std::string message;
    while (sd_journal_next(j) > 0) {
        uint64_t usec = 0;
        sd_journal_get_realtime_usec(j, &usec);
        if (query.untilUs > 0 && static_cast<std::int64_t>(usec) >= query.untilUs)
            break;
        if (entries >= query.maxEntries) {
            stopped = QStringLiteral("stopped after %1 entries; ask for a shorter time range").arg(query.maxEntries);
            break;
        }
        if ((entries & 1023) == 0 && timer.elapsed() > query.maxMs) {
            stopped = QStringLiteral("stopped after %1 ms at %2 entries; ask for a shorter time range")
                          .arg(query.maxMs)
                          .arg(entries);
            break;
        }
        const std::string_view text = field(j, "MESSAGE");
        if (text.data() == nullptr)
            continue;
        ++entries;
        // The views of sd_journal_get_data live until the next call; the message is copied first.
        message.assign(text);
        LogRecord r;
        r.timestampUs = static_cast<std::int64_t>(usec);
        const std::string_view priority = field(j, "PRIORITY");
        r.priority =
            priority.size() == 1 && priority[0] >= '0' && priority[0] <= '7' ? priority[0] - '0' : LevelUnknown;
        std::string code(field(j, "CODE"));
        std::string unit(field(j, "_SYSTEMD_UNIT"));
        if (unit.empty())
            unit = query.identifier.toStdString();
        r.code = code;
        r.unit = unit;
        r.message = message;
        r.textLevel = levelFromText(r.message);
        r.offset = entries;
        sink.record(r);
    }
    sd_journal_close(j);
    return stopped;
}

} // namespace virtuoso::logs
