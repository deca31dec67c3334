#include "connector/WakeTimer.h"

#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>

#ifdef __linux__
#include <sys/timerfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#endif

namespace virtuoso::exchange {

namespace {

#ifdef __linux__
// A timerfd: its expiry makes the descriptor readable, which the thread's event loop polls anyway;
// arming is one syscall, the expiry one wake-up and one read.
class TimerFdWakeTimer final : public WakeTimer
{
public:
    ~TimerFdWakeTimer() override
    {
        m_notifier.reset();
        if (m_fd >= 0)
            ::close(m_fd);
    }

    void arm(qint64 delayNs) override
    {
        if (!ensure())
            return;
        const qint64 ns = std::max<qint64>(1, delayNs); // a zero it_value would disarm it
        itimerspec spec{};
        spec.it_value.tv_sec = static_cast<time_t>(ns / 1'000'000'000);
        spec.it_value.tv_nsec = static_cast<long>(ns % 1'000'000'000);
        if (::timerfd_settime(m_fd, 0, &spec, nullptr) == 0)
            m_armed = true;
    }

    void cancel() override
    {
        if (!m_armed)
            return;
        m_armed = false;
        const itimerspec zero{};
        ::timerfd_settime(m_fd, 0, &zero, nullptr); // also forgets an expiry not read yet
    }

private:
    bool ensure()
    {
        if (m_notifier)
            return true;
        m_fd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
        if (m_fd < 0)
            return false;
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
            std::uint64_t expirations = 0;
            while (::read(m_fd, &expirations, sizeof expirations) < 0 && errno == EINTR) {
            }
            fire();
        });
        return true;
    }

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
#else
class QtWakeTimer final : public WakeTimer
{
public:
    void arm(qint64 delayNs) override
    {
        if (!m_timer) {
            m_timer = std::make_unique<QTimer>();
            m_timer->setSingleShot(true);
            m_timer->setTimerType(Qt::PreciseTimer);
            QObject::connect(m_timer.get(), &QTimer::timeout, m_timer.get(), [this] { fire(); });
        }
        m_timer->start(static_cast<int>(std::max<qint64>(0, (delayNs + 999'999) / 1'000'000)));
        m_armed = true;
    }
    void cancel() override
    {
        m_armed = false;
        if (m_timer)
            m_timer->stop();
    }

private:
    std::unique_ptr<QTimer> m_timer;
};
#endif

} // namespace

std::unique_ptr<WakeTimer> makeWakeTimer()
{
#ifdef __linux__
    return std::make_unique<TimerFdWakeTimer>();
#else
    return std::make_unique<QtWakeTimer>();
#endif
}

} // namespace virtuoso::exchange
