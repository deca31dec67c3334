#pragma once

#include "model/trading/MatchingEngine.h"
#include "sim/exchange/SimAccounts.h"
#include "sim/market/SimTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

class FaultBoard;
class MarketSimulator;
class PrivateStreams;
struct Fault;

// The simulator's exchange: the accounts and their orders on the shared matching engine, fed by the
// synthetic market. It sits between the market and the public streams (every book change, trade and
// ticker passes through it), turns the engine's reports into private-stream messages, and keeps the
// per-account state of the private faults and of disconnect-cancel-all (DCP).
class SimExchange : public MarketListener, public trading::MatchingListener
{
public:
    // `clock` is the exchange's (skewed) clock; the engine's times are its epoch ms.
    SimExchange(MarketSimulator &market, const Clock &clock, FaultBoard &faults);
    ~SimExchange() override;

    void setDownstream(MarketListener *next) { m_next = next; }
    void setStreams(PrivateStreams *streams) { m_streams = streams; }

    bool addAccount(const SimAccount &account);
    const SimAccount *account(const QString &key) const;
    QStringList accountKeys() const;

    trading::MatchingEngine &engine() { return *m_engine; }
    const trading::MatchingEngine &engine() const { return *m_engine; }
    const exchange::InstrumentSpec *spec(const QString &symbol) const;
    qint64 nowMs() const;

    // Makes sure the engine holds the current book and mark of `symbol` and keeps receiving them.
    void watch(const QString &symbol);
    // Hands the books that changed since the last call to the engine (after each market advance).
    void flushBooks();
    exchange::Ticks markTicks(const QString &symbol) const;

    // MarketListener: forwarded to the public streams, and to the engine for watched symbols.
    void onBookChange(const BookChange &change) override;
    void onTrades(const QString &symbol, const std::vector<TradePrint> &trades) override;
    void onCandle(const QString &symbol, const Candle &candle) override;
    void onTicker(const TickerState &ticker) override;
    void onLiquidations(const std::vector<Liquidation> &liquidations) override;

    // MatchingListener: the private stream's messages.
    void onOrder(const std::string &account, const trading::ExchangeOrder &order) override;
    void onExecution(const std::string &account, const trading::ExchangeExecution &execution) override;
    void onPosition(const std::string &account, const trading::ExchangePosition &position) override;
    void onWallet(const std::string &account, const trading::ExchangeWallet &wallet) override;

    // Disconnect-cancel-all: the window of an account (0: off).
    void setDcpWindow(const QString &key, int seconds);
    int dcpWindow(const QString &key) const;
    // The private stream reports the account's authenticated connections.
    void connectionsChanged(const QString &key, int connections);

    // Private faults. ack_lost: true when this create's answer is to be lost (consumes one).
    void fire(const Fault &fault);
    bool takeAckLost(const QString &key);

    // Releases held stream messages, runs DCP deadlines.
    void tick();

    // The account as the engine holds it, printed as the private API prints it (the control API's truth).
    QJsonObject truth(const QString &key) const;

    // Each account's opening at debug level rather than notice (SimulatorOptions::quiet).
    void setQuiet(bool quiet) { m_quiet = quiet; }

private:
    struct Held
    {
        qint64 dueMonoMs = 0;
        QString key;
        QString topic;
        QJsonArray data;
    };
    void publish(const QString &key, const QString &topic, const QJsonArray &data);
    void maybeDrop(const QString &key, trading::OrderStatus status);

    MarketSimulator &m_market;
    const Clock &m_clock;
    FaultBoard &m_faults;
    bool m_quiet = false;
    std::unique_ptr<trading::MatchingEngine> m_engine;
    MarketListener *m_next = nullptr;
    PrivateStreams *m_streams = nullptr;
    std::map<QString, SimAccount> m_accounts;
    QSet<QString> m_watched;
    QSet<QString> m_dirtyBooks;
    std::map<QString, exchange::Ticks> m_marks;
    std::map<QString, int> m_dcpSeconds;
    std::map<QString, qint64> m_dcpDeadlineMonoMs;
    std::vector<Held> m_held;
    int m_ackLost = 0;
    QString m_ackLostAccount = QStringLiteral("all");
    std::optional<std::pair<QString, QString>> m_dropArmed; // account, trigger
};

} // namespace virtuoso::sim
