#include "ConnectionsModel.h"
#include "ConnectionsView.h"
#include "DisplayFormat.h"
#include "StateTimelineWidget.h"
#include "ViewTestData.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace virtuoso;
using health::ConnectionState;
using ui::ConnectionsModel;

namespace {

constexpr qint64 kT0 = 1'764'300'000'000;

CoreSnapshot snapshotAt(qint64 ms, std::vector<health::ConnectionStatus> connections)
{
    CoreSnapshot s;
    s.revision = static_cast<quint64>(ms - kT0 + 1);
    s.epochMs = ms;
    s.feedState = QStringLiteral("streaming on %1 connections").arg(connections.size());
    s.connections = std::move(connections);
    return s;
}

} // namespace

TEST(ConnectionsModel, RowsFollowConnectionsAndShowStateColourAndIcon)
{
    ConnectionsModel model;
    model.applySnapshot(
        snapshotAt(kT0, {test::connection(QStringLiteral("conn_1"), ConnectionState::Live, 10, kT0),
                         test::connection(QStringLiteral("conn_0"), ConnectionState::Backoff, 0, kT0)}));
    ASSERT_EQ(model.rowCount(), 2);
    // Rows keep the connector's order whatever order the snapshot lists them in.
    EXPECT_EQ(model.index(0, ConnectionsModel::ConnectionColumn).data().toString(), QStringLiteral("conn_0"));
    EXPECT_EQ(model.index(0, ConnectionsModel::StateColumn).data().toString(), QStringLiteral("backoff"));
    EXPECT_EQ(model.index(1, ConnectionsModel::StateColumn).data().toString(), QStringLiteral("live"));
    EXPECT_FALSE(model.index(1, ConnectionsModel::StateColumn).data(Qt::DecorationRole).isNull());
    EXPECT_NE(model.index(0, ConnectionsModel::StateColumn).data(Qt::ForegroundRole),
              model.index(1, ConnectionsModel::StateColumn).data(Qt::ForegroundRole));
    EXPECT_EQ(model.index(1, ConnectionsModel::TopicsColumn).data().toString(), QStringLiteral("8/8"));
    // Latency columns show the recent window; the tooltip adds the figures since start.
    EXPECT_EQ(model.index(1, ConnectionsModel::LatencyP50Column).data().toString(), QStringLiteral("100 µs"));
    EXPECT_EQ(model.index(1, ConnectionsModel::LatencyP99Column).data().toString(), QStringLiteral("700 µs"));
    EXPECT_EQ(model.index(1, ConnectionsModel::LatencyMaxColumn).data().toString(), QStringLiteral("1.5 ms"));
    const QString tip = model.index(1, ConnectionsModel::LatencyP99Column).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(
        tip.contains(QStringLiteral("Recent (last 45 s): p50 100 µs, p99 700 µs, max 1.5 ms over 5 message(s)")))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Since start: p50 120 µs, p99 900 µs, max 4.0 ms over 10 message(s)")))
        << tip.toStdString();
    EXPECT_TRUE(model.headerData(ConnectionsModel::LatencyP50Column, Qt::Horizontal)
                    .toString()
                    .startsWith(QStringLiteral("Recent")));
    // Nothing in the recent window: no figure rather than the lifetime one in its place.
    EXPECT_EQ(model.index(0, ConnectionsModel::LatencyP99Column).data().toString(), ui::notAvailableText());

    model.applySnapshot(
        snapshotAt(kT0 + 100, {test::connection(QStringLiteral("conn_0"), ConnectionState::Live, 0, kT0)}));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowOf(QStringLiteral("conn_1")), -1);
}

