#pragma once

#include "model/trading/MatchingEngine.h"
#include "trading/PaperAccountFile.h"
#include "trading/Venue.h"

#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>
#include <set>
#include <string>

namespace virtuoso::trading {

// The paper broker: orders are matched against the live public market by the same matching engine
// the simulator's exchange uses, for one account ("paper") with a starting balance. Nothing leaves
// the program. The owner feeds it the public book, trades and mark price of each symbol it trades.
//
// Requests are answered at once: the engine's reports of the request (order, fills, position,
// wallet) reach the listener first, then the request's callback runs, before the call returns —
// on the owner's thread, exactly once, as the Venue contract asks. Reports go to the listener only
// between start() and stop(); the matching goes on regardless, so reconciling after start() through
// the queries sees everything.
//
// The account outlives the program when it is kept in a file (keepAccountIn): a request's changes
// are on the disk before its answer is given, and a fill the market makes before the market event
// returns, so an order the order manager saw acknowledged is still there after a crash.
class PaperVenue final : public Venue, private MatchingListener
{
public:
    static constexpr const char *kAccount = "paper";
    using Clock = std::function<qint64()>;

    explicit PaperVenue(double startingUsdt = 10000, MatchingSettings settings = {});
    ~PaperVenue() override;

    VenueKind kind() const override { return VenueKind::Paper; }
    void start() override;
    void stop() override;
    bool running() const { return m_running; }

    // Restores the account from `path` when the file exists, and saves it there after every change
    // from now on. One program at a time keeps an account: `path`.lock is held until the venue goes
    // (a crashed holder's lock is taken over). False, with the reason and the account untouched, when the file cannot
    // be read or does not hold a paper account this engine can take; the caller must not trade then, or the account in
    // the file would be overwritten.
    bool keepAccountIn(const QString &path, std::string *error);
    // The last save's failure ("" when it worked or nothing was saved yet).
    const std::string &saveError() const { return m_saveError; }
    // How many orders, finished ones and executions the file keeps (the newest); tests set fewer.
    static constexpr std::size_t kKeepFinished = 1000;
    static constexpr std::size_t kKeepExecutions = 1000;
    // After this many changes the account is written whole and the change file starts again.
    static constexpr std::size_t kChangesPerSave = 1000;

    // The time of requests (epoch ms); the wall clock unless set (tests set their own).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The public market.
    void addInstrument(const exchange::InstrumentSpec &spec);
    void onBook(const std::string &symbol, const std::vector<exchange::BookLevel> &bids,
                const std::vector<exchange::BookLevel> &asks, qint64 nowMs);
    void onTrade(const std::string &symbol, exchange::Side takerSide, Ticks price, Lots size, qint64 nowMs);
    void onMark(const std::string &symbol, Ticks markTicks, qint64 nowMs);

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

    const MatchingEngine &engine() const { return m_engine; }

    // The engine's records as venue reports (also of use to the simulator's tests).
    static OrderUpdate toOrderUpdate(const ExchangeOrder &order);
    static Execution toExecution(const ExchangeExecution &execution);
    // Fees and other money as an exact decimal of 10 places (finer amounts are rounded to it).
    static exchange::Decimal toDecimal(double value);
    PositionReport toPositionReport(const ExchangePosition &position) const;
    WalletReport toWalletReport(const ExchangeWallet &wallet, qint64 nowMs) const;

private:
    void onOrder(const std::string &account, const ExchangeOrder &order) override;
    void onExecution(const std::string &account, const ExchangeExecution &execution) override;
    void onPosition(const std::string &account, const ExchangePosition &position) override;
    void onWallet(const std::string &account, const ExchangeWallet &wallet) override;

    qint64 now() const;
    static VenueReply reply(const MatchResult &result);
    // Writes what changed since the last write: one line of changes, or the account whole.
    void saveIfChanged();
    bool writeChanges(std::string *why);
    // Answers a request in a symbol whose grid changed under the kept account (refused); false otherwise.
    bool refusedForGrid(const std::string &symbol, ReplyFn &done) const;
    void noteChange(const std::string &symbol, const std::string &orderId);

    MatchingEngine m_engine;
    double m_startingUsdt = 0;
    bool m_running = false;
    Clock m_clock;
    QString m_path;                    // empty: the account lives in memory only
    std::unique_ptr<QLockFile> m_lock; // held while the account is kept in m_path
    paper_file::ChangeLog m_changes;
    bool m_dirty = false;                      // something changed that is not on the disk yet
    bool m_needsWhole = false;                 // the next write is the account whole (first, or after a failure)
    std::vector<std::string> m_changedOrders;  // orderIds, in the order they changed
    std::vector<std::string> m_changedSymbols; // whose position (and grid) changed
    std::vector<ExchangeExecution> m_newExecutions;
    std::set<std::string> m_gridChanged; // symbols whose catalog grid differs from the account's
    std::string m_saveError;
};

} // namespace virtuoso::trading
