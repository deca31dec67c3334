#pragma once

#include "model/confluence/Candle.h"
#include "model/confluence/Warmup.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace virtuoso::confluence {

struct ValueArea
{
    double poc = 0;  // centre of the price bin with the most volume
    double low = 0;  // value-area low: lower edge of the lowest bin inside the value area
    double high = 0; // value-area high: upper edge of the highest bin inside the value area
};

// Volume traded per price bin. Adding or removing volume is O(log bins); the point of control is
// O(1) to read; the value area walks outwards from it, bin by bin, until it holds `share` of the volume.
class VolumeProfile
{
public:
    explicit VolumeProfile(double binSize)
        : m_binSize(binSize > 0 ? binSize : 1.0)
    {}

    void add(double price, double volume);
    void remove(double price, double volume);
    bool empty() const { return m_bins.empty(); }
    double binSize() const { return m_binSize; }
    double totalVolume() const { return m_total; }
    double pointOfControl() const;
    ValueArea valueArea(double share = 0.70) const;

private:
    struct Bin
    {
        double volume = 0;
        int contributions = 0;
    };
    // Nothing for a price whose bin index does not fit in 64 bits (1e19 bins from zero): it is left out
    // like a non-finite one.
    std::optional<std::int64_t> binOf(double price) const;
    void setVolume(std::int64_t bin, Bin &entry, double volume);

    double m_binSize;
    double m_total = 0;
    std::map<std::int64_t, Bin> m_bins;
    std::set<std::pair<double, std::int64_t>> m_byVolume; // (volume, -bin): the largest is the POC
};

// The volume profile of the last `period` candles, each candle's volume placed at its typical price.
class CandleVolumeProfile
{
public:
    CandleVolumeProfile(int period, double binSize);
    bool update(const Candle &c);
    bool ready() const { return m_count >= m_period; }
    Warmup warmup() const { return Warmup::of(m_count, m_period); }
    const VolumeProfile &profile() const { return m_profile; }

private:
    int m_period;
    long long m_count = 0;
    VolumeProfile m_profile;
    std::vector<std::pair<double, double>> m_window; // (price, volume) per candle in the window
};

} // namespace virtuoso::confluence
