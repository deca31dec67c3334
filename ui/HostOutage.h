#pragma once

#include <QString>
#include <QtGlobal>

namespace virtuoso::ui {

// A span in which the workstation received nothing from a host (its stream down or stale), as the
// workstation saw it: the daemon's own journal cannot know of it. Epoch ms; `toMs` 0 while it lasts.
struct HostOutage
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QString host;   // "127.0.0.1:8787"
    QString reason; // in the user's language, as the status bar said it when it began
    bool operator==(const HostOutage &) const = default;
};

} // namespace virtuoso::ui
