// The Alerts view's actions on a daemon (the built virtuosod as a child process): a rule muted and
// a test alert sent through the daemon's API with the host's monitoring token, the answers in words
// for an unknown channel and a refused token; and the same actions on an in-process core.
#include "AlertsView.h"
#include "ApiTestSupport.h"
#include "RemoteHost.h"
#include "base/Clock.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace virtuoso {
namespace {

using test::waitFor;

const QByteArray kMonitoringToken = "monitoring-token-0123456789abcdef";

// Runs an action and waits for its completion; nothing when it never completes.
std::optional<QString> await(const std::function<void(std::function<void(QString)>)> &action)
{
    auto result = std::make_shared<std::optional<QString>>();
    action([result](const QString &error) { *result = error; });
    if (!waitFor([result] { return result->has_value(); }, 15000))
        return std::nullopt;
    return **result;
}

TEST(RemoteAlerts, MuteAndTestReachTheDaemonWithTheMonitoringToken)
{
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    QProcessEnvironment env = test::headlessEnvironment(home);
    env.insert(QStringLiteral("STATE_DIRECTORY"), home.filePath(QStringLiteral("state")));
    const QString monitoringFile = test::writeTokenFile(home, QStringLiteral("monitoring.token"), kMonitoringToken);
    const QString wrongFile =
        test::writeTokenFile(home, QStringLiteral("wrong.token"), "not-the-token-0123456789abcdef");
    QProcess daemon;
    QByteArray err;
    const quint16 port =
        test::startDaemonProcess(daemon, env,
                                 {QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0"),
                                  QStringLiteral("--set"), QStringLiteral("api.token_file=") + monitoringFile,
                                  QStringLiteral("--set"), QStringLiteral("exchange.symbols=BTCUSDT"),
                                  QStringLiteral("--set"), QStringLiteral("channel.desk.type=desktop"),
                                  QStringLiteral("--set"), QStringLiteral("rule.whales.source=whale"),
                                  QStringLiteral("--set"), QStringLiteral("rule.whales.min_notional=1000000000"),
                                  QStringLiteral("--set"), QStringLiteral("rule.whales.channels=desk")},
                                 &err);
    ASSERT_NE(port, 0) << err.toStdString();
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QNetworkAccessManager nam;
    const auto status = [&] {
        return test::httpGet(nam, QUrl(base + QStringLiteral("/api/v1/alerts/status")), kMonitoringToken).json();
    };
    ASSERT_TRUE(waitFor([&] { return status().value(QStringLiteral("enabled")).toBool(); }, 20000))
        << err.toStdString();

    QString error;
    const ui::RemoteHost::Target target{base, monitoringFile, {}};
    const auto options = ui::RemoteHost::clientOptions(target, &error);
    ASSERT_TRUE(options) << error.toStdString();
    ui::RemoteHost host(target, *options, Clock::system());
    const ui::AlertActions actions = ui::remoteAlertActions(&host);
    ASSERT_TRUE(actions.mute);
    ASSERT_TRUE(actions.sendTest);

    // Muted for an hour, then lifted.
    std::optional<QString> result = await(
        [&](std::function<void(QString)> done) { actions.mute(true, QStringLiteral("whales"), 3'600'000, done); });
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->isEmpty()) << result->toStdString();
    // The board shows it from the core's next publication.
    EXPECT_TRUE(waitFor(
        [&] { return status().value(QStringLiteral("muted_rules")).toArray() == QJsonArray{QStringLiteral("whales")}; },
        15000));
    result = await([&](std::function<void(QString)> done) { actions.mute(true, QStringLiteral("whales"), 0, done); });
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->isEmpty()) << result->toStdString();
    EXPECT_TRUE(waitFor([&] { return status().value(QStringLiteral("muted_rules")).toArray().isEmpty(); }, 15000));

    // A test alert through the daemon's channel reaches its journal, delivered.
    result = await([&](std::function<void(QString)> done) { actions.sendTest(QStringLiteral("desk"), done); });
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->isEmpty()) << result->toStdString();
    ASSERT_TRUE(waitFor(
        [&] {
            const QJsonArray alerts =
                test::httpGet(nam, QUrl(base + QStringLiteral("/api/v1/alerts")), kMonitoringToken)
                    .json()
                    .value(QStringLiteral("alerts"))
                    .toArray();
            for (const QJsonValue &a : alerts) {
                const QJsonObject alert = a.toObject();
                const QJsonObject delivery = alert.value(QStringLiteral("deliveries")).toArray().at(0).toObject();
                if (alert.value(QStringLiteral("source")).toString() == u"test" &&
                    delivery.value(QStringLiteral("channel")).toString() == u"desk" &&
                    delivery.value(QStringLiteral("status")).toString() == u"delivered")
                    return true;
            }
            return false;
        },
        15000));

    // An unknown channel is named in the answer.
    result = await([&](std::function<void(QString)> done) { actions.sendTest(QStringLiteral("nope"), done); });
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->contains(QStringLiteral("nope"))) << result->toStdString();

    // A host whose token the daemon does not accept: refused, and said so.
    const ui::RemoteHost::Target wrong{base, wrongFile, {}};
    const auto wrongOptions = ui::RemoteHost::clientOptions(wrong, &error);
    ASSERT_TRUE(wrongOptions) << error.toStdString();
    ui::RemoteHost wrongHost(wrong, *wrongOptions, Clock::system());
    const ui::AlertActions refused = ui::remoteAlertActions(&wrongHost);
    result = await([&](std::function<void(QString)> done) { refused.mute(false, QStringLiteral("k"), 60'000, done); });
    ASSERT_TRUE(result);
    EXPECT_FALSE(result->isEmpty());
    EXPECT_TRUE(status().value(QStringLiteral("muted_keys")).toArray().isEmpty());

    daemon.terminate();
    daemon.waitForFinished(10000);
}

alerts::AlertBoardPtr board(const std::vector<std::pair<quint64, QString>> &alerts)
{
    auto b = std::make_shared<alerts::AlertBoard>();
    alerts::ChannelHealth desk;
    desk.name = QStringLiteral("desk");
    desk.type = QStringLiteral("desktop");
    alerts::ChannelHealth hook;
    hook.name = QStringLiteral("hook");
    hook.type = QStringLiteral("webhook");
    b->channels = {desk, hook};
    for (const auto &[sequence, channel] : alerts) {
        alerts::AlertItem item;
        item.sequence = sequence;
        item.title = QStringLiteral("alert %1").arg(sequence);
        item.channels << channel;
        b->recent.push_back(item);
    }
    return b;
}

TEST(RemoteAlerts, OnlyNewAlertsOfDesktopChannelsAreAnnounced)
{
    ui::AlertsView view;
    std::vector<quint64> announced;
    view.setDesktopArrivals([&announced](const alerts::AlertItem &item) { announced.push_back(item.sequence); });
    const QString desk = QStringLiteral("desk");
    const QString hook = QStringLiteral("hook");
    // What was there when the view connected is not news.
    view.applyBoard(board({{1, desk}, {2, desk}}));
    EXPECT_TRUE(announced.empty());
    view.applyBoard(board({{1, desk}, {2, desk}, {3, desk}, {4, hook}}));
    EXPECT_EQ(announced, std::vector<quint64>{3});
    view.applyBoard(board({{1, desk}, {2, desk}, {3, desk}, {4, hook}})); // the same board again
    EXPECT_EQ(announced, std::vector<quint64>{3});
    // The process restarted and numbers from 1 again: its alerts are new.
    view.applyBoard(board({{1, desk}}));
    EXPECT_EQ(announced, (std::vector<quint64>{3, 1}));
    // Another source: its first board is the baseline again.
    view.applyBoard(nullptr);
    view.applyBoard(board({{7, desk}}));
    EXPECT_EQ(announced, (std::vector<quint64>{3, 1}));
    view.applyBoard(board({{7, desk}, {8, desk}}));
    EXPECT_EQ(announced, (std::vector<quint64>{3, 1, 8}));
}

TEST(RemoteAlerts, AGoneHostIsAnAnswerNotACrash)
{
    ui::AlertActions actions;
    {
        QTemporaryDir home;
        const ui::RemoteHost::Target target{QStringLiteral("http://127.0.0.1:9"), {}, {}};
        QString error;
        const auto options = ui::RemoteHost::clientOptions(target, &error);
        ASSERT_TRUE(options) << error.toStdString();
        ui::RemoteHost host(target, *options, Clock::system());
        actions = ui::remoteAlertActions(&host);
    }
    const std::optional<QString> result =
        await([&](std::function<void(QString)> done) { actions.mute(true, QStringLiteral("x"), 60'000, done); });
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->contains(QStringLiteral("gone"))) << result->toStdString();
}

} // namespace
} // namespace virtuoso
