#include "engine/LoggingSetup.h"

#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "engine/WarningFilterSink.h"

namespace virtuoso::log {

QString configureLogging(const QString &target, const QString &level, bool daemonMode)
{
    Logger &logger = Logger::instance();
    if (level == u"auto")
        logger.setLevel(daemonMode ? Level::Warning : Level::Info);
    else if (const auto parsed = parseLevel(level))
        logger.setLevel(*parsed);

    std::vector<std::unique_ptr<Sink>> sinks;
    QString description;
    if (target == u"journal" || (target == u"auto" && stderrIsJournal())) {
        sinks.push_back(std::make_unique<JournalSink>());
        description = QStringLiteral("journal");
    } else if (target == u"syslog-prefix") {
        sinks.push_back(std::make_unique<StderrSink>(StderrSink::Style::SyslogPrefix));
        description = QStringLiteral("stderr with <N> priority prefixes");
    } else {
        sinks.push_back(std::make_unique<StderrSink>(StderrSink::Style::Readable));
        description = QStringLiteral("stderr");
    }
    logger.setSinks(withWarningAggregation(std::move(sinks)));
    return description;
}

} // namespace virtuoso::log
