// The trading desk: the ticket puts quantities and prices on the instrument's grids and sends only
// on an explicit click or Enter; the orders model changes a row in place; on the real core (paper
// venue, the embedded simulator's market) a refused send shows the risk rule with its numbers, and
// the kill switch asks before it engages, shows its report and is reset after a second question.
#include "LocalDataSource.h"
#include "MainWindow.h"
#include "OrderTicket.h"
#include "OrdersModel.h"
#include "TradingView.h"
#include "WorkstationViews.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"
#include "sim/server/EmbeddedSimulator.h"

#include "PaperSimulatorCore.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <atomic>
#include <memory>

using namespace virtuoso;
using virtuoso::test::waitFor;

namespace {

exchange::InstrumentSpec btcSpec()
{
    exchange::InstrumentSpec spec;
    spec.symbol = *exchange::Symbol::from("BTCUSDT");
    spec.price = exchange::DecimalGrid(5, 1);    // tick 0.5
    spec.quantity = exchange::DecimalGrid(5, 3); // lot 0.005
    spec.minOrderLots = 2;                       // 0.010
    spec.maxOrderLots = 20'000;                  // 100.000
    spec.baseCoin = "BTC";
    spec.quoteCoin = "USDT";
    spec.status = "Trading";
    return spec;
}

void typeInto(QDoubleSpinBox *box, double value)
{
    box->setFocus();
    auto *edit = box->findChild<QLineEdit *>();
    ASSERT_NE(edit, nullptr);
    edit->selectAll();
    QTest::keyClicks(edit, box->locale().toString(value, 'f', box->decimals()));
}

// Answers the next message box named `name` once it is shown (by the event loop of its exec()):
// the accepting button or Cancel. `seen` says whether it came.
void answerDialog(const QString &name, bool accept, std::shared_ptr<bool> seen)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, name, accept, seen] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || box->objectName() != name || !box->isVisible())
                continue;
            *seen = true;
            poll->deleteLater();
            poll->stop();
            QAbstractButton *button =
                accept ? static_cast<QAbstractButton *>(box->findChild<QPushButton *>(QStringLiteral("ConfirmButton")))
                       : box->button(QMessageBox::Cancel);
            button->click();
            return;
        }
    });
    poll->start();
}

trading::TradingView::OrderRow orderRow(const std::string &id, trading::OrderStatus status, const std::string &filled)
{
    trading::TradingView::OrderRow row;
    row.order.intent.orderLinkId = id;
    row.order.intent.symbol = "BTCUSDT";
    row.order.intent.side = trading::Side::Buy;
    row.order.intent.type = trading::OrderType::Limit;
    row.order.status = status;
    row.order.createdMs = 1'764'300'000'000;
    row.price = "50000.0";
    row.quantity = "0.010";
    row.filled = filled;
    return row;
}

struct ScratchSettings
{
    QTemporaryDir dir;
    ScratchSettings() { QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path()); }
};

// The core on the embedded simulator, trading on paper with only the order notional limit on (so a
// refusal does not wait for a mark), its history and audit log in a scratch folder.
struct PaperCore
{
    test::PaperSimulatorCore core{[] {
        sim::SimulatorOptions o;
        o.symbols = {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")};
        return o;
    }()};
    std::unique_ptr<CoreRuntime> &runtime = core.runtime;

    bool start()
    {
        return core.start(
            {QStringLiteral("risk.max_order_notional=1000"), QStringLiteral("risk.price_band_percent=0")});
    }

    // Whether the trading thread's order manager has the kill switch engaged, asked on that thread
    // (and after whatever was posted before).
    std::optional<bool> killEngagedOnTradingThread()
    {
        auto answer = std::make_shared<std::atomic<int>>(-1);
        runtime->postTrading([answer](trading::TradingService &service) {
            answer->store(service.manager() && service.manager()->killSwitchEngaged() ? 1 : 0);
        });
        if (!waitFor([&] { return answer->load() >= 0; }, 5000))
            return std::nullopt;
        return answer->load() == 1;
    }
};

} // namespace

