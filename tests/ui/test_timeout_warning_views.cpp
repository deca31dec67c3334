#include "CsvExport.h"
#include "TimeoutHistoryModel.h"
#include "TimeoutHistoryView.h"
#include "ViewTestData.h"
#include "WarningsModel.h"
#include "WarningsView.h"

#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso;
using health::TimeoutKind;
using ui::TimeoutHistoryModel;
using ui::WarningsModel;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kT0 = 1'764'300'000'000 - 1'764'300'000'000 % kHour; // an hour boundary

CoreSnapshot timeoutsAt(qint64 ms, std::vector<health::TimeoutEntry> entries)
{
    CoreSnapshot s;
    s.epochMs = ms;
    s.recentTimeouts = std::move(entries);
    return s;
}

health::WarningAggregate warning(const char *code, log::Level level, qint64 count, double rate, const QString &symbol)
{
    health::WarningAggregate w;
    w.code = code;
    w.severity = level;
    w.count = count;
    w.ratePerMin = rate;
    w.firstSeenMs = kT0;
    w.lastSeenMs = kT0 + 1000;
    w.keyFields = {{"SYMBOL", symbol}};
    w.lastMessage = QStringLiteral("Insufficient trade history for %1: 100 < 1000").arg(symbol);
    return w;
}

} // namespace

TEST(TimeoutHistoryModel, MergesRepeatedTailsByIdAndCountsWhatWasMissed)
{
    TimeoutHistoryModel model;
    std::vector<health::TimeoutEntry> tail{
        test::timeout(1, kT0, TimeoutKind::HandlerSlow, QStringLiteral("conn_0")),
        test::timeout(2, kT0 + 1, TimeoutKind::BookResync, QStringLiteral("conn_0"))};
    EXPECT_EQ(model.merge(tail), 2);
    EXPECT_EQ(model.merge(tail), 0);
    tail.push_back(test::timeout(6, kT0 + 2, TimeoutKind::RateLimited, QString()));
    EXPECT_EQ(model.merge(tail), 1);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.missedEntries(), 3u); // ids 3..5 never arrived
    EXPECT_EQ(model.index(2, TimeoutHistoryModel::KindColumn).data().toString(), QStringLiteral("RATE_LIMITED"));

    TimeoutHistoryModel bounded(4);
    for (quint64 id = 1; id <= 10; ++id)
        bounded.merge({test::timeout(id, kT0 + static_cast<qint64>(id), TimeoutKind::HandlerSlow, QString())});
    EXPECT_EQ(bounded.rowCount(), 4);
    EXPECT_EQ(bounded.entries().front().id, 7u);
}

TEST(TimeoutHistoryModel, ConnectionsFailingTogetherAreAnIncident)
{
    TimeoutHistoryModel model;
    // One connection failing is isolated; a second one within seconds makes an incident of both.
    model.merge({test::timeout(1, kT0, TimeoutKind::PongTimeout, QStringLiteral("conn_0")),
                 test::timeout(2, kT0 + 1000, TimeoutKind::HandlerSlow, QStringLiteral("conn_0"))});
    EXPECT_FALSE(model.isIncident(0));
    model.merge({test::timeout(3, kT0 + 3000, TimeoutKind::StaleStream, QStringLiteral("conn_1")),
                 test::timeout(4, kT0 + 6000, TimeoutKind::ReconnectFailed, QStringLiteral("conn_0")),
                 test::timeout(5, kT0 + kHour, TimeoutKind::PongTimeout, QStringLiteral("conn_0")),
                 test::timeout(6, kT0 + kHour + 500, TimeoutKind::PongTimeout, QStringLiteral("conn_0"))});
    EXPECT_TRUE(model.isIncident(0));  // marked once the second connection failed
    EXPECT_FALSE(model.isIncident(1)); // a slow handler is not a connection failure
    EXPECT_TRUE(model.isIncident(2));
    EXPECT_TRUE(model.isIncident(3));  // 3 s after the previous failure: same group
    EXPECT_FALSE(model.isIncident(4)); // one connection alone, twice: isolated
    EXPECT_FALSE(model.isIncident(5));
    EXPECT_TRUE(model.index(0, 0).data(Qt::BackgroundRole).isValid());
}

