// Create → ack wall time over loopback: the OrderManager places a limit order far from the touch
// through BybitVenue (signed REST, QNetworkAccessManager) and the time until the create's answer
// reaches its callback is measured. The simulator runs in this process on its own thread
// (EmbeddedSimulator), so every order crosses a real loopback socket and a thread boundary.
// Orders go one at a time (no queueing in the measurement); every 100 they are cancelled in one
// cancel-all, outside the measurement, to stay under the exchange's 500 open orders.
// With --raw the same signed creates go over one kept-alive QTcpSocket written by hand instead:
// the simulator and loopback alone, the baseline the client stack is compared with.
// With --slice every thread of the process (this one, the simulator's, QNetworkAccessManager's)
// asks for the short scheduler slice the market data threads use (base/ThreadScheduling): on a busy
// machine a thread that wakes for a reply then preempts instead of waiting out another's slice.
//   bench_create_ack [--orders 2000] [--warmup 50] [--raw] [--slice]
#include "base/Clock.h"
#include "base/ThreadScheduling.h"
#include "connector/RequestSigner.h"
#include "sim/market/InstrumentCatalog.h"
#include "sim/server/EmbeddedSimulator.h"
#include "trading/BybitVenue.h"
#include "trading/OrderManager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>

#include <QDir>

#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

using namespace virtuoso;
using namespace virtuoso::trading;

