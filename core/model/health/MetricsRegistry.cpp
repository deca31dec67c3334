#include "model/health/MetricsRegistry.h"

#include "base/ProcessMetrics.h"
#include "model/health/WarningAggregator.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace virtuoso::health {

Histogram::Histogram(std::vector<double> upperBounds)
    : m_bounds(std::move(upperBounds))
{
    std::sort(m_bounds.begin(), m_bounds.end());
    m_bounds.erase(std::unique(m_bounds.begin(), m_bounds.end()), m_bounds.end());
    // +Inf is always implied; an explicit one would render twice.
    while (!m_bounds.empty() && std::isinf(m_bounds.back()))
        m_bounds.pop_back();
    m_counts = std::make_unique<std::atomic<quint64>[]>(m_bounds.size() + 1);
    for (size_t i = 0; i <= m_bounds.size(); ++i)
        m_counts[i].store(0, std::memory_order_relaxed);
}

void Histogram::observe(double v)
{
    // Few buckets: a linear scan beats a binary search and stays branch-predictable.
    size_t i = 0;
    const size_t n = m_bounds.size();
    while (i < n && v > m_bounds[i])
        ++i;
    m_counts[i].fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(v, std::memory_order_relaxed);
}

std::vector<quint64> Histogram::cumulativeCounts() const
{
    std::vector<quint64> out(m_bounds.size() + 1);
    quint64 running = 0;
    for (size_t i = 0; i <= m_bounds.size(); ++i) {
        running += m_counts[i].load(std::memory_order_relaxed);
        out[i] = running;
    }
    return out;
}

quint64 Histogram::count() const
{
    quint64 total = 0;
    for (size_t i = 0; i <= m_bounds.size(); ++i)
        total += m_counts[i].load(std::memory_order_relaxed);
    return total;
}

