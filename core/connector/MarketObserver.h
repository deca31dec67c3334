#pragma once

#include "model/market/PublicMessage.h"

namespace virtuoso::confluence {
struct ConfluenceSignal;
} // namespace virtuoso::confluence

namespace virtuoso::exchange {

struct InstrumentSpec;

// Sees what the engine thread applies, as it applies it: every trade, candle and liquidation of a
// watched symbol, every ticker and every confluence signal. Called on the engine thread in the handler's
// path, so an implementation does constant work per call and hands anything slow on (the alert
// sources evaluate their rules here and submit what goes out in one post per drain).
class MarketObserver
{
public:
    virtual ~MarketObserver() = default;
    virtual void onTrades(const TradeMessage &message, const InstrumentSpec &spec) = 0;
    virtual void onLiquidations(const LiquidationMessage &message) = 0;
    virtual void onTicker(const TickerMessage &message, const InstrumentSpec &spec) = 0;
    virtual void onSignal(const confluence::ConfluenceSignal &signal) = 0;
    // Candles of a watched symbol, live (confirmed or not) and from the history bootstrap, each just
    // before the confluence engine gets them. Most observers have no use for them.
    virtual void onCandles(const KlineMessage &message, const InstrumentSpec &spec)
    {
        (void)message;
        (void)spec;
    }
    // After each drain of the hand-over queues: the moment to hand on what was gathered.
    virtual void afterDrain() = 0;
};

} // namespace virtuoso::exchange
