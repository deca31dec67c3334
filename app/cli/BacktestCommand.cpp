#include "cli/BacktestCommand.h"

#include "ExitCode.h"
#include "base/config/Config.h"
#include "base/logging/Log.h"
#include "cli/BacktestInputs.h"
#include "cli/ConsoleOutput.h"
#include "logs/TimeArgument.h"
#include "model/outcomes/BacktestReport.h"
#include "store/OutcomeStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QSaveFile>

#include <optional>

namespace virtuoso::outcomes {

namespace {

void printError(const QString &text)
{
    cli::printError("backtest", text);
}

QString usage()
{
    return QStringLiteral(
        "Usage: virtuoso backtest --klines FILE|DIR [--klines …] [options]\n"
        "       virtuoso backtest --replay DIR|FILE [options]\n"
        "\n"
        "Replays candles or a simulator recording through the confluence engine and tracks what became of\n"
        "every signal (entry at the next price, ATR/structure stop, 1R/2R/3R targets, horizon), then writes\n"
        "the scorecard. A kline backtest scores only the candle-derived components; a replay scores all.\n"
        "\n"
        "Input:\n"
        "  --klines FILE|DIR     1m candles, one symbol per file (Bybit REST or WebSocket kline JSON, a JSON\n"
        "                        array or CSV of open_time_ms,open,high,low,close,volume); repeatable\n"
        "  --replay DIR|FILE     recordings of `virtuoso sim --record` (or raw Bybit captures, one message a line)\n"
        "  --instruments FILE    a v5 instruments-info reply for --replay (default: the simulator's instruments)\n"
        "  --symbols A,B         only these symbols (each must be in the input)\n"
        "  --from T, --to T      only signals in [T, T2) (2026-11-28 04:00, ISO time, @EPOCH); the data\n"
        "                        outside still warms up and resolves\n"
        "\n"
        "Signals and outcomes (defaults: [confluence] of --config FILE, else the built-in values):\n"
        "  --config FILE         read [confluence] thresholds and weights from this configuration\n"
        "  --long-threshold X    a long signal when the score enters [X, 100] (70)\n"
        "  --short-threshold Y   a short signal when the score enters [0, Y] (35)\n"
        "  --weight NAME=W       a component weight (orderflow, orderbook, volume, price_structure,\n"
        "                        technical, sentiment); repeatable or comma-separated\n"
        "  --horizon D           close after D (24h; units ms, s, m, h, d)\n"
        "  --fee-bps F           fee per fill in basis points (5.5)\n"
        "  --slippage-bps S      slippage per fill in basis points (2)\n"
        "  --stop-atr K          ATR multiple of the stop (1.5)\n"
        "  --plan-timeframe M    minutes of the candles the ATR(14), swings and regime are read on (5)\n"
        "  --final-target R      close at this target: 1, 2 or 3 (3)\n"
        "  --seed N              seed of the random baseline sample (1)\n"
        "  --sweep               one scorecard row per threshold pair (long X, short 100 − X) of --sweep-range\n"
        "  --sweep-range A:B:S   the sweep's long thresholds (60:85:5)\n"
        "\n"
        "Output:\n"
        "  --report md|json|html the report's form (md)\n"
        "  --out FILE            write it there instead of standard output\n"
        "  --db FILE             also store outcomes, samples and scorecard in this SQLite outcome store\n"
        "  --run NAME            the run's name in --db (backtest)\n"
        "  -h, --help            show this help\n");
}

std::optional<std::int64_t> parseDuration(const QString &text)
{
    static const std::pair<const char *, std::int64_t> units[] = {
        {"ms", 1}, {"s", 1000}, {"m", 60'000}, {"h", 3'600'000}, {"d", 86'400'000}};
    for (const auto &[suffix, factor] : units) {
        if (!text.endsWith(QLatin1String(suffix)))
            continue;
        const QString digits = text.chopped(static_cast<qsizetype>(std::strlen(suffix)));
        bool ok = false;
        const double value = digits.toDouble(&ok);
        if (ok && value > 0 && value * static_cast<double>(factor) < 1e15 &&
            !(std::string_view(suffix) == "m" && text.endsWith(QLatin1String("ms"))))
            return static_cast<std::int64_t>(value * static_cast<double>(factor));
    }
    return std::nullopt;
}

struct Parsed
{
    QStringList klines;
    QString replay;
    QString instruments;
    QStringList symbols;
    confluence::ConfluenceSettings engine;
    OutcomeSettings settings;
    bool sweep = false;
    double sweepLow = 60, sweepHigh = 85, sweepStep = 5;
    QString report = QStringLiteral("md");
    QString out;
    QString db;
    QString run = QStringLiteral("backtest");
};

// Fills `p` from the command line; an error text for the user, or empty.
QString parseArguments(const QStringList &argv, Parsed &p, bool &help)
{
    QCommandLineParser parser;
    const auto option = [](const char *name, bool value = true) {
        return value ? QCommandLineOption(QLatin1String(name), QString(), QStringLiteral("value"))
                     : QCommandLineOption(QLatin1String(name), QString());
    };
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption klines = option("klines"), replay = option("replay"), instruments = option("instruments"),
                             symbols = option("symbols"), from = option("from"), to = option("to"),
                             config = option("config"), longThreshold = option("long-threshold"),
                             shortThreshold = option("short-threshold"), weight = option("weight"),
                             horizon = option("horizon"), fee = option("fee-bps"), slippage = option("slippage-bps"),
                             stopAtr = option("stop-atr"), planTimeframe = option("plan-timeframe"),
                             finalTarget = option("final-target"), seed = option("seed"),
                             sweep = option("sweep", false), sweepRange = option("sweep-range"),
                             report = option("report"), out = option("out"), db = option("db"), run = option("run");
    parser.addOptions({helpOption,    klines,         replay, instruments, symbols, from,     to,      config,
                       longThreshold, shortThreshold, weight, horizon,     fee,     slippage, stopAtr, planTimeframe,
                       finalTarget,   seed,           sweep,  sweepRange,  report,  out,      db,      run});
    if (!parser.parse(argv))
        return parser.errorText();
    if (parser.isSet(helpOption)) {
        help = true;
        return {};
    }
    if (!parser.positionalArguments().isEmpty())
        return QStringLiteral("unexpected argument '%1'; see --help").arg(parser.positionalArguments().first());
    p.klines = parser.values(klines);
    p.replay = parser.value(replay);
    if (p.klines.isEmpty() == p.replay.isEmpty())
        return QStringLiteral("give either --klines FILE|DIR or --replay DIR; see --help");
    p.instruments = parser.value(instruments);
    if (!p.instruments.isEmpty() && p.replay.isEmpty())
        return QStringLiteral("--instruments goes with --replay");
    for (const QString &s : parser.value(symbols).split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.symbols << s.trimmed().toUpper();

    if (parser.isSet(config)) {
        Config::LoadOptions options;
        options.explicitFile = parser.value(config);
        options.searchDefaultLocations = false;
        const Config::LoadResult loaded = Config::load(options);
        if (!loaded.ok())
            return QStringLiteral("the configuration has errors:\n%1").arg(loaded.errorText());
        p.engine = confluence::ConfluenceSettings::fromConfig(loaded.config);
    }
    const auto number = [&parser](const QCommandLineOption &o, double &into, double low, double high) -> QString {
        if (!parser.isSet(o))
            return {};
        bool ok = false;
        const double v = parser.value(o).toDouble(&ok);
        if (!ok || !(v >= low && v <= high))
            return QStringLiteral("--%1 wants a number from %2 to %3").arg(o.names().first()).arg(low).arg(high);
        into = v;
        return {};
    };
    QString error;
    double finalR = 3, seedValue = 1, planMinutes = 5;
    for (const QString &e : {number(longThreshold, p.engine.longThreshold, 0, 100),
                             number(shortThreshold, p.engine.shortThreshold, 0, 100),
                             number(fee, p.settings.feeBps, 0, 1000), number(slippage, p.settings.slippageBps, 0, 1000),
                             number(stopAtr, p.settings.plan.stopAtr, 0.1, 20), number(finalTarget, finalR, 1, 3),
                             number(seed, seedValue, 0, 9e15), number(planTimeframe, planMinutes, 1, 240)}) {
        if (error.isEmpty())
            error = e;
    }
    if (!error.isEmpty())
        return error;
    if (finalR != 1 && finalR != 2 && finalR != 3)
        return QStringLiteral("--final-target wants 1, 2 or 3");
    p.settings.finalTargetR = finalR;
    if (planMinutes != std::floor(planMinutes) || 1440 % static_cast<int>(planMinutes) != 0)
        return QStringLiteral("--plan-timeframe wants whole minutes that divide a day (1, 5, 15, 30, 60, 240)");
    p.settings.planTimeframeMinutes = static_cast<int>(planMinutes);
    p.settings.baselineSeed = static_cast<std::uint64_t>(seedValue);
    if (p.engine.shortThreshold >= p.engine.longThreshold)
        return QStringLiteral("the short threshold (%1) must be below the long threshold (%2)")
            .arg(p.engine.shortThreshold)
            .arg(p.engine.longThreshold);
    p.settings.longThreshold = p.engine.longThreshold;
    p.settings.shortThreshold = p.engine.shortThreshold;
    for (const QString &list : parser.values(weight)) {
        for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
            bool ok = false;
            const double w = item.section(QLatin1Char('='), 1).trimmed().toDouble(&ok);
            int index = -1;
            for (int c = 0; c < confluence::kComponentCount; ++c)
                if (name == QLatin1String(confluence::componentName(static_cast<confluence::ComponentId>(c))))
                    index = c;
            if (index < 0 || !ok || w < 0 || w > 100)
                return QStringLiteral("--weight '%1': use NAME=W with NAME one of orderflow, orderbook, volume, "
                                      "price_structure, technical, sentiment and W ≥ 0")
                    .arg(item);
            p.engine.componentWeights[static_cast<size_t>(index)] = w;
        }
    }
    if (parser.isSet(horizon)) {
        const auto d = parseDuration(parser.value(horizon));
        if (!d)
            return QStringLiteral("--horizon wants a duration such as 24h, 90m or 3600s");
        p.settings.horizonMs = *d;
    }
    const std::int64_t nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    for (const auto *o : {&from, &to}) {
        if (!parser.isSet(*o))
            continue;
        const auto t = logs::parseTimeArgument(parser.value(*o), nowUs);
        if (!t)
            return QStringLiteral("cannot read the time '%1' (use 2026-11-28 04:00, an ISO time or @EPOCH)")
                .arg(parser.value(*o));
        (o == &from ? p.settings.fromMs : p.settings.toMs) = *t / 1000;
    }
    p.sweep = parser.isSet(sweep) || parser.isSet(sweepRange);
    if (parser.isSet(sweepRange)) {
        const QStringList parts = parser.value(sweepRange).split(QLatin1Char(':'));
        bool a = false, b = false, c = parts.size() == 3;
        if (c) {
            p.sweepLow = parts[0].toDouble(&a);
            p.sweepHigh = parts[1].toDouble(&b);
            p.sweepStep = parts[2].toDouble(&c);
        }
        if (!a || !b || !c || p.sweepStep <= 0 || p.sweepLow < 50 || p.sweepHigh > 100 || p.sweepLow > p.sweepHigh ||
            (p.sweepHigh - p.sweepLow) / p.sweepStep > 100)
            return QStringLiteral("--sweep-range wants LOW:HIGH:STEP with 50 ≤ LOW ≤ HIGH ≤ 100, e.g. 60:85:5");
    }
    p.report = parser.isSet(report) ? parser.value(report) : QStringLiteral("md");
    if (p.report != u"md" && p.report != u"json" && p.report != u"html")
        return QStringLiteral("unknown report '%1': md, json or html").arg(p.report);
    p.out = parser.value(out);
    p.db = parser.value(db);
    if (parser.isSet(run))
        p.run = parser.value(run);
    return {};
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty()) {
        cli::writeOut(bytes);
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        printError(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    return true;
}

} // namespace

int runBacktestCommand(const QStringList &arguments)
{
    QStringList argv = arguments;
    if (argv.isEmpty())
        argv << QStringLiteral("backtest");
    Parsed p;
    bool help = false;
    if (const QString error = parseArguments(argv, p, help); !error.isEmpty()) {
        printError(error);
        return ExitUsage;
    }
    if (help) {
        cli::writeOut(usage().toUtf8());
        return ExitOk;
    }
    // The engine's data-sufficiency summaries are for a running service, not for a report.
    log::Logger::instance().setLevel(log::Level::Warning);

    std::vector<OutcomeSettings> trackers{p.settings};
    std::vector<std::pair<double, double>> sweepPairs;
    if (p.sweep) {
        for (double t = p.sweepLow; t <= p.sweepHigh + 1e-9; t += p.sweepStep) {
            OutcomeSettings s = p.settings;
            s.longThreshold = t;
            s.shortThreshold = 100 - t;
            s.baselineRate = 0; // the calibration is the main run's
            trackers.push_back(s);
            sweepPairs.emplace_back(t, 100 - t);
        }
    }
    const bool candles = !p.klines.isEmpty();
    SignalBacktest backtest(p.engine, trackers,
                            candles ? OutcomeTracker::PriceSource::Candles : OutcomeTracker::PriceSource::Trades);
    BacktestReport report;
    report.engine = p.engine;
    report.settings = p.settings;
    QStringList present;
    QString error;
    if (candles) {
        report.mode = "klines";
        std::vector<KlineSeries> series;
        if (!readKlineInputs(p.klines, series, error)) {
            printError(error);
            return ExitStartupFailed;
        }
        for (const KlineSeries &s : series)
            present << s.symbol;
        for (const QString &wanted : std::as_const(p.symbols)) {
            if (!present.contains(wanted)) {
                printError(QStringLiteral("no data for symbol %1; the input holds %2")
                               .arg(wanted, present.join(QStringLiteral(", "))));
                return ExitUsage;
            }
        }
        bool first = true;
        for (const KlineSeries &s : series) {
            if (!p.symbols.isEmpty() && !p.symbols.contains(s.symbol))
                continue;
            report.inputs.push_back(s.path.toStdString());
            report.symbols.push_back(s.symbol.toStdString());
            for (const confluence::Candle &c : s.candles)
                backtest.feedCandle(s.symbol, c);
            report.candles += static_cast<long long>(s.candles.size());
            report.firstMs =
                first ? s.candles.front().openTimeMs : std::min(report.firstMs, s.candles.front().openTimeMs);
            report.lastMs = std::max(report.lastMs, s.candles.back().openTimeMs + 60'000);
            first = false;
        }
        report.notes.push_back(BacktestReport::candleOnlyNote());
        report.notes.push_back("Fills: the entry is the open of the candle after the signal; when one candle reaches "
                               "both the stop and the final target, the stop is taken (conservative).");
    } else {
        report.mode = "replay";
        ReplayStats stats;
        const QSet<QString> only(p.symbols.begin(), p.symbols.end());
        if (!replayRecording(p.replay, p.instruments, only, backtest, stats, error)) {
            printError(error);
            return ExitStartupFailed;
        }
        for (const QString &wanted : std::as_const(p.symbols)) {
            if (!stats.symbols.contains(wanted)) {
                printError(QStringLiteral("no data for symbol %1 in %2; it holds %3")
                               .arg(wanted, p.replay, stats.symbols.join(QStringLiteral(", "))));
                return ExitUsage;
            }
        }
        report.inputs.push_back(p.replay.toStdString());
        for (const QString &s : std::as_const(stats.fedSymbols))
            report.symbols.push_back(s.toStdString());
        report.messages = stats.messages;
        report.firstMs = stats.firstMs;
        report.lastMs = stats.lastMs;
        report.notes.push_back("All components: the recorded trades, books, tickers, liquidations and candles went "
                               "through the real decoder, market state and confluence engine, timed by the recording. "
                               "Fills: the entry is the first trade after the signal; stops fill at the trade that "
                               "crossed them, targets at their price.");
        if (stats.decodeErrors > 0)
            report.notes.push_back(QStringLiteral("%1 frames could not be decoded and were left out (first: %2).")
                                       .arg(stats.decodeErrors)
                                       .arg(stats.firstDecodeError)
                                       .toStdString());
        if (stats.skippedLines > 0)
            report.notes.push_back(QStringLiteral("%1 lines were not recorded text frames and were skipped.")
                                       .arg(stats.skippedLines)
                                       .toStdString());
        if (backtest.resyncs() > 0)
            report.notes.push_back(QStringLiteral("%1 book updates did not follow their book (a gap in the recording); "
                                                  "that book was left out until its next snapshot.")
                                       .arg(backtest.resyncs())
                                       .toStdString());
    }
    report.evaluations = backtest.evaluations();
    const OutcomeTracker &main = backtest.tracker(0);
    report.outcomes = main.outcomes();
    const std::vector<ForwardSample> samples = main.samples();
    report.scorecard = Scorecard::compute(report.outcomes, samples, p.settings);
    for (size_t i = 0; i < sweepPairs.size(); ++i) {
        const std::vector<Outcome> outcomes = backtest.tracker(static_cast<int>(i + 1)).outcomes();
        const Scorecard card = Scorecard::compute(outcomes, {}, p.settings);
        report.sweep.push_back({sweepPairs[i].first, sweepPairs[i].second, card.signalCount, card.overall});
    }

    if (!p.db.isEmpty()) {
        store::OutcomeStore db;
        BacktestReport summary = report;
        summary.outcomes.clear();
        if (!db.open(p.db) || !db.deleteRun(p.run) ||
            !db.saveRun(p.run, QStringLiteral("backtest"), report.lastMs, summary.toJson()) ||
            !db.saveOutcomes(p.run, report.outcomes) || !db.saveSamples(p.run, samples) ||
            !db.saveScorecard(p.run, report.scorecard, report.lastMs)) {
            printError(db.lastError());
            return ExitStartupFailed;
        }
    }
    const std::string text = p.report == u"json"   ? report.toJson()
                             : p.report == u"html" ? report.toHtml()
                                                   : report.toMarkdown();
    return writeBytes(p.out, QByteArray(text.data(), static_cast<qsizetype>(text.size()))) ? ExitOk : ExitStartupFailed;
}

} // namespace virtuoso::outcomes
