#include "connector/FeedApplier.h"

#include "base/Clock.h"
#include "base/QueuedCall.h"
#include "base/logging/Log.h"
#include "model/health/TimeoutJournal.h"

#include <QMetaObject>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace virtuoso::exchange {

namespace {
// Messages applied per queue before the event loop gets a turn (timers, snapshot publishing).
constexpr std::size_t kBatch = 2048;
// The recent latency window is two slices of this length: it reaches 30–60 s back.
constexpr qint64 kRecentSliceMs = 30'000;

bool sameBook(const PublicMessage &a, const PublicMessage &b)
{
    const auto *x = a.as<OrderBookMessage>();
    const auto *y = b.as<OrderBookMessage>();
    return x && y && x->topic.param == y->topic.param && x->topic.symbol == y->topic.symbol;
}

QString text(const std::optional<Decimal> &value)
{
    return value ? QString::fromStdString(value->toString()) : QString();
}
} // namespace

FeedApplier::FeedApplier(std::vector<MessageQueue *> queues, QStringList connIds, health::TimeoutJournal &journal,
                         const Clock &clock, qint64 handlerBudgetMs, market::MarketLimits limits, QObject *parent)
    : QObject(parent)
    , m_queues(std::move(queues))
    , m_connIds(std::move(connIds))
    , m_journal(journal)
    , m_clock(clock)
    , m_budgetNs(handlerBudgetMs * 1'000'000)
    , m_market(std::move(limits))
    , m_histograms(m_queues.size())
    , m_recent(m_queues.size())
    , m_backlog(m_queues.size())
    , m_slow(m_queues.size())
{
    for (size_t i = 0; i < m_queues.size(); ++i)
        m_backlog[i].wantsConfluence.resize(m_queues[i]->capacity());
}

void FeedApplier::applyArrived()
{
    for (size_t q = 0; q < m_queues.size(); ++q) {
        MessageQueue &queue = *m_queues[q];
        Backlog &b = m_backlog[q];
        const size_t readable = queue.readable();
        const size_t mask = b.wantsConfluence.size() - 1;
        for (; b.applied < readable; ++b.applied)
            b.wantsConfluence[(b.fedSeq + b.applied) & mask] = applyToMarket(queue.peek(b.applied));
    }
}

bool FeedApplier::feedBacklog(std::size_t maxMessages)
{
    bool more = false;
    for (size_t q = 0; q < m_queues.size(); ++q) {
        MessageQueue &queue = *m_queues[q];
        Backlog &b = m_backlog[q];
        const size_t mask = b.wantsConfluence.size() - 1;
        for (size_t fed = 0; b.applied > 0 && fed < maxMessages; ++fed) {
            // The confluence engine reads the book as the market state holds it, which already has
            // the next delta applied: a book input followed at once by one of the same book would
            // hand it the same levels twice.
            const bool superseded =
                b.applied > 1 && b.wantsConfluence[(b.fedSeq + 1) & mask] && sameBook(queue.peek(0), queue.peek(1));
            if (b.wantsConfluence[b.fedSeq & mask] && !superseded)
                feedConfluence(queue.peek(0));
            queue.popFront(1);
            ++b.fedSeq;
            --b.applied;
            applyArrived();
        }
        more = more || b.applied > 0 || queue.readable() > 0;
    }
    return more;
}

void FeedApplier::drain()
{
    drainQueues(false);
}

void FeedApplier::setDrainWindow(qint64 windowNs, std::unique_ptr<WakeTimer> timer)
{
    m_windowNs = timer ? std::max<qint64>(0, windowNs) : 0;
    m_windowTimer = std::move(timer);
    if (m_windowTimer)
        m_windowTimer->setHandler([this] { onWindowEnd(); });
    m_windowOpen = false;
}

bool FeedApplier::anyReadable() const
{
    return std::any_of(m_queues.begin(), m_queues.end(), [](const MessageQueue *q) { return !q->emptyApprox(); });
}

void FeedApplier::onWindowEnd()
{
    m_windowOpen = false;
    drainQueues(true);
}