namespace {

// Runs the event loop until `done` holds; false after `timeoutMs`.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.hasExpired(timeoutMs))
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// The best bid of `symbol` from the simulator's public REST, as its price text.
QString bestBid(const QString &restUrl, const QString &symbol)
{
    QNetworkAccessManager http;
    QNetworkReply *reply = http.get(QNetworkRequest(
        QUrl(restUrl + QStringLiteral("/v5/market/orderbook?category=linear&symbol=%1&limit=1").arg(symbol))));
    spinUntil([&] { return reply->isFinished(); }, 10'000);
    const QJsonObject result =
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("result")).toObject();
    reply->deleteLater();
    return result.value(QLatin1String("b")).toArray().at(0).toArray().at(0).toString();
}

// One signed create over a kept-alive socket; false when no complete answer came.
bool rawCreate(QTcpSocket &socket, const exchange::RequestSigner &signer, const std::string &body)
{
    const qint64 ts = QDateTime::currentMSecsSinceEpoch();
    const std::string sign = signer.signRest(ts, 5000, body);
    QByteArray request = "POST /v5/order/create HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         "X-BAPI-API-KEY: " +
                         QByteArray::fromStdString(signer.apiKey()) +
                         "\r\nX-BAPI-TIMESTAMP: " + QByteArray::number(ts) +
                         "\r\nX-BAPI-RECV-WINDOW: 5000\r\nX-BAPI-SIGN: " + QByteArray::fromStdString(sign) +
                         "\r\nContent-Length: " + QByteArray::number(qsizetype(body.size())) + "\r\n\r\n" +
                         QByteArray::fromStdString(body);
    socket.write(request);
    QByteArray answer;
    return spinUntil(
        [&] {
            answer += socket.readAll();
            const qsizetype headEnd = answer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return false;
            const qsizetype at = answer.toLower().indexOf("content-length:");
            const qsizetype length = answer.mid(at + 15, answer.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
            return answer.size() >= headEnd + 4 + length;
        },
        10'000);
}

// The kernel's struct sched_attr (first version), as base/ThreadScheduling uses it.
struct SchedAttr
{
    std::uint32_t size;
    std::uint32_t policy;
    std::uint64_t flags;
    std::int32_t nice;
    std::uint32_t priority;
    std::uint64_t runtime;
    std::uint64_t deadline;
    std::uint64_t period;
};

// Asks for `sliceNs` on every thread of this process; how many now have it.
int sliceEveryThread(qint64 sliceNs)
{
    int granted = 0;
    for (const QString &task : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const long tid = task.toLong();
        SchedAttr attr{};
        if (syscall(SYS_sched_getattr, tid, &attr, static_cast<unsigned>(sizeof(attr)), 0u) != 0)
            continue;
        attr.size = sizeof(attr);
        attr.flags = 0;
        attr.runtime = static_cast<std::uint64_t>(sliceNs);
        attr.deadline = 0;
        attr.period = 0;
        if (syscall(SYS_sched_setattr, tid, &attr, 0u) == 0 &&
            syscall(SYS_sched_getattr, tid, &attr, static_cast<unsigned>(sizeof(attr)), 0u) == 0 &&
            attr.runtime == static_cast<std::uint64_t>(sliceNs))
            ++granted;
    }
    return granted;
}

double percentile(std::vector<double> sorted, double p)
{
    const std::size_t i = std::min(sorted.size() - 1, static_cast<std::size_t>(std::ceil(p * sorted.size())) - 1);
    return sorted[i];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("orders"), QStringLiteral("orders to time"), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption(
        {QStringLiteral("warmup"), QStringLiteral("orders before timing"), QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("raw"), QStringLiteral("hand-written HTTP over one socket (baseline)")});
    parser.addOption(
        {QStringLiteral("slice"), QStringLiteral("every thread asks for the short scheduler slice (100 us)")});
    parser.process(app);
    const bool raw = parser.isSet(QStringLiteral("raw"));
    const bool slice = parser.isSet(QStringLiteral("slice"));
    const int orders = parser.value(QStringLiteral("orders")).toInt();
    const int warmup = parser.value(QStringLiteral("warmup")).toInt();

    const QString symbol = QStringLiteral("BTCUSDT");
    sim::SimulatorOptions options;
    options.symbols = {symbol};
    options.accounts.push_back(
        sim::SimAccount{QStringLiteral("BENCHKEY0000000001"), "BENCHSECRET000000000000000000000001", 10'000'000});
    options.restBudgetPerWindow = 1'000'000; // the measurement is of the path, not of Bybit's limits
    sim::EmbeddedSimulator simulator(options);
    QString error;
    if (!simulator.start(&error)) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(error));
        return 4;
    }

    const auto instrument = sim::instrumentForSymbol(symbol);
    const exchange::InstrumentSpec spec = instrument->spec;
    auto lookup = [&spec](std::string_view s) -> const exchange::InstrumentSpec * {
        return s == spec.symbol.view() ? &spec : nullptr;
    };
    BybitVenueSettings settings;
    settings.kind = VenueKind::Simulator;
    settings.restUrl = QUrl(simulator.restUrl());
    settings.streamUrl = QUrl(simulator.wsPrivateUrl());
    settings.rest.limits.ipLimitPer5s = 1'000'000;
    const sim::SimAccount &account = simulator.accounts().front();
    BybitVenue venue(settings,
                     std::make_shared<exchange::RequestSigner>(account.key.toStdString(), account.secret.toStdString()),
                     lookup, Clock::system());
    OrderManager manager(
        venue, Clock::system(), [&spec](const std::string &s) { return s == spec.symbol.view() ? &spec : nullptr; },
        nullptr);
    manager.start();
    if (!spinUntil([&] { return manager.streamUp() && manager.wallet().walletBalance > 0; }, 20'000)) {
        std::fprintf(stderr, "the private stream did not come up: %s\n", manager.streamReason().c_str());
        return 4;
    }

    // 3 % under the best bid: the orders rest for the whole run, within the exchange's 10 % band.
    const double bid = bestBid(simulator.restUrl(), symbol).toDouble();
    const Ticks price = static_cast<Ticks>(std::floor(bid * 0.97 / spec.price.toDouble(1)));
    OrderRequest request;
    request.symbol = symbol.toStdString();
    request.price = price;
    request.quantity = spec.minOrderLots > 0 ? spec.minOrderLots * 10 : 10;

    QTcpSocket socket;
    std::optional<exchange::RequestSigner> rawSigner;
    RequestBodyWriter writer;
    if (raw) {
        rawSigner.emplace(account.key.toStdString(), account.secret.toStdString());
        socket.connectToHost(QStringLiteral("127.0.0.1"), simulator.port());
        socket.waitForConnected(5000);
        socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }

    // After the first requests, so QNetworkAccessManager's thread exists.
    int sliced = 0;
    std::vector<double> micros;
    micros.reserve(static_cast<std::size_t>(orders));
    int failures = 0;
    for (int i = 0; i < warmup + orders; ++i) {
        if (i > 0 && i % 100 == 0) {
            bool cancelled = false;
            manager.cancelAll(request.symbol, [&](const VenueReply &) { cancelled = true; });
            spinUntil([&] { return cancelled; }, 10'000);
        }
        if (raw) {
            OrderIntent intent;
            intent.orderLinkId = "raw-" + std::to_string(i);
            intent.symbol = request.symbol;
            intent.price = request.price;
            intent.quantity = request.quantity;
            const std::string body(writer.create(intent, spec));
            const auto start = std::chrono::steady_clock::now();
            if (!rawCreate(socket, *rawSigner, body)) {
                ++failures;
                continue;
            }
            if (i >= warmup)
                micros.push_back(
                    std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
            if (slice && i == 0)
                sliced = sliceEveryThread(kLatencySliceNs);
            continue;
        }
        std::optional<VenueReply> reply;
        const auto start = std::chrono::steady_clock::now();
        std::chrono::steady_clock::time_point end;
        const PlaceResult placed = manager.place(request, [&](const VenueReply &r) {
            end = std::chrono::steady_clock::now();
            reply = r;
        });
        if (!placed.sent || !spinUntil([&] { return reply.has_value(); }, 10'000) || !reply->ok) {
            ++failures;
            continue;
        }
        if (i >= warmup)
            micros.push_back(std::chrono::duration<double, std::micro>(end - start).count());
        if (slice && i == 0)
            sliced = sliceEveryThread(kLatencySliceNs);
    }
    bool cancelled = false;
    manager.cancelAll(request.symbol, [&](const VenueReply &) { cancelled = true; });
    spinUntil([&] { return cancelled; }, 10'000);
    manager.stop();

    if (micros.empty()) {
        std::fprintf(stderr, "no order was acknowledged (%d failures)\n", failures);
        return 1;
    }
    std::sort(micros.begin(), micros.end());
    double sum = 0;
    for (double m : micros)
        sum += m;
    std::printf("create -> ack over loopback, simulator in-process on its own thread (EmbeddedSimulator), %s\n",
                raw ? "hand-written HTTP/1.1 on one QTcpSocket (baseline)"
                    : "OrderManager -> BybitVenue -> PrivateRestClient -> QNetworkAccessManager");
    if (slice)
        std::printf("scheduler slice 100 us granted to %d threads\n", sliced);
    std::printf("orders timed: %zu (after %d warm-up), failures: %d\n", micros.size(), warmup, failures);
    std::printf("p50 %.0f us  p90 %.0f us  p99 %.0f us  max %.0f us  mean %.0f us\n", percentile(micros, 0.50),
                percentile(micros, 0.90), percentile(micros, 0.99), micros.back(), sum / double(micros.size()));
    std::printf("target p99 <= 2000 us: %s\n", percentile(micros, 0.99) <= 2000 ? "met" : "NOT met");
    return 0;
}
