#pragma once

#include "base/config/ConfigKeys.h"
#include "base/config/ConfigSchema.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace virtuoso {

struct ConfigError
{
    QString file; // empty for command-line overrides and cross-key checks
    int line = 0; // 0 when not tied to a line
    QString key;  // section.key, when the error concerns one
    QString message;

    // "virtuoso.conf:12: exchange.symbls: unknown key (did you mean exchange.symbols?)"
    QString toString() const;
};

// The effective configuration: every schema key with a typed value and where it came from.
// Values are immutable after loading; a reload builds a new Config.
class Config
{
public:
    struct Origin
    {
        enum class Kind { Default, File, Override };
        Kind kind = Kind::Default;
        QString file;
        int line = 0;
        QString describe() const;
    };

    struct LoadOptions
    {
        QString explicitFile;  // --config FILE: must exist
        QStringList overrides; // --set section.key=value, applied in order
        QString userConfigDir; // $XDG_CONFIG_HOME (or ~/.config) when empty
        QString systemFile = QStringLiteral("/etc/virtuoso/virtuoso.conf");
        bool searchDefaultLocations = true;
    };

    struct LoadResult;

    Config(); // built-in defaults

    static LoadResult load(const LoadOptions &options);
    // The file that load() would read for these options, or empty for built-in defaults.
    static QString locate(const LoadOptions &options);

    // The typed value of one key, e.g. get(key::ConnectionMaxArgsChars) is a qint64.
    QString get(Key<QString> key) const { return value(key.qualifiedName()).toString(); }
    qint64 get(Key<qint64> key) const { return value(key.qualifiedName()).toLongLong(); }
    double get(Key<double> key) const { return value(key.qualifiedName()).toDouble(); }
    bool get(Key<bool> key) const { return value(key.qualifiedName()).toBool(); }
    QStringList get(Key<QStringList> key) const { return value(key.qualifiedName()).toStringList(); }
    QList<double> get(Key<QList<double>> key) const;

    template<typename T>
    Origin origin(Key<T> key) const
    {
        return origin(key.qualifiedName());
    }

    // The same by the key's "section.name", for code that walks every key of the schema.
    QVariant value(const QString &qualifiedKey) const;
    Origin origin(const QString &qualifiedKey) const { return m_origins.value(qualifiedKey); }

    QString sourceFile() const { return m_sourceFile; }

    // Named sections ([channel.NAME], [rule.NAME]; ConfigSchema::families()): the NAMEs the file
    // holds for one family, in the order they first appear.
    QStringList namedSections(const QString &prefix) const;
    bool hasNamedSection(const QString &prefix, const QString &name) const;
    // The typed value of one key of an instance: the file's value, or the key's default, or an
    // invalid QVariant when neither is set (a key whose default is empty).
    QVariant namedValue(const QString &prefix, const QString &name, const QString &key) const;
    bool namedIsSet(const QString &prefix, const QString &name, const QString &key) const;
    Origin namedOrigin(const QString &prefix, const QString &name, const QString &key) const;

    // The effective configuration as INI text, each key annotated with its origin.
    QString render(bool maskSecrets = true) const;

private:
    ConfigError setText(const ConfigKey &key, const QString &text, const Origin &origin);
    void checkConsistency(std::vector<ConfigError> &errors) const;
    void loadFile(const QString &path, std::vector<ConfigError> &errors);
    void applyOverride(const QString &assignment, std::vector<ConfigError> &errors);
    void checkNamedSections(std::vector<ConfigError> &errors) const;
    QString renderNamed(bool maskSecrets) const;
    // [PREFIX.NAME] KEY = text; false when PREFIX is not a family (the caller reports it).
    bool setNamed(const QString &section, const QString &keyName, const QString &text, const Origin &origin,
                  std::vector<ConfigError> &errors, const ConfigKey **keyOut);

    struct NamedSection
    {
        QString prefix;
        QString name;
        Origin origin; // where the section header stands
        QHash<QString, QVariant> values;
        QHash<QString, Origin> origins;
    };
    const NamedSection *named(const QString &prefix, const QString &name) const;

    QHash<QString, QVariant> m_values;
    QHash<QString, Origin> m_origins;
    std::vector<NamedSection> m_named; // in the order of the file
    QString m_sourceFile;
    bool m_fileHasSecrets = false;
};

struct Config::LoadResult
{
    Config config;
    std::vector<ConfigError> errors;
    bool ok() const { return errors.empty(); }
    QString errorText() const;
};

} // namespace virtuoso
