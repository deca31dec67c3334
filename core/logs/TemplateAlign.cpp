// consolidate()'s join of templates of different lengths where a variable of one stands for a name
// of words in the other (docs/logs.md, "Template mining").
#include "logs/TemplateMiner.h"

#include "logs/TemplateMinerInternal.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_map>

namespace virtuoso::logs {

using detail::isPlainNamePart;
using detail::variableRunsJoined;

namespace {

// Aligns two templates in which a variable of one stands for a name of plain words in the other
// ("pax <*> class Y" and "pax DE LA CRUZ/MARIA MS class <*>"): equal tokens pair up, and a <*> on
// either side takes one token, or a run of up to `maxRun` plain words (no variable among them, so
// "for <*> from" never takes "for invalid user <*> from"). Returns the joined template, or nothing
// when they do not align or too little wording is left in common (two words, half the tokens).
std::optional<std::vector<QString>> alignedNames(const std::vector<QString> &a, const std::vector<QString> &b,
                                                 size_t maxRun)
{
    const size_t na = a.size();
    const size_t nb = b.size();
    const QString &w = TemplateMiner::wildcard();
    // best[i][j]: most shared words aligning a[i..] with b[j..]; -1 when they cannot be aligned.
    std::vector<std::vector<int>> best(na + 1, std::vector<int>(nb + 1, -1));
    std::vector<std::vector<std::pair<size_t, size_t>>> step(na + 1, std::vector<std::pair<size_t, size_t>>(nb + 1));
    best[na][nb] = 0;
    const auto plainWord = [&w](const QString &t) { return !t.contains(w) && isPlainNamePart(t); };
    for (size_t i = na + 1; i-- > 0;) {
        for (size_t j = nb + 1; j-- > 0;) {
            if (i == na && j == nb)
                continue;
            int found = -1;
            std::pair<size_t, size_t> next{0, 0};
            const auto consider = [&](size_t ni, size_t nj, int gain) {
                if (ni <= na && nj <= nb && best[ni][nj] >= 0 && best[ni][nj] + gain > found) {
                    found = best[ni][nj] + gain;
                    next = {ni, nj};
                }
            };
            if (i < na && j < nb && a[i] == b[j])
                consider(i + 1, j + 1, a[i] == w ? 0 : 1);
            if (i < na && a[i] == w && j < nb) {
                consider(i + 1, j + 1, 0);
                for (size_t k = 2; k <= maxRun && j + k <= nb && plainWord(b[j]) && plainWord(b[j + k - 1]); ++k)
                    consider(i + 1, j + k, 0);
            }
            if (j < nb && b[j] == w && i < na) {
                consider(i + 1, j + 1, 0);
                for (size_t k = 2; k <= maxRun && i + k <= na && plainWord(a[i]) && plainWord(a[i + k - 1]); ++k)
                    consider(i + k, j + 1, 0);
            }
            best[i][j] = found;
            step[i][j] = next;
        }
    }
    if (best[0][0] < 0)
        return std::nullopt;
    std::vector<QString> out;
    for (size_t i = 0, j = 0; i < na || j < nb;) {
        const auto [ni, nj] = step[i][j];
        out.push_back(ni == i + 1 && nj == j + 1 && a[i] == b[j] ? a[i] : w);
        i = ni;
        j = nj;
    }
    const size_t words = static_cast<size_t>(best[0][0]);
    if (words < 2 || 2 * words < out.size())
        return std::nullopt;
    return out;
}

} // namespace

int TemplateMiner::joinAlignedNames()
{
    if (!m_options.joinAlignedNames)
        return 0;
    // Templates are compared within groups of one first token (a variable first token is a group
    // of its own), and only in groups small enough that comparing every pair stays cheap.
    std::unordered_map<QString, std::vector<Cluster *>> byFirst;
    for (const auto &c : m_clusters)
        if (!c->joined && !c->tokens.empty() && c->tokens.size() <= AlignedMaxTokens)
            byFirst[c->wild[0] ? wildcard() : c->tokens[0]].push_back(c.get());
    // In the order of the templates, whatever the hash's order (the ids of joined templates follow it).
    std::vector<std::vector<Cluster *> *> groups;
    for (auto &[first, group] : byFirst)
        if (group.size() >= 2 && group.size() <= AlignedNamesMaxGroup)
            groups.push_back(&group);
    std::sort(groups.begin(), groups.end(),
              [](const auto *a, const auto *b) { return a->front()->id < b->front()->id; });
    int joined = 0;
    for (const std::vector<Cluster *> *one : groups) {
        const std::vector<Cluster *> &group = *one;
        std::vector<std::vector<QString>> keys;
        std::vector<std::vector<std::uint32_t>> words; // each key's words, hashed and sorted
        const auto hashedWords = [](const std::vector<QString> &key) {
            std::vector<std::uint32_t> out;
            for (const QString &t : key)
                if (!t.contains(wildcard()))
                    out.push_back(static_cast<std::uint32_t>(qHash(t)));
            std::sort(out.begin(), out.end());
            return out;
        };
        for (const Cluster *c : group) {
            keys.push_back(variableRunsJoined(c->tokens, m_options.joinPartlyMasked));
            words.push_back(hashedWords(keys.back()));
        }
        // How many words two keys share at most, in any order.
        const auto shared = [](const std::vector<std::uint32_t> &a, const std::vector<std::uint32_t> &b) {
            size_t n = 0;
            for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
                if (*x < *y) {
                    ++x;
                } else if (*y < *x) {
                    ++y;
                } else {
                    ++n;
                    ++x;
                    ++y;
                }
            }
            return n;
        };
        std::vector<char> taken(group.size(), 0);
        for (size_t i = 0; i < group.size(); ++i) {
            if (taken[i])
                continue;
            std::vector<QString> merged = keys[i];
            std::vector<std::uint32_t> mergedWords = words[i];
            std::vector<Cluster *> members{group[i]};
            for (size_t j = i + 1; j < group.size(); ++j) {
                if (taken[j])
                    continue;
                const size_t a = merged.size();
                const size_t b = keys[j].size();
                // One length is left to the joins above; a name is at most VaryingSpanMaxTokens words.
                if (a == b || (a > b ? a - b : b - a) >= VaryingSpanMaxTokens)
                    continue;
                // The aligned template has a variable for every run of up to VaryingSpanMaxTokens
                // words that one has and the other does not, and must keep as many shared words.
                const size_t common = shared(mergedWords, words[j]);
                const auto runs = [common](size_t n) {
                    return (n - std::min(n, common) + VaryingSpanMaxTokens - 1) / VaryingSpanMaxTokens;
                };
                if (common < 2 || common < runs(mergedWords.size()) + runs(words[j].size()))
                    continue;
                if (auto aligned = alignedNames(merged, keys[j], VaryingSpanMaxTokens)) {
                    merged = std::move(*aligned);
                    mergedWords = hashedWords(merged);
                    members.push_back(group[j]);
                    taken[j] = 1;
                }
            }
            if (members.size() >= 2)
                joined += joinInto(members, std::move(merged));
        }
    }
    return joined;
}

} // namespace virtuoso::logs
