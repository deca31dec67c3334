#include "connector/ReadPacer.h"

#include "base/Clock.h"

#include <QAbstractEventDispatcher>
#include <QObject>
#include <QThread>

#include <memory>

#include <time.h>

namespace virtuoso::exchange {

namespace {

thread_local ReadPacer *t_pacer = nullptr;

void sleepNs(qint64 ns)
{
    timespec ts{};
    ts.tv_sec = static_cast<time_t>(ns / 1'000'000'000);
    ts.tv_nsec = static_cast<long>(ns % 1'000'000'000);
    ::nanosleep(&ts, nullptr); // an interrupted sleep only ends the window early
}

// Owns the thread's pacer: a child of the owner, so it goes with it on the same thread.
class PacerHolder final : public QObject
{
public:
    PacerHolder(QObject *owner, std::unique_ptr<ReadPacer> pacer)
        : QObject(owner)
        , m_pacer(std::move(pacer))
    {
        t_pacer = m_pacer.get();
    }
    ~PacerHolder() override
    {
        if (t_pacer == m_pacer.get())
            t_pacer = nullptr;
    }
    ReadPacer *pacer() const { return m_pacer.get(); }

private:
    std::unique_ptr<ReadPacer> m_pacer;
};

} // namespace

ReadPacer::ReadPacer(const Clock &clock, qint64 windowNs, Sleeper sleep)
    : m_clock(clock)
    , m_windowNs(windowNs)
    , m_sleep(sleep ? std::move(sleep) : Sleeper(sleepNs))
{}

void ReadPacer::noteRead(qint64 nowNs)
{
    if (m_passReadNs == 0)
        m_passReadNs = nowNs;
}

void ReadPacer::beforeWait()
{
    if (m_passReadNs == 0)
        return; // this pass read nothing: timers, posted calls, the first wait
    const qint64 passNs = m_passReadNs;
    m_passReadNs = 0;
    const bool busy = m_lastPassNs != 0 && passNs - m_lastPassNs <= 2 * m_windowNs;
    m_lastPassNs = passNs;
    if (!busy || m_windowNs <= 0)
        return;
    const qint64 restNs = passNs + m_windowNs - m_clock.monotonicNs();
    if (restNs < kMinSleepNs)
        return;
    m_sleep(restNs);
    ++m_sleeps;
    m_sleptNs += restNs;
}

void ReadPacer::installOnCurrentThread(QObject *owner, const Clock &clock, qint64 windowNs)
{
    if (windowNs <= 0 || !owner || owner->thread() != QThread::currentThread())
        return;
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher)
        return;
    auto *holder = new PacerHolder(owner, std::make_unique<ReadPacer>(clock, windowNs));
    QObject::connect(
        dispatcher, &QAbstractEventDispatcher::aboutToBlock, holder, [pacer = holder->pacer()] { pacer->beforeWait(); },
        Qt::DirectConnection);
}

ReadPacer *ReadPacer::current()
{
    return t_pacer;
}

} // namespace virtuoso::exchange
