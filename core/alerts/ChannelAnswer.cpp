#include "alerts/ChannelAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace virtuoso::alerts::channel_answer {

qint64 retryAfterMs(const QByteArray &retryAfterHeader, const QByteArray &body)
{
    const QByteArray header = retryAfterHeader.trimmed();
    bool ok = false;
    const double headerSeconds = header.toDouble(&ok);
    if (ok && headerSeconds >= 0)
        return std::min<qint64>(kMaxRetryAfterMs, static_cast<qint64>(std::ceil(headerSeconds * 1000)));
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QJsonValue v = o.value(QStringLiteral("retry_after"));
    if (!v.isDouble())
        v = o.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("retry_after"));
    if (v.isDouble() && v.toDouble() >= 0)
        return std::min<qint64>(kMaxRetryAfterMs, static_cast<qint64>(std::ceil(v.toDouble() * 1000)));
    return -1;
}

bool telegramAccepted(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("ok")).toBool(false);
}

} // namespace virtuoso::alerts::channel_answer
