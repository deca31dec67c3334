// The WebSocket clients of the public streams, side by side: CPU of the receiving thread per
// orderbook.50 delta (5–20 levels, ~600 bytes) read over loopback from BookStreamSender, which
// writes as fast as the client reads (its own thread, not counted). "Receive" ends at the
// listener's onTransportText; "Decode" adds the connector's decode into a reused PublicMessage, as
// PublicMarketFeed does (in place for the native client, copied into padding for QWebSocket's).
//
//   build/bench/exchange/bench_transport --benchmark_min_time=2 --benchmark_repetitions=3
//
// The Google Benchmark CPU time is the benchmark thread's: the socket reads, the frame parsing, Qt's
// event dispatch and the listener, i.e. what the network thread spends per message.
#include "BookStreamSender.h"

#include "base/Clock.h"
#include "connector/InstrumentCatalog.h"
#include "connector/PublicMessageDecoder.h"
#include "connector/WebSocketTransport.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <benchmark/benchmark.h>

#include <memory>

using namespace virtuoso;
using namespace virtuoso::exchange;

namespace {

std::shared_ptr<const InstrumentCatalog> btcCatalog()
{
    InstrumentSpec btc;
    btc.symbol = *Symbol::from("BTCUSDT");
    btc.price = DecimalGrid(10, 2);
    btc.quantity = DecimalGrid(1, 3);
    return std::make_shared<const InstrumentCatalog>(std::vector<InstrumentSpec>{btc});
}

class CountingListener final : public WebSocketTransport::Listener
{
public:
    CountingListener(bool decode, bool padded)
        : m_decode(decode)
        , m_padded(padded)
        , m_decoder(btcCatalog())
    {}
    void onTransportOpened() override { opened = true; }
    void onTransportClosed(const QString &reason) override { closed = reason; }
    void onTransportText(const QByteArray &frame, qint64 receivedNs) override
    {
        ++messages;
        bytes += static_cast<quint64>(frame.size());
        if (!m_decode)
            return;
        const std::string_view text(frame.constData(), static_cast<size_t>(frame.size()));
        if (m_padded)
            m_decoder.decodePadded(text, receivedNs, m_message);
        else
            m_decoder.decode(text, receivedNs, m_message);
    }
    void onTransportReadDone() override { ++reads; }
    quint64 errors() const { return m_decoder.errorCount(); }

    bool opened = false;
    QString closed;
    quint64 messages = 0;
    quint64 bytes = 0;
    quint64 reads = 0;

private:
    bool m_decode;
    bool m_padded;
    PublicMessageDecoder m_decoder;
    PublicMessage m_message;
};

void runTransport(benchmark::State &state, WebSocketTransportKind kind, bool decode)
{
    bench::BookStreamSender::Settings settings;
    settings.waitForSubscribe = false;
    bench::BookStreamSender sender(settings);
    sender.setRate(-1);
    const auto transport = makeWebSocketTransport({kind}, Clock::system());
    CountingListener listener(decode, transport->padsTextMessages());
    transport->setListener(&listener);
    transport->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(sender.port())));
    QEventLoop loop;
    const auto pump = [&](quint64 until) {
        while (listener.messages < until && listener.closed.isEmpty())
            loop.processEvents(QEventLoop::WaitForMoreEvents);
    };
    pump(20'000); // warm-up: buffers at their size
    if (!listener.closed.isEmpty()) {
        state.SkipWithError(qPrintable(listener.closed));
        return;
    }
    constexpr quint64 kPerIteration = 4096;
    const quint64 startMessages = listener.messages;
    const quint64 startBytes = listener.bytes;
    const quint64 startReads = listener.reads;
    for (auto _ : state)
        pump(listener.messages + kPerIteration);
    const double messages = static_cast<double>(listener.messages - startMessages);
    state.SetItemsProcessed(static_cast<int64_t>(messages));
    state.SetBytesProcessed(static_cast<int64_t>(listener.bytes - startBytes));
    state.counters["ns_per_msg"] =
        benchmark::Counter(messages, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
    state.counters["msgs_per_read"] = messages / static_cast<double>(std::max<quint64>(1, listener.reads - startReads));
    if (listener.errors())
        state.SkipWithError("decode errors");
    transport->abort();
}

void BM_ReceiveNative(benchmark::State &state)
{
    runTransport(state, WebSocketTransportKind::Native, false);
}
void BM_ReceiveQWebSocket(benchmark::State &state)
{
    runTransport(state, WebSocketTransportKind::Qt, false);
}
void BM_ReceiveAndDecodeNative(benchmark::State &state)
{
    runTransport(state, WebSocketTransportKind::Native, true);
}
void BM_ReceiveAndDecodeQWebSocket(benchmark::State &state)
{
    runTransport(state, WebSocketTransportKind::Qt, true);
}
BENCHMARK(BM_ReceiveNative)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ReceiveQWebSocket)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ReceiveAndDecodeNative)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ReceiveAndDecodeQWebSocket)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