TEST(TimeoutHistoryView, StacksEventsPerHourByKindAndFilters)
{
    ui::TimeoutHistoryView view;
    view.resize(1000, 700);
    view.show();
    std::vector<health::TimeoutEntry> entries;
    quint64 id = 0;
    // Hour -2: two handler-slow on conn_0; hour -1: an incident on conn_1 and conn_2; now: a resync for ETHUSDT.
    entries.push_back(test::timeout(++id, kT0 - 2 * kHour + 5, TimeoutKind::HandlerSlow, QStringLiteral("conn_0")));
    entries.push_back(test::timeout(++id, kT0 - 2 * kHour + 9, TimeoutKind::HandlerSlow, QStringLiteral("conn_0")));
    for (int i = 0; i < 3; ++i)
        entries.push_back(test::timeout(++id, kT0 - kHour + i * 1000, TimeoutKind::PongTimeout,
                                        QStringLiteral("conn_%1").arg(1 + i % 2)));
    entries.push_back(
        test::timeout(++id, kT0 + 10, TimeoutKind::BookResync, QStringLiteral("conn_0"), QStringLiteral("ETHUSDT")));
    view.applySnapshot(timeoutsAt(kT0 + 60'000, entries));

    const auto &counts = view.bucketCounts();
    ASSERT_EQ(counts.size(), 24u);
    EXPECT_EQ(counts[21][static_cast<size_t>(TimeoutKind::HandlerSlow)], 2);
    EXPECT_EQ(counts[22][static_cast<size_t>(TimeoutKind::PongTimeout)], 3);
    EXPECT_EQ(counts[23][static_cast<size_t>(TimeoutKind::BookResync)], 1);
    EXPECT_TRUE(view.incidentBuckets()[22]);
    EXPECT_FALSE(view.incidentBuckets()[21]);
    EXPECT_EQ(view.filteredModel()->rowCount(), 6);

    view.setFilters(QStringLiteral("conn_0"), QString(), QString());
    EXPECT_EQ(view.filteredModel()->rowCount(), 3);
    EXPECT_EQ(view.bucketCounts()[22][static_cast<size_t>(TimeoutKind::PongTimeout)], 0);
    view.setFilters(QString(), QStringLiteral("BOOK_RESYNC"), QString());
    EXPECT_EQ(view.filteredModel()->rowCount(), 1);
    view.setFilters(QString(), QString(), QStringLiteral("eth"));
    EXPECT_EQ(view.filteredModel()->rowCount(), 1);
    view.setFilters(QString(), QString(), QString());

    // Minute zoom: only the last hour, one bucket per minute.
    view.setZoom(2);
    ASSERT_EQ(view.bucketCounts().size(), 60u);
    EXPECT_EQ(view.bucketCounts()[59][static_cast<size_t>(TimeoutKind::BookResync)], 0);
    EXPECT_EQ(view.bucketCounts()[58][static_cast<size_t>(TimeoutKind::BookResync)], 1);

    // Exported CSV holds the filtered rows with a header line.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    ASSERT_TRUE(ui::exportModelToCsv(*view.filteredModel(), path).isEmpty());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 7);
    EXPECT_TRUE(lines[0].startsWith("Time,Kind,Connection"));
    EXPECT_TRUE(lines[1].contains("BOOK_RESYNC")); // newest first, as shown
}

TEST(TimeoutHistoryView, FillsGapsFromTheJournalWhenTheTailIsNotEnough)
{
    ui::TimeoutHistoryView view;
    std::vector<health::TimeoutEntry> journal;
    for (quint64 id = 1; id <= 120; ++id)
        journal.push_back(test::timeout(id, kT0 + static_cast<qint64>(id), TimeoutKind::HandlerSlow, QString()));
    view.setBackfillSource([&](quint64 afterId, const ui::TimeoutHistoryView::HistoryDone &done) {
        std::vector<health::TimeoutEntry> out;
        for (const auto &e : journal)
            if (e.id > afterId)
                out.push_back(e);
        done(out);
    });
    EXPECT_EQ(view.model()->rowCount(), 120);
    for (quint64 id = 121; id <= 300; ++id)
        journal.push_back(test::timeout(id, kT0 + static_cast<qint64>(id), TimeoutKind::HandlerSlow, QString()));
    view.applySnapshot(timeoutsAt(kT0 + 1000, {journal.end() - 50, journal.end()})); // a tail of 50
    EXPECT_EQ(view.model()->rowCount(), 300);
    EXPECT_EQ(view.model()->missedEntries(), 0u);
}

TEST(CsvExport, QuotesFieldsThatNeedIt)
{
    EXPECT_EQ(ui::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(ui::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(ui::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_FALSE(ui::exportModelToCsv(TimeoutHistoryModel(), QStringLiteral("/nonexistent/dir/x.csv")).isEmpty());
}

TEST(WarningsView, AggregatedTableSortsFiltersAndKeepsARateHistory)
{
    ui::WarningsView view;
    view.show();
    std::vector<health::WarningAggregate> warnings{
        warning("TRADES_INSUFFICIENT", log::Level::Warning, 312, 12, QStringLiteral("BTCUSDT")),
        warning("TRADES_INSUFFICIENT", log::Level::Warning, 5, 1, QStringLiteral("ETHUSDT")),
        warning("BOOK_SHALLOW", log::Level::Notice, 40, 3, QStringLiteral("BTCUSDT")),
        warning("PROBE_FAILED", log::Level::Error, 2, 0.5, QStringLiteral("-"))};
    view.applyWarnings(warnings, kT0);
    WarningsModel *model = view.model();
    ASSERT_EQ(model->rowCount(), 4);
    QSortFilterProxyModel *shown = view.filteredModel();
    // Sorted by count, highest first.
    EXPECT_EQ(shown->index(0, WarningsModel::CountColumn).data().toInt(), 312);
    EXPECT_EQ(shown->index(0, WarningsModel::KeyColumn).data().toString(), QStringLiteral("SYMBOL=BTCUSDT"));
    EXPECT_EQ(shown->index(0, WarningsModel::RateColumn).data().toString(), QStringLiteral("12/min"));
    shown->sort(WarningsModel::SeverityColumn, Qt::DescendingOrder);
    EXPECT_EQ(shown->index(0, WarningsModel::CodeColumn).data().toString(), QStringLiteral("PROBE_FAILED"));

    view.setTextFilter(QStringLiteral("ethusdt"));
    EXPECT_EQ(shown->rowCount(), 1);
    view.setTextFilter(QString());
    view.setMinimumSeverity(log::Level::Warning);
    EXPECT_EQ(shown->rowCount(), 3); // the notice is hidden
    view.setMinimumSeverity(log::Level::Debug);

    // One rate sample per second feeds the sparkline; a row is matched by code and key.
    for (int s = 1; s <= 5; ++s) {
        warnings[0].ratePerMin = 12 + s;
        warnings[0].count += 10;
        view.applyWarnings(warnings, kT0 + s * 1000);
    }
    view.applyWarnings(warnings, kT0 + 5500); // within the same second: no new sample
    ASSERT_EQ(model->rowCount(), 4);
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->warning(r)->count == 362)
            row = r;
    ASSERT_GE(row, 0);
    const auto history =
        model->index(row, WarningsModel::TrendColumn).data(WarningsModel::RateHistoryRole).value<QList<qreal>>();
    EXPECT_EQ(history, (QList<qreal>{12, 13, 14, 15, 16, 17}));
    EXPECT_FALSE(view.grab().isNull());

    warnings.pop_back();
    view.applyWarnings(warnings, kT0 + 7000);
    EXPECT_EQ(model->rowCount(), 3);
}

TEST(TimeoutHistoryView, LoadsTheHoursBeforeItStartedFromTheHistoryStore)
{
    ui::TimeoutHistoryView view;
    view.resize(1000, 700);
    qint64 askedSince = 0;
    qint64 askedUntil = 0;
    view.setHistorySource([&](qint64 sinceMs, qint64 untilMs, const ui::TimeoutHistoryView::HistoryDone &done) {
        askedSince = sinceMs;
        askedUntil = untilMs;
        // An earlier run's entries, as the store returns them: no journal id.
        done(std::vector<health::TimeoutEntry>{
            test::timeout(0, kT0 - 3 * kHour, TimeoutKind::PongTimeout, QStringLiteral("conn_0")),
            test::timeout(0, kT0 - 3 * kHour + 1500, TimeoutKind::PongTimeout, QStringLiteral("conn_1")),
            test::timeout(0, kT0 - 2 * kHour, TimeoutKind::BookResync, QStringLiteral("conn_0"),
                          QStringLiteral("ETHUSDT")),
            test::timeout(0, kT0 + 5, TimeoutKind::BookResync, QStringLiteral("conn_0"))}); // not older: ignored
    });
    view.applySnapshot(
        timeoutsAt(kT0 + 60'000, {test::timeout(1, kT0, TimeoutKind::HandlerSlow, QStringLiteral("conn_0"))}));
    EXPECT_EQ(askedSince, kT0 + 60'000 - 24 * kHour);
    EXPECT_EQ(askedUntil, kT0);
    ui::TimeoutHistoryModel *model = view.model();
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->entries().front().ts, kT0 - 3 * kHour); // oldest first
    EXPECT_EQ(model->entries().back().id, 1u);
    EXPECT_TRUE(model->isIncident(0)); // two connections within seconds, from the store
    EXPECT_TRUE(model->isIncident(1));
    EXPECT_FALSE(model->isIncident(2));
    // Loaded once; later snapshots only merge new journal entries.
    view.applySnapshot(timeoutsAt(kT0 + 61'000, {test::timeout(2, kT0 + 61'000, TimeoutKind::HandlerSlow, QString())}));
    EXPECT_EQ(model->rowCount(), 5);
    int total = 0;
    for (const auto &bucket : view.bucketCounts())
        for (int n : bucket)
            total += n;
    EXPECT_EQ(total, 5);
}

TEST(TimeoutHistoryView, ZoomingOutOrSteppingBackAsksTheSourceForTheOlderRangeOnce)
{
    ui::TimeoutHistoryView view;
    view.resize(1000, 700);
    // A source that answers later, as a daemon does.
    struct Request
    {
        qint64 since;
        qint64 until;
        ui::TimeoutHistoryView::HistoryDone done;
    };
    std::vector<Request> requests;
    view.setHistorySource([&](qint64 sinceMs, qint64 untilMs, ui::TimeoutHistoryView::HistoryDone done) {
        requests.push_back({sinceMs, untilMs, std::move(done)});
    });
    const qint64 now = kT0 + 60'000;
    view.applySnapshot(timeoutsAt(now, {test::timeout(1, kT0, TimeoutKind::HandlerSlow, QStringLiteral("conn_0"))}));
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].since, now - 24 * kHour);
    EXPECT_TRUE(view.historyPending());
    requests[0].done({test::timeout(0, now - 20 * kHour, TimeoutKind::PongTimeout, QStringLiteral("conn_0"))});
    EXPECT_FALSE(view.historyPending());
    EXPECT_EQ(view.model()->rowCount(), 2);
    EXPECT_EQ(view.historyLoadedFromMs(), now - 24 * kHour);

    // Seven days per six hours: the six days before the first day are asked for, once.
    view.setZoom(3);
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(requests[1].since, view.windowStartMs());
    EXPECT_EQ(requests[1].until, now - 24 * kHour);
    EXPECT_LE(view.windowStartMs(), now - 6 * 24 * kHour);
    auto *summary = view.findChild<QLabel *>(QStringLiteral("TimeoutSummary"));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("reading older entries"))) << summary->text().toStdString();
    view.applySnapshot(timeoutsAt(now + 1000, {}));
    EXPECT_EQ(requests.size(), 2u); // not again while one is pending
    requests[1].done(
        {test::timeout(0, now - 4 * 24 * kHour, TimeoutKind::StaleStream, QStringLiteral("conn_1")),
         test::timeout(0, now - 4 * 24 * kHour + 900, TimeoutKind::StaleStream, QStringLiteral("conn_2"))});
    EXPECT_EQ(view.model()->rowCount(), 4);
    EXPECT_EQ(view.model()->entries().front().ts, now - 4 * 24 * kHour);
    int total = 0;
    for (const auto &bucket : view.bucketCounts())
        for (int n : bucket)
            total += n;
    EXPECT_EQ(total, 4); // every entry in the week's chart
    const auto &incidents = view.incidentBuckets();
    EXPECT_NE(std::find(incidents.begin(), incidents.end(), true), incidents.end()); // two connections together

    // One window back: the week before, asked for; "Later" comes back to now.
    auto *later = view.findChild<QPushButton *>(QStringLiteral("TimeoutLater"));
    ASSERT_TRUE(later);
    EXPECT_FALSE(later->isEnabled());
    const qint64 weekStart = view.windowStartMs();
    view.findChild<QPushButton *>(QStringLiteral("TimeoutEarlier"))->click();
    EXPECT_EQ(view.windowEndMs(), weekStart);
    EXPECT_TRUE(later->isEnabled());
    ASSERT_EQ(requests.size(), 3u);
    EXPECT_EQ(requests[2].until, weekStart);
    EXPECT_EQ(requests[2].since, view.windowStartMs());
    EXPECT_TRUE(view.chart()->chart()->title().contains(QStringLiteral("No timeouts")));
    requests[2].done({});
    later->click();
    EXPECT_FALSE(later->isEnabled());
    EXPECT_EQ(view.windowStartMs(), weekStart);
    EXPECT_EQ(requests.size(), 3u); // nothing new to ask for

    // A source that answers after the view is gone is harmless.
    {
        ui::TimeoutHistoryView gone;
        gone.setHistorySource([&](qint64 sinceMs, qint64 untilMs, ui::TimeoutHistoryView::HistoryDone done) {
            requests.push_back({sinceMs, untilMs, std::move(done)});
        });
        gone.applySnapshot(timeoutsAt(now, {}));
    }
    ASSERT_EQ(requests.size(), 4u);
    requests[3].done({test::timeout(0, now - kHour, TimeoutKind::PongTimeout, QStringLiteral("conn_0"))});
}

