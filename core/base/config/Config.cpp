#include "base/config/Config.h"

#include "base/config/IniDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace virtuoso {

// ConfigNamed.cpp
std::optional<QString> suggestFamily(const QString &section);

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

QList<double> Config::get(Key<QList<double>> key) const
{
    QList<double> out;
    for (const QVariant &v : value(key.qualifiedName()).toList())
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
        if (entry.section.contains(QLatin1Char('.'))) {
            const ConfigKey *namedKey = nullptr;
            if (setNamed(entry.section, entry.key, entry.value, Origin{Origin::Kind::File, path, entry.line}, errors,
                         &namedKey)) {
                if (namedKey && namedKey->secret && !entry.value.trimmed().isEmpty())
                    m_fileHasSecrets = true;
                continue;
            }
        }
        const ConfigKey *key = schema.find(entry.section, entry.key);
        if (!key) {
            QString message = schema.sections().contains(entry.section)
                                  ? QStringLiteral("unknown key")
                                  : QStringLiteral("unknown section [%1]").arg(entry.section);
            if (const auto family = suggestFamily(entry.section))
                message += QStringLiteral(" (did you mean [%1]?)").arg(*family);
            else if (const auto hint = schema.suggest(qualified))
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
            errors.push_back(
                {path,
                 0,
                 {},
                 QStringLiteral("the file holds a secret (an API secret or a webhook URL) but others can read it; "
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
    if (qualified.count(QLatin1Char('.')) == 2) { // PREFIX.NAME.KEY: a key of a named section
        const qsizetype lastDot = qualified.lastIndexOf(QLatin1Char('.'));
        std::vector<ConfigError> namedErrors;
        if (setNamed(qualified.left(lastDot), qualified.mid(lastDot + 1), assignment.mid(eq + 1),
                     Origin{Origin::Kind::Override, {}, 0}, namedErrors, nullptr)) {
            for (ConfigError &e : namedErrors) {
                e.file = QStringLiteral("--set");
                errors.push_back(e);
            }
            return;
        }
    }
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
    const auto explicitlySet = [this](auto key) { return origin(key).kind != Origin::Kind::Default; };
    const auto fileOf = [this](auto key) { return origin(key).file; };
    const auto lineOf = [this](auto key) { return origin(key).line; };

    const bool urlsSet = !get(key::ExchangeRestUrl).isEmpty() || !get(key::ExchangeWsPublicUrl).isEmpty();
    if (urlsSet && explicitlySet(key::ExchangeSource) && get(key::ExchangeSource) == u"sim")
        errors.push_back({fileOf(key::ExchangeSource), lineOf(key::ExchangeSource), key::ExchangeSource.qualifiedName(),
                          QStringLiteral("'sim' contradicts the exchange URLs that are set; remove one of them")});

    if (get(key::ExchangeApiKey).isEmpty() != get(key::ExchangeApiSecret).isEmpty())
        errors.push_back({fileOf(key::ExchangeApiKey), 0, key::ExchangeApiKey.qualifiedName(),
                          QStringLiteral("api_key and api_secret must be set together")});

    if (get(key::ConfluenceTimeframeWeights).size() != 4)
        errors.push_back({fileOf(key::ConfluenceTimeframeWeights), lineOf(key::ConfluenceTimeframeWeights),
                          key::ConfluenceTimeframeWeights.qualifiedName(),
                          QStringLiteral("needs exactly four weights, for 1m, 5m, 30m and 4h")});

    double weightSum = 0;
    for (const Key<double> k :
         {key::ConfluenceWeightOrderflow, key::ConfluenceWeightOrderbook, key::ConfluenceWeightVolume,
          key::ConfluenceWeightPriceStructure, key::ConfluenceWeightTechnical, key::ConfluenceWeightSentiment})
        weightSum += get(k);
    if (weightSum <= 0)
        errors.push_back({{},
                          0,
                          QStringLiteral("confluence.weight_*"),
                          QStringLiteral("at least one component weight must be above zero")});

    if (get(key::ConfluenceShortThreshold) >= get(key::ConfluenceLongThreshold))
        errors.push_back({fileOf(key::ConfluenceShortThreshold), lineOf(key::ConfluenceShortThreshold),
                          key::ConfluenceShortThreshold.qualifiedName(),
                          QStringLiteral("must be below %1").arg(key::ConfluenceLongThreshold.qualifiedName())});

    if (get(key::ConnectionBackoffInitialMs) > get(key::ConnectionBackoffMaxMs))
        errors.push_back({fileOf(key::ConnectionBackoffInitialMs), lineOf(key::ConnectionBackoffInitialMs),
                          key::ConnectionBackoffInitialMs.qualifiedName(),
                          QStringLiteral("must not exceed %1").arg(key::ConnectionBackoffMaxMs.qualifiedName())});

    if (get(key::ApiTlsCert).isEmpty() != get(key::ApiTlsKey).isEmpty())
        errors.push_back({fileOf(key::ApiTlsCert), 0, key::ApiTlsCert.qualifiedName(),
                          QStringLiteral("tls_cert and tls_key must be set together")});

    checkNamedSections(errors);
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
    const bool urlsSet = !c.get(key::ExchangeRestUrl).isEmpty() || !c.get(key::ExchangeWsPublicUrl).isEmpty();
    if (urlsSet && c.origin(key::ExchangeSource).kind == Origin::Kind::Default)
        c.m_values.insert(key::ExchangeSource.qualifiedName(), QStringLiteral("bybit"));

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
    out += renderNamed(maskSecrets);
    return out;
}

} // namespace virtuoso
