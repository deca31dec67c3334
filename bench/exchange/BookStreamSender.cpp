#include "BookStreamSender.h"

#include "../market/BookDeltaFrames.h"
#include "connector/WebSocketHandshake.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace virtuoso::bench {

namespace {

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::int64_t epochMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string frame(std::uint8_t opcode, const std::string &payload)
{
    std::string out;
    out.push_back(static_cast<char>(0x80 | opcode));
    const std::uint64_t n = payload.size();
    if (n < 126) {
        out.push_back(static_cast<char>(n));
    } else if (n <= 0xFFFF) {
        out.push_back(static_cast<char>(126));
        out.push_back(static_cast<char>(n >> 8));
        out.push_back(static_cast<char>(n & 0xFF));
    } else {
        out.push_back(static_cast<char>(127));
        for (int i = 7; i >= 0; --i)
            out.push_back(static_cast<char>((n >> (8 * i)) & 0xFF));
    }
    return out + payload;
}

} // namespace

BookStreamSender::BookStreamSender(Settings settings)
    : m_settings(settings)
{
    const BookDeltaFrames frames = makeBookDeltaFrames(m_settings.cycle);
    m_snapshotFrame = frame(0x1, frames.snapshot);
    for (const std::string &delta : frames.deltas) {
        m_offsets.push_back(m_wire.size());
        m_wire += frame(0x1, delta);
    }
    m_offsets.push_back(m_wire.size());

    m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 ||
        ::listen(m_listenFd, 4) != 0 || ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        if (m_listenFd >= 0)
            ::close(m_listenFd);
        m_listenFd = -1;
        return;
    }
    m_port = ntohs(addr.sin_port);
    m_thread = std::thread([this] { run(); });
}

BookStreamSender::~BookStreamSender()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listenFd >= 0)
        ::close(m_listenFd);
}

void BookStreamSender::setRate(double perSecond)
{
    m_rate.store(perSecond, std::memory_order_relaxed);
    m_rateEpoch.fetch_add(1, std::memory_order_release);
}

void BookStreamSender::writeAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // the client went away; the next read notices
        data += n;
        size -= static_cast<std::size_t>(n);
    }
}

void BookStreamSender::sendFrame(int fd, std::uint8_t opcode, const std::string &payload)
{
    const std::string f = frame(opcode, payload);
    writeAll(fd, f.data(), f.size());
}

bool BookStreamSender::handshake(int fd)
{
    std::string head;
    char buffer[4096];
    while (head.find("\r\n\r\n") == std::string::npos) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 2000) <= 0)
            return false;
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0 || head.size() > 16384)
            return false;
        head.append(buffer, static_cast<std::size_t>(n));
    }
    const std::size_t end = head.find("\r\n\r\n") + 4;
    m_in = head.substr(end);
    QByteArray key;
    for (const QByteArray &line : QByteArray::fromStdString(head.substr(0, end)).split('\n'))
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(18).trimmed();
    const std::string response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                 "Sec-WebSocket-Accept: " +
                                 exchange::websocket_handshake::acceptFor(key).toStdString() + "\r\n\r\n";
    writeAll(fd, response.data(), response.size());
    return true;
}

void BookStreamSender::sendTicker(int fd, bool snapshot)
{
    ++m_tickerSeq;
    const std::string bid = m_tickerSeq % 2 ? "27449.90" : "27449.80";
    std::string data = R"({"symbol":"BTCUSDT","lastPrice":"27450.00","bid1Price":")" + bid + R"(","bid1Size":"1.000")";
    if (snapshot)
        data += R"(,"markPrice":"27450.10","indexPrice":"27450.20","ask1Price":"27450.10","ask1Size":"1.000")";
    data += "}";
    sendFrame(fd, 0x1,
              std::string(R"({"topic":"tickers.BTCUSDT","type":")") + (snapshot ? "snapshot" : "delta") +
                  R"(","data":)" + data + R"(,"cs":)" + std::to_string(m_tickerSeq) + R"(,"ts":)" +
                  std::to_string(epochMs()) + "}");
}

void BookStreamSender::handleOp(int fd, const std::string &json)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    const QString op = o.value(QLatin1String("op")).toString();
    QJsonObject ack{
        {"success", true}, {"ret_msg", op == u"ping" ? "pong" : ""}, {"conn_id", "bench-sender"}, {"op", op}};
    if (o.contains(QLatin1String("req_id")))
        ack.insert(QStringLiteral("req_id"), o.value(QLatin1String("req_id")));
    sendFrame(fd, 0x1, QJsonDocument(ack).toJson(QJsonDocument::Compact).toStdString());
    if (op != u"subscribe" && op != u"unsubscribe")
        return;
    const bool subscribe = op == u"subscribe";
    for (const QJsonValue &arg : o.value(QLatin1String("args")).toArray()) {
        const QString topic = arg.toString();
        if (topic.startsWith(QLatin1String("orderbook."))) {
            m_bookSubscribed = subscribe;
            if (subscribe) {
                writeAll(fd, m_snapshotFrame.data(), m_snapshotFrame.size());
                m_snapshots.fetch_add(1, std::memory_order_relaxed);
                m_next = 0;
            }
        } else if (topic.startsWith(QLatin1String("tickers."))) {
            m_tickerSubscribed = subscribe;
            if (subscribe)
                sendTicker(fd, true);
        }
    }
    m_streaming = m_bookSubscribed;
}

