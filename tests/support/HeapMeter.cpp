#include "HeapMeter.h"

#include <atomic>
#include <cstddef>

#include <malloc.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define VIRTUOSO_HEAP_METER_HOOKS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define VIRTUOSO_HEAP_METER_HOOKS 1
#endif
#endif

#ifdef VIRTUOSO_HEAP_METER_HOOKS
// Under AddressSanitizer and ThreadSanitizer the sanitizer's allocator serves malloc. Interposing
// malloc here would bypass it (and under ThreadSanitizer crash: the runtime allocates while it
// starts, before this instrumented code may run), so the meter listens to the allocator's hooks
// instead (sanitizer/allocator_interface.h; the free hook runs before the block is released).
extern "C" {
int __sanitizer_install_malloc_and_free_hooks(void (*mallocHook)(const volatile void *, size_t),
                                              void (*freeHook)(const volatile void *));
size_t __sanitizer_get_allocated_size(const volatile void *pointer);
}
#else
// glibc's own entry points, which the interposed functions forward to.
extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);
void __libc_free(void *pointer);
}
#endif

namespace {

std::atomic<std::int64_t> g_current{0};
std::atomic<std::int64_t> g_peak{0};

void addedBytes(std::int64_t bytes)
{
    const std::int64_t now = g_current.fetch_add(bytes, std::memory_order_relaxed) + bytes;
    std::int64_t peak = g_peak.load(std::memory_order_relaxed);
    while (now > peak && !g_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
    }
}

#ifdef VIRTUOSO_HEAP_METER_HOOKS

void mallocHook(const volatile void *pointer, size_t size)
{
    if (pointer)
        addedBytes(static_cast<std::int64_t>(size));
}

void freeHook(const volatile void *pointer)
{
    if (pointer)
        g_current.fetch_sub(static_cast<std::int64_t>(__sanitizer_get_allocated_size(pointer)),
                            std::memory_order_relaxed);
}

// Blocks allocated before this runs are not counted; the meter is read as differences.
const int g_hooksInstalled = __sanitizer_install_malloc_and_free_hooks(mallocHook, freeHook);

} // namespace

#else

void added(void *pointer)
{
    if (pointer)
        addedBytes(static_cast<std::int64_t>(malloc_usable_size(pointer)));
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

#endif

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
