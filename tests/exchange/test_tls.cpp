// The connector over TLS, as it talks to Bybit (https://api.bybit.com, wss://stream.bybit.com):
// REST through RestClient and the public stream through PublicConnection against local TLS servers
// holding a certificate made for the test. Verification stays on: trusted, it works; not, it fails
// with an error that says TLS.

#include "TestSupport.h"

#include "base/Clock.h"
#include "connector/ConnectionPacer.h"
#include "connector/PublicConnection.h"
#include "connector/RestClient.h"
#include "model/health/TimeoutJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <gtest/gtest.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace virtuoso;
using namespace virtuoso::exchange;
using virtuoso::test::waitFor;

namespace {

// A self-signed certificate for localhost and 127.0.0.1, made in memory (no key ever on disk).
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
};

TestCertificate makeCertificate()
{
    TestCertificate out;
    EVP_PKEY *key = EVP_EC_gen("P-256");
    X509 *x = X509_new();
    if (!key || !x)
        return out;
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 24 * 3600);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("localhost"), -1, -1,
                               0);
    X509_set_issuer_name(x, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    for (const auto &[nid, value] : {std::pair{NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1"},
                                     std::pair{NID_basic_constraints, "critical,CA:TRUE"}}) {
        if (X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value)) {
            X509_add_ext(x, ext, -1);
            X509_EXTENSION_free(ext);
        }
    }
    X509_sign(x, key, EVP_sha256());
    const auto pem = [](auto write) {
        BIO *bio = BIO_new(BIO_s_mem());
        write(bio);
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        QByteArray bytes(data, size);
        BIO_free(bio);
        return bytes;
    };
    out.certificate = QSslCertificate(pem([&](BIO *b) { PEM_write_bio_X509(b, x); }), QSsl::Pem);
    out.key = QSslKey(pem([&](BIO *b) { PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr); }),
                      QSsl::Ec, QSsl::Pem);
    X509_free(x);
    EVP_PKEY_free(key);
    return out;
}

QSslConfiguration serverConfiguration(const TestCertificate &cert)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(cert.certificate);
    conf.setPrivateKey(cert.key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    return conf;
}

// Clients verify against the default configuration's CA list, as in production; the test adds its
// own certificate there (system roots stay).
void trust(const QSslCertificate &certificate)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.addCaCertificate(certificate);
    QSslConfiguration::setDefaultConfiguration(conf);
}

// HTTPS that answers every request with Bybit's server-time envelope.
class TlsRestServer : public QObject
{
public:
    explicit TlsRestServer(const TestCertificate &cert)
    {
        m_server.setSslConfiguration(serverConfiguration(cert));
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_buffer += s->readAll();
                    if (!m_buffer.contains("\r\n\r\n"))
                        return;
                    m_buffer.clear();
                    ++requests;
                    const QByteArray body =
                        R"({"retCode":0,"retMsg":"OK","result":{"timeSecond":"1700000000","timeNano":"1700000000000000000"},"retExtInfo":{},"time":1700000000000})";
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("https://localhost:%1").arg(m_server.serverPort())); }
    int requests = 0;

private:
    QSslServer m_server;
    QByteArray m_buffer;
};

// WSS that acknowledges subscriptions and sends one book snapshot per topic.
class TlsStreamServer : public QObject
{
public:
    explicit TlsStreamServer(const TestCertificate &cert)
        : m_server(QStringLiteral("tls-stream"), QWebSocketServer::SecureMode)
    {
        m_server.setSslConfiguration(serverConfiguration(cert));
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QWebSocket::textMessageReceived, s, [s](const QString &text) {
                    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
                    const QString op = o.value(QLatin1String("op")).toString();
                    QJsonObject ack{{"success", true},
                                    {"ret_msg", op == u"ping" ? "pong" : ""},
                                    {"conn_id", "tls-1"},
                                    {"req_id", o.value(QLatin1String("req_id"))},
                                    {"op", op}};
                    s->sendTextMessage(QString::fromUtf8(QJsonDocument(ack).toJson(QJsonDocument::Compact)));
                    if (op != u"subscribe")
                        return;
                    for (const QJsonValue &topic : o.value(QLatin1String("args")).toArray())
                        s->sendTextMessage(
                            QStringLiteral(
                                R"({"topic":"%1","type":"snapshot","ts":1,"data":{"s":"BTCUSDT",)"
                                R"("b":[["27450.00","1.000"]],"a":[["27451.00","1.000"]],"u":1,"seq":1},"cts":1})")
                                .arg(topic.toString()));
                });
                connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("wss://localhost:%1/v5/public/linear").arg(m_server.serverPort())); }

private:
    QWebSocketServer m_server;
};

class CollectingSink final : public PublicFrameSink
{
public:
    bool deliverFrame(int, std::string_view topic, const QByteArray &frame, qint64) override
    {
        topics << QString::fromUtf8(topic.data(), static_cast<qsizetype>(topic.size()));
        frames << frame;
        return true;
    }
    QStringList topics;
    QList<QByteArray> frames;
};

