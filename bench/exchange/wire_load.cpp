// End-to-end load of the public stream as a user runs it: the real `virtuosod` (a child process)
// watches BTCUSDT with its REST pointed at `virtuosod sim` and its public stream at BookStreamSender
// (this process, its own thread), which writes orderbook.50 deltas over loopback at a set rate.
// Per run: the daemon is started, waits until its connection is live and its history bootstrap is
// over, the rate is applied for --warmup seconds, then measured for --seconds:
//   - the daemon's CPU per delta, from /proc/PID/stat (user + system, all threads), and the split
//     between its network thread, engine thread and the rest (/proc/PID/task/*/stat), and with
//     --threads the context switches a second of the network and engine threads, voluntary (the
//     thread waited) and involuntary (it was preempted), from /proc/PID/task/*/status;
//   - the deltas the connection received (/api/v1/connections frames_received) against those sent;
//   - handler latency p50/p99/max (frame read → applied to the market state), the connection's recent
//     window from /api/v1/connections (it restarts when the history bootstrap ends, so it holds the
//     quiet start, the warm-up and the measured window);
//   - drops: HANDOVER_OVERFLOW lines on the daemon's stderr (once a second, with the running count,
//     so the count of the last line is a lower bound) and the connection's topic resyncs. A run is
//     "held" when nothing was dropped and at least 97 % of the rate arrived;
//   - the sender's CPU (this process, whose main thread only waits), to show it is not the limit.
// With --client ccxt the same feed goes to ccxt.pro's watchOrderBook in node instead (installed by
// scripts/setup.sh into the build tree), measured the same way from /proc; its deltas are the ones
// the sender could write (TCP holds back what the client does not read), and how often its watch
// resolved (once per batch of deltas) is printed on a line of its own.
//
//   build/bench/exchange/bench_wire_load [--transport native,qt] [--rates 20000,40000,80000,160000]
//        [--runs 3] [--seconds 20] [--warmup 3] [--client daemon|ccxt] [-- extra daemon arguments]
#include "BookStreamSender.h"

#include "base/ProcessMetrics.h"
#include "support/ChildProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <map>
#include <memory>
#include <optional>

#include <unistd.h>

using namespace virtuoso;
using virtuoso::bench::ChildProcess;

namespace {

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// CPU seconds of a process, and of its threads by name (the runtime names its threads), with each
// thread's context switches so far: voluntary (it waited) and involuntary (it was preempted).
struct CpuSample
{
    double total = 0;
    std::map<QString, double> threads;
    std::map<QString, std::pair<qint64, qint64>> switches;
};

// "voluntary_ctxt_switches" and "nonvoluntary_ctxt_switches" of /proc/PID/task/TID/status.
std::pair<qint64, qint64> contextSwitches(const QString &statusPath)
{
    QFile status(statusPath);
    std::pair<qint64, qint64> out{0, 0};
    if (!status.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("voluntary_ctxt_switches:"))
            out.first = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        else if (line.startsWith("nonvoluntary_ctxt_switches:"))
            out.second = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
    }
    return out;
}

CpuSample cpuOf(qint64 pid)
{
    CpuSample out;
    const double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
    const auto fields = [](const QByteArray &stat) { return stat.mid(stat.lastIndexOf(')') + 2).split(' '); };
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> f = fields(stat.readAll());
    out.total = static_cast<double>(f.value(11).toLongLong() + f.value(12).toLongLong()) / ticks;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile tstat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || !tstat.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> t = fields(tstat.readAll());
        const QString name = QString::fromUtf8(comm.readAll()).trimmed();
        out.threads[name] += static_cast<double>(t.value(11).toLongLong() + t.value(12).toLongLong()) / ticks;
        const auto [voluntary, involuntary] = contextSwitches(tasks.filePath(tid + QStringLiteral("/status")));
        out.switches[name].first += voluntary;
        out.switches[name].second += involuntary;
    }
    return out;
}

QJsonObject fetchJson(quint16 port, const QByteArray &path)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(2000))
        return {};
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray all;
    while (s.waitForReadyRead(2000))
        all += s.readAll();
    return QJsonDocument::fromJson(all.mid(all.indexOf("\r\n\r\n") + 4)).object();
}

