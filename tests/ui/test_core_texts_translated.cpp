// The core's texts in the operator's language: alert titles and fields as the detectors and the
// engine's alert sources raise them, shown by the Alerts table and the desktop notifications; the
// messages of real warnings in the Warnings view; and a finished German and Chinese translation of
// every text CoreTexts knows. The core's own English (logs, API, channels) is left as it was.

#include "AlertsModel.h"
#include "CoreTexts.h"
#include "TrayNotifier.h"
#include "WarningsModel.h"
#include "Workstation.h"
#include "base/Clock.h"
#include "base/logging/Log.h"
#include "engine/AlertSources.h"
#include "engine/LoggingSetup.h"
#include "engine/WarningFilterSink.h"
#include "logs/LogAnalyzer.h"
#include "logs/LogReport.h"
#include "model/alerts/AlertDetectors.h"
#include "model/health/ConnectionStatus.h"
#include "model/health/TimeoutJournal.h"
#include "model/health/WarningAggregator.h"
#include "store/AuditLog.h"
#include "store/HistoryStore.h"
#include "trading/TradingService.h"

#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::ui;
using alerts::AlertEvent;
using alerts::AlertSource;

namespace {

constexpr qint64 StartEpochMs = 1'764'290'000'000;

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// What must survive a translation: numbers, times, ids, paths and symbols, as the core wrote them.
QStringList keptWords(const QString &english)
{
    static const QRegularExpression symbol(QStringLiteral("^[A-Z]{2,}USDT$|^[A-Z]+_[A-Z_]+$"));
    QStringList out;
    for (QString word : english.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (!word.isEmpty() && QStringLiteral("(").contains(word.front()))
            word.remove(0, 1);
        while (!word.isEmpty() && QStringLiteral(",.;:)").contains(word.back()))
            word.chop(1);
        const bool id =
            std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit() || c == u'/' || c == u'_'; });
        if (id || symbol.match(word).hasMatch())
            out << word;
    }
    return out;
}

// `shown` is `english` translated: not the English, with every number and name it carried.
void expectTranslated(const QString &english, const QString &shown)
{
    EXPECT_FALSE(english.isEmpty());
    EXPECT_NE(shown, english) << "untranslated: " << english.toStdString();
    for (const QString &word : keptWords(english))
        EXPECT_TRUE(shown.contains(word)) << word.toStdString() << " lost in " << shown.toStdString();
}

