#pragma once

#include "model/market/InstrumentSpec.h"
#include "model/trading/OrderLedger.h"

#include <QElapsedTimer>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <map>
#include <optional>
#include <vector>

namespace virtuoso::ui {

// The price ladder (DOM): one row per tick around the market, the book's bid and ask sizes at
// each price, the operator's own orders at their levels, the mark. Painted, not a table: it is
// redrawn at the book's rate without models or item views.
//
// With "click to trade" armed (never by default), a click in the bid column asks to buy at that
// price and a click in the ask column to sell; a click on an own order asks to cancel it, and
// dragging it to another row asks to move it there. The ladder only asks (signals): the desk
// sends, with the ticket's quantity, and shows the verdict. C (or the middle button) re-centres on
// the market; the wheel scrolls; the ladder re-centres by itself when the market leaves the view.
//
// Public trades flash at their price (green: a buyer took, red: a seller) and fade out over a
// second. New books and trades only mark the ladder dirty; one frame timer (kFlashFrameMs apart,
// running only while something changed or fades) repaints, so a burst of trades or a fast book costs
// one repaint per frame.
class PriceLadder : public QWidget
{
    Q_OBJECT
public:
    struct OwnOrder
    {
        QString orderLinkId;
        trading::Side side = trading::Side::Buy;
        qint64 priceTicks = 0;
        QString remaining; // quantity text, e.g. "0.004"
    };

    explicit PriceLadder(QWidget *parent = nullptr);

    void setInstrument(const exchange::InstrumentSpec &spec);
    // The book as the views get it (decimal text, best first); invalid or empty books grey out.
    void setBook(const std::vector<std::pair<QString, QString>> &bids,
                 const std::vector<std::pair<QString, QString>> &asks, bool valid);
    void setOwnOrders(std::vector<OwnOrder> orders);
    void setMark(qint64 markTicks);
    void setArmed(bool armed);
    // Public trades at their prices, in the instrument's ticks; each flashes for kFlashMs.
    struct Trade
    {
        qint64 priceTicks = 0;
        bool sell = false; // the taker sold
    };
    void addTrades(const std::vector<Trade> &trades);
    static constexpr int kFlashMs = 1000;
    static constexpr int kFlashFrameMs = 40;
    // The flash at a price: 0 none, up to 1 just arrived (tests and the screenshots).
    double flashAt(qint64 priceTicks) const;
    int ownOrderCount() const { return static_cast<int>(m_own.size()); }
    int flashCount() const { return static_cast<int>(m_flashes.size()); }
    bool animating() const { return m_frame && m_frame->isActive(); }
    // Paints since construction (the repaint budget's test).
    int paintCount() const { return m_paints; }
    bool armed() const { return m_armed; }
    void recentre();

    // For tests and the desk: the price of a row, the row of a price (-1 when not shown).
    qint64 priceAtRow(int row) const;
    int rowOf(qint64 priceTicks) const;
    int rowCount() const;
    int rowHeight() const;
    qint64 centreTicks() const { return m_centreTicks; }
    // The book's touch as last drawn, in ticks; 0 while unknown.
    qint64 bestBidTicks() const { return m_bestBid; }
    qint64 bestAskTicks() const { return m_bestAsk; }
    // The x where a column starts: 0 own buys, 1 bids, 2 price, 3 asks, 4 own sells, 5 the right edge.
    int columnX(int column) const;

signals:
    void placeRequested(virtuoso::trading::Side side, qint64 priceTicks);
    void cancelRequested(const QString &orderLinkId);
    void moveRequested(const QString &orderLinkId, qint64 priceTicks);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    QSize sizeHint() const override;

private:
    int columnAt(int x) const;
    int rowAt(int y) const;
    std::optional<qint64> marketTicks() const; // the mid, else the mark
    void followMarket();
    const OwnOrder *ownOrderAt(int row, int column) const;
    void scheduleFrame();

    exchange::InstrumentSpec m_spec;
    bool m_hasSpec = false;
    std::map<qint64, QString> m_bids; // price ticks → size text
    std::map<qint64, QString> m_asks;
    qint64 m_bestBid = 0;
    qint64 m_bestAsk = 0;
    bool m_valid = false;
    std::vector<OwnOrder> m_own;
    qint64 m_markTicks = 0;
    qint64 m_centreTicks = 0; // the price at the middle row
    bool m_armed = false;
    QString m_dragging; // orderLinkId of the own order being dragged
    int m_dragRow = -1;
    struct Flash
    {
        qint64 startMs = 0; // m_clock
        bool sell = false;
    };
    std::map<qint64, Flash> m_flashes; // by price ticks
    QElapsedTimer m_clock;
    QTimer *m_frame = nullptr;
    bool m_dirty = false; // changed since the last frame
    int m_paints = 0;
};

} // namespace virtuoso::ui
