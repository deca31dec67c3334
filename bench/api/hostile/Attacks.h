#pragma once
// The attacks of the hostile-clients bench (see hostile_clients.cpp). Each runs in the bench's main
// thread from start() until finish(), which closes its sockets and says what the daemon did to them.
#include <QByteArray>
#include <QString>

#include <memory>

namespace hostile {

struct AttackSettings
{
    quint16 port = 0;
    QByteArray token;
    int addresses = 400;
    int slowloris = 600;
    int dripMs = 3000;
    int idle = 10000;
    int workers = 4;
    int tokenConnections = 160;
    int stalled = 60;
};

class Attack
{
public:
    virtual ~Attack() = default;
    virtual void start() = 0;
    // Stops, closes every socket, and returns the report (lines starting with two spaces).
    virtual QString finish() = 0;
};

std::unique_ptr<Attack> makeAttack(const QString &name, const AttackSettings &settings);

} // namespace hostile
