#pragma once

#include <QObject>

class QSocketNotifier;

namespace virtuoso {

// Turns SIGTERM, SIGINT, SIGHUP and SIGUSR1 into Qt signals delivered on the thread that owns the watcher.
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
    void killSwitchRequested();                // SIGUSR1: cancel every order, flatten, stop trading

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace virtuoso
