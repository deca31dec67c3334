// Reading the inputs: files are mapped or read in chunks cut at entry boundaries and handed
// round-robin to worker threads (LogAnalyzerWorker.cpp) through a bounded pool of buffers; the
// workers' statistics are merged at the end (LogAnalyzerMerge.cpp).
#include "logs/LogAnalyzer.h"

#include "logs/LogAnalyzerInternal.h"
#include "logs/LogInput.h"

#include <QElapsedTimer>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include <sys/mman.h>

namespace virtuoso::logs {

namespace analyzer_detail {

struct Chunk
{
    std::vector<char> data; // capacity; only grows, so refills cost no zeroing
    size_t size = 0;
    const char *mapped = nullptr; // instead of data: a range of a mapped file, released after parsing
    std::int64_t baseOffset = 0;
    LogFormat format = LogFormat::Plain;
    int input = 0;
};

// A bounded pool of chunk buffers: the reader blocks when every buffer is in flight, which bounds
// memory whatever the input size.
class ChunkPool
{
public:
    explicit ChunkPool(size_t count)
    {
        for (size_t i = 0; i < count; ++i)
            m_free.push_back(std::make_unique<Chunk>());
    }
    std::unique_ptr<Chunk> take()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return !m_free.empty(); });
        auto c = std::move(m_free.back());
        m_free.pop_back();
        return c;
    }
    void give(std::unique_ptr<Chunk> c)
    {
        {
            std::lock_guard lock(m_mutex);
            m_free.push_back(std::move(c));
        }
        m_cv.notify_one();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<std::unique_ptr<Chunk>> m_free;
};

class ChunkQueue
{
public:
    void push(std::unique_ptr<Chunk> c)
    {
        {
            std::lock_guard lock(m_mutex);
            m_items.push_back(std::move(c));
        }
        m_cv.notify_one();
    }
    void close()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_cv.notify_all();
    }
    std::unique_ptr<Chunk> pop()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return nullptr;
        auto c = std::move(m_items.front());
        m_items.pop_front();
        return c;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<std::unique_ptr<Chunk>> m_items;
    bool m_closed = false;
};

void Worker::run(ChunkQueue &queue, ChunkPool &pool)
{
    while (auto chunk = queue.pop()) {
        m_input = chunk->input;
        const char *bytes = chunk->mapped ? chunk->mapped : chunk->data.data();
        parseEntries(chunk->format, std::string_view(bytes, chunk->size), chunk->baseOffset, m_options.year, *this,
                     m_scratch);
        if (chunk->mapped) {
            // Done with these pages: drop them from this process (they stay in the page cache), so
            // resident memory stays at the chunks in flight, not the file size.
            const std::uintptr_t page = 4096;
            const std::uintptr_t begin = (reinterpret_cast<std::uintptr_t>(bytes) + page - 1) & ~(page - 1);
            const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(bytes) + chunk->size) & ~(page - 1);
            if (end > begin)
                ::madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED);
            chunk->mapped = nullptr;
        }
        chunk->size = 0;
        if (chunk->data.size() > static_cast<size_t>(m_options.chunkBytes) * 4)
            std::vector<char>().swap(chunk->data); // after a giant entry: give the memory back
        pool.give(std::move(chunk));
    }
}

} // namespace analyzer_detail

using namespace analyzer_detail;

