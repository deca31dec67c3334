#pragma once

#include "base/QueuedCall.h"

#include <QObject>

#include <memory>
#include <mutex>

namespace virtuoso {

// Queued calls between the core's worker threads go through one gate. Shutdown closes it before
// any worker is deleted, so no thread can post to an object that another thread is destroying.
// Posting is non-blocking, so holding the lock while posting costs nothing measurable.
class CrossThreadGate
{
public:
    template<typename Fn>
    void post(QObject *target, Fn &&fn)
    {
        std::lock_guard lock(m_mutex);
        if (m_open)
            postQueued(target, std::forward<Fn>(fn));
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_open = false;
    }

private:
    std::mutex m_mutex;
    bool m_open = true;
};

} // namespace virtuoso
