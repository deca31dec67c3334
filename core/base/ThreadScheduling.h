#pragma once

#include <QtGlobal>

namespace virtuoso {

// The scheduler slice asked for by the threads on the market data path (network and engine).
constexpr qint64 kLatencySliceNs = 100'000; // the shortest the kernel grants

// Asks the kernel for a time slice of `sliceNs` for the calling thread, keeping its policy and nice
// value. On Linux 6.12 and later (EEVDF) a thread that wakes with a shorter slice than the running
// one may preempt it, so a thread that sleeps between short bursts of work waits less for a core on
// a busy machine; its share of the CPU does not change. True when the kernel reports the slice
// back; false on kernels that ignore or refuse it (nothing changes then).
bool requestTimeSlice(qint64 sliceNs);

// The calling thread's scheduler slice in nanoseconds as the kernel reports it (0 when unknown).
qint64 currentTimeSlice();

} // namespace virtuoso
