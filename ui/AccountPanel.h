#pragma once

#include "trading/TradingService.h"

#include <QGroupBox>

class QLabel;
class QProgressBar;

namespace virtuoso::ui {

class EquityChart;

// The account beside the ticket: equity, available balance, margin in use, wallet balance, PnL
// (unrealised, realised this session, today's) with today's loss as a bar against the daily loss
// limit, the risk limits, and the equity curve of the session or the day.
class AccountPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit AccountPanel(QWidget *parent = nullptr);

    void apply(const trading::TradingView &view);
    void clear();

    EquityChart *equityChart() const { return m_chart; }
    QProgressBar *dailyLossBar() const { return m_dailyLoss; }
    QString equityText() const;

private:
    QLabel *m_equity;
    QLabel *m_available;
    QLabel *m_margin;
    QLabel *m_balance;
    QLabel *m_unrealised;
    QLabel *m_realised;
    QLabel *m_daily;
    QProgressBar *m_dailyLoss;
    QLabel *m_limits;
    EquityChart *m_chart;
};

} // namespace virtuoso::ui