std::vector<double> Histogram::latencyBuckets()
{
    return {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

struct MetricsRegistry::Series
{
    Labels labels;
    QByteArray renderedLabels; // name="value",... (escaped), without braces
    std::unique_ptr<Counter> counter;
    std::unique_ptr<Gauge> gauge;
    std::unique_ptr<Histogram> histogram;
    std::function<double()> read;
};

struct MetricsRegistry::Family
{
    QByteArray name;
    Type type = Type::Counter;
    QString help;
    std::vector<double> bounds;
    std::vector<std::unique_ptr<Series>> series; // registration order
};

MetricsRegistry::MetricsRegistry(Vocabulary vocabulary)
    : m_discardedHistogram(std::make_unique<Histogram>(std::vector<double>{}))
{
    if (vocabulary == Vocabulary::Empty)
        return;
    describeCounter(metric::WsMessagesTotal, QStringLiteral("WebSocket messages received, by connection and topic."));
    describeCounter(metric::WsBytesTotal, QStringLiteral("WebSocket payload bytes received, by connection."));
    describeHistogram(metric::HandlerLatencySeconds,
                      QStringLiteral("Time from frame received to applied in market state."),
                      Histogram::latencyBuckets());
    describeCounter(metric::ReconnectsTotal, QStringLiteral("WebSocket reconnections, by connection."));
    describeCounter(metric::TimeoutsTotal, QStringLiteral("Timeout journal entries, by kind."));
    describeCounter(metric::WarningsTotal, QStringLiteral("Warnings recorded, by code."));
    describeCounter(metric::RestRequestsTotal, QStringLiteral("REST requests, by endpoint and HTTP status."));
    describeHistogram(metric::RestLatencySeconds, QStringLiteral("REST request duration, by endpoint."),
                      Histogram::latencyBuckets());
    describeCounter(metric::RateLimitWaitsTotal, QStringLiteral("Requests that waited for the rate limiter."));
    describeHistogram(metric::RateLimitWaitSeconds, QStringLiteral("Time spent waiting for the rate limiter."),
                      {0.01, 0.05, 0.1, 0.5, 1, 5, 10, 60});
    describeGauge(metric::QueueDepth, QStringLiteral("Messages waiting in a hand-over queue, by connection."));
    describeProcessMetrics(*this);
}

void describeProcessMetrics(MetricsRegistry &registry)
{
    registry.describeGauge(metric::ProcessResidentMemoryBytes, QStringLiteral("Resident memory size in bytes."));
    registry.describeCounter(metric::ProcessCpuSecondsTotal,
                             QStringLiteral("Total user and system CPU time in seconds."));
}

void registerProcessMetrics(MetricsRegistry &registry)
{
    describeProcessMetrics(registry);
    registry.gaugeFunction(metric::ProcessResidentMemoryBytes, {}, [] {
        const auto usage = ProcessMetrics::read();
        return usage ? usage->residentBytes : 0.0;
    });
    registry.counterFunction(metric::ProcessCpuSecondsTotal, {}, [] {
        const auto usage = ProcessMetrics::read();
        return usage ? usage->cpuSeconds : 0.0;
    });
}

MetricsRegistry::~MetricsRegistry() = default;

MetricsRegistry &MetricsRegistry::process()
{
    static MetricsRegistry *registry = [] {
        // Never destroyed: threads may still record while the process exits.
        auto *r = new MetricsRegistry;
        registerProcessMetrics(*r);
        WarningAggregator::process().attachMetrics(r);
        return r;
    }();
    return *registry;
}

bool MetricsRegistry::validMetricName(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
        if (!letter && !(i > 0 && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

bool MetricsRegistry::validLabelName(const QByteArray &name)
{
    if (name.isEmpty() || name.startsWith("__"))
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!letter && !(i > 0 && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

QByteArray MetricsRegistry::escapeHelp(const QString &help)
{
    QByteArray out;
    const QByteArray utf8 = help.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray MetricsRegistry::escapeLabelValue(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '"')
            out += "\\\"";
        else
            out += c;
    }
    return out;
}

QByteArray MetricsRegistry::formatValue(double v)
{
    if (std::isnan(v))
        return QByteArrayLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    // Shortest round-trip digits; plain decimals where people read them (le="0.0001", not "1e-04").
    char buf[64];
    const double magnitude = std::fabs(v);
    const bool plain = magnitude == 0 || (magnitude >= 1e-6 && magnitude < 1e15);
    const auto result = plain ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed)
                              : std::to_chars(buf, buf + sizeof buf, v);
    return QByteArray(buf, static_cast<qsizetype>(result.ptr - buf));
}

MetricsRegistry::Family *MetricsRegistry::family(const QByteArray &name, Type type, bool create)
{
    auto it = m_families.find(name);
    if (it != m_families.end()) {
        if (it->second->type != type) {
            m_errors
                << QStringLiteral("metric %1 is already registered with another type").arg(QString::fromLatin1(name));
            return nullptr;
        }
        return it->second.get();
    }
    if (!create)
        return nullptr;
    if (!validMetricName(name)) {
        m_errors << QStringLiteral("invalid metric name '%1'").arg(QString::fromUtf8(name));
        return nullptr;
    }
    auto fam = std::make_unique<Family>();
    fam->name = name;
    fam->type = type;
    if (type == Type::Histogram)
        fam->bounds = Histogram::latencyBuckets();
    return m_families.emplace(name, std::move(fam)).first->second.get();
}

void MetricsRegistry::describeCounter(const QByteArray &name, const QString &help)
{
    std::lock_guard lock(m_mutex);
    if (Family *f = family(name, Type::Counter, true))
        f->help = help;
}

void MetricsRegistry::describeGauge(const QByteArray &name, const QString &help)
{
    std::lock_guard lock(m_mutex);
    if (Family *f = family(name, Type::Gauge, true))
        f->help = help;
}

void MetricsRegistry::describeHistogram(const QByteArray &name, const QString &help, std::vector<double> upperBounds)
{
    std::lock_guard lock(m_mutex);
    if (Family *f = family(name, Type::Histogram, true)) {
        f->help = help;
        if (f->series.empty())
            f->bounds = std::move(upperBounds);
    }
}

MetricsRegistry::Series *MetricsRegistry::series(const QByteArray &name, Type type, const Labels &labels)
{
    Family *fam = family(name, type, true);
    if (!fam)
        return nullptr;
    QByteArray rendered;
    for (const Label &l : labels) {
        if (!validLabelName(l.name) || (type == Type::Histogram && l.name == "le")) {
            m_errors << QStringLiteral("invalid label name '%1' on %2")
                            .arg(QString::fromUtf8(l.name), QString::fromLatin1(name));
            return nullptr;
        }
        if (!rendered.isEmpty())
            rendered += ',';
        rendered += l.name + "=\"" + escapeLabelValue(l.value) + '"';
    }
    for (const auto &s : fam->series) {
        if (s->renderedLabels == rendered)
            return s.get();
    }
    auto s = std::make_unique<Series>();
    s->labels = labels;
    s->renderedLabels = rendered;
    switch (type) {
    case Type::Counter:
        s->counter = std::make_unique<Counter>();
        break;
    case Type::Gauge:
        s->gauge = std::make_unique<Gauge>();
        break;
    case Type::Histogram:
        s->histogram = std::make_unique<Histogram>(fam->bounds);
        break;
    }
    fam->series.push_back(std::move(s));
    return fam->series.back().get();
}

Counter &MetricsRegistry::counter(const QByteArray &name, const Labels &labels)
{
    std::lock_guard lock(m_mutex);
    Series *s = series(name, Type::Counter, labels);
    return s && s->counter ? *s->counter : m_discardedCounter;
}

Gauge &MetricsRegistry::gauge(const QByteArray &name, const Labels &labels)
{
    std::lock_guard lock(m_mutex);
    Series *s = series(name, Type::Gauge, labels);
    return s && s->gauge ? *s->gauge : m_discardedGauge;
}

Histogram &MetricsRegistry::histogram(const QByteArray &name, const Labels &labels)
{
    std::lock_guard lock(m_mutex);
    Series *s = series(name, Type::Histogram, labels);
    return s && s->histogram ? *s->histogram : *m_discardedHistogram;
}

void MetricsRegistry::gaugeFunction(const QByteArray &name, const Labels &labels, std::function<double()> read)
{
    std::lock_guard lock(m_mutex);
    if (Series *s = series(name, Type::Gauge, labels))
        s->read = std::move(read);
}

void MetricsRegistry::counterFunction(const QByteArray &name, const Labels &labels, std::function<double()> read)
{
    std::lock_guard lock(m_mutex);
    if (Series *s = series(name, Type::Counter, labels))
        s->read = std::move(read);
}

QStringList MetricsRegistry::errors() const
{
    std::lock_guard lock(m_mutex);
    return m_errors;
}

namespace {

void appendSample(QByteArray &out, const QByteArray &name, const QByteArray &labels, const QByteArray &value)
{
    out += name;
    if (!labels.isEmpty()) {
        out += '{';
        out += labels;
        out += '}';
    }
    out += ' ';
    out += value;
    out += '\n';
}

} // namespace

QByteArray MetricsRegistry::renderPrometheus() const
{
    QByteArray out;
    out.reserve(16 * 1024);
    std::lock_guard lock(m_mutex);
    for (const auto &[name, fam] : m_families) {
        if (!fam->help.isEmpty())
            out += "# HELP " + name + ' ' + escapeHelp(fam->help) + '\n';
        const char *typeName = fam->type == Type::Counter ? "counter"
                               : fam->type == Type::Gauge ? "gauge"
                                                          : "histogram";
        out += "# TYPE " + name + ' ' + typeName + '\n';
        for (const auto &s : fam->series) {
            switch (fam->type) {
            case Type::Counter:
                appendSample(out, name, s->renderedLabels,
                             s->read ? formatValue(s->read()) : QByteArray::number(s->counter->value()));
                break;
            case Type::Gauge:
                appendSample(out, name, s->renderedLabels, formatValue(s->read ? s->read() : s->gauge->value()));
                break;
            case Type::Histogram: {
                const Histogram &h = *s->histogram;
                const std::vector<quint64> cumulative = h.cumulativeCounts();
                const QByteArray prefix = s->renderedLabels.isEmpty() ? QByteArray() : s->renderedLabels + ',';
                for (size_t i = 0; i < h.upperBounds().size(); ++i)
                    appendSample(out, name + "_bucket", prefix + "le=\"" + formatValue(h.upperBounds()[i]) + '"',
                                 QByteArray::number(cumulative[i]));
                appendSample(out, name + "_bucket", prefix + "le=\"+Inf\"", QByteArray::number(cumulative.back()));
                appendSample(out, name + "_sum", s->renderedLabels, formatValue(h.sum()));
                // _count equals the +Inf bucket by definition; reading it from the same snapshot keeps them equal.
                appendSample(out, name + "_count", s->renderedLabels, QByteArray::number(cumulative.back()));
                break;
            }
            }
        }
    }
    return out;
}

} // namespace virtuoso::health