void FeedApplier::drainQueues(bool windowEnded)
{
    m_drainPosted = false;
    const qint64 now = m_clock.monotonicNs();
    // Hold the wake-up while the stream keeps coming: within the window of the last drain, or at
    // the window's end when something came meanwhile.
    bool hold =
        m_windowNs > 0 &&
        (m_windowOpen || (windowEnded ? anyReadable() : m_lastDrainNs >= 0 && now - m_lastDrainNs < m_windowNs));
    if (m_ackWake)
        m_ackWake(!hold);
    // The window ended on a quiet queue: the wake-up is re-armed. A push between the look above and
    // the acknowledgement posted nothing, so look once more.
    if (windowEnded && !hold && !anyReadable())
        return;
    ++m_drains;
    m_lastDrainNs = now;
    applyArrived();
    const bool more = feedBacklog(kBatch);
    if (m_tap)
        maybeFlushTap(now);
    for (MarketObserver *observer : m_observers)
        observer->afterDrain();
    if (hold && !m_windowOpen) {
        m_windowOpen = true;
        m_windowTimer->arm(m_windowNs);
    }
    if (more && !m_drainPosted) {
        m_drainPosted = true;
        postQueued(this, [this] { drain(); });
    }
}

void FeedApplier::addConnection(MessageQueue *queue, const QString &connId)
{
    m_queues.push_back(queue);
    m_connIds << connId;
    m_histograms.emplace_back();
    m_recent.emplace_back();
    m_backlog.emplace_back().wantsConfluence.resize(queue->capacity());
    if (m_metrics)
        m_latencyMetrics.push_back(&m_metrics->histogram(health::metric::HandlerLatencySeconds, {{"conn", connId}}));
    m_slow.emplace_back();
    drain(); // anything pushed before we knew the queue
}

void FeedApplier::setWatchedSymbols(const QStringList &symbols)
{
    do
        applyArrived();
    while (feedBacklog(std::numeric_limits<std::size_t>::max()));
    m_watched = QSet<QString>(symbols.begin(), symbols.end());
    QStringList dropped;
    for (const Symbol &symbol : m_market.symbols()) {
        if (watched(symbol))
            continue;
        dropped << symbol.toQString();
        m_market.remove(symbol);
        m_symbolNames.erase(symbol);
    }
    std::erase_if(m_holds, [this](const auto &entry) {
        return !m_watched->contains(entry.first.section(QLatin1Char('|'), 0, 0));
    });
    if (m_confluence)
        for (const QString &name : m_confluence->symbols())
            if (!m_watched->contains(name))
                m_confluence->remove(name);
    if (!dropped.isEmpty()) {
        VLOG(Info, "exchange", "SYMBOLS_DROPPED") << "market state dropped for " << dropped.join(QLatin1String(", "));
    }
}

bool FeedApplier::watched(const Symbol &symbol) const
{
    return !m_watched || m_watched->contains(symbol.toQString());
}

QString FeedApplier::holdKey(const Symbol &symbol, TopicKind kind, int interval)
{
    return QStringLiteral("%1|%2|%3").arg(symbol.toQString()).arg(int(kind)).arg(interval);
}

bool FeedApplier::holdBack(const PublicMessage &message)
{
    // Bounded: the newest messages win, older candle updates are superseded anyway.
    constexpr size_t kMaxHeld = 256;
    if (const auto *k = message.as<KlineMessage>()) {
        auto it = m_holds.find(holdKey(k->topic.symbol, TopicKind::Kline, k->topic.param));
        if (it == m_holds.end())
            return false;
        it->second.klines.push_back(*k);
        if (it->second.klines.size() > kMaxHeld)
            it->second.klines.pop_front();
        return true;
    }
    if (const auto *t = message.as<TradeMessage>()) {
        auto it = m_holds.find(holdKey(t->topic.symbol, TopicKind::PublicTrade, 0));
        if (it == m_holds.end())
            return false;
        it->second.trades.push_back(*t);
        if (it->second.trades.size() > kMaxHeld)
            it->second.trades.pop_front();
        return true;
    }
    return false;
}

