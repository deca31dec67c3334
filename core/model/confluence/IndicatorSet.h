#pragma once

#include "model/confluence/Candle.h"
#include "model/confluence/MomentumIndicators.h"
#include "model/confluence/MovingAverages.h"
#include "model/confluence/TrendIndicators.h"
#include "model/confluence/VolumeIndicators.h"
#include "model/confluence/VolumeProfile.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>

namespace virtuoso::confluence {

// The standard indicators over one candle stream, with the periods the confluence model reads.
// Every update is O(1) in the history length (CCI is O(period), the volume profile O(log bins)).
class IndicatorSet
{
public:
    // Named groups, for `virtuoso indicators --only`.
    enum Group : std::uint32_t {
        GroupSma = 1u << 0,
        GroupEma = 1u << 1,
        GroupRsi = 1u << 2,
        GroupMacd = 1u << 3,
        GroupCci = 1u << 4,
        GroupWillr = 1u << 5,
        GroupAtr = 1u << 6,
        GroupAdx = 1u << 7,
        GroupObv = 1u << 8,
        GroupAd = 1u << 9,
        GroupCmf = 1u << 10,
        GroupRelvol = 1u << 11,
        GroupVwap = 1u << 12,
        GroupAo = 1u << 13,
        GroupVolumeProfile = 1u << 14,
        AllGroups = (1u << 15) - 1,
    };
    static QStringList groupNames();
    // A comma-separated list of group names → mask; an unknown name is an error naming it.
    static std::optional<std::uint32_t> parseGroups(const QString &list, QString *error);

    explicit IndicatorSet(int profilePeriod = 240);
    void update(const Candle &c);

    long long candles() const { return m_candles; }
    const Candle &last() const { return m_last; }

    Sma sma20{20};
    Ema ema20{20};
    Ema ema50{50};
    Rsi rsi14{14};
    Macd macd{12, 26, 9};
    Cci cci20{20};
    WilliamsR willr14{14};
    Atr atr14{14};
    DirectionalMovement dmi14{14};
    Obv obv;
    AccumulationDistribution ad;
    ChaikinMoneyFlow cmf20{20};
    RelativeVolume relvol20{20};
    SessionVwap vwapSession;
    RollingVwap vwapRolling{20};
    AwesomeOscillator ao{5, 34};
    std::optional<CandleVolumeProfile> profile; // made on the first candle: its bin size follows the price

    // One JSON object (no newline): "t" and every selected indicator, null while it is warming.
    std::string jsonLine(std::uint32_t groups) const;

    // A decimal price step of roughly 0.1% of `price`, for volume-profile bins.
    static double profileBinFor(double price);

private:
    int m_profilePeriod;
    long long m_candles = 0;
    Candle m_last;
};

} // namespace virtuoso::confluence
