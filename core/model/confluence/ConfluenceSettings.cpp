#include "model/confluence/ConfluenceSettings.h"

#include "base/config/Config.h"

namespace virtuoso::confluence {

ConfluenceSettings ConfluenceSettings::fromConfig(const Config &config)
{
    ConfluenceSettings s;
    s.componentWeights = {config.number(QStringLiteral("confluence.weight_orderflow")),
                          config.number(QStringLiteral("confluence.weight_orderbook")),
                          config.number(QStringLiteral("confluence.weight_volume")),
                          config.number(QStringLiteral("confluence.weight_price_structure")),
                          config.number(QStringLiteral("confluence.weight_technical")),
                          config.number(QStringLiteral("confluence.weight_sentiment"))};
    const QList<double> tf = config.numbers(QStringLiteral("confluence.timeframe_weights"));
    for (int i = 0; i < kTimeframeCount && i < tf.size(); ++i)
        s.timeframeWeights[static_cast<size_t>(i)] = tf[i];
    s.longThreshold = config.number(QStringLiteral("confluence.long_threshold"));
    s.shortThreshold = config.number(QStringLiteral("confluence.short_threshold"));
    return s;
}

} // namespace virtuoso::confluence
