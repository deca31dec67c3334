// CoreRuntime's alerts: the rule engine's sources on the engine thread, the dispatcher on its own
// thread (docs/alerts.md, "In the running core").
#include "engine/CoreRuntime.h"

#include "alerts/AlertDispatcher.h"
#include "alerts/AlertSettings.h"
#include "base/QueuedCall.h"
#include "base/logging/Log.h"
#include "engine/AlertSources.h"
#include "trading/TradingService.h"

#include <QMetaObject>

namespace virtuoso {

void CoreRuntime::startAlerts()
{
    QString error;
    std::optional<alerts::AlertSettings> settings = alerts::AlertSettings::fromConfig(m_config, &error);
    if (!settings) {
        VLOG(Error, "alerts", "ALERTS_UNAVAILABLE") << "alerts are off: " << error;
        return;
    }
    if (!settings->enabled)
        return;
    if (!m_desktopNotifier) {
        m_recordingDesktop = std::make_unique<alerts::RecordingDesktopNotifier>();
        m_desktopNotifier = m_recordingDesktop.get();
    }
    alerts::AlertDispatcher::Options options;
    options.journalPath = settings->journalPath;
    options.desktop = m_desktopNotifier;
    options.metrics = &m_metrics;
    options.clock = &m_clock;
    m_alertJournalPath = settings->journalPath;
    m_alertService = std::make_shared<alerts::AlertService>(settings->channels, options);
    m_alertSources = m_engine.create<AlertSources>(m_clock, std::move(*settings), m_alertService, m_board, m_journal);
    AlertSources *sources = m_alertSources;
    exchange::FeedApplier *applier = m_applier;
    postQueued(sources, [sources, applier] { sources->start(applier); });
    // The view travels with the signal: the trading thread deletes the service before the engine
    // thread stops, so a queued call must not reach back into it.
    if (trading::TradingService *service = m_trading) {
        connectQueued(service, &trading::TradingService::viewChanged, sources,
                      [sources](trading::TradingViewPtr view) { sources->onTradingView(std::move(view)); });
    }
    // Without rules only the market-events tape runs: nothing worth a line at the default level.
    if (!m_config.namedSections(QStringLiteral("rule")).isEmpty()) {
        VLOG(Info, "alerts", "ALERTS_STARTED") << m_config.namedSections(QStringLiteral("rule")).size() << " rule(s), "
                                               << m_config.namedSections(QStringLiteral("channel")).size()
                                               << " channel(s); journal " << m_alertJournalPath;
    }
}

void CoreRuntime::stopAlerts()
{
    if (AlertSources *sources = m_alertSources)
        callBlocking(sources, [sources] { sources->stop(); });
}

QStringList CoreRuntime::reloadAlerts(const Config &next)
{
    QStringList restart;
    const auto channelsOf = [](const Config &c) {
        QStringList out;
        for (const QString &name : c.namedSections(QStringLiteral("channel")))
            for (const ConfigKey &k : ConfigSchema::instance().family(QStringLiteral("channel"))->keys)
                out << name + QLatin1Char('.') + k.name + QLatin1Char('=') +
                           c.namedValue(QStringLiteral("channel"), name, k.name).toString();
        return out;
    };
    if (channelsOf(next) != channelsOf(m_startConfig))
        restart << QStringLiteral("channel.*");
    AlertSources *sources = m_alertSources;
    if (!sources) {
        if (!next.namedSections(QStringLiteral("rule")).isEmpty())
            restart << QStringLiteral("rule.*");
        return restart;
    }
    QString error;
    std::optional<alerts::AlertSettings> settings = alerts::AlertSettings::fromConfig(next, &error);
    if (!settings) {
        VLOG(Error, "alerts", "ALERTS_RELOAD_FAILED") << "alert rules kept as they were: " << error;
        return restart;
    }
    std::vector<alerts::AlertRule> rules = settings->enabled ? settings->rules : std::vector<alerts::AlertRule>{};
    const int count = static_cast<int>(rules.size());
    postQueued(sources, [sources, rules = std::move(rules)]() mutable { sources->setRules(std::move(rules)); });
    VLOG(Info, "alerts", "ALERTS_RELOADED") << count << " alert rule(s) in effect";
    return restart;
}

alerts::AlertBoardPtr CoreRuntime::alertBoard() const
{
    return m_started && m_alertSources ? m_alertSources->board() : nullptr;
}

void CoreRuntime::muteAlertRule(const QString &rule, qint64 durationMs)
{
    if (AlertSources *sources = m_alertSources; sources && m_gate)
        m_gate->post(sources, [sources, rule, durationMs] { sources->muteRule(rule, durationMs); });
}

void CoreRuntime::muteAlertKey(const QString &key, qint64 durationMs)
{
    if (AlertSources *sources = m_alertSources; sources && m_gate)
        m_gate->post(sources, [sources, key, durationMs] { sources->muteKey(key, durationMs); });
}

void CoreRuntime::sendTestAlert(const QString &channel, std::function<void(QString)> done)
{
    if (AlertSources *sources = m_alertSources; sources && m_gate)
        m_gate->post(sources, [sources, channel, done = std::move(done)] { done(sources->sendTest(channel)); });
}

} // namespace virtuoso
