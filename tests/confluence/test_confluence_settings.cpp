// [confluence] keys reach the engine's settings, and the weights change the score.
#include "model/confluence/ConfluenceEngine.h"
#include "model/confluence/ConfluenceSettings.h"

#include "base/Clock.h"
#include "base/config/Config.h"

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::confluence;

TEST(ConfluenceSettings, DefaultsMatchTheDocumentedModel)
{
    const ConfluenceSettings s = ConfluenceSettings::fromConfig(Config());
    EXPECT_DOUBLE_EQ(s.componentWeights[static_cast<size_t>(ComponentId::Orderflow)], 0.30);
    EXPECT_DOUBLE_EQ(s.componentWeights[static_cast<size_t>(ComponentId::Sentiment)], 0.07);
    EXPECT_DOUBLE_EQ(s.timeframeWeights[0], 0.4);
    EXPECT_DOUBLE_EQ(s.timeframeWeights[3], 0.1);
    EXPECT_DOUBLE_EQ(s.longThreshold, 70);
    EXPECT_DOUBLE_EQ(s.shortThreshold, 35);
}

TEST(ConfluenceSettings, OverridesAreRead)
{
    Config::LoadOptions options;
    options.searchDefaultLocations = false;
    options.systemFile.clear();
    options.overrides = {QStringLiteral("confluence.weight_sentiment=0.5"),
                         QStringLiteral("confluence.timeframe_weights=1,0,0,0"),
                         QStringLiteral("confluence.long_threshold=60")};
    const auto loaded = Config::load(options);
    ASSERT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
    const ConfluenceSettings s = ConfluenceSettings::fromConfig(loaded.config);
    EXPECT_DOUBLE_EQ(s.componentWeights[static_cast<size_t>(ComponentId::Sentiment)], 0.5);
    EXPECT_DOUBLE_EQ(s.timeframeWeights[0], 1.0);
    EXPECT_DOUBLE_EQ(s.timeframeWeights[1], 0.0);
    EXPECT_DOUBLE_EQ(s.longThreshold, 60);
}

TEST(ConfluenceSettings, ComponentWeightsDecideTheBlend)
{
    // Sentiment bearish (high funding), orderbook bullish (bid-heavy): the weights pick the winner.
    std::vector<BookLevel> bids, asks;
    for (int i = 0; i < 10; ++i) {
        bids.push_back({99.99 - 0.01 * i, 9.0});
        asks.push_back({100.01 + 0.01 * i, 1.0});
    }
    auto scoreWith = [&](double orderbookWeight, double sentimentWeight) {
        ManualClock clock;
        ConfluenceSettings settings;
        settings.componentWeights[static_cast<size_t>(ComponentId::Orderbook)] = orderbookWeight;
        settings.componentWeights[static_cast<size_t>(ComponentId::Sentiment)] = sentimentWeight;
        ConfluenceEngine engine(clock, settings);
        engine.onBook(QStringLiteral("X"), {0, bids.data(), 10, asks.data(), 10});
        engine.onFunding(QStringLiteral("X"), 0.002, 0);
        return engine.evaluate(QStringLiteral("X")).score;
    };
    EXPECT_GT(scoreWith(0.9, 0.1), 60);
    EXPECT_LT(scoreWith(0.1, 0.9), 40);
}
