// The trading audit log: every kind appended and read back, the file refusing to be rewritten,
// its mode, recovery after a crash, CSV export, the credential guard and damaged files.
#include "base/Clock.h"
#include "base/logging/LogSinks.h"
#include "store/AuditLog.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace virtuoso;
using namespace virtuoso::store;
using namespace virtuoso::trading;

namespace {

constexpr qint64 T0 = 1'764'290'000'000;

OrderIntent intent(const std::string &linkId, const std::string &symbol = "BTCUSDT", Side side = Side::Buy)
{
    OrderIntent i;
    i.orderLinkId = linkId;
    i.symbol = symbol;
    i.side = side;
    i.type = OrderType::Limit;
    i.timeInForce = TimeInForce::PostOnly;
    i.price = 54901;
    i.quantity = 10;
    return i;
}

OrderUpdate update(const std::string &linkId, OrderStatus status, const std::string &orderId = "oid-1")
{
    OrderUpdate u;
    u.orderId = orderId;
    u.orderLinkId = linkId;
    u.symbol = "BTCUSDT";
    u.side = Side::Buy;
    u.status = status;
    u.cumulativeFilled = status == OrderStatus::Filled ? 10 : 0;
    u.price = 54901;
    u.quantity = 10;
    u.timeMs = T0 + 5;
    return u;
}

// Reads (and tries to change) the file with its own connection, as an operator's sqlite3 would.
struct DirectConnection
{
    explicit DirectConnection(const QString &path)
        : name(QStringLiteral("direct-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
    }
    ~DirectConnection()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    // The error text, empty when the statement ran.
    QString run(const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QString name;
    QSqlDatabase db;
};

class AuditLogTest : public ::testing::Test
{
protected:
    QString path() const { return dir.filePath(QStringLiteral("data/trading-audit.sqlite")); }

    QTemporaryDir dir;
    ManualClock clock{T0};
};

// A minimal RFC 4180 reader, to check the export the way a spreadsheet reads it.
std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

TEST_F(AuditLogTest, AppendsAndReadsBackEveryKind)
{
    AuditLog log(clock);
    ASSERT_TRUE(log.open(path())) << log.lastError().toStdString();
    log.setVenue(QStringLiteral("testnet"));

    const OrderIntent a = intent("ord-a");
    ASSERT_TRUE(log.recordIntent(a, "27450.50", "0.010"));
    clock.advanceMs(1);
    ASSERT_TRUE(log.recordRiskDecision(a, RiskDecision{}));
    clock.advanceMs(1);
    ASSERT_TRUE(log.recordRequest(a, QJsonObject{{QStringLiteral("category"), QStringLiteral("linear")},
                                                 {QStringLiteral("price"), QStringLiteral("27450.50")}}));
    clock.advanceMs(1);
    ASSERT_TRUE(log.recordAck("BTCUSDT", "ord-a", "oid-1", 0, "OK"));
    clock.advanceMs(1);
    ASSERT_TRUE(log.recordOrderUpdate(update("ord-a", OrderStatus::New), "27450.50", "0.010", "0"));
    clock.advanceMs(1);
    Execution e;
    e.execId = "exec-1";
    e.orderId = "oid-1";
    e.orderLinkId = "ord-a";
    e.symbol = "BTCUSDT";
    e.side = Side::Buy;
    e.maker = true;
    e.timeMs = T0 + 4;
    ASSERT_TRUE(log.recordExecution(e, "27450.50", "0.004", "-0.0011"));
    clock.advanceMs(1);
    ASSERT_TRUE(log.recordAmendRequest("BTCUSDT", "ord-a", "oid-1", "27451.00", ""));
    clock.advanceMs(1);
    ASSERT_TRUE(log.recordCancelRequest("BTCUSDT", "ord-a", "oid-1"));
    clock.advanceMs(1);
    ASSERT_TRUE(log.recordReject("ETHUSDT", "ord-b", 10001, "params error: qty invalid"));
    clock.advanceMs(1);
    ASSERT_TRUE(log.recordKillSwitch(true, "daily loss limit reached"));
    clock.advanceMs(1);
    ASSERT_TRUE(log.recordVenueState("down", "private stream closed"));
    clock.advanceMs(1);
    ASSERT_TRUE(log.recordReconcile("2 orders, 1 fill found", QJsonObject{{QStringLiteral("orders"), 2}}));
    clock.advanceMs(1);
    ASSERT_TRUE(log.recordNote("operator restarted the session"));

    const std::vector<AuditRecord> all = log.query({});
    ASSERT_EQ(all.size(), 13u);
    const AuditKind expected[] = {AuditKind::Intent,       AuditKind::RiskDecision,  AuditKind::Request,
                                  AuditKind::Ack,          AuditKind::OrderUpdate,   AuditKind::Execution,
                                  AuditKind::AmendRequest, AuditKind::CancelRequest, AuditKind::Reject,
                                  AuditKind::KillSwitch,   AuditKind::VenueState,    AuditKind::Reconcile,
                                  AuditKind::Note};
    for (size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].kind, expected[i]) << i;
        EXPECT_EQ(all[i].timeMs, T0 + static_cast<qint64>(i)) << i;
        EXPECT_EQ(all[i].venue, QStringLiteral("testnet")) << i;
        if (i > 0) {
            EXPECT_GT(all[i].id, all[i - 1].id);
        }
    }
    const AuditRecord &in = all[0];
    EXPECT_EQ(in.orderLinkId, QStringLiteral("ord-a"));
    EXPECT_EQ(in.symbol, QStringLiteral("BTCUSDT"));
    EXPECT_EQ(in.side, QStringLiteral("Buy"));
    EXPECT_EQ(in.price, QStringLiteral("27450.50"));
    EXPECT_EQ(in.qty, QStringLiteral("0.010"));
    EXPECT_EQ(in.detail.value(QStringLiteral("timeInForce")).toString(), QStringLiteral("PostOnly"));
    EXPECT_TRUE(all[1].rule.isEmpty());
    EXPECT_EQ(all[3].orderId, QStringLiteral("oid-1"));
    EXPECT_EQ(all[3].retCode, 0);
    EXPECT_EQ(all[4].status, QStringLiteral("New"));
    EXPECT_EQ(all[5].execId, QStringLiteral("exec-1"));
    EXPECT_EQ(all[5].detail.value(QStringLiteral("fee")).toString(), QStringLiteral("-0.0011"));
    EXPECT_EQ(all[6].price, QStringLiteral("27451.00"));
    EXPECT_EQ(all[8].retCode, 10001);
    EXPECT_EQ(all[8].retMsg, QStringLiteral("params error: qty invalid"));
    EXPECT_EQ(all[8].status, QStringLiteral("Rejected"));
    EXPECT_FALSE(all[10].retCode.has_value());
    EXPECT_EQ(all[11].detail.value(QStringLiteral("orders")).toInt(), 2);

