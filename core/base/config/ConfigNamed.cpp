// Named sections of the configuration: [channel.NAME] and [rule.NAME] (ConfigSchema::families()),
// read, checked against each other and rendered like every other key.
#include "base/config/Config.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace virtuoso {

namespace {

int distance(const QString &a, const QString &b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString closest(const QString &word, const QStringList &candidates, int limit = 3)
{
    QString best;
    int bestDistance = limit + 1;
    for (const QString &c : candidates) {
        const int d = distance(word.toLower(), c.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

QString valueText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QLatin1Char(','));
    if (v.typeId() == QMetaType::QVariantList) {
        QStringList parts;
        for (const QVariant &item : v.toList())
            parts << item.toString();
        return parts.join(QLatin1Char(','));
    }
    return v.toString();
}

// A file that holds a secret (a webhook URL, a token, an HMAC key): it must exist and be readable
// by its owner only, as exchange.api_key_file. Empty when it is fine.
QString privateFileProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("%1 does not exist").arg(path);
    if (!info.isFile())
        return QStringLiteral("%1 is not a file").arg(path);
    const QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & groupOrOther)
        return QStringLiteral("%1 is readable by others; run: chmod 600 %1").arg(path);
    return {};
}

} // namespace

// "chanel.ops" -> "channel.ops": a family prefix one or two letters off.
std::optional<QString> suggestFamily(const QString &section)
{
    const qsizetype dot = section.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return std::nullopt;
    QStringList prefixes;
    for (const ConfigFamily &f : ConfigSchema::instance().families())
        prefixes << f.prefix;
    const QString best = closest(section.left(dot), prefixes, 2);
    if (best.isEmpty())
        return std::nullopt;
    return best + section.mid(dot);
}

