#pragma once

#include "TradingTableModel.h"

namespace virtuoso::trading {
struct TradingView;
}

namespace virtuoso::ui {

// Colours the desk uses for sides, PnL and verdicts (readable on the light and the dark theme).
QColor buyColour();
QColor sellColour();
QColor mutedColour();
QColor pendingColour();
// "12.30", "-4.05": money in the settle coin, always two decimals.
QString moneyText(double value);
QColor pnlColour(double value);

// The orders of the trading view: every open order, then the most recent finished ones, one row
// per orderLinkId. FlagRole is true while the order is open.
class OrdersModel : public TradingTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        SymbolColumn,
        SideColumn,
        TypeColumn,
        PriceColumn,
        QuantityColumn,
        FilledColumn,
        StatusColumn,
        OrderLinkIdColumn,
        ReasonColumn,
        ColumnCount
    };
    explicit OrdersModel(QObject *parent = nullptr);
    void apply(const trading::TradingView &view);
    bool isOpen(int row) const;
};

// The most recent fills, newest first, one row per execId.
class ExecutionsModel : public TradingTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        SymbolColumn,
        SideColumn,
        PriceColumn,
        QuantityColumn,
        FeeColumn,
        LiquidityColumn,
        OrderLinkIdColumn,
        ExecIdColumn,
        ColumnCount
    };
    explicit ExecutionsModel(QObject *parent = nullptr);
    void apply(const trading::TradingView &view);
};

} // namespace virtuoso::ui
