#include "base/config/Config.h"

#include "base/config/IniDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace virtuoso {

QString ConfigError::toString() const
{
    QString out;
    if (!file.isEmpty())
        out += line > 0 ? QStringLiteral("%1:%2: ").arg(file).arg(line) : file + QStringLiteral(": ");
    if (!key.isEmpty())
        out += key + QStringLiteral(": ");
    return out + message;
}

QString Config::LoadResult::errorText() const
{
    QStringList lines;
    for (const ConfigError &e : errors)
        lines << e.toString();
    return lines.join(QLatin1Char('\n'));
}

QString Config::Origin::describe() const
{
    switch (kind) {
    case Kind::Default:
        return QStringLiteral("default");
    case Kind::File:
        return QStringLiteral("%1:%2").arg(file).arg(line);
    case Kind::Override:
        return QStringLiteral("--set");
    }
    return {};
}

Config::Config()
{
    for (const ConfigKey &k : ConfigSchema::instance().keys()) {
        const auto parsed = ConfigSchema::parse(k, k.defaultValue);
        Q_ASSERT_X(parsed.ok(), "Config", qPrintable(k.qualifiedName()));
        m_values.insert(k.qualifiedName(), parsed.value);
        m_origins.insert(k.qualifiedName(), Origin{});
    }
}

QVariant Config::value(const QString &qualifiedKey) const
{
    Q_ASSERT_X(m_values.contains(qualifiedKey), "Config::value", qPrintable(qualifiedKey));
    return m_values.value(qualifiedKey);
}

QList<double> Config::numbers(const QString &qualifiedKey) const
{
    QList<double> out;
    for (const QVariant &v : value(qualifiedKey).toList())
        out << v.toDouble();
    return out;
}

ConfigError Config::setText(const ConfigKey &key, const QString &text, const Origin &origin)
{
    const auto parsed = ConfigSchema::parse(key, text);
    if (!parsed.ok())
        return ConfigError{origin.file, origin.line, key.qualifiedName(), parsed.error};
    m_values.insert(key.qualifiedName(), parsed.value);
    m_origins.insert(key.qualifiedName(), origin);
    return {};
}

QString Config::locate(const LoadOptions &options)
{
    if (!options.explicitFile.isEmpty())
        return options.explicitFile;
    if (!options.searchDefaultLocations)
        return {};
    QString userDir = options.userConfigDir;
    if (userDir.isEmpty())
        userDir = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (userDir.isEmpty())
        userDir = QDir::homePath() + QStringLiteral("/.config");
    const QString userFile = userDir + QStringLiteral("/virtuoso/virtuoso.conf");
    if (QFileInfo::exists(userFile))
        return userFile;
    if (!options.systemFile.isEmpty() && QFileInfo::exists(options.systemFile))
        return options.systemFile;
    return {};
}