// Every title format the detectors of core/model/alerts write, from real observations.
std::vector<AlertEvent> detectorAlerts()
{
    using namespace alerts;
    std::vector<AlertEvent> out;
    const qint64 t = StartEpochMs;
    SignalZoneDetector signal;
    signal.configure(65, 35, 5);
    for (double score : {72.4, 55.0, 28.1, 47.0}) // long, left long, short, left short
        signal.observe(QStringLiteral("BTCUSDT"), score, t, out);
    WhaleDetector whale;
    whale.configure(1'000'000);
    whale.observe(QStringLiteral("ETHUSDT"), true, 3512.5, 400, t, out);
    whale.observe(QStringLiteral("ETHUSDT"), false, 3512.5, 500, t, out);
    LiquidationDetector liquidations;
    liquidations.configure(100'000, 1'000'000, 300'000);
    liquidations.observe(QStringLiteral("SOLUSDT"), true, 151.2, 1000, 0, t, out);     // a short squeezed out
    liquidations.observe(QStringLiteral("SOLUSDT"), false, 151.2, 7000, 1000, t, out); // a long, and the totals
    PriceCrossDetector price;
    price.configure({95'000});
    for (double last : {94'900.0, 95'100.5, 94'800.0})
        price.observe(QStringLiteral("BTCUSDT"), last, t, out);
    ConnectionStaleDetector stale;
    stale.configure(30'000);
    stale.observe(QStringLiteral("conn_2"), false, 0, 45'000, t, out);
    stale.observe(QStringLiteral("conn_2"), true, 0, 46'000, t, out);
    TimeoutBurstDetector timeouts;
    timeouts.configure(3, 60'000);
    for (qint64 mono : {1'000, 2'000, 3'000})
        timeouts.observe(QStringLiteral("PONG_TIMEOUT"), mono, t, out);
    LevelDetector latency;
    latency.configure(AlertSource::Latency, 250, 0.8);
    latency.observe(QStringLiteral("conn_1"), 312.5, t, out);
    latency.observe(QStringLiteral("conn_1"), 120.3, t, out);
    LevelDetector memory;
    memory.configure(AlertSource::Memory, 2048);
    memory.observe(QStringLiteral("process"), 2300, t, out);
    memory.observe(QStringLiteral("process"), 1500, t, out);
    LevelDetector loss;
    loss.configure(AlertSource::DailyLoss, 80);
    loss.observe(QStringLiteral("account"), 84, t, out);
    loss.observe(QStringLiteral("account"), 50, t, out);
    for (AlertEvent &e : out) {
        if (e.describe) { // written only for an alert that goes out, as AlertRuleSet does
            e.describe(e);
            e.describe = nullptr;
        }
    }
    return out;
}

alerts::AlertRule rule(const QString &name, AlertSource source)
{
    alerts::AlertRule r;
    r.name = name;
    r.source = source;
    r.channels = {QStringLiteral("desk")};
    r.cooldownMs = 0;
    r.maxPerHour = 0;
    return r;
}

// The engine's own alerts (engine/AlertSources): a test alert, an IP ban and an incident from the
// timeout journal, an order rejected by the risk gate, a fill, the kill switch.
std::vector<alerts::AlertItem> engineAlerts()
{
    ManualClock clock{StartEpochMs};
    health::ConnectionStatusBoard board;
    health::TimeoutJournal journal{clock};
    alerts::AlertSettings settings;
    alerts::ChannelSettings desk;
    desk.name = QStringLiteral("desk");
    desk.type = alerts::ChannelType::Desktop;
    settings.channels = {desk};
    for (AlertSource source : {AlertSource::RestBan, AlertSource::Incident, AlertSource::OrderRejected,
                               AlertSource::OrderFilled, AlertSource::KillSwitch})
        settings.rules.push_back(rule(QLatin1String(alerts::sourceName(source)), source));
    AlertSources sources(clock, settings, nullptr, board, journal);
    sources.start(nullptr);
    EXPECT_EQ(sources.sendTest(QStringLiteral("desk")), QString());

    journal.record(health::TimeoutKind::RateLimited, {}, QStringLiteral("/v5/market/kline"), {}, 600'000,
                   QStringLiteral("HTTP 403 (IP ban): REST paused"));
    for (const char *conn : {"conn_0", "conn_1", "conn_2"})
        journal.record(health::TimeoutKind::PongTimeout, QLatin1String(conn), {}, {}, 20'000,
                       QStringLiteral("no pong within 20000 ms"));
    sources.sample();

    auto view = std::make_shared<trading::TradingView>();
    view->running = true;
    sources.onTradingView(view); // the first look: what is there is not news
    auto next = std::make_shared<trading::TradingView>(*view);
    trading::TradingView::OrderRow rejected;
    rejected.order.intent.orderLinkId = "vw-1";
    rejected.order.intent.symbol = "BTCUSDT";
    rejected.order.intent.side = trading::Side::Buy;
    rejected.order.status = trading::OrderStatus::Rejected;
    rejected.order.reason = "risk: order notional 4966.30 exceeds the limit 1000.00";
    rejected.quantity = "1.000";
    next->orders.push_back(rejected);
    trading::TradingView::ExecutionRow fill;
    fill.execution.execId = "e-1";
    fill.execution.symbol = "BTCUSDT";
    fill.execution.side = trading::Side::Sell;
    fill.price = "95552.40";
    fill.quantity = "0.010";
    next->executions.push_back(fill);
    next->killEngaged = true;
    next->lastKill.reason = "operator (workstation)";
    sources.onTradingView(next);
    const std::vector<alerts::AlertItem> items = sources.snapshotBoard()->recent;
    sources.stop();
    return items;
}

alerts::AlertItem itemOf(const AlertEvent &e, quint64 sequence)
{
    alerts::AlertItem item;
    item.sequence = sequence;
    item.timeMs = e.timeMs;
    item.source = e.source;
    item.severity = e.severity;
    item.key = e.key;
    item.symbol = e.symbol;
    item.title = e.title;
    item.fields = e.fields;
    item.rule = QStringLiteral("r");
    item.channels = {QStringLiteral("desk")};
    return item;
}

// The English sources of a .ts file with the state of their translation: true when finished.
QHash<QString, bool> tsEntries(const QString &language, const QString &context)
{
    QFile file(QStringLiteral(VIRTUOSO_SOURCE_DIR "/translations/virtuoso_%1.ts").arg(language));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QHash<QString, bool> out;
    QXmlStreamReader xml(&file);
    QString currentContext;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            currentContext = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" && currentContext == context) {
            const QStringView type = xml.attributes().value(QStringLiteral("type"));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.insert(source, type.isEmpty() && !text.trimmed().isEmpty());
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

class Translated : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        removeTranslators();
        ASSERT_TRUE(installTranslation(QString::fromLatin1(GetParam())).startsWith(QLatin1String(GetParam())));
    }
    void TearDown() override { removeTranslators(); }
};

} // namespace

TEST_P(Translated, EveryAlertTitleAndFieldReadsInTheOperatorsLanguage)
{
    const std::vector<AlertEvent> detected = detectorAlerts();
    ASSERT_EQ(detected.size(), 21u) << "every title format of the detectors";
    const std::vector<alerts::AlertItem> engine = engineAlerts();
    ASSERT_EQ(engine.size(), 6u) << "test, IP ban, incident, rejected, filled, kill switch";

    std::vector<alerts::AlertItem> items;
    for (const AlertEvent &e : detected)
        items.push_back(itemOf(e, items.size() + 1));
    for (alerts::AlertItem item : engine) {
        item.sequence = items.size() + 1;
        items.push_back(std::move(item));
    }
    items.back().more = 7;
    items.back().summary = alerts::summaryText(7, 540'000);
    AlertsModel model;
    model.setAlerts(items);
    ASSERT_EQ(model.rowCount(), static_cast<int>(items.size()));
    QSet<QString> formats;
    for (int row = 0; row < model.rowCount(); ++row) {
        const alerts::AlertItem *a = model.at(row);
        ASSERT_NE(a, nullptr);
        SCOPED_TRACE(a->title.toStdString());
        formats.insert(a->title);
        expectTranslated(a->title, model.index(row, AlertsModel::TitleColumn).data().toString());
        // The details: every field's name and value, and the summary, translated; the key as it is.
        const QString tip = model.index(row, AlertsModel::TitleColumn).data(Qt::ToolTipRole).toString();
        EXPECT_TRUE(tip.contains(CoreTexts::text(a->title)));
        QStringList englishFields;
        for (const alerts::AlertField &f : a->fields) {
            EXPECT_TRUE(tip.contains(CoreTexts::fieldName(f.name))) << f.name.toStdString();
            for (const QString &word : keptWords(f.value))
                EXPECT_TRUE(tip.contains(word)) << word.toStdString();
            englishFields << QStringLiteral("%1: %2").arg(f.name, f.value);
        }
        if (!englishFields.isEmpty()) {
            EXPECT_FALSE(tip.contains(englishFields.join(QLatin1Char('\n')))) << "fields shown in English";
        }
        if (!a->summary.isEmpty())
            expectTranslated(a->summary, tip.section(QLatin1Char('\n'), -2, -2));
        EXPECT_TRUE(tip.contains(a->key));
    }
    EXPECT_EQ(formats.size(), items.size()) << "no two alerts of the same text";
    // Fixed values: the side of a trade, an incident's cause.
    EXPECT_NE(CoreTexts::text(QStringLiteral("Buy")), QStringLiteral("Buy"));
    EXPECT_NE(CoreTexts::text(QStringLiteral("likely network")), QStringLiteral("likely network"));
    EXPECT_NE(CoreTexts::fieldName(QStringLiteral("Down for")), QStringLiteral("Down for"));

    // The desktop notifications: a local channel's (delivered on the alert thread) and a remote one's.
    TrayNotifier tray;
    alerts::AlertMessage message;
    message.event = detected.front();
    message.summary = alerts::summaryText(3, 60'000);
    tray.notify(message);
    ASSERT_TRUE(QTest::qWaitFor([&] { return tray.shown() == 1; }, 5000));
    expectTranslated(message.event.title, tray.lastTitle());
    EXPECT_TRUE(tray.lastBody().contains(CoreTexts::fieldName(QStringLiteral("Score"))));
    EXPECT_TRUE(tray.lastBody().endsWith(CoreTexts::text(message.summary)));
    tray.showRemote(engine.front(), QStringLiteral("desk-host"));
    expectTranslated(engine.front().title, tray.lastTitle());
    EXPECT_TRUE(tray.lastBody().endsWith(QStringLiteral("desk-host")));
}

TEST_P(Translated, RealWarningsShowTheirMessagesTranslatedAndTheirCodesAsLogged)
{
    ManualClock clock{StartEpochMs};
    health::WarningAggregator::process().clear();
    health::WarningAggregator::process().setClock(&clock);
    log::Logger::instance().setLevel(log::Level::Warning);
    log::Logger::instance().setSinks(log::withWarningAggregation({}));

    // Timeouts of the journal, logged as "KIND: detail (duration)".
    health::TimeoutJournal journal{clock};
    journal.record(health::TimeoutKind::ConnectTimeout, QStringLiteral("conn_3"), {}, {}, 10'000,
                   QStringLiteral("no WebSocket handshake with stream.bybit.com"));
    journal.record(health::TimeoutKind::StaleStream, QStringLiteral("conn_1"), QStringLiteral("orderbook.50.BTCUSDT"),
                   QStringLiteral("BTCUSDT"), 4'200, QStringLiteral("no data for 4200 ms (expected every 1000 ms)"));
    // A history store and an audit log that cannot be created: a file stands where their folder would.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    store::HistoryStoreOptions options;
    options.path = dir.filePath(QStringLiteral("blocker/state/history.db"));
    store::HistoryStore history(clock, options);
    EXPECT_FALSE(history.open());
    store::AuditLog broken(clock);
    EXPECT_FALSE(broken.open(dir.filePath(QStringLiteral("blocker/audit.sqlite"))));
    // A credential kept out of the audit log.
    store::AuditLog audit(clock);
    ASSERT_TRUE(audit.open(dir.filePath(QStringLiteral("audit.sqlite"))));
    store::AuditRecord record;
    record.message = QStringLiteral("api_key=abc123");
    EXPECT_TRUE(audit.append(record));

    const std::vector<health::WarningAggregate> warnings = health::WarningAggregator::process().snapshot();
    log::configureLogging(QStringLiteral("stderr"), QStringLiteral("info"), false);
    health::WarningAggregator::process().setClock(nullptr);
    WarningsModel model;
    model.applyWarnings(warnings, clock.epochMs());
    // Only the warnings made here (an earlier test may have routed Qt's own messages to the log).
    const QSet<QString> made{QStringLiteral("CONNECT_TIMEOUT"), QStringLiteral("STALE_STREAM"),
                             QStringLiteral("STORE_UNAVAILABLE"), QStringLiteral("AUDIT_UNAVAILABLE"),
                             QStringLiteral("AUDIT_REDACTED")};
    QSet<QString> codes;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString code = model.index(row, WarningsModel::CodeColumn).data().toString();
        const QString logged =
            model.index(row, WarningsModel::SampleColumn).data(WarningsModel::LoggedMessageRole).toString();
        if (!made.contains(code))
            continue;
        SCOPED_TRACE(logged.toStdString());
        codes.insert(code);
        expectTranslated(logged, model.index(row, WarningsModel::SampleColumn).data().toString());
        EXPECT_TRUE(model.index(row, WarningsModel::SampleColumn).data(Qt::ToolTipRole).toString().contains(logged))
            << "the tooltip keeps the message as logged";
    }
    EXPECT_EQ(codes, made) << "each warning shown once, under its code";
    health::WarningAggregator::process().clear();
}

// Each text CoreTexts knows has a finished translation: in the .ts the translators edit, and in the
// .qm the program loads.
TEST_P(Translated, EveryCoreTextHasAFinishedTranslation)
{
    const QString language = QString::fromLatin1(GetParam());
    const QHash<QString, bool> entries = tsEntries(language, QStringLiteral("CoreTexts"));
    QTranslator qm;
    ASSERT_TRUE(qm.load(QStringLiteral(":/i18n/virtuoso_%1.qm").arg(language)));
    const QStringList sources = CoreTexts::sources();
    EXPECT_GT(sources.size(), 250);
    for (const QString &source : sources) {
        const auto it = entries.constFind(source);
        ASSERT_NE(it, entries.cend()) << "not in virtuoso_" << GetParam() << ".ts: " << source.toStdString();
        EXPECT_TRUE(*it) << "unfinished in virtuoso_" << GetParam() << ".ts: " << source.toStdString();
        EXPECT_FALSE(qm.translate("CoreTexts", source.toUtf8().constData()).isEmpty()) << source.toStdString();
    }
}

// The Log analysis view shows the report's verdict, which the core writes in English: in the
// operator's language, the numbers, times, connections and the error's template as written.
TEST_P(Translated, TheLogReportsVerdictReadsInTheOperatorsLanguage)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QByteArray log;
    for (int i = 0; i < 12; ++i)
        log += "2025-11-28 04:00:" + QByteArray::number(10 + i) + " ERROR ws - handler timeout; no reply for conn_" +
               QByteArray::number(6 + i % 3) + " after " + QByteArray::number(1200 + i) + " ms\n";
    log += "2025-11-28 04:01:00 WARNING health - stale stream on conn_7\n";
    const QString path = dir.filePath(QStringLiteral("v.log"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly) && file.write(log) == log.size());
    file.close();
    const QString english = logs::buildLogReport(logs::analyzeLogs({path}, {}))
                                .value(QStringLiteral("summary"))
                                .toObject()
                                .value(QStringLiteral("verdict"))
                                .toString();
    ASSERT_TRUE(english.startsWith(QStringLiteral("Unhealthy: 13 lines from 2025-11-28T04:00:10")))
        << english.toStdString();
    ASSERT_TRUE(english.contains(QStringLiteral("Most frequent error"))) << english.toStdString();
    const QString shown = CoreTexts::text(english);
    SCOPED_TRACE(shown.toStdString());
    expectTranslated(english, shown);
    EXPECT_FALSE(shown.contains(QStringLiteral("Unhealthy")));
    EXPECT_TRUE(shown.contains(QStringLiteral("handler timeout; no reply for conn_<*> after <*> <*>")));
    EXPECT_TRUE(shown.contains(QStringLiteral("conn_6, conn_7, conn_8")));
    expectTranslated(QStringLiteral("No readable log entries."),
                     CoreTexts::text(QStringLiteral("No readable log entries.")));
}

INSTANTIATE_TEST_SUITE_P(Languages, Translated, ::testing::Values("de", "zh_CN"));

TEST(CoreTextsEnglish, TheCoresEnglishStaysAndUnknownTextPassesThrough)
{
    removeTranslators();
    // Without a translation every pattern gives back the core's sentence exactly.
    for (const AlertEvent &e : detectorAlerts())
        EXPECT_EQ(CoreTexts::text(e.title), e.title);
    for (const alerts::AlertItem &a : engineAlerts()) {
        EXPECT_EQ(CoreTexts::text(a.title), a.title);
        for (const alerts::AlertField &f : a.fields)
            EXPECT_EQ(CoreTexts::text(f.value), f.value);
    }
    EXPECT_EQ(CoreTexts::text(alerts::summaryText(7, 540'000)), alerts::summaryText(7, 540'000));
    EXPECT_EQ(CoreTexts::text(QStringLiteral("something the core says only tomorrow")),
              QStringLiteral("something the core says only tomorrow"));
    EXPECT_EQ(CoreTexts::fieldName(QStringLiteral("New field")), QStringLiteral("New field"));
    EXPECT_EQ(CoreTexts::text(QStringLiteral("conn_2: live -> backoff: connection lost: remote host closed")),
              QStringLiteral("conn_2: live -> backoff: connection lost: remote host closed"));
    installTranslation(QStringLiteral("de"));
    // Known frames around unknown words: the frame translated, the unknown part as it is.
    const QString newSymbol = CoreTexts::text(QStringLiteral("XYZUSDT signal is long"));
    EXPECT_TRUE(newSymbol.contains(QStringLiteral("XYZUSDT")));
    EXPECT_NE(newSymbol, QStringLiteral("XYZUSDT signal is long"));
    EXPECT_EQ(CoreTexts::text(QStringLiteral("a text no pattern knows")), QStringLiteral("a text no pattern knows"));
    removeTranslators();
}