void BookStreamSender::handleInput(int fd)
{
    // Client frames: masked, small (ops, pings, close).
    for (;;) {
        if (m_in.size() < 2)
            return;
        const auto *p = reinterpret_cast<const unsigned char *>(m_in.data());
        const std::uint8_t opcode = p[0] & 0x0F;
        std::uint64_t n = p[1] & 0x7F;
        std::size_t at = 2;
        if (n == 126) {
            if (m_in.size() < 4)
                return;
            n = (std::uint64_t(p[2]) << 8) | p[3];
            at = 4;
        } else if (n == 127) {
            return; // never sent by the clients under test
        }
        if (m_in.size() < at + 4 + n)
            return;
        const unsigned char *mask = p + at;
        std::string payload(m_in.data() + at + 4, n);
        for (std::size_t i = 0; i < payload.size(); ++i)
            payload[i] = static_cast<char>(payload[i] ^ mask[i & 3]);
        m_in.erase(0, at + 4 + n);
        if (opcode == 0x1)
            handleOp(fd, payload);
        else if (opcode == 0x9)
            sendFrame(fd, 0xA, payload);
        else if (opcode == 0x8)
            sendFrame(fd, 0x8, payload.substr(0, 2));
    }
}

void BookStreamSender::sendDue(int fd, std::int64_t now)
{
    const std::uint64_t epoch = m_rateEpoch.load(std::memory_order_acquire);
    const double rate = m_rate.load(std::memory_order_relaxed);
    const std::uint64_t sent = m_sent.load(std::memory_order_relaxed);
    if (epoch != m_seenEpoch) {
        m_seenEpoch = epoch;
        m_rateStartNs = now;
        m_sentAtStart = sent;
    }
    if (rate == 0)
        return;
    std::uint64_t due = 512;
    if (rate > 0) {
        const auto target = static_cast<std::uint64_t>(static_cast<double>(now - m_rateStartNs) * rate / 1e9);
        due = target > sent - m_sentAtStart ? target - (sent - m_sentAtStart) : 0;
    }
    while (due > 0) {
        if (m_next == m_offsets.size() - 1) {
            writeAll(fd, m_snapshotFrame.data(), m_snapshotFrame.size());
            m_snapshots.fetch_add(1, std::memory_order_relaxed);
            m_next = 0;
        }
        const std::size_t n = std::min<std::size_t>(due, m_offsets.size() - 1 - m_next);
        writeAll(fd, m_wire.data() + m_offsets[m_next], m_offsets[m_next + n] - m_offsets[m_next]);
        m_next += n;
        due -= n;
        m_sent.fetch_add(n, std::memory_order_relaxed);
    }
}

void BookStreamSender::run()
{
    int client = -1;
    const std::int64_t tickNs = std::int64_t(m_settings.tickUs) * 1000;
    std::int64_t nextTick = nowNs();
    while (!m_stop.load(std::memory_order_relaxed)) {
        const std::int64_t now = nowNs();
        const bool pacing = client >= 0 && m_bookSubscribed && m_rate.load(std::memory_order_relaxed) != 0;
        const std::int64_t waitNs = pacing ? std::max<std::int64_t>(0, nextTick - now) : 50'000'000;
        pollfd fds[2] = {{m_listenFd, POLLIN, 0}, {client, POLLIN, 0}};
        const timespec timeout{static_cast<time_t>(waitNs / 1'000'000'000), static_cast<long>(waitNs % 1'000'000'000)};
        if (::ppoll(fds, client >= 0 ? 2 : 1, &timeout, nullptr) > 0) {
            if (fds[0].revents & POLLIN) {
                const int fd = ::accept(m_listenFd, nullptr, nullptr);
                if (fd >= 0) {
                    if (client >= 0)
                        ::close(client);
                    client = fd;
                    const int one = 1;
                    ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    m_bookSubscribed = m_tickerSubscribed = false;
                    m_in.clear();
                    if (!handshake(client)) {
                        ::close(client);
                        client = -1;
                    } else {
                        m_connections.fetch_add(1, std::memory_order_relaxed);
                        if (!m_settings.waitForSubscribe) {
                            m_bookSubscribed = true;
                            writeAll(client, m_snapshotFrame.data(), m_snapshotFrame.size());
                            m_next = 0;
                        }
                        handleInput(client);
                    }
                }
            }
            if (client >= 0 && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
                char buffer[8192];
                const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
                if (n <= 0) {
                    ::close(client);
                    client = -1;
                    m_bookSubscribed = m_tickerSubscribed = false;
                } else {
                    m_in.append(buffer, static_cast<std::size_t>(n));
                    handleInput(client);
                }
            }
        }
        m_streaming = client >= 0 && m_bookSubscribed;
        if (client < 0)
            continue;
        const std::int64_t t = nowNs();
        if (m_tickerSubscribed && t >= m_nextTickerNs) {
            sendTicker(client, false);
            m_nextTickerNs = t + 100'000'000;
        }
        if (m_bookSubscribed && t >= nextTick) {
            sendDue(client, t);
            nextTick = t + tickNs;
        }
    }
    if (client >= 0)
        ::close(client);
}

} // namespace virtuoso::bench