void Config::loadFile(const QString &path, std::vector<ConfigError> &errors)
{
    m_sourceFile = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors.push_back({path, 0, {}, QStringLiteral("cannot read the file: %1").arg(file.errorString())});
        return;
    }
    // A configuration is a few KB; reading no more than 1 MiB keeps /dev/zero or a log file given
    // by mistake from taking the machine's memory.
    constexpr qint64 kMaxConfigBytes = 1024 * 1024;
    const QByteArray text = file.read(kMaxConfigBytes + 1);
    if (text.size() > kMaxConfigBytes) {
        errors.push_back({path,
                          0,
                          {},
                          QStringLiteral("the file is larger than 1 MiB; a configuration is a few KB (is this the "
                                         "right file?)")});
        return;
    }
    const IniDocument doc = IniDocument::parse(text);
    for (const auto &e : doc.errors())
        errors.push_back({path, e.line, {}, e.message});

    const ConfigSchema &schema = ConfigSchema::instance();
    QHash<QString, int> seenAt;
    for (const auto &entry : doc.entries()) {
        const QString qualified = entry.section + QLatin1Char('.') + entry.key;
        if (entry.section.isEmpty()) {
            errors.push_back({path, entry.line, entry.key,
                              QStringLiteral("key outside any section; put it under one of [%1]")
                                  .arg(schema.sections().join(QStringLiteral("] [")))});
            continue;
        }
        const ConfigKey *key = schema.find(entry.section, entry.key);
        if (!key) {
            QString message = schema.sections().contains(entry.section)
                                  ? QStringLiteral("unknown key")
                                  : QStringLiteral("unknown section [%1]").arg(entry.section);
            if (const auto hint = schema.suggest(qualified))
                message += QStringLiteral(" (did you mean %1?)").arg(*hint);
            errors.push_back({path, entry.line, qualified, message});
            continue;
        }
        if (seenAt.contains(qualified)) {
            errors.push_back({path, entry.line, qualified,
                              QStringLiteral("set twice (first on line %1)").arg(seenAt.value(qualified))});
            continue;
        }
        seenAt.insert(qualified, entry.line);
        const ConfigError err = setText(*key, entry.value, Origin{Origin::Kind::File, path, entry.line});
        if (!err.message.isEmpty())
            errors.push_back(err);
        if (key->secret && !entry.value.trimmed().isEmpty())
            m_fileHasSecrets = true;
    }

    if (m_fileHasSecrets) {
        const QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                      QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                      QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (QFileInfo(path).permissions() & groupOrOther)
            errors.push_back({path,
                              0,
                              {},
                              QStringLiteral("the file holds an API secret but others can read it; "
                                             "run: chmod 600 %1")
                                  .arg(path)});
    }
}

void Config::applyOverride(const QString &assignment, std::vector<ConfigError> &errors)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        errors.push_back(
            {QStringLiteral("--set"), 0, {}, QStringLiteral("'%1' must look like section.key=value").arg(assignment)});
        return;
    }
    const QString qualified = assignment.left(eq).trimmed();
    const ConfigSchema &schema = ConfigSchema::instance();
    const ConfigKey *key = schema.find(qualified);
    if (!key) {
        QString message = QStringLiteral("unknown key");
        if (const auto hint = schema.suggest(qualified))
            message += QStringLiteral(" (did you mean %1?)").arg(*hint);
        errors.push_back({QStringLiteral("--set"), 0, qualified, message});
        return;
    }
    const ConfigError err = setText(*key, assignment.mid(eq + 1), Origin{Origin::Kind::Override, {}, 0});
    if (!err.message.isEmpty())
        errors.push_back({QStringLiteral("--set"), 0, err.key, err.message});
}

