// The load tools' reading of an HTTP/1.1 answer from a keep-alive socket: where the head ends and
// whether the whole answer (head and Content-Length body) is in the buffer yet.
#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

namespace virtuoso::bench {

struct HttpFrame
{
    qsizetype headerEnd = -1; // index of "\r\n\r\n", -1 while the head is incomplete
    bool complete = false;    // head and body are both in the buffer
};

inline HttpFrame httpFrame(const QByteArray &buffer)
{
    HttpFrame frame;
    frame.headerEnd = buffer.indexOf("\r\n\r\n");
    if (frame.headerEnd < 0)
        return frame;
    static const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto m = length.match(QString::fromLatin1(buffer.left(frame.headerEnd)));
    const qsizetype bodyLength = m.hasMatch() ? m.captured(1).toLongLong() : 0;
    frame.complete = buffer.size() >= frame.headerEnd + 4 + bodyLength;
    return frame;
}

} // namespace virtuoso::bench
