#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

namespace virtuoso::bench {

// A fast Bybit-like public stream for load tests: a WebSocket server on 127.0.0.1 (its own thread,
// plain POSIX sockets) that answers the upgrade, acknowledges every subscribe/unsubscribe, answers
// ping ops and WebSocket pings, and streams one symbol's orderbook.50 deltas at a set rate. The
// frames are made once (bench/market/BookDeltaFrames.h: 5–20 levels each, a consistent book) and
// written from one buffer, so sending costs next to nothing: a snapshot, the deltas in order, and
// the snapshot again when the cycle starts over (it replaces the book, as Bybit's snapshots do).
// Tickers get a snapshot on subscribe and a delta every 100 ms, so no topic the client watches
// goes silent; the other topics are acknowledged and stay quiet.
class BookStreamSender
{
public:
    struct Settings
    {
        std::size_t cycle = 32768;    // deltas before the snapshot is sent again
        int tickUs = 200;             // how often the due frames are written (one write per tick)
        bool waitForSubscribe = true; // false: stream right after the handshake (clients that do not subscribe)
    };

    explicit BookStreamSender(Settings settings);
    ~BookStreamSender();
    BookStreamSender(const BookStreamSender &) = delete;
    BookStreamSender &operator=(const BookStreamSender &) = delete;

    bool listening() const { return m_listenFd >= 0; }
    std::uint16_t port() const { return m_port; }
    // Deltas per second from now on; 0 pauses, a negative rate sends as fast as the client reads.
    void setRate(double perSecond);

    std::uint64_t deltasSent() const { return m_sent.load(std::memory_order_relaxed); }
    std::uint64_t snapshotsSent() const { return m_snapshots.load(std::memory_order_relaxed); }
    int connections() const { return m_connections.load(std::memory_order_relaxed); }
    bool streaming() const { return m_streaming.load(std::memory_order_relaxed); }

private:
    void run();
    bool handshake(int fd);
    void handleInput(int fd);
    void handleOp(int fd, const std::string &json);
    void sendFrame(int fd, std::uint8_t opcode, const std::string &payload);
    void sendDue(int fd, std::int64_t nowNs);
    void writeAll(int fd, const char *data, std::size_t size);
    void sendTicker(int fd, bool snapshot);

    Settings m_settings;
    std::string m_snapshotFrame;        // the snapshot as a WebSocket frame
    std::string m_wire;                 // every delta as a WebSocket frame, back to back
    std::vector<std::size_t> m_offsets; // m_offsets[i]: where delta i starts; one more for the end
    std::size_t m_next = 0;             // the next delta of the cycle
    int m_listenFd = -1;
    std::uint16_t m_port = 0;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<double> m_rate{0};
    std::atomic<std::uint64_t> m_rateEpoch{0}; // bumped by setRate: the pacing starts over
    std::atomic<std::uint64_t> m_sent{0};
    std::atomic<std::uint64_t> m_snapshots{0};
    std::atomic<int> m_connections{0};
    std::atomic<bool> m_streaming{false};
    // Sender thread only.
    std::string m_in;
    bool m_bookSubscribed = false;
    bool m_tickerSubscribed = false;
    std::int64_t m_nextTickerNs = 0;
    std::uint64_t m_tickerSeq = 0;
    std::uint64_t m_seenEpoch = ~0ull; // the pacing's start: rate epoch, time, deltas sent then
    std::int64_t m_rateStartNs = 0;
    std::uint64_t m_sentAtStart = 0;
};

} // namespace virtuoso::bench
