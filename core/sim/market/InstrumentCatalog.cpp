#include "sim/market/InstrumentCatalog.h"

#include "sim/market/MarketRandom.h"
#include "sim/market/MarketSimulator.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>

namespace virtuoso::sim {

namespace {

struct CatalogEntry
{
    const char *symbol;
    const char *baseCoin;
    const char *tickSize; // as Bybit prints it, with priceScale decimals: BTC quotes "0.10" ticks
    const char *qtyStep;
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
    {"BTCUSDT", "BTC", "0.10", "0.001", 1190, 96500, 0.025, 12e9, 6e9, 1584230400000},
    {"ETHUSDT", "ETH", "0.01", "0.01", 7240, 3450, 0.035, 6e9, 3.5e9, 1615766400000},
    {"SOLUSDT", "SOL", "0.010", "0.1", 79770, 192, 0.05, 2.5e9, 1.8e9, 1634256000000},
    {"XRPUSDT", "XRP", "0.0001", "1", 6130000, 2.35, 0.05, 1.5e9, 1.2e9, 1620806400000},
    {"DOGEUSDT", "DOGE", "0.00001", "1", 23460000, 0.325, 0.06, 1.2e9, 8e8, 1620806400000},
    {"BNBUSDT", "BNB", "0.01", "0.01", 7710, 690, 0.03, 3e8, 3e8, 1634256000000},
    {"ADAUSDT", "ADA", "0.0001", "1", 2870000, 0.92, 0.055, 5e8, 4e8, 1620806400000},
    {"LINKUSDT", "LINK", "0.001", "0.1", 59180, 22.5, 0.055, 3e8, 2.5e8, 1620806400000},
    {"AVAXUSDT", "AVAX", "0.001", "0.1", 27800, 36.8, 0.06, 2.5e8, 2e8, 1634256000000},
    {"SUIUSDT", "SUI", "0.00010", "10", 1720000, 4.15, 0.07, 7e8, 5e8, 1683100800000},
    {"LTCUSDT", "LTC", "0.01", "0.1", 7550, 103, 0.045, 2e8, 2e8, 1620806400000},
    {"DOTUSDT", "DOT", "0.001", "0.1", 137520, 7.2, 0.055, 1.5e8, 1.5e8, 1620806400000},
    {"TRXUSDT", "TRX", "0.00001", "1", 8000000, 0.255, 0.035, 1e8, 1.2e8, 1634256000000},
    {"TONUSDT", "TON", "0.0001", "0.1", 190000, 5.6, 0.05, 1.5e8, 1.5e8, 1699574400000},
    {"NEARUSDT", "NEAR", "0.001", "0.1", 99600, 5.3, 0.06, 1.5e8, 1.2e8, 1634256000000},
    {"APTUSDT", "APT", "0.0001", "0.01", 31500, 9.1, 0.06, 1.2e8, 1e8, 1666051200000},
    {"ARBUSDT", "ARB", "0.0001", "0.1", 1000000, 0.76, 0.065, 1.5e8, 1e8, 1679529600000},
    {"OPUSDT", "OP", "0.0001", "0.1", 433000, 1.95, 0.065, 1e8, 8e7, 1654041600000},
    {"WIFUSDT", "WIF", "0.0001", "1", 580000, 2.05, 0.08, 4e8, 2.5e8, 1704355200000},
    {"1000PEPEUSDT", "1000PEPE", "0.0000001", "100", 500000000, 0.0192, 0.08, 6e8, 3e8, 1683100800000},
};

// The grid of a step of the catalogue with the decimals it is written with: "0.10" is a tick of 0.1
// printed with two decimals, as Bybit's priceScale asks.
exchange::DecimalGrid gridAsWritten(std::string_view step)
{
    const std::size_t point = step.find('.');
    const int decimals = point == std::string_view::npos ? 0 : static_cast<int>(step.size() - point - 1);
    const exchange::Exact<qint64> units = exchange::parseScaled(step, decimals);
    Q_ASSERT(units.ok() && units.value > 0);
    return {units.value, decimals};
}

// The grid of a step of 10^exponent ("0.001" for -3, "100" for 2).
exchange::DecimalGrid powerOfTenGrid(int exponent)
{
    if (exponent >= 0)
        return {static_cast<qint64>(exchange::kPowersOfTen[static_cast<std::size_t>(exponent)]), 0};
    return {1, -exponent};
}

// What every simulated instrument shares: a USDT-margined linear perpetual, trading, funded every 8 hours.
SimInstrument usdtPerpetual(const exchange::Symbol &symbol, std::string baseCoin, const exchange::DecimalGrid &price,
                            const exchange::DecimalGrid &quantity)
{
    SimInstrument instrument;
    exchange::InstrumentSpec &spec = instrument.spec;
    spec.symbol = symbol;
    instrument.name = symbol.toQString();
    spec.price = price;
    spec.quantity = quantity;
    spec.status = "Trading";
    spec.baseCoin = std::move(baseCoin);
    spec.quoteCoin = "USDT";
    spec.contractType = "LinearPerpetual";
    spec.minOrderLots = 1;
    spec.fundingIntervalMinutes = 480;
    return instrument;
}

SimInstrument instrumentFromEntry(const CatalogEntry &entry)
{
    SimInstrument instrument = usdtPerpetual(*exchange::Symbol::from(entry.symbol), entry.baseCoin,
                                             gridAsWritten(entry.tickSize), gridAsWritten(entry.qtyStep));
    instrument.spec.maxOrderLots = static_cast<Lots>(std::llround(entry.maxOrderQty / instrument.qtyStep()));
    instrument.initialPrice = entry.price;
    instrument.dailyVolatility = entry.dailyVolatility;
    instrument.launchTimeMs = entry.launchTimeMs;
    return instrument;
}

const CatalogEntry *catalogEntry(const QString &symbol)
{
    for (const auto &entry : kCatalog) {
        if (symbol == QLatin1String(entry.symbol))
            return &entry;
    }
    return nullptr;
}

} // namespace

std::optional<SimInstrument> instrumentForSymbol(const QString &symbol)
{
    if (const CatalogEntry *entry = catalogEntry(symbol))
        return instrumentFromEntry(*entry);
    // Only a name the exchange could list: 1 to Symbol::kMaxLength ASCII characters.
    const auto name = exchange::Symbol::from(symbol);
    if (!name || name->toQString() != symbol)
        return std::nullopt;

    // Any other name: a mid-cap perpetual whose parameters follow from the name's hash.
    MarketRandom random(MarketRandom::hashName(symbol) ^ 0x5eed5eedULL);
    const QString baseCoin = symbol.endsWith(QLatin1String("USDT")) ? symbol.left(symbol.size() - 4) : symbol;
    const double price = std::pow(10.0, random.uniform(-2.5, 3.0));
    const int tickExponent = static_cast<int>(std::floor(std::log10(price))) - 4;
    const int qtyExponent = std::max(-3, static_cast<int>(std::floor(std::log10(5.0 / price))));
    SimInstrument instrument =
        usdtPerpetual(*name, baseCoin.toStdString(), powerOfTenGrid(tickExponent), powerOfTenGrid(qtyExponent));
    instrument.spec.maxOrderLots = static_cast<Lots>(std::llround(2e6 / price / instrument.qtyStep()));
    // Round the start price onto the tick grid so formatted prices stay exact.
    const double tick = instrument.tickSize();
    instrument.initialPrice = std::round(price / tick) * tick;
    instrument.dailyVolatility = random.uniform(0.04, 0.09);
    instrument.launchTimeMs = 1650000000000LL + static_cast<qint64>(random.below(100)) * 86400000LL;
    return instrument;
}

InstrumentActivity activityFor(const SimInstrument &instrument)
{
    const QString &symbol = instrument.name;
    InstrumentActivity activity;
    if (const CatalogEntry *entry = catalogEntry(symbol)) {
        activity.turnover24hUsd = entry->turnover24hUsd;
        activity.openInterestUsd = entry->openInterestUsd;
    } else {
        MarketRandom random(MarketRandom::hashName(symbol) ^ 0xac71ULL);
        activity.turnover24hUsd = std::pow(10.0, random.uniform(7.3, 8.7));
        activity.openInterestUsd = activity.turnover24hUsd * random.uniform(0.5, 1.0);
    }
    // Busier books print more often, but trade count grows slower than turnover.
    activity.tradesPerSecond = std::clamp(1.5 * std::pow(activity.turnover24hUsd / 1e8, 0.45), 1.0, 18.0);
    return activity;
}

std::vector<SimInstrument> MarketSimulator::defaultInstruments()
{
    std::vector<SimInstrument> instruments;
    instruments.reserve(std::size(kCatalog));
    for (const auto &entry : kCatalog)
        instruments.push_back(instrumentFromEntry(entry));
    return instruments;
}

} // namespace virtuoso::sim
