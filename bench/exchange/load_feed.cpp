// End-to-end load of the connector: the embedded simulator streams N symbols over loopback to a
// full CoreRuntime; reports messages per second handled, handler latency (socket read → applied
// in market state) and the CPU used by the network and engine threads.
//
//   build/bench/exchange/bench_feed_load [--symbols 200] [--steps 50] [--seconds 20] [--warmup 5] [--sim-nice N]
//                                        [--sim-tick MS] [--slice-us N] [--alerts] [--trade-rate X]
//                                        [--set KEY=VALUE ...]
// --set KEY=VALUE (repeatable): a configuration key for the core, e.g. connection.drain_window_us=0
// to compare the engine's drain window with a drain after every socket read.
// --alerts: alert rules that see every trade, ticker, liquidation and signal (whale, price levels,
// liquidation windows, signal zones; thresholds no event reaches, so every event is evaluated and
// none is sent), to measure the handler latency with the rule engine in the engine's path.
//
// --trade-rate X: every instrument trades X times as often (50 with 200 symbols: over 10,000 rule
// events/s, tickers and signals included), so the rule engine sees the rate its target is stated for.
//
// --sim-tick MS: how often the simulator sends the frames of the symbols whose phase is due (default
// 1 ms, as in production); 20 sends every symbol's frames in one burst per market step.

#include "base/Clock.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"
#include "sim/server/EmbeddedSimulator.h"
#include "support/ThrowawayStateHome.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace virtuoso;

namespace {

// CPU seconds (user + system) of the threads whose name starts with `prefix`.
double threadCpuSeconds(const QString &prefix)
{
    double total = 0;
    const long ticks = sysconf(_SC_CLK_TCK);
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || !QString::fromUtf8(comm.readAll()).trimmed().startsWith(prefix))
            continue;
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        // Fields after the name: state is [0], utime [11], stime [12].
        total += double(fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(ticks);
    }
    return total;
}

// Lowers the scheduling priority (raises the nice value) of this process's threads named `name`.
int reniceThreads(const QString &name, int nice)
{
    int changed = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && QString::fromUtf8(comm.readAll()).trimmed() == name &&
            setpriority(PRIO_PROCESS, static_cast<id_t>(tid.toInt()), nice) == 0)
            ++changed;
    }
    return changed;
}