    // A refusal by the gate names the rule.
    RiskDecision refused;
    refused.rule = RiskRule::OrderNotional;
    refused.message = "order notional 10050.00 exceeds the limit 10000.00";
    ASSERT_TRUE(log.recordRiskDecision(intent("ord-c"), refused));
    AuditQuery byKind;
    byKind.kind = AuditKind::RiskDecision;
    const auto decisions = log.query(byKind);
    ASSERT_EQ(decisions.size(), 2u);
    EXPECT_EQ(decisions[1].rule, QStringLiteral("max_order_notional"));
    EXPECT_EQ(decisions[1].message, QString::fromStdString(refused.message));

    // Filters: symbol, orderLinkId, time range, limit (the newest rows, oldest first).
    AuditQuery bySymbol;
    bySymbol.symbol = QStringLiteral("ETHUSDT");
    ASSERT_EQ(log.query(bySymbol).size(), 1u);
    AuditQuery byOrder;
    byOrder.orderLinkId = QStringLiteral("ord-a");
    EXPECT_EQ(log.query(byOrder).size(), 8u);
    AuditQuery range;
    range.sinceMs = T0 + 2;
    range.untilMs = T0 + 5;
    const auto ranged = log.query(range);
    ASSERT_EQ(ranged.size(), 3u);
    EXPECT_EQ(ranged.front().kind, AuditKind::Request);
    AuditQuery limited = byOrder;
    limited.limit = 2;
    const auto newest = log.query(limited);
    ASSERT_EQ(newest.size(), 2u);
    EXPECT_EQ(newest[0].kind, AuditKind::AmendRequest);
    EXPECT_EQ(newest[1].kind, AuditKind::CancelRequest);

