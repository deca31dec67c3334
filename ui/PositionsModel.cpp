#include "PositionsModel.h"

#include "DisplayFormat.h"
#include "OrdersModel.h"
#include "trading/TradingService.h"

#include <cmath>

namespace virtuoso::ui {

PositionsModel::PositionsModel(QObject *parent)
    : TradingTableModel({tr("Symbol"), tr("Side"), tr("Size"), tr("Entry"), tr("Mark"), tr("Unrealised"),
                         tr("Realised"), tr("Fees"), tr("Liq. price"), tr("Take-profit"), tr("Stop-loss")},
                        parent)
{}

void PositionsModel::apply(const trading::TradingView &view)
{
    std::vector<TradingRow> rows;
    rows.reserve(view.positions.size());
    for (const auto &p : view.positions) {
        TradingRow row;
        row.key = QString::fromStdString(p.symbol);
        QString size = QString::fromStdString(p.sizeText);
        row.flag = size;
        if (size.startsWith(u'-'))
            size.remove(0, 1);
        const int decimals = m_decimals.value(row.key, 2);
        const auto price = [decimals](double value) -> TradingCell {
            return {value > 0 ? QString::number(value, 'f', decimals) : notAvailableText(), value, {}};
        };
        const auto stop = [](const std::string &text) -> TradingCell {
            const QString t = QString::fromStdString(text);
            return {t.isEmpty() ? tr("none") : t, t.isEmpty() ? QVariant(0.0) : QVariant(t.toDouble()),
                    t.isEmpty() ? mutedColour() : QColor()};
        };
        const auto money = [](double value) -> TradingCell { return {moneyText(value), value, pnlColour(value)}; };
        const QString side = p.size > 0 ? tr("Long") : (p.size < 0 ? tr("Short") : tr("Flat"));
        const QColor sideColour = p.size > 0 ? buyColour() : (p.size < 0 ? sellColour() : mutedColour());
        row.cells = {
            {row.key, {}, {}},
            {side, {}, sideColour},
            {size, std::abs(p.size), {}},
            price(p.averageEntry),
            price(p.mark),
            money(p.unrealisedPnl),
            money(p.realisedPnl),
            {moneyText(p.fees), p.fees, {}},
            price(p.liquidationPrice),
            stop(p.takeProfit),
            stop(p.stopLoss),
        };
        rows.push_back(std::move(row));
    }
    setRows(std::move(rows));
}

QString PositionsModel::signedSize(int r) const
{
    const TradingRow *found = row(r);
    return found ? found->flag.toString() : QString();
}

} // namespace virtuoso::ui
