#include "model/confluence/ConfluenceSettings.h"

#include "base/config/Config.h"
#include "base/config/ConfigKeys.h"

namespace virtuoso::confluence {

ConfluenceSettings ConfluenceSettings::fromConfig(const Config &config)
{
    ConfluenceSettings s;
    s.componentWeights = {
        config.get(key::ConfluenceWeightOrderflow), config.get(key::ConfluenceWeightOrderbook),
        config.get(key::ConfluenceWeightVolume),    config.get(key::ConfluenceWeightPriceStructure),
        config.get(key::ConfluenceWeightTechnical), config.get(key::ConfluenceWeightSentiment),
    };
    const QList<double> tf = config.get(key::ConfluenceTimeframeWeights);
    for (int i = 0; i < kTimeframeCount && i < tf.size(); ++i)
        s.timeframeWeights[static_cast<size_t>(i)] = tf[i];
    s.longThreshold = config.get(key::ConfluenceLongThreshold);
    s.shortThreshold = config.get(key::ConfluenceShortThreshold);
    return s;
}

} // namespace virtuoso::confluence
