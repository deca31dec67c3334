// `virtuoso alerts test NAME` against a local receiver: exit 0 once delivered (after a 429), and
// not 0 when the channel keeps failing; the URL is never printed.
#include "ExitCode.h"
#include "TestSupport.h"
#include "base/http/HttpServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace virtuoso;
using virtuoso::api::HttpRequest;
using virtuoso::api::HttpResponse;
using virtuoso::api::HttpServer;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs `virtuoso` while this test's event loop keeps serving the receiver.
CliRun runServing(const QStringList &arguments, const QTemporaryDir &home)
{
    QProcess p;
    p.setProcessEnvironment(test::headlessEnvironment(home));
    p.start(QStringLiteral(VIRTUOSO_BINARY), arguments);
    EXPECT_TRUE(p.waitForStarted(10000));
    EXPECT_TRUE(test::waitFor([&] { return p.state() == QProcess::NotRunning; }, 60000));
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

TEST(AlertsCli, TestAlertIsDeliveredThroughTheNamedChannel)
{
    int calls = 0;
    QByteArray body;
    HttpServer server(HttpServer::Options{}, [&](const HttpRequest &r, HttpServer::Reply reply) {
        if (++calls == 1) {
            reply(HttpResponse::json(429, R"({"retry_after":0.1})"));
            return;
        }
        body = r.body;
        reply(HttpResponse::text(204, {}));
    });
    QString error;
    ASSERT_TRUE(server.listen(&error)) << error.toStdString();
    QTemporaryDir home;
    const QString urlFile =
        test::writeFile(home, QStringLiteral("discord.url"),
                        QStringLiteral("http://127.0.0.1:%1/api/webhooks/1/SECRET\n").arg(server.port()).toUtf8());
    const QString conf = test::writeFile(
        home, QStringLiteral("v.conf"),
        QStringLiteral("[alerts]\njournal_path = %1/alerts.sqlite\n[channel.ops]\ntype = discord\nurl_file = %2\n"
                       "backoff_initial_ms = 10\n")
            .arg(home.path(), urlFile)
            .toUtf8());
    const CliRun ok = runServing(
        {QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("ops"), QStringLiteral("--config"), conf},
        home);
    EXPECT_EQ(ok.exitCode, ExitOk) << ok.err.toStdString();
    EXPECT_EQ(calls, 2);
    EXPECT_TRUE(body.contains("Virtuoso test alert")) << body.toStdString();
    EXPECT_FALSE((ok.out + ok.err).contains("SECRET")) << "the webhook URL is never printed";

    // A channel that keeps failing: exit 1 after max_retries attempts.
    HttpServer broken(HttpServer::Options{},
                      [&](const HttpRequest &, HttpServer::Reply reply) { reply(HttpResponse::text(500, "no")); });
    ASSERT_TRUE(broken.listen(&error));
    const CliRun failed =
        runServing({QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("ops"), QStringLiteral("--config"),
                    conf, QStringLiteral("--set"), QStringLiteral("channel.ops.max_retries=2"), QStringLiteral("--set"),
                    QStringLiteral("channel.ops.url=http://127.0.0.1:%1/x").arg(broken.port()), QStringLiteral("--set"),
                    QStringLiteral("channel.ops.url_file=")},
                   home);
    EXPECT_EQ(failed.exitCode, ExitFailure) << failed.err.toStdString();
    EXPECT_TRUE(failed.err.contains("HTTP 500")) << failed.err.toStdString();

    const CliRun unknown = runServing(
        {QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("nope"), QStringLiteral("--config"), conf},
        home);
    EXPECT_EQ(unknown.exitCode, ExitConfigInvalid);
    EXPECT_TRUE(unknown.err.contains("no [channel.nope]")) << unknown.err.toStdString();
}

// The configuration example in docs/alerts.md is valid as printed: `virtuoso check-config` accepts it
// once the files it names exist (here in a temporary folder, mode 0600 as required).
TEST(AlertsCli, TheDocumentedExampleConfigurationIsValid)
{
    QFile doc(QStringLiteral(VIRTUOSO_SOURCE_DIR "/docs/alerts.md"));
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("```ini\n[alerts]"));
    ASSERT_GE(start, 0) << "no [alerts] example in docs/alerts.md";
    const qsizetype end = text.indexOf(QStringLiteral("```\n"), start + 7);
    ASSERT_GT(end, start);
    QString example = text.mid(start + 7, end - start - 7);
    QTemporaryDir home;
    ASSERT_TRUE(home.isValid());
    const QString etc = home.filePath(QStringLiteral("etc"));
    ASSERT_TRUE(QDir().mkpath(etc));
    example.replace(QStringLiteral("/etc/virtuoso/"), etc + QLatin1Char('/'));
    for (const QString &name :
         {QStringLiteral("discord-ops.url"), QStringLiteral("slack-team.url"), QStringLiteral("telegram.url"),
          QStringLiteral("siem.url"), QStringLiteral("siem.key")}) {
        QFile f(etc + QLatin1Char('/') + name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(name.endsWith(QLatin1String(".key")) ? "a-signing-key\n" : "https://hooks.example.net/x\n");
        f.close();
        ASSERT_TRUE(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
    const QString path = home.filePath(QStringLiteral("alerts.conf"));
    QFile conf(path);
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write(example.toUtf8());
    conf.close();
    const CliRun run = runServing({QStringLiteral("check-config"), path}, home);
    EXPECT_EQ(run.exitCode, 0) << run.out.constData() << run.err.constData();
}
