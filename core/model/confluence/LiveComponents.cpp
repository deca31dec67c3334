#include "model/confluence/Components.h"

#include <algorithm>

namespace virtuoso::confluence {

namespace {
constexpr double kDepthBand = 0.005; // ±0.5% around the mid price
constexpr int kImbalanceLevels = 5;
constexpr int kRatioLevels = 10;
constexpr int kAbsorptionTrades = 20;
} // namespace

void scoreOrderbook(const LiveBook &book, bool tradesSeen, ComponentReading &out)
{
    const bool usable = book.seen() && book.bidCount() > 0 && book.askCount() > 0;
    const char *why = book.seen() ? "the order book has an empty side or awaits a resync" : "no order book received";
    const auto &bids = book.bids();
    const auto &asks = book.asks();
    const double bestBid = usable ? bids[0].price : NAN;
    const double bestAsk = usable ? asks[0].price : NAN;
    const double mid = (bestBid + bestAsk) / 2;

    auto &depth = out.add("depth");
    auto &imbalance = out.add("imbalance");
    auto &ratio = out.add("order_imbalance_ratio");
    auto &spread = out.add("spread");
    auto &absorption = out.add("absorption");
    if (!usable) {
        for (auto *sub : {&depth, &imbalance, &ratio, &spread, &absorption})
            sub->setUnavailable(why);
        out.finish();
        return;
    }

    double bidDepth = 0, askDepth = 0;
    for (int i = 0; i < book.bidCount() && bids[static_cast<size_t>(i)].price >= mid * (1 - kDepthBand); ++i)
        bidDepth += bids[static_cast<size_t>(i)].quantity;
    for (int i = 0; i < book.askCount() && asks[static_cast<size_t>(i)].price <= mid * (1 + kDepthBand); ++i)
        askDepth += asks[static_cast<size_t>(i)].quantity;
    depth.setReady(bidDepth - askDepth,
                   linear(bidDepth + askDepth > 0 ? (bidDepth - askDepth) / (bidDepth + askDepth) : 0),
                   {{"bid_quantity", bidDepth}, {"ask_quantity", askDepth}, {"band", kDepthBand}});

    double bidTop = 0, askTop = 0;
    for (int i = 0; i < std::min(kImbalanceLevels, book.bidCount()); ++i)
        bidTop += bids[static_cast<size_t>(i)].quantity;
    for (int i = 0; i < std::min(kImbalanceLevels, book.askCount()); ++i)
        askTop += asks[static_cast<size_t>(i)].quantity;
    const double topImbalance = bidTop + askTop > 0 ? (bidTop - askTop) / (bidTop + askTop) : 0;
    imbalance.setReady(topImbalance, linear(topImbalance), {{"bid_quantity", bidTop}, {"ask_quantity", askTop}});

    // Order-imbalance ratio: level-weighted (1/(i+1)), so the levels nearest the spread count most.
    double weightedBid = 0, weightedAsk = 0;
    for (int i = 0; i < kRatioLevels; ++i) {
        const double w = 1.0 / (i + 1);
        if (i < book.bidCount())
            weightedBid += w * bids[static_cast<size_t>(i)].quantity;
        if (i < book.askCount())
            weightedAsk += w * asks[static_cast<size_t>(i)].quantity;
    }
    const double oir = weightedBid + weightedAsk > 0 ? (weightedBid - weightedAsk) / (weightedBid + weightedAsk) : 0;
    ratio.setReady(oir, linear(oir), {{"weighted_bid", weightedBid}, {"weighted_ask", weightedAsk}});

    // Microprice against mid, in half-spreads: where the next trade is likelier to print.
    const double bidQty = bids[0].quantity;
    const double askQty = asks[0].quantity;
    const double micro = bidQty + askQty > 0 ? (bestBid * askQty + bestAsk * bidQty) / (bidQty + askQty) : mid;
    const double halfSpread = (bestAsk - bestBid) / 2;
    const double spreadBps = mid > 0 ? (bestAsk - bestBid) / mid * 1e4 : 0;
    spread.setReady(spreadBps, linear(halfSpread > 0 ? (micro - mid) / halfSpread : 0),
                    {{"spread_bps", spreadBps}, {"microprice", micro}, {"mid", mid}});

    if (!tradesSeen) {
        absorption.setUnavailable("no trades received");
    } else if (book.tradesWithBook() < kAbsorptionTrades) {
        absorption.setWarming(static_cast<int>(book.tradesWithBook()), kAbsorptionTrades);
    } else {
        // Sells the bid held against are buying interest; buys the ask held against are selling interest.
        const double net = book.absorbedSells() - book.absorbedBuys();
        const double traded = book.tradedVolume();
        absorption.setReady(
            net, linear(traded > 0 ? net / traded : 0),
            {{"absorbed_sells", book.absorbedSells()}, {"absorbed_buys", book.absorbedBuys()}, {"traded", traded}});
    }
    out.finish();
}

void scoreSentiment(const SentimentInputs &inputs, std::int64_t nowMs, const TimeframeSeries &minutes,
                    const Ema &volatilityBaseline, ComponentReading &out)
{
    auto &funding = out.add("funding_rate");
    if (std::isnan(inputs.funding()))
        funding.setUnavailable("no funding rate received");
    else // crowded longs pay shorts: positive funding leans bearish (contrarian)
        funding.setReady(inputs.funding(), squash(-inputs.funding() / 0.0005), {{"funding_rate", inputs.funding()}});

    auto &liquidations = out.add("liquidations");
    if (!inputs.liquidationsSeen()) {
        liquidations.setUnavailable("no liquidations received");
    } else {
        const auto w = inputs.liquidations(nowMs);
        const double total = w.longNotional + w.shortNotional;
        // Shorts being squeezed push price up; longs being liquidated push it down. A burst weighs more.
        const double side = total > 0 ? (w.shortNotional - w.longNotional) / total : 0;
        const double intensity = std::tanh(w.count / 3.0 + w.lastMinute / 2.0);
        liquidations.setReady(total, linear(side * intensity),
                              {{"long_notional", w.longNotional},
                               {"short_notional", w.shortNotional},
                               {"count_5m", double(w.count)},
                               {"count_1m", double(w.lastMinute)}});
    }

    auto &longShort = out.add("long_short_ratio");
    if (std::isnan(inputs.longShortRatio()) || !(inputs.longShortRatio() > 0))
        longShort.setUnavailable("no long/short ratio received");
    else // contrarian: a crowd leaning long is a risk to longs
        longShort.setReady(inputs.longShortRatio(), squash(-2.0 * std::log(inputs.longShortRatio())),
                           {{"long_short_ratio", inputs.longShortRatio()}});

    auto &volatility = out.add("volatility");
    const IndicatorSet &ind = minutes.indicators();
    if (!ind.atr14.warmup().ready()) {
        volatility.setWarming(ind.atr14.warmup().have, ind.atr14.warmup().need);
    } else if (!volatilityBaseline.ready()) {
        volatility.setWarming(volatilityBaseline.warmup().have, volatilityBaseline.warmup().need);
    } else {
        // Volatility against its own recent norm: calm leans risk-on, a spike leans risk-off.
        const double atrPct = ind.atr14.value() / ind.last().close;
        const double baseline = volatilityBaseline.value();
        const double regime = baseline > 0 ? atrPct / baseline : 1.0;
        volatility.setReady(regime, 50.0 - 25.0 * std::tanh(std::log(regime)),
                            {{"atr_pct", atrPct}, {"baseline_atr_pct", baseline}});
    }
    out.finish();
}

} // namespace virtuoso::confluence
