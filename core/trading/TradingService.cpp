#include "trading/TradingService.h"

#include "base/Clock.h"
#include "base/QueuedCall.h"
#include "base/config/Config.h"
#include "base/logging/Log.h"
#include "connector/RequestSigner.h"
#include "store/AuditLog.h"
#include "trading/AuditJournal.h"
#include "trading/BybitVenue.h"
#include "trading/PaperVenue.h"

#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <tuple>

namespace virtuoso::trading {

namespace {

constexpr std::size_t kRecentOrders = 500;
constexpr std::size_t kRecentExecutions = 500;

// exchange.api_key_file: two lines, the key then the secret; readable by its owner only.
bool readKeyFile(const QString &path, std::string *key, std::string *secret, QString *error)
{
    QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("exchange.api_key_file %1 does not exist").arg(path);
        return false;
    }
    const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                              QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & groupOrOther) {
        *error = QStringLiteral("exchange.api_key_file %1 is readable by others; chmod 600 %1").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("exchange.api_key_file %1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray content = file.read(4096);
    const QList<QByteArray> lines = content.split('\n');
    exchange::wipeSecret(content);
    if (lines.size() < 2 || lines[0].trimmed().isEmpty() || lines[1].trimmed().isEmpty()) {
        *error = QStringLiteral("exchange.api_key_file %1 must hold two lines: the API key, then the secret").arg(path);
        return false;
    }
    *key = lines[0].trimmed().toStdString();
    *secret = lines[1].trimmed().toStdString();
    return true;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

} // namespace

TradingServiceSettings::Result TradingServiceSettings::fromConfig(const Config &config)
{
    Result result;
    TradingServiceSettings s;
    const auto venue = venueKindFromName(config.get(key::TradingVenue).toStdString());
    if (!venue) {
        result.error = QStringLiteral("trading.venue %1 is not a venue").arg(config.get(key::TradingVenue));
        return result;
    }
    s.venue = *venue;
    s.allowLive = config.get(key::TradingAllowLive);
    s.paperBalance = config.get(key::TradingPaperBalance);
    s.recvWindowMs = config.get(key::ExchangeRecvWindowMs);
    s.restBanPauseMs = config.get(key::RestBanPauseS) * 1000;
    s.dcpWindowSeconds = static_cast<int>(config.get(key::TradingDcpWindowS));
    s.auditPath = config.get(key::TradingAuditPath);
    s.transport.kind = exchange::parseWebSocketTransportKind(config.get(key::ConnectionTransport))
                           .value_or(exchange::WebSocketTransportKind::Native);
    s.transport.maxMessageBytes = config.get(key::ConnectionMaxMessageMib) * 1024 * 1024;
    RiskLimits &risk = s.manager.risk;
    risk.maxOrderNotional = config.get(key::RiskMaxOrderNotional);
    risk.maxPositionNotional = config.get(key::RiskMaxPositionNotional);
    risk.maxTotalNotional = config.get(key::RiskMaxTotalNotional);
    risk.maxOpenOrders = static_cast<int>(config.get(key::RiskMaxOpenOrders));
    risk.maxOrdersPerSecond = static_cast<int>(config.get(key::RiskMaxOrdersPerSecond));
    risk.priceBandPercent = config.get(key::RiskPriceBandPercent);
    risk.dailyLossLimit = config.get(key::RiskDailyLossLimit);
    s.manager.killOnStreamLossMs = config.get(key::TradingKillOnStreamLossS) * 1000;
    s.manager.retention.finishedForMs = config.get(key::TradingRetentionS) * 1000;
    s.manager.retention.execIdsForMs = s.manager.retention.finishedForMs;
    s.manager.lostAnswerLookupDelayMs = s.recvWindowMs + 1000;
    const QString rest = config.get(key::ExchangeRestUrl);
    const QString stream = config.get(key::ExchangeWsPrivateUrl);
    if (!rest.isEmpty())
        s.restUrl = QUrl(rest);
    if (!stream.isEmpty())
        s.streamUrl = QUrl(stream);
    if (s.venue != VenueKind::Paper) {
        const QString keyFile = config.get(key::ExchangeApiKeyFile);
        if (!keyFile.isEmpty()) {
            if (!readKeyFile(keyFile, &s.apiKey, &s.apiSecret, &result.error))
                return result;
        } else {
            s.apiKey = config.get(key::ExchangeApiKey).toStdString();
            s.apiSecret = config.get(key::ExchangeApiSecret).toStdString();
        }
    }
    result.settings = std::move(s);
    return result;
}

TradingService::TradingService(TradingServiceSettings settings, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock)
{
    auto view = std::make_shared<TradingView>();
    view->venue = m_settings.venue;
    view->limits = m_settings.manager.risk;
    view->error = QStringLiteral("trading has not started");
    m_view = std::move(view);
}

TradingService::~TradingService()
{
    stop();
    exchange::wipeSecret(m_settings.apiSecret);
}

const exchange::InstrumentSpec *TradingService::instrument(const std::string &symbol) const
{
    const auto it = m_instruments.find(symbol);
    return it == m_instruments.end() ? nullptr : &it->second;
}

bool TradingService::start(QString *error)
{
    const auto refuse = [&](const QString &why) {
        m_error = why;
        if (error)
            *error = why;
        publish();
        return false;
    };
    if (m_settings.venue == VenueKind::Live && !m_settings.allowLive)
        return refuse(QStringLiteral("trading.venue = live needs trading.allow_live = true as well"));
    if (m_settings.venue == VenueKind::Live && !m_settings.liveConfirmed)
        return refuse(QStringLiteral("a live venue needs the operator's typed confirmation in this session"));
    if (m_settings.venue != VenueKind::Paper && (m_settings.apiKey.empty() || m_settings.apiSecret.empty()))
        return refuse(QStringLiteral("trading.venue = %1 needs API keys (exchange.api_key_file)")
                          .arg(QLatin1String(venueKindName(m_settings.venue))));

    m_audit = std::make_unique<store::AuditLog>(m_clock);
    const QString auditPath = m_settings.auditPath.isEmpty() ? store::AuditLog::defaultPath() : m_settings.auditPath;
    if (!m_audit->open(auditPath))
        return refuse(QStringLiteral("the trading audit log cannot be opened, so nothing can be traded: %1")
                          .arg(m_audit->lastError()));
    m_audit->setVenue(QLatin1String(venueKindName(m_settings.venue)));
    m_audit->registerSecret(m_settings.apiKey);
    m_audit->registerSecret(m_settings.apiSecret);

    auto lookup = [this](const std::string &symbol) { return instrument(symbol); };
    m_journal = std::make_unique<AuditJournal>(*m_audit, lookup);
    if (m_settings.venue == VenueKind::Paper) {
        auto paper = std::make_unique<PaperVenue>(m_settings.paperBalance);
        const Clock *clock = &m_clock;
        paper->setClock([clock] { return clock->epochMs(); });
        for (const auto &[symbol, spec] : m_instruments)
            paper->addInstrument(spec);
        // The paper account lives next to the audit log that records its orders.
        const QString accountPath = QFileInfo(auditPath).absolutePath() + QStringLiteral("/paper-account.json");
        std::string why;
        if (!paper->keepAccountIn(accountPath, &why)) {
            m_journal.reset();
            m_audit->close();
            m_audit.reset();
            return refuse(QStringLiteral("the paper account cannot be kept, so nothing can be traded: %1")
                              .arg(QString::fromStdString(why)));
        }
        m_paper = paper.get();
        m_venue = std::move(paper);
    } else {
        BybitVenueSettings venue;
        venue.kind = m_settings.venue;
        venue.restUrl = m_settings.restUrl;
        venue.streamUrl = m_settings.streamUrl;
        venue.rest.recvWindowMs = m_settings.recvWindowMs;
        venue.rest.limits.banPauseMs = m_settings.restBanPauseMs;
        venue.dcpWindowSeconds = m_settings.dcpWindowSeconds;
        venue.transport = m_settings.transport;
        auto signer = std::make_shared<const exchange::RequestSigner>(m_settings.apiKey, m_settings.apiSecret);
        m_venue = std::make_unique<BybitVenue>(
            venue, std::move(signer), [this](std::string_view symbol) { return instrument(std::string(symbol)); },
            m_clock);
    }
    m_manager = std::make_unique<OrderManager>(*m_venue, m_clock, lookup, m_journal.get(), m_settings.manager);
    m_manager->setObserver([this] {
        if (m_publishQueued)
            return;
        m_publishQueued = true;
        // Several changes of one turn of the event loop make one view.
        postQueued(this, [this] { publish(); });
    });
    for (const auto &[symbol, mark] : m_marks) {
        if (m_paper)
            m_paper->onMark(symbol, mark, m_clock.epochMs());
        m_manager->onMark(symbol, mark);
    }
    m_marks.clear(); // the manager keeps them from here on
    m_manager->start();
    if (!m_instruments.empty()) // the catalog came first
        m_manager->onInstrumentsKnown();
    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_manager)
            m_manager->tick();
        sampleEquity();
    });
    m_timer->start();
    m_error.clear();
    m_startedMs = m_clock.epochMs();
    m_lastSampleMs = 0;
    VLOG(Notice, "trading", "TRADING_STARTED")
        << QStringLiteral("trading on %1; audit log %2").arg(QLatin1String(venueKindName(m_settings.venue)), auditPath);
    publish();
    return true;
}

