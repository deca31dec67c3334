// Log budget over the real connection layer on a simulated clock: 20 symbols planned into
// connections by the TopicPlanner, each connection's state machine (PublicConnection) with its
// timeout journal, the production warning filter at the daemon's default level (warning), and a
// simulated exchange that accepts, acknowledges, answers pings and streams every topic once a
// second. Ten simulated minutes from cold start, with a dropped socket, missing pongs, a stalled
// stream and failed connectivity probes injected. What is simulated: the clock (ManualClock, every
// component reads it), the sockets (a scripted transport per connection) and the exchange's side.
// What is real: the topic plan, the connection state machines and their backoff, the journal, the
// logger, the warning aggregator and its filter. The rest of the runtime (Qt timers, the embedded
// simulator's sockets) runs on wall-clock time and is covered by the live tests.
#include "base/Clock.h"
#include "base/logging/Log.h"
#include "base/logging/LogSinks.h"
#include "connector/ConnectionPacer.h"
#include "connector/PublicConnection.h"
#include "connector/TopicPlanner.h"
#include "engine/LoggingSetup.h"
#include "engine/WarningFilterSink.h"
#include "model/health/TimeoutJournal.h"
#include "model/health/WarningAggregator.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <map>

using namespace virtuoso;
using namespace virtuoso::exchange;
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

// The exchange's end of one socket.
class SimulatedSocket final : public WebSocketTransport
{
public:
    void open(const QUrl &) override
    {
        ++opens;
        pending.clear();
    }
    void abort() override { open_ = false; }
    bool sendText(const QByteArray &text) override
    {
        pending.push_back(QJsonDocument::fromJson(text).object());
        return true;
    }

    // One step of the exchange: accept a new socket, acknowledge requests, answer pings.
    void serve(bool answerPings)
    {
        if (opens > accepted) {
            accepted = opens;
            open_ = true;
            m_listener->onTransportOpened();
        }
        if (!open_)
            return;
        std::vector<QJsonObject> requests;
        requests.swap(pending);
        for (const QJsonObject &o : requests) {
            const QString op = o.value(QLatin1String("op")).toString();
            if (op == u"ping" && !answerPings)
                continue;
            const QJsonObject reply{{"success", true},
                                    {"ret_msg", op == u"ping" ? "pong" : ""},
                                    {"conn_id", "sim"},
                                    {"req_id", o.value(QLatin1String("req_id")).toString()},
                                    {"op", op}};
            m_listener->onTransportText(QJsonDocument(reply).toJson(QJsonDocument::Compact), 0);
        }
    }
    void data(const QString &topic)
    {
        if (open_)
            m_listener->onTransportText(
                QStringLiteral(R"({"topic":"%1","type":"delta","ts":1,"data":{}})").arg(topic).toUtf8(), 0);
    }
    void drop(const QString &why)
    {
        open_ = false;
        m_listener->onTransportClosed(why);
    }

    int opens = 0;
    int accepted = 0;
    bool open_ = false;
    std::vector<QJsonObject> pending;
};

QStringList twentySymbols()
{
    return {
        QStringLiteral("BTCUSDT"),  QStringLiteral("ETHUSDT"),  QStringLiteral("SOLUSDT"),   QStringLiteral("XRPUSDT"),
        QStringLiteral("DOGEUSDT"), QStringLiteral("ADAUSDT"),  QStringLiteral("AVAXUSDT"),  QStringLiteral("LINKUSDT"),
        QStringLiteral("DOTUSDT"),  QStringLiteral("TRXUSDT"),  QStringLiteral("MATICUSDT"), QStringLiteral("LTCUSDT"),
        QStringLiteral("BCHUSDT"),  QStringLiteral("NEARUSDT"), QStringLiteral("ATOMUSDT"),  QStringLiteral("APTUSDT"),
        QStringLiteral("ARBUSDT"),  QStringLiteral("OPUSDT"),   QStringLiteral("SUIUSDT"),   QStringLiteral("BNBUSDT")};
}

