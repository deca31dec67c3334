#include "TrayNotifier.h"

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

void TrayNotifier::notify(const alerts::AlertMessage &message)
{
    QStringList lines;
    for (const alerts::AlertField &f : message.event.fields)
        lines << QStringLiteral("%1: %2").arg(f.name, f.value);
    if (!message.summary.isEmpty())
        lines << message.summary;
    const QString title = message.event.title;
    const QString body = lines.join(QLatin1Char('\n'));
    const int severity = static_cast<int>(message.event.severity);
    QMetaObject::invokeMethod(
        this, [this, title, body, severity] { show(title, body, severity); }, Qt::QueuedConnection);
}

void TrayNotifier::showRemote(const alerts::AlertItem &item, const QString &host)
{
    QStringList lines;
    for (const alerts::AlertField &f : item.fields)
        lines << QStringLiteral("%1: %2").arg(f.name, f.value);
    if (!item.summary.isEmpty())
        lines << item.summary;
    lines << host;
    show(item.title, lines.join(QLatin1Char('\n')), static_cast<int>(item.severity));
}

void TrayNotifier::show(const QString &title, const QString &body, int severity)
{
    ++m_shown;
    if (!m_tray)
        return;
    const auto icon = severity >= static_cast<int>(alerts::AlertSeverity::Critical) ? QSystemTrayIcon::Critical
                      : severity >= static_cast<int>(alerts::AlertSeverity::Warning) ? QSystemTrayIcon::Warning
                                                                                    : QSystemTrayIcon::Information;
    m_tray->showMessage(title, body, icon, 10'000);
}

} // namespace virtuoso::ui
