#pragma once

#include "connector/InstrumentCatalog.h"
#include "model/market/PublicMessage.h"

#include <cstddef>
#include <memory>
#include <string_view>

namespace virtuoso::exchange {

// Decodes text frames of Bybit's public linear stream into typed messages, on the network thread.
// simdjson on-demand parsing into reused buffers: decoding into the same PublicMessage again reuses
// its level vectors, so the steady state allocates nothing. Bad input of any kind (malformed,
// truncated, wrong types, unknown symbols, off-grid prices) becomes a DecodeError; no exception
// escapes. One decoder per network thread (not thread-safe); the catalog it reads is shared.
class PublicMessageDecoder
{
public:
    static constexpr std::size_t kMaxFrameBytes = 16 * 1024 * 1024;

    explicit PublicMessageDecoder(std::shared_ptr<const InstrumentCatalog> catalog);
    ~PublicMessageDecoder();
    PublicMessageDecoder(const PublicMessageDecoder &) = delete;
    PublicMessageDecoder &operator=(const PublicMessageDecoder &) = delete;

    // Replaces the catalog (after an instruments refresh); the next frame uses the new one.
    void setCatalog(std::shared_ptr<const InstrumentCatalog> catalog);
    const std::shared_ptr<const InstrumentCatalog> &catalog() const { return m_catalog; }

    // Decodes `frame` into `out`, reusing out's vectors when it already holds the same kind of
    // message (the hand-over queue's slots do). Sets out.receivedNs; leaves out.connectionIndex.
    void decode(std::string_view frame, qint64 receivedNs, PublicMessage &out) noexcept;
    // The same for a frame followed in memory by at least kWebSocketMessagePadding zero bytes
    // (NativeWebSocketTransport's messages): parsed in place, without a copy.
    void decodePadded(std::string_view frame, qint64 receivedNs, PublicMessage &out) noexcept;
    // Convenience for tests and cold paths.
    PublicMessage decode(std::string_view frame, qint64 receivedNs);

    // Frames decoded and frames that became DecodeError, since construction.
    quint64 decodedCount() const { return m_decoded; }
    quint64 errorCount() const { return m_errors; }
    // Order book frames in the exchange's own shape are read in one pass over their text, without
    // the general JSON parser (on by default; off, every frame takes the general path, which tests
    // compare it with). canonicalCount(): the frames that path decoded.
    void setCanonicalPath(bool enabled) { m_canonicalPath = enabled; }
    quint64 canonicalCount() const { return m_canonical; }

private:
    void decode(std::string_view frame, bool padded, qint64 receivedNs, PublicMessage &out) noexcept;

    struct Parser; // simdjson state and the padded input buffer
    std::unique_ptr<Parser> m_parser;
    std::shared_ptr<const InstrumentCatalog> m_catalog;
    quint64 m_decoded = 0;
    quint64 m_errors = 0;
    quint64 m_canonical = 0;
    bool m_canonicalPath = true;
};

} // namespace virtuoso::exchange