    // Every kind has a name that reads back.
    for (const QString &name : auditKindNames())
        EXPECT_EQ(QString::fromLatin1(auditKindName(*auditKindFromName(name))), name);
    EXPECT_FALSE(auditKindFromName(u"nonsense").has_value());
}

TEST_F(AuditLogTest, TheFileRefusesUpdateAndDelete)
{
    {
        AuditLog log(clock);
        ASSERT_TRUE(log.open(path()));
        log.setVenue(QStringLiteral("paper"));
        ASSERT_TRUE(log.recordIntent(intent("ord-a"), "27450.50", "0.010"));
        ASSERT_TRUE(log.recordNote("second row"));
    }
    DirectConnection direct(path());
    const QString update = direct.run(QStringLiteral("UPDATE audit SET price = '1.00' WHERE kind = 'intent'"));
    EXPECT_TRUE(update.contains(QStringLiteral("append-only"))) << update.toStdString();
    const QString remove = direct.run(QStringLiteral("DELETE FROM audit"));
    EXPECT_TRUE(remove.contains(QStringLiteral("append-only"))) << remove.toStdString();
    EXPECT_EQ(direct.scalar(QStringLiteral("SELECT count(*) FROM audit")).toInt(), 2);
    EXPECT_EQ(direct.scalar(QStringLiteral("SELECT price FROM audit WHERE kind = 'intent'")).toString(),
              QStringLiteral("27450.50"));
    // Inserting stays possible: the log only grows.
    EXPECT_TRUE(direct.run(QStringLiteral("INSERT INTO audit (ts, kind) VALUES (1, 'note')")).isEmpty());
}

TEST_F(AuditLogTest, TheFileIsPrivate)
{
    AuditLog log(clock);
    ASSERT_TRUE(log.open(path()));
    ASSERT_TRUE(log.recordNote("one row, so the write-ahead log exists"));
    for (const QString &file : {path(), path() + QStringLiteral("-wal")}) {
        struct stat st
        {
        };
        ASSERT_EQ(::stat(QFile::encodeName(file).constData(), &st), 0) << file.toStdString();
        EXPECT_EQ(st.st_mode & 0777, 0600u) << file.toStdString();
    }
    struct stat folder
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(dir.filePath(QStringLiteral("data"))).constData(), &folder), 0);
    EXPECT_EQ(folder.st_mode & 0777, 0700u);

    // A file that exists with a wider mode is narrowed when opened.
    log.close();
    ASSERT_EQ(::chmod(QFile::encodeName(path()).constData(), 0644), 0);
    ASSERT_TRUE(log.open(path()));
    struct stat st
    {
    };
    ASSERT_EQ(::stat(QFile::encodeName(path()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
}

// A trading process killed mid-session: intents without a final state are what the next start
// must look up at the venue, never send again.
TEST_F(AuditLogTest, UnfinishedIntentsAfterACrash)
{
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        AuditLog log(clock);
        if (!log.open(path()))
            ::_exit(3);
        log.setVenue(QStringLiteral("live"));
        bool ok = true;
        // filled: finished
        ok &= log.recordIntent(intent("filled"), "27450.50", "0.010");
        ok &= log.recordAck("BTCUSDT", "filled", "oid-f", 0, "OK");
        ok &= log.recordOrderUpdate(update("filled", OrderStatus::Filled, "oid-f"), "27450.50", "0.010", "0.010");
        // refused by the venue: finished
        ok &= log.recordIntent(intent("rejected"), "27450.50", "0.010");
        ok &= log.recordReject("BTCUSDT", "rejected", 110007, "ab not enough for new order");
        // refused by the gate: never sent, finished
        ok &= log.recordIntent(intent("gated"), "27450.50", "0.010");
        RiskDecision refused;
        refused.rule = RiskRule::PriceBand;
        refused.message = "limit price 5.0 % from the mark";
        ok &= log.recordRiskDecision(intent("gated"), refused);
        // cancelled: finished; a refused cancel before it changes nothing
        ok &= log.recordIntent(intent("cancelled"), "27450.50", "0.010");
        ok &= log.recordRequestRefused("cancel", "BTCUSDT", "cancelled", "oid-c", 110001, "order does not exist");
        ok &= log.recordOrderUpdate(update("cancelled", OrderStatus::Cancelled, "oid-c"), "27450.50", "0.010", "0");
        // acknowledged and live: unfinished
        ok &= log.recordIntent(intent("live-order", "ETHUSDT", Side::Sell), "3010.25", "0.50");
        ok &= log.recordAck("BTCUSDT", "live-order", "oid-l", 0, "OK");
        ok &= log.recordOrderUpdate(update("live-order", OrderStatus::PartiallyFilled, "oid-l"), "3010.25", "0.50",
                                    "0.20");
        // sent, no answer before the crash: unfinished
        ok &= log.recordIntent(intent("in-flight"), "27450.50", "0.010");
        ok &= log.recordRequest(intent("in-flight"));
        // a refused cancel leaves an order open: unfinished
        ok &= log.recordIntent(intent("cancel-refused"), "27450.50", "0.010");
        ok &= log.recordRequestRefused("cancel", "BTCUSDT", "cancel-refused", "oid-r", 110001, "too late");
        // the same id at another venue is another order
        log.setVenue(QStringLiteral("paper"));
        ok &= log.recordIntent(intent("paper-order"), "27450.50", "0.010");
        // Killed: no destructor, no close, no checkpoint of the write-ahead log.
        if (!ok)
            ::_exit(4);
        ::raise(SIGKILL);
        ::_exit(5);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status)) << "child exit " << WEXITSTATUS(status);
    EXPECT_EQ(WTERMSIG(status), SIGKILL);
    EXPECT_TRUE(QFile::exists(path() + QStringLiteral("-wal"))); // the rows live in the write-ahead log

    AuditLog log(clock);
    ASSERT_TRUE(log.open(path())) << log.lastError().toStdString();
    const auto unfinished = log.unfinishedIntents(QStringLiteral("live"));
    QStringList ids;
    for (const AuditRecord &r : unfinished)
        ids << r.orderLinkId;
    EXPECT_EQ(ids, (QStringList{QStringLiteral("live-order"), QStringLiteral("in-flight"),
                                QStringLiteral("cancel-refused")}));
    ASSERT_FALSE(unfinished.empty());
    EXPECT_EQ(unfinished[0].symbol, QStringLiteral("ETHUSDT"));
    EXPECT_EQ(unfinished[0].side, QStringLiteral("Sell"));
    EXPECT_EQ(unfinished[0].qty, QStringLiteral("0.50"));
    // The venue's id where a row after the intent recorded it: the order reached the venue.
    EXPECT_EQ(unfinished[0].orderId, QStringLiteral("oid-l"));
    EXPECT_EQ(unfinished[1].orderId, QString());
    const auto paper = log.unfinishedIntents(QStringLiteral("paper"));
    ASSERT_EQ(paper.size(), 1u);
    EXPECT_EQ(paper[0].orderLinkId, QStringLiteral("paper-order"));
    EXPECT_TRUE(log.unfinishedIntents(QStringLiteral("testnet")).empty());

    // Finishing one after the restart takes it off the list.
    log.setVenue(QStringLiteral("live"));
    ASSERT_TRUE(log.recordOrderUpdate(update("in-flight", OrderStatus::Rejected), "27450.50", "0.010", "0"));
    EXPECT_EQ(log.unfinishedIntents(QStringLiteral("live")).size(), 2u);
}

