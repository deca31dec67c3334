#pragma once
// Orders, fills and reports as the ledger tests build them: one BTCUSDT limit order per id, its
// exchange id "ord-" + the orderLinkId.
#include "model/trading/OrderLedger.h"

#include <string>

namespace virtuoso::trading::test {

inline OrderIntent limitBuy(const std::string &linkId, Ticks price = 950000, Lots qty = 10)
{
    OrderIntent i;
    i.orderLinkId = linkId;
    i.symbol = "BTCUSDT";
    i.side = Side::Buy;
    i.type = OrderType::Limit;
    i.price = price;
    i.quantity = qty;
    return i;
}

inline Execution execution(const std::string &execId, const std::string &linkId, Lots qty, Ticks price = 950000)
{
    Execution e;
    e.execId = execId;
    e.orderId = "ord-" + linkId;
    e.orderLinkId = linkId;
    e.symbol = "BTCUSDT";
    e.price = price;
    e.quantity = qty;
    return e;
}

inline OrderUpdate update(const std::string &linkId, OrderStatus status, Lots cumulative, Lots qty = 10,
                          Ticks price = 950000)
{
    OrderUpdate u;
    u.orderId = "ord-" + linkId;
    u.orderLinkId = linkId;
    u.status = status;
    u.cumulativeFilled = cumulative;
    u.quantity = qty;
    u.price = price;
    return u;
}

} // namespace virtuoso::trading::test
