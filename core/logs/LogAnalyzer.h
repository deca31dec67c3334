#pragma once

#include "logs/LogFormats.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace virtuoso::logs {

struct AnalyzeOptions
{
    LogFormat format = LogFormat::Auto;
    std::optional<std::int64_t> sinceUs; // entries before are skipped (entries without time too)
    std::optional<std::int64_t> untilUs; // entries at or after are skipped
    QString unit;                        // "virtuoso" matches virtuoso.service and SYSLOG_IDENTIFIER=virtuoso
    int threads = 0;                     // 0: one per core
    int year = 0;                        // for RFC 3164 timestamps; 0: the current year
    std::int64_t chunkBytes = 4 << 20;
    std::int64_t maxEntryBytes = 64 << 20; // a longer entry is cut there and reported
};

using LevelCounts = std::array<std::int64_t, 8>;

struct TemplateExample
{
    std::int64_t timestampUs = 0;
    std::int64_t offset = 0;
    QString text;
};

// The distinct values one variable of a template took, most frequent first.
struct TemplateVariable
{
    int position = 0; // token index in the template
    QString token;    // the template token, e.g. conn_<*>
    std::vector<std::pair<QString, std::int64_t>> values;
    bool more = false; // more distinct values than kept
};

struct TemplateStats
{
    int id = 0;
    QString text;
    std::int64_t count = 0;
    LevelCounts byLevel{};
    int level = LevelInfo; // the most severe level with lines
    std::int64_t firstUs = 0;
    std::int64_t lastUs = 0;
    std::map<std::int64_t, std::int64_t> hourly; // hour (UTC, epoch hours) → lines
    std::vector<TemplateExample> examples;       // the earliest few
    std::vector<TemplateVariable> variables;
    QStringList units;
    QStringList codes;
};

struct InputSummary
{
    QString name;
    LogFormat format = LogFormat::Auto;
    bool compressed = false;
    std::int64_t bytes = 0; // read (after decompression)
    QString error;          // why reading stopped early, empty when it did not
};

struct AnalysisResult
{
    std::vector<InputSummary> inputs;
    std::int64_t bytes = 0;
    std::int64_t entries = 0;  // readable entries
    std::int64_t analysed = 0; // after --since/--until/--unit
    std::int64_t unreadable = 0;
    std::vector<std::pair<QString, ReadProblem>> firstProblems; // input name, problem
    std::int64_t textOnlyErrors = 0;                            // error text stored at notice/info/debug priority
    std::int64_t binaryMessages = 0;
    std::int64_t firstUs = 0;
    std::int64_t lastUs = 0;
    LevelCounts byLevel{};
    std::map<QString, LevelCounts> byUnit;
    std::map<std::int64_t, LevelCounts> byHour;
    std::vector<TemplateStats> templates; // by id
    struct ErrorSecond
    {
        std::int64_t second = 0;
        int templateId = 0;
        std::int64_t count = 0;
    };
    std::vector<ErrorSecond> errorSeconds; // lines at err or worse, per second and template, by time
    double elapsedSeconds = 0;
    int threads = 1;
};

// Reads every input (files, "-" for standard input, .gz) in chunks on worker threads and groups the
// entries into templates with the shared TemplateMiner. Memory stays bounded by the chunk pool and
// the number of distinct message shapes, not by the input size.
AnalysisResult analyzeLogs(const QStringList &inputs, const AnalyzeOptions &options);

// The same analysis over entries that a producer hands to the sink (the journal read through
// sd-journal, tests) on the calling thread; the producer returns why it stopped early, or nothing.
AnalysisResult analyzeRecords(const QString &name, const std::function<QString(RecordSink &)> &produce,
                              const AnalyzeOptions &options);

} // namespace virtuoso::logs