void TradingService::stop()
{
    if (m_timer)
        m_timer->stop();
    if (m_manager)
        m_manager->stop();
    m_manager.reset();
    m_venue.reset();
    m_paper = nullptr;
    m_journal.reset();
    if (m_audit)
        m_audit->close();
    m_audit.reset();
}

TradingViewPtr TradingService::view() const
{
    std::lock_guard lock(m_viewMutex);
    return m_view;
}

void TradingService::setInstruments(const std::vector<exchange::InstrumentSpec> &instruments)
{
    bool added = false;
    for (const exchange::InstrumentSpec &spec : instruments) {
        const std::string symbol = spec.symbol.toStdString();
        const bool known = m_instruments.count(symbol) != 0;
        m_instruments[symbol] = spec;
        added = added || !known;
        if (m_paper && !known)
            m_paper->addInstrument(spec);
    }
    // Trading starts before the catalog arrives: what the venue said about these symbols meanwhile
    // could not be read, and is read again now.
    if (added && m_manager)
        m_manager->onInstrumentsKnown();
}

void TradingService::onMark(const std::string &symbol, Ticks markTicks)
{
    if (!m_manager) {
        m_marks[symbol] = markTicks; // held until the manager starts
        return;
    }
    if (m_paper)
        m_paper->onMark(symbol, markTicks, m_clock.epochMs());
    if (m_manager)
        m_manager->onMark(symbol, markTicks);
}

