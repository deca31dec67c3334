#include "alerts/AlertFormat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace virtuoso::alerts {

namespace {

QString cut(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

QString isoTime(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString footer(const AlertMessage &m)
{
    QStringList parts{QLatin1String(severityName(m.event.severity))};
    if (!m.rule.isEmpty())
        parts << QStringLiteral("rule %1").arg(m.rule);
    parts << m.event.key;
    return parts.join(QStringLiteral(" · "));
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString markdownV2Escape(const QString &text)
{
    static const QString special = QStringLiteral("_*[]()~`>#+-=|{}.!\\");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString slackEscape(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
        .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
        .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
}

} // namespace

int discordColour(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info:
        return 0x3498DB;
    case AlertSeverity::Warning:
        return 0xF1A50F;
    case AlertSeverity::Critical:
        return 0xE74C3C;
    }
    return 0x3498DB;
}

QByteArray formatDiscord(const AlertMessage &m)
{
    QJsonArray fields;
    for (const AlertField &f : m.event.fields) {
        if (fields.size() == 25) // Discord's limit per embed
            break;
        fields.append(
            QJsonObject{{QStringLiteral("name"), cut(f.name, 256)},
                        {QStringLiteral("value"), cut(f.value.isEmpty() ? QStringLiteral("-") : f.value, 1024)},
                        {QStringLiteral("inline"), true}});
    }
    QJsonObject embed{{QStringLiteral("title"), cut(m.event.title, 256)},
                      {QStringLiteral("color"), discordColour(m.event.severity)},
                      {QStringLiteral("fields"), fields},
                      {QStringLiteral("timestamp"), isoTime(m.event.timeMs)},
                      {QStringLiteral("footer"), QJsonObject{{QStringLiteral("text"), cut(footer(m), 2048)}}}};
    if (!m.summary.isEmpty())
        embed.insert(QStringLiteral("description"), cut(m.summary, 4096));
    return compact(QJsonObject{{QStringLiteral("username"), QStringLiteral("Virtuoso")},
                               {QStringLiteral("embeds"), QJsonArray{embed}}});
}

QByteArray formatSlack(const AlertMessage &m)
{
    QString fallback =
        QStringLiteral("[%1] %2").arg(QString::fromLatin1(severityName(m.event.severity)).toUpper(), m.event.title);
    if (!m.summary.isEmpty())
        fallback += QStringLiteral(" (%1)").arg(m.summary);
    QJsonArray blocks;
    blocks.append(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("type"), QStringLiteral("plain_text")},
                                                         {QStringLiteral("text"), cut(m.event.title, 150)}}}});
    QJsonArray fields;
    for (const AlertField &f : m.event.fields) {
        if (fields.size() == 10) // Slack's limit per section
            break;
        fields.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                        {QStringLiteral("text"),
                         cut(QStringLiteral("*%1*\n%2").arg(slackEscape(f.name), slackEscape(f.value)), 2000)}});
    }
    if (!fields.isEmpty())
        blocks.append(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("section")}, {QStringLiteral("fields"), fields}});
    QString context = slackEscape(footer(m));
    if (!m.summary.isEmpty())
        context = slackEscape(m.summary) + QStringLiteral(" · ") + context;
    blocks.append(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("context")},
        {QStringLiteral("elements"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")},
                                                            {QStringLiteral("text"), cut(context, 2000)}}}}});
    return compact(QJsonObject{{QStringLiteral("text"), slackEscape(fallback)}, {QStringLiteral("blocks"), blocks}});
}

QByteArray formatTelegram(const AlertMessage &m, const QString &chatId, const QString &parseMode)
{
    QString text;
    const auto esc = [&](const QString &s) {
        if (parseMode == u"HTML")
            return htmlEscape(s);
        if (parseMode == u"MarkdownV2")
            return markdownV2Escape(s);
        return s;
    };
    const auto bold = [&](const QString &s) {
        if (parseMode == u"HTML")
            return QStringLiteral("<b>%1</b>").arg(esc(s));
        if (parseMode == u"MarkdownV2")
            return QStringLiteral("*%1*").arg(esc(s));
        return s;
    };
    text += bold(m.event.title) + QLatin1Char('\n');
    for (const AlertField &f : m.event.fields)
        text += esc(f.name) + QStringLiteral(": ") + esc(f.value) + QLatin1Char('\n');
    if (!m.summary.isEmpty())
        text += esc(m.summary) + QLatin1Char('\n');
    text += esc(footer(m));
    QJsonObject o{{QStringLiteral("chat_id"), chatId},
                  {QStringLiteral("text"), cut(text, 4096)},
                  {QStringLiteral("disable_web_page_preview"), true}};
    if (parseMode != u"none")
        o.insert(QStringLiteral("parse_mode"), parseMode);
    return compact(o);
}

QByteArray formatWebhook(const AlertMessage &m)
{
    QJsonArray fields;
    for (const AlertField &f : m.event.fields)
        fields.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("value"), f.value}});
    return compact(QJsonObject{{QStringLiteral("version"), 1},
                               {QStringLiteral("id"), m.alertId},
                               {QStringLiteral("time"), isoTime(m.event.timeMs)},
                               {QStringLiteral("time_ms"), m.event.timeMs},
                               {QStringLiteral("source"), QLatin1String(sourceName(m.event.source))},
                               {QStringLiteral("severity"), QLatin1String(severityName(m.event.severity))},
                               {QStringLiteral("key"), m.event.key},
                               {QStringLiteral("symbol"), m.event.symbol},
                               {QStringLiteral("title"), m.event.title},
                               {QStringLiteral("value"), m.event.value},
                               {QStringLiteral("rule"), m.rule},
                               {QStringLiteral("channel"), m.channel},
                               {QStringLiteral("fields"), fields},
                               {QStringLiteral("more"), m.more},
                               {QStringLiteral("summary"), m.summary}});
}

QByteArray webhookSignature(const QByteArray &body, const QByteArray &key)
{
    return QByteArrayLiteral("sha256=") +
           QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
}

HttpDelivery deliveryFor(const ChannelSettings &channel, const AlertMessage &message)
{
    HttpDelivery d;
    d.url = QUrl(channel.url);
    switch (channel.type) {
    case ChannelType::Discord:
        d.body = formatDiscord(message);
        break;
    case ChannelType::Slack:
        d.body = formatSlack(message);
        break;
    case ChannelType::Telegram: {
        QString url = channel.url;
        while (url.endsWith(QLatin1Char('/')))
            url.chop(1);
        if (!url.endsWith(QStringLiteral("/sendMessage")))
            url += QStringLiteral("/sendMessage");
        d.url = QUrl(url);
        d.body = formatTelegram(message, channel.chatId, channel.parseMode);
        break;
    }
    case ChannelType::Webhook:
        d.body = formatWebhook(message);
        if (!channel.hmacKey.isEmpty())
            d.headers.append(
                qMakePair(QByteArrayLiteral("X-Virtuoso-Signature"), webhookSignature(d.body, channel.hmacKey)));
        break;
    case ChannelType::Desktop:
        break;
    }
    return d;
}

} // namespace virtuoso::alerts
