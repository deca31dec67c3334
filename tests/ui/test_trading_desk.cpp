// The finished desk on the paper venue (the embedded simulator's market): the ticket sized by % risk
// to its stop-loss sends the quantity the rule gives; take-profit and stop-loss go with the order,
// the position shows them and is closed once the market reaches one; an open order's quantity is
// amended in the orders table; the ticket shows the risk gate's verdict before sending. Then a
// daemon's desk, read-only, and its kill switch with the trading token.
#include "AccountPanel.h"
#include "ApiTestSupport.h"
#include "EquityChart.h"
#include "OrderTicket.h"
#include "OrdersModel.h"
#include "PositionsModel.h"
#include "PriceLadder.h"
#include "RemoteHost.h"
#include "RemoteTradingSource.h"
#include "TradingView.h"
#include "base/Clock.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"
#include "sim/server/EmbeddedSimulator.h"

#include "PaperSimulatorCore.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace virtuoso;
using virtuoso::test::waitFor;

namespace {

void typeInto(QDoubleSpinBox *box, double value)
{
    box->setFocus();
    auto *edit = box->findChild<QLineEdit *>();
    ASSERT_NE(edit, nullptr);
    edit->selectAll();
    QTest::keyClicks(edit, box->locale().toString(value, 'f', box->decimals()));
    box->interpretText();
}

// Accepts the next message box named `name` once it is shown.
void acceptDialog(const QString &name, std::shared_ptr<bool> seen)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, name, seen] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || box->objectName() != name || !box->isVisible())
                continue;
            *seen = true;
            poll->stop();
            poll->deleteLater();
            box->findChild<QPushButton *>(QStringLiteral("ConfirmButton"))->click();
            return;
        }
    });
    poll->start();
}

exchange::InstrumentSpec btcSpec()
{
    exchange::InstrumentSpec spec;
    spec.symbol = *exchange::Symbol::from("BTCUSDT");
    spec.price = exchange::DecimalGrid(5, 1);    // tick 0.5
    spec.quantity = exchange::DecimalGrid(1, 3); // lot 0.001
    spec.minOrderLots = 1;
    spec.maxOrderLots = 100'000;
    spec.baseCoin = "BTC";
    spec.quoteCoin = "USDT";
    return spec;
}

// The core on the embedded simulator, trading on paper with no limits but the daily loss (so the
// sizes here pass), its history and audit log in a scratch folder; the desk gets its snapshots.
struct PaperDesk
{
    // By default a calm market (a tick or so a second): a resting order five ticks away stays resting
    // and the ladder stays put while a test clicks on it, however slowly a loaded machine runs the
    // test. A test that needs the price to reach a level asks for the normal market (1.0).
    explicit PaperDesk(double volatilityScale = 0.01)
        : core([volatilityScale] {
            sim::SimulatorOptions o;
            o.symbols = {QStringLiteral("BTCUSDT")};
            o.volatilityScale = volatilityScale;
            return o;
        }())
    {}
    test::PaperSimulatorCore core;
    std::unique_ptr<CoreRuntime> &runtime = core.runtime;
    ui::TradingView desk;
    double mark = 0;

    bool start()
    {
        const bool started = core.start({QStringLiteral("risk.price_band_percent=0")}, [this](CoreRuntime &runtime) {
            QObject::connect(&runtime, &CoreRuntime::snapshotPublished, &desk, [this](const CoreSnapshotPtr &s) {
                desk.applySnapshot(*s);
                for (const MarketSummary &m : s->markets)
                    if (m.symbol == u"BTCUSDT")
                        mark = m.markPrice.toDouble() > 0 ? m.markPrice.toDouble() : m.lastPriceValue;
            });
        });
        if (!started)
            return false;
        desk.setRuntime(runtime.get());
        desk.resize(1500, 950);
        desk.show();
        return true;
    }
    ~PaperDesk()
    {
        if (runtime)
            runtime->stop();
    }