TEST(OrderTicket, SnapsQuantityAndPriceToTheGridsAndSendsOnlyOnEnterOrAClick)
{
    ui::OrderTicketPanel ticket;
    ticket.setSymbols({QStringLiteral("BTCUSDT")});
    ticket.show();
    ticket.activateWindow(); // Enter and Esc are the ticket's shortcuts: they need its window active
    ASSERT_TRUE(QTest::qWaitForWindowActive(&ticket));
    EXPECT_FALSE(ticket.buyButton()->isEnabled()) << "nothing can be sent before the grids are known";
    ticket.setInstrument(btcSpec());
    EXPECT_TRUE(ticket.buyButton()->isEnabled());
    EXPECT_DOUBLE_EQ(ticket.quantityBox()->singleStep(), 0.005);
    EXPECT_DOUBLE_EQ(ticket.priceBox()->singleStep(), 0.5);
    QSignalSpy sent(&ticket, &ui::OrderTicketPanel::sendRequested);

    ticket.typeBox()->setCurrentIndex(ticket.typeBox()->findData(QStringLiteral("Limit")));
    typeInto(ticket.priceBox(), 100.3);
    typeInto(ticket.quantityBox(), 0.012);
    EXPECT_EQ(sent.count(), 0) << "typing sends nothing";
    // Enter on values between two steps snaps them and says so; nothing is sent yet.
    QTest::keyClick(ticket.quantityBox()->findChild<QLineEdit *>(), Qt::Key_Return);
    EXPECT_EQ(sent.count(), 0);
    EXPECT_TRUE(ticket.verdictText().contains(QStringLiteral("0.010"))) << ticket.verdictText().toStdString();
    EXPECT_TRUE(ticket.verdictText().contains(QStringLiteral("100.5"))) << ticket.verdictText().toStdString();
    EXPECT_FALSE(ticket.verdictOk());
    EXPECT_DOUBLE_EQ(ticket.quantityBox()->value(), 0.010);
    EXPECT_DOUBLE_EQ(ticket.priceBox()->value(), 100.5);

    // The second Enter sends what the operator now sees, as exact decimal text.
    QTest::keyClick(ticket.quantityBox()->findChild<QLineEdit *>(), Qt::Key_Return);
    ASSERT_EQ(sent.count(), 1);
    auto order = sent.takeFirst().at(0).value<trading::OrderTicket>();
    EXPECT_EQ(order.symbol, "BTCUSDT");
    EXPECT_EQ(order.side, "Buy");
    EXPECT_EQ(order.type, "Limit");
    EXPECT_EQ(order.quantity, "0.010");
    EXPECT_EQ(order.price, "100.5");
    EXPECT_EQ(order.timeInForce, "GTC");
    EXPECT_FALSE(order.reduceOnly);

    // Below the instrument's minimum: refused here with the numbers.
    typeInto(ticket.quantityBox(), 0.005);
    ticket.sellButton()->click();
    EXPECT_EQ(sent.count(), 0);
    EXPECT_TRUE(ticket.verdictText().contains(QStringLiteral("below the minimum 0.010")))
        << ticket.verdictText().toStdString();

    // A market sell takes no price; reduce-only goes along.
    ticket.typeBox()->setCurrentIndex(ticket.typeBox()->findData(QStringLiteral("Market")));
    EXPECT_FALSE(ticket.priceBox()->isEnabled());
    typeInto(ticket.quantityBox(), 0.02);
    ticket.reduceOnlyBox()->setChecked(true);
    ticket.sellButton()->click();
    ASSERT_EQ(sent.count(), 1);
    order = sent.takeFirst().at(0).value<trading::OrderTicket>();
    EXPECT_EQ(order.side, "Sell");
    EXPECT_EQ(order.type, "Market");
    EXPECT_EQ(order.quantity, "0.020");
    EXPECT_TRUE(order.price.empty());
    EXPECT_TRUE(order.reduceOnly);

    // Esc clears the ticket.
    QTest::keyClick(ticket.quantityBox()->findChild<QLineEdit *>(), Qt::Key_Escape);
    EXPECT_DOUBLE_EQ(ticket.quantityBox()->value(), 0);
    EXPECT_FALSE(ticket.reduceOnlyBox()->isChecked());
    EXPECT_TRUE(ticket.verdictText().isEmpty());
    // An empty quantity is refused, not sent.
    QTest::keyClick(ticket.quantityBox()->findChild<QLineEdit *>(), Qt::Key_Return);
    EXPECT_EQ(sent.count(), 0);
    EXPECT_TRUE(ticket.verdictText().contains(QStringLiteral("lot 0.005"))) << ticket.verdictText().toStdString();
}

