#pragma once

#include <QtGlobal>

#include <functional>

class QObject;

namespace virtuoso {
class Clock;
}

namespace virtuoso::exchange {

// Coalesces a busy network thread's socket reads into windows, as a network card moderates its
// interrupts. Each wake-up of a thread costs it more than a message on a virtual machine (the
// kernel's poll, the socket's reads, the wake of the engine: about 17 µs against about 1 µs to
// decode a book delta), and a stream at tens of thousands of messages a second arrives in a segment
// every few hundred microseconds. When a pass of the thread's event loop read a socket and the one
// before it read one within two windows, the thread sleeps out the rest of the window before it
// waits again, so what arrives meanwhile is read in one pass and handed to the engine with one
// wake-up. A quiet thread never sleeps: the first read after a pause is handled at once, and a
// message waits at most one window. Tied to one thread (the one whose event loop it watches);
// sockets tell it of their reads through noteThreadRead().
class ReadPacer
{
public:
    using Sleeper = std::function<void(qint64 ns)>;

    // `windowNs` <= 0 never sleeps. `sleep` blocks the calling thread (tests pass their own).
    ReadPacer(const Clock &clock, qint64 windowNs, Sleeper sleep = {});

    // A socket of this thread is being read, at `nowNs` (the clock's monotonic time).
    void noteRead(qint64 nowNs);
    // The thread's event loop is about to wait for events: sleeps out the window when the pass
    // that ends read a socket and the stream is busy.
    void beforeWait();

    qint64 windowNs() const { return m_windowNs; }
    quint64 sleeps() const { return m_sleeps; }
    qint64 sleptNs() const { return m_sleptNs; }

    // Paces the calling thread's event loop with a pacer of `windowNs` for as long as `owner` (an
    // object living on this thread) exists; nothing when `windowNs` <= 0.
    static void installOnCurrentThread(QObject *owner, const Clock &clock, qint64 windowNs);
    // The pacer of the calling thread, or nullptr.
    static ReadPacer *current();
    // What a transport calls on each socket read: tells the calling thread's pacer, if any.
    static void noteThreadRead(qint64 nowNs)
    {
        if (ReadPacer *pacer = current())
            pacer->noteRead(nowNs);
    }

    // Sleeps shorter than this are not worth a system call.
    static constexpr qint64 kMinSleepNs = 20'000;

private:
    const Clock &m_clock;
    const qint64 m_windowNs;
    Sleeper m_sleep;
    qint64 m_passReadNs = 0; // the first read of the pass under way, 0 when none
    qint64 m_lastPassNs = 0; // the first read of the last pass that read
    quint64 m_sleeps = 0;
    qint64 m_sleptNs = 0;
};

} // namespace virtuoso::exchange
