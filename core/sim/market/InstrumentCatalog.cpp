#include "sim/market/InstrumentCatalog.h"

#include "sim/market/MarketRandom.h"
#include "sim/market/MarketSimulator.h"

#include <cmath>

namespace virtuoso::sim {

namespace {

struct CatalogEntry
{
    const char *symbol;
    const char *baseCoin;
    double tickSize;
    double qtyStep;
    int priceScale; // Bybit's priceScale: BTC quotes "0.10" ticks with two decimals
    double maxOrderQty;
    double price;
    double dailyVolatility;
    double turnover24hUsd;
    double openInterestUsd;
    qint64 launchTimeMs;
};

// Tick sizes and qty steps as Bybit lists them for its largest USDT perpetuals; prices and volumes
// are plausible recent values, not quotes.
constexpr CatalogEntry kCatalog[] = {
    {"BTCUSDT", "BTC", 0.1, 0.001, 2, 1190, 96500, 0.025, 12e9, 6e9, 1584230400000},
    {"ETHUSDT", "ETH", 0.01, 0.01, 2, 7240, 3450, 0.035, 6e9, 3.5e9, 1615766400000},
    {"SOLUSDT", "SOL", 0.01, 0.1, 3, 79770, 192, 0.05, 2.5e9, 1.8e9, 1634256000000},
    {"XRPUSDT", "XRP", 0.0001, 1, 4, 6130000, 2.35, 0.05, 1.5e9, 1.2e9, 1620806400000},
    {"DOGEUSDT", "DOGE", 0.00001, 1, 5, 23460000, 0.325, 0.06, 1.2e9, 8e8, 1620806400000},
    {"BNBUSDT", "BNB", 0.01, 0.01, 2, 7710, 690, 0.03, 3e8, 3e8, 1634256000000},
    {"ADAUSDT", "ADA", 0.0001, 1, 4, 2870000, 0.92, 0.055, 5e8, 4e8, 1620806400000},
    {"LINKUSDT", "LINK", 0.001, 0.1, 3, 59180, 22.5, 0.055, 3e8, 2.5e8, 1620806400000},
    {"AVAXUSDT", "AVAX", 0.001, 0.1, 3, 27800, 36.8, 0.06, 2.5e8, 2e8, 1634256000000},
    {"SUIUSDT", "SUI", 0.0001, 10, 5, 1720000, 4.15, 0.07, 7e8, 5e8, 1683100800000},
    {"LTCUSDT", "LTC", 0.01, 0.1, 2, 7550, 103, 0.045, 2e8, 2e8, 1620806400000},
    {"DOTUSDT", "DOT", 0.001, 0.1, 3, 137520, 7.2, 0.055, 1.5e8, 1.5e8, 1620806400000},
    {"TRXUSDT", "TRX", 0.00001, 1, 5, 8000000, 0.255, 0.035, 1e8, 1.2e8, 1634256000000},
    {"TONUSDT", "TON", 0.0001, 0.1, 4, 190000, 5.6, 0.05, 1.5e8, 1.5e8, 1699574400000},
    {"NEARUSDT", "NEAR", 0.001, 0.1, 3, 99600, 5.3, 0.06, 1.5e8, 1.2e8, 1634256000000},
    {"APTUSDT", "APT", 0.0001, 0.01, 4, 31500, 9.1, 0.06, 1.2e8, 1e8, 1666051200000},
    {"ARBUSDT", "ARB", 0.0001, 0.1, 4, 1000000, 0.76, 0.065, 1.5e8, 1e8, 1679529600000},
    {"OPUSDT", "OP", 0.0001, 0.1, 4, 433000, 1.95, 0.065, 1e8, 8e7, 1654041600000},
    {"WIFUSDT", "WIF", 0.0001, 1, 4, 580000, 2.05, 0.08, 4e8, 2.5e8, 1704355200000},
    {"1000PEPEUSDT", "1000PEPE", 0.0000001, 100, 7, 500000000, 0.0192, 0.08, 6e8, 3e8, 1683100800000},
};

InstrumentSpec specFromEntry(const CatalogEntry &entry)
{
    InstrumentSpec spec;
    spec.symbol = QString::fromLatin1(entry.symbol);
    spec.baseCoin = QString::fromLatin1(entry.baseCoin);
    spec.quoteCoin = QStringLiteral("USDT");
    spec.tickSize = entry.tickSize;
    spec.qtyStep = entry.qtyStep;
    spec.priceDecimals = entry.priceScale;
    spec.qtyDecimals = decimalsOf(entry.qtyStep);
    spec.minOrderLots = 1;
    spec.maxOrderLots = static_cast<Lots>(std::llround(entry.maxOrderQty / entry.qtyStep));
    spec.initialPrice = entry.price;
    spec.dailyVolatility = entry.dailyVolatility;
    spec.launchTimeMs = entry.launchTimeMs;
    return spec;
}

const CatalogEntry *catalogEntry(const QString &symbol)
{
    for (const auto &entry : kCatalog) {
        if (symbol == QLatin1String(entry.symbol))
            return &entry;
    }
    return nullptr;
}

double pow10(int exponent)
{
    return std::pow(10.0, exponent);
}

} // namespace

int decimalsOf(double step)
{
    for (int decimals = 0; decimals < 12; ++decimals) {
        const double scaled = step * pow10(decimals);
        if (std::fabs(scaled - std::round(scaled)) < 1e-9 * std::max(1.0, scaled))
            return decimals;
    }
    return 12;
}

InstrumentSpec instrumentForSymbol(const QString &symbol)
{
    if (const CatalogEntry *entry = catalogEntry(symbol))
        return specFromEntry(*entry);

    // Any other name: a mid-cap perpetual whose parameters follow from the name's hash.
    MarketRandom random(MarketRandom::hashName(symbol) ^ 0x5eed5eedULL);
    InstrumentSpec spec;
    spec.symbol = symbol;
    spec.quoteCoin = QStringLiteral("USDT");
    spec.baseCoin = symbol.endsWith(QLatin1String("USDT")) ? symbol.left(symbol.size() - 4) : symbol;
    const double price = pow10(0) * std::pow(10.0, random.uniform(-2.5, 3.0));
    const int tickExponent = static_cast<int>(std::floor(std::log10(price))) - 4;
    spec.tickSize = pow10(tickExponent);
    const int qtyExponent = static_cast<int>(std::floor(std::log10(5.0 / price)));
    spec.qtyStep = pow10(std::max(-3, qtyExponent));
    spec.priceDecimals = std::max(0, -tickExponent);
    spec.qtyDecimals = decimalsOf(spec.qtyStep);
    spec.minOrderLots = 1;
    spec.maxOrderLots = static_cast<Lots>(std::llround(2e6 / price / spec.qtyStep));
    // Round the start price onto the tick grid so formatted prices stay exact.
    spec.initialPrice = std::round(price / spec.tickSize) * spec.tickSize;
    spec.dailyVolatility = random.uniform(0.04, 0.09);
    spec.launchTimeMs = 1650000000000LL + static_cast<qint64>(random.below(100)) * 86400000LL;
    return spec;
}

InstrumentActivity activityFor(const InstrumentSpec &spec)
{
    InstrumentActivity activity;
    if (const CatalogEntry *entry = catalogEntry(spec.symbol)) {
        activity.turnover24hUsd = entry->turnover24hUsd;
        activity.openInterestUsd = entry->openInterestUsd;
    } else {
        MarketRandom random(MarketRandom::hashName(spec.symbol) ^ 0xac71ULL);
        activity.turnover24hUsd = std::pow(10.0, random.uniform(7.3, 8.7));
        activity.openInterestUsd = activity.turnover24hUsd * random.uniform(0.5, 1.0);
    }
    // Busier books print more often, but trade count grows slower than turnover.
    activity.tradesPerSecond = std::clamp(1.5 * std::pow(activity.turnover24hUsd / 1e8, 0.45), 1.0, 18.0);
    return activity;
}

std::vector<InstrumentSpec> MarketSimulator::defaultInstruments()
{
    std::vector<InstrumentSpec> specs;
    specs.reserve(std::size(kCatalog));
    for (const auto &entry : kCatalog)
        specs.push_back(specFromEntry(entry));
    return specs;
}

} // namespace virtuoso::sim
