// Fuzz target over the monitoring API's front door: the bytes of one connection are parsed into
// pipelined HTTP/1.x requests as the server parses them (the parser is stateless and called again
// on the grown buffer, so a request cut short must read as incomplete, never as an error), and each
// complete request is routed through MonitoringApi::handle against a core with one published
// snapshot and a trading view, every route with its query and body parsing. Every answer must be a
// status the API uses, and an error must carry the API's JSON error shape.
//
// Left out: /api/v1/logs/analyze, which reads the host's own journal (its parameters are the
// timeout routes' ones, fuzzed here).
#include "FuzzSupport.h"

#include "api/ApiSettings.h"
#include "api/MonitoredCore.h"
#include "api/MonitoringApi.h"
#include "base/Clock.h"
#include "base/http/HttpRequestParser.h"
#include "trading/TradingService.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

using namespace virtuoso;
using namespace virtuoso::api;

namespace {

// The token of the trading routes; the seeds carry it, so those routes are reached.
const QByteArray kTradingToken = QByteArrayLiteral("fuzz-trading-token-0123456789");

class FuzzCore final : public MonitoredCore
{
public:
    FuzzCore()
    {
        auto view = std::make_shared<trading::TradingView>();
        view->running = true;
        trading::TradingView::OrderRow order;
        order.order.intent.symbol = "BTCUSDT";
        order.order.intent.orderLinkId = "vw-1";
        order.order.orderId = "1";
        order.price = "27450.50";
        order.quantity = "0.010";
        view->orders.push_back(order);
        trading::TradingView::PositionRow position;
        position.symbol = "BTCUSDT";
        position.size = 0.01;
        position.sizeText = "0.010";
        view->positions.push_back(position);
        m_view = std::move(view);
    }

    bool isRunning() const override { return true; }
    qint64 worstHeartbeatAgeMs() const override { return 10; }
    std::optional<QByteArray> prometheusMetrics() const override { return QByteArray("virtuoso_up 1\n"); }
    std::optional<store::TimeoutHistoryResult> timeoutHistory(const health::TimeoutQuery &) const override
    {
        return store::TimeoutHistoryResult{};
    }
    std::shared_ptr<const trading::TradingView> tradingView() const override { return m_view; }
    bool engageKillSwitch(const QString &) override { return true; }
    QString resetKillSwitch() override { return {}; }
    JsonResult placeOrder(const QJsonObject &ticket) override
    {
        return ticket.value(QStringLiteral("symbol")).isString()
                   ? JsonResult::ok(QJsonObject{{QStringLiteral("orderLinkId"), QStringLiteral("vw-2")}})
                   : JsonResult::failure(400, QStringLiteral("no symbol"));
    }
    JsonResult cancelOrder(const QString &orderLinkId) override
    {
        return orderLinkId == u"vw-1" ? JsonResult::ok({}) : JsonResult::failure(404, QStringLiteral("unknown"));
    }
    JsonResult amendOrder(const QString &orderLinkId, const QJsonObject &change) override
    {
        if (orderLinkId != u"vw-1")
            return JsonResult::failure(404, QStringLiteral("unknown"));
        return change.value(QStringLiteral("price")).isString() || change.value(QStringLiteral("qty")).isString()
                   ? JsonResult::ok({})
                   : JsonResult::failure(400, QStringLiteral("nothing to change"));
    }
    std::optional<std::vector<store::AlertRecord>> alertHistory(const store::AlertJournalQuery &,
                                                                QString *) const override
    {
        return std::vector<store::AlertRecord>{};
    }
    QString muteAlerts(bool, const QString &name, qint64) override
    {
        return name.isEmpty() ? QStringLiteral("nothing to mute") : QString();
    }

private:
    std::shared_ptr<const trading::TradingView> m_view;
};

CoreSnapshotPtr snapshot()
{
    auto s = std::make_shared<CoreSnapshot>();
    s->revision = 7;
    s->epochMs = 1'700'000'000'000;
    s->dataSource = QStringLiteral("embedded simulator");
    s->feedState = QStringLiteral("streaming on 1 connections");
    health::ConnectionStatus connection;
    connection.connId = QStringLiteral("conn_0");
    s->connections.push_back(connection);
    MarketSummary market;
    market.symbol = QStringLiteral("BTCUSDT");
    market.bookValid = true;
    s->markets.push_back(market);
    return s;
}

// The statuses the API answers with (docs/api.md, "Errors", and the endpoints' successes).
bool knownStatus(int status)
{
    static constexpr int kStatuses[] = {200, 201, 202, 204, 400, 401, 403, 404, 405, 409,
                                        413, 422, 426, 429, 431, 500, 501, 503, 505};
    return std::find(std::begin(kStatuses), std::end(kStatuses), status) != std::end(kStatuses);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    static ManualClock clock;
    static FuzzCore core;
    static MonitoringApi *api = [] {
        ApiSettings settings;
        settings.tradingToken = BearerToken::fromValue(kTradingToken);
        settings.rateLimitPerSecond = 1'000'000;
        auto *created = new MonitoringApi(settings, core, clock);
        created->onSnapshot(snapshot());
        return created;
    }();

    HttpRequestParser::Limits limits;
    limits.maxRequestBytes = 8192;
    limits.maxHeadBytes = 4096;
    limits.maxHeaders = 32;
    QByteArrayView rest(reinterpret_cast<const char *>(data), qsizetype(size));
    for (int requests = 0; requests < 16 && !rest.isEmpty(); ++requests) {
        const QByteArrayView buffered = rest.first(std::min<qsizetype>(rest.size(), limits.maxRequestBytes + 1));
        const HttpRequestParser::Result parsed = HttpRequestParser::parse(buffered, limits);
        if (parsed.kind == HttpRequestParser::Result::Kind::Incomplete)
            break;
        if (parsed.kind == HttpRequestParser::Result::Kind::Error) {
            VIRTUOSO_FUZZ_CHECK(parsed.errorStatus >= 400 && parsed.errorStatus < 600);
            VIRTUOSO_FUZZ_CHECK(!parsed.errorMessage.isEmpty());
            break;
        }
        VIRTUOSO_FUZZ_CHECK(parsed.consumed > 0 && parsed.consumed <= buffered.size());
        // The same request one byte short is still arriving.
        const auto shorter = HttpRequestParser::parse(buffered.first(parsed.consumed - 1), limits);
        VIRTUOSO_FUZZ_CHECK(shorter.kind == HttpRequestParser::Result::Kind::Incomplete);

        HttpRequest request = parsed.request;
        VIRTUOSO_FUZZ_CHECK(request.path.startsWith(u'/'));
        request.peer = QHostAddress::LocalHost;
        rest = rest.sliced(parsed.consumed);
        if (request.path.startsWith(u"/api/v1/logs"))
            continue;
        const HttpResponse response = api->handle(request);
        VIRTUOSO_FUZZ_CHECK(knownStatus(response.status));
        if (response.status >= 400 && response.contentType == "application/json") {
            const QJsonObject body = QJsonDocument::fromJson(response.body).object();
            VIRTUOSO_FUZZ_CHECK(!body.value(QStringLiteral("error")).toString().isEmpty());
        }
        (void)response.serialize(request.keepAlive, request.method == "HEAD");
        clock.advanceMs(3);
        if (!request.keepAlive)
            break;
    }
    fuzz::drainEvents();
    return 0;
}