void TradingService::onBook(const std::string &symbol, const std::vector<exchange::BookLevel> &bids,
                            const std::vector<exchange::BookLevel> &asks)
{
    if (m_paper)
        m_paper->onBook(symbol, bids, asks, m_clock.epochMs());
}

void TradingService::onTrade(const std::string &symbol, exchange::Side takerSide, Ticks price, Lots size)
{
    if (m_paper)
        m_paper->onTrade(symbol, takerSide, price, size, m_clock.epochMs());
}

std::optional<OrderRequest> TradingService::requestOf(const OrderTicket &ticket, std::string *error) const
{
    const auto fail = [error](std::string why) -> std::optional<OrderRequest> {
        *error = std::move(why);
        return std::nullopt;
    };
    const exchange::InstrumentSpec *spec = instrument(ticket.symbol);
    if (!spec)
        return fail("unknown symbol '" + ticket.symbol + "'");
    OrderRequest request;
    request.symbol = ticket.symbol;
    const std::string side = lower(ticket.side);
    if (side != "buy" && side != "sell")
        return fail("side must be Buy or Sell");
    request.side = side == "buy" ? Side::Buy : Side::Sell;
    const std::string type = lower(ticket.type.empty() ? (ticket.price.empty() ? "market" : "limit") : ticket.type);
    if (type != "market" && type != "limit")
        return fail("type must be Market or Limit");
    request.type = type == "market" ? OrderType::Market : OrderType::Limit;
    const std::string tif = lower(ticket.timeInForce.empty() ? "gtc" : ticket.timeInForce);
    if (tif == "gtc")
        request.timeInForce = TimeInForce::GTC;
    else if (tif == "ioc")
        request.timeInForce = TimeInForce::IOC;
    else if (tif == "fok")
        request.timeInForce = TimeInForce::FOK;
    else if (tif == "postonly")
        request.timeInForce = TimeInForce::PostOnly;
    else
        return fail("time in force must be GTC, IOC, FOK or PostOnly");
    const auto qty = spec->quantity.toNonNegativeSteps(ticket.quantity);
    if (!qty || qty.value <= 0)
        return fail("quantity '" + ticket.quantity + "' is not a positive multiple of the lot " +
                    spec->quantity.stepText());
    request.quantity = qty.value;
    if (request.type == OrderType::Limit) {
        const auto price = spec->price.toNonNegativeSteps(ticket.price);
        if (!price || price.value <= 0)
            return fail("price '" + ticket.price + "' is not a positive multiple of the tick " +
                        spec->price.stepText());
        request.price = price.value;
    } else if (!ticket.price.empty()) {
        return fail("a market order takes no price");
    }
    request.reduceOnly = ticket.reduceOnly;
    // Take-profit and stop-loss: on the tick grid, on the profit and the loss side of the price.
    for (const auto &[name, text, by, target, trigger] :
         {std::tuple{"take-profit", &ticket.takeProfit, &ticket.tpTriggerBy, &request.takeProfit, &request.tpTriggerBy},
          std::tuple{"stop-loss", &ticket.stopLoss, &ticket.slTriggerBy, &request.stopLoss, &request.slTriggerBy}}) {
        if (!text->empty()) {
            const auto ticks = spec->price.toNonNegativeSteps(*text);
            if (!ticks || ticks.value <= 0)
                return fail(std::string(name) + " '" + *text + "' is not a positive multiple of the tick " +
                            spec->price.stepText());
            *target = ticks.value;
        }
        const auto triggerBy = triggerByFromName(*by);
        if (!triggerBy)
            return fail(std::string(name) + " trigger must be LastPrice or MarkPrice");
        *trigger = *triggerBy;
    }
    if ((request.takeProfit > 0 || request.stopLoss > 0) && request.reduceOnly)
        return fail("a reduce-only order takes no take-profit or stop-loss");
    const Ticks base =
        request.type == OrderType::Limit ? request.price : (m_manager ? m_manager->mark(ticket.symbol) : 0);
    const bool buy = request.side == Side::Buy;
    if (base > 0 && request.takeProfit > 0 && (buy ? request.takeProfit <= base : request.takeProfit >= base))
        return fail(std::string("the take-profit of a ") + (buy ? "buy must be above " : "sell must be below ") +
                    spec->price.format(base));
    if (base > 0 && request.stopLoss > 0 && (buy ? request.stopLoss >= base : request.stopLoss <= base))
        return fail(std::string("the stop-loss of a ") + (buy ? "buy must be below " : "sell must be above ") +
                    spec->price.format(base));
    return request;
}

