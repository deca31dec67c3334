#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace virtuoso::health {

// The names every part of the program records under, so dashboards and alerts have one vocabulary.
namespace metric {
inline constexpr const char *WsMessagesTotal = "virtuoso_ws_messages_total";             // conn, topic
inline constexpr const char *WsBytesTotal = "virtuoso_ws_bytes_total";                   // conn
inline constexpr const char *HandlerLatencySeconds = "virtuoso_handler_latency_seconds"; // conn (histogram)
inline constexpr const char *ReconnectsTotal = "virtuoso_reconnects_total";              // conn
inline constexpr const char *TimeoutsTotal = "virtuoso_timeouts_total";                  // kind
inline constexpr const char *WarningsTotal = "virtuoso_warnings_total";                  // code
inline constexpr const char *RestRequestsTotal = "virtuoso_rest_requests_total";         // endpoint, status
inline constexpr const char *RestLatencySeconds = "virtuoso_rest_latency_seconds";       // endpoint (histogram)
inline constexpr const char *RateLimitWaitsTotal = "virtuoso_rate_limit_waits_total";
inline constexpr const char *RateLimitWaitSeconds = "virtuoso_rate_limit_wait_seconds"; // histogram
inline constexpr const char *QueueDepth = "virtuoso_queue_depth";                       // conn (gauge)
inline constexpr const char *ProcessResidentMemoryBytes = "process_resident_memory_bytes";
inline constexpr const char *ProcessCpuSecondsTotal = "process_cpu_seconds_total";
} // namespace metric

struct Label
{
    QByteArray name;
    QString value;
};
using Labels = std::vector<Label>;

// Monotonic count. One relaxed atomic add per event; on its own cache line so hot counters of
// different connections do not slow each other down.
class alignas(64) Counter
{
public:
    void inc(quint64 n = 1) { m_value.fetch_add(n, std::memory_order_relaxed); }
    quint64 value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<quint64> m_value{0};
};

class alignas(64) Gauge
{
public:
    void set(double v) { m_value.store(v, std::memory_order_relaxed); }
    void add(double v) { m_value.fetch_add(v, std::memory_order_relaxed); }
    double value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value{0};
};

// Fixed upper bounds chosen at registration; observe() finds the bucket and adds atomically.
// Buckets are stored non-cumulative and summed when rendered.
class Histogram
{
public:
    explicit Histogram(std::vector<double> upperBounds);

    void observe(double v);

    const std::vector<double> &upperBounds() const { return m_bounds; }
    // Cumulative counts per bound, then +Inf; plus the sum.
    std::vector<quint64> cumulativeCounts() const;
    double sum() const { return m_sum.load(std::memory_order_relaxed); }
    quint64 count() const;

    // Latencies from 100 µs to 10 s, in seconds.
    static std::vector<double> latencyBuckets();

private:
    std::vector<double> m_bounds;
    std::unique_ptr<std::atomic<quint64>[]> m_counts; // bounds.size() + 1 (+Inf)
    std::atomic<double> m_sum{0};
};

// Every metric of the process, rendered for Prometheus (text exposition format 0.0.4).
// Registration takes a lock and returns a reference that stays valid for the registry's life:
// callers look a series up once and keep the reference for the hot path.
class MetricsRegistry
{
public:
    // Standard: the families of `metric::` are declared up front (the process's registry).
    // Empty: nothing is declared; for a part that renders only families of its own.
    enum class Vocabulary { Standard, Empty };
    explicit MetricsRegistry(Vocabulary vocabulary = Vocabulary::Standard);
    ~MetricsRegistry();

    // The registry /metrics renders: process usage and warnings by code are already attached.
    static MetricsRegistry &process();
    MetricsRegistry(const MetricsRegistry &) = delete;
    MetricsRegistry &operator=(const MetricsRegistry &) = delete;

    // Declares a family's help text (and type) before any series exists; the standard families
    // of `metric::` are declared by the constructor so they render even when still empty.
    void describeCounter(const QByteArray &name, const QString &help);
    void describeGauge(const QByteArray &name, const QString &help);
    void describeHistogram(const QByteArray &name, const QString &help, std::vector<double> upperBounds);

    Counter &counter(const QByteArray &name, const Labels &labels = {});
    Gauge &gauge(const QByteArray &name, const Labels &labels = {});
    Histogram &histogram(const QByteArray &name, const Labels &labels = {});
    // Values read when rendered (RSS, CPU time, queue depths owned elsewhere).
    void gaugeFunction(const QByteArray &name, const Labels &labels, std::function<double()> read);
    void counterFunction(const QByteArray &name, const Labels &labels, std::function<double()> read);

    // Problems found while registering (bad names, a type used two ways); empty when all is well.
    QStringList errors() const;

    QByteArray renderPrometheus() const;
    static constexpr const char *ContentType = "text/plain; version=0.0.4; charset=utf-8";

    static bool validMetricName(const QByteArray &name);
    static bool validLabelName(const QByteArray &name);
    static QByteArray escapeHelp(const QString &help);
    static QByteArray escapeLabelValue(const QString &value);
    static QByteArray formatValue(double v);

private:
    enum class Type { Counter, Gauge, Histogram };
    struct Series;
    struct Family;

    Family *family(const QByteArray &name, Type type, bool create);
    Series *series(const QByteArray &name, Type type, const Labels &labels);

    mutable std::mutex m_mutex;
    std::map<QByteArray, std::unique_ptr<Family>> m_families;
    QStringList m_errors;
    // Where series with an unusable name or type go, so callers always get a working reference.
    Counter m_discardedCounter;
    Gauge m_discardedGauge;
    std::unique_ptr<Histogram> m_discardedHistogram;
};

// Declares process_resident_memory_bytes and process_cpu_seconds_total with their help texts.
void describeProcessMetrics(MetricsRegistry &registry);
// Declares them and adds their series (ProcessMetrics), read at each render.
void registerProcessMetrics(MetricsRegistry &registry);

} // namespace virtuoso::health
