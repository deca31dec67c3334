#include "sim/server/MarketStreams.h"

#include "base/Clock.h"
#include "sim/server/FaultBoard.h"
#include "sim/server/StreamSession.h"

#include <algorithm>

namespace virtuoso::sim {

namespace {

constexpr int kBookDepths[] = {1, 50, 200, 1000};
constexpr int kKlineIntervals[] = {1, 5, 30, 240};
constexpr size_t kMaxTradesPerFrame = 1024; // Bybit's publicTrade limit

bool isOneOf(int value, const auto &list)
{
    return std::find(std::begin(list), std::end(list), value) != std::end(list);
}

void removeFrom(std::vector<StreamSession *> &list, StreamSession *session)
{
    std::erase(list, session);
}

const char *tickDirection(Ticks previous, Ticks price, const QByteArray &previousDirection)
{
    if (previous == 0 || price > previous)
        return price > previous && previous != 0 ? "PlusTick" : "ZeroPlusTick";
    if (price < previous)
        return "MinusTick";
    return previousDirection.startsWith("Minus") || previousDirection.startsWith("ZeroMinus") ? "ZeroMinusTick"
                                                                                              : "ZeroPlusTick";
}

} // namespace

MarketStreams::MarketStreams(MarketSimulator &market, const Clock &clock, FaultBoard &faults)
    : m_market(market)
    , m_clock(clock)
    , m_faults(faults)
{
    for (const SimInstrument &instrument : m_market.instruments())
        m_instruments.insert(instrument.name, frames::InstrumentText::of(instrument.spec));
}

MarketStreams::~MarketStreams() = default;

const frames::InstrumentText &MarketStreams::instrumentText(const QString &symbol)
{
    return m_instruments[symbol];
}

QString MarketStreams::validate(const QString &topic) const
{
    const QString notFound = QStringLiteral("error:handler not found,topic:%1").arg(topic);
    const QStringList parts = topic.split(QLatin1Char('.'));
    QString symbol;
    if (parts.size() == 3 && (parts[0] == u"orderbook" || parts[0] == u"kline")) {
        bool ok = false;
        const int param = parts[1].toInt(&ok);
        if (!ok || QString::number(param) != parts[1])
            return notFound;
        if (parts[0] == u"orderbook" ? !isOneOf(param, kBookDepths) : !isOneOf(param, kKlineIntervals))
            return notFound;
        symbol = parts[2];
    } else if (parts.size() == 2 &&
               (parts[0] == u"publicTrade" || parts[0] == u"tickers" || parts[0] == u"allLiquidation")) {
        symbol = parts[1];
    } else {
        return notFound;
    }
    if (!m_instruments.contains(symbol))
        return QStringLiteral("Invalid symbol :[%1]").arg(topic);
    return {};
}

MarketStreams::BookFeed *MarketStreams::bookFeedOf(StreamSession &session, const QString &topic)
{
    for (BookFeed *feed : m_bookFeedsBySymbol.value(topic.section(QLatin1Char('.'), 2))) {
        if (feed->topic == topic &&
            std::find(feed->subscribers.begin(), feed->subscribers.end(), &session) != feed->subscribers.end())
            return feed;
    }
    return nullptr;
}

void MarketStreams::subscribe(StreamSession &session, const QString &topic)
{
    const QStringList parts = topic.split(QLatin1Char('.'));
    const QString kind = parts[0];
    if (kind == u"orderbook") {
        const QString symbol = parts[2];
        BookFeed *feed = nullptr;
        for (BookFeed *candidate : m_bookFeedsBySymbol.value(symbol)) {
            if (candidate->shared && candidate->topic == topic)
                feed = candidate;
        }
        if (!feed) {
            const int depth = parts[1].toInt();
            m_bookFeeds.push_back(
                std::make_unique<BookFeed>(BookFeed{symbol, topic, depth, DepthStream(symbol, depth), {}, 0, true}));
            feed = m_bookFeeds.back().get();
            m_bookFeedsBySymbol[symbol].push_back(feed);
        }
        feed->subscribers.push_back(&session);
        // A fresh snapshot for everyone on the topic keeps one shared u sequence; Bybit may resend
        // a snapshot at any time and clients replace their book with it.
        sendBook(*feed, "snapshot", feed->stream.snapshot(m_market));
        return;
    }
    TopicFeed &feed = m_feeds[topic];
    feed.topic = topic;
    const bool first = feed.subscribers.empty();
    feed.subscribers.push_back(&session);
    const QString symbol = parts.last();
    if (kind == u"tickers") {
        if (first) {
            feed.lastTicker = frames::tickerFields(m_market.ticker(symbol), instrumentText(symbol));
            feed.pendingTicker.reset();
        }
        session.sendText(QString::fromUtf8(
            frames::ticker(topic.toUtf8(), "snapshot", feed.lastTicker, ++feed.tickerCs, m_market.nowMs())));
    } else if (kind == u"kline") {
        const auto candles = m_market.klines(symbol, parts[1].toInt(), 0, m_market.nowMs(), 1);
        if (!candles.empty())
            session.sendText(QString::fromUtf8(
                frames::kline(topic.toUtf8(), candles.front(), instrumentText(symbol), m_market.nowMs())));
    }
}

void MarketStreams::unsubscribe(StreamSession &session, const QString &topic)
{
    if (topic.startsWith(QLatin1String("orderbook."))) {
        BookFeed *feed = bookFeedOf(session, topic);
        if (!feed)
            return;
        removeFrom(feed->subscribers, &session);
        if (!feed->shared && feed->subscribers.empty()) {
            std::erase(m_bookFeedsBySymbol[feed->symbol], feed);
            std::erase_if(m_bookFeeds, [feed](const auto &p) { return p.get() == feed; });
        }
        return;
    }
    auto it = m_feeds.find(topic);
    if (it != m_feeds.end())
        removeFrom(it->subscribers, &session);
}

void MarketStreams::sessionClosed(StreamSession &session)
{
    const QStringList topics = session.topics.keys();
    for (const QString &topic : topics)
        unsubscribe(session, topic);
}

void MarketStreams::sendToAll(const std::vector<StreamSession *> &subscribers, const QString &frame)
{
    for (StreamSession *s : subscribers)
        s->sendText(frame);
}

void MarketStreams::sendBook(BookFeed &feed, const char *type, const BookSnapshot &book)
{
    if (feed.subscribers.empty())
        return;
    const QString frame = QString::fromLatin1(
        frames::book(feed.topic.toLatin1(), type, book, instrumentText(feed.symbol), m_market.nowMs(), book.epochMs));
    const bool delta = type[0] == 'd';
    // Sending may close a connection (backlog cut-off), which edits the list: iterate a copy.
    const std::vector<StreamSession *> subscribers = feed.subscribers;
    for (StreamSession *s : subscribers) {
        if (delta && s->pendingBookGaps > 0) {
            --s->pendingBookGaps; // u_gap: this client never sees this u
            m_faults.countEffect(FaultKind::UGap);
            continue;
        }
        s->sendText(frame);
    }
    feed.lastSentMonoMs = m_clock.monotonicMs();
}

void MarketStreams::onBookChange(const BookChange &change)
{
    const auto it = m_bookFeedsBySymbol.constFind(change.symbol);
    if (it == m_bookFeedsBySymbol.constEnd())
        return;
    for (BookFeed *feed : *it) {
        if (feed->subscribers.empty())
            continue;
        if (const auto delta = feed->stream.update(m_market))
            sendBook(*feed, "delta", *delta);
    }
}

void MarketStreams::onTrades(const QString &symbol, const std::vector<TradePrint> &trades)
{
    if (trades.empty())
        return;
    Ticks &last = m_lastTradePrice[symbol];
    QByteArray &direction = m_lastTickDirection[symbol];
    std::vector<const char *> directions;
    directions.reserve(trades.size());
    for (const TradePrint &t : trades) {
        const char *d = tickDirection(last, t.price, direction);
        directions.push_back(d);
        last = t.price;
        direction = d;
    }
    const auto it = m_feeds.find(QStringLiteral("publicTrade.") + symbol);
    if (it == m_feeds.end() || it->subscribers.empty())
        return;
    const QByteArray topic = it->topic.toLatin1();
    for (size_t begin = 0; begin < trades.size(); begin += kMaxTradesPerFrame) {
        const size_t end = std::min(trades.size(), begin + kMaxTradesPerFrame);
        const std::vector<TradePrint> chunk(trades.begin() + static_cast<std::ptrdiff_t>(begin),
                                            trades.begin() + static_cast<std::ptrdiff_t>(end));
        const std::vector<const char *> chunkDirections(directions.begin() + static_cast<std::ptrdiff_t>(begin),
                                                        directions.begin() + static_cast<std::ptrdiff_t>(end));
        sendToAll(
            std::vector<StreamSession *>(it->subscribers),
            QString::fromUtf8(frames::trades(topic, chunk, instrumentText(symbol), chunkDirections, m_market.nowMs())));
    }
}

void MarketStreams::publishCandle(TopicFeed &feed, const QString &symbol, const Candle &candle)
{
    feed.pendingCandle.reset();
    feed.lastSentMonoMs = m_clock.monotonicMs();
    sendToAll(
        std::vector<StreamSession *>(feed.subscribers),
        QString::fromLatin1(frames::kline(feed.topic.toLatin1(), candle, instrumentText(symbol), m_market.nowMs())));
}

void MarketStreams::onCandle(const QString &symbol, const Candle &candle)
{
    if (m_feeds.isEmpty() || !isOneOf(candle.intervalMinutes, kKlineIntervals))
        return;
    const auto it = m_feeds.find(QStringLiteral("kline.%1.%2").arg(candle.intervalMinutes).arg(symbol));
    if (it == m_feeds.end() || it->subscribers.empty())
        return;
    // Closed candles always go out; an open candle at most once a second, like the exchange.
    if (candle.confirmed || m_clock.monotonicMs() - it->lastSentMonoMs >= kKlineIntervalMs)
        publishCandle(*it, symbol, candle);
    else
        it->pendingCandle = candle;
}

void MarketStreams::publishTicker(TopicFeed &feed, const TickerState &ticker)
{
    feed.pendingTicker.reset();
    feed.lastSentMonoMs = m_clock.monotonicMs();
    frames::TickerFields fields = frames::tickerFields(ticker, instrumentText(ticker.symbol));
    frames::TickerFields changed;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i == 0 || feed.lastTicker.size() != fields.size() || feed.lastTicker[i].second != fields[i].second)
            changed.push_back(fields[i]);
    }
    if (changed.size() <= 1)
        return; // only the symbol: nothing changed
    feed.lastTicker = std::move(fields);
    sendToAll(
        std::vector<StreamSession *>(feed.subscribers),
        QString::fromUtf8(frames::ticker(feed.topic.toLatin1(), "delta", changed, ++feed.tickerCs, m_market.nowMs())));
}

