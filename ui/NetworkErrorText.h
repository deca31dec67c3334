#pragma once

#include <QAbstractSocket>
#include <QNetworkReply>
#include <QString>

namespace virtuoso::ui {

// What the workstation tells the operator when a daemon cannot be reached: the common socket and
// HTTP failures in the user's language, with what to check. Qt's own text (untranslated, often
// internal) is kept only for failures without a known meaning, after a translated lead.
QString socketErrorText(QAbstractSocket::SocketError error, const QString &qtText);
QString replyErrorText(QNetworkReply::NetworkError error, const QString &qtText);

} // namespace virtuoso::ui
