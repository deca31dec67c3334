// The Performance view on a daemon: the scorecard and outcomes of /api/v1/signals/* read back field
// by field (a round trip of every field), a compromised daemon's answers refused with the field named,
// and the view against a loopback HTTP server serving a daemon's recorded answers — then its 503
// (outcomes off there), hostile bodies and a dead host, with the figures kept only as dated and greyed.
#include "OutcomeReader.h"
#include "PerformanceView.h"
#include "RemoteHost.h"
#include "base/Clock.h"
#include "base/http/HttpServer.h"

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace virtuoso;
using namespace virtuoso::ui;
using outcomes::Outcome;
using virtuoso::test::waitFor;

namespace {

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(VIRTUOSO_SOURCE_DIR "/tests/data/outcomes/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

// One outcome of each state with every field set that its state carries.
std::vector<Outcome> everyKindOfOutcome()
{
    std::vector<Outcome> all;
    Outcome closed;
    closed.id = "BTCUSDT-7";
    closed.signal = {"BTCUSDT",
                     1'733'011'200'000,
                     76.25,
                     confluence::Direction::Long,
                     0.8125,
                     4,
                     3,
                     4,
                     outcomes::Regime::Trend,
                     31.5,
                     97'000.5,
                     120.25,
                     96'800,
                     97'400};
    closed.status = outcomes::OutcomeStatus::Closed;
    closed.plan = outcomes::makeTradePlan(confluence::Direction::Long, 97'001, 120.25, 96'800, 97'400);
    closed.entryTimeMs = closed.signal.timeMs + 250;
    closed.exitTimeMs = closed.signal.timeMs + 3'600'000;
    closed.exitPrice = closed.plan.targets[2];
    closed.exitReason = outcomes::ExitReason::Target;
    closed.grossR = 3;
    closed.costR = 0.0625;
    closed.netR = 2.9375;
    closed.mfeR = 3.25;
    closed.maeR = 0.5;
    closed.timeToTargetMs = {60'000, 600'000, 3'599'750};
    closed.forwardReturn = {0.001, 0.0045, NAN};
    all.push_back(closed);
    Outcome open = closed;
    open.id = "ETHUSDT-2";
    open.signal.symbol = "ETHUSDT";
    open.signal.direction = confluence::Direction::Short;
    open.signal.score = 22;
    open.signal.dominant = -1;
    open.signal.regime = outcomes::Regime::Unknown;
    open.signal.adx = NAN;
    open.plan = outcomes::makeTradePlan(confluence::Direction::Short, 3'600, 12, NAN, NAN);
    open.status = outcomes::OutcomeStatus::Open;
    open.exitTimeMs = -1;
    open.exitPrice = open.grossR = open.costR = open.netR = NAN;
    open.exitReason = outcomes::ExitReason::None;
    open.timeToTargetMs = {-1, -1, -1};
    open.forwardReturn = {NAN, NAN, NAN};
    open.exitPending = true;
    all.push_back(open);
    Outcome noPlan;
    noPlan.id = "SOLUSDT-1";
    noPlan.signal.symbol = "SOLUSDT";
    noPlan.signal.timeMs = 1'733'011'260'000;
    noPlan.signal.score = 71;
    noPlan.signal.direction = confluence::Direction::Long;
    noPlan.status = outcomes::OutcomeStatus::NoPlan;
    noPlan.plan.why = "no ATR yet";
    all.push_back(noPlan);
    Outcome pending = noPlan;
    pending.id = "SOLUSDT-2";
    pending.status = outcomes::OutcomeStatus::Pending;
    pending.plan.why = "";
    all.push_back(pending);
    return all;
}

// The scorecard document as the route writes it.
QByteArray scorecardDocument(const outcomes::Scorecard &card, qint64 computedMs)
{
    QByteArray json = "{\"run\":\"live\",\"computed_ms\":" + QByteArray::number(computedMs) +
                      ",\"scorecard\":" + QByteArray::fromStdString(card.toJson()) + ",\"equity_r\":[";
    for (size_t i = 0; i < card.equityR.size(); ++i)
        json += (i ? "," : "") + QByteArray::number(card.equityR[i], 'g', 17);
    return json + "]}";
}

} // namespace

TEST(OutcomeReader, ReadsBackEveryFieldOfEveryKindOfOutcome)
{
    const std::vector<Outcome> all = everyKindOfOutcome();
    QByteArray document = "{\"run\":\"live\",\"outcomes\":[";
    for (size_t i = 0; i < all.size(); ++i)
        document += (i ? "," : "") + QByteArray::fromStdString(all[i].toJson());
    document += "]}";
    std::vector<Outcome> read;
    QString error;
    ASSERT_TRUE(outcome_reader::readOutcomes(objectOf(document), read, error)) << error.toStdString();
    ASSERT_EQ(read.size(), all.size());
    for (size_t i = 0; i < all.size(); ++i)
        EXPECT_EQ(read[i].toJson(), all[i].toJson()); // every field, NaN-safe
    EXPECT_TRUE(read[1].exitPending);
    EXPECT_STREQ(read[2].plan.why, "no ATR yet");
}

TEST(OutcomeReader, ReadsBackAScorecardWithItsCalibrationAndEquityCurve)
{
    std::vector<outcomes::ForwardSample> samples;
    for (int i = 0; i < 60; ++i) {
        outcomes::ForwardSample s;
        s.symbol = i % 2 ? "BTCUSDT" : "ETHUSDT";
        s.timeMs = 1'733'011'200'000 + i * 60'000;
        s.score = 10 + i * 1.4;
        s.referencePrice = 100;
        s.forwardReturn = {0.0001 * (i % 9), -0.0002 * (i % 5), i % 3 ? 0.0003 * i : NAN};
        samples.push_back(s);
    }
    const outcomes::Scorecard card = outcomes::Scorecard::compute(everyKindOfOutcome(), samples);
    ASSERT_FALSE(card.calibration.empty());
    outcome_reader::ScorecardDocument read;
    QString error;
    ASSERT_TRUE(outcome_reader::readScorecard(objectOf(scorecardDocument(card, 1'733'100'000'000)), read, error))
        << error.toStdString();
    EXPECT_EQ(read.card.toJson(), card.toJson());
    EXPECT_EQ(read.card.equityR, card.equityR);
    EXPECT_EQ(read.computedMs, 1'733'100'000'000);
    ASSERT_EQ(read.card.calibration.size(), card.calibration.size());
    for (size_t i = 0; i < card.calibration.size(); ++i)
        for (size_t k = 0; k < card.calibration[i].rows.size(); ++k) {
            EXPECT_EQ(read.card.calibration[i].rows[k].low, card.calibration[i].rows[k].low);
            EXPECT_EQ(read.card.calibration[i].rows[k].high, card.calibration[i].rows[k].high);
        }
}

TEST(OutcomeReader, ReadsADaemonsRecordedAnswers)
{
    outcome_reader::ScorecardDocument card;
    std::vector<Outcome> outcomes;
    QString error;
    ASSERT_TRUE(outcome_reader::readScorecard(objectOf(fixture("daemon_scorecard.json")), card, error))
        << error.toStdString();
    ASSERT_TRUE(outcome_reader::readOutcomes(objectOf(fixture("daemon_outcomes.json")), outcomes, error))
        << error.toStdString();
    EXPECT_GT(card.card.signalCount, 0);
    EXPECT_FALSE(outcomes.empty());
    EXPECT_EQ(card.run, QStringLiteral("live"));
}

// A compromised or broken daemon: each answer is refused with the field it got wrong, never half read.
TEST(OutcomeReader, RefusesHostileAnswersNamingTheField)
{
    const std::vector<Outcome> all = everyKindOfOutcome();
    const QJsonObject good = objectOf(QByteArray::fromStdString(all[0].toJson()));
    struct Case
    {
        const char *what;
        std::function<void(QJsonObject &)> spoil;
        const char *says;
    };
    const std::vector<Case> outcomeCases = {
        {"a missing key", [](QJsonObject &o) { o.remove(QStringLiteral("net_r")); }, "outcomes[0].net_r is missing"},
        {"a text for a number", [](QJsonObject &o) { o[QStringLiteral("score")] = QStringLiteral("80"); },
         "outcomes[0].score is not a number"},
        {"a score beyond 100", [](QJsonObject &o) { o[QStringLiteral("score")] = 1e6; },
         "outcomes[0].score is out of range"},
        {"a fraction for a time", [](QJsonObject &o) { o[QStringLiteral("signal_ms")] = 1.5; },
         "outcomes[0].signal_ms is not a whole number"},
        {"a time beyond the year 3000", [](QJsonObject &o) { o[QStringLiteral("signal_ms")] = 1e300; },
         "outcomes[0].signal_ms is not a whole number"},
        {"an unknown status", [](QJsonObject &o) { o[QStringLiteral("status")] = QStringLiteral("won"); },
         "outcomes[0].status is not one of the documented values"},
        {"a plan of the wrong type", [](QJsonObject &o) { o[QStringLiteral("plan")] = 7; },
         "outcomes[0].plan is not an object"},
        {"a plan with a text target",
         [](QJsonObject &o) {
             QJsonObject plan = o[QStringLiteral("plan")].toObject();
             plan[QStringLiteral("targets")] = QJsonArray{1, QStringLiteral("x"), 3};
             o[QStringLiteral("plan")] = plan;
         },
         "outcomes[0].plan.targets[1] is not a number"},
        {"a plan without risk",
         [](QJsonObject &o) {
             QJsonObject plan = o[QStringLiteral("plan")].toObject();
             plan[QStringLiteral("risk")] = 0;
             o[QStringLiteral("plan")] = plan;
         },
         "outcomes[0].plan.risk is not positive"},
        {"a huge forward-return list",
         [](QJsonObject &o) {
             QJsonArray many;
             for (int i = 0; i < 100'000; ++i)
                 many.append(0.1);
             o[QStringLiteral("forward_return")] = many;
         },
         "outcomes[0].forward_return has more entries"},
        {"an endless symbol", [](QJsonObject &o) { o[QStringLiteral("symbol")] = QString(100'000, QLatin1Char('A')); },
         "outcomes[0].symbol is too long"},
        {"a closed outcome without a plan", [](QJsonObject &o) { o.remove(QStringLiteral("plan")); },
         "outcomes[0].status is closed without a plan"},
        {"a nonsense agreement", [](QJsonObject &o) { o[QStringLiteral("agreement")] = QStringLiteral("9/4"); },
         "outcomes[0].agreement is not a count"},
    };
    for (const Case &c : outcomeCases) {
        QJsonObject spoilt = good;
        c.spoil(spoilt);
        const QJsonObject document{{QStringLiteral("run"), QStringLiteral("live")},
                                   {QStringLiteral("outcomes"), QJsonArray{spoilt}}};
        std::vector<Outcome> out;
        QString error;
        EXPECT_FALSE(outcome_reader::readOutcomes(document, out, error)) << c.what;
        EXPECT_TRUE(error.startsWith(QLatin1String(c.says))) << c.what << ": " << error.toStdString();
        EXPECT_TRUE(out.empty()) << c.what;
    }
    {
        // More outcomes than any route sends, and an element that is no object.
        QJsonArray many;
        for (int i = 0; i <= outcome_reader::kMaxOutcomes; ++i)
            many.append(good);
        std::vector<Outcome> out;
        QString error;
        EXPECT_FALSE(outcome_reader::readOutcomes(
            QJsonObject{{QStringLiteral("run"), QStringLiteral("live")}, {QStringLiteral("outcomes"), many}}, out,
            error));
        EXPECT_TRUE(error.startsWith(QStringLiteral("outcomes has more entries"))) << error.toStdString();
        EXPECT_FALSE(outcome_reader::readOutcomes(QJsonObject{{QStringLiteral("run"), QStringLiteral("live")},
                                                              {QStringLiteral("outcomes"), QJsonArray{good, 5}}},
                                                  out, error));
        EXPECT_EQ(error, QStringLiteral("outcomes[1] is not an object"));
        EXPECT_FALSE(outcome_reader::readOutcomes({}, out, error));
        EXPECT_EQ(error, QStringLiteral("run is missing"));
    }

    const outcomes::Scorecard card = outcomes::Scorecard::compute(all);
    const QJsonObject scorecard = objectOf(scorecardDocument(card, 1));
    const std::vector<Case> cardCases = {
        {"no scorecard", [](QJsonObject &d) { d.remove(QStringLiteral("scorecard")); }, "scorecard is missing"},
        {"a list for the scorecard", [](QJsonObject &d) { d[QStringLiteral("scorecard")] = QJsonArray{}; },
         "scorecard is not an object"},
        {"a negative count",
         [](QJsonObject &d) {
             QJsonObject c = d[QStringLiteral("scorecard")].toObject();
             c[QStringLiteral("closed")] = -3;
             d[QStringLiteral("scorecard")] = c;
         },
         "scorecard.closed is out of range"},
        {"more wins than closed outcomes",
         [](QJsonObject &d) {
             QJsonObject c = d[QStringLiteral("scorecard")].toObject();
             QJsonObject overall = c[QStringLiteral("overall")].toObject();
             overall[QStringLiteral("wins")] = 1000;
             c[QStringLiteral("overall")] = overall;
             d[QStringLiteral("scorecard")] = c;
         },
         "scorecard.overall.wins is more than the count"},
        {"a symbol row of the wrong type",
         [](QJsonObject &d) {
             QJsonObject c = d[QStringLiteral("scorecard")].toObject();
             c[QStringLiteral("by_symbol")] = QJsonArray{QStringLiteral("BTCUSDT")};
             d[QStringLiteral("scorecard")] = c;
         },
         "scorecard.by_symbol[0] is not an object"},
        {"a huge breakdown",
         [](QJsonObject &d) {
             QJsonObject c = d[QStringLiteral("scorecard")].toObject();
             QJsonArray rows;
             const QJsonValue row = c[QStringLiteral("by_symbol")].toArray().at(0);
             for (int i = 0; i <= outcome_reader::kMaxRows; ++i)
                 rows.append(row);
             c[QStringLiteral("by_symbol")] = rows;
             d[QStringLiteral("scorecard")] = c;
         },
         "scorecard.by_symbol has more entries"},
        {"a bucket that is no score range",
         [](QJsonObject &d) {
             QJsonObject c = d[QStringLiteral("scorecard")].toObject();
             c[QStringLiteral("calibration")] = QJsonArray{QJsonObject{
                 {QStringLiteral("horizon"), QStringLiteral("1h")},
                 {QStringLiteral("n"), 2},
                 {QStringLiteral("signals"), 1},
                 {QStringLiteral("spearman"), QJsonValue::Null},
                 {QStringLiteral("rows"), QJsonArray{QJsonObject{{QStringLiteral("bucket"), QStringLiteral("high")},
                                                                 {QStringLiteral("n"), 2},
                                                                 {QStringLiteral("mean_bps"), 1},
                                                                 {QStringLiteral("ci95_low_bps"), 0},
                                                                 {QStringLiteral("ci95_high_bps"), 2}}}}}};
             d[QStringLiteral("scorecard")] = c;
         },
         "scorecard.calibration[0].rows[0].bucket is not a score range"},
        {"a null on the equity curve",
         [](QJsonObject &d) {
             d[QStringLiteral("equity_r")] = QJsonArray{1, QJsonValue::Null};
         },
         "equity_r[1] is not a number"},
        {"an equity curve of the wrong type",
         [](QJsonObject &d) { d[QStringLiteral("equity_r")] = QStringLiteral("up"); }, "equity_r is not a list"},
    };
    for (const Case &c : cardCases) {
        QJsonObject spoilt = scorecard;
        c.spoil(spoilt);
        outcome_reader::ScorecardDocument out;
        QString error;
        EXPECT_FALSE(outcome_reader::readScorecard(spoilt, out, error)) << c.what;
        EXPECT_TRUE(error.startsWith(QLatin1String(c.says))) << c.what << ": " << error.toStdString();
        EXPECT_EQ(out.card.signalCount, 0) << c.what;
        EXPECT_TRUE(out.card.equityR.empty()) << c.what;
    }
}

namespace {

// A daemon's signal-outcome routes on a loopback port, answering what the test sets.
class FakeOutcomesDaemon
{
public:
    FakeOutcomesDaemon()
        : server(std::make_unique<api::HttpServer>(api::HttpServer::Options{},
                                                   [this](const api::HttpRequest &request) { return answer(request); }))
    {}
    bool listen()
    {
        QString error;
        const bool ok = server->listen(&error);
        EXPECT_TRUE(ok) << error.toStdString();
        return ok;
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    quint16 port() const { return server ? server->port() : 0; }

    api::HttpResponse answer(const api::HttpRequest &request)
    {
        ++requests;
        if (request.path == u"/api/v1/signals/scorecard")
            return scorecard;
        if (request.path == u"/api/v1/signals/outcomes") {
            lastOutcomesQuery = request.query.toString();
            return outcomes;
        }
        return api::HttpResponse::json(404, R"({"error":"no such route","status":404})");
    }

    api::HttpResponse scorecard = api::HttpResponse::json(200, fixture("daemon_scorecard.json"));
    api::HttpResponse outcomes = api::HttpResponse::json(200, fixture("daemon_outcomes.json"));
    int requests = 0;
    QString lastOutcomesQuery;
    std::unique_ptr<api::HttpServer> server;
};

} // namespace

TEST(RemotePerformance, ShowsADaemonsOutcomesAndSaysWhenTheyAreOffUnreadableOrOutOfReach)
{
    FakeOutcomesDaemon daemon;
    ASSERT_TRUE(daemon.listen());
    QString error;
    const RemoteHost::Target target{daemon.url()};
    const auto options = RemoteHost::clientOptions(target, &error);
    ASSERT_TRUE(options) << error.toStdString();
    RemoteHost host(target, *options, Clock::system());
    PerformanceView view;
    view.resize(1400, 900);
    view.show();
    QSignalSpy applied(&view, &PerformanceView::dataApplied);
    const auto reloadAndWait = [&] {
        applied.clear();
        view.reload();
        return waitFor([&] { return !applied.isEmpty(); }, 10000);
    };

    // The recorded answers: the figures, from that host, dated.
    view.setLoader(PerformanceView::remoteLoader(&host), 60'000);
    ASSERT_TRUE(waitFor([&] { return view.outcomesModel()->rowCount() > 0; }, 10000))
        << view.summaryLabel()->text().toStdString();
    outcome_reader::ScorecardDocument recorded;
    ASSERT_TRUE(outcome_reader::readScorecard(objectOf(fixture("daemon_scorecard.json")), recorded, error));
    std::vector<Outcome> recordedOutcomes;
    ASSERT_TRUE(outcome_reader::readOutcomes(objectOf(fixture("daemon_outcomes.json")), recordedOutcomes, error));
    EXPECT_EQ(view.outcomesModel()->rowCount(), int(recordedOutcomes.size()));
    EXPECT_EQ(view.scorecardModel()->item(0, 2)->text(), QString::number(recorded.card.overall.count));
    EXPECT_TRUE(daemon.lastOutcomesQuery.contains(QStringLiteral("limit=2000")))
        << daemon.lastOutcomesQuery.toStdString();
    const QString shown = view.summaryLabel()->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("From %1 as of").arg(host.name()))) << shown.toStdString();
    EXPECT_FALSE(view.showingStaleFigures());
    EXPECT_TRUE(view.refreshButton()->isEnabled());

    // A body that is not what the API documents: the error names the field; the figures stay, greyed
    // and dated, not as if they were current.
    daemon.outcomes = api::HttpResponse::json(200, R"({"run":"live","outcomes":[{"id":"X-1","symbol":7}]})");
    ASSERT_TRUE(reloadAndWait());
    QString text = view.summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("cannot be read: outcomes[0].symbol is not a text")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("not current"))) << text.toStdString();
    EXPECT_TRUE(view.showingStaleFigures());
    EXPECT_EQ(view.outcomesModel()->rowCount(), int(recordedOutcomes.size()));

    // Not JSON at all (NaN is no JSON number), then a scorecard with a number beyond any double.
    daemon.outcomes = api::HttpResponse::json(200, fixture("daemon_outcomes.json"));
    daemon.scorecard = api::HttpResponse::json(200, R"({"run":"live","computed_ms":NaN,"scorecard":{}})");
    ASSERT_TRUE(reloadAndWait());
    EXPECT_TRUE(view.summaryLabel()->text().contains(QStringLiteral("the scorecard is not a JSON object")))
        << view.summaryLabel()->text().toStdString();
    daemon.scorecard = api::HttpResponse::json(200, R"({"run":"live","computed_ms":1e999,"scorecard":{}})");
    ASSERT_TRUE(reloadAndWait());
    EXPECT_TRUE(view.summaryLabel()->text().contains(QStringLiteral("cannot be read")))
        << view.summaryLabel()->text().toStdString();
    EXPECT_TRUE(view.showingStaleFigures());

    // Back to good answers: current again.
    daemon.scorecard = api::HttpResponse::json(200, fixture("daemon_scorecard.json"));
    ASSERT_TRUE(reloadAndWait());
    EXPECT_FALSE(view.showingStaleFigures());
    EXPECT_TRUE(view.summaryLabel()->text().contains(QStringLiteral("From ")))
        << view.summaryLabel()->text().toStdString();

    // Outcomes off on that host: its reason, and no figures.
    daemon.scorecard = api::HttpResponse::json(
        503,
        R"json({"error":"signal outcomes are off in this process (they are kept with the history: [store] enabled)","status":503})json");
    ASSERT_TRUE(reloadAndWait());
    text = view.summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("keeps no signal outcomes: signal outcomes are off in this process")))
        << text.toStdString();
    EXPECT_FALSE(view.showingStaleFigures());
    EXPECT_EQ(view.outcomesModel()->rowCount(), 0);
    EXPECT_EQ(view.scorecardModel()->rowCount(), 0);

    // Good again, then the daemon dies: the reason it cannot be reached, the last figures dated.
    daemon.scorecard = api::HttpResponse::json(200, fixture("daemon_scorecard.json"));
    ASSERT_TRUE(reloadAndWait());
    ASSERT_GT(view.outcomesModel()->rowCount(), 0);
    daemon.server.reset(); // the process is gone: no listener, no open connection
    ASSERT_TRUE(reloadAndWait());
    text = view.summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("cannot be reached"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("not current"))) << text.toStdString();
    EXPECT_TRUE(view.showingStaleFigures());
    EXPECT_FALSE(view.findChild<QWidget *>(QStringLiteral("PerformanceOutcomes"))->isEnabled());

    // Another source: nothing of this host stays.
    view.setUnavailable(QStringLiteral("other"));
    EXPECT_EQ(view.outcomesModel()->rowCount(), 0);
    EXPECT_FALSE(view.showingStaleFigures());
}

TEST(RemotePerformance, RefreshesOnItsTimerAndDropsAnswersMeantForAnEarlierSource)
{
    FakeOutcomesDaemon daemon;
    ASSERT_TRUE(daemon.listen());
    QString error;
    const RemoteHost::Target target{daemon.url()};
    RemoteHost host(target, *RemoteHost::clientOptions(target, &error), Clock::system());
    PerformanceView view;
    view.show();
    view.setLoader(PerformanceView::remoteLoader(&host), 50);
    // Three reads (two requests each) without anyone asking: the refresh timer while the view is shown.
    ASSERT_TRUE(waitFor([&] { return daemon.requests >= 6; }, 10000)) << daemon.requests;

    // An answer still on its way when the view changes source never lands on the new one.
    std::function<void(PerformanceData)> late;
    view.setLoader([&late](std::function<void(PerformanceData)> done) { late = std::move(done); });
    ASSERT_TRUE(late);
    view.setUnavailable(QStringLiteral("another source"));
    PerformanceData figures;
    figures.available = true;
    figures.outcomes = everyKindOfOutcome();
    figures.card = outcomes::Scorecard::compute(figures.outcomes);
    late(figures);
    QCoreApplication::processEvents(); // the answer's queued delivery
    EXPECT_EQ(view.summaryLabel()->text(), QStringLiteral("another source"));
    EXPECT_EQ(view.outcomesModel()->rowCount(), 0);
}
