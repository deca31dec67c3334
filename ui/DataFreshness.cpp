#include "DataFreshness.h"

#include <QCoreApplication>

#include <algorithm>

namespace virtuoso::ui {

using health::ConnectionState;

AgeLevel ageLevel(qint64 ageMs, qint64 staleAfterMs)
{
    if (ageMs < 0 || staleAfterMs <= 0 || ageMs <= staleAfterMs)
        return AgeLevel::Fresh;
    return ageMs > 3 * staleAfterMs ? AgeLevel::Stale : AgeLevel::Late;
}

QColor ageColor(AgeLevel level)
{
    switch (level) {
    case AgeLevel::Fresh:
        return {};
    case AgeLevel::Late:
        return QColor(0xd9, 0x8c, 0x1f);
    case AgeLevel::Stale:
        return QColor(0xd2, 0x3c, 0x3c);
    }
    return {};
}

QColor staleRowColor()
{
    return QColor(0x8a, 0x8a, 0x8a);
}

std::map<QString, SymbolFreshness> symbolFreshness(const CoreSnapshot &snapshot)
{
    std::map<QString, SymbolFreshness> out;
    for (const health::ConnectionStatus &c : snapshot.connections) {
        const bool streaming = c.state == ConnectionState::Live || c.state == ConnectionState::Stale;
        for (const health::TopicStatus &t : c.topics) {
            const qsizetype dot = t.topic.lastIndexOf(u'.');
            if (dot < 0 || t.state == u"rejected")
                continue;
            SymbolFreshness &f = out[t.topic.mid(dot + 1)];
            f.connId = c.connId;
            if (!streaming)
                f.stale = true;
            if (t.staleAfterMs <= 0)
                continue; // event-driven: silence says nothing
            if (t.state == u"stale")
                f.stale = true;
            if (t.lastMessageAgeMs >= 0 && (f.ageMs < 0 || t.lastMessageAgeMs < f.ageMs))
                f.ageMs = t.lastMessageAgeMs;
            if (f.staleAfterMs == 0 || t.staleAfterMs < f.staleAfterMs)
                f.staleAfterMs = t.staleAfterMs;
        }
    }
    return out;
}

QString stalenessSummary(const CoreSnapshot &snapshot)
{
    const auto stale =
        std::count_if(snapshot.connections.begin(), snapshot.connections.end(),
                      [](const health::ConnectionStatus &c) { return c.state == ConnectionState::Stale; });
    int staleSymbols = 0;
    for (const auto &[symbol, f] : symbolFreshness(snapshot))
        staleSymbols += f.stale;
    QStringList parts;
    if (stale > 0)
        parts << QCoreApplication::translate("DataFreshness", "stale connections: %1").arg(stale);
    if (staleSymbols > 0)
        parts << QCoreApplication::translate("DataFreshness", "stale symbols: %1").arg(staleSymbols);
    return parts.join(QStringLiteral(", "));
}

} // namespace virtuoso::ui
