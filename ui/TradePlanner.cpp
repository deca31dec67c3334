#include "TradePlanner.h"

#include "CoreTexts.h"
#include "MarketView.h"
#include "SignalsView.h"
#include "TradePlanDialog.h"
#include "TradingView.h"
#include "ViewDataSource.h"
#include "base/QueuedCall.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"
#include "model/snapshot/SnapshotPublisher.h"
#include "trading/TradingService.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace virtuoso::ui {

namespace {

constexpr qint64 kHistoryRefreshMs = 5'000;
constexpr qint64 kHistoryGiveUpMs = 15'000; // an answer that never came: ask again
constexpr int kHistoryBars = 200;

// Runs `work` on the trading thread and `done` with its answer on the GUI thread, if `context`
// still exists then.
template<typename Result>
void askTrading(CoreRuntime *runtime, QObject *context, std::function<Result(trading::TradingService &)> work,
                std::function<void(Result)> done)
{
    runtime->postTrading([self = QPointer<QObject>(context), work = std::move(work),
                          done = std::move(done)](trading::TradingService &service) mutable {
        Result result = work(service);
        postQueued(QCoreApplication::instance(), [self, done = std::move(done), result = std::move(result)]() mutable {
            if (self)
                done(std::move(result));
        });
    });
}

QString money(double value)
{
    return QLocale().toString(value, 'f', 2);
}

} // namespace

TradePlanner::TradePlanner(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("TradePlanner"));
}

TradePlanner::~TradePlanner()
{
    if (TradePlanDialog *d = m_dialog.data())
        delete d;
}

void TradePlanner::connectViews(SignalsView *signalsView, MarketView *market, TradingView *desk)
{
    connect(signalsView, &SignalsView::symbolSelected, this, &TradePlanner::setSymbol);
    connect(signalsView, &SignalsView::planTradeRequested, this, &TradePlanner::planTrade);
    connect(this, &TradePlanner::availabilityChanged, signalsView, &SignalsView::setPlanAvailability);
    connect(this, &TradePlanner::planShown, market,
            [market](const QString &symbol, const std::vector<ChartLevel> &levels) {
                if (!symbol.isEmpty())
                    market->selectSymbol(symbol);
                market->showPlan(symbol, levels);
            });
    connect(desk, &TradingView::viewApplied, market, &MarketView::setTradingView);
    market->setTradingView(desk->currentView());
    // The Signals view's selection also changes without the operator (from the market view).
    m_selectedSymbol = [view = QPointer<SignalsView>(signalsView)] {
        return view ? view->selectedSymbol() : QString();
    };
}

void TradePlanner::setSource(std::shared_ptr<ViewDataSource> source)
{
    m_source = std::move(source);
    m_history.clear();
    m_markets.clear();
    m_directions.clear();
    if (TradePlanDialog *dialog = m_dialog.data())
        dialog->reject();
    reportAvailability();
}

CoreRuntime *TradePlanner::core() const
{
    return m_source ? m_source->localCore() : nullptr;
}

void TradePlanner::applySnapshot(const CoreSnapshot &snapshot)
{
    m_directions.clear();
    m_scores.clear();
    for (const auto &signal : snapshot.confluenceSignals) {
        if (!signal)
            continue;
        const QString symbol = QString::fromStdString(signal->symbol);
        m_directions[symbol] = signal->ready ? signal->direction : confluence::Direction::Neutral;
        if (signal->ready && std::isfinite(signal->score))
            m_scores[symbol] = signal->score;
    }
    for (const auto &[symbol, direction] : m_assumed)
        if (m_directions[symbol] == confluence::Direction::Neutral)
            m_directions[symbol] = direction;
    for (const MarketSummary &m : snapshot.markets)
        m_markets[m.symbol] =
            Market{m.bestBidPrice, m.bestAskPrice, m.lastPriceValue > 0 ? m.lastPriceValue : m.markPrice.toDouble()};
    if (m_selectedSymbol) {
        const QString selected = m_selectedSymbol();
        if (!selected.isEmpty())
            m_symbol = selected;
    }
    askCandles(m_symbol, false);
    reportAvailability();
}

