// Fuzz target over the log readers: format detection, entry framing (whole and cut into small
// chunks), every format's parser, timestamps, severity, and gzip inflation through LogInput.
// The first byte picks what the rest is read as.
#include "logs/LogFormats.h"
#include "logs/LogInput.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <sys/mman.h>
#include <unistd.h>

using namespace virtuoso::logs;

namespace {

struct CountingSink final : RecordSink
{
    std::size_t bytes = 0;
    std::size_t problems = 0;
    void record(const LogRecord &r) override
    {
        // Touch every view: a dangling or out-of-range view is what the sanitizers catch.
        for (char c : r.message)
            bytes += static_cast<unsigned char>(c) & 1;
        bytes += r.unit.size() + r.code.size() + static_cast<std::size_t>(r.level() + 1);
        if (r.timestampUs)
            bytes += formatTimestamp(r.timestampUs).size();
    }
    void problem(const ReadProblem &p) override { problems += p.reason.size() > 0; }
};

void parseAll(LogFormat format, std::string_view in, std::size_t chunk)
{
    CountingSink sink;
    std::string scratch;
    std::string buffer;
    std::size_t pos = 0;
    std::int64_t base = 0;
    while (true) {
        const std::size_t take = std::min(chunk, in.size() - pos);
        buffer.append(in.substr(pos, take));
        pos += take;
        const bool eof = pos >= in.size();
        const std::size_t complete = completeEntries(format, buffer, eof);
        if (complete > buffer.size())
            __builtin_trap();
        parseEntries(format, std::string_view(buffer).substr(0, complete), base, 2025, sink, scratch);
        buffer.erase(0, complete);
        base += static_cast<std::int64_t>(complete);
        if (eof)
            break;
    }
}

void inflateThroughLogInput(std::string_view in)
{
    const int fd = memfd_create("fuzz", 0);
    if (fd < 0)
        return;
    if (write(fd, in.data(), in.size()) == static_cast<ssize_t>(in.size())) {
        LogInput input;
        if (input.open(QStringLiteral("/proc/self/fd/%1").arg(fd))) {
            char out[4096];
            std::size_t total = 0;
            while (total < (8u << 20)) { // a zip bomb stops here
                const std::int64_t n = input.read(out, sizeof out);
                if (n <= 0)
                    break;
                total += static_cast<std::size_t>(n);
            }
        }
    }
    close(fd);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t selector = data[0];
    const std::string_view in(reinterpret_cast<const char *>(data + 1), size - 1);
    switch (selector % 8) {
    case 0:
        parseAll(detectLogFormat(in), in, in.size() + 1);
        break;
    case 1:
        parseAll(LogFormat::JournalJson, in, 1 + selector / 8);
        break;
    case 2:
        parseAll(LogFormat::JournalExport, in, 1 + selector / 8);
        break;
    case 3:
        parseAll(LogFormat::Syslog, in, in.size() + 1);
        break;
    case 4:
        parseAll(LogFormat::Plain, in, 1 + selector / 8);
        break;
    case 5:
        parseAll(LogFormat::Content, in, in.size() + 1);
        break;
    case 6:
        inflateThroughLogInput(in);
        break;
    default: {
        std::size_t used = 0;
        (void)parseTimestamp(in, &used, 2025);
        if (used > in.size())
            __builtin_trap();
        (void)levelFromText(in);
        break;
    }
    }
    return 0;
}
