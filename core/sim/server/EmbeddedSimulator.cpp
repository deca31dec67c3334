#include "sim/server/EmbeddedSimulator.h"

#include "base/QueuedCall.h"
#include "base/WorkerThread.h"
#include "sim/server/SimulatorService.h"

#include <QMetaObject>

namespace virtuoso::sim {

EmbeddedSimulator::EmbeddedSimulator(SimulatorOptions options)
    : m_options(std::move(options))
{
    m_options.quiet = true;
    // Without accounts the exchange still has one to trade with, under a generated key and secret.
    if (m_options.accounts.empty() && m_options.replayFile.isEmpty()) {
        m_options.accounts.push_back(generateAccount());
        m_generatedAccount = true;
    }
}

EmbeddedSimulator::~EmbeddedSimulator()
{
    stop();
}

bool EmbeddedSimulator::start(QString *error)
{
    if (m_thread) {
        if (error)
            *error = QStringLiteral("the simulator is already running");
        return false;
    }
    m_thread = std::make_unique<WorkerThread>(QStringLiteral("sim"));
    m_service = m_thread->create<SimulatorService>(m_options);
    m_thread->start();
    bool ok = false;
    QString why;
    quint16 port = 0;
    callBlocking(m_service, [this, &ok, &why, &port] {
        ok = m_service->start(&why);
        port = m_service->port();
    });
    if (!ok) {
        m_thread.reset(); // stops the thread, which deletes the service
        m_service = nullptr;
        if (error)
            *error = why;
        return false;
    }
    m_port = port;
    return true;
}

void EmbeddedSimulator::stop()
{
    if (!m_thread)
        return;
    if (m_service && m_thread->isRunning())
        callBlocking(m_service, [service = m_service] { service->stop(); });
    m_thread.reset();
    m_service = nullptr;
    m_port = 0;
}

QString EmbeddedSimulator::hostForUrls() const
{
    if (m_options.host == u"0.0.0.0" || m_options.host.isEmpty())
        return QStringLiteral("127.0.0.1");
    if (m_options.host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]").arg(m_options.host);
    return m_options.host;
}

QString EmbeddedSimulator::restUrl() const
{
    return QStringLiteral("http://%1:%2").arg(hostForUrls()).arg(m_port);
}

QString EmbeddedSimulator::wsPublicUrl() const
{
    return QStringLiteral("ws://%1:%2/v5/public/linear").arg(hostForUrls()).arg(m_port);
}

QString EmbeddedSimulator::wsPrivateUrl() const
{
    return QStringLiteral("ws://%1:%2/v5/private").arg(hostForUrls()).arg(m_port);
}

QByteArray EmbeddedSimulator::controlAuthorization() const
{
    return m_options.controlToken.isEmpty() ? QByteArray() : "Bearer " + m_options.controlToken;
}

QString EmbeddedSimulator::controlUrl() const
{
    return QStringLiteral("http://%1:%2/sim/v1").arg(hostForUrls()).arg(m_port);
}

} // namespace virtuoso::sim