AnalysisResult analyzeLogs(const QStringList &inputs, const AnalyzeOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    AnalysisResult result;
    const int threads =
        options.threads > 0 ? options.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    result.threads = threads;

    std::vector<std::string> unitFilter;
    for (const QString &u : options.unit.split(QLatin1Char(','), Qt::SkipEmptyParts))
        unitFilter.push_back(u.trimmed().toStdString());

    std::vector<std::unique_ptr<Worker>> workers;
    std::vector<ChunkQueue> queues(static_cast<size_t>(threads));
    ChunkPool pool(static_cast<size_t>(threads) * 2 + 1);
    std::vector<std::thread> running;
    workers.reserve(static_cast<size_t>(threads));
    running.reserve(static_cast<size_t>(threads));
    for (int t = 0; t < threads; ++t) {
        workers.push_back(std::make_unique<Worker>(options, unitFilter));
        // The thread gets its worker and queue themselves: `workers` may still grow while it starts.
        Worker *worker = workers.back().get();
        ChunkQueue *queue = &queues[static_cast<size_t>(t)];
        running.emplace_back([worker, queue, &pool] { worker->run(*queue, pool); });
    }

    // Chunks go round-robin, so each worker sees the same entries on every run: the result does
    // not depend on thread timing.
    size_t next = 0;
    std::vector<char> carry;
    std::vector<std::pair<int, ReadProblem>> readerProblems;
    std::vector<std::unique_ptr<Chunk>> held;
    for (int inputIndex = 0; inputIndex < inputs.size(); ++inputIndex) {
        InputSummary summary;
        LogInput in;
        summary.name = inputs[inputIndex] == QLatin1String("-") ? QStringLiteral("-") : inputs[inputIndex];
        if (!in.open(inputs[inputIndex])) {
            summary.error = in.errorString();
            result.inputs.push_back(summary);
            continue;
        }
        summary.compressed = in.compressed();
        LogFormat format = options.format;
        carry.clear();
        std::int64_t base = 0;
        bool eof = false;
        if (const std::string_view whole = in.mapWhole(); !whole.empty()) {
            // A plain file: chunks are ranges of the mapping, cut at entry boundaries.
            if (format == LogFormat::Auto)
                format = detectLogFormat(whole.substr(0, 64 * 1024));
            size_t pos = 0;
            while (pos < whole.size()) {
                size_t span = static_cast<size_t>(options.chunkBytes);
                size_t complete = 0;
                while (true) {
                    const size_t end = std::min(whole.size(), pos + span);
                    const bool last = end == whole.size();
                    complete = completeEntries(format, whole.substr(pos, end - pos), last);
                    if (complete > 0 || last)
                        break;
                    if (static_cast<std::int64_t>(span) >= options.maxEntryBytes) {
                        complete = end - pos;
                        readerProblems.emplace_back(
                            inputIndex, ReadProblem{static_cast<std::int64_t>(pos),
                                                    "entry longer than " + std::to_string(options.maxEntryBytes >> 20) +
                                                        " MB: cut, the rest reads as further entries"});
                        break;
                    }
                    span *= 2;
                }
                if (complete == 0)
                    break;
                auto chunk = pool.take();
                chunk->mapped = whole.data() + pos;
                chunk->size = complete;
                chunk->baseOffset = static_cast<std::int64_t>(pos);
                chunk->format = format;
                chunk->input = inputIndex;
                queues[next % queues.size()].push(std::move(chunk));
                ++next;
                pos += complete;
            }
            summary.bytes = static_cast<std::int64_t>(whole.size());
            eof = true;
            // The mapping must outlive the workers' use of it: wait until every chunk is back.
            for (size_t i = 0; i < static_cast<size_t>(threads) * 2 + 1; ++i)
                held.push_back(pool.take());
            for (auto &c : held)
                pool.give(std::move(c));
            held.clear();
        }
        while (!eof) {
            auto chunk = pool.take();
            std::vector<char> &buf = chunk->data;
            size_t size = carry.size();
            if (buf.size() < size + static_cast<size_t>(options.chunkBytes))
                buf.resize(size + static_cast<size_t>(options.chunkBytes));
            if (!carry.empty()) // an empty carry may have no storage (memcpy from null)
                std::memcpy(buf.data(), carry.data(), carry.size());
            carry.clear();
            size_t complete = 0;
            while (true) {
                if (buf.size() < size + static_cast<size_t>(options.chunkBytes))
                    buf.resize(size + static_cast<size_t>(options.chunkBytes));
                const std::int64_t got = in.read(buf.data() + size, options.chunkBytes);
                size += static_cast<size_t>(std::max<std::int64_t>(got, 0));
                if (got <= 0) {
                    eof = true;
                    if (got < 0)
                        summary.error = in.errorString();
                }
                summary.bytes += std::max<std::int64_t>(got, 0);
                // Sniff once a whole first line is there (or all there is).
                if (format == LogFormat::Auto && (eof || size >= 64 * 1024 || std::memchr(buf.data(), '\n', size)))
                    format = detectLogFormat(std::string_view(buf.data(), std::min<size_t>(size, 64 * 1024)));
                if (format == LogFormat::Auto)
                    continue;
                complete = completeEntries(format, std::string_view(buf.data(), size), eof);
                if (complete > 0 || eof)
                    break;
                if (static_cast<std::int64_t>(size) >= options.maxEntryBytes) {
                    // One entry longer than the limit: cut it here rather than hold it all.
                    complete = size;
                    readerProblems.emplace_back(inputIndex,
                                                ReadProblem{base, "entry longer than " +
                                                                      std::to_string(options.maxEntryBytes >> 20) +
                                                                      " MB: cut, the rest reads as further entries"});
                    break;
                }
            }
            carry.assign(buf.begin() + static_cast<std::ptrdiff_t>(complete),
                         buf.begin() + static_cast<std::ptrdiff_t>(size));
            chunk->size = complete;
            chunk->baseOffset = base;
            chunk->format = format;
            chunk->input = inputIndex;
            base += static_cast<std::int64_t>(complete);
            if (complete == 0) {
                pool.give(std::move(chunk));
                continue;
            }
            queues[next % queues.size()].push(std::move(chunk));
            ++next;
        }
        summary.format = format == LogFormat::Auto ? LogFormat::Plain : format;
        result.bytes += summary.bytes;
        result.inputs.push_back(summary);
    }
    for (ChunkQueue &q : queues)
        q.close();
    for (std::thread &t : running)
        t.join();

    mergeWorkers(workers, result);
    for (const auto &[input, p] : readerProblems) {
        ++result.unreadable;
        if (result.firstProblems.size() < 10)
            result.firstProblems.emplace_back(result.inputs[static_cast<size_t>(input)].name, p);
    }
    result.elapsedSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return result;
}

AnalysisResult analyzeRecords(const QString &name, const std::function<QString(RecordSink &)> &produce,
                              const AnalyzeOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    AnalysisResult result;
    result.threads = 1;
    std::vector<std::string> unitFilter;
    for (const QString &u : options.unit.split(QLatin1Char(','), Qt::SkipEmptyParts))
        unitFilter.push_back(u.trimmed().toStdString());
    std::vector<std::unique_ptr<Worker>> workers;
    workers.push_back(std::make_unique<Worker>(options, unitFilter));
    InputSummary summary;
    summary.name = name;
    summary.format = LogFormat::JournalJson;
    summary.error = produce(*workers.front());
    result.inputs.push_back(summary);
    mergeWorkers(workers, result);
    result.elapsedSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace virtuoso::logs
