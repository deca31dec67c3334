#include "cli/LogsCommand.h"

#include "ExitCode.h"
#include "cli/ConsoleOutput.h"
#include "logs/LogAnalyzer.h"
#include "logs/LogInput.h"
#include "logs/LogReport.h"
#include "logs/TemplateMiner.h"
#include "logs/TimeArgument.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>
#include <vector>

namespace virtuoso::logs {

namespace {

using cli::writeOut;

void printError(const QString &text)
{
    cli::printError("logs", text);
}

QString usage()
{
    return QStringLiteral(
        "Usage: virtuoso logs analyze [FILE…|-] [options]\n"
        "       virtuoso logs templates FILE|- [--format F]\n"
        "\n"
        "analyze    reads journalctl -o json / -o export, syslog (RFC 3164, 5424), plain text with\n"
        "           timestamps and .gz files (format detected), and writes an incident report.\n"
        "templates  prints for every input line its template id and template as CSV.\n"
        "\n"
        "Options:\n"
        "  --since T        only entries at or after T (2026-11-28 04:00, 2026-11-28T04:00Z, @EPOCH, -2h, today)\n"
        "  --until T        only entries before T\n"
        "  --unit U         only entries of these units or identifiers (comma-separated; virtuoso = virtuoso.service)\n"
        "  --format F       auto, journal-json, journal-export, syslog, plain, content (one message a line)\n"
        "  --report R       md (default), json or html\n"
        "  --out FILE       write the report there instead of standard output\n"
        "  --threads N      worker threads (default: one per core)\n"
        "  --year Y         year for RFC 3164 timestamps, which carry none (default: this year)\n"
        "  -h, --help       show this help\n");
}

int runTemplates(const QStringList &files, LogFormat format, int year)
{
    if (files.size() != 1) {
        printError(QStringLiteral("templates takes exactly one FILE (or - for standard input); see --help"));
        return ExitUsage;
    }
    LogInput in;
    if (!in.open(files.first())) {
        printError(in.errorString());
        return ExitStartupFailed;
    }
    // One miner, every line in order: the ids are what the analyzer's miner gives this log.
    struct Collector final : RecordSink
    {
        TemplateMiner miner;
        std::vector<int> ids;
        std::int64_t problems = 0;
        QString firstProblem;
        void record(const LogRecord &r) override
        {
            ids.push_back(
                miner.addForId(QString::fromUtf8(r.message.data(), static_cast<qsizetype>(r.message.size()))));
        }
        void problem(const ReadProblem &p) override
        {
            if (problems++ == 0)
                firstProblem = QStringLiteral("byte %1: %2").arg(p.offset).arg(QString::fromStdString(p.reason));
        }
    } sink;
    std::string buffer;
    std::string scratch;
    std::int64_t base = 0;
    bool eof = false;
    std::vector<char> chunk(4 << 20);
    while (!eof) {
        const std::int64_t got = in.read(chunk.data(), static_cast<std::int64_t>(chunk.size()));
        if (got <= 0)
            eof = true;
        else
            buffer.append(chunk.data(), static_cast<size_t>(got));
        if (format == LogFormat::Auto && (eof || buffer.size() >= 64 * 1024 || buffer.find('\n') != std::string::npos))
            format = detectLogFormat(std::string_view(buffer).substr(0, 64 * 1024));
        if (format == LogFormat::Auto)
            continue;
        const size_t complete = completeEntries(format, buffer, eof);
        parseEntries(format, std::string_view(buffer).substr(0, complete), base, year, sink, scratch);
        buffer.erase(0, complete);
        base += static_cast<std::int64_t>(complete);
    }
    // Templates that differ only in variables are one group (the same step the analyzer takes).
    sink.miner.consolidate();
    QByteArray out = "line,template_id,template\n";
    for (size_t i = 0; i < sink.ids.size(); ++i) {
        sink.ids[i] = sink.miner.groupOf(sink.ids[i]);
        QString t = sink.miner.templateText(sink.ids[i]);
        t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        out += QByteArray::number(static_cast<qulonglong>(i + 1)) + ',' + QByteArray::number(sink.ids[i]) + ",\"" +
               t.toUtf8() + "\"\n";
        if (out.size() > (1 << 20)) {
            writeOut(out);
            out.clear();
        }
    }
    writeOut(out);
    if (!in.errorString().isEmpty())
        printError(in.errorString());
    if (sink.problems)
        printError(
            QStringLiteral("%1 entries could not be read (first at %2)").arg(sink.problems).arg(sink.firstProblem));
    return ExitOk;
}

} // namespace

int runLogsCommand(const QStringList &arguments)
{
    QStringList argv = arguments;
    if (argv.isEmpty())
        argv << QStringLiteral("logs");
    if (argv.size() < 2 || argv[1] == QLatin1String("-h") || argv[1] == QLatin1String("--help")) {
        writeOut(usage().toUtf8());
        return argv.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString action = argv[1];
    if (action != QLatin1String("analyze") && action != QLatin1String("templates")) {
        printError(QStringLiteral("unknown action '%1': use analyze or templates; see --help").arg(action));
        return ExitUsage;
    }
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("help"));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("since"), QStringLiteral("T"));
    const QCommandLineOption until(QStringLiteral("until"), QStringLiteral("until"), QStringLiteral("T"));
    const QCommandLineOption unit(QStringLiteral("unit"), QStringLiteral("unit"), QStringLiteral("U"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("format"), QStringLiteral("F"));
    const QCommandLineOption report(QStringLiteral("report"), QStringLiteral("report"), QStringLiteral("R"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("out"), QStringLiteral("FILE"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("threads"), QStringLiteral("N"));
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("year"), QStringLiteral("Y"));
    parser.addOptions({help, since, until, unit, format, report, out, threads, year});
    QStringList rest = argv.mid(1);
    if (!parser.parse(rest)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        writeOut(usage().toUtf8());
        return ExitOk;
    }
    AnalyzeOptions options;
    if (parser.isSet(format)) {
        const auto f = parseLogFormat(parser.value(format));
        if (!f) {
            printError(
                QStringLiteral("unknown format '%1': auto, journal-json, journal-export, syslog, plain or content")
                    .arg(parser.value(format)));
            return ExitUsage;
        }
        options.format = *f;
    }
    if (parser.isSet(year)) {
        bool ok = false;
        options.year = parser.value(year).toInt(&ok);
        if (!ok || options.year < 1970 || options.year > 9999) {
            printError(QStringLiteral("--year wants a year such as 2026"));
            return ExitUsage;
        }
    }
    QStringList files = parser.positionalArguments();
    if (action == QLatin1String("templates"))
        return runTemplates(files, options.format, options.year);

    const std::int64_t nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    for (const auto *opt : {&since, &until}) {
        if (!parser.isSet(*opt))
            continue;
        const auto t = parseTimeArgument(parser.value(*opt), nowUs);
        if (!t) {
            printError(
                QStringLiteral("cannot read the time '%1' (use 2026-11-28 04:00, an ISO time, @EPOCH, -2h or today)")
                    .arg(parser.value(*opt)));
            return ExitUsage;
        }
        (opt == &since ? options.sinceUs : options.untilUs) = *t;
    }
    options.unit = parser.value(unit);
    if (parser.isSet(threads)) {
        bool ok = false;
        options.threads = parser.value(threads).toInt(&ok);
        if (!ok || options.threads < 1 || options.threads > 64) {
            printError(QStringLiteral("--threads wants a number from 1 to 64"));
            return ExitUsage;
        }
    }
    const QString kind = parser.isSet(report) ? parser.value(report) : QStringLiteral("md");
    if (kind != QLatin1String("md") && kind != QLatin1String("json") && kind != QLatin1String("html")) {
        printError(QStringLiteral("unknown report '%1': md, json or html").arg(kind));
        return ExitUsage;
    }
    if (files.isEmpty())
        files << QStringLiteral("-");
    if (files.count(QStringLiteral("-")) > 1) {
        printError(QStringLiteral("standard input (-) can be read only once"));
        return ExitUsage;
    }

    const AnalysisResult result = analyzeLogs(files, options);
    int readable = 0;
    for (const InputSummary &in : result.inputs) {
        if (!in.error.isEmpty())
            printError(in.error);
        if (in.bytes > 0 || in.error.isEmpty())
            ++readable;
    }
    if (readable == 0) {
        printError(QStringLiteral("no input could be read"));
        return ExitStartupFailed;
    }
    if (result.bytes == 0)
        printError(QStringLiteral("the input is empty: nothing to analyse"));
    if (result.unreadable > 0)
        printError(QStringLiteral("%1 entries could not be read; the report covers the %2 that could")
                       .arg(result.unreadable)
                       .arg(result.entries));

    const QJsonObject model = buildLogReport(result);
    QByteArray bytes;
    if (kind == QLatin1String("json"))
        bytes = QJsonDocument(model).toJson(QJsonDocument::Indented);
    else if (kind == QLatin1String("html"))
        bytes = renderReportHtml(model).toUtf8();
    else
        bytes = renderReportMarkdown(model).toUtf8();
    if (parser.isSet(out)) {
        QSaveFile f(parser.value(out));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            printError(QStringLiteral("cannot write %1: %2").arg(parser.value(out), f.errorString()));
            return ExitStartupFailed;
        }
    } else {
        writeOut(bytes);
    }
    return ExitOk;
}

} // namespace virtuoso::logs
