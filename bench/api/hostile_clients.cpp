// Hostile clients against the real daemon (BENCHMARKS.md, "Hostile API clients"): starts
// `virtuosod` on the embedded simulator with a bearer token and the default API limits, then runs
// one attack after another, each for --seconds, while a legitimate client (its own thread, from
// 127.0.0.1, with the token) polls /api/v1/status at 10 Hz and holds a /api/v1/stream subscription:
//
//   slowloris  --slowloris N connections that send a header byte every --drip-ms and never finish
//   idle       --idle N TCP connections that never send anything
//   oversized  1 MB request lines and headers, 100 MB bodies (declared and sent), malformed and
//              truncated requests, on --workers connections at a time
//   tokens     wrong bearer tokens as fast as the daemon answers, plus the answer time of a token
//              sharing all but its last byte with the real one against a token sharing nothing
//   stalled    --stalled stream subscribers that complete the handshake and never read, for
//              --stalled-seconds (longer than the daemon's api.stream_stall_timeout_s)
//
// Attackers come from many loopback addresses (127.1.x.y, --addresses of them), so the per-client
// limits do not simply refuse them: they compete for the server's global limits as a botnet would.
// For each attack it prints the daemon's RSS (from /proc), the connector's handler latency (its own
// metric, /api/v1/connections), the legitimate client's answer latency p50/p99 and how many of its
// requests were served, what the attackers were answered, and whether the daemon stayed up.
// Exit 0 when every attack left the legitimate client served (p99 < --p99-ms, no failed request),
// the daemon up and its RSS growth under --rss-growth-mb.
#include "base/http/BearerToken.h"
#include "hostile/Attacks.h"
#include "hostile/Common.h"
#include "hostile/LegitClient.h"
#include "support/ChildProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace hostile;
using virtuoso::bench::ChildProcess;

namespace {

qint64 rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression vmRss(QStringLiteral("VmRSS:\\s+(\\d+) kB"));
    const auto m = vmRss.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}

