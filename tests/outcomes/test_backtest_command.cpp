// `virtuoso backtest` as a user runs it: reports in three forms, byte-identical twice, a sweep, the
// outcome store, a simulator recording replayed, and bad input answered with an error and an exit code.
#include "SimTestClient.h"
#include "TestSupport.h"

#include "ExitCode.h"
#include "model/confluence/KlineFile.h"
#include "sim/server/SimulatorService.h"
#include "store/OutcomeStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::test;

namespace {

// Two symbols of real 1m candles as CSV: BTCUSDT (3,000 candles) and ETHUSDT (a later stretch on the
// same minutes, scaled).
QString writeKlines(const QTemporaryDir &dir)
{
    const auto file = confluence::readKlineFile(dataFile(QStringLiteral("market/btc_klines_1m.json")));
    EXPECT_TRUE(file.ok());
    QDir(dir.path()).mkdir(QStringLiteral("klines"));
    QByteArray btc = "open_time_ms,open,high,low,close,volume\n";
    QByteArray eth = btc;
    for (size_t i = 0; i < 3000; ++i) {
        const auto &c = file.candles[i];
        btc += QByteArray::number(c.openTimeMs) + ',' + QByteArray::number(c.open, 'g', 10) + ',' +
               QByteArray::number(c.high, 'g', 10) + ',' + QByteArray::number(c.low, 'g', 10) + ',' +
               QByteArray::number(c.close, 'g', 10) + ',' + QByteArray::number(c.volume, 'g', 10) + '\n';
        const auto &e = file.candles[i + 8000];
        eth += QByteArray::number(c.openTimeMs) + ',' + QByteArray::number(e.open / 30, 'g', 10) + ',' +
               QByteArray::number(e.high / 30, 'g', 10) + ',' + QByteArray::number(e.low / 30, 'g', 10) + ',' +
               QByteArray::number(e.close / 30, 'g', 10) + ',' + QByteArray::number(e.volume * 30, 'g', 10) + '\n';
    }
    writeFile(dir, QStringLiteral("klines/BTCUSDT.csv"), btc);
    writeFile(dir, QStringLiteral("klines/ETHUSDT.csv"), eth);
    return dir.filePath(QStringLiteral("klines"));
}

ProcessResult backtest(const QTemporaryDir &home, QStringList args)
{
    args.prepend(QStringLiteral("backtest"));
    return runVirtuoso(args, headlessEnvironment(home), 60000);
}

QJsonObject jsonOf(const ProcessResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

const QStringList kLoose = {QStringLiteral("--long-threshold"), QStringLiteral("62"),
                            QStringLiteral("--short-threshold"), QStringLiteral("38")};

} // namespace

TEST(BacktestCommand, JsonReportHasTheScorecardAndEveryOutcomeAndIsByteIdenticalTwice)
{
    QTemporaryDir home;
    const QString klines = writeKlines(home);
    const auto a = backtest(
        home,
        QStringList{QStringLiteral("--klines"), klines, QStringLiteral("--report"), QStringLiteral("json")} + kLoose);
    ASSERT_TRUE(a.finished);
    ASSERT_EQ(a.exitCode, ExitOk) << a.err.toStdString();
    EXPECT_TRUE(a.err.isEmpty()) << a.err.toStdString();
    const auto b = backtest(
        home,
        QStringList{QStringLiteral("--klines"), klines, QStringLiteral("--report"), QStringLiteral("json")} + kLoose);
    EXPECT_EQ(a.out, b.out);
    const QJsonObject report = jsonOf(a);
    ASSERT_TRUE(report.value(QStringLiteral("scorecard")).isObject());
    const QJsonObject card = report.value(QStringLiteral("scorecard")).toObject();
    const QJsonArray outcomes = report.value(QStringLiteral("outcomes")).toArray();
    EXPECT_GT(outcomes.size(), 10);
    EXPECT_EQ(card.value(QStringLiteral("signals")).toInt(), outcomes.size());
    EXPECT_TRUE(card.value(QStringLiteral("overall")).toObject().contains(QStringLiteral("profit_factor")));
    EXPECT_EQ(card.value(QStringLiteral("calibration")).toArray().size(), 3);
    EXPECT_EQ(report.value(QStringLiteral("mode")).toString(), QStringLiteral("klines"));
    EXPECT_EQ(report.value(QStringLiteral("symbols")).toArray().size(), 2);
    EXPECT_EQ(report.value(QStringLiteral("candles")).toInt(), 6000);
    // It says that only the candle-derived components scored.
    EXPECT_TRUE(report.value(QStringLiteral("notes"))
                    .toArray()
                    .first()
                    .toString()
                    .startsWith(QStringLiteral("Candle-derived components only")));
    const QJsonObject first = outcomes.first().toObject();
    for (const char *key : {"id", "symbol", "signal_ms", "direction", "score", "status", "net_r", "mfe_r", "mae_r",
                            "forward_return", "dominant", "agreement", "regime"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
}

TEST(BacktestCommand, MarkdownAndASelfContainedHtmlPage)
{
    QTemporaryDir home;
    const QString klines = writeKlines(home);
    const auto md = backtest(home, QStringList{QStringLiteral("--klines"), klines} + kLoose);
    ASSERT_EQ(md.exitCode, ExitOk) << md.err.toStdString();
    EXPECT_TRUE(md.out.startsWith("# Signal backtest"));
    for (const char *part : {"## Scorecard", "### By symbol", "### By score bucket", "### By dominant component",
                             "### By timeframe agreement", "### By market regime", "## Calibration", "Spearman",
                             "Candle-derived components only"})
        EXPECT_TRUE(md.out.contains(part)) << part;

    const QString page = home.filePath(QStringLiteral("report.html"));
    const auto html = backtest(home, QStringList{QStringLiteral("--klines"), klines, QStringLiteral("--report"),
                                                 QStringLiteral("html"), QStringLiteral("--out"), page} +
                                         kLoose);
    ASSERT_EQ(html.exitCode, ExitOk) << html.err.toStdString();
    EXPECT_TRUE(html.out.isEmpty());
    QFile f(page);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_TRUE(text.startsWith("<!DOCTYPE html>"));
    EXPECT_GE(text.count("<svg"), 2); // the equity curve and a calibration chart
    EXPECT_TRUE(text.contains("<polyline"));
    for (const char *external : {"http://", "https://", "<script", "src=", "<link", "@import", "url("})
        EXPECT_FALSE(text.contains(external)) << external;
}

TEST(BacktestCommand, SweepGivesOneRowPerThreshold)
{
    QTemporaryDir home;
    const QString klines = writeKlines(home);
    const auto r = backtest(home, {QStringLiteral("--klines"), klines, QStringLiteral("--sweep"),
                                   QStringLiteral("--report"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    const QJsonArray sweep = jsonOf(r).value(QStringLiteral("sweep")).toArray();
    ASSERT_EQ(sweep.size(), 6);
    for (int i = 0; i < 6; ++i) {
        EXPECT_EQ(sweep[i].toObject().value(QStringLiteral("long_threshold")).toDouble(), 60 + 5 * i);
        EXPECT_EQ(sweep[i].toObject().value(QStringLiteral("short_threshold")).toDouble(), 40 - 5 * i);
    }
    EXPECT_GE(sweep[0].toObject().value(QStringLiteral("signals")).toInt(),
              sweep[5].toObject().value(QStringLiteral("signals")).toInt());
}

TEST(BacktestCommand, StoresTheRunInTheOutcomeStore)
{
    QTemporaryDir home;
    const QString klines = writeKlines(home);
    const QString db = home.filePath(QStringLiteral("outcomes.sqlite"));
    const auto r =
        backtest(home, QStringList{QStringLiteral("--klines"), klines, QStringLiteral("--symbols"),
                                   QStringLiteral("BTCUSDT"), QStringLiteral("--db"), db, QStringLiteral("--run"),
                                   QStringLiteral("btc"), QStringLiteral("--report"), QStringLiteral("json")} +
                           kLoose);
    ASSERT_EQ(r.exitCode, ExitOk) << r.err.toStdString();
    const QJsonObject report = jsonOf(r);
    EXPECT_EQ(report.value(QStringLiteral("symbols")).toArray().size(), 1);
    store::OutcomeStore store;
    ASSERT_TRUE(store.open(db, true)) << store.lastError().toStdString();
    EXPECT_EQ(store.runs(), QStringList{QStringLiteral("btc")});
    EXPECT_EQ(static_cast<qsizetype>(store.loadOutcomes(QStringLiteral("btc")).size()),
              report.value(QStringLiteral("outcomes")).toArray().size());
    const auto card = store.loadScorecard(QStringLiteral("btc"));
    ASSERT_TRUE(card.has_value());
    EXPECT_EQ(QJsonDocument::fromJson(QByteArray::fromStdString(*card)).object(),
              report.value(QStringLiteral("scorecard")).toObject());
}

TEST(BacktestCommand, TheWindowAndTheWeightsShapeTheRun)
{
    QTemporaryDir home;
    const QString klines = writeKlines(home);
    const auto all = backtest(
        home,
        QStringList{QStringLiteral("--klines"), klines, QStringLiteral("--report"), QStringLiteral("json")} + kLoose);
    ASSERT_EQ(all.exitCode, ExitOk) << all.err.toStdString();
    const QJsonObject full = jsonOf(all);
    const qint64 from = static_cast<qint64>(full.value(QStringLiteral("from_ms")).toDouble()) + 12 * 3'600'000LL;
    const qint64 to = from + 12 * 3'600'000LL;
    const auto window = backtest(home, QStringList{QStringLiteral("--klines"), klines, QStringLiteral("--from"),
                                                   QStringLiteral("@%1").arg(from / 1000), QStringLiteral("--to"),
                                                   QStringLiteral("@%1").arg(to / 1000), QStringLiteral("--report"),
                                                   QStringLiteral("json")} +
                                           kLoose);
    ASSERT_EQ(window.exitCode, ExitOk) << window.err.toStdString();
    const QJsonArray inside = jsonOf(window).value(QStringLiteral("outcomes")).toArray();
    ASSERT_FALSE(inside.isEmpty());
    EXPECT_LT(inside.size(), full.value(QStringLiteral("outcomes")).toArray().size());
    for (const QJsonValue &o : inside) {
        const qint64 t = static_cast<qint64>(o.toObject().value(QStringLiteral("signal_ms")).toDouble());
        EXPECT_GE(t, from);
        EXPECT_LT(t, to);
    }
    // Outcomes inside the window are those of the full run (the data before it warmed up the same);
    // only their numbers start again inside the window.
    const auto withoutId = [](QJsonObject o) {
        o.remove(QStringLiteral("id"));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QSet<QString> fullOutcomes;
    for (const QJsonValue &o : full.value(QStringLiteral("outcomes")).toArray())
        fullOutcomes.insert(withoutId(o.toObject()));
    for (const QJsonValue &o : inside)
        EXPECT_TRUE(fullOutcomes.contains(withoutId(o.toObject()))) << withoutId(o.toObject()).toStdString();

    const auto weighted = backtest(home, QStringList{QStringLiteral("--klines"), klines, QStringLiteral("--weight"),
                                                     QStringLiteral("technical=0,volume=0.5"),
                                                     QStringLiteral("--report"), QStringLiteral("json")} +
                                             kLoose);
    ASSERT_EQ(weighted.exitCode, ExitOk) << weighted.err.toStdString();
    const QJsonObject weights =
        jsonOf(weighted).value(QStringLiteral("settings")).toObject().value(QStringLiteral("weights")).toObject();
    EXPECT_EQ(weights.value(QStringLiteral("technical")).toDouble(), 0);
    EXPECT_EQ(weights.value(QStringLiteral("volume")).toDouble(), 0.5);
    EXPECT_NE(jsonOf(weighted).value(QStringLiteral("outcomes")), full.value(QStringLiteral("outcomes")));
    for (const QJsonValue &o : jsonOf(weighted).value(QStringLiteral("outcomes")).toArray())
        EXPECT_NE(o.toObject().value(QStringLiteral("dominant")).toString(), QStringLiteral("technical"));
}

TEST(BacktestCommand, BadInputIsAClearErrorAndAnExitCode)
{
    QTemporaryDir home;
    const QString klines = writeKlines(home);
    const QString empty = writeFile(home, QStringLiteral("EMPTY.csv"), "");
    const QString truncated = writeFile(home, QStringLiteral("TRUNC.json"),
                                        "[[1733011200000,\"100\",\"101\",\"99\",\"100\",\"5\"],\n[17330112");
    QByteArray fiveMinute;
    for (int i = 0; i < 10; ++i)
        fiveMinute += QByteArray::number(1733011200000LL + i * 300000LL) + ",100,101,99,100,5\n";
    const QString coarse = writeFile(home, QStringLiteral("COARSE.csv"), fiveMinute);

    struct Case
    {
        QStringList args;
        int code;
        const char *says;
    };
    const std::vector<Case> cases = {
        {{QStringLiteral("--klines"), empty}, ExitStartupFailed, "holds no candles"},
        {{QStringLiteral("--klines"), truncated}, ExitStartupFailed, "line 2"},
        {{QStringLiteral("--klines"), coarse}, ExitStartupFailed, "1m candles"},
        {{QStringLiteral("--klines"), home.filePath(QStringLiteral("absent.csv"))}, ExitStartupFailed, "no such file"},
        {{QStringLiteral("--klines"), klines, QStringLiteral("--symbols"), QStringLiteral("XRPUSDT")},
         ExitUsage,
         "no data for symbol XRPUSDT"},
        {{}, ExitUsage, "--klines"},
        {{QStringLiteral("--klines"), klines, QStringLiteral("--replay"), klines}, ExitUsage, "either"},
        {{QStringLiteral("--klines"), klines, QStringLiteral("--report"), QStringLiteral("pdf")}, ExitUsage, "pdf"},
        {{QStringLiteral("--klines"), klines, QStringLiteral("--horizon"), QStringLiteral("soon")},
         ExitUsage,
         "--horizon"},
        {{QStringLiteral("--klines"), klines, QStringLiteral("--weight"), QStringLiteral("magic=1")},
         ExitUsage,
         "magic"},
        {{QStringLiteral("--klines"), klines, QStringLiteral("--long-threshold"), QStringLiteral("30")},
         ExitUsage,
         "below the long threshold"},
        {{QStringLiteral("--replay"), home.filePath(QStringLiteral("klines"))}, ExitStartupFailed, "no .jsonl"},
        {{QStringLiteral("--replay"), empty}, ExitStartupFailed, "no market data"},
    };
    for (const Case &c : cases) {
        const auto r = backtest(home, c.args);
        SCOPED_TRACE(c.args.join(QLatin1Char(' ')).toStdString());
        ASSERT_TRUE(r.finished);
        EXPECT_EQ(r.exitCode, c.code) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.says)) << r.err.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
    }
}

TEST(BacktestCommand, ReplaysASimulatorRecordingThroughTheWholePipeline)
{
    QTemporaryDir home;
    const QString recordings = home.filePath(QStringLiteral("rec"));
    {
        // Eight simulated minutes of two symbols as the connector subscribes them, recorded by the
        // simulator's own recorder.
        ManualClock clock(1'733'011'200'000);
        sim::SimulatorOptions options;
        options.clock = &clock;
        options.symbols = {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")};
        options.recordDirectory = recordings;
        options.stepsPerSecond = 5;
        options.idleTimeoutMs = 0; // the client sends no pings
        sim::SimulatorService service(options);
        QString error;
        ASSERT_TRUE(service.start(&error)) << error.toStdString();
        sim::test::StreamClient client;
        ASSERT_TRUE(client.open(QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(service.port())));
        QStringList topics;
        for (const QString &s : options.symbols)
            topics << QStringLiteral("orderbook.50.") + s << QStringLiteral("publicTrade.") + s
                   << QStringLiteral("tickers.") + s << QStringLiteral("kline.1.") + s
                   << QStringLiteral("allLiquidation.") + s;
        ASSERT_FALSE(client.subscribe(topics).isEmpty());
        for (int step = 0; step < 8 * 60 * 4; ++step) {
            clock.advanceMs(250);
            service.tick();
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        sim::test::settle(200);
    }
    const QStringList args = {QStringLiteral("--replay"),          recordings,
                              QStringLiteral("--plan-timeframe"),  QStringLiteral("1"),
                              QStringLiteral("--long-threshold"),  QStringLiteral("55"),
                              QStringLiteral("--short-threshold"), QStringLiteral("45"),
                              QStringLiteral("--report"),          QStringLiteral("json")};
    const auto a = backtest(home, args);
    ASSERT_EQ(a.exitCode, ExitOk) << a.err.toStdString();
    const QJsonObject report = jsonOf(a);
    EXPECT_EQ(report.value(QStringLiteral("mode")).toString(), QStringLiteral("replay"));
    EXPECT_GT(report.value(QStringLiteral("messages")).toInt(), 1000);
    EXPECT_GT(report.value(QStringLiteral("evaluations")).toInt(), 100);
    EXPECT_EQ(report.value(QStringLiteral("symbols")).toArray(),
              (QJsonArray{QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT")}));
    EXPECT_TRUE(report.value(QStringLiteral("notes"))
                    .toArray()
                    .first()
                    .toString()
                    .startsWith(QStringLiteral("All components")));
    EXPECT_TRUE(report.value(QStringLiteral("scorecard")).isObject());
    // The same recording gives the same bytes.
    EXPECT_EQ(backtest(home, args).out, a.out);
    // One symbol of it; a symbol it does not hold is a usage error.
    const auto one = backtest(home, args + QStringList{QStringLiteral("--symbols"), QStringLiteral("ETHUSDT")});
    ASSERT_EQ(one.exitCode, ExitOk) << one.err.toStdString();
    EXPECT_EQ(jsonOf(one).value(QStringLiteral("symbols")).toArray(), QJsonArray{QStringLiteral("ETHUSDT")});
    const auto missing = backtest(home, args + QStringList{QStringLiteral("--symbols"), QStringLiteral("SOLUSDT")});
    EXPECT_EQ(missing.exitCode, ExitUsage);
    EXPECT_TRUE(missing.err.contains("no data for symbol SOLUSDT")) << missing.err.toStdString();
}
