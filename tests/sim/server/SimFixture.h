#pragma once

#include "SimTestClient.h"

#include "base/Clock.h"
#include "sim/server/SimulatorService.h"

#include <gtest/gtest.h>

#include <QJsonArray>

#include <memory>

namespace virtuoso::sim::test {

// A simulator on the test's own thread, driven by a ManualClock: the test moves time and calls
// tick(); only socket traffic needs the event loop.
class SimFixture : public ::testing::Test
{
protected:
    ManualClock clock{1'733'011'200'000};
    std::unique_ptr<SimulatorService> sim;

    void startSim(SimulatorOptions options = {})
    {
        options.clock = &clock;
        if (options.symbols.isEmpty() && options.replayFile.isEmpty())
            options.symbols = {QStringLiteral("BTCUSDT"), QStringLiteral("ETHUSDT"), QStringLiteral("XRPUSDT")};
        sim = std::make_unique<SimulatorService>(options);
        QString error;
        ASSERT_TRUE(sim->start(&error)) << error.toStdString();
    }
    void TearDown() override { sim.reset(); }

    QString restUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(sim->port()); }
    QString wsUrl() const { return QStringLiteral("ws://127.0.0.1:%1/v5/public/linear").arg(sim->port()); }

    // Moves simulated time in steps, running the simulator's housekeeping after each.
    void advance(qint64 ms, qint64 stepMs = 100)
    {
        for (qint64 done = 0; done < ms; done += stepMs) {
            clock.advanceMs(std::min(stepMs, ms - done));
            sim->tick();
        }
    }

    QJsonObject fireFault(RestClient &rest, const QJsonObject &fault)
    {
        const HttpResult r = rest.post(QStringLiteral("/sim/v1/faults"), QJsonDocument(fault).toJson());
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return r.json();
    }
};

inline QJsonObject jsonOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A string member of a JSON object ("" when absent).
inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace virtuoso::sim::test
