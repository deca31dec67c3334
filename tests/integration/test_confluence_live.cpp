// The confluence engine inside a running core: from the simulator's bootstrap history and live
// stream to a signal per symbol in the published snapshots.
#include "SimulatorFixture.h"

#include "model/confluence/ConfluenceTypes.h"

#include <cmath>
#include <set>

namespace virtuoso::test {
namespace {

class ConfluenceLive : public SimulatorFixture
{
protected:
    QStringList symbols() const override
    {
        return {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("SOLUSDT")};
    }

    bool everySymbolSignalled() const
    {
        if (!latest)
            return false;
        std::set<std::string> seen;
        // Live data may produce a signal before the symbol's history lands; wait for the technical part.
        const auto technical = size_t(confluence::ComponentId::Technical);
        for (const auto &signal : latest->confluenceSignals)
            if (signal && signal->ready && !std::isnan(signal->components[technical].score))
                seen.insert(signal->symbol);
        for (const QString &s : symbols())
            if (!seen.count(s.toStdString()))
                return false;
        return true;
    }

    CoreSnapshotPtr latest;
};

TEST_F(ConfluenceLive, EverySymbolGetsAScoredSignalWithSixComponentsInTheSnapshot)
{
    startCore();
    ASSERT_TRUE(runtime);
    QObject::connect(runtime.get(), &CoreRuntime::snapshotPublished, runtime.get(),
                     [this](const CoreSnapshotPtr &snapshot) { latest = snapshot; });
    ASSERT_TRUE(waitFor([&] { return everySymbolSignalled(); }, 20000))
        << "signals in the last snapshot: " << (latest ? latest->confluenceSignals.size() : 0);

    const CoreSnapshotPtr snapshot = latest;
    ASSERT_EQ(snapshot->confluenceSignals.size(), size_t(symbols().size()));
    for (size_t i = 0; i < snapshot->confluenceSignals.size(); ++i) {
        const confluence::ConfluenceSignal &signal = *snapshot->confluenceSignals[i];
        SCOPED_TRACE(signal.symbol);
        if (i > 0) {
            EXPECT_LT(snapshot->confluenceSignals[i - 1]->symbol, signal.symbol) << "sorted by symbol";
        }
        EXPECT_GE(signal.score, 0.0);
        EXPECT_LE(signal.score, 100.0);
        EXPECT_GE(signal.reliability, 0.0);
        EXPECT_LE(signal.reliability, 1.0);
        ASSERT_EQ(signal.components.size(), size_t(confluence::kComponentCount));
        EXPECT_EQ(confluence::kComponentCount, 6);
        for (int c = 0; c < confluence::kComponentCount; ++c) {
            const auto &component = signal.components[size_t(c)];
            EXPECT_EQ(int(component.id), c);
            EXPECT_GT(component.timeframes[0].count, 0) << confluence::componentName(component.id);
        }
        // 2000 bootstrapped 1m candles: the technical indicators score from the first signal on.
        const auto &technical = signal.components[size_t(confluence::ComponentId::Technical)];
        EXPECT_FALSE(std::isnan(technical.score));
        EXPECT_GE(technical.score, 0.0);
        EXPECT_LE(technical.score, 100.0);
        EXPECT_NE(signal.toJson().find(signal.symbol), std::string::npos);
    }
}

} // namespace
} // namespace virtuoso::test
