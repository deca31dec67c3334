#pragma once

#include <cstdint>

namespace virtuoso::test {

// Counts the bytes the process holds from malloc, and the peak since the last reset, by
// interposing malloc, calloc, realloc and free (glibc). Link HeapMeter.cpp only into a test that
// measures allocations: it replaces the allocator entry points of the whole executable.
namespace heap_meter {

std::int64_t currentBytes();
std::int64_t peakBytes();
// Starts a new peak from the current figure.
void resetPeak();

} // namespace heap_meter

} // namespace virtuoso::test
