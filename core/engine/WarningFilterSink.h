#pragma once

#include "base/logging/Log.h"

#include <memory>
#include <mutex>
#include <vector>

namespace virtuoso::health {
class WarningAggregator;
}
namespace virtuoso::logs {
class TemplateMiner;
}

namespace virtuoso::log {

// Sits in front of the output sinks: every Warning, Error and Critical entry is counted by a
// WarningAggregator, which lets through the first occurrence of each code and key (and errors)
// within a per-code line budget; repeats become one summary line per interval. Entries without a
// code (Qt, libraries) get one from template mining, so "conn_6 timed out" and "conn_8 timed
// out" count as one pattern. Notice, Info and Debug pass unchanged.
class WarningFilterSink final : public Sink
{
public:
    WarningFilterSink(health::WarningAggregator &aggregator, std::vector<std::unique_ptr<Sink>> outputs);
    ~WarningFilterSink() override;

    void write(const Entry &entry) override;

    // Entries carrying this field are summaries already; they pass without being counted.
    static constexpr const char *SummaryField = "SUMMARY_COUNT";

private:
    void writeOutputs(const Entry &entry);
    void writeDueSummaries(qint64 epochMs);

    health::WarningAggregator &m_aggregator;
    std::vector<std::unique_ptr<Sink>> m_outputs;
    std::mutex m_minerMutex;
    std::unique_ptr<logs::TemplateMiner> m_miner;
};

// Wraps the output sinks chosen by configureLogging in a WarningFilterSink bound to the process
// aggregator (WarningAggregator::process()).
std::vector<std::unique_ptr<Sink>> withWarningAggregation(std::vector<std::unique_ptr<Sink>> outputs);

// Applies logging.summary_interval_s and logging.max_per_code_per_min to the process aggregator.
void setWarningLimits(int summaryIntervalS, int maxPerCodePerMin);

// Writes the summaries that are due even when no new warning arrives; call it from a periodic
// timer (the runtime's heartbeat). Returns how many lines were written.
int emitDueWarningSummaries();

} // namespace virtuoso::log
