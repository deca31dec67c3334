// The alerts of a whole core against the simulator with faults: an IP ban, a stall of every
// connection (stale connections and one incident) and a liquidation cascade each raise the
// alerts the rules ask for, journaled and delivered. Waits for events, never for a fixed time.
#include "SimulatorFixture.h"

#include "store/AlertJournal.h"

#include <QTemporaryDir>

using namespace virtuoso;
using namespace virtuoso::test;

namespace {

class AlertsLive : public SimulatorFixture
{
protected:
    QTemporaryDir dir;

    QString journalPath() const { return dir.filePath(QStringLiteral("alerts.sqlite")); }

    void startWithRules()
    {
        startCore({
            // Several connections, so a stall of all of them is an incident.
            QStringLiteral("connection.max_args_chars=200"),
            QStringLiteral("alerts.journal_path=%1").arg(journalPath()),
            QStringLiteral("alerts.tape_min_notional=1"),
            QStringLiteral("channel.desk.type=desktop"),
            QStringLiteral("rule.feed.source=connection"),
            QStringLiteral("rule.feed.stale_after_s=2"),
            QStringLiteral("rule.feed.channels=desk"),
            QStringLiteral("rule.incidents.source=incident"),
            QStringLiteral("rule.incidents.channels=desk"),
            QStringLiteral("rule.ban.source=rest_ban"),
            QStringLiteral("rule.ban.channels=desk"),
            QStringLiteral("rule.cascade.source=liquidation"),
            QStringLiteral("rule.cascade.total_notional=1"),
            QStringLiteral("rule.cascade.window_s=60"),
            QStringLiteral("rule.cascade.channels=desk"),
        });
    }

    QStringList keys() const
    {
        QStringList out;
        if (const alerts::AlertBoardPtr board = runtime->alertBoard())
            for (const alerts::AlertItem &a : board->recent)
                out << a.key;
        return out;
    }
    bool hasKey(const QString &prefix) const
    {
        for (const QString &k : keys())
            if (k.startsWith(prefix))
                return true;
        return false;
    }
};

} // namespace

TEST_F(AlertsLive, ABanAStallAndALiquidationCascadeRaiseTheirAlerts)
{
    ASSERT_TRUE(dir.isValid());
    // Banned from the start: the instrument catalog's first request is answered 403.
    fault({{"kind", "ban"}, {"seconds", 3}});
    startWithRules();
    ASSERT_TRUE(waitFor([&] { return hasKey(QStringLiteral("rest_ban")); }, 15000)) << keys().join(' ').toStdString();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 30000)) << "the feed recovers once the ban is over";
    ASSERT_GE(runtime->connections().size(), 2u);

    fault({{"kind", "stall"}, {"conn", "all"}, {"seconds", 6}});
    ASSERT_TRUE(waitFor([&] { return hasKey(QStringLiteral("connection:")); }, 15000))
        << keys().join(' ').toStdString();
    ASSERT_TRUE(waitFor([&] { return hasKey(QStringLiteral("incident:")); }, 15000)) << keys().join(' ').toStdString();
    ASSERT_TRUE(waitFor([&] { return allLive(); }, 20000));
    ASSERT_TRUE(waitFor([&] { return hasKey(QStringLiteral("connection:")) && keys().join(' ').contains("recovered"); },
                        10000));

    control("POST", QStringLiteral("/market/liquidations"), {{"symbol", "all"}, {"scale", 20}});
    ASSERT_TRUE(waitFor([&] { return hasKey(QStringLiteral("liquidation:all:total")); }, 15000))
        << keys().join(' ').toStdString();
    const alerts::AlertBoardPtr board = runtime->alertBoard();
    ASSERT_TRUE(board);
    EXPECT_FALSE(board->totals.empty());
    EXPECT_GT(board->totals.back().last5m, 0);
    bool liquidationOnTape = false;
    for (const alerts::MarketEvent &e : board->tape)
        liquidationOnTape = liquidationOnTape || e.kind == alerts::MarketEvent::Kind::Liquidation;
    EXPECT_TRUE(liquidationOnTape);

    // One incident for one stall, however many connections took part.
    int incidents = 0;
    for (const QString &k : keys())
        incidents += k.startsWith(QLatin1String("incident:")) ? 1 : 0;
    EXPECT_EQ(incidents, 1);

    // Journaled, and delivered to the desktop channel.
    ASSERT_TRUE(waitFor(
        [&] {
            store::AlertJournal journal;
            if (!journal.open(journalPath(), true))
                return false;
            const auto records = journal.query({});
            if (static_cast<qsizetype>(records.size()) < keys().size())
                return false;
            for (const store::AlertRecord &r : records)
                for (const store::AlertDeliveryRecord &d : r.deliveries)
                    if (d.status != QLatin1String("delivered"))
                        return false;
            return true;
        },
        10000));
}
