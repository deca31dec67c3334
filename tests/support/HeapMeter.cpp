#include "HeapMeter.h"

#include <atomic>
#include <cstddef>

#include <malloc.h>

// glibc's own entry points, which the interposed functions forward to.
extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);
void __libc_free(void *pointer);
}

namespace {

std::atomic<std::int64_t> g_current{0};
std::atomic<std::int64_t> g_peak{0};

void added(void *pointer)
{
    if (!pointer)
        return;
    const std::int64_t now =
        g_current.fetch_add(static_cast<std::int64_t>(malloc_usable_size(pointer)), std::memory_order_relaxed) +
        static_cast<std::int64_t>(malloc_usable_size(pointer));
    std::int64_t peak = g_peak.load(std::memory_order_relaxed);
    while (now > peak && !g_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
    }
}

void removed(void *pointer)
{
    if (pointer)
        g_current.fetch_sub(static_cast<std::int64_t>(malloc_usable_size(pointer)), std::memory_order_relaxed);
}

} // namespace

extern "C" {

void *malloc(size_t size)
{
    void *p = __libc_malloc(size);
    added(p);
    return p;
}

void *calloc(size_t count, size_t size)
{
    void *p = __libc_calloc(count, size);
    added(p);
    return p;
}

void *realloc(void *pointer, size_t size)
{
    removed(pointer);
    void *p = __libc_realloc(pointer, size);
    // A failed realloc keeps the old block.
    added(p ? p : (size ? pointer : nullptr));
    return p;
}

void free(void *pointer)
{
    removed(pointer);
    __libc_free(pointer);
}

} // extern "C"

namespace virtuoso::test::heap_meter {

std::int64_t currentBytes()
{
    return g_current.load(std::memory_order_relaxed);
}

std::int64_t peakBytes()
{
    return g_peak.load(std::memory_order_relaxed);
}

void resetPeak()
{
    g_peak.store(g_current.load(std::memory_order_relaxed), std::memory_order_relaxed);
}

} // namespace virtuoso::test::heap_meter
