#pragma once

#include "model/market/FixedPoint.h"
#include "model/market/InstrumentSpec.h"
#include "model/market/Symbol.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace virtuoso::exchange {

// One page of GET /v5/market/instruments-info (category=linear); `nextPageCursor` is empty on the last.
struct InstrumentsPage
{
    std::vector<InstrumentSpec> instruments;
    std::string nextPageCursor;
    // Entries skipped because a grid was missing or invalid ("XYZUSDT: bad tickSize 'abc'").
    std::vector<std::string> skipped;
};

// Error of parsing a REST reply, with a message an operator can act on.
struct InstrumentsError
{
    std::string message;
};

// Parses one instruments-info reply; a retCode != 0 envelope or malformed JSON is an error.
std::variant<InstrumentsPage, InstrumentsError> parseInstrumentsPage(std::string_view json);

// symbol → grids. Immutable after construction, so network threads share one through
// std::shared_ptr<const InstrumentCatalog> without locks; a refresh builds a new catalog.
class InstrumentCatalog
{
public:
    InstrumentCatalog() = default;
    explicit InstrumentCatalog(std::vector<InstrumentSpec> instruments); // later duplicates win

    // Convenience: a catalog from a single instruments-info reply (first page only).
    static std::variant<std::shared_ptr<const InstrumentCatalog>, InstrumentsError>
    fromInstrumentsInfo(std::string_view json);

    const InstrumentSpec *find(const Symbol &symbol) const;
    const InstrumentSpec *find(std::string_view symbol) const;
    std::size_t size() const { return m_specs.size(); }
    const std::vector<InstrumentSpec> &instruments() const { return m_specs; }

private:
    std::vector<InstrumentSpec> m_specs;
    std::unordered_map<Symbol, std::size_t> m_index;
};

} // namespace virtuoso::exchange
