#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace virtuoso::cli {

// What the commands write to the terminal: UTF-8, unbuffered by Qt, flushed so a pipe sees it.

// `text`, with a line end added when it has none.
inline void printLine(FILE *out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), out);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', out);
    std::fflush(out);
}

// "virtuoso <command>: <text>" on stderr.
inline void printError(const char *command, const QString &text)
{
    printLine(stderr, QStringLiteral("virtuoso %1: %2").arg(QLatin1String(command), text));
}

inline void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace virtuoso::cli
