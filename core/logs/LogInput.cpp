#include "logs/LogInput.h"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace virtuoso::logs {

struct LogInput::Inflater
{
    z_stream z{};
    std::vector<char> in = std::vector<char>(1 << 18);
    bool initialised = false;
    bool memberDone = false; // the last inflate() ended a gzip member
    bool any = false;        // at least one member started

    ~Inflater()
    {
        if (initialised)
            inflateEnd(&z);
    }
};

LogInput::LogInput() = default;

LogInput::~LogInput()
{
    close();
}

void LogInput::close()
{
    if (m_map)
        ::munmap(m_map, m_mapSize);
    m_map = nullptr;
    m_mapSize = 0;
    if (m_ownFd && m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_ownFd = false;
    m_inflater.reset();
}

bool LogInput::open(const QString &path)
{
    close();
    m_name = path;
    m_error.clear();
    m_eof = false;
    m_peek.clear();
    if (path == QLatin1String("-")) {
        m_fd = STDIN_FILENO;
        m_name = QStringLiteral("standard input");
    } else {
        const QByteArray local = path.toLocal8Bit();
        m_fd = ::open(local.constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0) {
            m_error = QStringLiteral("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_ownFd = true;
        struct stat st
        {
        };
        if (::fstat(m_fd, &st) == 0) {
            if (S_ISDIR(st.st_mode)) {
                m_error = QStringLiteral("%1 is a directory").arg(path);
                close();
                return false;
            }
            if (S_ISREG(st.st_mode)) {
                m_fileSize = st.st_size;
                ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_SEQUENTIAL);
            }
        }
    }
    // Sniff two bytes for the gzip magic; they are replayed by the first reads.
    char magic[2];
    std::int64_t got = 0;
    while (got < 2) {
        const ssize_t n = ::read(m_fd, magic + got, static_cast<size_t>(2 - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    m_peek.assign(magic, static_cast<size_t>(got));
    m_gzip = got == 2 && static_cast<unsigned char>(magic[0]) == 0x1f && static_cast<unsigned char>(magic[1]) == 0x8b;
    if (m_gzip) {
        m_inflater = std::make_unique<Inflater>();
        if (inflateInit2(&m_inflater->z, 15 + 32) != Z_OK) {
            m_error = QStringLiteral("%1: cannot start decompression").arg(m_name);
            return false;
        }
        m_inflater->initialised = true;
    }
    return true;
}

std::string_view LogInput::mapWhole()
{
    if (m_map)
        return {static_cast<const char *>(m_map), m_mapSize};
    if (m_fd < 0 || m_gzip || !m_ownFd || m_fileSize <= 0)
        return {};
    void *p = ::mmap(nullptr, static_cast<size_t>(m_fileSize), PROT_READ, MAP_PRIVATE, m_fd, 0);
    if (p == MAP_FAILED)
        return {};
    ::madvise(p, static_cast<size_t>(m_fileSize), MADV_SEQUENTIAL);
    m_map = p;
    m_mapSize = static_cast<size_t>(m_fileSize);
    return {static_cast<const char *>(m_map), m_mapSize};
}

std::int64_t LogInput::readRaw(char *buffer, std::int64_t size)
{
    std::int64_t done = 0;
    if (!m_peek.empty()) {
        const auto n = std::min<std::int64_t>(size, static_cast<std::int64_t>(m_peek.size()));
        std::memcpy(buffer, m_peek.data(), static_cast<size_t>(n));
        m_peek.erase(0, static_cast<size_t>(n));
        done = n;
    }
    while (done < size) {
        const ssize_t n = ::read(m_fd, buffer + done, static_cast<size_t>(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_error = QStringLiteral("%1: read error: %2").arg(m_name, QString::fromLocal8Bit(std::strerror(errno)));
            return done > 0 ? done : -1;
        }
        if (n == 0)
            break;
        done += n;
        if (done > 0 && m_fileSize < 0)
            break; // a pipe: hand over what arrived
    }
    return done;
}

std::int64_t LogInput::read(char *buffer, std::int64_t size)
{
    if (m_fd < 0 || m_eof)
        return m_error.isEmpty() ? 0 : -1;
    if (!m_gzip) {
        const std::int64_t n = readRaw(buffer, size);
        if (n == 0)
            m_eof = true;
        return n;
    }
    Inflater &f = *m_inflater;
    f.z.next_out = reinterpret_cast<Bytef *>(buffer);
    f.z.avail_out = static_cast<uInt>(std::min<std::int64_t>(size, 1 << 30));
    while (f.z.avail_out > 0) {
        if (f.z.avail_in == 0) {
            const std::int64_t n = readRaw(f.in.data(), static_cast<std::int64_t>(f.in.size()));
            if (n < 0)
                return -1;
            if (n == 0) {
                m_eof = true;
                if (!f.memberDone && f.any)
                    m_error = QStringLiteral("%1: the compressed stream ends early (truncated .gz); "
                                             "everything before the cut was read")
                                  .arg(m_name);
                break;
            }
            f.z.next_in = reinterpret_cast<Bytef *>(f.in.data());
            f.z.avail_in = static_cast<uInt>(n);
        }
        if (f.memberDone) {
            // Another gzip member follows (concatenated .gz files, logrotate's delaycompress).
            inflateReset(&f.z);
            f.memberDone = false;
        }
        f.any = true;
        const int rc = inflate(&f.z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            f.memberDone = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error = QStringLiteral("%1: corrupt compressed data (%2); everything before it was read")
                          .arg(m_name, QString::fromLatin1(f.z.msg ? f.z.msg : "inflate error"));
            m_eof = true;
            break;
        }
    }
    const std::int64_t produced = static_cast<std::int64_t>(reinterpret_cast<char *>(f.z.next_out) - buffer);
    if (produced == 0 && !m_error.isEmpty())
        return -1;
    return produced;
}

} // namespace virtuoso::logs
