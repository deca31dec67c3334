// Load tool for the monitoring API (BENCHMARKS.md): `clients` keep-alive HTTP clients polling
// /api/v1/status at `hz` each, plus `subscribers` /api/v1/stream WebSockets, for `seconds`.
// Prints request latency percentiles (send → complete response), error counts, stream message
// counts and the daemon's RSS. With --spawn it starts `virtuoso --daemon` itself on an ephemeral
// port (by default on the embedded simulator, so the connector is live during the load).
// The connector's handler latency (frame read → applied to market state, per connection) is read
// from /api/v1/connections once every connection is live and the warm-up has passed, and again
// after the load: its p99 must stay below 1 ms. The daemon's histograms cover the process's
// lifetime, so the "after" figure holds the load window plus the quiet minutes before it.
// Exit 0 when the request p99 < --p99-ms (20) with no errors and the handler p99 < 1 ms after the load.
//
// Hostile extras: --idle N holds N idle TCP connections from 127.0.0.1 during the load while the
// polling clients come from --from (e.g. 127.0.0.2, another client); --stalled N adds stream
// subscribers that complete the handshake and never read. --symbols N gives a spawned daemon N
// symbols; with --spawn the daemon's RSS is sampled every second and summarised.
#include "HttpFraming.h"
#include "base/ProcessMetrics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

#include <unistd.h>

namespace {

struct Stats
{
    std::vector<qint64> latenciesUs;
    quint64 errors = 0;
    quint64 non200 = 0;
    quint64 streamMessages = 0;
    quint64 streamBytes = 0;
};

// One keep-alive client: sends GET, waits for the whole response, records latency.
class PollingClient : public QObject
{
public:
    PollingClient(quint16 port, const QByteArray &token, int intervalMs, Stats &stats, const QHostAddress &from,
                  QObject *parent)
        : QObject(parent)
        , m_port(port)
        , m_from(from)
        , m_stats(stats)
    {
        m_request = "GET /api/v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!token.isEmpty())
            m_request += "Authorization: Bearer " + token + "\r\n";
        m_request += "\r\n";
        connect(&m_socket, &QTcpSocket::readyRead, this, &PollingClient::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            ++m_stats.errors;
            m_busy = false;
        });
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &PollingClient::tick);
        connectToServer();
    }
    void start(int phaseMs)
    {
        QTimer::singleShot(phaseMs, this, [this] { m_timer.start(); });
    }
    void stop() { m_timer.stop(); }

private:
    void tick()
    {
        if (m_busy)
            return; // the previous answer is late: skip a beat instead of queueing
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.abort();
            connectToServer();
            return;
        }
        m_buffer.clear();
        m_busy = true;
        m_sent.start();
        m_socket.write(m_request);
    }
    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        if (!::virtuoso::bench::httpFrame(m_buffer).complete)
            return;
        m_stats.latenciesUs.push_back(m_sent.nsecsElapsed() / 1000);
        if (!m_buffer.startsWith("HTTP/1.1 200"))
            ++m_stats.non200;
        m_busy = false;
    }

    void connectToServer()
    {
        if (!m_from.isNull())
            m_socket.bind(m_from);
        m_socket.connectToHost(QHostAddress::LocalHost, m_port);
    }

    quint16 m_port;
    QHostAddress m_from;
    Stats &m_stats;
    QByteArray m_request;
    QTcpSocket m_socket;
    QTimer m_timer;
    QElapsedTimer m_sent;
    QByteArray m_buffer;
    bool m_busy = false;
};

// A stream subscriber that completes the WebSocket handshake and then never reads: the daemon's
// socket buffer towards it fills, and what it holds for it must stay bounded.
class StalledSubscriber
{
public:
    StalledSubscriber(quint16 port, const QByteArray &token)
    {
        m_socket.setReadBufferSize(4096);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QByteArray request = "GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                             "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                             "Sec-WebSocket-Version: 13\r\n";
        if (!token.isEmpty())
            request += "Authorization: Bearer " + token + "\r\n";
        m_socket.write(request + "\r\n");
    }

private:
    QTcpSocket m_socket;
};

