// Runs the real `virtuoso` executable: command line, check-config, and daemon mode under a fake
// systemd notification socket with no display.
#include "TestSupport.h"

#include "ExitCode.h"

#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/socket.h>
#include <sys/un.h>
#include <tuple>
#include <unistd.h>

using namespace virtuoso::test;

namespace {

// A unix datagram socket standing in for systemd's $NOTIFY_SOCKET.
class FakeNotifySocket
{
public:
    explicit FakeNotifySocket(const QString &path)
        : m_path(path)
    {
        m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray p = path.toLocal8Bit();
        std::memcpy(addr.sun_path, p.constData(), std::min<size_t>(p.size(), sizeof(addr.sun_path) - 1));
        m_bound = ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) == 0;
    }
    ~FakeNotifySocket() { ::close(m_fd); }
    bool bound() const { return m_bound; }
    QString path() const { return m_path; }

    // Reads every datagram waiting now.
    void drain()
    {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buf, sizeof(buf), MSG_DONTWAIT);
            if (n <= 0)
                return;
            messages << QString::fromUtf8(buf, n);
        }
    }
    bool received(const QString &needle)
    {
        drain();
        for (const QString &m : messages) {
            if (m.contains(needle))
                return true;
        }
        return false;
    }
    int count(const QString &needle)
    {
        drain();
        int n = 0;
        for (const QString &m : messages)
            n += m.contains(needle) ? 1 : 0;
        return n;
    }

    QStringList messages;

private:
    QString m_path;
    int m_fd = -1;
    bool m_bound = false;
};

} // namespace

TEST(CommandLine, VersionAndHelp)
{
    QTemporaryDir home;
    auto r = runVirtuoso({QStringLiteral("--version")}, headlessEnvironment(home));
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith("virtuoso " VIRTUOSO_VERSION)) << r.out.toStdString();

    r = runVirtuoso({QStringLiteral("--help")}, headlessEnvironment(home));
    EXPECT_EQ(r.exitCode, 0);
    for (const char *option : {"--daemon", "--config", "--set", "check-config", "--version"})
        EXPECT_TRUE(r.out.contains(option)) << option;
    EXPECT_TRUE(r.out.startsWith("Usage: virtuoso ")) << r.out.left(80).toStdString();
}

TEST(CommandLine, UnknownOptionIsAUsageError)
{
    QTemporaryDir home;
    const auto r = runVirtuoso({QStringLiteral("--frobnicate")}, headlessEnvironment(home));
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains("frobnicate")) << r.err.toStdString();
}

TEST(CheckConfig, MisspelledKeyExitsNonZeroNamingKeyAndLine)
{
    QTemporaryDir home;
    const QString file =
        writeFile(home, QStringLiteral("bad.conf"),
                  "# operator config\n[exchange]\nsource = sim\nsymbols = BTCUSDT\n\n[api]\nlisen = 127.0.0.1:9000\n");
    const auto r = runVirtuoso({QStringLiteral("check-config"), file}, headlessEnvironment(home));
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains("bad.conf:7:")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("api.lisen")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("did you mean api.listen")) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST(CheckConfig, PrintsEffectiveConfigWithSecretsMasked)
{
    QTemporaryDir home;
    const QString file = writeFile(home, QStringLiteral("good.conf"),
                                   "[exchange]\nsymbols = BTCUSDT,ETHUSDT\napi_key = AKEY\napi_secret = TOPSECRET\n");
    const auto r = runVirtuoso(
        {QStringLiteral("check-config"), file, QStringLiteral("--set"), QStringLiteral("rest.timeout_ms=2500")},
        headlessEnvironment(home));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("symbols = BTCUSDT,ETHUSDT  ; " + file.toUtf8() + ":2")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("timeout_ms = 2500  ; --set"));
    EXPECT_TRUE(r.out.contains("api_secret = ********"));
    EXPECT_FALSE(r.out.contains("TOPSECRET"));
    EXPECT_FALSE(r.out.contains("AKEY"));
}

TEST(CheckConfig, ExampleOutputIsAValidConfig)
{
    QTemporaryDir home;
    auto r = runVirtuoso({QStringLiteral("check-config"), QStringLiteral("--example")}, headlessEnvironment(home));
    ASSERT_EQ(r.exitCode, 0);
    const QString file = writeFile(home, QStringLiteral("example.conf"), r.out);
    r = runVirtuoso({QStringLiteral("check-config"), file}, headlessEnvironment(home));
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

class DaemonTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_notify = std::make_unique<FakeNotifySocket>(m_home.filePath(QStringLiteral("notify.sock")));
        ASSERT_TRUE(m_notify->bound());
        m_env = headlessEnvironment(m_home);
        m_env.insert(QStringLiteral("NOTIFY_SOCKET"), m_notify->path());
    }
    void TearDown() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    void start(const QStringList &extra = {}, const QString &binary = QStringLiteral(VIRTUOSO_BINARY))
    {
        m_process.setProcessEnvironment(m_env);
        // An ephemeral API port, so daemons of parallel tests never compete for the default one.
        const QStringList mode =
            binary == QStringLiteral(VIRTUOSO_BINARY) ? QStringList{QStringLiteral("--daemon")} : QStringList{};
        m_process.start(binary,
                        mode + QStringList{QStringLiteral("--set"), QStringLiteral("api.listen=127.0.0.1:0")} + extra);
        ASSERT_TRUE(m_process.waitForStarted(5000));
    }
    // SIGTERM, then waits for the process to exit (the wait is for the event; the limit only keeps a
    // hung daemon from hanging the test). Whether it exited.
    bool terminate()
    {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        return m_process.waitForFinished(30000);
    }

    QTemporaryDir m_home;
    std::unique_ptr<FakeNotifySocket> m_notify;
    QProcessEnvironment m_env;
    QProcess m_process;
};

