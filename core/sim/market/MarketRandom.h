#pragma once

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace virtuoso::sim {

// xoshiro256** with hand-written distributions: the standard library's distributions differ between
// implementations, and the simulator must produce the same market for the same seed everywhere.
class MarketRandom
{
public:
    explicit MarketRandom(quint64 seed = 1) { reseed(seed); }

    void reseed(quint64 seed)
    {
        quint64 x = seed;
        for (auto &word : m_state)
            word = splitMix(x);
        m_hasSpareNormal = false;
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in (0, 1], safe for logarithms.
    double uniformOpen() { return (static_cast<double>(next() >> 11) + 1.0) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n).
    quint64 below(quint64 n) { return n == 0 ? 0 : next() % n; }
    bool chance(double p) { return uniform() < p; }

    // Standard normal (Marsaglia polar method).
    double normal()
    {
        if (m_hasSpareNormal) {
            m_hasSpareNormal = false;
            return m_spareNormal;
        }
        double u = 0, v = 0, s = 0;
        do {
            u = uniform() * 2.0 - 1.0;
            v = uniform() * 2.0 - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double factor = std::sqrt(-2.0 * std::log(s) / s);
        m_spareNormal = v * factor;
        m_hasSpareNormal = true;
        return u * factor;
    }

    double exponential(double mean) { return -std::log(uniformOpen()) * mean; }
    double logNormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }
    // Pareto with minimum 1 and tail index alpha (alpha near 1.5 gives realistic large prints).
    double pareto(double alpha) { return std::pow(uniformOpen(), -1.0 / alpha); }

    // Poisson by inversion; the simulator only asks for small means.
    int poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 30)
            return std::max(0, static_cast<int>(std::lround(mean + std::sqrt(mean) * normal())));
        const double limit = std::exp(-mean);
        double product = uniform();
        int count = 0;
        while (product > limit) {
            product *= uniform();
            ++count;
        }
        return count;
    }

    // Geometric number of failures before a success, with the given mean (>= 0).
    int geometric(double mean)
    {
        if (mean <= 0)
            return 0;
        const double p = 1.0 / (1.0 + mean);
        return static_cast<int>(std::floor(std::log(uniformOpen()) / std::log(1.0 - p)));
    }

    // Stable 64-bit hash of a symbol name (FNV-1a over UTF-16 units), independent of Qt's seeded qHash.
    static quint64 hashName(const QString &name)
    {
        quint64 h = 1469598103934665603ULL;
        for (const QChar c : name) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        return h;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4] = {};
    double m_spareNormal = 0;
    bool m_hasSpareNormal = false;
};

} // namespace virtuoso::sim