TEST_F(AuditLogTest, TheKillSwitchStateOfAVenueIsReadBackAfterARestart)
{
    {
        AuditLog log(clock);
        ASSERT_TRUE(log.open(path()));
        log.setVenue(QStringLiteral("live"));
        EXPECT_FALSE(log.killSwitchState(QStringLiteral("live")).engaged);
        ASSERT_TRUE(log.recordKillSwitch(true, "operator"));
        AuditRecord cancel;
        cancel.kind = AuditKind::KillSwitch;
        cancel.message = QStringLiteral("cancel_all: done");
        ASSERT_TRUE(log.append(cancel));
        // Engaged, its run cut short: no end row.
        AuditLog::KillSwitchState state = log.killSwitchState(QStringLiteral("live"));
        EXPECT_TRUE(state.engaged);
        EXPECT_EQ(state.engagedRow.message, QStringLiteral("operator"));
        EXPECT_FALSE(state.finished.has_value());
        AuditRecord end;
        end.kind = AuditKind::KillSwitch;
        end.message = QStringLiteral("finished: 0 open orders cancelled, 0 of 0 positions flattened");
        ASSERT_TRUE(log.append(end));
        // Another venue's kill switch is its own.
        log.setVenue(QStringLiteral("paper"));
        ASSERT_TRUE(log.recordKillSwitch(true, "daily loss"));
        ASSERT_TRUE(log.recordKillSwitch(false, "new orders allowed again"));
    }
    AuditLog log(clock);
    ASSERT_TRUE(log.open(path()));
    const AuditLog::KillSwitchState live = log.killSwitchState(QStringLiteral("live"));
    EXPECT_TRUE(live.engaged);
    ASSERT_TRUE(live.finished.has_value());
    EXPECT_TRUE(live.finished->message.startsWith(QStringLiteral("finished: ")));
    EXPECT_FALSE(log.killSwitchState(QStringLiteral("paper")).engaged); // reset
    EXPECT_FALSE(log.killSwitchState(QStringLiteral("testnet")).engaged);
    log.setVenue(QStringLiteral("live"));
    ASSERT_TRUE(log.recordKillSwitch(false, "new orders allowed again"));
    EXPECT_FALSE(log.killSwitchState(QStringLiteral("live")).engaged);
    // Engaged again: the end row of the earlier run is not this run's.
    ASSERT_TRUE(log.recordKillSwitch(true, "operator"));
    const AuditLog::KillSwitchState again = log.killSwitchState(QStringLiteral("live"));
    EXPECT_TRUE(again.engaged);
    EXPECT_FALSE(again.finished.has_value());
}