PlaceResult TradingService::place(const OrderTicket &ticket)
{
    PlaceResult result;
    if (!m_manager) {
        result.error = m_error.isEmpty() ? "trading is not running" : m_error.toStdString();
        return result;
    }
    const std::optional<OrderRequest> request = requestOf(ticket, &result.error);
    if (!request)
        return result;
    return m_manager->place(*request);
}

TicketPreview TradingService::preview(const OrderTicket &ticket) const
{
    TicketPreview preview;
    if (!m_manager) {
        preview.error = m_error.isEmpty() ? "trading is not running" : m_error.toStdString();
        return preview;
    }
    const std::optional<OrderRequest> request = requestOf(ticket, &preview.error);
    if (!request)
        return preview;
    preview.decision = m_manager->preview(*request);
    const exchange::InstrumentSpec *spec = instrument(request->symbol);
    const Ticks price = request->type == OrderType::Limit ? request->price : m_manager->mark(request->symbol);
    if (spec && price > 0)
        preview.notional = spec->price.toDouble(price) * spec->quantity.toDouble(request->quantity);
    return preview;
}

std::string TradingService::cancel(const std::string &orderLinkId)
{
    return m_manager ? m_manager->cancel(orderLinkId) : std::string("trading is not running");
}

std::string TradingService::amend(const std::string &orderLinkId, std::optional<Ticks> price,
                                  std::optional<Lots> quantity)
{
    if (!m_manager)
        return "trading is not running";
    return m_manager->amend(orderLinkId, price, quantity);
}

