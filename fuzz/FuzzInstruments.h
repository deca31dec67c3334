// The instruments the fuzz targets decode onto, with the simulator's grids (BTCUSDT 0.10 × 0.001,
// ETHUSDT 0.01 × 0.01, XRPUSDT 0.0001 × 1): the prices of its frames and of the fixtures in tests/data
// lie on them.
#pragma once

#include "connector/InstrumentCatalog.h"

#include <memory>
#include <vector>

namespace virtuoso::fuzz {

inline std::shared_ptr<const exchange::InstrumentCatalog> instruments()
{
    static const std::shared_ptr<const exchange::InstrumentCatalog> catalog = [] {
        const auto spec = [](const char *name, qint64 tickUnits, int tickDecimals, qint64 lotUnits, int lotDecimals) {
            exchange::InstrumentSpec s;
            s.symbol = *exchange::Symbol::from(name);
            s.price = exchange::DecimalGrid(tickUnits, tickDecimals);
            s.quantity = exchange::DecimalGrid(lotUnits, lotDecimals);
            s.status = "Trading";
            s.baseCoin = std::string(name, 3);
            s.quoteCoin = "USDT";
            s.minOrderLots = 1;
            s.maxOrderLots = 1'000'000;
            return s;
        };
        return std::make_shared<const exchange::InstrumentCatalog>(std::vector<exchange::InstrumentSpec>{
            spec("BTCUSDT", 10, 2, 1, 3), spec("ETHUSDT", 1, 2, 1, 2), spec("XRPUSDT", 1, 4, 1, 0)});
    }();
    return catalog;
}

} // namespace virtuoso::fuzz