void MarketStreams::onTicker(const TickerState &ticker)
{
    if (m_feeds.isEmpty())
        return;
    const auto it = m_feeds.find(QStringLiteral("tickers.") + ticker.symbol);
    if (it == m_feeds.end() || it->subscribers.empty())
        return;
    if (m_clock.monotonicMs() - it->lastSentMonoMs >= kTickerIntervalMs)
        publishTicker(*it, ticker);
    else
        it->pendingTicker = ticker;
}

void MarketStreams::onLiquidations(const std::vector<Liquidation> &liquidations)
{
    if (m_feeds.isEmpty())
        return;
    QHash<QString, std::vector<Liquidation>> bySymbol;
    for (const Liquidation &l : liquidations)
        bySymbol[l.symbol].push_back(l);
    for (auto group = bySymbol.begin(); group != bySymbol.end(); ++group) {
        const auto it = m_feeds.find(QStringLiteral("allLiquidation.") + group.key());
        if (it == m_feeds.end() || it->subscribers.empty())
            continue;
        sendToAll(std::vector<StreamSession *>(it->subscribers),
                  QString::fromLatin1(frames::liquidations(it->topic.toLatin1(), group.value(),
                                                           instrumentText(group.key()), m_market.nowMs())));
    }
}

void MarketStreams::tick()
{
    const qint64 now = m_clock.monotonicMs();
    for (const auto &feed : m_bookFeeds) {
        if (feed->depth == 1 && !feed->subscribers.empty() && now - feed->lastSentMonoMs >= kTopOfBookRepushMs)
            sendBook(*feed, "snapshot", feed->stream.snapshot(m_market));
    }
    for (auto it = m_feeds.begin(); it != m_feeds.end(); ++it) {
        if (it->subscribers.empty())
            continue;
        if (it->pendingTicker && now - it->lastSentMonoMs >= kTickerIntervalMs)
            publishTicker(*it, *it->pendingTicker);
        if (it->pendingCandle && now - it->lastSentMonoMs >= kKlineIntervalMs)
            publishCandle(*it, it->topic.section(QLatin1Char('.'), 2), *it->pendingCandle);
    }
}