// Resident memory and CPU time of another process, read by the core's one reader of /proc.
std::optional<virtuoso::health::ProcessUsage> usageOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    QFile statm(QStringLiteral("/proc/%1/statm").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly) || !statm.open(QIODevice::ReadOnly))
        return std::nullopt;
    return virtuoso::health::ProcessMetrics::parse(stat.readAll(), statm.readAll(), ::sysconf(_SC_PAGESIZE),
                                                   ::sysconf(_SC_CLK_TCK));
}

double rssMiB(qint64 pid)
{
    const auto usage = usageOf(pid);
    return usage ? usage->residentBytes / (1024.0 * 1024.0) : 0;
}

double cpuSeconds(qint64 pid)
{
    const auto usage = usageOf(pid);
    return usage ? usage->cpuSeconds : 0;
}

QString symbolList(int count)
{
    QStringList list = {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT"),
                        QStringLiteral("XRPUSDT"), QStringLiteral("DOGEUSDT")};
    for (int n = 1; list.size() < count; ++n)
        list << QStringLiteral("X%1USDT").arg(n, 3, 10, QLatin1Char('0'));
    return list.first(std::min<qsizetype>(count, list.size())).join(u',');
}

qint64 percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1));
    return values[index];
}

QJsonObject fetchJson(quint16 port, const QByteArray &token, const QByteArray &path);

// Where the measuring side's own requests come from (--from): not the attacker's address.
QHostAddress g_from;

// Waits with the event loop running (the spawned daemon's log keeps being drained).
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct HandlerLatency
{
    qint64 worstP99Us = -1; // over all connections
    qint64 worstMaxUs = -1;
    qint64 count = 0; // messages measured, all connections
    // The recent window (the last 30–60 s, restarted when the history bootstrap ends): after a load
    // of 60 s it holds the load only.
    qint64 recentP99Us = -1, recentMaxUs = -1, recentSpanMs = 0;
    int connections = 0;
    int live = 0;
};

HandlerLatency handlerLatency(quint16 port, const QByteArray &token)
{
    HandlerLatency h;
    const QJsonObject connections =
        fetchJson(port, token, "/api/v1/connections").value(QStringLiteral("connections")).toObject();
    for (const QJsonValue &value : connections) {
        const QJsonObject c = value.toObject();
        const QJsonObject l = c.value(QStringLiteral("handler_latency_us")).toObject();
        ++h.connections;
        h.live += c.value(QStringLiteral("state")).toString() == u"live" ? 1 : 0;
        h.worstP99Us = std::max(h.worstP99Us, l.value(QStringLiteral("p99")).toInteger(-1));
        h.worstMaxUs = std::max(h.worstMaxUs, l.value(QStringLiteral("max")).toInteger(-1));
        h.count += l.value(QStringLiteral("count")).toInteger();
        const QJsonObject recent = l.value(QStringLiteral("recent")).toObject();
        h.recentP99Us = std::max(h.recentP99Us, recent.value(QStringLiteral("p99")).toInteger(-1));
        h.recentMaxUs = std::max(h.recentMaxUs, recent.value(QStringLiteral("max")).toInteger(-1));
        h.recentSpanMs = std::max(h.recentSpanMs, recent.value(QStringLiteral("span_ms")).toInteger());
    }
    return h;
}

void printHandler(const char *when, const HandlerLatency &h)
{
    if (h.connections == 0) {
        std::printf("handler latency %s: n/a (no connections)\n", when);
        return;
    }
    std::printf("handler latency %s: p99 %lld us, max %lld us (worst connection), %lld messages, %d/%d connections "
                "live\n",
                when, static_cast<long long>(h.worstP99Us), static_cast<long long>(h.worstMaxUs),
                static_cast<long long>(h.count), h.live, h.connections);
    std::printf("handler latency %s, recent window (%.1f s): p99 %lld us, max %lld us (worst connection)\n", when,
                static_cast<double>(h.recentSpanMs) / 1000.0, static_cast<long long>(h.recentP99Us),
                static_cast<long long>(h.recentMaxUs));
}