struct ConnectionFigures
{
    bool found = false;
    QString state;
    qint64 frames = 0;
    qint64 resyncs = 0;
    qint64 p50Us = -1, p99Us = -1, maxUs = -1, count = 0;
};

ConnectionFigures connectionFigures(quint16 apiPort)
{
    ConnectionFigures out;
    const QJsonObject connections =
        fetchJson(apiPort, "/api/v1/connections").value(QStringLiteral("connections")).toObject();
    for (const QJsonValue &value : connections) {
        const QJsonObject c = value.toObject();
        out.found = true;
        out.state = c.value(QStringLiteral("state")).toString();
        out.frames = c.value(QStringLiteral("frames_received")).toInteger();
        out.resyncs = c.value(QStringLiteral("resyncs")).toInteger();
        const QJsonObject recent =
            c.value(QStringLiteral("handler_latency_us")).toObject().value(QStringLiteral("recent")).toObject();
        out.p50Us = recent.value(QStringLiteral("p50")).toInteger(-1);
        out.p99Us = recent.value(QStringLiteral("p99")).toInteger(-1);
        out.maxUs = recent.value(QStringLiteral("max")).toInteger(-1);
        out.count = recent.value(QStringLiteral("count")).toInteger();
    }
    return out;
}

// The running count of dropped frames in the daemon's last HANDOVER_OVERFLOW line, and how many lines.
std::pair<qint64, int> overflowIn(const QByteArray &log)
{
    static const QRegularExpression line(QStringLiteral("HANDOVER_OVERFLOW.*?(\\d+) frames dropped so far"));
    qint64 last = 0;
    int lines = 0;
    for (auto it = line.globalMatch(QString::fromUtf8(log)); it.hasNext();) {
        last = it.next().captured(1).toLongLong();
        ++lines;
    }
    return {last, lines};
}

struct RunResult
{
    double targetRate = 0;
    double sentRate = 0;
    double receivedRate = 0;
    double cpuUsPerDelta = 0;
    double cpuPercent = 0;
    double senderPercent = 0; // this tool's process: the sender's thread, and a main thread that waits
    double networkUs = 0, engineUs = 0, otherUs = 0;
    qint64 p50Us = -1, p99Us = -1, maxUs = -1;
    qint64 dropped = 0;
    int overflowLines = 0;
    qint64 resyncs = 0;
    bool ok = false;
    QString error;
    QString threads;  // CPU µs per delta of each thread, with --threads
    QString switches; // context switches a second of the network and engine threads, with --threads
};

struct Options
{
    QString client;
    QString transport;
    QString restUrl;
    int seconds = 20;
    int warmup = 3;
    QStringList extra;
    QString ccxtDir;
    QString logDir; // --log-dir: each daemon's stderr is kept there
    QString daemonBinary = QStringLiteral(VIRTUOSOD_BINARY);
    int runIndex = 0;
};

