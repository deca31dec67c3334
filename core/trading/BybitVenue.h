#pragma once

#include "trading/PrivateMessages.h"
#include "trading/PrivateRestClient.h"
#include "trading/PrivateStream.h"
#include "trading/Venue.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace virtuoso::trading {

struct ExecutionSweep;

struct BybitVenueSettings
{
    VenueKind kind = VenueKind::Testnet;
    QUrl restUrl;   // empty: the venue's own (defaultRestUrl)
    QUrl streamUrl; // empty: the venue's own (defaultStreamUrl)
    PrivateRestSettings rest;
    PrivateStreamSettings stream;
    // Disconnect protection: when > 0 (3–300 s), start() asks the exchange to cancel every order
    // this long after the private stream went away, and the stream subscribes `dcp.future`.
    int dcpWindowSeconds = 0;
    // The private stream's WebSocket, when no transport is passed in: the same implementation and
    // message limit as the public connections (`connection.transport`, `connection.max_message_mib`).
    exchange::WebSocketTransportSettings transport;
    int pollIntervalMs = 50;
    int maxPages = 200; // a query stops after this many pages (and says so)
};

// Mainnet, testnet and demo addresses; empty for the simulator and paper (they are configured).
QUrl defaultRestUrl(VenueKind kind);
QUrl defaultStreamUrl(VenueKind kind);

// One Bybit account (mainnet, testnet, demo, or the simulator speaking the same protocol): orders
// and queries through the signed PrivateRestClient, pushed reports from the PrivateStream. Lives
// on the trading thread; every callback runs there, exactly once. Queries are complete: pages are
// followed to the last one, executions window by window (the exchange serves 7 days a query).
class BybitVenue final : public QObject, public Venue, private PrivateStreamListener
{
    Q_OBJECT
public:
    // `http` and `transport` null: the real ones are created (QNetworkAccessManager, QWebSocket)
    // on this thread. Tests pass scripted ones.
    BybitVenue(BybitVenueSettings settings, std::shared_ptr<const exchange::RequestSigner> signer,
               InstrumentLookup lookup, const Clock &clock, PrivateHttp *http = nullptr,
               exchange::WebSocketTransport *transport = nullptr, QObject *parent = nullptr);
    ~BybitVenue() override;

    VenueKind kind() const override { return m_settings.kind; }
    void start() override;
    void stop() override;

    void create(const OrderIntent &intent, ReplyFn done) override;
    void amend(const std::string &symbol, const std::string &orderLinkId, const std::string &orderId,
               std::optional<Ticks> price, std::optional<Lots> quantity, ReplyFn done) override;
    void cancel(const std::string &symbol, const std::string &orderLinkId, const std::string &orderId,
                ReplyFn done) override;
    void cancelAll(const std::string &symbol, ReplyFn done) override;
    void setLeverage(const std::string &symbol, double leverage, ReplyFn done) override;

    void queryOrder(const std::string &symbol, const std::string &orderLinkId, OrdersFn done) override;
    void openOrders(OrdersFn done) override;
    void executionsSince(qint64 sinceMs, ExecutionsFn done) override;
    void positions(PositionsFn done) override;
    void wallet(WalletFn done) override;

    // Runs the REST client's and the stream's timers (the internal timer calls it too).
    void poll();

    PrivateRestClient &rest() { return *m_rest; }
    PrivateStream &stream() { return *m_stream; }
    const BybitVenueSettings &settings() const { return m_settings; }

private:
    template<typename Item>
    struct Paging;
    template<typename Item>
    void nextPage(std::shared_ptr<Paging<Item>> paging, const std::string &cursor);
    void nextExecutionWindow(std::shared_ptr<ExecutionSweep> sweep);
    void lookUpAfterDuplicate(const OrderIntent &intent, ReplyFn done);
    void enableDisconnectProtection();
    const exchange::InstrumentSpec *spec(const std::string &symbol) const;

    // PrivateStreamListener
    void onPrivateFrame(const PrivateFrame &frame) override;
    void onPrivateStreamState(bool up, const std::string &reason) override;

    BybitVenueSettings m_settings;
    std::shared_ptr<const exchange::RequestSigner> m_signer;
    InstrumentLookup m_lookup;
    const Clock &m_clock;
    std::unique_ptr<exchange::WebSocketTransport> m_ownTransport;
    PrivateRestClient *m_rest;
    std::unique_ptr<PrivateStream> m_stream;
    RequestBodyWriter m_writer;
    QTimer m_pollTimer;
    bool m_started = false;
};

} // namespace virtuoso::trading