std::optional<quint64> MarketStreams::streamU(const QString &topic) const
{
    for (const BookFeed *feed : m_bookFeedsBySymbol.value(topic.section(QLatin1Char('.'), 2))) {
        if (feed->shared && feed->topic == topic)
            return feed->stream.u();
    }
    return std::nullopt;
}

int MarketStreams::restart(const std::vector<StreamSession *> &sessions, bool everyone)
{
    if (everyone) {
        for (const auto &feed : m_bookFeeds) {
            feed->stream.reset(0);
            if (!feed->subscribers.empty())
                sendBook(*feed, "snapshot", feed->stream.snapshot(m_market));
        }
        return static_cast<int>(sessions.size());
    }
    for (StreamSession *session : sessions) {
        const QStringList topics = session->topics.keys();
        for (const QString &topic : topics) {
            if (!topic.startsWith(QLatin1String("orderbook.")))
                continue;
            BookFeed *old = bookFeedOf(*session, topic);
            if (!old)
                continue;
            const QString symbol = old->symbol;
            const int depth = old->depth;
            // The connection gets a stream of its own that counts from u=1 again.
            unsubscribe(*session, topic);
            m_bookFeeds.push_back(std::make_unique<BookFeed>(
                BookFeed{symbol, topic, depth, DepthStream(symbol, depth), {session}, 0, false}));
            BookFeed *fresh = m_bookFeeds.back().get();
            m_bookFeedsBySymbol[fresh->symbol].push_back(fresh);
            sendBook(*fresh, "snapshot", fresh->stream.snapshot(m_market));
        }
    }
    return static_cast<int>(sessions.size());
}

} // namespace virtuoso::sim