RunResult runDaemon(const Options &o, double rate)
{
    RunResult r;
    r.targetRate = rate;
    bench::BookStreamSender sender({});
    sender.setRate(100); // a quiet book while the daemon starts
    ChildProcess daemon;
    QStringList args = {QStringLiteral("--set"),
                        QStringLiteral("exchange.rest_url=") + o.restUrl,
                        QStringLiteral("--set"),
                        QStringLiteral("exchange.ws_public_url=ws://127.0.0.1:%1/v5/public/linear").arg(sender.port()),
                        QStringLiteral("--set"),
                        QStringLiteral("exchange.symbols=BTCUSDT"),
                        QStringLiteral("--set"),
                        QStringLiteral("api.listen=127.0.0.1:0"),
                        QStringLiteral("--set"),
                        QStringLiteral("store.enabled=false"),
                        QStringLiteral("--set"),
                        QStringLiteral("logging.level=info"),
                        QStringLiteral("--set"),
                        QStringLiteral("logging.target=stderr"),
                        QStringLiteral("--set"),
                        QStringLiteral("connection.transport=") + o.transport};
    // Its state (the paper trading audit log) goes to a folder of its own, not the user's.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.path() + QStringLiteral("/state"));
    env.insert(QStringLiteral("STATE_DIRECTORY"), home.path() + QStringLiteral("/state"));
    if (!daemon.start(o.daemonBinary, args + o.extra, {}, env)) {
        r.error = QStringLiteral("virtuosod did not start");
        return r;
    }
    const quint16 api = static_cast<quint16>(
        daemon.waitFor(QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)")), 20000)
            .toUInt());
    if (api == 0) {
        r.error = QStringLiteral("no API port: ") + QString::fromUtf8(daemon.err().right(600));
        return r;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000 && !(connectionFigures(api).state == u"live" && sender.streaming()))
        pause(200);
    if (daemon.waitFor(QRegularExpression(QStringLiteral("(history bootstrap over)")), 15000).isEmpty())
        pause(3000); // no line to wait for: give the bootstrap of one symbol a few seconds
    sender.setRate(rate);
    pause(o.warmup * 1000);

    const auto [droppedBefore, linesBefore] = overflowIn(daemon.err());
    const ConnectionFigures before = connectionFigures(api);
    const CpuSample cpuBefore = cpuOf(daemon.pid());
    const CpuSample senderBefore = cpuOf(QCoreApplication::applicationPid());
    const quint64 sentBefore = sender.deltasSent();
    QElapsedTimer window;
    window.start();
    pause(o.seconds * 1000);
    const CpuSample cpuAfter = cpuOf(daemon.pid());
    const CpuSample senderAfter = cpuOf(QCoreApplication::applicationPid());
    const quint64 sentAfter = sender.deltasSent();
    const double seconds = static_cast<double>(window.elapsed()) / 1000.0;
    r.senderPercent = 100.0 * (senderAfter.total - senderBefore.total) / seconds;
    const ConnectionFigures after = connectionFigures(api);
    sender.setRate(100);
    pause(1500); // the overflow line of the window's last second
    const auto [droppedAfter, linesAfter] = overflowIn(daemon.err());
    daemon.stop();
    if (!o.logDir.isEmpty()) {
        QFile log(QStringLiteral("%1/daemon-%2-%3-%4.log").arg(o.logDir, o.transport).arg(rate).arg(o.runIndex));
        if (log.open(QIODevice::WriteOnly))
            log.write(daemon.err());
    }

    const double deltas = static_cast<double>(after.frames - before.frames);
    r.sentRate = static_cast<double>(sentAfter - sentBefore) / seconds;
    r.receivedRate = deltas / seconds;
    const double cpu = cpuAfter.total - cpuBefore.total;
    r.cpuPercent = 100.0 * cpu / seconds;
    r.cpuUsPerDelta = deltas > 0 ? 1e6 * cpu / deltas : 0;
    const auto threadCpu = [&](const QString &name) {
        const auto a = cpuAfter.threads.find(name);
        const auto b = cpuBefore.threads.find(name);
        return (a == cpuAfter.threads.end() ? 0 : a->second) - (b == cpuBefore.threads.end() ? 0 : b->second);
    };
    const double network = threadCpu(QStringLiteral("virtuoso-networ")); // comm is cut at 15 characters
    const double engine = threadCpu(QStringLiteral("virtuoso-engine"));
    if (deltas > 0) {
        r.networkUs = 1e6 * network / deltas;
        r.engineUs = 1e6 * engine / deltas;
        r.otherUs = 1e6 * (cpu - network - engine) / deltas;
    }
    for (const auto &entry : cpuAfter.threads) {
        const QString &name = entry.first;
        const double spent = threadCpu(name);
        if (deltas > 0 && spent > 0)
            r.threads += QStringLiteral("%1 %2, ").arg(name).arg(1e6 * spent / deltas, 0, 'f', 2);
    }
    for (const QString &name : {QStringLiteral("virtuoso-networ"), QStringLiteral("virtuoso-engine")}) {
        const auto a = cpuAfter.switches.find(name);
        const auto b = cpuBefore.switches.find(name);
        if (a == cpuAfter.switches.end() || b == cpuBefore.switches.end() || seconds <= 0)
            continue;
        r.switches += QStringLiteral("%1 %2 / %3, ")
                          .arg(name)
                          .arg(static_cast<double>(a->second.first - b->second.first) / seconds, 0, 'f', 0)
                          .arg(static_cast<double>(a->second.second - b->second.second) / seconds, 0, 'f', 0);
    }
    r.p50Us = after.p50Us;
    r.p99Us = after.p99Us;
    r.maxUs = after.maxUs;
    r.dropped = droppedAfter - droppedBefore;
    r.overflowLines = linesAfter - linesBefore;
    r.resyncs = after.resyncs - before.resyncs;
    r.ok = true;
    return r;
}

