#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <vector>

namespace virtuoso::bench {

// A realistic orderbook.50 stream for one symbol, as Bybit's text frames: a 50-level snapshot, then
// deltas of 5–20 changed levels (size updates, deletions, new levels near the top), kept consistent
// by a reference book so that u is contiguous and the book never crosses.
struct BookDeltaFrames
{
    std::string snapshot;
    std::vector<std::string> deltas;
    std::size_t totalBytes = 0;
};

inline BookDeltaFrames makeBookDeltaFrames(std::size_t count, std::uint32_t seed = 1)
{
    std::mt19937 rng(seed);
    // Prices in ticks of 0.10 around 27450.00; sizes in lots of 0.001.
    std::map<long, long> bids, asks;
    const long mid = 274500;
    for (int i = 1; i <= 50; ++i) {
        bids[mid - i] = 1 + static_cast<long>(rng() % 5000);
        asks[mid + i] = 1 + static_cast<long>(rng() % 5000);
    }
    auto price = [](long ticks) {
        char b[32];
        std::snprintf(b, sizeof b, "%ld.%01ld0", ticks / 10, ticks % 10);
        return std::string(b);
    };
    auto size = [](long lots) {
        char b[32];
        std::snprintf(b, sizeof b, "%ld.%03ld", lots / 1000, lots % 1000);
        return std::string(b);
    };
    auto levels = [&](const std::vector<std::pair<long, long>> &ls) {
        std::string s = "[";
        for (std::size_t i = 0; i < ls.size(); ++i) {
            if (i)
                s += ',';
            s += "[\"" + price(ls[i].first) + "\",\"" + size(ls[i].second) + "\"]";
        }
        return s + "]";
    };
    auto frame = [&](const char *type, const std::vector<std::pair<long, long>> &b,
                     const std::vector<std::pair<long, long>> &a, std::uint64_t u, std::uint64_t ts) {
        return std::string(R"({"topic":"orderbook.50.BTCUSDT","type":")") + type + R"(","ts":)" + std::to_string(ts) +
               R"(,"data":{"s":"BTCUSDT","b":)" + levels(b) + R"(,"a":)" + levels(a) + R"(,"u":)" + std::to_string(u) +
               R"(,"seq":)" + std::to_string(u * 7 + 1000) + R"(},"cts":)" + std::to_string(ts - 2) + "}";
    };

    BookDeltaFrames out;
    std::uint64_t u = 1000000;
    std::uint64_t ts = 1709891679000;
    {
        std::vector<std::pair<long, long>> b(bids.rbegin(), bids.rend()), a(asks.begin(), asks.end());
        out.snapshot = frame("snapshot", b, a, u, ts);
    }
    for (std::size_t n = 0; n < count; ++n) {
        std::vector<std::pair<long, long>> db, da;
        const int changes = 5 + static_cast<int>(rng() % 16);
        for (int c = 0; c < changes; ++c) {
            const bool bidSide = rng() % 2;
            auto &side = bidSide ? bids : asks;
            auto &delta = bidSide ? db : da;
            const long best = bidSide ? bids.rbegin()->first : asks.begin()->first;
            const long otherBest = bidSide ? asks.begin()->first : bids.rbegin()->first;
            const int action = static_cast<int>(rng() % 10);
            long p = 0;
            if (action < 6 || side.size() < 30) { // update or insert within 60 ticks of the top
                const long offset = static_cast<long>(rng() % 60);
                p = bidSide ? best + 2 - offset : best - 2 + offset;
                if (bidSide ? p >= otherBest : p <= otherBest)
                    p = bidSide ? otherBest - 1 : otherBest + 1;
            } else { // delete an existing level
                auto it = side.begin();
                std::advance(it, static_cast<long>(rng() % side.size()));
                p = it->first;
                if (side.size() <= 5)
                    continue;
                side.erase(it);
                delta.emplace_back(p, 0);
                continue;
            }
            bool duplicate = false;
            for (const auto &d : delta)
                duplicate = duplicate || d.first == p;
            if (duplicate)
                continue;
            const long s = 1 + static_cast<long>(rng() % 5000);
            side[p] = s;
            delta.emplace_back(p, s);
        }
        // Keep the reference book at 50 levels: levels that leave the top 50 are deleted, as Bybit does.
        while (bids.size() > 50) {
            db.emplace_back(bids.begin()->first, 0);
            bids.erase(bids.begin());
        }
        while (asks.size() > 50) {
            da.emplace_back(std::prev(asks.end())->first, 0);
            asks.erase(std::prev(asks.end()));
        }
        // One entry per price, best first on each side, as Bybit sends them.
        auto finalState = [](const std::vector<std::pair<long, long>> &changes, bool bidSide) {
            std::map<long, long> last;
            for (const auto &[p, q] : changes)
                last[p] = q;
            std::vector<std::pair<long, long>> sorted(last.begin(), last.end());
            if (bidSide)
                std::reverse(sorted.begin(), sorted.end());
            return sorted;
        };
        out.deltas.push_back(frame("delta", finalState(db, true), finalState(da, false), ++u, ts += 20));
        out.totalBytes += out.deltas.back().size();
    }
    return out;
}

} // namespace virtuoso::bench