TradingService::AmendAnswer TradingService::amendText(const std::string &orderLinkId, const std::string &priceText,
                                                      const std::string &quantityText)
{
    using Outcome = AmendAnswer::Outcome;
    if (!m_manager)
        return {Outcome::NotNow, "trading is not running"};
    const Order *order = m_manager->orders().find(orderLinkId);
    if (!order)
        return {Outcome::NoOrder, "no order " + orderLinkId};
    const exchange::InstrumentSpec *spec = instrument(order->intent.symbol);
    if (!spec)
        return {Outcome::NotNow, "unknown symbol " + order->intent.symbol};
    // Text onto the order's grids here; every other check is the order manager's.
    std::optional<Ticks> price;
    std::optional<Lots> quantity;
    if (!priceText.empty()) {
        const auto ticks = spec->price.toNonNegativeSteps(priceText);
        if (!ticks || ticks.value <= 0)
            return {Outcome::Invalid,
                    "price '" + priceText + "' is not a positive multiple of the tick " + spec->price.stepText()};
        price = ticks.value;
    }
    if (!quantityText.empty()) {
        const auto lots = spec->quantity.toNonNegativeSteps(quantityText);
        if (!lots || lots.value <= 0)
            return {Outcome::Invalid, "quantity '" + quantityText + "' is not a positive multiple of the lot " +
                                          spec->quantity.stepText()};
        quantity = lots.value;
    }
    using Refusal = OrderManager::AmendRefusal;
    Refusal refusal = Refusal::None;
    std::string error = m_manager->amend(orderLinkId, price, quantity, {}, &refusal);
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NoOrder:
        return {Outcome::NoOrder, std::move(error)};
    case Refusal::Invalid:
        return {Outcome::Invalid, std::move(error)};
    case Refusal::Risk:
        return {Outcome::RiskRefused, std::move(error)};
    case Refusal::NotNow:
        break;
    }
    return {Outcome::NotNow, std::move(error)};
}

void TradingService::cancelAll(const std::string &symbol)
{
    if (m_manager)
        m_manager->cancelAll(symbol);
}

void TradingService::engageKillSwitch(const std::string &reason, OrderManager::KillDone done)
{
    if (!m_manager) {
        if (done) {
            KillReport report;
            report.reason = reason;
            report.problems.push_back(m_error.isEmpty() ? "trading is not running" : m_error.toStdString());
            done(report);
        }
        return;
    }
    VLOG(Warning, "trading", "KILL_SWITCH")
        << QStringLiteral("kill switch engaged: %1").arg(QString::fromStdString(reason));
    m_manager->engageKillSwitch(reason, std::move(done));
}

bool TradingService::resetKillSwitch(std::string *error)
{
    if (!m_manager) {
        if (error)
            *error = "trading is not running";
        return false;
    }
    return m_manager->resetKillSwitch(error);
}

void TradingService::sampleEquity()
{
    const qint64 nowMs = m_clock.epochMs();
    if (!m_manager || (m_lastSampleMs > 0 && nowMs - m_lastSampleMs < kEquitySampleMs))
        return;
    const WalletReport &wallet = m_manager->wallet();
    if (wallet.timeMs == 0 && wallet.equity == 0)
        return; // the venue has not reported the wallet yet
    m_lastSampleMs = nowMs;
    auto points = std::make_shared<std::vector<TradingView::EquityPoint>>();
    const std::size_t keep = m_equity ? std::min(m_equity->size(), kEquityPoints - 1) : 0;
    points->reserve(keep + 1);
    if (m_equity)
        points->assign(m_equity->end() - static_cast<std::ptrdiff_t>(keep), m_equity->end());
    points->push_back({nowMs, wallet.equity, m_manager->dailyPnl()});
    m_equity = std::move(points);
    publish();
}

