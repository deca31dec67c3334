#include "ConnectionStateStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace virtuoso::ui {

using health::ConnectionState;

QColor connectionStateColor(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Live:
        return QColor(0x2e, 0x9d, 0x4f);
    case ConnectionState::Subscribing:
    case ConnectionState::Connecting:
        return QColor(0x3b, 0x82, 0xd6);
    case ConnectionState::Stale:
        return QColor(0xe0, 0x9b, 0x1a);
    case ConnectionState::Backoff:
        return QColor(0xd2, 0x3c, 0x3c);
    case ConnectionState::Idle:
    case ConnectionState::Stopped:
        return QColor(0x8a, 0x8f, 0x98);
    }
    return Qt::gray;
}

QIcon connectionStateIcon(ConnectionState state)
{
    // Shapes differ as well as colours so the state stays readable for colour-blind operators.
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(state);
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(connectionStateColor(state));
        const QRectF r(size * 0.15, size * 0.15, size * 0.7, size * 0.7);
        switch (state) {
        case ConnectionState::Live:
            p.drawEllipse(r);
            break;
        case ConnectionState::Stale: {
            QPainterPath triangle;
            triangle.moveTo(r.center().x(), r.top());
            triangle.lineTo(r.right(), r.bottom());
            triangle.lineTo(r.left(), r.bottom());
            triangle.closeSubpath();
            p.drawPath(triangle);
            break;
        }
        case ConnectionState::Backoff:
            p.drawRect(r);
            break;
        case ConnectionState::Connecting:
        case ConnectionState::Subscribing: {
            QPainterPath diamond;
            diamond.moveTo(r.center().x(), r.top());
            diamond.lineTo(r.right(), r.center().y());
            diamond.lineTo(r.center().x(), r.bottom());
            diamond.lineTo(r.left(), r.center().y());
            diamond.closeSubpath();
            p.drawPath(diamond);
            break;
        }
        case ConnectionState::Idle:
        case ConnectionState::Stopped:
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(connectionStateColor(state), size * 0.12));
            p.drawEllipse(r);
            break;
        }
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

QString connectionStateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Idle:
        return QCoreApplication::translate("ConnectionState", "idle");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("ConnectionState", "connecting");
    case ConnectionState::Subscribing:
        return QCoreApplication::translate("ConnectionState", "subscribing");
    case ConnectionState::Live:
        return QCoreApplication::translate("ConnectionState", "live");
    case ConnectionState::Stale:
        return QCoreApplication::translate("ConnectionState", "stale");
    case ConnectionState::Backoff:
        return QCoreApplication::translate("ConnectionState", "backoff");
    case ConnectionState::Stopped:
        return QCoreApplication::translate("ConnectionState", "stopped");
    }
    return {};
}

bool isReconnecting(ConnectionState state)
{
    return state == ConnectionState::Backoff || state == ConnectionState::Connecting ||
           state == ConnectionState::Subscribing;
}

} // namespace virtuoso::ui
