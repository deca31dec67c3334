#pragma once

#include <QHostAddress>

namespace virtuoso::api {

// The unit a per-client limit counts: an IPv4 address (IPv4-mapped IPv6 included), or an IPv6
// /64. One IPv6 host usually holds a whole /64, so counting single IPv6 addresses would let one
// client look like millions.
QHostAddress clientKey(const QHostAddress &peer);

} // namespace virtuoso::api
