#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

namespace virtuoso::exchange {

// A one-shot timer with sub-millisecond precision for paced work on one thread's event loop (a
// QTimer counts whole milliseconds, too coarse for a latency budget of a fraction of one). arm()
// sets the one deadline, replacing an earlier one; the handler runs on the owning thread's event
// loop once the deadline has passed, unless cancel() came first. The owning thread is the one that
// first arms it. Tests drive the work with their own WakeTimer instead of waiting for time.
class WakeTimer
{
public:
    virtual ~WakeTimer() = default;
    void setHandler(std::function<void()> handler) { m_handler = std::move(handler); }
    // Fires once, `delayNs` from now (at once when not positive), unless cancelled or armed again.
    virtual void arm(qint64 delayNs) = 0;
    virtual void cancel() = 0;
    bool armed() const { return m_armed; }

protected:
    void fire()
    {
        if (!m_armed)
            return;
        m_armed = false;
        if (m_handler)
            m_handler();
    }
    bool m_armed = false;

private:
    std::function<void()> m_handler;
};

// The real one: a timerfd watched by a QSocketNotifier on Linux (a QTimer rounding up to whole
// milliseconds elsewhere).
std::unique_ptr<WakeTimer> makeWakeTimer();

} // namespace virtuoso::exchange
