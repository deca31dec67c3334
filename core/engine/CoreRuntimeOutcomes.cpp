// CoreRuntime's signal outcomes: the tracker on the engine thread, the store on its own thread
// (docs/backtest.md, "In the running core").
#include "engine/CoreRuntime.h"

#include "base/Clock.h"
#include "base/logging/Log.h"
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
    if (!m_config.get(key::StoreEnabled))
        return;
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
    // Batches go to the store's thread in order; SQLite never runs on the engine thread.
    auto sink = [writer](OutcomeBatch batch) {
        QMetaObject::invokeMethod(
            writer, [writer, batch = std::move(batch)] { writer->write(batch); }, Qt::QueuedConnection);
    };
    m_signalOutcomes = m_engine.create<SignalOutcomes>(m_clock, settings, std::move(sink));
    SignalOutcomes *tracker = m_signalOutcomes;
    exchange::FeedApplier *applier = m_applier;
    QMetaObject::invokeMethod(
        tracker, [tracker, applier] { tracker->start(applier); }, Qt::QueuedConnection);
    m_outcomesThread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(writer, [writer] { writer->open(); }, Qt::QueuedConnection);
}

void CoreRuntime::stopOutcomes()
{
    if (SignalOutcomes *tracker = m_signalOutcomes)
        QMetaObject::invokeMethod(
            tracker, [tracker] { tracker->stop(); }, Qt::BlockingQueuedConnection);
    // What the last flush handed on is written before the thread ends.
    if (OutcomeWriter *writer = m_outcomeWriter)
        QMetaObject::invokeMethod(writer, [] {}, Qt::BlockingQueuedConnection);
    m_outcomesThread.stop();
    m_signalOutcomes = nullptr; // inert from here; deleted with the engine thread
    m_outcomeWriter = nullptr;
}

std::optional<OutcomesSummary> CoreRuntime::outcomesSummary() const
{
    if (!m_started || !m_signalOutcomes)
        return std::nullopt;
    return m_signalOutcomes->summary();
}

} // namespace virtuoso
