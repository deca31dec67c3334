// The Performance view on the built daemon (a child process on its embedded simulator): the host's
// reason when it keeps no outcomes, its live outcomes once its tracker has written some, and — once
// the process is gone — the reason it cannot be reached, with the last figures greyed and dated.
#include "ApiTestSupport.h"
#include "PerformanceView.h"
#include "RemoteHost.h"
#include "base/Clock.h"

#include "TestSupport.h"

#include <QLabel>
#include <QProcess>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso;
using namespace virtuoso::ui;
using virtuoso::test::waitFor;

namespace {

struct Daemon
{
    QTemporaryDir home;
    QProcess process;
    QByteArray err;
    quint16 port = 0;

    explicit Daemon(const QStringList &settings)
    {
        QProcessEnvironment env = test::headlessEnvironment(home);
        env.insert(QStringLiteral("STATE_DIRECTORY"), home.filePath(QStringLiteral("state")));
        QStringList args = {QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0"), QStringLiteral("--set"),
                            QStringLiteral("exchange.symbols=BTCUSDT,ETHUSDT")};
        for (const QString &s : settings)
            args << QStringLiteral("--set") << s;
        port = test::startDaemonProcess(process, env, args, &err);
    }
    ~Daemon()
    {
        process.terminate();
        process.waitForFinished(10000);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
};

std::unique_ptr<RemoteHost> hostFor(const Daemon &daemon)
{
    QString error;
    const RemoteHost::Target target{daemon.url()};
    const auto options = RemoteHost::clientOptions(target, &error);
    EXPECT_TRUE(options) << error.toStdString();
    return std::make_unique<RemoteHost>(target, *options, Clock::system());
}

} // namespace

TEST(RemotePerformanceDaemon, ADaemonWithoutOutcomesSaysWhy)
{
    Daemon daemon({QStringLiteral("store.enabled=false")});
    ASSERT_NE(daemon.port, 0) << daemon.err.toStdString();
    const auto host = hostFor(daemon);
    PerformanceView view;
    view.show();
    view.setLoader(PerformanceView::remoteLoader(host.get()), 500);
    ASSERT_TRUE(waitFor(
        [&] { return view.summaryLabel()->text().contains(QStringLiteral("keeps no signal outcomes")); }, 15000))
        << view.summaryLabel()->text().toStdString();
    EXPECT_TRUE(view.summaryLabel()->text().contains(QStringLiteral("signal outcomes are off in this process")))
        << view.summaryLabel()->text().toStdString();
    EXPECT_EQ(view.outcomesModel()->rowCount(), 0);
}

TEST(RemotePerformanceDaemon, ShowsTheDaemonsLiveOutcomesAndThenThatItIsGone)
{
    // Zones of 50.01 and 50: every evaluation is a signal, so outcomes are written within seconds.
    Daemon daemon({QStringLiteral("confluence.long_threshold=50.01"), QStringLiteral("confluence.short_threshold=50")});
    ASSERT_NE(daemon.port, 0) << daemon.err.toStdString();
    const auto host = hostFor(daemon);
    PerformanceView view;
    view.show();
    view.setLoader(PerformanceView::remoteLoader(host.get()), 500);
    ASSERT_TRUE(waitFor([&] { return view.outcomesModel()->rowCount() > 0; }, 60000))
        << view.summaryLabel()->text().toStdString();
    EXPECT_TRUE(view.summaryLabel()->text().contains(QStringLiteral("From %1 as of").arg(host->name())))
        << view.summaryLabel()->text().toStdString();
    EXPECT_FALSE(view.showingStaleFigures());

    daemon.process.kill();
    daemon.process.waitForFinished(10000);
    ASSERT_TRUE(waitFor([&] { return view.showingStaleFigures(); }, 15000))
        << view.summaryLabel()->text().toStdString();
    const QString text = view.summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("cannot be reached"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("not current"))) << text.toStdString();
    EXPECT_GT(view.outcomesModel()->rowCount(), 0); // kept, greyed
}