QString TradePlanner::demonstrationSymbol(const QString &preferred)
{
    const auto inZone = [this](const QString &symbol) {
        const auto it = m_directions.find(symbol);
        return it != m_directions.end() && it->second != confluence::Direction::Neutral;
    };
    if (inZone(preferred))
        return preferred;
    for (const auto &[symbol, direction] : m_directions)
        if (direction != confluence::Direction::Neutral)
            return symbol;
    QString strongest;
    double lean = -1;
    for (const auto &[symbol, score] : m_scores)
        if (std::fabs(score - 50) > lean) {
            lean = std::fabs(score - 50);
            strongest = symbol;
        }
    if (!strongest.isEmpty()) {
        const auto direction = m_scores[strongest] >= 50 ? confluence::Direction::Long : confluence::Direction::Short;
        m_assumed[strongest] = direction;
        m_directions[strongest] = direction;
    }
    return strongest;
}

void TradePlanner::setSymbol(const QString &symbol)
{
    m_symbol = symbol;
    askCandles(symbol, false);
    reportAvailability();
}

void TradePlanner::askCandles(const QString &symbol, bool force)
{
    if (!m_source || !core() || symbol.isEmpty())
        return;
    History &h = m_history[symbol];
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (h.inFlight && now - h.askedMs < kHistoryGiveUpMs)
        return;
    if (!force && h.answered && now - h.askedMs < kHistoryRefreshMs)
        return;
    h.inFlight = true;
    h.askedMs = now;
    m_source->candles(symbol, m_settings.planTimeframeMinutes, kHistoryBars,
                      [self = QPointer<TradePlanner>(this), symbol](std::optional<CandleSeriesView> series) {
                          if (TradePlanner *planner = self.data())
                              planner->onCandles(symbol, std::move(series));
                      });
}

void TradePlanner::onCandles(const QString &symbol, std::optional<CandleSeriesView> series)
{
    History &h = m_history[symbol];
    h.inFlight = false;
    h.answered = true;
    h.timeframe.reset();
    h.candles = {};
    if (series) {
        // Closed bars only, as the outcome tracker reads its plan timeframe.
        outcomes::PlanTimeframe timeframe(m_settings.swingLookback);
        for (const CandleSeriesView::Bar &bar : series->bars)
            if (bar.confirmed)
                timeframe.addBar({bar.startMs, bar.open, bar.high, bar.low, bar.close, bar.volume});
        h.timeframe = std::move(timeframe);
        h.candles = std::move(*series);
    }
    reportAvailability();
}

bool TradePlanner::available(const QString &symbol, QString *why) const
{
    const auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    CoreRuntime *runtime = core();
    if (!runtime)
        return no(tr("Trade plans trade on the local core; a daemon's desk is read-only here."));
    const trading::TradingViewPtr view = runtime->tradingView();
    if (!view || !view->running)
        return no(view && !view->error.isEmpty() ? tr("Trading is not running: %1").arg(view->error)
                                                 : tr("Trading is not running."));
    const auto direction = m_directions.find(symbol);
    if (symbol.isEmpty() || direction == m_directions.end() || direction->second == confluence::Direction::Neutral)
        return no(tr("The score of %1 is in neither the long nor the short zone.").arg(symbol));
    const int minutes = m_settings.planTimeframeMinutes;
    const auto history = m_history.find(symbol);
    if (history == m_history.end() || !history->second.answered)
        return no(tr("Reading the %1 min history of %2…").arg(minutes).arg(symbol));
    if (!history->second.timeframe)
        return no(tr("No %1 min history of %2 from this source.").arg(minutes).arg(symbol));
    if (const int missing = history->second.timeframe->barsMissing(); missing > 0)
        return no(tr("No ATR yet: %n more closed %1 min bar(s) needed.", nullptr, missing).arg(minutes));
    const auto market = m_markets.find(symbol);
    if (market == m_markets.end() || !(market->second.bid > 0 && market->second.ask > 0 && market->second.last > 0))
        return no(tr("No price for %1 yet.").arg(symbol));
    if (why)
        *why = tr("Plan a %1 trade in %2 from its signal: entry, stop from the %3 min ATR and swings, targets at "
                  "1R/2R/3R.")
                   .arg(direction->second == confluence::Direction::Long ? tr("long") : tr("short"), symbol)
                   .arg(minutes);
    return true;
}

void TradePlanner::reportAvailability()
{
    QString why;
    const bool ok = available(m_symbol, &why);
    const QString key = m_symbol + (ok ? u'+' : u'-') + why;
    if (key == m_reported)
        return;
    m_reported = key;
    emit availabilityChanged(m_symbol, ok, why);
}