void FeedApplier::release(const QString &key)
{
    auto it = m_holds.find(key);
    if (it == m_holds.end())
        return;
    Held held = std::move(it->second);
    m_holds.erase(it);
    for (const KlineMessage &k : held.klines) {
        if (!m_market.apply(k).needsResync()) {
            PublicMessage message;
            message.body = k;
            observe(message); // held back from the observers too: they see it now, before the engine
            feedConfluence(message);
        }
    }
    for (const TradeMessage &t : held.trades) {
        // Trades the history already holds are not counted twice.
        const market::SymbolMarket *m = m_market.find(t.topic.symbol);
        const qint64 newest = m && !m->trades().empty() ? m->trades().back().timeMs : 0;
        TradeMessage fresh = t;
        std::erase_if(fresh.trades, [&](const Trade &x) { return x.timeMs < newest; });
        const bool resync = m_market.apply(fresh).needsResync();
        if (!resync) {
            PublicMessage message;
            message.body = std::move(fresh);
            observe(message);
            feedConfluence(message);
        }
    }
}

void FeedApplier::beginHistory(const QStringList &symbols, const QList<int> &klineMinutes)
{
    for (const QString &name : symbols) {
        const auto symbol = Symbol::from(name);
        if (!symbol)
            continue;
        for (int minutes : klineMinutes)
            m_holds.try_emplace(holdKey(*symbol, TopicKind::Kline, minutes));
        m_holds.try_emplace(holdKey(*symbol, TopicKind::PublicTrade, 0));
    }
}

void FeedApplier::applyHistory(const HistoryPiece &piece)
{
    using Kind = HistoryPiece::Kind;
    if (!watched(piece.symbol))
        return; // the symbol left the watched set while its history was on the way
    feedConfluenceHistory(piece);
    switch (piece.kind) {
    case Kind::Klines:
        if (!piece.failed)
            m_market.apply(piece.klines);
        release(holdKey(piece.symbol, TopicKind::Kline, piece.intervalMinutes));
        return;
    case Kind::Trades:
        if (!piece.failed)
            m_market.apply(piece.trades);
        release(holdKey(piece.symbol, TopicKind::PublicTrade, 0));
        return;
    case Kind::OpenInterest:
    case Kind::Funding:
    case Kind::LongShortRatio:
        return; // the confluence engine took them above; nothing else reads them
    }
}

void FeedApplier::endHistory()
{
    while (!m_holds.empty())
        release(m_holds.begin()->first);
    // Start-up work is over: the recent latency window starts again from here.
    for (RecentLatency &r : m_recent) {
        r.current.reset();
        r.previous.reset();
        r.sliceStartMs = -1;
        r.windowStartMs = -1;
    }
}

bool FeedApplier::applyToMarket(PublicMessage &message)
{
    const int conn = message.connectionIndex;
    const bool known = conn >= 0 && conn < static_cast<int>(m_histograms.size());
    if (const HandoverLoss *loss = message.as<HandoverLoss>()) {
        // Not a frame: the book waits for the snapshot of the resync asked for at the loss.
        if (watched(loss->topic.symbol))
            m_market.apply(message);
        return false;
    }
    // Held-back candles and trades count as handled: they sit in memory until their history lands.
    const bool held = !m_holds.empty() && holdBack(message);
    const market::MarketOutcome outcome = held ? market::MarketOutcome{} : m_market.apply(message);
    ++m_applied;
    if (const DecodeError *error = message.as<DecodeError>())
        reportDecodeError(conn, *error);
    if (known) {
        // Handler latency is the market state's: the confluence inputs that follow are not part of it.
        const qint64 nowNs = m_clock.monotonicNs();
        const qint64 latencyNs = nowNs - message.receivedNs;
        recordLatency(conn, latencyNs, nowNs / 1'000'000);
        if (const std::optional<TopicKey> topic = message.topic()) {
            // Most messages repeat the topic before them: one hash lookup per change of topic.
            if (!m_lastTopicLatency || !(m_lastTopic == *topic)) {
                m_lastTopicLatency = &m_topicLatency[*topic];
                m_lastTopic = *topic;
            }
            m_lastTopicLatency->record(latencyNs);
        }
        if (size_t(conn) < m_latencyMetrics.size())
            m_latencyMetrics[size_t(conn)]->observe(static_cast<double>(latencyNs) / 1e9);
        if (latencyNs > m_budgetNs)
            reportSlow(conn, latencyNs, outcome.topic);
    }
    if (known && outcome.needsResync() && outcome.topic && m_resync)
        m_resync(conn, outcome.topic->toQString(), QString::fromLatin1(outcome.reason));
    if (m_tap && !held && !outcome.needsResync())
        tapMessage(message);
    if (!m_observers.empty() && !held && !outcome.needsResync())
        observe(message);
    return !held && !outcome.needsResync() && m_confluenceFeed;
}

