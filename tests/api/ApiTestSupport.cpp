#include "ApiTestSupport.h"

#include <QRegularExpression>

#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>

namespace virtuoso::test {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

HttpReply httpGet(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &bearer,
                  const std::optional<QSslConfiguration> &tls, const QByteArray &method)
{
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (tls)
        request.setSslConfiguration(*tls);
    QNetworkReply *reply = nam.sendCustomRequest(request, method);
    waitFor([reply] { return reply->isFinished(); }, 10000);
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

HttpReply httpSend(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body,
                   const QByteArray &bearer)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    waitFor([reply] { return reply->isFinished(); }, 10000);
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

quint16 startDaemonProcess(QProcess &process, const QProcessEnvironment &env, const QStringList &arguments,
                           QByteArray *err, DaemonProgram program)
{
    process.setProcessEnvironment(env);
    const QStringList logging{QStringLiteral("--set"), QStringLiteral("logging.level=notice"), QStringLiteral("--set"),
                              QStringLiteral("logging.target=stderr")};
    if (program == DaemonProgram::Virtuosod)
        process.start(QStringLiteral(VIRTUOSOD_BINARY), logging + arguments);
    else
        process.start(QStringLiteral(VIRTUOSO_BINARY), QStringList{QStringLiteral("--daemon")} + logging + arguments);
    if (!process.waitForStarted(5000))
        return 0;
    static const QRegularExpression listening(QStringLiteral("listening on https?://[0-9.]+:(\\d+)"));
    quint16 port = 0;
    waitFor(
        [&] {
            *err += process.readAllStandardError();
            const auto m = listening.match(QString::fromUtf8(*err));
            if (m.hasMatch())
                port = static_cast<quint16>(m.captured(1).toUInt());
            return port != 0 || process.state() == QProcess::NotRunning;
        },
        15000);
    return port;
}

QString writeTokenFile(const QTemporaryDir &dir, const QString &name, const QByteArray &token)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(token + "\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(bytes);
    QByteArray received;
    waitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    received += socket.readAll();
    return received;
}

bool makeTestCertificate(const QTemporaryDir &dir, QString *certPath, QString *keyPath)
{
    *certPath = dir.filePath(QStringLiteral("cert.pem"));
    *keyPath = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), *keyPath,
                   QStringLiteral("-out"), *certPath});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return false;
    return QFile::setPermissions(*keyPath, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace virtuoso::test
