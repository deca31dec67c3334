#include "base/ProcessMetrics.h"
#include "model/health/MetricsRegistry.h"
#include "model/health/WarningAggregator.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <thread>

using namespace virtuoso;
using namespace virtuoso::health;

namespace {

QString render(const MetricsRegistry &registry)
{
    return QString::fromUtf8(registry.renderPrometheus());
}

// A registry with one of everything the program records.
void fillTypical(MetricsRegistry &registry)
{
    registry
        .counter(metric::WsMessagesTotal,
                 {{"conn", QStringLiteral("conn_0")}, {"topic", QStringLiteral("publicTrade.BTCUSDT")}})
        .inc(1234);
    registry.counter(metric::WsBytesTotal, {{"conn", QStringLiteral("conn_0")}}).inc(987654);
    Histogram &latency = registry.histogram(metric::HandlerLatencySeconds, {{"conn", QStringLiteral("conn_0")}});
    for (double v : {0.00005, 0.0003, 0.002, 0.04, 3.0, 42.0})
        latency.observe(v);
    registry.counter(metric::ReconnectsTotal, {{"conn", QStringLiteral("conn_0")}}).inc(2);
    registry.counter(metric::TimeoutsTotal, {{"kind", QStringLiteral("PONG_TIMEOUT")}}).inc();
    registry.counter(metric::WarningsTotal, {{"code", QStringLiteral("TRADES_INSUFFICIENT")}}).inc(312);
    registry
        .counter(metric::RestRequestsTotal,
                 {{"endpoint", QStringLiteral("/v5/market/kline")}, {"status", QStringLiteral("200")}})
        .inc(40);
    registry
        .counter(metric::RestRequestsTotal,
                 {{"endpoint", QStringLiteral("/v5/market/kline")}, {"status", QStringLiteral("403")}})
        .inc();
    registry.histogram(metric::RestLatencySeconds, {{"endpoint", QStringLiteral("/v5/market/kline")}}).observe(0.12);
    registry.counter(metric::RateLimitWaitsTotal).inc(3);
    registry.histogram(metric::RateLimitWaitSeconds).observe(0.4);
    registry.gauge(metric::QueueDepth, {{"conn", QStringLiteral("conn_0")}}).set(17);
    registerProcessMetrics(registry);
    // Label values that need escaping.
    registry.counter(metric::WarningsTotal, {{"code", QStringLiteral("ODD \"quoted\" \\ back\nslash")}}).inc();
}

} // namespace

