#include "model/confluence/Components.h"

#include <algorithm>

namespace virtuoso::confluence {

namespace {

constexpr int kSlopeBars = 10; // look-back of the A/D, OBV and CVD slopes and the ATR move
constexpr int kDeltaBars = 5;  // look-back of volume delta and trade-flow imbalance
constexpr int kRangeBars = 50; // range position
constexpr int kMinFlowBars = 3;
constexpr int kPressureBars = 2;  // the burst of aggressive flow that pressure reads
constexpr int kBaselineBars = 20; // normal traded volume per bar (pressure), prior range (liquidity sweeps)
constexpr int kSweepBars = 3;     // how recent a liquidity sweep must be
constexpr int kGapBars = 30;      // fair-value gaps looked for
// The history keeps every bar a component reads (a bar beyond it would silently be a newer one).
static_assert(std::max({kSlopeBars + 1, kRangeBars, kBaselineBars + kSweepBars, kGapBars,
                        2 * TimeframeSeries::kSwingSide + 1}) <= BarHistory::kCapacity);

// A warming reading from an indicator's own warm-up.
bool warmingFrom(SubIndicatorReading &sub, Warmup w)
{
    if (w.ready())
        return false;
    sub.setWarming(w.have, w.need);
    return true;
}

bool needBars(SubIndicatorReading &sub, const TimeframeSeries &s, int bars)
{
    const int have = static_cast<int>(std::min<long long>(s.history().size(), bars + 1));
    if (have >= bars + 1)
        return false;
    sub.setWarming(have, bars + 1);
    return true;
}

} // namespace

void scoreTechnical(const TimeframeSeries &s, ComponentReading &out)
{
    const IndicatorSet &ind = s.indicators();
    const double atr = ind.atr14.value();
    const bool atrReady = ind.atr14.warmup().ready() && atr > 0;

    auto &rsi = out.add("rsi");
    if (!warmingFrom(rsi, ind.rsi14.warmup()))
        rsi.setReady(ind.rsi14.value(), ind.rsi14.value(), {{"rsi14", ind.rsi14.value()}});

    auto &ao = out.add("awesome_oscillator");
    if (!warmingFrom(ao, ind.ao.warmup()) && !warmingFrom(ao, ind.atr14.warmup()))
        ao.setReady(ind.ao.value(), atrReady ? squash(ind.ao.value() / atr) : 50.0,
                    {{"ao", ind.ao.value()}, {"atr14", atr}});

    auto &adx = out.add("adx");
    if (!warmingFrom(adx, ind.dmi14.warmup())) {
        const double plus = ind.dmi14.plusDi();
        const double minus = ind.dmi14.minusDi();
        const double spread = plus + minus > 0 ? (plus - minus) / (plus + minus) : 0.0;
        const double strength = std::min(1.0, ind.dmi14.adx() / 25.0);
        adx.setReady(ind.dmi14.adx(), linear(spread * strength),
                     {{"adx14", ind.dmi14.adx()}, {"plus_di14", plus}, {"minus_di14", minus}});
    }

    auto &cci = out.add("cci");
    if (!warmingFrom(cci, ind.cci20.warmup()))
        cci.setReady(ind.cci20.value(), squash(ind.cci20.value() / 150.0), {{"cci20", ind.cci20.value()}});

    auto &willr = out.add("williams_r");
    if (!warmingFrom(willr, ind.willr14.warmup()))
        willr.setReady(ind.willr14.value(), 100.0 + ind.willr14.value(), {{"willr14", ind.willr14.value()}});

    auto &atrMove = out.add("atr");
    if (!warmingFrom(atrMove, ind.atr14.warmup()) && !needBars(atrMove, s, kSlopeBars)) {
        // The move of the last bars in units of the volatility a random walk would show.
        const double move = s.history().back(0).flow.candle.close - s.history().back(kSlopeBars).flow.candle.close;
        const double normalised = atrReady ? move / (atr * std::sqrt(static_cast<double>(kSlopeBars))) : 0.0;
        atrMove.setReady(atr, squash(normalised), {{"atr14", atr}, {"move", move}});
    }

    auto &macd = out.add("macd");
    if (!warmingFrom(macd, ind.macd.warmup()) && !warmingFrom(macd, ind.atr14.warmup()))
        macd.setReady(ind.macd.histogram(), atrReady ? squash(4.0 * ind.macd.histogram() / atr) : 50.0,
                      {{"macd", ind.macd.macd()}, {"signal", ind.macd.signal()}, {"histogram", ind.macd.histogram()}});
    out.finish();
}

void scoreVolume(const TimeframeSeries &s, ComponentReading &out)
{
    const IndicatorSet &ind = s.indicators();
    const BarHistory &h = s.history();
    const double atr = ind.atr14.value();
    const bool atrReady = ind.atr14.warmup().ready() && atr > 0;
    const double close = h.size() > 0 ? h.back(0).flow.candle.close : NAN;

    auto &delta = out.add("volume_delta");
    if (s.barsWithFlow() == 0) {
        delta.setUnavailable("no trades received");
    } else {
        double buy = 0, sell = 0;
        int flowBars = 0;
        for (int age = 0; age < std::min(kDeltaBars, h.size()); ++age) {
            if (!h.back(age).flowSeen)
                continue;
            buy += h.back(age).flow.buyVolume;
            sell += h.back(age).flow.sellVolume;
            ++flowBars;
        }
        if (flowBars < kMinFlowBars)
            delta.setWarming(flowBars, kMinFlowBars);
        else
            delta.setReady(buy - sell, linear(buy + sell > 0 ? (buy - sell) / (buy + sell) : 0.0),
                           {{"buy_volume", buy}, {"sell_volume", sell}});
    }

    auto slope = [&](SubIndicatorReading &sub, double SeriesBar::*field, const char *name) {
        if (needBars(sub, s, kSlopeBars))
            return;
        double volume = 0;
        for (int age = 0; age < kSlopeBars; ++age)
            volume += h.back(age).flow.candle.volume;
        const double change = h.back(0).*field - h.back(kSlopeBars).*field;
        sub.setReady(h.back(0).*field, linear(volume > 0 ? change / volume : 0.0),
                     {{name, change}, {"volume", volume}});
    };
    slope(out.add("ad_line"), &SeriesBar::ad, "ad_change");

    auto &cmf = out.add("cmf");
    if (!warmingFrom(cmf, ind.cmf20.warmup()))
        cmf.setReady(ind.cmf20.value(), linear(ind.cmf20.value()), {{"cmf20", ind.cmf20.value()}});

    slope(out.add("obv"), &SeriesBar::obv, "obv_change");

    auto &relvol = out.add("relative_volume");
    if (!warmingFrom(relvol, ind.relvol20.warmup())) {
        const Candle &c = h.back(0).flow.candle;
        const double body = c.high > c.low ? (c.close - c.open) / (c.high - c.low) : 0.0;
        const double rv = ind.relvol20.value();
        relvol.setReady(rv, linear(body * std::min(rv / 3.0, 1.0)), {{"relvol20", rv}, {"body", body}});
    }

    auto &profile = out.add("volume_profile");
    if (!ind.profile || !ind.profile->ready()) {
        profile.setWarming(ind.profile ? ind.profile->warmup().have : 0, ind.profile ? ind.profile->warmup().need : 60);
    } else {
        const ValueArea area = ind.profile->profile().valueArea();
        const double width = area.high - area.low;
        profile.setReady(area.poc, squash(width > 0 ? 2.0 * (close - area.poc) / width : 0.0),
                         {{"poc", area.poc}, {"value_area_low", area.low}, {"value_area_high", area.high}});
    }

    auto &vwap = out.add("vwap");
    if (!warmingFrom(vwap, ind.atr14.warmup()))
        vwap.setReady(ind.vwapSession.value(), atrReady ? squash((close - ind.vwapSession.value()) / atr) : 50.0,
                      {{"vwap", ind.vwapSession.value()}, {"close", close}, {"atr14", atr}});
    out.finish();
}

void scoreOrderflow(const TimeframeSeries &s, const FlowAvailability &availability, ComponentReading &out)
{
    const BarHistory &h = s.history();
    const int flowBars = static_cast<int>(std::min<long long>(s.barsWithFlow(), kSlopeBars + 1));

    auto &cvd = out.add("cvd");
    if (!availability.tradesSeen) {
        cvd.setUnavailable("no trades received");
    } else if (flowBars < kSlopeBars + 1 || h.size() < kSlopeBars + 1) {
        cvd.setWarming(flowBars, kSlopeBars + 1);
    } else {
        // Least-squares slope of CVD over the bars, in units of the mean traded volume per bar.
        double sx = 0, sy = 0, sxx = 0, sxy = 0, traded = 0;
        const int n = kSlopeBars + 1;
        for (int age = 0; age < n; ++age) {
            const double x = -age;
            const double y = h.back(age).cvd;
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            traded += h.back(age).flow.buyVolume + h.back(age).flow.sellVolume;
        }
        const double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        const double perBar = traded / n;
        cvd.setReady(h.back(0).cvd, squash(perBar > 0 ? 2.0 * slope / perBar : 0.0),
                     {{"cvd_slope", slope}, {"volume_per_bar", perBar}});
    }

    auto &imbalance = out.add("trade_flow_imbalance");
    if (!availability.tradesSeen) {
        imbalance.setUnavailable("no trades received");
    } else {
        int buys = 0, sells = 0, bars = 0;
        for (int age = 0; age < std::min(kDeltaBars, h.size()); ++age) {
            if (!h.back(age).flowSeen)
                continue;
            buys += h.back(age).flow.buyTrades;
            sells += h.back(age).flow.sellTrades;
            ++bars;
        }
        if (bars < kMinFlowBars)
            imbalance.setWarming(bars, kMinFlowBars);
        else
            imbalance.setReady(
                buys - sells, linear(static_cast<double>(buys - sells) / std::max(1, buys + sells)),
                {{"buy_trades", static_cast<double>(buys)}, {"sell_trades", static_cast<double>(sells)}});
    }

    // Net aggressive volume of the newest bars against the normal traded volume per bar: a one-sided
    // burst reads strongly, a one-sided trickle weakly (volume_delta reads only the share).
    auto &pressure = out.add("pressure");
    if (!availability.tradesSeen) {
        pressure.setUnavailable("no trades received");
    } else {
        double net = 0, traded = 0;
        int baselineBars = 0;
        for (int age = 0; age < std::min(kBaselineBars, h.size()); ++age) {
            const FlowCandle &f = h.back(age).flow;
            if (!h.back(age).flowSeen)
                continue;
            if (age < kPressureBars)
                net += f.buyVolume - f.sellVolume;
            traded += f.buyVolume + f.sellVolume;
            ++baselineBars;
        }
        if (baselineBars < kMinFlowBars) {
            pressure.setWarming(baselineBars, kMinFlowBars);
        } else {
            const double perBar = traded / baselineBars;
            const double x = perBar > 0 ? net / perBar : 0.0;
            pressure.setReady(x, squash(x), {{"net_volume", net}, {"volume_per_bar", perBar}});
        }
    }

    // Liquidity sweeps: a recent bar ran the stops beyond the prior range's extreme and closed back
    // inside — the liquidity was taken and rejected, which points the other way.
    auto &liquidity = out.add("liquidity");
    if (!warmingFrom(liquidity, s.indicators().atr14.warmup()) && !needBars(liquidity, s, kBaselineBars + kSweepBars)) {
        double priorHigh = -INFINITY, priorLow = INFINITY;
        for (int age = kSweepBars; age < kSweepBars + kBaselineBars; ++age) {
            priorHigh = std::max(priorHigh, h.back(age).flow.candle.high);
            priorLow = std::min(priorLow, h.back(age).flow.candle.low);
        }
        double sweptHigh = -INFINITY, sweptLow = INFINITY;
        for (int age = 0; age < kSweepBars; ++age) {
            sweptHigh = std::max(sweptHigh, h.back(age).flow.candle.high);
            sweptLow = std::min(sweptLow, h.back(age).flow.candle.low);
        }
        const double close = h.back(0).flow.candle.close;
        const double atr = s.indicators().atr14.value();
        const bool above = sweptHigh > priorHigh && close < priorHigh; // stops above taken, rejected
        const bool below = sweptLow < priorLow && close > priorLow;    // stops below taken, rejected
        double x = 0;
        if (above != below && atr > 0)
            x = above ? -std::min(1.0, (sweptHigh - close) / atr) : std::min(1.0, (close - sweptLow) / atr);
        liquidity.setReady(
            x, linear(x),
            {{"prior_high", priorHigh}, {"swept_high", sweptHigh}, {"prior_low", priorLow}, {"swept_low", sweptLow}});
    }

    auto &large = out.add("large_trades");
    if (!availability.tradesSeen || !availability.sizes) {
        large.setUnavailable("no trades received");
    } else if (!availability.sizes->ready()) {
        large.setWarming(static_cast<int>(availability.sizes->trades()), TradeSizeGauge::kWarmTrades);
    } else if (flowBars < kMinFlowBars) {
        large.setWarming(flowBars, kMinFlowBars);
    } else {
        double buy = 0, sell = 0, all = 0;
        for (int age = 0; age < std::min(kSlopeBars, h.size()); ++age) {
            buy += h.back(age).flow.largeBuyVolume;
            sell += h.back(age).flow.largeSellVolume;
            all += h.back(age).flow.buyVolume + h.back(age).flow.sellVolume;
        }
        const double share = all > 0 ? (buy + sell) / all : 0.0;
        large.setReady(share, linear(buy + sell > 0 ? (buy - sell) / (buy + sell) : 0.0),
                       {{"large_buy_volume", buy}, {"large_sell_volume", sell}, {"share_of_volume", share}});
    }

    auto &oi = out.add("open_interest");
    const int oiBars = static_cast<int>(std::min<long long>(s.barsWithOpenInterest(), kSlopeBars + 1));
    if (!availability.openInterestSeen) {
        oi.setUnavailable("no open-interest data received");
    } else if (oiBars < kSlopeBars + 1 || !s.indicators().atr14.warmup().ready()) {
        oi.setWarming(oiBars, kSlopeBars + 1);
    } else {
        const double oiNow = h.back(0).flow.openInterest;
        const double oiThen = h.back(kSlopeBars).flow.openInterest;
        const double oiChange = oiThen > 0 ? (oiNow - oiThen) / oiThen : 0.0;
        const double priceMove = h.back(0).flow.candle.close - h.back(kSlopeBars).flow.candle.close;
        const double atr = s.indicators().atr14.value();
        const double direction = atr > 0 ? std::tanh(priceMove / (atr * std::sqrt(double(kSlopeBars)))) : 0.0;
        // Rising open interest confirms the move (new positions); falling open interest weakens it
        // (short covering into a rise, long liquidation into a fall).
        const double conviction = std::tanh(oiChange / 0.01);
        const double factor = conviction > 0 ? 0.5 + 0.5 * conviction : 0.5 * (1.0 + conviction);
        oi.setReady(oiChange, linear(direction * factor), {{"oi_change", oiChange}, {"price_change", priceMove}});
    }
    out.finish();
}

void scorePriceStructure(const TimeframeSeries &s, ComponentReading &out)
{
    const IndicatorSet &ind = s.indicators();
    const BarHistory &h = s.history();
    const double atr = ind.atr14.value();
    const bool atrReady = ind.atr14.warmup().ready() && atr > 0;
    const double close = h.size() > 0 ? h.back(0).flow.candle.close : NAN;

    auto &sr = out.add("support_resistance");
    {
        // The nearest swing low below and swing high above, weighted by how often each was touched.
        double support = NAN, resistance = NAN;
        int supportTouches = 0, resistanceTouches = 0;
        for (const auto &l : s.swingLows())
            if (std::isfinite(l.price) && l.price <= close && (std::isnan(support) || l.price > support)) {
                support = l.price;
                supportTouches = l.touches;
            }
        for (const auto &l : s.swingHighs())
            if (std::isfinite(l.price) && l.price >= close && (std::isnan(resistance) || l.price < resistance)) {
                resistance = l.price;
                resistanceTouches = l.touches;
            }
        if (!atrReady) {
            sr.setWarming(ind.atr14.warmup().have, ind.atr14.warmup().need);
        } else if (std::isnan(support) && std::isnan(resistance) && h.size() < 4 * TimeframeSeries::kSwingSide + 1) {
            sr.setWarming(h.size(), 4 * TimeframeSeries::kSwingSide + 1); // time for swing points to form
        } else {
            // With no level on a side (price in discovery, or every level broken) that side exerts no pull.
            // Near strong support is constructive, near strong resistance is not.
            const double toSupport = std::isnan(support) ? 10.0 : (close - support) / atr;
            const double toResistance = std::isnan(resistance) ? 10.0 : (resistance - close) / atr;
            const double pull = std::exp(-toSupport) * std::min(1.0, supportTouches / 3.0) -
                                std::exp(-toResistance) * std::min(1.0, resistanceTouches / 3.0);
            sr.setReady(close, linear(pull),
                        {{"support", support},
                         {"resistance", resistance},
                         {"support_touches", double(supportTouches)},
                         {"resistance_touches", double(resistanceTouches)}});
        }
    }

    auto &trend = out.add("trend_position");
    if (!warmingFrom(trend, ind.ema50.warmup()) && !warmingFrom(trend, ind.atr14.warmup())) {
        const double fast = ind.ema20.value();
        const double slow = ind.ema50.value();
        const double score =
            atrReady ? 50.0 + 25.0 * std::tanh((close - fast) / atr) + 25.0 * std::tanh((fast - slow) / atr) : 50.0;
        trend.setReady(close - slow, score, {{"close", close}, {"ema20", fast}, {"ema50", slow}});
    }

    auto &breaks = out.add("structure_breaks");
    if (!needBars(breaks, s, 2 * TimeframeSeries::kSwingSide + 1)) {
        // The latest break of a swing level, fading over 20 bars.
        const double fade = s.lastBreak() == 0 ? 0.0 : std::max(0.0, 1.0 - s.barsSinceBreak() / 20.0);
        breaks.setReady(s.lastBreak(), linear(s.lastBreak() * fade),
                        {{"direction", double(s.lastBreak())}, {"bars_since", double(s.barsSinceBreak())}});
    }

    auto &range = out.add("range_position");
    if (!needBars(range, s, kRangeBars - 1)) {
        double hi = -INFINITY, lo = INFINITY;
        for (int age = 0; age < kRangeBars; ++age) {
            hi = std::max(hi, h.back(age).flow.candle.high);
            lo = std::min(lo, h.back(age).flow.candle.low);
        }
        const double position = hi > lo ? (close - lo) / (hi - lo) : 0.5;
        range.setReady(position, 100.0 * position, {{"range_high", hi}, {"range_low", lo}});
    }

    auto &fvg = out.add("fair_value_gaps");
    if (!needBars(fvg, s, 2)) {
        // Unfilled three-candle gaps in the recent bars: bullish below price, bearish above.
        int bullish = 0, bearish = 0;
        const int lookback = std::min(h.size(), kGapBars);
        for (int age = 0; age + 2 < lookback; ++age) {
            const Candle &newer = h.back(age).flow.candle;
            const Candle &older = h.back(age + 2).flow.candle;
            if (newer.low > older.high && close > older.high)
                ++bullish;
            else if (newer.high < older.low && close < older.low)
                ++bearish;
        }
        fvg.setReady(bullish - bearish,
                     linear(bullish + bearish > 0 ? double(bullish - bearish) / (bullish + bearish) : 0.0),
                     {{"bullish_gaps", double(bullish)}, {"bearish_gaps", double(bearish)}});
    }
    out.finish();
}

} // namespace virtuoso::confluence
