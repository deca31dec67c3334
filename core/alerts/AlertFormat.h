#pragma once

#include "alerts/AlertSettings.h"
#include "model/alerts/AlertTypes.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace virtuoso::alerts {

// One alert as one channel receives it.
struct AlertMessage
{
    qint64 alertId = 0; // the journal's id (the webhook's "id")
    AlertEvent event;
    QString rule;
    QString channel;
    qint64 more = 0;
    QString summary; // "and 7 more like this in 10 min", or empty
};

// The HTTP request that delivers a message: always a POST of a JSON body.
struct HttpDelivery
{
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type: application/json
};

// The embed colour of a severity: info blue, warning amber, critical red.
int discordColour(AlertSeverity severity);

// Discord webhook: one embed (title, summary as description, the fields inline, colour by
// severity, the time, the rule and key in the footer), within Discord's limits.
QByteArray formatDiscord(const AlertMessage &message);
// Slack incoming webhook: a header block, the fields as a section, a context line; `text` as the
// notification's fallback.
QByteArray formatSlack(const AlertMessage &message);
// Telegram sendMessage: chat_id, the text marked up for `parseMode` ("HTML", "MarkdownV2", "none").
QByteArray formatTelegram(const AlertMessage &message, const QString &chatId, const QString &parseMode);
// The generic webhook's JSON, version 1 (docs/alerts.md, "Webhook JSON").
QByteArray formatWebhook(const AlertMessage &message);

// "sha256=<lower-case hex HMAC-SHA256 of body under key>": the X-Virtuoso-Signature header.
QByteArray webhookSignature(const QByteArray &body, const QByteArray &key);

// The request for one message through one channel (not for desktop channels).
HttpDelivery deliveryFor(const ChannelSettings &channel, const AlertMessage &message);

} // namespace virtuoso::alerts