// Sets the scheduler slice (Linux 6.12+, EEVDF; 0: the kernel's default) of this process's threads
// whose name starts with `prefix`, overriding the one the runtime asks for.
int sliceThreads(const QString &prefix, quint64 sliceNs)
{
    struct SchedAttr
    {
        quint32 size;
        quint32 policy;
        quint64 flags;
        qint32 nice;
        quint32 priority;
        quint64 runtime, deadline, period;
    };
    int changed = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly) || !QString::fromUtf8(comm.readAll()).trimmed().startsWith(prefix))
            continue;
        SchedAttr attr{};
        attr.size = sizeof(attr);
        attr.policy = SCHED_OTHER;
        attr.nice = getpriority(PRIO_PROCESS, static_cast<id_t>(tid.toInt()));
        attr.runtime = sliceNs;
        if (syscall(SYS_sched_setattr, tid.toInt(), &attr, 0) == 0)
            ++changed;
        else
            std::perror("sched_setattr");
    }
    return changed;
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bench::ThrowawayStateHome stateHome; // history, audit log, outcomes: not in ~/.local/state
    const QStringList args = app.arguments();
    const int symbolCount = argValue(args, QStringLiteral("--symbols"), 200);
    const int steps = argValue(args, QStringLiteral("--steps"), 50);
    const int seconds = argValue(args, QStringLiteral("--seconds"), 20);
    const int warmup = argValue(args, QStringLiteral("--warmup"), 5);
    // The simulator stands in for an exchange that runs elsewhere; on a small machine it competes
    // with the connector's threads for the same cores. --sim-nice N lowers its thread's priority.
    const int simNice = argValue(args, QStringLiteral("--sim-nice"), 0);
    const int simTick = argValue(args, QStringLiteral("--sim-tick"), sim::SimulatorOptions{}.marketTickMs);

    QStringList symbols;
    for (int i = 0; i < symbolCount; ++i)
        symbols << QStringLiteral("L%1USDT").arg(i, 3, 10, QLatin1Char('0'));
    sim::SimulatorOptions options;
    options.symbols = symbols;
    options.stepsPerSecond = steps;
    options.historyMinutes = 60;
    options.marketTickMs = simTick;
    if (const qsizetype i = args.indexOf(QStringLiteral("--trade-rate")); i >= 0) {
        bool ok = false;
        const double scale = i + 1 < args.size() ? args[i + 1].toDouble(&ok) : 0;
        if (!ok || !(scale >= 0.1 && scale <= 1000)) {
            std::fprintf(stderr, "--trade-rate: a factor from 0.1 to 1000\n");
            return 2;
        }
        options.tradeRateScale = scale;
    }
    sim::EmbeddedSimulator simulator(options);
    QString error;
    if (!simulator.start(&error)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(error));
        return 1;
    }
    if (simNice != 0)
        std::printf("simulator threads reniced to %d: %d\n", simNice, reniceThreads(QStringLiteral("sim"), simNice));
    Config::LoadOptions load;
    load.searchDefaultLocations = false;
    load.overrides = {QStringLiteral("exchange.rest_url=%1").arg(simulator.restUrl()),
                      QStringLiteral("exchange.ws_public_url=%1").arg(simulator.wsPublicUrl()),
                      QStringLiteral("exchange.symbols=%1").arg(symbols.join(QLatin1Char(','))),
                      QStringLiteral("logging.level=warning")};
    QTemporaryDir alertDir;
    const bool withAlerts = args.contains(QStringLiteral("--alerts"));
    if (withAlerts) {
        load.overrides << QStringLiteral("alerts.journal_path=%1").arg(alertDir.filePath(QStringLiteral("a.sqlite")))
                       << QStringLiteral("channel.desk.type=desktop") << QStringLiteral("rule.whales.source=whale")
                       << QStringLiteral("rule.whales.min_notional=1e11") << QStringLiteral("rule.whales.channels=desk")
                       << QStringLiteral("rule.levels.source=price") << QStringLiteral("rule.levels.levels=1e9,2e9,3e9")
                       << QStringLiteral("rule.levels.channels=desk")
                       << QStringLiteral("rule.cascade.source=liquidation")
                       << QStringLiteral("rule.cascade.min_notional=1e11")
                       << QStringLiteral("rule.cascade.total_notional=1e12")
                       << QStringLiteral("rule.cascade.channels=desk") << QStringLiteral("rule.zones.source=signal")
                       << QStringLiteral("rule.zones.channels=desk");
    }
    for (qsizetype i = 0; i + 1 < args.size(); ++i)
        if (args[i] == u"--set")
            load.overrides << args[i + 1];
    auto loaded = Config::load(load);
    if (!loaded.ok()) {
        std::fprintf(stderr, "config: %s\n", qPrintable(loaded.errorText()));
        return 1;
    }
    CoreRuntime runtime(loaded.config, Clock::system());
    // --slice-us N: the network and engine threads' scheduler slice instead of the runtime's (0: the
    // kernel's default), to compare.
    const int sliceUs = argValue(args, QStringLiteral("--slice-us"), -1);
    CoreSnapshotPtr last;
    QObject::connect(&runtime, &CoreRuntime::snapshotPublished, [&](const CoreSnapshotPtr &s) { last = s; });
    if (!runtime.start(&error)) {
        std::fprintf(stderr, "core: %s\n", qPrintable(error));
        return 1;
    }

    if (sliceUs >= 0) {
        QTimer::singleShot(2000, [sliceUs] {
            std::printf("scheduler slice %d us (0: kernel default) for %d threads\n", sliceUs,
                        sliceThreads(QStringLiteral("virtuoso-networ"), quint64(sliceUs) * 1000) +
                            sliceThreads(QStringLiteral("virtuoso-engine"), quint64(sliceUs) * 1000));
        });
    }
    struct Sample
    {
        quint64 messages = 0;
        double cpu = 0;
        qint64 ms = 0;
    };
    const auto sample = [&] {
        Sample s;
        if (last)
            for (const auto &c : last->connections)
                s.messages += c.latency.count;
        s.cpu =
            threadCpuSeconds(QStringLiteral("virtuoso-networ")) + threadCpuSeconds(QStringLiteral("virtuoso-engine"));
        s.ms = Clock::system().monotonicMs();
        return s;
    };
    Sample start;
    QTimer::singleShot(warmup * 1000, [&] { start = sample(); });
    QTimer::singleShot((warmup + seconds) * 1000, [&] {
        const Sample end = sample();
        const double wall = double(end.ms - start.ms) / 1000.0;
        qint64 p50 = 0, p99 = 0, max = 0, recentP50 = 0, recentP99 = 0, recentMax = 0, span = 0;
        quint64 recentCount = 0;
        int live = 0;
        for (const auto &c : last->connections) {
            p50 = std::max(p50, c.latency.p50Us);
            p99 = std::max(p99, c.latency.p99Us);
            max = std::max(max, c.latency.maxUs);
            recentP50 = std::max(recentP50, c.latency.recentP50Us);
            recentP99 = std::max(recentP99, c.latency.recentP99Us);
            recentMax = std::max(recentMax, c.latency.recentMaxUs);
            recentCount += c.latency.recentCount;
            span = std::max(span, c.latency.recentSpanMs);
            live += c.state == health::ConnectionState::Live;
        }
        std::printf("symbols %d, steps/s per symbol %d, simulator sends every %d ms, connections %zu (%d live), "
                    "window %.1f s\n",
                    symbolCount, steps, simTick, last->connections.size(), live, wall);
        std::printf("messages handled: %.0f /s\n", double(end.messages - start.messages) / wall);
        std::printf("handler latency, recent window (%.1f s, %llu messages, after the history bootstrap; worst "
                    "connection): p50 %lld us, p99 %lld us, max %lld us\n",
                    double(span) / 1000.0, static_cast<unsigned long long>(recentCount),
                    static_cast<long long>(recentP50), static_cast<long long>(recentP99),
                    static_cast<long long>(recentMax));
        std::printf("handler latency, since start (bootstrap included; worst connection): p50 %lld us, p99 %lld us, "
                    "max %lld us\n",
                    static_cast<long long>(p50), static_cast<long long>(p99), static_cast<long long>(max));
        std::printf("network + engine threads CPU: %.1f %% of one core\n", 100.0 * (end.cpu - start.cpu) / wall);
        if (withAlerts) {
            const alerts::AlertBoardPtr board = runtime.alertBoard();
            const quint64 observed = board ? board->observed : 0;
            std::printf(
                "alert rules: %llu market events evaluated since start (%.0f /s over the run), %zu alerts sent\n",
                static_cast<unsigned long long>(observed), double(observed) / (warmup + seconds),
                board ? board->recent.size() : size_t(0));
        }
        runtime.stop();
        app.quit();
    });
    return app.exec();
}
