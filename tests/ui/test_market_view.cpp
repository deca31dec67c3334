#include "MarketView.h"
#include "MarketsModel.h"
#include "TickerCandles.h"
#include "ViewTestData.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>

#include <gtest/gtest.h>

using namespace virtuoso;
using ui::ageColor;
using ui::AgeLevel;
using ui::ageLevel;
using ui::ChartCandle;
using ui::MarketsModel;
using ui::staleRowColor;
using ui::TickerCandles;

namespace {

constexpr qint64 kT0 = 1'764'300'000'000; // a multiple of 10 s

CoreSnapshot marketsAt(qint64 ms, std::vector<MarketSummary> markets)
{
    CoreSnapshot s;
    s.revision = static_cast<quint64>(ms - kT0 + 1);
    s.epochMs = ms;
    s.markets = std::move(markets);
    return s;
}

} // namespace

TEST(TickerCandles, BuildsOhlcAndTradedVolumeFromSnapshots)
{
    TickerCandles candles(10'000, 100);
    const double prices[] = {100, 103, 98, 101};
    const char *volumes[] = {"5000", "5002", "5003.5", "5003"}; // the sliding 24h counter may shrink
    for (int i = 0; i < 4; ++i)
        candles.applySnapshot(marketsAt(kT0 + i * 1000, {test::market(QStringLiteral("BTCUSDT"), prices[i], 0, 0,
                                                                      QString::fromLatin1(volumes[i]))}));
    candles.applySnapshot(marketsAt(kT0 + 10'000, {test::market(QStringLiteral("BTCUSDT"), 104, 0, 0, "5004")}));
    const auto *series = candles.candles(QStringLiteral("BTCUSDT"));
    ASSERT_NE(series, nullptr);
    ASSERT_EQ(series->size(), 2u);
    const ChartCandle &first = series->front();
    EXPECT_EQ(first.openMs, kT0);
    EXPECT_DOUBLE_EQ(first.open, 100);
    EXPECT_DOUBLE_EQ(first.high, 103);
    EXPECT_DOUBLE_EQ(first.low, 98);
    EXPECT_DOUBLE_EQ(first.close, 101);
    EXPECT_DOUBLE_EQ(first.volume, 3.5);
    EXPECT_DOUBLE_EQ(series->back().open, 101); // a new candle opens at the previous close
    EXPECT_DOUBLE_EQ(series->back().volume, 1.0);
    EXPECT_EQ(candles.candles(QStringLiteral("ETHUSDT")), nullptr);
}

TEST(TickerCandles, AggregationAndDecimationKeepHighsLowsAndVolume)
{
    std::deque<ChartCandle> base;
    double volume = 0;
    for (int i = 0; i < 300; ++i) {
        const double mid = 100 + (i % 17);
        base.push_back({kT0 + i * 10'000LL, mid, mid + 1 + (i == 123 ? 50 : 0), mid - 1, mid + 0.5, 1.0 + i});
        volume += 1.0 + i;
    }
    const auto minutes = TickerCandles::aggregate(base, 60'000);
    EXPECT_EQ(minutes.size(), 50u);
    const auto drawn = TickerCandles::decimate(minutes, 12);
    ASSERT_LE(drawn.size(), 12u);
    ASSERT_GE(drawn.size(), 10u);
    double high = 0;
    double low = 1e9;
    double total = 0;
    for (const auto &c : drawn) {
        high = std::max(high, c.high);
        low = std::min(low, c.low);
        total += c.volume;
    }
    EXPECT_DOUBLE_EQ(high, 100 + (123 % 17) + 1 + 50); // the spike survives decimation
    EXPECT_DOUBLE_EQ(low, 99);
    EXPECT_DOUBLE_EQ(total, volume);
    EXPECT_DOUBLE_EQ(drawn.back().close, base.back().close);
}

TEST(MarketsModel, SymbolRowsWithSpreadAndMinimalUpdates)
{
    MarketsModel model;
    model.applySnapshot(marketsAt(kT0, {test::market(QStringLiteral("ETHUSDT"), 2000, 1999.9, 2000.1, "1"),
                                        test::market(QStringLiteral("BTCUSDT"), 50000, 49999, 50001, "1")}));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, MarketsModel::SymbolColumn).data().toString(), QStringLiteral("BTCUSDT"));
    EXPECT_NEAR(model.index(0, MarketsModel::SpreadColumn).data(MarketsModel::SortRole).toDouble(), 0.4, 1e-9);
    EXPECT_EQ(model.index(0, MarketsModel::SpreadColumn).data().toString(), QStringLiteral("0.40 bp"));
    EXPECT_EQ(model.index(0, MarketsModel::ChangeColumn).data().toString(), QStringLiteral("+1.25 %"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.applySnapshot(marketsAt(kT0 + 100, {test::market(QStringLiteral("ETHUSDT"), 2001, 1999.9, 2000.1, "1"),
                                              test::market(QStringLiteral("BTCUSDT"), 50000, 49999, 50001, "1")}));
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().column(), MarketsModel::LastColumn);
    EXPECT_EQ(model.lastChangedCells(), 1);
}

// A connection carrying the book and ticker of `symbol`, the book `bookAgeMs` old against a threshold
// of 1 s, the ticker 3 s old against 15 s.
static health::ConnectionStatus carrying(const QString &symbol, health::ConnectionState state, qint64 bookAgeMs,
                                         const QString &bookState)
{
    health::ConnectionStatus c;
    c.connId = QStringLiteral("conn_0");
    c.state = state;
    health::TopicStatus book;
    book.topic = QStringLiteral("orderbook.50.") + symbol;
    book.state = bookState;
    book.lastMessageAgeMs = bookAgeMs;
    book.staleAfterMs = 1000;
    health::TopicStatus ticker;
    ticker.topic = QStringLiteral("tickers.") + symbol;
    ticker.state = QStringLiteral("live");
    ticker.lastMessageAgeMs = 3000;
    ticker.staleAfterMs = 15000;
    health::TopicStatus trades; // event-driven: its silence says nothing
    trades.topic = QStringLiteral("publicTrade.") + symbol;
    trades.state = QStringLiteral("live");
    trades.lastMessageAgeMs = 60000;
    c.topics = {book, ticker, trades};
    return c;
}

TEST(MarketsModel, EachSymbolShowsItsDataAgeAmberThenRedAndItsRowGreysWhenStale)
{
    MarketsModel model;
    auto at = [&](qint64 ms, health::ConnectionState state, qint64 bookAgeMs, const char *bookState) {
        CoreSnapshot s = marketsAt(ms, {test::market(QStringLiteral("BTCUSDT"), 50000, 49999, 50001, "1")});
        s.connections = {carrying(QStringLiteral("BTCUSDT"), state, bookAgeMs, QLatin1String(bookState))};
        model.applySnapshot(s);
    };
    const auto age = [&] { return model.index(0, MarketsModel::AgeColumn); };
    const auto stale = [&] {
        return model.index(0, MarketsModel::SymbolColumn).data(MarketsModel::StaleRole).toBool();
    };
    const auto colour = [&](const QModelIndex &i) { return i.data(Qt::ForegroundRole).value<QBrush>().color(); };

    at(kT0, health::ConnectionState::Live, 40, "live");
    EXPECT_EQ(model.headerData(MarketsModel::AgeColumn, Qt::Horizontal).toString(), QStringLiteral("Age"));
    EXPECT_EQ(age().data().toString(), QStringLiteral("40 ms")) << "the freshest watched topic";
    EXPECT_FALSE(age().data(Qt::ForegroundRole).isValid()) << "fresh: the view's own colour";
    EXPECT_FALSE(stale());

    at(kT0 + 100, health::ConnectionState::Live, 1500, "live");
    EXPECT_EQ(age().data().toString(), QStringLiteral("1 s"));
    EXPECT_EQ(colour(age()), ageColor(AgeLevel::Late)) << "past the threshold: amber";

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    at(kT0 + 200, health::ConnectionState::Stale, 2500, "stale");
    EXPECT_TRUE(stale());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().column(), 0) << "the whole row greys";
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>().column(), MarketsModel::ColumnCount - 1);
    EXPECT_EQ(colour(model.index(0, MarketsModel::LastColumn)), staleRowColor());

    at(kT0 + 300, health::ConnectionState::Stale, 3500, "stale");
    EXPECT_EQ(age().data().toString(), QStringLiteral("3 s")) << "the ticker is fresher than the book now";
    at(kT0 + 400, health::ConnectionState::Backoff, 16000, "pending");
    EXPECT_TRUE(stale()) << "a connection that is not streaming leaves its symbols stale";

    at(kT0 + 500, health::ConnectionState::Live, 20, "live");
    EXPECT_FALSE(stale());
    EXPECT_FALSE(model.index(0, MarketsModel::LastColumn).data(Qt::ForegroundRole).isValid());
}

TEST(DataFreshness, AgesAreFreshThenLateThenStaleAtThreeTimesTheThreshold)
{
    EXPECT_EQ(ageLevel(900, 1000), AgeLevel::Fresh);
    EXPECT_EQ(ageLevel(1001, 1000), AgeLevel::Late);
    EXPECT_EQ(ageLevel(3001, 1000), AgeLevel::Stale);
    EXPECT_EQ(ageLevel(60000, 0), AgeLevel::Fresh) << "no threshold: event-driven";
    EXPECT_EQ(ageLevel(-1, 1000), AgeLevel::Fresh) << "nothing received yet";
}

TEST(MarketView, ChartsTheSelectedSymbolsCandlesAndCumulativeDepth)
{
    int depthCalls = 0;
    ui::MarketView view;
    view.setDepthSource([&](const QString &symbol, int depth, const ui::MarketView::DepthDone &done) {
        ++depthCalls;
        EXPECT_EQ(depth, ui::MarketView::kDepthLevels);
        if (symbol != u"BTCUSDT")
            return done(std::nullopt);
        OrderBookView book;
        book.symbol = symbol;
        book.valid = true;
        book.updateId = 42;
        book.bids = {{QStringLiteral("49999"), QStringLiteral("1.5")}, {QStringLiteral("49998"), QStringLiteral("2")}};
        book.asks = {{QStringLiteral("50001"), QStringLiteral("1")},
                     {QStringLiteral("50002"), QStringLiteral("3")},
                     {QStringLiteral("50003"), QStringLiteral("0.5")}};
        done(book);
    });
    view.selectSymbol(QStringLiteral("BTCUSDT"));
    view.setCandleIntervalMs(10'000);
    view.resize(1200, 800);
    view.show();
    for (int i = 0; i < 350; ++i) { // 35 s at 10 Hz
        const double p = 50000 + (i % 7) * 3;
        view.applySnapshot(marketsAt(kT0 + i * 100, {test::market(QStringLiteral("BTCUSDT"), p, p - 1, p + 1, "7"),
                                                     test::market(QStringLiteral("ETHUSDT"), 2000, 1999, 2001, "7")}));
    }
    EXPECT_EQ(view.selectedSymbol(), QStringLiteral("BTCUSDT"));
    EXPECT_EQ(view.drawnCandles(), 4); // 35 s of 10 s candles
    EXPECT_EQ(view.drawnDepthLevels(), 3);
    EXPECT_TRUE(view.depthChart()->chart()->title().contains(QStringLiteral("u 42")));
    // The book is asked at most twice a second, not on every tick.
    EXPECT_LE(depthCalls, 35 * 2 + 2);
    EXPECT_GE(depthCalls, 35);

    view.table()->selectRow(1); // ETHUSDT: no book from the source
    EXPECT_EQ(view.selectedSymbol(), QStringLiteral("ETHUSDT"));
    EXPECT_EQ(view.drawnDepthLevels(), 0);
    EXPECT_TRUE(view.depthChart()->chart()->title().contains(QStringLiteral("No order book")));
    EXPECT_EQ(view.drawnCandles(), 4);
}

TEST(MarketView, WithoutADepthSourceSaysSo)
{
    ui::MarketView view;
    view.show();
    view.applySnapshot(marketsAt(kT0, {test::market(QStringLiteral("BTCUSDT"), 1, 1, 1, "1")}));
    EXPECT_TRUE(view.depthChart()->chart()->title().contains(QStringLiteral("not available")));
}

TEST(MarketView, TheDepthChartsLinesGoWithTheView)
{
    // The cumulative depth is drawn by two area series over a line each; an area series does not
    // own its line, so the view must, or every Market view leaves its two lines behind.
    std::vector<QPointer<QLineSeries>> lines;
    {
        ui::MarketView view;
        for (QAbstractSeries *series : view.depthChart()->chart()->series()) {
            if (auto *area = qobject_cast<QAreaSeries *>(series))
                lines.emplace_back(area->upperSeries());
        }
        ASSERT_EQ(lines.size(), 2u);
        for (const QPointer<QLineSeries> &line : lines)
            ASSERT_FALSE(line.isNull());
    }
    for (const QPointer<QLineSeries> &line : lines)
        EXPECT_TRUE(line.isNull());
}
