#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace virtuoso {
class Clock;
}

namespace virtuoso::log {

// Levels carry their syslog priority so the journal stores what we mean: `journalctl -p err`
// finds every Error and Critical entry.
enum class Level : int { Critical = 2, Error = 3, Warning = 4, Notice = 5, Info = 6, Debug = 7 };

const char *levelName(Level level);
std::optional<Level> parseLevel(const QString &name);

// A structured field in journal naming: upper case, e.g. CODE, CONN_ID, SYMBOL, TOPIC.
struct Field
{
    QByteArray name;
    QString value;
};

struct Entry
{
    qint64 epochMs = 0;
    Level level = Level::Info;
    QByteArray category; // the part of the program: exchange, engine, api, sim, ...
    QByteArray code;     // stable message code, e.g. PONG_TIMEOUT; empty for free text
    QString message;
    std::vector<Field> fields;

    const QString *field(const QByteArray &name) const;
};

class Sink
{
public:
    virtual ~Sink() = default;
    virtual void write(const Entry &entry) = 0;
};

// The one logging layer of the program. Thread-safe; cheap when a level is disabled.
class Logger
{
public:
    static Logger &instance();

    void setLevel(Level level) { m_level.store(static_cast<int>(level), std::memory_order_relaxed); }
    Level level() const { return static_cast<Level>(m_level.load(std::memory_order_relaxed)); }
    bool enabled(Level level) const { return static_cast<int>(level) <= m_level.load(std::memory_order_relaxed); }

    void setSinks(std::vector<std::unique_ptr<Sink>> sinks);
    void addSink(std::unique_ptr<Sink> sink);
    void setClock(const Clock *clock);

    void write(Entry entry);

    // Routes qDebug/qWarning/qCritical (from Qt and libraries) through this logger.
    static void installQtMessageHandler();

private:
    Logger();

    std::atomic<int> m_level;
    std::atomic<const Clock *> m_clock;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Sink>> m_sinks;
};

// Builds one entry and writes it when it goes out of scope. Use through VLOG.
class Record
{
public:
    Record(Level level, const char *category, const char *code = nullptr);
    ~Record();
    Record(const Record &) = delete;
    Record &operator=(const Record &) = delete;

    Record &field(const char *name, const QString &value);
    Record &conn(const QString &connId) { return field("CONN_ID", connId); }
    Record &symbol(const QString &symbol) { return field("SYMBOL", symbol); }
    Record &topic(const QString &topic) { return field("TOPIC", topic); }

    Record &operator<<(const QString &text);
    Record &operator<<(QLatin1String text);
    Record &operator<<(const char *text);
    Record &operator<<(qint64 value);
    Record &operator<<(int value) { return *this << static_cast<qint64>(value); }
    Record &operator<<(double value);

private:
    Entry m_entry;
};

} // namespace virtuoso::log

// VLOG(Warning, "exchange", "PONG_TIMEOUT").conn(id) << "no pong within " << ms << " ms";
// The arguments are not evaluated when the level is disabled.
#define VLOG(level, category, code)                                                                                    \
    if (!::virtuoso::log::Logger::instance().enabled(::virtuoso::log::Level::level)) {                                 \
    } else                                                                                                             \
        ::virtuoso::log::Record(::virtuoso::log::Level::level, category, code)

// VLOG_AT(quiet ? log::Level::Debug : log::Level::Info, "sim", "SIM_WS_OPEN") << …: the level chosen at
// run time (an expression of type log::Level, evaluated once).
#define VLOG_AT(levelValue, category, code)                                                                            \
    if (const ::virtuoso::log::Level vlogLevel_ = (levelValue);                                                        \
        !::virtuoso::log::Logger::instance().enabled(vlogLevel_)) {                                                    \
    } else                                                                                                             \
        ::virtuoso::log::Record(vlogLevel_, category, code)
