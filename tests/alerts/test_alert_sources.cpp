// The alert sources of the running core, driven directly on a ManualClock: the market as the feed
// applier hands it over (whale trades, liquidations, the tape and its totals), the once-a-second
// look at connections and the timeout journal (stale, IP ban, incident), the trading view
// (rejections, fills, the kill switch, the daily loss), mutes and test alerts.
#include "base/Clock.h"
#include "engine/AlertSources.h"
#include "model/health/ConnectionStatus.h"
#include "model/health/TimeoutJournal.h"
#include "model/market/InstrumentSpec.h"
#include "trading/TradingService.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::alerts;

namespace {

constexpr qint64 StartEpochMs = 1'700'000'000'000;

ChannelSettings channel(const QString &name)
{
    ChannelSettings c;
    c.name = name;
    c.type = ChannelType::Desktop;
    return c;
}

AlertRule rule(const QString &name, AlertSource source)
{
    AlertRule r;
    r.name = name;
    r.source = source;
    r.channels = {QStringLiteral("desk")};
    r.cooldownMs = 0;
    r.maxPerHour = 0;
    return r;
}

exchange::InstrumentSpec btc()
{
    exchange::InstrumentSpec spec;
    spec.symbol = *exchange::Symbol::from("BTCUSDT");
    spec.price = exchange::DecimalGrid(1, 1);    // 0.1
    spec.quantity = exchange::DecimalGrid(1, 3); // 0.001
    return spec;
}

exchange::TradeMessage trade(double price, double qty, exchange::Side side = exchange::Side::Buy)
{
    exchange::TradeMessage m;
    m.topic = exchange::TopicKey::publicTrade(*exchange::Symbol::from("BTCUSDT"));
    exchange::Trade t;
    t.timeMs = StartEpochMs;
    t.price = std::llround(price * 10);
    t.size = std::llround(qty * 1000);
    t.side = side;
    m.trades.push_back(t);
    return m;
}

exchange::LiquidationMessage liquidation(const char *symbol, double price, double qty, qint64 timeMs)
{
    exchange::LiquidationMessage m;
    m.topic = exchange::TopicKey::liquidation(*exchange::Symbol::from(symbol));
    exchange::Liquidation l;
    l.timeMs = timeMs;
    l.side = exchange::Side::Buy;
    l.price = exchange::Decimal::parse(std::to_string(price)).value;
    l.size = exchange::Decimal::parse(std::to_string(qty)).value;
    m.liquidations.push_back(l);
    return m;
}

struct Fixture
{
    ManualClock clock{StartEpochMs};
    health::ConnectionStatusBoard board;
    health::TimeoutJournal journal{clock};
    std::unique_ptr<AlertSources> sources;