void FeedApplier::recordLatency(int conn, qint64 latencyNs, qint64 now)
{
    m_histograms[size_t(conn)].record(latencyNs);
    RecentLatency &r = m_recent[size_t(conn)];
    if (r.sliceStartMs < 0) {
        r.sliceStartMs = now;
        r.windowStartMs = now;
    } else if (now - r.sliceStartMs >= kRecentSliceMs) {
        std::swap(r.previous, r.current);
        r.current.reset();
        r.windowStartMs = r.sliceStartMs;
        r.sliceStartMs = now;
    }
    r.current.record(latencyNs);
}

void FeedApplier::attachConfluence(const confluence::ConfluenceSettings &settings)
{
    if (m_confluence)
        return;
    m_confluence = std::make_unique<confluence::ConfluenceEngine>(m_clock, settings);
    m_confluenceFeed = std::make_unique<confluence::MarketFeedAdapter>(*m_confluence);
    m_confluence->setSignalSink([this](const confluence::ConfluenceSignal &signal) {
        for (MarketObserver *observer : m_observers)
            observer->onSignal(signal);
    });
    auto *timer = new QTimer(this);
    timer->setInterval(100);
    // Evaluations the live rate limit held back; messages that arrive meanwhile are applied first.
    connect(timer, &QTimer::timeout, this, [this] { m_confluence->flushDue([this] { applyArrived(); }); });
    timer->start();
}

std::vector<std::shared_ptr<const confluence::ConfluenceSignal>> FeedApplier::confluenceSignals()
{
    std::vector<std::shared_ptr<const confluence::ConfluenceSignal>> out;
    if (!m_confluence)
        return out;
    QStringList names = m_confluence->symbols();
    names.sort();
    for (const QString &name : names) {
        applyArrived();
        // The engine's own signal, shared: an evaluation while a snapshot holds it writes a new one.
        if (auto latest = m_confluence->publishedLatest(name))
            out.push_back(std::move(latest));
    }
    return out;
}

const QString &FeedApplier::confluenceName(const Symbol &symbol)
{
    auto it = m_symbolNames.find(symbol);
    if (it == m_symbolNames.end())
        it = m_symbolNames.emplace(symbol, symbol.toQString()).first;
    return it->second;
}

void FeedApplier::feedConfluence(const PublicMessage &message)
{
    if (!m_confluenceFeed)
        return;
    const auto grids = [this](const Symbol &symbol) { return m_catalog ? m_catalog->find(symbol) : nullptr; };
    if (const auto *k = message.as<KlineMessage>()) {
        if (const InstrumentSpec *spec = grids(k->topic.symbol))
            m_confluenceFeed->onKlines(confluenceName(k->topic.symbol), *k, spec->price, spec->quantity);
    } else if (const auto *t = message.as<TradeMessage>()) {
        if (const InstrumentSpec *spec = grids(t->topic.symbol))
            m_confluenceFeed->onTrades(confluenceName(t->topic.symbol), *t, spec->price, spec->quantity);
    } else if (const auto *ticker = message.as<TickerMessage>()) {
        m_confluenceFeed->onTicker(confluenceName(ticker->topic.symbol), *ticker);
    } else if (const auto *l = message.as<LiquidationMessage>()) {
        m_confluenceFeed->onLiquidations(confluenceName(l->topic.symbol), *l);
    } else if (const auto *b = message.as<OrderBookMessage>()) {
        const InstrumentSpec *spec = grids(b->topic.symbol);
        const market::SymbolMarket *m = m_market.find(b->topic.symbol);
        const market::OrderBook *book = m ? m->book(b->topic.param) : nullptr;
        if (spec && book)
            m_confluenceFeed->onBook(confluenceName(b->topic.symbol), *book, b->tsMs, spec->price, spec->quantity);
    }
}

