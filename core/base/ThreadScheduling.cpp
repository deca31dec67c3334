#include "base/ThreadScheduling.h"

#include <cerrno>
#include <cstdint>

#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace virtuoso {

#if defined(Q_OS_LINUX) && defined(SYS_sched_setattr) && defined(SYS_sched_getattr)

namespace {

// The kernel's struct sched_attr (first version); glibc 2.36 has no wrapper for these calls.
struct SchedAttr
{
    std::uint32_t size;
    std::uint32_t policy;
    std::uint64_t flags;
    std::int32_t nice;
    std::uint32_t priority;
    std::uint64_t runtime; // for SCHED_OTHER: the requested slice (Linux 6.12+)
    std::uint64_t deadline;
    std::uint64_t period;
};

bool readAttr(SchedAttr &attr)
{
    attr = SchedAttr{};
    return syscall(SYS_sched_getattr, 0, &attr, static_cast<unsigned>(sizeof(attr)), 0u) == 0;
}

} // namespace

bool requestTimeSlice(qint64 sliceNs)
{
    SchedAttr attr;
    if (sliceNs <= 0 || !readAttr(attr) || attr.policy != SCHED_OTHER)
        return false; // real-time or batch policies are the operator's choice: left alone
    attr.size = sizeof(attr);
    attr.flags = 0;
    attr.runtime = static_cast<std::uint64_t>(sliceNs);
    attr.deadline = 0;
    attr.period = 0;
    if (syscall(SYS_sched_setattr, 0, &attr, 0u) != 0)
        return false;
    return currentTimeSlice() == sliceNs;
}

qint64 currentTimeSlice()
{
    SchedAttr attr;
    return readAttr(attr) && attr.policy == SCHED_OTHER ? static_cast<qint64>(attr.runtime) : 0;
}

#else

bool requestTimeSlice(qint64)
{
    return false;
}

qint64 currentTimeSlice()
{
    return 0;
}

#endif

} // namespace virtuoso
