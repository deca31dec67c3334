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

// The single list of every configuration key, its type, default, range and help.
class ConfigSchema
{
public:
    static const ConfigSchema &instance();

    const std::vector<ConfigKey> &keys() const { return m_keys; }
    const ConfigKey *find(const QString &section, const QString &name) const;
    const ConfigKey *find(const QString &qualifiedName) const;
    QStringList sections() const;

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
};

} // namespace virtuoso
