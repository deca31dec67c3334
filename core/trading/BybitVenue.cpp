#include "trading/BybitVenue.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "connector/RequestSigner.h"

#include <algorithm>
#include <unordered_set>

namespace virtuoso::trading {

namespace {

constexpr qint64 kExecutionWindowMs = 7LL * 24 * 3600 * 1000; // what one /v5/execution/list query covers
// The last window reaches this far past the exchange's time as we estimate it: the estimate may lag
// the exchange's clock by up to recv_window without any request being refused (a clock that stepped
// back), and a fill of the last seconds must not fall after endTime.
constexpr qint64 kExecutionClockSlackMs = 60'000;

VenueReply toVenueReply(const PrivateReply &reply)
{
    VenueReply r;
    r.ok = reply.ok;
    r.retCode = reply.retCode;
    r.retMsg = reply.retMsg;
    if (!reply.ok && !reply.error.empty())
        r.retMsg = reply.error;
    r.answerLost = reply.answerLost;
    return r;
}

VenueReply refused(std::string why)
{
    VenueReply r;
    r.retMsg = std::move(why);
    return r;
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

std::string q(std::string_view value)
{
    return PrivateRestClient::encodeQueryValue(value);
}

void logSkipped(const ParseIssues &issues, const char *what)
{
    for (const std::string &skipped : issues.skipped) {
        VLOG(Warning, "trading", "PRIVATE_ENTRY_SKIPPED") << what << ": " << QString::fromStdString(skipped);
    }
}

} // namespace

namespace {

// Bybit's REST and private-stream hosts per venue; none for paper and the simulator (configured).
struct VenueHosts
{
    const char *rest;
    const char *stream;
};

VenueHosts hostsOf(VenueKind kind)
{
    switch (kind) {
    case VenueKind::Live:
        return {"https://api.bybit.com", "wss://stream.bybit.com/v5/private"};
    case VenueKind::Testnet:
        return {"https://api-testnet.bybit.com", "wss://stream-testnet.bybit.com/v5/private"};
    case VenueKind::Demo:
        return {"https://api-demo.bybit.com", "wss://stream-demo.bybit.com/v5/private"};
    case VenueKind::Paper:
    case VenueKind::Simulator:
        break;
    }
    return {nullptr, nullptr};
}

} // namespace

QUrl defaultRestUrl(VenueKind kind)
{
    const char *host = hostsOf(kind).rest;
    return host ? QUrl(QString::fromLatin1(host)) : QUrl();
}

QUrl defaultStreamUrl(VenueKind kind)
{
    const char *host = hostsOf(kind).stream;
    return host ? QUrl(QString::fromLatin1(host)) : QUrl();
}

template<typename Item>
struct BybitVenue::Paging
{
    QString path;
    std::string query; // without the cursor
    std::function<bool(std::string_view, std::vector<Item> &, std::string &, ParseIssues &)> parse;
    std::function<void(const VenueReply &, const std::vector<Item> &)> done;
    std::vector<Item> items;
    int pages = 0;
    const char *what = "";
};

// One executionsSince(): the 7-day windows from `since` to now, walked oldest first.
struct ExecutionSweep
{
    qint64 windowStartMs = 0;
    qint64 untilMs = 0;
    std::vector<Execution> executions;
    int pages = 0;
    Venue::ExecutionsFn done;
};

BybitVenue::BybitVenue(BybitVenueSettings settings, std::shared_ptr<const exchange::RequestSigner> signer,
                       InstrumentLookup lookup, const Clock &clock, PrivateHttp *http,
                       exchange::WebSocketTransport *transport, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_signer(std::move(signer))
    , m_lookup(std::move(lookup))
    , m_clock(clock)
{
    if (m_settings.restUrl.isEmpty())
        m_settings.restUrl = defaultRestUrl(m_settings.kind);
    if (m_settings.streamUrl.isEmpty())
        m_settings.streamUrl = defaultStreamUrl(m_settings.kind);
    m_settings.rest.baseUrl = m_settings.restUrl;
    m_settings.stream.url = m_settings.streamUrl;
    if (m_settings.dcpWindowSeconds > 0 && !m_settings.stream.topics.contains(QStringLiteral("dcp.future")))
        m_settings.stream.topics << QStringLiteral("dcp.future");
    m_rest = new PrivateRestClient(m_settings.rest, m_signer, m_clock, http, this);
    if (!transport) {
        m_ownTransport = exchange::makeWebSocketTransport(m_settings.transport, m_clock);
        transport = m_ownTransport.get();
    }
    m_stream = std::make_unique<PrivateStream>(
        m_settings.stream, *transport, m_signer, m_lookup, m_clock, [this] { return m_rest->serverNowMs(); },
        static_cast<PrivateStreamListener *>(this));
    connect(&m_pollTimer, &QTimer::timeout, this, &BybitVenue::poll);
}

BybitVenue::~BybitVenue()
{
    m_stream.reset(); // before the transport it listens to
}

const exchange::InstrumentSpec *BybitVenue::spec(const std::string &symbol) const
{
    return m_lookup ? m_lookup(symbol) : nullptr;
}

void BybitVenue::start()
{
    if (m_started)
        return;
    m_started = true;
    m_rest->syncTime();
    if (m_settings.dcpWindowSeconds > 0)
        enableDisconnectProtection();
    m_stream->start();
    if (m_settings.pollIntervalMs > 0)
        m_pollTimer.start(m_settings.pollIntervalMs);
}

void BybitVenue::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_pollTimer.stop();
    m_stream->stop("stopped");
}

void BybitVenue::poll()
{
    m_rest->poll();
    m_stream->poll();
}

void BybitVenue::enableDisconnectProtection()
{
    const int seconds = std::clamp(m_settings.dcpWindowSeconds, 3, 300);
    m_rest->post(QStringLiteral("/v5/order/disconnected-cancel-all"),
                 std::string(m_writer.disconnectedCancelAll(seconds)), RequestKind::Setting,
                 [seconds](const PrivateReply &reply) {
                     if (reply.ok) {
                         VLOG(Info, "trading", "DCP_ENABLED") << "disconnect protection: open orders are cancelled "
                                                              << seconds << " s after the private stream is lost";
                     } else {
                         VLOG(Warning, "trading", "DCP_FAILED")
                             << "disconnect protection not enabled: " << QString::fromStdString(reply.error);
                     }
                 });
}

void BybitVenue::create(const OrderIntent &intent, ReplyFn done)
{
    const exchange::InstrumentSpec *instrument = spec(intent.symbol);
    if (!instrument) {
        done(refused("unknown instrument " + intent.symbol));
        return;
    }
    if (!isValidOrderLinkId(intent.orderLinkId)) {
        done(refused("invalid orderLinkId '" + intent.orderLinkId + "'"));
        return;
    }
    if (intent.quantity <= 0 || (intent.type == OrderType::Limit && intent.price <= 0)) {
        done(refused("an order needs a quantity, and a limit order a price"));
        return;
    }
    const std::string body(m_writer.create(intent, *instrument));
    m_rest->post(QStringLiteral("/v5/order/create"), body, RequestKind::Create,
                 [this, intent, done = std::move(done)](const PrivateReply &reply) {
                     if (reply.retCode == 110072 && reply.resentAfterClockSync) {
                         // Sent twice (the first was refused for its timestamp, or so it seemed):
                         // the order exists. Its id comes from a lookup, not from a failure.
                         lookUpAfterDuplicate(intent, done);
                         return;
                     }
                     VenueReply r = toVenueReply(reply);
                     r.orderLinkId = intent.orderLinkId;
                     if (reply.ok) {
                         ParseIssues issues;
                         std::string linkId;
                         parseOrderAck(view(reply.body), r.orderId, linkId, issues);
                     }
                     done(r);
                 });
}

void BybitVenue::lookUpAfterDuplicate(const OrderIntent &intent, ReplyFn done)
{
    queryOrder(intent.symbol, intent.orderLinkId,
               [intent, done = std::move(done)](const VenueReply &found, const std::vector<OrderUpdate> &orders) {
                   VenueReply r;
                   r.orderLinkId = intent.orderLinkId;
                   if (found.ok && !orders.empty()) {
                       r.ok = true;
                       r.retCode = 0;
                       r.retMsg = "placed: the re-sent create was a duplicate (110072); found by orderLinkId";
                       r.orderId = orders.front().orderId;
                   } else {
                       // It exists by the exchange's word but could not be seen: the outcome is
                       // for the order manager's own lookup, as with a lost answer.
                       r.retCode = 110072;
                       r.answerLost = true;
                       r.retMsg = "duplicate orderLinkId on the re-send, and the lookup found nothing: " + found.retMsg;
                   }
                   done(r);
               });
}

void BybitVenue::amend(const std::string &symbol, const std::string &orderLinkId, const std::string &orderId,
                       std::optional<Ticks> price, std::optional<Lots> quantity, ReplyFn done)
{
    const exchange::InstrumentSpec *instrument = spec(symbol);
    if (!instrument) {
        done(refused("unknown instrument " + symbol));
        return;
    }
    if (orderLinkId.empty() && orderId.empty()) {
        done(refused("amend needs an orderId or an orderLinkId"));
        return;
    }
    const std::string body(m_writer.amend(*instrument, orderLinkId, orderId, price, quantity));
    m_rest->post(QStringLiteral("/v5/order/amend"), body, RequestKind::Amend,
                 [orderLinkId, done = std::move(done)](const PrivateReply &reply) {
                     VenueReply r = toVenueReply(reply);
                     std::string linkId;
                     ParseIssues issues;
                     if (reply.ok)
                         parseOrderAck(view(reply.body), r.orderId, linkId, issues);
                     r.orderLinkId = linkId.empty() ? orderLinkId : linkId;
                     done(r);
                 });
}

void BybitVenue::cancel(const std::string &symbol, const std::string &orderLinkId, const std::string &orderId,
                        ReplyFn done)
{
    if (orderLinkId.empty() && orderId.empty()) {
        done(refused("cancel needs an orderId or an orderLinkId"));
        return;
    }
    const std::string body(m_writer.cancel(symbol, orderLinkId, orderId));
    m_rest->post(QStringLiteral("/v5/order/cancel"), body, RequestKind::Cancel,
                 [orderLinkId, done = std::move(done)](const PrivateReply &reply) {
                     VenueReply r = toVenueReply(reply);
                     std::string linkId;
                     ParseIssues issues;
                     if (reply.ok)
                         parseOrderAck(view(reply.body), r.orderId, linkId, issues);
                     r.orderLinkId = linkId.empty() ? orderLinkId : linkId;
                     done(r);
                 });
}

void BybitVenue::cancelAll(const std::string &symbol, ReplyFn done)
{
    m_rest->post(QStringLiteral("/v5/order/cancel-all"), std::string(m_writer.cancelAll(symbol)), RequestKind::Setting,
                 [done = std::move(done)](const PrivateReply &reply) { done(toVenueReply(reply)); });
}

void BybitVenue::setLeverage(const std::string &symbol, double leverage, ReplyFn done)
{
    if (!(leverage > 0)) {
        done(refused("leverage must be positive"));
        return;
    }
    m_rest->post(QStringLiteral("/v5/position/set-leverage"), std::string(m_writer.setLeverage(symbol, leverage)),
                 RequestKind::Setting, [done = std::move(done)](const PrivateReply &reply) {
                     VenueReply r = toVenueReply(reply);
                     if (reply.retCode == 110043) { // "leverage not modified": it already is
                         r.ok = true;
                         r.retMsg = reply.retMsg;
                     }
                     done(r);
                 });
}

template<typename Item>
void BybitVenue::nextPage(std::shared_ptr<Paging<Item>> paging, const std::string &cursor)
{
    std::string query = paging->query;
    if (!cursor.empty())
        query += "&cursor=" + q(cursor);
    m_rest->get(paging->path, std::move(query), RequestKind::Query, [this, paging](const PrivateReply &reply) {
        if (!reply.ok) {
            paging->done(toVenueReply(reply), paging->items);
            return;
        }
        std::string next;
        ParseIssues issues;
        if (!paging->parse(view(reply.body), paging->items, next, issues)) {
            VenueReply r = refused(paging->path.toStdString() + ": " + issues.error);
            paging->done(r, paging->items);
            return;
        }
        logSkipped(issues, paging->what);
        if (!next.empty() && ++paging->pages >= m_settings.maxPages) {
            paging->done(refused(paging->path.toStdString() + ": more than " + std::to_string(m_settings.maxPages) +
                                 " pages; stopped"),
                         paging->items);
            return;
        }
        if (!next.empty()) {
            nextPage(paging, next);
            return;
        }
        VenueReply r = toVenueReply(reply);
        paging->done(r, paging->items);
    });
}

void BybitVenue::queryOrder(const std::string &symbol, const std::string &orderLinkId, OrdersFn done)
{
    const std::string query = "category=linear&symbol=" + q(symbol) + "&orderLinkId=" + q(orderLinkId);
    auto parse = [this](std::string_view body, std::vector<OrderUpdate> &out, std::string &next, ParseIssues &issues) {
        return parseOrderList(body, m_lookup, out, next, issues);
    };
    // Open and recent orders first; an order closed longer ago is in the history.
    auto history = std::make_shared<Paging<OrderUpdate>>();
    history->path = QStringLiteral("/v5/order/history");
    history->query = query;
    history->parse = parse;
    history->what = "order history";
    history->done = done;
    auto realtime = std::make_shared<Paging<OrderUpdate>>();
    realtime->path = QStringLiteral("/v5/order/realtime");
    realtime->query = query;
    realtime->parse = parse;
    realtime->what = "orders";
    realtime->done = [this, history, done](const VenueReply &reply, const std::vector<OrderUpdate> &orders) {
        if (!reply.ok || !orders.empty()) {
            done(reply, orders);
            return;
        }
        nextPage(history, {});
    };
    nextPage(realtime, {});
}

void BybitVenue::openOrders(OrdersFn done)
{
    auto paging = std::make_shared<Paging<OrderUpdate>>();
    paging->path = QStringLiteral("/v5/order/realtime");
    paging->query = "category=linear&settleCoin=USDT&openOnly=0&limit=50";
    paging->parse = [this](std::string_view body, std::vector<OrderUpdate> &out, std::string &next,
                           ParseIssues &issues) { return parseOrderList(body, m_lookup, out, next, issues); };
    paging->what = "open orders";
    paging->done = std::move(done);
    nextPage(paging, {});
}

void BybitVenue::executionsSince(qint64 sinceMs, ExecutionsFn done)
{
    auto sweep = std::make_shared<ExecutionSweep>();
    sweep->windowStartMs = sinceMs;
    sweep->untilMs = std::max(sinceMs, m_rest->serverNowMs() + kExecutionClockSlackMs);
    sweep->done = std::move(done);
    nextExecutionWindow(sweep);
}

void BybitVenue::nextExecutionWindow(std::shared_ptr<ExecutionSweep> sweep)
{
    const qint64 start = sweep->windowStartMs;
    const qint64 end = std::min(sweep->untilMs, start + kExecutionWindowMs - 1);
    auto paging = std::make_shared<Paging<Execution>>();
    paging->path = QStringLiteral("/v5/execution/list");
    paging->query =
        "category=linear&startTime=" + std::to_string(start) + "&endTime=" + std::to_string(end) + "&limit=100";
    paging->parse = [this](std::string_view body, std::vector<Execution> &out, std::string &next, ParseIssues &issues) {
        return parseExecutionList(body, m_lookup, out, next, issues);
    };
    paging->what = "executions";
    paging->done = [this, sweep, end](const VenueReply &reply, const std::vector<Execution> &page) {
        sweep->executions.insert(sweep->executions.end(), page.begin(), page.end());
        if (reply.ok && end < sweep->untilMs) {
            sweep->windowStartMs = end + 1;
            nextExecutionWindow(sweep);
            return;
        }
        // Oldest first, each fill once (pages may overlap when fills arrive while paging).
        std::vector<Execution> &all = sweep->executions;
        std::stable_sort(all.begin(), all.end(),
                         [](const Execution &a, const Execution &b) { return a.timeMs < b.timeMs; });
        std::unordered_set<std::string> seen;
        std::vector<Execution> unique;
        unique.reserve(all.size());
        for (Execution &e : all)
            if (seen.insert(e.execId).second)
                unique.push_back(std::move(e));
        sweep->done(reply, unique);
    };
    nextPage(paging, {});
}

void BybitVenue::positions(PositionsFn done)
{
    auto paging = std::make_shared<Paging<PositionReport>>();
    paging->path = QStringLiteral("/v5/position/list");
    paging->query = "category=linear&settleCoin=USDT&limit=200";
    paging->parse = [this](std::string_view body, std::vector<PositionReport> &out, std::string &next,
                           ParseIssues &issues) { return parsePositionList(body, m_lookup, out, next, issues); };
    paging->what = "positions";
    paging->done = std::move(done);
    nextPage(paging, {});
}

void BybitVenue::wallet(WalletFn done)
{
    const std::string coin = m_settings.stream.walletCoin;
    m_rest->get(QStringLiteral("/v5/account/wallet-balance"), "accountType=UNIFIED&coin=" + q(coin), RequestKind::Query,
                [coin, done = std::move(done)](const PrivateReply &reply) {
                    WalletReport wallet;
                    if (!reply.ok) {
                        done(toVenueReply(reply), wallet);
                        return;
                    }
                    ParseIssues issues;
                    if (!parseWalletBalance(view(reply.body), coin, wallet, issues)) {
                        done(refused("/v5/account/wallet-balance: " + issues.error), wallet);
                        return;
                    }
                    done(toVenueReply(reply), wallet);
                });
}

void BybitVenue::onPrivateFrame(const PrivateFrame &frame)
{
    if (!m_listener)
        return;
    for (const OrderUpdate &update : frame.orders)
        m_listener->onVenueOrder(update);
    for (const Execution &execution : frame.executions)
        m_listener->onVenueExecution(execution);
    for (const PositionReport &position : frame.positions)
        m_listener->onVenuePosition(position);
    for (const WalletReport &wallet : frame.wallets)
        m_listener->onVenueWallet(wallet);
}

void BybitVenue::onPrivateStreamState(bool up, const std::string &reason)
{
    if (m_listener)
        m_listener->onVenueStream(up, reason);
}

} // namespace virtuoso::trading
