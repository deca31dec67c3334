#include "ConnectionStateStyle.h"
#include "ConnectionsModel.h"
#include "ConnectionsView.h"
#include "MainWindow.h"
#include "MarketView.h"
#include "MarketsModel.h"
#include "SettingsDialog.h"
#include "SignalsView.h"
#include "TimeoutHistoryModel.h"
#include "ViewTestData.h"
#include "WarningsModel.h"
#include "WarningsView.h"
#include "Workstation.h"
#include "WorkstationViews.h"
#include "base/Clock.h"
#include "engine/CoreRuntime.h"

#include <QAction>
#include <QApplication>
#include <QCandlestickSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace virtuoso;

namespace {

constexpr qint64 kT0 = 1'764'300'000'000;

CoreSnapshotPtr snapshot(quint64 revision, qint64 ms)
{
    auto s = std::make_shared<CoreSnapshot>();
    s->revision = revision;
    s->epochMs = ms;
    s->connections = {test::connection(QStringLiteral("conn_0"), health::ConnectionState::Live, revision, kT0)};
    s->markets = {test::market(QStringLiteral("BTCUSDT"), 50000 + static_cast<double>(revision), 49999, 50001, "1")};
    s->recentTimeouts = {
        test::timeout(1, ms, health::TimeoutKind::BookResync, QStringLiteral("conn_0"), QStringLiteral("BTCUSDT"))};
    return s;
}

// Settings and the layout go to a throwaway directory.
// A host whose only data beyond the snapshots is a fixed list of warning aggregates.
struct FixedWarnings final : ui::ViewDataSource
{
    std::vector<health::WarningAggregate> all;
    void warnings(Reply<std::vector<health::WarningAggregate>> done) override { done(all); }
    bool hasWarnings() const override { return true; }
};

struct ScratchSettings
{
    QTemporaryDir dir;
    ScratchSettings() { QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path()); }
};

} // namespace

TEST(WorkstationViews, RegistersEveryViewWithMenusAndShortcuts)
{
    ScratchSettings scratch;
    CoreRuntime runtime(Config{}, Clock::system());
    ui::MainWindow window(runtime);
    ui::WorkstationViews views(window, std::make_shared<FixedWarnings>(), ui::WorkstationSettings{});
    window.show();

    EXPECT_EQ(window.centralTabs()->count(), 6); // Market, Signals, Trading, Alerts, Performance, Log analysis
    EXPECT_EQ(window.centralTabs()->widget(2)->objectName(), QStringLiteral("TradingView"));
    EXPECT_EQ(window.centralTabs()->widget(3)->objectName(), QStringLiteral("AlertsView"));
    EXPECT_EQ(window.centralTabs()->widget(4)->objectName(), QStringLiteral("PerformanceView"));
    EXPECT_EQ(window.centralTabs()->widget(5)->objectName(), QStringLiteral("LogAnalysisView"));
    for (const char *dock : {"ConnectionsViewDock", "TimeoutHistoryViewDock", "WarningsViewDock"})
        EXPECT_NE(window.findChild<QDockWidget *>(QString::fromLatin1(dock)), nullptr) << dock;
    auto *file = window.findChild<QMenu *>(QStringLiteral("FileMenu"));
    auto *help = window.findChild<QMenu *>(QStringLiteral("HelpMenu"));
    ASSERT_NE(file, nullptr);
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->actions().contains(views.action(QStringLiteral("ShortcutsAction"))));
    EXPECT_TRUE(file->actions().contains(views.action(QStringLiteral("SettingsAction"))));
    // File ▸ Export holds the CSV exports and the chart's PNG, each with its shortcut.
    QMenu *exportMenu = nullptr;
    for (QAction *a : file->actions())
        if (a->menu() && a->text() == QStringLiteral("&Export"))
            exportMenu = a->menu();
    ASSERT_NE(exportMenu, nullptr);
    const struct
    {
        const char *action;
        const char *keys;
    } exports[] = {{"ExportTimeoutsAction", "Ctrl+E"},
                   {"ExportWarningsAction", "Ctrl+Shift+E"},
                   {"ExportChartAction", "Ctrl+Shift+P"}};
    for (const auto &e : exports) {
        QAction *a = views.action(QString::fromLatin1(e.action));
        ASSERT_NE(a, nullptr) << e.action;
        EXPECT_TRUE(exportMenu->actions().contains(a)) << e.action;
        EXPECT_EQ(a->shortcut(), QKeySequence(QString::fromLatin1(e.keys))) << e.action;
    }

    QStringList keys;
    for (const auto &s : views.shortcuts())
        keys << s.keys.toString();
    for (const char *k : {"Ctrl+E", "Ctrl+Shift+E", "Ctrl+Shift+P", "Ctrl+,", "F1", "Ctrl+1", "Ctrl+5", "Ctrl+6",
                          "Ctrl+F", "Ctrl+Shift+K", "Ctrl+Shift+B", "Ctrl+Shift+S", "Del", "Return", "Esc"})
        EXPECT_TRUE(keys.contains(QString::fromLatin1(k))) << k << " in " << keys.join(u' ').toStdString();

    // Ctrl+2 brings the signals tab forward; it says plainly that there is no engine output yet.
    views.action(QStringLiteral("ShowSignalsAction"))->trigger();
    EXPECT_EQ(window.centralTabs()->currentWidget(), views.signalsView());
    EXPECT_FALSE(views.signalsView()->engineRunning());
    EXPECT_TRUE(views.signalsView()->stateText().contains(QStringLiteral("not running")));
}

