#include "cli/TradingCommand.h"

#include "ExitCode.h"
#include "api/TradingDocument.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "base/logging/Log.h"
#include "cli/ConsoleOutput.h"
#include "connector/InstrumentCatalog.h"
#include "engine/LoggingSetup.h"
#include "trading/BybitVenue.h"
#include "trading/TradingService.h"

#include <QCommandLineParser>
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
#include <QUrlQuery>

#include <cstdio>
#include <functional>

namespace virtuoso::trading {

namespace {

using cli::printLine;

const char *const kUsage =
    "Trading from a shell.\n"
    "\n"
    "  virtuoso order --symbol S --side buy|sell --qty Q [--price P] [--type market|limit]\n"
    "                 [--tif GTC|IOC|FOK|PostOnly] [--reduce-only]\n"
    "                 [--take-profit P] [--stop-loss P] [--tpsl-trigger LastPrice|MarkPrice]\n"
    "  virtuoso cancel ORDER_LINK_ID\n"
    "  virtuoso amend ORDER_LINK_ID [--price P] [--qty Q]   a resting order's new price and/or size,\n"
    "                 checked by the risk gate as a new order would be\n"
    "  virtuoso orders [--all]\n"
    "  virtuoso positions\n"
    "  virtuoso kill [--reason TEXT]\n"
    "  virtuoso kill --reset       new orders allowed again once the kill switch has finished (it stays\n"
    "                              engaged across restarts until reset)\n"
    "\n"
    "Where:\n"
    "  --api URL                 a running daemon or workstation (http://127.0.0.1:8787); reading\n"
    "                            uses --token-file (api.token_file), trading --trading-token-file\n"
    "                            (trading.token_file). The paper broker is only reachable this way.\n"
    "  (no --api)                the venue of the configuration itself: trading.venue = simulator,\n"
    "                            testnet, demo or live, with exchange.api_key_file. Live also needs\n"
    "                            trading.allow_live and --confirm-live \"I ACCEPT LIVE TRADING\".\n"
    "  --config FILE, --set section.key=value   as for the program\n"
    "  --take-profit, --stop-loss   for the whole position once the order fills (Bybit's Full mode),\n"
    "                            closed at market when the last (or --tpsl-trigger MarkPrice) price\n"
    "                            reaches one; on the profit and the loss side of the order's price\n"
    "  --json                    print the answer as JSON\n"
    "  --timeout S               how long to wait for the venue (default 20)\n";

constexpr const char *kLivePhrase = "I ACCEPT LIVE TRADING";

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

// Spins the event loop until `done` holds or `timeoutMs` passes.
bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QString error;
};

Reply httpCall(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &token,
               const QByteArray &body, qint64 timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    request.setTransferTimeout(static_cast<int>(timeoutMs));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    waitUntil([reply] { return reply->isFinished(); }, timeoutMs + 1000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (r.status == 0)
        r.error = reply->errorString();
    reply->deleteLater();
    return r;
}

QByteArray readToken(const QString &path, QString *error)
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the token file %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readLine().trimmed();
}

// Text tables of the documents the API serves (the same documents in both modes).
void printOrders(const QJsonObject &doc)
{
    const QJsonArray orders = doc.value(QStringLiteral("orders")).toArray();
    if (orders.isEmpty()) {
        printLine(stdout, QStringLiteral("no orders"));
        return;
    }
    printLine(stdout, QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                          .arg(QStringLiteral("ORDER LINK ID"), -26)
                          .arg(QStringLiteral("SYMBOL"), -12)
                          .arg(QStringLiteral("SIDE"), -5)
                          .arg(QStringLiteral("TYPE"), -7)
                          .arg(QStringLiteral("PRICE"), 12)
                          .arg(QStringLiteral("QTY"), 10)
                          .arg(QStringLiteral("FILLED"), 10)
                          .arg(QStringLiteral("STATUS")));
    for (const QJsonValue &v : orders) {
        const QJsonObject o = v.toObject();
        QString status = o.value(QStringLiteral("status")).toString();
        const QString reason = o.value(QStringLiteral("reason")).toString();
        if (!reason.isEmpty())
            status += QStringLiteral(" (") + reason + QLatin1Char(')');
        printLine(stdout, QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                              .arg(o.value(QStringLiteral("order_link_id")).toString(), -26)
                              .arg(o.value(QStringLiteral("symbol")).toString(), -12)
                              .arg(o.value(QStringLiteral("side")).toString(), -5)
                              .arg(o.value(QStringLiteral("type")).toString(), -7)
                              .arg(o.value(QStringLiteral("price")).toString(), 12)
                              .arg(o.value(QStringLiteral("qty")).toString(), 10)
                              .arg(o.value(QStringLiteral("filled")).toString(), 10)
                              .arg(status));
    }
}

void printPositions(const QJsonObject &doc)
{
    const QJsonArray positions = doc.value(QStringLiteral("positions")).toArray();
    int shown = 0;
    for (const QJsonValue &v : positions) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("side")).toString() == u"Flat")
            continue;
        if (shown++ == 0)
            printLine(stdout, QStringLiteral("%1 %2 %3 %4 %5 %6")
                                  .arg(QStringLiteral("SYMBOL"), -12)
                                  .arg(QStringLiteral("SIDE"), -6)
                                  .arg(QStringLiteral("SIZE"), 10)
                                  .arg(QStringLiteral("ENTRY"), 12)
                                  .arg(QStringLiteral("MARK"), 12)
                                  .arg(QStringLiteral("UNREALISED"), 12));
        printLine(stdout, QStringLiteral("%1 %2 %3 %4 %5 %6")
                              .arg(p.value(QStringLiteral("symbol")).toString(), -12)
                              .arg(p.value(QStringLiteral("side")).toString(), -6)
                              .arg(p.value(QStringLiteral("size")).toString(), 10)
                              .arg(fixed(p.value(QStringLiteral("average_entry")).toDouble(), 4), 12)
                              .arg(fixed(p.value(QStringLiteral("mark")).toDouble(), 4), 12)
                              .arg(fixed(p.value(QStringLiteral("unrealised_pnl")).toDouble()), 12));
    }
    if (shown == 0)
        printLine(stdout, QStringLiteral("no open positions"));
}

