#pragma once

#include "ChartOverlay.h"
#include "model/snapshot/CandleSeriesView.h"

#include <QDialog>

class QCandlestickSeries;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QValueAxis;

namespace virtuoso::ui {

// The numbers of a trade plan from a signal, for the operator to send with one click: side, entry,
// stop (and what set it), targets, the take-profit, size, risk in the quote coin and as a share of
// equity, reward to risk, the risk gate's verdict, and the plan timeframe's candles with the plan's
// lines. It only shows and asks: the TradePlanner computes, previews and sends.
class TradePlanDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TradePlanDialog(QWidget *parent = nullptr);

    struct Numbers
    {
        QString title; // "BTCUSDT · long"
        QString side, entry, stop, stopBasis, targets[3], takeProfit, quantity, risk, rewardRisk, venue;
        QString why; // when there is no order: the reason (the numbers are then empty)
        bool live = false;
        bool buy = true;
    };
    void showNumbers(const Numbers &numbers);
    // The plan timeframe's candles and the plan's lines over them.
    void showChart(const CandleSeriesView &candles, std::vector<ChartLevel> levels);
    // The gate's verdict on the order as it stands: `ok` green, else red.
    void showVerdict(const QString &text, bool ok);
    void setSending(bool sending);

    bool market() const;
    int target() const; // 0, 1, 2
    QPushButton *sendButton() const { return m_send; }
    QComboBox *entryBox() const { return m_entry; }
    QComboBox *targetBox() const { return m_target; }
    QString verdictText() const;
    QString numbersText() const; // every number as shown, for tests
    ChartOverlay *chartOverlay() const { return m_overlay; }

signals:
    // The entry type or the target changed: the plan is made again.
    void optionsChanged();
    // The operator's one confirmation.
    void sendRequested();

private:
    QLabel *m_title;
    QComboBox *m_entry;
    QComboBox *m_target;
    QLabel *m_numbers;
    QLabel *m_verdict;
    QPushButton *m_send;
    QChartView *m_chartView;
    QCandlestickSeries *m_candles;
    QValueAxis *m_timeAxis;
    QValueAxis *m_priceAxis;
    ChartOverlay *m_overlay;
    bool m_hasOrder = false;
    bool m_sending = false;
    bool m_gatePasses = false;
};

} // namespace virtuoso::ui