TEST(WorkstationViews, SnapshotsBetweenTwoRefreshesAreCoalesced)
{
    ScratchSettings scratch;
    CoreRuntime runtime(Config{}, Clock::system());
    ui::MainWindow window(runtime);
    ui::WorkstationSettings settings;
    settings.refreshHz = 5;
    ui::WorkstationViews views(window, {}, settings);
    EXPECT_EQ(views.refreshIntervalMs(), 200);
    for (quint64 r = 1; r <= 3; ++r)
        views.submitSnapshot(snapshot(r, kT0 + static_cast<qint64>(r) * 100));
    // Nothing is drawn until the refresh timer fires, and then only the newest snapshot.
    EXPECT_EQ(views.market()->model()->rowCount(), 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return views.market()->model()->rowCount() == 1; }, 2000));
    EXPECT_EQ(views.market()->model()->index(0, ui::MarketsModel::LastColumn).data().toString(),
              QStringLiteral("50003.00"));
    EXPECT_EQ(views.connections()->model()->rowCount(), 1);
    EXPECT_EQ(views.timeouts()->model()->rowCount(), 1);
    // Without a warnings source the view says so instead of showing an empty table.
    EXPECT_FALSE(views.warnings()->table()->isEnabled());
}

TEST(WorkstationViews, SettingsPersistAndApply)
{
    ScratchSettings scratch;
    CoreRuntime runtime(Config{}, Clock::system());
    ui::MainWindow window(runtime);
    ui::WorkstationViews views(window, {}, ui::WorkstationSettings::load());
    EXPECT_EQ(views.settings().refreshHz, 10);

    ui::SettingsDialog dialog(views.settings());
    dialog.findChild<QComboBox *>(QStringLiteral("ThemeChoice"))->setCurrentIndex(2); // dark
    dialog.findChild<QSpinBox *>(QStringLiteral("RefreshRate"))->setValue(4);
    dialog.findChild<QLineEdit *>(QStringLiteral("DefaultSymbol"))->setText(QStringLiteral("ethusdt"));
    views.applySettings(dialog.settings());
    EXPECT_EQ(views.refreshIntervalMs(), 250);
    EXPECT_TRUE(ui::isDarkPalette());
    // Charts take the dark background; the candles keep their up/down colours.
    QChart *candles = views.market()->candleChart()->chart();
    EXPECT_EQ(candles->backgroundBrush().color(), QApplication::palette().color(QPalette::Base));
    auto *series = qobject_cast<QCandlestickSeries *>(candles->series().constFirst());
    ASSERT_NE(series, nullptr);
    EXPECT_EQ(series->increasingColor(), QColor(0x2e, 0x9d, 0x4f));

    const ui::WorkstationSettings reloaded = ui::WorkstationSettings::load();
    EXPECT_EQ(reloaded.theme, ui::Theme::Dark);
    EXPECT_EQ(reloaded.refreshHz, 4);
    EXPECT_EQ(reloaded.defaultSymbol, QStringLiteral("ETHUSDT"));

    ui::WorkstationSettings light = reloaded;
    light.theme = ui::Theme::Light;
    views.applySettings(light);
    EXPECT_FALSE(ui::isDarkPalette());
}

