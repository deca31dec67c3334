// Log budget: a cold start with 20 symbols, from everything warming up to steady state over ten
// simulated minutes, must write fewer than 50 lines at the daemon's default level (warning), and
// every error must still reach the log at error priority. The warning stream here is the one the
// old service produced during warm-up (per-symbol data-sufficiency warnings, timeouts, free text
// from Qt); the harness counts what the warning filter lets through, per code.
#include "base/Clock.h"
#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "engine/LoggingSetup.h"
#include "engine/WarningFilterSink.h"
#include "model/health/WarningAggregator.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>

using namespace virtuoso;
using namespace virtuoso::health;
using namespace virtuoso::log;

namespace {

class LineCounter final : public Sink
{
public:
    explicit LineCounter(std::vector<Entry> *out)
        : m_out(out)
    {}
    void write(const Entry &entry) override { m_out->push_back(entry); }

private:
    std::vector<Entry> *m_out;
};

// Installs the production chain (warning filter in front of the output) at the default daemon
// level, on a simulated clock, and counts the lines that come out.
class LogBudgetHarness
{
public:
    LogBudgetHarness()
    {
        WarningAggregator::process().clear();
        WarningAggregator::process().setClock(&clock);
        setWarningLimits(600, 6); // logging.summary_interval_s, logging.max_per_code_per_min defaults
        Logger::instance().setClock(&clock);
        Logger::instance().setLevel(Level::Warning);
        std::vector<std::unique_ptr<Sink>> outputs;
        outputs.push_back(std::make_unique<LineCounter>(&lines));
        Logger::instance().setSinks(withWarningAggregation(std::move(outputs)));
        Logger::installQtMessageHandler();
    }
    ~LogBudgetHarness()
    {
        qInstallMessageHandler(nullptr);
        Logger::instance().setClock(nullptr);
        WarningAggregator::process().setClock(nullptr);
        WarningAggregator::process().clear();
        configureLogging(QStringLiteral("stderr"), QStringLiteral("info"), false);
    }

    // Advances simulated time second by second, letting `perSecond` log and the heartbeat emit summaries.
    void run(qint64 seconds, const std::function<void(qint64 second)> &perSecond)
    {
        for (qint64 s = 0; s < seconds; ++s) {
            perSecond(s);
            clock.advanceMs(1000);
            emitDueWarningSummaries();
        }
    }

    std::map<QByteArray, int> linesPerCode() const
    {
        std::map<QByteArray, int> out;
        for (const Entry &e : lines)
            ++out[e.code.isEmpty() ? QByteArray("(free text)") : e.code];
        return out;
    }

    ManualClock clock{1'764'290'000'000};
    std::vector<Entry> lines;
};

QString symbolName(int i)
{
    static const char *const names[] = {"BTCUSDT",   "ETHUSDT",  "SOLUSDT",  "XRPUSDT",  "DOGEUSDT",
                                        "ADAUSDT",   "AVAXUSDT", "LINKUSDT", "DOTUSDT",  "TRXUSDT",
                                        "MATICUSDT", "LTCUSDT",  "BCHUSDT",  "NEARUSDT", "ATOMUSDT",
                                        "APTUSDT",   "ARBUSDT",  "OPUSDT",   "SUIUSDT",  "1000PEPEUSDT"};
    return QString::fromLatin1(names[i % 20]);
}

} // namespace

TEST(LogBudget, ColdStartOfTwentySymbolsStaysUnderFiftyLines)
{
    LogBudgetHarness harness;
    qint64 injectedErrors = 0;
    qint64 emitted = 0;
    harness.run(600, [&](qint64 second) {
        const bool warming = second < 240;
        for (int i = 0; i < 20; ++i) {
            const QString sym = symbolName(i);
            const QString conn = QStringLiteral("conn_%1").arg(i / 10);
            if (warming && second % 10 == i % 10) {
                VLOG(Warning, "engine", "TRADES_INSUFFICIENT").symbol(sym)
                    << "Insufficient trade history for " << sym << ": " << (100 + second * 4) << " < 1000";
                VLOG(Warning, "engine", "BOOK_SHALLOW").symbol(sym).conn(conn) << "Shallow orderbook: asks=0, bids=0";
                VLOG(Warning, "engine", "KLINES_WARMING").symbol(sym) << "warming up " << second * 6 << "/1440";
                emitted += 3;
            }
            if (!warming && second % 120 == 0 && i < 3) {
                VLOG(Warning, "exchange", "HANDLER_SLOW").conn(conn).symbol(sym)
                    << "handler took " << (60 + i) << " ms for orderbook.50." << sym;
                ++emitted;
            }
        }
        if (second % 45 == 5) {
            VLOG(Warning, "exchange", "PONG_TIMEOUT").conn(QStringLiteral("conn_%1").arg(second % 2))
                << "no pong within 10000 ms";
            ++emitted;
        }
        if (second % 30 == 7) {
            const QByteArray text =
                QStringLiteral("QWebSocketPrivate::processData: conn_%1 frame of %2 bytes after close")
                    .arg(second % 9)
                    .arg(second * 13)
                    .toUtf8();
            qWarning("%s", text.constData());
            ++emitted;
        }
        if (second == 300 || second == 301) {
            VLOG(Error, "exchange", "RECONNECT_FAILED").conn(QStringLiteral("conn_1"))
                << "reconnect failed: connection refused (attempt " << (second - 299) << ")";
            ++injectedErrors;
            ++emitted;
        }
    });

    const auto perCode = harness.linesPerCode();
    std::printf("lines per code over 10 simulated minutes:\n");
    for (const auto &[code, n] : perCode)
        std::printf("  %-22s %d\n", code.constData(), n);
    std::printf("  total                  %zu (warnings recorded: %lld)\n", harness.lines.size(),
                static_cast<long long>(WarningAggregator::process().totalCount()));

    EXPECT_LT(harness.lines.size(), 50u);
    // Nothing was lost: every occurrence is counted even though few were written.
    EXPECT_EQ(WarningAggregator::process().totalCount(), emitted);
    // Every injected error is in the log, at error priority.
    int errors = 0;
    for (const Entry &e : harness.lines) {
        if (e.code == "RECONNECT_FAILED") {
            EXPECT_EQ(e.level, Level::Error);
            ++errors;
        }
    }
    EXPECT_EQ(errors, injectedErrors);
}
