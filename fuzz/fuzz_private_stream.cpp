// Fuzz target over the private stream: each line of the input is one frame (order, execution,
// position, wallet topics and the answers to auth, subscribe and ping), decoded onto the
// instruments' grids, then applied as the trading side applies it: order updates and fills to an
// order ledger, fills to a position ledger, whose positions are valued at the last fill's price.
#include "FuzzInstruments.h"
#include "FuzzSupport.h"

#include "model/trading/OrderLedger.h"
#include "model/trading/PositionLedger.h"
#include "trading/PrivateMessages.h"

#include <map>

using namespace virtuoso;
using namespace virtuoso::trading;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    const auto catalog = fuzz::instruments();
    const InstrumentLookup lookup = [&catalog](std::string_view symbol) { return catalog->find(symbol); };
    OrderLedger orders;
    PositionLedger positions;
    PrivateFrame frame;
    std::map<std::string, Ticks> lastPrice;
    for (std::string_view line : fuzz::split(fuzz::asText(data, size), '\n', 200)) {
        ParseIssues issues;
        const bool ok = decodePrivateFrame(line, lookup, "USDT", frame, issues);
        VIRTUOSO_FUZZ_CHECK(ok == issues.ok());
        fuzz::touch(issues.error);
        for (const std::string &skipped : issues.skipped)
            fuzz::touch(skipped);
        if (!ok)
            continue;
        fuzz::touch(frame.topicName);
        fuzz::touch(frame.message);
        for (const OrderUpdate &update : frame.orders)
            (void)orders.onUpdate(update);
        for (const Execution &execution : frame.executions) {
            (void)orders.onExecution(execution);
            (void)positions.apply(execution);
            lastPrice[execution.symbol] = execution.price;
        }
        for (const PositionReport &report : frame.positions)
            fuzz::touch(report.symbol);
        for (const WalletReport &wallet : frame.wallets)
            fuzz::touch(wallet.coin);
    }
    for (const Order *order : orders.openOrders())
        VIRTUOSO_FUZZ_CHECK(order->filled >= 0);
    for (const auto &[symbol, position] : positions.positions()) {
        (void)position.averageEntryTicks();
        (void)position.unrealised(lastPrice[symbol]);
    }
    (void)positions.totalRealised();
    return 0;
}
