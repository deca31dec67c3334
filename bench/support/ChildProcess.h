#pragma once

// A child process for the load tools (a daemon, a simulator): its stdout and stderr are collected as
// they come, so a tool can wait for a log line (where the API listens, when the stream is live), and
// it is stopped with SIGTERM — SIGKILL after 10 s — when the tool is done with it.

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace virtuoso::bench {

class ChildProcess
{
public:
    ChildProcess() = default;
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;
    ~ChildProcess() { stop(); }

    bool start(const QString &program, const QStringList &args, const QString &workDir = {},
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProcessEnvironment(env);
        m_process.setProgram(program);
        m_process.setArguments(args);
        if (!workDir.isEmpty())
            m_process.setWorkingDirectory(workDir);
        QObject::connect(&m_process, &QProcess::readyReadStandardError,
                         [this] { m_err += m_process.readAllStandardError(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        m_process.start();
        return m_process.waitForStarted(5000);
    }
    // Runs the event loop until stdout or stderr matches `pattern`; its first capture, or an empty
    // string after `ms` or when the child has ended.
    QString waitFor(const QRegularExpression &pattern, int ms)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms && running()) {
            for (const QByteArray *text : {&m_out, &m_err}) {
                const auto m = pattern.match(QString::fromUtf8(*text));
                if (m.hasMatch())
                    return m.captured(1);
            }
            QEventLoop loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return {};
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
    const QByteArray &err() const { return m_err; }
    const QByteArray &out() const { return m_out; }

private:
    QProcess m_process;
    QByteArray m_err;
    QByteArray m_out;
};

} // namespace virtuoso::bench