const Config::NamedSection *Config::named(const QString &prefix, const QString &name) const
{
    for (const NamedSection &s : m_named) {
        if (s.prefix == prefix && s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList Config::namedSections(const QString &prefix) const
{
    QStringList out;
    for (const NamedSection &s : m_named) {
        if (s.prefix == prefix)
            out << s.name;
    }
    return out;
}

bool Config::hasNamedSection(const QString &prefix, const QString &name) const
{
    return named(prefix, name) != nullptr;
}

QVariant Config::namedValue(const QString &prefix, const QString &name, const QString &key) const
{
    if (const NamedSection *s = named(prefix, name); s && s->values.contains(key))
        return s->values.value(key);
    const ConfigFamily *family = ConfigSchema::instance().family(prefix);
    const ConfigKey *k = family ? family->find(key) : nullptr;
    Q_ASSERT_X(k, "Config::namedValue", qPrintable(prefix + QLatin1Char('.') + key));
    if (!k || k->defaultValue.isEmpty())
        return {};
    return ConfigSchema::parse(*k, k->defaultValue).value;
}

bool Config::namedIsSet(const QString &prefix, const QString &name, const QString &key) const
{
    const NamedSection *s = named(prefix, name);
    return s && s->values.contains(key);
}

Config::Origin Config::namedOrigin(const QString &prefix, const QString &name, const QString &key) const
{
    const NamedSection *s = named(prefix, name);
    if (!s)
        return {};
    return s->origins.value(key, s->origin);
}

bool Config::setNamed(const QString &section, const QString &keyName, const QString &text, const Origin &origin,
                      std::vector<ConfigError> &errors, const ConfigKey **keyOut)
{
    const qsizetype dot = section.indexOf(QLatin1Char('.'));
    const ConfigSchema &schema = ConfigSchema::instance();
    const ConfigFamily *family = dot > 0 ? schema.family(section.left(dot)) : nullptr;
    if (!family)
        return false;
    const QString name = section.mid(dot + 1);
    const QString qualified = section + QLatin1Char('.') + keyName;
    if (!ConfigSchema::validInstanceName(name)) {
        errors.push_back({origin.file, origin.line, qualified,
                          QStringLiteral("'%1' cannot name a [%2.NAME] section; use letters, digits, '_' and '-'")
                              .arg(name, family->prefix)});
        return true;
    }
    auto it = std::find_if(m_named.begin(), m_named.end(),
                           [&](const NamedSection &s) { return s.prefix == family->prefix && s.name == name; });
    if (it == m_named.end()) {
        m_named.push_back(NamedSection{family->prefix, name, origin, {}, {}});
        it = m_named.end() - 1;
    }
    const ConfigKey *key = family->find(keyName);
    if (keyOut)
        *keyOut = key;
    if (!key) {
        QString message = QStringLiteral("unknown key of a [%1.NAME] section").arg(family->prefix);
        if (const auto hint = schema.suggestInFamily(*family, name, keyName))
            message += QStringLiteral(" (did you mean %1?)").arg(*hint);
        errors.push_back({origin.file, origin.line, qualified, message});
        return true;
    }
    if (origin.kind == Origin::Kind::File && it->origins.contains(keyName) &&
        it->origins.value(keyName).kind == Origin::Kind::File) {
        errors.push_back({origin.file, origin.line, qualified,
                          QStringLiteral("set twice (first on line %1)").arg(it->origins.value(keyName).line)});
        return true;
    }
    const auto parsed = ConfigSchema::parse(*key, text);
    if (!parsed.ok()) {
        errors.push_back({origin.file, origin.line, qualified, parsed.error});
        return true;
    }
    it->values.insert(keyName, parsed.value);
    it->origins.insert(keyName, origin);
    return true;
}

void Config::checkNamedSections(std::vector<ConfigError> &errors) const
{
    const auto fail = [&errors](const NamedSection &s, const QString &key, const QString &message) {
        const Origin o = s.origins.value(key, s.origin);
        errors.push_back({o.file, o.line, QStringLiteral("%1.%2.%3").arg(s.prefix, s.name, key), message});
    };
    const auto text = [this](const NamedSection &s, const QString &key) {
        return namedValue(s.prefix, s.name, key).toString().trimmed();
    };
    const QStringList channels = namedSections(QStringLiteral("channel"));
    for (const NamedSection &s : m_named) {
        if (s.prefix == u"channel") {
            const QString type = text(s, QStringLiteral("type"));
            if (type.isEmpty()) {
                fail(s, QStringLiteral("type"),
                     QStringLiteral("is required: one of desktop, discord, slack, telegram, webhook"));
                continue;
            }
            const bool hasUrl = !text(s, QStringLiteral("url")).isEmpty();
            const bool hasUrlFile = !text(s, QStringLiteral("url_file")).isEmpty();
            if (type == u"desktop") {
                if (hasUrl || hasUrlFile)
                    fail(s, hasUrl ? QStringLiteral("url") : QStringLiteral("url_file"),
                         QStringLiteral("a desktop channel takes no URL"));
            } else if (hasUrl == hasUrlFile) {
                fail(s, QStringLiteral("url_file"),
                     hasUrl ? QStringLiteral("set url or url_file, not both")
                            : QStringLiteral("a %1 channel needs url_file (or url)").arg(type));
            }
            if (type == u"telegram" && text(s, QStringLiteral("chat_id")).isEmpty())
                fail(s, QStringLiteral("chat_id"), QStringLiteral("a telegram channel needs chat_id"));
            if (type != u"telegram" && s.values.contains(QStringLiteral("chat_id")))
                fail(s, QStringLiteral("chat_id"), QStringLiteral("chat_id is for type = telegram only"));
            if (type != u"webhook" && s.values.contains(QStringLiteral("secret_file")))
                fail(s, QStringLiteral("secret_file"), QStringLiteral("secret_file is for type = webhook only"));
            for (const QString &key : {QStringLiteral("url_file"), QStringLiteral("secret_file")}) {
                const QString path = text(s, key);
                if (!path.isEmpty()) {
                    if (const QString problem = privateFileProblem(path); !problem.isEmpty())
                        fail(s, key, problem);
                }
            }
            if (namedValue(s.prefix, s.name, QStringLiteral("backoff_initial_ms")).toLongLong() >
                namedValue(s.prefix, s.name, QStringLiteral("backoff_max_ms")).toLongLong())
                fail(s, QStringLiteral("backoff_initial_ms"), QStringLiteral("must not exceed backoff_max_ms"));
        } else if (s.prefix == u"rule") {
            const QString source = text(s, QStringLiteral("source"));
            if (source.isEmpty())
                fail(s, QStringLiteral("source"),
                     QStringLiteral("is required: one of signal, whale, liquidation, price, connection, timeouts, "
                                    "incident, rest_ban, latency, memory, order_rejected, order_filled, "
                                    "kill_switch, daily_loss"));
            const QStringList names = text(s, QStringLiteral("channels")).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (names.isEmpty())
                fail(s, QStringLiteral("channels"), QStringLiteral("is required: the [channel.NAME] names to send to"));
            for (const QString &raw : names) {
                const QString channel = raw.trimmed();
                if (channels.contains(channel))
                    continue;
                QString message = QStringLiteral("unknown channel '%1'").arg(channel);
                if (const QString hint = closest(channel, channels); !hint.isEmpty())
                    message += QStringLiteral(" (did you mean %1?)").arg(hint);
                else
                    message += QStringLiteral("; add a [channel.%1] section").arg(channel);
                fail(s, QStringLiteral("channels"), message);
            }
            static const QRegularExpression rangeRe(
                QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)-([01]?\\d|2[0-3]|24):([0-5]\\d)$"));
            for (const QString &range :
                 text(s, QStringLiteral("quiet_hours")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!rangeRe.match(range.trimmed()).hasMatch())
                    fail(s, QStringLiteral("quiet_hours"),
                         QStringLiteral("'%1' is not a time range; expected HH:MM-HH:MM, e.g. 22:00-07:00")
                             .arg(range.trimmed()));
            }
            const double minNotional = namedValue(s.prefix, s.name, QStringLiteral("min_notional")).toDouble();
            const double totalNotional = namedValue(s.prefix, s.name, QStringLiteral("total_notional")).toDouble();
            if (source == u"whale" && minNotional <= 0)
                fail(s, QStringLiteral("min_notional"), QStringLiteral("a whale rule needs min_notional above 0"));
            if (source == u"liquidation" && minNotional <= 0 && totalNotional <= 0)
                fail(s, QStringLiteral("min_notional"),
                     QStringLiteral("a liquidation rule needs min_notional or total_notional above 0"));
            if (source == u"price" && !s.values.contains(QStringLiteral("levels")))
                fail(s, QStringLiteral("levels"), QStringLiteral("a price rule needs levels"));
            // Keys that mean something for one source only are refused elsewhere, so a rule never
            // looks as if it filtered on something it ignores.
            static const std::vector<std::pair<const char *, QStringList>> only = {
                {"min_notional", {QStringLiteral("whale"), QStringLiteral("liquidation")}},
                {"total_notional", {QStringLiteral("liquidation")}},
                {"window_s", {QStringLiteral("liquidation"), QStringLiteral("timeouts")}},
                {"levels", {QStringLiteral("price")}},
                {"hysteresis", {QStringLiteral("signal")}},
                {"stale_after_s", {QStringLiteral("connection")}},
                {"burst_count", {QStringLiteral("timeouts")}},
                {"latency_ms", {QStringLiteral("latency")}},
                {"max_rss_mb", {QStringLiteral("memory")}},
                {"near_pct", {QStringLiteral("daily_loss")}},
            };
            for (const auto &[key, sources] : only) {
                if (!source.isEmpty() && s.values.contains(QLatin1String(key)) && !sources.contains(source))
                    fail(s, QLatin1String(key),
                         QStringLiteral("applies to source = %1 only").arg(sources.join(QStringLiteral(" or "))));
            }
        }
    }
}

QString Config::renderNamed(bool maskSecrets) const
{
    QString out;
    const ConfigSchema &schema = ConfigSchema::instance();
    for (const NamedSection &s : m_named) {
        const ConfigFamily *family = schema.family(s.prefix);
        out += QStringLiteral("\n[%1.%2]\n").arg(s.prefix, s.name);
        for (const ConfigKey &k : family->keys) {
            const QVariant v = namedValue(s.prefix, s.name, k.name);
            if (!v.isValid())
                continue;
            QString value = valueText(v);
            if (k.secret && maskSecrets && !value.isEmpty())
                value = QStringLiteral("********");
            const Origin origin = s.values.contains(k.name) ? s.origins.value(k.name) : Origin{};
            out += QStringLiteral("%1 = %2  ; %3\n").arg(k.name, value, origin.describe());
        }
    }
    return out;
}

} // namespace virtuoso
