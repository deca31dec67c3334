#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <vector>

class QWebSocket;

namespace virtuoso {
class Clock;
}

namespace virtuoso::sim {

class FaultBoard;
class StreamSession;

// Bybit's private WebSocket on /v5/private: `auth` with an API key, an expiry and
// hex(HMAC(secret, "GET/realtime" + expires)); then subscribe to order, execution, position, wallet
// (and dcp); `ping` answered with Bybit's private pong. Messages {"id","topic","creationTime","data"}
// go to the authenticated connections of one account.
class PrivateStreams : public QObject
{
    Q_OBJECT
public:
    // The secret of an API key (empty: unknown key).
    using SecretLookup = std::function<QByteArray(const QString &key)>;
    // Told when an account's number of authenticated connections changes (for DCP).
    using ConnectionsChanged = std::function<void(const QString &key, int connections)>;

    PrivateStreams(const Clock &exchangeClock, FaultBoard &faults, SecretLookup secrets, QObject *parent = nullptr);
    ~PrivateStreams() override;

    void setConnectionsChanged(ConnectionsChanged callback) { m_changed = std::move(callback); }
    void setIdleTimeoutMs(qint64 ms) { m_idleTimeoutMs = ms; }

    void adopt(QWebSocket *socket);
    // Sends {"id","topic","creationTime","data"} to the account's connections subscribed to `topic`.
    void publish(const QString &key, const QString &topic, const QJsonArray &data);
    // Cuts every private connection of `key` ("all": of everyone) without a close frame.
    int dropAccount(const QString &key);
    int connections(const QString &key) const;
    void tick();
    void closeAll();

private:
    struct Client
    {
        StreamSession *session = nullptr;
        QString key; // empty until authenticated
        std::vector<QString> topics;
    };
    void onText(StreamSession *session, const QString &message);
    void onClosed(StreamSession *session);
    Client *clientOf(StreamSession *session);
    void send(StreamSession *session, const QByteArray &json);
    void ack(StreamSession *session, bool success, const QString &retMsg, const QString &op, const QJsonValue &reqId);

    const Clock &m_clock;
    FaultBoard &m_faults;
    SecretLookup m_secrets;
    ConnectionsChanged m_changed;
    qint64 m_idleTimeoutMs = 600'000;
    QString m_connPrefix;
    quint64 m_connCounter = 0;
    quint64 m_messageCounter = 0;
    std::vector<Client> m_clients;
};

} // namespace virtuoso::sim
