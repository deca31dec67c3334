#pragma once

#include "sim/market/MarketSimulator.h"
#include "sim/server/StreamEndpoint.h"
#include "sim/server/StreamFrames.h"

#include <QHash>

#include <memory>
#include <vector>

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

class FaultBoard;

// The live topics of the public stream, fed by the market: orderbook.{1,50,200,1000}.S (snapshot,
// then DepthStream deltas), publicTrade.S, tickers.S (snapshot, then changed fields only),
// kline.{1,5,30,240}.S and allLiquidation.S. Frames are formatted once per topic and shared by
// every subscriber; nothing is formatted for a topic nobody subscribed.
class MarketStreams : public TopicSource, public MarketListener
{
public:
    MarketStreams(MarketSimulator &market, const Clock &clock, FaultBoard &faults);
    ~MarketStreams() override;

    // TopicSource
    QString validate(const QString &topic) const override;
    void subscribe(StreamSession &session, const QString &topic) override;
    void unsubscribe(StreamSession &session, const QString &topic) override;
    void sessionClosed(StreamSession &session) override;
    void tick() override;

    // MarketListener
    void onBookChange(const BookChange &change) override;
    void onTrades(const QString &symbol, const std::vector<TradePrint> &trades) override;
    void onCandle(const QString &symbol, const Candle &candle) override;
    void onTicker(const TickerState &ticker) override;
    void onLiquidations(const std::vector<Liquidation> &liquidations) override;

    // Fault: book streams start again from a u=1 snapshot, for everyone or for one connection.
    int restart(const std::vector<StreamSession *> &sessions, bool everyone);

    // The u last published on the shared stream of `topic` (orderbook.N.S), if anyone subscribed it.
    std::optional<quint64> streamU(const QString &topic) const;

    static constexpr qint64 kTopOfBookRepushMs = 3000;
    static constexpr qint64 kTickerIntervalMs = 100;
    static constexpr qint64 kKlineIntervalMs = 1000;

private:
    struct BookFeed
    {
        QString symbol;
        QString topic;
        int depth = 1;
        DepthStream stream;
        std::vector<StreamSession *> subscribers;
        qint64 lastSentMonoMs = 0;
        bool shared = true; // false: a connection's own stream after a per-connection restart
    };
    struct TopicFeed
    {
        QString topic;
        std::vector<StreamSession *> subscribers;
        frames::TickerFields lastTicker; // tickers: what subscribers hold
        quint64 tickerCs = 0;
        std::optional<TickerState> pendingTicker;
        std::optional<Candle> pendingCandle; // kline: newest unconfirmed candle not yet sent
        qint64 lastSentMonoMs = 0;
    };

    const frames::InstrumentText &instrumentText(const QString &symbol);
    void sendBook(BookFeed &feed, const char *type, const BookSnapshot &book);
    void sendToAll(const std::vector<StreamSession *> &subscribers, const QString &frame);
    void publishTicker(TopicFeed &feed, const TickerState &ticker);
    void publishCandle(TopicFeed &feed, const QString &symbol, const Candle &candle);
    BookFeed *bookFeedOf(StreamSession &session, const QString &topic);

    MarketSimulator &m_market;
    const Clock &m_clock;
    FaultBoard &m_faults;
    QHash<QString, frames::InstrumentText> m_instruments;
    std::vector<std::unique_ptr<BookFeed>> m_bookFeeds;
    QHash<QString, std::vector<BookFeed *>> m_bookFeedsBySymbol;
    QHash<QString, TopicFeed> m_feeds;      // publicTrade, tickers, kline, allLiquidation
    QHash<QString, Ticks> m_lastTradePrice; // for the trades' tick direction
    QHash<QString, QByteArray> m_lastTickDirection;
};

} // namespace virtuoso::sim
