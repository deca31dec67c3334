#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace virtuoso {

enum class ConfigType {
    String,     // free text
    Int,        // whole number within [min, max]
    Double,     // decimal number within [min, max]
    Bool,       // true/false, yes/no, on/off, 1/0
    Enum,       // one of `choices`
    Symbols,    // comma-separated exchange symbols, e.g. BTCUSDT,ETHUSDT
    HttpUrl,    // http:// or https:// URL, or empty
    WsUrl,      // ws:// or wss:// URL, or empty
    HostPort,   // host:port
    Path,       // file system path, or empty
    DoubleList, // comma-separated decimals within [min, max]
};

struct ConfigKey
{
    QString section;
    QString name;
    ConfigType type = ConfigType::String;
    QString defaultValue; // as written in the file
    double min = 0;
    double max = 0;
    QStringList choices;
    QString help;
    bool secret = false; // masked wherever the effective config is shown

    QString qualifiedName() const { return section + QLatin1Char('.') + name; }
    // What is allowed, in words a user can act on: "an integer from 1 to 60".
    QString allowedDescription() const;
};

// A family of named sections: every [PREFIX.NAME] of the file is one instance, and each instance
// takes the family's keys, e.g. [channel.ops] with type, url, ... (docs/alerts.md). A key of a
// family has `section` = the prefix; an instance's key is named "PREFIX.NAME.KEY".
struct ConfigFamily
{
    QString prefix; // "channel", "rule"
    QString help;   // one line: what an instance is
    std::vector<ConfigKey> keys;

    const ConfigKey *find(const QString &name) const;
};

// The single list of every configuration key, its type, default, range and help.
class ConfigSchema
{
public:
    static const ConfigSchema &instance();

    const std::vector<ConfigKey> &keys() const { return m_keys; }
    const ConfigKey *find(const QString &section, const QString &name) const;
    const ConfigKey *find(const QString &qualifiedName) const;
    QStringList sections() const;

    // The families of named sections ([channel.NAME], [rule.NAME]).
    const std::vector<ConfigFamily> &families() const { return m_families; }
    const ConfigFamily *family(const QString &prefix) const;
    // The closest key of a family to a misspelled one: "channel.ops.ulr" -> "channel.ops.url".
    std::optional<QString> suggestInFamily(const ConfigFamily &family, const QString &instance,
                                           const QString &name) const;
    // Whether `name` may name an instance: letters, digits, '_' and '-', 1 to 64 of them.
    static bool validInstanceName(const QString &name);

    // Checks one textual value against its key. Returns the typed value or an explanation.
    struct Parsed
    {
        QVariant value;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };
    static Parsed parse(const ConfigKey &key, const QString &text);

    // The closest known key to a misspelled one, for "did you mean" hints.
    std::optional<QString> suggest(const QString &qualifiedName) const;

    // The documented example file (resources/virtuoso.example.conf) rendered from the schema.
    QString renderExample() const;

private:
    ConfigSchema();
    std::vector<ConfigKey> m_keys;
    std::vector<ConfigFamily> m_families;
};

} // namespace virtuoso
