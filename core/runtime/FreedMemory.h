#pragma once

namespace virtuoso {

// Hands the allocator's free pages back to the system. Start-up work (the history bootstrap's REST
// replies, parsed JSON and pieces in transit, and the socket buffers that carried them) leaves tens
// of megabytes freed but still resident in glibc's heaps; the steady state never needs them again.
// Call once such a burst is over. Returns the resident bytes given back (0 where the C library
// cannot, or when nothing was freed).
double releaseFreedMemory();

} // namespace virtuoso
