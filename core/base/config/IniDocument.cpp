#include "base/config/IniDocument.h"

#include <QList>
#include <QStringDecoder>

namespace virtuoso {

namespace {

QString unquote(const QString &value, bool *ok)
{
    *ok = true;
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"'))) {
        QString out;
        const QString inner = value.mid(1, value.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner[i] == QLatin1Char('\\') && i + 1 < inner.size()) {
                const QChar next = inner[++i];
                out += next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next;
            } else {
                out += inner[i];
            }
        }
        return out;
    }
    if (value.startsWith(QLatin1Char('"')))
        *ok = false;
    return value;
}

} // namespace

IniDocument IniDocument::parse(const QByteArray &content)
{
    IniDocument doc;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(content);
    if (utf8.hasError()) {
        doc.m_errors.push_back({0, QStringLiteral("the file is not valid UTF-8 text")});
        return doc;
    }

    QString section;
    int lineNo = 0;
    for (QStringView rawLine : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNo;
        const QString line = rawLine.trimmed().toString();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')) || line.size() < 3) {
                doc.m_errors.push_back({lineNo, QStringLiteral("a section header must look like [name]")});
                continue;
            }
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            doc.m_errors.push_back({lineNo, QStringLiteral("expected 'key = value', a [section] or a # comment")});
            continue;
        }
        Entry e;
        e.section = section;
        e.key = line.left(eq).trimmed();
        bool ok = true;
        e.value = unquote(line.mid(eq + 1).trimmed(), &ok);
        e.line = lineNo;
        if (!ok) {
            doc.m_errors.push_back({lineNo, QStringLiteral("unterminated quoted value")});
            continue;
        }
        doc.m_entries.push_back(std::move(e));
    }
    return doc;
}

} // namespace virtuoso