TEST(WarningsView, GroupedByCodeAStallOfManyTopicsIsOneRow)
{
    // One stall: a STALE_STREAM group per (connection, topic), and the connection state changes.
    std::vector<health::WarningAggregate> warnings;
    const QStringList topics{QStringLiteral("orderbook.50.BTCUSDT"), QStringLiteral("orderbook.50.ETHUSDT"),
                             QStringLiteral("tickers.BTCUSDT"), QStringLiteral("tickers.ETHUSDT")};
    for (int i = 0; i < topics.size(); ++i) {
        health::WarningAggregate w;
        w.code = "STALE_STREAM";
        w.severity = log::Level::Warning;
        w.keyFields = {{"CONN_ID", QStringLiteral("conn_%1").arg(i % 2)}, {"TOPIC", topics[i]}};
        w.count = 1 + i;
        w.ratePerMin = 1;
        w.firstSeenMs = kT0 + i * 1000;
        w.lastSeenMs = kT0 + 10'000 + i * 1000;
        w.lastMessage = QStringLiteral("no data for %1 ms").arg(15000 + i);
        warnings.push_back(w);
    }
    warnings.push_back(warning("CONN_STATE", log::Level::Warning, 3, 3, QStringLiteral("-")));

    ui::WarningsView view;
    view.setGroupByCode(false);
    view.applyWarnings(warnings, kT0 + 20'000);
    WarningsModel *model = view.model();
    EXPECT_EQ(model->rowCount(), 5);

    view.setGroupByCode(true);
    ASSERT_EQ(model->rowCount(), 2) << "the view regroups what it has at once";
    const health::WarningAggregate *stale = nullptr;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->warning(r)->code == "STALE_STREAM")
            stale = model->warning(r);
    ASSERT_NE(stale, nullptr);
    EXPECT_EQ(stale->count, 1 + 2 + 3 + 4);
    EXPECT_DOUBLE_EQ(stale->ratePerMin, 4);
    EXPECT_EQ(stale->firstSeenMs, kT0);
    EXPECT_EQ(stale->lastSeenMs, kT0 + 13'000);
    EXPECT_EQ(stale->lastMessage, QStringLiteral("no data for 15003 ms")) << "the newest sample";
    EXPECT_EQ(WarningsModel::keyText(*stale), QStringLiteral("CONN_ID=conn_0, conn_1 TOPIC=4 values"));

    // The grouped row is the same row from one refresh to the next, so its rate history goes on.
    warnings[0].count += 5;
    warnings[0].lastSeenMs = kT0 + 21'000;
    view.applyWarnings(warnings, kT0 + 21'500);
    ASSERT_EQ(model->rowCount(), 2);
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->warning(r)->code != "STALE_STREAM")
            continue;
        EXPECT_EQ(model->warning(r)->count, 15);
        const auto history =
            model->index(r, WarningsModel::TrendColumn).data(WarningsModel::RateHistoryRole).value<QList<qreal>>();
        EXPECT_EQ(history.size(), 2);
    }

    // The choice is remembered for the next view.
    ui::WarningsView next;
    EXPECT_TRUE(next.groupByCode());
    view.setGroupByCode(false);
    EXPECT_EQ(model->rowCount(), 5);
    ui::WarningsView third;
    EXPECT_FALSE(third.groupByCode());
}
