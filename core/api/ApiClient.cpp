#include "api/ApiClient.h"

#include "base/Clock.h"
#include "base/JsonMergePatch.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrlQuery>

#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/stat.h>

namespace virtuoso::api {

ApiClient::ApiClient(Options options, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(clock)
    , m_backoff({m_options.backoffInitialMs, m_options.backoffMaxMs})
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &ApiClient::openStream);
    m_staleTick.setInterval(500);
    connect(&m_staleTick, &QTimer::timeout, this, &ApiClient::checkStale);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_connected = true;
        m_backoff.reset();
        m_lastError.clear();
        m_lastSocketError.reset();
        emit connectionChanged(true, QString());
    });
    // Covers both a dropped connection and a connection attempt that failed.
    connect(&m_socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &ApiClient::onMessage);
    m_socket.setMaxAllowedIncomingMessageSize(static_cast<quint64>(kMaxReplyBytes));
    if (m_options.tls)
        m_socket.setSslConfiguration(*m_options.tls);
}

ApiClient::~ApiClient()
{
    stop();
}

// The messages are shown in the workstation's Connect dialog, hence translatable (lupdate reads
// this file too); the daemon installs no translator and prints them in English.
QByteArray ApiClient::readTokenFile(const QString &path, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("token file %1: %2").arg(path, why);
        return QByteArray();
    };
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return fail(tr("cannot read it (%1)").arg(QString::fromLocal8Bit(strerror(errno))));
    if (!S_ISREG(st.st_mode))
        return fail(tr("not a regular file"));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(tr("readable by others (mode %1); run: chmod 600 %2")
                        .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0'))
                        .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QByteArray value = file.read(4096);
    if (const qsizetype newline = value.indexOf('\n'); newline >= 0)
        value.truncate(newline);
    value = value.trimmed();
    if (value.size() < 16)
        return fail(tr("the token must be at least 16 characters"));
    for (char c : value)
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return fail(tr("the token must be printable ASCII without spaces"));
    return value;
}

std::optional<QSslConfiguration> ApiClient::tlsTrusting(const QString &caFile, QString *error)
{
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("certificate file %1: %2").arg(caFile, file.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(1 << 20), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("certificate file %1: no PEM certificate in it").arg(caFile);
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(certificates);
    return tls;
}

void ApiClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_staleTick.start();
    openStream();
}

void ApiClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_staleTick.stop();
    m_socket.abort();
}

QUrl ApiClient::streamUrl() const
{
    QUrl url = m_options.baseUrl;
    url.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    if (m_revision > 0 && !m_instance.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since_revision"), QString::number(m_revision));
        query.addQueryItem(QStringLiteral("instance"), m_instance);
        url.setQuery(query);
    }
    return url;
}

void ApiClient::openStream()
{
    if (!m_running)
        return;
    QNetworkRequest request(streamUrl());
    if (!m_options.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.token);
    m_socket.open(request);
}

void ApiClient::onDisconnected()
{
    const bool wasConnected = m_connected;
    m_connected = false;
    const QString reason = m_socket.closeReason().isEmpty() ? m_socket.errorString() : m_socket.closeReason();
    m_lastError = reason;
    m_lastSocketError = m_socket.closeReason().isEmpty() ? std::optional(m_socket.error()) : std::nullopt;
    if (wasConnected)
        emit connectionChanged(false, reason);
    if (!m_running || m_reconnect.isActive())
        return;
    const qint64 delay = m_backoff.nextDelayMs(m_clock.monotonicMs());
    m_reconnect.start(static_cast<int>(delay));
}

void ApiClient::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.value(QStringLiteral("type")).toString() != u"update")
        return;
    const bool full = message.value(QStringLiteral("full_update")).toBool();
    const quint64 base = static_cast<quint64>(message.value(QStringLiteral("base_revision")).toInteger());
    if (!full && (base != m_revision || message.value(QStringLiteral("instance")).toString() != m_instance)) {
        // A patch for a state we do not have: start over with the full state.
        m_revision = 0;
        m_instance.clear();
        m_socket.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("resynchronising"));
        return;
    }
    const QJsonObject data = message.value(QStringLiteral("data")).toObject();
    m_state = full ? data : merge_patch::apply(m_state, data);
    m_revision = static_cast<quint64>(message.value(QStringLiteral("revision")).toInteger());
    m_instance = message.value(QStringLiteral("instance")).toString();
    m_lastMessageMs = m_clock.monotonicMs();
    emit stateChanged(m_revision, full);
    checkStale();
}

bool ApiClient::isStale() const
{
    return !m_connected || m_revision == 0 || m_clock.monotonicMs() - m_lastMessageMs > m_options.staleAfterMs;
}

void ApiClient::checkStale()
{
    const bool stale = isStale();
    if (stale != m_reportedStale) {
        m_reportedStale = stale;
        emit staleChanged(stale);
    }
}

void ApiClient::get(const QString &pathAndQuery, std::function<void(const Reply &)> done)
{
    send("GET", pathAndQuery, {}, m_options.token, std::move(done));
}

void ApiClient::post(const QString &pathAndQuery, const QJsonObject &body, const QByteArray &token,
                     std::function<void(const Reply &)> done)
{
    send("POST", pathAndQuery, QJsonDocument(body).toJson(QJsonDocument::Compact), token, std::move(done));
}

void ApiClient::send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                     const QByteArray &token, std::function<void(const Reply &)> done)
{
    QUrl url = m_options.baseUrl;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (m_options.tls)
        request.setSslConfiguration(*m_options.tls);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = nullptr;
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_nam.post(request, body);
    } else {
        reply = m_nam.get(request);
    }
    // A daemon's answer is read whole before it is parsed: one larger than kMaxReplyBytes (a
    // compromised or broken host) is cut off rather than held in memory.
    auto oversized = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, oversized](qint64 received, qint64 total) {
        if (!*oversized && (received > kMaxReplyBytes || total > kMaxReplyBytes)) {
            *oversized = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, oversized, done = std::move(done)] {
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*oversized) {
            r.status = 0;
            r.error = QStringLiteral("the answer is larger than %1 MiB").arg(kMaxReplyBytes >> 20);
            r.networkError = QNetworkReply::OperationCanceledError;
            reply->deleteLater();
            done(r);
            return;
        }
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        if (r.json.contains(QStringLiteral("error")))
            r.error = r.json.value(QStringLiteral("error")).toString();
        else if (reply->error() != QNetworkReply::NoError)
            r.error = reply->errorString();
        r.networkError = reply->error();
        reply->deleteLater();
        done(r);
    });
}

} // namespace virtuoso::api