TEST(MetricsRegistry, CountersGaugesAndHistogramsRenderInTextFormat)
{
    MetricsRegistry registry;
    registry.counter(metric::TimeoutsTotal, {{"kind", QStringLiteral("PONG_TIMEOUT")}}).inc(3);
    registry.gauge(metric::QueueDepth, {{"conn", QStringLiteral("conn_1")}}).set(2.5);
    Histogram &h = registry.histogram(metric::HandlerLatencySeconds, {{"conn", QStringLiteral("conn_1")}});
    h.observe(0.000125);
    h.observe(0.00390625);
    h.observe(20);

    const QString text = render(registry);
    EXPECT_TRUE(text.contains(QStringLiteral("# HELP virtuoso_timeouts_total Timeout journal entries, by kind.\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("# TYPE virtuoso_timeouts_total counter\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("virtuoso_timeouts_total{kind=\"PONG_TIMEOUT\"} 3\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("# TYPE virtuoso_queue_depth gauge\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("virtuoso_queue_depth{conn=\"conn_1\"} 2.5\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("# TYPE virtuoso_handler_latency_seconds histogram\n")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("virtuoso_handler_latency_seconds_bucket{conn=\"conn_1\",le=\"0.0001\"} 0\n")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("virtuoso_handler_latency_seconds_bucket{conn=\"conn_1\",le=\"0.00025\"} 1\n")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("virtuoso_handler_latency_seconds_bucket{conn=\"conn_1\",le=\"0.005\"} 2\n")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("virtuoso_handler_latency_seconds_bucket{conn=\"conn_1\",le=\"10\"} 2\n")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("virtuoso_handler_latency_seconds_bucket{conn=\"conn_1\",le=\"+Inf\"} 3\n")));
    const double sum = 0.000125 + 0.00390625 + 20.0;
    EXPECT_TRUE(text.contains(QStringLiteral("virtuoso_handler_latency_seconds_sum{conn=\"conn_1\"} %1\n")
                                  .arg(QString::fromLatin1(MetricsRegistry::formatValue(sum)))));
    EXPECT_TRUE(text.contains(QStringLiteral("_sum{conn=\"conn_1\"} 20.00403125\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("virtuoso_handler_latency_seconds_count{conn=\"conn_1\"} 3\n")));
    // Standard families are declared even before anything is recorded.
    EXPECT_TRUE(text.contains(QStringLiteral("# TYPE virtuoso_rest_requests_total counter\n")));
}

TEST(MetricsRegistry, SameLabelsGiveTheSameSeries)
{
    MetricsRegistry registry;
    Counter &a = registry.counter(metric::ReconnectsTotal, {{"conn", QStringLiteral("conn_1")}});
    Counter &b = registry.counter(metric::ReconnectsTotal, {{"conn", QStringLiteral("conn_1")}});
    Counter &c = registry.counter(metric::ReconnectsTotal, {{"conn", QStringLiteral("conn_2")}});
    EXPECT_EQ(&a, &b);
    EXPECT_NE(&a, &c);
}

TEST(MetricsRegistry, EscapesHelpAndLabelValues)
{
    EXPECT_EQ(MetricsRegistry::escapeLabelValue(QStringLiteral("a\"b\\c\nd")), QByteArray("a\\\"b\\\\c\\nd"));
    EXPECT_EQ(MetricsRegistry::escapeHelp(QStringLiteral("x \"y\" \\ z\nw")), QByteArray("x \"y\" \\\\ z\\nw"));
    MetricsRegistry registry;
    registry.describeGauge("virtuoso_test_gauge", QStringLiteral("line one\nline two"));
    registry.gauge("virtuoso_test_gauge", {{"path", QStringLiteral("C:\\x \"y\"")}}).set(1);
    const QString text = render(registry);
    EXPECT_TRUE(text.contains(QStringLiteral("# HELP virtuoso_test_gauge line one\\nline two\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("virtuoso_test_gauge{path=\"C:\\\\x \\\"y\\\"\"} 1\n")))
        << text.toStdString();
}

TEST(MetricsRegistry, BadNamesAndTypeClashesAreReportedNotFatal)
{
    MetricsRegistry registry;
    registry.counter("9starts_with_digit").inc();
    registry.gauge(metric::TimeoutsTotal).set(1); // a counter family
    registry.counter("virtuoso_ok_total", {{"bad-label", QStringLiteral("x")}}).inc();
    registry.histogram("virtuoso_h_seconds", {{"le", QStringLiteral("1")}}).observe(1);
    EXPECT_EQ(registry.errors().size(), 4) << registry.errors().join(QLatin1Char('\n')).toStdString();
    const QString text = render(registry);
    EXPECT_FALSE(text.contains(QStringLiteral("9starts")));
    EXPECT_FALSE(text.contains(QStringLiteral("bad-label")));
}

TEST(MetricsRegistry, SpecialValuesUseTheFormatsSpelling)
{
    EXPECT_EQ(MetricsRegistry::formatValue(std::numeric_limits<double>::infinity()), "+Inf");
    EXPECT_EQ(MetricsRegistry::formatValue(-std::numeric_limits<double>::infinity()), "-Inf");
    EXPECT_EQ(MetricsRegistry::formatValue(std::numeric_limits<double>::quiet_NaN()), "NaN");
    EXPECT_EQ(MetricsRegistry::formatValue(0.1), "0.1");
    EXPECT_EQ(MetricsRegistry::formatValue(1e21), "1e+21");
}

TEST(MetricsRegistry, ConcurrentRecordingLosesNothing)
{
    MetricsRegistry registry;
    Counter &counter = registry.counter(metric::WsMessagesTotal, {{"conn", QStringLiteral("conn_0")}});
    Histogram &hist = registry.histogram(metric::HandlerLatencySeconds);
    constexpr int Threads = 4;
    constexpr int PerThread = 100'000;
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < PerThread; ++i) {
                counter.inc();
                hist.observe(0.001);
            }
        });
    }
    for (auto &t : threads)
        t.join();
    EXPECT_EQ(counter.value(), static_cast<quint64>(Threads * PerThread));
    EXPECT_EQ(hist.count(), static_cast<quint64>(Threads * PerThread));
    EXPECT_NEAR(hist.sum(), Threads * PerThread * 0.001, 1e-6);
}

TEST(ProcessMetrics, ParsesProcStatAndStatm)
{
    const QByteArray stat = "4242 (my (odd) prog) S 1 4242 4242 0 -1 4194560 500 0 0 0 250 50 0 0 20 0 8 0 100 0 0";
    const QByteArray statm = "50000 12000 3000 100 0 20000 0\n";
    const auto usage = ProcessMetrics::parse(stat, statm, 4096, 100);
    ASSERT_TRUE(usage);
    EXPECT_DOUBLE_EQ(usage->residentBytes, 12000.0 * 4096);
    EXPECT_DOUBLE_EQ(usage->cpuSeconds, 3.0);
    EXPECT_FALSE(ProcessMetrics::parse("garbage", statm, 4096, 100));
    EXPECT_FALSE(ProcessMetrics::parse(stat, "", 4096, 100));
    const auto live = ProcessMetrics::read();
    ASSERT_TRUE(live);
    EXPECT_GT(live->residentBytes, 1e6);
}

TEST(MetricsRegistry, PromtoolAcceptsTheExposition)
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    if (promtool.isEmpty())
        GTEST_SKIP() << "promtool is not installed (Debian package 'prometheus'; scripts/setup.sh installs it)";
    MetricsRegistry registry;
    fillTypical(registry);
    const QByteArray text = registry.renderPrometheus();

    QProcess check;
    check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    ASSERT_TRUE(check.waitForStarted(10'000));
    check.write(text);
    check.closeWriteChannel();
    ASSERT_TRUE(check.waitForFinished(30'000));
    const QByteArray out = check.readAllStandardOutput() + check.readAllStandardError();
    EXPECT_EQ(check.exitCode(), 0) << out.toStdString() << "\n--- input ---\n" << text.toStdString();
    EXPECT_TRUE(out.trimmed().isEmpty()) << out.toStdString();
}

TEST(MetricsRegistry, TheProcessRegistryCarriesUsageAndWarningsByCode)
{
    const std::vector<log::Field> none;
    WarningAggregator::process().record("METRICS_PROCESS_TEST", log::Level::Warning, none, QStringLiteral("x"));
    const QString text = QString::fromUtf8(MetricsRegistry::process().renderPrometheus());
    EXPECT_TRUE(text.contains(QStringLiteral("virtuoso_warnings_total{code=\"METRICS_PROCESS_TEST\"} 1\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\nprocess_resident_memory_bytes ")));
    EXPECT_TRUE(text.contains(QStringLiteral("\nprocess_cpu_seconds_total ")));
}
