#pragma once

#include "base/Clock.h"
#include "connector/RequestSigner.h"
#include "sim/market/InstrumentCatalog.h"
#include "sim/server/SimulatorService.h"
#include "trading/BybitVenue.h"
#include "trading/OrderManager.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <memory>
#include <set>

namespace virtuoso::test {

// The real order path end to end: an OrderManager over a BybitVenue (Qt HTTP and WebSocket over
// loopback) against an in-process simulator with one account. Simulator and client share a
// ManualClock: the market stands still unless the test moves time, so the manager's state can be
// compared with the simulator's truth without a fill slipping in between.
class TradingFixture : public ::testing::Test
{
protected:
    ManualClock clock{1'733'011'200'000};
    QString key;
    QByteArray secret;
    std::unique_ptr<sim::SimulatorService> sim;
    std::map<std::string, exchange::InstrumentSpec, std::less<>> specs;
    std::unique_ptr<trading::BybitVenue> venue;
    std::unique_ptr<trading::OrderManager> manager;
    int streamDowns = 0;
    int streamUps = 0;

    static QString randomText(int length)
    {
        static constexpr char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        QString out;
        for (int i = 0; i < length; ++i)
            out += QLatin1Char(kChars[QRandomGenerator::global()->bounded(int(sizeof kChars) - 1)]);
        return out;
    }

    void TearDown() override
    {
        if (manager)
            manager->stop();
        manager.reset();
        venue.reset();
        sim.reset();
    }

    void startSim(const QStringList &symbols)
    {
        key = randomText(18);
        secret = randomText(36).toLatin1();
        sim::SimulatorOptions options;
        options.clock = &clock;
        options.symbols = symbols;
        options.accounts.push_back(sim::SimAccount{key, secret, 1'000'000});
        sim = std::make_unique<sim::SimulatorService>(options);
        QString error;
        ASSERT_TRUE(sim->start(&error)) << error.toStdString();
        for (const QString &symbol : symbols) {
            const auto instrument = sim::instrumentForSymbol(symbol);
            ASSERT_TRUE(instrument);
            specs.emplace(symbol.toStdString(), instrument->spec);
        }
    }

    const exchange::InstrumentSpec *spec(std::string_view symbol) const
    {
        const auto it = specs.find(symbol);
        return it == specs.end() ? nullptr : &it->second;
    }

    const exchange::InstrumentSpec &specOf(const std::string &symbol) const { return specs.at(symbol); }

