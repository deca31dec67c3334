// Fuzz target over the paper account's files (core/trading/PaperAccountFile): the document and its
// change lines read and merged, then the matching engine taking what they hold, then the engine at work on it — a book,
// a trade through every resting order, a market order, the queries — and the account written and read back.
//
// Whatever the file says, reading either refuses it with a reason or yields an image; restoring
// either refuses it with a reason or yields an engine whose arithmetic stays in range (UBSan sees
// any overflow) and whose image reads back the same.
#include "FuzzSupport.h"

#include "model/trading/MatchingEngine.h"
#include "trading/PaperAccountFile.h"

using namespace virtuoso;
using namespace virtuoso::trading;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    const std::string_view text = fuzz::asText(data, size);
    // The account's document (indented, so its lines never start with `{"`) up to the first line
    // that does — a compact change line — then its changes, one a line, as PATH and PATH.changes hold them.
    const QByteArray bytes(text.data(), qsizetype(text.size()));
    const qsizetype split = bytes.indexOf("\n{\"");
    std::string error;
    std::optional<AccountImage> image = paper_file::fromJson(split < 0 ? bytes : bytes.left(split), &error);
    VIRTUOSO_FUZZ_CHECK(image.has_value() == error.empty());
    if (!image)
        return 0;
    if (split >= 0) {
        for (const QByteArray &line : bytes.mid(split + 1).split('\n')) {
            std::optional<AccountImage> change = paper_file::changeFromJson(line, &error);
            VIRTUOSO_FUZZ_CHECK(change.has_value() == error.empty());
            if (change)
                paper_file::merge(*image, *change, 1000, 1000);
        }
    }

    MatchingEngine engine;
    if (!engine.restore(*image, &error)) {
        VIRTUOSO_FUZZ_CHECK(!error.empty());
        return 0;
    }
    // What was restored is what an image of it says, and it reads back.
    const AccountImage again = engine.image(image->account, 1000, 1000);
    VIRTUOSO_FUZZ_CHECK(again.openOrders.size() == image->openOrders.size());
    VIRTUOSO_FUZZ_CHECK(again.positions.size() == image->positions.size());
    const std::optional<AccountImage> reread = paper_file::fromJson(paper_file::toJson(again, 0), &error);
    VIRTUOSO_FUZZ_CHECK(reread && reread->openOrders.size() == again.openOrders.size());

    // The engine at work on it.
    const qint64 now = 1'700'000'000'000;
    for (const exchange::InstrumentSpec &spec : image->instruments) {
        const std::string symbol = spec.symbol.toStdString();
        engine.onMark(symbol, 1'000, now);
        engine.onBook(symbol, {{999, 50}}, {{1'001, 50}}, now);
        engine.onTrade(symbol, exchange::Side::Sell, 1, 1'000'000, now);
        engine.onTrade(symbol, exchange::Side::Buy, 1'000'000'000'000, 1'000'000, now);
        NewOrder order;
        order.symbol = symbol;
        order.type = OrderType::Market;
        order.quantity = 1;
        (void)engine.create(image->account, order, now);
    }
    (void)engine.wallet(image->account);
    (void)engine.positions(image->account, {});
    (void)engine.openOrders(image->account, {});
    return 0;
}
