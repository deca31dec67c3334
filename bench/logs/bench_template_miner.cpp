// Template mining throughput on the Loghub 2k messages (tests/data/loghub), all eight datasets
// mixed into one miner with the default masks, as the log analyzer would run it.
#include "logs/TemplateMiner.h"

#include <QFile>
#include <QStringList>

#include <benchmark/benchmark.h>

using namespace virtuoso;
using namespace virtuoso::logs;

namespace {

// The Content column is the last-but-two; a light split is enough here (the test uses a real parser).
QStringList loadContents()
{
    QStringList lines;
    for (const char *name : {"HDFS", "Hadoop", "Spark", "Zookeeper", "BGL", "Apache", "OpenSSH", "Linux"}) {
        QFile f(QStringLiteral(VIRTUOSO_LOGHUB_DIR "/%1/%1_2k.log_structured.csv").arg(QLatin1String(name)));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        f.readLine(); // header
        while (!f.atEnd()) {
            const QString row = QString::fromUtf8(f.readLine()).trimmed();
            const qsizetype last = row.lastIndexOf(QLatin1Char(','));
            const qsizetype secondLast = row.lastIndexOf(QLatin1Char(','), last - 1);
            const qsizetype start = row.indexOf(QLatin1Char(','), 0);
            if (start < 0 || secondLast <= start)
                continue;
            lines << row.left(secondLast); // the content with its header columns: realistic line length
        }
    }
    return lines;
}

const QStringList &contents()
{
    static const QStringList lines = loadContents();
    return lines;
}

} // namespace

static void BM_TemplateMinerAddForId(benchmark::State &state)
{
    const QStringList &lines = contents();
    for (auto _ : state) {
        TemplateMiner miner;
        for (const QString &line : lines)
            benchmark::DoNotOptimize(miner.addForId(line));
    }
    state.SetItemsProcessed(state.iterations() * lines.size());
}
BENCHMARK(BM_TemplateMinerAddForId)->Unit(benchmark::kMillisecond)->UseRealTime();

static void BM_TemplateMinerAddWithVariables(benchmark::State &state)
{
    const QStringList &lines = contents();
    for (auto _ : state) {
        TemplateMiner miner;
        for (const QString &line : lines)
            benchmark::DoNotOptimize(miner.add(line));
    }
    state.SetItemsProcessed(state.iterations() * lines.size());
}
BENCHMARK(BM_TemplateMinerAddWithVariables)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