void runLogBudget(const TopicPlanSettings &planSettings, size_t minConnections)
{
    ManualClock clock{1'764'290'000'000};
    std::vector<Entry> lines;
    WarningAggregator::process().clear();
    WarningAggregator::process().setClock(&clock);
    setWarningLimits(600, 6); // logging.summary_interval_s, logging.max_per_code_per_min defaults
    Logger::instance().setClock(&clock);
    Logger::instance().setLevel(Level::Warning);
    {
        std::vector<std::unique_ptr<Sink>> outputs;
        outputs.push_back(std::make_unique<LineCounter>(&lines));
        Logger::instance().setSinks(withWarningAggregation(std::move(outputs)));
    }

    TimeoutJournal journal(clock);
    ConnectionPacer pacer(600);
    const std::vector<ConnectionPlan> plan = TopicPlanner::plan(twentySymbols(), planSettings);
    ASSERT_GE(plan.size(), minConnections);
    std::vector<std::unique_ptr<SimulatedSocket>> sockets;
    std::vector<std::unique_ptr<PublicConnection>> connections;
    for (size_t i = 0; i < plan.size(); ++i) {
        PublicConnectionSettings s; // production defaults: ping 20 s, pong 10 s, stale factor 5
        s.connId = plan[i].connId;
        s.index = static_cast<int>(i);
        s.url = QUrl(QStringLiteral("wss://stream.example/v5/public/linear"));
        s.topics = plan[i].topics;
        s.seed = 11 + i;
        sockets.push_back(std::make_unique<SimulatedSocket>());
        connections.push_back(std::make_unique<PublicConnection>(s, *sockets.back(), pacer, journal, clock));
    }
    for (auto &c : connections)
        c->start();

    const size_t last = connections.size() - 1;
    const QString stalled = plan[0].topics.value(0);
    int probeFailures = 0;
    for (qint64 step = 0; step < 6000; ++step) { // 600 s in 100 ms steps
        const qint64 second = step / 10;
        // Faults: a dropped socket at 2 min, no pongs on the last connection for 40 s from 4 min,
        // one stalled topic for a minute from 6 min, a failing connectivity probe at 8 min (twice).
        if (step == 1200)
            sockets[0]->drop(QStringLiteral("remote host closed the connection"));
        const bool noPongs = second >= 240 && second < 280;
        for (size_t i = 0; i < sockets.size(); ++i)
            sockets[i]->serve(!(noPongs && i == last));
        if (step % 10 == 0) {
            for (size_t i = 0; i < sockets.size(); ++i)
                for (const QString &topic : plan[i].topics)
                    if (!(topic == stalled && second >= 360 && second < 420))
                        sockets[i]->data(topic);
        }
        if (step == 4800 || step == 4850) {
            // As ConnectivityProbe records it when DNS fails.
            journal.record(TimeoutKind::ProbeFailed, {}, {}, {}, 5000,
                           QStringLiteral("dns: stream.example: host not found"));
            ++probeFailures;
        }
        clock.advanceMs(100);
        for (auto &c : connections)
            c->poll();
        if (step % 10 == 9)
            emitDueWarningSummaries(); // the runtime's heartbeat does this
    }

    std::map<QByteArray, int> perCode;
    for (const Entry &e : lines)
        ++perCode[e.code.isEmpty() ? QByteArray("(free text)") : e.code];
    std::string report;
    for (const auto &[code, n] : perCode)
        report += code.toStdString() + " ×" + std::to_string(n) + "\n";

    // The faults really happened, on the real state machines.
    EXPECT_GE(journal.count(TimeoutKind::PongTimeout), 1);
    EXPECT_GE(journal.count(TimeoutKind::StaleStream), 1);
    int reconnects = 0;
    for (auto &c : connections) {
        reconnects += c->status().reconnects;
        EXPECT_EQ(c->state(), ConnectionState::Live) << c->connId().toStdString() << " did not recover";
    }
    EXPECT_GE(reconnects, 2);

    EXPECT_LT(lines.size(), 50u) << report;
    EXPECT_GT(lines.size(), 0u); // the faults are visible, not swallowed
    int errors = 0;
    for (const Entry &e : lines)
        if (e.code == "PROBE_FAILED") {
            EXPECT_EQ(e.level, Level::Error);
            ++errors;
        }
    EXPECT_EQ(errors, probeFailures) << report; // every injected error, at error priority
    std::printf("log budget (connection layer, %zu connections, 10 simulated minutes): %zu lines\n%s",
                connections.size(), lines.size(), report.c_str());

    Logger::instance().setClock(nullptr);
    WarningAggregator::process().setClock(nullptr);
    WarningAggregator::process().clear();
    configureLogging(QStringLiteral("stderr"), QStringLiteral("info"), false);
}

} // namespace

// The production plan: 20 symbols × 8 topics fit one connection.
TEST(LogBudgetStack, TwentySymbolsOnTheConnectionStateMachinesStayUnderFiftyLinesAndErrorsStayErrors)
{
    runLogBudget(TopicPlanSettings{}, 1);
}

// The same symbols spread over several connections (a smaller args budget per connection), so
// every connection's own warnings count against the same 50 lines.
TEST(LogBudgetStack, SpreadOverSeveralConnectionsTheBudgetStillHolds)
{
    TopicPlanSettings settings;
    settings.maxArgsChars = 1500;
    runLogBudget(settings, 3);
}
