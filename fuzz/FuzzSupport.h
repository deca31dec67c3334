// What the fuzz targets share: a Qt application object, inputs cut into parts, padded copies, and
// inputs written to an in-memory file for readers that take a path.
#pragma once

#include "base/logging/Log.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include <sys/mman.h>
#include <unistd.h>

namespace virtuoso::fuzz {

// A QCoreApplication for code that posts events or reads the application's state, and a logger
// that formats every record but writes none (a fuzzer's millions of warnings would drown its own
// output). Set up once; events posted by an input are delivered at the end of it (drainEvents).
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "virtuoso-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) {
        new QCoreApplication(argc, argv); // lives as long as the process
        virtuoso::log::Logger::instance().setSinks({});
    }
}

inline void drainEvents()
{
    QCoreApplication::sendPostedEvents();
}

// The input as text.
inline std::string_view asText(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), size};
}

// The parts of `in` between `separator` bytes (empty parts included), at most `maxParts`; the last
// part keeps whatever remains.
inline std::vector<std::string_view> split(std::string_view in, char separator, std::size_t maxParts = 256)
{
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < maxParts) {
        const std::size_t cut = in.find(separator);
        if (cut == std::string_view::npos)
            break;
        parts.push_back(in.substr(0, cut));
        in.remove_prefix(cut + 1);
    }
    parts.push_back(in);
    return parts;
}

// A copy of `bytes` in an allocation of exactly size + padding, the padding zero: a reader that
// goes past the padding it was promised is caught by AddressSanitizer.
class PaddedCopy
{
public:
    PaddedCopy(std::string_view bytes, std::size_t padding)
        : m_bytes(new char[bytes.size() + padding])
        , m_size(bytes.size())
    {
        if (!bytes.empty())
            std::memcpy(m_bytes.get(), bytes.data(), bytes.size());
        std::memset(m_bytes.get() + bytes.size(), 0, padding);
    }
    std::string_view view() const { return {m_bytes.get(), m_size}; }

private:
    std::unique_ptr<char[]> m_bytes;
    std::size_t m_size;
};

// `bytes` as a file that readers open by path (/proc/self/fd/N); removed with the object.
class MemoryFile
{
public:
    explicit MemoryFile(std::string_view bytes)
        : m_fd(memfd_create("virtuoso-fuzz", 0))
    {
        if (m_fd >= 0 && write(m_fd, bytes.data(), bytes.size()) != static_cast<ssize_t>(bytes.size())) {
            close(m_fd);
            m_fd = -1;
        }
    }
    ~MemoryFile()
    {
        if (m_fd >= 0)
            close(m_fd);
    }
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;

    bool ok() const { return m_fd >= 0; }
    QString path() const { return QStringLiteral("/proc/self/fd/%1").arg(m_fd); }

private:
    int m_fd;
};

// Reads every character of a view (a dangling view is what the sanitizers catch), and stops the
// run when `condition` is false: a broken contract is a finding like a crash.
inline void touch(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s)
        n += static_cast<unsigned char>(c) & 1;
    static volatile std::size_t sink = 0; // so the optimiser keeps the reads
    sink = sink + n;
}

#define VIRTUOSO_FUZZ_CHECK(condition)                                                                                 \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            __builtin_trap();                                                                                          \
    } while (false)

} // namespace virtuoso::fuzz