TEST_F(AuditLogTest, CsvExportQuotesCommasQuotesAndLineBreaks)
{
    AuditLog log(clock);
    ASSERT_TRUE(log.open(path()));
    log.setVenue(QStringLiteral("simulator"));
    const QString awkward = QStringLiteral("price, qty and \"reason\"\nsecond line\r\nthird");
    AuditRecord r;
    r.kind = AuditKind::Note;
    r.symbol = QStringLiteral("BTCUSDT");
    r.message = awkward;
    r.retCode = 0;
    r.retMsg = QStringLiteral("plain");
    ASSERT_TRUE(log.append(r));
    ASSERT_TRUE(log.recordReject("BTCUSDT", "ord,1", 10001, "a \"quoted\" word"));

    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    ASSERT_TRUE(log.exportCsv({}, buffer));
    const QString csv = QString::fromUtf8(buffer.data());
    EXPECT_TRUE(csv.startsWith(QStringLiteral("id,time,time_ms,kind,venue,symbol,order_link_id,order_id,exec_id,side,"
                                              "price,qty,status,rule,message,ret_code,ret_msg,detail\r\n")))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral(",\"price, qty and \"\"reason\"\"\nsecond line\r\nthird\",")))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral(",\"ord,1\","))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral(",\"a \"\"quoted\"\" word\","))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral("2025-11-28T00:33:20.000Z"))) << csv.toStdString();

    const auto rows = parseCsv(csv);
    ASSERT_EQ(rows.size(), 3u);
    for (const QStringList &row : rows)
        EXPECT_EQ(row.size(), 18);
    EXPECT_EQ(rows[1][14], awkward);
    EXPECT_EQ(rows[1][15], QStringLiteral("0"));
    EXPECT_EQ(rows[2][6], QStringLiteral("ord,1"));
    EXPECT_EQ(rows[2][16], QStringLiteral("a \"quoted\" word"));
    EXPECT_EQ(rows[2][17], QStringLiteral("{\"request\":\"create\"}"));

    // To a file, too.
    const QString file = dir.filePath(QStringLiteral("export.csv"));
    ASSERT_TRUE(log.exportCsv({}, file)) << log.lastError().toStdString();
    QFile exported(file);
    ASSERT_TRUE(exported.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(exported.readAll()), csv);
    EXPECT_FALSE(log.exportCsv({}, dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
    EXPECT_TRUE(log.lastError().contains(QStringLiteral("cannot write")));
}

TEST_F(AuditLogTest, CredentialsAreRedactedAndNeverReachTheFile)
{
    auto memory = std::make_unique<log::MemorySink>();
    log::MemorySink *warnings = memory.get();
    log::Logger::instance().addSink(std::move(memory));

    const std::string apiKey = "XkT9pQ2mAbCdEf1234";
    const std::string apiSecret = "s3cr3tValueThatMustNeverLeak99";
    const std::vector<QString> namedLikeACredential = {
        QStringLiteral("api_key"),   QStringLiteral("apiKey"),      QStringLiteral("secret"),
        QStringLiteral("sign"),      QStringLiteral("signature"),   QStringLiteral("token"),
        QStringLiteral("password"),  QStringLiteral("X-BAPI-SIGN"), QStringLiteral("X-BAPI-API-KEY"),
        QStringLiteral("apiSecret"), QStringLiteral("access_token")};
    {
        AuditLog log(clock);
        ASSERT_TRUE(log.open(path()));
        log.setVenue(QStringLiteral("live"));
        log.registerSecret(apiKey);
        log.registerSecret(apiSecret);
        log.registerSecret(""); // ignored

        QJsonObject headers;
        for (const QString &key : namedLikeACredential)
            headers.insert(key, QStringLiteral("value-of-%1").arg(key));
        QJsonObject body{{QStringLiteral("symbol"), QStringLiteral("BTCUSDT")},
                         {QStringLiteral("signal"), QStringLiteral("kept")},
                         {QStringLiteral("design"), QStringLiteral("kept")},
                         {QStringLiteral("headers"), headers},
                         {QStringLiteral("list"), QJsonArray{QStringLiteral("ok"), QString::fromStdString(apiSecret)}}};
        ASSERT_TRUE(log.recordRequest(intent("ord-a"), body));
        // Bybit quotes the signed text, API key included, when a signature is wrong.
        ASSERT_TRUE(log.recordReject("BTCUSDT", "ord-a", 10004,
                                     "error sign! origin_string[1764290000000" + apiKey + "5000{\"symbol\"}]"));
        ASSERT_TRUE(log.recordAck("BTCUSDT", "ord-b", apiSecret, 0, "OK"));
        ASSERT_TRUE(log.recordNote("retrying with api_key=abc123&sign=def456"));
        ASSERT_TRUE(log.recordNote("header X-BAPI-SIGN: 9f8e7d"));
        ASSERT_TRUE(log.recordNote("the signature was refused by the venue")); // words, no value: kept
        EXPECT_EQ(log.redactionCount(), namedLikeACredential.size() + 5);

        const auto rows = log.query({});
        ASSERT_EQ(rows.size(), 6u);
        const QJsonObject stored = rows[0].detail;
        EXPECT_EQ(stored.value(QStringLiteral("symbol")).toString(), QStringLiteral("BTCUSDT"));
        EXPECT_EQ(stored.value(QStringLiteral("signal")).toString(), QStringLiteral("kept"));
        EXPECT_EQ(stored.value(QStringLiteral("design")).toString(), QStringLiteral("kept"));
        const QJsonObject storedHeaders = stored.value(QStringLiteral("headers")).toObject();
        for (const QString &key : namedLikeACredential)
            EXPECT_EQ(storedHeaders.value(key).toString(), QStringLiteral("[redacted]")) << key.toStdString();
        EXPECT_EQ(stored.value(QStringLiteral("list")).toArray().at(1).toString(), QStringLiteral("[redacted]"));
        EXPECT_EQ(rows[1].retMsg, QStringLiteral("[redacted]"));
        EXPECT_EQ(rows[1].retCode, 10004); // the rest of the row stays
        EXPECT_EQ(rows[2].orderId, QStringLiteral("[redacted]"));
        EXPECT_EQ(rows[3].message, QStringLiteral("[redacted]"));
        EXPECT_EQ(rows[4].message, QStringLiteral("[redacted]"));
        EXPECT_EQ(rows[5].message, QStringLiteral("the signature was refused by the venue"));
    }

    // Not in the database, nor its write-ahead log, nor the warnings.
    for (const QString &file : {path(), path() + QStringLiteral("-wal")}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        EXPECT_FALSE(bytes.contains(QByteArray::fromStdString(apiKey))) << file.toStdString();
        EXPECT_FALSE(bytes.contains(QByteArray::fromStdString(apiSecret))) << file.toStdString();
        EXPECT_FALSE(bytes.contains("value-of-")) << file.toStdString();
        EXPECT_FALSE(bytes.contains("def456")) << file.toStdString();
    }
    int redactionWarnings = 0;
    for (const log::Entry &entry : warnings->entries()) {
        if (entry.code != "AUDIT_REDACTED")
            continue;
        ++redactionWarnings;
        EXPECT_EQ(entry.level, log::Level::Warning);
        EXPECT_FALSE(entry.message.contains(QString::fromStdString(apiKey))) << entry.message.toStdString();
        EXPECT_FALSE(entry.message.contains(QString::fromStdString(apiSecret))) << entry.message.toStdString();
        EXPECT_FALSE(entry.message.contains(QStringLiteral("value-of-"))) << entry.message.toStdString();
    }
    EXPECT_EQ(redactionWarnings, static_cast<int>(namedLikeACredential.size()) + 5);
    bool namesTheField = false;
    for (const log::Entry &entry : warnings->entries())
        namesTheField |= entry.message.contains(QStringLiteral("detail.headers.X-BAPI-SIGN"));
    EXPECT_TRUE(namesTheField);
}

TEST_F(AuditLogTest, ADamagedFileIsAClearErrorNeverACrash)
{
    // Not a database at all.
    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile f(garbage);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is a shopping list, not a database\n").repeated(200));
    }
    AuditLog log(clock);
    EXPECT_FALSE(log.open(garbage));
    EXPECT_FALSE(log.isOpen());
    EXPECT_TRUE(log.lastError().contains(QStringLiteral("damaged or not an SQLite database")))
        << log.lastError().toStdString();
    EXPECT_TRUE(log.lastError().contains(garbage));
    EXPECT_FALSE(log.recordNote("nothing is written to a log that did not open"));
    EXPECT_TRUE(log.query({}).empty());

    // A real log cut short (a full disk, a bad copy).
    {
        AuditLog full(clock);
        ASSERT_TRUE(full.open(path()));
        for (int i = 0; i < 2000; ++i)
            ASSERT_TRUE(full.recordIntent(intent("ord-" + std::to_string(i)), "27450.50", "0.010"));
    }
    QFile cut(path());
    const qint64 size = cut.size();
    ASSERT_GT(size, 64 * 1024);
    ASSERT_TRUE(cut.resize(size / 2));
    EXPECT_FALSE(log.open(path()));
    EXPECT_TRUE(log.lastError().contains(QStringLiteral("damaged"))) << log.lastError().toStdString();
    // A reader that skips the check meets the damage in its query instead, as an error.
    AuditLog::Options readOnly;
    readOnly.readOnly = true;
    if (log.open(path(), readOnly)) {
        const auto rows = log.query({});
        EXPECT_TRUE(rows.empty());
        EXPECT_FALSE(log.lastError().isEmpty());
    } else {
        EXPECT_TRUE(log.lastError().contains(QStringLiteral("damaged"))) << log.lastError().toStdString();
    }

    // Another program's SQLite file.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        DirectConnection direct(other);
        ASSERT_TRUE(direct.run(QStringLiteral("CREATE TABLE t (x)")).isEmpty());
    }
    EXPECT_FALSE(log.open(other));
    EXPECT_TRUE(log.lastError().contains(QStringLiteral("not an audit log"))) << log.lastError().toStdString();

    // Reading a log that is not there creates nothing.
    EXPECT_FALSE(log.open(dir.filePath(QStringLiteral("absent.sqlite")), readOnly));
    EXPECT_TRUE(log.lastError().contains(QStringLiteral("no audit log")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("absent.sqlite"))));
}

