#include "base/Clock.h"
#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "engine/LoggingSetup.h"

#include <QLoggingCategory>

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <sys/stat.h>
#include <sys/uio.h>

using namespace virtuoso;
using namespace virtuoso::log;

namespace {

// Collects what the journal sink would hand to sd_journal_sendv.
struct JournalCapture
{
    std::vector<std::map<std::string, std::string>> entries;

    JournalSink::Sender sender()
    {
        return [this](const struct iovec *iov, int n) {
            std::map<std::string, std::string> fields;
            for (int i = 0; i < n; ++i) {
                const std::string kv(static_cast<const char *>(iov[i].iov_base), iov[i].iov_len);
                const auto eq = kv.find('=');
                fields[kv.substr(0, eq)] = kv.substr(eq + 1);
            }
            entries.push_back(std::move(fields));
            return 0;
        };
    }
};

class LoggingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto memory = std::make_unique<MemorySink>();
        m_memory = memory.get();
        auto journal = std::make_unique<JournalSink>(m_journal.sender());
        std::vector<std::unique_ptr<Sink>> sinks;
        sinks.push_back(std::move(memory));
        sinks.push_back(std::move(journal));
        Logger::instance().setSinks(std::move(sinks));
        Logger::instance().setLevel(Level::Debug);
        Logger::instance().setClock(&m_clock);
    }
    void TearDown() override
    {
        Logger::instance().setClock(nullptr);
        configureLogging(QStringLiteral("stderr"), QStringLiteral("info"), false);
    }

    ManualClock m_clock{1'764'290'000'123};
    JournalCapture m_journal;
    MemorySink *m_memory = nullptr;
};

} // namespace

TEST_F(LoggingTest, LevelsMapToSyslogPriorities)
{
    VLOG(Critical, "test", "C") << "critical";
    VLOG(Error, "test", "E") << "error";
    VLOG(Warning, "test", "W") << "warning";
    VLOG(Notice, "test", "N") << "notice";
    VLOG(Info, "test", "I") << "info";
    VLOG(Debug, "test", "D") << "debug";
    ASSERT_EQ(m_journal.entries.size(), 6u);
    const char *expected[] = {"2", "3", "4", "5", "6", "7"};
    for (size_t i = 0; i < 6; ++i)
        EXPECT_EQ(m_journal.entries[i]["PRIORITY"], expected[i]) << i;
}

TEST_F(LoggingTest, StructuredFieldsReachTheJournal)
{
    VLOG(Error, "exchange", "PONG_TIMEOUT").conn(QStringLiteral("conn_6")).symbol(QStringLiteral("BTCUSDT"))
        << "no pong within " << 10000 << " ms";
    ASSERT_EQ(m_journal.entries.size(), 1u);
    auto &e = m_journal.entries[0];
    EXPECT_EQ(e["MESSAGE"], "no pong within 10000 ms");
    EXPECT_EQ(e["PRIORITY"], "3");
    EXPECT_EQ(e["CODE"], "PONG_TIMEOUT");
    EXPECT_EQ(e["CONN_ID"], "conn_6");
    EXPECT_EQ(e["SYMBOL"], "BTCUSDT");
    EXPECT_EQ(e["CATEGORY"], "exchange");
    EXPECT_EQ(e["SYSLOG_IDENTIFIER"], "virtuoso");

    const auto entries = m_memory->entries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].epochMs, 1'764'290'000'123);
    ASSERT_NE(entries[0].field("CONN_ID"), nullptr);
}

TEST_F(LoggingTest, DisabledLevelsAreNotEvaluated)
{
    Logger::instance().setLevel(Level::Warning);
    int evaluated = 0;
    const auto expensive = [&] {
        ++evaluated;
        return QStringLiteral("x");
    };
    VLOG(Info, "test", "I") << expensive();
    VLOG(Warning, "test", "W") << expensive();
    EXPECT_EQ(evaluated, 1);
    EXPECT_EQ(m_journal.entries.size(), 1u);
}

TEST_F(LoggingTest, QtMessagesAreRoutedWithPriority)
{
    Logger::installQtMessageHandler();
    qWarning("qt warning %d", 42);
    qCritical("qt critical");
    qInstallMessageHandler(nullptr);
    ASSERT_EQ(m_journal.entries.size(), 2u);
    EXPECT_EQ(m_journal.entries[0]["PRIORITY"], "4");
    EXPECT_EQ(m_journal.entries[0]["MESSAGE"], "qt warning 42");
    EXPECT_EQ(m_journal.entries[1]["PRIORITY"], "3");
}

TEST(LogFormat, SyslogPrefixAndReadableLines)
{
    Entry e;
    e.epochMs = 1'764'290'000'123;
    e.level = Level::Error;
    e.category = "exchange";
    e.code = "RECONNECT_FAILED";
    e.message = QStringLiteral("two\nlines");
    e.fields.push_back({"CONN_ID", QStringLiteral("conn_9")});

    EXPECT_EQ(StderrSink::format(e, StderrSink::Style::SyslogPrefix),
              QByteArray("<3>exchange [RECONNECT_FAILED] conn_id=conn_9: two\\nlines\n"));
    const QByteArray readable = StderrSink::format(e, StderrSink::Style::Readable);
    EXPECT_TRUE(readable.startsWith("2025-11-28T00:33:20.123Z ERROR    exchange")) << readable.toStdString();

    // The longest level name still keeps a space before the category (was "CRITICALapi").
    e.level = Level::Critical;
    e.category = "api";
    EXPECT_TRUE(StderrSink::format(e, StderrSink::Style::Readable).startsWith("2025-11-28T00:33:20.123Z CRITICAL api"))
        << StderrSink::format(e, StderrSink::Style::Readable).toStdString();
}

TEST(LogSetup, AutoLevelDependsOnMode)
{
    configureLogging(QStringLiteral("stderr"), QStringLiteral("auto"), /*daemonMode=*/true);
    EXPECT_EQ(Logger::instance().level(), Level::Warning);
    configureLogging(QStringLiteral("stderr"), QStringLiteral("auto"), /*daemonMode=*/false);
    EXPECT_EQ(Logger::instance().level(), Level::Info);
    configureLogging(QStringLiteral("stderr"), QStringLiteral("error"), false);
    EXPECT_EQ(Logger::instance().level(), Level::Error);
    configureLogging(QStringLiteral("stderr"), QStringLiteral("info"), false);
}

TEST(LogSetup, JournalStreamDetection)
{
    qunsetenv("JOURNAL_STREAM");
    EXPECT_FALSE(stderrIsJournal());
    qputenv("JOURNAL_STREAM", "1:2");
    EXPECT_FALSE(stderrIsJournal());
    struct stat st
    {
    };
    ASSERT_EQ(fstat(fileno(stderr), &st), 0);
    qputenv("JOURNAL_STREAM", QByteArray::number(static_cast<qulonglong>(st.st_dev)) + ':' +
                                  QByteArray::number(static_cast<qulonglong>(st.st_ino)));
    EXPECT_TRUE(stderrIsJournal());
    qunsetenv("JOURNAL_STREAM");
}
