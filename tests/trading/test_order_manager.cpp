// The order manager against a scripted venue: every request is held until the test answers it, so
// lost answers, late reports, reconnects and the kill switch are played exactly.
#include "OrderManagerFixture.h"

TEST_F(OrderManagerTest, AnOrderIsJournalledBeforeItIsSentAndAcknowledgedByTheVenue)
{
    auto manager = make();
    const PlaceResult placed = manager->place(limitBuy());
    ASSERT_TRUE(placed.sent) << placed.error;
    EXPECT_TRUE(placed.decision.accepted());
    Call create = venue.take("create");
    EXPECT_EQ(create.intent.orderLinkId, placed.orderLinkId);
    // The intent was in the journal when the venue was asked.
    bool intentBefore = false;
    for (int i = 0; i < create.journalSizeAtCall; ++i)
        intentBefore |= journal.entries[static_cast<std::size_t>(i)] == "intent " + placed.orderLinkId;
    EXPECT_TRUE(intentBefore);
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::PendingNew);
    create.reply(ok("o-1"));
    const Order *order = manager->orders().find(placed.orderLinkId);
    EXPECT_EQ(order->status, OrderStatus::New);
    EXPECT_EQ(order->orderId, "o-1");
    EXPECT_TRUE(isValidOrderLinkId(placed.orderLinkId));
}

TEST_F(OrderManagerTest, AnOrderWhoseIntentCannotBeRecordedIsNotSent)
{
    auto manager = make();
    journal.failIntents = true;
    const PlaceResult placed = manager->place(limitBuy());
    EXPECT_FALSE(placed.sent);
    EXPECT_NE(placed.error.find("audit"), std::string::npos) << placed.error;
    EXPECT_EQ(venue.pending("create"), 0);
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::Rejected);
}

