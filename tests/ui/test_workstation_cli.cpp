// The workstation's remote-mode command line: --remote, --token-file, --ca-file and --local, parsed
// (CommandLine::parse) and as the real `virtuoso` executable answers them: a clear message on
// stderr and the usage exit code for a bad address or an unusable token file, and a window that
// watches the daemon (without the embedded simulator unless --local asks for it).
#include "CommandLine.h"

#include "ExitCode.h"

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace virtuoso;
using virtuoso::test::waitFor;

namespace {

CommandLine parse(QStringList arguments)
{
    arguments.prepend(QStringLiteral("virtuoso"));
    return CommandLine::parse(arguments, {QStringLiteral("sim"), QStringLiteral("logs")});
}

QProcessEnvironment offscreen(const QTemporaryDir &home)
{
    QProcessEnvironment env = test::headlessEnvironment(home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

// Starts the workstation, waits for its window, reads its log, and closes it with SIGTERM.
struct WindowRun
{
    bool shown = false;
    int exitCode = -1;
    QByteArray err;
};

WindowRun runWindow(const QStringList &arguments, const QTemporaryDir &home)
{
    WindowRun run;
    QProcess p;
    p.setProcessEnvironment(offscreen(home));
    QObject::connect(&p, &QProcess::readyReadStandardError, [&] { run.err += p.readAllStandardError(); });
    p.start(QStringLiteral(VIRTUOSO_BINARY), arguments);
    if (!p.waitForStarted(5000))
        return run;
    run.shown = waitFor([&] { return run.err.contains("MAIN_WINDOW_SHOWN"); }, 10000);
    ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
    if (p.waitForFinished(5000) && p.exitStatus() == QProcess::NormalExit)
        run.exitCode = p.exitCode();
    else
        p.kill();
    run.err += p.readAllStandardError();
    return run;
}

} // namespace

TEST(WorkstationCommandLine, RemoteTokenFileCaFileAndLocalAreParsedInOrder)
{
    const CommandLine one = parse({QStringLiteral("--remote"), QStringLiteral("http://127.0.0.1:8787")});
    EXPECT_TRUE(one.error.isEmpty()) << one.error.toStdString();
    EXPECT_EQ(one.mode, CommandLine::Mode::Workstation);
    EXPECT_EQ(one.remoteUrls, QStringList{QStringLiteral("http://127.0.0.1:8787")});
    EXPECT_TRUE(one.tokenFiles.isEmpty());
    EXPECT_FALSE(one.local);

    const CommandLine two = parse(
        {QStringLiteral("--remote"), QStringLiteral("http://a.example:8787"), QStringLiteral("--remote"),
         QStringLiteral("https://b.example:8443"), QStringLiteral("--token-file"), QStringLiteral("/etc/a.token"),
         QStringLiteral("--token-file"), QStringLiteral("/etc/b.token"), QStringLiteral("--ca-file"),
         QStringLiteral("/etc/ca.pem"), QStringLiteral("--local"), QStringLiteral("--lang"), QStringLiteral("de")});
    EXPECT_TRUE(two.error.isEmpty()) << two.error.toStdString();
    EXPECT_EQ(two.remoteUrls,
              (QStringList{QStringLiteral("http://a.example:8787"), QStringLiteral("https://b.example:8443")}));
    EXPECT_EQ(two.tokenFiles, (QStringList{QStringLiteral("/etc/a.token"), QStringLiteral("/etc/b.token")}));
    EXPECT_EQ(two.caFiles, QStringList{QStringLiteral("/etc/ca.pem")}); // once for all
    EXPECT_TRUE(two.local);
    EXPECT_EQ(two.language, QStringLiteral("de"));

    // Without --remote the workstation runs the in-process core, as before.
    const CommandLine plain = parse({});
    EXPECT_TRUE(plain.error.isEmpty());
    EXPECT_EQ(plain.mode, CommandLine::Mode::Workstation);
    EXPECT_TRUE(plain.remoteUrls.isEmpty());
}

TEST(WorkstationCommandLine, MisusedRemoteOptionsAreUsageErrorsThatSayWhy)
{
    const struct
    {
        QStringList arguments;
        const char *expected; // in the message
    } cases[] = {
        {{QStringLiteral("--remote"), QStringLiteral("ftp://127.0.0.1:8787")}, "http(s)://host:port"},
        {{QStringLiteral("--remote"), QStringLiteral("127.0.0.1:8787")}, "http(s)://host:port"},
        {{QStringLiteral("--remote"), QStringLiteral("http://")}, "http(s)://host:port"},
        {{QStringLiteral("--remote"), QStringLiteral("http://exa mple:80")}, "http(s)://host:port"},
        {{QStringLiteral("--token-file"), QStringLiteral("/etc/a.token")}, "go with --remote"},
        {{QStringLiteral("--local")}, "go with --remote"},
        {{QStringLiteral("--ca-file"), QStringLiteral("/etc/ca.pem")}, "go with --remote"},
        {{QStringLiteral("--remote"), QStringLiteral("http://a:1"), QStringLiteral("--remote"),
          QStringLiteral("http://b:1"), QStringLiteral("--remote"), QStringLiteral("http://c:1"),
          QStringLiteral("--token-file"), QStringLiteral("x"), QStringLiteral("--token-file"), QStringLiteral("y")},
         "once per --remote (3 --remote, 2 --token-file)"},
        {{QStringLiteral("--remote"), QStringLiteral("http://a:1"), QStringLiteral("--daemon")},
         "does not go with --daemon"},
        {{QStringLiteral("--remote"), QStringLiteral("http://a:1"), QStringLiteral("check-config")},
         "does not go with --daemon or check-config"},
        {{QStringLiteral("--remote")}, "Missing value after '--remote'"},
    };
    for (const auto &c : cases) {
        const CommandLine cl = parse(c.arguments);
        EXPECT_TRUE(cl.error.contains(QLatin1String(c.expected)))
            << c.arguments.join(u' ').toStdString() << " → '" << cl.error.toStdString() << "'";
    }
}

TEST(WorkstationRemoteProcess, ABadRemoteAddressExitsWithTheUsageCodeAndAnExample)
{
    QTemporaryDir home;
    const auto r =
        test::runVirtuoso({QStringLiteral("--remote"), QStringLiteral("ftp://127.0.0.1:8787")}, offscreen(home), 10000);
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, ExitUsage);
    EXPECT_TRUE(r.err.contains("virtuoso: --remote ftp://127.0.0.1:8787")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("e.g. --remote http://127.0.0.1:8787")) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains("MAIN_WINDOW_SHOWN"));
}

