#include "exchange/PublicMarketFeed.h"

#include "exchange/ConnectionPacer.h"
#include "health/ConnectionStatus.h"
#include "health/TimeoutJournal.h"
#include "logging/Log.h"
#include "runtime/Clock.h"

namespace virtuoso::exchange {

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
        c->stop(QStringLiteral("shutdown"));
    tick();
}

void PublicMarketFeed::fetchInstruments()
{
    if (!m_running)
        return;
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
                fetchInstruments();
                return;
            }
            m_cursor.clear();
            auto catalog = std::make_shared<const InstrumentCatalog>(std::move(m_collected));
            m_collected.clear();
            m_catalogRetry.reset();
            QStringList missing;
            for (const QString &s : m_settings.symbols)
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
            // History first (the engine holds stream candles and trades until it lands), then streams.
            if (m_settings.bootstrap)
                startBootstrap();
            startConnections();
            return;
        }
        error = QString::fromStdString(std::get<InstrumentsError>(parsed).message);
    }
    m_collected.clear();
    m_cursor.clear();
    const qint64 delay = std::max<qint64>(500, m_catalogRetry.nextDelayMs(m_clock.monotonicMs()));
    m_stateText = QStringLiteral("instruments unavailable (%1); retry in %2 ms").arg(error).arg(delay);
    VLOG(Warning, "exchange", "INSTRUMENTS_FAILED")
        << "instrument catalog: " << error << "; retry in " << delay << " ms";
    QTimer::singleShot(std::chrono::milliseconds(delay), this, &PublicMarketFeed::fetchInstruments);
}

void PublicMarketFeed::startConnections()
{
    if (!m_connections.empty())
        return;
    for (size_t i = 0; i < m_plan.size(); ++i) {
        PublicConnectionSettings s = m_settings.connection;
        s.connId = m_plan[i].connId;
        s.index = static_cast<int>(i);
        s.url = m_settings.wsPublicUrl;
        s.topics = m_plan[i].topics;
        s.batching = m_settings.plan;
        auto transport = std::make_unique<QtWebSocketTransport>(m_clock);
        auto connection = std::make_unique<PublicConnection>(s, *transport, m_pacer, m_journal, m_clock, this);
        m_transports.push_back(std::move(transport));
        m_connections.push_back(std::move(connection));
    }
    m_stateText = QStringLiteral("streaming on %1 connections").arg(m_connections.size());
    for (auto &c : m_connections) {
        // Topics of symbols the exchange does not list would only be refused: report them now.
        for (const QString &topic : c->topics()) {
            const TopicInfo info = describeTopic(topic);
            if (m_catalog && !m_catalog->find(std::string_view(info.symbol.toStdString())))
                c->rejectTopic(topic,
                               QStringLiteral("%1 is not listed by the exchange's instruments-info").arg(info.symbol));
        }
        c->start();
    }
    tick();
}

void PublicMarketFeed::startBootstrap()
{
    if (m_bootstrap || !m_catalog)
        return;
    if (m_history.begin)
        m_history.begin(m_settings.symbols, m_settings.history.klineMinutes);
    m_bootstrap = new MarketBootstrap(
        m_rest, m_journal, m_clock, m_settings.symbols, m_catalog, m_settings.history,
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
        },
        this);
    m_bootstrap->start();
}

bool PublicMarketFeed::deliverFrame(int connIndex, std::string_view topic, const QByteArray &frame, qint64 receivedNs)
{
    MessageQueue &queue = *m_queues[static_cast<size_t>(connIndex)];
    PublicMessage *slot = queue.tryBeginPush();
    if (!slot) {
        ++m_dropped;
        // Books and tickers are state built from deltas: a lost one needs a fresh snapshot.
        // Trades, candles and liquidations are superseded by the next message.
        return !(topic.starts_with("orderbook.") || topic.starts_with("tickers."));
    }
    m_decoder.decode(std::string_view(frame.constData(), static_cast<size_t>(frame.size())), receivedNs, *slot);
    slot->connectionIndex = connIndex;
    queue.commitPush();
    if (m_wake && !m_wakePending.exchange(true, std::memory_order_acq_rel))
        m_wake();
    return true;
}

void PublicMarketFeed::requestResync(int connIndex, const QString &topic, const QString &reason)
{
    if (PublicConnection *c = connection(connIndex))
        c->resyncTopic(topic, reason);
}

void PublicMarketFeed::reconnectAll(const QString &reason)
{
    for (auto &c : m_connections)
        c->reconnect(reason);
}

void PublicMarketFeed::tick()
{
    std::vector<health::ConnectionStatus> statuses;
    statuses.reserve(m_connections.size());
    bool anyLive = false;
    bool failing = false;
    for (auto &c : m_connections) {
        if (m_running)
            c->poll();
        statuses.push_back(c->status());
        failing = failing || statuses.back().backoffAttempt >= 3;
        anyLive =
            anyLive || c->state() == health::ConnectionState::Live || c->state() == health::ConnectionState::Stale;
    }
    m_board.update(std::move(statuses));
    m_board.setFeedState(m_historyText.isEmpty() ? m_stateText : m_stateText + QStringLiteral("; ") + m_historyText);

    // After a long outage the streams cannot fill the gap: fetch history again once back.
    if (!m_running || m_connections.empty())
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
            startBootstrap();
        }
    }
}

} // namespace virtuoso::exchange
