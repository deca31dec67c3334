// Fuzz target over the parsers of Bybit's REST answers: instruments-info (and the catalog built from
// it), the market history (klines, recent trades, open interest, funding, long/short ratio) and the
// private REST client's answers (envelope, order acknowledgement, server time, order, execution and
// position lists, wallet balance). The first byte picks the parser, the rest is the body.
#include "FuzzInstruments.h"
#include "FuzzSupport.h"

#include "connector/HistoryParsers.h"
#include "connector/InstrumentCatalog.h"
#include "trading/PrivateMessages.h"

using namespace virtuoso;
using namespace virtuoso::exchange;

namespace {

void instruments(std::string_view body)
{
    auto page = parseInstrumentsPage(body);
    if (auto *p = std::get_if<InstrumentsPage>(&page)) {
        fuzz::touch(p->nextPageCursor);
        for (const std::string &skipped : p->skipped)
            fuzz::touch(skipped);
        for (const InstrumentSpec &spec : p->instruments) {
            VIRTUOSO_FUZZ_CHECK(spec.price.stepUnits() > 0 && spec.quantity.stepUnits() > 0);
            fuzz::touch(spec.price.format(spec.price.stepUnits()));
        }
        const InstrumentCatalog catalog(p->instruments);
        for (const InstrumentSpec &spec : p->instruments)
            VIRTUOSO_FUZZ_CHECK(catalog.find(spec.symbol) != nullptr);
    } else {
        VIRTUOSO_FUZZ_CHECK(!std::get<InstrumentsError>(page).message.empty());
    }
}

template<typename T>
void expectResult(const std::variant<T, HistoryError> &result)
{
    if (const HistoryError *error = std::get_if<HistoryError>(&result))
        VIRTUOSO_FUZZ_CHECK(!error->message.isEmpty());
}

void history(std::uint8_t selector, const QByteArray &body)
{
    const InstrumentSpec &spec = *fuzz::instruments()->find("BTCUSDT");
    switch (selector % 5) {
    case 0: {
        static constexpr int kIntervals[] = {1, 5, 60, 240, 1440};
        const auto result = parseKlines(body, spec, kIntervals[(selector / 5) % 5]);
        expectResult(result);
        if (const KlineMessage *klines = std::get_if<KlineMessage>(&result))
            for (std::size_t i = 1; i < klines->candles.size(); ++i)
                VIRTUOSO_FUZZ_CHECK(klines->candles[i - 1].startMs <= klines->candles[i].startMs);
        break;
    }
    case 1:
        expectResult(parseRecentTrades(body, spec));
        break;
    case 2:
        expectResult(parseSeries(body, "openInterest", "timestamp"));
        break;
    case 3:
        expectResult(parseSeries(body, "fundingRate", "fundingRateTimestamp"));
        break;
    default:
        expectResult(parseSeries(body, "buyRatio", "timestamp"));
        break;
    }
}

void privateRest(std::uint8_t selector, std::string_view body)
{
    using namespace virtuoso::trading;
    const auto catalog = fuzz::instruments();
    const InstrumentLookup lookup = [&catalog](std::string_view symbol) { return catalog->find(symbol); };
    ParseIssues issues;
    std::string next;
    bool ok = false;
    switch (selector % 7) {
    case 0: {
        RestEnvelope envelope;
        ok = parseEnvelope(body, envelope, issues);
        fuzz::touch(envelope.retMsg);
        break;
    }
    case 1: {
        std::string orderId, linkId;
        ok = parseOrderAck(body, orderId, linkId, issues);
        fuzz::touch(orderId);
        fuzz::touch(linkId);
        break;
    }
    case 2: {
        qint64 ms = 0;
        ok = parseServerTime(body, ms, issues);
        break;
    }
    case 3: {
        std::vector<OrderUpdate> out;
        ok = parseOrderList(body, lookup, out, next, issues);
        break;
    }
    case 4: {
        std::vector<Execution> out;
        ok = parseExecutionList(body, lookup, out, next, issues);
        break;
    }
    case 5: {
        std::vector<PositionReport> out;
        ok = parsePositionList(body, lookup, out, next, issues);
        break;
    }
    default: {
        WalletReport wallet;
        ok = parseWalletBalance(body, "USDT", wallet, issues);
        break;
    }
    }
    VIRTUOSO_FUZZ_CHECK(ok == issues.ok());
    fuzz::touch(issues.error);
    fuzz::touch(next);
    for (const std::string &skipped : issues.skipped)
        fuzz::touch(skipped);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const std::uint8_t selector = data[0];
    const std::string_view body = fuzz::asText(data + 1, size - 1);
    switch (selector % 3) {
    case 0:
        instruments(body);
        break;
    case 1:
        history(selector / 3, QByteArray(body.data(), qsizetype(body.size())));
        break;
    default:
        privateRest(selector / 3, body);
        break;
    }
    return 0;
}