void FeedApplier::feedConfluenceHistory(const HistoryPiece &piece)
{
    if (!m_confluence || piece.failed)
        return;
    using Kind = HistoryPiece::Kind;
    const QString symbol = piece.symbol.toQString();
    switch (piece.kind) {
    case Kind::Klines:
        // The adapter keeps the closed 1m candles (oldest first) and ignores the other intervals.
        // A page of 1,440 takes milliseconds: what the stream delivers meanwhile is applied to the
        // market state every 64 candles (this symbol's candles and trades stay held until the page).
        if (const InstrumentSpec *spec = m_catalog ? m_catalog->find(piece.symbol) : nullptr) {
            for (MarketObserver *observer : m_observers)
                observer->onCandles(piece.klines, *spec);
            m_confluenceFeed->onKlines(symbol, piece.klines, spec->price, spec->quantity, [this] { applyArrived(); });
        }
        return;
    case Kind::Trades:
        return; // the stream's trades follow; the orderflow windows fill from them
    case Kind::OpenInterest:
        for (const SeriesPoint &p : piece.series)
            m_confluence->onOpenInterest(symbol, p.value.toDouble(), p.timeMs);
        return;
    case Kind::Funding:
        for (const SeriesPoint &p : piece.series)
            m_confluence->onFunding(symbol, p.value.toDouble(), p.timeMs);
        return;
    case Kind::LongShortRatio:
        for (const SeriesPoint &p : piece.series)
            if (p.value2.toDouble() > 0)
                m_confluence->onLongShortRatio(symbol, p.value.toDouble() / p.value2.toDouble(), p.timeMs);
        return;
    }
}

void FeedApplier::reportSlow(int conn, qint64 latencyNs, const std::optional<TopicKey> &topic)
{
    // One journal entry per connection per second at most, carrying the count and the worst case.
    SlowWindow &w = m_slow[size_t(conn)];
    const qint64 now = m_clock.monotonicMs();
    ++w.count;
    w.worstNs = std::max(w.worstNs, latencyNs);
    if (w.windowStartMs >= 0 && now - w.windowStartMs < 1000)
        return;
    const QString topicName = topic ? topic->toQString() : QString();
    const QString symbol = topic ? topic->symbol.toQString() : QString();
    m_journal.record(health::TimeoutKind::HandlerSlow, m_connIds.value(conn), topicName, symbol, w.worstNs / 1'000'000,
                     QStringLiteral("%1 message(s) took longer than %2 ms from socket to market state")
                         .arg(w.count)
                         .arg(m_budgetNs / 1'000'000));
    w.windowStartMs = now;
    w.count = 0;
    w.worstNs = 0;
}

void FeedApplier::reportDecodeError(int conn, const DecodeError &error)
{
    // One line per second at most: a broken feed must be visible without flooding the journal.
    ++m_decodeErrors;
    const qint64 now = m_clock.monotonicMs();
    if (m_lastDecodeLogMs >= 0 && now - m_lastDecodeLogMs < 1000)
        return;
    m_lastDecodeLogMs = now;
    VLOG(Warning, "exchange", "DECODE_ERROR").conn(m_connIds.value(conn))
        << decodeErrorKindName(error.kind) << ": " << QString::fromStdString(error.detail) << " ("
        << qint64(m_decodeErrors) << " undecodable messages so far)";
}

