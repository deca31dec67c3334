#pragma once

#include <QString>

#include <vector>

namespace virtuoso {

// An INI file read line by line, keeping line numbers so errors can point at them.
// Accepts the subset of QSettings' INI format the configuration uses: [section], key = value,
// optional double quotes around a value, and whole-line comments starting with # or ;.
class IniDocument
{
public:
    struct Entry
    {
        QString section;
        QString key;
        QString value;
        int line = 0;
    };
    struct SyntaxError
    {
        int line = 0;
        QString message;
    };

    static IniDocument parse(const QByteArray &content);

    const std::vector<Entry> &entries() const { return m_entries; }
    const std::vector<SyntaxError> &errors() const { return m_errors; }

private:
    std::vector<Entry> m_entries;
    std::vector<SyntaxError> m_errors;
};

} // namespace virtuoso
