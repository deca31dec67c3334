#pragma once

#include "connector/WebSocketTransport.h"
#include "model/market/InstrumentSpec.h"
#include "model/market/PublicMessage.h"
#include "trading/OrderManager.h"
#include "trading/Venue.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

class QTimer;

namespace virtuoso {
class Clock;
class Config;
namespace store {
class AuditLog;
}
} // namespace virtuoso

namespace virtuoso::trading {

class AuditJournal;
class PaperVenue;

// How the program trades, from [trading], [risk] and [exchange] (fromConfig), plus what the core
// knows at start (the embedded simulator's address and account).
struct TradingServiceSettings
{
    VenueKind venue = VenueKind::Paper;
    bool allowLive = false;
    // The operator typed the confirmation for a live venue in this session (GUI dialog, or the
    // --confirm-live option of a command). A live venue without it is refused.
    bool liveConfirmed = false;
    double paperBalance = 10'000;
    TradingSettings manager;
    QUrl restUrl;   // empty: the venue's own
    QUrl streamUrl; // empty: the venue's own
    qint64 recvWindowMs = 5'000;
    // How long signed REST stops after an HTTP 403: an IP ban holds for the public and the private
    // side alike, so both follow rest.ban_pause_s.
    qint64 restBanPauseMs = 600'000;
    int dcpWindowSeconds = 0;
    exchange::WebSocketTransportSettings transport; // the private stream's, as the public connections'
    std::string apiKey;                             // empty for paper
    std::string apiSecret;                          // wiped when the service ends
    QString auditPath;                              // empty: store::AuditLog::defaultPath()

    struct Result;
    // Reads the sections; API credentials from exchange.api_key/api_secret or api_key_file (a
    // two-line file, mode 0600). An error says what to fix.
    static Result fromConfig(const Config &config);
};

struct TradingServiceSettings::Result
{
    std::optional<TradingServiceSettings> settings;
    QString error;
};

// What the API and the desk show, copied out of the trading thread after every change.
struct TradingView
{
    struct OrderRow
    {
        Order order;
        std::string price;    // on the instrument's grid; empty for market orders
        std::string quantity; // ditto
        std::string filled;
        double averagePrice = 0; // of the fills seen; 0 without any
        std::string takeProfit;  // what the order carries for the position, on the grid; empty: none
        std::string stopLoss;
    };
    struct ExecutionRow
    {
        Execution execution;
        std::string price;
        std::string quantity;
    };
    struct PositionRow
    {
        std::string symbol;
        double size = 0; // in the base coin, signed
        std::string sizeText;
        double averageEntry = 0;
        double mark = 0;
        double unrealisedPnl = 0;
        double realisedPnl = 0; // since the service started, net of fees
        double fees = 0;
        double liquidationPrice = 0; // as the venue reports it; 0 unknown
        std::string takeProfit;      // the position's, on the instrument's grid; empty: none
        std::string stopLoss;
    };
    // The account's equity and today's PnL, sampled while the service runs.
    struct EquityPoint
    {
        qint64 timeMs = 0;
        double equity = 0;
        double dailyPnl = 0;
    };

    VenueKind venue = VenueKind::Paper;
    bool running = false;
    QString error; // why trading is not running
    bool streamUp = false;
    std::string streamReason;
    qint64 lastReconcileMs = 0; // 0: not reconciled with the venue yet
    bool lastReconcileOk = false;
    bool killEngaged = false;
    KillReport lastKill;
    RiskLimits limits;
    double dailyPnl = 0;
    double realisedPnl = 0;
    double unrealisedPnl = 0;
    WalletReport wallet;
    std::vector<OrderRow> orders;         // newest first: every open order, then the most recent others
    std::vector<ExecutionRow> executions; // newest first
    std::vector<PositionRow> positions;
    // Oldest first, one point every TradingService::kEquitySampleMs, at most a day of them; shared
    // between views until the next sample.
    std::shared_ptr<const std::vector<EquityPoint>> equity;
    qint64 startedMs = 0; // when trading started (the session's first point); 0: not running
    qint64 timeMs = 0;
    quint64 revision = 0;
};
using TradingViewPtr = std::shared_ptr<const TradingView>;

// A ticket's order in text, as an operator or a client types it; validated on the trading thread.
struct OrderTicket
{
    std::string symbol;
    std::string side;        // "Buy" / "Sell" (any case)
    std::string type;        // "Market" / "Limit"
    std::string quantity;    // in the base coin, on the lot grid
    std::string price;       // limit orders, on the tick grid
    std::string timeInForce; // GTC (default), IOC, FOK, PostOnly
    bool reduceOnly = false;
    std::string takeProfit; // for the whole position once filled, on the tick grid; empty: none
    std::string stopLoss;
    std::string tpTriggerBy; // LastPrice (default) or MarkPrice
    std::string slTriggerBy;
};

// What the risk gate would say to a ticket now (the desk shows it before the operator sends).
struct TicketPreview
{
    std::string error;     // the ticket cannot be read (a field, an unknown symbol, trading off)
    RiskDecision decision; // rule None: it would pass
    double notional = 0;   // price (the limit, else the mark) × quantity in the quote coin; 0 unknown
};

// The trading of this process: one venue, its order manager, the audit log, and a view for
// readers. Lives on the trading thread; the thread-safe methods say so. The market it needs
// (instruments, marks, and for the paper broker the books and trades) is handed in by the core.
class TradingService final : public QObject
{
    Q_OBJECT
public:
    TradingService(TradingServiceSettings settings, const Clock &clock, QObject *parent = nullptr);
    ~TradingService() override;

