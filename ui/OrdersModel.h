#pragma once

#include "TradingTableModel.h"

#include <QHash>

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
// per orderLinkId (the venue's orderId for its own orders, e.g. a take-profit's close). FlagRole is
// true while the order is open. The price of an open limit order and the quantity of an open order
// are editable (unless read-only): an edit asks for an amend (amendRequested) and changes nothing
// here — the cell shows the new value once the venue reports it.
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
    // A remote host's orders: shown, never amended from here.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool readOnly() const { return m_readOnly; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The operator typed `text` into the price or quantity cell (column) of an open order.
    void amendRequested(const QString &orderLinkId, const QString &symbol, int column, const QString &text);

private:
    struct Editable
    {
        QString symbol;
        bool price = false;
        bool quantity = false;
    };
    QHash<QString, Editable> m_editable; // by row key
    bool m_readOnly = false;
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