TEST_F(DaemonTest, NotifiesReadyWithoutDisplayAndStopsCleanlyOnSigterm)
{
    EXPECT_FALSE(m_env.contains(QStringLiteral("DISPLAY")));
    EXPECT_FALSE(m_env.contains(QStringLiteral("WAYLAND_DISPLAY")));
    EXPECT_FALSE(m_env.contains(QStringLiteral("QT_QPA_PLATFORM")));
    start();
    ASSERT_TRUE(waitFor([&] { return m_notify->received(QStringLiteral("READY=1")); }, 5000))
        << m_process.readAllStandardError().toStdString();
    // How soon READY=1 comes is a figure of the machine's load, not of correctness: the wait above
    // is for the event, never for a duration.
    EXPECT_TRUE(m_notify->received(QStringLiteral("STATUS=serving")));

    ASSERT_TRUE(terminate()) << "the daemon did not exit after SIGTERM";
    EXPECT_EQ(m_process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(m_process.exitCode(), 0);
    EXPECT_TRUE(m_notify->received(QStringLiteral("STOPPING=1")));
    // Default level in daemon mode is warning, and a clean start logs nothing at that level.
    EXPECT_EQ(m_process.readAllStandardError(), QByteArray());
}

TEST_F(DaemonTest, VirtuosodIsTheDaemonWithoutBeingAsked)
{
    // The headless executable: no --daemon, no display, the same readiness and clean stop.
    start({}, QStringLiteral(VIRTUOSOD_BINARY));
    ASSERT_TRUE(waitFor([&] { return m_notify->received(QStringLiteral("READY=1")); }, 10000))
        << m_process.readAllStandardError().toStdString();
    EXPECT_TRUE(m_notify->received(QStringLiteral("STATUS=serving")));
    terminate();
    EXPECT_EQ(m_process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(m_process.exitCode(), 0);
    EXPECT_TRUE(m_notify->received(QStringLiteral("STOPPING=1")));
}

TEST(CommandLine, VirtuosodHasNoWorkstationOptions)
{
    QTemporaryDir home;
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment(home));
    const auto run = [&](const QStringList &arguments) {
        p.start(QStringLiteral(VIRTUOSOD_BINARY), arguments);
        EXPECT_TRUE(p.waitForFinished(20000));
        return std::pair{p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError()};
    };
    auto [code, out] = run({QStringLiteral("--version")});
    EXPECT_EQ(code, 0);
    EXPECT_TRUE(out.startsWith("virtuosod ")) << out.toStdString();
    std::tie(code, out) = run({QStringLiteral("--remote"), QStringLiteral("http://127.0.0.1:1")});
    EXPECT_EQ(code, virtuoso::ExitUsage);
    EXPECT_TRUE(out.contains("virtuosod is headless")) << out.toStdString();
    std::tie(code, out) = run({QStringLiteral("check-config"), QStringLiteral("--example")});
    EXPECT_EQ(code, 0);
    EXPECT_TRUE(out.contains("[api]"));
}

TEST_F(DaemonTest, PingsTheWatchdogAtHalfItsInterval)
{
    m_env.insert(QStringLiteral("WATCHDOG_USEC"), QStringLiteral("300000"));
    start();
    ASSERT_TRUE(waitFor([&] { return m_notify->count(QStringLiteral("WATCHDOG=1")) >= 4; }, 5000));
    terminate();
    EXPECT_EQ(m_process.exitCode(), 0);
}

TEST_F(DaemonTest, ReloadKeepsTheRunningConfigWhenTheNewOneIsInvalid)
{
    const QString file = writeFile(m_home, QStringLiteral("daemon.conf"), "[exchange]\nsymbols = BTCUSDT\n");
    start({QStringLiteral("--config"), file});
    ASSERT_TRUE(waitFor([&] { return m_notify->received(QStringLiteral("READY=1")); }, 5000));

    writeFile(m_home, QStringLiteral("daemon.conf"), "[exchange]\nsymbols = BTCUSDT\nsurprise = 1\n");
    ::kill(static_cast<pid_t>(m_process.processId()), SIGHUP);
    ASSERT_TRUE(waitFor([&] { return m_notify->received(QStringLiteral("reload rejected")); }, 5000));
    EXPECT_TRUE(m_notify->received(QStringLiteral("RELOADING=1")));
    EXPECT_EQ(m_process.state(), QProcess::Running);

    writeFile(m_home, QStringLiteral("daemon.conf"), "[exchange]\nsymbols = ETHUSDT\n");
    ::kill(static_cast<pid_t>(m_process.processId()), SIGHUP);
    ASSERT_TRUE(waitFor([&] { return m_notify->received(QStringLiteral("configuration reloaded")); }, 5000));

    terminate();
    EXPECT_EQ(m_process.exitCode(), 0);
    const QByteArray err = m_process.readAllStandardError();
    EXPECT_TRUE(err.contains("RELOAD_REJECTED")) << err.toStdString();
    EXPECT_TRUE(err.contains("daemon.conf:3: exchange.surprise: unknown key")) << err.toStdString();
}

TEST_F(DaemonTest, InvalidConfigExitsWithConfigError)
{
    const QString file = writeFile(m_home, QStringLiteral("broken.conf"), "[rest]\ntimeout_ms = soon\n");
    start({QStringLiteral("--config"), file});
    ASSERT_TRUE(m_process.waitForFinished(5000));
    EXPECT_EQ(m_process.exitCode(), 3);
    EXPECT_TRUE(m_process.readAllStandardError().contains("rest.timeout_ms"));
    EXPECT_FALSE(m_notify->received(QStringLiteral("READY=1")));
}
