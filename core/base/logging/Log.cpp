#include "base/logging/Log.h"

#include "base/Clock.h"
#include "base/logging/LogSinks.h"

namespace virtuoso::log {

const char *levelName(Level level)
{
    switch (level) {
    case Level::Critical:
        return "critical";
    case Level::Error:
        return "error";
    case Level::Warning:
        return "warning";
    case Level::Notice:
        return "notice";
    case Level::Info:
        return "info";
    case Level::Debug:
        return "debug";
    }
    return "info";
}

std::optional<Level> parseLevel(const QString &name)
{
    for (Level l : {Level::Critical, Level::Error, Level::Warning, Level::Notice, Level::Info, Level::Debug}) {
        if (name.compare(QLatin1String(levelName(l)), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

const QString *Entry::field(const QByteArray &name) const
{
    for (const Field &f : fields) {
        if (f.name == name)
            return &f.value;
    }
    return nullptr;
}

Logger::Logger()
    : m_level(static_cast<int>(Level::Info))
    , m_clock(&Clock::system())
{
    m_sinks.push_back(std::make_unique<StderrSink>(StderrSink::Style::Readable));
}

Logger &Logger::instance()
{
    static Logger logger;
    return logger;
}

void Logger::setSinks(std::vector<std::unique_ptr<Sink>> sinks)
{
    std::lock_guard lock(m_mutex);
    m_sinks = std::move(sinks);
}

void Logger::addSink(std::unique_ptr<Sink> sink)
{
    std::lock_guard lock(m_mutex);
    m_sinks.push_back(std::move(sink));
}

void Logger::setClock(const Clock *clock)
{
    m_clock.store(clock ? clock : &Clock::system());
}

void Logger::write(Entry entry)
{
    if (!enabled(entry.level))
        return;
    if (entry.epochMs == 0)
        entry.epochMs = m_clock.load()->epochMs();
    std::lock_guard lock(m_mutex);
    for (const auto &sink : m_sinks)
        sink->write(entry);
}

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Level level = Level::Info;
    switch (type) {
    case QtDebugMsg:
        level = Level::Debug;
        break;
    case QtInfoMsg:
        level = Level::Info;
        break;
    case QtWarningMsg:
        level = Level::Warning;
        break;
    case QtCriticalMsg:
        level = Level::Error;
        break;
    case QtFatalMsg:
        level = Level::Critical;
        break;
    }
    Logger &logger = Logger::instance();
    if (logger.enabled(level)) {
        Entry e;
        e.level = level;
        e.category = context.category && qstrcmp(context.category, "default") != 0 ? QByteArray(context.category)
                                                                                   : QByteArray("qt");
        e.message = message;
        logger.write(std::move(e));
    }
}

} // namespace

void Logger::installQtMessageHandler()
{
    qInstallMessageHandler(qtMessageHandler);
}

Record::Record(Level level, const char *category, const char *code)
{
    m_entry.level = level;
    m_entry.category = category;
    if (code)
        m_entry.code = code;
}

Record::~Record()
{
    Logger::instance().write(std::move(m_entry));
}

Record &Record::field(const char *name, const QString &value)
{
    m_entry.fields.push_back(Field{QByteArray(name), value});
    return *this;
}

Record &Record::operator<<(const QString &text)
{
    m_entry.message += text;
    return *this;
}

Record &Record::operator<<(QLatin1String text)
{
    m_entry.message += text;
    return *this;
}

Record &Record::operator<<(const char *text)
{
    m_entry.message += QString::fromUtf8(text);
    return *this;
}

Record &Record::operator<<(qint64 value)
{
    m_entry.message += QString::number(value);
    return *this;
}

Record &Record::operator<<(double value)
{
    m_entry.message += QString::number(value, 'g', 8);
    return *this;
}

} // namespace virtuoso::log
