// Screenshot mode: a trade plan from a signal — its dialog, and the market chart with its lines.
#include "WorkstationViews.h"

#include "MainWindow.h"
#include "MarketView.h"
#include "SignalsView.h"
#include "TradePlanDialog.h"
#include "TradePlanner.h"
#include "TradingView.h"

#include <QChartView>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace virtuoso::ui {

namespace {

// Runs the event loop until `done` holds, at most `timeoutMs`.
bool settle(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(20);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

QStringList WorkstationViews::shootTradePlan(const QString &directory)
{
    QStringList written;
    if (!m_tradingDesk->runtime())
        return written;
    const QString symbol = m_planner->demonstrationSymbol(m_signals->selectedSymbol());
    if (symbol.isEmpty())
        return written;
    raiseView(m_signals);
    m_signals->selectSymbol(symbol);
    m_planner->setSymbol(symbol);
    if (!settle([&] { return m_planner->available(symbol); }, 8000))
        return written;
    m_signals->planAction()->trigger();
    if (!settle([&] { return m_planner->dialog() && !m_planner->dialog()->verdictText().isEmpty(); }, 5000))
        return written;
    TradePlanDialog *dialog = m_planner->dialog();
    QCoreApplication::processEvents();
    const QString planPath = QDir(directory).filePath(QStringLiteral("signals-plan.png"));
    if (saveWidgetPng(dialog, planPath).isEmpty())
        written << planPath;
    // The market chart on the plan's own timeframe, the exchange's 5 min candles, for the shot.
    raiseView(m_market);
    const qint64 interval = m_market->candleIntervalMs();
    m_market->setCandleIntervalMs(300'000);
    settle([&] { return m_market->drawsExchangeCandles(); }, 3000);
    QCoreApplication::processEvents();
    const QString chartPath = QDir(directory).filePath(QStringLiteral("market-plan.png"));
    if (saveWidgetPng(m_market->candleChart(), chartPath).isEmpty())
        written << chartPath;
    m_market->setCandleIntervalMs(interval);
    dialog->reject();
    return written;
}

} // namespace virtuoso::ui