health::HandlerLatency FeedApplier::latency(int conn) const
{
    health::HandlerLatency l;
    if (conn < 0 || conn >= static_cast<int>(m_histograms.size()))
        return l;
    const auto &h = m_histograms[size_t(conn)];
    l.p50Us = h.p50() / 1000;
    l.p99Us = h.p99() / 1000;
    l.maxUs = h.max() / 1000;
    l.count = h.count();
    const RecentLatency &r = m_recent[size_t(conn)];
    health::LatencyHistogram recent = r.previous;
    recent.merge(r.current);
    l.recentP50Us = recent.p50() / 1000;
    l.recentP99Us = recent.p99() / 1000;
    l.recentMaxUs = recent.max() / 1000;
    l.recentCount = recent.count();
    l.recentSpanMs = r.windowStartMs < 0 ? 0 : m_clock.monotonicMs() - r.windowStartMs;
    return l;
}

std::vector<std::pair<QString, size_t>> FeedApplier::queueDepths() const
{
    std::vector<std::pair<QString, size_t>> out;
    for (size_t i = 0; i < m_queues.size(); ++i)
        out.emplace_back(m_connIds.value(static_cast<qsizetype>(i)), m_queues[i]->sizeApprox());
    return out;
}

void FeedApplier::setMetrics(health::MetricsRegistry *metrics)
{
    m_metrics = metrics;
    m_latencyMetrics.clear();
    if (!metrics)
        return;
    for (int i = 0; i < static_cast<int>(m_histograms.size()); ++i)
        m_latencyMetrics.push_back(
            &metrics->histogram(health::metric::HandlerLatencySeconds, {{"conn", m_connIds.value(i)}}));
}

void FeedApplier::addLatency(std::vector<health::ConnectionStatus> &statuses)
{
    for (auto &s : statuses) {
        const int index = static_cast<int>(m_connIds.indexOf(s.connId));
        if (index >= 0)
            s.latency = latency(index);
        for (health::TopicStatus &t : s.topics) {
            // Hundreds of topics per snapshot: messages arriving meanwhile go first.
            applyArrived();
            const QByteArray name = t.topic.toLatin1();
            const std::optional<TopicKey> key =
                TopicKey::parse(std::string_view(name.constData(), size_t(name.size())));
            if (!key)
                continue;
            const auto it = m_topicLatency.find(*key);
            if (it != m_topicLatency.end())
                t.latency = it->second.summary();
        }
    }
}

