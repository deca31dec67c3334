#pragma once

#include <QMetaObject>
#include <QObject>

#include <memory>
#include <type_traits>
#include <utility>

#include "base/Sanitizers.h"

namespace virtuoso {

// Calls into another thread's event loop. Qt orders a queued call after the code that posted it (the
// target thread takes the event from its posted-event queue under a QMutex) and a blocking call's
// caller after the call (a QSemaphore). Both are futex-based inside QtCore, which is not built with
// ThreadSanitizer, so under it these helpers tell the sanitizer about that order
// (docs/testing.md, "Sanitizers"); in every other build they are the plain Qt calls.
namespace handoff {

inline void release([[maybe_unused]] const void *token)
{
#ifdef VIRTUOSO_TSAN
    __tsan_release(const_cast<void *>(token));
#endif
}

inline void acquire([[maybe_unused]] const void *token)
{
#ifdef VIRTUOSO_TSAN
    __tsan_acquire(const_cast<void *>(token));
#endif
}

// The call as Qt carries it to the other thread. The package's own address is the token: it is
// released once the call is packaged (again after each move: Qt moves the package into its own
// slot object on the posting thread) and acquired where it runs, before any of the package is read;
// released again when it has run and acquired when the package is destroyed, which Qt does on
// whichever thread drops the last reference (for a blocking call, the caller's). The destructor's
// body runs before fn's captures are destroyed.
template<typename Fn>
class HandedOff
{
public:
    explicit HandedOff(Fn fn)
        : m_fn(std::move(fn))
    {
        release(this);
    }
    HandedOff(HandedOff &&other) noexcept
        : m_fn(std::move(other.m_fn))
    {
        release(this);
    }
    HandedOff &operator=(HandedOff &&) = delete;
    ~HandedOff() { acquire(this); }

    decltype(auto) operator()()
    {
        acquire(this);
        struct Ran
        {
            const void *token;
            ~Ran() { release(token); }
        } ran{this};
        return m_fn();
    }

private:
    Fn m_fn;
};

} // namespace handoff

// Queues fn to run on target's thread (Qt::QueuedConnection); returns at once.
template<typename Fn>
void postQueued(QObject *target, Fn &&fn)
{
#ifdef VIRTUOSO_TSAN
    QMetaObject::invokeMethod(target, handoff::HandedOff<std::decay_t<Fn>>(std::forward<Fn>(fn)), Qt::QueuedConnection);
#else
    QMetaObject::invokeMethod(target, std::forward<Fn>(fn), Qt::QueuedConnection);
#endif
}

// Connects a one-argument signal to fn, run on receiver's thread as with Qt::QueuedConnection. Under
// ThreadSanitizer the signal is taken on the emitting thread and fn posted with postQueued, so that
// the argument's hand-over is ordered for the sanitizer as well (Qt copies a queued argument and
// passes it on inside QtCore); every other build makes the plain queued connection.
template<typename Sender, typename Arg, typename Fn>
QMetaObject::Connection connectQueued(Sender *sender, void (Sender::*signal)(Arg), QObject *receiver, Fn fn)
{
#ifdef VIRTUOSO_TSAN
    return QObject::connect(
        sender, signal, receiver,
        [receiver, fn](Arg arg) { postQueued(receiver, [fn, arg = std::move(arg)]() mutable { fn(std::move(arg)); }); },
        Qt::DirectConnection);
#else
    return QObject::connect(sender, signal, receiver, std::move(fn), Qt::QueuedConnection);
#endif
}

// Runs fn on target's thread and returns its result once it has run (Qt::BlockingQueuedConnection).
// Never from target's own thread: Qt refuses that (it would wait for itself) and fn does not run. A
// non-void result must be default-constructible.
template<typename Fn>
auto callBlocking(QObject *target, Fn &&fn) -> std::invoke_result_t<std::decay_t<Fn> &>
{
    using R = std::invoke_result_t<std::decay_t<Fn> &>;
    if constexpr (std::is_void_v<R>) {
        QMetaObject::invokeMethod(target, handoff::HandedOff<std::decay_t<Fn>>(std::forward<Fn>(fn)),
                                  Qt::BlockingQueuedConnection);
    } else {
        R result{};
        // Written inside the package, so that the write is ordered before the caller reads it.
        auto store = [fn = std::forward<Fn>(fn), &result]() mutable { result = fn(); };
        QMetaObject::invokeMethod(target, handoff::HandedOff<decltype(store)>(std::move(store)),
                                  Qt::BlockingQueuedConnection);
        return result;
    }
}

} // namespace virtuoso
