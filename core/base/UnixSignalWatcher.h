#pragma once

#include <QObject>

class QSocketNotifier;

namespace virtuoso {

// Turns SIGTERM, SIGINT and SIGHUP into Qt signals delivered on the thread that owns the watcher.
// The async-signal handler only writes one byte to a socket pair; everything else happens in the
// event loop.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminateRequested(int signalNumber); // SIGTERM or SIGINT
    void reloadRequested();                    // SIGHUP

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace virtuoso