void Config::checkConsistency(std::vector<ConfigError> &errors) const
{
    const auto explicitlySet = [this](const char *k) {
        return m_origins.value(QLatin1String(k)).kind != Origin::Kind::Default;
    };
    const auto fileOf = [this](const char *k) { return m_origins.value(QLatin1String(k)).file; };
    const auto lineOf = [this](const char *k) { return m_origins.value(QLatin1String(k)).line; };

    const bool urlsSet = !string(QStringLiteral("exchange.rest_url")).isEmpty() ||
                         !string(QStringLiteral("exchange.ws_public_url")).isEmpty();
    if (urlsSet && explicitlySet("exchange.source") && string(QStringLiteral("exchange.source")) == u"sim")
        errors.push_back({fileOf("exchange.source"), lineOf("exchange.source"), QStringLiteral("exchange.source"),
                          QStringLiteral("'sim' contradicts the exchange URLs that are set; remove one of them")});

    if (string(QStringLiteral("exchange.api_key")).isEmpty() != string(QStringLiteral("exchange.api_secret")).isEmpty())
        errors.push_back({fileOf("exchange.api_key"), 0, QStringLiteral("exchange.api_key"),
                          QStringLiteral("api_key and api_secret must be set together")});

    if (numbers(QStringLiteral("confluence.timeframe_weights")).size() != 4)
        errors.push_back({fileOf("confluence.timeframe_weights"), lineOf("confluence.timeframe_weights"),
                          QStringLiteral("confluence.timeframe_weights"),
                          QStringLiteral("needs exactly four weights, for 1m, 5m, 30m and 4h")});

    double weightSum = 0;
    for (const char *k :
         {"confluence.weight_orderflow", "confluence.weight_orderbook", "confluence.weight_volume",
          "confluence.weight_price_structure", "confluence.weight_technical", "confluence.weight_sentiment"})
        weightSum += number(QLatin1String(k));
    if (weightSum <= 0)
        errors.push_back({{},
                          0,
                          QStringLiteral("confluence.weight_*"),
                          QStringLiteral("at least one component weight must be above zero")});

    if (number(QStringLiteral("confluence.short_threshold")) >= number(QStringLiteral("confluence.long_threshold")))
        errors.push_back({fileOf("confluence.short_threshold"), lineOf("confluence.short_threshold"),
                          QStringLiteral("confluence.short_threshold"),
                          QStringLiteral("must be below confluence.long_threshold")});

    if (integer(QStringLiteral("connection.backoff_initial_ms")) > integer(QStringLiteral("connection.backoff_max_ms")))
        errors.push_back({fileOf("connection.backoff_initial_ms"), lineOf("connection.backoff_initial_ms"),
                          QStringLiteral("connection.backoff_initial_ms"),
                          QStringLiteral("must not exceed connection.backoff_max_ms")});

    if (string(QStringLiteral("api.tls_cert")).isEmpty() != string(QStringLiteral("api.tls_key")).isEmpty())
        errors.push_back({fileOf("api.tls_cert"), 0, QStringLiteral("api.tls_cert"),
                          QStringLiteral("tls_cert and tls_key must be set together")});
}

Config::LoadResult Config::load(const LoadOptions &options)
{
    LoadResult result;
    const QString path = locate(options);
    if (!options.explicitFile.isEmpty() && !QFileInfo::exists(options.explicitFile)) {
        result.errors.push_back({options.explicitFile, 0, {}, QStringLiteral("no such file")});
        return result;
    }
    if (!path.isEmpty())
        result.config.loadFile(path, result.errors);
    for (const QString &assignment : options.overrides)
        result.config.applyOverride(assignment, result.errors);

    // Pointing the exchange URLs at any endpoint selects the real protocol client.
    Config &c = result.config;
    const bool urlsSet = !c.string(QStringLiteral("exchange.rest_url")).isEmpty() ||
                         !c.string(QStringLiteral("exchange.ws_public_url")).isEmpty();
    if (urlsSet && c.m_origins.value(QStringLiteral("exchange.source")).kind == Origin::Kind::Default)
        c.m_values.insert(QStringLiteral("exchange.source"), QStringLiteral("bybit"));

    c.checkConsistency(result.errors);
    return result;
}

QString Config::render(bool maskSecrets) const
{
    QString out;
    out += m_sourceFile.isEmpty() ? QStringLiteral("# effective configuration (built-in defaults)\n")
                                  : QStringLiteral("# effective configuration from %1\n").arg(m_sourceFile);
    QString section;
    for (const ConfigKey &k : ConfigSchema::instance().keys()) {
        if (k.section != section) {
            section = k.section;
            out += QStringLiteral("\n[%1]\n").arg(section);
        }
        const QVariant v = m_values.value(k.qualifiedName());
        QString text;
        if (v.typeId() == QMetaType::QStringList) {
            text = v.toStringList().join(QLatin1Char(','));
        } else if (v.typeId() == QMetaType::QVariantList) {
            QStringList parts;
            for (const QVariant &item : v.toList())
                parts << item.toString();
            text = parts.join(QLatin1Char(','));
        } else {
            text = v.toString();
        }
        if (k.secret && maskSecrets && !text.isEmpty())
            text = QStringLiteral("********");
        out += QStringLiteral("%1 = %2  ; %3\n").arg(k.name, text, m_origins.value(k.qualifiedName()).describe());
    }
    return out;
}

} // namespace virtuoso