TEST(OrdersModel, ChangesARowInPlaceWhenItsStatusChanges)
{
    ui::OrdersModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ui::TradingTableModel::SortRole);
    proxy.sort(ui::OrdersModel::TimeColumn, Qt::DescendingOrder);

    trading::TradingView first;
    first.orders = {orderRow("vws-a", trading::OrderStatus::New, "0.000"),
                    orderRow("vws-b", trading::OrderStatus::New, "0.000")};
    model.apply(first);
    ASSERT_EQ(model.rowCount(), 2);
    const int row = model.rowOf(QStringLiteral("vws-b"));
    ASSERT_GE(row, 0);
    const QPersistentModelIndex held(model.index(row, ui::OrdersModel::StatusColumn));
    EXPECT_EQ(held.data().toString(), QStringLiteral("New"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The same view again: nothing to tell.
    model.apply(first);
    EXPECT_EQ(changed.count(), 0);

    trading::TradingView second = first;
    second.orders[1] = orderRow("vws-b", trading::OrderStatus::PartiallyFilled, "0.004");
    model.apply(second);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 1) << "one dataChanged, for the one order that changed";
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    EXPECT_EQ(topLeft.row(), row);
    EXPECT_EQ(bottomRight.row(), row);
    EXPECT_EQ(model.lastChangedRows(), 1);
    ASSERT_TRUE(held.isValid());
    EXPECT_EQ(held.row(), row);
    EXPECT_EQ(held.data().toString(), QStringLiteral("Partially filled"));
    EXPECT_EQ(model.index(row, ui::OrdersModel::FilledColumn).data().toString(), QStringLiteral("0.004"));
    EXPECT_EQ(proxy.rowCount(), 2);

    // A finished order that drops out of the view is removed; a new one is inserted.
    trading::TradingView third;
    third.orders = {orderRow("vws-c", trading::OrderStatus::PendingNew, "0.000"), second.orders[1]};
    model.apply(third);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.rowOf(QStringLiteral("vws-a")), -1);
    EXPECT_TRUE(held.isValid());
    EXPECT_EQ(held.data().toString(), QStringLiteral("Partially filled"));
}

TEST(TradingDesk, ARefusedSendShowsTheRiskRuleWithItsNumbers)
{
    PaperCore core;
    ASSERT_TRUE(core.start());
    ui::TradingView desk;
    desk.setRuntime(core.runtime.get());
    desk.resize(1400, 900);
    desk.show();
    desk.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&desk));
    ui::OrderTicketPanel *ticket = desk.ticket();
    ASSERT_TRUE(waitFor([&] { return ticket->hasInstrument(); }, 20000)) << "the instrument never came";
    ASSERT_TRUE(waitFor([&] { return desk.badge().text == QStringLiteral("PAPER"); }, 10000))
        << desk.badge().text.toStdString();
    EXPECT_TRUE(desk.statusText().contains(QStringLiteral("PAPER"))) << desk.statusText().toStdString();

    // 1 BTC at 50000: 50000 USDT, fifty times the order notional limit.
    ticket->typeBox()->setCurrentIndex(ticket->typeBox()->findData(QStringLiteral("Limit")));
    typeInto(ticket->priceBox(), 50000);
    typeInto(ticket->quantityBox(), 1);
    QTest::keyClick(ticket->quantityBox()->findChild<QLineEdit *>(), Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return ticket->verdictText().contains(QStringLiteral("max_order_notional")); }, 10000))
        << ticket->verdictText().toStdString();
    EXPECT_TRUE(ticket->verdictText().contains(QStringLiteral("exceeds the limit 1000.00")))
        << ticket->verdictText().toStdString();
    EXPECT_FALSE(ticket->verdictOk());
    // The blotter keeps the refused order, with the gate's reason.
    ASSERT_TRUE(waitFor([&] { return desk.ordersModel()->rowCount() == 1; }, 10000));
    EXPECT_EQ(desk.ordersModel()->index(0, ui::OrdersModel::StatusColumn).data().toString(),
              QStringLiteral("Rejected"));
    core.runtime->stop();
}

