#pragma once

#include <QJsonObject>

namespace virtuoso::api {

// RFC 7386 JSON Merge Patch, the increment format of /api/v1/stream: changed members carry their
// new value, removed members are null, nested objects are patched member by member, arrays are
// replaced whole. State documents therefore key collections by id (objects, not arrays) and never
// hold null values.
namespace merge_patch {

// The patch that turns `from` into `to` (empty when they are equal).
QJsonObject diff(const QJsonObject &from, const QJsonObject &to);
// `target` with `patch` applied.
QJsonObject apply(const QJsonObject &target, const QJsonObject &patch);

} // namespace merge_patch

} // namespace virtuoso::api