    void startTrading(trading::TradingJournal *journal = nullptr, trading::TradingSettings settings = {})
    {
        trading::BybitVenueSettings s;
        s.kind = trading::VenueKind::Simulator;
        s.restUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(sim->port()));
        s.streamUrl = QUrl(QStringLiteral("ws://127.0.0.1:%1/v5/private").arg(sim->port()));
        s.pollIntervalMs = 10;
        s.stream.backoff = {50, 2'000, 60'000}; // loopback: reconnect within 50 ms of (shared) clock
        venue = std::make_unique<trading::BybitVenue>(
            s, std::make_shared<exchange::RequestSigner>(key.toStdString(), secret.toStdString()),
            [this](std::string_view symbol) { return spec(symbol); }, clock);
        manager = std::make_unique<trading::OrderManager>(
            *venue, clock, [this](const std::string &symbol) { return spec(symbol); }, journal, settings);
        manager->setObserver([this, up = false]() mutable {
            if (manager->streamUp() != up) {
                up = manager->streamUp();
                ++(up ? streamUps : streamDowns);
            }
        });
        manager->start();
        // Up, and the first reconciliation (which reads the wallet) done.
        ASSERT_TRUE(until([&] { return manager->streamUp() && manager->wallet().walletBalance > 0; }, 20'000, 5))
            << manager->streamReason();
    }

    // Spins the event loop (and the venue's and manager's timers) until `done` holds or `timeoutMs`
    // of real time pass. With `clockStepMs` the shared clock moves that much per turn (the market,
    // backoffs and lookups run on it); 0 keeps the market still.
    bool until(const std::function<bool()> &done, int timeoutMs = 20'000, qint64 clockStepMs = 0)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.hasExpired(timeoutMs))
                return false;
            QEventLoop loop;
            QTimer::singleShot(1, &loop, &QEventLoop::quit);
            loop.exec();
            if (clockStepMs > 0) {
                clock.advanceMs(clockStepMs);
                sim->tick();
            }
            if (venue)
                venue->poll();
            if (manager)
                manager->tick();
        }
        return true;
    }
    // Lets `ms` of simulated time pass in small steps, with everything running.
    void runFor(qint64 ms, qint64 stepMs = 20)
    {
        const qint64 end = clock.monotonicMs() + ms;
        ASSERT_TRUE(until([&] { return clock.monotonicMs() >= end; }, 60'000, stepMs));
    }

    QString fire(const QJsonObject &json)
    {
        QString error;
        const auto fault = sim::faultFromJson(json, &error);
        if (!fault)
            return error;
        return sim->fire(*fault);
    }

    QJsonObject truth() const { return *sim->truthAccount(key); }

    // Best bid and ask of `symbol` in ticks, as the simulated market shows them now.
    std::pair<exchange::Ticks, exchange::Ticks> touch(const std::string &symbol) const
    {
        QString error;
        const auto book = sim->truthBook(QString::fromStdString(symbol), 1, &error);
        EXPECT_TRUE(book) << error.toStdString();
        const auto level = [&](const char *side) { return book->value(QLatin1String(side)).toArray().at(0).toArray(); };
        return {ticks(symbol, level("b").at(0).toString()), ticks(symbol, level("a").at(0).toString())};
    }
    // Size shown at the best ask, in lots.
    exchange::Lots bestAskSize(const std::string &symbol) const
    {
        QString error;
        const auto book = sim->truthBook(QString::fromStdString(symbol), 1, &error);
        return lots(symbol, book->value(QLatin1String("a")).toArray().at(0).toArray().at(1).toString());
    }
    exchange::Ticks ticks(const std::string &symbol, const QString &text) const
    {
        const auto steps = specOf(symbol).price.toSteps(text.toStdString());
        EXPECT_TRUE(steps.ok()) << text.toStdString();
        return steps.value;
    }
    exchange::Lots lots(const std::string &symbol, const QString &text) const
    {
        const auto steps = specOf(symbol).quantity.toSteps(text.toStdString());
        EXPECT_TRUE(steps.ok()) << text.toStdString();
        return steps.value;
    }
    // The smallest quantity worth at least `usdt` at `price` (the exchange refuses orders under 5 USDT).
    exchange::Lots lotsWorth(const std::string &symbol, exchange::Ticks price, double usdt) const
    {
        const double lotValue = specOf(symbol).price.toDouble(price) * specOf(symbol).quantity.toDouble(1);
        return std::max<exchange::Lots>(specOf(symbol).minOrderLots,
                                        static_cast<exchange::Lots>(std::ceil(usdt / lotValue)));
    }
    // A price `fraction` of the way from the touch: below the bid for buys, above the ask for sells.
    exchange::Ticks awayFromTouch(const std::string &symbol, trading::Side side, double fraction) const
    {
        const auto [bid, ask] = touch(symbol);
        return side == trading::Side::Buy ? static_cast<exchange::Ticks>(std::floor(double(bid) * (1 - fraction)))
                                          : static_cast<exchange::Ticks>(std::ceil(double(ask) * (1 + fraction)));
    }

    // Places an order and waits for the venue's answer to its create.
    trading::VenueReply placeAndWait(const trading::OrderRequest &request, std::string *orderLinkId = nullptr)
    {
        auto reply = std::make_shared<std::optional<trading::VenueReply>>();
        const trading::PlaceResult placed =
            manager->place(request, [reply](const trading::VenueReply &r) { *reply = r; });
        EXPECT_TRUE(placed.sent) << placed.error;
        if (orderLinkId)
            *orderLinkId = placed.orderLinkId;
        if (!placed.sent)
            return {};
        EXPECT_TRUE(until([&] { return reply->has_value(); }));
        return reply->value_or(trading::VenueReply{});
    }

    // Every order the simulator holds for the account, by orderId (open and history together).
    std::map<QString, QJsonObject> truthOrders() const
    {
        const QJsonObject t = truth();
        std::map<QString, QJsonObject> out;
        for (const char *list : {"closedOrders", "openOrders"}) {
            for (const QJsonValue &v : t.value(QLatin1String(list)).toArray())
                out[v.toObject().value(QLatin1String("orderId")).toString()] = v.toObject();
        }
        return out;
    }
    int truthOrdersWithLinkId(const std::string &orderLinkId) const
    {
        int n = 0;
        for (const auto &[id, order] : truthOrders())
            n += order.value(QLatin1String("orderLinkId")).toString().toStdString() == orderLinkId;
        return n;
    }

    // The manager's orders, fills and positions against the simulator's truth: every order the
    // simulator has is in the ledger with its orderId, status and filled quantity; every order the
    // ledger sent is at the simulator; the same execIds, each once; the same position per symbol.
    ::testing::AssertionResult matchesTruth() const
    {
        const QJsonObject t = truth();
        std::set<std::string> truthLinkIds;
        for (const auto &[orderId, o] : truthOrders()) {
            const std::string linkId = o.value(QLatin1String("orderLinkId")).toString().toStdString();
            const std::string symbol = o.value(QLatin1String("symbol")).toString().toStdString();
            truthLinkIds.insert(linkId);
            const trading::Order *ours = manager->orders().find(linkId);
            if (!ours)
                return ::testing::AssertionFailure() << "the manager has no order " << linkId;
            if (ours->orderId != orderId.toStdString())
                return ::testing::AssertionFailure()
                       << linkId << ": orderId '" << ours->orderId << "', truth '" << orderId.toStdString() << "'";
            const auto status =
                trading::orderStatusFromBybit(o.value(QLatin1String("orderStatus")).toString().toStdString());
            if (!status || *status != ours->status)
                return ::testing::AssertionFailure()
                       << linkId << ": status " << trading::orderStatusName(ours->status) << ", truth "
                       << o.value(QLatin1String("orderStatus")).toString().toStdString();
            const exchange::Lots cum = lots(symbol, o.value(QLatin1String("cumExecQty")).toString());
            if (ours->filled != cum || ours->executed != cum)
                return ::testing::AssertionFailure() << linkId << ": filled " << ours->filled << " (executions "
                                                     << ours->executed << "), truth " << cum;
        }
        int sent = 0;
        for (const trading::Order *order : manager->orders().openOrders()) {
            if (!truthLinkIds.count(order->intent.orderLinkId))
                return ::testing::AssertionFailure()
                       << "open order " << order->intent.orderLinkId << " is not at the simulator";
            ++sent;
        }
        (void)sent;

        const QJsonArray executions = t.value(QLatin1String("executions")).toArray();
        std::set<std::string> truthExecIds;
        for (const QJsonValue &e : executions)
            truthExecIds.insert(e.toObject().value(QLatin1String("execId")).toString().toStdString());
        if (truthExecIds.size() != std::size_t(executions.size()))
            return ::testing::AssertionFailure() << "the simulator lists an execId twice";
        if (manager->orders().executionCount() != truthExecIds.size() ||
            manager->orders().executions().size() != truthExecIds.size())
            return ::testing::AssertionFailure() << "the manager counted " << manager->orders().executionCount()
                                                 << " fills, the simulator has " << truthExecIds.size();
        for (const trading::Execution &e : manager->orders().executions()) {
            if (!truthExecIds.count(e.execId))
                return ::testing::AssertionFailure() << "fill " << e.execId << " is not at the simulator";
        }

        std::map<std::string, exchange::Lots> truthPositions;
        for (const QJsonValue &v : t.value(QLatin1String("positions")).toArray()) {
            const QJsonObject p = v.toObject();
            const std::string symbol = p.value(QLatin1String("symbol")).toString().toStdString();
            const exchange::Lots size = lots(symbol, p.value(QLatin1String("size")).toString());
            truthPositions[symbol] = p.value(QLatin1String("side")).toString() == u"Sell" ? -size : size;
        }
        for (const auto &[symbol, s] : specs) {
            const auto it = truthPositions.find(symbol);
            const exchange::Lots expected = it == truthPositions.end() ? 0 : it->second;
            const trading::Position *fromFills = manager->positions().find(symbol);
            const exchange::Lots ours = fromFills ? fromFills->size : 0;
            if (ours != expected)
                return ::testing::AssertionFailure()
                       << symbol << ": position from the fills " << ours << " lots, truth " << expected;
            const auto reported = manager->venuePositions().find(symbol);
            const exchange::Lots venueSize = reported == manager->venuePositions().end() ? 0 : reported->second.size;
            if (venueSize != expected)
                return ::testing::AssertionFailure()
                       << symbol << ": position the venue reported " << venueSize << " lots, truth " << expected;
        }
        return ::testing::AssertionSuccess();
    }

    // Waits (market still) until the manager agrees with the truth, then asserts it.
    void expectMatchesTruth(int timeoutMs = 10'000)
    {
        until([&] { return bool(matchesTruth()); }, timeoutMs);
        EXPECT_TRUE(matchesTruth());
    }
};

} // namespace virtuoso::test
