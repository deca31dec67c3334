#pragma once

#include <QtGlobal>

#include <random>

namespace virtuoso::exchange {

// Reconnect delay: exponential with full jitter (AWS "full jitter": uniform in [0, min(cap, base·2^n)]),
// so many connections failing together do not come back together. A connection that stayed up for
// `resetAfterMs` starts again from the initial delay. Pure logic: time is passed in, the RNG is seeded.
class Backoff
{
public:
    struct Settings
    {
        qint64 initialMs = 500;
        qint64 maxMs = 30000;
        qint64 resetAfterMs = 60000;
    };

    explicit Backoff(Settings settings, quint64 seed = std::random_device{}());

    // The delay before the next attempt; counts one more failure. `nowMs` is monotonic.
    qint64 nextDelayMs(qint64 nowMs);
    // The upper bound of the delay the next call can return.
    qint64 ceilingMs() const;
    // The connection is up (subscribed) since `nowMs`; once stable this long, failures are forgotten.
    void markConnected(qint64 nowMs);
    void markDisconnected();
    void reset();

    int attempt() const { return m_attempt; }
    const Settings &settings() const { return m_settings; }

private:
    void forgetIfStable(qint64 nowMs);

    Settings m_settings;
    std::mt19937_64 m_rng;
    int m_attempt = 0;
    qint64 m_connectedSinceMs = -1;
};

} // namespace virtuoso::exchange
