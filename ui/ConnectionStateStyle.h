#pragma once

#include "model/health/ConnectionStatus.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace virtuoso::ui {

// How a connection state looks everywhere in the workstation: one colour, one icon shape and one
// translated name, so an operator reads the same signal in the table, the timeline and the legend.
QColor connectionStateColor(health::ConnectionState state);
QIcon connectionStateIcon(health::ConnectionState state);
QString connectionStateText(health::ConnectionState state);

// A state seen from the outside: backoff and connecting after a drop read as "reconnecting".
bool isReconnecting(health::ConnectionState state);

} // namespace virtuoso::ui