void TradePlanner::planTrade(const QString &symbol)
{
    if (symbol != m_symbol)
        setSymbol(symbol);
    if (!available(symbol)) {
        m_reported.clear();
        reportAvailability();
        return;
    }
    askCandles(symbol, true); // the newest bars for the next plan; this one uses what is held
    askTrading<std::optional<exchange::InstrumentSpec>>(
        core(), this,
        [name = symbol.toStdString()](trading::TradingService &service) -> std::optional<exchange::InstrumentSpec> {
            const exchange::InstrumentSpec *spec = service.instrument(name);
            return spec ? std::optional(*spec) : std::nullopt;
        },
        [this, symbol](std::optional<exchange::InstrumentSpec> spec) {
            if (!spec) {
                emit availabilityChanged(symbol, false, tr("The trading service has no instrument %1.").arg(symbol));
                return;
            }
            openDialog(symbol, *spec);
        });
}

void TradePlanner::openDialog(const QString &symbol, const exchange::InstrumentSpec &spec)
{
    if (TradePlanDialog *old = m_dialog.data())
        old->reject();
    auto *dialog = new TradePlanDialog(m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    m_planSymbol = symbol;
    m_spec = spec;
    connect(dialog, &TradePlanDialog::optionsChanged, this, &TradePlanner::makePlan);
    connect(dialog, &TradePlanDialog::sendRequested, this, &TradePlanner::sendPlan);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog)
            closePlan();
    });
    makePlan();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void TradePlanner::makePlan()
{
    TradePlanDialog *dialog = m_dialog.data();
    CoreRuntime *runtime = core();
    if (!dialog || !runtime)
        return;
    const History &h = m_history[m_planSymbol];
    const Market &market = m_markets[m_planSymbol];
    const confluence::Direction direction = m_directions[m_planSymbol];
    const trading::TradingViewPtr view = runtime->tradingView();
    trading::PlanOrderInputs in;
    in.direction = direction;
    in.type = dialog->market() ? trading::OrderType::Market : trading::OrderType::Limit;
    // A limit joins the touch: a buy the best bid, a sell the best ask; a market order plans from the last trade.
    in.entryPrice = dialog->market() ? market.last : direction == confluence::Direction::Long ? market.bid : market.ask;
    if (h.timeframe) {
        in.atr = h.timeframe->atr();
        in.swings = h.timeframe->swings();
        m_planLastBarMs = h.timeframe->bars().empty() ? 0 : h.timeframe->bars().back().openTimeMs;
        m_planCandles = h.candles;
    }
    in.equity = view ? view->wallet.equity : 0;
    in.riskPercent = runtime->config().get(key::TradingRiskPerTradePct);
    in.target = dialog->target();
    in.maxNotional = runtime->config().get(key::RiskMaxOrderNotional);
    in.settings = m_settings.plan;
    m_plan = trading::planOrder(m_spec, in);

    const bool isLong = direction == confluence::Direction::Long;
    TradePlanDialog::Numbers n;
    n.title = tr("%1 · %2").arg(m_planSymbol, isLong ? tr("long") : tr("short"));
    n.buy = isLong;
    n.live = view && view->venue == trading::VenueKind::Live;
    const auto price = [this](exchange::Ticks ticks) { return QString::fromStdString(m_spec.price.format(ticks)); };
    std::vector<ChartLevel> levels;
    if (!m_plan.valid) {
        n.why = QString::fromStdString(m_plan.why);
    } else {
        n.side = isLong ? tr("Buy") : tr("Sell");
        n.entry = m_plan.type == trading::OrderType::Market ? tr("%1 (market)").arg(price(m_plan.entry))
                                                            : tr("%1 (limit)").arg(price(m_plan.entry));
        n.stop = price(m_plan.stop);
        n.stopBasis =
            std::string_view(m_plan.plan.stopBasis) == "swing"
                ? tr("the swing level (ATR %1)").arg(QLocale().toString(m_plan.plan.atr, 'g', 6))
                : tr("%1 × ATR %2")
                      .arg(QLocale().toString(m_settings.plan.stopAtr), QLocale().toString(m_plan.plan.atr, 'g', 6));
        for (int i = 0; i < 3; ++i)
            n.targets[i] = price(m_plan.targets[size_t(i)]);
        n.takeProfit = tr("%1 (T%2)").arg(price(m_plan.targets[size_t(m_plan.target)])).arg(m_plan.target + 1);
        n.quantity = QString::fromStdString(m_spec.quantity.format(m_plan.quantity));
        n.risk = tr("%1 %2 · %3 % of equity %4")
                     .arg(money(m_plan.risk), QString::fromStdString(m_spec.quoteCoin))
                     .arg(QLocale().toString(m_plan.riskPercent, 'f', 2), money(in.equity));
        if (m_plan.cappedByNotional)
            n.risk += tr(" · sized down to the order limit of %1 %2 (risk.max_order_notional)")
                          .arg(money(in.maxNotional), QString::fromStdString(m_spec.quoteCoin));
        n.rewardRisk = tr("%1 : 1").arg(QLocale().toString(m_plan.rewardRisk, 'f', 2));
        const double targets[3] = {m_spec.price.toDouble(m_plan.targets[0]), m_spec.price.toDouble(m_plan.targets[1]),
                                   m_spec.price.toDouble(m_plan.targets[2])};
        levels =
            planLevels(m_spec.price.toDouble(m_plan.entry), m_spec.price.toDouble(m_plan.stop), targets, m_plan.target);
    }
    n.venue = view ? QString::fromLatin1(trading::venueKindName(view->venue)).toUpper() : QString();
    dialog->showNumbers(n);
    dialog->chartOverlay()->setPriceDecimals(m_spec.price.decimals());
    dialog->showChart(h.candles, levels);
    emit planShown(m_planSymbol, levels);
    previewPlan();
}

