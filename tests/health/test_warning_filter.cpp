// Every VLOG warning passes through the warning filter that configureLogging installs.
#include "base/Clock.h"
#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "engine/LoggingSetup.h"
#include "engine/WarningFilterSink.h"
#include "model/health/WarningAggregator.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::health;
using namespace virtuoso::log;

namespace {

// Counts what reaches the output, by code.
class CountingSink final : public Sink
{
public:
    explicit CountingSink(std::vector<Entry> *out)
        : m_out(out)
    {}
    void write(const Entry &entry) override { m_out->push_back(entry); }

private:
    std::vector<Entry> *m_out;
};

class WarningFilterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        WarningAggregator::process().clear();
        WarningAggregator::process().setClock(&clock);
        setWarningLimits(600, 6);
        Logger::instance().setClock(&clock);
        Logger::instance().setLevel(Level::Warning);
        std::vector<std::unique_ptr<Sink>> outputs;
        outputs.push_back(std::make_unique<CountingSink>(&written));
        Logger::instance().setSinks(withWarningAggregation(std::move(outputs)));
    }
    void TearDown() override
    {
        Logger::instance().setClock(nullptr);
        WarningAggregator::process().setClock(nullptr);
        WarningAggregator::process().clear();
        configureLogging(QStringLiteral("stderr"), QStringLiteral("info"), false);
    }

    int countCode(const QByteArray &code) const
    {
        int n = 0;
        for (const Entry &e : written)
            n += e.code == code ? 1 : 0;
        return n;
    }

    ManualClock clock{1'764'290'000'000};
    std::vector<Entry> written;
};

} // namespace

TEST_F(WarningFilterTest, ConfigureLoggingInstallsTheFilter)
{
    configureLogging(QStringLiteral("stderr"), QStringLiteral("warning"), true);
    const qint64 before = WarningAggregator::process().count("PONG_TIMEOUT");
    testing::internal::CaptureStderr();
    for (int i = 0; i < 3; ++i)
        VLOG(Warning, "exchange", "PONG_TIMEOUT").conn(QStringLiteral("conn_1")) << "no pong within 10000 ms";
    const std::string err = testing::internal::GetCapturedStderr();
    EXPECT_EQ(WarningAggregator::process().count("PONG_TIMEOUT"), before + 3);
    // The first occurrence is written, the repeats only counted.
    size_t lines = 0;
    for (size_t pos = err.find("PONG_TIMEOUT"); pos != std::string::npos; pos = err.find("PONG_TIMEOUT", pos + 1))
        ++lines;
    EXPECT_EQ(lines, 1u) << err;
}

TEST_F(WarningFilterTest, RepeatsBecomeOneSummaryPerInterval)
{
    for (int minute = 0; minute < 10; ++minute) {
        for (int s = 0; s < 15; ++s) {
            for (int k = 0; k < 2; ++k)
                VLOG(Warning, "engine", "TRADES_INSUFFICIENT").symbol(QStringLiteral("SYM%1USDT").arg(s))
                    << "Insufficient trade history: 100 < 1000";
        }
        clock.advanceMs(60'000);
        emitDueWarningSummaries();
    }
    // Six first occurrences (the per-minute budget), then one summary for everything else.
    std::vector<Entry> summaries;
    for (const Entry &e : written)
        if (e.field(WarningFilterSink::SummaryField))
            summaries.push_back(e);
    ASSERT_EQ(summaries.size(), 1u);
    EXPECT_EQ(countCode("TRADES_INSUFFICIENT"), 6 + 1);
    EXPECT_EQ(summaries[0].level, Level::Warning);
    EXPECT_TRUE(
        summaries[0].message.startsWith(QStringLiteral("TRADES_INSUFFICIENT \u00d7294 in 10 min across 15 symbols")))
        << summaries[0].message.toStdString();
    EXPECT_EQ(WarningAggregator::process().count("TRADES_INSUFFICIENT"), 300);
}

TEST_F(WarningFilterTest, ErrorsAlwaysReachTheLogAtErrorPriority)
{
    for (int i = 0; i < 3; ++i) {
        VLOG(Error, "exchange", "RECONNECT_FAILED").conn(QStringLiteral("conn_2")) << "attempt " << i;
        clock.advanceMs(20'000);
    }
    ASSERT_EQ(countCode("RECONNECT_FAILED"), 3);
    for (const Entry &e : written)
        EXPECT_EQ(e.level, Level::Error);
}

TEST_F(WarningFilterTest, FreeTextIsGroupedByTemplate)
{
    Logger::installQtMessageHandler();
    qWarning("QWebSocket conn_6 closed: remote host closed the connection (code 1006)");
    qWarning("QWebSocket conn_8 closed: remote host closed the connection (code 1001)");
    qWarning("QWebSocket conn_9 closed: remote host closed the connection (code 1006)");
    qInstallMessageHandler(nullptr);
    const auto snap = WarningAggregator::process().snapshot();
    ASSERT_EQ(snap.size(), 1u);
    EXPECT_TRUE(snap[0].code.startsWith("TEXT_"));
    EXPECT_EQ(snap[0].count, 3);
    EXPECT_EQ(snap[0].templateText,
              QStringLiteral("QWebSocket conn_<*> closed: remote host closed the connection (code <*>)"));
    EXPECT_EQ(written.size(), 1u);
}

TEST_F(WarningFilterTest, NoticeAndInfoPassUnchanged)
{
    Logger::instance().setLevel(Level::Info);
    for (int i = 0; i < 10; ++i)
        VLOG(Info, "engine", "WARMUP") << "warming up " << i;
    EXPECT_EQ(countCode("WARMUP"), 10);
    EXPECT_EQ(WarningAggregator::process().totalCount(), 0);
}

TEST_F(WarningFilterTest, ASummaryDueWhenTheNextWarningArrivesIsWrittenWithItsTime)
{
    for (int i = 0; i < 3; ++i)
        VLOG(Warning, "exchange", "PONG_TIMEOUT").conn(QStringLiteral("conn_1")) << "no pong within 10000 ms";
    clock.advanceMs(601'000);
    VLOG(Warning, "exchange", "PONG_TIMEOUT").conn(QStringLiteral("conn_1")) << "no pong within 10000 ms";
    ASSERT_EQ(written.size(), 2u);
    EXPECT_TRUE(written[1].field(WarningFilterSink::SummaryField));
    // Two repeats, then the one that arrived after the interval: it is counted in the summary.
    EXPECT_EQ(*written[1].field(WarningFilterSink::SummaryField), QStringLiteral("3"));
    EXPECT_EQ(written[1].epochMs, clock.epochMs());
    EXPECT_EQ(written[1].category, "health");
}
