#include "alerts/AlertSettings.h"

#include "base/config/Config.h"
#include "store/AlertJournal.h"

#include <QFile>
#include <QFileInfo>

namespace virtuoso::alerts {

const char *channelTypeName(ChannelType type)
{
    switch (type) {
    case ChannelType::Desktop:
        return "desktop";
    case ChannelType::Discord:
        return "discord";
    case ChannelType::Slack:
        return "slack";
    case ChannelType::Telegram:
        return "telegram";
    case ChannelType::Webhook:
        return "webhook";
    }
    return "webhook";
}

QString ChannelSettings::describe() const
{
    return QStringLiteral("%1 channel '%2'").arg(QLatin1String(channelTypeName(type)), name);
}

const ChannelSettings *AlertSettings::channel(const QString &name) const
{
    for (const ChannelSettings &c : channels) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

std::optional<QByteArray> readPrivateLine(const QString &path, const QString &what, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = QStringLiteral("%1 %2 does not exist").arg(what, path);
        return std::nullopt;
    }
    if (info.permissions() &
        (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) {
        *error = QStringLiteral("%1 %2 is readable by others; chmod 600 %2").arg(what, path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1 %2 cannot be read: %3").arg(what, path, file.errorString());
        return std::nullopt;
    }
    const QByteArray line = file.readLine(64 * 1024).trimmed();
    if (line.isEmpty()) {
        *error = QStringLiteral("%1 %2 is empty").arg(what, path);
        return std::nullopt;
    }
    return line;
}

std::optional<AlertSettings> AlertSettings::fromConfig(const Config &config, QString *error)
{
    AlertSettings out;
    out.enabled = config.get(key::AlertsEnabled);
    out.journalPath = config.get(key::AlertsJournalPath);
    out.tapeMinNotional = config.get(key::AlertsTapeMinNotional);
    if (out.journalPath.isEmpty())
        out.journalPath = store::AlertJournal::defaultPath();

    const QString ch = QStringLiteral("channel");
    for (const QString &name : config.namedSections(ch)) {
        const auto value = [&](const char *k) { return config.namedValue(ch, name, QLatin1String(k)); };
        ChannelSettings c;
        c.name = name;
        const QString type = value("type").toString();
        static const std::pair<const char *, ChannelType> types[] = {{"desktop", ChannelType::Desktop},
                                                                     {"discord", ChannelType::Discord},
                                                                     {"slack", ChannelType::Slack},
                                                                     {"telegram", ChannelType::Telegram},
                                                                     {"webhook", ChannelType::Webhook}};
        for (const auto &[word, t] : types) {
            if (type == QLatin1String(word))
                c.type = t;
        }
        c.url = value("url").toString();
        const QString urlFile = value("url_file").toString();
        if (!urlFile.isEmpty()) {
            const auto line = readPrivateLine(urlFile, QStringLiteral("channel.%1.url_file").arg(name), error);
            if (!line)
                return std::nullopt;
            c.url = QString::fromUtf8(*line);
        }
        const QString secretFile = value("secret_file").toString();
        if (!secretFile.isEmpty()) {
            const auto line = readPrivateLine(secretFile, QStringLiteral("channel.%1.secret_file").arg(name), error);
            if (!line)
                return std::nullopt;
            c.hmacKey = *line;
        }
        c.chatId = value("chat_id").toString();
        c.parseMode = value("parse_mode").toString();
        c.timeoutMs = static_cast<int>(value("timeout_ms").toLongLong());
        c.maxRetries = static_cast<int>(value("max_retries").toLongLong());
        c.backoffInitialMs = value("backoff_initial_ms").toLongLong();
        c.backoffMaxMs = value("backoff_max_ms").toLongLong();
        c.enabled = value("enabled").toBool();
        out.channels.push_back(std::move(c));
    }

    const QString ru = QStringLiteral("rule");
    const double longThreshold = config.get(key::ConfluenceLongThreshold);
    const double shortThreshold = config.get(key::ConfluenceShortThreshold);
    for (const QString &name : config.namedSections(ru)) {
        const auto value = [&](const char *k) { return config.namedValue(ru, name, QLatin1String(k)); };
        if (!value("enabled").toBool())
            continue;
        AlertRule r;
        r.name = name;
        r.source = sourceFromName(value("source").toString()).value_or(AlertSource::Whale);
        r.symbols = value("symbols").toStringList();
        r.minNotional = value("min_notional").toDouble();
        r.totalNotional = value("total_notional").toDouble();
        r.windowMs = value("window_s").toLongLong() * 1000;
        for (const QVariant &v : value("levels").toList())
            r.levels.push_back(v.toDouble());
        r.hysteresis = value("hysteresis").toDouble();
        r.longThreshold = longThreshold;
        r.shortThreshold = shortThreshold;
        r.staleAfterMs = value("stale_after_s").toLongLong() * 1000;
        r.burstCount = static_cast<int>(value("burst_count").toLongLong());
        if (r.source == AlertSource::Latency)
            r.limit = value("latency_ms").toDouble();
        else if (r.source == AlertSource::Memory)
            r.limit = value("max_rss_mb").toDouble();
        else if (r.source == AlertSource::DailyLoss)
            r.limit = value("near_pct").toDouble();
        r.severity = severityFromName(value("severity").toString()); // "auto": none
        for (const QString &c : value("channels").toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const ChannelSettings *channel = out.channel(c.trimmed());
            if (channel && channel->enabled)
                r.channels << c.trimmed();
        }
        r.cooldownMs = value("cooldown_s").toLongLong() * 1000;
        r.quietHours = parseQuietHours(value("quiet_hours").toString()).value_or(std::vector<QuietRange>{});
        r.quietAllowsCritical = value("quiet_allows_critical").toBool();
        r.maxPerHour = static_cast<int>(value("max_per_hour").toLongLong());
        out.rules.push_back(std::move(r));
    }
    return out;
}

} // namespace virtuoso::alerts
