#include "TrayNotifier.h"

#include "CoreTexts.h"
#include "base/QueuedCall.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace virtuoso::ui {

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Virtuoso Workstation"));
        m_tray->show();
    }
}

TrayNotifier::~TrayNotifier() = default;

namespace {

// The notification's body: the fields, then the summary of the ones held back, in the operator's
// language (the channels' own messages stay the core's English).
QStringList bodyLines(const std::vector<alerts::AlertField> &fields, const QString &summary)
{
    QStringList lines = CoreTexts::fieldLines(fields);
    if (!summary.isEmpty())
        lines << CoreTexts::text(summary);
    return lines;
}

} // namespace

void TrayNotifier::notify(const alerts::AlertMessage &message)
{
    // Translated on the GUI thread, where the translators are installed and replaced.
    postQueued(this, [this, title = message.event.title, fields = message.event.fields, summary = message.summary,
                      severity = static_cast<int>(message.event.severity)] {
        show(CoreTexts::text(title), bodyLines(fields, summary).join(QLatin1Char('\n')), severity);
    });
}

void TrayNotifier::showRemote(const alerts::AlertItem &item, const QString &host)
{
    QStringList lines = bodyLines(item.fields, item.summary);
    lines << host;
    show(CoreTexts::text(item.title), lines.join(QLatin1Char('\n')), static_cast<int>(item.severity));
}

void TrayNotifier::show(const QString &title, const QString &body, int severity)
{
    ++m_shown;
    m_lastTitle = title;
    m_lastBody = body;
    if (!m_tray)
        return;
    const auto icon = severity >= static_cast<int>(alerts::AlertSeverity::Critical)  ? QSystemTrayIcon::Critical
                      : severity >= static_cast<int>(alerts::AlertSeverity::Warning) ? QSystemTrayIcon::Warning
                                                                                     : QSystemTrayIcon::Information;
    m_tray->showMessage(title, body, icon, 10'000);
}

} // namespace virtuoso::ui