RunResult runCcxt(const Options &o, double rate)
{
    RunResult r;
    r.targetRate = rate;
    bench::BookStreamSender sender({});
    sender.setRate(100);
    ChildProcess node;
    const QString script = o.ccxtDir + QStringLiteral("/watch_book_load.mjs");
    if (!QFile::exists(o.ccxtDir + QStringLiteral("/node_modules/ccxt/package.json"))) {
        r.error = QStringLiteral("ccxt is not installed in ") + o.ccxtDir + QStringLiteral(" (scripts/setup.sh)");
        return r;
    }
    const int total = o.warmup + o.seconds + 30;
    if (!node.start(QStringLiteral("node"),
                    {script, o.restUrl, QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(sender.port()),
                     QString::number(total)},
                    o.ccxtDir)) {
        r.error = QStringLiteral("node did not start");
        return r;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000 && !sender.streaming())
        pause(200);
    if (!sender.streaming()) {
        r.error = QStringLiteral("ccxt did not subscribe: ") + QString::fromUtf8(node.err().right(600));
        return r;
    }
    pause(2000);
    sender.setRate(rate);
    pause(o.warmup * 1000);
    static const QRegularExpression updates(QStringLiteral("updates (\\d+)"));
    const auto updatesNow = [&] {
        qint64 last = 0;
        for (auto it = updates.globalMatch(QString::fromUtf8(node.out())); it.hasNext();)
            last = it.next().captured(1).toLongLong();
        return last;
    };
    const qint64 updatesBefore = updatesNow();
    const CpuSample cpuBefore = cpuOf(node.pid());
    const CpuSample senderBefore = cpuOf(QCoreApplication::applicationPid());
    const quint64 sentBefore = sender.deltasSent();
    QElapsedTimer window;
    window.start();
    pause(o.seconds * 1000);
    const CpuSample cpuAfter = cpuOf(node.pid());
    const CpuSample senderAfter = cpuOf(QCoreApplication::applicationPid());
    const quint64 sentAfter = sender.deltasSent();
    const double seconds = static_cast<double>(window.elapsed()) / 1000.0;
    r.senderPercent = 100.0 * (senderAfter.total - senderBefore.total) / seconds;
    pause(1100); // the script prints its count every second
    const qint64 updatesAfter = updatesNow();
    node.stop();
    if (!o.logDir.isEmpty()) {
        QFile log(QStringLiteral("%1/ccxt-%2-%3.log").arg(o.logDir).arg(rate).arg(o.runIndex));
        if (log.open(QIODevice::WriteOnly))
            log.write(node.out() + "\n--- stderr\n" + node.err());
    }
    r.sentRate = static_cast<double>(sentAfter - sentBefore) / seconds;
    // ccxt resolves a watch once per batch of deltas it has taken, not per delta: the deltas it took are
    // the ones the sender got rid of (TCP back-pressure holds the rest); its resolutions are printed apart.
    const double deltas = static_cast<double>(sentAfter - sentBefore);
    r.receivedRate = deltas / seconds;
    r.threads = QStringLiteral("watchOrderBook resolved %1 times/s")
                    .arg(static_cast<double>(updatesAfter - updatesBefore) / seconds, 0, 'f', 0);
    const double cpu = cpuAfter.total - cpuBefore.total;
    r.cpuPercent = 100.0 * cpu / seconds;
    r.cpuUsPerDelta = deltas > 0 ? 1e6 * cpu / deltas : 0;
    r.ok = true;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("End-to-end load of the public stream against virtuosod."));
    parser.addHelpOption();
    const QCommandLineOption transportOption(QStringLiteral("transport"), QStringLiteral("native,qt (both)."),
                                             QStringLiteral("list"), QStringLiteral("native,qt"));
    const QCommandLineOption ratesOption(QStringLiteral("rates"), QStringLiteral("Deltas per second, comma-separated."),
                                         QStringLiteral("list"), QStringLiteral("20000,40000,80000,160000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per rate (3)."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Measured seconds (20)."),
                                           QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"), QStringLiteral("Seconds at the rate first (3)."),
                                          QStringLiteral("s"), QStringLiteral("3"));
    const QCommandLineOption clientOption(QStringLiteral("client"), QStringLiteral("daemon or ccxt (daemon)."),
                                          QStringLiteral("name"), QStringLiteral("daemon"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Also print the CPU per delta of each daemon thread."));
    const QCommandLineOption logOption(QStringLiteral("log-dir"), QStringLiteral("Keep each daemon's stderr here."),
                                       QStringLiteral("dir"));
    const QCommandLineOption binaryOption(QStringLiteral("daemon"),
                                          QStringLiteral("The virtuosod to measure (this build's); another build's "
                                                         "binary compares two versions on the same feed."),
                                          QStringLiteral("path"));
    parser.addOptions({transportOption, ratesOption, runsOption, secondsOption, warmupOption, clientOption,
                       threadsOption, logOption, binaryOption});
    parser.addPositionalArgument(QStringLiteral("daemon-args"), QStringLiteral("Extra virtuosod arguments."));
    parser.process(app);

    Options o;
    o.client = parser.value(clientOption);
    o.seconds = parser.value(secondsOption).toInt();
    o.warmup = parser.value(warmupOption).toInt();
    o.extra = parser.positionalArguments();
    o.ccxtDir = QStringLiteral(VIRTUOSO_CCXT_DIR);
    o.logDir = parser.value(logOption);
    if (parser.isSet(binaryOption))
        o.daemonBinary = parser.value(binaryOption);

    // REST (instruments, history) from the simulator in its own process; it streams nothing here.
    ChildProcess sim;
    sim.start(QStringLiteral(VIRTUOSOD_BINARY),
              {QStringLiteral("sim"), QStringLiteral("--symbols"), QStringLiteral("BTCUSDT"), QStringLiteral("--port"),
               QStringLiteral("0")});
    o.restUrl = sim.waitFor(QRegularExpression(QStringLiteral("rest: (http://\\S+)")), 20000);
    if (o.restUrl.isEmpty()) {
        std::fprintf(stderr, "wire_load: the simulator did not start: %s\n", sim.err().constData());
        return 1;
    }
    const QStringList transports =
        o.client == u"ccxt" ? QStringList{QStringLiteral("ccxt")} : parser.value(transportOption).split(u',');
    std::printf("%-7s %8s %9s %9s %9s %6s %27s %17s %8s %6s\n", "client", "target/s", "sent/s", "recv/s", "CPU us/d",
                "CPU %", "net / engine / other us/d", "p50/p99/max us", "drops>=", "resync");
    bool allHeld = true;
    for (const QString &rateText : parser.value(ratesOption).split(u',')) {
        const double rate = rateText.toDouble();
        for (const QString &transport : transports) {
            for (int run = 0; run < parser.value(runsOption).toInt(); ++run) {
                o.transport = transport;
                o.runIndex = run;
                const RunResult r = o.client == u"ccxt" ? runCcxt(o, rate) : runDaemon(o, rate);
                if (!r.ok) {
                    std::printf("%-7s %8.0f  failed: %s\n", qPrintable(transport), rate, qPrintable(r.error));
                    allHeld = false;
                    continue;
                }
                const bool held = r.dropped == 0 && r.receivedRate >= 0.97 * rate;
                allHeld = allHeld && held;
                std::printf(
                    "%-7s %8.0f %9.0f %9.0f %9.2f %6.1f %8.2f / %6.2f / %6.2f %5lld/%5lld/%5lld %8lld %6lld%s\n",
                    qPrintable(transport), rate, r.sentRate, r.receivedRate, r.cpuUsPerDelta, r.cpuPercent, r.networkUs,
                    r.engineUs, r.otherUs, static_cast<long long>(r.p50Us), static_cast<long long>(r.p99Us),
                    static_cast<long long>(r.maxUs), static_cast<long long>(r.dropped),
                    static_cast<long long>(r.resyncs), held ? "" : "  (not held)");
                std::printf("        sender: %.1f %% of a core (this tool's process)\n", r.senderPercent);
                if (o.client == u"ccxt")
                    std::printf("        %s\n", qPrintable(r.threads));
                else if (parser.isSet(threadsOption)) {
                    std::printf("        threads (us/delta): %s\n", qPrintable(r.threads));
                    std::printf("        context switches/s (voluntary / involuntary): %s\n", qPrintable(r.switches));
                }
                std::fflush(stdout);
            }
        }
    }
    sim.stop();
    return allHeld ? 0 : 1;
}