TEST_F(AuditLogTest, ALogFromANewerProgramIsRefused)
{
    {
        AuditLog log(clock);
        ASSERT_TRUE(log.open(path()));
        ASSERT_TRUE(log.recordNote("written by version 1"));
    }
    {
        DirectConnection direct(path());
        ASSERT_TRUE(direct.run(QStringLiteral("UPDATE schema_version SET version = 7")).isEmpty());
    }
    AuditLog log(clock);
    EXPECT_FALSE(log.open(path()));
    EXPECT_TRUE(log.lastError().contains(QStringLiteral("schema version 7, newer than this program's 1")))
        << log.lastError().toStdString();
    AuditLog::Options readOnly;
    readOnly.readOnly = true;
    EXPECT_FALSE(log.open(path(), readOnly));
    EXPECT_TRUE(log.lastError().contains(QStringLiteral("schema version 7")));
}

TEST_F(AuditLogTest, AReaderCannotAppendAndTheLogReopensWhereItLeftOff)
{
    {
        AuditLog log(clock);
        ASSERT_TRUE(log.open(path()));
        ASSERT_TRUE(log.recordNote("first"));
    }
    AuditLog writer(clock);
    ASSERT_TRUE(writer.open(path()));
    ASSERT_TRUE(writer.recordNote("second"));

    AuditLog::Options options;
    options.readOnly = true;
    AuditLog reader(clock);
    ASSERT_TRUE(reader.open(path(), options)) << reader.lastError().toStdString();
    EXPECT_FALSE(reader.recordNote("refused"));
    EXPECT_TRUE(reader.lastError().contains(QStringLiteral("reading only")));
    const auto rows = reader.query({});
    ASSERT_EQ(rows.size(), 2u); // the writer's newest row is seen while it is still open
    EXPECT_EQ(rows[1].message, QStringLiteral("second"));
    EXPECT_LT(rows[0].id, rows[1].id);
}
