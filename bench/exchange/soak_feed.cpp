// Soak of the connector: the embedded simulator streams N symbols to a full CoreRuntime while a
// fault of a different kind is fired every few seconds through the simulator's control API. At the
// end the feed is paused and every book must equal the simulator's truth; resident memory is
// sampled from /proc/self/status and must not grow by more than the limit after the warm-up.
//
//   build/bench/exchange/bench_feed_soak [--symbols 50] [--seconds 600] [--fault-every 15]
//                                        [--warmup S (default: one cycle of the 12 faults)] [--rss-limit-mb 5]
//
// Exit code 0 when every book matched and RSS stayed within the limit, 1 otherwise.

#include "base/Clock.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"
#include "model/health/TimeoutJournal.h"
#include "sim/server/EmbeddedSimulator.h"
#include "support/ThrowawayStateHome.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>
#include <map>

using namespace virtuoso;

namespace {

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

// Resident set size of this process in KiB (VmRSS), 0 when unreadable.
qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// The mixed fault cycle: every kind the simulator knows, with windows short enough to recover in.
QList<QJsonObject> faultCycle()
{
    return {
        {{"kind", "drop"}, {"conn", "all"}},
        {{"kind", "u_gap"}, {"conn", "all"}, {"count", 3}},
        {{"kind", "stall"}, {"conn", "all"}, {"seconds", 5}},
        {{"kind", "malformed"}, {"conn", "all"}, {"variant", "truncated"}, {"count", 10}},
        {{"kind", "rate_limit"}, {"seconds", 3}, {"headers", false}},
        {{"kind", "no_pong"}, {"conn", "all"}, {"seconds", 6}},
        {{"kind", "restart"}, {"conn", "all"}},
        {{"kind", "slow_send"}, {"conn", "all"}, {"bytes_per_second", 4096}, {"seconds", 5}},
        {{"kind", "http_5xx"}, {"seconds", 3}},
        {{"kind", "malformed"}, {"conn", "all"}, {"variant", "not_json"}, {"count", 10}},
        {{"kind", "slow_time"}, {"delay_ms", 3000}, {"seconds", 3}},
        {{"kind", "malformed"}, {"conn", "all"}, {"variant", "binary"}, {"count", 10}},
    };
}

class ControlClient
{
public:
    explicit ControlClient(QString base)
        : m_base(std::move(base))
    {}

    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {}, int *status = nullptr)
    {
        QNetworkRequest request(QUrl(m_base + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = method == "POST"
                                   ? m_http.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))
                                   : m_http.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

private:
    QString m_base;
    QNetworkAccessManager m_http;
};

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool allLive(const CoreRuntime &runtime)
{
    const auto connections = runtime.connections();
    if (connections.empty())
        return false;
    for (const auto &c : connections)
        if (c.state != health::ConnectionState::Live)
            return false;
    return true;
}

// Empty when the connector's book equals the truth level by level, else what differs.
QString compareWithTruth(CoreRuntime &runtime, ControlClient &control, const QString &symbol)
{
    QJsonObject truth;
    std::optional<OrderBookView> ours;
    QElapsedTimer waited;
    waited.start();
    do {
        truth = control.call("GET", QStringLiteral("/truth/orderbook?symbol=%1&depth=50").arg(symbol));
        ours = runtime.orderBook(symbol, 50);
        if (ours && ours->valid && ours->updateId == quint64(truth.value(QLatin1String("u")).toDouble()))
            break;
        waitMs(100);
    } while (waited.elapsed() < 10000);
    if (!ours || !ours->valid)
        return QStringLiteral("no valid book");
    if (ours->updateId != quint64(truth.value(QLatin1String("u")).toDouble()))
        return QStringLiteral("u %1, truth %2").arg(ours->updateId).arg(truth.value(QLatin1String("u")).toDouble());
    const auto compare = [](const char *side, const std::vector<std::pair<QString, QString>> &levels,
                            const QJsonArray &expected) {
        if (qsizetype(levels.size()) != expected.size())
            return QStringLiteral("%1: %2 levels, truth %3")
                .arg(QLatin1String(side))
                .arg(levels.size())
                .arg(expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonArray level = expected[i].toArray();
            if (levels[size_t(i)].first.toDouble() != level[0].toString().toDouble() ||
                levels[size_t(i)].second.toDouble() != level[1].toString().toDouble())
                return QStringLiteral("%1[%2] differs").arg(QLatin1String(side)).arg(i);
        }
        return QString();
    };
    QString diff = compare("b", ours->bids, truth.value(QLatin1String("b")).toArray());
    if (diff.isEmpty())
        diff = compare("a", ours->asks, truth.value(QLatin1String("a")).toArray());
    return diff;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bench::ThrowawayStateHome stateHome; // history, audit log, outcomes: not in ~/.local/state
    const QStringList args = app.arguments();
    const int symbolCount = argValue(args, QStringLiteral("--symbols"), 50);
    const int seconds = argValue(args, QStringLiteral("--seconds"), 600);
    const int faultEvery = std::max(1, argValue(args, QStringLiteral("--fault-every"), 15));
    const QList<QJsonObject> cycle = faultCycle();
    // By default the warm-up is one full cycle of fault kinds: each kind's first occurrence sizes
    // buffers that are reused afterwards (socket and frame buffers, the simulator's send backlog).
    const int warmup = argValue(args, QStringLiteral("--warmup"), int(cycle.size()) * faultEvery);
    const int rssLimitMb = argValue(args, QStringLiteral("--rss-limit-mb"), 5);

    QStringList symbols;
    for (int i = 0; i < symbolCount; ++i)
        symbols << QStringLiteral("S%1USDT").arg(i, 3, 10, QLatin1Char('0'));
    sim::SimulatorOptions options;
    options.symbols = symbols;
    sim::EmbeddedSimulator simulator(options);
    QString error;
    if (!simulator.start(&error)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(error));
        return 1;
    }
    // The integration tests' timings: faults are detected and recovered from within seconds.
    Config::LoadOptions load;
    load.searchDefaultLocations = false;
    load.overrides = {QStringLiteral("exchange.rest_url=%1").arg(simulator.restUrl()),
                      QStringLiteral("exchange.ws_public_url=%1").arg(simulator.wsPublicUrl()),
                      QStringLiteral("exchange.symbols=%1").arg(symbols.join(QLatin1Char(','))),
                      QStringLiteral("connection.backoff_initial_ms=500"),
                      QStringLiteral("connection.backoff_max_ms=2000"),
                      QStringLiteral("connection.ping_interval_s=5"),
                      QStringLiteral("connection.pong_timeout_s=2"),
                      QStringLiteral("connection.stale_factor=1.5"),
                      QStringLiteral("rest.timeout_ms=2000"),
                      QStringLiteral("logging.level=error")};
    auto loaded = Config::load(load);
    if (!loaded.ok()) {
        std::fprintf(stderr, "config: %s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    CoreRuntime runtime(loaded.config, Clock::system());
    if (!runtime.start(&error)) {
        std::fprintf(stderr, "core: %s\n", qPrintable(error));
        return 1;
    }
    ControlClient control(simulator.controlUrl());

    std::map<QString, int> fired;
    int failedFaults = 0;
    qint64 rssStart = rssKiB(), rssWarm = 0, rssMax = 0, rssMin = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 nextFaultMs = qint64(faultEvery) * 1000;
    qint64 nextReportMs = 60'000;
    int faultIndex = 0;
    while (clock.elapsed() < qint64(seconds) * 1000) {
        waitMs(250);
        const qint64 now = clock.elapsed();
        const qint64 rss = rssKiB();
        if (now >= qint64(warmup) * 1000) {
            if (rssWarm == 0)
                rssWarm = rssMin = rssMax = rss;
            rssMax = std::max(rssMax, rss);
            rssMin = std::min(rssMin, rss);
        }
        if (now >= nextFaultMs) {
            nextFaultMs += qint64(faultEvery) * 1000;
            const QJsonObject fault = cycle[faultIndex++ % cycle.size()];
            int status = 0;
            control.call("POST", QStringLiteral("/faults"), fault, &status);
            const QString kind = fault.value(QLatin1String("kind")).toString();
            if (status == 200)
                ++fired[kind];
            else
                ++failedFaults; // e.g. no connection to target while reconnecting
        }
        if (now >= nextReportMs) {
            nextReportMs += 60'000;
            std::fprintf(stderr, "%4llds: RSS %lld KiB, %d faults fired, %s\n", static_cast<long long>(now / 1000),
                         static_cast<long long>(rss), faultIndex, allLive(runtime) ? "all live" : "recovering");
        }
    }

    // Let the last fault run out, then the streams must be back and the books equal the truth.
    QElapsedTimer recovery;
    recovery.start();
    while (!allLive(runtime) && recovery.elapsed() < 30000)
        waitMs(100);
    const bool live = allLive(runtime);
    const qint64 recoveryMs = recovery.elapsed();
    waitMs(1000);
    control.call("POST", QStringLiteral("/feed"), QJsonObject{{"paused", true}});
    int equal = 0;
    for (const QString &symbol : std::as_const(symbols)) {
        const QString diff = compareWithTruth(runtime, control, symbol);
        if (diff.isEmpty())
            ++equal;
        else
            std::printf("book %s differs from truth: %s\n", qPrintable(symbol), qPrintable(diff));
    }
    control.call("POST", QStringLiteral("/feed"), QJsonObject{{"paused", false}});

    int reconnects = 0, resyncs = 0;
    for (const auto &c : runtime.connections()) {
        reconnects += c.reconnects;
        resyncs += c.resyncs;
    }
    const health::TimeoutJournal &journal = runtime.timeoutJournal();
    std::printf("symbols %d, %d s, a fault every %d s, warm-up %d s; connections %zu\n", symbolCount, seconds,
                faultEvery, warmup, runtime.connections().size());
    std::printf("faults fired:");
    int total = 0;
    for (const auto &[kind, n] : fired) {
        std::printf(" %s %d", qPrintable(kind), n);
        total += n;
    }
    std::printf(" (total %d, refused %d)\n", total, failedFaults);
    std::printf("reconnects %d, topic resyncs %d; journal: PONG_TIMEOUT %d, STALE_STREAM %d, BOOK_RESYNC %d, "
                "RATE_LIMITED %d, REST_TIMEOUT %d, RECONNECT_FAILED %d, HANDLER_SLOW %d\n",
                reconnects, resyncs, journal.count(health::TimeoutKind::PongTimeout),
                journal.count(health::TimeoutKind::StaleStream), journal.count(health::TimeoutKind::BookResync),
                journal.count(health::TimeoutKind::RateLimited), journal.count(health::TimeoutKind::RestTimeout),
                journal.count(health::TimeoutKind::ReconnectFailed), journal.count(health::TimeoutKind::HandlerSlow));
    std::printf("all live again %s (%lld ms after the run); books equal to truth: %d/%d\n", live ? "yes" : "NO",
                static_cast<long long>(recoveryMs), equal, symbolCount);
    const qint64 growth = rssMax - rssWarm;
    std::printf("RSS: start %lld KiB, after warm-up %lld KiB, min %lld KiB, max %lld KiB, end %lld KiB; growth after "
                "warm-up %.2f MiB (limit %d MiB)\n",
                static_cast<long long>(rssStart), static_cast<long long>(rssWarm), static_cast<long long>(rssMin),
                static_cast<long long>(rssMax), static_cast<long long>(rssKiB()), double(growth) / 1024.0, rssLimitMb);
    runtime.stop();
    simulator.stop();
    const bool ok = live && equal == symbolCount && growth < qint64(rssLimitMb) * 1024;
    std::printf("%s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
