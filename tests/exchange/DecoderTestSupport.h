#pragma once

#include "TestSupport.h"
#include "connector/InstrumentCatalog.h"

#include <QFile>

#include <memory>
#include <string>

namespace virtuoso::test {

// The text of a file under tests/data ("" when missing, which the tests then report).
inline std::string readDataFile(const char *relativePath)
{
    QFile f(dataFile(QString::fromLatin1(relativePath)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

// Instruments of the fixtures: BTCUSDT and ETHUSDT from the instruments-info reply, XRPUSDT as
// listed on Bybit (tick 0.0001, qty step 1).
inline std::shared_ptr<const exchange::InstrumentCatalog> fixtureCatalog()
{
    using namespace exchange;
    auto page = parseInstrumentsPage(readDataFile("bybit/http_get_instruments_linear.json"));
    std::vector<InstrumentSpec> specs;
    if (auto *p = std::get_if<InstrumentsPage>(&page))
        specs = p->instruments;
    InstrumentSpec xrp;
    xrp.symbol = *Symbol::from("XRPUSDT");
    xrp.price = DecimalGrid(1, 4);
    xrp.quantity = DecimalGrid(1, 0);
    specs.push_back(xrp);
    return std::make_shared<const InstrumentCatalog>(std::move(specs));
}

} // namespace virtuoso::test
