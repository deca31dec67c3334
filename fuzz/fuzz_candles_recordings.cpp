// Fuzz target over the files the command line and the simulator read: candle files (Bybit REST and
// WebSocket kline JSON, JSON arrays, CSV) fed through the indicator set as `virtuoso indicators`
// does, simulator recordings and raw captures as `virtuoso sim --replay` loads them, and fault
// scripts (and a fault as the control API takes it in JSON). The first byte picks the reader.
#include "FuzzSupport.h"

#include "base/Clock.h"
#include "model/confluence/IndicatorSet.h"
#include "model/confluence/KlineFile.h"
#include "sim/server/FaultPlan.h"
#include "sim/server/ReplayStreams.h"

#include <QJsonDocument>

using namespace virtuoso;

namespace {

void candles(const QByteArray &content)
{
    const confluence::KlineFileResult file = confluence::parseKlines(content);
    VIRTUOSO_FUZZ_CHECK(file.ok() || !file.error.isEmpty());
    confluence::IndicatorSet set(60);
    std::size_t bytes = 0;
    for (std::size_t i = 0; i < file.candles.size() && i < 400; ++i) {
        set.update(file.candles[i]);
        bytes += set.jsonLine(confluence::IndicatorSet::AllGroups).size();
    }
    (void)bytes;
}

void recording(std::string_view content)
{
    const fuzz::MemoryFile file(content);
    if (!file.ok())
        return;
    ManualClock clock;
    sim::ReplayStreams replay(clock);
    QString error;
    if (!replay.load(file.path(), &error)) {
        VIRTUOSO_FUZZ_CHECK(!error.isEmpty());
        return;
    }
    for (const QString &topic : replay.topics()) {
        VIRTUOSO_FUZZ_CHECK(replay.frameCount(topic) > 0);
        (void)replay.validate(topic);
    }
    replay.tick();
}

void faults(const QByteArray &content)
{
    const sim::FaultScript script = sim::parseFaultScript(QString::fromUtf8(content));
    VIRTUOSO_FUZZ_CHECK(script.ok() || !script.error.isEmpty());
    for (std::size_t i = 1; i < script.faults.size(); ++i)
        VIRTUOSO_FUZZ_CHECK(script.faults[i - 1].atOffsetMs <= script.faults[i].atOffsetMs);
    for (const sim::Fault &fault : script.faults)
        (void)fault.toJson();
    const QJsonDocument json = QJsonDocument::fromJson(content);
    if (json.isObject()) {
        QString error;
        if (const auto fault = sim::faultFromJson(json.object(), &error))
            (void)fault->toJson();
        else
            VIRTUOSO_FUZZ_CHECK(!error.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const std::string_view content = fuzz::asText(data + 1, size - 1);
    const QByteArray bytes(content.data(), qsizetype(content.size()));
    switch (data[0] % 3) {
    case 0:
        candles(bytes);
        break;
    case 1:
        recording(content);
        break;
    default:
        faults(bytes);
        break;
    }
    return 0;
}
