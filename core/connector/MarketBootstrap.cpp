#include "connector/MarketBootstrap.h"

#include "base/Clock.h"
#include "base/logging/Log.h"

#include <algorithm>

namespace virtuoso::exchange {

QString BootstrapProgress::describe() const
{
    QString text = QStringLiteral("history %1/%2").arg(done).arg(requested);
    if (failed)
        text += QStringLiteral(", %1 failed").arg(failed);
    return finished ? text + QStringLiteral(" (done)") : text;
}

MarketBootstrap::MarketBootstrap(RestRequester &rest, health::TimeoutJournal &journal, const Clock &clock,
                                 QStringList symbols, std::shared_ptr<const InstrumentCatalog> catalog,
                                 BootstrapSettings settings, std::function<void(HistoryPiece)> onPiece,
                                 std::function<void(const BootstrapProgress &)> onProgress, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_journal(journal)
    , m_clock(clock)
    , m_symbols(std::move(symbols))
    , m_catalog(std::move(catalog))
    , m_settings(std::move(settings))
    , m_onPiece(std::move(onPiece))
    , m_onProgress(std::move(onProgress))
{}

void MarketBootstrap::start()
{
    const qint64 nowEpoch = m_clock.epochMs();
    std::vector<BulkFetch::Item> items;
    const auto add = [&](Request r, const QString &path, QUrlQuery q) {
        q.addQueryItem(QStringLiteral("category"), QStringLiteral("linear"));
        q.addQueryItem(QStringLiteral("symbol"), r.symbol);
        items.push_back({r.symbol, path, q, static_cast<int>(m_requests.size())});
        m_requests.push_back(r);
    };
    const QString n = QString::number(m_settings.seriesPoints);
    for (const QString &symbol : std::as_const(m_symbols)) {
        for (int minutes : std::as_const(m_settings.klineMinutes)) {
            const int wanted = minutes == 1 ? m_settings.oneMinuteCandles : m_settings.otherCandles;
            const int pages = std::max(1, (wanted + 999) / 1000);
            for (int page = 0; page < pages; ++page) {
                QUrlQuery q;
                q.addQueryItem(QStringLiteral("interval"), QString::fromStdString(klineIntervalToken(minutes)));
                q.addQueryItem(QStringLiteral("limit"), QString::number(std::min(1000, wanted - page * 1000)));
                // Page k ends where page k-1 began: 1000 candles further back.
                q.addQueryItem(QStringLiteral("end"),
                               QString::number(nowEpoch - qint64(page) * 1000 * minutes * 60'000));
                add({HistoryPiece::Kind::Klines, symbol, minutes, page}, QStringLiteral("/v5/market/kline"), q);
            }
        }
        QUrlQuery trades;
        trades.addQueryItem(QStringLiteral("limit"), QString::number(m_settings.trades));
        add({HistoryPiece::Kind::Trades, symbol}, QStringLiteral("/v5/market/recent-trade"), trades);
        QUrlQuery oi;
        oi.addQueryItem(QStringLiteral("intervalTime"), QStringLiteral("5min"));
        oi.addQueryItem(QStringLiteral("limit"), n);
        add({HistoryPiece::Kind::OpenInterest, symbol}, QStringLiteral("/v5/market/open-interest"), oi);
        QUrlQuery funding;
        funding.addQueryItem(QStringLiteral("limit"), n);
        add({HistoryPiece::Kind::Funding, symbol}, QStringLiteral("/v5/market/funding/history"), funding);
        QUrlQuery ratio;
        ratio.addQueryItem(QStringLiteral("period"), QStringLiteral("5min"));
        ratio.addQueryItem(QStringLiteral("limit"), n);
        add({HistoryPiece::Kind::LongShortRatio, symbol}, QStringLiteral("/v5/market/account-ratio"), ratio);
    }
    m_progress.requested = static_cast<int>(items.size());
    m_fetch = new BulkFetch(
        m_rest, m_journal, QStringLiteral("history bootstrap"), std::move(items), m_settings.concurrency,
        [this](const BulkFetch::Item &item, const RestReply &reply) {
            onResult(m_requests[static_cast<size_t>(item.tag)], reply);
        },
        [this](const BulkFetch::Report &report) {
            m_progress.finished = true;
            // Pieces still waiting for a second page go out as they are.
            for (auto &[symbol, entry] : m_oneMinutePages)
                deliver(std::move(entry.second));
            m_oneMinutePages.clear();
            VLOG(Info, "exchange", "BOOTSTRAP_DONE") << report.describe();
            if (m_onProgress)
                m_onProgress(m_progress);
        },
        this);
    if (m_onProgress)
        m_onProgress(m_progress);
    m_fetch->start();
}

void MarketBootstrap::onResult(const Request &request, const RestReply &reply)
{
    ++m_progress.done;
    HistoryPiece piece;
    piece.kind = request.kind;
    piece.intervalMinutes = request.interval;
    const std::optional<Symbol> symbol = Symbol::from(request.symbol);
    const InstrumentSpec *spec = m_catalog && symbol ? m_catalog->find(*symbol) : nullptr;
    if (symbol)
        piece.symbol = *symbol;
    QString error = reply.error;
    if (reply.ok && !spec && (request.kind == HistoryPiece::Kind::Klines || request.kind == HistoryPiece::Kind::Trades))
        error = QStringLiteral("not in the instrument catalog");
    if (reply.ok && error.isEmpty()) {
        switch (request.kind) {
        case HistoryPiece::Kind::Klines: {
            auto parsed = parseKlines(reply.body, *spec, request.interval);
            if (auto *k = std::get_if<KlineMessage>(&parsed))
                piece.klines = std::move(*k);
            else
                error = std::get<HistoryError>(parsed).message;
            break;
        }
        case HistoryPiece::Kind::Trades: {
            auto parsed = parseRecentTrades(reply.body, *spec);
            if (auto *t = std::get_if<TradeMessage>(&parsed))
                piece.trades = std::move(*t);
            else
                error = std::get<HistoryError>(parsed).message;
            break;
        }
        case HistoryPiece::Kind::OpenInterest:
        case HistoryPiece::Kind::Funding:
        case HistoryPiece::Kind::LongShortRatio: {
            const char *value = request.kind == HistoryPiece::Kind::OpenInterest ? "openInterest"
                                : request.kind == HistoryPiece::Kind::Funding    ? "fundingRate"
                                                                                 : "buyRatio";
            const char *time = request.kind == HistoryPiece::Kind::Funding ? "fundingRateTimestamp" : "timestamp";
            auto parsed = parseSeries(reply.body, value, time);
            if (auto *s = std::get_if<std::vector<SeriesPoint>>(&parsed))
                piece.series = std::move(*s);
            else
                error = std::get<HistoryError>(parsed).message;
            break;
        }
        }
    }
    if (!error.isEmpty()) {
        ++m_progress.failed;
        piece.failed = true;
        piece.error = error;
    }
    // Several pages of one interval (the 1m candles) are merged and delivered together, oldest first.
    const int pages =
        request.kind == HistoryPiece::Kind::Klines
            ? std::max(1,
                       ((request.interval == 1 ? m_settings.oneMinuteCandles : m_settings.otherCandles) + 999) / 1000)
            : 1;
    if (pages > 1) {
        auto &[done, merged] = m_oneMinutePages[request.symbol];
        if (done == 0) {
            merged = std::move(piece);
        } else if (!piece.failed) {
            merged.failed = false;
            for (const Candle &c : piece.klines.candles)
                merged.klines.candles.push_back(c);
            merged.klines.topic = piece.klines.topic;
            std::sort(merged.klines.candles.begin(), merged.klines.candles.end(),
                      [](const Candle &a, const Candle &b) { return a.startMs < b.startMs; });
            merged.klines.candles.erase(
                std::unique(merged.klines.candles.begin(), merged.klines.candles.end(),
                            [](const Candle &a, const Candle &b) { return a.startMs == b.startMs; }),
                merged.klines.candles.end());
            for (size_t i = 0; i + 1 < merged.klines.candles.size(); ++i)
                merged.klines.candles[i].confirmed = true;
        }
        if (++done < pages) {
            if (m_onProgress)
                m_onProgress(m_progress);
            return;
        }
        piece = std::move(merged);
        m_oneMinutePages.erase(request.symbol);
    }
    deliver(std::move(piece));
    if (m_onProgress)
        m_onProgress(m_progress);
}

void MarketBootstrap::deliver(HistoryPiece piece)
{
    if (m_onPiece)
        m_onPiece(std::move(piece));
}

} // namespace virtuoso::exchange
