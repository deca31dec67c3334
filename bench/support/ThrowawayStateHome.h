#pragma once

// A load tool that runs the core keeps what the core writes — the history store, the trading audit
// log, the outcome store — in a throwaway folder, never in the user's ~/.local/state: the core's
// default paths follow $XDG_STATE_HOME (or systemd's $STATE_DIRECTORY, which is cleared here). Make
// one at the start of main(), before anything reads a default path; the folder goes with it.

#include <QFile>
#include <QTemporaryDir>
#include <QtGlobal>

namespace virtuoso::bench {

class ThrowawayStateHome
{
public:
    ThrowawayStateHome()
    {
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_dir.path()));
        qunsetenv("STATE_DIRECTORY");
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

} // namespace virtuoso::bench
