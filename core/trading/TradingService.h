#pragma once

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
    int dcpWindowSeconds = 0;
    std::string apiKey;    // empty for paper
    std::string apiSecret; // wiped when the service ends
    QString auditPath;     // empty: store::AuditLog::defaultPath()

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
    std::string cancel(const std::string &orderLinkId);
    // Moves an open order to `priceTicks` (the ladder's drag); an error text when it cannot be asked.
    std::string amend(const std::string &orderLinkId, Ticks priceTicks);
    void cancelAll(const std::string &symbol);
    void engageKillSwitch(const std::string &reason, OrderManager::KillDone done = {});
    bool resetKillSwitch(std::string *error);

    OrderManager *manager() { return m_manager.get(); }
    const exchange::InstrumentSpec *instrument(const std::string &symbol) const;

signals:
    // After every change of the view (queued to whoever listens).
    void viewChanged();

private:
    void publish();

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

    mutable std::mutex m_viewMutex;
    TradingViewPtr m_view;
};

} // namespace virtuoso::trading
