#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

namespace virtuoso::test {

struct HttpReply
{
    int status = 0; // 0: no HTTP answer at all
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
};

// One request through QNetworkAccessManager, waited for on the event loop.
HttpReply httpGet(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &bearer = {},
                  const std::optional<QSslConfiguration> &tls = std::nullopt, const QByteArray &method = "GET");

// A request with a body (POST, DELETE, ...), waited for like httpGet.
HttpReply httpSend(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &body,
                   const QByteArray &bearer = {});

// Starts `virtuoso --daemon` (or `virtuosod`) with logs on stderr at notice level and `arguments` after them, and
// waits for the port it logs as listening on; 0 when it stops or never says. Its stderr collects
// in `err`.
// `virtuosod` is the headless program servers run; `virtuoso --daemon` the same core from the
// workstation's binary.
enum class DaemonProgram { VirtuosoDaemon, Virtuosod };
quint16 startDaemonProcess(QProcess &process, const QProcessEnvironment &env, const QStringList &arguments,
                           QByteArray *err, DaemonProgram program = DaemonProgram::VirtuosoDaemon);

// A token file as a daemon or a workstation reads it: the token and a newline, mode 0600, in `dir`.
// Empty when it cannot be written.
QString writeTokenFile(const QTemporaryDir &dir, const QString &name, const QByteArray &token);

// Raw bytes to host:port over plain TCP; returns everything the server sent until it closed
// the connection or `timeoutMs` passed.
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 3000);

// A throwaway self-signed certificate for 127.0.0.1 made with the openssl CLI in `dir`
// (cert.pem, key.pem with mode 0600). Returns false when openssl is unavailable.
bool makeTestCertificate(const QTemporaryDir &dir, QString *certPath, QString *keyPath);

} // namespace virtuoso::test