void TradingService::publish()
{
    m_publishQueued = false;
    auto view = std::make_shared<TradingView>();
    view->venue = m_settings.venue;
    view->running = m_manager != nullptr;
    view->error = m_error;
    view->timeMs = m_clock.epochMs();
    view->revision = ++m_revision;
    view->limits = m_settings.manager.risk;
    view->equity = m_equity;
    view->startedMs = m_manager ? m_startedMs : 0;
    if (m_manager) {
        const OrderManager &manager = *m_manager;
        view->limits = manager.riskLimits();
        view->streamUp = manager.streamUp();
        view->streamReason = manager.streamReason();
        view->lastReconcileMs = manager.lastReconcileMs();
        view->lastReconcileOk = manager.lastReconcileOk();
        view->killEngaged = manager.killSwitchEngaged();
        view->lastKill = manager.lastKill();
        view->dailyPnl = manager.dailyPnl();
        view->realisedPnl = manager.realisedPnl();
        view->unrealisedPnl = manager.unrealisedPnl();
        view->wallet = manager.wallet();

        const auto row = [this](const Order &order) {
            TradingView::OrderRow r;
            r.order = order;
            if (const exchange::InstrumentSpec *spec = instrument(order.intent.symbol)) {
                if (order.price > 0)
                    r.price = spec->price.format(order.price);
                r.quantity = spec->quantity.format(order.quantity);
                r.filled = spec->quantity.format(order.filled);
                if (order.intent.takeProfit > 0)
                    r.takeProfit = spec->price.format(order.intent.takeProfit);
                if (order.intent.stopLoss > 0)
                    r.stopLoss = spec->price.format(order.intent.stopLoss);
                if (order.executed > 0)
                    r.averagePrice = static_cast<double>(order.filledNotional) / static_cast<double>(order.executed) *
                                     spec->price.toDouble(1);
            }
            return r;
        };
        // Every open order, then the newest finished ones.
        const auto &all = manager.orders();
        std::vector<const Order *> open = all.openOrders();
        for (auto it = open.rbegin(); it != open.rend(); ++it)
            view->orders.push_back(row(**it));
        std::vector<const Order *> finished;
        all.forEachNewestFirst([&](const Order &order) {
            if (!order.isOpen() && finished.size() < kRecentOrders)
                finished.push_back(&order);
            return finished.size() < kRecentOrders;
        });
        for (const Order *order : finished)
            view->orders.push_back(row(*order));

        const auto &fills = all.executions();
        for (std::size_t i = fills.size(); i-- > 0 && view->executions.size() < kRecentExecutions;) {
            TradingView::ExecutionRow r;
            r.execution = fills[i];
            if (const exchange::InstrumentSpec *spec = instrument(fills[i].symbol)) {
                r.price = spec->price.format(fills[i].price);
                r.quantity = spec->quantity.format(fills[i].quantity);
            }
            view->executions.push_back(std::move(r));
        }

        std::map<std::string, TradingView::PositionRow> positions;
        for (const auto &[symbol, position] : manager.positions().positions()) {
            const exchange::InstrumentSpec *spec = instrument(symbol);
            if (!spec)
                continue;
            TradingView::PositionRow &r = positions[symbol];
            r.symbol = symbol;
            r.size = spec->quantity.toDouble(position.size);
            r.sizeText = spec->quantity.format(position.size);
            r.averageEntry = position.averageEntryTicks() * spec->price.toDouble(1);
            const Ticks mark = manager.mark(symbol);
            r.mark = spec->price.toDouble(mark);
            const double unit = spec->price.toDouble(1) * spec->quantity.toDouble(1);
            r.unrealisedPnl = mark > 0 ? static_cast<double>(position.unrealised(mark)) * unit : 0;
            r.fees = static_cast<double>(position.fees) * 1e-12;
            r.realisedPnl = static_cast<double>(position.realised) * unit - r.fees;
        }
        // What the venue reports wins for size and entry (it knows fills from before this run).
        for (const auto &[symbol, reported] : manager.venuePositions()) {
            const exchange::InstrumentSpec *spec = instrument(symbol);
            if (!spec)
                continue;
            TradingView::PositionRow &r = positions[symbol];
            r.symbol = symbol;
            r.size = spec->quantity.toDouble(reported.size);
            r.sizeText = spec->quantity.format(reported.size);
            if (reported.averagePrice > 0)
                r.averageEntry = reported.averagePrice;
            if (reported.markTicks > 0)
                r.mark = spec->price.toDouble(reported.markTicks);
            r.unrealisedPnl = reported.unrealisedPnl;
            r.liquidationPrice = reported.liquidationPrice;
            r.takeProfit = reported.takeProfit > 0 ? spec->price.format(reported.takeProfit) : std::string();
            r.stopLoss = reported.stopLoss > 0 ? spec->price.format(reported.stopLoss) : std::string();
        }
        for (auto &[symbol, r] : positions)
            if (r.size != 0 || r.realisedPnl != 0)
                view->positions.push_back(std::move(r));
    }
    TradingViewPtr published = view;
    {
        std::lock_guard lock(m_viewMutex);
        m_view = std::move(view);
    }
    emit viewChanged(std::move(published));
}

} // namespace virtuoso::trading