    // Trading thread. Opens the audit log, builds the venue and starts it. False with the reason
    // (a live venue without both opt-ins, missing keys, an unusable audit log).
    bool start(QString *error);
    void stop();

    // Thread-safe: the newest view (never null).
    TradingViewPtr view() const;

    // Trading thread: the market.
    void setInstruments(const std::vector<exchange::InstrumentSpec> &instruments);
    void onMark(const std::string &symbol, Ticks markTicks);
    void onBook(const std::string &symbol, const std::vector<exchange::BookLevel> &bids,
                const std::vector<exchange::BookLevel> &asks);
    void onTrade(const std::string &symbol, exchange::Side takerSide, Ticks price, Lots size);
    bool wantsBooks() const { return m_paper != nullptr; }

    // Trading thread: what an operator asks for.
    PlaceResult place(const OrderTicket &ticket);
    TicketPreview preview(const OrderTicket &ticket) const;
    std::string cancel(const std::string &orderLinkId);
    // Changes an open order's price and/or quantity (the ladder's drag, the orders table's cells);
    // an error text when it cannot be asked.
    std::string amend(const std::string &orderLinkId, std::optional<Ticks> price, std::optional<Lots> quantity);
    // The same with decimal text as an operator types it ("60000.5", "0.002"; empty leaves it), on
    // the order's instrument grids: the API's and the command line's amend.
    struct AmendAnswer
    {
        enum class Outcome { Sent, NoOrder, Invalid, RiskRefused, NotNow };
        Outcome outcome = Outcome::Sent;
        std::string error; // empty when sent
    };
    AmendAnswer amendText(const std::string &orderLinkId, const std::string &priceText,
                          const std::string &quantityText);
    void cancelAll(const std::string &symbol);
    void engageKillSwitch(const std::string &reason, OrderManager::KillDone done = {});
    bool resetKillSwitch(std::string *error);

    OrderManager *manager() { return m_manager.get(); }
    const exchange::InstrumentSpec *instrument(const std::string &symbol) const;

signals:
    // After every change of the view, with the new view (queued to whoever listens). A listener on
    // another thread takes the view from here, never from view() of this object: a call queued to
    // it may run after this service is gone.
    void viewChanged(virtuoso::trading::TradingViewPtr view);

public:
    // One equity sample this often, a day of them kept.
    static constexpr qint64 kEquitySampleMs = 10'000;
    static constexpr std::size_t kEquityPoints = 8'640;

private:
    void publish();
    void sampleEquity();
    // The ticket in the manager's terms, or nothing with the reason.
    std::optional<OrderRequest> requestOf(const OrderTicket &ticket, std::string *error) const;

    TradingServiceSettings m_settings;
    const Clock &m_clock;
    std::unordered_map<std::string, exchange::InstrumentSpec> m_instruments;
    std::unordered_map<std::string, Ticks> m_marks; // marks that came before start()
    std::unique_ptr<store::AuditLog> m_audit;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<Venue> m_venue;
    PaperVenue *m_paper = nullptr; // m_venue when it is the paper broker
    std::unique_ptr<OrderManager> m_manager;
    QTimer *m_timer = nullptr;
    bool m_publishQueued = false;
    quint64 m_revision = 0;
    QString m_error;
    qint64 m_startedMs = 0;
    qint64 m_lastSampleMs = 0;
    std::shared_ptr<const std::vector<TradingView::EquityPoint>> m_equity;

    mutable std::mutex m_viewMutex;
    TradingViewPtr m_view;
};

} // namespace virtuoso::trading
