// The workstation at 1600×1000, in English and in German: every header of every table and tree
// view fits its section, so no column title is cut ("Offene Positionen" must not read "Offene Po…").
// A failure names the view, the header text and the widths.

#include "HostManager.h"
#include "MainWindow.h"
#include "SignalsView.h"
#include "ViewTestData.h"
#include "Workstation.h"
#include "WorkstationViews.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace virtuoso;

namespace {

constexpr qint64 kT0 = 1'764'300'000'000;

CoreSnapshotPtr snapshot()
{
    auto s = std::make_shared<CoreSnapshot>();
    s->revision = 1;
    s->epochMs = kT0;
    s->feedState = QStringLiteral("streaming on 1 connection");
    s->connections = {test::connection(QStringLiteral("conn_0"), health::ConnectionState::Live, 10, kT0 - 60'000)};
    MarketSummary m = test::market(QStringLiteral("BTCUSDT"), 95531.9, 95531.8, 95531.9, QStringLiteral("1234.5"));
    m.priceDecimals = 1;
    m.markPrice = QStringLiteral("95532.4");
    m.indexPrice = QStringLiteral("95540.12");
    m.fundingRate = QStringLiteral("0.0001");
    m.nextFundingTimeMs = kT0 + 3 * 3'600'000;
    m.turnover24h = QStringLiteral("6380000000");
    m.openInterest = QStringLiteral("68744.761");
    m.openInterestValue = QStringLiteral("6567890123.4");
    s->markets = {m};
    s->recentTimeouts = {
        test::timeout(1, kT0, health::TimeoutKind::BookResync, QStringLiteral("conn_0"), QStringLiteral("BTCUSDT"))};
    return s;
}

// Every horizontal header under `root` whose text does not fit its section.
QStringList cutHeaders(QWidget *root, const QString &where)
{
    QStringList cut;
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        auto *header = view->findChild<QHeaderView *>();
        if (!header || header->orientation() != Qt::Horizontal || header->isHidden() || !view->model())
            continue;
        const QFontMetrics metrics(header->font());
        const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = view->model()->headerData(section, Qt::Horizontal).toString();
            if (text.isEmpty())
                continue;
            int needed = metrics.horizontalAdvance(text) + margins;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
                needed += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
            if (header->sectionSize(section) < needed)
                cut << QStringLiteral("%1 / %2: \"%3\" needs %4 px, has %5")
                           .arg(where, view->objectName(), text)
                           .arg(needed)
                           .arg(header->sectionSize(section));
        }
    }
    return cut;
}

void expectEveryHeaderFits(const QString &language)
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    ui::installTranslation(language);

    CoreRuntime runtime(Config{}, Clock::system());
    ui::MainWindow window(runtime);
    auto *views = new ui::WorkstationViews(window, {}, ui::WorkstationSettings{});
    auto *hosts = new ui::HostManager(window, *views, &runtime, Clock::system());
    hosts->installSidebar();
    window.resize(1600, 1000);
    window.show();
    views->applySnapshot(*snapshot());
    QCoreApplication::processEvents();

    QStringList cut;
    QTabWidget *tabs = window.centralTabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        views->applySnapshot(*snapshot());
        QCoreApplication::processEvents();
        cut << cutHeaders(tabs->widget(i), tabs->tabText(i));
    }
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
        cut << cutHeaders(dock, dock->windowTitle());
    }
    EXPECT_TRUE(cut.isEmpty()) << language.toStdString() << ":\n" << cut.join(QLatin1Char('\n')).toStdString();

    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace

TEST(LayoutFit, EveryHeaderFitsItsSectionInEnglish)
{
    expectEveryHeaderFits(QStringLiteral("en_US"));
}

TEST(LayoutFit, EveryHeaderFitsItsSectionInGerman)
{
    expectEveryHeaderFits(QStringLiteral("de"));
}

// With the in-process core alone, the Hosts dock stays closed; the first daemon opens it.
TEST(LayoutFit, TheHostsDockIsClosedInLocalMode)
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    CoreRuntime runtime(Config{}, Clock::system());
    ui::MainWindow window(runtime);
    auto *views = new ui::WorkstationViews(window, {}, ui::WorkstationSettings{});
    auto *hosts = new ui::HostManager(window, *views, &runtime, Clock::system());
    hosts->installSidebar();
    window.show();
    QCoreApplication::processEvents();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("HostSidebarDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_FALSE(dock->isVisible());
    QString error;
    ASSERT_GE(hosts->addRemote({QStringLiteral("http://127.0.0.1:9"), {}, {}}, &error, false, /*watch=*/false), 0)
        << error.toStdString();
    EXPECT_TRUE(dock->isVisible());
    hosts->remove(1);
    EXPECT_FALSE(dock->isVisible());
}

// The bottom panel's height is the operator's: it comes back after a restart.
TEST(LayoutFit, TheBottomPanelKeepsItsSize)
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    int chosen = 0;
    {
        ui::MainWindow window(nullptr);
        new ui::WorkstationViews(window, {}, ui::WorkstationSettings{});
        window.resize(1600, 1000);
        window.show();
        QCoreApplication::processEvents();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("ConnectionsViewDock"));
        ASSERT_NE(dock, nullptr);
        EXPECT_NEAR(dock->height(), window.height() / 3, window.height() / 8); // a third at first
        window.resizeDocks({dock}, {520}, Qt::Vertical);
        QCoreApplication::processEvents();
        chosen = dock->height();
        window.close();
    }
    ui::MainWindow window(nullptr);
    new ui::WorkstationViews(window, {}, ui::WorkstationSettings{});
    window.show();
    QCoreApplication::processEvents();
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("ConnectionsViewDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_NEAR(dock->height(), chosen, 4);
}

// Selecting a symbol in the Market view selects it in Signals, and the other way round.
TEST(LayoutFit, MarketAndSignalsFollowEachOthersSelection)
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    ui::MainWindow window(nullptr);
    auto *views = new ui::WorkstationViews(window, {}, ui::WorkstationSettings{});
    auto s = snapshot();
    auto more = std::make_shared<CoreSnapshot>(*s);
    more->markets.push_back(test::market(QStringLiteral("ETHUSDT"), 3482.8, 3482.7, 3482.9, QStringLiteral("1")));
    for (const char *symbol : {"BTCUSDT", "ETHUSDT"}) {
        auto signal = std::make_shared<confluence::ConfluenceSignal>();
        signal->symbol = symbol;
        signal->score = 55;
        more->confluenceSignals.push_back(signal);
    }
    views->applySnapshot(*more);
    views->market()->selectSymbol(QStringLiteral("ETHUSDT"));
    EXPECT_EQ(views->signalsView()->selectedSymbol(), QStringLiteral("ETHUSDT"));
    // The operator clicks BTCUSDT's row in Signals.
    views->signalsView()->signalTable()->selectRow(0);
    EXPECT_EQ(views->market()->selectedSymbol(), QStringLiteral("BTCUSDT"));
    views->market()->selectSymbol(QStringLiteral("ETHUSDT"));
    EXPECT_EQ(views->signalsView()->selectedSymbol(), QStringLiteral("ETHUSDT"));
}
