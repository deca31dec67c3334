// The price ladder: rows per tick around the market, clicks only when armed, own orders cancelled
// by a click and moved by a drag.
#include "PriceLadder.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::ui;

namespace {

exchange::InstrumentSpec btc()
{
    exchange::InstrumentSpec spec;
    spec.symbol = *exchange::Symbol::from("BTCUSDT");
    spec.price = exchange::DecimalGrid(1, 1);    // 0.1
    spec.quantity = exchange::DecimalGrid(1, 3); // 0.001
    return spec;
}

struct Ladder
{
    PriceLadder ladder;
    Ladder()
    {
        ladder.resize(300, 600);
        ladder.setInstrument(btc());
        // Best bid 50000.0, best ask 50000.5: the mid is 500002 ticks (integer half-way).
        ladder.setBook(
            {{QStringLiteral("50000.0"), QStringLiteral("1.5")}, {QStringLiteral("49999.9"), QStringLiteral("2")}},
            {{QStringLiteral("50000.5"), QStringLiteral("0.8")}, {QStringLiteral("50000.6"), QStringLiteral("3")}},
            true);
    }
    QPoint at(int column, qint64 priceTicks) const
    {
        const int row = ladder.rowOf(priceTicks);
        return {(ladder.columnX(column) + ladder.columnX(column + 1)) / 2,
                row * ladder.rowHeight() + ladder.rowHeight() / 2};
    }
};

} // namespace

TEST(PriceLadder, RowsAreTicksAroundTheMarket)
{
    Ladder l;
    EXPECT_EQ(l.ladder.centreTicks(), 500002);
    const int bidRow = l.ladder.rowOf(500000);
    const int askRow = l.ladder.rowOf(500005);
    ASSERT_GE(bidRow, 0);
    ASSERT_GE(askRow, 0);
    EXPECT_EQ(bidRow - askRow, 5); // one row per tick, higher prices above
    EXPECT_EQ(l.ladder.priceAtRow(bidRow), 500000);
    // The market moving far away brings the ladder along.
    l.ladder.setBook({{QStringLiteral("51000.0"), QStringLiteral("1")}},
                     {{QStringLiteral("51000.1"), QStringLiteral("1")}}, true);
    EXPECT_GE(l.ladder.rowOf(510000), 0);
}

TEST(PriceLadder, ClicksTradeOnlyWhenArmed)
{
    Ladder l;
    QSignalSpy place(&l.ladder, &PriceLadder::placeRequested);
    QTest::mouseClick(&l.ladder, Qt::LeftButton, {}, l.at(1, 499999));
    EXPECT_EQ(place.count(), 0) << "a click does nothing until click to trade is armed";
    l.ladder.setArmed(true);
    QTest::mouseClick(&l.ladder, Qt::LeftButton, {}, l.at(1, 499999));
    QTest::mouseClick(&l.ladder, Qt::LeftButton, {}, l.at(3, 500006));
    QTest::mouseClick(&l.ladder, Qt::LeftButton, {}, l.at(2, 500006)); // the price column: nothing
    ASSERT_EQ(place.count(), 2);
    EXPECT_EQ(place.at(0).at(0).value<trading::Side>(), trading::Side::Buy);
    EXPECT_EQ(place.at(0).at(1).toLongLong(), 499999);
    EXPECT_EQ(place.at(1).at(0).value<trading::Side>(), trading::Side::Sell);
    EXPECT_EQ(place.at(1).at(1).toLongLong(), 500006);
}

TEST(PriceLadder, AnOwnOrderIsCancelledByAClickAndMovedByADrag)
{
    Ladder l;
    l.ladder.setArmed(true);
    l.ladder.setOwnOrders({{QStringLiteral("vw-a-1"), trading::Side::Buy, 499990, QStringLiteral("0.004")}});
    QSignalSpy cancel(&l.ladder, &PriceLadder::cancelRequested);
    QSignalSpy move(&l.ladder, &PriceLadder::moveRequested);
    QSignalSpy place(&l.ladder, &PriceLadder::placeRequested);
    QTest::mouseClick(&l.ladder, Qt::LeftButton, {}, l.at(0, 499990));
    ASSERT_EQ(cancel.count(), 1);
    EXPECT_EQ(cancel.at(0).at(0).toString(), QStringLiteral("vw-a-1"));
    QTest::mousePress(&l.ladder, Qt::LeftButton, {}, l.at(0, 499990));
    QTest::mouseMove(&l.ladder, l.at(0, 499995));
    QTest::mouseRelease(&l.ladder, Qt::LeftButton, {}, l.at(0, 499995));
    ASSERT_EQ(move.count(), 1);
    EXPECT_EQ(move.at(0).at(1).toLongLong(), 499995);
    EXPECT_EQ(place.count(), 0);
}

TEST(PriceLadder, TradesFlashAtTheirPriceFadeWithinASecondAndABurstIsOneRepaintPerFrame)
{
    Ladder l;
    l.ladder.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&l.ladder));
    QApplication::processEvents();
    EXPECT_EQ(l.ladder.flashAt(500000), 0);
    l.ladder.addTrades({{500000, true}, {500005, false}});
    EXPECT_GT(l.ladder.flashAt(500000), 0.9) << "a fresh trade flashes at full strength";
    EXPECT_GT(l.ladder.flashAt(500005), 0.9);
    EXPECT_EQ(l.ladder.flashAt(500001), 0) << "only at the traded prices";
    EXPECT_EQ(l.ladder.flashCount(), 2);

    // A burst of 500 trades within one frame: the flashes are marked, the paint waits for the frame.
    const int paintsBefore = l.ladder.paintCount();
    for (int i = 0; i < 500; ++i)
        l.ladder.addTrades({{500000 - i % 20, i % 2 == 0}});
    EXPECT_EQ(l.ladder.paintCount(), paintsBefore) << "trades never paint by themselves";
    // The fade: weaker after a few frames, gone once a second has passed; the frame timer then stops.
    ASSERT_TRUE(QTest::qWaitFor([&] { return l.ladder.flashAt(500005) > 0 && l.ladder.flashAt(500005) < 0.8; }, 2000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return l.ladder.flashCount() == 0; }, 3000)) << l.ladder.flashCount();
    const int paintsDuring = l.ladder.paintCount() - paintsBefore;
    // A second and a bit at one frame every kFlashFrameMs, with slack for a slow machine; never one per trade.
    EXPECT_LE(paintsDuring, 2 * (PriceLadder::kFlashMs / PriceLadder::kFlashFrameMs) + 5) << paintsDuring;
    EXPECT_GE(paintsDuring, 3) << "the fade is drawn";
    EXPECT_FALSE(l.ladder.animating()) << "nothing left to fade: the frame timer is off";
}

TEST(PriceLadder, TheTooltipNamesTheReCentreKeys)
{
    Ladder l;
    EXPECT_TRUE(l.ladder.toolTip().contains(QStringLiteral("C,"))) << l.ladder.toolTip().toStdString();
    EXPECT_TRUE(l.ladder.toolTip().contains(QStringLiteral("Ctrl+Shift+C")));
}