TEST_F(OrderManagerTest, OrderLinkIdsAreUniqueAndValid)
{
    auto manager = make();
    std::set<std::string> ids;
    for (int i = 0; i < 500; ++i) {
        const PlaceResult placed = manager->place(limitBuy(500'000 - i));
        ASSERT_TRUE(placed.sent);
        EXPECT_TRUE(isValidOrderLinkId(placed.orderLinkId)) << placed.orderLinkId;
        ids.insert(placed.orderLinkId);
    }
    EXPECT_EQ(ids.size(), 500u);
}

TEST_F(OrderManagerTest, ARefusedOrderIsNotSentAndSaysWhichRule)
{
    TradingSettings settings;
    settings.risk.maxOrderNotional = 1000; // 50000 × 0.01 = 500 passes, × 0.03 = 1500 does not
    auto manager = make(settings);
    manager->onMark("BTCUSDT", 500'000);
    const PlaceResult placed = manager->place(limitBuy(500'000, 30));
    EXPECT_FALSE(placed.sent);
    EXPECT_EQ(placed.decision.rule, RiskRule::OrderNotional);
    EXPECT_NE(placed.error.find("1000"), std::string::npos) << placed.error;
    EXPECT_EQ(venue.pending("create"), 0);
    const Order *order = manager->orders().find(placed.orderLinkId);
    ASSERT_NE(order, nullptr);
    EXPECT_EQ(order->status, OrderStatus::Rejected);
    EXPECT_EQ(journal.count("risk " + placed.orderLinkId + " max_order_notional"), 1);
    EXPECT_TRUE(manager->place(limitBuy(500'000, 10)).sent);
}

TEST_F(OrderManagerTest, ALostAnswerIsLookedUpByOrderLinkIdNeverSentAgain)
{
    auto manager = make();
    const PlaceResult placed = manager->place(limitBuy());
    Call create = venue.take("create");
    create.reply(lost());
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::PendingNew);
    manager->tick();
    EXPECT_EQ(venue.pending("query"), 0) << "looked up only once the request can no longer be in flight";
    clock.advanceMs(6'000);
    manager->tick();
    Call query = venue.take("query");
    EXPECT_EQ(query.orderLinkId, placed.orderLinkId);
    query.orders(ok(), {update(create, "o-7", OrderStatus::New)});
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::New);
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->orderId, "o-7");
    manager->tick();
    clock.advanceMs(60'000);
    manager->tick();
    EXPECT_EQ(venue.pending("create"), 0);
    EXPECT_EQ(venue.pending("query"), 0);
    EXPECT_EQ(manager->orders().size(), 1u);
}

TEST_F(OrderManagerTest, ALostCreateThatNeverArrivedIsRejectedAfterItsWindow)
{
    auto manager = make();
    const PlaceResult placed = manager->place(limitBuy());
    venue.take("create").reply(lost());
    clock.advanceMs(6'000);
    manager->tick();
    venue.take("query").orders(ok(), {});
    const Order *order = manager->orders().find(placed.orderLinkId);
    EXPECT_EQ(order->status, OrderStatus::Rejected);
    EXPECT_NE(order->reason.find("never reached"), std::string::npos);
}

TEST_F(OrderManagerTest, ALookupThatFailsIsRetried)
{
    auto manager = make();
    const PlaceResult placed = manager->place(limitBuy());
    Call create = venue.take("create");
    create.reply(lost());
    clock.advanceMs(6'000);
    manager->tick();
    venue.take("query").orders(refused(10016, "server error"), {});
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::PendingNew);
    manager->tick();
    EXPECT_EQ(venue.pending("query"), 0);
    clock.advanceMs(2'000);
    manager->tick();
    venue.take("query").orders(ok(), {update(create, "o-9", OrderStatus::Filled, 10)});
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::Filled);
}

TEST_F(OrderManagerTest, ADuplicateOrderLinkIdAnswerMeansTheOrderExists)
{
    auto manager = make();
    const PlaceResult placed = manager->place(limitBuy());
    Call create = venue.take("create");
    create.reply(refused(110072, "OrderLinkedID is duplicate"));
    Call query = venue.take("query");
    query.orders(ok(), {update(create, "o-3", OrderStatus::New)});
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::New);
}

TEST_F(OrderManagerTest, AnExchangeRefusalRejectsTheOrder)
{
    auto manager = make();
    const PlaceResult placed = manager->place(limitBuy());
    venue.take("create").reply(refused(110007, "ab not enough for new order"));
    const Order *order = manager->orders().find(placed.orderLinkId);
    EXPECT_EQ(order->status, OrderStatus::Rejected);
    EXPECT_NE(order->reason.find("110007"), std::string::npos);
}

TEST_F(OrderManagerTest, FillsReportedTwiceCountOnceAndBuildThePosition)
{
    auto manager = make();
    const PlaceResult placed = manager->place(limitBuy(500'000, 10));
    Call create = venue.take("create");
    create.reply(ok("o-1"));
    VenueListener *listener = venue.listener();
    listener->onVenueExecution(fill("e-1", create, "o-1", 500'000, 4));
    listener->onVenueExecution(fill("e-1", create, "o-1", 500'000, 4));
    listener->onVenueOrder(update(create, "o-1", OrderStatus::PartiallyFilled, 4));
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->filled, 4);
    EXPECT_EQ(manager->positions().find("BTCUSDT")->size, 4);
    EXPECT_EQ(journal.count("execution e-1"), 1);

    // The stream drops; the rest of the fill happens while it is down and is found by reconciliation.
    listener->onVenueStream(false, "connection lost");
    listener->onVenueStream(true, "reconnected");
    Call open = venue.take("open");
    Call executions = venue.take("executions");
    Call positions = venue.take("positions");
    Call wallet = venue.take("wallet");
    open.orders(ok(), {}); // no longer open: it filled
    Call query = venue.take("query");
    EXPECT_EQ(query.orderLinkId, placed.orderLinkId);
    executions.executions(ok(), {fill("e-1", create, "o-1", 500'000, 4), fill("e-2", create, "o-1", 499'990, 6)});
    query.orders(ok(), {update(create, "o-1", OrderStatus::Filled, 10)});
    PositionReport report;
    report.symbol = "BTCUSDT";
    report.size = 10;
    report.markTicks = 500'100;
    positions.positions(ok(), {report});
    WalletReport money;
    money.equity = 10'000;
    wallet.wallet(ok(), money);
    const Order *order = manager->orders().find(placed.orderLinkId);
    EXPECT_EQ(order->status, OrderStatus::Filled);
    EXPECT_EQ(order->executed, 10);
    EXPECT_EQ(manager->positions().find("BTCUSDT")->size, 10);
    EXPECT_EQ(manager->orders().executionCount(), 2u);
    EXPECT_EQ(manager->wallet().equity, 10'000);
    EXPECT_EQ(manager->mark("BTCUSDT"), 500'100);
    EXPECT_EQ(journal.count("note reconcile"), 1);
}

TEST_F(OrderManagerTest, AFillThatCompletesAnOrderJournalsItsEnd)
{
    // Without the venue's own "Filled" report (lost, or not sent yet when the program died), the
    // journal still records the end: after a restart the order is not looked up as unfinished.
    auto manager = make();
    const PlaceResult placed = manager->place(limitBuy(500'000, 10));
    Call create = venue.take("create");
    create.reply(ok("o-1"));
    VenueListener *listener = venue.listener();
    listener->onVenueExecution(fill("e-1", create, "o-1", 500'000, 4));
    EXPECT_EQ(journal.count("update " + placed.orderLinkId + " Filled"), 0);
    listener->onVenueExecution(fill("e-2", create, "o-1", 500'000, 6));
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::Filled);
    EXPECT_EQ(journal.count("update " + placed.orderLinkId + " Filled"), 1);
    // The venue's report of the same end, and a repeated fill, add nothing.
    listener->onVenueOrder(update(create, "o-1", OrderStatus::Filled, 10));
    listener->onVenueExecution(fill("e-2", create, "o-1", 500'000, 6));
    EXPECT_EQ(journal.count("update " + placed.orderLinkId + " Filled"), 1);
}

TEST_F(OrderManagerTest, AReconnectDuringAReconciliationGetsAPassOfItsOwn)
{
    auto manager = make();
    VenueListener *listener = venue.listener();
    listener->onVenueStream(true, "connected");
    Call open = venue.take("open");
    Call executions = venue.take("executions");
    Call positions = venue.take("positions");
    Call wallet = venue.take("wallet");
    open.orders(ok(), {});
    executions.executions(ok(), {}); // read before the fill below happened

    // The stream drops and returns while the first pass is still out; a fill happened meanwhile.
    const PlaceResult placed = manager->place(limitBuy(500'000, 10));
    Call create = venue.take("create");
    create.reply(ok("o-1"));
    listener->onVenueStream(false, "connection lost");
    listener->onVenueStream(true, "reconnected");
    positions.positions(ok(), {});
    wallet.wallet(ok(), WalletReport{});
    EXPECT_EQ(journal.count("note reconcile"), 1);

    // A second pass follows the first and finds the fill.
    Call open2 = venue.take("open");
    Call executions2 = venue.take("executions");
    Call positions2 = venue.take("positions");
    Call wallet2 = venue.take("wallet");
    ASSERT_TRUE(open2.orders && executions2.executions && positions2.positions && wallet2.wallet);
    open2.orders(ok(), {update(create, "o-1", OrderStatus::PartiallyFilled, 4)});
    executions2.executions(ok(), {fill("e-1", create, "o-1", 500'000, 4)});
    positions2.positions(ok(), {});
    wallet2.wallet(ok(), WalletReport{});
    EXPECT_EQ(journal.count("note reconcile"), 2);
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->filled, 4);
    EXPECT_EQ(manager->orders().executionCount(), 1u);
    EXPECT_TRUE(venue.calls.empty());
}

TEST_F(OrderManagerTest, AnOrderFilledBeyondItsExecutionsGetsOneMorePassForThem)
{
    auto manager = make();
    const PlaceResult placed = manager->place(limitBuy(500'000, 10));
    Call create = venue.take("create");
    create.reply(ok("o-1"));
    VenueListener *listener = venue.listener();
    listener->onVenueStream(true, "connected");
    // The order list already shows the fill; the executions, read at the same time, do not yet.
    venue.take("open").orders(ok(), {update(create, "o-1", OrderStatus::PartiallyFilled, 4)});
    venue.take("executions").executions(ok(), {});
    venue.take("positions").positions(ok(), {});
    venue.take("wallet").wallet(ok(), WalletReport{});
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->filled, 4);
    EXPECT_EQ(manager->orders().executionCount(), 0u);

    // A second pass reads the executions again and finds the fill.
    Call open2 = venue.take("open");
    Call executions2 = venue.take("executions");
    ASSERT_TRUE(open2.orders && executions2.executions);
    open2.orders(ok(), {update(create, "o-1", OrderStatus::PartiallyFilled, 4)});
    executions2.executions(ok(), {fill("e-1", create, "o-1", 500'000, 4)});
    venue.take("positions").positions(ok(), {});
    venue.take("wallet").wallet(ok(), WalletReport{});
    EXPECT_EQ(manager->orders().executionCount(), 1u);
    EXPECT_EQ(journal.count("note reconcile"), 2);
    EXPECT_TRUE(venue.calls.empty());
}

TEST_F(OrderManagerTest, AFillTheExecutionsNeverShowIsAskedForOnceMoreNotForever)
{
    auto manager = make();
    Call create;
    manager->place(limitBuy(500'000, 10));
    create = venue.take("create");
    create.reply(ok("o-1"));
    venue.listener()->onVenueStream(true, "connected");
    for (int pass = 0; pass < 2; ++pass) {
        Call open = venue.take("open");
        ASSERT_TRUE(open.orders) << "pass " << pass;
        open.orders(ok(), {update(create, "o-1", OrderStatus::PartiallyFilled, 4)});
        venue.take("executions").executions(ok(), {});
        venue.take("positions").positions(ok(), {});
        venue.take("wallet").wallet(ok(), WalletReport{});
    }
    EXPECT_EQ(journal.count("note reconcile"), 2);
    EXPECT_TRUE(venue.calls.empty());
}

TEST_F(OrderManagerTest, CancelAndAmendWaitForTheVenue)
{
    auto manager = make();
    const PlaceResult placed = manager->place(limitBuy());
    Call create = venue.take("create");
    create.reply(ok("o-1"));
    EXPECT_EQ(manager->amend(placed.orderLinkId, 499'000, std::nullopt), "");
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::PendingAmend);
    venue.take("amend").reply(refused(110001, "order not exists or too late to replace"));
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::New);
    EXPECT_EQ(manager->cancel(placed.orderLinkId), "");
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::PendingCancel);
    venue.take("cancel").reply(ok("o-1"));
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::PendingCancel);
    venue.listener()->onVenueOrder(update(create, "o-1", OrderStatus::Cancelled));
    EXPECT_EQ(manager->orders().find(placed.orderLinkId)->status, OrderStatus::Cancelled);
    EXPECT_NE(manager->cancel(placed.orderLinkId), "");
    EXPECT_NE(manager->cancel("nope"), "");
}

TEST_F(OrderManagerTest, TheKillSwitchCancelsEverythingFlattensAndRefusesNewRisk)
{
    auto manager = make();
    // 20 open orders and 5 positions.
    for (int i = 0; i < 20; ++i) {
        manager->place(limitBuy(400'000 + i));
        venue.take("create").reply(ok("o-" + std::to_string(i)));
    }
    ASSERT_EQ(manager->orders().openOrders().size(), 20u);
    std::vector<PositionReport> held;
    const char *symbols[] = {"BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "ADAUSDT"};
    for (int i = 0; i < 5; ++i) {
        PositionReport p;
        p.symbol = symbols[i];
        p.size = (i % 2 ? -1 : 1) * (i + 1) * 10;
        held.push_back(p);
    }
    KillReport report;
    bool finished = false;
    manager->engageKillSwitch("operator", [&](const KillReport &r) {
        report = r;
        finished = true;
    });
    EXPECT_TRUE(manager->killSwitchEngaged());
    venue.take("cancel_all").reply(ok());
    venue.take("positions").positions(ok(), held);
    ASSERT_EQ(venue.pending("create"), 5);
    for (int i = 0; i < 5; ++i) {
        Call close = venue.take("create");
        EXPECT_TRUE(close.intent.reduceOnly);
        EXPECT_EQ(close.intent.type, OrderType::Market);
        const auto it = std::find_if(held.begin(), held.end(),
                                     [&](const PositionReport &p) { return p.symbol == close.intent.symbol; });
        ASSERT_NE(it, held.end());
        EXPECT_EQ(close.intent.quantity, std::abs(it->size));
        EXPECT_EQ(close.intent.side, it->size > 0 ? Side::Sell : Side::Buy);
        close.reply(ok("close-" + std::to_string(i)));
    }
    EXPECT_FALSE(finished);
    venue.take("open").orders(ok(), {});
    venue.take("positions").positions(ok(), {});
    ASSERT_TRUE(finished);
    EXPECT_TRUE(report.clean()) << (report.problems.empty() ? "" : report.problems.front());
    EXPECT_EQ(report.openOrdersBefore, 20);
    EXPECT_EQ(report.positionsToFlatten, 5);
    EXPECT_EQ(report.flattenOrdersSent, 5);

    const PlaceResult refusedOrder = manager->place(limitBuy());
    EXPECT_FALSE(refusedOrder.sent);
    EXPECT_EQ(refusedOrder.decision.rule, RiskRule::KillSwitch);
    EXPECT_TRUE(manager->resetKillSwitch());
    EXPECT_TRUE(manager->place(limitBuy()).sent);
    EXPECT_EQ(journal.count("kill engaged"), 1);
    EXPECT_EQ(journal.count("kill finished"), 1);
    EXPECT_EQ(journal.count("kill reset"), 1);
}

TEST_F(OrderManagerTest, AKillWhoseFlattenOrdersAreAnsweredAtOnceReportsThemAndFinishesLast)
{
    // The paper broker answers a create inside the call. The kill must still count each flatten
    // order it sent, and write "finished" after the flatten entries, not in the middle of them.
    auto manager = make();
    std::vector<PositionReport> held(2);
    held[0].symbol = "BTCUSDT";
    held[0].size = 20;
    held[1].symbol = "ETHUSDT";
    held[1].size = -30;
    venue.answerAtOnce = true;
    venue.positionsAtOnce = {held, {}};
    KillReport report;
    bool finished = false;
    manager->engageKillSwitch("operator", [&](const KillReport &r) {
        report = r;
        finished = true;
    });
    ASSERT_TRUE(finished);
    EXPECT_EQ(report.positionsToFlatten, 2);
    EXPECT_EQ(report.flattenOrdersSent, 2);
    EXPECT_TRUE(report.clean()) << (report.problems.empty() ? "" : report.problems.front());
    std::vector<std::string> kills;
    for (const std::string &e : journal.entries)
        if (e.rfind("kill ", 0) == 0)
            kills.push_back(e);
    EXPECT_EQ(kills, (std::vector<std::string>{"kill engaged", "kill cancel_all", "kill flatten", "kill flatten",
                                               "kill finished"}));
}

TEST_F(OrderManagerTest, AKillThatCannotFinishSaysWhatRemains)
{
    auto manager = make();
    KillReport report;
    manager->engageKillSwitch("operator", [&](const KillReport &r) { report = r; });
    venue.take("cancel_all").reply(refused(10016, "server error"));
    PositionReport p;
    p.symbol = "BTCUSDT";
    p.size = 5;
    venue.take("positions").positions(ok(), {p});
    venue.take("create").reply(refused(10016, "server error"));
    OrderUpdate stillOpen;
    stillOpen.orderId = "foreign";
    stillOpen.symbol = "BTCUSDT";
    stillOpen.status = OrderStatus::New;
    stillOpen.quantity = 1;
    stillOpen.price = 1;
    venue.take("open").orders(ok(), {stillOpen});
    venue.take("positions").positions(ok(), {p});
    ASSERT_TRUE(report.finished());
    EXPECT_FALSE(report.clean());
    EXPECT_EQ(report.openOrdersAfter, 1);
    EXPECT_EQ(report.positionsAfter, 1);
    EXPECT_GE(report.problems.size(), 3u);
    EXPECT_EQ(journal.count("kill finished_with_problems"), 1);
    std::string error;
    EXPECT_TRUE(manager->resetKillSwitch(&error)) << error;
}

TEST_F(OrderManagerTest, AKillSwitchEngagedBeforeARestartStaysEngagedAndRunsAgain)
{
    // The program stopped with the kill switch engaged and never reset (its run ended or not). It
    // comes back engaged: new risk is refused and it cannot be reset until it has run again, once
    // the private stream is up and the instruments are known, with a report of its own.
    for (const bool runEnded : {true, false}) {
        SCOPED_TRACE(runEnded ? "the run had ended" : "the run was cut short");
        journal = RecordingJournal{};
        venue.calls.clear();
        RecordedKill recorded;
        recorded.reason = "operator";
        recorded.engagedMs = clock.epochMs() - 3'600'000;
        recorded.finishedMs = runEnded ? recorded.engagedMs + 900 : 0;
        recorded.finishedAs = runEnded ? "finished: 1 open orders cancelled, 1 of 1 positions flattened" : "";
        journal.kill = recorded;
        auto manager = make();
        EXPECT_TRUE(manager->killSwitchEngaged());
        EXPECT_FALSE(manager->lastKill().finished());
        EXPECT_EQ(manager->place(limitBuy()).decision.rule, RiskRule::KillSwitch);
        std::string error;
        EXPECT_FALSE(manager->resetKillSwitch(&error));
        EXPECT_EQ(journal.count("kill restored"), 1);

        // Neither the stream alone nor the instruments alone start it.
        venue.listener()->onVenueStream(true, "up");
        EXPECT_EQ(venue.pending("cancel_all"), 0);
        KillReport report;
        manager->engageKillSwitch("operator again", [&](const KillReport &r) { report = r; });
        EXPECT_EQ(venue.pending("cancel_all"), 0);
        manager->onInstrumentsKnown();
        venue.take("cancel_all").reply(ok());
        PositionReport held;
        held.symbol = "BTCUSDT";
        held.size = 7; // a fill while the program was down
        // The reconciliation's queries and the kill's go out together; the kill's come last.
        while (venue.pending("positions") > 1)
            venue.take("positions").positions(ok(), {held});
        venue.take("positions").positions(ok(), {held});
        Call close = venue.take("create");
        EXPECT_TRUE(close.intent.reduceOnly);
        EXPECT_EQ(close.intent.side, Side::Sell);
        EXPECT_EQ(close.intent.quantity, 7);
        close.reply(ok("close-1"));
        while (venue.pending("open") > 1)
            venue.take("open").orders(ok(), {});
        venue.take("open").orders(ok(), {});
        while (venue.pending("positions") > 0)
            venue.take("positions").positions(ok(), {});
        ASSERT_TRUE(report.finished());
        EXPECT_NE(report.reason.find("operator (run again after a restart)"), std::string::npos) << report.reason;
        EXPECT_EQ(report.positionsToFlatten, 1);
        EXPECT_TRUE(manager->killSwitchEngaged());
        EXPECT_TRUE(manager->resetKillSwitch(&error)) << error;
        EXPECT_TRUE(manager->place(limitBuy()).sent);
    }
}

TEST_F(OrderManagerTest, WithoutAnEngagedKillSwitchInTheJournalARestartTradesAsBefore)
{
    auto manager = make();
    EXPECT_FALSE(manager->killSwitchEngaged());
    EXPECT_EQ(journal.count("kill"), 0);
    EXPECT_TRUE(manager->place(limitBuy()).sent);
}

TEST_F(OrderManagerTest, TheDailyLossLimitFiresTheKillSwitch)
{
    TradingSettings settings;
    settings.risk.dailyLossLimit = 100;
    auto manager = make(settings);
    manager->onMark("BTCUSDT", 500'000);
    const PlaceResult placed = manager->place(limitBuy(500'000, 100)); // 0.1 BTC at 50000
    Call create = venue.take("create");
    create.reply(ok("o-1"));
    venue.listener()->onVenueExecution(fill("e-1", create, "o-1", 500'000, 100));
    manager->onMark("BTCUSDT", 495'000); // -500 × 0.1 = -50
    EXPECT_FALSE(manager->killSwitchEngaged());
    manager->onMark("BTCUSDT", 489'000); // -1100 × 0.1 = -110
    EXPECT_TRUE(manager->killSwitchEngaged());
    EXPECT_NEAR(manager->dailyPnl(), -110, 1e-6);
    EXPECT_NE(manager->lastKill().reason.find("daily loss"), std::string::npos);
    EXPECT_EQ(venue.pending("cancel_all"), 1);
}

TEST_F(OrderManagerTest, LosingThePrivateStreamFiresTheKillSwitchWhenConfigured)
{
    TradingSettings settings;
    settings.killOnStreamLossMs = 10'000;
    auto manager = make(settings);
    venue.listener()->onVenueStream(true, "up");
    for (const char *kind : {"open", "executions", "positions", "wallet"})
        venue.take(kind);
    venue.listener()->onVenueStream(false, "pong timeout");
    clock.advanceMs(9'000);
    manager->tick();
    EXPECT_FALSE(manager->killSwitchEngaged());
    clock.advanceMs(1'000);
    manager->tick();
    EXPECT_TRUE(manager->killSwitchEngaged());
    EXPECT_NE(manager->lastKill().reason.find("pong timeout"), std::string::npos);
}

TEST_F(OrderManagerTest, AfterARestartUnfinishedIntentsAreLookedUpNotResent)
{
    OrderIntent intent;
    intent.orderLinkId = "vw-abc-1";
    intent.symbol = "BTCUSDT";
    intent.price = 500'000;
    intent.quantity = 10;
    journal.unfinished.push_back({intent, clock.epochMs() - 60'000, {}});
    auto manager = make();
    EXPECT_EQ(venue.started, 1);
    EXPECT_EQ(venue.pending("create"), 0);
    Call query = venue.take("query");
    EXPECT_EQ(query.orderLinkId, "vw-abc-1");
    query.orders(ok(), {});
    // Its request is a minute old: past any recv_window, so it never reached the venue. The end is
    // journalled, so the next start does not look it up again.
    EXPECT_EQ(manager->orders().find("vw-abc-1")->status, OrderStatus::Rejected);
    EXPECT_EQ(journal.count("update vw-abc-1 Rejected"), 1);
}

TEST_F(OrderManagerTest, AfterARestartAnAcknowledgedOrderIsNeverCalledUnsent)
{
    OrderIntent intent;
    intent.orderLinkId = "vw-abc-2";
    intent.symbol = "BTCUSDT";
    intent.price = 500'000;
    intent.quantity = 10;
    journal.unfinished.push_back({intent, clock.epochMs() - 60'000, "o-77"});
    auto manager = make();
    EXPECT_EQ(manager->orders().find("vw-abc-2")->orderId, "o-77");
    Call query = venue.take("query");
    query.orders(ok(), {});
    // The venue acknowledged it before the restart and no longer knows it: not open, not "never sent".
    const Order *order = manager->orders().find("vw-abc-2");
    EXPECT_EQ(order->status, OrderStatus::Cancelled);
    EXPECT_NE(order->reason.find("acknowledged as o-77"), std::string::npos) << order->reason;
    EXPECT_EQ(order->reason.find("never reached"), std::string::npos) << order->reason;
    EXPECT_EQ(journal.count("update vw-abc-2 Cancelled"), 1);
}

TEST_F(OrderManagerTest, FillsOfOrdersThisRunNeverSawBuildThePositionOnce)
{
    // A fresh run (the CLI, a restart) reconciles fills of orders placed before it.
    auto manager = make();
    venue.listener()->onVenueStream(true, "up");
    Call earlier;
    earlier.intent.orderLinkId = "vw-old-1";
    earlier.intent.symbol = "BTCUSDT";
    earlier.intent.side = Side::Buy;
    Call closing = earlier;
    closing.intent.orderLinkId = "vw-old-2";
    closing.intent.side = Side::Sell;
    venue.take("open").orders(ok(), {});
    venue.take("executions")
        .executions(ok(), {fill("x-1", earlier, "o-old-1", 500'000, 10), fill("x-2", closing, "o-old-2", 501'000, 4)});
    venue.take("positions").positions(ok(), {});
    venue.take("wallet").wallet(ok(), {});
    ASSERT_NE(manager->positions().find("BTCUSDT"), nullptr);
    EXPECT_EQ(manager->positions().find("BTCUSDT")->size, 6);
    EXPECT_EQ(journal.count("execution x-"), 2);
    // The stream repeats one: not counted again.
    venue.listener()->onVenueExecution(fill("x-2", closing, "o-old-2", 501'000, 4));
    EXPECT_EQ(manager->positions().find("BTCUSDT")->size, 6);
}

// Trading starts before the instrument catalog arrives. An unfinished intent then comes back from the
// journal without its grid (no quantity) and cannot be registered yet; once the instruments are known
// it is looked up (once), and the venue is read again, since its orders of unknown symbols were skipped.
TEST_F(OrderManagerTest, UnfinishedIntentsAndTheVenueAreReadAgainOnceTheInstrumentsAreKnown)
{
    OrderIntent intent;
    intent.orderLinkId = "vw-abc-2";
    intent.symbol = "BTCUSDT";
    intent.price = 500'000;
    intent.quantity = 0; // what the journal can give without the instrument's lot grid
    journal.unfinished.push_back({intent, clock.epochMs() - 1'000, {}});
    auto manager = make();
    EXPECT_EQ(venue.pending("query"), 0);
    venue.listener()->onVenueStream(true, "up");
    venue.take("open").orders(ok(), {});
    venue.take("executions").executions(ok(), {});
    venue.take("positions").positions(ok(), {});
    venue.take("wallet").wallet(ok(), {});

    journal.unfinished.front().intent.quantity = 10; // the grid is known now
    manager->onInstrumentsKnown();
    Call query = venue.take("query");
    EXPECT_EQ(query.orderLinkId, "vw-abc-2");
    EXPECT_EQ(venue.pending("open"), 1) << "the venue is read again";
    // Listed open at the venue: the order is known with the venue's state, and not sent again.
    Call create;
    create.intent = intent;
    create.intent.quantity = 10;
    venue.take("open").orders(ok(), {update(create, "o-2", OrderStatus::New)});
    query.orders(ok(), {update(create, "o-2", OrderStatus::New)});
    ASSERT_NE(manager->orders().find("vw-abc-2"), nullptr);
    EXPECT_EQ(manager->orders().find("vw-abc-2")->status, OrderStatus::New);
    EXPECT_EQ(venue.pending("create"), 0);
    // Known already: a second notice looks nothing up again.
    manager->onInstrumentsKnown();
    EXPECT_EQ(venue.pending("query"), 0);
}