std::vector<MarketSummary> FeedApplier::summaries()
{
    std::vector<MarketSummary> out;
    std::vector<Symbol> symbols = m_market.symbols();
    std::sort(symbols.begin(), symbols.end());
    out.reserve(symbols.size());
    for (const Symbol &symbol : symbols) {
        // Formatting hundreds of summaries takes a while: messages arriving meanwhile go first.
        applyArrived();
        const market::SymbolMarket *m = m_market.find(symbol);
        if (!m)
            continue;
        MarketSummary s;
        s.symbol = symbol.toQString();
        const InstrumentSpec *spec = m_catalog ? m_catalog->find(symbol) : nullptr;
        if (const market::OrderBook *book = m->deepestBook()) {
            s.bookValid = book->valid();
            s.bookDepth = book->depth();
            s.bookUpdateId = book->updateId();
            s.bookSeq = book->seq();
            s.bookTsMs = book->updateTsMs();
            if (spec) {
                if (auto bid = book->bestBid()) {
                    s.bestBid = QString::fromStdString(spec->price.format(bid->price));
                    s.bestBidSize = QString::fromStdString(spec->quantity.format(bid->size));
                    s.bestBidPrice = spec->price.toDouble(bid->price);
                }
                if (auto ask = book->bestAsk()) {
                    s.bestAsk = QString::fromStdString(spec->price.format(ask->price));
                    s.bestAskSize = QString::fromStdString(spec->quantity.format(ask->size));
                    s.bestAskPrice = spec->price.toDouble(ask->price);
                }
            }
        }
        const TickerMessage &t = m->ticker();
        s.lastPrice = text(t.get(TickerField::LastPrice));
        s.markPrice = text(t.get(TickerField::MarkPrice));
        s.indexPrice = text(t.get(TickerField::IndexPrice));
        s.highPrice24h = text(t.get(TickerField::HighPrice24h));
        s.lowPrice24h = text(t.get(TickerField::LowPrice24h));
        s.price24hPcnt = text(t.get(TickerField::Price24hPcnt));
        s.volume24h = text(t.get(TickerField::Volume24h));
        s.turnover24h = text(t.get(TickerField::Turnover24h));
        s.fundingRate = text(t.get(TickerField::FundingRate));
        s.openInterest = text(t.get(TickerField::OpenInterest));
        s.openInterestValue = text(t.get(TickerField::OpenInterestValue));
        if (auto next = t.get(TickerField::NextFundingTime); next && next->scale == 0)
            s.nextFundingTimeMs = next->units;
        if (spec)
            s.priceDecimals = spec->price.decimals();
        if (auto last = t.get(TickerField::LastPrice))
            s.lastPriceValue = last->toDouble();
        if (auto pct = t.get(TickerField::Price24hPcnt))
            s.change24hPercent = pct->toDouble() * 100.0;
        s.tickerTsMs = t.tsMs;
        const auto &c = m->counters();
        s.trades = c.trades;
        s.bookResyncs = c.bookGaps + c.bookCrossed;
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<OrderBookView> FeedApplier::orderBook(const QString &symbolName, int depth) const
{
    const auto symbol = Symbol::from(symbolName.toUpper());
    if (!symbol)
        return std::nullopt;
    const market::SymbolMarket *m = m_market.find(*symbol);
    const InstrumentSpec *spec = m_catalog ? m_catalog->find(*symbol) : nullptr;
    const market::OrderBook *book = m ? m->deepestBook() : nullptr;
    if (!book || !spec)
        return std::nullopt;
    OrderBookView view;
    view.symbol = symbol->toQString();
    view.depth = book->depth();
    view.valid = book->valid();
    view.updateId = book->updateId();
    view.seq = book->seq();
    view.tsMs = book->updateTsMs();
    std::vector<BookLevel> bids, asks;
    book->topLevels(static_cast<size_t>(std::max(1, depth)), bids, asks);
    for (const auto &l : bids)
        view.bids.emplace_back(QString::fromStdString(spec->price.format(l.price)),
                               QString::fromStdString(spec->quantity.format(l.size)));
    for (const auto &l : asks)
        view.asks.emplace_back(QString::fromStdString(spec->price.format(l.price)),
                               QString::fromStdString(spec->quantity.format(l.size)));
    return view;
}

std::optional<CandleSeriesView> FeedApplier::candles(const QString &symbolName, int intervalMinutes, int limit) const
{
    const auto symbol = Symbol::from(symbolName.toUpper());
    if (!symbol)
        return std::nullopt;
    const market::SymbolMarket *m = m_market.find(*symbol);
    const InstrumentSpec *spec = m_catalog ? m_catalog->find(*symbol) : nullptr;
    const FixedRing<market::CandleRecord> *ring = m ? m->candles(intervalMinutes) : nullptr;
    if (!ring || !spec)
        return std::nullopt;
    CandleSeriesView view;
    view.symbol = symbol->toQString();
    view.intervalMinutes = intervalMinutes;
    const std::size_t count = std::min(ring->size(), static_cast<std::size_t>(std::max(0, limit)));
    view.bars.reserve(count);
    for (std::size_t i = ring->size() - count; i < ring->size(); ++i) {
        const market::CandleRecord &c = (*ring)[i];
        view.bars.push_back({c.startMs, spec->price.toDouble(c.open), spec->price.toDouble(c.high),
                             spec->price.toDouble(c.low), spec->price.toDouble(c.close),
                             spec->quantity.toDouble(c.volume()), c.confirmed()});
    }
    return view;
}

} // namespace virtuoso::exchange
