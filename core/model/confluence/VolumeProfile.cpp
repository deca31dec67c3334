#include "model/confluence/VolumeProfile.h"

#include <cmath>

namespace virtuoso::confluence {

std::optional<std::int64_t> VolumeProfile::binOf(double price) const
{
    constexpr double kFurthestBin = 9e18; // below 2^63, so that -bin fits too
    const double bin = std::floor(price / m_binSize);
    if (!(bin >= -kFurthestBin && bin <= kFurthestBin))
        return std::nullopt;
    return static_cast<std::int64_t>(bin);
}

void VolumeProfile::setVolume(std::int64_t bin, Bin &entry, double volume)
{
    m_byVolume.erase({entry.volume, -bin});
    entry.volume = volume;
    m_byVolume.insert({entry.volume, -bin});
}

void VolumeProfile::add(double price, double volume)
{
    const std::optional<std::int64_t> found = binOf(price);
    if (!found || !std::isfinite(volume) || volume < 0)
        return;
    const std::int64_t bin = *found;
    auto [it, inserted] = m_bins.try_emplace(bin);
    if (inserted)
        m_byVolume.insert({0.0, -bin});
    ++it->second.contributions;
    setVolume(bin, it->second, it->second.volume + volume);
    m_total += volume;
}

void VolumeProfile::remove(double price, double volume)
{
    const std::optional<std::int64_t> found = binOf(price);
    if (!found || !std::isfinite(volume) || volume < 0)
        return;
    const std::int64_t bin = *found;
    auto it = m_bins.find(bin);
    if (it == m_bins.end())
        return;
    m_total -= volume;
    // A bin whose every contribution left is dropped whole, so no rounding residue stays behind.
    if (--it->second.contributions == 0) {
        m_byVolume.erase({it->second.volume, -bin});
        m_bins.erase(it);
    } else {
        setVolume(bin, it->second, it->second.volume - volume);
    }
    if (m_bins.empty())
        m_total = 0;
}

double VolumeProfile::pointOfControl() const
{
    if (m_byVolume.empty())
        return NAN;
    const std::int64_t bin = -m_byVolume.rbegin()->second;
    return (static_cast<double>(bin) + 0.5) * m_binSize;
}

ValueArea VolumeProfile::valueArea(double share) const
{
    ValueArea area;
    if (m_byVolume.empty())
        return {NAN, NAN, NAN};
    const std::int64_t pocBin = -m_byVolume.rbegin()->second;
    auto lowIt = m_bins.find(pocBin);
    auto highIt = lowIt;
    double inside = lowIt->second.volume;
    const double target = share * m_total;
    // Classic value-area walk: take the heavier neighbouring bin until the share is reached.
    while (inside < target) {
        const bool canDown = lowIt != m_bins.begin();
        const bool canUp = std::next(highIt) != m_bins.end();
        if (!canDown && !canUp)
            break;
        const double down = canDown ? std::prev(lowIt)->second.volume : -1.0;
        const double up = canUp ? std::next(highIt)->second.volume : -1.0;
        if (up >= down) {
            ++highIt;
            inside += up;
        } else {
            --lowIt;
            inside += down;
        }
    }
    area.poc = (static_cast<double>(pocBin) + 0.5) * m_binSize;
    area.low = static_cast<double>(lowIt->first) * m_binSize;
    area.high = static_cast<double>(highIt->first + 1) * m_binSize;
    return area;
}

CandleVolumeProfile::CandleVolumeProfile(int period, double binSize)
    : m_period(period < 1 ? 1 : period)
    , m_profile(binSize)
    , m_window(static_cast<size_t>(m_period))
{}

bool CandleVolumeProfile::update(const Candle &c)
{
    auto &slot = m_window[static_cast<size_t>(m_count % m_period)];
    if (m_count >= m_period)
        m_profile.remove(slot.first, slot.second);
    slot = {(c.high + c.low + c.close) / 3, c.volume};
    m_profile.add(slot.first, slot.second);
    ++m_count;
    return ready();
}

} // namespace virtuoso::confluence