TEST(ConnectionsModel, ATickChangesOnlyTheCellsThatMovedWithoutAReset)
{
    ConnectionsModel model;
    const auto a = test::connection(QStringLiteral("conn_0"), ConnectionState::Live, 100, kT0);
    const auto b = test::connection(QStringLiteral("conn_1"), ConnectionState::Live, 100, kT0);
    model.applySnapshot(snapshotAt(kT0, {a, b}));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    auto dropped = b;
    dropped.state = ConnectionState::Backoff;
    dropped.reconnects = 1;
    model.applySnapshot(snapshotAt(kT0, {a, dropped})); // same time: only conn_1's state and counter move
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(inserted.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    EXPECT_EQ(topLeft.row(), 1);
    EXPECT_EQ(bottomRight.row(), 1);
    EXPECT_EQ(topLeft.column(), ConnectionsModel::StateColumn);
    EXPECT_EQ(bottomRight.column(), ConnectionsModel::ReconnectsColumn);

    changed.clear();
    model.applySnapshot(snapshotAt(kT0, {a, dropped}));
    EXPECT_EQ(changed.count(), 0); // nothing moved, nothing repainted
}

TEST(ConnectionsModel, MessageRateAndLastMessageAgeComeFromTheFrameCounter)
{
    ConnectionsModel model;
    auto c = test::connection(QStringLiteral("conn_0"), ConnectionState::Live, 1000, kT0);
    model.applySnapshot(snapshotAt(kT0, {c}));
    c.framesReceived = 1250;
    model.applySnapshot(snapshotAt(kT0 + 500, {c}));
    c.framesReceived = 1500;
    model.applySnapshot(snapshotAt(kT0 + 1000, {c}));
    EXPECT_DOUBLE_EQ(model.messagesPerSecond(0), 500.0);
    EXPECT_EQ(model.index(0, ConnectionsModel::RateColumn).data().toString(), QStringLiteral("500.0"));
    // No frames for 3.5 s: the age grows from the last time the counter moved.
    model.applySnapshot(snapshotAt(kT0 + 4500, {c}));
    EXPECT_EQ(model.index(0, ConnectionsModel::LastMessageColumn).data().toString(), QStringLiteral("3 s"));
    EXPECT_DOUBLE_EQ(model.messagesPerSecond(0), 0.0);
}

TEST(ConnectionsView, SelectingAConnectionShowsItsTimelineAndTransitions)
{
    ui::ConnectionsView view;
    view.resize(900, 600);
    view.show();
    auto c0 = test::connection(QStringLiteral("conn_0"), ConnectionState::Live, 10, kT0);
    auto c1 = test::connection(QStringLiteral("conn_1"), ConnectionState::Live, 10, kT0);
    c1.transitions = {{kT0 - 60'000, ConnectionState::Idle, ConnectionState::Connecting, QStringLiteral("start")},
                      {kT0 - 59'000, ConnectionState::Connecting, ConnectionState::Live, QStringLiteral("subscribed")},
                      {kT0 - 30'000, ConnectionState::Live, ConnectionState::Backoff, QStringLiteral("pong timeout")},
                      {kT0 - 28'000, ConnectionState::Backoff, ConnectionState::Live, QStringLiteral("resubscribed")}};
    view.applySnapshot(snapshotAt(kT0, {c0, c1}));
    EXPECT_EQ(view.selectedConnection(), QStringLiteral("conn_0")); // the first row is selected by default
    view.selectConnection(1);
    EXPECT_EQ(view.selectedConnection(), QStringLiteral("conn_1"));
    auto *transitions = view.findChild<QTreeWidget *>(QStringLiteral("TransitionList"));
    ASSERT_NE(transitions, nullptr);
    ASSERT_EQ(transitions->topLevelItemCount(), 4);
    EXPECT_EQ(transitions->topLevelItem(0)->text(3), QStringLiteral("resubscribed")); // newest first
    EXPECT_EQ(transitions->topLevelItem(1)->text(2), QStringLiteral("backoff"));
    auto *title = view.findChild<QLabel *>(QStringLiteral("ConnectionDetailTitle"));
    EXPECT_TRUE(title->text().startsWith(QStringLiteral("conn_1"))) << title->text().toStdString();
    // The detail pane carries both latency windows of the selected connection.
    EXPECT_TRUE(view.latencyDetail().contains(QStringLiteral("Recent (last 45 s): p50 100 µs, p99 700 µs")))
        << view.latencyDetail().toStdString();
    EXPECT_TRUE(view.latencyDetail().contains(QStringLiteral("Since start: p50 120 µs, p99 900 µs, max 4.0 ms")))
        << view.latencyDetail().toStdString();
    auto *timeline = view.findChild<ui::StateTimelineWidget *>();
    EXPECT_GE(timeline->windowMs(), 60'000);
    EXPECT_FALSE(timeline->grab().isNull());

    // Selection survives a tick.
    view.applySnapshot(snapshotAt(kT0 + 100, {c0, c1}));
    EXPECT_EQ(view.selectedConnection(), QStringLiteral("conn_1"));

    // A full, bounded list: a reconnect within one millisecond keeps its length and its newest time,
    // and the list shows it whole even when a snapshot came between its transitions.
    c1.transitions = {c1.transitions[2],
                      c1.transitions[3],
                      {kT0 + 200, ConnectionState::Live, ConnectionState::Backoff, QStringLiteral("no pong")},
                      {kT0 + 300, ConnectionState::Backoff, ConnectionState::Connecting, QStringLiteral("retry 1")}};
    view.applySnapshot(snapshotAt(kT0 + 300, {c0, c1}));
    EXPECT_EQ(transitions->topLevelItem(0)->text(3), QStringLiteral("retry 1"));
    c1.transitions = {
        c1.transitions[2],
        c1.transitions[3],
        {kT0 + 300, ConnectionState::Connecting, ConnectionState::Subscribing, QStringLiteral("connected")},
        {kT0 + 300, ConnectionState::Subscribing, ConnectionState::Live, QStringLiteral("subscribed")}};
    view.applySnapshot(snapshotAt(kT0 + 301, {c0, c1}));
    ASSERT_EQ(transitions->topLevelItemCount(), 4);
    EXPECT_EQ(transitions->topLevelItem(0)->text(3), QStringLiteral("subscribed"));
    EXPECT_EQ(transitions->topLevelItem(1)->text(3), QStringLiteral("connected"));
    auto *feed = view.findChild<QLabel *>(QStringLiteral("FeedStateLabel"));
    EXPECT_TRUE(feed->text().contains(QStringLiteral("streaming on 2 connections")));
}

namespace {

health::TopicStatus topic(const QString &name, const QString &state, quint64 messages, double rate)
{
    health::TopicStatus t;
    t.topic = name;
    t.state = state;
    t.sinceEpochMs = kT0 - 90'000;
    t.messages = messages;
    t.bytes = messages * 200;
    t.messagesPerSec = rate;
    t.bytesPerSec = rate * 200;
    t.lastMessageAgeMs = state == u"stale" ? 16'000 : 40;
    t.latency = {35, 700, 2500, messages, 30, 400, 900, messages, 30'000};
    t.lastError = state == u"stale" ? QStringLiteral("no data for 16 s") : QString();
    return t;
}

health::ConnectionStatus withTopics(health::ConnectionStatus c)
{
    c.sampledEpochMs = kT0;
    c.messagesPerSec = 62.5;
    c.bytesPerSec = 12'500;
    c.lastMessageAgeMs = 40;
    c.topics = {topic(QStringLiteral("orderbook.50.BTCUSDT"), QStringLiteral("live"), 5000, 50),
                topic(QStringLiteral("publicTrade.BTCUSDT"), QStringLiteral("live"), 1200, 12.5),
                topic(QStringLiteral("tickers.BTCUSDT"), QStringLiteral("stale"), 30, 0)};
    return c;
}

} // namespace

TEST(ConnectionsModel, EachTopicIsAChildRowWithItsOwnRatesAgeLatencyAndError)
{
    ConnectionsModel model;
    auto c = withTopics(test::connection(QStringLiteral("conn_0"), ConnectionState::Live, 6230, kT0 - 100'000));
    model.applySnapshot(snapshotAt(kT0, {c}));
    const QModelIndex conn = model.index(0, 0);
    ASSERT_EQ(model.rowCount(conn), 3);
    EXPECT_EQ(model.index(0, ConnectionsModel::RateColumn).data().toString(), QStringLiteral("62.5"));
    EXPECT_EQ(model.index(0, ConnectionsModel::BytesRateColumn).data().toString(), QStringLiteral("12.5 kB/s"));
    EXPECT_EQ(model.index(0, ConnectionsModel::LastMessageColumn).data().toString(), QStringLiteral("40 ms"));

    const auto cellOf = [&](int row, int column) { return model.index(row, column, conn).data().toString(); };
    EXPECT_EQ(cellOf(0, ConnectionsModel::ConnectionColumn), QStringLiteral("orderbook.50.BTCUSDT"));
    EXPECT_EQ(cellOf(0, ConnectionsModel::StateColumn), QStringLiteral("live"));
    EXPECT_EQ(cellOf(0, ConnectionsModel::SinceColumn), QStringLiteral("1 min 30 s"));
    EXPECT_EQ(cellOf(0, ConnectionsModel::RateColumn), QStringLiteral("50.0"));
    EXPECT_EQ(cellOf(0, ConnectionsModel::BytesRateColumn), QStringLiteral("10.0 kB/s"));
    EXPECT_EQ(cellOf(0, ConnectionsModel::LatencyP99Column), QStringLiteral("400 µs"));
    EXPECT_TRUE(model.index(0, ConnectionsModel::LatencyP99Column, conn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Since start: p50 35 µs, p99 700 µs, max 2.5 ms")));
    EXPECT_EQ(cellOf(1, ConnectionsModel::RateColumn), QStringLiteral("12.5"));
    EXPECT_EQ(cellOf(2, ConnectionsModel::StateColumn), QStringLiteral("stale"));
    EXPECT_EQ(cellOf(2, ConnectionsModel::LastMessageColumn), QStringLiteral("16 s"));
    EXPECT_EQ(cellOf(2, ConnectionsModel::ReasonColumn), QStringLiteral("no data for 16 s"));
    EXPECT_TRUE(model.index(2, ConnectionsModel::StateColumn, conn).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.index(2, 0, conn).data(ConnectionsModel::ConnIdRole).toString(), QStringLiteral("conn_0"));
    EXPECT_EQ(model.parent(model.index(2, 0, conn)), conn);
    EXPECT_EQ(model.rowCount(model.index(0, 0, conn)), 0); // topics have no children

    // A tick moves one topic's rate: one dataChanged for that child row, nothing inserted.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    c.topics[1].messagesPerSec = 20;
    model.applySnapshot(snapshotAt(kT0, {c}));
    EXPECT_EQ(inserted.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    EXPECT_EQ(topLeft.parent(), conn);
    EXPECT_EQ(topLeft.row(), 1);
    EXPECT_EQ(topLeft.column(), ConnectionsModel::RateColumn);

    // A changed symbol set replaces the topic rows.
    c.topics.pop_back();
    model.applySnapshot(snapshotAt(kT0 + 100, {c}));
    EXPECT_EQ(model.rowCount(conn), 2);
}

TEST(ConnectionsView, TopicsOpenUnderTheirConnectionAndSelectingOneShowsItsConnection)
{
    ui::ConnectionsView view;
    view.resize(1200, 600);
    view.show();
    auto c0 = withTopics(test::connection(QStringLiteral("conn_0"), ConnectionState::Live, 10, kT0));
    auto c1 = withTopics(test::connection(QStringLiteral("conn_1"), ConnectionState::Live, 10, kT0));
    view.applySnapshot(snapshotAt(kT0, {c0, c1}));
    QTreeView *tree = view.table();
    const QModelIndex conn1 = view.model()->index(1, 0);
    EXPECT_FALSE(tree->isExpanded(conn1));
    tree->expand(conn1);
    const QModelIndex stale = view.model()->index(2, 0, conn1);
    EXPECT_TRUE(tree->visualRect(stale).isValid()); // drawn under its connection
    tree->selectionModel()->setCurrentIndex(stale, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_EQ(view.selectedConnection(), QStringLiteral("conn_1"));
    auto *title = view.findChild<QLabel *>(QStringLiteral("ConnectionDetailTitle"));
    EXPECT_TRUE(title->text().startsWith(QStringLiteral("conn_1"))) << title->text().toStdString();

    // Expansion and selection survive ticks.
    c1.topics[0].messagesPerSec = 80;
    view.applySnapshot(snapshotAt(kT0 + 1000, {c0, c1}));
    EXPECT_TRUE(tree->isExpanded(conn1));
    EXPECT_EQ(tree->currentIndex(), stale);
    EXPECT_FALSE(view.grab().isNull());
}

// Ages move with the clock even when nothing else changes: the Since cells of a connection and of
// its topics are repainted with each snapshot.
TEST(ConnectionsModel, SinceCellsAgeWithEachSnapshot)
{
    ConnectionsModel model;
    const auto c = withTopics(test::connection(QStringLiteral("conn_0"), ConnectionState::Live, 100, kT0 - 10'000));
    model.applySnapshot(snapshotAt(kT0, {c}));
    const QModelIndex conn = model.index(0, 0);
    EXPECT_EQ(model.index(0, ConnectionsModel::SinceColumn).data().toString(), QStringLiteral("10 s"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applySnapshot(snapshotAt(kT0 + 5'000, {c}));
    EXPECT_EQ(model.index(0, ConnectionsModel::SinceColumn).data().toString(), QStringLiteral("15 s"));
    EXPECT_EQ(model.index(0, ConnectionsModel::SinceColumn, conn).data().toString(), QStringLiteral("1 min 35 s"));
    const auto covers = [&](const QModelIndex &cell) {
        for (const auto &args : changed) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            if (from.parent() == cell.parent() && from.row() <= cell.row() && cell.row() <= to.row() &&
                from.column() <= cell.column() && cell.column() <= to.column())
                return true;
        }
        return false;
    };
    EXPECT_TRUE(covers(model.index(0, ConnectionsModel::SinceColumn)));
    EXPECT_TRUE(covers(model.index(0, ConnectionsModel::SinceColumn, conn)));
}