    // The row of the order the last verdict named ("sent: <orderLinkId>"), -1 until it is listed.
    int sentRow() const
    {
        const QString verdict = desk.ticket()->verdictText();
        if (!verdict.startsWith(QStringLiteral("sent: ")))
            return -1;
        return desk.ordersModel()->rowOf(verdict.mid(6));
    }
    QString cell(int row, int column) const { return desk.ordersModel()->index(row, column).data().toString(); }
    int positionRow() const { return desk.positionsModel()->rowOf(QStringLiteral("BTCUSDT")); }
    QString positionCell(int column) const
    {
        const int row = positionRow();
        return row < 0 ? QString() : desk.positionsModel()->index(row, column).data().toString();
    }
};

} // namespace

TEST(OrderTicketSizing, RiskPercentAndNotionalBecomeContractsRoundedDownAndTpSlGoAlong)
{
    ui::OrderTicketPanel ticket;
    ticket.setSymbols({QStringLiteral("BTCUSDT")});
    ticket.setInstrument(btcSpec());
    ticket.setEquity(12'345.67);
    ticket.typeBox()->setCurrentIndex(ticket.typeBox()->findData(QStringLiteral("Limit")));
    ticket.priceBox()->setValue(50'000);
    ticket.stopLossBox()->setValue(49'250);
    ticket.takeProfitBox()->setValue(52'000);
    ticket.setSizingMode(trading::SizingMode::RiskPercent);
    ticket.amountBox()->setValue(1.5);
    // 12,345.67 × 1.5 % = 185.185 USDT over 750 per BTC = 0.24691 BTC → 0.246 (down to the lot 0.001).
    EXPECT_EQ(ticket.sizedQuantity(), QStringLiteral("0.246"));
    EXPECT_DOUBLE_EQ(ticket.quantityBox()->value(), 0.246) << "the ticket shows the contracts it will send";
    QString message;
    auto order = ticket.buildTicket(trading::Side::Buy, &message);
    ASSERT_TRUE(order) << message.toStdString();
    EXPECT_EQ(order->quantity, "0.246");
    EXPECT_EQ(order->price, "50000.0");
    EXPECT_EQ(order->takeProfit, "52000.0");
    EXPECT_EQ(order->stopLoss, "49250.0");
    EXPECT_EQ(order->tpTriggerBy, "LastPrice");
    ticket.triggerBox()->setCurrentIndex(ticket.triggerBox()->findData(QStringLiteral("MarkPrice")));
    order = ticket.buildTicket(trading::Side::Buy, &message);
    ASSERT_TRUE(order);
    EXPECT_EQ(order->slTriggerBy, "MarkPrice");

    // A sell with the same stop-loss below its price is refused with the reason, nothing built.
    EXPECT_FALSE(ticket.buildTicket(trading::Side::Sell, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("take-profit of a sell"))) << message.toStdString();

    // Without a stop-loss there is no risk size.
    ticket.stopLossBox()->setValue(0);
    EXPECT_TRUE(ticket.sizedQuantity().isEmpty());
    EXPECT_FALSE(ticket.buildTicket(trading::Side::Buy, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("stop-loss"))) << message.toStdString();

    // Notional: 1,000 USDT at 50,000 = 0.02 BTC; 1,049 USDT → 0.020 still (never rounded up).
    ticket.setSizingMode(trading::SizingMode::Notional);
    ticket.amountBox()->setValue(1'049);
    EXPECT_EQ(ticket.sizedQuantity(), QStringLiteral("0.020"));
    ticket.amountBox()->setValue(1'050);
    EXPECT_EQ(ticket.sizedQuantity(), QStringLiteral("0.021"));
}

TEST(TradingDesk, PercentRiskTicketSendsTheRuleQuantityAndTheGateIsPreviewedFirst)
{
    PaperDesk d;
    ASSERT_TRUE(d.start());
    ui::OrderTicketPanel *ticket = d.desk.ticket();
    ASSERT_TRUE(waitFor([&] { return ticket->hasInstrument() && d.mark > 0; }, 20000));
    ASSERT_TRUE(
        waitFor([&] { return d.desk.accountPanel()->equityText().startsWith(QStringLiteral("10000.00")); }, 10000))
        << d.desk.accountPanel()->equityText().toStdString();

    // A buy limit 2 % under the market, stop-loss 500 below it, 0.5 % of 10,000 at risk: 50 USDT over
    // 500 per BTC = 0.1 BTC, in lots of the instrument, rounded down.
    const double tick = ticket->priceBox()->singleStep();
    const double lot = ticket->quantityBox()->singleStep();
    const double price = std::floor(d.mark * 0.98 / tick) * tick;
    ticket->typeBox()->setCurrentIndex(ticket->typeBox()->findData(QStringLiteral("Limit")));
    typeInto(ticket->priceBox(), price);
    typeInto(ticket->stopLossBox(), price - 500);
    ticket->setSizingMode(trading::SizingMode::RiskPercent);
    typeInto(ticket->amountBox(), 0.5);
    const double expected = std::floor(0.1 / lot + 1e-9) * lot;
    const QString expectedText = QString::number(expected, 'f', ticket->quantityBox()->decimals());
    EXPECT_EQ(ticket->sizedQuantity(), expectedText);
    // The gate's verdict is there before anything is sent.
    ASSERT_TRUE(waitFor([&] { return ticket->previewText().contains(QStringLiteral("would pass")); }, 10000))
        << ticket->previewText().toStdString();
    EXPECT_EQ(d.desk.ordersModel()->rowCount(), 0) << "a preview sends nothing";

    ticket->buyButton()->click();
    ASSERT_TRUE(waitFor([&] { return d.sentRow() >= 0; }, 10000)) << ticket->verdictText().toStdString();
    EXPECT_EQ(d.cell(d.sentRow(), ui::OrdersModel::QuantityColumn), expectedText);
    EXPECT_EQ(d.cell(d.sentRow(), ui::OrdersModel::SideColumn), QStringLiteral("Buy"));

    // Over a limit the preview names the rule and the numbers before sending.
    d.runtime->postTrading([](trading::TradingService &service) {
        trading::RiskLimits limits = service.manager()->riskLimits();
        limits.maxOrderNotional = 100;
        service.manager()->setRiskLimits(limits);
    });
    typeInto(ticket->amountBox(), 0.6);
    ASSERT_TRUE(waitFor([&] { return ticket->previewText().contains(QStringLiteral("max_order_notional")); }, 10000))
        << ticket->previewText().toStdString();
    EXPECT_TRUE(ticket->previewText().contains(QStringLiteral("exceeds the limit 100.00")))
        << ticket->previewText().toStdString();
}

TEST(TradingDesk, TakeProfitAndStopLossGoWithTheOrderAndTheTriggerClosesThePositionOnce)
{
    PaperDesk d(1.0); // the normal market: it reaches a level 30 ticks away within seconds
    ASSERT_TRUE(d.start());
    ui::OrderTicketPanel *ticket = d.desk.ticket();
    ASSERT_TRUE(waitFor([&] { return ticket->hasInstrument() && d.mark > 0; }, 20000));
    ASSERT_TRUE(waitFor([&] { return !d.desk.accountPanel()->equityText().isEmpty(); }, 10000));
    // A market buy with a take-profit and a stop-loss 30 ticks outside the book's touch (and the
    // mark, which the ticket checks them against; the venue checks against the last trade, which is
    // at the touch): the simulator's market reaches one of them soon, and that closes the position.
    ASSERT_TRUE(
        waitFor([&] { return d.desk.ladder()->bestBidTicks() > 0 && d.desk.ladder()->bestAskTicks() > 0; }, 10000));
    const double tick = ticket->priceBox()->singleStep();
    const double markTicks = std::round(d.mark / tick);
    ticket->typeBox()->setCurrentIndex(ticket->typeBox()->findData(QStringLiteral("Market")));
    typeInto(ticket->quantityBox(), ticket->quantityBox()->singleStep() * 10);
    typeInto(ticket->takeProfitBox(),
             (std::max(markTicks, static_cast<double>(d.desk.ladder()->bestAskTicks())) + 30) * tick);
    typeInto(ticket->stopLossBox(),
             (std::min(markTicks, static_cast<double>(d.desk.ladder()->bestBidTicks())) - 30) * tick);
    ticket->buyButton()->click();
    ASSERT_TRUE(waitFor([&] { return d.sentRow() >= 0; }, 10000)) << ticket->verdictText().toStdString();
    // The position holds them (as the venue reports), then the trigger closes it.
    bool sawStops = false;
    ASSERT_TRUE(waitFor(
        [&] {
            sawStops = sawStops || (!d.positionCell(ui::PositionsModel::TakeProfitColumn).isEmpty() &&
                                    d.positionCell(ui::PositionsModel::TakeProfitColumn) != QStringLiteral("none") &&
                                    d.positionCell(ui::PositionsModel::StopLossColumn) != QStringLiteral("none"));
            return sawStops && d.positionCell(ui::PositionsModel::SideColumn) == QStringLiteral("Flat");
        },
        60000))
        << "take-profit " << d.positionCell(ui::PositionsModel::TakeProfitColumn).toStdString() << ", side "
        << d.positionCell(ui::PositionsModel::SideColumn).toStdString() << ", order "
        << d.cell(d.sentRow(), ui::OrdersModel::StatusColumn).toStdString() << " "
        << d.cell(d.sentRow(), ui::OrdersModel::ReasonColumn).toStdString();
    EXPECT_EQ(d.positionCell(ui::PositionsModel::TakeProfitColumn), QStringLiteral("none"));
    // One close, by the venue, named by what fired.
    int closes = 0;
    for (int row = 0; row < d.desk.ordersModel()->rowCount(); ++row) {
        const QString reason = d.cell(row, ui::OrdersModel::ReasonColumn);
        closes += reason == u"TakeProfit" || reason == u"StopLoss";
    }
    EXPECT_EQ(closes, 1);
}

TEST(TradingDesk, TheQuantityOfAnOpenOrderIsAmendedInTheTable)
{
    PaperDesk d;
    ASSERT_TRUE(d.start());
    ui::OrderTicketPanel *ticket = d.desk.ticket();
    ASSERT_TRUE(waitFor([&] { return ticket->hasInstrument() && d.mark > 0; }, 20000));
    const double tick = ticket->priceBox()->singleStep();
    const double lot = ticket->quantityBox()->singleStep();
    ticket->typeBox()->setCurrentIndex(ticket->typeBox()->findData(QStringLiteral("Limit")));
    typeInto(ticket->priceBox(), std::floor(d.mark * 0.95 / tick) * tick);
    typeInto(ticket->quantityBox(), lot * 20);
    ticket->buyButton()->click();
    ASSERT_TRUE(waitFor(
        [&] { return d.sentRow() >= 0 && d.cell(d.sentRow(), ui::OrdersModel::StatusColumn) == QStringLiteral("New"); },
        10000))
        << ticket->verdictText().toStdString();
    const QString id = ticket->verdictText().mid(6);

    // Edit the cell as the operator does: F2, type, Enter.
    QTableView *table = d.desk.ordersTable();
    const QModelIndex cell = d.desk.ordersProxy()->mapFromSource(
        d.desk.ordersModel()->index(d.desk.ordersModel()->rowOf(id), ui::OrdersModel::QuantityColumn));
    ASSERT_TRUE(d.desk.ordersModel()->flags(d.desk.ordersProxy()->mapToSource(cell)) & Qt::ItemIsEditable);
    table->setFocus();
    table->setCurrentIndex(cell);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr) << "the quantity cell opens an editor";
    const QString amended = QString::number(lot * 35, 'f', ticket->quantityBox()->decimals());
    editor->selectAll();
    QTest::keyClicks(editor, amended);
    QTest::keyClick(editor, Qt::Key_Return);
    ASSERT_TRUE(waitFor(
        [&] {
            const int row = d.desk.ordersModel()->rowOf(id);
            return d.cell(row, ui::OrdersModel::QuantityColumn) == amended &&
                   d.cell(row, ui::OrdersModel::StatusColumn) == QStringLiteral("New");
        },
        10000))
        << d.cell(d.desk.ordersModel()->rowOf(id), ui::OrdersModel::QuantityColumn).toStdString() << " / "
        << ticket->verdictText().toStdString();
    // A quantity off the lot is refused here with the numbers; the order stays as it is.
    d.desk.ordersModel()->setData(
        d.desk.ordersModel()->index(d.desk.ordersModel()->rowOf(id), ui::OrdersModel::QuantityColumn),
        QStringLiteral("0.0005"));
    EXPECT_TRUE(ticket->verdictText().contains(QStringLiteral("multiple of the lot")))
        << ticket->verdictText().toStdString();
    EXPECT_EQ(d.cell(d.desk.ordersModel()->rowOf(id), ui::OrdersModel::QuantityColumn), amended);
}

TEST(TradingDesk, TheEquityCurveHasRoundTicks)
{
    // 10:07:13 to 11:52:40 UTC: 15-minute steps from 10:00 to 12:00, nine ticks.
    const qint64 day = 1'764'288'000'000; // 2025-11-28 00:00 UTC
    const ui::RoundTimeAxis axis =
        ui::roundTimeAxis(day + (10 * 3600 + 7 * 60 + 13) * 1000LL, day + (11 * 3600 + 52 * 60 + 40) * 1000LL, 9, 0);
    EXPECT_EQ(axis.stepMs, 15 * 60'000);
    EXPECT_EQ(axis.startMs, day + 10 * 3'600'000LL);
    EXPECT_EQ(axis.endMs, day + 12 * 3'600'000LL);
    EXPECT_EQ(axis.tickCount, 9);
    // In a zone an hour and a half ahead the ticks fall on its round times, not UTC's.
    const ui::RoundTimeAxis shifted = ui::roundTimeAxis(day + 60'000, day + 5 * 3'600'000LL, 7, 5400);
    EXPECT_EQ((shifted.startMs + 5'400'000) % shifted.stepMs, 0);
    EXPECT_LE(shifted.tickCount, 7);
    // One sample: a minute-wide axis, not a zero-width one.
    const ui::RoundTimeAxis one = ui::roundTimeAxis(day + 30'000, day + 30'000, 7, 0);
    EXPECT_GT(one.endMs, one.startMs);
}

namespace {

const QByteArray kMonitoringToken = "monitoring-token-0123456789abcdef";
const QByteArray kTradingToken = "trading-token-fedcba9876543210";

} // namespace

TEST(TradingDesk, ADaemonsDeskIsReadOnlyAndItsKillSwitchNeedsTheTradingToken)
{
    // The daemon as a child process, paper trading on its embedded simulator; started when it says
    // which port it listens on, used once its account says trading runs.
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env = test::headlessEnvironment(home);
    env.insert(QStringLiteral("STATE_DIRECTORY"), home.filePath(QStringLiteral("state")));
    const QString monitoringFile = test::writeTokenFile(home, QStringLiteral("monitoring.token"), kMonitoringToken);
    const QString tradingFile = test::writeTokenFile(home, QStringLiteral("trading.token"), kTradingToken);
    QProcess daemon;
    QByteArray err;
    const quint16 port =
        test::startDaemonProcess(daemon, env,
                                 {QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0"),
                                  QStringLiteral("--set"), QStringLiteral("api.token_file=") + monitoringFile,
                                  QStringLiteral("--set"), QStringLiteral("trading.token_file=") + tradingFile,
                                  QStringLiteral("--set"), QStringLiteral("exchange.symbols=BTCUSDT")},
                                 &err);
    ASSERT_NE(port, 0) << err.toStdString();
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QNetworkAccessManager nam;
    const auto account = [&] {
        return test::httpGet(nam, QUrl(base + QStringLiteral("/api/v1/account")), kMonitoringToken).json();
    };
    ASSERT_TRUE(waitFor([&] { return account().value(QStringLiteral("running")).toBool(); }, 20000));
    ASSERT_TRUE(waitFor(
        [&] {
            return test::httpGet(nam, QUrl(base + QStringLiteral("/api/v1/orderbook/BTCUSDT?depth=5")),
                                 kMonitoringToken)
                       .status == 200;
        },
        20000));
    const test::HttpReply placed =
        test::httpSend(nam, "POST", QUrl(base + QStringLiteral("/api/v1/orders")),
                       R"({"symbol":"BTCUSDT","side":"Buy","type":"Market","qty":"0.005"})", kTradingToken);
    ASSERT_EQ(placed.status, 201) << placed.body.toStdString();

    // A host without the trading token: the desk shows the daemon's position and fill, read-only.
    QString error;
    const ui::RemoteHost::Target reading{base, monitoringFile, {}};
    const auto readingOptions = ui::RemoteHost::clientOptions(reading, &error);
    ASSERT_TRUE(readingOptions) << error.toStdString();
    ui::RemoteHost host(reading, *readingOptions, Clock::system());
    ui::TradingView desk;
    desk.resize(1400, 900);
    desk.show();
    desk.setRemote(&host);
    ASSERT_TRUE(waitFor(
        [&] {
            const int row = desk.positionsModel()->rowOf(QStringLiteral("BTCUSDT"));
            return row >= 0 &&
                   desk.positionsModel()->index(row, ui::PositionsModel::SideColumn).data().toString() == u"Long" &&
                   desk.executionsModel()->rowCount() >= 1;
        },
        15000))
        << desk.statusText().toStdString();
    EXPECT_TRUE(desk.statusText().contains(QStringLiteral("read-only"))) << desk.statusText().toStdString();
    EXPECT_EQ(desk.ordersModel()->rowCount(), 1);
    EXPECT_FALSE(desk.ticket()->buyButton()->isEnabled());
    EXPECT_FALSE(desk.ticket()->tradingAvailable());
    EXPECT_EQ(desk.ticket()->verdictText(), QStringLiteral("read-only: remote host"));
    EXPECT_FALSE(desk.findChild<QPushButton *>(QStringLiteral("CancelAllButton"))->isEnabled());
    EXPECT_FALSE(desk.findChild<QPushButton *>(QStringLiteral("ClosePositionButton"))->isEnabled());
    EXPECT_FALSE(desk.ordersModel()->flags(desk.ordersModel()->index(0, ui::OrdersModel::QuantityColumn)) &
                 Qt::ItemIsEditable);
    EXPECT_TRUE(desk.accountPanel()->equityText().contains(QStringLiteral("USDT")));
    QString why;
    EXPECT_FALSE(desk.canKill(&why));
    EXPECT_TRUE(why.contains(QStringLiteral("no trading token"))) << why.toStdString();

    // With the trading token the kill switch reaches the daemon: asked, engaged, shown, flattened.
    const ui::RemoteHost::Target trading{base, monitoringFile, {}, tradingFile};
    const auto tradingOptions = ui::RemoteHost::clientOptions(trading, &error);
    ASSERT_TRUE(tradingOptions) << error.toStdString();
    ui::RemoteHost tradingHost(trading, *tradingOptions, Clock::system());
    desk.setRemote(&tradingHost);
    EXPECT_TRUE(desk.canKill(&why)) << why.toStdString();
    auto asked = std::make_shared<bool>(false);
    acceptDialog(QStringLiteral("KillSwitchConfirm"), asked);
    desk.requestKillSwitch();
    EXPECT_TRUE(*asked);
    ASSERT_TRUE(waitFor(
        [&] {
            return account().value(QStringLiteral("kill_switch")).toObject().value(QStringLiteral("engaged")).toBool();
        },
        15000));
    ASSERT_TRUE(waitFor([&] { return desk.killBannerShown(); }, 15000));
    ASSERT_TRUE(waitFor(
        [&] {
            const int row = desk.positionsModel()->rowOf(QStringLiteral("BTCUSDT"));
            return row < 0 ||
                   desk.positionsModel()->index(row, ui::PositionsModel::SideColumn).data().toString() == u"Flat";
        },
        15000));
    daemon.terminate();
    daemon.waitForFinished(10000);
}

TEST(TradingDesk, OnTheLadderAClickPlacesADragMovesAndAClickCancelsOnThePaperVenue)
{
    PaperDesk d;
    ASSERT_TRUE(d.start());
    ui::OrderTicketPanel *ticket = d.desk.ticket();
    ui::PriceLadder *ladder = d.desk.ladder();
    ASSERT_TRUE(waitFor([&] { return ticket->hasInstrument() && ladder->bestBidTicks() > 0; }, 20000));
    const double lot = ticket->quantityBox()->singleStep();
    typeInto(ticket->quantityBox(), lot * 10);
    ladder->setArmed(true);
    // The point of a column at a price, computed just before each gesture (the ladder follows the book).
    const auto at = [ladder](int column, qint64 ticks) {
        return QPoint((ladder->columnX(column) + ladder->columnX(column + 1)) / 2,
                      ladder->rowOf(ticks) * ladder->rowHeight() + ladder->rowHeight() / 2);
    };
    const auto priceOf = [&d](int row) { return d.cell(row, ui::OrdersModel::PriceColumn).toDouble(); };
    const double tick = ticket->priceBox()->singleStep();

    // A click in the bid column five ticks under the touch: a resting limit buy there.
    const qint64 placeAt = ladder->bestBidTicks() - 5;
    ASSERT_GE(ladder->rowOf(placeAt), 0);
    QTest::mouseClick(ladder, Qt::LeftButton, {}, at(1, placeAt));
    ASSERT_TRUE(waitFor(
        [&] { return d.sentRow() >= 0 && d.cell(d.sentRow(), ui::OrdersModel::StatusColumn) == u"New"; }, 10000))
        << ticket->verdictText().toStdString() << " / "
        << (d.sentRow() >= 0 ? d.cell(d.sentRow(), ui::OrdersModel::StatusColumn).toStdString() : "not listed")
        << " / bid " << ladder->bestBidTicks() << " placed at " << placeAt;
    const QString id = ticket->verdictText().mid(6);
    const auto row = [&d, &id] { return d.desk.ordersModel()->rowOf(id); };
    EXPECT_NEAR(priceOf(row()), static_cast<double>(placeAt) * tick, tick / 2);
    EXPECT_EQ(d.cell(row(), ui::OrdersModel::SideColumn), QStringLiteral("Buy"));
    ASSERT_TRUE(waitFor([&] { return ladder->ownOrderCount() == 1; }, 5000));

    // Dragged three ticks lower: amended to that price, still the same open order.
    const qint64 moveTo = placeAt - 3;
    ASSERT_GE(ladder->rowOf(placeAt), 0);
    ASSERT_GE(ladder->rowOf(moveTo), 0);
    QTest::mousePress(ladder, Qt::LeftButton, {}, at(0, placeAt));
    QTest::mouseMove(ladder, at(0, moveTo));
    QTest::mouseRelease(ladder, Qt::LeftButton, {}, at(0, moveTo));
    ASSERT_TRUE(waitFor(
        [&] {
            return std::fabs(priceOf(row()) - static_cast<double>(moveTo) * tick) < tick / 2 &&
                   d.cell(row(), ui::OrdersModel::StatusColumn) == u"New";
        },
        10000))
        << d.cell(row(), ui::OrdersModel::PriceColumn).toStdString() << " / " << ticket->verdictText().toStdString();

    // A click on the own order: cancelled, and gone from the ladder.
    ASSERT_GE(ladder->rowOf(moveTo), 0);
    QTest::mouseClick(ladder, Qt::LeftButton, {}, at(0, moveTo));
    ASSERT_TRUE(waitFor([&] { return d.cell(row(), ui::OrdersModel::StatusColumn) == u"Cancelled"; }, 10000))
        << d.cell(row(), ui::OrdersModel::StatusColumn).toStdString();
    EXPECT_TRUE(waitFor([&] { return ladder->ownOrderCount() == 0; }, 5000));
    EXPECT_EQ(d.desk.ordersModel()->rowCount(), 1) << "one order, placed, amended and cancelled";
}