RestReply fetchTime(RestClient &rest)
{
    RestReply result;
    bool done = false;
    rest.get(QStringLiteral("/v5/market/time"), QUrlQuery(), [&](const RestReply &r) {
        result = r;
        done = true;
    });
    EXPECT_TRUE(waitFor([&] { return done; }, 10000));
    return result;
}

PublicConnectionSettings streamSettings(const QUrl &url)
{
    PublicConnectionSettings s;
    s.url = url;
    s.topics = {QStringLiteral("orderbook.50.BTCUSDT")};
    s.seed = 7;
    s.backoff.initialMs = 60000; // one attempt is all these tests look at
    s.backoff.maxMs = 60000;
    return s;
}

} // namespace

TEST(Tls, RestAndTheStreamWorkOverVerifiedTls)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "Qt has no TLS backend here";
    const TestCertificate cert = makeCertificate();
    ASSERT_FALSE(cert.certificate.isNull());
    ASSERT_FALSE(cert.key.isNull());
    trust(cert.certificate);
    TlsRestServer restServer(cert);
    TlsStreamServer streamServer(cert);

    health::TimeoutJournal journal(Clock::system());
    RestClientSettings restSettings;
    restSettings.baseUrl = restServer.url();
    restSettings.maxRetries = 0;
    RestClient rest(restSettings, journal, Clock::system());
    const RestReply reply = fetchTime(rest);
    EXPECT_TRUE(reply.ok) << reply.error.toStdString();
    EXPECT_EQ(reply.retCode, 0);
    EXPECT_TRUE(reply.body.contains("timeNano"));
    EXPECT_EQ(restServer.requests, 1);

    // Both WebSocket clients (connection.transport), verified by Qt's TLS against the same CA list.
    for (const WebSocketTransportKind kind : {WebSocketTransportKind::Native, WebSocketTransportKind::Qt}) {
        SCOPED_TRACE(kind == WebSocketTransportKind::Native ? "native" : "qt");
        const auto transport = makeWebSocketTransport({kind}, Clock::system());
        ConnectionPacer pacer(0);
        CollectingSink sink;
        PublicConnection connection(streamSettings(streamServer.url()), *transport, pacer, journal, Clock::system(),
                                    &sink);
        connection.start();
        ASSERT_TRUE(
            waitFor([&] { return connection.state() == ConnectionState::Live && !sink.topics.isEmpty(); }, 10000))
            << connection.status().reason.toStdString();
        EXPECT_EQ(sink.topics, QStringList{QStringLiteral("orderbook.50.BTCUSDT")});
        EXPECT_TRUE(sink.frames.front().contains("\"u\":1"));
        EXPECT_TRUE(journal.tail(10).empty());
        connection.stop(QStringLiteral("done"));
    }
}

TEST(Tls, AnUntrustedCertificateIsATlsFailureNotASilentConnection)
{
    if (!QSslSocket::supportsSsl())
        GTEST_SKIP() << "Qt has no TLS backend here";
    const TestCertificate stranger = makeCertificate(); // never added to the trusted list
    ASSERT_FALSE(stranger.certificate.isNull());
    TlsRestServer restServer(stranger);
    TlsStreamServer streamServer(stranger);

    health::TimeoutJournal journal(Clock::system());
    RestClientSettings restSettings;
    restSettings.baseUrl = restServer.url();
    restSettings.maxRetries = 0;
    RestClient rest(restSettings, journal, Clock::system());
    const RestReply reply = fetchTime(rest);
    EXPECT_FALSE(reply.ok);
    EXPECT_EQ(restServer.requests, 0) << "no request may pass an unverified connection";
    EXPECT_TRUE(reply.error.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
                reply.error.contains(QLatin1String("TLS"), Qt::CaseInsensitive) ||
                reply.error.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
        << reply.error.toStdString();

    for (const WebSocketTransportKind kind : {WebSocketTransportKind::Native, WebSocketTransportKind::Qt}) {
        SCOPED_TRACE(kind == WebSocketTransportKind::Native ? "native" : "qt");
        const int failedBefore = journal.count(health::TimeoutKind::ReconnectFailed);
        const auto transport = makeWebSocketTransport({kind}, Clock::system());
        ConnectionPacer pacer(0);
        CollectingSink sink;
        PublicConnection connection(streamSettings(streamServer.url()), *transport, pacer, journal, Clock::system(),
                                    &sink);
        connection.start();
        ASSERT_TRUE(waitFor([&] { return connection.state() == ConnectionState::Backoff; }, 10000));
        EXPECT_TRUE(connection.status().reason.contains(QLatin1String("TLS: ")))
            << connection.status().reason.toStdString();
        EXPECT_TRUE(sink.topics.isEmpty());
        EXPECT_GE(journal.count(health::TimeoutKind::ReconnectFailed), failedBefore + 1);
        connection.stop(QStringLiteral("done"));
    }
}
