// The Alerts view's actions: an in-process core mutes and tests on its engine thread; a daemon
// through its API (POST /api/v1/alerts/mute and /api/v1/alerts/test, with the monitoring token the
// workstation already holds for that host).
#include "AlertsView.h"
#include "RemoteHost.h"
#include "api/ApiClient.h"
#include "base/QueuedCall.h"
#include "engine/CoreRuntime.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

namespace virtuoso::ui {

namespace {

// The daemon's answer in words: its error text, else the HTTP status.
QString replyError(const api::ApiClient::Reply &reply)
{
    if (reply.ok())
        return {};
    if (!reply.error.isEmpty())
        return reply.error;
    return QCoreApplication::translate("AlertsView", "HTTP %1").arg(reply.status);
}

} // namespace

AlertActions localAlertActions(CoreRuntime *core, QObject *context)
{
    AlertActions actions;
    QPointer<QObject> guard(context);
    // Completions come back on the context's (the GUI) thread.
    const auto onGui = [guard](std::function<void(QString)> done, QString error) {
        if (QObject *object = guard.data())
            postQueued(object, [done = std::move(done), error] { done(error); });
    };
    actions.mute = [core, onGui](bool rule, const QString &name, qint64 durationMs, std::function<void(QString)> done) {
        if (rule)
            core->muteAlertRule(name, durationMs);
        else
            core->muteAlertKey(name, durationMs);
        onGui(std::move(done), QString());
    };
    actions.sendTest = [core, onGui](const QString &channel, std::function<void(QString)> done) {
        core->sendTestAlert(channel, [onGui, done = std::move(done)](const QString &error) { onGui(done, error); });
    };
    return actions;
}

AlertActions remoteAlertActions(RemoteHost *remote)
{
    AlertActions actions;
    QPointer<RemoteHost> host(remote);
    actions.mute = [host](bool rule, const QString &name, qint64 durationMs, std::function<void(QString)> done) {
        RemoteHost *h = host.data();
        if (!h) {
            done(QCoreApplication::translate("AlertsView", "the host is gone"));
            return;
        }
        const QJsonObject body{{rule ? QStringLiteral("rule") : QStringLiteral("key"), name},
                               {QStringLiteral("duration_s"), durationMs / 1000}};
        h->client().post(QStringLiteral("/api/v1/alerts/mute"), body,
                         [done = std::move(done)](const api::ApiClient::Reply &reply) { done(replyError(reply)); });
    };
    actions.sendTest = [host](const QString &channel, std::function<void(QString)> done) {
        RemoteHost *h = host.data();
        if (!h) {
            done(QCoreApplication::translate("AlertsView", "the host is gone"));
            return;
        }
        h->client().post(QStringLiteral("/api/v1/alerts/test"), QJsonObject{{QStringLiteral("channel"), channel}},
                         [done = std::move(done)](const api::ApiClient::Reply &reply) { done(replyError(reply)); });
    };
    return actions;
}

} // namespace virtuoso::ui
