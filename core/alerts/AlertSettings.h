#pragma once

#include "model/alerts/AlertRules.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace virtuoso {
class Config;
} // namespace virtuoso

namespace virtuoso::alerts {

enum class ChannelType { Desktop, Discord, Slack, Telegram, Webhook };

const char *channelTypeName(ChannelType type);

// One [channel.NAME] with its secrets read: the URL from url or url_file, the HMAC key from
// secret_file. Neither is ever logged or shown; describe() names the channel without them.
struct ChannelSettings
{
    QString name;
    ChannelType type = ChannelType::Webhook;
    QString url; // secret: a webhook URL or a Telegram bot URL holds its token
    QString chatId;
    QString parseMode = QStringLiteral("HTML");
    QByteArray hmacKey; // webhook: signs the body when set
    int timeoutMs = 5000;
    int maxRetries = 5;
    qint64 backoffInitialMs = 1000;
    qint64 backoffMaxMs = 60000;
    bool enabled = true;

    // "discord channel 'ops'" — for logs and errors; never the URL.
    QString describe() const;
};

// [alerts], every [channel.NAME] and every [rule.NAME], with the files they name read.
struct AlertSettings
{
    bool enabled = true;
    QString journalPath;
    double tapeMinNotional = 100'000;
    std::vector<ChannelSettings> channels;
    std::vector<AlertRule> rules;

    const ChannelSettings *channel(const QString &name) const;

    // The settings of a configuration that Config::load accepted. Fails (with a reason an operator
    // can act on, never a secret) when a url_file or secret_file cannot be read or is readable by
    // others.
    static std::optional<AlertSettings> fromConfig(const Config &config, QString *error);
};

// The first line of a file that must be readable by its owner only (mode 0600).
std::optional<QByteArray> readPrivateLine(const QString &path, const QString &what, QString *error);

} // namespace virtuoso::alerts
