#include "engine/AlertSources.h"

#include "alerts/AlertDispatcher.h"
#include "base/Clock.h"
#include "base/ProcessMetrics.h"
#include "connector/FeedApplier.h"
#include "model/confluence/ConfluenceTypes.h"
#include "model/health/ConnectionStatus.h"
#include "model/health/TimeoutIncidents.h"
#include "model/health/TimeoutJournal.h"
#include "trading/TradingService.h"

#include <algorithm>
#include <cmath>

namespace virtuoso {

using alerts::AlertEvent;
using alerts::AlertSeverity;
using alerts::AlertSource;

namespace {

constexpr int SampleIntervalMs = 1000;
constexpr qint64 IncidentLookBackMs = 60'000;

bool wants(const std::vector<alerts::AlertRule> &rules, AlertSource source)
{
    return std::any_of(rules.begin(), rules.end(), [source](const auto &r) { return r.source == source; });
}

AlertEvent makeAlert(AlertSource source, AlertSeverity severity, QString key, QString title, qint64 epochMs)
{
    AlertEvent e;
    e.source = source;
    e.severity = severity;
    e.key = std::move(key);
    e.title = std::move(title);
    e.timeMs = epochMs;
    return e;
}

QString text(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

AlertSources::AlertSources(const Clock &clock, alerts::AlertSettings settings,
                           std::shared_ptr<alerts::AlertService> service, health::ConnectionStatusBoard &board,
                           health::TimeoutJournal &journal)
    : m_clock(clock)
    , m_settings(std::move(settings))
    , m_service(std::move(service))
    , m_board(board)
    , m_journal(journal)
{
    setRules(m_settings.rules);
    // Timeouts from before the sources exist are history, not news. Read here, before the core's
    // threads start, so that nothing the first requests record is missed.
    m_lastJournalId = m_journal.lastId();
    m_timer.setInterval(SampleIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AlertSources::sample);
}

AlertSources::~AlertSources()
{
    stop();
}

void AlertSources::start(exchange::FeedApplier *applier)
{
    m_applier = applier;
    if (m_applier)
        m_applier->addObserver(this);
    m_timer.start();
}

void AlertSources::stop()
{
    m_timer.stop();
    if (m_applier)
        m_applier->removeObserver(this);
    m_applier = nullptr;
    flush();
}

void AlertSources::setRules(std::vector<alerts::AlertRule> rules)
{
    flush();
    m_settings.rules = std::move(rules);
    // Mutes are an operator's, for the rules they named: a reload starts without them.
    m_rules = std::make_unique<alerts::AlertRuleSet>(m_clock, m_settings.rules);
    m_wantsTrades = wants(m_settings.rules, AlertSource::Whale) || m_settings.tapeMinNotional > 0;
    m_wantsPrices = wants(m_settings.rules, AlertSource::Price);
    m_wantsSignals = wants(m_settings.rules, AlertSource::Signal);
    m_boardDirty = true;
}

void AlertSources::muteRule(const QString &rule, qint64 durationMs)
{
    m_rules->muteRule(rule, m_clock.monotonicMs() + std::max<qint64>(0, durationMs));
    m_boardDirty = true;
}

void AlertSources::muteKey(const QString &key, qint64 durationMs)
{
    m_rules->muteKey(key, m_clock.monotonicMs() + std::max<qint64>(0, durationMs));
    m_boardDirty = true;
}

QString AlertSources::sendTest(const QString &channel)
{
    const alerts::ChannelSettings *settings = m_settings.channel(channel);
    if (!settings)
        return QStringLiteral("there is no channel '%1'").arg(channel);
    if (!settings->enabled)
        return QStringLiteral("channel '%1' is disabled (enabled = false)").arg(channel);
    alerts::AlertDecision decision;
    decision.event = makeAlert(AlertSource::Test, AlertSeverity::Info, QStringLiteral("test:%1").arg(channel),
                               QStringLiteral("Test alert: %1 reaches this channel").arg(channel), m_clock.epochMs());
    decision.event.fields.push_back({QStringLiteral("Channel"), settings->describe()});
    decision.rule = QStringLiteral("test");
    decision.messages.push_back({channel, 0, 0});
    m_pending.push_back(std::move(decision));
    flush();
    return {};
}

void AlertSources::onTrades(const exchange::TradeMessage &message, const exchange::InstrumentSpec &spec)
{
    if (!m_wantsTrades)
        return;
    const QString symbol = message.topic.symbol.toQString();
    m_observed += message.trades.size();
    for (const exchange::Trade &t : message.trades) {
        const double price = spec.price.toDouble(t.price);
        const double qty = spec.quantity.toDouble(t.size);
        const bool buy = t.side == exchange::Side::Buy;
        m_rules->onTrade(symbol, buy, price, qty, t.timeMs, m_pending);
        const double notional = price * qty;
        if (m_settings.tapeMinNotional > 0 && notional >= m_settings.tapeMinNotional)
            addToTape({alerts::MarketEvent::Kind::Trade, 0, t.timeMs, symbol, buy, price, qty, notional});
    }
}

void AlertSources::onLiquidations(const exchange::LiquidationMessage &message)
{
    const QString symbol = message.topic.symbol.toQString();
    m_observed += message.liquidations.size();
    for (const exchange::Liquidation &l : message.liquidations) {
        const double price = l.price.toDouble();
        const double qty = l.size.toDouble();
        const bool buy = l.side == exchange::Side::Buy;
        m_rules->onLiquidation(symbol, buy, price, qty, l.timeMs, m_pending);
        m_liquidations.add(symbol, price * qty, l.timeMs);
        addToTape({alerts::MarketEvent::Kind::Liquidation, 0, l.timeMs, symbol, buy, price, qty, price * qty});
    }
}

void AlertSources::onTicker(const exchange::TickerMessage &message, const exchange::InstrumentSpec &)
{
    if (!m_wantsPrices)
        return;
    ++m_observed;
    if (const auto last = message.get(exchange::TickerField::LastPrice))
        m_rules->onPrice(message.topic.symbol.toQString(), last->toDouble(), message.tsMs, m_pending);
}

void AlertSources::onSignal(const confluence::ConfluenceSignal &signal)
{
    if (!m_wantsSignals)
        return;
    ++m_observed;
    m_rules->onSignalScore(QString::fromStdString(signal.symbol), signal.score, signal.timestampMs, m_pending);
}

void AlertSources::afterDrain()
{
    if (!m_pending.empty())
        flush();
}

void AlertSources::addToTape(alerts::MarketEvent e)
{
    e.sequence = ++m_tapeSequence;
    m_tape.push_back(std::move(e));
    while (m_tape.size() > alerts::AlertBoard::kTape)
        m_tape.pop_front();
    m_boardDirty = true;
}

void AlertSources::raise(const AlertEvent &e)
{
    m_rules->evaluate(e, m_pending);
}

void AlertSources::flush()
{
    if (m_pending.empty())
        return;
    for (const alerts::AlertDecision &d : m_pending) {
        alerts::AlertItem item;
        item.sequence = ++m_sequence;
        item.timeMs = d.event.timeMs;
        item.source = d.event.source;
        item.severity = d.event.severity;
        item.key = d.event.key;
        item.symbol = d.event.symbol;
        item.title = d.event.title;
        item.rule = d.rule;
        item.fields = d.event.fields;
        for (const alerts::ChannelMessage &m : d.messages) {
            item.channels << m.channel;
            if (m.more > item.more) {
                item.more = m.more;
                item.summary = m.summary();
            }
        }
        m_recent.push_back(std::move(item));
    }
    while (m_recent.size() > alerts::AlertBoard::kRecent)
        m_recent.pop_front();
    if (m_service)
        m_service->submit(m_pending);
    m_pending.clear();
    m_boardDirty = true;
}

void AlertSources::sample()
{
    const qint64 mono = m_clock.monotonicMs();
    const qint64 epoch = m_clock.epochMs();
    std::vector<health::ConnectionStatus> statuses = m_board.read();
    if (m_applier)
        m_applier->addLatency(statuses);
    for (const health::ConnectionStatus &s : statuses) {
        using health::ConnectionState;
        // Down from the moment it stopped being live, through every backoff and retry, until it is
        // live again; idle and stopped connections are not failures.
        const bool down =
            s.state != ConnectionState::Live && s.state != ConnectionState::Idle && s.state != ConnectionState::Stopped;
        qint64 since = mono;
        if (down) {
            auto it = m_downSince.find(s.connId);
            if (it == m_downSince.end())
                it = m_downSince.insert(s.connId, mono - std::max<qint64>(0, epoch - s.sinceEpochMs));
            since = *it;
        } else {
            m_downSince.remove(s.connId);
        }
        m_rules->onConnection(s.connId, !down, since, epoch, m_pending);
        if (s.latency.recentCount > 0)
            m_rules->onLatency(s.connId, static_cast<double>(s.latency.recentP99Us) / 1000.0, epoch, m_pending);
    }
    if (const auto usage = health::ProcessMetrics::read())
        m_rules->onMemory(usage->residentBytes / 1e6, epoch, m_pending);
    sampleJournal(epoch);
    flush();
    m_boardDirty = true; // channel health and the liquidation windows move with time
}

void AlertSources::sampleJournal(qint64 epochMs)
{
    health::TimeoutQuery query;
    query.afterId = m_lastJournalId;
    const std::vector<health::TimeoutEntry> fresh = m_journal.query(query);
    if (fresh.empty())
        return;
    m_lastJournalId = fresh.back().id;
    for (const health::TimeoutEntry &entry : fresh) {
        m_rules->onTimeout(QLatin1String(health::timeoutKindName(entry.kind)), epochMs, m_pending);
        if (entry.kind == health::TimeoutKind::RateLimited && entry.durationMs > 0 &&
            entry.detail.contains(QLatin1String("IP ban"))) {
            AlertEvent e = makeAlert(
                AlertSource::RestBan, AlertSeverity::Critical, QStringLiteral("rest_ban"),
                QStringLiteral("The exchange banned this IP: REST paused for %1 s").arg(entry.durationMs / 1000),
                entry.ts);
            e.value = static_cast<double>(entry.durationMs) / 1000.0;
            e.fields.push_back({QStringLiteral("Request"), entry.topic});
            e.fields.push_back({QStringLiteral("Paused for"), QStringLiteral("%1 s").arg(entry.durationMs / 1000)});
            raise(e);
        }
    }
    // Incidents: the failures of the last minute grouped; a correlated group is raised once, when
    // it is first seen (later entries of the same group do not raise it again).
    health::TimeoutQuery recent;
    recent.sinceMs = epochMs - IncidentLookBackMs;
    for (const health::TimeoutIncident &incident : health::groupIncidents(m_journal.query(recent))) {
        if (!incident.correlated || incident.entryIds.empty() || m_incidentsRaised.contains(incident.entryIds.front()))
            continue;
        m_incidentsRaised.insert(incident.entryIds.front());
        AlertEvent e = makeAlert(AlertSource::Incident, AlertSeverity::Critical,
                                 QStringLiteral("incident:%1").arg(incident.connIds.join(QLatin1Char(','))),
                                 incident.summary, incident.startMs);
        e.value = incident.connIds.size();
        e.fields.push_back({QStringLiteral("Connections"), incident.connIds.join(QStringLiteral(", "))});
        e.fields.push_back({QStringLiteral("Cause"), incident.cause});
        e.fields.push_back({QStringLiteral("Events"), QString::number(incident.events)});
        raise(e);
    }
    if (m_incidentsRaised.size() > 4096)
        m_incidentsRaised.clear(); // far older than the look-back; cannot be seen again
}

void AlertSources::onTradingView(const std::shared_ptr<const trading::TradingView> &view)
{
    if (!view || !view->running)
        return;
    const bool first = !m_tradingSeen;
    m_tradingSeen = true;
    const qint64 epoch = m_clock.epochMs();
    for (const auto &row : view->orders) {
        const trading::Order &o = row.order;
        if (o.status != trading::OrderStatus::Rejected)
            continue;
        const QString id = text(o.intent.orderLinkId);
        if (m_seenRejected.contains(id))
            continue;
        m_seenRejected.insert(id);
        if (first)
            continue; // rejected before this look began
        AlertEvent e = makeAlert(AlertSource::OrderRejected, AlertSeverity::Warning,
                                 QStringLiteral("order_rejected:%1").arg(text(o.intent.symbol)),
                                 QStringLiteral("Order rejected: %1 %2 %3 — %4")
                                     .arg(QLatin1String(trading::sideName(o.intent.side)), text(row.quantity),
                                          text(o.intent.symbol), text(o.reason)),
                                 o.updatedMs > 0 ? o.updatedMs : epoch);
        e.symbol = text(o.intent.symbol);
        e.fields.push_back({QStringLiteral("Order"), id});
        e.fields.push_back({QStringLiteral("Reason"), text(o.reason)});
        raise(e);
    }
    for (const auto &row : view->executions) {
        const trading::Execution &x = row.execution;
        const QString id = text(x.execId);
        if (m_seenExecutions.contains(id))
            continue;
        m_seenExecutions.insert(id);
        if (first)
            continue;
        AlertEvent e = makeAlert(
            AlertSource::OrderFilled, AlertSeverity::Info, QStringLiteral("order_filled:%1:%2").arg(text(x.symbol), id),
            QStringLiteral("Filled: %1 %2 %3 at %4")
                .arg(QLatin1String(trading::sideName(x.side)), text(row.quantity), text(x.symbol), text(row.price)),
            x.timeMs > 0 ? x.timeMs : epoch);
        e.symbol = text(x.symbol);
        e.fields.push_back({QStringLiteral("Order"), text(x.orderLinkId)});
        e.fields.push_back({QStringLiteral("Fee"), QString::number(x.fee.toDouble(), 'g', 8)});
        raise(e);
    }
    if (view->killEngaged && !m_killEngaged && !first) {
        AlertEvent e = makeAlert(AlertSource::KillSwitch, AlertSeverity::Critical, QStringLiteral("kill_switch"),
                                 QStringLiteral("Kill switch engaged: %1").arg(text(view->lastKill.reason)), epoch);
        e.fields.push_back({QStringLiteral("Open orders"), QString::number(view->lastKill.openOrdersBefore)});
        e.fields.push_back({QStringLiteral("Positions"), QString::number(view->lastKill.positionsToFlatten)});
        raise(e);
    }
    m_killEngaged = view->killEngaged;
    if (view->limits.dailyLossLimit > 0) {
        const double loss = std::max(0.0, -view->dailyPnl);
        m_rules->onDailyLoss(100.0 * loss / view->limits.dailyLossLimit, epoch, m_pending);
    }
    // Bounded: ids far behind the view's window are never shown again.
    if (m_seenExecutions.size() > 20'000)
        m_seenExecutions.clear();
    flush();
}

alerts::AlertBoardPtr AlertSources::snapshotBoard()
{
    if (m_boardDirty || !board())
        rebuildBoard();
    return board();
}

void AlertSources::rebuildBoard()
{
    auto board = std::make_shared<alerts::AlertBoard>();
    board->enabled = m_settings.enabled && !m_settings.rules.empty();
    board->tapeMinNotional = m_settings.tapeMinNotional;
    board->observed = m_observed;
    board->recent.assign(m_recent.begin(), m_recent.end());
    board->tape.assign(m_tape.begin(), m_tape.end());
    board->totals = m_liquidations.totals(m_clock.epochMs());
    const alerts::AlertCounts &counts = m_rules->counts();
    std::copy(std::begin(counts.raised), std::end(counts.raised), board->raised.begin());
    std::copy(std::begin(counts.sent), std::end(counts.sent), board->sent.begin());
    std::copy(std::begin(counts.suppressed), std::end(counts.suppressed), board->suppressed.begin());
    board->mutedRules = m_rules->mutedRules();
    board->mutedKeys = m_rules->mutedKeys();
    if (m_service) {
        for (const alerts::ChannelStatus &s : m_service->status()) {
            alerts::ChannelHealth h;
            h.name = s.name;
            h.type = s.type;
            h.state = QLatin1String(alerts::channelStateName(s.state));
            h.queued = s.queued;
            h.delivered = s.delivered;
            h.failedAttempts = s.failedAttempts;
            h.lastError = s.lastError;
            h.lastDeliveredMs = s.lastDeliveredMs;
            board->channels.push_back(std::move(h));
        }
    }
    m_boardDirty = false;
    std::lock_guard lock(m_boardMutex);
    m_boardPtr = std::move(board);
}

alerts::AlertBoardPtr AlertSources::board() const
{
    std::lock_guard lock(m_boardMutex);
    return m_boardPtr;
}

} // namespace virtuoso
