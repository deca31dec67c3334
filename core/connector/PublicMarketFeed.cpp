#include "connector/PublicMarketFeed.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
#include "connector/ConnectionPacer.h"
#include "model/health/ConnectionStatus.h"
#include "model/health/TimeoutJournal.h"

#include <algorithm>
#include <utility>

namespace virtuoso::exchange {

namespace {

QStringList normalisedSymbols(const QStringList &symbols)
{
    QStringList out;
    for (const QString &s : symbols) {
        const QString upper = s.trimmed().toUpper();
        if (!upper.isEmpty() && !out.contains(upper))
            out << upper;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

SymbolSetChange PublicMarketFeed::replan(const std::vector<ConnectionPlan> &current, const QStringList &symbols,
                                         const TopicPlanSettings &settings)
{
    SymbolSetChange change;
    change.symbols = normalisedSymbols(symbols);
    change.plan = current;
    QStringList old;
    for (const ConnectionPlan &p : current)
        old << p.symbols;
    for (const QString &s : std::as_const(old))
        if (!change.symbols.contains(s))
            change.removed << s;
    for (const QString &s : std::as_const(change.symbols))
        if (!old.contains(s))
            change.added << s;
    std::sort(change.removed.begin(), change.removed.end());

    std::vector<bool> changed(change.plan.size(), false);
    for (size_t i = 0; i < change.plan.size(); ++i) {
        ConnectionPlan &p = change.plan[i];
        for (const QString &gone : std::as_const(change.removed)) {
            if (!p.symbols.removeAll(gone))
                continue;
            changed[i] = true;
            for (const QString &topic : TopicPlanner::topicsForSymbol(gone, settings))
                p.topics.removeAll(topic);
        }
    }
    const auto fits = [&settings](const ConnectionPlan &p, const QStringList &topics) {
        return TopicPlanner::argsChars(p.topics + topics) <= settings.maxArgsChars;
    };
    for (const QString &symbol : std::as_const(change.added)) {
        const QStringList topics = TopicPlanner::topicsForSymbol(symbol, settings);
        std::optional<size_t> target;
        // A connection that is recycled anyway, then an empty slot, then a new connection.
        for (size_t i = 0; i < change.plan.size() && !target; ++i)
            if (changed[i] && !change.plan[i].topics.isEmpty() && fits(change.plan[i], topics))
                target = i;
        for (size_t i = 0; i < change.plan.size() && !target; ++i)
            if (change.plan[i].topics.isEmpty() && (changed[i] || fits(change.plan[i], topics)))
                target = i;
        if (!target) {
            ConnectionPlan fresh;
            fresh.connId = QStringLiteral("conn_%1").arg(change.plan.size());
            change.plan.push_back(fresh);
            changed.push_back(true);
            target = change.plan.size() - 1;
        }
        change.plan[*target].symbols << symbol;
        change.plan[*target].topics << topics;
        changed[*target] = true;
    }
    for (size_t i = 0; i < changed.size(); ++i)
        if (changed[i])
            change.changed.push_back(static_cast<int>(i));
    return change;
}

PublicMarketFeed::PublicMarketFeed(MarketFeedSettings settings, RestClient &rest, health::TimeoutJournal &journal,
                                   ConnectionPacer &pacer, health::ConnectionStatusBoard &board, const Clock &clock,
                                   QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_rest(rest)
    , m_journal(journal)
    , m_pacer(pacer)
    , m_board(board)
    , m_clock(clock)
    , m_plan(TopicPlanner::plan(m_settings.symbols, m_settings.plan))
    , m_decoder(std::make_shared<const InstrumentCatalog>())
    , m_catalogRetry(m_settings.connection.backoff)
    , m_timer(this)
{
    for (size_t i = 0; i < m_plan.size(); ++i)
        m_queues.push_back(std::make_unique<MessageQueue>(static_cast<size_t>(std::max(64, m_settings.queueCapacity))));
    m_lost.resize(m_plan.size());
    m_timer.setInterval(static_cast<int>(std::max<qint64>(10, m_settings.pollIntervalMs)));
    connect(&m_timer, &QTimer::timeout, this, &PublicMarketFeed::tick);
    m_stateText = QStringLiteral("idle");
}

PublicMarketFeed::~PublicMarketFeed()
{
    stop();
}

std::vector<MessageQueue *> PublicMarketFeed::queues() const
{
    std::vector<MessageQueue *> out;
    for (const auto &q : m_queues)
        out.push_back(q.get());
    return out;
}

PublicConnection *PublicMarketFeed::connection(int index) const
{
    return index >= 0 && index < connectionCount() ? m_connections[static_cast<size_t>(index)].get() : nullptr;
}

void PublicMarketFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_timer.start();
    fetchInstruments();
}

void PublicMarketFeed::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    for (auto &c : m_connections)
        if (c)
            c->stop(QStringLiteral("shutdown"));
    tick();
}

void PublicMarketFeed::fetchInstruments()
{
    if (!m_running)
        return;
    m_fetching = true;
    if (m_connections.empty())
        m_stateText = QStringLiteral("fetching instruments");
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("category"), QStringLiteral("linear"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
    if (!m_cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), m_cursor);
    m_rest.get(QStringLiteral("/v5/market/instruments-info"), query,
               [this](const RestReply &reply) { onInstruments(reply); });
}

void PublicMarketFeed::onInstruments(const RestReply &reply)
{
    if (!m_running)
        return;
    m_fetching = false;
    QString error = reply.error;
    if (reply.ok) {
        auto parsed = parseInstrumentsPage(std::string_view(reply.body.constData(), size_t(reply.body.size())));
        if (auto *page = std::get_if<InstrumentsPage>(&parsed)) {
            for (auto &spec : page->instruments)
                m_collected.push_back(std::move(spec));
            for (const auto &skipped : page->skipped)
                VLOG(Notice, "exchange", "INSTRUMENT_SKIPPED") << QString::fromStdString(skipped);
            // Stop on an empty page too: a server repeating its cursor must not loop us forever.
            m_cursor = QString::fromStdString(page->nextPageCursor);
            if (!m_cursor.isEmpty() && !page->instruments.empty()) {
                fetchInstruments(); // m_fetching stays set
                return;
            }
            m_cursor.clear();
            auto catalog = std::make_shared<const InstrumentCatalog>(std::move(m_collected));
            m_collected.clear();
            m_catalogRetry.reset();
            QStringList missing;
            const QStringList watched = m_pendingSymbols ? normalisedSymbols(*m_pendingSymbols) : m_settings.symbols;
            for (const QString &s : watched)
                if (!catalog->find(std::string_view(s.toStdString())))
                    missing << s;
            if (!missing.isEmpty()) {
                VLOG(Warning, "exchange", "SYMBOL_UNKNOWN")
                    << "not listed as linear instruments by the exchange: " << missing.join(QLatin1String(", "));
            }
            VLOG(Info, "exchange", "INSTRUMENTS_LOADED")
                << "instrument catalog: " << qint64(catalog->size()) << " linear instruments";
            m_decoder.setCatalog(catalog);
            m_catalog = catalog;
            if (m_onCatalog)
                m_onCatalog(catalog);
            if (!m_connections.empty()) {
                applySymbolSet(); // a symbol-set change on the running connections
                return;
            }
            if (m_pendingSymbols)
                applySymbolSet(); // changed before the first connection: only the plan changes
            // History first (the engine holds stream candles and trades until it lands), then streams.
            if (m_settings.bootstrap)
                startBootstrap(m_settings.symbols);
            startConnections();
            return;
        }
        error = QString::fromStdString(std::get<InstrumentsError>(parsed).message);
    }
    m_collected.clear();
    m_cursor.clear();
    // During an IP ban's pause asking again cannot succeed: the next try is when the pause ends.
    const qint64 now = m_clock.monotonicMs();
    const qint64 delay = std::max({qint64(500), m_catalogRetry.nextDelayMs(now), m_rest.limiter().banUntilMs() - now});
    m_fetching = true; // the retry is scheduled
    m_stateText = QStringLiteral("instruments unavailable (%1); retry in %2 ms").arg(error).arg(delay);
    VLOG(Warning, "exchange", "INSTRUMENTS_FAILED")
        << "instrument catalog: " << error << "; retry in " << delay << " ms";
    QTimer::singleShot(std::chrono::milliseconds(delay), this, &PublicMarketFeed::fetchInstruments);
}

void PublicMarketFeed::startConnections()
{
    if (!m_connections.empty())
        return;
    m_connections.resize(m_plan.size());
    m_transports.resize(m_plan.size());
    for (size_t i = 0; i < m_plan.size(); ++i)
        openConnection(i);
    tick();
}

void PublicMarketFeed::openConnection(size_t index)
{
    // The connection goes before its transport: it detaches itself from the transport on destruction.
    m_connections[index].reset();
    m_transports[index].reset();
    int open = 0;
    for (const auto &c : m_connections)
        open += c ? 1 : 0;
    const ConnectionPlan &plan = m_plan[index];
    if (!plan.topics.isEmpty()) {
        PublicConnectionSettings s = m_settings.connection;
        s.connId = plan.connId;
        s.index = static_cast<int>(index);
        s.url = m_settings.wsPublicUrl;
        s.topics = plan.topics;
        s.batching = m_settings.plan;
        m_transports[index] = makeWebSocketTransport(m_settings.transport, m_clock);
        m_connections[index] =
            std::make_unique<PublicConnection>(s, *m_transports[index], m_pacer, m_journal, m_clock, this);
        ++open;
        PublicConnection &c = *m_connections[index];
        // Topics of symbols the exchange does not list would only be refused: report them now.
        for (const QString &topic : c.topics()) {
            const TopicInfo info = describeTopic(topic);
            if (m_catalog && !m_catalog->find(std::string_view(info.symbol.toStdString())))
                c.rejectTopic(topic,
                              QStringLiteral("%1 is not listed by the exchange's instruments-info").arg(info.symbol));
        }
        c.start();
    }
    m_stateText = open == 1 ? QStringLiteral("streaming on 1 connection")
                            : QStringLiteral("streaming on %1 connections").arg(open);
}

void PublicMarketFeed::updateSymbols(const QStringList &symbols)
{
    if (!m_running)
        return;
    m_pendingSymbols = symbols;
    // A fetch under way (or its retry) applies the change when it lands.
    if (!m_fetching)
        fetchInstruments();
}

void PublicMarketFeed::applySymbolSet()
{
    if (!m_pendingSymbols)
        return;
    const SymbolSetChange change = replan(m_plan, *m_pendingSymbols, m_settings.plan);
    m_pendingSymbols.reset();
    if (change.added.isEmpty() && change.removed.isEmpty()) {
        VLOG(Info, "exchange", "SYMBOLS_UNCHANGED") << "symbol set unchanged (" << change.symbols.size() << " symbols)";
        return;
    }
    for (size_t i = m_plan.size(); i < change.plan.size(); ++i) {
        m_queues.push_back(std::make_unique<MessageQueue>(static_cast<size_t>(std::max(64, m_settings.queueCapacity))));
        m_lost.emplace_back();
        if (m_onConnectionAdded)
            m_onConnectionAdded(m_queues.back().get(), change.plan[i].connId);
    }
    m_plan = change.plan;
    m_settings.symbols = change.symbols;
    const bool live = !m_connections.empty();
    QStringList recycled;
    if (live) {
        // Stop the changed connections first: every frame of a removed topic is then already queued
        // when the consumer hears of the new set.
        m_connections.resize(m_plan.size());
        m_transports.resize(m_plan.size());
        for (int i : change.changed) {
            if (auto &c = m_connections[size_t(i)])
                c->stop(QStringLiteral("symbol set changed"));
            recycled << m_plan[size_t(i)].connId;
        }
    }
    if (m_onSymbolSet)
        m_onSymbolSet(m_settings.symbols);
    if (live) {
        // History of the new symbols first (stream candles and trades are held until it lands).
        if (m_settings.bootstrap && !change.added.isEmpty())
            startBootstrap(change.added);
        for (int i : change.changed)
            openConnection(size_t(i));
        tick();
    }
    VLOG(Notice, "exchange", "SYMBOLS_CHANGED")
        << "symbol set now " << change.symbols.size() << " symbols; added: "
        << (change.added.isEmpty() ? QStringLiteral("none") : change.added.join(QLatin1String(", "))) << "; removed: "
        << (change.removed.isEmpty() ? QStringLiteral("none") : change.removed.join(QLatin1String(", ")))
        << "; connections resubscribed: "
        << (recycled.isEmpty() ? QStringLiteral("none") : recycled.join(QLatin1String(", ")))
        << " (the others are untouched)";
}

void PublicMarketFeed::startBootstrap(const QStringList &symbols)
{
    if (!m_catalog || symbols.isEmpty())
        return;
    if (m_bootstrap) {
        // One bootstrap at a time: symbols added meanwhile get theirs when it finishes.
        for (const QString &s : symbols)
            if (!m_historyWaiting.contains(s))
                m_historyWaiting << s;
        return;
    }
    if (m_history.begin)
        m_history.begin(symbols, m_settings.history.klineMinutes);
    m_bootstrap = new MarketBootstrap(
        m_rest, m_journal, m_clock, symbols, m_catalog, m_settings.history,
        [this](HistoryPiece piece) {
            if (m_history.piece)
                m_history.piece(std::move(piece));
        },
        [this](const BootstrapProgress &progress) {
            m_historyText = progress.describe();
            if (!progress.finished)
                return;
            if (m_history.end)
                m_history.end();
            m_bootstrap->deleteLater();
            m_bootstrap = nullptr;
            QStringList waiting;
            for (const QString &s : std::exchange(m_historyWaiting, {}))
                if (m_settings.symbols.contains(s))
                    waiting << s;
            if (m_running && !waiting.isEmpty())
                startBootstrap(waiting);
        },
        this);
    m_bootstrap->start();
}

bool PublicMarketFeed::deliverFrame(int connIndex, std::string_view topic, const QByteArray &frame, qint64 receivedNs)
{
    MessageQueue &queue = *m_queues[static_cast<size_t>(connIndex)];
    // Loss notes go first, in the place of the frames they stand for; while one still waits for
    // room, this frame cannot go either.
    PublicMessage *slot = flushLossNotes(connIndex, queue, receivedNs) ? queue.tryBeginPush() : nullptr;
    if (!slot) {
        ++m_dropped;
        const qint64 now = m_clock.monotonicMs();
        if (m_lastOverflowLogMs < 0 || now - m_lastOverflowLogMs >= 1000) {
            m_lastOverflowLogMs = now;
            VLOG(Warning, "exchange", "HANDOVER_OVERFLOW").conn(m_plan[static_cast<size_t>(connIndex)].connId)
                << "hand-over queue of " << qint64(queue.capacity()) << " messages is full; " << qint64(m_dropped)
                << " frames dropped so far; their books are resynced";
        }
        // Books and tickers are state built from deltas: a lost one needs a fresh snapshot, and the
        // engine must know where the gap is. Trades, candles and liquidations are superseded by the
        // next message.
        if (!(topic.starts_with("orderbook.") || topic.starts_with("tickers.")))
            return true;
        noteLoss(connIndex, topic, receivedNs);
        return false;
    }
    const std::string_view bytes(frame.constData(), static_cast<size_t>(frame.size()));
    const auto transport = static_cast<size_t>(connIndex);
    if (transport < m_transports.size() && m_transports[transport] && m_transports[transport]->padsTextMessages())
        m_decoder.decodePadded(bytes, receivedNs, *slot);
    else
        m_decoder.decode(bytes, receivedNs, *slot);
    slot->connectionIndex = connIndex;
    queue.commitPush();
    // One wake-up per socket read (endOfRead), not per message: a wake-up costs the two threads
    // several microseconds, as much as a message.
    if (++m_unannounced >= kWakeAfterMessages)
        wakeEngine(&queue);
    return true;
}

bool PublicMarketFeed::canTakeFrame(int connIndex)
{
    const auto i = static_cast<size_t>(connIndex);
    return m_queues[i]->hasRoom(m_lost[i].size() + 1);
}

void PublicMarketFeed::endOfRead(int connIndex)
{
    if (m_unannounced > 0)
        wakeEngine(m_queues[static_cast<size_t>(connIndex)].get());
}

void PublicMarketFeed::wakeEngine(const MessageQueue *queue)
{
    m_unannounced = 0;
    if (!m_wake)
        return;
    // While a wake-up is pending the engine will see these messages anyway. The exchange orders
    // the pushes before the look at the flag (a full barrier): an engine that cleared the flag
    // before this look gets a wake-up, one that clears it after sees the messages.
    if (!m_wakePending.exchange(true, std::memory_order_seq_cst)) {
        m_wake();
        return;
    }
    // The engine holds its wake-up for its drain window: a backlog wakes it anyway, once.
    if (queue && queue->sizeApprox() >= queue->capacity() / kUrgentFraction &&
        !m_urgentPending.exchange(true, std::memory_order_acq_rel))
        m_wake();
}

void PublicMarketFeed::noteLoss(int connIndex, std::string_view topic, qint64 receivedNs)
{
    const auto key = TopicKey::parse(topic);
    if (!key)
        return;
    auto &lost = m_lost[static_cast<size_t>(connIndex)];
    for (HandoverLoss &note : lost) {
        if (note.topic == *key) {
            ++note.lostFrames;
            return;
        }
    }
    // One note per topic of this connection at most: bounded however long the queue stays full.
    lost.push_back({*key, receivedNs / 1'000'000, 1});
}

bool PublicMarketFeed::flushLossNotes(int connIndex, MessageQueue &queue, qint64 nowNs)
{
    auto &lost = m_lost[static_cast<size_t>(connIndex)];
    size_t sent = 0;
    for (; sent < lost.size(); ++sent) {
        PublicMessage *slot = queue.tryBeginPush();
        if (!slot)
            break;
        slot->body = lost[sent];
        slot->receivedNs = nowNs;
        slot->connectionIndex = connIndex;
        queue.commitPush();
    }
    lost.erase(lost.begin(), lost.begin() + static_cast<std::ptrdiff_t>(sent));
    if (sent)
        ++m_unannounced; // announced with the frame that follows, or at the end of the read
    return lost.empty();
}

void PublicMarketFeed::requestResync(int connIndex, const QString &topic, const QString &reason)
{
    if (PublicConnection *c = connection(connIndex))
        c->resyncTopic(topic, reason);
}

void PublicMarketFeed::reconnectAll(const QString &reason)
{
    for (auto &c : m_connections)
        if (c)
            c->reconnect(reason);
}

void PublicMarketFeed::tick()
{
    std::vector<health::ConnectionStatus> statuses;
    statuses.reserve(m_connections.size());
    bool anyLive = false;
    bool failing = false;
    for (size_t i = 0; i < m_lost.size(); ++i)
        if (!m_lost[i].empty())
            flushLossNotes(static_cast<int>(i), *m_queues[i], m_clock.monotonicNs());
    if (m_unannounced > 0)
        wakeEngine(nullptr);
    for (auto &c : m_connections) {
        if (!c)
            continue;
        if (m_running)
            c->poll();
        statuses.push_back(c->status());
        failing = failing || statuses.back().backoffAttempt >= 3;
        anyLive =
            anyLive || c->state() == health::ConnectionState::Live || c->state() == health::ConnectionState::Stale;
    }
    const bool anyConnection = !statuses.empty();
    m_board.update(std::move(statuses));
    m_board.setFeedState(m_historyText.isEmpty() ? m_stateText : m_stateText + QStringLiteral("; ") + m_historyText);

    // After a long outage the streams cannot fill the gap: fetch history again once back.
    if (!m_running || !anyConnection)
        return;
    const qint64 now = m_clock.monotonicMs();
    if (failing && m_onRepeatedFailures && (m_lastFailureReportMs < 0 || now - m_lastFailureReportMs >= 60'000)) {
        m_lastFailureReportMs = now;
        m_onRepeatedFailures();
    }
    if (!anyLive && m_outageSinceMs < 0) {
        m_outageSinceMs = now;
    } else if (anyLive && m_outageSinceMs >= 0) {
        const qint64 outage = now - m_outageSinceMs;
        m_outageSinceMs = -1;
        if (m_settings.bootstrap && outage > m_settings.bootstrapAfterOutageMs) {
            VLOG(Notice, "exchange", "BOOTSTRAP_AGAIN")
                << "streams were down for " << outage / 1000 << " s; fetching history again";
            startBootstrap(m_settings.symbols);
        }
    }
}

} // namespace virtuoso::exchange
