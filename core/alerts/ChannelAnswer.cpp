#include "alerts/ChannelAnswer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace virtuoso::alerts::channel_answer {

namespace {

// Seconds as whole milliseconds, rounded up and capped before the conversion: a peer asking for
// 1e300 seconds (or infinity) gets the cap, not an undefined conversion.
qint64 cappedMs(double seconds)
{
    const double ms = std::ceil(seconds * 1000);
    return ms >= static_cast<double>(kMaxRetryAfterMs) ? kMaxRetryAfterMs : static_cast<qint64>(ms);
}

} // namespace

qint64 retryAfterMs(const QByteArray &retryAfterHeader, const QByteArray &body)
{
    const QByteArray header = retryAfterHeader.trimmed();
    bool ok = false;
    const double headerSeconds = header.toDouble(&ok);
    if (ok && headerSeconds >= 0)
        return cappedMs(headerSeconds);
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QJsonValue v = o.value(QStringLiteral("retry_after"));
    if (!v.isDouble())
        v = o.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("retry_after"));
    if (v.isDouble() && v.toDouble() >= 0)
        return cappedMs(v.toDouble());
    return -1;
}

bool telegramAccepted(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("ok")).toBool(false);
}

} // namespace virtuoso::alerts::channel_answer