TEST(TradingDesk, TheKillSwitchAsksThenEngagesShowsItsReportAndIsResetAfterASecondQuestion)
{
    ScratchSettings scratch;
    PaperCore core;
    ASSERT_TRUE(core.start());
    ui::MainWindow window(*core.runtime);
    auto *views = new ui::WorkstationViews(window, std::make_shared<ui::LocalDataSource>(*core.runtime),
                                           ui::WorkstationSettings{});
    window.show();
    ui::TradingView *desk = views->tradingDesk();
    ASSERT_EQ(desk->runtime(), core.runtime.get());
    ASSERT_TRUE(waitFor([&] { return window.tradingBadge().text == QStringLiteral("PAPER"); }, 10000));
    EXPECT_TRUE(window.windowTitle().endsWith(QStringLiteral("PAPER"))) << window.windowTitle().toStdString();
    QAction *kill = views->action(QStringLiteral("KillSwitchAction"));
    ASSERT_NE(kill, nullptr);
    EXPECT_EQ(kill->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    EXPECT_TRUE(kill->isEnabled());

    // Declined: nothing reaches the trading thread.
    auto asked = std::make_shared<bool>(false);
    answerDialog(QStringLiteral("KillSwitchConfirm"), false, asked);
    kill->trigger();
    EXPECT_TRUE(*asked);
    EXPECT_EQ(core.killEngagedOnTradingThread(), std::optional<bool>(false));
    EXPECT_FALSE(desk->killBannerShown());

    // Confirmed: engaged, said in the status bar and in the desk with the report.
    asked = std::make_shared<bool>(false);
    answerDialog(QStringLiteral("KillSwitchConfirm"), true, asked);
    kill->trigger();
    EXPECT_TRUE(*asked);
    ASSERT_TRUE(waitFor([&] { return window.tradingBadge().text == QStringLiteral("KILL SWITCH ENGAGED"); }, 10000))
        << window.tradingBadge().text.toStdString();
    EXPECT_EQ(core.killEngagedOnTradingThread(), std::optional<bool>(true));
    EXPECT_TRUE(desk->killBannerShown());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("KILL SWITCH"))) << window.windowTitle().toStdString();
    ASSERT_TRUE(waitFor([&] { return desk->killReportText().contains(QStringLiteral("Problems: none")); }, 10000))
        << desk->killReportText().toStdString();
    EXPECT_TRUE(desk->killReportText().contains(QStringLiteral("operator (workstation)")));
    EXPECT_TRUE(desk->killReportText().contains(QStringLiteral("Orders cancelled: 0 open before, 0 open after")))
        << desk->killReportText().toStdString();

    // Reset, after its own question.
    auto *reset = desk->findChild<QPushButton *>(QStringLiteral("KillResetButton"));
    ASSERT_NE(reset, nullptr);
    ASSERT_TRUE(waitFor([&] { return reset->isEnabled(); }, 10000));
    asked = std::make_shared<bool>(false);
    answerDialog(QStringLiteral("KillResetConfirm"), true, asked);
    reset->click();
    EXPECT_TRUE(*asked);
    ASSERT_TRUE(waitFor([&] { return window.tradingBadge().text == QStringLiteral("PAPER"); }, 10000))
        << window.tradingBadge().text.toStdString();
    EXPECT_FALSE(desk->killBannerShown());
    EXPECT_EQ(core.killEngagedOnTradingThread(), std::optional<bool>(false));
    window.close();
    core.runtime->stop();
}

TEST(TradingDesk, SaysTradingIsLocalOnlyWhenTheSourceIsADaemon)
{
    ScratchSettings scratch;
    CoreRuntime runtime(Config{}, Clock::system());
    ui::MainWindow window(runtime);
    ui::WorkstationViews views(window, std::make_shared<ui::ViewDataSource>(), ui::WorkstationSettings{});
    EXPECT_EQ(views.tradingDesk()->runtime(), nullptr);
    EXPECT_EQ(views.tradingDesk()->statusText(), QStringLiteral("This host has no trading desk."));
    EXPECT_FALSE(views.action(QStringLiteral("KillSwitchAction"))->isEnabled());
    EXPECT_TRUE(window.tradingBadge().text.isEmpty());
    views.action(QStringLiteral("ShowTradingAction"))->trigger();
    EXPECT_EQ(window.centralTabs()->currentWidget(), views.tradingDesk());
}
