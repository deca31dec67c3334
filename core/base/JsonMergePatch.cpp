#include "base/JsonMergePatch.h"

#include <QJsonValue>

namespace virtuoso::api::merge_patch {

QJsonObject diff(const QJsonObject &from, const QJsonObject &to)
{
    QJsonObject patch;
    for (auto it = from.constBegin(); it != from.constEnd(); ++it) {
        if (!to.contains(it.key()))
            patch.insert(it.key(), QJsonValue::Null);
    }
    for (auto it = to.constBegin(); it != to.constEnd(); ++it) {
        const auto old = from.constFind(it.key());
        if (old == from.constEnd()) {
            patch.insert(it.key(), it.value());
        } else if (old.value().isObject() && it.value().isObject()) {
            const QJsonObject nested = diff(old.value().toObject(), it.value().toObject());
            if (!nested.isEmpty())
                patch.insert(it.key(), nested);
        } else if (old.value() != it.value()) {
            patch.insert(it.key(), it.value());
        }
    }
    return patch;
}

QJsonObject apply(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull()) {
            result.remove(it.key());
        } else if (it.value().isObject()) {
            const QJsonValue current = result.value(it.key());
            result.insert(it.key(),
                          apply(current.isObject() ? current.toObject() : QJsonObject{}, it.value().toObject()));
        } else {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

} // namespace virtuoso::api::merge_patch
