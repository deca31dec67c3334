#include "TradePlanDialog.h"

#include "Theme.h"

#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace virtuoso::ui {

namespace {
constexpr int kDrawnBars = 60;
}

TradePlanDialog::TradePlanDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel)
    , m_entry(new QComboBox)
    , m_target(new QComboBox)
    , m_numbers(new QLabel)
    , m_verdict(new QLabel)
    , m_send(new QPushButton)
    , m_chartView(new QChartView)
    , m_candles(new QCandlestickSeries)
    , m_timeAxis(new QValueAxis)
    , m_priceAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("TradePlanDialog"));
    setWindowTitle(tr("Trade plan"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);

    m_entry->setObjectName(QStringLiteral("PlanEntryType"));
    m_entry->addItem(tr("Limit at the touch"), false);
    m_entry->addItem(tr("Market"), true);
    m_target->setObjectName(QStringLiteral("PlanTarget"));
    for (int i = 1; i <= 3; ++i)
        m_target->addItem(tr("T%1 · %2R").arg(i).arg(i));
    m_target->setCurrentIndex(1);
    connect(m_entry, &QComboBox::currentIndexChanged, this, &TradePlanDialog::optionsChanged);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TradePlanDialog::optionsChanged);
    auto *options = new QFormLayout;
    options->addRow(tr("Entry"), m_entry);
    options->addRow(tr("Take-profit at"), m_target);

    m_numbers->setObjectName(QStringLiteral("PlanNumbers"));
    m_numbers->setTextFormat(Qt::RichText);
    m_numbers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setObjectName(QStringLiteral("PlanVerdict"));
    m_verdict->setWordWrap(true);

    QChart *chart = m_chartView->chart();
    chart->legend()->hide();
    m_candles->setIncreasingColor(QColor(0x2e, 0x9d, 0x4f));
    m_candles->setDecreasingColor(QColor(0xd2, 0x3c, 0x3c));
    m_candles->setBodyOutlineVisible(false);
    m_candles->setMaximumColumnWidth(8);
    chart->addSeries(m_candles);
    m_timeAxis->setVisible(false);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_priceAxis, Qt::AlignRight);
    m_candles->attachAxis(m_timeAxis);
    m_candles->attachAxis(m_priceAxis);
    styleChart(chart);
    m_chartView->setObjectName(QStringLiteral("PlanChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(420, 300);
    m_overlay = new ChartOverlay(m_chartView, m_candles);

    m_send->setObjectName(QStringLiteral("PlanSendButton"));
    m_send->setDefault(true);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("PlanCancelButton"));
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (m_hasOrder && !m_sending)
            emit sendRequested();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *side = new QVBoxLayout;
    side->addWidget(m_title);
    side->addLayout(options);
    side->addWidget(m_numbers);
    side->addStretch(1);
    side->addWidget(m_verdict);
    auto *body = new QHBoxLayout;
    body->addLayout(side, 2);
    body->addWidget(m_chartView, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(900, 460);
}

void TradePlanDialog::showNumbers(const Numbers &n)
{
    m_title->setText(n.title);
    m_hasOrder = n.why.isEmpty();
    if (!m_hasOrder) {
        m_numbers->setText(tr("<p>No order: %1</p>").arg(n.why.toHtmlEscaped()));
    } else {
        const auto row = [](const QString &name, const QString &value) {
            return QStringLiteral("<tr><td>%1</td><td align=right><b>%2</b></td></tr>")
                .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
        };
        m_numbers->setText(
            QStringLiteral("<table cellspacing=3>") + row(tr("Side"), n.side) + row(tr("Entry"), n.entry) +
            row(tr("Stop"), n.stop) + row(tr("Stop from"), n.stopBasis) + row(tr("T1 · 1R"), n.targets[0]) +
            row(tr("T2 · 2R"), n.targets[1]) + row(tr("T3 · 3R"), n.targets[2]) + row(tr("Take-profit"), n.takeProfit) +
            row(tr("Quantity"), n.quantity) + row(tr("Risk"), n.risk) + row(tr("Reward : risk"), n.rewardRisk) +
            row(tr("Venue"), n.venue) + QStringLiteral("</table>"));
    }
    m_send->setText(!m_hasOrder ? tr("Send")
                    : n.live    ? (n.buy ? tr("Buy on LIVE") : tr("Sell on LIVE"))
                    : n.buy     ? tr("Send buy order")
                                : tr("Send sell order"));
    m_send->setStyleSheet(n.live ? QStringLiteral("QPushButton { color: white; background: #c62828; }") : QString());
    m_gatePasses = false;
    setSending(m_sending);
}

void TradePlanDialog::showChart(const CandleSeriesView &candles, std::vector<ChartLevel> levels)
{
    m_candles->clear();
    const auto &bars = candles.bars;
    const size_t first = bars.size() > size_t(kDrawnBars) ? bars.size() - kDrawnBars : 0;
    QList<QCandlestickSet *> sets;
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (size_t i = first; i < bars.size(); ++i) {
        const auto &b = bars[i];
        sets << new QCandlestickSet(b.open, b.high, b.low, b.close, static_cast<qreal>(b.startMs));
        low = std::min(low, b.low);
        high = std::max(high, b.high);
    }
    m_candles->append(sets);
    for (const ChartLevel &level : levels) {
        low = std::min(low, level.price);
        high = std::max(high, level.price);
    }
    if (!(high >= low))
        return;
    const double pad = std::max((high - low) * 0.06, high * 1e-5);
    m_priceAxis->setRange(low - pad, high + pad);
    if (!sets.isEmpty()) {
        const qint64 span = qint64(candles.intervalMinutes) * 60'000;
        m_timeAxis->setRange(double(bars[first].startMs - span), double(bars.back().startMs + 4 * span));
    }
    m_chartView->chart()->setTitle(tr("%1 · %2 min candles").arg(candles.symbol).arg(candles.intervalMinutes));
    m_overlay->setLevels(std::move(levels));
}

void TradePlanDialog::showVerdict(const QString &text, bool ok)
{
    m_verdict->setText(text);
    m_verdict->setStyleSheet(ok ? QStringLiteral("color: #2e9d4f;") : QStringLiteral("color: #d23c3c;"));
    m_gatePasses = ok;
    setSending(m_sending);
}

void TradePlanDialog::setSending(bool sending)
{
    m_sending = sending;
    m_send->setEnabled(m_hasOrder && !sending);
    m_entry->setEnabled(!sending);
    m_target->setEnabled(!sending);
}

bool TradePlanDialog::market() const
{
    return m_entry->currentData().toBool();
}

int TradePlanDialog::target() const
{
    return m_target->currentIndex();
}

QString TradePlanDialog::verdictText() const
{
    return m_verdict->text();
}

QString TradePlanDialog::numbersText() const
{
    return m_numbers->text();
}

} // namespace virtuoso::ui