TEST(WorkstationRemoteProcess, AMissingOrOpenTokenFileExitsWithTheUsageCodeNamingTheFile)
{
    QTemporaryDir home;
    const QString missing = home.filePath(QStringLiteral("missing.token"));
    auto r = test::runVirtuoso(
        {QStringLiteral("--remote"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--token-file"), missing},
        offscreen(home), 10000);
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, ExitUsage);
    EXPECT_TRUE(r.err.contains(missing.toUtf8())) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains("MAIN_WINDOW_SHOWN")) << r.err.toStdString();

    // A token others may read is refused too, with the fix.
    const QString open = test::writeFile(home, QStringLiteral("open.token"), "0123456789abcdef0123",
                                         QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    r = test::runVirtuoso(
        {QStringLiteral("--remote"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--token-file"), open},
        offscreen(home), 10000);
    ASSERT_TRUE(r.finished);
    EXPECT_EQ(r.exitCode, ExitUsage);
    EXPECT_TRUE(r.err.contains("chmod 600")) << r.err.toStdString();
}

TEST(WorkstationRemoteProcess, RemoteAloneRunsNoSimulatorAndLocalAddsTheInProcessCore)
{
    QTemporaryDir home;
    const QString token = test::writeFile(home, QStringLiteral("api.token"), "0123456789abcdef0123\n");
    // Nothing listens on port 9: the window comes up anyway and shows the daemon as disconnected.
    const WindowRun remote = runWindow(
        {QStringLiteral("--remote"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--token-file"), token},
        home);
    EXPECT_TRUE(remote.shown) << remote.err.toStdString();
    EXPECT_EQ(remote.exitCode, ExitOk) << remote.err.toStdString();
    EXPECT_FALSE(remote.err.contains("SIM_LISTENING")) << remote.err.toStdString();
    EXPECT_FALSE(remote.err.contains("0123456789abcdef0123")); // the token is never logged

    QTemporaryDir home2;
    const WindowRun both =
        runWindow({QStringLiteral("--remote"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--local")}, home2);
    EXPECT_TRUE(both.shown) << both.err.toStdString();
    EXPECT_EQ(both.exitCode, ExitOk) << both.err.toStdString();
    EXPECT_TRUE(both.err.contains("SIM_LISTENING")) << both.err.toStdString();
}
