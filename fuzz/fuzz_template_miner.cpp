// Fuzz target over the template miner: masks, the tree, consolidation's joins (covered, spans,
// columns, aligned names and gaps, quoted values) and lines learnt after it. The first byte picks
// the options; the rest is lines. Every line's template must stay known and every group valid, and a
// miner that scans every leaf (Options::indexLeaves off) must give every line the same template.
#include "FuzzSupport.h"

#include "logs/TemplateMiner.h"

using namespace virtuoso;
using namespace virtuoso::logs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t pick = data[0];
    TemplateMiner::Options options;
    options.similarity = 0.5 + 0.1 * (pick & 3);
    options.depth = 4 + ((pick >> 2) & 1);
    options.adaptiveSimilarity = (pick >> 3) & 1;
    options.joinMixedSpans = !((pick >> 4) & 1);
    options.joinAlignedGaps = !((pick >> 5) & 1);
    options.joinDelimitedColumns = !((pick >> 6) & 1);
    options.joinKeyedFields = !((pick >> 7) & 1);
    options.joinKeyedComplements = !((pick >> 7) & 1) || (pick & 1);
    options.keyedValuesOfWords = !((pick >> 7) & 1) || (pick & 2);
    options.joinedSpansKeepKeys = !((pick >> 6) & 1) || (pick & 1);
    TemplateMiner miner(options);
    options.indexLeaves = false;
    TemplateMiner scanning(options);
    const std::vector<std::string_view> lines = fuzz::split(fuzz::asText(data + 1, size - 1), '\n', 400);
    std::vector<int> ids;
    for (std::string_view line : lines) {
        const QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
        ids.push_back(miner.addForId(text));
        VIRTUOSO_FUZZ_CHECK(scanning.addForId(text) == ids.back());
    }
    miner.consolidate();
    scanning.consolidate();
    const int known = miner.templateCount();
    for (int id : ids) {
        VIRTUOSO_FUZZ_CHECK(id >= 0 && id < known);
        const int group = miner.groupOf(id);
        VIRTUOSO_FUZZ_CHECK(group >= 0 && group < known && miner.groupOf(group) == group);
    }
    // Lines after consolidation reach the templates they joined.
    for (std::size_t i = 0; i < lines.size() && i < 20; ++i) {
        const QString text = QString::fromUtf8(lines[i].data(), qsizetype(lines[i].size()));
        const TemplateMiner::Match m = miner.add(text);
        VIRTUOSO_FUZZ_CHECK(m.templateId >= 0 && m.templateId < miner.templateCount());
        VIRTUOSO_FUZZ_CHECK(scanning.add(text).templateId == m.templateId);
    }
    VIRTUOSO_FUZZ_CHECK(!miner.templates().empty() || lines.empty());
    return 0;
}
