#include "base/FreedMemory.h"

#include "base/ProcessMetrics.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace virtuoso {

double releaseFreedMemory()
{
#if defined(__GLIBC__)
    const auto before = health::ProcessMetrics::read();
    malloc_trim(0); // every arena, not only the top of the main heap
    const auto after = health::ProcessMetrics::read();
    if (before && after && before->residentBytes > after->residentBytes)
        return before->residentBytes - after->residentBytes;
#endif
    return 0;
}

void useMappedMemoryForLargeBlocks()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

} // namespace virtuoso
