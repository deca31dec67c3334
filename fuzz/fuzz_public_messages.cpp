// Fuzz target over the public stream's message path: each line of the input is one text message as
// the WebSocket reader hands it over (followed by kWebSocketMessagePadding zero bytes and nothing
// more), decoded in place onto the instruments' grids, then applied by the feed applier to the
// market state (books, trades, tickers, candles, liquidations) and fed to the confluence engine.
// The books, candles and summaries are read back after the last message. Each message is also decoded
// by the general JSON path alone: when the order book's one-pass reader took a message, the general
// path must decode it to the same book.
#include "FuzzInstruments.h"
#include "FuzzSupport.h"

#include "base/Clock.h"
#include "connector/FeedApplier.h"
#include "connector/PublicMessageDecoder.h"
#include "connector/WebSocketFrames.h"
#include "model/confluence/ConfluenceSettings.h"
#include "model/health/TimeoutJournal.h"

using namespace virtuoso;
using namespace virtuoso::exchange;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    ManualClock clock;
    health::TimeoutJournal journal{clock};
    MessageQueue queue{512};
    FeedApplier applier{{&queue}, {QStringLiteral("conn_0")}, journal, clock, 1000};
    applier.setCatalog(fuzz::instruments());
    applier.attachConfluence(confluence::ConfluenceSettings{});
    int resyncs = 0;
    applier.setResyncHandler([&resyncs](int, const QString &topic, const QString &reason) {
        resyncs += static_cast<int>(topic.size() + reason.size()) > 0;
    });
    PublicMessageDecoder decoder(fuzz::instruments());
    PublicMessageDecoder general(fuzz::instruments());
    general.setCanonicalPath(false);
    PublicMessage generalMessage;

    for (std::string_view line : fuzz::split(fuzz::asText(data, size), '\n', 400)) {
        const fuzz::PaddedCopy message(line, kWebSocketMessagePadding);
        PublicMessage *slot = queue.tryBeginPush();
        VIRTUOSO_FUZZ_CHECK(slot != nullptr); // drained after every message
        const quint64 canonicalBefore = decoder.canonicalCount();
        decoder.decodePadded(message.view(), clock.monotonicNs(), *slot);
        general.decodePadded(message.view(), clock.monotonicNs(), generalMessage);
        if (decoder.canonicalCount() != canonicalBefore) {
            const auto *fast = slot->as<OrderBookMessage>();
            const auto *exact = generalMessage.as<OrderBookMessage>();
            VIRTUOSO_FUZZ_CHECK(fast && exact);
            VIRTUOSO_FUZZ_CHECK(fast->topic == exact->topic && fast->snapshot == exact->snapshot &&
                                fast->updateId == exact->updateId && fast->seq == exact->seq &&
                                fast->tsMs == exact->tsMs && fast->ctsMs == exact->ctsMs && fast->bids == exact->bids &&
                                fast->asks == exact->asks);
        } else {
            VIRTUOSO_FUZZ_CHECK(slot->body.index() == generalMessage.body.index());
        }
        slot->connectionIndex = 0;
        if (const DecodeError *error = slot->as<DecodeError>())
            fuzz::touch(error->detail);
        queue.commitPush();
        clock.advanceMs(7);
        applier.drain();
    }
    VIRTUOSO_FUZZ_CHECK(decoder.decodedCount() + decoder.errorCount() > 0);

    for (const MarketSummary &summary : applier.summaries()) {
        const QString symbol = summary.symbol;
        for (int depth : {1, 50, 200})
            (void)applier.orderBook(symbol, depth);
        for (int interval : {1, 5, 60, 1440})
            (void)applier.candles(symbol, interval, 100);
    }
    (void)applier.confluenceSignals();
    fuzz::drainEvents();
    return 0;
}
