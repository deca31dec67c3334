#include "connector/InstrumentCatalog.h"

#include <simdjson.h>

namespace virtuoso::exchange {

namespace {

// A string field of an object, or "" when absent or not a string.
std::string_view stringField(simdjson::dom::object object, std::string_view key)
{
    std::string_view value;
    if (object[key].get_string().get(value) != simdjson::SUCCESS)
        return {};
    return value;
}

// Bybit sends most numbers as strings but a few (fundingInterval) as JSON numbers; accept both.
std::optional<qint64> integerField(simdjson::dom::object object, std::string_view key)
{
    simdjson::dom::element element;
    if (object[key].get(element) != simdjson::SUCCESS)
        return std::nullopt;
    std::int64_t v = 0;
    if (element.get_int64().get(v) == simdjson::SUCCESS)
        return static_cast<qint64>(v);
    std::string_view text;
    if (element.get_string().get(text) == simdjson::SUCCESS) {
        const Exact<qint64> parsed = parseScaled(text, 0);
        if (parsed)
            return parsed.value;
    }
    return std::nullopt;
}

std::optional<InstrumentSpec> parseInstrument(simdjson::dom::object item, std::string &problem)
{
    InstrumentSpec spec;
    const std::string_view name = stringField(item, "symbol");
    const auto symbol = Symbol::from(name);
    if (!symbol) {
        problem = "instrument without a usable symbol '" + std::string(name.substr(0, 64)) + "'";
        return std::nullopt;
    }
    spec.symbol = *symbol;
    const std::string label(name);

    simdjson::dom::object priceFilter;
    simdjson::dom::object lotSizeFilter;
    if (item["priceFilter"].get_object().get(priceFilter) != simdjson::SUCCESS ||
        item["lotSizeFilter"].get_object().get(lotSizeFilter) != simdjson::SUCCESS) {
        problem = label + ": priceFilter or lotSizeFilter missing";
        return std::nullopt;
    }
    const std::string_view tickText = stringField(priceFilter, "tickSize");
    const Exact<DecimalGrid> tick = DecimalGrid::fromStep(tickText);
    if (!tick) {
        problem = label + ": bad tickSize '" + std::string(tickText.substr(0, 32)) + "' (" +
                  numberErrorText(tick.error) + ")";
        return std::nullopt;
    }
    const std::string_view stepText = stringField(lotSizeFilter, "qtyStep");
    const Exact<DecimalGrid> step = DecimalGrid::fromStep(stepText);
    if (!step) {
        problem =
            label + ": bad qtyStep '" + std::string(stepText.substr(0, 32)) + "' (" + numberErrorText(step.error) + ")";
        return std::nullopt;
    }

    // Bybit prints prices with priceScale digits (tick 0.5 → "27450.00"); keep that many decimals
    // so formatted prices read like the exchange's.
    DecimalGrid price = tick.value;
    const auto priceScale = integerField(item, "priceScale");
    if (priceScale && *priceScale > price.decimals() && *priceScale <= Decimal::kMaxScale) {
        const Exact<qint64> units = Decimal{price.stepUnits(), static_cast<std::int8_t>(price.decimals())}.unitsAtScale(
            static_cast<int>(*priceScale));
        if (units)
            price = DecimalGrid(units.value, static_cast<int>(*priceScale));
    }
    spec.price = price;
    spec.quantity = step.value;
    spec.status = std::string(stringField(item, "status"));
    spec.baseCoin = std::string(stringField(item, "baseCoin"));
    spec.quoteCoin = std::string(stringField(item, "quoteCoin"));
    spec.contractType = std::string(stringField(item, "contractType"));
    if (const Exact<qint64> minLots = spec.quantity.toSteps(stringField(lotSizeFilter, "minOrderQty")))
        spec.minOrderLots = minLots.value;
    if (const Exact<qint64> maxLots = spec.quantity.toSteps(stringField(lotSizeFilter, "maxOrderQty")))
        spec.maxOrderLots = maxLots.value;
    if (const auto interval = integerField(item, "fundingInterval"))
        spec.fundingIntervalMinutes = static_cast<int>(*interval);
    return spec;
}

} // namespace

std::variant<InstrumentsPage, InstrumentsError> parseInstrumentsPage(std::string_view json)
{
    try {
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        if (const auto error = parser.parse(json.data(), json.size()).get(root); error != simdjson::SUCCESS)
            return InstrumentsError{std::string("instruments-info reply is not valid JSON: ") +
                                    simdjson::error_message(error)};
        simdjson::dom::object envelope;
        if (root.get_object().get(envelope) != simdjson::SUCCESS)
            return InstrumentsError{"instruments-info reply is not a JSON object"};
        const auto retCode = integerField(envelope, "retCode");
        if (!retCode)
            return InstrumentsError{"instruments-info reply has no retCode"};
        if (*retCode != 0)
            return InstrumentsError{"instruments-info request refused: retCode " + std::to_string(*retCode) + " " +
                                    std::string(stringField(envelope, "retMsg").substr(0, 200))};
        simdjson::dom::object result;
        simdjson::dom::array list;
        if (envelope["result"].get_object().get(result) != simdjson::SUCCESS ||
            result["list"].get_array().get(list) != simdjson::SUCCESS)
            return InstrumentsError{"instruments-info reply has no result.list array"};

        InstrumentsPage page;
        page.nextPageCursor = std::string(stringField(result, "nextPageCursor"));
        for (simdjson::dom::element element : list) {
            simdjson::dom::object item;
            if (element.get_object().get(item) != simdjson::SUCCESS) {
                page.skipped.push_back("a list entry that is not an object");
                continue;
            }
            std::string problem;
            if (auto spec = parseInstrument(item, problem))
                page.instruments.push_back(std::move(*spec));
            else
                page.skipped.push_back(std::move(problem));
        }
        return page;
    } catch (const std::exception &e) {
        return InstrumentsError{std::string("instruments-info reply could not be read: ") + e.what()};
    }
}

InstrumentCatalog::InstrumentCatalog(std::vector<InstrumentSpec> instruments)
{
    m_specs.reserve(instruments.size());
    for (InstrumentSpec &spec : instruments) {
        const auto it = m_index.find(spec.symbol);
        if (it != m_index.end()) {
            m_specs[it->second] = std::move(spec);
            continue;
        }
        m_index.emplace(spec.symbol, m_specs.size());
        m_specs.push_back(std::move(spec));
    }
}

std::variant<std::shared_ptr<const InstrumentCatalog>, InstrumentsError>
InstrumentCatalog::fromInstrumentsInfo(std::string_view json)
{
    auto page = parseInstrumentsPage(json);
    if (auto *error = std::get_if<InstrumentsError>(&page))
        return std::move(*error);
    return std::make_shared<const InstrumentCatalog>(std::move(std::get<InstrumentsPage>(page).instruments));
}

const InstrumentSpec *InstrumentCatalog::find(const Symbol &symbol) const
{
    const auto it = m_index.find(symbol);
    return it == m_index.end() ? nullptr : &m_specs[it->second];
}

const InstrumentSpec *InstrumentCatalog::find(std::string_view symbol) const
{
    const auto s = Symbol::from(symbol);
    return s ? find(*s) : nullptr;
}

} // namespace virtuoso::exchange
