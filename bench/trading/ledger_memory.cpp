// What the trading thread's order ledger holds in memory per order and per fill, as a long session
// grows it: N orders with the ids the daemon and the exchange use (a 20-character orderLinkId, a
// 36-character orderId and execId), acknowledged, about 57 % of them filled once (the mix of the
// chaos soak) and the rest cancelled, one every 434 ms (the soak's 8,300 orders an hour). The heap
// in use is read with mallinfo2 before and after, twice: with the ledger's default retention applied
// every minute of that clock, as the trading thread does, and with nothing let go.
//
//   build/bench/trading/ledger_memory [ORDERS...]     (default 1000 10000 100000 1000000)
#include "model/trading/OrderLedger.h"

#include <malloc.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace virtuoso::trading;

namespace {

std::size_t heapInUse()
{
    return mallinfo2().uordblks;
}

std::string uuidLike(std::size_t n, unsigned salt)
{
    char text[40];
    std::snprintf(text, sizeof text, "%08x-%04x-4%03x-%04x-%012zx", static_cast<unsigned>(n * 2654435761u) ^ salt,
                  static_cast<unsigned>(n & 0xffff), salt & 0xfff, 0x8000u | static_cast<unsigned>(n % 0x3fff), n);
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::size_t> counts;
    for (int i = 1; i < argc; ++i)
        counts.push_back(std::strtoull(argv[i], nullptr, 10));
    if (counts.empty())
        counts = {1000, 10000, 100000, 1000000};
    std::printf("%-10s %10s %10s %10s %14s %16s\n", "retention", "orders", "fills", "held", "heap bytes",
                "bytes per order");
    for (const bool retain : {true, false})
        for (std::size_t n : counts) {
            const std::size_t before = heapInUse();
            std::size_t fills = 0;
            {
                OrderLedger::Retention keepAll;
                keepAll.keepFinished = SIZE_MAX;
                keepAll.keepExecutions = SIZE_MAX;
                keepAll.execIdsForMs = INT64_MAX / 4;
                OrderLedger ledger = retain ? OrderLedger() : OrderLedger(keepAll);
                qint64 lastRetire = 0;
                for (std::size_t i = 0; i < n; ++i) {
                    OrderIntent intent;
                    char link[32];
                    std::snprintf(link, sizeof link, "vw-a151e4-%08zx-%zu", i * 7919u, i % 1000);
                    intent.orderLinkId = link;
                    intent.symbol = i % 3 ? "BTCUSDT" : "L042USDT";
                    intent.price = 955000 + static_cast<qint64>(i % 400);
                    intent.quantity = 10;
                    const qint64 t = 1'765'000'000'000 + static_cast<qint64>(i) * 434;
                    ledger.registerIntent(intent, t);
                    const std::string orderId = uuidLike(i, 0x5a5a);
                    ledger.onAcknowledged(intent.orderLinkId, orderId, t + 20);
                    OrderUpdate update;
                    update.orderId = orderId;
                    update.orderLinkId = intent.orderLinkId;
                    update.symbol = intent.symbol;
                    update.price = intent.price;
                    update.quantity = intent.quantity;
                    update.timeMs = t + 40;
                    if (i % 7 < 4) {
                        Execution fill;
                        fill.execId = uuidLike(i, 0xc3c3);
                        fill.orderId = orderId;
                        fill.orderLinkId = intent.orderLinkId;
                        fill.symbol = intent.symbol;
                        fill.price = intent.price;
                        fill.quantity = intent.quantity;
                        fill.timeMs = t + 30;
                        ledger.onExecution(fill, t + 32);
                        ++fills;
                        update.status = OrderStatus::Filled;
                        update.cumulativeFilled = intent.quantity;
                    } else {
                        update.status = OrderStatus::Cancelled;
                        update.reason = "CancelByUser";
                    }
                    ledger.onUpdate(update);
                    if (t - lastRetire >= 60'000) {
                        ledger.retire(t + 40);
                        lastRetire = t;
                    }
                }
                const std::size_t used = heapInUse() - before;
                std::printf("%-10s %10zu %10zu %10zu %14zu %16.0f\n", retain ? "default" : "keep all", n, fills,
                            ledger.size(), used, static_cast<double>(used) / static_cast<double>(n));
            }
        }
    return 0;
}
