#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace virtuoso::logs {

// The bytes of one input: a file, or standard input for "-"; gzip (.gz, or any input starting
// with the gzip magic) is inflated on the fly, concatenated members included.
class LogInput
{
public:
    LogInput();
    ~LogInput();
    LogInput(const LogInput &) = delete;
    LogInput &operator=(const LogInput &) = delete;

    bool open(const QString &path); // false with errorString() set
    // Up to `size` bytes; 0 at the end, -1 on an error (errorString() says which; what came before
    // stays valid). A gzip stream that ends early is an error after its readable bytes.
    std::int64_t read(char *buffer, std::int64_t size);
    void close();
    // The whole input as one read-only mapping when it is a regular, uncompressed, non-empty file
    // (no copy through read()); empty otherwise. Valid until close().
    std::string_view mapWhole();

    QString errorString() const { return m_error; }
    bool compressed() const { return m_gzip; }
    std::int64_t fileSize() const { return m_fileSize; } // -1 for pipes
    QString name() const { return m_name; }

private:
    std::int64_t readRaw(char *buffer, std::int64_t size);

    struct Inflater;
    int m_fd = -1;
    bool m_ownFd = false;
    bool m_gzip = false;
    bool m_eof = false;
    std::int64_t m_fileSize = -1;
    QString m_name;
    QString m_error;
    std::string m_peek; // bytes read while sniffing for the gzip magic
    void *m_map = nullptr;
    std::size_t m_mapSize = 0;
    std::unique_ptr<Inflater> m_inflater;
};

} // namespace virtuoso::logs
