// Grouping accuracy of the template miner on the Loghub 2k datasets (tests/data/loghub), against
// the Drain figures published by Zhu et al., "Tools and Benchmarks for Automated Log Parsing"
// (ICSE-SEIP 2019), Table 4.
#include "LoghubCsv.h"
#include "TestSupport.h"
#include "logs/TemplateMiner.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace virtuoso;
using namespace virtuoso::logs;
using namespace virtuoso::test;

namespace {

struct DatasetCase
{
    const char *name;
    double drainAccuracy; // published
    int depth;
    double similarity;
    std::vector<const char *> regexes; // line-wide masks, as Drain's benchmark configured them
};

// Depth, threshold and regular expressions as in Drain's benchmark script (logparser, Drain_benchmark.py).
const std::vector<DatasetCase> &cases()
{
    static const std::vector<DatasetCase> all = {
        {"HDFS", 0.998, 4, 0.5, {R"(blk_-?\d+)", R"((\d+\.){3}\d+(:\d+)?)"}},
        {"Hadoop", 0.948, 4, 0.5, {R"((\d+\.){3}\d+)"}},
        {"Spark", 0.920, 4, 0.5, {R"((\d+\.){3}\d+)", R"(\b[KGTM]?B\b)", R"(([\w-]+\.){2,}[\w-]+)"}},
        {"Zookeeper", 0.967, 4, 0.5, {R"((/|)(\d+\.){3}\d+(:\d+)?)"}},
        {"BGL", 0.963, 4, 0.5, {R"(core\.\d+)"}},
        {"Apache", 1.0, 4, 0.5, {R"((\d+\.){3}\d+)"}},
        {"OpenSSH", 0.788, 5, 0.6, {R"((\d+\.){3}\d+)", R"(([\w-]+\.){2,}[\w-]+)"}},
        {"Linux", 0.690, 6, 0.39, {R"((\d+\.){3}\d+)", R"(\d{2}:\d{2}:\d{2})"}},
    };
    return all;
}

// Drain as published: its tree, threshold and per-dataset regular expressions, none of our additions.
TemplateMiner::Options drainOptionsFor(const DatasetCase &c)
{
    TemplateMiner::Options o;
    o.depth = c.depth;
    o.similarity = c.similarity;
    o.maskedTokensAreWords = true;
    o.adaptiveSimilarity = false;
    o.routeNamesThroughWildcard = false;
    o.masks = TemplateMasks::none();
    for (const char *re : c.regexes)
        o.masks.extraMasks.emplace_back(QString::fromLatin1(re));
    return o;
}

double accuracyOf(const LoghubDataset &data, const TemplateMiner::Options &options, bool consolidate = true)
{
    return minerAccuracy(data, options, consolidate);
}

LoghubDataset load(const char *name)
{
    QString error;
    const QString path = dataFile(QStringLiteral("loghub/%1/%1_2k.log_structured.csv").arg(QLatin1String(name)));
    auto data = loadLoghubStructured(path, &error);
    EXPECT_TRUE(data) << error.toStdString();
    return data.value_or(LoghubDataset{});
}

} // namespace

TEST(LoghubCsv, QuotedFieldsKeepCommasQuotesAndNewlines)
{
    const auto rows = parseCsv("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"multi\nline\",\n");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[1], (QStringList{QStringLiteral("1"), QStringLiteral("x, y"), QStringLiteral("say \"hi\"")}));
    EXPECT_EQ(rows[2], (QStringList{QStringLiteral("2"), QStringLiteral("multi\nline"), QString()}));
}

TEST(LoghubCsv, GroupingAccuracyCountsOnlyExactGroups)
{
    const QStringList truth{"E1", "E1", "E2", "E2", "E3"};
    EXPECT_DOUBLE_EQ(groupingAccuracy(truth, {"a", "a", "b", "b", "c"}), 1.0);
    EXPECT_DOUBLE_EQ(groupingAccuracy(truth, {"a", "a", "b", "b", "b"}), 0.4); // E2+E3 merged
    EXPECT_DOUBLE_EQ(groupingAccuracy(truth, {"a", "x", "b", "b", "c"}), 0.6); // E1 split
}

TEST(TemplateMinerLoghub, EveryDatasetParsesCompletely)
{
    for (const DatasetCase &c : cases()) {
        const LoghubDataset data = load(c.name);
        EXPECT_EQ(data.contents.size(), 2000) << c.name;
    }
}

// With Drain's own settings this port reproduces the published figures to the third decimal
// (checked below), so the margin only absorbs the rounding of the published three-decimal
// figures: HDFS measures 0.9975 against a published 0.998.
constexpr double Margin = 0.001;

TEST(TemplateMinerLoghub, DrainConfigurationReproducesThePublishedFigures)
{
    for (const DatasetCase &c : cases()) {
        const double plain = accuracyOf(load(c.name), drainOptionsFor(c), false);
        EXPECT_NEAR(plain, c.drainAccuracy, 0.0015) << c.name;
    }
}

// The product runs one configuration on every log it reads: the defaults, with no regular
// expressions and nothing tuned per dataset.
TEST(TemplateMinerLoghub, DefaultConfigurationMatchesOrBeatsTunedDrainOnEveryDataset)
{
    std::printf("%-10s %8s %10s\n", "dataset", "Drain", "default");
    double sum = 0;
    for (const DatasetCase &c : cases()) {
        const double ours = accuracyOf(load(c.name), TemplateMiner::Options{});
        std::printf("%-10s %8.3f %10.4f\n", c.name, c.drainAccuracy, ours);
        EXPECT_GE(ours, c.drainAccuracy - Margin) << c.name;
        sum += ours;
    }
    const double average = sum / static_cast<double>(cases().size());
    std::printf("%-10s %8s %10.4f\n", "average", "", average);
    EXPECT_GE(average, 0.90);
}
