// A whole core on the embedded simulator, trading on paper, with its history and audit log in a
// scratch folder: the start of every trading-desk test. The order-size limits are off unless a test
// sets them; a test adds its own overrides and connects to the runtime before it starts.
#pragma once

#include "base/Clock.h"
#include "base/config/Config.h"
#include "engine/CoreRuntime.h"
#include "sim/server/EmbeddedSimulator.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace virtuoso::test {

class PaperSimulatorCore
{
public:
    explicit PaperSimulatorCore(sim::SimulatorOptions options)
        : m_symbols(options.symbols.join(QLatin1Char(',')))
        , simulator(std::move(options))
    {}
    ~PaperSimulatorCore()
    {
        if (runtime)
            runtime->stop();
    }

    // Starts the simulator and the core; `overrides` come after the common ones and win.
    // `beforeStart` connects to the runtime before its first snapshot.
    bool start(const QStringList &overrides = {}, const std::function<void(CoreRuntime &)> &beforeStart = {})
    {
        QString error;
        if (!dir.isValid() || !simulator.start(&error))
            return false;
        Config::LoadOptions options;
        options.searchDefaultLocations = false;
        options.overrides =
            QStringList{
                QStringLiteral("exchange.rest_url=%1").arg(simulator.restUrl()),
                QStringLiteral("exchange.ws_public_url=%1").arg(simulator.wsPublicUrl()),
                QStringLiteral("exchange.symbols=%1").arg(m_symbols),
                QStringLiteral("store.path=%1").arg(dir.filePath(QStringLiteral("history.db"))),
                QStringLiteral("trading.venue=paper"),
                QStringLiteral("trading.audit_path=%1").arg(dir.filePath(QStringLiteral("audit.sqlite"))),
                QStringLiteral("risk.max_order_notional=0"),
                QStringLiteral("risk.max_position_notional=0"),
                QStringLiteral("risk.max_total_notional=0"),
            } +
            overrides;
        auto loaded = Config::load(options);
        if (!loaded.ok())
            return false;
        runtime = std::make_unique<CoreRuntime>(loaded.config, Clock::system());
        if (beforeStart)
            beforeStart(*runtime);
        return runtime->start(&error);
    }

private:
    QString m_symbols;

public:
    QTemporaryDir dir;
    sim::EmbeddedSimulator simulator;
    std::unique_ptr<CoreRuntime> runtime;
};

} // namespace virtuoso::test
