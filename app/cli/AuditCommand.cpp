#include "cli/AuditCommand.h"

#include "ExitCode.h"
#include "base/Clock.h"
#include "cli/ConsoleOutput.h"
#include "logs/TimeArgument.h"
#include "store/AuditLog.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace virtuoso::store {

namespace {

using cli::writeOut;

void printError(const QString &text)
{
    cli::printError("audit", text);
}

QString usage()
{
    return QStringLiteral(
               "Usage: virtuoso audit [options]\n"
               "\n"
               "Prints the trading audit log: every order intended, the risk gate's verdicts, requests,\n"
               "the venue's answers, order states, fills, the kill switch. Oldest first.\n"
               "\n"
               "Options:\n"
               "  --db FILE        the audit log (default: %1)\n"
               "  --since T        rows at or after T (2026-11-28 04:00, 2026-11-28T04:00Z, @EPOCH, -2h, today)\n"
               "  --until T        rows before T\n"
               "  --kind K         only this kind: %2\n"
               "  --venue V        only this venue (paper, simulator, testnet, demo, live)\n"
               "  --symbol S       only this symbol\n"
               "  --order LINKID   only the rows of this orderLinkId\n"
               "  --limit N        only the newest N rows\n"
               "  --csv            CSV (RFC 4180, with a header row) instead of a table\n"
               "  -h, --help       show this help\n")
        .arg(AuditLog::defaultPath(), auditKindNames().join(QStringLiteral(", ")));
}

QString oneLine(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

// What a row says beyond its fixed columns, in one cell.
QString whatText(const AuditRecord &r)
{
    QStringList parts;
    if (!r.orderId.isEmpty())
        parts << QStringLiteral("orderId=") + r.orderId;
    if (!r.execId.isEmpty())
        parts << QStringLiteral("execId=") + r.execId;
    if (!r.rule.isEmpty())
        parts << QStringLiteral("rule=") + r.rule;
    if (!r.message.isEmpty())
        parts << r.message;
    if (r.retCode)
        parts << QStringLiteral("retCode=%1").arg(*r.retCode);
    if (!r.retMsg.isEmpty())
        parts << QStringLiteral("retMsg=") + r.retMsg;
    if (!r.detail.isEmpty())
        parts << QString::fromUtf8(QJsonDocument(r.detail).toJson(QJsonDocument::Compact));
    return oneLine(parts.join(QLatin1Char(' ')));
}

QByteArray table(const std::vector<AuditRecord> &rows)
{
    std::vector<QStringList> cells;
    cells.push_back({QStringLiteral("TIME (UTC)"), QStringLiteral("KIND"), QStringLiteral("VENUE"),
                     QStringLiteral("SYMBOL"), QStringLiteral("ORDER"), QStringLiteral("SIDE"), QStringLiteral("PRICE"),
                     QStringLiteral("QTY"), QStringLiteral("STATUS"), QStringLiteral("WHAT")});
    for (const AuditRecord &r : rows) {
        cells.push_back({QDateTime::fromMSecsSinceEpoch(r.timeMs, Qt::UTC).toString(Qt::ISODateWithMs),
                         QString::fromLatin1(auditKindName(r.kind)), oneLine(r.venue), oneLine(r.symbol),
                         oneLine(r.orderLinkId), oneLine(r.side), oneLine(r.price), oneLine(r.qty), oneLine(r.status),
                         whatText(r)});
    }
    std::vector<qsizetype> width(cells.front().size(), 0);
    for (const QStringList &row : cells) {
        for (qsizetype c = 0; c < row.size(); ++c)
            width[static_cast<size_t>(c)] = std::max(width[static_cast<size_t>(c)], row[c].size());
    }
    QString out;
    for (const QStringList &row : cells) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            const bool last = c + 1 == row.size();
            line += last ? row[c] : row[c].leftJustified(width[static_cast<size_t>(c)] + 2);
        }
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace

int runAuditCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("help"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("db"), QStringLiteral("FILE"));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("since"), QStringLiteral("T"));
    const QCommandLineOption until(QStringLiteral("until"), QStringLiteral("until"), QStringLiteral("T"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("kind"), QStringLiteral("K"));
    const QCommandLineOption venue(QStringLiteral("venue"), QStringLiteral("venue"), QStringLiteral("V"));
    const QCommandLineOption symbol(QStringLiteral("symbol"), QStringLiteral("symbol"), QStringLiteral("S"));
    const QCommandLineOption order(QStringLiteral("order"), QStringLiteral("order"), QStringLiteral("LINKID"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("limit"), QStringLiteral("N"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("csv"));
    parser.addOptions({help, db, since, until, kind, venue, symbol, order, limit, csv});
    QStringList argv = arguments;
    if (argv.isEmpty())
        argv << QStringLiteral("audit");
    if (!parser.parse(argv)) {
        printError(parser.errorText() + QStringLiteral("; see --help"));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        writeOut(usage().toUtf8());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument '%1'; see --help").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    AuditQuery query;
    const std::int64_t nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    for (const auto *opt : {&since, &until}) {
        if (!parser.isSet(*opt))
            continue;
        const auto t = logs::parseTimeArgument(parser.value(*opt), nowUs);
        if (!t) {
            printError(
                QStringLiteral("cannot read the time '%1' (use 2026-11-28 04:00, an ISO time, @EPOCH, -2h or today)")
                    .arg(parser.value(*opt)));
            return ExitUsage;
        }
        (opt == &since ? query.sinceMs : query.untilMs) = *t / 1000;
    }
    if (parser.isSet(kind)) {
        query.kind = auditKindFromName(parser.value(kind));
        if (!query.kind) {
            printError(QStringLiteral("unknown kind '%1': %2")
                           .arg(parser.value(kind), auditKindNames().join(QStringLiteral(", "))));
            return ExitUsage;
        }
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        query.limit = parser.value(limit).toInt(&ok);
        if (!ok || query.limit < 1) {
            printError(QStringLiteral("--limit wants a whole number of rows, 1 or more"));
            return ExitUsage;
        }
    }
    query.venue = parser.value(venue);
    query.symbol = parser.value(symbol);
    query.orderLinkId = parser.value(order);

    const QString path = parser.isSet(db) ? parser.value(db) : AuditLog::defaultPath();
    AuditLog log(Clock::system());
    AuditLog::Options options;
    options.readOnly = true;
    if (!log.open(path, options)) {
        printError(log.lastError());
        return ExitStartupFailed;
    }
    if (parser.isSet(csv)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !log.exportCsv(query, out)) {
            printError(log.lastError().isEmpty() ? out.errorString() : log.lastError());
            return ExitStartupFailed;
        }
        out.flush();
        return ExitOk;
    }
    const std::vector<AuditRecord> rows = log.query(query);
    if (!log.lastError().isEmpty()) {
        printError(log.lastError());
        return ExitStartupFailed;
    }
    if (rows.empty()) {
        printError(QStringLiteral("no rows match"));
        return ExitOk;
    }
    writeOut(table(rows));
    return ExitOk;
}

} // namespace virtuoso::store
