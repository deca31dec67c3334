#include "engine/WarningFilterSink.h"

#include "logs/TemplateMiner.h"
#include "model/health/WarningAggregator.h"

namespace virtuoso::log {

using health::WarningAggregator;
using health::WarningPolicy;
using health::WarningSummary;
using logs::TemplateMiner;

namespace {

bool aggregated(Level level)
{
    return static_cast<int>(level) <= static_cast<int>(Level::Warning);
}

Entry summaryEntry(const WarningSummary &summary, qint64 epochMs)
{
    Entry e;
    e.epochMs = epochMs;
    e.level = summary.severity;
    e.category = "health";
    e.code = summary.code;
    e.message = summary.text();
    e.fields = summary.fields;
    e.fields.push_back(Field{WarningFilterSink::SummaryField, QString::number(summary.suppressed)});
    return e;
}

} // namespace

WarningFilterSink::WarningFilterSink(WarningAggregator &aggregator, std::vector<std::unique_ptr<Sink>> outputs)
    : m_aggregator(aggregator)
    , m_outputs(std::move(outputs))
    , m_miner(std::make_unique<TemplateMiner>())
{}

WarningFilterSink::~WarningFilterSink() = default;

void WarningFilterSink::writeOutputs(const Entry &entry)
{
    for (const auto &sink : m_outputs)
        sink->write(entry);
}

void WarningFilterSink::writeDueSummaries(qint64 epochMs)
{
    for (const WarningSummary &s : m_aggregator.takeDueSummaries())
        writeOutputs(summaryEntry(s, epochMs));
}

void WarningFilterSink::write(const Entry &entry)
{
    if (!aggregated(entry.level) || entry.field(SummaryField)) {
        writeOutputs(entry);
        return;
    }
    WarningAggregator::Verdict verdict;
    if (!entry.code.isEmpty()) {
        verdict = m_aggregator.record(entry.code, entry.level, entry.fields, entry.message);
    } else {
        // Free text: the template is the key, so every variant of one message shares a budget.
        TemplateMiner::Match match;
        {
            std::lock_guard lock(m_minerMutex);
            match = m_miner->add(entry.message);
        }
        const QByteArray code = "TEXT_" + QByteArray::number(match.templateId);
        verdict = m_aggregator.record(code, entry.level, {}, entry.message, match.templateText);
    }
    if (verdict.log)
        writeOutputs(entry);
    writeDueSummaries(entry.epochMs);
}

std::vector<std::unique_ptr<Sink>> withWarningAggregation(std::vector<std::unique_ptr<Sink>> outputs)
{
    std::vector<std::unique_ptr<Sink>> sinks;
    sinks.push_back(std::make_unique<WarningFilterSink>(WarningAggregator::process(), std::move(outputs)));
    return sinks;
}

void setWarningLimits(int summaryIntervalS, int maxPerCodePerMin)
{
    WarningPolicy policy;
    policy.summaryIntervalMs = static_cast<qint64>(summaryIntervalS) * 1000;
    policy.maxLinesPerCodePerMin = maxPerCodePerMin;
    WarningAggregator::process().setPolicy(policy);
}

int emitDueWarningSummaries()
{
    const std::vector<WarningSummary> due = WarningAggregator::process().takeDueSummaries();
    for (const WarningSummary &s : due)
        Logger::instance().write(summaryEntry(s, 0));
    return static_cast<int>(due.size());
}

} // namespace virtuoso::log