namespace {
trading::OrderTicket ticketOf(const trading::PlanOrder &plan, const exchange::InstrumentSpec &spec,
                              const QString &symbol)
{
    trading::OrderTicket ticket;
    ticket.symbol = symbol.toStdString();
    ticket.side = plan.side == trading::Side::Buy ? "Buy" : "Sell";
    ticket.type = plan.type == trading::OrderType::Market ? "Market" : "Limit";
    ticket.quantity = spec.quantity.format(plan.quantity);
    if (plan.type == trading::OrderType::Limit)
        ticket.price = spec.price.format(plan.entry);
    ticket.takeProfit = spec.price.format(plan.targets[static_cast<size_t>(plan.target)]);
    ticket.stopLoss = spec.price.format(plan.stop);
    return ticket;
}
} // namespace

void TradePlanner::previewPlan()
{
    TradePlanDialog *dialog = m_dialog.data();
    if (!dialog || !core())
        return;
    if (!m_plan.valid) {
        dialog->showVerdict(tr("Nothing to send."), false);
        return;
    }
    const quint64 request = ++m_previewRequest;
    askTrading<trading::TicketPreview>(
        core(), this,
        [ticket = ticketOf(m_plan, m_spec, m_planSymbol)](trading::TradingService &service) {
            return service.preview(ticket);
        },
        [this, request](trading::TicketPreview preview) {
            TradePlanDialog *d = m_dialog.data();
            if (!d || request != m_previewRequest)
                return;
            if (!preview.error.empty())
                d->showVerdict(tr("Cannot be sent: %1").arg(QString::fromStdString(preview.error)), false);
            else if (preview.decision.accepted())
                d->showVerdict(tr("The risk gate would pass it (notional %1).").arg(money(preview.notional)), true);
            else
                d->showVerdict(tr("The risk gate would refuse it — %1: %2")
                                   .arg(QLatin1String(trading::riskRuleName(preview.decision.rule)),
                                        CoreTexts::text(QString::fromStdString(preview.decision.message))),
                               false);
        });
}

void TradePlanner::sendPlan()
{
    TradePlanDialog *dialog = m_dialog.data();
    if (!dialog || !core() || !m_plan.valid)
        return;
    dialog->setSending(true);
    const QString symbol = m_planSymbol;
    askTrading<trading::PlaceResult>(
        core(), this,
        [ticket = ticketOf(m_plan, m_spec, symbol)](trading::TradingService &service) { return service.place(ticket); },
        [this, symbol](trading::PlaceResult result) {
            TradePlanDialog *d = m_dialog.data();
            if (result.sent) {
                emit planSent(symbol, QString::fromStdString(result.orderLinkId));
                if (d)
                    d->accept();
                return;
            }
            if (!d)
                return;
            d->setSending(false);
            d->showVerdict(!result.decision.accepted()
                               ? tr("Refused by the risk gate — %1: %2")
                                     .arg(QLatin1String(trading::riskRuleName(result.decision.rule)),
                                          CoreTexts::text(QString::fromStdString(result.decision.message)))
                               : tr("Not sent: %1").arg(QString::fromStdString(result.error)),
                           false);
        });
}

void TradePlanner::closePlan()
{
    m_planSymbol.clear();
    emit planShown(QString(), {});
}

} // namespace virtuoso::ui
