#pragma once

#include "TradingTableModel.h"

#include <QHash>

namespace virtuoso::trading {
struct TradingView;
}

namespace virtuoso::ui {

// The positions of the trading view, one row per symbol: size, entry, mark, unrealised and realised
// PnL, fees, the liquidation price and the take-profit and stop-loss the venue holds for it.
// FlagRole holds the signed size as the instrument prints it ("-0.010"), which is what closing or
// reversing the position sends back.
class PositionsModel : public TradingTableModel
{
    Q_OBJECT
public:
    enum Column {
        SymbolColumn,
        SideColumn,
        SizeColumn,
        EntryColumn,
        MarkColumn,
        UnrealisedColumn,
        RealisedColumn,
        FeesColumn,
        LiquidationColumn,
        TakeProfitColumn,
        StopLossColumn,
        ColumnCount
    };
    explicit PositionsModel(QObject *parent = nullptr);
    // Prices are printed with the decimals of their instrument's tick once it is known.
    void setPriceDecimals(const QString &symbol, int decimals) { m_decimals.insert(symbol, decimals); }
    void apply(const trading::TradingView &view);
    QString symbol(int row) const { return key(row); }
    QString signedSize(int row) const;

private:
    QHash<QString, int> m_decimals;
};

} // namespace virtuoso::ui