// In-process answer time of BearerToken::accepts: a token differing only in its last byte against
// one differing in its first, interleaved, so that frequency changes hit both alike.
void tokenCompareTiming(const QByteArray &token)
{
    const virtuoso::api::BearerToken t = virtuoso::api::BearerToken::fromValue(token);
    QByteArray late = "Bearer " + token;
    late[late.size() - 1] = late.back() == 'x' ? 'y' : 'x';
    QByteArray early = "Bearer " + token;
    early[7] = early[7] == 'x' ? 'y' : 'x';
    QByteArray shortOne = "Bearer x";
    constexpr int kRounds = 200, kPerRound = 2000;
    std::vector<double> lateNs, earlyNs, shortNs;
    int accepted = 0;
    for (int round = 0; round < kRounds; ++round) {
        for (auto [text, out] :
             {std::pair{&late, &lateNs}, std::pair{&early, &earlyNs}, std::pair{&shortOne, &shortNs}}) {
            QElapsedTimer e;
            e.start();
            for (int i = 0; i < kPerRound; ++i)
                accepted += t.accepts(*text) ? 1 : 0;
            out->push_back(static_cast<double>(e.nsecsElapsed()) / kPerRound);
        }
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("  in-process BearerToken::accepts (median of %d rounds x %d): all but the last byte right %.1f ns, "
                "first byte wrong %.1f ns, 1-byte token %.1f ns (accepted %d: must be 0)\n",
                kRounds, kPerRound, median(lateNs), median(earlyNs), median(shortNs), accepted);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each line as it comes, also into a file
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hostile clients against virtuosod's monitoring API."));
    parser.addHelpOption();
    const auto option = [&parser](const char *name, const char *help, const char *def) {
        QCommandLineOption o(QLatin1String(name), QLatin1String(help), QStringLiteral("value"), QLatin1String(def));
        parser.addOption(o);
        return o;
    };
    const auto daemonOption = option("daemon", "The virtuosod to run.", VIRTUOSOD_BINARY);
    const auto phasesOption = option("phases", "Attacks, comma-separated.", "slowloris,idle,oversized,tokens,stalled");
    const auto secondsOption = option("seconds", "Length of each attack.", "30");
    const auto slowlorisOption = option("slowloris", "Slowloris connections.", "600");
    const auto dripOption = option("drip-ms", "Slowloris: one header byte per connection this often.", "3000");
    const auto idleOption = option("idle", "Idle connections.", "10000");
    const auto addressesOption = option("addresses", "Attacker source addresses (127.1.x.y).", "400");
    const auto workersOption = option("workers", "Oversized/malformed requests in flight.", "4");
    const auto tokenConnsOption = option("token-connections", "Bad-token connections (one per address).", "160");
    const auto stalledOption = option("stalled", "Stream subscribers that never read.", "60");
    const auto stalledSecondsOption =
        option("stalled-seconds", "Length of the stalled attack (beyond api.stream_stall_timeout_s).", "45");
    const auto p99Option = option("p99-ms", "Budget of the legitimate client's p99.", "50");
    const auto rssOption = option("rss-growth-mb", "Budget of the daemon's RSS growth per attack.", "64");
    parser.addPositionalArgument(QStringLiteral("daemon-args"), QStringLiteral("Extra virtuosod arguments."));
    parser.process(app);

    const QByteArray token = "hostile-bench-token-0123456789abcdef0123456789abcdef0123456789ab";
    QTemporaryDir home;
    const QString tokenPath = home.filePath(QStringLiteral("api.token"));
    {
        QFile f(tokenPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(token + '\n') < 0)
            return 2;
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.path() + QStringLiteral("/state"));
    env.insert(QStringLiteral("STATE_DIRECTORY"), home.path() + QStringLiteral("/state"));
    const QStringList args = QStringList{QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0"),
                                         QStringLiteral("--set"), QStringLiteral("api.token_file=") + tokenPath,
                                         QStringLiteral("--set"), QStringLiteral("logging.level=notice"),
                                         QStringLiteral("--set"), QStringLiteral("logging.target=stderr")} +
                             parser.positionalArguments();
    ChildProcess daemon;
    if (!daemon.start(parser.value(daemonOption), args, {}, env)) {
        std::fprintf(stderr, "hostile_clients: %s did not start\n", qPrintable(parser.value(daemonOption)));
        return 2;
    }
    const quint16 port = static_cast<quint16>(
        daemon.waitFor(QRegularExpression(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)")), 30000)
            .toUInt());
    if (port == 0 || daemon.waitFor(QRegularExpression(QStringLiteral("(DAEMON_READY)")), 30000).isEmpty()) {
        std::fprintf(stderr, "hostile_clients: the daemon did not get ready:\n%s\n",
                     daemon.err().right(2000).constData());
        return 2;
    }
    // Ready means listening; the stream starts once the simulator's connections are live.
    for (int i = 0; i < 300 && !isReady(port, token); ++i)
        hostile::pause(100);

    QThread legitThread;
    auto *legit = new LegitClient(port, token);
    legit->moveToThread(&legitThread);
    QObject::connect(&legitThread, &QThread::finished, legit, &QObject::deleteLater);
    legitThread.start();
    QMetaObject::invokeMethod(legit, &LegitClient::begin, Qt::BlockingQueuedConnection);

    AttackSettings settings;
    settings.port = port;
    settings.token = token;
    settings.addresses = std::max(1, parser.value(addressesOption).toInt());
    settings.slowloris = parser.value(slowlorisOption).toInt();
    settings.dripMs = parser.value(dripOption).toInt();
    settings.idle = parser.value(idleOption).toInt();
    settings.workers = parser.value(workersOption).toInt();
    settings.tokenConnections = parser.value(tokenConnsOption).toInt();
    settings.stalled = parser.value(stalledOption).toInt();
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    const double p99Budget = parser.value(p99Option).toDouble();
    const double rssBudgetMb = parser.value(rssOption).toDouble();

    std::printf("virtuosod pid %lld on port %u; load average %s; %d s per attack\n",
                static_cast<long long>(daemon.pid()), port, qPrintable(loadAverage()), seconds);
    bool pass = true;
    // A quiet run first: the reference for every attack.
    QStringList phases = parser.value(phasesOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    phases.prepend(QStringLiteral("baseline"));
    for (const QString &phase : phases) {
        std::unique_ptr<Attack> attack = makeAttack(phase, settings);
        if (!attack && phase != u"baseline") {
            std::fprintf(stderr, "hostile_clients: unknown attack '%s'\n", qPrintable(phase));
            return 2;
        }
        const DaemonFigures before = daemonFigures(port, token);
        const qint64 rssBefore = rssKb(daemon.pid());
        qint64 rssMax = rssBefore;
        QMetaObject::invokeMethod(legit, &LegitClient::resetStats, Qt::BlockingQueuedConnection);
        if (attack)
            attack->start();
        const int phaseSeconds =
            phase == u"stalled" ? std::max(seconds, parser.value(stalledSecondsOption).toInt()) : seconds;
        QElapsedTimer window;
        window.start();
        while (window.elapsed() < phaseSeconds * 1000 && daemon.running()) {
            hostile::pause(250);
            rssMax = std::max(rssMax, rssKb(daemon.pid()));
        }
        LegitStats legitStats;
        QMetaObject::invokeMethod(
            legit, [&] { legitStats = legit->stats(); }, Qt::BlockingQueuedConnection);
        const DaemonFigures during = daemonFigures(port, token); // with the attackers still connected
        const qint64 rssDuring = rssKb(daemon.pid());
        QString attackReport;
        if (attack) {
            attackReport = attack->finish();
            attack.reset();
        }
        // The attackers are gone: what the daemon gives back.
        hostile::pause(3000);
        const qint64 rssAfter = rssKb(daemon.pid());
        const bool up = daemon.running();

        std::printf("\n== %s (%d s) ==\n", qPrintable(phase), phaseSeconds);
        if (!attackReport.isEmpty())
            std::printf("%s", qPrintable(attackReport));
        std::printf("  legitimate client: %s\n", qPrintable(legitStats.describe()));
        std::printf("  daemon: %s; RSS %.1f MB before, max %.1f, %.1f at the end of the attack, %.1f 3 s after it\n",
                    up ? "up" : "DOWN", rssBefore / 1024.0, rssMax / 1024.0, rssDuring / 1024.0, rssAfter / 1024.0);
        std::printf("  daemon metrics at the end of the attack: %s\n", qPrintable(during.describe(before)));
        std::printf("  load average %s\n", qPrintable(loadAverage()));
        if (phase == u"tokens")
            tokenCompareTiming(token);
        const double growthMb = (rssMax - rssBefore) / 1024.0;
        const bool ok = up && legitStats.failed == 0 && legitStats.served > 0 && legitStats.p99Ms() < p99Budget &&
                        growthMb < rssBudgetMb && legitStats.streamMessages > 0;
        std::printf("  verdict: %s\n", ok ? "pass" : "FAIL");
        pass = pass && ok;
        if (!up)
            break;
    }
    QMetaObject::invokeMethod(legit, &LegitClient::end, Qt::BlockingQueuedConnection);
    legitThread.quit();
    legitThread.wait();
    std::printf("\n%s\n", pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