TEST(WorkstationViews, ExportsCsvAndChartsAsPng)
{
    ScratchSettings scratch;
    CoreRuntime runtime(Config{}, Clock::system());
    ui::MainWindow window(runtime);
    auto source = std::make_shared<FixedWarnings>();
    health::WarningAggregate w;
    w.code = "BOOK_SHALLOW";
    w.count = 3;
    w.lastMessage = QStringLiteral("Shallow orderbook: asks=0, bids=0");
    source->all = {w};
    ui::WorkstationViews views(window, source, ui::WorkstationSettings{});
    window.resize(1400, 900);
    window.show();
    views.applySnapshot(*snapshot(1, kT0));

    QTemporaryDir dir;
    ASSERT_TRUE(views.exportTimeoutsCsv(dir.filePath(QStringLiteral("t.csv"))).isEmpty());
    ASSERT_TRUE(views.exportWarningsCsv(dir.filePath(QStringLiteral("w.csv"))).isEmpty());
    QFile warnings(dir.filePath(QStringLiteral("w.csv")));
    ASSERT_TRUE(warnings.open(QIODevice::ReadOnly));
    const QByteArray csv = warnings.readAll();
    EXPECT_TRUE(csv.contains("BOOK_SHALLOW,warning,3,")) << csv.toStdString();
    EXPECT_TRUE(csv.contains("\"Shallow orderbook: asks=0, bids=0\"")); // the comma forces quoting

    const QString png = dir.filePath(QStringLiteral("candles.png"));
    ASSERT_TRUE(ui::WorkstationViews::saveWidgetPng(views.market()->candleChart(), png).isEmpty());
    QImage image(png);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 100);
    EXPECT_FALSE(
        ui::WorkstationViews::saveWidgetPng(views.market()->candleChart(), QStringLiteral("/nonexistent/x.png"))
            .isEmpty());
    const QString timeoutPng = dir.filePath(QStringLiteral("timeouts.png"));
    ASSERT_TRUE(ui::WorkstationViews::saveWidgetPng(views.timeouts()->chart(), timeoutPng).isEmpty());
    EXPECT_GT(QImage(timeoutPng).width(), 100);

    const QStringList shots = views.captureScreenshots(dir.filePath(QStringLiteral("shots")));
    EXPECT_EQ(shots.size(), 9);
    EXPECT_TRUE(shots.contains(dir.filePath(QStringLiteral("shots/log-analysis.png"))))
        << shots.join(u',').toStdString();
    EXPECT_TRUE(shots.contains(dir.filePath(QStringLiteral("shots/performance.png"))))
        << shots.join(u',').toStdString();
    EXPECT_TRUE(shots.contains(dir.filePath(QStringLiteral("shots/alerts.png")))) << shots.join(u',').toStdString();
    for (const QString &s : shots)
        EXPECT_FALSE(QImage(s).isNull()) << s.toStdString();
}

TEST(WorkstationViews, ViewsSpeakGermanAndChinese)
{
    ScratchSettings scratch;
    CoreRuntime runtime(Config{}, Clock::system());
    const auto removeTranslators = [] {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    };
    ASSERT_FALSE(ui::installTranslation(QStringLiteral("de")).isEmpty());
    {
        ui::MainWindow window(runtime);
        ui::WorkstationViews views(window, {}, ui::WorkstationSettings{});
        EXPECT_EQ(views.action(QStringLiteral("ShowMarketAction"))->text(), QStringLiteral("&Markt anzeigen"));
        EXPECT_EQ(window.centralTabs()->tabText(0), QStringLiteral("Markt"));
        EXPECT_EQ(views.connections()->model()->headerData(ui::ConnectionsModel::StateColumn, Qt::Horizontal),
                  QStringLiteral("Zustand"));
        EXPECT_EQ(ui::connectionStateText(health::ConnectionState::Backoff),
                  QStringLiteral("Backoff (wartet auf Neuverbindung)"));
        EXPECT_EQ(views.connections()->model()->headerData(ui::ConnectionsModel::LatencyP50Column, Qt::Horizontal),
                  QStringLiteral("Latenz p50 (zuletzt)"));
        EXPECT_EQ(views.timeouts()->findChild<QComboBox *>(QStringLiteral("TimeoutZoom"))->itemText(3),
                  QStringLiteral("7 Tage, pro 6 Stunden"));
    }
    removeTranslators();
    ASSERT_FALSE(ui::installTranslation(QStringLiteral("zh_CN")).isEmpty());
    {
        ui::MainWindow window(runtime);
        ui::WorkstationViews views(window, {}, ui::WorkstationSettings{});
        EXPECT_EQ(window.centralTabs()->tabText(1), QStringLiteral("信号"));
        EXPECT_EQ(ui::connectionStateText(health::ConnectionState::Live), QStringLiteral("在线"));
        EXPECT_EQ(views.connections()->model()->headerData(ui::ConnectionsModel::LatencyP50Column, Qt::Horizontal),
                  QStringLiteral("近期延迟 p50"));
    }
    removeTranslators();
}