int printKill(const QJsonObject &report)
{
    printLine(stdout, QStringLiteral("kill switch: %1 open orders cancelled, %2 of %3 positions flattened; now %4 "
                                     "open orders and %5 positions")
                          .arg(report.value(QStringLiteral("open_orders_before")).toInt())
                          .arg(report.value(QStringLiteral("flatten_orders_sent")).toInt())
                          .arg(report.value(QStringLiteral("positions_to_flatten")).toInt())
                          .arg(report.value(QStringLiteral("open_orders_after")).toInt())
                          .arg(report.value(QStringLiteral("positions_after")).toInt()));
    for (const QJsonValue &problem : report.value(QStringLiteral("problems")).toArray())
        printLine(stdout, QStringLiteral("  problem: %1").arg(problem.toString()));
    return report.value(QStringLiteral("clean")).toBool() ? ExitOk : ExitFailure;
}

struct Request
{
    QString command;
    QStringList positional;
    OrderTicket ticket;
    QString reason;
    bool reset = false; // kill --reset
    bool all = false;
    bool json = false;
    qint64 timeoutMs = 20'000;
};

// The document as JSON with --json, else as `text` prints it; the exit code of the printing.
int printDocument(const Request &r, const QJsonObject &doc, const std::function<int(const QJsonObject &)> &text)
{
    if (r.json) {
        printLine(stdout, QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    return text(doc);
}

// --- against a daemon ------------------------------------------------------------------------

int viaApi(const Request &r, const QUrl &base, const QByteArray &readToken, const QByteArray &tradeToken)
{
    QNetworkAccessManager nam;
    const auto url = [&base](const QString &path) {
        QUrl u = base;
        u.setPath(path);
        return u;
    };
    const auto fail = [&r](const Reply &reply) {
        const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
        QString why = body.value(QStringLiteral("error")).toString();
        if (why.isEmpty())
            why = reply.error.isEmpty() ? QString::fromUtf8(reply.body) : reply.error;
        // "virtuoso amend: HTTP 422: risk: …"; without an answer, just the reason.
        printLine(stderr, reply.status
                              ? QStringLiteral("virtuoso %1: HTTP %2: %3").arg(r.command).arg(reply.status).arg(why)
                              : QStringLiteral("virtuoso %1: %2").arg(r.command, why));
        return reply.status == 0 ? ExitStartupFailed : ExitFailure;
    };
    const auto output = [&r](const QByteArray &body, const std::function<int(const QJsonObject &)> &print) {
        return printDocument(r, QJsonDocument::fromJson(body).object(), print);
    };
    if (r.command == u"orders" || r.command == u"positions") {
        QUrl u = url(r.command == u"orders" ? QStringLiteral("/api/v1/orders") : QStringLiteral("/api/v1/positions"));
        if (r.command == u"orders")
            u.setQuery(QStringLiteral("status=%1").arg(r.all ? QStringLiteral("all") : QStringLiteral("open")));
        const Reply reply = httpCall(nam, "GET", u, readToken, {}, r.timeoutMs);
        if (reply.status != 200)
            return fail(reply);
        return output(reply.body, [&r](const QJsonObject &doc) {
            r.command == u"orders" ? printOrders(doc) : printPositions(doc);
            return ExitOk;
        });
    }
    if (r.command == u"order") {
        const QJsonObject ticket{{QStringLiteral("symbol"), QString::fromStdString(r.ticket.symbol)},
                                 {QStringLiteral("side"), QString::fromStdString(r.ticket.side)},
                                 {QStringLiteral("type"), QString::fromStdString(r.ticket.type)},
                                 {QStringLiteral("qty"), QString::fromStdString(r.ticket.quantity)},
                                 {QStringLiteral("price"), QString::fromStdString(r.ticket.price)},
                                 {QStringLiteral("time_in_force"), QString::fromStdString(r.ticket.timeInForce)},
                                 {QStringLiteral("reduce_only"), r.ticket.reduceOnly},
                                 {QStringLiteral("take_profit"), QString::fromStdString(r.ticket.takeProfit)},
                                 {QStringLiteral("stop_loss"), QString::fromStdString(r.ticket.stopLoss)},
                                 {QStringLiteral("tp_trigger_by"), QString::fromStdString(r.ticket.tpTriggerBy)},
                                 {QStringLiteral("sl_trigger_by"), QString::fromStdString(r.ticket.slTriggerBy)}};
        const Reply reply = httpCall(nam, "POST", url(QStringLiteral("/api/v1/orders")), tradeToken,
                                     QJsonDocument(ticket).toJson(QJsonDocument::Compact), r.timeoutMs);
        if (reply.status != 201) {
            const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
            if (reply.status == 422)
                printLine(stderr, QStringLiteral("virtuoso order: refused by %1: %2")
                                      .arg(body.value(QStringLiteral("rule")).toString(),
                                           body.value(QStringLiteral("error")).toString()));
            return reply.status == 422 ? ExitFailure : fail(reply);
        }
        return output(reply.body, [](const QJsonObject &doc) {
            printLine(stdout, QStringLiteral("sent %1").arg(doc.value(QStringLiteral("order_link_id")).toString()));
            return ExitOk;
        });
    }
    if (r.command == u"amend") {
        QJsonObject change;
        if (!r.ticket.price.empty())
            change.insert(QStringLiteral("price"), QString::fromStdString(r.ticket.price));
        if (!r.ticket.quantity.empty())
            change.insert(QStringLiteral("qty"), QString::fromStdString(r.ticket.quantity));
        const Reply reply = httpCall(nam, "PATCH", url(QStringLiteral("/api/v1/orders/") + r.positional.value(0)),
                                     tradeToken, QJsonDocument(change).toJson(QJsonDocument::Compact), r.timeoutMs);
        if (reply.status != 202)
            return fail(reply);
        printLine(stdout, QStringLiteral("amend requested for %1").arg(r.positional.value(0)));
        return ExitOk;
    }
    if (r.command == u"cancel") {
        const Reply reply = httpCall(nam, "DELETE", url(QStringLiteral("/api/v1/orders/") + r.positional.value(0)),
                                     tradeToken, {}, r.timeoutMs);
        if (reply.status != 202)
            return fail(reply);
        printLine(stdout, QStringLiteral("cancel requested for %1").arg(r.positional.value(0)));
        return ExitOk;
    }
    if (r.reset) {
        const Reply reply =
            httpCall(nam, "POST", url(QStringLiteral("/api/v1/kill/reset")), tradeToken, {}, r.timeoutMs);
        if (reply.status != 200)
            return fail(reply);
        printLine(stdout, QStringLiteral("kill switch reset: new orders allowed again"));
        return ExitOk;
    }
    // kill: engage, then wait for the report of this firing.
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    const Reply engaged =
        httpCall(nam, "POST", url(QStringLiteral("/api/v1/kill")), tradeToken,
                 QJsonDocument(QJsonObject{{QStringLiteral("reason"), r.reason}}).toJson(), r.timeoutMs);
    if (engaged.status != 202)
        return fail(engaged);
    QJsonObject report;
    const bool finished = waitUntil(
        [&] {
            const Reply account = httpCall(nam, "GET", url(QStringLiteral("/api/v1/account")), readToken, {}, 5000);
            const QJsonObject last = QJsonDocument::fromJson(account.body)
                                         .object()
                                         .value(QStringLiteral("kill_switch"))
                                         .toObject()
                                         .value(QStringLiteral("last"))
                                         .toObject();
            if (last.value(QStringLiteral("finished")).toBool() &&
                last.value(QStringLiteral("started_ms")).toInteger() >= startedMs - 1000) {
                report = last;
                return true;
            }
            return false;
        },
        r.timeoutMs);
    if (!finished) {
        printLine(stderr,
                  QStringLiteral("virtuoso kill: engaged, but no report within the timeout; see /api/v1/account"));
        return ExitFailure;
    }
    return output(QJsonDocument(report).toJson(), [](const QJsonObject &doc) { return printKill(doc); });
}

// --- against the venue itself ------------------------------------------------------------------

bool loadInstruments(TradingService &service, const QUrl &restUrl, const std::string &symbol, qint64 timeoutMs,
                     QString *error)
{
    QNetworkAccessManager nam;
    QUrl url = restUrl;
    url.setPath(QStringLiteral("/v5/market/instruments-info"));
    url.setQuery(QStringLiteral("category=linear&limit=1000"));
    const Reply reply = httpCall(nam, "GET", url, {}, {}, timeoutMs);
    auto parsed = exchange::InstrumentCatalog::fromInstrumentsInfo(reply.body.toStdString());
    if (reply.status != 200 || !std::holds_alternative<std::shared_ptr<const exchange::InstrumentCatalog>>(parsed)) {
        *error = QStringLiteral("cannot read the instruments from %1 (%2)")
                     .arg(url.toString(), reply.error.isEmpty() ? QString::number(reply.status) : reply.error);
        return false;
    }
    service.setInstruments(std::get<std::shared_ptr<const exchange::InstrumentCatalog>>(parsed)->instruments());
    if (symbol.empty())
        return true;
    // The mark of the ordered symbol: the risk gate checks against it.
    url.setPath(QStringLiteral("/v5/market/tickers"));
    url.setQuery(QStringLiteral("category=linear&symbol=%1").arg(QString::fromStdString(symbol)));
    const Reply ticker = httpCall(nam, "GET", url, {}, {}, timeoutMs);
    const QJsonArray list = QJsonDocument::fromJson(ticker.body)
                                .object()
                                .value(QStringLiteral("result"))
                                .toObject()
                                .value(QStringLiteral("list"))
                                .toArray();
    const exchange::InstrumentSpec *spec = service.instrument(symbol);
    if (!list.isEmpty() && spec) {
        const std::string mark = list.first().toObject().value(QStringLiteral("markPrice")).toString().toStdString();
        if (const auto ticks = spec->price.toSteps(mark); ticks && ticks.value > 0)
            service.onMark(symbol, ticks.value);
    }
    return true;
}

int direct(const Request &r, const Config &config, bool liveConfirmed)
{
    auto parsed = TradingServiceSettings::fromConfig(config);
    if (!parsed.settings) {
        printLine(stderr, QStringLiteral("virtuoso %1: %2").arg(r.command, parsed.error));
        return ExitConfigInvalid;
    }
    TradingServiceSettings settings = std::move(*parsed.settings);
    if (settings.venue == VenueKind::Paper) {
        printLine(stderr, QStringLiteral("virtuoso %1: the paper broker lives in a running daemon or workstation; "
                                         "use --api URL, or set trading.venue to simulator, testnet, demo or live")
                              .arg(r.command));
        return ExitUsage;
    }
    settings.liveConfirmed = liveConfirmed;
    const QUrl restUrl = settings.restUrl.isEmpty() ? defaultRestUrl(settings.venue) : settings.restUrl;
    TradingService service(std::move(settings), Clock::system());
    QString error;
    if (!loadInstruments(service, restUrl, r.ticket.symbol, r.timeoutMs, &error) || !service.start(&error)) {
        printLine(stderr, QStringLiteral("virtuoso %1: %2").arg(r.command, error));
        return ExitStartupFailed;
    }
    // Reconciled with the venue first: the gate and the kill switch see its orders and positions.
    if (!waitUntil([&] { return service.view()->lastReconcileMs != 0; }, r.timeoutMs)) {
        printLine(stderr, QStringLiteral("virtuoso %1: the venue's private stream did not come up (%2)")
                              .arg(r.command, QString::fromStdString(service.view()->streamReason)));
        return ExitStartupFailed;
    }
    const auto print = [&r](const QJsonObject &doc, const std::function<int(const QJsonObject &)> &text) {
        return printDocument(r, doc, text);
    };
    int exit = ExitOk;
    if (r.command == u"orders") {
        exit = print(api::trading_document::orders(*service.view(), !r.all, {}, 0), [](const QJsonObject &doc) {
            printOrders(doc);
            return ExitOk;
        });
    } else if (r.command == u"positions") {
        exit = print(api::trading_document::positions(*service.view()), [](const QJsonObject &doc) {
            printPositions(doc);
            return ExitOk;
        });
    } else if (r.command == u"order") {
        const PlaceResult placed = service.place(r.ticket);
        if (!placed.sent) {
            printLine(
                stderr,
                QStringLiteral("virtuoso order: %1%2")
                    .arg(placed.decision.accepted()
                             ? QString()
                             : QStringLiteral("refused by %1: ").arg(QLatin1String(riskRuleName(placed.decision.rule))),
                         QString::fromStdString(placed.error)));
            exit = ExitFailure;
        } else {
            const std::string id = placed.orderLinkId;
            const auto status = [&]() {
                const Order *order = service.manager()->orders().find(id);
                return order ? order->status : OrderStatus::PendingNew;
            };
            // A resting order (limit, GTC or PostOnly) is answered once the venue has it; one that
            // takes (market, IOC, FOK) once it has ended, so the fill is in the answer.
            const Order *sent = service.manager()->orders().find(id);
            const bool rests =
                sent && sent->intent.type == OrderType::Limit &&
                (sent->intent.timeInForce == TimeInForce::GTC || sent->intent.timeInForce == TimeInForce::PostOnly);
            waitUntil(
                [&] {
                    const OrderStatus s = status();
                    const Order *o = service.manager()->orders().find(id);
                    // Filled: also wait for the fills themselves (the order's state may come first).
                    const bool fillsIn = !o || o->executed >= o->filled;
                    return (isFinal(s) && fillsIn) || (rests && s != OrderStatus::PendingNew);
                },
                r.timeoutMs);
            const Order *order = service.manager()->orders().find(id);
            QString filled;
            const exchange::InstrumentSpec *spec = service.instrument(r.ticket.symbol);
            if (order && spec && order->executed > 0) {
                const double average = static_cast<double>(order->filledNotional) /
                                       static_cast<double>(order->executed) * spec->price.toDouble(1);
                filled = QStringLiteral(" %1 at %2")
                             .arg(QString::fromStdString(spec->quantity.format(order->executed)))
                             .arg(average, 0, 'f', spec->price.decimals());
            }
            const QString reason = order && !order->reason.empty()
                                       ? QStringLiteral(" (%1)").arg(QString::fromStdString(order->reason))
                                       : QString();
            printLine(stdout,
                      QStringLiteral("%1 %2%3%4")
                          .arg(QString::fromStdString(id), QLatin1String(orderStatusName(status())), filled, reason));
            exit = status() == OrderStatus::Rejected || status() == OrderStatus::PendingNew ? ExitFailure : ExitOk;
        }
    } else if (r.command == u"amend") {
        const std::string id = r.positional.value(0).toStdString();
        // A refusal by the venue leaves the order as it was, with the refusal as its reason.
        const Order *before = service.manager()->orders().find(id);
        const std::string reasonBefore = before ? before->reason : std::string();
        const TradingService::AmendAnswer answer = service.amendText(id, r.ticket.price, r.ticket.quantity);
        if (!answer.error.empty()) {
            printLine(stderr, QStringLiteral("virtuoso amend: %1").arg(QString::fromStdString(answer.error)));
            exit = ExitFailure;
        } else {
            const auto order = [&] { return service.manager()->orders().find(id); };
            waitUntil([&] { return !order() || order()->status != OrderStatus::PendingAmend; }, r.timeoutMs);
            const Order *now = order();
            printLine(stdout,
                      QStringLiteral("%1 %2%3").arg(
                          r.positional.value(0), QLatin1String(now ? orderStatusName(now->status) : "?"),
                          now && !now->reason.empty() ? QStringLiteral(" (%1)").arg(QString::fromStdString(now->reason))
                                                      : QString()));
            exit = now && now->isOpen() && now->status != OrderStatus::PendingAmend && now->reason == reasonBefore
                       ? ExitOk
                       : ExitFailure;
        }
    } else if (r.command == u"cancel") {
        const std::string id = r.positional.value(0).toStdString();
        const std::string why = service.cancel(id);
        if (!why.empty()) {
            printLine(stderr, QStringLiteral("virtuoso cancel: %1").arg(QString::fromStdString(why)));
            exit = ExitFailure;
        } else {
            waitUntil(
                [&] {
                    const Order *order = service.manager()->orders().find(id);
                    return !order || !order->isOpen() || order->status != OrderStatus::PendingCancel;
                },
                r.timeoutMs);
            const Order *order = service.manager()->orders().find(id);
            printLine(stdout, QStringLiteral("%1 %2").arg(r.positional.value(0),
                                                          QLatin1String(order ? orderStatusName(order->status) : "?")));
            exit = order && order->status == OrderStatus::Cancelled ? ExitOk : ExitFailure;
        }
    } else if (r.command == u"kill" && r.reset) {
        // Engaged before this run, it runs again first (OrderManager); a reset waits for its end.
        waitUntil([&] { return !service.view()->killEngaged || service.view()->lastKill.finished(); }, r.timeoutMs);
        std::string error;
        if (service.resetKillSwitch(&error)) {
            printLine(stdout, QStringLiteral("kill switch reset: new orders allowed again"));
        } else {
            printLine(stderr, QStringLiteral("virtuoso kill: %1").arg(QString::fromStdString(error)));
            exit = ExitFailure;
        }
    } else if (r.command == u"kill") {
        KillReport report;
        bool done = false;
        service.engageKillSwitch(r.reason.toStdString(), [&](const KillReport &k) {
            report = k;
            done = true;
        });
        if (!waitUntil([&] { return done; }, r.timeoutMs)) {
            printLine(stderr, QStringLiteral("virtuoso kill: no report within the timeout; the venue may still be "
                                             "working: check with `virtuoso orders` and `virtuoso positions`"));
            exit = ExitFailure;
        } else {
            exit =
                print(api::trading_document::killReport(report), [](const QJsonObject &doc) { return printKill(doc); });
            if (!report.clean())
                exit = ExitFailure;
        }
    }
    service.stop();
    return exit;
}

} // namespace

int runTradingCommand(int argc, char **argv, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("help"));
    const QCommandLineOption apiUrl(QStringLiteral("api"), QStringLiteral("api"), QStringLiteral("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"), QStringLiteral("t"), QStringLiteral("FILE"));
    const QCommandLineOption tradingTokenFile(QStringLiteral("trading-token-file"), QStringLiteral("t"),
                                              QStringLiteral("FILE"));
    const QCommandLineOption configFile(QStringLiteral("config"), QStringLiteral("c"), QStringLiteral("FILE"));
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("s"), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption confirmLive(QStringLiteral("confirm-live"), QStringLiteral("c"), QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("json"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("t"), QStringLiteral("S"),
                                     QStringLiteral("20"));
    const QCommandLineOption symbol(QStringLiteral("symbol"), QStringLiteral("s"), QStringLiteral("S"));
    const QCommandLineOption side(QStringLiteral("side"), QStringLiteral("s"), QStringLiteral("SIDE"));
    const QCommandLineOption qty(QStringLiteral("qty"), QStringLiteral("q"), QStringLiteral("Q"));
    const QCommandLineOption price(QStringLiteral("price"), QStringLiteral("p"), QStringLiteral("P"));
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("t"), QStringLiteral("TYPE"));
    const QCommandLineOption tif(QStringLiteral("tif"), QStringLiteral("t"), QStringLiteral("TIF"));
    const QCommandLineOption reduceOnly(QStringLiteral("reduce-only"), QStringLiteral("r"));
    const QCommandLineOption takeProfit(QStringLiteral("take-profit"), QStringLiteral("p"), QStringLiteral("P"));
    const QCommandLineOption stopLoss(QStringLiteral("stop-loss"), QStringLiteral("p"), QStringLiteral("P"));
    const QCommandLineOption tpslTrigger(QStringLiteral("tpsl-trigger"), QStringLiteral("t"), QStringLiteral("BY"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("a"));
    const QCommandLineOption resetKill(QStringLiteral("reset"), QStringLiteral("r"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("r"), QStringLiteral("TEXT"),
                                    QStringLiteral("command line"));
    parser.addOptions({help,        apiUrl, tokenFile, tradingTokenFile, configFile, set,
                       confirmLive, json,   timeout,   symbol,           side,       qty,
                       price,       type,   tif,       reduceOnly,       takeProfit, stopLoss,
                       tpslTrigger, all,    reason,    resetKill});
    // The parser takes the first word for the program's name; the command is the next one.
    if (!parser.parse(QStringList{QStringLiteral("virtuoso")} + arguments)) {
        printLine(stderr, QStringLiteral("virtuoso: %1; see --help").arg(parser.errorText()));
        return ExitUsage;
    }
    Request r;
    r.positional = parser.positionalArguments();
    r.command = r.positional.isEmpty() ? QString() : r.positional.takeFirst();
    if (parser.isSet(help)) {
        printLine(stdout, QString::fromLatin1(kUsage));
        return ExitOk;
    }
    const auto usage = [&r](const QString &why) {
        printLine(stderr, QStringLiteral("virtuoso %1: %2; see --help").arg(r.command, why));
        return ExitUsage;
    };
    bool ok = false;
    r.timeoutMs = static_cast<qint64>(parser.value(timeout).toDouble(&ok) * 1000);
    if (!ok || r.timeoutMs <= 0)
        return usage(QStringLiteral("--timeout is a number of seconds"));
    r.json = parser.isSet(json);
    r.all = parser.isSet(all);
    r.reason = parser.value(reason);
    r.reset = parser.isSet(resetKill);
    if (r.reset && r.command != u"kill")
        return usage(QStringLiteral("--reset belongs to kill"));
    if (r.command == u"order") {
        if (!parser.isSet(symbol) || !parser.isSet(side) || !parser.isSet(qty))
            return usage(QStringLiteral("an order needs --symbol, --side and --qty"));
        r.ticket.symbol = parser.value(symbol).toUpper().toStdString();
        r.ticket.side = parser.value(side).toStdString();
        r.ticket.quantity = parser.value(qty).toStdString();
        r.ticket.price = parser.value(price).toStdString();
        r.ticket.type = parser.value(type).toStdString();
        r.ticket.timeInForce = parser.value(tif).toStdString();
        r.ticket.reduceOnly = parser.isSet(reduceOnly);
        r.ticket.takeProfit = parser.value(takeProfit).toStdString();
        r.ticket.stopLoss = parser.value(stopLoss).toStdString();
        r.ticket.tpTriggerBy = r.ticket.slTriggerBy = parser.value(tpslTrigger).toStdString();
        if (!r.positional.isEmpty())
            return usage(QStringLiteral("unexpected argument '%1'").arg(r.positional.first()));
    } else if (r.command == u"cancel") {
        if (r.positional.size() != 1 || !isValidOrderLinkId(r.positional.first().toStdString()))
            return usage(QStringLiteral("cancel takes one orderLinkId"));
    } else if (r.command == u"amend") {
        if (r.positional.size() != 1 || !isValidOrderLinkId(r.positional.first().toStdString()))
            return usage(QStringLiteral("amend takes one orderLinkId"));
        r.ticket.price = parser.value(price).toStdString();
        r.ticket.quantity = parser.value(qty).toStdString();
        if (r.ticket.price.empty() && r.ticket.quantity.empty())
            return usage(QStringLiteral("amend needs --price, --qty or both"));
    } else if (r.command != u"orders" && r.command != u"positions" && r.command != u"kill") {
        return usage(QStringLiteral("unknown command; one of order, cancel, amend, orders, positions, kill"));
    } else if (!r.positional.isEmpty()) {
        return usage(QStringLiteral("unexpected argument '%1'").arg(r.positional.first()));
    }

    QCoreApplication app(argc, argv);
    const QString logSetup = log::configureLogging(QStringLiteral("stderr"), QStringLiteral("warning"), false);
    Q_UNUSED(logSetup);
    if (parser.isSet(apiUrl)) {
        const QUrl base(parser.value(apiUrl));
        if (!base.isValid() || (base.scheme() != u"http" && base.scheme() != u"https"))
            return usage(QStringLiteral("--api wants an http:// or https:// URL"));
        QString error;
        const QByteArray readToken = trading::readToken(parser.value(tokenFile), &error);
        const QByteArray tradeToken = trading::readToken(parser.value(tradingTokenFile), &error);
        if (!error.isEmpty()) {
            printLine(stderr, QStringLiteral("virtuoso %1: %2").arg(r.command, error));
            return ExitStartupFailed;
        }
        return viaApi(r, base, readToken, tradeToken);
    }
    Config::LoadOptions options;
    options.explicitFile = parser.value(configFile);
    options.overrides = parser.values(set);
    const Config::LoadResult loaded = Config::load(options);
    if (!loaded.ok()) {
        printLine(stderr, QStringLiteral("virtuoso: the configuration has errors:\n%1").arg(loaded.errorText()));
        return ExitConfigInvalid;
    }
    const bool liveConfirmed = parser.value(confirmLive) == QLatin1String(kLivePhrase);
    if (parser.isSet(confirmLive) && !liveConfirmed)
        return usage(QStringLiteral("--confirm-live wants exactly \"%1\"").arg(QLatin1String(kLivePhrase)));
    return direct(r, loaded.config, liveConfirmed);
}

} // namespace virtuoso::trading
