#pragma once

// VIRTUOSO_TSAN is defined when this build runs under ThreadSanitizer (GCC and Clang spellings).
#if defined(__SANITIZE_THREAD__)
#define VIRTUOSO_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define VIRTUOSO_TSAN 1
#endif
#endif

#ifdef VIRTUOSO_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif
