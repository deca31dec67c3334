#pragma once

#include "connector/BulkFetch.h"
#include "connector/HistoryParsers.h"
#include "connector/InstrumentCatalog.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace virtuoso {
class Clock;
}

namespace virtuoso::exchange {

// One fetched piece of history for one symbol, handed to the engine thread.
struct HistoryPiece
{
    enum class Kind { Klines, Trades, OpenInterest, Funding, LongShortRatio };
    Kind kind = Kind::Klines;
    Symbol symbol;
    int intervalMinutes = 0; // klines
    bool failed = false;     // nothing arrived; the engine stops waiting for it
    QString error;
    KlineMessage klines;
    TradeMessage trades;
    std::vector<SeriesPoint> series;
};

struct BootstrapProgress
{
    int requested = 0;
    int done = 0;
    int failed = 0;
    bool finished = false;
    QString describe() const;
};

struct BootstrapSettings
{
    QList<int> klineMinutes{1, 5, 30, 240};
    int oneMinuteCandles = 2000; // two pages of 1000: the indicators need ≥ 1440
    int otherCandles = 200;      // 5m/30m/4h need ≥ 200 (what their rings keep)
    int trades = 1000;
    int seriesPoints = 200; // open interest, funding, long/short ratio
    int concurrency = 4;
};

// Fetches what the indicators need before the streams are enough: candles, recent trades, open
// interest, funding history and the long/short ratio, within the shared rate budget and with
// bounded concurrency. Each piece goes to the engine as it arrives; the end is a report that names
// every symbol that failed and why (BULK_FETCH_PARTIAL). Lives on the network thread.
class MarketBootstrap final : public QObject
{
    Q_OBJECT
public:
    MarketBootstrap(RestRequester &rest, health::TimeoutJournal &journal, const Clock &clock, QStringList symbols,
                    std::shared_ptr<const InstrumentCatalog> catalog, BootstrapSettings settings,
                    std::function<void(HistoryPiece)> onPiece,
                    std::function<void(const BootstrapProgress &)> onProgress, QObject *parent = nullptr);

    void start();
    const BootstrapProgress &progress() const { return m_progress; }

private:
    struct Request
    {
        HistoryPiece::Kind kind;
        QString symbol;
        int interval = 0;
        int page = 0; // 1m candles come in two pages
    };
    void onResult(const Request &request, const RestReply &reply);
    void deliver(HistoryPiece piece);

    RestRequester &m_rest;
    health::TimeoutJournal &m_journal;
    const Clock &m_clock;
    QStringList m_symbols;
    std::shared_ptr<const InstrumentCatalog> m_catalog;
    BootstrapSettings m_settings;
    std::function<void(HistoryPiece)> m_onPiece;
    std::function<void(const BootstrapProgress &)> m_onProgress;
    std::vector<Request> m_requests;
    std::map<QString, std::pair<int, HistoryPiece>> m_oneMinutePages; // symbol → (pages done, merged)
    BulkFetch *m_fetch = nullptr;
    BootstrapProgress m_progress;
};

} // namespace virtuoso::exchange