    explicit Fixture(std::vector<AlertRule> rules, double tapeMin = 100'000)
    {
        AlertSettings settings;
        settings.channels = {channel(QStringLiteral("desk"))};
        settings.rules = std::move(rules);
        settings.tapeMinNotional = tapeMin;
        sources = std::make_unique<AlertSources>(clock, settings, nullptr, board, journal);
        sources->start(nullptr);
    }
    std::vector<AlertItem> alerts() { return sources->snapshotBoard()->recent; }
    QStringList keys()
    {
        QStringList out;
        for (const AlertItem &a : alerts())
            out << a.key;
        return out;
    }
};

health::ConnectionStatus connection(const QString &id, health::ConnectionState state, qint64 sinceEpochMs)
{
    health::ConnectionStatus s;
    s.connId = id;
    s.state = state;
    s.sinceEpochMs = sinceEpochMs;
    return s;
}

} // namespace

TEST(AlertSources, AWhaleTradeRaisesAnAlertAndJoinsTheTape)
{
    AlertRule whales = rule(QStringLiteral("whales"), AlertSource::Whale);
    whales.minNotional = 1'000'000;
    Fixture f({whales});
    f.sources->onTrades(trade(50'000, 1), btc());                        // 50,000: below the tape and the rule
    f.sources->onTrades(trade(50'000, 4), btc());                        // 200,000: the tape only
    f.sources->onTrades(trade(50'000, 30, exchange::Side::Sell), btc()); // 1.5 M: both
    f.sources->afterDrain();
    const AlertBoardPtr board = f.sources->snapshotBoard();
    ASSERT_EQ(board->recent.size(), 1u);
    EXPECT_EQ(board->recent[0].key, QStringLiteral("whale:BTCUSDT:Sell"));
    EXPECT_EQ(board->recent[0].rule, QStringLiteral("whales"));
    EXPECT_EQ(board->recent[0].channels, QStringList{QStringLiteral("desk")});
    ASSERT_EQ(board->tape.size(), 2u);
    EXPECT_DOUBLE_EQ(board->tape[0].notional, 200'000);
    EXPECT_DOUBLE_EQ(board->tape[1].notional, 1'500'000);
    EXPECT_LT(board->tape[0].sequence, board->tape[1].sequence);
}

TEST(AlertSources, LiquidationsSumPerSymbolOverFiveMinutesAndAnHour)
{
    AlertRule cascade = rule(QStringLiteral("cascade"), AlertSource::Liquidation);
    cascade.totalNotional = 1'000'000;
    cascade.windowMs = 300'000;
    Fixture f({cascade});
    const qint64 t0 = StartEpochMs;
    f.sources->onLiquidations(liquidation("BTCUSDT", 50'000, 10, t0 - 20 * 60'000)); // 500k, 20 min ago
    f.sources->onLiquidations(liquidation("BTCUSDT", 50'000, 8, t0 - 60'000));       // 400k
    f.sources->onLiquidations(liquidation("ETHUSDT", 2'000, 25, t0 - 30'000));       // 50k
    f.sources->afterDrain();
    // The rule's window counts liquidations as they arrive (950k so far); the totals below use
    // the exchange's times.
    EXPECT_TRUE(f.alerts().empty()) << "no window holds 1 M yet";
    f.sources->onLiquidations(liquidation("BTCUSDT", 50'000, 13, t0)); // 650k: BTC 1.05 M in 5 min
    f.sources->afterDrain();
    const AlertBoardPtr board = f.sources->snapshotBoard();
    QStringList keys;
    for (const AlertItem &a : board->recent)
        keys << a.key;
    EXPECT_TRUE(keys.contains(QStringLiteral("liquidation:BTCUSDT:total"))) << keys.join(' ').toStdString();
    EXPECT_TRUE(keys.contains(QStringLiteral("liquidation:all:total")));
    ASSERT_EQ(board->totals.size(), 3u); // BTC, ETH, all
    EXPECT_EQ(board->totals[0].symbol, QStringLiteral("BTCUSDT"));
    EXPECT_DOUBLE_EQ(board->totals[0].last5m, 1'050'000);
    EXPECT_DOUBLE_EQ(board->totals[0].last1h, 1'550'000);
    EXPECT_EQ(board->totals[0].count1h, 3);
    EXPECT_TRUE(board->totals[2].symbol.isEmpty());
    EXPECT_DOUBLE_EQ(board->totals[2].last1h, 1'600'000);
    EXPECT_EQ(board->tape.size(), 4u) << "every liquidation is on the tape";
}

TEST(AlertSources, AConnectionDownLongerThanItsLimitAcrossRetriesRaisesOnceAndRecovers)
{
    AlertRule feed = rule(QStringLiteral("feed"), AlertSource::Connection);
    feed.staleAfterMs = 30'000;
    Fixture f({feed});
    f.board.update({connection(QStringLiteral("conn_0"), health::ConnectionState::Live, StartEpochMs)});
    f.sources->sample();
    f.board.update({connection(QStringLiteral("conn_0"), health::ConnectionState::Stale, f.clock.epochMs())});
    f.sources->sample();
    // Backoff, connecting, backoff again: each resets the state's own "since", not the outage.
    for (int i = 0; i < 5; ++i) {
        f.clock.advanceMs(7'000);
        const auto state = i % 2 ? health::ConnectionState::Connecting : health::ConnectionState::Backoff;
        f.board.update({connection(QStringLiteral("conn_0"), state, f.clock.epochMs())});
        f.sources->sample();
    }
    EXPECT_EQ(f.keys(), QStringList{QStringLiteral("connection:conn_0:stale")});
    f.clock.advanceMs(7'000);
    f.sources->sample();
    EXPECT_EQ(f.alerts().size(), 1u) << "one alert per outage";
    f.board.update({connection(QStringLiteral("conn_0"), health::ConnectionState::Live, f.clock.epochMs())});
    f.sources->sample();
    EXPECT_EQ(f.keys().last(), QStringLiteral("connection:conn_0:recovered"));
}

TEST(AlertSources, AnIpBanAndAnIncidentFromTheJournalAreRaisedOnce)
{
    ManualClock clock{StartEpochMs};
    health::ConnectionStatusBoard board;
    health::TimeoutJournal journal{clock};
    // Recorded before the sources looked: history, not news.
    journal.record(health::TimeoutKind::RateLimited, {}, QStringLiteral("/v5/market/tickers"), {}, 600'000,
                   QStringLiteral("HTTP 403 (IP ban): REST paused"));
    Fixture f(
        {rule(QStringLiteral("ban"), AlertSource::RestBan), rule(QStringLiteral("incident"), AlertSource::Incident)});
    AlertSettings settings;
    settings.channels = {channel(QStringLiteral("desk"))};
    settings.rules = {rule(QStringLiteral("ban"), AlertSource::RestBan),
                      rule(QStringLiteral("incident"), AlertSource::Incident)};
    f.sources = std::make_unique<AlertSources>(clock, settings, nullptr, board, journal);
    f.sources->start(nullptr);
    f.sources->sample();
    EXPECT_TRUE(f.alerts().empty());

    journal.record(health::TimeoutKind::RateLimited, {}, QStringLiteral("/v5/market/tickers"), {}, 0,
                   QStringLiteral("HTTP 429 on /v5/market/tickers")); // a rate limit is not a ban
    journal.record(health::TimeoutKind::RateLimited, {}, QStringLiteral("/v5/market/kline"), {}, 600'000,
                   QStringLiteral("HTTP 403 (IP ban): REST paused"));
    for (const char *conn : {"conn_0", "conn_1", "conn_2"})
        journal.record(health::TimeoutKind::PongTimeout, QLatin1String(conn), {}, {}, 20'000,
                       QStringLiteral("no pong"));
    f.sources->sample();
    EXPECT_EQ(f.keys(), (QStringList{QStringLiteral("rest_ban"), QStringLiteral("incident:conn_0,conn_1,conn_2")}));
    // One more failure of the same group, a second later: the same incident, not a new one.
    clock.advanceMs(1'000);
    journal.record(health::TimeoutKind::StaleStream, QStringLiteral("conn_3"), {}, {}, 2'000, QStringLiteral("silent"));
    f.sources->sample();
    EXPECT_EQ(f.alerts().size(), 2u);
}

TEST(AlertSources, TradingRejectionsFillsTheKillSwitchAndTheDailyLoss)
{
    AlertRule loss = rule(QStringLiteral("loss"), AlertSource::DailyLoss);
    loss.limit = 80;
    Fixture f({rule(QStringLiteral("rejects"), AlertSource::OrderRejected),
               rule(QStringLiteral("fills"), AlertSource::OrderFilled),
               rule(QStringLiteral("kill"), AlertSource::KillSwitch), loss});
    auto view = std::make_shared<trading::TradingView>();
    view->running = true;
    view->limits.dailyLossLimit = 500;
    trading::TradingView::OrderRow old;
    old.order.intent.orderLinkId = "old-reject";
    old.order.intent.symbol = "BTCUSDT";
    old.order.status = trading::OrderStatus::Rejected;
    view->orders.push_back(old);
    f.sources->onTradingView(view); // what was there before is not news
    EXPECT_TRUE(f.alerts().empty());

    auto next = std::make_shared<trading::TradingView>(*view);
    trading::TradingView::OrderRow rejected;
    rejected.order.intent.orderLinkId = "o-2";
    rejected.order.intent.symbol = "BTCUSDT";
    rejected.order.status = trading::OrderStatus::Rejected;
    rejected.order.reason = "risk: max_order_notional";
    next->orders.push_back(rejected);
    trading::TradingView::ExecutionRow fill;
    fill.execution.execId = "e-1";
    fill.execution.symbol = "BTCUSDT";
    fill.price = "50000.0";
    fill.quantity = "0.010";
    next->executions.push_back(fill);
    next->killEngaged = true;
    next->lastKill.reason = "operator";
    next->dailyPnl = -420; // 84 % of the limit
    f.sources->onTradingView(next);
    f.sources->onTradingView(next); // the same view again raises nothing new
    EXPECT_EQ(f.keys(),
              (QStringList{QStringLiteral("order_rejected:BTCUSDT"), QStringLiteral("order_filled:BTCUSDT:e-1"),
                           QStringLiteral("kill_switch"), QStringLiteral("daily_loss:account:over")}));
}

TEST(AlertSources, AMutedRuleOrKeyIsHeldBackAndCountedUntilTheMuteEnds)
{
    AlertRule whales = rule(QStringLiteral("whales"), AlertSource::Whale);
    whales.minNotional = 1'000'000;
    Fixture f({whales});
    f.sources->muteRule(QStringLiteral("whales"), 60'000);
    EXPECT_EQ(f.sources->snapshotBoard()->mutedRules, QStringList{QStringLiteral("whales")});
    f.sources->onTrades(trade(50'000, 30), btc());
    f.sources->afterDrain();
    EXPECT_TRUE(f.alerts().empty());
    f.clock.advanceMs(61'000);
    f.sources->sample();
    EXPECT_TRUE(f.sources->snapshotBoard()->mutedRules.isEmpty());
    f.sources->onTrades(trade(50'000, 30), btc());
    f.sources->afterDrain();
    ASSERT_EQ(f.alerts().size(), 1u);
    EXPECT_EQ(f.alerts()[0].more, 1) << "the muted one is summarised";

    f.sources->muteKey(QStringLiteral("whale:BTCUSDT:Buy"), 60'000);
    f.sources->onTrades(trade(50'000, 30), btc());
    f.sources->onTrades(trade(50'000, 30, exchange::Side::Sell), btc());
    f.sources->afterDrain();
    EXPECT_EQ(f.keys().last(), QStringLiteral("whale:BTCUSDT:Sell")) << "other keys go on";
    EXPECT_EQ(f.alerts().size(), 2u);
}

TEST(AlertSources, ATestAlertGoesToItsChannelPastTheRules)
{
    Fixture f({});
    EXPECT_FALSE(f.sources->sendTest(QStringLiteral("nope")).isEmpty());
    EXPECT_EQ(f.sources->sendTest(QStringLiteral("desk")), QString());
    ASSERT_EQ(f.alerts().size(), 1u);
    EXPECT_EQ(f.alerts()[0].source, AlertSource::Test);
    EXPECT_EQ(f.alerts()[0].channels, QStringList{QStringLiteral("desk")});
}
