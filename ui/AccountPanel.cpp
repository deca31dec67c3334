#include "AccountPanel.h"

#include "EquityChart.h"
#include "OrdersModel.h"

#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>

#include <algorithm>
#include <cmath>

namespace virtuoso::ui {

namespace {

QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString limitText(double value, const QString &unit)
{
    return value > 0 ? QStringLiteral("%1 %2").arg(moneyText(value), unit) : AccountPanel::tr("off");
}

} // namespace

AccountPanel::AccountPanel(QWidget *parent)
    : QGroupBox(tr("Account"), parent)
    , m_equity(valueLabel(this, "EquityLabel"))
    , m_available(valueLabel(this, "AvailableLabel"))
    , m_margin(valueLabel(this, "MarginLabel"))
    , m_balance(valueLabel(this, "BalanceLabel"))
    , m_unrealised(valueLabel(this, "UnrealisedLabel"))
    , m_realised(valueLabel(this, "RealisedLabel"))
    , m_daily(valueLabel(this, "DailyPnlLabel"))
    , m_dailyLoss(new QProgressBar(this))
    , m_limits(new QLabel(this))
    , m_chart(new EquityChart(this))
{
    setObjectName(QStringLiteral("AccountPanel"));
    m_dailyLoss->setObjectName(QStringLiteral("DailyLossBar"));
    m_dailyLoss->setRange(0, 1000);
    m_dailyLoss->setTextVisible(true);
    m_dailyLoss->setToolTip(tr("Today's realised and unrealised loss against the daily loss limit; reaching it "
                               "engages the kill switch."));
    m_margin->setToolTip(tr("Initial margin of the positions and the open orders"));
    m_limits->setObjectName(QStringLiteral("RiskLimitsLabel"));
    m_limits->setWordWrap(true);
    m_limits->setTextFormat(Qt::RichText);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Equity"), m_equity);
    form->addRow(tr("Available"), m_available);
    form->addRow(tr("Margin in use"), m_margin);
    form->addRow(tr("Wallet balance"), m_balance);
    form->addRow(tr("Unrealised PnL"), m_unrealised);
    form->addRow(tr("Realised PnL (session)"), m_realised);
    form->addRow(tr("PnL today"), m_daily);
    form->addRow(tr("Daily loss"), m_dailyLoss);
    form->addRow(m_chart);
    form->addRow(m_limits);
}

void AccountPanel::clear()
{
    for (QLabel *label : {m_equity, m_available, m_margin, m_balance, m_unrealised, m_realised, m_daily, m_limits})
        label->clear();
    m_dailyLoss->setValue(0);
    m_chart->setSeries({}, 0, 0);
}

QString AccountPanel::equityText() const
{
    return m_equity->text();
}

void AccountPanel::apply(const trading::TradingView &view)
{
    const trading::WalletReport &w = view.wallet;
    const QString coin = QString::fromStdString(w.coin);
    const auto money = [&coin](QLabel *label, double value, bool coloured) {
        label->setText(QStringLiteral("%1 %2").arg(moneyText(value), coin));
        const QColor colour = coloured ? pnlColour(value) : QColor();
        label->setStyleSheet(colour.isValid() ? QStringLiteral("color: %1;").arg(colour.name()) : QString());
    };
    money(m_equity, w.equity, false);
    money(m_available, w.available, false);
    money(m_margin, w.initialMargin, false);
    money(m_balance, w.walletBalance, false);
    money(m_unrealised, view.unrealisedPnl, true);
    money(m_realised, view.realisedPnl, true);
    money(m_daily, view.dailyPnl, true);

    const double limit = view.limits.dailyLossLimit;
    const double loss = std::max(0.0, -view.dailyPnl);
    const double used = limit > 0 ? std::min(1.0, loss / limit) : 0;
    m_dailyLoss->setValue(static_cast<int>(std::lround(used * 1000)));
    m_dailyLoss->setFormat(
        limit > 0 ? tr("%1 of %2 (%3 %)").arg(moneyText(loss), moneyText(limit)).arg(std::lround(used * 100))
                  : tr("no limit"));
    const QColor bar = used >= 0.8 ? sellColour() : (used >= 0.5 ? pendingColour() : buyColour());
    m_dailyLoss->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(bar.name()));

    const trading::RiskLimits &l = view.limits;
    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;&nbsp;%2</td></tr>").arg(name, value);
    };
    const auto count = [](int value) { return value > 0 ? QString::number(value) : tr("off"); };
    m_limits->setText(
        QStringLiteral("<b>%1</b><table>").arg(tr("Risk limits")) +
        row(tr("Order notional"), limitText(l.maxOrderNotional, coin)) +
        row(tr("Position notional"), limitText(l.maxPositionNotional, coin)) +
        row(tr("Total notional"), limitText(l.maxTotalNotional, coin)) +
        row(tr("Open orders"), count(l.maxOpenOrders)) + row(tr("Orders per second"), count(l.maxOrdersPerSecond)) +
        row(tr("Price band"), l.priceBandPercent > 0 ? QStringLiteral("%1 %").arg(l.priceBandPercent) : tr("off")) +
        row(tr("Daily loss limit"), limitText(l.dailyLossLimit, coin)) + QStringLiteral("</table>"));
    m_chart->setSeries(view.equity, view.startedMs, view.timeMs);
}

} // namespace virtuoso::ui
