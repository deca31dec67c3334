#pragma once

#include "ChartOverlay.h"
#include "TradePlanDialog.h"
#include "model/confluence/ConfluenceTypes.h"
#include "model/outcomes/OutcomeTypes.h"
#include "model/snapshot/CandleSeriesView.h"
#include "model/trading/TradePlanOrder.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace virtuoso {
class CoreRuntime;
struct CoreSnapshot;
} // namespace virtuoso

namespace virtuoso::ui {

class MarketView;
class SignalsView;
class TradingView;
class ViewDataSource;

// "Plan trade…" from a signal: for a symbol whose confluence score is in the long or short zone, the
// plan of outcomes::makeTradePlan — the rule the outcome tracker measures — from the plan timeframe's
// ATR(14) and swing levels (outcomes::PlanTimeframe over the exchange's closed candles of that
// timeframe), entered at the touch (a limit) or at market, sized by trading.risk_per_trade_pct of
// the equity (trading::planOrder), shown on the market chart and in a dialog with the risk gate's
// verdict, and sent with one confirmation as the entry order carrying its stop-loss and take-profit.
// It trades on the in-process core only, and never waits: candles come through the view data source,
// the instrument, the preview and the order through the trading thread.
class TradePlanner : public QObject
{
    Q_OBJECT
public:
    explicit TradePlanner(QWidget *dialogParent);
    ~TradePlanner() override;

    // Signals view: "Plan trade…" asks here, its availability follows; market view: the plan's lines;
    // trading desk: its orders, position and fills on the market chart.
    void connectViews(SignalsView *signalsView, MarketView *market, TradingView *desk);

    void setSource(std::shared_ptr<ViewDataSource> source);
    // The signals and the touch prices; the selected symbol's availability is checked again.
    void applySnapshot(const CoreSnapshot &snapshot);
    // The symbol the operator looks at.
    void setSymbol(const QString &symbol);

    // Whether a plan can be made for `symbol` now, and if not, why.
    bool available(const QString &symbol, QString *why = nullptr) const;
    // Opens the plan's dialog (or says why not, through availabilityChanged).
    void planTrade(const QString &symbol);

    TradePlanDialog *dialog() const { return m_dialog; }
    // For the documentation's screenshots: `preferred` when its score is in a zone, else the first
    // symbol in one, else the symbol leaning furthest, whose lean is then taken as its direction
    // (a demonstration, never for trading: only the screenshot mode calls it).
    QString demonstrationSymbol(const QString &preferred);
    // The plan shown in the dialog, and the open time of the newest closed bar it was drawn from.
    const trading::PlanOrder &plan() const { return m_plan; }
    qint64 planLastBarMs() const { return m_planLastBarMs; }
    // The plan timeframe's candles the plan was drawn from (the closed ones count).
    const CandleSeriesView &planCandles() const { return m_planCandles; }
    const outcomes::OutcomeSettings &outcomeSettings() const { return m_settings; }

signals:
    void availabilityChanged(const QString &symbol, bool available, const QString &why);
    // The plan's lines for the chart; an empty symbol clears them.
    void planShown(const QString &symbol, const std::vector<virtuoso::ui::ChartLevel> &levels);
    void planSent(const QString &symbol, const QString &orderLinkId);

private:
    struct Market
    {
        double bid = 0, ask = 0, last = 0;
    };
    struct History
    {
        std::optional<outcomes::PlanTimeframe> timeframe;
        CandleSeriesView candles;
        qint64 askedMs = 0;
        bool inFlight = false;
        bool answered = false;
    };
    CoreRuntime *core() const;
    void askCandles(const QString &symbol, bool force);
    void onCandles(const QString &symbol, std::optional<CandleSeriesView> series);
    void reportAvailability();
    void openDialog(const QString &symbol, const exchange::InstrumentSpec &spec);
    void makePlan();
    void previewPlan();
    void sendPlan();
    void closePlan();

    QPointer<QWidget> m_dialogParent;
    std::shared_ptr<ViewDataSource> m_source;
    outcomes::OutcomeSettings m_settings;
    std::map<QString, confluence::Direction> m_directions;
    std::map<QString, double> m_scores;
    std::map<QString, confluence::Direction> m_assumed; // demonstration only
    std::map<QString, Market> m_markets;
    std::map<QString, History> m_history;
    QString m_symbol;
    QString m_reported;                        // the last availability reported, to report changes only
    std::function<QString()> m_selectedSymbol; // the Signals view's selection

    QPointer<TradePlanDialog> m_dialog;
    QString m_planSymbol;
    exchange::InstrumentSpec m_spec;
    trading::PlanOrder m_plan;
    qint64 m_planLastBarMs = 0;
    CandleSeriesView m_planCandles;
    quint64 m_previewRequest = 0;
};

} // namespace virtuoso::ui
