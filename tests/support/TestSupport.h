#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace virtuoso::test {

// Absolute path of a file under tests/data.
QString dataFile(const QString &relativePath);

// Writes `content` to `dir/name` with the given permissions; returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content,
                  QFile::Permissions permissions = QFile::ReadOwner | QFile::WriteOwner);

// Spins the event loop until `condition` holds or `timeoutMs` of real time passes. For waiting on
// other processes and sockets only; logic with timeouts is tested with ManualClock instead.
bool waitFor(const std::function<bool()> &condition, int timeoutMs);

// A clean environment for starting the `virtuoso` binary: no display, no journal, no user config.
QProcessEnvironment headlessEnvironment(const QTemporaryDir &home);

struct ProcessResult
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

// Runs `virtuoso` with arguments to completion (or kills it after `timeoutMs`).
ProcessResult runVirtuoso(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 20000);

} // namespace virtuoso::test
