// The leaf index (Options::indexLeaves) finds what comparing a line with every template of its leaf
// finds: the same templates, the same ids, line by line, on every labelled log and on generated
// logs made to fill one leaf with thousands of templates.
#include "LoghubCsv.h"
#include "TestSupport.h"
#include "logs/TemplateMiner.h"

#include <QDir>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::logs;
using namespace virtuoso::test;

namespace {

struct Mined
{
    std::vector<int> ids;       // per line, as added
    std::vector<int> groups;    // per line, after consolidate()
    std::vector<QString> texts; // per template id
    std::vector<int> afterIds;  // lines added after consolidate()
};

// Mines the first part of `lines`, consolidates, then mines the rest: templates learn after
// consolidate() changed them in place, as a daemon's miner does between reports.
Mined mine(TemplateMiner::Options options, bool index, const QStringList &lines, qsizetype firstPart)
{
    options.indexLeaves = index;
    TemplateMiner miner(options);
    Mined out;
    for (qsizetype i = 0; i < firstPart && i < lines.size(); ++i)
        out.ids.push_back(miner.addForId(lines[i]));
    miner.consolidate();
    for (int id : out.ids)
        out.groups.push_back(miner.groupOf(id));
    for (qsizetype i = firstPart; i < lines.size(); ++i)
        out.afterIds.push_back(miner.addForId(lines[i]));
    for (int id = 0; id < miner.templateCount(); ++id)
        out.texts.push_back(miner.templateText(id));
    return out;
}

void expectSameMining(const TemplateMiner::Options &options, const QStringList &lines, const QString &what)
{
    const qsizetype firstPart = lines.size() * 3 / 4;
    const Mined scanned = mine(options, false, lines, firstPart);
    const Mined indexed = mine(options, true, lines, firstPart);
    ASSERT_EQ(indexed.ids.size(), scanned.ids.size()) << qPrintable(what);
    for (size_t i = 0; i < scanned.ids.size(); ++i)
        ASSERT_EQ(indexed.ids[i], scanned.ids[i])
            << qPrintable(what) << ", line " << i << ": " << qPrintable(lines[static_cast<qsizetype>(i)]);
    EXPECT_EQ(indexed.groups, scanned.groups) << qPrintable(what);
    EXPECT_EQ(indexed.afterIds, scanned.afterIds) << qPrintable(what);
    EXPECT_EQ(indexed.texts, scanned.texts) << qPrintable(what);
}

// Fields of words from a few dozen values each: every line a combination, thousands of templates
// in the one leaf their length and first tokens lead to.
QStringList keyedWords(int lines, quint32 seed, int fields)
{
    QRandomGenerator random(seed);
    auto word = [&random] {
        QString w;
        const int length = 3 + random.bounded(6);
        for (int k = 0; k < length; ++k)
            w += QChar(u'a' + random.bounded(26));
        return w;
    };
    static const char *const keys[] = {"node", "role", "state", "zone", "rack", "tier", "pool", "owner"};
    std::vector<QStringList> values;
    for (int f = 0; f < fields; ++f) {
        QStringList v;
        for (int k = 0; k < 4 + 9 * f; ++k)
            v << word();
        values.push_back(v);
    }
    QStringList out;
    for (int i = 0; i < lines; ++i) {
        QStringList tokens;
        for (int f = 0; f < fields; ++f)
            tokens << QStringLiteral("%1=%2").arg(QLatin1String(keys[f]),
                                                  values[static_cast<size_t>(f)].at(random.bounded(4 + 9 * f)));
        // Now and then a value a mask rewrites, a bracketed one, or a line of another length.
        const int twist = random.bounded(10);
        if (twist == 0)
            tokens << QStringLiteral("took=%1ms").arg(random.bounded(500));
        else if (twist == 1)
            tokens[0] = QStringLiteral("(%1)").arg(word());
        else if (twist == 2)
            tokens << word();
        out << tokens.join(u' ');
    }
    return out;
}

// Lines of words from a small vocabulary, of 3 to 9 tokens, some with numbers.
QStringList wordSoup(int lines, quint32 seed)
{
    QRandomGenerator random(seed);
    static const char *const words[] = {"open",  "close", "read",  "write", "user", "disk",   "fail",
                                        "retry", "queue", "cache", "miss",  "hit",  "socket", "timeout"};
    QStringList out;
    for (int i = 0; i < lines; ++i) {
        QStringList tokens;
        const int n = 3 + random.bounded(7);
        for (int k = 0; k < n; ++k)
            tokens << (random.bounded(5) == 0 ? QString::number(random.bounded(1000))
                                              : QLatin1String(words[random.bounded(14)]));
        out << tokens.join(u' ');
    }
    return out;
}

} // namespace

TEST(TemplateMinerIndex, FindsWhatTheScanFindsOnEveryLabelledLog)
{
    QStringList files;
    const QDir loghub(dataFile(QStringLiteral("loghub")));
    for (const QString &set : loghub.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        files << QStringLiteral("loghub/%1/%1_2k.log_structured.csv").arg(set);
    const QDir heldOut(dataFile(QStringLiteral("logs-heldout")));
    for (const QString &file : heldOut.entryList({QStringLiteral("*.csv")}, QDir::Files))
        files << QStringLiteral("logs-heldout/") + file;
    ASSERT_GE(files.size(), 200);
    for (const QString &file : files) {
        const LoghubDataset data = loadLabelled(file);
        ASSERT_FALSE(data.contents.isEmpty()) << qPrintable(file);
        expectSameMining(TemplateMiner::Options{}, data.contents, file);
    }
}

TEST(TemplateMinerIndex, FindsWhatTheScanFindsInALeafOfThousandsOfTemplates)
{
    for (int fields : {3, 4, 6}) {
        const QStringList lines = keyedWords(6000, 1000 + static_cast<quint32>(fields), fields);
        // The case the index is for: the leaf really holds thousands of templates.
        TemplateMiner probe;
        for (const QString &line : lines)
            probe.addForId(line);
        EXPECT_GE(probe.templateCount(), 500) << fields << " fields";
        expectSameMining(TemplateMiner::Options{}, lines, QStringLiteral("%1 fields").arg(fields));
    }
}

TEST(TemplateMinerIndex, FindsWhatTheScanFindsUnderEveryThresholdAndCount)
{
    const QStringList keyed = keyedWords(1500, 77, 4);
    const QStringList soup = wordSoup(1500, 78);
    for (double similarity : {0.0, 0.3, 0.5, 0.6, 0.75, 1.0})
        for (bool adaptive : {false, true})
            for (bool maskedAreWords : {false, true}) {
                TemplateMiner::Options o;
                o.similarity = similarity;
                o.adaptiveSimilarity = adaptive;
                o.maskedTokensAreWords = maskedAreWords;
                const QString what = QStringLiteral("similarity %1, adaptive %2, masked tokens are words %3")
                                         .arg(similarity)
                                         .arg(adaptive)
                                         .arg(maskedAreWords);
                expectSameMining(o, keyed, QStringLiteral("keyed words, ") + what);
                expectSameMining(o, soup, QStringLiteral("word soup, ") + what);
            }
    TemplateMiner::Options drain; // Drain's own settings: depth 4, one token routed
    drain.depth = 4;
    drain.similarity = 0.5;
    drain.maskedTokensAreWords = true;
    drain.routeNamesThroughWildcard = false;
    drain.masks = TemplateMasks::none();
    expectSameMining(drain, keyed, QStringLiteral("keyed words, Drain's settings"));
    expectSameMining(drain, soup, QStringLiteral("word soup, Drain's settings"));
}
