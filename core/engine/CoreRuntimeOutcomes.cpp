// CoreRuntime's signal outcomes: the tracker on the engine thread, the store on its own thread
// (docs/backtest.md, "In the running core").
#include "engine/CoreRuntime.h"

#include "base/Clock.h"
#include "base/QueuedCall.h"
#include "base/logging/Log.h"
#include "engine/AutoPaper.h"
#include "engine/SignalOutcomes.h"
#include "store/HistoryStore.h"
#include "store/OutcomeStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

namespace virtuoso {

void CoreRuntime::startOutcomes()
{
    // Kept with the history: on when [store] is, in outcomes.sqlite next to the history database.
    if (!m_config.get(key::StoreEnabled)) {
        if (m_config.get(key::TradingAutoPaper)) {
            VLOG(Warning, "trading", "AUTO_PAPER_OFF") << "trading.auto_paper is on but signal outcomes are off: they "
                                                          "are kept with the history ([store] enabled)";
        }
        return;
    }
    const QString path = QFileInfo(store::HistoryStoreOptions::fromConfig(m_config).path).absolutePath() +
                         QStringLiteral("/outcomes.sqlite");
    outcomes::OutcomeSettings settings;
    settings.longThreshold = m_config.get(key::ConfluenceLongThreshold);
    settings.shortThreshold = m_config.get(key::ConfluenceShortThreshold);
    const QJsonObject json{{QStringLiteral("long_threshold"), settings.longThreshold},
                           {QStringLiteral("short_threshold"), settings.shortThreshold},
                           {QStringLiteral("source"), dataSourceDescription()}};
    m_outcomesPath = path;
    m_outcomeWriter = m_outcomesThread.create<OutcomeWriter>(
        path, QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString(), m_clock.epochMs());
    OutcomeWriter *writer = m_outcomeWriter;
    AutoPaper *autoPaper = startAutoPaper(settings);
    trading::TradingService *service = m_trading;
    // Batches go to the store's thread in order; SQLite never runs on the engine thread. Auto-paper
    // gets the outcomes that opened or closed on the trading thread.
    auto sink = [writer, autoPaper, service](OutcomeBatch batch) {
        if (autoPaper && service) {
            std::vector<outcomes::Outcome> moved;
            for (const outcomes::Outcome &o : batch.outcomes)
                if (o.status == outcomes::OutcomeStatus::Open || o.closed())
                    moved.push_back(o);
            if (!moved.empty())
                postQueued(service, [autoPaper, moved = std::move(moved)] { autoPaper->onOutcomes(moved); });
        }
        postQueued(writer, [writer, batch = std::move(batch)] { writer->write(batch); });
    };
    m_signalOutcomes = m_engine.create<SignalOutcomes>(m_clock, settings, std::move(sink));
    SignalOutcomes *tracker = m_signalOutcomes;
    exchange::FeedApplier *applier = m_applier;
    postQueued(tracker, [tracker, applier] { tracker->start(applier); });
    m_outcomesThread.start(QThread::LowPriority);
    postQueued(writer, [writer] { writer->open(); });
}

void CoreRuntime::stopOutcomes()
{
    if (SignalOutcomes *tracker = m_signalOutcomes)
        callBlocking(tracker, [tracker] { tracker->stop(); });
    // What the last flush handed on is written before the thread ends.
    if (OutcomeWriter *writer = m_outcomeWriter)
        callBlocking(writer, [] {});
    m_outcomesThread.stop();
    m_signalOutcomes = nullptr; // inert from here; deleted with the engine thread
    m_outcomeWriter = nullptr;
}

AutoPaper *CoreRuntime::startAutoPaper(const outcomes::OutcomeSettings &outcomeSettings)
{
    if (!m_config.get(key::TradingAutoPaper) || !m_trading)
        return nullptr;
    const trading::TradingViewPtr view = m_trading->view();
    if (!view->running || view->venue != trading::VenueKind::Paper) {
        VLOG(Warning, "trading", "AUTO_PAPER_OFF")
            << "trading.auto_paper is on but "
            << (view->running ? "trading.venue is not paper: auto-paper trades only on the paper venue"
                              : "trading is not running");
        return nullptr;
    }
    AutoPaper::Settings settings;
    settings.riskPercent = m_config.get(key::TradingRiskPerTradePct);
    settings.maxNotional = m_config.get(key::RiskMaxOrderNotional);
    settings.outcomes = outcomeSettings;
    trading::TradingService *service = m_trading;
    const Clock *clock = &m_clock;
    m_autoPaper = std::make_unique<AutoPaper>(
        settings, [service](const trading::OrderTicket &ticket) { return service->place(ticket); },
        [service](const std::string &symbol) { return service->instrument(symbol); },
        [clock] { return clock->epochMs(); });
    AutoPaper *autoPaper = m_autoPaper.get();
    // On the trading thread, where the view changes (the service is the context).
    connect(service, &trading::TradingService::viewChanged, service,
            [service, autoPaper] { autoPaper->onView(service->view()); });
    postQueued(service, [service, autoPaper] { autoPaper->onView(service->view()); });
    VLOG(Notice, "trading", "AUTO_PAPER_ON")
        << "auto-paper: every tracked signal is traded on the paper venue, " << settings.riskPercent
        << " % of equity at the stop, one trade per symbol at a time";
    return autoPaper;
}

std::optional<OutcomesSummary> CoreRuntime::outcomesSummary() const
{
    if (!m_started || !m_signalOutcomes)
        return std::nullopt;
    return m_signalOutcomes->summary();
}

} // namespace virtuoso