QJsonObject fetchJson(quint16 port, const QByteArray &token, const QByteArray &path)
{
    QTcpSocket s;
    if (!g_from.isNull())
        s.bind(g_from);
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(2000))
        return {};
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token + "\r\n";
    s.write(request + "\r\n");
    QByteArray all;
    while (s.waitForReadyRead(2000))
        all += s.readAll();
    return QJsonDocument::fromJson(all.mid(all.indexOf("\r\n\r\n") + 4)).object();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Load test for the monitoring API."));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("API port on 127.0.0.1."),
                                        QStringLiteral("port"));
    const QCommandLineOption spawnOption(QStringLiteral("spawn"),
                                         QStringLiteral("Start virtuoso --daemon (extra --set options after --)."));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("Bearer token."),
                                         QStringLiteral("token"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Polling clients (50)."),
                                           QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption hzOption(QStringLiteral("hz"), QStringLiteral("Polls per second per client (20)."),
                                      QStringLiteral("hz"), QStringLiteral("20"));
    const QCommandLineOption subscribersOption(QStringLiteral("subscribers"),
                                               QStringLiteral("Stream subscribers (10)."), QStringLiteral("n"),
                                               QStringLiteral("10"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Duration (60)."),
                                           QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Seconds to wait, once every connection is live, before "
                                                         "the load starts (30)."),
                                          QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption idleOption(QStringLiteral("idle"),
                                        QStringLiteral("Idle TCP connections held from 127.0.0.1 (0)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("Source address of the polling clients (default: any)."),
                                        QStringLiteral("address"));
    const QCommandLineOption stalledOption(QStringLiteral("stalled"),
                                           QStringLiteral("Stream subscribers that never read (0)."),
                                           QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption symbolsOption(
        QStringLiteral("symbols"), QStringLiteral("Symbols of a spawned daemon (its default)."), QStringLiteral("n"));
    const QCommandLineOption p99Option(QStringLiteral("p99-ms"), QStringLiteral("Request p99 limit in ms (20)."),
                                       QStringLiteral("ms"), QStringLiteral("20"));
    parser.addOptions({portOption, spawnOption, tokenOption, clientsOption, hzOption, subscribersOption, secondsOption,
                       warmupOption, idleOption, fromOption, stalledOption, symbolsOption, p99Option});
    parser.addPositionalArgument(QStringLiteral("daemon-args"), QStringLiteral("Extra arguments for --spawn."));
    parser.process(app);

    const QByteArray token = parser.value(tokenOption).toUtf8();
    quint16 port = static_cast<quint16>(parser.value(portOption).toUInt());
    QProcess daemon;
    if (parser.isSet(spawnOption)) {
        // The clients share one address; lift the per-client rate limit above the offered load, and
        // the per-client connection limit too unless an attacker is part of the run (--idle).
        const QStringList perClient =
            parser.value(idleOption).toInt() > 0
                ? QStringList{}
                : QStringList{QStringLiteral("--set"), QStringLiteral("api.max_connections_per_client=100000")};
        daemon.start(
            QStringLiteral(VIRTUOSO_BINARY),
            QStringList{QStringLiteral("--daemon"), QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0"),
                        QStringLiteral("--set"), QStringLiteral("api.rate_limit_per_s=10000"), QStringLiteral("--set"),
                        QStringLiteral("logging.level=notice"), QStringLiteral("--set"),
                        QStringLiteral("logging.target=stderr")} +
                perClient +
                (parser.isSet(symbolsOption)
                     ? QStringList{QStringLiteral("--set"), QStringLiteral("exchange.symbols=") +
                                                                symbolList(parser.value(symbolsOption).toInt())}
                     : QStringList{}) +
                parser.positionalArguments());
        daemon.setReadChannel(QProcess::StandardError);
        QByteArray err;
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QElapsedTimer wait;
        wait.start();
        while (port == 0 && wait.elapsed() < 15000 && daemon.state() != QProcess::NotRunning) {
            daemon.waitForReadyRead(500);
            err += daemon.readAllStandardError();
            const auto m = listening.match(QString::fromUtf8(err));
            if (m.hasMatch())
                port = static_cast<quint16>(m.captured(1).toUInt());
        }
        if (port == 0) {
            std::fprintf(stderr, "api_load: the daemon did not report its port:\n%s\n", err.constData());
            return 1;
        }
        QObject::connect(&daemon, &QProcess::readyReadStandardError, [&daemon] { daemon.readAllStandardError(); });
    }
    if (port == 0) {
        std::fprintf(stderr, "api_load: give --port or --spawn\n");
        return 2;
    }

    const int clients = parser.value(clientsOption).toInt();
    const int hz = std::max(1, parser.value(hzOption).toInt());
    const int subscribers = parser.value(subscribersOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int warmup = std::max(0, parser.value(warmupOption).toInt());

    // Warm-up: the connector bootstraps history and subscribes; the load starts on a settled core.
    {
        QElapsedTimer waited;
        waited.start();
        HandlerLatency h = handlerLatency(port, token);
        while ((h.connections == 0 || h.live < h.connections) && waited.elapsed() < 60'000) {
            pause(500);
            h = handlerLatency(port, token);
        }
        if (h.connections == 0 || h.live < h.connections)
            std::fprintf(stderr, "api_load: not every connection is live after 60 s (%d/%d); measuring anyway\n",
                         h.live, h.connections);
        pause(warmup * 1000);
    }
    const HandlerLatency before = handlerLatency(port, token);
    const double rssBefore = rssMiB(daemon.processId());
    const double cpuBefore = cpuSeconds(daemon.processId());
    QElapsedTimer loadTime;
    loadTime.start();

    // The attacker first: its idle sockets are open before the measured clients arrive.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < parser.value(idleOption).toInt(); ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    if (!idle.empty())
        pause(2000);
    std::vector<std::unique_ptr<StalledSubscriber>> stalled;
    for (int i = 0; i < parser.value(stalledOption).toInt(); ++i)
        stalled.push_back(std::make_unique<StalledSubscriber>(port, token));

    std::vector<double> rssSamples;
    QTimer rssTimer;
    QObject::connect(&rssTimer, &QTimer::timeout, [&] {
        if (const double r = rssMiB(daemon.processId()); r > 0)
            rssSamples.push_back(r);
    });
    rssTimer.start(1000);

    const QHostAddress from(parser.value(fromOption));
    g_from = from;
    Stats stats;
    std::vector<std::unique_ptr<PollingClient>> pollers;
    for (int i = 0; i < clients; ++i) {
        pollers.push_back(std::make_unique<PollingClient>(port, token, 1000 / hz, stats, from, nullptr));
        pollers.back()->start(i * (1000 / hz) / std::max(1, clients)); // spread the phases
    }
    std::vector<std::unique_ptr<QWebSocket>> streams;
    for (int i = 0; i < subscribers; ++i) {
        auto ws = std::make_unique<QWebSocket>();
        QObject::connect(ws.get(), &QWebSocket::textMessageReceived, [&stats](const QString &text) {
            ++stats.streamMessages;
            stats.streamBytes += static_cast<quint64>(text.size());
        });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(port)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        ws->open(request);
        streams.push_back(std::move(ws));
    }

    QTimer::singleShot(seconds * 1000, &app, [&] {
        for (auto &p : pollers)
            p->stop();
        QCoreApplication::quit();
    });
    app.exec();

    const double cpuDuring = cpuSeconds(daemon.processId()) - cpuBefore;
    const double loadSeconds = static_cast<double>(loadTime.elapsed()) / 1000.0;
    const HandlerLatency after = handlerLatency(port, token);
    QByteArray metrics;
    {
        QTcpSocket s;
        if (!g_from.isNull())
            s.bind(g_from);
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(2000)) {
            QByteArray request = "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
            if (!token.isEmpty())
                request += "Authorization: Bearer " + token + "\r\n";
            s.write(request + "\r\n");
            while (s.waitForReadyRead(2000))
                metrics += s.readAll();
        }
    }
    static const QRegularExpression rss(QStringLiteral("\\nprocess_resident_memory_bytes ([0-9.e+]+)"));
    const auto rssMatch = rss.match(QString::fromUtf8(metrics));

    const auto &l = stats.latenciesUs;
    std::printf("requests: %zu in %d s (%.0f/s offered: %d clients x %d Hz), non-200: %llu, connection errors: %llu\n",
                l.size(), seconds, static_cast<double>(clients * hz), clients, hz,
                static_cast<unsigned long long>(stats.non200), static_cast<unsigned long long>(stats.errors));
    std::printf("latency us: p50 %lld  p90 %lld  p99 %lld  p99.9 %lld  max %lld\n",
                static_cast<long long>(percentile(l, 0.50)), static_cast<long long>(percentile(l, 0.90)),
                static_cast<long long>(percentile(l, 0.99)), static_cast<long long>(percentile(l, 0.999)),
                static_cast<long long>(l.empty() ? 0 : *std::max_element(l.begin(), l.end())));
    std::printf("stream: %d subscribers, %llu messages, %.1f KiB\n", subscribers,
                static_cast<unsigned long long>(stats.streamMessages), static_cast<double>(stats.streamBytes) / 1024.0);
    printHandler("before the load", before);
    printHandler("after the load", after);
    std::printf("daemon: RSS %s bytes\n", rssMatch.hasMatch() ? rssMatch.captured(1).toUtf8().constData() : "n/a");
    if (!rssSamples.empty())
        std::printf("daemon RSS MiB: before the load %.1f, during: min %.1f max %.1f end %.1f (%zu samples)\n",
                    rssBefore, *std::min_element(rssSamples.begin(), rssSamples.end()),
                    *std::max_element(rssSamples.begin(), rssSamples.end()), rssSamples.back(), rssSamples.size());
    if (cpuDuring > 0)
        std::printf("daemon CPU during the load: %.1f s in %.1f s (%.0f %% of one core)\n", cpuDuring, loadSeconds,
                    100.0 * cpuDuring / loadSeconds);
    if (!idle.empty()) {
        static const QRegularExpression open(QStringLiteral("\\nvirtuoso_api_http_connections ([0-9.e+]+)"));
        static const QRegularExpression refused(
            QStringLiteral("\\nvirtuoso_api_connections_refused_total ([0-9.e+]+)"));
        const QString text = QString::fromUtf8(metrics);
        std::printf("idle attacker: %zu connections from 127.0.0.1; the daemon holds %s HTTP connections and refused "
                    "%s\n",
                    idle.size(), qPrintable(open.match(text).captured(1)), qPrintable(refused.match(text).captured(1)));
    }
    if (!stalled.empty())
        std::printf("stalled subscribers: %zu (never read)\n", stalled.size());

    for (auto &s : streams)
        s->close();
    if (daemon.state() != QProcess::NotRunning) {
        daemon.terminate();
        daemon.waitForFinished(5000);
    }
    const qint64 p99LimitUs = parser.value(p99Option).toLongLong() * 1000;
    const bool apiOk = clients == 0 || (!l.empty() && percentile(l, 0.99) < p99LimitUs && stats.non200 == 0);
    const bool handlerOk = after.connections == 0 || (after.worstP99Us >= 0 && after.worstP99Us < 1000);
    std::printf("result: API p99 %s %lld ms, handler p99 %s 1 ms\n", apiOk ? "<" : "NOT <",
                static_cast<long long>(p99LimitUs / 1000),
                after.connections == 0 ? "n/a:"
                : handlerOk            ? "<"
                                       : "NOT <");
    return apiOk && handlerOk ? 0 : 1;
}
